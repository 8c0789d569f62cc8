"""Lead, session 16: "be" + to-infinitive announcing an arranged act.

"The envoy is to visit Cairo on Monday" tells a visit arranged, not yet made, as "is due to visit" does: the act keeps
its code (042) with the flag "scheduled" and modality intent. A finite verb joined to it ("was to visit Kenya but
cancelled the trip") is done; a subject naming the plan ("the aim is to ...") and a condition ("if the troops were to
storm ...") are no schedule.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "code"), [
    ("The Finnish prime minister is to visit Japan on Thursday.", "042"),
    ("The foreign ministers of Ghana and Togo are to meet in Lome next week.", "04"),
    ("Chile's president is to visit Peru next month and meet its leaders.", "04"),
])
def test_be_to_act_is_scheduled(nlp, text, code):
    evs = [e for e in all_events(nlp, text) if e.cameo.startswith(code)]
    assert evs and all("scheduled" in e.flags and e.modality == "intent" for e in evs)
    assert all(e.cameo.startswith("04") for e in evs)  # the act's code, not an intent code (03x)


def test_finite_verb_joined_to_a_planned_act_is_done(nlp):
    evs = all_events(nlp, "The defence minister was to visit Mali but cancelled the trip.")
    cancel = [e for e in evs if e.root == "16"]
    assert cancel and all("scheduled" not in e.flags for e in cancel)


@pytest.mark.parametrize("text", [
    "If the rebels were to storm the capital, the army would withdraw.",
    "The goal is to visit Laos before the election.",
])
def test_no_schedule_without_an_arranged_act(nlp, text):
    assert all("scheduled" not in e.flags for e in all_events(nlp, text))


@pytest.mark.parametrize("text", [
    "Moldova has received Gepard tanks from the Netherlands.",
    "Kyiv received two squadrons of fighter jets from Norway.",
])
def test_weapons_received_are_military_aid_from_the_giver(nlp, text):
    evs = [e for e in all_events(nlp, text) if e.cameo == "072"]
    assert evs and evs[0].source is not None and evs[0].target is not None
    assert not [e for e in all_events(nlp, text) if e.cameo == "043"]  # no hosting of the weapons


@pytest.mark.parametrize("text", [
    "The Zarovian army conducts air strikes and artillery shelling across the border region of Kivland.",
    "Rebel forces carried out drone and artillery attacks on the port of Nordhaven.",
])
def test_arms_used_in_a_deed_are_no_aid(nlp, text):
    assert not [e for e in all_events(nlp, text) if e.root == "07"]


def test_planes_carrying_supplies_sent_stay_aid(nlp):
    evs = all_events(nlp, "Qatar sent planes carrying relief supplies to Sudan after the floods.")
    assert any(e.cameo == "073" for e in evs)


@pytest.mark.parametrize("text", [
    "Russia fired missiles at Kyiv overnight.",
    "Ukraine launched drones at Moscow overnight.",
])
def test_place_read_into_a_time_is_still_the_target(nlp, text):
    evs = [e for e in all_events(nlp, text) if e.root == "19"]
    assert evs and evs[0].target is not None and evs[0].target.country in ("UKR", "RUS")


@pytest.mark.parametrize(("text", "code", "src"), [
    ("Sri Lanka secured a $2 billion loan from the IMF.", "071", "IGOIMF"),
    ("Kyiv gets more artillery shells from Germany.", "072", "DEU"),
    ("Hezbollah obtained drones from Iran.", "072", "IRN"),
])
def test_aid_got_or_secured_is_the_givers_aid(nlp, text, code, src):
    evs = [e for e in all_events(nlp, text) if e.cameo == code]
    assert evs and evs[0].source is not None and (evs[0].source.code or "").startswith(src)


def test_tal_afar_is_in_iraq_not_the_afar_region(nlp):
    evs = [e for e in all_events(nlp, "Drones hit a power station in Tal Afar on Tuesday.") if e.root == "19"]
    assert evs and all(e.target is None or e.target.country == "IRQ" for e in evs)
    assert any(e.target is not None for e in evs)


@pytest.mark.parametrize("text", [
    "An Airbus plane flying to Lima hit severe turbulence, injuring 14 passengers.",
    "A passenger ferry ran into a storm off Crete, injuring nine people.",
])
def test_weather_met_by_a_vehicle_is_no_blow(nlp, text):
    assert not [e for e in all_events(nlp, text) if e.root in ("18", "19", "20")]


def test_their_after_joined_sources_is_each_ones_own(nlp):
    evs = [e for e in all_events(nlp, "Spain and Portugal urge their citizens to leave Niger.") if e.root == "02"]
    assert {(e.source.country, e.target.country) for e in evs if e.source and e.target} == {("ESP", "ESP"), ("PRT", "PRT")}
