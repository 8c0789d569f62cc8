"""Wire idioms of undergoing, charges and outbreaks (sentences written for these tests).

- "came under fire/attack from X": the subject suffers the act, X does it; fire from critics is criticism;
- an act named as a suspicion ("a man suspected of attacking") is not coded as done;
- "protests broke out across Pakistan": the protest belongs to the place's country.
Also a floor on the held-out wire batch (tests/events/data/heldout_wire.jsonl).
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

import pytest
from helpers_events import all_events

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

#: These cases were written for a mid-2024 publication date (it decides who holds an office).
_events = partial(all_events, date="2024-06-01")

WIRE = Path(__file__).parent / "data" / "heldout_wire.jsonl"
#: A little under the root accuracy measured on 2026-11-27 after the wire-idiom work (see the file's header).
WIRE_FLOOR = 0.82


def _codes(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if not e.negated]


def test_came_under_attack_reverses_roles(nlp) -> None:
    got = _codes(_events(nlp, "A Ukrainian convoy came under attack from Russian drones near Kherson on Monday."))
    assert any(c[:2] == "19" and s == "RUS" and t == "UKR" for c, s, t in got), got


def test_came_under_fire_from_gunmen(nlp) -> None:
    got = _codes(_events(nlp, "Kenyan peacekeepers came under fire from gunmen near the Somali border on Tuesday."))
    assert any(c[:2] == "19" and t == "KEN" for c, s, t in got), got


def test_under_fire_from_critics_is_criticism(nlp) -> None:
    got = _codes(_events(nlp, "The army chief came under fire from opposition lawmakers over the handling of the crisis in Congo."))
    assert got and all(c == "111" for c, _, _ in got), got


@pytest.mark.parametrize("text", [
    "A man suspected of attacking a mosque in Christchurch was arrested by New Zealand police on Friday.",
    "Rights groups documented allegations of torturing detainees by Syrian guards.",
    "The Syrian army faced accusations of shelling civilians in Idlib.",
])
def test_suspected_act_is_not_coded_as_done(nlp, text: str) -> None:
    got = _codes(_events(nlp, text))
    assert not any(c[:2] in ("18", "19", "20") for c, _, _ in got), got


def test_accusation_still_codes_the_accusation(nlp) -> None:
    got = _codes(_events(nlp, "Russia accused Ukraine of attacking a nuclear plant."))
    assert any(c.startswith("112") and s == "RUS" and t == "UKR" for c, s, t in got), got


def test_protests_broke_out_across_country(nlp) -> None:
    got = _codes(_events(nlp, "Demonstrations broke out across Pakistan after the arrest of the former prime minister."))
    assert any(c[:2] == "14" and s == "PAK" for c, s, t in got), got


def test_heldout_wire_root_accuracy_floor(nlp) -> None:
    recs = [json.loads(x) for x in WIRE.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("//")]
    assert len(recs) >= 60
    kb = load_knowledge_base()
    gold = hit = 0
    for r, doc in zip(recs, nlp.pipe(r["text"] for r in recs), strict=True):
        art = Article(id=r["id"], text=r["text"], date=r.get("date"), date_source="test")
        roots = {e.root for e in code_events(doc, art, ArticleActors(doc, art, kb), []) if not e.negated and not e.hypothetical}
        for e in r["events"]:
            gold += 1
            hit += e["cameo"][:2] in roots
    score = hit / gold
    assert score >= WIRE_FLOOR, f"wire root recall {score:.3f} < {WIRE_FLOOR}"


@pytest.mark.parametrize(("text", "code", "src", "tgt"), [
    # a particle parsed as a preposition ("out of") or as "more than" before a number ("over 13")
    ("Russia pulled out of the Black Sea grain deal on Monday, dealing a blow to global food security.", "16", "RUS", None),
    ("French troops pulled out of Niger on Friday.", "087", "FRA", "NER"),
    ("Hamas handed over 13 Israeli hostages to the Red Cross on Friday.", "0841", "PSE", None),
    ("Mali's junta kicked out the French ambassador on Monday, giving him 72 hours to leave the country.", "161", "MLI", "FRA"),
    # a meeting named in a circumstance belongs to the clause's subject
    ("Putin spoke to journalists in Minsk after talks with Lukashenko.", "040", "RUS", "BLR"),
    ("Following a meeting with Erdogan in Ankara, the Swedish prime minister said progress had been made.", "040", "SWE", "TUR"),
])
def test_wire_particles_and_circumstances(nlp, text: str, code: str, src: str, tgt: str | None) -> None:
    got = _codes(_events(nlp, text))
    assert any(c.startswith(code) and s == src and (tgt is None or t == tgt) for c, s, t in got), got


@pytest.mark.parametrize("text", [
    "Ukraine's president, speaking to reporters in Kyiv, called on Western allies to speed up deliveries of air defences.",
    "Putin spoke to journalists in Minsk on Friday.",
])
def test_talking_to_the_press_is_no_meeting(nlp, text: str) -> None:
    got = _codes(_events(nlp, text))
    assert not any(c[:2] == "04" for c, _, _ in got), got


def test_calling_an_election_for_a_winner_is_no_appeal(nlp) -> None:
    got = _codes(_events(nlp, "Just before midnight, CNN called the election for Trump, as did Fox News."))
    assert not any(c[:2] == "02" for c, _, _ in got), got
    assert any(c.startswith("02") for c, _, _ in _codes(_events(nlp, "The UN called for an immediate ceasefire in Sudan.")))


def test_dateline_city_is_not_the_subject(nlp) -> None:
    text = ("ALMATY, Jan 6 (AFP) - Russian-led troops began arriving in Kazakhstan on Thursday at the request of "
            "President Kassym-Jomart Tokayev.")
    evs = [e for e in _events(nlp, text) if not e.negated]
    assert evs and all(e.source is not None and e.source.country == "RUS" for e in evs), _codes(evs)


def test_subject_hung_on_the_dateline_city(nlp) -> None:
    text = ("COLOMBO, July 9 (AFP) - Thousands of anti-government demonstrators took part in a rally in Colombo on "
            "Saturday, demanding the resignation of the president.")
    got = _codes(_events(nlp, text))
    assert any(c[:2] == "14" and s == "LKA" for c, s, t in got), got
