"""Headline verbs the small parser misreads (session 14): a verb read as the subject of its object noun ("voices"
before "support" taken for the verb), a counted object read as an adverbial noun, a plain verb form read as an
adjective that still has a subject and an object, a verb form after a court's place phrase, a headline verb read
as a modifier of its object's compound, and a headline verb read as an adjective of its object after a plural name."""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.records import Article


def _code(nlp, text: str) -> list:
    art = Article(id="t", text=text, date="2025-06-10", date_source="test")
    doc = nlp(text)
    return [e for e in code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), []) if not e.negated]


def _has(events: list, source: str, cameo: str, target: str | None) -> bool:
    return any(e.source is not None and e.source.code == source and e.cameo == cameo
               and (target is None or (e.target is not None and e.target.code.startswith(target))) for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the verb read as the subject of its object noun, which the tagger takes for the verb
        ("Chile voices support for Peru.", "CHL", "051", "PER"),
        ("Bolivia voices support for Paraguay over the dispute.", "BOL", "051", "PRY"),
        ("Venezuela fires projectiles at two fishing boats.", "VEN", "195", None),
        ("The army fires tear gas and rubber bullets at students in Dhaka.", "BGDMIL", "175", None),
        # a counted object parsed as an adverbial noun
        ("Armenia and Georgia exchange 40 prisoners.", "ARM", "0841", "GEO"),
        # a plain verb form tagged as an adjective, with a subject and a direct object
        ("Sudan and Chad complete a detainee exchange.", "SDN", "0841", "TCD"),
        ("The Houthis, with support from Oman, free 60 detainees in Sanaa.", "YEMREBHTH", "0841", "YEM"),
        # a verb form after the place phrase of a court, read as part of that phrase
        ("A federal court in the United States sentences Jack Miller to five years in prison.", "USAJUD", "173", "USA"),
        # the verb read as a compound of its object's own compound: the phrase's head is the object
        ("Qatar hosts ceasefire talks between Sudan and the RSF.", "QAT", "043", "SDN"),
        # a headline verb after a plural name read as an adjective of its object
        ("The Taliban detain six Pakistani employees of a charity.", "AFGGOVTAL", "173", "PAK"),
    ],
)
def test_misread_headline_verbs(nlp, text: str, source: str, cameo: str, target: str | None) -> None:
    events = _code(nlp, text)
    assert _has(events, source, cameo, target), [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                                                 for e in events]


@pytest.mark.slow
def test_freed_by_adjective_reading_is_no_prospect(nlp) -> None:
    # "free" tagged as an adjective with a direct object is the act of freeing, not an enabling word
    events = _code(nlp, "The Houthis, with support from Oman, free 60 detainees in Sanaa.")
    assert any(e.cameo == "0841" and not e.hypothetical for e in events)
