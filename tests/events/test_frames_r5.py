"""Language classes of news-agency leads, round 5 (sentences written for these tests).

One test per class: force vowed or used against an armed group ("vowed to crush the militants"), attacks on a
relief convoy (assault, 18x, not fighting), and acts that draw criticism "from" others ("drew condemnation from").
"""

from __future__ import annotations

from functools import partial

import pytest
from helpers_events import counted_events

from eventwire.records import Event

pytestmark = pytest.mark.slow

_events = partial(counted_events, date="2015-05-01")


def _codes(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


def _has(events: list[Event], code: str, src: str | None = None, tgt: str | None = None) -> bool:
    return any(c.startswith(code) and (src is None or s == src) and (tgt is None or t == tgt)
               for c, s, t in _codes(events))


@pytest.mark.parametrize(("text", "code", "src"), [
    ("The Nigerian president vowed on Monday to crush the insurgents in the northeast.", "13", "NGA"),
    ("Pakistan's army chief vowed to wipe out the militants behind the school attack.", "13", "PAK"),
    ("Colombian troops crushed the rebels in a two-day battle near the border, the army said.", "19", "COL"),
])
def test_force_against_armed_group(nlp, text: str, code: str, src: str) -> None:
    """Crushing, defeating or wiping out an armed group is force (19x); vowed, a threat (13x)."""
    evs = _events(nlp, text)
    assert _has(evs, code, src), _codes(evs)


def test_defeat_in_election_is_no_force(nlp) -> None:
    """"Defeated the incumbent" is an election result, not force against an armed group."""
    evs = _events(nlp, "The opposition leader defeated the Kenyan president in the runoff on Sunday.")
    assert not any(c[:2] in ("13", "19") for c, _, _ in _codes(evs)), _codes(evs)


def test_relief_convoy_attacked_is_assault(nlp) -> None:
    """Gunmen attacking an aid convoy assault it (18x); a military convoy is fought (19x)."""
    aid = _events(nlp, "A UN food convoy was attacked by gunmen in South Sudan on Friday, officials said.")
    assert _has(aid, "18"), _codes(aid)
    mil = _events(nlp, "Militants attacked a Pakistani army convoy in Waziristan on Friday.")
    assert _has(mil, "19"), _codes(mil)


def test_drew_condemnation_from(nlp) -> None:
    """"X's act drew condemnation from Y": Y criticises X (111), the reaction's makers are the sources."""
    evs = _events(nlp, "Iran's missile launch drew sharp criticism from France and Germany on Tuesday.")
    assert _has(evs, "11", "FRA", "IRN") and _has(evs, "11", "DEU", "IRN"), _codes(evs)


def test_drew_crowds_is_no_criticism(nlp) -> None:
    """"Drew large crowds" names no reaction of disapproval: no 11x event."""
    evs = _events(nlp, "The French president's visit to Algeria drew large crowds from the capital.")
    assert not _has(evs, "11"), _codes(evs)


def test_apply_for_membership(nlp) -> None:
    """A state applying for membership of a bloc appeals to it (02x); applying for asylum stays 023."""
    evs = _events(nlp, "Moldova applied for membership in NATO on Friday, the foreign ministry said.")
    assert _has(evs, "02", "MDA", "IGO"), _codes(evs)


@pytest.mark.parametrize(("text", "code", "src", "tgt"), [
    ("Two Iranian officials were sanctioned by the United States on Tuesday.", "16", "USA", "IRN"),
    ("The Russian ambassador was summoned by the Polish foreign ministry on Friday.", "11", "POL", "RUS"),
    ("A Turkish journalist was detained by police in Istanbul on Monday, his lawyer said.", "17", "TUR", "TUR"),
])
def test_passive_leads(nlp, text: str, code: str, src: str, tgt: str) -> None:
    """Passive leads: the "by" agent acts on the passive subject."""
    evs = _events(nlp, text)
    assert _has(evs, code, src, tgt), _codes(evs)


def test_urged_restraint_after_clashes(nlp) -> None:
    """"Urged restraint after the clashes between A and B": an appeal (02x); the time phrase's sides are no target."""
    evs = _events(nlp, "The United Nations urged restraint after the clashes between India and Pakistan.")
    assert _has(evs, "02", "IGO"), _codes(evs)
    assert not any(c[:2] == "02" and t in ("IND", "PAK") for c, _, t in _codes(evs)), _codes(evs)
