"""The word lists and walks defined from one another stay literally what they were written out as."""
from __future__ import annotations

import inspect

from eventwire.actors import resolver
from eventwire.events import frames, modality


def test_prospect_adjectives_are_the_hypothetical_ones_without_ability() -> None:
    assert frozenset(["close", "near", "imminent", "likely", "possible", "unlikely"]) == modality.PROSPECT_ADJ
    assert isinstance(modality.PROSPECT_ADJ, frozenset)


def test_text_nouns_are_the_law_and_measure_texts_and_the_rest() -> None:
    assert frozenset(["resolution", "bill", "law", "legislation", "amendment", "motion", "draft", "decree", "measure",
                      "proposal", "text", "declaration", "statement", "letter", "petition"]) == frames.TEXT_NOUNS
    assert frozenset(["bill", "law", "legislation", "amendment", "decree", "measure"]) == frames.LAW_TEXT_NOUNS
    assert frozenset(["resolution", "bill", "legislation", "amendment", "draft"]) == modality.MEASURE_NOUNS
    assert frames.LAW_TEXT_NOUNS <= frames.TEXT_NOUNS and modality.MEASURE_NOUNS <= frames.TEXT_NOUNS
    assert isinstance(frames.TEXT_NOUNS, frozenset)


def test_non_relative_openers_are_a_subset_of_question_openers() -> None:
    assert frozenset(["how", "whether", "if", "why"]) == frames.NON_RELATIVE_OPENERS
    assert frames.NON_RELATIVE_OPENERS <= frames.QUESTION_OPENERS


def test_speaker_state_walks_with_the_shared_reporting_subject() -> None:
    sig = inspect.signature(resolver.ArticleActors._reporting_subject)
    assert sig.parameters["levels"].default == 8
    assert sig.parameters["deps"].default == ("nsubj", "nsubjpass")
    assert "_reporting_subject(token, levels=6, deps=(\"nsubj\",))" in inspect.getsource(
        resolver.ArticleActors._speaker_state)
