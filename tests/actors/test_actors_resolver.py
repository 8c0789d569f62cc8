"""The per-article resolver on real parses: phrases, metonyms, coreference, the seed article."""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base, resolve_text
from eventwire.records import Article

pytestmark = pytest.mark.slow

# text, date, code, sector (None = not checked)
RESOLVE_CASES = [
    ("an American destroyer", None, "USAMIL", "MIL"),
    ("four Saudi men", None, "SAUCVL", "CVL"),
    ("Ukrainian lawmakers", None, "UKRLEG", "LEG"),
    ("riot police", None, "---COP", "COP"),
    ("the Kremlin", None, "RUSGOV", "GOV"),
    ("Trump", "2019-06-01", "USAGOV", "GOV"),
    ("Trump", "2023-06-01", "USAELI", "ELI"),
    ("Trump", "2025-06-01", "USAGOV", "GOV"),
    ("Blinken", "2023-06-01", "USAGOV", "GOV"),
    ("Blinken", "2025-06-01", "USAELI", "ELI"),
    ("Rubio", "2025-06-01", "USAGOV", "GOV"),
    ("US President Donald Trump", "2025-05-21", "USAGOV", "GOV"),
    ("Russian dictator Vladimir Putin", "2025-05-21", "RUSGOV", "GOV"),
    ("an unnamed White House official", "2025-05-21", "USAGOV", "GOV"),
    ("the president (Trump - ed.)", "2025-05-21", "USAGOV", "GOV"),
    ("US Secretary of State Marco Rubio", "2025-05-21", "USAGOV", "GOV"),
    ("Bessent", "2025-05-21", "USAGOV", "GOV"),
    ("NATO", None, "IGOWSTNAT", None),
    ("the European Union", None, "IGOEUREEC", None),
    ("Israeli soldiers", None, "ISRMIL", "MIL"),
    ("Rebels in the Ivory Coast", None, "CIVREB", "REB"),
    ("Ruritanian Foreign Minister Jan Kowal", None, "---GOV", "GOV"),
    ("Chinese Foreign Minister Wang Yi", "2024-03-01", "CHNGOV", "GOV"),
]


@pytest.mark.parametrize(("text", "date", "code", "sector"), RESOLVE_CASES)
def test_resolve_text(nlp, text, date, code, sector):
    ref = resolve_text(text, date)
    assert ref.code == code, ref.why
    if sector is not None:
        assert ref.sector == sector
    assert ref.why


def test_resolve_text_without_actor_says_so(nlp):
    ref = resolve_text("economic cooperation", "2025-05-21")
    assert ref.code is None and ref.why == "no actor found"


def _actors(nlp, text: str, date: str | None = "2025-05-21") -> tuple[ArticleActors, object]:
    doc = nlp(text)
    return ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base()), doc


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_seed_article_mentions(nlp, seed_text):
    text = seed_text
    actors, doc = _actors(nlp, text)
    got = {(m.actor.text, m.actor.code) for m in actors.mentions}
    for expected in [
        ("US President Donald Trump", "USAGOV"),
        ("the European Union's", "IGOEUREEC"),
        ("the Kremlin", "RUSGOV"),
        ("Russian dictator Vladimir Putin", "RUSGOV"),
        ("the president (Trump - ed.)", "USAGOV"),
        ("an unnamed White House official", "USAGOV"),
        ("Bessent", "USAGOV"),
        ("NATO", "IGOWSTNAT"),
        ("US Secretary of State Marco Rubio", "USAGOV"),
        ("Washington", "USAGOV"),
        ("Moscow", "RUSGOV"),
    ]:
        assert expected in got, expected
    for m in actors.mentions:
        assert text[m.actor.start : m.actor.end] == m.actor.text
    # No mention is a date or a bare common-noun modifier.
    assert not any(m.actor.text.startswith("2025") or m.actor.text == "business" for m in actors.mentions)


def test_actor_at_gives_the_whole_phrase(nlp):
    text = "US President Donald Trump has refused to join the European Union's campaign."
    actors, doc = _actors(nlp, text)
    ref = actors.actor_at(_token(doc, "Trump"))
    assert ref is not None and ref.text == "US President Donald Trump" and ref.start == 0
    assert ref.name == "Donald Trump"
    eu = actors.actor_at(_token(doc, "Union"))
    assert eu is not None and eu.code == "IGOEUREEC" and text[eu.start : eu.end] == eu.text
    assert actors.actor_at(_token(doc, "campaign")) is None


def test_pronoun_coreference(nlp):
    text = "Earlier, US President Donald Trump stated that he would not strengthen sanctions against Russia."
    actors, doc = _actors(nlp, text)
    he = actors.actor_at(_token(doc, "he"))
    assert he is not None and he.code == "USAGOV" and he.name == "Donald Trump" and he.text == "he"
    assert he.why.startswith("coref:pronoun")


def test_pronoun_prefers_subject(nlp):
    text = "Putin seems well aware of Trump's commercial interests, so he focused on economic relations."
    actors, doc = _actors(nlp, text)
    he = actors.actor_at(_token(doc, "he"))
    assert he is not None and he.name == "Vladimir Putin"


def test_surname_and_pronoun_for_unknown_person(nlp):
    text = "Ruritanian Foreign Minister Jan Kowal arrived in Kyiv on Monday. Kowal said he would meet Zelensky."
    actors, doc = _actors(nlp, text)
    kowal = actors.actor_at(_token(doc, "Kowal", 1))
    assert kowal is not None and kowal.sector == "GOV" and kowal.name == "Jan Kowal"
    assert kowal.why.startswith("coref:surname")
    he = actors.actor_at(_token(doc, "he"))
    assert he is not None and he.name == "Jan Kowal"
    # "in Kyiv" is a place, not the Ukrainian government.
    assert actors.actor_at(_token(doc, "Kyiv")) is None


def test_title_coreference(nlp):
    text = "French President Emmanuel Macron met Chinese leaders. Later the president said talks went well."
    actors, doc = _actors(nlp, text)
    pres = actors.actor_at(_token(doc, "president"))
    assert pres is not None and pres.name == "Emmanuel Macron" and pres.code == "FRAGOV"


def test_context_country_for_police(nlp):
    text = (
        "Thousands of Georgians rallied in Tbilisi against the Georgian government. "
        "Riot police used water cannon on the protesters in the Georgian capital."
    )
    actors, doc = _actors(nlp, text)
    ref = actors.actor_at(_token(doc, "police"))
    assert ref is not None and ref.code == "GEOCOP" and "context:GEO" in ref.why


def test_washington_in_political_context(nlp):
    text = "Russia may withdraw from talks if Washington threatens new sanctions."
    actors, doc = _actors(nlp, text)
    ref = actors.actor_at(_token(doc, "Washington"))
    assert ref is not None and ref.code == "USAGOV" and ref.why.startswith("metonym:capital")


def test_conjuncts_are_separate_actors(nlp):
    text = "The US and the EU imposed sanctions on Russia."
    actors, doc = _actors(nlp, text)
    us = actors.actor_at(_token(doc, "US"))
    eu = actors.actor_at(_token(doc, "EU"))
    assert us is not None and us.code == "USA" and us.text == "The US"
    assert eu is not None and eu.code == "IGOEUREEC"
    codes = [a.code for a in actors.actors_in(doc[:])]
    assert codes == ["USA", "IGOEUREEC", "RUS"]


def test_title_prefers_earlier_person_over_article_country(nlp):
    text = (
        "The US said the talks failed. Americans were angry. Russian President Vladimir Putin spoke on Monday. "
        "The president said Russia would respond."
    )
    actors, doc = _actors(nlp, text)
    pres = actors.actor_at(_token(doc, "president"))
    assert pres is not None and pres.name == "Vladimir Putin" and pres.why.startswith("coref:title")


def test_mentions_never_crash_and_keep_offsets(nlp):
    text = "( ) - . President , the and ' s ( Trump - ed . ) he it they"
    actors, doc = _actors(nlp, text)
    assert actors.errors == []
    for m in actors.mentions:
        assert text[m.actor.start : m.actor.end] == m.actor.text
