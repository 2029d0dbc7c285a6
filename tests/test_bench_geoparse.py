"""The scoring of bench/geoparse.py, on hand-written articles (no model, no gazetteer, no ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "geoparse.py"


@pytest.fixture(scope="module")
def geo():
    spec = importlib.util.spec_from_file_location("bench_geoparse", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_haversine_known_distance(geo):
    # One degree of latitude is about 111.2 km anywhere.
    assert geo.haversine_km(10.0, 20.0, 11.0, 20.0) == pytest.approx(111.2, abs=0.2)
    assert geo.haversine_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(geo.MAX_ERROR_KM, rel=2e-3)  # 20039 km is half the equator; the mean radius gives 20015


def test_overlap_is_half_open(geo):
    assert geo.overlaps(0, 5, 4, 9)
    assert not geo.overlaps(0, 5, 5, 9)


def test_score_article_outcomes_and_precision(geo):
    Gold, Pred = geo.Gold, geo.Pred
    gold = [
        Gold(0, 6, "Ardenn", 10.0, 20.0, "PPL"),  # found at the right place
        Gold(20, 27, "Belvoir", 10.0, 20.0, "PPL"),  # found, 5 degrees off: wrong referent
        Gold(40, 46, "Corwen", 10.0, 20.0, "PPL"),  # nobody predicts it: missed
        Gold(60, 66, "Dunmor", None, None, "no coordinates"),  # a toponym, but never scored for accuracy
        Gold(80, 86, "Easton", None, None, "Demonym", toponym=False),  # GWN non-toponym
    ]
    preds = [
        Pred(0, 10, "Ardenn", 10.5, 20.0),  # 56 km: correct
        Pred(20, 27, "Belvoir", 15.0, 20.0),
        Pred(61, 64, "Dunmor", 1.0, 1.0),  # overlaps a gold toponym without coordinates: true positive
        Pred(80, 86, "Easton", 1.0, 1.0),  # overlaps a non-toponym only: false positive
        Pred(100, 105, "Nowhere", None, None),  # false positive without a point
    ]
    tally = geo.Tally()
    outcomes = geo.score_article(gold, preds, tally)
    assert [o for _, o, _ in outcomes] == ["correct", "wrong", "missed"]
    assert (tally.predicted, tally.predicted_tp) == (5, 3)
    assert (tally.gold, tally.recognised, tally.correct) == (3, 2, 1)
    assert tally.missed == {"Corwen": 1}
    assert tally.wrong == {"Belvoir → Belvoir": 1}
    f = geo.figures(tally)
    assert f["precision"] == 60.0 and f["recall"] == pytest.approx(66.7)
    assert f["acc161_given_recognised"] == 50.0 and f["acc161_end_to_end"] == pytest.approx(33.3)


def test_nearest_overlapping_prediction_counts(geo):
    gold = [geo.Gold(0, 12, "Fenwick Hall", 0.0, 0.0, "Literal")]
    preds = [geo.Pred(0, 7, "Fenwick", 40.0, 40.0), geo.Pred(8, 12, "Hall", 0.5, 0.0), geo.Pred(3, 9, "x", None, None)]
    tally = geo.Tally()
    geo.score_article(gold, preds, tally)
    assert tally.correct == 1 and tally.errors_km == [pytest.approx(55.6, abs=0.2)]


def test_recognised_without_point_is_wrong_and_has_no_error(geo):
    tally = geo.Tally()
    geo.score_article([geo.Gold(0, 4, "Glen", 1.0, 1.0, "PPL")], [geo.Pred(0, 4, "(no candidate)", None, None)], tally)
    assert (tally.recognised, tally.correct, tally.errors_km) == (1, 0, [])
    assert geo.figures(tally)["median_error_km"] is None


def test_readers_keep_offsets_and_skip_bad_spans(geo, tmp_path):
    lgl = tmp_path / "lgl.xml"
    lgl.write_text(
        "<articles><article docid='7'><text><![CDATA[Rain in Harrowgate today.]]></text><toponyms>"
        "<toponym><start>8</start><end>18</end><phrase>Harrowgate</phrase>"
        "<gaztag geonameid='1'><fcode>PPL</fcode><lat>54.0</lat><lon>-1.5</lon></gaztag></toponym>"
        "<toponym><start>0</start><end>3</end><phrase>Snow</phrase></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    articles, skipped = geo.read_lgl(lgl)
    assert skipped == 1 and articles[0].id == "lgl-7"
    (g,) = articles[0].gold
    assert (g.start, g.end, g.lat, g.kind, g.toponym) == (8, 18, 54.0, "PPL", True)

    gwn = tmp_path / "GWN.xml"
    gwn.write_text(
        "<articles><article file='3'><text>Ostrava officials &amp; Ostravans met.</text><toponyms>"
        "<toponym><extractedName>Ostrava</extractedName><type>Metonymic</type><start>0</start><end>7</end>"
        "<latitude>49.8</latitude><longitude>18.3</longitude></toponym>"
        "<toponym><extractedName>Ostravans</extractedName><type>Demonym</type><start>20</start><end>29</end></toponym>"
        "<toponym><extractedName>x</extractedName><type>Literal</type><start>-5</start><end>-4</end></toponym>"
        "</toponyms></article></articles>",
        encoding="utf-8",
    )
    articles, skipped = geo.read_gwn(gwn)
    assert skipped == 1
    metonymic, demonym = articles[0].gold
    assert metonymic.toponym and metonymic.has_point
    assert not demonym.toponym and not demonym.has_point


def test_missing_eval_data_exits_cleanly(geo, tmp_path, capsys):
    assert geo.main(["--eval", str(tmp_path / "nowhere"), "--out", str(tmp_path / "results")]) == 0
    assert "not found" in capsys.readouterr().out
    assert not (tmp_path / "results").exists()
