"""The four outcomes issue 3 asks for on the seed article, with the real actor coder."""

from __future__ import annotations

import pytest

from eventwire.records import Article

pytestmark = pytest.mark.slow
HEADER = " date 2025-05-21 "


@pytest.fixture(scope="module")
def seed_events(nlp, seed_text):
    actors_mod = pytest.importorskip("eventwire.actors")
    from eventwire.events import code_events

    text = seed_text.split(HEADER, 1)[1] if HEADER in seed_text else seed_text
    doc = nlp(text)
    art = Article(id="seed", text=text, date="2025-05-21")
    actors = actors_mod.ArticleActors(doc, art, actors_mod.load_knowledge_base())
    return text, code_events(doc, art, actors, [])


def _country(ref):
    return None if ref is None else (ref.country or (ref.code or "")[:3])


def test_us_rejects_eu(seed_events):
    _, evs = seed_events
    hits = [e for e in evs if e.root == "12" and _country(e.source) == "USA" and (e.target and (e.target.code or "").startswith("IGOEU") or _country(e.target) in ("EUR", "EU"))]
    assert hits, [(e.cameo, e.source, e.target) for e in evs]
    assert not hits[0].negated


def test_us_threatens_russia_with_sanctions_conditionally(seed_events):
    _, evs = seed_events
    hits = [e for e in evs if e.cameo == "1312" and _country(e.source) == "USA" and _country(e.target) == "RUS"]
    assert hits
    assert any(e.modality == "conditional" and "threat" in e.flags and not e.negated for e in hits)


def test_trump_putin_talks_on_monday(seed_events):
    _, evs = seed_events
    hits = [e for e in evs if e.root == "04" and e.trigger.text == "talks" and e.source and e.source.code == "USAGOV"
            and e.target and e.target.code == "RUSGOV"]
    assert hits and hits[0].date == "2025-05-19"


def test_would_not_strengthen_sanctions_is_negated(seed_events):
    text, evs = seed_events
    start = text.index("would not strengthen sanctions")
    hits = [e for e in evs if start <= e.trigger.start < start + 40]
    assert hits and all(e.negated for e in hits)


def test_no_positive_us_sanction_against_russia(seed_events):
    _, evs = seed_events
    bad = [e for e in evs if e.root == "16" and not e.negated and not e.hypothetical
           and _country(e.source) == "USA" and _country(e.target) == "RUS"]
    assert bad == []
