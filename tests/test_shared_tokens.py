"""The document's shared tokens (`eventwire.nlp.doc_tokens`, `doc_children`, `token_children`) and the rule that the
coders compare tokens by index, never by identity: spaCy builds a new Token object on every `doc[i]`, `Token.head` and
`Token.children`, so `a.head is a` is always false and an identity test between tokens answers by where the objects
came from, not by which words they are."""

from __future__ import annotations

import ast
from pathlib import Path

import eventwire
from eventwire.nlp import doc_children, doc_tokens, sent_tokens, token_children

SRC = Path(eventwire.__file__).parent


def test_children_are_spacys_children(nlp) -> None:
    doc = nlp("The envoy of Norway said on Friday that both sides had agreed to resume talks in Oslo next week.")
    for tok in doc:
        assert [c.i for c in token_children(tok)] == [c.i for c in tok.children]
    assert all(c is doc_tokens(doc)[c.i] for t in doc for c in token_children(t))


def test_one_token_list_per_document(nlp) -> None:
    a, b = nlp("Rebels seized the town."), nlp("The court freed two reporters.")
    first = doc_tokens(a)
    assert doc_tokens(a) is first and [t.i for t in first] == list(range(len(a)))
    assert [t.text for t in doc_tokens(b)] == [t.text for t in b]
    kids_b = doc_children(b)
    assert {h: [c.i for c in cs] for h, cs in kids_b.items()} == {
        t.i: [c.i for c in t.children] for t in b if any(True for _ in t.children)}
    # back to the first document: rebuilt for it, not the second one's
    root = next(t for t in a if t.dep_ == "ROOT")
    assert [c.text for c in token_children(root)] == [c.text for c in root.children]


def test_sentence_tokens(nlp) -> None:
    doc = nlp("The ministers met in Geneva. They agreed on a new round of talks next month.")
    last = doc[-2]
    assert [t.text for t in sent_tokens(last)] == [t.text for t in last.sent]
    assert all(t is doc_tokens(doc)[t.i] for t in sent_tokens(last))


def _token_identity_tests(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Is | ast.IsNot) and not isinstance(right, ast.Constant) and any(
                    isinstance(side, ast.Attribute) and side.attr == "head" for side in (left, right)):
                found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
            left = right
    return found


def test_no_identity_test_on_a_head() -> None:
    # "t.head is t" never holds (a new Token each time): write "t.head.i == t.i".
    found = [f for p in sorted(SRC.rglob("*.py")) for f in _token_identity_tests(p)]
    assert found == []


def test_the_check_finds_an_identity_test(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f(t):\n    return t.head is t or t.head is not None\n", encoding="utf-8")
    assert _token_identity_tests(bad) == ["bad.py:2: t.head is t"]
