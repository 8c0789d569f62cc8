"""ArticleActors on hand-built parses (no model): phrase selection, mentions and coreference."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


def _doc(rows: list[tuple[str, str, str, int]], spaces: list[bool] | None = None) -> Doc:
    """Build a parsed Doc from (word, pos, dep, head index) rows."""
    words = [r[0] for r in rows]
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


# "US President Donald Trump said that he rejected the Kremlin 's offer ."
ROWS = [
    ("US", "PROPN", "compound", 1),
    ("President", "PROPN", "compound", 3),
    ("Donald", "PROPN", "compound", 3),
    ("Trump", "PROPN", "nsubj", 4),
    ("said", "VERB", "ROOT", 4),
    ("that", "SCONJ", "mark", 7),
    ("he", "PRON", "nsubj", 7),
    ("rejected", "VERB", "ccomp", 4),
    ("the", "DET", "det", 9),
    ("Kremlin", "PROPN", "poss", 11),
    ("'s", "PART", "case", 9),
    ("offer", "NOUN", "dobj", 7),
    (".", "PUNCT", "punct", 4),
]
SPACES = [True] * 9 + [False, True, False, False]


def _actors(date: str) -> tuple[ArticleActors, Doc]:
    doc = _doc(ROWS, SPACES)
    return ArticleActors(doc, Article(id="h", text=doc.text, date=date), load_knowledge_base()), doc


def test_mentions_and_offsets():
    actors, doc = _actors("2025-05-21")
    got = [(m.actor.text, m.actor.code, m.kind) for m in actors.mentions]
    assert got == [
        ("US President Donald Trump", "USAGOV", "entity"),
        ("he", "USAGOV", "pronoun"),
        ("the Kremlin's", "RUSGOV", "entity"),
    ]
    for m in actors.mentions:
        assert doc.text[m.actor.start : m.actor.end] == m.actor.text


def test_same_text_other_date_codes_other_role():
    actors, doc = _actors("2023-05-21")
    trump = actors.actor_at(doc[3])
    assert trump is not None and trump.code == "USAELI"
    # The pronoun follows its antecedent's coding on that date.
    he = actors.actor_at(doc[6])
    assert he is not None and he.code == "USAELI"


def test_non_actor_head_and_modifier():
    actors, doc = _actors("2025-05-21")
    assert actors.actor_at(doc[11]) is None  # "offer"
    president = actors.actor_at(doc[1])  # the compound alone: "US President"
    assert president is not None and president.code == "USAGOV" and president.text == "US President"
