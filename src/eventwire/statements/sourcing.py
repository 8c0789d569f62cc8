"""Sourcing flags and outlet recognition: anonymous sources, hedges, news outlets, statement dates."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from eventwire.nlp import token_children
from eventwire.statements.lexicon import CueLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"]
    )
}


def _phrase_in(phrase: str, text: str) -> bool:
    """Whole-word, case-insensitive containment."""
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, flags=re.IGNORECASE) is not None


def anonymity_marker(text: str, lex: CueLexicon, clauses: bool = False) -> str | None:
    """The first anonymity phrase found in `text`: words of a source phrase ("unnamed"), or with
    `clauses` the attribution clauses ("on condition of anonymity")."""
    for phrase in lex.anonymity_clauses if clauses else lex.anonymity_markers:
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text, flags=re.IGNORECASE)
        if m:
            return m.group(0)
    return None


def is_unnamed_role(tokens: Sequence[Token], head: Token, lex: CueLexicon) -> bool:
    """Whether a speaker phrase is a role noun without a personal name ("a senior official")."""
    words = {head.lower_, head.lemma_.lower()}
    if words & lex.unattributed_heads:
        return not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in tokens)
    if not words & lex.anonymous_heads:
        return False
    # a personal name anywhere in the phrase makes the source named ("official Anna Petrova")
    return not any(t.ent_type_ == "PERSON" for t in tokens)


def is_outlet_phrase(tokens: Sequence[Token], head: Token, lex: CueLexicon, outlet: str | None) -> bool:
    """Whether a speaker phrase names a news outlet or a publication ("The New York Times", "the paper")."""
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return False
    text = " ".join(t.text for t in tokens).lower()
    if outlet and _phrase_in(outlet, text):
        return True
    if head.pos_ == "PROPN" or head.ent_type_ in ("ORG", "WORK_OF_ART"):
        words = {t.lower_ for t in tokens if t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "WORK_OF_ART")}
        if words & lex.outlet_name_words:
            return True
    return head.lemma_.lower() in lex.outlet_nouns or head.lower_ in lex.outlet_nouns


def outlet_alias(text: str, lex: CueLexicon) -> bool:
    """Whether a phrase points back at the reported publication ("the publication", "the US paper")."""
    words = text.lower().split()
    if not words or words[0] != "the" or len(words) > 4:
        return False
    low = " ".join(words)
    if low in lex.outlet_aliases:
        return True
    # "the American newspaper": same head noun as an alias, with a modifier in between
    return any(words[-1] == a.split()[-1] for a in lex.outlet_aliases)


@lru_cache(maxsize=8)
def _pattern_firsts(patterns: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    """The first words of a lexicon's hedge patterns."""
    return frozenset(p[0] for p in patterns if p)


def hedge_in(tokens: Sequence[Token], lex: CueLexicon) -> tuple[Token, Token] | None:
    """First and last token of the first hedge ("reportedly", "is said to") among `tokens`."""
    toks = list(tokens)
    firsts = _pattern_firsts(lex.hedge_patterns)
    for i, t in enumerate(toks):
        lower = t.lower_
        if lower in lex.hedge_words:
            return t, t
        first = t.lemma_.lower()
        # Cheap test before trying every pattern: can any pattern start at this token?
        if lower not in firsts and first not in firsts and not (first == "be" and "BE" in firsts):
            continue
        for pat in lex.hedge_patterns:
            if i + len(pat) > len(toks):
                continue
            ok = True
            for p, tok in zip(pat, toks[i : i + len(pat)], strict=True):
                lemma = tok.lemma_.lower()
                if p == "BE":
                    if lemma != "be":
                        ok = False
                        break
                elif lemma != p and tok.lower_ != p:
                    ok = False
                    break
            if ok:
                return toks[i], toks[i + len(pat) - 1]
    return None


def statement_date(cue: Token | None, article_date: str | None) -> str | None:
    """The date a statement was made: a day named next to the cue verb, resolved against the
    article date ("said on Monday", "told reporters yesterday"), else the article date."""
    if cue is None or not article_date:
        return article_date
    try:
        base = dt.date.fromisoformat(article_date[:10])
    except ValueError:
        return article_date
    words: list[str] = []
    for child in token_children(cue):
        if child.dep_ in ("npadvmod", "tmod") or (child.dep_ == "prep" and child.lower_ == "on"):
            words.extend(t.lower_ for t in child.subtree if t.ent_type_ == "DATE" or t.lower_ == "yesterday")
    if not words:
        return article_date
    phrase = " ".join(words)
    if "yesterday" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    if "today" in words:
        return base.isoformat()
    for i, day in enumerate(_WEEKDAYS):
        if day in words:
            back = (base.weekday() - i) % 7
            return (base - dt.timedelta(days=back)).isoformat()
    m = re.search(r"(" + "|".join(_MONTHS) + r")\s+(\d{1,2})(?:\s*,?\s*(\d{4}))?", phrase)
    if m:
        month, day_n = _MONTHS[m.group(1)], int(m.group(2))
        year = int(m.group(3)) if m.group(3) else base.year
        try:
            d = dt.date(year, month, day_n)
        except ValueError:
            return article_date
        if not m.group(3) and d > base:  # "said on December 30" in a January article: last year
            d = dt.date(year - 1, month, day_n)
        return d.isoformat()
    return article_date
