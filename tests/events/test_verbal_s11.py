"""Verbal and intent precision, session 11 (helper verbal): warnings that threaten no one, domestic acts agreed to,
"operations" that are no fighting, firms or broadcasters acting on their own business, and deals reached as acts.

Classes: a warning whose clause tells a risk, a state of things or a past act (a thing as its subject, a copula, a
report in the past) is a pessimistic comment (012), not a threat (13x); one with words of harm, a condition set on an
actor or the speaker's own side as its subject stays a threat; "warning" misread as a verb inside a noun phrase ("a
typhoon warning") warns no one; "agreed to" or "proposed to" a domestic act (its only party of the speaker's own
country) is no intent toward anyone, a promise stays; a business, an aid group or an agency ending or halting its
"operations" ends no fighting (087), an armed side suspending its operations pauses fighting (087, not aid withheld);
an airline, a firm or a broadcaster suspending flights, sales or shipments or closing its own bureau takes no state
measure (16x, 1721); a round of talks concluded is negotiation (046); a deal reached, announced or concluded is an act,
not an intent (its modality), unless it is to come.

Each test pairs the fixed case with the case that stays. Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _codes(nlp, text: str) -> list[str]:
    return [e.cameo for e in _events(nlp, text)]


#: (a warning of a risk or a past act, a warning of harm by the speaker's side)
WARNINGS = [
    ("The World Food Programme warns that northern Yemen is on the brink of a severe famine.",
     "Venezuela warns Guyana that it will respond with force if the oil drilling goes ahead."),
    ("Moody's warns that a Ukrainian default on its bonds is now likely.",
     "Iran warns the United States that American bases will face severe consequences."),
    ("The UN refugee agency warns that if the drought continues, hunger among Somalis will double by spring.",
     "North Korea warns that Seoul will pay a heavy price if the drills continue."),
    ("Kenya's energy regulator warns that Ethiopian engineers have shut down the main dam turbines.",
     "Turkey warns Greece that its navy will act if the survey ship enters the disputed waters."),
]


@pytest.mark.parametrize(("risk", "threat"), WARNINGS)
def test_risk_warning_is_no_threat_but_harm_warned_is(nlp, risk, threat):
    assert not any(c.startswith("13") for c in _codes(nlp, risk))
    assert any(c.startswith("13") for c in _codes(nlp, threat))


def test_risk_warning_is_pessimistic_comment(nlp):
    assert "012" in _codes(nlp, "The Red Cross warns that there is a critical shortage of medicine in Sudan.")


MISREAD_WARNINGS = [
    "Weather authorities in Japan issue a typhoon warning for most of Okinawa.",
    "Police in Chile issue a riot warning in Valparaiso after students clash with officers.",
]


@pytest.mark.parametrize("text", MISREAD_WARNINGS)
def test_warning_noun_threatens_no_one(nlp, text):
    assert not any(c.startswith("13") for c in _codes(nlp, text))


#: (a domestic act agreed to or proposed, an act agreed with or for another country)
AGREEMENTS = [
    ("The Peruvian government agrees to pay compensation to Peruvian miners injured in the collapse.",
     "Portugal agrees to return colonial-era artefacts to Angola."),
    ("Uzbek President Shavkat Mirziyoyev agrees to restore the old name of Uzbekistan's second city.",
     "Norway agrees to send two field hospitals to Ukraine."),
    ("Two Republican senators proposed to set term limits for the U.S. Senate.",
     "The Chilean president promised to reform Chile's pension system."),
]


@pytest.mark.parametrize(("domestic", "other"), AGREEMENTS)
def test_domestic_act_agreed_is_no_intent(nlp, domestic, other):
    assert not any(c.startswith("03") for c in _codes(nlp, domestic))
    assert any(c.startswith("03") for c in _codes(nlp, other))


CIVIL_OPERATIONS = [
    "Irish budget airline Ryanair ends operations in Latvia.",
    "The charity Oxfam halts its operations in Mali after two staff are abducted.",
    "The Thai rescue agency ends search operations at the flooded cave.",
]


@pytest.mark.parametrize("text", CIVIL_OPERATIONS)
def test_civil_operations_ended_are_no_deescalation(nlp, text):
    assert not any(c.startswith("087") for c in _codes(nlp, text))
    assert any(c.startswith("087") for c in _codes(nlp, "The Sudanese army ends its military operations in Darfur."))


#: (a firm's or a broadcaster's own measure, the same measure by a state)
BUSINESS_MEASURES = [
    ("Air France suspends flights to Beirut until the end of the week.", "Kuwait suspends flights to Iraq."),
    ("Several Asian airlines suspend flights to Pakistan.", "Oman suspends flights to Pakistan."),
    ("Danish shipping firm Maersk suspends all shipments to Iran.", "Egypt suspends all shipments to Israel."),
    ("Swedish broadcaster SVT closes its bureau in Moscow.", "Russia closes the bureau of Swedish broadcaster SVT."),
]


@pytest.mark.parametrize(("firm", "state"), BUSINESS_MEASURES)
def test_business_own_measure_is_no_state_measure(nlp, firm, state):
    assert not any(c.startswith(("16", "172")) for c in _codes(nlp, firm))
    assert any(c.startswith(("16", "172")) for c in _codes(nlp, state))


ARMED_OPERATIONS_SUSPENDED = [
    ("An Iraqi militia suspends operations against American forces in Syria.", "USA"),
    ("The Kurdish-led SDF suspends military operations against the Islamic State.", None),
]


@pytest.mark.parametrize(("text", "target"), ARMED_OPERATIONS_SUSPENDED)
def test_armed_operations_suspended_are_fighting_paused(nlp, text, target):
    events = _events(nlp, text)
    assert any(e.cameo.startswith("087") for e in events)
    assert not any(e.cameo.startswith("162") for e in events)
    if target:
        assert any(e.target is not None and e.target.country == target for e in events)


def test_round_of_talks_concluded_is_negotiation(nlp):
    codes = _codes(nlp, "Serbia and Kosovo conclude a third round of talks in Brussels.")
    assert "046" in codes and "030" not in codes


AGREEMENTS_DONE = [
    "Chile announces an agreement with Bolivia on access to the Pacific port of Arica.",
    "Kenya and Tanzania concluded negotiations on a border trade accord.",
    "Ghana and Togo reach a deal on shared electricity supplies.",
]


@pytest.mark.parametrize("text", AGREEMENTS_DONE)
def test_agreement_reached_is_an_act(nlp, text):
    done = [e for e in _events(nlp, text) if e.cameo.startswith("03")]
    assert done and all(e.modality != "intent" for e in done)
    to_come = [e for e in _events(nlp, "Ghana and Togo will reach a deal on shared electricity supplies next month.")
               if e.cameo.startswith("03")]
    assert to_come and all(e.modality == "intent" for e in to_come)
