"""Emission classes of session 6 (events wrongly dropped or wrongly kept; invented sentences): a counted group of
uncoded people released or seized, a state's own soldiers or police firing at home, an act in a present-tense "until"
clause, a conjoined toll after a bare number, and a later sentence's "the strike" that tells an earlier attack's toll."""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, has_event


@pytest.mark.slow
def test_counted_uncoded_captives_keep_the_event(nlp) -> None:
    """"The militia frees nine fishermen": the fishermen are not coded, the release still happened (no target)."""
    evs = counted_events(nlp, "The Houthis release nine deckhands from a seized freighter.")
    assert any(e.root == "08" and e.source is not None and e.source.country == "YEM" for e in evs)
    # a thing released, with no number on it, is no group of people: no event is made up
    evs = counted_events(nlp, "The Houthis release a statement about the freighter.")
    assert not any(e.root == "08" for e in evs)


@pytest.mark.slow
def test_home_forces_fire_on_their_own_people(nlp) -> None:
    """"Ghanaian soldiers fire on miners": soldiers or police of a state, no foreign place named, hit its people."""
    evs = counted_events(nlp, "Ghanaian soldiers fire on wildcat miners near a quarry.")
    assert has_event(evs, "19", src="GHA", tgt="GHA")
    # an attack named only by its country keeps the old reading: the dead are not the attackers' people
    evs = counted_events(nlp, "Six people are killed in an Israeli strike.")
    assert not has_event(evs, "19", src="ISR", tgt="ISR")


@pytest.mark.slow
def test_present_until_clause_is_not_done(nlp) -> None:
    """"Rules out talks until X ends its operations": the awaited act has not happened; a past one has."""
    evs = all_events(nlp, "The rebels refuse any dialogue until the army ends its offensive in Darfur.")
    assert not any(e.root == "08" and not (e.negated or e.hypothetical) for e in evs)
    evs = counted_events(nlp, "The militia held the bridge for hours until the army withdrew from the valley.")
    assert any(e.root == "08" and e.source is not None and e.source.sector == "MIL" for e in evs)


@pytest.mark.slow
def test_toll_after_bare_number_joins_the_attack(nlp) -> None:
    """"Five are killed and 20 more injured in a suicide bombing": one bombing, not a killing beside it."""
    evs = counted_events(nlp, "Eight people are killed and 40 more injured in a car bombing at a market in Mosul, Iraq.")
    assert [e.root for e in evs if e.root in ("18", "19")] == ["18"]
    evs = counted_events(nlp, "Four people are killed and 12 more injured in a suicide bombing at a shrine in Kandahar.")
    assert [e.root for e in evs if e.root in ("18", "19")] == ["18"]


@pytest.mark.slow
def test_later_definite_attack_is_the_earlier_one(nlp) -> None:
    """"... in an airstrike. Two others were also killed in the strike": the second sentence adds no attack."""
    evs = counted_events(nlp, "The Israeli army kills a senior Hamas officer in an airstrike on a van in Khan Younis. "
                              "Two other men were also killed in the strike.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 1
    # a later attack with its own description is another attack
    evs = counted_events(nlp, "Russian forces shell Kharkiv. A separate drone attack on Sumy kills two.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 2


@pytest.mark.slow
def test_blow_and_its_narrower_kind_are_one_attack(nlp) -> None:
    """"Airstrikes and drone strikes": one attack with the wider code (195), not 195 beside 1952."""
    evs = counted_events(nlp, "Israeli airstrikes and drone strikes kill nine people in Gaza.")
    assert [e.cameo for e in evs if e.root == "19"] == ["195"]
    # two kinds of blow that do not refine each other stay two events
    evs = counted_events(nlp, "Ten people are killed during Israeli airstrikes and shootings in Jenin.")
    assert len([e for e in evs if e.root == "19"]) == 2


@pytest.mark.slow
def test_agentless_relative_passive_is_background(nlp) -> None:
    """"A hostage who was kidnapped in 2023": no doer named, a person's past, not coded; with a doer it is."""
    evs = counted_events(nlp, "The group publishes a video of a hostage who was kidnapped during the 2023 raids.")
    assert not any(e.root == "18" for e in evs)
    evs = counted_events(nlp, "Soldiers recover the bodies of two hostages who were abducted by Hamas in 2023.")
    assert has_event(evs, "18", src="PSE")


@pytest.mark.slow
def test_act_a_resolution_would_do_is_not_done(nlp) -> None:
    """"Rejects a resolution to stop military operations": the stopping is the text's content."""
    evs = counted_events(nlp, "The House rejects a resolution to halt military operations against Iran.")
    assert not any(e.root == "08" for e in evs)


@pytest.mark.slow
def test_first_time_clause_ranks_the_act_told(nlp) -> None:
    """"It is the first time that X has struck Y": the brief's act ranked again, not a second attack."""
    evs = counted_events(nlp, "The Israeli Air Force strikes a truck in Quneitra, killing two fighters. It is the first "
                              "time that Israeli jets have targeted the group since January.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 1


@pytest.mark.slow
def test_munition_clause_is_the_killing(nlp) -> None:
    """"Two children were killed when a rocket hit their house": one agentless blow, not a killing and a strike."""
    evs = counted_events(nlp, "Two children were killed when a rocket hit their house in Sderot.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 1
