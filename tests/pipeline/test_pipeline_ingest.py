"""End-to-end ingest: a folder of every format and every bad input, re-runs, kill -9, extract."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

pytestmark = pytest.mark.slow

GOOD_TEXTS = [
    "Germany and France signed an agreement on energy cooperation in Berlin on Tuesday, officials said.",
    "Japan's foreign minister met his South Korean counterpart in Seoul to discuss trade and security.",
    "Kenya sent police officers to Haiti after the United Nations approved a security mission.",
    "Brazil condemned the attack on its embassy and recalled its ambassador for consultations.",
    "Protesters rallied in Tbilisi against a new law on foreign agents, police said.",
]

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>http://example.org/</link>
<description>news</description>
<item><title>Ministers meet in Oslo</title><link>http://example.org/oslo</link>
<pubDate>Tue, 20 May 2025 10:00:00 GMT</pubDate>
<description>Norway hosted foreign ministers from the Nordic countries in Oslo on Tuesday to discuss Arctic security and shipping.</description></item>
</channel></rss>
"""

HTML = """<!DOCTYPE html><html><head><title>Chile and Peru agree border talks | Andes Daily</title>
<meta property="og:site_name" content="Andes Daily"><meta name="date" content="2025-04-02"></head>
<body><nav>Home | World</nav><article><h1>Chile and Peru agree border talks</h1>
<p>Chile and Peru agreed on Wednesday to resume talks on their maritime border, the two governments said in a joint statement.</p>
<p>The foreign ministers of both countries will meet in Lima next month to prepare the first round, according to the statement.</p>
<p>Officials in Santiago said the talks would cover fishing rights and the protection of coastal communities.</p>
</article><footer>Copyright Andes Daily</footer></body></html>
"""


def make_folder(root: Path, seed_text: str) -> dict[str, int]:
    """Write good and bad inputs; return how many good articles and bad inputs there are."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "seed.txt").write_text(seed_text, encoding="utf-8")
    recs = [{"id": f"j{i}", "date": f"2025-05-2{i}", "title": f"t{i}", "text": t, "url": f"http://x/{i}"} for i, t in enumerate(GOOD_TEXTS[:3])]
    lines = [json.dumps(r) for r in recs]
    lines.insert(1, '{"id": "broken", "text": "unterminated')
    (root / "items.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(root / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i, t in enumerate(GOOD_TEXTS[3:]):
            fh.write(json.dumps({"id": f"g{i}", "published": "2025-05-01", "body": t}) + "\n")
    (root / "page.html").write_text(HTML, encoding="utf-8")
    (root / "feed.rss").write_text(RSS, encoding="utf-8")
    bad = root / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "blob.bin").write_bytes(bytes(range(256)) * 20)
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (bad / "huge.txt").write_text("word " * 5000, encoding="utf-8")
    (bad / "baddate.txt").write_text("date 2025-13-45\nThe parliament met on Monday.", encoding="utf-8")
    (bad / "notes.docx").write_bytes(b"PK\x03\x04 not really a document")
    (bad / "german.txt").write_text(
        "date 2025-05-01\nDie Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, "
        "wie ein Sprecher des Auswärtigen Amtes in Berlin mitteilte. Die Maßnahmen sollen in der kommenden Woche in Kraft treten.",
        encoding="utf-8",
    )
    (bad / "dup.txt").write_text(seed_text, encoding="utf-8")  # same text as seed.txt: a duplicate
    # good: seed, 3 jsonl, 2 gz, html, rss = 8; rejected: broken line, empty, blob, image, huge, baddate, docx, german = 8
    return {"good": 8, "rejected": 8, "duplicates": 1}


def _ingest(args: list[str]):
    return CliRunner().invoke(main, ["ingest", *args, "--max-bytes", "20000", "--json"])


def test_folder_of_formats_and_bad_inputs(tmp_path, seed_text):
    expected = make_folder(tmp_path / "in", seed_text)
    db = str(tmp_path / "s.duckdb")
    res = _ingest([str(tmp_path / "in"), "--db", db])
    assert res.exit_code == 1, res.output
    summary = json.loads(res.output)
    assert summary["stored"] == expected["good"], summary
    assert summary["duplicates"] == expected["duplicates"], summary
    reasons = {Path(r["path"]).name.split(":")[0]: r["reason"] for r in summary["rejected"]}
    assert len(summary["rejected"]) == expected["rejected"], summary["rejected"]
    for name in ("items.jsonl", "empty.txt", "blob.bin", "image.txt", "huge.txt", "baddate.txt", "notes.docx", "german.txt"):
        assert name in reasons, (name, reasons)
    assert [r["line"] for r in summary["rejected"] if r["path"].endswith("items.jsonl")] == [2]
    with Store(db, read_only=True) as s:
        assert s.count("articles") == expected["good"]
        assert s.count("rejections") == expected["rejected"]
        dates = dict(s.con.execute("SELECT id, strftime(date, '%Y-%m-%d') FROM articles").fetchall())
        assert dates["j0"] == "2025-05-20"
        seed_date = s.con.execute("SELECT strftime(date, '%Y-%m-%d'), text FROM articles WHERE source_path LIKE '%seed.txt'").fetchone()
        assert seed_date[0] == "2025-05-21" and seed_date[1].startswith("US President Donald Trump")
        assert s.count("sentences") > 20 and s.count("parses") == expected["good"]
    # second run: nothing new, the same rejections (not duplicated)
    res2 = _ingest([str(tmp_path / "in"), "--db", db])
    s2 = json.loads(res2.output)
    assert s2["stored"] == 0 and s2["duplicates"] == expected["good"] + expected["duplicates"]
    with Store(db, read_only=True) as s:
        assert s.count("articles") == expected["good"]
        assert s.count("rejections") == expected["rejected"]


def test_all_good_exits_zero_and_stdin(tmp_path):
    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", "-", "--db", db, "--date", "2025-05-21"], input=GOOD_TEXTS[0])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT strftime(date, '%Y-%m-%d') FROM articles").fetchall() == [("2025-05-21",)]


def test_kill_9_then_rerun_gives_exactly_all_articles(tmp_path):
    n = 300
    data = tmp_path / "many.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"k{i}", "date": "2025-01-01", "text": f"Report {i}: " + GOOD_TEXTS[i % 5] + f" Item {i}."}) + "\n")
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "eventwire", "ingest", str(data), "--db", str(db), "--batch-size", "4", "--no-coders", "--progress"]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    # wait until some batches were committed (progress shows stored>=40), then kill -9 mid-run
    buf = b""
    deadline = time.monotonic() + 120
    killed = False
    assert proc.stderr is not None
    while time.monotonic() < deadline:
        chunk = proc.stderr.read1(4096)  # type: ignore[attr-defined]
        if not chunk:
            break
        buf += chunk
        stored = [int(x) for x in __import__("re").findall(rb"stored=(\d+)", buf)]
        if stored and max(stored) >= 40:
            os.kill(proc.pid, signal.SIGKILL)
            killed = True
            break
    proc.wait()
    assert killed, "ingest finished before it could be killed; use more articles"
    with Store(db) as s:
        partial = s.count("articles")
    assert 0 < partial < n
    res = subprocess.run(cmd[:-1] + ["--no-progress"], capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stderr
    with Store(db, read_only=True) as s:
        assert s.count("articles") == n
        assert s.con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == n
        assert s.count("parses") == n
        assert s.con.execute("SELECT count(*) FROM (SELECT article_id FROM sentences GROUP BY article_id)").fetchone()[0] == n


def test_extract_prints_one_object_per_article(tmp_path, seed_text):
    f = tmp_path / "seed.txt"
    f.write_text(seed_text, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(f)])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert obj["schema_version"] == 1
    art = obj["article"]
    assert art["date"] == "2025-05-21"
    for key in ("events", "statements", "actors", "sentences", "mentions"):
        assert isinstance(obj[key], list)
    for m in obj["mentions"]:
        assert art["text"][m["start"]:m["end"]] == m["text"]
    for e in obj["events"]:
        assert art["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]


def test_workers_2_matches_workers_1(tmp_path):
    data = tmp_path / "w.jsonl"
    data.write_text("".join(json.dumps({"id": f"w{i}", "date": "2025-02-02", "text": t}) + "\n" for i, t in enumerate(GOOD_TEXTS)), encoding="utf-8")
    out = {}
    for w in (1, 2):
        db = str(tmp_path / f"w{w}.duckdb")
        res = CliRunner().invoke(main, ["ingest", str(data), "--db", db, "--workers", str(w), "--batch-size", "2", "--json"])
        assert res.exit_code == 0, res.output
        with Store(db, read_only=True) as s:
            out[w] = (
                s.con.execute("SELECT id, n_chars FROM articles ORDER BY id").fetchall(),
                s.con.execute("SELECT article_id, idx, start, \"end\" FROM sentences ORDER BY ALL").fetchall(),
                s.con.execute("SELECT id, cameo FROM events ORDER BY id").fetchall(),
            )
    assert out[1] == out[2]


def test_recode_without_reparsing(tmp_path, seed_text):
    f = tmp_path / "seed.txt"
    f.write_text(seed_text, encoding="utf-8")
    db = str(tmp_path / "r.duckdb")
    assert CliRunner().invoke(main, ["ingest", str(f), "--db", db, "--no-coders"]).exit_code == 0
    with Store(db, read_only=True) as s:
        assert s.count("events") == 0
        parsed_at = s.con.execute("SELECT parsed_at FROM parses").fetchall()
    res = CliRunner().invoke(main, ["recode", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as s:
        assert s.count("events") > 0 and s.count("statements") > 0
        assert s.con.execute("SELECT parsed_at FROM parses").fetchall() == parsed_at


def test_recode_flags_a_coding_error_like_ingest_and_clears_it_later(tmp_path, monkeypatch):
    """A coding bug on one article: recode keeps it stored, uncoded and flagged; the next good run clears it."""
    import eventwire.events as analyze_mod

    src = tmp_path / "in"
    src.mkdir()
    for i, t in enumerate(GOOD_TEXTS[:3]):
        (src / f"doc_{i}.txt").write_text(t + "\n", encoding="utf-8")
    db = str(tmp_path / "e.duckdb")
    assert CliRunner().invoke(main, ["ingest", str(src), "--db", db]).exit_code == 0
    with Store(db, read_only=True) as s:
        (victim,) = s.con.execute("SELECT article_id FROM events GROUP BY article_id ORDER BY article_id LIMIT 1").fetchone()
        others_before = s.con.execute("SELECT count(*) FROM events WHERE article_id <> $1", [victim]).fetchone()[0]

    real = analyze_mod.code_events

    def broken(doc, article, actors, statements):
        if article.id == victim:
            raise ValueError("rule table is broken")
        return real(doc, article, actors, statements)

    monkeypatch.setattr(analyze_mod, "code_events", broken)
    res = CliRunner().invoke(main, ["recode", "--db", db, "--json"])
    assert f"{victim}: ValueError: rule table is broken" in res.output
    with Store(db, read_only=True) as s:
        assert s.con.execute("SELECT count(*) FROM events WHERE article_id = $1", [victim]).fetchone()[0] == 0
        flags = s.con.execute("SELECT flags FROM articles WHERE id = $1", [victim]).fetchone()[0]
        assert "coding-error:ValueError: rule table is broken" in flags
        assert s.con.execute("SELECT count(*) FROM events WHERE article_id <> $1", [victim]).fetchone()[0] == others_before

    monkeypatch.setattr(analyze_mod, "code_events", real)
    res = CliRunner().invoke(main, ["recode", "--db", db, "--json"])
    assert res.exit_code == 0 and "rule table is broken" not in res.output
    with Store(db, read_only=True) as s:
        after = s.con.execute("SELECT flags FROM articles WHERE id = $1", [victim]).fetchone()[0]
        assert not [f for f in after if f.startswith("coding-error")] and len(after) == len(flags) - 1
        assert s.con.execute("SELECT count(*) FROM events WHERE article_id = $1", [victim]).fetchone()[0] > 0


def test_extract_reports_a_coding_error_and_still_prints_the_article(tmp_path, monkeypatch):
    """extract keeps going past an article whose coding fails, prints it uncoded, says so on stderr, exits 1."""
    import eventwire.events as analyze_mod

    paths = []
    for i, t in enumerate(GOOD_TEXTS[:2]):
        p = tmp_path / f"doc_{i}.txt"
        p.write_text(t + "\n", encoding="utf-8")
        paths.append(str(p))
    real = analyze_mod.code_events

    def broken(doc, article, actors, statements):
        if article.text.startswith(GOOD_TEXTS[0][:20]):
            raise ValueError("rule table is broken")
        return real(doc, article, actors, statements)

    monkeypatch.setattr(analyze_mod, "code_events", broken)
    res = CliRunner().invoke(main, ["extract", *paths])
    assert res.exit_code == 1
    assert "coding error in" in res.stderr and "ValueError: rule table is broken" in res.stderr
    objs = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert len(objs) == 2
    by_flag = sorted(objs, key=lambda o: not any(f.startswith("coding-error") for f in o["article"]["flags"]))
    assert by_flag[0]["events"] == [] and by_flag[1]["events"]


def test_analyze_texts_raises_on_a_coding_error(monkeypatch):
    """In-memory analysis (evaluation, tests) must not mistake a coder bug for an article without events."""
    import eventwire.events as analyze_mod
    from eventwire.pipeline import analyze_texts
    from eventwire.records import Article

    def broken(doc, article, actors, statements):
        raise ValueError("rule table is broken")

    monkeypatch.setattr(analyze_mod, "code_events", broken)
    with pytest.raises(RuntimeError, match="coding error in a1: ValueError: rule table is broken"):
        analyze_texts([Article(id="a1", text=GOOD_TEXTS[0], date="2025-05-21")])
