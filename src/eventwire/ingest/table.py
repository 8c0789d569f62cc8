"""CSV and TSV files with a header row, streamed row by row; columns found by alias or named by option."""

from __future__ import annotations

import csv
from collections.abc import Iterator

from eventwire.ingest.decode import decode_line
from eventwire.ingest.errors import IngestError
from eventwire.ingest.fields import ALIASES, Found, fields_to_item
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, iter_lines
from eventwire.records import Article, Rejection

_DELIMITERS = (",", ";", "\t", "|")


def _option_columns(options: IngestOptions) -> dict[str, str | None]:
    return {
        "text": options.csv_text_column,
        "id": options.csv_id_column,
        "date": options.csv_date_column,
        "title": options.csv_title_column,
        "url": options.csv_url_column,
        "outlet": options.csv_outlet_column,
    }


def map_columns(header: list[str], options: IngestOptions) -> dict[str, int]:
    """Canonical field -> column index: named by option (must exist) or else the first alias in the header."""
    lowered = [h.strip().lower() for h in header]
    columns: dict[str, int] = {}
    for field, wanted in _option_columns(options).items():
        if wanted is not None:
            try:
                columns[field] = lowered.index(wanted.strip().lower())
            except ValueError:
                raise IngestError(
                    f"column '{wanted}' (csv_{field}_column) is not in the CSV header: {', '.join(header)}"
                ) from None
            continue
        for alias in ALIASES[field]:
            if alias in lowered:
                columns[field] = lowered.index(alias)
                break
    if "text" not in columns:
        raise IngestError(
            f"no text column in the CSV header ({', '.join(header)}): name one of "
            f"{', '.join(ALIASES['text'])}, or set csv_text_column"
        )
    return columns


def _delimiter(source: Source, first_line: str) -> str:
    if source.ext in ("tsv", "tab"):
        return "\t"
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """Articles from a CSV/TSV stream with a header row; each bad row is rejected with its line number."""
    # csv's field limit (128 KiB by default) would cut long articles; max_bytes is the real limit.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_bytes))
    row_flags: set[str] = set()
    state = {"line": 0}

    def lines() -> Iterator[str]:
        for lineno, raw in iter_lines(source.stream, options.max_bytes):
            state["line"] = lineno
            if raw is None:
                raise IngestError(f"text too large: line {lineno} is over the limit of {options.max_bytes} bytes (max_bytes); stopped reading this file there")
            text, flag = decode_line(raw)
            if flag:
                row_flags.add(flag)
            yield text.lstrip("\ufeff") if lineno == 1 else text

    line_iter = lines()
    try:
        first = next(line_iter)
    except StopIteration:
        yield Rejection(path=source.name, reason="empty file (no CSV header)")
        return

    def all_lines() -> Iterator[str]:
        yield first
        yield from line_iter

    reader = csv.reader(all_lines(), delimiter=_delimiter(source, first))
    header = next(reader)
    columns = map_columns(header, options)
    header_flags = set(row_flags)
    rows = 0
    while True:
        start = state["line"] + 1
        row_flags.clear()
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield Rejection(path=source.name, line=start, reason=f"malformed CSV: {exc}; stopped reading this file there")
            return
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        found = {field: Found(header[index], row[index]) for field, index in columns.items() if index < len(row) and row[index].strip()}
        flags = tuple(sorted(row_flags | header_flags))
        yield fields_to_item(found, options=options, path=source.name, line=start, flags=flags, present=header)
    if rows == 0:
        yield Rejection(path=source.name, reason="empty file (a CSV header but no rows)")
