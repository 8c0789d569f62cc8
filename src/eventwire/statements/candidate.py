"""A statement under construction, shared by the statement rule modules, and the state they share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from eventwire.records import ActorRef, Article
    from eventwire.statements.grammar import Text
    from eventwire.statements.lexicon import CueLexicon


@dataclass
class _Cand:
    """A statement under construction (mutable until it becomes a Statement)."""

    rule: str
    cue: tuple[int, int] | None
    cue_token: Token | None
    content: tuple[int, int]
    speaker_head: Token | None = None
    speaker_span: tuple[int, int] | None = None
    via_outlet: str | None = None  # a publication layer named with the cue ("the paper quotes X")
    impersonal: bool = False
    anaphoric: bool = False  # "This is reported in X": the content is the previous sentence
    cited: str | None = None  # "Reuters, citing anonymous sources, reported": the cited layer
    cited_head: Token | None = None
    speaker_verb: Token | None = None  # the verb the speaker is subject of (for continued quotes)
    that_clause: bool = False  # content introduced by "that": quote inside makes it mixed
    kind: str = "indirect"
    # filled by resolution
    ref: ActorRef | None = None
    layer: str | None = None
    anonymous_phrase: str | None = None
    is_outlet: bool = False
    chain: tuple[str, ...] = field(default_factory=tuple)


class _Base:
    """The state the rule mixins share with the extractor (set in `_Extractor.__init__`)."""

    doc: Doc
    article: Article
    lex: CueLexicon
    t: Text
    cands: list[_Cand]
    used_cues: set[int]
    _source_spans: dict[int, tuple[int, int]]
