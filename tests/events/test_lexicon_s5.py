"""Session-5 lexicon work: joint acts marked in the lexicon data (`mutual`), and triggers of real news the lexicon
missed, one test per class of language (sentences written for these tests)."""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events, dyads, has_event, user_lexicon_coder
from helpers_events import events_with as _events_with

from eventwire.events.codebook import load_codebook
from eventwire.events.lexicon import LexiconError, build_lexicon, load_lexicon, shipped_lexicon_files


def _build(tmp_path, body: str):
    p = tmp_path / "mine.yaml"
    p.write_text(body, encoding="utf-8")
    return build_lexicon([*shipped_lexicon_files(), p], load_codebook())


# --- joint acts are lexicon data -------------------------------------------------------------------------------


def test_loader_rejects_a_mutual_that_is_not_a_boolean(tmp_path) -> None:
    """`mutual: yes` (a string under the lexicon's YAML loader) is an error naming the file and the entry."""
    with pytest.raises(LexiconError, match=r"mine\.yaml: entry my\.talk: mutual must be true or false"):
        _build(tmp_path, "verbs:\n- {id: my.talk, verb: parley, code: '040', mutual: yes}\n")
    with pytest.raises(LexiconError, match=r"entry my\.pact: mutual must be true or false"):
        _build(tmp_path, "nouns:\n- {id: my.pact, noun: [compact], code: '057', mutual: 1}\n")
    with pytest.raises(LexiconError, match=r"entry my\.none: no_event entries code nothing: drop mutual"):
        _build(tmp_path, "verbs:\n- {id: my.none, verb: parley, code: '040', no_event: true, mutual: true}\n")


def test_mutual_is_read_on_verbs_and_nouns(tmp_path) -> None:
    """The flag is kept on both kinds of entry, and defaults to false."""
    lex = _build(tmp_path, "verbs:\n- {id: my.parley, verb: parley, code: '040', mutual: true}\n"
                           "nouns:\n- {id: my.parleys, noun: [parley], code: '040', mutual: true}\n"
                           "- {id: my.plain, noun: [plainword], code: '040'}\n")
    assert lex.by_id["my.parley"].mutual and lex.by_id["my.parleys"].mutual
    assert not lex.by_id["my.plain"].mutual


@pytest.mark.parametrize(("rule", "mutual"), [
    ("v.hold_talks", True),
    ("n.talks.noun", True),                 # a suffix of how the entry matched
    ("v.agree+n.cooperation+conj", True),   # a wrapper of a joint act, and a step that is no entry
    ("v.propose+n.talks", True),            # the act proposed is joint
    ("v.meet_demands", False),              # holds a joint-act word, is done by one side
    ("v.break_ceasefire", False),
    ("v.signal_willingness", False),
    ("v.breach_ceasefire", False),
    ("intent.modal", False),                # no entry at all
])
def test_rule_is_mutual_when_one_of_its_entries_is(rule: str, mutual: bool) -> None:
    """A frame's rule is mutual by the entries it names, not by the words in their ids."""
    assert load_lexicon().mutual_rule(rule) is mutual


def test_shipped_joint_acts_are_marked() -> None:
    """Talks, agreements, ceasefires, relations and deals are marked; their one-sided look-alikes are not."""
    lex = load_lexicon()
    for eid in ("n.talks", "n.agreement", "n.ceasefire", "v.restore_relations", "v.strike_deal", "v.sign", "v.meet"):
        assert lex.by_id[eid].mutual, eid
    for eid in ("v.quit_talks", "v.withdraw_talks", "v.meet_demands", "v.recall_envoy", "v.signal_willingness"):
        assert not lex.by_id[eid].mutual, eid


PAIR = "Armenia and Azerbaijan {} in Abu Dhabi."


@pytest.mark.slow
@pytest.mark.parametrize("act", ["held talks", "signed a peace agreement", "agreed to restore diplomatic relations"])
def test_a_mutual_act_of_two_subjects_gives_both_directions(nlp, act: str) -> None:
    """Conjoined subjects of a joint act are each other's partners."""
    pairs = dyads(all_events(nlp, PAIR.format(act)), ("03", "04", "05", "06", "08"))
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= pairs, pairs


@pytest.mark.slow
def test_a_one_sided_look_alike_pairs_no_one(nlp) -> None:
    """"met the demands" holds the word of a meeting but is done by each side on its own: no ARM -> AZE."""
    pairs = dyads(all_events(nlp, PAIR.format("met the demands")), ("08",))
    assert ("ARM", "AZE") not in pairs and ("AZE", "ARM") not in pairs, pairs


@pytest.mark.slow
def test_the_flag_not_the_id_decides(nlp, tmp_path) -> None:
    """A user entry whose id holds no word of a joint act pairs its subjects when, and only when, it is `mutual`."""
    text = "Armenia and Azerbaijan huddled in Abu Dhabi."
    entry = "verbs:\n- {{id: my.huddle, verb: huddle, code: '040'{}}}\n"
    marked = user_lexicon_coder(tmp_path, "marked.yaml", entry.format(", mutual: true"))
    plain = user_lexicon_coder(tmp_path, "plain.yaml", entry.format(""))
    assert {("ARM", "AZE"), ("AZE", "ARM")} <= dyads(_events_with(nlp, marked, text), ("04",))
    assert ("ARM", "AZE") not in dyads(_events_with(nlp, plain, text), ("04",))


# --- triggers real news uses that the lexicon missed ---------------------------------------------------------------

# Reopening an embassy in a state restores diplomatic relations with it (054); two states reopening theirs do it with
# one another.
@pytest.mark.slow
def test_reopening_an_embassy_restores_relations(nlp) -> None:
    """"reopened its embassy in Syria" is 054 towards the host; "X and Y reopened their embassies" pairs them."""
    assert has_event(counted_events(nlp, "Japan reopened its embassy in Syria."), "054", "JPN", "SYR")
    pairs = dyads(counted_events(nlp, "Saudi Arabia and Iran reopened their embassies."), ("05",))
    assert {("SAU", "IRN"), ("IRN", "SAU")} <= pairs, pairs
    assert not has_event(counted_events(nlp, "Japan reopened the border crossing with Syria."), "054")


# Cancelling, dropping or pausing sanctions or tariffs on a state is sanctions relief (085), not a sanction.
RELIEF_CASES = [
    ("The United States cancelled tariffs on Canada.", "USA", "CAN"),
    ("The United States dropped its tariffs on Mexican steel.", "USA", "MEX"),
    ("The United States paused tariffs on China.", "USA", "CHN"),
    ("The EU dropped sanctions on Syria.", "EUR", "SYR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "tgt"), RELIEF_CASES)
def test_setting_aside_sanctions_is_relief(nlp, text: str, src: str, tgt: str) -> None:
    """The measure set aside gives 085 towards the state it was laid on, and no 163."""
    evs = counted_events(nlp, text)
    assert has_event(evs, "085", None, tgt), [(e.cameo, e.rule) for e in evs]
    assert not has_event(evs, "163"), [(e.cameo, e.rule) for e in evs]


@pytest.mark.slow
def test_military_force_used_is_armed_force(nlp) -> None:
    """"used military force against Iran" is armed force (190); force used on protesters stays repression (175)."""
    assert has_event(all_events(nlp, "The United States used military force against Iran."), "190", "USA", "IRN")
    evs = counted_events(nlp, "Police used force against protesters in Nairobi.")
    assert has_event(evs, "175") and not has_event(evs, "190")


# Forces boarding a ship at sea stop it by force (170), forces disabling one damage it (171); passengers boarding a
# ferry do neither.
@pytest.mark.slow
def test_boarding_or_disabling_a_ship_is_coercion(nlp) -> None:
    """"boarded a Greek tanker" is 170, "disabled the tanker" 171; "boarded the ferry" is no event."""
    assert has_event(counted_events(nlp, "Iran boarded a Greek tanker in the Gulf."), "170", "IRN", "GRC")
    assert has_event(counted_events(nlp, "American forces disabled an Iranian oil tanker."), "171", "USA", "IRN")
    assert not has_event(counted_events(nlp, "Passengers boarded the ferry in Dover."), "17")


# Granting release from custody frees the prisoners, as bail and parole do (0841).
@pytest.mark.slow
def test_granting_release_frees_prisoners(nlp) -> None:
    """"granted release to 724 political prisoners" is 0841 towards them."""
    evs = counted_events(nlp, "Myanmar's military granted release to 724 political prisoners.")
    assert has_event(evs, "0841", "MMR", "MMR"), [(e.cameo, e.rule) for e in evs]
