"""Language classes of real news briefs, second round (sentences written for these tests).

One test per class: conjoined event nouns, intransitive events whose subject is the bomb or the blast, pleas of
guilty and not guilty, participles that describe a noun, acts inside denied reports and plots, hyphenated verbs,
nouns that carry an event ("sanctions package"), and claims made with "was behind".
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events
from helpers_events import has_event as _has

from eventwire.events.codebook import load_codebook
from eventwire.events.lexicon import LexiconError, build_lexicon, load_lexicon
from eventwire.records import Event

pytestmark = pytest.mark.slow


def _show(events: list[Event]) -> list[tuple[str, str | None, str | None, str]]:
    return [(e.cameo, e.source and e.source.code, e.target and e.target.code, e.trigger.text) for e in events]


# 1. Conjoined event nouns: each conjunct is an act of the same actor.
CONJ_CASES = [
    ("Border police carried out arrests and deportations of Afghan migrants in Pakistan.", ("173", "174")),
    ("Iran announced the arrest and expulsion of two British diplomats.", ("173", "174")),
    ("China held talks and military exercises with Russia.", ("04", "15")),
]


@pytest.mark.parametrize(("text", "codes"), CONJ_CASES)
def test_conjoined_event_nouns_are_each_coded(nlp, text: str, codes: tuple[str, ...]) -> None:
    """"arrests and deportations": both acts, with the first one's source."""
    evs = _events(nlp, text)
    for code in codes:
        assert any(e.cameo.startswith(code) and e.source is not None and e.source.code for e in evs), (code, _show(evs))


def test_conjoined_nouns_of_one_act_stay_one(nlp) -> None:
    """"sanctions and tariffs" on one target are one coercive act, not two of the same code."""
    evs = _events(nlp, "The United States imposed sanctions and tariffs on Venezuela.")
    assert len([e for e in evs if e.cameo.startswith("16")]) == 1, _show(evs)


# 2. Intransitive events whose subject is the instrument: "a car bomb exploded".
BLAST_CASES = [
    ("A car bomb exploded near a police station in Kandahar.", "1832", "AFG"),
    ("A roadside bomb went off near an army convoy in Waziristan.", "1833", "PAK"),
    ("A powerful blast ripped through a crowded market in Peshawar.", "183", "PAK"),
    ("An explosion tore through a bus in Quetta, killing five passengers.", "183", "PAK"),
    ("A suicide bomber blew himself up at a wedding hall in Kabul, killing 30 guests.", "1831", "AFG"),
]


@pytest.mark.parametrize(("text", "code", "tgt"), BLAST_CASES)
def test_bomb_as_subject_is_a_bombing(nlp, text: str, code: str, tgt: str) -> None:
    """A bomb or blast that explodes, goes off or rips through is a bombing (183x) aimed at the place or victims."""
    evs = _events(nlp, text)
    assert _has(evs, code, None, tgt), _show(evs)
    assert len([e for e in evs if e.cameo.startswith("18")]) == 1, _show(evs)  # the toll is no second act


def test_bomb_owner_is_the_source(nlp) -> None:
    """"a bomb planted by Islamic State militants exploded": one bombing, the militants'."""
    evs = _events(nlp, "A bomb planted by Islamic State militants exploded in a market in Baghdad.")
    bombs = [e for e in evs if e.cameo.startswith("18")]
    assert len(bombs) == 1 and bombs[0].source is not None and bombs[0].source.code, _show(evs)


def test_figurative_explosions_are_no_bombing(nlp) -> None:
    """"protests exploded", "the economy exploded": no bomb, no event."""
    for text in ("Protests exploded across Tehran on Sunday.", "Exports from Vietnam exploded last year."):
        assert not any(e.cameo.startswith("18") for e in _events(nlp, text)), text


def test_subject_field_is_validated() -> None:
    """The loader reads `subject` as a list of words and rejects anything else."""
    import pathlib
    import tempfile

    lex = load_lexicon()
    assert any(e.subject for v in lex.verbs.values() for e in v)
    with tempfile.TemporaryDirectory() as d:
        bad = pathlib.Path(d) / "lexicon_bad.yaml"
        bad.write_text('verbs:\n- {id: x.bad, verb: explode, subject: {a: 1}, code: "183"}\n', encoding="utf-8")
        with pytest.raises(LexiconError):
            build_lexicon([bad], load_codebook())


# 3. Pleas: "guilty" is a complement; "not guilty" is a denial.
def test_guilty_plea_is_an_admission(nlp) -> None:
    """"pleaded guilty" is 015."""
    evs = _events(nlp, "A former Danish minister pleaded guilty to fraud in a Copenhagen court.")
    assert _has(evs, "015") and not _has(evs, "016"), _show(evs)


def test_not_guilty_plea_is_a_denial(nlp) -> None:
    """"pleads not guilty" is 016, not a negated 015."""
    for text in ("The former Peruvian president pleads not guilty to corruption charges.",
                 "A Russian spy pleaded not guilty to espionage in a German court."):
        evs = _events(nlp, text)
        assert _has(evs, "016") and not _has(evs, "015"), (text, _show(evs))


# 4. Participles that describe a noun are no acts.
PARTICIPLE_CASES = [
    ("The court freed imprisoned journalists in Ankara.", "17"),
    ("Iran freed detained French tourists on Friday.", "17"),
    ("Colombian police foiled a plot to bomb the US embassy in Bogota.", "19"),
    ("The alleged plot to kill the Ecuadorian president was uncovered by police.", "18"),
]


@pytest.mark.parametrize(("text", "root"), PARTICIPLE_CASES)
def test_adjectival_participles_and_plots_are_no_acts(nlp, text: str, root: str) -> None:
    """"imprisoned journalists" describes them; "a plot to bomb" was not carried out."""
    evs = _events(nlp, text)
    assert not any(e.cameo.startswith(root) for e in evs), _show(evs)


def test_freeing_described_prisoners_keeps_its_target(nlp) -> None:
    """"freed detained French tourists": the release is aimed at the tourists."""
    assert _has(_events(nlp, "Iran freed detained French tourists on Friday."), "08", "IRN", "FRA")


# 5. Denied reports, including a verb the tokenizer split ("re-closed").
DENIAL_CASES = [
    ("A Turkish spokesman rejects reports that Turkey has re-closed its border with Syria.", "16"),
    ("Russia dismissed reports that its jets bombed a school in Idlib.", "19"),
    ("Israel rejected allegations that its forces killed aid workers in Gaza.", "19"),
]


@pytest.mark.parametrize(("text", "root"), DENIAL_CASES)
def test_denied_reports_are_not_coded_as_done(nlp, text: str, root: str) -> None:
    """The denial may be coded (016); the act it denies is not."""
    evs = _events(nlp, text)
    assert not any(e.cameo.startswith(root) for e in evs), _show(evs)


# 7. Hyphenated verbs.
def test_hyphenated_verbs_keep_their_subject(nlp) -> None:
    """"re-arrested", "re-took": the verb after the prefix is coded with the clause's subject."""
    assert _has(_events(nlp, "Pakistan re-arrested the former prime minister on Monday."), "173", "PAK")
    assert _has(_events(nlp, "Syrian troops re-took the town of Palmyra from the Islamic State."), "19", "SYR")


# Carrier nouns: the modifier names the event.
def test_sanctions_package_is_a_sanction(nlp) -> None:
    """"a new sanctions package against Russia" is a sanction, not a loan."""
    evs = _events(nlp, "The European Union adopted a new sanctions package against Russia.")
    assert _has(evs, "16", None, "RUS") and not _has(evs, "07"), _show(evs)


# 8. Claims: "said it was behind the attack".
def test_was_behind_is_a_claim(nlp) -> None:
    """Own claim: 015 and the attack as the claimer's; a third party's attribution is no claim and no attack."""
    evs = _events(nlp, "Al-Shabaab said it was behind the attack on a hotel in Mogadishu.")
    assert _has(evs, "015") and any(e.cameo[:2] in ("18", "19") and e.source is not None and e.source.code
                                    for e in evs), _show(evs)
    evs = _events(nlp, "Police said the Islamic State was behind the bombing in Moscow.")
    assert not _has(evs, "015") and not any(e.cameo.startswith("18") and e.source is not None and e.source.code
                                            for e in evs), _show(evs)


def test_speaker_pronoun_of_a_concern_is_the_speaker(nlp) -> None:
    """"The Kremlin said it was concerned about ...": a pessimistic comment (012) by the Kremlin."""
    evs = _events(nlp, "The Kremlin said it was concerned about the deployment of NATO troops in Finland.")
    assert _has(evs, "012", "RUS"), _show(evs)


def test_undertaking_a_mission_carries_its_act(nlp) -> None:
    """"undertook a mediation mission between X and Y" is mediation (045), not an intent (03x)."""
    evs = _events(nlp, "The Qatari emir undertook a mediation mission between Sudan and Chad.")
    assert _has(evs, "045") and not _has(evs, "03"), _show(evs)


def test_mediation_between_two_sides_is_the_third_partys(nlp) -> None:
    """"engaged in ceasefire mediation efforts between X and Y": the mediator (045) towards both sides."""
    evs = _events(nlp, "Oman says it is still engaged in ceasefire mediation efforts between Iran and the United States.")
    assert _has(evs, "045", None, "IRN") and _has(evs, "045", None, "USA") and not _has(evs, "087"), _show(evs)
    evs = _events(nlp, "Qatar launched a new mediation effort between Ethiopia and Eritrea.")
    assert _has(evs, "045", "QAT", "ETH") and _has(evs, "045", "QAT", "ERI"), _show(evs)


# 6. Ceasefires and mediation.
def test_ceasefire_taking_effect_is_coded_a_mention_is_not(nlp) -> None:
    """"a ceasefire between X and Y came into effect" is 0871 each way; "the next phase of its truce" is no event."""
    evs = _events(nlp, "A ceasefire between Israel and Hezbollah went into effect at dawn.")
    assert _has(evs, "0871", "ISR") and _has(evs, "0871", "LBN"), _show(evs)
    for text in ("The first phase of the truce between Israel and Hamas is due to expire on Saturday.",
                 "A Hamas delegation travels to Cairo to discuss the next phase of its ceasefire with Israel."):
        evs = _events(nlp, text)
        assert not _has(evs, "087"), (text, _show(evs))


def test_mediator_of_an_agreement_is_no_partner(nlp) -> None:
    """"X and Y agreed on a deal mediated by Z": the agreement is X's and Y's with each other, not with Z (the
    participle that describes the deal is background, as the team's gold codes it)."""
    evs = _events(nlp, "Armenia and Azerbaijan agreed on a peace deal mediated by the United States.")
    assert _has(evs, "03", "ARM", "AZE") and not any(e.cameo.startswith("03") and e.target is not None
                                                     and e.target.country == "USA" for e in evs), _show(evs)
