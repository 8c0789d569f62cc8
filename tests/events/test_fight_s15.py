"""Armed-fight language, session 15 (helper fight): the dead of two sides of a fight, an armed body named by a plain
noun before the attack noun, a headline whose plural of fighters the parser takes for the verb, and an armed advance
or campaign named by a noun.

Classes: "three rebels are killed and two soldiers are wounded during a gunfight" and "four guards and two smugglers
die in a shootout" tell a fight of the two sides, each against the other, across two clauses or with an intransitive
"die"; "killed in an army raid" and "a militia attack on the village" name who struck with a plain noun; "Ruritanian
Front fighters fire mortars at a base" is a clause whose verb the parser hung on its object; "their advance on the
port town" and "a bombing campaign against the rebels" are blows named by nouns (not "an advance in profits" nor an
election campaign).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _fights(nlp, text: str) -> list:
    return [e for e in _events(nlp, text) if e.root in ("18", "19")]


def _pairs(evs: list) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


#: Casualties of two armed sides in one fight: each side against the other.
TWO_SIDED_DEAD = [
    ("Five Hamas members are killed and three Israeli soldiers are wounded during a gunfight near Tubas.",
     {"PSEREBHMS", "ISRMIL"}),
    ("Four Nigerian soldiers and eleven Boko Haram fighters die in clashes near Bama.", {"NGAMIL", "NGAREBBKH"}),
    ("Two Tajik border guards are killed and a third is wounded during clashes with Kyrgyz guards.",
     {"TJKCOP", "KGZCOP"}),
]


@pytest.mark.parametrize(("text", "sides"), TWO_SIDED_DEAD)
def test_dead_of_two_sides_fought_each_other(nlp, text, sides):
    evs = _fights(nlp, text)
    got = _pairs(evs)
    a, b = sorted(sides)
    assert (a, b) in got and (b, a) in got


def test_dead_of_one_side_with_a_civilian_are_no_fight_of_two_sides(nlp):
    two = _pairs(_fights(nlp, "Three soldiers are killed and two jihadists are wounded during clashes near Maiduguri, Nigeria."))
    assert ("NGAMIL", "NGAREB") in two
    evs = _fights(nlp, "Two soldiers are killed and a farmer is wounded during clashes near Bama.")
    assert all(e.source is None or e.source.sector != "MIL" for e in evs)


#: A plain noun of an armed body right before the attack noun names the attacker.
ARMED_MODIFIERS = [
    ("Nineteen militants are killed in two army raids in Bajaur District, Pakistan.", "PAKMIL"),
    ("An insurgent attack in Kech District, Balochistan, leaves twelve soldiers dead.", "PAKREB"),
    ("Eight villagers are killed in a militia attack near Bunia.", "REB"),
]


@pytest.mark.parametrize(("text", "source"), ARMED_MODIFIERS)
def test_armed_noun_before_the_attack_is_its_source(nlp, text, source):
    evs = _fights(nlp, text)
    assert evs
    assert any(e.source is not None and e.source.code.endswith(source) for e in evs)


def test_place_modifier_of_the_modifier_is_no_attacker(nlp):
    assert any(e.source is not None for e in _fights(nlp, "Two officers are killed in an insurgent attack on a post in Zhob, Balochistan."))
    evs = _fights(nlp, "A police station attack in Zhob kills two officers.")
    assert all(e.source is None for e in evs)


#: "NAME fighters fire X at Y": the plural of fighters read as the verb, or as the root with the verb on the object.
MISREAD_FIRE = [
    ("Hezbollah fighters fire rockets at an Israeli border post.", "LBNREBHEZ", "ISR"),
    ("Hamas militants fire mortar shells at Israeli soldiers near Rafah.", "PSEREBHMS", "ISR"),
]


@pytest.mark.parametrize(("text", "source", "target"), MISREAD_FIRE)
def test_fighters_fire_headline_is_a_clause(nlp, text, source, target):
    evs = _fights(nlp, text)
    assert len(evs) == 1
    assert evs[0].source is not None and evs[0].source.code == source
    assert evs[0].target is not None and evs[0].target.country == target


#: An advance on a place, and a campaign of force of a named kind, are attacks.
NOMINAL_PUSHES = [
    ("Russian forces resume their advance on Kupiansk.", "RUS", "UKR", "190"),
    ("Chile denounced Israel's military campaign in the Gaza Strip.", "ISR", "PSE", "190"),
    ("Russia's air campaign against Ukrainian power plants enters its third week.", "RUS", "UKR", "195"),
]


@pytest.mark.parametrize(("text", "source", "target", "code"), NOMINAL_PUSHES)
def test_advance_and_campaign_nouns_are_attacks(nlp, text, source, target, code):
    evs = [e for e in _fights(nlp, text) if e.cameo == code]
    assert evs
    assert evs[0].source is not None and evs[0].source.country == source
    assert evs[0].target is not None and evs[0].target.country == target


@pytest.mark.parametrize("text", [
    "The bank reports an advance in quarterly profits.",
    "The governor launches a reelection campaign in Kano.",
    "The health ministry begins a measles vaccination campaign in the north.",
])
def test_civil_advance_and_campaign_are_no_attack(nlp, text):
    assert _fights(nlp, "The RSF fighters resume their advance on El Obeid.")
    assert not _fights(nlp, text)
