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
   - a protest with no named target has no target, as the team's and the real-news gold code it (the
     PLOVER examples aim it at the protesters' own government: `emit.IMPLY_PROTEST_TARGET`);
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
   interceptions of boats and migrants are coercion (170), fines administrative sanctions (172, rule 21).
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
18. Real news briefs (2026-11-27, phase 2):
   - headline present tense the small parser misreads: "Hamas fires rockets at ...", "The Houthis fire two
     missiles", "after Cambodia shells Ubon province" (verb tagged as a noun, or the name hung on the verb as a
     compound) is re-read as a clause: the name before it is the subject, its object (or the noun it "modifies")
     the object; "the US strikes on Iran", "a Hamas funds network" stay noun phrases (`misread_verbs`);
   - acts named only as a charge, an arrest's reason, a lawsuit's or a verdict's content are not coded as done:
     "sentenced for embezzling", "on charges of carrying out attacks", "arrested for allegedly sharing data",
     "found guilty of raping", "allege that he abused" (the procedure is: 173, 115, 116, 112);
   - word senses: "killed in an encounter with police" is a gunfight (190); fights "between X and Y" or a shootout
     "with X" are mutual (each way); violating, breaching or entering another state's airspace or waters is a
     military move (150) aimed at the owner ("violated its airspace" after "Norway reports": Norway); evacuation
     orders are demands (100); "found guilty" is a verdict (116) on the people found guilty;
   - the kind of force from weapon, manner and victims: aircraft and drones strike from the air (195), artillery
     and mortars 194, a shooting, stabbing or bombing with no state behind it is an assault (180, 182/1823, 183),
     state forces firing on protesters repress them (175), capturing people is an arrest (173);
   - reporting and claims: a claim of responsibility also codes the attack as the claimer's; a state official's
     report of an agentless arrest is the state's; "missiles fired from Iran" were fired by Iran; an order to
     one's own forces to attack is a threat (138x) against the target, not a demand of the forces.
19. Real news briefs, second round (2026-11-27):
   - conjoined event nouns are each an act of the same actor ("carried out arrests and deportations of migrants",
     "announced the arrest and expulsion of two diplomats"), unless one code refines the other ("sanctions and
     tariffs": one act); the objects of a verb entry ("intercepted missiles and drones") stay that verb's one act;
   - an intransitive verb whose subject is the instrument is the event (lexicon field `subject`): "a car bomb
     exploded in Kabul" (1832), "a blast ripped through a market" (183), "a roadside bomb went off" (1833), "a suicide
     bomber blew himself up" (1831); a casualty clause ("..., killing six") is its toll and target, not a second act;
   - "pleaded guilty" is 015 and "pleaded not guilty" 016 (the complement's negation is no negated act), aimed at
     the court or the place where it sits;
   - a participle describing the object is no act ("freed imprisoned journalists": the parser's `xcomp`), nor is the
     infinitive of a plot ("foiled a plot to bomb the embassy");
   - a verb the tokenizer split ("re-closed", "re-arrested") keeps the subject and the denial around its prefix;
   - a carrier noun takes its modifier's event ("a 17th sanctions package" is a sanction, not a loan);
   - "X said it was behind the attack" is a claim (015) with the attack as X's; "Ukraine says Russia was behind the
     attacks" (another's attribution) codes nothing, as the PETR2 dev set has it;
   - ceasefires: a truce noun standing alone is coded (0871) only as the subject of its beginning ("a ceasefire
     between X and Y came into effect"), not when merely named ("the next phase of its ceasefire"); a mediation
     noun between two sides is the third party's ("Qatar launched a mediation effort between X and Y": 045 to
     both); the agent of a participle inside an agreed object ("a deal mediated by Egypt") is no partner;
   - "the Kremlin said it was concerned about": the pronoun of the speaker's own state of mind is the speaker;
     "undertook a mediation mission" is the noun's act, not an intent (a support verb with a noun);
   - verbs are visited outer clauses first, as rule 3 says (the depth of a token was always the cap before).
20. Real news briefs, third round (2026-11-27):
   - verbs whose sense changes with an object carry `intransitive: true` ("Russia withdrew from Kherson" is 0874, "the
     firm withdrew the product" no event); acts named by who does them use `subject` (working people who strike, 143;
     peacekeepers who arrive, 074; troops who leave, 0874; a crowd that occupies a building, 144), read through a group
     noun ("a contingent of peacekeeping troops"); storming by protesters stays a riot (145, rule 12);
   - readiness for a nominal act is an intent: "is open to talks", "ready for negotiations" (03x); the act in the
     infinitive of a plan noun is an intent of the planner ("announced plans to visit China": 036 by the announcer), of a
     request or proposal noun not done ("rejected a proposal to expel the envoys", "an ultimatum to end the war"); an
     act made possible is not done ("allowing aid groups to deliver food", "makes it easier for agents to detain");
   - acts conjoined to a composing verb's complement are composed too ("agreed to resume talks and release hostages":
     036 and 0353; "threatened to invade and take control of Bunia": 1382 each); "claims to have killed 20 soldiers" is a
     claim (015) and the attack, both the claimer's;
   - a noun entry's modifiers are read one compound down ("joint coast guard patrols": 062); a verb entry matched only
     through an "of" object loses to one matched by the object itself ("seeking the release of aid workers": 0253);
   - an agentless move of forces (15x, 074, 0874) reported by a state's official is that state's ("reinforcements have
     been sent to the border, the army chief said"), as agentless arrests are (rule 18);
   - headline verbs misread: a root "noun" with a subject and an object ("The Federal Police arrest eleven people"),
     a name read as the verb ("Zelensky thanks Trump"), a collective subject with the bare verb ("Kenyan police probe
     killing"), a name hung on the object noun as its subject ("India eyes talks": 014, the talks an option), an object
     noun read as a verb after its determiner ("sign the ceasefire deal");
   - no new act: a stage of an event under a support verb ("announced the completion phase of the war", "marking the
     first cessation of hostilities"), an anaphoric "such" noun ("the first such seizure"), an event noun dating the
     sentence ("since the civil war began"), an arrival with no destination ("upon arriving from Hong Kong"), deaths in
     an accident named by a relative clause ("the implosion of the submarine, which killed 44");
   - a resignation is 0831 (acceding to demands for a change of leaders) only under pressure ("amid protests", "after
     allegations", "over the scandal") or when demanded; "resigned, citing health reasons" is no event, as the team,
     blind and real-news gold sets code it.
21. News-agency leads (2026-11-27, round 4): an order to an envoy to leave, or to a state to close its mission, is the
   removal itself (161, as "expelled the ambassador"), not a demand; weapons sent to a state are military aid (072, an
   intent 03x in the future), troops sent stay a deployment; an economic object targeted ("targeting its oil exports")
   is a sanction (163), not force; a projectile fired and intercepted was fired at the interceptor ("Israel intercepted
   a missile fired from Yemen": 195 Yemen -> Israel, and the interception 190); a vehicle heading somewhere is no visit;
   restrictions announced on another state's flights or trade are sanctions (163); a headline name tagged a bare verb
   ("Macron thanks Modi") is the object; control of territory is coded only when planned or vowed (1382), never as a
   state ("rebels control the town"); trade frozen with a state is an embargo (163); fines are administrative
   sanctions (172), as the real-news gold codes them.
22. News-agency leads (2026-11-27, round 5): force against an armed group ("crushed the insurgents", "wipe out the
   militants") is 190, a threat when vowed (138x); an attack on a relief convoy or post ("a UN aid convoy was attacked
   by gunmen") is assault (18x), not fighting; an act that "drew/sparked condemnation from" others is their
   criticism (111) of its doer (the subject, or the subject's owner: "North Korea's test drew condemnation from
   Japan"); a state applying for membership of a bloc appeals to it (020).
23. Real news, session 3 (2026-11-27): what is only aimed at, allowed, charged or found is not coded as done.
   - an infinitive of purpose ("visited Ottawa to meet the premier", "will send $5 billion to support its budget", "in
     order to end the war") is hypothetical: the main act is coded, its aim is not; force, protest and inquiry done by
     the means stay acts ("fired tear gas to disperse the crowd", "sent inspectors to investigate"), and so does what a
     summons is for ("summoned the envoy to demand ..."); an object-control verb's infinitive hung on it as a clause is
     its complement ("ordered the ministry to raise tariffs": the order to one's own ministry performs the act);
   - an announced move of forces ("will deploy missiles", "plans to hold drills") is a statement of intent (010 with
     the intent flag), not a threat; a move vowed or threatened by its verb stays 138;
   - damage done by an attack coded already is no second act ("airstrikes hit the airport and destroyed three planes",
     "intercepted and destroyed 32 drones"); "warplanes were destroyed by drone attacks" codes the attack;
   - the reason of a legal procedure is not coded as done also when the parser hangs it on the person ("convicted him
     of threatening officials", "executed a man for an attack that killed five"), through "role in" ("sanctioned for
     their alleged roles in hacking"), for composed verbs ("convicted of threatening"), for acts alleged of someone
     ("after the alleged rape of a girl by X"), for a plot's participle ("bomb plots targeting hospitals") and for a
     deed in the procedure's own "after"/"for" clause ("indicted him after he declared martial law"; a statement there,
     "detained him after he called for protests", stays coded); "found not guilty" is an acquittal, no 116;
   - what an inquiry, probe or monitor "finds"/"concludes" ("a UN commission finds that X targeted children") is its
     accusation (112x) of the act's doer; "alleges that X did Y" accuses X;
   - "warned its citizens against travelling to X" is advice, no threat; a state of emergency over a storm, flood or
     epidemic is no event (1724 only for unrest and security); a lasting state named by a span of time ("after 67
     years of occupation", "two decades of war") is the setting; a nominal act that is allowed ("the deal allowed
     Turkish troop deployments") is not done, nor is what a document says in a relative clause ("the memorandum in
     which X and Y agreed on borders", "a deal under which Z would free ...");
   - an act conjoined to an uncoded complement of a composing verb is the one wrapped ("urged Iran to return to the
     table and finalize a deal": an appeal, no deal made); a workers' possessive makes a labour strike ("a teachers'
     strike", 143).
24. Real news, session 3, second round (2026-11-27):
   - an act aimed at by a noun of trying ("an effort / a bid / a push / a plot to oust X", "the goal of toppling",
     "in an attempt to broker a truce", "the aim was to seize") is hypothetical, and so is an event noun it takes
     ("in an effort to broker a ceasefire deal"); "a coup attempt" itself stays coded; "renewed its push to remove the
     president" is no offensive;
   - one-place verbs never pair conjoined subjects ("X and Y resigned": "sign" in rule ids is ".sign");
   - "declared four groups as terrorist organizations" ("as" hung on the object) and "ruled that the decree was
     unconstitutional" (the predicate of the clause; the court against the decree's owner) reach their entries;
   - a state's forces clashing with a crowd ("protesting miners", "striking nurses", "supporters of the ousted
     president") repress it (175) and the crowd riots (145): both sides are coded;
   - a one-word name the tagger reads as a person, or a name in apposition to a place, taken by force is a place (192);
   - a ranked noun restating its clause's act ("in what is the largest seizure", "marking the first visit") and a
     participle with its verb's own code ("convicts two, finding them guilty") are no second event.
25. Real news, session 3, third round (2026-11-27):
   - a weapon that is a casualty verb's subject is fired, never supplied ("a Russian missile killed five": 195, drones
     and rockets 195, artillery and tanks 194); "killed in Sudan's civil war" (a lasting war, no agent) is no new act;
   - drone strikes are 1952, and every 194x/195x/196x code keeps its kind of force against civilians (no 1823);
   - support verbs do not look through "of" into quantities and circumstances ("the total number of peacekeepers",
     "the interception of two missiles", "in the wake of the shooting"); an event noun named only as the time around
     it ("in the wake / on the eve of the talks") is the setting; "responded / retaliated with airstrikes", "ramped up",
     "masterminded", "spearheaded", "returned (an indictment)", "entered into", "concluded", "reached" are support verbs;
   - a hedged event noun ("possible talks", "a potential deal", "the proposed summit") is hypothetical;
   - an event named by its date or year ("since the October 7 attacks", "the 2021 coup") or a toll dated by a year
     ("killed five people in October 2022") is background, not a new act ("Tuesday's attack" stays one);
   - an announced trip or visit is an intent to meet (036); "a call with X" is a conversation (041), "a call for" an
     appeal; a blockade of roads obstructs passage (144); a withdrawal from an agreement or body cuts ties (160), from
     talks walks out (164), not a retreat (0874).
26. Fresh briefs, session 4 (2026-11-27): events the pipeline lost.
   - a bare participle conjoined to a passive is passive ("was convicted of treason and sentenced to nine years", "was
     freed and later kidnapped", a past-tense tag too for a verb that takes a patient); the raised subject of "is
     reported / said / believed to have been killed" is the patient; "are claimed to have been killed" is no claim;
     the patient of "after being arrested" is the clause's subject (or the active clause's object); a conjoined verb
     of the same code with no subject or object of its own is the same act ("was arrested and charged": one event);
   - an event noun joined to a bare modifier noun takes the phrase's owner and target ("Turkish drone and artillery
     attacks on X"); a demonym on the weapon modifying an act noun names the doer ("Russian drone strikes",
     "North Korean missile launches"); the subject of "suffered / sustained" an attack is its target; an attack or a
     weapon that "targets" something is an attack with no coded actor hit; a verb's -ing noun with a coded "of"
     patient is the verb's act ("Iran's jailing of two French citizens"); talks named in a circumstance of a
     compound subject are between its members ("X and Y signed a deal after talks in Z");
   - headline verbs read as nouns: the object hung as an apposition before circumstances ("Pakistan expels Afghan
     diplomats after ..."), a country name tagged an adjective, two joined names as a plural subject ("Thailand
     and Cambodia exchange fire"), a prefixed verb ("test-fires"), the subject's article hung on the object, a
     court phrase whose verb the parser put in an apposition ("A court in X sentences Y to ...");
   - a lexicon entry may say `no_event: true`: the sense it matches codes nothing, whatever the target fallbacks
     find ("outlawed abortion in the state").
27. Fresh briefs, session 5 (2026-11-28): parse shapes that lost acts (tests/events/test_frames_s5.py).
   - headline verbs: an instrument subject hung with the verb on the object noun ("Blasts rock Jalalabad"), a verb with
     its own subject hung on its object ("Twin blasts rock Kabul"); shots fired "at" something are gunfire, not pictures;
   - the members a coalition noun lists ("a coalition consisting of Belgium, France and ...") act each; a finite verb
     joined to the gerund of a preposition's complement ("accuses X of sponsoring terror and expels two diplomats") is
     the main clause's act; fire a demonym or a group owns ("killed by Israeli fire") is gunfire (190), a blaze is not;
     "X is / remains in talks with Y" is X's;
   - no act: the casualty participle of an accident verb ("a ship collided with a tanker, killing one"), or a relative
     clause the parser hung on an accident's date ("the blaze in January, which killed 78").

Modality is one value, the first that applies of: conditional, hypothetical, threat, intent,
reported, act; `flags` lists every one that applies (plus "negated", "refusal").
The date is read from the sentence (see `eventwire.events.dates`), preferring date phrases attached to
the trigger. Confidence grows with coded actors and specific lexicon entries.

Where the rules live (this module keeps `EventCoder`, `code_events` and the per-sentence orchestration,
including the "X said Y must ..." demands of rule 9 and failed attempts):
    common.py     the `Frame` under construction, the `ActorLookup` protocol, word lists and switches
    arguments.py  sources and targets: subjects, passives, control, compound and co-owned actors,
                  places for countries, deep targets, datelines (rules 1, 8, 11, 16, 17)
    frames.py     triggers: verbs, support verbs + nouns, deverbal nouns, predicate adjectives,
                  composition, misread headline verbs (rules 1-3, 9, 12, 15, 17, 18, 21, 22, 23, 24, 25, 27)
    modality.py   negation, future/intent, modals, conditions, schedules, reported speech, purposes
                  (rules 4-7, 14, 23, 25)
    refine.py     context refinements: who attacks whom, weapons, riots, occupation, trade sanctions,
                  alleged and charged acts (rules 12, 13, 17, 18, 22, 23, 25)
    emit.py       frame -> Event records: last guards, target fallbacks, flags, confidence, dates,
                  source/target pairs (rules 4, 8, 10, 11, 15, 16)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from eventwire.events.codebook import Codebook, load_codebook
from eventwire.events.common import ARMED_FORCE_WORDS, HAZARD_WORDS, PLAN_NOUNS, ActorLookup, Frame
from eventwire.events.emit import events_of
from eventwire.events.frames import _SentenceCoder, gerund_candidate, restated
from eventwire.events.lexicon import Lexicon, load_lexicon
from eventwire.events.modality import Modality, _demand_mode, _under_speech, first_conjunct, modality_of
from eventwire.events.refine import crowd
from eventwire.nlp import doc_tokens, sentence_spans, token_children
from eventwire.records import Article, Event, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Re-exported: the coder's public names from before the split into modules.
__all__ = ["ActorLookup", "EventCoder", "Frame", "Modality", "code_events", "modality_of"]


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
        marks = _TokenMarks(doc, self.lex)
        for si, sent in enumerate(sentence_spans(doc)):
            sc = _SentenceCoder(self.lex, actors)
            frames: list[Frame] = []
            toks = doc_tokens(doc)[sent.start : sent.end]  # the document's shared tokens (`doc_tokens`)
            first = sent.start
            verbs = [toks[i - first] for i in marks.in_range(marks.verb_like, first, sent.end)]
            # Outer clauses first, so a composing verb claims its complement before it is coded alone.
            # Headline verbs the parser read as nouns ("Hamas fires rockets at ..."): coded as verbs too.
            verbs += sc.misread_verbs(toks)
            verbs.sort(key=lambda t: (marks.depth[t.i], t.i))
            for v in verbs:
                if v.i in sc.consumed or _opening_noun_read_as_command(v, toks):
                    continue
                f = sc.verb_frame(v)
                if f is not None:
                    sc.consumed.add(v.i)
                    frames.append(f)
                frames += sc.extra  # conjoined complements of a composing verb
                sc.extra = []
            for i in marks.in_range(marks.nouns, first, sent.end):
                if i in sc.consumed:
                    continue
                n = toks[i - first]
                if not marks.noun_trigger(i) and not gerund_candidate(n):
                    continue
                f = sc.noun_frame(n)
                if f is not None and f.nominal and f.code == "0871" and not _takes_effect(n):
                    continue  # "the next phase of its ceasefire with Israel", "the truce ... is due to expire": a mention
                if f is not None:
                    sc.consumed.add(n.i)
                    frames.append(f)
            frames += self._coordinated_nouns(frames, sc)
            # "was arrested and charged with murder", "arrest and charge two men": a conjoined verb of the same code with
            # no object of its own is the same act told twice (one event per actor pair and act)
            frames = [f for f in frames if not (f.composed is None and not f.nominal and f.anchor.dep_ == "conj" and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token_children(f.anchor)) and any(
                g is not f and g.code == f.code and not g.nominal and g.anchor.i in _conj_chain(f.anchor)
                and not (_has_object(f.anchor) and _has_object(g.anchor)) for g in frames))]
            if any(f.code.startswith("1724") for f in frames) and any(t.lemma_.lower() in HAZARD_WORDS for t in sent):
                # "declared a state of emergency as Tropical Storm Barry approached": disaster relief, no event
                frames = [f for f in frames if not f.code.startswith("1724")]
            if len(frames) > 1:
                # "seized 30 tonnes of cocaine in what is the largest seizure", "arrives in Algiers, marking the first
                # papal visit": a ranked noun restating an act of the same root coded by a verb is no second act;
                # "convicts two activists, finding them guilty": nor is a participle clause with its verb's own code
                frames = [f for f in frames if not (f.trigger[-1].pos_ == "NOUN" and restated(f.trigger[-1]) and any(
                    g is not f and g.code[:2] == f.code[:2] for g in frames)) and not (
                    f.anchor.dep_ == "advcl" and f.anchor.tag_ == "VBG" and any(
                        g is not f and g.code == f.code and g.anchor.i in _governors(f.anchor) for g in frames))]
            if len(frames) > 1:
                frames = _merge_protest_purpose(frames, sc)
            # "police clashed with protesting miners": the repression and the riot (the participle's own protest, coded
            # by the arguments stage, stays: tests/events/test_args_s3.py)
            frames += [c for f in frames for c in [_clash_counterpart(f)] if c is not None]
            frames = [self._demand_frame(f, sc) for f in frames]
            frames += self._bare_demands([toks[i - first] for i in marks.in_range(marks.verbs, first, sent.end)
                                          if i in marks.has_aux], sc, frames)
            for f in frames:
                self._failed_attempt(f)
                self._announced_move(f)
            coded = [(f, events_of(f, sc, self.lex, self.codebook, article, si, sent, statements)) for f in frames]
            for f, evs in coded:
                if f.rule.endswith("_willingness") and any(
                        g is not f and _willed(g, f) and any(not e.negated and not e.hypothetical for e in gevs)
                        for g, gevs in coded):
                    # "expressed its willingness to mediate", "confirmed his readiness to hold talks": the act the
                    # intent names is the event (coded as intended), the verb that makes the intent public no second one
                    continue
                for ev in evs:
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

    def _bare_demands(self, verbs: Sequence[Token], sc: _SentenceCoder, frames: list[Frame]) -> list[Frame]:
        """'Russia said Sudan must return the helicopter': a demand even when the act is not in the lexicon.

        `verbs` are the sentence's verbs and auxiliaries with an auxiliary of their own, in order (a demand's modal
        hangs on its verb: "must return")."""
        taken = {f.anchor.i for f in frames} | {t.i for f in frames for t in f.trigger}
        out = []
        for v in verbs:
            if v.i in taken or v.i in sc.consumed:
                continue
            mode = _demand_mode(v)
            if mode is None:
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

    def _coordinated_nouns(self, frames: list[Frame], sc: _SentenceCoder) -> list[Frame]:
        """'carried out arrests and deportations', 'airstrikes and shootings': each conjoined event noun is an act.

        The conjunct shares the first noun's verb, subject and target unless it has its own; a conjunct of the
        same code, or one whose code refines or is refined by the first ("sanctions and tariffs"), is the same act.
        """
        out: list[Frame] = []
        for f in frames:
            if f.composed is not None:
                continue
            for tok in list(f.trigger):
                if tok.pos_ not in ("NOUN", "PROPN"):
                    continue
                m = sc.match_noun(tok)
                if m is None or m[1] != f.code:
                    continue  # "intercepted missiles and drones": the verb's act, its objects are no events of their own
                for c in tok.conjuncts:
                    if c.i <= tok.i or c.pos_ not in ("NOUN", "PROPN"):
                        continue
                    alone = next((g for g in frames if g is not f and g.nominal and g.trigger == [c]), None)
                    if alone is not None and not alone.sources and not (
                            alone.code.startswith(f.code) or f.code.startswith(alone.code)):
                        # "carried out arrests and deportations": coded alone the conjunct had no one acting
                        alone.sources = list(f.sources)
                        alone.targets = alone.targets or list(f.targets)
                        alone.anchor, alone.nominal = f.anchor, f.nominal
                        alone.rule += "+conj"
                        continue
                    if c.i in sc.consumed:
                        continue
                    governor = f.anchor if not f.nominal and f.anchor.pos_ in ("VERB", "AUX") and f.anchor.i != tok.i \
                        and sc.verb_lemma(f.anchor) in self.lex.support_verbs else None
                    nf = sc.noun_frame(c, governor=governor)
                    if nf is None:
                        continue
                    sc.consumed.add(c.i)
                    codes = [f.code, *(g.code for g in out)]
                    if any(nf.code.startswith(k) or k.startswith(nf.code) for k in codes):
                        continue  # "sanctions and tariffs", "missile and drone strikes": one act
                    if not nf.sources:
                        nf.sources = list(f.sources)
                    if not nf.targets:
                        nf.targets = list(f.targets)
                    nf.anchor = f.anchor
                    nf.nominal = f.nominal
                    nf.rule += "+conj"
                    out.append(nf)
        return out

    def _failed_attempt(self, f: Frame) -> None:
        """'X and Y failed to reach agreement': a failed cooperative act is coded as a rejection."""
        a = f.anchor
        if a.dep_ == "xcomp" and a.head.lemma_.lower() == "fail" and f.code[:2] in ("03", "04", "05", "06") and f.composed is None:
            f.code = self.lex.compose_code("reject", f.code)
            f.composed = "reject"
            f.rule += "+failed"


    def _announced_move(self, f: Frame) -> None:
        """'Russia will deploy new missiles this year', 'plans to hold drills': an announced move of forces (15x) is a
        statement of intent with no CAMEO intent code of its own (010), not a threat; a vowed or threatened move is
        composed by its verb and keeps 138."""
        if f.composed is not None or f.code[:2] != "15":
            return
        m = modality_of(f.anchor, self.lex)
        if (m.future or m.intent) and not (m.negated or m.hypothetical or m.conditional):
            f.code, f.composed, f.rule = "010", "intent", f.rule + "+announced"
            f.requires_target = False


#: Verbs of a truce beginning: "a ceasefire between X and Y took effect / came into force / began".
START_VERBS = frozenset(["take", "come", "go", "enter", "begin", "start", "commence", "kick"])


#: Verbs of a fight between two sides that are each other's targets.
CLASH_VERBS = frozenset(["clash", "scuffle", "brawl", "skirmish"])
#: Heads of a state's forces of order: in a clash with a crowd they repress it (175) as it riots (145).
#: A state's armed forces (`common.ARMED_FORCE_WORDS`) with its police and guards; not the fighters of other sides.
ORDER_FORCE_WORDS = ARMED_FORCE_WORDS | {"police", "policeman", "officer", "military", "gendarme", "gendarmerie", "guard",
                                         "security", "personnel", "cop"}


def _willed(g: Frame, f: Frame) -> bool:
    """`g` is the act in the infinitive of the noun of intent that the verb of `f` takes as its object ("expressed its
    willingness to mediate": mediate)."""
    nouns = {c.i for c in token_children(f.anchor) if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PLAN_NOUNS}
    t = first_conjunct(g.anchor)
    if t.pos_ == "NOUN" and t.dep_ in ("dobj", "obj"):
        t = first_conjunct(t.head)  # "readiness to hold talks": the noun's support verb
    # the infinitive itself, not an aim further down ("willingness to join a coalition to secure the strait")
    return t.dep_ in ("acl", "relcl") and t.head.i in nouns


def _governors(tok: Token) -> set[int]:
    """The verb a participle clause hangs on, and the verb that one is conjoined to ("convicts three and acquits five,
    finding them guilty")."""
    head = tok.head
    return {head.i, head.head.i} if head.dep_ == "conj" else {head.i}


#: Verbs of a protest's purpose clause ("blocked the highway to protest against the levy").
PROTEST_PURPOSE_VERBS = frozenset(["protest", "demonstrate", "oppose", "denounce", "condemn", "decry"])
#: Verbs of a demand made by a protest ("blocked roads to demand the governor's resignation"): the demand stays an event
#: of its own, and whom it is made of is the protest's target too.
DEMAND_PURPOSE_VERBS = frozenset(["demand"])


def _merge_protest_purpose(frames: list[Frame], sc: _SentenceCoder) -> list[Frame]:
    """A protest act with a purpose clause of protest is one protest: "farmers blocked the highway to protest against
    the new levy", "thousands took to the streets to protest the verdict", "crowds gathered outside parliament to
    demonstrate against the reform", "students occupied the campus to oppose the cuts". The act (the road block, the
    march) is the event; what the clause protests against is its target; the clause is no second protest, nor a
    rejection or a condemnation of its own."""
    out: list[Frame] = []
    for f in frames:
        a = f.anchor
        if f.code[:2] in ("10", "11", "12", "14") and not f.nominal and a.dep_ in ("advcl", "xcomp") \
                and a.lemma_.lower() in PROTEST_PURPOSE_VERBS | DEMAND_PURPOSE_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(a)):
            # a protest verb only ("protests are held at X to protest Y" may code a protest per place)
            host = next((g for g in frames if g is not f and g.code[:2] == "14" and not g.nominal
                         and not g.rule.startswith(("n.", "w.n.")) and g.anchor.i == a.head.i), None)
            if host is not None:
                if f.targets or f.extra_target_refs:
                    # what the clause protests outranks the place of the act ("rallied outside the embassy to protest
                    # the verdict")
                    host.targets = list(f.targets)
                    host.extra_target_refs = list(f.extra_target_refs)
                if a.lemma_.lower() in PROTEST_PURPOSE_VERBS:
                    continue
        out.append(f)
    return out


def _clash_counterpart(f: Frame) -> Frame | None:
    """'police clashed with protesting miners': the real-news gold codes both sides of a clash between a state's forces
    and a crowd, the repression (175) and the riot (145); the frame of one side gets the other side's act."""
    if f.composed is not None or f.anchor.lemma_.lower() not in CLASH_VERBS or f.code[:2] not in ("14", "17", "18", "19"):
        return None
    force = lambda toks: any(t.lemma_.lower() in ORDER_FORCE_WORDS for t in toks)  # noqa: E731
    if f.targets and all(crowd(t) for t in f.targets) and force(f.sources):
        code = "145"  # the crowd riots against the forces that repress it
    elif f.sources and all(crowd(s) for s in f.sources) and force(f.targets):
        code = "175"  # the forces repress the crowd that clashed with them
    else:
        return None
    return Frame(code=code, rule=f.rule + "+side", anchor=f.anchor, trigger=list(f.trigger), sources=list(f.targets),
                 targets=list(f.sources), specific=True)


def _conj_chain(tok: Token) -> set[int]:
    """The verbs a conjoined verb hangs on ("arrested, charged and jailed": "jailed" -> "charged", "arrested")."""
    out: set[int] = set()
    while tok.dep_ == "conj" and len(out) < 6:
        tok = tok.head
        out.add(tok.i)
    return out


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in token_children(verb))


def _opening_noun_read_as_command(v: Token, sent: Sequence[Token]) -> bool:
    """A capitalised base-form verb opening the sentence with a plural object right after it ("Aid lorries from Jordan
    reach Gaza", "Aid barges from Cyprus dock at the pier", parsed as "Aid [the] lorries"): news does not open with a
    command, so the first two words are a noun phrase and the first word is no act."""
    if v.tag_ != "VB" or v.i != sent[0].i or not v.text[:1].isupper() or len(sent) < 3:
        return False
    obj = sent[1]
    return obj.tag_ == "NNS" and obj.head.i == v.i and obj.dep_ == "dobj"


def _takes_effect(noun: Token) -> bool:
    """A ceasefire noun standing alone is an event only as the subject of its beginning ("came into effect")."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in START_VERBS


#: Steps up the tree `_TokenMarks.depth` counts at most (a parse is a tree; the cap guards a malformed one).
MAX_DEPTH = 50


class _TokenMarks:
    """What the sentence loop asks of every token, read once per document from spaCy's attribute arrays.

    The loop tests each token's part of speech, the words of each noun and whether it has modifiers, and the depth
    of each verb; through Token objects every one of these builds new objects (a Token per child or head walked, a
    string per attribute read), while one `Doc.to_array` holds them all as numbers. The tests give the same answers
    as the Token attributes they replace (`pos_`, `tag_`, `dep_`, `lemma_`, `lower_`, `children`, `head`).
    """

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        import numpy  # with spaCy: imported when a document is coded, not when the package is
        from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
        from spacy.parts_of_speech import IDS as POS_IDS

        self.lex = lex
        self.strings = doc.vocab.strings
        n = len(doc)
        arr = doc.to_array([POS, TAG, DEP, HEAD, LEMMA, LOWER]) if n else numpy.zeros((0, 6), dtype=numpy.uint64)
        arr = arr.reshape((n, 6))
        pos, tag, dep = arr[:, 0], arr[:, 1], arr[:, 2]
        self.lemma: list[int] = arr[:, 4].tolist()
        self.lower: list[int] = arr[:, 5].tolist()
        index = numpy.arange(n, dtype=numpy.int64)
        head = numpy.ascontiguousarray(arr[:, 3]).view(numpy.int64) + index  # stored relative to the token
        verb = numpy.isin(pos, (POS_IDS["VERB"], POS_IDS["AUX"]))
        vb_tags = [h for h in numpy.unique(tag).tolist() if self.strings[h].startswith("VB")]
        root_noun = (pos == POS_IDS["NOUN"]) & (dep == self.strings["ROOT"]) & numpy.isin(tag, vb_tags)
        #: Token indices in order: verbs and auxiliaries; those and root "nouns" with a verb's tag; nouns and names.
        self.verbs = numpy.flatnonzero(verb)
        self.verb_like = numpy.flatnonzero(verb | root_noun)
        self.nouns = numpy.flatnonzero(numpy.isin(pos, (POS_IDS["NOUN"], POS_IDS["PROPN"])))
        child = head != index  # a root is its own head, never its own child
        modifier = child & numpy.isin(dep, (self.strings["compound"], self.strings["amod"]))
        #: Tokens with a compound or adjective modifier, and with an auxiliary.
        self.has_mod = set(head[modifier].tolist())
        self.has_aux = set(head[child & (dep == self.strings["aux"])].tolist())
        self.depth = self._depths(head, index)
        self._noun_lemma: dict[int, bool] = {}
        self._noun_lower: dict[int, bool] = {}

    @staticmethod
    def _depths(head: Any, index: Any) -> list[int]:
        """Steps from each token up to the root of its sentence (at most `MAX_DEPTH`)."""
        import numpy

        depth = numpy.zeros(len(index), dtype=numpy.int64)
        cur = index
        for _ in range(MAX_DEPTH):
            up = head[cur]
            moving = up != cur
            if not moving.any():
                break
            depth += moving
            cur = numpy.where(moving, up, cur)
        out: list[int] = depth.tolist()
        return out

    @staticmethod
    def in_range(indices: Any, start: int, end: int) -> list[int]:
        """The indices in [start, end) of a sorted index array."""
        lo, hi = indices.searchsorted((start, end))
        out: list[int] = indices[lo:hi].tolist()
        return out

    def noun_trigger(self, i: int) -> bool:
        """Whether noun `i` may head a nominal act: its lemma or word is a noun entry or its lemma a noun of action,
        or it has a compound or adjective modifier (which may name the act: "peace talks")."""
        if i in self.has_mod:
            return True
        lemma = self._noun_lemma.get(self.lemma[i])
        if lemma is None:
            word = self.strings[self.lemma[i]].lower()
            lemma = self._noun_lemma[self.lemma[i]] = word in self.lex.nouns or word in self.lex.deverbal
        if lemma:
            return True
        lower = self._noun_lower.get(self.lower[i])
        if lower is None:
            lower = self._noun_lower[self.lower[i]] = self.strings[self.lower[i]] in self.lex.nouns
        return lower


_DEFAULT: EventCoder | None = None


def code_events(doc: Doc, article: Article, actors: ActorLookup | None, statements: Sequence[Statement] = ()) -> list[Event]:
    """Code the events of a parsed article with the shipped lexicon and codebook."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = EventCoder()
    return _DEFAULT.code(doc, article, actors, statements)
