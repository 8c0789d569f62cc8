"""Headline verbs the small parser misreads (session 14): a verb given its subject but hung on its object noun as a
modifier, a person sentenced by a court in a place read as a name joined to the court, and a verb hung on the first
noun of its object, itself tagged as a verb."""

from __future__ import annotations

import pytest
from helpers_events import all_events


def _code(nlp, text: str) -> list:
    return [e for e in all_events(nlp, text, "2025-06-10") if not e.negated]


def _has(events: list, source: str, cameo: str, target: str | None) -> bool:
    return any(e.source is not None and e.source.code.startswith(source) and e.cameo == cameo
               and (target is None or (e.target is not None and e.target.code.startswith(target))) for e in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "cameo", "target"),
    [
        # the verb keeps its subject but is hung on its object, which heads the clause
        ("Turkey's forces pound Afrin.", "TURMIL", "194", "SYR"),
        ("Rwanda's troops pound Goma.", "RWAMIL", "194", "COD"),
        ("Ethiopia's forces pound Mekelle.", "ETHMIL", "194", "ETH"),
        ("Two drivers are killed when armed separatists attack vehicles near Kumba, Cameroon.", "CMRREB", "180", "CMR"),
        # the person sentenced read as a name joined to the court of the place phrase
        ("A court in Mali sentences former minister Ibrahim Yacouba to five years in prison.", "MLIJUD", "173", "MLI"),
        # the object's first noun tagged as a verb, with the headline verb hung on it
        ("Qatar hosts ceasefire negotiations between Congo and the M23.", "QAT", "043", "COD"),
    ],
)
def test_misread_headline_verbs_s17(nlp, text: str, source: str, cameo: str, target: str | None) -> None:
    events = _code(nlp, text)
    assert _has(events, source, cameo, target), [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                                                 for e in events]
