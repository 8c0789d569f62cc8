"""Builders of hand-made Analysis records and gold sets for the evaluation tests."""

from __future__ import annotations

from eventwire.evaluate.gold import GoldEvent, GoldSet, GoldSpan, GoldStatement, GoldText, gold_actor
from eventwire.records import ActorRef, Analysis, Article, Event, Span, Statement


def actor(code: str | None) -> ActorRef | None:
    """A system ActorRef carrying only a CAMEO-style code (country/sector derived by the metrics)."""
    return None if code is None else ActorRef(text=code, start=0, end=1, code=code)


def event(
    source: str | None, target: str | None, cameo: str, plover: str | None = None, **kw: object
) -> Event:
    """A system Event with the fields the metrics read, the rest filled with harmless values."""
    fields: dict[str, object] = {
        "id": f"e{source}{target}{cameo}",
        "source": actor(source),
        "target": actor(target),
        "cameo": cameo,
        "root": cameo[:2],
        "goldstein": None,
        "quad_class": None,
        "plover": plover,
        "plover_mode": None,
        "negated": False,
        "hypothetical": False,
        "date": None,
        "sentence": "",
        "sentence_index": 0,
        "trigger": Span("x", 0, 1),
        "rule": "test",
        "confidence": 1.0,
    }
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


def analysis(text_id: str, text: str, events: list[Event] = (), statements: list[Statement] = ()) -> Analysis:  # type: ignore[assignment]
    """An Analysis of one article with the given events and statements."""
    return Analysis(
        article=Article(id=text_id, text=text), events=tuple(events), statements=tuple(statements)
    )


def gold_from_analyses(analyses: list[Analysis]) -> GoldSet:
    """A gold set that says exactly what the analyses say (positive events and all statements)."""
    texts = []
    for a in analyses:
        events = tuple(
            GoldEvent(
                source=gold_actor(e.source.code) if e.source else None,
                target=gold_actor(e.target.code) if e.target else None,
                cameo=e.cameo,
                plover=e.plover,
            )
            for e in a.events
            if not e.negated and not e.hypothetical
        )
        statements = tuple(
            GoldStatement(
                speaker=GoldSpan(s.speaker.start, s.speaker.end) if s.speaker else None,
                cue=GoldSpan(s.cue.start, s.cue.end) if s.cue else None,
                content=GoldSpan(s.content.start, s.content.end),
            )
            for s in a.statements
        )
        texts.append(GoldText(id=a.article.id, text=a.article.text, events=events, statements=statements))
    return GoldSet(path="made-from-output.jsonl", format="jsonl", texts=tuple(texts))


def statement(text: str, speaker: str | None, cue: str | None, content: str) -> Statement:
    """A system Statement whose spans are the first occurrences of the given strings in `text`."""

    def span(s: str) -> Span:
        i = text.index(s)
        return Span(s, i, i + len(s))

    sp = None
    if speaker:
        i = text.index(speaker)
        sp = ActorRef(text=speaker, start=i, end=i + len(speaker))
    return Statement(
        id="s" + content[:8],
        speaker=sp,
        cue=span(cue) if cue else None,
        content=span(content),
        kind="direct",
        date=None,
        sentence_index=0,
    )
