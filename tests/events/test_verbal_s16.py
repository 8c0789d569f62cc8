"""Verbal and diplomatic conflict, session 14 (helper verbal): the author of a text turned down, sporting withdrawals,
protest acts with a purpose clause of protest, warnings of a hazard, and a sports body suspending a player.

Classes: rejecting or vetoing a text whose author is named before a participle of authorship ("a Freedonia-drafted
resolution", "the Ruritania-backed truce plan") answers that author (12x with the author as target), as does a
rejection told in a relative clause on the text a named actor put forward; a state or a team pulling out of a sporting
contest or a show reduces no relations (no 160, no retreat); a protest act whose purpose clause is itself a protest
("blocked the motorway to protest against the levy") is one protest, aimed at what the clause protests against; a
warning noun that tells of a hazard or a risk, addressed to no one, threatens no one (no 13x); a sports body suspending
a player disciplines its own member (no 160).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: Texts whose author is named before a participle of authorship.
AUTHORED_TEXTS = [
    ("Moscow vetoed a French-drafted resolution on humanitarian corridors in Sudan.", "129", "FRA"),
    ("Ankara rejects the Swiss-brokered proposal for a prisoner swap.", "120", "CHE"),
    ("The junta rejected a Nigeria-backed timetable plan for elections.", "120", "NGA"),
]


@pytest.mark.parametrize(("text", "code", "author"), AUTHORED_TEXTS)
def test_rejected_text_answers_its_author(nlp, text, code, author):
    evs = [e for e in _events(nlp, text) if e.cameo[:2] == "12"]
    assert evs and all(e.cameo == code for e in evs)
    assert {e.target.country for e in evs if e.target} == {author}


def test_relative_clause_rejection_answers_the_proposer(nlp):
    evs = [e for e in _events(nlp, "Canada proposed a fishing truce which was rejected by Iceland.") if e.cameo[:2] == "12"]
    assert evs and evs[0].source is not None and evs[0].source.country == "ISL"
    assert evs[0].target is not None and evs[0].target.country == "CAN"


#: Pulling out of a contest or a show: no reduced relations, no retreat.
CONTEST_WITHDRAWALS = [
    "Ghana withdraws from the Commonwealth Games over funding shortfalls.",
    "Belarus pulls out of the European Athletics Championships.",
    "Morocco withdraws from the regional football tournament.",
]


@pytest.mark.parametrize("text", CONTEST_WITHDRAWALS)
def test_contest_withdrawal_is_no_event(nlp, text):
    assert not [e for e in _events(nlp, text) if e.cameo[:2] in ("08", "16")]


#: A protest act with a purpose clause of protest: one protest, aimed at what the clause protests.
PROTEST_PURPOSES = [
    ("Fishermen from Peru blocked the coastal highway to protest against the government.", "PER"),
    ("Hundreds of Chilean nurses took to the streets to protest against the health ministry.", "CHL"),
    ("Thousands of Serbian students marched through Belgrade to protest against the government.", "SRB"),
]


@pytest.mark.parametrize(("text", "state"), PROTEST_PURPOSES)
def test_protest_purpose_is_one_protest_with_its_target(nlp, text, state):
    evs = [e for e in _events(nlp, text) if e.cameo[:2] == "14"]
    assert len(evs) == 1
    assert evs[0].target is not None and evs[0].target.country == state


def test_protest_purpose_of_opposition_is_no_rejection(nlp):
    evs = all_events(nlp, "Armenian demonstrators blocked the entrance to the ministry in Yerevan to oppose a new media law.")
    assert [e for e in evs if e.cameo[:2] == "14"]
    assert not [e for e in evs if e.cameo[:2] == "12"]


#: Warnings of a hazard or a risk, addressed to no one.
HAZARD_WARNINGS = [
    "Spain issues warnings of extreme heat in the south.",
    "Uruguay issued a warning about a severe shortage of drinking water.",
]


@pytest.mark.parametrize("text", HAZARD_WARNINGS)
def test_hazard_warning_threatens_no_one(nlp, text):
    assert not [e for e in _events(nlp, text) if e.cameo[:2] == "13"]


def test_sports_body_suspending_a_player_reduces_no_relations(nlp):
    evs = _events(nlp, "Cricket Ireland suspends fast bowler Liam Doyle from all cricket matches over a doping test.")
    assert not [e for e in evs if e.cameo[:2] == "16"]
