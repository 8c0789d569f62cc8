"""The `eventwire` command line: a thin click layer, each command calling one library function."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from eventwire import __version__
from eventwire.cli._common import check_date, db_option, format_option, friendly_errors, render


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news reports in, verifiable political event data out.

    \b
    Typical session:
      eventwire ingest news/ --db news.duckdb      # read, parse once, code, store
      eventwire events --dyad USA RUS --db news.duckdb
      eventwire export --table events --format parquet --out events.parquet --db news.duckdb
    """


_CSV_COLUMNS = ("text", "id", "date", "title", "url", "outlet")


def _ingest_options(kw: dict[str, Any]) -> object:
    """IngestOptions from the shared input options (see `input_options`); usage errors name the option."""
    from eventwire.ingest import IngestOptions

    stdin = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else None
    try:
        return IngestOptions(
            date=check_date(kw["date"], "--date"),
            max_bytes=kw["max_bytes"],
            fetch_pages=kw["fetch_pages"],
            language_check=not kw["no_language_check"],
            stdin=stdin,
            timeout=kw["timeout"],
            **{f"csv_{c}_column": kw[f"csv_{c}_column"] for c in _CSV_COLUMNS},
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from exc


def input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by ingest and extract: date fallback, size limit, feeds, CSV columns."""
    opts = [
        click.option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none, e.g. plain .txt."),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=10_000_000,
            show_default=True,
            envvar="EVENTWIRE_MAX_BYTES",
            show_envvar=True,
            help="Reject any single input text larger than this.",
        ),
        click.option("--fetch-pages", is_flag=True, help="For RSS/Atom feeds: fetch and extract each entry's page."),
        click.option("--no-language-check", is_flag=True, help="Keep texts detected as non-English."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds per URL fetch."),
        click.option("--csv-text-column", help="CSV column holding the text (default: detected from the header)."),
        click.option("--csv-id-column", help="CSV column holding the article id."),
        click.option("--csv-date-column", help="CSV column holding the publication date."),
        click.option("--csv-title-column", help="CSV column holding the title."),
        click.option("--csv-url-column", help="CSV column holding the URL."),
        click.option("--csv-outlet-column", help="CSV column holding the outlet name."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


@main.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@input_options
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Parser processes.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help="Articles per batch (and per commit).")
@click.option("--no-coders", is_flag=True, help="Only parse and store (sentences, mentions); code later with `recode`.")
@click.option("--progress/--no-progress", default=None, help="Progress bar with articles/s (default: on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@friendly_errors
def ingest(paths: tuple[str, ...], db: str, workers: int, batch_size: int, no_coders: bool, progress: bool | None, as_json: bool, **kw: object) -> None:
    """Read news files, directories, feeds or stdin into the store, parsing each article once.

    \b
    Formats: dated-article .txt ("date YYYY-MM-DD" first line), plain .txt, JSON Lines,
    CSV/TSV, HTML pages, RSS/Atom feeds (file or URL), any of them gzip-compressed; '-' reads stdin.
    Re-running the same ingest adds nothing. Exit status 1 when any input was rejected.

    \b
    Examples:
      eventwire ingest news/ --db news.duckdb
      eventwire ingest feed.xml https://example.org/rss --workers 2
      zcat dump.jsonl.gz | eventwire ingest - --date 2025-05-21
    """
    from eventwire.pipeline import ingest as run_ingest

    opts = _ingest_options(kw)
    summary = run_ingest(list(paths), db=db, options=opts, workers=workers, batch_size=batch_size, coders=not no_coders, progress=progress)
    if as_json:
        click.echo(json.dumps(summary.to_json(), indent=2))
    else:
        rate = f", {summary.stored / summary.seconds:.1f} articles/s" if summary.seconds and summary.stored else ""
        click.echo(
            f"stored {summary.stored} articles ({summary.events} events, {summary.statements} statements), "
            f"{summary.duplicates} duplicates skipped, {len(summary.rejected)} rejected, in {summary.seconds:.1f}s{rate} -> {db}"
        )
        for r in summary.rejected:
            where = f"{r.path}:{r.line}" if r.line else r.path
            click.echo(f"  rejected {where}: {r.reason}", err=True)
        for e in summary.coding_errors:
            click.echo(f"  coding error {e}", err=True)
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("paths", nargs=-1)
@input_options
@click.option("--no-coders", is_flag=True, help="Only sentences and mentions.")
@click.option("--pretty", is_flag=True, help="Indent the JSON (one object per article, no longer one per line).")
@friendly_errors
def extract(paths: tuple[str, ...], no_coders: bool, pretty: bool, **kw: object) -> None:
    """Run the pipeline on files (or stdin) and print one JSON object per article; no store.

    Each object has schema_version, article (id, date, title, outlet, url, text), sentences,
    mentions, actors, events and statements; all offsets index into article.text.
    Rejected inputs and articles whose coding failed (printed uncoded, with a coding-error flag) are
    reported on stderr and make the exit status 1.

    \b
    Examples:
      eventwire extract seed.txt
      echo "Russia and Ukraine held talks on Monday." | eventwire extract - --date 2025-05-21
    """
    from eventwire.pipeline import extract as run_extract
    from eventwire.records import Rejection

    opts = _ingest_options(kw)
    from eventwire.pipeline import CODING_ERROR

    rejected = coding_errors = 0
    for item in run_extract(list(paths) or ["-"], options=opts, coders=not no_coders):
        if isinstance(item, Rejection):
            rejected += 1
            where = f"{item.path}:{item.line}" if item.line else item.path
            click.echo(f"rejected {where}: {item.reason}", err=True)
            continue
        for f in item.article.flags:
            if f.startswith(CODING_ERROR):  # printed uncoded (its flag says why), and said on stderr
                coding_errors += 1
                click.echo(f"coding error in {item.article.id}: {f[len(CODING_ERROR):]}", err=True)
        click.echo(json.dumps(item.to_json(), ensure_ascii=False, indent=2 if pretty else None))
    sys.exit(1 if rejected or coding_errors else 0)


@main.command()
@db_option
@format_option
@click.option("--limit", type=click.IntRange(min=1), help="At most this many articles.")
@friendly_errors
def articles(db: str, fmt: str, limit: int | None) -> None:
    """List stored articles with their counts of sentences, events and statements.

    \b
    Example:
      eventwire articles --format csv > articles.csv
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        rows = q.articles(store, limit=limit)
    render(rows.columns, rows.rows, fmt)


@main.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@friendly_errors
def stats(db: str, as_json: bool) -> None:
    """Summarize the store: counts, date range, outlets, events by root, rejections by reason.

    \b
    Example:
      eventwire stats --json
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        s = q.stats(store)
    if as_json:
        click.echo(json.dumps(s, indent=2, default=str))
        return
    for k, v in s.items():
        if isinstance(v, dict):
            click.echo(f"{k}:")
            for kk, vv in v.items():
                click.echo(f"  {kk}: {vv}")
        elif isinstance(v, list):
            click.echo(f"{k}:")
            for item in v:
                click.echo(f"  {item}")
        else:
            click.echo(f"{k}: {v}")


@main.command()
@db_option
@format_option
@friendly_errors
def rejections(db: str, fmt: str) -> None:
    """List inputs that were rejected, with the reason (and line, for JSONL/CSV).

    \b
    Example:
      eventwire rejections --format csv
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        rows = q.rejections(store)
    render(rows.columns, rows.rows, fmt, max_width=80)


@main.command()
@db_option
@click.option("--table", default="events", show_default=True, type=click.Choice(["events", "articles", "statements", "actors", "sentences", "mentions", "rejections"]), help="What to export.")
@click.option("--format", "fmt", default="parquet", show_default=True, type=click.Choice(["parquet", "csv", "jsonl"]), help="File format.")
@click.option("--columns", default="eventwire", show_default=True, type=click.Choice(["eventwire", "gdelt", "polecat"]), help="Column set for events: eventwire's own, GDELT-like or POLECAT-like names.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Output file.")
@friendly_errors
def export(db: str, table: str, fmt: str, columns: str, out: Path) -> None:
    """Write a store table to Parquet, CSV or JSON Lines.

    \b
    Examples:
      eventwire export --table events --format parquet --out events.parquet
      eventwire export --table events --columns gdelt --format csv --out events_gdelt.csv
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        n = q.export(store, table=table, fmt=fmt, out=out, columns=columns)
    click.echo(f"wrote {n} rows of {table} to {out}")


@main.command()
@db_option
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@friendly_errors
def recode(db: str, progress: bool | None, as_json: bool) -> None:
    """Re-code actors, statements and events of stored articles from their stored parses.

    Use after editing the knowledge files, or with your own files in EVENTWIRE_ACTORS /
    EVENTWIRE_LEXICON; nothing is re-parsed.

    \b
    Example:
      EVENTWIRE_ACTORS=my_actors.yaml eventwire recode --db news.duckdb
    """
    from eventwire.pipeline import recode as run_recode

    summary = run_recode(db=db, progress=progress)
    if as_json:
        click.echo(json.dumps(summary.to_json(), indent=2))
    else:
        click.echo(
            f"recoded {summary.stored} articles ({summary.events} events, {summary.statements} statements) in {summary.seconds:.1f}s"
        )
        for e in summary.coding_errors:
            click.echo(f"  coding error {e}", err=True)
    sys.exit(1 if summary.coding_errors else 0)


# Command groups living in their own modules register themselves on `main`.
from eventwire.cli import actors as _actors  # noqa: E402,F401
from eventwire.cli import demo as _demo  # noqa: E402,F401
from eventwire.cli import evaluate as _evaluate  # noqa: E402,F401
from eventwire.cli import query as _query  # noqa: E402,F401
