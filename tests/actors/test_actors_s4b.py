"""Session 4, round 2 actor classes: bodies, parties, people and places added to the knowledge base,
a surname after an office title, ships coded by their flag or owner, a sea area is nobody's, Sudan's
Joint Forces, staff named by nationality, comma chains of places, and a bare noun's country."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base
from eventwire.actors.phrase import code_words, words_of_text


def _phrase(text: str, date: str = "2025-06-15") -> str | None:
    """The code of a free-text phrase (no parse: the last word is the head)."""
    got = code_words(load_knowledge_base(), words_of_text(text), None, date, ())
    return got.code if got is not None else None


@pytest.mark.parametrize(("name", "want"), [
    ("Moro National Liberation Front", "PHLREBMNL"), ("MNLF", "PHLREBMNL"), ("MFDC", "SENREBMFD"),
    ("BHP", "AUSBUS"), ("CureVac", "DEUBUS"), ("Kenana Sugar Company", "SDNBUS"),
    ("Maoist Centre", "NPLPTYMAO"), ("CPN (Maoist Centre)", "NPLPTYMAO"), ("People's Defense Units", "SYRREBYPG"),
    ("Mercosur", "IGOSAMMRC"), ("Carabinieri", "ITACOP"), ("Guardia Civil", "ESPCOP"), ("Jandarma", "TURCOP"),
    ("Gendarmerie nationale", "FRACOP"), ("Yabloko", "RUSPTYYAB"),
])
def test_bodies_added_to_the_knowledge_base(name: str, want: str) -> None:
    hits = [h for h in load_knowledge_base().hits(name) if h.kind == "org"]
    assert hits and hits[0].entity is not None and hits[0].entity.code == want


@pytest.mark.parametrize(("text", "date", "want"), [
    ("Peter Mandelson", "2025-06-15", "GBRGOV"),   # ambassador in Washington
    ("Peter Mandelson", "2025-10-01", "GBRELI"),   # dismissed in September 2025
    ("Irina Vlah", "2020-06-15", "MDAGOV"),        # governor of Gagauzia
    ("Irina Vlah", "2025-06-15", "MDAOPP"),        # opposition party leader
    ("Niue", "2025-06-15", "NIU"),
    ("Iranshahr", "2025-06-15", "IRN"), ("Casamance", "2025-06-15", "SEN"),
])
def test_people_and_places_added(text: str, date: str, want: str) -> None:
    assert _phrase(text, date) == want


def test_title_and_surname_of_a_known_office_holder() -> None:
    # Shehbaz Sharif's surname is no alias of its own (Nawaz Sharif held the office too), but only one
    # Sharif is prime minister on the date.
    assert _phrase("Prime Minister Sharif", "2025-05-10") == "PAKGOV"
    assert _phrase("Indian Prime Minister Sharif", "2025-05-10") == "INDGOV"  # the phrase's country wins


@pytest.mark.slow
def test_surname_after_title_then_alone(nlp) -> None:
    text = "Prime Minister Sharif met the Chinese president in Beijing. Sharif later criticised India."
    assert _code(nlp, text, "Sharif", date="2025-05-10") == "PAKGOV"
    assert _code(nlp, text, "Sharif", date="2025-05-10", nth=1) == "PAKGOV"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Militants fired a missile at a Liberian-flagged tanker near the strait.", "tanker", "LBR"),
    ("Pirates boarded a Greek-owned bulk carrier on Sunday.", "carrier", "GRC"),
    ("The navy escorted a Panama-flagged vessel through the canal.", "vessel", "PAN"),
    ("A drone hit a Maltese-registered container ship overnight.", "ship", "MLT"),
])
def test_a_ship_is_coded_by_its_flag_or_owner(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_a_merchant_carrier_is_no_warship(nlp) -> None:
    assert _code(nlp, "Rebels struck a British crude carrier with a drone boat.", "carrier") == "GBR"
    assert _code(nlp, "The French aircraft carrier sailed to Cyprus.", "carrier") == "FRAMIL"


@pytest.mark.slow
def test_a_coast_something_is_off_owns_nothing(nlp) -> None:
    text = "The Indian navy sent two frigates off the coast of Somalia after the hijacking."
    assert _code(nlp, text, "frigates") != "SOMMIL"
    assert _code(nlp, "Soldiers patrolled the streets in Mogadishu.", "Soldiers") == "SOMMIL"  # a place on land still places them


@pytest.mark.slow
def test_joint_forces_take_the_story_country(nlp) -> None:
    text = "The Joint Forces repelled a drone attack on El Fasher in North Darfur on Monday."
    assert _code(nlp, text, "Forces") == "SDNMIL"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Gunfire wounded four Palestinian GHF workers near the aid site.", "workers", "PSECVL"),
    ("The militia abducted two Afghan UN employees in the north.", "employees", "AFGCVL"),
])
def test_a_demonym_before_an_organisations_staff_is_their_nationality(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_staff_of_an_organisation_without_a_demonym_stay_the_organisation(nlp) -> None:
    assert _code(nlp, "Gunmen attacked GHF workers near the aid site.", "workers") == "USANGO"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Police detained a man from Newcastle, New South Wales, Australia, on Friday.", "man", "AUSCVL"),
    ("Students in Birmingham, Alabama, marched against the police.", "police", "USACOP"),
    ("Police detained a man from Newcastle, England, on Friday.", "man", "GBRCVL"),
])
def test_the_last_place_of_a_comma_chain_is_the_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_a_bare_noun_is_not_the_country_of_the_state_that_speaks_of_it(nlp) -> None:
    text = "Norway condemned the jailing of reporters by Belarusian courts."
    assert _code(nlp, text, "reporters") != "NORMED"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Militants freed 18 crew members of the cargo ship on Friday.", "members", "---CVL"),
    ("Pirates seized a tanker off Benin and abducted ten seafarers.", "seafarers", "---CVL"),
    ("The crew of the Chinese destroyer waved at the patrol.", "crew", "CHNMIL"),
    ("The coast guard rescued the crew of a Turkish-flagged freighter.", "crew", "---CVL"),
    ("The coast guard rescued six Turkish sailors and two Georgian crew members.", "members", "GEOCVL"),
])
def test_a_crew_is_whose_the_phrase_says(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want
