"""Speed helpers that must not change output: the decoded Doc's text kept from the stored message, and the
garbage collector kept off long-lived objects for one command run."""

from __future__ import annotations

import gc

import pytest

from eventwire.pipeline import LongLivedHeap


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Israeli jets struck Gaza on Tuesday, the army said.",
        "Kenya  sent police\tto Haiti.\n\nThe UN approved\u00a0the mission.  ",
        "  A leading space, a trailing newline and \u2009thin spaces\u2009.\n",
    ],
)
def test_decoded_text_is_the_stored_text(nlp, text: str) -> None:
    """The text kept for a decoded Doc is exactly what spaCy rebuilds from its tokens, and the parsed text."""
    from eventwire.nlp import doc_from_bytes, doc_text, doc_to_bytes

    doc = doc_from_bytes(doc_to_bytes(nlp(text)))
    assert doc_text(doc) == "".join(t.text_with_ws for t in doc) == text


def test_long_lived_heap_freezes_once_and_restores() -> None:
    assert gc.get_freeze_count() == 0
    default = gc.get_threshold()
    with LongLivedHeap() as heap:
        assert gc.get_freeze_count() == 0  # nothing frozen before the coders' data is loaded
        heap.loaded()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert gc.get_threshold()[0] >= LongLivedHeap.YOUNG_THRESHOLD
        garbage = [object()]
        heap.loaded()  # once per run: later calls freeze nothing more (frozen objects freed since may leave the count)
        assert gc.get_freeze_count() <= frozen
        del garbage
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == default


def test_long_lived_heap_restores_on_error() -> None:
    default = gc.get_threshold()
    with pytest.raises(RuntimeError), LongLivedHeap() as heap:
        heap.loaded()
        raise RuntimeError("a failing run")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == default


def test_long_lived_heap_keeps_a_callers_freeze() -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        threshold = gc.get_threshold()
        with LongLivedHeap() as heap:
            heap.loaded()
            assert gc.get_threshold() == threshold  # the caller's settings are kept
        # the caller's own freeze is left as it was: not thawed (0) and nothing more frozen (a frozen object that
        # dies meanwhile, e.g. a temporary of the test runner, may lower the count: an equality test was flaky)
        assert 0 < gc.get_freeze_count() <= before
    finally:
        gc.unfreeze()


@pytest.mark.slow
def test_recode_leaves_the_heap_unfrozen(tmp_path) -> None:
    from eventwire.pipeline import ingest, recode

    src = tmp_path / "a.txt"
    src.write_text("Russia and Ukraine exchanged prisoners on Friday, officials said.", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    ingest([str(src)], db=db, progress=False)
    default = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    summary = recode(db=db, progress=False)
    assert summary.stored == 1 and not summary.coding_errors
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == default
