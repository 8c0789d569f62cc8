"""Argument classes of session 6 (invented sentences): a relative clause after a list of subjects, a list of possessors
("A and B's sanctions"), a list the parser hangs on a clause marker ("after A, B and C condemned X"), the "of" object of
an act noun whose agent is a country ("the invasion by A of B"), a list of titled names or possessed bodies as a deep
target, and the named owner of the grievance an act is taken "over"."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, dyads, has_event


@pytest.mark.slow
@pytest.mark.parametrize("text, root, want", [
    ("Kenyan President Amos Ruto and Ethiopian Prime Minister Abel Tadesse, who condemned Uganda, met in Nairobi.",
     "11", {("KEN", "UGA"), ("ETH", "UGA")}),
    ("Ghana and Togo, which accused Benin of spying, closed their borders on Monday.", "11", {("GHA", "BEN"), ("TGO", "BEN")}),
])
def test_relative_clause_after_a_subject_list(nlp, text: str, root: str, want: set) -> None:
    """A relative clause set off by a comma after a list of subjects describes every member, not only the last."""
    assert want <= dyads(counted_events(nlp, text), (root,))


@pytest.mark.slow
def test_relative_clause_without_comma_keeps_its_noun(nlp) -> None:
    """A clause the list's last member heads without a comma is left to the parser's reading."""
    evs = counted_events(nlp, "Observers praised the move by Ghana and Togo, which Benin condemned.")
    assert ("GHA", "TGO") not in dyads(evs, ("11",))


@pytest.mark.slow
@pytest.mark.parametrize("text, owners", [
    ("Observers discussed Kenya and Ethiopia's sanctions on Uganda on Monday.", ["KEN", "ETH"]),
    ("Kenya, Ethiopia and Tanzania's sanctions on Uganda took effect.", ["KEN", "ETH", "TZA"]),
])
def test_every_listed_possessor_owns_the_act(nlp, text: str, owners: list[str]) -> None:
    """"A and B's sanctions": the parser makes the noun a conjunct of A; every member of the list imposes them."""
    assert {(o, "UGA") for o in owners} <= dyads(counted_events(nlp, text), ("16",))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Protests began after Kenya, Ethiopia and Tanzania condemned Uganda.",
    "Talks collapsed after Kenya's government, Ethiopia's government and Tanzania's government condemned Uganda.",
])
def test_list_hung_on_a_clause_marker_is_the_subject(nlp, text: str) -> None:
    """"after A, B and C condemned X": the parser reads the list as the marker's object; it is the clause's subject."""
    assert {("KEN", "UGA"), ("ETH", "UGA"), ("TZA", "UGA")} <= dyads(counted_events(nlp, text), ("11",))


@pytest.mark.slow
def test_of_object_after_a_country_agent(nlp) -> None:
    """"the invasion by A of B": the act noun's "of" object, hung on the agent, is the target."""
    assert has_event(counted_events(nlp, "Observers condemned the invasion by Russia of Ukraine."), "19", "RUS", "UKR")


@pytest.mark.slow
def test_of_phrase_of_a_body_is_its_owner_not_a_target(nlp) -> None:
    """"an attack by the army of A on B": "of A" names the army's owner; the target is B."""
    evs = counted_events(nlp, "Observers condemned an attack by the army of Russia on Ukraine.")
    assert has_event(evs, "19", "RUS", "UKR") and not has_event(evs, "19", "RUS", "RUS")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya imposed sanctions on Ugandan President Amos Okello and Tanzanian President Grace Mushi on Monday.",
    "Kenya imposed sanctions on Uganda's government and Tanzania's government on Monday.",
])
def test_every_member_of_a_deep_target_list(nlp, text: str) -> None:
    """A deep target opened by a demonym or a possessive is the whole name or body, so the list's later members count."""
    assert {("KEN", "UGA"), ("KEN", "TZA")} <= dyads(counted_events(nlp, text), ("16",))


@pytest.mark.slow
@pytest.mark.parametrize("text, root", [
    ("Kenya protested over Uganda's border closure.", "14"),
    ("Kenya imposed sanctions over Uganda's missile programme.", "16"),
    ("Kenya imposed sanctions over the missile test that Uganda carried out.", "16"),
])
def test_owner_of_the_grievance_is_the_target(nlp, text: str, root: str) -> None:
    """An act taken "over" a matter someone named owns or did is aimed at them."""
    assert has_event(counted_events(nlp, text), root, "KEN", "UGA")


@pytest.mark.slow
def test_grievance_without_an_owner_has_no_target(nlp) -> None:
    """"over the border closure" names nobody: no target is made up."""
    evs = counted_events(nlp, "Kenya protested over the border closure.")
    assert dyads(evs, ("14",)) <= {("KEN", None)}
