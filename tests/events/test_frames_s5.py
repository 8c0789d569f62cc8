"""Frames, session 5: acts the coder found no frame for, because of the shape of the parse.

Classes: a headline verb with an instrument subject that the parser hangs, with the subject, on the object noun ("Blasts
rock Jalalabad") or that it hangs on its own object ("Twin blasts rock Kabul"); shots fired at something are gunfire,
not pictures; the members a coalition noun lists act each; a finite verb joined to the gerund of a preposition's
complement is the main clause's act; fire that a demonym or a group owns is gunfire, not a blaze; a subject "in talks
with" someone holds them; the toll of an accident told by a verb or by a relative clause on its date is no act.

Every sentence is invented for these tests; each table is one class of language.
"""

from __future__ import annotations

import pytest
from helpers_events import all_events, counted_events

from eventwire.events.frames import _SentenceCoder
from eventwire.events.lexicon import load_lexicon

pytestmark = pytest.mark.slow


def _dyads(nlp, text: str, roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the counted events whose root is in `roots`."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in counted_events(nlp, text) if e.root in roots}


#: "Blasts rock Jalalabad": the explosion is the act, the place its target.
INSTRUMENT_HEADLINES = [
    ("Blasts rock Kandahar.", "AFG"),
    ("Twin blasts rock Quetta.", "PAK"),
    ("Two blasts rock Kandahar.", "AFG"),
]


@pytest.mark.parametrize(("text", "place"), INSTRUMENT_HEADLINES)
def test_instrument_subject_headline_is_a_bombing(nlp, text: str, place: str) -> None:
    got = _dyads(nlp, text, ("18",))
    assert (None, place) in got, got


#: Shots fired at something are gunfire; a "shot" of something is a picture.
SHOTS = [
    ("Shots are fired at the Israeli embassy in Stockholm.", True),
    ("The navy says it has fired warning shots at two Chinese vessels.", True),
    ("The photographer fired off a shot of the parade in Paris.", False),
]


@pytest.mark.parametrize(("text", "coded"), SHOTS)
def test_shots_fired_at_are_force(nlp, text: str, coded: bool) -> None:
    got = [e for e in counted_events(nlp, text) if e.root == "19"]
    assert bool(got) is coded, got


#: A coalition "consisting of / comprising / made up of" its members: each member acts too.
COALITIONS = [
    ("A coalition consisting of Kenya, Uganda and Rwanda condemns the coup in Niger.", {"KEN", "UGA", "RWA"}),
    ("An alliance comprising Mali and Burkina Faso condemns the sanctions on Niger.", {"MLI", "BFA"}),
]


@pytest.mark.parametrize(("text", "members"), COALITIONS)
def test_coalition_members_act_each(nlp, text: str, members: set[str]) -> None:
    got = {s for s, _ in _dyads(nlp, text, ("11",))}
    assert members <= got, got


def test_finite_verb_joined_to_a_gerund_takes_the_main_subject(nlp) -> None:
    """'X accuses Y of sponsoring terrorism and expels two diplomats': X expels (the parser joins "expels" to the
    gerund; the gerund's own subject would be Y). Whether the act is then coded is the charge guard's decision."""
    doc = nlp("Ethiopia accuses Eritrea of sponsoring terrorism and expels two Eritrean diplomats.")
    sc = _SentenceCoder(load_lexicon(), None)
    expels = next(t for t in doc if t.lower_ == "expels")
    assert [t.text for t in sc.subject(expels)] == ["Ethiopia"]
    accuses = next(t for t in doc if t.lower_ == "accuses")
    assert [t.text for t in sc.subject(accuses)] == ["Ethiopia"]


#: Fire a demonym or a group owns is gunfire; a blaze that kills is no event.
FIRE = [
    ("Medical officials say that Israeli fire has killed three Palestinians near Jenin.", ("ISR", "PSE")),
    ("Two shepherds are killed by Turkish fire near the border with Iraq.", ("TUR", None)),
    ("A fire killed twelve patients in a hospital in Baghdad.", None),
    ("A Tehran fire killed four people.", None),
    ("Four people died in a house fire in Kyiv.", None),
]


@pytest.mark.parametrize(("text", "pair"), FIRE)
def test_owned_fire_is_gunfire(nlp, text: str, pair: tuple[str, str | None] | None) -> None:
    got = _dyads(nlp, text, ("18", "19"))
    if pair is None:
        assert not got, got
    else:
        src, tgt = pair
        assert any(s == src and (tgt is None or t == tgt) for s, t in got), got


#: "X is / remains in talks with Y": X holds the talks.
IN_TALKS = [
    ("Venezuelan officials confirm that Venezuela is in talks with Brazil over the border.", ("VEN", "BRA")),
    ("Egypt and Sudan remain in negotiations over the dam.", ("EGY", "SDN")),
]


@pytest.mark.parametrize(("text", "pair"), IN_TALKS)
def test_subject_in_talks_holds_them(nlp, text: str, pair: tuple[str, str]) -> None:
    got = {(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in all_events(nlp, text) if e.root == "04"}
    assert pair in got, got


def test_talks_named_alone_stay_uncoded(nlp) -> None:
    """'The country is in talks': no partner, no mutual act."""
    assert not [e for e in all_events(nlp, "The country is in talks.") if e.root == "04"]


#: The toll of an accident told by a verb, or by a relative clause hung on the accident's date, is no act.
ACCIDENTS = [
    "A ferry collided with a cargo ship off Jakarta, killing three passengers.",
    "A minibus plunged into a gorge in Bolivia, killing 14 people.",
    "Officials publish the inquiry into the blaze in February, which killed 40 people in Manila.",
]


@pytest.mark.parametrize("text", ACCIDENTS)
def test_accident_tolls_are_no_event(nlp, text: str) -> None:
    assert not _dyads(nlp, text, ("18", "19", "20"))


def test_attack_toll_with_a_participle_stays_coded(nlp) -> None:
    """The accident guard leaves attacks alone: 'gunmen attacked a bus, killing 20' is an assault."""
    assert _dyads(nlp, "Gunmen attacked a bus in Kenya, killing 20 passengers.", ("18", "19"))
