"""Target selection, session 16 (helper targets3).

Classes: a place of the source's own country named after a preposition is where a plea, a pullout or another
non-violent act happens, not whom it is aimed at ("pleaded guilty in Scotland", "their pullout from a town, Colombia");
a place named as an actor ("ordered Catalonia to ...") and a country left on its own ("pull their fighters out of
Kenya") stay targets; a possessive pronoun owning the thing hit names the target ahead of the town it stands in
("a strike on his villa in X").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "A Scottish carpenter pleaded guilty in Scotland to two counts of arson.",
    "A Texas nurse pleads guilty in Houston, Texas, to defrauding patients.",
])
def test_plea_in_a_home_place_has_no_place_target(nlp, text: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root == "01"]
    assert evs and all(e.target is None for e in evs)


def test_pullout_from_a_home_town_has_no_place_target_but_a_country_on_its_own_stays(nlp) -> None:
    evs = [e for e in _events(nlp, "The ELN rebels completed their pullout from Arauca, Colombia, on Sunday.")
           if e.root == "08"]
    assert evs and all(e.target is None for e in evs)
    kept = [e for e in _events(nlp, "Spain's Supreme Court ordered Catalonia to hold new elections.") if e.root == "10"]
    assert kept and all(e.target is not None and e.target.country == "ESP" for e in kept)


def test_owner_pronoun_of_the_thing_hit_beats_its_town(nlp) -> None:
    text = ("Former Libyan premier Omar Zaidan is reportedly killed with his guards in an Egyptian targeted strike on "
            "his villa in Misrata. However, an aide said he is alive.")
    evs = [e for e in _events(nlp, text) if e.root == "19" and e.source is not None and e.source.country == "EGY"]
    assert evs and all(e.target is not None and e.target.code == "LBYELI" for e in evs)


def test_home_region_an_act_goes_to_stays_the_target(nlp):
    """Guard: a region of the source's own country named after "to" is whom the act goes to, not where it happens."""
    evs = [e for e in all_events(nlp, "A Georgian party leader proposes a formal apology to Abkhazia.") if e.root == "03"]
    assert evs and evs[0].target is not None and evs[0].target.country == "GEO"
