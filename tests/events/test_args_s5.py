"""Argument classes of session 5 (who acts and who undergoes once the root is right; invented sentences): a protest
participle after a crowd named as an object, an unowned police or security operation in a country, the place of an
attack hung on its death toll and a town followed by its country, the owner named on a thing hit ahead of the place, the
object of a headline verb misread as a noun, a bare noun coded as what it is said or suspected to be, the place named in
a participle describing the thing hit, and "engaged in" / "involved in" as taking part."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, has_event


@pytest.mark.slow
def test_protest_participle_after_crowd_object(nlp) -> None:
    """"fired water cannon at farmers in Madrid, protesting against X": the crowd protests, not the police."""
    evs = counted_events(nlp, "Riot police fired water cannon at thousands of farmers in Madrid, protesting against the "
                              "new trade deal.")
    assert any(e.root == "14" and e.source is not None and e.source.country == "ESP" and e.source.sector != "COP"
               for e in evs)
    assert not any(e.root == "14" and e.source is not None and e.source.sector == "COP" for e in evs)
    evs = counted_events(nlp, "Soldiers opened fire on hundreds of students in Dhaka, Bangladesh, protesting against the "
                              "quota system.")
    assert not any(e.root == "14" and e.source is not None and e.source.sector == "MIL" for e in evs)


@pytest.mark.slow
def test_own_subject_keeps_its_protest(nlp) -> None:
    """A protest participle after the clause's own subject stays the subject's."""
    evs = counted_events(nlp, "Farmers blocked roads in Paris, protesting against the trade deal.")
    assert any(e.root == "14" and e.source is not None and e.source.sector == "AGR" for e in evs)


@pytest.mark.slow
def test_security_operation_is_run_by_the_police_of_its_country(nlp) -> None:
    """"killed in a police / counter-terrorism operation in X, Country": the country's police acted."""
    evs = counted_events(nlp, "Three gunmen were killed in a police operation in Tijuana, Mexico.")
    assert any(e.root == "19" and e.source is not None and e.source.code == "MEXCOP" for e in evs)
    evs = counted_events(nlp, "Five militants were killed in a counter-terrorism operation in Makhachkala, Russia.")
    assert has_event(evs, "19", src="RUS")


@pytest.mark.slow
def test_military_operation_gets_no_owner_from_its_place(nlp) -> None:
    """Armies operate abroad: a military operation in Gaza is not Gaza's."""
    evs = counted_events(nlp, "Ten people were killed in a military operation in Khan Younis.")
    assert not any(e.source is not None and e.source.country == "PSE" for e in evs)


@pytest.mark.slow
def test_toll_carries_the_place_of_the_strikes(nlp) -> None:
    """"the toll from the X airstrikes in Town, Country": the parser hangs the place on the toll; the town is unknown,
    the country after it is where the blows fell."""
    evs = counted_events(nlp, "The death toll from the Israeli airstrikes in Kfar Kila, Lebanon, on Sunday rises to 31 "
                              "dead and 112 wounded.")
    assert has_event(evs, "19", src="ISR", tgt="LBN")
    evs = counted_events(nlp, "The casualty count from the Turkish airstrikes in Sidakan, Iraq, three days ago, rises to "
                              "12 people killed and 30 injured.")
    assert has_event(evs, "19", src="TUR", tgt="IRQ")


@pytest.mark.slow
def test_owner_of_the_thing_hit_beats_the_place(nlp) -> None:
    """"shot down a U.S. military-operated drone in a Province, Iran": the drone's owner is hit, not the place."""
    evs = counted_events(nlp, "Iran claims that it shot down a U.S. military-operated MQ-4C Triton drone in Hormozgan "
                              "Province, Iran.")
    assert has_event(evs, "19", tgt="USA")
    assert not has_event(evs, "19", tgt="IRN")


@pytest.mark.slow
def test_misread_headline_verb_keeps_its_object(nlp) -> None:
    """"The X District Court in City, Country, sentences <nationality> <trade> Y": the name the parser hangs on the
    verb read as a plural noun is the one sentenced."""
    evs = counted_events(nlp, "The Dorogomilovsky District Court in Moscow, Russia, sentences Dutch photographer Pieter Vos "
                              "in absentia to nine years in prison for spreading fake news about the army.")
    assert has_event(evs, "17", src="RUS", tgt="NLD")


@pytest.mark.slow
def test_bare_noun_coded_as_what_it_is_said_to_be(nlp) -> None:
    """"strikes against people it says are Hamas operatives", "men suspected of being members of X", "people believed to
    be members of Y": the description codes the noun."""
    evs = counted_events(nlp, "Israel carries out strikes against people it says are Hamas operatives.")
    assert has_event(evs, "19", src="ISR", tgt="PSE")
    evs = counted_events(nlp, "Police detained 12 men suspected of being members of the Islamic State.")
    assert any(e.root == "17" and e.target is not None and (e.target.code or "").endswith("ISI") for e in evs)
    evs = counted_events(nlp, "Pakistani police arrested three people believed to be members of the Baloch Liberation Army.")
    assert any(e.root == "17" and e.target is not None and e.target.sector == "REB" for e in evs)


@pytest.mark.slow
def test_plain_people_stay_civilians(nlp) -> None:
    """Without a description, arrested people keep their own coding."""
    evs = counted_events(nlp, "Pakistani police arrested three people in Quetta.")
    assert not any(e.target is not None and e.target.sector == "REB" for e in evs)


@pytest.mark.slow
def test_place_in_participle_describing_the_thing_hit(nlp) -> None:
    """"destroys the bridge crossing the Oskil River in eastern Ukraine": the place of the thing hit."""
    evs = counted_events(nlp, "The Russian army destroys the main bridge crossing the Oskil River in eastern Ukraine.")
    assert has_event(evs, "17", src="RUS", tgt="UKR")


@pytest.mark.slow
def test_participle_phrase_without_a_place_names_no_target(nlp) -> None:
    """"a manhunt for those involved in the American attack": an act named in the participle is no place."""
    evs = counted_events(nlp, "The Bolivian interior ministry orders a nationwide manhunt for anyone involved in the "
                              "American raid on the refinery.")
    assert not any(e.root == "17" and e.target is not None and e.target.country == "USA" for e in evs)


@pytest.mark.slow
def test_engaged_in_is_taking_part(nlp) -> None:
    """"X is still engaged in mediation efforts": X mediates (passive in form, also read as a predicate adjective)."""
    evs = counted_events(nlp, "The Egyptian foreign ministry reaffirms that Egypt is still engaged in mediation efforts to "
                              "end the war amidst tensions between Israel and Hamas.")
    assert has_event(evs, "04", src="EGY", tgt="ISR")
    evs = counted_events(nlp, "The Turkish foreign ministry says that Turkey is still engaged in mediation efforts to end "
                              "the war between Russia and Ukraine.")
    assert has_event(evs, "04", src="TUR", tgt="RUS")


@pytest.mark.slow
def test_who_died_from_an_attack_was_its_target(nlp) -> None:
    """"confirm the death of X from an Israeli airstrike": the dead one, by name, not a title read from the attacker's
    country."""
    evs = counted_events(nlp, "Hezbollah confirms the death of Secretary-General Hassan Nasrallah and several senior "
                              "commanders from an Israeli airstrike the previous day.", date="2024-09-28")
    assert has_event(evs, "19", src="ISR", tgt="LBN")
    assert not has_event(evs, "19", src="ISR", tgt="ISR")


@pytest.mark.slow
def test_who_runs_the_place_hit_is_no_attacker(nlp) -> None:
    """"an airstrike on a hospital run by MSF": the parser hangs "by MSF" on the object, but MSF runs the place hit; "strikes
    on a bus by the Houthis" keeps its attacker."""
    evs = counted_events(nlp, "Nine people are killed and dozens more are wounded in an air raid on a hospital run by "
                              "MSF in Kadugli, South Kordofan, Sudan.")
    assert not any(e.root == "19" and e.source is not None and (e.source.code or "").startswith("NGO") for e in evs)
    evs = counted_events(nlp, "Three sailors were injured in missile strikes on a bus by the Houthis.")
    assert has_event(evs, "19", src="YEM")


@pytest.mark.slow
def test_who_made_a_proposal_is_answered(nlp) -> None:
    """"reject a proposal by the United States", "rejected the plan by the Arab League": the agent of the proposal taken
    as object is the target, by the name it heads."""
    evs = counted_events(nlp, "The elders of Tonga and the Tongan parliament reject a proposal by China to build a naval "
                              "port.")
    assert has_event(evs, "12", src="TON", tgt="CHN")
    evs = counted_events(nlp, "Israel rejected the plan by the Arab League.")
    assert any(e.root == "12" and e.target is not None and (e.target.code or "").startswith("IGO") for e in evs)


@pytest.mark.slow
def test_where_a_body_is_based_names_its_country(nlp) -> None:
    """"sanctions two Kyrgyzstan-based factories": the place a sanctioned body is based in is its country."""
    evs = counted_events(nlp, "The European Union sanctions two Kyrgyzstan-based machine tool factories for shipping parts "
                              "to the Russian arms industry.")
    assert has_event(evs, "16", tgt="KGZ")


@pytest.mark.slow
def test_participle_clause_after_an_object_is_the_objects(nlp) -> None:
    """"Country A repatriates Country-B nationals X, sentenced to death for smuggling": the ones sentenced are the
    object, not the subject of the main clause."""
    evs = counted_events(nlp, "Vietnam repatriates Canadian nationals Lindsay Whitcombe, sentenced to death for smuggling "
                              "heroin into Hanoi in 2014, and Omar Haddad.")
    assert has_event(evs, "17", tgt="CAN")
    assert not has_event(evs, "17", tgt="VNM")


@pytest.mark.slow
def test_list_member_is_not_coded_from_the_attackers_country(nlp) -> None:
    """"strikes against Iranian naval bases, drone factories and air defense systems": no strike on the attacker's own
    air defences."""
    evs = counted_events(nlp, "The U.S. military carries out a third wave of strikes against Iranian naval bases, drone "
                              "factories, radar stations and air defense systems.")
    assert has_event(evs, "19", src="USA", tgt="IRN")
    assert not has_event(evs, "19", src="USA", tgt="USA")
