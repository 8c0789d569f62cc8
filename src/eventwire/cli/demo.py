"""`eventwire demo`: ingest the bundled sample articles and show what came out."""

from __future__ import annotations

import click

from eventwire.cli import main
from eventwire.cli._common import db_option, friendly_errors, render


@main.command()
@db_option
@friendly_errors
def demo(db: str) -> None:
    """Ingest the bundled sample articles (the seed article and the team's own) and show the results.

    \b
    Example:
      eventwire demo --db demo.duckdb && eventwire dyad USA RUS --db demo.duckdb
    """
    from eventwire.pipeline import ingest
    from eventwire.samples import samples_dir
    from eventwire.store import Store
    from eventwire.store import queries as q

    summary = ingest([str(samples_dir())], db=db, progress=False)
    click.echo(
        f"== ingested {summary.stored} new articles, {summary.duplicates} already stored, "
        f"{len(summary.rejected)} rejected -> {db}"
    )
    with Store(db, read_only=True) as store:
        arts = q.articles(store)
        click.echo("\n== articles")
        render(["id", "date", "outlet", "title", "sentences", "events", "statements"],
               [(r[0], r[1], r[2], r[3], r[5], r[6], r[7]) for r in arts.rows], "table")
        ev = q.events(store)
        click.echo("\n== events (source, CAMEO, PLOVER, target; negated/hypothetical are kept and flagged)")
        keep = ["date", "source_code", "cameo", "plover", "target_code", "negated", "hypothetical", "modality", "trigger_text"]
        idx = [ev.columns.index(c) for c in keep]
        render(keep, [tuple(r[i] for i in idx) for r in ev.rows], "table")
        st = q.statements(store)
        click.echo("\n== statements (who said what, according to whom)")
        keep = ["speaker_text", "speaker_code", "kind", "anonymous", "chain", "content_text"]
        idx = [st.columns.index(c) for c in keep]
        render(keep, [tuple(r[i] for i in idx) for r in st.rows], "table", max_width=50)
    click.echo(f"\nNext: eventwire events --db {db} --dyad USA RUS ; eventwire export --db {db} --out events.parquet")
