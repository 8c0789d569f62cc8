"""Session 3 (second round) actor rules: a state speaker's own army or government, capitals taken in
fighting, agent words inside names we do not know, delegations and teams, chambers, ministries and
courts named for any state, and names that run on through a preposition."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), [
    ("Norwegian officials said the army had repelled raiders near the border with Sweden.", "NORMIL"),
    ("Peruvian officials said the army struck a camp in Ecuador.", "PERMIL"),
    # no state speaker: the place named still says whose
    ("The army struck a camp in Ecuador, killing four.", "ECUMIL"),
])
def test_state_speaker_speaks_of_its_own_army(nlp, text: str, want: str) -> None:
    assert _code(nlp, text, "army") == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Rebel columns recaptured Lima after a week of street battles.", "Lima", "PER"),
    ("Oslo was shelled twice during the night.", "Oslo", "NOR"),
    ("The bombardment of Lisbon went on for six days.", "Lisbon", "PRT"),
    ("Insurgents advanced on Nairobi from the north.", "Nairobi", "KEN"),
    # the capital as a speaker or a party to talks stays the government
    ("Lima said it would send a delegation to the summit.", "Lima", "PERGOV"),
    ("Oslo criticised Lisbon over the fishing quota.", "Lisbon", "PRTGOV"),
    ("Lima hit Quito with new tariffs.", "Quito", "ECUGOV"),
])
def test_capital_taken_in_fighting_is_the_place(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), [
    ("Members of the Farmers Liberty Front marched to the square.", "Members"),
    ("The Democratic Renewal Platform said its candidate was detained.", "Platform"),
    ("The Popular Defence Forces of the Valley claimed the ambush.", "Forces"),
])
def test_agent_words_inside_unknown_names_give_no_sector(nlp, text: str, word: str) -> None:
    got = _code(nlp, text, word)
    assert got is None or not got.startswith("---")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("A delegation from Hamas flew to Doha for the talks.", "delegation", "PSEREBHMS"),
    ("A team from the IAEA visited the reactor site.", "team", "IGOUNOIAE"),
    ("A Chilean delegation arrived in Geneva.", "delegation", "CHLGOV"),
    ("The delegation left after two days.", "delegation", None),
])
def test_delegations_and_teams_belong_to_their_owner(nlp, text: str, word: str, want: str | None) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("The Chilean Congress rejected the pension reform.", "Congress", "CHLLEG"),
    ("The Congress of Guatemala rejected the budget.", "Congress", "GTMLEG"),
    ("Congress passed the spending bill.", "Congress", "USALEG"),
    ("Ghana's House of Representatives debated the bill.", "House", "GHALEG"),
    ("The Romanian Chamber of Deputies approved the decree.", "Chamber", "ROULEG"),
    ("Uganda's High Court blocked the eviction.", "Court", "UGAJUD"),
    ("The Bolivian Ministry of Justice opened an inquiry.", "Ministry", "BOLGOV"),
])
def test_legislatures_ministries_and_courts_of_any_state(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Sudan People's Liberation Movement-in-Opposition rejects the ceasefire deal.", "Movement", "SSDREBSPO"),
    ("Al-Qaeda in the Arabian Peninsula claimed the ambush.", "Qaeda", "YEMREBAQP"),
])
def test_known_names_run_on_through_a_preposition(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), [
    ("Gunmen killed nine villagers in Tungan Maza, Sokoto State, Nigeria.", "Maza"),
    ("The army recaptured the town of Wadi Karam from the rebels in Sudan.", "Karam"),
    ("Troops recaptured Jebel Hamra after heavy fighting in Sudan.", "Hamra"),
])
def test_places_the_parser_calls_people_are_no_civilians(nlp, text: str, word: str) -> None:
    got = _code(nlp, text, word)
    assert got is None or not got.endswith("CVL")


@pytest.mark.slow
def test_unknown_person_still_placed_by_the_sentence(nlp) -> None:
    assert _code(nlp, "Police in Kenya arrested Amos Kiprono Chege on Friday.", "Chege") == "KENCVL"


@pytest.mark.slow
def test_sponsor_is_no_antecedent(nlp) -> None:
    text = "The Belgian-backed militia Valley Shield Force said it had seized the depot."
    assert _code(nlp, text, "it") != "BEL"


@pytest.mark.slow
def test_group_named_by_a_known_organisation_is_that_organisation(nlp) -> None:
    text = "The Sudanese army said it drove out the paramilitary group Rapid Support Forces from the town."
    assert _code(nlp, text, "group") == "SDNREBRSF"


@pytest.mark.slow
def test_unknown_place_acted_on_stands_for_its_country(nlp) -> None:
    text = "Rebels shelled the town of Wadi Karam in Sudan."
    assert _code(nlp, text, "Karam") in (None, "SDN")


@pytest.mark.slow
def test_the_subject_state_owns_an_unqualified_government(nlp) -> None:
    text = "Chile accused Bolivia of blocking the river, the government said."
    assert _code(nlp, text, "government") == "CHLGOV"
