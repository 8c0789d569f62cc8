"""Reduced passive relatives the small parser reads as active clauses, session 11 (helper partic).

"The governor announces that 18 farmers abducted in June from a village ... have been freed": the parser makes the
farmers the subject of "abducted" and leaves "freed" with no subject, so the victims were coded as the abductors and
the release was lost. The participle is passive (its "subject" is its patient, only a "by" agent acts) and its noun is
the patient of the passive verb after it.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events

pytestmark = pytest.mark.slow

#: (sentence, victims' word, code of the later verb or None when that verb is not coded)
CASES = [
    ("The governor announces that 18 farmers abducted in June from a village in Katsina State have been freed.",
     "farmers", "0841"),
    ("The coast guard announces that 14 fishermen detained in August near the island of Socotra have been freed.",
     "fishermen", "0841"),
    ("The army announces that 60 villagers abducted in January from a market in Kaduna State have been rescued.",
     "villagers", None),
]


@pytest.mark.parametrize(("text", "victims", "later"), CASES)
def test_victims_of_reduced_relative_are_no_perpetrators(nlp, text: str, victims: str, later: str | None) -> None:
    events = all_events(nlp, text)
    assert not any(e.source is not None and victims in e.source.text for e in events)
    assert any(e.cameo[:2] in ("17", "18") and e.target is not None and victims in e.target.text for e in events)
    if later is not None:
        assert any(e.cameo == later and e.target is not None and victims in e.target.text for e in events)


#: (sentence, the people taken captive before, who are now released)
RELEASED_CAPTIVES = [
    ("A spokesperson reports that 45 pupils and teachers kidnapped in March from a school in Kebbi State have been "
     "released.", "pupils"),
    ("Officials announce that 20 worshippers seized in February from a church in Plateau State have been released.",
     "worshippers"),
]


@pytest.mark.parametrize(("text", "captives"), RELEASED_CAPTIVES)
def test_release_of_people_taken_captive_is_release_of_persons(nlp, text: str, captives: str) -> None:
    events = all_events(nlp, text)
    assert any(e.cameo == "0841" and e.target is not None and captives in e.target.text for e in events)
