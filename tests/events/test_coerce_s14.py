"""Conflict language short of violence, session 14 (helper coerce): headline verbs after a list of states, courts that
sentence in a misread headline, counts after "over", opening phrases before a headline clause, suspended rights, and
warnings that threaten no one.

Classes: "A, B and C expel Iranian diplomats", with the parser hanging some of the names on the object, is an expulsion
by each state of the diplomats of the demonym's state (161), not of the states' own diplomats; "a court in X sentences
NAME" read as one noun phrase is a sentence passed (173) on the named person; "detain over 30 people" has the people
for its object; "In X, police arrest NAME" is an arrest; suspending civil or constitutional rights restricts political
freedoms (1721); a weather or hazard warning threatens no one; a warning of a hostile act a third party may do is a
gloomy statement (012), not the speaker's threat, and the act is only foretold.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, has_event
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: A list of states before a headline verb read as an adjective, with some names hung on the object.
LISTED_EXPULSIONS = [
    ("Chile, Peru and Bolivia expel Iranian diplomats.", ("CHL", "PER", "BOL"), "IRN"),
    ("Latvia, Lithuania and Estonia expel Russian diplomats.", ("LVA", "LTU", "EST"), "RUS"),
    ("Norway, Sweden and Finland summon Chinese envoys.", ("NOR", "SWE", "FIN"), "CHN"),
]


@pytest.mark.parametrize(("text", "states", "target"), LISTED_EXPULSIONS)
def test_listed_states_act_on_the_demonyms_diplomats(nlp, text, states, target):
    evs = [e for e in _events(nlp, text) if e.cameo[:2] == "16" or e.cameo.startswith("114")]
    assert {e.source.country for e in evs if e.source} == set(states)
    assert {e.target.country for e in evs if e.target} == {target}


#: "A court in X sentences NAME": the verb read as a noun of the court's phrase, the person as its apposition.
COURT_SENTENCES = [
    ("A tribunal in the Turks and Caicos Islands sentences former minister Dalton Rigby to six years for bribery.", "TCA"),
]


@pytest.mark.parametrize(("text", "convict"), COURT_SENTENCES)
def test_court_in_place_sentences_named_person(nlp, text, convict):
    assert has_event(_events(nlp, text), "173", tgt=convict)


#: "arrest over 25 people" with "over" read as a preposition of the verb: the people are arrested.
COUNTED_OBJECTS = [
    "The Malian Armed Forces arrest over 25 men on suspicion of raiding a UN convoy.",
    "The Malian Armed Forces arrest over 25 people suspected of ambushing a UN convoy.",
]


@pytest.mark.parametrize("text", COUNTED_OBJECTS)
def test_count_after_over_is_the_object(nlp, text):
    evs = _events(nlp, text)
    assert any(e.cameo == "173" and e.target is not None and e.target.text.startswith("25 ") for e in evs)


def test_opening_phrase_before_misread_arrest(nlp):
    text = "In the United Kingdom, police arrest Lord Peter Hamley-Stone on charges of bribery."
    assert has_event(_events(nlp, text), "173", src="GBR")


#: Civil or constitutional rights suspended: a restriction of political freedoms.
SUSPENDED_RIGHTS = [
    "The junta in Ruritania suspends civil liberties, including the freedom of assembly.",
    "Ecuador temporarily suspends some constitutional rights in three provinces amid unrest.",
]


@pytest.mark.parametrize("text", SUSPENDED_RIGHTS)
def test_suspended_rights_restrict_freedoms(nlp, text):
    assert "1721" in [e.cameo for e in _events(nlp, text)]


#: Warnings of a hazard: no threat.
HAZARD_WARNINGS = [
    "Flood warnings are issued to residents of three districts in Bavaria.",
    "Cyclone warnings are issued to residents of Darwin and the Tiwi Islands.",
    "Heat warnings are issued to residents of Seville and Cordoba.",
]


@pytest.mark.parametrize("text", HAZARD_WARNINGS)
def test_hazard_warning_threatens_no_one(nlp, text):
    assert not any(e.cameo.startswith("13") for e in all_events(nlp, text))


#: A warning of what a third party may do: no threat by the one who warns.
THIRD_PARTY_WARNINGS = [
    "Japan warned Taiwan that China may invade the island next year.",
    "Germany warns that Russia will attack a NATO member within five years.",
]


@pytest.mark.parametrize("text", THIRD_PARTY_WARNINGS)
def test_warning_of_third_party_attack_is_no_threat(nlp, text):
    evs = _events(nlp, text)
    assert not any(e.cameo.startswith("13") for e in evs)
    assert not any(e.cameo.startswith("19") for e in evs)


def test_warning_about_attack_is_foretold(nlp):
    evs = _events(nlp, "Moscow warns about a Ukrainian attack on the Crimean bridge.")
    assert not any(e.cameo.startswith(("13", "19")) for e in evs)
