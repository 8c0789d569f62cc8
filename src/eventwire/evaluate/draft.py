"""Gold drafts from eventwire's own output: turn analyses into gold records (for annotators to
correct, and for the test that an evaluation of eventwire against itself scores 1.0)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.gold import GoldActor, GoldEvent, GoldSet, GoldSpan, GoldStatement, GoldText
from eventwire.evaluate.metrics import actor_of_ref
from eventwire.records import ActorRef, Analysis


def _span(text: str, start: int, end: int) -> GoldSpan | None:
    """A span of the article text, None when the offsets do not delimit text (implicit actors)."""
    if not 0 <= start < end <= len(text):
        return None
    return GoldSpan(start, end, text[start:end])


def _actor(ref: ActorRef | None, text: str) -> GoldActor | None:
    a = actor_of_ref(ref)
    if ref is None or a is None:
        return None
    return GoldActor(country=a[0], sector=a[1], code=ref.code, span=_span(text, ref.start, ref.end))


def gold_from_analyses(analyses: Sequence[Analysis], path: str = "draft.jsonl") -> GoldSet:
    """A gold set saying exactly what the analyses say (positive events and every statement)."""
    texts = []
    for a in analyses:
        events = tuple(
            GoldEvent(
                source=_actor(e.source, a.article.text),
                target=_actor(e.target, a.article.text),
                cameo=e.cameo,
                plover=e.plover,
                trigger=_span(a.article.text, e.trigger.start, e.trigger.end),
            )
            for e in a.events
            if not e.negated and not e.hypothetical
        )
        statements = tuple(
            GoldStatement(
                speaker=_span(a.article.text, s.speaker.start, s.speaker.end) if s.speaker else None,
                cue=_span(a.article.text, s.cue.start, s.cue.end) if s.cue else None,
                content=_span(a.article.text, s.content.start, s.content.end)
                or GoldSpan(s.content.start, s.content.end),
            )
            for s in a.statements
        )
        texts.append(
            GoldText(
                id=a.article.id,
                text=a.article.text,
                date=a.article.date,
                events=events,
                statements=statements,
            )
        )
    return GoldSet(path=path, format="jsonl", texts=tuple(texts))


def _span_json(span: GoldSpan | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def _actor_json(a: GoldActor | None) -> dict[str, Any] | None:
    return None if a is None else {"country": a.country, "sector": a.sector}


def gold_records(gold: GoldSet) -> Iterable[dict[str, Any]]:
    """The eventwire JSON Lines records of a gold set (the format `read_jsonl` reads)."""
    for t in gold.texts:
        rec: dict[str, Any] = {"id": t.id, "date": t.date, "text": t.text}
        if t.events is not None:
            rec["events"] = []
            for e in t.events:
                ev: dict[str, Any] = {"source": _actor_json(e.source), "target": _actor_json(e.target)}
                if e.cameo:
                    ev["cameo"] = e.cameo
                if e.plover:
                    ev["plover"] = e.plover
                spans = {
                    k: _span_json(v)
                    for k, v in (
                        ("trigger", e.trigger),
                        ("source", e.source.span if e.source else None),
                        ("target", e.target.span if e.target else None),
                    )
                    if v is not None
                }
                if spans:
                    ev["spans"] = spans
                rec["events"].append(ev)
        if t.statements is not None:
            rec["statements"] = [
                {"speaker": _span_json(s.speaker), "cue": _span_json(s.cue), "content": _span_json(s.content)}
                for s in t.statements
            ]
        if t.note:
            rec["note"] = t.note
        yield rec
    for m in gold.actor_mentions:
        yield {"id": m.id, "mention": m.text, "date": m.date, "country": m.country, "sector": m.sector}


def write_gold_jsonl(gold: GoldSet, path: str | Path) -> int:
    """Write a gold set as eventwire JSON Lines; returns the number of lines written."""
    n = 0
    with Path(path).open("w", encoding="utf-8") as fh:
        for rec in gold_records(gold):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
