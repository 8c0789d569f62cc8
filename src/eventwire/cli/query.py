"""Query commands over the store: events, dyad time series, statements."""

from __future__ import annotations

import click

from eventwire.cli import main
from eventwire.cli._common import db_option, format_option, friendly_errors, render


@main.command()
@db_option
@format_option
@click.option("--actor", help="Source or target matching a code prefix (USA, USAGOV), country (RUS) or name.")
@click.option("--dyad", nargs=2, metavar="A B", help="Events between A and B, either direction.")
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.option("--cameo", metavar="PREFIX", help="CAMEO code prefix, e.g. 13 (threats) or 1312.")
@click.option("--plover", metavar="TYPE", help="PLOVER event type, e.g. SANCTION.")
@click.option("--claims", type=click.Choice(["all", "facts", "reported"]), default="all", show_default=True,
              help="reported: only events inside statements (claims); facts: only events outside them.")
@click.option("--no-negated", is_flag=True, help="Leave out negated events.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@friendly_errors
def events(db: str, fmt: str, actor: str | None, dyad: tuple[str, str] | None, since: str | None, until: str | None,
           cameo: str | None, plover: str | None, claims: str, no_negated: bool, limit: int | None) -> None:
    """List coded events with their evidence (sentence, trigger, rule).

    \b
    Examples:
      eventwire events --dyad USA RUS --since 2025-01-01
      eventwire events --actor USAGOV --cameo 13 --format jsonl
      eventwire events --plover SANCTION --claims facts --no-negated
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        rows = q.events(store, actor=actor, dyad=dyad, since=since, until=until, cameo=cameo, plover=plover,
                        claims=claims, include_negated=not no_negated, limit=limit)
    if fmt == "table":
        keep = ["date", "source_code", "cameo", "plover", "target_code", "negated", "hypothetical", "modality", "trigger_text", "sentence"]
        idx = [rows.columns.index(c) for c in keep]
        render(keep, [tuple(r[i] for i in idx) for r in rows.rows], fmt, max_width=60)
    else:
        render(rows.columns, rows.rows, fmt)


@main.command()
@click.argument("a")
@click.argument("b")
@db_option
@format_option
@click.option("--by", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True, help="Period.")
@click.option("--facts-only", is_flag=True, help="Leave out events reported inside statements (claims).")
@friendly_errors
def dyad(a: str, b: str, db: str, fmt: str, by: str, facts_only: bool) -> None:
    """How relations between A and B move: events per quad class and summed Goldstein per period.

    Negated and hypothetical events are left out. A and B match a code prefix, a country or a name.

    \b
    Examples:
      eventwire dyad USA RUS --by week
      eventwire dyad USA IGOEU --format csv > us_eu.csv
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        rows = q.dyad(store, a, b, by=by, include_reported=not facts_only)
    render(rows.columns, rows.rows, fmt)


@main.command()
@db_option
@format_option
@click.option("--speaker", help="Speaker matching a code prefix, country, name or words of the speaker mention.")
@click.option("--about", metavar="ACTOR", help="Statements whose content mentions this actor.")
@click.option("--anonymous/--named", default=None, help="Only anonymous (or only named) sources.")
@click.option("--since", metavar="YYYY-MM-DD", help="On or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="On or before this date.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@friendly_errors
def statements(db: str, fmt: str, speaker: str | None, about: str | None, anonymous: bool | None,
               since: str | None, until: str | None, limit: int | None) -> None:
    """List statements: speaker, cue, content, kind, reporting chain and sourcing flags.

    \b
    Examples:
      eventwire statements --anonymous
      eventwire statements --speaker USAGOV --about RUS --format jsonl
    """
    from eventwire.store import Store
    from eventwire.store import queries as q

    with Store(db, read_only=True) as store:
        rows = q.statements(store, speaker=speaker, about=about, anonymous=anonymous, since=since, until=until, limit=limit)
    if fmt == "table":
        keep = ["date", "speaker_text", "speaker_code", "cue_text", "kind", "anonymous", "chain", "content_text"]
        idx = [rows.columns.index(c) for c in keep]
        render(keep, [tuple(r[i] for i in idx) for r in rows.rows], fmt, max_width=50)
    else:
        render(rows.columns, rows.rows, fmt)
