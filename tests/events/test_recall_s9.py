"""Event frames, session 9 (recall): acts missed or coded in a wrong sense.

Classes: a plane "taking off" seizes nothing, and the dead of a crash after take-off are an accident's toll; holding
someone "a threat" is an opinion; a news outlet releasing footage is reporting; those arrested "during a protest"
took part in it; a named victim "killed in an Israeli airstrike" keeps the strike (the strike noun is no place hit);
lightning and meteors attack no one; "X open fire" after a plural subject (an adjective to the tagger) is the act;
an armed subject acting "after clashes with Y" fought Y, each way; a state body an agentless arrest is told
"according to" made it; "opened fire toward" names the target, "surrounded the prison" is a siege.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import counted_roots as _roots

pytestmark = pytest.mark.slow



NO_ATTACK = [
    "A cargo plane took off from the airport in Kandahar before dawn.",
    "A small plane crashed shortly after it took off from an airfield in Kenya, killing all five people on board.",
    "Eleven passengers are killed when a minibus overturns on a mountain road in Peru.",
    "A meteorite hit a farm in Kazakhstan, injuring three people.",
    "Six herders are killed by a lightning strike in northern Uganda.",
    "Four fishermen are killed and two others are injured by lightning strikes in Odisha, India.",
]


@pytest.mark.parametrize("text", NO_ATTACK)
def test_accidents_and_nature_are_no_force(nlp, text: str) -> None:
    assert not _roots(nlp, text) & {"18", "19", "20"}


NO_EVENT_CODES = [
    ("Azerbaijan considers the armed group a threat to its borders.", "014"),
    ("Georgia considers the militia to be a terrorist organisation.", "014"),
    ("Reuters released footage of the flooded streets in Jakarta.", "010"),
]


@pytest.mark.parametrize(("text", "code"), NO_EVENT_CODES)
def test_opinions_and_reporting_are_no_events(nlp, text: str, code: str) -> None:
    assert code not in {e.cameo for e in _events(nlp, text)}


def test_those_arrested_during_a_protest_protest(nlp) -> None:
    evs = _events(nlp, "Forty students were arrested during a protest in Tehran.")
    assert any(e.root == "14" and e.source is not None and e.source.country == "IRN" for e in evs)


def test_named_victim_of_an_airstrike_keeps_the_strike(nlp) -> None:
    evs = _events(nlp, "Khalid Haddad was killed in an Israeli airstrike.")
    assert any(e.root == "19" and e.source is not None and e.source.code == "ISRMIL"
               and (e.target is None or e.target.country != "ISR") for e in evs)


OPEN_FIRE = [
    ("Police open fire on farmers protesting against a new land law in Lahore, Pakistan, killing four people.", "PAK"),
    ("Police open fire on crowds demonstrating against fuel prices in Lagos, Nigeria, wounding six people.", "NGA"),
]


@pytest.mark.parametrize(("text", "country"), OPEN_FIRE)
def test_open_fire_after_plural_subject_is_an_act(nlp, text: str, country: str) -> None:
    evs = _events(nlp, text)
    assert any(e.root in ("17", "18", "19") and e.source is not None and e.source.country == country
               and e.modality not in ("threat", "intent") and "fire" in e.trigger.text for e in evs)


def test_after_clashes_with_gives_both_sides(nlp) -> None:
    evs = _events(nlp, "Malian troops withdrew from the town after clashes with Tuareg rebels.")
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.root == "19"}
    assert {("MLIMIL", "MLIREB"), ("MLIREB", "MLIMIL")} <= pairs


def test_according_to_a_state_body_sources_an_agentless_arrest(nlp) -> None:
    evs = _events(nlp, "Twelve activists were detained in Minsk, according to the Belarusian Interior Ministry.")
    assert any(e.cameo.startswith("173") and e.source is not None and e.source.code == "BLRGOV" for e in evs)


def test_open_fire_toward_names_the_target(nlp) -> None:
    evs = _events(nlp, "Police opened fire toward demonstrators outside parliament in Nairobi.")
    assert any(e.root in ("17", "19") and e.target is not None and e.target.code == "KENOPP" for e in evs)


def test_surrounding_a_prison_is_a_siege(nlp) -> None:
    evs = _events(nlp, "Armed men surrounded the prison in Goma.")
    assert any(e.cameo == "191" for e in evs)
