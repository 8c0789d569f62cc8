"""nlp helpers: sentence spans computed once per document; the fast Doc decoding path."""

from __future__ import annotations

import pytest

from eventwire.nlp import sentence_spans

pytestmark = pytest.mark.slow


def test_sentence_spans_cached_per_document(nlp) -> None:
    a = nlp("Kenya sent police to Haiti. The UN approved the mission.")
    b = nlp("Chile and Peru held border talks.")
    first = sentence_spans(a)
    assert [s.text for s in first] == [s.text for s in a.sents]
    assert sentence_spans(a) is first  # same document: not rebuilt
    assert [s.text for s in sentence_spans(b)] == ["Chile and Peru held border talks."]
    # Back to the first document: its own sentences, never the previous document's.
    assert [s.text for s in sentence_spans(a)] == ["Kenya sent police to Haiti.", "The UN approved the mission."]


def test_doc_from_bytes_matches_spacy(nlp) -> None:
    """The fast decoding path rebuilds exactly the Doc spaCy's own from_bytes would."""
    from spacy.tokens import Doc

    from eventwire.nlp import doc_from_bytes, doc_to_bytes

    doc = nlp("Israeli jets struck Gaza on Tuesday, the army said. Hamas fired rockets in response.")
    data = doc_to_bytes(doc)
    ours = doc_from_bytes(data)
    theirs = Doc(nlp.vocab).from_bytes(data)
    assert ours.to_json() == theirs.to_json()
    assert [t.dep_ for t in ours] == [t.dep_ for t in doc] and [e.label_ for e in ours.ents] == [e.label_ for e in doc.ents]
