"""One vocabulary of harm no one dealt, session 11 (helper unify).

The accident verbs, the hazard and accident nouns and the violence cues live once, in `data/events/harm_words.yaml`,
read by `eventwire.events.common`; emit (`_accidental_harm`, `_later_toll`) and frames (`_disaster_harm`, the
casualty-verb checks, `_hazard_evacuation`, `_crash_above`) share them and the tests `disaster_noun`, `violence_cue`,
`gunfire` and `hazard_verb_accident`.

Classes: a vehicle that flips, tumbles or swerves, a named storm that "struck", a mine that collapses before a later
toll, an accident verb the small parser reads as a noun ("when a bus crashes and overturns", "A train collides with
..."), a cloudburst, an accident with an army truck before its toll, a volcano that erupts before an evacuation: no
event; a fight or a protest that "erupted", "an outbreak of
violence", fire "from" tanks or "heavy fire from" rebels, rockets that "rain down", forces that "storm" a city: still
violence (or aid, for an evacuation from fighting).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_roots as _roots

from eventwire.events import common, emit, frames

VIOLENT = {"18", "19", "20"}


def test_one_vocabulary_shared_by_emit_and_frames() -> None:
    assert frames.ACCIDENT_VERBS is common.ACCIDENT_VERBS
    assert getattr(emit, "ACCIDENT_VERBS", common.ACCIDENT_VERBS) is common.ACCIDENT_VERBS
    for old in ("ATTACK_WORDS_BEFORE", "NO_DOER_NOUNS", "HARM_VIOLENCE_CUES", "ACCIDENT_ATTACK_WORDS", "HARM_ACCIDENT_VERBS",
                "HARM_DISASTER_NOUNS", "EVACUATION_HAZARDS"):
        assert not hasattr(emit, old) and not hasattr(frames, old), old
    assert common.HAZARD_WORDS <= common.DISASTER_NOUNS
    assert common.NATURAL_HAZARDS <= common.HAZARD_WORDS
    # a word is either harm no one dealt or a cue of violence, never both
    assert not common.DISASTER_NOUNS & common.VIOLENCE_CUES
    assert not common.ACCIDENT_VERBS & common.VIOLENCE_CUES
    assert "fire" not in common.DISASTER_NOUNS | common.VIOLENCE_CUES  # told apart by `gunfire`


#: Accidents and hazards the old lists split between the two mechanisms: no violent event.
ACCIDENTS = [
    "Nine passengers are killed as a tour bus veers off a cliff road in Cusco, Peru.",
    "Four miners are killed when a tunnel caves in at a gold mine in Ghana.",
    "A cargo truck flips over on the highway near Lahore, Pakistan, and kills six people.",
    "A bus tumbles into a gorge in Himachal Pradesh, India, killing 14 pilgrims.",
    "A truck swerves off a bridge in Kenya, killing eleven people.",
    "Lawmakers question officials about the recovery from Typhoon Mirae, which struck Okinawa last year.",
    "A coal mine collapses in Zonguldak, Turkey. Nine miners are killed.",
    # present-tense accident verbs, which the small parser may read as plural nouns
    "Nine pilgrims are killed and 25 more are injured when their bus derails from a bridge in Bolu, Turkey.",
    "A goods train collides with a passenger train near Sylhet, Bangladesh, killing at least 12 people and injuring dozens.",
    "Twelve people are killed and 40 are injured when a bus collides with a fuel tanker in Sindh, Pakistan.",
    "At least 11 people are killed when a cloudburst causes landslides across Kullu, India.",
    # armed people named in an accident do not make its later toll a blow
    "A high-speed train collides with an army truck at a level crossing near Arras, France. The driver is killed and 19 "
    "people are wounded.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", ACCIDENTS)
def test_accident_is_no_violence(nlp, text: str) -> None:
    assert not _roots(nlp, text) & VIOLENT


#: Violence that an accident or hazard word in the sentence (or a shared verb) used to hide: still violence.
VIOLENCE = [
    "At least eight people are killed after an outbreak of ethnic violence in the Ituri region of Congo.",
    "Six people are killed when clashes erupt between farmers and herders in Benue State, Nigeria.",
    "Twelve people are killed when protests erupt in Nairobi, Kenya.",
    "Fire from Israeli tanks kills three people in Khan Younis, Gaza.",
    "Five soldiers are killed in heavy fire from rebels in North Kivu, Congo.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", VIOLENCE)
def test_violence_stays(nlp, text: str) -> None:
    assert _roots(nlp, text) & VIOLENT


@pytest.mark.slow
def test_state_of_emergency_for_floodwater(nlp) -> None:
    text = "The government declares a state of emergency in Valencia after floodwater inundates the city."
    assert "17" not in _roots(nlp, text)


@pytest.mark.slow
def test_evacuation_from_an_eruption_is_no_aid(nlp) -> None:
    assert "07" not in _roots(nlp, "Italy evacuates villagers near Catania as Mount Etna erupts.")


#: Verbs that are hazards only as nouns: an evacuation from fighting stays aid (07).
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Israel evacuates residents of Kiryat Shmona as Hezbollah rockets rain down on the town.",
    "Ukraine evacuates civilians from Pokrovsk as Russian forces storm the city.",
])
def test_evacuation_from_fighting_stays_aid(nlp, text: str) -> None:
    assert "07" in _roots(nlp, text)


#: Guards (hold on main too): a named fire is a blaze, a group's fire is shots.
@pytest.mark.slow
def test_named_fire_is_a_blaze_and_a_groups_fire_shots(nlp) -> None:
    assert not _roots(nlp, "The Ridgeback Fire burns 40,000 acres in Modoc County, California.") & VIOLENT
    assert "07" not in _roots(nlp, "Hundreds of residents evacuate in Oregon as the Pine Hollow Fire spreads.")
    assert _roots(nlp, "Two people are killed by Hamas fire in Sderot, Israel.") & VIOLENT


def test_harm_words_file_is_checked(tmp_path) -> None:
    bad = tmp_path / "harm.yaml"
    bad.write_text("accident_verbs: [crash]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="hazard_verbs"):
        common._load_harm_words(bad)


#: The armed owner of a crashed vehicle tells no violence (lead, after the merge): "Air Force" and "army" name whose the
#: vehicle is; a blow named in the sentence still makes the crash an attack.
@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Thirty-one people are killed and more than fifty others are hurt after a Kenya Air Force trainer crashes into a college campus in Nanyuki.",
])
def test_armed_owner_of_a_crashed_vehicle_is_no_attack(nlp, text: str) -> None:
    assert not _roots(nlp, text) & VIOLENT
