"""Session 3 actor rules on real-news wording: places joined to a place phrase, several states'
office holders, language adjectives, staff of an institution ("judges at the ICC"), unknown
organisations named after a country, "People's" inside names, collective heads, and new entries."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word"), [
    ("Riot police detained dozens of students in Northwood, London.", "London"),
    ("Bandits ambushed a truck on the road between Bamako and Segou.", "Bamako"),
])
def test_capital_joined_to_a_place_phrase_is_a_place(nlp, text: str, word: str) -> None:
    assert _code(nlp, text, word) is None


@pytest.mark.slow
def test_capitals_between_which_talks_run_stay_governments(nlp) -> None:
    text = "Talks between Washington and Tehran resumed on Sunday."
    assert _code(nlp, text, "Washington") == "USAGOV"
    assert _code(nlp, text, "Tehran") == "IRNGOV"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Nearly twenty governments condemned the raid on the convoy near Ghent, Belgium.", "governments", "---GOV"),
    ("Foreign ministers gathered in Lima, Peru, and criticised the coup.", "ministers", "---GOV"),
    ("A conference of foreign ministers in Nairobi denounced the blockade.", "ministers", "---GOV"),
    # one owner named: the owner's, as before
    ("The foreign ministers of Chile and Peru signed the accord.", "ministers", "CHLGOV"),
])
def test_several_states_office_holders_take_no_story_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_language_adjective_is_no_owner(nlp) -> None:
    text = "French-speaking rebels attacked an army post near Bamenda in Cameroon."
    assert _code(nlp, text, "rebels") == "CMRREB"
    assert _code(nlp, text, "French") is None


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Lithuania expelled the consul at the Belarusian embassy in Vilnius.", "consul", "BLRGOV"),
    ("Judges at the International Criminal Court rejected the appeal.", "Judges", "IGOICC"),
    # not staff: demonstrators at an embassy are where they stand
    ("Demonstrators at the Chinese embassy in Oslo clashed with police.", "Demonstrators", "NOROPP"),
])
def test_staff_take_the_country_of_their_institution(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("The Finnish Veterans Fund sued the ministry.", "Fund", "FIN"),
    ("The Chad Nurses Network reported five deaths.", "Network", "TCD"),
])
def test_unknown_organisation_named_after_a_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_peoples_inside_a_name_is_part_of_it(nlp) -> None:
    text = "Units of the Korean People's Army fired shells into the sea."
    assert _code(nlp, text, "Army") == "PRKMIL"
    text = "Fighters of the Tigray People's Liberation Front entered Mekelle."
    assert _code(nlp, text, "Fighters") == "ETHREBTPL"


@pytest.mark.slow
def test_collective_head_takes_its_members(nlp) -> None:
    text = "A coalition of opposition parties in Kenya rejected the budget."
    assert _code(nlp, text, "coalition") == "KENOPP"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "date", "want"), [
    ("Interior Minister Eskandar Momeni visited the border.", "Momeni", "2025-03-01", "IRNGOV"),
    ("Denis Sassou Nguesso met the envoy.", "Nguesso", "2024-05-01", "COGGOV"),
    ("Prosecutors from the Crown Prosecution Service charged the driver.", "Service", "2025-03-01", "GBRJUD"),
    ("The Rajya Sabha passed the amendment.", "Sabha", "2025-03-01", "INDLEG"),
    ("Iyad Ag Ghaly called for attacks.", "Ghaly", "2024-05-01", "MLIREBJNM"),
])
def test_session3_entries(nlp, text: str, word: str, date: str, want: str) -> None:
    assert _code(nlp, text, word, date) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Riots broke out in Antigua and Barbuda after police shot a teenager.", "police", "ATGCOP"),
    ("Bosnia and Herzegovina recalled its envoy to Serbia.", "Bosnia", "BIH"),
    ("Militants attacked a checkpoint in Sistan and Baluchestan province.", "Militants", "IRNREB"),
])
def test_names_with_and_are_read_whole(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_second_half_of_a_name_with_and_is_the_whole_name(nlp) -> None:
    text = "Bosnia and Herzegovina recalled its envoy to Serbia."
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date="2025-10-15"), load_knowledge_base())
    ref = actors.actor_at([t for t in doc if t.text == "Herzegovina"][0])
    assert ref is not None and ref.code == "BIH" and ref.text == "Bosnia and Herzegovina"


@pytest.mark.slow
def test_faith_word_is_no_unknown_name(nlp) -> None:
    text = "A Catholic priest was stabbed outside a church in Lyon, France."
    assert _code(nlp, text, "priest") == "FRAREL"


@pytest.mark.slow
def test_migrants_take_no_country_of_where_they_are_held(nlp) -> None:
    text = "Greek coastguards intercepted 40 migrants off the island of Lesbos, Greece."
    assert _code(nlp, text, "migrants") == "---REF"
    text = "Syrian migrants were detained near Edirne, Turkey."
    assert _code(nlp, text, "migrants") == "SYRREF"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Tomasz Wierzba shot two guards at a bank in Gdansk, Poland.", "Wierzba", "POLCVL"),
    # a demonym before the name says whose, not the place of the story
    ("A 70-year-old Chilean Rosa Mella Pardo was robbed in Lima, Peru.", "Pardo", "CHLCVL"),
])
def test_unknown_person_takes_a_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Kenya expelled Tomasz Wierzba as Polish ambassador.", "Wierzba", "POLGOV"),
    ("Tomasz Wierzba, a Polish engineer, was kidnapped in Nigeria.", "Wierzba", "POLCVL"),
])
def test_unknown_person_described_by_a_role(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Police in Kabul arrested Amir Hosseini Tabar, a shopkeeper.", "Tabar", "AFGCVL"),
    ("Former parliament member Somchai Rattanakul was arrested in Bangkok, Thailand.", "Rattanakul", "THAELI"),
    ("A Syrian war monitor said 12 fighters died in Idlib.", "monitor", "SYRHRI"),
    ("Belarus freed protest leader Olga Petrova Lis.", "Lis", "BLROPP"),
])
def test_given_names_titles_and_monitors(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
@pytest.mark.parametrize(("text", "word", "want"), [
    ("Three members of the Taliban were killed near Herat.", "members", "AFGGOVTAL"),
    ("A member of the Iraqi parliament criticised the deal.", "member", "IRQLEG"),
    ("Members voted against the plan.", "Members", None),
])
def test_members_are_coded_as_what_they_belong_to(nlp, text: str, word: str, want: str | None) -> None:
    assert _code(nlp, text, word) == want


@pytest.mark.slow
def test_the_west_bank_is_a_place_not_the_west(nlp) -> None:
    text = "Soldiers detained four people in the West Bank on Monday."
    assert _code(nlp, text, "people") == "PSECVL"


@pytest.mark.slow
def test_police_named_with_a_country_act_on_its_people(nlp) -> None:
    text = "Latvian police arrested 14 people suspected of smuggling fuel from Russia."
    assert _code(nlp, text, "people") == "LVACVL"


@pytest.mark.slow
def test_unknown_name_after_a_party_word_is_the_party(nlp) -> None:
    text = "Police in Harare detained the spokesman of the opposition party Umoja Mbele."
    assert _code(nlp, text, "spokesman") == "ZWEOPP"
