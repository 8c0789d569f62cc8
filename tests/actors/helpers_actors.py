"""Helpers shared by the actors tests: the code eventwire gives one word's phrase in an invented text."""

from __future__ import annotations

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


def code_of_word(nlp, text: str, word: str, date: str = "2025-10-15", nth: int = 0) -> str | None:
    """The actor code of the phrase headed by the `nth` token `word` of `text` (published on `date`)."""
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date=date), load_knowledge_base())
    ref = actors.actor_at([t for t in doc if t.text == word][nth])
    return ref.code if ref is not None else None
