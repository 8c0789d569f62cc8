"""One source for each shared vocabulary of the event coder, session 12 (helper unify2).

The sectors of armed bodies live once in `common.ARMED_SECTORS`; a rule that needs another set names it as that set
with a part added or taken away (`frames.CLASH_SECTORS` adds gangs, `refine.WAR_SECTORS` takes police and spies
away, `emit.ARMED_SIDE_SECTORS` both). The verbs of taking people (`ABDUCT_VERBS` in `SEIZING_VERBS` in
`CAPTIVITY_VERBS`), of firing a weapon off (`FIRE_VERBS`) and the things that travel without visiting
(`TRAVELLING_THINGS`, which takes in the vehicles and the natural hazards of harm_words.yaml) are read once from
`data/events/shared_words.yaml`. No sector set names a sector an actor cannot have.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events

from eventwire.actors import ActorDataError, kb
from eventwire.events import arguments, common, emit, frames, refine


def test_one_armed_sector_list_with_named_exceptions() -> None:
    assert common.ARMED_SECTORS <= kb.SECTORS
    assert emit.ARMED_SECTORS is common.ARMED_SECTORS  # "operations" of an armed body
    assert common.ARMED_SECTORS | {"CRM"} == frames.CLASH_SECTORS
    assert common.ARMED_SECTORS - {"COP", "SPY"} == refine.WAR_SECTORS
    assert (common.ARMED_SECTORS - {"SPY"}) | {"CRM"} == emit.ARMED_SIDE_SECTORS
    assert getattr(frames, "ARMED_SECTORS", common.ARMED_SECTORS) is common.ARMED_SECTORS
    assert getattr(refine, "ARMED_SECTORS", common.ARMED_SECTORS) is common.ARMED_SECTORS


def test_sector_sets_name_only_known_sectors() -> None:
    sets = [arguments.ARMED_GROUP_SECTORS, emit.ARMED_SIDE_SECTORS, emit.HOME_FORCE_SECTORS, frames.CLASH_SECTORS,
            refine.WAR_SECTORS, refine.STATE_SECTORS, refine.NONSTATE_ARMED, refine.UNARMED_SECTORS,
            refine.WORKER_SECTORS]
    for s in sets:
        assert s <= kb.SECTORS, sorted(s - kb.SECTORS)


def test_verbs_of_taking_people_nest_and_are_shared() -> None:
    assert common.ABDUCT_VERBS < common.SEIZING_VERBS < common.CAPTIVITY_VERBS
    assert refine.ABDUCT_VERBS is common.ABDUCT_VERBS
    assert emit.SEIZING_VERBS is common.SEIZING_VERBS
    assert frames.CAPTIVITY_VERBS is common.CAPTIVITY_VERBS
    assert not hasattr(refine, "ABDUCT_LEMMAS")
    assert "hold" not in common.SEIZING_VERBS  # "held and beaten" is one ill-treatment


def test_fire_travel_and_damage_verbs_are_one_list_each() -> None:
    assert arguments.FIRE_VERBS is common.FIRE_VERBS
    assert frames.FIRE_VERBS is common.FIRE_VERBS
    assert not hasattr(frames, "LAUNCH_VERBS")
    assert frames.TRAVELLING_THINGS is common.TRAVELLING_THINGS is refine.TRAVELLING_THINGS
    assert not hasattr(common, "VEHICLE_NOUNS")
    assert common.VEHICLE_WORDS - {"coach"} <= common.TRAVELLING_THINGS
    assert common.NATURAL_HAZARDS <= common.TRAVELLING_THINGS
    assert "coach" not in common.TRAVELLING_THINGS  # a team's trainer as often as a bus
    assert frames.RESULT_VERBS is common.RESULT_VERBS < emit.DAMAGE_VERBS
    assert frames.SUBORDINATORS < frames.CLAUSE_OPENERS


def test_shared_words_file_is_checked(tmp_path) -> None:
    bad = tmp_path / "shared.yaml"
    bad.write_text("abduct_verbs: [kidnap]\nseize_verbs: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="seize_verbs"):
        common._load_shared_words(bad)


def test_actor_list_sections_are_checked_in_one_place() -> None:
    assert list(kb._list_entries([{"name": "X"}], "f.yaml", "seats", "name")) == [(0, {"name": "X"})]
    with pytest.raises(ActorDataError, match="must be a list"):
        list(kb._list_entries({"name": "X"}, "f.yaml", "seats", "name"))
    with pytest.raises(ActorDataError, match=r"agents\[1\].*must be a mapping with 'words'"):
        list(kb._list_entries([{"words": ["guard"]}, {"sector": "MIL"}], "f.yaml", "agents", "words"))


def _visits(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in counted_events(nlp, text) if e.cameo.startswith("042")]


#: Vehicles the travel rules did not know (they now take the vehicles of harm_words.yaml): no one visits.
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "A Turkish minibus heading to Syria overturns near the border.",
    "Egyptian taxis head to Gaza.",
    "A Chinese tram arrives in Hanoi.",
    "A Syrian van heading to Lebanon was stopped at the border.",
])
def test_vehicle_on_its_way_is_no_visit(nlp, text: str) -> None:
    assert _visits(nlp, text) == []


#: A natural hazard that "arrives" is no visitor either.
@pytest.mark.slow
def test_hazard_that_arrives_is_no_visit(nlp) -> None:
    assert _visits(nlp, "An Afghan monsoon arrives in Pakistan.") == []
