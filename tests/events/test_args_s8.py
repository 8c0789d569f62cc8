"""Actor attachment, session 8: sources and targets of events whose code is already right.

Classes: a claim of responsibility in a later sentence names the doer of an agentless blow; the object of a verb of
causing ("prompting X to ...") does the infinitive's act; a casualty participle after its noun ("with 30 people killed")
is passive; a blow "reported in" a place hit it; acts inside an operation "by X" are X's; the dead of a blow told again
in an "after ... ambushed them" clause; every attacker of a listed "by" agent.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow


def _pairs(nlp, text: str, roots: tuple[str, ...]) -> set[tuple[str | None, str | None]]:
    return {(e.source.code if e.source else None, e.target.country if e.target else None)
            for e in _events(nlp, text) if e.root in roots}


#: "X were killed in an attack. Y claimed responsibility for the attack": Y struck.
LATER_CLAIMS = [
    ("Six soldiers died in a bombing at a checkpoint in Baidoa, Somalia. Al-Shabaab later claimed responsibility for "
     "the bombing.", ("18", "19"), ("SOMREBSHB", "SOM")),
    ("Nine guards are killed in an attack on a prison convoy in Kaduna, Nigeria. Boko Haram claims responsibility for "
     "the attack.", ("18", "19"), ("NGAREBBKH", "NGA")),
    # a bare claim with no "for" names the blow just told
    ("Fourteen police officers are killed in a bombing in Quetta, Pakistan. The Balochistan Liberation Army claims "
     "responsibility.", ("18",), ("PAKREBBLA", "PAK")),
]


@pytest.mark.parametrize(("text", "roots", "pair"), LATER_CLAIMS)
def test_later_claim_names_the_attacker(nlp, text: str, roots: tuple[str, ...], pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, roots)


#: No claim, a claim by nobody, or a claim of another, named blow: the blow keeps no doer.
NO_CLAIMER = [
    "Five people are killed in a blast at a market in Quetta, Pakistan. No group has claimed responsibility.",
    "Eight soldiers are killed in an ambush near Gao, Mali. The Islamic State also claims responsibility for the Menaka "
    "attack last week.",
]


@pytest.mark.parametrize("text", NO_CLAIMER)
def test_no_claimer_no_source(nlp, text: str) -> None:
    first = [e for e in _events(nlp, text) if e.root in ("18", "19") and e.sentence_index == 0]
    assert first and all(e.source is None or not e.source.code for e in first), first


#: "prompting X to do Y", "led X to do Y": X does Y.
CAUSED_ACTS = [
    ("Clashes on the border prompted Kenya to deploy troops to the frontier.", ("15",), ("KEN", None)),
    ("The arrest of the editor led Norway to condemn the government of Belarus.", ("11",), ("NOR", "BLR")),
]


@pytest.mark.parametrize(("text", "roots", "pair"), CAUSED_ACTS)
def test_object_of_causing_acts(nlp, text: str, roots: tuple[str, ...], pair: tuple[str, str | None]) -> None:
    got = _pairs(nlp, text, roots)
    assert any(s is not None and s.startswith(pair[0]) and t == pair[1] for s, t in got), got


#: "with at least 30 people killed", "sees 20 officers injured": the noun suffered the act, nobody named did it.
ABSOLUTE_CASUALTIES = [
    "Fighting raged for a second day in Goma, Democratic Republic of the Congo, with at least 30 people killed.",
    "A third night of rioting in Leicester, England, sees 20 police officers injured.",
]


@pytest.mark.parametrize("text", ABSOLUTE_CASUALTIES)
def test_absolute_casualty_is_the_target(nlp, text: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root in ("18", "19")]
    assert evs and all(e.target is not None and e.target.code for e in evs), evs
    assert all(e.source is None or e.source.sector not in ("CVL", "COP") for e in evs), evs


#: "shelling was reported in X": the place hit is the target.
REPORTED_BLOWS = [
    ("Heavy Israeli shelling was reported in southern Lebanon on Tuesday.", ("19",), ("ISRMIL", "LBN")),
    ("Russian air strikes are also reported in Kharkiv, Ukraine.", ("19",), ("RUSMIL", "UKR")),
]


@pytest.mark.parametrize(("text", "roots", "pair"), REPORTED_BLOWS)
def test_blow_reported_in_a_place(nlp, text: str, roots: tuple[str, ...], pair: tuple[str, str]) -> None:
    assert pair in _pairs(nlp, text, roots)


#: "killed and arrested during a raid by X", "killed after gunmen ambushed them": the attacker named there acts.
OPERATION_AGENTS = [
    ("Eight militants are killed and three others are arrested during a raid by Nigerian troops in Borno State, "
     "Nigeria.", ("17", "19"), "NGAMIL"),
    ("Twenty villagers are killed and dozens more injured during a raid by bandits in Zamfara State, Nigeria.",
     ("18", "19"), "NGAUAF"),
    ("Five soldiers are killed and one is missing after bandits ambush them in Katsina State, Nigeria.", ("18", "19"),
     "NGAUAF"),
]


@pytest.mark.parametrize(("text", "roots", "source"), OPERATION_AGENTS)
def test_agent_of_the_operation(nlp, text: str, roots: tuple[str, ...], source: str) -> None:
    evs = [e for e in _events(nlp, text) if e.root in roots and e.trigger.text.startswith(("killed", "arrested"))]
    assert evs and all(e.source is not None and e.source.code == source for e in evs), \
        [(e.source, e.trigger.text) for e in evs]


def test_every_listed_attacker(nlp) -> None:
    text = "Twelve soldiers are killed in an attack carried out by JNIM and ISGS in the Tillaberi region of Niger."
    codes = {s for s, _ in _pairs(nlp, text, ("18", "19"))}
    assert {"MLIREBJNM", "MLIREBISS"} <= codes, codes


#: "killed and injured by Israeli tank shelling" (the blow a gerund under "by"), "a Russian missile and drone attack"
#: (the attack conjoined to the first weapon): the blow's demonym names who struck.
BLOW_MODIFIERS = [
    ("Forty villagers are killed and dozens more are wounded by Israeli tank shelling and drone fire in Rafah.",
     ("18", "19"), ("ISR", "PSE")),
    ("At least nine people are killed in a Russian missile and drone attack on Zaporizhzhia, Ukraine.", ("19",),
     ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "roots", "pair"), BLOW_MODIFIERS)
def test_blow_modifier_names_attacker(nlp, text: str, roots: tuple[str, ...], pair: tuple[str, str]) -> None:
    got = {(e.source.country if e.source else None, e.target.country if e.target else None)
           for e in _events(nlp, text) if e.root in roots}
    assert pair in got, got
