"""Shared pieces of the event coder: the actor lookup it needs, the word lists and switches the rules
consult, and the `Frame` (an event under construction) that every stage passes along.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from eventwire.events.lexicon import NounEntry
from eventwire.nlp import token_children
from eventwire.records import ActorRef
from eventwire.yamlio import safe_load

#: The shared vocabulary of harm (accidents, hazards, violence), read once: `data/events/harm_words.yaml`.
HARM_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "events" / "harm_words.yaml"
#: Other word lists that several rules share (taking people, firing weapons, things that travel), read once:
#: `data/events/shared_words.yaml`.
SHARED_WORDS_FILE = HARM_WORDS_FILE.with_name("shared_words.yaml")


HARM_LISTS = ("accident_verbs", "hazard_verbs", "natural_hazards", "natural_strikers", "epidemics", "mishap_nouns",
              "violence_cues", "armed_context", "mishap_clause_verbs", "vehicles", "accident_sites", "unrest_cues")
SHARED_LISTS = ("abduct_verbs", "seize_verbs", "captivity_verbs", "fire_verbs", "travelling_things", "crowd_nouns",
                "blow_clause_verbs", "armed_force_words", "fighter_words", "home_price_words", "custody_person_nouns")


def _load_word_lists(path: Path, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The word lists `keys` of `path` by name, each a non-empty list of lemmas (a missing or malformed list names the
    file)."""
    raw = safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for key in keys:
        words = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"{path}: '{key}' must be a non-empty list of words")
        out[key] = frozenset(w.strip().lower() for w in words)
    return out


def _load_harm_words(path: Path = HARM_WORDS_FILE) -> dict[str, frozenset[str]]:
    """The harm word lists of `path` (`HARM_LISTS`) by name."""
    return _load_word_lists(path, HARM_LISTS)


def _load_shared_words(path: Path = SHARED_WORDS_FILE) -> dict[str, frozenset[str]]:
    """The shared word lists of `path` (`SHARED_LISTS`) by name."""
    return _load_word_lists(path, SHARED_LISTS)


_HARM_WORDS = _load_harm_words()
_SHARED_WORDS = _load_shared_words()

if TYPE_CHECKING:
    from spacy.tokens import Token


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
#: Modifiers that make a named event only a prospect: "possible talks", "a potential deal", "the proposed summit".
HEDGE_MODIFIERS = frozenset(["possible", "potential", "proposed", "prospective", "hypothetical", "eventual", "mooted",
                             "would-be", "likely", "future", "envisaged", "contemplated"])
#: Verbs that keep someone "from" an act ("stopped the rebels from attacking the town"): the act is not done, and
#: the one kept from it (the verb's object) is who would have done it. (`modality.PREVENT_WORDS` is the other way
#: of keeping an act from happening, with the act as the object: "bans support for the group".)
PREVENT_VERBS = frozenset(["prevent", "stop", "keep", "bar", "block", "ban", "prohibit", "deter", "discourage", "restrain",
                           "dissuade", "forbid", "hinder", "preclude", "restrict", "exclude", "disqualify"])
#: Currency nouns: a sum of them is a payment, named by what follows "in" ("30 million euros in aid"); the
#: recogniser does not always tag such a sum as money.
CURRENCY_NOUNS = frozenset(["dollar", "euro", "pound", "yuan", "renminbi", "yen", "rupee", "ruble", "rouble", "franc",
                            "shekel", "lira", "peso", "won", "hryvnia", "rand", "naira", "riyal", "dirham", "krona",
                            "krone", "kroner", "kronor", "zloty", "rupiah", "ringgit", "taka", "shilling", "dinar", "real", "baht"])
#: Nouns that carry an event named by their modifier ("mediation effort", "sanctions campaign").
CARRIER_NOUNS = frozenset(["effort", "mission", "bid", "attempt", "campaign", "process", "programme", "program", "initiative", "drive", "package", "round", "wave"])
#: Misfortunes that kill without an actor, natural hazards and the violence that makes harm an attack: see
#: `data/events/harm_words.yaml` and the tests below (`disaster_noun`, `violence_cue`, `accident_blast`, `gunfire`).
#: Verbs that tell an accident by themselves ("a bus overturned", "a ferry capsized, killing 20").
ACCIDENT_VERBS = _HARM_WORDS["accident_verbs"]
#: Verbs that tell an accident in a "when / as / after" clause of a casualty only ("when the ferry caught fire"), or with a
#: vehicle for their subject (`vehicle_mishap`): too common to tell one anywhere else, so kept apart from `ACCIDENT_VERBS`.
CLAUSE_MISHAP_VERBS = _HARM_WORDS["mishap_clause_verbs"]
#: Vehicles and other things that hit people by accident: "a truck strikes a crowd", "when a bus overturns".
VEHICLE_WORDS = _HARM_WORDS["vehicles"]
#: Verbs of nature's harm ("the volcano erupted"): an accident unless a fight or a protest is their subject.
HAZARD_VERBS = _HARM_WORDS["hazard_verbs"]
#: Natural hazards: an evacuation from them is no aid (`frames._hazard_evacuation`); their harm is no attack.
NATURAL_HAZARDS = _HARM_WORDS["natural_hazards"]
#: Armed people and war: near a casualty they may tell a blow, or an accident that befell them (`armed_context`).
ARMED_CONTEXT_WORDS = _HARM_WORDS["armed_context"]
#: Blows of nature: "lightning", "a meteor" striking, and the strike nouns they modify ("a lightning strike").
NATURAL_STRIKERS = _HARM_WORDS["natural_strikers"]
#: Hazards: a state of emergency declared for them is disaster relief, no event (real-news gold).
HAZARD_WORDS = NATURAL_HAZARDS | _HARM_WORDS["epidemics"]
#: Nouns of harm no one dealt: "killed in a plane crash", "floods kill 40" are no event ("fire" is no member: a blaze
#: or gunfire, told by `disaster_noun`).
DISASTER_NOUNS = HAZARD_WORDS | _HARM_WORDS["mishap_nouns"]
#: Words that put violence by someone in a text: harm told with them is no accident (`violence_cue`).
VIOLENCE_CUES = _HARM_WORDS["violence_cues"]
#: Words of unrest, repression, conflict, edged weapons and arrests: beside the violence cues and armed context, a
#: brief with one may tell a blow, so its bare toll is no accident (`emit._harm_without_violence`).
UNREST_CUES = _HARM_WORDS["unrest_cues"]
#: Explosions and blasts: an attack unless a modifier names an accident.
BLAST_NOUNS = frozenset(["explosion", "blast"])
#: Places where things blow up by accident: "an explosion at a factory" with no attacker told is no attack.
ACCIDENT_SITES = _HARM_WORDS["accident_sites"]
#: Verbs of a blast taking place: "an explosion occurs in a building".
OCCUR_BLAST_VERBS = frozenset(["occur", "happen", "take", "rock", "tear", "rip", "destroy", "damage", "hit", "strike"])
#: Words of intent: a brief with one tells an explosion at a site as an attack ("... A man is arrested").
INTENT_WORDS = frozenset(["arrest", "suspect", "perpetrator", "claim", "responsibility", "intentional", "deliberate",
                          "deliberately", "intentionally", "terror", "terrorism", "terrorist", "sabotage", "saboteur",
                          "motive", "investigate", "murder"])
#: Modifiers that make an explosion or a blast an accident: "a gas tank explosion", "a boiler blast".
ACCIDENT_BLAST_MODIFIERS = frozenset(["gas", "tank", "cylinder", "boiler", "pipeline", "fuel", "factory", "chemical",
                                      "firework", "fireworks", "coal", "tanker", "plant", "refinery", "methane",
                                      "industrial", "accidental", "oxygen", "lpg", "petrol", "gasoline", "warehouse", "kiln"])
#: Nouns of public anger that "erupt" as a fight does ("protests erupted"): no hazard verb then (`hazard_verb_accident`).
UNREST_NOUNS = frozenset(["protest", "demonstration", "riot", "unrest", "anger", "outrage", "row", "tension"])
#: Heads and modifiers that make "fire" shots: "opened fire", "returned fire", "under fire", "sniper fire".
GUNFIRE_HEADS = frozenset(["open", "exchange", "return", "trade", "cease", "come"])
GUNFIRE_MODIFIERS = frozenset(["gun", "artillery", "tank", "sniper", "enemy", "army", "police", "troop", "rocket", "mortar",
                               "hostile", "machine", "machine-gun", "live", "friendly", "heavy", "indiscriminate",
                               "automatic", "naval", "cannon", "anti-aircraft", "small-arms"])
#: Sectors of bodies under arms: a state's armed forces, police and intelligence services, rebels and armed groups. The
#: one list of them (`actors.kb.SECTORS` names every sector an actor may have): a rule that needs another set names it
#: beside its use as this one with a part added or taken away, and says why (`frames.CLASH_SECTORS`,
#: `refine.WAR_SECTORS`).
ARMED_SECTORS = frozenset(["MIL", "COP", "SPY", "REB", "UAF"])
#: Verbs of damage: after an attack they say what it did ("hit the airport and destroyed three planes"), no act of their
#: own (`emit.DAMAGE_VERBS` adds the verbs of a blow landing).
RESULT_VERBS = frozenset(["destroy", "damage", "demolish", "raze", "level", "flatten", "wreck"])
#: Verbs of taking people that only outlaws and armed groups do (the state arrests): "kidnapped", "abducted".
ABDUCT_VERBS = _SHARED_WORDS["abduct_verbs"]
#: Verbs of taking people, an act of its own beside a killing joined to it ("kidnapped and killed", "arrested and
#: beaten"): the abductions and the state's arrests. Not the verbs that only keep people held ("held and beaten" is one
#: ill-treatment).
SEIZING_VERBS = ABDUCT_VERBS | _SHARED_WORDS["seize_verbs"]
#: Verbs that take or keep people captive: whom they took and is freed is a captive ("pupils abducted in May were
#: freed", "prisoners held since 2019 were released").
CAPTIVITY_VERBS = SEIZING_VERBS | _SHARED_WORDS["captivity_verbs"]
#: Verbs of firing a weapon off: "Iranian missiles fired at Kuwait", "a shell launched from Gaza", "bombs dropped on".
FIRE_VERBS = _SHARED_WORDS["fire_verbs"]
#: People with no actor role of their own, held or charged in an agentless passive ("the couple were arrested").
CUSTODY_PERSON_NOUNS = _SHARED_WORDS["custody_person_nouns"]
#: Things that go somewhere without anyone visiting (042 is no visit for them): vehicles ("a truck heading to Gaza"),
#: natural hazards ("a storm heading to"), convoys, flights and goods ("the shipment arrives in", "the torch arrives
#: in"); a ship's name put beside one ("the tanker M Sophia") is no captive. A "coach" that travels is a team's trainer
#: as often as a bus: it stays a traveller who may visit.
TRAVELLING_THINGS = (VEHICLE_WORDS - {"coach"}) | NATURAL_HAZARDS | _SHARED_WORDS["travelling_things"]
#: What a state prices for its own people: "higher electricity tariffs" are a price at home, no sanction (163).
HOME_PRICE_WORDS = _SHARED_WORDS["home_price_words"]
#: Words of sport: "beat", "crushed", "defeated" between national teams are no conflict.
SPORT_WORDS = frozenset(["football", "soccer", "cricket", "rugby", "tennis", "basketball", "hockey", "volleyball",
                         "marathon", "championship", "tournament", "semifinal", "semi-final", "quarterfinal",
                         "quarter-final", "league", "olympics", "medal", "goalkeeper", "striker", "match", "world cup"])
#: Casualty verbs: "killed in a car bombing" is coded as the bombing.
CASUALTY_VERBS = frozenset(["kill", "wound", "injure", "die"])
#: Nouns of a casualty count: a casualty verb that feeds one ("the toll rises to 40 killed") reports a statistic.
TOLL_NOUNS = frozenset(["toll", "casualty", "tally", "total", "number", "count"])
#: Verbs that move or state a count ("the death toll rises to 52", "bringing the total to 411").
COUNT_VERBS = frozenset(["rise", "increase", "climb", "reach", "jump", "surge", "grow", "mount", "stand", "exceed", "pass",
                        "top", "update", "raise", "bring", "revise", "hit"])
#: Nouns of a lasting conflict: "the war, which has killed thousands" tells its record, not a new act.
LASTING_CONFLICT_NOUNS = frozenset(["war", "conflict", "insurgency", "violence", "fighting", "hostility", "crisis",
                                    "campaign", "unrest", "rebellion", "feud", "dispute", "offensive", "invasion",
                                    "occupation", "siege", "civil"])
#: Nouns whose "of" complement makes a condition: "in the event of an attack", "in case of war".
CONDITION_NOUNS = frozenset(["event", "case"])
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
TAKE_VERBS = frozenset(["seize", "capture", "take", "retake", "recapture", "overrun", "grab"])
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
#: Objects that make a verb of force or taking a figure of speech ("captured pictures", "seized the moment").
NONPOLITICAL_OBJECTS = frozenset(["picture", "photo", "photograph", "image", "video", "footage", "film", "movie", "scene",
                                  "selfie", "shot", "record", "headline", "moment", "attention", "imagination", "heart",
                                  "mood", "spirit", "title", "trophy", "medal", "prize", "award", "championship",
                                  "opportunity", "chance", "spotlight", "limelight", "audience", "peak", "milestone",
                                  "jackpot", "ball", "nerve"])
#: Weapons and arms of force that modify an act noun: a demonym on them names who acts ("Russian drone strikes",
#: "Israeli air and artillery strikes", "North Korean missile launches", "Chinese navy drills").
MEANS_MODIFIERS = frozenset(["drone", "missile", "rocket", "air", "artillery", "naval", "navy", "military", "army", "ground",
                             "tank", "mortar", "ballistic", "cruise", "warplane", "jet", "helicopter", "gunboat", "border",
                             "police", "security", "troop", "force", "warship", "submarine", "bomber", "fighter", "shell",
                             "airstrike", "sniper", "special", "marine", "coast", "militia", "paramilitary"])
#: Word forms the lemmatizer gets wrong, mapped to the lemma meant.
LEMMA_FIXES = {"raped": "rape", "rapes": "rape", "raping": "rape"}
#: Modifiers that make "battle", "war" or "fight" a figure of speech.
FIGURATIVE_BATTLES = frozenset(["custody", "legal", "court", "courtroom", "political", "election", "electoral", "price",
                                "culture", "bidding", "takeover", "ratings", "copyright", "patent", "word", "propaganda",
                                "public-relations", "turf", "budget", "campaign", "leadership", "succession", "divorce"])
#: Verbs of considering (014): the act considered is not coded as done.
CONSIDER_VERBS = frozenset(["consider", "mull", "weigh", "contemplate", "study", "explore", "debate", "eye"])
#: Verbs that, with a nominal act as object, perform it through subordinates ("ordered an inquiry" = 09).
DIRECTIVE_VERBS = frozenset(["order", "authorize", "authorise", "decree", "mandate", "approve", "direct", "instruct"])
#: Envoys: an order to them to leave the country expels them, as "expelled the ambassador" does (161).
ENVOY_NOUNS = frozenset(["ambassador", "envoy", "diplomat", "attache", "attaché", "consul", "charge", "chargé", "emissary"])
#: Heads of a crowd that protests: the core that every crowd list shares (`PROTESTER_WORDS`, `arguments.PROTESTER_NOUNS`,
#: `refine.CROWD_WORDS`), each with heads of its own added.
CROWD_NOUNS = _SHARED_WORDS["crowd_nouns"]
#: Heads of a crowd: their violent or destructive acts are riots (145), as CAMEO codes them. Beside the crowd nouns, the
#: "mob", the "youths" and the "students" whom wire reports name as the rioters.
PROTESTER_WORDS = CROWD_NOUNS | {"mob", "youth", "student"}
#: Objects that make a restriction a trade sanction ("curbs on exports", "ban on imports") -> 163.
TRADE_WORDS = frozenset(["import", "export", "trade", "shipment", "sale", "purchase", "investment", "goods", "product", "tariff", "commerce",
                         "flight", "remittance"])
#: Nouns of plan and intent: "has no plans to deploy troops" negates the act; "confirmed his willingness to resume talks",
#: "stated its readiness to release hostages": the act in their infinitive is intended, not done.
PLAN_NOUNS = frozenset(["plan", "intention", "intent", "desire", "interest", "wish", "need", "reason", "appetite",
                        "willingness", "readiness", "openness", "preparedness", "eagerness", "determination"])
#: Nouns of trying and aiming: the act in their infinitive or "of"/"at" gerund ("an effort to oust the president", "a
#: bid to seize the airport", "the goal of toppling the government", "in an attempt to broker a truce") is aimed at, not
#: done (coded hypothetical; "a coup attempt", with no infinitive, is the attempt itself).
ATTEMPT_NOUNS = frozenset(["effort", "attempt", "bid", "push", "drive", "goal", "aim", "objective", "plot", "scheme",
                           "conspiracy", "quest", "endeavour", "endeavor", "campaign", "struggle", "ambition", "mission",
                           "commitment", "attempting", "plotting", "strategy", "agenda"])
#: Nouns of asking and proposing: the act in their infinitive ("a request to release the tanker", "a proposal to cut
#: tariffs") is asked for, not done.
PROPOSAL_NOUNS = frozenset(["request", "proposal", "offer", "bid", "call", "appeal", "demand", "motion", "petition",
                            "suggestion", "ultimatum", "invitation", "application"])
#: Verbs of a blow told in an "after / when / as" clause of a casualty: its subject dealt it ("killed when gunmen stormed
#: a church", "seven soldiers were killed after gunmen ambushed them"), both when the casualty's own source is sought
#: (`emit`) and when the victims are named again by a pronoun (`arguments`).
BLOW_CLAUSE_VERBS = _SHARED_WORDS["blow_clause_verbs"]
#: Conjunctions that open a subordinate clause of time or reason ("after Cambodia shells ...", "once the truce holds").
SUBORDINATORS = frozenset(["after", "before", "as", "since", "until", "when", "while", "because", "once"])
#: Subjects of explosion verbs ("a car bomb exploded, killing six") that stand for the bombing.
EXPLODE_VERBS = frozenset(["explode", "detonate", "blast", "go", "rip", "hit", "strike", "tear"])
COOP_ACT_ROOTS = frozenset({"04", "05", "06", "07", "08"})
#: Words of suspicion: an act in their "of/with/for" complement is an allegation, not a coded act ("a man suspected
#: of attacking", "allegations of torture by").
CHARGE_WORDS = frozenset(["accuse", "suspect", "allegation", "accusation", "suspicion", "allege"])
#: Words of legal procedure: the act they are "for", "of", "with" or "over" is what the court or the police say the
#: person did ("sentenced for embezzling", "on charges of carrying out attacks", "arrested for sharing data", "a
#: lawsuit against India for violating the treaty"). CAMEO codes the procedure (arrest 173, sentence, lawsuit 115,
#: charge 112), not the act charged as an event of its own (lead's convention, phase 2 of 2026-11-27). "guilty of"
#: is not one: a finding that the act took place ("both sides are guilty of violating the truce"), coded as the
#: PLOVER dev set codes it.
LEGAL_WORDS = frozenset(["charge", "indict", "indictment", "sentence", "convict", "conviction", "try", "trial",
                         "prosecute", "prosecution", "arrest", "detain", "detention", "jail", "imprison", "fine",
                         "lawsuit", "suit", "case", "complaint", "warrant", "sue", "investigate", "investigation",
                         "probe", "extradite", "extradition", "acquit", "summon", "deport", "execute", "execution",
                         "punish", "punishment", "penalize", "penalise"])
#: Nouns of what others say, and verbs that deny it: "denies claims that its troops shelled a hospital".
REPORT_NOUNS = frozenset(["report", "claim", "allegation", "accusation", "rumor", "rumour", "suggestion", "assertion",
                          "speculation", "charge"])
DENY_VERBS = frozenset(["deny", "reject", "dismiss", "refute", "rebut", "dispute", "contest"])
#: Adverbs that name an act as alleged: "arrested for allegedly sharing data".
ALLEGED_ADVERBS = frozenset(["allegedly", "purportedly", "supposedly"])
#: Verbs of people coming together: a rally they come "for" or "to" is theirs ("gathered in the capital for a rally").
GATHER_VERBS = frozenset(["gather", "assemble", "converge", "rally", "march", "turn", "flock", "come", "descend", "mass",
                          "join", "participate"])
#: Nouns of a town named after "of" ("the city of Gyumri", "protests broke out in the town of X"): the town is where.
TOWN_NOUNS = frozenset(["city", "town", "village", "suburb", "capital", "district", "region", "province"])
#: Verbs of an event noun taking place ("protests erupted in Tehran"): the place tells whose protest it is.
OCCUR_VERBS = frozenset(["occur", "happen", "unfold", "erupt", "break", "spread", "continue", "flare", "rage", "resume",
                         "grip", "sweep", "take", "enter", "intensify", "escalate", "begin", "start", "rock", "hit"])
#: The idiom "came under fire (from X)": an armed attack on the subject, with no noun entry of its own.
UNDER_FIRE = NounEntry(id="w.under_fire", nouns=frozenset(["fire"]), code="190", target=(), file="coder.py")
#: Nouns of meeting that South Asian and wire usage also give the sense of an armed clash ("killed in an encounter
#: with security forces"): read as fighting (190) in a context of arms or casualties, see `ARMED_WORDS`.
ARMED_SENSE_NOUNS = frozenset(["encounter"])
ARMED_ENCOUNTER = NounEntry(id="w.n.armed_encounter", nouns=frozenset(["encounter"]), code="190",
                            target=("with", "between", "against"), symmetric=True, file="common.py")
#: A state's armed forces by their plainest names ("troops", "soldiers", "forces", "the army"): the core of every list of
#: armed people (`ARMED_WORDS`, `emit.ARMED_AGENT_WORDS`, `refine.ARMED_TARGET_WORDS`, `coder.ORDER_FORCE_WORDS`), each
#: with the words of its own use added.
ARMED_FORCE_WORDS = _SHARED_WORDS["armed_force_words"]
#: Armed people who strike and are struck: the forces and the fighters of any side ("militants", "rebels", "fighters").
#: Not the forces of order alone (`coder.ORDER_FORCE_WORDS`), which face crowds, not fighters.
FIGHTING_WORDS = ARMED_FORCE_WORDS | _SHARED_WORDS["fighter_words"]
#: People under arms: a meeting-like noun with them as partners is a fight ("an encounter with police"). The fighters,
#: the police and the outlaws, with the words of South Asian wire usage ("jawan", "naxal").
ARMED_WORDS = FIGHTING_WORDS | {"police", "policeman", "insurgent", "terrorist", "maoist", "naxal", "naxalite", "gunman",
                                "security", "personnel", "jawan", "militia", "guerrilla", "commando", "paramilitary",
                                "bandit", "cop", "officer", "criminal"}
#: Plain nouns of an armed body that, put before an act noun, name who acts ("an army raid", "a rebel attack on the
#: town", "militia attacks"): the armed people of `ARMED_WORDS` with the words for a state's forces as a whole, not the
#: words of a blow's kind ("a terrorist attack" names no doer) nor of mere numbers ("personnel", "officer").
ARMED_DOER_MODIFIERS = (ARMED_WORDS | {"military", "jihadist", "islamist", "separatist", "insurgent"}) - {
    "terrorist", "security", "personnel", "officer", "criminal", "force"}
#: Craft and forces whose entry into another state's airspace or waters is a military move (150).
INTRUDER_WORDS = frozenset(["drone", "jet", "aircraft", "warplane", "plane", "helicopter", "fighter", "bomber", "warship",
                            "submarine", "frigate", "destroyer", "vessel", "troop", "soldier", "force", "military",
                            "missile", "balloon", "uav", "navy", "coastguard"])
#: What a state alone may let others into: its owner is never the one who violates it ("violated its airspace").
SOVEREIGN_OBJECTS = frozenset(["airspace", "waters", "territory", "sovereignty", "border"])
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
FRAME_PREPS = frozenset(["after", "following", "during", "before", "at", "on", "amid", "ahead", "for"])
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
                                "design", "structure", "building", "machine", "tool", "method", "technique", "formula",
                                "legislation", "amendment", "initiative"])


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


def _in_words(t: Token, words: frozenset[str]) -> bool:
    """`t` by lemma, by form or by its form without a plural "s" is one of `words` ("wildfires", "floods")."""
    low = t.lower_
    return t.lemma_.lower() in words or low in words or (low.endswith("s") and low[:-1] in words)


def accident_blast(t: Token) -> bool:
    """An explosion or blast named as an accident: "a gas tank explosion", "a boiler blast at a factory", or one at a
    site of accidents with no attacker, weapon or word of intent in the brief ("an explosion at a steel plant", "a
    high-rise building explosion", "an explosion at a gas pipeline")."""
    if t.lemma_.lower() not in BLAST_NOUNS:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS or any(
            g.dep_ == "compound" and g.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS for g in token_children(c)))
           for c in token_children(t)):
        return True
    return _site_blast(t)


def _site_word(w: Token) -> bool:
    """`w` names a site of accidents, by itself or by a modifier, or by the modifier of its modifier: "a factory", "a
    fireworks factory", "a gas station", "a fuel storage yard"."""
    return _in_words(w, ACCIDENT_SITES) or any(
        c.dep_ in ("compound", "amod", "nmod") and (c.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS or any(
            g.dep_ == "compound" and g.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS for g in token_children(c)))
        for c in token_children(w))


#: Verbs of a cause hung on a blast noun: "an explosion caused by a gas leak".
CAUSE_VERBS = frozenset(["cause", "trigger", "spark"])


def _blaze_or_mishap_blast(t: Token) -> bool:
    """Blast noun `t` joined to a blaze ("an explosion and fire at a club", "a fire and later explosions") or caused by
    a mishap or a hazard ("a blast caused by a gas leak"): told as an accident when the brief names no violence."""
    if any(c.dep_ == "conj" and c.lemma_.lower() == "fire" for c in token_children(t)) or (
            t.dep_ == "conj" and t.head.lemma_.lower() == "fire"):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in CAUSE_VERBS and any(
        o.dep_ == "pobj" and (disaster_noun(o) or o.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS)
        for a in token_children(c) if a.dep_ == "agent" for o in token_children(a)) for c in token_children(t))


def _site_blast(t: Token) -> bool:
    """Blast noun `t` at a site of accidents ("at a steel plant", "in a residential building", "a building explosion"),
    or joined to a blaze or caused by a mishap (`_blaze_or_mishap_blast`), in a brief with no violence cue but blasts,
    no armed people and no word of intent."""
    # "an explosion occurs in a residential building": the place may hang on the blast's verb
    holders = [t, t.head] if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in OCCUR_BLAST_VERBS else [t]
    at_site = any(c.dep_ == "compound" and _site_word(c) for c in token_children(t)) or any(
        p.dep_ == "prep" and p.lower_ in ("at", "in", "inside", "on", "through") and _site_word(o)
        for h in holders for p in token_children(h) for o in token_children(p) if o.dep_ == "pobj")
    if not at_site and not _blaze_or_mishap_blast(t):
        return False
    for w in t.doc:
        low = w.lemma_.lower()
        if low in BLAST_NOUNS or low in ("explode", "fire"):
            continue
        mod = w
        while mod.dep_ == "conj":
            mod = mod.head  # "a rifle and ammunition plant": the second of the site's joined modifiers
        if mod.dep_ in ("compound", "amod", "nmod") and _in_words(mod.head, ACCIDENT_SITES):
            continue  # "a blast at a grenade factory": what the site makes or keeps is no weapon used on anyone
        if _in_words(w, VIOLENCE_CUES) or _in_words(w, ARMED_CONTEXT_WORDS) or low in INTENT_WORDS or w.lower_ in INTENT_WORDS:
            return False
        if w.ent_type_ == "NORP" and w.dep_ in ("amod", "compound", "nmod") and w.head.lemma_.lower() in BLAST_NOUNS:
            return False  # "a Ukrainian explosion"
    return True


def gunfire(t: Token) -> bool:
    """`t` is "fire" as shots: "opened / returned fire", "came under fire", "an exchange of fire", "Israeli fire",
    "sniper fire", "fire from tanks"; a bare or named "fire" ("a fire broke out", "killed in a fire", "the Franklin
    fire") is a blaze."""
    if t.lemma_.lower() != "fire" or t.pos_ not in ("NOUN", "PROPN"):
        return False
    head = t.head
    if head.lemma_.lower() in GUNFIRE_HEADS or (t.dep_ == "pobj" and (head.lower_ == "under" or (
            head.lower_ == "of" and head.head.lemma_.lower() in ("exchange", "line", "hail")))):
        return True
    return any((c.dep_ in ("amod", "compound", "poss", "nmod") and (
        c.ent_type_ == "NORP" or c.lemma_.lower() in GUNFIRE_MODIFIERS))
        or (c.dep_ == "prep" and c.lower_ in ("from", "by", "against")) for c in token_children(t))  # "fire from tanks"


def disaster_noun(t: Token) -> bool:
    """`t` names harm no one dealt: an accident, a natural hazard, an epidemic, an accident blast, a fire that is no
    gunfire ("the crash", "landslides", "Hurricane Lala", "a gas explosion", "a fire"; not "Israeli fire")."""
    if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("nsubj", "nsubjpass", "csubj", "pobj", "dobj", "compound", "appos"):
        return False  # "protesters stormed parliament", "migrants flood into Europe" (a gerund subject may be a noun)
    if t.lemma_.lower() == "fire" or t.lower_ == "fires":
        # a group's fire ("Hamas fire") is no sure blaze, nor sure shots ("the Widemouth fire", read as a group's); a
        # named fire is a blaze ("the Cottonwood Fire")
        named = bool(t.ent_type_) or (t.text[:1].isupper() and not t.is_sent_start)
        return t.pos_ in ("NOUN", "PROPN") and not gunfire(t) and (named or not any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ == "ORG" for c in token_children(t)))
    if _in_words(t, DISASTER_NOUNS) or accident_blast(t):
        # "an outbreak of tribal violence", "the collapse of the ceasefire": what broke out or fell is no hazard
        return not any(violence_cue(o) or o.lemma_.lower() in LASTING_CONFLICT_NOUNS
                       for p in token_children(t) if p.dep_ == "prep" and p.lower_ == "of" for o in token_children(p) if o.dep_ == "pobj")
    if t.lemma_.lower() == "magnitude" and any(c.dep_ == "compound" and _in_words(c, NATURAL_HAZARDS)
                                               for c in (*token_children(t), *token_children(t.head))):
        return True  # "a magnitude 7.6 earthquake strikes" read with "magnitude" for the head (and "earthquake" hung on
        # the verb)
    return any(c.dep_ == "compound" and c.lemma_.lower() in ("hurricane", "cyclone", "typhoon", "storm") for c in token_children(t)) or any(
        c.dep_ == "appos" and disaster_noun(c) for c in token_children(t))  # "a magnitude 6 earthquake" read as an apposition


def violence_cue(t: Token) -> bool:
    """`t` puts violence by someone in the text: a weapon, an attacker, an armed force, an act of attack, gunfire
    ("a gas explosion" is no cue: an accident)."""
    return (_in_words(t, VIOLENCE_CUES) and not accident_blast(t) and not nature_blow(t) and not relic_ordnance(t)) or gunfire(t)


#: Mines, laid to harm: their toll stays a blow, never a relic of a past war (see `relic_ordnance`).
MINE_WORDS = frozenset(["mine", "landmine", "landmines", "mines"])
#: Modifiers of a munition left from a past war: "an unexploded shell", "a wartime bomb", "a leftover mortar round".
RELIC_MODIFIERS = frozenset(["unexploded", "leftover", "wartime", "dud", "old", "abandoned"])


def relic_ordnance(t: Token) -> bool:
    """`t` is a munition left from a past war, no one's blow now: "an unexploded bomb", "a shell from the Second World
    War", "a rocket left over from the war" (a child killed when one goes off is hurt by no actor)."""
    if t.lemma_.lower() in MINE_WORDS:
        return False  # mines are laid to harm: their toll stays a blow
    kids = token_children(t)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in RELIC_MODIFIERS for c in kids):
        return True
    # "a shell from World War II", "a bomb left over from the war"
    froms = [c for c in kids if c.dep_ == "prep" and c.lower_ == "from"] + [
        p for c in kids if c.dep_ == "acl" and c.lemma_.lower() == "leave" for p in token_children(c)
        if p.dep_ == "prep" and p.lower_ == "from"]
    return any(w.lemma_.lower() == "war" for p in froms for o in token_children(p) if o.dep_ == "pobj" for w in o.subtree)


#: Verbs of a blow that nature or a mishap may deal: "an earthquake strikes", "a boat hits a rock and capsizes".
BLOW_VERBS = frozenset(["strike", "hit"])


def nature_blow(v: Token) -> bool:
    """Verb `v` is a blow no one dealt: "strike" or "hit" with a hazard or an accident as its subject ("an earthquake
    strikes the region", "a landslide hit the bus") or joined to an accident verb ("a boat strikes a rock and
    capsizes"): no cue of violence."""
    if v.lemma_.lower() not in BLOW_VERBS or v.pos_ not in ("VERB", "NOUN"):
        return False
    if v.pos_ == "NOUN":
        # the small parser reads "after an earthquake strikes" as a noun "strikes" with "earthquake" for a compound
        return v.tag_ == "NNS" and any(c.dep_ == "compound" and disaster_noun(c) for c in token_children(v))
    if any(w.lemma_.lower() in ACCIDENT_VERBS and w.pos_ == "VERB" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token_children(w)) for w in v.conjuncts):
        return True  # "a boat strikes a rock and capsizes" (one subject for both)
    subjects = [c for c in token_children(v) if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return all(disaster_noun(c) for c in subjects)
    if any(c.dep_ == "compound" and disaster_noun(c) for c in token_children(v)):
        return True  # "killed after a cyclone hits the coast": the parser may hang the hazard on the verb as a compound
    # "A strong earthquake, whose epicentre lies off the coast, strikes the island": the hazard heads the clause
    return any(a.pos_ in ("NOUN", "PROPN") and disaster_noun(a) for a in v.ancestors)


def armed_context(t: Token) -> bool:
    """`t` names armed people or a war ("soldiers", "police", "the military"): a casualty near it may be a blow."""
    return _in_words(t, ARMED_CONTEXT_WORDS)


def hazard_verb_accident(v: Token) -> bool:
    """Verb `v` of nature's harm tells an accident or a disaster: "the volcano erupted", "the river flooded"; not a fight
    or a protest that "erupted" (a violence cue or a lasting conflict as its subject, or "protest")."""
    if v.lemma_.lower() not in HAZARD_VERBS:
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") and (
        violence_cue(c) or armed_context(c) or c.lemma_.lower() in LASTING_CONFLICT_NOUNS or c.lemma_.lower() in UNREST_NOUNS)
        for c in token_children(v))


def accident_verb(v: Token) -> bool:
    """`v` tells an accident or nature's harm by itself: "overturned", "capsized", "collapsed", "the volcano erupted"
    (the small parser may read such a verb as a noun: "killed as a bus veers off the road"; see `clause_like`)."""
    return v.lemma_.lower() in ACCIDENT_VERBS or hazard_verb_accident(v) or blast_thing_explodes(v)


def blast_thing_explodes(v: Token) -> bool:
    """`v` is "explode" with a thing that blows up by accident for its subject: "a tank truck explodes", "a gas cylinder
    exploded" (not "a car exploded": a car bomb)."""
    if v.lemma_.lower() != "explode":
        return False
    subj = [c for c in token_children(v) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and all(c.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS or any(
        g.dep_ == "compound" and g.lemma_.lower() in ACCIDENT_BLAST_MODIFIERS for g in token_children(c)) for c in subj)


def clause_like(t: Token) -> bool:
    """`t` is a verb, or a word the small parser read as a noun where a clause stands: "when a bus crashes and
    overturns" (advcl, conj), "A cargo train collides with ..." (ROOT), "as a bus veers off the road" (object of
    "as"/"when")."""
    return t.pos_ in ("VERB", "AUX") or t.dep_ in ("ROOT", "advcl", "conj", "ccomp", "relcl") or (
        t.dep_ == "pobj" and (t.head.lower_ in ("as", "when") or (
            t.head.lower_ == "after" and t.tag_ == "NNS" and t.lower_ != t.lemma_.lower() and any(
                c.dep_ == "prep" for c in token_children(t)) and any(c.dep_ == "compound" for c in token_children(t)))))


def vehicle_mishap(v: Token) -> bool:
    """`v` tells a vehicle's mishap: "a bus falls into a ravine", "a ferry catches fire" (also read with "catches" for the
    subject of a verb "fire"), "the truck rolled over"; no ramming, bomb or weapon on it."""
    lemma = v.lemma_.lower()
    if lemma == "fire":
        catch = [c for c in token_children(v) if c.dep_ in ("nsubj", "compound") and c.lemma_.lower() in ("catch", "catches")]
        return bool(catch) and any(g.lemma_.lower() in VEHICLE_WORDS for c in catch for g in token_children(c)
                                   if g.dep_ in ("compound", "nsubj"))
    if lemma not in CLAUSE_MISHAP_VERBS or (lemma == "catch" and not any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "fire" for c in token_children(v))):
        return False
    subj = [c for c in token_children(v) if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and all(c.lemma_.lower() in VEHICLE_WORDS and not any(
        g.lemma_.lower() in ("bomb", "car-bomb", "explosive") for g in c.subtree) for c in subj)
