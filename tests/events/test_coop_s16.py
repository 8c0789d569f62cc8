"""Cooperation and yielding language (session 14): forces offered, aid sent, talks hosted, freeing and evacuating.

Every sentence is invented for these tests. Forces a state offers or pledges to send to another protect it (0334),
no show of force (138); aid named by a modifier of what is sent ("relief convoys") is aid sent (07x, 033x when
announced for later), and so are air defence systems and radars; a host of talks between two sides hosts both (043)
even when a headline parse reads the word before "talks" as the verb; "set ... records" frees no one (0841 needs
"free"); people who evacuate themselves receive no aid (073).
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events, has_event


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Norway offered to station soldiers in Latvia.", "NOR", "LVA"),
        ("Canada pledged to deploy fighter jets to Romania next spring.", "CAN", "ROU"),
        ("Austria promised to send troops to Bosnia to guard the polling stations.", "AUT", "BIH"),
    ],
)
def test_forces_offered_to_another_are_protection(nlp, text: str, src: str, tgt: str) -> None:
    """'offered to station soldiers in X': an intent to protect X (0334), not a threat (13x)."""
    events = counted_events(nlp, text)
    assert has_event(events, "0334", src, tgt), [(e.cameo, e.source, e.target) for e in events]
    assert not any(e.root == "13" for e in events), [e.cameo for e in events]
    # "vowed to deploy troops to the border" is no offer: still a show of force threatened
    vowed = counted_events(nlp, "Russia vowed to deploy troops to the border.")
    assert any(e.root == "13" for e in vowed), [e.cameo for e in vowed]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "src", "tgt"),
    [
        ("Chile sends relief convoys to Bolivia after the landslide.", "073", "CHL", "BOL"),
        ("Algeria sent aid lorries into Niger on Tuesday.", "073", "DZA", "NER"),
        ("Italy will send radar systems to Ukraine next month.", "0332", "ITA", "UKR"),
    ],
)
def test_aid_sent_by_its_modifier(nlp, text: str, code: str, src: str, tgt: str) -> None:
    """'sends relief convoys to X', 'will send radar systems to X': aid sent (or announced)."""
    events = counted_events(nlp, text)
    assert has_event(events, code, src, tgt), [(e.cameo, e.source, e.target) for e in events]
    # "sent a convoy to the front": a bare convoy is no aid
    bare = counted_events(nlp, "The army sent a convoy to the front line.")
    assert not any(e.root == "07" for e in bare), [e.cameo for e in bare]


@pytest.mark.slow
def test_host_of_truce_talks_hosts_both_sides(nlp) -> None:
    """'Malta hosts truce talks between A and B': Malta hosts A and B (043), and the talks stay A's and B's."""
    events = counted_events(nlp, "Malta hosts truce talks between Serbia and Kosovo.")
    assert has_event(events, "043", "MLT", "SRB") and has_event(events, "043", "MLT", "XKX"), \
        [(e.cameo, e.source, e.target) for e in events]
    assert has_event(events, "04", "SRB", "XKX"), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
def test_records_set_free_no_one(nlp) -> None:
    """'set national records' is no release; 'set two hostages free' is."""
    events = counted_events(nlp, "Peru and Chile set national export records this year.")
    assert not any(e.cameo.startswith("084") for e in events), [e.cameo for e in events]
    freed = counted_events(nlp, "Pirates set two captured fishermen free on Friday.")
    assert any(e.cameo.startswith("084") for e in freed), [e.cameo for e in freed]


@pytest.mark.slow
def test_people_who_evacuate_receive_no_aid(nlp) -> None:
    """'residents told to evacuate': they leave, no one gives aid; 'evacuated its citizens from X' is aid."""
    events = counted_events(nlp, "Residents of the valley are told to evacuate as the dam weakens.")
    assert not any(e.cameo.startswith("073") for e in events), [e.cameo for e in events]
    helped = counted_events(nlp, "Japan evacuated 300 of its citizens from Sudan.")
    assert has_event(helped, "073", "JPN"), [e.cameo for e in helped]


@pytest.mark.slow
def test_resignation_under_pressure_told_on_a_joined_verb(nlp) -> None:
    """'resigns from the cabinet and leaves his posts amid allegations': the pressure closes the joined verb (0831); not a verb with a
    subject of its own ("resigns and students march amid the crisis")."""
    events = counted_events(nlp, "The Malawian finance minister resigns from the cabinet and leaves his party posts amid allegations of bribery.")
    assert has_event(events, "0831", "MWI"), [(e.cameo, e.source) for e in events]
    other = counted_events(nlp, "Malawi's finance minister resigns and students march amid the fuel crisis.")
    assert not any(e.cameo.startswith("0831") for e in other), [e.cameo for e in other]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Denmark donated nine tanks to Ukraine.", "072"),
        ("Finland will donate four helicopters to the Ukrainian navy.", "0332"),
    ],
)
def test_weapons_donated_are_military_aid(nlp, text: str, code: str) -> None:
    """'donated nine tanks to X': military aid (072; 0332 when announced), not aid of no kind (070)."""
    events = counted_events(nlp, text)
    assert has_event(events, code, None, "UKR"), [(e.cameo, e.target) for e in events]
