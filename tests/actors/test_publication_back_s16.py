"""A bare "the paper", "the authors", "the article" points back at the news outlet the article named before."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article
from eventwire.statements import extract_statements


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The New York Times says the talks in Geneva stalled. The paper adds that Russia wants a delay.", "paper"),
        ("Al Jazeera wrote about the strike on the port near Russia. The authors recall earlier strikes.", "authors"),
    ],
)
def test_bare_publication_word_is_the_outlet_named_before(nlp, text: str, word: str) -> None:
    assert code_of_word(nlp, text, word) == code_of_word(nlp, text, text.split()[1])


@pytest.mark.slow
def test_without_an_outlet_named_the_word_keeps_its_own_reading(nlp) -> None:
    # nothing named before: the writers of a Russian study stay Russian civilians, not some outlet
    assert code_of_word(nlp, "Russian scientists published a study. The authors say ice is melting.", "authors") \
        != code_of_word(nlp, "The New York Times reports on a study. The authors say ice is melting.", "authors")


@pytest.mark.slow
def test_the_relaying_outlet_is_not_the_one_pointed_back_at(nlp) -> None:
    text = ("The Washington Post reports on the sanctions against Russia, UNN writes. "
            "The authors note that Moscow has not replied.")
    doc = nlp(text)
    art = Article(id="t", text=text, date="2025-05-21", outlet="UNN")
    actors = ArticleActors(doc, art, load_knowledge_base())
    ref = actors.actor_at([t for t in doc if t.text == "authors"][0])
    assert ref is not None and ref.name == "The Washington Post" and ref.code == "USAMED"
    speakers = {s.speaker.text: s.speaker.code for s in extract_statements(doc, art, actors) if s.speaker}
    assert speakers.get("The authors") == "USAMED"
