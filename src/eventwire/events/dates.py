"""Resolving the date of an event from the words of its sentence, relative to the article date.

Handled: weekday names ("on Monday" -> the most recent Monday on or before the article date, "next
Monday" -> the following one), "yesterday", "today"/"tonight", "tomorrow", "last week" (7 days
back), "last month"/"last year" (same day a month/year back), counted spans ("two days earlier", "3 weeks
ago", "a day before", "the previous day", "in two days"; not "four days later"), "next week/month/year", and explicit dates ("May 19",
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
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "a few": 3, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
#: "two days earlier", "3 weeks ago", "a month before", "in five days", "four days later"
_SPAN_RX = re.compile(r"\b(?:(in)\s+)?(a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\d{1,3})"
                      r"\s+(day|week|fortnight|month|year)s?\b(?:\s+(earlier|ago|before|previously|later|after|from now))?")
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
        if re.search(r"\b(the )?(previous|preceding) day\b|\bthe day before\b", low):
            return (ref - dt.timedelta(days=1)).isoformat()
        for unit, delta in (("week", relativedelta(weeks=1)), ("month", relativedelta(months=1)), ("year", relativedelta(years=1))):
            if re.search(rf"\bnext {unit}\b", low):
                return (ref + delta).isoformat()
        span = _SPAN_RX.search(low)
        # "four days later" counts from another event of the story, not from the article date: left unresolved
        if span and (span[1] or span[4] in ("earlier", "ago", "before", "previously", "from now")):
            n = int(span[2]) if span[2].isdigit() else _NUMBER_WORDS[span[2]]
            unit = span[3]
            delta = relativedelta(days=n * _UNIT_DAYS[unit]) if unit in _UNIT_DAYS else (
                relativedelta(months=n) if unit == "month" else relativedelta(years=n))
            forward = bool(span[1]) or span[4] == "from now"
            return (ref + delta if forward else ref - delta).isoformat()
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
