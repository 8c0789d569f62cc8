"""Ingest benchmark on the Wikinews articles of ../shared/corpus: ratios measured in one run.

Each step runs in its own fresh process (so peak memory is per step) on the same texts:

  parse     spaCy's own parse of the texts (nlp.pipe, same batch size), the reference time
  ingest0   `ingest --no-coders` into a new store (read, dedupe, parse, serialize, write)
  ingest    full ingest with the coders (actors, statements, events)
  coders    actor/statement/event coding alone on pre-parsed Docs, split by stage
  recode    `recode` of the full store (stored parses, no re-parsing)
  ingest_w2 full ingest with --workers 2
  double    full ingest of the texts twice over (the copy with new ids and a marker so it is not a
            duplicate): memory flatness, its peak against `ingest`'s on the same longest article

Run:  ./run.sh bench  [--limit N] [--out bench/results.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews_articles.jsonl"


def _peak_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_mb_main": round(own, 1), "peak_mb_worker": round(kids, 1)}


def warm_coders() -> None:
    """Load the knowledge base, lexicons and codebook once, outside the timers (like the model)."""
    from eventwire.analyze import analyze
    from eventwire.nlp import load_pipeline
    from eventwire.records import Article

    text = "The United States condemned Russia on Monday, officials said."
    analyze(Article(id="warm", text=text, date="2025-01-01"), load_pipeline()(text))


def step(name: str, data: str, db: str) -> dict[str, object]:
    """Run one measured step in this (fresh) process and return its figures."""
    from eventwire.nlp import load_pipeline

    texts = [json.loads(line)["text"] for line in Path(data).read_text(encoding="utf-8").splitlines()]
    words = sum(len(t.split()) for t in texts)
    nlp = load_pipeline()  # model load is outside every timed region
    out: dict[str, object] = {"step": name, "articles": len(texts), "words": words}
    if name == "parse":
        t = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        out["seconds"] = time.perf_counter() - t
    elif name in ("ingest0", "ingest", "ingest_w2", "double"):
        from eventwire.pipeline import ingest

        if name == "double":
            double = Path(data).with_suffix(".double.jsonl")
            lines = Path(data).read_text(encoding="utf-8").splitlines()
            with double.open("w", encoding="utf-8") as fh:
                for copy in (0, 1):
                    for i, line in enumerate(lines):
                        rec = json.loads(line)
                        rec["id"] = f"{copy}-{rec.get('id', i)}"
                        rec["text"] += f"\n\n(copy {copy})"
                        fh.write(json.dumps(rec) + "\n")
            data = str(double)
            out["articles"] = 2 * len(lines)
        if name in ("ingest", "double"):
            warm_coders()
        t = time.perf_counter()
        s = ingest([data], db=db, workers=2 if name == "ingest_w2" else 1, coders=name != "ingest0", progress=False)
        out["seconds"] = time.perf_counter() - t
        out["stored"] = s.stored
        out["events"] = s.events
        out["statements"] = s.statements
        out["rejected"] = len(s.rejected)
    elif name == "coders":
        from eventwire.actors import ArticleActors, load_knowledge_base
        from eventwire.events import code_events
        from eventwire.records import Article
        from eventwire.statements import extract_statements

        warm_coders()
        kb = load_knowledge_base()
        docs = list(nlp.pipe(texts, batch_size=16))
        arts = [Article(id=str(i), text=t, date="2020-01-01") for i, t in enumerate(texts)]
        ta = ts = te = 0.0
        for art, doc in zip(arts, docs, strict=True):
            t0 = time.perf_counter()
            actors = ArticleActors(doc, art, kb)
            t1 = time.perf_counter()
            sts = extract_statements(doc, art, actors)
            t2 = time.perf_counter()
            code_events(doc, art, actors, sts)
            t3 = time.perf_counter()
            ta, ts, te = ta + t1 - t0, ts + t2 - t1, te + t3 - t2
        out.update(actors_seconds=ta, statements_seconds=ts, events_seconds=te, seconds=ta + ts + te)
    elif name == "recode":
        from eventwire.pipeline import recode

        warm_coders()
        t = time.perf_counter()
        s = recode(db=db, progress=False)
        out["seconds"] = time.perf_counter() - t
        out["stored"] = s.stored
    else:
        raise SystemExit(f"unknown step {name}")
    out.update(_peak_mb())
    return out


def run_step(name: str, data: Path, db: Path) -> dict[str, object]:
    """Run a step in a fresh interpreter and parse its JSON line."""
    res = subprocess.run(
        [sys.executable, __file__, "--step", name, "--data", str(data), "--db", str(db)],
        capture_output=True, text=True, check=False,
    )
    if res.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{res.stderr[-3000:]}")
    result: dict[str, object] = json.loads(res.stdout.strip().splitlines()[-1])
    print(f"  {name:10s} {result['seconds']:.2f}s  peak {result['peak_mb_main']} MB", file=sys.stderr)
    return result


def machine() -> dict[str, object]:
    """A description of the machine the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "python": platform.python_version(), "os": platform.platform()}


def main() -> None:
    """Run every step and write the results file."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--step", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, default=0, help="Use only the first N articles (default: all).")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="Wikinews JSONL (default: ../shared/corpus).")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results.json", help="Results file.")
    args = ap.parse_args()
    if args.step:
        print(json.dumps(step(args.step, args.data, args.db)))
        return
    if not args.corpus.exists():
        raise SystemExit(f"corpus not found at {args.corpus}: the benchmark needs ../shared/corpus")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "wikinews.jsonl"
        lines = args.corpus.read_text(encoding="utf-8").splitlines()
        if args.limit:
            lines = lines[: args.limit]
        data.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"benchmark on {len(lines)} Wikinews articles", file=sys.stderr)
        r: dict[str, dict[str, object]] = {}
        r["parse"] = run_step("parse", data, Path(tmp) / "none.duckdb")
        r["ingest0"] = run_step("ingest0", data, Path(tmp) / "a.duckdb")
        r["ingest"] = run_step("ingest", data, Path(tmp) / "b.duckdb")
        r["coders"] = run_step("coders", data, Path(tmp) / "none.duckdb")
        r["recode"] = run_step("recode", data, Path(tmp) / "b.duckdb")
        r["ingest_w2"] = run_step("ingest_w2", data, Path(tmp) / "c.duckdb")
        r["double"] = run_step("double", data, Path(tmp) / "d.duckdb")
    p = float(r["parse"]["seconds"])  # type: ignore[arg-type]

    def sec(k: str) -> float:
        return float(r[k]["seconds"])  # type: ignore[arg-type]

    co = r["coders"]
    summary = {
        "date": dt.date.today().isoformat(),
        "machine": machine(),
        "articles": r["parse"]["articles"],
        "words": r["parse"]["words"],
        "parse_seconds": round(p, 2),
        "ingest_no_coders_seconds": round(sec("ingest0"), 2),
        "ratio_ingest_no_coders_to_parse": round(sec("ingest0") / p, 3),
        "ingest_seconds": round(sec("ingest"), 2),
        "ratio_ingest_to_parse": round(sec("ingest") / p, 3),
        "articles_per_second": round(int(r["ingest"]["articles"]) / sec("ingest"), 2),  # type: ignore[call-overload]
        "words_per_second": round(int(r["ingest"]["words"]) / sec("ingest")),  # type: ignore[call-overload]
        "coding_share_of_parse": {
            "actors": round(float(co["actors_seconds"]) / p, 3),  # type: ignore[arg-type]
            "statements": round(float(co["statements_seconds"]) / p, 3),  # type: ignore[arg-type]
            "events": round(float(co["events_seconds"]) / p, 3),  # type: ignore[arg-type]
            "all": round(sec("coders") / p, 3),
        },
        "recode_seconds": round(sec("recode"), 2),
        "ratio_ingest_to_recode": round(sec("ingest") / sec("recode"), 2),
        "ingest_workers2_seconds": round(sec("ingest_w2"), 2),
        "speedup_workers2": round(sec("ingest") / sec("ingest_w2"), 2),
        "peak_mb": {
            k: {"main": r[k]["peak_mb_main"], "worker": r[k]["peak_mb_worker"]} for k in r
        },
        "memory_flatness_peak_mb_corpus_once_vs_twice": [r["ingest"]["peak_mb_main"], r["double"]["peak_mb_main"]],
        "events": r["ingest"]["events"],
        "statements": r["ingest"]["statements"],
        "steps": r,
    }
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in summary.items() if k != "steps"}, indent=2))


if __name__ == "__main__":
    main()
