"""Date phrases resolved against the article date."""

from __future__ import annotations

import pytest

from eventwire.events.dates import resolve_date_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Monday", "2025-05-19"),
        ("Wednesday", "2025-05-21"),
        ("last Wednesday", "2025-05-14"),
        ("next Friday", "2025-05-23"),
        ("yesterday", "2025-05-20"),
        ("today", "2025-05-21"),
        ("last week", "2025-05-14"),
        ("May 19", "2025-05-19"),
        ("19 May 2024", "2024-05-19"),
        ("December 3", "2024-12-03"),
        ("2025-01-02", "2025-01-02"),
        ("this year", None),
    ],
)
def test_resolve(text, expected):
    assert resolve_date_text(text, "2025-05-21") == expected


def test_without_article_date_only_absolute_dates():
    assert resolve_date_text("on Monday", None) is None
    assert resolve_date_text("March 3, 2020", None) == "2020-03-03"
