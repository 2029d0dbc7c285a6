"""The nlp stage: article text in; spaCy Doc, sentences and named-entity mentions out.

Reads ``article``; adds ``spacy_doc``, ``reading_text``, ``sentences``, ``mentions``. Runs
``nlp.pipe`` over the whole batch with the model loaded once per process. It never changes the
article's text: every character offset later stages record is an offset into ``article.text``. Copy written in
capitals only is read in a truecased copy of the same length (see :mod:`.truecase`), kept as
``reading_text``: it may differ from ``article.text`` in case, never in length or letters; a
wire dateline's closing dash is read as a full stop, so that the lede parses on its own, and the
line breaks of hard-wrapped copy as spaces (see :mod:`.line_wraps`).
Stages that judge capitals read ``reading_text``, and quote ``article.text``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import ClassVar

from ..config import Settings
from ..model import Mention, Sentence
from ..pipeline import Document
from .dates import find_dateline
from .line_wraps import unwrapped
from .nlp import load_nlp
from .truecase import Truecaser, english_lexicon, is_shouting

CALENDAR_NAMES = frozenset(
    name.lower() for name in (*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr)
) - {"may", "sun", "sat", "wed", "mar"}  # English words before they are dates


def _dateline_as_sentence(text: str) -> str:
    """The text with its wire dateline ended by a full stop where it has a dash ("KADUNA, Nigeria
    - Armed bandits abducted …" → "KADUNA, Nigeria. Armed bandits …"), as long as before. Read
    as one sentence, the dateline's place becomes the subject of the lede and its doer an
    apposition; read apart, the lede parses as the sentence it is."""
    dateline = find_dateline(text)
    if dateline is None:
        return text
    dash = re.search(r"(?:[-–—]{1,2}|:)(?=\s*$)", dateline.group(0))
    if dash is None:
        return text
    start = dateline.start() + dash.start()
    return text[:start] + "." + " " * (dash.end() - dash.start() - 1) + text[start + dash.end() - dash.start():]


class NlpStage:
    name: ClassVar[str] = "nlp"
    reads: ClassVar[frozenset[str]] = frozenset({"article"})
    adds: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "reading_text", "sentences", "mentions"})

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._nlp = None
        self._truecaser: Truecaser | None = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = load_nlp(self.settings.spacy_model)
        return self._nlp

    @property
    def truecaser(self) -> Truecaser:
        # built on the first all-capitals article only: it opens the gazetteer and the actor dictionary
        if self._truecaser is None:
            from ..gazetteer import Gazetteer
            from ..gazetteer.demonyms import demonym_country
            from ..gazetteer.normalize import exact_key
            from .actor_dictionary import ActorDictionary
            from .place_choice import COMPASS_WORDS, NOTABLE_POPULATION

            gazetteer = Gazetteer.open(self.settings)
            actors = ActorDictionary.load()
            lexicon = english_lexicon(self.nlp)

            def is_notable_name(phrase: str) -> bool:
                word = phrase.lower()
                bare = re.sub(r"['’]s$", "", word)  # "WEDNESDAY'S attack"
                if bare in CALENDAR_NAMES or demonym_country(bare):
                    return True  # "DECEMBER", "SALVADORAN"
                if word in COMPASS_WORDS or word in self.nlp.Defaults.stop_words:
                    return False
                entries = gazetteer.lookup(phrase, limit=1, exact_only=True)
                if not entries:
                    return False
                top = entries[0]
                if exact_key(top.name) != exact_key(phrase) and (top.level not in ("country", "continent") or word in lexicon):
                    # an English word that is only another language's name for a town ("Alley", Aley),
                    # or a country's abbreviation ("CAR BOMB" is no Central African Republic)
                    return False
                # a country, a first-level unit or a large town is worth capitals even when its name is
                # an English word ("PARIS", "GEORGIA"); a smaller namesake of one is not ("DATE")
                return top.level in ("country", "continent") or top.feature_code == "ADM1" or top.population >= NOTABLE_POPULATION

            def actor_spans(lowered: str):
                return [(m.start, m.end) for m in actors.find(lowered) if m.entry.kind != "generic"]

            self._truecaser = Truecaser(lexicon, is_notable_name, actor_spans,
                                        (a for a in actors.acronyms() if a.lower() not in self.nlp.Defaults.stop_words))
        return self._truecaser

    def reading_text(self, text: str) -> str:
        """What the model reads: the text itself, or its truecased copy when it is all capitals;
        a wire dateline's dash read as a full stop; hard-wrapped lines read as running text."""
        reading = unwrapped(text)
        reading = self.truecaser(reading) if is_shouting(reading) else reading
        return _dateline_as_sentence(reading)

    def process_batch(self, docs: Sequence[Document]) -> list[Document]:
        for doc in docs:
            doc.reading_text = self.reading_text(doc.article.text)
        texts = (d.reading_text for d in docs)
        for doc, spacy_doc in zip(docs, self.nlp.pipe(texts, batch_size=self.settings.batch_size), strict=True):
            text = doc.article.text
            doc.spacy_doc = spacy_doc
            doc.sentences = [Sentence(s.start_char, s.end_char, text[s.start_char : s.end_char]) for s in spacy_doc.sents]
            doc.mentions = [Mention(e.text, e.label_, e.start_char, e.end_char) for e in spacy_doc.ents]
        return list(docs)
