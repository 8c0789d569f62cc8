"""Session 11 actor countries: a mediator's country is not the parties'; the country named right after a
place says which namesake it is; a country or place word that starts a person's, a storm's or a ship's
name is no place; a place before a lower-case "division" names a unit; leaders at a bloc's summit are
the bloc's; a state word before an agent noun that describes an act ("a Mexican Army operation")
answers for that agent."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code


@pytest.mark.parametrize(("text", "word", "want"), [
    ("The government opened talks with two rebel groups, mediated by Qatar.", "groups", "---REB"),
    ("The army signed a truce with the rebels after mediation by Turkey.", "rebels", "---REB"),
    ("Rebels and the junta met for talks brokered by Egypt.", "Rebels", "---REB"),
])
def test_a_mediator_does_not_give_its_country_to_the_parties(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Masked gunmen shot four people in Santo Domingo, Ecuador.", "gunmen", "ECUUAF"),
    ("Police in Santo Domingo, Ecuador, detained six men.", "Police", "ECUCOP"),
    ("Police in Tripoli, Lebanon, detained a smuggler.", "Police", "LBNCOP"),
    ("A drone hit Blida in southern Lebanon overnight.", "Blida", "LBN"),
])
def test_the_country_named_after_a_place_says_which_namesake(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word"), [
    ("Jurors in Boise convicted Chad Wexley of two murders.", "Chad"),
    ("Cyclone Gombe flattened villages across the coast.", "Gombe"),
    ("Pirates boarded the bulk carrier Gibraltar Eagle off the coast.", "carrier"),
])
def test_a_place_word_starting_a_name_is_no_place(nlp, text: str, word: str) -> None:
    assert _code(nlp, text, word) is None


def test_a_person_name_with_a_place_word_does_not_place_others(nlp) -> None:
    text = "Prosecutors charged Chad Wexley with fraud."
    assert _code(nlp, text, "Prosecutors") == "---JUD"


def test_a_place_before_a_lower_case_division_names_a_unit(nlp) -> None:
    text = "The Israeli army's Golan division shelled positions near the border."
    assert _code(nlp, text, "division") == "ISRMIL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Leaders at the G7 summit agreed to send more money to Ukraine.", "Leaders", "IGOG7"),
    ("Foreign ministers at the NATO summit in Vilnius backed Ukraine's bid.", "ministers", "IGOWSTNAT"),
])
def test_leaders_at_a_blocs_summit_are_the_blocs(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Three suspects died during a Mexican Army operation near the border.", "Mexican", "MEXMIL"),
    ("Two men were arrested in a Greek police operation on the island.", "Greek", "GRCCOP"),
])
def test_a_state_word_before_an_agent_describing_an_act_is_that_agent(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_a_sponsor_joined_by_an_en_dash_is_not_the_actor(nlp) -> None:
    text = "Jets bombed Iran\u2013backed militias in Iraq overnight."
    assert _code(nlp, text, "Iran") == "IRQREB"


def test_a_place_of_another_clause_does_not_beat_the_police_country(nlp) -> None:
    text = ("Moldovan police carry out 90 searches and detain 31 people, with prosecutors saying that "
            "the suspects were trained in Serbia.")
    assert _code(nlp, text, "people") == "MDACVL"
