"""Session 13, lead: a sentence does not open with a command in news, so a capitalised base-form verb the parser
reads before its "object" ("Aid [the] convoys") is the first word of a noun phrase, not an act of aid."""

from __future__ import annotations

import pytest
from helpers_events import all_events


@pytest.mark.parametrize("text", [
    "Aid convoys from Jordan arrive in Gaza on Sunday.",
    "Aid barges from Cyprus dock at a new pier in Gaza.",
    "Aid lorries from Egypt enter the Gaza Strip through Rafah.",
])
def test_opening_noun_read_as_a_command_is_no_aid(nlp, text: str) -> None:
    assert not [e for e in all_events(nlp, text) if e.root == "07" and e.trigger.text == "Aid"]


def test_a_real_act_of_aid_is_kept(nlp) -> None:
    events = all_events(nlp, "Japan sends aid to Turkey after the earthquake.")
    assert any(e.root == "07" and e.source is not None and e.source.country == "JPN" for e in events)
