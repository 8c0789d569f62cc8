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

11. Argument attachment (who did it to whom):
   - a place visited or hit stands for its country: "arrived in Ankara" (042 -> TUR), "missiles at Kyiv",
     "struck sites across Iran" (the "in/across" place of an attack when no target is coded);
   - one head noun with two owners gives two actors: "the ministers of A and B", "A and B officials",
     "US and British warships"; an unknown name takes the code of its apposition ("X, a Czech lawmaker");
   - the owner of an event noun is the target ("condemned Russia's invasion of Ukraine"); a possessive
     pronoun of the source is replaced by the partner ("defended its ties with Moscow") or dropped;
     "the agreement with the EU" gives the EU;
   - "demanded that Y do Z" and "demanded the withdrawal of Y's troops" are demands of Y;
   - compound subjects of a mutual act ("A and B agreed to deepen cooperation") act on each other;
   - a protest with no named target is aimed at the protesters' own government (CAMEO practice);
   - conjoined verbs share a trailing object ("detained and later released three journalists");
     "adopted a resolution condemning X" is the adopter's act; "allowed the candidate to run" when the
     parser makes the object a clause subject.
12. Context refinements: "ordered an inquiry"/"ordered the expulsion of" is the act itself (not a
   demand); destruction and clashes by protesters/rioters are riots (145); seizing a town or a capital is
   occupation (192); killing hundreds is mass killing (202); restrictions on imports/exports are trade
   sanctions (163); "test-fired" is a show of force (150); a gloomy "warned that ..." with no actor in it
   is a pessimistic comment (012); "attacked the decision" is criticism (111); "was optimistic about"
   and other predicate adjectives are statements (01x); "killed in a plane crash" is no event; an option
   "being considered" is not coded as done; "has no plans to", "no intention of" negate; a nominal act
   that is the subject of "could/would/might" or of "is expected to" is hypothetical; "Should the talks
   fail, ..." is a condition.

13. Who attacks whom (`_violence_code`): gunmen, militants or unknown attackers who kill, shoot or attack
   unarmed people assault them (18x: "gunmen killed 12 worshippers" 1823, "attacked villagers" 180), and
   anyone who shoots dead, stabs or beats a civilian does too ("police shot dead a teenager" 1823); a
   state's forces killing people and armed groups fighting each other stay 19x. A military raid is 190,
   a militant raid 180, a police raid 170. Court sentences are coercion (173; "convicted" stays 116);
   fines and interceptions of boats and migrants are coercion (170).
14. Scheduled acts: "is due / scheduled / expected to visit" keeps the act's code (042, 040) with the
   flag "scheduled" and modality "intent", as human CAMEO coders do; "will visit" is intent (036).
   "will not send missiles" stays a refusal (12x): a declared refusal is a CAMEO rejection.
15. Speech guard: a speech, diplomatic or cooperative act (roots 01-08, 10-13, 16) whose only source is a thing
   ("the constitution requires ...") and not a name, pronoun, person, body or document is dropped;
   "May's Brexit deal" is no mutual act of May and "Brexit" (a symmetric pair needs two coded actors);
   verbs of force or taking with a figurative object ("captured pictures", "fought a custody battle") and
   figurative battles ("a legal battle") are no event; "allow X to Y" is a concession (080) only from a coded
   actor to a non-civilian one; "the population declined" (no complement) is no refusal; an intent to
   make a statement is the statement ("wants to express sympathy" -> 018).
16. Argument attachment, second round: with no coded target, the first actor with a country inside the act's
   object phrase is the target ("seized a plane belonging to the Venezuelan government", "an Israeli air strike
   destroyed Iran's consulate", "strikes on what it called camps in Pakistan"); clauses of their own, and times,
   places and causes on the verb, are not searched; comments (01) and protests (14) take only an addressee
   ("expressed regret to South Korea", "protested to Japan"); a show of force has no target among its own
   forces; a mutual act of compound subjects keeps its partners. The small parser's slips are undone where
   they are regular: "the visit of the minister to Moscow" (the target's preposition hung on the source), "held
   joint coast guard drills" (the support verb's subject acts, not the noun's modifier). "asked Y to stop doing Z"
   does not code Z as done; an agentless participle ("a diplomat accused of spying") is no event. A statement
   with no coded act is not coded as 010: none of the dev gold sets codes one (precision check of 2026-11-27).

17. Wire copy (2026-11-27): a dateline ("ALMATY, Jan 6 (AFP) -") is never a subject, and an apposition hung on it
   is the real one; "came under fire/attack from X" makes X the source and the subject the target (fire from
   critics, or "over" a matter, is criticism, 111); an act "suspected of"/"accused of"/in "allegations of" is not
   coded as done (verdicts and charges are: "found guilty of murdering" codes the murder, as the PLOVER dev
   set does); a particle parsed as a preposition ("pulled out of") or as "more than" ("handed over 13
   hostages") still fulfils a particle entry; "speaking to reporters"/"told state television" is no
   consultation; a meeting or visit named in a circumstance ("after talks with X", "on a visit to Tokyo") is
   the clause subject's; a protest with an uncoded crowd belongs to the country of its place ("protests broke
   out across Pakistan", "a rally in Colombo"); "called the election for X" is no appeal.

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
    ["urge", "ask", "order", "call", "press", "help", "pressure", "encourage", "invite", "force", "allow", "persuade", "convince", "tell", "request", "implore", "beg", "exhort", "push", "compel", "instruct", "advise", "warn"]
)
#: Adjectives that make "be X to do" an intention.
INTENT_ADJ = frozenset(["ready", "prepared", "willing", "set", "poised", "determined", "eager", "keen", "open", "committed"])
#: "is due / scheduled / slated / expected to" an act: a future act, coded as intent (03x) like "will visit".
SCHEDULE_WORDS = frozenset(["due", "schedule", "slate", "expect", "plan", "timetable"])
HYPO_ADJ = frozenset(["likely", "unlikely", "possible", "able", "unable"])
#: Nouns that carry an event named by their modifier ("mediation effort", "sanctions campaign").
CARRIER_NOUNS = frozenset(["effort", "mission", "bid", "attempt", "campaign", "process", "programme", "program", "initiative", "drive", "package", "round", "wave"])
#: Misfortunes that kill without an actor: "killed in a plane crash" is no event.
ACCIDENT_NOUNS = frozenset(["crash", "accident", "collision", "fire", "blaze", "earthquake", "quake", "flood", "flooding",
                            "storm", "landslide", "avalanche", "stampede", "heatwave", "cyclone", "hurricane", "typhoon",
                            "tornado", "outbreak", "epidemic", "disease", "illness", "collapse", "derailment", "sinking",
                            "heatwave", "drought", "wildfire", "rain", "snow", "tsunami", "eruption", "virus",
                            "pandemic", "lightning", "mudslide", "famine"])
#: Words of sport: "beat", "crushed", "defeated" between national teams are no conflict.
SPORT_WORDS = frozenset(["football", "soccer", "cricket", "rugby", "tennis", "basketball", "hockey", "volleyball",
                         "marathon", "championship", "tournament", "semifinal", "semi-final", "quarterfinal",
                         "quarter-final", "league", "olympics", "medal", "goalkeeper", "striker", "match", "world cup"])
#: Casualty verbs: "killed in a car bombing" is coded as the bombing.
CASUALTY_VERBS = frozenset(["kill", "wound", "injure", "die"])
#: Modals that, in reported speech, turn an act into a demand on its subject ("X said Y must ...").
DEMAND_MODALS = {"must": "demand", "should": "appeal"}
#: Agreeing verbs that, negated, are refusals ("will not accept", "did not agree to").
ACCEPT_VERBS = frozenset(["accept", "agree", "consent", "allow"])
RELATIVE_PRONOUNS = frozenset(["who", "whom", "which", "that", "whose"])
ENT_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
REQUIRE_CODED = True
#: Drop events of an agentless participle ("a diplomat accused of spying"): no one named acts. Raises dyad
#: precision on every gold set; costs two source-less root matches on the PETR2 dev set (2026-11-27).
DROP_AGENTLESS_PARTICIPLES = True
NAME_LABELS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "ORG", "FAC", "PRODUCT"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
#: Predicate adjectives that are public statements ("said it was optimistic about the talks").
ADJ_PREDICATES = {"optimistic": "013", "hopeful": "013", "confident": "013", "upbeat": "013", "positive": "013",
                  "pessimistic": "012", "concerned": "012", "worried": "012", "alarmed": "012", "skeptical": "012",
                  "sceptical": "012", "gloomy": "012", "wary": "012", "grateful": "051", "thankful": "051",
                  "sorry": "055", "saddened": "018", "shocked": "012", "furious": "111", "angry": "111",
                  "outraged": "111", "critical": "111", "supportive": "051"}
#: Places and ground that are occupied, not confiscated, when seized ("rebels seized the town").
TERRITORY_WORDS = frozenset(["city", "town", "village", "territory", "area", "region", "district", "province", "capital",
                             "base", "airport", "port", "hill", "crossing", "border", "island", "enclave", "strip",
                             "neighbourhood", "neighborhood", "outpost", "stronghold", "settlement", "oblast", "county"])
#: Verbs of taking that become occupation (192) with a place as object.
TAKE_VERBS = frozenset(["seize", "capture", "take", "retake", "overrun", "grab"])
#: Verbs of force that, with a decision or a statement as object, are verbal attacks (111).
VERBAL_ATTACK_VERBS = frozenset(["attack", "hit", "target", "strike", "assault", "blast", "hammer", "pound"])
SPEECH_OBJECTS = frozenset(["decision", "policy", "plan", "remark", "statement", "report", "proposal", "move", "comment",
                            "speech", "law", "bill", "resolution", "ruling", "verdict", "claim", "idea", "stance",
                            "approach", "strategy", "budget", "reform", "deal", "agreement", "record",
                            "handling", "response", "rhetoric", "tariff", "measure", "declaration", "announcement",
                            "proclamation", "recognition", "view", "notion", "argument", "remarks"])
#: Verbs of stopping: an act in their complement under an appeal or demand is not coded as done.
CESSATION_VERBS = frozenset(["stop", "cease", "quit", "refrain", "desist", "halt", "end"])
#: Prepositions on a verb whose object may hold the target ("sent a warning to Iran", "withdrew from Syria").
DEEP_VERB_PREPS = frozenset(["to", "into", "against", "on", "upon", "with", "from", "toward", "towards", "of", "onto", "as",
                             "around"])
#: Roots whose target is only an addressee on the verb: comments and protests ("protested to Japan").
ADDRESSEE_PREPS = {"01": frozenset(["to", "with"]), "14": frozenset(["to", "against", "outside"])}
#: Prepositions of time, place, cause and manner: their objects are circumstances, not targets.
DEEP_SKIP_PREPS = frozenset(["in", "at", "near", "during", "after", "before", "since", "until", "amid", "despite", "over",
                             "for", "by", "because", "ahead", "within", "outside", "throughout", "like", "via", "through"])
#: Possessive and reflexive pronouns: never a target distinct from the source.
REFLEXIVE_WORDS = frozenset(["its", "their", "his", "her", "itself", "themselves", "himself", "herself"])
#: Lexicon rule fragments of acts done with one another ("agreed to deepen cooperation", "declared a truce").
MUTUAL_RULE_WORDS = ("agree", "cooperat", "ceasefire", "truce", "talk", "negotiat", "relation", "tie", "deal",
                     "meet", "exercise", "swap", "exchange", "restore", "normaliz", "sign")
#: Objects that make a verb of force or taking a figure of speech ("captured pictures", "seized the moment").
NONPOLITICAL_OBJECTS = frozenset(["picture", "photo", "photograph", "image", "video", "footage", "film", "movie", "scene",
                                  "selfie", "shot", "record", "headline", "moment", "attention", "imagination", "heart",
                                  "mood", "spirit", "title", "trophy", "medal", "prize", "award", "championship",
                                  "opportunity", "chance", "spotlight", "limelight", "audience", "peak", "milestone",
                                  "jackpot", "ball", "nerve"])
#: Word forms the lemmatizer gets wrong, mapped to the lemma meant.
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape"}
#: Modifiers that make "battle", "war" or "fight" a figure of speech.
FIGURATIVE_BATTLES = frozenset(["custody", "legal", "court", "courtroom", "political", "election", "electoral", "price",
                                "culture", "bidding", "takeover", "ratings", "copyright", "patent", "word", "propaganda",
                                "public-relations", "turf", "budget", "campaign", "leadership", "succession", "divorce"])
#: Verbs of considering (014): the act considered is not coded as done.
CONSIDER_VERBS = frozenset(["consider", "mull", "weigh", "contemplate", "study", "explore", "debate"])
#: Verbs that, with a nominal act as object, perform it through subordinates ("ordered an inquiry" = 09).
DIRECTIVE_VERBS = frozenset(["order", "authorize", "authorise", "decree", "mandate", "approve", "direct", "instruct"])
#: Heads of a crowd: their violent or destructive acts are riots (145), as CAMEO codes them.
PROTESTER_WORDS = frozenset(["protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "marcher", "youth", "student"])
#: Objects that make a restriction a trade sanction ("curbs on exports", "ban on imports") -> 163.
TRADE_WORDS = frozenset(["import", "export", "trade", "shipment", "sale", "purchase", "investment", "goods", "product", "tariff", "commerce"])
#: Nouns of plan and intent: "has no plans to deploy troops" negates the act.
PLAN_NOUNS = frozenset(["plan", "intention", "intent", "desire", "interest", "wish", "need", "reason", "appetite"])
#: Subjects of explosion verbs ("a car bomb exploded, killing six") that stand for the bombing.
EXPLODE_VERBS = frozenset(["explode", "detonate", "blast", "go", "rip", "hit", "strike", "tear"])
COOP_ACT_ROOTS = frozenset({"04", "05", "06", "07", "08"})
#: Words of suspicion: an act in their "of/with/for" complement is an allegation, not a coded act ("a man suspected
#: of attacking", "allegations of torture by"). Not verdicts and charges ("found guilty of murdering", "charged with
#: killing"): the PLOVER dev set codes the act a court names (measured 2026-11-27: -2 records there), nor "blamed
#: for"/"responsible for", whose act coders code too.
CHARGE_WORDS = frozenset(["accuse", "suspect", "allegation", "accusation", "suspicion"])
#: Verbs of an event noun taking place ("protests erupted in Tehran"): the place tells whose protest it is.
OCCUR_VERBS = frozenset(["erupt", "break", "spread", "continue", "flare", "rage", "resume", "grip", "sweep", "take",
                         "enter", "intensify", "escalate", "begin", "start", "rock", "hit"])
#: The idiom "came under fire (from X)": an armed attack on the subject, with no noun entry of its own.
UNDER_FIRE = NounEntry(id="w.under_fire", nouns=frozenset(["fire"]), code="190", target=(), file="coder.py")
#: Critics whose "fire" is words ("came under fire from opposition lawmakers").
CRITIC_WORDS = frozenset(["lawmaker", "legislator", "critic", "opposition", "politician", "activist", "group", "union",
                          "campaigner", "commentator", "newspaper", "media", "party", "senator", "mp", "deputy", "rival",
                          "investor", "official", "minister", "leader", "president", "government", "ally", "organisation",
                          "organization", "watchdog", "press", "fan", "voter", "resident", "parent", "economist"])
#: Particles that the parser often takes for prepositions when another preposition follows ("pulled out of").
STRAY_PARTICLES = frozenset(["out", "back", "away", "off", "down", "up"])
#: Verbs of talking whose addressee may be only an audience ("speaking to reporters").
TALK_VERBS = frozenset(["speak", "talk", "tell", "address", "brief"])
#: Audiences of a statement: talking to them is no consultation (04) between actors.
AUDIENCE_WORDS = frozenset(["reporter", "journalist", "press", "medium", "media", "television", "tv", "radio", "broadcaster",
                            "newspaper", "daily", "agency", "audience", "crowd", "supporter", "correspondent", "newsman",
                            "gathering", "rally", "station", "channel", "outlet", "magazine", "podcast", "interviewer"])
#: Prepositions of circumstance whose meeting or visit the clause's subject took part in ("after talks with X").
FRAME_PREPS = frozenset(["after", "following", "during", "before", "at", "on", "amid", "ahead"])
#: Contests whose result is "called" for a winner ("called the race for the governor").
RACE_WORDS = frozenset(["election", "race", "state", "result", "vote", "seat", "contest", "primary", "runoff", "poll"])
#: Verbs of undergoing ("came under fire from", "was under attack by"): the subject is the target.
UNDERGO_VERBS = frozenset(["come", "be", "fall", "remain", "stay", "find"])
#: Roots of speech acts, diplomatic acts and help given: a source that is a thing ("the constitution requires ...",
#: "which would allow him ...") rather than a name, a pronoun or a person is no one speaking: no event.
SPEECH_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13", "16"})
#: Things that cannot speak or act for themselves: as the only source of a speech or cooperative act they
#: mean no one acted ("the constitution requires", "the commission's scope allows", "ships assisted by aircraft").
#: A closed list of things rather than an open list of people: collective nouns ("elders", "the wing") stay sources.
THING_SOURCE_WORDS = frozenset(["constitution", "law", "rule", "regulation", "bill", "act", "decree", "clause", "article",
                                "treaty", "scope", "system", "budget", "measure", "provision", "mandate", "requirement",
                                "pregnancy", "room", "aircraft", "plane", "ship", "vehicle", "device", "technology",
                                "weather", "economy", "market", "price", "crisis", "situation", "condition", "disease",
                                "virus", "rise", "fall", "change", "ruling", "verdict", "emergency", "process", "model",
                                "software", "program", "programme", "app", "platform", "game", "product", "service",
                                "design", "structure", "building", "machine", "tool", "method", "technique", "formula"])


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
            elif _stray_particle(c):
                # "pulled out of the deal": the parser makes "out" a preposition that governs "of"
                out.extend(p for g in c.children if g.dep_ == "prep" and g.lower_ in want for p in self.children(g, "pobj"))
                # "towards the introduction of", "on behalf of": one level of nesting is enough.
        return out

    def direct_object(self, verb: Token) -> Token | None:
        objs = self.children(verb, *OBJ_DEPS)
        if objs:
            return objs[0]
        for c in verb.children:
            # "detained and later released three journalists": the object follows the last verb
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not self.children(c, "nsubj"):
                shared = self.children(c, *OBJ_DEPS)
                if shared:
                    return shared[0]
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
        subj = []
        for t in self.children(verb, "nsubj", "csubj"):
            if not _in_dateline(t):
                subj.append(t)
            else:
                # "COLOMBO, July 9 (AFP) - Thousands of demonstrators took part ...": the parser hangs the real
                # subject on the dateline city as an apposition
                subj += [a for a in t.children if a.dep_ == "appos" and not _in_dateline(a) and a.i > t.i]
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return [verb.head]
            return [s]
        if verb.dep_ == "relcl" and not self._relcl_object_gap(verb):
            return [verb.head]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            head = verb.head
            if head.dep_ in OBJ_DEPS and head.pos_ == "NOUN" and self.actor_of(head) is None:
                # "adopted a resolution condemning X", "passed a law banning Y": the adopter acts
                return self.subject(head.head, depth + 1)
            return [head]  # "troops attacking the city"
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
                if ref is None and t.pos_ == "NOUN":
                    # "US and British warships": no actor for the head noun, but two owners
                    for extra in self.inner_conjuncts(t, ActorRef(text=t.text, start=t.idx, end=t.idx + len(t.text))):
                        if (extra.start, extra.end) not in seen:
                            seen.add((extra.start, extra.end))
                            out.append(extra)
                if ref is not None and (ref.start, ref.end) not in seen:
                    seen.add((ref.start, ref.end))
                    extras = self.inner_conjuncts(t, ref)
                    # "Indian and French warships": the owners replace the bare "warships", also when the
                    # resolver gave "forces" a country of its own from the sentence's places
                    replaced = len(extras) >= 2 and t.pos_ == "NOUN" and ref.country not in {e.country for e in extras}
                    if not (extras and not ref.country) and not replaced:
                        out.append(ref)
                    for extra in extras:
                        if (extra.start, extra.end) not in seen:
                            seen.add((extra.start, extra.end))
                            out.append(extra)
                # one actor per coordinated owner ("the defence ministers of Greece and Turkey"); the
                # owner logic above may already have produced some of them: dedupe by actor code
                for extra in self._owner_actors(t):
                    if extra.code and extra.code not in {o.code for o in out if o.code} \
                            and (extra.start, extra.end) not in seen:
                        seen.add((extra.start, extra.end))
                        out.append(extra)
        return out

    def _owner_actors(self, tok: Token) -> list[ActorRef]:
        """`actors.actors_at(tok)` when the actors object offers it and names two or more owners."""
        actors_at = getattr(self.actors, "actors_at", None)
        if actors_at is None:
            return []
        try:
            refs = actors_at(tok)
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the whole article
            return []
        return list(refs) if len(refs) > 1 else []

    def inner_conjuncts(self, tok: Token, ref: ActorRef) -> list[ActorRef]:
        """Second owners inside one phrase: "the ministers of Armenia and Azerbaijan", "Japanese and
        Korean officials" name actors of two countries with one head noun."""
        if tok.pos_ != "NOUN":
            return []
        owners: list[Token] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                owners += [g for p in self.children(c, "pobj") for g in self.conjuncts(p)[1:]]
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                members = [g for g in c.children if g.dep_ == "conj" and g.i < tok.i]
                if members:
                    owners += [c, *members]
        out: list[ActorRef] = []
        kb = getattr(self.actors, "kb", None)
        for g in owners:
            got = self.place_ref(g, kb) if g.pos_ != "PROPN" or self._actor_of(g) is None else self._actor_of(g)
            if got is None or not got.country or got.country == ref.country or any(o.country == got.country for o in out):
                continue
            if not ref.country and not out and g is not owners[0]:
                first = self.place_ref(owners[0], kb)
                if first is not None and first.country:
                    out.append(self._with_sector(first, ref))
            out.append(self._with_sector(got, ref))
        return out

    @staticmethod
    def _with_sector(got: ActorRef, ref: ActorRef) -> ActorRef:
        """`got`'s country with the sector of the head noun's actor ("French" + "warships" = FRAMIL)."""
        if not ref.sector or not got.country or got.sector:
            return got
        return ActorRef(text=got.text, start=got.start, end=got.end, code=got.country + ref.sector,
                        country=got.country, sector=ref.sector, name=got.name, why=f"{got.why}; sector of {ref.text}")

    def struck_places(self, f: Frame) -> list[ActorRef]:
        """Countries named where a conflict act hit: "in"/"across"/"inside" objects of the trigger's objects."""
        heads = [c for t in f.trigger for c in t.children if c.dep_ in (*OBJ_DEPS, "nsubjpass")] + list(f.targets)
        heads += [t for t in f.trigger if t.pos_ in ("VERB", "AUX")]  # "struck sites across Iran" (attached to the verb)
        out: list[ActorRef] = []
        for h in heads:
            for p in self.pobjs(h, ("in", "across", "inside", "throughout")):
                ref = self.actor_of(p)
                if ref is None or not ref.code:
                    ref = self.place_ref(p)
                if ref is not None and ref.code and ref.country:
                    out.append(ref)
        return out[:1]

    def deep_target(self, f: Frame, sources: Sequence[ActorRef], only_preps: frozenset[str] | None = None) -> ActorRef | None:
        """The first coded actor inside the act's object phrase, when the parse gave no coded target.

        "seized a plane belonging to the Venezuelan government", "opened an investigation into war crimes
        committed by Russian forces", "an Israeli air strike destroyed Iran's consulate": CAMEO coders take the
        first actor of the object phrase. Clauses of their own (advcl, ccomp) and places and times attached to
        the verb ("held talks in Tokyo") are not searched. With `only_preps`, only the objects of those
        prepositions on the trigger are searched ("expressed regret to South Korea", "protested to Japan").
        """
        roots: list[Token] = []
        for t in f.trigger:
            for c in t.children:
                if only_preps is not None:
                    if c.dep_ == "prep" and c.lower_ in only_preps:
                        roots.append(c)
                elif (c.dep_ in (*OBJ_DEPS, "dative", "oprd") and c.pos_ != "ADP") or (c.dep_ == "prep" and (
                        c.lower_ in DEEP_VERB_PREPS
                        or (c.lower_ in ("at", "across", "inside") and f.code[:2] in CONFLICT_ROOTS)
                        # a nominal trigger's own complements ("strikes on camps in Pakistan")
                        or (t.pos_ == "NOUN" and c.lower_ not in DEEP_SKIP_PREPS))):
                    roots.append(c)
            if f.nominal and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and only_preps is None:
                # "an Israeli air strike destroyed Iran's consulate": the act's subject is the trigger
                roots += [c for c in t.head.children if c.dep_ in OBJ_DEPS]
        if only_preps is None:
            roots += [t for t in f.targets if t.i not in {r.i for r in roots}]
        src_tokens = {t.i for t in f.sources}
        src_spans = [(s.start, s.end) for s in sources]
        src_codes = {s.code for s in sources if s.code}
        src_countries = {s.country for s in sources if s.country}
        trig = {t.i for t in f.trigger}
        for r in roots:
            for tok in r.subtree:
                if tok.i in trig or tok.i in src_tokens or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                    continue
                if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
                    continue
                if self._cut_off(tok, r, places=f.code[:2] in CONFLICT_ROOTS, shallow=only_preps is not None):
                    continue
                ref = self.actor_of(tok)
                if ref is None or not ref.code or not ref.country or ref.code in src_codes:
                    continue
                if any(a <= ref.start < b or ref.start <= a < ref.end for a, b in src_spans):
                    continue
                if f.code[:2] == "15" and tok.pos_ != "PROPN" and ref.country in src_countries:
                    continue  # a show of force uses its own means: "sent an aircraft carrier group", "deployed police"
                return ref
        return None

    @staticmethod
    def _cut_off(tok: Token, root: Token, places: bool = False, shallow: bool = False) -> bool:
        """True when `tok` sits in a clause of its own below `root` ("..., after rebels seized ..."), or in
        a circumstance; with `places`, a place inside a noun phrase stays ("hideouts in Syria" for an attack)."""
        t = tok
        while t.i != root.i and t.head.i != t.i:
            if t.dep_ == "ccomp" and t.head.dep_ == "pcomp":
                pass  # "strikes on what it called militant camps in Pakistan": the phrase is the object
            elif t.dep_ in ("advcl", "ccomp", "parataxis", "xcomp", "appos", "npadvmod") or (
                    t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
                return True
            if t.dep_ == "prep" and shallow:
                return True  # an addressee is the preposition's own object ("against the deal with Azerbaijan")
            if t.dep_ == "prep" and t.lower_ in DEEP_SKIP_PREPS and not (
                    places and t.lower_ in ("in", "inside", "near") and t.head.pos_ in ("NOUN", "PROPN")):
                return True
            t = t.head
        return False

    def place_ref(self, tok: Token, kb: Any = None) -> ActorRef | None:
        """The country named by a place or demonym token ("in Ankara", "Chinese"), for destinations."""
        if kb is None:
            kb = getattr(self.actors, "kb", None)
        if kb is None or not (tok.ent_type_ in ("GPE", "NORP", "LOC") or tok.pos_ == "PROPN"):
            return None
        doc = tok.doc
        start, end = tok.i, tok.i + 1
        if tok.ent_iob_ in ("B", "I"):
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        span = doc[start:end]
        try:
            got = kb.lookup(span.text, getattr(self.actors, "date", None))
        except Exception:  # noqa: BLE001 - a lookup slip must not lose the sentence
            return None
        if got is None or not got.country:
            return None
        return ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=got.country,
                        country=got.country, sector=None, name=got.name, why=f"place:{span.text}")

    def actor_of(self, tok: Token) -> ActorRef | None:
        ref = self._actor_of(tok)
        if ref is not None and not ref.code:
            # "Sidhoum, Algeria's leading rights activist, ...": an unknown name coded by its apposition
            for c in tok.children:
                if c.dep_ == "appos" and c.i > tok.i:
                    better = self._actor_of(c)
                    if better is not None and better.code:
                        return better
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
        if verb.lower_ in LEMMA_FIXES:
            return LEMMA_FIXES[verb.lower_]  # "raped" is not "rap" (criticize)
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
        # a particle parsed as a preposition may fulfil an entry's particle, but does not bar plain entries
        stray = {c.lower_ for c in verb.children if _stray_particle(c)}
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.dep_ == "quantmod" and nxt.lower_ in ("over", "up", "out", "back", "off", "down"):
            stray.add(nxt.lower_)  # "handed over 13 hostages": the parser reads "over 13" as "more than 13"
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent") and not _stray_particle(c)}
        preps |= {g.lower_ for c in verb.children if _stray_particle(c) for g in c.children if g.dep_ == "prep"}
        obj = self.direct_object(verb)
        best: tuple[VerbEntry, Token | None] | None = None
        best_score = -1
        has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
        for e in entries:
            if e.prt and e.prt not in prts and e.prt not in stray:
                continue
            if not e.prt and prts and e.verb not in self.lex.support_verbs:
                continue
            if e.prep and e.prep not in preps:
                continue
            found: Token | None = None
            if e.object:
                cands = self.pobjs(verb, (e.prep,)) if e.prep else ([obj] if obj is not None else [])
                if not e.prep:
                    # "withdraw from talks", "put its ships on high alert": an object entry may name the
                    # object of any preposition; "declined to comment": or the verb of its complement
                    preps_ok = ("on", "under", "into", "from") if cands else None  # with a direct object: "put X on alert"
                    cands += [p for c in verb.children if c.dep_ == "prep" and (preps_ok is None or c.lower_ in preps_ok)
                              for p in self.children(c, "pobj")]
                    cands += [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                    # "allowed fuel trucks to enter": the parser makes the object the clause's subject
                    cands += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
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
            if found is not None and found.dep_ == "xcomp":
                score += 20  # "declined to comment": the complement is the entry's own object
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
        fallback: tuple[NounEntry, str] | None = None
        for e in entries:
            code: str | None = None
            for m, mc in e.modifiers.items():
                if m in mods:
                    code = mc
                    break
            if e.requires_modifier and code is None:
                continue
            if code is not None and e.requires_modifier:
                return e, code  # "phone call" is the call entry that names its modifier, not an appeal
            if fallback is None:
                fallback = (e, code or e.code)
        return fallback

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
                if d is None and self.verb_lemma(verb) in OBJECT_CONTROL:
                    # "allowed the candidate to run", "urged Russia to release" parsed as a clause: its subject
                    d = next((g for c in verb.children if c.dep_ == "ccomp" and (any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children) or self.verb_lemma(verb) == "help")
                        for g in c.children if g.dep_ == "nsubj"), None)
                if d is not None and d is not obj:
                    poss = self.children(d, "poss")
                    if poss and d.pos_ == "NOUN" and self._actor_of(d) is None and (
                            self.actor_of(d) is None or self.actor_of(poss[0]) is not None):
                        # "support Turkey's efforts", "condemned Russia's invasion of Ukraine": the owner
                        d = poss[0]
                        partner = self.pobjs(d.head, ("with", "between")) if d.lower_ in REFLEXIVE_WORDS else []
                        if partner:
                            d = partner[0]  # "defended its ties with Moscow": the partner
                    elif not poss and d.pos_ == "NOUN" and self.actor_of(d) is None:
                        partner = self.pobjs(d, ("with", "between"))
                        if partner:
                            d = partner[0]  # "praised the new agreement with the EU": the partner
                    out.append(d)
            elif slot == "dative":
                out.extend(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP")
            elif slot == "pobj":
                if entry_prep:
                    found = self.pobjs(verb, (entry_prep,))
                    for k, d in enumerate(found):
                        poss = self.children(d, "poss")
                        if poss and d.pos_ == "NOUN" and self.actor_of(d) is None:
                            found[k] = poss[0]
                    out.extend(found)
            else:
                found = self.pobjs(verb, (slot,))
                if not found and obj is not None:
                    found = self.pobjs(obj, (slot,))
                if not found and obj is None:
                    d = self.direct_object(verb)  # "massed troops along the border": on the object
                    if d is not None and d.pos_ == "NOUN" and d.lemma_.lower() not in self.lex.nouns \
                            and d.lemma_.lower() not in self.lex.deverbal:
                        found = self.pobjs(d, (slot,))
                for k, d in enumerate(found):
                    poss = self.children(d, "poss")
                    if poss and d.pos_ == "NOUN" and self.actor_of(d) is None:
                        found[k] = poss[0]  # "agreed with Sweden's position": Sweden
                        partner = self.pobjs(d, ("with", "between")) if poss[0].lower_ in REFLEXIVE_WORDS else []
                        if partner:
                            found[k] = partner[0]  # "massed troops along its border with Ukraine"
                out.extend(found)
        return out

    def adjective_frame(self, verb: Token) -> Frame | None:
        """'X was optimistic about Y', 'X is deeply concerned over Y': a statement made by a predicate."""
        adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in ADJ_PREDICATES), None)
        if adj is None:
            return None
        code = ADJ_PREDICATES[adj.lemma_.lower()]
        targets = self.pobjs(adj, ("about", "over", "with", "by", "of", "at", "to", "for", "toward", "towards"))
        return Frame(code=code, rule=f"adj.{adj.lemma_.lower()}", anchor=verb, trigger=[verb, adj],
                     sources=self.subject(verb), targets=targets)

    def verb_frame(self, verb: Token) -> Frame | None:
        """The event frame of a verb, or None."""
        lemma = self.verb_lemma(verb)
        if lemma in UNDERGO_VERBS:
            # "came under fire from gunmen", "was under attack by protesters": the act suffered
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "under":
                    for n in self.children(prep, "pobj"):
                        if n.i not in self.consumed:
                            f = self.noun_frame(n, governor=verb)
                            if f is not None:
                                return f
        if lemma == "be":
            return self.adjective_frame(verb)
        m = self.match_verb(verb)
        if m is None:
            if lemma in self.lex.support_verbs:
                return self.support_frame(verb)
            return None
        entry, obj = m
        if entry.id == "v.call_for" and obj is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() in RACE_WORDS for c in verb.children):
            return None  # "the AP called the election for Biden": a result declared, no appeal
        if entry.id == "v.decline" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
            return None  # "the population declined": a fall, not a refusal
        if entry.code[:2] in CONFLICT_ROOTS and any(
                o.lemma_.lower() in NONPOLITICAL_OBJECTS or any(c.dep_ in ("compound", "amod") and c.lemma_.lower()
                                                                in FIGURATIVE_BATTLES for c in o.children)
                for o in self.children(verb, *OBJ_DEPS, "nsubjpass")):
            return None  # "tourists captured pictures", "hit a record", "fought a custody battle": no force used
        if lemma in CASUALTY_VERBS:
            if any(p.lemma_.lower() in ACCIDENT_NOUNS for p in self.pobjs(verb, ("in", "during", "after", "by"))):
                return None  # "killed in a plane crash", "died in the floods": no one acted
            subj = self.children(verb, "nsubj")
            if not subj and verb.dep_ in ("advcl", "conj") and self.verb_lemma(verb.head) in EXPLODE_VERBS:
                subj = self.children(verb.head, "nsubj")  # "a car bomb exploded, killing six people"
                if subj:
                    self.consumed.add(verb.head.i)
            if subj and not self.is_passive(verb):
                nf = self._noun_under(subj[0])
                if nf is None and subj[0].lemma_.lower() in CARRIER_NOUNS | {"series", "barrage", "spate", "string"}:
                    inner = self.pobjs(subj[0], ("of",))  # "a wave of air strikes killed 20 people"
                    nf = self._noun_under(inner[0]) if inner else None
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
        if lemma in CONSIDER_VERBS:
            # "is considering imposing sanctions": the sanctions are an option, not an act
            for c in verb.children:
                if c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ in ("VERB", "NOUN"):
                    self.consumed.update(t.i for t in c.subtree)
        code = self.refine(entry.code, entry.modifiers, obj if obj is not None else self.direct_object(verb))
        if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "test":
            code = "150"  # "test-fired a missile", "test-launched": a show of force, not an attack
        trigger = [verb] + [c for c in verb.children if c.dep_ == "prt"]
        if obj is not None:
            trigger.append(obj)
            self.consumed.add(obj.i)
        sources = self.slot_tokens(entry.source, verb, obj, entry.prep)
        targets = self.slot_tokens(entry.target, verb, obj, entry.prep)
        if not sources and code[:2] == "15" and self.is_passive(verb):
            sources = self.children(verb, "nsubjpass")  # "police were placed on alert": they are the ones on alert
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
        cands += [p for c in cands for pr in c.children if pr.dep_ == "prep" and pr.lower_ in ("of", "in") for p in self.children(pr, "pobj")]
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
        if m is None and governor is not None and noun.lemma_.lower() == "fire" and _undergoes(noun, governor):
            m = (UNDER_FIRE, "190")  # "came under fire from": "fire" is an attack only in this idiom
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
        if not between and noun.dep_ == "nsubj" and governor is None:
            between = self.pobjs(noun.head, ("between", "among"))  # "fighting broke out between X and Y"
        if between:
            parts = self.conjuncts(between[0])
            if not sources:
                sources = parts[:1]
                targets += parts[1:]
            else:
                targets += parts
        targets += self.pobjs(noun, entry.target)
        if not targets and not between:
            # "the visit of the Indian minister to Moscow": the small parser hangs the target's preposition
            # on the source phrase instead of the event noun
            slipped = [p for p in entry.target if p not in ("in", "of", "between", "among")]
            targets += [t for s_tok in sources if s_tok.dep_ == "pobj" for t in self.pobjs(s_tok, slipped)]
        anchor = noun
        trigger = [noun]
        if governor is not None and _undergoes(noun, governor):
            # "Kenyan troops came under attack from gunmen": the subject suffers the act, "from/by" does it
            self.consumed.add(noun.i)
            if code[:2] in ("18", "19") and (any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in governor.children)
                                             or any(t.lemma_.lower() in CRITIC_WORDS for t in self.pobjs(governor, ("from",)))):
                code = "111"  # "came under fire from lawmakers over the handling of": criticism, not force
            return Frame(code=code, rule=entry.id + "+under", anchor=governor, trigger=[governor, noun],
                         sources=sources + self.pobjs(governor, ("from", "by")) + self.pobjs(noun, ("from", "by")),
                         targets=self.subject(governor) + targets, specific=True)
        if governor is None and not sources and code[:2] == "04" and noun.dep_ == "pobj" \
                and noun.head.lower_ in FRAME_PREPS and noun.head.head.pos_ in ("VERB", "AUX") and (targets or between):
            # "Putin spoke to journalists after talks with Lukashenko", "said on a visit to Tokyo": the clause's
            # subject took part in the meeting the circumstance names
            sources = self.subject(noun.head.head)
        if governor is None and not sources and code[:2] == "14" and noun.dep_ == "nsubj" \
                and noun.head.lemma_.lower() in OCCUR_VERBS:
            # "protests erupted in Tehran": the protesters are of the place's country
            sources = [p for p in self.pobjs(noun.head, ("in", "across", "throughout")) + self.pobjs(noun, ("in", "across"))
                       if p.ent_type_ in ("GPE", "LOC")][:1]
        if governor is not None:
            anchor = governor
            trigger = [governor] + [c for c in governor.children if c.dep_ == "prt"] + [noun]
            gov_subj = self.subject(governor)
            if not sources:
                sources = gov_subj
            elif gov_subj and self.actor_refs(gov_subj) and all(c.dep_ in ("amod", "compound") for c in sources):
                # "The Philippines and Japan held joint coast guard drills": the support verb's subject acts,
                # a modifier of the noun ("coast guard", "naval") only says with what
                sources = gov_subj
            targets += self.pobjs(governor, entry.target)
            targets += [c for c in governor.children if c.dep_ == "dative" and c.pos_ != "ADP"]
            if code[:2] == "14" and not any(r.code for r in self.actor_refs(sources)):
                # "thousands of demonstrators took part in a rally in Colombo": the protesters are of the place
                sources = sources + [p for p in self.pobjs(noun, ("in",)) + self.pobjs(governor, ("in",))
                                     if p.ent_type_ in ("GPE", "LOC")][:1]
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
                if slot == "dobj" and self.actor_of(obj) is not None:
                    targets.append(obj)  # "the expulsion of two Russian diplomats"
                elif slot not in ("dobj", "dative", "pobj", "nsubj"):
                    targets += self.pobjs(noun, (slot,)) + self.pobjs(obj, (slot,))
            if not targets and self.actor_of(obj) is not None and verb not in ("withdraw", "deploy", "pull", "mobilize"):
                targets.append(obj)  # "the expulsion of UN peacekeepers": they are acted on
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
                if f is None and c.lemma_.lower() in CESSATION_VERBS:
                    # "asked Iran to stop detaining foreigners": the act to be stopped is not coded as done
                    self.consumed.update(g.i for g in c.children if g.dep_ == "xcomp" and g.pos_ == "VERB")
                return f, c
        nouns = []
        if obj is not None:
            nouns.append(obj)
        nouns += self.children(verb, *OBJ_DEPS)
        nouns += [p for o in list(nouns) for pr in o.children if pr.dep_ == "prep" and pr.lower_ in ("of", "in")
                  for p in self.children(pr, "pobj")]
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
        if (entry.compose == "threat" and inner is None and self.verb_lemma(verb) == "warn"
                and comp is not None and comp.dep_ == "ccomp" and not self.children(verb, *OBJ_DEPS)
                and self.first_actor_in(comp, {t.i for s in self.subject(verb) for t in s.subtree}) is None):
            # "warned that the economy faced its weakest year": a gloomy statement, no one threatened
            return Frame(code="012", rule=f"{entry.id}.comment", anchor=verb, trigger=[verb],
                         sources=self.subject(verb), targets=[])
        if (inner is not None and comp is not None and comp.pos_ in ("NOUN", "PROPN")
                and self.verb_lemma(verb) in DIRECTIVE_VERBS and not _negated(verb, self.lex)):
            # "ordered an inquiry", "ordered the expulsion of the envoy": the orderer performs the act
            return Frame(code=inner.code, rule=f"{entry.id}+{inner.rule}.act", anchor=verb,
                         trigger=[verb, comp], sources=self.subject(verb),
                         targets=[t for t in inner.targets if t is not comp] or [],
                         specific=True, symmetric=False)
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
        if mode in ("demand", "appeal") and comp is not None and comp.dep_ == "ccomp" and not own_targets:
            addressee = [g for g in comp.children if g.dep_ == "nsubj" and self.actor_of(g) is not None]
            if addressee:
                inner_targets = addressee  # "demanded that Russia withdraw its troops": of Russia
        if (mode in ("demand", "appeal") and not own_targets and inner is not None
                and comp is not None and comp.pos_ == "NOUN"):
            actors_asked = [t for t in inner.sources if t not in sources and self.actor_of(t) is not None]
            if actors_asked:
                inner_targets = actors_asked  # "demanded the withdrawal of Serbian forces": of those forces
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
            # "agreed to set up a research centre": an intention with a stated (if uncoded) act needs no target
            requires_target=entry.requires_target and inner is None and not (
                mode == "intent" and comp is not None and comp.dep_ == "xcomp" and comp.pos_ == "VERB"),
        )
        if not frame.targets and comp is not None:
            exclude = {t.i for t in sources} | {t.i for s in sources for t in s.subtree if s.head is verb}
            ref = self.first_actor_in(comp, exclude)
            if ref is not None:
                frame.extra_target_refs.append(ref)
        return frame


def _in_dateline(tok: Token) -> bool:
    """A token of a wire dateline ("ALMATY, Jan 6 (AFP) -"): the place the story is filed from, never an actor."""
    sent = tok.sent
    if tok.i - sent.start > 14:
        return False
    first = sent[0]
    if not (first.is_upper and first.is_alpha and len(first) >= 3):
        return False  # datelines open with the city in capitals
    for t in sent[: min(len(sent), 16)]:
        if t.text in ("-", "--", "\u2013", "\u2014") and t.i > first.i + 1:
            return tok.i < t.i
    return False


def _stray_particle(tok: Token) -> bool:
    """A particle parsed as a preposition or adverb: "out" in "pulled out of the deal", "back" in "came back from"."""
    return (tok.dep_ in ("prep", "advmod") and tok.lower_ in STRAY_PARTICLES
            and not any(c.dep_ == "pobj" for c in tok.children) and any(c.dep_ == "prep" for c in tok.children))


def _undergoes(noun: Token, governor: Token) -> bool:
    """'came under fire', 'was under attack': the noun is the object of "under" on a verb of undergoing."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head == governor
            and governor.lemma_.lower() in UNDERGO_VERBS)


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
