"""Frames, session 6: acts lost or given to the wrong side by the shape of the parse, where the lexicon has the words.

Classes: two names joined as the subject of a headline verb of a mutual act ("Chile and Peru exchange fire") when the
parser splits them, joining the first name to the object noun and hanging the second name and the verb on that noun
as modifiers; the same when the tagger takes the lower-case verb for a third name; and a clause after "after",
"before", "as" ... that the parser reads as a preposition with an object ("after a bomb kills four soldiers"): the
object is the clause's subject, not the main clause's subject; the sides of a fight hung on its place ("fighting erupts in
Goma between X and Y") fight each other; a headline verb read as a noun whose object hangs on its particle ("The Iranian
army shoots down a drone") keeps that object. Each class has guards that must stay as they are.

Every sentence is invented for these tests; each table is one class of language.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples

pytestmark = pytest.mark.slow


#: "India and Pakistan exchange fire": both names act on each other, whichever way the parser splits them.
SPLIT_PAIRS = [
    ("Chile and Peru exchange fire along their shared frontier.", ("193", "CHL", "PER"), ("193", "PER", "CHL")),
    ("Israel and Hezbollah trade fire across the northern frontier.", ("193", "ISR", "LBNREBHEZ"),
     ("193", "LBNREBHEZ", "ISR")),
    ("The United States and Iran exchange fire in the Gulf of Oman.", ("193", "USA", "IRN"), ("193", "IRN", "USA")),
    ("Sudanese troops and the RSF exchange fire in Omdurman.", ("193", "SDNMIL", "SDNREBRSF"),
     ("193", "SDNREBRSF", "SDNMIL")),
]


@pytest.mark.parametrize(("text", "one", "other"), SPLIT_PAIRS)
def test_split_pair_of_names_acts_both_ways(nlp, text: str, one: tuple[str, str, str],
                                            other: tuple[str, str, str]) -> None:
    got = coded_triples(nlp, text)
    assert one in got and other in got, got


#: "Armenia and Azerbaijan exchange gunfire": the verb tagged as a third name is still the verb.
VERB_TAGGED_AS_NAME = [
    ("Armenia and Azerbaijan exchange gunfire near the frontier.", ("193", "AZE")),
    ("Serbia and Croatia exchange gunfire near the river crossing.", ("193", "HRV")),
]


@pytest.mark.parametrize(("text", "event"), VERB_TAGGED_AS_NAME)
def test_lower_case_verb_tagged_as_a_name(nlp, text: str, event: tuple[str, str]) -> None:
    got = coded_triples(nlp, text)
    assert any(code == event[0] and src == event[1] for code, src, _t in got), got


#: noun phrases with the same words stay noun phrases: no act of fire or trade by anyone
SPLIT_GUARDS = [
    "The report on India and the Pakistan exchange rate was published.",
    "Officials from Chile and the Peru trade office met on Monday.",
    "Delegates from Kenya and the Uganda trade ministry met in Nairobi.",
]


@pytest.mark.parametrize("text", SPLIT_GUARDS)
def test_noun_phrases_are_no_split_pair(nlp, text: str) -> None:
    got = coded_triples(nlp, text)
    assert not any(code.startswith(("19", "06")) for code, _s, _t in got), got


#: "after an ambush kills nine officers": the clause's own subject acts, not the main clause's subject; a bomb that
#: kills is a bombing.
FRONTED_SUBJECT = [
    ("Police detain five suspects after an ambush in Zamfara kills nine officers.", "NGACOP", "19", "NGAMIL"),
    ("Police detain four men after a bomb in Quetta kills two Pakistani soldiers.", "PAKCOP", "183", "PAKMIL"),
    ("Troops sealed the town after a bomb in Quetta killed two soldiers.", "PAKMIL", "183", "PAKMIL"),
]


@pytest.mark.parametrize(("text", "main_subject", "code", "victims"), FRONTED_SUBJECT)
def test_clause_subject_read_as_object_is_not_the_main_subject(nlp, text: str, main_subject: str, code: str,
                                                                victims: str) -> None:
    got = coded_triples(nlp, text)
    tolls = [(c, src) for c, src, tgt in got if tgt == victims and c[:2] in ("18", "19")]
    assert any(c.startswith(code) for c, _s in tolls), got
    assert all(src != main_subject for _c, src in tolls), got


#: a real clause with its own subject, or a preposition with a noun, is left as it was
FRONTED_GUARDS = [
    ("Kenya recalled its envoy after Uganda expelled two Kenyan diplomats.", ("161", "UGA", "KENGOV")),
    ("Chad closed its border after Sudanese militias attacked a camp.", ("190", "SDNREB", None)),
]


@pytest.mark.parametrize(("text", "event"), FRONTED_GUARDS)
def test_clauses_with_their_own_subject_keep_it(nlp, text: str, event: tuple[str, str, str | None]) -> None:
    got = coded_triples(nlp, text)
    assert any(code == event[0] and src == event[1] for code, src, _t in got), got


#: "fighting erupts in Goma between X and Y": the sides hung on the place are the sides of the fight, each way.
PLACED_SIDES = [
    ("Fighting erupts in Goma between Congolese troops and M23 rebels.", "CODMIL", "CODREBM23"),
    ("Fighting erupts in Sake between Congolese troops and M23 rebels.", "CODMIL", "CODREBM23"),
]


@pytest.mark.parametrize(("text", "one", "other"), PLACED_SIDES)
def test_sides_hung_on_the_place_fight_each_other(nlp, text: str, one: str, other: str) -> None:
    got = coded_triples(nlp, text)
    fights = {(src, tgt) for code, src, tgt in got if code.startswith("19")}
    assert (one, other) in fights and (other, one) in fights, got


#: talks are no fight: their place keeps its "between" phrase as before (each side talks with the other)
def test_talks_between_sides_are_unchanged(nlp) -> None:
    got = coded_triples(nlp, "Talks in Doha between Israel and Hamas resume on Monday.")
    assert ("040", "ISR", "PSEREBHMS") in got and not any(code.startswith("19") for code, _s, _t in got), got


#: "The Iranian army shoots down a drone": the headline verb read as a noun, its object hung on the particle.
PARTICLE_OBJECT = [
    ("The Iranian army shoots down an Israeli drone over Tabriz.", ("190", "IRNMIL", "ISR")),
    ("The Iranian army shoots down an Israeli drone near Isfahan.", ("190", "IRNMIL", "ISR")),
]


@pytest.mark.parametrize(("text", "event"), PARTICLE_OBJECT)
def test_object_hung_on_the_particle_of_a_misread_verb(nlp, text: str, event: tuple[str, str, str]) -> None:
    got = coded_triples(nlp, text)
    assert event in got, got
