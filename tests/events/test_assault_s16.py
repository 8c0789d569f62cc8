"""Assault language (CAMEO 18x), session 14: assaults told as taking place at a site, agentless attacks on unarmed
people told with the place they fell in, mass stabbings and shooting incidents, and ambushes of civilians."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


def _code(nlp, text: str) -> list:
    return counted_events(nlp, text, "2025-06-10")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A mass stabbing takes place at a bakery in Lyon, France.", "FRA"),
        ("A school shooting occurs at a college in Ohio, United States.", "USA"),
    ],
)
def test_assault_taking_place_at_a_site_is_coded_where_it_was(nlp, text: str, country: str) -> None:
    evs = [e for e in _code(nlp, text) if e.root == "18"]
    assert evs and evs[0].source is None and evs[0].target is not None and evs[0].target.country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Nine pilgrims are killed in an ambush in Mandera County, Kenya.",
        "Fourteen herders are killed in an attack in Tahoua Region, Niger.",
    ],
)
def test_agentless_attack_on_unarmed_people_in_a_named_place_is_assault(nlp, text: str) -> None:
    assert {e.cameo for e in _code(nlp, text)} == {"180"}


@pytest.mark.slow
def test_agentless_ambush_is_coded_by_who_was_hit(nlp) -> None:
    # soldiers ambushed are in a fight (190); pilgrims ambushed in the same place are assaulted (180)
    assert {e.cameo for e in _code(nlp, "Twelve soldiers are killed in an ambush in Tahoua Region, Niger.")} == {"190"}
    assert {e.cameo for e in _code(nlp, "Twelve pilgrims are killed in an ambush in Tahoua Region, Niger.")} == {"180"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the parser hangs "in a mass stabbing" on the second clause and makes "mass" its noun
        ("Three shoppers are killed and four others are hurt, two of them gravely, in a mass stabbing at a mall in "
         "Leeds, England.", "180"),
        ("A nurse is killed in a shooting incident in Liege, Belgium.", "1823"),
    ],
)
def test_killing_told_beside_a_stabbing_or_shooting_is_assault(nlp, text: str, code: str) -> None:
    assert {e.cameo for e in _code(nlp, text)} == {code}


@pytest.mark.slow
def test_ambush_of_civilians_by_bandits_is_assault(nlp) -> None:
    evs = _code(nlp, "Armed bandits ambush a minibus carrying traders in Kebbi State, Nigeria.")
    assert [e.cameo for e in evs] == ["180"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber kills eleven shoppers at a bazaar in Herat, Afghanistan.",
        "A suicide bomber strikes a wedding hall in Mosul, Iraq, killing nine guests.",
    ],
)
def test_suicide_bomber_is_the_bomber_of_the_bombing(nlp, text: str) -> None:
    evs = _code(nlp, text)
    assert [e.cameo for e in evs] == ["1831"]
    assert evs[0].source is not None and evs[0].source.sector == "REB"


@pytest.mark.slow
def test_bomber_aircraft_strike_stays_an_attack(nlp) -> None:
    # a warplane called a bomber is no suicide bomber; the same sentence form with one is a bombing
    assert {e.root for e in _code(nlp, "Russian bombers struck a depot near Kharkiv.")} == {"19"}
    assert {e.cameo for e in _code(nlp, "A suicide bomber struck a depot near Kirkuk, Iraq.")} == {"1831"}


@pytest.mark.slow
def test_claimer_of_a_bombing_told_with_its_toll_is_the_bomber(nlp) -> None:
    evs = _code(nlp, "Boko Haram claims responsibility for a bombing at a bus park in Maiduguri that killed 14 people.")
    bombing = [e for e in evs if e.cameo == "183"]
    assert bombing and bombing[0].source is not None and bombing[0].source.code == "NGAREBBKH"


@pytest.mark.slow
def test_toll_told_beside_a_lone_gunman_is_his_assault(nlp) -> None:
    evs = _code(nlp, "A nurse is killed and four patients are hurt before the gunman turns the rifle on himself in "
                     "Lyon, France.")
    assert "1823" in {e.cameo for e in evs} and not any(e.root == "19" for e in evs)
