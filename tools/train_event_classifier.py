"""Train the event sub-type classifier on the project's own corpus and write it into the package.

    python tools/train_event_classifier.py [--corpus tools/event_corpus] [--out src/conflictlens/data/event_classifier.npz]

Reads every ``*.jsonl`` in the corpus folder ({"text", "label", "style"} per line; see its
DATACARD.md), fits a multinomial logistic regression on L2-normalised binary unigram+bigram
features (``conflictlens.extract.event_classifier.features``) beside a unit-length WordLlama
sentence embedding by full-batch gradient descent
with L2 regularisation, reports 5-fold cross-validated accuracy and macro F1 on the corpus, then
refits on everything and saves vocabulary, labels, weights and bias as a compressed ``.npz``.
Deterministic (fixed fold seed); numpy only. No evaluation data is read.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from conflictlens.extract.event_classifier import EventClassifier, embed, features  # noqa: E402

EMBEDDING_DIMS = 256  # WordLlama's default model
MIN_COUNT = 2  # a term seen once in the corpus is noise to a linear model this small
L2 = 1e-5
STEPS = 800
LEARNING_RATE = 20.0


def load_corpus(folder: Path) -> list[dict]:
    items = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                if not item.get("text") or not item.get("label"):
                    raise SystemExit(f"{path}:{number}: an item needs text and label")
                items.append(item)
    return items


@dataclass
class Matrix:
    """The design matrix as the model reads it: a sparse n-gram block (L2-normalised binary,
    kept as row/column index pairs - dense, it would be rows x 20,000 and slow training 50-fold)
    and a dense embedding block."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    n_terms: int
    embedding: np.ndarray

    def __post_init__(self) -> None:
        # entries come row by row; a column-sorted copy serves the transposed product
        self._row_starts, self._row_ids = _segments(self.rows)
        order = np.argsort(self.columns, kind="stable")
        self._by_column = order
        self._column_starts, self._column_ids = _segments(self.columns[order])

    def times(self, weights: np.ndarray) -> np.ndarray:
        out = self.embedding @ weights[self.n_terms:]
        if len(self.rows):
            out[self._row_ids] += np.add.reduceat(self.values[:, None] * weights[self.columns], self._row_starts, axis=0)
        return out

    def transposed_times(self, gradient: np.ndarray) -> np.ndarray:
        out = np.zeros((self.n_terms + self.embedding.shape[1], gradient.shape[1]), dtype=np.float32)
        if len(self.rows):
            order = self._by_column
            out[self._column_ids] = np.add.reduceat(self.values[order, None] * gradient[self.rows[order]], self._column_starts, axis=0)
        out[self.n_terms:] = self.embedding.T @ gradient
        return out


def _segments(sorted_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal ids starts in a sorted id array, and the run's id."""
    if not len(sorted_ids):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]])
    return starts, sorted_ids[starts]


def build_matrix(texts: list[str], vocabulary: dict[str, int]) -> Matrix:
    rows, columns, values = [], [], []
    for row, text in enumerate(texts):
        found = sorted({vocabulary[f] for f in features(text) if f in vocabulary})
        rows += [row] * len(found)
        columns += found
        values += [1.0 / np.sqrt(len(found))] * len(found)
    return Matrix(np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64), np.array(values, dtype=np.float32), len(vocabulary), embed(texts))


def fit(x: Matrix, y: np.ndarray, n_labels: int) -> tuple[np.ndarray, np.ndarray]:
    weights = np.zeros((x.n_terms + x.embedding.shape[1], n_labels), dtype=np.float32)
    bias = np.zeros(n_labels, dtype=np.float32)
    onehot = np.eye(n_labels, dtype=np.float32)[y]
    for _ in range(STEPS):
        scores = x.times(weights) + bias
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        gradient = (p - onehot) / len(y)
        weights -= LEARNING_RATE * (x.transposed_times(gradient) + L2 * weights)
        bias -= LEARNING_RATE * gradient.sum(axis=0)
    return weights, bias


def vocabulary_of(texts: list[str]) -> dict[str, int]:
    counts = collections.Counter(f for text in texts for f in set(features(text)))
    return {term: i for i, term in enumerate(sorted(t for t, n in counts.items() if n >= MIN_COUNT))}


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for label in set(gold):
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label and g != label for g, p in zip(gold, predicted))
        fn = sum(g == label and p != label for g, p in zip(gold, predicted))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def cross_validate(items: list[dict], labels: list[str], folds: int = 5) -> tuple[float, float]:
    order = np.random.default_rng(13).permutation(len(items))
    gold, predicted = [], []
    for k in range(folds):
        test = set(order[k::folds].tolist())
        train = [items[i] for i in range(len(items)) if i not in test]
        vocabulary = vocabulary_of([t["text"] for t in train])
        weights, bias = fit(build_matrix([t["text"] for t in train], vocabulary), np.array([labels.index(t["label"]) for t in train]), len(labels))
        model = EventClassifier(sorted(vocabulary, key=vocabulary.get), labels, weights, bias, EMBEDDING_DIMS)
        for i in sorted(test):
            gold.append(items[i]["label"])
            predicted.append(model.predict(items[i]["text"]).label)
    accuracy = sum(g == p for g, p in zip(gold, predicted)) / len(gold)
    return accuracy, macro_f1(gold, predicted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tools" / "event_corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "conflictlens" / "data" / "event_classifier.npz")
    parser.add_argument("--no-cv", action="store_true", help="skip the 5-fold cross-validation")
    args = parser.parse_args(argv)
    items = load_corpus(args.corpus)
    labels = sorted({item["label"] for item in items})
    print(f"{len(items)} items, {len(labels)} labels from {args.corpus}")
    if not args.no_cv:
        accuracy, macro = cross_validate(items, labels)
        print(f"5-fold cross-validation on the corpus: accuracy {100 * accuracy:.1f}, macro F1 {100 * macro:.1f}")
    vocabulary = vocabulary_of([t["text"] for t in items])
    weights, bias = fit(build_matrix([t["text"] for t in items], vocabulary), np.array([labels.index(t["label"]) for t in items]), len(labels))
    terms = sorted(vocabulary, key=vocabulary.get)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, vocabulary=np.array(terms), labels=np.array(labels), weights=weights.astype(np.float16), bias=bias,
                        embedding_dims=np.array(EMBEDDING_DIMS))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(terms)} terms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
