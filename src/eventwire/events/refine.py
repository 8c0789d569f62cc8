"""Context refinements of a coded frame: who attacks whom (assault 18x vs force 19x, mass killing, raids),
occupation, riots, trade sanctions, verbal attacks, weapons and victims, and acts named only as suspicions or charges.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from eventwire.actors.phrase import STATE_SECTORS as ACTOR_STATE_SECTORS
from eventwire.events.common import (
    ABDUCT_VERBS,
    ALLEGED_ADVERBS,
    ARMED_SECTORS,
    CHARGE_WORDS,
    CROWD_NOUNS,
    DENY_VERBS,
    FIGHTING_WORDS,
    LEGAL_WORDS,
    LEMMA_FIXES,
    OBJ_DEPS,
    PROTESTER_WORDS,
    REPORT_NOUNS,
    SPEECH_OBJECTS,
    TAKE_VERBS,
    TERRITORY_WORDS,
    TRADE_WORDS,
    TRAVELLING_THINGS,
    VERBAL_ATTACK_VERBS,
    Frame,
)
from eventwire.nlp import sent_tokens, token_children
from eventwire.records import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Prefixes that the tokenizer splits off a verb with their hyphen ("re-closed" -> "re", "-", "closed").
HYPHEN_PREFIXES = frozenset(["re", "co", "pre"])
#: Nouns of a part taken in an act: "for his role in the killing" names the act through them.
ROLE_NOUNS = frozenset(["role", "involvement", "part", "participation", "complicity", "hand"])
#: Nouns of a person held for an act: the act after their "in"/"of" is the charge ("the suspect in the 2022 killings",
#: "the perpetrator of the Hunt family killings, pleads guilty"), told by the procedure, not a new act.
SUSPECT_NOUNS = frozenset(["suspect", "perpetrator", "accused", "defendant", "culprit"])
#: Nouns of a secret plan: the act in their infinitive ("a plot to kill", "a conspiracy to overthrow") was not done.
PLOT_NOUNS = frozenset(["plot", "scheme", "conspiracy", "plotting", "ploy"])


#: Participles that tell the toll of a blow ("..., killing 27"): after an accusation, the toll of the act charged.
TOLL_PARTICIPLES = frozenset(["kill", "injure", "wound", "destroy", "damage", "displace"])


def _alleged(tok: Token, temporal: bool = True) -> bool:
    """An act named as a suspicion or a charge: 'a man suspected of attacking', 'allegations of torturing
    prisoners', 'sentenced for embezzling', 'on charges of carrying out attacks', 'for allegedly sharing data'."""
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ in HYPHEN_PREFIXES \
            and tok.doc[tok.i - 2].pos_ in ("VERB", "AUX") and _alleged(tok.doc[tok.i - 2]):
        return True  # "denies claims that the army has re-opened the border": the tokenizer splits "re-", and the parser
        # hangs the clause on "re", the verb elsewhere
    if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("alleged", "purported") for c in token_children(tok)) and (
            any(c.dep_ == "poss" for c in token_children(tok)) or any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.subtree)):
        # "after the alleged rape of a girl by a migrant" (the parser may hang the "by" on the victim): an act alleged of
        # someone is an allegation ("an alleged assassination attempt on the president", with no one named, is the attempt)
        return True
    if _sentenced_for(tok):
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") \
            and tok.head.head.lemma_.lower() in SUSPECT_NOUNS:
        return True  # "the suspect in the 2022 killings of four students pleads guilty"
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and _charged_in(tok.head.head) \
            and (tok.lemma_.lower() in CHARGED_ACT_NOUNS or any(c.dep_ == "prep" and c.lower_ == "of" for c in token_children(tok))):
        return True  # "police arrest two men in the murder of a reporter", "charged in the killing of X": the charge
    if tok.dep_ == "conj" and tok.tag_ in ("VBZ", "VBD") and tok.head.tag_ == "VBG" and tok.head.dep_ == "pcomp" \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(tok)):
        return False  # "accuses India of sponsoring terrorism and expels two diplomats": a finite verb is the clause's own act
    t = tok
    for _ in range(5):
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in ("allege", "accuse"):
            return True  # "two women allege that he abused them": what an allegation says
        if t.dep_ in ("acl", "ccomp") and (t.head.lemma_.lower() in REPORT_NOUNS or t.head.lower_.rstrip("s") in REPORT_NOUNS) \
                and (t.head.head.lemma_.lower() in DENY_VERBS or any(
                    c.dep_ == "nsubj" and c.lower_.rstrip("s") in DENY_VERBS for c in token_children(t.head))):
            # "rejects reports that Iran has closed the strait" (also misparsed with "rejects" as the subject of
            # "reports"): what is denied is not coded as done
            return True
        if t.dep_ == "acl" and t.head.lemma_.lower() in PLOT_NOUNS and (t.tag_ == "VBG" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t))):
            # "the alleged plot to kill the president", "a scheme to smuggle arms", "bomb plots targeting hospitals":
            # planned, not done
            return True
        if t.dep_ == "advcl" and t.i >= 2 and t.doc[t.i - 1].lower_ == "to" and t.doc[t.i - 2].lemma_.lower() in PLOT_NOUNS \
                and t.doc[t.i - 2].head.i == t.head.i:
            return True  # "foiled a plot to bomb the embassy": the parser hangs the plot's infinitive on the verb
        if temporal and t.dep_ == "advcl" and (t.head.pos_ in ("VERB", "AUX") or t.head.dep_ == "ROOT") and any(
                c.dep_ == "mark" and c.lower_ in ("after", "for") for c in token_children(t)) and (
                LEMMA_FIXES.get(t.head.lower_, t.head.lemma_.lower()) in LEGAL_WORDS | CHARGE_WORDS) and not any(
                c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in SUSPECT_NOUNS for c in token_children(t)):
            # (a clause whose subject is a named deed or doer of its own, "after an ambush kills eleven officers", "after
            # gunmen killed two guards", tells an event of its own, coded; "after he stabbed a guard" is the reason)
            # "indicted Yoon for abuse of authority after he declared martial law", "arrested after he stabbed a guard":
            # the deed a procedure answers, told in its clause, is the procedure's reason (rule 18; `temporal=False`
            # for statements and threats, public acts on their own: "detained him after he called for a strike")
            return True
        if t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token_children(t)):
            if t.head.tag_ == "VBG" and t.head.dep_ == "pcomp" and (
                    t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t))):
                # "accuse Ukraine of shelling a market, killing six", "of recruiting teenagers to fight": the toll and the
                # aim of the act charged are charged too
                t = t.head
                continue
            if t.head.lemma_.lower() in ("accuse", "allege") and (
                    any(c.dep_ == "aux" and c.lower_ == "to" for c in token_children(t))
                    or (t.tag_ == "VBG" and t.lemma_.lower() in TOLL_PARTICIPLES)) \
                    and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < t.i for h in (
                        t.head, *(o for o in token_children(t.head) if o.dep_ == "dobj")) for c in token_children(h)):
                # "accuses the UAE of training mercenaries to fight in Sudan", "accuses X of an airstrike inside Colombia,
                # killing 27" (the parser hangs the aim or the toll on the verb of accusing): part of the act charged
                return True
        # "executed for an arson attack that killed five": a relative clause on the charged act says what it did (a
        # clause on a person, "militants whom it alleges ...", is no act charged)
        act_clause = t.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in token_children(t))
        if (t.dep_ not in ("pcomp", "pobj", "conj", "xcomp") and not act_clause) or t.head == t:
            return False
        if t.dep_ in ("conj", "xcomp", "relcl"):
            t = t.head  # "for murdering ten patients and attempting to murder 27 others"
            continue
        if any(c.dep_ == "advmod" and c.lower_ in ALLEGED_ADVERBS for c in token_children(t)):
            return True  # "arrested for allegedly sharing data", "over his allegedly taking bribes"
        prep = t.head
        if prep.lower_ == "in" and prep.head.lemma_.lower() in ROLE_NOUNS and prep.head.dep_ in ("pobj", "dobj"):
            if any(c.dep_ == "amod" and c.lower_ in ("alleged", "suspected", "purported") for c in token_children(prep.head)):
                return True  # "sanctioned two firms for their alleged roles in hacking telecoms"
            t = prep.head  # "sentenced for his role in the killing": the role is what the procedure is for
            continue
        if prep.lower_ not in ("of", "with", "for", "over") or prep.head == prep:
            return False
        head = prep.head
        if head.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("NOUN", "PROPN", "PRON") and head.head.pos_ in ("VERB", "AUX"):
            # "convicted Bolsonaro of threatening officials", "executed a man for an arson attack": the parser hangs the
            # charge on the person; the verb of the procedure is the object's head
            up = head.head
            up_lemma = LEMMA_FIXES.get(up.lower_, up.lemma_.lower())
            if up_lemma in LEGAL_WORDS or up_lemma in CHARGE_WORDS:
                head = up
        lemma = LEMMA_FIXES.get(head.lower_, head.lemma_.lower())
        if prep.lower_ != "over" and (lemma in CHARGE_WORDS or head.lower_ in CHARGE_WORDS):
            return True
        if (lemma in LEGAL_WORDS or head.lower_ in LEGAL_WORDS) and (prep.lower_ != "with" or lemma in ("charge", "indict")):
            return True  # not "detained them, with prosecutors opening an investigation": a circumstance
        if lemma == "guilty" and head.head.lemma_.lower() in ("find", "plead", "declare", "prove", "convict"):
            return True  # a verdict: "were found guilty of raping a tourist" (a finding by others, "are guilty of", stays)
        if head.pos_ in ("VERB", "AUX") and any(
                (c.dep_ in ("dobj", "obj", "nsubjpass") and c.lemma_.lower() in LEGAL_WORDS)
                or (c.dep_ in ("oprd", "acomp", "ccomp") and c.lemma_.lower() == "guilty") for c in token_children(head)):
            return True  # "files a lawsuit against India for violating", "brings charges against him for"
        if head.pos_ == "NOUN" and head.dep_ == "pobj":
            t = head  # "on charges of spying" reaches "charges" directly; "over the killing of" goes on up
            continue
        return False
    return False


def _sentenced_for(tok: Token) -> bool:
    """The gerund after "for" that a verb of legal procedure governs through nouns and prepositions: "sentenced her to
    30 years without parole for ramming a van into a market" (the parser hangs "for" on a noun of the
    sentence; the deed is still the reason of the sentence)."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return False
    a = tok.head.head
    for _ in range(6):
        if a.pos_ in ("VERB", "AUX"):
            return LEMMA_FIXES.get(a.lower_, a.lemma_.lower()) in LEGAL_WORDS | CHARGE_WORDS
        if a.dep_ not in ("pobj", "prep") or a.head.i == a.i:
            return False
        a = a.head
    return False


def _is_mass(tok: Token) -> bool:
    """'hundreds of civilians', 'more than 120 villagers', '1,500 people': a hundred or more."""
    words = [tok, *[c for c in token_children(tok) if c.dep_ in ("nummod", "quantmod")]]
    for c in token_children(tok):
        if c.dep_ == "nummod":
            mods = [g for g in token_children(c) if g.dep_ in ("quantmod", "compound")]
            # "the toll rises to 212 as four more are killed": a count before a misread "as" is the toll's, not theirs
            cut = max((g.i for g in mods if g.lower_ in ("as", "after", "when")), default=-1)
            words += [g for g in mods if g.i > cut]
    for w in words:
        low = w.lower_.replace(",", "")
        if low in ("hundreds", "thousands", "hundred", "thousand", "millions") or (low.isdigit() and int(low) >= 100):
            return True
    return tok.lower_ in ("hundreds", "thousands", "dozens") and tok.lower_ != "dozens"


#: Verbs of killing and wounding one person by another: coded by who is hit and who hits (see `_violence_code`).
PERSONAL_VIOLENCE_VERBS = frozenset(["kill", "shoot", "gun", "stab", "murder", "attack", "ambush", "behead", "execute", "beat", "lynch", "hack",
                                     "injure", "wound"])
#: Targets under arms, and their posts: attacks on them are fighting (19x), not assault ("attacked an army post").
#: The armed people who fight (`common.FIGHTING_WORDS`), with other names of armed men and the posts they hold.
ARMED_TARGET_WORDS = FIGHTING_WORDS | {"insurgent", "militiaman", "jihadist", "personnel", "policeman", "serviceman",
                                      "servicemember", "guard", "military", "base", "post", "outpost", "checkpoint",
                                      "barracks", "garrison", "convoy", "patrol"}
#: Sectors of the sides of a war: fighting between them is conventional force (19x). The armed bodies
#: (`common.ARMED_SECTORS`) but police and spies, by design: a killing of police or of spies is coded by who did it
#: (outlaws who kill officers assault them, 18x), while a blow at police is still one at armed people
#: (`_armed_target`: a civilian who shoots at police uses force, 19x).
WAR_SECTORS = ARMED_SECTORS - {"COP", "SPY"}
#: Sectors of the state's forces and government: the sectors of a state's bodies (`actors.phrase.STATE_SECTORS`) but its
#: legislature and courts, which command no force: who acts for the state in a blow.
STATE_SECTORS = ACTOR_STATE_SECTORS - {"LEG", "JUD"}
#: Sectors of non-state armed actors: their violence against the unarmed is unconventional (18x).
NONSTATE_ARMED = frozenset({"REB", "UAF", "CRM", "RAD"})


#: Sectors of people without arms of war: what they do to others with a knife, a gun or a car is an assault (18x),
#: never conventional military force (19x).
UNARMED_SECTORS = frozenset({"CVL", "EDU", "LAB", "BUS", "MED", "HLH", "REF", "REL", "AGR"})
#: Sectors whose members strike by stopping work (a "strike" they begin is a labour strike, 143).
WORKER_SECTORS = frozenset({"LAB", "HLH", "EDU", "AGR"})
#: Words for civilians hit by a blow: "killed three villagers", "an attack on worshippers".
CIVILIAN_WORDS = frozenset(["civilian", "villager", "worshipper", "passenger", "student", "child", "woman", "journalist",
                            "activist", "farmer", "resident", "pilgrim", "teacher", "worker", "tourist"])
#: Words for unarmed people fired on: "opened fire on civilians", "shot at a crowd of villagers".
UNARMED_PEOPLE = CIVILIAN_WORDS | {"people", "bystander", "shopper", "family", "boy", "girl", "teenager", "man"}
#: Nouns of unnamed attackers outside any state: "gunmen", "kidnappers".
NONSTATE_ATTACKER_WORDS = frozenset(["gunman", "assailant", "attacker", "militant", "jihadist", "insurgent", "bandit",
                                     "terrorist", "kidnapper", "rebel", "fighter", "abductor"])


def _nonstate_source(f: Frame, sources: Sequence[ActorRef]) -> bool:
    """The doer is an armed group outside the state (rebels, militants, gangs, unknown gunmen), by its code or, when
    none is coded, by the word naming it."""
    if any(s.sector in NONSTATE_ARMED for s in sources if s.code):
        return True
    return not any(s.code for s in sources) and any(s.lemma_.lower() in NONSTATE_ATTACKER_WORDS for s in f.sources)


#: Verbs of the killing told with a storming: "stormed a church, killing the priest".
STORM_KILL_VERBS = frozenset(["kill", "murder", "massacre", "behead", "slaughter", "execute"])
#: Nouns of an attack that its doer's kind may modify: "a militant attack", "an insurgent ambush".
OUTLAW_BLOW_NOUNS = frozenset(["attack", "assault", "ambush", "raid", "massacre"])
#: Modifiers of such a noun that name outlaws or a gunman's manner: "a militant attack", "a shooting attack".
OUTLAW_BLOW_MODIFIERS = NONSTATE_ATTACKER_WORDS | {"shooting"}


def _outlaw_blow(f: Frame) -> bool:
    """The attack named is told by the kind of its doers, outlaws with no name ("eight farmers are killed in a rebel
    attack", "an insurgent ambush on a bus kills six"), or as a gunman's shooting ("killed in a shooting attack on a
    bus"): the blow is theirs though no actor is coded for it."""
    return any(c.dep_ in ("amod", "compound", "nmod") and (c.lemma_.lower() in OUTLAW_BLOW_MODIFIERS
                                                          or c.lower_ in OUTLAW_BLOW_MODIFIERS)
               for t in f.trigger if t.lemma_.lower() in OUTLAW_BLOW_NOUNS for c in token_children(t))


def _is_state(ref: ActorRef) -> bool:
    """A state actor: a government, army, police or spy agency, or a country named as such ("Russia")."""
    return ref.sector in STATE_SECTORS or (ref.sector is None and bool(ref.code) and ref.code == ref.country
                                           and ref.country not in ("IGO", "NGO", "IMG"))


#: Modifiers of a convoy, post or patrol that carries relief, not arms: "an aid convoy" is attacked, not fought (18x).
UNARMED_MODIFIERS = frozenset(["aid", "humanitarian", "relief", "food", "medical", "charity", "refugee", "civilian"])


def _unarmed_convoy(t: Token) -> bool:
    """A convoy or post named by the relief it carries ("a UN aid convoy", "a humanitarian convoy")."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in UNARMED_MODIFIERS for c in token_children(t))


#: Entries of a gunman or attacker who opens fire: an assault (180) unless a named armed group fires on armed men.
SHOOTER_RULES = frozenset(["v.gunman_opens_fire", "v.person_opens_fire", "v.gunman_fires_on"])
#: Verbs of firing a gun at someone ("opened fire on", "fired at", "shot at").
FIRING_VERBS = frozenset(["open", "fire", "shoot"])


def _fired_on_unarmed(f: Frame, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> bool:
    """Guards, police or gunmen firing only at unarmed people: all coded targets are civilians, or the people fired on
    are named as such ("opened fire on civilians"). An exchange of fire ("a shootout"), a firing on soldiers or police,
    and an army's or a warring state's fire in a war ("Israeli troops fired at ...") keep their 19x code."""
    if f.nominal or f.trigger[0].lemma_.lower() not in FIRING_VERBS or any(
            s.sector == "MIL" or (s.sector is None and s.code == s.country) for s in sources if s.code):
        return False
    coded = [t for t in targets if t.code]
    if coded:
        return all(t.sector == "CVL" for t in coded)
    hit = [o for t in f.trigger for p in token_children(t) if p.dep_ == "prep" and p.lower_ in ("on", "at", "into")
           for o in token_children(p) if o.dep_ == "pobj"]
    return bool(hit) and all(o.lemma_.lower() in UNARMED_PEOPLE for o in hit)


def _armed_target(f: Frame, targets: Sequence[ActorRef]) -> bool:
    """Someone hit is armed: soldiers, police, fighters, by their code or by the word naming them."""
    return any(t.sector in WAR_SECTORS | {"COP"} for t in targets if t.code) or any(
        t.lemma_.lower() in ARMED_TARGET_WORDS for t in f.targets)


#: Verbs of holding or charging someone "in" an act: "arrested in the murder of X" names the act as the charge.
CHARGED_IN_VERBS = frozenset(["arrest", "charge", "detain", "indict", "convict", "sentence", "question", "jail", "hold",
                              "apprehend", "nab", "suspect", "accuse", "identify", "name", "implicate", "imprison",
                              "extradite", "try", "prosecute"])


#: Crimes one is held "in": "arrested in the murder of X" (not "arrested in a shootout", where the arrest took place).
CHARGED_ACT_NOUNS = frozenset(["murder", "killing", "death", "assassination", "slaying", "stabbing", "kidnapping",
                               "abduction", "rape", "beating", "lynching", "disappearance", "poisoning"])


def _charged_in(head: Token) -> bool:
    """`head` (the word an "in" phrase hangs on) is a verb of arrest or charge, or a person it holds ("arrested two
    men in the murder": the parser may hang the phrase on the object)."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX") and lemma in CHARGED_IN_VERBS:
        return True
    return head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX") \
        and head.head.lemma_.lower() in CHARGED_IN_VERBS


#: Pronouns of one person: "kills himself", "shot him dead".
SINGLE_PRONOUNS = frozenset(["him", "her", "himself", "herself", "he", "she"])


def _one_person_hit(f: Frame) -> bool:
    """Every word for who is hit is singular and uncounted ("a woman", "the senator"), and there is one."""
    return bool(f.targets) and all(
        t.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in token_children(t)) for t in f.targets)


def _many_hit(f: Frame) -> bool:
    """Some word for who is hit names several people: a plural ("villagers", "twelve people", "two judges")."""
    return any(t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in token_children(t))
               for t in f.targets if t.lower_ not in SINGLE_PRONOUNS)


def _assault_code(f: Frame, lemma: str) -> str:
    """The assault code of a blow struck by an unarmed person: a killing of one person 1823, a stabbing or a beating
    182, anything else (several killed, a shooting, a ramming) 180."""
    if lemma in ("kill", "murder", "behead") and _one_person_hit(f):
        return "1823"
    if lemma in ("stab", "beat", "hack"):
        return "182"
    return "180"


def _joined_clause(t: Token, verb: Token) -> bool:
    """`t` tells a second act of the clause of `verb`: its conjunct ("are killed and others are kidnapped"), the verb
    whose complement `verb` was parsed as, or a participle under one of its words ("killed, and six kidnapped") with no
    clause of report or reason between them ("after rumours that a child had been kidnapped")."""
    if any(c.i == t.i for c in verb.conjuncts) or verb.head.i == t.i:
        return True
    x = t
    while x.head.i != x.i and x.i != verb.i:
        if x.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "csubj") or any(c.dep_ == "mark" for c in token_children(x)):
            return False
        x = x.head
    return x.i == verb.i


#: Modifiers of a bomb or a device planted or carried, not dropped from the air: "a car bomb", "a homemade bomb",
#: "an explosive device" (183, 1831-1833).
PLANTED_BOMB_MODIFIERS = frozenset(["car", "roadside", "improvised", "suicide", "homemade", "home-made", "crude", "pipe",
                                    "explosive", "makeshift", "parcel", "letter", "nail", "magnetic", "sticky"])


#: Words for one attacker with a gun or a knife, outside any force: "the gunman", "an assailant".
LONE_ATTACKER_WORDS = frozenset(["gunman", "shooter", "assailant", "knifeman", "attacker"])
#: Nouns that an assault by gun or knife is told as: "a stabbing incident", "a shooting spree".
ASSAULT_INCIDENT_HEADS = frozenset(["incident", "attack", "spree", "rampage"])
#: Modifiers of a shooting or a stabbing by a gunman or an attacker: "a mass shooting", "a school shooting".
ASSAULT_INCIDENT_MODIFIERS = frozenset(["mass", "school", "drive-by", "random", "fatal", "deadly"])


def _assault_noun_told(t: Token) -> bool:
    """`t` ("shooting", "stabbing") names an assault: "a mass stabbing", "a stabbing incident", "a school shooting"."""
    if t.dep_ == "compound" and t.head.lemma_.lower() in ASSAULT_INCIDENT_HEADS:
        return True
    if t.dep_ in ("acl", "appos") and t.head.lower_ == "mass":
        return True  # "in a mass stabbing": the small parser may make "mass" the noun and the act its clause
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ASSAULT_INCIDENT_MODIFIERS for c in token_children(t))


def _people_hit(targets: Sequence[ActorRef]) -> list[ActorRef]:
    """The targets that are people or bodies, not the bare place an attack fell in ("killed in an ambush in Shiroro,
    Nigeria": the country named as a place has no sector and its code is the country itself)."""
    return [t for t in targets if t.sector is not None or t.code != t.country]


def _assault_told_beside(f: Frame, targets: Sequence[ActorRef]) -> str | None:
    """An agentless killing ("five people are killed") whose sentence tells the blow that killed them: a suicide
    bomber (1831), a car bomb (1832), a roadside bomb (1833) or an improvised device (183) make it a bombing, whoever
    died ("killed when their vehicle hit a roadside bomb"); others taken in a joined clause ("are killed and seven
    others are kidnapped") make the killing of unarmed people an assault by outlaws (180, one person 1823), as the
    abduction is. None when the sentence tells neither."""
    for t in f.anchor.sent:
        low = t.lemma_.lower()
        mods = {c.lemma_.lower() for c in token_children(t) if c.dep_ in ("compound", "amod")}
        if low == "bomber" and "suicide" in mods:
            return "1831"
        if low in ("bomb", "explosive", "device") and mods & PLANTED_BOMB_MODIFIERS:
            return "1831" if "suicide" in mods else "1832" if "car" in mods else "1833" if "roadside" in mods else "183"
        if low == "bomb" and t.head.lemma_.lower() in ("explode", "detonate") and t.dep_ in ("nsubj", "compound"):
            return "183"  # "injured when a bomb explodes in a cafe": a bomb that goes off where people are
        if low == "ied":
            return "183"
    hit = _people_hit([t for t in targets if t.code])
    unarmed_hit = bool(hit) and all(t.sector in UNARMED_SECTORS for t in hit)
    sent = sent_tokens(f.anchor)
    if unarmed_hit and any(
            t.lower_ in ("stabbing", "stabbings", "shooting", "shootings") and t.pos_ == "NOUN" and _assault_noun_told(t)
            for t in sent):
        # "two people are killed and six hurt, three of them critically, in a mass stabbing", "a student is killed in
        # a stabbing incident": unarmed people killed or hurt by a knife or a gunman with no state behind them
        verb = f.trigger[0].lemma_.lower()
        if any(t.lower_.startswith("stabbing") for t in sent) and verb != "kill":
            return "182"
        return "180" if verb != "kill" or _many_hit(f) else "1823"
    if unarmed_hit and any(
            t.lemma_.lower() in LONE_ATTACKER_WORDS and t.dep_ in ("nsubj", "nsubjpass") and t.head.i != f.anchor.i
            for t in sent):
        # "a teacher is killed and two pupils are hurt before the gunman turns the gun on himself": a lone attacker
        # told beside the toll is who dealt it (180; one person killed 1823)
        return "180" if f.trigger[0].lemma_.lower() != "kill" or _many_hit(f) else "1823"
    if f.trigger[0].lemma_.lower() != "kill":
        return None
    # the taking told beside the killing, joined to it ("a rumour that a child had been kidnapped" is none)
    if any(t.lemma_.lower() in ABDUCT_VERBS and t.pos_ == "VERB" and _joined_clause(t, f.anchor) for t in f.anchor.sent) and any(
            t.code for t in targets) and all(t.sector in UNARMED_SECTORS for t in targets if t.code):
        return "180" if _many_hit(f) else "1823"
    return None


def _violence_code(f: Frame, code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> str:
    """CAMEO's line between assault (18x) and conventional force (19x), drawn by who attacks whom.

    Gunmen, militants or unknown attackers who kill, shoot or attack unarmed people assault them (18x:
    "gunmen killed 12 worshippers" 1823, "attacked villagers" 180); so does anyone who shoots dead,
    stabs or beats a civilian ("police shot dead a teenager" 1823). A state's forces killing people
    in numbers and armed groups fighting each other stay 19x. A military raid is armed force (190),
    a raid by militants an assault (180), a police raid coercion (170).
    """
    if f.composed is not None or code[:3] in ("185", "186"):
        return code  # an assassination (or its attempt) stays one whatever blow dealt it ("in a car bombing")
    if code == "195" and f.rule.startswith("n.strike") and any(s.code for s in sources) \
            and all(s.sector in WORKER_SECTORS for s in sources if s.code):
        return "143"  # "Greek workers begin a strike", "nurses launch a strike over pay": a labour strike, no air raid
    weapon = _weapon_code(f, code, sources, targets)
    if weapon is not None:
        return weapon
    if code == "180" and f.rule in SHOOTER_RULES and any(s.sector == "REB" for s in sources if s.code) \
            and _armed_target(f, targets):
        # "Tamil Tiger gunmen opened fire on an army patrol": a named armed group's fighters firing on soldiers or police
        # fight them with small arms (193, as "militants fired at soldiers"); a lone gunman's shooting stays an assault
        return "193"
    lemma = f.trigger[0].lemma_.lower()
    if code == "190" and lemma in ("kill", "injure", "wound") and len(f.trigger) == 1 and not any(s.code for s in sources):
        told = _assault_told_beside(f, targets)
        if told is not None:
            return told
    src_sectors = {s.sector for s in sources if s.code}
    state_src = any(_is_state(s) for s in sources if s.code)
    nonstate_src = _nonstate_source(f, sources) or (not any(s.code for s in sources) and _outlaw_blow(f))
    if code == "170" and (f.rule.startswith("n.raid") or f.rule.startswith("v.raid")):
        if "MIL" in src_sectors:
            return "190"
        if nonstate_src:
            return "180"
        # "the gendarmes killed three smugglers in a dawn raid", "four men were killed during the raid": a raid that
        # kills is force (190), whoever carried it out; a raid that searches or arrests stays coercion
        return "190" if any(t.lemma_.lower() == "kill" for t in f.trigger) else code
    if code == "193" and not f.symmetric and _fired_on_unarmed(f, sources, targets):
        return "180"  # "security guards opened fire on civilians": one side fires on people who cannot fire back
    if code[:2] == "19" and code[:3] not in ("194", "195", "196") and any(s.code for s in sources) and all(
            s.sector in UNARMED_SECTORS for s in sources if s.code) and not _armed_target(f, targets):
        # "a Palestinian man stabs and injures a man in Tel Aviv": a civilian has no military force to use on other
        # civilians; the blow is an assault ("civilians shot at soldiers" is a fight, 19x)
        return _assault_code(f, lemma)
    if code == "190" and lemma == "storm" and nonstate_src and not _armed_target(f, targets) and any(
            c.dep_ in ("advcl", "conj") and c.lemma_.lower() in STORM_KILL_VERBS for c in token_children(f.trigger[0])):
        # "gunmen storm a guesthouse, killing six guests": outlaws who burst in on unarmed people to kill them assault
        # them (180); rebels storming an army post, or taking a town without a killing told, keep force (190)
        return "180"
    if code[:2] != "19" or code[:3] in ("194", "195", "196") or lemma not in PERSONAL_VIOLENCE_VERBS:
        return code
    coded_targets = [t for t in targets if t.code]
    personal = lemma in ("shoot", "gun", "stab", "murder", "behead", "beat", "lynch", "hack") and (
        lemma != "shoot" or any(c.lemma_.lower() in ("dead", "fatally") for c in token_children(f.trigger[0]))
        # "was shot and killed by a gunman": shot dead, told with two verbs
        or any(c.dep_ == "conj" and c.lemma_.lower() in ("kill", "murder") for c in token_children(f.trigger[0])))
    if personal and nonstate_src and lemma in ("shoot", "gun", "murder", "behead"):
        # "a militia leader is fatally shot by unidentified gunmen": an assassination, whoever the victim ("gunmen shot
        # dead five farmers" is an assault on many, 180)
        return "180" if _many_hit(f) else "1823"
    if any(t.sector in WAR_SECTORS for t in coded_targets) or any(
            (t.lemma_.lower() in ARMED_TARGET_WORDS and not _unarmed_convoy(t))
            or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in ARMED_TARGET_WORDS for c in token_children(t))
            for t in f.targets):
        return code  # armed groups fighting each other ("militants killed 15 soldiers"): 19x
    civil_target = any(t.sector not in WAR_SECTORS and t.sector not in (None, "GOV") for t in coded_targets) or (
        nonstate_src and bool(coded_targets)) or any(
        t.lemma_.lower() in CIVILIAN_WORDS | {"protester"} for t in f.targets)
    if f.trigger[0].dep_ == "advcl" and f.trigger[0].tag_ == "VBG" and not personal:
        return code  # "bombarded Aleppo, killing eight people": the toll of the attack, coded with the attack
    # the place the attack fell in is no one hit ("killed in an ambush in Shiroro, Nigeria": the villagers are)
    hit_people = _people_hit(coded_targets)
    if (code == "190" and not personal and not any(s.code for s in sources) and not nonstate_src and hit_people
            and all(t.sector in UNARMED_SECTORS for t in hit_people)
            and any(t.lemma_.lower() in UNCONVENTIONAL_ATTACK_NOUNS and not any(
                c.lemma_.lower() in ANIMAL_WORDS for c in token_children(t)) for t in f.trigger)
            and not any(t.lemma_.lower() in WAR_CONTEXT_WORDS for t in f.anchor.sent)):
        # "eight villagers are killed in an attack on their village": an attack by no one named on unarmed people,
        # with no army or war in sight, is unconventional violence (180), as a shooting or a bombing is
        return "180"
    if personal:
        pass  # "police shot dead a teenager", "gunmen shot dead a mayor": an unarmed person killed by assault
    elif not (civil_target and (nonstate_src or not state_src) and any(s.code for s in sources) or civil_target and nonstate_src):
        return code  # "Russian forces killed 12 people", "eight people were killed" (by whom the text says elsewhere)
    if lemma in ("kill", "murder", "behead", "execute", "lynch") or (lemma in ("shoot", "gun") and personal):
        # "gunmen killed 12 villagers": a killing of many is an assault (180); 1823 is the killing of one person
        return "180" if _many_hit(f) else "1823"
    if lemma in ("stab", "beat", "hack"):
        return "182"
    return "180"


#: People and groups that are captured, not occupied: their capture is an arrest (173).
CAPTIVE_WORDS = frozenset(["cell", "militant", "member", "leader", "commander", "fighter", "soldier", "suspect", "man",
                           "woman", "people", "rebel", "insurgent", "terrorist", "jihadist", "smuggler", "trafficker",
                           "gunman", "kingpin", "boss", "chief", "official", "spy", "agent", "mercenary", "prisoner",
                           "person", "individual", "operative", "ringleader", "bomber", "assailant", "attacker", "pilot", "escapee",
                           "fugitive", "inmate", "convict", "crew", "sailor", "employee", "worker", "staff", "journalist",
                           "civilian", "villager", "hostage", "tourist", "passenger", "student", "child", "farmer"])
#: Aircraft and drones: an attack they carry out is an aerial one (195): "Russian warplanes carried out strikes".
AIR_WEAPONS = frozenset(["aircraft", "jet", "warplane", "plane", "drone", "helicopter", "gunship", "airplane",
                         "fighter-jet", "uav", "f-16", "f-35", "airforce"])
#: Attacks named by the weapon or manner that are one person's or a gang's, not a state's: a shooting or a bombing
#: with no state behind it is unconventional violence (18x), as the real-news gold codes it.
NONSTATE_ATTACK_NOUNS = {"shooting": "180", "stabbing": "182", "bombing": "183"}
#: What is fired from afar through the air: missiles, rockets, drones (195).
MISSILE_WORDS = frozenset(["missile", "rocket", "projectile", "drone", "uav"])
#: Weapons of an attack from the air or from afar (195).
AERIAL_WEAPONS = AIR_WEAPONS | MISSILE_WORDS
#: Guns of the artillery: an attack with them is 194.
ARTILLERY_WORDS = frozenset(["artillery", "mortar", "howitzer", "shelling", "cannon"])
#: Crowds that a state's forces use force on: violent repression (175), not combat.
#: The crowd nouns (`common.CROWD_NOUNS`), with mourners and strikers, whom forces also disperse.
CROWD_WORDS = CROWD_NOUNS | {"mourner", "striker"}
#: Participles that make any group a crowd of protest: "protesting miners", "striking teachers", "rioting youths".
PROTEST_PARTICIPLES = frozenset(["protesting", "demonstrating", "striking", "rioting", "marching", "picketing"])

#: Words that make a crowd one of people in need, not of protest: "a crowd waiting for food aid", "a crowd of displaced
#: people at a distribution point".
NEEDY_CROWD_WORDS = frozenset(["aid", "food", "relief", "flour", "bread", "ration", "distribution", "wait", "queue",
                               "displaced", "refugee", "hungry", "humanitarian"])
#: Nouns of an attack that say nothing of its weapon: with no doer named and unarmed people hit, an assault (18x).
UNCONVENTIONAL_ATTACK_NOUNS = frozenset(["attack", "assault", "massacre", "ambush"])
#: Animals that attack people: "killed in a shark attack" is no one's assault.
ANIMAL_WORDS = frozenset(["shark", "dog", "bear", "tiger", "lion", "leopard", "crocodile", "alligator", "elephant", "snake",
                          "wolf", "bull", "hippo", "hippopotamus", "jaguar", "cougar", "puma", "animal", "bee", "hornet"])
#: Words that put a war or armed forces in a sentence: an unattributed attack there may be conventional force (19x).
WAR_CONTEXT_WORDS = ARMED_TARGET_WORDS | AIR_WEAPONS | frozenset([
    "war", "airstrike", "strike", "shelling", "shell", "missile", "rocket", "artillery", "bombardment", "offensive",
    "frontline", "front", "invasion", "israeli", "russian", "ukrainian", "occupation"])


#: Whose supporters make a political crowd: "supporters of the opposition party / of the ousted president".
POLITICAL_OWNERS = frozenset(["party", "leader", "president", "minister", "candidate", "politician", "opposition", "premier",
                              "chancellor", "governor", "mayor", "cleric", "lawmaker", "senator", "government", "presidency"])


def crowd(t: Token) -> bool:
    """`t` heads a crowd of protest: "protesters", any group with a participle of protest ("protesting miners"), or the
    supporters of a party or a politician (not of an armed group)."""
    if t.lemma_.lower() == "supporter":
        # "clashed with supporters of the ousted prime minister": a crowd; the supporters of an armed group are fighters
        owners = [g for p in token_children(t) if p.dep_ == "prep" and p.lower_ == "of" for g in token_children(p) if g.dep_ == "pobj"]
        return all(o.lemma_.lower() in POLITICAL_OWNERS or any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in POLITICAL_OWNERS for c in token_children(o)) for o in owners)
    if t.lemma_.lower() == "crowd" and any(w.lemma_.lower() in NEEDY_CROWD_WORDS for c in token_children(t)
                                           if c.dep_ in ("acl", "relcl", "prep") for w in c.subtree):
        return False  # "fired on a crowd of displaced families queuing for flour": people in need, no protest
    return t.lemma_.lower() in CROWD_WORDS or any(c.dep_ in ("amod", "acl", "compound") and c.lower_ in PROTEST_PARTICIPLES
                                                 for c in token_children(t)) or (
        t.dep_ == "dobj" and t.head.lower_ in PROTEST_PARTICIPLES and t.head.dep_ == "pcomp"  # read as a gerund's object
        # "fired rockets at the port, with rockets striking two depots": a participle with its own subject is a blow told
        # after "with", and what it strikes is no crowd
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token_children(t.head)))


def _weapon_code(f: Frame, code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> str | None:
    """The weapon, the manner and the victims tell the kind of force: aircraft strike from the air (195),
    a shooting, stabbing or bombing with no state behind it is an assault (180, 182, 183), and police or
    troops who fire on protesters repress them (175)."""
    if code[:2] not in ("18", "19"):
        return None
    words = {t.lemma_.lower() for t in f.trigger} | {t.lower_ for t in f.trigger}
    state_src = any(_is_state(s) for s in sources if s.code)
    crowds = [t for t in f.anchor.subtree if crowd(t) and t.dep_ in ("pobj", "dobj")
             and t.head.lower_ not in ("of", "for", "by", "with")]
    if (any(crowd(t) for t in f.targets) or crowds) and (
            state_src or any(s.sector in ("COP", "MIL") for s in sources if s.code)):
        return "175"  # "police opened fire on protesters", "troops shot at demonstrators"
    if code == "190" and any(s.lemma_.lower() in AERIAL_WEAPONS or s.lower_ in AIR_WEAPONS for s in f.sources):
        return "195"  # "British and French aircraft carried out a joint strike on ..."
    gear = words | {c.lemma_.lower() for t in f.trigger for c in token_children(t) if c.dep_ in ("compound", "amod", "dobj")}
    # "attacks with drones and missiles", "struck the port with missiles": the weapon named after "with"
    # "attacked a mosque at a camp with a drone strike": the parser may hang the "with" on the object or on the place
    # after it, and the weapon may be the modifier of the blow named
    hosts = [*f.trigger, *(o for t in f.trigger for o in token_children(t) if o.dep_ in ("dobj", "obj")),
             *(o for t in f.trigger for p in token_children(t) if p.dep_ == "prep" and p.lower_ != "with"
               for o in token_children(p) if o.dep_ == "pobj")]
    arms = {m.lemma_.lower() for t in hosts for p in token_children(t) if p.dep_ == "prep" and p.lower_ == "with"
            for o in token_children(p) if o.dep_ == "pobj" for w in (o, *o.conjuncts)
            for m in (w, *(c for c in token_children(w) if c.dep_ == "compound"))}
    if code == "190" and arms & AERIAL_WEAPONS:
        return "195"
    if code == "190" and arms & ARTILLERY_WORDS:
        return "194"  # "attacked the town with mortars"
    if code in ("190", "195") and gear & ARTILLERY_WORDS and not gear & {"air", "aerial", "drone", "missile", "airstrike"} \
            and not f.symmetric:  # an exchange of fire keeps the team gold's code
        return "194"  # "a Ukrainian artillery strike", "launched mortars into Pakistan"
    killed = any(c.lemma_.lower() in ("dead", "fatally") or c.dep_ == "conj" and c.lemma_.lower() in ("kill", "murder")
                 for t in f.trigger for c in token_children(t))  # "shot dead", "shot and killed"
    civilian_hit = any(t.code for t in targets) and all(t.sector in UNARMED_SECTORS for t in targets if t.code)
    if code == "193" and "shoot" in {t.lemma_.lower() for t in f.trigger} and (not state_src or civilian_hit) and not killed \
            and _one_person_hit(f) and not any(t.sector in WAR_SECTORS for t in targets if t.code):
        return "182"  # "the senator is shot during a campaign event", "a woman was shot by soldiers": an assault on one person
    head = f.trigger[0].head if f.trigger[0].dep_ == "acl" else None
    # "rockets were fired from Lebanon at X": the weapon is the passive subject of the verb of firing
    head = head or next((c for c in token_children(f.trigger[0]) if c.dep_ == "nsubjpass"), None)
    # a sentence-initial plural ("Rockets were fired") keeps its capital and its -s as the lemma
    if code in ("190", "193") and head is not None and MISSILE_WORDS & {head.lemma_.lower(), head.lower_.removesuffix("s")}:
        return "195"  # "projectiles fired from Iran", "drones launched at the city"
    if not state_src:
        for noun, noun_code in NONSTATE_ATTACK_NOUNS.items():
            if noun in words and not any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in ("air", "aerial", "drone")
                                         for t in f.trigger for c in token_children(t)):
                if noun == "stabbing" and words & {"kill", "killed", "murder"}:
                    return "1823"
                return code if code.startswith(noun_code) else noun_code  # "suicide bombing" keeps 1831
    return None


def _captive(o: Token) -> bool:
    """The object of a verb of taking is a person or a group taken captive, not a place: "captured the rebel commander",
    "captured Abu Bakr Hassan". A one-word name the tagger reads as a person, with no given name beside it, is a town
    ("captured Boulkessi", a person taken is named in full or by role), and so is a name in apposition to a place
    ("captured Boulkessi, a military base")."""
    if o.lemma_.lower() in CAPTIVE_WORDS or o.ent_type_ == "NORP":
        return True
    if any(c.dep_ in ("compound", "appos") and c.lemma_.lower() in TRAVELLING_THINGS for c in token_children(o)):
        return False  # "seizes the tanker M Sophia": a ship's name, however the tagger reads it, is no person
    appos = {c.lemma_.lower() for c in token_children(o) if c.dep_ == "appos"}
    if appos & TERRITORY_WORDS:
        return False
    if appos & CAPTIVE_WORDS:
        return True  # "captured Bello, a senior rebel commander"
    if o.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lemma_.lower() in CAPTIVE_WORDS for c in token_children(o)):
        return True  # "captured Los Lobos leader Wilmer Chavarría": a name under its role
    if o.ent_type_ != "PERSON":
        return False
    # a name of several words ("Abu Khalid al-Iraqi"), however the parser splits it, or a name with a title
    doc = o.doc
    several = o.ent_iob_ == "I" or (o.i + 1 < len(doc) and doc[o.i + 1].ent_iob_ == "I")
    return several or o.pos_ != "PROPN" or any(c.dep_ == "compound" for c in token_children(o))


def _named_vessel(o: Token) -> bool:
    """A name the tagger reads as a place but that its apposition calls a ship or a vehicle: "seized the Nordic Star,
    a Liberian-flagged oil tanker" takes a ship (171), not a place (192)."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in TRAVELLING_THINGS for c in token_children(o))


def _refine_by_context(f: Frame, sources: Sequence[ActorRef] = ()) -> str:
    """CAMEO distinctions read off the words around the trigger: captures, riots and trade sanctions (`sources`, when
    known, tell an arrest by the state from an abduction by an armed group)."""
    code = f.code
    taken = [c for t in f.trigger for c in token_children(t) if c.dep_ in ("dobj", "nsubjpass")] \
        if (code == "192" or code.startswith("171")) and f.composed is None and f.trigger[0].lemma_.lower() in TAKE_VERBS \
        else []
    if taken and all(_captive(o) for o in taken):
        # "security forces captured an Islamic State cell" is an arrest (173); "militants captured two soldiers",
        # "Houthi rebels seized a UN employee": people taken by an armed group outside the state are abducted (181)
        return "181" if _nonstate_source(f, sources) else "173"
    if code.startswith("171") and any((o.lemma_.lower() in TERRITORY_WORDS or o.ent_type_ in ("GPE", "LOC", "FAC"))
                                      and not _named_vessel(o) for o in taken):
        return "192"  # "rebels seized the town", "seized Damascus": occupation, not confiscation
    if code[:3] in ("190", "180") and f.composed is None and f.trigger[0].lemma_.lower() in ("kill", "massacre", "slaughter", "execute"):
        objs = [c for t in f.trigger for c in token_children(t) if c.dep_ in ("dobj", "nsubjpass")]
        if any(_is_mass(o) for o in objs):
            return "202"  # "killed hundreds of civilians": mass killing
    if code[:2] == "19" and f.composed is None and f.trigger[0].lemma_.lower() in VERBAL_ATTACK_VERBS:
        objs = [c for t in f.trigger for c in token_children(t) if c.dep_ in OBJ_DEPS]
        if objs and all(o.lemma_.lower() in SPEECH_OBJECTS for o in objs):
            return "111"  # "Iran attacked the US decision", "slammed the plan": criticism, not force
    rioting = any(s.lemma_.lower() in PROTESTER_WORDS for s in f.sources)
    if (code[:3] in ("171", "175", "180", "190") or code == "1712") and f.composed is None and rioting:
        return "145"  # "protesters torched cars", "rioters clashed with police"
    if code[:3] in ("172", "160", "166") or code == "1721":
        words: set[str] = set()
        for t in f.trigger:
            for c in token_children(t):
                if c.dep_ == "prep" and c.lower_ in ("on", "of", "to", "with"):
                    words.update(p.lemma_.lower() for p in token_children(c) if p.dep_ == "pobj")
                if c.dep_ in ("dobj", "compound", "amod"):
                    words.add(c.lemma_.lower())
            words.add(t.lemma_.lower())
        if words & TRADE_WORDS:
            return "163"  # "imposed curbs on exports", "banned imports of", "halted trade with"
    return code
