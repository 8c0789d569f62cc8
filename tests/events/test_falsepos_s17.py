"""False events, session 14 (helper falsepos): language that tells no act between actors.

Classes: a present participle that only says which ones a noun means ("firms shipping fuel to X") is no act of a
named doer (061 and the like); an inspection of nothing coded ("engineers inspecting the dam") is no investigation
(090); an animal's attack ("a crocodile attack") is no one's assault (19x); an economic war, as a trade war, is an
embargo (163), no armed force (190); casualties told of a vehicle's mishap ("a van carrying miners overturns, killing
six") are no assault by the riders the vehicle carried.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The president announces tariffs for countries trading with Cuba.",
])
def test_participle_picking_out_a_noun_is_no_act(nlp, text):
    assert not has_event(_events(nlp, text), "06")


def test_inspecting_a_thing_is_no_investigation(nlp):
    assert not has_event(_events(nlp, "Three engineers drown while inspecting a flooded tunnel near the dam."), "09")


@pytest.mark.parametrize("text", [
    "A fisherman is killed in a crocodile attack on the banks of the Zambezi.",
    "A swimmer is killed in a shark attack near a beach in Queensland.",
])
def test_animal_attack_is_no_assault(nlp, text):
    evs = _events(nlp, text)
    assert not has_event(evs, "18") and not has_event(evs, "19")


def test_economic_war_is_an_embargo_not_armed_force(nlp):
    evs = _events(nlp, "The president declares an economic war on Cuba over its debts.")
    assert has_event(evs, "163", tgt="CUB") and not has_event(evs, "19")


def test_vehicle_mishap_with_riders_is_no_assault(nlp):
    evs = _events(nlp, "A minibus carrying nurses catches fire in Malawi, killing seven people.")
    assert not has_event(evs, "18") and not has_event(evs, "19")


def test_bringing_a_total_of_cases_is_no_lawsuit(nlp):
    text = "Chile confirms 15 more measles cases, bringing the total number of cases nationwide to 90."
    assert not has_event(_events(nlp, text), "11")


def test_firm_resuming_operations_is_no_offensive(nlp):
    assert not has_event(_events(nlp, "Canada resumes operations at its embassy in Tehran."), "19")


def test_release_of_goods_frees_no_one(nlp):
    text = "The Indian president orders the release of five million barrels of crude from the national reserve."
    assert not has_event(_events(nlp, text), "08")


def test_pressure_from_no_one_is_no_demand(nlp):
    text = "Rising inflation in Kenya is pressuring the Central Bank of Kenya to lift its rates."
    assert not has_event(_events(nlp, text), "10")


def test_relative_clause_picking_out_travellers_is_no_visit(nlp):
    text = "Jamaica will screen travellers who have visited Rwanda in the past month."
    assert not has_event(_events(nlp, text), "04")
