"""Session 5 actor classes: a title whose holder's name is placed by the sentence takes that country,
people suspected of belonging to a group are the group, a place named with "and" after "in" says where
the story is, and parties, armed groups, universities, places and demonyms added to the knowledge base."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base
from eventwire.actors.phrase import code_words, words_of_text


def _phrase(text: str, date: str = "2026-05-15") -> str | None:
    """The code of a free-text phrase (no parse: the last word is the head)."""
    got = code_words(load_knowledge_base(), words_of_text(text), None, date, ())
    return got.code if got is not None else None


@pytest.mark.parametrize(("text", "word", "want"), [
    ("A court in Biratnagar, Nepal, sentences former deputy prime minister Bal Bahadur Rayamajhi to two years for "
     "bribery.", "minister", "NPLELI"),
    ("A court in Mexico formally indicts footballer Luis Arriaga with the attempted murder of a neighbour.",
     "footballer", "MEXCVL"),
])
def test_a_title_takes_the_country_its_named_holder_is_placed_in(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2026-07-15") == want


def test_a_title_with_a_name_placed_nowhere_stays_without_country(nlp) -> None:
    text = "A court formally indicts footballer Luis Arriaga with the attempted murder of a neighbour."
    assert _code(nlp, text, "footballer") == "---CVL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Jordanian police arrest 27 people suspected of being Islamic State members during raids in Amman.",
     "people", "IMGREBISI"),
    ("Officers in Quetta detain five men suspected of belonging to the Baloch Liberation Army after a bus attack.",
     "men", "PAKREBBLA"),
    ("Kenyan police detain four men accused of belonging to al-Shabaab.", "men", "SOMREBSHB"),
])
def test_people_suspected_of_belonging_to_a_group_are_the_group(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_people_suspected_of_a_crime_stay_civilians(nlp) -> None:
    assert _code(nlp, "Police arrest five people suspected of stealing cars in Kenya.", "people") == "KENCVL"


def test_a_place_named_with_and_after_in_is_where_the_story_is(nlp) -> None:
    text = "Several residents are killed in a gun attack in Turks and Caicos, linked by police to the gang war in Haiti."
    assert _code(nlp, text, "residents") == "TCACVL"


@pytest.mark.parametrize(("text", "want"), [
    ("Hongkongers", "HKG"), ("opposition coalition Somali Future Council", "SOMOPP"), ("the opposition alliance", "---OPP"),
    ("Columbia University", "USAEDU"), ("a Harvard professor", "USAEDU"), ("Oxford University", "GBREDU"),
    ("National Unity Platform", "UGAPTY"), ("D66", "NLDPTY"), ("Los Chapitos", "MEXCRMSIN"),
    ("ISM insurgents", "MOZREBASS"), ("the Mobondo militia", "CODREB"), ("APCLS", "CODREB"),
    ("the South West State", "SOM"), ("Chiúre", "MOZ"), ("the Sandiganbayan", "PHLJUD"), ("Assam Rifles", "INDMIL"),
])
def test_knowledge_base_additions(text: str, want: str) -> None:
    assert _phrase(text) == want


def test_a_capitalised_title_in_apposition_places_an_unknown_person(nlp) -> None:
    text = ("Oleh Marchuk, former People's Deputy of Ukraine and adviser to an ex-prime minister, is shot dead by a "
            "gunman in Vienna, Austria.")
    assert _code(nlp, text, "Marchuk", date="2025-05-21") == "UKRELI"


def test_a_known_surname_before_family_names_the_family_not_the_person(nlp) -> None:
    text = "Police in Leeds, England, say the Hunt family was not at home when the fire started."
    assert _code(nlp, text, "Hunt", date="2025-05-27") is None
    assert _code(nlp, "Jeremy Hunt's family says he is well.", "Hunt", date="2025-05-27") == "GBRELI"


def test_a_country_name_split_by_the_recogniser_is_read_whole(nlp) -> None:
    text = ("Thousands flee as the Democratic Republic of the Congo sees heavy fighting between government forces "
            "and M23 rebels.")
    assert _code(nlp, text, "forces", date="2025-01-25") == "CODMIL"


def test_a_titled_person_listed_after_a_placed_one_shares_the_country(nlp) -> None:
    text = ("China blacklists Taiwanese labour minister Hung Sun-han and culture minister Li Yuan over what it calls "
            "separatist activity.")
    assert _code(nlp, text, "minister", date="2025-01-25", nth=1) == "TWNGOV"


@pytest.mark.parametrize(("text", "want"), [("ACLED", "NGO")])
def test_knowledge_base_monitors(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("parliamentary speaker Aden Madobe", "SOMLEG"), ("Jubaland president Ahmed Madobe", "SOMGOV"), ("Madobe", None),
])
def test_a_surname_two_known_leaders_share_names_neither(text: str, want: str | None) -> None:
    assert _phrase(text, date="2026-05-19") == want


def test_a_known_organisation_split_by_the_parser_is_read_whole(nlp) -> None:
    text = "The Israel Air Force bombs at least a dozen Houthi sites around the port city of Hudaydah, Yemen."
    assert _code(nlp, text, "Force") == "ISRMIL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("The United States sanctions four judges of the International Criminal Court in a move aimed at the war "
     "crimes tribunal.", "tribunal", "IGOICC"),
    ("The International Court of Justice rejects South Africa's request. The court says Israel must comply.",
     "court", "IGOUNOICJ"),
])
def test_the_court_refers_back_to_a_named_court(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2025-02-13") == want


def test_the_court_after_another_court_is_not_the_named_one(nlp) -> None:
    text = "The ICC issued a warrant last year. Israel's supreme court said the court would review it."
    assert _code(nlp, text, "court", date="2025-02-13", nth=1) != "IGOICC"
