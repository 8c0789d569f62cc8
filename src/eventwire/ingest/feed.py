"""RSS and Atom feeds with feedparser: each entry is an article; its page is fetched only when asked.

With `fetch_pages`, an entry whose page cannot be fetched or has no main text is rejected (the feed
summary is NOT stored in its place): the entry keeps the same id either way, so storing the summary
would make a later run with the network back skip the full page as a duplicate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

from eventwire.ingest import fetch
from eventwire.ingest.build import make_article
from eventwire.ingest.dates import normalize_date
from eventwire.ingest.decode import decode_document, reject_binary
from eventwire.ingest.errors import IngestError, UnknownFormat
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, read_limited
from eventwire.ingest.webpage import extract_page, html_to_text
from eventwire.records import Article, Rejection

_DATE_KEYS = ("published", "updated", "created")


def _entry_date(entry: Any) -> tuple[object, str | None]:
    """(date value, feed key) of an entry: the raw string when it parses, else feedparser's parse of it."""
    for key in _DATE_KEYS:
        raw = entry.get(key)
        if not raw:
            continue
        try:
            normalize_date(raw)
            return raw, key
        except ValueError:
            parsed = entry.get(f"{key}_parsed")
            if isinstance(parsed, time.struct_time):
                # feedparser understood a format we do not (it reports UTC).
                return dt.datetime.fromtimestamp(calendar.timegm(parsed), tz=dt.UTC), key
            return raw, key
    return None, None


def _entry_text(entry: Any) -> str:
    """Plain text of an entry: its longest content block, else its summary, without HTML."""
    best = ""
    for block in entry.get("content") or []:
        value = block.get("value") or ""
        if len(value) > len(best):
            best = value
    if not best:
        best = entry.get("summary") or entry.get("description") or ""
    return html_to_text(best)


def read_feed(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Articles from the entries of an RSS/Atom feed (a file, stdin or a fetched URL)."""
    import feedparser  # imported here: only feed inputs need it

    data = read_limited(source.stream, options.max_bytes, what="feed")
    reject_binary(data[:8192])
    if not data.strip():
        yield Rejection(path=source.name, reason="empty file (only whitespace)")
        return
    # Bytes (never a str) so that feedparser cannot take the input for a URL or a file name to open.
    parsed = feedparser.parse(data)
    if not parsed.get("version"):
        # feedparser reads almost any XML leniently (an <item> anywhere is an entry); without a
        # recognized RSS/Atom version it is not a feed.
        problem = parsed.get("bozo_exception")
        raise UnknownFormat(f"unknown format: not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    if not parsed.entries:
        yield Rejection(path=source.name, reason="feed has no entries")
        return
    outlet = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_item(entry, index=index, outlet=outlet, source=source, options=options)


def _entry_item(entry: Any, *, index: int, outlet: str | None, source: Source, options: IngestOptions) -> Article | Rejection:
    link = entry.get("link") or None
    label = f"entry {index}" + (f" ({link})" if link else "")
    given_id = entry.get("id") or link
    date_value, date_key = _entry_date(entry)
    where = f"entry {index} field '{date_key}'" if date_key else "the entry"
    flags: tuple[str, ...] = ()
    text = _entry_text(entry)
    title = entry.get("title") or None
    url = link
    if options.fetch_pages and link:
        try:
            fetched = fetch.fetch_url(link, max_bytes=options.max_bytes, timeout=options.timeout)
            html, _ = decode_document(fetched.body)
            page = extract_page(html, fetched.url)
        except IngestError as exc:
            return Rejection(path=source.name, reason=f"{label}: could not get the article page: {exc}")
        text = page.text
        title = title or page.title
        url = page.url or link
        if date_value is None and page.date:
            date_value, where = page.date, f"the page of entry {index}"
        flags += ("page-fetched",)
    elif options.fetch_pages:
        flags += ("no-page-link",)
    if not text.strip():
        return Rejection(path=source.name, reason=f"{label}: no text (the entry has no summary or content)")
    return make_article(
        text,
        options=options,
        path=source.name,
        source_path=f"{source.name}#entry-{index}",
        given_id=given_id,
        title=title,
        date_value=date_value,
        date_where=where,
        date_source="feed",
        outlet=outlet,
        url=url,
        flags=flags,
        label=f"entry {index}",
    )

