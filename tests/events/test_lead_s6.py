"""Small emission fixes the lead applied from helpers' proposals in session 6 (invented sentences): a possessive
pronoun that stands for another actor of the speaker's country stays a target, an arrest at a sports match is still an
arrest, and an "after" clause with a doer of its own tells an event of its own."""

from __future__ import annotations

import pytest
from helpers_events import counted_events


@pytest.mark.slow
def test_pronoun_for_another_actor_of_the_same_country_stays(nlp) -> None:
    """'The opposition leader said police detained his son': "his" is the leader, not the police, so a target."""
    evs = counted_events(nlp, "Kenyan opposition leader Raila Odinga said police detained his son on Tuesday.")
    assert any(e.root == "17" and e.target is not None for e in evs)
    # the source's own pronoun is still no target: a state moving troops to its own border acts on no one
    evs = counted_events(nlp, "Poland moved troops to its border with Belarus.")
    assert not any(e.target is not None and e.target.text.lower() == "its" for e in evs)


@pytest.mark.slow
def test_arrest_at_a_match_is_an_arrest(nlp) -> None:
    """Sport words drop the fights of a game, not the arrests made around it."""
    evs = counted_events(nlp, "Dutch police arrest forty supporters after riots before a football match in Rotterdam.")
    assert any(e.cameo.startswith("173") for e in evs)
    # a game's win stays no attack
    evs = counted_events(nlp, "The French team beat Germany 3-1 in a friendly match.")
    assert not any(e.root in ("18", "19") for e in evs)


@pytest.mark.slow
def test_after_clause_with_its_own_doer_is_coded(nlp) -> None:
    """'Police arrest suspects after gunmen kill guards': the killing is an event; 'after he stabbed' is a reason."""
    evs = counted_events(nlp, "Nigerian police arrest six suspects after gunmen killed two guards in Kaduna.")
    assert any(e.root in ("18", "19") for e in evs)
    evs = counted_events(nlp, "Nigerian police arrested a man after he stabbed a guard in Kaduna.")
    assert not any(e.root in ("18", "19") for e in evs)
