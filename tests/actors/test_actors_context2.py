"""Second round of actor rules: places inside countries, context country by proximity, dateline,
settlers, ethnic groups, armed groups, definite back-reference ('the group', 'the country'),
'X-led' coalitions and older office holders."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorDataError, ArticleActors, load_knowledge_base
from eventwire.actors.kb import KnowledgeBase, load_file
from eventwire.actors.phrase import code_words, words_of_text
from eventwire.records import Article


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


# --- knowledge (no spaCy) ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "date", "country", "sector"),
    [
        ("ELN guerrillas", "2023-01-01", "COL", "REB"),
        ("JNIM militants", "2024-01-01", "MLI", "REB"),
        ("the Tamil Tigers", "2008-01-01", "LKA", "REB"),
        ("AQAP", "2015-01-01", "YEM", "REB"),
        ("Pakistani Taliban militants", "2023-01-01", "PAK", "REB"),
        ("Helmut Kohl", "1996-01-01", "DEU", "GOV"),
        ("Helmut Kohl", "2005-01-01", "DEU", "ELI"),
        ("Junichiro Koizumi", "2004-01-01", "JPN", "GOV"),
        ("Koizumi", "2004-01-01", "JPN", "GOV"),  # the namesake in office on the date
        ("Ivanov", "1999-04-01", "RUS", "GOV"),
        ("Barroso", "2010-01-01", "IGO", "GOV"),
        ("police in Karachi", None, "PAK", "COP"),
        ("Donetsk residents", None, "UKR", "CVL"),
        ("settlers", None, "ISR", "CVL"),
        ("Russian settlers", None, "RUS", "CVL"),
        ("ethnic Albanians in Kosovo", None, "XKX", "ETH"),
        ("ethnic Albanians", None, None, "ETH"),  # no residence known: no country
        ("Albanian police", None, "ALB", "COP"),
        ("Arab foreign ministers", None, "ARB", "GOV"),
        ("Arab militias in Darfur", None, "SDN", "REB"),
    ],
)
def test_lookup_second_round(kb, text, date, country, sector) -> None:
    ref = kb.lookup(text, date)
    assert ref is not None, text
    assert (ref.country, ref.sector) == (country, sector), ref.why


def test_ranked_context_and_sentence_countries(kb) -> None:
    words = words_of_text("the minister")
    got = code_words(kb, words, None, None, ("LBN", "USA"))
    assert got is not None and got.country == "LBN"
    ethnic = code_words(kb, words_of_text("ethnic Russians"), None, None, (), ("RUS", "LVA"))
    assert ethnic is not None and (ethnic.country, ethnic.sector) == ("LVA", "ETH")


def test_places_file_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("places:\n  Ukraine: [Kharkiv]\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="places.Ukraine"):
        load_file(KnowledgeBase(), bad, layer=1)
    bad.write_text("agents:\n  - {words: [colonists], sector: CVL, country: israel}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match="colonists"):
        load_file(KnowledgeBase(), bad, layer=1)


def test_user_place_file(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("places:\n  POL: [Wroclawek]\n", encoding="utf-8")
    kb = load_knowledge_base([mine])
    ref = kb.lookup("police in Wroclawek")
    assert ref is not None and ref.country == "POL"


# --- in articles (spaCy) --------------------------------------------------------------------------

def _actor(nlp, text: str, word: str, date: str = "2024-01-01", nth: int = 0):
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base())
    return actors.actor_at([t for t in doc if t.text == word][nth])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word", "country", "sector"),
    [
        # the place of the same sentence beats the country the article mostly names
        ("Russian forces shelled Ukrainian positions, the Russian defence ministry said. "
         "Police said three people were killed in Kharkiv.", "Police", "UKR", "COP"),
        ("Germany's interior minister said police had raided twenty homes.", "police", "DEU", "COP"),
        ("KABUL, Oct 8 (Reuters) - Officials said a bomb exploded at a mosque.", "Officials", "AFG", "GOV"),
        ("Settlers set fire to cars in the West Bank town of Huwara.", "Settlers", "ISR", "CVL"),
        ("Ethnic Albanian rebels clashed with Macedonian security forces.", "rebels", "MKD", "REB"),
        ("Arab militias burned villages across Darfur.", "militias", "SDN", "REB"),
        ("Hamas said on Tuesday that the group would not disarm.", "group", "PSE", "REB"),
        ("Iran tested a missile. Officials said the country would test more.", "country", "IRN", None),
        ("The US-led coalition struck targets in Yemen.", "coalition", "USA", "MIL"),
        ("The Saudi-led coalition bombed Sanaa, residents said.", "residents", "YEM", "CVL"),
        ("Hezbollah said its fighters clashed with Israeli troops.", "fighters", "LBN", "REB"),
        ("The junta declared a state of emergency.", "junta", None, "GOV"),
    ],
)
def test_context_in_articles(nlp, text, word, country, sector) -> None:
    ref = _actor(nlp, text, word)
    assert ref is not None, text
    assert (ref.country, ref.sector) == (country, sector), ref.why


@pytest.mark.slow
def test_state_of_emergency_is_no_actor(nlp) -> None:
    assert _actor(nlp, "The junta declared a state of emergency.", "state") is None


@pytest.mark.slow
def test_places_are_not_actors_in_place_phrases(nlp) -> None:
    assert _actor(nlp, "Talks were held in Kharkiv on Monday.", "Kharkiv") is None
    assert _actor(nlp, "A drone struck Baghdad airport.", "Baghdad") is None
    ref = _actor(nlp, "Russian missiles hit Kharkiv overnight.", "Kharkiv")
    assert ref is not None and (ref.country, ref.sector) == ("UKR", None)


@pytest.mark.slow
def test_led_coalition_is_one_mention(nlp) -> None:
    text = "The US-led coalition struck targets in Yemen."
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date="2024-01-01"), load_knowledge_base())
    texts = [m.actor.text for m in actors.mentions]
    assert "US" not in texts and "The US-led coalition" in texts
