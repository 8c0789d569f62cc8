"""JSON Lines (one article object per line, streamed) and JSON documents (one object or a list)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

from eventwire.ingest.decode import decode_document, decode_line
from eventwire.ingest.errors import IngestError
from eventwire.ingest.fields import fields_to_item, resolve
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, iter_lines, read_limited
from eventwire.records import Article, Rejection


def record_to_item(
    record: object,
    *,
    options: IngestOptions,
    path: str,
    line: int | None,
    flags: tuple[str, ...] = (),
    index: int | None = None,
) -> Article | Rejection:
    """The article of one decoded JSON value, or a rejection when it is not a usable article object.

    `index` is the 1-based position of a record in a JSON list: it is named in reasons and in the
    article's source_path as "path#N" (a list has no line per record).
    """
    label = None if index is None else f"record {index}"
    if not isinstance(record, dict):
        kind = "a list" if isinstance(record, list) else type(record).__name__
        reason = f"not an article object: the JSON value is {kind}"
        return Rejection(path=path, line=line, reason=f"{label}: {reason}" if label else reason)
    return fields_to_item(
        resolve(record),
        options=options,
        path=path,
        line=line,
        flags=flags,
        present=[str(k) for k in record],
        label=label,
        source_path=None if index is None else f"{path}#{index}",
    )


def read_jsonl(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Articles from a JSON Lines stream, one line at a time; a broken line is rejected with its number."""
    records = 0
    for lineno, raw in iter_lines(source.stream, options.max_bytes):
        if raw is None:
            records += 1
            yield Rejection(path=source.name, line=lineno, reason=f"text too large: the line is over the limit of {options.max_bytes} bytes (max_bytes)")
            continue
        try:
            line, flag = decode_line(raw)
        except IngestError as exc:
            records += 1
            yield Rejection(path=source.name, line=lineno, reason=str(exc))
            continue
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        records += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(path=source.name, line=lineno, reason=f"invalid JSON: {exc.msg.removesuffix(' at')} (column {exc.colno})")
            continue
        yield record_to_item(record, options=options, path=source.name, line=lineno, flags=(flag,) if flag else ())
    if records == 0:
        yield Rejection(path=source.name, reason="empty file (no JSON records)")


def read_json(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Articles from a JSON document holding one object or a list of objects (read whole; use JSONL to stream)."""
    data = read_limited(source.stream, options.max_bytes, what="JSON document (use JSON Lines for large corpora)")
    text, flags = decode_document(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        yield Rejection(path=source.name, reason="empty file (only whitespace)")
        return
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            # Several values one after the other: JSON Lines under a .json name.
            yield from read_jsonl(Source(name=source.name, stream=io.BytesIO(data), filename=source.filename, ext="jsonl"), options)
            return
        yield Rejection(path=source.name, line=exc.lineno, reason=f"invalid JSON: {exc.msg.removesuffix(' at')} (line {exc.lineno}, column {exc.colno})")
        return
    if isinstance(document, list):
        if not document:
            yield Rejection(path=source.name, reason="empty file (an empty JSON list)")
        for index, record in enumerate(document, start=1):
            yield record_to_item(record, options=options, path=source.name, line=None, flags=flags, index=index)
        return
    if isinstance(document, dict) and isinstance(document.get("articles"), list):
        # A wrapper object such as {"articles": [...]} (NewsAPI and many exports).
        for index, record in enumerate(document["articles"], start=1):
            yield record_to_item(record, options=options, path=source.name, line=None, flags=flags, index=index)
        return
    yield record_to_item(document, options=options, path=source.name, line=None, flags=flags)

