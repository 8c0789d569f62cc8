"""The event lexicon: coverage of the CAMEO roots and validation with useful messages."""

from __future__ import annotations

import pytest

from eventwire.events.codebook import load_codebook
from eventwire.events.lexicon import LexiconError, build_lexicon, load_lexicon, shipped_lexicon_files


def test_every_root_is_covered_by_verbs_and_several_codes():
    lex = load_lexicon()
    entries = lex.entries()
    roots = {e.code[:2] for e in entries}
    assert roots == {f"{r:02d}" for r in range(1, 21)}
    reachable = {e.code for e in entries} | {c for e in entries for c in e.modifiers.values()}
    reachable |= {c for table in lex.compose.values() for c in table.values() if c != "keep"}
    assert len(reachable) > 180
    assert len(entries) > 450


def test_words_like_on_and_no_stay_strings():
    lex = load_lexicon()
    assert "no" in lex.negation_words
    assert "on" in next(e for e in lex.verbs["impose"] if e.id == "v.impose_sanctions").target


def test_compose_tables():
    lex = load_lexicon()
    assert lex.compose_code("threat", "163") == "1312"
    assert lex.compose_code("threat", "1384") == "1384" or lex.compose_code("threat", "190") == "1384"
    assert lex.compose_code("intent", "042") == "036"
    assert lex.compose_code("reject", "0356") == "1246"
    assert lex.compose_code("appeal", "0841") == "0253"
    assert lex.compose_code("demand", None) == "100"


def _user_file(tmp_path, body: str):
    p = tmp_path / "mine.yaml"
    p.write_text(body, encoding="utf-8")
    return [*shipped_lexicon_files(), p]


def test_unknown_code_names_file_and_entry(tmp_path):
    paths = _user_file(tmp_path, "verbs:\n- {id: my.bad, verb: bash, code: '999'}\n")
    with pytest.raises(LexiconError, match=r"mine\.yaml: entry my\.bad: code '999'"):
        build_lexicon(paths, load_codebook())


def test_duplicate_id_and_unknown_key(tmp_path):
    with pytest.raises(LexiconError, match="duplicate id"):
        build_lexicon(_user_file(tmp_path, "verbs:\n- {id: v.praise, verb: laud, code: '051'}\n"), load_codebook())
    with pytest.raises(LexiconError, match=r"entry my\.x: unknown keys \['colour'\]"):
        build_lexicon(_user_file(tmp_path, "nouns:\n- {id: my.x, noun: [x], code: '051', colour: red}\n"), load_codebook())


def test_user_entries_take_precedence(tmp_path):
    lex = build_lexicon(_user_file(tmp_path, "verbs:\n- {id: my.praise, verb: praise, code: '050'}\n"), load_codebook())
    assert lex.verbs["praise"][0].id == "my.praise"
