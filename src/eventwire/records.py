"""Frozen, typed records that cross stage boundaries: articles, rejections, parses and codings.

Stages exchange these dataclasses (never spaCy objects) so that results serialize to worker
processes, to the store and to JSON without surprises. `to_dict` gives the JSON shape used by
`eventwire extract` and by the store.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


def stable_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """Deterministic id from the identifying fields of a record (re-runs update, not duplicate)."""
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return prefix + h.hexdigest()[:length]


def to_dict(obj: Any) -> Any:
    """Recursively convert records (dataclasses, tuples) into JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


@dataclass(frozen=True)
class Article:
    """One news text with its metadata; `text` is what every character offset indexes into."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD, None when unknown
    date_source: str = "unknown"  # where the date came from: field, header, filename, option, ...
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    source_path: str | None = None  # file (and line) the article was read from
    flags: tuple[str, ...] = ()  # e.g. "date-unknown", "encoding:cp1252", "language-uncertain"

    @property
    def content_hash(self) -> str:
        """Hash of the text alone, used to spot the same article under different ids."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Rejection:
    """An input that could not become an article, with the reason a user can act on."""

    path: str
    reason: str
    line: int | None = None
    kind: str = "rejected"  # rejected | duplicate

    @property
    def id(self) -> str:
        """Stable id so re-running the same ingest does not add the same rejection twice."""
        return stable_id(self.path, self.line, self.reason, prefix="r")


@dataclass(frozen=True)
class Span:
    """A piece of the article text: `article.text[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article, by character offsets."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A named-entity mention found by the parser (before actor coding)."""

    index: int
    text: str
    start: int
    end: int
    label: str
    sentence_index: int


@dataclass(frozen=True)
class ActorRef:
    """A mention coded as an actor: CAMEO-style `code` plus PLOVER-style `country` and `sector`."""

    text: str
    start: int
    end: int
    code: str | None = None  # CAMEO style, e.g. USAGOV, RUSMIL, IGOEUREEC
    country: str | None = None  # ISO 3166 alpha-3 or an IGO code
    sector: str | None = None  # GOV, MIL, LEG, JUD, COP, SPY, OPP, REB, CVL, BUS, MED, ...
    name: str | None = None  # canonical name of the person, organisation or country
    why: str | None = None  # how the code was reached (knowledge-base entry, title, coreference)


@dataclass(frozen=True)
class ActorMention:
    """An actor mention in an article, for the `actors` list of `extract` and the store."""

    actor: ActorRef
    sentence_index: int
    kind: str = "entity"  # entity | nominal | pronoun | coreference


@dataclass(frozen=True)
class Event:
    """Who did what to whom: one coded event with all its evidence."""

    id: str
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    root: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    plover_mode: str | None
    negated: bool
    hypothetical: bool
    date: str | None
    sentence: str
    sentence_index: int
    trigger: Span
    rule: str
    confidence: float
    modality: str = "act"  # act | threat | intent | conditional | hypothetical | reported
    statement: str | None = None  # id of the statement this event is reported in
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Statement:
    """Who said what, according to whom."""

    id: str
    speaker: ActorRef | None
    cue: Span | None
    content: Span
    kind: str  # direct | indirect | mixed
    date: str | None
    sentence_index: int
    chain: tuple[str, ...] = ()  # outlet -> ... -> original speaker
    anonymous: bool = False
    anonymous_phrase: str | None = None
    hedged: bool = False
    hedge_phrase: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class Analysis:
    """Everything extracted from one article; `doc_bytes` keeps the parse for re-coding."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    doc_bytes: bytes = field(default=b"", repr=False)

    def to_json(self) -> dict[str, Any]:
        """The `extract` JSON object of this article (without the stored parse)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "article": to_dict(self.article) | {"content_hash": self.article.content_hash},
            "sentences": to_dict(self.sentences),
            "mentions": to_dict(self.mentions),
            "actors": to_dict(self.actors),
            "events": to_dict(self.events),
            "statements": to_dict(self.statements),
        }
