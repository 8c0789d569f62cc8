"""Session 16 actor coding: a title holder's name after a title that heads the phrase, places that name the
kind of building acted on, a town's residents after a group's possessive, offices of sports bodies and clubs
named for capitals, unknown people words before words for armed men, "they" in a condition, names with
"and" after "of", and a conjunct inside an actor already taken."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.actors.resolver import resolve_text
from eventwire.events import code_events
from eventwire.records import Article


@pytest.mark.slow
def test_a_name_after_a_heading_title_takes_the_story_country(nlp) -> None:
    text = "A Burkinabe court sentences former army chief Ouedraogo Zongo to death."
    # A former officer keeps the force's sector (see FORMER_KEEPS_SECTOR); the country is the point here.
    assert _code(nlp, text, "chief") == "BFAMIL"


@pytest.mark.slow
def test_a_place_naming_the_building_raided_is_not_the_country_acted_on(nlp) -> None:
    text = "Malian opposition figure Amadou Traore says soldiers have searched his Bamako office twice."
    assert _code(nlp, text, "soldiers") == "MLIMIL"


@pytest.mark.slow
def test_residents_after_a_group_possessive_are_civilians(nlp) -> None:
    text = "Congo's army concedes the loss of Uvira to M23 rebels and asks its residents to stay calm."
    assert _code(nlp, text, "residents") == "CODCVL"


@pytest.mark.parametrize(("text", "want"), [
    ("Nigerian Football Federation president Musa Bello", "NGACVL"),
    ("the Nigerian volleyball federation chairman", "NGACVL"),
    ("the handball club Dinamo Tbilisi", "GEOCVL"),
])
def test_offices_of_sports_bodies_and_clubs_are_not_the_government(text: str, want: str) -> None:
    assert resolve_text(text, "2025-05-01").code == want


@pytest.mark.parametrize(("text", "want"), [
    ("the Financial Action Task Force", "IGOFATF"),
    ("the International Paralympic Committee", "NGOIPC"),
    ("the US special counsel", "USAJUD"),
    ("the Supreme Court of Trinidad and Tobago", "TTOJUD"),
])
def test_bodies_and_offices_added_in_session_16(text: str, want: str) -> None:
    assert resolve_text(text, "2025-05-01").code == want


@pytest.mark.slow
def test_a_constabulary_is_the_police(nlp) -> None:
    assert _code(nlp, "The Kent Constabulary holds two men near Dover, England.", "Constabulary") == "GBRCOP"


@pytest.mark.slow
def test_an_unknown_word_before_rebels_leaves_them_the_story_country(nlp) -> None:
    assert _code(nlp, "Allied Tavari rebel groups attack army posts in Kidal, Mali.", "groups") == "MLIREB"


@pytest.mark.slow
def test_they_in_a_condition_is_the_state_acted_on(nlp) -> None:
    text = "Canada will ease sanctions on Belarus if they free the jailed reporters."
    assert _code(nlp, text, "they") == "BLR"


@pytest.mark.slow
def test_a_conjunct_inside_the_subject_is_no_second_actor(nlp) -> None:
    text = "The top court of Saint Vincent and the Grenadines turns down a fresh appeal by the bank."
    doc = nlp(text)
    art = Article(id="t", text=text, date="2025-05-01", date_source="test")
    events = code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), [])
    sources = {e.source.code for e in events if e.source is not None}
    assert "VCTJUD" in sources and "VCT" not in sources
