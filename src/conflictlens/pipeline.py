"""The pipeline: ordered stages over one document object per article, run in batches.

    ingest/clean ─► nlp ─► places ─► actors ─► events ─► claims ─► (store)

Each stage is a small module with a class that declares what it ``reads`` from the
:class:`Document` and what it ``adds``. :class:`Pipeline` checks once, when it is built, that
every field a stage reads was added by a stage before it, so a reordering mistake fails at start
rather than as a None deep inside a batch.

The nlp stage is the only batch-level one: spaCy's ``nlp.pipe`` over many texts is much faster
than one call per text. Everything else runs per document. An exception inside a stage is
caught by :meth:`Pipeline.run` and reported for that article only: one bad article never stops
a batch (the idea of spaCy's ``set_error_handler``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from .config import Settings
from .model import (
    ActorMention,
    Analysis,
    Article,
    Claim,
    Event,
    Mention,
    Place,
    ProvenanceProfile,
    Sentence,
    StageFailure,
)


@dataclass
class Document:
    """The one object that flows through the stages. Mutable on purpose: stages fill it in."""

    article: Article
    spacy_doc: Any = None  # spacy.tokens.Doc, set by the nlp stage
    # what the model read: the article's text, or its truecased copy when it is all capitals
    # (same length and letters; see extract/truecase.py). Judge capitals here, quote article.text
    reading_text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    profile: ProvenanceProfile | None = None
    notes: list[str] = field(default_factory=list)

    def to_analysis(self) -> Analysis:
        profile = self.profile or ProvenanceProfile(claims=0, named=0.0, anonymous=0.0, unattributed=0.0)
        return Analysis(
            article=self.article,
            sentences=tuple(self.sentences),
            mentions=tuple(self.mentions),
            places=tuple(self.places),
            actors=tuple(self.actors),
            events=tuple(self.events),
            claims=tuple(self.claims),
            profile=profile,
            notes=tuple(self.notes),
        )


DOCUMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Document))


class Stage(Protocol):
    name: ClassVar[str]
    reads: ClassVar[frozenset[str]]
    adds: ClassVar[frozenset[str]]

    def __call__(self, doc: Document) -> Document: ...


class BatchStage(Protocol):
    name: ClassVar[str]
    reads: ClassVar[frozenset[str]]
    adds: ClassVar[frozenset[str]]

    def process_batch(self, docs: Sequence[Document]) -> list[Document]: ...


class PipelineOrderError(ValueError):
    """A stage reads a field that no earlier stage adds."""



def check_order(stages: Sequence[Stage | BatchStage]) -> None:
    available = {"article"}
    for stage in stages:
        unknown = (stage.reads | stage.adds) - DOCUMENT_FIELDS
        if unknown:
            raise PipelineOrderError(f"Stage {stage.name!r} names fields the Document does not have: {sorted(unknown)}.")
        missing = stage.reads - available
        if missing:
            raise PipelineOrderError(
                f"Stage {stage.name!r} reads {sorted(missing)} but no earlier stage adds it; reorder the stages."
            )
        available |= stage.adds


class Pipeline:
    """Runs the stages in order over batches of documents."""

    def __init__(self, stages: Sequence[Stage | BatchStage], *, batch_size: int = 32) -> None:
        check_order(stages)
        self.stages = list(stages)
        self.batch_size = batch_size

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def run(
        self,
        articles: Iterable[Article],
        *,
        on_failure: Callable[[StageFailure], None] | None = None,
    ) -> Iterator[Document]:
        """Yield one finished Document per article that every stage got through."""
        batch: list[Document] = []
        for article in articles:
            batch.append(Document(article=article))
            if len(batch) >= self.batch_size:
                yield from self._run_batch(batch, on_failure)
                batch = []
        if batch:
            yield from self._run_batch(batch, on_failure)

    def _run_batch(self, docs: list[Document], on_failure: Callable[[StageFailure], None] | None) -> Iterator[Document]:
        alive = docs
        for stage in self.stages:
            if hasattr(stage, "process_batch"):
                alive = stage.process_batch(alive)
                continue
            survivors = []
            for doc in alive:
                try:
                    survivors.append(stage(doc))
                except Exception as exc:  # noqa: BLE001 — reported per article, the batch goes on
                    if on_failure is None:
                        raise
                    on_failure(
                        StageFailure(
                            article_id=doc.article.id,
                            source=doc.article.source,
                            stage=stage.name,
                            message=f"{type(exc).__name__}: {exc}",
                        )
                    )
            alive = survivors
        yield from alive


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """nlp → places → actors → events → claims, with the configured model."""
    from .extract.actors import ActorStage
    from .extract.claims import ClaimStage
    from .extract.events import EventStage
    from .extract.nlp_stage import NlpStage
    from .extract.places import PlaceStage

    settings = settings or Settings()
    return Pipeline(
        [NlpStage(settings), PlaceStage(settings), ActorStage(), EventStage(), ClaimStage()],
        batch_size=settings.batch_size,
    )
