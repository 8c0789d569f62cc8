"""Target slots, session 15 (helper targets2).

Classes: people a state's own police, courts or leader arrest, seize from or pardon, named with no country of their
own ("six people", "the organisers of the march"), are that state's people (not foreign people, "ten foreign
nationals", nor things seized along with people held: those stay as the code finds them); an
attack on "what it called/described as/said were X" is an attack on X (the free relative's speaker is no target),
and the place named in the description is the place struck.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "code", "country"), [
    ("President Joe Biden granted pardons to nine people on his last day in office.", "084", "USA"),
    ("The Zambian president pardoned eleven convicts ahead of the holiday.", "084", "ZMB"),
    ("Chinese police detain those in charge of the collapsed mine.", "173", "CHN"),
    ("Police in Nepal detained the organisers of the banned rally.", "173", "NPL"),
    ("Ugandan police seized 40 kilograms of cocaine at the airport.", "1711", "UGA"),
])
def test_people_held_or_pardoned_at_home_are_the_states(nlp, text: str, code: str, country: str) -> None:
    assert has_event(_events(nlp, text), code, country, country)


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("India carried out missile strikes on what it called terror camps in Pakistan.", "IND", "PAK"),
    ("The army shelled what it described as rebel bases in Sudan.", "SDN", "SDN"),
    ("Russia launched missiles at what it claimed were military facilities in Kyiv.", "RUS", "UKR"),
])
def test_attack_on_what_the_speaker_called_a_target(nlp, text: str, src: str, tgt: str) -> None:
    assert has_event(_events(nlp, text), "19", src, tgt)


@pytest.mark.parametrize(("text", "speaker", "tgt"), [
    ("Israeli jets bombed what the army called a weapons factory in Lebanon.", "the army", "LBN"),
    ("Saudi jets bombed what the coalition described as a drone workshop in Yemen.", "the coalition", "YEM"),
])
def test_speaker_of_the_description_is_no_target(nlp, text: str, speaker: str, tgt: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root == "19"]
    assert evs and all(e.target is not None and e.target.country == tgt and e.target.text != speaker for e in evs)
