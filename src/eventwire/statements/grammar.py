"""Grammar and text helpers for statement extraction: paragraphs, sentences and quotes of an
article (`Text`), the noun phrase of a speaker (`np_tokens`) and a verb's subject (`subject`)."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from eventwire.nlp import doc_text, sentence_spans, token_children
from eventwire.statements.quotes import Quote, find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PRONOUNS = {"he", "she", "him", "her", "they", "them", "it"}
_PLURAL_PRONOUNS = {"they", "them"}
_RELATIVE = {"who", "that", "which", "whom"}
_SELF = {"i", "we", "you", "me", "us"}
_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e\u2018\u2019"
_EDGE_STRIP = " \t\n,;:-\u2013\u2014" + _QUOTE_CHARS
_DASHES = "-\u2013\u2014"



class Text:
    """Character-level helpers over one article: paragraphs, sentences, quotes."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sents = list(sentence_spans(doc))
        self._sent_starts = [s.start_char for s in self.sents]
        self.quotes = find_quotes(self.text)

    def para_of(self, pos: int) -> int:
        """Index of the paragraph holding character `pos`."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding character `pos`."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose `pos`."""
        for q in self.quotes:
            if q.contains(pos):
                return q
        return None

    def trim(self, start: int, end: int, extra: str = "") -> tuple[int, int]:
        """Shrink a span past edge whitespace, punctuation and quote marks; keep a final '.?!'
        only inside quotes (it is part of what was said there)."""
        chars = _EDGE_STRIP + extra
        while True:
            while start < end and self.text[start] in chars:
                start += 1
            while end > start and (self.text[end - 1] in chars or self.text[end - 1] in ".!?"):
                end -= 1
            # a clause cut by the parser may end on its conjunction ("... corruption but")
            m = re.search(r"\s(?:and|but|or)$", self.text[start:end])
            if not m:
                return start, end
            end = start + m.start()


def np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without a relative clause or a comma-led
    participle after it ("an official who ...", "a diplomat, speaking on condition ...")."""
    toks = sorted(head.subtree, key=lambda t: t.i)
    cut = None
    for t in toks:
        if t.i <= head.i:
            continue
        if t.dep_ == "relcl":
            cut = t.left_edge.i
            break
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.text == "," and nxt is not None and (nxt.lower_ in _RELATIVE or nxt.tag_ in ("VBG", "VBN")):
            cut = t.i
            break
    toks = [t for t in toks if cut is None or t.i < cut]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    doc = head.doc
    # "said study co-author Karen Alley": the parser splits hyphenated titles from the name
    while toks and toks[-1].i + 1 < len(doc) and len(toks) < 12:
        last, nxt = toks[-1], doc[toks[-1].i + 1]
        joined = not last.whitespace_ and (nxt.text == "-" or last.text == "-") and nxt.is_alpha | (nxt.text == "-")
        name_follows = nxt.pos_ == "PROPN" and last.pos_ in ("PROPN", "NOUN") and last.whitespace_ == " " \
            and nxt.dep_ in ("compound", "appos", "nsubj", "npadvmod", "dobj", "pobj")
        if not (joined or (name_follows and any(t.text == "-" for t in toks))):
            break
        toks.append(nxt)
    opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    if opened > 0 and toks[-1].i + 1 < len(head.doc) and head.doc[toks[-1].i + 1].text == ")":
        toks.append(head.doc[toks[-1].i + 1])  # "Conference of Bishops (CBCP)" keeps its bracket
    # a noun phrase never runs over a paragraph break
    out: list[Token] = []
    for t in toks:
        if "\n" in t.text_with_ws and t.i < head.i:
            out = []
            continue
        out.append(t)
        if ("\n" in t.whitespace_ or (t.is_space and "\n" in t.text)) and t.i >= head.i:
            break
    return out or [head]


def subject(
    verb: Token, speech: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
) -> tuple[Token | None, bool]:
    """Grammatical subject of a verb (climbing conjunctions and participles), and whether passive.
    Through a participle ("..., noting that") only a speaking verb or a name lends its subject."""
    cur: Token | None = verb
    via_advcl = False
    for _ in range(4):
        if cur is None:
            break
        for child in token_children(cur):
            if child.dep_ in ("nsubj", "csubj", "nsubjpass"):
                if via_advcl and cur.lemma_.lower() not in speech and child.pos_ == "NOUN" \
                        and child.lemma_.lower() not in people \
                        and not any(t.ent_type_ or t.pos_ == "PROPN" for t in child.subtree):
                    # "denied that the decision was political, saying ...": the participle belongs
                    # to the speaking verb above the clause; "margins are thin, while noting": nobody
                    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in speech:
                        return subject(cur.head, speech, people)
                    return None, False
                return child, child.dep_ == "nsubjpass"
        if cur.dep_ in ("conj", "advcl", "xcomp", "pcomp"):
            via_advcl = via_advcl or cur.dep_ == "advcl"
            cur = cur.head
            continue
        break
    return None, False
