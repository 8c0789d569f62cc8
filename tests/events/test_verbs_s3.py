"""Session-3 verb families: verb language of real news the lexicon missed or coded at the wrong root.

Every sentence is invented for these tests. One test per family: questioning (09) against doubt (110); court
rulings, blocks and findings against a party (116) and sentences upheld (173); verbal attacks (111); removal
from power (172) and impeachment (173); legal coercion phrases (173); hostage taking, ramming and poisoning
(18; a rammed ship is 171), grenades (183) and stones (145); strikes named with the weapon (195); fighters
"eliminated" (190); money and weapons given (07); acclaim and backing (051); measures repealed, reversed,
eliminated (081/085/0872) and amnesties (0841); extraditions approved (063); leaving partnerships, travel
advisories (160) and embassy staff expelled (161); recognition (054); crowds gathering in protest (141);
and the look-alikes that must keep another reading (a statue toppled, a court reversing lower courts, "called
for a truce", released results, "require" in laws). The fast tests check the loaded lexicon; the slow ones
run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes
from helpers_events import counted_events, has_event

from eventwire.events.lexicon import load_lexicon

CaseList = list[tuple[str, str]]


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_session3_entries_load_with_their_codes() -> None:
    """Representative entries of each family are loaded with the CAMEO code of their root."""
    by_id = {e.id: e for e in load_lexicon().entries()}
    expected = {
        "v.question_person": "090", "v.question_legitimacy": "110", "v.appear_for_questioning": "090",
        "v.rule_against": "116", "v.strike_down_ruling": "116", "v.strike_down_bill": "120", "v.insult": "111",
        "v.oust": "172", "v.impeach": "173", "v.remove_from_office": "172", "v.dismiss_as": "172",
        "v.put_on_trial": "173", "v.hold_hostage": "181", "v.ram": "182", "v.ram_vessel": "171",
        "v.poison": "182", "v.throw_grenade": "183", "v.hurl_stones": "145", "v.hammer_with_missiles": "195",
        "v.donate": "070", "v.allocate": "071", "v.sell_weapons": "072", "v.acclaim": "051",
        "v.embrace_plan": "051", "v.repeal_ban": "081",
        "v.withdraw_from_partnership": "160", "v.recognize_independence": "054",
        "v.eliminate_fighters": "190", "v.eliminate_tariffs": "085", "v.reverse_measure": "081",
        "v.advise_against_travel": "160", "v.approve_extradition": "063", "v.uphold_sentence": "173",
        "v.find_in_breach": "112", "v.send_money": "071", "v.court_blocks": "116",
        "v.amnesty": "0841", "v.gather_in_protest": "141",
    }
    wrong = {k: (by_id[k].code if k in by_id else None) for k, v in expected.items()
             if k not in by_id or by_id[k].code != v}
    assert not wrong, wrong


def test_court_rulings_need_a_court_as_subject() -> None:
    """"Ruled against" and "struck down" are rulings only with a court, judge or jury as the subject."""
    lex = load_lexicon()
    for lemma, eid in (("rule", "v.rule_against"), ("strike", "v.strike_down_ruling"), ("block", "v.court_blocks")):
        (entry,) = [e for e in lex.verbs[lemma] if e.id == eid]
        assert {"court", "judge"} <= entry.subject, eid


def test_release_of_results_is_a_statement_and_figures_are_people() -> None:
    """Released results or a tally are a statement (010); "figure" is left out: political figures are people."""
    (entry,) = [e for e in load_lexicon().verbs["release"] if e.id == "v.release_statement"]
    assert {"result", "tally", "distribution"} <= entry.object
    assert "figure" not in entry.object


def test_seizing_power_is_a_coup() -> None:
    """A coup ("seized power") is administrative coercion (172, a team decision), not a seizure of goods."""
    (entry,) = [e for e in load_lexicon().verbs["seize"] if e.id == "v.seize"]
    assert entry.modifiers["power"] == "172"


def test_require_is_not_a_demand_verb() -> None:
    """Laws and regulations "requiring" something made false demands (100): "require" has no plain entry."""
    assert not [e for e in load_lexicon().verbs.get("require", []) if not e.object]


# -- the pipeline (slow) ---------------------------------------------------------------------------

QUESTIONING: CaseList = [
    ("Police in Seoul questioned the former Korean first lady for six hours.", "090"),
    ("Prosecutors in Lima questioned former Peruvian president Martin Vizcarra on Tuesday.", "090"),
    ("The Kenyan president summoned the army chief for questioning.", "090"),
    ("Former Malaysian prime minister Najib Razak appeared for questioning by anti-graft investigators.", "090"),
]


@pytest.mark.slow
def test_questioning_by_police_or_prosecutors_is_investigation(nlp) -> None:
    """A person questioned, summoned or appearing for questioning is investigated (090)."""
    _check(nlp, QUESTIONING)


@pytest.mark.slow
def test_questioning_a_result_is_doubt_not_investigation(nlp) -> None:
    """Questioning the legitimacy or results of something is disapproval (110), not an interrogation (090)."""
    codes = _codes(nlp, "The Dominican Republic questioned the results of the Venezuelan presidential election.")
    assert any(c.startswith("110") for c in codes) and not any(c.startswith("09") for c in codes), codes
    codes = _codes(nlp, "Poland questioned the legitimacy of the Belarusian government.")
    assert any(c.startswith("11") for c in codes), codes
    codes = _codes(nlp, "Two US senators questioned the President's power to declare an emergency.")
    assert any(c.startswith("110") for c in codes) and not any(c.startswith("09") for c in codes), codes


COURT_RULINGS: CaseList = [
    ("A Mexican federal court ruled against the Mexican government on Tuesday.", "116"),
    ("Kenya's High Court ruled the government's emergency decree unconstitutional.", "116"),
    ("A Kenyan judge found the government's deportation order unlawful.", "116"),
    ("Brazil's Supreme Court struck down the government's decree on gun ownership.", "116"),
]


@pytest.mark.slow
def test_court_rulings_against_a_party_find_it_liable(nlp) -> None:
    """A court ruling against a party, striking down its act or finding it unlawful codes 116."""
    _check(nlp, COURT_RULINGS)


@pytest.mark.slow
def test_a_court_ruling_for_a_party_is_no_finding(nlp) -> None:
    """"Ruled that the election was valid" finds nobody liable; a legislature striking down a bill rejects it."""
    assert not any(c.startswith("116") for c in _codes(nlp, "The Kenyan court ruled that the election was valid.")), \
        _codes(nlp, "The Kenyan court ruled that the election was valid.")
    codes = _codes(nlp, "The Nigerian Senate struck down the proposal of the president.")
    assert not any(c.startswith("116") for c in codes), codes


VERBAL_ATTACKS: CaseList = [
    ("The Hungarian prime minister insulted the Ukrainian president.", "111"),
    ("Beijing derided the American report as a fabrication.", "111"),
    ("Russian state media disparaged the Moldovan president.", "111"),
]


@pytest.mark.slow
def test_insults_and_derision_are_criticism(nlp) -> None:
    """Insulting, deriding and disparaging someone criticise them (111)."""
    _check(nlp, VERBAL_ATTACKS)


REMOVALS: CaseList = [
    ("The Malian army ousted President Keita in a coup.", "172"),
    ("Soldiers in Gabon toppled President Ali Bongo.", "172"),
    ("The Thai army overthrew the elected government of Yingluck Shinawatra.", "172"),
    ("Sudan's military deposed President Omar al-Bashir.", "172"),
    ("Pakistan's parliament ousted Prime Minister Imran Khan in a no-confidence vote.", "172"),
    ("The Ghanaian president removed the chief justice from office.", "172"),
    ("The Kenyan president sacked Ahmed Ali as defence minister.", "172"),
    ("The Nigerien army seized power in a coup on Wednesday.", "172"),
]


@pytest.mark.slow
def test_removal_from_power_is_administrative_coercion(nlp) -> None:
    """Ousters, coups and removals of officials (named by "as" or "from office") code 172."""
    _check(nlp, REMOVALS)


LEGAL_PHRASES: CaseList = [
    ("A Turkish court put the former Istanbul mayor on trial.", "173"),
    ("Russian police kept the opposition leader under house arrest.", "173"),
    ("Ethiopian police kept the journalists in custody for a month.", "173"),
    ("South Korea's National Assembly impeached President Yoon Suk Yeol.", "173"),
]


@pytest.mark.slow
def test_trials_and_custody_named_by_a_phrase_are_legal_coercion(nlp) -> None:
    """"Put on trial", "kept under house arrest / in custody" and impeachment (a formal charge) are 173."""
    _check(nlp, LEGAL_PHRASES)


UNCONVENTIONAL_VIOLENCE: CaseList = [
    ("The Houthis held ten Nepali aid workers hostage.", "181"),
    ("Ten Nepali aid workers were held hostage by Houthi militants for a week.", "181"),
    ("A man rammed his car into a crowd in Berlin.", "182"),
    ("Unknown gunmen poisoned the Russian opposition leader.", "182"),
    ("A militant hurled a grenade at an Indian police station in Kashmir.", "183"),
    ("Protesters hurled stones at Bangladeshi police in Dhaka.", "145"),
]


@pytest.mark.slow
def test_hostages_rammings_poisonings_and_grenades(nlp) -> None:
    """Holding hostages (181), ramming a crowd and poisoning (182), hurled grenades (183), stones (145)."""
    _check(nlp, UNCONVENTIONAL_VIOLENCE)


@pytest.mark.slow
def test_stun_grenades_and_rammed_ships_keep_their_own_reading(nlp) -> None:
    """Stun grenades are crowd control (175), not a bombing; a coast guard ramming a ship damages property (171)."""
    codes = _codes(nlp, "Israeli soldiers threw stun grenades at Palestinian worshippers.")
    assert any(c.startswith("175") for c in codes) and not any(c.startswith("183") for c in codes), codes
    events = counted_events(nlp, "A Chinese coast guard ship rammed a Philippine supply vessel.")
    assert has_event(events, "171", "CHN", "PHL"), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
def test_strikes_named_with_a_verb_of_force_and_the_weapon(nlp) -> None:
    """"Hammered / battered Kyiv with missiles" is an aerial or missile attack (195)."""
    _check(nlp, [("Russia hammered Kyiv with missiles overnight.", "195"),
                 ("Russia battered Kharkiv with drones on Sunday.", "195")])


AID_GIVEN: CaseList = [
    ("Japan donated $10 million to Ukraine.", "071"),
    ("The Saudi government allocated $2 million to Yemen.", "071"),
    ("Russia sold air defence missiles to Turkey.", "072"),
    ("France transferred Mirage jets to Ukraine.", "072"),
]


@pytest.mark.slow
def test_money_and_weapons_given_to_a_state_are_aid(nlp) -> None:
    """Money donated or allocated to a named recipient is economic aid (071); weapons sold or transferred, 072."""
    _check(nlp, AID_GIVEN)


SUPPORT: CaseList = [
    ("Germany acclaimed the deal between Serbia and Kosovo.", "051"),
    ("Hungary embraced the Chinese peace plan.", "051"),
]


@pytest.mark.slow
def test_acclaim_and_embrace_are_support(nlp) -> None:
    """Acclaiming someone and embracing their plan express support (051)."""
    _check(nlp, SUPPORT)


@pytest.mark.slow
def test_bans_repealed_or_abolished_are_eased(nlp) -> None:
    """A ban or restriction repealed or abolished eases restrictions (081); sanctions abolished, 085."""
    _check(nlp, [("The Sri Lankan government repealed the ban on opposition rallies.", "081"),
                 ("India abolished the restrictions on Kashmir.", "081"),
                 ("The African Union abolished the sanctions against Guinea.", "085")])


@pytest.mark.slow
def test_leaving_a_partnership_reduces_relations_leaving_a_town_is_retreat(nlp) -> None:
    """Withdrawing from a partnership or a court is 160; withdrawing from a town stays a retreat (0874)."""
    _check(nlp, [("The United States withdrew from the climate partnership with South Africa.", "160"),
                 ("Burundi withdrew from the International Criminal Court.", "160"),
                 ("Russian troops withdrew from the Ukrainian town of Kherson.", "0874")])


@pytest.mark.slow
def test_recognising_independence_is_recognition(nlp) -> None:
    """Recognising a state, its independence or sovereignty codes 054 towards that state."""
    events = counted_events(nlp, "Russia recognized the independence of Abkhazia.")
    assert has_event(events, "054", "RUS"), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
def test_released_figures_and_results(nlp) -> None:
    """Political figures released on bail are freed (084); released results are a statement, not a release."""
    codes = _codes(nlp, "Iran released two opposition figures on bail.")
    assert any(c.startswith("084") for c in codes), codes
    codes = _codes(nlp, "Moldova's central electoral commission released the provisional results of Sunday's referendum.")
    assert not any(c.startswith("084") for c in codes), codes


@pytest.mark.slow
def test_fighters_eliminated_or_neutralised_are_attacked(nlp) -> None:
    """Armies report killed fighters as "eliminated" or "neutralised" (190); a threat eliminated is no attack."""
    _check(nlp, [("The Nigerian army eliminated 40 Boko Haram militants in Borno.", "190"),
                 ("Turkish forces neutralised 12 PKK terrorists in northern Iraq.", "190")])
    assert not _codes(nlp, "The Pakistani army said it had eliminated the threat.")


@pytest.mark.slow
def test_measures_eliminated_or_reversed_are_eased(nlp) -> None:
    """Tariffs eliminated are sanctions relief (085); a suspension or restriction reversed eases it (081)."""
    _check(nlp, [("The United States eliminated tariffs on Canadian lumber.", "085"),
                 ("Venezuela reversed the suspension of deportation flights from the United States.", "081")])


@pytest.mark.slow
def test_a_court_reversing_lower_court_decisions_concedes_nothing(nlp) -> None:
    """"Reversing lower-court decisions" is a ruling, not a concession (080)."""
    codes = _codes(nlp, "The Philippine supreme court reversed the decisions of two lower courts on Monday.")
    assert not any(c.startswith("08") for c in codes), codes


@pytest.mark.slow
def test_travel_advisories_reduce_relations_not_threats(nlp) -> None:
    """Advising or warning citizens against travel to a country is 160 towards it, not a threat (13)."""
    events = counted_events(nlp, "The US State Department advised against travel to Tunisia after the attack.")
    assert has_event(events, "160", "USA", "TUN"), [(e.cameo, e.source, e.target) for e in events]
    codes = _codes(nlp, "Britain warned its citizens against all travel to Lebanon.")
    assert any(c.startswith("160") for c in codes) and not any(c.startswith("13") for c in codes), codes


@pytest.mark.slow
def test_statues_toppled_are_no_coup(nlp) -> None:
    """Only a ruler or government toppled is an ouster (172): a toppled statue names nobody removed from power."""
    codes = _codes(nlp, "A statue of the Iranian commander Qasem Soleimani is toppled.")
    assert not any(c.startswith("172") for c in codes), codes


@pytest.mark.slow
def test_extraditions_approved_or_ordered_are_judicial_cooperation(nlp) -> None:
    """A court or government approving or ordering an extradition cooperates with the requesting state (063)."""
    events = counted_events(nlp, "An Italian court approved the extradition to Germany of a Ukrainian suspect.")
    assert has_event(events, "063", "ITA", "DEU"), [(e.cameo, e.source, e.target) for e in events]
    _check(nlp, [("A Thai court ordered the extradition of the Chinese kingpin to China.", "063")])


@pytest.mark.slow
def test_courts_upholding_sentences_blocking_orders_and_watchdogs_finding_breaches(nlp) -> None:
    """A sentence upheld keeps coercion (173); a judge blocking a government's act rules against it (116); a
    watchdog finding a state in breach accuses it (112)."""
    _check(nlp, [("A Thai appeals court upheld a two-year prison sentence against an opposition lawmaker.", "173"),
                 ("A US federal judge blocked the Trump administration from ending protected status for Haitians.", "116"),
                 ("The International Atomic Energy Agency found Iran in breach of its obligations.", "112")])


@pytest.mark.slow
def test_money_sent_to_a_state_is_economic_aid(nlp) -> None:
    """A sum of money sent to a named state is economic aid (071)."""
    events = counted_events(nlp, "The United Kingdom sent £752 million to Ukraine for air defence.")
    assert has_event(events, "071", "GBR", "UKR"), [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.slow
def test_amnesties_and_eased_blockades(nlp) -> None:
    """Prisoners amnestied are released (0841); a blockade eased is 0872, not sanctions relief (085)."""
    _check(nlp, [("The Myanmar junta amnestied 5,000 prisoners.", "0841"),
                 ("Israel eased the blockade of Gaza.", "0872")])


@pytest.mark.slow
def test_calling_for_a_truce_stays_an_appeal(nlp) -> None:
    """"Called for a ceasefire" appeals for one (02); it declares no truce (0871)."""
    for text in ("The rebels called for a truce.", "The UN called for a ceasefire in Gaza."):
        codes = _codes(nlp, text)
        assert any(c.startswith("02") for c in codes) and not any(c.startswith("087") for c in codes), (text, codes)


@pytest.mark.slow
def test_embassy_staff_expelled_are_diplomats_expelled(nlp) -> None:
    """Expelling embassy or consulate staff reduces relations (161); expelling villagers is a deportation (174)."""
    _check(nlp, [("Iran expelled two French embassy employees.", "161"),
                 ("Hungary expelled a Russian consulate staffer.", "161"),
                 ("The Sudanese army expelled thousands of villagers.", "174")])



@pytest.mark.slow
def test_crowds_gathering_in_protest_demonstrate(nlp) -> None:
    """Gathering or converging "in protest" or "for a rally" is a demonstration (141); leaders gathering for a
    summit are not."""
    _check(nlp, [("Thousands of Serbian students gathered in Belgrade in protest against the government.", "141"),
                 ("Thousands of Nigerians converged on Lagos for a rally against fuel prices.", "141")])
    codes = _codes(nlp, "European leaders gathered in Brussels for a summit.")
    assert not any(c.startswith("14") for c in codes), codes
