"""Session-3b verb readings: verbs whose plain entry gave the wrong root on real news, fixed as classes.

Every sentence is invented for these tests. One test per class: access to websites and platforms blocked or
restricted (1721, not a road blockade 144); court appeals against a verdict (no event, not an appeal 020); terms
agreed on (057, a ceasefire 0871, not an intent 030); people rescued (no event, not aid 070); parliaments dissolved
and practices outlawed (no event; a government dissolved stays 172); "denied X the use of Y" (a refusal 12x, not
a denial 016) and bail denied (173); grenades launched (183; smoke and stun grenades 175); "fined" (lemmatized "fin",
172) and claims disputed (016); protesters clashing with police (145); hostilities ceased (087/0871) against
payments or funding ceased (no truce; 162); hostile labels ("called the attack a war crime", 111); walkouts (143)
and news agencies shut down (1721); missiles, drones and shells that "slam into" something (195/194, the owner
attacks; "slammed the decision" stays criticism); aid flown to a country (073, no visit); visas cancelled
(172); ballot measures and bills rejected (no event) and defendants standing trial (173). The fast tests check the
loaded lexicon; the slow ones run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes

from eventwire.events.lexicon import VerbEntry, load_lexicon

CaseList = list[tuple[str, str]]


def _entry(lemma: str, eid: str) -> VerbEntry:
    """The loaded verb entry `eid` of `lemma`."""
    (entry,) = [e for e in load_lexicon().verbs[lemma] if e.id == eid]
    return entry


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_blocked_access_is_censorship_not_a_road_block() -> None:
    """"Access" left the road-blocking entry: blocked access is coded as a restriction of expression (1721)."""
    assert "access" not in _entry("block", "v.block_road").object
    assert _entry("block", "v.block_access").code == "1721"
    assert _entry("block", "v.block_platform").code == "1721"


def test_no_event_entries_can_never_emit() -> None:
    """The no-event entries declare their sense no event (the lexicon's no_event field), so they never give an event."""
    for lemma, eid in (("appeal", "v.appeal_verdict"), ("appeal", "v.appeal_to_court"), ("rescue", "v.rescue_people"),
                       ("outlaw", "v.outlaw_practice")):
        entry = _entry(lemma, eid)
        assert entry.no_event, eid


def test_parliament_dissolved_is_not_a_dismissal() -> None:
    """Only governments and cabinets dissolved are dismissals (172); a parliament dissolved is domestic procedure."""
    entry = _entry("dissolve", "v.dissolve_government")
    assert {"government", "cabinet"} <= entry.object
    assert not {"parliament", "assembly", "legislature"} & entry.object


def test_cease_needs_hostilities() -> None:
    """"Cease" is a truce only with hostilities named: "payments will cease" is none."""
    entry = _entry("cease", "v.cease_fire")
    assert {"fire", "hostility", "attack"} <= entry.object
    assert "payment" not in entry.object and "payment" in _entry("cease", "v.cease_aid").object


# -- the pipeline (slow) ---------------------------------------------------------------------------

CENSORSHIP: CaseList = [
    ("The government of Ruritania blocked access to several social media platforms ahead of the vote.", "1721"),
    ("Moldovan authorities blocked access to dozens of news websites.", "1721"),
    ("The Russian government blocked Telegram and WhatsApp.", "1721"),
    ("Venezuelan authorities restricted access to the internet in the capital.", "1721"),
    ("Security forces launched stun grenades at the demonstrators.", "175"),
]


@pytest.mark.slow
def test_websites_and_platforms_blocked_are_censorship(nlp) -> None:
    """Blocking or restricting access to websites, platforms and the internet is 1721; stun grenades are 175."""
    _check(nlp, CENSORSHIP)
    codes = _codes(nlp, "The Ruritanian government blocked access to social media platforms.")
    assert not any(c.startswith("14") for c in codes), codes


@pytest.mark.slow
def test_court_appeals_are_no_appeal_event(nlp) -> None:
    """Appealing a conviction, a sentence or a ruling, or appealing to a court, is no CAMEO appeal (02)."""
    for text in ("The Freedonian opposition leader appealed his conviction for fraud.",
                 "Lawyers for the Ruritanian journalist appealed the ruling to the Supreme Court.",
                 "The former Freedonian minister will appeal to the constitutional court."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("02") for c in codes), (text, codes)
    # an appeal to a state stays an appeal
    assert any(c.startswith("02") for c in _codes(nlp, "Ukraine appealed to Germany for more air defence systems."))


AGREED_TERMS: CaseList = [
    ("Greece and Egypt agreed on maritime borders in the eastern Mediterranean.", "057"),
    ("Armenia and Azerbaijan agreed on the text of a peace treaty.", "057"),
    ("Serbia and Kosovo agreed on a new border crossing protocol.", "057"),
    ("Israel and Hamas agreed on a ceasefire in Gaza.", "0871"),
    ("Iran and Israel reached a ceasefire after twelve days of war.", "0871"),
]


@pytest.mark.slow
def test_terms_agreed_on_are_an_agreement(nlp) -> None:
    """Terms agreed on are a concluded agreement (057) and a ceasefire agreed or reached a truce (0871)."""
    _check(nlp, AGREED_TERMS)
    codes = _codes(nlp, "Greece and Egypt agreed on maritime borders in the eastern Mediterranean.")
    assert not any(c.startswith("03") for c in codes), codes


@pytest.mark.slow
def test_rescues_are_no_event(nlp) -> None:
    """People rescued after a disaster or a sinking are no CAMEO act (not aid, 070)."""
    for text in ("Twelve Cambodian fishermen were rescued by Thai authorities after their boat capsized.",
                 "Indian troops rescued villagers trapped by the floods in Assam.",
                 "The Greek coast guard rescued 40 fishermen off Crete."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("07") for c in codes), (text, codes)


@pytest.mark.slow
def test_domestic_acts_are_no_event(nlp) -> None:
    """A parliament dissolved and a law outlawing a practice are domestic acts: no event; a government dissolved is 172."""
    for text in ("The Freedonian president dissolves parliament and calls snap elections.",
                 "The Ruritanian parliament passed a law outlawing abortion in all cases.",
                 "The governor of the US state of Ohio signed the act, outlawing nearly all abortions in the state."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("17") for c in codes), (text, codes)
    assert any(c.startswith("172") for c in _codes(nlp, "The Freedonian king dissolved the government on Monday."))


REFUSALS: CaseList = [
    ("Italy denies the US Air Force the use of the base at Sigonella.", "12"),
    ("Turkey denied the United States permission to use the Incirlik base.", "12"),
    ("The Freedonian court denied bail to the opposition leader.", "173"),
]


@pytest.mark.slow
def test_denying_someone_something_is_a_refusal(nlp) -> None:
    """"Denied X the use of Y" or permission is a refusal (12x), not a denial (016); bail denied keeps custody (173)."""
    _check(nlp, REFUSALS)
    codes = _codes(nlp, "Italy denies the US Air Force the use of the base at Sigonella.")
    assert not any(c.startswith("016") for c in codes), codes
    # a denial of an act stays a denial
    assert any(c.startswith("016") for c in _codes(nlp, "Syria denied the use of chemical weapons in Douma."))


SMALL_CLASSES: CaseList = [
    ("The European Commission fined a Russian gas company for breaking competition rules.", "172"),
    ("The Israeli military disputed the figures released by the Gaza health ministry.", "016"),
    ("Thousands of protesters clashed with riot police in Belgrade.", "145"),
    ("Doctors walked off the job across Kenya.", "143"),
    ("Azerbaijan shut down the Russian news agency Sputnik in Baku.", "1721"),
]


@pytest.mark.slow
def test_fines_disputes_riots_walkouts_and_media_closures(nlp) -> None:
    """"Fined" (172), claims disputed (016), protesters clashing with police (145), walkouts (143), news agencies
    shut down (1721)."""
    _check(nlp, SMALL_CLASSES)


@pytest.mark.slow
def test_ceasing_hostilities_against_ceasing_payments(nlp) -> None:
    """Hostilities ceased are a truce (0871); payments that cease are none; funding ceased reduces aid (162)."""
    _check(nlp, [("The two armies ceased fire at midnight.", "0871"),
                 ("The United States ceased funding for the UN agency in Gaza.", "162")])
    codes = _codes(nlp, "U.S. payments and subsidies to South Africa will cease, the White House said.")
    assert not any(c.startswith("08") for c in codes), codes


HOSTILE_LABELS: CaseList = [
    ("Iran called the attack a war crime.", "111"),
    ("Russia branded the Finnish decision a hostile act.", "111"),
    ("China labelled the American sanctions illegal.", "111"),
    ("Israel called the ICJ ruling absurd.", "111"),
]


@pytest.mark.slow
def test_hostile_labels_denounce(nlp) -> None:
    """Calling, branding or labelling an act with a hostile name denounces it (111); a friendly label does not."""
    _check(nlp, HOSTILE_LABELS)
    codes = _codes(nlp, "The Ruritanian president called the election a historic victory.")
    assert not any(c.startswith("11") for c in codes), codes


MUNITIONS_AS_SUBJECT: CaseList = [
    ("Iranian missiles slammed into Tel Aviv and Haifa.", "195"),
    ("Russian shells slammed into a hospital in Kherson.", "194"),
]


@pytest.mark.slow
def test_munitions_as_subject_are_attacks_by_their_owner(nlp) -> None:
    """A missile, drone or shell that slams into something is an attack from the air (195) or by artillery (194) by
    the munition's owner; a person who "slammed" a decision still criticises it (111)."""
    _check(nlp, MUNITIONS_AS_SUBJECT)
    codes = _codes(nlp, "Iranian missiles slammed into Tel Aviv and Haifa.")
    assert not any(c.startswith("11") for c in codes), codes
    assert any(c.startswith("111") for c in _codes(nlp, "The Polish senator slammed the decision of the German government."))


@pytest.mark.slow
def test_aid_flown_and_visas_cancelled(nlp) -> None:
    """Relief flown to a country is aid (073), not a visit (042); a flight of a leader stays a visit; visas cancelled
    are an administrative sanction (172)."""
    codes = _codes(nlp, "The UAE flew relief supplies to Libya after the floods.")
    assert any(c.startswith("073") for c in codes) and not any(c.startswith("04") for c in codes), codes
    _check(nlp, [("The Russian president flew to Beijing for talks with the Chinese president.", "042"),
                 ("Washington cancelled the visas of Brazilian judges.", "172")])


@pytest.mark.slow
def test_domestic_rejections_and_trials(nlp) -> None:
    """Voters or a legislature rejecting a measure or a bill is domestic procedure (no 12x); a state rejecting a UN
    resolution still rejects it (120); a defendant standing trial is put on trial (173)."""
    for text in ("Voters in Oregon reject two ballot measures to raise the minimum wage.",
                 "The Kenyan parliament rejected the finance bill."):
        codes = _codes(nlp, text)
        assert not any(c.startswith("12") for c in codes), (text, codes)
    _check(nlp, [("Russia rejected the UN resolution on Ukraine.", "120"),
                 ("Former Peruvian president Pedro Castillo stands trial for rebellion.", "173")])
