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
    ("A district court in Kathmandu, Nepal, sentences former deputy prime minister Top Bahadur Rayamajhi to four "
     "years in prison.", "minister", "NPLELI"),
    ("A court in Mexico formally indicts footballer Omar Bravo with the sexual abuse of a teenage girl.",
     "footballer", "MEXCVL"),
])
def test_a_title_takes_the_country_its_named_holder_is_placed_in(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2026-07-15") == want


def test_a_title_with_a_name_placed_nowhere_stays_without_country(nlp) -> None:
    text = "A court formally indicts footballer Omar Bravo with the sexual abuse of a teenage girl."
    assert _code(nlp, text, "footballer") == "---CVL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Turkish police arrest 161 people suspected of being members of the Islamic State over the last week.",
     "people", "IMGREBISI"),
    ("Pakistani police arrest three men suspected of being members of the Baloch Liberation Army.", "men", "PAKREBBLA"),
    ("Kenyan police detain four men accused of belonging to al-Shabaab.", "men", "SOMREBSHB"),
])
def test_people_suspected_of_belonging_to_a_group_are_the_group(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_people_suspected_of_a_crime_stay_civilians(nlp) -> None:
    assert _code(nlp, "Police arrest five people suspected of stealing cars in Kenya.", "people") == "KENCVL"


def test_a_place_named_with_and_after_in_is_where_the_story_is(nlp) -> None:
    text = ("Three people are killed in a mass shooting in Turks and Caicos, amid violence spilled over from the "
            "gang war in Haiti.")
    assert _code(nlp, text, "people") == "TCACVL"


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
    text = ("Andriy Portnov, former People's Deputy of Ukraine and aide to former president Viktor Yanukovych, is "
            "assassinated in Madrid, Spain, by unidentified gunmen.")
    assert _code(nlp, text, "Portnov", date="2025-05-21") == "UKRELI"


def test_a_known_surname_before_family_names_the_family_not_the_person(nlp) -> None:
    text = "Kyle Clifford, the perpetrator of the Hunt family killings in Bushey, England, pleads guilty to murder."
    assert _code(nlp, text, "Hunt", date="2025-05-27") is None
    assert _code(nlp, "Jeremy Hunt's family says he is well.", "Hunt", date="2025-05-27") == "GBRELI"


def test_a_country_name_split_by_the_recogniser_is_read_whole(nlp) -> None:
    text = ("Thirteen peacekeepers are killed as fighting intensifies in the Democratic Republic of the Congo between "
            "government forces and M23 rebels.")
    assert _code(nlp, text, "forces", date="2025-01-25") == "CODMIL"


def test_a_titled_person_listed_after_a_placed_one_shares_the_country(nlp) -> None:
    text = ("China bans Taiwanese interior minister Liu Shyh-fang and education minister Cheng Ying-yao from entering "
            "the country.")
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
    text = "The Israel Air Force bombs at least ten Houthi targets near Hudaydah Port in Al Hudaydah, Yemen."
    assert _code(nlp, text, "Force") == "ISRMIL"


@pytest.mark.parametrize(("text", "word", "want"), [
    ("International Criminal Court Prosecutor Karim Ahmad Khan becomes the first person to have sanctions placed on "
     "him by the U.S. government following an order intended to target the war crimes tribunal.", "tribunal", "IGOICC"),
    ("The International Court of Justice rejects South Africa's request. The court says Israel must comply.",
     "court", "IGOUNOICJ"),
])
def test_the_court_refers_back_to_a_named_court(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2025-02-13") == want


def test_the_court_after_another_court_is_not_the_named_one(nlp) -> None:
    text = "The ICC issued a warrant last year. Israel's supreme court said the court would review it."
    assert _code(nlp, text, "court", date="2025-02-13", nth=1) != "IGOICC"
