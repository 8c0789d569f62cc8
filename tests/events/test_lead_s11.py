"""Conditions of several words, acts kept "from" happening, sums "in" aid, gerunds after a named object, headline
verbs after a place phrase; session 11 (lead).

Conditions: "as long as" / "so long as X", "provided (that) X", "providing X" and "on condition that X" state a condition like
"if X": the act of the condition is a supposition (hypothetical), and the act it governs is conditional. The parser
hangs the condition on "long", on the participle or on the noun "condition", not on an "if" marker.

Kept from: "police prevented protesters from storming parliament", "a judge blocks the government from deploying
troops": the act under "from" after a verb of preventing is not done (hypothetical), and the one kept from it would
have done it.

Sums: "froze 30 million euros in aid to X" names the aid cut with "in" after the sum (as "of" does); the recogniser
does not always tag "N euros" as money, so currency nouns count too.

Gerunds: "in response to the United States vetoing X", "anger over Russia blocking Y": the parser hangs the gerund on
the noun before the preposition; the name just before the gerund does the act ("flights to Ukraine delivering arms"
are no reaction, so "to" needs a noun of reaction).

Misread headline verbs: "A court in Laos sentences banker X to ...", the verb read as a plural noun of the place phrase
and the next word as the verb; "A court in Chile fines Uber", the verb read as the root noun and the name after it as
its adverbial modifier.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, has_event

pytestmark = pytest.mark.slow

#: (text, CAMEO root of the act in the condition)
CONDITIONS = [
    ("Ankara will keep talking to Athens as long as Greece releases the detained Turkish sailors.", "08"),
    ("Seoul says it will resume aid so long as Pyongyang releases the detained fishermen.", "08"),
    ("The ceasefire can hold provided that Hamas frees all remaining hostages.", "08"),
    ("Washington will ease sanctions on Caracas on condition that Venezuela releases jailed opposition leaders.", "08"),
    ("The truce will continue provided Israel withdraws its troops from southern Lebanon.", "08"),
]


@pytest.mark.parametrize("text,root", CONDITIONS)
def test_act_in_a_worded_condition_is_hypothetical(nlp, text, root):
    evs = [e for e in all_events(nlp, text) if e.root == root]
    assert evs, text
    assert all(e.hypothetical for e in evs), [(e.cameo, e.trigger.text, e.hypothetical) for e in evs]


def test_governing_act_of_a_worded_condition_is_conditional(nlp):
    evs = all_events(nlp, "Moscow will hold talks with Kyiv as long as Ukraine withdraws its troops from Kursk.")
    talks = [e for e in evs if e.root == "03" or e.root == "04"]
    assert talks and all(e.modality == "conditional" or "conditional" in (e.modality or "") for e in talks), \
        [(e.cameo, e.modality) for e in talks]


#: "as" of time or manner and "provided" as a plain verb are no condition.
NOT_CONDITIONS = [
    "Russian troops shelled Kharkiv as long columns of refugees left the city.",
    "The United Nations provided food to refugees who fled the fighting in Sudan.",
]


@pytest.mark.parametrize("text", NOT_CONDITIONS)
def test_other_uses_are_no_condition(nlp, text):
    evs = all_events(nlp, text)
    assert evs and not any(e.hypothetical for e in evs), [(e.cameo, e.trigger.text, e.hypothetical) for e in evs]


#: (text, code prefix, source country, target country)
SUMS_IN_AID = [
    ("The European Union froze 45 million euros in aid to Mali after the coup.", "162", "IGO", "MLI"),
    ("Washington suspends 80 million dollars in assistance to Guatemala.", "162", "USA", "GTM"),
    ("Norway withholds 12 million kroner in funding to Zambia.", "162", "NOR", "ZMB"),
]


@pytest.mark.parametrize("text,code,src,tgt", SUMS_IN_AID)
def test_sum_in_aid_is_the_aid(nlp, text, code, src, tgt):
    evs = counted_events(nlp, text)
    assert has_event(evs, code, src, tgt), [(e.cameo, e.source and e.source.country, e.target and e.target.country) for e in evs]


#: (text, code prefix, source country)
GERUND_DOERS = [
    ("Cairo recalled its envoy in response to Ethiopia detaining two Egyptian engineers.", "", "ETH"),
    ("Lithuania closed its border in response to Belarus arresting three Lithuanian journalists.", "", "BLR"),
    ("There is outrage at Iran executing a British-Iranian dual national.", "18", "IRN"),
]


@pytest.mark.parametrize("text,code,src", GERUND_DOERS)
def test_name_before_a_gerund_does_the_act(nlp, text, code, src):
    evs = all_events(nlp, text)
    gerund = [e for e in evs if e.trigger.text.split()[0].endswith("ing")]
    assert gerund and all(e.source is not None and e.source.country == src for e in gerund), \
        [(e.cameo, e.trigger.text, e.source and e.source.country) for e in evs]
    assert not code or any(e.cameo.startswith(code) for e in gerund)


def test_transit_noun_before_a_gerund_keeps_its_sender(nlp):
    evs = all_events(nlp, "German aircraft flew to Moldova delivering tents and blankets for refugees.")
    assert not any(e.source is not None and e.source.country == "MDA" for e in evs), \
        [(e.cameo, e.source and e.source.country) for e in evs]


#: (text, code prefix, source country, target name word)
MISREAD_IN_PLACE = [
    ("A court in Thailand sentences tycoon Somchai Rattana to life in prison for fraud.", "173", "THA", "Rattana"),
    ("A court in Russia fines Google.", "172", "RUS", "Google"),
]


@pytest.mark.parametrize("text,code,src,name", MISREAD_IN_PLACE)
def test_headline_verb_after_a_place_phrase(nlp, text, code, src, name):
    evs = counted_events(nlp, text)
    assert any(e.cameo.startswith(code) and e.source is not None and e.source.country == src and e.target is not None
               and name in e.target.text for e in evs), [(e.cameo, e.source and e.source.code, e.target and e.target.text) for e in evs]


#: (text, the gerund kept from happening, country of the one kept from it)
KEPT_FROM = [
    ("Riot police prevented Serbian students from storming the parliament in Belgrade.", "storming", "SRB"),
    ("A federal judge blocks the Pentagon from deploying troops to Chicago.", "deploying", "USA"),
    ("The army stopped Sudanese rebels from attacking the town of El Obeid.", "attacking", "SDN"),
]


@pytest.mark.parametrize("text,gerund,country", KEPT_FROM)
def test_act_kept_from_happening_is_not_done(nlp, text, gerund, country):
    evs = [e for e in all_events(nlp, text) if e.trigger.text.startswith(gerund)]
    assert evs and all(e.hypothetical for e in evs), [(e.cameo, e.trigger.text, e.hypothetical) for e in evs]
    assert all(e.source is not None and e.source.country == country for e in evs), \
        [(e.cameo, e.source and e.source.code) for e in evs]
