"""Precision classes of session 9 (false or miscoded events; invented sentences): accident and disaster deaths are no
attacks, a later toll that refers back or follows an accident is no new attack, "killed in the attacks" is the attack
told, things arriving are no visit, "open to holding talks" is an intent, a relative clause on a whole class and a
passive "until" clause are hypothetical, a killing of many is 180, and "arrested in the murder of X" codes no murder."""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events


def _blows(evs) -> list:
    return [e for e in evs if e.root in ("18", "19", "20")]


@pytest.mark.slow
def test_accident_deaths_are_no_attack(nlp) -> None:
    """Crashes, capsizing, accident blasts and vehicles that strike people deal no blow."""
    for text in ("Eight passengers are killed when a minibus overturns on a mountain road in Bolivia.",
                 "A cooking gas cylinder explosion kills six people at a hotel in Karachi, Pakistan.",
                 "A lorry strikes a group of schoolchildren in Kampala, Uganda, killing four."):
        assert not _blows(counted_events(nlp, text)), text
    # a landmine under a vehicle stays a blow
    evs = counted_events(nlp, "Six soldiers are killed when their truck drives over a landmine in Mali.")
    assert _blows(evs)
    # a ship or a tanker as the passive subject of a blow is its victim, not an accident
    evs = counted_events(nlp, "A Greek tanker was struck by a missile in the Red Sea off Yemen.")
    assert _blows(evs)


@pytest.mark.slow
def test_later_toll_after_an_accident_is_no_attack(nlp) -> None:
    """"A ferry sank ... Nine people were killed": the accident's toll, no new attack."""
    evs = counted_events(nlp, "A ferry capsizes on Lake Tanganyika in Burundi. Nine people were killed.")
    assert not _blows(evs)


@pytest.mark.slow
def test_later_toll_referring_back_is_no_new_attack(nlp) -> None:
    """"Three civilians were also killed": the toll of the blow already told."""
    evs = counted_events(nlp, "Gunmen kill a policeman in Kano, Nigeria. Three civilians were also killed.")
    assert len(_blows(evs)) == 1


@pytest.mark.slow
def test_killed_in_the_attacks_is_the_attack_told(nlp) -> None:
    """"Were killed in the attacks" in a later sentence names the attacks the brief has told."""
    evs = counted_events(nlp, "Bandits raid three villages in Sokoto, Nigeria. Dozens of farmers were killed in the attacks.")
    assert len(_blows(evs)) == 1


@pytest.mark.slow
def test_things_arriving_are_no_visit(nlp) -> None:
    """Aid, bodies or migrants arriving in a place visit no one (042)."""
    for text in ("Medical aid from Jordan arrives in Gaza.",
                 "Hundreds of asylum seekers arrive in Crete, Greece."):
        assert not any(e.cameo.startswith("042") for e in all_events(nlp, text)), text
    # a leader arriving visits
    evs = all_events(nlp, "French President Emmanuel Macron arrives in Nairobi, Kenya.")
    assert any(e.cameo.startswith("042") for e in evs)


@pytest.mark.slow
def test_open_to_talks_is_an_intent(nlp) -> None:
    """"Is open to holding talks with X": a readiness to meet (03x), no meeting."""
    evs = all_events(nlp, "Venezuela says it is open to holding talks with Colombia.")
    assert not any(e.cameo.startswith("04") for e in evs)
    assert any(e.cameo.startswith("03") for e in evs)


@pytest.mark.slow
def test_relative_clause_on_a_class_is_hypothetical(nlp) -> None:
    """"Countries that impose sanctions on X": what such countries would do, no sanction imposed."""
    evs = all_events(nlp, "Russia threatens countries that impose sanctions on Belarus.")
    assert not any(e.root == "16" and not e.hypothetical for e in evs)


@pytest.mark.slow
def test_passive_until_clause_is_hypothetical(nlp) -> None:
    """"Until sanctions on X are lifted by Y": the lifting is awaited, not done."""
    evs = all_events(nlp, "Cuba will not negotiate with Washington until sanctions on Havana are lifted by the United States.")
    assert not any(e.cameo.startswith("08") and not e.hypothetical for e in evs)


@pytest.mark.slow
def test_killing_of_many_is_no_single_killing(nlp) -> None:
    """Gunmen killing several people assault them (180); 1823 is a killing of one person."""
    evs = counted_events(nlp, "Gunmen kill fourteen worshippers in Zamfara, Nigeria.")
    assert any(e.cameo == "180" for e in evs)
    assert not any(e.cameo == "1823" for e in evs)


@pytest.mark.slow
def test_murder_one_is_arrested_in_is_the_charge(nlp) -> None:
    """"Arrested two men in the murder of X": the murder is what they are held for, no act coded anew."""
    evs = all_events(nlp, "Police in Colombia arrest three men in the murder of a senator.")
    assert any(e.cameo.startswith("173") for e in evs)
    assert not any(e.root == "18" for e in evs)
    # an arrest "in a shootout" keeps the shootout
    evs = counted_events(nlp, "Police arrest a gang leader in a shootout with gunmen in Sinaloa, Mexico.")
    assert any(e.cameo.startswith("173") for e in evs)
