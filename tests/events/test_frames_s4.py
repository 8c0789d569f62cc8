"""Session 4, frames: events the pipeline lost on fresh briefs, one class per test (invented sentences).

- a bare participle conjoined to a passive verb is passive too ("was convicted ... and sentenced"), and a conjoined
  verb of the same code with no object of its own is the same act ("arrested and charged": one event);
- the patient of "after being arrested" is the clause's subject (or the active clause's object);
- a relative pronoun shared by conjoined passive verbs stands for its noun ("who was freed and later abducted");
- an event noun conjoined to a bare modifier noun takes the phrase's owner ("Turkish drone and artillery attacks");
- the raised subject of "is reported to have been killed" is the patient;
- a demonym on the weapon that modifies an act noun names the doer ("Russian drone strikes on Kyiv");
- the subject of "suffered / sustained" an attack is its target;
- headline verbs the parser reads as nouns: the subject's article hung on the object, a country name tagged an
  adjective ("Pakistan expels Afghan diplomats after ..."), two names joined ("Thailand and Cambodia exchange fire"),
  a prefixed verb ("North Korea test-fires"), a court phrase with the verb in its apposition, a verb after a
  parenthetical hung on the subject as an apposition, a lower-case verb tagged a name;
- an attack or a weapon that "targets" something is an attack even when no actor is hit;
- "are claimed to have been killed" reports a toll, no claim of responsibility;
- a verb's -ing noun with a coded "of" patient is the verb's act ("Iran's jailing of two French citizens");
- talks in a circumstance after a compound subject are the two subjects' ("X and Y agreed ... following talks");
- a lexicon entry with `no_event: true` claims a verb sense that is no event, whatever the target fallbacks find.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_events import counted_events, events_with, has_event, user_lexicon_coder

from eventwire.events.coder import EventCoder
from eventwire.events.lexicon import LexiconError, load_lexicon

pytestmark = pytest.mark.slow


def test_participle_conjoined_to_a_passive_is_passive(nlp) -> None:
    evs = counted_events(nlp, "A Belarusian opposition activist was convicted of treason and sentenced to nine years in prison.")
    assert has_event(evs, "116", tgt="BLR")
    assert has_event(evs, "173", tgt="BLR")  # the sentence: its patient is the shared subject


def test_same_act_told_twice_is_one_event(nlp) -> None:
    # "arrested ... and jailed": one coercive act on one pair (one event per actor pair and act)
    evs = counted_events(nlp, "Two Kenyan bloggers were arrested in Nairobi and jailed for a week.")
    assert [e.cameo for e in evs if e.target is not None and e.target.country == "KEN"] == ["173"]
    evs = counted_events(nlp, "Police in Lagos arrest and charge two Nigerian journalists.")
    assert sum(1 for e in evs if e.cameo.startswith("173")) == 1
    # a conjunct with its own subject is another actor's act
    evs = counted_events(nlp, "Hamas frees four Thai hostages, and Israel releases over 110 Palestinian prisoners.")
    assert has_event(evs, "084", src="ISR")


def test_intransitive_conjunct_stays_active(nlp) -> None:
    evs = counted_events(nlp, "The Georgian mayor was detained by police and confessed to the bribery.")
    assert has_event(evs, "173", tgt="GEO")
    assert not any(e.cameo.startswith("015") and e.source is None for e in evs)  # no agentless confession


def test_relative_pronoun_of_conjoined_passives(nlp) -> None:
    evs = counted_events(nlp, "A Venezuelan opposition leader, who was freed last month and later kidnapped on Sunday, "
                              "spoke to the press.")
    assert has_event(evs, "181", tgt="VEN")


def test_event_noun_conjoined_to_a_modifier_noun(nlp) -> None:
    evs = counted_events(nlp, "Flights were halted during Turkish drone and artillery attacks on the region.")
    assert has_event(evs, "19", src="TUR")
    evs = counted_events(nlp, "Schools closed after Israeli air and artillery strikes on southern Lebanon.")
    assert has_event(evs, "19", src="ISR", tgt="LBN")


def test_event_noun_conjoined_to_an_owned_noun_keeps_its_own_owner(nlp) -> None:
    # "officials" is no bare modifier: the attacks are not the Iranian officials'
    evs = counted_events(nlp, "Iranian officials and missile attacks dominated the news.")
    assert not has_event(evs, "19", src="IRN")


def test_raised_subject_is_the_patient(nlp) -> None:
    evs = counted_events(nlp, "Six Chadian troops are believed to have been killed near Abeche.")
    assert any(e.cameo.startswith("19") and e.target is not None and e.target.code == "TCDMIL" for e in evs)
    evs = counted_events(nlp, "Two Colombian journalists are believed to have been kidnapped by rebels in Cauca.")
    assert any(e.cameo.startswith("181") and e.target is not None and e.target.code == "COLMED" for e in evs)


def test_demonym_on_the_weapon_names_the_attacker(nlp) -> None:
    evs = counted_events(nlp, "Schools closed after Russian drone strikes on Kyiv.")
    assert has_event(evs, "19", src="RUS")
    evs = counted_events(nlp, "Officials counted the dead after Ukrainian power plant strikes on Monday.")
    assert not has_event(evs, "19", src="UKR")  # a place hit, not a weapon: the plant's owner is no attacker


def test_subject_of_suffer_is_hit(nlp) -> None:
    evs = counted_events(nlp, "A police station in Quetta suffered a drone attack on Tuesday.")
    assert has_event(evs, "19", tgt="PAK")
    evs = counted_events(nlp, "The Nigerian convoy sustained an attack by Boko Haram fighters near Maiduguri.")
    assert has_event(evs, "1", tgt="NGA")


def test_misread_headline_verb_after_an_article(nlp) -> None:
    evs = counted_events(nlp, "The British Foreign Office issues sanctions on two Venezuelan banks.")
    assert has_event(evs, "163", src="GBR", tgt="VEN")


def test_gerund_of_a_verb_with_a_coded_patient(nlp) -> None:
    evs = counted_events(nlp, "Paris condemned Iran's jailing of two French citizens.")
    assert has_event(evs, "173", src="IRN", tgt="FRA")


def test_talks_in_a_circumstance_of_a_compound_subject(nlp) -> None:
    evs = counted_events(nlp, "Armenia and Azerbaijan sign a peace deal after talks in Washington.")
    assert has_event(evs, "04", src="ARM", tgt="AZE") and has_event(evs, "04", src="AZE", tgt="ARM")
    evs = counted_events(nlp, "Armenia signs a trade deal after talks in Washington.")
    assert not any(e.cameo.startswith("04") for e in evs)  # one subject: no partner named


HEADLINES = [
    ("Pakistan expels Afghan diplomats after a border clash.", "161", "PAK", "AFG"),
    ("Thailand and Cambodia exchange fire along their disputed border.", "19", "THA", "KHM"),
    ("North Korea test-fires two cruise missiles off its east coast.", "150", "PRK", None),
    ("A court in Algeria sentences opposition figure Karim Tabbou to five years in jail.", "173", "DZA", "DZA"),
    ("Some 4,000 Chilean students, largely affiliated with a teachers' union, rally in Santiago.", "14", "CHL", None),
    ("Thousands of Georgian students, joined by farmers, march in Tbilisi against the government.", "14", "GEO", None),
]


@pytest.mark.parametrize(("text", "code", "src", "tgt"), HEADLINES)
def test_headline_verbs_read_as_nouns(nlp, text: str, code: str, src: str, tgt: str | None) -> None:
    assert has_event(counted_events(nlp, text), code, src=src, tgt=tgt)


def test_demonym_noun_before_a_headline_noun_is_no_subject(nlp) -> None:
    evs = counted_events(nlp, "Russian strikes on Kyiv kill two.")
    assert has_event(evs, "19", src="RUS", tgt="UKR")
    assert not any(e.source is not None and e.source.country == "RUS" and e.cameo.startswith("18") for e in evs)


def test_attack_that_targets_a_thing(nlp) -> None:
    assert has_event(counted_events(nlp, "A Houthi missile attack targets a cargo ship in the Red Sea."), "19")
    assert counted_events(nlp, "The new budget targets growth of five percent.") == []


def test_reported_toll_is_no_claim(nlp) -> None:
    evs = counted_events(nlp, "At least 12 villagers are claimed to have been killed after the army shelled a "
                              "monastery in Myanmar.")
    assert not any(e.cameo.startswith("015") for e in evs)
    assert any(e.cameo.startswith("015") for e in counted_events(nlp, "Hezbollah claims to have fired two drones "
                                                                      "at Haifa."))


def test_demonym_on_the_noun_an_attack_modifies(nlp) -> None:
    evs = counted_events(nlp, "An Israeli missile strike damages a Hezbollah depot.")
    assert has_event(evs, "19", src="ISR")


def test_passive_gerund_after_a_time_preposition(nlp) -> None:
    evs = counted_events(nlp, "After being arrested in Paris, the Russian blogger was charged by French prosecutors.")
    assert has_event(evs, "173", tgt="RUS")
    evs = counted_events(nlp, "The Iranian activist was jailed for five years after being convicted of espionage.")
    assert has_event(evs, "116", tgt="IRN")


ENTRY = """verbs:
- {id: t.outlaw_practice, verb: outlaw, object: [lottery, casino], code: "1722", no_event: true}
"""


@pytest.fixture(scope="module")
def no_event_coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    return user_lexicon_coder(tmp_path_factory.mktemp("lex"), "no_event.yaml", ENTRY)


def _codes(nlp, coder: EventCoder, text: str) -> list[str]:
    return [e.cameo for e in events_with(nlp, coder, text)]


def test_no_event_entry_claims_the_sense(nlp, no_event_coder: EventCoder) -> None:
    text = "The Brazilian government outlawed a lottery run by Argentina."
    assert any(c.startswith("17") for c in counted_codes_default(nlp, text))  # the shipped lexicon codes it
    assert _codes(nlp, no_event_coder, text) == []  # the sense claimed as no event: no target fallback revives it


def test_no_event_entry_leaves_other_senses(nlp, no_event_coder: EventCoder) -> None:
    assert "1722" in _codes(nlp, no_event_coder, "The Brazilian government outlawed an Argentine militia.")


def counted_codes_default(nlp, text: str) -> list[str]:
    """Codes with the shipped lexicon."""
    return [e.cameo for e in counted_events(nlp, text)]


def test_no_event_field_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('verbs:\n- {id: t.bad, verb: outlaw, code: "1722", no_event: "yes"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="no_event"):
        load_lexicon([bad])
    bad.write_text('verbs:\n- {id: t.bad2, verb: urge, code: "020", compose: appeal, no_event: true}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="no_event"):
        load_lexicon([bad])
    ok = tmp_path / "ok.yaml"
    ok.write_text('verbs:\n- {id: t.ok, verb: outlaw, object: [smoking], code: "1722", no_event: true}\n', encoding="utf-8")
    assert next(e for e in load_lexicon([ok]).verbs["outlaw"] if e.id == "t.ok").no_event
