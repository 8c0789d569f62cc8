"""Language classes of news-agency leads, round 4 (sentences written for these tests).

One test per class: orders that remove a foreign mission, weapons sent to a state, economic objects targeted,
projectiles fired at the one who intercepts them, vehicles on their way, restrictions announced on another
state's flights or trade, headline names read as a bare verb, planned control of territory, frozen trade and
government fines.
"""

from __future__ import annotations

from functools import partial

import pytest
from helpers_events import all_events, counted_events
from helpers_events import has_event as _has

from eventwire.records import Event

pytestmark = pytest.mark.slow


_all = partial(all_events, date="2024-05-01")
_events = partial(counted_events, date="2024-05-01")


def _codes(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Poland ordered the Belarusian ambassador to leave the country within 48 hours.", "POL", "BLR"),
    ("Washington ordered Moscow to close its consulate in San Francisco on Thursday.", "USA", "RUS"),
])
def test_order_removing_a_mission_is_the_removal(nlp, text: str, src: str, tgt: str) -> None:
    """An order to an envoy to leave, or to a state to close its mission, is the break itself (161), not a demand."""
    evs = _events(nlp, text)
    assert _has(evs, "161", src, tgt) and not _has(evs, "10"), _codes(evs)


def test_order_to_residents_stays_a_demand(nlp) -> None:
    """Only envoys and missions: an order to residents to leave is still a demand (10x)."""
    evs = _events(nlp, "The army ordered residents to leave the eastern districts of the city.")
    assert not _has(evs, "16"), _codes(evs)


def test_weapons_sent_to_a_state_are_military_aid(nlp) -> None:
    """Tanks or drones sent to a state are military aid (072); a future sending is an intent (03x), not a threat."""
    assert _has(_events(nlp, "Iran sent hundreds of attack drones to Russia last year, US officials said."),
                "072", "IRN", "RUS")
    evs = _all(nlp, "Norway said on Tuesday it would send eight tanks to Ukraine.")
    assert any(e.cameo.startswith("03") for e in evs) and not any(e.cameo.startswith("13") for e in evs), _codes(evs)


def test_troops_sent_stay_a_deployment(nlp) -> None:
    """Troops sent somewhere are still a military deployment (15x)."""
    assert _has(_events(nlp, "Russia sent troops to the border with Finland on Monday."), "15", "RUS")


def test_economic_object_targeted_is_a_sanction(nlp) -> None:
    """'targeting its diamond trade' is a sanction (163), not a military attack (190)."""
    evs = _events(nlp, "The European Union adopted a new package of measures against Moscow, targeting its oil exports.")
    assert not _has(evs, "19"), _codes(evs)
    assert _has(_events(nlp, "Russian forces targeted Ukrainian power plants overnight."), "19", "RUS", "UKR")


def test_projectile_fired_at_its_interceptor(nlp) -> None:
    """'Israel intercepted a missile fired from Yemen': Yemen fired at Israel (195), and the interception is kept."""
    evs = _events(nlp, "Saudi Arabia intercepted a ballistic missile fired from Yemen on Sunday, the coalition said.")
    assert _has(evs, "195", "YEM", "SAU"), _codes(evs)
    assert _has(evs, "190", "SAU"), _codes(evs)


def test_vehicle_heading_somewhere_is_no_visit(nlp) -> None:
    """'a lorry heading to Lebanon' is no visit (042); a minister heading to a capital still is."""
    assert not _has(_events(nlp, "A lorry heading to Lebanon was seized at the border, customs officials said."), "04")
    assert _has(_events(nlp, "Blinken headed to Cairo on Monday for ceasefire talks."), "042", "USA", "EGY")


def test_restrictions_announced_on_another_states_flights(nlp) -> None:
    """Restrictions announced on flights or exports to a state are sanctions on it (163); domestic rules are not."""
    assert _has(_events(nlp, "Beijing announced new restrictions on flights to Taiwan on Friday."), "163", "CHN", "TWN")
    assert not _events(nlp, "The city council announced new restrictions on traffic in the old town.")


def test_headline_name_read_as_bare_verb(nlp) -> None:
    """'Meloni thanks Modi': the object name tagged a bare verb (VB) is still the one thanked (051)."""
    assert _has(_events(nlp, "Meloni thanks Modi for the invitation."), "051", "ITA", "IND")
    assert _has(_events(nlp, "Scholz thanks Biden for the prisoner swap."), "051", "DEU", "USA")


def test_planned_control_of_territory_is_a_threat(nlp) -> None:
    """A vowed or planned control of territory threatens occupation (1382); a present state of control is no act."""
    assert _has(_all(nlp, "Russia vowed to control the whole of the Donetsk region."), "1382", "RUS", "UKR")
    assert not _events(nlp, "Rebels control the town of Goma, residents said.")


def test_frozen_trade_and_fines(nlp) -> None:
    """Trade frozen with a state is an embargo (163); a government fine is an administrative sanction (172)."""
    assert _has(_events(nlp, "China froze all new trade with Lithuania on Monday."), "163", "CHN", "LTU")
    assert _has(_events(nlp, "Italy's competition authority fined Apple 10 million euros on Tuesday."), "172", "ITA")


def test_plan_owned_by_a_demonym(nlp) -> None:
    """'condemned an Israeli plan to annex ...': the plan's demonym says who plans (1382 by Israel), not the critic."""
    evs = _all(nlp, "Jordan condemned an Israeli plan to annex parts of the Jordan Valley.")
    assert _has(evs, "111", "JOR", "ISR"), _codes(evs)
    assert not [e for e in evs if e.cameo.startswith("13") and e.source and e.source.country == "JOR"], _codes(evs)


def test_trip_to_the_front_line_is_no_visit(nlp) -> None:
    """A leader heading to the front line against rebels makes no visit (042) to the rebels."""
    evs = _events(nlp, "The Ethiopian prime minister headed to the front line against Tigrayan rebels on Sunday.")
    assert not _has(evs, "04"), _codes(evs)
