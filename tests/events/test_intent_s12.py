"""Intents and diplomatic cooperation, session 12 (helper intent).

Classes: a noun of readiness or willingness ("confirmed its readiness to hold talks") makes the act in its infinitive
an intent (03x), and the verb that makes the intent public is no second event; the opening of an embassy is a
diplomatic tie taken up (054; planned: 032); two partners of a mutual act with a target of one partner's own country
act with each other; a firm's own plans and deals, a bill sent on for a signature, an election result ratified, gas
received and things as subjects ("an amendment that proposes") are no intents or agreements; a congratulatory
message sent is praise (051).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples as _codes

pytestmark = pytest.mark.slow


#: Intents named by a noun of readiness: the act is intended, not done.
READINESS = [
    ("Oman reiterated its readiness to hold talks with Yemen.", "036", "04"),
    ("The Kenyan president confirmed his willingness to negotiate with Somalia.", "036", "04"),
    ("Norway voiced its readiness to send humanitarian aid to Sudan.", "0333", "07"),
]


@pytest.mark.parametrize("text,want,done", READINESS)
def test_readiness_noun_makes_an_intent(nlp, text, want, done):
    codes = {c[0] for c in _codes(nlp, text)}
    assert want in codes and not {c for c in codes if c[:2] == done}


def test_willingness_said_is_one_intent(nlp):
    codes = [c[0] for c in _codes(nlp, "Qatar expressed its willingness to mediate between Sudan and Chad.")]
    assert "039" in codes and "030" not in codes


@pytest.mark.parametrize("text,want", [
    ("Chile plans to open an embassy in Vietnam next year.", ("032", "CHL", "VNM")),
    ("Portugal opens an embassy in Mongolia.", ("054", "PRT", "MNG")),
])
def test_opening_an_embassy_is_a_diplomatic_tie(nlp, text, want):
    assert want in _codes(nlp, text)


def test_mutual_partners_are_each_others_targets(nlp):
    codes = _codes(nlp, "Chile and Peru agree to restore diplomatic relations and to name new ambassadors.")
    pairs = {(c[1], c[2]) for c in codes if c[0][:2] == "03"}
    assert pairs == {("CHL", "PER"), ("PER", "CHL")}


@pytest.mark.parametrize("text", [
    "The Senate approves the spending bill. It will now head to President Biden for his signature.",
    "The carmaker Renault announces a deal to merge with a Korean battery company.",
    "The election victory will be ratified by parliament next week.",
    "Austria will continue receiving Russian natural gas through the pipeline.",
    "Voters in Chile reject an amendment that proposes extending the term of the president.",
])
def test_no_intent_or_agreement(nlp, text):
    assert not [c for c in _codes(nlp, text) if c[0][:2] in ("03", "05")]


def test_congratulatory_message_is_praise(nlp):
    codes = _codes(nlp, "The Indonesian president sent a congratulatory message to the new Thai prime minister.")
    assert any(c[0] == "051" and c[1] == "IDNGOV" for c in codes)


def test_rebels_of_a_partner_stay_the_target(nlp):
    codes = _codes(nlp, "Chad and Niger signalled willingness to resume talks with the rebels.")
    assert ("036", "TCD", "NERREB") in codes and ("036", "TCD", "NER") not in codes
