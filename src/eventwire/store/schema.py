"""The store's schema as numbered migrations, each applied once in a transaction and recorded.

Add a migration by appending to MIGRATIONS; never edit one that has shipped.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    """One schema step: its number, a name, and the SQL statements it runs."""

    version: int
    name: str
    statements: tuple[str, ...]


_ACTOR_COLS = """
    {p}_text VARCHAR, {p}_start INTEGER, {p}_end INTEGER, {p}_code VARCHAR, {p}_country VARCHAR,
    {p}_sector VARCHAR, {p}_name VARCHAR, {p}_why VARCHAR"""


def _actor_cols(prefix: str) -> str:
    return _ACTOR_COLS.format(p=prefix)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, parses, sentences, mentions, rejections, runs",
        (
            """CREATE TABLE articles (
                id VARCHAR PRIMARY KEY,
                content_hash VARCHAR NOT NULL,
                title VARCHAR,
                date DATE,
                date_source VARCHAR,
                outlet VARCHAR,
                url VARCHAR,
                language VARCHAR,
                source_path VARCHAR,
                flags VARCHAR[],
                n_chars INTEGER,
                text VARCHAR NOT NULL,
                ingested_at TIMESTAMP NOT NULL
            )""",
            "CREATE INDEX articles_hash ON articles(content_hash)",
            """CREATE TABLE parses (
                article_id VARCHAR PRIMARY KEY,
                model VARCHAR NOT NULL,
                model_version VARCHAR NOT NULL,
                doc BLOB NOT NULL,
                parsed_at TIMESTAMP NOT NULL
            )""",
            """CREATE TABLE sentences (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            )""",
            """CREATE TABLE mentions (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                label VARCHAR NOT NULL,
                text VARCHAR NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, idx)
            )""",
            """CREATE TABLE rejections (
                id VARCHAR PRIMARY KEY,
                path VARCHAR NOT NULL,
                line INTEGER,
                reason VARCHAR NOT NULL,
                first_seen TIMESTAMP NOT NULL,
                last_seen TIMESTAMP NOT NULL,
                times INTEGER NOT NULL
            )""",
            """CREATE TABLE runs (
                id VARCHAR PRIMARY KEY,
                command VARCHAR NOT NULL,
                started_at TIMESTAMP NOT NULL,
                finished_at TIMESTAMP,
                stored INTEGER,
                duplicates INTEGER,
                rejected INTEGER,
                seconds DOUBLE
            )""",
        ),
    ),
    Migration(
        2,
        "actors, events, statements",
        (
            f"""CREATE TABLE actors (
                article_id VARCHAR NOT NULL,
                idx INTEGER NOT NULL,
                sentence_index INTEGER NOT NULL,
                kind VARCHAR,
                {_actor_cols("actor")},
                PRIMARY KEY (article_id, idx)
            )""",
            f"""CREATE TABLE events (
                id VARCHAR PRIMARY KEY,
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                date DATE,
                {_actor_cols("source")},
                {_actor_cols("target")},
                cameo VARCHAR NOT NULL,
                root VARCHAR NOT NULL,
                goldstein DOUBLE,
                quad_class INTEGER,
                plover VARCHAR,
                plover_mode VARCHAR,
                negated BOOLEAN NOT NULL,
                hypothetical BOOLEAN NOT NULL,
                modality VARCHAR,
                statement_id VARCHAR,
                trigger_text VARCHAR,
                trigger_start INTEGER,
                trigger_end INTEGER,
                rule VARCHAR,
                confidence DOUBLE,
                flags VARCHAR[],
                sentence VARCHAR
            )""",
            "CREATE INDEX events_article ON events(article_id)",
            f"""CREATE TABLE statements (
                id VARCHAR PRIMARY KEY,
                article_id VARCHAR NOT NULL,
                sentence_index INTEGER NOT NULL,
                date DATE,
                {_actor_cols("speaker")},
                cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
                content_text VARCHAR NOT NULL, content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                chain VARCHAR[],
                anonymous BOOLEAN NOT NULL,
                anonymous_phrase VARCHAR,
                hedged BOOLEAN NOT NULL,
                hedge_phrase VARCHAR,
                rule VARCHAR
            )""",
            "CREATE INDEX statements_article ON statements(article_id)",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
