"""Argument attachment on real-news language, second round: who did it and to whom when the parse puts them in a
reason clause, a participle clause, a fight's "between", a thing's destination, or an attack noun with no attacker.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import dyads as _dyads

pytestmark = pytest.mark.slow


#: "rebuked X for doing Y", "thanked X for doing Y": the one blamed or thanked did Y, not the speaker.
REASON_CLAUSES = [
    ("The United States rebuked India for buying Russian oil.", ("06",), ("IND", "RUS")),
    ("The EU sanctioned Iran for supplying drones to Russia.", ("07",), ("IRN", "RUS")),
    ("Washington thanked Qatar for hosting the talks with Hamas.", ("04",), ("QAT", "PSE")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), REASON_CLAUSES)
def test_the_object_does_the_act_of_a_reason_clause(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    got = _dyads(_events(nlp, text), roots)
    assert dyad in got, got
    assert not any(s == "USA" or s == "IGO" for s, _t in got), got


#: A past participle clause with no subject of its own ("..., charged with murder", "..., freed by rebels") is a
#: passive: the main clause's subject is its patient, only a "by" phrase names its agent.
PARTICIPLE_CLAUSES = [
    ("An Australian man appeared in a court in Wellington, charged with the murder of three tourists.", ("17",),
     (None, "AUS")),
    ("A French journalist flew home to Paris, freed by Malian rebels after a year in captivity.", ("08",), ("MLI", "FRA")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), PARTICIPLE_CLAUSES)
def test_a_participle_clause_is_a_passive(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str | None, str]) -> None:
    got = _dyads(_events(nlp, text), roots)
    assert dyad in got, got


#: A fight named with its sides ("clashes between A and B") is not aimed at the place where it happened.
SIDES = [
    ("Clashes between the army and the RSF killed dozens in Nyala.", "Nyala"),
    ("Clashes between Congolese troops and M23 rebels killed ten people in Bunia.", "Bunia"),
]


@pytest.mark.parametrize(("text", "place"), SIDES)
def test_a_fight_between_sides_has_no_place_as_target(nlp, text: str, place: str) -> None:
    events = _events(nlp, text)
    assert events, "the fight itself is coded"
    assert not any(e.target is not None and e.target.text == place for e in events), [
        (e.cameo, e.target.text if e.target else None) for e in events]


#: Where a thing hit was going is not who was hit ("a ship carrying grain to Algeria"); what it carried is ("a convoy
#: carrying Malian soldiers"), and a destination in the attackers' own country is where the blow fell.
DESTINATIONS = [
    ("Russia struck a cargo ship carrying grain to Algeria.", "DZA", False),
    ("A Russian strike on a cargo ship carrying wheat to Algeria killed two sailors.", "DZA", False),
    ("Houthi rebels attacked a tanker bound for Greece.", "GRC", False),
    ("Rebels ambushed a convoy carrying Malian soldiers near Kidal.", "MLI", True),
    ("Gunmen abducted 28 people after stopping a bus travelling to Jos, Plateau State.", "NGA", True),
]


@pytest.mark.parametrize(("text", "country", "hit"), DESTINATIONS)
def test_a_destination_is_no_target_of_the_blow(nlp, text: str, country: str, hit: bool) -> None:
    got = _dyads(_events(nlp, text), ("18", "19", "20"))
    assert got, "the attack is coded"
    assert any(t == country for _s, t in got) is hit, got


def test_a_vehicle_heading_somewhere_is_not_the_attackers_journey(nlp) -> None:
    got = _dyads(_events(nlp, "Houthi rebels attacked a tanker heading to Israel."), ("04",))
    assert ("YEM", "ISR") not in got, got


#: An attack noun with no attacker but a named victim is coded (source unknown) where the sentence treats it as done:
#: the object of a verb of condemning or reporting, or the time of another act; not when it is only possible.
REPORTED_ATTACKS = [
    ("Egypt condemned the attack on Jordan.", True),
    ("Jordan closed its border crossings following an attack on Syria.", True),
    ("Iran warned of a possible attack on Israel.", False),
    ("Analysts discussed an attack on Israel.", False),
]


@pytest.mark.parametrize(("text", "coded"), REPORTED_ATTACKS)
def test_reported_attacks_with_a_victim_and_no_attacker(nlp, text: str, coded: bool) -> None:
    got = _dyads(_events(nlp, text), ("18", "19", "20"))
    assert (any(s is None and t is not None for s, t in got)) is coded, got


#: Aid dropped over or delivered in a place goes to that place's country.
AID_PLACES = [
    ("Qatari air force planes dropped medical supplies over Khan Younis.", ("QAT", "PSE")),
    ("The UAE delivered medical aid in Darfur.", ("ARE", "SDN")),
]


@pytest.mark.parametrize(("text", "dyad"), AID_PLACES)
def test_aid_goes_to_the_country_of_its_place(nlp, text: str, dyad: tuple[str, str]) -> None:
    got = _dyads(_events(nlp, text), ("07",))
    assert dyad in got, got


#: "approved a deal to export gas to Egypt": who adopts a plan or a deal carries it out; an order is carried out by
#: others ("issued an order to evacuate"), and the content of a signed agreement is not coded as done.
PLANS = [
    ("The Algerian president approved a deal to export natural gas to Italy.", ("06",), ("DZA", "ITA"), True),
    ("The Turkish cabinet announced a decision to send troops to Libya.", ("15",), ("TUR", "LBY"), True),
    ("The Sudanese army issued an order to attack the rebels in Kassala.", ("18", "19", "20"), ("SDN", "SDN"), False),
]


@pytest.mark.parametrize(("text", "roots", "dyad", "coded"), PLANS)
def test_who_adopts_a_plan_carries_it_out(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str], coded: bool) -> None:
    got = _dyads(_events(nlp, text), roots)
    assert (dyad in got) is coded, got


#: A claim of responsibility is aimed at whom the claimed attack hit, not at the place where it fell.
CLAIMS = [
    ("The Islamic State claimed responsibility for two attacks on Iraqi soldiers near Kirkuk.", "IRQ"),
    ("The Pakistani Taliban claimed responsibility for an attack on a police station in Peshawar.", None),
]


@pytest.mark.parametrize(("text", "target"), CLAIMS)
def test_a_claim_is_aimed_at_the_victims_of_the_attack(nlp, text: str, target: str | None) -> None:
    got = _dyads(_events(nlp, text), ("01",))
    assert got and all(t == target for _s, t in got), got


def test_the_content_of_a_signed_agreement_is_not_coded_as_done(nlp) -> None:
    events = _events(nlp, "Kenya and Uganda signed an agreement in Nairobi to restore diplomatic ties.")
    assert {e.cameo for e in events} == {"057"}, [(e.cameo, e.rule) for e in events]


#: "X becomes the 40th UN member state to ratify Y": the copula's subject acts, not the predicate noun's modifier.
PREDICATE_NOUNS = [
    ("Ghana becomes the 40th UN member state to ratify the new ocean treaty.", ("05",), "GHA"),
    ("Orban was the first EU leader to visit Moscow after the invasion.", ("04",), "HUN"),
]


@pytest.mark.parametrize(("text", "roots", "src"), PREDICATE_NOUNS)
def test_the_subject_of_a_copula_does_the_predicate_nouns_infinitive(nlp, text: str, roots: tuple[str, ...], src: str) -> None:
    got = _dyads(_events(nlp, text), roots)
    assert got and all(s == src for s, _t in got), got


def test_an_armed_group_without_a_country_is_named_as_the_attacker(nlp) -> None:
    text = "Police detained an Islamic State cell responsible for two bombings in Homs that killed four people."
    got = {(e.source.code if e.source else None) for e in _events(nlp, text) if e.root == "18"}
    assert got == {"IMGREBISI"}, got
