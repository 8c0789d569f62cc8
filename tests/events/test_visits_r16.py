"""Visits, round 16: a visit told by a noun with no destination keeps the host the sentence names elsewhere - the
state leader whose clause happens during the visit, the place that clause happens in, or the partner of the talks the
visit is made for - and the visitor holds those talks."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


def _codes(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in counted_events(nlp, text, "2022-03-10")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mexico's president announces a new rail link during a state visit by the Chilean president.",
         ("CHLGOV", "042", "MEXGOV")),
        ("Students marched in Lima during a visit by the Spanish prime minister.", ("ESPGOV", "042", "PER")),
        ("The talks follow a trip by the Ghanaian president to discuss cocoa prices with the Ivorian president.",
         ("GHAGOV", "042", "CIVGOV")),
    ],
)
def test_visit_host_named_outside_the_noun(nlp, text: str, want: tuple[str, str, str]) -> None:
    assert want in _codes(nlp, text)


@pytest.mark.slow
def test_visitor_holds_the_talks_of_the_purpose_clause(nlp) -> None:
    text = "The talks follow a trip by the Ghanaian president to discuss cocoa prices with the Ivorian president."
    assert ("GHAGOV", "040", "CIVGOV") in _codes(nlp, text)

