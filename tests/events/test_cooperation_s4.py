"""Session-4 cooperation language (CAMEO roots 01-09): act classes the lexicon missed or coded at the wrong root.

Every sentence is invented for these tests. One test per class: appeals issued or made (020) and calls for
de-escalation (0256, not a label 111); deals announced and proposals accepted (03, a ceasefire proposal 0356);
guests welcomed to a place (043, "welcomed the decision" stays 051); views exchanged (040) and mediator roles (045);
reconciliation and a status granted (050); a blessing given (051); intelligence provided (064) and goods sold (061);
bodies and captives handed over or received (0841/0842, the noun "handover" too); bail granted (0841); attacks
cancelled or aborted (087); truces respected (0871); emergencies ended (0814), internet shutdowns lifted (0811) and
control returned (080); states admitted as members (057, not an admission 015); criminal cases opened (091),
inquiries conducted, investigations "against" someone and inspectors sent (090); a day of mourning announced (017);
calls and asylum received (041, 075); and the look-alikes that must keep another reading or none (a presidential
memorandum signed, approval given to a bill, money "in military aid", letters and awards received, a resignation
or a nomination accepted, a hearing interrupted, people "seeking aid" or told to "shelter in place"). The fast
tests check the loaded lexicon; the slow ones run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes
from helpers_events import counted_events, has_event

from eventwire.events.lexicon import load_lexicon

CaseList = list[tuple[str, str]]


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_session4_cooperation_entries_load_with_their_codes() -> None:
    """Representative entries of each class are loaded with the CAMEO code of their root."""
    by_id = {e.id: e for e in load_lexicon().entries()}
    expected = {
        "v.announce_mourning": "017", "v.issue_appeal": "020", "v.make_appeal": "020", "v.announce_deal": "030",
        "v.accept_proposal": "030", "v.welcome_to": "043", "v.give_blessing": "051", "v.receive_call": "041",
        "v.hand_over_bodies": "0842", "v.hand_captives": "0841", "v.receive_captives": "0841",
        "v.cancel_attack": "087", "v.respect_ceasefire": "0871", "v.open_criminal_case": "091",
        "v.conduct_investigation": "090", "v.provide_intelligence": "064", "v.grant_bail": "0841",
        "v.sell_goods": "061", "v.admit_member": "057", "v.end_emergency": "0814", "v.return_control": "080",
        "v.send_inspectors": "090",
    }
    wrong = {k: (by_id[k].code if k in by_id else None) for k, v in expected.items()
             if k not in by_id or by_id[k].code != v}
    assert not wrong, wrong


def test_make_appeal_leaves_phone_calls_alone() -> None:
    """"Made a call" is a phone call as often as an appeal: only appeals and pleas are made."""
    lex = load_lexicon()
    (entry,) = [e for e in lex.verbs["make"] if e.id == "v.make_appeal"]
    assert "call" not in entry.object and {"appeal", "plea"} <= entry.object


def test_executive_order_blocks_a_signed_agreement() -> None:
    """The domestic-document entry declares its sense no event, so it codes nothing when it wins."""
    lex = load_lexicon()
    (entry,) = [e for e in lex.verbs["sign"] if e.id == "v.sign_executive_order"]
    assert entry.no_event and {"presidential", "executive"} <= entry.object


# -- the pipeline (slow) ---------------------------------------------------------------------------

APPEALS: CaseList = [
    ("The International Red Cross issued an urgent appeal for calm in the region.", "020"),
    ("The Kenyan president made a fresh plea to donors for drought relief.", "020"),
]


@pytest.mark.slow
def test_appeals_issued_or_made(nlp) -> None:
    """An appeal, a call or a plea issued or made is an appeal (020)."""
    _check(nlp, APPEALS)


@pytest.mark.slow
def test_deal_announced_is_an_agreement(nlp) -> None:
    """A deal announced is a deal reached (03), with or without a partner named; both ways between two parties."""
    evs = counted_events(nlp, "Canada and Mexico announced a new energy deal on Thursday.")
    assert has_event(evs, "03", "CAN", "MEX") and has_event(evs, "03", "MEX", "CAN"), [(e.cameo, e.rule) for e in evs]
    evs = counted_events(nlp, "The Egyptian president announced the gas deal late on Tuesday.")
    assert has_event(evs, "03", "EGY"), [(e.cameo, e.rule) for e in evs]


@pytest.mark.slow
def test_proposal_accepted(nlp) -> None:
    """A ceasefire proposal accepted is an intent to de-escalate (0356)."""
    assert any(c.startswith("0356") for c in _codes(nlp, "The Houthis accepted the truce proposal on Sunday.")), \
        _codes(nlp, "The Houthis accepted the truce proposal on Sunday.")


@pytest.mark.slow
def test_guest_welcomed_to_a_place_is_hosted(nlp) -> None:
    """"Welcomed the Polish president to Rome" hosts a guest (043); "welcomed the decision" stays praise (051)."""
    evs = counted_events(nlp, "The Greek prime minister welcomed Erdogan to Athens on Thursday.")
    assert has_event(evs, "043", "GRC", "TUR") and not has_event(evs, "051"), [(e.cameo, e.rule) for e in evs]
    codes = _codes(nlp, "Germany welcomed the decision of Serbia.")
    assert any(c.startswith("051") for c in codes) and not any(c.startswith("043") for c in codes), codes


AID_AND_TRADE: CaseList = [
    ("Turkey provided intelligence to Azerbaijan.", "064"),
    ("Algeria sells gas to Italy.", "061"),
    ("The Pope gave his blessing to the peace initiative.", "051"),
]


@pytest.mark.slow
def test_intelligence_goods_and_blessing_given(nlp) -> None:
    """Intelligence provided is intelligence sharing (064), goods sold trade (061), a blessing endorsement (051)."""
    _check(nlp, AID_AND_TRADE)


@pytest.mark.slow
def test_money_in_aid_keeps_the_kind_of_aid(nlp) -> None:
    """"Gave $300 million in military aid" stays military aid (072): no money entry takes the amount for the aid."""
    evs = counted_events(nlp, "Denmark gave $300 million in military aid to Ukraine.")
    assert has_event(evs, "072", "DNK", "UKR"), [(e.cameo, e.rule) for e in evs]


@pytest.mark.slow
def test_approval_given_to_a_bill_is_no_endorsement(nlp) -> None:
    """"Gave final approval to a bill" is domestic legislation, no praise (051)."""
    codes = _codes(nlp, "The Italian Senate gave final approval to the budget bill.")
    assert not any(c.startswith("05") for c in codes), codes


@pytest.mark.slow
def test_bodies_and_captives_handed_over_or_received(nlp) -> None:
    """Bodies handed over are returned (0842); the noun "handover" codes its prisoners (0841); the receiving side
    is the target, the sender the source, not a host (043)."""
    evs = counted_events(nlp, "Armenia handed over the bodies of six soldiers to Azerbaijan.")
    assert has_event(evs, "0842", "ARM", "AZE"), [(e.cameo, e.rule) for e in evs]
    evs = counted_events(nlp, "The handover of twelve prisoners by Ethiopia to Eritrea went smoothly.")
    assert has_event(evs, "0841", "ETH", "ERI"), [(e.cameo, e.rule) for e in evs]
    evs = counted_events(nlp, "Israel received the remains of a soldier from Hezbollah.")
    assert has_event(evs, "0842", None, "ISR") and not has_event(evs, "043"), [(e.cameo, e.rule) for e in evs]


YIELDING: CaseList = [
    ("The United States cancelled a planned airstrike on Venezuela.", "087"),
    ("India aborted the offensive against the rebels.", "087"),
    ("Thailand and Cambodia respected the ceasefire over the weekend.", "0871"),
    ("Peru ended the state of emergency in Lima.", "0814"),
    ("The militia returned control of the airport to the government.", "080"),
]


@pytest.mark.slow
def test_attacks_cancelled_truces_respected_emergencies_ended(nlp) -> None:
    """An attack cancelled (087), a truce respected (0871), an emergency ended (0814), control returned (080)."""
    _check(nlp, YIELDING)


@pytest.mark.slow
def test_state_admitted_as_member_is_an_accession(nlp) -> None:
    """"NATO admitted Finland as a member" is an accession (057), not an admission of guilt (015)."""
    codes = _codes(nlp, "The alliance admitted Montenegro as its newest member.")
    assert any(c.startswith("057") for c in codes) and not any(c.startswith("015") for c in codes), codes


INVESTIGATIONS: CaseList = [
    ("Prosecutors opened a criminal case against the Georgian opposition leader.", "091"),
    ("The Senate committee is conducting an inquiry into the arms deal.", "090"),
    ("Indian police announced an investigation against the former governor.", "090"),
    ("The IAEA sent inspectors to Syria.", "090"),
]


@pytest.mark.slow
def test_investigations_opened_conducted_and_inspectors_sent(nlp) -> None:
    """A criminal case opened (091), an inquiry conducted, an investigation against someone, inspectors sent (090)."""
    _check(nlp, INVESTIGATIONS)


@pytest.mark.slow
def test_mourning_announced(nlp) -> None:
    """A day of mourning announced is a symbolic act (017), as one declared."""
    assert any(c.startswith("017") for c in _codes(nlp, "Chile announced three days of national mourning.")), \
        _codes(nlp, "Chile announced three days of national mourning.")


@pytest.mark.slow
def test_presidential_memorandum_is_no_agreement(nlp) -> None:
    """A president signing a memorandum or an executive order signs no agreement with anyone (no 057)."""
    for text in ("The French president signed a presidential memorandum on energy policy.",
                 "The Argentine president signed an executive order on the currency."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("057") for c in codes), (text, codes)


@pytest.mark.slow
def test_call_for_deescalation_is_an_appeal(nlp) -> None:
    """"Called for de-escalation" appeals (02), it labels nothing an escalation (111)."""
    codes = _codes(nlp, "The Arab League called for de-escalation on the border.")
    assert any(c.startswith("02") for c in codes) and not any(c.startswith("111") for c in codes), codes


@pytest.mark.slow
def test_things_received_are_no_guests_and_asylum_received_is_granted(nlp) -> None:
    """A letter or an award received hosts nobody (no 043); asylum received in a country is granted by it (075); a
    call received is a phone call from the caller (041)."""
    for text in ("The Chilean president received a letter from Xi Jinping.",
                 "The Nigerian minister received an award from the German government."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("04") for c in codes), (text, codes)
    evs = counted_events(nlp, "The former Bolivian interior minister received asylum in Argentina.")
    assert has_event(evs, "075", "ARG", "BOL"), [(e.cameo, e.rule) for e in evs]
    evs = counted_events(nlp, "The Polish president received a phone call from the German chancellor.")
    assert has_event(evs, "041", "DEU", "POL") and not has_event(evs, "043"), [(e.cameo, e.rule) for e in evs]


@pytest.mark.slow
def test_sheltering_displaced_people_or_in_place_is_no_asylum(nlp) -> None:
    """A school "sheltering displaced families" and staff told to "shelter in place" give no asylum (075); a state
    sheltering foreign refugees does."""
    for text in ("An airstrike hit a school sheltering displaced families in Khan Younis.",
                 "The Canadian embassy told its staff to shelter in place."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("075") for c in codes), (text, codes)
    assert any(c.startswith("075") for c in _codes(nlp, "Jordan sheltered thousands of Syrian refugees.")), \
        _codes(nlp, "Jordan sheltered thousands of Syrian refugees.")


@pytest.mark.slow
def test_procedure_accepted_or_heard_is_no_event(nlp) -> None:
    """A resignation or a nomination accepted (no 03) and a hearing interrupted (no 09) are procedure."""
    for text in ("The Peruvian president accepted the resignation of the interior minister.",
                 "The electoral board accepted the nomination of the Kenyan opposition candidate.",
                 "A protester interrupted a hearing of the Brazilian Senate."):
        codes = _codes(nlp, text)
        assert not any(c[:2] in ("03", "09") for c in codes), (text, codes)


CONSULT_AND_MEDIATE: CaseList = [
    ("The Indian and Japanese foreign ministers exchanged views on maritime security.", "040"),
    ("Switzerland acted as mediator between Armenia and Azerbaijan.", "045"),
    ("Kuwait played a mediating role between Qatar and Saudi Arabia.", "045"),
    ("Serbia and Croatia reconciled after years of dispute.", "050"),
    ("The European Union granted candidate status to Georgia.", "050"),
]


@pytest.mark.slow
def test_views_exchanged_mediator_roles_reconciliation_and_status(nlp) -> None:
    """Views exchanged (040), a mediator's role (045), reconciliation and candidate status (050)."""
    _check(nlp, CONSULT_AND_MEDIATE)


EASING: CaseList = [
    ("A Pakistani court granted bail to the jailed opposition leader.", "0841"),
    ("Ethiopia lifted the internet shutdown in Amhara.", "0811"),
    ("The rebels vacated the airbase near the capital.", "0874"),
]


@pytest.mark.slow
def test_bail_granted_shutdown_lifted_airbase_vacated(nlp) -> None:
    """Bail granted is a release (0841), a shutdown lifted eases freedoms (0811), an airbase vacated a retreat (0874)."""
    _check(nlp, EASING)


@pytest.mark.slow
def test_government_shutdown_ended_is_no_easing(nlp) -> None:
    """Ending a government shutdown is budget politics: only an internet shutdown lifted eases freedoms (0811)."""
    codes = _codes(nlp, "The Senate passed a bill to end the government shutdown.")
    assert not any(c.startswith("08") for c in codes), codes


@pytest.mark.slow
def test_signing_of_a_deal_between_two_parties(nlp) -> None:
    """"The signing of a peace deal between X and Y" names an agreement signed (057)."""
    codes = _codes(nlp, "The ceremony marked the signing of a trade pact between Kenya and Tanzania.")
    assert any(c.startswith("057") for c in codes), codes
