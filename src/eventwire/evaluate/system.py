"""The system side of an evaluation: run eventwire's real pipeline over the texts of a gold set."""

from __future__ import annotations

import dataclasses

from eventwire.evaluate.gold import GoldSet
from eventwire.records import Analysis, Article

#: Flag put on an article whose analysis raised; the metrics list these texts as warnings.
ANALYSIS_ERROR = "analysis-error:"


def articles_of(gold: GoldSet) -> list[Article]:
    """One Article per gold text (id, date, text), so system offsets index the gold text."""
    return [
        Article(id=t.id, text=t.text, date=t.date, date_source="gold" if t.date else "unknown")
        for t in gold.texts
    ]


def run_system(gold: GoldSet, *, batch_size: int = 64) -> list[Analysis]:
    """Parse every gold text with the pinned pipeline and run eventwire's coders on it."""
    from eventwire.analyze import analyze
    from eventwire.nlp import load_pipeline

    nlp = load_pipeline()
    articles = articles_of(gold)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    out = []
    for article, doc in zip(articles, docs, strict=True):
        try:
            out.append(analyze(article, doc))
        except Exception as exc:  # one failing text must not stop the evaluation; it scores as empty
            flag = f"{ANALYSIS_ERROR}{type(exc).__name__}: {exc}"
            out.append(Analysis(article=dataclasses.replace(article, flags=(*article.flags, flag))))
    return out
