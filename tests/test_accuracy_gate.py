"""Accuracy floors, guarded like behaviour: a slice of the geoparsing benchmark must not regress.

Runs bench/geoparse.py's own reading and scoring on the first 60 LGL and 40 GeoWebNews
articles (about 20 s). Skips cleanly without ../shared. The floors sit a few points under what
that slice scored when they were pinned; lower one only on purpose, saying why in the commit.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GEOPARSING = ROOT.parent / "shared" / "eval" / "geoparsing"

pytestmark = pytest.mark.model

# pinned 2026-11-24 from this slice: end-to-end 65.5, recall 75.9
FLOOR_END_TO_END = 62.0
FLOOR_RECALL = 72.0


def _bench_module():
    spec = importlib.util.spec_from_file_location("bench_geoparse", ROOT / "bench" / "geoparse.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_geoparsing_slice_keeps_its_floor(settings):
    if not (GEOPARSING / "lgl.xml").is_file() or not (GEOPARSING / "GWN.xml").is_file():
        pytest.skip("../shared/eval/geoparsing is not available")
    from conflictlens.extract.nlp_stage import NlpStage
    from conflictlens.extract.places import PlaceStage
    from conflictlens.gazetteer import Gazetteer

    bench = _bench_module()
    gazetteer = Gazetteer.open(settings)
    nlp_stage, place_stage = NlpStage(settings), PlaceStage(settings, gazetteer=gazetteer)
    pooled = bench.Tally()
    for reader, filename, count in ((bench.read_lgl, "lgl.xml", 60), (bench.read_gwn, "GWN.xml", 40)):
        articles, _ = reader(GEOPARSING / filename)
        tallies = bench.run_corpus(articles[:count], filename, nlp_stage, place_stage, gazetteer, settings.batch_size)
        pooled.merge(tallies["conflictlens"])
    figures = bench.figures(pooled)
    print(f"geoparsing gate: end-to-end {figures['acc161_end_to_end']}, recall {figures['recall']}")
    assert figures["acc161_end_to_end"] >= FLOOR_END_TO_END, figures
    assert figures["recall"] >= FLOOR_RECALL, figures


# pinned 2026-12-02 from these slices (the tests print their figures; the floors sit a few points
# under them): PolNeAR dev first 40 articles (source 74.5, content 75.1), all 496 CASE snippets
# (78.7), FA-KES first 120 articles (deaths exact 84.2, date exact 63.3, governorate 87.5, actor
# category 62.0)
# 2026-12-03: date exact lowered (slice 63.3 -> 55.8). A lede dated only by the report's own date
# now takes the day a later sentence gives the same event ("… late Tuesday"), as ACLED codes it;
# FA-KES's gold is mostly the publication day, so the slice loses articles the text dates otherwise.
FLOOR_ATTRIBUTION_SOURCE_F1 = 72.0
FLOOR_ATTRIBUTION_CONTENT_F1 = 72.0
FLOOR_CASE_WEIGHTED_F1 = 76.0
FLOOR_FAKES_DEATHS_EXACT = 80.0
FLOOR_FAKES_DATE_EXACT = 53.0
FLOOR_FAKES_GOVERNORATE = 84.0
FLOOR_FAKES_ACTOR_CATEGORY = 58.0
EVAL = ROOT.parent / "shared" / "eval"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_attribution_slice_keeps_its_floor():
    if not (EVAL / "attribution" / "polnear" / "dev" / "text").is_dir():
        pytest.skip("../shared/eval/attribution/polnear is not available")
    bench = _load("claims")
    docs = bench.load_polnear(EVAL, 40, "dev")
    per_clause, _ = bench.run_conflictlens(docs, timeout=30)
    scores, _ = bench.evaluate(docs, [bench.merge_per_cue(p) for p in per_clause])
    source, content = scores["overlap"]["source"]["f1"], scores["overlap"]["content"]["f1"]
    print(f"attribution gate: source F1 {source}, content F1 {content}")
    assert source >= FLOOR_ATTRIBUTION_SOURCE_F1 and content >= FLOOR_ATTRIBUTION_CONTENT_F1, scores["overlap"]


def test_event_typing_keeps_its_floor():
    if not (EVAL / "events" / "case2021-task2.tsv").is_file():
        pytest.skip("../shared/eval/events is not available")
    bench = _load("events")
    result = bench.bench_case(EVAL, bench.Runner(), None)
    weighted = 100 * result["conflictlens"]["weighted_f1_acled25"]
    print(f"event typing gate: CASE weighted F1 (25 ACLED) {weighted:.1f}")
    assert weighted >= FLOOR_CASE_WEIGHTED_F1


def test_casualties_and_dates_keep_their_floor():
    if not (EVAL / "syria" / "fa-kes.csv").is_file():
        pytest.skip("../shared/eval/syria is not available")
    bench = _load("events")
    result = bench.bench_fakes(EVAL, bench.Runner(), 120)["conflictlens"]
    deaths, date = 100 * result["deaths_exact"], 100 * result["date_exact"]
    governorate, actor = 100 * result["governorate"], 100 * result["actor_category"]
    print(f"FA-KES gate: deaths exact {deaths:.1f}, date exact {date:.1f}, governorate {governorate:.1f}, actor category {actor:.1f}")
    assert deaths >= FLOOR_FAKES_DEATHS_EXACT and date >= FLOOR_FAKES_DATE_EXACT, result
    assert governorate >= FLOOR_FAKES_GOVERNORATE and actor >= FLOOR_FAKES_ACTOR_CATEGORY, result
