"""Actor countries, session 12 (helper country): whose an actor is when the event is found.

Classes: "Northern Irish" is British; "the country" after "X's ambassador" in the same sentence is X; "Georgia"
is the US state when the text says so ("Savannah, Georgia", "the state of Georgia", "Georgia Governor"); ground
taken in fighting named by a common noun ("four villages in Ituri", "the capital Kyiv") or by a town we do not know
("the village of X in Donetsk Oblast") is the country of the place it is in; protests that break out in a capital or
a town are of that place's country; a product named by its maker ("a Boeing 737") is not the company; a known party
name is not cut by a shorter one ("the Awami League party" is not Italy's League party); a few companies and groups.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article

pytestmark = pytest.mark.slow


def _code(nlp, text: str, word: str, date: str = "2025-06-01") -> str | None:
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base())
    ref = actors.actor_at([t for t in doc if t.text == word][0])
    return ref.code if ref is not None else None


@pytest.mark.parametrize(("text", "word", "want"), [
    ("A Northern Irish lawmaker criticised the plan on Monday.", "lawmaker", "GBRLEG"),
    ("Northern Irish police arrested two men near the harbour.", "police", "GBRCOP"),
])
def test_northern_irish_is_british(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_the_country_after_a_countrys_envoy_in_the_same_sentence_is_that_country(nlp) -> None:
    text = ("The Malian government expels Algeria's ambassador, accusing the country of arming the rebels "
            "in the north.")
    accused = [e for e in _events(nlp, text) if e.cameo.startswith("112")]
    assert [(e.target.code, e.target.text) for e in accused if e.target is not None] == [("DZA", "the country")]


@pytest.mark.parametrize(("text", "word", "want"), [
    ("A gunman killed three shoppers at a mall in Savannah, Georgia, on Sunday.", "shoppers", "USACVL"),
    ("Georgia Governor Tom Hale signed the bill as lawmakers cheered.", "Hale", "USAGOV"),
    ("Prosecutors in the state of Georgia charged two deputies with assault.", "Prosecutors", "USAJUD"),
])
def test_georgia_is_the_us_state_when_the_text_says_so(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want
    # The country keeps its name where the text places it there.
    assert _code(nlp, "Police in Batumi, Georgia, arrested two protesters on Friday.", "Police") == "GEOCOP"
    assert _code(nlp, "Georgian police dispersed protesters outside parliament in Tbilisi.", "police") == "GEOCOP"


@pytest.mark.parametrize(("text", "tgt"), [
    ("Rebel fighters seized four villages in the Ituri province after heavy fighting.", "COD"),
    ("Government troops recaptured the village of Kostivka in Donetsk Oblast.", "UKR"),
    ("Sudanese troops recaptured two towns in the Blue Nile region overnight.", "SDN"),
])
def test_ground_taken_is_the_country_of_its_place(nlp, text: str, tgt: str) -> None:
    assert has_event(_events(nlp, text), "19", None, tgt)


@pytest.mark.parametrize(("text", "src"), [
    ("Protests erupt in Nairobi over new fuel taxes.", "KEN"),
    ("Demonstrations break out in the city of Kandahar after the arrests.", "AFG"),
    ("Riots erupt in Dhaka after the verdict.", "BGD"),
])
def test_protests_breaking_out_in_a_city_are_of_its_country(nlp, text: str, src: str) -> None:
    assert has_event(_events(nlp, text), "14", src)
    # Protests told again ("also") are the same protests: no second event.
    again = "Protests erupt across Kenya over new taxes. Protests also continue in Mombasa."
    assert sum(1 for e in _events(nlp, again) if e.cameo.startswith("14")) == 1


@pytest.mark.parametrize("text", [
    "Air defences shot down a Boeing 737 near the airport in Kabul.",
    "An Airbus A320 was hit by a drone over the desert.",
])
def test_a_product_named_by_its_maker_is_not_the_company(nlp, text: str) -> None:
    for e in _events(nlp, text):
        assert e.target is None or e.target.country not in ("USA", "FRA")


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Police arrested forty members of the Awami League party in Sylhet.", "party", "BGDPTY"),
    ("Pakistan's Muslim League party rejected the offer.", "party", "PAKPTY"),
])
def test_a_party_name_is_not_cut_by_a_shorter_one(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "word", "want"), [
    ("Novartis agreed to pay a fine in Greece.", "Novartis", "CHEBUS"),
    ("The ministry signed a deal with AstraZeneca for new vaccines.", "AstraZeneca", "GBRBUS"),
    ("The Tuareg independence movement accused the army of abuses.", "movement", "MLIREB"),
])
def test_more_companies_and_groups(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Pro-Palestinian protests erupt in Madrid.", "ESP", None),
    ("Pro-Russian rallies take place in Chisinau.", "MDA", None),
    ("Anti-Israel protests are held in Amman, Jordan.", "JOR", "ISR"),
])
def test_a_cause_after_pro_or_anti_is_not_who_protests(nlp, text: str, src: str, tgt: str | None) -> None:
    events = [e for e in _events(nlp, text) if e.cameo.startswith("14")]
    assert events
    assert all(e.source is not None and e.source.country == src for e in events)
    assert tgt is None or has_event(events, "14", src, tgt)
