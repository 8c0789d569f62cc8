"""Frames, session 5 (round 2): headline acts lost to the shape of the parse, where the lexicon has the words.

Classes: a later verb of a headline series with one subject ("recalls its ambassador and summons ...", "recalls ...,
declares ... persona non grata, and summons ...") shares the first verb's subject; a headline verb of saying read as
a plural noun before an infinitive ("Israel's military claims to have killed ...") leaves its subject to the act;
"rules that ..." with a misread "rules" is a verb with its clause; a subject's "of"/"in" phrase that swallows the
headline verb ("The military court in Kinshasa sentences X") leaves the root noun as the subject; a headline verb hung
on its object as a noun modifier ("Kenyan police fire tear gas and water cannon at ...") or with its object hung as an
adverbial noun ("Trump pardons Brian Kelsey") is a verb; "dissolves political parties" is no figurative battle.
Each class has guards that must stay without the event.

Every sentence is invented for these tests; each table is one class of language.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples, counted_events

pytestmark = pytest.mark.slow


MOLDOVA = ("Moldova recalls its ambassador to Moscow, declares two Russian diplomats persona non grata, and summons the "
           "Russian ambassador.")
#: "recalls its ambassador and summons ...": every verb of the series has the first verb's subject.
SERIES = [
    ("Lithuania expels two Russian diplomats and summons the Belarusian envoy.", ("114", "LTU", "BLRGOV")),
    ("Chile recalls its envoy to Venezuela and summons Venezuela's ambassador after the disputed election.",
     ("114", "CHL", "VENGOV")),
    (MOLDOVA, ("114", "MDA", "RUSGOV")),
    (MOLDOVA, ("161", "MDA", "RUSGOV")),
]


@pytest.mark.parametrize(("text", "event"), SERIES)
def test_later_verb_of_a_series_shares_the_subject(nlp, text: str, event: tuple[str, str, str]) -> None:
    got = coded_triples(nlp, text)
    assert event in got, got


#: nouns joined to nouns, with no object of their own, stay nouns
SERIES_GUARDS = [
    "The report lists drone strikes and missile strikes on Gaza.",
    "The ministry reviews new sanctions and summons procedures for courts.",
]


@pytest.mark.parametrize("text", SERIES_GUARDS)
def test_nouns_joined_to_nouns_are_no_series(nlp, text: str) -> None:
    got = coded_triples(nlp, text)
    assert not any(code.startswith(("11", "16", "19")) for code, _s, _t in got), got


#: "Israel's military claims to have killed ...": the claimer is the subject of the act.
CLAIMS = [
    ("Israel's military claims to have killed a senior Hezbollah commander in Lebanon.", "19", "ISR"),
    ("Pakistan's army claims to have killed twelve militants in North Waziristan.", "19", "PAK"),
]


@pytest.mark.parametrize(("text", "root", "country"), CLAIMS)
def test_misread_claims_leaves_its_subject_to_the_act(nlp, text: str, root: str, country: str) -> None:
    got = {(e.root, e.source.country if e.source else None) for e in counted_events(nlp, text)}
    assert (root, country) in got, got


def test_claims_noun_is_no_claimer(nlp) -> None:
    # "His claims to have been tortured": a noun with its owner; no torture is coded, and the court's act keeps its source
    got = counted_events(nlp, "His claims to have been tortured were dismissed by the court.")
    assert not any(e.root == "18" for e in got), got
    assert all(e.source is not None and e.source.sector == "JUD" for e in got), got


#: "The High Court rules that ... is unlawful": the misread "rules" is the court's verdict.
RULINGS = [
    ("The High Court rules that the deportation of the asylum seekers is unlawful.", "11"),
]


@pytest.mark.parametrize(("text", "root"), RULINGS)
def test_misread_rules_with_a_that_clause_is_a_verb(nlp, text: str, root: str) -> None:
    got = [e for e in counted_events(nlp, text) if e.root == root]
    assert got and all(e.source is not None and e.source.sector == "JUD" for e in got), got


def test_rules_as_a_noun_stays_a_noun(nlp) -> None:
    assert not counted_events(nlp, "The new rules that the ministry published are unlawful, lawyers say.")


#: "The military court in Kinshasa sentences X": the court is the subject, the name after the verb the object.
SWALLOWED = [
    ("The military court in Kinshasa sentences Joseph Kabila to death.", ("173", "CODJUD", "CODELI")),
    ("The military court of Kinshasa sentences Joseph Kabila to death.", ("173", "CODJUD", "CODELI")),
]


@pytest.mark.parametrize(("text", "event"), SWALLOWED)
def test_verb_swallowed_by_the_subjects_phrase(nlp, text: str, event: tuple[str, str, str]) -> None:
    got = coded_triples(nlp, text)
    assert event in got, got


SWALLOWED_GUARDS = [
    "A judge in Peru orders an inquiry into suspected bribery at the port authority.",  # common noun after the verb
    "The head of the court in Paris says the ruling stands.",
]


@pytest.mark.parametrize("text", SWALLOWED_GUARDS)
def test_phrase_without_a_named_object_is_not_reread(nlp, text: str) -> None:
    got = coded_triples(nlp, text)
    assert not any(code.startswith(("10", "17")) for code, _s, _t in got), got


#: headline verbs hung on their objects: "fire" as a noun modifier of the weapons, the pardoned name as an adverbial noun
HUNG_VERBS = [
    ("Kenyan police fire tear gas and water cannon at demonstrators in Nairobi.", ("175", "KENCOP", "KENOPP")),
    ("Riot police fire tear gas and water cannon at thousands of protesters outside parliament in Brussels.",
     ("175", "BELCOP", "BELOPP")),
    ("U.S. president Donald Trump pardons former Tennessee state senator Brian Kelsey.", ("0841", "USAGOV", "USAELI")),
]


@pytest.mark.parametrize(("text", "event"), HUNG_VERBS)
def test_headline_verb_hung_on_its_object(nlp, text: str, event: tuple[str, str, str]) -> None:
    got = coded_triples(nlp, text)
    assert event in got, got


@pytest.mark.parametrize("text", ["Kenyan police fire department officials met protesters in Nairobi.",
                                  "The police fire brigade inspected the building in Nairobi."])
def test_fire_service_is_no_gunfire(nlp, text: str) -> None:
    # "police fire department": the noun phrase names a body (it acts by the verb after it), no force is used
    got = coded_triples(nlp, text)
    assert not any(code.startswith(("17", "18", "19")) for code, _s, _t in got), got


#: "dissolves political parties": the object the entry names is not a figurative "political battle"
DISSOLVED = [
    ("Guinea's military junta dissolves 53 political parties.", "GIN"),
    ("Burkina Faso's junta dissolves all political parties.", "BFA"),
]


@pytest.mark.parametrize(("text", "country"), DISSOLVED)
def test_dissolving_political_parties(nlp, text: str, country: str) -> None:
    got = {(e.cameo, e.source.country if e.source else None) for e in counted_events(nlp, text)}
    assert ("1722", country) in got, got


def test_political_battle_stays_figurative(nlp) -> None:
    got = coded_triples(nlp, "The opposition fought a political battle against the government over the budget.")
    assert not any(code.startswith("19") for code, _s, _t in got), got
