"""Coercion language, session 14 (helper coerce): courts and police "in" a place before a misread headline verb,
sentences issued or passed, a ship named before its apposition, expulsions from a party, and whom a deportation
is aimed at.

Classes: "a tribunal in X sentences the minister" and "police in X arrest 30 people", with the verb read as a noun
of the place phrase and its object as an apposition, are a sentence (173) and an arrest (173) of that object; a court
that issues or passes a sentence sentences (173); a named ship the tagger reads as a place is seized (171), not
occupied (192); a member expelled from a party or a club is not driven from a country (no 174); a deportation of
people with a nationality is aimed at them, not at the state they are sent to.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow

#: Verb of the headline read as a noun after "in PLACE", its object hung on that noun as an apposition.
PLACE_PHRASE_VERBS = [
    ("A tribunal in Dhaka sentences the retired general to death for war crimes.", "173", "BGD"),
    ("Police in Turkey arrest at least 120 people suspected of smuggling fuel.", "173", "TUR"),
]


@pytest.mark.parametrize(("text", "code", "tgt"), PLACE_PHRASE_VERBS)
def test_verb_after_place_phrase_is_the_act(nlp, text, code, tgt):
    evs = _events(nlp, text)
    assert any(e.cameo == code and e.target is not None and e.target.country == tgt and e.rule.startswith("v.")
               for e in evs)


#: A sentence a court issues or passes is the sentence (173).
ISSUED_SENTENCES = [
    ("The military tribunal issued a death sentence against the Ruritanian blogger.", None),
    ("A judge in Nairobi passed a twelve-year sentence on the smuggling ring's leader.", "KEN"),
]


@pytest.mark.parametrize(("text", "src"), ISSUED_SENTENCES)
def test_issued_or_passed_sentence_is_legal_coercion(nlp, text, src):
    assert has_event(_events(nlp, text), "173", src=src)


def test_named_ship_seized_is_no_occupation(nlp):
    evs = _events(nlp, "Venezuela seizes the Blue Horizon, a Maltese-flagged oil tanker, in the Caribbean.")
    assert has_event(evs, "171")
    assert not has_event(evs, "192")


@pytest.mark.parametrize("text", [
    "The senator was expelled from the ruling party last week.",
    "The mayor is expelled from her party after the vote.",
])
def test_expelled_from_party_is_no_deportation(nlp, text):
    assert not has_event(_events(nlp, text), "174")


@pytest.mark.parametrize(("text", "tgt"), [
    ("A Russian reporter was deported to Georgia on Monday.", "RUS"),
    ("Panama deports 80 Venezuelans to Colombia.", "VEN"),
])
def test_deportation_is_aimed_at_the_deported(nlp, text, tgt):
    evs = [e for e in _events(nlp, text) if e.cameo.startswith("174")]
    assert evs and all(e.target is not None and e.target.country == tgt for e in evs)


#: Pressure with no one named who applies it, each with a named actor's forcing that stays coercion (170).
UNNAMED_PRESSURE = [
    ("Heavy shelling resumes in the port city, forcing the governor to flee to the coast.",
     "The militia forced the governor of Kidal to resign."),
    ("Clashes spread to the northern suburbs, forcing the Ruritanian mayor to evacuate the town hall.",
     "Ruritanian soldiers forced the mayor to leave the town hall."),
]


@pytest.mark.parametrize(("text", "forced"), UNNAMED_PRESSURE)
def test_pressure_with_no_one_applying_it_is_no_coercion(nlp, text, forced):
    assert not has_event(_events(nlp, text), "170")
    assert has_event(_events(nlp, forced), "170")


#: A term of office given, each with a prison term given that stays a sentence (173).
OFFICE_TERMS = [
    ("The electoral council gave the Ruritanian president a second term.",
     "A court in Lagos gave the smuggler a nine-year prison term."),
    ("Voters in Ruritania handed the president a new term.",
     "A judge in Lagos handed the smuggler a seven-year term."),
]


@pytest.mark.parametrize(("text", "prison"), OFFICE_TERMS)
def test_term_of_office_is_no_prison_term(nlp, text, prison):
    assert not has_event(_events(nlp, text), "173")
    assert has_event(_events(nlp, prison), "173", src="NGA")


@pytest.mark.parametrize(("text", "court"), [
    ("The Ruritanian blogger is sentenced in a Moscow court to six years.", "RUS"),
    ("The mining firm Velcor is indicted in a Texas court on nine charges.", "USA"),
])
def test_court_named_with_in_passes_the_passive_legal_act(nlp, text, court):
    evs = [e for e in _events(nlp, text) if e.cameo == "173"]
    assert evs and all(e.source is not None and e.source.country == court and e.source.sector == "JUD" for e in evs)
