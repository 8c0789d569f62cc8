"""Leftovers of roots 17 and 19, session 15 (helper cover): fighters of a named armed group firing on troops, an armed
body named on the weapon that modifies a strike, custody told as a lasting state, a run of arrests told as done, and a
particle the parser reads as an adverb.

Classes: "Tamil Tiger gunmen open fire on an army patrol" is a fight with small arms (193), not a gunman's assault on
people (180, kept for a lone gunman or for people without arms); "an army drone strike" names the army as the striker
through the weapon's own modifier; "the poet remains detained" and "the poet remains in detention" tell a custody with
the subject as the one held; "after a wave of arrests of students" tells the arrests as done, with no doer named;
"pushed back the rebels" with "back" read as an adverb is still the particle verb (190), not a demand (100).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _with_root(nlp, text: str, root: str) -> list:
    return [e for e in _events(nlp, text) if e.root == root]


#: A named armed group's gunmen firing on soldiers or police: an exchange of fire, root 19.
GROUP_FIRES_ON_TROOPS = [
    ("Al-Shabaab gunmen open fire on a Kenyan army patrol near Lamu.", "KEN"),
    ("Hezbollah gunmen fired at Israeli soldiers near the village of Aita.", "ISR"),
]


@pytest.mark.parametrize(("text", "target"), GROUP_FIRES_ON_TROOPS)
def test_armed_group_gunmen_firing_on_troops_is_a_fight(nlp, text, target):
    evs = _with_root(nlp, text, "19")
    assert evs, [(e.cameo, e.source, e.target) for e in _events(nlp, text)]
    assert evs[0].target is not None and evs[0].target.country == target
    assert not _with_root(nlp, text, "18")
    # the same group firing on worshippers assaults them (180)
    assert any(e.cameo == "180" for e in _events(nlp, "Houthi gunmen open fire on worshippers leaving a mosque in Taiz."))


#: An armed body named on the weapon that modifies the strike noun.
BODY_ON_WEAPON = [
    ("Six farmers died in an army drone strike in Blue Nile state, Sudan.", "SDN"),
    ("A school was damaged in a police drone strike in Tigray, Ethiopia.", "ETH"),
]


@pytest.mark.parametrize(("text", "source"), BODY_ON_WEAPON)
def test_armed_body_on_the_weapon_strikes(nlp, text, source):
    evs = _with_root(nlp, text, "19")
    assert any(e.source is not None and e.source.country == source and e.source.sector in ("MIL", "COP") for e in evs), \
        [(e.cameo, e.source, e.target) for e in evs]


#: Custody told as a state: the subject is the one held.
CUSTODY_STATES = [
    ("The Tunisian poet remains detained on charges of insulting the president.", "TUN", "poet"),
    ("Dozens of Georgian students remain detained in Kutaisi after the rally.", "GEO", "students"),
    ("The Tunisian poet remains in detention after the ruling.", "TUN", "poet"),
    ("Two Egyptian bloggers stay in jail pending a retrial.", "EGY", "bloggers"),
]


@pytest.mark.parametrize(("text", "held", "word"), CUSTODY_STATES)
def test_custody_told_as_a_state(nlp, text, held, word):
    evs = _with_root(nlp, text, "17")
    assert any(e.cameo == "173" and e.target is not None and e.target.country == held and word in e.target.text
               for e in evs), [(e.cameo, e.source, e.target) for e in evs]
    # a state that is no custody is no arrest
    assert not _with_root(nlp, "The ceasefire talks remain stalled in Doha.", "17")
    assert not _with_root(nlp, "The Tunisian poet remains in hiding after the ruling.", "17")
    # a custody still to come is no threat and no arrest
    assert not [e for e in _events(nlp, "The two Tunisian poets will remain in detention until the appeal.") if e.root in ("13", "17")]


#: A run of arrests told as done: an agentless arrest of the people named.
ARREST_RUNS = [
    "Students marched in Dhaka after a wave of arrests of Bangladeshi opposition activists.",
    "Rights groups condemned a series of arrests of Belarusian reporters.",
]


@pytest.mark.parametrize("text", ARREST_RUNS)
def test_a_run_of_arrests_told_as_done(nlp, text):
    evs = _with_root(nlp, text, "17")
    assert any(e.cameo == "173" and e.target is not None for e in evs), [(e.cameo, e.source, e.target) for e in _events(nlp, text)]
    # a run of arrests asked for was not done
    assert not _with_root(nlp, "Lawmakers called for a wave of arrests of Bangladeshi opposition activists.", "17")


#: A particle read as an adverb before the object: the particle verb.
ADVERB_PARTICLES = [
    "Malian troops pushed back the jihadist fighters near Gao.",
    "Kurdish fighters have pushed back Islamic State militants east of Raqqa.",
    "Chadian troops pushed the rebel fighters back.",
]


@pytest.mark.parametrize("text", ADVERB_PARTICLES)
def test_pushed_back_with_an_adverb_is_force(nlp, text):
    evs = _events(nlp, text)
    assert any(e.root == "19" for e in evs), [(e.cameo, e.source, e.target) for e in evs]
    assert not any(e.cameo == "100" for e in evs)
