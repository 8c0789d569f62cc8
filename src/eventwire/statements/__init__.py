"""Statements: who said what, according to whom (quotes, attribution, reporting chains, sourcing)."""

from eventwire.statements.extract import ActorLookup, extract_statements
from eventwire.statements.lexicon import CueLexicon, LexiconError, default_lexicon, load_lexicon
from eventwire.statements.query import filter_statements
from eventwire.statements.quotes import Quote, find_quotes

__all__ = [
    "ActorLookup",
    "CueLexicon",
    "LexiconError",
    "Quote",
    "default_lexicon",
    "extract_statements",
    "filter_statements",
    "find_quotes",
    "load_lexicon",
]
