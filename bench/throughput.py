"""Throughput of the whole pipeline: articles/second and peak memory, one core and two processes.

    python bench/throughput.py [--eval ../shared/eval] [--articles 200]

Corpora: the bundled demo reports repeated (each copy made unique so the store keeps it), and,
when ../shared/eval is present, the FA-KES Syrian-war articles. "Whole pipeline" means what
`conflictlens ingest` does per article: cleaning, language identification, spaCy, places,
actors, events, claims, and the write to an SQLite store. Model loading and gazetteer opening
are timed separately and excluded from articles/second, since a long-running ingest pays them
once.

Writes bench/results/throughput-YYYY-MM-DD.json and prints a table.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import multiprocessing as mp
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def demo_records(count: int) -> list[dict]:
    from importlib import resources

    lines = resources.files("conflictlens").joinpath("demo/reports.jsonl").read_text("utf-8").splitlines()
    base = [json.loads(line) for line in lines if line.strip()]
    records = []
    for i in range(count):
        record = dict(base[i % len(base)])
        record["url"] = f"{record['url']}?copy={i}"
        record["text"] = f"{record['text']}\n\n(copy {i})"
        records.append(record)
    return records


def fakes_records(eval_dir: Path, count: int) -> list[dict] | None:
    path = eval_dir / "syria" / "fa-kes.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [{"url": f"fakes://{r['unit_id']}", "title": r["article_title"], "text": r["article_content"]} for r in rows[:count]]


def _peak_rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def run_worker(records: list[dict], db_url: str, queue, cpu: int) -> None:
    """Ingest ``records`` in this process, pinned to one CPU; report load time, run time, peak RSS."""
    os.environ["OMP_NUM_THREADS"] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu % (os.cpu_count() or 1)})
    from conflictlens import api
    from conflictlens.config import load_settings
    from conflictlens.store import open_store

    settings = load_settings(database_url=db_url)
    started = time.perf_counter()
    warm = api.analyze("Warm-up: gunmen attacked a checkpoint near Kidal on Sunday, killing four soldiers, the army said.", settings=settings)
    loaded = time.perf_counter()
    store = open_store(db_url)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
        path = handle.name
    t0 = time.perf_counter()
    report = api.ingest_sources([path], store, settings=settings)
    elapsed = time.perf_counter() - t0
    os.unlink(path)
    queue.put({
        "load_seconds": round(loaded - started, 2),
        "seconds": elapsed,
        "articles": len(records),
        "stored": report.count("stored"),
        "failed": report.count("failed"),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "warm_claims": len(warm.claims),
    })


def measure(records: list[dict], processes: int, workdir: Path) -> dict:
    ctx = mp.get_context("spawn")  # each process loads its own model, as a real worker would
    queue = ctx.Queue()
    chunks = [records[i::processes] for i in range(processes)]
    workers = []
    for i, chunk in enumerate(chunks):
        db_url = f"sqlite:///{workdir / f'bench-{processes}-{i}-{time.time_ns()}.sqlite'}"
        proc = ctx.Process(target=run_worker, args=(chunk, db_url, queue, i))
        workers.append(proc)
    t0 = time.perf_counter()
    for proc in workers:
        proc.start()
    results = [queue.get() for _ in workers]
    for proc in workers:
        proc.join()
    wall = time.perf_counter() - t0
    articles = sum(r["articles"] for r in results)
    slowest = max(r["seconds"] for r in results)
    return {
        "processes": processes,
        "articles": articles,
        "stored": sum(r["stored"] for r in results),
        "failed": sum(r["failed"] for r in results),
        "articles_per_second": round(articles / slowest, 2),
        "seconds_excluding_load": round(slowest, 2),
        "wall_seconds_including_load": round(wall, 2),
        "model_load_seconds": max(r["load_seconds"] for r in results),
        "peak_rss_mb_per_process": max(r["peak_rss_mb"] for r in results),
        "peak_rss_mb_total": round(sum(r["peak_rss_mb"] for r in results), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", default=str(HERE.parent.parent / "shared" / "eval"), help="path to ../shared/eval")
    parser.add_argument("--articles", type=int, default=200, help="articles per corpus")
    parser.add_argument("--out", default=str(RESULTS))
    args = parser.parse_args(argv)

    corpora = {"demo (repeated)": demo_records(args.articles)}
    fakes = fakes_records(Path(args.eval), args.articles)
    if fakes is None:
        print(f"note: {args.eval}/syria/fa-kes.csv not found; measuring the demo corpus only", file=sys.stderr)
    else:
        corpora["FA-KES"] = fakes

    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, records in corpora.items():
            chars = sum(len(r["text"]) for r in records) / len(records)
            for processes in (1, 2):
                row = measure(records, processes, Path(tmp))
                row.update(corpus=name, mean_chars=round(chars))
                results.append(row)
                print(f"{name:16} {processes} proc  {row['articles_per_second']:7.2f} articles/s  peak RSS {row['peak_rss_mb_per_process']:.0f} MB/process  ({row['articles']} articles, {row['failed']} failed, model load {row['model_load_seconds']} s)")

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "benchmark": "throughput",
        "date": dt.date.today().isoformat(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "what": "ingest per article: clean, language id, spaCy, places, actors, events, claims, SQLite write; model load excluded",
        "results": results,
    }
    target = out / f"throughput-{payload['date']}.json"
    target.write_text(json.dumps(payload, indent=1) + "\n")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
