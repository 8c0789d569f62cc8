"""Session 15: people and groups left without a code. A name we do not know described as the relative of a
known person ("X, the nephew of the Zarovian president") is a civilian of that person's country, an age heading
the phrase ("a 19-year-old") is a person, a country name with a hyphen tagged as an organisation ("Guinea-Bissau
President X") is that country and not its first part, and activists and business figures often in the news
without an office are in the knowledge base."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code


@pytest.mark.parametrize(("text", "word", "want"), [
    # A relative of a known person, named in apposition: a civilian of the relative's country.
    ("Lorena Vidal Ortuño, the sister-in-law of Spanish prime minister Pedro Sánchez, is questioned by judges.",
     "Ortuño", "ESPCVL"),
    ("Tomasz Wierzbicki, nephew of Polish president Andrzej Duda, faces fraud charges.", "Wierzbicki", "POLCVL"),
    # An age heading the phrase is a person of the story's country, not the place named after it.
    ("Detectives hold a 19-year-old over an arson attack in Perth, Australia.", "old", "AUSCVL"),
    ("A 34-year-old is detained in Lisbon, Portugal, after a knife attack.", "old", "PRTCVL"),
    # A hyphenated country tagged as an organisation is the whole country, not "Guinea".
    ("Guinea-Bissau President Umaro Sissoco Embaló claims that unidentified gunmen shot at the palace guards.",
     "gunmen", "GNBUAF"),
    # Activists and business figures without an office.
    ("A court in Minsk sentences Maria Kolesnikova in absentia.", "Kolesnikova", "BLROPP"),
    ("Italian coast guards stop a boat carrying Greta Thunberg off Sicily.", "Thunberg", "SWEOPP"),
    ("Investigators in Paris question Pavel Durov about the messaging service.", "Durov", "RUSBUS"),
])
def test_person_code(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word, date="2025-03-10") == want


@pytest.mark.parametrize(("text", "word"), [
    # "old" alone, without an age, stays no actor.
    ("The old bridge in Lyon, France, collapses.", "old"),
])
def test_no_person(nlp, text: str, word: str) -> None:
    assert _code(nlp, text, word, date="2025-03-10") is None
