"""Argument slots and their evidence spans: every coded actor's text is the actor's own words (a list member's own
name, not the list or the verb after it; a whole known name, not its first word; no clause the parser hung between a
head and its apposition), and the subject of a verb of degree or of a plan over a nominal or embedded act is its
source. Offsets always index the article text.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _offsets_hold(text: str, evs) -> None:
    for e in evs:
        for ref in (e.source, e.target):
            if ref is not None:
                assert text[ref.start:ref.end] == ref.text, (ref, e.cameo)


#: "A, B, and the C launch rockets at X" read as a compound noun: every listed name fires, each with its own words.
LISTS_BEFORE_MISREAD_VERBS = [
    ("Hamas, Islamic Jihad, and the Houthis launch rockets at Israel.", {"Hamas", "Islamic Jihad", "the Houthis"}),
    ("Iraq, Syria, and the Houthis fire missiles at Israel.", {"Iraq", "Syria", "the Houthis"}),
]


@pytest.mark.parametrize(("text", "sources"), LISTS_BEFORE_MISREAD_VERBS)
def test_each_listed_name_is_a_source(nlp, text: str, sources: set[str]) -> None:
    evs = [e for e in _events(nlp, text) if e.root == "19"]
    assert {e.source.text for e in evs if e.source is not None} == sources, [(e.source, e.cameo) for e in evs]
    _offsets_hold(text, evs)


#: An apposition the parser hangs on a head past a clause: the head's phrase stops before the clause.
APPOSITIONS_PAST_A_CLAUSE = [
    ("Two nurses and a Hamas fighter killed in an Israeli strike on a school in Jabalia]], northern Gaza.", "killed"),
]


@pytest.mark.parametrize(("text", "clause_word"), APPOSITIONS_PAST_A_CLAUSE)
def test_actor_span_stops_before_a_clause(nlp, text: str, clause_word: str) -> None:
    evs = _events(nlp, text)
    assert evs
    for e in evs:
        for ref in (e.source, e.target):
            assert ref is None or clause_word not in ref.text, (ref, e.cameo)
    _offsets_hold(text, evs)


#: "A and B both ...": each listed name is its own source, in its own words (not the whole list).
LISTS_WITH_BOTH = [
    ("Ghana and the United Kingdom both condemn the coup in Niger.", {"Ghana", "the United Kingdom"}),
]


@pytest.mark.parametrize(("text", "sources"), LISTS_WITH_BOTH)
def test_each_listed_source_has_its_own_words(nlp, text: str, sources: set[str]) -> None:
    evs = _events(nlp, text)
    assert {e.source.text for e in evs if e.source is not None} == sources, [(e.source, e.cameo) for e in evs]
    _offsets_hold(text, evs)


def test_whole_known_name_is_the_span(nlp) -> None:
    text = "Egypt says Israel is violating the United Nations General Assembly resolution."
    evs = [e for e in _events(nlp, text) if e.target is not None and e.target.code == "IGOUNO"]
    assert evs and all(e.target.text.endswith("United Nations General Assembly") for e in evs), [e.target for e in evs]
    _offsets_hold(text, evs)


#: "X expands its operation": the subject of a verb of degree over a nominal act is its source, in its own words.
DEGREE_VERBS_WITH_OWN_POSSESSIVE = [
    ("Turkey expands its military operation against Kurdish militants in Syria.", "Turkey"),
    ("Russia intensifies its bombardment of Ukrainian cities.", "Russia"),
]


@pytest.mark.parametrize(("text", "source"), DEGREE_VERBS_WITH_OWN_POSSESSIVE)
def test_subject_of_degree_verb_is_the_source(nlp, text: str, source: str) -> None:
    evs = _events(nlp, text)
    assert evs and all(e.source is not None and e.source.text == source for e in evs), [(e.source, e.cameo) for e in evs]
    _offsets_hold(text, evs)


#: "X announces plans to impose ...": who announces the plan carries it out, also when the parser hangs the
#: infinitive on the plan noun as an `xcomp`, or reads "announces" as the subject of "plans".
PLANS_ANNOUNCED = [
    ("President Ruto announces plans to impose a tariff on Uganda.", "KEN"),
    ("President Tinubu announces plans to impose a levy on Ghana.", "NGA"),
]


@pytest.mark.parametrize(("text", "country"), PLANS_ANNOUNCED)
def test_announcer_of_a_plan_is_the_source(nlp, text: str, country: str) -> None:
    evs = _events(nlp, text)
    assert evs and all(e.source is not None and e.source.country == country for e in evs), [(e.source, e.cameo) for e in evs]
    _offsets_hold(text, evs)


#: A mention never ends inside a name the recogniser found: the whole name is the actor's words.
NAMES_CUT_BY_THE_PHRASE = [
    ("Two Russian Navy frigates in the Sea of Azov shell Ukrainian positions near Mariupol.", "RUSMIL",
     "Two Russian Navy frigates in the Sea of Azov"),
    ("The UN Security Council orders an inquiry into alleged abuses around El-Fasher, North Darfur.", "SDN", "El-Fasher"),
]


@pytest.mark.parametrize(("text", "code", "span"), NAMES_CUT_BY_THE_PHRASE)
def test_mention_takes_the_whole_name(nlp, text: str, code: str, span: str) -> None:
    evs = _events(nlp, text)
    refs = [r for e in evs for r in (e.source, e.target) if r is not None and r.code == code]
    assert refs and all(r.text == span for r in refs), refs
    _offsets_hold(text, evs)


def test_misread_reporter_is_the_pronoun_source(nlp) -> None:
    """"The Israeli military announces that it has struck ...": the parser hangs the speaker's words on the reporting
    verb; the reported clause's "it" is still the speaker, of the demonym's country."""
    text = "The Israeli military announces that it has struck a Hezbollah weapons depot in Lebanon."
    evs = [e for e in _events(nlp, text) if e.root == "19"]
    assert evs and all(e.source is not None and e.source.code == "ISRMIL" for e in evs), [e.source for e in evs]
    _offsets_hold(text, evs)
