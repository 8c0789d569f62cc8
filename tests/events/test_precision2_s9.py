"""Event precision, session 9 (helper prec2): harm done by disasters and accidents, evacuations from natural hazards,
and state forces firing on a protesting crowd.

Classes: people killed or hurt in a crash, a capsizing, a collapse, a fire, a landslide or a flood (or a storm that
"struck" a place) are no act of anyone: no 18x/19x/20x event; an evacuation from a wildfire, a flood or a storm (and an
evacuation order against one) is no aid or demand between actors; police who open fire on "people protesting" repress
a crowd (175), as they do "protesters". Guards: an attack, a shelling or projectiles in the sentence keep the event.

Every sentence is invented for these tests; each table is one class of language seen in news briefs.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import counted_roots as _roots

pytestmark = pytest.mark.slow



#: Deaths and injuries from accidents and natural hazards: no violent event.
DISASTER_HARM = [
    "A minibus crashes into a river in Oyo State, Nigeria, and eleven passengers die while twenty more are hurt.",
    "In Tashkent, Uzbekistan, five shoppers are killed and forty hurt after a fire breaks out at a mall.",
    "Eighteen people are injured across Bolivia by heavy rainfall.",
    "Six people are killed and 12 are injured after a bus overturned on a mountain road in Cusco, Peru.",
    "Fourteen workers are killed and 30 injured in a fire at a textile factory in Dhaka, Bangladesh.",
    "Cyclone Freddy struck the coast of Malawi.",
    "Seven people are killed in a gas leak at a fertiliser plant in Gujarat, India.",
    "A landslide hits a mining village in Sumatra, Indonesia; twenty residents are killed and dozens remain missing.",
    "Two people are killed after Hurricane Leo makes landfall in Louisiana.",
]


@pytest.mark.parametrize("text", DISASTER_HARM)
def test_disaster_harm_is_no_violence(nlp, text):
    assert not _roots(nlp, text) & {"18", "19", "20"}


def test_violence_in_the_sentence_keeps_the_event(nlp):
    # the guard: the same kind of wording with shelling named stays a violent event, the accident does not
    assert "19" in _roots(nlp, "Russian artillery fire and shelling in Kharkiv kill nine residents and injure thirty.")
    assert not _roots(nlp, "A fire breaks out at a Kharkiv hotel overnight, and nine guests are killed and thirty hurt.") \
        & {"18", "19", "20"}


#: Evacuations from natural hazards: no aid (07) and no demand (10).
HAZARD_EVACUATIONS = [
    "Officials in Oregon evacuated thousands of residents as a wildfire spread towards Bend.",
    "Hundreds of families are evacuated in Vietnam ahead of Typhoon Kajiki.",
    "Authorities issued evacuation orders for three towns as floodwater rose in Queensland, Australia.",
    "Over 5,000 people evacuate as the blaze spreads near Athens.",
]


@pytest.mark.parametrize("text", HAZARD_EVACUATIONS)
def test_hazard_evacuation_is_no_event(nlp, text):
    assert not _roots(nlp, text) & {"07", "10"}


def test_evacuation_from_fighting_kept(nlp):
    # the guard: nationals taken out of a war stay aid (07); the same act before a storm does not
    assert "07" in _roots(nlp, "Japan evacuated its nationals from Libya as fighting intensified in Tripoli.")
    assert "07" not in _roots(nlp, "Officials evacuated thousands of residents from Okinawa ahead of Typhoon Mawar.")


#: Police opening fire on a crowd named by a participle of protest: violent repression (175), not a firefight.
def test_police_fire_on_people_protesting(nlp):
    evs = _events(nlp, "Three people are killed as police open fire on people protesting in Tabriz over fuel prices.")
    codes = {e.cameo for e in evs}
    assert "175" in codes and "193" not in codes
