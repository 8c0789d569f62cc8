"""Emission classes of session 7 (acts coded that are none, and a charge against a state; invented sentences): an
operation of help or watch, a rescue at home, doers barricading themselves in, a person's possessed capture, and a
legal charge brought against a country named as such."""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, has_event


@pytest.mark.slow
def test_operation_of_help_is_no_attack(nlp) -> None:
    """"Conducted a rescue operation off X": a rescue or a search is no armed operation (190)."""
    evs = all_events(nlp, "The Turkish coast guard conducted a rescue operation off Lesbos.")
    assert not any(e.root == "19" for e in evs)
    # an operation that kills is still an attack
    evs = counted_events(nlp, "Nigerian soldiers kill ten militants during an operation in Borno.")
    assert any(e.root == "19" for e in evs)


@pytest.mark.slow
def test_rescue_at_home_is_no_aid(nlp) -> None:
    """"Soldiers rescued a senator": saving its own people is no aid event; one country helping another is."""
    evs = all_events(nlp, "Colombian soldiers rescued a Colombian senator held by the rebels.")
    assert not any(e.root == "07" for e in evs)
    evs = all_events(nlp, "Kenyan police were assisted by Kenyan soldiers during the evacuation of Garissa.")
    assert not any(e.root == "07" for e in evs)
    # one state helping another stays aid
    evs = all_events(nlp, "Japan assisted Indonesia with rescue teams after the quake.")
    assert has_event(evs, "070", src="JPN", tgt="IDN")


@pytest.mark.slow
def test_barricaded_themselves_blocks_no_one(nlp) -> None:
    """"Gunmen barricaded themselves inside a bank": the doers shut themselves in; a barricaded road is blocked."""
    evs = all_events(nlp, "Gunmen barricaded themselves inside a bank in Lagos.")
    assert not any(e.cameo == "144" for e in evs)
    evs = all_events(nlp, "Protesters barricaded the main road to the airport in Lima.")
    assert any(e.cameo == "144" for e in evs)


@pytest.mark.slow
def test_possessed_capture_is_no_occupation(nlp) -> None:
    """"Police announce his capture": what befell a person, not a place seized (192)."""
    evs = all_events(nlp, "Police announce his capture in Bogota.")
    assert not any(e.cameo == "192" for e in evs)


@pytest.mark.slow
def test_charge_against_a_state_is_an_accusation(nlp) -> None:
    """"Prosecutors charged Russia with war crimes": a state is accused (112), not arrested (173)."""
    evs = all_events(nlp, "Prosecutors in Kyiv charged Russia with war crimes.")
    assert has_event(evs, "112", tgt="RUS")
    assert not any(e.root == "17" for e in evs)
    # people charged stay 173
    evs = all_events(nlp, "Police in Lima charged two students with arson.")
    assert any(e.cameo == "173" for e in evs)


@pytest.mark.slow
def test_flag_adjective_names_no_doer(nlp) -> None:
    """"Holding Turkish flags praising the deal": the flag's adjective is no Turkish doer (051)."""
    evs = all_events(nlp, "Demonstrators waved Turkish and Azerbaijani flags praising the deal outside the embassy.")
    assert not any(e.root == "05" for e in evs)
    # an adjective on the people themselves still names them
    evs = all_events(nlp, "Turkish demonstrators praise the deal outside the embassy.")
    assert any(e.root == "05" and e.source is not None and e.source.country == "TUR" for e in evs)


@pytest.mark.slow
def test_vehicle_driving_onto_a_bomb_is_no_second_blow(nlp) -> None:
    """"Killed when their minibus hits a landmine": the minibus strikes no one; the killing is the one event."""
    evs = counted_events(nlp, "Nine passengers are killed when their minibus hits a landmine near Gao, Mali.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 1
    # a bomb used to hit something is the blow
    evs = counted_events(nlp, "Militants hit a police convoy with a bomb in Borno State, Nigeria.")
    assert any(e.root in ("18", "19") for e in evs)
