"""Precision (session 15): acts that look like sanctions, coercion or attacks but are none.

Every sentence is invented for these tests. A state that raises what its own people pay for power, water or fuel sets a
price, no sanction (163); a ban on the sale of a thing is an embargo only when it names whose goods or to whom; a
sports body that suspends a player punishes a foul, no state (160); a hazard the parser hangs on "strikes" as a
compound ("after a tornado strikes") is nature's blow, no attack; a blast at a works that makes arms, with no attacker,
is an accident.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events, has_event


@pytest.mark.slow
def test_home_price_tariffs_are_no_sanction(nlp) -> None:
    """"raises power and water tariffs": a price at home; tariffs on another state's goods stay a sanction."""
    ev = counted_events(nlp, "Kenya raises power and water tariffs for households by a fifth.")
    assert not any(e.cameo.startswith("163") for e in ev), ev
    ev = counted_events(nlp, "Zambia hikes electricity tariffs for mining firms.")
    assert not any(e.cameo.startswith("163") for e in ev), ev
    assert has_event(counted_events(nlp, "Canada raises tariffs on Chinese electric cars."), "163", "CAN", "CHN")


@pytest.mark.slow
def test_sale_ban_needs_a_target(nlp) -> None:
    """"bans the sale of menthol cigarettes": a rule at home; "bans the sale of arms to X" is an embargo on X."""
    ev = counted_events(nlp, "Estonia bans the sale of menthol cigarettes from next spring.")
    assert not any(e.cameo.startswith("163") for e in ev), ev
    ev = counted_events(nlp, "Chile will ban the sale of disposable vapes in all pharmacies.")
    assert not any(e.cameo.startswith("1") and e.cameo[:2] in ("13", "16", "17") for e in ev), ev
    assert has_event(counted_events(nlp, "Peru bans the sale of weapons to Ecuador."), "163", "PER", "ECU")


@pytest.mark.slow
def test_player_suspension_is_no_reduced_relations(nlp) -> None:
    """A league suspending a player of some nation: no reduced relations with that nation."""
    for text in ("The football federation suspends a Brazilian midfielder for eight matches.",
                 "The league suspends two Serbian players after a brawl in Belgrade."):
        ev = counted_events(nlp, text)
        assert not any(e.cameo.startswith("16") for e in ev), (text, ev)


@pytest.mark.slow
def test_hazard_read_as_compound_of_strikes_is_no_attack(nlp) -> None:
    """"killed after a tornado strikes X": the parser may make "tornado" a compound of the verb; nature struck."""
    ev = counted_events(nlp, "One man is killed after a tornado strikes Posey County, Indiana.")
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in ev), ev


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Three workers are killed and eight others injured during a blast at an explosives factory near Tula.",
    ],
)
def test_blast_at_a_weapons_works_is_an_accident(nlp, text: str) -> None:
    """What a site of accidents makes ("an explosives factory") is no weapon used on anyone, and the cause told after
    the later toll ("... and nine others are injured in an explosion") is the cause of the first toll too."""
    ev = counted_events(nlp, text)
    assert not any(e.cameo[:2] in ("18", "19", "20") for e in ev), ev
