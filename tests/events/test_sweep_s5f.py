"""Frames, session 5 (round 3 sweep): clause shapes that lost a party of an otherwise coded act.

Classes: a named country as the antecedent of a passive relative with a "by" agent ("Chad, which was raided by Niger
...") is the target; the subject of a main clause with no object of its own underwent "after being <done> by X"; a
headline passive without its auxiliary ("Chad raided by Niger") has the agent as the doer and the subject as the
patient; "the invasion by Chad of Niger": the "of" patient the parser hangs on a country named as the "by" agent.
Each class has a guard that must stay as it was.

Every sentence is invented for these tests; each table is one class of language.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples

pytestmark = pytest.mark.slow


#: "X, which was <done> by Y": the country the relative clause is about underwent the act.
RELATIVE_PASSIVE = [
    ("Chad, which was raided by Niger last week, said it would respond.", ("170", "NER", "TCD")),
    ("Peru, which was condemned by Chile on Monday, recalled its envoy.", ("111", "CHL", "PER")),
    ("Latvia, which was visited by Estonia in May, signed a trade pact.", ("042", "EST", "LVA")),
]

#: "X protested after being <done> by Y": with no object of the main verb, its subject underwent the act.
AFTER_BEING = [
    ("Chad protested after being shelled by Niger.", ("194", "NER", "TCD")),
    ("Bolivia complained after being sanctioned by Chile.", ("163", "CHL", "BOL")),
]

#: "X <done> by Y": a headline passive without its auxiliary.
HEADLINE_PASSIVE = [
    ("Chad raided by Niger", ("170", "NER", "TCD")),
    ("Bolivia sanctioned by Chile", ("163", "CHL", "BOL")),
]

#: "the <act> by X of Y": the patient of the act, hung on the agent country by the parser.
NOMINAL_BY_OF = [
    ("The invasion by Chad of Niger drew wide criticism.", ("190", "TCD", "NER")),
    ("The expulsion by Peru of Bolivia was unexpected.", ("174", "PER", "BOL")),
]


@pytest.mark.parametrize(("text", "event"), RELATIVE_PASSIVE)
def test_country_antecedent_of_a_passive_relative_is_the_target(nlp, text: str, event: tuple[str, str, str]) -> None:
    assert event in coded_triples(nlp, text)


@pytest.mark.parametrize(("text", "event"), AFTER_BEING)
def test_subject_underwent_after_being_done(nlp, text: str, event: tuple[str, str, str]) -> None:
    assert event in coded_triples(nlp, text)


def test_after_being_with_main_object_keeps_the_object(nlp) -> None:
    """'the court jailed X after being ...' stays with the object, not the court (guard)."""
    coded = coded_triples(nlp, "Chile expelled the Peruvian ambassador after being accused by Peru of spying.")
    assert not any(code == "112" and target == "CHL" for code, _, target in coded)


@pytest.mark.parametrize(("text", "event"), HEADLINE_PASSIVE)
def test_headline_passive_agent_acts(nlp, text: str, event: tuple[str, str, str]) -> None:
    coded = coded_triples(nlp, text)
    assert event in coded
    assert not any(source == event[2] for _, source, _ in coded)


@pytest.mark.parametrize(("text", "event"), NOMINAL_BY_OF)
def test_of_patient_on_the_by_agent_is_the_target(nlp, text: str, event: tuple[str, str, str]) -> None:
    assert event in coded_triples(nlp, text)


def test_of_phrase_of_a_person_agent_names_no_target(nlp) -> None:
    """'by President X of Chad': the person's own country, not a patient (guard)."""
    coded = coded_triples(nlp, "The invasion by President Mahamat Deby of Chad drew criticism.")
    assert not any(target == "TCD" and code.startswith("19") for code, _, target in coded)
