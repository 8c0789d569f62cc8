"""Session 4 actor classes: counted people of a nation are civilians, a city written before a title
places the story, armed groups, cartels, monitors, parties and bodies added to the knowledge base,
agent words for aid and rights groups, crime syndicates and family members, and Denmark's king."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base
from eventwire.actors.phrase import code_words, words_of_text


def _phrase(text: str, date: str = "2025-10-15") -> str | None:
    """The code of a free-text phrase (no parse: the last word is the head)."""
    got = code_words(load_knowledge_base(), words_of_text(text), None, date, ())
    return got.code if got is not None else None


@pytest.mark.parametrize(("text", "want"), [
    ("four Lebanese", "LBNCVL"), ("at least 23 Syrians", "SYRCVL"), ("several Nigerians", "NGACVL"),
    ("one Afghan", "AFGCVL"), ("hundreds Yemenis", "YEMCVL"),
])
def test_counted_people_of_a_nation_are_civilians(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("the Lebanese", "LBN"), ("Syrians", "SYR"), ("the Colombians", "COL"), ("a Colombian", "COL"), ("a Colombian delegation", "COLGOV"),
])
def test_a_people_not_counted_stays_the_country(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.parametrize(("name", "want"), [
    ("Cártel del Noreste", "MEXCRM"), ("Gulf Cartel", "MEXCRM"), ("La Barredora", "MEXCRM"),
    ("Los Tiguerones", "ECUCRM"), ("Santa Rosa de Lima Cartel", "MEXCRM"), ("Baloch Liberation Front", "PAKREB"),
    ("PFLP", "PSEREB"), ("Syrian Observatory for Human Rights", "SYRHRI"), ("Hengaw", "IRNHRI"),
    ("Sudan Doctors Network", "SDNHLH"), ("Economic Freedom Fighters", "ZAFPTY"), ("Tehreek-e-Labbaik Pakistan", "PAKPTY"),
    ("Atomic Energy Organization of Iran", "IRNGOV"), ("ABW", "POLSPY"), ("Nakilat", "QATBUS"),
    ("Venstre", "DNKPTY"), ("Reformists Front", "IRNOPP"), ("Main Directorate of Intelligence", "UKRSPY"),
    ("People's Liberation Army of Manipur", "INDREB"),
])
def test_groups_and_bodies_in_the_knowledge_base(name: str, want: str) -> None:
    hits = [h for h in load_knowledge_base().hits(name) if h.kind == "org"]
    assert hits and hits[0].entity is not None and hits[0].entity.code == want


def test_denmark_king_by_date() -> None:
    assert _phrase("King Frederik X", "2026-05-08") == "DNKGOV"
    assert _phrase("the Danish king", "2025-03-01") == "DNKGOV"


@pytest.mark.parametrize(("text", "want"), [
    ("twelve humanitarian workers in Chad", "TCDNGO"), ("relief workers in Haiti", "HTINGO"),
    ("human rights organisations in Kenya", "KENHRI"), ("a Peruvian crime syndicate", "PERCRM"),
    ("a Chilean drug trafficking syndicate", "CHLCRM"),
])
def test_aid_rights_and_crime_agent_words(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Israeli troops shot dead three Palestinians near Jenin.", "Palestinians", "PSECVL"),
    ("Russian shelling wounded dozens of Ukrainians in the city.", "Ukrainians", "UKRCVL"),
    ("One Lebanese was wounded when a drone hit his car.", "Lebanese", "LBNCVL"),
    ("The Palestinians reject the plan.", "Palestinians", "PSE"),
])
def test_counted_people_in_a_sentence(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_a_city_before_a_title_places_the_victims(nlp) -> None:
    # The only other country word is the attacker's demonym: the city before "mayor" says where.
    text = "Odesa mayor Jan Kowal says an overnight Russian drone attack has killed at least four people."
    assert _code(nlp, text, "people") == "UKRCVL"


def test_institution_words_do_not_make_an_unknown_name() -> None:
    # "Regional", "Federal", "Provincial" describe a state body; the story's country still says whose.
    kb = load_knowledge_base()
    got = code_words(kb, words_of_text("the Provincial House of Representatives"), None, "2025-10-15", ("IDN",))
    assert got is not None and got.code == "IDNLEG"
    got = code_words(kb, words_of_text("the Citizens Coalition Front"), None, "2025-10-15", ("IDN",))
    assert got is None or got.country is None


@pytest.mark.slow
def test_the_group_after_a_group_spokesman(nlp) -> None:
    text = "Hezbollah spokesman Jan Kowal said the group fired rockets at an army post."
    assert _code(nlp, text, "group") == "LBNREBHEZ"


@pytest.mark.slow
def test_a_state_agent_takes_the_country_of_an_armed_group_in_its_sentence(nlp) -> None:
    text = "An RSF commander was captured by the army."
    assert _code(nlp, text, "army") == "SDNMIL"
    # Civilians are not placed this way (hostages of a group are often foreigners).
    text = "A Hamas official said the group released two hostages."
    assert _code(nlp, text, "hostages") in (None, "---CVL")



@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Ukrainian drones struck the Saratov oil refinery overnight.", "refinery", "RUS"),
    ("Israeli jets bombed Hodeidah port on Tuesday.", "port", "YEM"),
    ("Drones hit the Kherson railway station.", "station", "UKR"),
])
def test_a_facility_struck_stands_for_the_state_of_its_place(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_a_facility_named_only_as_a_place_is_no_actor(nlp) -> None:
    assert _code(nlp, "Officials met at the Hodeidah port on Tuesday.", "port") is None


def test_a_title_before_an_organisation_name_is_no_person() -> None:
    assert _phrase("the General Federation of Trade Unions") is None or not str(_phrase(
        "the General Federation of Trade Unions")).endswith("MIL")
    assert _phrase("General Jan Kowal") == "---MIL"


@pytest.mark.parametrize(("text", "want"), [
    ("Chinese paramilitary police", "CHNCOP"), ("US immigration officers", "USACOP"), ("American federal agents", "USACOP"),
    ("Qatari air defences", "QATMIL"), ("Jordanian air defense systems", "JORMIL"),
    ("the National Anti-Corruption Bureau", "UKRCOP"),
])
def test_sector_words_for_police_agents_and_air_defences(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.slow
def test_a_known_name_split_by_the_parser_is_read_whole(nlp) -> None:
    text = "Canada imposed sanctions on the ministers Bezalel Smotrich and Itamar Ben-Gvir on Tuesday."
    doc = nlp(text)
    from eventwire.actors import ArticleActors
    from eventwire.records import Article

    actors = ArticleActors(doc, Article(id="t", text=text, date="2025-06-10"), load_knowledge_base())
    codes = {actors.actor_at(t).code for t in doc if t.text in ("Ben", "Gvir") and actors.actor_at(t) is not None}
    assert codes and codes <= {"ISRGOV"}


@pytest.mark.slow
def test_a_head_of_state_orders_his_own_military(nlp) -> None:
    text = "Lebanese president Joseph Aoun ordered the army to confront any incursion."
    assert _code(nlp, text, "army", date="2025-06-01") == "LBNMIL"


def test_a_mission_is_not_of_the_capital_it_is_posted_in() -> None:
    kb = load_knowledge_base()
    got = code_words(kb, words_of_text("the trade office in Port Moresby"), None, "2025-10-15", ("TWN",))
    assert got is None or got.country != "PNG"
    assert _phrase("Chega") == "PRTPTY"


@pytest.mark.parametrize(("text", "want"), [
    ("a Dutch NATO fighter jet", "NLDMIL"), ("Nepali UN peacekeepers", "NPLMIL"), ("UN peacekeepers", "IGOUNO"),
])
def test_national_forces_under_an_international_body_are_the_state_s(text: str, want: str) -> None:
    assert _phrase(text) == want


@pytest.mark.slow
def test_prosecutors_after_a_state_body_that_leads_the_sentence(nlp) -> None:
    text = "Latvian police arrested a former officer on suspicion of spying for Russia, and prosecutors charged him."
    assert _code(nlp, text, "prosecutors") == "LVAJUD"


@pytest.mark.slow
def test_nationals_named_after_including_are_actors_too(nlp) -> None:
    from eventwire.actors import ArticleActors
    from eventwire.records import Article

    text = "Dutch police detained four men, including two Algerians and one Tunisian, in Rotterdam."
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date="2025-06-10"), load_knowledge_base())
    codes = {a.code for a in actors.actors_at([t for t in doc if t.text == "men"][0])}
    assert {"DZACVL", "TUNCVL"} <= codes


@pytest.mark.slow
def test_a_sea_named_after_a_state_places_nothing(nlp) -> None:
    text = "Navy forces seized a tanker in the Indian Ocean on Sunday."
    assert _code(nlp, text, "Indian") is None
    assert _code(nlp, text, "forces") in (None, "---MIL")


@pytest.mark.slow
def test_an_acronym_the_article_defines_is_not_the_knowledge_base_s(nlp) -> None:
    text = "Thousands joined rallies of the Iglesia ni Cristo (INC) in Manila to back INC member Jan Kowal."
    assert _code(nlp, text, "INC", nth=1) != "INDPTYINC"


@pytest.mark.slow
def test_a_known_bracketed_acronym_beats_the_agent_word_of_a_long_form(nlp) -> None:
    text = "Colombian soldiers fought the National Liberation Army (ELN) in Arauca on Monday."
    assert _code(nlp, text, "Army") == "COLREBELN"


def test_hamas_elite_unit_is_hamas() -> None:
    assert _phrase("a Nukhba Force commander") == "PSEREBHMS"


@pytest.mark.slow
def test_lower_case_words_joined_by_and_qualify_one_title(nlp) -> None:
    text = "Indian oil and gas minister Jan Kowal visited Qatar on Monday."
    assert _code(nlp, text, "Kowal") == "INDGOV"


@pytest.mark.slow
def test_a_prison_struck_is_a_place_not_a_person(nlp) -> None:
    text = "Israeli jets struck Qezel Hesar Prison near Tehran, Iran."
    assert _code(nlp, text, "Prison") in ("IRN", None)
    assert _code(nlp, text, "Prison") != "IRNCVL"


def test_crime_bosses_and_the_nbi() -> None:
    assert _phrase("a Japanese yakuza leader") == "JPNCRM"
    assert _phrase("the NBI") == "PHLCOP"


@pytest.mark.slow
def test_a_headquarters_destroyed_stands_for_its_state(nlp) -> None:
    text = "The Sumy regional administration headquarters was destroyed in a Russian drone strike."
    assert _code(nlp, text, "headquarters") == "UKR"


@pytest.mark.slow
def test_a_country_name_with_of_inside_an_of_phrase_is_read_whole(nlp) -> None:
    text = "On Monday troops of the Democratic Republic of the Congo claimed control of Masisi."
    assert _code(nlp, text, "troops") == "CODMIL"
