"""Session 6 actor classes, on where a bare agent word takes its country from: a destination people are
moved to, the venue of talks and a place said of other people in a relative clause are not whose the
sentence's actors are; a person's name after "of" does not hide the story's country; an unknown name
after a word for an armed group is that group's name; units of an army are the army's; a state body
telling people what to do speaks to its own; and a common misspelt demonym."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code


@pytest.mark.parametrize(("text", "word", "want"), [
    # The one flown somewhere is not that country's, nor is anyone else in the sentence.
    ("Ousmane Sonko, an opposition candidate, is flown to Senegal.", "candidate", "---OPP"),
    ("Australian Army veteran Ben Roberts-Smith is arrested by police at Sydney Airport for alleged war crimes "
     "committed during his deployment to Afghanistan.", "police", "AUSCOP"),
])
def test_a_destination_people_are_moved_to_is_not_whose_they_are(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    # A return is home; goods moved somewhere leave the place the story's scene; a purpose is done there.
    ("The Trump administration agree to send convicted money launderer Alexander Vinnik back to Russia.",
     "Vinnik", "RUSCVL"),
    ("Spanish authorities dismantle a network that uses helicopters to transport hashish from Morocco into southern "
     "Spain, arresting six suspects.", "suspects", "ESPCRM"),
    ("The Libyan National Army facilitated the transfer of weapons and Colombian mercenaries to Sudan to fight for "
     "the Rapid Support Forces against government forces.", "forces", "SDNMIL"),
])
def test_returns_goods_and_purposes_keep_the_destination(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, nth=-1 if word == "forces" else 0) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Five soldiers are killed in clashes on the border, ahead of talks held in Malaysia.", "soldiers", "---MIL"),
    ("During a meeting in Nairobi, Kenya, political groups in Sudan led by Abdul Wahid al-Nur approve a roadmap.",
     "Nur", "SDNCVL"),
])
def test_the_venue_of_talks_is_not_the_country_of_their_parties(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_a_place_of_other_people_in_a_relative_clause_does_not_place_the_main_clause(nlp) -> None:
    text = ("A gunman kills two people at a festival, while relatives of the captives who remain in Gaza protest "
            "nearby. Police in Sydney, Australia, say the gunman was known to them.")
    assert _code(nlp, text, "people") == "AUSCVL"
    assert _code(nlp, "Hamas releases three hostages held in Gaza.", "hostages") == "PSECVL"


def test_a_person_named_after_of_does_not_hide_the_story_country(nlp) -> None:
    assert _code(nlp, "The father of Natalie Rupnow is charged in Madison, Wisconsin.", "father") == "USACVL"
    # An organisation we do not know after "of" may be foreign: no country.
    assert _code(nlp, "The commander of Acme Forces was killed in Mali.", "commander") == "---MIL"


def test_an_unknown_name_after_an_armed_group_word_is_that_group(nlp) -> None:
    text = ("The Israeli-backed militant organization Counter-Terrorism Strike Force says it has assassinated "
            "Mahmoud Al-Astal, head of a Hamas-run police unit in Khan Yunis, Gaza Strip.")
    assert _code(nlp, text, "organization", date="2026-01-12") == "PSEREB"


def test_a_numbered_army_unit_is_the_army_of_the_story(nlp) -> None:
    text = ("The Sudanese Armed Forces say that the 4th Infantry Division's 13th Brigade have taken control of the "
            "town of Fashfoun.")
    assert _code(nlp, text, "Brigade") == "SDNMIL"


def test_a_state_body_urging_people_speaks_to_its_own(nlp) -> None:
    lead = ("Iran launches missiles at a United States Navy facility in Bahrain, and Iranian drones strike "
            "residential areas of Manama. ")
    assert _code(nlp, lead + "The Bahraini interior ministry urges citizens to seek shelter.", "citizens") == "BHRCVL"
    urged = lead + "The Bahraini interior ministry urges citizens and residents to seek shelter."
    assert _code(nlp, urged, "residents") == "BHRCVL"
    # Only telling people what to do: praise is no address to one's own.
    assert _code(nlp, lead + "The Bahraini interior ministry praises citizens for their calm.", "citizens") == "---CVL"


def test_a_common_misspelling_of_a_demonym(nlp) -> None:
    assert _code(nlp, "Ghanian soldiers open fire on illegal miners.", "soldiers") == "GHAMIL"


def test_a_person_after_a_title_after_of_is_a_person(nlp) -> None:
    text = "Romania's parliament rejects the proposed government of prime minister-designate Adrian Veștea."
    assert _code(nlp, text, "government", date="2026-06-22") == "ROUGOV"


def test_in_the_exclave_names_the_place_named_before(nlp) -> None:
    text = ("Israel kills at least 59 Palestinians in Gaza after Israeli tanks fired into a crowd. At least 14 other "
            "people are also killed in separate Israeli gunfire and airstrikes elsewhere in the exclave.")
    assert _code(nlp, text, "people") == "PSECVL"
