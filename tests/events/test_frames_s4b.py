"""Session 4, round 2 (frames): orders to stand trial or leave, passive and double-object sentences, offices named by
"as", purpose clauses of verbs with one conflictual sense, state protests, prosecutions, wire entries. Invented
sentences, one test per language class."""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_codes, counted_events, has_event

pytestmark = pytest.mark.slow


def test_order_to_stand_trial_is_the_trial(nlp) -> None:
    """'ordered X to stand trial': the court puts X on trial (173), not a demand (10x)."""
    codes = counted_codes(nlp, "A Moscow court ordered the former governor to stand trial for bribery.")
    assert "173" in codes and not any(c.startswith("10") for c in codes)


def test_order_to_leave_country_is_expulsion(nlp) -> None:
    """Foreigners ordered out of a country are expelled (174); diplomatic staff are envoys (161)."""
    assert "174" in counted_codes(nlp, "The government ordered the foreign journalists to leave Burundi within 48 hours.")
    assert "161" in counted_codes(nlp, "Russia ordered twelve French embassy staff to leave the country.")


def test_order_to_leave_homes_is_no_expulsion(nlp) -> None:
    """An evacuation order to residents is no expulsion from a country."""
    codes = counted_codes(nlp, "Israel ordered residents of Gaza City to leave their homes.")
    assert "174" not in codes and "161" not in codes


def test_passive_ditransitive_sentence(nlp) -> None:
    """'was handed / given a sentence': the subject receives it (173, target the person sentenced)."""
    evs = counted_events(nlp, "The Belarusian opposition leader was given a 27-year sentence by a Minsk court.")
    assert has_event(evs, "173", "BLR", "BLR")  # the court's "by" hangs on the sentence
    evs = counted_events(nlp, "A Russian journalist was handed a life sentence on Tuesday.")
    assert has_event(evs, "173", tgt="RUS")


def test_give_sentence_double_object(nlp) -> None:
    """'gave X a suspended sentence': the second object is the sentence, the first the target."""
    evs = counted_events(nlp, "A Paris court gave the former French minister a three-year suspended sentence.")
    assert has_event(evs, "173", "FRA", "FRA")


def test_label_object_predicate(nlp) -> None:
    """'labelled X a foreign agent': the predicate parsed as an apposition still names the label (172)."""
    assert "172" in counted_codes(nlp, "Moscow labelled the exiled writer a foreign agent.")


def test_dismiss_official_and_office_named_by_as(nlp) -> None:
    """Dismissing an official is an administrative sanction (172); dismissing claims stays a rejection."""
    assert "172" in counted_codes(nlp, "Tunisia's president dismissed the prime minister and dissolved parliament.")
    assert "172" not in counted_codes(nlp, "The premier dismissed the allegations as baseless.")


def test_purpose_clause_checks_matching_entry(nlp) -> None:
    """'to give aid' is a purpose (not done), even though "give" has a conflictual sense ("give a sentence")."""
    evs = all_events(nlp, "The German minister travelled to Kyiv to give humanitarian aid to Ukraine.")
    assert not any(e.cameo.startswith("07") and not (e.negated or e.hypothetical) for e in evs)


def test_state_protest_is_official_complaint(nlp) -> None:
    """A state or ministry protesting an act complains officially (114); a crowd protesting demonstrates (14x)."""
    codes = counted_codes(nlp, "China protested the US sanctions on its firms.")
    assert "114" in codes and "141" not in codes
    assert "114" in counted_codes(nlp, "The Iranian foreign ministry protested the detention of its nationals.")
    assert "114" not in counted_codes(nlp, "Thousands of students protested the tuition hikes in Belgrade.")


def test_charges_brought_by_prosecutors(nlp) -> None:
    """Charges brought by prosecutors are a prosecution (173); a company's lawsuit stays a legal challenge (115)."""
    assert "173" in counted_codes(nlp, "Turkish prosecutors brought charges against the mayor of Istanbul.")
    assert "115" in counted_codes(nlp, "Exxon brought charges against the Venezuelan government.")


def test_persona_non_grata_split_parse(nlp) -> None:
    """'declared the ambassador persona non grata': an expelled diplomat (161), whatever the parse."""
    evs = counted_events(nlp, "Armenia declared the Russian ambassador persona non grata.")
    assert has_event(evs, "161", "ARM", "RUS")


def test_drugs_are_no_relief_goods(nlp) -> None:
    """Smugglers delivering drugs deliver no aid."""
    codes = counted_codes(nlp, "Spanish police arrested three men who tried to deliver drugs to Europe.")
    assert not any(c.startswith("07") for c in codes)


def test_reopened_embassy_is_no_intelligence_sharing(nlp) -> None:
    """Reopening an embassy shares no intelligence (064)."""
    assert "064" not in counted_codes(nlp, "Britain reopens its embassy in Tehran.")


def test_support_verb_perform(nlp) -> None:
    """'performed raids': the nominal act carried by a light verb."""
    assert any(c.startswith("17") for c in counted_codes(nlp, "Indian police performed raids on the homes of opposition figures."))


def test_drive_by_shooting_is_one_act(nlp) -> None:
    """'shot dead in a drive-by shooting': the casualty's attack, not a second shooting."""
    evs = counted_events(nlp, "Three Nigerian soldiers were shot dead in a drive-by shooting near a checkpoint in Kano.")
    assert len([e for e in evs if e.root in ("18", "19")]) == 1
    assert "180" in counted_codes(nlp, "A drive-by shooting kills two Swedish police officers in Malmo.")


def test_fall_of_town_to_rebels_is_capture(nlp) -> None:
    """'the fall of X to rebels': the rebels take X (192); a fall of prices or of a leader is none."""
    evs = counted_events(nlp, "The fall of Bukavu to M23 rebels forced thousands to flee.")
    assert has_event(evs, "192", tgt="COD")
    assert "192" not in counted_codes(nlp, "The fall of the Syrian government surprised Turkey.")


def test_deverbal_exchange_between_sides(nlp) -> None:
    """'the exchange / swap of prisoners between X and Y': a release by each side (0841), the sides as actors."""
    evs = counted_events(nlp, "The exchange of prisoners between Russia and Ukraine took place on Friday.")
    assert has_event(evs, "0841", "RUS", "UKR") and has_event(evs, "0841", "UKR", "RUS")


def test_deverbal_revocation(nlp) -> None:
    """'the revocation of X's licence': read like "revoked X's licence" (172)."""
    assert "172" in counted_codes(nlp, "Israel's revocation of Al Jazeera's licence drew criticism from Qatar.")


def test_order_to_leave_missions(nlp) -> None:
    """Peacekeepers, inspectors and aid agencies ordered out are the expulsions CAMEO names (1661, 1662, 1663)."""
    assert "1661" in counted_codes(nlp, "Mali ordered UN peacekeepers to leave the country.")
    assert "1662" in counted_codes(nlp, "Iran ordered the IAEA inspectors to leave.")
    assert "1663" in counted_codes(nlp, "The Taliban ordered foreign aid groups to leave Afghanistan.")


def test_headline_blasts_rock_city(nlp) -> None:
    """'Twin blasts rock Kabul': a headline whose subject noun the parser took for the root is a bombing (183)."""
    assert "183" in counted_codes(nlp, "Twin blasts rock Kabul, killing 12 people.")


def test_vote_to_act_is_no_purpose_clause(nlp) -> None:
    """'voted to expel the envoy': the vote does what it decides, the act is coded as done."""
    evs = counted_events(nlp, "The Lithuanian parliament voted to expel the Russian ambassador.")
    assert has_event(evs, "16", "LTU", "RUS")
    evs = counted_events(nlp, "The European Parliament votes 412-80 to lift the sanctions on Belarus.")
    assert any(e.root == "08" for e in evs)
