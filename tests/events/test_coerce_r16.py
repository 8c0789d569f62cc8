"""Round 16 coercion and threat coverage: custody told as the outcome of another act, "institute" as a support verb,
and warnings that only comment."""

from __future__ import annotations

import pytest

from eventwire.pipeline import analyze_texts
from eventwire.records import Article


def _events(text: str) -> list[tuple[str | None, str, str | None]]:
    art = Article(id="t", text=text, date="2026-01-05", date_source="field")
    [analysis] = list(analyze_texts([art]))
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in analysis.events if not e.negated and not e.hypothetical]


@pytest.mark.parametrize("text", [
    "The sweep of the harbour district led to the arrest of nine Albanian smugglers.",
    "A week of unrest ended with the detention of four Georgian opposition activists.",
    "The border inquiry resulted in the arrests of six Moldovan customs officers.",
])
def test_custody_told_as_outcome(text: str) -> None:
    assert any(code.startswith("173") for _, code, _ in _events(text))


def test_outcome_arrest_but_not_a_sought_or_possible_one() -> None:
    """The arrest told as what came of an act is coded; one sought by a bounty or only possible is not."""
    assert any(code.startswith("173") for _, code, _ in _events(
        "The customs probe led to the arrest of two Bolivian cartel bosses."))
    assert not any(code.startswith("173") for _, code, _ in _events(
        "Washington offers a bounty for tips leading to the arrest of a Bolivian cartel boss."))
    assert not any(code.startswith("173") for _, code, _ in _events(
        "Officials say the leaked files could lead to the arrest of several Serbian ministers."))


def test_instituted_tariffs_are_a_sanction() -> None:
    assert any(code.startswith("163") for _, code, _ in _events("Brazil institutes steep tariffs on Argentine wheat."))


def test_instituted_curfew() -> None:
    assert any(code.startswith("1723") for _, code, _ in _events("The military council institutes a curfew in Bamako."))


@pytest.mark.parametrize("text", [
    "The Ukrainian health minister warns that Kherson may have lost its last water plant.",
    "The Omani foreign minister warned the escalation in Yemen poses a danger to the whole Gulf.",
])
def test_gloomy_warning_is_no_threat(text: str) -> None:
    """A guess at what has happened ("may have lost") or a clause whose thing subject the parser took for the warned
    party ("warned the escalation poses a danger") is a comment, not a threat."""
    codes = [code for _, code, _ in _events(text)]
    assert not any(code.startswith("13") for code in codes)
    assert any(code == "012" for code in codes)


def test_mission_ordered_to_close_cuts_relations() -> None:
    """A foreign mission ordered to shut is closed by the one who orders it (161), not a mere demand (100)."""
    codes = {code for _, code, _ in _events("Lithuania orders the Belarusian consulate in Klaipeda to close by Friday.")}
    assert "161" in codes
