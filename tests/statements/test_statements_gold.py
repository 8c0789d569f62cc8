"""The team's attribution gold set (brat, tests/data/gold/attribution) scored with overlap matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.records import Article, Span
from eventwire.statements import extract_statements

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "attribution"
# Floors a little under the measured scores (0.99 when committed) so that a real drop fails.
FLOORS = {"speaker": 0.90, "content": 0.90, "linked": 0.90}


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _f1(tp: int, n_sys: int, n_gold: int) -> float:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_gold_set_has_the_promised_size() -> None:
    texts = sorted(GOLD.glob("*.txt"))
    assert len(texts) >= 15
    paragraphs = sum(len([p for p in t.read_text(encoding="utf-8").split("\n") if p.strip()]) for t in texts)
    assert paragraphs >= 30
    for t in texts:
        assert t.with_suffix(".ann").exists()


def test_gold_set_scores_above_the_floors(nlp) -> None:
    from eventwire.evaluate import read_brat

    gold = read_brat(GOLD)
    counts = {k: [0, 0, 0] for k in FLOORS}  # true positives, system, gold
    for text in gold.texts:
        found = extract_statements(nlp(text.text), Article(id=text.id, text=text.text), None)
        for part in ("speaker", "content"):
            sys_spans = {(s.start, s.end): s for s in (getattr(x, part) for x in found) if s is not None}
            gold_spans = {(g.start, g.end): g for g in (getattr(x, part) for x in text.statements) if g is not None}
            used: set[tuple[int, int]] = set()
            for s in sys_spans.values():
                hit = next((k for k, g in gold_spans.items() if k not in used and _overlap(s, g)), None)
                if hit is not None:
                    used.add(hit)
            counts[part][0] += len(used)
            counts[part][1] += len(sys_spans)
            counts[part][2] += len(gold_spans)
        taken: set[int] = set()
        for s in found:
            for i, g in enumerate(text.statements):
                if i not in taken and _overlap(s.speaker, g.speaker) and _overlap(s.content, Span(g.content.text, g.content.start, g.content.end)):
                    taken.add(i)
                    break
        counts["linked"][0] += len(taken)
        counts["linked"][1] += len(found)
        counts["linked"][2] += len(text.statements)
    scores = {k: _f1(*v) for k, v in counts.items()}
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, f"{key} overlap F1 {scores[key]:.3f} fell under {floor} ({counts[key]})"
