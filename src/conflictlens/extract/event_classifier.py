"""A small linear text classifier over ACLED sub-event types and the non-events news mixes in.

In: a sentence or short snippet. Out: the most probable label and its probability, where labels
are the 25 ACLED sub-event types plus what must never be forced into a violence type: natural and
man-made disasters, organized crime, diplomatic events and responsibility claims.

The model is a multinomial logistic regression over binary word unigrams and bigrams (numbers
folded to "0"), trained by ``tools/train_event_classifier.py`` on the corpus the project wrote
itself (``tools/event_corpus/``, see its DATACARD.md). It ships as a ~1 MB ``.npz``; loading it
takes milliseconds and scoring a sentence a few microseconds, so it costs nothing next to the
parse. Nothing here is trained on evaluation data.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import numpy as np

MODEL_FILE = "event_classifier.npz"
NON_EVENT_LABELS = frozenset({"Natural disaster", "Man-made disaster", "Organized crime", "Diplomatic event", "Responsibility claim"})
_TOKEN = re.compile(r"[a-z0]+(?:'[a-z]+)?")


def features(text: str) -> list[str]:
    """Binary word unigrams and bigrams; digits folded so that "12 killed" and "7 killed" agree."""
    tokens = _TOKEN.findall(re.sub(r"\d+", "0", text.lower()))
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float

    @property
    def is_event(self) -> bool:
        return self.label not in NON_EVENT_LABELS


class EventClassifier:
    def __init__(self, vocabulary: list[str], labels: list[str], weights: np.ndarray, bias: np.ndarray) -> None:
        self.index = {term: i for i, term in enumerate(vocabulary)}
        self.labels = labels
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)

    @classmethod
    def from_arrays(cls, arrays) -> EventClassifier:
        return cls(list(arrays["vocabulary"]), list(arrays["labels"]), arrays["weights"], arrays["bias"])

    def probabilities(self, text: str) -> np.ndarray:
        rows = sorted({self.index[f] for f in features(text) if f in self.index})
        scores = self.bias.copy()
        if rows:
            # rows are L2-normalised binary vectors, as in training
            scores += self.weights[rows].sum(axis=0) / np.sqrt(len(rows))
        scores -= scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()

    def predict(self, text: str) -> Prediction:
        p = self.probabilities(text)
        best = int(p.argmax())
        return Prediction(self.labels[best], float(p[best]))


@functools.lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    with resources.files("conflictlens.data").joinpath(MODEL_FILE).open("rb") as handle:
        with np.load(handle, allow_pickle=False) as arrays:
            return EventClassifier.from_arrays(arrays)
