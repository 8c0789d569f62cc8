"""Modality of an event's clause: negation, future and intent, modals and hypotheticals, conditions
("if"/"unless", inverted "Should the talks fail"), schedules, demands ("must"/"should" in reported
speech) and the speech or belief verb whose complement holds the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.events.common import (
    DEMAND_MODALS,
    HYPO_ADJ,
    INTENT_ADJ,
    PLAN_NOUNS,
    PROPOSAL_NOUNS,
    SCHEDULE_WORDS,
)
from eventwire.events.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def _demand_mode(anchor: Token) -> str | None:
    """'must'/'should' on the clause of `anchor` (also "must be ready to mediate")."""
    for t in _clause_chain(anchor):
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in DEMAND_MODALS:
                return DEMAND_MODALS[c.lower_]
    return None


def _negated(tok: Token, lex: Lexicon) -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
    # "has no plans to deploy troops", "no intention of tightening sanctions"
    owner = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ in ("acl", "xcomp", "relcl", "pcomp") and owner.lemma_.lower() in PLAN_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in owner.children):
        return True
    # "failed to reach an agreement"
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail"


def plan_owner(tok: Token) -> Token | None:
    """The noun of plan or proposal whose infinitive `tok` is ("plans to visit China", "a request to release")."""
    t = tok
    for _ in range(3):
        if t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            t = t.head  # "plans to visit Tokyo and meet the premier"
            continue
        break
    if t.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    head = t.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and (lemma in PLAN_NOUNS or lemma in PROPOSAL_NOUNS):
        return head
    return None


#: Verbs and adjectives that make an act possible without doing it: "allowing aid groups to deliver food".
ENABLE_WORDS = frozenset(["allow", "enable", "permit", "let", "empower", "easy", "easier", "possible", "hard", "harder",
                          "difficult", "free"])


def _enabled(tok: Token) -> bool:
    """`tok` is the act that a verb or adjective of enabling makes possible ("allowing X to deliver aid", "making it
    easier for agents to detain migrants"): not coded as done."""
    t = tok
    for _ in range(3):
        if t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
            continue
        break
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    # the enabling word governs the infinitive, or (a "for X to" clause the small parser breaks up) a word above it
    for _ in range(3):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in ENABLE_WORDS or t.lower_ in ENABLE_WORDS:
            return True
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() not in ENABLE_WORDS:
            return False  # "agreed to visit": a verb of another kind governs it
    return False


def _in_if_clause(tok: Token) -> bool:
    """Inside an 'if'/'unless' clause (the condition itself)."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if t.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound", "amod") and t.head is not t:
            t = t.head
            continue
        break
    return False


def _inverted_condition(clause: Token) -> bool:
    """'Should the talks fail', 'Were sanctions lifted': an auxiliary before the subject makes a condition."""
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were")]
    # The auxiliary opens the sentence: "Should the talks fail, ..." (not "what should be done")
    return bool(aux and aux[0].i == clause.sent.start and aux[0].i < clause.i)


def _has_condition(tok: Token) -> bool:
    """The clause of `tok` (or a clause governing it through xcomp) carries an 'if'/'unless' condition."""
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                if any(a.lower_ == "even" for a in c.children):
                    continue  # "even if": concessive, not a condition
                return True
            if c.dep_ == "advcl" and _inverted_condition(c):
                return True
        if t.dep_ in ("xcomp", "conj") and t.head is not t:
            t = t.head
            continue
        break
    return False


def _clause_chain(tok: Token) -> list[Token]:
    """`tok` and the verbs it depends on through xcomp/conj/acomp (the same clause's governors)."""
    chain = [tok]
    t = tok
    for _ in range(6):
        if t.dep_ in ("xcomp", "conj", "acomp") and t.head is not t:
            t = t.head
            chain.append(t)
            if t.pos_ == "ADJ" and t.head is not t:
                t = t.head
                chain.append(t)
        else:
            break
    return chain


def _under_speech(tok: Token, lex: Lexicon) -> Token | None:
    """The speech/belief verb whose complement contains `tok`, if any."""
    t = tok
    for _ in range(10):
        h = t.head
        if h is t:
            return None
        if t.dep_ in ("ccomp", "xcomp", "parataxis", "conj") and h.lemma_.lower() in lex.speech_verbs:
            if t.dep_ == "conj" and h.dep_ != "ROOT":
                t = h
                continue
            return h
        if t.dep_ == "ROOT":
            # "X said" after the content: the speech verb is a parataxis/ccomp child of the root
            for c in t.children:
                if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in lex.speech_verbs and c.i > tok.i:
                    return c
            return None
        t = h
    return None


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    conditional: bool = False
    intent: bool = False
    reported: bool = False
    scheduled: bool = False


def modality_of(anchor: Token, lex: Lexicon) -> Modality:
    """Negation, future, modals, conditions and reported speech around an event's anchor token."""
    m = Modality()
    chain = _clause_chain(anchor)
    speech = _under_speech(anchor, lex)
    m.reported = speech is not None
    for i, t in enumerate(chain):
        if i == 0 and _negated(t, lex):
            m.negated = True
        if t.lemma_.lower() == "hesitate" and _negated(t, lex):
            m.future = True  # "will not hesitate to strengthen sanctions": a threat, not a negation
            continue
        if i > 0 and t.lemma_.lower() in ("fail",) and i == 1:
            m.negated = True
        for c in t.children:
            if c.dep_ not in ("aux", "auxpass"):
                continue
            w = c.lower_
            if w in lex.future_markers or c.lemma_.lower() in lex.future_markers:
                m.future = True
            elif w in lex.hypothetical_modals:
                if w in DEMAND_MODALS and speech is not None:
                    continue  # "X said Y must ...": coded as X's demand, see _demand_frame
                if w == "would" and speech is not None:
                    m.future = True  # future of reported speech ("said he would visit")
                else:
                    m.hypothetical = True
        if i > 0 and t.lemma_.lower() in ("go",) and any(c.dep_ == "aux" for c in t.children) and t.tag_ == "VBG":
            m.future = True  # "is going to impose"
        if t.pos_ == "ADJ" and t.lemma_.lower() in INTENT_ADJ:
            m.intent = True
        if i > 0 and t.lemma_.lower() in SCHEDULE_WORDS and any(c.dep_ == "xcomp" for c in t.children) and (
                t.pos_ == "ADJ" or any(c.dep_ in ("auxpass", "aux") for c in t.children)):
            # "is due to visit", "is scheduled to attend": announced by the reporter, not yet done. Human CAMEO
            # coders keep the act's code here (040/042, unlike "will visit" -> 036); the flag "scheduled" tells.
            m.scheduled = True
        if t.pos_ == "ADJ" and t.lemma_.lower() in HYPO_ADJ:
            m.hypothetical = True
        if i > 0 and t.lemma_.lower() in ("hesitate",) and not _negated(t, lex):
            m.hypothetical = True
        if i > 0 and _negated(t, lex) and t.lemma_.lower() not in ("hesitate",):
            m.negated = not m.negated if t.lemma_.lower() in ("fail",) else True
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass"):
        # "a Chinese blockade could disrupt supplies", "the summit is expected to take place": the act
        # named by the subject has not happened
        gov = anchor.head
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "might", "may") for c in gov.children) or (
                gov.lemma_.lower() in ("expect", "schedule", "due", "set", "plan") and any(
                    c.dep_ == "xcomp" for c in gov.children)):
            m.hypothetical = True
    if _enabled(anchor):
        m.hypothetical = True  # "making it easier for agents to detain and deport", "would allow him to act": enabled only
    owner = plan_owner(anchor)
    if owner is not None and owner.lemma_.lower() in PLAN_NOUNS:
        m.intent = True  # "announced plans to visit China": an intent to visit (036), not a visit
    elif owner is not None:
        m.hypothetical = True  # "rejected a request to release the tanker", "a proposal to cut tariffs": not done
    if _in_if_clause(anchor):
        m.hypothetical = True
    if _has_condition(anchor):
        m.conditional = True
    return m
