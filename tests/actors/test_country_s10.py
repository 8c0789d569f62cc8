"""Session 10 actor countries: a titled person flown somewhere makes that place a destination even when
the entity recogniser takes the name for an organisation; a bare state agent whose verb only acts on a
country (or gives to one) is not that country's; those a state sanctions do not take its country; a
title written before a known name is that person; a country owning the subject ("the parliament of X")
is the acting state; the first word of a two-word agent ("fighter jets") answers for the whole agent;
experts, inspectors and monitors of a named body are that body's; an acronym the tagger reads as a
pronoun ("WHO") is the organisation; more demonyms; party committees of the United States."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors.resolver import resolve_text


def test_a_titled_name_flown_abroad_makes_the_place_a_destination(nlp) -> None:
    # The recogniser reads the president's name as an organisation; the title still says a person is
    # moved, so the country he is flown to does not place the opposition figure.
    text = ("Soldiers stormed state television, while President Roch Marc Kabore was flown to Ivory Coast, "
            "and opposition figure Zephirin Diabre urged calm.")
    assert _code(nlp, text, "figure") == "---OPP"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Troops crossed into Ukraine overnight.", "Troops", "---MIL"),
    ("Soldiers fired on Lebanon from across the border.", "Soldiers", "---MIL"),
    ("Officials visited Ukraine on Monday.", "Officials", "---GOV"),
])
def test_a_country_the_bare_agent_acts_on_is_not_its_own(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("A judge fined the DNC over late filings.", "DNC", "USAPTYDEM"),
    ("Lawyers for the RNC sued the county.", "RNC", "USAPTYREP"),
])
def test_american_party_committees_are_their_parties(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Britain sanctioned three officials over the crackdown.", "officials", "---GOV"),
    ("The United States announced sanctions against four firms.", "firms", "---BUS"),
    ("The United States imposed sanctions on two shipping companies.", "companies", "---BUS"),
])
def test_those_sanctioned_do_not_take_the_sanctioning_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_a_title_written_before_a_known_name_is_that_person(nlp) -> None:
    text = "The Senate voted to limit president Donald Trump's authority in the war with Iran."
    assert _code(nlp, text, "president", date="2025-10-15") == "USAGOV"


def test_the_country_owning_the_subject_is_the_acting_state(nlp) -> None:
    text = "The parliament of Kenya rejected a loan offer from China and urged President Tom Odhiambo Were to refuse it."
    assert _code(nlp, text, "Odhiambo") == "KENGOV"


def test_the_first_word_of_a_two_word_agent_answers_for_it(nlp) -> None:
    text = "Norway scrambled two fighter jets after a Russian bomber neared Svalbard."
    assert _code(nlp, text, "fighter") == "NORMIL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Tehran barred IAEA inspectors from the site.", "inspectors", "IGOUNOIAE"),
    ("Moscow expelled OSCE monitors from the region.", "monitors", "IGOEUROSC"),
])
def test_experts_and_inspectors_of_a_named_body_are_that_body(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_an_acronym_read_as_a_pronoun_is_the_organisation(nlp) -> None:
    assert _code(nlp, "Beijing refused to allow WHO experts into the laboratory.", "WHO") == "IGOUNOWHO"


@pytest.mark.parametrize(("text", "want"), [
    ("Equatorial Guinean", "GNQ"),
    ("Tajikistani", "TJK"),
    ("Kittitian", "KNA"),
    ("Cabo Verdean", "CPV"),
    ("Liechtensteiner", "LIE"),
    ("Sammarinese", "SMR"),
    ("Santomean", "STP"),
])
def test_more_demonyms_name_their_country(text: str, want: str) -> None:
    assert resolve_text(text, "2025-05-01").code == want
