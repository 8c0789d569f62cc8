"""Parties the session-5 actor-shape sweep found dropped: members joined by "as well as", and the first demonym of a
three-member demonym list that the parser breaks off the sentence.

The small parser rarely makes "as well as" a plain coordinator: it hangs both members on the verb (two subjects or two
objects), the second member on the "as" as its object, or, after a clause marker ("after Kenya as well as Uganda
met ..."), only the second member on the verb. Each shape must still give one event per member.
"""

from __future__ import annotations

from functools import partial

import pytest
from helpers_events import all_events

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code(nlp):
    """Every event of a text published on 2025-06-01."""
    return partial(all_events, nlp, date="2025-06-01")


def _dyads(evs, root):
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs if e.cameo.startswith(root)}


def test_two_subjects_joined_by_as_well_as(code):
    evs = code("Kenya as well as Uganda have condemned France.")
    assert {("KEN", "FRA"), ("UGA", "FRA")} <= _dyads(evs, "11"), [(e.cameo, e.source, e.target) for e in evs]


def test_as_well_as_subject_after_clause_marker(code):
    evs = code("Tensions rose after Kenya as well as Uganda met France.")
    assert {("KEN", "FRA"), ("UGA", "FRA")} <= _dyads(evs, "04"), [(e.cameo, e.source, e.target) for e in evs]


def test_two_objects_joined_by_as_well_as(code):
    evs = code("Kenya accused France as well as Germany of arming rebels.")
    assert {("KEN", "FRA"), ("KEN", "DEU")} <= _dyads(evs, "11"), [(e.cameo, e.source, e.target) for e in evs]


def test_passive_subjects_joined_by_as_well_as(code):
    evs = code("France as well as Germany was condemned by Kenya on Monday.")
    assert {("KEN", "FRA"), ("KEN", "DEU")} <= _dyads(evs, "11"), [(e.cameo, e.source, e.target) for e in evs]


def test_list_closed_by_as_well_as(code):
    evs = code("Kenya condemned France, Germany as well as Italy.")
    assert {("KEN", "FRA"), ("KEN", "DEU"), ("KEN", "ITA")} <= _dyads(evs, "11"), \
        [(e.cameo, e.source, e.target) for e in evs]


def test_as_well_as_does_not_join_a_later_clause(code):
    # "as well as" before a participle adds an act, not a party: no second condemner or target appears
    evs = code("Kenya condemned France on Monday as well as announcing new tariffs.")
    assert _dyads(evs, "11") == {("KEN", "FRA")}, [(e.cameo, e.source, e.target) for e in evs]


def test_three_demonyms_before_one_noun(code):
    # the parser may break "Kenyan" off as the sentence's root; it is still the list's first owner
    evs = code("Kenyan, Ugandan and Tanzanian troops attacked France.")
    assert {("KENMIL", "FRA"), ("UGAMIL", "FRA"), ("TZAMIL", "FRA")} <= _dyads(evs, "19"), \
        [(e.cameo, e.source, e.target) for e in evs]


def test_place_before_a_demonym_list_is_no_owner(code):
    # a fronted place with a comma is where the act happens, not a member of the demonym list
    evs = code("In Nairobi, Ugandan and Tanzanian troops attacked rebels.")
    assert all(not (e.source and e.source.code or "").startswith("KEN") for e in evs if e.cameo.startswith("19")), \
        [(e.cameo, e.source, e.target) for e in evs]
