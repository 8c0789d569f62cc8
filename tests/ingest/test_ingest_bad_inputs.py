"""Every kind of bad input becomes a Rejection with a reason that names the problem; good items survive."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path

import pytest

from eventwire.ingest import IngestOptions, dispatch, fetch, read_inputs
from eventwire.ingest.errors import IngestError
from eventwire.ingest.fetch import Fetched
from eventwire.records import Article, Rejection

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
BAD = DATA / "bad"
GOOD = DATA / "good"
FALLBACK = DATA / "fallback"


def read(*paths: str | Path, **options: object) -> list[Article | Rejection]:
    """All items read from the given paths with the given IngestOptions fields."""
    return list(read_inputs([str(p) for p in paths], options=IngestOptions(**options)))  # type: ignore[arg-type]


def only_rejection(*paths: str | Path, **options: object) -> Rejection:
    """The single item read, which must be a Rejection."""
    items = read(*paths, **options)
    assert len(items) == 1, items
    assert isinstance(items[0], Rejection), items[0]
    return items[0]


@pytest.mark.parametrize(
    ("name", "reason_start"),
    [
        ("empty.txt", "empty file"),
        ("blank.txt", "empty file (only whitespace)"),
        ("binary.txt", "binary file (contains NUL bytes)"),
        ("undecodable.txt", "undecodable bytes: not UTF-8 (byte 0x81 at offset 0)"),
        ("malformed_date.txt", "malformed date '2025-13-45' in the date header"),
        ("notes.xyz", "unknown format: extension '.xyz'"),
        ("german.txt", "language 'de' (not English)"),
        ("no_text.json", "no text: none of the fields text, body"),
    ],
)
def test_bad_file_is_rejected_with_reason(name: str, reason_start: str) -> None:
    rej = only_rejection(BAD / name)
    assert rej.reason.startswith(reason_start), rej.reason
    assert rej.path == str(BAD / name)
    assert rej.kind == "rejected"


def test_oversize_text_is_rejected_under_a_small_limit_and_read_under_the_default() -> None:
    rej = only_rejection(BAD / "oversize.txt", max_bytes=4000)
    assert rej.reason == "text too large: the file is over the limit of 4000 bytes (max_bytes)"
    (art,) = read(BAD / "oversize.txt")
    assert isinstance(art, Article)


def test_oversize_jsonl_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    long_text = "The assembly debated the reform again. " * 200
    short = "The governor of Texas signed the water bill on Friday, his office said in a statement."
    path.write_text(f'{{"id": "big", "text": "{long_text}"}}\n{{"id": "small", "text": "{short}"}}\n', encoding="utf-8")
    first, second = read(path, max_bytes=2000)
    assert isinstance(first, Rejection) and first.line == 1 and first.reason.startswith("text too large")
    assert isinstance(second, Article) and second.id == "small" and second.source_path == f"{path}:2"


def test_broken_json_lines_keep_the_good_ones() -> None:
    items = read(BAD / "broken.jsonl")
    kept = [i.id for i in items if isinstance(i, Article)]
    rejected = {i.line: i.reason for i in items if isinstance(i, Rejection)}
    assert kept == ["b-1", "b-5"]
    assert set(rejected) == {2, 3, 4}
    assert rejected[2].startswith("invalid JSON: Expecting ',' delimiter")
    assert rejected[3].startswith("no text:") and "fields present: id, date, title" in rejected[3]
    assert rejected[4] == "malformed date '2025-05-32' in field 'date'"


def test_json_value_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n"just a string"\n', encoding="utf-8")
    one, two = read(path)
    assert isinstance(one, Rejection) and one.line == 1 and "not an article object" in one.reason
    assert isinstance(two, Rejection) and two.line == 2


def test_text_field_of_the_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "types.jsonl"
    path.write_text('{"id": "t", "text": {"p": 1}}\n', encoding="utf-8")
    rej = only_rejection(path)
    assert rej.reason == "no text: field 'text' holds an object, not text" and rej.line == 1


def test_cp1252_bytes_decode_with_a_flag() -> None:
    (art,) = read(FALLBACK / "windows_cp1252.txt")
    assert isinstance(art, Article)
    assert "\u201cwill be open before winter\u201d \u2013 a promise" in art.text
    assert "encoding:cp1252" in art.flags
    assert art.date == "2025-09-03"


def test_latin1_bytes_decode_with_a_flag() -> None:
    (art,) = read(FALLBACK / "latin1_2025-09-04.txt")
    assert isinstance(art, Article)
    assert art.text.startswith("Jos\u00e9 Mar\u00eda Alvarez") and "Fran\u00e7ois Dupr\u00e9" in art.text
    # latin-1 and cp1252 agree on these bytes; either name is right, the flag must be there
    assert any(f.startswith("encoding:") for f in art.flags)


def test_cp1252_line_in_jsonl_is_flagged_on_that_record_only(tmp_path: Path) -> None:
    path = tmp_path / "mixed_enc.jsonl"
    path.write_bytes(
        '{"id": "u", "text": "The caf\u00e9 owners in Paris protested on Monday against new rules on terraces."}\n'.encode()
        + '{"id": "w", "text": "The caf\u00e9 owners in Lyon joined the protest on Tuesday, union leaders said."}\n'.encode("cp1252")
    )
    u, w = read(path)
    assert isinstance(u, Article) and not any(f.startswith("encoding:") for f in u.flags)
    assert isinstance(w, Article) and "encoding:cp1252" in w.flags and "caf\u00e9" in w.text


def test_missing_path_and_directory_of_missing_file() -> None:
    rej = only_rejection(BAD / "does_not_exist.txt")
    assert rej.reason == "unreadable path: no such file or directory"


def test_permission_denied_is_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("The council met on Monday.", encoding="utf-8")
    if os.geteuid() != 0:
        locked.chmod(0)
    else:  # root reads anything: make open() fail the way it does for other users

        def deny(*args: object, **kwargs: object) -> None:
            raise PermissionError(13, "Permission denied", str(locked))

        monkeypatch.setattr(dispatch, "open", deny, raising=False)
    rej = only_rejection(locked)
    assert rej.reason == "unreadable path: permission denied"


def test_empty_gzip_and_corrupt_gzip(tmp_path: Path) -> None:
    empty = tmp_path / "nothing.jsonl.gz"
    empty.write_bytes(gzip.compress(b""))
    assert only_rejection(empty).reason.startswith("empty file")
    good = b'{"id": "g1", "text": "The port of Mombasa reopened on Monday after a strike by crane operators ended."}\n' * 3
    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(gzip.compress(good)[:-12])
    items = read(truncated)
    assert isinstance(items[-1], Rejection) and items[-1].reason.startswith("corrupt gzip data")
    not_gzip = tmp_path / "plain.jsonl.gz"
    not_gzip.write_bytes(good)
    assert "not gzip-compressed" in only_rejection(not_gzip).reason


def test_known_binary_formats_are_named(tmp_path: Path) -> None:
    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert only_rejection(pdf).reason == "unknown format: PDF document"
    png = tmp_path / "photo"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert only_rejection(png).reason == "binary file (PNG image)"


def test_csv_bad_rows_are_rejected_by_line(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,date,text\n"
        "r1,2025-01-05,The navy of Greece rescued forty migrants off Crete on Sunday after their boat lost power.\n"
        "r2,2025-01-06,\n"
        "r3,not a date,The port of Piraeus said traffic was normal again on Tuesday after the storm passed.\n",
        encoding="utf-8",
    )
    r1, r2, r3 = read(path)
    assert isinstance(r1, Article) and r1.id == "r1"
    assert isinstance(r2, Rejection) and r2.line == 3 and r2.reason.startswith("no text")
    assert isinstance(r3, Rejection) and r3.line == 4 and r3.reason == "malformed date 'not a date' in field 'date'"


def test_empty_csv_and_header_only_csv(tmp_path: Path) -> None:
    header_only = tmp_path / "h.csv"
    header_only.write_text("id,text\n", encoding="utf-8")
    assert only_rejection(header_only).reason == "empty file (a CSV header but no rows)"


def test_feed_file_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><inventory><item sku='1'/></inventory>", encoding="utf-8")
    assert only_rejection(path).reason.startswith("unknown format: not an RSS or Atom feed")


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    assert only_rejection(path).reason == "no main text found in the HTML page"


def test_unreachable_url_is_a_clean_rejection() -> None:
    # Port 9 (discard) on localhost: refused at once, no network needed.
    rej = only_rejection("http://127.0.0.1:9/news/story.html", timeout=2.0)
    assert rej.path == "http://127.0.0.1:9/news/story.html"
    assert rej.reason.startswith("could not fetch URL: ")


def test_url_feed_and_url_page_are_read_when_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = {
        "https://pacific.example.net/feed": Fetched((GOOD / "feed.rss").read_bytes(), "application/rss+xml", "https://pacific.example.net/feed"),
        "https://riftvalley.example.com/story": Fetched((GOOD / "article.html").read_bytes(), "text/html", "https://riftvalley.example.com/story"),
    }
    monkeypatch.setattr(fetch, "fetch_url", lambda url, **_: pages[url])
    items = read("https://pacific.example.net/feed", "https://riftvalley.example.com/story")
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Article"]
    assert items[0].outlet == "Pacific Ledger"  # type: ignore[union-attr]
    assert items[2].title == "Kenya and Ethiopia sign water accord"  # type: ignore[union-attr]


def test_fetch_pages_replaces_summary_and_rejects_entries_whose_page_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (GOOD / "article.html").read_bytes()

    def fake_fetch(url: str, **_: object) -> Fetched:
        if url.endswith("fishing-patrols"):
            return Fetched(html, "text/html", url)
        raise IngestError("could not fetch URL: [Errno -2] Name or service not known")

    monkeypatch.setattr(fetch, "fetch_url", fake_fetch)
    fetched, failed = read(GOOD / "feed.rss", fetch_pages=True)
    assert isinstance(fetched, Article)
    assert fetched.text.startswith("Kenya and Ethiopia signed")  # the page, not the feed summary
    assert fetched.title == "Fiji and Tonga agree on fishing patrols"  # the entry keeps its own title
    assert fetched.id == "https://pacific.example.net/?p=501" and "page-fetched" in fetched.flags
    assert isinstance(failed, Rejection)
    assert failed.reason.startswith("entry 2 (https://pacific.example.net/2025/03/06/samoa-ambassador): could not get the article page")


def test_feed_pages_are_not_fetched_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(url: str, **_: object) -> Fetched:
        raise AssertionError(f"fetched {url} without fetch_pages")

    monkeypatch.setattr(fetch, "fetch_url", boom)
    assert len([i for i in read(GOOD / "feed.rss") if isinstance(i, Article)]) == 2


def test_unexpected_reader_error_becomes_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(source: object, options: object) -> object:
        raise RuntimeError("reader bug")

    monkeypatch.setitem(dispatch.READERS, "text", explode)
    rej = only_rejection(GOOD / "harbour_2025-03-14.txt")
    assert rej.reason == "unexpected error while reading (RuntimeError): reader bug"


def test_a_whole_folder_of_bad_inputs_never_stops_the_batch() -> None:
    items = read(BAD, GOOD, max_bytes=4000)
    rejected = [i for i in items if isinstance(i, Rejection)]
    kept = [i for i in items if isinstance(i, Article)]
    # every bad file is named in at least one rejection
    named = {Path(r.path).name for r in rejected}
    assert {p.name for p in BAD.iterdir()} <= named
    assert len(kept) == 2 + 3 + 2 + 2 + 1 + 2 + 2 + 1 + 1  # broken.jsonl's good lines + every good file


def test_bad_date_option_is_a_usage_error() -> None:
    with pytest.raises(ValueError, match="malformed date '2025-02-30'"):
        IngestOptions(date="2025-02-30")
    assert IngestOptions(date="20250301").date == "2025-03-01"


def test_stdin_empty() -> None:
    rej = only_rejection("-", stdin=io.BytesIO(b""))
    assert rej.path == "<stdin>" and rej.reason == "empty file"
