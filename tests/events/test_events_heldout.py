"""Held-out wire sentences (tests/events/data/heldout_events.jsonl): a floor on CAMEO root accuracy.

The sentences were written for eventwire to measure how well the coder generalizes; they are not used to
write rules. A text with events counts as right when one of its expected roots is among the coded,
non-negated events; a text with no events counts as right when nothing non-negated is coded.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.records import Article

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "heldout_events.jsonl"
#: A little under the score measured when the set was last extended (0.883 on 2026-11-27 with ho-301..ho-362;
#: 0.861 before that batch, 0.785 before that day's lexicon work): a drop fails.
FLOOR = 0.86


def _records() -> list[dict]:
    out = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("//"):
            out.append(json.loads(line))
    return out


def test_heldout_file_is_well_formed() -> None:
    recs = _records()
    assert len(recs) >= 60
    assert len({r["id"] for r in recs}) == len(recs)
    for r in recs:
        for e in r["events"]:
            assert e["cameo"][:2].isdigit() and 1 <= int(e["cameo"][:2]) <= 20, r["id"]


def test_heldout_root_accuracy_floor(nlp) -> None:
    kb = load_knowledge_base()
    right, wrong = 0, []
    recs = _records()
    for r, doc in zip(recs, nlp.pipe(r["text"] for r in recs), strict=True):
        art = Article(id=r["id"], text=r["text"], date=r.get("date"), date_source="test")
        roots = {e.root for e in code_events(doc, art, ArticleActors(doc, art, kb), []) if not e.negated}
        expected = {e["cameo"][:2] for e in r["events"]}
        ok = bool(expected & roots) if expected else not roots
        right += ok
        if not ok:
            wrong.append((r["id"], sorted(expected), sorted(roots)))
    score = right / len(recs)
    assert score >= FLOOR, f"root accuracy {score:.3f} < {FLOOR}; misses: {wrong}"
