"""Every gold reader parses its format: own JSONL, PETRARCH XML, PLOVER JSON and brat (E and R forms)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventwire.evaluate import GoldFormatError, UnknownGoldFormat, read_gold

JSONL_RECORDS = [
    {
        "id": "r1",
        "date": "2024-03-02",
        "text": "Turkey's foreign minister met his Greek counterpart in Athens on Friday.",
        "events": [
            {
                "source": "TURGOV",
                "target": {"country": "GRC", "sector": "GOV"},
                "cameo": "042",
                "plover": "consult",
                "spans": {"trigger": "met", "source": [0, 25]},
            }
        ],
    },
    {"id": "r2", "date": "2024-03-02", "text": "Markets were calm in Tokyo.", "events": []},
    {
        "id": "r3",
        "date": "2024-03-02",
        "text": '"We are ready," the Iranian envoy said.',
        "statements": [
            {
                "speaker": "the Iranian envoy",
                "cue": "said",
                "content": {"start": 1, "end": 13, "text": "We are ready"},
            }
        ],
        "actors": [{"text": "the Iranian envoy", "country": "IRN", "sector": "GOV"}],
    },
    {"mention": "Kremlin", "date": "2023-05-01", "country": "RUS", "sector": "GOV"},
    {"mention": "Ukrainian lawmakers", "date": "2023-05-01", "code": "UKRLEG"},
]


def _write_jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def test_own_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "gold.jsonl"
    _write_jsonl(p, JSONL_RECORDS)
    g = read_gold(p)
    assert g.format == "jsonl" and len(g.texts) == 3
    e = g.texts[0].events[0]
    assert (e.source.country, e.source.sector, e.target.country, e.cameo, e.plover) == (
        "TUR",
        "GOV",
        "GRC",
        "042",
        "CONSULT",
    )
    assert e.trigger.text == "met" and e.source.span.text == "Turkey's foreign minister"
    assert g.texts[1].events == () and g.texts[0].statements is None
    st = g.texts[2].statements[0]
    assert (st.speaker.text, st.cue.text, st.content.text) == ("the Iranian envoy", "said", "We are ready")
    assert [(m.text, m.date, m.country, m.sector) for m in g.actor_mentions] == [
        ("the Iranian envoy", "2024-03-02", "IRN", "GOV"),
        ("Kremlin", "2023-05-01", "RUS", "GOV"),
        ("Ukrainian lawmakers", "2023-05-01", "UKR", "LEG"),
    ]
    gz = tmp_path / "gold.jsonl.gz"
    gz.write_bytes(gzip.compress(p.read_bytes()))
    assert read_gold(gz).texts == g.texts


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (
            {"id": "x", "text": "A met B.", "events": [{"source": "USA", "target": "RUS", "cameo": "2101"}]},
            "bad CAMEO",
        ),
        ({"id": "x", "text": "A met B.", "events": [{"source": "USA"}]}, "needs `cameo` or `plover`"),
        (
            {"id": "x", "text": "A met B.", "statements": [{"speaker": "C", "content": "met"}]},
            "does not occur",
        ),
        (
            {
                "id": "x",
                "text": "A met B.",
                "statements": [{"content": {"start": 2, "end": 5, "text": "xyz"}}],
            },
            "record says",
        ),
        ({"id": "x", "events": []}, "no text"),
        ({"mention": "Putin", "date": "2020-01-01"}, "needs country/sector"),
    ],
)
def test_own_jsonl_errors_name_the_line(tmp_path: Path, record: dict, message: str) -> None:
    p = tmp_path / "bad.jsonl"
    _write_jsonl(p, [{"id": "ok", "text": "fine", "events": []}, record])
    with pytest.raises(GoldFormatError, match=message) as info:
        read_gold(p)
    assert "bad.jsonl:2" in str(info.value)


PETRARCH = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
####################
# comments & <odd> markup a strict parser rejects
####################
<Sentences>
<Sentence category="T" date="20140301" id="S1" evaluate="true"/>
<EventCoding eventcode="0234" sourcecode="UKRGOV" targetcode="IGOUNO" />
<EventCoding eventcode="112" sourcecode="---REB" targetcode="UKR" />
<Text>
Kyiv asked the United Nations for peacekeepers
as separatists accused Ukraine.
</Text>
<Parse>1 Kyiv Kyiv PROPN</Parse></Sentence>
<Sentence category="T" date="140301" id="S2" evaluate="true">
<!-- a comment with <EventCoding eventcode="999"/> inside -->
<EventCoding noevents="True" />
<Text>It rained &amp; snowed.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def test_petrarch_xml(tmp_path: Path) -> None:
    p = tmp_path / "val.xml"
    p.write_text(PETRARCH, encoding="utf-8")
    g = read_gold(p)
    assert g.format == "petrarch" and [t.id for t in g.texts] == ["S1", "S2"]
    s1 = g.texts[0]
    assert s1.date == "2014-03-01"
    assert s1.text == "Kyiv asked the United Nations for peacekeepers as separatists accused Ukraine."
    assert [(e.cameo, e.source.country, e.source.sector, e.target.country) for e in s1.events] == [
        ("0234", "UKR", "GOV", "IGOUNO"),
        ("112", None, "REB", "UKR"),
    ]
    assert g.texts[1].events == () and g.texts[1].text == "It rained & snowed." and g.texts[1].date is None
    assert any("140301" in w for w in g.warnings)


def test_plover_json(tmp_path: Path) -> None:
    data = [
        {"id": "DOC", "event": "DOCUMENT", "eventText": "notes"},
        {
            "id": "P1",
            "date": "2001-02-03",
            "event": "PROTEST",
            "text": "Students in Dhaka and Chittagong marched against the government.",
            "source": [
                {"actorText": "Students", "code": "BGD", "sector": "EDUxyz"},
                {"actorText": "x", "code": "IND"},
            ],
            "target": [{"actorText": "government", "code": "BGD", "sector": "GOV"}],
        },
        {
            "id": "P2",
            "date": "2001-02-03",
            "event": "FIGHT",
            "cameo": "182",
            "text": "Gunmen attacked.",
            "source": [{"code": "---", "sector": "***"}],
            "target": "",
        },
    ]
    p = tmp_path / "plover.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    g = read_gold(p)
    assert g.format == "plover" and [t.id for t in g.texts] == ["P1", "P2"]
    evs = g.texts[0].events
    assert [(e.source.country, e.source.sector, e.target.country, e.plover, e.cameo) for e in evs] == [
        ("BGD", "EDU", "BGD", "PROTEST", None),
        ("IND", None, "BGD", "PROTEST", None),
    ]
    (e2,) = g.texts[1].events
    assert e2.plover == "ASSAULT" and any("FIGHT->ASSAULT" in w for w in g.warnings)
    assert e2.cameo == "182" and e2.target is None
    assert (e2.source.country, e2.source.sector) == (None, None)  # "---": actor of unknown country


BRAT_TEXT = 'Kyiv, June 2. "The bridge is closed," a city official said. According to the mayor, repairs will take weeks.\n'


def _brat(tmp_path: Path, ann: str, name: str = "doc_2024-06-02") -> Path:
    d = tmp_path / "brat"
    d.mkdir(exist_ok=True)
    (d / f"{name}.txt").write_text(BRAT_TEXT, encoding="utf-8")
    (d / f"{name}.ann").write_text(ann, encoding="utf-8")
    return d


def _off(s: str) -> str:
    i = BRAT_TEXT.index(s)
    return f"{i} {i + len(s)}\t{s}"


def test_brat_event_form(tmp_path: Path) -> None:
    ann = "\n".join(
        [
            f"T1\tContent {_off('The bridge is closed')}",
            f"T2\tSource {_off('a city official')}",
            f"T3\tCue {_off('said')}",
            f"T4\tCue {_off('According to')}",
            f"T5\tSource {_off('the mayor')}",
            f"T6\tContent {_off('repairs will take weeks')}",
            "E1\tCue:T3 Source:T2 Content:T1",
            "E2\tCue:T4 Source:T5 Content:T6",
            "#1\tAnnotatorNotes T1\tdirect quote",
        ]
    )
    g = read_gold(_brat(tmp_path, ann))
    (doc,) = g.texts
    assert g.format == "brat" and doc.date == "2024-06-02" and doc.events is None
    assert [(s.speaker.text, s.cue.text, s.content.text) for s in doc.statements] == [
        ("a city official", "said", "The bridge is closed"),
        ("the mayor", "According to", "repairs will take weeks"),
    ]


def test_brat_relation_form_and_single_file(tmp_path: Path) -> None:
    ann = "\n".join(
        [
            f"T1\tContent {_off('The bridge is closed')}",
            f"T2\tSource {_off('a city official')}",
            f"T3\tCue {_off('said')}",
            f"T5\tSource {_off('the mayor')}",
            f"T6\tContent {_off('repairs will take weeks')}",
            "R1\tSOURCE Arg1:T3 Arg2:T2",
            "R2\tCONTENT Arg1:T1 Arg2:T3",
            "R3\tAttribution Arg1:T5 Arg2:T6",
        ]
    )
    d = _brat(tmp_path, ann)
    g = read_gold(d / "doc_2024-06-02.ann")
    got = [
        (s.speaker.text if s.speaker else None, s.cue.text if s.cue else None, s.content.text)
        for s in g.texts[0].statements
    ]
    assert got == [
        ("a city official", "said", "The bridge is closed"),
        ("the mayor", None, "repairs will take weeks"),
    ]


def test_brat_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="give"):
        read_gold(_brat(tmp_path, "T1\tContent 0 4\tKiev"))
    with pytest.raises(GoldFormatError, match="T9"):
        read_gold(_brat(tmp_path, f"T1\tCue {_off('said')}\nE1\tCue:T1 Source:T9"))
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(UnknownGoldFormat):
        read_gold(tmp_path / "x.csv")


def test_reference_petrarch_reads(reference_dir: Path) -> None:
    g = read_gold(reference_dir / "petrarch" / "PETR2_GSR_validation.xml")
    assert len(g.texts) >= 70
    events = [e for t in g.texts for e in (t.events or ())]
    assert len(events) >= 60 and all(e.cameo and e.cameo.isdigit() for e in events)
    assert sum(1 for t in g.texts if t.events == ()) >= 10  # the noevents records
    assert all("\n" not in t.text and t.text for t in g.texts)
    rebuilt = {t.id: t.text for t in g.texts}["abc12_3"]  # empty <Text>: rebuilt from its parse
    assert rebuilt.startswith("Boko Haram has launched")
    assert any(e.source and e.source.country == "USA" and e.source.sector == "GOV" for e in events)


def test_reference_plover_reads(reference_dir: Path) -> None:
    g = read_gold(reference_dir / "plover" / "PLOVER_GSR_CAMEO.json")
    assert len(g.texts) >= 300
    types = {e.plover for t in g.texts for e in (t.events or ())}
    assert {"AGREE", "PROTEST", "ASSAULT", "THREATEN", "ACCUSE", "REQUEST"} <= types
    assert not types & {"DOCUMENT", "DISAPPROVE", "DEMAND", "FIGHT", "INVESTIGATE"}  # current names only
    assert all(t.date for t in g.texts)


def test_readme_example_record_reads(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[1] / "data" / "gold" / "README.md").read_text(encoding="utf-8")
    start = readme.index('{"id": "ex-1"')
    record = json.loads(readme[start : readme.index("```", start)])
    p = tmp_path / "example.jsonl"
    _write_jsonl(p, [record])
    (t,) = read_gold(p).texts
    assert t.statements[0].content.text.endswith("into Ukraine")
    assert t.events[0].source.sector == "GOV"
