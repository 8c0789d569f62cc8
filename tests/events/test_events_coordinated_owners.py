"""Coordinated owners in one phrase give one event per owner ("Armenian and Azerbaijani forces")."""

from __future__ import annotations

from functools import partial

import pytest
from helpers_events import all_events

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def code(nlp):
    """Every event of a text published on 2025-03-10."""
    return partial(all_events, nlp, date="2025-03-10")


def _dyads(evs):
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs}


def _sources(evs):
    return [e.source.code for e in evs if e.source and e.source.code]


def test_defence_ministers_of_two_countries_meet(code):
    evs = code("The defence ministers of Greece and Turkey met in Brussels on Monday to discuss the Aegean dispute.")
    srcs = _sources(evs)
    assert "GRCGOV" in srcs and "TURGOV" in srcs, [(e.cameo, e.source, e.target) for e in evs]


def test_two_armies_clash(code):
    evs = code("Armenian and Azerbaijani forces shelled villages near the border on Sunday.")
    srcs = _sources(evs)
    assert "ARMMIL" in srcs and "AZEMIL" in srcs, [(e.cameo, e.source, e.target) for e in evs]


def test_warships_of_two_navies(code):
    evs = code("US and British warships attacked Houthi positions in Yemen on Thursday.")
    srcs = _sources(evs)
    assert "USAMIL" in srcs and "GBRMIL" in srcs, [(e.cameo, e.source, e.target) for e in evs]


def test_no_duplicate_owner_events(code):
    evs = code("The defence ministers of Greece and Turkey met in Brussels on Monday to discuss the Aegean dispute.")
    keys = [(e.cameo, e.trigger.start, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in evs]
    assert len(keys) == len(set(keys)), keys


def test_single_owner_unchanged(code):
    evs = code("French warships attacked Houthi positions in Yemen on Thursday.")
    srcs = _sources(evs)
    assert "FRAMIL" in srcs and not any(s[:3] in ("USA", "GBR") for s in srcs), [(e.cameo, e.source, e.target) for e in evs]


def test_named_head_with_two_owners(code):
    # a proper-noun head ("Coast Guards") is skipped by the noun-only owner logic; actors_at gives both owners
    evs = code("The Greek and Turkish Coast Guards rescued migrants.")
    srcs = _sources(evs)
    assert "GRCCOP" in srcs and "TURCOP" in srcs, [(e.cameo, e.source, e.target) for e in evs]
    assert len(srcs) == len(set(srcs)), srcs
