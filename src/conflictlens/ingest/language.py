"""Language identification: cleaned text in, (ISO 639-1 code, confidence) out.

Uses py3langid's shipped model (no download). Only the first few thousand characters are read:
the language of a news report does not change halfway, and the classifier's cost grows with length.
"""

from __future__ import annotations

import functools

_SAMPLE_CHARS = 3000


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """Return the most likely language and its probability, or (None, 0.0) for no usable text."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None, 0.0
    language, probability = _identifier().classify(sample)
    return language, float(probability)
