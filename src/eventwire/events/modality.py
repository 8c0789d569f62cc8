"""Modality of an event's clause: negation, future and intent, modals and hypotheticals, conditions
("if"/"unless", inverted "Should the talks fail"), schedules, demands ("must"/"should" in reported
speech) and the speech or belief verb whose complement holds the event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.events.common import (
    ATTEMPT_NOUNS,
    CONDITION_NOUNS,
    DEMAND_MODALS,
    HEDGE_MODIFIERS,
    HYPO_ADJ,
    INTENT_ADJ,
    OBJECT_CONTROL,
    PLAN_NOUNS,
    PREVENT_VERBS,
    PROPOSAL_NOUNS,
    SCHEDULE_WORDS,
)
from eventwire.events.lexicon import Lexicon, VerbEntry
from eventwire.nlp import token_children

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Words that foretell an act named after "of" or "about" ("warned of an invasion", "fears of an attack").
FORETELLING_WORDS = frozenset(["warn", "warning", "fear", "caution", "danger", "spectre", "specter", "prospect"])
#: Predicates that put an act named by the subject ahead: "a deal is close", "a ceasefire is imminent".
#: (the hypothetical adjectives but those of ability, which say nothing of what comes: "is able to")
PROSPECT_ADJ = (HYPO_ADJ - {"able", "unable"}) | frozenset(["close", "near", "imminent"])


def _demand_mode(anchor: Token) -> str | None:
    """'must'/'should' on the clause of `anchor` (also "must be ready to mediate")."""
    for t in _clause_chain(anchor):
        for c in token_children(t):
            if c.dep_ == "aux" and c.lower_ in DEMAND_MODALS:
                if _inverted_modal(c, t):
                    return None
                return DEMAND_MODALS[c.lower_]
    return None


def _inverted_modal(aux: Token, verb: Token) -> bool:
    """The modal stands before its verb's subject: a conditional ("Should the vote fail, Lima could act") or a
    question ("Should Ottawa expel the envoy?"), which asks nothing of anyone; a demand keeps the subject first
    ("Ottawa should expel the envoy"). A modal opening its sentence or its adverbial clause is inverted too (the
    parser may read the subject as a compound: "Should the truce talks collapse, ...")."""
    if aux.i == aux.sent.start or (verb.dep_ == "advcl" and verb.left_edge.i == aux.i):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in token_children(verb))


#: Subjects that deny the act of their clause: "no suspect has been arrested", "nobody was detained".
NEGATIVE_SUBJECTS = frozenset(["nobody", "none", "neither", "no-one"])


def _negative_subject(tok: Token) -> bool:
    """The subject of `tok` is a negative quantifier: "No suspect has been taken into custody", "no one was
    arrested", "none of the hostages was freed" (the act did not happen)."""
    for c in token_children(tok):
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in token_children(c)):
            return True
    return False


def _negated(tok: Token, lex: Lexicon) -> bool:
    for c in token_children(tok):
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in ("never", "no")):
            return True
    if _negative_subject(tok):
        return True
    # "has no plans to deploy troops", "no intention of tightening sanctions"
    owner = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ in ("acl", "xcomp", "relcl", "pcomp") and owner.lemma_.lower() in PLAN_NOUNS and any(
            c.dep_ == "det" and c.lower_ == "no" for c in token_children(owner)):
        return True
    # "failed to reach an agreement"
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail"


def first_conjunct(tok: Token) -> Token:
    """The first of up to four verbs conjoined with `tok` ("to visit Tokyo and meet the premier": visit for meet)."""
    t = tok
    for _ in range(3):
        if t.dep_ != "conj" or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
            break
        t = t.head
    return t


def plan_owner(tok: Token) -> Token | None:
    """The noun of plan, proposal or attempt whose infinitive `tok` is ("plans to visit China", "a bid to oust X")."""
    t = first_conjunct(tok)  # "plans to visit Tokyo and meet the premier"
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ in ATTEMPT_PREPS and t.head.dep_ == "prep":
        # "the goal of ousting the president", "an attempt at seizing the airport", "a commitment to fighting X"
        head = t.head.head
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in ATTEMPT_NOUNS else None
    if t.dep_ == "xcomp" and t.head.lemma_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t)):
        # "the army's aim was to oust the rebels", "with the main goal being to destroy the tunnels"
        subj = next((c for c in token_children(t.head) if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ATTEMPT_NOUNS | PLAN_NOUNS:
            return subj
    if t.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t)):
        if t.dep_ == "advcl" and t.i >= 2 and t.doc[t.i - 1].lower_ == "to" and t.doc[t.i - 2].pos_ == "NOUN" \
                and t.doc[t.i - 2].lemma_.lower() in ATTEMPT_NOUNS and (t.doc[t.i - 2].head.i == t.head.i or (
                    t.doc[t.i - 2].head.dep_ == "prep" and t.doc[t.i - 2].head.head.i == t.head.i)):
            return t.doc[t.i - 2]  # "in a bid to seize the town": the parser hangs the noun's infinitive on the verb
        return None
    head = t.head
    lemma = head.lemma_.lower()
    if head.pos_ == "NOUN" and (lemma in PLAN_NOUNS or lemma in PROPOSAL_NOUNS or lemma in ATTEMPT_NOUNS
                                or lemma in MEASURE_NOUNS):
        return head
    if head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.head.lemma_.lower() in ATTEMPT_NOUNS:
        return head.head.head  # "a plot by criminal gangs to kill officials": the parser hangs the infinitive on the doer
    return None


#: Texts put to a vote whose infinitive is what they would do: "rejects a resolution to stop military operations",
#: "a bill to ban the party" (the act is the text's content, not done).
MEASURE_NOUNS = frozenset(["resolution", "bill", "legislation", "amendment", "draft"])


#: Prepositions that join a noun of trying to the gerund of its aim ("the goal of ousting", "an attempt at seizing").
ATTEMPT_PREPS = frozenset(["of", "at", "to", "toward", "towards"])


#: Verbs and adjectives that make an act possible without doing it: "allowing aid groups to deliver food".
ENABLE_WORDS = frozenset(["allow", "enable", "permit", "let", "empower", "easy", "easier", "possible", "hard", "harder",
                          "difficult", "free", "authorize", "authorise"])


def _enabled(tok: Token) -> bool:
    """`tok` is the act that a verb or adjective of enabling makes possible ("allowing X to deliver aid", "making it
    easier for agents to detain migrants"): not coded as done."""
    t = first_conjunct(tok)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t)):
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


#: Verbs and nouns that keep an act from happening: the act named as their object ("orders the delay of the release
#: of prisoners", "bans support for the group", "cancelled the visit") was not done.
PREVENT_WORDS = frozenset(["delay", "postpone", "prevent", "ban", "prohibit", "forbid", "cancel", "avert", "preclude",
                           "defer", "postponement", "cancellation", "prevention"])
#: Verbs of ending what existed: a cooperation or a measure named as their object ("ends its defence pact with the
#: UAE", "suspended the talks") is not done anew; the ending is the news, coded by its own frame.
END_WORDS = frozenset(["end", "terminate", "scrap", "annul", "abrogate", "suspend", "halt", "stop", "quit", "abandon",
                       "revoke"])
#: Verbs of deciding or voting whose "against" names an act refused: "voted against lifting the sanctions".
AGAINST_VERBS = frozenset(["vote", "decide", "argue", "advise", "lobby", "rule", "caution", "recommend"])
#: Nouns of a time limit given to someone: the act in their infinitive is demanded, not done ("gave Ukraine a deadline
#: to accept the proposal", "gave Hamas 90 days to hand over its weapons").
DEADLINE_NOUNS = frozenset(["deadline", "ultimatum", "day", "hour", "week", "month", "time", "chance"])


def prevented(tok: Token, ended: bool = False) -> bool:
    """`tok` is an act named as what is delayed, banned or cancelled, or as what a vote went against (with `ended`, also
    a noun of an act ended: "ends its defence pact")."""
    t = tok
    if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "against" and t.head.head.lemma_.lower() in AGAINST_VERBS:
        return True  # "nine members voted against lifting Iran sanctions"
    stoppers = PREVENT_WORDS | END_WORDS if ended and tok.pos_ == "NOUN" else PREVENT_WORDS
    for _ in range(2):
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in stoppers and t.head.pos_ == "VERB":
            return True  # "bans support for the militia", "the visit was postponed"
        if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.head.lemma_.lower() not in PREVENT_WORDS:
            return False
        if t.head.head.pos_ == "NOUN":
            return True  # "orders the delay of the release", "the cancellation of the summit"
        t = t.head.head
    return False


def _deadline(tok: Token) -> bool:
    """`tok` is the infinitive of a time limit: "gave Ukraine a deadline to accept", "90 days to hand over weapons"."""
    t = first_conjunct(tok)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t)) or t.head.i == t.i:
        return False
    head = t.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in DEADLINE_NOUNS
    return head.lemma_.lower() == "give" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DEADLINE_NOUNS for c in token_children(head))


#: Nouns of decisions and agreements whose infinitive says what they decide ("a deal to export gas", "an order to leave").
DECISION_NOUNS = frozenset(["deal", "agreement", "decision", "order", "law", "bill", "measure", "decree", "resolution",
                            "accord", "pact", "treaty", "legislation", "policy", "programme", "program", "scheme",
                            "initiative", "project", "vote", "move", "step", "commitment", "pledge", "promise", "mandate"])
#: Verbs of calling someone in: the purpose given ("to protest", "to demand") is said to them there.
SUMMON_VERBS = frozenset(["summon", "convene"])
#: Roots of investigation, protest, force and coercion: an infinitive of purpose with such an act is done by the main
#: act ("sent inspectors to investigate", "fired tear gas to disperse").
MATERIAL_CONFLICT_ROOTS = frozenset({"09", "14", "15", "17", "18", "19", "20"})


#: Documents whose content a relative clause may give ("a memorandum in which X agreed", "a deal under which Y").
DOCUMENT_NOUNS = frozenset(["memorandum", "memoranda", "agreement", "deal", "accord", "treaty", "pact", "resolution", "law",
                            "bill", "decree", "plan", "proposal", "declaration", "statement", "document", "text", "letter",
                            "framework", "understanding", "order", "directive", "roadmap", "road-map"])


def _document_content(chain: list[Token]) -> bool:
    """A clause of the chain is a relative clause giving what a document says ("the memoranda between Turkey and Libya in
    which the two agreed on maritime borders", "a deal under which Russia would free ...", "an accord whereby ...")."""
    for t in chain:
        if t.dep_ != "relcl" or t.head.lemma_.lower() not in DOCUMENT_NOUNS and t.head.lower_ not in DOCUMENT_NOUNS:
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "whereby" for c in token_children(t)) or any(
                c.dep_ == "prep" and c.lower_ in ("in", "under", "by") and any(g.lower_ == "which" for g in token_children(c))
                for c in token_children(t)):
            return True
    return False


def _kept_from(tok: Token) -> bool:
    """"stopped the rebels from attacking the town", "barred the leaders from running": the act under "from" after a
    verb of preventing is kept from happening, not done."""
    t = first_conjunct(tok)
    if t.dep_ not in ("pcomp", "pobj") or t.tag_ != "VBG" or t.head.lower_ != "from":
        return False
    gov = t.head.head
    if gov.pos_ in ("NOUN", "PROPN", "PRON") and gov.dep_ in ("dobj", "nsubjpass"):
        gov = gov.head  # "prevent the United States from breaching": "from" hung on the object
    return gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in PREVENT_VERBS


def _purpose(tok: Token, lex: Lexicon) -> bool:
    """`tok` heads an infinitive of purpose ("senators visit Ottawa to meet with the premier", "provides $5 billion to
    support its reserves", "in order to end the war"): the aim of the main act, not an act done. The main act is coded
    (set B's annotator codes the visit, not the meeting); verbs of intent and control take their infinitive as a
    complement (`xcomp`), never as this adverbial clause."""
    t = first_conjunct(tok)  # "to meet the premier and sign a deal"
    if t.dep_ != "advcl" or t.tag_ != "VB" or t.head.pos_ not in ("VERB", "AUX"):
        return False
    before = t.doc[t.i - 2] if t.i >= 2 else None
    if before is not None and before.pos_ == "NOUN" and before.head.i == t.head.i and (
            before.lemma_.lower() in DECISION_NOUNS | PLAN_NOUNS | PROPOSAL_NOUNS):
        return False  # "approved a deal to export gas": the noun's own infinitive, hung on the verb by the parser
    head = t.head.lemma_.lower()
    if head in OBJECT_CONTROL or any(e.compose for e in lex.verbs.get(head, ())):
        return False  # "orders the ministry to raise tariffs", "vowed to strike": a complement the parser hung as a clause
    if head == "vote":
        return False  # "the Senate votes to dismiss the complaint", "voted to expel the envoy": the vote does it
    if head in SUMMON_VERBS:
        return False  # "summoned the ambassador to demand the release of ...": the demand is made at the summons
    if tok.lemma_.lower() in ENABLE_WORDS:
        return False  # "opened the bridge to allow the delivery of grain": what the main act does, done with it
    if any(e.code[:2] in MATERIAL_CONFLICT_ROOTS for e in _clause_entries(tok, lex)):
        # "fired tear gas to disperse the crowd", "gathered to protest": force and protest are done by the means (the
        # PLOVER dev set codes them); talks, support and demands aimed at are not
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t)) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token_children(t))


def _clause_entries(tok: Token, lex: Lexicon) -> list[VerbEntry]:
    """The lexicon entries of `tok`'s lemma that fit this clause (particle, preposition, object): "to give aid" is not
    "to give a sentence", so one conflictual sense of a verb does not make all its purpose clauses acts done."""
    entries = lex.verbs.get(tok.lemma_.lower(), ())
    if not entries:
        return []
    prts = {c.lower_ for c in token_children(tok) if c.dep_ == "prt"}
    preps = {c.lower_ for c in token_children(tok) if c.dep_ in ("prep", "agent")}
    heads = [c for c in token_children(tok) if c.dep_ in ("dobj", "dative", "nsubjpass", "oprd", "attr")]
    heads += [p for c in token_children(tok) if c.dep_ in ("prep", "agent") for p in token_children(c) if p.dep_ == "pobj"]
    words = {h.lemma_.lower() for h in heads} | {h.lower_ for h in heads} | {
        c.lemma_.lower() for h in heads for c in token_children(h) if c.dep_ in ("compound", "amod")}
    out = []
    for e in entries:
        if (e.prt and e.prt not in prts) or (e.prep and e.prep not in preps) or (e.object and not e.object & words):
            continue
        if e.intransitive and any(c.dep_ == "dobj" for c in token_children(tok)):
            continue
        out.append(e)
    return out


#: Verbs that open a condition as participles ("provided that X", "providing X").
PROVISO_VERBS = frozenset(["provided", "providing"])


def _worded_condition(clause: Token) -> bool:
    """A clause introduced by a condition of several words: "as long as" / "so long as X" (the parser hangs X on
    "long"), "provided that X" and "providing X" (X the participle's complement), "on (the) condition that X"
    (X a clause of the noun). `clause` is the clause's verb."""
    h = clause.head
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token_children(clause)):
        # "long" is the clause's head, or its neighbour on the same head ("resume aid so long as X releases")
        longs = [h] if h.lower_ == "long" else [s for s in token_children(h) if s.lower_ == "long" and s.dep_ == "advmod"
                                                  and s.i < clause.left_edge.i]
        if any(any(c.dep_ == "advmod" and c.lower_ in ("as", "so") for c in token_children(g)) for g in longs):
            return True
    if clause.dep_ in ("ccomp", "advcl", "xcomp") and h.lower_ in PROVISO_VERBS and (
            h.dep_ in ("advcl", "xcomp", "prep", "conj")
            # "the truce can hold provided that X": the participle read as the root, the verb before it (or its
            # modal) as its auxiliary
            or (h.dep_ == "ROOT" and any(c.dep_ == "aux" and c.tag_ in ("MD", "VB") for c in token_children(h)))):
        return True
    if clause.dep_ in ("ccomp", "advcl") and any(
            # "will continue provided X withdraws": the participle left childless just before the clause
            s.lower_ in PROVISO_VERBS and s.dep_ in ("xcomp", "advcl", "prep") and not any(True for _ in token_children(s))
            and s.i == clause.left_edge.i - 1 for s in token_children(h)):
        return True
    return (clause.dep_ in ("acl", "ccomp", "relcl") and h.lemma_.lower() == "condition" and h.dep_ == "pobj"
            and h.head.lower_ == "on" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token_children(clause)))


def _in_if_clause(tok: Token) -> bool:
    """Inside an 'if'/'unless' clause or a condition of several words (the condition itself)."""
    t = tok
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in token_children(t)):
            return True
        if t.pos_ in ("VERB", "AUX") and _worded_condition(t):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "because", "while", "since", "after", "although")
                                     for c in token_children(t)):
            break  # "if talks fail, X will declare war, as X accuses Y of ...": a clause with its own subordinator is no condition
        if t.dep_ in ("advcl", "conj", "xcomp", "ccomp", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "compound", "amod"):
            t = t.head
            continue
        break
    return False


def _open_until_clause(tok: Token) -> bool:
    """"Rules out talks until Israel ends its operations", "will stay until the army withdraws": an "until" clause in
    the present tense names the awaited condition, an act not yet done ("fought until the army withdrew", in the
    past, tells what happened)."""
    t = tok
    while t.dep_ == "conj":
        t = t.head  # "until Israel ends its operations and withdraws": each conjoined verb waits
    # "until sanctions are lifted", "until the hostages have been freed": a present passive or perfect waits too
    present = t.tag_ in ("VBZ", "VBP") or (t.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "am", "has", "have") for c in token_children(t)))
    return t.dep_ == "advcl" and present and any(
        c.dep_ == "mark" and c.lower_ in ("until", "till", "unless") for c in token_children(t))


#: Nouns of a whole class of actors: a present-tense relative clause on them ("countries that impose sanctions",
#: "any company which trades with Iran") says what such actors would do, no act done.
CLASS_NOUNS = frozenset(["country", "nation", "state", "government", "company", "firm", "business", "entity", "bank",
                         "individual", "person", "people", "anyone", "anybody", "those", "whoever", "organization",
                         "organisation", "party", "actor", "vessel", "ship", "airline", "investor"])
#: Determiners of a whole class ("any country", "all companies"); a bare plural is one too.
CLASS_DETERMINERS = frozenset(["any", "all", "every", "those"])


def _class_clause(tok: Token) -> bool:
    """`tok` heads a present-tense relative clause on a whole class: "warns countries that impose sanctions on it",
    "any firm that trades with Iran", "those who attack the police"."""
    t = tok
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ != "relcl" or t.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("do", "does") for c in token_children(t)):
        return False
    head = t.head
    if head.lemma_.lower() not in CLASS_NOUNS and head.lower_ not in CLASS_NOUNS:
        return False
    if head.lower_ in ("those", "anyone", "anybody", "whoever"):
        return True
    dets = [c.lower_ for c in token_children(head) if c.dep_ in ("det", "predet")]
    if dets:
        return any(d in CLASS_DETERMINERS for d in dets)
    # a bare plural with no owner, number or modifier naming who ("countries that impose sanctions")
    return head.tag_ == "NNS" and not any(c.dep_ in ("poss", "nummod", "compound", "amod", "prep") for c in token_children(head))


def _open_to(tok: Token) -> bool:
    """`tok` is the gerund of "open to / ready for holding talks": the readiness is an intent, no act done."""
    t = tok
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ != "pcomp" or t.head.lower_ not in ("to", "for"):
        return False
    adj = t.head.head
    return adj.pos_ == "ADJ" and adj.lemma_.lower() in INTENT_ADJ


def _inverted_condition(clause: Token) -> bool:
    """'Should the talks fail', 'Were sanctions lifted': an auxiliary before the subject makes a condition."""
    aux = [c for c in token_children(clause) if c.dep_ in ("aux", "auxpass") and c.lower_ in ("should", "had", "were")]
    # The auxiliary opens the sentence: "Should the talks fail, ..." (not "what should be done")
    return bool(aux and aux[0].i == clause.sent.start and aux[0].i < clause.i)


def _condition_phrase(tok: Token) -> bool:
    """Inside "in the event of", "in case of", "in the event that": a condition, not an act ("in the event of an attack")."""
    t = tok
    for _ in range(5):
        h = t.head
        if h.lemma_.lower() in CONDITION_NOUNS and h.dep_ == "pobj" and h.head.lower_ == "in" and (
                t.dep_ == "prep" and t.lower_ == "of" or t.dep_ in ("acl", "ccomp", "relcl")):
            return True
        if t.dep_ not in ("pobj", "prep", "conj", "compound"):
            return False
        t = h
    return False


def _has_condition(tok: Token) -> bool:
    """The clause of `tok` (or a clause governing it through xcomp) carries an 'if'/'unless' condition."""
    t = tok
    for _ in range(5):
        for c in token_children(t):
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in token_children(c)):
                if any(a.lower_ == "even" for a in token_children(c)):
                    continue  # "even if": concessive, not a condition
                return True
            if c.dep_ == "advcl" and _inverted_condition(c):
                return True
            # "will meet as long as X", "can go ahead provided that X": a condition of several words
            if any(g.pos_ in ("VERB", "AUX") and _worded_condition(g) for g in (c, *token_children(c))):
                return True
        if t.dep_ in ("xcomp", "conj"):
            t = t.head
            continue
        break
    return False


def _clause_chain(tok: Token) -> list[Token]:
    """`tok` and the verbs it depends on through xcomp/conj/acomp (the same clause's governors)."""
    chain = [tok]
    t = tok
    for _ in range(6):
        if t.dep_ in ("xcomp", "conj", "acomp"):
            t = t.head
            chain.append(t)
            if t.pos_ == "ADJ":
                t = t.head
                chain.append(t)
        else:
            break
    return chain


def list_member_of(verb: Token, speech_verbs: frozenset[str]) -> Token | None:
    """"says Iran will reopen the strait if the US lifts sanctions, ends the blockade and halts ...": the small parser joins a
    later member of a list of clauses to the reporting verb; the clause verb it continues (same verb form, its phrase
    ending at the comma before it, a subject of its own), or None."""
    head = verb.head
    if verb.dep_ not in ("conj", "ccomp") or verb.pos_ != "VERB" or head.lemma_.lower() not in speech_verbs or verb.i < 3 \
            or verb.doc[verb.i - 1].text != "," or any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)):
        return None
    t = verb.doc[verb.i - 2]
    for _ in range(8):
        if t.i <= head.i:
            return None
        if t.pos_ == "VERB" and t.i > head.i and t.dep_ in ("advcl", "ccomp", "conj", "relcl") and t.tag_ == verb.tag_:
            if t.right_edge.i in (verb.i - 2, verb.i - 1) and any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(t)):
                return t
            return None
        t = t.head
    return None


def _present_like(verb: Token, speech: Token) -> bool:
    """`verb` has the present form of the verb of speaking `speech` ("says ... and orders"; "announce ... and blame", where
    the small parser may tag the plural present a bare infinitive when no modal or "to" goes with it)."""
    if verb.tag_ in ("VBZ", "VBP") and verb.tag_ == speech.tag_:
        return True
    return verb.tag_ == "VB" and speech.tag_ == "VBP" and not any(c.dep_ == "aux" for c in token_children(verb))


def _reporters_own_act(verb: Token, lex: Lexicon) -> bool:
    """`verb`, joined to a reported clause in the past, is in the present form of the verb of speaking and takes an object:
    the speaker's own act ("Egypt says Israel violated the truce and demands an inquiry"), not part of what is said."""
    clause = verb.head
    speech = clause.head
    return verb.dep_ == "conj" and _present_like(verb, speech) \
        and clause.dep_ in ("ccomp", "acl") and speech.pos_ == "VERB" and speech.lemma_.lower() in lex.speech_verbs \
        and verb.i > clause.i > speech.i and clause.tag_ in ("VBD", "VBN") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(clause)) \
        and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token_children(verb))


def _under_speech(tok: Token, lex: Lexicon) -> Token | None:
    """The speech/belief verb whose complement contains `tok`, if any."""
    t = tok
    for _ in range(10):
        h = t.head
        if (t.dep_ in ("ccomp", "xcomp", "parataxis", "conj") or (
                # "The army reports that the air force has struck X": the small parser's `acl` for the "that" clause
                t.dep_ == "acl" and h.pos_ == "VERB" and h.i < t.i and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in token_children(t)))) and h.lemma_.lower() in lex.speech_verbs:
            if t.dep_ == "conj" and h.dep_ != "ROOT":
                t = h
                continue
            return h
        if t.dep_ == "conj" and _reporters_own_act(t, lex):
            return None  # "Hezbollah says a commander was killed and blames Israel": the blame is said, not reported
        if t.dep_ == "ROOT":
            # "X said" after the content: the speech verb is a parataxis/ccomp child of the root
            for c in token_children(t):
                if c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in lex.speech_verbs and c.i > tok.i:
                    return c
            return None
        t = h
    return None


#: Verbs of going on with an act: under a verb of promising or threatening, the act goes on only as promised.
CONTINUE_VERBS = frozenset(["continue", "keep"])


def _vowed_continuation(verb: Token, governor: Token, lex: Lexicon) -> bool:
    """`verb` is "continue"/"keep" in the complement of a verb that wraps an act as an intent or threat ("pledged to keep
    funding the army", "vowed to continue its strikes"): the verb of promising cannot reach the act through it."""
    if verb.lemma_.lower() not in CONTINUE_VERBS or verb.dep_ != "xcomp" or governor.pos_ != "VERB":
        return False
    return any(e.compose in ("intent", "threat") for e in lex.verbs.get(governor.lemma_.lower(), ()))


#: Ways of wrapping an act under which a noun of an event, object of the wrapped verb, is not yet done.
UNDONE_MODES = frozenset(["intent", "threat", "appeal", "demand"])


def _offered_noun(anchor: Token, lex: Lexicon) -> bool:
    """`anchor` is a noun of an event (talks, a summit) that is the object of a verb in the complement of a verb of
    promising, offering or asking ("offered to host talks between X and Y", "urged them to hold a summit"): the event is
    one only offered or asked for. (When the event is the wrapping verb's subject's own act, its frame is anchored on the
    support verb and the wrapping verb composes it.)"""
    if anchor.pos_ != "NOUN" or anchor.dep_ != "dobj":
        return False
    verb = first_conjunct(anchor.head)
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or verb.head.pos_ != "VERB":
        return False
    return any(e.compose in UNDONE_MODES for e in lex.verbs.get(verb.head.lemma_.lower(), ()))


def _be_to_plan(be: Token, act: Token) -> bool:
    """True when "be" + to-infinitive announces an arranged act: "the envoy is to visit Cairo", "the two leaders are
    to meet on Friday". Not when the subject names the plan itself ("the aim is to reach a deal", an aim), nor in a
    condition ("if the troops were to storm the town", a supposition the condition already marks)."""
    if act.dep_ != "xcomp" or act.head.i != be.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(act)):
        return False
    subj = None
    for c in token_children(be):
        if c.dep_ == "mark" or c.dep_ in ("attr", "acomp"):
            return False
        if c.dep_ in ("nsubj", "nsubjpass"):
            subj = c
    if subj is None or subj.lemma_.lower() in ATTEMPT_NOUNS | PLAN_NOUNS:
        return False
    return subj.pos_ != "PRON" or subj.lower_ in ("he", "she", "they", "we")  # not "it is to be hoped", "this is to say"


@dataclass
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    conditional: bool = False
    intent: bool = False
    reported: bool = False
    scheduled: bool = False
    #: the act is one the actor says it is "open to" ("open to holding talks"): a readiness, never a threat
    open_to: bool = False


def modality_of(anchor: Token, lex: Lexicon) -> Modality:
    """Negation, future, modals, conditions and reported speech around an event's anchor token."""
    member = list_member_of(anchor, lex.speech_verbs) or (
        list_member_of(first_conjunct(anchor), lex.speech_verbs) if anchor.dep_ == "conj" else None)
    if member is not None:
        # "... if the United States lifts sanctions, ends the blockade": the member shares its list's condition
        m = modality_of(member, lex)
        m.negated = _negated(anchor, lex)
        return m
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
        for c in token_children(t):
            if c.dep_ not in ("aux", "auxpass"):
                continue
            w = c.lower_
            if w in lex.future_markers or c.lemma_.lower() in lex.future_markers:
                m.future = True
            elif w in lex.hypothetical_modals:
                if w in DEMAND_MODALS and speech is not None and not _inverted_modal(c, t):
                    continue  # "X said Y must ...": coded as X's demand, see _demand_frame ("should Y act": a condition)
                if w == "would" and speech is not None:
                    m.future = True  # future of reported speech ("said he would visit")
                else:
                    m.hypothetical = True
        if i > 0 and t.lemma_.lower() in ("go",) and any(c.dep_ == "aux" for c in token_children(t)) and t.tag_ == "VBG":
            m.future = True  # "is going to impose"
        if t.pos_ == "ADJ" and t.lemma_.lower() in INTENT_ADJ:
            m.intent = True
        if 0 < i < len(chain) - 1 and _vowed_continuation(t, chain[i + 1], lex):
            m.intent = True  # "pledged to keep sending aid", "vowed to continue attacking ships": promised, not done
        if i > 0 and t.lemma_.lower() in SCHEDULE_WORDS and any(c.dep_ == "xcomp" for c in token_children(t)) and (
                t.pos_ == "ADJ" or any(c.dep_ in ("auxpass", "aux") for c in token_children(t))):
            # "is due to visit", "is scheduled to attend": announced by the reporter, not yet done. Human CAMEO
            # coders keep the act's code here (040/042, unlike "will visit" -> 036); the flag "scheduled" tells.
            m.scheduled = True
        elif i > 0 and t.lemma_ == "be" and _be_to_plan(t, chain[i - 1]) and all(c.tag_ == "VB" for c in chain[:i]):
            # "the premier is to visit Oslo on Monday": an arranged act, like "is due to visit" (not the finite verb
            # joined to it: "was to visit Kenya but cancelled the trip", the cancelling was done)
            m.scheduled = True
        if t.pos_ == "ADJ" and t.lemma_.lower() in HYPO_ADJ:
            m.hypothetical = True
        if i > 0 and t.lemma_.lower() in ("hesitate",) and not _negated(t, lex):
            m.hypothetical = True
        if i > 0 and _negated(t, lex) and t.lemma_.lower() not in ("hesitate",):
            m.negated = not m.negated if t.lemma_.lower() in ("fail",) else True
    if anchor.dep_ in ("csubj", "nsubj") and anchor.head.lemma_.lower() in ("be", "remain") and any(
            c.dep_ == "attr" and c.lemma_.lower() in ATTEMPT_NOUNS | PLAN_NOUNS for c in token_children(anchor.head)):
        m.hypothetical = True  # "disarming Hezbollah remains its main objective": an aim, not an act
    if anchor.tag_ == "VBG" and anchor.dep_ in ("csubj", "csubjpass") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "might", "may") for c in token_children(anchor.head)):
        m.hypothetical = True  # "executing him would violate the law", "attacking Iran could start a war": supposed
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("nsubj", "nsubjpass"):
        # "a Chinese blockade could disrupt supplies", "the summit is expected to take place": the act
        # named by the subject has not happened
        gov = anchor.head
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "could", "might", "may") for c in token_children(gov)) or (
                gov.lemma_.lower() in ("expect", "schedule", "due", "set", "plan") and any(
                    c.dep_ == "xcomp" for c in token_children(gov))) or (
                # "a truce deal between X and Y is expected within days": awaited, not made
                anchor.dep_ == "nsubjpass" and gov.lemma_.lower() in ("expect", "anticipate")) or (
                # "a deal between X and Y is close", "an agreement is imminent": not reached yet
                gov.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in PROSPECT_ADJ for c in token_children(gov))):
            m.hypothetical = True
    # the event noun: the anchor itself, or the object of a support verb ("held possible talks"; not "weighed a deal")
    named = [anchor] if anchor.pos_ == "NOUN" else [c for c in token_children(anchor) if c.dep_ in ("dobj", "nsubjpass")
                                                    and c.pos_ == "NOUN" and anchor.lemma_.lower() in lex.support_verbs]
    if any(c.dep_ == "amod" and c.lower_ in HEDGE_MODIFIERS for n in named for c in token_children(n)):
        m.hypothetical = True  # "discussed possible talks", "weighing a potential deal": a prospect, not an act
    if anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in ENABLE_WORDS \
            and anchor.head.pos_ != "ADJ":  # "the Houthis free 40 detainees", "free" read as an adjective: the act itself
        m.hypothetical = True  # "the deal allowed Turkish troop deployments in Libya": permitted, not done
    if _offered_noun(anchor, lex):
        m.hypothetical = True  # "offered to host talks between Kyiv and Moscow": talks of others, only offered
    if prevented(anchor):
        m.hypothetical = True  # "orders the delay of the release of 620 prisoners": held back, not done
    if _deadline(anchor):
        m.hypothetical = True  # "gave Hamas 90 days to hand over its weapons": demanded of them, not done
    if _enabled(anchor):
        m.hypothetical = True  # "making it easier for agents to detain and deport", "would allow him to act": enabled only
    if _document_content(chain):
        m.hypothetical = True  # "the memorandum, in which Turkey and Libya agreed on borders": what a text says
    if _kept_from(anchor):
        m.hypothetical = True  # "police prevented protesters from storming parliament": no storming
    if _purpose(anchor, lex):
        m.hypothetical = True  # "visit Ottawa to meet the premier", "provide aid to support reserves": aimed at, not done
    owner = plan_owner(anchor)
    if owner is None and anchor.pos_ == "NOUN" and anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB":
        aim = plan_owner(anchor.head)
        if aim is not None and aim.lemma_.lower() in ATTEMPT_NOUNS:
            m.hypothetical = True  # "in an effort to broker a ceasefire deal": the deal is aimed at, as the brokering is
    if owner is not None and owner.lemma_.lower() in PLAN_NOUNS:
        m.intent = True  # "announced plans to visit China": an intent to visit (036), not a visit
    elif owner is not None:
        m.hypothetical = True  # "rejected a request to release the tanker", "a proposal to cut tariffs": not done
    if _in_if_clause(anchor) or _open_until_clause(anchor):
        m.hypothetical = True
    if _class_clause(anchor):
        m.hypothetical = True  # "countries that impose sanctions on Beijing": what a class would do, no act
    if not m.negated and _open_to(anchor):
        m.intent = m.open_to = True  # "is open to holding talks with X": an intent to meet (03x), not a meeting
    if _condition_phrase(anchor):
        m.hypothetical = True  # "will retaliate in the event of a U.S. attack": the attack is a supposition
    if anchor.pos_ == "NOUN" and anchor.dep_ == "pobj" and anchor.head.lower_ in ("of", "about") \
            and anchor.head.head.lemma_.lower() in FORETELLING_WORDS:
        m.hypothetical = True  # "warned of a Ruritanian invasion", "amid fears of an attack": foretold, not done
    if _has_condition(anchor):
        m.conditional = True
    return m
