"""Scoring helpers of bench/events.py, on tiny hand-written inputs (no ../shared needed)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "bench" / "events.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_events", _PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_per_class_and_f1_averages(bench):
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", "X"]
    table = bench.per_class(gold, pred, ["A", "B", "C"])
    assert table["A"] == {"precision": 1.0, "recall": 0.5, "f1": pytest.approx(2 / 3), "support": 2, "predicted": 1}
    assert table["B"]["precision"] == 0.5 and table["B"]["recall"] == 1.0
    assert table["C"]["f1"] == 0.0 and table["C"]["predicted"] == 0
    # weighted by support: (2 * 2/3 + 1 * 2/3 + 1 * 0) / 4
    assert bench.mean_f1(table, ["A", "B", "C"]) == pytest.approx(0.5)
    assert bench.mean_f1(table, ["A", "B", "C"], weighted=False) == pytest.approx(4 / 9)
    assert bench.mean_f1(table, ["C"]) == 0.0


def test_lenient_name_match(bench):
    assert bench.names_match("FMLN", "the FMLN guerrillas")  # containment
    assert bench.names_match("Army of National Liberation", "National Liberation Army")  # token overlap
    assert not bench.names_match("ELN", "Camelno")  # containment only at word boundaries
    assert not bench.names_match("Shining Path", "Salvadoran Army")
    assert not bench.names_match("", "anything")


def test_match_entities_is_one_to_one(bench):
    gold = [["FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"]]
    assert bench.match_entities([["FMLN"], ["Farabundo Marti National Liberation Front"]], gold) == 1
    assert bench.match_entities([["Shining Path"]], gold) == 0


def test_within_ten_percent(bench):
    assert bench.within(22, 20) and bench.within(18, 20)
    assert not bench.within(23, 20) and not bench.within(None, 20)
    assert bench.within(0, 0) and not bench.within(1, 0)


def test_publication_and_dateline_dates(bench):
    assert bench.parse_pub_date("Wed 05 Apr 2017 Syria attack") == dt.date(2017, 4, 5)
    assert bench.parse_pub_date("Published February 18 2015 The army") == dt.date(2015, 2, 18)
    assert bench.parse_pub_date("24-09-2013 Deadly blast") == dt.date(2013, 9, 24)
    assert bench.parse_pub_date("Last updated at Apr 232017 An air strike") == dt.date(2017, 4, 23)
    assert bench.parse_pub_date("18.10.2014Get short URL") == dt.date(2014, 10, 18)
    assert bench.parse_pub_date("Air raids kill 11 civilians") is None
    assert bench.parse_muc_date("SAN SALVADOR, 3 JAN 90 -- [TEXT]") == dt.date(1990, 1, 3)
    assert bench.parse_muc_date("PERTH (AUSTRALIA), JUNE 11 89 (AFP) --") == dt.date(1989, 6, 11)
    assert bench.parse_muc_date("SAN SALVADOR, NO DATE --") is None


def test_governorate_names(bench):
    assert bench.norm_governorate("Al-Hasakah Governorate") == bench.norm_governorate("hasakeh")
    assert bench.norm_governorate("Deir ez-Zor Governorate") == bench.norm_governorate("deir ezzor")
    assert bench.norm_governorate("Latakia Governorate") == "lattakia"
    assert bench.norm_governorate("Rif-dimashq Governorate") == "damascus"
    assert bench.norm_governorate("Damascus City") == "damascus"
    assert bench.norm_governorate(None) is None


def test_naive_baselines(bench):
    assert bench.naive_deaths("Bomb kills six", "At least 22 people were killed on Sunday") == 6  # headline first
    assert bench.naive_deaths("Raids on Raqqa", "At least 22 people were killed on Sunday") == 22
    assert bench.naive_deaths("Six civilians killed in shelling") == 6
    assert bench.naive_deaths("Mon 4 July 2016 Two children were killed") == 2  # a year is not a count
    assert bench.naive_deaths("No casualties reported") is None
    assert bench.case_lexicon("A suicide bomber blew himself up at a checkpoint") == "SUIC_BOMB"
    assert bench.case_lexicon("Police fired tear gas to disperse the protesters") == "PROTEST_WITH_INTER"
    assert bench.muc_keyword_type("GUERRILLAS KIDNAPPED A MAYOR AFTER A BOMB EXPLODED") == "KIDNAPPING"
    assert bench.claimed_by("THE SHINING PATH HAS CLAIMED RESPONSIBILITY FOR THE ATTACK.") == ["SHINING PATH"]


def test_examples_round_robin_over_kinds(bench):
    errors = [{"kind": "a"}] * 5 + [{"kind": "b"}] * 2 + [{"kind": "c"}]
    picked = [e["kind"] for e in bench.examples(errors, "kind", n=5)]
    assert picked == ["a", "b", "c", "a", "b"]
