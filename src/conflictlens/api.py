"""The Python API: analyse one text, or ingest many sources into a store.

Every face of conflictlens (the CLI, later the REST API and the dashboard) calls these functions
and nothing deeper. They own the run-level policy: one model load per process, batches through
``nlp.pipe``, non-English articles kept but not analysed, and a batch that goes on past a bad
article and reports it at the end.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .config import Settings, load_settings
from .errors import ConflictlensError, InputError, UnsupportedLanguage
from .ingest import build_article, iter_inputs, parse_date
from .model import Analysis, Article, IngestOutcome, RawInput
from .pipeline import Pipeline, StageFailure, default_pipeline

SUPPORTED_LANGUAGES = {"en"}
# Below this confidence the language guess is not trusted enough to refuse an article.
LANGUAGE_REFUSAL_CONFIDENCE = 0.9


@functools.cache
def _pipeline_for(settings: Settings) -> Pipeline:
    return default_pipeline(settings)


def language_problem(article: Article) -> str | None:
    """Why an article is not analysed because of its language, or None when it is fine."""
    if article.language in SUPPORTED_LANGUAGES or article.language is None:
        return None
    if (article.language_confidence or 0.0) < LANGUAGE_REFUSAL_CONFIDENCE:
        return None
    return (
        f"the text is in '{article.language}' (confidence {article.language_confidence:.2f}), not English; "
        "it is stored and marked but not analysed — conflictlens analyses English only for now"
    )


def _as_date(value: dt.date | str | None) -> dt.date | None:
    return parse_date(value, source="published") if isinstance(value, str) else value


def analyze(
    text_or_html: str | bytes,
    *,
    published: dt.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> Analysis:
    """Analyse one article given as text or HTML. Raises an InputError for unusable input."""
    settings = settings or load_settings()
    raw = RawInput(source=url or "api", data=text_or_html, url=url, title=title)
    article = build_article(raw, settings, published=_as_date(published))
    return analyze_article(article, settings)


def analyze_article(article: Article, settings: Settings | None = None) -> Analysis:
    settings = settings or load_settings()
    problem = language_problem(article)
    if problem:
        raise UnsupportedLanguage(f"{article.source}: {problem}.", language=article.language)
    doc = next(_pipeline_for(settings).run([article]))
    if article.published is None:
        doc.notes.append("No publication date: relative dates have no calendar value and years are left empty.")
    return doc.to_analysis()


def load_articles(sources: list[str], *, published: dt.date | str | None = None, settings: Settings | None = None) -> Iterator[Article | InputError]:
    """Every article the named sources hold, or the error that kept one from being read."""
    settings = settings or load_settings()
    published_date = _as_date(published)
    for item in iter_inputs(sources, settings):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield build_article(item, settings, published=published_date)
        except InputError as exc:
            yield exc


@dataclass
class IngestReport:
    """What a batch did: one outcome per input, in order."""

    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def failures(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def ingest_sources(
    sources: list[str],
    store,
    *,
    published: dt.date | str | None = None,
    settings: Settings | None = None,
    on_outcome: Callable[[IngestOutcome], None] | None = None,
) -> IngestReport:
    """Read, analyse and store every article of ``sources``; go on past bad ones."""
    settings = settings or load_settings()
    report = IngestReport()

    def record(outcome: IngestOutcome) -> None:
        report.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)

    failures: dict[str, StageFailure] = {}
    to_analyse: list[Article] = []
    for item in load_articles(sources, published=published, settings=settings):
        if isinstance(item, InputError):
            record(IngestOutcome(source=_source_of(item), status="failed", message=str(item)))
            continue
        problem = language_problem(item)
        if problem:
            record(store.save_unanalysed(item, problem))
            continue
        existing = store.find_duplicate(item)
        if existing:
            record(IngestOutcome(item.source, "duplicate", existing, "already stored"))
            continue
        to_analyse.append(item)
    pending = {a.id: a for a in to_analyse}
    for doc in _pipeline_for(settings).run(_unique(to_analyse), on_failure=lambda f: failures.setdefault(f.article_id, f)):
        pending.pop(doc.article.id, None)
        if doc.article.published is None:
            doc.notes.append("No publication date: relative dates have no calendar value.")
        try:
            record(store.save_analysis(doc.to_analysis()))
        except ConflictlensError as exc:
            record(IngestOutcome(doc.article.source, "failed", doc.article.id, str(exc)))
    for article in pending.values():
        failure = failures.get(article.id)
        message = f"{article.source}: analysis failed in stage {failure.stage} ({failure.message}); report this with the article." if failure else "duplicate within this batch"
        record(IngestOutcome(article.source, "failed" if failure else "duplicate", article.id, message))
    return report


def _unique(articles: Iterable[Article]) -> Iterator[Article]:
    """The same article named twice in one batch is analysed once."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen or article.content_hash in seen:
            continue
        seen.update((article.id, article.content_hash))
        yield article


def _source_of(error: InputError) -> str:
    message = str(error)
    return message.split(": ", 1)[0] if ": " in message else "input"
