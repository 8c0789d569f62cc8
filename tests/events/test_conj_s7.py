"""Joined actors that must stay separate parties: two titled people of two countries joined by "and" in one run of
names, lists whose members repeat the head noun ("the government of A, the government of B and C"), and an
organisation conjoined with a country's body in an "of" phrase.

Every sentence is invented for these tests; real office-holders' names are used as facts only.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples as _triples
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _sources(nlp, text: str, root: str) -> set[str | None]:
    """Source codes of the counted events of `text` whose CAMEO code starts with `root`."""
    return {e.source.code if e.source else None for e in _events(nlp, text) if e.cameo.startswith(root)}


#: "Demonym Title Name and Demonym Title Name": the small parser often reads the run as one name; each person is a party.
JOINED_PEOPLE = [
    ("Iranian Foreign Minister Abbas Araghchi and Omani Foreign Minister Badr Albusaidi met in Muscat on Friday.",
     "040", {"IRNGOV", "OMNGOV"}),
    ("Turkish Foreign Minister Hakan Fidan and Syrian Foreign Minister Asaad al-Shaibani signed a border protocol.",
     "057", {"TURGOV", "SYRGOV"}),
    ("British Prime Minister Keir Starmer and Irish Taoiseach Micheal Martin condemned the arson attack.",
     "111", {"GBRGOV", "IRLGOV"}),
    ("Egyptian President Abdel Fattah al-Sisi and Qatari Emir Tamim bin Hamad met in Alexandria.",
     "040", {"EGYGOV", "QATGOV"}),
]


@pytest.mark.parametrize(("text", "root", "codes"), JOINED_PEOPLE)
def test_joined_titled_people_are_two_parties(nlp, text: str, root: str, codes: set[str]) -> None:
    assert codes <= _sources(nlp, text, root), [(e.cameo, e.source, e.target) for e in _events(nlp, text)]


def test_joined_people_meet_each_other(nlp) -> None:
    got = _triples(nlp, "Indian Foreign Minister Subrahmanyam Jaishankar and Pakistani Foreign Minister Ishaq Dar met in Doha.")
    assert {c[1:] for c in got if c[0].startswith("04")} >= {("INDGOV", "PAKGOV"), ("PAKGOV", "INDGOV")}, got


def test_one_person_with_two_titles_stays_one(nlp) -> None:
    # a name run with "and" whose parts do not name two people of two countries is left alone
    got = _sources(nlp, "Trinidad and Tobago Prime Minister Kamla Persad-Bissessar condemned the shooting.", "111")
    assert len(got) == 1, got


#: "the government of A, the government of B and C": the parser hangs the second member on the first as its
#: apposition or on the verb as a second object; every member is a party.
REPEATED_HEADS = [
    ("The government of Mali, the government of Niger and the government of Burkina Faso condemned the tariffs.",
     "111", True, {"MLIGOV", "NERGOV", "BFAGOV"}),
    ("The government of Sudan, the government of Chad and the African Union signed a border accord.",
     "057", True, {"SDNGOV", "TCDGOV", "IGOAFRAFU"}),
    ("The United States sanctioned the government of Iran, the government of Syria and Hezbollah.",
     "163", False, {"IRNGOV", "SYRGOV", "LBNREBHEZ"}),
    ("Canada condemned the government of Iran, the government of Russia and the Houthis.",
     "111", False, {"IRNGOV", "RUSGOV", "YEMREBHTH"}),
]


@pytest.mark.parametrize(("text", "root", "as_source", "codes"), REPEATED_HEADS)
def test_repeated_head_list_keeps_every_member(nlp, text: str, root: str, as_source: bool, codes: set[str]) -> None:
    evs = [e for e in _events(nlp, text) if e.cameo.startswith(root)]
    side = {(e.source if as_source else e.target) for e in evs}
    assert codes <= {a.code for a in side if a is not None}, [(e.cameo, e.source, e.target) for e in evs]
    # the first member's text stops before the next member
    assert all(", the" not in a.text for a in side if a is not None), [a.text for a in side if a is not None]


def test_organisation_after_a_body_of_a_country_keeps_its_code(nlp) -> None:
    got = _sources(nlp, "The government of Chad and the African Union signed a border accord.", "057")
    assert "IGOAFRAFU" in got and "IGOGOV" not in got, got
