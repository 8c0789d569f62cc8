"""From frame to Event records: the last guards (sport, audiences, accidents, things as sources, uncoded
actors), target fallbacks (places, deep targets, a protest's own government), modality flags, intent
and threat composition, confidence, dates, and source/target pairs with stable ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventwire.events.codebook import Codebook
from eventwire.events.common import (
    ACCIDENT_NOUNS,
    ADDRESSEE_PREPS,
    AUDIENCE_WORDS,
    CONFLICT_ROOTS,
    COOP_ACT_ROOTS,
    DROP_AGENTLESS_PARTICIPLES,
    FIGURATIVE_BATTLES,
    MUTUAL_RULE_WORDS,
    REFLEXIVE_WORDS,
    REQUIRE_CODED,
    SPEECH_ROOTS,
    SPORT_WORDS,
    TALK_VERBS,
    THING_SOURCE_WORDS,
    Frame,
)
from eventwire.events.dates import resolve_date_text
from eventwire.events.frames import _SentenceCoder
from eventwire.events.lexicon import Lexicon
from eventwire.events.modality import modality_of
from eventwire.events.refine import _alleged, _refine_by_context, _violence_code
from eventwire.records import ActorRef, Article, Event, Span, Statement, stable_id


def events_of(
    f: Frame,
    sc: _SentenceCoder,
    lex: Lexicon,
    codebook: Codebook,
    article: Article,
    si: int,
    sent: Any,
    statements: Sequence[Statement],
) -> list[Event]:
    """The events of one frame: arguments resolved, guards applied, modality and code settled, one Event per pair."""
    if f.code[:2] in ("17", "18", "19") and any(t.lemma_.lower() in SPORT_WORDS for t in sent):
        return []  # "the French team beat Germany 2-1 in a friendly match"
    if f.code[:2] == "04" and f.trigger[0].lemma_.lower() in TALK_VERBS and f.targets and all(
            t.lemma_.lower() in AUDIENCE_WORDS for t in f.targets):
        return []  # "speaking to reporters in Kyiv", "told state television": the frame of a statement, not a meeting
    if f.composed is None and _alleged(f.trigger[-1] if f.nominal else f.anchor):
        return []  # "found guilty of murdering a policeman": the charge is not coded as an act
    sources = sc.actor_refs(f.sources)
    targets = sc.actor_refs(f.targets) + f.extra_target_refs
    if not any(s.code for s in sources) and any(t.lemma_.lower() in ACCIDENT_NOUNS for t in f.sources):
        return []  # "an earthquake struck eastern Turkey", "floods destroyed homes": no one acted
    if not any(t.code for t in targets) and (f.code.startswith("042") or f.code[:2] in ("18", "19", "20") or any(
            t.dep_ == "pobj" and t.head.lower_ in ("to", "into") for t in f.targets)):
        # "arrived in Ankara", "flew to Addis Ababa": the place visited stands for its country
        places = [r for t in f.targets for g in sc.conjuncts(t) if not getattr(sc.actor_of(g), "code", None)
                  for r in [sc.place_ref(g)] if r is not None]
        if places:
            targets = [t for t in targets if t.code] + places
    f.code = _refine_by_context(f)
    if f.code[:2] in ("13", "17", "18", "19", "20") and not any(t.code for t in targets):
        # "struck nuclear sites across Iran", "shelled targets in Yemen": the place hit names the target
        places = sc.struck_places(f)
        if places:
            targets = [t for t in targets if t.code] + places
    mutual = (len(sources) > 1 and f.code[:2] in ("03", "04", "05", "06", "08")
              and any(w in f.rule for w in MUTUAL_RULE_WORDS))  # "A and B pledged to coordinate": each other
    if not any(t.code for t in targets) and not f.symmetric and not mutual:
        # a comment's topic is no target ("declined to comment on reports of Chinese ships"), its addressee is
        deep = sc.deep_target(f, sources, ADDRESSEE_PREPS.get(f.code[:2]))
        if deep is not None:
            targets = [t for t in targets if t.code] + [deep]
    f.code = _violence_code(f, f.code, sources, targets)
    if sources:
        # "Poland moved troops to its border": a possessive pronoun of the source is no target
        own = {s.country for s in sources if s.country}
        targets = [t for t in targets if not (t.text.lower() in REFLEXIVE_WORDS and t.country in own)]
    if f.code[:2] == "14" and not any(t.code for t in targets) and len(sources) == 1 and sources[0].country \
            and sources[0].country not in ("IGO", "NGO", "IMG"):
        # a protest with no named target is aimed at the protesters' own government (CAMEO practice)
        s0 = sources[0]
        anchor = f.trigger[0]  # the protest's target is implied by its trigger, not named in the text
        targets = [ActorRef(text=anchor.text, start=anchor.idx, end=anchor.idx + len(anchor.text), code=s0.country,
                            country=s0.country, name=s0.name, why=f"implied: protest against the government of {s0.country}")]
    if (len(sources) > 1 and not targets and f.code[:2] in ("03", "04", "05", "06", "08")
            and any(w in f.rule for w in MUTUAL_RULE_WORDS)):
        f.symmetric = True  # "Russia and North Korea agreed to deepen their cooperation": with each other
    if f.rule == "w.allow_actor" and (not any(s.code for s in sources) or all(t.sector == "CVL" for t in targets)):
        return []  # "allowing justice to unfold", "allowed the population to vote": no concession between actors
    if f.rule.startswith("n.war") and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FIGURATIVE_BATTLES
                                          for t in f.trigger for c in t.children):
        return []  # "a custody battle", "a legal battle", "a price war": no armed force
    if f.nominal and not sources:
        return []  # "additional sanctions against Russia": no one acts
    if not sources and not targets:
        return []
    if DROP_AGENTLESS_PARTICIPLES and not sources and f.anchor.tag_ == "VBN" and f.anchor.dep_ in ("acl", "advcl") \
            and not f.nominal:
        return []  # "a diplomat accused of spying", "a loan backed by frozen assets": no one named acts
    # "May's Brexit deal": an uncoded co-owner ("Brexit") is no partner of a mutual act
    compound_pair = f.symmetric and len([s for s in sources if s.code]) > 1
    if f.code[:2] in SPEECH_ROOTS and not any(s.code for s in sources) and f.sources and all(
            (t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in THING_SOURCE_WORDS)
            for t in f.sources):
        return []  # "the constitution requires both houses to ...", "which would allow him to act": no one speaks or acts
    if f.requires_target and not compound_pair and not any(t.code for t in targets):
        return []  # "X received the award", "Y was speaking at the opening"
    if REQUIRE_CODED and not any(a.code for a in (*sources, *targets)):
        return []  # no coded actor: not political event data (named entities alone are too noisy)
    mod = modality_of(f.anchor, lex)
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
                code = lex.compose_code("intent", code)
                composed = "intent"
            elif root in CONFLICT_ROOTS:
                code = lex.compose_code("threat", code)
                composed = "threat"
        elif composed is None and root in COOP_ACT_ROOTS:
            # "said he would not provide support": declining to cooperate is a CAMEO rejection
            code = lex.compose_code("reject", lex.compose_code("intent", code))
            composed = "reject"
            mod.negated = False
            refusal = True
        elif composed is None:
            composed = "intent"  # a negated future conflict act: keep its code, flag the intent
    info = codebook.get(code)
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
    if mod.scheduled and not mod.future and not mod.negated:
        flags.append("scheduled")
    if refusal:
        flags.append("refusal")
    modality = next((m for m in ("conditional", "hypothetical", "threat", "intent", "reported") if m in flags),
                    "intent" if "scheduled" in flags else "act")
    lo = min(t.idx for t in f.trigger)
    hi = max(t.idx + len(t.text) for t in f.trigger)
    trigger = Span(text=article.text[lo:hi], start=lo, end=hi)  # == doc.text, without rebuilding it
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
