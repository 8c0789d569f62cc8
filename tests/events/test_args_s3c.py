"""Actor attachment, session 3 (third pass): who a place was taken from, and who fought when the fighters died.

Classes: a person or group after "from" on a capture or seizure is its target, ahead of the country the place is
in ("took the village of X from the Wagner Group, Mali"); a participle clause under a passive casualty verb is done
by the passive subject ("four soldiers were killed while fighting Hezbollah": the soldiers fought Hezbollah).

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _code_dyads(nlp, text: str, roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the counted events whose root is in `roots`."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _events(nlp, text) if e.root in roots}


#: "captured the town from X": the holder it was taken from (a group, an army), not the country of the place.
TAKEN_FROM = [
    ("Jihadist fighters captured the village of Doro from the Wagner Group, Mali.", "RUSMILWAG"),
    ("Militants seized the district from the Taliban in Afghanistan.", "AFGGOVTAL"),
    ("Government troops recaptured the town from the Islamic State in Iraq.", "IMGREBISI"),
]


@pytest.mark.parametrize(("text", "target"), TAKEN_FROM)
def test_capture_target_is_who_held_it(nlp, text: str, target: str) -> None:
    got = _code_dyads(nlp, text, ("19",))
    assert any(t == target for _, t in got), got


def test_capture_from_a_place_is_not_a_holder(nlp) -> None:
    # "from Lebanon" is where the rockets came from, not whom anything was taken from
    got = _code_dyads(nlp, "Hezbollah launched rockets from Lebanon at northern Israel.", ("19", "18"))
    assert not any(t == "LBN" for _, t in got), got


#: "N soldiers were killed while fighting X": the soldiers fought X; the fight is coded with them as its source.
DIED_FIGHTING = [
    ("Three Israeli soldiers were killed while fighting Hamas in Rafah.", "ISRMIL", "PSEREBHMS"),
    ("Six policemen were wounded while clashing with fighters of the Islamic State.", None, "IMGREBISI"),
]


@pytest.mark.parametrize(("text", "source", "target"), DIED_FIGHTING)
def test_fighters_killed_while_fighting(nlp, text: str, source: str | None, target: str) -> None:
    got = _code_dyads(nlp, text, ("19", "18"))
    assert any(s is not None and (source is None or s == source) and t == target for s, t in got), got


def test_killed_while_not_fighting_keeps_no_source(nlp) -> None:
    # a peaceful participle ("while patrolling") names no foe: the deaths stay coded with no attacker
    got = _code_dyads(nlp, "Two soldiers were killed while patrolling the border.", ("19", "18"))
    assert all(s is None for s, _ in got), got
