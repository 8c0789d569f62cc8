"""Events: the CAMEO codebook (with Goldstein, quad class and PLOVER mapping), the lexicon of verb and
noun triggers, and the dependency-parse coder.

Public API:
    code_events(doc, article, actors, statements) -> list[Event]
    EventCoder(lexicon=None, codebook=None).code(doc, article, actors, statements)
    load_codebook(path=None) -> Codebook;  Codebook.get(code) -> CodeInfo
    load_lexicon(user_files=()) -> Lexicon
"""

from eventwire.events.codebook import Codebook, CodebookError, CodeInfo, load_codebook, quad_class_of
from eventwire.events.coder import EventCoder, code_events
from eventwire.events.dates import resolve_date_text
from eventwire.events.lexicon import Lexicon, LexiconError, load_lexicon

__all__ = [
    "CodeInfo",
    "Codebook",
    "CodebookError",
    "EventCoder",
    "Lexicon",
    "LexiconError",
    "code_events",
    "load_codebook",
    "load_lexicon",
    "quad_class_of",
    "resolve_date_text",
]
