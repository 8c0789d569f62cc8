"""Event emission, session 3 (second round): who acts on whom once the frame is found.

Classes: an attack named by a noun with a coded victim and no attacker (coded with no source), the sides of a fight
"between" two actors (each against the other), a generic attack conjoined with a kind of blow (one event), conjoined
subjects of one-sided acts (no partners), the state a demand made through a summoned envoy is put to, the state a
person is extradited to, the place a measure applies in (no target), a casualty participle the parser hangs on the
place hit, and an attack noun that repeats the blow a verb already coded.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events as _all
from helpers_events import counted_events as _events
from helpers_events import dyads as _dyads

pytestmark = pytest.mark.slow


def _show(evs: list) -> list:
    return [(e.source and e.source.code, e.target and e.target.code, e.cameo, e.rule) for e in evs]


#: "the strikes on Iran", "an attack on a Turkish convoy", "a shooting at a Kenyan police station leaves three dead":
#: the attack happened, the attacker is not named.
AGENTLESS_ATTACKS = [
    ("Oil prices rose after the airstrikes on Iran.", ("19",), (None, "IRN")),
    ("Shipping insurers raised premiums in response to the strikes on Venezuela.", ("19",), (None, "VEN")),
    ("A mass shooting at a Kenyan police station leaves three dead.", ("18", "19"), (None, "KEN")),
    ("An attack on an Egyptian army outpost in Sinai caused no casualties.", ("18", "19"), (None, "EGY")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), AGENTLESS_ATTACKS)
def test_agentless_attack_nouns(nlp, text: str, roots: tuple[str, ...], dyad: tuple) -> None:
    evs = _events(nlp, text)
    assert dyad in _dyads(evs, roots), _show(evs)


#: hedged, feared, planned or purposed attacks are no act.
UNREAL_ATTACKS = [
    "Officials in Seoul fear an attack on South Korea.",
    "The group used the border region as a base for attacks on Pakistan.",
    "Analysts warned of possible strikes on Iran.",
]


@pytest.mark.parametrize("text", UNREAL_ATTACKS)
def test_unreal_attack_nouns_not_coded(nlp, text: str) -> None:
    evs = _events(nlp, text)
    assert not any(e.root in ("18", "19", "20") and e.source is None for e in evs), _show(evs)


#: "a shootout between police and gunmen": each side against the other, both ways.
BETWEEN_SIDES = [
    ("A shootout between Mexican police and cartel gunmen left six dead.", ("MEX", "MEX")),
    ("A gunfight between Colombian soldiers and FARC dissidents killed two.", ("COL", "COL")),
    ("Four people died in a firefight between Nigerian troops and Boko Haram fighters.", ("NGA", "NGA")),
]


@pytest.mark.parametrize(("text", "dyad"), BETWEEN_SIDES)
def test_fight_between_sides_both_ways(nlp, text: str, dyad: tuple) -> None:
    evs = [e for e in _events(nlp, text) if e.root in ("18", "19")]
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}
    assert len(pairs) >= 2 and all((t, s) in pairs for s, t in pairs), _show(evs)
    assert dyad in _dyads(evs, ("18", "19")), _show(evs)


def test_places_are_no_sides(nlp) -> None:
    """ "airstrikes between the Beqaa Valley and Hermel": places, not fighting sides."""
    evs = _events(nlp, "Three people were killed in Israeli airstrikes between the Beqaa Valley and Hermel in Lebanon.")
    assert ("ISR", "LBN") in _dyads(evs, ("19",)), _show(evs)


#: "strikes and attacks": a generic attack beside a kind of blow names the same blow, one event.
GENERIC_CONJUNCTS = [
    ("Russia launched strikes and attacks on Ukrainian cities overnight.", "19"),
    ("Israeli airstrikes and attacks killed ten people in Gaza.", "19"),
    ("Russian attacks and airstrikes killed five people in Kharkiv.", "19"),
]


@pytest.mark.parametrize(("text", "root"), GENERIC_CONJUNCTS)
def test_generic_attack_conjunct_one_event(nlp, text: str, root: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root in ("18", "19", "20")]
    assert len(evs) == 1 and evs[0].cameo == "195", _show(evs)


def test_kinds_of_blow_still_two_events(nlp) -> None:
    """ "airstrikes and shootings": two kinds of blow, two events."""
    evs = _events(nlp, "Twelve people were killed during Israeli airstrikes and shootings in Gaza.")
    assert len({e.cameo[:3] for e in evs if e.root in ("18", "19")}) >= 2, _show(evs)


#: conjoined subjects of a one-sided act are not each other's targets; reciprocal acts still pair them.
def test_one_sided_acts_do_not_pair_subjects(nlp) -> None:
    """ "Chad and Niger broke the ceasefire" / "Chad and Niger signalled willingness": no Chad>Niger (talks they are willing
    to resume are an intent of a mutual act, coded both ways since session 12: tests/events/test_intent_s12.py)."""
    for text in ("Ghana and Togo protested against the new tariffs.",
                 "Chad and Niger signalled willingness to send troops to Mali."):
        evs = _all(nlp, text)
        pairs = {(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs}
        assert not any((t, s) in pairs for s, t in pairs if s and t), (text, _show(evs))


def test_reciprocal_acts_pair_subjects(nlp) -> None:
    """ "X and Y signed a deal": each with the other."""
    evs = _events(nlp, "Armenia and Azerbaijan signed a peace deal.")
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= _dyads(evs, ("05", "03", "06")), _show(evs)


#: wrong targets: a summoned envoy's state takes the demand; the state extradited to is the partner; the place a
#: measure applies in is no target.
TARGETS = [
    ("France summoned Iran's envoy to demand the release of its reporter.", ("10",), ("FRA", "IRN")),
    ("Germany summoned the Russian ambassador to protest the detention of its citizen.", ("14", "11"), ("DEU", "RUS")),
    ("A Pakistani court approved the extradition of a British businessman to the UAE.", ("06",), ("PAK", "ARE")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), TARGETS)
def test_targets(nlp, text: str, roots: tuple[str, ...], dyad: tuple) -> None:
    evs = _events(nlp, text)
    assert dyad in _dyads(evs, roots), _show(evs)


def test_place_of_a_measure_is_no_target(nlp) -> None:
    """ "a law outlawing abortion in the state": the state's government is not its target."""
    evs = _all(nlp, "The Texas legislature passed a law outlawing abortion in the state.")
    assert not any(e.target is not None and e.target.text.lower().endswith("state") for e in evs), _show(evs)


def test_place_hit_does_not_kill(nlp) -> None:
    """ "shelled Kherson, Nikopol and Zaporizhzhia, Ukraine, killing four": the toll of the shelling, not Kherson's act."""
    evs = _all(nlp, "Russian forces shelled Kherson, Nikopol and Zaporizhzhia, Ukraine, killing four.")
    assert not any(e.source is not None and e.source.country == "UKR" for e in evs), _show(evs)
    assert ("RUS", "UKR") in _dyads(evs, ("19",)), _show(evs)


def test_attack_noun_repeating_the_verb(nlp) -> None:
    """ "a missile launched from Yemen in the latest Houthi attack": one blow, coded on the verb."""
    evs = _events(nlp, "Saudi Arabia intercepts a cruise missile launched from Yemen in the latest Houthi attack.")
    assert not any(e.rule == "n.attack" for e in evs), _show(evs)


def test_attack_noun_naming_the_passive_attacker(nlp) -> None:
    """ "a refinery is hit in a Russian attack": the noun names who struck, it is kept."""
    evs = _events(nlp, "A Ukrainian oil refinery is hit in a Russian attack.")
    assert any(e.source is not None and e.source.country == "RUS" for e in evs if e.root in ("18", "19")), _show(evs)


#: "warned its citizens to leave Iran", "urged its nationals in Lebanon": the source state's own people, not the
#: country named nearby.
OWN_PEOPLE = [
    ("New Zealand closed its embassy in Tehran and warned its citizens to leave Iran.", ("NZL", "NZL")),
    ("Canada urged its citizens in Lebanon to leave the country.", ("CAN", "CAN")),
]


@pytest.mark.parametrize(("text", "dyad"), OWN_PEOPLE)
def test_own_people_of_the_source(nlp, text: str, dyad: tuple) -> None:
    evs = _all(nlp, text)
    assert dyad in _dyads(evs, ("01", "02", "13")), _show(evs)


def test_possessed_thing_is_not_own_people(nlp) -> None:
    """ "seized a Chinese vessel and arrested its captain": the vessel's captain, not the seizer's."""
    evs = _all(nlp, "Japanese coast guards seized a Chinese fishing boat and arrested its captain.")
    assert not any(e.target is not None and e.target.country == "JPN" for e in evs if e.root == "17"), _show(evs)


def test_attack_noun_beside_another_act_is_kept(nlp) -> None:
    """ "took hostages during their attack on X": the abduction and the attack are two acts."""
    evs = _events(nlp, "Rebel fighters took dozens of hostages during their attack on a Malian army base.")
    assert any(e.rule.startswith("n.attack") for e in evs), _show(evs)


#: "a school in Sumy was hit in a Russian drone attack", "a block in Kyiv was destroyed in a Russian strike": the thing
#: the passive verb says was hit is the attack's target, one event with the attacker of the noun.
PASSIVE_DAMAGE = [
    ("A school in Sumy was hit in a Russian drone attack.", ("RUS", "UKR")),
    ("An apartment block in Kyiv was destroyed in a Russian strike.", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "dyad"), PASSIVE_DAMAGE)
def test_passive_damage_in_attack(nlp, text: str, dyad: tuple) -> None:
    evs = [e for e in _events(nlp, text) if e.root in ("18", "19")]
    assert dyad in _dyads(evs, ("18", "19")) and len(evs) == 1, _show(evs)


def test_object_read_as_a_clause_subject(nlp) -> None:
    """ "hit three Russian Navy patrol boats moored at X": the boats are hit, not the subject of "moored"."""
    evs = _events(nlp, "Ukrainian forces say they have hit three Russian Navy patrol boats moored at a port in Novorossiysk.")
    assert ("UKR", "RUS") in _dyads(evs, ("18", "19")), _show(evs)


def test_victim_of_another_attack_is_no_measure_target(nlp) -> None:
    """ "declared a state of emergency over the airstrikes on Iran": the emergency is not aimed at Iran."""
    evs = _all(nlp, "Kuwait declared a state of emergency related to the airstrikes on Iran.")
    assert not any(e.target is not None and e.target.country == "IRN" for e in evs if e.root == "17"), _show(evs)
