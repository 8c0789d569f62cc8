"""Targets chosen by the event-argument code, session 14: a threat or warning with a condition set on another actor
("threatened reprisals if X ...") is aimed at the condition's subject.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import dyads as _dyads

pytestmark = pytest.mark.slow


#: "threatened a response if X did Y": the threat is aimed at X; a pronoun or passive condition names no one.
CONDITIONAL_THREATS = [
    ("Ankara threatened swift reprisals if Armenia reopened the disputed mine.", ("13",), ("TUR", "ARM")),
    ("Caracas warned of grave consequences if Guyana granted the oil licences.", ("13",), ("VEN", "GUY")),
    ("Pyongyang threatened to fire on the vessels if Seoul kept sailing near the line.", ("13",), ("PRK", "KOR")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), CONDITIONAL_THREATS)
def test_conditional_threat_target(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    evs = _events(nlp, text)
    assert dyad in _dyads(evs, roots), [(e.source, e.target, e.cameo) for e in evs]



#: "let X's aid convoys in": the body whose aid or staff is let through is the target of the access granted.
AID_ACCESS_CARRIERS = [
    ("The rebels allowed Red Crescent relief convoys to enter the besieged town.", "NGO"),
    ("Ethiopia allowed Kenyan aid trucks to cross into Tigray.", "KEN"),
]


@pytest.mark.parametrize(("text", "target"), AID_ACCESS_CARRIERS)
def test_aid_access_carrier_target(nlp, text: str, target: str) -> None:
    evs = _events(nlp, text)
    got = [(e.source, e.target, e.cameo) for e in evs]
    assert any(e.root == "08" and e.target is not None and (e.target.code or "").startswith(target) for e in evs), got


#: "on alert ahead of an attack from X": an alert is raised against whoever the feared attack would come from.
ALERT_THREATS = [
    ("Lithuania put its border guards on high alert ahead of a feared incursion from Belarus.", ("15",), ("LTU", "BLR")),
    ("Manila placed its coast guard on alert after repeated threats from Beijing.", ("15",), ("PHL", "CHN")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), ALERT_THREATS)
def test_alert_threat_target(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    evs = _events(nlp, text)
    assert dyad in _dyads(evs, roots), [(e.source, e.target, e.cameo) for e in evs]
