"""The project's sentences are its own: no test sentence, test data text, comment or docstring copies a news text.

Facts from public sources (codes, names of states, organisations and office holders) carry over; sentences do
not. This check reads the shared news corpus (`../shared/corpus`, or `EVENTWIRE_CORPUS_DIR`) when it is present
and fails on any run of nine words that a project text shares with a corpus text, after lower-casing and
keeping only letters and digits. Nine words in the same order rarely recur by chance in news wording; a copied
sentence, even lightly edited, keeps many such runs. Gold files under `tests/data/gold/real/` hold no text
(they point at the corpus), and the actor knowledge files hold names (facts), so neither is read.
"""

from __future__ import annotations

import ast
import gzip
import io
import json
import os
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = 9  # words in a shared run that count as a copy
WORD = re.compile(r"[a-z0-9]+")


def _corpus_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_CORPUS_DIR") or ROOT.parent / "shared" / "corpus")


def _runs(text: str) -> Iterator[int]:
    words = WORD.findall(text.lower())
    for i in range(len(words) - RUN + 1):
        yield hash(tuple(words[i : i + RUN]))


def _corpus_texts(corpus: Path) -> Iterator[str]:
    with gzip.open(corpus / "wcep_briefs.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]
    with open(corpus / "wikinews_articles.jsonl", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["text"]


def _python_texts(path: Path) -> Iterator[tuple[int, str]]:
    """String literals, and comment blocks joined, of one Python file, with their line numbers."""
    source = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
    block: list[str] = []
    start = 0
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            start = start or tok.start[0]
            block.append(tok.string.lstrip("#:"))
        elif tok.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT) and block:
            yield start, " ".join(block)
            block, start = [], 0
    if block:
        yield start, " ".join(block)


def _data_texts(path: Path) -> Iterator[tuple[int, str]]:
    """Lines of a YAML file, or the `text` of each JSON Lines record."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if path.suffix == ".jsonl":
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if isinstance(rec, dict) and isinstance(rec.get("text"), str):
                yield n, rec["text"]
        else:
            yield n, line


def _project_files() -> Iterator[Path]:
    for folder in ("src", "tests", "bench"):
        for path in sorted((ROOT / folder).rglob("*")):
            if "real" in path.parts or not path.is_file() or path.parent.name == "actors" and path.suffix == ".yaml":
                continue  # real-news gold holds no text; the actor files hold names, which are facts
            if path.suffix in (".py", ".yaml", ".jsonl"):
                yield path


def _shared_runs(seen: set[int]) -> list[str]:
    out = []
    for path in _project_files():
        texts = _python_texts(path) if path.suffix == ".py" else _data_texts(path)
        for line, text in texts:
            if any(h in seen for h in _runs(text)):
                out.append(f"{path.relative_to(ROOT)}:{line}: {text.strip()[:100]!r}")
    return out


def test_the_check_finds_a_copied_run() -> None:
    seen = set(_runs("Rebels seized the northern town after two days of heavy fighting with the army"))
    assert any(h in seen for h in _runs("Yesterday rebels seized the northern town after two days of heavy fighting."))
    assert not any(h in seen for h in _runs("Rebels took the town in the north after fighting the army for two days."))


@pytest.mark.slow
def test_no_project_text_copies_the_news_corpus() -> None:
    corpus = _corpus_dir()
    if not (corpus / "wcep_briefs.jsonl.gz").is_file():
        pytest.skip(f"no news corpus at {corpus} (set EVENTWIRE_CORPUS_DIR)")
    seen: set[int] = set()
    for text in _corpus_texts(corpus):
        seen.update(_runs(text))
    copies = _shared_runs(seen)
    assert not copies, f"{len(copies)} texts share a run of {RUN} words with the news corpus:\n" + "\n".join(copies)
