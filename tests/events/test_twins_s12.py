"""Near-twin word lists of the event coder and the actor reader, one list each, session 12 (helper twins).

Where two rules mean the same words, one list serves both; where they differ by design, one is the other's base with
named words added or taken away (the comment at each list says why). These tests keep the bases the bases.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events

from eventwire.actors import phrase, resolver
from eventwire.events import arguments, coder, common, emit, frames, refine


def test_crowd_lists_share_one_core() -> None:
    assert common.CROWD_NOUNS < common.PROTESTER_WORDS
    assert common.CROWD_NOUNS < arguments.PROTESTER_NOUNS
    assert common.CROWD_NOUNS < refine.CROWD_WORDS
    assert refine.PROTESTER_WORDS is common.PROTESTER_WORDS
    assert "mob" not in arguments.PROTESTER_NOUNS  # a mob's violence is a riot; no protest is told after it


def test_armed_people_lists_share_one_core() -> None:
    assert common.ARMED_FORCE_WORDS < common.FIGHTING_WORDS < common.ARMED_WORDS
    assert common.FIGHTING_WORDS < emit.ARMED_AGENT_WORDS
    assert common.FIGHTING_WORDS < refine.ARMED_TARGET_WORDS
    assert common.ARMED_FORCE_WORDS < coder.ORDER_FORCE_WORDS
    assert not {"militant", "rebel"} & coder.ORDER_FORCE_WORDS  # forces of order face crowds, not fighters
    assert frames.ARMED_WORDS is common.ARMED_WORDS


def test_blow_clause_verbs_are_one_base() -> None:
    assert emit.BLOW_CLAUSE_VERBS is common.BLOW_CLAUSE_VERBS is arguments.BLOW_CLAUSE_VERBS
    assert not hasattr(emit, "ATTACK_CLAUSE_VERBS") and not hasattr(arguments, "AMBUSH_VERBS")
    assert {"stab", "overrun", "ambush"} <= common.BLOW_CLAUSE_VERBS
    assert common.CASUALTY_VERBS - {"die"} == arguments.CASUALTY_LEMMAS


def test_proposal_nouns_are_one_list_with_named_changes() -> None:
    assert not hasattr(arguments, "PROPOSAL_NOUNS") or arguments.PROPOSAL_NOUNS is common.PROPOSAL_NOUNS
    assert common.PROPOSAL_NOUNS | {"plan", "initiative"} == arguments.ANSWERED_NOUNS
    assert not common.PLAN_NOUNS & {"initiative"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "target"), [
    ("Egypt rejected a petition by Ethiopia to share the dam data.", "EGY", "ETH"),
    ("Kenya's parliament rejected a motion by Uganda to reopen the border talks.", "KENLEG", "UGA"),
])
def test_who_put_a_petition_or_motion_is_answered(nlp, text: str, source: str, target: str) -> None:
    # one list of proposal nouns: a petition or a motion "by" someone is answered to them, as a proposal is
    got = [(e.source.code if e.source else None, e.target.code if e.target else None)
           for e in all_events(nlp, text) if e.cameo.startswith("12")]
    assert (source, target) in got


def test_subordinators_are_one_list() -> None:
    assert frames.SUBORDINATORS is common.SUBORDINATORS
    assert arguments.SUBORDINATORS is common.SUBORDINATORS
    assert not hasattr(arguments, "CLAUSE_MARKERS")


def test_possessives_and_weapons_have_one_base() -> None:
    assert arguments.OWN_POSSESSIVES - {"our"} == frames.SUBJECT_POSSESSIVES
    assert arguments.OWN_POSSESSIVES - {"its", "our"} == emit.PERSON_POSSESSIVE_WORDS
    assert not hasattr(frames, "OWN_POSSESSIVES") or frames.OWN_POSSESSIVES is arguments.OWN_POSSESSIVES
    assert refine.MISSILE_WORDS | {"jet"} == frames.CASUALTY_AIR_WEAPONS


def test_actor_reader_lists_are_one_each() -> None:
    assert not hasattr(phrase, "STATE_BODY_SECTORS")
    assert not hasattr(resolver, "STATE_AGENT_SECTORS") and not hasattr(resolver, "LOCATIVE_PREPS")
    assert resolver.STATE_SECTORS is phrase.STATE_SECTORS
    assert resolver.LOCATIVE is phrase.LOCATIVE
    assert arguments.DESTINATION_PREPS is resolver.DESTINATION_PREPS is emit.DESTINATION_PREPS
    assert phrase.STATE_SECTORS - {"LEG", "JUD"} == refine.STATE_SECTORS
    assert phrase.COUNTRY_NOUN_WORDS - {"state", "monarchy", "archipelago"} == resolver.COUNTRY_NOUNS
