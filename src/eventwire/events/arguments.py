"""Argument attachment for the event coder: subjects and objects (passive, control, relative clauses),
compound and co-owned actors, places that stand for their country, deep targets inside an act's object
phrase, and wire datelines that are never actors. `_ArgumentReader` is the base of `_SentenceCoder`.

Also: the attacker named on an attack noun (`nominal_agents`), an institution named only with its owner's
country ("Somalia's Council of Ministers"), the agent after conjoined passives ("shot and killed by"), places
given as a bearing ("east of the city of X"), and the holder of a place hit ("a depot said to be used by X").

Second round (2026-11-27): the object of a blame or thanks does the act of its reason clause ("rebuked India for buying
Russian oil": India buys); a past participle clause with no subject is a passive of the main clause's subject ("...,
charged with murder", "..., freed by rebels"); who adopts a plan or deal does its infinitive ("approves a deal to
export gas to Egypt"); a vehicle travelling somewhere is not its attacker's journey, and its foreign destination is no
target of the blow (`TRANSIT_VERBS`, `DESTINATION_PREPS`).

Third round (2026-11-27): "his country" / "its government" in the complement of a reporting verb, and a bare "the
country" as the reported clause's subject, are the speaker's state ("Hungary's prime minister said his country would
not ...", `OWN_STATE_NOUNS`); a participle of speaking after a reported clause is the reporter's ("officials said
Russian drones struck X, accusing Moscow of ...", `SPEAKER_PARTICIPLES`); a conjoined verb that carries an attack
verb's shared object says where the blow landed ("police fired and landed a round on a protester"); an apposition
describing one person with conjoined nouns ("X, a Mexican lawyer and activist") is one actor, not a list
(`_described`).

Session 3 (2026-11-27, who acts once the root is right): the "by" agent of a reduced passive relative ("a lawsuit filed
by Texas", "sanctions imposed by the EU on Iran", with the target the parser hangs on the agent); attacks laid at
someone's door ("attributed to", "blamed on": `ATTRIBUTION_VERBS`); the place on an attack noun ("strikes by the U.S.
in Yemen"); the holder of a building attacked (`FACILITY_NOUNS`); diplomats of an embassy; armed men of the group they
are "linked to" / "loyal to" (`ALLEGIANCE_WORDS`); a crowd named by its size ("Thousands protested in Paris"); a subject
pronoun of a reported clause left uncoded is the reporter; an object pronoun is not its clause's subject
(`other_antecedent`); participles of protest ("protesting miners", also misread as verbs); a plural apposition after a
list describes the list; a country split off a title by the parser is no actor; conjoined attacker modifiers
("Israeli and US strikes"); a named owner of a plan ("the US decision to impose tariffs"); an unknown state body named
after its country ("the United States House of Representatives").

Session 4 (2026-11-27, who to whom on fresh briefs): a bare participle raised by a passive verb of finding or
reporting has the raised subject as its patient ("X was found shot dead", `_raised_participle`); a gerund after
"after"/"for"/"while" under a passive clause is done by the passive's subject ("were arrested after throwing stones",
`DOER_PREPS`); a place the parser conjoins after a placed common noun is no second actor ("Police in Tijuana, Baja
California"); a bare title conjoined with a named title is one person ("parliament speaker and interim head of state
X", `_second_title`); a group named "including" nationals takes their country; forces or weapons owned by "its" in
a reported clause are the speaker's ("the army said its aircraft struck", `OWN_MEANS_NOUNS`); a name the parser reads
as an adverbial noun right after the verb is its object; who signs an order or decree does what it orders.

Session 4, round 2: a personal pronoun undergoing a passive time clause, left uncoded by the resolver, is the main
clause's subject ("the journalist died after she was attacked", `_suffering_subject`).

Session 5 (2026-11-28, missing sources and targets of root-matched events): a protest participle after a crowd named as
an object is the crowd's ("tear gas at demonstrators in Brussels, protesting against X", `_protesters_before`); an
unowned police or security operation is run by the police of the country it is in (`_security_operation_owner`); the
place of strikes hung on their death toll, and an unknown town followed by its country (`_country_after_place`); a
named owner of the thing hit beats the place it was hit in (`_owned_thing`), and a place named in a participle that
describes the thing hit counts ("the dam spanning the Orontes in western Syria"); the object of a headline verb
misread as a plural noun (`_misread_headline_verb`); a bare noun coded as what it is said or suspected to be ("people
suspected of being members of X", `_said_to_be`); "engaged in" / "involved in" is taking part (`ENGAGED_PARTICIPLES`);
who died "from" an attack was its target (`_deaths_caused_by`).

Session 8 (2026-11-28, sources and targets on fresh briefs): a claim of responsibility in a later sentence names the doer
of an agentless blow told before it (`later_claimers`; not a claim by nobody or of another, named blow), and of a
relative clause on a claimed blow (`claimers_of`); the object of a verb of causing does the infinitive's act ("prompted
Kenya to deploy", `CAUSE_VERBS`); a bare casualty participle after its noun is passive ("with scores of residents
killed", "sees 20 officers hurt", `_absolute_casualty`); a blow "reported in" a place hit it; acts inside an operation,
raid or ambush "by X" are X's (`_operation_agents`); the dead of an "after gunmen ambushed them" clause are its victims
(`_clause_attackers`); a blow gerund under "by" ("by Israeli tank shelling") and an attack noun the parser conjoins to
the weapon before it ("a Russian missile and drone attack") take the demonym as attacker; a "by" agent that is a list
gives every attacker.

Session 11 (2026-11-29, empty slots of headline briefs): a present-tense verb joined to a reported clause in the past, or
to one whose subject is no actor, is the reporter's act ("X says the truce has collapsed and orders ..."); an object
pronoun the resolver left uncoded is the direct object of the verb its clause is joined to (`_prior_object`); a list
of names split by the parser into a root and the verb's own subject is the verb's subject (`_list_split_by_verb`); a
crowd number hung on a root "noun" of protest is a crowd of the place; "retaliated by launching missiles at X" aims at
X (the means after "by" names the target).

Session 12 (2026-11-29, acts inside reported and embedded clauses): the reporter's own present-tense act joined to a "that"
clause the parser hangs on the reporting verb as an `acl`, or whose reporter it makes a modifier of the verb
(`_reported_clause`, `_misread_speaker`); a bare "the navy" / "the air force" in a clause a state's army reports is its
own (`_bare_service`); a passive with a patient of its own never takes the object of a verb joined to it; a "that" clause
on a noun keeps its subject ("evidence that Russia shot down ..."); "says authorities, working with X, arrested Y" (the
parser's object of "says") acts in the reported clause (`_said_subject`); a relative clause of killing hung on a place or
a time after a blow noun describes the blow (`_blow_antecedent`), also when the headline verb of claiming is misread; a
later member of a list of conditional clauses joined to the reporting verb shares the list's subject
(`modality.list_member_of`); a verb of urging or accusing joined to a reported clause in the past is the reporter's when
its object is of the inherited subject's own state (`ADDRESS_VERBS`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from eventwire.actors.resolver import ADMIN_WORDS_LOWER, DESTINATION_PREPS, model_after
from eventwire.events.common import (
    ARMED_DOER_MODIFIERS,
    ARMED_SECTORS,
    BLOW_CLAUSE_VERBS,
    CASUALTY_VERBS,
    CHARGE_WORDS,
    CONFLICT_ROOTS,
    CROWD_NOUNS,
    DEEP_SKIP_PREPS,
    DEEP_VERB_PREPS,
    ENT_ACTOR_LABELS,
    FIRE_VERBS,
    OBJ_DEPS,
    OBJECT_CONTROL,
    OCCUR_VERBS,
    PREVENT_VERBS,
    PROPOSAL_NOUNS,
    RELATIVE_PRONOUNS,
    STRAY_PARTICLES,
    SUBORDINATORS,
    TOWN_NOUNS,
    ActorLookup,
    Frame,
)
from eventwire.events.lexicon import Lexicon
from eventwire.events.modality import _present_like, list_member_of
from eventwire.nlp import doc_tokens, sent_tokens, token_children
from eventwire.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Bearings from a place ("east of Kupiansk"): the place is where an attack fell.
BEARINGS = frozenset(["east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outside",
                      "near", "around"])
#: Words that tie a name to an attack noun without making it the attacker ("Iranian-made drones").
NOT_THE_ATTACKER = frozenset(["style", "like", "type", "made", "built", "backed", "supplied", "funded", "sponsored",
                              "based", "era", "designed", "manufactured", "produced", "armed", "trained", "inspired"])
#: Buildings that belong to a body: an attack at one is aimed at its holder ("outside the Israeli embassy").
FACILITY_NOUNS = frozenset(["headquarters", "embassy", "consulate", "mission", "office", "ministry", "base", "barracks",
                            "station", "outpost", "checkpoint", "compound", "parliament", "palace", "residence",
                            "courthouse", "prefecture", "garrison"])
#: Nouns of a frontier, and the prepositions that put a place beside one ("near the border with Chad"; not "massed
#: troops on the border with Gaza", aimed at what is over it).
BORDER_NOUNS = frozenset(["border", "borders", "frontier", "boundary"])
BORDER_PLACE_PREPS = frozenset(["near", "along", "by", "close"])


def _described_thing(verb: Token) -> Token | None:
    """ "bombed what the army called a command post": `verb` ("called") is a describing verb whose object is the
    free-relative "what"; the noun it describes ("post") is returned, the object the outer act was done to. The
    parser hangs the description as the verb's predicate ("called a post"), as the object of "as" ("described as
    rebel posts") or as the attribute of a following "be" ("said were militia sites")."""
    if verb.lemma_.lower() not in DESCRIBING_VERBS or not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lower_ == "what" and c.i < verb.i for c in token_children(verb)):
        return None
    for c in token_children(verb):
        if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            got = next((p for p in token_children(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if got is not None:
                return got
    doc = verb.doc
    # "said were militia sites", also where the parser hangs "were" off the outer verb
    be = next((c for c in token_children(verb) if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if be is None and verb.i + 1 < len(doc) and doc[verb.i + 1].lemma_ == "be":
        be = doc[verb.i + 1]
    if be is None:
        return None
    return next((c for c in token_children(be) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)


def _owner_pronoun(tok: Token, root: Token) -> bool:
    """A possessive pronoun owning the act's object ("police seized his passport", "froze their assets", "restricts
    her travel"): whose thing the act takes is its target, as with a named owner ("Iran's ships")."""
    return tok.dep_ == "poss" and tok.pos_ == "PRON" and tok.lower_ in OWNER_PRONOUNS and (
        tok.head.i == root.i or (root.dep_ == "prep" and tok.head.head.i == root.i))


def _over_border_prep(prep: Token) -> bool:
    """True for the "with" of "near the border with Chad", "along the frontier with Niger": its object is the country
    on the other side of where something happens (not "closed its border with Chad", a border acted on)."""
    border = prep.head
    return (prep.lower_ == "with" and border.lemma_.lower() in BORDER_NOUNS and border.dep_ == "pobj"
            and border.head.lower_ in BORDER_PLACE_PREPS)


def _over_border(tok: Token) -> bool:
    """True when `tok` is the country over the border ("near the border with Chad")."""
    return tok.dep_ == "pobj" and _over_border_prep(tok.head)


#: Prepositions that put an act at a building.
FACILITY_PREPS = ("at", "outside", "inside", "near", "on", "in", "into", "against")
#: Words that tie armed men to the group they belong to ("gunmen linked to al-Shabaab", "fighters loyal to X").
ALLEGIANCE_WORDS = frozenset(["link", "linked", "affiliate", "affiliated", "loyal", "allied", "belong", "tie", "tied",
                              "connect", "connected", "associate", "associated", "aligned"])
#: Sectors of a group whose members carry its own code ("gunmen linked to al-Shabaab" are al-Shabaab): armed groups
#: outside the state, gangs and opposition movements, not a state's forces (whose men are coded by the state).
ARMED_GROUP_SECTORS = frozenset(["REB", "UAF", "CRM", "OPP"])
#: Verbs of protest whose participle describes the protesters ("protesting miners", "rioting youths"); not "striking
#: workers", which the lexicon reads as a blow.
PROTEST_PARTICIPLES = frozenset(["protest", "demonstrate", "rally", "march", "riot", "picket"])
#: Head words of a state body that may be named after its country ("the United States House of Representatives").
INSTITUTION_WORDS = frozenset(["house", "senate", "congress", "parliament", "assembly", "court", "council", "ministry",
                               "department", "police", "army", "navy", "guard", "government", "cabinet", "commission",
                               "agency", "service", "chamber", "legislature", "tribunal", "gendarmerie"])
#: Nouns that count an attack's dead: places hung on them are where the attack fell ("the toll from strikes in X").
TOLL_NOUNS = frozenset(["toll", "casualty", "casualties"])
#: Modifiers of an operation run by a state's own police at home ("a security operation in X against militants").
SECURITY_OPERATION_WORDS = frozenset(["security", "police", "terrorism", "counter-terrorism", "counterterrorism", "anti-terror",
                                      "anti-terrorism", "antiterrorism", "counter-terror"])
#: Nouns of such an operation.
OPERATION_NOUNS = frozenset(["operation", "raid", "crackdown", "sweep"])
#: Nouns of a crowd that protests: a protest participle after one of them is the crowd's ("tear gas at demonstrators,
#: protesting against the reform").
#: Beside the crowd nouns, the groups that march and strike: "students", "workers", "farmers", "residents", "people".
PROTESTER_NOUNS = CROWD_NOUNS | {"activist", "supporter", "student", "worker", "farmer", "resident", "people", "teacher"}
#: Words that name a crowd by its size alone ("Thousands rallied in Paris").
CROWD_NUMBERS = frozenset(["thousands", "hundreds", "dozens", "tens", "scores", "millions"])
#: Verbs that lay an act at someone's door, with the preposition that names them ("a strike attributed to the RSF").
ATTRIBUTION_VERBS = {"attribute": ("to",), "ascribe": ("to",), "blame": ("on",), "link": ("to",), "tie": ("to",),
                     "pin": ("on",)}
#: Prepositions before a gerund whose doer is the patient of the passive clause it hangs on ("arrested after throwing
#: stones", "jailed for spying", "killed while fighting").
DOER_PREPS = frozenset(["after", "for", "while", "upon", "on", "before", "following"])
#: Verbs of sending one's own means somewhere: what they carry, their sender carries.
SEND_VERBS = frozenset(["send", "dispatch", "despatch", "deploy", "charter", "fly", "provide", "use", "operate", "load",
                        "organise", "organize", "own"])
#: Nouns of a plan or an agreement whose infinitive says what will be done ("a deal to export gas").
#: An "order to" or a "call to" is done by someone else, and "reached an agreement to" is the agreement's own act.
PLAN_WORDS = frozenset(["deal", "agreement", "plan", "decision", "pact", "accord", "contract", "measure", "programme",
                        "program", "scheme", "initiative", "bill", "law", "resolution"])
#: Orders an official signs into force: what they order, the signer does ("signs an order to dismiss X").
DECREE_WORDS = frozenset(["order", "decree", "edict", "directive", "ordinance"])
#: Verbs of putting an order into force ("issued an order to attack" is a command to others; "issued a decree" is not).
DECREE_VERBS = frozenset(["sign", "enact", "promulgate"])
#: Verbs of adopting a plan: their subject carries it out ("approved a deal to export gas").
#: Signing or sealing a deal is the event itself (057); its content is not coded as done.
ADOPT_VERBS = frozenset(["approve", "adopt", "announce", "unveil", "pass", "ratify", "make", "take"])
#: Verbs of an attempt: "migrants trying to cross", "lawmakers seeking to visit" (see `_object_trying`).
TRYING_VERBS = frozenset(["try", "attempt", "seek"])
#: Verbs of carrying or travelling: a place after them (after a preposition of destination, the resolver's
#: `DESTINATION_PREPS`) is where a thing goes, not who owns it ("a cargo ship
#: carrying grain to Algeria", "a convoy heading for Gaza" are not Algeria's or Gaza's).
TRANSIT_VERBS = frozenset(["carry", "transport", "ship", "head", "sail", "travel", "bound", "bring", "deliver", "ferry",
                           "fly", "return", "take", "haul", "go", "move", "bear"])


#: Nouns of one's own state: "his country", "its government" said in a speaker's clause are the speaker's state.
OWN_STATE_NOUNS = {"country": "", "nation": "", "government": "GOV", "administration": "GOV", "cabinet": "GOV"}
#: Forces and weapons that a speaker's possessive pronoun gives to the speaker ("said its aircraft struck X").
OWN_MEANS_NOUNS = frozenset(["aircraft", "jet", "warplane", "plane", "drone", "troop", "force", "soldier", "unit",
                             "fighter", "defence", "defense", "artillery", "warship", "navy", "army", "missile"])
#: Possessive pronouns that point back to the speaker.
OWN_POSSESSIVES = frozenset(["his", "her", "its", "their", "our"])
#: Possessive pronouns that name the owner of an act's object (see `_owner_pronoun`): a person's or a group's, not a
#: thing's ("its") nor the speaker's own side ("our").
OWNER_PRONOUNS = OWN_POSSESSIVES - {"its", "our"}
#: Verbs of suspecting someone to be something ("people suspected of being members of X", "men believed to be X").
SUSPICION_VERBS = frozenset(["suspect", "believe", "allege", "think", "say", "report", "accuse", "identify", "claim"])
#: Verbs that describe a thing in a free relative ("struck what it called arms depots", "shelled what it described as
#: rebel posts", "hit what it said were militia sites"): the thing described is the object of the outer verb.
DESCRIBING_VERBS = frozenset(["say", "call", "describe", "claim", "term", "label", "consider", "believe", "identify",
                              "allege", "characterize", "characterise", "dub", "deem", "brand"])
#: Participles of taking part, passive in form only: "X is engaged in talks" is X's act.
ENGAGED_PARTICIPLES = frozenset(["engage", "involve"])
#: Nouns of someone's death: an attack they came "from" or "in" had them as its target.
DEATH_NOUNS = frozenset(["death", "killing", "assassination", "murder"])
#: Participles of running or holding a place ("a hospital run by MSF", "a base used by US forces"): their agent holds the
#: place hit, it does not strike it.
OPERATOR_WORDS = frozenset(["run", "operate", "operated", "own", "owned", "manage", "managed", "use", "used", "control",
                            "controlled", "hold", "held", "house", "housed", "host", "hosted", "administer", "administered"])
#: Nouns of something put to someone to answer: the "by" agent of one taken as an object is who is answered ("rejected a
#: proposal by the United States", "accepted an offer by Qatar"). The nouns of asking and proposing
#: (`common.PROPOSAL_NOUNS`) with a "plan" or an "initiative" put forward by a state ("rejected a peace plan by France"),
#: which the common list leaves to the nouns of plan and intent (`common.PLAN_NOUNS`).
ANSWERED_NOUNS = PROPOSAL_NOUNS | {"plan", "initiative"}
#: Texts put forward for others to take or turn down, whose author a rejection or a veto answers: "vetoed a
#: Ruritania-drafted resolution", "turned down the Freedonia-led peace plan" (`_sponsor_of`).
SPONSORED_NOUNS = ANSWERED_NOUNS | {"resolution", "draft", "deal", "agreement", "framework", "roadmap", "ceasefire",
                                    "truce", "text", "package", "bill", "accord", "settlement"}
#: Participles of authorship after a sponsor's name: "Ruritania-drafted", "Freedonia-brokered".
SPONSOR_PARTICIPLES = frozenset(["lead", "led", "draft", "drafted", "broker", "brokered", "back", "backed", "sponsor",
                                 "sponsored", "propose", "proposed", "author", "authored", "mediate", "mediated",
                                 "write", "written", "table", "tabled", "present", "presented"])
#: Verbs of putting a text forward: their subject is its author ("Freedonia proposed a plan, which Ruritania rejected").
PROPOSE_VERBS = frozenset(["propose", "offer", "present", "unveil", "submit", "table", "draft", "float", "put"])
#: Nouns of a plan, process or aid whose "for" object is who it serves ("endorses a dialogue for Sudan", "a peace
#: plan for Ukraine", "aid for Gaza"): that party is the act's target, unlike other "for" phrases (a reason, a span).
BENEFICIARY_NOUNS = frozenset(["dialogue", "plan", "roadmap", "process", "aid", "assistance", "support", "solution",
                               "settlement", "framework", "package", "mission", "initiative"])
#: Roots of acts aimed at someone over a grievance (disapprove, reject, threaten, protest, cut relations, sanction):
#: the named owner of the matter "over" which they are taken is their target.
GRIEVANCE_ROOTS = frozenset(["11", "12", "13", "14", "16"])
#: Verbs that make someone act ("prompting the ministry to warn", "led Kenya to recall its envoy"): their object does
#: the act of the infinitive, as with the verbs of `OBJECT_CONTROL`.
CAUSE_VERBS = frozenset(["prompt", "lead", "cause", "spur", "drive", "provoke", "trigger", "inspire", "galvanize",
                         "galvanise", "motivate", "prod", "induce"])
#: Nouns taken when an attack is claimed ("claimed responsibility for the attack", "took credit for the bombing").
CLAIM_NOUNS = frozenset(["responsibility", "credit"])
#: Verbs that take such a noun.
CLAIM_VERBS = frozenset(["claim", "take", "admit", "accept", "assume"])
#: Nouns of a blow that a claim of responsibility can name back ("... for the attack", "for the bombing").
CLAIMED_BLOW_NOUNS = frozenset(["attack", "bomb", "bombing", "blast", "explosion", "shooting", "ambush", "assault", "strike",
                                "airstrike", "raid", "killing", "killings", "massacre", "incident", "kidnapping",
                                "abduction", "assassination", "shelling", "hijacking", "sabotage", "attacks", "bombings",
                                "strikes", "explosions", "blasts", "ambushes", "raids", "operation"])
#: Verbs of a blow whose agentless passive a later claim of responsibility can give a doer ("a drone was shot down.
#: The Houthis claimed responsibility for the shooting").
CLAIMED_BLOW_VERBS = frozenset(["kill", "attack", "shoot", "bomb", "wound", "injure", "ambush", "target", "strike", "hit",
                                "abduct", "kidnap", "assassinate", "behead", "stab", "down", "destroy", "damage"])
#: How many sentences after an agentless blow its claim may come.
CLAIM_REACH = 3
#: Verbs of casualties whose agentless passive an "after"/"when" clause of a blow can give a doer: the casualty verbs
#: but "die", which has no passive.
CASUALTY_LEMMAS = CASUALTY_VERBS - {"die"}
#: Weapons named before an attack noun ("a Russian missile and drone attack").
WEAPON_MODIFIERS = frozenset(["missile", "rocket", "drone", "artillery", "mortar", "air", "ballistic", "cruise", "tank",
                              "naval", "ground", "sea", "bomb", "shell", "aerial"])
#: Verbs of lasting a state that the small parser may read as a passive auxiliary ("remains detained").
STATE_AUXILIARIES = frozenset(["remain", "remains", "remained", "stay", "stays", "stayed"])
#: Blows named by a gerund ("shelling", "bombing").
BLOW_GERUNDS = frozenset(["shell", "bomb", "strike", "shoot", "attack", "bombard", "fire", "raid"])
#: Nouns of a reaction "to" something ("in response to X doing Y"): the named object before a gerund on them acts
#: ("flights to Ukraine delivering missiles" are no reaction: Ukraine delivers nothing).
RESPONSE_NOUNS = frozenset(["response", "reaction", "reply", "retaliation", "answer", "objection", "opposition",
                            "protest", "backlash", "resistance"])
#: Nouns of an operation or a blow that an act can take place in ("killed during a raid by X").
OPERATION_BLOW_NOUNS = frozenset(["operation", "raid", "crackdown", "sweep", "offensive", "assault", "attack", "ambush",
                                  "strike", "airstrike", "incursion", "shelling", "bombardment"])
#: Passive verbs that report a blow where it fell ("strikes were reported in X", "shelling was heard across Y").
REPORTED_BLOW_VERBS = frozenset(["report", "hear", "record", "observe", "register", "confirm", "see"])
#: Verbs that tell a fight named by its subject noun as going on: "fighting resumes in Khartoum", "clashes erupt in
#: Tripoli" (the place hangs on the verb). `common.OCCUR_VERBS` (an event noun taking place) without the verbs of a
#: happening, a spread or a start, which were not read for fights with no doer, and with "persist".
OCCURRENCE_VERBS = (OCCUR_VERBS - {"happen", "unfold", "spread", "grip", "sweep", "enter", "begin", "start", "rock", "hit"}
                    ) | {"persist"}
#: Nouns of an assault by gunmen or bombers that take place at a site ("a mass shooting occurs at a school in X"): the
#: town of the site is where it was (not blasts, which are as often accidents, nor fights, told on their own).
SITED_ASSAULT_NOUNS = frozenset(["shooting", "stabbing", "bombing", "massacre", "kidnapping", "abduction"])
#: Verbs that report what someone said or found: their complement clause is the reported content.
REPORT_VERBS = frozenset(["say", "tell", "report", "announce", "state", "claim", "allege", "confirm", "add", "write",
                          "declare", "insist", "assert"])
#: Verbs of speaking to or about someone, the object addressed: joined to a reported clause, they may be the reporter's.
ADDRESS_VERBS = frozenset(["urge", "call", "demand", "accuse", "blame", "warn", "condemn", "ask", "press", "criticize",
                           "criticise", "denounce", "summon", "appeal"])
#: Verbs of speaking or judging in a participle after a reported clause ("..., accusing Moscow of provocation"): the
#: reporter speaks, not the subject of the reported clause.
SPEAKER_PARTICIPLES = frozenset(["accuse", "blame", "call", "describe", "condemn", "denounce", "warn", "urge", "brand",
                                 "label", "term", "dismiss", "praise", "criticise", "criticize", "deny", "demand"])
#: Participles of comment that, after a controlled infinitive, still speak for the one who asked or allowed.
COMMENT_PARTICIPLES = SPEAKER_PARTICIPLES | frozenset(["express", "voice", "say", "stress", "reiterate", "insist", "vow",
                                                       "pledge", "promise", "ask", "reaffirm", "cite", "add", "note"])


#: Nouns of protest whose place, where they break out, says whose the protesters are.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "riot", "unrest", "march", "sit-in", "vigil",
                           "rioting", "demonstrations", "protests"})


#: Entity labels of amounts, which are no patient of a passive verb ("was fined £100").
AMOUNT_ENTS = frozenset(["MONEY", "QUANTITY", "CARDINAL", "PERCENT"])


#: Words before a count that the parser may read as a preposition of the verb ("detain over 30 people").
COUNT_PREPS = frozenset(["over", "around", "about"])
#: Headline verbs of mounting an attack that the small parser may read as a modifier of the attack noun after them.
MISREAD_LAUNCH_FORMS = frozenset(["launch", "launches", "conduct", "conducts", "mount", "mounts", "stage", "stages"])


def _before_misread_launch(noun: Token) -> list[Token]:
    """The name before a headline "launch" read as a modifier of the attack noun: in "The RSF launch drone strikes on
    Kassala" or "Rebel militias launch rocket attacks on the port" the parser hangs "launch" on the noun phrase (as
    a compound of "drone" or of "strikes") and the name on "launch"; the name is who struck."""
    out: list[Token] = []
    for c in token_children(noun):
        if c.i > noun.i or c.dep_ not in ("compound", "nmod", "amod"):
            continue
        for v in (c, *(g for g in token_children(c) if g.i < c.i and g.dep_ in ("compound", "nmod", "amod"))):
            if v.lower_ in MISREAD_LAUNCH_FORMS:
                out += [g for g in token_children(v) if g.i < v.i and g.dep_ in ("compound", "nsubj", "nmod")]
                if not out and noun.dep_ == "appos" and noun.head.i < v.i:
                    # "Rebel Forces (RF) launch drone strikes on ...": or the noun phrase hangs on the name as its apposition
                    out.append(noun.head)
    return out


class _ArgumentReader:
    """Reads an event's arguments off one sentence's parse (state shared with `_SentenceCoder`)."""

    def __init__(self, lex: Lexicon, actors: ActorLookup | None) -> None:
        self.lex = lex
        self.actors = actors
        self.consumed: set[int] = set()
        self.flipped_negation: set[int] = set()
        # One physical event told twice ("killed in an air strike", "struck Odesa, killing three"): tokens
        # whose frame another frame has absorbed, and trigger tokens of conflict frames already emitted.
        self.merged: set[int] = set()
        self.emitted: set[int] = set()
        self.tolls: set[int] = set()  # casualty participles of an attack already coded ("..., killing three")

    # -- small parse helpers ---------------------------------------------------------------
    @staticmethod
    def children(tok: Token, *deps: str) -> list[Token]:
        return [c for c in token_children(tok) if c.dep_ in deps]

    def is_passive(self, verb: Token) -> bool:
        for c in token_children(verb):  # noqa: SIM110 - a plain loop: asked of most verbs, often more than once
            if c.dep_ in ("nsubjpass", "auxpass"):
                return True
        return False

    def conjuncts(self, tok: Token) -> list[Token]:
        """The token and the tokens conjoined with it ("the US and the EU")."""
        if tok.dep_ == "appos" and _described(tok):
            return [tok]  # "X, a journalist and activist who ...": one person described twice
        titled = _second_title(tok)
        if titled is not None:
            return [titled]  # "parliament speaker and interim head of state X": one person with two titles
        out = [tok, *_as_well_as_partner(tok), *_repeated_heads(tok), *_name_tail_conjuncts(tok)]
        stack = list(out)
        while stack:
            t = stack.pop()
            for c in token_children(t):
                # "Maria Lopez, a Mexican lawyer and activist": a described apposition is one person, not a list
                # "Egypt and Qatar, the main mediators": a plural common noun after a list describes the whole list
                listed = c.dep_ == "appos" and (any(g.dep_ in ("conj", "cc") for g in (*token_children(c), *token_children(t)))
                                                 or _titled_after_and(c)) \
                    and not _described(c) and not (c.pos_ == "NOUN" and c.tag_ == "NNS")
                # "Russian and Syrian airstrikes": conjoined demonyms as well
                if c.dep_ == "conj" and _place_after_place(t, c):
                    continue  # "Police in Tijuana, Baja California, Mexico": the place's region, not a second actor
                if c.dep_ == "cc" and _is_as_well_as(c):
                    # "France, Germany as well as Italy": the parser hangs the last member on "as" as its object
                    added = [p for p in token_children(c) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") and p not in out]
                    out += added
                    stack += added
                    continue
                if (c.dep_ == "conj" or listed) and (c.pos_ in ("NOUN", "PROPN", "PRON") or (
                        c.pos_ == "ADJ" and tok.pos_ == "ADJ" and c.ent_type_ in ("NORP", "GPE"))):
                    out.append(c)  # "the US, Russia, and Switzerland" is parsed with an appositive
                    stack.append(c)
        return _without_total([*_co_possessors(tok), *out])

    def pobjs(self, tok: Token, preps: Iterable[str]) -> list[Token]:
        """Objects of the prepositions `preps` that depend on `tok`."""
        want = set(preps)
        out = []
        for c in token_children(tok):
            if c.dep_ in ("prep", "agent", "dative") and c.lower_ in want:
                out.extend(self.children(c, "pobj"))
                # "strikes on what it called militant camps": the thing described stands for the object
                out.extend(d for g in token_children(c) if g.dep_ == "pcomp" for d in [_described_thing(g)] if d is not None)
            elif "by" in want and c.dep_ == "prep" and c.lower_ == "including":
                # "was widely condemned, including by France and Italy": the agents named as examples
                out.extend(p for g in token_children(c) if g.dep_ in ("agent", "prep") and g.lower_ == "by"
                           for p in self.children(g, "pobj"))
            elif c.dep_ in ("prep", "advmod") and _stray_particle(c):  # the dependency first: most children fail it
                # "pulled out of the deal": the parser makes "out" a preposition that governs "of"
                out.extend(p for g in token_children(c) if g.dep_ == "prep" and g.lower_ in want for p in self.children(g, "pobj"))
                # "towards the introduction of", "on behalf of": one level of nesting is enough.
        return out

    def direct_object(self, verb: Token) -> Token | None:
        if _misread_participle(verb) is not None:
            return None  # "met protesting farmers": the farmers protest, they are not protested
        objs = self.children(verb, *OBJ_DEPS)
        if objs and self.is_passive(verb) and (objs[0].pos_ == "NUM" or objs[0].ent_type_ in AMOUNT_ENTS or any(
                c.dep_ == "nummod" and c.pos_ == "NUM" for c in token_children(objs[0])) and self._actor_of(objs[0]) is None):
            # "the minister was fined £100", "the firm was ordered to pay and fined 2 million euros": the amount is
            # no patient, the passive's subject underwent the act
            subj = self.children(verb, "nsubjpass")
            if subj:
                return subj[0]
        if objs:
            return objs[0]
        # "shelled what it described as rebel posts in Sudan": the thing described is the object, where it names an
        # actor or a place ("opposed what she called harsh cuts by the cabinet" keeps the search for the cabinet)
        described = next((d for c in token_children(verb) if c.dep_ == "ccomp" and c.i > verb.i
                          for d in [_described_thing(c)] if d is not None and self._names_actor_or_place(d, c)), None)
        if described is not None:
            return described
        if _absolute_casualty(verb):
            return self.children(verb, "nsubj")[0]  # "with scores of residents killed": they suffered it
        if verb.pos_ == "VERB" and not self.is_passive(verb):
            # "a court sentences former president Mikheil Saakashvili to ...": the small parser takes a name right after
            # the verb for an adverbial noun phrase
            named = [c for c in token_children(verb) if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ == "PROPN"
                     and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
            if named:
                return named[0]
            counted = next((p for c in token_children(verb) if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in COUNT_PREPS
                            for p in token_children(c) if p.dep_ == "pobj" and p.pos_ == "NOUN" and not p.ent_type_
                            and any(n.dep_ == "nummod" and n.i == c.i + 1 for n in token_children(p))), None)
            if counted is not None:
                return counted  # "soldiers detain over 30 people": the parser reads "over" as a preposition of the verb
        # "detained and later released three journalists": the object follows the last verb (not for a passive with
        # a patient of its own: "a commander was killed in Beirut, and blames Israel for it" blames Israel alone)
        own_patient = self.is_passive(verb) and bool(self.children(verb, "nsubjpass"))
        for c in () if own_patient else token_children(verb):
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i and not self.children(c, "nsubj"):
                shared = self.children(c, *OBJ_DEPS)
                if shared:
                    return shared[0]
        if self.is_passive(verb):
            subj = self.children(verb, "nsubjpass")
            if subj:
                return subj[0]
            if verb.dep_ == "conj":  # "X was arrested and later released": the shared subject
                # (a passive conjunct with a subject of its own left out the auxiliary: "one is killed and 30 arrested")
                shared = self.children(verb, "nsubj") or self.children(verb.head, "nsubjpass", "nsubj")
                if shared:
                    return shared[0]
            for aux in token_children(verb):
                if aux.dep_ == "auxpass" and aux.lower_ in STATE_AUXILIARIES:
                    # "the blogger remains detained in Minsk", "two crew members stay jailed": the small parser makes the
                    # one held the subject of the participle or of "remains"; it is the patient, as after "is"
                    subj = self.children(verb, "nsubj") or self.children(aux, "nsubj")
                    if subj:
                        return subj[0]
        if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lower_ in STATE_AUXILIARIES:
            subj = self.children(verb.head, "nsubj")
            if subj:
                return subj[0]  # "dozens of protesters remain detained": held, as in "remain in detention"
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return verb.head  # "sanctions imposed by the EU"
        if _raised_participle(verb):
            # "a journalist was found shot dead", "the commander is confirmed killed": the raised subject is the patient
            subj = self.children(verb.head, "nsubjpass")
            if subj:
                return subj[0]
        if _passive_participle_clause(verb):
            # "X appeared in court, charged with murder": the participle's missing subject is its patient; after an
            # object, the object is ("Indonesia repatriates British nationals, sentenced to death for smuggling")
            objs = [o for o in self.children(verb.head, *OBJ_DEPS) if o.i < verb.i]
            if objs:
                return objs[0]
            subj = self.children(verb.head, "nsubj", "nsubjpass")
            if subj:
                return subj[0]
        if verb.dep_ == "relcl" and self._relcl_object_gap(verb):
            return verb.head
        return None

    def _names_actor_or_place(self, thing: Token, describing: Token) -> bool:
        """The thing a free relative describes names a coded actor ("what it said were Hezbollah sites") or a place
        is named with it ("what it called arms depots in Syria", the place hung on the describing verb)."""
        ref = self._actor_of(thing)
        if ref is not None and ref.code:
            return True
        return any(t.ent_type_ in ("GPE", "LOC") for t in thing.subtree) or any(
            p.ent_type_ in ("GPE", "LOC") for p in self.pobjs(describing, ("in", "across", "inside")))

    def _relcl_object_gap(self, verb: Token) -> bool:
        """'the sanctions that the EU imposed': the relative pronoun (or nothing) is the object."""
        subj = self.children(verb, "nsubj")
        rel_obj = [c for c in token_children(verb) if c.dep_ in OBJ_DEPS and c.lower_ in RELATIVE_PRONOUNS]
        return bool(rel_obj) or (bool(subj) and subj[0].lower_ not in RELATIVE_PRONOUNS and not self.children(verb, *OBJ_DEPS))

    def _object_trying(self, verb: Token) -> Token | None:
        """"Freedonia denies entry to six lawmakers trying to visit the island", "guards shot migrants attempting to
        cross": a gerund of trying right after the main verb's object, with no comma, tells what that object was doing
        (the parser may hang it on the main verb as an adverbial clause); the object, when it names an actor, is the
        one trying."""
        if verb.tag_ != "VBG" or verb.lemma_.lower() not in TRYING_VERBS or verb.i == 0:
            return None
        prev = verb.doc[verb.i - 1]
        if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("dobj", "obj", "pobj") or prev.i < verb.head.i:
            return None
        return prev if self.actor_of(prev) is not None else None

    def subject(self, verb: Token, depth: int = 0) -> list[Token]:
        """Subject tokens of a verb, inherited through conj/xcomp/relcl/acl when it has none."""
        if depth > 6:
            return []
        if self.is_passive(verb):
            agents = self.pobjs(verb, ("by",))
            if not agents:
                # "two militants were shot and killed by Israeli soldiers": the agent closes the conjoined verbs
                agents = [a for c in token_children(verb) if c.dep_ == "conj" and c.tag_ == "VBN" for a in self.pobjs(c, ("by",))]
            if not agents and verb.lemma_.lower() in ENGAGED_PARTICIPLES:
                # "Pakistan is still engaged in mediation efforts", "groups involved in the attack": a participle of a
                # state, its subject takes part in the act (the small parser may hang it on the auxiliary)
                return [c for a in (verb, *self.children(verb, "auxpass", "aux")) for c in token_children(a)
                        if c.dep_ in ("nsubjpass", "nsubj")][:1]
            if not agents:
                # "70 people are killed and 200 injured by Israeli tank shelling": the small parser makes the blow a gerund
                # under "by" (on the conjoined verb); who the blow's modifier names struck
                agents = [m for v in (verb, *(c for c in token_children(verb) if c.dep_ == "conj" and c.tag_ == "VBN"))
                          for b in token_children(v) if b.dep_ in ("agent", "prep") and b.lower_ == "by"
                          for g in token_children(b) if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in BLOW_GERUNDS
                          for m in _blow_owner(g)][:1]
            if not agents and verb.lemma_.lower() in CASUALTY_LEMMAS:
                # "seven soldiers were killed after gunmen ambushed them": who struck the victims in the clause killed them
                agents = self._clause_attackers(verb)
            if not agents:
                # "four men were detained in a sweep by the army", "nine herders die and dozens are hurt in a raid by
                # militiamen": who ran the operation the act is part of did it
                agents = self._operation_agents(verb)
            if not agents and depth == 0 and verb.lemma_.lower() in CLAIMED_BLOW_VERBS and verb.sent.start == 0:
                # "a US drone was shot down off Yemen. The Houthis claimed responsibility for the shooting" (the lead tells the
                # blow claimed; a later passive is another one: "a bystander was also shot dead")
                agents = self.later_claimers(verb)
            return agents
        if verb.dep_ == "acomp" and verb.lemma_.lower() in ENGAGED_PARTICIPLES:
            return self.children(verb.head, "nsubj")[:1]  # "Turkey is still engaged in mediation efforts"
        if _passive_participle_clause(verb):
            # "..., charged with murder", "..., backed by US aircraft": only a "by" agent acts
            return self.pobjs(verb, ("by",))
        if _absolute_casualty(verb):
            return []  # "with scores of residents killed", "Two guards killed, three hurt": no doer named
        crowd = _misread_participle(verb) or _protesters_before(verb)
        if crowd is not None:
            # "opened fire on protesting villagers", "fired tear gas at demonstrators in Brussels, protesting against the
            # reform": the crowd protests, not the police
            return [crowd]
        if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.lemma_.lower() in PROTEST_PARTICIPLES:
            # "police clashed with protesting miners": the miners protest (as a subject, what they do is the event:
            # "protesting students threw stones")
            return [verb.head] if verb.head.dep_ not in ("nsubj", "nsubjpass") else []
        if verb.dep_ == "acl" and (verb.tag_ == "VBN" or any(c.dep_ == "agent" for c in token_children(verb))) and depth == 0:
            # a reduced passive relative: "a lawsuit filed by Texas", "sanctions imposed by the EU on Iran" (not passed
            # on: "a deal mediated by Egypt to begin a truce" is not Egypt's truce)
            agents = self.pobjs(verb, ("by",))
            if agents:
                return agents
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.lemma_.lower() in FIRE_VERBS \
                and not self.pobjs(verb, ("by",)) and verb.head.pos_ == "NOUN" \
                and not self.children(verb, "nsubj"):  # (not "evidence that Russia shot down the jet": a clause's own)
            # "Iranian missiles fired at Kuwait", "a Russian drone launched at Kyiv": the weapon's nationality fires it
            return [c for c in token_children(verb.head) if c.dep_ == "amod" and c.ent_type_ == "NORP" and c.i < verb.head.i][:1]
        subj = []
        for t in self.children(verb, "nsubj", "csubj"):
            if not _in_dateline(t):
                subj.append(t)
            else:
                # "COLOMBO, July 9 (AFP) - Thousands of demonstrators took part ...": the parser hangs the real
                # subject on the dateline city as an apposition
                subj += [a for a in token_children(t) if a.dep_ == "appos" and not _in_dateline(a) and a.i > t.i]
        if not subj and verb.dep_ == "advcl":
            # "protests began after Kenya, Ethiopia and Tanzania condemned X": with a list as the clause's subject the
            # small parser reads the marker as a preposition whose object is the list; that object is the subject
            subj = _marker_object_subject(verb)
        if not subj and verb.dep_ == "attr" and verb.tag_ == "VBG" and verb.head.lemma_ == "be":
            # "Qatar is mediating between Israel and Hamas": the small parser makes the progressive a predicate of "is"
            subj = [t for t in self.children(verb.head, "nsubj") if not _in_dateline(t)]
        if subj and subj[0].pos_ == "VERB" and subj[0].tag_ in ("VBZ", "VBD") and subj[0].i == verb.i - 1 \
                and subj[0].lemma_.lower() in ADOPT_VERBS and self.children(subj[0], "nsubj"):
            # "Trump announces plans to impose tariffs" read with "announces" as the subject of "plans": the one who
            # announces the plan has it
            subj = self.children(subj[0], "nsubj")
        if subj:
            s = subj[0]
            if verb.dep_ == "advcl" and s.dep_ == "nsubj":
                # "after Kenya's government, Ethiopia's government and ... condemned X": the list's first member may be
                # left on the marker as its object, the rest made the subject
                lead = _marker_object_subject(verb, s)
                if lead:
                    return [*lead, s]
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                blow = _blow_antecedent(verb)
                claimer = self.claimers_of(blow if blow is not None else verb.head, depth + 1)
                if claimer:
                    return claimer  # "claimed responsibility for the bombing, which killed 40 people": the claimer's blow
                if blow is not None:
                    # "the ambush of security forces near X, which killed 20 soldiers": the blow's "of" names whom it
                    # struck, so the killing has no named doer
                    return [] if any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(blow)) else [blow]
                return [_list_before_relative(verb)]
            split = _list_split_by_verb(verb, s)
            if split is not None:
                return [split, *_as_well_as_subjects(s)]
            return _as_well_as_subjects(s)
        noun = verb.head
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VB" and noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb)):
            # "Chile is the 40th state to sign the accord", "X was the first leader to visit Y": the
            # copula's subject acts, not the predicate noun's own modifiers
            return self.subject(noun.head, depth + 1) or [noun]
        # "announced plans to impose tariffs": the parser may hang the infinitive on the noun as an `xcomp` too
        noun_clause = verb.dep_ in ("acl", "relcl") or (verb.dep_ == "xcomp" and noun.pos_ == "NOUN")
        if noun_clause and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(verb)) \
                and noun.dep_ == "dobj" and not self.children(noun, "poss") and (
                    (noun.lemma_.lower() in PLAN_WORDS and noun.head.lemma_.lower() in ADOPT_VERBS)
                    # "signs an order to dismiss the mayor", "issued a decree to dissolve parliament": the signer acts
                    or (noun.lemma_.lower() in DECREE_WORDS and noun.head.lemma_.lower() in DECREE_VERBS)
                    or (noun.lemma_.lower() in DECREE_WORDS - {"order"} and noun.head.lemma_.lower() == "issue")):
            # "Netanyahu approves a deal to export gas to Egypt", "announced a decision to withdraw": who adopts the plan
            # carries it out
            return self.subject(noun.head, depth + 1)
        if verb.dep_ == "relcl" and not self._relcl_object_gap(verb):
            return [_list_before_relative(verb)]
        if verb.dep_ == "acl" and verb.tag_ == "VBG":
            head = verb.head
            doer = self._name_before_gerund(verb)  # "in response to the United States vetoing the resolution"
            if doer is not None:
                return [doer]
            if verb.lemma_.lower() in TRANSIT_VERBS and head.head.lemma_.lower() not in SEND_VERBS:
                # "attacked a tanker heading to Israel": the tanker goes, not the attacker; "sent planes carrying aid to
                # Syria": the sender carries it
                return [head]
            if head.dep_ in OBJ_DEPS and head.pos_ == "NOUN" and self.actor_of(head) is None:
                # "adopted a resolution condemning X", "passed a law banning Y": the adopter acts
                return self.subject(head.head, depth + 1)
            return [head]  # "troops attacking the city"
        if noun_clause and verb.tag_ == "VB":
            # "the EU's campaign to put pressure on Russia", "Trump's decision to visit": the possessor acts
            poss = self.children(verb.head, "poss")
            if poss:
                return poss[:1]
            # "the US decision to impose tariffs", "a Russian proposal to hold talks": a named modifier owns it (not
            # passed on to the clauses below: "a US offer to host a summit to hammer out a deal")
            owners = [c for c in token_children(verb.head) if c.dep_ in ("compound", "amod", "nmod") and c.i < verb.head.i
                      and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")] if depth == 0 else []
            for o in owners:
                ref = self.actor_of(o)
                if ref is not None and ref.code and not (ref.why or "").startswith(("place:", "context:", "metonym:")):
                    return [o]
        head = verb.head
        if head.i == verb.i:
            return []
        said = _said_subject(verb)
        if said is not None and self.actor_of(said) is not None:
            return [said]  # (an uncoded noun there is most often the speaker's own people: the speaker is kept)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "ccomp" and verb.lemma_.lower() in SPEAKER_PARTICIPLES \
                and head.head.lemma_.lower() in REPORT_VERBS:
            # "officials said Russian drones had struck a warehouse, accusing Moscow of provocation": the officials accuse
            return self.subject(head.head, depth + 1)
        if _speech_after_controlled(verb):
            # "Canada called on Israel to halt the strikes, expressing concern about the toll": a participle of speech
            # set off by a comma after an infinitive that the object was asked to do is the asker's own comment
            return self.subject(head.head, depth + 1)
        if verb.dep_ == "advcl":
            doer = self._name_before_gerund(verb)  # "recalled its envoy in response to Ethiopia expelling its diplomats"
            if doer is not None:
                return [doer]
            trier = self._object_trying(verb)
            if trier is not None:
                return [trier]
        if verb.dep_ == "conj":
            member = list_member_of(verb, REPORT_VERBS)
            shared = self.subject(member, depth + 1) if member is not None else []
            if any(self.actor_of(t) is not None for t in shared):
                return shared  # "says X will ... if the US lifts sanctions, ends the blockade"
            inherited = self.subject(head, depth + 1)
            if depth == 0 and _reported_clause(head) and _present_like(verb, head.head) \
                    and head.head.lemma_.lower() in REPORT_VERBS and verb.i > head.i > head.head.i \
                    and (any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(head)) or head.pos_ not in ("VERB", "AUX")) \
                    and ((head.tag_ in ("VBD", "VBN") and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in token_children(verb)))
                         or not any(self.actor_of(t) is not None for t in inherited)):
                # "Israel says the truce has collapsed and orders troops to advance", "Egypt says Israel violated the
                # truce and demands an inquiry", "declares the envoy persona non grata and orders him to leave": a verb
                # in the reporting verb's present form, joined to a reported clause in the past or whose subject is no
                # actor (or to a predicate noun the parser made the clause), is the reporter's own act
                reporter = self.subject(head.head, depth + 1) or _misread_speaker(head.head)
                if any(self.actor_of(t) is not None for t in reporter):
                    return reporter
            if depth == 0 and _reported_clause(head) and head.head.lemma_.lower() in REPORT_VERBS \
                    and verb.lemma_.lower() in ADDRESS_VERBS and verb.i > head.i > head.head.i:
                reporter = self.subject(head.head, depth + 1)
                if self._addresses_own_state(verb, inherited, reporter):
                    # "China said Philippine vessels rammed its ship and urged Manila to stop": urging their own capital is
                    # not what the vessels did; the speaker urged
                    return reporter
            return inherited
        if verb.dep_ in ("xcomp", "advcl", "ccomp") or (verb.dep_ == "pcomp" and head.dep_ == "prep"):
            gov = head.head if verb.dep_ == "pcomp" else head
            if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and gov.pos_ == "VERB" and (
                    head.lower_ in ("for", "of")
                    # (only for the gerund itself: "bars him from holding office after convicting him" is the court's)
                    or (head.lower_ == "from" and gov.lemma_.lower() in PREVENT_VERBS and depth == 0)):
                # "rebuked India for buying Russian oil", "thanked Qatar for hosting the talks": the one blamed or
                # thanked did it; "stopped the rebels from attacking": the one kept from it would have done it
                objs = [o for o in self.children(gov, "dobj") if o.i < verb.i]
                if objs:
                    return [objs[0]]
            if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in DOER_PREPS and self.is_passive(gov) \
                    and depth == 0:
                # "two men were arrested after throwing grenades at a rally", "was jailed for spying on X": the one the
                # passive clause acts on did the gerund's act (not the passive's absent agent)
                patients = self.children(gov, "nsubjpass")
                if patients:
                    return patients[:1]
            if gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "amod"):  # "is ready to talk"
                gov = gov.head
            if verb.dep_ == "xcomp" and (gov.lemma_.lower() in OBJECT_CONTROL or gov.lemma_.lower() in CAUSE_VERBS):
                objs = self.children(gov, *OBJ_DEPS) or self.pobjs(gov, ("on", "upon"))
                if objs:
                    return [objs[0]]
            if verb.dep_ == "ccomp":
                member = list_member_of(verb, REPORT_VERBS)
                return self.subject(member, depth + 1) if member is not None else []
            if _raised_participle(verb):
                # "X was found shot dead", "Y is reported killed": the raised subject suffered the act; only a "by"
                # agent of the participle did it
                return self.pobjs(verb, ("by",))
            if verb.dep_ == "xcomp" and self.is_passive(gov):
                # raising: "Obama is scheduled to attend", "X was forced to withdraw"
                return self.children(gov, "nsubjpass")[:1]
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and self.is_passive(gov) \
                    and any(c.dep_ == "mark" and c.lower_ in ("while", "when", "whilst") for c in token_children(verb)) \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)):
                # "four soldiers were killed while fighting Hezbollah": a "while" participle's doer is the passive
                # clause's subject, not the main verb's (absent) agent (a bare "..., violating the truce" is the
                # event's own doing, not the victims')
                return self.children(gov, "nsubjpass")[:1]
            return self.subject(gov, depth + 1)
        return []

    def _addresses_own_state(self, verb: Token, inherited: list[Token], reporter: list[Token]) -> bool:
        """The object of `verb` is of the country of the inherited subject and not of the reporter's, which has a country
        of its own: the verb of speaking to or about someone is the reporter's."""
        def countries(toks: Iterable[Token]) -> set[str]:
            return {r.country for r in (self.actor_of(t) for t in toks) if r is not None and r.country
                    and not (r.why or "").startswith("context:")}
        objs = self.children(verb, "dobj")
        mine, theirs, addressed = countries(inherited), countries(reporter), countries(objs)
        return bool(mine and theirs and addressed) and bool(mine & addressed) and not theirs & addressed

    # -- actors -----------------------------------------------------------------------------
    def actor_refs(self, toks: Iterable[Token]) -> list[ActorRef]:
        """Coded actors for argument head tokens (with their conjuncts), in order, no duplicates."""
        out: list[ActorRef] = []
        seen: set[tuple[int, int]] = set()
        for tok in toks:
            owner = self._named_owner(tok)
            for t in self.conjuncts(tok):
                ref = self.actor_of(t)
                if ref is not None and t.i != tok.i and owner is not None and (ref.why or "").startswith("context:") \
                        and ref.country != owner:
                    # "strikes against Iranian command centers, launch sites and air defense systems": a later member of
                    # a list whose first member names its owner is not coded from the sentence's other country
                    continue
                if ref is not None and t.i != tok.i and any(o.start <= ref.start and ref.end <= o.end and (
                        ref.country is None or ref.country == o.country) for o in out):
                    # "the High Court of Zarova and the Isles" parsed with "the Isles" as a second subject: a
                    # conjunct whose phrase lies inside an actor already taken, of no other country, is that
                    # actor's own words (another country's person inside a misread run of names is not)
                    continue
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
                    # resolver gave "forces" a country of its own from the sentence's places; not when the head's
                    # country is one its phrase names ("the ministers of China, Japan and South Korea": China)
                    replaced = len(extras) >= 2 and (t.pos_ == "NOUN" or t.tag_ == "NNPS") and ref.country not in {e.country for e in extras} \
                        and ref.country not in self._owner_countries(t)
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
        if len(out) > 1:
            # "Aliyev and United States vice president JD Vance": the parser splits the country off the title that
            # follows it; a bare country right before an actor of the same country is that actor's modifier
            out = [r for r in out if not (r.sector is None and r.country and any(
                o is not r and o.country == r.country and 0 <= o.start - r.end <= 1 for o in out))]
        return out

    def _named_owner(self, tok: Token) -> str | None:
        """The country a common noun's own name or demonym modifier gives it ("Iranian command centers"), else None."""
        if tok.pos_ != "NOUN":
            return None
        for m in token_children(tok):
            if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i and m.ent_type_ in ("NORP", "GPE"):
                ref = self.place_ref(m)
                if ref is not None and ref.country:
                    return ref.country
        return None

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
        if tok.pos_ != "NOUN" and tok.tag_ != "NNPS":
            return []  # "The Foreign Ministers from Azerbaijan, Bahrain, ...": a capitalised plural title is a noun
        owners: list[Token] = []
        for c in token_children(tok):
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                # the first owner is the head's own country ("the ministers of Armenia"), unless the head has none and
                # the owners are a list ("imports from Canada, Mexico and China", "the Foreign Ministers from A, B and
                # C": all of them)
                for p in self.children(c, "pobj"):
                    members = self.conjuncts(p)
                    owners += members if not ref.country and len(members) > 1 else members[1:]
            elif c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
                members = [g for g in _conj_chain(c) if g.i < tok.i]
                if members:
                    # "Indian, Japanese and French warships": the parser hangs the list's head ("Indian", followed by
                    # a comma) on the noun beside the conjoined pair
                    owners += [m for m in token_children(tok) if m.dep_ in ("amod", "compound", "nmod") and m.i < c.i
                               and any(p.dep_ == "punct" and p.text == "," for p in token_children(m)) and m not in owners]
                    owners += _broken_off_demonym(c, owners)
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

    def _owner_countries(self, tok: Token) -> set[str]:
        """Countries a noun's own phrase names as its owners: its first "of"/"from" object ("the presidents of Kenya,
        Uganda and ...") and its place or demonym modifiers ("Indian, Japanese and French warships")."""
        kb = getattr(self.actors, "kb", None)
        heads = [p for c in token_children(tok) if c.dep_ == "prep" and c.lower_ in ("of", "from") for p in self.children(c, "pobj")]
        mods = [m for m in token_children(tok) if m.dep_ in ("amod", "compound", "nmod") and m.i < tok.i]
        heads = heads[:1] + mods + [g for m in mods for g in _conj_chain(m)]
        refs = [self.place_ref(h, kb) for h in heads]
        return {r.country for r in refs if r is not None and r.country}

    @staticmethod
    def _with_sector(got: ActorRef, ref: ActorRef) -> ActorRef:
        """`got`'s country with the sector of the head noun's actor ("French" + "warships" = FRAMIL)."""
        if not ref.sector or not got.country or got.sector or (got.code and got.code != got.country):
            # an organisation's own code ("the government of Chad and the African Union": IGOAFRAFU) is no owner's
            return got
        if ref.code and ref.country and ref.code != ref.country + ref.sector:
            # the head's sector is a named group's own ("Hamas and Egypt report new talks", misread as one phrase
            # headed by "report"): the group's REB says nothing of the state conjoined with it
            return got
        return ActorRef(text=got.text, start=got.start, end=got.end, code=got.country + ref.sector,
                        country=got.country, sector=ref.sector, name=got.name, why=f"{got.why}; sector of {ref.text}")

    def struck_places(self, f: Frame) -> list[ActorRef]:
        """Countries named where a conflict act hit: "in"/"across"/"inside" objects of the trigger's objects."""
        heads = [c for t in f.trigger for c in token_children(t) if c.dep_ in (*OBJ_DEPS, "nsubjpass")] + list(f.targets)
        # "hit the dam spanning the Orontes River in western Syria": the place of the thing hit, named in the
        # participle that describes it (a place only: "a manhunt for those involved in the American attack" is no place)
        described = [c for h in heads for c in token_children(h) if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")
                     and c.lemma_.lower() not in TRANSIT_VERBS]
        # "struck what it called arms depots in Syria": the parser hangs the place on the describing verb
        described += [g for t in f.trigger for c in token_children(t) if c.dep_ in ("ccomp", "prep")
                      for g in ([c] if c.dep_ == "ccomp" else [x for x in token_children(c) if x.dep_ == "pcomp"])
                      if _described_thing(g) is not None]
        # "a building in Kyiv was destroyed in a Russian strike": the thing the passive verb above the attack noun
        # says was hit
        heads += [c for t in f.trigger if t.dep_ == "pobj" and t.head.lower_ in ("in", "by", "during")
                  and t.head.head.pos_ == "VERB" for c in token_children(t.head.head) if c.dep_ == "nsubjpass"]
        # "struck sites across Iran" (attached to the verb), "strikes by the U.S. in Yemen" (on the attack noun)
        heads += [t for t in f.trigger if t.pos_ in ("VERB", "AUX", "NOUN")]
        # "heavy Russian shelling is reported in Bakhmut": the place hangs on the passive verb that reports the blow
        heads += [t.head for t in f.trigger if t.pos_ == "NOUN" and t.dep_ == "nsubjpass"
                  and t.head.lemma_.lower() in REPORTED_BLOW_VERBS]
        # "drone strikes are reported at an army base in Omdurman": the site the blow is reported at, and its town
        heads += [p for t in f.trigger if t.pos_ == "NOUN" and t.dep_ == "nsubjpass"
                  and t.head.lemma_.lower() in REPORTED_BLOW_VERBS
                  for p in self.pobjs(t.head, ("at", "near", "outside", "on"))]
        # "fighting resumes in Khartoum", "clashes break out in Tripoli": the place hangs on the verb that tells it goes on
        heads += [t.head for t in f.trigger if (t.pos_ == "NOUN" or t.tag_ == "VBG") and t.dep_ == "nsubj"
                  and occurrence_verb(t.head)]
        # "a mass stabbing takes place at a bakery in Lyon": the site where an assault goes on, and the town it lies in
        heads += [p for t in f.trigger if t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.lemma_.lower() in SITED_ASSAULT_NOUNS
                  and occurrence_verb(t.head) for p in self.pobjs(t.head, ("at", "in", "near", "outside", "inside", "on"))]
        # "strikes by the U.S. in Yemen": the small parser hangs the place on the agent
        heads += [a for t in f.trigger if t.pos_ == "NOUN" for a in self.pobjs(t, ("by",))]
        # "the death toll from the Pakistani airstrikes in Spin Boldak": the small parser hangs the place on the toll
        heads += [t.head.head for t in f.trigger if t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ in ("from", "of")
                  and t.head.head.lemma_.lower() in TOLL_NOUNS]
        if any(self._owned_thing(o) for t in f.trigger for o in token_children(t) if o.dep_ in OBJ_DEPS):
            return []  # "shot down a U.S. drone in Yemen": the owner of the thing hit is the target, not the place
        out: list[ActorRef] = []
        extra_places: list[ActorRef] = []
        trig = {t.i for t in f.trigger}
        for h in heads + described:
            for p in self.pobjs(h, ("in", "across", "inside", "throughout")):
                if h in described and p.ent_type_ not in ("GPE", "LOC"):
                    continue
                if p.i in trig:
                    continue  # "killed in an Israeli airstrike": the blow itself, no place it fell on
                ref = self.actor_of(p)
                if ref is None or not ref.code:
                    ref = self.place_ref(p) or self._country_after_place(p)
                if ref is not None and ref.code and ref.country:
                    out.append(ref)
                    if len(out) == 1:
                        # "struck targets in Syria and Lebanon": each country of a listed place is hit (one event each)
                        first = out[0]
                        for c in self.conjuncts(p)[1:]:
                            cref = self.actor_of(c)
                            if cref is None or not cref.code:
                                cref = self.place_ref(c)
                            if cref is not None and cref.code and cref.country \
                                    and all(cref.country != o.country for o in [first, *extra_places]):
                                extra_places.append(cref)
        if not out and not f.symmetric:
            # "an assault east of the city of Kupiansk", "shelling north of Kharkiv": a bearing from a place
            for t in f.trigger:
                for c in token_children(t):
                    if c.dep_ in ("advmod", "npadvmod", "prep") and c.lower_ in BEARINGS:
                        ref = next((r for g in c.subtree if g.ent_type_ in ("GPE", "LOC") and not _over_border(g)
                                    for r in [self.place_ref(g)] if r is not None and r.country), None)
                        if ref is not None:
                            out.append(ref)
        return out[:1] + extra_places if out else out

    def _owned_thing(self, obj: Token) -> bool:
        """Whether a thing named as an act's object carries a country's name or demonym before it ("a U.S.
        military-operated drone", "an Iranian weapons depot"); a place below country level is no owner ("a Kharkiv
        depot"), nor is a maker or sponsor ("a Russian-made drone")."""
        for m in obj.subtree:
            if m.i >= obj.i or m.dep_ not in ("amod", "compound", "nmod", "poss", "npadvmod"):
                continue
            if m.ent_type_ not in ("GPE", "NORP") or any(a.lower_ in NOT_THE_ATTACKER or a.lemma_.lower() in NOT_THE_ATTACKER
                                                         for a in (m, *m.ancestors) if a.i < obj.i):
                continue
            ref = self.actor_of(m)
            if ref is not None and ref.country and (ref.why or "").startswith(("country:", "demonym:")):
                return True
        return False

    def _country_after_place(self, place: Token) -> ActorRef | None:
        """"in Torkham, Afghanistan", "in Khachmaz District, Azerbaijan": a town the knowledge base does not know,
        followed by the country it lies in (an apposition or loose modifier of the town)."""
        for c in token_children(place):
            if c.dep_ in ("appos", "npadvmod", "conj") and c.i > place.i and c.ent_type_ in ("GPE", "LOC"):
                ref = self.place_ref(c)
                if ref is not None and ref.country:
                    return ref
            if c.dep_ in ("appos", "npadvmod", "conj") and c.i > place.i and (
                    c.lower_ in ADMIN_WORDS_LOWER or c.ent_type_ in ("GPE", "LOC")):
                # "in Ravansar, Kermanshah province, Iran", "in Tzaneen, Mopani, South Africa": the town's region (named
                # with its admin word, or a region the knowledge base does not know) comes between the town and its
                # country (the country hangs on the region)
                for g in token_children(c):
                    if g.dep_ in ("appos", "npadvmod", "conj") and g.i > c.i and g.ent_type_ in ("GPE", "LOC"):
                        ref = self.place_ref(g)
                        if ref is not None and ref.country:
                            return ref
        return None

    def facility_owners(self, f: Frame) -> list[ActorRef]:
        """The holder of a building an attack hit or happened at ("opened fire outside the Israeli embassy", "at the
        headquarters of the Paris police prefecture"): the body the place belongs to is the target."""
        heads = [*f.trigger, f.anchor]
        for t in f.trigger:
            # "went on a stabbing spree at the headquarters of": the clause verb above an attack noun holds the place
            a = t
            for _ in range(3):
                if a.pos_ in ("VERB", "AUX"):
                    break
                a = a.head
            heads.append(a)
        seen: set[int] = set()
        for h in heads:
            if h.i in seen:
                continue
            seen.add(h.i)
            for p in self.pobjs(h, FACILITY_PREPS):
                if p.lemma_.lower() not in FACILITY_NOUNS:
                    continue
                for o in (p, *self.pobjs(p, ("of",)), *self.children(p, "poss")):
                    ref = self.actor_of(o)
                    if ref is not None and ref.code and ref.country and not (ref.why or "").startswith("place:"):
                        return [ref]
        return []

    def nominal_agents(self, noun: Token, modifiers: bool = True) -> list[ActorRef]:
        """Who carried out an attack named by a noun: "Russia's missile attack", "a Russian drone strike",
        "Saudi-led coalition airstrikes", "strikes by Russian forces", "attacks conducted by the IDF"."""
        # "a drone strike from the Rapid Support Forces", "rocket fire from Lebanon"
        cands: list[Token] = list(self.children(noun, "poss")) + self.pobjs(noun, ("by", "from"))
        cands += _before_misread_launch(noun)
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in ATTRIBUTION_VERBS:
            # "the killing of a Hamas leader in Beirut was blamed on Israel"
            cands += [_name_after(p) for p in self.pobjs(noun.head, ATTRIBUTION_VERBS[noun.head.lemma_.lower()])]
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() == "responsible":
            # "a cell responsible for the two bombings", "the group was responsible for the attack"
            adj = noun.head.head
            cands += [adj.head] if adj.dep_ == "amod" else self.children(adj.head, "nsubj") if adj.dep_ == "acomp" else []
        for c in token_children(noun):
            if c.dep_ == "acl" and c.tag_ == "VBN":
                cands += self.pobjs(c, ("by",))  # "attacks conducted by", "strikes carried out by"
                if c.lemma_.lower() in ATTRIBUTION_VERBS:
                    # "a drone strike attributed to the RSF", "a bombing blamed on the Islamic State"
                    cands += [_name_after(p) for p in self.pobjs(c, ATTRIBUTION_VERBS[c.lemma_.lower()])]
            elif c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "towards", "toward", "into"):
                # "strikes on a bus by the Houthis", "an attack towards a school by settlers": the small parser hangs the
                # agent on the object (not the one who runs
                # the place hit: "an airstrike on a hospital run by MSF", with "run" misread as a noun)
                cands += [a for p in self.children(c, "pobj") if p.lemma_.lower() not in OPERATOR_WORDS
                          for a in self.pobjs(p, ("by",))]
        out: list[ActorRef] = []
        for t in cands:
            ref = self.actor_of(t)
            # an armed group coded without a country ("IMGREBISI") is named as well as a state's forces; a bare role is not
            if ref is not None and ref.code and (ref.country or not ref.code.startswith("---")):
                # "an attack by al-Shabaab and the Islamic State": every attacker of the first named agent's list
                out = [r for r in self.actor_refs([t]) if r.code and (r.country or not r.code.startswith("---"))]
                return out or [ref]
        if noun.lemma_.lower() in CLAIMED_BLOW_NOUNS or noun.lower_ in CLAIMED_BLOW_NOUNS:
            # "a convoy was hit in an attack near Gao; a jihadist group later said it took responsibility for the attack"
            claimed = [r for r in self.actor_refs(self.later_claimers(noun)) if r.code and (r.country or not r.code.startswith("---"))]
            if claimed:
                return claimed
        split: list[Token] = []
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i < noun.i \
                and noun.head.lemma_.lower() in WEAPON_MODIFIERS and noun.head.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass"):
            # "a Russian missile and drone attack": the small parser makes the first weapon the head of a list whose
            # second member is the attack; the weapon's modifiers are the attack's own (also for a standalone nominal)
            split = [t for t in token_children(noun.head) if t.i < noun.head.i and t.dep_ in ("amod", "compound", "nmod")
                     and t.ent_type_ in ("NORP", "GPE")]
        if not modifiers and not split:
            return self._security_operation_owner(noun)
        # Left modifiers, outermost first: "a Russian Iskander missile strike", "Israeli gunfire". A place
        # below country level named as a modifier is where the blow fell ("a Kharkiv strike"), not who struck.
        left = [t for t in noun.subtree if t.i < noun.i] if modifiers else []
        for t in sorted(left + split, key=lambda t: t.i):
            # only names and adjectives: a common noun modifier ("drone", "coalition") is the means, and the
            # resolver would give it the country of the sentence's place ("Russian" before another modifier, as in
            # "Russian overnight strikes", may be tagged a language)
            if t.dep_ not in ("amod", "compound", "nmod", "npadvmod", "poss") or not (
                    t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG", "LANGUAGE")):
                continue
            if any(a.lemma_.lower() in NOT_THE_ATTACKER for a in (t, *t.ancestors) if a.i < noun.i):
                continue  # "a Bosnia-style war", "Iranian-made drones", "a US-backed offensive": someone else acts
            if self.struck_place(t) is not None:
                continue  # "the Sumy strike", "a Beirut blast": where the blow fell, not who struck
            ref = self.actor_of(t)
            if ref is None or not ref.code or not ref.country:
                ref = self._word_country(t)
            if ref is not None and ref.code and ref.country and not (ref.why or "").startswith(("place:", "metonym:", "context:")):
                # "a joint British and French missile strike": each conjoined owner struck
                out = [ref]
                for g in token_children(t):
                    if g.dep_ != "conj" or g.i > noun.i:
                        continue
                    more = self.actor_of(g)
                    if more is None or not more.code or not more.country:
                        more = self._word_country(g)
                    if more is not None and more.country and more.country not in {o.country for o in out}:
                        out.append(more)
                return out
        armed = self.actor_refs(self.armed_modifiers(noun)) if modifiers else []
        return armed[:1] or self._security_operation_owner(noun)

    def armed_modifiers(self, noun: Token) -> list[Token]:
        """A plain noun of an armed body right before an act noun, who did the act: "killed in an army raid", "a rebel
        attack on the town", "RSF attacks on El Fasher" (the acronym tagged a common noun); not a modifier that has
        modifiers of its own ("a police station attack": the station is the place hit), nor a counted or plural one
        ("holding 200 soldiers hostage": the parser may hang the captives on the noun). The body may also hang on the
        weapon that modifies the act ("an army drone strike on a market", "a police tank assault")."""
        mods = [c for c in token_children(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i]
        mods += [g for c in mods if c.dep_ == "compound" and c.lemma_.lower() in WEAPON_MODIFIERS
                 for g in token_children(c) if g.dep_ == "compound" and g.i < c.i]
        return [c for c in mods
                if c.pos_ in ("NOUN", "ADJ") and (c.lemma_.lower() in ARMED_DOER_MODIFIERS or (
                    c.text.isupper() and len(c.text) > 1))
                and not any(g.dep_ in ("compound", "amod") and g.i < c.i or g.dep_ == "nummod" for g in token_children(c))
                and c.tag_ != "NNS"
                and (r := self.actor_of(c)) is not None and r.code and r.sector in ARMED_SECTORS | {"CRM"}][:1]

    def _clause_attackers(self, verb: Token) -> list[Token]:
        """The subject of an "after"/"when"/"as" clause of a blow that names the victims of an agentless casualty again with
        a pronoun ("seven soldiers were killed after gunmen ambushed them", "... when militants opened fire on their
        convoy"); [] otherwise."""
        # "seven soldiers are killed and two are missing after gunmen ambush them": the clause may close the conjoined verb
        hosts = [verb, *(c for c in token_children(verb) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        for c in (c for h in hosts for c in token_children(h)):
            if c.dep_ != "advcl" or c.i < verb.i or c.lemma_.lower() not in BLOW_CLAUSE_VERBS \
                    or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "as") for m in token_children(c)):
                continue
            hit = self.children(c, *OBJ_DEPS) + self.pobjs(c, ("on", "at"))
            hit += [p for o in self.children(c, *OBJ_DEPS) for p in self.pobjs(o, ("on", "at"))]  # "opened fire on them"
            if any(h.lower_ in ("them", "him", "her") or any(g.dep_ == "poss" and g.lower_ in ("their", "his", "her")
                                                              for g in token_children(h)) for h in hit):
                subj = self.children(c, "nsubj")
                if subj and subj[0].pos_ in ("NOUN", "PROPN"):
                    return subj[:1]
        return []

    def _operation_agents(self, verb: Token) -> list[Token]:
        """The "by" agent of an operation, raid or attack that an agentless passive act took place in ("killed during a
        raid by insurgents", "arrested in an operation by the army"), hung on the verb or on the verb it is conjoined
        with; [] when there is none."""
        hosts = [verb, *(c for c in token_children(verb) if c.dep_ == "conj" and c.tag_ == "VBN")]
        if verb.dep_ == "conj" and verb.head.tag_ == "VBN":
            hosts.append(verb.head)
        # "nine herders die and dozens are hurt in a raid": the second verb may hang on the first verb's conjoined noun
        hosts += [g for c in token_children(verb) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PRON")
                  for g in token_children(c) if g.dep_ == "acl" and g.tag_ == "VBN"]
        for h in hosts:
            for noun in self.pobjs(h, ("during", "in", "amid")):
                if noun.lemma_.lower() not in OPERATION_BLOW_NOUNS:
                    continue
                agents = self.pobjs(noun, ("by",)) + [a for c in token_children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                                                     for a in self.pobjs(c, ("by",))]
                if agents:
                    return agents[:1]
        return []

    def claimers_of(self, noun: Token, depth: int = 0) -> list[Token]:
        """Who claims the blow `noun` names in its own sentence ("X claimed responsibility for the bombing", "X claimed
        the attack"): the subject of the verb of claiming; [] when the noun is not claimed."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":
            owner = noun.head.head
            if owner.lemma_.lower() in CLAIM_NOUNS and owner.dep_ in OBJ_DEPS and owner.head.lemma_.lower() in CLAIM_VERBS:
                verb = owner.head
            elif owner.lemma_.lower() in CLAIM_VERBS and any(c.lemma_.lower() in CLAIM_NOUNS and c.dep_ in OBJ_DEPS
                                                             for c in token_children(owner)):
                verb = owner  # the small parser may hang "for" on the verb
            elif owner.lemma_.lower() in CLAIM_NOUNS and owner.dep_ == "ROOT":
                # "The Taliban claim responsibility for the bombing", "Rebels claim responsibility for the raid, which
                # killed ...": a headline verb the small parser reads as a compound of the noun; the claimer is the subject
                # it hangs on that "compound", else a name hung on the noun or right before the misread verb
                claim = next((c for c in token_children(owner) if c.dep_ == "compound" and c.lower_ in ("claim", "claims")), None)
                if claim is None:
                    return []
                subj = [c for c in token_children(claim) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
                return subj or [c for c in (*token_children(owner), *token_children(claim)) if c.pos_ == "PROPN" and (
                    c.dep_ == "nsubj" or (c.dep_ in ("compound", "nmod") and c.i == claim.i - 1))][:1]
            else:
                return []
        elif noun.dep_ in OBJ_DEPS and noun.head.lemma_.lower() == "claim" and noun.head.pos_ == "VERB":
            verb = noun.head
        else:
            return []
        if _denied_claim(verb):
            return []
        return self.subject(verb, depth)

    def later_claimers(self, tok: Token) -> list[Token]:
        """Who claims an agentless blow in one of the next few sentences ("A depot guard died in an assault near
        Kidal. A rebel front later claimed responsibility for the assault."): the subject of the claim, when the claim names
        the blow back with a definite noun ("the attack", "this bombing", "Sunday's blast") or names nothing ("Al-Shabaab
        claimed responsibility."); [] otherwise ("No group has claimed responsibility", "... for the Menaka attack", a
        claim in the blow's own sentence, which the claim's own frame codes)."""
        doc = tok.doc
        if any(t.lemma_.lower() in CLAIM_NOUNS for t in sent_tokens(tok)):
            return []
        i = tok.sent.end
        for _ in range(CLAIM_REACH):
            if i >= len(doc):
                break
            sent = doc[i].sent
            for t in sent:
                if t.lemma_.lower() not in CLAIM_NOUNS:
                    continue
                if t.dep_ in OBJ_DEPS and t.head.lemma_.lower() in CLAIM_VERBS:
                    verb = t.head
                    named = self.pobjs(t, ("for",)) + self.pobjs(verb, ("for",))
                    if _denied_claim(verb) or not all(_names_back(n) for n in named):
                        return []
                    subj = self.subject(verb, 1)
                elif t.dep_ == "ROOT":
                    # "Rebels claim responsibility for the raid.": a headline verb the small parser reads as a
                    # compound of the noun, with the claimer's name hung on the noun before it
                    claim = next((c for c in token_children(t) if c.dep_ == "compound" and c.lower_ in ("claim", "claims")), None)
                    if claim is None or not all(_names_back(n) for n in self.pobjs(t, ("for",))):
                        continue
                    subj = [c for c in token_children(t) if c.i == claim.i - 1 and c.dep_ in ("compound", "nmod", "nsubj")
                            and c.pos_ == "PROPN"]
                else:
                    continue
                if subj:
                    return subj
            i = sent.end
        return []

    def _security_operation_owner(self, noun: Token) -> list[ActorRef]:
        """"died in a security operation against militants in a Dagestan village", "a police raid in Lagos": an
        operation of policing named without its owner is run by the police of the country it takes place in (a
        "military operation" is not: armies operate abroad)."""
        if noun.lemma_.lower() not in OPERATION_NOUNS or not any(
                c.dep_ in ("compound", "amod") and c.lower_ in SECURITY_OPERATION_WORDS for c in token_children(noun)):
            return []
        for p in self.pobjs(noun, ("in", "across", "throughout")):
            place = self.place_ref(p) or self._country_after_place(p)
            if place is not None and place.country:
                return [ActorRef(text=noun.text, start=noun.idx, end=noun.idx + len(noun.text), code=place.country + "COP",
                                 country=place.country, sector="COP", name=place.name,
                                 why=f"security operation in:{place.text}")]
        return []

    def struck_place(self, tok: Token) -> ActorRef | None:
        """The country of a place below country level named as a modifier of an attack noun ("the Sumy strike", "a
        Beirut blast", "the Darfur killings", "the Gaza strikes"): where the blow fell, so the place's country is hit,
        not the attacker. A city, region or capital counts, and so does a territory the knowledge base files among a
        country's names (Gaza, the West Bank, a US state) when the word is neither the country's own name nor an
        abbreviation or adjective of it; a country ("US strikes", "Russia's attack") or its adjective ("Israeli
        strikes") keeps naming the attacker."""
        kb = getattr(self.actors, "kb", None)
        if kb is None or tok.pos_ != "PROPN" or tok.dep_ not in ("compound", "nmod", "npadvmod", "amod"):
            return None
        span = tok.doc[tok.left_edge.i if tok.left_edge.dep_ == "compound" else tok.i:tok.i + 1]
        hits = kb.hits(span.text)
        if not hits or any(h.form in ("adj", "people") or h.acronym or h.entity is None for h in hits):
            return None
        if not all(h.kind in ("place", "capital") or (h.kind == "country" and h.form == "name"
                                                       and h.entity.name.lower() != span.text.lower()) for h in hits):
            return None
        got = kb.lookup(span.text, getattr(self.actors, "date", None))
        if got is None or not got.country:
            return None
        return ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=got.country, country=got.country,
                        name=got.name, why=f"struck place:{span.text}")

    def _word_country(self, tok: Token) -> ActorRef | None:
        """The country of one word alone ("Russian" in a misread entity "Russian Grad")."""
        kb = getattr(self.actors, "kb", None)
        if kb is None or not (tok.ent_type_ in ("GPE", "NORP") or tok.pos_ == "PROPN"):
            return None
        try:
            got = kb.lookup(tok.text, getattr(self.actors, "date", None))
        except Exception:  # noqa: BLE001 - a lookup slip must not lose the sentence
            return None
        if got is None or not got.country or got.sector:
            return None
        return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), code=got.country,
                        country=got.country, name=got.name, why=f"attack modifier:{tok.text}")

    def _sponsor_of(self, f: Frame, roots: Sequence[Token]) -> ActorRef | None:
        """Who put forward the text a rejection or veto turns down, when no target is coded: the name before a participle
        of authorship ("vetoed a Ruritania-drafted resolution", "rejects the Freedonia-led peace plan": the parser hangs
        the name on the participle), or the subject of the verb that put forward the text a relative clause rejects
        ("Freedonia proposed a truce, which was rejected by Ruritania")."""
        texts = [r for r in roots if r.dep_ in OBJ_DEPS and r.lemma_.lower() in SPONSORED_NOUNS]
        # "the Freedonia-backed ceasefire plan": the participle may hang on a compound of the text noun
        mods = [c for r in texts for c in token_children(r) if c.dep_ == "compound" and c.i < r.i]
        for r in texts + mods:
            for part in token_children(r):
                if part.dep_ != "amod" or part.i > r.i or part.lower_ not in SPONSOR_PARTICIPLES:
                    continue
                for name in token_children(part):
                    if name.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj") and name.i < part.i:
                        ref = self.actor_of(name)
                        if ref is not None and ref.code:
                            return self._whole_name(name, ref)
        anchor = f.anchor
        if anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in SPONSORED_NOUNS and anchor.head.dep_ in OBJ_DEPS \
                and anchor.head.head.pos_ == "VERB" and anchor.head.head.lemma_.lower() in PROPOSE_VERBS:
            put = anchor.head.head
            if put.dep_ in ("advcl", "conj") and not any(c.dep_ == "nsubj" for c in token_children(put)):
                put = put.head  # "Freedonia's leader visits Ruritania, proposing a plan which is rejected by ..."
            for subj in token_children(put):
                if subj.dep_ == "nsubj":
                    ref = self.actor_of(subj)
                    if ref is not None and ref.code:
                        return ref
        return None

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
            for c in token_children(t):
                if only_preps is not None:
                    if c.dep_ == "prep" and c.lower_ in only_preps:
                        roots.append(c)
                elif (c.dep_ in (*OBJ_DEPS, "dative", "oprd") and c.pos_ != "ADP") or (c.dep_ == "prep" and (
                        c.lower_ in DEEP_VERB_PREPS
                        or (c.lower_ in ("at", "across", "inside") and f.code[:2] in CONFLICT_ROOTS)
                        # "criticized the drills by Japan": the small parser hangs the object's agent on an active verb
                        or (c.lower_ == "by" and f.code[:2] == "11" and t.pos_ == "VERB" and not self.is_passive(t)
                            and any(o.dep_ == "dobj" and o.pos_ == "NOUN" and o.i < c.i for o in token_children(t)))
                        # a nominal trigger's own complements ("strikes on camps in Pakistan")
                        or (t.pos_ == "NOUN" and c.lower_ not in DEEP_SKIP_PREPS))):
                    roots.append(c)
                elif c.i > t.i and _misread_headline_verb(t) and not f.nominal and (
                        (c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"))
                        or (c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.ent_type_ in ENT_ACTOR_LABELS)):
                    # "A court sentences German sculptor X in absentia": a headline verb the parser read as a plural noun
                    # has its object hung on it as an apposition or an adverbial noun
                    roots.append(c)
            if t.pos_ == "VERB" and only_preps is None and f.code[:2] in CONFLICT_ROOTS:
                # "police fired and landed a round on a protester": a conjoined verb that carries the shared object
                # (and has no subject of its own) says where the blow went
                roots += [p for c in token_children(t) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > t.i
                          and not any(g.dep_ in ("nsubj", "nsubjpass") for g in token_children(c))
                          and any(g.dep_ in OBJ_DEPS for g in token_children(c))
                          for p in token_children(c) if p.dep_ == "prep" and p.lower_ in ("on", "at", "against", "into")]
            if t.pos_ == "VERB" and only_preps is None and f.code[:2] in CONFLICT_ROOTS and not f.nominal:
                # "Iran retaliated by launching missiles at Tel Aviv": the means named after "by" says where the blow went
                roots += [p for c in token_children(t) if c.dep_ == "prep" and c.lower_ == "by"
                          for g in token_children(c) if g.dep_ == "pcomp" and g.tag_ == "VBG"
                          for p in token_children(g) if p.dep_ in OBJ_DEPS
                          or (p.dep_ == "prep" and (p.lower_ == "at" or p.lower_ not in DEEP_SKIP_PREPS))]
            if f.nominal and t.dep_ == "nsubj" and t.head.pos_ == "VERB" and only_preps is None:
                # "an Israeli air strike destroyed Iran's consulate": the act's subject is the trigger
                roots += [c for c in token_children(t.head) if c.dep_ in OBJ_DEPS]
        if only_preps is None:
            roots += [t for t in f.targets if t.i not in {r.i for r in roots}]
            # "sanctions imposed by the EU on Iran": the small parser hangs the target's preposition on the agent
            roots += [c for s in f.sources if s.dep_ == "pobj" and s.head.lower_ == "by"
                      for c in token_children(s) if c.dep_ == "prep" and c.lower_ in ("on", "upon", "against")]
            if f.nominal:
                # "the invasion by Russia of Ukraine", "the occupation by X of the town": the act noun's "of" object,
                # hung on the agent; only after a country's name, which has no "of" phrase of its own ("the army of
                # Russia" names the army's owner); the parser may hang "by Russia" on the verb whose object the noun is
                agents = [a for a in f.sources if a.dep_ == "pobj" and a.head.lower_ == "by"] + [
                    a for t in f.trigger if t.pos_ == "NOUN" and t.dep_ == "dobj" and not self.is_passive(t.head)
                    for a in self.pobjs(t.head, ("by",))]
                roots += [c for a in agents if a.ent_type_ == "GPE" and not self.children(f.trigger[0], "prep")
                          for c in token_children(a) if c.dep_ == "prep" and c.lower_ == "of" and c.i > a.i]
        src_tokens = {t.i for t in f.sources}
        src_spans = [(s.start, s.end) for s in sources]
        src_codes = {s.code for s in sources if s.code}
        src_countries = {s.country for s in sources if s.country}
        trig = {t.i for t in f.trigger}
        # "rejected a proposal by the United States", "accepted an offer by Qatar": who made the proposal is answered (the
        # name the agent heads, not a modifier inside it: "the plan by the Arab League")
        for r in roots:
            if r.dep_ in OBJ_DEPS and r.lemma_.lower() in ANSWERED_NOUNS:
                for agent in self.pobjs(r, ("by",)):
                    ref = self.actor_of(agent)
                    if ref is not None and ref.code and not ref.code.startswith("---") and ref.code not in src_codes:
                        return ref
        if only_preps is None and f.code[:2] == "12":
            sponsor = self._sponsor_of(f, roots)
            if sponsor is not None and sponsor.code and not sponsor.code.startswith("---") \
                    and sponsor.code not in src_codes and sponsor.country not in src_countries:
                return sponsor
        if only_preps is None and f.code[:2] in ("18", "19", "20"):
            # "confirm the death of Prime Minister X from an Israeli airstrike": who died of the blow was its target (the
            # name itself, not a title the resolver would read from the sentence's other country)
            for dead in (p for t in f.trigger if t.pos_ == "NOUN" for d in _deaths_caused_by(t) for p in self.pobjs(d, ("of",))):
                ref = self.actor_of(dead)
                if ref is not None and ref.code and not ref.code.startswith("---") and ref.code not in src_codes:
                    return ref
        for r in roots:
            for tok in r.subtree:
                if tok.i in trig or tok.i in src_tokens or (tok.pos_ not in ("PROPN", "NOUN", "ADJ")
                                                            and not (src_codes and _owner_pronoun(tok, r))):
                    continue
                if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"):
                    continue
                if self._cut_off(tok, r, places=f.code[:2] in CONFLICT_ROOTS, shallow=only_preps is not None,
                                 beneficiary=f.code[:2] in ("03", "04", "05", "07"),
                                 doer=f.code[:2] == "11" and not f.nominal):
                    continue
                ref = self.actor_of(tok)
                # an organisation coded without a country ("IMGREBISI") counts, a bare role ("---REB") does not
                if ref is None or not ref.code or ref.code.startswith("---") or ref.code in src_codes:
                    continue
                ref = self._whole_name(tok, ref)
                if f.code[:2] in ("18", "19", "20") and ref.country not in src_countries \
                        and self._cut_off(tok, r, places=True, blows=True):
                    # "a strike on a ship carrying grain to Algeria": a foreign destination of the thing hit is no
                    # target; a home one is where the blow fell ("the RSF targeted a truck heading to El-Obeid")
                    continue
                if any(a <= ref.start < b or ref.start <= a < ref.end for a, b in src_spans):
                    continue
                if f.code[:2] == "16" and ref.country in src_countries:
                    continue  # "a tariff on goods traded to the U.S. from Colombia": no state sanctions itself
                if f.code[:2] == "15" and tok.pos_ != "PROPN" and ref.country in src_countries:
                    continue  # a show of force uses its own means: "sent an aircraft carrier group", "deployed police"
                return ref
        if f.code[:2] in GRIEVANCE_ROOTS:
            return self._grievance_owner(f, src_countries)
        return None

    def _grievance_owner(self, f: Frame, src_countries: set[str]) -> ActorRef | None:
        """Who owns the grievance named with "over": "protested over Uganda's border closure", "imposed sanctions over
        Iran's nuclear programme", "Kenya's sanctions over X's arms sales", "sanctions over the test Y carried out" are
        aimed at Uganda, Iran, X, Y. Only a named possessor or doer counts (a bare "over the border closure" names nobody), and not the source's own country."""
        heads = [*f.trigger, *(o for t in f.trigger for o in self.children(t, "dobj") if o.pos_ == "NOUN")]
        for p in self.pobjs_of(heads, "over"):
            # "over Uganda's missile test", "over the missile test (that) Uganda carried out"
            owners = self.children(p, "poss") + [s for c in self.children(p, "relcl") for s in self.children(c, "nsubj")]
            for owner in owners:
                ref = self.actor_of(owner)
                if ref is not None and ref.code and ref.country and not ref.code.startswith("---") \
                        and ref.country not in src_countries:
                    return ref
        return None

    def pobjs_of(self, heads: Iterable[Token], prep: str) -> list[Token]:
        """Objects of the preposition `prep` on any of `heads`."""
        return [p for h in heads for p in self.pobjs(h, (prep,))]

    def _whole_name(self, tok: Token, ref: ActorRef) -> ActorRef:
        """The actor of the whole name a demonym or title opens ("sanctions on Ugandan President X and Tanzanian
        President Y": the president, not the bare "Ugandan"), or of the body a country's possessive opens ("Uganda's
        government and Tanzania's government"), when it is of the same country; so the phrase's conjoined members are
        found from it. `ref` itself otherwise."""
        if tok.dep_ not in ("amod", "compound", "poss"):
            return ref
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        if head.i < tok.i or ref.sector:  # only a bare country word ("Ugandan", "Uganda's")
            return ref
        if (tok.dep_ == "poss" and head.pos_ != "NOUN") or (tok.dep_ != "poss" and head.ent_type_ != "PERSON"):
            return ref  # only a person's name ("Ugandan President X"), not an organisation's ("the Sinaloa Cartel")
        whole = self.actor_of(head)
        if whole is None or not whole.code or whole.country != ref.country or whole.code.startswith("---"):
            return ref
        return whole

    @staticmethod
    def _cut_off(tok: Token, root: Token, places: bool = False, shallow: bool = False, blows: bool = False,
                 beneficiary: bool = False, doer: bool = False) -> bool:
        """True when `tok` sits in a clause of its own below `root` ("..., after rebels seized ..."), or in
        a circumstance; with `places`, a place inside a noun phrase stays ("hideouts in Syria" for an attack); with
        `blows`, the destination of a thing hit is cut off ("a ship carrying grain to Algeria"); with `beneficiary` (a
        cooperative act), who a plan or aid is "for" stays ("endorses a dialogue for Sudan"); with `doer` (a criticism),
        the "by" agent of the object noun stays: who did the thing criticised is its target ("condemned the decision by
        Ankara", "slammed the drills by Japan"); not for a rejection ("dismissed the case by X against Y": whose?), nor
        after a criticism noun ("condemnation of the visit by Arab states": the "by" names the critics)."""
        t = tok
        while t.i != root.i and t.head.i != t.i:
            if blows and t.dep_ == "prep" and t.lower_ in DESTINATION_PREPS and t.head.dep_ in ("acl", "relcl") \
                    and t.head.tag_ in ("VBG", "VBN") and t.head.lemma_.lower() in TRANSIT_VERBS:
                return True  # its cargo stays ("a convoy carrying Malian soldiers"), its destination is no target
            if t.dep_ == "ccomp" and t.head.dep_ == "pcomp":
                pass  # "strikes on what it called militant camps in Pakistan": the phrase is the object
            elif t.dep_ == "ccomp" and t.head.dep_ == "relcl" and t.head.lemma_.lower() in REPORT_VERBS \
                    and t.lemma_.lower() == "be":
                pass  # "strikes against individuals it says are Hezbollah members": who the act's object is said to be
            elif t.dep_ == "npadvmod" and t.head.lower_ == "based" and t.head.dep_ == "amod":
                pass  # "sanctions two Uzbekistan-based plants": where a body is based names its country
            elif places and t.dep_ == "xcomp" and t.head.dep_ == "acl" and t.tag_ == "VBN":
                pass  # "a raid on a compound said to be held by al-Shabaab": who holds the place hit
            elif t.dep_ in ("advcl", "ccomp", "parataxis", "xcomp", "appos", "npadvmod") or (
                    t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")):
                return True
            if t.dep_ == "prep" and shallow:
                return True  # an addressee is the preposition's own object ("against the deal with Azerbaijan")
            if t.dep_ == "prep" and t.lower_ == "of" and t.head.lemma_.lower() in CHARGE_WORDS:
                return True  # "detain 12 men suspected of ambushing a peacekeeping patrol": what is alleged is no target
            if places and t.dep_ == "prep" and _over_border_prep(t):
                return True  # "a village near the border with Chad": the country over the border is not what was hit
            if t.dep_ == "prep" and t.lower_ in DEEP_SKIP_PREPS and not (
                    places and t.lower_ in ("in", "inside", "near") and t.head.pos_ in ("NOUN", "PROPN")) \
                    and not (beneficiary and t.lower_ == "for" and t.head.lemma_.lower() in BENEFICIARY_NOUNS) \
                    and not (doer and t.lower_ == "by" and t.head.i == root.i and root.pos_ == "NOUN"):
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
        # (not across a time: "fired missiles at Kyiv overnight", the recogniser read "Kyiv overnight" as one time)
        if tok.ent_iob_ in ("B", "I") and tok.ent_type_ not in ("DATE", "TIME"):
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
        if tok.ent_type_ in ("DATE", "TIME") and got.code != got.country and not (got.why or "").startswith("metonym:"):
            return None  # "in May", "on Sunday": a time word that also names a person or a body is no place
        if got.sector == "BUS" and end < len(doc) and model_after(doc[end]):
            return None  # "a Boeing 737": a product named by its maker, not a place or a country
        return ActorRef(text=span.text, start=span.start_char, end=span.end_char, code=got.country,
                        country=got.country, sector=None, name=got.name, why=f"place:{span.text}")

    def actor_of(self, tok: Token) -> ActorRef | None:
        ref = self._actor_of_phrase(tok)
        if (ref is None or not ref.code) and tok.dep_ == "pobj":
            ref = self._protest_place(tok) or ref
        if tok.pos_ == "NOUN" and (ref is None or not ref.country or (ref.why or "").startswith("context:")) \
                and tok.lemma_.lower() in OWN_MEANS_NOUNS:
            # "Israel's military said its aircraft struck X", "the ministry said its air defences downed drones"
            means = self._speakers_means(tok)
            if means is not None:
                return means
        if tok.pos_ == "NOUN" and (ref is None or not ref.country or (ref.why or "").startswith("context:")):
            said = self._said_to_be(tok)
            if said is not None:
                return said
        if tok.pos_ == "NOUN" and (ref is None or not ref.country or (ref.why or "").startswith("context:")):
            # "a group of people, including several Palestinians": the members named with a nationality code the group
            for c in token_children(tok):
                if c.dep_ == "prep" and c.lower_ in ("including", "among"):
                    for p in token_children(c):
                        if p.dep_ != "pobj":
                            continue
                        got = self._actor_of(p)
                        if got is not None and got.code and got.country and not (got.why or "").startswith("context:"):
                            return _retold(tok, got, f"{(ref.why if ref is not None else None) or tok.text}; including:{got.text}")
        return ref

    def _said_to_be(self, tok: Token) -> ActorRef | None:
        """"strikes against individuals it says are Hezbollah members", "arrested three people suspected of being members of
        the BLA", "detained 20 people believed to be Islamic State members": a bare noun described by what someone says
        or suspects they are is coded as that."""
        for rel in token_children(tok):
            if rel.dep_ == "relcl" and rel.lemma_.lower() in REPORT_VERBS:
                clauses = [c for c in token_children(rel) if c.dep_ == "ccomp"]
            elif rel.dep_ == "acl" and rel.tag_ == "VBN" and rel.lemma_.lower() in SUSPICION_VERBS:
                clauses = [c for c in token_children(rel) if c.dep_ == "xcomp"]
                clauses += [g for p in token_children(rel) if p.dep_ == "prep" and p.lower_ == "of"
                            for g in token_children(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
            else:
                continue
            for clause in clauses:
                if clause.lemma_.lower() != "be":
                    continue
                for attr in token_children(clause):
                    if attr.dep_ != "attr" or attr.pos_ not in ("NOUN", "PROPN"):
                        continue
                    got = self._actor_of_phrase(attr)
                    # an armed group coded without a country ("IMGREBISI") counts, a bare role ("---REB") does not
                    if got is not None and got.code and (got.country or not got.code.startswith("---")) \
                            and not (got.why or "").startswith(("context:", "place:")):
                        return _retold(tok, got, f"said to be:{got.text}")
        return None

    def _actor_of_phrase(self, tok: Token) -> ActorRef | None:
        """The actor a token names, by itself or through the phrase around it (owners, embassies, allegiance)."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in OWN_STATE_NOUNS:
            own = self._speakers_state(tok)
            if own is not None:
                return own
        ref = self._actor_of(tok)
        if ref is not None and not ref.code:
            # "Sidhoum, Algeria's leading rights activist, ...": an unknown name coded by its apposition
            for c in token_children(tok):
                if c.dep_ == "appos" and c.i > tok.i:
                    better = self._actor_of(c)
                    if better is not None and better.code:
                        return better
        if ref is not None and tok.pos_ in ("NOUN", "PROPN") and (not ref.country or (ref.why or "").startswith("context:")):
            # "the chargé d'affaires of the Indian mission in Dhaka": a diplomat is of the embassy's state, not of
            # the city it stands in ("summoned a diplomat from the British embassy": the parser may hang it on the verb)
            places = self.pobjs(tok, ("at", "of", "from", "in"))
            if tok.dep_ in OBJ_DEPS:
                places += self.pobjs(tok.head, ("at", "from"))
            for p in places:
                if p.lemma_.lower() in ("embassy", "consulate", "legation", "high commission"):
                    own = self._actor_of(p)
                    if own is not None and own.country and not (own.why or "").startswith(("context:", "place:")):
                        return ActorRef(text=ref.text, start=ref.start, end=ref.end, code=own.country + "GOV",
                                        country=own.country, sector="GOV", name=own.name,
                                        why=f"{ref.why}; envoy of the embassy:{own.text}")
        if ref is not None and tok.pos_ == "NOUN" and (not ref.country or (ref.why or "").startswith("context:")):
            # "gunmen linked to al-Shabaab", "fighters loyal to the RSF": the group they belong to names them
            for c in token_children(tok):
                if c.dep_ in ("acl", "amod") and c.lemma_.lower() in ALLEGIANCE_WORDS:
                    for g in self.pobjs(c, ("to", "with")):
                        group = self._actor_of(g)
                        if group is None or not group.code or (group.why or "").startswith(("context:", "place:")):
                            continue
                        if ref.sector and group.country and group.sector not in ARMED_GROUP_SECTORS:
                            # "forces loyal to the president": the state's forces, not its government
                            return ActorRef(text=ref.text, start=ref.start, end=ref.end,
                                            code=group.country + ref.sector, country=group.country, sector=ref.sector,
                                            name=group.name, why=f"{ref.why}; loyal to:{group.text}")
                        return ActorRef(text=ref.text, start=ref.start, end=ref.end, code=group.code,
                                        country=group.country, sector=group.sector, name=group.name,
                                        why=f"{ref.why}; belongs to:{group.text}")
        if ref is not None and (not ref.code or ref.code.startswith("---")):
            # "Somalia's Council of Ministers", "the Interior Ministry of Peru": an institution named without its
            # country takes its owner's
            owned = self._owned_institution(tok, ref)
            if owned is not None:
                return owned
        if ref is not None:
            return ref
        if (tok.dep_ == "nsubj" or tok.dep_ in ("nummod", "compound", "amod") and tok.head.dep_ == "ROOT"
                and tok.head.pos_ == "NOUN" and tok.i == tok.sent.start) \
                and tok.lower_ in CROWD_NUMBERS and not any(c.dep_ == "prep" for c in token_children(tok)):
            crowd = self._crowd_of_place(tok)
            if crowd is not None:
                return crowd
        if tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass"):
            said = self._reporters_actor(tok)
            if said is not None:
                return said
        if tok.pos_ == "PRON" and tok.dep_ == "nsubjpass" and tok.lower_ in ("he", "she"):
            held = self._suffering_subject(tok)
            if held is not None:
                return held
        if tok.pos_ == "PRON" and tok.dep_ == "dobj" and tok.lower_ in OBJECT_PRONOUN_NUMBER:
            prior = self._prior_object(tok)
            if prior is not None:
                return prior
        if tok.pos_ == "PROPN" and tok.dep_ != "compound" and tok.lemma_.lower() in INSTITUTION_WORDS and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in token_children(tok)):
            # "the United States House of Representatives": an unknown body named after its country
            owned = self._owned_institution(tok, ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                                                          why="institution named after its country"), compounds=True)
            if owned is not None:
                return owned
        if tok.pos_ == "ADP":  # parser slip: "Barack/ADP Obama/pobj"
            for c in token_children(tok):
                if c.dep_ == "pobj":
                    return self._actor_of(c)
        if tok.pos_ in ("NOUN", "NUM", "PRON"):
            # "the pro-Iranian Hizbollah group", "Syrian-backed Amal militia": a named modifier codes it
            for c in token_children(tok):
                if c.dep_ in ("compound", "nmod", "amod") and c.i < tok.i and (c.pos_ == "PROPN" or c.ent_type_ in ENT_ACTOR_LABELS):
                    ref = self._actor_of(c)
                    if ref is not None:
                        return ref
            # "supporters of Hamas", "tens of thousands of students": follow "of"
            for pr in token_children(tok):
                if pr.dep_ == "prep" and pr.lower_ == "of":
                    for c in token_children(pr):
                        if c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN"):
                            return self._actor_of(c) or (self.actor_of(c) if c.i != tok.i else None)
        return None

    def _name_before_gerund(self, verb: Token) -> Token | None:
        """The coded name right before a gerund that the small parser hung on a noun or on the main verb: it does the
        gerund's act. On a noun (`acl`): "in response to the United States vetoing the resolution", "anger over Russia
        blocking the deal" (the name after "of", "over" or "at" on a noun that is no actor, or after "to" on a noun of
        reaction). On the main verb (`advcl`): "recalled its envoy in response to Ethiopia expelling its diplomats" (the
        name after "to" on a noun of reaction). Else None ("flights to Ukraine delivering missiles": no reaction)."""
        if verb.tag_ != "VBG" or verb.i <= verb.sent.start:
            return None
        name = verb.doc[verb.i - 1]
        if name.dep_ != "pobj" or name.pos_ != "PROPN":
            return None
        prep, noun = name.head, name.head.head
        reaction = prep.lower_ == "to" and noun.lemma_.lower() in RESPONSE_NOUNS
        if verb.dep_ == "acl":
            host = verb.head
            if noun.i != host.i or prep.dep_ != "prep" or prep.i >= verb.i or host.i >= name.i or host.pos_ != "NOUN" \
                    or not (prep.lower_ in ("of", "over", "at") or reaction) or self.actor_of(host) is not None:
                return None
        elif verb.dep_ != "advcl" or not reaction:
            return None
        return name if self.actor_of(name) is not None else None

    def _prior_object(self, pron: Token) -> ActorRef | None:
        """"Police arrested two men and charged them", "the court convicts the attacker and sentences him", "the junta
        dissolves the parties, accusing them of ...": an object pronoun the resolver left uncoded is the direct object
        of the verb its own clause is joined to (as a conjunct, a participle or a clause after "before"/"after"), when
        the two agree in number."""
        v = pron.head
        for _ in range(3):
            if v.dep_ in ("conj", "advcl", "xcomp"):
                gov = v.head
            elif v.dep_ == "pcomp" and v.head.dep_ == "prep":
                gov = v.head.head
            else:
                return None
            if gov.pos_ not in ("VERB", "AUX"):
                return None
            obj = next((o for o in token_children(gov) if o.dep_ == "dobj" and o.i < pron.i), None)
            if obj is not None:
                if obj.pos_ not in ("NOUN", "PROPN") or not _agrees_with_pronoun(pron, obj):
                    return None
                ref = self.actor_of(obj)
                if ref is None or not ref.code or not ref.country:
                    return None
                return ActorRef(text=pron.text, start=pron.idx, end=pron.idx + len(pron.text), code=ref.code,
                                country=ref.country, sector=ref.sector, name=ref.name,
                                why=f"coref:object of {gov.text}->{obj.text}")
            v = gov
        return None

    def _suffering_subject(self, tok: Token) -> ActorRef | None:
        """"The journalist died after she was attacked", "a senator is in hospital after he was shot": a personal
        pronoun that undergoes a passive time clause is the main clause's subject (when the resolver found no person of
        its gender: a person named by an office or trade alone)."""
        verb = tok.head
        if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("after", "when", "before", "as", "because",
                                                                              "since", "until") for c in token_children(verb)):
            return None
        main = [c for c in token_children(verb.head) if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")]
        if len(main) != 1:
            return None
        ref = self._actor_of(main[0])
        if ref is None or not ref.code or not ref.country or (ref.why or "").startswith(("context:", "place:")):
            return None
        return _retold(tok, ref, f"pronoun of the main clause's subject->{ref.text}")

    def _protest_place(self, tok: Token) -> ActorRef | None:
        """"Protests erupted in Tehran", "demonstrations spread across Kenya": where protests break out names the
        protesters' country (as "protests across Kenya" does), even a capital or a town that the actor coder reads as only a place."""
        prep = tok.head
        if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in TOWN_NOUNS:
            prep = prep.head.head  # "protests broke out in the city of Gyumri"
        if prep.lower_ not in ("in", "across", "throughout") or prep.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = prep.head.lemma_.lower()
        if not any((c.dep_ == "nsubj" and verb in OCCUR_VERBS) or (c.dep_ == "nsubjpass" and verb in ("hold", "stage"))
                   for c in token_children(prep.head) if c.lemma_.lower() in PROTEST_NOUNS):
            return None  # "protests erupted in X", "protests were held in X"
        if any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in token_children(prep.head)):
            return None  # "Protests also occur in Haifa": more of the protests told before, no new event
        place = self.place_ref(tok) or self._towns_across(tok)
        if place is None or not place.country or place.country in ("IGO", "NGO", "IMG"):
            return None
        return ActorRef(text=place.text, start=place.start, end=place.end, code=place.country,
                        country=place.country, sector=None, name=place.name, why=f"protests in:{place.text}")

    def _towns_across(self, tok: Token) -> ActorRef | None:
        """"in cities across Ruritania", "in several towns in the north of Ruritania": towns named only by their kind,
        placed by the country they lie in."""
        if tok.lemma_.lower() not in TOWN_NOUNS:
            return None
        for q in self.pobjs(tok, ("across", "in", "throughout", "of")):
            ref = self.place_ref(q)
            if ref is not None and ref.country:
                return ref
        return None

    def _crowd_of_place(self, tok: Token) -> ActorRef | None:
        """"Thousands protested in Paris", "Thousands rally across Alberta": a crowd named only by its size is of the
        country of the place its verb names (as the resolver does for "people" or "crowds")."""
        verb = tok.head
        # the small parser reads a bare verb after a number as a noun ("Thousands protest in Tel Aviv"): a root noun with
        # the crowd as its subject is still the verb
        misread = verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and tok.dep_ in ("nsubj", "nummod", "compound", "amod")
        if (verb.pos_ not in ("VERB", "AUX") and not misread) or verb.dep_ in ("relcl", "acl"):
            return None
        for p in self.pobjs(verb, ("in", "across", "throughout", "through", "outside")):
            place = self.place_ref(p) or self._towns_across(p)
            if place is not None and place.country:
                return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), code=place.country + "CVL",
                                country=place.country, sector="CVL", name=place.name, why=f"crowd in:{place.text}")
        return None

    def _reporters_actor(self, tok: Token) -> ActorRef | None:
        """"The British prime minister announced she was recognising Palestine": a subject pronoun of a reported clause
        that coreference left uncoded is the reporter, when the reporter agrees with it in number."""
        low = tok.lower_
        if low not in ("he", "she", "it", "they", "we"):
            return None
        clause = tok.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORT_VERBS:
            return None
        speakers = self.children(clause.head, "nsubj")
        misread: list[Token] = []
        if not speakers:
            # "The Israeli military announces that it ...": the parser hangs the speaker's words on the reporting verb
            # as modifiers; the word right before the verb heads them
            misread = [c for c in token_children(clause.head) if c.i < clause.head.i and c.dep_ in ("amod", "compound", "nmod")]
            if misread and misread[-1].i == clause.head.i - 1 and clause.head.tag_ in ("VBZ", "VBD", "VBP"):
                speakers = misread[-1:]
        if not speakers or speakers[0].pos_ == "PRON":
            return None
        plural = speakers[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token_children(speakers[0]))
        # "the Israeli military claims that they have killed ...": a body (not a person) is also "they"
        collective = low == "they" and speakers[0].ent_type_ != "PERSON" and (
            speakers[0].pos_ == "NOUN" or speakers[0].ent_type_ == "ORG")
        if plural != (low in ("they", "we")) and low != "we" and not collective:
            return None
        ref = self._actor_of(speakers[0])
        if misread and ref is not None and ref.sector and (not ref.country or (ref.why or "").startswith("context:")):
            # "The Israeli military": the demonym before the misread head says whose
            owner = next((r for m in misread[:-1] if (r := self.place_ref(m)) is not None and r.country), None)
            if owner is not None and owner.country:
                ref = ActorRef(text=ref.text, start=ref.start, end=ref.end, code=owner.country + ref.sector,
                               country=owner.country, sector=ref.sector, name=owner.name, why=f"{owner.why}; {ref.why}")
        if ref is None or not ref.code:
            return None
        return _retold(tok, ref, f"reporter:{ref.text}")

    def _reporter_of(self, tok: Token, hops: int) -> ActorRef | None:
        """The actor of the subject of the reporting verb whose reported clause (`ccomp`) holds `tok`, climbing at most
        `hops` heads ("Israel's military said its aircraft struck X": Israel's military)."""
        t = tok
        for _ in range(hops):
            if _reported_clause(t) and t.head.lemma_.lower() in REPORT_VERBS:
                speakers = self.children(t.head, "nsubj") or _misread_speaker(t.head)
                return self._actor_of(speakers[0]) if speakers else None
            t = t.head
        return None

    def _speakers_means(self, tok: Token) -> ActorRef | None:
        """"Israel's military said its aircraft struck X": forces or weapons owned by a possessive pronoun in the clause a
        speaker reports are the speaker's (a state's are its military, an armed group's its own)."""
        if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token_children(tok)) and not _bare_service(tok):
            return None
        ref = self._reporter_of(tok, 4)
        if ref is None or not ref.code or not ref.country or (ref.why or "").startswith(("context:", "place:")):
            return None
        code, sector = ref.code, ref.sector
        if ref.country not in ("IGO", "NGO", "IMG") and sector in (None, "GOV", "MIL"):
            code, sector = ref.country + "MIL", "MIL"
        first = tok.doc[tok.i - 1] if _bare_service(tok) and tok.doc[tok.i - 1].lower_ in ("air", "naval") else tok
        text = tok.doc[first.i:tok.i + 1].text
        return ActorRef(text=text, start=first.idx, end=first.idx + len(text), code=code, country=ref.country,
                        sector=sector, name=ref.name, why=f"speaker's means:{ref.text}")

    def _speakers_state(self, tok: Token) -> ActorRef | None:
        """"Hungary's prime minister said his country would not ...": the state of the clause's speaker, for "his
        country" / "its government" inside the complement of a reporting verb, or "the country" as its subject."""
        if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token_children(tok)) and not (
                # "the Indian minister announces the country will reopen its embassy": a bare "the country" acting in
                # the reported clause
                tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ccomp"
                and [c.lower_ for c in token_children(tok)] == ["the"]):
            return None
        ref = self._reporter_of(tok, 6)
        if ref is None or not ref.code or not ref.country or ref.country in ("IGO", "NGO", "IMG"):
            return None
        sector = OWN_STATE_NOUNS[tok.lemma_.lower()]
        return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), code=ref.country + sector,
                        country=ref.country, sector=sector or None, name=ref.name, why=f"speaker's state:{ref.text}")

    def _owned_institution(self, tok: Token, ref: ActorRef, compounds: bool = False) -> ActorRef | None:
        """`ref` (uncoded or of unknown country) with the country of the phrase's possessor or "of" owner (with
        `compounds`, also of a country named as the first words of the name)."""
        kb = getattr(self.actors, "kb", None)
        owners = [c for c in token_children(tok) if c.dep_ == "poss" and c.pos_ == "PROPN"]
        owners += [p for p in self.pobjs(tok, ("of",)) if p.ent_type_ == "GPE"]
        # "the United States House of Representatives": a country named as the first words of the institution's name
        if compounds:
            owners += [c for c in token_children(tok) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        for o in owners:
            place = self.place_ref(o, kb) if o.dep_ != "compound" else self._compound_country(o, kb)
            if place is None or not place.country:
                continue
            sector = ref.sector
            if sector is None and kb is not None:
                try:
                    got = kb.lookup(ref.text, getattr(self.actors, "date", None))
                except Exception:  # noqa: BLE001 - a lookup slip must not lose the sentence
                    got = None
                sector = got.sector if got is not None and not got.country else None
            return ActorRef(text=ref.text, start=ref.start, end=ref.end, code=place.country + (sector or ""),
                            country=place.country, sector=sector, name=place.name,
                            why=f"{ref.why}; owner:{place.text}")
        return None

    def _compound_country(self, tok: Token, kb: Any) -> ActorRef | None:
        """The country a name modifier names by its own words ("United States" in "the United States House")."""
        if kb is None:
            return None
        words = sorted(tok.subtree, key=lambda t: t.i)
        text = " ".join(t.text for t in words)
        try:
            got = kb.lookup(text, getattr(self.actors, "date", None))
        except Exception:  # noqa: BLE001 - a lookup slip must not lose the sentence
            return None
        if got is None or not got.country or got.sector or (got.code and got.code != got.country) \
                or (got.name or "").lower() != text.lower():
            return None  # only a country itself, not a city ("the New York Declaration"), body or person of it
        return ActorRef(text=text, start=words[0].idx, end=words[-1].idx + len(words[-1].text), code=got.country,
                        country=got.country, name=got.name, why=f"place:{text}")

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

    def other_antecedent(self, ref: ActorRef, doc: Any, exclude: set[str]) -> ActorRef | None:
        """An object pronoun is never its own clause's subject ("China criticised Japan and urged it to apologise": "it"
        is Japan): the nearest coded actor before the pronoun in its sentence whose code is not in `exclude`."""
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return None
        pron = span.root
        before = list(reversed(doc[pron.sent.start:pron.i]))
        # an argument of a clause first ("accused Iran of supplying drones to Russia and warned it": Iran)
        ranked = [t for t in before if t.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "dative")]
        ranked += [t for t in before if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj", "dative")]
        for t in ranked:
            if t.pos_ not in ("PROPN", "NOUN") or t.dep_ in ("compound", "amod", "poss"):
                continue
            got = self.actor_of(t)
            if got is not None and got.code and got.country and got.code not in exclude \
                    and not (got.why or "").startswith(("context:", "place:")):
                return ActorRef(text=ref.text, start=ref.start, end=ref.end, code=got.code, country=got.country,
                                sector=got.sector, name=got.name, why=f"coref:not the subject->{got.text}")
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


_NUMBER_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                              "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                              "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}


def _retold(tok: Token, ref: ActorRef, why: str) -> ActorRef:
    """Token `tok` coded as `ref` (its code, country, sector and name), which some other phrase named, with `why` telling
    how: the members a group is said to include, what people are said to be, the subject a pronoun stands for."""
    return ActorRef(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), code=ref.code, country=ref.country,
                    sector=ref.sector, name=ref.name, why=why)


def _count(tok: Token) -> int | None:
    """The number a noun's numeric modifier gives ("eight hostages": 8), else None."""
    for c in token_children(tok):
        if c.dep_ == "nummod":
            word = c.lower_.replace(",", "")
            return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
    return None


def _without_total(members: list[Token]) -> list[Token]:
    """A list whose first member counts the rest is the rest ("eight hostages, three Israelis and five Thai
    nationals": the eight are the three and the five, two parties, not three)."""
    if len(members) < 3:
        return members
    counts = [_count(m) for m in members]
    rest = counts[1:]
    if counts[0] is not None and all(n is not None for n in rest) and counts[0] == sum(n for n in rest if n is not None):
        return members[1:]
    return members


def _conj_chain(tok: Token) -> list[Token]:
    """The members conjoined after `tok`, also when each hangs on the one before ("Chinese, Russian and Iranian")."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        for g in token_children(stack.pop()):
            if g.dep_ == "conj":
                out.append(g)
                stack.append(g)
    return sorted(out, key=lambda g: g.i)


def _repeated_heads(tok: Token) -> list[Token]:
    """"The government of Mali, the government of Niger and the government of Chad": a list whose members repeat the
    first member's head noun, each with its own "of" owner. The small parser hangs the second member on the first
    owner as its apposition, or on the verb as a second object; either way it is the next member of the list (and
    what is conjoined with it or with its owner follows it), not part of the first member."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(tok)):
        return []
    def repeats(g: Token) -> bool:
        return g.i > tok.i and g.pos_ == "NOUN" and g.lemma_.lower() == tok.lemma_.lower() \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(g))
    owners = [p for c in token_children(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in token_children(c) if p.dep_ == "pobj"]
    found = [g for p in [tok, *owners] for g in token_children(p) if g.dep_ == "appos" and repeats(g)]
    if tok.dep_ in ("dobj", "nsubj") and not found:
        found = [g for g in token_children(tok.head) if g.dep_ == tok.dep_ and repeats(g)
                 and tok.doc[g.left_edge.i - 1].text == ","]
    out: list[Token] = []
    for g in found:
        out.append(g)
        # "..., the government of Russia and the Houthis": the last member hangs on the repeated head's owner
        out += [m for c in token_children(g) if c.dep_ == "prep" and c.lower_ == "of" for p in token_children(c) if p.dep_ == "pobj"
                for m in _conj_chain(p) if any(d.dep_ == "det" for d in token_children(m))]
    return out


def _is_as_well_as(tok: Token) -> bool:
    """The last "as" of the coordinator "as well as"."""
    i = tok.i
    return tok.lower_ == "as" and i >= 2 and tok.doc[i - 1].lower_ == "well" and tok.doc[i - 2].lower_ == "as"


def _as_well_as_subjects(first: Token) -> list[Token]:
    """The subject `first` with the member "as well as" joins to it before it: the small parser reads "after Kenya as
    well as Uganda met X" as a subject ("Uganda") whose partner hangs on the clause's marker; both members act."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    if before is not None and _is_as_well_as(before) and before.dep_ == "cc" and before.head.i < before.i \
            and before.head.pos_ in ("NOUN", "PROPN"):
        return [before.head, first]
    return [first]


def _as_well_as_partner(tok: Token) -> list[Token]:
    """The noun phrase that "as well as" joins to `tok` when the small parser does not make it a conjunct of `tok`:
    it hangs both members on the verb ("Kenya as well as Uganda condemned X": two subjects; "accused France as well as
    Germany of ...": two objects) or the second one on the verb and the first on a preposition ("signs a deal with
    France as well as Germany"). Empty when no "as well as" follows `tok`'s phrase right away."""
    doc = tok.doc
    end = tok.right_edge.i
    if end == tok.i or not _is_as_well_as(doc[end]):
        end += 3  # the coordinator hangs outside tok's phrase
    if end >= len(doc) - 1 or not _is_as_well_as(doc[end]):
        return []
    heads = {tok, tok.head, tok.head.head, doc[end]}
    for g in doc_tokens(doc)[end + 1:]:  # the shared tokens: iterating `Doc[i:]` builds new ones
        if g.head in heads and g.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos") and g.left_edge.i == end + 1 \
                and g.pos_ in ("NOUN", "PROPN"):
            return [g]
    return []


def _broken_off_demonym(first: Token, owners: list[Token]) -> list[Token]:
    """"Kenyan, Ugandan and Tanzanian troops attacked X": the small parser may break the list's first demonym off the
    sentence (as its root, the verb a conjunct of it); a demonym right before the comma that opens the rest of the
    list is its first member. Empty when none is, or when it already hangs on the noun."""
    if first.i < 2 or first.doc[first.i - 1].text != ",":
        return []
    lead = first.doc[first.i - 2]
    if lead.ent_type_ != "NORP" or lead in owners or lead.head.i == first.head.i or lead.dep_ not in ("ROOT", "nsubj", "npadvmod"):
        return []
    return [lead]


def _marker_object_subject(verb: Token, subject: Token | None = None) -> list[Token]:
    """The subject of an adverbial clause that the parser hung on its marker as a prepositional object: in "after
    Kenya, Ethiopia and Tanzania condemned X" it reads "after Kenya ..." as a phrase and the verb as a bare clause (or
    keeps "after" as the clause's marker but gives it the list as an object). The object counts when its phrase ends right
    before the verb, or, given the clause's `subject`, right before the comma that opens it. Empty when the clause has no
    such marker."""
    end = verb.i - 1 if subject is None else subject.left_edge.i - 2
    if subject is not None and (end < 0 or verb.doc[end + 1].text != ","):
        return []
    markers = [c for c in token_children(verb.head) if c.dep_ == "prep"] + [c for c in token_children(verb) if c.dep_ == "mark"]
    for c in markers:
        if c.lower_ in SUBORDINATORS and c.i < verb.i:
            for p in token_children(c):
                # a name or an owned body ("after the vote, X said" has no such object)
                if p.dep_ == "pobj" and end <= p.right_edge.i <= end + (subject is not None) and (p.pos_ == "PROPN" or (
                        p.pos_ == "NOUN" and any(g.dep_ in ("poss", "amod", "compound") and g.ent_type_ in ("GPE", "NORP")
                                                 for g in token_children(p)))):
                    return [p]
    return []


#: Armed services named bare with "the" ("the air force has struck X", "the navy intercepted Y"): in a clause a state or its
#: military reports, its own.
SERVICE_NOUNS = frozenset(["army", "navy", "force", "military"])


def _bare_service(tok: Token) -> bool:
    """`tok` is "the army", "the navy", "the air force" with no owner or other modifier than "air"/"naval"."""
    mods = [c for c in token_children(tok) if c.i < tok.i]
    return tok.lemma_.lower() in SERVICE_NOUNS and bool(mods) and mods[0].lower_ == "the" and all(
        m.lower_ in ("the", "air", "naval") for m in mods) and (tok.lemma_.lower() != "force" or any(
            m.lower_ == "air" for m in mods))


def _name_tail_conjuncts(tok: Token) -> list[Token]:
    """"The Republic of the Gambia and Senegal signed ...": the parser hangs the next member of a list on the last word
    of a multi-word name ("Gambia", object of "of") instead of on its head ("Republic"): that member is the head's."""
    if tok.pos_ != "PROPN" or not tok.ent_type_:
        return []
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    last = doc[end - 1]
    if end - tok.i < 3 or last.dep_ != "pobj" or last.head.head.i != tok.i:
        return []
    return [c for c in token_children(last) if c.dep_ == "conj" and c.i >= end and c.pos_ == "PROPN"]


def _misread_speaker(verb: Token) -> list[Token]:
    """The subject of a present-tense verb of speaking that the small parser hung on the verb as a modifier ("The Israeli
    military reports that ...": "military" an `amod` of "reports"), when the verb has no subject of its own."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)):
        return []
    mods = [c for c in token_children(verb) if c.dep_ in ("amod", "compound", "nmod") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return mods[-1:] if mods and mods[-1].i == verb.i - 1 else []


#: Nouns of a blow that a relative clause of killing may describe across the place or time named after it.
RELATIVE_BLOW_NOUNS = OPERATION_BLOW_NOUNS | frozenset(["bombing", "shooting", "explosion", "blast", "massacre",
                                                       "airstrike", "bombardment", "barrage"])
#: Nouns of time a relative clause is hung on by the small parser ("a raid in Niger on Sunday night which killed").
TIME_NOUNS = frozenset(["day", "night", "week", "month", "year", "morning", "evening", "afternoon", "weekend"])


def _blow_antecedent(verb: Token) -> Token | None:
    """"claims the raid on a depot in Kayseri Province, Turkey, which killed four", "a raid in Niger on Sunday night which
    killed six": a relative clause of killing the parser hangs on a place or a time describes the blow named
    before them; that noun (None when the clause hangs on anything else, or no blow noun is found)."""
    if verb.lemma_.lower() not in CASUALTY_LEMMAS:
        return None
    head = verb.head
    if not (head.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") or head.lemma_.lower() in TIME_NOUNS):
        return None
    t = head
    for _ in range(8):
        if t.dep_ not in ("pobj", "prep", "appos", "conj", "npadvmod", "compound"):
            return None
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in RELATIVE_BLOW_NOUNS:
            return t
    return None


def _said_subject(verb: Token) -> Token | None:
    """"Warsaw says police, helped by German officers, stopped a plot": the small parser makes the reported clause's
    subject the object of "says" (and the participle after it an adverbial of "says", the finite verb its `ccomp` or the
    participle's `conj`); that noun is the subject of the finite verb with no subject of its own, and of the participle."""
    finite = participle = None
    if verb.dep_ == "ccomp":
        finite = verb
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
        participle = verb
        finite = next((c for c in token_children(verb) if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP")), None) or next(
            (c for c in token_children(verb.head) if c.dep_ == "ccomp" and c.i > verb.i), None)
    elif verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.dep_ == "advcl" and verb.head.tag_ == "VBG":
        participle, finite = verb.head, verb
    if finite is None:
        return None
    say = (participle if participle is not None else finite).head
    if say.lemma_.lower() != "say" or say.i > verb.i or finite.pos_ != "VERB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token_children(finite)):
        return None
    objs = [c for c in token_children(say) if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and say.i < c.i < verb.i]
    return objs[0] if objs else None


def _reported_clause(clause: Token) -> bool:
    """`clause` is the content clause of a verb: its `ccomp`, or a "that" clause the small parser hangs on a present-tense
    verb as an `acl` ("The army reports that the air force has struck ...")."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "acl" and clause.head.pos_ == "VERB" and clause.head.i < clause.i and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token_children(clause))


def _list_before_relative(verb: Token) -> Token:
    """The noun a relative clause describes; when that noun is the last member of a list that is a clause's subject, the
    list's first member (whose conjuncts are the whole list): in "Kenyan President X and Ethiopian Prime Minister Y,
    who met in Nairobi, condemned Z" the parser hangs the clause on Y, but both met. Objects are left alone ("met X
    and Y, who ..." often describes Y alone)."""
    head = verb.head
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first == head or first.dep_ not in ("nsubj", "nsubjpass") or first.pos_ != head.pos_:
        return head
    if not any(p.text == "," and p.i == verb.left_edge.i - 1 for p in token_children(head)):
        return head  # only a clause set off by a comma ("X and Y, who ...") describes the list
    return first


def _co_possessors(poss: Token) -> list[Token]:
    """The owners listed before a possessor: in "Kenya and Ethiopia's sanctions on X" the small parser takes the possessed
    noun for a second member of a list headed by "Kenya" ("Kenya" and "Ethiopia's sanctions"); the list's members
    before the "and" own the sanctions too. Empty unless the possessor follows an "and" that joins its noun to a name."""
    if poss.dep_ != "poss" or poss.i < 2:
        return []  # checked before `Token.head`, which builds a new token
    noun = poss.head
    if noun.dep_ != "conj":
        return []
    before = poss.doc[poss.i - 1]
    first = noun.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "Kenya, Ethiopia and Tanzania's sanctions": the noun hangs on the list's last name
    if before.lower_ != "and" or first.i >= poss.i:
        return []
    members = [first, *(g for g in _conj_chain(first) if g.i < poss.i and g != noun)]
    return members if before.head in members and first.pos_ == "PROPN" else []


#: Object pronouns read back to an earlier object, and the number each needs.
OBJECT_PRONOUN_NUMBER = {"him": "person", "her": "person", "it": "thing", "them": "plural"}


def _agrees_with_pronoun(pron: Token, obj: Token) -> bool:
    """An object pronoun and a noun it may stand for agree: "them" a plural or a list, "him"/"her" one person (no
    country, party or body), "it" one thing or body (no person)."""
    plural = obj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token_children(obj))
    kind = OBJECT_PRONOUN_NUMBER[pron.lower_]
    if kind == "plural":
        return plural
    if plural:
        return False
    if kind == "person":
        return obj.ent_type_ not in ("GPE", "ORG", "NORP", "LOC", "FAC")
    return obj.ent_type_ != "PERSON"


def _list_split_by_verb(verb: Token, subj: Token) -> Token | None:
    """"Hungary, Poland, and Slovakia impose bans on X": the parser makes the last member of a list of names the verb's
    subject and the verb a conjunct of the first member, the sentence's root; that first member (whose conjuncts are the
    rest of the list) is a subject too. None when the verb has a subject of its own in another shape."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ROOT" or head.pos_ != "PROPN" or subj.pos_ != "PROPN" or head.i >= subj.i \
            or head.left_edge.i != head.sent.start or subj.left_edge.i == 0:
        return None
    members = [c for c in token_children(head) if c.dep_ == "conj" and c.i < subj.i]
    if not members or any(m.pos_ != "PROPN" for m in members):
        return None
    before = head.doc[subj.left_edge.i - 1]
    if before.lower_ != "and" or before.dep_ != "cc" or before.head.i not in (head.i, *(m.i for m in members)):
        return None
    return head


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


def _described(tok: Token) -> bool:
    """An apposition that describes someone ("a Mexican lawyer and activist"), not a member of a list of names."""
    return tok.pos_ == "NOUN" and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in token_children(tok))


def _titled_after_and(c: Token) -> bool:
    """"Ruritanian foreign minister Ana Lopez and Freedonian foreign minister Li Wei hold talks": the parser hangs the
    second titled name on the first title as an apposition, its "and" on the first name; a title right after that
    "and" that carries a name of its own is a second person."""
    before = c.left_edge.i - 1
    if c.pos_ != "NOUN" or before < 0 or c.doc[before].dep_ != "cc" or c.doc[before].lower_ != "and":
        return False
    return any(g.dep_ in ("appos", "compound") and g.pos_ == "PROPN" and g.i > c.i for g in token_children(c))


def _second_title(tok: Token) -> Token | None:
    """"Thai parliament speaker and interim head of state X": a bare title conjoined with a second title that
    carries the person's name names one person (the second conjunct, with the name); None otherwise ("the minister and
    X" are two)."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or any(t.ent_type_ == "PERSON" for t in token_children(tok)):
        return None
    for c in token_children(tok):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN" and not any(g.dep_ == "det" for g in token_children(c)) \
                and not any(g.dep_ == "conj" for g in token_children(c)):
            last = max(c.subtree, key=lambda t: t.i)
            if last.ent_type_ == "PERSON" and last.pos_ == "PROPN":
                return c
    return None


def _place_after_place(head: Token, conj: Token) -> bool:
    """"Police in Tijuana, Baja California": a place the parser conjoins with a common noun that is itself placed by an
    "in"/"of" phrase just before it continues that place, it is no second member of a list."""
    if conj.ent_type_ not in ("GPE", "LOC") or head.pos_ != "NOUN" or head.ent_type_:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of", "from") and c.i < conj.i
               and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") for p in token_children(c)) for c in token_children(head))


def _raised_participle(verb: Token) -> bool:
    """A bare past participle complement of a passive verb of finding or reporting ("X was found shot dead", "Y is
    reported killed", "Z is confirmed killed"): passive in meaning, its patient is the governor's subject."""
    gov = verb.head
    return (verb.dep_ == "xcomp" and verb.tag_ == "VBN" and gov.pos_ == "VERB"
            and any(c.dep_ == "auxpass" for c in token_children(gov))
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in token_children(verb)))


def _passive_participle_clause(verb: Token) -> bool:
    """A past participle heading an adverbial clause of its own, with no subject ("Smith appeared in court,
    charged with murder", "The army advanced, backed by US aircraft"): a passive whose patient is the main
    clause's subject."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "mark", "dobj") for c in token_children(verb)))


def _name_after(tok: Token) -> Token:
    """"blamed on the paramilitary Wagner Group": when the parser takes the adjective before a name for the
    preposition's object, the name's last word (its head) stands for the phrase; else `tok` itself."""
    if tok.pos_ != "ADJ":
        return tok
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return doc[end - 1] if end - 1 > tok.i else tok


def _misread_participle(verb: Token) -> Token | None:
    """"Soldiers opened fire on protesting villagers": a participle of protest the parser read as a verb taking the
    next plural noun as its object; that noun is who protests (None when the parse is not of this kind)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "xcomp", "advcl", "ccomp", "conj", "acl") \
            or verb.lemma_.lower() not in PROTEST_PARTICIPLES or verb.i + 1 >= len(verb.doc):
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.dep_ in OBJ_DEPS and nxt.head.i == verb.i and nxt.tag_ == "NNS":
        return nxt
    return None


def _deaths_caused_by(attack: Token) -> list[Token]:
    """The death nouns an attack noun is the cause of: "the death of X from an airstrike", "the deaths of X and Y in a
    strike" (the small parser may hang the cause on a conjunct of the death noun or on the verb that takes it)."""
    if attack.dep_ != "pobj" or attack.head.lower_ not in ("from", "in"):
        return []
    gov = attack.head.head
    cands = [gov, gov.head] if gov.dep_ == "conj" else [gov]
    if gov.pos_ == "VERB":
        cands = [o for o in token_children(gov) if o.dep_ in OBJ_DEPS]
    return [d for d in cands if d.pos_ == "NOUN" and d.lemma_.lower() in DEATH_NOUNS]


def _misread_headline_verb(tok: Token) -> bool:
    """"A court sentences X", "Qatar mediates between": a headline verb in the present tense that the small parser read
    as a plural noun heading the sentence (no determiner of its own)."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ == "ROOT" and not any(
        c.dep_ in ("det", "nummod", "amod") for c in token_children(tok))


def _protesters_before(verb: Token) -> Token | None:
    """"Police fired tear gas at 80,000 demonstrators in Brussels, protesting against the reform": a participle of protest
    with no subject of its own, after a comma that follows a crowd named as an object in the clause it hangs on, is the
    crowd's (None when no such crowd precedes it)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "conj") or verb.lemma_.lower() not in PROTEST_PARTICIPLES \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb)) or verb.i == 0 \
            or verb.doc[verb.i - 1].text != ",":
        return None
    clause = verb.head
    for tok in reversed(verb.doc[clause.sent.start:verb.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == clause.i:
            return None  # back at the clause's own subject: "Farmers blocked roads, protesting against X" is theirs
        if tok.dep_ in ("pobj", "dobj", "obj") and tok.tag_ in ("NNS", "NN") and tok.lemma_.lower() in PROTESTER_NOUNS \
                and clause in tok.ancestors:
            return tok
    return None


def _stray_particle(tok: Token) -> bool:
    """A particle parsed as a preposition or adverb: "out" in "pulled out of the deal", "back" in "came back from"."""
    return (tok.dep_ in ("prep", "advmod") and tok.lower_ in STRAY_PARTICLES
            and not any(c.dep_ == "pobj" for c in token_children(tok)) and any(c.dep_ == "prep" for c in token_children(tok)))


def _denied_claim(verb: Token) -> bool:
    """A claim denied or made by nobody: "no group has claimed responsibility", "the group did not claim the attack"."""
    if any(c.dep_ == "neg" for c in token_children(verb)):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none", "noone") or any(
        d.dep_ == "det" and d.lower_ == "no" for d in token_children(c))) for c in token_children(verb))


def _names_back(noun: Token) -> bool:
    """A blow named back by a claim: a definite noun of a blow ("the attack", "these bombings", "Sunday's blast"), not a
    named other one ("the Menaka attack", "an attack on a base")."""
    if noun.lemma_.lower() not in CLAIMED_BLOW_NOUNS and noun.lower_ not in CLAIMED_BLOW_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "LOC", "FAC"))
           for c in token_children(noun)):
        return False
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")) or c.dep_ == "poss"
               for c in token_children(noun))


#: Verbs of casualties and captures whose bare participle after a noun tells what the noun suffered.
ABSOLUTE_CASUALTY_VERBS = frozenset(["kill", "injure", "wound", "arrest", "detain", "abduct", "kidnap"])


def _absolute_casualty(verb: Token) -> bool:
    """"the siege went on into a fourth week with some 60 residents killed", "Two guards killed, three hurt in a raid on a
    bank": a casualty participle with no auxiliary and no object, whose "subject" the small parser finds before it,
    is passive in meaning (an absolute clause after "with", or a headline); the subject is who was killed."""
    if verb.lemma_.lower() not in ABSOLUTE_CASUALTY_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "agent", *OBJ_DEPS) for c in token_children(verb)):
        return False
    subj = [c for c in token_children(verb) if c.dep_ == "nsubj"]
    if not subj or subj[0].pos_ not in ("NOUN", "PROPN", "NUM") or subj[0].i > verb.i:
        return False
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ("see", "leave"):
        return True  # "the night sees 17 officers injured"
    if verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i < verb.i and _absolute_casualty(verb.head):
        return True  # "... sees 17 officers injured and five people arrested"
    # a headline: "Two guards killed and three hurt", the second casualty a participle on its noun
    return verb.dep_ == "ROOT" and any(c.dep_ == "conj" and any(g.dep_ == "acl" and g.tag_ == "VBN"
                                                               and g.lemma_.lower() in ABSOLUTE_CASUALTY_VERBS
                                                               for g in token_children(c)) for c in token_children(verb))


def _blow_owner(blow: Token) -> list[Token]:
    """The demonym or name before a blow noun or gerund ("Israeli tank shelling", "Russian bombing"): who struck."""
    # ("by Israeli shelling off the coast": the parser may make the demonym right before the gerund its subject)
    return [t for t in blow.subtree if t.i < blow.i and (t.dep_ in ("amod", "compound", "nmod") or (
            t.dep_ == "nsubj" and t.i == blow.i - 1 and blow.tag_ == "VBG")) and t.ent_type_ in ("NORP", "GPE", "ORG")][:1]


def occurrence_verb(verb: Token) -> bool:
    """Whether `verb` tells that the fight its subject names goes on or breaks out ("fighting continues", "clashes
    erupt", "clashes break out", "fighting takes place"); "break" and "take" only with their particle or object."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRENCE_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma == "break":
        return any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "out" for c in token_children(verb))
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in token_children(verb))
    return True



def _speech_after_controlled(verb: Token) -> bool:
    """`verb` is a comment participle ("expressing concern", "while urging its allies") set off by a comma and hung by
    the parser on an infinitive or clause that an object-control verb governs ("called on Israel to halt the strikes, expressing
    concern", "allowing Ukraine to strike targets, while also urging its allies to follow"): the one who called or allowed
    comments, not the one called on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in COMMENT_PARTICIPLES:
        return False
    gov = verb.head
    if gov.dep_ not in ("xcomp", "ccomp") or gov.i > verb.i or gov.head.lemma_.lower() not in OBJECT_CONTROL:
        return False
    edge = verb.left_edge.i
    if edge == 0 or verb.doc[edge - 1].text != ",":
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(verb))
