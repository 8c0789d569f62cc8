"""Session-4 round-2 precision audit of the family lexicons: verb senses that are no event, and small gaps.

Every sentence is invented for these tests. One test per class. No event: places evacuated (not people, 073),
tournaments and hardware hosted (not guests, 043), marriages or merits recognized (not states, 054), assurances or
warnings received (not visitors, 043), fights against crime, fires or charges (no force, 190), fees or tolls
charged (no legal charge, 173), domestic bills vetoed (domestic legislation, not 129). Right code: a strike
"called" an escalation is a label (111, not a labour strike 143); a ceasefire approved is a truce (0871); a strike
executed is the attack (19x, not an execution 1823); territory gained is land taken (192); demolitions of an
actor's homes destroy property (1712). Each no-event test also checks that the act sense of the same verb is still
coded, so that the narrowing cannot swallow it. The fast test checks the loaded lexicon; the slow ones run the
real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes

from eventwire.events.lexicon import load_lexicon

CaseList = list[tuple[str, str]]


def _none_of(nlp, texts: list[str], root: str | tuple[str, ...]) -> None:
    """Assert that no text gets a counted event of CAMEO root(s) `root`; list every false event."""
    bad = []
    for text in texts:
        got = [c for c in _codes(nlp, text) if c.startswith(root)]
        if got:
            bad.append(f"{text!r}: wanted no {root}, got {got}")
    assert not bad, "\n".join(bad)


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_audit_entries_load_with_their_codes_and_no_event_flags() -> None:
    """The new entries are loaded with their codes; the non-event senses carry no_event."""
    by_id = {e.id: e for e in load_lexicon().entries()}
    codes = {"v.approve_truce": "0871", "v.gain_territory": "192", "n.demolition": "1712",
             "v.execute_strike": "190", "v.execute_airstrike": "195"}
    assert {k: by_id[k].code for k in codes} == codes
    quiet = ["v.evacuate_place", "v.host_event", "v.recognize_status", "v.recognise_status", "v.receive_message",
             "v.fight_problem", "v.charge_fee", "v.veto_bill"]
    assert all(getattr(by_id[k], "no_event", False) for k in quiet)
    assert not any(getattr(by_id[k], "no_event", False) for k in codes)


# -- no-event senses (slow) ------------------------------------------------------------------------

@pytest.mark.slow
def test_places_evacuated_are_no_aid(nlp) -> None:
    """A building, a town or homes evacuated is a precaution; people evacuated by a state stay 073."""
    _none_of(nlp, [
        "Police evacuated the parliament building after a bomb threat.",
        "Thousands of residents evacuated their homes in the south of Lebanon.",
        "Authorities evacuated the airport terminal on Tuesday.",
    ], "07")
    _check(nlp, [("Poland evacuated 200 of its citizens from Israel on Monday.", "073")])


@pytest.mark.slow
def test_events_and_hardware_hosted_receive_no_visitor(nlp) -> None:
    """Hosting a tournament, a festival or fighter jets is no visit received; a leader hosted is 043."""
    _none_of(nlp, [
        "Qatar will host the Asian Cup in 2027.",
        "Morocco hosted the African football championship last year.",
        "The Polish base will host American fighter jets from next year.",
    ], "04")
    _check(nlp, [("Egypt hosted the Sudanese president in Cairo on Sunday.", "043")])


@pytest.mark.slow
def test_status_or_merit_recognized_is_no_diplomatic_recognition(nlp) -> None:
    """Marriages, diplomas or someone's contribution recognized are no 054; a state recognized is."""
    _none_of(nlp, [
        "A court told Italian officials to recognize the marriage of two men wed in Spain.",
        "Japan will recognize the medical diplomas of Ukrainian doctors.",
        "The president recognized the contribution of the nurses during the pandemic.",
    ], "05")
    _check(nlp, [("Ghana formally recognized Kosovo on Friday.", "054")])


@pytest.mark.slow
def test_messages_received_are_no_visit(nlp) -> None:
    """Assurances, warnings or proposals received are what another side said; a leader received is 043."""
    _none_of(nlp, [
        "Armenia received assurances from France that the deliveries would continue.",
        "The Lebanese army received a warning of a strike on the bridge.",
        "Kyiv received the proposal from Washington on Thursday.",
    ], "04")
    _check(nlp, [("The Turkish president received the Iraqi prime minister in Ankara.", "043")])


@pytest.mark.slow
def test_fights_against_ills_fires_or_charges_use_no_force(nlp) -> None:
    """Fighting crime, wildfires or charges is no armed fight (nor a threat of one); rebels fighting troops stay 190."""
    _none_of(nlp, [
        "The mayor vowed to fight crime in the capital.",
        "Firefighters fought the wildfires near Marseille for a third day.",
        "The former minister said he would fight the charges in court.",
        "The president sent soldiers to the city to fight rising crime.",
    ], ("13", "19"))
    _check(nlp, [("Rebels fought government troops near the border town on Monday.", "190")])


@pytest.mark.slow
def test_fees_charged_are_no_legal_charge(nlp) -> None:
    """Fees or tolls charged are a price; a person charged with a crime stays 173."""
    _none_of(nlp, [
        "Iran will start charging fees for ships passing through its waters.",
        "Panama charges a toll on vessels crossing the canal.",
    ], ("13", "17"))
    _check(nlp, [("Turkish prosecutors charged the journalist with espionage.", "173")])


@pytest.mark.slow
def test_domestic_bills_vetoed_are_no_event(nlp) -> None:
    """A bill, a law or a budget vetoed at home is domestic legislation; a UN resolution vetoed stays 129."""
    _none_of(nlp, [
        "The president vetoed the budget bill passed by parliament.",
        "The governor vetoed legislation on school funding.",
    ], "12")
    _check(nlp, [("China vetoed a Security Council resolution on Myanmar.", "129")])


# -- right codes (slow) ----------------------------------------------------------------------------

@pytest.mark.slow
def test_a_strike_called_an_escalation_is_a_label(nlp) -> None:
    """'called the strike an escalation' labels it (111); 'called a general strike' stays a stoppage (143)."""
    got = _codes(nlp, "Beijing called the strike an escalation.")
    assert any(c.startswith("111") for c in got) and not any(c.startswith("143") for c in got), got
    _check(nlp, [("Dockworkers' unions called a general strike against the new labour law.", "143")])


@pytest.mark.slow
def test_ceasefire_approved_is_a_truce(nlp) -> None:
    """A ceasefire or a ceasefire agreement approved by a side is a truce adopted (08)."""
    _check(nlp, [
        ("The Israeli security cabinet approved the ceasefire agreement with Hamas.", "0871"),
        ("The Sudanese army approved a humanitarian truce in El Fasher.", "0871"),
    ])


@pytest.mark.slow
def test_a_strike_executed_is_the_attack(nlp) -> None:
    """A drone strike or an airstrike "executed" is the attack (195/1952), not an execution (1823)."""
    cases = [("The Kenyan army executed a drone strike on a militant camp.", "1952"),
             ("The US military executed an airstrike on a camp in the desert.", "195")]
    _check(nlp, cases)
    assert not any(c.startswith("1823") for text, _ in cases for c in _codes(nlp, text))
    _check(nlp, [("Saudi Arabia executed two men convicted of smuggling.", "1823")])


@pytest.mark.slow
def test_territory_gained_is_land_taken(nlp) -> None:
    """Territory or villages gained in war are occupied (192)."""
    _check(nlp, [
        ("Russian troops gained territory near Pokrovsk last week.", "192"),
        ("The rebels gained two villages in the east of the province.", "192"),
    ])


@pytest.mark.slow
def test_demolition_of_an_actors_homes_destroys_property(nlp) -> None:
    """A demolition of an actor's homes is 1712; a demolition of a building owned by no actor codes nothing."""
    _check(nlp, [("The EU condemned Israel's demolition of Palestinian homes in Hebron.", "1712")])
    _none_of(nlp, ["The demolition of the old football stadium began on Monday."], "17")
