"""Fourth-round actor rules: coordinated owners (`actors_at`), dated groups by the article date,
offices of a leader, "all parties", named parties, sole office holders and IGO back-references."""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


def _actors(nlp, text: str, date: str | None) -> tuple[ArticleActors, object]:
    doc = nlp(text)
    return ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base()), doc


def _tok(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_sole_holder_needs_exactly_one_person() -> None:
    kb = load_knowledge_base()
    queen = kb.sole_holder("queen", "2015-06-01")
    assert queen is not None and queen.country == "GBR"
    assert kb.sole_holder("president", "2015-06-01") is None  # many presidents: no guess


@pytest.mark.slow
@pytest.mark.parametrize(("text", "head", "want"), [
    ("Armenian and Azerbaijani forces exchanged fire along the border.", "forces", {"ARMMIL", "AZEMIL"}),
    ("The defence ministers of Greece and Turkey met in Athens.", "ministers", {"GRCGOV", "TURGOV"}),
    ("US and British warships shot down drones over the Red Sea.", "warships", {"USAMIL", "GBRMIL"}),
])
def test_actors_at_gives_one_actor_per_owner(nlp, text: str, head: str, want: set[str]) -> None:
    actors, doc = _actors(nlp, text, "2024-01-10")
    assert {r.code for r in actors.actors_at(_tok(doc, head))} == want


@pytest.mark.slow
def test_actors_at_single_owner_is_actor_at(nlp) -> None:
    actors, doc = _actors(nlp, "Russian troops shelled the village.", "2024-01-10")
    tok = _tok(doc, "troops")
    assert [r.code for r in actors.actors_at(tok)] == ["RUSMIL"] == [actors.actor_at(tok).code]


@pytest.mark.slow
@pytest.mark.parametrize(("date", "code"), [
    ("2021-08-14T23:00:00", "AFGREBTAL"), ("2021-08-15T09:00:00", "AFGGOVTAL"), ("2001-10-07", "AFGREBTAL"),
    (None, "AFGGOVTAL"),  # no article date: today
])
def test_taliban_coded_by_article_date(nlp, date: str | None, code: str) -> None:
    actors, doc = _actors(nlp, "The Taliban announced a new decree.", date)
    assert actors.actor_at(_tok(doc, "Taliban")).code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "head", "code"), [
    ("President Joe Biden's office said he would travel to Israel.", "office", "USAGOV"),
    ("He took office in January.", "office", None),
    ("The mediators urged all parties to show restraint.", "parties", None),
    ("The Labour party won the election in Britain.", "party", "GBRPTY"),
    ("Gaza's health ministry said 12 people were killed.", "ministry", "PSEGOV"),
    ("The African Union suspended Mali. The bloc said elections must be held.", "bloc", "IGOAFRAFU"),
    ("Colombia's government and army rejected the report.", "army", "COLMIL"),
])
def test_round4_rules(nlp, text: str, head: str, code: str | None) -> None:
    actors, doc = _actors(nlp, text, "2023-10-16")
    ref = actors.actor_at(_tok(doc, head))
    assert (ref.code if ref else None) == code, ref


@pytest.mark.slow
@pytest.mark.parametrize(("date", "code"), [("2015-06-01", "GBRGOV"), ("2024-06-01", "---GOV")])
def test_bare_queen_is_the_sole_holder_on_the_date(nlp, date: str, code: str) -> None:
    actors, doc = _actors(nlp, "The Queen met the prime minister at the palace.", date)
    assert actors.actor_at(_tok(doc, "Queen")).code == code


@pytest.mark.slow
@pytest.mark.parametrize(("text", "head", "code"), [
    ("LONDON (Reuters) - Hundreds of protesters gathered outside Iran's embassy on Sunday.", "protesters", "GBROPP"),
    ("Protesters chanted slogans against Russia in the capital.", "Protesters", "---OPP"),
    ("Protesters in Nairobi clashed with police a week after Uganda closed its border.", "Protesters", "KENOPP"),
    ("Germany's interior minister said police had arrested three men.", "police", "DEUCOP"),
])
def test_protesters_take_their_own_location(nlp, text: str, head: str, code: str) -> None:
    actors, doc = _actors(nlp, text, "2024-05-01")
    assert actors.actor_at(_tok(doc, head)).code == code


@pytest.mark.slow
def test_the_party_refers_to_the_last_named_party(nlp) -> None:
    text = "Japan's ruling party chose a new leader on Friday. The party will hold its congress next month."
    actors, doc = _actors(nlp, text, "2024-09-27")
    ref = actors.actor_at(_tok(doc, "party", 1))
    assert ref is not None and ref.code == "JPNPTY" and ref.why.startswith("coref:definite")
