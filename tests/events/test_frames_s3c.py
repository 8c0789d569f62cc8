"""Frame-level classes of real news, session 3, third round (sentences written for these tests).

One test per class: a weapon that kills is fired, not supplied, and a war's toll is no new act; drone strikes (1952)
keep their aerial code against civilians; quantity and circumstance nouns are not looked through; hedged nominal
events ("possible talks") are hypothetical; events named by a date or year are background; announced trips are
intents (036); "a call with" is a conversation (041); new support verbs; blockades of roads (144) and withdrawals
from agreements (160).
"""

from __future__ import annotations

import pytest
from helpers_events import all_events as _all
from helpers_events import counted_events as _events
from helpers_events import has_event

from eventwire.records import Event


def _show(events: list[Event]) -> list[tuple[str, str | None, str | None, str, str]]:
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.trigger.text, e.rule) for e in events]


def _codes(events: list[Event]) -> list[str]:
    return [e.cameo for e in events]


@pytest.mark.slow
def test_weapon_subject_of_casualty_verb_is_fired(nlp) -> None:
    """'a missile killed five': an aerial attack (195), never military aid (072); 'killed in the civil war': no act."""
    ev = _events(nlp, "A Chinese-made missile killed seven fishermen off the coast of Yemen, officials said.")
    assert not any(c.startswith("07") for c in _codes(ev)), _show(ev)
    assert any(c.startswith("195") for c in _codes(ev)), _show(ev)
    ev = _events(nlp, "Tens of thousands of people have been killed in Myanmar's civil war since the coup.")
    assert not any(c[:2] in ("19", "20") for c in _codes(ev)), _show(ev)


@pytest.mark.slow
def test_drone_strike_is_1952_even_on_civilians(nlp) -> None:
    """A drone strike is 1952, and a militia's drone strike that kills villagers stays aerial (not 1823)."""
    ev = _events(nlp, "A drone strike by the rebel militia killed eleven villagers near Goma.")
    assert any(c == "1952" for c in _codes(ev)), _show(ev)
    assert "1823" not in _codes(ev), _show(ev)


@pytest.mark.slow
def test_quantity_and_circumstance_nouns_not_looked_through(nlp) -> None:
    """'bringing the total number of peacekeepers', 'in the wake of the shooting': no 074, no 180."""
    ev = _events(nlp, "Nepal sent another battalion, bringing the total number of peacekeepers in South Sudan to 1,700.")
    assert "074" not in _codes(ev), _show(ev)
    ev = _events(nlp, "Schools in Uppsala stayed closed on Friday in the wake of the shooting at a college.")
    assert not any(c.startswith("18") for c in _codes(ev)), _show(ev)


@pytest.mark.slow
def test_hedged_nominal_events_are_hypothetical(nlp) -> None:
    """'possible talks', 'the proposed summit': not counted as meetings; the weighing verb itself still counts."""
    ev = _events(nlp, "Diplomats discussed possible talks between Chile and Bolivia on sea access.")
    assert not any(c.startswith("04") for c in _codes(ev)), _show(ev)
    ev = _all(nlp, "The proposed summit between Egypt and Ethiopia was announced on Tuesday.")
    assert all(e.hypothetical for e in ev if e.cameo.startswith("04")), _show(ev)


@pytest.mark.slow
def test_dated_events_are_background(nlp) -> None:
    """'since the 2014 coup', 'the March 3 attack killed': past acts recalled by date, not new events; weekdays stay."""
    ev = _events(nlp, "The army has governed Thailand since the 2014 coup, critics say.")
    assert not any(c.startswith("17") for c in _codes(ev)), _show(ev)
    ev = _events(nlp, "The March 3 attacks killed 40 people in Bamako, a report said.")
    assert not any(c[:2] in ("18", "19") for c in _codes(ev)), _show(ev)
    ev = _events(nlp, "Tuesday's attack on an army post killed six soldiers in Niger.")
    assert any(c[:2] in ("18", "19") for c in _codes(ev)), _show(ev)


@pytest.mark.slow
def test_announced_trip_is_intent(nlp) -> None:
    """'announced a trip to X': an intent to meet (036), not a visit (042)."""
    ev = _events(nlp, "The Brazilian president announced a three-day trip to Angola.")
    assert has_event(ev, "036", "BRA", "AGO"), _show(ev)
    assert not any(c.startswith("042") for c in _codes(ev)), _show(ev)


@pytest.mark.slow
def test_call_with_is_a_conversation(nlp) -> None:
    """'had a call with X' is a phone call (041); 'a call for a truce' stays an appeal."""
    ev = _events(nlp, "The Kenyan president had a call with the Ethiopian prime minister on Sunday.")
    assert has_event(ev, "041", "KEN", "ETH"), _show(ev)
    assert not any(c.startswith("02") for c in _codes(ev)), _show(ev)


@pytest.mark.slow
def test_new_support_verbs(nlp) -> None:
    """respond with, ramp up, mastermind, spearhead, return (an indictment), enter into (talks)."""
    ev = _events(nlp, "Pakistan responded with airstrikes on militant hideouts in Afghanistan.")
    assert has_event(ev, "19", "PAK"), _show(ev)
    ev = _events(nlp, "Sudan ramped up attacks on rebel positions in Darfur.")
    assert has_event(ev, "19", "SDN"), _show(ev)
    ev = _events(nlp, "A grand jury in Ohio returned an indictment against the former mayor.")
    assert any(c.startswith("17") or c.startswith("11") for c in _codes(ev)), _show(ev)
    ev = _events(nlp, "Ecuador and Peru entered into negotiations on the border dispute.")
    assert has_event(ev, "04", "ECU", "PER"), _show(ev)


@pytest.mark.slow
def test_target_phrase_chooses_the_code(nlp) -> None:
    """'a blockade of highways' obstructs passage (144); 'withdrawal from the accord' cuts ties (160), no retreat."""
    ev = _events(nlp, "Chilean truck drivers mounted a blockade of highways near Santiago.")
    assert "144" in _codes(ev) and not any(c.startswith("191") for c in _codes(ev)), _show(ev)
    ev = _events(nlp, "Argentina announced its withdrawal from the Paris climate accord.")
    assert not any(c.startswith("087") for c in _codes(ev)), _show(ev)
