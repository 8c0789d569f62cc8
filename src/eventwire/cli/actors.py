"""`eventwire actors ...`: inspecting how mentions are coded."""

from __future__ import annotations

import json

import click

from eventwire.cli import main
from eventwire.cli._common import check_date, friendly_errors


@main.group()
def actors() -> None:
    """Inspect actor coding (knowledge base, titles, demonyms, dated roles)."""


@actors.command("resolve")
@click.argument("texts", nargs=-1, required=True)
@click.option("--date", metavar="YYYY-MM-DD", help="Code people by the office they hold on this date (default: today).")
@click.option("--actors-file", "actors_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor YAML file overriding the shipped knowledge (repeatable; also $EVENTWIRE_ACTORS).")
@friendly_errors
def resolve(texts: tuple[str, ...], date: str | None, actors_files: tuple[str, ...]) -> None:
    """Print how each mention is coded: one JSON line per text (text, code, country, sector, name, why).

    \b
    Examples:
      eventwire actors resolve "the Kremlin" "Ukrainian lawmakers" "riot police"
      eventwire actors resolve "Donald Trump" --date 2019-06-01
    """
    from pathlib import Path

    from eventwire.actors import load_knowledge_base, resolve_text

    check_date(date, "--date")
    kb = load_knowledge_base(tuple(Path(f) for f in actors_files)) if actors_files else None
    for text in texts:
        ref = resolve_text(text, date, kb=kb)
        click.echo(json.dumps({"text": text, "code": ref.code, "country": ref.country, "sector": ref.sector,
                               "name": ref.name, "why": ref.why}, ensure_ascii=False))
