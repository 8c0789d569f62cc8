"""Actors of one parsed article: noun-phrase selection on the parse, coding, coreference.

`ArticleActors` walks the parse once in document order, codes every noun phrase that names an
actor (with `eventwire.actors.phrase`), and resolves pronouns, surnames, bare titles and definite
back-references ("the group", "the country") to an earlier mention of the same article.
`actor_at(token)` answers for any token afterwards; `actors_at(token)` gives one actor per
coordinated owner ("Armenian and Azerbaijani forces", "the ministers of India and Pakistan").

A bare agent word ("police", "the minister") takes its country from, in order: its own default
(settlers), a place named after a locative preposition in the same sentence, a country/capital/place
named in the same sentence (the nearest), the wire dateline, and the article's leading country.
Some places named in the sentence are not whose anyone is: where people are moved to ("flown to
Senegal", unless it is a return home or the purpose is done there), the venue of talks ("talks held
in Malaysia"), and, for the other actors of the sentence, where the people of a relative clause are
("the captives who remain in Gaza"); "in the country" names the place named before.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from eventwire.actors.kb import (
    ADMIN_SUFFIXES,
    Agent,
    Entity,
    Hit,
    KnowledgeBase,
    load_knowledge_base,
    make_code,
    norm,
)
from eventwire.actors.phrase import (
    AFFILIATION_SUFFIXES,
    COLLECTIVE_HEADS,
    COUNTRY_NOUN_WORDS,
    FLAG_SUFFIXES,
    HONORIFICS,
    LANGUAGE_SUFFIXES,
    LOCATIVE,
    NAME_PARTICLES,
    POSTED_WORDS,
    QUANTITY_NOUNS,
    STANCE_PREFIXES,
    STATE_SECTORS,
    Coded,
    Word,
    code_words,
    names_nothing,
    org_coding,
    segment,
    stance_marked,
)
from eventwire.nlp import doc_children, doc_ents, doc_text, doc_tokens, sentence_spans
from eventwire.records import ActorMention, ActorRef, Article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CANDIDATE_POS = frozenset({"NOUN", "PROPN", "PRON"})
NO_TOKENS: list[Token] = []  # the children of a token without any (never mutated)
#: Suffixes after a hyphen that make the name before it a leader or a sponsor ("U.S.-led", "Iran-backed").
LED_SUFFIXES = AFFILIATION_SUFFIXES | FLAG_SUFFIXES | {"led", "based"}
#: Participles through which a name sponsors or leads the phrase it modifies ("Iran-backed", "US-led").
_SPONSOR_WORDS = AFFILIATION_SUFFIXES | {"led"}
#: Dependents that stay inside a noun phrase.
KEEP_DEPS = frozenset({"compound", "amod", "det", "nummod", "quantmod", "nmod", "case", "flat", "poss", "predet", "appos"})
#: Dependents through which a phrase joins a bigger actor phrase (so it is not a mention of its own).
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat", "appos"})
#: Prepositions whose object belongs to an agent phrase ("President of Ukraine", "rebels in Mali").
PHRASE_PREPS = frozenset({"of", "in", "from"})
#: Prepositions of a route or a span between places ("a road between Bamako and Kayes"): their objects
#: are places too.
ROUTE_PREPS = frozenset({"between", "along", "toward", "towards"})
#: Prepositions that say where something happens (a destination, "fled to Moscow", does not).
WHERE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout", "through"})
#: Sectors of state bodies that act at home: a bare agent in their sentence is their country's when
#: nothing else says whose (MIL is left out: armies act abroad).
SPEAKER_SECTORS = frozenset({"GOV", "JUD", "COP", "LEG"})
#: Sectors that act on people of their own country (a court indicts, police arrest).
DOMESTIC_ACTOR_SECTORS = frozenset({"JUD", "COP"})
#: Verbs that report what a speaker says happened.
REPORTING_LEMMAS = frozenset({"say", "report", "announce", "confirm", "state", "claim", "add", "tell", "accuse",
                              "allege", "warn", "insist", "declare", "reveal", "estimate"})
#: Sectors of people who work for an institution and take its country from it ("judges at the ICC");
#: protesters or gunmen at an embassy are not its staff.
INSTITUTION_SECTORS = frozenset({"GOV", "JUD", "MIL", "COP", "SPY", "LEG", "EDU", "HLH", "MED"})
#: Sectors of plain people, whom a clause saying which group they belong to codes better ("men
#: thought to belong to al-Shabaab").
PEOPLE_SECTORS = frozenset({"CVL", "CRM", None})
#: Nouns after a surname that make it a family's name ("the Hunt family").
FAMILY_WORDS = frozenset({"family", "families", "clan", "household"})
#: Verbs saying people are thought to belong to a group.
SUSPECT_LEMMAS = frozenset({"suspect", "accuse", "allege", "believe", "think"})
#: Sectors of armed or outlaw people whom a state's report tells of (gunmen, bombers, militants): the reporting state's
#: country is the last guess for them.
OUTLAW_SECTORS = frozenset({"REB", "UAF", "CRM", "RAD"})
#: Sectors of people found where the news is filed (protesters, residents), not where a state acts.
LOCAL_SECTORS = frozenset({"OPP", "CVL"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
#: Every pronoun above (built once: `_coref` asks it of each phrase).
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS
#: Acts done to others, never to one's own ("attacked its territory" is someone else's territory).
HOSTILE_LEMMAS = frozenset({"attack", "strike", "hit", "violate", "enter", "invade", "shell", "bomb", "target",
                            "raid", "breach", "occupy", "seize", "infiltrate", "penetrate", "intrude", "threaten",
                            "shoot", "fire", "besiege", "annex", "blockade", "encroach", "violation"})
#: Verbs of fighting whose object (or passive subject) is a city taken, shelled or entered: a capital
#: there is the place, coded as its country without a sector ("recaptured Khartoum", "Kyiv was shelled").
#: A capitalised long form (particles allowed) followed by a bracketed acronym: "the Iglesia ni Cristo (INC)".
LOCAL_ACRONYM_RE = re.compile(r"((?:[A-Z][\w'\u2019.-]*)(?:\s+(?:[A-Z][\w'\u2019.-]*|of|ni|de|del|la|al|el|for|and|the)){1,8})\s+\(([A-Z]{2,6})\)")
#: Words naming a body of water: an adjective in such a name ("Indian Ocean", "Gulf of Oman") places no state.
WATER_WORDS = frozenset({"Ocean", "Sea", "Gulf", "Bay", "Strait", "Straits", "Channel"})
#: Participles that tie people to a state they need not belong to ("suspects linked to Iran").
TIED_WORDS = frozenset({"linked", "tied", "connected", "affiliated", "allied", "aligned", "loyal", "close"})
#: Verbs of being or being kept somewhere ("the captives who remain in Gaza", "migrants held in Libya").
STAY_LEMMAS = frozenset({"remain", "stay", "live", "reside", "hold", "detain", "keep", "imprison", "jail", "trap",
                         "strand", "base", "station", "shelter", "hide", "work", "study", "settle", "locate",
                         "operate"})
#: Nouns that name a country or territory named before ("in the country", "across the exclave").
PLACE_BACK_NOUNS = frozenset({"country", "exclave", "enclave", "territory", "kingdom", "nation", "republic"})
#: Verbs by which a state body hires, fires or moves its own office holders ("the defence ministry dismisses a general").
PERSONNEL_LEMMAS = frozenset({"dismiss", "sack", "fire", "appoint", "promote", "demote", "reassign", "relieve"})
#: Verbs of telling people what to do ("urges citizens to ...", "orders residents to leave").
ADDRESS_LEMMAS = frozenset({"urge", "ask", "advise", "warn", "order", "instruct", "tell", "call", "encourage", "direct"})
#: Prepositions of a destination ("flown to Senegal", "left for Paris").
DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "for"})
#: Verbs and nouns of moving someone or something somewhere: their destination says where, not whose.
#: Not a return ("returned to", "repatriated to"): that is to where the people moved are from.
MOVEMENT_LEMMAS = frozenset({"fly", "flee", "travel", "deport", "deportation", "extradite", "extradition",
                             "send", "deploy", "deployment", "transfer", "move", "go",
                             "come", "head", "sail", "leave", "depart", "evacuate", "evacuation", "relocate",
                             "expel", "smuggle", "ship", "airlift", "escape", "journey", "trip", "visit", "bring",
                             "migrate", "migration", "flight", "transport", "arrive"})
#: Verbs and nouns of sanctioning: those sanctioned are seldom the sanctioning state's own.
SANCTION_LEMMAS = frozenset({"sanction", "blacklist"})
# Verbs and nouns of a third party's help in talks: whoever mediates them is not one of the parties.
MEDIATE_LEMMAS = frozenset({"mediate", "broker", "facilitate", "mediation", "mediator"})
#: Sectors of bodies that act on other states (not police, courts or rebels, who act at home).
FOREIGN_ACTING_SECTORS = frozenset({"MIL", "GOV", "LEG", "SPY"})
#: Sectors of a place's people: a possessor naming an organisation does not make them its members ("the rebels
#: took the town and told its residents to stay indoors").
RESIDENT_SECTORS = frozenset({"CVL", "REF"})
#: Verbs whose object may well be the subject's own country ("troops defended Ukraine", "refugees fled Sudan").
OWN_GROUND_LEMMAS = frozenset({"leave", "flee", "escape", "depart", "quit", "exit", "defend", "protect", "govern", "rule",
                               "lead", "represent", "serve", "secure", "hold", "control", "retake", "liberate", "rebuild",
                               "return", "capture", "recapture", "seize", "take", "overrun", "regain", "clear"})
#: Verbs whose subject is the one who moves ("fled to Moscow", "travelled to Paris").
SELF_MOVING_LEMMAS = frozenset({"fly", "flee", "travel", "go", "come", "head", "sail", "leave", "depart", "escape",
                                "migrate", "arrive", "move", "relocate"})
#: Nouns and verbs of talks and meetings: a place they are held in is a venue, not a party's country.
MEETING_LEMMAS = frozenset({"talk", "talks", "meeting", "meet", "summit", "negotiation", "negotiations", "negotiate",
                            "conference", "forum", "consultation", "consultations", "dialogue", "round"})
#: Verbs of holding a meeting ("talks held in Malaysia", "a summit hosted in Doha").
HOLDING_LEMMAS = frozenset({"hold", "host", "begin", "resume", "open", "convene", "take", "continue", "conclude", "end"})
TAKEN_LEMMAS = frozenset({"capture", "recapture", "retake", "seize", "take", "enter", "storm", "shell", "bomb",
                          "bombard", "strike", "hit", "attack", "pound", "besiege", "encircle", "surround", "overrun",
                          "liberate", "occupy", "invade", "target", "raid", "control", "defend", "lose", "blockade",
                          "rocket", "hammer", "assault"})
#: Of those, verbs also said of words and measures ("hit Tehran with sanctions", "attacked Kyiv over
#: the deal"): a city only without a "with"/"over"/"for" of their own.
FIGURATIVE_TAKEN = frozenset({"hit", "target", "attack", "strike", "hammer", "pound", "blockade"})
#: Nouns of taking or holding a city ("the fall of Khartoum", "the battle for Kyiv"), besides military acts.
TAKEN_NOUNS = frozenset({"capture", "recapture", "fall", "battle", "fight", "fighting", "control", "liberation",
                         "defence", "defense", "encirclement", "outskirts", "streets", "suburbs", "centre", "center"})
#: Verbs of moving on a city ("advanced on Khartoum", "marched towards Kyiv").
ADVANCE_LEMMAS = frozenset({"advance", "march", "push", "close", "move", "converge", "drive"})
#: Capitalised words that make a name a place ("Arewa LGA", "Al Jawf Governorate").
PLACE_NAME_WORDS = frozenset({"Prison", "Jail", "Palace", "Stadium", "Mosque", "Church", "Cathedral", "Barracks",
                              "LGA", "Governorate", "District", "Province", "County", "Islands", "Island", "Municipality",
                              "Region", "Oblast", "Raion", "Camp", "Village", "Town", "City", "Valley", "Mountains",
                              "Refinery", "Airport", "Airbase", "Port", "Bridge", "Dam", "Crossing", "Hospital",
                              "Township", "Woreda", "Voivodeship", "Commune", "Subdistrict"})
#: Nouns whose "of" object or apposition is a place or a thing, not a person ("the town of X",
#: "districts including X", "the tanker X").
#: Facilities whose strike or capture is an act on the state of the place they are in ("hit the Ryazan oil
#: refinery", "bombed Sanaa International Airport").
FACILITY_NOUNS = frozenset({"refinery", "refineries", "airport", "airports", "port", "base", "airbase", "airfield",
                            "plant", "depot", "terminal", "bridge", "dam", "pipeline", "facility", "facilities",
                            "station", "substation", "factory", "harbour", "harbor", "railway", "infrastructure",
                            "headquarters", "building", "buildings", "compound", "warehouse", "warehouses", "hangar",
                            # public sites struck in attacks ("gunmen stormed a Zarovo hotel")
                            "market", "markets", "marketplace", "bazaar", "hotel", "hotels", "restaurant", "restaurants",
                            "mall", "cafe", "café", "stadium", "prison", "jail"})
PLACE_NOUNS = frozenset({"town", "village", "city", "district", "region", "area", "province", "governorate", "island",
                         "county", "municipality", "neighbourhood", "neighborhood", "camp", "recapture",
                         "outskirts", "locality", "settlement", "suburb", "state", "port", "base", "airport",
                         "ship", "vessel", "tanker", "corvette", "frigate", "destroyer", "boat", "company", "firm",
                         "factory", "plant", "hospital", "school", "university", "mosque", "market", "crossing"})
#: Nouns of products named by their maker ("a Boeing jet", "a Tesla car"): the thing, not the company.
PRODUCT_NOUNS = frozenset({"plane", "planes", "jet", "jets", "aircraft", "airliner", "airliners", "helicopter",
                           "helicopters", "car", "cars", "truck", "trucks", "vehicle", "vehicles", "jetliner", "model"})
#: Common nouns of ground taken in fighting ("recaptured four towns in X", "captured the capital Kyiv").
GROUND_NOUNS = frozenset({"town", "village", "city", "capital", "settlement", "locality", "area", "district",
                          "region", "province", "territory", "neighbourhood", "neighborhood", "suburb", "hamlet",
                          "outskirts", "positions", "position", "stronghold", "base", "airport", "airbase", "port"})
#: Verbs of taking ground, whose object is the ground taken ("recaptured four towns", "seized the capital").
GROUND_TAKING_LEMMAS = frozenset({"capture", "recapture", "retake", "overrun", "liberate", "occupy", "seize", "take",
                                  "annex", "besiege", "encircle"})
#: Lower-case administrative words that end a place name ("Blue Nile region", "Kursk oblast").
ADMIN_WORDS_LOWER = frozenset({"region", "province", "oblast", "state", "district", "governorate", "county"})
#: Verbs whose object is taken ground ("recaptured Jebrat al Sheikh"), never a person.
TAKEN_PLACE_LEMMAS = frozenset({"capture", "recapture", "retake", "overrun", "liberate", "besiege", "encircle", "occupy",
                                "shell", "bombard", "storm", "annex"})
#: Verbs whose "at" names whom they aim at, not where.
AIM_LEMMAS = frozenset({"fire", "shoot", "lash", "swipe", "hurl", "throw", "aim", "point", "look", "jab", "laugh", "shout"})
#: Relative pronouns that make the clause's head noun its subject.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})
#: Dependents that, skipped between the words of a phrase, split it: a clause, the main verb (and a listed name).
GAP_BREAKS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "ROOT", "parataxis"})
#: Named-entity labels of names a mention must not end inside of (see `_whole_names_at_edges`).
NAME_ENTS = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "PERSON"})
SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
#: Words by which a report points back at the publication it relays ("the paper writes", "the authors note"): with
#: "the" and nothing else, they stand for the news outlet named before, not for writers of the story's country.
PUBLICATION_BACK_WORDS = frozenset({"publication", "newspaper", "paper", "article", "author", "authors",
                                    "journalists", "magazine", "daily", "weekly", "tabloid", "broadcaster", "website"})
#: Definite nouns that refer back to the organisation named last; the group a phrase names its leader or members of
#: ("the commander of the group", `_owned_by_group`).
GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction", "alliance", "bloc", "body"})
#: Nouns that refer back to the country named last ("the country", "the kingdom"): the nouns for a state of the phrase
#: reader but "state", which names a federal state or the government as often and is taken only where a rule says so,
#: "monarchy", the royal house, and "archipelago", the islands as a place.
COUNTRY_NOUNS = COUNTRY_NOUN_WORDS - {"state", "monarchy", "archipelago"}
#: Words naming a court or a judge: one between a court and "the court" may be the one meant.
COURT_WORD_RE = re.compile(r"(?i)\b(?:court|tribunal|judge|judiciary)")
#: Definite nouns that refer back to a court named before ("the ICC ... the tribunal").
COURT_NOUNS = frozenset({"court", "tribunal"})
#: Every definite noun `_definite_antecedent` refers back with (built once: it is asked of each noun).
BACK_NOUNS = GROUP_NOUNS | COUNTRY_NOUNS | COURT_NOUNS | {"party", "state"}
#: Lower-case words that make a court another one than a court named before ("the supreme court").
INSTITUTION_WORDS = frozenset({"supreme", "high", "higher", "lower", "district", "appeals", "appellate", "constitutional",
                               "federal", "military", "regional", "local", "provincial", "state", "national",
                               "criminal", "civil", "administrative", "special", "trial", "magistrates", "county"})
#: Words that place a country in a part of the world without naming it ("the Gulf state", "the
#: Baltic nation", "the Himalayan kingdom"): a definite noun they modify still refers back.
PLACING_WORDS = frozenset({"gulf", "baltic", "caribbean", "himalayan", "nordic", "scandinavian", "andean", "pacific",
                           "alpine", "balkan", "african", "asian", "arab", "muslim", "european", "caucasian", "sahel",
                           "sahelian", "mediterranean", "latin", "central", "east", "west", "north", "south",
                           "southern", "northern", "eastern", "western", "island", "oil", "gas", "communist"})
#: A wire dateline: an upper-case place, then a comma, a bracketed agency or a dash.
DATELINE_RE = re.compile(r"\s*(?:date \S+\s+)?([A-Z][A-Z'.\- ]{2,30}?)\s*(?:,|\(|-|\u2013|\u2014)")


#: First words of place names that are no given names ("Port Sudan", "Upper Nile", "Saint Lucia").
PLACE_NAME_STARTS = frozenset({"mount", "mt", "saint", "st", "san", "santa", "sao", "port", "lake", "cape", "fort",
                               "new", "north", "south", "east", "west", "upper", "lower", "greater", "central",
                               "eastern", "western", "northern", "southern", "al", "el", "old", "little", "great",
                               "rural", "occupied", "free", "grand", "gulf", "mid", "middle", "inner", "outer"})
#: How a bare country or place is coded, and the kinds of such names.
PLACE_WHYS = ("country:", "place:", "metonym:capital", "region:")
PLACE_KINDS = frozenset({"country", "place", "capital", "region"})
#: Nouns of armed blows whose "on" object is ground ("strikes on X", "shelling on X").
STRIKE_NOUNS = frozenset({"strike", "airstrike", "air strike", "bombing", "bombardment", "shelling", "raid", "airraid",
                          "missile", "drone", "rocket", "offensive", "assault"})
#: Prepositions after a verb whose object is acted on ("fired on", "advanced into", "launched against").
ACTED_ON_PREPS = frozenset({"on", "against", "into", "at"})
#: Verbs whose subject deals the blow its object names ("launched strikes on X", "claimed the attack on X").
STRIKE_DOING_LEMMAS = frozenset({"launch", "carry", "conduct", "stage", "mount", "intensify", "step", "continue",
                                 "resume", "order", "unleash", "make", "perform", "execute", "escalate", "expand",
                                 "claim", "begin", "start", "lead", "direct", "target"})
#: Entity types (none included) a name struck may have: not a person, a date or a number.
STRUCK_ENTS = frozenset({"", "GPE", "LOC", "FAC", "ORG"})
#: Words of institutions named for a town ("Universitas Islam Bandung"), which are no people.
INSTITUTION_NAME_WORDS = frozenset({"university", "universitas", "universidad", "universite", "université", "universität",
                                    "college", "institute", "school", "academy", "hospital", "bank", "airport", "stadium",
                                    "museum", "church", "mosque", "club", "fc", "united", "city", "hotel", "company"})
#: Words after a country and a hyphen saying which side of a line of control a place is ("Pakistan-administered
#: Kashmir").
#: Only "administered", the wire's word for the sides of a line of control: "Russian-occupied" towns stay
#: the country they are in.
ADMINISTERED = frozenset({"administered"})
#: Endings of plural common nouns, no given names ("Elections Alberta", "Communities Scotland").
COMMON_PLURAL_RE = re.compile(r"(?:tions|sions|ments|ities|ances|ences|ships|ers|ists|ians|ices|ries)$")
#: Words naming a storm before its given name ("Hurricane Melissa", "Tropical Storm X"): no person.
# Words between "in" and a country that say which part of it: "Blida in southern Lebanon".
SIDE_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                        "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
                        "southeast", "southwest"})
# Words the recogniser leaves inside a "person" that show a place's or a body's name instead.
NOT_SURNAME_WORDS = frozenset({"people", "republic", "united", "city", "fc", "club", "university", "airways", "air",
                               "council", "party", "front", "army", "forces", "islands", "island"})
# Meetings whose host bloc owns the leaders or ministers at them ("leaders at the G7 summit").
MEETING_NOUNS = frozenset({"summit", "meeting", "conference", "talks", "gathering", "ministerial"})
# Kinds of ship: a proper name after one is the ship's ("the tanker Gibraltar Eagle"), not a place.
VESSEL_NOUNS = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "frigate", "destroyer", "corvette", "cruiser",
                          "warship", "submarine", "boat", "yacht", "ferry", "trawler", "icebreaker", "liner"})
# "Jan Kowal, wife of the Zarovian president": a relative is a civilian of the relative's country.
KIN_NOUNS = frozenset({"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "widow",
                       "widower", "spouse", "nephew", "niece", "cousin", "grandson", "granddaughter", "stepson",
                       "stepdaughter", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law"})
# "An 18-year-old is arrested": the age adjective heads a phrase that names a person.
AGE_UNITS = frozenset({"year", "month", "week", "day"})
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical", "tornado", "superstorm", "supertyphoon"})
#: Words joined by dashes with no space ("Guinea\u2013Bissau"), and the dashes other than the hyphen.
DASHED_NAME_RE = re.compile(r"(?<![\w\u2010-\u2014-])[^\W\d_][\w']*(?:[-\u2010-\u2014][^\W\d_][\w']*)+")
_ODD_DASH_RE = re.compile(r"[\u2010-\u2014]")


@dataclass
class _Entry:
    """A resolved mention kept for coreference."""

    coded: Coded
    text: str
    start: int
    end: int
    sent: int
    dep: str
    head_i: int


def _entry_start(e: _Entry) -> int:
    return e.start


#: "Georgia" is the US state, not the country, when the text says so: "the state of Georgia", "Georgia,
#: United States", "Georgia Governor X", or a comma after a US town ("Atlanta, Georgia").
_US_GEORGIA_RE = re.compile(
    r"\b(?:(?:U\.S\.|US|American) )?state of Georgia\b|\bGeorgia,? (?:United States|U\.S\.|USA)\b"
    r"|\bGeorgia (?:[Gg]overnor|Gov\.|[Ll]ieutenant [Gg]overnor|Senator|senator|Sen\.|Secretary of State|"
    r"Attorney General|attorney general|Republicans?|Democrats?|General Assembly|Bureau of Investigation|"
    r"state (?:senator|representative|legislature|lawmakers?|officials?|prosecutors?|court)|"
    r"congress(?:man|woman)|Congress(?:man|woman)|Representative|Rep\.|voters|Tech|Bulldogs)\b"
    r"|\b(?:[A-Z][\w.'-]*\s+)?(?:County|[A-Z][a-z]+), Georgia\b")
#: Words that put the country Georgia into the text.
_GEORGIA_COUNTRY_RE = re.compile(r"\b(?:Georgians?|Tbilisi|Abkhaz\w*|South Ossetia\w*|Georgian Dream|Batumi|Kutaisi)\b")


#: A product model written after its maker's name: "737", "A320", "777-9", "F-16", "Tu-95", "C-130J".
_MODEL_RE = re.compile(r"^(?:[A-Z][A-Za-z]{0,2}-?)?\d{2,3}(?:-\d{1,3}|[A-Z]{1,3})?$")
#: Verbs of trading a product, whose maker is the other side of the deal ("buy Boeing 777 jets").
TRADE_LEMMAS = frozenset({"buy", "purchase", "order", "acquire", "sell", "supply", "deliver", "export", "import",
                          "procure", "lease"})


def model_after(tok: Token) -> bool:
    """True for a product model written after its maker's name: "737" in "a Boeing 737", "A320", "777-200"
    (not a year, a sum or a name such as "COVID-19")."""
    if tok.ent_type_ in ("DATE", "MONEY", "PERCENT", "TIME", "QUANTITY") or not _MODEL_RE.match(tok.text):
        return False
    # "buy 65 Boeing 777-9 aircraft": the maker sells, it is the partner of the deal.
    t = tok
    for _ in range(4):
        t = t.head
        if t.pos_ == "VERB" or t.lemma_.lower() in ("deal", "order", "purchase", "sale", "contract"):
            return t.lemma_.lower() not in TRADE_LEMMAS | {"deal", "order", "purchase", "sale", "contract"}
    return True


class _StateGeorgiaKB:
    """The knowledge base with "Georgia" read as a US state (a place in the United States)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        geo = next((h.entity for h in kb.hits("Georgia") if h.kind == "country" and h.entity is not None), None)
        layer = geo.layer if geo is not None else 0
        self._georgia = [Hit("place", "name", entity=Entity(kind="place", name="Georgia", country="USA",
                                                             source="US state", layer=layer))]

    def hits(self, text: str, *, lower_case_text: bool = False) -> list[Hit]:
        if norm(text) == "georgia":
            return [] if lower_case_text and text.islower() else list(self._georgia)
        return self._kb.hits(text, lower_case_text=lower_case_text)

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else is the knowledge base's own
        return getattr(self._kb, name)


def _georgia_is_us_state(text: str, kb: KnowledgeBase) -> bool:
    """True when the text names the US state Georgia and nothing of the country Georgia."""
    if "Georgia" not in text or _GEORGIA_COUNTRY_RE.search(text):
        return False
    for m in _US_GEORGIA_RE.finditer(text):
        town = re.match(r"(?:([A-Z][\w.'-]*)\s+)?([A-Z][\w.'-]*), Georgia", m.group(0))
        if town is None:
            return True
        # "Atlanta, Georgia" (a US town or a town we do not know), not "Gori, Georgia".
        name = " ".join(g for g in town.groups() if g)
        known = [h.entity.country for n in (name, town.group(2)) for h in kb.hits(n)
                 if h.kind in ("place", "capital", "country") and h.entity is not None]
        if not known or "USA" in known:
            return True
    return False


class ArticleActors:
    """Every actor mention of an article, and the actor of any noun phrase via `actor_at`."""

    def __init__(self, doc: Doc, article: Article, kb: KnowledgeBase | None = None) -> None:
        self.doc = doc
        self.article = article
        self.kb = kb if kb is not None else load_knowledge_base()
        self.date = article.date
        self._text = doc_text(doc)  # Doc.text is rebuilt on every access
        self._odd_dash = _ODD_DASH_RE.search(self._text) is not None  # see `_sponsored_after_dash`
        if _georgia_is_us_state(self._text, self.kb):
            self.kb = _StateGeorgiaKB(self.kb)  # type: ignore[assignment]
        self._toks = doc_tokens(doc)  # `doc[i]` builds a new Token on every access: the document's shared tokens
        self._pos: list[int] = doc.to_array("POS").tolist() if len(doc) else []  # part-of-speech ids
        # Heads and children by index, read once from the parse: `Token.head` and `Token.children`
        # build new Token objects on every access, and the walk up and down the tree is the hot path.
        rel: list[int] = doc.to_array("HEAD").view("int64").tolist() if len(doc) else []
        self._head_i: list[int] = [i + r for i, r in enumerate(rel)]
        self._kids: dict[int, list[Token]] = doc_children(doc)  # only tokens with children (most have none)
        self._sent_of = {}
        for si, s in enumerate(sentence_spans(doc)):
            for k in range(s.start, s.end):
                self._sent_of[k] = si
        self._plain: dict[int, Coded | None] = {}
        #: token -> the named entity's token range when the token was coded as that whole entity (`_whole_entity`)
        self._whole_spans: dict[int, tuple[int, int]] = {}
        self._agentish: dict[int, bool] = {}  # `_is_agentish` by token index
        self._phrases: dict[int, list[Token]] = {}
        self._phrase_sets: dict[int, frozenset[int]] = {}  # token indices of each phrase (membership tests)
        self._cache: dict[int, ActorRef | None] = {}
        self._history: list[_Entry] = []
        # Date-like tokens that begin a known name ("March 23 Movement"): part of an actor, not a date.
        self._named_dates: set[int] = set()
        for ent in doc_ents(doc):
            if ent.label_ == "DATE" and any(
                    self.kb.hits(self._span_text(ent.start, min(len(doc), ent.end + k))) for k in (1, 2, 3)):
                self._named_dates.update(range(ent.start, ent.end))
        # Names with "and" the recogniser splits ("Turks and Caicos", "Sistan and Baluchestan"): each
        # token of one maps to the name's token range, so the name is read whole.
        self._and_names: dict[int, tuple[int, int]] = {}
        low = self._text.lower()
        for key in self.kb.places_with_and():
            if key not in low:
                continue
            for m in re.finditer(rf"\b{re.escape(key)}\b", low):
                span = doc.char_span(m.start(), m.end())
                if span is not None and len(span) > 2:
                    for k in range(span.start, span.end):
                        self._and_names[k] = (span.start, span.end)
        # Names written with a dash other than the hyphen ("Guinea\u2013Bissau", a non-breaking hyphen): the
        # parser often takes the dash for a break between two phrases; a known name is read whole.
        if _ODD_DASH_RE.search(self._text):
            for m in DASHED_NAME_RE.finditer(self._text):
                if not _ODD_DASH_RE.search(m.group(0)) or not any(
                        h.kind in ("country", "capital", "place", "region", "org", "person") for h in self.kb.hits(m.group(0))):
                    continue
                span = doc.char_span(m.start(), m.end())
                if span is not None and len(span) > 1:
                    for k in range(span.start, span.end):
                        self._and_names[k] = (span.start, span.end)
        # Acronyms the article itself defines for a name we do not know ("the Iglesia ni Cristo (INC)"):
        # there they do not mean the knowledge base's organisation of that acronym (the Indian National Congress).
        self._local_acronyms: set[str] = set()
        #: acronym -> where the long form it stands for ends ("the Zarovian Border Agency (ZBA) ... the ZBA").
        self._acronym_ends: dict[str, int] = {}
        if "(" in self._text:
            for m in LOCAL_ACRONYM_RE.finditer(self._text):
                self._note_local_acronym(m.group(1), m.group(2))
                self._acronym_ends.setdefault(m.group(2), m.end(1))
        # Country mentions per sentence: (token index, country, level) with level 0 = a place after
        # a locative preposition, 1 = a country/capital/place name, 2 = a demonym.
        self._places: dict[int, list[tuple[int, str, int]]] = {}
        # Places that only some words of their sentence may take, by the place's token index: those said
        # of people in a clause of their own ("the captives who remain in Gaza") and destinations ("flown
        # to Senegal"). Each gives the token ranges that may take it (see `_outside_clause`).
        self._place_clauses: dict[int, tuple[range, ...]] = {}
        self.context_country = self._context_country()
        self.dateline_country = self._dateline_country()
        self.mentions: list[ActorMention] = []
        self.errors: list[str] = []  # phrases that could not be coded (kept for debugging, never raised)
        self._walk()

    def _note_local_acronym(self, long_form: str, acronym: str) -> None:
        """Record `acronym` as the article's own when the long form before it spells it and shares no
        capitalised word with the knowledge base's organisation of that acronym."""
        words = [w for w in re.split(r"[\s-]+", long_form) if w]
        while words and words[0].lower() == "the":
            words = words[1:]
        if "".join(w[0] for w in words).upper() != acronym.upper():
            return
        orgs = [h.entity for h in self.kb.hits(acronym) if h.kind == "org" and h.entity is not None]
        if not orgs or any(h.kind == "org" for h in self.kb.hits(" ".join(words))):
            return
        caps = {w.lower() for w in words if w[:1].isupper()}
        if all(not caps & {x.lower() for x in e.name.split()} for e in orgs):
            self._local_acronyms.add(acronym)

    def _span_text(self, start: int, end: int) -> str:
        """The text of tokens [start, end) as `doc[start:end].text` gives it, without building a Span."""
        last = self._toks[end - 1]
        return self._text[self._toks[start].idx : last.idx + len(last.text)]

    # -- phrase selection ----------------------------------------------------------------
    def _is_agentish(self, token: Token) -> bool:
        """True when the word names a kind of actor, alone, as the first word of an agent named with "of"
        or as the last of a two-word agent (memoised per token: phrase selection asks it of the same
        words many times)."""
        got = self._agentish.get(token.i)
        if got is None:
            got = self._agentish[token.i] = self._agentish_word(token)
        return got

    def _agentish_word(self, token: Token) -> bool:
        text = token.text
        if self.kb.names_agent(text, lower_case_text=text.islower()) or self.kb.names_agent(
                token.lemma_, lower_case_text=True):
            return True
        # Agents named with "of" that start here ("House of Representatives", "Chamber of Deputies").
        nxt = token.i + 1
        n = len(self._toks)
        if nxt + 1 < n and self._toks[nxt].lower_ == "of" and text[:1].isupper():
            for k in (nxt + 2, nxt + 3, nxt + 4):
                if k <= n and self.kb.names_agent(self._span_text(token.i, k)):
                    return True
        # Two-word agents whose last word alone is none ("armed wing", "general staff").
        if token.i > 0:
            two = f"{self._toks[token.i - 1].text} {text}"
            return self.kb.names_agent(two, lower_case_text=two.islower())
        return False

    def phrase_tokens(self, token: Token) -> list[Token]:
        """The tokens of the noun phrase headed by `token` (no relative clauses, conjuncts, most PPs)."""
        got = self._phrases.get(token.i)
        if got is None:
            whole = self._and_names.get(token.i)
            if whole is not None and whole[0] == token.i:
                got = self._phrases[token.i] = self._toks[whole[0] : whole[1]]
            else:
                got = self._phrases[token.i] = self._phrase_tokens(token)
        return got

    def _phrase_tokens(self, token: Token) -> list[Token]:
        keep = {token.i}
        agentish_head = self._is_agentish(token)
        generic: list[bool] = []

        def generic_head() -> bool:
            """"a spokesman for the air force": generic person words take their principal from "for" (looked up
            only when the phrase has a "for", once)."""
            if not generic:
                generic.append(any(h.agent is not None and h.agent.generic and h.agent.person
                                   for h in self.kb.hits(token.text, lower_case_text=token.text.islower())))
            return generic[0]

        def visit(t: Token, top: bool) -> None:
            for c in self._kids.get(t.i, NO_TOKENS):
                dep = c.dep_
                if c.ent_type_ in SKIP_ENTS and c.i not in self._named_dates:
                    continue  # "2025-05-21 US President ...": dates and times are not part of an actor
                if dep == "poss" and not (top and agentish_head) and not self._is_agentish(t) and not (
                        c.lower_ == "people" and c.text[:1].isupper() and t.pos_ == "PROPN" and c.i < t.i):
                    # "Trump's talks": the possessor is its own actor; "People's" inside a name ("the
                    # Tigray People's Liberation Front", "Korean People's Army") is part of the name.
                    continue
                if dep == "appos" and t.pos_ == "PROPN" and c.pos_ == "PROPN":
                    continue  # "Nancy Pelosi, President Donald Trump": two people, not one
                if dep == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() == token.lemma_.lower() and c.i > token.i:
                    continue  # "the government of Mali, the government of Niger": the list's next member, not this one
                if (dep == "conj" and agentish_head and c.i < token.i and t.i != token.i and t.head.i == token.i
                        and t.dep_ in ("amod", "compound", "nmod")):
                    # "Armenian and Azerbaijani forces": the conjunct nearest the head stays in the phrase
                    # (`actors_at` gives one actor per conjunct).
                    keep.add(c.i)
                    visit(c, False)
                    continue
                if (c.i == t.i - 2 and not c.whitespace_ and self._toks[c.i + 1].text == "-"
                        and not self._toks[c.i + 1].whitespace_ and self.kb.hits(f"{c.text}-{t.text}")):
                    keep.add(c.i)  # "Bissau-Guinean" split by the tokenizer: one name, one owner
                    continue
                if dep == "amod" and (c.lower_ in AFFILIATION_SUFFIXES or c.lower_ in FLAG_SUFFIXES) and c.i < t.i:
                    # "an Islamic State-linked cell", "Iran-backed militias": the sponsor stays in the
                    # phrase; the phrase coder reads it as a sponsor, not an owner.
                    keep.add(c.i)
                    for g in c.children:
                        if g.i < c.i and (g.dep_ in ("npadvmod", "compound", "nmod", "amod") or g.text == "-"):
                            keep.update(x.i for x in g.subtree)
                    continue
                if dep == "npadvmod" and t.lower_ == "led" and t.dep_ == "amod":
                    keep.add(c.i)  # "the US-led coalition": the leader's country is the coalition's
                    continue
                if dep in KEEP_DEPS or (dep == "punct" and c.text in "-()\u2013") or (
                    dep == "prep" and (agentish_head or t.i != token.i) and top
                    and (c.text.lower() in PHRASE_PREPS or (c.text.lower() == "for" and generic_head()))
                ):
                    keep.add(c.i)
                    visit(c, top and dep != "appos")
                elif dep == "pobj" and t.i in keep and t.dep_ == "prep":
                    keep.add(c.i)
                    whole = self._and_names.get(c.i)
                    if whole is not None:
                        keep.update(range(*whole))  # "the High Court of Antigua and Barbuda": one country's name
                    visit(c, False)
                    if t.head.i == token.i and t.lower_ == "of" and token.lower_ in COLLECTIVE_HEADS:
                        # "a coalition of the Acme Front and Zeta rebels": every member named after the
                        # "of" is the coalition's, not only the first.
                        for m in self._kids.get(c.i, NO_TOKENS):
                            if m.dep_ in ("cc", "conj") and m.i > c.i:
                                keep.add(m.i)
                                visit(m, False)

        visit(token, True)
        if token.pos_ == "PROPN" and not agentish_head:
            # "Al-Qaeda in the Islamic Maghreb", "the SPLM-in-Opposition": a known name that runs on
            # through a preposition is one name, not a name and a place.
            for c in self._kids.get(token.i, NO_TOKENS):
                if c.dep_ == "prep" and c.i > token.i and c.lower_ in ("in", "of", "for", "as") and c.i not in keep:
                    sub = [x.i for x in c.subtree]
                    first = min(k for k in keep if self._toks[k].dep_ != "det" or k == token.i)
                    if self.kb.hits(self.doc[first : max(sub) + 1].text) or self.kb.hits(self.doc[token.i : max(sub) + 1].text):
                        keep.update(sub)
        for t in [self._toks[k] for k in sorted(keep) if k != token.i]:
            # "the Navy of the Republic of the Congo": a known name inside the phrase that runs on
            # through its own "of" is read whole.
            if t.pos_ == "PROPN" and t.dep_ == "pobj" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and c.i not in keep for c in self._kids.get(t.i, NO_TOKENS)):
                sub = sorted(x.i for x in t.subtree)
                first = next((k for k in sub if self._toks[k].lower_ != "the"), sub[0])
                if sub[-1] - first < 8 and any(h.kind in ("country", "org") for h in self.kb.hits(self._span_text(first, sub[-1] + 1))):
                    keep.update(sub)
        prev = token.i - 1
        if agentish_head and prev >= 0 and prev not in keep and token.pos_ in ("NOUN", "PROPN"):
            p = self._toks[prev]
            # "The Emirati military intercepts ...": the parser hangs the demonym on the verb; a
            # demonym written right before an agent word is that agent's owner.
            if p.pos_ in ("PROPN", "ADJ") and p.head.i != token.i and any(
                    h.kind == "country" and h.form in ("adj", "name") for h in self.kb.hits(p.text)):
                keep.add(prev)
        toks = sorted(keep)
        # A parenthesis must not dangle at either edge; keep "(Trump - ed.)" whole when present.
        lo, hi = toks[0], toks[-1]
        if self._toks[token.i].is_punct:
            return [token]
        lo, hi = self._unbridged(token, keep, lo, hi)
        if hi + 1 < len(self._toks) and self._toks[hi + 1].text in ")." and any(self._toks[k].text == "(" for k in toks):
            hi += 1
            if self._toks[hi].text == "." and hi + 1 < len(self.doc) and self._toks[hi + 1].text == ")":
                hi += 1
        while lo < token.i and self._toks[lo].is_punct and self._toks[lo].text not in "(\"":
            lo += 1
        while hi > token.i and self._toks[hi].is_punct and self._toks[hi].text not in ")" and self._toks[hi].text != ".":
            hi -= 1
        # "Trump and Ukraine President Zelensky" misparsed as one phrase: keep what follows the "and".
        for k in range(token.i - 1, lo - 1, -1):
            if self._toks[k].text.lower() in ("and", "or", "&") or self._toks[k].dep_ == "cc":
                span_key = norm(self.doc[lo : token.i + 1].text)
                # "Indian oil and gas minister X": lower-case words on both sides of the "and" qualify one
                # title; they do not join two actors.
                joins_words = (lo < k < token.i and self._toks[k - 1].is_lower and self._toks[k + 1].is_lower
                               and self._toks[k - 1].pos_ in ("NOUN", "ADJ") and self._toks[k + 1].pos_ in ("NOUN", "ADJ"))
                if not joins_words and not any(key in span_key for key in self.kb.keys_with_and()):  # "Bosnia and Herzegovina"
                    lo = k + 1
                break
        # Use the contiguous range: the parser occasionally skips a hyphen or an inner token.
        return [self._toks[k] for k in range(lo, hi + 1) if k in keep or (lo < k < hi and self._toks[k].is_punct)]

    def _unbridged(self, token: Token, keep: set[int], lo: int, hi: int) -> tuple[int, int]:
        """The part of the range [lo, hi] around `token` that no run of other words splits: an apposition the
        parser hangs on the head past a clause or a list ("migrants who tried to enter Spain's enclave Ceuta", "France,
        Germany and Latvia expel Russian diplomats" read as "France ... diplomats") is no part of the head's phrase,
        so its text must not take in the words between. Other skipped words are bridged: a hyphen, an "and" ("Armenian
        and Azerbaijani forces"), a phrase of the name ("the Commission of Inquiry on X, a UN mission")."""
        def name_start(t: Token) -> int:
            k = t.i
            while k > 0 and self._toks[k].ent_iob_ == "I":
                k -= 1
            return k

        def splits(a: int, b: int) -> bool:  # the words strictly between kept tokens a < b
            gap = [t for t in self._toks[a + 1 : b] if t.i not in keep and not t.is_punct]
            return any(t.dep_ in GAP_BREAKS or t.pos_ == "AUX" or (t.pos_ == "VERB" and t.dep_ not in ("amod", "compound"))
                       # another name of a list ("France, Germany and ..."), not a word of a title ("oil and gas minister")
                       # nor of a name ("the Securities and Exchange Commission")
                       or (t.dep_ == "conj" and (t.ent_iob_ != "I" or name_start(t) > a)
                           and (t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")))
                       for t in gap)
        inner = sorted([k for k in keep if lo <= k <= hi])
        if inner[-1] - inner[0] == len(inner) - 1:
            return lo, hi  # no word skipped (most phrases): nothing can split them
        at = inner.index(token.i)
        for j in range(at, len(inner) - 1):
            if splits(inner[j], inner[j + 1]):
                hi = inner[j]
                break
        for j in range(at, 0, -1):
            if splits(inner[j - 1], inner[j]):
                lo = inner[j]
                break
        return lo, hi

    def _words(self, toks: list[Token], split: bool = True) -> list[Word]:
        out: list[Word] = []
        for t in toks:
            text, idx = t.text, t.idx
            if split and "-" in text:
                head, _dash, tail = text.rpartition("-")
                if head and tail.lower() in LED_SUFFIXES and not head.endswith("-"):
                    # "U.S.-led", "Iran-backed" kept as one token by the tokenizer: the name, the hyphen and
                    # the suffix, so that the phrase coder sees the leader or the sponsor.
                    a, b = idx + len(head), idx + len(head) + 1
                    out += [Word(head, "", t.pos_, idx, a), Word("-", "", "PUNCT", a, b),
                            Word(tail, t.whitespace_, "VERB", b, idx + len(text))]
                    continue
            out.append(Word(text, t.whitespace_, t.pos_, idx, idx + len(text)))
        return out

    def _code_plain(self, token: Token) -> Coded | None:
        """Code the phrase headed by `token` without coreference (cached)."""
        if token.i in self._plain:
            return self._plain[token.i]
        if token.ent_type_ == "LOC" and self._water_name(token):
            self._plain[token.i] = None  # "the Indian Ocean", "the South China Sea": no state's
            return None
        whole = self._and_names.get(token.i)
        if whole is not None:
            self._plain[token.i] = self._code_and_name(token, *whole)
            return self._plain[token.i]
        nxt = token.i + 2
        if (nxt < len(self._toks) and self._toks[nxt - 1].text == "-" and self._toks[nxt].lower_ in LANGUAGE_SUFFIXES
                and not token.whitespace_):
            self._plain[token.i] = None  # "English-speaking separatists": a language, not a country
            return None
        toks = self.phrase_tokens(token)
        words = self._words(toks)
        head = [w.start for w in words].index(token.idx)  # the head's word (always in its phrase)
        if token.lower_ == "old" and any(c.dep_ == "npadvmod" and c.lower_.rstrip("s") in AGE_UNITS
                                         for c in self._kids.get(token.i, NO_TOKENS)):
            # "An 18-year-old is arrested", "police detain a 30-year-old": an age heading the phrase is a person.
            words[head] = replace(words[head], text="person", pos="NOUN")
        owner: Coded | None = None
        if token.pos_ == "NOUN" and names_nothing(self.kb, words):
            # Most common nouns ("the year", "a road", about 30,000 phrases of the 294 Wikinews articles): no word
            # the knowledge base knows, so `code_words` would code nothing; only the fallbacks below may, and the
            # owners and context countries are worked out if one of them asks.
            contexts_of = self._contexts_when_asked(token)
            coded = None
        else:
            owner = self._phrase_owner(token)
            # The context countries are worked out only when a bare agent word or an unknown name needs them.
            contexts_of = self._lazy_contexts(token, self._shared_owner(token), self._country_noun_owner(token),
                                              owner.country if owner is not None else None)
            coded = code_words(self.kb, words, head, self.date, contexts_of)
        if (coded is not None and owner is not None and coded.country is None and coded.entity is None
                and coded.sector is not None and coded.why.startswith("agent:")
                and coded.why.split(" + ")[-1].removeprefix("agent:").lower() in POSTED_WORDS):
            # "its pilots", "their peacekeepers": a word that takes no country from the story (posted
            # abroad, aboard a craft) still takes its possessor's.
            coded = replace(coded, code=make_code(owner.country, coded.sector), country=owner.country,
                            why=f"possessor:{owner.country} + {coded.why}")
        if coded is not None and self._named_thing_word(token, coded):
            coded = None  # "Chad Daybell", "Cyclone Gombe", "the carrier Gibraltar Eagle": a name, not the place
        if coded is not None and coded.sector == "BUS" and coded.entity is not None and coded.entity.kind == "org" \
                and self._maker_of_product(toks, coded.entity.name):
            coded = None  # "a Boeing 737", "an Airbus A320 jet": a product named by its maker, not the company
        if (coded is not None and self._local_acronyms and coded.entity is not None and coded.entity.kind == "org"
                and any(t.text in self._local_acronyms for t in toks)):
            coded = None  # "INC member X" where the article defined INC as the Iglesia ni Cristo
        name_start = self._person_named_like_org(toks, coded) if coded is not None else None
        if name_start is not None:
            # "Alex Saab" is a man, not the Swedish company Saab: read him as an unknown person, and "the
            # businessman Alex Saab" by the words before his name.
            before = [t for t in toks if t.i < name_start]
            coded = None
            if token.i < name_start and before:
                words = self._words(before)
                coded = code_words(self.kb, words, next(k for k, w in enumerate(words) if w.start == token.idx),
                                   self.date, contexts_of)
            elif before:
                coded = self._titled_name(before, self._toks[name_start : token.i + 1], contexts_of)
        if coded is None and token.ent_type_ in ("PERSON", "ORG") and token.pos_ == "PROPN":
            coded = self._whole_entity(token, toks, *contexts_of())
        if coded is None and token.ent_type_ == "ORG" and token.pos_ == "PROPN":
            coded = self._named_for_country(words)
            if coded is None:
                # "the General Confederation of the Portuguese Workers": the country may be in the
                # name's "of" part, which the phrase leaves out.
                lo, hi = self._entity_range(token)
                if hi - lo > len(toks):
                    coded = self._named_for_country(self._words(self._toks[lo:hi]))
        elif coded is None and token.ent_type_ == "PERSON" and token.pos_ == "PROPN" and contexts_of()[0]:
            country: str | None = contexts_of()[0][0]
            if name_start is not None:
                # "Stewart Rhodes": the place in his name places him nowhere; another place of the sentence may.
                sent_places = self._places.get(self._sent_of[token.i], [])
                country = next((c for c in contexts_of()[0] if c == self.dateline_country or any(
                    pc == c and lv in (0, 1) and not name_start <= i <= token.i for i, pc, lv in sent_places)), None)
            if country is not None:
                coded = self._unknown_person(token, words, country)
        if coded is None and token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
            coded = self._relative(token, words)  # "Jan Kowal, the son of ..." tagged as an organisation
        if coded is None and token.pos_ == "PROPN" and token.ent_type_ in STRUCK_ENTS and contexts_of()[0]:
            coded = self._struck_place(token, words, contexts_of()[0])
        if coded is None and token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC") and contexts_of()[0]:
            coded = self._unknown_taken_place(token, words, contexts_of()[0][0])
        if coded is None and token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass"):
            coded = self._taken_ground(token)
        if coded is not None and coded.country is None and coded.entity is None and contexts_of()[0]:
            coded = self._without_person_of(token, toks, *contexts_of()) or coded
        if coded is None and token.pos_ == "NOUN":
            # "the paramilitary group Rapid Support Forces": a common noun named by a known organisation.
            ap = next((c for c in self._kids.get(token.i, NO_TOKENS)
                       if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)
            self._plain[token.i] = None  # a guard: the name's own coding may look back at this noun
            got = self._code_plain(ap) if ap is not None else None
            if got is not None and got.entity is not None and got.entity.kind == "org":
                coded = got
        if coded is not None and coded.why.startswith(("context:", "agent:")) and coded.sector in ("GOV", "LEG"):
            # "Leaders at the G7 summit agree ...": the leaders of a bloc's meeting are the bloc's ("G7 leaders").
            coded = self._bloc_meeting(token, contexts_of) or coded
        if (coded is not None and owner is not None and owner.entity is not None and owner.entity.kind == "org"
                and coded.why.startswith(f"context:{owner.country}") and coded.sector not in RESIDENT_SECTORS):
            # "Hezbollah said its fighters ...": the group's own fighters (not "its residents": a town's or a
            # country's people, never an organisation's).
            org = org_coding(owner.entity, self.date, why_extra=f"+possessor:{coded.why}")
            org.plural, org.office = coded.plural, coded.office
            coded = org
        if coded is not None and coded.sector in INSTITUTION_SECTORS and coded.kind == "nominal" and (
                coded.country is None or coded.why.startswith("context:")):
            coded = self._member_of_institution(token, coded) or coded
        if (coded is not None and coded.sector is None and coded.plural and coded.why.startswith("demonym:")
                and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTITY_NOUNS):
            # "dozens of Palestinians", "thousands of Israelis": counted people are civilians.
            coded = Coded(make_code(coded.country, "CVL"), coded.country, "CVL", coded.name, f"{coded.why} + counted",
                          plural=True, kind=coded.kind)
        if coded is not None and coded.country and "place:" in coded.why and toks and any(
                h.kind == "place" for h in self.kb.hits(toks[-1].text)):
            # "a man from Newcastle, New South Wales, Australia": the last place of a comma chain says
            # which country a name shared by several countries' towns is in.
            chain = self._comma_chain_country(toks[-1])
            if chain is not None and chain != coded.country:
                coded = replace(coded, code=make_code(chain, coded.sector), country=chain,
                                why=f"{coded.why} + chain:{chain}")
        if coded is not None and coded.country and coded.why.startswith(("place:", "metonym:")) and toks and any(
                h.kind in ("place", "capital") for h in self.kb.hits(coded.why.split(":", 1)[1].split(" + ")[0].removeprefix("capital "))):
            # "Santo Domingo, Ecuador", "Blida in southern Lebanon": the text says which namesake it is.
            said = self._country_said_after(toks[-1]) if toks[-1].pos_ == "PROPN" else None
            if said is not None and said != coded.country:
                coded = replace(coded, code=make_code(said, coded.sector), country=said,
                                why=f"{coded.why} + named in:{said}")
        if coded is not None and coded.country and coded.why.startswith(("place:", "region:")):
            # "Pakistan-administered Kashmir": the state that runs the place, whoever else claims it.
            ruler = next((c for c in (self._administering_country(t.i) for t in toks) if c is not None), None)
            if ruler is not None and ruler != coded.country:
                coded = replace(coded, code=make_code(ruler, coded.sector), country=ruler,
                                why=f"{coded.why} + administered by:{ruler}")
        if coded is not None and coded.sector is None and self._military_act_modifier(token):
            # "Israeli strikes", "a U.S. drone strike": a state acts through its forces.
            coded = Coded(make_code(coded.country, "MIL"), coded.country, "MIL", coded.name,
                          f"{coded.why} + military act:{token.head.text}", plural=coded.plural, kind=coded.kind)
        if coded is not None and coded.why.startswith(("metonym:capital", "place:")) and (
            self._locative(token, joined=coded.why.startswith("metonym:capital"))
            or (token.dep_ == "compound" and not self._is_agentish(token.head))
        ):
            coded = None  # "talks in Moscow", "Baghdad airport" name a place, not the government
        elif (coded is not None and coded.country is None and coded.entity is None and coded.why.startswith(("agent:", "title:"))
              and coded.sector not in ("LEG", "JUD", "GOV", "COP") and self._inside_unknown_name(token, toks)):
            coded = None  # "the Citizens Coalition Front", "the National Unity Platform": a name we do not know
        elif coded is not None and coded.why.startswith("metonym:capital") and self._taken_in_fighting(token):
            coded = Coded(make_code(coded.country, None), coded.country, None, coded.name,
                          f"place:{coded.why[len('metonym:capital '):]} (taken in fighting)")
        if coded is None and token.pos_ in ("NOUN", "PROPN") and (
                token.lemma_.lower() in FACILITY_NOUNS or token.text in PLACE_NAME_WORDS) and (
                self._taken_in_fighting(token)
                or (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in ("destroy", "damage"))):
            coded = self._facility_country(words)
        self._plain[token.i] = coded
        return coded

    def _phrase_owner(self, token: Token) -> Coded | None:
        """The possessor ("its", "their", "his") whose country a bare agent word of the phrase takes, if any."""
        owner = self._possessor(token)
        if not (owner is not None and owner.country and (
            (owner.entity is not None and owner.entity.kind == "org")
            or (owner.sector is None and owner.country not in ("IGO", "NGO", "IMG"))
            # "the defence minister announced the withdrawal of his forces": a state's office holder's
            # forces or government are his state's.
            # Not "X accuses Biden and his administration": a conjunct's "his" is the conjoined person's.
            or (owner.person and owner.sector in ("GOV", "MIL") and owner.country not in ("IGO", "NGO", "IMG")
                and token.dep_ != "conj" and any(ag.sector in ("GOV", "MIL") for ag in self._agent_senses(token)))
        )):
            owner = None
        return owner

    def _contexts_when_asked(self, token: Token) -> Callable[[], tuple[tuple[str, ...], tuple[str, ...]]]:
        """`_lazy_contexts` of the phrase, with its owners worked out on the first call too."""
        got: list[Callable[[], tuple[tuple[str, ...], tuple[str, ...]]]] = []

        def contexts_of() -> tuple[tuple[str, ...], tuple[str, ...]]:
            if not got:
                owner = self._phrase_owner(token)
                got.append(self._lazy_contexts(token, self._shared_owner(token), self._country_noun_owner(token),
                                               owner.country if owner is not None else None))
            return got[0]()

        return contexts_of

    def _lazy_contexts(self, token: Token, shared: str | None, country_of: str | None,
                       owner: str | None) -> Callable[[], tuple[tuple[str, ...], tuple[str, ...]]]:
        """The countries a bare agent word of the phrase headed by `token` may take, best first, and the
        sentence's countries (`_contexts_for`), worked out on the first call only: most phrases name their
        own country or are no agent at all. A country shared with a conjoined noun, the one "the country's"
        refers to and a possessor's, in this order, go before the rest (each also after any later one)."""
        got: list[tuple[tuple[str, ...], tuple[str, ...]]] = []

        def contexts_of() -> tuple[tuple[str, ...], tuple[str, ...]]:
            if not got:
                contexts, in_sentence = self._contexts_for(token)
                if shared is not None:
                    contexts = (shared, *(c for c in contexts if c != shared))
                if country_of is not None:
                    contexts = (country_of, *(c for c in contexts if c != country_of))
                if owner is not None:
                    contexts = (owner, *contexts)
                got.append((contexts, in_sentence))
            return got[0]

        return contexts_of

    def _without_person_of(self, token: Token, toks: list[Token], contexts: tuple[str, ...],
                           in_sentence: tuple[str, ...]) -> Coded | None:
        """Code "the father of Natalie Rupnow", "a lawyer for Luigi Mangione" without the person's name:
        a person we do not know after "of"/"for" is not the name of an organisation (which would say
        whose the agent is), so the agent word takes the sentence's country like a bare one."""
        prep = next((c for c in self._kids.get(token.i, NO_TOKENS) if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        if prep is None:
            return None
        pobj = next((c for c in self._kids.get(prep.i, NO_TOKENS) if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ != "PROPN" or not (pobj.ent_type_ == "PERSON" or any(
                ag.person for t in self._toks[prep.i + 1 : pobj.i] for ag in self._agent_senses(t))):
            # A person: named as one, or after a person's title ("the government of prime minister-designate X").
            return None
        words = self._words([t for t in toks if t.i < prep.i])
        head = next((k for k, w in enumerate(words) if w.start == token.idx), None)
        if head is None:
            return None
        return code_words(self.kb, words, head, self.date, contexts, in_sentence)

    def _person_named_like_org(self, toks: list[Token], coded: Coded) -> int | None:
        """The first token of a person's full name in the phrase that ends in a word that is also an
        organisation's name ("Alex Saab", "the trader Nora Hamas"), when the phrase was coded as that
        organisation; else None. The recogniser marks the words as one person, the first of them a given
        name that starts no known name: such a person is no member of the organisation."""
        # "Peter Jordan", "Musa Kano": a person whose surname is a country or a place is not that place.
        placed = coded.entity is None and coded.why.startswith(PLACE_WHYS) and " + " not in coded.why
        if not placed and (coded.entity is None or coded.entity.kind != "org"):
            return None
        for t in toks:
            if t.ent_type_ != "PERSON" or t.ent_iob_ != "B" or not (t.pos_ == "PROPN" and t.text[:1].isupper()
                                                                   and t.is_alpha and not self.kb.hits(t.text)):
                continue
            if placed and (t.lower_ in PLACE_NAME_STARTS or t.lemma_.lower() != t.lower_ or COMMON_PLURAL_RE.search(t.lower_)):
                continue  # "Mount Sinai", "North Darfur", "Elections Alberta": no given name before a place
            lo, hi = self._entity_range(t)
            if hi - lo < 2 or self.kb.hits(self._span_text(lo, hi)) or self._sent_of.get(lo - 1) != self._sent_of[lo]:
                # A sentence's capitalised first word is often no name at all ("Suspected Al-Shabaab gunmen").
                continue
            # The organisation's name must be the end of the person's name, not a word before it
            # ("Hezbollah official Ali Hamdan" is the group's man).
            if placed and any(x.lower_ in INSTITUTION_NAME_WORDS for x in [*toks, *self._toks[lo:hi]]):
                continue  # "Universitas Islam Bandung": an institution named for its town
            if any((h.kind in PLACE_KINDS) if placed else (h.entity is coded.entity)
                   for k in range(lo + 1, hi) for h in self.kb.hits(self._span_text(k, hi))):
                return lo
        return None

    def _bloc_meeting(self, token: Token, contexts_of: Callable[[], tuple[tuple[str, ...], tuple[str, ...]]]) -> Coded | None:
        """The bloc's coding of an agent at a meeting of an international organisation ("leaders at the G7
        summit", "ministers at an EU meeting"), read as the bloc's own agents ("G7 leaders"); else None."""
        at = next((c for c in self._kids.get(token.i, NO_TOKENS) if c.dep_ == "prep" and c.lower_ == "at"), None)
        place = next((c for c in self._kids.get(at.i, NO_TOKENS) if c.dep_ == "pobj"), None) if at is not None else None
        if place is None or place.lemma_.lower() not in MEETING_NOUNS:
            return None
        names = [c for c in self._kids.get(place.i, NO_TOKENS) if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if not names:
            return None
        lo, hi = names[0].left_edge.i, names[-1].i + 1
        words = self._words([*self._toks[lo:hi], token])
        got = code_words(self.kb, words, len(words) - 1, self.date, contexts_of)
        if got is None or got.country != "IGO" or got.entity is None or got.entity.kind != "org":
            return None
        return got

    def _named_thing_word(self, token: Token, coded: Coded) -> bool:
        """True when the phrase headed by `token` is coded only by a country or place word that is a word
        of a name (`_name_word`): "Chad Daybell", "Cyclone Gombe", "the bulk carrier Gibraltar Eagle"."""
        if coded.entity is not None or not coded.why.startswith(PLACE_WHYS):
            return False
        if coded.sector is None and " + " not in coded.why and self._name_word(token):
            return True
        # "the bulk carrier Gibraltar Eagle": a place after a ship's kind names the ship, not its flag
        # ("the Liberia-flagged ship MV Groton" keeps the flag).
        return token.lemma_.lower() in VESSEL_NOUNS and any(
            k.i > token.i and self._name_word(k) and any(
                h.kind in PLACE_KINDS and h.entity is not None and h.entity.country == coded.country for h in self.kb.hits(k.text))
            for k in self._kids.get(token.i, NO_TOKENS)
            for k in [k, *(c for c in self._kids.get(k.i, NO_TOKENS) if c.dep_ == "compound")])

    def _name_word(self, tok: Token) -> bool:
        """True when `tok` is the first word of a proper name that is not a place's: a person's name the
        recogniser marks as starting with it ("Chad Daybell"), or a storm's or a ship's name
        ("Cyclone Gombe", "the tanker Gibraltar Eagle", "the frigate Kerch")."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            return False
        before = self._toks[tok.i - 1] if tok.i > 0 and self._sent_of.get(tok.i - 1) == self._sent_of[tok.i] else None
        if before is not None and (before.lower_ in STORM_WORDS or (
                before.lemma_.lower() in VESSEL_NOUNS and before.pos_ == "NOUN")):
            return True
        if tok.dep_ != "compound" or tok.head.i <= tok.i or tok.head.pos_ != "PROPN":
            return False
        name = self._toks[tok.i + 1 : tok.head.i + 1]
        if any(t.pos_ != "PROPN" or not t.text[:1].isupper() or self.kb.hits(t.text) for t in name):
            return False
        if tok.ent_type_ != "PERSON" or tok.ent_iob_ != "B" or not all(t.ent_type_ == "PERSON" and t.ent_iob_ == "I" for t in name):
            return False
        # The recogniser also calls "Kogi State", "Luhansk People's Republic", "President of Belarus Alexander
        # Lukashenko" persons: only a name standing alone, not a place's unit, not after "of" or a title.
        lo, hi = self._entity_range(tok)
        if (hi - lo < 2 or lo != tok.i or self.kb.hits(self._span_text(lo, hi)) or self.kb.hits(self._span_text(tok.i, tok.head.i + 1))
                or any(t.text in ADMIN_SUFFIXES or t.lower_ in NOT_SURNAME_WORDS for t in self._toks[lo:hi])):
            return False
        prev = self._toks[tok.i - 1] if tok.i > 0 else None
        if prev is not None and (prev.pos_ in ("ADP", "PROPN") or self._agent_senses(prev) or prev.text == "-"):
            return False
        return any(h.kind in PLACE_KINDS and h.form == "name" for h in self.kb.hits(tok.text))

    def _titled_name(self, title: list[Token], name: list[Token],
                     contexts_of: Callable[[], tuple[tuple[str, ...], tuple[str, ...]]]) -> Coded | None:
        """A person named after a title ("Venezuelan attorney general Tarek Saab") whose name we do not know:
        coded as the title says, keeping the name so that a later surname refers back to the person."""
        got = code_words(self.kb, self._words(title), None, self.date, contexts_of)
        if got is None or got.country is None or got.sector is None or got.plural:
            return None
        text = " ".join(t.text for t in name)
        return Coded(got.code, got.country, got.sector, text, f"{got.why} + title before unknown person", person=True,
                     office=got.office, name_words=tuple(t.lower_ for t in name if t.text[:1].isupper()), kind="entity")

    def _water_name(self, token: Token) -> bool:
        """True when `token` is inside the name of a sea, ocean, gulf, bay or strait (a LOC entity)."""
        lo, hi = self._entity_range(token)
        return any(self._toks[k].text in WATER_WORDS for k in range(lo, hi))

    def _entity_range(self, token: Token) -> tuple[int, int]:
        """The token range of the named entity holding `token` (at most 12 tokens either side)."""
        lo, hi = token.i, token.i + 1
        while lo > 0 and self._toks[lo].ent_iob_ == "I" and token.i - lo < 12:
            lo -= 1
        while hi < len(self._toks) and self._toks[hi].ent_iob_ == "I" and hi - token.i < 12:
            hi += 1
        return lo, hi

    def _whole_entity(self, token: Token, toks: list[Token], contexts: tuple[str, ...],
                      in_sentence: tuple[str, ...]) -> Coded | None:
        """A known person or organisation whose name the parser split ("Itamar Ben-Gvir" parsed as "Itamar Ben"
        and "Gvir"): the whole named entity read at once, when it is a known name and longer than the phrase."""
        lo, hi = self._entity_range(token)
        if self._toks[lo].lower_ == "the" and lo < token.i:
            lo += 1  # "The Israel Air Force": the recogniser takes the article into the name
        if hi - lo <= len(toks) or not any(h.kind in ("person", "org") for h in self.kb.hits(self._span_text(lo, hi))):
            return None
        got = code_words(self.kb, self._words(self._toks[lo:hi]), None, self.date, contexts, in_sentence)
        if got is None or got.entity is None:
            return None
        self._whole_spans[token.i] = (lo, hi)  # the mention's text is the whole name its code was read from
        return got

    def _facility_country(self, words: list[Word]) -> Coded | None:
        """A facility struck or taken ("hit the Ryazan oil refinery", "bombed Sanaa International Airport")
        stands for the country of the place its name holds, without a sector; None when it names none."""
        for s in segment(self.kb, words):
            hit = next((h for h in s.hits if h.kind in ("place", "capital", "country") and h.entity is not None
                        and h.entity.country and not h.entity.ethnic and not h.entity.stateless), None)
            if hit is None or hit.entity is None or stance_marked(words, s.i, s.j):
                continue
            country = hit.entity.country
            text = " ".join(w.text for w in words[s.i : s.j])
            return Coded(country, country, None, self.kb.country_name(country or "") or hit.entity.name,
                         f"place:{text} (facility struck)")
        return None

    def _inside_unknown_name(self, token: Token, toks: list[Token]) -> bool:
        """True when the phrase's agent words are capitalised words of an organisation's name that
        also holds a word naming no actor ("Popular", "Unity", "Front"): the name is one we do not
        know, and its words say nothing of the sector."""
        name = [t for t in toks if t.ent_type_ in ("ORG", "LAW") and t.pos_ == "PROPN" and t.text[:1].isupper()]
        # "Baloch Nationalist Army gunmen": a head outside the name keeps its own sector; "members" and
        # "leader" of a name take theirs from it.
        if len(name) < 2 or (token not in name and token.lower_ not in ("members", "member", "leader", "leaders")):
            return False
        return any(not self._is_agentish(t) and not self.kb.hits(t.text) for t in name)

    def _taken_in_fighting(self, token: Token) -> bool:
        """True when a capital is the city fought over, not its government: the object of a verb of
        fighting ("recaptured Khartoum", "Kyiv was shelled", "Khartoum fell"), of a noun of one ("the
        shelling of Kyiv", "the battle for Khartoum") or of an advance ("advanced on Khartoum")."""
        t = token
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head  # "shelled Kyiv and Kharkiv"
        head = t.head
        if t.dep_ in ("dobj", "nsubjpass"):
            return head.lemma_ in TAKEN_LEMMAS and not (head.lemma_ in FIGURATIVE_TAKEN and any(
                c.dep_ == "prep" and c.lower_ in ("with", "over", "for", "about") for c in self._kids.get(head.i, NO_TOKENS)))
        if t.dep_ == "nsubj":
            return head.lemma_ == "fall" and not any(c.lower_ in ("silent", "short") for c in self._kids.get(head.i, NO_TOKENS))
        if t.dep_ == "pobj" and head.lower_ in ("of", "on", "for", "toward", "towards", "upon", "over", "at"):
            gov = head.head
            if gov.pos_ == "NOUN" and head.lower_ != "at":
                return gov.lower_ in self.kb.military_acts or gov.lemma_ in TAKEN_NOUNS
            if head.lower_ != "of" and gov.pos_ == "VERB":
                # "advanced on Khartoum", "opened fire on Kyiv", "fired rockets at Zarovo airport"
                return (gov.lemma_ in ADVANCE_LEMMAS and head.lower_ != "at") or (
                    head.lower_ in ("on", "upon", "at") and gov.lemma_ in ("fire", "descend", "launch"))
        return False

    def _comma_chain_country(self, tok: Token) -> str | None:
        """The country of the last name of a comma chain of places after `tok` (", New South Wales,
        Australia"); None when no known place or country follows a comma."""
        country = None
        i = tok.i + 1
        for _ in range(3):
            if i >= len(self._toks) or self._toks[i].text != ",":
                break
            k = i + 1
            while k < len(self._toks) and self._toks[k].pos_ == "PROPN" and self._toks[k].text[:1].isupper():
                k += 1
            hit = next((h for h in self.kb.hits(self._span_text(i + 1, k)) if h.kind in ("place", "country", "capital")
                        and h.entity is not None and h.entity.country and not h.entity.ethnic), None) if k > i + 1 else None
            if hit is None or hit.entity is None:
                break
            country = hit.entity.country
            i = k
        return country

    def _country_said_after(self, tok: Token) -> str | None:
        """The country a text names right after the place name ending at `tok`, saying which of several
        namesakes it is: "Santo Domingo, Ecuador" (a country, or a place, after one comma, not a list
        of names) or "Blida in southern Lebanon" (a country after "in"); else None."""
        i = tok.i + 1
        n = len(self._toks)
        if i < n and self._toks[i].text == ",":
            kinds: tuple[str, ...] = ("country", "place")
            i += 1
        elif i < n and self._toks[i].lower_ == "in":
            kinds = ("country",)
            i += 1
            if i < n and self._toks[i].lower_ == "the":
                i += 1
            if i < n and self._toks[i].lower_ in SIDE_WORDS:
                i += 1
        else:
            return None
        k = i
        while k < n and self._toks[k].pos_ == "PROPN" and self._toks[k].text[:1].isupper():
            k += 1
        if k == i or (k < n and (self._toks[k].lower_ in ("and", "or") or (
                self._toks[k].text == "," and k + 1 < n and self._toks[k + 1].pos_ == "PROPN"))):
            return None  # "Kyiv, Kharkiv and Odesa": a list of places, not where the first one is
        hit = next((h for h in self.kb.hits(self._span_text(i, k)) if h.kind in kinds
                    and h.entity is not None and h.entity.country and not h.entity.ethnic), None)
        return hit.entity.country if hit is not None and hit.entity is not None else None

    def _code_and_name(self, token: Token, start: int, end: int) -> Coded | None:
        """A country or place whose name holds "and", coded at its first word ("Turks and Caicos"
        split by the parser into a name and a conjunct); a place after a locative is no actor."""
        if token.i != start:
            return None
        coded = code_words(self.kb, self._words(self._toks[start:end]), None, self.date, ())
        # The name's own head says whether it is a place ("in Sistan and Baluchestan province").
        head = next((t for t in self._toks[start:end] if not start <= t.head.i < end or t.head.i == t.i), token)
        if coded is not None and coded.why.startswith("place:") and (
                self._locative(head) or (head.dep_ == "compound" and not self._is_agentish(head.head))):
            return None
        return coded

    def _unknown_person(self, token: Token, words: list[Word], country: str) -> Coded | None:
        """A person we do not know, named with at least a given name and a surname and no title
        ("Usman Khan stabbed two people in London"): a civilian of the country a demonym before the
        name says ("a Portuguese man, Jan Kowal"), else of the country the sentence or article is about."""
        if token.dep_ == "compound":
            return None
        if any(w.text.lower() in STORM_WORDS and w.capitalized and w.start < token.idx for w in words):
            return None  # "Hurricane Melissa", "Typhoon Kalmaegi": a storm, not a person
        kin = self._relative(token, words)
        if kin is not None:
            return kin
        place = self._place_like_name(token, words)
        if place is not None:
            # "the town of Umm Arda", "recaptured Jebrat al Sheikh": a place acted on stands for its
            # country (as "the shelling of Kharkiv"); "in Arewa LGA" is only where.
            if place == "where" or not self._placed_in_sentence(token, country):
                return None
            name = " ".join(w.text for w in words if w.start <= token.idx)
            return Coded(make_code(country, None), country, None, name, f"place:{name} (unknown place)")
        # "the new military chief of Hamas, Mohamed Odeh", "Jan Kowal, a Polish engineer": a described
        # apposition says who the person is.
        described = [token.head] if token.dep_ == "appos" and token.head.i < token.i else []
        # "Andriy Portnov, former People's Deputy of Ukraine": a capitalised title in apposition describes too.
        described += [c for c in token.children if c.dep_ == "appos" and (
            c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ != "PERSON" and self._is_agentish(c)))]
        # "expel Jan Kowal as Polish ambassador": the role after "as" says whose
        holders = [token, token.head] if token.dep_ == "dobj" else [token]
        described += [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "as" and p.i > token.i
                      for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
        for d in described:
            got = self._code_plain(d) if d.pos_ in ("NOUN", "PROPN") else None
            if got is not None and got.country is not None and got.sector is not None and (
                    got.kind == "nominal" or (got.entity is not None and got.entity.kind == "org")):
                return Coded(got.code, got.country, got.sector, got.name, f"apposition:{got.why} + unknown person",
                             person=True, name_words=tuple(w.text.lower() for w in words if w.capitalized),
                             kind="entity")
        words = [w for w in words if w.start <= token.idx]  # the name ends at its head ("X, a shopkeeper")
        k = len(words)
        while k > 0 and (words[k - 1].capitalized or words[k - 1].text.lower() in NAME_PARTICLES
                         or words[k - 1].text in ("-", "'", ".")) and not any(
                h.kind == "country" and h.form == "adj" for h in self.kb.hits(words[k - 1].text)):
            k -= 1  # the name runs back to the first word that is no name ("a Portuguese man, ...")
        name_words = words[k:]
        if sum(1 for w in name_words if w.capitalized) < 2:
            return None
        why = f"context:{country}"
        for seg in segment(self.kb, words):
            hit = next((h for h in seg.hits if h.kind == "country" and h.form in ("adj", "name") and h.entity is not None
                        and h.entity.country and not h.entity.ethnic and not h.entity.stateless), None)
            if hit is not None and hit.entity is not None and hit.entity.country:
                if seg.i >= k:
                    return None  # a country inside the name ("Diego Garcia" is no person we can place)
                country, why = hit.entity.country, f"demonym:{' '.join(w.text for w in words[seg.i : seg.j])}"
                break
        if why.startswith("context:") and not self._placed_in_sentence(token, country) and (
                self._first_conjunct(token).dep_ != "dobj" or self._domestic_actor_country(self._first_conjunct(token)) != country):
            # Only a place or country the sentence names places an unknown person, not a demonym; but a court
            # or police named with its country acts on its own people ("A Zarovian court jails Jan Kowal").
            return None
        name = " ".join(w.text for w in name_words)
        return Coded(make_code(country, "CVL"), country, "CVL", name, f"{why} + unknown person",
                     person=True, name_words=tuple(w.text.lower() for w in name_words), kind="entity")

    def _relative(self, token: Token, words: list[Word]) -> Coded | None:
        """A name we do not know described as the relative of a known person or body by an apposition ("Jan
        Kowal, the son of Zarovian president Piotr Nowak"): a civilian of that person's country, even when the
        recogniser took the name for an organisation."""
        if token.dep_ == "compound":
            return None
        kin = self._kin_of(token)
        if kin is None:
            return None
        name = " ".join(w.text for w in words if w.start <= token.idx and w.capitalized)
        return Coded(make_code(kin, "CVL"), kin, "CVL", name, f"relative:{kin} + unknown person", person=True,
                     name_words=tuple(name.lower().split()), kind="entity")

    def _kin_of(self, token: Token) -> str | None:
        """The country of the known person or body whose relative the name headed by `token` is, by an
        apposition after it ("..., the daughter of the Zarovian president")."""
        for c in self._kids.get(token.i, NO_TOKENS):
            if c.dep_ != "appos" or c.i < token.i or c.lower_ not in KIN_NOUNS:
                continue
            for p in self._kids.get(c.i, NO_TOKENS):
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in self._kids.get(p.i, NO_TOKENS):
                        got = self._code_plain(o) if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") else None
                        if got is not None and got.country is not None and (got.person or got.sector is not None):
                            return got.country
        return None

    def _administering_country(self, i: int) -> str | None:
        """The country written before "-administered" right before token `i`."""
        if i < 3 or self._toks[i - 1].lower_ not in ADMINISTERED or self._toks[i - 2].text not in ("-", "\u2013"):
            return None
        return next((h.entity.country for h in self.kb.hits(self._toks[i - 3].text)
                     if h.kind == "country" and h.form in ("name", "adj") and h.entity is not None), None)

    def _struck_place(self, token: Token, words: list[Word], contexts: tuple[str, ...]) -> Coded | None:
        """A name we do not know after "strikes on" or "an attack on" ("drone strikes on Qabatiya"): a place
        of the country the sentence names, as a known town struck stands for its country."""
        head = token.head
        if not (token.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "NOUN"
                and head.head.lemma_.lower() in STRIKE_NOUNS | {"attack"}):
            return None
        name = [w for w in words if w.start <= token.idx]
        while name and not name[0].capitalized:
            name = name[1:]
        if not name or not all(w.capitalized or w.text.lower() in NAME_PARTICLES or w.text == "-" for w in name):
            return None
        hits = [h for w in words for h in self.kb.hits(w.text)]
        # "a strike on Iran's Qeshm Island": the possessor is no word of the phrase.
        hits += [h for c in self._kids.get(token.i, NO_TOKENS) if c.dep_ == "poss" for h in self.kb.hits(c.text)]
        if any(h.kind in ("org", "person", "agent") for h in hits):
            return None  # "RAF Menwith Hill": a known body's base, read by the body
        owner = next((h.entity.country for h in hits if h.kind == "country" and h.form in ("name", "adj")
                      and h.entity is not None and h.entity.country), None)
        if owner is not None:
            contexts = (owner,)  # "a strike on Iran's Qeshm Island": the phrase says whose
        # The striker's country is not where the blow falls ("Israel launched strikes on X", "Pakistani
        # strikes on X"): the blow's own modifiers, the subject of its verb and its "by" agent.
        blow = head.head
        strikers = [c for c in self._kids.get(blow.i, NO_TOKENS) if c.dep_ in ("amod", "compound", "poss", "nmod")]
        strikers += [a for c in self._kids.get(blow.i, NO_TOKENS) if c.dep_ == "prep" and c.lower_ == "by"
                     for a in self._kids.get(c.i, NO_TOKENS) if a.dep_ == "pobj"]
        if blow.dep_ in ("dobj", "pobj", "nsubjpass"):
            verb = blow.head.head if blow.dep_ == "pobj" else blow.head
            if verb.lemma_.lower() in STRIKE_DOING_LEMMAS:
                strikers += [c for c in self._kids.get(verb.i, NO_TOKENS) if c.dep_ in ("nsubj", "agent")]
        own: set[str] = set()
        for t in strikers:
            got = self._code_plain(t) if t.i != token.i and t.pos_ in ("NOUN", "PROPN", "ADJ") else None
            if got is not None and got.country and "context:" not in got.why:
                own.add(got.country)  # a bare "rebels" takes the sentence's country: it names none of its own
            own.update(h.entity.country for h in self.kb.hits(t.text)
                       if h.kind == "country" and h.entity is not None and h.entity.country)
        # The first country or place named after the name says where it is ("strikes on X in Lebanon", "X,
        # Lebanon", "the attack on the X kibbutz in the attacks on Israel"); else the sentence's best.
        after = sorted((i, c) for i, c, lv in self._places.get(self._sent_of[token.i], [])
                       if i > token.i and lv in (0, 1) and c not in own)
        country = owner if owner is not None else after[0][1] if after else next(
            (c for c in contexts if c not in own and self._placed_in_sentence(token, c)), None)
        if country is None:
            return None
        text = " ".join(w.text for w in name)
        return Coded(make_code(country, None), country, None, text, f"place:{text} (unknown place struck)")

    def _maker_of_product(self, toks: list[Token], name: str) -> bool:
        """True when a company's name only names the maker of a product: a model after it ("a Boeing 737",
        "Airbus A320", "a Boeing 777-200") or a vehicle noun as the phrase's head ("a Boeing jet")."""
        first = name.split()[0].lower()
        at = next((t for t in toks if t.lower_ == first), None)
        if at is None:
            return False
        k = at.i + len(name.split())
        if k < len(self._toks) and model_after(self._toks[k]):
            return True
        return toks[-1].i > at.i and toks[-1].lower_ in PRODUCT_NOUNS

    def _unknown_taken_place(self, token: Token, words: list[Word], country: str) -> Coded | None:
        """A place name we do not know, taken or named by a place noun ("troops seized the hamlet of
        Sosnivka near Pokrovsk", "recaptured Krasnohorivka"): the country the sentence places it in."""
        if token.dep_ in ("nsubj", "ROOT") or self._place_like_name(token, words) != "place":
            return None  # "The County of Maui files a lawsuit": a body acting, not ground taken
        # The place must be named right after it ("X in Donetsk Oblast", "X, Ukraine"), not "near the border with".
        if not any(token.i < i <= token.i + 6 and c == country and lv == 0
                   for i, c, lv in self._places.get(self._sent_of[token.i], [])) and self._comma_chain_country(token) != country:
            return None
        name = " ".join(w.text for w in words if w.start <= token.idx and w.capitalized)
        if not name:
            return None
        return Coded(make_code(country, None), country, None, name, f"place:{name} (unknown place)")

    def _taken_ground(self, token: Token) -> Coded | None:
        """Ground taken in fighting, named by a common noun ("recaptured four towns in the Blue Nile region",
        "capture the capital Kyiv", "seized villages of Donetsk Oblast"): the country of the place it is in."""
        if token.lemma_.lower() not in GROUND_NOUNS or token.head.lemma_ not in GROUND_TAKING_LEMMAS:
            return None
        if token.head.lemma_ == "take" and not any(c.dep_ == "prt" or c.lower_ == "over" for c in self._kids.get(token.head.i, NO_TOKENS)):
            return None  # "took over the towns", not "took the decision"
        kids = self._kids.get(token.i, NO_TOKENS)
        if any(o.dep_ == "pobj" and o.pos_ == "PROPN" and (self._code_plain(o) or None) is not None
               for c in kids if c.dep_ == "prep" and c.lower_ == "of" for o in self._kids.get(c.i, NO_TOKENS)):
            return None  # "captured the town of Paletwa": the place named codes itself
        names = [c for c in kids if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names += [o for c in kids if c.dep_ == "prep" and c.lower_ in ("in", "of")
                  for o in self._kids.get(c.i, NO_TOKENS) if o.dep_ == "pobj" and (
                      o.pos_ == "PROPN" or (o.pos_ == "NOUN" and o.lower_ in ADMIN_WORDS_LOWER))]
        for n in names:
            toks = self.phrase_tokens(n)
            while toks and toks[0].lower_ in ("the", "southern", "northern", "eastern", "western", "central"):
                toks = toks[1:]
            while toks and toks[-1].pos_ != "PROPN" and toks[-1].lower_ not in ADMIN_WORDS_LOWER:
                toks = toks[:-1]
            if not toks:
                continue
            text = self._span_text(toks[0].i, toks[-1].i + 1)
            for cand in (text, " ".join(t.text for t in toks if t.pos_ == "PROPN")):
                hit = next((h for h in self.kb.hits(cand) if h.kind in ("place", "capital", "country")
                            and h.entity is not None and h.entity.country and not h.entity.ethnic
                            and not h.entity.stateless), None)
                if hit is not None and hit.entity is not None:
                    country = self._administering_country(toks[0].i) or hit.entity.country
                    return Coded(make_code(country, None), country, None, hit.entity.name,
                                 f"place:{cand} (ground taken)")
        return None

    def _placed_in_sentence(self, token: Token, country: str | None) -> bool:
        """Whether `country` is the dateline's or one the sentence of `token` names as a country, capital
        or place (not only by a demonym)."""
        return country == self.dateline_country or country in {
            c for _i, c, lv in self._places.get(self._sent_of[token.i], []) if lv in (0, 1)}

    def _place_like_name(self, token: Token, words: list[Word]) -> str | None:
        """"where" or "place" when a name the parser calls a person is a place or a thing by its syntax: a part of
        an administrative name ("Arewa LGA", "Al Jawf Governorate"), the object of a place
        preposition ("in Darra Adam Khel"), of a place noun ("the town of Umm Arda", "towns including
        Dayr Hafir") or of a verb of taking ("recaptured Jebrat al Sheikh"), or a named ship; "where"
        when it only says where ("in Arewa LGA"); None for a person."""
        where = any(w.text in PLACE_NAME_WORDS for w in words)
        t = token
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and self._is_agentish(c) for c in self._kids.get(token.i, NO_TOKENS)):
            return None  # "X, the former mayor": a person by description
        while (t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN"
               and any(x.lower_ in ("and", "or") for x in self._toks[t.head.i + 1 : t.i])):
            t = t.head  # "in Sanaa and Al Jawf Governorate", "the Abu Musa and Qeshm islands"
        head = t.head
        if t.dep_ == "pobj":
            if head.lower_ == "at" and head.head.lemma_ in AIM_LEMMAS:
                return "where" if where else None  # "fired at X", "lashed out at X": a person aimed at
            if head.lower_ in WHERE_PREPS or head.lower_ in ("into", "toward", "towards"):
                return "where"
            if head.head.pos_ == "NOUN" and head.head.lemma_.lower() in PLACE_NOUNS:
                return "place"
            if head.lower_ == "on" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() in STRIKE_NOUNS:
                return "place"  # "air strikes on Dayr Hafir": bombed ground
        elif t.dep_ in ("appos", "compound"):
            if head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
                return "place"
        elif t.dep_ in ("dobj", "nsubjpass") and head.lemma_ in TAKEN_PLACE_LEMMAS:
            return "place"
        return "place" if where else None

    def _named_for_country(self, words: list[Word]) -> Coded | None:
        """An organisation we do not know whose name says its country ("the Norwegian Pension Fund",
        "the Sudan Doctors Network"): that country, with no sector (the name says what only to a reader)."""
        for s in segment(self.kb, words):
            hit = next((h for h in s.hits if h.kind in ("country", "place") and h.entity is not None
                        and h.entity.country and not h.entity.ethnic and not h.entity.stateless), None)
            if hit is None or hit.entity is None or stance_marked(words, s.i, s.j):
                continue
            if s.j + 1 < len(words) and words[s.j].text == "-" and words[s.j + 1].text.lower() in LED_SUFFIXES:
                continue  # "the Iran-backed Kataib group": a sponsor, not whose
            country = hit.entity.country
            text = " ".join(w.text for w in words[s.i : s.j])
            return Coded(country, country, None, self.kb.country_name(country or "") or hit.entity.name,
                         f"name:{text} in an unknown organisation", kind="entity")
        return None

    def _member_of_institution(self, token: Token, coded: Coded) -> Coded | None:
        """The institution an agent works at says whose it is: "judges at the International Criminal
        Court" (IGOICC), "the chargé d'affaires at the Afghan embassy" (AFG), not the story's country."""
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "at"), None)
        if prep is None and token.dep_ == "dobj":
            # "expelled the consul at the Belarusian embassy": the parser hangs the "at" on the verb.
            prep = next((c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "at"
                         and c.i == token.right_edge.i + 1), None)
        if prep is None:
            return None
        pobj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if pobj is None:
            return None
        inst = self._code_plain(pobj)
        if inst is None or inst.country is None or inst.person or "context:" in inst.why:
            return None  # "officers at the scene", "staff at the embassy": nothing says whose
        if not ((inst.entity is not None and inst.entity.kind == "org") or inst.sector in INSTITUTION_SECTORS):
            return None  # "police at Kabul airport": a place, not an employer
        why = f"{coded.why} + at:{inst.why}"
        if inst.entity is not None and inst.entity.kind == "org" and inst.country in ("IGO", "NGO"):
            org = org_coding(inst.entity, self.date, sector=coded.sector, why_extra=f"+{why}")
            org.person, org.plural, org.office, org.kind = coded.person, coded.plural, coded.office, coded.kind
            return org
        return Coded(make_code(inst.country, coded.sector), inst.country, coded.sector, inst.name, why,
                     person=coded.person, plural=coded.plural, office=coded.office, kind=coded.kind)

    def _military_act_modifier(self, token: Token) -> bool:
        """True when `token` is a state's name or adjective modifying a noun of armed action
        ("Israeli strikes", "U.S. drone strike"); a possessive ("Russia's invasion") is not."""
        if token.dep_ not in ("amod", "compound", "nmod") or token.head.i <= token.i:
            return False
        if not any(h.kind == "country" and h.entity is not None and not h.entity.ethnic and not h.entity.stateless
                   for h in self.kb.hits(token.text)):
            return False
        t = token.head
        for _ in range(3):
            keys = {norm(t.text), norm(t.lemma_)}
            # Two-word acts ("artillery fire", "military operation"): the compound before the noun.
            keys |= {f"{norm(c.text)} {k}" for c in t.children if c.dep_ in ("compound", "amod") and c.i == t.i - 1
                     for k in tuple(keys)}
            if keys & self.kb.military_acts:
                return True
            if t.dep_ != "compound" or t.head.i <= t.i:
                return False
            t = t.head
        return False

    def _shared_owner(self, token: Token) -> str | None:
        """The country of a possessor the token shares with a conjoined noun: "Colombia's government
        and army" (the army is Colombia's too), also when the parser hangs the first conjunct under
        the second ("Colombia's [government and ELN] rebels")."""
        conjoined = token.dep_ == "conj" and self._toks[self._head_i[token.i]].pos_ in ("NOUN", "PROPN")
        hung = token.dep_ in ("nmod", "compound") and self._head_i[token.i] > token.i and any(
            c.dep_ == "conj" for c in self._kids.get(token.i, NO_TOKENS))
        if not (conjoined or hung):
            return None
        other = self._toks[self._head_i[token.i]]
        if any(c.dep_ in ("poss", "amod", "compound", "nmod") and c.pos_ in ("PROPN", "ADJ")
               and self._owner_country(c) is not None for c in self._kids.get(token.i, NO_TOKENS)):
            return None  # the conjunct names its own owner ("Ethiopia's army and Eritrean troops")
        for c in self._kids.get(other.i, NO_TOKENS):
            if c.dep_ == "poss" and c.i < token.i and c.pos_ == "PROPN":
                got = self._owner_country(c)
                if got is not None:
                    return got
            elif (conjoined and c.dep_ in ("amod", "compound", "nmod") and c.i < other.i
                  and c.pos_ in ("PROPN", "ADJ") and self._is_agentish(other) and self._is_agentish(token)):
                # "the Chinese navy and air force", "Russian army and navy": the demonym before the
                # first of two agent nouns owns both.
                got = self._owner_country(c, demonym=True)
                if got is not None:
                    return got
        return None

    def _owner_country(self, token: Token, demonym: bool = False) -> str | None:
        """The country a name (or, with `demonym`, also an adjective) before a noun stands for."""
        for h in self.kb.hits(token.text):
            if (h.kind in ("country", "capital", "place") and h.entity is not None and h.entity.country
                    and (demonym or h.form != "adj") and not h.entity.ethnic):
                return h.entity.country
        return None

    def _country_noun_owner(self, token: Token) -> str | None:
        """The country "the country's" refers to in "the country's armed forces": the last country
        named (or, failing that, the last actor with a country) within two sentences."""
        poss = next((c for c in self._kids.get(token.i, NO_TOKENS) if c.dep_ == "poss" and c.lemma_.lower() in COUNTRY_NOUNS
                     and any(d.lower_ == "the" for d in self._kids.get(c.i, NO_TOKENS))), None)
        if poss is None:
            return None
        ant = self._definite_antecedent(poss)
        if ant is not None and ant.country not in (None, "IGO", "NGO"):
            return ant.country
        sent = self._sent_of[token.i]
        for e in reversed(self._history):
            if e.end <= poss.idx and sent - e.sent <= 2 and e.coded.country not in (None, "IGO", "NGO"):
                return e.coded.country
        return None

    def _possessor(self, token: Token) -> Coded | None:
        """The actor a possessive pronoun of the phrase refers to ("its troops", "his government")."""
        for c in self._kids.get(token.i, NO_TOKENS):
            if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her"):
                got = self._coref(c, None)
                if got is not None and got.country not in (None, "IGO"):
                    return got
        return None

    def _locative(self, token: Token, joined: bool = False) -> bool:
        """True when `token` names where something is: the object of a place preposition or, with
        `joined` (capitals), a name joined to one ("in Northwood, London", "between Bamako and
        Kayes"). A town or region joined to a place keeps its country ("an operation in Sanaag,
        Puntland" is in Somalia; "near Kyiv and Chernihiv" is about Ukraine)."""
        t = token
        for _ in range(3 if joined else 1):
            if t.dep_ == "pobj":
                if t.head.lower_ in LOCATIVE:
                    return True
                # "talks between Washington and Tehran" are between governments; "a road between Bamako
                # and Kayes" joins places: a town among the names makes them all places.
                return t.head.lower_ in ROUTE_PREPS and any(
                    h.kind == "place" for c in (t, *t.conjuncts) for h in self.kb.hits(c.text))
            if t.dep_ not in ("conj", "appos") or t.head.i >= t.i or t.head.pos_ != "PROPN":
                return False
            t = t.head
        return False

    def _contexts_for(self, token: Token) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Countries a bare agent word may belong to, best first, and all the sentence's countries.

        Best first: a place of the same sentence named after a locative preposition ("... were
        killed in Kharkiv"), then a country, capital or place named in it ("Germany's minister said
        police ..."), the nearest when several (the article's leading country when it is among
        them), then the dateline, then the article's leading country. Demonyms describe other
        actors ("Russian drones") and so count only for where an ethnic group lives."""
        sent = self._sent_of[token.i]
        places = self._places.get(sent, [])
        context_country = self.context_country
        if places and token.dep_ in ("nsubj", "nsubjpass") and self._office_title(token):
            # "The foreign minister criticised Russia's actions in Ukraine": countries and places named
            # after an office holder who is the subject are what the act is about, not whose office it
            # is; only those before it ("Speaking in Berlin, the minister ...") say whose.
            dropped = {c for i, c, _lv in places if i > token.i}
            places = [p for p in places if p[0] < token.i]
            if context_country in dropped and not any(
                    c == context_country for si, ps in self._places.items() if si != sent for _i, c, _lv in ps):
                context_country = None  # the article "leads" with it only through this very clause
        if self._place_clauses:
            # "Israel killed 20 people, while the captives who remain in Gaza ...": where the people of a
            # relative clause are says nothing about other actors of the sentence, only about them.
            places = [p for p in places if not self._outside_clause(p[0], token)]
        ranked: list[str] = []
        agents = self._agent_senses(token)  # looked up once: five tests below read them
        # Protesters and residents are where the story is filed: after a place they are in, the
        # dateline beats a country the sentence merely names ("LONDON - Protesters outside Iran's embassy").
        local = self.dateline_country is not None and any(ag.sector in LOCAL_SECTORS for ag in agents)
        if places and token.dep_ not in ("dobj", "pobj") and any(
                ag.sector in ("MIL", "GOV") and ag.country is None for ag in agents):
            # "Israeli officials said the army struck targets in Lebanon": a state body reporting what
            # an army or a government did speaks of its own, before the places the act names.
            own = self._speaker_state(token) if not self._owned_by_group(token) else None
            if own is not None:
                ranked.append(own)
        sea: set[str] = set()
        if any(ag.sector == "MIL" for ag in agents):
            # "The US deployed warships off the coast of Oman": a sea area is not whose the warships are.
            sea = {c for i, c, _lv in places if _off_coast(self._name_head(i))}
            places = [p for p in places if p[1] not in sea]
        state_agent = not any(ag.sector not in STATE_SECTORS for ag in agents)
        first = self._first_conjunct(token)
        if first.dep_ == "dobj" and first.head.lemma_.lower() in PERSONNEL_LEMMAS:
            # "The Russian defence ministry dismisses a general after defeats in Ukraine": whose officer,
            # the dismissing body says, not where the war is.
            own = self._domestic_actor_country(first)
            if own is not None:
                ranked.append(own)
        if first.dep_ == "dobj" and any(lv == 0 for _i, _c, lv in places):
            # "Moldovan police detain 74 people ..., with officials stating that suspects trained in Serbia":
            # where another clause's people were is not where a court or police of a stated country acts.
            own = self._domestic_actor_country(first)
            clause = self._clause_verb(first)
            if own is not None and clause is not None and all(self._other_clause(self._name_head(i), clause, first)
                                                               for i, _c, lv in places if lv == 0):
                ranked.append(own)
        for level in (0, 1):
            if level == 1 and local and self.dateline_country is not None:
                ranked.append(self.dateline_country)
            if level == 1 and token.dep_ == "dobj":
                # "Lithuanian police arrest 21 people ... smuggling cigarettes from Belarus": a court or
                # police named with its country acts on people of that country, before a country the
                # sentence merely names (a place they are in, level 0, still comes first).
                own = self._domestic_actor_country(token)
                if own is not None:
                    ranked.append(own)
            if level == 1 and token.dep_ not in ("dobj", "pobj") and not any(lv == 0 for _i, _c, lv in places):
                # "Slovak police hold a clerk suspected of spying for Hungary, as prosecutors
                # open a case": a court or police after a state body that leads the sentence
                # are that body's country's, before a country the sentence merely names.
                own = self._leading_body_country(token)
                if own is not None:
                    ranked.append(own)
            # Nearest first; at equal distance the place after the agent ("rebels seized Damascus"), which
            # says where it acts, before one behind it ("fled to Moscow after rebels ...").
            cands = sorted((abs(i - token.i), i < token.i, c) for i, c, lv in places if lv == level)
            if not cands:
                continue
            if level == 1 and len({c for _d, _b, c in cands}) > 1 and state_agent:
                # "Ethiopia accused Eritrea of ..., the government said": a state that is a clause's
                # subject is the one acting; one it acts on or names is not whose the agent is. Not for
                # people it speaks of ("Germany condemned the detention of journalists by Myanmar").
                subjects = self._subject_states(token, places)
                if len(subjects) == 1:
                    cands = sorted(cands, key=lambda x: x[2] not in subjects)
            distinct = {c for _d, _b, c in cands}
            if len(distinct) > 1 and not state_agent and agents and all(ag.sector in OUTLAW_SECTORS for ag in agents):
                # "Zarovian officials said gunmen attacked a market outside Kelmo": the country of whoever
                # reports is not that of the gunmen the report is about; it goes last (the people a state reports
                # hurt are mostly its own: "Turkey says five people were injured by ... from Syria").
                said = self._speaker_span(token)
                if said is not None:
                    spoken = {c for _d, _b, c in cands} - {c for i, c, lv in places if lv == level
                                                            and not said[0] <= i <= said[1]}
                    if spoken and len(spoken) < len(distinct):
                        cands = sorted(cands, key=lambda x: x[2] in spoken)
                        distinct -= spoken
            if len(distinct) > 1 and context_country in distinct:
                ranked.append(context_country)
            ranked.extend(c for _d, _b, c in cands)
        group_owned = self._owned_by_group(token)
        for c in (self.dateline_country, context_country) if not group_owned else ():
            # "The Pakistani army says the commander of the group was killed": the story's country is the
            # reporter's, not that of a group the text does not name.
            if c is not None:
                ranked.append(c)
        speaker, sectors = self._reporting_speaker(token) if not ranked and not group_owned else (None, SPEAKER_SECTORS)
        addressed = self._first_conjunct(token)
        if (not ranked and addressed.dep_ == "dobj" and addressed.head.lemma_.lower() in ADDRESS_LEMMAS
                and agents and all(ag.sector in PEOPLE_SECTORS for ag in agents)):
            # "The Qatari interior ministry tells citizens and residents to stay indoors": a state body
            # telling people what to do speaks to its own people (one sanctioning people need not).
            speaker, _ = self._reporting_speaker(addressed)
            sectors = DOMESTIC_ACTOR_SECTORS | {"GOV"}
        if speaker is not None:
            # Nothing but demonyms in reach ("The Kuwaiti defence ministry says the military
            # intercepted Iranian missiles", "Austrian prosecutors indict a former officer"): a state
            # body reporting, or a court or police acting, speaks of or acts on its own country's.
            # A state speaking ("The kingdom said the foreign minister ...") speaks of its own.
            own = self._stated_country(speaker.i, lambda lead: lead.sector in sectors or (
                lead.sector is None and sectors is SPEAKER_SECTORS and lead.why.startswith(("country:", "coref:definite"))))
            if own is not None:
                ranked.append(own)
        if not ranked and any(ag.sector in STATE_SECTORS for ag in agents):
            # Nothing places the agent but a national body or armed group the sentence names ("the RSF
            # commander was captured by the army", "al-Shabaab killed soldiers"): its country is the story's.
            own = self._sentence_org_country(token)
            if own is not None:
                ranked.append(own)
        if ranked and not state_agent and self._acted_on_by_other(token):
            # "Norway condemned the jailing of reporters by Belarusian courts": the reporters are those the
            # act's own agent acts on, not the condemning state's; no country beats a wrong one.
            judging = self._subject_states(token, places)
            ranked = [c for c in ranked if c not in judging]
        if sea:
            ranked = [c for c in ranked if c not in sea]
        if ranked:
            # "The US sanctioned three firms", "sanctions against officials": those a state sanctions are
            # seldom its own; no country beats the sanctioning state's.
            sanctioning = self._sanctioning_states(token)
            if sanctioning:
                ranked = [c for c in ranked if c not in sanctioning]
        if ranked and token.lemma_.lower() not in MEDIATE_LEMMAS:
            # "talks with three rebel groups, mediated by Qatar": the parties to talks are not the mediator's.
            mediating = self._mediator_states(places)
            if mediating:
                ranked = [c for c in ranked if c not in mediating]
        if len(set(ranked)) > 1 and token.dep_ == "nsubj" and agents and all(ag.country is None for ag in agents):
            # "Troops attacked Ukraine": a country the bare agent's verb acts on is the last it may belong to.
            acted = self._acted_on_states(token, places)
            if acted:
                ranked = sorted(ranked, key=lambda c: c in acted)
        if (ranked and token.dep_ == "nsubj" and agents and all(ag.country is None for ag in agents)
                and all(ag.sector in FOREIGN_ACTING_SECTORS for ag in agents)
                and token.head.lemma_.lower() not in OWN_GROUND_LEMMAS
                and set(ranked) <= self._acted_on_states(token, places) | self._given_to_states(token, places)):
            # "Troops crossed into Ukraine": a country the bare state agent's verb acts on is all the
            # sentence names; it is not whose the agent is, and no country beats a wrong one.
            ranked = []
        if ranked and token.tag_ in ("NNS", "NNPS") and self._shared_where(token, places):
            # "20 aid workers were killed in Sudan and Gaza", "firms based in China, India and Uzbekistan":
            # people counted across several countries are of none of them alone.
            ranked = []
        in_sentence = [c for _d, c in sorted((abs(i - token.i), c) for i, c, _lv in places)]
        return tuple(dict.fromkeys(ranked)), tuple(dict.fromkeys(in_sentence))

    def _others_clause(self, root: Token) -> tuple[range, ...] | None:
        """The tokens of a relative clause saying where people are ("the captives who remain in Gaza",
        "hostages held in Gaza", "migrants living in Libya") and its people's noun, when `root` is the
        place it names; None when the place is not in such a clause."""
        t = self._chain_start(root)
        for _ in range(4):
            if t.dep_ in ("relcl", "acl"):
                break
            h = self._head_i[t.i]
            if h == t.i:
                return None
            t = self._toks[h]
        else:
            return None
        noun = self._toks[self._head_i[t.i]]
        if t.lemma_.lower() not in STAY_LEMMAS or noun.pos_ not in ("NOUN", "PROPN", "PRON") or not (
                self._agent_senses(noun) or self._compound_agent(noun)):
            return None
        if noun.dep_ in ("nsubj", "nsubjpass") and self._head_i[noun.head.i] == noun.head.i:
            return None  # "A man living in Sweden is identified as the perpetrator": the sentence is about them
        return range(t.left_edge.i, t.right_edge.i + 1), range(noun.i, noun.i + 1)

    def _compound_agent(self, noun: Token) -> bool:
        """True when `noun` with the compound words before it is an agent word ("aid groups")."""
        lo = noun.i
        while lo > 0 and self._toks[lo - 1].dep_ == "compound" and self._head_i[lo - 1] == noun.i:
            lo -= 1
        return lo < noun.i and any(h.kind == "agent" for h in self.kb.hits(" ".join(t.text for t in self._toks[lo : noun.i + 1])))

    def _outside_clause(self, place_i: int, token: Token) -> bool:
        """True when the place at `place_i` may be taken only by some words of its sentence (see
        `_place_clauses`) and `token` is not one of them."""
        spans = self._place_clauses.get(place_i)
        return spans is not None and not any(token.i in r for r in spans)

    def _note_places_named_back(self) -> None:
        """Add "in the country", "elsewhere in the exclave" as a place of its sentence: the country of the
        last place named before it ("... in Gaza. 14 other people are killed elsewhere in the exclave")."""
        strings = self.doc.vocab.strings
        wanted = {strings[w] for w in PLACE_BACK_NOUNS}  # lower-case forms by id: no string per token
        lowers = self.doc.to_array("LOWER").tolist() if len(self.doc) else []
        for t in (self._toks[i] for i, low in enumerate(lowers) if low in wanted):
            if (t.dep_ != "pobj" or t.head.lower_ not in WHERE_PREPS
                    or not any(c.lower_ == "the" for c in self._kids.get(t.i, NO_TOKENS))):
                continue
            before = [(i, c) for ps in self._places.values() for i, c, lv in ps if lv < 2 and i < t.i]
            if before:
                self._places.setdefault(self._sent_of[t.i], []).append((t.i, max(before)[1], 0))

    def _clause_verb(self, token: Token) -> Token | None:
        """The nearest verb above `token` (the verb of its clause); None when there is none."""
        t = token
        for _ in range(12):
            if t.head.i == t.i:
                return t if t.pos_ in ("VERB", "AUX") else None
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                return t
        return None

    def _other_clause(self, name: Token, clause: Token, token: Token) -> bool:
        """True when the place name `name` is in a clause other than `clause` (the verb acting on `token`)
        and not in one describing `token` itself ("a boy who fired fireworks in Shuafat")."""
        verb = self._clause_verb(name)
        return verb is not None and verb.i != clause.i and not token.left_edge.i <= verb.i <= token.right_edge.i

    def _first_conjunct(self, token: Token) -> Token:
        """The first of the coordinated phrases `token` belongs to ("citizens and residents" -> "citizens")."""
        t = token
        for _ in range(6):
            if t.dep_ != "conj" or t.head.i >= t.i:
                break
            t = t.head
        return t

    def _chain_start(self, root: Token) -> Token:
        """The first name of a comma chain or list of places that ends in `root` ("Nairobi, Kenya" ->
        "Nairobi"), whose preposition says what the whole chain is."""
        t = root
        for _ in range(3):
            if t.dep_ not in ("conj", "appos") or t.head.i >= t.i or t.head.pos_ != "PROPN":
                break
            t = t.head
        return t

    def _destination(self, root: Token) -> tuple[range, ...] | None:
        """When `root` names where someone goes (the object of "to", "into", "toward" or "for" after a verb
        or noun of moving: "is flown to Senegal", "extradited to the United States", "his deployment to
        Afghanistan", "leaves for Paris"), the tokens of what is done there ("sent fighters to Sudan to
        fight government forces"); else None. Who goes there is not that country's, nor is anyone else
        the sentence names: a destination is not the story's scene, only that of the purpose."""
        if root.dep_ != "pobj" or root.head.lower_ not in DESTINATION_PREPS:
            return None
        mover = root.head.head
        if mover.pos_ == "ADV":
            return None  # "sent back to Russia", "flown home to Mali": a return is to where they are from
        if (mover.lemma_.lower() not in MOVEMENT_LEMMAS or (root.head.lower_ == "for" and mover.pos_ != "VERB")
                or not self._moves_people(mover)):
            return None
        # A to-infinitive after the place, on the mover or on the verb above it, says what is done there.
        return tuple(range(c.left_edge.i, c.right_edge.i + 1) for v in {mover, mover.head}
                     for c in self._kids.get(v.i, NO_TOKENS)
                     if c.dep_ in ("advcl", "xcomp", "acl") and c.i > root.i
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in self._kids.get(c.i, NO_TOKENS)))

    def _moves_people(self, mover: Token) -> bool:
        """True when the verb or noun of moving `mover` moves people, not goods ("Sonko is flown to ...",
        "his deployment to ...", "deported migrants to ...", not "transport hashish into Spain"); a return
        ("sent back to", "flown home to") brings them home, so it does not count."""
        if any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in self._kids.get(mover.i, NO_TOKENS)):
            return False
        if mover.pos_ == "VERB":
            moved = [c for c in self._kids.get(mover.i, NO_TOKENS) if c.dep_ in ("nsubjpass", "dobj")]
            if not any(c.dep_ == "nsubjpass" for c in moved) and mover.dep_ in ("acl", "relcl"):
                moved.append(mover.head)  # "migrants deported to Mexico", "troops who were sent to Mali"
            if not moved and mover.lemma_.lower() in SELF_MOVING_LEMMAS:
                moved = [c for c in self._kids.get(mover.i, NO_TOKENS) if c.dep_ == "nsubj"]  # "he fled to Moscow"
        else:
            moved = [g for c in self._kids.get(mover.i, NO_TOKENS) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in self._kids.get(c.i, NO_TOKENS) if g.dep_ == "pobj"]
            moved += [c for c in self._kids.get(mover.i, NO_TOKENS) if c.dep_ == "poss"]  # "his deployment"
        return any(m.ent_type_ in ("PERSON", "NORP") or m.pos_ == "PRON" or bool(self._agent_senses(m))
                   or self._titled_proper_name(m) for m in moved)

    def _titled_proper_name(self, token: Token) -> bool:
        """True for a proper name written after a person's title ("President Jan Kowal", "General X"),
        even when the entity recogniser takes the name for an organisation."""
        if token.pos_ != "PROPN":
            return False
        # The title may hang on another word of the name ("President Jan Maria Kowal").
        return any(c.dep_ == "compound" and c.text[:1].isupper() and any(a.person and a.title for a in self._agent_senses(c))
                   for c in self._toks[token.left_edge.i : token.i])

    def _venue(self, root: Token) -> bool:
        """True when `root` names where talks or a meeting are held ("talks held in Malaysia", "a meeting
        in Nairobi", "met in Riyadh"). The host is not a party: people the talks are about (casualties of
        the conflict, the delegations) are not the host country's."""
        if root.dep_ != "pobj" or root.head.lower_ not in WHERE_PREPS:
            return False
        at = root.head.head
        if at.lemma_.lower() in MEETING_LEMMAS:
            return True
        # "talks (are) held in X", "a summit hosted in X": the verb of holding says where the meeting is.
        if at.lemma_.lower() not in HOLDING_LEMMAS:
            return False
        held = [at.head] if at.dep_ == "acl" else [c for c in self._kids.get(at.i, NO_TOKENS)
                                                    if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
        return any(h.lemma_.lower() in MEETING_LEMMAS for h in held)

    def _name_head(self, i: int) -> Token:
        """The last word of the name that starts at token `i` ("Marshall Islands" -> "Islands")."""
        t = self._toks[i]
        while t.dep_ in ("compound", "flat") and t.head.i > t.i:
            t = t.head
        return t

    def _acted_on_by_other(self, token: Token) -> bool:
        """True when `token` is what a noun of an act is done to, and the noun names its own agent with
        "by" ("the detention of journalists by Myanmar authorities")."""
        if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.pos_ != "NOUN":
            return False
        act = token.head.head
        return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" and c.i > token.i for c in self._kids.get(act.i, NO_TOKENS))

    def _sentence_org_country(self, token: Token) -> str | None:
        """The country of the nearest national organisation (an army, a ministry, an armed group) named in
        the sentence of `token`; None when there is none (international bodies do not count)."""
        sent = self._sent_of[token.i]
        best: tuple[int, str] | None = None
        for ent in doc_ents(self.doc):
            if ent.label_ not in ("ORG", "NORP") or self._sent_of.get(ent.start) != sent or ent.start <= token.i < ent.end:
                continue
            toks = list(ent)
            if toks and toks[0].lower_ == "the":
                toks = toks[1:]
            if not toks:
                continue
            for h in self.kb.hits(self._span_text(toks[0].i, toks[-1].i + 1)):
                e = h.entity
                if h.kind == "org" and e is not None and e.country not in (None, "IGO", "NGO", "IMG"):
                    d = abs(ent.start - token.i)
                    if best is None or d < best[0]:
                        best = (d, str(e.country))
                    break
        return best[1] if best is not None else None

    def _stated_country(self, head_i: int, ok: Callable[[Coded], bool]) -> str | None:
        """The state country of the actor already coded at token `head_i` when the text says it (no
        pronoun, no guess from context, not an IGO/NGO) and `ok` accepts that actor; else None."""
        for e in self._history:
            lead = e.coded
            if (e.head_i == head_i and lead.kind != "pronoun" and lead.country not in (None, "IGO", "NGO", "IMG")
                    and "context:" not in lead.why and ok(lead)):
                return str(lead.country)
        return None

    def _acted_on_states(self, token: Token, places: list[tuple[int, str, int]]) -> set[str]:
        """Countries named as the object of the verb `token` is the subject of ("troops attacked Ukraine",
        "forces advanced into Ukraine", "soldiers fired on Lebanon")."""
        verb = self._governing_verb(token)
        if verb is None:
            return set()
        objects = {c.i for c in self._kids.get(verb.i, NO_TOKENS) if c.dep_ == "dobj"}
        objects.update(o.i for p in self._kids.get(verb.i, NO_TOKENS) if p.dep_ == "prep" and p.lower_ in ACTED_ON_PREPS
                       for o in self._kids.get(p.i, NO_TOKENS) if o.dep_ == "pobj")
        # "soldiers raided his Zarova residence": a place naming what kind of home or office is hit is not
        # the country acted on; only a name that is the object itself is.
        return self._states_named_at(places, objects, named_only=True)

    @staticmethod
    def _governing_verb(token: Token) -> Token | None:
        """The verb `token` hangs on, when its head is a verb other than itself."""
        verb = token.head
        return verb if verb.pos_ in ("VERB", "AUX") and verb.i != token.i else None

    def _states_named_at(self, places: list[tuple[int, str, int]], heads: set[int], named_only: bool = False) -> set[str]:
        """Countries of the level-1 places whose name is headed by one of the token indices `heads`; with `named_only`,
        only a place that is itself the head or whose head is a name (not a place word modifying a common noun)."""
        return {c for i, c, lv in places if lv == 1 and (h := self._name_head(i)).i in heads
                and (not named_only or h.pos_ == "PROPN" or h.i == i)}

    def _given_to_states(self, token: Token, places: list[tuple[int, str, int]]) -> set[str]:
        """Countries named after "to" on the verb `token` is the subject of or on its object ("leaders
        pledged aid to Ukraine", "donors sent money to Sudan"): who is given to, not who gives."""
        verb = self._governing_verb(token)
        if verb is None:
            return set()
        holders = [verb] + [c for c in self._kids.get(verb.i, NO_TOKENS) if c.dep_ == "dobj"]
        objects = {o.i for h in holders for p in self._kids.get(h.i, NO_TOKENS) if p.dep_ in ("prep", "dative")
                   and p.lower_ == "to" for o in self._kids.get(p.i, NO_TOKENS) if o.dep_ == "pobj"}
        return self._states_named_at(places, objects)

    def _subject_states(self, token: Token, places: list[tuple[int, str, int]]) -> set[str]:
        """Countries named as the subject of a verb that governs `token` closely (three heads up), or
        of a clause reported by it ("Ethiopia accused Eritrea ..., the government said"); none when
        the phrase has a possessor of its own ("his staff")."""
        if any(c.dep_ == "poss" for c in self._kids.get(token.i, NO_TOKENS)):
            return set()
        verbs: set[int] = set()
        t = token
        for _ in range(3):
            if t.head.i == t.i:
                break
            t = t.head
            verbs.add(t.i)
            verbs.update(c.i for c in self._kids.get(t.i, NO_TOKENS) if c.dep_ in ("ccomp", "parataxis"))
        # "Chile's president condemned Peru's military campaign": the owner of the phrase the word
        # describes says whose it is, before the state owning the subject.
        owned = not (token.dep_ in ("amod", "compound") and any(
            c.dep_ == "poss" for c in self._kids.get(token.head.i, NO_TOKENS)))
        return {c for i, c, lv in places if lv == 1 and ((self._toks[i].dep_ in ("nsubj", "nsubjpass")
                and self._toks[i].head.i in verbs) or (owned and self._owns_subject(self._name_head(i), verbs)))}

    def _owns_subject(self, name: Token, verbs: set[int]) -> bool:
        """True when the country name `name` owns the subject of one of `verbs`: "Kenya's parliament",
        "the parliament of Kenya" (the state acts through its body)."""
        if name.dep_ == "poss":
            body = name.head
        elif name.dep_ == "pobj" and name.head.lower_ == "of":
            body = name.head.head
        else:
            return False
        return body.dep_ in ("nsubj", "nsubjpass") and body.head.i in verbs and bool(self._agent_senses(body))

    def _shared_where(self, token: Token, places: list[tuple[int, str, int]]) -> bool:
        """True when where `token` is, or where its verb acts, is named as several countries' places joined
        by "and" after a place preposition ("killed in Sudan and Gaza", "firms based in China and India")."""
        where = {i: c for i, c, lv in places if lv in (0, 1)}
        for i, c, lv in places:
            t = self._name_head(i)
            if lv != 0 or t.dep_ != "pobj":
                continue
            owner = t.head.head  # the noun or verb the place preposition hangs on
            if not (owner.i == token.i or owner.i == token.head.i or owner.head.i == token.i):
                continue
            if any(j != i and cj != c and self._name_head(j) in t.conjuncts for j, cj in where.items()):
                return True
        return False

    def _owned_by_group(self, token: Token) -> bool:
        """True when the phrase headed by `token` says it belongs to a group that is no state body ("the
        commander of the group", "the leader of the militia"): such a commander is not the speaking state's."""
        prep = next((c for c in self._kids.get(token.i, NO_TOKENS) if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in self._kids.get(prep.i, NO_TOKENS) if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            return False
        return pobj.lemma_.lower() in GROUP_NOUNS or any(
            ag.sector not in STATE_SECTORS and ag.sector is not None for ag in self._agent_senses(pobj))

    def _speaker_state(self, token: Token) -> str | None:
        """The country of a state speaker (a state body or a bare state, its country said by the text)
        whose reported clause holds `token` ("Sudanese authorities said the army ...")."""
        subj = self._reporting_subject(token, levels=6, deps=("nsubj",))
        if subj is None or subj.i > token.i:
            return None
        return self._stated_country(subj.i, lambda lead: "coref:" not in lead.why and (
            lead.sector in ("GOV", "MIL") or (lead.sector is None and lead.why.startswith("country:"))))

    def _leading_body_country(self, token: Token) -> str | None:
        """The country of the state body (government, police, court: not an army, which acts abroad) that is
        the subject of the sentence's main verb, for a court or police word after it in the sentence."""
        if not any(ag.sector in DOMESTIC_ACTOR_SECTORS and ag.country is None for ag in self._agent_senses(token)):
            return None
        root = token
        for _ in range(12):
            if root.head.i == root.i:
                break
            root = root.head
        subj = next((c for c in self._kids.get(root.i, NO_TOKENS) if c.dep_ == "nsubj"), None)
        if subj is None or subj.i >= token.i or subj.i == token.i:
            return None
        return self._stated_country(subj.i, lambda lead: lead.sector in ("GOV", "COP", "JUD") and "coref:" not in lead.why)

    def _domestic_actor_country(self, token: Token) -> str | None:
        """The country of a court or police that is the subject of the verb whose object `token` is,
        when the text itself says whose court or police it is."""
        verb = token.head  # the parser sometimes tags the verb a noun ("police arrest 21 people")
        subj = next((c for c in self._kids.get(verb.i, NO_TOKENS) if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.i < verb.i:
            # "police raid homes and detain 31 people": the first verb's subject does both
            subj = next((c for c in self._kids.get(verb.head.i, NO_TOKENS) if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        # A head of state or government acts on its own state's bodies: "Lebanon's president orders the
        # military to ...", "the prime minister dismissed the police chief".
        own_body = any(ag.sector in STATE_SECTORS and ag.country is None for ag in self._agent_senses(token))
        # A state body dismissing or appointing an officer or official moves its own people ("the Russian
        # defence ministry dismisses a general", "the Kenyan government appoints a police chief").
        staffing = verb.lemma_.lower() in PERSONNEL_LEMMAS and (own_body or any(
            # "dismisses Colonel General X": the title before the name says what the dismissed one is
            ag.sector in STATE_SECTORS and ag.country is None
            for t in self._toks[token.left_edge.i : token.i] for ag in self._agent_senses(t)))
        return self._stated_country(subj.i, lambda lead: lead.sector in DOMESTIC_ACTOR_SECTORS or (
            own_body and lead.sector == "GOV" and lead.person) or (staffing and lead.sector in ("GOV", "MIL")))

    def _agent_senses(self, token: Token) -> list[Agent]:
        """The knowledge base's agent-word readings of `token` ("police", "minister", "army"), highest layer only;
        those of a two-word agent it ends, when there is one, instead ("suicide bombers" are no warplanes, "passenger jets"
        no air force)."""
        one = [h.agent for h in self.kb.hits(token.text, lower_case_text=token.text.islower())
               if h.kind == "agent" and h.agent is not None]
        if one and token.i > 0:
            prev = self._toks[token.i - 1]
            if prev.dep_ in ("compound", "amod") and self._head_i[prev.i] == token.i and prev.text.islower():
                two = [h.agent for h in self.kb.hits(f"{prev.text} {token.text}", lower_case_text=token.text.islower())
                       if h.kind == "agent" and h.agent is not None]
                if two:
                    return two
        return one

    def _sanctioning_states(self, token: Token) -> set[str]:
        """The countries of whoever sanctions the phrase headed by `token`: the subject of "sanction" or
        "blacklist" when it is the object, or the owner of "sanctions" (or the subject of the verb taking
        them) when it comes after "sanctions against/on"."""
        t = self._first_conjunct(token)
        deciders: list[Token] = []
        if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in SANCTION_LEMMAS:
            deciders = [c for c in self._kids.get(t.head.i, NO_TOKENS) if c.dep_ == "nsubj"]
        elif t.dep_ == "pobj" and t.head.lower_ in ("against", "on"):
            held = t.head.head
            # "sanctions against X", or "announces sanctions against X" with "against" on the verb
            nouns = [held] if held.pos_ == "NOUN" else [c for c in self._kids.get(held.i, NO_TOKENS)
                                                          if c.dep_ == "dobj" and held.pos_ == "VERB"]
            for noun in nouns:
                if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SANCTION_LEMMAS:
                    continue
                deciders += [c for c in self._kids.get(noun.i, NO_TOKENS) if c.dep_ in ("poss", "amod", "compound")]
                if noun.dep_ == "dobj":
                    deciders += [c for c in self._kids.get(noun.head.i, NO_TOKENS) if c.dep_ == "nsubj"]
        states: set[str] = set()
        for d in deciders:
            if d.i == token.i or d.pos_ not in ("NOUN", "PROPN", "ADJ"):
                continue
            got = self._code_plain(d)
            if got is not None and got.country and "context:" not in got.why:
                states.add(got.country)
            states.update(h.entity.country for h in self.kb.hits(d.text)
                          if h.kind == "country" and h.entity is not None and h.entity.country)
        return states

    def _mediator_states(self, places: list[tuple[int, str, int]]) -> set[str]:
        """Countries of the sentence named as a mediator: after "by" on "mediated", "brokered" or
        "facilitated", after "mediation by/of/from", before "-mediated", or as the subject of "mediate"."""
        out: set[str] = set()
        for i, c, lv in places:
            if lv == 1 and self._mediator_name(self._name_head(i)):
                out.add(c)
        return out

    def _mediator_name(self, name: Token) -> bool:
        """True when the name headed by `name` is said to mediate (see `_mediator_states`)."""
        head = name.head
        if name.dep_ == "pobj" and head.lower_ in ("by", "of", "from"):
            before = self._toks[head.i - 1] if head.i > 0 else head
            return (head.head.lemma_.lower() in MEDIATE_LEMMAS and (head.lower_ == "by" or head.head.pos_ == "NOUN")) or (
                before.lemma_.lower() in MEDIATE_LEMMAS)
        if name.dep_ not in ("nsubj", "npadvmod", "compound", "amod") or head.lemma_.lower() not in MEDIATE_LEMMAS:
            return False
        return name.dep_ == "nsubj" or (name.i + 1 < len(self._toks) and self._toks[name.i + 1].text in ("-", "\u2013"))

    def _word_of_other_agent(self, token: Token) -> bool:
        """True when `token` and the word after it name an agent together ("fighter jets") whose sector
        is not the one `token` gives alone ("fighter" is a militant)."""
        nxt = self._toks[token.i + 1]
        two = f"{token.text} {nxt.text}"
        whole = {h.agent.sector for h in self.kb.hits(two, lower_case_text=two.islower())
                 if h.kind == "agent" and h.agent is not None and h.agent.sector is not None}
        alone = {a.sector for a in self._agent_senses(token)}
        return bool(whole) and bool(alone) and not whole & alone

    def _office_title(self, token: Token) -> bool:
        """True when `token` is a state office title naming one person ("president", "foreign minister")."""
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        return any(ag.person and ag.title and ag.sector == "GOV" and ag.country is None for ag in self._agent_senses(token))

    def _reporting_speaker(self, token: Token) -> tuple[Token | None, frozenset[str]]:
        """The subject of the reporting verb whose reported clause holds `token` ("The ministry
        says that the military intercepted ..."), or of the verb whose object `token` is when a court
        or police acts ("Prosecutors indicted a former officer"), with the sectors it may have."""
        if token.dep_ in ("dobj", "pobj", "appos") or token.head.dep_ == "dobj":
            verb = token.head if token.dep_ == "dobj" else token.head.head
            if verb.pos_ in ("VERB", "AUX"):
                subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subj is not None:
                    return subj, DOMESTIC_ACTOR_SECTORS
        return self._reporting_subject(token), SPEAKER_SECTORS

    def _reporting_subject(self, token: Token, levels: int = 8,
                           deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> Token | None:
        """The subject (of a dependency in `deps`) of the reporting verb whose reported clause holds `token`
        ("Zarovian officials said that gunmen ..."), or None when `token` is in no reported clause (up to `levels`
        levels up) or the verb has none."""
        t = token
        for _ in range(levels):
            if t.head.i == t.i:
                return None
            if t.dep_ in ("ccomp", "parataxis") and t.head.lemma_.lower() in REPORTING_LEMMAS:
                return next((c for c in self._kids.get(t.head.i, NO_TOKENS) if c.dep_ in deps), None)
            t = t.head
        return None

    def _speaker_span(self, token: Token) -> tuple[int, int] | None:
        """First and last token of the subject of the reporting verb whose reported clause holds `token`, or None."""
        subj = self._reporting_subject(token)
        return None if subj is None else (subj.left_edge.i, subj.right_edge.i)

    def _dateline_country(self) -> str | None:
        """Country of a wire dateline opening the article ("KABUL, Oct 8 (Reuters) -")."""
        m = DATELINE_RE.match(self._text)
        if m is None:
            return None
        name = m.group(1).strip().title()
        for h in self.kb.hits(name):
            if h.kind in ("country", "capital", "place") and h.entity is not None and h.entity.country:
                return h.entity.country
        return None

    def _joined_place_ents(self) -> list[Span]:
        """The named entities, with two adjacent place entities joined when together they are one country's
        name: the recogniser splits "the Democratic Republic of the | Congo", whose second half alone is
        another country."""
        ents = list(doc_ents(self.doc))
        out: list[Span] = []
        k = 0
        while k < len(ents):
            ent = ents[k]
            if k + 1 < len(ents) and ents[k + 1].start == ent.end and ent.label_ == ents[k + 1].label_ == "GPE":
                joined = self.doc[ent.start : ents[k + 1].end]
                text = joined.text[4:] if joined.text.lower().startswith("the ") else joined.text
                if any(h.kind == "country" and h.form == "name" for h in self.kb.hits(text)):
                    joined.label_ = "GPE"
                    out.append(joined)
                    k += 2
                    continue
            out.append(ent)
            k += 1
        return out

    def _context_country(self) -> str | None:
        """The country the article is mostly about (for 'riot police'), when one clearly leads: named at least
        twice as often as any other, or named most and alone in the first sentence."""
        counts: Counter[str] = Counter()  # float weights: a demonym counts half
        lead: set[str] = set()  # countries the first sentence names
        spans: list[tuple[Span | list[Token], str]] = [
            (ent, ent.label_) for ent in self._joined_place_ents() if ent.label_ in ("GPE", "NORP", "LOC", "FAC")
            and ent.start not in self._and_names
        ]
        for start, end in set(self._and_names.values()):
            spans.append((self._toks[start:end], "GPE"))
        # Place names the entity recogniser missed or mislabelled ("Sanaa" tagged as an organisation):
        # runs of proper nouns outside place entities.
        run: list[Token] = []
        propn, adj = self.doc.vocab.strings["PROPN"], self.doc.vocab.strings["ADJ"]
        for t, p in zip(self._toks, self._pos, strict=True):
            # The tagger calls a city before a title an adjective ("Kyiv mayor X"): capitalised ADJ too.
            if (p == propn or (p == adj and t.text[:1].isupper())) and t.ent_type_ not in (
                    "GPE", "NORP", "LOC", "FAC") and t.i not in self._and_names:
                run.append(t)
                continue
            if (run and t.text == "-" and not run[-1].whitespace_ and not t.whitespace_ and t.i + 1 < len(self._toks)
                    and self._pos[t.i + 1] == propn):
                run.append(t)  # "Zarovia-Nord President X" tagged as an organisation: one name across the hyphen
                continue
            if run:
                spans.append((run, "PROPN"))
            run = []
        if run:
            spans.append((run, "PROPN"))
        for ent, label in spans:
            toks = list(ent)
            if label == "LOC" and toks and self._water_name(toks[0]):
                continue  # "the Indian Ocean", "the Gulf of Oman" place nothing in India or Oman
            if len(toks) > 2 and toks[0].lower_ == "the":
                toks = toks[1:]  # "the West Bank" is not "the West" + "Bank"
            words = self._words(toks, split=False)
            for s in segment(self.kb, words):
                hit = next((h for h in s.hits if h.kind in ("country", "capital", "place", "region")
                            and h.entity is not None and h.entity.country), None)
                if hit is None or hit.entity is None or hit.entity.country is None or self._name_word(toks[s.i]):
                    continue
                if stance_marked(words, s.i) or (s.i == 0 and toks[0].i >= 2 and self._toks[toks[0].i - 1].text == "-"
                                                 and self._toks[toks[0].i - 2].lower_ in STANCE_PREFIXES):
                    continue  # "pro-Palestinian protesters" in Turin: a cause, not where or whose
                country = hit.entity.country
                if hit.kind in ("place", "region"):
                    country = self._administering_country(toks[s.i].i) or country
                root = toks[s.j - 1]
                while root.i in self._and_names and toks[s.i].i <= self._head_i[root.i] < root.i:
                    # "in Turks and Caicos": the parser heads a name with "and" on its first word, whose
                    # preposition says whether it is where things happen.
                    root = self._toks[self._head_i[root.i]]
                if hit.kind == "place":
                    # "in Birmingham, Alabama": the chain's last place says which country.
                    country = self._comma_chain_country(root) or country
                if hit.kind in ("place", "capital"):
                    # "in Santo Domingo, Ecuador", "Blida in southern Lebanon": the namesake in the country named.
                    country = self._country_said_after(toks[s.j - 1]) or country
                # "operations against Russian forces": the demonym of a phrase after "against" is a target too.
                against = root.dep_ in ("amod", "compound") and root.head.dep_ == "pobj" and root.head.head.lower_ == "against"
                after = toks[s.j - 1].i + 2
                if against or (after < len(self._toks) and self._toks[after - 1].text == "-"
                               and self._toks[after].lower_ in AFFILIATION_SUFFIXES):
                    # "Gunmen kill five villagers as Zarovia-backed rebels advance": a sponsor or an occupier
                    # named before "-backed", "-held" says nothing about whose other people are.
                    level = 3
                elif hit.form in ("adj", "people"):
                    level = 2
                elif self._venue(self._chain_start(root)):
                    level = 3  # "talks held in Malaysia": where parties meet, not whose they are
                elif root.dep_ == "pobj" and root.head.text.lower() in WHERE_PREPS:
                    level = 0
                elif root.dep_ == "pobj" and root.head.text.lower() == "against":
                    level = 3  # "protesters chanted against Russia": a target, never the owner
                elif _across_border(root):
                    level = 3  # "a village near the border with Zarovia": the country over the border, not this side
                elif (root.dep_ == "pobj" and root.head.lower_ in ("to", "with")
                      and root.head.head.lower_ in TIED_WORDS):
                    level = 3  # "suspects linked to Iran", "militias allied with Iran": a sponsor, not whose
                else:
                    level = 1
                purposes = self._destination(self._chain_start(root)) if level == 1 else None
                if purposes is not None:
                    self._place_clauses[toks[s.i].i] = purposes
                if hit.kind != "region":
                    self._places.setdefault(self._sent_of[toks[0].i], []).append((toks[s.i].i, country, level))
                    clause = self._others_clause(root)
                    if clause is not None:
                        self._place_clauses[toks[s.i].i] = clause
                # The recogniser sometimes labels a lone demonym ORG ("Guatemalan president X"): a span
                # that is exactly a country's name or adjective counts too, not one inside a longer name.
                exact = s.i == 0 and s.j == len(toks)
                # A facility named for its town ("Zarovo International Airport was hit") is in that town.
                fac_place = label == "FAC" and s.i == 0 and hit.kind in ("capital", "place")
                if hit.kind in ("country", "capital", "place") and (label in ("GPE", "NORP") or exact or fac_place) and (
                        level != 3 and purposes is None):
                    # Not a destination people are moved to: where they go is not where the story is.
                    # A demonym usually describes someone from elsewhere ("a Russian man stabbed two people
                    # in Berlin"): it counts half as much as a place named.
                    counts[country] += 0.5 if level == 2 else 1  # type: ignore[assignment]
                    if self._sent_of[toks[0].i] == 0:
                        lead.add(country)
                break
        self._note_places_named_back()
        if not counts:
            return None
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
        if len(lead) == 1 and ranked[0][0] in lead and ranked[0][1] > ranked[1][1]:
            # A whole article names other countries as it goes on ("The president of Malawi died ... His widow
            # was treated in Zambia"): the one country its first sentence names, if still named most, leads.
            return ranked[0][0]
        return None

    # -- coreference ---------------------------------------------------------------------
    def _antecedent(self, token: Token, want: str) -> _Entry | None:
        """The earlier mention a pronoun or short mention refers to (same sentence, then back)."""
        sent = self._sent_of[token.i]
        # "the Israeli-backed group ... says it": a sponsor named before "-backed" is never the referent.
        # The history is in text order, so the mentions of the last four sentences are at its end.
        hist = self._history
        k = len(hist)
        while k and hist[k - 1].sent >= sent - 3:
            k -= 1
        cands = [e for e in hist[k:] if e.end <= token.idx and sent - e.sent <= 3
                 and not (self._text[e.end : e.end + 1] == "-" and self._text[e.end + 1 : e.end + 12].split(" ")[0].lower()
                          in LED_SUFFIXES)]
        if want == "person_m":
            cands = [e for e in cands if e.coded.person and not e.coded.female]
        elif want == "person_f":
            cands = [e for e in cands if e.coded.person and e.coded.female]
        elif want == "plural":
            same = [e for e in cands if e.sent == sent and e.coded.kind != "pronoun"]
            if token.text.lower() == "their" and sum(1 for e in same if e.coded.person) >= 2:
                return None  # "their conversations" after two people: a group we do not code
            cands = [e for e in cands if not e.coded.person and sent - e.sent <= 1 and e.coded.kind != "pronoun"]
        elif want == "neuter":
            cands = [e for e in cands if not e.coded.person and not e.coded.plural and sent - e.sent <= 1
                     and e.coded.kind != "pronoun"]
        if want in ("person_m", "person_f"):
            # "his term as president and Davao City mayor": a role named after "as" is no new referent.
            cands = [e for e in cands if not self._role_mention(e)]
        if not cands:
            return None
        if want == "neuter" and token.dep_ == "poss":
            # A possessive "its" follows the nearest compatible antecedent in its sentence ("Britain
            # threatened Russia with sanctions if its troops ...", "seized a Chinese vessel and arrested
            # its captain").
            same = [e for e in cands if e.sent == sent]
            agent = self._hostile_agent(token)
            if agent is not None:
                # "Russia said Ukraine attacked its territory", "a drone entered its airspace": one does
                # not attack one's own; the possessor is someone else in the sentence.
                same = [e for e in same if e.head_i != agent.i]
            if same:
                return max(same, key=lambda e: e.end)
        if want == "plural":
            other = self._conditional_other(token, [e for e in cands if e.sent == sent])
            if other is not None:
                return other
        # Same sentence: a subject first (Trump said that he...); else the nearest sentence's subject.
        for s in range(sent, sent - 4, -1):
            in_s = [e for e in cands if e.sent == s]
            if not in_s:
                continue
            subj = [e for e in in_s if e.dep in ("nsubj", "nsubjpass")]
            return (subj or in_s)[-1]
        return None

    def _conditional_other(self, token: Token, same: list[_Entry]) -> _Entry | None:
        """The party a "they" subject of a condition refers to when the main clause's subject is one state
        ("Zarovia will lift sanctions on Kelmia if they free the prisoners": Kelmia, not Zarovia): the state
        the main clause acts on, named after its verb; None when the rule does not apply."""
        clause = token.head
        if token.dep_ != "nsubj" or token.lower_ != "they" or clause.dep_ != "advcl" or not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in self._kids.get(clause.i, NO_TOKENS)):
            return None
        main = clause.head
        subj = next((e for e in self._history if e.head_i < token.i and e.dep == "nsubj"
                     and self._toks[e.head_i].head.i == main.i), None)
        if subj is None or subj.coded.plural or subj.coded.person or subj.coded.sector is not None:
            return None  # "the rebels will free them if they are paid": a plural subject is "they" itself
        lo, hi = main.i, clause.left_edge.i
        acted = [e for e in same if e is not subj and lo < e.head_i < hi and not e.coded.person
                 and e.coded.country not in (None, subj.coded.country) and e.coded.kind != "pronoun"]
        return acted[-1] if len(acted) == 1 else None

    def _region_word(self, token: Token) -> bool:
        """True when the token names a region only ("African", "Gulf", "Balkan"), never a state."""
        hits = self.kb.hits(token.text, lower_case_text=token.text.islower())
        return bool(hits) and all(h.kind == "region" and h.entity is not None and not h.entity.stateless for h in hits)

    def _hostile_agent(self, poss: Token) -> Token | None:
        """The doer of a hostile act whose object holds the possessive ("Ukraine attacked its
        territory": Ukraine), including the understood subject of "accused X of violating its ..."."""
        noun = poss.head
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else (
            noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None)
        if verb is None or verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in HOSTILE_LEMMAS:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "conj":
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            subj = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        return subj

    def _role_mention(self, e: _Entry) -> bool:
        """True for a mention naming a role after "as" ("served as president and mayor")."""
        t = self._toks[e.head_i]
        for _ in range(4):
            if t.dep_ == "conj" and t.head.i != t.i:
                t = t.head
                continue
            return t.dep_ == "pobj" and t.head.lower_ == "as"
        return False

    def _definite_antecedent(self, token: Token) -> Coded | None:
        """'the group' -> the organisation named last; 'the country' -> the country named last."""
        if token.pos_ == "PROPN" and token.text.islower():
            lemma = token.text.lower()  # the tagger reads "the bloc said" as a name now and then
        elif token.pos_ != "NOUN":
            return None
        else:
            lemma = token.lemma_.lower()
        if lemma not in BACK_NOUNS or token.tag_ in ("NNS", "NNPS"):
            return None
        if not any(c.dep_ == "det" and c.text.lower() in DEFINITE for c in token.children):
            return None
        kids = list(token.children)
        # "the state" alone is a government or a federal state; "the Gulf state", "the tiny Baltic
        # state", "the oil-rich state" describe a country named before.
        if lemma == "state" and not any(c.dep_ in ("amod", "compound") and c.i < token.i and (
                c.is_lower or c.lower_ in PLACING_WORDS or self._region_word(c)) for c in kids):
            return None
        if lemma in COURT_NOUNS:
            # "the war crimes tribunal", "the top court" describe a court named before; "the supreme court"
            # names another.
            kids = [c for c in kids if not (c.dep_ in ("compound", "amod") and c.is_lower
                                            and c.lower_ not in INSTITUTION_WORDS)]
        if lemma in COUNTRY_NOUNS | {"state"}:
            # "the African nation", "the Gulf state": a region describes the country, it does not name it;
            # so do common words ("the island nation", "the oil-rich kingdom").
            kids = [c for c in kids if not (c.dep_ in ("compound", "amod") and (c.is_lower or c.lower_ in PLACING_WORDS))
                    and not self._region_word(c)]
        if any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and c.pos_ == "PROPN")
               or (c.i > token.i and c.pos_ == "PROPN" and c.dep_ in ("appos", "npadvmod", "dep")) for c in kids):
            # "the Wagner group", "the Sunni country", "the paramilitary group Rapid Support Forces" say
            # which one themselves
            return None
        if any(c.dep_ == "amod" and c.i < token.i and any(h.kind in ("country", "region") and h.form == "adj"
                                                          for h in self.kb.hits(c.text, lower_case_text=c.text.islower()))
               for c in kids):
            return None  # "the Somali militant group" says whose it is
        sent = self._sent_of[token.i]
        first = min(t.idx for t in self.phrase_tokens(token))
        topic: Coded | None = None
        for e in reversed(self._history):
            if e.end > token.idx or sent - e.sent > 2 or e.coded.kind == "pronoun":
                continue
            c = e.coded
            if (lemma in COUNTRY_NOUNS and e.sent == sent and e.start < first and c.sector is not None
                    and c.country not in (None, "IGO") and c.why.startswith("country:") and " + agent:" in c.why):
                # "Kinshasa orders Rwanda's envoy out and accuses the country of ...": a country
                # named as the owner of an agent earlier in the same sentence is the country named last.
                return Coded(make_code(c.country, None), c.country, None, c.name, f"coref:definite->{e.text}",
                             kind="coreference")
            if e.coded.person and not (lemma in GROUP_NOUNS | COURT_NOUNS and e.coded.entity is not None
                                       and e.coded.entity.kind == "org"):
                continue  # a person is no antecedent, but "Houthi spokesman X said the group ..." names the group
            if e.start >= first:
                continue  # inside this very phrase ("the al-Qaeda-linked group"): not an antecedent
            c = e.coded
            if lemma in COURT_NOUNS and c.sector == "JUD" and c.entity is None:
                return None  # "A Thai court sentenced ... The court said": the nearer court, coded as it stands
            if lemma == "party" and c.sector == "PTY":
                # "the party" after "the Labour party" or "Japan's ruling party": that party.
                return Coded(c.code, c.country, c.sector, c.name, f"coref:definite->{e.text}", kind="coreference")
            if (lemma in GROUP_NOUNS and c.entity is not None and c.entity.kind == "org" and (
                c.entity.country != "IGO" or lemma in ("organisation", "organization", "body", "alliance", "bloc")
            )) or (lemma in COURT_NOUNS and c.entity is not None and c.entity.kind == "org" and c.entity.sector == "JUD"
                   and sent - e.sent <= 1 and not COURT_WORD_RE.search(self._text, e.end, first)):
                # The organisation itself, not the antecedent's members ("NATO leaders ... the alliance"); "the
                # ICC ... the war crimes tribunal": the court itself, when no other court or judge comes between.
                org = org_coding(c.entity, self.date)
                return Coded(org.code, org.country, org.sector, org.name, f"coref:definite->{e.text}",
                             entity=c.entity, kind="coreference")
            if lemma in COUNTRY_NOUNS | {"state"} and c.sector is None and c.country not in (None, "IGO") and (
                c.why.startswith(("country:", "place:"))
            ):
                got = Coded(c.code, c.country, None, c.name, f"coref:definite->{e.text}", kind="coreference")
                if e.sent == sent or e.dep in ("nsubj", "nsubjpass"):
                    # "Kenya closed its border with Somalia. The African nation said ...": the country the
                    # last sentence is about (its subject), not the one named last in it.
                    return got
                if topic is None:
                    topic = got
                continue
        return topic

    def _coref(self, token: Token, plain: Coded | None) -> Coded | None:
        low = token.text.lower()
        want = None
        got = self._definite_antecedent(token)
        if got is not None:
            return got
        if token.pos_ == "PRON" or low in PERSONAL_PRONOUNS:
            if low in MALE_PRONOUNS:
                want = "person_m"
            elif low in FEMALE_PRONOUNS:
                want = "person_f"
            elif low in PLURAL_PRONOUNS:
                want = "plural"
            elif low in NEUTER_PRONOUNS and token.dep_ not in ("expl", "nsubjpass") and not _expletive_it(token):
                want = "neuter"
            if want is None:
                return None
            if want == "plural":
                rel_head = _relative_clause_head(token)
                if rel_head is not None:
                    # "the European allies, who say they will ...": "they" is the clause's own head noun
                    # phrase, never an actor named earlier in the sentence.
                    if rel_head.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in rel_head.children):
                        return None
                    head_coded = self._code_plain(rel_head)
                    if head_coded is None or head_coded.code is None:
                        return None
                    c = head_coded
                    text = " ".join(t.text for t in self.phrase_tokens(rel_head))
                    return Coded(c.code, c.country, c.sector, c.name, f"coref:relative->{text}", person=c.person,
                                 female=c.female, plural=True, office=c.office, name_words=c.name_words,
                                 entity=c.entity, kind="pronoun")
            ant = self._antecedent(token, want)
            if ant is None:
                return None
            c = ant.coded
            return Coded(c.code, c.country, c.sector, c.name, f"coref:pronoun->{ant.text}", person=c.person,
                         female=c.female, plural=c.plural, office=c.office, name_words=c.name_words, entity=c.entity,
                         kind="pronoun")
        # A lone name read as an organisation may be the surname of a person named earlier ("Meta was arrested"
        # after "Ilir Meta"): the person named in the article goes first.
        lone_org = (plain is not None and plain.entity is not None and plain.entity.kind == "org"
                    and [t.i for t in self.phrase_tokens(token) if t.pos_ != "DET"] == [token.i])
        if token.pos_ == "PROPN" and (plain is None or plain.why.startswith("title:") or lone_org) and token.text[:1].isupper():
            # A surname or first name of a person coded earlier ("Rubio" after "Marco Rubio").
            for e in reversed(self._history):
                if e.coded.person and low in e.coded.name_words and e.coded.kind != "pronoun":
                    c = e.coded
                    return Coded(c.code, c.country, c.sector, c.name, f"coref:surname->{c.name}", person=True,
                                 female=c.female, office=c.office, name_words=c.name_words, entity=c.entity,
                                 kind="coreference")
        if plain is not None and plain.kind == "nominal" and plain.person and (
            plain.entity is None or "context:" in plain.why
        ):
            # "the president" after "US President Donald Trump": the latest person with that office.
            dets = {c.text.lower() for c in token.children if c.dep_ == "det"}
            if dets & DEFINITE:
                for e in reversed(self._history):
                    c = e.coded
                    if c.person and c.name and c.office == plain.office and (plain.country in (None, c.country)
                                                                            or plain.why.count("context:")):
                        return Coded(c.code, c.country, c.sector, c.name, f"coref:title:{plain.office}->{c.name}",
                                     person=True, female=c.female, office=c.office, name_words=c.name_words,
                                     entity=c.entity, kind="coreference")
        if token.lower_ in PUBLICATION_BACK_WORDS and token.pos_ == "NOUN":
            outlet = self._publication_named_before(token)
            if outlet is not None:
                return outlet
        if (plain is not None and plain.kind == "nominal" and not plain.person and not plain.plural
                and plain.why.startswith("context:") and plain.sector not in STATE_SECTORS and plain.office
                and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in self._kids.get(token.i, NO_TOKENS))):
            # "Zarovian airline Skyco cuts flights to Ruritania. The airline says ...": the airline named before,
            # not one of the story's other country.
            sent = self._sent_of[token.i]
            for e in reversed(self._history):
                c = e.coded
                if e.end <= token.idx and sent - e.sent <= 2 and c.kind != "pronoun" and c.office == plain.office \
                        and c.sector == plain.sector and c.country and "context:" not in c.why:
                    return Coded(c.code, c.country, c.sector, c.name, f"coref:definite->{e.text}", office=c.office,
                                 entity=c.entity, kind="coreference")
        if (plain is not None and plain.kind == "nominal" and not plain.person and not plain.plural and plain.office
                and plain.sector in STATE_SECTORS and (plain.country is None or plain.why.startswith("context:"))):
            return self._body_named_before(token, plain)
        return None

    def _body_named_before(self, token: Token, plain: Coded) -> Coded | None:
        """"Zarovia's foreign ministry condemned the strike. The ministry said ...": a bare definite word for a
        state body ("the ministry", "the army") is the body of that word the last two sentences named with its
        country, not one of the country the story happens in."""
        kids = self._kids.get(token.i, NO_TOKENS)
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
            return None
        word = plain.office or ""
        sent = self._sent_of[token.i]
        for e in reversed(self._history):
            if sent - e.sent > 2:
                break
            c = e.coded
            if e.end > token.idx or c.kind == "pronoun" or c.person or c.country is None or "context:" in c.why:
                continue
            if c.sector == plain.sector and c.office and (c.office == word or c.office.endswith(" " + word)):
                return Coded(c.code, c.country, c.sector, c.name, f"coref:definite->{e.text}", office=c.office,
                             entity=c.entity, kind="coreference")
        return None

    def _publication_named_before(self, token: Token) -> Coded | None:
        """"The Daily Zarovia reports ... the paper says", "..., the authors recall": a bare definite word for a
        publication or its writers is the news outlet the article named last before it, within a few sentences (not the
        article's own outlet, which relays the story)."""
        kids = self._kids.get(token.i, NO_TOKENS)
        if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
            return None
        own = (self.article.outlet or "").lower()
        sent = self._sent_of[token.i]
        for e in reversed(self._history):
            if sent - e.sent > 4:
                break  # named long before: the story has most likely turned to another source since
            c = e.coded
            if e.end > token.idx or c.kind == "pronoun" or c.sector != "MED" or c.country is None or c.entity is None \
                    or c.entity.kind != "org" or (own and own in (e.text.lower(), (c.name or "").lower())):
                continue
            why = c.why if c.why.startswith("coref:publication->") else f"coref:publication->{e.text}"
            return Coded(c.code, c.country, c.sector, c.name, why, entity=c.entity, kind="coreference")
        return None

    # -- resolution ----------------------------------------------------------------------
    def _resolve(self, token: Token) -> tuple[ActorRef, str] | None:
        if token.pos_ == "PRON" and self._acronym_read_as_pronoun(token):
            coded = self._code_plain(token)  # "WHO experts": the organisation, not "who"
        else:
            plain = None if token.pos_ == "PRON" else self._code_plain(token)
            coded = self._coref(token, plain)
            if coded is None:
                coded = plain
            if coded is None and token.pos_ in ("PROPN", "NOUN") and 2 <= len(token.text) <= 6 and token.text.isupper() and (
                    token.text.isalpha() and self._history):
                coded = self._defined_acronym(token)
        coded = self._refined(token, coded)
        if coded is None or coded.code is None or self._family_name(token, coded):
            return None
        if token.tag_ in ("NNS", "NNPS") and coded.kind == "nominal":
            coded.plural = True  # "scientists" is no antecedent for "it"
        if coded.kind == "pronoun":
            start, end, text = token.idx, token.idx + len(token.text), token.text
        else:
            toks = self.phrase_tokens(token)
            whole = self._whole_spans.get(token.i)
            if whole is not None and coded.entity is not None and coded.why.startswith("kb:"):
                # "United" in "the United Nations General Assembly resolution", coded as the whole name: its text
                toks = self._toks[min(toks[0].i, whole[0]) : max(toks[-1].i + 1, whole[1])]
            toks = self._whole_names_at_edges(token, toks)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            text = self._text[start:end]
        # Kept in text order (after mentions starting at the same offset, as a stable sort would put it).
        bisect.insort(self._history, _Entry(coded, text, start, end, self._sent_of[token.i], token.dep_, token.i),
                      key=_entry_start)
        return coded.ref(text, start, end), coded.kind

    def _defined_acronym(self, token: Token) -> Coded | None:
        """The coding of the long form an acronym we do not know stands for, when the article spelt it out
        before: in brackets ("the Zarovian Border Agency (ZBA) detains two men. The ZBA says ...") or as a
        known body whose initials it is ("Zarovian Border Agency officers ... the ZBA"): the same body."""
        end = self._acronym_ends.get(token.text)
        if end is not None:
            if token.idx < end:
                return None
            long_form = next((e for e in reversed(self._history) if e.start < end <= e.end), None)
        else:
            long_form = next((e for e in reversed(self._history) if e.end <= token.idx and e.coded.name and (
                e.coded.why.startswith("kb:org:") or (e.coded.entity is not None and e.coded.entity.kind == "org"))
                and _initials(e.coded.name) == token.text), None)
        if long_form is None or long_form.coded.code is None:
            return None
        return replace(long_form.coded, why=f"acronym:{token.text} + {long_form.coded.why}", kind="entity")

    def _whole_names_at_edges(self, token: Token, toks: list[Token]) -> list[Token]:
        """`toks` widened to the whole name the recogniser found at either edge, so a mention never ends inside a name
        ("El" of "El-Obeid", "warships in the Sea" of "the Sea of Azov"); a name that runs on for more than a few words
        is left as the phrase has it, and so is a modifier of a bigger name ("U.S." in "the U.S. Securities and
        Exchange Commission office" is a mention of its own)."""
        lo, hi = toks[0].i, toks[-1].i + 1
        first, last = self._toks[lo], self._toks[hi - 1]
        if first.ent_iob_ == "I" and first.ent_type_ in NAME_ENTS:
            k = lo
            while k > 0 and self._toks[k].ent_iob_ == "I":
                k -= 1
            if lo - k <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in self._toks[k:lo]):
                lo = k
        if hi < len(self._toks) and self._toks[hi].ent_iob_ == "I" and last.ent_type_ in NAME_ENTS:
            k = hi
            while k < len(self._toks) and self._toks[k].ent_iob_ == "I":
                k += 1
            if k - hi <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in self._toks[hi:k]):
                hi = k
            while hi > toks[-1].i + 1 and self._toks[hi - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
                hi -= 1  # a name the recogniser ran on into "of" ("the Ministry of Justice of Russia"): not its "of"
        if (lo, hi) == (toks[0].i, toks[-1].i + 1):
            return toks
        if token.dep_ in MODIFIER_DEPS and token.head.i != token.i and not lo <= token.head.i < hi:
            return toks  # a modifier of a word past the name: its own mention ("U.S." of "the U.S. ... office")
        return list(self._toks[lo:hi])

    def _acronym_read_as_pronoun(self, token: Token) -> bool:
        """True for an all-capital acronym of a known body or country that the tagger takes for a
        pronoun ("WHO" for the World Health Organization, "US")."""
        text = token.text
        return (len(text) > 1 and text.isupper() and text.isalpha()
                and any(h.kind in ("org", "country") for h in self.kb.hits(text)))

    def _refined(self, token: Token, coded: Coded | None) -> Coded | None:
        """A phrase's code corrected by the words around it when the phrase alone says too little: people
        said to belong to a group, a title whose holder's name is placed, a title listed after a placed one,
        and a known organisation the parser split off its head."""
        if coded is None or (coded.entity is None and coded.kind == "nominal" and coded.sector in PEOPLE_SECTORS):
            coded = self._suspected_members(token) or coded
        if coded is None:
            return None
        if coded.country is None and coded.sector is not None and coded.kind == "nominal":
            coded = self._named_holder_country(token, coded) or coded
        if coded.person and (coded.why.startswith("context:") or (coded.country is None and coded.kind == "nominal")):
            coded = self._listed_with_titled(token, coded) or coded
        if (coded.why.startswith("context:") and coded.kind == "nominal" and token.ent_type_ == "ORG"
                and token.pos_ == "PROPN"):
            # "The Israel Air Force bombs ..." parsed with "bombs" as the head noun: the known organisation
            # the recogniser found, read whole, says whose rather than the story's country.
            contexts, in_sentence = self._contexts_for(token)
            coded = self._whole_entity(token, self.phrase_tokens(token), contexts, in_sentence) or coded
        return coded

    def _family_name(self, token: Token, coded: Coded) -> bool:
        """True when a known person's surname names a family ("the Hunt family killings", "the Bibas
        family"): the family is not that person."""
        nxt = token.i + 1
        return (coded.entity is not None and coded.entity.kind == "person" and nxt < len(self._toks)
                and self._toks[nxt].lower_ in FAMILY_WORDS and token.ent_iob_ != "I")

    def _listed_with_titled(self, token: Token, coded: Coded) -> Coded | None:
        """A titled person listed after another whose title says the country ("Japanese trade minister
        X and finance minister Y"): the list shares that country, instead of the
        story's; None when the first names no country by a demonym or a country name."""
        if token.dep_ != "conj":
            return None
        first = self._toks[self._head_i[token.i]]
        if first.i >= token.i or first.pos_ not in ("NOUN", "PROPN"):
            return None
        got = self._code_plain(first)
        if got is None or got.country is None or not got.why.startswith(("demonym:", "country:")) or not got.person:
            return None
        return replace(coded, code=make_code(got.country, coded.sector), country=got.country,
                       why=f"{coded.why} + listed with:{got.why}")

    def _named_holder_country(self, token: Token, coded: Coded) -> Coded | None:
        """A title or occupation headed by itself with the holder's name in apposition ("former deputy
        prime minister Top Bahadur Rayamajhi", "footballer Omar Bravo"): the phrase says whose only
        through the name, so the country the name is placed in (the sentence's place or a demonym) is
        the title's; None when the name is placed nowhere."""
        if coded.plural:
            return None
        for name in self._kids.get(token.i, NO_TOKENS):
            if name.dep_ != "appos" or name.ent_type_ != "PERSON" or name.i < token.i:
                continue
            got = self._code_plain(name)
            if got is not None and got.country is not None and got.sector == "CVL" and got.person:
                return replace(coded, code=make_code(got.country, coded.sector), country=got.country,
                               why=f"{coded.why} + named:{got.why}")
        return None

    def _suspected_members(self, token: Token) -> Coded | None:
        """People said to belong to a group ("40 people suspected of being members of Boko Haram",
        "three men accused of belonging to al-Shabaab") are coded as that group, as its members are;
        None when no known organisation is named so."""
        for clause in self._kids.get(token.i, NO_TOKENS):
            if clause.dep_ not in ("acl", "relcl") or clause.lemma_ not in SUSPECT_LEMMAS:
                continue
            for t in clause.subtree:
                if t.lower_ in ("member", "members") or (t.dep_ == "pobj" and t.head.head.lemma_ == "belong"):
                    got = self._code_plain(t)
                    if got is not None and got.entity is not None and got.entity.kind == "org":
                        return replace(got, why=f"{got.why} + suspected members", plural=True)
        return None

    def _inside_bigger_actor(self, token: Token) -> bool:
        """True when an ancestor's coded phrase already contains the token ("US" in "US President Trump")."""
        a = token
        for _ in range(5):
            h = self._head_i[a.i]
            if h == a.i:
                return False
            a = self._toks[h]
            if a.pos_ not in CANDIDATE_POS:
                if a.dep_ != "prep" and not (a.lower_ in _SPONSOR_WORDS and a.dep_ == "amod"):
                    return False
                continue
            members = self._phrase_sets.get(a.i)
            if members is None:
                members = self._phrase_sets[a.i] = frozenset(t.i for t in self.phrase_tokens(a))
            if token.i in members and self._code_plain(a) is not None:
                return True
        return False

    def _walk(self) -> None:
        # Only nouns, pronouns and adjectives may be mentions: the rest are skipped on the parse's array of
        # part-of-speech ids, without reading each token's strings.
        strings = self.doc.vocab.strings
        maybe = {strings[p] for p in (*CANDIDATE_POS, "ADJ")}
        for token, p in zip(self._toks, self._pos, strict=True):
            if p not in maybe:
                continue
            if token.text.lower() in HONORIFICS:
                continue
            if token.pos_ not in CANDIDATE_POS and not (
                # "the Asean summit": the tagger reads a title-case acronym as an adjective
                token.pos_ == "ADJ" and token.text[:1].isupper() and any(h.kind == "org" for h in self.kb.hits(token.text))
            ):
                continue
            # The cheap tests first: `_inside_bigger_actor` codes the phrases of the token's heads.
            whole = self._and_names.get(token.i)
            if whole is not None and token.i != whole[0]:
                continue  # "Caicos" in "Turks and Caicos": coded with the name's first word
            if token.dep_ in ("compound", "amod") and token.pos_ == "NOUN":
                continue  # "business opportunities", "police station": a modifier, not a mention
            if token.dep_ == "compound" and self._head_i[token.i] > token.i and self._toks[self._head_i[token.i]].pos_ == "PROPN":
                continue  # "New York" in "The New York Times": part of a name we cannot code
            if token.ent_type_ in SKIP_ENTS:
                continue
            if self._inside_bigger_actor(token) or self._sponsored_after_dash(token) is not None:
                continue
            try:
                got = self._resolve(token)
            except Exception as exc:  # one odd parse must not lose the article's other actors
                self.errors.append(f"token {token.i} {token.text!r}: {type(exc).__name__}: {exc}")
                got = None
            self._cache[token.i] = got[0] if got else None
            if got is not None:
                ref, kind = got
                self.mentions.append(ActorMention(actor=ref, sentence_index=self._sent_of[token.i], kind=kind))

    # -- public --------------------------------------------------------------------------
    def actor_at(self, token: Token) -> ActorRef | None:
        """The actor named by the noun phrase headed by `token` (with that phrase's text and offsets)."""
        sponsored = self._sponsored_after_dash(token)
        if sponsored is not None:
            # "Iran\u2013backed militias" parsed with the name as the head: the militias, not their sponsor.
            return self.actor_at(sponsored)
        if token.i in self._cache:
            cached = self._cache[token.i]
            if token.pos_ == "PROPN" and token.dep_ != "appos" and (
                    cached is None or ("kb:" not in (cached.why or "") and "agent:" in (cached.why or ""))):
                # "the National Liberation Army (ELN)": the bracketed acronym says which body it is.
                cached = self._cache[token.i] = self._bracketed_acronym(token) or cached
            return cached
        whole = self._and_names.get(token.i)
        if whole is not None and token.i != whole[0]:
            return self.actor_at(self._toks[whole[0]])  # "Caicos" in "Turks and Caicos": the whole name
        if (token.pos_ == "PROPN" and token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i
                and token.text[:1].isupper() and self.kb.hits(token.text)
                and all(h.kind == "agent" and h.agent is not None and not (h.agent.person or h.agent.title)
                        for h in self.kb.hits(token.text))):
            # "People" in "People Power Party": a common word inside a name we read as a whole.
            self._cache[token.i] = None
            return None
        if (token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.i > token.i
                and token.head.ent_type_ == "PERSON" and all(t.dep_ == "compound" for t in self._toks[token.i : token.head.i])
                and any(a.title and a.person for a in self._agent_senses(token))):
            # "president" in "check president Donald Trump's power": a title before a name is that
            # person, not another holder of the office.
            got = self._cache[token.i] = self.actor_at(token.head)
            return got
        if token.dep_ == "compound" and token.pos_ == "NOUN" and token.head.i == token.i + 1 and self._word_of_other_agent(token):
            # "fighter" in "fighter jets": the first word of a two-word agent whose own sense differs
            # (a militant, not a warplane) answers for the whole agent.
            got = self._cache[token.i] = self.actor_at(token.head)
            return got
        if (token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.pos_ == "NOUN"
                and not self._is_agentish(token.head) and self._is_agentish(token)
                and not self._military_act_modifier(token)
                # "Israel's military campaign": with an owner, the adjective stands for the owner's forces.
                and not any(c.dep_ in ("poss", "compound", "nmod") or (c.dep_ == "amod" and c.pos_ == "PROPN")
                            for c in token.head.children if c.i < token.i)):
            # "a military offensive", "police brutality": an agent word used as an adjective of a thing
            # or an act describes it; it names no actor.
            self._cache[token.i] = None
            return None
        unit = self._named_unit_of(token)
        if unit is not None:
            got = self.actor_at(unit)
            if got is not None:
                self._cache[token.i] = got
                return got
        if token.pos_ not in CANDIDATE_POS and not self._is_agentish(token):
            # Adjectives like "Russian" in "Russian troops" answer for their head noun.
            self._cache[token.i] = None
            plain = self._code_plain(token)
            if plain is None:
                return None
        got = self._resolve_late(token)
        if token.pos_ == "PROPN" and (got is None or ("kb:" not in (got.why or "") and "agent:" in (got.why or ""))):
            # "the National Liberation Army (ELN)": a known acronym in brackets says which body the long
            # form we read only by its agent word ("Army") is.
            got = self._bracketed_acronym(token) or got
        self._cache[token.i] = got
        return got

    def _sponsored_after_dash(self, token: Token) -> Token | None:
        """The noun a name sponsors when a dash other than the hyphen joins them ("Iran\u2013backed
        militias"): the parser, taking the dash for a break, makes the name the head; else None."""
        if not self._odd_dash:
            return None  # no such dash in the article (most have none)
        i = token.i
        if token.whitespace_ or i + 3 >= len(self._toks) or not _ODD_DASH_RE.fullmatch(self._toks[i + 1].text):
            return None
        suffix = self._toks[i + 2]
        if self._toks[i + 1].whitespace_ or suffix.lower_ not in AFFILIATION_SUFFIXES:
            return None
        noun = suffix.head
        return noun if noun.i > suffix.i and noun.pos_ in ("NOUN", "PROPN") and self._is_agentish(noun) else None

    def _named_unit_of(self, token: Token) -> Token | None:
        """The agent word right after the state word `token` when both describe a thing or an act ("a Mexican
        Army operation", "an Israeli police raid"): the state's body acts, so the agent word answers for
        `token`; else None."""
        if token.dep_ not in ("compound", "amod") or token.pos_ not in ("PROPN", "ADJ") or token.i + 1 >= len(self._toks):
            return None
        nxt = self._toks[token.i + 1]
        if (nxt.dep_ not in ("compound", "amod") or nxt.pos_ not in ("NOUN", "PROPN") or nxt.head.i <= nxt.i
                or token.head.i not in (nxt.i, nxt.head.i)):
            return None
        if nxt.head.pos_ != "NOUN" or self._is_agentish(nxt.head) or not self._is_agentish(nxt):
            return None
        if self._toks[nxt.i + 1].text == "-" or any(a.title or a.person for a in self._agent_senses(nxt)):
            return None  # "U.S. president-elect Donald Trump": a title, not a body
        plain = self._code_plain(token)
        if (plain is None or plain.entity is not None or not plain.why.startswith(("demonym:", "country:"))
                or "agent:" in plain.why or "military act:" in plain.why):
            return None
        got = self._code_plain(nxt)
        return nxt if got is not None and got.country == plain.country and got.sector is not None else None

    def _bracketed_acronym(self, token: Token) -> ActorRef | None:
        """The organisation a bracketed acronym after a name we cannot read names: "the National
        Liberation Army (ELN)" is the ELN (the long form alone is shared by several groups)."""
        for c in token.children:
            if (c.dep_ == "appos" and c.i > token.i and c.i + 1 < len(self._toks) and c.i >= 1
                    and self._toks[c.i - 1].text == "(" and self._toks[c.i + 1].text == ")"
                    and c.text[:1].isupper() and any(h.kind == "org" for h in self.kb.hits(c.text))):
                return self.actor_at(c)
        return None

    def _resolve_late(self, token: Token) -> ActorRef | None:
        # Only mentions before the token count for coreference, as during the walk.
        saved = self._history
        # The history is in text order and a mention ends after it starts: only those starting before the token may.
        before = bisect.bisect_left(saved, token.idx, key=_entry_start)
        self._history = [e for e in saved[:before] if e.end <= token.idx]
        try:
            got = self._resolve(token)
        finally:
            self._history = saved
        return got[0] if got else None

    def actors_at(self, token: Token) -> list[ActorRef]:
        """All actors the phrase headed by `token` names: one per coordinated owner ("Armenian and
        Azerbaijani forces", "the ministers of India and Pakistan"), else `[actor_at(token)]`."""
        main = self.actor_at(token)
        out = [main] if main is not None else []
        if token.pos_ not in ("NOUN", "PROPN"):
            return out
        joined = self._joined_people(token)
        if joined:
            return joined
        groups: list[list[Token]] = []
        for c in token.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss") and c.i < token.i:
                groups.append([c, *(g for g in c.conjuncts if g.i < token.i)])
            elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
                groups += [[p, *p.conjuncts] for p in c.children if p.dep_ == "pobj"]
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == "including" and c.i > token.i:
                # "six men, including two Tunisians, one Libyan and one Iraqi": the nationals named
                # are actors too (each counted people of a nation, coded as its civilians).
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    for m in (p, *p.conjuncts):
                        got = self.actor_at(m)
                        if (got is not None and got.why is not None and got.why.endswith("+ counted")
                                and all(got.code != o.code for o in out)):
                            out.append(got)
        # "the president of Bosnia and Herzegovina": a name with "and" is one owner, not two
        groups = [[t for t in g if self._and_names.get(t.i, (t.i,))[0] == t.i] for g in groups]
        groups = [g for g in groups if len(g) > 1 and all(t.pos_ in ("ADJ", "PROPN") for t in g)]
        # "a man from Newcastle, New South Wales, Australia": one place named by a chain, not several owners.
        groups = [g for g in groups if not (any(h.kind == "place" for h in self.kb.hits(g[0].text))
                                            and self._comma_chain_country(g[0]) is not None)]
        if not groups:
            return out
        phrase = self.phrase_tokens(token)
        grouped = {t.i for g in groups for m in g for t in _own_subtree(m)}
        base = [t for t in phrase if t.i not in grouped]
        contexts, in_sentence = self._contexts_for(token)
        seen = {(main.country, main.sector)} if main is not None else set()
        for g in groups:
            for m in g:
                own = _own_subtree(m)
                toks = sorted([*base, *own], key=lambda t: t.i)
                words = self._words(toks)
                head = next(k for k, w in enumerate(words) if w.start == token.idx)
                coded = code_words(self.kb, words, head, self.date, contexts, in_sentence)
                if coded is None or coded.code is None or (coded.country, coded.sector) in seen:
                    continue
                seen.add((coded.country, coded.sector))
                start, end = own[0].idx, own[-1].idx + len(own[-1].text)
                out.append(coded.ref(self._text[start:end], start, end))
        if main is not None and len(out) > 1 and main.country is None:
            out.remove(main)  # "forces" with no owner of its own: the conjuncts' actors replace it
        return out

    def _joined_people(self, token: Token) -> list[ActorRef]:
        """"Iranian Foreign Minister A and Pakistani Foreign Minister B": two titled people joined by "and" in one
        run of names, which the small parser often reads as one name (hanging one title on the other person). When
        the run splits at its one "and" into two parts that each name a single person, of two different countries,
        both are actors; otherwise (a name with "and" in it, one person, or two of one country) nothing."""
        toks = list(token.subtree)
        ands = [k for k, t in enumerate(toks) if t.lower_ == "and" and t.dep_ == "cc"]
        if len(ands) != 1 or len(toks) < 5 or any(
                t.pos_ not in ("PROPN", "ADJ", "CCONJ") and t.text != "-" for t in toks):
            return []
        parts = [toks[: ands[0]], toks[ands[0] + 1 :]]
        if any(len(part) < 2 or part[0].i in self._and_names for part in parts):
            return []
        contexts, in_sentence = self._contexts_for(token)
        out: list[ActorRef] = []
        for part in parts:
            words = self._words(part)
            last = part[-1]
            head = next((k for k, w in enumerate(words) if w.start == last.idx), len(words) - 1)
            coded = code_words(self.kb, words, head, self.date, contexts, in_sentence)
            if coded is None or coded.code is None or not coded.person or not coded.country:
                return []
            start, end = part[0].idx, last.idx + len(last.text)
            out.append(coded.ref(self._text[start:end], start, end))
        return out if out[0].country != out[1].country else []

    def actors_in(self, span: Span | Iterable[Token]) -> list[ActorRef]:
        """Actor mentions (from `mentions`) whose text lies inside the span or token range."""
        toks = list(span)
        if not toks:
            return []
        lo, hi = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        return [m.actor for m in self.mentions if lo <= m.actor.start and m.actor.end <= hi]


#: Words of a coast: a country named as the coast something is off is a place at sea.
COAST_WORDS = frozenset({"coast", "coasts", "coastline", "shore", "shores", "waters"})


def _initials(name: str) -> str:
    """The capitals of a name's words ("Zarovian Border Agency" -> "ZBA"); particles add nothing."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _off_coast(root: Token) -> bool:
    """True when `root` names the coast something is off ("off the coast of Oman", "off Yemen's coast",
    "off Oman")."""
    if root.dep_ == "pobj" and root.head.lower_ == "off":
        return True
    coast = root.head if (root.dep_ == "poss" or (root.dep_ == "pobj" and root.head.lower_ == "of")) else None
    if coast is not None and coast.lower_ == "of":
        coast = coast.head
    return coast is not None and coast.lower_ in COAST_WORDS and coast.dep_ == "pobj" and coast.head.lower_ == "off"


def _own_subtree(token: Token) -> list[Token]:
    """The token's subtree without its conjuncts ("South Korean" out of "Japanese and South Korean")."""
    drop: set[int] = set()
    for c in token.children:
        if c.dep_ in ("conj", "cc") or (c.dep_ == "punct" and c.text == ","):
            drop.update(t.i for t in c.subtree)
    return [t for t in token.subtree if t.i not in drop]


def _relative_clause_head(token: Token) -> Token | None:
    """The noun a relative clause modifies when `token` sits inside one ("allies, who say they ...")."""
    t = token
    for _ in range(8):
        if t.head.i == t.i:
            return None
        if t.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS
                                     for c in t.children):
            return t.head if t.head.pos_ in ("NOUN", "PROPN") else None
        t = t.head
    return None


def _expletive_it(token: Token) -> bool:
    """'It is noted that...', 'it seems': an 'it' that refers to nothing."""
    h = token.head
    return any(c.dep_ in ("ccomp", "xcomp") and c.i > h.i for c in h.children) and h.lemma_ in (
        "be", "seem", "appear", "note", "report", "say", "believe", "expect", "know", "understand", "claim", "add",
    )


def resolve_text(text: str, date: str | None = None, kb: KnowledgeBase | None = None) -> ActorRef:
    """Code the main noun phrase of `text` (parsed with the pinned pipeline); why says how."""
    from eventwire.nlp import load_pipeline

    kb = kb if kb is not None else load_knowledge_base()
    doc = load_pipeline()(text)
    article = Article(id="resolve", text=text, date=date)
    actors = ArticleActors(doc, article, kb)
    head = _main_head(doc)
    ref = actors.actor_at(head) if head is not None else None
    if _verb_read_noun(doc, kb):
        # "Puntland forces", "Somali troops" alone: the tagger reads the last noun as a verb
        # ("X forces ...") and the subject as the head; a mention is a noun phrase, so code its words.
        looked = kb.lookup(text, date)
        if looked is not None:
            ref = ActorRef(text, 0, len(text), looked.code, looked.country, looked.sector, looked.name, looked.why)
    if ref is None and head is None:
        # No noun at all (a parse of a lone name can fail): fall back to matching the words.
        ref = kb.lookup(text, date)
        if ref is not None:
            ref = ActorRef(text, 0, len(text), ref.code, ref.country, ref.sector, ref.name, ref.why)
    if ref is None:
        return ActorRef(text=text, start=0, end=len(text), code=None, why="no actor found")
    return ref


def _verb_read_noun(doc: Doc, kb: KnowledgeBase) -> bool:
    """True when the text ends in an agent word parsed as the root verb ("Puntland forces")."""
    words = [t for t in doc if not t.is_punct]
    if len(words) < 2:
        return False
    last = words[-1]
    return last.dep_ == "ROOT" and last.pos_ in ("VERB", "AUX") and any(
        h.kind == "agent" for h in kb.hits(last.text, lower_case_text=last.text.islower()))


def _main_head(doc: Doc) -> Token | None:
    """The head of the main noun phrase: the root if nominal, else its subject, else any noun."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return None
    root = roots[0]
    if root.pos_ in CANDIDATE_POS:
        return root
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in CANDIDATE_POS:
            return c
    nouns = [t for t in doc if t.pos_ in CANDIDATE_POS]
    return nouns[-1] if nouns else None


#: Nouns of a frontier between two states.
BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary"})
#: Prepositions that put something beside a frontier ("near the border with X"; not "troops massed on the border with
#: X", where X is whom the act is aimed at).
AT_BORDER_PREPS = frozenset({"near", "along", "by", "close"})


def _across_border(tok: Token) -> bool:
    """True when `tok` is the country across a frontier from where something happens ("clashes near the border
    with Zarovia", "a village along the frontier with Kelmia"): the other side, neither whose nor what is hit.
    Not a border that is itself acted on ("closed its border with Zarovia")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "with":
        return False
    border = prep.head
    return (border.lemma_.lower() in BORDER_WORDS and border.dep_ == "pobj"
            and border.head.lower_ in AT_BORDER_PREPS)

