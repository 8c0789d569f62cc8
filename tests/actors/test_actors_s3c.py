"""Session 3 (third round) actor knowledge: companies named in conflict, sanctions and cyber news, armed
groups named by a long form with a bracketed acronym, a title starting a sentence before a name we do not
know, and places named in 2022-2026 fighting."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


@pytest.mark.parametrize(("name", "want"), [
    ("Amazon", "USABUS"), ("Amazon Web Services", "USABUS"), ("Intel", "USABUS"), ("Twitter", "USABUS"),
    ("Glencore", "CHEBUS"), ("Cosco", "CHNBUS"), ("Hapag-Lloyd", "DEUBUS"), ("Saab", "SWEBUS"),
    ("Hanwha", "KORBUS"), ("Elbit Systems", "ISRBUS"), ("Baykar", "TURBUS"), ("Rostec", "RUSBUS"),
    ("Sovcomflot", "RUSBUS"), ("Kaspersky", "RUSBUS"), ("Euroclear", "BELBUS"), ("Telegram", "AREBUS"),
    ("Al Udeid", "QAT"),
])
def test_companies_and_bases_in_the_knowledge_base(name: str, want: str) -> None:
    kb = load_knowledge_base()
    hits = [h for h in kb.hits(name) if h.kind in ("org", "place")]
    assert hits, name
    e = hits[0].entity
    got = e.country if hits[0].kind == "place" else e.code
    assert got == want


@pytest.mark.parametrize("name", ["Visa", "Swift", "Leonardo", "Mercedes", "Rafael", "X"])
def test_company_names_that_are_common_words_are_not_bare_entries(name: str) -> None:
    kb = load_knowledge_base()
    assert not any(h.kind == "org" for h in kb.hits(name))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Kaspersky said hackers had breached the ministry's servers.", "Kaspersky", "RUSBUS"),
    ("Beijing sanctioned Hanwha over the sale.", "Hanwha", "KORBUS"),
    ("Drones struck a Glencore smelter.", "Glencore", "CHEBUS"),
])
def test_companies_in_sentences(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    # the long form alone is shared by groups in several countries; the acronym says which
    ("The National Liberation Army (ELN) kidnapped four soldiers.", "Army", "COLREBELN"),
    # a long form we do not know with an acronym we do not know stays unknown
    ("The Valley Defence Front (VDF) blocked the road.", "Front", None),
    ("The Rapid Support Forces (RSF) shelled the camp.", "Forces", "SDNREBRSF"),
    ("Jalisco cartel gunmen killed two officers.", "gunmen", "MEXCRMCJN"),
])
def test_long_form_with_bracketed_acronym(nlp, text: str, word: str, want: str | None) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Journalist Kasimir Pold was detained in Tallinn.", "Pold", "ESTMED"),
    ("Archbishop Kasimir Pold condemned the raid in Tallinn.", "Pold", "ESTREL"),
    ("Judge Kasimir Pold jailed the men in Tallinn.", "Pold", "ESTJUD"),
])
def test_sentence_initial_title_before_unknown_name(nlp, text: str, word: str, want: str | None) -> None:
    got = _code(nlp, text, word)
    assert got == want


@pytest.mark.slow
def test_capitalised_agent_word_inside_a_sentence_is_part_of_a_name(nlp) -> None:
    got = _code(nlp, "Police detained the Journalist Kasimir Pold Fund staff in Tallinn.", "Pold")
    assert got is None or not got.endswith("MED")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "want"), [
    ("UN special rapporteur Kasimir Pold criticised the plan.", "IGOUNO HRI"),
    ("UN relief chief Kasimir Pold warned of famine.", "IGOUNO NGO"),
])
def test_un_official_titles_before_unknown_names(nlp, text: str, want: str) -> None:
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date="2025-10-15"), load_knowledge_base())
    ref = actors.actor_at([t for t in doc if t.text == "Pold"][0])
    assert ref is not None and f"{ref.code} {ref.sector}" == want
