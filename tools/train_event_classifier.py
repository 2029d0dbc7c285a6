"""Train the event sub-type classifier on the project's own corpus and write it into the package.

    python tools/train_event_classifier.py [--corpus tools/event_corpus] [--out src/conflictlens/data/event_classifier.npz]

Reads every ``*.jsonl`` in the corpus folder ({"text", "label", "style"} per line; see its
DATACARD.md) and fits a one-hidden-layer network (ReLU, softmax over labels) on L2-normalised
binary unigram+bigram features (``conflictlens.extract.event_classifier.features``) beside a
unit-length WordLlama sentence embedding: mini-batch Adam with L2 regularisation, a fixed number
of epochs, a fixed seed. It reports 5-fold cross-validated accuracy and macro F1 on the corpus,
then refits on everything and saves vocabulary, labels and both layers as a compressed ``.npz``.
Deterministic; numpy only. No evaluation data is read.
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
MIN_COUNT = 3  # a term seen once or twice in the corpus is noise, and would grow the shipped model by half
HIDDEN = 256
EPOCHS = 40
BATCH = 200
LEARNING_RATE = 1e-3  # Adam's step
L2 = 1e-4  # per batch, as alpha / batch size on every weight
SEED = 7
# the model is the mean of the weights at the end of each of the last epochs: one run's late
# epochs wander around a minimum, and their mean generalises better than wherever the last
# batch left them (stochastic weight averaging); it also makes the result less seed-dependent
AVERAGED_EPOCHS = 10


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
    kept as row/column index pairs sorted by row - dense, it would be rows x 30,000) and a dense
    embedding block."""

    rows: np.ndarray
    columns: np.ndarray
    values: np.ndarray
    n_terms: int
    embedding: np.ndarray


def _sum_runs(values: np.ndarray, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row sums of ``values`` over runs of equal ``ids`` (sorted): the distinct ids and their sums.
    numpy's ``add.at`` does the same scatter-add some fifty times slower."""
    starts = np.flatnonzero(np.r_[True, ids[1:] != ids[:-1]])
    return ids[starts], np.add.reduceat(values, starts, axis=0)


def build_matrix(texts: list[str], vocabulary: dict[str, int]) -> Matrix:
    rows, columns, values = [], [], []
    for row, text in enumerate(texts):
        found = sorted({vocabulary[f] for f in features(text) if f in vocabulary})
        rows += [row] * len(found)
        columns += found
        values += [1.0 / np.sqrt(len(found))] * len(found)
    return Matrix(np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64), np.array(values, dtype=np.float32), len(vocabulary), embed(texts))


def _glorot(rng: np.random.Generator, rows: int, columns: int) -> np.ndarray:
    bound = np.sqrt(6.0 / (rows + columns))
    return rng.uniform(-bound, bound, (rows, columns)).astype(np.float32)


class _Adam:
    """Adam over a list of parameters, lazy for the first (the input layer): ``step`` updates
    only the ``rows`` a batch touched - a few hundred of its tens of thousands of n-gram rows,
    plus the embedding rows. Updating every row at every step would make training some twenty
    times slower."""

    def __init__(self, shapes: list[tuple[int, ...]]) -> None:
        self.m = [np.zeros(shape, dtype=np.float32) for shape in shapes]
        self.v = [np.zeros(shape, dtype=np.float32) for shape in shapes]
        self.t = 0

    def step(self, params: list[np.ndarray], grads: list[np.ndarray], rows: np.ndarray, beta1: float = 0.9, beta2: float = 0.999) -> None:
        self.t += 1
        rate = LEARNING_RATE * np.sqrt(1 - beta2**self.t) / (1 - beta1**self.t)
        for i, (p, g, m, v) in enumerate(zip(params, grads, self.m, self.v)):
            if i == 0:  # the input layer: only the rows the batch touched (g holds just those)
                m[rows] = beta1 * m[rows] + (1 - beta1) * g
                v[rows] = beta2 * v[rows] + (1 - beta2) * g * g
                p[rows] -= rate * m[rows] / (np.sqrt(v[rows]) + 1e-8)
                continue
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            p -= rate * m / (np.sqrt(v) + 1e-8)


def fit(x: Matrix, y: np.ndarray, n_labels: int) -> tuple[np.ndarray, ...]:
    """Input layer (terms + embedding dims -> HIDDEN), its bias, output layer, its bias."""
    rng = np.random.default_rng(SEED)
    n_inputs = x.n_terms + x.embedding.shape[1]
    params = [_glorot(rng, n_inputs, HIDDEN), np.zeros(HIDDEN, np.float32), _glorot(rng, HIDDEN, n_labels), np.zeros(n_labels, np.float32)]
    adam = _Adam([p.shape for p in params])
    onehot = np.eye(n_labels, dtype=np.float32)[y]
    row_starts = np.searchsorted(x.rows, np.arange(len(y) + 1))  # entries are sorted by row
    averaged, n_averaged = [np.zeros_like(p) for p in params], 0
    for epoch in range(EPOCHS):
        order = rng.permutation(len(y))
        for start in range(0, len(y), BATCH):
            batch = order[start:start + BATCH]
            w1, b1, w2, b2 = params
            # the batch's sparse entries, with their row inside the batch
            lengths = row_starts[batch + 1] - row_starts[batch]
            entries = np.concatenate([np.arange(row_starts[r], row_starts[r + 1]) for r in batch])
            local = np.repeat(np.arange(len(batch)), lengths)
            columns, values = x.columns[entries], x.values[entries]
            hidden = x.embedding[batch] @ w1[x.n_terms:] + b1
            if len(entries):
                at, sums = _sum_runs(values[:, None] * w1[columns], local)
                hidden[at] += sums
            active = np.maximum(hidden, 0.0)
            scores = active @ w2 + b2
            scores -= scores.max(axis=1, keepdims=True)
            p = np.exp(scores)
            p /= p.sum(axis=1, keepdims=True)
            d_scores = (p - onehot[batch]) / len(batch)
            d_hidden = (d_scores @ w2.T) * (hidden > 0)
            decay = L2 / len(batch)
            # the input layer's gradient, for the n-gram rows the batch uses and every embedding row
            touched = np.zeros(0, dtype=np.int64)
            parts = []
            if len(entries):
                by_column = np.argsort(columns, kind="stable")
                touched, sums = _sum_runs(values[by_column, None] * d_hidden[local[by_column]], columns[by_column])
                parts.append(sums)
            parts.append(x.embedding[batch].T @ d_hidden)
            rows = np.concatenate([touched, np.arange(x.n_terms, n_inputs)])
            g1 = np.concatenate(parts) + decay * w1[rows]
            grads = [g1, d_hidden.sum(axis=0), active.T @ d_scores + decay * w2, d_scores.sum(axis=0)]
            adam.step(params, grads, rows)
        if epoch >= EPOCHS - AVERAGED_EPOCHS:
            n_averaged += 1
            for mean, param in zip(averaged, params):
                mean += (param - mean) / n_averaged
    return tuple(averaged)


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
        w1, b1, w2, b2 = fit(build_matrix([t["text"] for t in train], vocabulary), np.array([labels.index(t["label"]) for t in train]), len(labels))
        model = EventClassifier(sorted(vocabulary, key=vocabulary.get), labels, w1, b1, EMBEDDING_DIMS, w2, b2)
        held_out = sorted(test)
        gold += [items[i]["label"] for i in held_out]
        predicted += [p.label for p in model.predict_many([items[i]["text"] for i in held_out])]
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
    w1, b1, w2, b2 = fit(build_matrix([t["text"] for t in items], vocabulary), np.array([labels.index(t["label"]) for t in items]), len(labels))
    terms = sorted(vocabulary, key=vocabulary.get)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, vocabulary=np.array(terms), labels=np.array(labels), weights=w1.astype(np.float16), bias=b1,
                        output_weights=w2.astype(np.float16), output_bias=b2, embedding_dims=np.array(EMBEDDING_DIMS))
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(terms)} terms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
