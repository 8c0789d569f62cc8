"""A table of attribution patterns parsed by the real model: rule, speaker, kind and sourcing flags."""

from __future__ import annotations

import pytest

from eventwire.records import Article
from eventwire.statements import extract_statements

pytestmark = pytest.mark.slow

# text, speaker, content, kind, anonymous phrase (or None), hedge phrase (or None)
CASES = [
    ('"We will respond to any provocation," Foreign Minister Sergei Lavrov said.',
     "Foreign Minister Sergei Lavrov", "We will respond to any provocation", "direct", None, None),
    ("\u201cThe talks were productive,\u201d said Chancellor Olaf Scholz.",
     "Chancellor Olaf Scholz", "The talks were productive", "direct", None, None),
    ('The minister told reporters: "We are not going to retreat. The border stays closed."',
     "The minister", "We are not going to retreat. The border stays closed", "direct", None, None),
    ('"The ceasefire is holding. Nobody has fired a shot since Sunday," the spokesman said.',
     "the spokesman", "The ceasefire is holding. Nobody has fired a shot since Sunday", "direct", None, None),
    ("Officials said the convoy had crossed the border overnight.",
     "Officials", "the convoy had crossed the border overnight", "indirect", "Officials", None),
    ("A senior European diplomat, speaking on condition of anonymity, said the plan was dead.",
     "A senior European diplomat", "the plan was dead", "indirect", "on condition of anonymity", None),
    ("According to people familiar with the matter, the deal could be signed next week.",
     "people familiar with the matter", "the deal could be signed next week", "indirect",
     "familiar with", None),
    ("The president reportedly told aides that he would veto the bill.",
     "The president", "he would veto the bill", "indirect", None, "reportedly"),
    ("According to unconfirmed reports, the rebels captured the airport.",
     "unconfirmed reports", "the rebels captured the airport", "indirect", "unconfirmed reports",
     "unconfirmed reports"),
    ("Macron warned that Europe could not rely on Washington forever.",
     "Macron", "Europe could not rely on Washington forever", "indirect", None, None),
    ("The protests were mostly staged, Lavrov claimed.",
     "Lavrov", "The protests were mostly staged", "indirect", None, None),
    ('The prime minister said his government "will not bow to pressure" from abroad.',
     "The prime minister", 'his government "will not bow to pressure" from abroad', "mixed", None, None),
    ("Reuters reported that the talks had collapsed.",
     "Reuters", "the talks had collapsed", "indirect", None, None),
]


@pytest.mark.parametrize(("text", "speaker", "content", "kind", "anon", "hedge"), CASES)
def test_attribution_case(nlp, text, speaker, content, kind, anon, hedge) -> None:
    article = Article(id="c", text=text, date="2025-05-21", outlet="Wire")
    statements = extract_statements(nlp(text), article, None)
    assert len(statements) == 1, [s.content.text for s in statements]
    (s,) = statements
    assert s.speaker.text == speaker
    assert s.content.text == content
    assert s.kind == kind
    assert s.anonymous_phrase == anon
    assert s.anonymous is (anon is not None)
    assert s.hedge_phrase == hedge
    assert s.chain == ("Wire", s.chain[-1]) and s.chain[-1]


def test_reported_outlet_layer_and_continued_quote(nlp) -> None:
    text = (
        "The Daily Ledger reported that the two leaders met secretly in Vienna.\n\n"
        'A senior aide told the newspaper: "They spoke for three hours.\n\n'
        '"Nothing was agreed, but the channel is open."\n\n'
        "Earlier, Foreign Minister Anna Kovacs said that no meeting was planned."
    )
    article = Article(id="c", text=text, date="2025-05-21", outlet="Wire")
    statements = extract_statements(nlp(text), article, None)
    by_start = {s.content.text[:20]: s for s in statements}
    ledger = by_start["the two leaders met "]
    assert ledger.chain == ("Wire", "The Daily Ledger")
    aide = by_start["They spoke for three"]
    assert aide.kind == "direct" and aide.anonymous
    assert aide.content.text.endswith("the channel is open")  # one quote over two paragraphs
    assert aide.chain == ("Wire", "The Daily Ledger", "A senior aide")
    kovacs = by_start["no meeting was plann"]
    assert kovacs.chain == ("Wire", "Anna Kovacs")


def test_unattributed_hedge_and_scare_quotes_make_no_statement(nlp) -> None:
    text = 'The general is said to have ordered the withdrawal. The so-called "peace plan" was shelved.'
    assert extract_statements(nlp(text), Article(id="c", text=text), None) == []


def _only(nlp, text: str, outlet: str = "Wire"):
    statements = extract_statements(nlp(text), Article(id="c", text=text, outlet=outlet), None)
    assert len(statements) == 1, [s.content.text for s in statements]
    return statements[0]


def test_citing_anonymous_sources_adds_a_layer_and_anonymity(nlp) -> None:
    s = _only(nlp, "Reuters, citing anonymous sources, reported that gas deliveries to the northern region had been cut.")
    assert s.speaker.text == "Reuters"
    assert s.chain == ("Wire", "Reuters", "anonymous sources")
    assert s.anonymous and s.anonymous_phrase == "anonymous"


def test_told_a_named_outlet_is_a_layer(nlp) -> None:
    s = _only(nlp, 'Lead diver Maria Lund told the Washington Post, "We could hardly believe it. The whole crew cheered."')
    assert s.chain == ("Wire", "the Washington Post", "Maria Lund")
    assert s.kind == "direct"


def test_inverted_speaker_keeps_a_hyphenated_title(nlp) -> None:
    s = _only(nlp, '"The ice shelves are thinning fast," said study co-author Karen Alley.')
    assert s.speaker.text == "study co-author Karen Alley"


def test_according_to_with_an_apposition(nlp) -> None:
    s = _only(nlp, "According to Jasim Uddin, a spokesperson for the fire service, four victims were from one family.")
    assert s.speaker.text == "Jasim Uddin, a spokesperson for the fire service"
    assert s.content.text == "four victims were from one family"


@pytest.mark.parametrize(
    "text",
    [
        "Orders dropped because the market is crowded and profits are small, while noting the trucks are needed.",
        "She relinquished her title according to royal laws.",
        "Image: John Smith",
        "Somalia: al-Shabaab fighters attack army base north of Mogadishu",
    ],
)
def test_not_statements(nlp, text: str) -> None:
    assert extract_statements(nlp(text), Article(id="c", text=text), None) == []
