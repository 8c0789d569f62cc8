"""Session-6 vocabulary sweep of the lexicon: common news phrasings of an act that the lexicon missed (concern
raised with a state, accusations rebuffed or brushed off, intelligence handed over, aid convoys dispatched, a
caution given, a place on a wanted list), each with the code it must get, and guards for look-alikes that are no
event (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, has_event

# (sentence, CAMEO code, source country/code, target country/code)
SWEEP_CASES = [
    ("Germany raised concerns with China over the naval drills.", "012", "DEU", "CHN"),
    ("The Kremlin rebuffed the accusations from Kyiv.", "016", "RUS", None),
    ("Iran brushed off the allegations made by Israel.", "016", "IRN", None),
    ("Britain handed over intelligence to France.", "064", "GBR", "FRA"),
    ("Jordan passed intelligence to Iraq.", "064", "JOR", "IRQ"),
    ("Egypt dispatched aid convoys to Sudan.", "073", "EGY", "SDN"),
    ("China cautioned Japan against interfering.", "130", "CHN", "JPN"),
    ("Russia put the Estonian prime minister on its wanted list.", "173", "RUS", "EST"),
    ("Russia placed the Lithuanian minister on a wanted list.", "173", "RUS", "LTU"),
]

# Look-alikes of the phrasings above that are no event of that root.
GUARD_CASES = [
    ("The shopkeepers raised the prices of bread.", "01"),
    ("The teacher put the books on the list.", "17"),
    ("The army dispatched supplies.", "07"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "source", "target"), SWEEP_CASES)
def test_sweep_phrasing_gets_its_code(
    nlp, text: str, code: str, source: str | None, target: str | None
) -> None:
    """Each phrasing codes its act between the named parties."""
    events = counted_events(nlp, text)
    assert has_event(events, code, source, target), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), GUARD_CASES)
def test_sweep_look_alike_is_no_event_of_that_root(nlp, text: str, root: str) -> None:
    """A look-alike with no actor to act on, or no act of that kind, codes nothing of the root."""
    assert not any(e.cameo.startswith(root) for e in counted_events(nlp, text))
