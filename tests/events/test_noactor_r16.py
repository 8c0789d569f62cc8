"""Session-16 agentless blows kept with the side the sentence codes (CAMEO roots 18-19).

Every sentence is invented for these tests. Families: a town the knowledge base does not know, named with its region
and country ("in X, Y province, Z"), puts the blow in that country; a blow reported at a site in a town hits the town's
country; a bare toll of a people named by its nationality in a place of its own country is the toll of a conflict
(foreigners abroad and plain "people" stay no event); a blow with its dead at a sports ground is no sport.
"""

from __future__ import annotations

from helpers_events import counted_events, has_event


def _show(evs: list) -> list:
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None) for e in evs]


def test_unknown_town_with_its_province_and_country_is_placed(nlp) -> None:
    """"in X, Y province, Z": the country hangs on the region word between the town and it."""
    evs = counted_events(nlp, "Drones hit a grain silo in Marvdasht, Fars province, Iran.")
    assert has_event(evs, "19", None, "IRN"), _show(evs)


def test_blow_reported_at_a_site_in_a_town(nlp) -> None:
    """"strikes are reported at a depot in X": the site's town is where the blow fell."""
    evs = counted_events(nlp, "Artillery strikes are reported at a fuel depot in Kharkiv.")
    assert has_event(evs, "19", None, "UKR"), _show(evs)
    assert all(e.source is None for e in evs if e.root == "19"), _show(evs)
    evs = counted_events(nlp, "Missile strikes are reported near a railway yard in Odesa.")
    assert has_event(evs, "19", None, "UKR"), _show(evs)


def test_nationals_killed_at_home_are_a_conflict_toll(nlp) -> None:
    """A people's bare toll in its own country is coded with no source and the victims as target."""
    evs = counted_events(nlp, "At least 40 Palestinians are killed while queuing for flour in Gaza.")
    assert has_event(evs, "19", None, "PSE"), _show(evs)
    assert all(e.source is None for e in evs), _show(evs)
    evs = counted_events(nlp, "Dozens of Sudanese are killed in El Obeid, Sudan.")
    assert has_event(evs, "19", None, "SDN"), _show(evs)
    # foreign visitors killed abroad, or "people" killed, with no cause told, may be an accident's toll
    assert not [e for e in counted_events(nlp, "Four Chinese tourists are killed in Bali.") if e.root in ("18", "19")]
    assert not [e for e in counted_events(nlp, "Six people are killed in Ohio.") if e.root in ("18", "19")]


def test_blow_with_its_dead_at_a_sports_ground_is_kept(nlp) -> None:
    """Dead at a match are no sport; a match result stays no conflict."""
    evs = counted_events(nlp, "Five spectators are killed in a bombing at a cricket match in Quetta, Pakistan.")
    assert has_event(evs, "18", None, "PAK"), _show(evs)
    evs = counted_events(nlp, "Brazil crushed Argentina in a football match.")
    assert not [e for e in evs if e.root in ("17", "18", "19")], _show(evs)
