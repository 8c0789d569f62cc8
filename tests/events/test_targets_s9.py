"""Event targets, session 9: a coded person or group beats the place an act took place in.

Classes: the people an attack killed ("..., killing four Afghan refugees") outrank the district or town named with
"in"/"near" where the attack fell; the victim of a violent act noun ("the shooting of a Haitian teenager by a police
officer in X") outranks the place the small parser hangs on the agent.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _pairs(nlp, text: str, roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in _events(nlp, text) if e.root in roots}


#: "attacked a bus in <district>, killing <coded people>": the people killed are the target, not the district.
KILLED_OVER_PLACE = [
    ("A gunman attacked a minibus in Kohat District, killing four Afghan refugees.", ("18", "19"), "AFGREF", "PAK"),
    ("Militants ambushed a truck near Gao, Mali, killing six Nigerien soldiers.", ("18", "19"), "NERMIL", "MLI"),
    ("Gunmen stormed a guesthouse in Kismayo, killing two Kenyan engineers.", ("18", "19"), "KENCVL", "SOM"),
]


@pytest.mark.parametrize(("text", "roots", "victim", "place"), KILLED_OVER_PLACE)
def test_people_killed_beat_the_place(nlp, text: str, roots: tuple[str, ...], victim: str, place: str) -> None:
    targets = {t for _, t in _pairs(nlp, text, roots)}
    assert victim in targets
    assert place not in targets


#: "the shooting of <coded victim> by <agent> in <town>": the victim is the target, not the town.
VICTIM_OVER_PLACE = [
    ("Crowds marched after the fatal shooting of a Haitian teenager by a police officer in Dajabon.", ("19",), "HTI", "DOM"),
]


@pytest.mark.parametrize(("text", "roots", "victim", "place"), VICTIM_OVER_PLACE)
def test_victim_of_act_noun_beats_the_place(nlp, text: str, roots: tuple[str, ...], victim: str, place: str) -> None:
    targets = {t for _, t in _pairs(nlp, text, roots)}
    assert victim in targets
    assert place not in targets
