"""Session-14 violence language (CAMEO roots 18-19, and fighting halted, 087).

Every sentence is invented for these tests. Families: the raider of a raid named as the "by" agent of its toll (190, not
an agentless 170); troops in the Palestinian territories named without a country (Israel's, the police staying
Palestinian); air strikes halted or suspended (087, a labour strike suspended staying 082); an assassination dealt in a
strike or a bombing (one 186 event whose attacker the strike names); armed encounters a toll was dealt after; a fight
reported between two sides; an execution "by hanging" (one killing, not two); a demonym tagged as a language before an
attack noun; a blow read as a gerund ("in a drive-by shooting"); the aim of a launch hung on the second weapon.
"""

from __future__ import annotations

from helpers_events import counted_events, has_event


def test_raid_takes_its_raider_from_the_agent_of_its_toll(nlp) -> None:
    """"killed by troops during a raid": the troops raided, an armed force (190), not a raid of no one (170)."""
    evs = counted_events(nlp, "Three suspected militants were killed by Nigerian troops during a night raid in Borno.")
    assert has_event(evs, "190", "NGA", "NGA"), [(e.cameo, e.source, e.target) for e in evs]
    assert not has_event(evs, "170")


def test_troops_in_the_palestinian_territories_are_israels(nlp) -> None:
    """Soldiers or troops named there without a country are Israel's; the police of a Palestinian city stay Palestinian."""
    evs = counted_events(nlp, "Soldiers demolished two houses in a village near Hebron.")
    assert has_event(evs, "171", "ISR"), [(e.cameo, e.source) for e in evs]
    evs = counted_events(nlp, "Two teenagers were wounded by troops in Nablus.")
    assert has_event(evs, "19", "ISR", "PSE"), [(e.cameo, e.source, e.target) for e in evs]
    evs = counted_events(nlp, "Police in Ramallah detained a reporter.")
    assert has_event(evs, "173", "PSE"), [(e.cameo, e.source) for e in evs]


def test_air_strikes_halted_or_suspended_deescalate(nlp) -> None:
    """Strikes from the air halted or suspended are fighting paused (087); a labour strike suspended stays 082."""
    evs = counted_events(nlp, "Israel halted its airstrikes on southern Lebanon for a day.")
    assert has_event(evs, "087", "ISR", "LBN"), [(e.cameo, e.source, e.target) for e in evs]
    assert not has_event(evs, "19")
    evs = counted_events(nlp, "The coalition suspended air strikes in Yemen.")
    assert has_event(evs, "087"), [e.cameo for e in evs]
    evs = counted_events(nlp, "Teachers suspended their strike after the pay offer.")
    assert has_event(evs, "082"), [e.cameo for e in evs]


def test_assassination_in_a_strike_takes_the_striker(nlp) -> None:
    """"assassinated in a Turkish drone strike": one assassination (186) by Turkey, no second strike event; a car
    bombing with no one behind it leaves the assassination's code as it is."""
    evs = counted_events(nlp, "A militia commander was assassinated in a Turkish drone strike near Sulaymaniyah.")
    assert has_event(evs, "186", "TUR"), [(e.cameo, e.source) for e in evs]
    assert [e.cameo for e in evs] == ["186"]
    evs = counted_events(nlp, "A mayor was assassinated in a car bombing in Kabul.")
    assert [e.cameo for e in evs] == ["186"]


def test_killed_after_encounters_is_a_fight_not_a_meeting(nlp) -> None:
    """"killed after two encounters by the army": the encounters were gunfights the army fought (190), no meeting."""
    evs = counted_events(nlp, "Eight rebels were killed after two encounters by the Philippine Army in Samar.")
    assert has_event(evs, "190", "PHL"), [(e.cameo, e.source) for e in evs]
    assert not has_event(evs, "04")


def test_fighting_reported_between_two_sides(nlp) -> None:
    """"fighting was reported between the army and the rebels": the sides hang on the reporting verb."""
    evs = counted_events(nlp, "Heavy fighting was reported between the army and the rebels near Bunia.")
    assert has_event(evs, "190", "COD", "COD"), [(e.cameo, e.source, e.target) for e in evs]


def test_execution_by_hanging_is_one_killing(nlp) -> None:
    """"executed by hanging" tells how: one killing (1823), not a second one for the hanging."""
    evs = counted_events(nlp, "A convicted spy was executed by hanging in Tehran.")
    assert [e.cameo for e in evs] == ["1823"], [(e.cameo, e.target) for e in evs]


def test_demonym_before_a_time_word_names_the_attacker(nlp) -> None:
    """"Russian overnight missile strikes": the demonym is the attacker even when the tagger reads it as a language."""
    evs = counted_events(nlp, "Three civilians were killed in Russian overnight missile strikes on Odesa.")
    assert has_event(evs, "195", "RUS", "UKR"), [(e.cameo, e.source, e.target) for e in evs]


def test_drive_by_shooting_read_as_a_gerund_is_the_blow(nlp) -> None:
    """"wounded in a drive-by shooting": the shooting is the blow of the wounding, an assault (18x), one event."""
    evs = counted_events(nlp, "A nurse is wounded in a drive-by shooting on a busy highway near Tubas.")
    assert [e.cameo[:2] for e in evs] == ["18"], [(e.cameo, e.target) for e in evs]


def test_launch_aim_hung_on_the_second_weapon(nlp) -> None:
    """"launches drones and missiles on sites across Ukraine": the aim hangs on the last weapon of the list; the
    bombers that carry them are no target."""
    evs = counted_events(nlp, "Russia launches 200 bomber drones and 30 missiles on energy sites and homes across Ukraine.")
    assert has_event(evs, "195", "RUS", "UKR"), [(e.cameo, e.source, e.target) for e in evs]
    assert not any(e.target is not None and e.target.sector == "MIL" for e in evs)
