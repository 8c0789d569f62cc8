"""Argument classes of session 5, round 2 (invented sentences): three or more coordinated owners of one title or
noun, the parties of a deal or talks named with a passive of mediation, a state reporting an agentless blow on a
foreign military, trade measures on goods from several countries, the beneficiary of a plan or dialogue "for" a
country, and a count that sums up the list after it."""

from __future__ import annotations

import pytest
from helpers_events import counted_events, dyads, has_event


def _both_ways(countries: list[str]) -> set[tuple[str | None, str | None]]:
    return {(a, b) for a in countries for b in countries if a != b}


@pytest.mark.slow
@pytest.mark.parametrize("text, countries, root", [
    ("The foreign ministers of China, Japan and South Korea meet in Tokyo.", ["CHN", "JPN", "KOR"], "04"),
    ("The presidents of Kenya, Uganda and Tanzania sign a trade pact.", ["KEN", "UGA", "TZA"], "05"),
    ("The defence ministers of Greece, Turkey and Cyprus met on Monday.", ["GRC", "TUR", "CYP"], "04"),
    ("Indian, Japanese and French warships held joint exercises.", ["IND", "JPN", "FRA"], "06"),
    ("Chinese, Russian and Iranian navies hold joint drills.", ["CHN", "RUS", "IRN"], "06"),
])
def test_every_coordinated_owner_is_a_party(nlp, text: str, countries: list[str], root: str) -> None:
    """A joint act of three owners named in one phrase pairs every owner with every other, both ways."""
    assert _both_ways(countries) <= dyads(counted_events(nlp, text), (root,))


@pytest.mark.slow
def test_two_owners_and_a_single_owner_are_unchanged(nlp) -> None:
    """Two owners still give one pair both ways; a head whose country its phrase does not name yields to its owners."""
    evs = counted_events(nlp, "The foreign ministers of China and Japan meet in Tokyo.")
    assert dyads(evs, ("04",)) == {("CHN", "JPN"), ("JPN", "CHN")}
    evs = counted_events(nlp, "Indian and French warships held joint exercises.")
    assert dyads(evs, ("06",)) == {("IND", "FRA"), ("FRA", "IND")}


@pytest.mark.slow
def test_capitalised_plural_title_with_many_owners(nlp) -> None:
    """"The Foreign Ministers from A, B, C and D urge Iran": each ministry urges, no ownerless minister."""
    evs = counted_events(nlp, "The Foreign Ministers from Oman, Kuwait, Morocco, and Qatar issue a joint statement urging "
                              "Iran to stop its strikes.")
    srcs = {e.source.country for e in evs if e.source is not None and e.target is not None and e.target.country == "IRN"}
    assert {"OMN", "KWT", "MAR", "QAT"} <= srcs
    assert not any(e.source is not None and e.source.code == "---GOV" for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("text, mediator, parties", [
    ("Armenia and Azerbaijan sign a peace agreement, mediated by the United States.", "USA", {"ARM", "AZE"}),
    ("Sudan signed a peace deal with South Sudan, brokered by Ethiopia.", "ETH", {"SDN", "SSD"}),
    ("Israel reached a ceasefire agreement with Hezbollah mediated by France.", "FRA", {"ISR", "LBN"}),
    ("A ceasefire between Israel and Hezbollah was brokered by the United States.", "USA", {"ISR", "LBN"}),
])
def test_passive_mediation_targets_the_parties(nlp, text: str, mediator: str, parties: set[str]) -> None:
    """The mediator named by a passive or participle ("mediated by", "brokered by") works between the parties."""
    evs = counted_events(nlp, text)
    assert {t for s, t in dyads(evs, ("04",)) if s == mediator} >= parties


@pytest.mark.slow
def test_mediation_without_named_parties_has_no_guess(nlp) -> None:
    """"The talks are mediated by Oman" names no parties in its sentence: no target is invented."""
    evs = counted_events(nlp, "The talks are mediated by Oman.")
    assert all(e.target is None for e in evs if e.source is not None and e.source.country == "OMN")


@pytest.mark.slow
def test_state_reporting_agentless_blow_on_foreign_military(nlp) -> None:
    """"Ukraine says 40 Russian warplanes were destroyed by drone attacks": the reporting state struck; not when the
    victims are civilians, nor when the blow has a named agent."""
    evs = counted_events(nlp, "Ukraine says 40 Russian warplanes were destroyed by drone attacks.")
    assert has_event(evs, "19", src="UKR", tgt="RUS")
    evs = counted_events(nlp, "Russia says 20 Ukrainian civilians were killed in drone attacks.")
    assert not any(e.root in ("18", "19") and e.source is not None and e.source.country == "RUS" for e in evs)
    evs = counted_events(nlp, "Ukraine says five civilians were killed in drone attacks.")
    assert not any(e.source is not None and e.source.country == "UKR" for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("text, source, targets", [
    ("The United States imposes tariffs on goods from Canada and Mexico.", "USA", {"CAN", "MEX"}),
    ("China bans imports of seafood from Japan and South Korea.", "CHN", {"JPN", "KOR"}),
    ("Trump announces 25 percent tariffs on imports from Canada, Mexico and China.", None, {"CAN", "MEX", "CHN"}),
])
def test_trade_measure_on_goods_from_several_countries(nlp, text: str, source: str | None, targets: set[str]) -> None:
    """Tariffs or bans on goods "from" a list of countries are aimed at each of them."""
    got = {t for s, t in dyads(counted_events(nlp, text, "2025-03-01"), ("16",)) if source is None or s == source}
    assert targets <= got


@pytest.mark.slow
def test_destination_of_a_shipment_is_still_no_target(nlp) -> None:
    """The other places a thing travels "from" are not added to an attack's targets (only trade measures take every
    origin in a list)."""
    evs = counted_events(nlp, "Drones attacked trucks arriving from Senegal and Mali.")
    assert not any(e.target is not None and e.target.country == "MLI" for e in evs if e.root == "19")


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("The African Union endorses a dialogue for Sudan.", "IGO", "SDN"),
    ("The EU supports a peace plan for Ukraine.", None, "UKR"),
    ("China expresses support for Russia.", "CHN", "RUS"),
])
def test_plan_or_dialogue_for_a_country(nlp, text: str, source: str | None, target: str) -> None:
    """The country a plan, dialogue or support is "for" is the target of backing it."""
    evs = counted_events(nlp, text)
    assert any(e.root == "05" and e.target is not None and e.target.country == target for e in evs)


@pytest.mark.slow
def test_reason_after_for_is_no_target(nlp) -> None:
    """"sentenced ... for espionage for Russia": a reason or cause after "for" names no target."""
    evs = counted_events(nlp, "The court sentenced him to 10 years for espionage for Russia.")
    assert not any(e.target is not None and e.target.country == "RUS" for e in evs)


@pytest.mark.slow
@pytest.mark.parametrize("text, parts", [
    ("Hamas frees eight hostages, three Israelis and five Thai nationals.", {"ISR", "THA"}),
    ("Israel releases 90 prisoners, 60 Palestinians and 30 Lebanese.", {"PSE", "LBN"}),
])
def test_count_that_sums_the_list_is_no_party(nlp, text: str, parts: set[str]) -> None:
    """"eight hostages, three Israelis and five Thais": the eight are the three and the five; two events."""
    evs = [e for e in counted_events(nlp, text) if e.root == "08"]
    assert {e.target.country for e in evs if e.target is not None} == parts
    assert len(evs) == len(parts)


@pytest.mark.slow
def test_list_whose_first_count_is_no_sum_keeps_every_member(nlp) -> None:
    """"two Britons, three Germans and four Poles": no member sums up the others; three parties."""
    evs = counted_events(nlp, "Police arrest two Britons, three Germans and four Italians.")
    assert {"GBR", "DEU", "ITA"} <= {e.target.country for e in evs if e.root == "17" and e.target is not None}


@pytest.mark.slow
@pytest.mark.parametrize("text, attacker", [
    ("Ten people were killed in an attack when gunmen stormed a church in Kaduna, Nigeria.", "NGA"),
    ("At least 31 villagers are killed, shops are burned and cattle are stolen in an assault when Rapid Support Forces "
     "gunmen storm Al-Khuwei, West Kordofan, Sudan.", "SDN"),
])
def test_attacker_named_in_when_clause(nlp, text: str, attacker: str) -> None:
    """"killed in an attack when gunmen stormed a church": who stormed struck the ones killed."""
    evs = counted_events(nlp, text)
    assert any(e.root in ("18", "19") and e.source is not None and e.source.country == attacker
               and e.target is not None and e.target.sector == "CVL" for e in evs)


@pytest.mark.slow
def test_when_clause_without_a_blow_gives_no_attacker(nlp) -> None:
    """"killed when a bus crashed into a truck": an accident names no attacker."""
    evs = counted_events(nlp, "Three people were killed when a bus driven by a Kenyan crashed into a truck.")
    assert not any(e.source is not None and e.source.country == "KEN" for e in evs)


@pytest.mark.slow
def test_unnamed_assailant_in_when_clause_stays_unnamed(nlp) -> None:
    """"injured in an attack when a man attacks protesters": an unnamed assailant is no source of the casualties."""
    evs = counted_events(nlp, "Seven people are injured in a firebombing attack when a man attacks protesters in Boulder, "
                              "Colorado.")
    assert not any(e.source is not None and e.target is not None and e.target.text.startswith("Seven") for e in evs)


@pytest.mark.slow
def test_multilateral_meeting_of_many_is_one_event_per_party(nlp) -> None:
    """Twelve foreign ministers meeting give one meeting per state, not 132 pairs."""
    evs = [e for e in counted_events(nlp, "The Foreign Ministers from Turkey, Egypt, Kuwait, Azerbaijan, Oman, Bahrain, "
                                          "Morocco, Iraq, Jordan, Pakistan, Indonesia, and Malaysia met in Doha.")
           if e.root == "04"]
    assert 10 <= len(evs) <= 12
    assert all(e.target is None for e in evs)
    assert {e.source.country for e in evs if e.source is not None} >= {"AZE", "BHR", "EGY", "TUR"}
