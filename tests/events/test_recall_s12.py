"""Recall, session 12 (helper recall): political events in news briefs the coder left without any event.

Classes: a fight told as going on or breaking out at a named place, with no side named ("heavy fighting continues in
X", "clashes break out in X", "attacks are reported in X"), or with its sides hung on the verb ("fighting resumes
between X and Y"); blows on places listed in two countries ("struck targets in A and B": one event each); an offensive
"commenced"; a group's premises closed by the state; riot means "utilized" or "employed". A fight only feared or
possible stays uncoded.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events, dyads

VIOLENT = ("18", "19", "20")


@pytest.mark.parametrize("text, country", [
    ("Heavy fighting continues in Mariupol.", "UKR"),
    ("Clashes break out in Benghazi, Libya.", "LBY"),
    ("Fierce fighting takes place in the town of Vuhledar, Donetsk Oblast.", "UKR"),
    ("Fighting resumes in Omdurman.", "SDN"),
    ("Shelling continues in Zaporizhzhia Oblast.", "UKR"),
    ("More than 30 attacks are reported in Kherson Oblast.", "UKR"),
])
def test_fight_going_on_at_a_place_is_coded_agentless(nlp, text: str, country: str) -> None:
    events = [e for e in counted_events(nlp, text) if e.root in VIOLENT]
    assert events, text
    assert any((e.source is None or not e.source.code) and e.target is not None and e.target.country == country
               for e in events), text


@pytest.mark.parametrize("told, possible", [
    ("Fighting resumes in Omdurman.", "Fighting could resume in Omdurman."),
    ("Clashes break out in Benghazi, Libya.", "Officials fear that clashes may break out in Benghazi, Libya."),
])
def test_fight_only_possible_is_not_coded(nlp, told: str, possible: str) -> None:
    assert [e for e in counted_events(nlp, told) if e.root in VIOLENT], told
    assert not [e for e in counted_events(nlp, possible) if e.root in VIOLENT], possible


def test_fight_sides_on_the_verb(nlp) -> None:
    text = "Fighting resumes in North Darfur between Sudan's army and the Rapid Support Forces."
    pairs = dyads(counted_events(nlp, text), VIOLENT)
    assert ("SDN", "SDN") in pairs and len([e for e in counted_events(nlp, text) if e.root in VIOLENT]) == 2


def test_places_in_two_countries_are_each_struck(nlp) -> None:
    text = "Israel strikes weapons depots in Syria and Iraq."
    pairs = dyads(counted_events(nlp, text), VIOLENT)
    assert ("ISR", "SYR") in pairs and ("ISR", "IRQ") in pairs
    # two places of one country are one blow on it
    events = [e for e in counted_events(nlp, "Russia strikes energy facilities in Lviv and Odesa.") if e.root in VIOLENT]
    assert len(events) == 1 and events[0].target is not None and events[0].target.country == "UKR"


def test_offensive_commenced(nlp) -> None:
    events = counted_events(nlp, "Azerbaijan commences a military offensive in Nagorno-Karabakh.")
    assert any(e.root == "19" and e.source is not None and e.source.country == "AZE" for e in events)


def test_group_closed_by_the_state(nlp) -> None:
    events = counted_events(nlp, "The Tajik interior ministry closes the Pamiri Youth Association in Khorog.")
    assert any(e.cameo.startswith("172") for e in events)


@pytest.mark.parametrize("verb", ["utilize", "employ"])
def test_riot_means_utilized(nlp, verb: str) -> None:
    events = counted_events(nlp, f"Police in Yerevan {verb} tear gas and batons against demonstrators.")
    assert any(e.cameo.startswith("175") for e in events)


@pytest.mark.parametrize("text", [
    # the headline verb read as a compound of "responsibility"
    "The Taliban claim responsibility for the bombing in Jalalabad.",
    "The Islamic State claims responsibility for the suicide bombing in Mosul.",
    # a day named as the blow's possessor
    "Al-Shabaab claims responsibility for Tuesday's attack on a hotel in Mogadishu, which killed nine people.",
])
def test_claimed_blow_is_the_claimers(nlp, text: str) -> None:
    events = counted_events(nlp, text)
    assert any(e.cameo.startswith("015") for e in events), text
    assert any(e.root in VIOLENT and e.source is not None and e.source.code for e in events), text


def test_listed_groups_designated_as_terrorist(nlp) -> None:
    # the parser hangs "as" on the last listed group
    text = "Australia designates the Hezbollah coalition and the Hamas movement as Terrorist Organizations."
    targets = {e.target.code for e in counted_events(nlp, text) if e.cameo.startswith("1722") and e.target}
    assert {"PSEREBHMS", "LBNREBHEZ"} <= targets


def test_troops_reach_a_town(nlp) -> None:
    events = counted_events(nlp, "Russian troops reach the outskirts of the town of Kupiansk.")
    assert any(e.root == "19" and e.source is not None and e.source.country == "RUS" for e in events)
    # an agreement reached is no advance
    assert not [e for e in counted_events(nlp, "The rebels reach an agreement with the government.") if e.root in VIOLENT]
