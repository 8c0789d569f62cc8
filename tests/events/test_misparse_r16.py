"""Headline verbs the small parser misreads, session 16 (helper misparse4): a body named with no place before a verb
form in "-s" ("The Greek government fines Airbnb"), read as a compound of a plural noun ("government fines") in a
sentence with no verb at all. The words say it: the body's phrase opens the sentence, its singular noun agrees with
the "-s" form, and the object is the noun phrase right after the verb (`_verb_after_placed_agent` with `bare`).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: (sentence, code, source's country, target's country)
BARE_AGENT_VERBS = [
    ("The Greek government fines Airbnb over unpaid taxes.", "172", "GRC", "USA"),
    ("The Portuguese government fines Airbnb.", "172", "PRT", "USA"),
    ("The Spanish government fines Meta.", "172", "ESP", "USA"),
]


@pytest.mark.parametrize(("text", "code", "src", "tgt"), BARE_AGENT_VERBS)
def test_verb_after_bare_agent_is_the_act(nlp, text, code, src, tgt):
    evs = [e for e in _events(nlp, text) if e.cameo == code]
    assert any(e.source is not None and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in evs)


def test_bare_agent_keeps_the_subject_phrase(nlp):
    """The source is the government's phrase, not the verb or the object after it."""
    evs = [e for e in _events(nlp, "The Portuguese government fines Airbnb.") if e.cameo == "172"]
    assert evs and all(e.source is not None and "fines" not in e.source.text for e in evs)
    assert all(e.target is not None and e.target.text == "Airbnb" for e in evs)



#: "<Name> <verb>s and <verb>s <object>": both verbs read as nouns, the first the root with the subject, the second its
#: conjunct, the object a further conjunct (or object) of the root. (sentence, code of the second verb, target's country)
SECOND_VERB_AFTER_AND = [
    ("China convicts and sentences Canadian citizen Mark Lund to life in prison for spying.", "173", "CAN"),
    ("Iran convicts and sentences French teacher Anne Roux to ten years in prison.", "173", "FRA"),
]


@pytest.mark.parametrize(("text", "code", "tgt"), SECOND_VERB_AFTER_AND)
def test_second_misread_verb_shares_subject_and_object(nlp, text, code, tgt):
    evs = [e for e in _events(nlp, text) if e.cameo == code]
    assert any(e.source is not None and e.source.code and e.target is not None and e.target.country == tgt for e in evs)


def test_first_misread_verb_gets_the_object_after_the_second(nlp):
    """"Russia arrests and charges ...": the arrest's target is the person named after the second verb."""
    evs = [e for e in _events(nlp, "Russia arrests and charges American journalist Tom Hale with espionage.")
           if e.cameo == "173"]
    assert any(e.source is not None and e.source.country == "RUS" and e.target is not None
               and e.target.country == "USA" for e in evs)
