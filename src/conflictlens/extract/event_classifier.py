"""A small neural text classifier over ACLED sub-event types and the non-events news mixes in.

In: a sentence or short snippet. Out: the most probable label and its probability, where labels
are the 25 ACLED sub-event types plus what must never be forced into a violence type: natural and
man-made disasters, organized crime, diplomatic events and responsibility claims.

The input is two feature blocks side by side: binary word unigrams and bigrams (numbers folded
to "0"), which carry the codebook's exact words, and a 256-dimension WordLlama sentence embedding
(shipped inside the ``wordllama`` wheel, loaded with downloads disabled), which carries
near-synonyms the corpus never used. The model is one hidden ReLU layer over them and a softmax
over labels: a hidden layer lets a word count differently beside different others ("fired" at
protesters, "fired" rockets), which a linear model cannot. (A model file without the hidden layer
is a plain multinomial logistic regression; tests build such models by hand.) It is trained by
``tools/train_event_classifier.py`` on the corpus the project wrote itself
(``tools/event_corpus/``, see its DATACARD.md) and ships as a compressed ``.npz``. Loading takes
about a second, and scoring a sentence well under a millisecond, so it costs little next to the
parse. Nothing here is trained on evaluation data.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import numpy as np

from .taxonomy import STRATEGIC, SUB_EVENT_TYPES

MODEL_FILE = "event_classifier.npz"
NON_EVENT_LABELS = frozenset({"Natural disaster", "Man-made disaster", "Organized crime", "Diplomatic event", "Responsibility claim"})
# how much a sentence's neighbours weigh in ``predict_in_context``
CONTEXT_WEIGHT = 0.5
_TOKEN = re.compile(r"[a-z0]+(?:'[a-z]+)?")


def features(text: str) -> list[str]:
    """Binary word unigrams and bigrams; digits folded so that "12 killed" and "7 killed" agree."""
    tokens = _TOKEN.findall(re.sub(r"\d+", "0", text.lower()))
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


def _unshouted(text: str) -> str:
    """All-capitals wire copy ("URBAN GUERRILLAS ATTACKED …") lowercased: the embedding's
    vocabulary is cased, and its capitalised word pieces mean something else."""
    letters = [ch for ch in text if ch.isalpha()]
    return text.lower() if letters and sum(ch.isupper() for ch in letters) > 0.6 * len(letters) else text


@dataclass(frozen=True)
class Prediction:
    label: str
    probability: float

    @property
    def is_event(self) -> bool:
        return self.label not in NON_EVENT_LABELS


@functools.lru_cache(maxsize=1)
def load_embedder():
    """WordLlama's default model, from the files its wheel ships: never fetched at run time."""
    from pathlib import Path

    import wordllama

    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length sentence embeddings, one row per text."""
    return np.asarray(load_embedder().embed(texts, norm=True), dtype=np.float32).reshape(len(texts), -1)


class EventClassifier:
    """``weights`` (the input layer) holds one row per vocabulary term, then one per embedding
    dimension (none when ``embedding_dims`` is 0: an n-gram-only model, as hand-built in tests).
    With ``output_weights`` the input layer feeds a hidden ReLU layer; without, it gives the
    label scores directly."""

    def __init__(self, vocabulary: list[str], labels: list[str], weights: np.ndarray, bias: np.ndarray, embedding_dims: int = 0,
                 output_weights: np.ndarray | None = None, output_bias: np.ndarray | None = None) -> None:
        self.index = {term: i for i, term in enumerate(vocabulary)}
        self.labels = labels
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.embedding_dims = embedding_dims
        self.output_weights = None if output_weights is None else output_weights.astype(np.float32)
        self.output_bias = None if output_bias is None else output_bias.astype(np.float32)
        self.families = np.array([_family(label) for label in labels])

    @classmethod
    def from_arrays(cls, arrays) -> EventClassifier:
        dims = int(arrays["embedding_dims"]) if "embedding_dims" in arrays else 0
        has_hidden = "output_weights" in arrays
        return cls([str(t) for t in arrays["vocabulary"]], [str(label) for label in arrays["labels"]], arrays["weights"], arrays["bias"], dims,
                   arrays["output_weights"] if has_hidden else None, arrays["output_bias"] if has_hidden else None)

    def input_layer(self, texts: list[str]) -> np.ndarray:
        out = np.tile(self.bias, (len(texts), 1))
        for row, text in enumerate(texts):
            columns = sorted({self.index[f] for f in features(text) if f in self.index})
            if columns:
                # binary n-gram vectors are L2-normalised, as in training
                out[row] += self.weights[columns].sum(axis=0) / np.sqrt(len(columns))
        if self.embedding_dims and texts:
            out += embed([_unshouted(t) for t in texts]) @ self.weights[len(self.index):]
        return out

    def scores(self, texts: list[str]) -> np.ndarray:
        out = self.input_layer(texts)
        if self.output_weights is not None:
            out = np.maximum(out, 0.0) @ self.output_weights + self.output_bias
        return out

    def probabilities_many(self, texts: list[str]) -> np.ndarray:
        """One row of label probabilities per text (softmax of the scores)."""
        scores = self.scores(texts)
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        return p / p.sum(axis=1, keepdims=True)

    def probabilities(self, text: str) -> np.ndarray:
        return self.probabilities_many([text])[0]

    def predict(self, text: str) -> Prediction:
        return self.predict_many([text])[0]

    def predict_many(self, texts: list[str]) -> list[Prediction]:
        """One embedding call for the lot: a document's candidate sentences go together."""
        if not texts:
            return []
        p = self.probabilities_many(texts)
        best = p.argmax(axis=1)
        return [Prediction(self.labels[int(b)], float(row[b])) for b, row in zip(best, p)]

    def predict_in_context(self, texts: list[str], contexts: list[str], weight: float = CONTEXT_WEIGHT) -> list[Prediction]:
        """Each text's label with its context (the text with its neighbours) consulted for the
        kind of event only. Whether a text reports an event at all is its own business: a
        confident neighbour ("The group claimed responsibility.") must not talk an attack out of
        being one. When it does report one, the event label is the best under the mean of the
        text's probabilities and its context's (``weight`` on the context), since a follow-up
        sentence often carries its kind only through its neighbours ("The fighting lasted until
        dawn."). The probability is the text's own confidence in the label chosen."""
        if not texts:
            return []
        both = self.probabilities_many(texts + contexts)  # one embedding call for the two readings
        own = both[: len(texts)]
        mixed = (1.0 - weight) * own + weight * both[len(texts):]
        predictions = []
        for own_row, mixed_row in zip(own, mixed):
            best = int(own_row.argmax())
            if self.families[best] != "non-event":
                best = int(np.where(self.families == self.families[best], mixed_row, -1.0).argmax())
            # the text's own confidence in the label chosen: a neighbour that turned "Armed clash"
            # into "Shelling" must not lend it the text's confidence in the clash
            predictions.append(Prediction(self.labels[best], float(own_row[best])))
        return predictions


def _family(label: str) -> str:
    """What a text's own reading fixes before its context is heard: whether it reports an
    event, and whether that event is violence (or a protest) or a non-violent development."""
    if label in NON_EVENT_LABELS:
        return "non-event"
    return "development" if SUB_EVENT_TYPES.get(label) == STRATEGIC else "violence or protest"


@functools.lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    with resources.files("conflictlens.data").joinpath(MODEL_FILE).open("rb") as handle:
        with np.load(handle, allow_pickle=False) as arrays:
            return EventClassifier.from_arrays(arrays)
