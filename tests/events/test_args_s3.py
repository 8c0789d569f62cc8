"""Actor attachment, session 3: who acts and who undergoes when the root is already right.

Classes: the "by" agent of a reduced passive relative ("a lawsuit filed by X"), the target preposition the parser hangs
on that agent, attacks "attributed to" / "blamed on" someone, the place an attack noun names ("strikes in Yemen"),
the possessor of an act done to someone ("X's detention"), an agent the parser hangs on the act's object or verb, the
holder of a building attacked, diplomats of an embassy, a subject pronoun of a reported clause, an object pronoun that
is not its clause's subject, and an attack gerund parsed as a clausal subject.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import dyads as _dyads

pytestmark = pytest.mark.slow


def _check(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str | None, str | None]) -> None:
    evs = _events(nlp, text)
    assert dyad in _dyads(evs, roots), [(e.source, e.target, e.cameo) for e in evs]


#: "a lawsuit filed by X against Y", "sanctions imposed by the EU on Iran": the agent of a reduced passive relative
#: acts; a target the parser hangs on the agent stays the target.
REDUCED_PASSIVES = [
    ("A lawsuit filed by the state of Texas against the US government was dismissed.", ("11",), ("USA", "USA")),
    ("New sanctions imposed by the European Union on Iran took effect on Monday.", ("16",), ("IGO", "IRN")),
    ("Fresh tariffs imposed by Canada on Chinese steel came into force.", ("16",), ("CAN", "CHN")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), REDUCED_PASSIVES)
def test_agent_of_reduced_passive(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "a strike attributed to X", "a bombing blamed on X": the one the attack is laid on is its attacker.
ATTRIBUTED_ATTACKS = [
    ("A bombing blamed on Boko Haram killed 12 people in Maiduguri.", ("18",), ("NGA", "NGA")),
    ("A rocket attack attributed to Hezbollah hit northern Israel.", ("18", "19"), ("LBN", "ISR")),
    # the parser takes "paramilitary" for the object of "to": the name after it is the attacker
    ("A drone strike attributed to the paramilitary Wagner Group killed eleven people in Mali.", ("19",),
     ("RUS", "MLI")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), ATTRIBUTED_ATTACKS)
def test_attack_laid_on_someone(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "strikes by the U.S. in Yemen": the place named on an attack noun (or on its agent, by a parser slip) is hit.
PLACES_OF_ATTACK_NOUNS = [
    ("The United Nations condemned strikes by the U.S. in Yemen.", ("19",), ("USA", "YEM")),
    ("Medics said raids by French jets in Mali left many dead.", ("19",), ("FRA", "MLI")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), PLACES_OF_ATTACK_NOUNS)
def test_place_of_attack_noun(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "X's detention", "the opposition leader's arrest by police": the possessor of an act done to someone undergoes it;
#: the verb that carries the noun out, or a "by" agent, names the doer.
PATIENT_POSSESSORS = [
    ("A court in Moscow extended the Russian journalist's detention by two months.", ("17",), ("RUS", "RUS")),
    ("The opposition leader's arrest by Kenyan police sparked protests in Nairobi.", ("17",), ("KEN", "KEN")),
    ("The Belarusian dissident's arrest sparked protests in Minsk.", ("17",), (None, "BLR")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), PATIENT_POSSESSORS)
def test_possessor_undergoes_the_act(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str | None, str]) -> None:
    _check(nlp, text, roots, dyad)


def test_possessor_with_an_object_still_acts(nlp) -> None:
    """"Israel's release of Palestinian prisoners": with an "of" object the possessor does the act."""
    _check(nlp, "Israel's release of Palestinian prisoners took place on Saturday.", ("08",), ("ISR", "PSE"))


#: "condemned the detention of two journalists by Turkish police": the parser hangs the act's agent on the verb.
SLIPPED_AGENTS = [
    ("Germany condemned the detention of two German journalists by Turkish police.", ("17",), ("TUR", "DEU")),
    ("Sweden denounced the expulsion of three Swedish diplomats by Iran.", ("16", "17"), ("IRN", "SWE")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), SLIPPED_AGENTS)
def test_agent_of_act_noun_on_the_verb(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "opened fire outside the Israeli embassy in Amman": the holder of the building, not the city's country.
FACILITY_HOLDERS = [
    ("A gunman opened fire outside the Israeli embassy in Amman.", ("18", "19"), ("JOR", "ISR")),
    ("A bomb exploded near the Turkish consulate in Mosul.", ("18",), (None, "TUR")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), FACILITY_HOLDERS)
def test_holder_of_building_attacked(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str | None, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "summons the chargé d'affaires at the X embassy in City": a diplomat is of the embassy's state.
EMBASSY_STAFF = [
    ("India summons the chargé d'affaires at the Bangladeshi embassy in New Delhi.", ("11",), ("IND", "BGD")),
    ("Iran summoned a diplomat from the British embassy in Tehran.", ("11",), ("IRN", "GBR")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), EMBASSY_STAFF)
def test_diplomat_of_the_embassy(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "The British prime minister announced she was recognising Palestine": an uncoded subject pronoun of a reported
#: clause is the reporter, when they agree in number.
REPORTER_PRONOUNS = [
    ("The British prime minister announced she was recognising Palestine.", ("05",), ("GBR", "PSE")),
    ("German officials said they had expelled two Russian diplomats.", ("16", "17"), ("DEU", "RUS")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), REPORTER_PRONOUNS)
def test_reported_subject_pronoun(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


#: "China criticised Japan and urged it to apologise": an object pronoun is not its clause's subject.
OBJECT_PRONOUNS = [
    ("China criticized Japan and urged it to apologize.", ("02",), ("CHN", "JPN")),
    ("The United States accused Iran of supplying drones to Russia and warned it of consequences.", ("13",),
     ("USA", "IRN")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), OBJECT_PRONOUNS)
def test_object_pronoun_not_the_subject(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


def test_attack_gerund_as_clausal_subject(nlp) -> None:
    """"Russian shelling in Kherson killed three civilians": one blow, by Russia, on Ukrainians."""
    evs = [e for e in _events(nlp, "Russian shelling in Kherson killed three civilians.") if e.root in ("18", "19")]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in evs] == [
        ("RUS", "UKR")], [(e.source, e.target, e.cameo) for e in evs]


def test_plural_apposition_describes_the_list(nlp) -> None:
    """"Egypt and Qatar, the main mediators, urged ...": two sources, not a third one for "the main mediators"."""
    evs = [e for e in _events(nlp, "Egypt and Qatar, the main mediators, urged Hamas to accept the proposal.")
           if e.root == "02"]
    assert sorted(e.source.country for e in evs if e.source) == ["EGY", "QAT"], [(e.source, e.target) for e in evs]


#: "Thousands protested in Paris": a crowd named only by its size is of the place's country.
CROWDS_BY_SIZE = [
    ("Thousands protested in Paris against the pension reform.", ("14",), ("FRA", None)),
    ("Hundreds demonstrated in Lima against the new mining law.", ("14",), ("PER", None)),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), CROWDS_BY_SIZE)
def test_crowd_of_the_place(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, None]) -> None:
    _check(nlp, text, roots, dyad)


#: "fighters loyal to the RSF", "militants affiliated with the Islamic State": the group they belong to names them.
ALLEGIANCE = [
    ("Fighters loyal to the Rapid Support Forces attacked a village in Darfur.", ("18", "19"), ("SDN", "SDN")),
    ("Militants affiliated with al-Shabaab killed five soldiers in Kenya.", ("18", "19"), ("SOM", "KEN")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), ALLEGIANCE)
def test_armed_men_of_their_group(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


def test_attack_condemned_in_the_passive(nlp) -> None:
    """"The attack on the Indian embassy in Kabul was condemned by New Delhi": the attack happened (no attacker named)."""
    _check(nlp, "The attack on the Indian embassy in Kabul was condemned by New Delhi.", ("18", "19"), (None, "IND"))


#: "clashed with protesting miners": the protesters named by a participle protest; as a subject they do their verb's act.
PROTESTING_PARTICIPLES = [
    ("Bolivian police clash with protesting miners in La Paz.", ("14",), ("BOL", None)),
    ("Riot police fired tear gas at demonstrating farmers in Brussels.", ("14",), ("BEL", None)),
    ("Soldiers opened fire on protesting villagers in Myanmar.", ("14",), ("MMR", None)),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), PROTESTING_PARTICIPLES)
def test_protesting_participle(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, None]) -> None:
    _check(nlp, text, roots, dyad)


def test_protesting_participle_is_not_the_attackers(nlp) -> None:
    """"Soldiers opened fire on protesting villagers": the villagers protest, the soldiers do not."""
    evs = _events(nlp, "Soldiers opened fire on protesting villagers in Myanmar.")
    assert all(e.source is not None and e.source.sector != "MIL" for e in evs if e.root == "14"), [
        (e.source, e.target, e.cameo) for e in evs]


def test_protesting_subject_does_its_own_act(nlp) -> None:
    """"Protesting students threw stones at police": one act of the students, no second bare protest."""
    evs = _events(nlp, "Protesting students threw stones at Serbian police in Belgrade.")
    assert [e.cameo[:2] for e in evs if e.root == "14"] == ["14"], [(e.source, e.target, e.cameo) for e in evs]


#: "a reported Israeli and American missile strike", "Russian and Syrian airstrikes": each conjoined owner struck.
CONJOINED_ATTACKERS = [
    ("Eight workers die in a reported Israeli and American missile strike on a power station near Shiraz, Iran.",
     ("19",), ("USA", "IRN")),
    ("Russian and Syrian airstrikes killed 20 civilians in Idlib.", ("19",), ("SYR", "SYR")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), CONJOINED_ATTACKERS)
def test_conjoined_attackers(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


def test_country_split_off_a_title_is_no_actor(nlp) -> None:
    """"X and United States secretary of state Y sign ...": two signers, not a third "United States"."""
    evs = _events(nlp, "Armenian prime minister Nikol Pashinyan and United States secretary of state Marco Rubio sign "
                       "a transit agreement in Yerevan.")
    pairs = {(e.source.code if e.source else None, e.target.code if e.target else None) for e in evs if e.root == "05"}
    assert pairs == {("ARMGOV", "USAGOV"), ("USAGOV", "ARMGOV")}, pairs


def test_claim_aimed_at_people_of_the_place(nlp) -> None:
    """"claims responsibility for attacks on security personnel in eastern Syria": uncoded people hit are of the place."""
    _check(nlp, "The Islamic State claims responsibility for three attacks on security personnel in eastern Syria.",
           ("01",), (None, "SYR"))


#: "the US decision to impose tariffs": a named modifier owns the plan and carries out its infinitive.
NAMED_PLAN_OWNERS = [
    ("The US decision to impose tariffs on Chinese goods angered Beijing.", ("16",), ("USA", "CHN")),
    ("The British decision to expel two Russian diplomats angered Moscow.", ("16", "17"), ("GBR", "RUS")),
]


@pytest.mark.parametrize(("text", "roots", "dyad"), NAMED_PLAN_OWNERS)
def test_named_owner_of_plan(nlp, text: str, roots: tuple[str, ...], dyad: tuple[str, str]) -> None:
    _check(nlp, text, roots, dyad)


def test_act_noun_blamed_on_someone(nlp) -> None:
    """"The killing of a Hamas leader in Beirut was blamed on Israel": the one blamed did the act."""
    _check(nlp, "The killing of a Hamas leader in Beirut was blamed on Israel.", ("18",), ("ISR", "PSE"))


def test_unknown_body_named_after_its_country(nlp) -> None:
    """An unknown body ("the United States House of Delegates") is of the country its first words name."""
    _check(nlp, "On Monday, the United States House of Delegates condemned Iran.", ("11",), ("USA", "IRN"))
