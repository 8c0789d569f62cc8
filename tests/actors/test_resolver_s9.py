"""Session 9 actor resolution: dashes in names, more words of administrative units, storms, people whose
surname is a place, unknown places struck, a bare agent and the country its verb acts on, namesakes told
apart by country, places named by the side that administers them, and office holders whose terms ended
in 2025-2026 (with their successors)."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base
from eventwire.actors.kb import norm
from eventwire.actors.resolver import resolve_text


@pytest.mark.parametrize("text", ["Guinea\u2013Bissau", "Guinea\u2014Bissau", "Guinea\u2011Bissau", "Guinea\u2010Bissau"])
def test_dashes_written_for_a_hyphen_are_a_hyphen(text: str) -> None:
    assert norm(text) == "guinea-bissau"
    assert resolve_text(text, "2025-05-01").code == "GNB"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Villagers in Guinea\u2013Bissau accused soldiers of looting their shops.", "Guinea", "GNB"),
    ("Traffic police in Baden\u2013W\u00fcrttemberg fined forty drivers on Sunday.", "police", "DEUCOP"),
])
def test_a_known_name_written_with_a_dash_is_read_whole(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Lublin Voivodeship", "POL"),
    ("Kraków Voivodeship", "POL"),
    ("Mandalay Township", "MMR"),
])
def test_more_administrative_unit_words_name_the_same_place(text: str, want: str) -> None:
    assert resolve_text(text, "2025-05-01").code == want


@pytest.mark.parametrize(("text", "word"), [
    ("Cyclone Tamsin killed six people in Fiji.", "Tamsin"),
    ("Typhoon Marisol killed nine fishermen in the Philippines.", "Marisol"),
    ("Storm Hildegard killed two hikers in Scotland.", "Hildegard"),
])
def test_a_storm_is_no_person(nlp, text: str, word: str) -> None:
    assert _code(nlp, text, word) is None


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Kenyan police questioned Peter Jordan about the missing funds in Nairobi.", "Jordan", None),
    ("Gunmen shot dead Ahmed Kabul outside his shop in Afghanistan.", "Kabul", "AFGCVL"),
    ("Nigerian police detained Musa Kano at a checkpoint in Abuja.", "Kano", "NGACVL"),
])
def test_a_person_whose_surname_is_a_place_is_not_that_place(nlp, text: str, word: str, want: str | None) -> None:
    assert _code(nlp, text, word) == want


def test_an_institution_named_for_its_town_is_no_person(nlp) -> None:
    assert _code(nlp, "Gunmen shot dead Omar Herat outside his shop in Afghanistan.", "Herat") == "AFGCVL"
    text = "Riot police entered the grounds of Universitas Islam Bandung in West Java."
    assert _code(nlp, text, "Bandung") != "IDNCVL"
    # A plural common noun before a place is no given name either.
    assert _code(nlp, "A judge said that Elections Alberta wrongly approved the recall petition.", "Alberta") == "CAN"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("The air force carried out strikes on Zelvino, a village in Belarus.", "Zelvino", "BLR"),
    ("Drone strikes on Tawarnia killed five farmers in Sudan.", "Tawarnia", "SDN"),
    ("Rebels claimed the attack on Kolkoro in Mali.", "Kolkoro", "MLI"),
    # The possessor says whose the island is.
    ("Jets of Kuwait watched a strike on Iran's Hormozan Island.", "Island", "IRN"),
])
def test_an_unknown_name_struck_is_a_place(nlp, text: str, word: str, want: str | None) -> None:
    assert _code(nlp, text, word) == want


def test_a_struck_place_is_not_the_strikers_and_a_date_is_no_place(nlp) -> None:
    text = "Israel launched strikes on Yatmaniya in Lebanon overnight."
    assert _code(nlp, text, "Yatmaniya") == "LBN"
    assert _code(nlp, "Israel launched strikes on Yatmaniya overnight.", "Yatmaniya") is None
    assert _code(nlp, "Gunmen led attacks on Yemen on October 7.", "October") is None


def test_a_bare_agent_is_not_of_the_country_its_verb_acts_on(nlp) -> None:
    assert _code(nlp, "Soldiers fired on Lebanon from Israel on Monday.", "Soldiers") == "ISRMIL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Colombian defence minister Pedro S\u00e1nchez visited troops near the border.", "S\u00e1nchez", "COLGOV"),
    ("Pedro S\u00e1nchez met Gustavo Petro in Bogot\u00e1 to discuss the kidnapping of soldiers in Colombia.",
     "S\u00e1nchez", "COLGOV"),
])
def test_namesakes_are_told_apart_by_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2025-10-15") == want
    # Without a country, the better known: Spain's prime minister.
    assert _code(nlp, "Pedro S\u00e1nchez met Emmanuel Macron in Paris.", "S\u00e1nchez", date="2025-10-15") == "ESPGOV"
    text = "Spanish prime minister Pedro S\u00e1nchez met Gustavo Petro in Bogot\u00e1."
    assert _code(nlp, text, "S\u00e1nchez", date="2025-10-15") == "ESPGOV"


def test_a_place_is_of_the_side_that_administers_it(nlp) -> None:
    assert _code(nlp, "Police in Pakistan-administered Kashmir detained twelve students.", "Police") == "PAKCOP"
    assert _code(nlp, "Police in Indian-administered Kashmir detained twelve students.", "Police") == "INDCOP"


@pytest.mark.parametrize(("name", "date", "want"), [
    ("Dick Schoof", "2026-03-01", "NLDELI"),
    ("John Healey", "2026-07-01", "GBRELI"),
    ("Muhammad Yunus", "2026-04-01", "BGDELI"),
    ("Kristi Noem", "2026-03-06", "USAELI"),
    ("Pam Bondi", "2026-05-01", "USAELI"),
    ("Evika Sili\u0146a", "2026-06-01", "LVAELI"),
    ("Mohammed Shahabuddin", "2026-08-01", "BGDELI"),
    ("Sadio Camara", "2026-05-01", "MLIELI"),
    ("Aziz Nasirzadeh", "2026-03-05", "IRNELI"),
    ("Mohammad Pakpour", "2026-03-05", "IRNELI"),
    ("Abdolrahim Mousavi", "2026-03-05", "IRNELI"),
    ("Ali Larijani", "2026-04-01", "IRNELI"),
    # Successors and others.
    ("Todd Blanche", "2026-05-01", "USAJUD"),
    ("Andris Kulbergs", "2026-06-01", "LVAGOV"),
    ("F\u00e9lix Plasencia", "2026-08-01", "VENGOV"),
    ("Sher Bahadur Deuba", "2022-01-01", "NPLGOV"),
    ("Sher Bahadur Deuba", "2026-04-09", "NPLELI"),
    ("Christian Ntsay", "2025-10-15", "MDGELI"),
    ("Jana \u010cernochov\u00e1", "2025-09-03", "CZEGOV"),
    ("Bojie Dy", "2025-10-01", "PHLLEG"),
    ("Dalton Tagelagi", "2026-05-13", "NIUGOV"),
])
def test_terms_that_ended_in_2025_and_2026(name: str, date: str, want: str) -> None:
    assert resolve_text(name, date).code == want


def test_a_term_ends_the_day_after_the_last_day_in_office() -> None:
    assert resolve_text("Ali Khamenei", "2026-02-28").code == "IRNGOV"
    assert resolve_text("Ali Khamenei", "2026-03-05").code == "IRNELI"
    assert resolve_text("Ali Larijani", "2026-03-17").code == "IRNGOV"
    assert resolve_text("Sadio Camara", "2026-04-25").code == "MLIGOV"


def test_successors_hold_the_office_after_the_change() -> None:
    kb = load_knowledge_base()
    assert kb.holder("NLD", "prime minister", "2026-03-01").name == "Rob Jetten"
    assert kb.holder("LVA", "prime minister", "2026-06-01").name == "Andris Kulbergs"
    assert kb.holder("VEN", "foreign minister", "2026-08-01").name == "F\u00e9lix Plasencia"
    assert kb.holder("USA", "attorney general", "2026-05-01").name == "Todd Blanche"
