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

    def _indices_with(self, attr: str, values: tuple[str, ...]) -> list[int]:
        """The indices of the tokens whose `attr` ("POS", "TAG", "LOWER") is one of `values`, in order.

        Read from the parse's array of ids, so a rule that wants a few words (the verbs, "according")
        does not build a Token for every word of the document."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        wanted = {strings[v] for v in values}
        return [i for i, x in enumerate(self.doc.to_array(attr).tolist()) if x in wanted]

    def _tokens_with(self, attr: str, values: tuple[str, ...]) -> list[Token]:
        """The tokens of `_indices_with`."""
        doc = self.doc
        return [doc[i] for i in self._indices_with(attr, values)]
