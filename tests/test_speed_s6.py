"""Speed helpers of session 6 that must not change output: the event coder's per-document token marks read from
spaCy's arrays give the same answers as the Token attributes they replace."""

from __future__ import annotations

import pytest

from eventwire.events.coder import MAX_DEPTH, _TokenMarks
from eventwire.events.lexicon import load_lexicon

TEXTS = [
    "The rebels and the army signed a peace deal in the capital on Friday, officials said.",
    "Officials said the northern province must release the detained fishermen before the talks.",
    "Militants fire rockets at border towns as the ousting of the mayor divides the council.",
    "Ukrainian drone strikes hit two refineries overnight.\n\nNo one was hurt, the governor said.",
]


def _depth(tok) -> int:  # the walk up the tree the marks replace
    d = 0
    while tok.head.i != tok.i and d < MAX_DEPTH:
        tok = tok.head
        d += 1
    return d


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_token_marks_match_token_attributes(nlp, text: str) -> None:
    doc = nlp(text)
    lex = load_lexicon()
    marks = _TokenMarks(doc, lex)
    n = len(doc)
    assert marks.in_range(marks.verbs, 0, n) == [t.i for t in doc if t.pos_ in ("VERB", "AUX")]
    assert marks.in_range(marks.verb_like, 0, n) == [
        t.i for t in doc
        if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_.startswith("VB"))
    ]
    assert marks.in_range(marks.nouns, 0, n) == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]
    assert marks.has_mod == {t.i for t in doc if any(c.dep_ in ("compound", "amod") for c in t.children)}
    assert marks.has_aux == {t.i for t in doc if any(c.dep_ == "aux" for c in t.children)}
    assert marks.depth == [_depth(t) for t in doc]
    for t in doc:
        expected = (t.lemma_.lower() in lex.nouns or t.lower_ in lex.nouns or t.lemma_.lower() in lex.deverbal
                    or any(c.dep_ in ("compound", "amod") for c in t.children))
        assert marks.noun_trigger(t.i) == expected, t.text
    # a sentence's slice of the marks: only its own tokens
    for sent in doc.sents:
        assert marks.in_range(marks.nouns, sent.start, sent.end) == [t.i for t in sent if t.pos_ in ("NOUN", "PROPN")]


@pytest.mark.slow
def test_token_marks_of_an_empty_document(nlp) -> None:
    marks = _TokenMarks(nlp(""), load_lexicon())
    assert marks.in_range(marks.verb_like, 0, 0) == []
    assert marks.depth == []
    assert not marks.has_mod and not marks.has_aux


@pytest.mark.slow
def test_verb_lemma_memo_gives_the_unmemoised_answer(nlp) -> None:
    """The lemma the coder looks up is kept per lexicon by word; a kept answer equals a fresh one, word by word."""
    from eventwire.events.frames import _SentenceCoder

    lex = load_lexicon()
    coder = _SentenceCoder(lex, None)
    docs = [nlp(t) for t in TEXTS + ["Protesters staged sit-ins and re-arrested officials co-signed the plan."]]
    first = [[coder.verb_lemma(t) for t in doc] for doc in docs]
    assert lex.memo["verb_lemma"], "the memo is filled"
    again = [[coder.verb_lemma(t) for t in doc] for doc in docs]
    fresh = [[coder._verb_lemma(t) for t in doc] for doc in docs]
    assert first == again == fresh
    assert "stage" in first[-1] and "arrest" in first[-1]
