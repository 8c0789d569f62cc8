"""Assault vs. armed force, court sentences, fines, interceptions, scheduled acts, speech guards and counted dates."""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.events.dates import resolve_date_text
from eventwire.records import Article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two days earlier", "2025-06-08"),
        ("3 weeks ago", "2025-05-20"),
        ("the previous day", "2025-06-09"),
        ("in two days", "2025-06-12"),
        ("next week", "2025-06-17"),
        ("5 years ago", "2020-06-10"),
        ("four days later", None),  # counts from another event of the story
    ],
)
def test_counted_relative_dates(text: str, expected: str | None) -> None:
    assert resolve_date_text(text, "2025-06-10") == expected


def _code(nlp, text: str) -> list:
    art = Article(id="t", text=text, date="2025-06-10", date_source="test")
    doc = nlp(text)
    return code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), [])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen on motorbikes attacked villagers in Zamfara state, killing at least 20 people.", "180"),
        ("Unknown assailants shot dead a local council leader in Mexico.", "1823"),
        ("A journalist was shot dead in Manila on Tuesday.", "1823"),
        ("Nigerian troops killed 30 insurgents in a raid on a Boko Haram camp.", "190"),
        ("A Tehran court sentenced the French tourist to five years in prison.", "173"),
        ("Greek authorities intercepted a boat carrying 50 migrants.", "170"),
    ],
)
def test_violence_and_coercion_codes(nlp, text: str, code: str) -> None:
    assert code in {e.cameo for e in _code(nlp, text) if not e.negated}


@pytest.mark.slow
def test_casualty_participle_is_coded_with_its_attack(nlp) -> None:
    # "bombarded ..., killing eight people": the toll of the attack, not a second, different act
    evs = _code(nlp, "Rebel fighters shelled the government-held district of Aleppo overnight, killing eight people.")
    assert evs and {e.root for e in evs} == {"19"}


@pytest.mark.parametrize(
    "text",
    [
        "Her parents fought a long custody battle between France and Spain.",
        "The population of penguins in Argentina declined sharply.",
        "Tourists captured pictures of Russian soldiers at the parade.",
    ],
)
@pytest.mark.slow
def test_figures_of_speech_are_no_events(nlp, text: str) -> None:
    assert not [e for e in _code(nlp, text) if not e.negated]


@pytest.mark.slow
def test_armed_groups_fighting_stay_conventional(nlp) -> None:
    roots = {e.root for e in _code(nlp, "Islamic State militants killed 15 soldiers in an ambush in Niger.")}
    assert roots == {"19"}


@pytest.mark.slow
def test_scheduled_visit_keeps_act_code_with_flag(nlp) -> None:
    evs = [e for e in _code(nlp, "Macron is due to visit Algeria next week.") if e.cameo.startswith("04")]
    assert evs and evs[0].cameo == "042" and "scheduled" in evs[0].flags and evs[0].modality == "intent"
    assert evs[0].date == "2025-06-17"


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The charter obliges both chambers of the national assembly to approve any new judge.",
        "Senator Collins has proposed legislation that would keep the agencies funded until March.",
    ],
)
def test_no_speech_act_without_a_speaker(nlp, text: str) -> None:
    assert not [e for e in _code(nlp, text) if not e.negated and not e.hypothetical]
