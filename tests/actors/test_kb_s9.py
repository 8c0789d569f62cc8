"""Session 9 knowledge: organisations, places, group nouns and demonyms added to the actor files.

Organisations named as actors in news (agencies, police forces, companies, unions, armed groups and
parties) get their country and sector; cities, provinces and districts give their country to a phrase
and to a bare agent of the same sentence; group nouns (mutineers, truck drivers, nuns) give a sector;
and a few demonym spellings are known. Ambiguous names (a place that is also a given name or a word,
a party name used in several countries) are left out."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import load_knowledge_base


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize(("text", "want"), [
    # Transnational movement: CAMEO's IMG code with the opposition sector.
    ("Muslim Brotherhood", "IMGOPPMBR"),
    # International and non-governmental bodies.
    ("FIFA", "NGOFIFA"),
    ("International Organization for Migration", "IGOUNOIOM"),
    ("International Olympic Committee", "NGOIOC"),
    ("Eurasian Economic Union", "IGOEUREEU"),
    # National agencies, police forces and courts.
    ("Federal Aviation Administration", "USAGOV"),
    ("Internal Revenue Service", "USAGOV"),
    ("West Midlands Police", "GBRCOP"),
    ("Mossos d'Esquadra", "ESPCOP"),
    ("Railway Protection Force", "INDCOP"),
    ("Frontier Corps", "PAKMIL"),
    ("Central Military Commission", "CHNMIL"),
    ("Federal Constitutional Court", "DEUJUD"),
    ("Roskomnadzor", "RUSGOV"),
    # Companies and unions.
    ("Dominion Voting Systems", "USABUS"),
    ("General Motors", "USABUS"),
    ("Johnson & Johnson", "USABUS"),
    ("DP World", "AREBUS"),
    ("United Auto Workers", "USALAB"),
    ("Trades Union Congress", "GBRLAB"),
    # Armed groups with their country; a unit of Hezbollah is Hezbollah.
    ("Radwan Force", "LBNREBHEZ"),
    ("Baloch Nationalist Army", "PAKREB"),
    ("Bangsamoro Islamic Freedom Fighters", "PHLREB"),
    ("Jaysh al-Adl", "IRNREBJAD"),
    ("Khorasan Province", "AFGREBISK"),
    # Parties, including names that read as another country's party without the entry.
    ("GERB", "BGRPTY"),
    ("Liberal Democrats", "GBRPTY"),
    ("Sweden Democrats", "SWEPTY"),
    ("Institutional Revolutionary Party", "MEXPTY"),
])
def test_organisations_added_in_session_9(kb, text: str, want: str) -> None:
    ref = kb.lookup(text)
    assert ref is not None and ref.code == want


@pytest.mark.parametrize(("text", "want"), [
    ("Gambela", "ETH"), ("Geneina", "SDN"), ("Kulbus", "SDN"), ("Afgooye", "SOM"), ("Gulu", "UGA"),
    ("Zanzibar", "TZA"), ("Iqaluit", "CAN"), ("Changchun", "CHN"), ("Paletwa", "MMR"), ("Klishchiivka", "UKR"),
    ("Chernobyl", "UKR"), ("Miranshah", "PAK"), ("Udhampur", "IND"), ("Ali Al Salem Air Base", "KWT"),
    ("Whakaari", "NZL"), ("Kowloon", "HKG"), ("Croydon", "GBR"), ("Chipene", "MOZ"), ("Gagauzia", "MDA"), ("Enga Province", "PNG"),
])
def test_places_added_in_session_9(kb, text: str, want: str) -> None:
    ref = kb.lookup(text)
    assert ref is not None and ref.code == want


@pytest.mark.parametrize(("text", "want"), [
    ("Somalian", "SOM"), ("Burkinabé", "BFA"), ("Filipina", "PHL"),
])
def test_demonym_spellings(kb, text: str, want: str) -> None:
    ref = kb.lookup(text)
    assert ref is not None and ref.code == want


@pytest.mark.parametrize(("text", "word", "want"), [
    # A place of the sentence gives its country to a group noun or a bare agent.
    ("Armed men kill four truck drivers on a highway near Tapachula.", "drivers", "MEXLAB"),
    ("Burkinabé mutineers seize a barracks overnight.", "mutineers", "BFAMIL"),
    ("Two nuns are abducted from a convent in Mbarara.", "nuns", "UGAREL"),
    ("Jihadis storm a village in Gorom-Gorom, killing a teacher.", "Jihadis", "BFAREB"),
    ("Police say three people were wounded by a grenade in Kumasi.", "people", "GHACVL"),
    # Organisations inside a sentence keep their own code.
    ("The Radwan Force fires anti-tank missiles at an army post on the border.", "Force", "LBNREBHEZ"),
    ("The Frontier Corps repels an assault on a checkpoint.", "Corps", "PAKMIL"),
    # A crown court is a court of England and Wales.
    ("A crown court jails a man for six years over an arson attack.", "court", "GBRJUD"),
])
def test_sentences_with_added_knowledge(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_a_surname_that_is_also_a_town_gives_no_country(nlp) -> None:
    # Town names that are common surnames (Coban) are left out of the places, so a person's name gives no country.
    assert not (_code(nlp, "Emre Coban, a 51-year-old Dutch engineer, is jailed for fraud.", "Coban") or "").startswith("GTM")
