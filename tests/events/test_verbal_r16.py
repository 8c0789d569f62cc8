"""Verbal and diplomatic cooperation, session 16 (helper verbal3): consultations that name one party only, and sums or
war material received.

Classes: a consultation (04, mediation aside) needs a visitor and a host or two partners: a body meeting itself
("the G20 finance ministers hold a meeting", "the ASEAN summit opens"), a plane flying between two cities and a visit
told again with nobody visited ("the trip was her last stop") give no 04 event (a mediation with its sides left
unnamed, a summit attended and a meeting of many states named one by one stay); money or war material received
("received $5 billion from the bank", "has received six frigates") is aid received (071, 072), never a visitor
hosted (043).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: Meetings of one body: no consultation.
ONE_PARTY_CONSULTATIONS = [
    "The G20 finance ministers hold a meeting in Durban to discuss debt relief.",
    "Leaders of the African Union hold talks in Addis Ababa on the famine.",
    "The ASEAN summit opens in Vientiane amid rows over fishing rights.",
]


@pytest.mark.parametrize("text", ONE_PARTY_CONSULTATIONS)
def test_one_party_consultation_is_no_event(nlp, text):
    assert not [e for e in _events(nlp, text) if e.cameo[:2] == "04"]


#: Sums and war material received: aid, with the giver as source when named.
RECEIVED_AID = [
    ("Zambia has received $1.2 billion from the World Bank since January.", "071", "ZMB"),
    ("Latvia has received three coastal patrol frigates and a radar system.", "072", "LVA"),
]


@pytest.mark.parametrize(("text", "code", "receiver"), RECEIVED_AID)
def test_received_sums_and_material_are_aid(nlp, text, code, receiver):
    evs = _events(nlp, text)
    assert not [e for e in evs if e.cameo == "043"]
    aid = [e for e in evs if e.cameo == code]
    assert aid and aid[0].target is not None and aid[0].target.country == receiver

