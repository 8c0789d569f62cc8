"""Harm no one dealt, session 11 (helper prec1): accidents and hazards the coder still read as attacks.

Classes: a hazard or a vehicle that "strikes" or "hits" (no cue of violence: "an earthquake strikes", "a boat hits a
rock and capsizes"), a crash verb the small parser reads as a noun after "after", a later toll after a quake, an
explosion at a site of accidents with no attacker or intent told, a tanker or gas cylinder that explodes, a vehicle that
falls or catches fire before a casualty participle, "catches fire" read as a verb "fire", a search and rescue
operation: no event. Attacks told with arms, intent or an arrest stay.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_roots as _roots

from eventwire.events import common

VIOLENT = {"18", "19", "20"}


@pytest.mark.parametrize("text", [
    # a quake that strikes, with its toll in the same sentence or a later one
    "Three people are killed and several houses collapse after a strong earthquake strikes near Ardenvale, Peru.",
    "A magnitude 6.1 earthquake strikes Guerrero, Mexico, killing one person and injuring eight others.",
    "A strong earthquake, whose epicentre lies off the coast of Velmora, strikes the island of Tessaly. At least 12 "
    "people are killed while 80 others are injured.",
    # a vehicle that hits something and capsizes, a crash verb read as a noun
    "Eleven people are killed after a speedboat strikes a log and capsizes on the Kwilu River, Congo.",
    "Nine people are killed after an Express Ruby train collides with a freight train near Kastor, Indonesia.",
    # explosions at sites of accidents, with no attacker, weapon or intent told
    "Three steelworkers are killed in an explosion at a rolling plant near Ostrava.",
    "Two people are killed when an explosion occurs in an apartment building in Lyon, France.",
    "In Shymkent, five residents are injured in a tower block explosion.",
    "Seven people are killed and 20 injured when a fuel tanker explodes on a highway near Kumasi, Ghana.",
    # a vehicle that falls or catches fire before its toll
    "A minibus falls into a gorge in Cusco, Peru, killing eleven passengers.",
    "A passenger ferry catches fire off Mindoro, Philippines, killing four people.",
    "Eight people are killed when a minibus catches fire near Gweru.",
])
def test_accident_or_hazard_is_no_attack(nlp, text: str) -> None:
    assert not _roots(nlp, text) & VIOLENT, text


def test_search_and_rescue_operation_is_no_attack(nlp) -> None:
    text = "The Spanish navy launches a search and rescue operation for a missing fishing boat off Galicia."
    assert not _roots(nlp, text) & VIOLENT


@pytest.mark.parametrize("text", [
    "Russian missiles strike Kharkiv, Ukraine, killing four people.",
    "Four people are killed in an explosion at a police station in Peshawar, Pakistan.",
    "Six residents are injured in an explosion at an apartment block in Malmo. A 40-year-old suspect is arrested.",
    "A car bomb explodes outside a hotel in Mogadishu, killing nine people.",
    "Gunmen storm a factory in Zamfara, Nigeria, killing seven workers.",
    "Gunmen open fire on a bus in Borno, Nigeria, killing six passengers.",
])
def test_attacks_stay(nlp, text: str) -> None:
    assert _roots(nlp, text) & VIOLENT, text


def test_shared_lists_live_in_harm_words() -> None:
    assert {"accident_sites", "vehicles", "mishap_clause_verbs"} <= set(common.HARM_LISTS)
    assert "plant" in common.ACCIDENT_SITES and "bus" in common.VEHICLE_WORDS and "fall" in common.CLAUSE_MISHAP_VERBS
