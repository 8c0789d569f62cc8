"""A lexicon entry naming both a subject and an object fires only when both are in the clause."""

from __future__ import annotations

import pytest
from helpers_events import events_with, user_lexicon_coder

from eventwire.events.coder import EventCoder

pytestmark = pytest.mark.slow

ENTRY = """verbs:
- {id: t.court_lays_embargo, verb: lay, subject: [court, tribunal], object: [embargo], code: "1722", target: [on]}
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    return user_lexicon_coder(tmp_path_factory.mktemp("lex"), "court.yaml", ENTRY)


def _rules(nlp, coder: EventCoder, text: str) -> list[str]:
    return [e.rule for e in events_with(nlp, coder, text)]


def test_subject_and_object_present_fires(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" in _rules(nlp, coder, "A Russian court laid an embargo on the Ukrainian party on Monday.")


def test_subject_without_the_object_does_not_fire(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" not in _rules(nlp, coder, "A Russian court laid a wreath on the Ukrainian party on Monday.")


def test_object_without_the_subject_does_not_fire(nlp, coder: EventCoder) -> None:
    assert "t.court_lays_embargo" not in _rules(nlp, coder, "The Russian ministry laid an embargo on the Ukrainian party on Monday.")
