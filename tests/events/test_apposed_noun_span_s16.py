"""A source name whose phrase swallowed the event noun as an apposition ends before the noun's own phrase."""

from __future__ import annotations

import pytest
from helpers_events import all_events


def _sources(nlp, text: str) -> list[tuple[str, str | None, str]]:
    return [(e.source.text, e.source.code, e.cameo) for e in all_events(nlp, text, "2026-03-02") if e.source is not None]


@pytest.mark.slow
def test_source_span_stops_before_an_apposed_attack_noun(nlp) -> None:
    got = _sources(nlp, "Rapid Support Forces (RSF) launch drone strikes on Kassala, Sudan, hitting a power station.")
    strikes = [g for g in got if g[2].startswith("19")]
    assert strikes and all(text == "Rapid Support Forces (RSF)" for text, _, _ in strikes)


@pytest.mark.slow
def test_owner_inside_the_noun_phrase_keeps_its_span(nlp) -> None:
    # the attacker written inside the noun's own phrase is not cut
    got = _sources(nlp, "Russia's missile attack on Kharkiv killed four people.")
    assert any(text == "Russia's" for text, _, _ in got)
