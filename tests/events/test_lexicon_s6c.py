"""Session-6 gap sweep of the lexicon (classes of phrasing, not single words): captives set free or let go,
aid let in to a place or its convoys blocked, armed forces engaging an enemy, pushing into a place or committed to a
front, and relations reduced or scaled down; each with the code it must get, and guards for look-alikes that are
no event of that root (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, has_event

# (sentence, CAMEO code, source country/code, target country/code)
GAP_CASES = [
    # 08 captives set free or let go (0841)
    ("The militia set free four Kenyan hostages on Friday.", "0841", None, "KEN"),
    ("The rebels in Mali set the French detainees free after mediation.", "0841", None, "FRA"),
    ("The kidnappers let go two Italian journalists.", "0841", None, "ITA"),
    # 08 aid let in to a place (0863)
    ("Egypt let aid into Sudan on Wednesday.", "0863", "EGY", "SDN"),
    ("Jordan let fuel trucks into Syria.", "0863", "JOR", "SYR"),
    # 19 blocked aid convoys restrict movement (191)
    ("Ethiopian troops blocked aid convoys to Tigray.", "191", "ETH", None),
    # 19 armed forces fighting a named enemy (190)
    ("The Sudanese army engaged the RSF near Omdurman.", "190", "SDN", "SDN"),
    ("The Malian army engaged in heavy fighting with the rebels.", "190", "MLI", None),
    ("The Chadian army and Sudanese rebels engaged in fierce fighting.", "190", "TCD", "SDN"),
    ("Turkish troops pushed into northern Syria.", "190", "TUR", "SYR"),
    # 15 troops committed to a front (154)
    ("France committed troops to the mission in Estonia.", "154", "FRA", "EST"),
    # 16 relations reduced (161)
    ("Colombia reduced relations with Israel.", "161", "COL", "ISR"),
    ("Sweden scaled down ties with Iran.", "161", "SWE", "IRN"),
]

# Look-alikes of the phrasings above that are no event of that root.
GUARD_CASES = [
    ("The committee set a deadline for the report.", "08"),
    ("The firm engaged two lawyers for the merger.", "19"),
    ("The volunteers pushed into the crowded hall.", "19"),
    ("The factory let go two hundred workers last month.", "08"),
    ("Customs officers blocked a shipment of counterfeit watches.", "19"),
    ("The senators blocked aid to the farmers.", "19"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "code", "source", "target"), GAP_CASES)
def test_gap_phrasing_gets_its_code(
    nlp, text: str, code: str, source: str | None, target: str | None
) -> None:
    """Each phrasing codes its act between the named parties."""
    events = counted_events(nlp, text)
    assert has_event(events, code, source, target), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "root"), GUARD_CASES)
def test_gap_look_alike_is_no_event_of_that_root(nlp, text: str, root: str) -> None:
    """A look-alike with no captive, no armed subject or no convoy codes nothing of the root."""
    assert not any(e.cameo.startswith(root) for e in counted_events(nlp, text))


@pytest.mark.slow
def test_the_side_engaged_in_a_fight_is_the_target(nlp) -> None:
    """"X engaged Y in a gunfight": the "engaged in" entry also reads the engaged side, the verb's object."""
    evs = counted_events(nlp, "Sudanese rebels engaged Chadian border guards in a gunfight near the frontier on Sunday.")
    assert has_event(evs, "190", "SDN", "TCD")
