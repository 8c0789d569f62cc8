"""Events inside reported and embedded clauses (session 12, helper "embed").

Who does an act told inside another clause:
- a present-tense verb joined to a "that" clause the small parser hangs on the reporting verb as a modifier ("The army
  reports that the navy has struck X and accuses Y of ..."), and a reporter the parser makes a modifier of the verb, still
  make the second verb the reporter's act; a bare "the navy" / "the air force" in the clause a state's army reports is
  that state's;
- a passive verb with a patient of its own never takes the object of the reporter's verb joined to it ("a commander was
  killed and [they] blame Israel": Israel was not killed);
- a "that" clause on a noun ("evidence that Russia shot down the airliner") keeps its own subject;
- "X says authorities, working with Y, arrested Z": the parser makes "authorities" the object of "says"; they, not the
  speaker, work with Y;
- a relative clause of killing hung on a place or a time after a claimed blow ("claims the bombing of a base in X
  Province, Turkey, which killed four") describes the blow, not the country;
- what an accusation charges is not done: also its toll ("accuse Ukraine of shelling a market, killing five") and its
  aim ("accuses Eritrea of recruiting teenagers to fight in Tigray");
- a verb of urging or accusing joined to a reported clause in the past is the reporter's when its object is of the
  inherited subject's own state ("China said Philippine vessels rammed its ship and urged Manila to stop");
- a later member of a list of conditional clauses that the parser joins to the reporting verb ("says X will reopen the
  strait if the US lifts sanctions, ends the blockade, ...") is the list's subject's, and conditional too;
- a state reporting an agentless blow to its own body (a hack of its ministry) did not do it, and a body named only by a
  country in its name ("the Sudanese Doctors Network") is no state reporting its own act.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events

pytestmark = pytest.mark.slow


def _src(e):
    return e.source.country if e.source is not None else None


def _tgt(e):
    return e.target.country if e.target is not None else None


GAZA_REPORT = ("The Israeli military reports that the navy has shelled Hamas boats off the Gaza Strip and accuses the "
               "group of smuggling weapons by sea.")


def test_reporters_act_joined_to_a_that_clause_read_as_modifier(nlp):
    evs = all_events(nlp, GAZA_REPORT)
    accuse = [e for e in evs if e.cameo.startswith("112")]
    assert accuse and all(_src(e) == "ISR" for e in accuse), [(e.cameo, _src(e), _tgt(e)) for e in evs]


def test_bare_service_noun_in_a_state_armys_report(nlp):
    evs = all_events(nlp, GAZA_REPORT)
    hits = [e for e in evs if e.root in ("19", "18")]
    assert hits and all(_src(e) == "ISR" for e in hits), [(e.cameo, _src(e), _tgt(e)) for e in evs]


def test_passive_clause_does_not_take_the_reporters_object(nlp):
    evs = all_events(nlp, "Hezbollah says that a senior commander was killed in Beirut and blames Israel for the strike.")
    assert not any(e.root in ("18", "19", "20") and _tgt(e) == "ISR" for e in evs), \
        [(e.cameo, _src(e), _tgt(e)) for e in evs]
    assert any(e.cameo.startswith("112") and _tgt(e) == "ISR" for e in evs)


def test_that_clause_on_a_noun_keeps_its_subject(nlp):
    evs = all_events(nlp, "There is evidence that Russia shot down the airliner over the Caspian Sea.")
    assert any(e.root == "19" and _src(e) == "RUS" for e in evs), [(e.cameo, _src(e), _tgt(e)) for e in evs]


def test_object_of_says_is_the_subject_of_the_reported_clause(nlp):
    evs = all_events(nlp, "Lithuania's president says Lithuanian investigators, working with German police, arrested three saboteurs.")
    work = [e for e in evs if e.cameo.startswith("06")]
    assert work, [(e.cameo, e.source.text if e.source else None) for e in evs]
    assert all(e.source is None or "president" not in e.source.text for e in work), \
        [(e.cameo, e.source.text if e.source else None) for e in work]


def test_relative_clause_of_killing_on_a_place_describes_the_claimed_blow(nlp):
    evs = all_events(nlp, "The Kurdistan Workers' Party claims responsibility for Monday's bombing of a police station in "
                          "Diyarbakir Province, Turkey, which killed four officers.")
    kills = [e for e in evs if e.root in ("18", "19", "20")]
    assert kills and not any(e.source is not None and e.source.code == "TUR" for e in kills), \
        [(e.cameo, e.source.code if e.source else None, _tgt(e)) for e in kills]


def test_toll_of_a_charged_act_is_not_done(nlp):
    evs = counted_events(nlp, "Russian-installed officials accuse Ukraine of shelling a bus station in Horlivka, killing "
                              "five passengers.")
    assert not any(e.root in ("18", "19", "20") for e in evs), [(e.cameo, _src(e), _tgt(e)) for e in evs]
    assert any(e.cameo.startswith("112") and _tgt(e) == "UKR" for e in evs)


def test_aim_of_a_charged_act_is_not_the_accusers(nlp):
    evs = counted_events(nlp, "Amnesty International accuses Eritrea of recruiting teenagers in refugee camps to fight "
                              "in Ethiopia's Tigray war.")
    assert not any(e.root in ("18", "19") for e in evs), [(e.cameo, e.source.code if e.source else None) for e in evs]
    assert any(e.cameo.startswith("112") and _tgt(e) == "ERI" for e in evs)


def test_urging_ones_own_capital_is_the_reporters_act(nlp):
    evs = all_events(nlp, "Beijing's defence ministry said Philippine vessels rammed a Chinese ship and urged Manila to "
                          "stop its provocations.")
    urge = [e for e in evs if e.root == "02"]
    assert urge and all(_src(e) == "CHN" and _tgt(e) == "PHL" for e in urge), [(e.cameo, _src(e), _tgt(e)) for e in evs]


def test_reporters_own_present_act_is_not_reported(nlp):
    evs = all_events(nlp, "Hezbollah says that a senior commander was killed in Beirut and blames Israel for the strike.")
    blame = [e for e in evs if e.cameo.startswith("112")]
    assert blame and all(e.modality != "reported" for e in blame), [(e.cameo, e.modality) for e in blame]


def test_later_member_of_a_conditional_list_is_not_the_speakers(nlp):
    evs = all_events(nlp, "Iran's foreign minister says Tehran will reopen the strait if the United States lifts sanctions "
                          "on its banks, ends the naval blockade, and frees the seized tankers.")
    ends = [e for e in evs if e.trigger.text.startswith("ends")]
    assert ends and all(_src(e) == "USA" and e.hypothetical for e in ends), \
        [(e.cameo, _src(e), e.trigger.text, e.hypothetical) for e in evs]


def test_toll_hung_on_the_verb_of_accusing_is_charged(nlp):
    evs = counted_events(nlp, "The provincial governor accuses rebels of an attack on a cattle market, killing twelve traders.")
    assert not any(e.root in ("18", "19", "20") for e in evs), [(e.cameo, e.source.text if e.source else None) for e in evs]


def test_reporting_state_does_not_hack_its_own_ministry(nlp):
    evs = all_events(nlp, "Chilean president Gabriel Boric confirms that the Chilean Ministry of Defence was hacked.")
    hacks = [e for e in evs if e.root == "17"]
    assert not any(e.source is not None and e.source.country == "CHL" for e in hacks), \
        [(e.cameo, e.source.text if e.source else None) for e in hacks]


def test_body_named_after_a_country_does_not_do_what_it_reports(nlp):
    evs = all_events(nlp, "The Sudanese Doctors Network reports that two pharmacies in Kadugli have been looted.")
    assert not any(e.source is not None and "Network" in e.source.text for e in evs), \
        [(e.cameo, e.source.text if e.source else None) for e in evs]
