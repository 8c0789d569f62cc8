"""Argument attachment: who did it to whom (sentences written for these tests), and a floor on the blind
dyad batch tests/events/data/heldout_dyads.jsonl (written before the attachment rules; see its header).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.records import Article, Event

pytestmark = pytest.mark.slow

DATA = Path(__file__).parent / "data" / "heldout_dyads.jsonl"
#: A little under the scores measured at the end of the attachment round (2026-11-27: root 0.742, dyad 0.727;
#: 0.727 and 0.667 before it):
#: root accuracy and root accuracy with source and target countries matched (`eventwire eval` metrics).
FLOOR_ROOT = 0.72
FLOOR_ROOT_DYAD = 0.70


def _events(nlp, text: str, date: str = "2024-06-01") -> list[Event]:
    doc = nlp(text)
    art = Article(id="t", text=text, date=date, date_source="test")
    return [e for e in code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), []) if not e.negated]


def _dyads(events: list[Event], root: str) -> set[tuple[str | None, str | None]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events if e.root == root}


#: (text, root, source country, target country): the target sits deep in the object phrase.
DEEP_TARGETS = [
    # an actor inside a participle or relative phrase of the object
    ("Argentine customs officers seized a cargo plane belonging to the Iranian government.", "17", "ARG", "IRN"),
    ("The ICC opened an inquiry into killings committed by Sudanese paramilitaries in Darfur.", "09", "IGO", "SDN"),
    # an owner inside the object ("a Chinese-made drone", "Iran's embassy")
    ("An Israeli air raid flattened Iran's embassy annex in Beirut.", "19", "ISR", "IRN"),
    # a nominal trigger whose own complement holds the place hit
    ("Pakistan carried out air strikes on what it said were militant hideouts in Afghanistan.", "19", "PAK", "AFG"),
    # a court finding someone of a named country guilty
    ("A Belgian court found a former Rwandan army officer guilty of war crimes.", "11", "BEL", "RWA"),
]


@pytest.mark.parametrize(("text", "root", "src", "tgt"), DEEP_TARGETS)
def test_target_from_inside_the_object_phrase(nlp, text: str, root: str, src: str, tgt: str) -> None:
    got = _dyads(_events(nlp, text), root)
    assert (src, tgt) in got, got


#: Phrases that must not give a target: a comment's topic, and the source's own forces in a show of force.
NO_TARGET = [
    ("The Brazilian foreign ministry declined to comment on reports about Venezuelan troop movements.", "01", "BRA"),
    ("Japan's government put its coast guard on high alert after the typhoon warning.", "15", "JPN"),
    ("Poland sent an army brigade to its eastern border on Friday.", "15", "POL"),
]


@pytest.mark.parametrize(("text", "root", "src"), NO_TARGET)
def test_no_target_from_topic_or_own_forces(nlp, text: str, root: str, src: str) -> None:
    got = _dyads(_events(nlp, text), root)
    assert got, f"no {root} event"
    assert all(t is None for s, t in got if s == src), got


#: Other attachment categories fixed in the same round (text, root, source country, target country).
ATTACHMENT = [
    # the small parser hangs the target's preposition on the source phrase ("minister to Moscow")
    ("The visit of the Brazilian foreign minister to Beijing ended on Thursday.", "04", "BRA", "CHN"),
    ("The trip by the Polish president to Kyiv was announced at short notice.", "04", "POL", "UKR"),
    # an addressee of a comment or a protest ("expressed regret to", "protested to")
    ("The Dutch prime minister expressed regret to Indonesia over colonial-era killings.", "01", "NLD", "IDN"),
    ("Vietnam protested to China over the new fishing ban.", "14", "VNM", "CHN"),
    # the support verb's subject acts, a modifier of the noun says with what
    ("Indonesia and Malaysia held joint coast guard drills in the Strait of Malacca.", "06", "IDN", "MYS"),
]


@pytest.mark.parametrize(("text", "root", "src", "tgt"), ATTACHMENT)
def test_attachment_categories(nlp, text: str, root: str, src: str, tgt: str) -> None:
    got = _dyads(_events(nlp, text), root)
    assert (src, tgt) in got, got


def test_act_to_be_stopped_is_not_coded(nlp) -> None:
    """"asked Y to stop doing Z" is an appeal to Y; Z is not coded as Y's act."""
    events = _events(nlp, "Germany asked Belarus to stop sending migrants across the border.")
    assert ("DEU", "BLR") in _dyads(events, "02")
    assert not [e for e in events if e.source is not None and e.source.country == "BLR"]


def test_agentless_participle_is_no_event(nlp) -> None:
    """"expelled a diplomat accused of spying": the accusation has no named accuser; the expulsion stays."""
    events = _events(nlp, "Norway expelled a Russian diplomat accused of spying on the parliament.")
    assert ("NOR", "RUS") in _dyads(events, "16")
    assert not [e for e in events if e.source is None]


def test_owners_replace_a_head_noun_coded_from_context(nlp) -> None:
    """"Dutch and Belgian troops ... in Romania": the two owners act, not "troops" coded as Romanian."""
    events = _events(nlp, "Dutch and Belgian troops carried out joint exercises in Romania.")
    sources = {e.source.country for e in events if e.source is not None}
    assert {"NLD", "BEL"} <= sources and "ROU" not in sources, sources


#: Already right before the attachment round: kept so that the deep search does not displace them.
KEPT = [
    ("Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Jakarta.", "04", "CHN", "RUS"),
    ("Canada imposed sanctions on Russia and Belarus over the war.", "16", "CAN", "BLR"),
    ("The European Union urged Serbia to normalize relations with Kosovo.", "02", "IGO", "SRB"),
    ("Two Afghan soldiers were killed by Taliban fighters in Kandahar.", "19", "AFG", "AFG"),
]


@pytest.mark.parametrize(("text", "root", "src", "tgt"), KEPT)
def test_attachment_kept(nlp, text: str, root: str, src: str, tgt: str) -> None:
    got = _dyads(_events(nlp, text), root)
    assert (src, tgt) in got, got


def test_heldout_dyads_well_formed() -> None:
    recs = [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip() and not x.startswith("//")]
    assert len(recs) >= 60 and len({r["id"] for r in recs}) == len(recs)
    assert sum(1 for r in recs for e in r["events"] if e["target"]) >= 50


def test_heldout_dyads_floor(nlp) -> None:
    from eventwire.evaluate.command import evaluate_paths

    (report,) = evaluate_paths([DATA], task="events")
    levels = report.to_json()["metrics"]["levels"]["root"]
    root, dyad = levels["any_actor"]["recall"], levels["country"]["recall"]
    assert root >= FLOOR_ROOT and dyad >= FLOOR_ROOT_DYAD, (root, dyad)
