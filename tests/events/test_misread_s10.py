"""Headline verbs misread, session 10 (helper misread): a plain present verb after two joined subjects.

Class: in "A and B kill ...", the small parser may tag the verb as a noun and join it to the list of subjects as a
third item, with the second subject hung on it as a modifier. The coder reads that word as the verb again, with both
subjects as its actors and the object after it as its target, so the killing gets a source.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: Two joined attackers before a verb the parser took for a third noun of the list.
JOINED_ATTACKERS = [
    ("Islamist gunmen and a suicide bomber kill at least forty worshippers and injure dozens during prayers at a mosque"
     " in Kano, Nigeria.", "NGA"),
    ("Separatist gunmen and a suicide bomber kill at least twelve soldiers and injure dozens at a base in Quetta,"
     " Pakistan.", "PAK"),
]


@pytest.mark.parametrize(("text", "country"), JOINED_ATTACKERS)
def test_verb_after_joined_subjects_has_a_source(nlp, text, country):
    evs = [e for e in _events(nlp, text) if e.cameo.startswith(("18", "19"))]
    assert any(e.source is not None and e.source.country == country for e in evs)
