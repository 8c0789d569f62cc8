"""Actors, round 3: one test per class, each able to fail.

Classes: definite back-references to a country named earlier that describe it by region or kind
("the Gulf state", "the island nation", "the Himalayan kingdom"), preferring the country the last
sentence is about; an unnamed office title that is a clause's subject does not take the country of
what its clause is about ("criticised Russia's actions in Ukraine"), and takes a speaking state's;
2005-2015 office holders of states often in agency leads, by date; party + legislator titles
("Labour MP X", "Republican senator"). All sentences and names are invented for these tests.
"""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


def _code(text: str, date: str) -> tuple[str | None, str | None]:
    ref = load_knowledge_base().lookup(text, date)
    return (ref.country, ref.sector) if ref is not None else (None, None)


def _actor(nlp, text: str, head: str, date: str = "2013-06-01", nth: int = 0) -> tuple[str | None, str | None]:
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base())
    token = [t for t in doc if t.text == head][nth]
    ref = actors.actor_at(token)
    return (ref.country, ref.sector) if ref is not None else (None, None)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "head", "want"),
    [
        ("Bahrain recalled its envoy on Sunday. The Gulf state accused Tehran of meddling.", "state", ("BHR", None)),
        ("Malta refused to let the ship dock. The island nation said its ports were full.", "nation", ("MLT", None)),
        ("Bhutan opened talks with China. The Himalayan kingdom wants a settled border.", "kingdom", ("BTN", None)),
        ("Latvia expelled a Russian diplomat. The small Baltic state cited espionage.", "state", ("LVA", None)),
        # The subject of the last sentence, not the country named last in it.
        ("Ghana sealed its border with Togo. The West African nation cited smuggling.", "nation", ("GHA", None)),
    ],
)
def test_definite_country_descriptions_refer_back(nlp, text: str, head: str, want: tuple) -> None:
    """'The Gulf state', 'the island nation': a described country is the one named before."""
    assert _actor(nlp, text, head) == want


@pytest.mark.slow
def test_bare_state_is_not_a_country_back_reference(nlp) -> None:
    """'The state' with nothing describing it is a government or a federal state, not a country named earlier."""
    got = _actor(nlp, "Peru signed the accord. The state said the governor would resign.", "state")
    assert got[0] != "PER" or got[1] is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "head", "bad"),
    [
        ("The foreign minister condemned Israel's raids on Lebanon.", "minister", ("ISR", "LBN")),
        ("The president praised Chile's handling of the floods.", "president", ("CHL",)),
        ("The prime minister criticised Serbia's actions in Kosovo.", "minister", ("SRB", "XKX", "KOS")),
    ],
)
def test_office_title_subject_ignores_countries_it_acts_on(nlp, text: str, head: str, bad: tuple) -> None:
    """An office holder who is the subject is not the country of the clause's object or its place."""
    country, sector = _actor(nlp, text, head, date="2023-05-01")
    assert sector == "GOV"
    assert country not in bad


@pytest.mark.slow
def test_office_title_takes_country_named_before_it(nlp) -> None:
    """'Speaking in Lima, the foreign minister criticised Chile': the place before the subject still says whose."""
    country, _ = _actor(nlp, "Speaking in Lima, the foreign minister criticised Chile's navy.", "minister",
                        date="2023-05-01")
    assert country == "PER"


@pytest.mark.slow
def test_office_title_in_a_state_speakers_clause(nlp) -> None:
    """'The kingdom said the foreign minister would fly to Moscow': the speaking state's minister."""
    text = "Jordan closed the crossing. The kingdom said the foreign minister would fly to Moscow."
    assert _actor(nlp, text, "minister", date="2023-05-01")[0] == "JOR"


@pytest.mark.parametrize(
    ("name", "date", "want"),
    [
        ("Fouad Siniora", "2007-03-01", ("LBN", "GOV")),
        ("Fouad Siniora", "2012-03-01", ("LBN", "ELI")),
        ("Hoshyar Zebari", "2009-02-01", ("IRQ", "GOV")),
        ("Sharif Sheikh Ahmed", "2011-02-01", ("SOM", "GOV")),
        ("Sharif Sheikh Ahmed", "2007-02-01", ("SOM", "REB")),
        ("Pak Ui-chun", "2012-02-01", ("PRK", "GOV")),
        ("Hina Rabbani Khar", "2012-02-01", ("PAK", "GOV")),
        ("Nicolas Maduro", "2009-02-01", ("VEN", "GOV")),
        ("Mustafa Abdul Jalil", "2011-05-01", ("LBY", "REB")),
        ("Mustafa Abdul Jalil", "2011-11-01", ("LBY", "GOV")),
        ("Abu Bakr al-Qirbi", "2010-02-01", ("YEM", "GOV")),
        ("Grigol Vashadze", "2009-02-01", ("GEO", "GOV")),
        ("Yousuf Raza Gilani", "2010-02-01", ("PAK", "GOV")),
    ],
)
def test_office_holders_2005_2015(name: str, date: str, want: tuple) -> None:
    """Heads of state/government and foreign ministers of 2005-2015, coded by the role held on the date."""
    assert _code(name, date) == want


def test_common_surnames_do_not_stand_alone() -> None:
    """'Maliki' stays Iraq's Nouri al-Maliki, not the Palestinian foreign minister Riyad al-Maliki."""
    assert _code("Maliki", "2010-02-01") != ("PSE", "GOV")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Labour MP Jane Tarrow", ("GBR", "LEG")),
        ("a Tory backbencher", ("GBR", "LEG")),
        ("Republican senators", ("USA", "LEG")),
        ("Democratic congresswoman Ana Ruiz", ("USA", "LEG")),
    ],
)
def test_party_and_legislator_title(text: str, want: tuple) -> None:
    """A party written before a legislator's title says whose legislator it is."""
    assert _code(text, "2024-02-01") == want


@pytest.mark.slow
def test_party_title_beats_place_in_sentence(nlp) -> None:
    """'Labour MP X criticised the strikes on Gaza' is a British lawmaker, not a Palestinian one."""
    text = "Labour MP Jane Tarrow criticised the strikes on Gaza."
    assert _actor(nlp, text, "Tarrow", date="2024-02-01") == ("GBR", "LEG")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "head", "want"),
    [
        ("The Chinese navy and air force held drills off Taiwan.", "force", ("CHN", "MIL")),
        ("Israeli police and soldiers raided a camp near Jenin.", "soldiers", ("ISR", "MIL")),
        ("Turkish army and navy units shelled positions in Syria.", "navy", ("TUR", "MIL")),
    ],
)
def test_demonym_owns_both_coordinated_agents(nlp, text: str, head: str, want: tuple) -> None:
    """'The Chinese navy and air force': the demonym before the first agent noun owns the second too."""
    assert _actor(nlp, text, head, date="2024-06-01") == want


@pytest.mark.slow
def test_conjunct_with_its_own_demonym_keeps_it(nlp) -> None:
    """'Sudanese soldiers and Chadian police': each conjunct keeps its own owner."""
    assert _actor(nlp, "Sudanese soldiers and Chadian police patrolled the border.", "police",
                  date="2024-06-01") == ("TCD", "COP")



def test_office_holder_index_answers_by_date_and_sees_new_people() -> None:
    """`holder` (indexed by office) finds who held an office on a date, and a person added later."""
    from eventwire.actors.kb import Entity, KnowledgeBase, Role

    kb = KnowledgeBase()
    kb.add_entity(Entity("person", "Ana Varro", country="FRD",
                         roles=(Role("president", "GOV", "2001-01-01", "2005-01-01"),)), [])
    assert kb.holder("FRD", "president", "2003-01-01") is not None
    assert kb.holder("FRD", "president", "2006-01-01") is None
    kb.add_entity(Entity("person", "Ben Orsk", country="FRD",
                         roles=(Role("president", "GOV", "2005-01-01", None),)), [])
    got = kb.holder("FRD", "president", "2006-01-01")
    assert got is not None and got.name == "Ben Orsk"
    assert kb.sole_holder("president", "2006-01-01") is got
