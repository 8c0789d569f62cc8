"""Assault language (CAMEO 18x), session 15: attacks named by the kind of their doers ("a militant attack") or as a
gunman's ("a shooting attack"), bombs named as explosive devices, surviving an assassination attempt, outlaws storming
a place to kill the people in it, and people taken hostage told with the predicate noun after them."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


def _code(nlp, text: str) -> list:
    return counted_events(nlp, text, "2025-06-10")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Seven herders are killed in a militant attack in Kidal Region, Mali.",
        "An insurgent attack on a cattle market in Mopti, Mali, kills nine traders.",
        "Eight farmers are killed in a rebel ambush near Bunia, Democratic Republic of the Congo.",
    ],
)
def test_attack_named_by_outlaw_doers_on_unarmed_people_is_assault(nlp, text: str) -> None:
    assert {e.cameo for e in _code(nlp, text)} == {"180"}


@pytest.mark.slow
def test_attack_named_by_outlaw_doers_is_coded_by_who_was_hit(nlp) -> None:
    # militants who kill soldiers fight them (19x); the same attack on herders is an assault (180)
    soldiers = _code(nlp, "Six soldiers are killed in a militant attack on an army post in Kidal Region, Mali.")
    herders = _code(nlp, "Six herders are killed in a militant attack on a camp in Kidal Region, Mali.")
    assert {e.cameo for e in soldiers} == {"190"}
    assert {e.cameo for e in herders} == {"180"}


@pytest.mark.slow
def test_shooting_attack_with_no_state_behind_it_is_a_gunmans_assault(nlp) -> None:
    # one unarmed person killed is 1823, several hurt 180; a soldier killed in it stays a fight (190)
    one = _code(nlp, "A shepherd is killed in a shooting attack near Nablus in the West Bank.")
    several = _code(nlp, "Four shoppers are wounded in a shooting attack near a market in Nablus.")
    soldier = _code(nlp, "A shooting attack by militants kills a soldier near Tubas.")
    assert {e.cameo for e in one} == {"1823"}
    assert {e.cameo for e in several} == {"180"}
    assert {e.cameo for e in soldier} == {"190"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A peacekeeper is killed in an improvised explosive device attack near Gao, Mali.",
        "An explosive device attack on a minibus near Quetta, Pakistan, wounds five passengers.",
    ],
)
def test_explosive_device_attack_is_a_bombing(nlp, text: str) -> None:
    assert {e.cameo for e in _code(nlp, text)} == {"183"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Opposition leader Rosa Vidal survives an assassination attempt in Arequipa, Peru.", "OPP"),
        ("The governor of Kandahar escapes an assassination attempt near his office.", "GOV"),
    ],
)
def test_surviving_an_assassination_attempt_is_the_attempt_on_the_survivor(nlp, text: str, sector: str) -> None:
    evs = [e for e in _code(nlp, text) if e.cameo == "185"]
    # surviving a vote or a crash is no attempt on anyone's life
    assert not _code(nlp, "The prime minister of Ruritania survives a confidence vote in parliament.")
    assert len(evs) == 1 and evs[0].source is None
    assert evs[0].target is not None and evs[0].target.sector == sector


@pytest.mark.slow
def test_outlaws_storming_a_place_and_killing_its_people_assault_them(nlp) -> None:
    evs = _code(nlp, "Armed men storm a guesthouse in Gao, Mali, killing seven guests.")
    assert [e.cameo for e in evs] == ["180"]
    # storming an army post, or a town with no killing told, stays force (190)
    assert {e.cameo for e in _code(nlp, "Jihadists storm an army post near Gao, Mali, killing twelve soldiers.")} == {"190"}
    assert {e.cameo for e in _code(nlp, "Rebels storm the town of Walikale, Democratic Republic of the Congo.")} == {"190"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Bandits take 14 travellers hostage on a highway in Kogi State, Nigeria.",
        "Gunmen take 25 people hostage at a bank in Ibadan, Nigeria.",
    ],
)
def test_people_taken_hostage_with_a_counted_object_are_abducted(nlp, text: str) -> None:
    evs = _code(nlp, text)
    assert [e.cameo for e in evs] == ["181"]
    assert evs[0].source is not None and evs[0].target is not None
