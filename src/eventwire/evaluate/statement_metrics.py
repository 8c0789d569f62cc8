"""The statements task: speaker, cue, content, speaker+content and the linked triple, with exact
and overlap span matching (rules in the docstring of metrics.py)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from eventwire.evaluate.gold import GoldSet, GoldSpan, GoldStatement
from eventwire.evaluate.matching import Counts, max_matching
from eventwire.evaluate.metrics import MATCHING_NOTE, align_texts, failure_warnings
from eventwire.evaluate.report import EvaluationError, Report
from eventwire.records import Analysis, Statement

_TRIM = " \t\n\"'“”‘’«».,;:"


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets with surrounding spaces, quote marks and . , ; : removed (annotators differ on them)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def spans_match(text: str, g: GoldSpan | None, s: tuple[int, int] | None, mode: str) -> bool:
    """Span agreement: `exact` after trimming, or `overlap` (at least one shared character)."""
    if g is None or s is None:
        return False
    if mode == "exact":
        return _trimmed(text, g.start, g.end) == _trimmed(text, s[0], s[1])
    return g.start < s[1] and s[0] < g.end


def _show_statement(text: str, st: GoldStatement | dict[str, tuple[int, int] | None]) -> str:
    """A statement as `speaker | cue | content` texts ('-' when absent)."""

    def part(k: str) -> str:
        v = getattr(st, k) if isinstance(st, GoldStatement) else st[k]
        if v is None:
            return "-"
        start, end = (v.start, v.end) if isinstance(v, GoldSpan) else v
        return text[start:end]

    return " | ".join(part(k) for k in ("speaker", "cue", "content"))


def _span_ok(text: str, mode: str, g: GoldSpan, s: tuple[int, int]) -> bool:
    return spans_match(text, g, s, mode)


def _sys_spans(st: Statement) -> dict[str, tuple[int, int] | None]:
    sp = st.speaker
    return {
        "speaker": (sp.start, sp.end) if sp is not None and sp.end > sp.start else None,
        "cue": (st.cue.start, st.cue.end) if st.cue is not None else None,
        "content": (st.content.start, st.content.end),
    }


STATEMENT_PARTS = ("speaker", "cue", "content", "speaker_content", "triple")


def evaluate_statements(gold: GoldSet, analyses: Sequence[Analysis], *, details: bool = False) -> Report:
    """Statements P/R/F1 for speaker, cue, content, speaker+content and the triple, exact and overlap."""
    pairs = [(t, a) for t, a in align_texts(gold, analyses) if t.statements is not None]
    if not pairs:
        raise EvaluationError(f"{gold.path}: the gold set annotates no statements")
    table = {m: {p: Counts() for p in STATEMENT_PARTS} for m in ("exact", "overlap")}
    misses: list[dict[str, Any]] = []
    n_gold = n_sys = 0
    for text, analysis in pairs:
        gs = list(text.statements or ())
        ss = [_sys_spans(s) for s in (analysis.statements if analysis else ())]
        n_gold += len(gs)
        n_sys += len(ss)
        for mode, counts in table.items():
            for part in ("speaker", "cue", "content"):
                g_spans = [getattr(g, part) for g in gs if getattr(g, part) is not None]
                s_spans = [s[part] for s in ss if s[part] is not None]
                # A speaker named once but quoted twice is one gold speaker span per statement: keep
                # duplicates on both sides so the counts stay per statement.
                m = max_matching(g_spans, s_spans, functools.partial(_span_ok, text.text, mode))
                counts[part].add(len(m), len(s_spans), len(g_spans))
            for part, needed in (
                ("speaker_content", ("speaker", "content")),
                ("triple", ("speaker", "cue", "content")),
            ):

                def ok(
                    g: GoldStatement,
                    s: dict[str, tuple[int, int] | None],
                    needed=needed,
                    mode=mode,
                    t=text.text,
                ) -> bool:
                    return all(
                        getattr(g, k) is None or spans_match(t, getattr(g, k), s[k], mode) for k in needed
                    )

                m = max_matching(gs, ss, ok)
                counts[part].add(len(m), len(ss), len(gs))
                if details and mode == "overlap" and part == "triple" and len(m) < max(len(gs), len(ss)):
                    mg, ms = {i for i, _ in m}, {j for _, j in m}
                    misses.append(
                        {
                            "id": text.id,
                            "text": text.text,
                            "missed": [
                                _show_statement(text.text, g) for i, g in enumerate(gs) if i not in mg
                            ],
                            "spurious": [
                                _show_statement(text.text, s) for j, s in enumerate(ss) if j not in ms
                            ],
                        }
                    )
    metrics = {
        "texts": len(pairs),
        "gold": n_gold,
        "system": n_sys,
        "exact": {p: c.to_json() for p, c in table["exact"].items()},
        "overlap": {p: c.to_json() for p, c in table["overlap"].items()},
    }
    notes = {
        "matching": MATCHING_NOTE,
        "exact": "span offsets equal after trimming spaces, quote marks and . , ; : at both ends",
        "overlap": "spans share at least one character",
        "linked": "speaker_content and triple: every component the gold gives must match in one system statement",
    }
    return Report(
        "statements",
        gold.path,
        gold.format,
        metrics,
        notes,
        warnings=[*gold.warnings, *failure_warnings(pairs)],
        details=misses if details else None,
    )
