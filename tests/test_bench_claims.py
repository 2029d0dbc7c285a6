"""bench/claims.py: brat parsing, span normalisation, greedy matching, merging, the said-baseline.

Uses only the tiny hand-written fixture under tests/fixtures/brat (no ../shared, no spaCy)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "brat"


@pytest.fixture(scope="module")
def claims():
    spec = importlib.util.spec_from_file_location("bench_claims", ROOT / "bench" / "claims.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def doc(claims):
    docs = claims.load_polnear(FIXTURE, None)
    assert len(docs) == 1
    return docs[0]


def test_read_ann_roles_and_discontinuous_spans(doc):
    gold = doc["gold"]
    assert len(gold) == 3
    mayor = gold[0]
    assert doc["text"][slice(*mayor["source"][0])] == "the mayor"
    assert len(mayor["content"]) == 1 and len(mayor["content"][0]) == 2  # one content, two fragments
    assert doc["text"][slice(*gold[2]["cue"][0])] == "According to"


def test_significant_trims_edges_but_keeps_punctuation_only_spans(claims):
    text = "“Yes,” he said: no."
    assert claims.significant(text, ((0, 6),)) == frozenset({1, 2, 3})
    colon = text.index(":")
    assert claims.significant(text, ((colon, colon + 1),)) == frozenset({colon})


def test_exact_and_overlap_matching_is_one_to_one(claims):
    text = "that the repair is too costly"
    gold = [((0, len(text)),)]
    preds = [((5, len(text)),), ((9, 15),)]  # both overlap the gold; only one may match it
    assert claims.match(text, preds, gold, exact=True) == []
    assert claims.match(text, preds, gold, exact=False) == [(0, 0)]  # the larger overlap wins
    assert claims.match(text, [((0, len(text) + 0),)], gold, exact=True) == [(0, 0)]


def test_evaluate_perfect_and_partial(claims, doc):
    scores, _ = claims.evaluate([doc], [doc["gold"]])
    assert all(scores[m][r]["f1"] == 100.0 for m in ("exact", "overlap") for r in claims.ROLES)
    # content without the complementizer "that": overlap yes, exact no
    text = doc["text"]
    start = text.index("the repair")
    partial = [dict(a) for a in doc["gold"]]
    partial[1]["content"] = [((start, text.index(".", start)),)]
    scores, errors = claims.evaluate([doc], [partial])
    assert scores["overlap"]["content"]["f1"] == 100.0
    assert scores["exact"]["content"]["tp"] == 2
    [[gold_start, gold_end]] = errors["content"]["boundary"][0]["gold"]["span"]
    assert text[gold_start:gold_end] == "that the repair is too costly"
    assert "text" not in errors["content"]["boundary"][0]["gold"]  # offsets only, no data text


def test_merge_per_cue_removes_the_source_and_cue(claims, doc):
    text = doc["text"]
    source, cue = doc["gold"][0]["source"], doc["gold"][0]["cue"]
    clauses = [
        {"source": source, "cue": cue, "content": [((1, text.index(","),),)]},
        {"source": source, "cue": cue, "content": [((text.index("It is"), text.index("safe") + 4),)]},
    ]
    merged = claims.merge_per_cue(clauses)
    assert len(merged) == 1
    exact = claims.match(text, merged[0]["content"], doc["gold"][0]["content"], exact=True)
    assert exact == [(0, 0)]


def test_said_baseline_finds_quote_and_according_to(claims, doc):
    found = claims.said_baseline(doc["text"])
    text = doc["text"]
    shown = {(text[slice(*a["source"][0])], text[slice(*a["cue"][0])]) for a in found}
    assert ("the mayor", "said") in shown
    assert ("the ministry", "According to") in shown


def test_missing_eval_folder_is_a_clean_exit(claims, tmp_path, capsys):
    assert claims.main(["--eval", str(tmp_path / "absent")]) == 0
    assert "not found" in capsys.readouterr().out
