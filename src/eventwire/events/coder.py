"""Dependency-parse event coder: who did what to whom, coded in CAMEO and mapped to PLOVER.

For every sentence the coder looks for triggers from the lexicon (`lexicon_*.yaml`) and reads their
arguments off the spaCy dependency parse. The rules, in order:

1. Verbs. A verb matches the lexicon entry for its lemma that fits best: entries that require an
   object ("impose sanctions"), a particle ("break off") or a governed preposition ("call for") win
   over plain ones; a verb with a particle never matches a plain entry ("back down" is not "back").
   Source: the subject (`nsubj`); in the passive the "by" agent, and the passive subject fills the
   `dobj` slot. Verbs without their own subject take it from the clause they depend on: conjoined
   verbs and `xcomp` share the governing subject ("refused to join"), object-control verbs hand
   down their object ("urged Russia to release..."), relative clauses use the noun they modify.
2. Support verbs + nominal triggers. "held talks with", "imposed sanctions on", "carried out strikes
   on": the noun's entry gives the code, the verb's subject the source, prepositions on the verb or
   the noun the target. Nominal triggers standing alone ("Trump's talks with Putin", "Russia's
   invasion of Ukraine", "talks between X and Y") need a source from a possessive, an adjective or
   compound ("Israeli strikes", "US sanctions"), a "by" phrase, or "between".
3. Composition. Verbs of threatening, intending, appealing, demanding, refusing, accusing and denying
   wrap the act in their complement (`xcomp`, `ccomp`, object noun, or object of a preposition) and
   are coded through `lexicon_compose.yaml`: "threatened to impose sanctions" -> 1312, "refused to
   join the EU's campaign" -> 12x with the EU as target (the first actor inside the complement when
   the complement has no coded act), "called for talks" -> 026. The embedded act is *not* coded as an
   act of its own.
4. Future and intent. "will"/"shall", "be ready to", "not hesitate to" turn a cooperative act into an
   intent (03x: "will visit" -> 036) and a conflictual one into a threat (13x: "will strengthen
   sanctions" -> 1312), as CAMEO codes them. A negated future keeps the act's code with
   `negated=True` and modality "intent": "would not strengthen sanctions" is *not* a sanction.
5. Negation. "not", "n't", "never", "no" (on a nominal), "failed to" set `negated=True`; the event is
   kept so that analysts see what did not happen.
6. Hypotheticals and conditionals. Modals "would/could/might/may/should" (except "would" as the
   future of reported speech) and events inside an "if"/"unless" clause are `hypothetical`. An event
   whose clause has an "if"/"unless" condition gets modality "conditional" (a conditional threat is
   still a threat: `flags` carries both).
7. Reported speech. Events in the complement of a speech or belief verb ("said that", "believes")
   or inside a statement's content span get modality "reported" (when nothing stronger applies) and
   the id of that statement.
8. Compound actors. Conjoined subjects or objects ("the US and the EU imposed sanctions on Russia")
   give one event per pair; symmetric entries ("X and Y met") give both directions.

9. Refinements that CAMEO coders apply: "X said Y must/should do Z" is X's demand/appeal of Y (10x/02x),
   even when Z is not in the lexicon; "failed to reach an agreement" and "would not provide aid" are
   rejections (12x, not negated, flag "refusal"); "will not accept"/"did not agree to" are refusals;
   "killed in an air strike" is coded as the strike; nouns of action take their verb's object entries
   ("the lifting of sanctions on Iran" = 085, see `deverbal_nouns`); a conditional hypothetical
   conflict act ("may halt mediation if ...") is a threat.
10. Precision guards: at least one actor must carry a code (uncoded named entities alone are not event
   data); entries marked `requires_target` need a coded target ("X received the award" is not 043);
   nominal triggers inside names ("the Paris Agreement", "the Vietnam War") are skipped; standalone
   nominals need a source.

Modality is one value, the first that applies of: conditional, hypothetical, threat, intent,
reported, act; `flags` lists every one that applies (plus "negated", "refusal").
The date is read from the sentence (see `eventwire.events.dates`), preferring date phrases attached to
the trigger. Confidence grows with coded actors and specific lexicon entries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.events.codebook import Codebook, load_codebook
from eventwire.events.dates import resolve_date_text
from eventwire.events.lexicon import Lexicon, NounEntry, VerbEntry, load_lexicon
from eventwire.records import ActorRef, Article, Event, Span, Statement, stable_id

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ActorLookup(Protocol):
    """What the coder needs from `eventwire.actors.ArticleActors`."""

    def actor_at(self, token: Token) -> ActorRef | None:
        """The coded actor of the noun phrase headed by `token`."""
        ...


SUBJ_DEPS = ("nsubj", "nsubjpass", "csubj")
OBJ_DEPS = ("dobj", "obj")
#: Verbs whose object is the subject of their infinitive ("urged Russia to release").
OBJECT_CONTROL = frozenset(
    ["urge", "ask", "order", "call", "press", "pressure", "encourage", "invite", "force", "allow", "persuade", "convince", "tell", "request", "implore", "beg", "exhort", "push", "compel", "instruct", "advise", "warn"]
)
#: Adjectives that make "be X to do" an intention.
INTENT_ADJ = frozenset(["ready", "prepared", "willing", "set", "poised", "determined", "eager", "keen", "open", "committed"])
HYPO_ADJ = frozenset(["likely", "unlikely", "possible", "able", "unable"])
#: Nouns that carry an event named by their modifier ("mediation effort", "sanctions campaign").
CARRIER_NOUNS = frozenset(["effort", "mission", "bid", "attempt", "campaign", "process", "programme", "program", "initiative", "drive", "package", "round", "wave"])
#: Casualty verbs: "killed in a car bombing" is coded as the bombing.
CASUALTY_VERBS = frozenset(["kill", "wound", "injure", "die"])
#: Modals that, in reported speech, turn an act into a demand on its subject ("X said Y must ...").
DEMAND_MODALS = {"must": "demand", "should": "appeal"}
#: Agreeing verbs that, negated, are refusals ("will not accept", "did not agree to").
ACCEPT_VERBS = frozenset(["accept", "agree", "consent", "allow"])
RELATIVE_PRONOUNS = frozenset(["who", "whom", "which", "that", "whose"])
ENT_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
REQUIRE_CODED = True
NAME_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
COOP_ACT_ROOTS = frozenset({"04", "05", "06", "07", "08"})


@dataclass
class Frame:
    """An event under construction: code, trigger tokens and argument tokens."""

    code: str
    rule: str
    anchor: Token  # the verb (or noun) whose clause gives negation, modality and date
    trigger: list[Token]
    sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    symmetric: bool = False
    requires_target: bool = False
    composed: str | None = None  # compose mode that produced the code
    specific: bool = False
    nominal: bool = False
    extra_target_refs: list[ActorRef] = field(default_factory=list)


class _SentenceCoder:
    """Codes the events of one sentence (helpers share the lexicon, actors and consumed tokens)."""

    def __init__(self, lex: Lexicon, actors: ActorLookup | None) -> None:
        self.lex = lex
        self.actors = actors
        self.consumed: set[int] = set()
        self.flipped_negation: set[int] = set()

    # -- small parse helpers ---------------------------------------------------------------
    @staticmethod
    def children(tok: Token, *deps: str) -> list[Token]:
        return [c for c in tok.children if c.dep_ in deps]

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)

    def conjuncts(self, tok: Token) -> list[Token]:
        """The token and the tokens conjoined with it ("the US and the EU")."""
        out = [tok]
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                listed = c.dep_ == "appos" and any(g.dep_ in ("conj", "cc") for g in (*c.children, *t.children))
                if (c.dep_ == "conj" or listed) and c.pos_ in ("NOUN", "PROPN", "PRON"):
                    out.append(c)  # "the US, Russia, and Switzerland" is parsed with an appositive
                    stack.append(c)
        return out

    def pobjs(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of the prepositions `preps` that depend on `tok`."""
        want = set(preps)
        out = []
        for c in tok.children:
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in want:
                out.extend(self.children(c, "pobj"))
                # "towards the introduction of", "on behalf of": one level of nesting is enough.
        return out

    def direct_object(self, verb: Token) -> Token | None:
        objs = self.children(verb, *OBJ_DEPS)
        if objs:
            return objs[0]
        if self.is_passive(verb):
            subj = self.children(verb, "nsubjpass")
            if subj:
                return subj[0]
            if verb.dep_ == "conj":  # "X was arrested and later released": the shared subject
                shared = self.children(verb.head, "nsubjpass", "nsubj")
                if shared:
                    return shared[0]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return verb.head  # "sanctions imposed by the EU"
        if verb.dep_ == "relcl" and self._relcl_object_gap(verb):
            return verb.head
        return None

    def _relcl_object_gap(self, verb: Token) -> bool:
        """'the sanctions that the EU imposed': the relative pronoun (or nothing) is the object."""
        subj = self.children(verb, "nsubj")
        rel_obj = [c for c in verb.children if c.dep_ in OBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS]
        return bool(rel_obj) or (bool(subj) and subj[0].lower_ not in RELATIVE_PRONOUNS and not self.children(verb, *OBJ_DEPS))

    def subject(self, verb: Token, depth: int = 0) -> list[Token]:
        """Subject tokens of a verb, inherited through conj/xcomp/relcl/acl when it has none."""
        if depth > 6:
            return []
        if self.is_passive(verb):
            agents = self.pobjs(verb, ("by",))
            return agents
        subj = self.children(verb, "nsubj", "csubj")
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head]
            return [s]
        if verb.dep_ == "relcl" and not self._relcl_object_gap(verb):
            return [verb.head]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            return [verb.head]  # "troops attacking the city"
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB":
            # "the EU's campaign to put pressure on Russia", "Trump's decision to visit": the possessor acts
            poss = self.children(verb.head, "poss")
            if poss:
                return poss[:1]
        head = verb.head
        if head is verb:
            return []
        if verb.dep_ == "conj":
            return self.subject(head, depth + 1)
        if verb.dep_ in ("xcomp", "advcl", "ccomp") or (verb.dep_ == "pcomp" and head.dep_ == "prep"):
            gov = head.head if verb.dep_ == "pcomp" else head
            if gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "amod"):  # "is ready to talk"
                gov = gov.head
            if verb.dep_ == "xcomp" and gov.lemma_.lower() in OBJECT_CONTROL:
                objs = self.children(gov, *OBJ_DEPS) or self.pobjs(gov, ("on", "upon"))
                if objs:
                    return [objs[0]]
            if verb.dep_ == "ccomp":
                return []
            if verb.dep_ == "xcomp" and self.is_passive(gov):
                # raising: "Obama is scheduled to attend", "X was forced to withdraw"
                return self.children(gov, "nsubjpass")[:1]
            return self.subject(gov, depth + 1)
        return []

    # -- actors -----------------------------------------------------------------------------
    def actor_refs(self, toks: Iterable[Token]) -> list[ActorRef]:
        """Coded actors for argument head tokens (with their conjuncts), in order, no duplicates."""
        out: list[ActorRef] = []
        seen: set[tuple[int, int]] = set()
        for tok in toks:
            for t in self.conjuncts(tok):
                ref = self.actor_of(t)
                if ref is not None and (ref.start, ref.end) not in seen:
                    seen.add((ref.start, ref.end))
                    out.append(ref)
        return out

    def actor_of(self, tok: Token) -> ActorRef | None:
        ref = self._actor_of(tok)
        if ref is not None:
            return ref
        if tok.pos_ == "ADP":  # parser slip: "Barack/ADP Obama/pobj"
            for c in tok.children:
                if c.dep_ == "pobj":
                    return self._actor_of(c)
        if tok.pos_ in ("NOUN", "NUM", "PRON"):
            # "the pro-Iranian Hizbollah group", "Syrian-backed Amal militia": a named modifier codes it
            for c in tok.children:
                if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and (c.pos_ == "PROPN" or c.ent_type_ in ENT_ACTOR_LABELS):
                    ref = self._actor_of(c)
                    if ref is not None:
                        return ref
            # "supporters of Hamas", "tens of thousands of students": follow "of"
            for pr in tok.children:
                if pr.dep_ == "prep" and pr.lower_ == "of":
                    for c in pr.children:
                        if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN"):
                            return self._actor_of(c) or (self.actor_of(c) if c.i != tok.i else None)
        return None

    def _actor_of(self, tok: Token) -> ActorRef | None:
        ref = None
        if self.actors is not None:
            try:
                ref = self.actors.actor_at(tok)
            except Exception:  # noqa: BLE001 - a resolver bug must not lose the whole article
                ref = None
        if ref is not None:
            return ref
        # Fallback: a named entity the actor coder could not code stays visible, uncoded.
        if tok.ent_type_ in ENT_ACTOR_LABELS and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
            doc = tok.doc
            start = tok.i
            while start > 0 and doc[start - 1].ent_iob_ == "I" or (start > 0 and doc[start].ent_iob_ == "I"):
                start -= 1
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            span = doc[start:end]
            return ActorRef(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                name=span.text,
                why=f"named entity ({tok.ent_type_}) not in the actor knowledge base",
            )
        return None

    def first_actor_in(self, tok: Token, exclude: set[int]) -> ActorRef | None:
        """The first coded actor inside the subtree of `tok` (for complements without a coded act)."""
        for t in tok.subtree:
            if t.i in exclude or t.pos_ not in ("PROPN", "NOUN"):
                continue
            if t.dep_ in ("compound",) and t.head.pos_ in ("PROPN",):
                continue
            ref = self.actor_of(t)
            if ref is not None:
                return ref
        return None

    # -- lexicon matching ------------------------------------------------------------------
    def verb_lemma(self, verb: Token) -> str:
        """The lemma to look up: spaCy's, or a stem of the word when the lemmatizer slipped ("staged")."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.verbs or lemma in self.lex.support_verbs:
            return lemma
        w = verb.lower_
        for cand in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-1] + "e" if w.endswith("s") else ""):
            if cand and (cand in self.lex.verbs or cand in self.lex.support_verbs):
                return cand
        return lemma

    def match_verb(self, verb: Token) -> tuple[VerbEntry, Token | None] | None:
        entries = self.lex.verbs.get(self.verb_lemma(verb))
        if not entries:
            return None
        prts = {c.lower_ for c in verb.children if c.dep_ == "prt"}
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}
        obj = self.direct_object(verb)
        best: tuple[VerbEntry, Token | None] | None = None
        best_score = -1
        has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        for e in entries:
            if e.prt and e.prt not in prts:
                continue
            if not e.prt and prts and e.verb not in self.lex.support_verbs:
                continue
            if e.prep and e.prep not in preps:
                continue
            found: Token | None = None
            if e.object:
                cands = self.pobjs(verb, (e.prep,)) if e.prep else ([obj] if obj is not None else [])
                if not cands and not e.prep:
                    # "withdraw from talks": an object entry may name the object of any preposition
                    cands = [p for c in verb.children if c.dep_ == "prep" for p in self.children(c, "pobj")]
                for cand in cands:
                    if self._object_matches(cand, e.object):
                        found = cand
                        break
                if found is None:
                    continue
            # A modifier match is the more specific reading: "ceasefire agreement", "peacekeeping force".
            score = e.specificity * 2 + (found is not None and found.lemma_.lower() not in e.object)
            if e.compose and has_clause:
                score += 10  # "agreed to lift embargoes (with strings attached)": the complement decides
            if best is None or score > best_score:
                best, best_score = (e, found), score
        return best

    @staticmethod
    def _object_matches(tok: Token, lemmas: frozenset[str]) -> bool:
        if tok.lemma_.lower() in lemmas or tok.lower_ in lemmas:
            return True
        # "state of emergency", "martial law", "hunger strike": look at compounds and "of" objects
        for c in tok.children:
            if c.dep_ in ("compound", "amod") and (c.lemma_.lower() in lemmas):
                return True
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if p.lemma_.lower() in lemmas:
                        return True
                    # "part of a military aid program": one more compound level
                    if any(g.dep_ == "compound" and g.lemma_.lower() in lemmas for g in p.children):
                        return True
        return False

    def match_noun(self, noun: Token) -> tuple[NounEntry, str] | None:
        lemma = noun.lemma_.lower()
        entries = self.lex.nouns.get(lemma) or self.lex.nouns.get(noun.lower_)
        if not entries:
            # "air strike", "hunger strike" written as compounds: try "<compound>-<noun>"
            comp = [c for c in noun.children if c.dep_ == "compound"]
            if comp:
                entries = self.lex.nouns.get(f"{comp[-1].lower_}-{lemma}")
            if not entries and lemma in CARRIER_NOUNS:
                # "a mediation effort", "a peace mission": the modifier names the event
                for c in noun.children:
                    if c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex.nouns:
                        entries = self.lex.nouns[c.lemma_.lower()]
                        break
            if not entries:
                return None
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        mods |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
        mods.add(lemma)
        for e in entries:
            code: str | None = None
            for m, mc in e.modifiers.items():
                if m in mods:
                    code = mc
                    break
            if e.requires_modifier and code is None:
                continue
            return e, code or e.code
        return None

    def refine(self, code: str, modifiers: dict[str, str], obj: Token | None) -> str:
        if not modifiers or obj is None:
            return code
        words = {obj.lemma_.lower(), obj.lower_}
        for c in obj.children:
            if c.dep_ in ("amod", "compound", "nmod"):
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                words.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
        for m, mc in modifiers.items():
            if m in words:
                return mc
        return code

    # -- frames -----------------------------------------------------------------------------
    def slot_tokens(self, slots: Sequence[str], verb: Token, obj: Token | None, entry_prep: str | None) -> list[Token]:
        out: list[Token] = []
        for slot in slots:
            if slot == "nsubj":
                out.extend(self.subject(verb))
            elif slot == "dobj":
                d = self.direct_object(verb)
                if d is not None and d is not obj:
                    poss = self.children(d, "poss")
                    if poss and d.pos_ == "NOUN" and self.actor_of(d) is None:
                        d = poss[0]  # "support Turkey's efforts": the owner of the object is the target
                    out.append(d)
            elif slot == "dative":
                out.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")
            elif slot == "pobj":
                if entry_prep:
                    out.extend(self.pobjs(verb, (entry_prep,)))
            else:
                found = self.pobjs(verb, (slot,))
                if not found and obj is not None:
                    found = self.pobjs(obj, (slot,))
                out.extend(found)
        return out

    def verb_frame(self, verb: Token) -> Frame | None:
        """The event frame of a verb, or None."""
        lemma = self.verb_lemma(verb)
        m = self.match_verb(verb)
        if m is None:
            if lemma in self.lex.support_verbs:
                return self.support_frame(verb)
            return None
        entry, obj = m
        if lemma in CASUALTY_VERBS:
            subj = self.children(verb, "nsubj")
            if subj and not self.is_passive(verb):
                nf = self._noun_under(subj[0])
                if nf is not None:  # "a roadside bombing killed one soldier"
                    nf.anchor = verb
                    nf.trigger = [subj[0], verb]
                    nf.sources = self.children(subj[0], "poss") + self.pobjs(subj[0], ("by",)) + [
                        c for c in subj[0].children if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
                    nf.targets = self.slot_tokens(("dobj",), verb, None, None) + nf.targets
                    self.consumed.add(subj[0].i)
                    return nf
            for p in self.pobjs(verb, ("in", "by", "during")):
                nf = self._noun_under(p, transfers=False)
                if nf is not None:
                    nf.anchor = verb
                    nf.trigger = [verb, p]
                    nf.targets = self.slot_tokens(("dobj",), verb, None, None) + nf.targets
                    nf.sources = [c for c in p.children if c.dep_ in ("poss",)] + self.pobjs(p, ("by",)) + [
                        c for c in p.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
                    if not self.is_passive(verb):
                        nf.sources += self.subject(verb)
                    self.consumed.add(p.i)
                    return nf
        if entry.compose:
            return self.compose_frame(verb, entry, obj)
        code = self.refine(entry.code, entry.modifiers, obj if obj is not None else self.direct_object(verb))
        trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        if obj is not None:
            trigger.append(obj)
            self.consumed.add(obj.i)
        sources = self.slot_tokens(entry.source, verb, obj, entry.prep)
        targets = self.slot_tokens(entry.target, verb, obj, entry.prep)
        return Frame(
            code=code,
            rule=entry.id,
            anchor=verb,
            trigger=trigger,
            sources=sources,
            targets=targets,
            symmetric=entry.symmetric,
            specific=entry.specificity > 0,
            requires_target=entry.requires_target,
        )

    def support_frame(self, verb: Token) -> Frame | None:
        """'held talks', 'launched strikes on', 'engaged in negotiations': the object noun's event."""
        cands = list(self.children(verb, *OBJ_DEPS))
        d = self.direct_object(verb)
        if d is not None and d not in cands:
            cands.append(d)
        cands += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "under") for p in self.children(c, "pobj")]
        # "provided 25,000 tons of food aid", "launched a wave of strikes": look through "of".
        cands += [p for c in cands for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in self.children(pr, "pobj")]
        for cand in cands:
            if cand.i in self.consumed:
                continue
            f = self.noun_frame(cand, governor=verb)
            if f is not None:
                return f
        return None

    def noun_frame(self, noun: Token, governor: Token | None = None) -> Frame | None:
        """The event frame of a nominal trigger, standing alone or under a support verb."""
        if noun.ent_type_ in NAME_LABELS:
            return None  # "the Vietnam War", "the Paris Agreement": a name, not a report of an act
        dv = self.deverbal_frame(noun, governor)
        if dv is not None:
            return dv
        m = self.match_noun(noun)
        if m is None:
            return None
        entry, code = m
        if entry.needs_verb and (governor is None or governor.lemma_.lower() in self.lex.weak_support_verbs):
            return None
        sources: list[Token] = []
        targets: list[Token] = []
        for slot in entry.source:
            if slot == "poss":
                sources += self.children(noun, "poss")
            elif slot in ("amod", "compound"):
                sources += [c for c in noun.children if c.dep_ == slot and (c.ent_type_ in ENT_ACTOR_LABELS or c.pos_ == "PROPN")]
            else:
                sources += self.pobjs(noun, (slot,))
        between = self.pobjs(noun, ("between", "among"))
        if between:
            parts = self.conjuncts(between[0])
            if not sources:
                sources = parts[:1]
                targets += parts[1:]
            else:
                targets += parts
        targets += self.pobjs(noun, entry.target)
        anchor = noun
        trigger = [noun]
        if governor is not None:
            anchor = governor
            trigger = [governor] + [c for c in governor.children if c.dep_ == "prt"] + [noun]
            if not sources:
                sources = self.subject(governor)
            targets += self.pobjs(governor, entry.target)
            targets += [c for c in governor.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            self.consumed.add(noun.i)
        elif noun.dep_ == "pobj" and not sources:
            # "the meeting with X" after "attended": left to support verbs; standalone needs a source
            pass
        return Frame(
            code=code,
            rule=entry.id,
            anchor=anchor,
            trigger=trigger,
            sources=sources,
            targets=targets,
            symmetric=entry.symmetric,
            nominal=governor is None,
            specific=True,
            requires_target=entry.requires_target,
        )

    def deverbal_frame(self, noun: Token, governor: Token | None) -> Frame | None:
        """'the lifting of sanctions on Iran': a noun of action coded like its verb with an object entry."""
        verb = self.lex.deverbal.get(noun.lemma_.lower())
        if verb is None:
            return None
        objs = self.pobjs(noun, ("of",))
        if not objs:
            return None
        for e in self.lex.verbs.get(verb, []):
            if not e.object or e.prt or e.compose:
                continue
            obj = next((o for o in objs if self._object_matches(o, e.object)), None)
            if obj is None:
                continue
            sources = self.children(noun, "poss") + self.pobjs(noun, ("by",)) + [
                c for c in noun.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
            targets: list[Token] = []
            for slot in e.target:
                if slot not in ("dobj", "dative", "pobj", "nsubj"):
                    targets += self.pobjs(noun, (slot,)) + self.pobjs(obj, (slot,))
            if not sources and verb in ("withdraw", "deploy", "pull", "mobilize") and self.actor_of(obj) is not None:
                sources = [obj]  # "the withdrawal of Russian troops": the troops move themselves
            anchor, trigger = noun, [noun, obj]
            if governor is not None:
                anchor, trigger = governor, [governor, noun, obj]
                if not sources:
                    sources = self.subject(governor)
            self.consumed.update({noun.i, obj.i})
            return Frame(code=self.refine(e.code, e.modifiers, obj), rule=f"{e.id}.noun", anchor=anchor,
                         trigger=trigger, sources=sources, targets=targets, symmetric=e.symmetric,
                         nominal=governor is None, specific=True)
        return None

    def embedded_frame(self, verb: Token, obj: Token | None) -> tuple[Frame | None, Token | None]:
        """The act wrapped by a composing verb, and the token of the complement (for its actors)."""
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                f = self.frame_at(c)
                return f, c
        nouns = []
        if obj is not None:
            nouns.append(obj)
        nouns += self.children(verb, *OBJ_DEPS)
        for c in verb.children:
            if c.dep_ in ("prep", "agent"):
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp"):
                        nouns.append(p)
        for n in nouns:
            if n.pos_ in ("VERB", "AUX"):
                f = self.frame_at(n)
            else:
                f = self.noun_frame(n, governor=None) or self._noun_under(n)
            if f is not None:
                return f, n
        comp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        return None, comp

    def _noun_under(self, n: Token, transfers: bool = True) -> Frame | None:
        """A nominal trigger used as a complement ("threatened sanctions"): coded even if needs_verb."""
        m = self.match_noun(n)
        if m is None:
            return None
        entry, code = m
        if entry.needs_verb and not transfers:
            return None
        targets = self.pobjs(n, entry.target)
        return Frame(code=code, rule=entry.id, anchor=n, trigger=[n], targets=targets, specific=True)

    def frame_at(self, tok: Token) -> Frame | None:
        """Frame of a verb (consuming it so it is not coded again as an act of its own)."""
        if tok.i in self.consumed:
            return None
        f = self.verb_frame(tok)
        self.consumed.add(tok.i)
        return f

    def compose_frame(self, verb: Token, entry: VerbEntry, obj: Token | None) -> Frame | None:
        if entry.compose is None:  # pragma: no cover - callers check
            return None
        if entry.compose == "intent" and entry.verb in ACCEPT_VERBS and _negated(verb, self.lex):
            # "will not accept", "refused ... did not agree to": a refusal, coded 12x and not negated
            entry = VerbEntry(id=entry.id + ".negated", verb=entry.verb, code="120", target=entry.target,
                              compose="reject", prep=entry.prep, source=entry.source)
            self.flipped_negation.add(verb.i)
        inner, comp = self.embedded_frame(verb, obj)
        if inner is not None:
            for t in inner.trigger:
                self.consumed.add(t.i)
        if inner is None and entry.requires_embedded:
            return None
        mode: str = entry.compose or "intent"
        if inner is not None and inner.composed == "threat" and mode == "intent":
            code = inner.code  # "vowed to threaten" stays a threat
        else:
            code = self.lex.compose_code(mode, inner.code if inner is not None else None)
            if inner is None:
                code = entry.code if entry.code != self.lex.compose[mode]["default"] else code
        # Future/intent verbs wrapping a conflictual act are threats ("vowed to strike back").
        if mode == "intent" and inner is not None and inner.code[:2] in CONFLICT_ROOTS:
            code = self.lex.compose_code("threat", inner.code)
            mode = "threat"
        own_targets = self.slot_tokens(entry.target, verb, obj if inner is not None else None, entry.prep)
        own_targets = [t for t in own_targets if inner is None or t not in inner.trigger]
        sources = self.slot_tokens(entry.source, verb, None, entry.prep)
        inner_targets = inner.targets if inner is not None else []
        own_initiator = [t for t in (inner.sources if inner is not None else []) if t not in sources]
        if mode == "reject" and own_initiator:
            # "refused to join the EU's sanctions": the rejected initiative belongs to the EU
            inner_targets = own_initiator
        frame = Frame(
            code=code,
            rule=entry.id if inner is None else f"{entry.id}+{inner.rule}",
            anchor=verb,
            trigger=[verb] + [c for c in verb.children if c.dep_ == "prt"],
            sources=sources,
            targets=own_targets or inner_targets,
            composed=mode,
            specific=inner is not None,
            symmetric=entry.symmetric and inner is None,
            requires_target=entry.requires_target and inner is None,
        )
        if not frame.targets and comp is not None:
            exclude = {t.i for t in sources} | {t.i for s in sources for t in s.subtree if s.head is verb}
            ref = self.first_actor_in(comp, exclude)
            if ref is not None:
                frame.extra_target_refs.append(ref)
        return frame


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
    # "failed to reach an agreement"
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail"


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


def _has_condition(tok: Token) -> bool:
    """The clause of `tok` (or a clause governing it through xcomp) carries an 'if'/'unless' condition."""
    t = tok
    for _ in range(5):
        for c in t.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                if any(a.lower_ == "even" for a in c.children):
                    continue  # "even if": concessive, not a condition
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
        if t.pos_ == "ADJ" and t.lemma_.lower() in HYPO_ADJ:
            m.hypothetical = True
        if i > 0 and t.lemma_.lower() in ("hesitate",) and not _negated(t, lex):
            m.hypothetical = True
        if i > 0 and _negated(t, lex) and t.lemma_.lower() not in ("hesitate",):
            m.negated = not m.negated if t.lemma_.lower() in ("fail",) else True
    if _in_if_clause(anchor):
        m.hypothetical = True
    if _has_condition(anchor):
        m.conditional = True
    return m


class EventCoder:
    """Codes events from parsed articles with a given lexicon and codebook."""

    def __init__(self, lexicon: Lexicon | None = None, codebook: Codebook | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.codebook = codebook or load_codebook()

    def code(
        self,
        doc: Doc,
        article: Article,
        actors: ActorLookup | None,
        statements: Sequence[Statement] = (),
    ) -> list[Event]:
        """All events of a parsed article (see the module docstring for the rules)."""
        events: list[Event] = []
        seen: set[str] = set()
        for si, sent in enumerate(doc.sents):
            sc = _SentenceCoder(self.lex, actors)
            frames: list[Frame] = []
            verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") or (t.pos_ == "NOUN" and t.dep_ == "ROOT" and t.tag_.startswith("VB"))]
            # Outer clauses first, so a composing verb claims its complement before it is coded alone.
            verbs.sort(key=lambda t: (_depth(t), t.i))
            for v in verbs:
                if v.i in sc.consumed:
                    continue
                f = sc.verb_frame(v)
                if f is not None:
                    sc.consumed.add(v.i)
                    frames.append(f)
            for n in sent:
                if n.i in sc.consumed or n.pos_ not in ("NOUN", "PROPN"):
                    continue
                if (n.lemma_.lower() not in self.lex.nouns and n.lower_ not in self.lex.nouns
                        and n.lemma_.lower() not in self.lex.deverbal and not any(c.dep_ in ("compound", "amod") for c in n.children)):
                    continue
                f = sc.noun_frame(n)
                if f is not None:
                    sc.consumed.add(n.i)
                    frames.append(f)
            frames = [self._demand_frame(f, sc) for f in frames]
            frames += self._bare_demands(sent, sc, frames)
            for f in frames:
                self._failed_attempt(f)
            for f in frames:
                for ev in self._events_of(f, sc, doc, article, si, sent, statements):
                    if ev.id not in seen:
                        seen.add(ev.id)
                        events.append(ev)
        return events

    def _demand_frame(self, f: Frame, sc: _SentenceCoder) -> Frame:
        """'X said Y must release Z': X demands (or, with "should", appeals) of Y."""
        if f.composed not in (None, "intent") or f.nominal:
            return f
        mode = _demand_mode(f.anchor)
        speech = _under_speech(f.anchor, self.lex) if mode else None
        if mode is None or speech is None:
            return f
        speakers = sc.subject(speech)
        if not speakers:
            return f
        f.code = self.lex.compose_code(mode, f.code)
        f.targets, f.sources = f.sources, speakers
        f.composed = mode
        f.rule = f"{f.rule}+{mode}"
        f.symmetric = False
        return f

    def _bare_demands(self, sent: Any, sc: _SentenceCoder, frames: list[Frame]) -> list[Frame]:
        """'Russia said Sudan must return the helicopter': a demand even when the act is not in the lexicon."""
        taken = {f.anchor.i for f in frames} | {t.i for f in frames for t in f.trigger}
        out = []
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or v.i in taken or v.i in sc.consumed:
                continue
            mode = _demand_mode(v)
            if mode is None or not any(c.dep_ == "aux" for c in v.children):
                continue
            speech = _under_speech(v, self.lex)
            if speech is None:
                continue
            speakers = sc.subject(speech)
            addressees = sc.subject(v)
            if not speakers or not addressees:
                continue
            code = self.lex.compose[mode]["default"]
            out.append(Frame(code=code, rule=f"{mode}.modal", anchor=v, trigger=[v], sources=speakers,
                             targets=addressees, composed=mode))
        return out

    def _failed_attempt(self, f: Frame) -> None:
        """'X and Y failed to reach agreement': a failed cooperative act is coded as a rejection."""
        a = f.anchor
        if a.dep_ == "xcomp" and a.head.lemma_.lower() == "fail" and f.code[:2] in ("03", "04", "05", "06") and f.composed is None:
            f.code = self.lex.compose_code("reject", f.code)
            f.composed = "reject"
            f.rule += "+failed"

    def _events_of(
        self,
        f: Frame,
        sc: _SentenceCoder,
        doc: Doc,
        article: Article,
        si: int,
        sent: Any,
        statements: Sequence[Statement],
    ) -> list[Event]:
        sources = sc.actor_refs(f.sources)
        targets = sc.actor_refs(f.targets) + f.extra_target_refs
        if f.nominal and not sources:
            return []  # "additional sanctions against Russia": no one acts
        if not sources and not targets:
            return []
        compound_pair = f.symmetric and len(sources) > 1
        if f.requires_target and not compound_pair and not any(t.code for t in targets):
            return []  # "X received the award", "Y was speaking at the opening"
        if REQUIRE_CODED and not any(a.code for a in (*sources, *targets)):
            return []  # no coded actor: not political event data (named entities alone are too noisy)
        mod = modality_of(f.anchor, self.lex)
        if f.anchor.i in sc.flipped_negation or f.rule.endswith("+failed"):
            mod.negated = False  # the negation is already the refusal's meaning
        code = f.code
        composed = f.composed
        refusal = False
        if mod.conditional and mod.hypothetical and f.composed is None and code[:2] in CONFLICT_ROOTS and not mod.negated:
            mod.future, mod.hypothetical = True, False  # "X may halt mediation if ...": a threat
        if mod.future or mod.intent:
            root = code[:2]
            if composed is None and not mod.negated:
                if root in COOP_ACT_ROOTS:
                    code = self.lex.compose_code("intent", code)
                    composed = "intent"
                elif root in CONFLICT_ROOTS:
                    code = self.lex.compose_code("threat", code)
                    composed = "threat"
            elif composed is None and root in COOP_ACT_ROOTS:
                # "said he would not provide support": declining to cooperate is a CAMEO rejection
                code = self.lex.compose_code("reject", self.lex.compose_code("intent", code))
                composed = "reject"
                mod.negated = False
                refusal = True
            elif composed is None:
                composed = "intent"  # a negated future conflict act: keep its code, flag the intent
        info = self.codebook.get(code)
        flags: list[str] = []
        if mod.conditional:
            flags.append("conditional")
        if mod.hypothetical:
            flags.append("hypothetical")
        if composed in ("threat", "intent"):
            flags.append(composed)
        elif info.root == "13":
            flags.append("threat")
        elif info.root == "03":
            flags.append("intent")
        stmt = _statement_for(f, statements)
        if mod.reported or stmt is not None:
            flags.append("reported")
        if mod.negated:
            flags.append("negated")
        if refusal:
            flags.append("refusal")
        modality = next((m for m in ("conditional", "hypothetical", "threat", "intent", "reported") if m in flags), "act")
        lo = min(t.idx for t in f.trigger)
        hi = max(t.idx + len(t.text) for t in f.trigger)
        trigger = Span(text=doc.text[lo:hi], start=lo, end=hi)
        date = _event_date(f, sent, article)
        pairs = _pairs(sources, targets, f.symmetric)
        out = []
        for s, t in pairs:
            conf = 0.45 + 0.2 * bool(s is not None and s.code) + 0.15 * bool(t is not None and t.code)
            conf += 0.1 * f.specific + 0.05 * (not mod.hypothetical)
            conf = round(min(conf, 0.95), 2)
            # Uncoded actors are told apart by their text so they do not collapse into one id.
            eid = stable_id(article.id, si, trigger.start, code, (s.code or s.text) if s else None,
                            (t.code or t.text) if t else None)
            out.append(
                Event(
                    id=eid,
                    source=s,
                    target=t,
                    cameo=code,
                    root=info.root,
                    goldstein=info.goldstein,
                    quad_class=info.quad_class,
                    plover=info.plover,
                    plover_mode=info.plover_mode,
                    negated=mod.negated,
                    hypothetical=mod.hypothetical,
                    date=date,
                    sentence=sent.text,
                    sentence_index=si,
                    trigger=trigger,
                    rule=f.rule,
                    confidence=conf,
                    modality=modality,
                    statement=stmt,
                    flags=tuple(flags),
                )
            )
        return out


def _depth(tok: Token) -> int:
    d = 0
    while tok.head is not tok and d < 50:
        tok = tok.head
        d += 1
    return d


def _pairs(sources: list[ActorRef], targets: list[ActorRef], symmetric: bool) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """Source/target pairs: one per compound member; symmetric compound subjects pair both ways."""
    same = lambda a, b: a is not None and b is not None and a.start == b.start and a.end == b.end  # noqa: E731
    out: list[tuple[ActorRef | None, ActorRef | None]] = []
    if symmetric and not targets and len(sources) > 1:
        for a in sources:
            for b in sources:
                if not same(a, b):
                    out.append((a, b))
        return out
    srcs: list[ActorRef | None] = list(sources) or [None]
    tgts: list[ActorRef | None] = list(targets) or [None]
    for s in srcs:
        for t in tgts:
            if not same(s, t):
                out.append((s, t))
    return out


def _statement_for(f: Frame, statements: Sequence[Statement]) -> str | None:
    start = min(t.idx for t in f.trigger)
    for st in statements:
        if st.content.start <= start < st.content.end:
            return st.id
    return None


def _event_date(f: Frame, sent: Any, article: Article) -> str | None:
    """Date phrase attached to the trigger (else the only one in the sentence), else the article date."""
    ents = [e for e in sent.ents if e.label_ in ("DATE", "TIME")]
    if not ents:
        return article.date
    anchors = {f.anchor.i} | {t.i for t in f.trigger}

    def attached(e: Any) -> bool:
        t = e.root
        for _ in range(4):
            t = t.head
            if t.i in anchors:
                return True
            if t.head is t:
                break
        return False

    ordered = sorted(ents, key=lambda e: (not attached(e), abs(e.start - f.anchor.i)))
    if not attached(ordered[0]) and len(ents) > 1:
        return article.date
    got = resolve_date_text(ordered[0].text, article.date)
    return got or article.date


_DEFAULT: EventCoder | None = None


def code_events(doc: Doc, article: Article, actors: ActorLookup | None, statements: Sequence[Statement] = ()) -> list[Event]:
    """Code the events of a parsed article with the shipped lexicon and codebook."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = EventCoder()
    return _DEFAULT.code(doc, article, actors, statements)
