"""Session-15 coercion language (CAMEO root 17), helper coerce.

Every sentence is invented for these tests. Families: an agentless passive of arrest, charge or sentence whose
patient the actor lists give no role (a name not in the knowledge base, or a plain person noun such as "the couple",
"the driver", "two members of the party") is coded with no source, as the passive of a coded person is; a passive of
arrest or abduction joined to another passive with the auxiliary left out ("one is killed and 12 suspects detained")
has its subject as the patient, not the doer; people held told by their number alone ("dozens are arrested");
confinement told with "on" ("placed on house arrest"); "shuts down" read with "down" as a preposition before the
internet or a broadcaster (1721).
"""

from __future__ import annotations

from helpers_events import all_events, counted_events, has_event


def _triples(evs) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.text if e.source else None, e.target.text if e.target else None) for e in evs]


def test_agentless_passive_arrest_of_an_uncoded_person_is_coded(nlp) -> None:
    """"the couple were arrested": the state's act on a person with no actor role, coded with no source."""
    for text in ("The couple were detained at the airport on Tuesday.",
                 "The lorry driver is arrested after the crash on the motorway.",
                 "Marta Quelling, a well-known tattoo artist, is sentenced to six years in prison.",
                 "Two members of the tiny Sunflower Movement are charged with sedition."):
        evs = counted_events(nlp, text)
        assert any(e.cameo.startswith("173") and e.source is None and e.target is not None for e in evs), \
            (text, _triples(evs))


def test_uncoded_person_keeps_modality_and_no_agent_rules(nlp) -> None:
    """Negation and modality stay; a "by" agent that is no actor, or a non-person patient, gives no event."""
    evs = all_events(nlp, "The couple were not detained at the airport on Tuesday.")
    assert evs and all(e.negated for e in evs if e.cameo.startswith("173")), _triples(evs)
    assert not counted_events(nlp, "The lorry driver may be arrested after the crash on the motorway.")
    assert not has_event(counted_events(nlp, "A juggler is detained by stadium stewards during the final."), "173")
    assert not has_event(counted_events(nlp, "The old ferry was detained in the harbour for repairs."), "173")


def test_gapped_passive_arrest_takes_its_own_subject_as_patient(nlp) -> None:
    """"two soldiers are killed and 12 suspects detained": the suspects were detained, they did not detain anyone."""
    evs = counted_events(nlp, "Two soldiers are killed and 12 suspects detained near the border town.")
    arrests = [e for e in evs if e.cameo.startswith("173")]
    assert arrests and all(e.source is None or "suspects" not in e.source.text for e in arrests), _triples(evs)
    assert any(e.target is not None and "suspects" in e.target.text for e in arrests), _triples(evs)
    # a casualty verb keeps its own reading, and an active conjunct with an object stays active
    evs = counted_events(nlp, "Three protesters are injured and police arrested 20 people in the square.")
    assert any(e.cameo.startswith("173") and e.source is not None and "police" in e.source.text for e in evs), \
        _triples(evs)


def test_placed_on_house_arrest(nlp) -> None:
    """"placed on house arrest" is confinement (173) like "placed under house arrest"."""
    evs = counted_events(nlp, "A Bolivian judge places former minister Arturo Murillo on house arrest.")
    assert has_event(evs, "173", tgt="BOL"), _triples(evs)
    evs = counted_events(nlp, "Former Peruvian president Pedro Castillo is put on house arrest.")
    assert has_event(evs, "173", tgt="PER"), _triples(evs)


def test_shuts_down_the_internet_with_down_read_as_a_preposition(nlp) -> None:
    """"shuts down the internet": censorship (1721) also when the parser hangs the object under "down"."""
    evs = counted_events(nlp, "The Ethiopian government shuts down the internet nationwide.")
    assert has_event(evs, "1721", "ETH"), _triples(evs)
    assert not has_event(counted_events(nlp, "The carmaker shuts down the plant in Ohio."), "17")


def test_people_held_told_by_their_number_alone(nlp) -> None:
    """"dozens are arrested", "one is killed and 30 detained": people named by a number are held all the same; the
    place they were held in gives their country."""
    evs = counted_events(nlp, "Scores are detained in Yerevan after a night of unrest.")
    assert has_event(evs, "173", tgt="ARM"), _triples(evs)
    evs = counted_events(nlp, "A border guard is shot dead and 14 detained near the crossing.")
    assert any(e.cameo.startswith("173") and e.target is not None and "14" in e.target.text for e in evs), _triples(evs)
    assert not has_event(counted_events(nlp, "Four are killed and 14 injured near the crossing."), "17")
