"""Attribution benchmark on PolNeAR dev: who said what, scored per role like Citron on PARC 3.0.

    python bench/claims.py [--eval ../shared/eval] [--limit N] [--split dev|train]

Data: <eval>/attribution/polnear/<split>/text/*.txt and <split>/attributions/*.ann (brat standoff);
dev is the reported split, train is for error analysis (its results file is named -train).
Gold: every T entity labelled Source, Cue or Content that an E (attribution) line links
(Content2 counts as content; Discard, Discuss and the Attribution trigger copy are ignored).
Spans may be discontinuous ("s e;s e"). Two dev texts carry six annotators' .ann files each;
the alphabetically first file is the gold, the others are scored against it as a human ceiling.

Systems, both on the raw text with its own offsets:
* conflictlens: ``default_pipeline`` over every article; each claim whose attribution kind is
  not OUTLET is one predicted (source, cue, content) attribution. Content is scored two ways:
  "per clause" (each claim's evidence span is a content prediction) and "merged per cue" (claims
  sharing a (source, cue) pair become one attribution whose content is the min-max span of its
  clauses minus the characters of that source and cue, e.g. the "X said" inside a quote).
  Each per-article stage runs under a time limit (--timeout); an article that exceeds it is a
  failure with no predictions (its gold still counts) and the time lost is left out of articles/s.
* said-baseline: a regex extractor written here, one attribution per sentence at most.

Scoring, per role (source, cue, content), pooled over documents:
* Spans are compared as sets of character offsets: each fragment is trimmed of whitespace and
  punctuation at its edges (a fragment that is only punctuation, like a ":" cue, keeps it), and
  whitespace inside is ignored. Within a document, identical predicted spans of one role count once,
  as do identical gold spans.
* EXACT: a predicted span matches a gold span of the same role when the two sets are equal.
* OVERLAP: they match when the sets share at least one character.
* One-to-one, greedy: all matching (pred, gold) pairs in a document are ranked by Jaccard
  similarity (ties by position) and taken best first; each gold and each prediction is used once.
* P = matched / predicted spans, R = matched / gold spans, F1 = 2PR/(P+R); percentages.

Writes bench/results/claims-YYYY-MM-DD.json (figures, these definitions, error examples).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import signal
import string
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
ROLES = ("source", "cue", "content")
BRAT_ROLES = {"Source": "source", "Cue": "cue", "Content": "content", "Content2": "content"}
EDGE = set(string.punctuation) | set("“”‘’«»–—―…") | {" ", "\t", "\n", "\r", "\xa0"}
_SCORING_TEXT = __doc__.split("Scoring, per role")[1].split("Writes")[0]
SCORING = {k: " ".join(v.split()) for k, v in zip(("spans", "exact", "overlap", "matching", "figures"), _SCORING_TEXT.split("\n* ")[1:])}

Spans = tuple  # tuple of (start, end) fragments, sorted


# ---------------------------------------------------------------- brat standoff
def parse_spans(field: str) -> Spans:
    """'12 20;25 30' -> ((12, 20), (25, 30))."""
    return tuple(sorted((int(a), int(b)) for a, b in (part.split() for part in field.split(";"))))


def read_ann(text: str) -> list[dict]:
    """Attributions of one .ann file: [{"source": spans|None, "cue": spans, "content": [spans, ...]}]."""
    entities: dict[str, tuple[str, Spans]] = {}
    events = []
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, field = parts[1].partition(" ")
            entities[parts[0]] = (label, parse_spans(field))
        elif line.startswith("E") and len(parts) >= 2:
            events.append([arg.split(":", 1) for arg in parts[1].split()])
    attributions = []
    for args in events:
        attribution: dict = {"source": None, "cue": None, "content": []}
        for role, ref in args:
            key = BRAT_ROLES.get(role)
            if key is None or ref not in entities:
                continue
            spans = entities[ref][1]
            if key == "content":
                attribution["content"].append(spans)
            else:
                attribution[key] = spans
        attributions.append(attribution)
    return attributions


def load_polnear(eval_dir: Path, limit: int | None, split: str = "dev") -> list[dict]:
    base = eval_dir / "attribution" / "polnear" / split
    anns = defaultdict(list)
    for path in sorted((base / "attributions").glob("*.ann")):
        anns[re.sub(r"_[0-9a-f]{4}$", "", path.stem)].append(path)
    docs = []
    for path in sorted((base / "text").glob("*.txt"))[: limit or None]:
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        annotations = [read_ann(p.read_text(encoding="utf-8")) for p in anns.get(path.stem, [])]
        if annotations:
            docs.append({"name": path.stem, "text": text, "gold": annotations[0], "others": annotations[1:]})
    return docs


# ---------------------------------------------------------------- scoring
def significant(text: str, spans: Spans) -> frozenset[int]:
    chars: set[int] = set()
    for start, end in spans:
        s, e = start, end
        while s < e and text[s] in EDGE:
            s += 1
        while e > s and text[e - 1] in EDGE:
            e -= 1
        if s == e:  # only punctuation (":" or "―" cues): keep its non-space characters
            s, e = start, end
        chars.update(i for i in range(s, e) if not text[i].isspace())
    return frozenset(chars)


def role_spans(attributions: list[dict], role: str) -> list[Spans]:
    found = []
    for a in attributions:
        for spans in a["content"] if role == "content" else [a[role]]:
            if spans and spans not in found:
                found.append(spans)
    return found


def match(text: str, preds: list[Spans], golds: list[Spans], exact: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns (pred index, gold index) pairs."""
    psig = [significant(text, p) for p in preds]
    gsig = [significant(text, g) for g in golds]
    candidates = []
    for i, p in enumerate(psig):
        for j, g in enumerate(gsig):
            if not p or not g:
                continue
            if (p == g) if exact else (p & g):
                candidates.append((-len(p & g) / len(p | g), j, i))
    used_p, used_g, pairs = set(), set(), []
    for _, j, i in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), pairs.append((i, j))
    return pairs


def prf(tp: int, npred: int, ngold: int) -> dict:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(100 * p, 1), "recall": round(100 * r, 1), "f1": round(100 * f, 1), "tp": tp, "predicted": npred, "gold": ngold}


def evaluate(docs: list[dict], predictions: list[list[dict]], golds: list[list[dict]] | None = None) -> tuple[dict, dict]:
    """Scores {mode: {role: prf}} and per-role error lists (from the overlap matching)."""
    golds = golds if golds is not None else [d["gold"] for d in docs]
    counts = {m: {r: [0, 0, 0] for r in ROLES} for m in ("exact", "overlap")}
    errors = {r: {"missed": [], "false_positive": [], "boundary": []} for r in ROLES}
    for doc, pred, gold in zip(docs, predictions, golds):
        text = doc["text"]
        for role in ROLES:
            ps, gs = role_spans(pred, role), role_spans(gold, role)
            for mode in ("exact", "overlap"):
                pairs = match(text, ps, gs, mode == "exact")
                c = counts[mode][role]
                c[0] += len(pairs); c[1] += len(ps); c[2] += len(gs)
            # Offsets only: the eval data's licence lets us measure with it, not copy its text
            # into the project. Read the spans against ../shared to see the words.
            show = lambda s: {"span": [list(f) for f in s], "chars": sum(b - a for a, b in s)}  # noqa: E731
            matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
            errors[role]["missed"] += [{"doc": doc["name"], **show(g)} for j, g in enumerate(gs) if j not in matched_g]
            errors[role]["false_positive"] += [{"doc": doc["name"], **show(p)} for i, p in enumerate(ps) if i not in matched_p]
            errors[role]["boundary"] += [
                {"doc": doc["name"], "gold": show(gs[j]), "predicted": show(ps[i])}
                for i, j in pairs if significant(text, ps[i]) != significant(text, gs[j])
            ]
    return {m: {r: prf(*counts[m][r]) for r in ROLES} for m in counts}, errors


# ---------------------------------------------------------------- conflictlens
class StageTimeout(Exception):
    pass


class Guarded:
    """A per-document stage with a time limit (SIGALRM): a hung article becomes a pipeline
    failure (no predictions for it) instead of stopping the benchmark. Time lost is recorded."""

    def __init__(self, stage, seconds: int, lost: list) -> None:
        self.stage, self.seconds, self.lost = stage, seconds, lost
        self.name, self.reads, self.adds = stage.name, stage.reads, stage.adds

    def __call__(self, doc):
        def expire(signum, frame):
            raise StageTimeout(f"stage {self.name} took more than {self.seconds} s")

        previous = signal.signal(signal.SIGALRM, expire)
        signal.alarm(self.seconds)
        started = time.perf_counter()
        try:
            return self.stage(doc)
        except StageTimeout:
            self.lost.append(time.perf_counter() - started)
            raise
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)


def run_conflictlens(docs: list[dict], timeout: int) -> tuple[list[list[dict]], dict]:
    """Per-clause attributions per document, plus timing (model load excluded)."""
    from conflictlens.config import load_settings
    from conflictlens.model import Article, AttributionKind
    from conflictlens.pipeline import default_pipeline

    t0 = time.perf_counter()
    pipeline = default_pipeline(load_settings())
    warm = Article(id="warm", text="The minister said on Monday that talks would resume.", content_hash="warm", source="polnear")
    list(pipeline.run([warm]))  # loads spaCy and the gazetteer
    loaded = time.perf_counter()
    lost: list[float] = []
    pipeline.stages = [s if hasattr(s, "process_batch") else Guarded(s, timeout, lost) for s in pipeline.stages]
    articles = [Article(id=f"p{i}", text=d["text"], content_hash=str(i), source="polnear") for i, d in enumerate(docs)]
    failures = []
    out: dict[str, list[dict]] = {a.id: [] for a in articles}
    for doc in pipeline.run(articles, on_failure=failures.append):
        for claim in doc.claims:
            a = claim.attribution
            if a.kind is AttributionKind.OUTLET:
                continue
            out[doc.article.id].append({
                "source": (tuple(a.source_span),) if a.source_span else None,
                "cue": (tuple(a.cue_span),) if a.cue_span else None,
                "content": [((claim.evidence.start, claim.evidence.end),)],
            })
    elapsed = time.perf_counter() - loaded - sum(lost)  # time burnt by timed-out stages excluded
    done = len(docs) - len(failures)
    timing = {"model_load_seconds": round(loaded - t0, 2), "run_seconds": round(elapsed, 2), "articles": len(docs),
              "articles_per_second": round(done / elapsed, 2) if elapsed else None, "stage_timeout_seconds": timeout,
              "seconds_lost_to_timeouts": round(sum(lost), 1),
              "failures": [f"{docs[int(f.article_id[1:])]['name']} ({f.stage}): {f.message}" for f in failures]}
    return [out[a.id] for a in articles], timing


def subtract(lo: int, hi: int, holes: list[tuple[int, int]]) -> Spans:
    frags, pos = [], lo
    for s, e in sorted(holes):
        if e <= pos or s >= hi:
            continue
        if s > pos:
            frags.append((pos, s))
        pos = max(pos, e)
    if pos < hi:
        frags.append((pos, hi))
    return tuple(frags) or ((lo, hi),)


def merge_per_cue(attributions: list[dict]) -> list[dict]:
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for a in attributions:
        groups[(a["source"], a["cue"])].append(a)
    merged = []
    for (source, cue), items in groups.items():
        frags = [f for a in items for spans in a["content"] for f in spans]
        holes = [f for s in (source, cue) if s for f in s]
        content = subtract(min(s for s, _ in frags), max(e for _, e in frags), holes)
        merged.append({"source": source, "cue": cue, "content": [content]})
    return merged


# ---------------------------------------------------------------- said-baseline
_WORD = r"(?!(?:that|who|which|and|but|when|if|as|said|says|told|added)\b)[\w'’.-]+"
NP = (rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_WORD}\s+){{0,4}}{_WORD}"
      r"|[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for))*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)")
CUE = r"said|says|told|added"
FORWARD = re.compile(rf"(?P<source>{NP})\s+(?P<cue>{CUE})\b")
INVERTED = re.compile(rf"[,”\"’]\s*(?P<cue>said|says|added)\s+(?P<source>{NP})")
ACCORDING = re.compile(rf"(?P<cue>[Aa]ccording to)\s+(?P<source>{NP})")
QUOTE = re.compile(r"[“\"][^”\"]{8,}[”\"]")
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[“\"‘A-Z])|\n+")


def sentences(text: str):
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        if end > start:
            yield start, end
        start = m.end()
    if start < len(text):
        yield start, len(text)


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in EDGE:
        s += 1
    while e > s and text[e - 1] in EDGE:
        e -= 1
    return s, e


def said_baseline(text: str) -> list[dict]:
    """Source = the noun phrase, cue = the verb, content = the quote in the sentence, else the
    rest of the sentence after the cue (from "that" for "told"), else the part before the source."""
    found = []
    for s, e in sentences(text):
        sent = text[s:e]
        m = FORWARD.search(sent) or INVERTED.search(sent) or ACCORDING.search(sent)
        if not m:
            continue
        lo, hi = min(m.start("source"), m.start("cue")), max(m.end("source"), m.end("cue"))
        quotes = list(QUOTE.finditer(sent))
        if quotes:
            c0, c1 = quotes[0].start(), quotes[-1].end()
        else:
            after = sent[hi:]
            if m.group("cue") == "told" and re.search(r"\bthat\b", after):
                after_start = hi + re.search(r"\bthat\b", after).start()
            else:
                after_start = hi
            c0, c1 = _strip(sent, after_start, len(sent))
            if c1 - c0 < 3:  # "…, X said."
                c0, c1 = _strip(sent, 0, m.start())
        if c1 - c0 < 3:
            continue
        content = subtract(s + c0, s + c1, [(s + lo, s + hi)])
        found.append({"source": ((s + m.start("source"), s + m.end("source")),),
                      "cue": ((s + m.start("cue"), s + m.end("cue")),), "content": [content]})
    return found


# ---------------------------------------------------------------- report
def sample(items: list, n: int, rng: random.Random) -> list:
    return sorted(rng.sample(items, n), key=lambda x: (x["doc"], str(x))) if len(items) > n else items


def table(rows: list[tuple[str, dict]]) -> str:
    head = f"{'system':38} {'match':8}" + "".join(f" {r:>20}" for r in ROLES)
    lines = [head, f"{'':47}" + "".join(f" {'P     R     F1':>20}" for _ in ROLES), "-" * len(head)]
    for name, scores in rows:
        for k, mode in enumerate(("exact", "overlap")):
            cells = "".join(f"   {scores[mode][r]['precision']:5.1f} {scores[mode][r]['recall']:5.1f} {scores[mode][r]['f1']:5.1f}" for r in ROLES)
            lines.append(f"{name if k == 0 else '':38} {mode:8}{cells}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval", help="evaluation data folder (default ../shared/eval)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of the split")
    parser.add_argument("--split", default="dev", help="PolNeAR split to score: dev (the reported figures) or train (for error analysis)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds per article per stage before it counts as failed")
    args = parser.parse_args(argv)
    base = args.eval / "attribution" / "polnear" / args.split
    if not (base / "text").is_dir() or not (base / "attributions").is_dir():
        print(f"PolNeAR {args.split} data not found under {base}; nothing to benchmark (pass --eval PATH).")
        return 0
    docs = load_polnear(args.eval, args.limit, args.split)
    if not docs:
        print(f"No annotated PolNeAR {args.split} articles under {base}.")
        return 0
    n_attr = sum(len(d["gold"]) for d in docs)
    print(f"PolNeAR {args.split}: {len(docs)} articles, {n_attr} gold attributions", file=sys.stderr)

    per_clause, timing = run_conflictlens(docs, args.timeout)
    merged = [merge_per_cue(p) for p in per_clause]
    t0 = time.perf_counter()
    baseline = [said_baseline(d["text"]) for d in docs]
    baseline_rate = len(docs) / max(time.perf_counter() - t0, 1e-9)

    systems = {"conflictlens (content per clause)": per_clause, "conflictlens (content merged per cue)": merged, "said-baseline": baseline}
    scores, errors = {}, {}
    for name, preds in systems.items():
        scores[name], errors[name] = evaluate(docs, preds)
    # The same systems on the articles conflictlens got through (failures separated from quality).
    failed = {f.split(" (")[0] for f in timing["failures"]}
    keep = [i for i, d in enumerate(docs) if d["name"] not in failed]
    completed = {name: evaluate([docs[i] for i in keep], [preds[i] for i in keep])[0] for name, preds in systems.items()}
    # Human ceiling: the extra annotators of the multiply annotated texts against the gold file.
    multi = [(d, o) for d in docs for o in d["others"]]
    ceiling = evaluate([d for d, _ in multi], [o for _, o in multi])[0] if multi else None

    rng = random.Random(5)
    cl_errors = {role: {kind: sample(errors["conflictlens (content merged per cue)" if role == "content" else "conflictlens (content per clause)"][role][kind], 10, rng)
                        for kind in ("missed", "false_positive", "boundary")} for role in ROLES}
    error_counts = {name: {r: {k: len(v) for k, v in errs[r].items()} for r in ROLES} for name, errs in errors.items()}

    print(f"\nPolNeAR {args.split} attribution, {len(docs)} articles, {n_attr} gold attributions (gold spans: "
          + ", ".join(f"{r} {scores['said-baseline']['exact'][r]['gold']}" for r in ROLES) + ")\n")
    print(table(list(scores.items())))
    if failed:
        print(f"\nonly the {len(keep)} articles conflictlens completed ({len(failed)} failed, listed below):")
        print(table(list(completed.items())))
    if ceiling:
        print(f"\nhuman ceiling, {len(multi)} extra annotations of {len({d['name'] for d, _ in multi})} texts vs the gold annotator:")
        print(table([("other annotators", ceiling)]))
    print(f"\nconflictlens: {timing['articles_per_second']} articles/s ({timing['run_seconds']} s run, model load "
          f"{timing['model_load_seconds']} s excluded, {len(timing['failures'])} failures); said-baseline: {baseline_rate:.0f} articles/s")
    for failure in timing["failures"]:
        print(f"  conflictlens failure: {failure}")
    print("Matching: spans as character sets trimmed of edge whitespace/punctuation; EXACT = equal sets, OVERLAP = "
          "share a character; greedy one-to-one by Jaccard; Citron on PARC 3.0 (overlap): source F1 82.0, content F1 83.3.")

    RESULTS.mkdir(exist_ok=True)
    suffix = (f"-{args.split}" if args.split != "dev" else "") + (f"-limit{args.limit}" if args.limit else "")
    out = RESULTS / f"claims-{dt.date.today().isoformat()}{suffix}.json"
    out.write_text(json.dumps({
        "benchmark": f"PolNeAR {args.split} attribution (source / cue / content)", "date": dt.date.today().isoformat(),
        "data": str(base), "articles": len(docs), "gold_attributions": n_attr,
        "definitions": {**SCORING, "systems": " ".join(__doc__.split("own offsets:")[1].split("Scoring")[0].split()),
                        "gold": " ".join(__doc__.split("Gold: ")[1].split("Systems")[0].split())},
        "reference": {"citron_parc3_overlap_f1": {"source": 82.0, "content": 83.3}},
        "scores": scores, "scores_on_completed_articles": {"articles": len(keep), "scores": completed}, "human_ceiling": ceiling, "error_counts": error_counts,
        "throughput": {"conflictlens": timing, "said_baseline_articles_per_second": round(baseline_rate, 1)},
        "conflictlens_errors": cl_errors,
    }, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
