"""A casualty verb merged with the attack verb of its clause keeps the attack entry's object modifiers."""

from __future__ import annotations

import pytest
from helpers_events import counted_events

pytestmark = pytest.mark.slow


def test_smoke_grenades_are_riot_control(nlp) -> None:
    evs = counted_events(nlp, "A protester was killed when Kenyan police threw smoke grenades at the crowd.")
    assert [e.cameo for e in evs] == ["175"], [(e.cameo, e.rule) for e in evs]


def test_plain_grenades_stay_a_bombing(nlp) -> None:
    evs = counted_events(nlp, "A man was killed when militants threw grenades at a bus in Kashmir.")
    assert [e.cameo for e in evs] == ["183"], [(e.cameo, e.rule) for e in evs]
