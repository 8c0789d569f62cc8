"""Session-4 violence families (CAMEO roots 18-20): language of attacks, killings and seizures the lexicon missed.

Every sentence is invented for these tests. One test per family: munitions as the subject of a verb of hitting or
landing (195, shells 194); beating verbs and loosing verbs with the weapon named (195); places sealed off (191);
control seized (192, a coup 172) and places falling to a force (192); killings told by their manner (1823); vehicles
driven into crowds and car bombs (180, 1832); blades and acid (182); hostages seized (181); lone gunmen opening fire
(180, soldiers stay 19x); bombings by militants (183, a state's 195); truces breached (196); fighting back, assaults on
positions, enemies driven out or liquidated, weapons destroyed (190); nominal families (sniper attacks, gun battles,
encirclement, recapture, strafing, salvos, storming, atrocities, slayings). Look-alikes that must keep another
reading sit next to each family. The fast tests check the loaded lexicon; the slow ones run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes
from helpers_events import counted_events, has_event

from eventwire.events.lexicon import load_lexicon

CaseList = list[tuple[str, str]]


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_session4_violence_entries_load_with_their_codes() -> None:
    """Representative entries of each family are loaded with the CAMEO code of their root."""
    by_id = {e.id: e for e in load_lexicon().entries()}
    expected = {
        "v.missile_strikes": "195", "v.missile_hits": "195", "v.missile_lands": "195", "v.pound_with_missiles": "195",
        "v.unleash_missiles": "195", "v.seal_off": "191", "v.seize_control": "192", "v.fall_to_force": "192",
        "v.shoot_to_death": "1823", "v.burn_to_death": "1823", "v.drive_into_crowd": "180", "v.car_explodes": "1832",
        "v.attack_with_blade": "182", "v.seize_hostages": "181", "v.gunman_opens_fire": "180",
        "v.person_opens_fire": "180", "v.use_as_shield": "184",
        "v.militants_bomb": "183", "v.breach_ceasefire": "196", "v.strike_back": "190", "v.assault_positions": "190",
        "v.destroy_materiel": "190", "v.liquidate_fighters": "190", "n.salvo": "195", "n.strafing": "195",
        "n.encirclement": "191", "n.conquest": "192", "n.atrocity": "200", "n.slaying": "1823",
    }
    wrong = {k: (by_id[k].code if k in by_id else None) for k, v in expected.items()
             if k not in by_id or by_id[k].code != v}
    assert not wrong, wrong


def test_landing_munitions_need_no_object() -> None:
    """"A rocket landed in X" is a strike only without an object ("land a contract" is business news)."""
    lex = load_lexicon()
    for lemma, eid in (("land", "v.missile_lands"), ("fall", "v.missile_falls"), ("explode", "v.missile_explodes")):
        (entry,) = [e for e in lex.verbs[lemma] if e.id == eid]
        assert entry.intransitive and "missile" in entry.subject, eid


def test_lone_shooter_entries_leave_armed_groups_out() -> None:
    """Militants firing rockets keep the rocket entry: no armed group heads the lone-shooter subjects."""
    lex = load_lexicon()
    (entry,) = [e for e in lex.verbs["fire"] if e.id == "v.gunman_fires_on"]
    assert "gunman" in entry.subject
    assert not entry.subject & {"militant", "rebel", "soldier", "terrorist"}


# -- the pipeline (slow) ---------------------------------------------------------------------------

MUNITION_SUBJECTS: CaseList = [
    ("A Russian cruise missile struck a shopping centre in Kremenchuk.", "195"),
    ("An Iranian rocket hit a power station in northern Israel.", "195"),
    ("A salvo of Russian missiles hit the port of Odesa overnight.", "195"),
    ("A rocket fired from southern Lebanon landed in Nahariya.", "195"),
]


@pytest.mark.slow
def test_munitions_as_subjects_are_strikes_from_afar(nlp) -> None:
    """A missile, rocket or salvo that strikes, hits or lands somewhere is a strike from afar (195)."""
    _check(nlp, MUNITION_SUBJECTS)
    ev = counted_events(nlp, "A Russian cruise missile struck a shopping centre in Kremenchuk.")
    assert has_event(ev, "195", "RUS", "UKR"), [(e.cameo, e.source, e.target) for e in ev]


@pytest.mark.slow
def test_shells_as_subjects_are_artillery_and_contracts_are_no_landing(nlp) -> None:
    """An artillery shell hitting a school is 194; a company landing a contract is no strike at all."""
    codes = _codes(nlp, "An artillery shell hit a kindergarten in Donetsk on Monday.")
    assert "194" in codes and "195" not in codes, codes
    codes = _codes(nlp, "Investors cheered after a rocket maker landed a large contract with the air force.")
    assert not any(c.startswith(("18", "19", "20")) for c in codes), codes


BEATING_WITH_WEAPONS: CaseList = [
    ("Russia pounded Zaporizhzhia with missiles and glide bombs overnight.", "195"),
    ("Russia pummelled the Ukrainian power grid with drones on Sunday.", "195"),
    ("Russia unleashed more than 300 drones on Ukrainian cities overnight.", "195"),
]


@pytest.mark.slow
def test_verbs_of_pounding_and_loosing_with_missiles_are_aerial(nlp) -> None:
    """Pounding, pummelling or unleashing with missiles or drones is an aerial attack (195), not artillery."""
    _check(nlp, BEATING_WITH_WEAPONS)
    codes = _codes(nlp, "Russia pounded Zaporizhzhia with missiles and glide bombs overnight.")
    assert "194" not in codes, codes


@pytest.mark.slow
def test_places_sealed_off_are_blockaded(nlp) -> None:
    """A city sealed off by an army is blockaded (191)."""
    ev = counted_events(nlp, "The Israeli army sealed off Jenin in the occupied West Bank on Friday.")
    assert has_event(ev, "191", "ISR", "PSE"), [(e.cameo, e.source, e.target) for e in ev]


@pytest.mark.slow
def test_control_seized_is_occupation_and_of_the_government_a_coup(nlp) -> None:
    """"Seized control of" a town is 192; of the government, a coup (172)."""
    ev = counted_events(nlp, "Jihadist fighters seized control of the town of Djibo in Burkina Faso.")
    assert has_event(ev, "192"), [(e.cameo, e.source, e.target) for e in ev]
    codes = _codes(nlp, "Soldiers seized control of the government of Niger on Wednesday.")
    assert "172" in codes and "192" not in codes, codes


@pytest.mark.slow
def test_places_falling_to_a_force_are_taken_by_it(nlp) -> None:
    """"X fell to Y forces" is Y taking X (192); a figure falling to a level is no event."""
    ev = counted_events(nlp, "The city of Bukavu fell to M23 rebels on Sunday.")
    assert any(e.cameo == "192" and e.source is not None and e.source.code == "CODREBM23" for e in ev), \
        [(e.cameo, e.source, e.target) for e in ev]
    codes = _codes(nlp, "The Turkish lira fell to a record low against the dollar.")
    assert not any(c.startswith(("18", "19", "20")) for c in codes), codes


KILLING_MANNERS: CaseList = [
    ("A Kenyan student was shot to death by police in Kisumu.", "1823"),
    ("Three farmers were burned to death by bandits in Zamfara.", "1823"),
    ("A woman was stoned to death by militants in northern Mali.", "1823"),
]


@pytest.mark.slow
def test_killings_told_by_their_manner_are_killings_by_assault(nlp) -> None:
    """Shot, burned or stoned to death: a killing by assault (1823)."""
    _check(nlp, KILLING_MANNERS)


@pytest.mark.slow
def test_vehicles_driven_into_crowds_and_exploding_cars(nlp) -> None:
    """A car driven into a crowd is an assault (180); a car exploding by a police station is a car bomb (1832)."""
    codes = _codes(nlp, "A man drove a van into a crowd of shoppers in Villach, Austria.")
    assert "180" in codes, codes
    codes = _codes(nlp, "A car exploded outside an army checkpoint in Mogadishu, Somalia.")
    assert "1832" in codes, codes


@pytest.mark.slow
def test_blades_and_acid_are_assaults(nlp) -> None:
    """Attacking people with a knife or machete, or throwing acid at them, is physical assault (182)."""
    codes = _codes(nlp, "A man attacked passengers with a machete on a train in Bavaria, Germany.")
    assert "182" in codes, codes
    codes = _codes(nlp, "Two men threw acid at a female journalist in Karachi, Pakistan.")
    assert "182" in codes, codes


@pytest.mark.slow
def test_hostages_seized_are_taken_hostage(nlp) -> None:
    """Seizing hostages is hostage-taking (181), not a confiscation (1711)."""
    codes = _codes(nlp, "Jihadists seized 12 hostages at a hotel in Bamako, Mali.")
    assert "181" in codes and "1711" not in codes, codes


@pytest.mark.slow
def test_lone_gunmen_opening_fire_assault_and_soldiers_fight(nlp) -> None:
    """A gunman opening fire or firing on people assaults them (180); soldiers opening fire stay 19x."""
    assert "180" in _codes(nlp, "A gunman opened fire at a nightclub in Uppsala, Sweden.")
    assert "180" in _codes(nlp, "A gunman fired on worshippers outside a synagogue in Manchester, England.")
    ev = counted_events(nlp, "A gunman opened fire outside the Turkish consulate in Athens.")
    assert has_event(ev, "180", "GRC", "TUR"), [(e.cameo, e.source, e.target) for e in ev]  # the gunman is the source
    codes = _codes(nlp, "Ethiopian soldiers opened fire on Eritrean troops near the border town of Zalambessa.")
    assert any(c.startswith("19") for c in codes) and "180" not in codes, codes


@pytest.mark.slow
def test_bombings_by_militants_are_unconventional_and_by_states_aerial(nlp) -> None:
    """Militants who bomb a police station set off a bomb (183); a state that bombs positions strikes from the air."""
    codes = _codes(nlp, "Militants bombed a police checkpoint in Khyber Pakhtunkhwa, Pakistan.")
    assert "183" in codes and "195" not in codes, codes
    codes = _codes(nlp, "Turkey bombed PKK positions in the Qandil mountains of Iraq.")
    assert "195" in codes, codes


@pytest.mark.slow
def test_truces_breached_are_violated(nlp) -> None:
    """Breaching a ceasefire violates it (196); breaching a contract stays a defiance (128)."""
    ev = counted_events(nlp, "Hamas said Israel breached the ceasefire in Khan Younis.")
    assert has_event(ev, "196", "ISR"), [(e.cameo, e.source, e.target) for e in ev]


FIGHTING_BACK: CaseList = [
    ("Ukraine struck back at Russia with a wave of drone attacks on its refineries.", "19"),
    ("Russian troops assaulted Ukrainian positions near Chasiv Yar.", "190"),
    ("The Mozambican army drove the insurgents out of the town of Mocimboa da Praia.", "190"),
    ("Russian forces liquidated a group of Ukrainian saboteurs in the Kursk region.", "190"),
    ("Ukrainian forces destroyed six Russian tanks near Pokrovsk.", "190"),
]


@pytest.mark.slow
def test_fighting_back_assaults_and_destroyed_weapons_are_force(nlp) -> None:
    """Striking back, assaulting positions, driving out or liquidating fighters, destroying tanks: force (190)."""
    _check(nlp, FIGHTING_BACK)
    ev = counted_events(nlp, "Ukraine struck back at Russia with a wave of drone attacks on its refineries.")
    assert has_event(ev, "19", "UKR", "RUS"), [(e.cameo, e.source, e.target) for e in ev]
    codes = _codes(nlp, "Israeli bulldozers destroyed Palestinian homes near Hebron.")
    assert "190" not in codes, codes  # property destroyed keeps 1712


NOMINAL_FAMILIES: CaseList = [
    ("A sniper attack killed two Indian soldiers in Kashmir on Tuesday.", "193"),
    ("A gun battle between Mexican soldiers and cartel gunmen left ten dead in Sinaloa.", "193"),
    ("The encirclement of Myrnohrad by Russian troops is almost complete.", "191"),
    ("The recapture of Kupiansk by Ukraine surprised Russian commanders.", "192"),
    ("Russia's strafing of civilian cars near Kharkiv drew condemnation from Kyiv.", "195"),
    ("A salvo of Iranian ballistic missiles on Haifa wounded 20 people.", "195"),
    ("The RSF committed atrocities against civilians in El Fasher, Sudan.", "200"),
]


@pytest.mark.slow
def test_nominal_families_of_violence(nlp) -> None:
    """Sniper attacks (193), gun battles (193), encirclement (191), recapture (192), strafing and salvos (195),
    atrocities committed (200)."""
    _check(nlp, NOMINAL_FAMILIES)


@pytest.mark.slow
def test_atrocities_only_when_committed(nlp) -> None:
    """Atrocities named in a report are no act of mass violence; only those committed are."""
    codes = _codes(nlp, "A UN report on atrocities in Darfur was published in Geneva.")
    assert not any(c.startswith("20") for c in codes), codes


@pytest.mark.slow
def test_guided_bomb_attacks_are_aerial_and_bomb_attacks_bombings(nlp) -> None:
    """A glide or guided bomb attack is dropped from the air (195); a plain bomb attack is a bombing (183)."""
    codes = _codes(nlp, "A Russian glide bomb attack on Kramatorsk killed four people.")
    assert "195" in codes and "183" not in codes, codes
    codes = _codes(nlp, "A bomb attack on a minibus in Quetta, Pakistan, killed six people.")
    assert "183" in codes, codes


@pytest.mark.slow
def test_fighting_between_sides_as_a_subject_is_fighting(nlp) -> None:
    """"Fighting between X and Y" read as a gerund subject still codes the fight (190)."""
    codes = _codes(nlp, "Fighting between the Congolese army and M23 rebels intensified near Uvira.")
    assert "190" in codes, codes


@pytest.mark.slow
def test_communal_violence_is_an_assault_and_other_violence_none(nlp) -> None:
    """Sectarian or ethnic violence that kills is an assault on people (180); domestic violence is no event."""
    codes = _codes(nlp, "Sectarian violence in Parachinar, Pakistan, killed 30 people this week.")
    assert "180" in codes, codes
    codes = _codes(nlp, "Domestic violence cases rose sharply in Pakistan last year.")
    assert not any(c.startswith("18") for c in codes), codes


@pytest.mark.slow
def test_people_used_as_human_shields(nlp) -> None:
    """People used "as human shields" are the object of the act (184)."""
    ev = counted_events(nlp, "Islamic State fighters used villagers as human shields in Raqqa, Syria.")
    assert has_event(ev, "184"), [(e.cameo, e.source, e.target) for e in ev]
