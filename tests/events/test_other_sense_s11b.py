"""Verb and noun triggers whose object is used in a sense that makes no political event: a running count "brought"
to a figure, a service call received, a craft called a probe, a product's support ended, a candidate's campaign
suspended, a trading ship's cargo carried, a state's own stockpile increased, a participle that only says which
people are meant, and plain people or things on the move.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


#: (sentence, root that must not be counted)
OTHER_SENSE = [
    ("Kenya reports 512 new cholera infections, bringing the national total of confirmed cases to 14,200.", "11"),
    ("Peru logs 90 more deaths, bringing the overall tally of reported cases to 3,100.", "11"),
    ("Police in Ohio received an emergency call about a shooting at the mall.", "04"),
    ("A Japanese space probe launched in 2019 reaches the asteroid.", "09"),
    ("Apple ends support for older iPhones.", "16"),
    ("The former senator suspends his presidential campaign.", "16"),
    ("A bulk carrier carrying grain to Lebanon is struck by a drone.", "07"),
    ("Chile says it will increase its stockpile of artillery shells.", "03"),
]


@pytest.mark.parametrize(("text", "root"), OTHER_SENSE)
def test_object_in_other_sense_is_no_event(nlp, text: str, root: str) -> None:
    evs = _events(nlp, text)
    assert not [e for e in evs if e.cameo.startswith(root)], [(e.source, e.target, e.cameo, e.rule) for e in evs]



#: a participle that only says which people are meant, or plain people and things on the move: no visit, appeal or aid
PEOPLE_DESCRIBED = [
    ("Britain tightens visa rules for Ghanaian nationals traveling to the UK.", "04"),
    ("The ministry sues a firm for discrimination against people seeking or granted asylum.", "02"),
    ("The ministry sues a firm for discrimination against people seeking or granted asylum.", "07"),
    ("Soldiers kill at least 20 Sudanese seeking food at a distribution point.", "03"),
    ("Displaced families in the region are heading north to Tyre.", "04"),
    ("The Olympic torch arrives in Athens.", "04"),
]


@pytest.mark.parametrize(("text", "root"), PEOPLE_DESCRIBED)
def test_people_described_or_on_the_move_is_no_event(nlp, text: str, root: str) -> None:
    evs = _events(nlp, text)
    assert not [e for e in evs if e.cameo.startswith(root)], [(e.source, e.target, e.cameo, e.rule) for e in evs]


#: "protesters opposed to X": the stance says which protesters, even when the parser makes "opposed" the main verb
OPPOSED_DESCRIBING = [
    "Protesters opposed to the new tax storm the parliament in Nairobi.",
    "Clashes between demonstrators opposed to the president and riot police leave four dead in Conakry.",
]


@pytest.mark.parametrize("text", OPPOSED_DESCRIBING)
def test_opposed_to_describing_people_is_no_rejection(nlp, text: str) -> None:
    evs = _events(nlp, text)
    assert not [e for e in evs if e.cameo.startswith("12")], [(e.source, e.target, e.cameo, e.rule) for e in evs]
