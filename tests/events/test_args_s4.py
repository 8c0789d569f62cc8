"""Actor attachment, session 4: who does it to whom once the act is found.

Classes: a bare participle raised by a passive verb of finding or reporting ("was found shot dead") has the raised
subject as its patient; a gerund after "after"/"for" under a passive clause is done by the passive's subject ("were
arrested after throwing stones"); the sides of a fight "between" named on the verb or with a second "supporters of",
and rival factions of one group; the victims' side of "killed during clashes with X" behind a raising verb; the ones
praised or blamed own an act named with "their"; forces and weapons owned by "its" in a reported clause are the
speaker's; a group named "including" nationals takes their country; a place conjoined after a placed common noun is no
second actor; members conjoined inside an attacked convoy's cargo are hit too; a military announcing an agentless
blow on its enemy did it; an uncoded member beside a coded one adds no event.

Every sentence is invented for these tests; each table is one class of language.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _dyads(nlp, text: str, roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the counted events whose root is in `roots`."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in _events(nlp, text) if e.root in roots}


#: "X was found shot dead": X is the victim, no one named shot.
RAISED_PATIENT = [
    ("A Colombian journalist was found shot dead in Cali.", "COL"),
    ("A Honduran mayor is found shot dead near Tegucigalpa.", "HND"),
]


@pytest.mark.parametrize(("text", "victim"), RAISED_PATIENT)
def test_raised_participle_subject_is_the_victim(nlp, text: str, victim: str) -> None:
    got = _dyads(nlp, text, ("18", "19"))
    assert (None, victim) in got, got
    assert not any(s == victim for s, _ in got), got


#: "were arrested after throwing X at Y": the arrested threw.
GERUND_DOER = [
    ("Two Chilean activists are arrested after throwing stones at the Peruvian embassy.", "CHLOPP", "145"),
    ("Two Kenyan men were shot by police after attacking a patrol in Nairobi.", "KENCVL", "19"),
]


@pytest.mark.parametrize(("text", "doer", "code"), GERUND_DOER)
def test_gerund_under_passive_is_the_patients_act(nlp, text: str, doer: str, code: str) -> None:
    evs = [e for e in _events(nlp, text) if e.cameo.startswith(code)]
    assert any(e.source is not None and e.source.code == doer for e in evs), [(e.cameo, e.source) for e in evs]


def test_between_on_the_verb_and_repeated_supporters(nlp) -> None:
    evs = [e for e in _events(nlp, "Clashes erupt in Pokhara, Nepal, between supporters of the Nepali Congress and "
                                   "supporters of the Maoist party.") if e.root in ("14", "18", "19")]
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}
    assert len(pairs) == 2 and all(s and t and s != t for s, t in pairs), pairs


def test_rival_factions_of_one_group(nlp) -> None:
    evs = [e for e in _events(nlp, "Clashes between rival factions of the Jalisco New Generation Cartel killed twelve people.")
           if e.root == "19"]
    assert len(evs) == 1 and evs[0].source is not None and evs[0].target is not None, evs
    assert evs[0].source.code == evs[0].target.code


def test_clash_partner_and_raised_victims(nlp) -> None:
    got = _dyads(nlp, "Two al-Shabaab commanders are confirmed to be killed during clashes with Somali government forces.",
                 ("19",))
    assert ("SOM", "SOM") in got and len(got) == 1, got
    evs = [e for e in _events(nlp, "A senior Hezbollah field commander is confirmed to be killed during clashes with Israeli troops.")
           if e.root == "19"]
    assert {(e.source.country, e.target.country) for e in evs if e.source and e.target} == {("ISR", "LBN"), ("LBN", "ISR")}


def test_one_side_named_twice_is_no_fight_with_itself(nlp) -> None:
    evs = [e for e in _events(nlp, "An ISIS commander and his deputy were killed in clashes with Iraqi troops near Mosul.")
           if e.root == "19"]
    assert not any(e.source and e.target and e.source.code == e.target.code for e in evs), evs


def test_praised_for_their_strikes(nlp) -> None:
    got = _dyads(nlp, "The Saudi minister praised Egypt and Jordan for their strikes against the Islamic State.", ("19",))
    assert any(s == "EGY" for s, _ in got) and any(s == "JOR" for s, _ in got), got


#: "X said its aircraft struck Y": the speaker's forces struck.
SPEAKERS_MEANS = [
    ("Turkey's military said its aircraft struck PKK positions in northern Iraq.", "TUR"),
    ("The Indian army said its troops attacked militant hideouts in Kashmir.", "IND"),
]


@pytest.mark.parametrize(("text", "attacker"), SPEAKERS_MEANS)
def test_reported_forces_are_the_speakers(nlp, text: str, attacker: str) -> None:
    got = _dyads(nlp, text, ("18", "19"))
    assert any(s == attacker for s, _ in got), got


def test_group_including_nationals(nlp) -> None:
    got = _dyads(nlp, "Jordanian police detained a group of people, including several Syrians, near the border.", ("17",))
    assert ("JOR", "SYR") in got, got


def test_region_after_a_placed_noun_is_no_actor(nlp) -> None:
    evs = [e for e in _events(nlp, "Police in Monterrey, Nuevo Leon, Mexico, arrest a man suspected of fraud.") if e.root == "17"]
    assert len(evs) == 1, [(e.source, e.target) for e in evs]


def test_convoy_cargo_members_are_hit(nlp) -> None:
    got = _dyads(nlp, "Militants attacked a convoy carrying Nigerien soldiers and French advisers near Tillaberi.", ("18", "19"))
    targets = {t for _, t in got}
    assert {"NER", "FRA"} <= targets, got


def test_military_announcing_a_blow_on_its_enemy(nlp) -> None:
    got = _dyads(nlp, "The Nigerian army says 40 Boko Haram fighters were killed in an operation in Borno.", ("18", "19"))
    assert ("NGA", "NGA") in got, got
    # its own people killed: the army reports, it did not strike them
    got = _dyads(nlp, "The Ukrainian military said three civilians were killed in a drone attack on Kherson.", ("18", "19"))
    assert not any(s == "UKR" for s, _ in got), got


def test_uncoded_member_adds_no_event(nlp) -> None:
    evs = [e for e in _events(nlp, "Former Peruvian energy minister and Andina Gas co-founder Raul Pinto is detained in Lima.")
           if e.root == "17"]
    assert len(evs) == 1, [(e.source, e.target) for e in evs]


#: "condemned the detention of X by Y": the doer of the act disapproved of is the target.
DISAPPROVED_DOER = [
    ("Canada condemned the detention of aid workers by Ethiopian authorities.", "CAN", "ETH"),
    ("The African Union denounced Rwanda's shelling of Congolese villages.", "IGO", "RWA"),
]


@pytest.mark.parametrize(("text", "src", "tgt"), DISAPPROVED_DOER)
def test_disapproval_targets_the_doer(nlp, text: str, src: str, tgt: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root == "11"]
    assert any(e.target is not None and e.target.country == tgt for e in evs), [(e.source, e.target) for e in evs]


def test_mediator_of_talks_between_two_sides(nlp) -> None:
    got = _dyads(nlp, "Oman brokered a deal between Iran and the United States.", ("04",))
    assert {("OMN", "IRN"), ("OMN", "USA")} <= got, got


#: "expel each other's ambassadors", "accused one another": each source acts on the other.
RECIPROCAL = [
    ("Peru and Mexico expel each other's ambassadors after a row.", "PER", "MEX"),
    ("Sudan and South Sudan accused one another of backing rebels.", "SDN", "SSD"),
]


@pytest.mark.parametrize(("text", "a", "b"), RECIPROCAL)
def test_each_other_is_both_ways(nlp, text: str, a: str, b: str) -> None:
    got = _dyads(nlp, text, ("11", "16"))
    assert {(a, b), (b, a)} <= got, got


def test_dead_of_two_armed_sides_fought_each_other(nlp) -> None:
    evs = [e for e in _events(nlp, "Eight Malian soldiers and twenty JNIM fighters are killed during clashes near Gao.")
           if e.root == "19"]
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}
    assert len(pairs) == 2 and all(s and t and s != t for s, t in pairs), pairs
    # a soldier and a civilian killed in clashes are no two sides
    got = _dyads(nlp, "Two soldiers and a civilian were killed in clashes in Kidal.", ("19",))
    assert not any(t == s for s, t in got if s), got


def test_object_pronoun_is_not_the_source(nlp) -> None:
    evs = [e for e in _events(nlp, "Police raided a printing house and arrested several workers, accusing them of sedition.")
           if e.root == "11"]
    assert not any(e.source and e.target and e.source.code == e.target.code for e in evs), evs


def test_object_pronoun_of_another_person_with_the_same_code_stays(nlp) -> None:
    evs = [e for e in _events(nlp, "Two German ministers met chancellor Friedrich Merz and urged him to call a snap election.")
           if e.root == "02"]
    assert any(e.target is not None and e.target.country == "DEU" for e in evs), evs


def test_battle_partner_fought_the_by_agent_not_the_dead(nlp) -> None:
    evs = [e for e in _events(nlp, "Twelve people are killed by Colombian soldiers during a battle with ELN guerrillas in Arauca.")
           if e.root == "19"]
    assert evs and not any(e.target is not None and e.target.sector == "CVL" for e in evs), evs
    assert any(e.source is not None and e.source.sector == "MIL" for e in evs), evs


def test_announcing_army_keeps_the_militants_as_target(nlp) -> None:
    got = _dyads(nlp, "A Nigerian army spokesman confirms that 60 militants have been killed across the northeast.", ("19",))
    assert ("NGA", "NGA") in got, got


#: "talks mediated by X": the mediator works between the parties of the talks.
MEDIATED = [
    ("Ethiopia and Eritrea agree to reopen their border following talks mediated by Kenya.", "KEN", {"ETH", "ERI"}),
    ("Talks between Serbia and Kosovo mediated by the European Union resumed in Brussels.", "IGO", {"SRB", "XKX"}),
]


@pytest.mark.parametrize(("text", "mediator", "parties"), MEDIATED)
def test_mediator_targets_the_parties(nlp, text: str, mediator: str, parties: set) -> None:
    got = _dyads(nlp, text, ("04",))
    assert {t for s, t in got if s == mediator} >= parties, got


def test_origin_of_the_thing_hit_is_no_conjoined_target(nlp) -> None:
    got = _dyads(nlp, "Rebels ambushed fuel trucks arriving in Chad from Cameroon and Nigeria.", ("18", "19"))
    assert not any(t == "NGA" for _, t in got), got


def test_signer_of_an_order_does_what_it_orders(nlp) -> None:
    evs = [e for e in _events(nlp, "Kazakh president Kassym-Jomart Tokayev signs a decree to dismiss the governor of Almaty.")
           if e.root in ("12", "17")]
    assert any(e.source is not None and e.source.country == "KAZ" for e in evs), evs


def test_military_reporting_its_munitions_hit_the_enemy(nlp) -> None:
    got = _dyads(nlp, "Ukraine's General Staff says drones struck an ammunition depot in Russia's Belgorod region.", ("19",))
    assert ("UKR", "RUS") in got, got
    got = _dyads(nlp, "Ukraine's air force said drones struck Odesa overnight.", ("19",))
    assert not any(s == "UKR" for s, _ in got), got


def test_killed_after_two_sides_clash(nlp) -> None:
    got = _dyads(nlp, "Four soldiers were killed after Armenian and Azerbaijani troops clashed on the border.", ("19",))
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= got and ("ARM", "ARM") not in got, got


def test_clashes_between_unnamed_armed_groups(nlp) -> None:
    evs = [e for e in _events(nlp, "Clashes between armed groups in Tripoli killed six people.") if e.root == "19"]
    assert len(evs) == 1 and evs[0].source is not None and evs[0].target is not None, evs
    assert evs[0].target.sector != "CVL", evs


def test_clash_partner_after_conjoined_casualty_verbs(nlp) -> None:
    got = _dyads(nlp, "Two Kenyan soldiers are killed and 14 more injured during clashes with Somali militiamen.", ("19",))
    assert ("KEN", "SOM") in got and ("SOM", "KEN") in got, got
