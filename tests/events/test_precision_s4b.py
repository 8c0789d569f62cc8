"""Precision on non-acts told like acts: casualty counts ("the toll rises to 40 killed"), records of a lasting conflict
("the war, which has killed thousands", "have killed 300 since 2019", past perfect relative clauses), suppositions
("in the event of an attack") and accidents counted in a series.

Every sentence is invented for these tests; each table is one class of language, with guard sentences whose act
must stay counted.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events as _all
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

VIOLENCE = ("18", "19", "20")


def _violent(nlp, text: str) -> list[str]:
    """The counted events of roots 18-20 of `text`, as 'trigger:code'."""
    return [f"{e.trigger.text}:{e.cameo}" for e in _events(nlp, text) if e.root in VIOLENCE]


#: A casualty verb that feeds a count is a statistic: no second act beside the attack the count is of.
TOLL_COUNTS = [
    "The toll from Saturday's bombings in Mogadishu climbs to four people killed and 51 people injured.",
    "The health ministry updates the total casualties to 8,100 killed and 12,400 injured.",
    "The number of villagers killed in the raids since April rises to 640.",
]
TOLL_GUARDS = [
    "Three soldiers are killed in an ambush near Gao, bringing the death toll to 41.",
    "The death toll from the raids rises to 30 after a teacher was killed by gunmen in Zamfara.",
]


@pytest.mark.parametrize("text", TOLL_COUNTS)
def test_casualties_in_a_count_are_no_act(nlp, text: str) -> None:
    assert not any(e.trigger.text.split()[-1] in ("killed", "injured") and e.root in VIOLENCE
                   for e in _events(nlp, text)), _violent(nlp, text)


@pytest.mark.parametrize("text", TOLL_GUARDS)
def test_casualty_beside_a_count_stays(nlp, text: str) -> None:
    assert _violent(nlp, text), "the new killing must stay counted"


def test_injured_beside_a_rising_toll_is_no_act(nlp) -> None:
    text = "The death toll from the shelling of Kherson rises to 61, while 2,300 people have been injured."
    assert not any(e.trigger.text == "injured" for e in _events(nlp, text)), _violent(nlp, text)


#: The record of a lasting conflict, or killings counted from a past start: background, not a dated act.
RECORDS = [
    "The insurgency, which has killed more than 40,000 people, enters its tenth year.",
    "Jihadist fighters have killed 2,000 soldiers since the rebellion began in 2012.",
    "The treaty settles a water dispute that had sparked riots between herders that had killed 80 people.",
    "The cartel feud in the port, which has already killed five people and wounded nine, worries residents.",
]
RECORD_GUARDS = [
    "Jihadist fighters have killed 12 soldiers in an ambush near Menaka, officials say.",
    "The airstrike, which killed 14 people, hit a market in Idlib.",
    "The militia has killed 20 villagers since Monday in raids in Ituri.",
    "More than 40 people have been killed in Russian strikes on Kharkiv since midnight.",
]


@pytest.mark.parametrize("text", RECORDS)
def test_record_of_a_conflict_is_no_act(nlp, text: str) -> None:
    assert not _violent(nlp, text)


@pytest.mark.parametrize("text", RECORD_GUARDS)
def test_dated_killing_stays_an_act(nlp, text: str) -> None:
    assert _violent(nlp, text), "a dated act must stay counted"


#: "in the event of", "in case of": the act is a supposition (hypothetical), the act outside it stays.
def test_attack_in_the_event_of_is_hypothetical(nlp) -> None:
    text = "Tehran warns it will shut the strait in the event of an American attack."
    attacks = [e for e in _all(nlp, text) if e.root == "19"]
    assert attacks and all(e.hypothetical for e in attacks), [(e.trigger.text, e.hypothetical) for e in attacks]


def test_attack_outside_a_condition_stays(nlp) -> None:
    text = "Tehran closes the strait after an American attack on its navy."
    assert any(e.root == "19" for e in _events(nlp, text))


#: Deaths in "a series / string of accidents" are an accident's toll: nobody acted.
def test_series_of_accidents_is_no_act(nlp) -> None:
    assert not _violent(nlp, "Six people are killed in a series of road accidents in Lagos.")
    assert _violent(nlp, "Six people are killed in a series of attacks in Lagos.")


#: A gerund subject of a "would / could" clause names a supposed act: "executing him would ...".
def test_gerund_subject_under_a_modal_is_hypothetical(nlp) -> None:
    supposed = "Executing the rebel leader would anger his followers, the army says."
    assert not [e for e in _events(nlp, supposed) if e.root in VIOLENCE], _violent(nlp, supposed)
    done = "Executing the rebel leader angered his followers, the army says."
    assert _violent(nlp, done), "a gerund subject of a plain past verb is an act"
