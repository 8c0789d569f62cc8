"""Metric honesty: perfect output scores 1.0, dropped gold halves precision, missed gold lowers recall,
span modes behave as documented, and actor codes compare by country as stated."""

from __future__ import annotations

import dataclasses

import pytest
from helpers_eval import analysis, event, gold_from_analyses, statement

from eventwire.evaluate import GoldSet, GoldText, evaluate, evaluate_actors
from eventwire.evaluate.gold import GoldActorMention, GoldEvent, GoldSpan, GoldStatement, gold_actor
from eventwire.evaluate.matching import max_matching
from eventwire.evaluate.metrics import actors_match, norm_code
from eventwire.records import ActorRef

TEXT = "Russia attacked Ukraine. The United States and the EU condemned Russia. China urged talks."


def _system() -> list:
    return [
        analysis(
            "t1",
            TEXT,
            [
                event("RUSMIL", "UKR", "190", "FIGHT"),
                event("USAGOV", "RUS", "111", "DISAPPROVE"),
                event("IGOEUREEC", "RUS", "111", "DISAPPROVE"),
                event("CHNGOV", "RUS", "0421", None),
            ],
        ),
        analysis(
            "t2",
            "Iran and Iraq signed a trade deal.",
            [event("IRN", "IRQ", "057", "AGREE"), event("IRQ", "IRN", "057", "AGREE")],
        ),
        analysis("t3", "Nothing happened in Oslo today.", []),
    ]


def _levels(report) -> dict:
    return report.metrics["levels"]


def test_gold_made_from_own_output_scores_one() -> None:
    system = _system()
    report = evaluate(gold_from_analyses(system), system, "events")
    for level, modes in _levels(report).items():
        for mode, c in modes.items():
            assert (c["precision"], c["recall"], c["f1"]) == (1.0, 1.0, 1.0), (level, mode)
    assert report.metrics["texts"]["no_event_texts_empty"] == 1


def test_removing_half_the_gold_halves_precision_keeps_recall() -> None:
    system = _system()
    gold = gold_from_analyses(system)
    halved = []
    for t in gold.texts:
        evs = t.events or ()
        halved.append(dataclasses.replace(t, events=evs[: len(evs) // 2]))
    report = evaluate(dataclasses.replace(gold, texts=tuple(halved)), system, "events")
    c = _levels(report)["cameo"]["country"]
    assert c["recall"] == 1.0
    assert c["precision"] == pytest.approx(0.5)
    assert (c["tp"], c["fp"], c["fn"]) == (3, 3, 0)


def test_gold_events_the_system_cannot_find_lower_recall() -> None:
    system = _system()
    gold = gold_from_analyses(system)
    extra = GoldEvent(source=gold_actor("NOR"), target=gold_actor("SWE"), cameo="036")
    t3 = dataclasses.replace(gold.texts[2], events=(extra,))
    gold = dataclasses.replace(gold, texts=(*gold.texts[:2], t3))
    c = _levels(evaluate(gold, system, "events"))["root"]["country"]
    assert c["precision"] == 1.0
    assert c["recall"] == pytest.approx(6 / 7, abs=1e-3)
    assert c["fn"] == 1


def test_negated_and_hypothetical_system_events_are_not_counted() -> None:
    text = "Washington did not impose sanctions on Moscow."
    system = [
        analysis(
            "n",
            text,
            [event("USAGOV", "RUS", "163", negated=True), event("USA", "RUS", "163", hypothetical=True)],
        )
    ]
    gold = GoldSet("g", "jsonl", (GoldText("n", text, events=()),))
    c = _levels(evaluate(gold, system, "events"))["root"]["any_actor"]
    assert (c["tp"], c["fp"], c["fn"]) == (0, 0, 0)


def test_levels_separate_code_errors_from_actor_errors() -> None:
    text = "x"
    gold = GoldSet(
        "g",
        "jsonl",
        (
            GoldText(
                "a", text, events=(GoldEvent(gold_actor("USAGOV"), gold_actor("RUS"), "1312", "THREATEN"),)
            ),
        ),
    )
    # Right root, wrong full code, right dyad by country, wrong sector.
    system = [analysis("a", text, [event("USAMIL", "RUSGOV", "138", "THREATEN")])]
    lv = _levels(evaluate(gold, system, "events"))
    assert lv["root"]["country"]["f1"] == 1.0
    assert lv["root"]["country_sector"]["f1"] == 0.0
    assert lv["cameo"]["any_actor"]["f1"] == 0.0
    assert lv["plover"]["country"]["f1"] == 1.0
    assert lv["dyad"]["country"]["f1"] == 1.0
    assert lv["dyad"]["country_sector"]["f1"] == 0.0
    # Swapped source and target is a dyad error.
    swapped = [analysis("a", text, [event("RUS", "USAGOV", "1312", "THREATEN")])]
    assert _levels(evaluate(gold, swapped, "events"))["dyad"]["country"]["f1"] == 0.0


def test_per_root_and_confusion() -> None:
    text = "x"
    gold = GoldSet(
        "g",
        "jsonl",
        (
            GoldText(
                "a",
                text,
                events=(
                    GoldEvent(gold_actor("ISR"), gold_actor("PSE"), "190"),
                    GoldEvent(gold_actor("USA"), gold_actor("ISR"), "122"),
                ),
            ),
        ),
    )
    system = [
        analysis(
            "a", text, [event("ISR", "PSE", "193"), event("USA", "ISR", "111"), event("EGY", "ISR", "036")]
        )
    ]
    report = evaluate(gold, system, "events", confusion=True)
    pr = report.metrics["per_root"]
    assert pr["19"]["country"]["tp"] == 1
    assert pr["12"]["country"]["fn"] == 1
    assert pr["11"]["country"]["fp"] == 1
    assert report.confusion == {"19": {"19": 1}, "12": {"11": 1}, "-": {"03": 1}}
    detailed = evaluate(gold, system, "events", details=True)
    (d,) = detailed.details
    assert d["missed"] == ["USA>ISR:122 REJECT"]
    assert sorted(d["spurious"]) == ["EGY>ISR:036 AGREE", "USA>ISR:111 ACCUSE"]
    assert "- USA>ISR:122" in detailed.to_table()
    assert "root confusion" in report.to_table()


def test_plover_gold_without_cameo_skips_root_levels() -> None:
    text = "x"
    gold = GoldSet(
        "g", "plover", (GoldText("a", text, events=(GoldEvent(gold_actor("FRA"), None, None, "PROTEST"),)),)
    )
    system = [analysis("a", text, [event("FRA", None, "141", "PROTEST")])]
    report = evaluate(gold, system, "events")
    assert report.metrics["levels"]["root"]["country"]["texts"] == 0
    assert report.metrics["levels"]["root"]["country"]["f1"] is None  # not scored is not 1.0
    assert "not scored" in report.to_table()
    conf = evaluate(gold, system, "events", confusion=True)
    assert conf.confusion == {"PROTEST": {"PROTEST": 1}} and conf.confusion_of == "plover"
    assert report.metrics["levels"]["plover"]["country"]["f1"] == 1.0
    assert "cameo" in report.notes


def test_actor_normalisation_rules() -> None:
    assert actors_match(("USA", "GOV"), ("USA", None), "country")
    assert not actors_match(("USA", "GOV"), ("USA", None), "country_sector")
    assert actors_match(("IGO", None), ("IGOEUREEC", None), "country")
    assert not actors_match(("IGOUNO", None), ("IGOEUREEC", None), "country")
    assert not actors_match(None, ("RUS", None), "country")
    # An absent actor has no country: it agrees by country with an actor of unknown country, not by sector.
    assert actors_match(None, (None, "CVL"), "country") and actors_match((None, "REB"), None, "country")
    assert not actors_match(None, (None, "CVL"), "country_sector")
    assert gold_actor("EU") == gold_actor("IGOEUREEC").__class__("IGOEUREEC", None, "EU")
    assert gold_actor("---REB").country is None and gold_actor("---REB").sector == "REB"
    assert gold_actor({"country": "rus", "sector": "milxyz"}).sector == "MIL"
    assert norm_code("040") == "04" and norm_code("0421") == "0421"
    # Region and religion parts are not sectors; the first role after them is.
    assert gold_actor("PSEGZA").sector is None and gold_actor("PSEGZACVL").sector == "CVL"
    assert gold_actor("IGOG7GOV").country == "IGOG7" and gold_actor("IGOG7GOV").sector == "GOV"
    # Organisations compare by their last part, whatever scheme wrote the code.
    assert actors_match(("IGOCOPITP", None), ("IGOITP", "COP"), "country")
    assert not actors_match(("IGOUNO", None), ("IGOUNOWHO", None), "country")


def test_matching_is_maximal_not_greedy() -> None:
    # Greedy would give gold 0 the first system item and leave gold 1 unmatched.
    pairs = max_matching(["ab", "a"], ["a", "b"], lambda g, s: s in g)
    assert len(pairs) == 2


STEXT = 'Moscow, May 3. "We will not retreat," Foreign Minister Sergei Lavrov told reporters on Friday.'


def _stmt_gold(content: str) -> GoldSet:
    i = STEXT.index(content)
    j = STEXT.index("Sergei Lavrov")
    k = STEXT.index("told")
    st = GoldStatement(GoldSpan(j, j + 13), GoldSpan(k, k + 4), GoldSpan(i, i + len(content)))
    return GoldSet("s", "brat", (GoldText("s1", STEXT, statements=(st,)),))


def test_statement_spans_exact_trims_quotes_overlap_is_lenient() -> None:
    sys_ = [
        analysis("s1", STEXT, statements=[statement(STEXT, "Sergei Lavrov", "told", "We will not retreat")])
    ]
    # Gold content with its quote marks and comma equals the system's bare content under `exact`.
    r = evaluate(_stmt_gold('"We will not retreat,"'), sys_, "statements")
    assert r.metrics["exact"]["content"]["f1"] == 1.0
    assert r.metrics["exact"]["triple"]["f1"] == 1.0
    # A shorter system content is no exact match but an overlap match.
    short = [analysis("s1", STEXT, statements=[statement(STEXT, "Lavrov", "told", "not retreat")])]
    r = evaluate(_stmt_gold("We will not retreat"), short, "statements")
    assert r.metrics["exact"]["content"]["f1"] == 0.0
    assert r.metrics["exact"]["speaker"]["f1"] == 0.0
    assert r.metrics["overlap"]["content"]["f1"] == 1.0
    assert r.metrics["overlap"]["triple"]["f1"] == 1.0
    assert r.metrics["exact"]["triple"]["f1"] == 0.0
    # Disjoint spans match under neither mode.
    wrong = [analysis("s1", STEXT, statements=[statement(STEXT, "Moscow", "told", "reporters on Friday")])]
    r = evaluate(_stmt_gold("We will not retreat"), wrong, "statements")
    assert r.metrics["overlap"]["content"]["f1"] == 0.0
    assert r.metrics["overlap"]["speaker_content"]["recall"] == 0.0
    assert r.metrics["overlap"]["cue"]["f1"] == 1.0


def test_statements_from_own_output_score_one_and_extra_system_lowers_precision() -> None:
    sys_ = [
        analysis(
            "s1",
            STEXT,
            statements=[
                statement(STEXT, "Sergei Lavrov", "told", "We will not retreat"),
                statement(STEXT, None, None, "Moscow, May 3"),
            ],
        )
    ]
    gold = gold_from_analyses(sys_)
    r = evaluate(gold, sys_, "statements")
    assert all(c["f1"] == 1.0 for mode in ("exact", "overlap") for c in r.metrics[mode].values())
    one = dataclasses.replace(gold.texts[0], statements=gold.texts[0].statements[:1])
    r = evaluate(dataclasses.replace(gold, texts=(one,)), sys_, "statements")
    assert r.metrics["exact"]["content"]["precision"] == pytest.approx(0.5)
    assert r.metrics["exact"]["content"]["recall"] == 1.0


def test_actor_accuracy_uses_dates() -> None:
    table = {
        ("Boris Johnson", "2020-01-01"): ActorRef("Boris Johnson", 0, 13, "GBRGOV", "GBR", "GOV"),
        ("Boris Johnson", "2023-01-01"): ActorRef("Boris Johnson", 0, 13, "GBR", "GBR", None),
    }
    gold = GoldSet(
        "a",
        "jsonl",
        actor_mentions=(
            GoldActorMention("Boris Johnson", "2020-01-01", "GBR", "GOV"),
            GoldActorMention("Boris Johnson", "2023-01-01", "GBR", None),
            GoldActorMention("the Kremlin", "2023-01-01", "RUS", "GOV"),
        ),
    )
    r = evaluate_actors(gold, resolver=lambda text, date: table.get((text, date)))
    assert r.metrics["country_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert r.metrics["both_accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert r.metrics["resolved"] == 2
    assert "the Kremlin" in r.to_table()


def test_report_json_and_table_shapes() -> None:
    system = _system()
    r = evaluate(gold_from_analyses(system), system, "events")
    j = r.to_json()
    assert j["task"] == "events" and "actors" in j["notes"] and "matching" in j["notes"]
    assert set(j["metrics"]["levels"]) == {"root", "cameo", "plover", "dyad"}
    assert j["metrics"]["summary"]["root_accuracy"] == 1.0 and "summary" in j["notes"]
    table = r.to_table()
    assert "country_sector" in table and "per root" in table
