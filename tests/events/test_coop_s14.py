"""Cooperation language (session 14): partners of mutual acts and talks about a truce.

Every sentence is invented for these tests. A subject that stands for a pair named just before ("the two sides", "both
countries", "they") is that pair; a list member hung on the last word of a long state name ("the Republic of the Gambia
and Senegal") is a partner; a broker named in a hyphenated participle ("Qatar-mediated talks") is no partner; "truce
talks" are talks (040), not a truce (0871); what an aid "package" holds says what it is ("a package of sanctions" is
no loan, "a package of measures" no aid at all); the receiver of aid may hang on its sum ("aid worth X for Y").
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events, dyads


def _pairs(nlp, text: str, root: str) -> set[tuple[str | None, str | None]]:
    return dyads(counted_events(nlp, text), (root,))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "root", "a", "b"),
    [
        ("Ghana and Togo held two days of talks in Lome. The two sides agreed to reopen their shared border crossings.",
         "03", "GHA", "TGO"),
        ("Chile and Bolivia met in La Paz on Monday. Both countries signed a pact on lithium exports.", "05", "CHL", "BOL"),
        ("Laos and Thailand held a round of talks in Vientiane. They agreed to resume flights between their capitals.",
         "03", "LAO", "THA"),
    ],
)
def test_pair_named_before_is_the_partners(nlp, text: str, root: str, a: str, b: str) -> None:
    """'The two sides', 'both countries' or 'they' after a pair named just before: each with the other; "between the
    two countries" after another pair is no subject, and not that pair."""
    got = _pairs(nlp, text, root)
    assert (a, b) in got and (b, a) in got, got
    other = "Mali and Niger praise a plan by Norway and Iceland to resume talks between the two countries."
    assert ("NOR", "ISL") not in _pairs(nlp, other, "04")


@pytest.mark.slow
def test_member_after_a_long_state_name_is_a_partner(nlp) -> None:
    """'The Democratic Republic of the Congo and Burundi sign ...': Burundi signs too."""
    got = _pairs(nlp, "The Democratic Republic of the Congo and Burundi sign a treaty on fishing rights.", "05")
    assert ("COD", "BDI") in got and ("BDI", "COD") in got, got


@pytest.mark.slow
def test_named_broker_is_no_partner(nlp) -> None:
    """'A and B agree to a truce after Kenya-mediated talks': A and B with each other, Kenya is no target."""
    for text, a, b, broker in [
        ("Uganda and Burundi have agreed to a truce following Kenya-mediated talks.", "UGA", "BDI", "KEN"),
        ("Peru and Ecuador agree to a Brazil-brokered deal on the river border.", "PER", "ECU", "BRA"),
    ]:
        got = _pairs(nlp, text, "03")
        assert (a, b) in got and (b, a) in got, got
        assert not any(t == broker for _, t in got), got


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Sudan and South Sudan resume ceasefire talks in Juba.",
        "Ceasefire talks between Israel and Hamas resume in Cairo.",
    ],
)
def test_truce_talks_are_talks(nlp, text: str) -> None:
    """'Truce talks' are consultations (040), not a truce declared (0871)."""
    evs = counted_events(nlp, text)
    codes = {e.cameo for e in evs}
    assert "040" in codes and not any(c.startswith("087") for c in codes), codes
    assert len([e for e in evs if e.cameo == "040"]) <= 2  # each way once, not twice


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "bad", "want"),
    [
        ("Canada will introduce a new package of sanctions on the Belarusian economy.", "03", "13"),
        ("Sweden announces a new package of weapons for Estonia.", "071", "072"),
        ("Spain announces a package of measures against Morocco.", "07", None),
    ],
)
def test_what_a_package_holds(nlp, text: str, bad: str, want: str | None) -> None:
    """A package of sanctions is a sanction (threatened when still to come), one of weapons military aid, one of
    measures no aid."""
    codes = [e.cameo for e in counted_events(nlp, text)]
    assert not any(c.startswith(bad) for c in codes), codes
    if want is not None:
        assert any(c.startswith(want) for c in codes), codes


@pytest.mark.slow
def test_receiver_hung_on_the_sum(nlp) -> None:
    """'military aid worth 3 billion crowns for Moldova': the receiver hangs on the sum, and is the target."""
    evs = counted_events(nlp, "Norway approves military aid worth 3 billion crowns for Moldova.")
    assert any(e.cameo == "072" and e.target is not None and e.target.country == "MDA" for e in evs), evs
