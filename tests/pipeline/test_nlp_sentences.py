"""`nlp.sentence_spans`: the sentence list is computed once per document and follows the document."""

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
