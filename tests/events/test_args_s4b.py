"""Argument classes of session 4, round 2 (invented sentences): the sides of a gerund "fighting between X and Y", each
holder a place was taken "from", a day's attack with no doer, a personal pronoun that undergoes a passive time clause,
an agentless arrest told as done, and the maker country of banned goods."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, dyads, has_event


@pytest.mark.slow
def test_fighting_gerund_between_two_sides(nlp) -> None:
    """A gerund subject read as a verb keeps its "between" sides, each against the other."""
    evs = counted_events(nlp, "Fighting between Israel and Hamas resumed on Tuesday.")
    assert {("ISR", "PSE"), ("PSE", "ISR")} <= dyads(evs, ("19",))
    evs = counted_events(nlp, "Fighting between the Thai army and Cambodian troops erupts along the border.")
    assert {("THA", "KHM"), ("KHM", "THA")} <= dyads(evs, ("19",))


@pytest.mark.slow
def test_fighting_between_two_owners_of_one_noun(nlp) -> None:
    """"between Thai and Cambodian troops": one noun with two owners names both sides."""
    evs = counted_events(nlp, "Fighting broke out between Thai and Cambodian troops.")
    assert {("THA", "KHM"), ("KHM", "THA")} <= dyads(evs, ("19",))


@pytest.mark.slow
def test_fighting_between_places_is_no_pair(nlp) -> None:
    """A front line between two towns gives no sides."""
    evs = counted_events(nlp, "Fighting between Bakhmut and Soledar continued overnight.")
    assert not any(e.source is not None and e.target is not None and e.source.country and e.target.country
                   and e.root == "19" for e in evs)


@pytest.mark.slow
def test_captured_from_conjoined_holders(nlp) -> None:
    """"captured X from A and B": both holders lost the place."""
    evs = counted_events(nlp, "The rebels captured the town from the Congolese army and UN peacekeepers.")
    assert has_event(evs, "19", tgt="COD")
    assert any(e.root == "19" and e.target is not None and (e.target.code or "").startswith("IGOUNO") for e in evs)


@pytest.mark.slow
def test_dated_attack_with_no_doer(nlp) -> None:
    """"the toll from Friday's missile strike on X": a day is no doer and no hedge; the attack is coded sourceless."""
    evs = counted_events(nlp, "The number of dead from Tuesday's missile strike on Zaporizhzhia climbs to 14.")
    assert any(e.root == "19" and e.source is None and e.target is not None and e.target.country == "UKR" for e in evs)


@pytest.mark.slow
def test_pronoun_of_passive_time_clause_is_main_subject(nlp) -> None:
    """"The journalist died after she was attacked by gunmen": the pronoun is the journalist."""
    evs = counted_events(nlp, "The Mexican journalist died after she was attacked by gunmen in Sinaloa.")
    assert has_event(evs, "18", tgt="MEX") or has_event(evs, "19", tgt="MEX")
    evs = counted_events(nlp, "The Kenyan activist died in hospital after he was beaten by police.")
    assert has_event(evs, "18", src="KEN", tgt="KEN")


@pytest.mark.slow
def test_agentless_arrest_told_as_done(nlp) -> None:
    """"protests after the arrest of X", "the arrest of X sparked protests": coded with no source."""
    for text in ("Protests erupted after the arrest of opposition leader Ekrem Imamoglu.",
                 "The arrest of the Georgian opposition leader sparked protests in Tbilisi."):
        evs = counted_events(nlp, text)
        assert any(e.cameo.startswith("173") and e.source is None and e.target is not None for e in evs), text


@pytest.mark.slow
def test_arrest_demanded_or_warranted_is_no_arrest(nlp) -> None:
    """A call for an arrest, or a warrant for it, is no arrest."""
    for text in ("The opposition called for the arrest of the Kenyan interior minister.",
                 "The court issued a warrant for the arrest of the former Peruvian president.",
                 "The arrest of the former Pakistani prime minister is expected next week."):
        evs = counted_events(nlp, text)
        assert not any(e.cameo.startswith("173") and e.source is None for e in evs), text


@pytest.mark.slow
def test_ban_on_goods_made_in_a_country(nlp) -> None:
    """"bans Chinese-made vehicles": an embargo (163) on the maker country."""
    evs = counted_events(nlp, "Canada bans Chinese-made electric vehicles.")
    assert has_event(evs, "163", src="CAN", tgt="CHN")
    evs = counted_events(nlp, "Taiwan imposes tariffs on Chinese-made steel.")
    assert has_event(evs, "163", src="TWN", tgt="CHN")


@pytest.mark.slow
def test_ban_on_a_group_stays_administrative(nlp) -> None:
    """A ban with no "-made" goods keeps its own code and target."""
    evs = counted_events(nlp, "Germany bans the Hamas-linked group Samidoun.")
    assert not any(e.cameo == "163" for e in evs)


@pytest.mark.slow
def test_killed_after_fighting_between(nlp) -> None:
    """"killed after fighting between X and Y": the gerund object of a preposition keeps its two sides."""
    evs = counted_events(nlp, "At least 25 fighters are killed after fighting between Somali troops and Al-Shabaab in "
                              "Lower Shabelle.")
    assert any(e.root == "19" and e.source is not None and e.target is not None
               and {(e.source.code or "")[:6], (e.target.code or "")[:6]} == {"SOMREB", "SOMMIL"} for e in evs)



@pytest.mark.slow
def test_pause_on_strikes_is_no_strike(nlp) -> None:
    """"extended its pause on strikes on X", "a halt to attacks on Y": the blows named did not fall."""
    for text in ("Kataib Hezbollah says it will extend its pause on strikes on US troops in Iraq.",
                 "The militia announced a halt to attacks on US bases in Iraq."):
        evs = counted_events(nlp, text)
        assert not any(e.root in ("18", "19") for e in evs), text


@pytest.mark.slow
def test_policy_dispute_over_deportations_is_no_deportation(nlp) -> None:
    """A dispute over "the deportation and readmission of" migrants names a policy, not one act."""
    evs = counted_events(nlp, "The EU imposes visa limits on Somali officials after a dispute over the deportation and "
                              "readmission of Somali migrants.")
    assert not any(e.cameo.startswith("174") and e.source is None for e in evs)
    evs = counted_events(nlp, "Protests erupted in Caracas after the deportation of Venezuelan migrants.")
    assert any(e.cameo.startswith("174") and e.source is None and e.target is not None for e in evs)

