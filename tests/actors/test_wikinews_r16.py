"""Session 21 actor coding in whole articles: a capitalised field before "Minister", "Ministry", "Secretary" or
"Department" ("the Fisheries Minister", "the Emergency Situations Ministry") names which of the state's offices
it is, as the same words in lower case do; it is no unknown name, so the office takes the article's country,
and so do the pronouns and titles that refer back to it. An article's country is also the one country its first
sentence names when that one is still named most, though not twice as often as another named later."""

from __future__ import annotations

from eventwire.pipeline import analyze_texts
from eventwire.records import Article

DATE = "2026-01-05"
LEAD = "The president of Malawi died in Lilongwe on Monday. Malawi mourned him."


def _sources(text: str) -> list[str | None]:
    art = analyze_texts([Article(id="t", text=text, date=DATE, date_source="field")])[0]
    return [e.source.code if e.source else None for e in art.events if e.cameo == "051"]


def test_capitalised_portfolio_minister_takes_the_article_country() -> None:
    assert _sources(f"{LEAD} The Fisheries Minister praised the late leader.") == ["MWIGOV"]
    assert _sources(f"{LEAD} The Education Secretary praised the late leader.") == ["MWIGOV"]
    # "Lake Kazuni" is a name we do not know: the department is that body's, not the state's
    assert _sources(f"{LEAD} The Lake Kazuni Water Department praised the late leader.") == ["---GOV"]


def test_titled_unknown_name_in_apposition() -> None:
    assert _sources(f"{LEAD} Amos Kaluwa, the Tourism Minister praised the late leader.") == ["MWIGOV"]


def test_portfolio_ministry_and_its_pronoun() -> None:
    text = (f"{LEAD} The Emergency Situations Ministry praised the late leader in a statement. "
            "It also praised the rescue crews.")
    assert _sources(text) == ["MWIGOV", "MWIGOV"]
    assert _sources(f"{LEAD} The Ministry of Mines praised the late leader.") == ["MWIGOV"]



def test_first_sentence_country_leads_a_mixed_article() -> None:
    text = ("The president of Malawi died on Monday after a short illness. His widow was later flown to Zambia for "
            "treatment, and relatives joined her in Zambia. Government officials declared ten days of national "
            "mourning. Malawi has had three presidents since 1994, and Malawi will hold an election in March.")
    art = analyze_texts([Article(id="t", text=text, date=DATE, date_source="field")])[0]
    assert [e.source.code if e.source else None for e in art.events if e.cameo == "017"] == ["MWIGOV"]
