"""Coercion and assault recall, session 10 (helper coerce): captives counted as "others", bombers who drive or ram a
vehicle into their target, people kidnapped and killed, people shot and killed, goods seized, and
killings told beside a bomb or an abduction.

Classes: "seven others are abducted" after "a farmer is killed" takes the actor of the people named before; a
suicide or car bomber who drives or rams into a place sets off a bombing there (183x, not an expulsion); an
attack "with a car bomb" is a car bombing (1832), not an air strike; people "kidnapped and killed" suffer two acts, the
abduction and the killing; "shot and killed" is coded as "shot dead" is; explosives, drugs or cash seized are
confiscated (1711); people killed with no one named, beside a roadside bomb or a suicide bomber, are bombed (183x), and
beside others kidnapped, assaulted (180).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow

#: Captives counted as "others" or "more" after the people named in the clause before.
FELLOW_CAPTIVES = [
    ("A Nigerian farmer is killed and six others are kidnapped on a farm road at dawn.", "NGA"),
    ("One Cameroonian trader is shot dead and five others are abducted during a raid on a market.", "CMR"),
    ("Two Congolese nurses are killed and three more are kidnapped in an assault on a clinic.", "COD"),
]


@pytest.mark.parametrize(("text", "target"), FELLOW_CAPTIVES)
def test_counted_others_are_the_captives(nlp, text, target):
    assert has_event(_events(nlp, text), "181", tgt=target)


#: Bombers who drive or ram a vehicle into their target: a bombing (18x), never an expulsion (201).
BOMBERS_DRIVE_IN = [
    "A suicide car bomber drives into a hotel in Baidoa, Somalia.",
    "A car bomber rams a bus carrying soldiers in Quetta, Pakistan.",
    "A suicide bomber rams a checkpoint of the Afghan army near Kandahar.",
]


@pytest.mark.parametrize("text", BOMBERS_DRIVE_IN)
def test_bomber_driving_in_is_a_bombing(nlp, text):
    codes = [e.cameo for e in _events(nlp, text)]
    assert any(c.startswith("183") for c in codes) and "201" not in codes


def test_attack_with_car_bomb_is_car_bombing(nlp):
    codes = [e.cameo for e in _events(nlp, "Insurgents attack a police station in Diffa, Niger, with a car bomb.")]
    assert "1832" in codes and not any(c.startswith("195") for c in codes)


#: A seizure and a killing joined: two acts, the abduction and the killing (not one blow told twice).
SEIZED_AND_KILLED = [
    "Armed men abducted and killed a Honduran journalist near Tegucigalpa.",
    "A Kenyan lawyer was abducted and killed by unknown assailants near Nairobi.",
]


@pytest.mark.parametrize("text", SEIZED_AND_KILLED)
def test_seized_and_killed_are_two_acts(nlp, text):
    codes = [e.cameo for e in _events(nlp, text)]
    assert "181" in codes and any(c.startswith("18") and c != "181" for c in codes)


#: "shot and killed" is "shot dead": a killing by assault when gunmen or unknown attackers do it (1823 or 180).
SHOT_AND_KILLED = [
    "Gunmen shot and killed a Honduran police officer outside a bakery in San Pedro Sula.",
    "A Hezbollah field commander is shot and killed by an unknown gunman in a village near Tyre.",
    "A Colombian human rights activist is shot and killed outside her home in Cauca.",
]


@pytest.mark.parametrize("text", SHOT_AND_KILLED)
def test_shot_and_killed_is_a_killing(nlp, text):
    assert "1823" in [e.cameo for e in _events(nlp, text)]


#: Goods seized by the state are confiscated (1711): explosives, drugs, cash, vehicles.
SEIZED_GOODS = [
    "Kenyan police seize three tonnes of explosives at a warehouse in Mombasa.",
    "Ecuadorian soldiers seize six tonnes of cocaine hidden in banana crates in Guayaquil.",
]


@pytest.mark.parametrize("text", SEIZED_GOODS)
def test_seized_goods_are_confiscated(nlp, text):
    assert "1711" in [e.cameo for e in _events(nlp, text)]


#: An agentless killing told beside a bomb or an abduction: a bombing (183x) or an assault (18x), not armed force (19x).
KILLED_BESIDE = [
    ("Four Malian traders are killed when their minibus hits a roadside bomb near Mopti.", "1833"),
    ("Three Afghan guards and a suicide bomber are killed at a checkpoint in Herat.", "1831"),
    ("Six Nigerian villagers are killed and twenty others are kidnapped in Sokoto State.", "180"),
]


@pytest.mark.parametrize(("text", "code"), KILLED_BESIDE)
def test_killing_told_beside_bomb_or_abduction(nlp, text, code):
    codes = [e.cameo for e in _events(nlp, text)]
    assert code in codes and not any(c.startswith("19") for c in codes)
