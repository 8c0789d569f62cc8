"""Empty target slots, session 12 (helper targets).

Classes: an interception of missiles or drones whose owner the clause does not name is aimed at whoever the brief has
just said launched them; a passive verb whose object is an amount ("was fined £500") keeps its subject as the one
it was done to; "those countries", "both countries" after a list of states are those states; "the country" after an
attacking state is the state named before it, not the attacker.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Belarus fired a barrage of missiles at Lutsk on Friday. Ukraine said it shot down 12 of 15 missiles.",
     "UKR", "BLR"),
    ("A Syrian drone attack hit a border post overnight, and the Turkish army said it intercepted four drones.",
     "TUR", "SYR"),
    ("Iran launched missiles toward Haifa late on Tuesday. Most of the missiles were intercepted by Israeli air "
     "defences.", "ISR", "IRN"),
])
def test_interception_is_aimed_at_the_launcher_named_before(nlp, text: str, src: str, tgt: str) -> None:
    assert has_event(_events(nlp, text), "19", src, tgt)


def test_interception_with_no_launcher_named_keeps_no_target(nlp) -> None:
    evs = [e for e in _events(nlp, "Romania said it shot down three drones over the Danube delta.") if e.root == "19"]
    assert evs and all(e.target is None or e.target.country != "ROU" for e in evs)


@pytest.mark.parametrize(("text", "tgt"), [
    ("The Estonian transport minister is fined €400 by Tallinn police for speeding.", "EST"),
    ("A Norwegian opposition lawmaker was fined 9,000 kroner by an Oslo court.", "NOR"),
])
def test_passive_with_an_amount_keeps_its_subject_as_target(nlp, text: str, tgt: str) -> None:
    assert has_event(_events(nlp, text), "17", None, tgt)


def test_those_countries_are_the_states_just_listed(nlp) -> None:
    evs = _events(nlp, "Armenia accuses Turkey and Georgia of the blockade and threatens sanctions against those "
                       "countries.")
    tgts = {e.target.country for e in evs if e.target is not None and e.root in ("13", "16")}
    assert {"TUR", "GEO"} <= tgts


def test_the_country_after_an_attacking_state_is_the_state_named_before(nlp) -> None:
    text = "Moldovan officials mark a national day of mourning. Russia carried out a drone attack against the country."
    assert has_event(_events(nlp, text), "19", "RUS", "MDA")


def test_attack_after_its_aftermath_falls_where_the_damage_is(nlp) -> None:
    text = "Fires burn at a fuel depot in Basra, Iraq, following a Turkish drone attack."
    assert has_event(_events(nlp, text), "19", "TUR", "IRQ")
