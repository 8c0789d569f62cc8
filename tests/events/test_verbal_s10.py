"""Session-10 coverage of verbal and relational conflict (CAMEO roots 11, 12, 14, 16) found on fresh briefs.

Every sentence is invented for these tests. Classes: a criticised thing named as a pact "between" two states, or done
"by" a list of states, aims the criticism at each of them (one event per member, as for 16-20); the "by" agent of
the thing criticised is the target, also when the small parser hangs it on the verb; criticism or accusations named
with "from" in a circumstance ("after criticism from X") or drawn by "faced" are X's, aimed at the clause's subject;
"expressed dissatisfaction with" is disapproval (110); "described X as a breach" labels X (111), a police "terrorist
attack" classing does not; cooperation halted or stopped and relations "cut off" are cut (161); a strike begun by
workers, nurses or farmers is a labour strike (143), not an air strike; the month "March" is no protest march.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import dyads as _dyads
from helpers_events import has_event as _has


@pytest.mark.slow
def test_criticised_pact_between_two_states_targets_both(nlp) -> None:
    evs = _events(nlp, "Greece condemned the maritime memorandum of understanding between Ankara and Tripoli on Friday.")
    assert {("GRC", "TUR"), ("GRC", "LBY")} <= _dyads(evs, ("11",))


@pytest.mark.slow
def test_agent_of_criticised_thing_is_the_target(nlp) -> None:
    evs = _events(nlp, "Beijing sharply criticized the naval exercises by Australia and the Philippines.")
    assert {("CHN", "AUS"), ("CHN", "PHL")} <= _dyads(evs, ("11",))
    evs = _events(nlp, "Qatar slammed the decision by Israel to shut the border crossing.")
    assert _has(evs, "11", "QAT", "ISR")


@pytest.mark.slow
def test_criticism_from_in_a_circumstance(nlp) -> None:
    evs = _events(nlp, "Sweden dropped the visa rule after fierce criticism from Norway.")
    assert _has(evs, "111", "NOR", "SWE")
    evs = _events(nlp, "Serbia faced accusations from Croatia of stirring unrest near the border.")
    assert _has(evs, "112", "HRV", "SRB")


@pytest.mark.slow
def test_dissatisfaction_and_hostile_descriptions(nlp) -> None:
    evs = _events(nlp, "Tokyo expressed deep dissatisfaction with the comments made by South Korea.")
    assert _has(evs, "110", "JPN")
    evs = _events(nlp, "Jordan described the Israeli incursion as a blatant breach of the truce.")
    assert _has(evs, "111", "JOR", "ISR")
    evs = _events(nlp, "Three people were hurt in a knife attack in Leeds, which police described as a terrorist attack.")
    assert not any(e.cameo.startswith("11") for e in evs)


@pytest.mark.slow
def test_cooperation_halted_and_relations_cut_off(nlp) -> None:
    evs = _events(nlp, "Niger halted all security cooperation with France after the coup.")
    assert _has(evs, "161", "NER", "FRA")
    evs = _events(nlp, "Paraguay cut off relations with Venezuela over the disputed vote.")
    assert _has(evs, "161", "PRY", "VEN")


@pytest.mark.slow
def test_labour_strike_begun_by_workers(nlp) -> None:
    evs = _events(nlp, "Portuguese nurses begin a strike demanding better pay in public hospitals.")
    assert _has(evs, "143", "PRT")
    assert not any(e.cameo.startswith("19") for e in evs)


@pytest.mark.slow
def test_month_march_is_no_protest(nlp) -> None:
    evs = _events(nlp, "Guinea will hold a referendum on the new charter in March 2027.")
    assert not any(e.cameo.startswith("14") or e.cameo.startswith("13") for e in evs)


@pytest.mark.slow
def test_cooperation_curtailed_and_trade_paused(nlp) -> None:
    evs = _events(nlp, "Belarus curtailed its cooperation with the IAEA last week.")
    assert _has(evs, "160", "BLR")
    evs = _events(nlp, "Italy paused several weapons sales to Turkey.")
    assert _has(evs, "163", "ITA", "TUR")


@pytest.mark.slow
def test_accusation_in_as_clause_is_not_conditional(nlp) -> None:
    # the small parser hangs the "if" on the main verb here; the "as" clause keeps its own footing
    evs = _events(nlp, "A senior Indian general says that if border talks with Beijing fail, India will send more troops to "
                       "Ladakh, as India accuses China of building new roads.")
    assert _has(evs, "112", "IND", "CHN")


@pytest.mark.slow
def test_agents_named_with_including_by(nlp) -> None:
    evs = _events(nlp, "The latest missile launch was sharply condemned, including by Norway and Ireland.")
    assert {"NOR", "IRL"} <= {s for s, _ in _dyads(evs, ("11",))}


@pytest.mark.slow
def test_strike_called_a_massacre_is_a_label(nlp) -> None:
    evs = _events(nlp, "Algeria called the drone strike a massacre of civilians.")
    assert _has(evs, "111", "DZA")
    assert not any(e.cameo.startswith("14") for e in evs)
