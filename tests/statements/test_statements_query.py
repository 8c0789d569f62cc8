"""Filtering statement records (the library side of `eventwire statements`)."""

from __future__ import annotations

from eventwire.records import ActorRef, Span, Statement
from eventwire.statements import filter_statements


def _st(sid: str, speaker: str, content: str, date: str | None, code: str | None = None, **kw) -> Statement:
    return Statement(
        id=sid,
        speaker=ActorRef(text=speaker, start=0, end=len(speaker), code=code, name=kw.pop("name", None)),
        cue=Span("said", 0, 4),
        content=Span(content, 0, len(content)),
        kind=kw.pop("kind", "indirect"),
        date=date,
        sentence_index=0,
        chain=("UNN", speaker),
        **kw,
    )


STATEMENTS = [
    _st("a", "an unnamed White House official", "Sanctions against Russia will hurt business", "2025-05-21",
        code="USAGOV", anonymous=True, anonymous_phrase="unnamed"),
    _st("b", "Rubio", "Russia is likely to leave the talks", "2025-05-20", code="USAGOV", name="Marco Rubio"),
    _st("c", "Bessent", "the United States will not hesitate", "2025-05-19", code="USAGOV", kind="direct"),
    _st("d", "Lavrov", "Moscow is ready", None, code="RUSGOV", hedged=True, hedge_phrase="reportedly"),
]


def test_filter_by_speaker_name_code_and_text() -> None:
    assert [s.id for s in filter_statements(STATEMENTS, speaker="marco rubio")] == ["b"]
    assert [s.id for s in filter_statements(STATEMENTS, speaker="RUS")] == ["d"]
    assert [s.id for s in filter_statements(STATEMENTS, speaker="White House")] == ["a"]


def test_filter_about_anonymous_hedged_kind() -> None:
    assert [s.id for s in filter_statements(STATEMENTS, about="Russia")] == ["a", "b"]
    assert [s.id for s in filter_statements(STATEMENTS, about="Russ")] == []  # whole words only
    assert [s.id for s in filter_statements(STATEMENTS, anonymous=True)] == ["a"]
    assert [s.id for s in filter_statements(STATEMENTS, anonymous=False, hedged=True)] == ["d"]
    assert [s.id for s in filter_statements(STATEMENTS, kind="direct")] == ["c"]


def test_filter_by_date_range_drops_undated() -> None:
    assert [s.id for s in filter_statements(STATEMENTS, since="2025-05-20")] == ["a", "b"]
    assert [s.id for s in filter_statements(STATEMENTS, until="2025-05-19")] == ["c"]
    assert len(filter_statements(STATEMENTS)) == 4
