"""Event coder on parsed sentences, with a small dictionary actor coder standing in for eventwire.actors."""

from __future__ import annotations

import pytest

from eventwire.events import code_events
from eventwire.records import ActorRef, Article, Span, Statement

pytestmark = pytest.mark.slow

CODES = {
    "US": "USA", "United States": "USA", "EU": "EUR", "European Union": "EUR", "Russia": "RUS",
    "Ukraine": "UKR", "Iran": "IRN", "Israel": "ISR", "France": "FRA", "Germany": "DEU", "China": "CHN",
    "Hungary": "HUN", "Japan": "JPN", "Sudan": "SDN", "Turkey": "TUR", "Putin": "RUSGOV", "Xi": "CHNGOV",
    "Syria": "SYR", "Egypt": "EGY", "India": "IND", "Pakistan": "PAK", "Britain": "GBR", "Poland": "POL", "Israeli": "ISR",
}


class FakeActors:
    """actor_at over a dict: the entity (or the word) at the token, coded by CODES."""

    def actor_at(self, token):  # noqa: ANN001, ANN201 - mirrors ArticleActors.actor_at
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        text = span.text if span is not None else token.text
        text = text.removeprefix("the ").removesuffix("'s")
        code = CODES.get(text) or CODES.get(token.text)
        if code is None:
            return None
        lo = span.start_char if span is not None else token.idx
        hi = span.end_char if span is not None else token.idx + len(token.text)
        return ActorRef(text=token.doc.text[lo:hi], start=lo, end=hi, code=code)


def run(nlp, text: str, date: str = "2025-05-21", statements=()):
    doc = nlp(text)
    art = Article(id="t", text=text, date=date)
    return code_events(doc, art, FakeActors(), list(statements))


def triples(events, positive_only: bool = False):
    return {
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in events
        if not positive_only or not (e.negated or e.hypothetical)
    }


def test_compound_subject_gives_two_sanction_events(nlp):
    evs = run(nlp, "The US and the EU imposed sanctions on Russia.")
    assert {("USA", "163", "RUS"), ("EUR", "163", "RUS")} <= triples(evs)
    assert all(not e.negated and e.modality == "act" for e in evs)
    assert {e.rule for e in evs} == {"v.impose_sanctions"}


def test_passive_with_agent(nlp):
    evs = run(nlp, "Sanctions were imposed on Russia by the EU on Tuesday.")
    assert ("EUR", "163", "RUS") in triples(evs)
    assert evs[0].date == "2025-05-20"


def test_passive_attack(nlp):
    evs = run(nlp, "Ukraine was attacked by Russia overnight.")
    assert ("RUS", "190", "UKR") in triples(evs)


def test_nominal_possessive_event(nlp):
    evs = run(nlp, "Russia's invasion of Ukraine shocked Europe.")
    assert ("RUS", "190", "UKR") in triples(evs)
    ev = next(e for e in evs if e.cameo == "190")
    assert ev.trigger.text == "invasion"
    assert ev.plover == "ASSAULT" and ev.quad_class == 4 and ev.goldstein == -10.0


def test_talks_between(nlp):
    evs = run(nlp, "Talks between France and Germany ended without a deal.")
    assert ("FRA", "040", "DEU") in triples(evs)


def test_negation_is_kept_and_flagged(nlp):
    evs = run(nlp, "Germany did not criticize China.")
    ev = next(e for e in evs if e.root == "11")
    assert ev.negated and "negated" in ev.flags
    assert triples(evs, positive_only=True) == set()


def test_threat_is_coded_as_threat_not_act(nlp):
    evs = run(nlp, "Iran threatened to attack Israel.")
    roots = {e.root for e in evs}
    assert roots == {"13"}
    assert ("IRN", "1384", "ISR") in triples(evs)
    assert evs[0].modality == "threat"


def test_threat_of_sanctions(nlp):
    evs = run(nlp, "Turkey threatened Syria with sanctions.")
    assert ("TUR", "1312", "SYR") in triples(evs)


def test_intent_to_visit(nlp):
    evs = run(nlp, "Japan plans to visit China next month.")
    assert ("JPN", "036", "CHN") in triples(evs)
    assert evs[0].modality == "intent"


def test_future_cooperation_is_intent_and_future_conflict_is_threat(nlp):
    assert ("USA", "036", "CHN") in triples(run(nlp, "The US will meet China."))
    assert ("USA", "1312", "RUS") in triples(run(nlp, "The US will impose sanctions on Russia."))


def test_refusal_to_join_sanctions_is_rejection_of_initiator(nlp):
    evs = run(nlp, "Hungary refused to join the EU's sanctions against Russia.")
    assert {e.root for e in evs} == {"12"}
    assert ("HUN", "120", "EUR") in triples(evs)
    assert not any(e.root == "16" for e in evs)


def test_hypothetical_modal(nlp):
    evs = run(nlp, "France could send troops to Ukraine.")
    assert evs and all(e.hypothetical for e in evs)
    assert triples(evs, positive_only=True) == set()


def test_reported_speech_and_statement_link(nlp):
    text = "Officials said that Russia attacked Ukraine."
    content_start = text.index("Russia")
    st = Statement(id="s1", speaker=None, cue=None, content=Span(text[content_start:-1], content_start, len(text) - 1),
                   kind="indirect", date=None, sentence_index=0)
    evs = run(nlp, text, statements=[st])
    ev = next(e for e in evs if e.root == "19")
    assert ev.modality == "reported" and ev.statement == "s1"


def test_conditional_threat(nlp):
    evs = run(nlp, "If Iran does not stop, the United States will impose sanctions on Iran.")
    ev = next(e for e in evs if e.cameo == "1312")
    assert ev.source.code == "USA" and ev.target.code == "IRN"
    assert ev.modality == "conditional" and "threat" in ev.flags and not ev.negated


def test_negated_future_is_not_a_sanction(nlp):
    evs = run(nlp, "Trump said that the US would not strengthen sanctions against Russia.")
    assert triples(evs, positive_only=True) == set()
    ev = next(e for e in evs if e.target and e.target.code == "RUS")
    assert ev.negated and ev.root == "16"


def test_weekday_date(nlp):
    evs = run(nlp, "Putin met Xi on Monday.", date="2025-05-21")
    ev = next(e for e in evs if e.root == "04")
    assert ev.date == "2025-05-19"
    assert ("RUSGOV", "040", "CHNGOV") in triples(evs)


def test_appeal_for_release(nlp):
    evs = run(nlp, "Germany urged Iran to release the prisoners.")
    assert ("DEU", "0253", "IRN") in triples(evs)


def test_demand_in_reported_must_clause(nlp):
    evs = run(nlp, "Russia said that Sudan must return the helicopter.")
    assert any(s == "RUS" and c.startswith("10") and t == "SDN" for s, c, t in triples(evs))


def test_event_offsets_index_article_text(nlp):
    text = "Earlier, India and Pakistan signed an agreement on water."
    evs = run(nlp, text)
    assert evs
    for e in evs:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.source.start:e.source.end] == e.source.text
    assert {("IND", "057", "PAK"), ("PAK", "057", "IND")} <= triples(evs)


def test_ids_are_stable(nlp):
    a = run(nlp, "Britain condemned the attack on Poland.")
    b = run(nlp, "Britain condemned the attack on Poland.")
    assert [e.id for e in a] == [e.id for e in b] and a


def test_noun_of_action_reads_like_its_verb(nlp):
    assert ("EUR", "085", "IRN") in triples(run(nlp, "The EU announced the lifting of sanctions on Iran."))
    assert ("FRA", "162", "SYR") in triples(run(nlp, "France announced a suspension of aid to Syria."))


def test_casualty_verb_is_coded_as_the_attack(nlp):
    evs = run(nlp, "Two soldiers were killed in an Israeli air strike.")
    assert any(e.cameo == "195" and e.source and e.source.code == "ISR" for e in evs)


def test_listed_subjects_with_apposition_meet(nlp):
    evs = run(nlp, "The US, Russia, and China met yesterday.")
    assert {("USA", "040", "RUS"), ("RUS", "040", "USA"), ("CHN", "040", "USA")} <= triples(evs)
    assert {e.date for e in evs} == {"2025-05-20"}


def test_consult_needs_a_target_and_names_are_not_events(nlp):
    assert run(nlp, "Iran received the award on Monday.") == []
    assert [e for e in run(nlp, "France joined the Paris Agreement.") if e.rule.startswith("n.agreement")] == []


def test_refusal_to_cooperate_in_future_is_rejection(nlp):
    evs = run(nlp, "Germany said it would not provide aid to Turkey.")
    ev = next(e for e in evs if e.target and e.target.code == "TUR")
    assert ev.root == "12" and not ev.negated and "refusal" in ev.flags


def test_failed_agreement_is_rejection(nlp):
    evs = run(nlp, "India and Pakistan failed to reach an agreement.")
    assert evs and all(e.root == "12" and not e.negated for e in evs)
