"""Turn the fields a reader found into an `Article`, or a `Rejection` naming what is wrong."""

from __future__ import annotations

import re

from eventwire.ingest.dates import date_from_filename, normalize_date
from eventwire.ingest.language import check_language
from eventwire.ingest.options import IngestOptions
from eventwire.records import Article, Rejection, stable_id

_SPACES = re.compile(r"\s+")


def normalize_newlines(text: str) -> str:
    """Text with CRLF and CR line ends as LF (article offsets then mean the same on every platform)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_id(text: str) -> str:
    """Stable article id from the text alone (whitespace-normalized): the same text, the same id."""
    return stable_id(_SPACES.sub(" ", text).strip(), prefix="a")


def source_label(path: str, line: int | None = None) -> str:
    """The `source_path` of an article: "path" or "path:line"."""
    return path if line is None else f"{path}:{line}"


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = _SPACES.sub(" ", str(value)).strip()
    return text or None


def make_article(
    text: str,
    *,
    options: IngestOptions,
    path: str,
    line: int | None = None,
    source_path: str | None = None,
    given_id: object = None,
    title: object = None,
    date_value: object = None,
    date_where: str = "date field",
    date_source: str = "field",
    date_filename: str | None = None,
    outlet: object = None,
    url: object = None,
    flags: tuple[str, ...] = (),
    label: str | None = None,
) -> Article | Rejection:
    """Validate and normalize one article's fields; a `Rejection` names the first problem found.

    `label` (e.g. "entry 3") prefixes rejection reasons where `line` cannot say which record it was.
    """

    def reject(reason: str) -> Rejection:
        return Rejection(path=path, line=line, reason=f"{label}: {reason}" if label else reason)

    text = normalize_newlines(text).strip()
    if not text:
        return reject("no text: the article text is empty")
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        return reject(f"text too large: {size} bytes, over the limit of {options.max_bytes} (max_bytes)")

    flags = tuple(flags)
    date: str | None = None
    if date_value is not None and not (isinstance(date_value, str) and not date_value.strip()):
        try:
            date = normalize_date(date_value)
        except ValueError as exc:
            return reject(f"{exc} in {date_where}")
    elif options.date is not None:
        date, date_source = options.date, "option"
    elif date_filename is not None and (found := date_from_filename(date_filename)):
        date, date_source = found, "filename"
    if date is None:
        date_source = "unknown"
        flags += ("date-unknown",)

    language: str | None = None
    if options.language_check:
        language, lang_flags, reason = check_language(text)
        if reason:
            return reject(reason)
        flags += lang_flags

    article_id = _clean(given_id) or content_id(text)
    return Article(
        id=article_id,
        text=text,
        title=_clean(title),
        date=date,
        date_source=date_source,
        outlet=_clean(outlet),
        url=_clean(url),
        language=language,
        source_path=source_path or source_label(path, line),
        flags=tuple(dict.fromkeys(flags)),
    )
