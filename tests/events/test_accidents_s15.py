"""Accidents told as harm, session 15: blasts joined to a blaze, caused by a leak or at a port; a death in a car
chase; a relic of a past war going off; and a toll hung on an attack noun that "occurred" (one event, not two)."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


def _roots(nlp, text: str) -> set[str]:
    return {e.root for e in counted_events(nlp, text, "2025-09-14")}


ATTACKS = {"18", "19", "20"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Two cooks are killed in Busan when an explosion and fire engulf their seafood restaurant kitchen.",
        "Six shoppers were killed during a blast caused by a gas leak at a mall in Enugu.",
        "Two dockers are killed and nine are hurt in an explosion at the Port of Gdynia, Poland.",
        "Eight traders were killed in an explosion inside a fireworks storage area of the old Tabriz bazaar.",
    ],
)
def test_blast_joined_to_a_blaze_or_caused_by_a_leak_is_no_attack(nlp, text: str) -> None:
    assert not _roots(nlp, text) & ATTACKS


@pytest.mark.slow
def test_death_in_a_car_chase_is_no_attack(nlp) -> None:
    text = "Two pedestrians are killed and one is hurt during a car chase between the gendarmes and a stolen van in Lyon."
    assert not _roots(nlp, text) & ATTACKS


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Four villagers are killed after a rusty shell from World War II goes off beside a barn in Bougainville.",
        "Three boys are killed when an unexploded mortar round left over from the war detonates near a pond in Quang Tri.",
    ],
)
def test_relic_of_a_past_war_going_off_is_no_attack(nlp, text: str) -> None:
    assert not _roots(nlp, text) & ATTACKS


@pytest.mark.slow
def test_toll_of_an_attack_that_occurred_is_one_event(nlp) -> None:
    text = "Five teenagers are injured after a shooting occurred at a funfair in Tilburg, Netherlands."
    evs = [e for e in counted_events(nlp, text, "2025-09-14") if e.root in ATTACKS]
    assert len(evs) == 1 and evs[0].root == "18" and evs[0].source is None
    assert evs[0].target is not None and evs[0].target.code.endswith("CVL")
