"""Session 7 people: office holders of 2019-2026 added to people.yaml with dated roles.

A person is coded by the office held on the article date: the same name codes differently before and
after a change of office (a prime minister who resigns is an elite, a senator who becomes foreign
minister is government), and a bare office title finds whoever held it on that date."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base
from eventwire.actors.resolver import resolve_text


@pytest.mark.parametrize(("text", "date", "want"), [
    # Mayor of Greater Manchester, then a member of parliament, then prime minister.
    ("Andy Burnham", "2020-03-01", "GBRGOV"),
    ("Andy Burnham", "2026-07-01", "GBRLEG"),
    ("Andy Burnham", "2026-08-01", "GBRGOV"),
    # His predecessor leaves office on the same day.
    ("Keir Starmer", "2026-07-01", "GBRGOV"),
    ("Keir Starmer", "2026-08-01", "GBRELI"),
    # Prime minister, opposition leader, prime minister again.
    ("Janez Janša", "2021-05-01", "SVNGOV"),
    ("Janez Janša", "2024-05-01", "SVNOPP"),
    ("Janez Janša", "2026-06-01", "SVNGOV"),
    # Foreign minister, speaker, senator.
    ("Alan Peter Cayetano", "2018-01-10", "PHLGOV"),
    ("Alan Peter Cayetano", "2020-01-10", "PHLLEG"),
    ("Alan Peter Cayetano", "2021-01-10", "PHLELI"),
    # Police chief, then senator.
    ("Ronald dela Rosa", "2017-06-01", "PHLCOP"),
    ("Ronald dela Rosa", "2024-06-01", "PHLLEG"),
    # Military chief until removed in February 2025.
    ("Charles Q. Brown Jr.", "2024-06-01", "USAMIL"),
    ("Charles Q. Brown Jr.", "2025-06-01", "USAELI"),
    # Energy minister, justice minister, then out of office.
    ("German Galushchenko", "2023-06-01", "UKRGOV"),
    ("German Galushchenko", "2026-01-10", "UKRELI"),
])
def test_a_person_is_coded_by_the_office_held_on_the_date(text: str, date: str, want: str) -> None:
    assert resolve_text(text, date).code == want


@pytest.mark.parametrize(("title", "date", "holder"), [
    ("prime minister", "2025-01-01", "Keir Starmer"),
    ("prime minister", "2026-08-01", "Andy Burnham"),
])
def test_an_office_title_finds_its_holder_on_the_date(title: str, date: str, holder: str) -> None:
    found = load_knowledge_base().holder("GBR", title, date)
    assert found is not None and found.name == holder


def test_slovenia_and_iraq_changed_prime_minister_in_2026() -> None:
    kb = load_knowledge_base()
    assert kb.holder("SVN", "prime minister", "2025-01-01").name == "Robert Golob"
    assert kb.holder("SVN", "prime minister", "2026-07-01").name == "Janez Janša"
    assert kb.holder("IRQ", "prime minister", "2025-01-01").name == "Mohammed Shia al-Sudani"
    assert kb.holder("IRQ", "prime minister", "2026-07-01").name == "Ali al-Zaidi"


@pytest.mark.parametrize(("text", "word", "date", "want"), [
    # A US state named Georgia does not make its governor the Caucasian country's.
    ("Georgia governor Brian Kemp signs a bill on school funding after a long debate.", "Kemp", "2025-04-02",
     "USAGOV"),
    # A far-right leader who sits in parliament is the opposition, not the military ("deputy").
    ("French deputy Marine Le Pen calls the ruling a political verdict.", "Pen", "2025-04-02", "FRAOPP"),
    ("Le Pen says her party will fight the next election.", "Pen", "2025-04-02", "FRAOPP"),
    # A head of state known by name alone.
    ("Carlos Vila Nova swears in a new cabinet in the capital.", "Nova", "2025-02-01", "STPGOV"),
    ("King Norodom Sihamoni receives the credentials of three new envoys.", "Sihamoni", "2025-02-01", "KHMGOV"),
    ("Senator Jinggoy Estrada denies any part in the road contracts.", "Estrada", "2025-10-01", "PHLLEG"),
    ("Sri Mulyani Indrawati presents the budget to parliament.", "Indrawati", "2024-08-16", "IDNGOV"),
])
def test_added_people_code_in_a_sentence(nlp, text: str, word: str, date: str, want: str) -> None:
    assert _code(nlp, text, word, date=date) == want
