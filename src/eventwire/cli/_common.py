"""Shared pieces of the command-line layer: the --db option, output rendering, error handling."""

from __future__ import annotations

import csv
import functools
import io
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "csv", "jsonl")


def check_date(value: str | None, option: str) -> str | None:
    """A YYYY-MM-DD option value, or a usage error naming the option."""
    import datetime as dt

    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"must be YYYY-MM-DD, got {value!r}", param_hint=option) from exc
    return value


def db_option(f: F) -> F:
    """The --db option (env EVENTWIRE_DB, default ./eventwire.duckdb)."""
    from eventwire.store.db import DEFAULT_DB

    return click.option(
        "--db",
        envvar="EVENTWIRE_DB",
        default=DEFAULT_DB,
        show_default=True,
        show_envvar=True,
        help="DuckDB store file.",
    )(f)


def format_option(f: F) -> F:
    """The --format option for tabular output."""
    return click.option(
        "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."
    )(f)


def friendly_errors(f: F) -> F:
    """Turn the library's named exceptions into one-line messages and exit status 2."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from eventwire.nlp import ModelError
        from eventwire.store.db import StoreError
        from eventwire.store.queries import QueryError

        try:
            return f(*args, **kwargs)
        except (StoreError, QueryError, ModelError, ValueError, FileNotFoundError) as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _cell(v: Any, width: int) -> str:
    s = "" if v is None else (", ".join(map(str, v)) if isinstance(v, list | tuple) else str(v))
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


def render(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, *, max_width: int = 40) -> None:
    """Print rows as an aligned table, CSV or JSON Lines."""
    out = sys.stdout
    if fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(dict(zip(columns, r, strict=True)), ensure_ascii=False, default=str) + "\n")
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        out.write(buf.getvalue())
        return
    rows = list(rows)
    cells = [[_cell(v, max_width) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(rows)} rows)\n")
