"""The pipeline checks stage order when built and keeps a batch going past a failing article."""

from typing import ClassVar

import pytest

from conflictlens.model import Article
from conflictlens.pipeline import Document, Pipeline, PipelineOrderError


def article(i: int) -> Article:
    return Article(id=f"a{i}", text=f"text {i}", content_hash=str(i), source=f"s{i}")


class AddsSentences:
    name: ClassVar[str] = "fake-nlp"
    reads: ClassVar[frozenset[str]] = frozenset({"article"})
    adds: ClassVar[frozenset[str]] = frozenset({"sentences"})

    def __call__(self, doc: Document) -> Document:
        if doc.article.id == "a2":
            raise ValueError("cannot parse this one")
        doc.notes.append("nlp ran")
        return doc


class ReadsSentences:
    name: ClassVar[str] = "fake-claims"
    reads: ClassVar[frozenset[str]] = frozenset({"sentences"})
    adds: ClassVar[frozenset[str]] = frozenset({"claims"})

    def __call__(self, doc: Document) -> Document:
        doc.notes.append("claims ran")
        return doc


def test_order_is_checked_when_the_pipeline_is_built():
    with pytest.raises(PipelineOrderError, match="reads \\['sentences'\\]"):
        Pipeline([ReadsSentences(), AddsSentences()])


def test_unknown_fields_are_refused():
    class Typo(ReadsSentences):
        reads = frozenset({"sentenses"})

    with pytest.raises(PipelineOrderError, match="does not have"):
        Pipeline([AddsSentences(), Typo()])


def test_a_failing_article_is_reported_and_the_batch_goes_on():
    failures = []
    docs = list(Pipeline([AddsSentences(), ReadsSentences()], batch_size=2).run([article(i) for i in range(1, 5)], on_failure=failures.append))
    assert [d.article.id for d in docs] == ["a1", "a3", "a4"]
    assert all(d.notes == ["nlp ran", "claims ran"] for d in docs)
    [failure] = failures
    assert failure.article_id == "a2" and failure.stage == "fake-nlp" and "cannot parse" in failure.message


def test_default_pipeline_order_is_valid(settings):
    from conflictlens.pipeline import default_pipeline

    assert default_pipeline(settings).stage_names == ["nlp", "places", "actors", "events", "claims"]
