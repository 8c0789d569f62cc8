"""Model-free tests: quote finding, lexicon validation, dates, hedges and rules on hand-built Docs."""

from __future__ import annotations

import pytest
import spacy
import yaml
from spacy.tokens import Doc

from eventwire.records import Article
from eventwire.statements import LexiconError, default_lexicon, extract_statements, find_quotes, load_lexicon
from eventwire.statements.lexicon import default_lexicon_path, parse_lexicon
from eventwire.statements.sourcing import hedge_in, statement_date

# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ('He said "we will win" today.', ["we will win"]),
        ("\u201cWe will win,\u201d he said.", ["We will win,"]),
        ("\u00abNever\u00bb, she wrote.", ["Never"]),
        ('"One." Then "two."', ["One.", "two."]),
        ('A "scare" quote and "another one"', ["scare", "another one"]),
    ],
)
def test_find_quotes(text: str, inner: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == inner


def test_quote_runs_over_paragraphs_when_the_next_one_reopens() -> None:
    text = '"First paragraph of the speech.\n\n"Second paragraph," he said.'
    (q,) = find_quotes(text)
    assert q.paragraphs == 2
    assert text[q.start : q.end] == 'First paragraph of the speech.\n\n"Second paragraph,'


def test_unclosed_quote_stops_at_the_paragraph_end() -> None:
    text = 'He said "we will win\nNext paragraph "quoted" here.'
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == ["we will win", "quoted"]


# --------------------------------------------------------------------------- lexicon


def test_packaged_lexicon_loads() -> None:
    lex = default_lexicon()
    assert {"say", "tell", "announce", "deny"} <= lex.speech_verbs
    assert "believe" in lex.belief_verbs
    assert "reportedly" in lex.hedge_words
    assert ("BE", "say", "to") in lex.hedge_patterns


def test_lexicon_error_names_file_and_entry(tmp_path) -> None:
    raw = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
    raw["speech_verbs"].append(42)
    bad = tmp_path / "cues.yaml"
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(LexiconError, match=r"cues\.yaml.*entry \d+ of 'speech_verbs'"):
        load_lexicon(bad)


def test_lexicon_requires_hedges() -> None:
    raw = yaml.safe_load(default_lexicon_path().read_text(encoding="utf-8"))
    del raw["hedges"]
    with pytest.raises(LexiconError, match=r"mem\.yaml: 'hedges'"):
        parse_lexicon(raw, "mem.yaml")


# --------------------------------------------------------------------------- hand-built docs

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case) without a model


def _doc(words, heads, deps, pos, lemmas, ents=None) -> Doc:
    """A parsed Doc from explicit tokens (absolute head indices)."""
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", ".", ":", '"'} and words[i] != '"'
              for i in range(len(words))]
    # keep a space after a closing quote and after a comma
    for i, w in enumerate(words):
        if w == "," or (w == '"' and i > 0 and words[i - 1] in {",", "."}):
            spaces[i] = i + 1 < len(words)
    return Doc(_VOCAB, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               ents=ents)


class _NoActors:
    def actor_at(self, token):
        return None


def test_quote_before_attribution_is_direct() -> None:
    #        0    1     2      3     4     5    6     7      8      9
    words = ['"', "We", "will", "win", ",", '"', "the", "minister", "said", "."]
    heads = [3, 3, 3, 8, 3, 3, 7, 8, 8, 8]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = ['"', "we", "will", "win", ",", '"', "the", "minister", "say", "."]
    doc = _doc(words, heads, deps, pos, lemmas)
    article = Article(id="a", text=doc.text, date="2025-01-02", outlet="Wire")
    (s,) = extract_statements(doc, article, _NoActors())
    assert s.kind == "direct"
    assert s.content.text == "We will win"
    assert s.speaker.text == "the minister"
    assert s.cue.text == "said"
    assert s.chain == ("Wire", "the minister")
    assert not s.anonymous and not s.hedged


def test_unnamed_official_reportedly_said() -> None:
    #        0     1          2           3           4       5         6      7     8
    words = ["An", "unnamed", "official", "reportedly", "said", "talks", "had", "failed", "."]
    heads = [2, 2, 4, 4, 4, 7, 7, 4, 4]
    deps = ["det", "amod", "nsubj", "advmod", "ROOT", "nsubj", "aux", "ccomp", "punct"]
    pos = ["DET", "ADJ", "NOUN", "ADV", "VERB", "NOUN", "AUX", "VERB", "PUNCT"]
    lemmas = ["an", "unnamed", "official", "reportedly", "say", "talk", "have", "fail", "."]
    doc = _doc(words, heads, deps, pos, lemmas)
    (s,) = extract_statements(doc, Article(id="a", text=doc.text), _NoActors())
    assert s.kind == "indirect"
    assert s.content.text == "talks had failed"
    assert s.anonymous and s.anonymous_phrase == "unnamed"
    assert s.hedged and s.hedge_phrase == "reportedly"
    assert s.chain == ("An unnamed official",)


def test_doc_must_come_from_the_article_text() -> None:
    doc = _doc(["Hi", "."], [0, 0], ["ROOT", "punct"], ["INTJ", "PUNCT"], ["hi", "."])
    with pytest.raises(ValueError, match="article a"):
        extract_statements(doc, Article(id="a", text="Other"), _NoActors())


def test_hedge_patterns_on_lemmas() -> None:
    words = ["He", "is", "said", "to", "be", "ill"]
    doc = _doc(words, [2, 2, 2, 4, 2, 4], ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "acomp"],
               ["PRON", "AUX", "VERB", "PART", "AUX", "ADJ"], ["he", "be", "say", "to", "be", "ill"])
    first, last = hedge_in(list(doc), default_lexicon())
    assert doc[first.i : last.i + 1].text == "is said to"
    staged = _doc(["They", "were", "mostly", "staged"], [3, 3, 3, 3], ["nsubjpass", "auxpass", "advmod", "ROOT"],
                  ["PRON", "AUX", "ADV", "VERB"], ["they", "be", "mostly", "stage"])
    assert hedge_in(list(staged), default_lexicon()) is None


@pytest.mark.parametrize(
    ("when", "expected"),
    [("Monday", "2025-05-19"), ("Wednesday", "2025-05-21"), ("yesterday", "2025-05-20"),
     ("May 3", "2025-05-03"), ("December 30", "2024-12-30")],
)
def test_statement_date_from_the_cue(when: str, expected: str) -> None:
    parts = when.split()
    words = ["He", "said", *(["on"] if parts[0] != "yesterday" else []), *parts]
    n = len(words)
    if parts[0] == "yesterday":
        heads, deps = [1, 1, 1], ["nsubj", "ROOT", "npadvmod"]
    elif len(parts) == 1:
        heads, deps = [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"]
    else:
        heads, deps = [1, 1, 1, 2, 3], ["nsubj", "ROOT", "prep", "pobj", "nummod"]
    pos = ["PRON", "VERB"] + ["ADP" if w == "on" else "PROPN" for w in words[2:]]
    ents = ["O", "O"] + (["O"] if words[2] == "on" else []) + ["B-DATE"] + ["I-DATE"] * (len(parts) - 1)
    doc = _doc(words, heads, deps, pos, [w.lower() for w in words], ents=ents[:n])
    assert statement_date(doc[1], "2025-05-21") == expected  # 2025-05-21 is a Wednesday
