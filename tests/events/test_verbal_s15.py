"""Conflictual verbal acts (session 15): a party that names another the author of a wrong accuses it (112), "both sides"
accusing each other are the pair named before, a warning of one's own answer is a threat (130), protests placed in towns
across a country are that country's (141), and reduced relations named by "diplomatic" staff or offices, an end of
cooperation or retaliatory duties (16x)."""

from __future__ import annotations

import pytest
from helpers_events import all_events


def _code(nlp, text: str) -> list:
    return [e for e in all_events(nlp, text, "2025-09-14") if not e.negated]


def _has(events: list, source: str | None, cameo: str, target: str | None) -> bool:
    return any((source is None or (e.source is not None and e.source.code.startswith(source))) and e.cameo == cameo
               and (target is None or (e.target is not None and e.target.code.startswith(target))) for e in events)


def _dyads(events: list) -> list:
    return [(e.source and e.source.code, e.cameo, e.target and e.target.code) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # another party named as the author of a wrong by a speech verb's clause
        ("Armenia claimed that Azerbaijan had instigated the border unrest.", "ARM", "112", "AZE"),
        ("Lithuania says Belarus was behind the balloon incursions.", "LTU", "112", "BLR"),
        ("Ecuador insists Colombia masterminded the jailbreak.", "ECU", "112", "COL"),
        ("Sudan says Chad was responsible for the weapons flights.", "SDN", "112", "TCD"),
        # "both sides" / "the two sides" / "each side" on the other: the pair named just before
        ("Skirmishes broke out between Kenya and Somalia. Both sides accuse each other of shelling first.", "KEN", "1123",
         "SOM"),
        ("Skirmishes broke out between Kenya and Somalia. Both sides accuse each other of shelling first.", "SOM", "1123",
         "KEN"),
        ("Gabon and Cameroon clashed over the island. Each side blamed the other for the standoff.", "CMR", "112", "GAB"),
        # the speaker's own answer announced in a warning
        ("Vietnam warned it would respond to the naval patrols.", "VNM", "130", None),
        ("Norway warns that it will take countermeasures against the fishing ban.", "NOR", "130", None),
        # protests in towns across a country
        ("Rallies resumed in towns across Bolivia over fuel shortages.", "BOL", "141", None),
        ("Protests broke out in several Chilean cities over pension cuts.", "CHL", "141", None),
        # reduced relations and retaliatory trade measures
        ("Latvia expels six Belarusian diplomatic personnel.", "LVA", "161", "BLR"),
        ("Moldova closes the Russian diplomatic offices in Balti.", "MDA", "161", "RUS"),
        ("Chad ends security cooperation with Hungary.", "TCD", "161", "HUN"),
        ("Mexico announces retaliatory duties on Brazilian pork.", "MEX", "163", "BRA"),
    ],
)
def test_verbal_conflict_s15(nlp, text: str, source: str | None, cameo: str, target: str | None) -> None:
    events = _code(nlp, text)
    assert _has(events, source, cameo, target), _dyads(events)

