"""Session-4 coverage of CAMEO roots 10-17: how news words coercion, legal acts, accusation and reduced relations.

Every sentence is invented for these tests. One test per language class: sentences handed and trials gone on
(173); charges levelled (173; levelled accusations 112) and criminal proceedings opened (173; infringement
proceedings 115); custody named by its grounds or place ("held on spying charges", "put behind bars", placed in
pre-trial detention, bail refused, detention extended: 173); foreign-agent and extremist labels (172/1722); officials
suspended, dismissed from service or removed (172); parties removed from the ballot (1722);
media and civil groups closed (1721/172); protests broken up, crushed, clamped down on, live ammunition used (175);
computer networks attacked (170); blame laid or held ("holds India responsible", traded accusations: 112); claims
"charged that X attacked" (112x, not an indictment); formal protests sent and envoys called in (114); sanctions adopted,
extended, levied, visa restrictions placed (163); funding pulled (162); named international bodies left (160);
missions of representation closed (161); protesters as subjects (gather 141, storm 145); trials, dismissals and
purges named by nouns (173/172). Each class also has a sentence that must stay uncoded or keep its other code, and
purpose infinitives of common verbs ("to give aid", "to seek support") must stay hypothetical: modality.py reads any
14-20 entry of a lemma as making its purpose clauses acts, so those lemmas get none here.
The fast tests check the loaded lexicon; the slow ones run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes
from helpers_events import counted_events as _events
from helpers_events import has_event as _has

from eventwire.events.lexicon import NounEntry, VerbEntry, load_lexicon

CaseList = list[tuple[str, str]]


def _verb(lemma: str, eid: str) -> VerbEntry:
    """The loaded verb entry `eid` of `lemma`."""
    (entry,) = [e for e in load_lexicon().verbs[lemma] if e.id == eid]
    return entry


def _noun(lemma: str, eid: str) -> NounEntry:
    """The loaded noun entry `eid` of `lemma`."""
    (entry,) = [e for e in load_lexicon().nouns[lemma] if e.id == eid]
    return entry


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_sentence_and_charge_phrases_are_legal_action() -> None:
    """Sentences handed and charges levelled are coded 173, levelled accusations 112."""
    assert _verb("hand", "v.hand_sentence").code == "173"
    assert _verb("go", "v.go_on_trial").source == ()
    lev = _verb("level", "v.level_charges")
    assert lev.code == "173" and lev.modifiers["accusation"] == "112"


def test_purpose_verbs_get_no_coercion_entry() -> None:
    """Verbs that head purpose infinitives keep no entry of roots 14-20 from this file (modality reads them by lemma)."""
    material = {"14", "15", "17", "18", "19", "20"}
    for lemma in ("give", "seek", "receive", "restore", "form", "press", "file", "relieve"):
        mine = [e.id for e in load_lexicon().verbs.get(lemma, []) if e.file.endswith("lexicon_verbs_conflict.yaml")
                and e.code[:2] in material]
        assert not mine, f"{lemma}: {mine}"


def test_named_bodies_left_are_reduced_relations() -> None:
    """Leaving ECOWAS or UNESCO by name is 160, the body being the target."""
    e = _verb("withdraw", "v.withdraw_from_named_org")
    assert e.code == "160" and "ecowas" in e.object and e.target == ("pobj",)


def test_nominal_trials_need_a_named_target() -> None:
    """A trial or a dismissal is an event only when whom it targets is named ("a clinical trial" is none)."""
    assert _noun("trial", "n.trial").requires_target
    assert _noun("dismissal", "n.dismissal").code == "172"


# -- the pipeline (slow) ---------------------------------------------------------------------------

@pytest.mark.slow
def test_sentences_handed_and_trials_gone_on(nlp) -> None:
    """Sentences handed and trials gone on are legal action (173)."""
    _check(nlp, [
        ("Fourteen soldiers were handed prison sentences by a military tribunal in Kinshasa.", "173"),
        ("The former governor went on trial in Lagos on Tuesday.", "173"),
    ])


@pytest.mark.slow
def test_purpose_infinitives_stay_hypothetical(nlp) -> None:
    """"Flew to Doha to seek support", "went to Moscow to receive an award": the aims are not coded as done."""
    for text, aim in (("The Chilean minister flew to Doha to seek support for the plan.", "023"),
                      ("The Serbian president went to Moscow to receive an award from Putin.", "043")):
        assert aim not in _codes(nlp, text), text


@pytest.mark.slow
def test_charges_levelled_and_proceedings_opened(nlp) -> None:
    """Charges levelled and criminal proceedings opened are 173; infringement proceedings 115; accusations 112."""
    _check(nlp, [
        ("Egyptian prosecutors levelled espionage charges against the blogger.", "173"),
        ("Belarusian prosecutors opened proceedings against the exiled opposition leader.", "173"),
        ("The EU executive opened infringement proceedings against Malta over its golden passport scheme.", "115"),
        ("The Serbian opposition levelled accusations of vote rigging against the ruling party.", "112"),
    ])


@pytest.mark.slow
def test_custody_named_by_grounds_or_place(nlp) -> None:
    """Held on charges or without charge, put behind bars, placed in detention, bail refused, detention extended: 173."""
    _check(nlp, [
        ("Police placed the suspect in pre-trial detention in Cotonou.", "173"),
        ("Russian authorities are holding the French researcher on espionage charges.", "173"),
        ("Saudi Arabia has held the cleric without charge for two years.", "173"),
        ("The Nicaraguan government put dozens of priests behind bars.", "173"),
        ("A Turkish court refused bail to the Kurdish politician.", "173"),
        ("A Georgian court extended the detention of the opposition activist.", "173"),
    ])


@pytest.mark.slow
def test_foreign_agent_and_extremist_labels(nlp) -> None:
    """A person or group labelled a foreign agent is sanctioned (172); "a group of experts" is no label."""
    _check(nlp, [
        ("The Russian justice ministry labelled the journalist a foreign agent.", "172"),
        ("The Kremlin declared the German foundation undesirable.", "172"),
    ])
    assert not any(c.startswith("17") for c in _codes(nlp, "The ministry designated a group of experts to study the flood."))


@pytest.mark.slow
def test_officials_suspended_relieved_or_removed(nlp) -> None:
    """An official suspended, dismissed from service or removed is an administrative sanction (172); a party removed
    from the ballot is banned (1722); "removed the item from the list" is no event."""
    _check(nlp, [
        ("The Turkish interior ministry suspended the mayor of Diyarbakir.", "172"),
        ("The Nigerian army dismissed five officers from service.", "172"),
        ("The Ukrainian president announced the removal of three senior generals.", "172"),
        ("Georgia's election commission removed two opposition parties from the ballot.", "1722"),
    ])
    assert not any(c.startswith("17") for c in _codes(nlp, "The minister removed the item from the list of priorities."))


@pytest.mark.slow
def test_media_and_groups_closed(nlp) -> None:
    """A newspaper closed is 1721, an NGO shut down 172; closed schools are no event."""
    _check(nlp, [
        ("Azerbaijani authorities closed the independent newspaper.", "1721"),
        ("Georgian authorities shut down the human rights NGO.", "172"),
    ])


@pytest.mark.slow
def test_protests_broken_up_and_crushed(nlp) -> None:
    """Protests broken up, crushed or clamped down on and live ammunition used on crowds are repression (175)."""
    _check(nlp, [
        ("Riot police broke up the student protest in Dhaka.", "175"),
        ("Serbian police broke up a rally outside the parliament in Belgrade.", "175"),
        ("The Iranian government clamped down on dissent after the vote.", "175"),
        ("Kenyan police used live ammunition against demonstrators in Nairobi.", "175"),
    ])


@pytest.mark.slow
def test_networks_attacked_by_hackers(nlp) -> None:
    """Hackers attacking a computer network coerce (170), they assault no one (no 18x)."""
    codes = _codes(nlp, "Chinese hackers attacked the Czech foreign ministry's computer network.")
    assert any(c.startswith("170") for c in codes) and not any(c.startswith("18") for c in codes)


@pytest.mark.slow
def test_blame_held_laid_or_traded(nlp) -> None:
    """Holding someone responsible, pinning blame and trading accusations accuse (112); trading is both ways."""
    _check(nlp, [
        ("India holds Pakistan responsible for the attack in Kashmir.", "112"),
        ("Israel pinned the blame for the rocket fire on Islamic Jihad.", "112"),
    ])
    evs = _events(nlp, "Armenia and Azerbaijan traded accusations over the shelling.")
    assert _has(evs, "112", "ARM", "AZE") and _has(evs, "112", "AZE", "ARM")


@pytest.mark.slow
def test_charged_that_is_a_claim(nlp) -> None:
    """"Charged that X attacked" is an accusation (112x), not an indictment; "charged with" stays 173."""
    codes = _codes(nlp, "Syria charged that Turkey had shelled its border villages.")
    assert any(c.startswith("112") for c in codes) and "173" not in codes
    codes = _codes(nlp, "Italian prosecutors charged the former minister with fraud.")
    assert "173" in codes and "112" not in codes


@pytest.mark.slow
def test_formal_protests_and_envoys_called_in(nlp) -> None:
    """A protest note sent and an ambassador called in are official complaints (114)."""
    _check(nlp, [
        ("Vietnam sent a protest note to China over the island construction.", "114"),
        ("The Danish foreign ministry called in the American ambassador.", "114"),
    ])


@pytest.mark.slow
def test_sanctions_adopted_extended_and_restrictions_placed(nlp) -> None:
    """Sanctions adopted, extended or levied and visa restrictions placed on officials are sanctions (163)."""
    _check(nlp, [
        ("The European Union adopted its 19th package of sanctions against Russia.", "163"),
        ("The EU extended its sanctions against Belarus for another year.", "163"),
        ("Mexico levied tariffs on Chinese cars.", "163"),
        ("Washington placed visa restrictions on Nigerian officials.", "163"),
    ])


@pytest.mark.slow
def test_funding_pulled_and_bodies_left(nlp) -> None:
    """Funding pulled is reduced aid (162); leaving a named international body reduces relations (160)."""
    _check(nlp, [
        ("Sweden pulled funding from UNRWA.", "162"),
        ("Burkina Faso withdrew from ECOWAS.", "160"),
        ("Israel left UNESCO.", "160"),
    ])
    assert "0874" in _codes(nlp, "Russian troops withdrew from Kherson.")


@pytest.mark.slow
def test_representation_closed(nlp) -> None:
    """A state's representative office closed is a cut in relations (161)."""
    _check(nlp, [("Somalia closed Taiwan's representative office in Mogadishu.", "161")])


@pytest.mark.slow
def test_protesters_as_subjects(nlp) -> None:
    """Protesters gathering demonstrate (141), protesters storming a building riot (145); leaders gathering do not."""
    _check(nlp, [
        ("Hundreds of protesters gathered outside the Chinese embassy in Manila.", "141"),
        ("Protesters stormed the parliament building in Kathmandu.", "145"),
    ])
    assert not any(c.startswith("14") for c in _codes(nlp, "European leaders gathered in Rome for the summit."))


@pytest.mark.slow
def test_nominal_trials_and_dismissals(nlp) -> None:
    """An announced dismissal is 172; a clinical trial is no event."""
    _check(nlp, [("The Nigerian president announced the dismissal of the defence minister.", "172")])
    assert not any(c.startswith("17") for c in _codes(nlp, "The clinical trial of the vaccine began in London."))


@pytest.mark.slow
def test_agreements_suspended(nlp) -> None:
    """A state suspending an agreement with another reduces relations (160)."""
    _check(nlp, [("Colombia suspended its security agreement with Ecuador.", "160")])


@pytest.mark.slow
def test_talks_breaking_down_and_envoys_expelled_as(nlp) -> None:
    """Talks that break down or collapse are halted (164); an envoy expelled "as ambassador" is 161; a bridge that
    collapses is no event."""
    _check(nlp, [
        ("Talks between the Ethiopian government and the rebels broke down in Nairobi.", "164"),
        ("Negotiations between Serbia and Kosovo collapsed on Friday.", "164"),
        ("Mali expelled Pierre Dumont as French ambassador.", "161"),
    ])
    assert _codes(nlp, "The old bridge collapsed after the flood.") == []
