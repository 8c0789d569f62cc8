"""Yield and demand, round 16: a state's command to its own army or police is no demand (10); lifting, easing or
relaxing a lockdown, a mask mandate or an entry requirement eases restrictions (081), not sanctions or a mission's
end; leaving a regional cooperation group or format reduces relations (160), no retreat of troops (0874)."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


def _codes(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in counted_events(nlp, text, "2022-03-10")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi prime minister ordered the security forces to track down the men who shelled the airport.",
        "The Kenyan government orders the army to guard the northern dams against looters.",
    ],
)
def test_order_to_own_forces_is_no_demand(nlp, text: str) -> None:
    assert not any(c.startswith("10") for _, c, _ in _codes(nlp, text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Portugal lifts its indoor mask mandate for cafes and cinemas.",
        "Chile eases its weekend lockdown in the southern provinces.",
        "Latvia relaxes its entry rules for vaccinated tourists.",
        "Quebec ends its mask mandate in primary schools.",
    ],
)
def test_lifting_a_mandate_or_lockdown_eases_restrictions(nlp, text: str) -> None:
    assert "081" in [c for _, c, _ in _codes(nlp, text)]


@pytest.mark.slow
def test_leaving_a_cooperation_group_reduces_relations(nlp) -> None:
    codes = _codes(nlp, "Lithuania withdraws from the regional trade cooperation group led by Beijing.")
    assert any(c == "160" for _, c, _ in codes)
    assert not any(c == "0874" for _, c, _ in codes)
