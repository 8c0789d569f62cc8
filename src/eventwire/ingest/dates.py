"""Publication dates: normalize what inputs carry to ISO YYYY-MM-DD, find dates in file names."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as date_parser

# Two different defaults: when parsing fills a part (year, month, day) from the default, the
# results differ, which tells us the input was an incomplete date such as "May" or "Tuesday".
_DEFAULT_A = dt.datetime(2000, 1, 1)
_DEFAULT_B = dt.datetime(2001, 2, 2)

_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_FILENAME_DASHED = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_FILENAME_COMPACT = re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])")

MIN_YEAR = 1800
MAX_YEAR = 2200


def _checked(day: dt.date, raw: object) -> str:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise ValueError(f"malformed date '{raw}' (year {day.year} out of range)")
    return day.isoformat()


def normalize_date(value: object) -> str:
    """ISO YYYY-MM-DD of a date, timestamp or epoch number; ValueError("malformed date '...'") if not."""
    if isinstance(value, dt.datetime):
        return _checked(value.date(), value)
    if isinstance(value, dt.date):
        return _checked(value, value)
    if isinstance(value, bool):
        raise ValueError(f"malformed date '{value}'")
    if isinstance(value, (int, float)):
        seconds = float(value)
        if seconds > 1e11:  # epoch milliseconds, as JavaScript writes them
            seconds /= 1000.0
        try:
            return _checked(dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date(), value)
        except (OverflowError, OSError, ValueError) as exc:
            raise ValueError(f"malformed date '{value}'") from exc
    if not isinstance(value, str):
        raise ValueError(f"malformed date '{value}' (not a string)")
    text = value.strip()
    if not text:
        raise ValueError("malformed date '' (empty)")
    compact = _COMPACT_DATE.match(text)
    if compact:
        try:
            return _checked(dt.date(*(int(g) for g in compact.groups())), value)
        except ValueError as exc:
            raise ValueError(f"malformed date '{value}'") from exc
    if _ISO_DATE.match(text):
        # Plain year-month-day must be a real calendar day; dateutil would try to reinterpret it.
        try:
            year, month, day = (int(p) for p in text.split("-"))
            return _checked(dt.date(year, month, day), value)
        except ValueError as exc:
            raise ValueError(f"malformed date '{value}'") from exc
    try:
        # A timestamp keeps the calendar day it was written in (its own offset), not the UTC day.
        return _checked(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date(), value)
    except ValueError:
        pass
    try:
        a = date_parser.parse(text, default=_DEFAULT_A)
        b = date_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"malformed date '{value}'") from exc
    if a.date() != b.date():
        raise ValueError(f"malformed date '{value}' (incomplete: needs year, month and day)")
    return _checked(a.date(), value)


def date_from_filename(name: str) -> str | None:
    """A valid YYYY-MM-DD or YYYYMMDD date in a file name (the last one wins), else None."""
    found: str | None = None
    for pattern in (_FILENAME_DASHED, _FILENAME_COMPACT):
        for match in pattern.finditer(name):
            try:
                day = dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                continue
            if MIN_YEAR <= day.year <= MAX_YEAR:
                found = day.isoformat()
        if found:
            return found
    return found
