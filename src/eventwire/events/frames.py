"""Finding event frames: verb and noun triggers matched against the lexicon, support verbs with nominal
triggers, deverbal nouns, predicate adjectives, and composition (threats, intents, appeals, demands,
refusals) that wraps an embedded act. Arguments come from `_ArgumentReader`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from eventwire.events.arguments import (
    ADOPT_VERBS,
    CROWD_NUMBERS,
    OWN_POSSESSIVES,
    _ArgumentReader,
    _conj_chain,
    _stray_particle,
)
from eventwire.events.common import (
    ACCEPT_VERBS,
    ACCIDENT_VERBS,
    ADJ_PREDICATES,
    ARMED_ENCOUNTER,
    ARMED_SECTORS,
    ARMED_SENSE_NOUNS,
    ARMED_WORDS,
    ATTEMPT_NOUNS,
    CAPTIVITY_VERBS,
    CARRIER_NOUNS,
    CASUALTY_VERBS,
    CESSATION_VERBS,
    CONFLICT_ROOTS,
    CONSIDER_VERBS,
    COOP_ACT_ROOTS,
    CRITIC_WORDS,
    CURRENCY_NOUNS,
    DIRECTIVE_VERBS,
    ENT_ACTOR_LABELS,
    ENVOY_NOUNS,
    EXPLODE_VERBS,
    FIGURATIVE_BATTLES,
    FIRE_VERBS,
    FRAME_PREPS,
    GATHER_VERBS,
    HOME_PRICE_WORDS,
    INTENT_ADJ,
    INTRUDER_WORDS,
    LEMMA_FIXES,
    MEANS_MODIFIERS,
    NAME_LABELS,
    NATURAL_HAZARDS,
    NATURAL_STRIKERS,
    NONPOLITICAL_OBJECTS,
    OBJ_DEPS,
    OBJECT_CONTROL,
    OCCUR_VERBS,
    RACE_WORDS,
    REFLEXIVE_WORDS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    RESULT_VERBS,
    SOVEREIGN_OBJECTS,
    SUBORDINATORS,
    TOWN_NOUNS,
    TRAVELLING_THINGS,
    UNDER_FIRE,
    UNDERGO_VERBS,
    ActorLookup,
    Frame,
    accident_verb,
    armed_context,
    clause_like,
    disaster_noun,
    gunfire,
    hazard_verb_accident,
    nature_blow,
    vehicle_mishap,
    violence_cue,
)
from eventwire.events.lexicon import Lexicon, NounEntry, VerbEntry
from eventwire.events.modality import MEASURE_NOUNS, _negated, _under_speech, plan_owner
from eventwire.events.refine import (
    HYPHEN_PREFIXES,
    MISSILE_WORDS,
    PROTEST_PARTICIPLES,
    _alleged,
    _refine_by_context,
)
from eventwire.nlp import doc_tokens, token_children
from eventwire.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Nouns of an act that name its doer: "a suicide bomber killed nine" (the bomber bombed; `w.n.bomber`).
ATTACKER_ACT_NOUNS = frozenset(["bomber"])
#: Particles the parser may read as an adverb right before or after the verb's object ("pushed back the rebels",
#: "pushed the rebels back").
ADVERB_PARTICLES = frozenset(["back", "out", "off", "down", "away"])
#: Destinations that are no host to visit: "headed to the front line", "headed to the border".
FRONT_WORDS = frozenset(["line", "front", "frontline", "front-line", "border", "frontier", "scene", "battlefield", "trench"])
#: The running sums news counts reach: "bringing the nationwide total of cases to 900,000" brings no charges.
SUM_NOUNS = frozenset(["total", "tally", "toll", "count", "figure", "number"])
#: What a weapon or a trading ship carries is its payload or cargo, no aid: "missiles carrying cluster warheads".
PAYLOAD_CARRIERS = frozenset(["missile", "rocket", "drone", "bomb", "projectile", "warhead", "shell", "freighter", "tanker",
                              "bulker", "carrier"])
#: Ships in trade: "a cargo ship", "a merchant vessel".
TRADE_SHIP_WORDS = frozenset(["cargo", "merchant", "container", "bulk", "commercial"])
#: A state's own holdings of goods: "increase its stockpile of artillery shells" gives them to no one.
OWN_STOCK_NOUNS = frozenset(["stockpile", "arsenal", "stock", "inventory", "production", "output", "manufacture",
                             "manufacturing", "reserve"])
#: The cooperative roots (appeals to yielding) whose acts a participle describing people does not tell.
COOPERATION_ROOTS = frozenset(["01", "02", "03", "04", "05", "06", "07", "08", "09"])
#: Plain people a participle may describe: "people seeking asylum", "nationals traveling to the UK".
GENERIC_PEOPLE = frozenset(["people", "person", "national", "citizen", "resident", "individual", "migrant", "refugee",
                            "foreigner", "traveller", "traveler", "passenger", "tourist", "visitor", "family", "civilian",
                            "immigrant", "pilgrim", "seeker", "asylum-seeker", "worker", "student", "child", "woman", "man"])
#: Verbs of going somewhere, read as a visit (042).
TRIP_RULES = frozenset(["v.travel_to", "v.arrive", "w.head_to"])
#: A candidate's run for office: "suspends his presidential campaign".
CANDIDACY_NOUNS = frozenset(["campaign", "bid", "candidacy", "run", "candidature"])
#: Contests and shows a state or a team may pull out of: leaving one ("withdrew from the Commonwealth Games", "pulled
#: out of the song contest") reduces no relations with the body behind it (see `_object_in_other_sense`).
CONTEST_NOUNS = frozenset(["game", "games", "olympics", "olympiad", "cup", "championship", "championships", "tournament",
                           "contest", "competition", "race", "rally", "match", "final", "finals", "qualifier",
                           "festival", "pageant", "expo", "exhibition", "fair", "show", "award", "awards", "series"])
#: Verb entries of a state leaving a body (160): none of them when what is left is a contest.
LEAVE_BODY_ENTRIES = frozenset(["v.withdraw_from_named_org", "v.leave_named_org", "v.withdraw_from_org", "v.pull_out_org",
                                "v.quit_org", "v.exit_org", "v.leave_org"])
#: Calls that are no contact between two sides: "police received an emergency call".
SERVICE_CALL_WORDS = frozenset(["emergency", "distress", "911", "999", "112", "sos", "rescue", "hotline", "service"])
#: A probe sent into space is a craft, not an inquiry: "a lunar probe launched in 2019".
SPACECRAFT_WORDS = frozenset(["space", "lunar", "solar", "planetary", "interplanetary", "robotic", "unmanned", "uncrewed",
                              "mars", "moon", "venus", "jupiter", "saturn", "asteroid", "comet", "orbital", "deep-space"])
#: Verbs a launched weapon does to what it reaches ("a drone fired from X damages a school in Y").
STRUCK_BY_WEAPON_VERBS = frozenset(["hit", "strike", "damage", "destroy", "kill", "injure", "wound", "target"])
#: Verbs of stopping a projectile in flight: its firer aimed it at the one who stopped it.
INTERCEPT_VERBS = frozenset(["intercept", "shoot", "down", "repel", "destroy", "neutralise", "neutralize"])
#: Words after which a new clause (and its subject) may begin: the subordinators, "that", "and", "but", concessions,
#: "amid" and the punctuation between clauses ("after Cambodia shells ...", "as Russia strikes").
CLAUSE_OPENERS = SUBORDINATORS | {"that", "and", "but", "amid", "whereas", "though", "although", "if", ",", ";", ":", "--",
                                  "—", "–"}


#: Nouns of a stage or an aspect of an event: "announced the completion phase of the war" is no war begun, "marked the
#: end of the talks" no talks held (a support verb does not look through them to the event noun).
STAGE_NOUNS = frozenset(["phase", "stage", "end", "cessation", "halt", "completion", "anniversary", "aftermath", "outcome", "result", "history",
                         "cost", "toll", "scale", "extent", "details", "detail", "terms", "text", "memory", "legacy",
                         "victim", "impact", "effect", "consequence", "lesson", "record", "footage", "image", "report",
                         # quantities and circumstances: "the total number of peacekeepers", "in the wake of the shooting"
                         "number", "total", "tally", "count", "level", "rate", "share", "proportion", "percentage",
                         "wake", "midst", "interception", "downing"])
#: Verbs that make a visit named as their object a plan, not a trip made: "announced a trip to China".
ANNOUNCE_VERBS = frozenset(["announce", "unveil", "plan", "schedule"])
#: Ways of passage: a blockade of them obstructs traffic (144), as protesters' and farmers' blockades do.
ROAD_WORDS = frozenset(["road", "highway", "motorway", "street", "bridge", "railway", "rail", "crossing", "junction",
                        "roundabout", "intersection", "freeway", "expressway", "route", "track"])
#: Craft named by their role in combat ("an attack submarine", "strike fighters", "assault boats"): the role word is
#: part of the craft's name, no act.
CRAFT_NOUNS = frozenset(["submarine", "helicopter", "aircraft", "jet", "plane", "boat", "craft", "fighter", "drone",
                         "ship", "vessel", "warship", "bomber", "dog"])
ROLE_MARK_NOUNS = frozenset(["attack", "strike", "assault"])
#: Verbs and modifiers of an act only rehearsed ("drills simulating a strike", "a mock invasion").
SIMULATE_VERBS = frozenset(["simulate", "rehearse", "mimic"])
MOCK_WORDS = frozenset(["mock", "simulated", "simulation", "rehearsal", "practice", "dummy"])
#: Verbs and nouns of a regulator's leave to use a product: "approves a nasal vaccine", "authorizes the use of
#: vaccines for children", "grants approval of a drug" admit the product to the market; nothing is given to anyone.
REGULATORY_VERBS = frozenset(["approve", "authorize", "authorise", "license", "licence", "certify", "register", "clear"])
REGULATORY_NOUNS = frozenset(["approval", "authorization", "authorisation", "licence", "license", "licensing",
                              "certification", "registration", "clearance", "use"])
#: Agreements and bodies that a party withdraws from (160), as "withdrew from the treaty" is coded.
PACT_WORDS = frozenset(["agreement", "accord", "deal", "pact", "treaty", "convention", "alliance", "organization",
                        "organisation", "union", "council", "court", "bloc", "partnership", "framework", "protocol"])
#: Negotiations that a party walks out of (164).
TALK_WORDS = frozenset(["talk", "negotiation", "dialogue", "process"])
#: Nouns of a time after or around an act: "in the wake of the shooting" names the act as the setting.
CIRCUMSTANCE_NOUNS = frozenset(["wake", "aftermath", "midst", "run-up", "eve", "anniversary"])
#: Verbs of warning that, about the warned party's own peaceful act, only advise ("warned citizens against travelling").
ADVISE_VERBS = frozenset(["warn", "caution"])
#: Roots of hostile words (09-13): warning someone against them is not mere advice either.
HOSTILE_WORD_ROOTS = frozenset({"09", "10", "11", "12", "13"})
#: Words of a harm dealt by someone in a warning's clause ("will face consequences", "would pay a price", "there could be
#: war"): the warning threatens it (see `_SentenceCoder._risk_warning`).
WARNING_THREAT_WORDS = frozenset(["consequence", "price", "pay", "retaliation", "retaliate", "retaliatory", "response",
                                  "respond", "repercussion", "punish", "punishment", "revenge", "reprisal", "countermeasure",
                                  "retribution", "regret", "war", "conflict", "attack", "strike", "force", "military",
                                  "action", "measure", "sanction", "destroy", "destruction", "annihilate", "wipe",
                                  "escalation", "escalate", "invade", "invasion", "fire", "weapon", "bomb",
                                  "missile", "rocket", "drone", "target", "range", "troop"])
#: Pronouns a warning's clause may name its speaker's own side with ("warned that it would respond").
SPEAKER_SIDE_PRONOUNS = frozenset(["it", "we", "they", "he", "she", "i", "us"])
#: States that last, and the spans of time that make them the setting: "after 67 years of occupation", "decades of war".
LASTING_STATES = frozenset(["war", "conflict", "hostility", "fighting", "occupation", "siege", "blockade", "embargo", "rule",
                            "unrest", "violence", "isolation", "sanction"])
DURATION_WORDS = frozenset(["year", "decade", "month", "week", "day", "century", "generation", "hour"])
#: Verbs of contests that an election context makes a result, not an act: "beating the CDU candidate".
CONTEST_VERBS = frozenset(["beat", "receive", "defeat", "crush", "trounce", "rout"])
#: Words of elections and votes.
ELECTION_WORDS = frozenset(["election", "vote", "runoff", "run-off", "ballot", "poll", "primary", "referendum", "candidate",
                            "term", "seat", "electoral", "reelection", "re-election", "voter"])
#: Nouns of a state of war, and the prepositions that make them the setting of a sentence ("amid the war").
STATE_OF_WAR = frozenset(["war", "conflict", "hostility", "fighting"])
BACKGROUND_PREPS = frozenset(["amid", "amidst", "during", "since", "throughout", "despite", "before", "after", "following"])
#: Verbs of an event's beginning or end: "since the war began / broke out / ended" dates the sentence.
BACKGROUND_VERBS = frozenset(["begin", "start", "break", "erupt", "end", "escalate", "outbreak", "take", "resume"])
#: Legal acts a court does to a person, and the courts a passive of them may name with "in" or "before".
COURT_ACT_VERBS = frozenset(["sentence", "indict", "charge", "convict", "try", "fine", "jail", "imprison"])
COURT_NOUNS = frozenset(["court", "tribunal"])
#: Bodies named with their place before a plain headline verb as well as `PLACED_AGENTS`: "A tribunal in Ruritania
#: sentences ..." (`_verb_after_placed_agent`).
PLACED_COURTS = COURT_NOUNS | {"judge"}
#: Parts of speech an object may open with after a bare body's misread verb ("fines Acme", "fines the firm").
BARE_AGENT_OBJECT_OPENERS = frozenset(["PROPN", "DET", "NUM", "ADJ"])
#: Verbs of intent that take an infinitive, which the parser may read as a root noun after a name ("The Rangers vow to
#: storm the capital"): `_vow_read_as_noun`.
INFINITIVE_HEAD_VERBS = frozenset(["vow", "pledge", "promise", "threaten", "plan", "volunteer", "offer", "refuse",
                                   "decide", "agree", "seek"])
#: People who act for a state or under arms, named with their place before a plain headline verb: "Police in Ruritania
#: detain 40 people" (`_verb_in_place_phrase`).
PLACED_AGENTS = ARMED_WORDS | {"authority", "official", "agent", "prosecutor", "investigator", "guard"}
#: Nouns plural in sense without a plural ending: "Kenyan police probe killing", "Gaza people flee".
PLURAL_NOUNS = frozenset(["police", "people", "personnel", "clergy", "youth"])
#: Nouns of a group whose members act: "a contingent of peacekeepers arrived", "a group of nurses went on strike".
GROUP_NOUNS = frozenset(["contingent", "group", "batch", "team", "unit", "detachment", "battalion", "company", "convoy",
                         "column", "delegation", "crowd", "number", "hundred", "thousand", "dozen", "hundreds", "thousands",
                         "dozens", "band"])
#: Modals that, before a perfect ("may have lost"), guess at what has happened.
GUESS_MODALS = frozenset(["may", "might", "could"])


#: Verbs and participles that tell what caused a crash ("crashed after being hit by a missile", "was downed"): with
#: `violence_cue` words in an accident clause they make the crash an attacker's work.
CRASH_CAUSE_WORDS = frozenset(["hit", "down"])
#: Words both adjectives and verbs: after a list of names they may well be adjectives ("Serbia and Kosovo open talks").
ADJECTIVE_VERB_HOMOGRAPHS = frozenset(["open", "free", "clear", "close", "secure", "separate", "present", "live", "complete",
                                       "correct", "direct", "slow", "calm", "empty", "dry", "clean", "equal", "fit",
                                       "ready", "right", "wrong", "double", "quiet", "warm", "cool", "safe", "firm",
                                       "level", "mass", "joint", "final", "public", "full", "total", "narrow", "broad",
                                       "perfect", "upset", "blind", "idle", "lower", "better", "own", "long", "short"])
#: Verbs a crowd named by its size does in a headline: "Thousands rally in Tel Aviv", "Hundreds march against X".
CROWD_VERBS = frozenset(["rally", "march", "protest", "demonstrate", "gather", "riot", "strike"])
#: Prepositions of aim after a verb of attack: "fire at", "open fire on", "march against".
AIM_PREPS = frozenset(["at", "on", "upon", "against"])
#: Sectors of those who clash: "after clashes with X" names their fight. The armed bodies (`common.ARMED_SECTORS`) and
#: gangs: "the cartel took the town after clashes with the army" is a fight waged each way.
CLASH_SECTORS = ARMED_SECTORS | {"CRM"}
#: Verbs of arrest whose setting ("arrested during a protest") is a protest of those arrested.
SETTING_ARREST_VERBS = frozenset(["arrest", "detain", "apprehend", "jail"])
#: Nouns of a group of states or forces that acts as one, and the verbs that list its members ("a coalition consisting
#: of Belgium and France", "an alliance comprising Mali and Niger", "a bloc made up of ...", "a group including ...").
#: Possessives that, on the object of a support verb, name its subject back ("Turkey expands its operation"): the
#: speaker's possessives (`arguments.OWN_POSSESSIVES`) but "our", which names the speaker of a quote, not the subject.
SUBJECT_POSSESSIVES = OWN_POSSESSIVES - {"our"}
COALITION_NOUNS = frozenset(["coalition", "alliance", "bloc", "grouping", "group", "axis", "partnership", "consortium"])
MEMBER_VERBS = frozenset(["consist", "comprise", "compose", "make", "include", "including", "involve", "involving"])
#: Weapons that kill from the air when they are a casualty verb's subject ("a missile killed five"): 195. What is fired
#: through the air (`refine.MISSILE_WORDS`) and the jets that fire it.
CASUALTY_AIR_WEAPONS = MISSILE_WORDS | {"jet"}
#: Heavy guns that kill as a casualty verb's subject ("a tank shell killed two"): 194.
CASUALTY_HEAVY_WEAPONS = frozenset(["artillery", "tank", "howitzer", "mortar"])



#: Codes of the verbs read as passive when joined to a passive with the auxiliary left out ("one is killed and 30
#: arrested"): arrest and charge, removal, abduction.
GAPPED_PASSIVE_CODES = frozenset(["173", "174", "181"])

# The tags `misread_verbs` may re-read as a verb: nouns, names and finite verbs (see `_reread`).
_MISREAD_TAGS = ("VBZ", "VBP", "VBD", "NN", "NNS", "NNP", "NNPS")


class _SentenceCoder(_ArgumentReader):
    """Codes the events of one sentence (helpers share the lexicon, actors and consumed tokens)."""

    def __init__(self, lex: Lexicon, actors: ActorLookup | None) -> None:
        super().__init__(lex, actors)
        #: Verbs of headline present tense the parser misread, with the subject and object read again.
        self.reread: dict[int, tuple[list[Token], Token | None]] = {}
        #: Attacks claimed by "X said it was behind the attack": the attack noun's index -> the claimers.
        self.claims: dict[int, list[Token]] = {}
        #: Frames found beside the one a verb returns ("agreed to resume talks and release hostages": the second act).
        self.extra: list[Frame] = []
        #: Reduced passive relatives the parser read as active clauses ("says 60 villagers abducted in May have been
        #: freed"): the participle's index and the index of the verb after it -> the noun both are about.
        self.reduced: dict[int, Token] = {}
        #: Objects of a misread headline verb that the parser gave the names of the subject list as owners ("Chile,
        #: Peru and Bolivia expel Iranian diplomats", with "Bolivia" on "diplomats"): the object's index -> the
        #: demonym that says whose they are.
        self.listed_owned: dict[int, Token] = {}
        #: Verbs re-read after a placed court or armed body ("A tribunal in Ruritania sentences ...", see
        #: `_verb_after_placed_agent`), and those bodies: the agent's index -> the character offset of its verb.
        self.placed: set[int] = set()
        self.placed_agents: dict[int, int] = {}
        #: Verbs of intent read as a root noun (`_vow_read_as_noun`): the verb's index -> its infinitive.
        self.vowed: dict[int, Token] = {}

    def actor_refs(self, toks: Iterable[Token]) -> list[ActorRef]:
        """Coded actors for argument head tokens; an object of a listed subject's headline verb (`listed_owned`) is
        of its demonym's country, not of the names the parser hung on it."""
        if self.placed_agents:
            toks = list(toks)
            placed = [t for t in toks if t.i in self.placed_agents]
            if placed:
                # "A tribunal in Ruritania sentences Ana Lopez and Jan Ek": the parser may join the object list to the
                # court as its conjuncts; the subject is only the words before the verb
                rest = [t for t in toks if t.i not in self.placed_agents]
                own = [r for r in super().actor_refs(placed) if r.start < min(self.placed_agents[t.i] for t in placed)]
                return own + (self.actor_refs(rest) if rest else [])
        if not self.listed_owned:
            return super().actor_refs(toks)
        toks = list(toks)
        out = [r for t in toks if t.i in self.listed_owned for r in [self._listed_object_ref(t)] if r is not None]
        # the object is no conjunct of the names either ("Italy and Greece expel ...", with the object joined to "Italy")
        owned = [obj.idx for obj in (toks[0].doc[i] for i in self.listed_owned)] if toks else []
        return out + [r for r in super().actor_refs([t for t in toks if t.i not in self.listed_owned])
                      if not any(r.start <= at < r.end for at in owned)]

    def _note_listed_owner(self, verb: Token, obj: Token) -> None:
        """Note the demonym of the object of a misread headline verb (`listed_owned`) when the parser hung names of the
        subject list on the object ("Chile, Peru and Bolivia expel Iranian diplomats", "Bolivia" on "diplomats")."""
        if any(c.i < verb.i and c.pos_ == "PROPN" for c in token_children(obj)):
            own = _own_demonym(verb, obj)
            if own is not None:
                self.listed_owned[obj.i] = own

    def _listed_object_ref(self, obj: Token) -> ActorRef | None:
        """"Chile, Peru and Bolivia expel Iranian diplomats": the diplomats' sector as the resolver reads it, with
        the country of their demonym and the phrase from the demonym on."""
        own = self.actor_of(self.listed_owned[obj.i])
        ref = self.actor_of(obj)
        if own is None or not own.country:
            return None
        sector = ref.sector if ref is not None else None
        doc = obj.doc
        span = doc[self.listed_owned[obj.i].i:obj.i + 1]
        return ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=own.country + (sector or ""),
                        country=own.country, sector=sector, name=own.name,
                        why=f"demonym:{own.text} of an object the parser gave to the subject list")

    # -- headline verbs the small parser misreads ----------------------------------------------
    def subject(self, verb: Token, depth: int = 0) -> list[Token]:
        """Subject tokens of a verb; the re-read subject of a misread headline verb."""
        rr = self.reread.get(verb.i)
        if rr is not None:
            # "Trump announces plans to impose tariffs" re-read with "announces" as the subject of "plans": the one
            # who announces the plan has it
            return [g for t in rr[0] for g in (
                self.children(t, "nsubj") if t.pos_ == "VERB" and t.lemma_.lower() in ADOPT_VERBS
                and t.tag_ in ("VBZ", "VBD") and t.i == verb.i - 1 and self.children(t, "nsubj") else [t])]
        patient = self.reduced.get(verb.i) if self.reduced else None
        if patient is not None and not self.is_passive(verb):
            return self.conjuncts(patient)  # "troops sent to X have secured the airport": the troops act
        claimer = next((c for c in token_children(verb) if c.dep_ == "nsubj" and c.i in self.reread), None) \
            if self.reread else None
        if claimer is not None:
            return list(self.reread[claimer.i][0])  # "Israel's military claims to have killed": the claimer acts
        if verb.dep_ in ("acl", "xcomp") and verb.head.i in self.reread and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb)):
            return list(self.reread[verb.head.i][0])  # "The Houthis claim to have launched three attacks"
        fronted = _subject_read_as_object(verb)
        if fronted is not None:
            return self.conjuncts(fronted)
        if verb.dep_ == "conj" and self._gapped_passive(verb):
            return self.pobjs(verb, ("by",))  # "... and 30 inmates arrested": the subject is the patient
        main = _clause_of_gerund_conjunct(verb)
        if main is not None and depth == 0:
            # "Pakistan accuses India of sponsoring terrorism and expels two diplomats": the finite verb the parser
            # joined to the gerund is the main clause's own act
            return self.subject(main, depth + 1)
        own = super().subject(verb, depth)
        own += [m for s_tok in own for m in _coalition_members(s_tok)]
        if not own and any(c.dep_ == "nsubjpass" for c in token_children(verb)):
            # "was given a 27-year sentence by a military court": the agent of a passive ditransitive hung on its object
            own = [p for o in self.children(verb, "dobj") for p in self.pobjs(o, ("by",))]
        if not own and depth == 0 and verb.lemma_.lower() in COURT_ACT_VERBS and any(c.dep_ == "nsubjpass" for c in token_children(verb)):
            # "was sentenced in a Moscow court to five years", "is indicted in a federal court": the court that acts
            own = [p for p in self.pobjs(verb, ("in", "before")) if p.lemma_.lower() in COURT_NOUNS][:1]
        if not own and verb.dep_ == "conj" and not super().is_passive(verb) and self.is_passive(verb):
            # "was detained by border police and charged with smuggling": the agent of the first participle
            own = super().subject(verb.head, depth + 1)
        owner = plan_owner(verb)
        if not own and owner is not None and depth == 0:
            # "Japan announced plans to visit China", "Japan's plans to visit": whoever has the plan acts
            own = self.children(owner, "poss") or self.pobjs(owner, ("by",))  # "an attempt by IS to bomb the embassy"
            if not own:
                # "condemned an Israeli plan to annex ...", "the US proposal to ...": the demonym or name says whose
                own = [c for c in token_children(owner) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")
                       and self.actor_of(c) is not None][:1]
            if not own and owner.dep_ in OBJ_DEPS:
                own = self.subject(owner.head, depth + 1)
        prefix = _hyphen_prefix(verb)
        if not own and prefix is not None and depth == 0:
            # "Pakistan re-arrested the former prime minister": the tokenizer splits "re-", and the parser gives the
            # subject to "re" (or hangs the name on it as a modifier)
            own = super().subject(prefix, depth + 1) if prefix.pos_ in ("VERB", "AUX") else []
            if not own:
                own = [c for c in token_children(prefix) if c.i < prefix.i and c.dep_ in ("nsubj", "amod", "compound", "npadvmod")
                       and (c.pos_ == "PROPN" or self.actor_of(c) is not None)][-1:]
        return own

    def is_passive(self, verb: Token) -> bool:
        """A passive verb, or a bare participle conjoined to one ("was convicted of rape and sentenced to four years",
        "was freed and later kidnapped"): it shares the first verb's auxiliary and subject, so its patient is that
        subject and only a "by" agent acts (read as active, the conjunct took no target and was dropped)."""
        if super().is_passive(verb) or _headline_passive(verb):
            return True
        if verb.dep_ == "conj" and self._gapped_passive(verb):
            return True  # "two guards are killed and 30 inmates arrested": the second participle shares the auxiliary
        if self.reduced and self.reduced.get(verb.i) is not None and self.reduced[verb.i].head.i == verb.i:
            return True  # "says 60 villagers abducted in May have been freed": the participle of a reduced relative
        if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in ("nsubj", "aux", "dobj", "obj", "ccomp", "xcomp") for c in token_children(verb)):
            return False
        if verb.tag_ == "VBD" and not any("dobj" in e.target and not (e.prt or e.prep or e.object)
                                          for e in self.lex.verbs.get(self.verb_lemma(verb), ())):
            return False  # the tagger's past tense is a participle only for a verb that takes a patient ("sentenced")
        return self.is_passive(verb.head)

    def _gapped_passive(self, verb: Token) -> bool:
        """'A guard is killed and 30 inmates arrested', 'three are wounded and five others detained': a passive
        joined to another with the auxiliary left out; the small parser reads the second participle as an active verb
        with its patient as the subject. A participle conjoined to a passive verb, with a subject that opens its
        conjunct right after "and" and no auxiliary or object of its own, is a passive: the subject underwent it (read
        as active, the patients were coded as the ones who arrested)."""
        if verb.tag_ not in ("VBN", "VBD") or not super().is_passive(verb.head) or any(
                c.dep_ in ("aux", "auxpass", "nsubjpass", "dobj", "obj", "dative", "ccomp", "xcomp", "prt")
                for c in token_children(verb)):
            return False
        subj = [c for c in token_children(verb) if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].i > verb.i or subj[0].right_edge.i != verb.i - 1 or subj[0].left_edge.i == 0 \
                or subj[0].doc[subj[0].left_edge.i - 1].lower_ != "and" or subj[0].lower_ in RELATIVE_PRONOUNS:
            return False
        # only a verb of taking, holding or sending away people (the casualty verbs keep their own reading:
        # "three are killed and 29 more injured in clashes"); the tagger's past tense is a participle only for a verb
        # that takes a patient ("detained", not "fled")
        return any("dobj" in e.target and not (e.prt or e.prep or e.object) and e.code[:3] in GAPPED_PASSIVE_CODES
                   for e in self.lex.verbs.get(self.verb_lemma(verb), ()))

    def direct_object(self, verb: Token) -> Token | None:
        """Direct object of a verb; the re-read object of a misread headline verb."""
        rr = self.reread.get(verb.i)
        if rr is not None and rr[1] is not None and _aimed_object(verb, rr[1]):
            return None  # "tanks and snipers fire at a clinic": the object of the verb's preposition (see `_aimed_at`)
        if rr is not None and rr[1] is not None:
            # a fresh token, as the parse gives: `slot_tokens` tells the matched object from the direct object by identity
            return rr[1].doc[rr[1].i]
        patient = self.reduced.get(verb.i) if self.reduced else None
        if patient is not None and self.is_passive(verb) and not self.children(verb, *OBJ_DEPS):
            return patient  # "says 60 villagers abducted in May have been freed": they were abducted, and freed
        obj = super().direct_object(verb)
        if obj is None and (_headline_passive(verb) or verb.dep_ == "conj" and self._gapped_passive(verb)):
            # "Chad raided by Niger", "a guard is killed and 30 inmates arrested": the subject underwent the act
            return self.children(verb, "nsubj")[0]
        if obj is None and verb.dep_ == "xcomp" and self.is_passive(verb) and not self.children(verb, "nsubjpass") \
                and verb.head.lemma_.lower() in RAISING_REPORT_VERBS:
            # "five soldiers are reported to have been killed", "is said to have been arrested": the raised subject of
            # the governing verb is the patient
            obj = next(iter(self.children(verb.head, "nsubjpass", "nsubj")), None)
        if obj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in TIME_PREPS \
                and any(c.dep_ == "auxpass" for c in token_children(verb)) and not self.children(verb, "nsubjpass", "nsubj"):
            # "after being convicted of treason, X was jailed", "was freed after being held for a year": the clause's
            # subject underwent it; "the court sentences X after being found guilty": the active clause's object did
            main = verb.head.head
            obj = next(iter(self.children(main, "nsubjpass")), None) or (
                self.direct_object(main) if main.i != verb.i else None)
            if obj is None and (main.i == verb.i or not any("dobj" in e.target for e in self.lex.verbs.get(self.verb_lemma(main), ()))
                                or (self.pobjs(verb, ("by",)) and not self.children(main, "dobj", "ccomp", "xcomp"))):
                # "Sudan protested after being attacked": the subject underwent it; so too when the main verb could take
                # an object but has none here and a "by" agent acts ("Chad protested after being shelled by Niger")
                obj = next(iter(self.children(main, "nsubj")), None)
        if obj is None and verb.dep_ == "compound" and verb.tag_ in ("VBZ", "VBP", "VBD") and verb.head.i > verb.i \
                and verb.head.pos_ in ("NOUN", "PROPN") and self.children(verb, "nsubj"):
            # "Twin blasts rock Kabul": a headline verb with its own subject, hung as a modifier on the noun after it,
            # whose object that noun is
            return verb.head
        if obj is None:
            part = next((c for c in token_children(verb) if _adjectival_participle(c)), None)
            if part is not None:
                return self.children(part, *OBJ_DEPS)[0]  # "freed imprisoned journalists": the participle's "object"
        if obj is not None and obj.lower_ in ("which", "that", "who", "whom") and verb.dep_ == "relcl" and obj.dep_ == "nsubjpass" \
                and (verb.head.ent_type_ not in ("GPE", "NORP") or self.pobjs(verb, ("by",))):
            # "the Bab el-Mandeb, which the Houthis have closed": the noun the clause is about; a named country too when
            # a "by" agent acts on it ("Chad, which was raided by Niger last week, ..."), else the country was dropped
            return verb.head
        if obj is not None and obj.lower_ in ("which", "that", "who", "whom") and obj.dep_ == "nsubjpass" \
                and verb.dep_ == "conj" and obj.head.dep_ == "relcl" and obj.head.head.ent_type_ not in ("GPE", "NORP"):
            return obj.head.head  # "the leader, who was freed and later kidnapped": the relative's noun, for each verb
        return obj

    def misread_verbs(self, sent: Sequence[Token]) -> list[Token]:
        """Headline verbs the parser took for nouns or noun modifiers, re-read as verbs.

        Brief and headline style puts a 3rd-person present verb right after a name ("Hamas fires
        rockets at ...", "after Cambodia shells Ubon Ratchathani province", "Turkey shells Kurdish
        positions"), and the small model reads the name and the verb as one noun phrase: the verb is
        tagged as a plural noun, or the name hangs on the verb as a `compound`. A verb never has a
        compound modifier, and a noun with a name before it that opens a clause and an object after
        it is a clause: the name is the subject, the object (or the noun the "compound" verb
        modifies) the object. Returns the tokens to code as verbs that the coder's verb list misses.
        """
        out: list[Token] = []
        if not sent:
            return out
        # Both readings below need a noun, name or finite verb tag, or a name: the other tokens are
        # skipped on the tag and part-of-speech ids, without reading their strings.
        strings = sent[0].vocab.strings
        tags = {strings[x] for x in _MISREAD_TAGS}
        propn = strings["PROPN"]
        adj = strings["JJ"]
        tags_nn = strings["NN"]
        past = {strings["VBN"], strings["VBD"]}
        verb = strings["VERB"]
        amod = strings["amod"]
        tags_vbp = strings["VBP"]
        for t in sent:
            tag = t.tag
            if tag in past and t.pos == verb:
                later = self._reduced_relative(t)
                if later is not None:
                    patient = self.children(t, "nsubj")[0]
                    self.reduced[t.i] = patient
                    self.reduced[later.i] = patient
                    continue
            if tag == adj:
                fire = _open_fire_adjective(t)
                if fire is not None:
                    # "separatists open fire on a bus": after a plural subject the tagger may read "open" as an
                    # adjective; the parse is kept as it is, the word coded as the verb it is
                    self.reread[t.i] = (self.children(t, "nsubj"), fire)
                    out.append(t)
                    continue
                if t.dep_ in ("ROOT", "conj", "ccomp") and self.children(t, "nsubj") and self.children(t, "dobj") \
                        and (t.lower_ in self.lex.verbs or t.lower_ in self.lex.support_verbs):
                    # "Chile and Peru complete a detainee swap": a plain verb form read as an adjective, with a subject
                    # and a direct object of its own, is the clause's verb
                    self.reread[t.i] = (self.children(t, "nsubj"), self.children(t, "dobj")[0])
                    out.append(t)
                    continue
                listed = _list_before_adjective_verb(t)
                if listed is not None and t.lower_ in self.lex.verbs:
                    # "France, Germany and Latvia expel Russian diplomats": the tagger reads the verb after a list of
                    # names as an adjective of its object; the list is the subject, the noun it "modifies" the object
                    self.reread[t.i] = listed
                    out.append(t)
                    self._note_listed_owner(t, listed[1])
                continue
            if tag == tags_vbp and t.dep == amod and t.lower_ in self.lex.verbs:
                listed = _list_before_adjective_verb(t)
                demonym = _own_demonym(t, listed[1]) if listed is not None else None
                if listed is not None and demonym is not None:
                    # "Chile, Peru and Bolivia expel Iranian diplomats" with "expel" tagged a verb but still hung on
                    # the object as its modifier: read as above
                    self.reread[t.i] = listed
                    self._note_listed_owner(t, listed[1])
                    continue
            if t.dep_ == "compound" and t.head.dep_ == "ROOT" and t.head.i == t.i + 1 and t.text.islower():
                pair = self._pair_before_compound_verb(t)
                if pair is not None:
                    # "Chile and Peru sign agreements covering ...", "Chile and Peru resume talks": the headline verb
                    # read as a compound of its object, the names before it hung on that object; they are the subject
                    self.reread[t.i] = (pair, t.head)
                    out.append(t)
                    continue
            if tag not in tags and t.pos != propn:
                continue
            vowed = self._vow_read_as_noun(t) if t.dep_ == "ROOT" and t.pos_ == "NOUN" else None
            if vowed is not None:
                self.reread[t.i] = ([vowed], None)
                out.append(t)
                continue
            crowd = _crowd_before_misread_verb(t)
            if crowd is not None and self.verb_lemma(t) in self.lex.verbs:
                # "Thousands rally in Tel Aviv against the government": a crowd named by its size, read as the number
                # of a root "noun" that has a place or an aim after it, is the subject of that verb
                self.reread[t.i] = ([crowd], None)
                out.append(t)
                continue
            if t.dep_ == "ROOT" and (t.pos_ == "NOUN" and t.tag_ in ("NN", "NNS") or t.pos_ == "PROPN" and t.text.islower()) \
                    and self.verb_lemma(t) in self.lex.verbs and self.children(t, "nsubj"):
                # "The National Police of Peru arrest nine people": a root "noun" with a subject and an object
                # is the verb (the object may be parsed as the subject of a clause after it: "people in an operation aiming")
                obj = next(iter(self.children(t, *OBJ_DEPS)), None) or next(
                    (g for c in token_children(t) if c.dep_ == "ccomp" and c.i > t.i for g in token_children(c)
                     if g.dep_ == "nsubj" and g.left_edge.i == t.i + 1 and g.pos_ in ("NOUN", "PROPN")), None) or next(
                    # "A court in Russia fines Google": the name after the "noun" read as its adverbial modifier
                    (c for c in token_children(t) if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i == t.i + 1), None) or next(
                    # "A tribunal in Ruritania sentences Ana Perez-Lopez to ...": the name read as the "noun"'s apposition
                    (c for c in token_children(t) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == t.i + 1), None) \
                    or self._object_after_second_verb(t)
                infinitive = any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c))
                                 for c in token_children(t))  # "Al-Shabaab claims to have killed 20 soldiers"
                # "The High Court rules that the ban is unlawful": a clause opened by "that" is a verb's complement
                infinitive = infinitive or any(c.dep_ == "ccomp" and c.i > t.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in token_children(c)) for c in token_children(t))
                # "Thousands of students march in Belgrade": a "noun" or lower-case "name" with a subject is a verb
                subj0 = self.children(t, "nsubj")[0]
                adjacent = all(w.is_punct for w in t.doc[subj0.right_edge.i + 1:t.i]) and not self.children(t, "compound")
                if obj is not None or infinitive or (adjacent and self.children(t, "prep")):
                    self.reread[t.i] = (self.children(t, "nsubj"), obj)
                    out.append(t)
                    continue
            got = self._coordinated_subject(t) if t.dep_ == "conj" and t.tag == tags_nn else None
            got = got or self._verb_in_place_phrase(t)
            got = got or self._verb_after_placed_agent(t)
            got = got or self._reread(t) or self._verb_after_placed_agent(t, bare=True)
            if got is None:
                continue
            self.reread[t.i] = got
            got_obj = got[1]
            if got_obj is not None and got_obj.i > t.i and got[0] and got_obj.pos_ == "NOUN":
                # "Norway, Sweden and Finland summon Chinese envoys" with the names hung on "envoys": whose the
                # envoys are, their demonym says
                names = {m.i for s in got[0] for m in self.conjuncts(s)}
                own = _own_demonym(t, got_obj) if any(c.i in names for c in token_children(got_obj) if c.i < t.i) else None
                if own is not None:
                    self.listed_owned[got_obj.i] = own
            if t.pos_ not in ("VERB", "AUX"):
                out.append(t)
        return out

    def _object_after_second_verb(self, t: Token) -> Token | None:
        """'Ruritania convicts and sentences teacher Jan Ek to ten years': two verbs joined by "and", both read as
        nouns, the first as the root with the subject and the second as its conjunct, and the object parsed as a third
        conjunct of the root (or its object, or an adverbial noun). The object is that phrase when it opens right after
        the second verb (which then shares the first one's reading: `_verb_after_placed_agent`)."""
        doc = doc_tokens(t.doc)
        if t.i + 3 >= t.sent.end or doc[t.i + 1].lower_ != "and" or not doc[t.i + 2].is_lower \
                or self.verb_lemma(doc[t.i + 2]) not in self.lex.verbs:
            return None
        return next((c for c in token_children(t) if c.dep_ in ("conj", "dobj", "npadvmod", "appos")
                     and c.pos_ in ("PROPN", "NOUN") and c.left_edge.i == t.i + 3), None)

    def _pair_before_compound_verb(self, t: Token) -> list[Token] | None:
        """The names "A and B" that open the sentence right before `t`, a verb form read as a compound of the root noun
        after it, when the verb takes that noun ("sign" an agreement, "resume" talks); None otherwise."""
        obj = t.head
        if obj.pos_ != "NOUN" or t.i - t.sent.start < 3:
            return None
        lemma = self.verb_lemma(t)
        olemma = obj.lemma_.lower()
        nominal = self.lex.nouns.get(olemma) or self.lex.nouns.get(obj.lower_)
        if not (lemma in self.lex.support_verbs and nominal) \
                and not any(e.object and olemma in e.object for e in self.lex.verbs.get(lemma, ())):
            return None
        heads: list[Token] = []
        seen_and = False
        for w in t.doc[t.sent.start:t.i]:
            if w.pos_ == "PROPN":
                if heads and heads[-1].i == w.i - 1:
                    heads[-1] = w  # "Saudi Arabia": the name's last word
                else:
                    heads.append(w)
            elif w.lower_ == "and" and heads:
                seen_and = True
            elif not (w.pos_ == "DET" and w.lower_ == "the") and w.text != ",":
                return None
        if not seen_and or len(heads) < 2 or heads[-1].i != t.i - 1:
            return None
        refs = [self.actor_of(h) for h in heads]
        return heads if all(r is not None and r.code for r in refs) else None

    def _reduced_relative(self, t: Token) -> Token | None:
        """'The army says 60 villagers abducted in May from a market have been freed': the small parser reads the noun
        phrase as the subject of the participle ("villagers abducted") and leaves the finite verb after it with no subject.
        A participle (or past form) of a verb that takes an object, with a subject right before it and no object,
        followed at once by the auxiliary of a verb with no subject of its own, is a passive relative: its "subject"
        underwent it and is the subject of the later verb. Returns that later verb."""
        if t.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "parataxis") or t.i in self.reread:
            return None
        subj = self.children(t, "nsubj")
        if len(subj) != 1 or subj[0].right_edge.i != t.i - 1 or subj[0].pos_ not in ("NOUN", "PROPN") \
                or subj[0].lower_ in RELATIVE_PRONOUNS:
            return None
        if any(c.dep_ in (*OBJ_DEPS, "nsubjpass", "csubj", "aux", "auxpass", "ccomp", "xcomp", "attr", "acomp", "oprd",
                          "dative", "prt") for c in token_children(t)):
            return None
        if not any("dobj" in e.target for e in self.lex.verbs.get(self.verb_lemma(t), ())):
            return None  # only a verb that takes a patient reads as a passive participle
        nxt = t.right_edge.i + 1
        while nxt < t.sent.end and t.doc[nxt].dep_ == "advmod" and t.doc[nxt].head.i > nxt:
            nxt += 1  # "... have later been freed", "... reportedly were freed"
        if nxt >= t.sent.end:
            return None
        aux = t.doc[nxt]
        later = aux.head
        if aux.dep_ not in ("aux", "auxpass") or later.i <= nxt or later.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in token_children(later)):
            return None
        if later.head.i not in (t.i, t.head.i) and t.head.i != later.i:
            return None  # the two verbs stand in the same clause chain
        return later

    def _verb_in_place_phrase(self, t: Token) -> tuple[list[Token], Token | None] | None:
        """'A court in Vietnam sentences tycoon X to life in prison': the verb after a subject's place read as a plural noun
        of the place phrase ("in Vietnam sentences"), and the word after it (a noun the verb's object opens with) as the
        sentence's verb. The subject is the noun the place phrase hangs on; the object what that false verb governs."""
        if t.dep_ != "pobj" or t.tag_ not in ("NNS", "VBZ", "NN") or not t.text.islower() or t.head.lower_ != "in":
            return None
        subj = t.head.head
        # a plural subject of people takes the plain verb form: "Police in Ruritania detain 40 people", "Authorities in
        # Ruritania arrest a reporter" ("airstrikes in Ruritania kill ..." is left to the attack nouns)
        plain = t.tag_ == "NN" and subj.lemma_.lower() in PLACED_AGENTS and (subj.tag_ == "NNS" or subj.lemma_.lower() in PLURAL_NOUNS)
        if t.tag_ == "NN" and not plain:
            return None
        if subj.dep_ == "ROOT" and subj.pos_ == "NOUN" and (t.lower_ != self.verb_lemma(t) or plain) \
                and self.verb_lemma(t) in self.lex.verbs:
            # "A tribunal in Ruritania sentences Ana Lopez to ...", parsed as one noun phrase: the court is the root and
            # the person the verb governs hangs on it (or on the false noun) as an apposition, or as a name joined to
            # the court ("A tribunal in Ruritania sentences former mayor Ana Lopez to ...")
            named = next((c for x in (subj, t) for c in token_children(x)
                          if (c.dep_ in ("appos", "npadvmod") or c.dep_ == "conj" and c.pos_ == "PROPN")
                          and c.left_edge.i == t.i + 1), None)
            return ([subj], named) if named is not None else None
        if plain:
            return None
        root = subj.head
        if subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or root.dep_ != "ROOT" or root.i != t.i + 1 \
                or root.pos_ != "VERB" or not root.text.islower():
            return None
        lemma = self.verb_lemma(t)
        if lemma not in self.lex.verbs or self.verb_lemma(root) in self.lex.verbs or lemma == t.lower_:
            return None
        obj = next(iter(self.children(root, *OBJ_DEPS)), None)
        return ([subj], obj) if obj is not None else None

    def _vow_read_as_noun(self, t: Token) -> Token | None:
        """'The Rangers vow to storm the capital', 'Ruritania pledges to send troops': a verb that takes an infinitive,
        read as the root noun of the sentence with the name before it as its compound (or subject) and the infinitive
        as a relative clause of the "noun". Returns the subject when the verb stands right after it and "to" right
        after the verb; a name or group before a root noun with an infinitive is the headline's subject."""
        lemma = self.verb_lemma(t)
        if lemma not in INFINITIVE_HEAD_VERBS or t.i + 1 >= len(t.doc) or t.doc[t.i + 1].lower_ != "to":
            return None
        comp = next((c for c in token_children(t) if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and c.i > t.i
                     and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.i == t.i + 1 for a in token_children(c))), None)
        if comp is None:
            return None
        subj = next((c for c in token_children(t) if c.dep_ in ("nsubj", "compound", "nmod") and c.right_edge.i == t.i - 1
                     and (c.pos_ == "PROPN" or c.tag_ == "NNS") and self.actor_of(c) is not None), None)
        if subj is None or any(c.dep_ == "poss" for c in token_children(t)) or not _clause_opening(t.doc, t.left_edge.i, self.lex):
            return None
        if t.lower_ == lemma and not (subj.tag_ in ("NNS", "NNPS") or subj.lower_.endswith("s") or subj.pos_ == "PROPN"):
            return None
        self.vowed[t.i] = comp
        return subj

    def _verb_after_placed_agent(self, t: Token, bare: bool = False) -> tuple[list[Token], Token | None] | None:
        """'A tribunal in Ruritania sentences actress Ana Lopez to ...', 'Police in Ruritania arrest journalist Jan Ek':
        a court, judge or armed body named with its place and a plain headline verb right after the place's name. The
        small parser reads the verb as a noun of anything around it (a compound of the object, an apposition of the
        court, the place's "object") and may take the object's first noun for the verb, so the parse says nothing
        reliable: the words do. The verb form must agree with the agent ("a court sentences", "police arrest"), the
        agent's phrase must open the sentence, and the object is the last noun of the noun phrase after the verb.
        "A tribunal in Ruritania convicts and fines Jan Ek": a second verb joined by "and" shares subject and object.
        With `bare` (asked when no other reading took the word): a body named with no place ("The Ruritanian government
        fines Acme"), see below."""
        if t.i < 3 or bare and t.tag_ != "NNS":
            return None
        doc = doc_tokens(t.doc)  # the shared tokens: `Doc[i]` would build a new Token for each look
        if bare or doc[t.i - 1].pos_ != "PROPN":
            if not bare:
                first = t.i - 2
                if first in self.reread and doc[t.i - 1].lower_ == "and" and t.is_lower and (
                        first in self.placed or t.dep_ == "conj" and t.head.i == first and t.pos_ not in ("VERB", "AUX")
                        and self._object_after_second_verb(doc[first]) is not None) \
                        and self.verb_lemma(t) in self.lex.verbs:
                    # "convicts and fines Jan Ek": the second verb shares the first one's reading (after a placed
                    # body, or a second "noun" joined to a root "noun" verb: `_object_after_second_verb`)
                    return self.reread[first]
                return None
            agent = doc[t.i - 1]
            if agent.tag_ != "NN" or agent.dep_ != "compound" or agent.head.i != t.i or not t.is_lower:
                return None
            sent = t.sent  # built once: each `Token.sent` builds a new span
            start, end = sent.start, sent.end
            if t.i + 1 >= end or doc[t.i + 1].pos_ not in BARE_AGENT_OBJECT_OPENERS \
                    or sent.root.pos_ in ("VERB", "AUX") or self.actor_of(agent) is None and not any(
                        c.dep_ == "amod" and c.ent_type_ == "NORP" for c in token_children(agent)):
                return None  # cheap checks first: a body's noun hung on the "-s" word, in a sentence with no verb
            # "The Ruritanian government fines Acme Corp", "The national regulator bans Acme": with no place between
            # them, a singular body right before the verb form in "-s", read as a compound of a plural noun "fines"
            # in a sentence with no verb, is the verb's subject (the checks below make the phrase open the sentence)
            alemma = agent.lemma_.lower()
        else:
            if not t.is_lower or t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT":
                return None
            sent = t.sent  # built once: each `Token.sent` builds a new span
            start, end = sent.start, sent.end
            j = t.i - 1
            while j > start and (doc[j].pos_ == "PROPN" or doc[j].lower_ in ("the", "of")):
                j -= 1  # "in the Democratic Republic of the Congo"
            if doc[j].lower_ != "in" or j - 1 < start:
                return None
            agent = doc[j - 1]
            alemma = agent.lemma_.lower()
            if alemma not in PLACED_COURTS and alemma not in PLACED_AGENTS:
                return None
        k = agent.i
        while k > start and doc[k - 1].pos_ in ("DET", "ADJ", "PROPN", "NOUN"):
            k -= 1  # "A domestic tribunal", "The Supreme People's Court": the agent's phrase opens the sentence
        if k != start or any(c.dep_ == "nsubj" and c.i != agent.i for c in token_children(t)):
            return None
        lemma = self.verb_lemma(t)
        if lemma not in self.lex.verbs:
            return None
        form = t.lower_
        plural = agent.tag_ == "NNS" or alemma in PLURAL_NOUNS
        if plural != (form == lemma) or not plural and form not in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
            return None  # "a court sentences", "police arrest": the verb agrees with the agent
        i = t.i + 1
        if i + 1 < end and doc[i].lower_ == "and" and self.verb_lemma(doc[i + 1]) in self.lex.verbs \
                and doc[i + 1].text.islower() and doc[i + 1].tag_ in ("NNS", "VBZ", "NN", "VBP"):
            i += 2  # "convicts and fines Jan Ek": the object follows the second verb
        while i < end and doc[i].is_quote:
            i += 1
        obj: Token | None = None
        first = i
        while i < end and (doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or i == first
                           and doc[i].tag_ in ("VB", "VBP") and doc[i].text.islower()
                           or doc[i].lower_ in ("of", "for") and doc[i - 1].pos_ == "PROPN"
                           and i + 1 < end and doc[i + 1].pos_ == "PROPN"):
            # "fines Freedom for Ruritania member Jan Ek": "of" and "for" inside a name are part of the phrase
            if doc[i].pos_ == "NUM" and obj is not None:
                break  # "fines Jan Ek 9,000 euros": an amount after the object is a second object
            # "sentences actress Ana Lopez": the object's first noun may be tagged as the verb the sentence lacks
            if doc[i].pos_ in ("NOUN", "PROPN") or doc[i].tag_ in ("VB", "VBP"):
                obj = doc[i]
            i += 1
        self.placed.add(t.i)
        self.placed_agents.setdefault(agent.i, t.idx)
        return [agent], obj

    def _coordinated_subject(self, t: Token) -> tuple[list[Token], Token | None] | None:
        """'Rebel gunmen and a suicide bomber kill forty worshippers': a plain verb form after two joined subjects,
        which the parser took for a third noun of the list, joined to the first subject (the sentence's root), with the
        second subject hung on it as a modifier. The list before it is the subject; a direct object after it, if any,
        the object. The verb needs an object or a preposition of its own (one the parser hung on the first subject,
        as in "tanks and snipers fire at a clinic", is not read)."""
        first = t.head
        if first.dep_ != "ROOT" or first.i >= t.i or first.pos_ not in ("NOUN", "PROPN") \
                or first.left_edge.i != t.sent.start:
            return None
        lemma = self.verb_lemma(t)
        if t.lower_ != lemma or lemma not in self.lex.verbs:
            return None
        left = [c for c in token_children(t) if c.i < t.i]
        if not left or any(c.dep_ not in ("compound", "nmod", "amod", "det") for c in left):
            return None
        second = max(left, key=lambda c: c.i)
        if second.right_edge.i != t.i - 1 or second.dep_ == "det" or not (
                second.pos_ == "PROPN" or second.tag_ == "NNS" or self.actor_of(second) is not None):
            return None
        start = min(c.left_edge.i for c in left)
        cc = t.doc[start - 1]
        if cc.lower_ != "and" or cc.head.i != first.i:
            return None  # the second subject must follow the "and" of the list right away
        after = [c for c in token_children(t) if c.i > t.i]
        aimed = next((p for c in token_children(first) if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in AIM_PREPS
                      for p in self.children(c, "pobj")), None) if not after else None
        if not any(c.dep_ in ("prep", *OBJ_DEPS) for c in after) and aimed is None:
            return None  # "... and the army chief": a verb form with nothing after it may be the list's noun after all
        subjects = [x for x in self.conjuncts(first) if x.i < start] + [second]
        # "tanks and snipers fire at a clinic": the parser hangs the verb's "at" on the first subject; what it names
        # is the object
        return subjects, next(iter(self.children(t, *OBJ_DEPS)), aimed)

    def _reread(self, t: Token) -> tuple[list[Token], Token | None] | None:
        verbal_tag = t.tag_ in ("VBZ", "VBP", "VBD")
        # "Armenia and Azerbaijan exchange gunfire": after two names the tagger may take the verb for a third name; a
        # lower-case word is no name, so it is read like a noun tag
        if not verbal_tag and t.tag_ not in ("NN", "NNS") and not (t.tag_ in ("NNP", "NNPS") and t.text.islower()):
            return None  # checked first: it is cheap and rules out most tokens
        lemma = self.verb_lemma(t)
        if lemma not in self.lex.verbs and lemma not in self.lex.support_verbs:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in token_children(t)):
            return self._subject_on_modifier(t, lemma, verbal_tag)
        series = self._series_verb(t, lemma)
        if series is not None:
            return series
        swallowed = self._swallowed_by_phrase(t, lemma)
        if swallowed is not None:
            return swallowed
        claimer = self._claim_to_have(t, lemma) if t.dep_ == "nsubj" else None
        if claimer is not None:
            return [claimer], None
        swapped = self._swapped_subject(t, lemma)
        if swapped is not None:
            return swapped
        appos_subject = self._appos_subject(t)
        if appos_subject is not None:
            named = t.head
            while named.dep_ == "compound" and named.head.i > named.i:
                named = named.head
            return [appos_subject], named
        placed = self._subject_before_place(t) if verbal_tag else None
        if placed is not None:
            return placed
        parenthetical = self._after_parenthetical(t, lemma)
        if parenthetical is not None:
            return [parenthetical], next(iter(self.children(t, *OBJ_DEPS, "appos")), None)
        # "after Cambodia shells ...": a subordinating mark or a conjunction opens the clause, before the subject
        marks = [c for c in token_children(t) if c.i < t.i and c.dep_ in ("mark", "cc")]
        # "North Korea test-fires a missile": the verb's prefix and hyphen are no part of the subject phrase
        prefixed = t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ in (*HYPHEN_PREFIXES, "test") \
            and t.doc[t.i - 2].head.i == t.i
        end = t.i - 3 if prefixed else t.i - 1
        left = [c for c in token_children(t) if c.i < t.i and c not in marks and not (prefixed and c.i >= t.i - 2)]
        opened = False
        if left and left[0].dep_ == "prep" and left[0].is_sent_start:
            # "In Ruritania, police arrest ...": an opening phrase set off by a comma stands before the clause
            comma = left[0].right_edge.i + 1
            if comma < t.i and t.doc[comma].text == "," and t.doc[comma].head.i == t.i:
                left = [c for c in left if c.i > comma]
                opened = True
        # "Kenyan police fire tear gas at ...": the verb hung on its object as a modifier, a compound or a noun modifier
        # "The Houthis detain 11 aid workers": or, with a noun tag, as an adjective of it
        modifier = t.dep_ in ("compound", "amod") or t.dep_ == "nmod" and t.head.i > t.i
        # "Ruritania hosts truce negotiations between ...": the verb read as the auxiliary (or a compound) of its object's
        # first noun, which the tagger took for the verb; the noun object of that "verb" is the object
        aux_object = _object_after_misread_aux(t, lemma)
        modifier = modifier or aux_object is not None
        if modifier and t.head.i > t.i and (t.head.dep_ in ("nsubj", "nsubjpass", "csubj")):
            return None  # "the US sanctions regime targets ...": the noun phrase is a clause's subject
        subj_deps: tuple[str, ...] = ("compound", "amod", "nmod", "poss")
        if not left and modifier and t.head.i > t.i:
            # "The Israeli military issues evacuation orders": the subject's words hang on the object noun too;
            # "Brazil eyes talks with Argentina": or the name is the object noun's "subject" (a noun has none)
            left = [c for c in token_children(t.head) if c.i < t.i]
            subj_deps += ("nsubj",)
        root = t.head.head
        if not left and t.dep_ == "compound" and t.head.dep_ in ("dobj", "appos", "npadvmod") \
                and root.i == t.i - 1 and root.dep_ == "ROOT" and (verbal_tag and root.pos_ == "NOUN" and any(
                    root.lemma_.lower() in e.subject for e in self.lex.verbs.get(lemma, ())) or _armed_plural(root, t, lemma)):
            # "Twin blasts rock Kabul": the parser makes the subject noun the root and the verb a modifier of its object;
            # "Ruritanian Front fighters fire mortars at ...": so too for a plural of armed people, which the tagger may
            # even read as the verb itself (with the name before it as its subject)
            group = [c for c in token_children(root) if c.dep_ == "nsubj" and c.i == root.i - 1 and c.pos_ == "PROPN"]
            return (group if group and self.actor_of(group[0]) is not None else [root]), t.head
        subj = [c for c in left if c.dep_ in subj_deps and c.i not in self.reread and (
            c.pos_ == "PROPN" or c.ent_type_ in ENT_ACTOR_LABELS or self.actor_of(c) is not None or self._blow(c, lemma)
            or self._instrument(c, lemma))]
        if not subj or max(c.right_edge.i for c in left) != end or subj[-1].right_edge.i != end:
            return None  # the subject phrase must stand right before the verb
        if subj[-1].pos_ == "ADJ" and subj[-1].ent_type_ in ("NORP", "GPE") and self._demonym(subj[-1]):
            return None  # "Russian strikes on Kyiv": a demonym before a noun modifies it ("Pakistan expels" is a name)
        chosen = subj[-1]
        if subj[-1].pos_ == "ADJ" and len(subj) > 1:
            # "The Israeli military claims": "military" misread as an adjective is resolved from the context; the
            # demonym next to it says whose it is
            head_ref, first_ref = self.actor_of(subj[-1]), self.actor_of(subj[0])
            if first_ref is not None and first_ref.country and (head_ref is None or head_ref.country != first_ref.country):
                chosen = subj[0]
        # every left dependent belongs to the subject phrase: "The coast guard intercepts", "The Israeli military issues"
        if any(c.dep_ not in (*subj_deps, "det", "punct")
               or (c.dep_ == "det" and c.i > subj[0].left_edge.i) for c in left):
            return None
        start = min(c.left_edge.i for c in left)
        if start > 0 and t.doc[start - 1].dep_ == "det" and t.doc[start - 1].head.i > t.i:
            start -= 1  # "The British Foreign Office issues sanctions": the subject's article hung on the object noun
        if not marks and not opened and not _clause_opening(t.doc, start, self.lex):
            return None  # "a central Hamas funds transfer network": a noun phrase inside a phrase
        partner = self._split_partner(t, start) if modifier else None
        if not verbal_tag:
            # a noun tag: only a verb form ("fires", or "fire" after a plural subject), heading a clause
            form = t.lower_
            # a plural subject, or a body that British usage makes plural ("the intelligence organisation arrest")
            plural_subj = subj[-1].tag_ in ("NNS", "NNPS") or subj[-1].lower_.endswith("s") or subj[-1].lower_ in PLURAL_NOUNS or (
                subj[-1].ent_type_ == "ORG" and _verbal_form_follows(t)) or (
                # "Thailand and Cambodia exchange fire": two names joined are a plural subject; "India and Pakistan
                # exchange fire": or split by the parser (the first name's partner, see `_split_partner`)
                subj[-1].pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in token_children(subj[-1]))) or (
                partner is not None)
            if not (form != lemma and form in (lemma + "s", lemma + "es", lemma[:-1] + "ies")
                    or form == lemma and plural_subj):
                return None
        if t.dep_ == "nsubj" and not modifier:
            # "Peru voices backing for the plan": the verb read as the subject of its object noun, which the tagger
            # took for the sentence's verb; only an object the verb's own entries name is taken. "A Chilean court
            # jails Juan Perez, a former mayor, for ...": or a name right after it, hung on it as an apposition
            taken = self._object_read_as_verb(t, lemma) or next(
                (c for c in token_children(t) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == t.i + 1
                 and any("dobj" in e.target and not e.object for e in self.lex.verbs.get(lemma, ()))), None)
            return ([chosen], taken) if taken is not None else None
        if t.dep_ not in ("ROOT", "conj", "advcl", "ccomp", "compound", "parataxis") and not modifier:
            return None  # "the US strikes on Iran killed dozens": a noun phrase after all
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "PROPN") and t.head.i not in self.reread:
            return None  # "launched drone strikes and cruise missile strikes": a noun joined to a noun
        obj: Token | None = None
        if aux_object is not None:
            return [chosen], aux_object
        if modifier:
            h = t.head
            if h.i == t.i + 1 and h.dep_ == "compound" and h.tag_ in ("VB", "VBP") and h.text.islower() \
                    and h.head.i > h.i and h.head.pos_ == "NOUN":
                h = h.head  # "Ruritania hosts truce negotiations": the object's first noun tagged a verb
            if h.i <= t.i or h.pos_ not in ("NOUN", "PROPN"):
                return None
            while h.dep_ in ("nmod", "compound") and h.head.i > h.i and h.head.pos_ == "NOUN":
                # "fire tear gas and water cannon at ...": the phrase ends on its head, which takes the "at"; "Oman
                # hosts truce talks between ...": a compound of the head is no object of its own
                h = h.head
            obj = h  # "after Cambodia shells Ubon Ratchathani province": the noun modified is the object
            if partner is not None:
                return [*partner, chosen], obj
        elif not self.children(t, *OBJ_DEPS) and lemma in self.lex.nouns and self.children(t, "prep") and all(
                c.lower_ in ("on", "against", "of", "in", "by") for c in self.children(t, "prep")) and not any(
                c.dep_ == "conj" and c.pos_ == "VERB" for c in token_children(t)) and not (
                # "the militia fires on border posts": plural "fires" is blazes, not gunfire; before "on" it is the verb
                t.lower_ == "fires" and any(c.lower_ == "on" for c in self.children(t, "prep"))):
            return None  # "Russian drone and missile strikes on Kyiv": the noun of the act, with its target
        elif not self.children(t, *OBJ_DEPS) and any(c.dep_ == "appos" and c.left_edge.i == t.i + 1
                                                     and c.pos_ in ("NOUN", "PROPN") for c in token_children(t)):
            # "Pakistan expels Afghan diplomats after a clash": the object hung on the misread verb as an apposition,
            # with circumstances after it
            obj = next(c for c in token_children(t) if c.dep_ == "appos" and c.i > t.i and c.pos_ in ("NOUN", "PROPN"))
        elif not self.children(t, *OBJ_DEPS) and any(_noun_read_as_xcomp(c, t) for c in token_children(t)):
            # "Ruritania hosts truce negotiations between ...": the object's first noun read as a bare verb under the
            # misread verb, the object noun as its object; that noun is the verb's object
            obj = next(o for c in token_children(t) if _noun_read_as_xcomp(c, t) for o in token_children(c)
                       if o.dep_ == "dobj" and o.left_edge.i == c.i + 1)
        elif not (self.children(t, *OBJ_DEPS, "prep", "xcomp", "ccomp")
                  or any(c.dep_ == "conj" and c.pos_ == "VERB" for c in token_children(t))
                  or any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c))
                         for c in token_children(t))):
            # "The Houthis fire two missiles at Israel": the object hung on the misread verb as an apposition
            # "Trump pardons Brian Kelsey": or as an adverbial noun
            obj = next((c for c in token_children(t) if c.dep_ in ("appos", "npadvmod") and c.i > t.i and c.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                # "The Iranian military shoots down a drone": the object hung on the verb's particle, read as a preposition
                obj = next((p for c in token_children(t) if c.dep_ == "prt" and c.i == t.i + 1 for p in token_children(c)
                            if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if obj is None:
                return None
        return [chosen], obj

    def _subject_on_modifier(self, t: Token, lemma: str, verbal_tag: bool) -> tuple[list[Token], Token] | None:
        """'Rebel troops shell Varnola', 'The tribunal in Ostrava sentences Jan Novak to ...': the parser gives the
        verb its subject but hangs the verb on its object as a modifier, with the object noun heading the clause. A
        noun modifier has no subject: the subject stays, the noun the verb "modifies" is the object. With a noun tag,
        only a verb form that agrees with its subject is taken ("the army's pounds": no verb)."""
        head = t.head
        if t.dep_ != "compound" or head.i <= t.i or head.pos_ not in ("NOUN", "PROPN") or t.i < 1:
            return None
        subj = [c for c in token_children(t) if c.dep_ == "nsubj"]
        if len(subj) != 1 or any(c.dep_ not in ("nsubj", "punct") for c in token_children(t)):
            return None
        s = subj[0]
        if s.i > t.i or s.right_edge.i != t.i - 1 or s.pos_ not in ("NOUN", "PROPN") or s.lower_ in RELATIVE_PRONOUNS \
                or not (s.pos_ == "PROPN" or s.ent_type_ in ENT_ACTOR_LABELS or self.actor_of(s) is not None):
            return None
        start = s.left_edge.i
        if not _clause_opening(t.doc, start, self.lex) and t.doc[start - 1].dep_ not in ("mark", "advmod"):
            return None  # "the war ... between forces pound": only a clause's opening subject ("when rebels shell ...")
        if not verbal_tag:
            form = t.lower_
            plural = s.tag_ in ("NNS", "NNPS") or s.lemma_.lower() in PLURAL_NOUNS or any(
                c.dep_ == "conj" for c in token_children(s))
            if not (form != lemma and form in (lemma + "s", lemma + "es", lemma[:-1] + "ies") or form == lemma and plural):
                return None
        obj = head
        while obj.dep_ in ("compound", "nmod") and obj.head.i > obj.i and obj.head.pos_ in ("NOUN", "PROPN"):
            obj = obj.head  # "... shell the Varnola border post": the phrase ends on its head
        if obj.dep_ not in ("ROOT", "advcl", "conj", "ccomp"):
            return None  # the object noun must head the clause the parser made of it
        return self.conjuncts(s), obj

    def _subject_before_place(self, t: Token) -> tuple[list[Token], Token] | None:
        """'A court in Lima, Peru, jails Juan Perez': a verb form after the place phrase of a sentence-initial subject,
        which the parser made part of that phrase (a name of the place, or a modifier of the object's name). The subject
        is the sentence's root noun before "in"; the object the name right after the verb."""
        if t.dep_ not in ("pobj", "compound", "appos", "conj") or t.i < 3 or not t.text.islower() \
                or t.doc[t.i - 1].pos_ != "PROPN" and t.doc[t.i - 1].text != ",":
            return None
        root = t
        for _ in range(4):
            if root.dep_ == "ROOT":
                break
            root = root.head
        if root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.i >= t.i - 2 or t.doc[root.i + 1].lower_ != "in" \
                or any(w.dep_ not in ("det", "amod", "compound") for w in t.doc[root.left_edge.i:root.i]):
            return None
        if any(not (w.pos_ == "PROPN" or w.tag_ == "DT" or w.text == ",") for w in t.doc[root.i + 2:t.i]):
            return None  # only the names of the place stand between "in" and the verb
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if nxt is None or nxt.pos_ != "PROPN":
            return None
        obj = nxt
        while obj.dep_ == "compound" and obj.head.i > obj.i and obj.head.pos_ == "PROPN":
            obj = obj.head
        return [root], obj

    def _object_read_as_verb(self, t: Token, lemma: str) -> Token | None:
        """'Chile voices backing for Peru', 'Peru fires flares at a boat': the object noun right after a headline verb
        read as the verb ("backing" as a verb with "voices" its subject). A first word of the object read as the verb
        gives way to its noun: "fires signal flares" (the noun as its object), "fires rocket barrages" (the verb as a
        compound of the noun). Returns the object noun when an entry of the verb names it as its object, else None."""
        head = t.head
        if head.i != t.i + 1 or not head.text.islower() or head.tag_ not in ("VB", "VBP", "VBZ", "VBG", "NN") \
                or any(c.dep_ in ("nsubjpass", "aux", "auxpass", "neg") for c in token_children(head)):
            return None
        if head.dep_ == "compound" and head.head.i == head.i + 1 and head.head.pos_ == "NOUN" \
                and head.head.dep_ in ("ROOT", "conj", "ccomp"):
            obj = head.head
        elif head.dep_ not in ("ROOT", "conj", "ccomp", "advcl"):
            return None
        else:
            obj = next((c for c in token_children(head) if c.dep_ in OBJ_DEPS), head)
            if obj is not head and obj.left_edge.i != head.i + 1:
                return None  # "fires signal flares": the object follows the misread word at once
        entries = [e for e in self.lex.verbs.get(lemma, ()) if e.object and not e.prep]
        return obj if any(self._object_matches(obj, e.object) for e in entries) else None

    def _between_after_place(self, head: Token) -> list[Token]:
        """The "between" phrase hung on the place of an act instead of the act: "in Goma between X and Y"."""
        for place in self.pobjs(head, PLACE_PREPS):
            sides = self.pobjs(place, ("between",))
            if sides:
                return sides
        return []

    def _split_partner(self, t: Token, start: int) -> list[Token] | None:
        """'India and Pakistan exchange fire': the parser joins the first name to the object noun ("India ... and
        fire") and hangs the second name and the verb on that noun as modifiers. The first name, right before the
        "and" that opens the misread clause at `start`, is the verb's other subject, with the names listed before it
        ("Hamas, Hezbollah, and the Houthis launch rockets"); None for any other shape."""
        obj = t.head
        first = obj.head
        if obj.dep_ != "conj" or first.i >= start or start < 2 or t.doc[start - 1].lower_ != "and":
            return None
        if first.i != start - 2 and not (first.i == start - 3 and t.doc[start - 2].text == ","):
            return None  # "and" (or the list's comma and "and") must follow the first name's head directly
        head = first
        while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ == first.pos_:
            head = head.head  # the list's first member: its other members come between it and `first`
        if head.dep_ == "pobj" and head.head.lower_ not in SUBORDINATORS or head.dep_ in ("dobj", "poss", "appos"):
            return None  # "officials from Chile and the Peru trade office": the names are inside a noun phrase
        members = [head, *(g for g in _conj_chain(head) if g.i <= first.i)]
        if any(m.pos_ != "PROPN" and self.actor_of(m) is None for m in members):
            return None
        return members

    # -- lexicon matching ------------------------------------------------------------------
    def verb_lemma(self, verb: Token) -> str:
        """The lemma to look up: spaCy's, or a stem of the word when the lemmatizer slipped ("staged").

        A function of the word and its lemma only: kept per lexicon by their string ids (`Lexicon.memo`), since the
        coder asks it of the same tokens many times over."""
        key = (verb.lemma, verb.lower)
        memo = self.lex.memo.setdefault("verb_lemma", {})
        got = memo.get(key)
        if got is None:
            got = memo[key] = self._verb_lemma(verb)
        return str(got)

    def _verb_lemma(self, verb: Token) -> str:
        lemma = verb.lemma_.lower()
        if verb.lower_ in LEMMA_FIXES:
            return LEMMA_FIXES[verb.lower_]  # "raped" is not "rap" (criticize)
        if lemma in self.lex.verbs or lemma in self.lex.support_verbs:
            return lemma
        w = verb.lower_
        for cand in (w, w[:-1], w[:-2], w[:-3], w[:-3] + "e", w[:-1] + "e" if w.endswith("s") else ""):
            if cand and (cand in self.lex.verbs or cand in self.lex.support_verbs):
                return cand
        if "-" in lemma.strip("-"):
            # "re-take", "re-arrested", "co-sign": the verb without its hyphen ("retake"), else the verb after it
            joined = lemma.replace("-", "")
            if joined in self.lex.verbs or joined in self.lex.support_verbs:
                return joined
            last = lemma.rsplit("-", 1)[1]
            if last in self.lex.verbs or last in self.lex.support_verbs:
                return last
        return lemma

    def match_verb(self, verb: Token) -> tuple[VerbEntry, Token | None] | None:
        entries = self.lex.verbs.get(self.verb_lemma(verb))
        if not entries:
            return None
        kids = list(token_children(verb))  # read once: `Token.children` builds new tokens on every walk, and the entries walk it often
        prts = {c.lower_ for c in kids if c.dep_ == "prt"}
        # a particle parsed as a preposition may fulfil an entry's particle, but does not bar plain entries
        strays = [c for c in kids if _stray_particle(c)]
        stray = {c.lower_ for c in strays}
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        if nxt is not None and nxt.dep_ == "quantmod" and nxt.lower_ in ("over", "up", "out", "back", "off", "down"):
            stray.add(nxt.lower_)  # "handed over 13 hostages": the parser reads "over 13" as "more than 13"
        stray_at = {c.i for c in strays}
        preps = {c.lower_ for c in kids if c.dep_ in ("prep", "agent") and c.i not in stray_at}
        preps |= {g.lower_ for c in strays for g in token_children(c) if g.dep_ == "prep"}
        obj = self.direct_object(verb)
        if obj is not None and obj.i > verb.i:
            # "troops pushed back the rebels", "pushed the rebels back": the parser reads the particle as an adverb
            stray |= {c.lower_ for c in kids if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES
                      and (c.i == verb.i + 1 < obj.i or c.i == obj.right_edge.i + 1) and not token_children(c)}
        # "designated X and Y as terrorist organizations": the parser may hang "as" on the object's last conjunct
        obj_as = [] if obj is None else [p for o in self.conjuncts(obj) for p in self.pobjs(o, ("as",))]
        if obj_as:
            preps.add("as")  # "declared four groups as terrorist organizations": the parser hangs "as" on the object
        best: tuple[VerbEntry, Token | None] | None = None
        best_score = -1
        has_clause = any(c.dep_ in ("xcomp", "ccomp") for c in kids) or verb.i in self.vowed
        for e in entries:
            if e.prt and e.prt not in prts and e.prt not in stray:
                continue
            if not e.prt and prts and e.verb not in self.lex.support_verbs:
                continue
            if e.prep and e.prep not in preps:
                continue
            if e.intransitive and obj is not None:
                continue  # "withdrew the product", "nurses strike a deal": the verb in another sense
            if e.intransitive and e.no_event and self.is_passive(verb):
                continue  # "villagers were evacuated by the army": someone did it to them, the act is coded
            if e.id == "w.suspend_member" and obj is not None and obj.lemma_.lower() in CANDIDACY_NOUNS:
                continue  # "suspends his campaign": a candidate gives up a run, no one is suspended
            found: Token | None = None
            if e.subject:
                # "a car bomb exploded", "a blast ripped through a market": the subject is the event's instrument
                found = self._subject_noun(verb, e.subject)
                if found is None:
                    continue
            if e.object:
                cands = self.pobjs(verb, (e.prep,)) if e.prep else ([obj] if obj is not None else [])
                if e.prep == "as" and not cands and obj is not None:
                    cands = obj_as
                if not e.prep:
                    # "withdraw from talks", "put its ships on high alert": an object entry may name the
                    # object of any preposition; "declined to comment": or the verb of its complement
                    preps_ok = ("on", "under", "into", "from") if cands else None  # with a direct object: "put X on alert"
                    cands += [p for c in kids if c.dep_ == "prep" and (preps_ok is None or c.lower_ in preps_ok)
                              for p in self.children(c, "pobj")]
                    cands += [c for c in kids if c.dep_ == "xcomp" and c.pos_ == "VERB"]
                    # "took 30 villagers hostage": the parser may make the predicate noun of a taking a second
                    # direct object (kept to the takings of 18x; other verbs' second objects are left as they were)
                    if obj is not None and e.code[:2] == "18":
                        cands += [c for c in kids if c.dep_ == "dobj" and c.i > obj.i]
                    # "were found guilty": a predicate complement may be the entry's object
                    cands += [c for c in kids if c.dep_ in ("oprd", "acomp") or (c.dep_ == "ccomp" and c.pos_ == "ADJ")]
                    # "labelled the writer a foreign agent": the object's predicate parsed as its apposition;
                    # "declared the envoy persona non grata": the predicate parsed as a clause of its own
                    if obj is not None:
                        cands += [a for a in token_children(obj) if a.dep_ == "appos" and a.i > obj.i]
                    # "dismissed Noem as homeland security secretary": the office held, named itself (not "as part of")
                    cands += [p for p in self.pobjs(verb, ("as",)) if p.lemma_.lower() in e.object or any(
                        c.dep_ in ("compound", "nmod") and c.lemma_.lower() in e.object for c in token_children(p))]
                    cands += [c for c in kids if c.dep_ == "ccomp" and c.lemma_.lower() in e.object
                              and self.children(c, "nsubj")]
                    # "ruled that the decree was unconstitutional": the predicate of the verb's clause
                    cands += [g for c in kids if c.dep_ == "ccomp" and c.lemma_ == "be"
                              for g in token_children(c) if g.dep_ == "acomp"]
                    # "sign the hostage release and ceasefire deal": a noun object misread as a verb has a determiner
                    cands += [c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i
                              and c.left_edge.tag_ == "DT" and c.left_edge.i == verb.i + 1
                              and not self.children(c, "nsubj", "nsubjpass", "aux", "mark")]
                    # "allowed fuel trucks to enter": the parser makes the object the clause's subject
                    cands += [g for c in kids if c.dep_ in ("ccomp", "xcomp") for g in token_children(c) if g.dep_ == "nsubj"]
                    if obj is None:
                        # "the two sides trade 40 detainees": a counted object after a plain verb form may be parsed as
                        # an adverbial noun; only the entry's own object noun is taken
                        cands += [c for c in kids if c.dep_ == "npadvmod" and c.i > verb.i]
                # an entry with both a subject and an object needs both: the subject found above must not
                # stand in for a missing object
                obj_found = next((cand for cand in cands if self._object_matches(cand, e.object)), None)
                if obj_found is None or _object_in_other_sense(e.id, obj_found, self):
                    continue
                if not e.prt and prts and obj_found.dep_ == "pobj":
                    continue  # "took off from the airport": a particle verb of its own, the place is no object taken
                found = obj_found
            # A modifier match is the more specific reading: "ceasefire agreement", "peacekeeping force".
            score = e.specificity * 2 + (found is not None and found.lemma_.lower() not in e.object)
            if found is not None and e.object and found.lemma_.lower() not in e.object and found.lower_ not in e.object \
                    and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in e.object for c in token_children(found)):
                score -= 2  # "seeking the release of aid workers": matched only through "of", the object's own entry wins
            if e.compose and has_clause:
                score += 10  # "agreed to lift embargoes (with strings attached)": the complement decides
            if found is not None and found.dep_ == "xcomp":
                score += 20  # "declined to comment": the complement is the entry's own object
            if best is None or score > best_score:
                best, best_score = (e, found), score
        return best

    def _subject_noun(self, verb: Token, lemmas: frozenset[str]) -> Token | None:
        """The verb's subject noun when it (or a compound or adjective of it) is one of `lemmas`."""
        subj = self.children(verb, "nsubj")
        if not subj and verb.i in self.reread:
            subj = list(self.reread[verb.i][0])  # "Twin blasts rock Kabul": the subject the parser hung elsewhere
        if not subj and verb.dep_ == "conj":
            subj = self.children(verb.head, "nsubj")  # "a bomb exploded and ripped through the market"
        if not subj and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" \
                and not self.pobjs(verb, ("by",)):
            subj = [verb.head]  # "A bomb detonated outside a police station": the parser made the clause a noun phrase
        # "a contingent of peacekeeping troops arrived": the members of a group noun are the subject
        subj = subj + [p for s_tok in subj if s_tok.lemma_.lower() in GROUP_NOUNS for p in self.pobjs(s_tok, ("of",))]
        for s_tok in subj:
            if s_tok.pos_ not in ("NOUN", "PROPN"):
                continue
            # the head noun, or a compound ("bomb blast"); not an adjective ("explosive drones" are drones)
            if s_tok.lemma_.lower() in lemmas or s_tok.lower_ in lemmas or any(
                    (c.dep_ == "compound" or c.dep_ == "amod" and c.tag_ in ("NN", "VBG")) and c.lemma_.lower() in lemmas
                    for c in token_children(s_tok)):
                return s_tok
        return None

    def _instrument_arguments(self, verb: Token, subj: Token, targets: list[Token]) -> tuple[list[Token], list[Token]]:
        """Who set off "a car bomb exploded in Kabul, killing six": the bomb's owner ("an IS car bomb", "a bomb
        planted by rebels"), or the subject itself when it is an actor ("a suicide bomber blew himself up");
        whom: the people its casualty clause names ("killing six soldiers"), else the place or thing hit."""
        if self.actor_of(subj) is not None:
            sources = [subj]
        else:
            sources = self.children(subj, "poss") + self.pobjs(subj, ("by",)) + [
                c for c in token_children(subj) if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
            for c in token_children(subj):
                if c.dep_ == "acl" and c.tag_ == "VBN":
                    sources += self.pobjs(c, ("by",))  # "a bomb planted by militants": one bombing, theirs
                    self.consumed.add(c.i)
            if not sources:
                # "a shell launched from Gaza killed two soldiers": with no named doer, the land it came from (as for
                # "intercepted a drone launched from X")
                sources = [p for c in token_children(subj) if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FIRE_VERBS
                           for p in self.pobjs(c, ("from",)) if p.ent_type_ in ("GPE", "LOC")][:1]
        for c in token_children(verb):
            if c.dep_ in ("advcl", "conj") and self.verb_lemma(c) in CASUALTY_VERBS and c.i not in self.consumed:
                victims = self.children(c, *OBJ_DEPS)
                self.consumed.add(c.i)  # "exploded, killing six": the toll of this explosion, not an act of its own
                if victims:
                    targets = victims + [t for t in targets if t.ent_type_ not in ("GPE", "LOC", "FAC")]
        targets = [t for t in targets if t.i != subj.i and t.lower_ not in REFLEXIVE_WORDS]
        if not any(self.actor_of(t) is not None for t in targets):
            # "outside a police station in Diyarbakir": the place of the thing hit says whose it is
            targets += [p for t in targets for p in self.pobjs(t, ("in", "of")) if p.ent_type_ in ("GPE", "LOC")][:1]
        return sources, targets

    def _claimer(self, noun: Token) -> list[Token]:
        """Who claims an attack: the subject of "claimed/took/admitted responsibility for", "claimed" the attack."""
        t = noun
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        if t.i in self.claims:
            return self.claims[t.i]  # "said it was behind the attack"
        if t.dep_ != "pobj" or t.head.lower_ != "for":
            if t.dep_ in OBJ_DEPS and self.verb_lemma(t.head) == "claim":
                return self.subject(t.head)  # "ISIS claimed the attack"
            return []
        owner = t.head.head
        if owner.lemma_.lower() in ("responsibility", "credit") and owner.dep_ == "ROOT":
            # "The Taliban claim responsibility for the bombing": a headline verb the small parser reads as a compound of
            # the noun, with the claimer as its subject
            claim = next((c for c in token_children(owner) if c.dep_ == "compound" and c.i < owner.i
                          and c.lower_ in ("claim", "claims")), None)
            if claim is not None:
                # the claimer hangs on the "compound" as its subject, or on the noun as a name right before it
                return [c for c in token_children(claim) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")] or [
                    c for c in token_children(owner) if c.i == claim.i - 1 and c.dep_ in ("compound", "nmod", "nsubj")
                    and c.pos_ == "PROPN"]
        if owner.lemma_.lower() in ("responsibility", "credit") and owner.dep_ in OBJ_DEPS:
            owner = owner.head
        if owner.pos_ in ("VERB", "NOUN") and self.verb_lemma(owner) in ("claim", "take", "admit", "accept", "assume"):
            return self.subject(owner)
        return []

    def _reporting_state(self, verb: Token, code: str = "") -> list[Token]:
        """The speaker whose report holds `verb`, when it is a state's official, army, police or the state itself."""
        speech = _under_speech(verb, self.lex)
        speakers = super().subject(speech) if speech is not None else []
        # (a body coded only by the country in its name, "the Sudanese Doctors Network", is no state)
        states = [r for t in speakers if (r := self.actor_of(t)) is not None and (r.sector in ("GOV", "COP", "MIL", "SPY") or (
            r.sector is None and r.code and r.code == r.country and not (r.why or "").startswith("name:")))]
        if not states:
            return []
        own = {r.country for r in states if r.country}
        for p in self.children(verb, "nsubjpass") if code[:3] not in ("173", "174") else ():
            r = self.actor_of(p) or next((m for c in token_children(p) if c.dep_ in ("amod", "compound") and c.i < p.i
                                          for m in [self.actor_of(c)] if m is not None), None)
            if r is not None and r.country in own and r.sector in (None, "GOV", "MIL", "COP", "SPY", "LEG", "JUD"):
                return []  # "the president confirms that the defence ministry was hacked": a state's own body suffered it
        return speakers

    def _own_subordinates(self, sources: Sequence[Token], addressees: Sequence[Token]) -> bool:
        """The addressees are the sources' own forces or agencies: a government's army, police or ministry."""
        src = [r for r in (self.actor_of(t) for t in sources) if r is not None and r.country]
        if not src or not all(r.sector in ("GOV", None) for r in src):
            return False
        for t in addressees:
            # "order the military to ...", "orders the commerce ministry to ...": the word with no other state's name in
            # it means the speaker's own forces or ministry
            bare = t.lemma_.lower() in ARMED_WORDS | {"military", "ministry", "agency", "department"} and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and (c.ent_type_ in ("GPE", "NORP") or c.dep_ == "poss"
                                                                    and c.lower_ not in REFLEXIVE_WORDS)
                for c in token_children(t))
            if bare:
                continue  # "order the military to ...": the bare word means the speaker's own forces
            r = self.actor_of(t)
            if r is not None and not r.country and r.sector in ("MIL", "COP", "SPY", "GOV") and not any(
                    c.ent_type_ in ("GPE", "NORP") for c in t.subtree):
                continue  # "ordered the economy ministry to impose tariffs": a body of no other state is the speaker's own
            if r is None or r.country not in {s.country for s in src} or r.sector not in ("MIL", "COP", "SPY", "GOV"):
                return False
        return True

    def _blow(self, tok: Token, lemma: str) -> bool:
        """'A Russian drone strike damages a depot': an attack noun as the subject of a verb of damage or casualty."""
        if tok.dep_ != "compound" or tok.pos_ != "NOUN" or lemma not in RESULT_VERBS | CASUALTY_VERBS:
            return False
        m = self.match_noun(tok)
        return m is not None and m[1][:2] in ("18", "19", "20")

    def _gunfire(self, verb: Token, entry: VerbEntry) -> Frame | None:
        """'Israeli fire has killed four Palestinians', 'five people are killed by Israeli fire': fire that an actor's
        name or demonym owns is gunfire, an attack by that actor (190), not a blaze that killed ("a fire killed 30
        patients", "died in a house fire" stay no event)."""
        passive = self.is_passive(verb)
        fires = self.pobjs(verb, ("by", "in", "from", "under")) if passive else self.children(verb, "nsubj")
        fire = next((f for f in fires if f.lemma_.lower() == "fire"
                     and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token_children(f))), None)
        if fire is None:
            return None  # "a house fire", "artillery fire" (a weapon's fire is coded by its noun entry)
        # a demonym or a group's name ("Israeli fire", "Hezbollah fire"), not a place ("a Kyiv fire")
        owners = [c for c in token_children(fire) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG")
                  or c.dep_ == "poss" and self.actor_of(c) is not None]
        if not owners:
            return None
        victims = self.children(verb, "nsubjpass") if passive else self.children(verb, *OBJ_DEPS)
        self.consumed.add(fire.i)
        return Frame(code="190", rule=f"{entry.id}+fire", anchor=verb, trigger=[fire, verb], sources=owners,
                     targets=victims, specific=True)

    def _shots_at(self, verb: Token, lemma: str, obj: Token) -> bool:
        """'Shots are fired at the US consulate', 'fired a shot at two vessels': shots fired at something are gunfire,
        not pictures ("fired off a shot of the parade")."""
        return lemma == "fire" and obj.lemma_.lower() == "shot" and any(
            c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "toward", "towards") for c in token_children(verb))

    def _instrument(self, tok: Token, lemma: str) -> bool:
        """'Blasts rock Jalalabad': a noun the verb's entry names as its acting instrument, hung by the parser on the
        object as a modifier next to the verb."""
        return tok.dep_ == "compound" and tok.pos_ == "NOUN" and any(
            tok.lemma_.lower() in e.subject for e in self.lex.verbs.get(lemma, ()))

    def _series_verb(self, t: Token, lemma: str) -> tuple[list[Token], Token | None] | None:
        """A later verb of a headline series with one subject: "Brazil recalls its ambassador and summons Argentina's
        envoy", "Romania recalls its ambassador, declares the envoy persona non grata, and summons ...". The parser
        reads a verb after "and" as a plural noun joined to the object before it (yet hangs the verb's own object on
        it), and after a comma makes the first verb a clause under the next one, which is left without a subject. The
        later verb shares the subject of the verb the series starts from."""
        doc = t.doc
        if t.tag_ == "VBZ" and t.dep_ == "ROOT" and t.i >= 2 and doc[t.i - 1].text == ",":
            # "Romania recalls its ambassador, declares ...": the first verb, with its subject, ends at the comma
            first = next((c for c in token_children(t) if c.dep_ == "ccomp" and c.tag_ == "VBZ" and c.right_edge.i == t.i - 2), None)
            subj = self.subject(first) if first is not None else []
            return (subj, None) if subj else None
        if t.tag_ != "NNS" or t.dep_ != "conj" or t.lower_ not in (lemma + "s", lemma + "es") \
                or doc[t.i - 1].dep_ != "cc" or lemma not in self.lex.verbs:
            return None
        obj = next((c for c in token_children(t) if c.dep_ == "dobj" and c.i > t.i), None)
        if obj is None:
            return None  # "drone strikes and missile strikes": a noun joined to a noun takes no object
        head = t.head
        # up from the object the parser joined the verb to, to the verb of the series; "declares two diplomats persona
        # non grata, and summons": the predicate misread as a clause belongs to the series verb above it
        while head.i not in self.reread and head.dep_ in ("conj", "dobj", "pobj", "prep", "ccomp") and (
                head.pos_ not in ("VERB", "AUX") or head.dep_ == "ccomp" and head.head.i in self.reread):
            head = head.head
        if head.i >= t.i or not (head.pos_ in ("VERB", "AUX") or head.i in self.reread) or self.is_passive(head):
            return None
        subj = self.subject(head)
        return (subj, obj) if subj else None

    def _swallowed_by_phrase(self, t: Token, lemma: str) -> tuple[list[Token], Token | None] | None:
        """'The appellate court of the Philippines sentences X to 55 years', 'The military court in Kinshasa sentences
        Joseph Kabila to death': the parser ends the subject's "of"/"in" phrase with the headline verb, read as a
        plural noun (the phrase's object, or a modifier of the name after it), and hangs the rest on the subject, the
        verbless sentence's root. The root, when it names an actor, is the subject; the name after the verb the
        object."""
        if t.tag_ != "NNS" or t.lower_ not in (lemma + "s", lemma + "es") or lemma not in self.lex.verbs:
            return None
        obj: Token | None = None
        pobj = t
        if t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.i > t.i:
            # "in Kinshasa sentences Joseph Kabila": the name the verb "modifies" is its object (a common noun there,
            # "a judge in Argentina orders investigations into ...", leaves the phrases after it on the root: not read)
            if t.head.pos_ != "PROPN":
                return None
            pobj = obj = t.head
        prep = pobj.head
        if pobj.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "in", "for") or prep.head.dep_ != "ROOT":
            return None
        root = prep.head
        if root.i > t.i or root.pos_ not in ("NOUN", "PROPN") or self.actor_of(root) is None:
            return None
        if obj is None:
            # "of the Philippines sentences Janet Lim-Napoles": the object hung on the root, right after the verb
            obj = next((c for c in token_children(root) if c.dep_ in ("appos", *OBJ_DEPS) and c.left_edge.i == t.i + 1
                        and c.pos_ in ("NOUN", "PROPN")), None)
        return ([root], obj) if obj is not None else None

    def _claim_to_have(self, t: Token, lemma: str) -> Token | None:
        """'Israel's military claims to have killed a Hezbollah commander': the parser reads the headline verb of
        saying as a plural noun, the subject of the infinitive after it (a clause of its own needs a finite verb). The
        actor named right before the verb is the subject of both; returns it."""
        act = t.head
        if t.tag_ != "NNS" or t.lower_ not in (lemma + "s", lemma + "es") or act.i <= t.i or act.pos_ != "VERB" \
                or not any(c.dep_ == "aux" and c.lower_ == "to" and c.i > t.i for c in token_children(act)):
            return None
        left = [c for c in token_children(t) if c.i < t.i and c.dep_ in ("poss", "amod", "compound", "nmod")]
        if not left or max(c.right_edge.i for c in left) != t.i - 1:
            return None
        refs = [(c, self.actor_of(c)) for c in left]
        named = [(c, r) for c, r in refs if r is not None and r.country]
        if not named:
            return None
        if len(named) > 1 and (named[-1][1].why or "").startswith("context:"):
            return named[0][0]  # "Israel's military": a bare "military" has no country of its own; its owner says whose
        return named[-1][0]

    def _after_parenthetical(self, t: Token, lemma: str) -> Token | None:
        """'Some 4,000 students, largely members of a union, rally in Santiago': after a parenthetical
        the parser hangs the verb on the subject noun (the root) as an apposition; the subject is that root."""
        head = t.head
        if t.dep_ != "appos" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i >= t.i:
            return None
        if t.i < 1 or t.doc[t.i - 1].text != "," or self.children(t, "det", "poss", "amod", "compound", "nummod"):
            return None  # "X, a Czech lawmaker": a noun in apposition has its own modifiers
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in PLURAL_NOUNS
        if not (t.lower_ == lemma and plural or t.lower_ in (lemma + "s", lemma + "es") and not plural):
            return None
        if self.actor_of(head) is None and head.ent_type_ not in ENT_ACTOR_LABELS:
            return None
        return head

    def _demonym(self, tok: Token) -> bool:
        """'Russian', 'Afghan' (not 'Pakistan' tagged an adjective): the word is not its country's own name."""
        if tok.ent_type_ == "NORP":
            return True
        ref = self.actor_of(tok)
        return ref is None or (ref.name or "").lower() != tok.lower_

    def _appos_subject(self, t: Token) -> Token | None:
        """'A court in Tunisia sentences opposition leader X to 22 years': the parser makes the verb a compound of the
        object, hung as an apposition on the subject phrase (the sentence's root noun); the subject phrase must end
        right before the verb and name an actor."""
        h = t.head
        while h.dep_ == "compound" and h.head.i > h.i:
            h = h.head  # "sentences opposition figure Karim Tabbou": the name at the end of the compound chain
        if t.dep_ != "compound" or h.dep_ != "appos" or h.i <= t.i or t.tag_ != "NNS":
            return None
        subj = h.head
        if subj.i >= t.i or subj.dep_ != "ROOT" or subj.pos_ not in ("NOUN", "PROPN") or self.actor_of(subj) is None:
            return None
        if any(c.i < t.i for c in token_children(t)) or any(c.i < t.i and c.dep_ != "compound" for c in token_children(h)):
            return None
        # the subject's own words ("A court in Algeria") end right before the verb
        own = [c for c in token_children(subj) if subj.i < c.i < t.i and c.i != h.i]
        if max([subj.i, *(c.right_edge.i for c in own)]) != t.i - 1 or not _clause_opening(t.doc, t.left_edge.i, self.lex):
            return None
        if t.lower_ not in (self.verb_lemma(t) + "s", self.verb_lemma(t) + "es"):
            return None
        return subj

    def _swapped_subject(self, t: Token, lemma: str) -> tuple[list[Token], Token | None] | None:
        """'The foreign ministry rejects reports that ...': the parser made the headline verb ("rejects") the plural
        subject of the noun after it, read as a verb. The noun is the object, and is no verb of its own."""
        h = t.head
        # "Macron thanks Modi": the name may also be tagged a bare verb (VB)
        if not (t.dep_ in ("nsubj", "npadvmod") and t.tag_ == "NNS" and h.i == t.i + 1
                and (h.tag_ in ("VBZ", "VBP") or (h.tag_ == "VB" and h.text[:1].isupper()))
                and t.lower_ in (lemma + "s", lemma + "es") and not self.children(h, "nsubj", "nsubjpass")[1:]):
            return None
        # only nouns of what others say ("reports", "claims"): with an act noun ("issues arrest warrants") the
        # misread verb itself codes right
        noun_like = h.lemma_.lower() in REPORT_NOUNS or h.lower_.rstrip("s") in REPORT_NOUNS
        # "Zelensky thanks Trump for ...": the name after the verb was read as the verb
        name_like = h.text[:1].isupper() and (h.ent_type_ in ENT_ACTOR_LABELS or self.actor_of(h) is not None)
        left = [c for c in token_children(t) if c.i < t.i]
        subj = [c for c in left if c.dep_ in ("compound", "amod", "nmod", "poss") and (
            c.pos_ == "PROPN" or c.ent_type_ in ENT_ACTOR_LABELS or self.actor_of(c) is not None)]
        if not (noun_like or name_like) or not subj or max(c.right_edge.i for c in left) != t.i - 1 or (
                t.dep_ == "npadvmod" and not name_like):
            return None
        if not _clause_opening(t.doc, min(c.left_edge.i for c in left), self.lex):
            return None
        chosen = subj[-1]
        if chosen.pos_ == "ADJ" and len(subj) > 1 and (first := self.actor_of(subj[0])) is not None and first.country and (
                (ref := self.actor_of(chosen)) is None or ref.country != first.country):
            chosen = subj[0]  # "The Israeli military issues ...": the demonym says whose military
        self.consumed.add(h.i)  # "reports": a noun here, not a verb to code
        return [chosen], h

    def _fighting_sides(self, nf: Frame, noun: Token) -> None:
        """The sides of a fight that caused casualties: "clashes between the army and the RSF killed dozens" (the
        two sides, each way), "militants were killed in an encounter with police" (the police against them)."""
        if nf.code[:2] not in ("18", "19") or nf.sources:
            return
        between = self.pobjs(noun, ("between", "among"))
        if between:
            parts = self.conjuncts(between[0])
            if len(parts) >= 2:
                nf.sources, nf.targets = parts, []  # mutual: each side against the other (see emit's pairs)
                nf.symmetric = True
            return
        partners = self.pobjs(noun, ("with",))
        if partners and nf.anchor.pos_ == "VERB" and self.is_passive(nf.anchor):
            # a fight is mutual: "two officers die in a shootout with cartel gunmen" is a shootout
            # of the soldiers and the fighters, each against the other
            victims = self.children(nf.anchor, "nsubjpass")
            nf.sources = self.conjuncts(partners[0]) + victims
            nf.targets = []
            nf.symmetric = True

    def _armed_context(self, noun: Token) -> bool:
        """'killed in an encounter', 'an encounter with security forces': the noun names a fight, not a meeting."""
        # "killed after two encounters with troops" too: what the dead were killed in
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "after", "following") \
                and self.verb_lemma(noun.head.head) in CASUALTY_VERBS:
            return True
        partners = [p for t in self.pobjs(noun, ("with", "between", "against")) for p in self.conjuncts(t)]
        partners += [c for c in token_children(noun) if c.dep_ in ("amod", "compound")]
        return any(p.lemma_.lower() in ARMED_WORDS or p.lower_ in ARMED_WORDS or p.lower_ in ("armed", "gun")
                   or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_WORDS for c in token_children(p))
                   for p in partners)

    @staticmethod
    def _object_matches(tok: Token, lemmas: frozenset[str]) -> bool:
        if tok.lemma_.lower() in lemmas or tok.lower_ in lemmas:
            return True
        # "state of emergency", "martial law", "hunger strike": look at compounds and "of" objects
        for c in token_children(tok):
            if (c.dep_ in ("compound", "amod") or c.dep_ == "nmod" and tok.head.lower_ == "as") and c.lemma_.lower() in lemmas \
                    and not (c.lemma_.lower() in ROLE_MARK_NOUNS and tok.lemma_.lower() in CRAFT_NOUNS):
                # "as Secretary of Homeland Security": the parser may hang the office on the last name; "an attack
                # submarine" names a craft, no attack
                return True
            if c.dep_ == "prep" and c.lower_ == "as" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in lemmas for p in token_children(c)):
                return True  # "dismissed Noem as Homeland Security secretary": the office held, "as" hung on the name
            # "20 million euros of aid"; "30 million euros in aid": a sum names what it is paid in with "in"
            if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and (
                    tok.ent_type_ == "MONEY" or tok.lemma_.lower() in CURRENCY_NOUNS))):
                for p in token_children(c):
                    if p.dep_ != "pobj":
                        continue
                    if p.lemma_.lower() in lemmas:
                        return True
                    # "part of a military aid program": one more compound level
                    if any(g.dep_ == "compound" and g.lemma_.lower() in lemmas for g in token_children(p)):
                        return True
        return False

    def match_noun(self, noun: Token) -> tuple[NounEntry, str] | None:
        lemma = noun.lemma_.lower()
        if _natural_blow(noun):
            return None  # "a lightning strike", "a meteor impact": nature struck, no one attacked
        if lemma == "probe" and any(c.lower_ in SPACECRAFT_WORDS for c in token_children(noun) if c.dep_ in ("compound", "amod")):
            return None  # "a lunar probe": a craft, not an inquiry
        if lemma in ARMED_SENSE_NOUNS and self._armed_context(noun):
            return ARMED_ENCOUNTER, ARMED_ENCOUNTER.code  # "killed in an encounter with police": a gunfight
        if noun.tag_ == "VBG":
            # "killed by Russian shelling": a gerund read as the blow is its "-ing" noun, not its stem ("shell", a weapon)
            entries = self.lex.nouns.get(noun.lower_) or self.lex.nouns.get(lemma)
        else:
            entries = self.lex.nouns.get(lemma) or self.lex.nouns.get(noun.lower_)
        if entries and lemma in TRUCE_NOUNS and noun.i + 1 < len(noun.doc) and noun.nbor().lower_ in TALKS_WORDS \
                and (noun.nbor().tag_.startswith("VB") or noun.dep_ == "compound" and noun.head.i == noun.i + 1):
            # "the two sides hold truce talks": the tagger may read "talks" as the verb of "truce", or "resume" as a
            # modifier of "truce" (then taken for its object); the phrase names talks about a truce (040), no truce
            talks = noun.nbor()
            if any(c.dep_ in ("nsubj", "nsubjpass", "nmod") and c.i != noun.i for c in (*token_children(talks), *token_children(noun))):
                return None  # "X and Y resume truce talks" with "talks" read as X's verb: the talks are coded there
            entries = self.lex.nouns.get(talks.lemma_.lower()) or self.lex.nouns.get(talks.lower_)
            if not entries:
                return None
        carrier_mods: set[str] = set()
        if entries and lemma in CARRIER_NOUNS:
            # "a 17th sanctions package", "an arrest campaign": the modifier names the event, not the carrier's own
            # sense ("an aid package" keeps the package's entry, its modifier being the same kind of act)
            named = [c for c in token_children(noun) if c.dep_ == "compound" and c.lemma_.lower() in self.lex.nouns]
            # "a fresh package of sanctions on Iran": what an aid carrier is "of" names the event, as a compound does
            # ("a round of strikes" keeps its own reading)
            held = [p for c in token_children(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in token_children(c)
                    if p.dep_ == "pobj"] if _aid_carrier(entries) else []
            named = named or [p for p in held if p.lemma_.lower() in self.lex.nouns]
            # "an assassination attempt": the carrier's own entry names that modifier, and keeps it
            named = [c for c in named if not any(c.lemma_.lower() in e.modifiers or c.lower_ in e.modifiers for e in entries)]
            if not named and any(
                    p.ent_type_ not in ("MONEY", "CARDINAL") and not p.like_num and p.lemma_.lower() not in CURRENCY_NOUNS
                    and p.lemma_.lower() not in self.lex.nouns
                    and not any(p.lemma_.lower() in e.modifiers for e in entries) for p in held):
                return None  # "a package of reforms", "a package of measures against Russia": no aid ("of $2 billion" is)
            if named:
                entries = self.lex.nouns[named[-1].lemma_.lower()]
                carrier_mods = {c.lemma_.lower() for c in token_children(noun) if c.dep_ in ("amod", "compound", "nmod")}
                noun = named[-1]
                lemma = noun.lemma_.lower()
        if not entries:
            # "air strike", "hunger strike" written as compounds: try "<compound>-<noun>"
            comp = [c for c in token_children(noun) if c.dep_ == "compound"]
            if comp:
                entries = self.lex.nouns.get(f"{comp[-1].lower_}-{lemma}")
            if not entries and lemma in CARRIER_NOUNS:
                # "a mediation effort", "a peace mission": the modifier names the event; the one next to the carrier
                # ("ceasefire mediation efforts" are mediation)
                for c in reversed(list(token_children(noun))):
                    if c.i < noun.i and c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.lex.nouns:
                        entries = self.lex.nouns[c.lemma_.lower()]
                        break
            if not entries:
                return None
        mods = {c.lemma_.lower() for c in token_children(noun) if c.dep_ in ("amod", "compound", "nmod")} | carrier_mods
        mods |= {c.lower_ for c in token_children(noun) if c.dep_ in ("amod", "compound", "nmod")}
        # "a teachers' strike", "the miners' strike": a common-noun possessor says who strikes, as a compound does
        mods |= {c.lemma_.lower() for c in token_children(noun) if c.dep_ == "poss" and c.pos_ == "NOUN"}
        # "joint coast guard drills": the parser hangs the adjective on the compound ("guard"), one level down
        mods |= {g.lemma_.lower() for c in token_children(noun) if c.dep_ == "compound" for g in token_children(c)
                 if g.dep_ in ("amod", "compound") and g.i < c.i}
        if lemma == "call" and self.pobjs(noun, ("with",)) and not self.pobjs(noun, ("for", "on", "to")) and not any(
                c.dep_ == "acl" for c in token_children(noun)):
            mods.add("phone")  # "a call with the Turkish president": a conversation (041), not an appeal ("a call for")
        if lemma in CARRIER_NOUNS and _aid_carrier(entries):
            # "a new package of weapons": what a carrier holds refines it as its compound would ("a weapons package")
            mods |= {p.lemma_.lower() for c in token_children(noun) if c.dep_ == "prep" and c.lower_ == "of"
                     for p in token_children(c) if p.dep_ == "pobj"}
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
        for c in token_children(obj):
            if c.dep_ in ("amod", "compound", "nmod"):
                words.add(c.lemma_.lower())
            if c.dep_ == "prep" and c.lower_ == "of":
                words.update(p.lemma_.lower() for p in token_children(c) if p.dep_ == "pobj")
        for m, mc in modifiers.items():
            if m in words:
                return mc
        if code.startswith("084") and "captive" in modifiers and self.actor_of(obj) is not None and any(
                (c.dep_ == "acl" and c.tag_ == "VBN" or getattr(self.reduced.get(c.i), "i", -1) == obj.i) and c.lemma_.lower() in CAPTIVITY_VERBS
                for c in (*token_children(obj), obj.head)):
            # "130 students abducted in November have been released": people taken before are freed as captives
            return modifiers["captive"]
        return code

    # -- frames -----------------------------------------------------------------------------
    def _aimed_at(self, verb: Token, prep: str) -> list[Token]:
        """The object of `prep` the parser hung on the subject of a misread headline verb ("tanks and snipers fire at a
        clinic", see `_coordinated_subject`)."""
        rr = self.reread.get(verb.i)
        if rr is None or rr[1] is None:
            return []
        if rr[1].dep_ == "dobj" and rr[1].head.i == verb.i - 1 and rr[1].head.dep_ == "ROOT":
            # "Ruritanian Front fighters fire mortars at a base": the aim hangs on the subject the parser made the root
            return [p for c in token_children(rr[1].head) if c.dep_ == "prep" and c.lower_ == prep and c.i > verb.i
                    for p in token_children(c) if p.dep_ == "pobj"]
        if not _aimed_object(verb, rr[1]) or rr[1].head.lower_ != prep:
            return []
        return [rr[1].doc[rr[1].i]]

    def slot_tokens(self, slots: Sequence[str], verb: Token, obj: Token | None, entry_prep: str | None) -> list[Token]:
        out: list[Token] = []
        for slot in slots:
            if slot == "nsubj":
                out.extend(self.subject(verb))
            elif slot == "dobj":
                d = self.direct_object(verb)
                if d is None and self.verb_lemma(verb) in OBJECT_CONTROL:
                    # "allowed the candidate to run", "urged Russia to release" parsed as a clause: its subject
                    d = next((g for c in token_children(verb) if c.dep_ == "ccomp" and (any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c)) or self.verb_lemma(verb) == "help")
                        for g in token_children(c) if g.dep_ == "nsubj"), None)
                if d is None and obj is not None and obj.dep_ == "acomp" and obj.head.dep_ == "ccomp" and obj.head.head.i == verb.i:
                    # "ruled that the detention of the opposition leader was unlawful": the clause's subject, and the
                    # person or state it is about ("of" the leader) when it is no actor itself
                    d = next((c for c in token_children(obj.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
                    if d is not None and d.pos_ == "NOUN" and not self.children(d, "poss") and self.actor_of(d) is None:
                        d = next(iter(self.pobjs(d, ("of", "against", "on"))), d)
                if d is not None and obj is not None and d.i == obj.i and obj.dep_ == "dobj" and self.is_passive(verb):
                    # "was handed a life sentence", "was given a 27-year term": a passive ditransitive keeps the thing
                    # given as its object; the one who receives it is the subject
                    d = next(iter(self.children(verb, "nsubjpass")), None)
                if d is None and obj is not None and obj.dep_ in ("ccomp", "xcomp") and obj.head.i == verb.i:
                    # "declared the ambassador persona non grata": the parser makes the person the predicate's subject
                    d = next(iter(self.children(obj, "nsubj")), None)
                # (the trigger's own object noun too: "condemned Russia's invasion" takes the owner below)
                if d is not None:
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
                out.extend(c for c in token_children(verb) if c.dep_ == "dative" and c.pos_ != "ADP")
            elif slot == "pobj":
                if entry_prep:
                    found = self.pobjs(verb, (entry_prep,)) or self._aimed_at(verb, entry_prep)
                    for k, d in enumerate(found):
                        poss = self.children(d, "poss")
                        if poss and d.pos_ == "NOUN" and self.actor_of(d) is None:
                            found[k] = poss[0]
                    out.extend(found)
            else:
                found = self.pobjs(verb, (slot,)) or self._aimed_at(verb, slot)
                if not found:
                    # "clashed with protesting farmers": the parser reads a gerund ("protesting") taking the group as
                    # its object
                    found = [g for c in token_children(verb) if c.dep_ == "prep" and c.lower_ == slot for p in token_children(c)
                             if p.dep_ == "pcomp" and p.lower_ in PROTEST_PARTICIPLES for g in token_children(p) if g.dep_ == "dobj"]
                if not found and obj is not None:
                    found = self.pobjs(obj, (slot,))
                    if not found and obj.dep_ in ("dobj", "obj"):
                        # "launched drones and missiles at the port": the parser hangs the aim on the last object
                        found = [p for c in token_children(obj) if c.dep_ == "conj" for p in self.pobjs(c, (slot,))]
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
        # the word itself too: the tagger reads "concerned", "worried" as participles (lemma "concern")
        adj = next((c for c in token_children(verb) if c.dep_ == "acomp" and (
            c.lemma_.lower() in ADJ_PREDICATES or c.lower_ in ADJ_PREDICATES)), None)
        if adj is None:
            return self._intent_adjective(verb)
        word = adj.lemma_.lower() if adj.lemma_.lower() in ADJ_PREDICATES else adj.lower_
        code = ADJ_PREDICATES[word]
        targets = self.pobjs(adj, ("about", "over", "with", "by", "of", "at", "to", "for", "toward", "towards"))
        sources = self.subject(verb)
        if sources and all(t.pos_ == "PRON" for t in sources) and not any(self.actor_of(t) is not None for t in sources):
            # "The Kremlin said it was concerned about ...": the pronoun of a speaker's own state of mind is the speaker
            speech = _under_speech(verb, self.lex)
            if speech is not None:
                sources = super().subject(speech) or sources
        return Frame(code=code, rule=f"adj.{word}", anchor=verb, trigger=[verb, adj],
                     sources=sources, targets=targets)

    def _intent_adjective(self, verb: Token) -> Frame | None:
        """'Iran is open to talks', 'is ready for negotiations': a declared readiness for a nominal act is an intent (03x)."""
        adj = next((c for c in token_children(verb) if c.dep_ == "acomp" and c.lemma_.lower() in INTENT_ADJ), None)
        if adj is None:
            return None
        for noun in self.pobjs(adj, ("to", "for")):
            if noun.i in self.consumed:
                continue
            inner = self._noun_under(noun)
            if inner is None or inner.code[:2] not in COOP_ACT_ROOTS | {"03"}:
                continue  # "ready for war" is no cooperative intent; threats are read elsewhere
            self.consumed.add(noun.i)
            targets = inner.targets + [p for p in self.pobjs(noun, ("with", "between")) if p not in inner.targets]
            return Frame(code=self.lex.compose_code("intent", inner.code), rule=f"adj.{adj.lemma_.lower()}+{inner.rule}",
                         anchor=verb, trigger=[verb, adj, noun], sources=self.subject(verb), targets=targets,
                         composed="intent", specific=True)
        return None

    def _unlawful_verdict(self, verb: Token) -> Frame | None:
        """'Hungary says the EU sanctions are illegal', 'China says the tariffs are a violation of trade rules': a
        party that declares another's act unlawful or unacceptable criticises it (111), aimed at the actor named in
        the act ("the EU sanctions": the EU). A court's word is a ruling, left to its own entries (116); a clause
        negated ("were not illegal") or a question of the speaker's own deed is none."""
        for comp in token_children(verb):
            if comp.dep_ != "ccomp" or comp.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in token_children(comp)):
                continue
            label = next((c for c in token_children(comp) if (c.dep_ == "acomp" and c.lower_ in UNLAWFUL_WORDS) or (
                c.dep_ == "attr" and c.lemma_.lower() in BREACH_NOUNS)), None)
            subj = self.children(comp, "nsubj")
            if label is None or not subj or subj[0].pos_ not in ("NOUN", "PROPN"):
                continue
            sources = self.subject(verb)
            speakers = [r for r in (self.actor_of(t) for t in sources) if r is not None]
            if not speakers or any(r.sector == "JUD" for r in speakers):
                return None
            own = {r.code[:3] for r in speakers if r.code}
            named = [t for t in subj[0].subtree if t.i != subj[0].i and (r := self.actor_of(t)) is not None
                     and r.code and t.pos_ != "PRON"]
            if any((r := self.actor_of(t)) is not None and r.code and r.code[:3] in own for t in named):
                return None  # "Russia says its strikes were lawful": the speaker's own deed
            self.consumed.add(label.i)
            return Frame(code="111", rule="say.unlawful", anchor=verb, trigger=[verb, label], sources=sources,
                         targets=named[:1])
        return None

    def _culprit_named(self, verb: Token) -> Frame | None:
        """'Ruritania says Freedonia was behind the riots', 'Ruritania claims Freedonia's spies masterminded the plot',
        'the minister insisted the rebels were responsible for the massacre': a party that names another as the author
        of a wrong accuses it (112). Only another named actor counts ("says it was behind the attack" claims one's own
        deed, see `behind_frame`); a negated clause ("was not behind") or a court's word (a ruling) is none."""
        comp = next((c for c in token_children(verb) if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if comp is None or any(c.dep_ == "neg" for c in token_children(comp)):
            return None
        low = comp.lemma_.lower()
        if low == "be":
            blamed = bool(self.pobjs(comp, ("behind",))) or any(
                c.dep_ == "acomp" and c.lower_ in CULPRIT_ADJECTIVES and any(
                    p.dep_ == "prep" and p.lower_ in ("for", "in") for p in token_children(c)) for c in token_children(comp))
        elif low == "commit" or low == "perpetrate":
            blamed = any(o.lemma_.lower() in WRONG_NOUNS for o in self.children(comp, "dobj"))
        else:
            blamed = low in CULPRIT_VERBS and not self.is_passive(comp)
        if not blamed:
            return None
        speakers = [r for r in (self.actor_of(t) for t in self.subject(verb)) if r is not None and r.code]
        if not speakers or any(r.sector == "JUD" for r in speakers):
            return None
        accused = self._other_doers(verb, comp)
        if not accused:
            return None
        return Frame(code="112", rule=f"say.culprit.{low}", anchor=verb, trigger=[verb], sources=self.subject(verb),
                     targets=accused)

    def _other_doers(self, verb: Token, clause: Token) -> list[Token]:
        """The named actors who do the act of a clause said by the subject of `verb`, when they are others than the
        speaker ("Moscow claims that Kyiv shelled ...": Kyiv; "claims it attacked ...", "claims its forces ...": none)."""
        doers = [t for t in self.children(clause, "nsubj") if t.pos_ != "PRON" and self.actor_of(t) is not None]
        if not doers or any(c.dep_ == "poss" for t in doers for c in token_children(t)):
            return []
        own = {r.code for r in (self.actor_of(t) for t in self.subject(verb)) if r is not None and r.code}
        own |= {c[:3] for c in own}
        theirs = [t for t in doers if (r := self.actor_of(t)) is not None and r.code and r.code not in own
                  and r.code[:3] not in own]
        return theirs if len(theirs) == len(doers) else []

    def _claimed_attack(self, verb: Token) -> Frame | None:
        """'The Houthis claim to have launched three attacks': a claim of responsibility (015) and the attack, the
        claimer's (as "claimed responsibility for" codes both)."""
        comp = next((c for c in token_children(verb) if c.dep_ in ("xcomp", "acl") and c.pos_ in ("VERB", "AUX") and any(
            a.dep_ == "aux" and a.lower_ == "have" for a in token_children(c))), None)
        if comp is None or comp.i in self.consumed or self.is_passive(verb):
            return None  # "ten villagers are claimed to have been killed": a report of the toll, no claim of responsibility
        inner = self.frame_at(comp)
        if inner is None:
            return None
        self.extra.append(inner)  # the act itself stays coded, as before
        if inner.code[:2] not in ("18", "19", "20"):
            return None
        return Frame(code="015", rule=f"claim.attack+{inner.rule}", anchor=verb, trigger=[verb],
                     sources=self.subject(verb), targets=list(inner.targets))

    def behind_frame(self, verb: Token) -> Frame | None:
        """'Al-Shabaab said it was behind the attack': a claim of responsibility (015), the attack coded as the claimer's;
        'police said the Islamic State was behind the bombing': no claim; the attribution is not coded as the attack."""
        attack = next((p for p in self.pobjs(verb, ("behind",)) if (m := self.match_noun(p)) is not None
                       and m[1][:2] in ("18", "19", "20")), None)
        subj = self.children(verb, "nsubj")
        if attack is None or not subj:
            return None
        speech = _under_speech(verb, self.lex)
        speakers = super().subject(speech) if speech is not None else []
        own = subj[0].lower_ in ("it", "they", "we", "i", "he", "she") or any(s_tok.i == subj[0].i for s_tok in speakers)
        if speakers and not own:
            # "Ukraine says Russia was behind the attacks": another's attribution, an accusation the dev gold does not
            # code as the attack (precision check of 2026-11-27); nothing is coded
            return None
        claimers = speakers if speakers and subj[0].pos_ == "PRON" else self.subject(verb)
        self.claims[attack.i] = claimers
        return Frame(code="015", rule="be_behind.claim", anchor=verb, trigger=[verb], sources=claimers, targets=[])

    def verb_frame(self, verb: Token) -> Frame | None:
        """The event frame of a verb, or None."""
        f = self._verb_frame(verb)
        if f is not None and f.code == "042" and f.rule in TRIP_RULES and _plain_travellers(verb):
            # "displaced families are heading south", "a bus heading to the capital", "the torch arrives in Paris":
            # people on the move or things carried there, no visit by an actor
            return None
        if f is not None and f.code[:2] in COOPERATION_ROOTS and _describes_people(verb):
            # "Jordanian nationals traveling to the UK", "people seeking or granted asylum", "Palestinians seeking food":
            # the participle says which people are meant, no act of anyone's is told
            return None
        if (f is not None and verb.dep_ == "acl" and f.code[:2] in ("18", "19") and verb.head.dep_ in ("dobj", "nsubjpass")
                and self.verb_lemma(verb.head.head) in INTERCEPT_VERBS
                and not any(self.actor_of(t) is not None for t in f.targets)):
            # "Israel intercepted a missile fired from Yemen on Sunday": the missile was fired at its interceptor
            # (a date caught by the entry's "on" is no target)
            f.targets = self.subject(verb.head.head)
        elif (f is not None and verb.dep_ == "acl" and f.code[:2] in ("18", "19") and verb.head.dep_ == "nsubj"
              and verb.head.head.pos_ == "VERB" and self.verb_lemma(verb.head.head) in STRUCK_BY_WEAPON_VERBS
              and not any(self.actor_of(t) is not None for t in f.targets)):
            # "a rocket fired from Syria hits a farm near Safed": what the weapon went on to hit is where it was aimed
            f.targets = [o for o in token_children(verb.head.head) if o.dep_ in ("dobj", "obj")] or f.targets
        fire_obj = self.reread[verb.i][1] if verb.i in self.reread else None
        if f is not None and f.anchor is verb and verb.pos_ == "ADJ" and fire_obj is not None:
            # "police open fire": the misread adjective would read as "open to" (an intent); the act is anchored on
            # its object, the clause of "open" being the act's own
            f.anchor = fire_obj
        return f

    def _according_to(self, verb: Token) -> list[Token]:
        """The objects of "according to" said of the verb ("arrested, according to police"), hung on it or its clause."""
        heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        return [p for h in heads for a in token_children(h) if a.lower_ == "according" and a.dep_ == "prep"
                for to in token_children(a) if to.lower_ == "to" for p in self.conjuncts(next(iter(self.children(to, "pobj")), to))
                if p.dep_ in ("pobj", "conj")]

    def _verb_frame(self, verb: Token) -> Frame | None:
        if _adjectival_participle(verb):
            return None  # "the court freed imprisoned journalists": "imprisoned" describes them, no act of its own
        if verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj", "acl") and _drive_by(verb) is not None and (
                verb.head.head.lemma_.lower() in ("shoot", "gun")):
            # "shot dead in a drive-by shooting": the noun names the shooting already coded by the verb, no second act
            # ("killed in a drive-by shooting" and "a drive-by shooting kills two" code the noun with the casualty)
            return None
        lemma = self.verb_lemma(verb)
        if lemma in ADVISE_VERBS and verb.tag_ == "VBG" and verb.head.lower_ == "without":
            return None  # "attacked without warning": the manner of another act
        if lemma in ADVISE_VERBS and verb.tag_ == "VBG" and verb.dep_ != "ROOT" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "obj", "ccomp", "xcomp", "advcl", "mark")
                or (c.dep_ == "prep" and c.lower_ in ("of", "against", "about", "to", "over")) for c in token_children(verb)):
            return None  # "issued a heat wave warning", "a shoot-to-kill without warning order": a misread noun, no one warned
        if lemma in UNDERGO_VERBS:
            # "came under fire from gunmen", "was under attack by protesters": the act suffered
            for prep in token_children(verb):
                if prep.dep_ == "prep" and prep.lower_ == "under":
                    for n in self.children(prep, "pobj"):
                        if n.i not in self.consumed:
                            f = self.noun_frame(n, governor=verb)
                            if f is not None:
                                return f
        if lemma in REACTION_VERBS:
            # "the test drew condemnation from Japan", "the move sparked criticism from Beijing": the reaction's
            # makers ("from") criticise the subject (or its owner), see `_undergoes`
            for reaction in self.children(verb, "dobj"):
                if reaction.lemma_.lower() in REACTION_NOUNS and reaction.i not in self.consumed and (
                        self.pobjs(reaction, ("from", "among")) or self.pobjs(verb, ("from",))):
                    # ("prompting condemnation among the bloc's members": those among whom it arose make it)
                    rf = self.noun_frame(reaction, governor=verb)
                    if rf is not None:
                        return rf
        if lemma in SUFFER_VERBS:
            # "a police station in Quetta suffered a drone attack", "the convoy sustained a drone attack": the
            # subject is hit, the attack noun's owner or "from/by" phrase hits it
            for attack in self.children(verb, *OBJ_DEPS):
                if attack.i not in self.consumed and _undergoes(attack, verb):
                    bf = self.noun_frame(attack, governor=verb)
                    if bf is not None and bf.code[:2] in ("18", "19", "20"):
                        return bf
        if lemma == "be":
            return self.adjective_frame(verb) or self.behind_frame(verb)
        if lemma == "ask" and _asks_question(verb):
            return None  # "asked the envoy whether talks would resume": a question put, no appeal
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and _refused_text_content(verb, lemma):
            return None  # "vetoed a resolution calling for a truce": the text's words, which no one adopted
        if lemma == "claim":
            claimed = self._claimed_attack(verb)
            if claimed is not None:
                return claimed
        if lemma in VERDICT_SPEECH_VERBS:
            verdict = self._unlawful_verdict(verb)
            if verdict is not None:
                return verdict
        if lemma in CULPRIT_SPEECH_VERBS:
            culprit = self._culprit_named(verb)
            if culprit is not None:
                return culprit
        m = self.match_verb(verb)
        if m is None:
            if lemma in self.lex.support_verbs:
                return self.support_frame(verb)
            return None
        entry, obj = m
        if entry.id == "v.claim_attack" and obj is not None and obj.pos_ == "VERB" and obj.dep_ == "ccomp":
            accused = self._other_doers(verb, obj)
            if accused:
                # "Russia claims that Ukraine attacked a power plant": the claimer accuses another of aggression
                # (1123); CAMEO's 015 is a claim of one's own deed ("the Houthis claimed the attack"). The attack
                # itself is coded on its own, as reported.
                return Frame(code=self.lex.compose_code("accuse", "190"), rule=f"{entry.id}.accuse", anchor=verb,
                             trigger=[verb], sources=self.subject(verb), targets=accused)
        if entry.code[:2] in ("18", "19", "20") and _disaster_harm(verb):
            return None  # "landslides kill nine people", "killed when a bus crashes": a disaster or an accident, no actor
        if entry.code == "073" and entry.verb == "evacuate" and _hazard_evacuation(verb):
            return None  # "thousands evacuated as the wildfire spread": a precaution against nature, no aid between actors
        if entry.verb == "meet" and self.is_passive(verb) and self.pobjs(verb, ("with",)) and not self.pobjs(verb, ("by",)):
            return None  # "the plan was met with protests": how something was received, no meeting
        if entry.id == "v.oppose" and (verb.dep_ in ("acl", "amod") or not any(
                c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in token_children(verb))) and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in token_children(verb)):
            # "protesters opposed to the reform storm the Senate" (the parser may make "opposed" the main verb): a
            # stance that says which protesters, no act ("X is opposed to Y" keeps its "is")
            return None
        if entry.code == "163" and obj is not None and _home_price(obj):
            return None  # "Ruritania raises its water tariffs": a price its own people pay, no sanction on anyone
        if entry.no_event:
            if obj is not None:
                self.consumed.add(obj.i)  # "outlawed abortion in the state": the object names no act of its own either
            return None  # the lexicon says this sense of the verb is no event ("appealed the verdict")
        if entry.id == "v.call_for" and obj is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() in RACE_WORDS for c in token_children(verb)):
            return None  # "the AP called the election for Biden": a result declared, no appeal
        if entry.code == "042" and entry.verb in ("arrive", "land") and not self.pobjs(verb, ("in", "at", "to", "into")):
            return None  # "upon arriving from Hong Kong": a return home, no visit to anyone
        if (entry.code == "042" and verb.dep_ == "acl" and verb.tag_ == "VBG"
                and verb.head.lemma_.lower() in TRAVELLING_THINGS):
            return None  # "a truck heading to Gaza", "a ship bound for Odesa": a thing on its way, no visit
        if entry.id == "w.head_to" and any(p.lemma_.lower() in FRONT_WORDS for p in self.pobjs(verb, ("to",))):
            return None  # "headed to the front line against the rebels": a trip to one's own troops, no visit
        if entry.code == "0831" and not _under_pressure(verb) and not (
                verb.dep_ in ("xcomp", "ccomp") and any(e.compose for e in self.lex.verbs.get(self.verb_lemma(verb.head), []))):
            return None  # "the president resigned, citing health reasons": a departure, no demand acceded to (0831)
        if lemma in CONTEST_VERBS and (any(t.lemma_.lower() in ELECTION_WORDS for t in verb.sent) if lemma != "receive" else any(
                t.lemma_.lower() in ("vote", "%", "percent", "majority", "ballot") for o in self.children(verb, *OBJ_DEPS)
                for t in o.subtree)):
            return None  # "won a sixth term, beating the CDU candidate", "received 48.8% of the vote": an election result
        if entry.id == "v.control_territory" and verb.dep_ != "xcomp":
            return None  # "the Houthis, who control much of Yemen": a state of things, not a seizure
        if entry.code[:2] in ("18", "19", "20") and (
                any(_natural_blow(t) for t in self.children(verb, "nsubj")) or nature_blow(verb)):
            # "lightning struck a school", "a meteor hit the village", "after a cyclone hits the coast": nature struck
            return None
        if entry.id == "v.release_statement" and (subj := self.subject(verb)) and all(
                (r := self.actor_of(t)) is not None and r.sector == "MED" for t in subj):
            return None  # "the broadcaster released footage of the raid": a news outlet's reporting, no statement of a party
        if entry.id == "v.decline" and not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token_children(verb)):
            return None  # "the population declined": a fall, not a refusal
        if entry.code[:2] in CONFLICT_ROOTS and any(
                (o.lemma_.lower() in NONPOLITICAL_OBJECTS and not self._shots_at(verb, lemma, o))
                or (any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in FIGURATIVE_BATTLES for c in token_children(o))
                    and o.lemma_.lower() not in entry.object)
                for o in self.children(verb, *OBJ_DEPS, "nsubjpass")):
            # "tourists captured pictures", "hit a record", "fought a custody battle": no force used ("dissolved
            # political parties": the object the entry names is no figurative battle)
            return None
        if lemma in RESULT_VERBS:
            if self._after_attack(verb):
                return None  # "airstrikes hit the airport and destroyed three planes": what the attack did, no act of its own
            blow = self._damage_by_attack(verb)
            if blow is not None:
                # "warplanes were destroyed by drone attacks": the attack is the act (a thing destroyed that is no actor
                # leaves the attack noun to be coded on its own, "the building was destroyed in a Russian strike")
                return blow if self._coded(blow.targets) else None
        if lemma in CASUALTY_VERBS:
            gunfire = self._gunfire(verb, entry)
            if gunfire is not None:
                return gunfire
            if any(_natural_blow(p) for v in [verb, *(c for c in token_children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
                   + ([verb.head] if verb.dep_ == "conj" else []) for p in self.pobjs(v, ("in", "during", "after", "by"))):
                return None  # "killed and nine injured by a lightning strike": nature struck, no one acted
            if any(disaster_noun(p) for p in self.pobjs(verb, ("in", "during", "after", "by"))):
                return None  # "killed in a plane crash", "died in the floods": no one acted
            if any(disaster_noun(q) for p in self.pobjs(verb, ("in", "during", "after", "by"))
                   if p.lemma_.lower() in ("series", "string", "spate", "number", "wave") for q in self.pobjs(p, ("of",))):
                return None  # "killed in a series of road accidents": the accidents, counted, are still no one's act
            subj = self.children(verb, "nsubj")
            fronted = None if subj else _subject_read_as_object(verb)
            if fronted is not None:
                subj = [fronted]  # "after a bomb in Quetta killed two soldiers": the bomb killed them
            if not subj and verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and (
                    self.verb_lemma(verb.head) in ACCIDENT_VERBS or any(_natural_blow(t) for t in self.children(verb.head, "nsubj"))
                    or self.verb_lemma(verb.head) in ("take", "leave", "depart", "land") and _crash_above(verb.head, self)):
                # "a plane crashed after it took off, killing all on board": the crash's toll, hung on the take-off
                return None  # "a ship collided with a tanker, killing one": the toll of an accident, no one acted
            if any(c.dep_ == "advcl" and self.verb_lemma(c) in ACCIDENT_VERBS and not self.is_passive(c)
                   and any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as", "after") for m in token_children(c))
                   and not any(violence_cue(t) or t.lemma_.lower() in CRASH_CAUSE_WORDS for t in c.subtree)
                   for c in token_children(verb)):
                return None  # "nine were killed when a plane crashed after taking off": the toll of an accident
            if subj and subj[0].lower_ in ("that", "which") and verb.dep_ == "relcl":
                up = _dated_antecedent(verb.head)
                for _ in range(5):
                    if disaster_noun(up):
                        return None  # "the implosion of the submarine San Juan, which killed all 44 on board": no one acted
                    if up.dep_ not in ("appos", "pobj", "prep") or up.head.i == up.i:
                        break
                    up = up.head
            if subj and subj[0].lower_ in ("that", "which") and verb.dep_ == "relcl" and not _alleged(verb.head):
                subj = [_dated_antecedent(verb.head)]  # "the bombings that killed five people": the bombings killed them
            if subj and disaster_noun(subj[0]) and not self.is_passive(verb):
                return None  # "the crash killed 12 passengers", "a fire killed 30 patients"
            if not subj and verb.dep_ in ("advcl", "conj"):
                # "a man went on a stabbing spree, killing four": the spree's kind is the act, killing its toll
                for spree in self.pobjs(verb.head, ("on",)):
                    kind = [c for c in token_children(spree) if c.dep_ in ("amod", "compound")]
                    nf = self._noun_under(kind[0]) if spree.lemma_.lower() in ("spree", "rampage") and kind else None
                    if nf is not None:
                        nf.anchor, nf.trigger = verb, [kind[0], verb]
                        nf.sources = self.subject(verb.head)
                        nf.targets = self.slot_tokens(("dobj",), verb, None, None)
                        self.consumed.update({kind[0].i, spree.i})
                        return nf
            if not subj and verb.dep_ in ("advcl", "conj") and self.verb_lemma(verb.head) in EXPLODE_VERBS:
                subj = self.children(verb.head, "nsubj")  # "a car bomb exploded, killing six people"
                if subj:
                    self.consumed.add(verb.head.i)
            if subj and subj[0].pos_ == "NOUN" and dated(subj[0]) or any(
                    p.pos_ == "NOUN" and dated(p) and self.match_noun(p) is not None for p in self.pobjs(verb, ("in", "during"))) \
                    or any(p.ent_type_ == "DATE" and any(len(w.text) == 4 and w.text.isdigit() for w in p.subtree)
                           for p in self.pobjs(verb, ("in",))):
                self.consumed.update(t.i for t in subj + self.pobjs(verb, ("in", "during")) if t.pos_ == "NOUN")
                return None  # "the October 7 attacks killed 1,200", "killed in the 2008 war", "killed ... in May 2019": a past toll
            shooting = _drive_by(subj[0]) if subj and not self.is_passive(verb) else None
            if shooting is not None:
                subj = [shooting]  # "a drive-by shooting kills two": the shooting
            if subj and not self.is_passive(verb):
                nf = self._noun_under(subj[0])
                m_subj = self.match_noun(subj[0]) if nf is not None else None
                if nf is not None and m_subj is not None and m_subj[0].needs_verb and nf.code[:2] not in ("18", "19", "20"):
                    # "a Russian missile killed five people": a weapon that kills is fired, not supplied (072)
                    weapon = subj[0].lemma_.lower()
                    nf.code = "195" if weapon in CASUALTY_AIR_WEAPONS else "194" if weapon in CASUALTY_HEAVY_WEAPONS else "190"
                    nf.rule += ".fired"
                    nf = nf if weapon in CASUALTY_AIR_WEAPONS | CASUALTY_HEAVY_WEAPONS | {"weapon", "munition"} else None
                if nf is None and subj[0].lemma_.lower() in CARRIER_NOUNS | {"series", "barrage", "spate", "string"}:
                    inner = self.pobjs(subj[0], ("of",))  # "a wave of air strikes killed 20 people"
                    nf = self._noun_under(inner[0]) if inner else None
                if nf is not None:  # "a roadside bombing killed one soldier"
                    nf.anchor = verb
                    nf.trigger = [subj[0], verb]
                    nf.sources = self.children(subj[0], "poss") + self.pobjs(subj[0], ("by",)) + [
                        c for c in token_children(subj[0]) if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
                    if not nf.sources and subj[0].lemma_.lower() in ATTACKER_ACT_NOUNS and self.actor_of(subj[0]) is not None:
                        nf.sources = [subj[0]]  # "a suicide bomber kills nine at a market": the noun names the act and its doer
                    if not nf.sources and verb.dep_ == "relcl" and nf.code[:2] in ("18", "19", "20"):
                        # "X claims responsibility for a bombing in Y that killed nine": the claimer is the bomber
                        nf.sources = self._claimer(subj[0])
                    nf.targets = self.slot_tokens(("dobj",), verb, None, None) + nf.targets
                    self._fighting_sides(nf, subj[0])
                    self.consumed.add(subj[0].i)
                    return nf
            if self.is_passive(verb) and not self.pobjs(verb, ("by",)) and any(
                    p.lemma_.lower() in STATE_OF_WAR and not self.pobjs(p, ("by", "between"))
                    and (war := self.match_noun(p)) is not None and war[0].needs_verb
                    for p in self.pobjs(verb, ("in", "during"))):
                return None  # "killed in Sudan's civil war": the toll of a lasting war, no new act by anyone named
            for p in self.pobjs(verb, ("in", "by", "during")):
                nf = self._noun_under(p, transfers=False)
                if nf is not None:
                    nf.anchor = verb
                    nf.trigger = [verb, p]
                    nf.targets = self.slot_tokens(("dobj",), verb, None, None) + nf.targets
                    nf.sources = [c for c in token_children(p) if c.dep_ in ("poss",)] + self.pobjs(p, ("by",)) + [
                        c for c in token_children(p) if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
                    if not self.is_passive(verb):
                        nf.sources += self.subject(verb)
                    self._fighting_sides(nf, p)
                    self.consumed.add(p.i)
                    return nf
        if entry.compose == "intent" and entry.requires_embedded and lemma in self.lex.support_verbs and not any(
                c.dep_ in ("xcomp", "ccomp") for c in token_children(verb)):
            # "undertook a mediation mission": with a noun the verb only carries the noun's act ("undertook to mediate"
            # is an intent)
            return self.support_frame(verb)
        if entry.compose:
            cf = self.compose_frame(verb, entry, obj)
            if cf is not None and _alleged(verb, temporal=False):
                return None  # "convicted of threatening officials", "accused of plotting to attack": the charge, not an act
            return cf
        if lemma in CONSIDER_VERBS:
            pred = [c for c in token_children(verb) if c.dep_ == "oprd"
                    or c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                    and (c.dep_ == "xcomp" or self.children(c, "nsubj"))
                    or c.dep_ in ("ccomp", "xcomp") and c.lemma_ == "be" and self.children(c, "attr", "acomp")]
            if pred:
                # "considers the militia a threat", "groups considered to be terrorist": an opinion held, no option weighed
                self.consumed.update(t.i for c in pred for t in c.subtree)
                return None
            # "is considering imposing sanctions": the sanctions are an option, not an act
            for c in token_children(verb):
                if c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ in ("VERB", "NOUN"):
                    self.consumed.update(t.i for t in c.subtree)
        if entry.code == "116" and obj is not None and obj.lower_ == "guilty" and any(c.dep_ == "neg" for c in token_children(obj)):
            return None  # "the jury found the defendant not guilty": an acquittal, no verdict of guilt
        code = self.refine(entry.code, entry.modifiers, obj if obj is not None else self.direct_object(verb))
        if code == "015" and obj is not None and obj.dep_ in ("acomp", "oprd", "ccomp") and obj.pos_ == "ADJ":
            # "pleaded not guilty": the complement's own negation makes the plea a denial (016), not a negated act
            neg = [c for c in [*token_children(obj), *token_children(verb)] if c.dep_ == "neg" and c.i == obj.i - 1]
            if neg:
                code = "016"
                if neg[0].head.i == verb.i:
                    self.flipped_negation.add(verb.i)
        if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "test":
            code = "150"  # "test-fired a missile", "test-launched": a show of force, not an attack
        trigger = [verb] + [c for c in token_children(verb) if c.dep_ == "prt"]
        if obj is not None:
            trigger.append(obj)
            # "claimed the bombing": the bombing is coded too, as the claimer's (see `_claimer`); "hosts talks between A
            # and B": the talks too, as the two sides' own
            if code != "015" and entry.id != "v.host_talks":
                self.consumed.add(obj.i)
        sources = self.slot_tokens(entry.source, verb, obj, entry.prep)
        targets = self.slot_tokens(entry.target, verb, obj, entry.prep)
        # "a car bomb exploded": the matched subject is the instrument; "a man opens fire": with an object of its own the
        # entry matched the object, and its subject noun is still the instrument (not the object "fire")
        instrument = obj if not entry.object else self._subject_noun(verb, entry.subject) if entry.subject else None
        if entry.subject and obj is not None and instrument is not None:
            sources, targets = self._instrument_arguments(verb, instrument, targets)
        if code.startswith("173") and not sources and self.is_passive(verb):
            # "ten people were arrested, according to the interior ministry": the state body that tells of an
            # arrest with no agent made it
            abroad = {r.country for p in self.pobjs(verb, ("in", "across")) if p.ent_type_ in ("GPE", "LOC")
                      for r in [self.place_ref(p)] if r is not None and r.country}
            # (not a state telling of its nationals held abroad: "detained in Myanmar, according to Vietnam's ministry")
            sources = [b for b in self._according_to(verb) if (r := self.actor_of(b)) is not None
                       and r.sector in ("GOV", "COP", "MIL", "JUD", "SPY") and not (abroad and r.country not in abroad)
                       and not any(w.lower_ == "foreign" for w in b.subtree)][:1]
        if code in ("015", "016") and entry.verb == "plead" and not targets:
            # "pleaded not guilty to seven counts of homicide in New Hampshire", "to murder in a Paris court": the
            # court, or the place where it sits, hangs at the end of the charge phrase
            targets = [p for p in verb.subtree if p.dep_ == "pobj" and p.head.lower_ in ("in", "before")
                       and (p.ent_type_ in ("GPE", "LOC") or p.lemma_.lower() in ("court", "tribunal", "judge"))][-1:]
        sovereign = obj is not None and code == "150" and (obj.lemma_.lower() in SOVEREIGN_OBJECTS
                                                            or obj.lower_ in SOVEREIGN_OBJECTS)
        if sovereign and obj is not None and obj.dep_ == "pobj" and obj.head.lower_ not in ("into", "over"):
            return None  # "a missile entering from Ukrainian airspace": not an entry into that airspace
        if sovereign and not any(
                (r := self.actor_of(t)) is not None and (r.sector in ("MIL", "SPY") or (
                    t.ent_type_ in ("GPE", "NORP") and r.code == r.country))
                or t.lemma_.lower() in INTRUDER_WORDS for t in sources):
            return None  # "the ships entered Eritrean waters due to bad weather": no military move
        if sovereign and obj is not None and not any(self.actor_of(t) is not None for t in targets):
            # "a Russian drone breaches Romanian airspace": the airspace's demonym names its owner
            targets = [c for c in token_children(obj) if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")][:1]
        owner = self.children(obj, "poss") if sovereign and obj is not None else []
        if owner:
            # "violated Finland's airspace": the owner; "Estonia says Russia has breached its airspace": no one
            # violates their own airspace, "its" is the reporting country's
            speech = _under_speech(verb, self.lex) if owner[0].lower_ in REFLEXIVE_WORDS else None
            targets = owner[:1] if speech is None else super().subject(speech)
        symmetric = entry.symmetric
        if not sources and obj is not None and (obj.dep_ == "nsubjpass" or (verb.dep_ == "acl" and obj.i == verb.head.i)):
            between = self.pobjs(obj, ("between", "among")) or self.pobjs(verb, ("between", "among"))
            parts = self.conjuncts(between[0]) if between else []
            if len(parts) > 1:
                # "talks between Iran and the US were held in Oman": the two sides, each with the other
                sources, targets, symmetric = parts, [], True
        if not sources and code[:2] in ("18", "19") and verb.tag_ == "VBN" and not self.children(verb, "nsubjpass"):
            # "projectiles fired from Iran", "a missile launched from Yemen": the launch site's country fired them
            sources = self.pobjs(verb, ("by",)) or [
                p for p in self.pobjs(verb, ("from",)) if p.ent_type_ in ("GPE", "LOC", "NORP")][:1]
        if not sources and code[:2] == "17" and self.is_passive(verb):
            # "the interior minister says 125 foreigners have been arrested": a state's officials who report an
            # arrest with no one named report their state's own act (not a hack or a raid of the state's own body)
            sources = self._reporting_state(verb, code)
        if not sources and code[:2] == "15" and self.is_passive(verb):
            sources = self.children(verb, "nsubjpass")  # "police were placed on alert": they are the ones on alert
        if (code[:2] == "15" or code in ("074", "0874")) and self.is_passive(verb) and not self.pobjs(verb, ("by",)) \
                and not any(self.actor_of(t) is not None for t in sources):
            # "the army chief says reinforcements have been sent to the border": with no one named, a state's
            # official reports a move of the state's own forces (as with arrests above)
            sources = self._reporting_state(verb) or sources
        if entry.id == "w.bring_charges" and any(
                t.lemma_.lower() in PROSECUTING_WORDS or ((r := self.actor_of(t)) is not None and r.sector in ("JUD", "COP"))
                for t in sources):
            code = "173"  # "prosecutors brought charges against the ex-minister": a prosecution, not a party's lawsuit
        if code[:2] == "14" and lemma == "protest" and obj is None and self.children(verb, "dobj") and sources and all(
                self._state_voice(t) for t in sources):
            # "China protested the US sanctions", "Tehran protested the seizure": a state's protest is an official
            # complaint (114), not a demonstration
            code = "114"
        # "A bomb detonated outside ...", misread as a noun phrase: the clause is the bomb's (not an agentless participle)
        anchor = obj if entry.subject and obj is not None and obj.i == verb.head.i else verb
        # "a Houthi missile attack targets a cargo ship", "Russian drones targeted a train": with an attack or a weapon
        # as its subject the verb is an attack, whatever it hit (the guard is for "targets growth", "hit a record")
        armed = entry.requires_target and code[:2] in ("18", "19", "20") and any(
            s_tok.lemma_.lower() in CASUALTY_AIR_WEAPONS | CASUALTY_HEAVY_WEAPONS
            or ((m_s := self.match_noun(s_tok)) is not None and m_s[1][:2] in ("18", "19", "20"))
            for s_tok in self.children(verb, "nsubj") if s_tok.pos_ == "NOUN")
        return Frame(
            code=code,
            rule=entry.id,
            anchor=anchor,
            trigger=trigger,
            sources=sources,
            targets=targets,
            symmetric=symmetric,
            specific=entry.specificity > 0,
            requires_target=entry.requires_target and not armed,
        )

    def _state_voice(self, tok: Token) -> bool:
        """`tok` names a state speaking as such: a country's name, its capital, government, ministry or diplomat (not its
        people, "Iranians protested")."""
        if tok.ent_type_ == "NORP" or tok.tag_ in ("NNS", "NNPS"):
            return False
        if tok.lemma_.lower() in ENVOY_NOUNS | {"ministry", "government", "embassy", "foreign", "minister"}:
            return True
        r = self.actor_of(tok)
        return r is not None and bool(r.country) and (r.sector == "GOV" or (r.code == r.country and tok.ent_type_ == "GPE"))

    def _attack_reading(self, tok: Token) -> bool:
        """`tok` is a verb of attack ("hit", "intercepted") or a verb whose subject or object is an attack noun."""
        if any(e.code[:2] in ("18", "19", "20") for e in self.lex.verbs.get(self.verb_lemma(tok), ())):
            return True
        nouns = [c for c in token_children(tok) if c.dep_ in ("nsubj", "dobj", "obj")]
        nouns += [p for n in list(nouns) for pr in token_children(n) if pr.dep_ == "prep" and pr.lower_ == "of"
                  for p in self.children(pr, "pobj")]  # "carried out a series of airstrikes"
        return any((m := self.match_noun(n)) is not None and m[1][:2] in ("18", "19", "20") for n in nouns
                   if n.pos_ in ("NOUN", "PROPN"))

    def _coded(self, toks: Sequence[Token]) -> bool:
        """Whether one of the tokens names a coded actor."""
        return any((r := self.actor_of(t)) is not None and bool(r.code) for t in toks)

    def _after_attack(self, verb: Token) -> bool:
        """'Israeli airstrikes hit the airport and destroyed three planes', 'carried out airstrikes, killing four and
        destroying facilities', 'intercepted and destroyed 32 drones': damage done by an attack coded already."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)):
            return False  # a clause of its own: "the army shelled the town and rebels destroyed a bridge"
        t = verb
        for _ in range(3):
            if t.dep_ not in ("conj", "advcl") or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
                return False
            t = t.head
            if self._attack_reading(t):
                return True
            if self.verb_lemma(t) not in CASUALTY_VERBS | RESULT_VERBS:
                return False
        return False

    def _damage_by_attack(self, verb: Token) -> Frame | None:
        """'40 warplanes were destroyed or damaged by drone attacks', 'the bridge was destroyed in an airstrike': the
        attack noun is the act, what it destroyed its target (as "killed in an airstrike" codes the strike)."""
        v = verb
        if not self.is_passive(v) and v.dep_ == "conj" and self.is_passive(v.head):
            v = v.head
        if not self.is_passive(v):
            return None
        # "were destroyed or damaged by drone attacks": the agent may hang on either conjunct
        verbs = [v, *(c for c in token_children(v) if c.dep_ == "conj" and c.pos_ == "VERB")]
        for p in [q for w in verbs for q in self.pobjs(w, ("by", "in", "during"))]:
            if p.i in self.consumed:
                continue
            nf = self._noun_under(p, transfers=False)
            if nf is None or nf.code[:2] not in ("18", "19", "20"):
                continue
            nf.anchor, nf.trigger = verb, [verb, p]
            nf.sources = self.children(p, "poss") + self.pobjs(p, ("by",)) + [
                c for c in token_children(p) if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
            nf.targets = self.children(v, "nsubjpass") + nf.targets
            if self._coded(nf.targets):
                self.consumed.add(p.i)
            return nf
        return None

    def support_frame(self, verb: Token) -> Frame | None:
        """'held talks', 'launched strikes on', 'engaged in negotiations': the object noun's event."""
        cands = list(self.children(verb, *OBJ_DEPS))
        d = self.direct_object(verb)
        if d is not None and d not in cands:
            cands.append(d)
        # "responded with airstrikes", "retaliated with a missile barrage": the reply is the act
        preps = ("in", "into", "under", "with") if verb.lemma_.lower() in ("respond", "retaliate", "reply") else ("in", "into", "under")
        cands += [p for c in token_children(verb) if c.dep_ == "prep" and c.lower_ in preps for p in self.children(c, "pobj")]
        if self.is_passive(verb):
            cands += self.children(verb, "nsubjpass")  # "mass protests are held across Serbia", "talks were held"
        # "provided 25,000 tons of food aid", "launched a wave of strikes": look through "of".
        cands += [p for c in cands if c.lemma_.lower() not in STAGE_NOUNS
                  for pr in token_children(c) if pr.dep_ == "prep" and pr.lower_ in ("of", "in") for p in self.children(pr, "pobj")]
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
        if noun.ent_type_ == "DATE" and noun.lower_ == "march" and noun.text[0].isupper():
            return None  # "will return to civilian rule in March 2024": the month, no protest march
        if governor is None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in BACKGROUND_VERBS and any(
                c.dep_ == "mark" and c.lower_ == "since" for c in token_children(noun.head)):
            return None  # "the first meeting since the civil war began in 2011": a time given, no act reported
        lemma = noun.lemma_.lower()
        if governor is None and lemma in STATE_OF_WAR and noun.dep_ == "pobj" \
                and noun.head.lower_ in BACKGROUND_PREPS:
            return None  # "approves arms sales amid the current Iran war": the war is the setting, no act reported
        if governor is None and lemma in LASTING_STATES and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.lemma_.lower() in DURATION_WORDS:
            return None  # "after 67 years of China's occupation", "two years of war": a lasting state, the setting
        if governor is None and dated(noun):
            return None  # "since the October 7 attacks", "the 2021 coup": a past act recalled by its date
        if governor is None and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CIRCUMSTANCE_NOUNS:
            return None  # "in the wake of the shooting", "on the eve of the talks": the act is the setting, told before
        if any(c.dep_ in ("amod", "det", "predet") and c.lower_ == "such" for c in token_children(noun)):
            return None  # "..., marking the first such seizure since 2022": the act already told, named again
        dv = self.deverbal_frame(noun, governor)
        if dv is not None:
            return dv
        m = self.match_noun(noun)
        if m is None and governor is not None and lemma == "fire" and _undergoes(noun, governor):
            m = (UNDER_FIRE, "190")  # "came under fire from": "fire" is an attack only in this idiom
        if m is None:
            return self.gerund_frame(noun, governor)
        entry, code = m
        if noun.dep_ == "compound" and lemma in ROLE_MARK_NOUNS and noun.head.lemma_.lower() in CRAFT_NOUNS:
            return None  # "a nuclear attack submarine", "two attack helicopters": a class of craft, no attack made
        if (noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in SIMULATE_VERBS) or any(
                c.dep_ in ("amod", "compound") and c.lower_ in MOCK_WORDS for c in token_children(noun)):
            return None  # "drills simulating a missile strike on Freedonia", "a mock attack": a rehearsal, no act
        if entry.id == "n.threat" and lemma == "warning" and any(
                w.lemma_.lower() in NATURAL_HAZARDS or w.lower_ in NATURAL_HAZARDS
                for c in token_children(noun) if c.dep_ in ("compound", "amod", "nmod") for w in c.subtree):
            return None  # "issues tsunami warnings", "a heat wave warning": a hazard foretold, no one threatened
        if entry.id == "n.supplies" and _admitted_product(noun):
            return None  # "India approves a nasal vaccine": a product let onto the market, no aid given
        if entry.id == "w.n.evacuation_order" and _hazard_evacuation(noun):
            return None  # "evacuation orders as the wildfire spread": people told to flee a hazard, no demand on an actor
        if entry.needs_verb and (governor is None or governor.lemma_.lower() in self.lex.weak_support_verbs):
            return None
        if entry.needs_verb and _payload_or_own_stock(noun, governor):
            return None
        if entry.needs_verb and code[:2] == "07" and governor is not None and (governor.lemma_.lower() in DEED_VERBS or (
                governor.lemma_.lower() == "carry" and any(c.dep_ == "prt" for c in token_children(governor)))):
            # "conducts airstrikes and artillery shelling", "fired missiles", "carried out drone and missile attacks":
            # arms used, none given (not "planes carrying relief supplies")
            return None
        if code[:3] == "191" and (any(o.lemma_.lower() in ROAD_WORDS for o in self.pobjs(noun, ("of", "on")))
                                  or any(c.lemma_.lower() in ROAD_WORDS for c in token_children(noun) if c.dep_ == "compound")):
            code = "144"  # "a blockade of highways", "road blockades": passage obstructed, not a siege
        if entry.id == "n.withdrawal":
            left = {o.lemma_.lower() for o in self.pobjs(noun, ("from",))}
            if left & PACT_WORDS:
                code = "160"  # "its withdrawal from the Paris accord": relations cut, no retreat of forces
            elif left & TALK_WORDS:
                code = "164"  # "withdrawal from the talks"
        if code[:2] in CONFLICT_ROOTS and lemma in ATTEMPT_NOUNS and (any(
                (c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c)))
                or (c.dep_ == "prep" and c.lower_ == "for") for c in token_children(noun)) or (
                noun.i + 2 < len(noun.doc) and noun.doc[noun.i + 1].lower_ == "to" and noun.doc[noun.i + 2].tag_ == "VB")):
            # "renewed its push to remove the president" (the parser may hang the infinitive on the verb), "a drive for
            # reform": an aim, no offensive
            return None
        if entry.id == "n.advance" and not (self.pobjs(noun, entry.target)
                                            or (governor is not None and self.pobjs(governor, entry.target))):
            return None  # "withdrew following rebel advances": no place pushed on named, no one to code as attacked
        if code == "0831" and not (_under_pressure(noun) or (governor is not None and _under_pressure(governor))):
            return None  # "announced his resignation": no demand acceded to; "demanded the resignation" is composed
        sources: list[Token] = []
        targets: list[Token] = []
        for slot in entry.source:
            if slot == "poss":
                sources += self.children(noun, "poss")
            elif slot in ("amod", "compound"):
                mods = [c for c in token_children(noun) if c.dep_ == slot and (c.ent_type_ in ENT_ACTOR_LABELS or c.pos_ == "PROPN")]
                # "pro-Palestinian demonstrations": a state or people after "pro-" is a cause, not who demonstrates;
                # after "anti-" ("anti-Israel protests", "anti-Russian sanctions") it is the one acted against
                causes = [c for c in mods if _stance_of(c) is not None
                          and (r := self.actor_of(c)) is not None and r.country]
                prefixes = []
                for c in mods:
                    if c in causes:
                        if _stance_of(c) == "anti":
                            targets.append(c)
                    elif c.lower_ in ("pro", "anti", "-", "\u2013") and any(m.i > c.i for m in causes):
                        prefixes.append(c)  # the "Pro" and "-" of "Pro-Palestinian" read as modifiers of their own
                    else:
                        sources.append(c)
                if causes and not sources and prefixes[:1] and prefixes[0].lower_ == "pro":
                    sources = prefixes[:1]  # still someone's protest, only not the cause's: an uncoded side
            else:
                sources += self.pobjs(noun, (slot,))
        if not sources and ("amod" in entry.source or "compound" in entry.source):
            # "Russian drone strikes on Kyiv", "North Korean missile launches": the demonym hangs on the weapon that
            # modifies the act (not on a place or a thing hit: "the Israeli embassy attack" stays no one's)
            sources = [g for c in token_children(noun) if c.dep_ == "compound" and c.i < noun.i and c.lemma_.lower() in MEANS_MODIFIERS
                       for g in token_children(c) if g.dep_ in entry.source and g.dep_ in ("amod", "compound") and g.i < c.i
                       and (g.ent_type_ in ("NORP", "GPE") or (g.pos_ == "PROPN" and g.ent_type_ in ENT_ACTOR_LABELS))]
            if not sources and code[:2] in ("18", "19", "20"):
                # "killed in an army raid", "a rebel attack on the town", "RSF attacks on El Fasher" (the acronym read as a
                # common noun): a plain noun of an armed body before the act is who did it (not "a police station attack",
                # whose modifier is the place hit)
                sources = self.armed_modifiers(noun)
            if not sources and noun.dep_ == "compound" and noun.head.i > noun.i and code[:2] in ("18", "19", "20"):
                # "A Russian drone strike damages a depot" (the verb misread as the phrase's head noun), "Israeli air
                # strike victims": a demonym before the attack noun, hung on the noun it modifies, names the attacker
                sources = [g for g in token_children(noun.head) if g.dep_ == "amod" and g.i < noun.left_edge.i
                           and g.ent_type_ in ("NORP", "GPE")][:1]
        shared = self._shared_modifier_head(noun)
        if shared is not None:
            # "Turkish drone and artillery attacks on Afrin", "Israeli air and artillery strikes": the parser makes the first
            # modifier the phrase's head, and the demonym and the target hang on it, not on the act
            if not sources:
                sources = [c for c in token_children(shared) if c.dep_ in entry.source and c.i < shared.i
                           and (c.ent_type_ in ENT_ACTOR_LABELS or c.pos_ == "PROPN")]
            targets += self.pobjs(shared, entry.target)
        between = self.pobjs(noun, ("between", "among"))
        if not between and noun.dep_ in ("nsubj", "nsubjpass") and governor is None:
            # "fighting broke out between X and Y", "heavy fighting was reported between X and Y"
            between = self.pobjs(noun.head, ("between", "among"))
        placed = False
        if not between and code[:2] in ("18", "19", "20"):
            # "fighting erupts in Goma between X and Y", "clashes in Goma between X and Y": the parser hangs the sides
            # on the place named just before them; a fight between two sides is waged each way
            between = self._between_after_place(noun.head if noun.dep_ == "nsubj" and governor is None else noun)
            placed = bool(between)
        if between:
            parts = self.conjuncts(between[0])
            third = (self.subject(governor) or self.children(governor, "nsubjpass")) if governor is not None else []
            if not sources and code.startswith("045") and third:
                # "Qatar launched a mediation effort between Israel and Hamas", "Pakistan is engaged in mediation efforts
                # between Iran and the US": the mediator is a third party, the two sides its targets
                sources = third
            if placed and not sources and len(parts) > 1:
                sources = parts  # each side against the other (see emit's pairs of a symmetric act)
            elif not sources:
                sources = parts[:1]
                targets += parts[1:]
            else:
                targets += parts
        targets += self.pobjs(noun, entry.target)
        if not targets and code[:2] == "07":
            # "military aid worth 40 million euros for Kenya": the parser hangs the receiver on the sum
            # (also on what "a package of military aid worth ..." holds)
            held = [noun] + [p for c in token_children(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in token_children(c)]
            targets += [t for h in held for w in token_children(h) if w.lower_ == "worth" for m in token_children(w)
                        if m.dep_ in ("npadvmod", "pobj", "dobj") for t in self.pobjs(m, entry.target)]
        if not targets and not between:
            # "the visit of the Indian minister to Moscow": the small parser hangs the target's preposition
            # on the source phrase instead of the event noun
            slipped = [p for p in entry.target if p not in ("in", "of", "between", "among")]
            targets += [t for s_tok in sources if s_tok.dep_ == "pobj" for t in self.pobjs(s_tok, slipped)]
            if not targets and "of" in entry.target:
                # "the invasion by Chad of Niger": the "of" patient hung on a country named as the "by" agent (not on a
                # person or a body, whose "of" phrase names their own country or group: "by President X of Chad")
                targets += [t for s_tok in sources if s_tok.dep_ == "pobj" and s_tok.head.lower_ == "by"
                            and (r := self.actor_of(s_tok)) is not None and r.code == r.country
                            for t in self.pobjs(s_tok, ("of",)) if self.actor_of(t) is not None]
        anchor = noun
        trigger = [noun]
        if governor is not None and _undergoes(noun, governor):
            # "Kenyan troops came under attack from gunmen": the subject suffers the act, "from/by" does it
            self.consumed.add(noun.i)
            if code[:2] in ("18", "19") and (any(c.dep_ == "prep" and c.lower_ in ("over", "for") for c in token_children(governor))
                                             or any(t.lemma_.lower() in CRITIC_WORDS for t in self.pobjs(governor, ("from",)))):
                code = "111"  # "came under fire from lawmakers over the handling of": criticism, not force
            undergoer = self.subject(governor)
            if noun.dep_ == "dobj":
                # "North Korea's nuclear test drew condemnation from Japan": a thing done is criticised in its doer
                undergoer = [o for u in undergoer for o in (self.children(u, "poss") if self.actor_of(u) is None else [u]) or [u]]
            return Frame(code=code, rule=entry.id + "+under", anchor=governor, trigger=[governor, noun],
                         sources=sources + self.pobjs(governor, ("from", "by")) + self.pobjs(noun, ("from", "by", "among")),
                         targets=undergoer + targets, specific=True)
        if governor is None and code[:2] in ("18", "19", "20") and all(t.ent_type_ in ("DATE", "TIME") for t in sources):
            # "claimed responsibility for yesterday's bombing": a day named as the noun's possessor is no attacker
            claimer = self._claimer(noun)
            if claimer:
                sources = claimer  # "the Islamic State claimed responsibility for two attacks on soldiers"
        if governor is None and not sources and code[:2] == "04" and noun.dep_ == "pobj" \
                and noun.head.lower_ in FRAME_PREPS and noun.head.head.pos_ in ("VERB", "AUX") and (
                    targets or between or (entry.symmetric and any(
                        c.dep_ == "conj" for s_tok in self.subject(noun.head.head)[:1] for c in token_children(s_tok)))):
            # "Putin spoke to journalists after talks with Lukashenko", "said on a visit to Tokyo": the clause's
            # subject took part in the meeting the circumstance names; "X and Y agreed ... following talks in
            # Montreux": the two subjects held them with each other
            sources = self.subject(noun.head.head)
        if governor is None and not sources and code[:2] == "04" and noun.dep_ == "pobj" and noun.head.lower_ == "in" \
                and noun.head.head.lemma_.lower() in ("be", "remain", "stay") and (targets or entry.symmetric):
            sources = self.subject(noun.head.head)  # "Cuba is in talks with the U.S.": the subject holds them
        if governor is None and not sources and code[:2] == "14" and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("for", "in", "at", "to") and self.verb_lemma(noun.head.head) in GATHER_VERBS:
            sources = self.subject(noun.head.head)  # "groups gathered in the capital for a rally against ..."
            if not any(r.code for r in self.actor_refs(sources)):
                # "conservative groups gathered in Washington for a rally": an uncoded crowd is of the place's country
                sources = sources + [p for p in self.pobjs(noun.head.head, ("in", "across", "throughout", "outside"))
                                     if p.ent_type_ in ("GPE", "LOC")][:1]
        if governor is None and not sources and code[:2] == "14" and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("during", "at", "amid", "in") and noun.head.head.pos_ == "VERB" \
                and self.verb_lemma(noun.head.head) in SETTING_ARREST_VERBS:
            # "dozens of students were arrested during a protest in Tehran": those arrested there took part in it
            arrest = noun.head.head
            sources = self.children(arrest, "nsubjpass") if self.is_passive(arrest) else self.children(arrest, "dobj")
            if noun.pos_ != "NOUN" or noun.ent_type_ == "DATE" or any(
                    (r := self.actor_of(a)) is not None and r.sector == "MED" for a in sources):
                sources = []  # "arrested in March" is a month; "journalists detained during a protest" covered it
            if sources and not any(r.code for r in self.actor_refs(sources)):
                sources = sources + [p for p in self.pobjs(noun, ("in", "across", "throughout"))
                                     + self.pobjs(arrest, ("in", "across", "throughout")) if p.ent_type_ in ("GPE", "LOC")][:1]
        if governor is None and not sources and code[:2] == "19" and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("after", "following") and noun.head.head.pos_ == "VERB":
            # "the rebels took the town after clashes with the army": the armed subject fought those it clashed with,
            # a fight waged each way
            head = noun.head.head
            armed = self.children(head, "nsubjpass") if self.is_passive(head) else self.subject(head)
            partners = [p for w in self.pobjs(noun, ("with",)) for p in self.conjuncts(w)]
            if partners and armed and all((r := self.actor_of(a)) is not None and r.sector in CLASH_SECTORS and r.country
                                          and not (r.why or "").startswith("context:") for a in armed) \
                    and all((r := self.actor_of(p)) is not None and r.country and not (r.why or "").startswith("context:")
                            for p in partners):
                sources, targets, placed = partners + armed, [], True
        if governor is None and code[:2] == "11" and not targets and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("after", "following", "despite", "amid") and noun.head.head.pos_ in ("VERB", "AUX") \
                and any(s_tok.dep_ == "pobj" and s_tok.head.lower_ == "from" for s_tok in sources):
            # "the ministry dropped the plan after criticism from teachers": the critics are aimed at the clause's subject
            head = noun.head.head
            targets = self.children(head, "nsubjpass") if self.is_passive(head) else self.subject(head)
        if governor is None and code[:2] == "14" and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in OCCUR_VERBS \
                and not any(r.code for r in self.actor_refs(sources)):
            # "protests erupted in Tehran": the protesters are of the place's country ("in the city of Gyumri": the city's;
            # "in cities across Ruritania": the country the towns lie in)
            sources = [p for q in self.pobjs(noun.head, ("in", "across", "throughout")) + self.pobjs(noun, ("in", "across"))
                       for p in [q, *(self.pobjs(q, ("of", "across", "in", "throughout")) + [
                           a for a in token_children(q) if a.dep_ == "amod" and a.ent_type_ == "NORP"]
                                      if q.lemma_.lower() in PROTEST_TOWN_NOUNS else [])]
                       if p.ent_type_ in ("GPE", "LOC", "NORP")][:1] or sources
        if governor is not None and code in ("042", "043") and governor.lemma_.lower() in ANNOUNCE_VERBS and noun.dep_ == "dobj":
            # "announced a trip to Washington": an intent to meet (036); "the trip was announced at short notice" is made
            code = self.lex.compose_code("intent", code)
        if governor is not None:
            anchor = governor
            trigger = [governor] + [c for c in token_children(governor) if c.dep_ == "prt"] + [noun]
            gov_subj = self.subject(governor)
            if not sources:
                sources = gov_subj
            elif gov_subj and self.actor_refs(gov_subj) and all(c.dep_ in ("amod", "compound") for c in sources):
                # "The Philippines and Japan held joint coast guard drills": the support verb's subject acts,
                # a modifier of the noun ("coast guard", "naval") only says with what
                sources = gov_subj
            elif gov_subj and all(c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in SUBJECT_POSSESSIVES for c in sources) \
                    and all(g.pos_ != "PRON" for g in gov_subj) and self.actor_refs(gov_subj):
                # "Turkey expands its operation against ...": the possessive names the subject back; the subject's
                # own words are the source's evidence
                sources = gov_subj
            targets += self.pobjs(governor, entry.target)
            targets += [c for c in token_children(governor) if c.dep_ == "dative" and c.pos_ != "ADP"]
            if code[:2] == "14" and not any(r.code for r in self.actor_refs(sources)):
                # "thousands of demonstrators took part in a rally in Colombo": the protesters are of the place
                sources = sources + [p for p in self.pobjs(noun, ("in", "across", "throughout"))
                                     + self.pobjs(governor, ("in", "across", "throughout"))
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
            symmetric=entry.symmetric or placed,
            nominal=governor is None,
            specific=True,
            requires_target=entry.requires_target,
        )

    def gerund_frame(self, noun: Token, governor: Token | None) -> Frame | None:
        """'the ousting of President X by the army', 'Iran's jailing of two French citizens': a verb's -ing noun with a
        coded "of" patient is the verb's act (its owner or "by" phrase the doer), as a plain verb entry codes it."""
        if not gerund_candidate(noun):
            return None
        objs = [o for o in self.pobjs(noun, ("of",)) if self.actor_of(o) is not None]
        if not objs:
            return None
        lemma = self.verb_lemma(noun)
        entry = next((e for e in self.lex.verbs.get(lemma, ()) if not (
            e.object or e.prt or e.prep or e.compose or e.subject or e.intransitive or e.requires_embedded or e.no_event)
            and "dobj" in e.target), None)
        if entry is None:
            return None
        sources = self.children(noun, "poss") + self.pobjs(noun, ("by",)) + [
            c for c in token_children(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i and c.ent_type_ in ("NORP", "GPE", "ORG")]
        anchor, trigger = noun, [noun]
        if governor is not None:
            anchor, trigger = governor, [governor, noun]
            sources = sources or self.subject(governor)
        self.consumed.add(noun.i)
        return Frame(code=entry.code, rule=f"{entry.id}.gerund", anchor=anchor, trigger=trigger, sources=sources,
                     targets=objs[:1], nominal=governor is None, specific=True, requires_target=entry.requires_target)

    def _shared_modifier_head(self, noun: Token) -> Token | None:
        """The bare modifier noun an event noun is conjoined to when the two modify it together ("drone" in "Iranian drone
        and missile attacks"): no determiner or owner of its own, and no act of its own to code."""
        head = noun.head
        if noun.dep_ != "conj" or head.pos_ != "NOUN" or head.i >= noun.i or noun.i - head.i > 4 \
                or self.children(head, "det", "poss", "nummod") or self.children(noun, "det", "poss", "amod"):
            return None
        if head.tag_ != "NN" or not any(c.dep_ == "cc" for c in token_children(head)):
            return None  # "Iranian officials and missile attacks": a noun of its own, not a modifier of the act
        m = self.match_noun(head)
        return head if m is None or m[0].needs_verb else None

    def deverbal_frame(self, noun: Token, governor: Token | None) -> Frame | None:
        """'the lifting of sanctions on Iran': a noun of action coded like its verb with an object entry."""
        verb = self.lex.deverbal.get(noun.lemma_.lower())
        if verb is None and gerund_candidate(noun):
            verb = self.verb_lemma(noun)  # "the sacking of the defence minister": a verb's -ing noun reads as the verb
        if verb is None:
            return None
        objs = self.pobjs(noun, ("of",))
        if not objs:
            return None
        for e in self.lex.verbs.get(verb, []):
            if e.prep and e.object and e.source == ("pobj",) and not e.compose and not dated(noun) and not (
                    noun.dep_ == "pobj" and noun.head.lower_ in ("since", "before")):
                # "the fall of Bukavu to M23 rebels": a verb whose subject undergoes the act done by its prepositional
                # object ("Bukavu fell to M23"): the "of" object undergoes it, the preposition's object acts
                doers = [p for p in self.pobjs(noun, (e.prep,)) if self._object_matches(p, e.object)]
                if doers:
                    self.consumed.update({noun.i, objs[0].i})
                    anchor = governor if governor is not None else noun
                    return Frame(code=self.refine(e.code, e.modifiers, doers[0]), rule=f"{e.id}.noun", anchor=anchor,
                                 trigger=[noun, doers[0]], sources=doers, targets=objs[:1], nominal=governor is None,
                                 specific=True)
            if not e.object or e.prt or e.compose:
                continue
            obj = next((o for o in objs if self._object_matches(o, e.object)), None)
            if obj is None:
                continue
            sources = self.children(noun, "poss") + self.pobjs(noun, ("by",)) + [
                c for c in token_children(noun) if c.dep_ in ("amod", "compound") and c.ent_type_ in ENT_ACTOR_LABELS]
            targets: list[Token] = []
            for slot in e.target:
                if slot == "dobj" and self.actor_of(obj) is not None:
                    targets.append(obj)  # "the expulsion of two Russian diplomats"
                elif slot not in ("dobj", "dative", "pobj", "nsubj"):
                    targets += self.pobjs(noun, (slot,)) + self.pobjs(obj, (slot,))
            between = (self.pobjs(noun, ("between",)) or self.pobjs(obj, ("between",))) if e.symmetric else []
            parts = self.conjuncts(between[0]) if between else []
            if len(parts) > 1 and not sources:
                sources = parts  # "the exchange of prisoners between Russia and Ukraine": each side with the other
            if not targets and self.actor_of(obj) is not None and verb not in ("withdraw", "deploy", "pull", "mobilize") \
                    and not e.symmetric:
                targets.append(obj)  # "the expulsion of UN peacekeepers": they are acted on (not the prisoners swapped)
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
        if verb.i in self.vowed:
            vowed = self.vowed[verb.i]  # "The Rangers vow to storm the capital": the infinitive read as a relative clause
            return self.frame_at(vowed), vowed
        # "orders the ministry to raise tariffs": an object-control verb whose object is a person or a body (not an act,
        # "ordered the deployment of troops to quell protests") controls the infinitive the parser hung as a clause
        controlee = next(iter(self.children(verb, "dobj")), None)
        control = self.verb_lemma(verb) in OBJECT_CONTROL and controlee is not None and (
            controlee.lemma_.lower() not in self.lex.nouns and controlee.lemma_.lower() not in self.lex.deverbal)
        for c in token_children(verb):
            if (c.dep_ in ("xcomp", "ccomp") or (control and c.dep_ == "advcl" and c.i > verb.i and any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in token_children(c)) and not self.children(c, "nsubj"))) \
                    and c.pos_ in ("VERB", "AUX"):
                # "orders the ministry to raise tariffs": the small parser may hang the controlled infinitive as a clause
                f = self.frame_at(c)
                if f is None and c.lemma_.lower() in CESSATION_VERBS:
                    # "asked Iran to stop detaining foreigners": the act to be stopped is not coded as done
                    self.consumed.update(g.i for g in token_children(c) if g.dep_ == "xcomp" and g.pos_ == "VERB")
                if f is None:
                    # "urged Iran to return to the table and finalize a deal": with no act in the first complement, the
                    # act conjoined to it is the one wrapped (never coded as done on its own)
                    for cc in c.conjuncts:
                        if cc.i > c.i and cc.pos_ == "VERB" and cc.tag_ == c.tag_ == "VB" and cc.i not in self.consumed and not any(
                                g.dep_ in ("nsubj", "nsubjpass") for g in token_children(cc)):
                            f = self.frame_at(cc)
                            if f is not None:
                                break
                return f, c
        nouns = []
        if obj is not None:
            nouns.append(obj)
        nouns += self.children(verb, *OBJ_DEPS)
        nouns += [p for o in list(nouns) for pr in token_children(o) if pr.dep_ == "prep" and pr.lower_ in ("of", "in")
                  for p in self.children(pr, "pobj")]
        for c in token_children(verb):
            if c.dep_ in ("prep", "agent"):
                for p in token_children(c):
                    if p.dep_ in ("pobj", "pcomp"):
                        nouns.append(p)
        for n in nouns:
            if n.pos_ in ("VERB", "AUX"):
                f = self.frame_at(n)
            else:
                f = self.noun_frame(n, governor=None) or self._noun_under(n)
            if f is not None:
                return f, n
        comp = next((c for c in token_children(verb) if c.dep_ in ("xcomp", "ccomp")), None)
        return None, comp

    def _noun_under(self, n: Token, transfers: bool = True) -> Frame | None:
        """A nominal trigger used as a complement ("threatened sanctions"): coded even if needs_verb."""
        m = self.match_noun(n)
        if m is None:
            return None
        entry, code = m
        if entry.needs_verb and not transfers or dated(n):
            return None  # "the October 7 attacks killed 1,200 people": a past act recalled by its date
        targets = self.pobjs(n, entry.target)
        return Frame(code=code, rule=entry.id, anchor=n, trigger=[n], targets=targets, specific=True)

    def frame_at(self, tok: Token) -> Frame | None:
        """Frame of a verb (consuming it so it is not coded again as an act of its own)."""
        if tok.i in self.consumed:
            return None
        f = self.verb_frame(tok)
        self.consumed.add(tok.i)
        return f

    def _risk_warning(self, verb: Token, inner: Frame | None) -> bool:
        """A warning whose clause tells a risk, a state of things or a past act, with no harm that anyone would deal:
        "warns that a default is imminent", "warned that Gaza is on the verge of famine", "warned that the troops have cut
        the power", "warns that poverty will rise if the war goes on". A clause with words of harm ("will face
        consequences"), a condition on an actor ("if Iran does not agree") or with the speaker's side as its subject
        ("warned that it would respond") stays a threat."""
        comp = next((c for c in token_children(verb) if c.dep_ == "ccomp"), None)
        if comp is None or comp.pos_ not in ("VERB", "AUX"):
            return False
        if inner is not None and inner.code[:2] in CONFLICT_ROOTS | HOSTILE_WORD_ROOTS:
            return self._third_party_act(verb, comp, inner)
        if inner is not None and inner.anchor.i != comp.i and not (inner.anchor.head.i == comp.i
                                                                    and inner.anchor.dep_ in ("xcomp", "conj")):
            inner = None  # "warns that patients sheltering at the hospital faced risks": an act told of the clause's subject
        conditions = {t.i for m in comp.subtree if m.dep_ == "mark" and m.lower_ in ("if", "unless") for t in m.head.subtree}
        subjects = {t.i for c in token_children(comp) if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        words = {w for t in comp.subtree if t.i not in conditions | subjects for w in (t.lemma_.lower(), t.lower_)}
        if words & WARNING_THREAT_WORDS:
            return False  # (a condition's own words, "if the war goes on", threaten nothing)
        for t in verb.subtree:
            if t.dep_ == "mark" and t.lower_ in ("if", "unless"):
                cond = t.head
                if any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (
                        self.actor_of(c) is not None or c.tag_ == "PRP") for c in token_children(cond)):
                    return False  # "if Iran does not agree to a deal": a condition set on an actor
        subj = [c for c in token_children(comp) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subj:
            # "doctors warn the epidemic still spreads": the parser may take the clause's subject for the warned party
            subj = [o for o in self.children(verb, "dobj") if o.i < comp.i and self._thing_subject(o)]
        speaker = {t.i for s in self.subject(verb) for t in s.subtree}
        if any(c.lower_ in SPEAKER_SIDE_PRONOUNS or c.i in speaker or any(
                p.dep_ == "poss" and p.lower_ in ("its", "our", "their", "his", "her", "my") for p in token_children(c))
               for c in subj):
            return False  # "warned that it would respond", "that its navy will act"
        past = comp.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in token_children(comp))
        modals = {c.lower_ for c in token_children(comp) if c.dep_ == "aux" and c.tag_ == "MD"}
        if past and not modals:
            return True  # "warned that the troops have cut the power": a report of what was done
        if past and comp.tag_ == "VBN" and modals <= GUESS_MODALS:
            return True  # "warns that the port may have run out of fuel": a guess at what has happened, no one threatened
        if inner is not None:
            return False
        if self.verb_lemma(comp) == "be" and not any(c.dep_ in ("xcomp", "ccomp") for c in token_children(comp)):
            return True  # "warns that the enclave nears a catastrophe", "that there is too little water"
        if bool(subj) and all(self._thing_subject(c) for c in subj):
            return True
        # "warns that Russia is planning another offensive": what a third party does is no act of the speaker's
        own = {r.country for r in (self.actor_of(s) for s in self.subject(verb)) if r is not None and r.country}
        others = [self.actor_of(c) for c in subj if c.tag_ != "PRP"]
        return bool(own) and bool(others) and all(r is not None and r.country and r.country not in own for r in others)

    def _own_response(self, verb: Token, comp: Token) -> bool:
        """A warning clause that announces the speaker's own answer: "warned it would respond", "warns that Ruritania will
        react", "warned they will take countermeasures" (a future or conditional verb of response whose subject is the
        speaker, by pronoun or by name)."""
        if self.verb_lemma(verb) != "warn" or comp.dep_ != "ccomp" or comp.pos_ != "VERB" or _negated(comp, self.lex):
            return False
        low = comp.lemma_.lower()
        if low not in RESPONSE_VERBS and not (low == "take" and any(
                o.lemma_.lower() in RESPONSE_MEASURES for o in self.children(comp, "dobj"))):
            return False
        if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in token_children(comp)):
            return False
        subj = self.children(comp, "nsubj")
        if len(subj) != 1:
            return False
        if subj[0].lower_ in ("it", "they", "we"):
            return True
        own = {r.country for r in (self.actor_of(t) for t in self.subject(verb)) if r is not None and r.country}
        ref = self.actor_of(subj[0])
        return ref is not None and bool(ref.country) and ref.country in own

    def _third_party_act(self, verb: Token, comp: Token, inner: Frame) -> bool:
        """A warning of a hostile act that a third party would do, with no condition set: "Ruritania warned Freedonia
        that Sylvania may invade it in spring" tells what Sylvania may do, no threat by Ruritania; "warned that it would
        respond", "warned that Sylvania would be hit if it attacks" stay threats."""
        if inner.anchor.i != comp.i or any(c.dep_ in ("nsubjpass", "auxpass") for c in token_children(comp)) or any(
                t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in verb.subtree):
            return False
        subj = [c for c in token_children(comp) if c.dep_ == "nsubj"]
        if not subj or any(c.tag_ == "PRP" or c.lower_ in SPEAKER_SIDE_PRONOUNS for c in subj):
            return False
        own = {r.country for r in (self.actor_of(s) for s in self.subject(verb)) if r is not None and r.country}
        others = [self.actor_of(c) for c in subj]
        return bool(own) and all(r is not None and r.country and r.country not in own
                                 and not (r.why or "").startswith("context:") for r in others)

    def _thing_subject(self, tok: Token) -> bool:
        """A clause's subject that is a thing, no one who acts: "poverty among Palestinians", "a default" (a common noun
        whose actor comes only from its modifiers and names no group: "Russian forces" is one)."""
        if tok.tag_ == "PRP" or tok.pos_ not in ("NOUN", "PROPN"):
            return False
        ref = self.actor_of(tok)
        return ref is None or (tok.pos_ == "NOUN" and not tok.ent_type_ and ref.sector is None)

    def _removal_order(self, verb: Token, comp: Token, inner: Frame | None) -> Frame | None:
        """'ordered the ambassador to leave' / 'ordered China to close its consulate': the removal itself (161);
        'ordered the foreign journalists to leave the country': an expulsion (174); 'ordered the ex-minister to stand
        trial': the trial (173), put on by the one who orders it."""
        orderee = self.children(verb, "dobj") or self.children(comp, "nsubj")
        if not orderee:
            return None
        who = orderee[0]
        lemma = self.verb_lemma(comp)
        if inner is not None and inner.rule in TRIAL_RULES:
            return Frame(code="173", rule=f"v.order+{inner.rule}", anchor=verb, trigger=[verb, comp],
                         sources=self.subject(verb), targets=orderee, specific=True, symmetric=False)
        mods = {c.lemma_.lower() for c in token_children(who) if c.dep_ in ("amod", "compound")}
        leaves = lemma in ("leave", "depart", "quit") and (
            who.lemma_.lower() in ENVOY_NOUNS or bool(mods & MISSION_WORDS))
        if lemma in ("close", "shut") and who.lemma_.lower() in MISSION_WORDS and not self.children(comp, "dobj"):
            leaves = True  # "ordered the Ruritanian consulate to close": the mission itself shut, relations cut (161)
        if not leaves and lemma in ("leave", "depart", "quit") and not self._own_subordinates(self.subject(verb), orderee) \
                and who.lemma_.lower() not in ARMED_WORDS | STAYING_PEOPLE and not mods & ARMED_WORDS:
            # "ordered the foreign journalists to leave the country", "told twelve UN staff to leave": someone sent out
            # of a country (a place left that is a country, or people named as foreign) is expelled
            place = any(p.ent_type_ == "GPE" or p.lemma_.lower() in ("country", "territory")
                        for p in self.children(comp, "dobj"))
            foreign = who.lemma_.lower() in ("foreigner", "expatriate") or "foreign" in mods or any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in token_children(who))
            kind = EXPELLED_MISSIONS.get(who.lemma_.lower())
            if mods & AID_WORDS and who.lemma_.lower() in ("group", "worker", "organization", "organisation", "agency", "ngo"):
                kind = "1663"  # "ordered foreign aid groups to leave": aid agencies expelled
            if place or foreign or kind:
                return Frame(code=kind or "174", rule="v.order+expel", anchor=verb, trigger=[verb, comp],
                             sources=self.subject(verb), targets=orderee, specific=True, symmetric=False)
        if not leaves and (inner is None or inner.code != "161"):
            return None
        # sending an envoy home is expelling him, which the lexicon codes as reducing relations (v.expel_diplomat);
        # an order to close one's mission is the closure, done by the one who orders it
        return Frame(code="161", rule="v.order+removal", anchor=verb, trigger=[verb, comp],
                     sources=self.subject(verb), targets=orderee, specific=True, symmetric=False)

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
        if entry.compose == "threat" and inner is None and comp is not None and self._own_response(verb, comp):
            # "Ruritania warned it would respond to the deployment", "warns they will take countermeasures": the
            # speaker's own answer announced is a threat (130), not a gloomy comment
            return Frame(code="130", rule=f"{entry.id}.response", anchor=verb, trigger=[verb, comp],
                         sources=self.subject(verb), targets=self.pobjs(comp, ("to", "against")))
        if (entry.compose == "threat" and self.verb_lemma(verb) == "warn" and comp is not None
                and (comp.dep_ == "ccomp" or inner is not None and comp.head.i != verb.i)
                and ((inner is None and not self.children(verb, *OBJ_DEPS)
                      and self.first_actor_in(comp, {t.i for s in self.subject(verb) for t in s.subtree}) is None)
                     or self._risk_warning(verb, inner))):
            # "warned that the economy faced its weakest year", "warns that water is running out in Gaza", "warned
            # that the rebels had cut the power": a gloomy statement or a report, no one threatened
            return Frame(code="012", rule=f"{entry.id}.comment", anchor=verb, trigger=[verb],
                         sources=self.subject(verb), targets=[])
        if (inner is not None and comp is not None and comp.pos_ in ("NOUN", "PROPN")
                and self.verb_lemma(verb) in DIRECTIVE_VERBS and not _negated(verb, self.lex)):
            # "ordered an inquiry", "ordered the expulsion of the envoy": the orderer performs the act
            return Frame(code=inner.code, rule=f"{entry.id}+{inner.rule}.act", anchor=verb,
                         trigger=[verb, comp], sources=self.subject(verb),
                         targets=[t for t in inner.targets if t.i != comp.i] or [],
                         specific=True, symmetric=False)
        if (entry.compose == "demand" and comp is not None and comp.pos_ == "VERB"
                and self.verb_lemma(verb) in ("order", "tell", "instruct") and not _negated(verb, self.lex)):
            removal = self._removal_order(verb, comp, inner)
            if removal is not None:
                return removal
        if (entry.compose == "threat" and inner is not None and comp is not None and comp.dep_ in ("pcomp", "pobj", "xcomp")
                and self.verb_lemma(verb) in ADVISE_VERBS and inner.code[:2] not in CONFLICT_ROOTS | HOSTILE_WORD_ROOTS):
            # "warned its citizens against travelling to Venezuela", "cautioned investors against buying": advice about
            # the warned party's own act, no threat by the one who warns
            return None
        if inner is None and entry.requires_embedded:
            return None
        if entry.subject and (comp is None or comp.dep_ != "ccomp" or comp.pos_ not in ("VERB", "AUX")):
            return None  # "an inquiry finds that X shelled ...": a finding is a clause of its own about a coded act
        mode: str = entry.compose or "intent"
        if inner is not None and inner.composed == "threat" and mode == "intent":
            code = inner.code  # "vowed to threaten" stays a threat
        else:
            code = self.lex.compose_code(mode, inner.code if inner is not None else None)
            if inner is None:
                code = entry.code if entry.code != self.lex.compose[mode]["default"] else code
        # Future/intent verbs wrapping a conflictual act are threats ("vowed to strike back").
        offered_troops = (mode == "intent" and inner is not None and inner.code[:2] == "15"
                          and self.verb_lemma(verb) in OFFERING_VERBS)
        if offered_troops and inner is not None:
            # "Norway offered to station soldiers in Latvia", "pledged to deploy warplanes to Slovakia": forces put
            # at another's service are an intent to protect it (0334), no show of force against anyone
            code = "0334"
        elif mode == "intent" and inner is not None and inner.code[:2] in CONFLICT_ROOTS:
            code = self.lex.compose_code("threat", inner.code)
            mode = "threat"
        own_targets = self.slot_tokens(entry.target, verb, obj if inner is not None else None, entry.prep)
        own_targets = [t for t in own_targets if inner is None or t not in inner.trigger]
        sources = self.slot_tokens(entry.source, verb, None, entry.prep)
        if entry.subject and not any(self.actor_of(t) is not None for t in sources):
            # "an investigation by Human Rights Watch concluded that ...": whose inquiry or report it is
            owners = [o for t in sources for o in self.children(t, "poss") + self.pobjs(t, ("by", "of"))]
            sources = owners or sources
        inner_targets = inner.targets if inner is not None else []
        if offered_troops:
            # "offered to send its jets": the forces offered are one's own, no party protected
            own = {r.country for r in (self.actor_of(t) for t in sources) if r is not None and r.country}
            inner_targets = [t for t in inner_targets if (r := self.actor_of(t)) is None or r.country not in own]
        if (mode == "demand" and inner is not None and own_targets and self.verb_lemma(verb) in DIRECTIVE_VERBS
                and self._own_subordinates(sources, own_targets)):
            # "Israeli leaders order the military to strike targets in Iran": an order to one's own forces
            # announces the act (a threat, or an intent for cooperation), aimed at the act's target
            # "ordered troops to seize 70% of Gaza": the place taken makes it occupation (192) first
            inner.code = _refine_by_context(inner)
            if inner.code[:2] in ("18", "19", "20"):
                mode, code = "threat", self.lex.compose_code("threat", inner.code)
            else:
                # "ordered its troops to withdraw", "ordered the army to deliver aid": the act itself, as an order
                # to subordinates performs it (rule 12)
                mode, code = "intent", inner.code
            own_targets = []
            # "to strike targets in Iran": the place of an uncoded object names the target
            if not any(self.actor_of(t) is not None for t in inner_targets):
                inner_targets = list(inner_targets) + [p for t in [*inner_targets, inner.anchor]
                                                       for p in self.pobjs(t, ("in", "across", "inside"))
                                                       if p.ent_type_ in ("GPE", "LOC")]
        if mode in ("demand", "appeal") and comp is not None and comp.dep_ == "ccomp" and not own_targets:
            addressee = [g for g in token_children(comp) if g.dep_ == "nsubj" and self.actor_of(g) is not None]
            if addressee:
                inner_targets = addressee  # "demanded that Russia withdraw its troops": of Russia
        if (mode in ("demand", "appeal") and not own_targets and inner is not None
                and comp is not None and comp.pos_ == "NOUN"):
            actors_asked = [t for t in inner.sources if t not in sources and self.actor_of(t) is not None]
            if actors_asked:
                inner_targets = actors_asked  # "demanded the withdrawal of Serbian forces": of those forces
        own_initiator = [t for t in (inner.sources if inner is not None else []) if t not in sources]
        if mode == "accuse" and own_initiator and not own_targets and comp is not None and comp.dep_ == "ccomp":
            # "alleges that Israel targeted children", "an inquiry finds that X shelled a school": the doer is accused
            inner_targets = own_initiator
        if mode == "reject" and own_initiator:
            # "refused to join the EU's sanctions": the rejected initiative belongs to the EU
            inner_targets = own_initiator
        frame = Frame(
            code=code,
            rule=entry.id if inner is None else f"{entry.id}+{inner.rule}",
            anchor=verb,
            trigger=[verb] + [c for c in token_children(verb) if c.dep_ == "prt"],
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
            exclude = {t.i for t in sources} | {t.i for s in sources for t in s.subtree if s.head.i == verb.i}
            # "agreed on a ceasefire deal mediated by Egypt": the agent of a participle inside is a third party
            exclude |= {t.i for a in comp.subtree if a.dep_ == "agent" for t in a.subtree}
            ref = self.first_actor_in(comp, exclude)
            own = {r.country for r in (self.actor_of(t) for t in sources) if r is not None and r.country}
            agreed = mode == "intent" and inner is None and comp.dep_ == "xcomp" and self.verb_lemma(verb) in (
                "agree", "consent", "propose")
            domestic = agreed and ref is not None and ref.country in own
            while domestic and ref is not None:
                # "agreed to send two field hospitals to Ukraine": the party after one's own people or things
                seen = {t.i for t in comp.subtree if ref.start <= t.idx < ref.end}
                if seen <= exclude:
                    break
                exclude |= seen
                ref = self.first_actor_in(comp, exclude)
                if ref is not None and ref.country and ref.country not in own:
                    domestic = False
            while offered_troops and ref is not None and ref.country in own:
                # "offered to deploy its navy to guard Danish waters": one's own forces are no party protected
                seen = {t.i for t in comp.subtree if ref.start <= t.idx < ref.end}
                if seen <= exclude:
                    ref = None
                    break
                exclude |= seen
                ref = self.first_actor_in(comp, exclude)
            if domestic:
                # "agreed to compensate victims of abuse", "agrees to rename the country's capital", "proposed to set
                # term limits for the Senate": a domestic act agreed to or proposed, with no party agreed with (a
                # promise to one's own people, "promised to democratize Serbia", stays an intent)
                frame.requires_target = True
            elif ref is not None:
                frame.extra_target_refs.append(ref)
        if inner is not None and comp is not None and comp.pos_ in ("VERB", "AUX") and entry.compose and not (
                mode in ("threat", "intent") and entry.compose == "demand"):
            self.extra.extend(self._conjoined_complements(verb, comp, entry, frame))
        return frame

    def _conjoined_complements(self, verb: Token, comp: Token, entry: VerbEntry, frame: Frame) -> list[Frame]:
        """'agreed to resume talks and release two hostages', 'threatened to cut aid and expel diplomats': each act
        conjoined to the complement is wrapped by the same verb (an intent, threat, appeal ... of its own)."""
        out: list[Frame] = []
        for c in comp.conjuncts:
            if c.i <= comp.i or c.pos_ != "VERB" or c.i in self.consumed or any(
                    g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and g.lower_ != "to" for g in token_children(c)):
                continue  # "agreed to talks and the army withdrew": a clause of its own
            inner = self.frame_at(c)
            if inner is None:
                continue
            for t in inner.trigger:
                self.consumed.add(t.i)
            mode = entry.compose or "intent"
            if mode == "intent" and inner.code[:2] in CONFLICT_ROOTS:
                mode = "threat"  # "vowed to talk and to strike back": the conflictual act is threatened
            out.append(Frame(code=self.lex.compose_code(mode, inner.code), rule=f"{entry.id}+{inner.rule}", anchor=verb,
                             trigger=[verb, c], sources=list(frame.sources), targets=inner.targets or list(frame.targets),
                             composed=mode, specific=True))
        return out


#: Verbs that put something at another's disposal ("offered to", "pledged to"): forces they would send protect.
OFFERING_VERBS = frozenset(["offer", "pledge", "promise", "propose", "volunteer"])
#: Who brings charges as a prosecution (173) rather than as a party to a lawsuit (115).
PROSECUTING_WORDS = frozenset(["prosecutor", "prosecution", "police", "investigator", "attorney", "procurator",
                               "prosecutor-general", "authority", "court", "judge", "magistrate"])
#: Foreign missions whose expulsion CAMEO codes on its own (166x): peacekeepers, inspectors and monitors, aid agencies.
EXPELLED_MISSIONS = {"peacekeeper": "1661", "peacekeeping": "1661", "blue-helmet": "1661", "inspector": "1662",
                     "observer": "1662", "monitor": "1662", "ngo": "1663"}
AID_WORDS = frozenset(["aid", "humanitarian", "relief", "charity"])
#: Modifiers that make a vehicle sent an aid one ("relief flights", "aid convoys", "food trucks").
AID_VEHICLE_WORDS = AID_WORDS | {"food", "medical", "mercy"}
#: Rules of a defendant put on trial ("to stand trial", "to go on trial"): ordered by a court, the trial is its act.
TRIAL_RULES = frozenset(["v.stand_trial", "v.go_on_trial"])
#: Modifiers naming a diplomatic mission's people: "embassy staff", "consular officials", "diplomatic personnel".
MISSION_WORDS = frozenset(["embassy", "consulate", "consular", "diplomatic", "mission"])
#: People told to leave their own homes (evacuation orders), not expelled from a country.
STAYING_PEOPLE = frozenset(["resident", "civilian", "inhabitant", "people", "population", "villager", "family",
                            "household", "citizen", "settler", "tenant", "protester", "demonstrator"])


#: What a resignation may yield to: CAMEO's 0831 is acceding to demands for a change of leaders, not any departure.
PRESSURE_WORDS = frozenset(["protest", "demonstration", "pressure", "demand", "call", "criticism", "scandal", "allegation",
                            "outcry", "backlash", "unrest", "controversy", "accusation", "uproar", "motion", "vote",
                            "impeachment", "riot", "corruption", "misconduct", "investigation", "probe", "charge", "strike",
                            "revelation", "rally", "ultimatum", "mutiny", "coup", "crisis"])


#: Verbs and copulas through which an event noun restates the act just told ("..., marking the first visit").
RESTATE_VERBS = frozenset(["mark", "make", "be", "become", "constitute", "represent"])
#: Ranking words of a restated act: "the first visit", "the largest seizure", "the deadliest attack".
RANK_WORDS = frozenset(["first", "second", "third", "latest", "last", "largest", "biggest", "deadliest", "worst", "most",
                        "highest", "longest", "heaviest", "fourth", "fifth", "only", "single", "major", "big", "large"])


MONTH_WORDS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])


#: Nouns of a truce, which name the subject of talks before "talks" ("ceasefire talks", "truce negotiations").
TRUCE_NOUNS = frozenset(["ceasefire", "cease-fire", "truce", "armistice"])
#: The talks such a noun may stand before, when the tagger reads them as its verb.
TALKS_WORDS = frozenset(["talks", "negotiations"])


def _aid_carrier(entries: list[NounEntry]) -> bool:
    """A carrier noun whose own entries are aid given ("package"), not one read as a thing only with a modifier ("a round
    of strikes" is no ammunition round)."""
    return all(e.code[:2] == "07" for e in entries) and any(not e.requires_modifier for e in entries)


def _dated_antecedent(noun: Token) -> Token:
    """What a relative clause hung on a date is about: 'the blaze in January, which killed 78', 'the strike on the
    market on 3 March, which killed 30' (the parser attaches the clause to the nearest noun, the date, not to the
    event noun the date places)."""
    if noun.ent_type_ != "DATE" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    if noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    before = noun.doc[noun.head.i - 1]  # "released the report on the blaze in January": the date hung on the verb
    return before if before.pos_ in ("NOUN", "PROPN") and before.i > noun.head.head.i else noun


def _clause_of_gerund_conjunct(verb: Token) -> Token | None:
    """The main verb of 'X accuses Y of sponsoring terrorism and expels two diplomats': a finite verb with no subject of its
    own, conjoined to the gerund of a preposition's complement, is not part of that complement (a gerund's conjunct would
    be a gerund) but a second verb of the clause the preposition hangs on."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD") or head.tag_ != "VBG" or head.dep_ != "pcomp" \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)):
        return None
    main = head.head.head
    return main if main.pos_ in ("VERB", "AUX") and main.tag_ == verb.tag_ else None


def _coalition_members(tok: Token) -> list[Token]:
    """'A US-led coalition consisting of Belgium, France and Germany endorses ...': the members a coalition noun lists
    act each with it (compound actors give one event each); "a coalition of X and Y" is read by the actor lookup."""
    if tok.lemma_.lower() not in COALITION_NOUNS:
        return []
    listers = [c for c in token_children(tok) if c.dep_ in ("acl", "prep") and c.lemma_.lower() in MEMBER_VERBS]
    # the listed names: objects of the verb ("comprising Mali") or of its preposition ("consisting of Belgium")
    firsts = [g for c in listers for g in token_children(c) if g.dep_ in ("dobj", "pobj")]
    firsts += [w for c in listers for g in token_children(c) if g.dep_ == "prep" for w in token_children(g) if w.dep_ == "pobj"]
    return [m for p in firsts for m in (p, *p.conjuncts) if m.pos_ == "PROPN" or m.ent_type_ in ENT_ACTOR_LABELS]


def dated(noun: Token) -> bool:
    """An event noun named by its date or year ("the October 7 attacks", "the 2021 coup"): a past event recalled as
    background, not a new act ("Monday's attack" is named by a weekday and stays an act)."""
    for c in token_children(noun):
        if c.dep_ not in ("nmod", "nummod", "compound", "amod", "npadvmod") or c.ent_type_ != "DATE":
            continue
        words = [t.lower_ for t in c.subtree]
        if any(w in MONTH_WORDS for w in words) or any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in words):
            return True
    return False


def restated(noun: Token) -> bool:
    """`noun` names again, ranked, the act its clause already told: "lands in Hanoi, the first visit of a pope to
    Vietnam", "seized 12 tonnes of heroin in what police call the biggest haul on record". When the clause's
    verb coded the act, the noun would double it (the coder drops it then)."""
    if noun.dep_ not in ("dobj", "attr") or not any(c.dep_ == "amod" and c.lower_ in RANK_WORDS for c in token_children(noun)):
        return False
    head = noun.head
    if head.lemma_.lower() not in RESTATE_VERBS:
        return False
    if head.lemma_.lower() in ("mark", "make") and head.tag_ == "VBG" and head.dep_ in ("advcl", "acl", "conj", "xcomp"):
        return True  # "..., the first visit of a pope"
    # "in what is the largest seizure", "which was the deadliest attack": a free or relative clause on the act told
    return noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.lower_ in ("what", "which") for c in token_children(head))


def _under_pressure(tok: Token) -> bool:
    """A resignation 'amid protests', 'after allegations of misconduct', 'under pressure', 'over the scandal'; the
    phrase may close a verb joined to it with the same subject ("resigns as mayor and quits the party amid a scandal")."""
    if tok.pos_ == "VERB" and tok.dep_ != "conj":
        return any(_pressure_phrase(v) for v in [tok, *(c for c in tok.conjuncts if c.pos_ == "VERB" and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in token_children(c)))])
    return _pressure_phrase(tok)


def _pressure_phrase(tok: Token) -> bool:
    """Whether a pressure phrase of `_under_pressure` hangs on `tok` itself."""
    for prep in token_children(tok):
        if prep.dep_ != "prep":
            continue
        for p in token_children(prep):
            if p.dep_ != "pobj":
                continue
            if prep.lower_ == "over":
                return True  # "resigned over the flood control controversy", "over his role in the appointment"
            words = {p.lemma_.lower(), *(c.lemma_.lower() for c in token_children(p) if c.dep_ in ("compound", "amod"))}
            words |= {g.lemma_.lower() for c in token_children(p) if c.dep_ == "prep" and c.lower_ == "of" for g in token_children(c)}
            if prep.lower_ in ("amid", "after", "following", "under", "in", "due", "because") and words & PRESSURE_WORDS:
                return True
    return any(c.dep_ == "advcl" and any(g.dep_ == "nsubj" and g.lemma_.lower() in ("protester", "demonstrator", "opposition")
                                         for g in token_children(c)) for c in token_children(tok))


#: Verbs by which an act draws a reaction on its doer ("drew condemnation from", "sparked criticism from").
#: Verbs of report and belief that raise the patient of "to have been killed" ("is reported / said / believed to
#: have been"); not those of plans and schedules ("is expected / due to be released": not done yet).
RAISING_REPORT_VERBS = frozenset(["report", "say", "believe", "think", "confirm", "reveal", "know", "understand", "claim",
                                  "allege", "fear", "presume", "suspect", "feared", "rumour", "rumor", "estimate", "find"])
#: Prepositions of time before a passive gerund whose patient is the clause's subject ("after being arrested").
TIME_PREPS = frozenset(["after", "before", "since", "upon", "following", "on", "despite"])
#: Verbs whose subject undergoes the attack named by their object ("suffered an airstrike", "sustained a drone attack").
SUFFER_VERBS = frozenset(["suffer", "sustain", "endure", "withstand"])
REACTION_VERBS = frozenset(["draw", "attract", "earn", "spark", "trigger", "provoke", "prompt", "elicit", "face", "receive"])
#: Reactions of disapproval that such verbs draw ("from" gives who reacts): coded by the noun's entry (111...).
REACTION_NOUNS = frozenset(["condemnation", "criticism", "rebuke", "censure", "denunciation", "protest", "reprimand",
                            "accusation", "allegation"])


def _hazard_evacuation(tok: Token) -> bool:
    """The sentence of `tok` (an evacuation) names a natural hazard ("as the wildfire spread", "ahead of Hurricane Milton",
    "the Franklin Fire", "as the river flooded"); a fire counts unless it is gunfire ("opened fire", "under fire",
    "ceasefire"), a verb only as nature's ("as rockets rained down" is no hazard)."""
    return any(((t.lemma_.lower() in NATURAL_HAZARDS or t.lower_ in NATURAL_HAZARDS) if t.pos_ != "VERB" else hazard_verb_accident(t))
               or (t.lemma_.lower() == "fire" and t.pos_ in ("NOUN", "PROPN") and not gunfire(t)) for t in tok.sent)


#: Verbs of saying a verdict on an act: "says the sanctions are illegal".
VERDICT_SPEECH_VERBS = frozenset(["say", "state", "declare", "insist", "argue", "maintain", "assert", "stress"])
#: Verbs of a party's answer to another's act: "warned it would respond" (a threat, 130).
RESPONSE_VERBS = frozenset(["respond", "react", "retaliate", "reciprocate"])
#: What one "takes" in answer: "warned it would take countermeasures".
RESPONSE_MEASURES = frozenset(["countermeasure", "counter-measure", "measure", "step", "action"])
#: Verbs of saying that can name another party the author of a wrong (112): "claims Freedonia masterminded the plot".
CULPRIT_SPEECH_VERBS = VERDICT_SPEECH_VERBS | {"claim", "charge", "add"}
#: Acts that make their doer the author of a wrong when a party says another did them ("instigated the unrest").
CULPRIT_VERBS = frozenset(["instigate", "orchestrate", "mastermind", "engineer", "incite", "sponsor", "plot", "sabotage",
                           "fabricate", "rig", "stoke", "provoke"])
#: "was responsible for", "is complicit in": the author of a wrong.
CULPRIT_ADJECTIVES = frozenset(["responsible", "complicit", "culpable", "guilty"])
#: Wrongs one commits: "says the army committed war crimes".
WRONG_NOUNS = frozenset(["crime", "atrocity", "genocide", "abuse", "massacre", "violation", "fraud", "cleansing", "murder",
                         "torture"])
#: Words that declare an act unlawful or not to be borne (111 when a party says them of another's act).
UNLAWFUL_WORDS = frozenset(["illegal", "unlawful", "illegitimate", "unacceptable", "unjustified", "unjustifiable",
                            "unconstitutional", "inadmissible", "intolerable"])
#: Nouns that name an act a breach: "says the strike was a violation of international law".
BREACH_NOUNS = frozenset(["violation", "breach", "crime", "provocation", "aggression"])


def _home_price(obj: Token) -> bool:
    """The object of a sanction verb is a tariff, duty or levy on what a state prices for its own people ("hikes bus
    fares and power tariffs", "a higher fuel duty"): a price or a tax at home, not a sanction on another actor."""
    if obj.lemma_.lower() not in ("tariff", "duty", "levy"):
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in HOME_PRICE_WORDS or c.lower_ in HOME_PRICE_WORDS)
               for c in token_children(obj))


def _disaster_harm(verb: Token) -> bool:
    """A killing, wounding or strike that a disaster or an accident does: its subject is the hazard ("landslides kill",
    "an earthquake struck"), or it has no doer and its clause tells an accident ("are killed when a bus crashes",
    "killed in a landslide", "after a fire breaks out"); never when the sentence names violence by anyone.

    One of two tests of harm no one dealt, kept apart from `emit._accidental_harm` on purpose: this one runs on the
    verb before any frame is built, so it sees no actor and must refuse whenever the sentence names violence or armed
    people (the verb then codes nothing at all); that one runs on the emitted frame after its doers are read, so it
    may rely on "no coded source", and it also reads attack nouns ("a gas tank explosion kills seven") and the clause
    verbs of a crash that this one leaves to it ("killed when a bus hit a truck", `emit._accident_clause_verb`). Both
    read the shared vocabulary of `data/events/harm_words.yaml`; one test for both would change what each lets
    through."""
    # the armed owner of a crashed vehicle ("an Air Force jet crashes", "an army truck overturns") tells no violence
    owned = {w.i for t in verb.sent if accident_verb(t) for c in token_children(t)
             if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("compound", "nmod", "amod") and c.i < t.i)
             for w in c.subtree}
    if any((violence_cue(t) or (armed_context(t) and t.i not in owned)) and not (t == verb and t.lemma_.lower() in ("strike", "hit"))
           for t in verb.sent):
        return False
    subjects = [c for c in token_children(verb) if c.dep_ in ("nsubj", "csubj")]
    if subjects:
        return all(disaster_noun(s) for s in subjects)
    if verb.dep_ in ("advcl", "xcomp", "conj", "acl") and verb.tag_ == "VBG" and (
            (accident_verb(verb.head) and clause_like(verb.head)) or vehicle_mishap(verb.head)):
        # "a van crashes into a ravine, killing twelve people" ("crashes" may be read as a noun), "a bus falls into a
        # ravine, killing six", "a ferry catches fire, killing five"
        return True
    agents = [o for c in token_children(verb) if c.dep_ == "agent" for o in token_children(c) if o.dep_ == "pobj"]
    if agents or any(c.dep_ == "agent" for c in token_children(verb)):
        return bool(agents) and all(disaster_noun(o) for o in agents)  # "injured by heavy rainfall
    for t in verb.sent:
        if accident_verb(t) and clause_like(t):
            return True  # "killed when a bus crashes", "killed as a bus veers off the road" (the verb read as a noun)
        if t.lemma_.lower() == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token_children(t)):
            return True  # "after a fire breaks out"
        if t.dep_ in ("pobj", "nsubj") and disaster_noun(t):
            return True  # "killed in a landslide", "due to wildfires", "as floods affect"
    return False


def _undergoes(noun: Token, governor: Token) -> bool:
    """'came under fire', 'was under attack': the noun is the object of "under" on a verb of undergoing."""
    return (noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head == governor
            and governor.lemma_.lower() in UNDERGO_VERBS) or (
        noun.dep_ == "dobj" and noun.head == governor and governor.lemma_.lower() in REACTION_VERBS
        and noun.lemma_.lower() in REACTION_NOUNS) or (
        noun.dep_ in OBJ_DEPS and noun.head == governor and governor.lemma_.lower() in SUFFER_VERBS)


def gerund_candidate(noun: Token) -> bool:
    """A noun that is a verb's -ing form ("the ousting", "the jailing") with an "of" phrase: cheap test first."""
    return noun.lower_.endswith("ing") and noun.tag_ == "NN" and len(noun.text) > 6 and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in token_children(noun))


def _clause_opening(doc: Doc, start: int, lex: Lexicon) -> bool:
    """A clause may begin at token `start`: sentence start, after a conjunction or mark, or after a speech verb."""
    if start == 0 or doc[start].is_sent_start:
        return True
    prev = doc[start - 1]
    return prev.lower_ in CLAUSE_OPENERS or (prev.pos_ in ("VERB", "AUX") and prev.lemma_.lower() in lex.speech_verbs)


def _noun_read_as_xcomp(c: Token, verb: Token) -> bool:
    """The word right after a misread verb, read as a bare verb under it ("hosts truce negotiations" with "truce" an
    `xcomp`): lower case, with no "to" or other auxiliary, and a direct object that follows it at once."""
    return c.dep_ == "xcomp" and c.i == verb.i + 1 and c.tag_ in ("VB", "VBP", "NN") and c.text.islower() and not any(
        g.dep_ in ("aux", "auxpass", "neg") for g in token_children(c)) and any(
        g.dep_ == "dobj" and g.left_edge.i == c.i + 1 and g.pos_ == "NOUN" for g in token_children(c))


def _verbal_form_follows(t: Token) -> bool:
    """What follows the word is an object phrase, not more of a noun compound: a determiner or a number."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and nxt.tag_ in ("DT", "CD", "PRP$", "JJ") and nxt.lower_ not in ("of", "'s")


PLACE_PREPS = ("in", "at", "near", "around", "along", "across", "outside", "inside")


def _stance_of(tok: Token) -> str | None:
    """"pro" or "anti" when a name or demonym is written after "pro-" or "anti-" ("pro-Palestinian", "Anti-Israel"),
    as one token or three; else None."""
    low = tok.lower_
    for st in ("pro", "anti"):
        if low.startswith(st + "-"):
            return st
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "\u2013") and doc[tok.i - 2].lower_ in ("pro", "anti"):
        return doc[tok.i - 2].lower_
    return None


#: `common.TOWN_NOUNS` and a neighbourhood ("the suburb of Harehills", "the neighbourhood of X") as the place of a
#: protest noun's "in".
PROTEST_TOWN_NOUNS = TOWN_NOUNS | {"neighbourhood", "neighborhood"}


def _subject_read_as_object(verb: Token) -> Token | None:
    """'Police arrest six suspects after an ambush kills nine officers': the parser takes the conjunction for a
    preposition, the clause's subject for its object, and hangs the subjectless finite verb on the main verb. That
    object, standing right before the verb, is the verb's subject (else the main clause's subject would act)."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in token_children(verb)):
        return None
    for prep in token_children(verb.head):
        if prep.i < verb.i and prep.dep_ == "prep" and prep.lower_ in SUBORDINATORS:
            for p in token_children(prep):
                if p.dep_ == "pobj" and p.right_edge.i == verb.i - 1 and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return None


def _headline_passive(verb: Token) -> bool:
    """'Chad raided by Niger', 'Uganda praised by Kenya': headline style drops the passive auxiliary, and the parser
    reads the participle as a main verb with its patient as the subject. A participle heading its clause with a
    subject, a "by" agent and no auxiliary or object of its own is a passive: the subject underwent the act and the
    agent did it (read as active, the patient was coded as the doer and the doer was dropped)."""
    return verb.dep_ == "ROOT" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in token_children(verb)) \
        and any(c.dep_ == "nsubj" for c in token_children(verb)) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "dative", "ccomp", "xcomp") for c in token_children(verb))


def _adjectival_participle(tok: Token) -> bool:
    """'freed imprisoned journalists', 'released detained activists': the small parser reads a participle before the
    object as a verb complement (`xcomp`, or a subjectless `ccomp`) with the object as its own; it is an adjective
    of the object."""
    if tok.dep_ not in ("xcomp", "ccomp") or tok.tag_ not in ("VBD", "VBN"):
        return False  # checked before `Token.head`, which builds a new token
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or tok.i != head.i + 1:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "prt") for c in token_children(tok)):
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in token_children(head) if c.i != tok.i):
        return False
    objs = [c for c in token_children(tok) if c.dep_ in ("dobj", "obj")]
    # the object follows at once, with at most its own modifiers between: "imprisoned Turkish journalists"
    return bool(objs) and all(t.dep_ in ("amod", "compound", "nummod", "det") for t in tok.doc[tok.i + 1:objs[0].i])


def _hyphen_prefix(verb: Token) -> Token | None:
    """The prefix the tokenizer split off a hyphenated verb ("re" of "re-arrested", "co" of "co-sign"), or None."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "-" or verb.doc[verb.i - 2].lower_ not in HYPHEN_PREFIXES:
        return None
    return verb.doc[verb.i - 2]


def _drive_by(tok: Token) -> Token | None:
    """The "shooting" of "a drive-by shooting", from the word itself or from "drive": the tokenizer splits the compound
    and the parser reads "by" as a particle and "shooting" as a participle."""
    doc = tok.doc
    if tok.lower_ == "drive" and tok.i + 3 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "by":
        nxt = doc[tok.i + 3]
        return nxt if nxt.lemma_.lower() in ("shoot", "shooting", "attack") else None
    if tok.i >= 3 and doc[tok.i - 1].lower_ == "by" and doc[tok.i - 2].text == "-" and doc[tok.i - 3].lower_ == "drive":
        return tok
    return None


def _admitted_product(noun: Token) -> bool:
    """Whether supplies `noun` ("vaccine", "medicine") are only let onto the market by a regulator: the object of
    "approve"/"authorize" ("approves a nasal vaccine") or the "of" object of an approval or a use ("grants approval of
    the vaccine", "authorizes the use of vaccines for children"). A delivery approved ("approves the delivery of
    vaccines to Freedonia") is aid."""
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in REGULATORY_VERBS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in REGULATORY_NOUNS


def _natural_blow(tok: Token) -> bool:
    """Whether `tok` names a blow of nature: "lightning", "a meteor", "a lightning strike", "meteorite impact"."""
    lemma = tok.lemma_.lower()
    if lemma in NATURAL_STRIKERS or tok.lower_ in NATURAL_STRIKERS:
        return True
    return lemma in ("strike", "bolt", "impact", "hit", "blast", "explosion") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in NATURAL_STRIKERS for c in token_children(tok)) or (
        lemma in ("strike", "hit") and any(  # "after a cyclone strikes", the hazard read as a compound
            c.dep_ == "compound" and c.lemma_.lower() in NATURAL_HAZARDS for c in token_children(tok)))


def _list_before_adjective_verb(t: Token) -> tuple[list[Token], Token] | None:
    """"Belgium, the Netherlands and Ireland expel Russian diplomats": a plain verb form the tagger read as an adjective
    of the noun after it, right after a list of names that is all the sentence has before it; returns the list's names
    and that noun, or None. Words that are adjectives as well as verbs ("open", "free", "close") and adjective or
    participle endings are left alone."""
    if t.dep_ != "amod" or t.head.i <= t.i or t.i == 0 or t.lower_ in ADJECTIVE_VERB_HOMOGRAPHS \
            or t.lower_.endswith(("ed", "ing", "al", "ive", "ous", "ic", "ful", "less", "ary", "ory", "ible", "able")):
        return None
    if t.doc[t.i - 1].pos_ != "PROPN":
        return None  # the list's last name stands right before the verb (checked first: `Token.sent` is costly)
    obj = t.head
    if obj.pos_ != "NOUN" or any(w.dep_ not in ("amod", "compound") for w in t.doc[t.i + 1:obj.i]):
        return None
    before = t.doc[t.sent.start:t.i]
    if not any(w.lower_ == "and" for w in before) or any(
            not (w.pos_ == "PROPN" or w.tag_ == "DT" or w.text == "," or w.lower_ == "and") for w in before):
        return None  # only a list of names may stand before the verb
    # the head of each name: "the Czech Republic" is one name, headed by "Republic"
    members = [w for w in before if w.pos_ == "PROPN" and not (w.head.pos_ == "PROPN" and w.head.i > w.i
                                                                and w.dep_ in ("compound", "nmod", "amod"))]
    if len(members) < 2 or members[-1].i != t.i - 1:
        return None
    hung = [c for c in token_children(obj) if c.i < t.i and c.pos_ == "PROPN"]
    if hung and (any(c not in members for c in hung) or _own_demonym(t, obj) is None):
        # "Spain and Portugal expel Iranian diplomats" parsed with the names as modifiers of "diplomats": the resolver
        # would read the diplomats as the names' own, so the object is re-read only when a demonym of its own
        # ("Iranian") tells whose they are (see `_SentenceCoder.actor_refs`)
        return None
    return members, obj


def _own_demonym(verb: Token, obj: Token) -> Token | None:
    """The demonym or country adjective between a misread headline verb and its object ("expel Iranian diplomats":
    "Iranian"), or None."""
    return next((w for w in verb.doc[verb.i + 1:obj.i] if w.dep_ == "amod" and w.head.i == obj.i
                 and w.ent_type_ in ("NORP", "GPE")), None)


def _open_fire_adjective(t: Token) -> Token | None:
    """The object "fire" of an "open" the tagger read as an adjective heading a clause ("police open fire on ...")."""
    if t.lower_ != "open" or t.dep_ not in ("ROOT", "advcl", "conj", "ccomp", "relcl", "xcomp"):
        return None
    return next((c for c in token_children(t) if c.dep_ == "dobj" and c.lemma_.lower() == "fire"), None)


def _crash_above(t: Token, sc: _SentenceCoder) -> bool:
    """Whether a take-off or landing verb tells when an accident verb above it happened ("crashed shortly after it took
    off", "crashes after taking off")."""
    for _ in range(3):
        if t.dep_ not in ("advcl", "conj", "pcomp", "prep"):
            return False
        t = t.head
        if (t.pos_ == "VERB" or t.i in sc.reread or t.dep_ == "ROOT") and sc.verb_lemma(t) in ACCIDENT_VERBS:
            return True
    return False


def _crowd_before_misread_verb(t: Token) -> Token | None:
    """"Thousands rally in Tel Aviv": the crowd number the parser hung on a sentence-initial verb of protest read as a
    root noun (a verb form with a place or an aim after it), or None."""
    if t.dep_ != "ROOT" or t.pos_ != "NOUN" or t.lower_ not in CROWD_VERBS or t.i == 0:
        return None
    crowd = t.doc[t.i - 1]
    if crowd.head.i != t.i or crowd.dep_ not in ("nummod", "compound", "amod") or crowd.lower_ not in CROWD_NUMBERS \
            or crowd.i != t.sent.start:
        return None
    if not any(c.dep_ == "prep" and c.i == t.i + 1 for c in token_children(t)):
        return None
    return crowd


def _armed_plural(root: Token, verb: Token, lemma: str) -> bool:
    """`root` is a plural of armed people ("fighters", "militants") right before a plain verb form (`verb`, "fire") that
    the parser hung on its object: the subject of a headline clause, not a noun phrase."""
    return verb.lower_ == lemma and root.tag_ in ("NNS", "VBZ") and root.lower_.endswith("s") and (
        root.lower_[:-1] in ARMED_WORDS or root.lemma_.lower() in ARMED_WORDS)


def _aimed_object(verb: Token, obj: Token) -> bool:
    """`obj` is the object of an aiming preposition right after `verb` ("fire at a clinic"), not its direct object."""
    return obj.dep_ == "pobj" and obj.head.lower_ in AIM_PREPS and obj.head.i == verb.i + 1


#: Domestic law texts: what one proposes is a bill's content, no intent of a state to cooperate.
LAW_TEXT_NOUNS = frozenset(["bill", "law", "legislation", "amendment", "decree", "measure"])
#: Texts whose content a participle states ("a resolution calling for", "a bill proposing").
TEXT_NOUNS = LAW_TEXT_NOUNS | MEASURE_NOUNS | frozenset(["motion", "proposal", "text", "declaration", "statement",
                                                         "letter", "petition"])
#: Verbs that refuse a text ("vetoed the resolution", "blocks the bill").
REFUSE_TEXT_VERBS = frozenset(["veto", "block", "reject", "oppose", "scrap", "defeat", "withdraw", "shelve", "overturn",
                               "strike", "dismiss", "kill", "sink", "torpedo", "abandon", "quash", "annul", "suspend"])


def _refused_text_content(verb: Token, lemma: str) -> bool:
    """"vetoed a resolution calling for a ceasefire", "blocks a bill proposing a ban": the participle states what a
    refused text says, and no one adopted it; a bill's proposal is the bill's content ("a bill proposing a ban on
    phones"), no party's intent. A text passed or adopted keeps its content as its body's act."""
    text = verb.head
    if text.lemma_.lower() not in TEXT_NOUNS:
        return False
    if lemma == "propose" and text.lemma_.lower() in LAW_TEXT_NOUNS:
        return True
    return text.dep_ in ("dobj", "nsubjpass") and text.head.lemma_.lower() in REFUSE_TEXT_VERBS


#: Words that open an indirect question ("asked whether", "asked how many").
QUESTION_OPENERS = frozenset(["whether", "if", "how", "what", "why", "when", "where", "who", "whom", "which"])
#: The openers that do not also open a relative clause ("the mayor who resigned", "the town where it began"): a
#: "relcl" they open is an indirect question the parser misread.
NON_RELATIVE_OPENERS = QUESTION_OPENERS - {"what", "when", "where", "who", "whom", "which"}


def _asks_question(verb: Token) -> bool:
    """"asked the minister whether the envoy would be expelled", "asked the mayor how many had died": the verb's
    clause is an indirect question (opened by "whether"/"if" or a wh-word), not an infinitive of a request."""
    if any(c.dep_ == "xcomp" for c in token_children(verb)):
        return False
    if any(c.dep_ == "ccomp" and c.i > verb.i and c.doc[c.left_edge.i].lower_ in QUESTION_OPENERS
           for c in token_children(verb)):
        return True
    # "asked the mayor how many had died": the question parsed as a relative clause of the person asked
    return any(r.dep_ == "relcl" and r.doc[r.left_edge.i].lower_ in NON_RELATIVE_OPENERS
               for c in token_children(verb) if c.dep_ == "dobj" for r in token_children(c))


#: Lemmas that are auxiliaries in their own right: never a misread headline verb in the auxiliary slot.
TRUE_AUX_LEMMAS = frozenset(["be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall",
                             "should", "get", "need", "dare", "ought", "to", "let"])


def _object_after_misread_aux(t: Token, lemma: str) -> Token | None:
    """'Ruritania hosts truce negotiations between A and B': a 3rd-person present verb tagged as the auxiliary (or a
    compound) of the next word, a lower-case noun the tagger took for the clause verb; that "verb"'s noun object is
    the verb's object."""
    if t.dep_ not in ("aux", "compound") or lemma in TRUE_AUX_LEMMAS or not t.lower_.endswith("s") or t.lower_ == lemma:
        return None
    head = t.head
    if head.i != t.i + 1 or head.pos_ != "VERB" or not head.text.islower():
        return None
    return next((c for c in token_children(head) if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


def _object_in_other_sense(entry_id: str, obj: Token, frames: _ArgumentReader) -> bool:
    """Whether a verb entry's object noun is used in a sense that makes no event of the entry.

    "bringing the total of confirmed cases to N" (a count, not charges brought); "received an emergency call" (a
    service call, not a contact between two sides); "a space probe launched" (a craft, not an inquiry); "ends support
    for older phones" (a product's support, not aid: the support is for no actor)."""
    lemma = obj.lemma_.lower()
    mods = {c.lower_ for c in token_children(obj) if c.dep_ in ("compound", "amod", "nmod", "nummod")}
    if entry_id == "w.bring_charges":
        return lemma in SUM_NOUNS
    if entry_id in ("v.agree_terms", "v.agree_deal"):
        # "agreed to a truce" is the intent of v.agree_to, "agreed on a truce" v.agree_on_terms, "agreed to exchange
        # prisoners" the intent of the act: only an instrument agreed as the object itself ("agreed a truce", "a truce
        # was agreed") is this entry's
        return obj.dep_ not in ("dobj", "nsubjpass")
    if entry_id == "v.send_aid" and lemma != "supply":
        return not mods & AID_VEHICLE_WORDS  # "sent a convoy to the front": a vehicle carries aid only when named so
    if entry_id == "w.set_free":
        # "the sprinter set a national record", "set a deadline for the crew": only "set ... free" (or loose) frees
        verb = obj.head
        return not any(t.lower_ in ("free", "loose") for t in verb.subtree)
    if entry_id in LEAVE_BODY_ENTRIES:
        # "Freedonia withdraws from the Commonwealth Games": a team pulled out of a contest, not out of the Commonwealth
        return lemma in CONTEST_NOUNS or obj.lower_ in CONTEST_NOUNS
    if lemma in ("call", "phone-call", "phonecall") and entry_id == "v.receive_call":
        return bool(mods & SERVICE_CALL_WORDS)
    if lemma == "probe":
        return bool(mods & SPACECRAFT_WORDS)
    if lemma == "support" and entry_id == "v.end_aid":
        fors = [p for c in token_children(obj) if c.dep_ == "prep" and c.lower_ == "for" for p in token_children(c) if p.dep_ == "pobj"]
        return bool(fors) and all((r := frames.actor_of(p)) is None or r.code is None or (
            r.sector == "BUS" and p.ent_type_ != "GPE") for p in fors)
    return False


#: Support verbs of a deed done, not of goods handed over: a weapon noun they govern is used, not given (07x).
DEED_VERBS = frozenset(["conduct", "launch", "stage", "mount", "fire", "unleash", "wage", "perpetrate", "commit",
                        "perform", "use"])


def _payload_or_own_stock(noun: Token, governor: Token | None) -> bool:
    """Goods that move to no one: a weapon's payload or a trading ship's cargo ("two missiles carrying cluster
    warheads", "a bulk carrier carrying grain"), or a state's own stock ("increase its stockpile of shells")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in OWN_STOCK_NOUNS:
        return True
    if governor is None or governor.lemma_.lower() != "carry":
        return False
    carriers = [governor.head] if governor.dep_ == "acl" else [c for c in token_children(governor) if c.dep_ == "nsubj"]
    return any(c.lemma_.lower() in PAYLOAD_CARRIERS or (c.lemma_.lower() in ("ship", "vessel") and any(
        m.dep_ in ("compound", "amod") and m.lemma_.lower() in TRADE_SHIP_WORDS for m in token_children(c))) for c in carriers)


def _describes_people(verb: Token) -> bool:
    """Whether a present participle (or a verb joined to one) only describes plain people or a nationality's people:
    "Jordanian nationals traveling to the UK", "people seeking or granted asylum", "Palestinians seeking food"."""
    head = verb
    if verb.dep_ == "conj" and verb.head.dep_ == "acl":
        head = verb.head
    if head.dep_ != "acl" or head.tag_ != "VBG":
        return False
    noun = head.head
    if noun.tag_ not in ("NNS", "NNPS") and not (noun.ent_type_ == "NORP" and noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")):
        return False  # "20 Sudanese seeking food": a nationality's adjective standing for its people
    return noun.lemma_.lower() in GENERIC_PEOPLE or noun.lower_ in GENERIC_PEOPLE or noun.ent_type_ == "NORP"




def _plain_travellers(verb: Token) -> bool:
    """Whether who goes is plain people or a thing: "displaced families are heading south", "Malawians travel to
    Israel to work", "a bus heading to Juarez", "the Olympic torch arrives in Paris"."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        goers = [verb.head]
    else:
        goers = [c for c in token_children(verb) if c.dep_ == "nsubj"]
    # "hundreds of Nepalis": the people counted
    goers += [p for g in goers if g.tag_ == "CD" or g.lemma_.lower() in ("hundred", "thousand", "dozen", "million")
              for c in token_children(g) if c.dep_ == "prep" and c.lower_ == "of" for p in token_children(c) if p.dep_ == "pobj"]
    for g in goers:
        lemma = g.lemma_.lower()
        if lemma in TRAVELLING_THINGS or g.lower_ in TRAVELLING_THINGS:
            return True
        if (lemma in GENERIC_PEOPLE or g.lower_ in GENERIC_PEOPLE or (g.ent_type_ == "NORP" and g.tag_ == "NNPS")) \
                and g.tag_ in ("NNS", "NNPS"):
            return True
    return False

