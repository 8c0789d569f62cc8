"""Session-6 lexicon work: the right root for triggers of real news. Vowed answers to an attack, agreements and
talks ended or abandoned, entry bans, acquittals, ships torpedoed, armed men entering a place and reprisals
carried out; one test per class of language, each with a guard (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers_events import counted_codes, counted_events, has_event


@pytest.mark.slow
def test_a_vowed_or_sworn_answer_to_an_attack_is_a_threat_of_force(nlp) -> None:
    """"vowed a harsh response", "swore revenge": a threat of force (138) against the named side."""
    assert has_event(counted_events(nlp, "Moscow vowed a harsh response against Finland."), "138", "RUS", "FIN")
    assert has_event(counted_events(nlp, "The militants swore revenge against the Pakistani army."), "138", None, "PAK")
    assert "138" in counted_codes(nlp, "The junta promised a counterattack against the rebels in the north.")
    # guard: a response promised to a petition is a reply, no threat
    assert not any(c.startswith("13") for c in counted_codes(nlp, "The ministry promised a response to the farmers' petition."))


@pytest.mark.slow
def test_an_agreement_ended_with_a_named_partner_reduces_relations(nlp) -> None:
    """Ending, cancelling or annulling an agreement with a named partner reduces relations (160)."""
    assert has_event(counted_events(nlp, "Mali ends its security pact with France."), "160", "MLI", "FRA")
    assert has_event(counted_events(nlp, "Chad cancelled its military agreement with Hungary."), "160", "TCD", "HUN")
    assert has_event(counted_events(nlp, "Ecuador annulled the fishing accord with Peru."), "160", "ECU", "PER")
    # guards: a war ended is an end of fighting (087), a contract cancelled with no partner is no event
    assert "087" in counted_codes(nlp, "Eritrea ended the war with Ethiopia.")
    assert not any(c.startswith("16") for c in counted_codes(nlp, "The city council cancelled the contract."))


@pytest.mark.slow
def test_entry_bans_are_sanctions(nlp) -> None:
    """Banning the entry of foreign people or their passport holders, or restricting their visas, is a sanction (163)."""
    assert has_event(counted_events(nlp, "Kenya bans the entry of the Ugandan minister."), "163", "KEN", "UGA")
    assert has_event(counted_events(nlp, "Malaysia bans Israeli passport holders from its territory."), "163", "MYS", "ISR")
    assert has_event(counted_events(nlp, "Britain imposed visa restrictions on Georgian officials."), "163", "GBR", "GEO")
    # guards: banning a party stays a political ban (1722), restrictions on a newspaper stay administrative (172)
    assert "1722" in counted_codes(nlp, "The military government banned the main opposition party.")
    codes = counted_codes(nlp, "The government imposed restrictions on the opposition newspaper.")
    assert "172" in codes and "163" not in codes, codes


@pytest.mark.slow
def test_formal_diplomatic_complaints_are_lodged(nlp) -> None:
    """"Lodged solemn representations" or "a remonstrance" with a state is an official complaint (114)."""
    assert has_event(counted_events(nlp, "Beijing lodged solemn representations with Manila."), "114", "CHN", "PHL")
    # guard: lodging an appeal in court is no complaint to a state
    assert not any(c.startswith("114") for c in counted_codes(nlp, "The lawyers lodged an appeal with the Supreme Court."))


@pytest.mark.slow
def test_acquittals_give_up_the_prosecution(nlp) -> None:
    """A court that acquits or clears a defendant of a charge yields (080), by the team's convention on acquittals."""
    assert "080" in counted_codes(nlp, "A Kenyan court acquitted the former governor.")
    assert "080" in counted_codes(nlp, "The Italian court cleared him of murder.")
    # guards: clearing rubble is no event; a conviction stays 116
    assert not any(c.startswith("08") for c in counted_codes(nlp, "Volunteers cleared the rubble of the school."))
    assert "116" in counted_codes(nlp, "A Kenyan court convicted the former governor of fraud.")


@pytest.mark.slow
def test_a_ship_torpedoed_is_attacked(nlp) -> None:
    """A torpedoed ship is attacked (190); torpedoed talks stay rejected (120)."""
    assert "190" in counted_codes(nlp, "A Russian submarine torpedoed a Ukrainian freighter.")
    codes = counted_codes(nlp, "The opposition torpedoed the budget talks.")
    assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.slow
def test_armed_men_entering_a_place_attack_it(nlp) -> None:
    """Troops or militants entering a place, or crossing into it, carry the fight there (190)."""
    assert has_event(counted_events(nlp, "Israeli soldiers entered the village of Khiam."), "190", "ISR")
    assert has_event(counted_events(nlp, "Turkish troops crossed into northern Syria."), "190", "TUR", "SYR")
    # guards: a delegation or peacekeepers entering is no attack; entering airspace stays a show of force (150)
    assert not any(c.startswith("19") for c in counted_codes(nlp, "The Swiss delegation entered the conference hall."))
    assert not any(c.startswith("19") for c in counted_codes(nlp, "United Nations peacekeepers entered the buffer zone."))
    assert "150" in counted_codes(nlp, "Russian drones entered Romanian airspace.")


@pytest.mark.slow
def test_negotiations_called_off_or_abandoned_are_halted(nlp) -> None:
    """Talks called off, terminated, abandoned, scrapped or pulled out of are halted negotiations (164)."""
    for text in ("Serbia called off the talks with Kosovo.", "Serbia terminated negotiations with Kosovo.",
                 "Serbia abandoned the dialogue with Kosovo.", "Serbia pulled out of the talks with Kosovo.",
                 "Serbia walked away from the talks with Kosovo."):
        assert has_event(counted_events(nlp, text), "164", "SRB", "XKX"), text
    # guards: troops pulling out of a town retreat (0874); a strike called off is eased (082)
    assert "0874" in counted_codes(nlp, "Serbian troops pulled out of the border town.")
    assert not any(c.startswith("16") for c in counted_codes(nlp, "The dock workers called off their strike."))


@pytest.mark.slow
def test_an_agreement_abandoned_with_a_named_partner_reduces_relations(nlp) -> None:
    """Abandoning or walking away from an agreement with a named partner reduces relations (160)."""
    assert has_event(counted_events(nlp, "Iraq abandoned its power deal with Iran."), "160", "IRQ", "IRN")
    assert has_event(counted_events(nlp, "Iraq walked away from the power deal with Iran."), "160", "IRQ", "IRN")
    # guard: a company abandoning a merger names no partner state
    assert not any(c.startswith("16") for c in counted_codes(nlp, "The carmaker abandoned the merger deal."))


@pytest.mark.slow
def test_an_advertisement_or_a_film_released_is_a_statement(nlp) -> None:
    """Releasing an advertisement or a film is a public statement (010), never a release of people (084)."""
    codes = counted_codes(nlp, "The Chilean government released an advertisement about the referendum.")
    assert "010" in codes and not any(c.startswith("084") for c in codes), codes
    # guard: prisoners released stay a release (0841)
    assert "0841" in counted_codes(nlp, "Belarus released twelve political prisoners.")


@pytest.mark.slow
def test_reprisals_carried_out_are_attacks(nlp) -> None:
    """Reprisals or retaliation carried out are attacks (190); "in retaliation for" names only a motive."""
    assert has_event(counted_events(nlp, "The militia carried out reprisals against villages in Ituri."), "190", None, "COD")
    codes = counted_codes(nlp, "Iran fired missiles at Israel in retaliation for the strike.")
    assert len([c for c in codes if c.startswith("19")]) == 1, codes
