"""`eventwire eval`: scoring eventwire against gold files."""

from __future__ import annotations

import sys

import click

from eventwire.cli import main
from eventwire.cli._common import friendly_errors


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--task", type=click.Choice(["events", "statements", "actors"]), help="Score only this task (default: every task the gold file annotates).")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--confusion", is_flag=True, help="Add the CAMEO root confusion matrix.")
@click.option("--details", is_flag=True, help="List the texts with misses: gold events not found and system events not in the gold.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False), help="Quality gate: a floors JSON; exit 1 when a metric falls below its floor.")
@click.option(
    "--corpus-dir",
    type=click.Path(exists=True, file_okay=False),
    envvar="EVENTWIRE_CORPUS_DIR",
    help="Where gold records that reference corpus texts (corpus_ref) find them [env: EVENTWIRE_CORPUS_DIR].",
)
@friendly_errors
def evaluate(
    gold: tuple[str, ...], task: str | None, as_json: bool, confusion: bool, details: bool, floors: str | None, corpus_dir: str | None
) -> None:
    """Score eventwire against gold files: events, statements (attribution) or actors.

    \b
    Gold formats: eventwire JSONL gold, PETRARCH validation XML, PLOVER gold JSON,
    brat standoff attribution (a folder of .txt + .ann, or one .ann).

    \b
    Examples:
      eventwire eval tests/data/gold/events.jsonl --confusion
      eventwire eval ../shared/reference/petrarch/PETR2_GSR_validation.xml --json
      eventwire eval tests/data/gold/attribution --task statements
      eventwire eval tests/data/gold/events.jsonl --floors tests/data/gold/floors.json --details
      eventwire eval tests/data/gold/real/events_real_a.jsonl --corpus-dir ../shared/corpus
    """
    from eventwire.evaluate.command import eval_command

    text, code = eval_command(list(gold), task=task, as_json=as_json, confusion=confusion, floors=floors, details=details, corpus_dir=corpus_dir)
    click.echo(text, err=code == 2)
    sys.exit(code)
