"""A place named as a modifier of an attack noun (session 7; invented sentences): a city, region, capital or
territory before the noun ("the Gaza strikes", "the Kharkiv attack") is where the blow fell, so its country is hit;
a country's name or adjective there ("US strikes", "Israeli strikes") still names the attacker."""

from __future__ import annotations

import pytest
from helpers_events import all_events


def _attacks(nlp, text: str) -> list:
    return [e for e in all_events(nlp, text) if e.root in ("18", "19", "20")]


@pytest.mark.slow
def test_territory_before_strikes_is_hit(nlp) -> None:
    """"Condemned X over the Gaza strikes": the territory is struck, not the striker."""
    evs = _attacks(nlp, "Erdogan rebuked Netanyahu over the recent Gaza strikes.")
    assert evs and all(e.source is None or e.source.country != "PSE" for e in evs)
    assert any(e.target is not None and e.target.country == "PSE" for e in evs)


@pytest.mark.slow
def test_city_before_attack_is_hit(nlp) -> None:
    """"The Kharkiv attack", "the Peshawar bombing": the city's country is the target, never the source."""
    evs = _attacks(nlp, "The governor condemned the Kharkiv attack.")
    assert evs and all(e.source is None for e in evs)
    assert any(e.target is not None and e.target.country == "UKR" for e in evs)
    evs = _attacks(nlp, "Islamabad condemned the Quetta bombing on Monday.")
    assert all(e.source is None or e.source.country != "PAK" for e in evs)


@pytest.mark.slow
def test_city_before_strike_that_kills(nlp) -> None:
    """"The Sumy strike killed ten": the city is no attacker of the dead."""
    evs = _attacks(nlp, "Zelensky said the Poltava strike killed twelve civilians.")
    assert evs and all(e.source is None or e.source.country != "UKR" for e in evs)


@pytest.mark.slow
def test_country_before_attack_keeps_the_attacker(nlp) -> None:
    """Guard: a country's name or adjective before the noun still strikes ("US strikes", "the Russian attack")."""
    evs = _attacks(nlp, "Tehran denounced the US strikes on Tuesday.")
    assert any(e.source is not None and e.source.country == "USA" for e in evs)
    evs = _attacks(nlp, "Kyiv condemned the Russian attack on Odesa.")
    assert any(e.source is not None and e.source.country == "RUS" and e.target is not None and e.target.country == "UKR"
               for e in evs)
    evs = _attacks(nlp, "Beijing criticised the Israeli airstrike.")
    assert any(e.source is not None and e.source.country == "ISR" for e in evs)
