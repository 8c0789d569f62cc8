"""Lexicon coverage of the vocabulary international news uses for each CAMEO root (sentences written for
these tests, in wire and headline style).

One test per language class: verbs and phrasal verbs, light-verb phrases with an object list, verb +
preposition frames ("hit X with missiles"), objects that refine a code (modifiers), event nouns, and
the near-misses that must NOT be read as the act (a missile that "landed in" a country, a plea in court).
The fast tests check the loaded lexicon itself; the slow ones run the real pipeline.
"""

from __future__ import annotations

import pytest
from helpers_events import check_codes as _check
from helpers_events import counted_codes as _codes

from eventwire.events.lexicon import load_lexicon

CaseList = list[tuple[str, str]]


# -- the lexicon itself (fast) ---------------------------------------------------------------------

def test_round5_entries_load_with_their_codes() -> None:
    """Representative round-5 entries are loaded under their lemma with the CAMEO code of their root."""
    lex = load_lexicon()
    by_id = {e.id: e for e in lex.entries()}
    expected = {
        "v.touch_down": "042", "v.initial": "057", "v.airdrop": "073", "v.lay_down_arms": "0873",
        "v.take_to_court_prep": "115", "v.shoot_down_proposal": "120", "v.vow_revenge": "138",
        "v.blockade_road": "144", "v.dispatch_ships": "154", "v.quit_org": "160", "v.hike_tariffs": "163",
        "v.walk_out_of_talks": "164", "v.nab": "173", "v.quell": "175", "v.hack_to_death": "1823",
        "v.hit_with_missiles": "195", "n.ultimatum": "139", "n.assassination_attempt": "185",
    }
    wrong = {k: (by_id[k].code if k in by_id else None) for k, v in expected.items()
             if k not in by_id or by_id[k].code != v}
    assert not wrong, wrong


def test_no_two_entries_of_the_base_files_share_a_frame() -> None:
    """No duplicate frames (same lemma, particle, preposition and object list) in the base verb files."""
    lex = load_lexicon()
    seen: dict[tuple[object, ...], str] = {}
    dups = []
    for entries in lex.verbs.values():
        for e in entries:
            if "lexicon_verbs_" not in e.file:
                continue
            key = (e.verb, e.prt, e.prep, e.object, e.requires_embedded, e.subject, e.intransitive)
            if key in seen and seen[key] != e.id:
                dups.append((seen[key], e.id))
            seen.setdefault(key, e.id)
    assert not dups, dups


def test_ultimatum_is_a_threat_not_a_demand() -> None:
    """An ultimatum is CAMEO 139 (root 13), so the noun no longer sits with the demand nouns (100)."""
    lex = load_lexicon()
    assert {e.code for e in lex.nouns["ultimatum"]} == {"139"}


# -- the pipeline (slow) ------------------------------------------------------------------------------

VERBS: CaseList = [
    ("A Pentagon spokeswoman declined to elaborate on the drone incident.", "011"),
    ("The World Bank sounded the alarm over the debt burden of poor countries.", "012"),
    ("The Islamic State group claimed the ambush on an army convoy in central Mali.", "015"),
    ("The Indian prime minister dialled the Ukrainian president on Friday.", "041"),
    ("The Chinese premier touched down in Canberra for a three-day visit.", "042"),
    ("Kenya rolled out the red carpet for the visiting Japanese emperor.", "043"),
    ("Oman facilitated talks between Iran and the United States in Muscat.", "045"),
    ("Serbia and Kosovo haggled with each other over the wording of the deal.", "046"),
    ("Azerbaijan and Armenia initialled a peace treaty in Washington.", "057"),
    ("Ghana and Togo agreed to mend ties damaged by the border dispute.", "03"),
    ("Egypt partnered with Greece on an undersea power cable.", "060"),
    ("The Jordanian air force airdropped food into northern Gaza on Tuesday.", "073"),
    ("Turkish aircraft dropped aid parcels over the flooded province.", "073"),
    ("Thousands of rebels laid down their arms in eastern Congo.", "0873"),
    ("The junta restored internet access in the capital after a week-long blackout.", "0811"),
    ("Hezbollah vowed revenge for the killing of its commander in Beirut.", "138"),
    ("Mali quit the regional bloc after months of tension with its neighbours.", "160"),
    ("Sudan's army walked out of the peace talks in Jeddah.", "164"),
    ("Pakistani police nabbed three suspects after the bombing.", "173"),
    ("Security forces quelled the protests in the southern city.", "175"),
    ("A mob hacked the pastor to death in northern Nigeria.", "1823"),
    ("Militants set off a bomb at a market in Mogadishu.", "183"),
    ("Ukraine downed 30 Russian drones overnight.", "190"),
    ("The Knesset speaker awarded the Indian prime minister a parliamentary medal.", "051"),
    ("Niger withdrew its ambassador from France.", "161"),
    ("Britain ended its ban on Pakistani airlines.", "081"),
]

FRAMES_WITH_A_PREPOSITION: CaseList = [
    ("Ecuador took Mexico to the International Court of Justice over the embassy raid.", "115"),
    ("Washington hit Moscow with new sanctions on Friday.", "163"),
    ("The European Union targeted Iran with fresh sanctions over its drone sales.", "163"),
    ("Russia hit Kyiv with missiles and drones overnight.", "195"),
    ("Hong Kong stripped the activist of his passport.", "172"),
    ("The court placed the former president under house arrest.", "173"),
]

OBJECTS_THAT_REFINE: CaseList = [
    ("Ukraine sought more air defence systems from its Western allies.", "0232"),
    ("Prosecutors are probing alleged war crimes in the occupied territories.", "094"),
    ("Britain and India agreed to boost defence ties.", "03"),
    ("The rebels seized 40 hostages in the raid on the village.", "181"),
    ("Farmers blockaded roads leading into the capital with tractors.", "144"),
    ("Latvia expelled Russia's chargé d'affaires on Monday.", "161"),
]

# The object decides the root: the same verb is a different act on an official, a video or a strait.
OBJECT_DECIDES_THE_ROOT: CaseList = [
    ("The Ukrainian president fired his army chief on Thursday.", "172"),
    ("The Senegalese president dismissed the prime minister and dissolved the government.", "172"),
    ("Hamas released a video of two Israeli hostages.", "010"),
    ("Iran closed the Strait of Hormuz to oil tankers.", "191"),
    ("Italy joined China's Belt and Road Initiative in 2019.", "061"),
    ("Armenian rebels in Karabakh handed over their weapons to Azerbaijan.", "0873"),
    ("Hamas returned the bodies of four hostages to Israel.", "0842"),
]

NOUNS: CaseList = [
    ("The army gave the rebels a 48-hour ultimatum to leave the city.", "139"),
    ("The Slovak prime minister survived an assassination attempt by a gunman.", "185"),
    ("The opposition launched legal action against the government over the election results.", "115"),
    ("Greece delivered a formal protest to Turkey over the airspace violations.", "114"),
    ("Two soldiers were killed in a shootout with smugglers on the Jordanian border.", "193"),
]


@pytest.mark.slow
@pytest.mark.parametrize("cases", [VERBS, FRAMES_WITH_A_PREPOSITION, OBJECTS_THAT_REFINE, OBJECT_DECIDES_THE_ROOT, NOUNS],
                         ids=["verbs", "verb+preposition frames", "refining objects", "object decides root", "event nouns"])
def test_news_vocabulary_codes_the_right_root(nlp, cases: CaseList) -> None:
    """Each sentence yields a non-negated event with the expected CAMEO code (or code prefix)."""
    _check(nlp, cases)


NEAR_MISSES: list[tuple[str, str]] = [
    # a missile is not a visitor
    ("A stray missile landed in Polish territory on Tuesday.", "042"),
    # a plea in court is not an appeal
    ("The former minister pleaded guilty to bribery charges.", "020"),
    # a naval blockade of ports is force (191), not a protest blockade of roads (144)
    ("The Russian navy blockaded Ukraine's Black Sea ports.", "144"),
    # a summit left is not an organisation left
    ("Leaders left the EU summit without a deal.", "160"),
    # "call for a truce" is an appeal, not the truce
    ("The two sides called for a truce in the north.", "0871"),
    # a court plea, a sacked official and a law about a practice are not the look-alike acts
    ("The Romanian minister fired the director of the national museum.", "193"),
    ("The governor signed a law outlawing abortion in the state.", "1722"),
    ("Jordan released a statement on the border incident.", "084"),
]


@pytest.mark.slow
def test_near_misses_are_not_coded_as_the_act(nlp) -> None:
    """Look-alike phrasing does not produce the code of the act it resembles."""
    wrong = [(t, c, _codes(nlp, t)) for t, c in NEAR_MISSES if any(x.startswith(c) for x in _codes(nlp, t))]
    assert not wrong, wrong
