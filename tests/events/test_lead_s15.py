"""Lead, session 15: language that tells no act between actors, and one doer misplaced.

A regulator's leave to use a product ("approves a nasal vaccine", "authorizes the use of vaccines for children") is no
aid (073), while a delivery approved still is; a craft named by its combat role ("an attack submarine", "attack
helicopters") is no attack (19x, 20x) and no claim of one (015); an act only rehearsed ("drills simulating a missile
strike on X", "a mock attack") is no strike; "X was met with protests" tells a reception, no meeting; in "X
denies entry to three MPs trying to visit Y" the MPs, not X, would visit.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Brazil approves a locally made dengue vaccine for use in adults.",
    "Kenya authorizes the use of malaria vaccines for infants under two.",
    "Japan grants approval of a new cholera vaccine.",
])
def test_regulatory_approval_of_a_product_is_no_aid(nlp, text):
    assert not has_event(_events(nlp, text), "07")


def test_approved_delivery_of_vaccines_stays_aid(nlp):
    assert has_event(_events(nlp, "Germany approves the delivery of measles vaccines to Ukraine."), "073")


@pytest.mark.parametrize("text", [
    "A Chinese attack submarine ran aground during sea trials, an American official claims.",
    "An American official claims that a Chinese nuclear attack submarine sank at its pier last spring.",
    "A Russian attack helicopter crashes near Pskov.",
])
def test_craft_named_by_its_role_is_no_attack(nlp, text):
    evs = _events(nlp, text)
    assert not any(has_event(evs, r) for r in ("015", "18", "19", "20"))


def test_attack_helicopters_striking_still_attack(nlp):
    assert has_event(_events(nlp, "Israeli attack helicopters struck a camp in southern Lebanon."), "19")


@pytest.mark.parametrize("text", [
    "Chinese forces hold drills simulating a missile strike on Taiwan.",
    "The Russian army staged a mock attack on a NATO airfield during the exercise.",
])
def test_rehearsed_strike_is_no_strike(nlp, text):
    evs = _events(nlp, text)
    assert not has_event(evs, "19") and not has_event(evs, "20")


@pytest.mark.parametrize("text", [
    "The finance minister's budget was met with weeks of strikes across the country.",
    "Chancellor Olaf Scholz's proposal was met with protests in Berlin.",
])
def test_met_with_tells_a_reception_not_a_meeting(nlp, text):
    assert not has_event(_events(nlp, text), "04")


def test_met_by_an_agent_stays_a_meeting(nlp):
    assert has_event(_events(nlp, "Vladimir Putin was met at the airport by Xi Jinping."), "040")


def test_object_trying_to_act_is_the_doer(nlp):
    evs = _events(nlp, "Hungary denies entry to three Romanian MPs trying to visit Budapest.")
    visits = [e for e in evs if e.cameo.startswith("04")]
    assert visits and all(e.source is not None and e.source.country == "ROU" for e in visits)


# Mends of the merged session-15 rules, read on fresh briefs (seed 15007)

def test_people_a_state_reports_hurt_keep_its_country(nlp):
    evs = _events(nlp, "Turkey says that four people were wounded by Kurdish militants firing rockets into the "
                       "country from Iraq.")
    hurt = [e for e in evs if e.target is not None and e.target.sector == "CVL"]
    assert hurt and all(e.target.country == "TUR" for e in hurt)


def test_deal_said_to_be_close_is_no_deal_made(nlp):
    evs = _events(nlp, "A Qatari mediator says that a deal between Israel and Hamas is close.")
    assert not has_event(evs, "05")


@pytest.mark.parametrize("text", [
    "Thai police detain six Malaysian nationals after receiving a tip from Malaysian police.",
    "Iran says it has received intelligence that Israel plans to strike its oil terminals.",
])
def test_receiving_a_thing_is_no_hosting(nlp, text):
    assert not has_event(_events(nlp, text), "043")


def test_missiles_received_from_a_state_are_military_aid(nlp):
    assert has_event(_events(nlp, "Venezuela received anti-ship missiles from Iran last month."), "072")
