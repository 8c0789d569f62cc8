"""Resolving the date of an event from the words of its sentence, relative to the article date.

Handled: weekday names ("on Monday" -> the most recent Monday on or before the article date, "next
Monday" -> the following one), "yesterday", "today"/"tonight", "tomorrow", "last week" (7 days
back), "last month"/"last year" (same day a month/year back), and explicit dates ("May 19",
"19 May 2025", "2025-05-19"; a date without a year that would fall more than a day after the article
is taken from the previous year). Anything else gives the article date.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser
from dateutil.relativedelta import relativedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
)
_MONTH_RX = re.compile(r"\b(" + "|".join(_MONTHS) + r")\.?\b", re.IGNORECASE)
_ISO_RX = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _parse_iso(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def resolve_date_text(text: str, article_date: str | None) -> str | None:
    """ISO date meant by a date expression such as "on Monday" or "May 19", or None if unresolved."""
    low = text.lower().strip()
    ref = _parse_iso(article_date)
    m = _ISO_RX.search(low)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if ref is not None:
        if "yesterday" in low:
            return (ref - dt.timedelta(days=1)).isoformat()
        if "tomorrow" in low:
            return (ref + dt.timedelta(days=1)).isoformat()
        if re.search(r"\b(today|tonight|this morning|this afternoon|this evening)\b", low):
            return ref.isoformat()
        if "last week" in low or "a week ago" in low:
            return (ref - dt.timedelta(days=7)).isoformat()
        if "last month" in low or "a month ago" in low:
            return (ref - relativedelta(months=1)).isoformat()
        if "last year" in low or "a year ago" in low:
            return (ref - relativedelta(years=1)).isoformat()
        for i, name in enumerate(WEEKDAYS):
            if re.search(rf"\b{name}\b", low):
                back = (ref.weekday() - i) % 7
                if re.search(r"\bnext\b", low):
                    return (ref + dt.timedelta(days=(i - ref.weekday()) % 7 or 7)).isoformat()
                if "last" in low.split() and back == 0:
                    back = 7
                return (ref - dt.timedelta(days=back)).isoformat()
    if _MONTH_RX.search(low) and re.search(r"\d", low):
        default = dt.datetime.combine(ref or dt.date(1900, 1, 1), dt.time())
        try:
            parsed = date_parser.parse(text, default=default, fuzzy=True).date()
        except (ValueError, OverflowError):
            return None
        has_year = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", low) is not None
        if not has_year:
            if ref is None:
                return None
            if parsed > ref + dt.timedelta(days=1):
                parsed = parsed - relativedelta(years=1)
        return parsed.isoformat()
    return None
