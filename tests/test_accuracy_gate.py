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
