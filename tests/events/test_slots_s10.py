"""Session-10 coverage of empty actor slots in events whose code is already right.

Every sentence is invented for these tests. Classes: a crowd named by its size alone before a verb the small parser
reads as a noun ("Thousands protest in X") is of the place the verb names; a weapon fired or launched "from" a land,
with no doer named, comes from that land; what a weapon fired or launched from somewhere goes on to hit or damage is
the target of the launch.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event as _has


@pytest.mark.slow
def test_crowd_named_by_size_before_misread_verb(nlp) -> None:
    evs = _events(nlp, "Thousands protest in Tel Aviv against the new judges bill.")
    assert _has(evs, "14", "ISR")
    evs = _events(nlp, "Tens of thousands march in Lisbon against the housing minister.")
    assert _has(evs, "14", "PRT", "PRT")


@pytest.mark.slow
def test_weapon_fired_from_a_land_has_that_land_as_source(nlp) -> None:
    evs = _events(nlp, "A rocket fired from Gaza kills two Israeli soldiers near a kibbutz.")
    assert _has(evs, "19", "PSE", "ISR")
    evs = _events(nlp, "A rocket fired from Syria kills three Turkish farmers at dawn.")
    assert _has(evs, "19", "SYR", "TUR")


@pytest.mark.slow
def test_what_a_launched_weapon_hits_is_the_target(nlp) -> None:
    evs = _events(nlp, "A drone launched from Lebanon damages a house in Haifa.")
    assert _has(evs, "19", "LBN", "ISR")
    evs = _events(nlp, "A drone launched by the rebels damages a fuel depot in Kharkiv.")
    assert _has(evs, "19", None, "UKR")
