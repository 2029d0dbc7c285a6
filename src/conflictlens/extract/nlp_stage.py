"""The nlp stage: article text in; spaCy Doc, sentences and named-entity mentions out.

Reads ``article``; adds ``spacy_doc``, ``sentences``, ``mentions``. Runs ``nlp.pipe`` over the
whole batch with the model loaded once per process. It never changes the text: every character
offset later stages record is an offset into ``article.text``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from ..config import Settings
from ..model import Mention, Sentence
from ..pipeline import Document
from .nlp import load_nlp


class NlpStage:
    name: ClassVar[str] = "nlp"
    reads: ClassVar[frozenset[str]] = frozenset({"article"})
    adds: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "sentences", "mentions"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.spacy_model)
        return self._nlp

    def process_batch(self, docs: Sequence[Document]) -> list[Document]:
        texts = (d.article.text for d in docs)
        for doc, spacy_doc in zip(docs, self.nlp.pipe(texts, batch_size=self.settings.batch_size), strict=True):
            doc.spacy_doc = spacy_doc
            doc.sentences = [Sentence(s.start_char, s.end_char, s.text) for s in spacy_doc.sents]
            doc.mentions = [Mention(e.text, e.label_, e.start_char, e.end_char) for e in spacy_doc.ents]
        return list(docs)
