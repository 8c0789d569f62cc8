"""A lexicon entry naming both a subject and an object fires only when both are in the clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events.coder import EventCoder
from eventwire.events.lexicon import load_lexicon
from eventwire.records import Article

pytestmark = pytest.mark.slow

ENTRY = """verbs:
- {id: t.court_lays_embargo, verb: lay, subject: [court, tribunal], object: [embargo], code: "1722", target: [on]}
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    path: Path = tmp_path_factory.mktemp("lex") / "court.yaml"
    path.write_text(ENTRY, encoding="utf-8")
    return EventCoder(lexicon=load_lexicon([path]))


def _rules(nlp, coder: EventCoder, text: str) -> list[str]:
    doc = nlp(text)
    art = Article(id="t", text=text, date="2025-03-01", date_source="test")
    return [e.rule for e in coder.code(doc, art, ArticleActors(doc, art, load_knowledge_base()), [])]


def test_subject_and_object_present_fires(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" in _rules(nlp, coder, "A Russian court laid an embargo on the Ukrainian party on Monday.")


def test_subject_without_the_object_does_not_fire(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" not in _rules(nlp, coder, "A Russian court laid a wreath on the Ukrainian party on Monday.")


def test_object_without_the_subject_does_not_fire(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" not in _rules(nlp, coder, "The Russian ministry laid an embargo on the Ukrainian party on Monday.")
