"""CAMEO conventions of violence and of claims (session 12): unattributed attacks on unarmed people and planted
bombs are assault (18x); a claim that another attacked is an accusation (112x); a party that says another's act is
illegal criticises it (111)."""

from __future__ import annotations

import pytest

from eventwire.actors import ArticleActors, load_knowledge_base
from eventwire.events import code_events
from eventwire.records import Article


def _code(nlp, text: str) -> list:
    art = Article(id="t", text=text, date="2025-06-10", date_source="test")
    doc = nlp(text)
    return [e for e in code_events(doc, art, ArticleActors(doc, art, load_knowledge_base()), []) if not e.negated]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        # no doer named, unarmed people hit, no army or war in the sentence: unconventional violence
        ("Six farmers are killed in an attack on a hamlet in Plateau State, Nigeria.", "180"),
        ("Eleven traders are killed and nine others wounded in an ambush on a market road in Ituri.", "180"),
        # a planted bomb, whoever it hits
        ("Four shoppers are injured when a suspected homemade bomb explodes inside a crowded bakery in Quetta.", "183"),
        ("Three Kenyan policemen are killed when an explosive device detonates under their truck near Mandera.", "183"),
    ],
)
def test_unattributed_assaults_and_bombings(nlp, text: str, code: str) -> None:
    codes = {e.cameo for e in _code(nlp, text)}
    assert code in codes and not any(c.startswith("19") for c in codes)


@pytest.mark.slow
def test_unattributed_assault_spares_war_and_animals(nlp) -> None:
    # an attack on unarmed people with no doer is an assault; one on soldiers may be an army's (19x), and an animal's
    # is no one's assault
    assert "180" in {e.cameo for e in _code(nlp, "Six farmers are killed in an attack on a hamlet in Plateau State, Nigeria.")}
    assert "190" in {e.cameo for e in _code(nlp, "Nine soldiers are killed in an attack on an army outpost in Mali.")}
    codes = {e.cameo for e in _code(nlp, "A diver is killed in a shark attack near a reef in Western Australia.")}
    assert not any(c.startswith("18") for c in codes)


@pytest.mark.slow
def test_claim_that_another_attacked_is_an_accusation(nlp) -> None:
    evs = _code(nlp, "Armenia claims that Azerbaijan attacked a border village in Syunik.")
    acc = [e for e in evs if e.cameo.startswith("112")]
    assert acc and acc[0].source.code.startswith("ARM") and acc[0].target.code.startswith("AZE")
    assert not [e for e in evs if e.cameo == "015"]
    # a claim of one's own attack stays a claim of responsibility
    assert "015" in {e.cameo for e in _code(nlp, "The Houthis claimed the attack on a cargo ship in the Red Sea.")}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("Serbia says the Kosovo government's new customs rules are illegal.", "SRB", "XKX"),
        ("Beijing says the Japanese naval drills are unacceptable.", "CHN", "JPN"),
        ("Egypt says Ethiopia's new dam is a violation of international law.", "EGY", "ETH"),
    ],
)
def test_saying_another_act_is_illegal_criticises(nlp, text: str, src: str, tgt: str) -> None:
    crit = [e for e in _code(nlp, text) if e.cameo == "111"]
    assert crit and crit[0].source.code.startswith(src) and crit[0].target is not None \
        and crit[0].target.code.startswith(tgt)


@pytest.mark.slow
def test_own_or_negated_verdict_is_no_criticism(nlp) -> None:
    assert "111" in {e.cameo for e in _code(nlp, "Brazil says the new Argentine tariffs are illegal.")}
    assert "111" not in {e.cameo for e in _code(nlp, "Brazil says the new Argentine tariffs are not illegal.")}
    assert "111" not in {e.cameo for e in _code(nlp, "Turkey says Turkish strikes on Kurdish positions were unjustified.")}


@pytest.mark.slow
def test_bare_toll_with_no_word_of_violence_is_no_event(nlp) -> None:
    # a toll with no doer and no weapon, attacker, unrest or armed people anywhere in the brief: no one dealt the harm
    assert not [e for e in _code(nlp, "Eight villagers are killed after a hillside gives way near their homes in Peru.")
                if e.root in ("18", "19", "20")]
    # a toll beside armed people stays a blow
    assert "190" in {e.cameo for e in _code(nlp, "Three Malian soldiers are killed near Gao.")}
