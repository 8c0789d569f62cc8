"""Armed-attack language, session 14 (helper fight): blows told as gerunds or across an aside, headline verbs the
parser hangs on the attack noun, a plural "fires on", the weapon named after "with", and hazards misread as killers.

Classes: "killed by Azerbaijani shelling near ..." is one shelling (194) whose toll the casualty verb tells, not a
killing (190) beside a shelling; "killed, most of them children, in a Saudi airstrike on ..." is one airstrike whose
victims the aside describes; "The Houthis launch drone strikes on ..." names the attacker before the misread verb, and its participle ("..., killing
14 people") is the strikes' toll, no killing of its own;
"Hezbollah fires on Israeli troops" is a verb of firing, not a noun of blazes; "attacks a hospital with a drone strike"
or "with mortars" is an aerial (195) or an artillery (194) attack; "Torrential rains batter Goa, killing six" is a
natural disaster, no attack by the place the parser made its subject.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _fights(nlp, text: str) -> list:
    return [e for e in _events(nlp, text) if e.root == "19"]


#: A casualty verb with the blow as a gerund after "by": one shelling event, the shelling's code and its owner.
GERUND_BLOWS = [
    ("Four farmers are wounded by Azerbaijani shelling near a border village.", "AZE"),
    ("A nurse and two drivers are killed by Sudanese shelling near a clinic in Kadugli.", "SDN"),
    ("Two fishermen are injured by Israeli shelling off the coast of Gaza.", "ISR"),
]


@pytest.mark.parametrize(("text", "source"), GERUND_BLOWS)
def test_casualty_by_a_gerund_blow_is_one_shelling(nlp, text, source):
    evs = _fights(nlp, text)
    assert len(evs) == 1
    assert evs[0].cameo == "194"
    assert evs[0].source is not None and evs[0].source.country == source


#: An aside on the victims between the casualty verb and the blow: one strike with the victims as its target.
ASIDE_BLOWS = [
    ("Fifteen people are killed, most of them children, in a Saudi airstrike on a market in Saada.", "SAU", "YEM"),
    ("Nine people are killed, a quarter of whom are women, in a Turkish drone strike on a village in Duhok.", "TUR", "IRQ"),
]


@pytest.mark.parametrize(("text", "source", "target"), ASIDE_BLOWS)
def test_casualty_across_an_aside_is_one_strike(nlp, text, source, target):
    evs = _fights(nlp, text)
    assert len(evs) == 1
    assert evs[0].cameo.startswith("195")
    assert evs[0].source is not None and evs[0].source.country == source
    assert evs[0].target is not None and evs[0].target.country == target


def test_named_striker_is_kept_across_an_aside(nlp):
    evs = _fights(nlp, "Thirty people are killed, most of them women, in an Air Force strike on a market in Magway.")
    assert len(evs) == 1
    assert evs[0].source is not None and evs[0].source.code == "MMRMIL"


def test_name_before_a_misread_launch_is_the_attacker(nlp):
    evs = _fights(nlp, "The SDF launch rocket attacks on Manbij.")
    assert evs and all(e.source is not None and e.source.code == "SYRREBSDF" for e in evs)


def test_plural_fires_on_is_the_verb_of_firing(nlp):
    evs = _fights(nlp, "Hezbollah fires on Israeli troops near Metula.")
    assert evs
    assert evs[0].source is not None and evs[0].source.country == "LBN"
    assert evs[0].target is not None and evs[0].target.country == "ISR"


@pytest.mark.parametrize(("text", "code"), [
    ("The RSF attacks a clinic at a camp with a drone strike near Kadugli, killing 12 people.", "195"),
    ("Rebels attack an army post at a crossing with mortars near Goma, killing two soldiers.", "194"),
])
def test_weapon_after_with_on_the_object_names_the_kind(nlp, text, code):
    evs = _fights(nlp, text)
    assert any(e.cameo == code for e in evs)


@pytest.mark.parametrize("text", [
    "Torrential rains batter Goa, killing six.",
    "Floods batter Assam, killing 12 people.",
])
def test_hazard_headline_is_no_attack(nlp, text):
    assert not _fights(nlp, text)


def test_participle_of_a_misread_headline_is_the_strikes_toll(nlp):
    evs = _fights(nlp, "The Pakistani Armed Forces launch missile strikes on militant hideouts in Khost, killing 14 people.")
    assert len(evs) == 1
    assert evs[0].source is not None and evs[0].source.country == "PAK"
