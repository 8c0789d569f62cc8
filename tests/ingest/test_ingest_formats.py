"""Every input format read into Articles: fields, aliases, dates, ids, source paths."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from eventwire.ingest import IngestOptions, read_inputs
from eventwire.records import Article, Rejection

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
GOOD = DATA / "good"


def read(*paths: str | Path, **options: object) -> list[Article | Rejection]:
    """All items read from the given paths with the given IngestOptions fields."""
    return list(read_inputs([str(p) for p in paths], options=IngestOptions(**options)))  # type: ignore[arg-type]


def articles(*paths: str | Path, **options: object) -> list[Article]:
    """Items read from the paths, asserting that none was rejected."""
    items = read(*paths, **options)
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert not rejected, rejected
    return [i for i in items if isinstance(i, Article)]


def test_seed_format_date_on_same_line(seed_text: str) -> None:
    items = articles("-", stdin=io.BytesIO(seed_text.encode("utf-8")))
    assert len(items) == 1
    art = items[0]
    assert art.date == "2025-05-21" and art.date_source == "header"
    assert art.text.startswith("US President Donald Trump")
    assert "date 2025" not in art.text[:40]
    assert art.text == art.text.strip()
    assert art.id.startswith("a") and len(art.id) == 17
    assert art.language == "en"


def test_seed_sample_file_reads_as_one_article() -> None:
    from eventwire.samples import seed_article_path

    (art,) = articles(seed_article_path())
    assert art.date == "2025-05-21"
    assert art.source_path == str(seed_article_path())


def test_dated_header_on_its_own_line() -> None:
    (art,) = articles(GOOD / "dated_header_line.txt")
    assert art.date == "2025-08-19" and art.date_source == "header"
    assert art.text.startswith("The United Nations Security Council")


def test_header_wins_over_date_option() -> None:
    (art,) = articles(GOOD / "dated_header_line.txt", date="2020-01-01")
    assert art.date == "2025-08-19"


def test_plain_text_date_from_filename_option_or_unknown(tmp_path: Path) -> None:
    (art,) = articles(GOOD / "harbour_2025-03-14.txt")
    assert (art.date, art.date_source) == ("2025-03-14", "filename")
    assert "date-unknown" not in art.flags
    (opt,) = articles(GOOD / "harbour_2025-03-14.txt", date="2024-12-31")
    assert (opt.date, opt.date_source) == ("2024-12-31", "option")
    compact = tmp_path / "wire_20250102_story.txt"
    compact.write_text((GOOD / "harbour_2025-03-14.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (c,) = articles(compact)
    assert c.date == "2025-01-02"
    undated = tmp_path / "story.txt"
    undated.write_text("Officials in Quito confirmed on Monday that the airport would reopen after repairs to the runway were finished.", encoding="utf-8")
    (u,) = articles(undated)
    assert u.date is None and u.date_source == "unknown" and "date-unknown" in u.flags


def test_content_hash_id_is_stable_and_ignores_whitespace(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Rescue teams reached the village on Sunday.  The road had been closed by a landslide for three days.", encoding="utf-8")
    b.write_text("\n  Rescue teams reached the village on Sunday.\nThe road had been closed by a landslide for three days.\n", encoding="utf-8")
    (x,) = articles(a)
    (y,) = articles(b)
    (x2,) = articles(a)
    assert x.id == x2.id == y.id
    assert x.id.startswith("a")


def test_jsonl_aliases_and_date_normalization() -> None:
    items = articles(GOOD / "articles.jsonl")
    assert [a.id for a in items] == ["wire-0001", "7731", "tl-19"]
    first, second, third = items
    assert first.title == "Border talks resume in Geneva"
    assert first.outlet == "Example Wire" and first.url.endswith("/border-talks")  # type: ignore[union-attr]
    assert first.source_path == f"{GOOD / 'articles.jsonl'}:1"
    # published (timestamp with offset) -> the calendar day as written; headline/body/link/outlet aliases
    assert (second.date, second.title, second.outlet) == ("2025-04-03", "Port workers end strike", "Harbour Daily")
    assert second.text.startswith("Dock workers in Rotterdam")
    assert second.url == "https://news.example.org/2025/04/03/port-strike"
    # guid / publication_date (RFC 822) / content / publisher object with a name
    assert (third.date, third.outlet, third.date_source) == ("2025-04-04", "Tagesline English", "field")
    assert third.text.startswith("The interior minister of Slovenia")


def test_gzip_jsonl_by_extension_and_by_magic(tmp_path: Path) -> None:
    items = articles(GOOD / "articles.jsonl.gz")
    assert [a.id for a in items] == ["gz-0001", "gz-0002"]
    assert items[1].date == "2025-06-11"
    # Same bytes without the .gz suffix and through stdin: found by the gzip magic number.
    raw = (GOOD / "articles.jsonl.gz").read_bytes()
    unnamed = tmp_path / "feed_dump"
    unnamed.write_bytes(raw)
    assert [a.id for a in articles(unnamed)] == ["gz-0001", "gz-0002"]
    assert [a.id for a in articles("-", stdin=io.BytesIO(raw))] == ["gz-0001", "gz-0002"]


def test_gzip_of_plain_text_keeps_filename_date(tmp_path: Path) -> None:
    target = tmp_path / "harbour_2025-03-14.txt.gz"
    target.write_bytes(gzip.compress((GOOD / "harbour_2025-03-14.txt").read_bytes()))
    (art,) = articles(target)
    assert art.date == "2025-03-14" and art.text.startswith("Customs officers in Gdansk")


def test_csv_aliases_multiline_field_and_line_numbers() -> None:
    one, two = articles(GOOD / "articles.csv")
    assert (one.id, one.title, one.date, one.outlet) == ("csv-1", "Rebels release hostages", "2025-02-17", "Lakes Observer")
    assert one.source_path.endswith("articles.csv:2")  # type: ignore[union-attr]
    assert two.date == "2025-02-17"
    assert "\n\nOpposition leaders" in two.text
    assert two.source_path.endswith("articles.csv:3")  # type: ignore[union-attr]


def test_csv_column_options_override_detection(tmp_path: Path) -> None:
    path = tmp_path / "export.tsv"
    path.write_text(
        "ref\tstory\twhen\tsummary\n"
        "k-1\tThe Kenyan parliament approved a new security law on Tuesday after a long debate about police powers.\t2025-03-11\tshort\n",
        encoding="utf-8",
    )
    rejected = read(path)
    assert len(rejected) == 1 and isinstance(rejected[0], Rejection)
    assert "no text column" in rejected[0].reason and "csv_text_column" in rejected[0].reason
    (art,) = articles(path, csv_text_column="story", csv_id_column="ref", csv_date_column="when")
    assert (art.id, art.date) == ("k-1", "2025-03-11")
    assert art.text.startswith("The Kenyan parliament")
    bad = read(path, csv_text_column="nope")
    assert len(bad) == 1 and "column 'nope'" in bad[0].reason  # type: ignore[union-attr]


def test_csv_semicolon_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "semi.csv"
    path.write_text(
        "title;date;text\nVote delayed;2025-04-09;Lawmakers in Lisbon delayed a vote on the housing bill until next week, the speaker said on Wednesday.\n",
        encoding="utf-8",
    )
    (art,) = articles(path)
    assert art.title == "Vote delayed" and art.date == "2025-04-09"


def test_html_page_with_trafilatura() -> None:
    (art,) = articles(GOOD / "article.html")
    assert art.title == "Kenya and Ethiopia sign water accord"
    assert art.date == "2025-01-20" and art.date_source == "html"
    assert art.outlet == "Rift Valley Times"
    assert art.url == "https://riftvalley.example.com/2025/01/20/water-accord"
    assert art.text.startswith("Kenya and Ethiopia signed an agreement")
    assert "Lake Turkana" in art.text
    # navigation and footer boilerplate are not part of the main text
    assert "All rights reserved" not in art.text and "Sport" not in art.text


def test_rss_entries_become_articles() -> None:
    one, two = articles(GOOD / "feed.rss")
    assert one.outlet == two.outlet == "Pacific Ledger"
    assert one.id == "https://pacific.example.net/?p=501"
    assert one.title == "Fiji and Tonga agree on fishing patrols"
    assert one.url == "https://pacific.example.net/2025/03/05/fishing-patrols"
    assert one.date == "2025-03-05" and one.date_source == "feed"
    # HTML stripped from the summary, paragraphs kept apart, entities decoded
    assert "<" not in one.text and "joint patrols against" in one.text
    assert "\n\nOfficials said" in one.text
    # the local calendar day of the timestamp (+1300), not the UTC day before
    assert two.date == "2025-03-06"
    assert one.source_path.endswith("feed.rss#entry-1")  # type: ignore[union-attr]


def test_atom_entries_prefer_content_and_fall_back_to_updated() -> None:
    one, two = articles(GOOD / "feed.atom")
    assert one.outlet == "Andes Monitor"
    assert one.id == "urn:uuid:8d2b4c7a-1e55-4a9b-b0a1-6f3e9d2c4b21"
    assert one.text.startswith("Peru and Bolivia reopened the Desaguadero border crossing on Tuesday")
    assert "Truck drivers" in one.text  # the full content, not the one-line summary
    assert one.date == "2025-07-01"
    assert two.date == "2025-07-02" and two.url == "https://andes.example.org/2025/07/02/ecuador-emergency"


def test_json_document_list_and_single_object(tmp_path: Path) -> None:
    listing = tmp_path / "batch.json"
    listing.write_text(
        '[{"id": "L1", "text": "Aid trucks crossed into Gaza on Sunday after a week of delays at the border, relief agencies said."},'
        ' {"id": "L2", "text": "The prime minister of Japan met business leaders in Osaka on Monday to discuss new trade rules."}]',
        encoding="utf-8",
    )
    a, b = articles(listing)
    assert (a.id, b.id) == ("L1", "L2")
    assert b.source_path == f"{listing}#2"
    single = tmp_path / "one.json"
    single.write_text('{\n  "headline": "Strike ends",\n  "body": "Teachers in Buenos Aires ended their strike on Friday after the city raised salaries by twelve percent.",\n  "pubDate": "2025-03-21"\n}\n', encoding="utf-8")
    (c,) = articles(single)
    assert (c.title, c.date) == ("Strike ends", "2025-03-21")


def test_json_lines_under_json_name(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text(
        '{"id": "x1", "text": "Voters in Iceland went to the polls on Saturday in an early election called after the coalition collapsed."}\n'
        '{"id": "x2", "text": "Iceland counted votes through the night, and the result was expected on Sunday morning, officials said."}\n',
        encoding="utf-8",
    )
    assert [a.id for a in articles(path)] == ["x1", "x2"]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"date 2025-05-21 The envoy arrived in Cairo on Wednesday for talks.", "2025-05-21"),
        (b'{"id": "s1", "date": "2025-02-03", "text": "The ministers met in Rome."}\n', "2025-02-03"),
        (b"<rss version='2.0'><channel><title>T</title><item><title>A</title><pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate><description>The ministers met in Rome on Monday.</description></item></channel></rss>", "2025-02-03"),
    ],
)
def test_stdin_is_sniffed(payload: bytes, expected: str) -> None:
    (art,) = articles("-", stdin=io.BytesIO(payload))
    assert art.date == expected
    assert art.source_path is not None and art.source_path.startswith("<stdin>")


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    texts = {
        "b/2.txt": "Second story: the river burst its banks near Dhaka on Tuesday, officials said.",
        "a/1.txt": "First story: the cabinet of Ghana met on Monday to discuss the price of cocoa.",
        "0.txt": "Top story: the ferry service to the islands resumed on Sunday after the storm.",
        ".git/x.txt": "should never be read",
        ".hidden.txt": "should never be read either",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    items = articles(tmp_path)
    assert [Path(a.source_path or "").relative_to(tmp_path).as_posix() for a in items] == ["0.txt", "a/1.txt", "b/2.txt"]


def test_language_check_can_be_switched_off() -> None:
    (art,) = articles(DATA / "bad" / "german.txt", language_check=False)
    assert art.language is None and art.date == "2025-10-01"


def test_short_text_is_flagged_language_uncertain(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Markets rose.", encoding="utf-8")
    (art,) = articles(path)
    assert "language-uncertain" in art.flags
