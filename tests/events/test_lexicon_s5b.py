"""Session-5 lexicon work, round 2: triggers of real news the lexicon missed, senses it coded wrongly, exchanges of
fire, and the joint acts of roots 03-08 marked `mutual`; one test per class of language, each with a guard
(sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers_events import counted_codes, counted_events, has_event

from eventwire.events.lexicon import load_lexicon

# --- missing triggers --------------------------------------------------------------------------------------------


def test_a_border_shut_down_or_sealed_is_closed(nlp) -> None:
    """A particle or "seal" names the same closure as "closed the border" (160), against the state beyond it."""
    for text in ("Poland shuts down its border crossings with Belarus.",
                 "Pakistan sealed its border with Afghanistan after the clashes."):
        assert has_event(counted_events(nlp, text), "160", None, "BLR" if "Poland" in text else "AFG"), text
    # guard: sealing a deal is an agreement, not a closure
    assert not any(c.startswith("16") for c in counted_codes(nlp, "Ethiopia and Eritrea sealed a deal on the port."))


def test_another_states_military_aircraft_blocked(nlp) -> None:
    """Barring a state's military aircraft reduces relations with it (160), like closing the airspace to it."""
    assert has_event(counted_events(nlp, "Spain blocks U.S. military aircraft from using its airspace."), "160", "ESP", "USA")
    # guard: blocking a road stays an obstruction (144)
    assert not any(c.startswith("16") for c in counted_codes(nlp, "Farmers blocked the main highway into Brussels."))


def test_flotillas_intercepted_and_ships_kept_from_passing(nlp) -> None:
    """A flotilla intercepted is stopped by force (170); ships stopped from passing are blockaded (191)."""
    assert "170" in counted_codes(nlp, "The Israeli navy intercepts the flotilla carrying aid to Gaza.")
    assert "191" in counted_codes(nlp, "The Houthis stopped tankers from passing through the Red Sea.")
    # guard: stopping aid stays a cut in aid, not a blockade
    assert not any(c.startswith("19") for c in counted_codes(nlp, "The United States stopped aid to Colombia."))


def test_a_takeover_of_a_named_place_is_a_capture(nlp) -> None:
    """"claims the takeover of" a town is its capture (192); a takeover of nothing named codes nothing."""
    assert has_event(counted_events(nlp, "The Rapid Support Forces claims the takeover of the town of El Fasher."),
                     "192", "SDN", "SDN")
    # guard: no named object, no capture
    assert "192" not in counted_codes(nlp, "The board approved the takeover on Monday.")


def test_lifestyle_checks_on_officials_are_a_corruption_probe(nlp) -> None:
    """Checks of officials' wealth ("lifestyle checks") probe corruption (091); other checks are no event."""
    assert "091" in counted_codes(nlp, "The president ordered lifestyle checks on senior police officers.")
    # guard: a security check is no probe
    assert not any(c.startswith("09") for c in counted_codes(nlp, "The president ordered security checks on senior police officers."))


def test_a_house_surrounded(nlp) -> None:
    """Surrounding a house or a home hems its people in (191), as surrounding a residence does."""
    assert "191" in counted_codes(nlp, "Protesters surround the house of the prime minister in Dhaka.")
    # guard: what the entry does not name (a car) is not besieged
    assert "191" not in counted_codes(nlp, "Protesters surround the car of the prime minister in Dhaka.")


# --- wrong senses --------------------------------------------------------------------------------------------------


def test_the_staff_of_a_news_agency_expelled_are_people_expelled(nlp) -> None:
    """An agency is an aid agency (1663) only when the text says so; a news agency's representatives are 174."""
    assert "174" in counted_codes(nlp, "Niger expels two representatives of French news agency AFP from its territory.")
    assert "1663" not in counted_codes(nlp, "Russia expels representatives of a Japanese news agency.")
    # guard: aid agencies and UN agencies expelled stay 1663
    assert "1663" in counted_codes(nlp, "The junta expelled international aid agencies from the country.")
    assert "1663" in counted_codes(nlp, "Sudan expels two UN agencies from Darfur.")


def test_a_company_suspending_its_own_service_is_no_event(nlp) -> None:
    """"Telegram suspends group chats for users in Pakistan" acts on no one: no reduction of relations (160) with Pakistan."""
    assert not counted_codes(nlp, "Telegram suspends group chats, voice calls and file uploads for users in Pakistan.")
    # guard: a state suspending flights to another still sanctions it (16)
    assert has_event(counted_events(nlp, "Russia suspends flights to Georgia."), "16", "RUS", "GEO")


def test_a_flight_over_waters_carries_no_aid(nlp) -> None:
    """"in international waters" is a place, not cargo: jets flying over a warship deliver no aid (073)."""
    text = "Two Russian Su-35 fighter jets fly over a Norwegian frigate in international waters."
    assert not any(c.startswith("07") for c in counted_codes(nlp, text))
    # guard: aid flown in is still aid
    assert "073" in counted_codes(nlp, "Jordan flew food and medicine to Gaza.")


# --- exchanges of fire ---------------------------------------------------------------------------------------------


def test_an_exchange_of_fire_is_a_small_arms_fight(nlp) -> None:
    """Exchanges of fire are 193 both ways (gold conventions); of artillery or shells 194."""
    evs = counted_events(nlp, "Cambodian and Thai troops exchange fire near the border.")
    assert has_event(evs, "193", "KHM", "THA") and has_event(evs, "193", "THA", "KHM")
    assert "193" in counted_codes(nlp, "Israeli troops exchanged fire with Hamas militants.")
    assert "194" in counted_codes(nlp, "Russian and Ukrainian forces exchanged artillery fire near Bakhmut.")
    # guard: an exchange of prisoners is no fight
    assert not any(c.startswith("19") for c in counted_codes(nlp, "Russia and Ukraine exchanged prisoners on Friday."))


# --- joint acts of roots 03-08 --------------------------------------------------------------------------------------

JOINT_ACTS = ["v.hammer_out", "v.speak_with", "v.discuss", "v.consult", "v.confer", "v.sit_down", "v.bargain", "v.ink",
              "v.seal", "v.collaborate", "v.work_with", "v.join_forces", "v.trade_with", "v.haggle", "v.huddle", "v.initial",
              "v.partner_with", "v.team_up", "v.form_alliance", "v.reconcile", "w.confer_with", "w.speak_by_phone",
              "w.sit_down_with", "w.trade_prisoners", "w.exchange_fire", "w.trade_fire"]


def test_joint_acts_are_marked_mutual() -> None:
    """Every two-sided act of roots 03-08 (talks, deals signed, alliances, prisoner swaps) is `mutual` in the data."""
    lex = load_lexicon()
    assert [eid for eid in JOINT_ACTS if not lex.by_id[eid].mutual] == []
    # guard: one-sided look-alikes stay unmarked
    assert not lex.by_id["v.seal_off"].mutual and not lex.by_id["v.quit_talks"].mutual


@pytest.mark.parametrize("text", [
    "India and China pledged to discuss the border dispute.",
    "Japan and the Philippines vowed to team up against piracy.",
])
def test_a_joint_act_under_an_intent_pairs_its_subjects(nlp, text: str) -> None:
    """"A and B pledged to discuss X": the intent (03) is each side's towards the other."""
    evs = [e for e in counted_events(nlp, text) if e.root == "03"]
    pairs = {(e.source.country, e.target.country) for e in evs if e.source and e.target}
    assert len(pairs) == 2 and all(s != t for s, t in pairs), pairs


def test_a_one_sided_intent_keeps_its_named_target(nlp) -> None:
    """Guard: with a named other party the subjects do not pair with each other."""
    evs = counted_events(nlp, "France and Germany pledged to discuss the crisis with Russia.")
    assert not has_event(evs, "03", "FRA", "DEU") and not has_event(evs, "03", "DEU", "FRA")


# --- more gaps of fresh briefs --------------------------------------------------------------------------------------


def test_an_interception_named_by_its_noun_reads_as_the_verb(nlp) -> None:
    """"the interception of three rockets" is force (190), of a flotilla a stop by force (170), as the verb codes them."""
    assert "190" in counted_codes(nlp, "The Israeli army announces the interception of three rockets.")
    assert "170" in counted_codes(nlp, "The Israeli navy completed the interception of the aid flotilla.")
    # guard: an interception of nothing the verb's entries name codes nothing
    assert not counted_codes(nlp, "The referee ruled out the interception of the ball.")


def test_a_state_of_emergency_announced_is_imposed(nlp) -> None:
    """Announced like declared, a state of emergency is 1724; an "emergency summit" or "emergency supplies" is not."""
    assert "1724" in counted_codes(nlp, "The Ecuadorian government announces a 60-day state of emergency in three coastal provinces.")
    for text in ("Kenyan President William Ruto announces an emergency summit of regional leaders in Nairobi.",
                 "The Hungarian government announces the suspension of emergency gas deliveries to Serbia."):
        assert "1724" not in counted_codes(nlp, text), text


def test_a_named_part_of_a_city_taken_over(nlp) -> None:
    """"taken over the center of Timbuktu" is a capture (192), as taking over the city is."""
    assert "192" in counted_codes(nlp, "Islamist fighters have taken over the center of Timbuktu.")
    # guard: a company taking over a centre's management is no capture
    assert "192" not in counted_codes(nlp, "The company took over the management of the shopping centre.")


def test_fighters_withdrawn_are_a_retreat(nlp) -> None:
    """An armed group's fighters withdrawn from a country are a retreat (0874), as troops withdrawn are."""
    assert "0874" in counted_codes(nlp, "Hezbollah says it is withdrawing its fighters from southern Syria.")
    # guard: a product withdrawn is no retreat
    assert "0874" not in counted_codes(nlp, "The company withdrew its product from Turkey.")


def test_a_state_taken_off_a_blacklist_is_spared_sanctions(nlp) -> None:
    """Removed from a list of state sponsors of terrorism or delisted: sanctions eased (085) on the named party."""
    assert has_event(counted_events(nlp, "Japan removes Libya from its list of state sponsors of terrorism."), "085", "JPN", "LBY")
    assert "085" in counted_codes(nlp, "The United States delisted the Houthis as a terrorist organization.")
    assert has_event(counted_events(nlp, "The United States removed Cuba as a state sponsor of terrorism."), "085", "USA", "CUB")
    # guard: what is no actor taken off a list is no event
    assert not counted_codes(nlp, "The minister removed the item from the list of priorities.")


def test_relations_ended_or_recognition_withdrawn_are_cut(nlp) -> None:
    """Relations ended, terminated or ceased, and recognition withdrawn, reduce relations (161) as severed ones do."""
    assert has_event(counted_events(nlp, "Nicaragua announces it will cease all contact with the Organization of "
                                         "American States."), "13", "NIC")  # a future act: the threat to cut ties
    assert "161" in counted_codes(nlp, "Georgia terminated diplomatic relations with Nicaragua.")
    assert "161" in counted_codes(nlp, "Vanuatu withdrew its recognition of Georgia's breakaway region Abkhazia.")
    # guard: a treaty or a war ended is no cut in relations
    assert "161" not in counted_codes(nlp, "Georgia ended the war with Nicaragua.")


def test_hostile_aerial_targets_intercepted_are_force(nlp) -> None:
    """"air defences intercepted hostile aerial targets" is an interception (190), as of missiles."""
    assert "190" in counted_codes(nlp, "Kuwait's air defense systems intercepted hostile aerial targets.")
    # guard: a ball intercepted codes nothing
    assert not counted_codes(nlp, "The defender intercepted the ball.")


def test_a_sanctions_waiver_revoked_reimposes_sanctions(nlp) -> None:
    """A waiver revoked or rescinded puts the sanctions back (163), where sanctions rescinded are eased (085)."""
    assert has_event(counted_events(nlp, "The United States revokes a six-month sanctions waiver on Venezuelan oil."),
                     "163", "USA", "VEN")
    assert "163" in counted_codes(nlp, "The U.S. rescinded the sanctions waiver for Iraq to buy Iranian electricity.")
    # guards: sanctions rescinded are eased; an exemption revoked at home, with no party named, is no event
    assert "085" in counted_codes(nlp, "The EU rescinded sanctions on Syria.")
    assert not counted_codes(nlp, "The government revoked the tax exemption of churches.")
