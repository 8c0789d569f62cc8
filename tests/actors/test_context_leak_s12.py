"""Session 12: a bare agent word takes no country from the story when it cannot be the story's: peacekeepers
serve away from home, a pilot flies his craft's flag, an embassy is not the country it is posted in. A
possessor still says whose ("its pilots", "his forces"), and a state body dismissing an officer dismisses
its own."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code


@pytest.mark.parametrize(("text", "word"), [
    ("Mortar fire near Bunia, Ituri, wounded three peacekeepers on Tuesday.", "peacekeepers"),
    ("A rocket hit a base in Naqoura, Lebanon, injuring four peacekeepers.", "peacekeepers"),
    ("A small cargo plane crashed near Gonaives, Haiti, killing the pilot.", "pilot"),
    ("Rebels in Jalalabad, Afghanistan, say they captured the pilot after the jet came down.", "pilot"),
])
def test_posted_agents_take_no_country_from_where_the_story_is(nlp, text: str, word: str) -> None:
    assert _code(nlp, text, word) == "---MIL"


def test_an_office_holders_forces_are_his_states(nlp) -> None:
    text = "Czech defence minister Pavel Dvorak announces the withdrawal of his forces from Mali."
    assert _code(nlp, text, "forces") == "CZEMIL"


@pytest.mark.parametrize(("text", "word", "not_want"), [
    ("Demonstrators storm the embassy in Tirana after the vote.", "embassy", "ALBGOV"),
    ("Guards foil a plan to bomb an embassy in Dushanbe.", "embassy", "TJKGOV"),
])
def test_an_embassy_is_not_the_country_it_is_in(nlp, text: str, word: str, not_want: str) -> None:
    assert _code(nlp, text, word) != not_want


def test_a_possessed_embassy_is_the_possessors(nlp) -> None:
    text = "Norway begins withdrawing staff from its embassy in Caracas, Venezuela."
    assert _code(nlp, text, "embassy") == "NORGOV"


def test_a_dismissed_officer_is_the_dismissing_bodys(nlp) -> None:
    text = "The Armenian defence ministry dismisses a general after setbacks in Azerbaijan."
    assert _code(nlp, text, "general") == "ARMMIL"


def test_a_place_where_a_group_operates_is_only_that_groups(nlp) -> None:
    text = "The Supreme Court of Israel blocks a government ban on twelve aid groups operating in Gaza."
    assert _code(nlp, text, "government") != "PSEGOV"


def test_a_groups_commander_is_not_the_reporting_states(nlp) -> None:
    text = "The Kenyan army says that the commander of the group was killed in a raid."
    assert _code(nlp, text, "commander") != "KENMIL"


@pytest.mark.parametrize(("text", "word", "not_want"), [
    ("The agency says 40 volunteers were killed in Chad and Niger last year.", "volunteers", "TCDNGO"),
    ("Canada sanctions companies based in Laos and Cambodia over scam centres.", "companies", "LAOBUS"),
])
def test_people_placed_in_several_countries_are_of_none_alone(nlp, text: str, word: str, not_want: str) -> None:
    assert _code(nlp, text, word) != not_want


def test_a_dismissed_titled_officer_is_the_dismissing_bodys(nlp) -> None:
    text = "The Armenian defence ministry sacks Major General Aram Petrosyan after setbacks in Azerbaijan."
    assert _code(nlp, text, "Petrosyan") == "ARMMIL"
