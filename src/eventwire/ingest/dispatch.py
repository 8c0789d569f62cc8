"""The dispatcher: walks the given paths, opens each input and hands it to the reader of its format.

The format comes from the extension when it is a known one, else from the content (stdin, URLs,
files without an extension). gzip is recognized by its magic bytes whatever the name. Everything that
goes wrong with one input becomes a `Rejection`; nothing escapes the generator.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest import fetch
from eventwire.ingest.decode import reject_binary
from eventwire.ingest.errors import IngestError, UnknownFormat
from eventwire.ingest.feed import read_feed
from eventwire.ingest.fields import ALIASES
from eventwire.ingest.jsonl import read_json, read_jsonl
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, describe_os_error, extension, read_head, replay, walk_files
from eventwire.ingest.table import read_csv
from eventwire.ingest.text import read_text
from eventwire.ingest.webpage import read_html
from eventwire.records import Article, Rejection

log = logging.getLogger(__name__)

Reader = Callable[[Source, IngestOptions], Iterator[Article | Rejection]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_csv,
    "html": read_html,
    "feed": read_feed,
}

# Extension (lowercase, no dot) -> format. ".gz" is stripped first and the inner name is used.
EXTENSIONS: dict[str, str] = {
    "txt": "text",
    "text": "text",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "jsonlines": "jsonl",
    "json": "json",
    "csv": "csv",
    "tsv": "tsv",
    "tab": "tsv",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "xml": "feed",
    "rss": "feed",
    "atom": "feed",
    "rdf": "feed",
}

GZIP_MAGIC = b"\x1f\x8b"


def sniff_format(head: bytes) -> str:
    """The format the first bytes of an input look like: feed, html, json, jsonl, csv or text."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        return "html" if b"<html" in start and b"<rss" not in start and b"<feed" not in start else "feed"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith((b"<!doctype html", b"<html", b"<!--", b"<head", b"<body", b"<meta", b"<article", b"<div", b"<p>")):
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        first_line, newline, _ = start.partition(b"\n")
        if newline:
            try:
                json.loads(first_line)
                return "jsonl"
            except ValueError:
                return "json"
        return "json"
    if _looks_like_csv_header(head):
        return "csv"
    return "text"


def _looks_like_csv_header(head: bytes) -> bool:
    """A first line of short column names, one naming the text and one more naming another field."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip().lstrip("\ufeff")
    known = {alias for names in ALIASES.values() for alias in names}
    for delimiter in (",", "\t", ";", "|"):
        cells = [c.strip().strip('"').lower() for c in first.split(delimiter)]
        if len(cells) < 2 or any(len(c) > 40 for c in cells):
            continue
        if any(c in ALIASES["text"] for c in cells) and sum(c in known for c in cells) >= 2:
            return True
    return False


def detect_format(source: Source, head: bytes) -> str:
    """Format by known extension, else by content when the name says nothing (stdin, URL, no extension)."""
    fmt = EXTENSIONS.get(source.ext)
    if fmt is not None:
        if fmt == "feed" and sniff_format(head) == "html":
            return "html"  # an .xml/.rss name on an XHTML page: read what it is
        return fmt
    if source.ext == "" or source.url is not None or source.name == "<stdin>":
        fmt = sniff_format(head)
        if source.content_type and fmt == "text":
            ctype = source.content_type.lower()
            if "html" in ctype:
                return "html"
            if "xml" in ctype or "rss" in ctype or "atom" in ctype:
                return "feed"
        return fmt
    known = ", ".join(f".{e}" for e in EXTENSIONS)
    raise UnknownFormat(f"unknown format: extension '.{source.ext}' is not read (known: {known}, and any of them .gz)")


def _read_stream(
    name: str,
    stream: BinaryIO,
    filename: str,
    options: IngestOptions,
    *,
    url: str | None = None,
    content_type: str | None = None,
) -> Iterator[Article | Rejection]:
    """Sniff, decompress and read one opened input; every failure becomes a Rejection."""
    try:
        head = read_head(stream)
        if not head:
            yield Rejection(path=name, reason="empty file")
            return
        compressed = False
        if head.startswith(GZIP_MAGIC):
            stream = gzip.GzipFile(fileobj=replay(head, stream), mode="rb")  # type: ignore[assignment]  # GzipFile is a BinaryIO in practice
            compressed = True
            if filename.lower().endswith(".gz"):
                filename = filename[:-3]
            head = read_head(stream)
            if not head:
                yield Rejection(path=name, reason="empty file (nothing inside the gzip stream)")
                return
        elif filename.lower().endswith(".gz"):
            raise IngestError("not gzip-compressed although the name ends in .gz")
        reject_binary(head)
        source = Source(
            name=name,
            stream=replay(head, stream),
            filename=filename,
            ext=extension(filename),
            compressed=compressed,
            url=url,
            content_type=content_type,
        )
        fmt = detect_format(source, head)
        yield from READERS[fmt](source, options)
    except IngestError as exc:
        yield Rejection(path=name, reason=str(exc))
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Rejection(path=name, reason=f"corrupt gzip data: {exc}")
    except OSError as exc:
        yield Rejection(path=name, reason=f"read error: {exc}")
    except Exception as exc:  # a batch never stops on one input; the reason says what broke
        log.exception("unexpected error while reading %s", name)
        yield Rejection(path=name, reason=f"unexpected error while reading ({type(exc).__name__}): {exc}")


def _read_file(path: Path, options: IngestOptions) -> Iterator[Article | Rejection]:
    try:
        handle = open(path, "rb")  # noqa: SIM115  # closed below, after the generator is drained
    except OSError as exc:
        yield Rejection(path=str(path), reason=describe_os_error(exc))
        return
    with handle:
        yield from _read_stream(str(path), handle, path.name, options)


def _read_url(url: str, options: IngestOptions) -> Iterator[Article | Rejection]:
    try:
        fetched = fetch.fetch_url(url, max_bytes=options.max_bytes, timeout=options.timeout)
    except IngestError as exc:
        yield Rejection(path=url, reason=str(exc))
        return
    filename = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if extension(filename) not in EXTENSIONS and not filename.lower().endswith(".gz"):
        filename = ""  # ".php", ".aspx", a slug with dots: the content decides
    yield from _read_stream(
        url, io.BytesIO(fetched.body), filename, options, url=fetched.url, content_type=fetched.content_type
    )


def read_inputs(paths: Sequence[str], *, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Stream Articles and Rejections from files, directories (recursive, sorted), "-" (stdin) and URLs."""
    if isinstance(paths, (str, Path)):
        paths = [str(paths)]  # one path, not a sequence of one-character paths
    for raw in paths:
        if raw == "-":
            stdin = options.stdin if options.stdin is not None else sys.stdin.buffer
            yield from _read_stream("<stdin>", stdin, "", options)
        elif fetch.is_url(raw):
            yield from _read_url(raw, options)
        else:
            path = Path(raw)
            if path.is_dir():
                errors: list[tuple[str, str]] = []
                for file in walk_files(path, errors):
                    while errors:
                        bad, reason = errors.pop(0)
                        yield Rejection(path=bad, reason=reason)
                    yield from _read_file(file, options)
                for bad, reason in errors:
                    yield Rejection(path=bad, reason=reason)
            else:
                yield from _read_file(path, options)
