"""Context refinements of a coded frame: who attacks whom (assault 18x vs force 19x, mass killing, raids),
occupation, riots, trade sanctions, verbal attacks, and acts named only as suspicions.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.events.common import (
    CHARGE_WORDS,
    LEMMA_FIXES,
    OBJ_DEPS,
    PROTESTER_WORDS,
    SPEECH_OBJECTS,
    TAKE_VERBS,
    TERRITORY_WORDS,
    TRADE_WORDS,
    VERBAL_ATTACK_VERBS,
    Frame,
)
from eventwire.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


def _alleged(tok: Token) -> bool:
    """An act named as a suspicion: 'a man suspected of attacking', 'allegations of torturing prisoners'."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj", "conj") or t.head == t:
            return False
        if t.dep_ == "conj":
            t = t.head
            continue
        prep = t.head
        if prep.lower_ not in ("of", "with", "for") or prep.head == prep:
            return False
        head = prep.head
        lemma = LEMMA_FIXES.get(head.lower_, head.lemma_.lower())
        if lemma in CHARGE_WORDS or head.lower_ in CHARGE_WORDS:
            return True
        if head.pos_ == "NOUN" and head.dep_ == "pobj":
            t = head  # "on charges of spying" reaches "charges" directly; "over the killing of" stops here
            continue
        return False
    return False


def _is_mass(tok: Token) -> bool:
    """'hundreds of civilians', 'more than 120 villagers', '1,500 people': a hundred or more."""
    words = [tok, *[c for c in tok.children if c.dep_ in ("nummod", "quantmod")]]
    words += [g for c in tok.children if c.dep_ == "nummod" for g in c.children if g.dep_ in ("quantmod", "compound")]
    for w in words:
        low = w.lower_.replace(",", "")
        if low in ("hundreds", "thousands", "hundred", "thousand", "millions") or (low.isdigit() and int(low) >= 100):
            return True
    return tok.lower_ in ("hundreds", "thousands", "dozens") and tok.lower_ != "dozens"


#: Verbs of killing and wounding one person by another: coded by who is hit and who hits (see `_violence_code`).
PERSONAL_VIOLENCE_VERBS = frozenset(["kill", "shoot", "gun", "stab", "murder", "attack", "behead", "execute", "beat", "lynch", "hack"])
#: Sectors of armed groups: fighting between them is conventional force (19x).
ARMED_SECTORS = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})
#: Sectors of the state's forces and government.
STATE_SECTORS = frozenset({"MIL", "GOV", "COP", "SPY"})
#: Sectors of non-state armed actors: their violence against the unarmed is unconventional (18x).
NONSTATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF", "CRM", "RAD"})


def _is_state(ref: ActorRef) -> bool:
    """A state actor: a government, army, police or spy agency, or a country named as such ("Russia")."""
    return ref.sector in STATE_SECTORS or (ref.sector is None and bool(ref.code) and ref.code == ref.country
                                           and ref.country not in ("IGO", "NGO", "IMG"))


def _violence_code(f: Frame, code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> str:
    """CAMEO's line between assault (18x) and conventional force (19x), drawn by who attacks whom.

    Gunmen, militants or unknown attackers who kill, shoot or attack unarmed people assault them (18x:
    "gunmen killed 12 worshippers" 1823, "attacked villagers" 180); so does anyone who shoots dead,
    stabs or beats a civilian ("police shot dead a teenager" 1823). A state's forces killing people
    in numbers and armed groups fighting each other stay 19x. A military raid is armed force (190),
    a raid by militants an assault (180), a police raid coercion (170).
    """
    if f.composed is not None:
        return code
    lemma = f.trigger[0].lemma_.lower()
    src_sectors = {s.sector for s in sources if s.code}
    state_src = any(_is_state(s) for s in sources if s.code)
    nonstate_src = bool(src_sectors & NONSTATE_ARMED) or (not any(s.code for s in sources)
                                                          and any(s.lemma_.lower() in ("gunman", "assailant", "attacker", "militant", "jihadist", "insurgent", "bandit", "terrorist", "kidnapper") for s in f.sources))
    if code == "170" and f.rule.startswith("n.raid"):
        if "MIL" in src_sectors:
            return "190"
        return "180" if nonstate_src else code
    if code[:2] != "19" or code in ("194", "195", "196") or lemma not in PERSONAL_VIOLENCE_VERBS:
        return code
    coded_targets = [t for t in targets if t.code]
    personal = lemma in ("shoot", "gun", "stab", "murder", "behead", "beat", "lynch", "hack") and (
        lemma != "shoot" or any(c.lemma_.lower() == "dead" for c in f.trigger[0].children))
    if any(t.sector in ARMED_SECTORS for t in coded_targets) or any(
            t.lemma_.lower() in ("soldier", "troop", "fighter", "militant", "rebel", "insurgent", "militiaman", "jihadist")
            for t in f.targets):
        return code  # armed groups fighting each other ("militants killed 15 soldiers"): 19x
    civil_target = any(t.sector not in ARMED_SECTORS and t.sector not in (None, "GOV") for t in coded_targets) or (
        nonstate_src and bool(coded_targets)) or any(
        t.lemma_.lower() in ("civilian", "villager", "worshipper", "passenger", "student", "child", "woman", "journalist",
                             "activist", "farmer", "resident", "pilgrim", "teacher", "worker", "tourist", "protester")
        for t in f.targets)
    if f.trigger[0].dep_ == "advcl" and f.trigger[0].tag_ == "VBG" and not personal:
        return code  # "bombarded Aleppo, killing eight people": the toll of the attack, coded with the attack
    if personal:
        pass  # "police shot dead a teenager", "gunmen shot dead a mayor": an unarmed person killed by assault
    elif not (civil_target and (nonstate_src or not state_src) and any(s.code for s in sources) or civil_target and nonstate_src):
        return code  # "Russian forces killed 12 people", "eight people were killed" (by whom the text says elsewhere)
    if lemma in ("kill", "murder", "behead", "execute", "lynch") or (lemma in ("shoot", "gun") and personal):
        return "1823"
    if lemma in ("stab", "beat", "hack"):
        return "182"
    return "180"


def _refine_by_context(f: Frame) -> str:
    """CAMEO distinctions read off the words around the trigger: riots and trade sanctions."""
    code = f.code
    if code.startswith("171") and f.composed is None and f.trigger[0].lemma_.lower() in TAKE_VERBS:
        objs = [c for t in f.trigger for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in TERRITORY_WORDS or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs):
            return "192"  # "rebels seized the town", "seized Damascus": occupation, not confiscation
    if code[:3] in ("190", "180") and f.composed is None and f.trigger[0].lemma_.lower() in ("kill", "massacre", "slaughter", "execute"):
        objs = [c for t in f.trigger for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(_is_mass(o) for o in objs):
            return "202"  # "killed hundreds of civilians": mass killing
    if code[:2] == "19" and f.composed is None and f.trigger[0].lemma_.lower() in VERBAL_ATTACK_VERBS:
        objs = [c for t in f.trigger for c in t.children if c.dep_ in OBJ_DEPS]
        if objs and all(o.lemma_.lower() in SPEECH_OBJECTS for o in objs):
            return "111"  # "Iran attacked the US decision", "slammed the plan": criticism, not force
    rioting = any(s.lemma_.lower() in PROTESTER_WORDS for s in f.sources)
    if (code[:3] in ("171", "175", "180", "190") or code == "1712") and f.composed is None and rioting:
        return "145"  # "protesters torched cars", "rioters clashed with police"
    if code[:3] in ("172", "160", "166") or code == "1721":
        words: set[str] = set()
        for t in f.trigger:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("on", "of", "to", "with"):
                    words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
                if c.dep_ in ("dobj", "compound", "amod"):
                    words.add(c.lemma_.lower())
            words.add(t.lemma_.lower())
        if words & TRADE_WORDS:
            return "163"  # "imposed curbs on exports", "banned imports of", "halted trade with"
    return code
