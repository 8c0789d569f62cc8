"""Gold records that reference corpus texts (corpus_ref) instead of copying them."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from pathlib import Path

import pytest

from eventwire.evaluate import GoldFormatError, read_gold

ARTICLE = "Lead sentence about a summit. Second sentence about trade."


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    with gzip.open(d / "briefs.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "b:1", "text": "Ruritania expels two diplomats."}) + "\n")
        fh.write(json.dumps({"id": "b:2", "text": "Unrelated brief."}) + "\n")
    (d / "articles.jsonl").write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\n", encoding="utf-8")
    return d


def _sha(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def _gold(tmp_path: Path, records: list[dict]) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return p


def test_corpus_ref_whole_text_and_slice(tmp_path: Path) -> None:
    d = _corpus(tmp_path)
    lead = ARTICLE[: ARTICLE.index(".") + 1]
    p = _gold(
        tmp_path,
        [
            {"id": "r1", "corpus_ref": {"file": "briefs.jsonl.gz", "id": "b:1"}, "events": [{"cameo": "1622"}]},
            {
                "id": "r2",
                "corpus_ref": {"file": "articles.jsonl", "id": "a1", "start": 0, "end": len(lead), "sha1": _sha(lead)},
                "events": [],
            },
        ],
    )
    g = read_gold(p, corpus_dir=d)
    assert [t.text for t in g.texts] == ["Ruritania expels two diplomats.", lead]
    assert g.texts[0].events[0].cameo == "1622"


def test_corpus_ref_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = _corpus(tmp_path)
    p = _gold(tmp_path, [{"id": "r1", "corpus_ref": {"file": "briefs.jsonl.gz", "id": "b:2"}, "events": []}])
    monkeypatch.setenv("EVENTWIRE_CORPUS_DIR", str(d))
    assert read_gold(p).texts[0].text == "Unrelated brief."


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ({"file": "briefs.jsonl.gz", "id": "b:9"}, "not found in briefs.jsonl.gz"),
        ({"file": "missing.jsonl", "id": "x"}, "not found (referenced by corpus_ref)"),
        ({"file": "articles.jsonl", "id": "a1", "start": 0, "end": 9999}, "outside the text"),
        ({"file": "articles.jsonl", "id": "a1", "sha1": "0" * 40}, "sha1 differs"),
        ({"id": "a1"}, "needs a 'file' and an 'id'"),
    ],
)
def test_corpus_ref_errors_name_the_record(tmp_path: Path, ref: dict, message: str) -> None:
    d = _corpus(tmp_path)
    p = _gold(tmp_path, [{"id": "r1", "corpus_ref": ref, "events": []}])
    with pytest.raises(GoldFormatError, match=re.escape(message)):
        read_gold(p, corpus_dir=d)


def test_corpus_ref_without_a_corpus_dir_says_how(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVENTWIRE_CORPUS_DIR", raising=False)
    p = _gold(tmp_path, [{"id": "r1", "corpus_ref": {"file": "briefs.jsonl.gz", "id": "b:1"}, "events": []}])
    with pytest.raises(GoldFormatError, match="--corpus-dir"):
        read_gold(p)


def test_corpus_ref_and_text_together_is_an_error(tmp_path: Path) -> None:
    d = _corpus(tmp_path)
    p = _gold(tmp_path, [{"id": "r1", "text": "x", "corpus_ref": {"file": "briefs.jsonl.gz", "id": "b:1"}}])
    with pytest.raises(GoldFormatError, match="both a text and a corpus_ref"):
        read_gold(p, corpus_dir=d)
