"""Session 14: the country of event sources and targets. "Congo" alone is the Democratic Republic (the news
style for it), a sponsor before "-backed" places nobody else, "the West Bank" is not "the West", settlers stay
Israeli wherever they act, a facility named for its town places the story there, a court or police named with
its country acts on its own people, acronyms stand for the long form the article spelt out, a police force or
court with a name we do not know is still the story's state's, "the airline" is the airline named before, and
a coalition's phrase keeps all its members."""

from __future__ import annotations

import pytest
from helpers_actors import code_of_word as _code

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.records import Article


@pytest.mark.parametrize(("text", "word", "want"), [
    # "Congo" after a town of the Democratic Republic, and alone, is the Democratic Republic.
    ("Gunmen attack a camp near Goma, Congo, and kill nine villagers.", "villagers", "CODCVL"),
    # Agent words with a known sector.
    ("Norway scrambles fighter aircraft after an unknown object enters its airspace.", "aircraft", "NORMIL"),
    ("Vandals spray paint on the French Consulate General in Quebec City, Canada.", "General", "FRAGOV"),
    ("Nepal's Chief of Army Staff visits troops near the border.", "Chief", "NPLMIL"),
    ("Three Tehrik-i-Taliban fighters die in a clash with troops in Bannu.", "fighters", "PAKREBTTP"),
    # A titled person we do not know, as the possessor of aides: the story's country.
    ("Gunmen in Oaxaca, Mexico, wound three of mayor Lucia Marquez's aides.", "aides", "MEXGOV"),
    # "in the West Bank" is Palestine, not the West.
    ("Farmers in the West Bank block a road near Jenin.", "Farmers", "PSEAGR"),
    ("Students in the West Bank hold a sit-in outside a ministry.", "Students", "PSEEDU"),
    # Settlers keep their own country wherever they act.
    ("Settlers in Nablus torch three cars.", "Settlers", "ISRCVL"),
    # A facility named for its town places the story in that town's country.
    ("Odesa International Airport is hit by drones overnight. Two people are wounded.", "people", "UKRCVL"),
    # A court named with its country acts on its own people.
    ("A Danish court jails Henrik Sommerlund for setting fire to a barn.", "Sommerlund", "DNKCVL"),
    # A police force whose own name we do not know is still the story's state's.
    ("Officers of the Coastal Reserve Guard are ambushed in Odisha, India.", "Guard", "INDCOP"),
])
def test_actor_country(nlp, text: str, word: str, want: str) -> None:
    assert _code(nlp, text, word) == want


def test_a_sponsor_before_backed_places_nobody_else(nlp) -> None:
    text = "Unknown gunmen kill four traders in a market as Rwanda-backed fighters close in."
    assert _code(nlp, text, "gunmen") != "RWAUAF"


@pytest.mark.parametrize(("text", "word", "nth", "want"), [
    # An acronym spelt out in brackets before, or the initials of a known body named before.
    ("The Nigerian Drug Law Enforcement Agency (NDLEA) seizes cocaine in Lagos. The NDLEA says two suspects fled.",
     "NDLEA", 1, "NGACOP"),
    ("Fighters of the Baloch Nationalist Army ambush a convoy near Turbat. The BNA later claims the attack.",
     "BNA", 0, "PAKREB"),
    # "The airline" is the airline named before, not one of the other country of the story.
    ("Dutch airline Skyvale halts flights to Caracas, Venezuela. The airline says it will resume them in May.",
     "airline", 1, "NLDBUS"),
])
def test_a_later_mention_is_the_body_named_before(nlp, text: str, word: str, nth: int, want: str) -> None:
    assert _code(nlp, text, word, nth=nth) == want


def test_a_coalition_keeps_all_its_members(nlp) -> None:
    text = "A coalition of RSF and SPLM-N rebels shells Kadugli."
    doc = nlp(text)
    actors = ArticleActors(doc, Article(id="t", text=text, date="2025-10-15"), load_knowledge_base())
    ref = actors.actor_at(next(t for t in doc if t.text == "coalition"))
    assert ref is not None and ref.text == "A coalition of RSF and SPLM-N rebels" and ref.country == "SDN"
