"""Statements, appeals and intents, session 16 (helper intent01): who comments after an appeal, and look-alikes of an
intent to cooperate.

Classes: a participle of comment set off by a comma after an infinitive that an object was asked or allowed to do
("called on Peru to reopen the mine, voicing concern ...") is the asker's comment, not the asked party's; a person put
forward "as" an office ("proposes her deputy as premier"), a debate or a player's contract agreed to and another party
disarmed ("a plan to disarm the militia", "troops disarmed the gunmen") are no intent to cooperate (03) and no
demobilization (0873); a party that will disarm itself stays 0356 (the lexicon's v.disarm and v.disarm_weapons).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, has_event

pytestmark = pytest.mark.slow

#: Comment participles after an appeal or a permission: the source is the one who appealed or allowed.
COMMENT_AFTER_APPEAL = [
    ("Chile called on Bolivia to reopen the border crossings, expressing alarm at the plight of stranded truckers.",
     "012", "CHL"),
    ("Norway eased its export rules, allowing Ukraine to use its rockets, while also urging Sweden to follow.",
     "02", "NOR"),
]


@pytest.mark.parametrize(("text", "code", "src"), COMMENT_AFTER_APPEAL)
def test_comment_after_appeal_is_the_askers(nlp, text, code, src):
    events = counted_events(nlp, text)
    assert has_event(events, code, src=src)
    assert not any(e.cameo.startswith(code) and e.source is not None and e.source.country != src for e in events)


#: No intent to cooperate (03) and no demobilization (0873).
NO_INTENT = [
    "The ruling coalition proposes Senator Amaral as the new prime minister of Portugal.",
    "Governor Hale and Senator Brandt agree to a televised debate in late October.",
    "Israel plans to disarm Hezbollah before the end of the winter.",
    "Moroccan soldiers disarmed 40 Algerian border guards who crossed the frontier.",
]


@pytest.mark.parametrize("text", NO_INTENT)
def test_look_alike_is_no_intent(nlp, text):
    assert not [e for e in all_events(nlp, text) if e.cameo[:2] == "03" or e.cameo == "0873"]
