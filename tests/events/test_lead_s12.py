"""Lead's mends after the session-12 merges, found in a read of 1,500 fresh briefs coded before and after them.

- a killing told in a relative clause on a place after a blow whose "of" names whom it struck ("the ambush of an army
  convoy near X, which killed 15 soldiers") has no named doer: the convoy was struck, it did not kill;
- a casualty verb joined to another clause that carries the "when" clause of an accident ("are wounded and hundreds are
  told to stay inside when a depot catches fire") is harm no one dealt;
- a mention widened to the recogniser's whole name never ends on that name's "of" ("The Ministry of Justice of").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events

pytestmark = pytest.mark.slow


def test_ambush_of_a_force_does_not_kill(nlp):
    text = ("Mali declares two days of mourning after last week's ambush of an army convoy near the town of Boni in "
            "Mopti Region, which killed 15 soldiers.")
    kills = [e for e in counted_events(nlp, text) if e.cameo.startswith(("18", "19"))]
    assert kills, "the killing is still an event"
    assert all(e.source is None or e.source.sector != "MIL" for e in kills), [(e.source, e.cameo) for e in kills]


def test_claimed_blow_still_kills(nlp):
    # the blow without an "of" keeps its claimer (session-12 embed rule)
    events = counted_events(nlp, "Rebels claimed Monday's attack on a base in Kidal Region, Mali, which killed five soldiers.")
    assert any(e.cameo.startswith("19") and e.source is not None and e.source.sector == "REB" for e in events)


@pytest.mark.parametrize("text", [
    "Eleven guards are wounded and hundreds of residents are told to stay inside when a fertiliser depot catches fire "
    "near Izmir, Turkey.",
    "Six workers are hurt and a highway is closed when a paint factory catches fire outside Valencia, Spain.",
])
def test_accident_clause_on_a_joined_verb(nlp, text):
    assert not [e for e in all_events(nlp, text) if e.cameo.startswith(("18", "19", "20"))]


def test_attack_clause_on_a_joined_verb_stays(nlp):
    events = counted_events(nlp, "Two police officers are wounded and a road is closed when gunmen open fire on a "
                                 "checkpoint in Kirkuk, Iraq.")
    assert any(e.cameo.startswith(("18", "19")) for e in events)


def test_name_span_does_not_end_on_of(nlp):
    events = counted_events(nlp, "The Ministry of Justice of Russia files a suit to shut down a Jewish charity.")
    sources = [e.source.text for e in events if e.source is not None]
    assert sources and not any(s.endswith(" of") for s in sources), sources


@pytest.mark.parametrize("text", [
    "Two worshippers are killed and three are hurt when a man armed with a machete storms a chapel in Cadiz, Spain.",
    "Three shoppers are injured in a supermarket in Lyon, France. A 40-year-old man is arrested at the scene.",
])
def test_bare_toll_with_a_weapon_or_an_arrest_stays(nlp, text):
    # a toll with no doer is dropped as an accident only when nothing in the brief tells of someone dealing it
    assert [e for e in counted_events(nlp, text) if e.cameo.startswith(("18", "19"))], text


def test_claimed_occurrence_is_no_act(nlp):
    # what a speaker only claims is going on somewhere is the claim, not a blow with no doer
    for text in ("Moscow claims that a genocide is occurring in the Donbas.",
                 "Belgrade alleges that ethnic cleansing is occurring in northern Kosovo."):
        assert not [e for e in counted_events(nlp, text) if e.cameo.startswith(("18", "19", "20")) and e.source is None]


def test_reported_occurrence_stays(nlp):
    events = counted_events(nlp, "Officials say that heavy fighting continues in the town of Chasiv Yar, Ukraine.")
    assert any(e.cameo.startswith("19") for e in events)
