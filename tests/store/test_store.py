"""The store: migrations, atomic batch writes, duplicates, rejections, queries and exports."""

from __future__ import annotations

import json

import duckdb
import pytest

from eventwire.records import (
    ActorMention,
    ActorRef,
    Analysis,
    Article,
    Event,
    Rejection,
    Sentence,
    Span,
    Statement,
)
from eventwire.store import Store, StoreError
from eventwire.store import queries as q
from eventwire.store.schema import LATEST_VERSION

TEXT = "The United States imposed sanctions on Russia on Monday, officials said."


def _analysis(aid: str = "a1", text: str = TEXT, date: str = "2025-05-21") -> Analysis:
    art = Article(id=aid, text=text, title="T " + aid, date=date, outlet="Wire", url=f"http://x/{aid}")
    usa = ActorRef("The United States", 0, 17, "USA", "USA", None, "United States", "kb:country")
    rus = ActorRef("Russia", 39, 45, "RUS", "RUS", None, "Russia", "kb:country")
    stmt = Statement(
        id="s-" + aid, speaker=ActorRef("officials", 57, 66, None, None, "GOV", None, "agent"),
        cue=Span("said", 67, 71), content=Span(text[:55], 0, 55), kind="indirect", date=date,
        sentence_index=0, chain=("Wire", "officials"), anonymous=True, anonymous_phrase="officials said",
    )
    ev = Event(
        id="e-" + aid, source=usa, target=rus, cameo="163", root="16", goldstein=-8.0, quad_class=4,
        plover="SANCTION", plover_mode="", negated=False, hypothetical=False, date="2025-05-19",
        sentence=text, sentence_index=0, trigger=Span("imposed", 18, 25), rule="impose_sanctions",
        confidence=0.9, statement="s-" + aid,
    )
    return Analysis(
        article=art, sentences=(Sentence(0, 0, len(text), text),),
        actors=(ActorMention(usa, 0), ActorMention(rus, 0)), events=(ev,), statements=(stmt,), doc_bytes=b"\x00doc",
    )


def test_new_store_is_migrated_and_reopening_is_idempotent(db_path):
    with Store(db_path) as s:
        assert s.schema_version() == LATEST_VERSION
    with Store(db_path) as s:
        assert s.migrate() == []
        n = s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
        assert n == LATEST_VERSION


def test_newer_schema_is_refused(db_path):
    with Store(db_path) as s:
        s.con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(StoreError, match="newer than this eventwire"):
        Store(db_path)


def test_read_only_on_missing_file_names_the_file(tmp_path):
    with pytest.raises(StoreError, match="missing.duckdb"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_write_and_query_roundtrip(db_path):
    with Store(db_path) as s:
        s.write_analyses([_analysis("a1"), _analysis("a2", TEXT + " ")], model="m", model_version="1")
        assert s.count("articles") == 2 and s.count("events") == 2 and s.count("statements") == 2
        ids, hashes = s.known([Article(id="a1", text="other"), Article(id="zz", text=TEXT)])
        assert ids == {"a1"} and len(hashes) == 1
        rows = q.events(s, dyad=("RUS", "USA")).dicts()
        assert [r["cameo"] for r in rows] == ["163", "163"]
        assert q.events(s, actor="CHN").rows == []
        assert len(q.events(s, claims="facts").rows) == 0
        assert len(q.events(s, claims="reported").rows) == 2
        series = q.dyad(s, "USA", "RUS", by="month").dicts()
        assert series == [
            {"period": "2025-05-01", "direction": "USA->RUS", "events": 2, "verbal_coop": 0, "material_coop": 0,
             "verbal_conflict": 0, "material_conflict": 2, "goldstein_sum": -16.0, "goldstein_mean": -8.0}
        ]
        st = q.statements(s, anonymous=True, about="RUS").dicts()
        assert len(st) == 2 and st[0]["chain"] == "Wire -> officials"
        batches = list(s.iter_parses(batch_size=1))
        assert [b[0][0].id for b in batches] == ["a1", "a2"] and batches[0][0][1] == b"\x00doc"


def test_failed_batch_leaves_nothing(db_path):
    with Store(db_path) as s:
        s.write_analyses([_analysis("a1")], model="m", model_version="1")
        # a1 again violates the primary key: the whole batch (including a3) must roll back
        with pytest.raises(duckdb.Error):
            s.write_analyses([_analysis("a3", "x"), _analysis("a1")], model="m", model_version="1")
        assert s.count("articles") == 1 and s.count("events") == 1 and s.count("parses") == 1


def test_recode_replaces_codings(db_path):
    with Store(db_path) as s:
        s.write_analyses([_analysis("a1")], model="m", model_version="1")
        a = _analysis("a1")
        s.replace_codings([Analysis(article=a.article, events=(), statements=a.statements)])
        assert s.count("events") == 0 and s.count("statements") == 1 and s.count("articles") == 1


def test_rejections_are_not_duplicated_on_rerun(db_path):
    with Store(db_path) as s:
        r = Rejection(path="bad.jsonl", line=3, reason="invalid JSON: Expecting value")
        s.write_rejections([r])
        s.write_rejections([r, Rejection(path="dup.txt", reason="duplicate", kind="duplicate")])
        rows = q.rejections(s).dicts()
        assert len(rows) == 1 and rows[0]["times"] == 2 and rows[0]["line"] == 3


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
@pytest.mark.parametrize("columns", ["eventwire", "gdelt", "polecat"])
def test_export_formats(db_path, tmp_path, fmt, columns):
    with Store(db_path) as s:
        s.write_analyses([_analysis("a1")], model="m", model_version="1")
        out = tmp_path / f"ev.{fmt}"
        assert q.export(s, table="events", fmt=fmt, out=out, columns=columns) == 1
    reader = {"parquet": "read_parquet", "csv": "read_csv_auto", "jsonl": "read_json_auto"}[fmt]
    con = duckdb.connect()
    row = con.execute(f"SELECT * FROM {reader}('{out}')").fetchall()
    cols = [d[0] for d in con.description]
    assert len(row) == 1
    expected = {"eventwire": "cameo", "gdelt": "EventCode", "polecat": "Event Type"}[columns]
    assert expected in cols
    if fmt == "jsonl":
        assert json.loads(out.read_text().splitlines()[0])


def test_export_rejects_bad_options(db_path, tmp_path):
    with Store(db_path) as s:
        with pytest.raises(q.QueryError, match="unknown table"):
            q.export(s, table="nope", fmt="csv", out=tmp_path / "x")
        with pytest.raises(q.QueryError, match="events only"):
            q.export(s, table="articles", fmt="csv", out=tmp_path / "x", columns="gdelt")
        with pytest.raises(q.QueryError, match="YYYY-MM-DD"):
            q.events(s, since="May 2025")


def test_stats(db_path):
    with Store(db_path) as s:
        s.write_analyses([_analysis("a1")], model="m", model_version="1")
        st = q.stats(s)
    assert st["articles"] == 1 and st["events_by_root"] == {"16": 1} and st["dates"]["first"] == "2025-05-21"
