"""Text files: the dated-article format (`date YYYY-MM-DD` then the text) and plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventwire.ingest.build import make_article, normalize_newlines
from eventwire.ingest.decode import decode_document
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, read_limited
from eventwire.records import Article, Rejection

# `date` (any case, optional colon) then a date-shaped token, then whitespace (the text may follow
# on the same line, as in the seed article) or the end. A date-shaped token that is not a real day
# (2025-13-45) is still a header, so the article is rejected for its date instead of keeping it.
DATE_HEADER = re.compile(
    r"\A\s*date[ \t]*:?[ \t]+(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{8})(?=\s|\Z)",
    re.IGNORECASE,
)


def split_dated_header(text: str) -> tuple[str, str] | None:
    """(date token, rest of the text) when the text starts with a `date YYYY-MM-DD` header, else None."""
    match = DATE_HEADER.match(text)
    if match is None:
        return None
    return match.group(1), text[match.end() :]


_TERMINAL = (".", "!", "?", ":", '"', "\u201d", ";", ",")


def headline_of(body: str) -> str | None:
    """The first paragraph when it reads as a headline (one short line without closing punctuation)."""
    first, sep, rest = body.strip().partition("\n\n")
    first = first.strip()
    if not sep or not rest.strip() or "\n" in first or not first or len(first) > 200:
        return None
    if first.endswith(_TERMINAL) or len(first.split()) < 3:
        return None
    return first


def read_text(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """One article from a dated-article or plain text file."""
    text, flags = decode_document(read_limited(source.stream, options.max_bytes))
    text = text.lstrip("\ufeff")
    if not text.strip():
        yield Rejection(path=source.name, reason="empty file (only whitespace)")
        return
    header = split_dated_header(text)
    if header is not None:
        token, body = header
        if not body.strip():
            yield Rejection(path=source.name, reason=f"no text after the date header 'date {token}'")
            return
        yield make_article(
            body,
            options=options,
            path=source.name,
            title=headline_of(normalize_newlines(body)),
            date_value=token,
            date_where="the date header",
            date_source="header",
            flags=flags,
        )
        return
    yield make_article(
        text,
        options=options,
        path=source.name,
        title=headline_of(normalize_newlines(text)),
        date_filename=None if source.name == "<stdin>" else source.filename,
        flags=flags,
    )
