"""Cooperation roots 02-05, session 15 (helper coop): agreements, talks hosted and appeals in news briefs.

Classes: a truce or an instrument agreed with no preposition, active or passive ("a truce was agreed between X and
Y": 0871 each way; a border protocol agreed: 057), while "agreed to a truce" stays an intent; a treaty adopted by a
party to it is one concluded (057); a headline "hosts" the tagger reads as an auxiliary or a compound of
the next noun ("Oman hosts truce negotiations between ..."); headline names "A and B" hung on the object of a verb the
parser read as a compound ("A and B sign accords covering ..."); a second titled name after "and" parsed as an
apposition of the first title is a second person; a phone call held by two sides is mutual. Pruned: an inverted
"should" (a condition or a question) asks nothing of anyone; "asked X whether/how ..." is a question, no appeal; the
content of a refused text ("vetoed a resolution urging ...") and a bill's proposal are no acts; an agreement only
expected is not coded as made. Energy supplied to a state is trade (061), its promise an intent (0311). An agreement named as
existing between its parties ("the accord between A and B") is one concluded (057 each way).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, dyads


@pytest.mark.parametrize("text, code, pair", [
    ("A truce was agreed between Armenia and Azerbaijan on Friday.", "0871", ("ARM", "AZE")),
    ("A ceasefire is agreed between the Sudanese army and the RSF in Jeddah.", "0871", None),
    ("Ghana and Togo agreed a border protocol in Accra.", "057", ("GHA", "TGO")),
])
def test_instrument_agreed_without_preposition(nlp, text: str, code: str, pair: tuple[str, str] | None) -> None:
    events = [e for e in counted_events(nlp, text) if e.cameo == code]
    assert len(events) >= 2, text  # both sides
    if pair is not None:
        got = dyads(events, (code[:2],))
        assert pair in got and pair[::-1] in got, got


def test_truce_agreed_is_made_but_agreed_to_stays_an_intent(nlp) -> None:
    made = {e.cameo for e in counted_events(nlp, "A truce is agreed between Ghana and Togo along the frontier.")}
    intent = {e.cameo for e in counted_events(nlp, "Ghana and Togo agreed to a truce along the frontier.")}
    assert "0871" in made, made
    assert "0356" in intent and "0871" not in intent, intent


def test_treaty_adopted_is_concluded(nlp) -> None:
    text = "Chile adopts a trade accord with Peru."
    assert any(e.cameo == "057" for e in counted_events(nlp, text)), text


@pytest.mark.parametrize("text, host, sides", [
    ("Egypt hosts ceasefire negotiations between Sudan and the RSF.", "EGY", {"SDN"}),
    ("Egypt hosts ceasefire talks between Israel and Hamas.", "EGY", {"ISR", "PSE"}),
])
def test_headline_hosts_misread_as_auxiliary_or_compound(nlp, text: str, host: str, sides: set[str]) -> None:
    events = [e for e in counted_events(nlp, text) if e.cameo == "043"]
    assert events and all(e.source is not None and e.source.country == host for e in events), text
    assert sides <= {e.target.country for e in events if e.target is not None}, text


@pytest.mark.parametrize("text, root", [
    ("Qatar and Syria sign agreements covering a new airline and a power plant.", "05"),
    ("Azerbaijan and Armenia resume talks.", "04"),
])
def test_headline_pair_before_verb_read_as_compound(nlp, text: str, root: str) -> None:
    events = [e for e in counted_events(nlp, text) if e.root == root]
    pairs = dyads(events, (root,))
    assert len(pairs) == 2 and all(s and t and s != t for s, t in pairs), pairs


def test_second_titled_name_after_and_is_a_second_person(nlp) -> None:
    text = "Iranian foreign minister Abbas Araghchi and Omani foreign minister Badr Albusaidi hold a phone call."
    pairs = dyads([e for e in counted_events(nlp, text) if e.cameo == "041"], ("04",))
    assert ("IRN", "OMN") in pairs and ("OMN", "IRN") in pairs, pairs


@pytest.mark.parametrize("text", [
    "Should the ceasefire talks fail, Rome could expel the attache, a diplomat said.",
    "Should the vote fail, Quito would expel the attache, the minister said.",
])
def test_inverted_should_is_no_appeal(nlp, text: str) -> None:
    assert not [e for e in all_events(nlp, text) if e.root == "02"], text


def test_inverted_should_under_speech_leaves_the_act_hypothetical(nlp) -> None:
    text = "The adviser says Sweden will punish Belarus should it invade Lithuania."
    assert not [e for e in counted_events(nlp, text) if e.root in ("19", "02")], text


@pytest.mark.parametrize("text", [
    "The BBC apologises for asking the captain how many players are injured.",
    "Journalists asked the minister whether Oslo would expel the attache.",
])
def test_asking_a_question_is_no_appeal(nlp, text: str) -> None:
    assert not [e for e in counted_events(nlp, text) if e.root == "02"], text
    # asking for an act stays an appeal
    assert [e for e in counted_events(nlp, "Portugal asked Spain to send more firefighters.") if e.root == "02"]


@pytest.mark.parametrize("text", [
    "Russia vetoed a draft resolution urging Myanmar to free political prisoners.",
    "The senate blocks a bill proposing a ban on vaping for minors.",
])
def test_content_of_a_refused_text_is_no_act(nlp, text: str) -> None:
    assert not [e for e in counted_events(nlp, text) if e.root in ("02", "03", "05") or "propose" in e.rule], text


def test_agreement_only_expected_is_not_made(nlp) -> None:
    text = "Diplomats say that a trade agreement between Kenya and Tanzania is expected within weeks."
    assert not [e for e in counted_events(nlp, text) if e.root in ("03", "05")], text


def test_energy_supplied_to_a_state_is_trade_and_its_promise_an_intent(nlp) -> None:
    done = {e.cameo for e in counted_events(nlp, "Norway supplies gas to Poland through a new pipeline.")}
    vowed = {e.cameo for e in counted_events(nlp, "Azerbaijan will supply electricity to Georgia next winter.")}
    assert "061" in done, done
    assert "0311" in vowed, vowed
    # an instrument's name in an infinitive is the act's intent, not an instrument agreed
    codes = {e.cameo for e in counted_events(nlp, "Ghana and Togo agree to exchange prisoners of war.")}
    assert "057" not in codes, codes


@pytest.mark.parametrize("text, pair", [
    ("The bloc welcomed the accord between Serbia and Montenegro on railway links.", ("SRB", "MNE")),
    ("Critics in Lima denounce the fishing pact between Peru and Ecuador.", ("PER", "ECU")),
])
def test_agreement_named_between_its_parties_is_concluded(nlp, text: str, pair: tuple[str, str]) -> None:
    got = dyads([e for e in counted_events(nlp, text) if e.cameo == "057"], ("05",))
    assert pair in got and pair[::-1] in got, got
