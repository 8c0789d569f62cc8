"""The embedded DuckDB store: opening and migrating it, and the one writer of analyses.

Every article is written with its parse, sentences, mentions and codings in the same
transaction as the rest of its batch, so a process killed part-way leaves either the whole
article or nothing: re-running the same command completes the work without duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb

from eventwire.records import ActorRef, Analysis, Article, Rejection, Span
from eventwire.store.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = "eventwire.duckdb"


class StoreError(Exception):
    """The store cannot be opened or is of a newer schema than this eventwire knows."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, tuple[str, list[Any]]]) -> None:
    """Insert many rows column-wise (one statement, lists unnested) - far faster than executemany."""
    if not columns:
        return
    lengths = {len(v[1]) for v in columns.values()}
    if len(lengths) != 1:
        raise ValueError(f"columns of unequal length for {table}: {lengths}")
    if lengths == {0}:
        return
    names = list(columns)
    selects = ", ".join(f"unnest(${i + 1}::{columns[n][0]}[]) AS c{i}" for i, n in enumerate(names))
    quoted = ", ".join(f'"{n}"' for n in names)
    con.execute(f"INSERT INTO {table} ({quoted}) SELECT * FROM (SELECT {selects})", [columns[n][1] for n in names])


def _actor_columns(prefix: str, refs: Sequence[ActorRef | None]) -> dict[str, tuple[str, list[Any]]]:
    def col(attr: str) -> list[Any]:
        return [getattr(r, attr) if r is not None else None for r in refs]

    return {
        f"{prefix}_text": ("VARCHAR", col("text")),
        f"{prefix}_start": ("INTEGER", col("start")),
        f"{prefix}_end": ("INTEGER", col("end")),
        f"{prefix}_code": ("VARCHAR", col("code")),
        f"{prefix}_country": ("VARCHAR", col("country")),
        f"{prefix}_sector": ("VARCHAR", col("sector")),
        f"{prefix}_name": ("VARCHAR", col("name")),
        f"{prefix}_why": ("VARCHAR", col("why")),
    }


def _span_columns(prefix: str, spans: Sequence[Span | None]) -> dict[str, tuple[str, list[Any]]]:
    return {
        f"{prefix}_text": ("VARCHAR", [s.text if s else None for s in spans]),
        f"{prefix}_start": ("INTEGER", [s.start if s else None for s in spans]),
        f"{prefix}_end": ("INTEGER", [s.end if s else None for s in spans]),
    }


class Store:
    """A DuckDB file holding articles, parses and codings; the single writer connection."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and not Path(self.path).exists():
            raise StoreError(f"store {self.path} does not exist; create it with `eventwire ingest PATH --db {self.path}`")
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        if read_only:
            if self.schema_version() < LATEST_VERSION:
                raise StoreError(f"store {self.path} is at schema {self.schema_version()}; run any writing command to migrate")
        else:
            self.migrate()

    def close(self) -> None:
        """Close the connection (checkpointing the write-ahead log)."""
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------
    def schema_version(self) -> int:
        """The highest migration applied to this store (0 for a new file)."""
        has = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchone()
        if not has or not has[0]:
            return 0
        row = self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
        return int(row[0]) if row else 0

    def migrate(self) -> list[int]:
        """Apply pending migrations, each in its own transaction; return the versions applied."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {current}, newer than this eventwire ({LATEST_VERSION}); upgrade eventwire"
            )
        applied = []
        for m in MIGRATIONS:
            if m.version <= current:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                for sql in m.statements:
                    self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [m.version, m.name, _now()])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
            applied.append(m.version)
        return applied

    # -- writing -------------------------------------------------------------------------------
    def known(self, articles: Sequence[Article]) -> tuple[set[str], set[str]]:
        """Ids and content hashes among `articles` that the store already holds."""
        if not articles:
            return set(), set()
        ids = [a.id for a in articles]
        hashes = [a.content_hash for a in articles]
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[])) "
            "OR content_hash IN (SELECT unnest($2::VARCHAR[]))",
            [ids, hashes],
        ).fetchall()
        return {r[0] for r in rows}, {r[1] for r in rows}

    def write_analyses(self, analyses: Sequence[Analysis], *, model: str, model_version: str) -> None:
        """Store a batch of analysed articles (article, parse, sentences, mentions, codings) atomically."""
        if not analyses:
            return
        now = _now()
        self.con.execute("BEGIN TRANSACTION")
        try:
            arts = [a.article for a in analyses]
            insert_columns(
                self.con,
                "articles",
                {
                    "id": ("VARCHAR", [a.id for a in arts]),
                    "content_hash": ("VARCHAR", [a.content_hash for a in arts]),
                    "title": ("VARCHAR", [a.title for a in arts]),
                    "date": ("DATE", [a.date for a in arts]),
                    "date_source": ("VARCHAR", [a.date_source for a in arts]),
                    "outlet": ("VARCHAR", [a.outlet for a in arts]),
                    "url": ("VARCHAR", [a.url for a in arts]),
                    "language": ("VARCHAR", [a.language for a in arts]),
                    "source_path": ("VARCHAR", [a.source_path for a in arts]),
                    "flags": ("VARCHAR[]", [list(a.flags) for a in arts]),
                    "n_chars": ("INTEGER", [len(a.text) for a in arts]),
                    "text": ("VARCHAR", [a.text for a in arts]),
                    "ingested_at": ("TIMESTAMP", [now] * len(arts)),
                },
            )
            insert_columns(
                self.con,
                "parses",
                {
                    "article_id": ("VARCHAR", [a.article.id for a in analyses]),
                    "model": ("VARCHAR", [model] * len(analyses)),
                    "model_version": ("VARCHAR", [model_version] * len(analyses)),
                    "doc": ("BLOB", [a.doc_bytes for a in analyses]),
                    "parsed_at": ("TIMESTAMP", [now] * len(analyses)),
                },
            )
            sents = [(a.article.id, s) for a in analyses for s in a.sentences]
            insert_columns(
                self.con,
                "sentences",
                {
                    "article_id": ("VARCHAR", [x[0] for x in sents]),
                    "idx": ("INTEGER", [x[1].index for x in sents]),
                    "start": ("INTEGER", [x[1].start for x in sents]),
                    "end": ("INTEGER", [x[1].end for x in sents]),
                },
            )
            ments = [(a.article.id, m) for a in analyses for m in a.mentions]
            insert_columns(
                self.con,
                "mentions",
                {
                    "article_id": ("VARCHAR", [x[0] for x in ments]),
                    "idx": ("INTEGER", [x[1].index for x in ments]),
                    "sentence_index": ("INTEGER", [x[1].sentence_index for x in ments]),
                    "label": ("VARCHAR", [x[1].label for x in ments]),
                    "text": ("VARCHAR", [x[1].text for x in ments]),
                    "start": ("INTEGER", [x[1].start for x in ments]),
                    "end": ("INTEGER", [x[1].end for x in ments]),
                },
            )
            self._insert_codings(analyses)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def replace_codings(self, analyses: Sequence[Analysis], flags: Mapping[str, Sequence[str]] | None = None) -> None:
        """Replace the actors, events and statements of already stored articles (for recode).

        `flags` maps article ids to their new flags (a coding error set or cleared), written in the
        same transaction.
        """
        if not analyses:
            return
        ids = [a.article.id for a in analyses]
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table in ("actors", "events", "statements"):
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest($1::VARCHAR[]))", [ids])
            for aid, new in (flags or {}).items():
                self.con.execute("UPDATE articles SET flags = $1 WHERE id = $2", [list(new), aid])
            self._insert_codings(analyses)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _insert_codings(self, analyses: Sequence[Analysis]) -> None:
        acts = [(a.article.id, i, m) for a in analyses for i, m in enumerate(a.actors)]
        insert_columns(
            self.con,
            "actors",
            {
                "article_id": ("VARCHAR", [x[0] for x in acts]),
                "idx": ("INTEGER", [x[1] for x in acts]),
                "sentence_index": ("INTEGER", [x[2].sentence_index for x in acts]),
                "kind": ("VARCHAR", [x[2].kind for x in acts]),
                **_actor_columns("actor", [x[2].actor for x in acts]),
            },
        )
        # Ids are deterministic; one article may yield the same event twice only by a coder bug,
        # so keep the first rather than failing the batch on the primary key.
        seen: set[str] = set()
        evs = []
        for a in analyses:
            for e in a.events:
                if e.id not in seen:
                    seen.add(e.id)
                    evs.append((a.article.id, e))
        insert_columns(
            self.con,
            "events",
            {
                "id": ("VARCHAR", [e.id for _, e in evs]),
                "article_id": ("VARCHAR", [aid for aid, _ in evs]),
                "sentence_index": ("INTEGER", [e.sentence_index for _, e in evs]),
                "date": ("DATE", [e.date for _, e in evs]),
                **_actor_columns("source", [e.source for _, e in evs]),
                **_actor_columns("target", [e.target for _, e in evs]),
                "cameo": ("VARCHAR", [e.cameo for _, e in evs]),
                "root": ("VARCHAR", [e.root for _, e in evs]),
                "goldstein": ("DOUBLE", [e.goldstein for _, e in evs]),
                "quad_class": ("INTEGER", [e.quad_class for _, e in evs]),
                "plover": ("VARCHAR", [e.plover for _, e in evs]),
                "plover_mode": ("VARCHAR", [e.plover_mode for _, e in evs]),
                "negated": ("BOOLEAN", [e.negated for _, e in evs]),
                "hypothetical": ("BOOLEAN", [e.hypothetical for _, e in evs]),
                "modality": ("VARCHAR", [e.modality for _, e in evs]),
                "statement_id": ("VARCHAR", [e.statement for _, e in evs]),
                **_span_columns("trigger", [e.trigger for _, e in evs]),
                "rule": ("VARCHAR", [e.rule for _, e in evs]),
                "confidence": ("DOUBLE", [e.confidence for _, e in evs]),
                "flags": ("VARCHAR[]", [list(e.flags) for _, e in evs]),
                "sentence": ("VARCHAR", [e.sentence for _, e in evs]),
            },
        )
        seen.clear()
        sts = []
        for a in analyses:
            for s in a.statements:
                if s.id not in seen:
                    seen.add(s.id)
                    sts.append((a.article.id, s))
        insert_columns(
            self.con,
            "statements",
            {
                "id": ("VARCHAR", [s.id for _, s in sts]),
                "article_id": ("VARCHAR", [aid for aid, _ in sts]),
                "sentence_index": ("INTEGER", [s.sentence_index for _, s in sts]),
                "date": ("DATE", [s.date for _, s in sts]),
                **_actor_columns("speaker", [s.speaker for _, s in sts]),
                **_span_columns("cue", [s.cue for _, s in sts]),
                **_span_columns("content", [s.content for _, s in sts]),
                "kind": ("VARCHAR", [s.kind for _, s in sts]),
                "chain": ("VARCHAR[]", [list(s.chain) for _, s in sts]),
                "anonymous": ("BOOLEAN", [s.anonymous for _, s in sts]),
                "anonymous_phrase": ("VARCHAR", [s.anonymous_phrase for _, s in sts]),
                "hedged": ("BOOLEAN", [s.hedged for _, s in sts]),
                "hedge_phrase": ("VARCHAR", [s.hedge_phrase for _, s in sts]),
                "rule": ("VARCHAR", [s.rule for _, s in sts]),
            },
        )

    def write_rejections(self, rejections: Iterable[Rejection]) -> None:
        """Record rejected inputs; the same rejection seen again updates its time and count."""
        now = _now()
        rows = [r for r in rejections if r.kind == "rejected"]
        if not rows:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            for r in rows:
                self.con.execute(
                    "INSERT INTO rejections VALUES (?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO UPDATE SET "
                    "last_seen = excluded.last_seen, times = rejections.times + 1",
                    [r.id, r.path, r.line, r.reason, now, now],
                )
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def start_run(self, run_id: str, command: str) -> None:
        """Record the start of a command run."""
        self.con.execute(
            "INSERT INTO runs (id, command, started_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING",
            [run_id, command, _now()],
        )

    def finish_run(self, run_id: str, *, stored: int, duplicates: int, rejected: int, seconds: float) -> None:
        """Record the outcome of a command run."""
        self.con.execute(
            "UPDATE runs SET finished_at = ?, stored = ?, duplicates = ?, rejected = ?, seconds = ? WHERE id = ?",
            [_now(), stored, duplicates, rejected, seconds, run_id],
        )

    # -- reading -------------------------------------------------------------------------------
    def iter_parses(self, batch_size: int = 64, article_ids: Sequence[str] | None = None) -> Iterable[list[tuple[Article, bytes]]]:
        """Stored articles with their serialized parse, in batches (streamed, ordered by id)."""
        last = ""
        while True:
            # ids first (small), then the rows with their parse: sorting the joined blobs is slow
            params: list[Any] = [last, batch_size]
            where = "id > $1"
            if article_ids is not None:
                where += " AND id IN (SELECT unnest($3::VARCHAR[]))"
                params.append(list(article_ids))
            ids = [r[0] for r in self.con.execute(f"SELECT id FROM articles WHERE {where} ORDER BY id LIMIT $2", params).fetchall()]
            if not ids:
                return
            # Articles and parses are read apart: a join (or an IN-subquery) on the parses table reads
            # every stored blob for each batch, while a range on the key is filtered inside the scan
            # (measured on 4,000 stored parses: 0.37 s for all batches against 2.26 s).
            rows = self.con.execute(
                "SELECT id, text, title, strftime(date, '%Y-%m-%d'), date_source, outlet, url, "
                "language, source_path, flags FROM articles WHERE id IN (SELECT unnest($1::VARCHAR[]))",
                [ids],
            ).fetchall()
            if article_ids is None:  # the batch is every stored id in [first, last]: the range is exact
                docs = dict(self.con.execute(
                    "SELECT article_id, doc FROM parses WHERE article_id >= $1 AND article_id <= $2", [ids[0], ids[-1]]
                ).fetchall())
            else:  # a chosen subset: the range could span most of the table
                docs = dict(self.con.execute(
                    "SELECT article_id, doc FROM parses WHERE article_id IN (SELECT unnest($1::VARCHAR[]))", [ids]
                ).fetchall())
            by_id = {r[0]: r for r in rows}
            batch = []
            for aid in ids:
                r = by_id.get(aid)
                doc = docs.get(aid)
                if r is None or doc is None:  # an article without a parse (never written apart, but be safe)
                    continue
                art = Article(
                    id=r[0], text=r[1], title=r[2], date=r[3], date_source=r[4] or "unknown", outlet=r[5],
                    url=r[6], language=r[7], source_path=r[8], flags=tuple(r[9] or ()),
                )
                batch.append((art, bytes(doc)))
            yield batch
            last = ids[-1]

    def count(self, table: str) -> int:
        """Number of rows in a store table."""
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
