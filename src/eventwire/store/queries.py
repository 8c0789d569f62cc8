"""Read-side queries over the store: articles, stats, events, dyads, statements, exports."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventwire.store.db import Store


class QueryError(Exception):
    """A query option is invalid (bad date, unknown format or column set)."""


@dataclass(frozen=True)
class Rows:
    """A query result: column names and row tuples."""

    columns: list[str]
    rows: list[tuple[Any, ...]]

    def dicts(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]


def _fetch(store: Store, sql: str, params: list[Any] | None = None) -> Rows:
    cur = store.con.execute(sql, params or [])
    cols = [d[0] for d in cur.description] if cur.description else []
    return Rows(cols, cur.fetchall())


def _check_date(value: str | None, name: str) -> str | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from exc


def articles(store: Store, *, limit: int | None = None) -> Rows:
    """Stored articles with their counts of sentences, events and statements."""
    sql = """
        SELECT a.id, strftime(a.date, '%Y-%m-%d') AS date, a.outlet, a.title, a.n_chars,
               (SELECT count(*) FROM sentences s WHERE s.article_id = a.id) AS sentences,
               (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,
               (SELECT count(*) FROM statements t WHERE t.article_id = a.id) AS statements,
               a.flags, a.source_path, a.url
        FROM articles a ORDER BY a.date NULLS LAST, a.id"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _fetch(store, sql)


def stats(store: Store) -> dict[str, Any]:
    """Counts, date range, rejections by reason and events by root of the store."""
    con = store.con
    out: dict[str, Any] = {"db": store.path, "schema_version": store.schema_version()}
    for table in ("articles", "parses", "sentences", "mentions", "actors", "events", "statements", "rejections"):
        out[table] = store.count(table)
    row = con.execute("SELECT strftime(min(date), '%Y-%m-%d'), strftime(max(date), '%Y-%m-%d'), count(*) FILTER (WHERE date IS NULL) FROM articles").fetchone()
    out["dates"] = {"first": row[0], "last": row[1], "unknown": row[2]} if row else {}
    out["outlets"] = dict(con.execute("SELECT coalesce(outlet, '(none)'), count(*) c FROM articles GROUP BY 1 ORDER BY c DESC, 1 LIMIT 10").fetchall())
    out["events_by_root"] = dict(con.execute("SELECT root, count(*) FROM events GROUP BY root ORDER BY root").fetchall())
    out["events_by_quad_class"] = {str(k): v for k, v in con.execute("SELECT quad_class, count(*) FROM events GROUP BY 1 ORDER BY 1").fetchall()}
    out["events_negated"] = con.execute("SELECT count(*) FROM events WHERE negated").fetchone()[0]  # type: ignore[index]
    out["events_hypothetical"] = con.execute("SELECT count(*) FROM events WHERE hypothetical").fetchone()[0]  # type: ignore[index]
    out["statements_anonymous"] = con.execute("SELECT count(*) FROM statements WHERE anonymous").fetchone()[0]  # type: ignore[index]
    out["rejections_by_reason"] = dict(
        con.execute(
            "SELECT regexp_replace(reason, '[:(].*$', '') r, count(*) c FROM rejections GROUP BY r ORDER BY c DESC"
        ).fetchall()
    )
    out["runs"] = [
        dict(zip(["command", "started_at", "stored", "duplicates", "rejected", "seconds"], (str(x) if i == 1 else x for i, x in enumerate(r)), strict=True))
        for r in con.execute("SELECT command, started_at, stored, duplicates, rejected, seconds FROM runs ORDER BY started_at DESC LIMIT 5").fetchall()
    ]
    return out


def rejections(store: Store) -> Rows:
    """Rejected inputs with their reasons."""
    return _fetch(store, "SELECT path, line, reason, times, strftime(last_seen, '%Y-%m-%d %H:%M:%S') AS last_seen FROM rejections ORDER BY path, line")


class _Where:
    """WHERE clauses and their positional parameters, built together."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def param(self, value: Any) -> int:
        """Add a parameter; return its $ number."""
        self.params.append(value)
        return len(self.params)


def _actor_clause(prefix: str, n: int) -> str:
    """SQL matching actor parameter $n on a source/target/speaker prefix (code prefix, country or name)."""
    return (
        f"({prefix}_code LIKE ${n} || '%' OR {prefix}_country = ${n} OR lower({prefix}_name) = lower(${n}))"
    )


EVENT_COLUMNS = """e.id, strftime(e.date, '%Y-%m-%d') AS date, e.source_code, e.source_country, e.source_sector, e.source_text,
    e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.plover_mode,
    e.target_code, e.target_country, e.target_sector, e.target_text,
    e.negated, e.hypothetical, e.modality, e.statement_id, e.trigger_text, e.rule, e.confidence,
    e.article_id, e.sentence_index, e.sentence"""


def events(
    store: Store,
    *,
    actor: str | None = None,
    dyad: tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    cameo: str | None = None,
    plover: str | None = None,
    claims: str = "all",
    include_negated: bool = True,
    limit: int | None = None,
) -> Rows:
    """Events filtered by actor, directed-or-not dyad, date range, CAMEO prefix, PLOVER type, sourcing."""
    w = _Where()
    where, p = w.clauses, w.param

    if actor:
        n = p(actor)
        where.append(f"({_actor_clause('source', n)} OR {_actor_clause('target', n)})")
    if dyad:
        a, b = p(dyad[0]), p(dyad[1])
        where.append(
            f"(({_actor_clause('source', a)} AND {_actor_clause('target', b)}) OR "
            f"({_actor_clause('source', b)} AND {_actor_clause('target', a)}))"
        )
    if since:
        where.append(f"e.date >= ${p(_check_date(since, '--since'))}::DATE")
    if until:
        where.append(f"e.date <= ${p(_check_date(until, '--until'))}::DATE")
    if cameo:
        where.append(f"e.cameo LIKE ${p(cameo)} || '%'")
    if plover:
        where.append(f"upper(e.plover) = upper(${p(plover)})")
    if claims == "reported":
        where.append("e.statement_id IS NOT NULL")
    elif claims == "facts":
        where.append("e.statement_id IS NULL")
    elif claims != "all":
        raise QueryError(f"--claims must be all, facts or reported, got {claims!r}")
    if not include_negated:
        where.append("NOT e.negated")
    sql = f"SELECT {EVENT_COLUMNS} FROM events e"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.date NULLS LAST, e.article_id, e.sentence_index, e.trigger_start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _fetch(store, sql, w.params)


def dyad(store: Store, a: str, b: str, *, by: str = "month", include_reported: bool = True) -> Rows:
    """Events between actors A and B per period: counts per quad class and summed Goldstein, per direction.

    Negated and hypothetical events (threats and intents stay: CAMEO codes them as their own acts)
    are left out, since they did not happen.
    """
    if by not in ("day", "week", "month", "year"):
        raise QueryError(f"--by must be day, week, month or year, got {by!r}")
    params: list[Any] = [a, b]
    direction = (
        f"CASE WHEN {_actor_clause('source', 1)} AND {_actor_clause('target', 2)} THEN $1 || '->' || $2 "
        f"ELSE $2 || '->' || $1 END"
    )
    sql = f"""
        SELECT strftime(date_trunc('{by}', e.date), '%Y-%m-%d') AS period, {direction} AS direction,
               count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               round(sum(goldstein), 2) AS goldstein_sum,
               round(avg(goldstein), 2) AS goldstein_mean
        FROM events e
        WHERE NOT e.negated AND NOT e.hypothetical AND e.date IS NOT NULL
          AND (({_actor_clause('source', 1)} AND {_actor_clause('target', 2)}) OR
               ({_actor_clause('source', 2)} AND {_actor_clause('target', 1)}))
          {"" if include_reported else "AND e.statement_id IS NULL"}
        GROUP BY 1, 2 ORDER BY 1, 2"""
    return _fetch(store, sql, params)


def statements(
    store: Store,
    *,
    speaker: str | None = None,
    about: str | None = None,
    anonymous: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> Rows:
    """Statements filtered by speaker, actor mentioned in the content, anonymity and date range."""
    w = _Where()
    where, p = w.clauses, w.param

    if speaker:
        n = p(speaker)
        where.append(f"({_actor_clause('speaker', n)} OR s.speaker_text ILIKE '%' || ${n} || '%')")
    if about:
        n = p(about)
        where.append(
            "EXISTS (SELECT 1 FROM actors a WHERE a.article_id = s.article_id "
            "AND a.actor_start >= s.content_start AND a.actor_end <= s.content_end "
            f"AND {_actor_clause('actor', n)})"
        )
    if anonymous is not None:
        where.append("s.anonymous" if anonymous else "NOT s.anonymous")
    if since:
        where.append(f"s.date >= ${p(_check_date(since, '--since'))}::DATE")
    if until:
        where.append(f"s.date <= ${p(_check_date(until, '--until'))}::DATE")
    sql = """SELECT s.id, strftime(s.date, '%Y-%m-%d') AS date, s.speaker_text, s.speaker_code, s.cue_text,
                    s.kind, s.anonymous, s.anonymous_phrase, s.hedged, s.hedge_phrase,
                    array_to_string(s.chain, ' -> ') AS chain, s.content_text, s.article_id, s.sentence_index
             FROM statements s"""
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.date NULLS LAST, s.article_id, s.content_start"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return _fetch(store, sql, w.params)


#: Column sets for `export --columns`: eventwire's own, GDELT-like and POLECAT-like names.
EXPORT_COLUMN_SETS: dict[str, str] = {
    "eventwire": "e.*, a.url AS article_url, a.outlet AS article_outlet",
    "gdelt": """e.id AS GLOBALEVENTID, CAST(strftime(e.date, '%Y%m%d') AS INTEGER) AS SQLDATE,
        e.source_code AS Actor1Code, e.source_name AS Actor1Name, e.source_country AS Actor1CountryCode,
        e.source_sector AS Actor1Type1Code, e.target_code AS Actor2Code, e.target_name AS Actor2Name,
        e.target_country AS Actor2CountryCode, e.target_sector AS Actor2Type1Code,
        e.cameo AS EventCode, substr(e.cameo, 1, 3) AS EventBaseCode, e.root AS EventRootCode,
        e.quad_class AS QuadClass, e.goldstein AS GoldsteinScale, CAST(e.negated AS INTEGER) AS IsNegated,
        CAST(e.hypothetical AS INTEGER) AS IsHypothetical, a.url AS SOURCEURL, e.article_id AS ArticleId,
        e.sentence AS Sentence""",
    "polecat": """e.id AS "Event ID", strftime(e.date, '%Y-%m-%d') AS "Event Date", e.plover AS "Event Type",
        e.plover_mode AS "Event Mode", e.cameo AS "CAMEO Code", e.source_name AS "Actor Name",
        e.source_country AS "Actor Country", e.source_sector AS "Actor Sector",
        e.target_name AS "Recipient Name", e.target_country AS "Recipient Country",
        e.target_sector AS "Recipient Sector", e.negated AS "Negated", e.hypothetical AS "Hypothetical",
        e.modality AS "Modality", e.statement_id AS "Statement ID", a.outlet AS "Publisher", a.url AS "Source",
        e.article_id AS "Story ID", e.sentence AS "Text" """,
}

EXPORT_TABLES = ("events", "articles", "statements", "actors", "sentences", "mentions", "rejections")
EXPORT_FORMATS = ("parquet", "csv", "jsonl")


def export(store: Store, *, table: str, fmt: str, out: Path, columns: str = "eventwire") -> int:
    """Write a table to Parquet, CSV or JSONL with DuckDB's COPY; returns the rows written."""
    if table not in EXPORT_TABLES:
        raise QueryError(f"unknown table {table!r}; choose one of {', '.join(EXPORT_TABLES)}")
    if fmt not in EXPORT_FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if columns != "eventwire" and table != "events":
        raise QueryError("--columns gdelt/polecat applies to --table events only")
    if columns not in EXPORT_COLUMN_SETS:
        raise QueryError(f"unknown column set {columns!r}; choose one of {', '.join(EXPORT_COLUMN_SETS)}")
    if table == "events":
        query = f"SELECT {EXPORT_COLUMN_SETS[columns]} FROM events e LEFT JOIN articles a ON a.id = e.article_id ORDER BY e.date, e.id"
    elif table == "sentences":
        query = (
            "SELECT s.article_id, s.idx, s.start, s.\"end\", substr(a.text, s.start + 1, s.\"end\" - s.start) AS text "
            "FROM sentences s JOIN articles a ON a.id = s.article_id ORDER BY s.article_id, s.idx"
        )
    else:
        query = f"SELECT * FROM {table}"
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}[fmt]
    out.parent.mkdir(parents=True, exist_ok=True)
    store.con.execute(f"COPY ({query}) TO '{_sql_str(str(out))}' ({options})")
    row = store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()
    return int(row[0]) if row else 0


def _sql_str(s: str) -> str:
    return s.replace("'", "''")
