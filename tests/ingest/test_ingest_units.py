"""Unit tables for the pieces of ingest: dates, decoding, format sniffing, HTML to text, language."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.ingest.dates import date_from_filename, normalize_date
from eventwire.ingest.decode import decode_document, decode_line, looks_like_text
from eventwire.ingest.dispatch import sniff_format
from eventwire.ingest.errors import IngestError, UnknownFormat
from eventwire.ingest.language import check_language
from eventwire.ingest.text import split_dated_header
from eventwire.ingest.webpage import html_to_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-21", "2025-05-21"),
        ("2025-5-1", "2025-05-01"),
        ("20250521", "2025-05-21"),
        ("2025-05-21T23:59:00-07:00", "2025-05-21"),  # the day as written, not the UTC day
        ("2025-05-21T10:00:00Z", "2025-05-21"),
        ("Wed, 21 May 2025 08:00:00 GMT", "2025-05-21"),
        ("21 May 2025", "2025-05-21"),
        ("May 21, 2025", "2025-05-21"),
        ("2025/05/21", "2025-05-21"),
        (1747814400, "2025-05-21"),  # epoch seconds
        (1747814400000, "2025-05-21"),  # epoch milliseconds
        (dt.date(2025, 5, 21), "2025-05-21"),
    ],
)
def test_normalize_date(value: object, expected: str) -> None:
    assert normalize_date(value) == expected


@pytest.mark.parametrize("value", ["2025-13-45", "2025-02-30", "May", "Tuesday", "soon", "", "0001-01-01", True, [2025]])
def test_malformed_dates(value: object) -> None:
    with pytest.raises(ValueError, match="malformed date"):
        normalize_date(value)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("seed_unn_2025-05-21.txt", "2025-05-21"),
        ("wire_20250102.txt", "2025-01-02"),
        ("000_f66575024d7e6102.txt", None),  # digits inside a hash are not a date
        ("2025-13-01_story.txt", None),
        ("story.txt", None),
        ("a_2025_03_04.txt", "2025-03-04"),
    ],
)
def test_date_from_filename(name: str, expected: str | None) -> None:
    assert date_from_filename(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2025-05-21 US officials said", ("2025-05-21", " US officials said")),
        ("date 2025-05-21\nText on the next line", ("2025-05-21", "\nText on the next line")),
        ("Date: 2025-05-21\nText", ("2025-05-21", "\nText")),
        ("date 2025-13-45 Bad", ("2025-13-45", " Bad")),
        ("date night in Paris was quiet", None),
        ("The date 2025-05-21 was chosen", None),
    ],
)
def test_split_dated_header(text: str, expected: tuple[str, str] | None) -> None:
    assert split_dated_header(text) == expected


def test_decode_utf8_bom_and_fallbacks() -> None:
    assert decode_document("Zürich".encode()) == ("Zürich", ())
    assert decode_document(b"\xef\xbb\xbfplain") == ("plain", ())
    assert decode_document("“quoted” – text".encode("cp1252")) == ("“quoted” – text", ("encoding:cp1252",))
    text, flags = decode_document("News from Zürich".encode("utf-16"))
    assert text == "News from Zürich" and flags == ("encoding:utf-16",)
    with pytest.raises(IngestError, match="binary file"):
        decode_document(b"abc\x00def")
    with pytest.raises(IngestError, match="undecodable bytes"):
        decode_document(bytes([0x81, 0x01, 0x02, 0x03]) * 50)
    with pytest.raises(UnknownFormat, match="PDF"):
        decode_document(b"%PDF-1.4 rest")


def test_decode_line_and_text_check() -> None:
    assert decode_line(b"plain\n") == ("plain\n", None)
    assert decode_line("caf\u00e9".encode("cp1252")) == ("caf\u00e9", "encoding:cp1252")
    assert looks_like_text("A normal sentence.\n")
    assert not looks_like_text("a\x01\x02\x03\x04b")
    assert not looks_like_text("ÃƒÂ©ÃƒÂ©ÃƒÂ©ÃƒÂ©", blind=True)


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        (b"\n<!DOCTYPE html><html>", "html"),
        (b'{"id": 1, "text": "x"}\n{"id": 2}', "jsonl"),
        (b'{\n  "id": 1,\n  "text": "x"\n}', "json"),
        (b'[{"id": 1}]', "json"),
        (b"id,title,text\n1,a,b\n", "csv"),
        (b"date 2025-05-21 Text", "text"),
        (b"text, body and content were all missing", "text"),
        (b"Plain words.", "text"),
    ],
)
def test_sniff_format(head: bytes, fmt: str) -> None:
    assert sniff_format(head) == fmt


def test_html_to_text() -> None:
    html = "<p>First &amp; <b>bold</b> part.</p><p>Second<br>line</p><script>var x = 1;</script>"
    assert html_to_text(html) == "First & bold part.\n\nSecond\n\nline"
    assert html_to_text("no markup at all ") == "no markup at all"


def test_language_rule() -> None:
    english = "The foreign minister of Chile met his counterpart from Argentina in Santiago on Monday to discuss trade, fishing rights and a new road through the Andes."
    assert check_language(english) == ("en", (), None)
    french = "Le ministre des affaires étrangères a rencontré son homologue à Paris lundi pour discuter du commerce, de la pêche et d'une nouvelle route à travers les montagnes."
    lang, flags, reason = check_language(french)
    assert lang == "fr" and reason == "language 'fr' (not English)"
    lang, flags, reason = check_language("Guten Tag")
    assert reason is None and "language-uncertain" in flags


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Qatar announces Gaza ceasefire deal\n\nQatar's prime minister said on Wednesday ...", "Qatar announces Gaza ceasefire deal"),
        ("Bessent: If Putin does not talk, sanctions follow\n\nMore text.", "Bessent: If Putin does not talk, sanctions follow"),
        ("US President Donald Trump has refused to join the campaign.\n\nMore text.", None),
        ("Only one paragraph, no headline", None),
        ("Short\n\nText after.", None),
        ("Line one\nline two\n\nText after.", None),
    ],
)
def test_headline_of(body, title):
    from eventwire.ingest.text import headline_of

    assert headline_of(body) == title
