"""Helpers shared by the events tests: code one invented text, look for an event, list dyads."""

from __future__ import annotations

from pathlib import Path

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.events.coder import EventCoder
from eventwire.events.lexicon import load_lexicon
from eventwire.records import Article, Event


def all_events(nlp, text: str, date: str = "2025-06-01") -> list[Event]:
    """Every event coded in `text` (published on `date`), negated and hypothetical ones included."""
    doc = nlp(text)
    art = Article(id="t", text=text, date=date, date_source="test")
    return code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), [])


def user_lexicon_coder(folder: Path, name: str, yaml_text: str) -> EventCoder:
    """An event coder with the shipped lexicon plus one user lexicon file, written as `folder/name` from `yaml_text`."""
    path = folder / name
    path.write_text(yaml_text, encoding="utf-8")
    return EventCoder(lexicon=load_lexicon([path]))


def events_with(nlp, coder: EventCoder, text: str, date: str = "2025-03-01") -> list[Event]:
    """Every event `coder` codes in `text` (published on `date`)."""
    doc = nlp(text)
    art = Article(id="t", text=text, date=date, date_source="test")
    return coder.code(doc, art, ArticleActors(doc, art, load_knowledge_base()), [])


def counted_events(nlp, text: str, date: str = "2025-06-01") -> list[Event]:
    """The events that count as facts: neither negated nor hypothetical."""
    return [e for e in all_events(nlp, text, date) if not (e.negated or e.hypothetical)]


def has_event(events: list[Event], code: str, src: str | None = None, tgt: str | None = None) -> bool:
    """Whether an event's CAMEO code starts with `code`, with these source and target countries (None: any)."""
    return any(
        e.cameo.startswith(code)
        and (src is None or (e.source is not None and e.source.country == src))
        and (tgt is None or (e.target is not None and e.target.country == tgt))
        for e in events
    )


def dyads(events: list[Event], roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the events whose root is in `roots`."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None) for e in events if e.root in roots}


def counted_codes(nlp, text: str, date: str = "2024-06-01") -> list[str]:
    """The CAMEO codes of the counted events of `text`."""
    return [e.cameo for e in counted_events(nlp, text, date)]


def counted_roots(nlp, text: str, date: str = "2025-06-01") -> set[str]:
    """The CAMEO roots of the counted events of `text`."""
    return {e.root for e in counted_events(nlp, text, date)}


def coded_triples(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    """(CAMEO code, source code, target code) of the counted events of `text`."""
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in counted_events(nlp, text)}


def check_codes(nlp, cases: list[tuple[str, str]], date: str = "2024-06-01") -> None:
    """Assert that each (text, code) gets a counted event whose CAMEO code starts with `code`; list every miss."""
    misses = []
    for text, code in cases:
        got = counted_codes(nlp, text, date)
        if not any(c.startswith(code) for c in got):
            misses.append(f"{text!r}: wanted {code}, got {got}")
    assert not misses, "\n".join(misses)
