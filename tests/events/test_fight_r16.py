"""Armed-fight language, session 16 (helper fight3): a raid that kills, a blow told after "with" by a participle with its
own subject, a new death told after a misread "as" under a rising toll, and a crowd of people in need fired on.

Classes: "the gendarmes kill two smugglers in a night raid" and "eleven men are killed during a raid" are force (19x),
while a raid that searches stays coercion (170); "launches missile strikes on X, with missiles striking A and B" is an
air strike, not repression of a striking crowd; "the toll climbs to 210 as seven more are killed by troops" is a new
killing of seven, not a count nor a mass killing; "opened fire on a crowd of displaced people queuing for flour" is
armed force on people in need, while fire on a crowd of demonstrators stays repression (175).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _codes(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    return [(e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
            for e in _events(nlp, text)]


#: Raids that kill are force (19x), whoever raids and whether or not the raider is named.
KILLING_RAIDS = [
    "French gendarmes kill two smugglers in a night raid near Calais.",
    "Eleven men are killed during a raid on a warehouse in Durban, South Africa.",
]


@pytest.mark.parametrize("text", KILLING_RAIDS)
def test_a_raid_that_kills_is_force(nlp, text):
    codes = _codes(nlp, text)
    assert any(c[:2] == "19" for _, c, _ in codes), codes
    assert not any(c == "170" for _, c, _ in codes), codes
    # a raid that searches stays coercion
    assert ("INDCOP", "170", "INDMED") in _codes(nlp, "Indian police raid the offices of a newspaper in Delhi.")


def test_a_blow_told_after_with_is_no_striking_crowd(nlp):
    codes = _codes(nlp, "Russia launches missile strikes on the Odesa Oblast, with missiles striking Izmail and Reni.")
    assert ("RUS", "195", "UKR") in codes
    assert not any(c[:2] == "17" for _, c, _ in codes), codes


def test_a_new_killing_after_a_misread_as_under_a_toll(nlp):
    codes = _codes(nlp, "The death toll in Khan Younis climbs to 210 as seven more Palestinians are killed by Israeli "
                        "troops.")
    assert any(s == "ISRMIL" and c == "190" for s, c, _ in codes), codes
    assert not any(c[:2] == "20" for _, c, _ in codes), codes
    # a toll alone is a count, no act
    toll = _codes(nlp, "The toll in Darfur rises to 140 killed and 300 injured.")
    assert not [c for c in toll if c[1][:2] in ("18", "19")], toll


def test_fire_on_a_crowd_in_need_is_force_not_repression(nlp):
    codes = _codes(nlp, "Israeli soldiers open fire on a crowd of displaced people queuing for flour in Rafah.")
    assert any(s == "ISRMIL" and c[:2] == "19" for s, c, _ in codes), codes
    assert not any(c[:2] == "17" for _, c, _ in codes), codes
    # a crowd of protest fired on is still repressed
    assert ("KENCOP", "175", "KENCVL") in _codes(nlp, "Kenyan police open fire on a crowd of demonstrators in Mombasa.")
