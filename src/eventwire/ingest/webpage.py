"""HTML pages: main text and metadata with trafilatura; HTML fragments (feed summaries) to plain text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser

from eventwire.ingest.build import make_article
from eventwire.ingest.decode import decode_document
from eventwire.ingest.errors import IngestError
from eventwire.ingest.options import IngestOptions
from eventwire.ingest.source import Source, read_limited
from eventwire.records import Article, Rejection


@dataclass(frozen=True)
class Page:
    """What trafilatura extracted from an HTML page."""

    text: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None


def extract_page(html: str, url: str | None = None) -> Page:
    """Main text and metadata of an HTML page; IngestError when no main text is found."""
    import trafilatura  # imported here: it is slow to import and only HTML inputs need it

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except Exception as exc:  # trafilatura raises assorted lxml/ValueError types on broken markup
        raise IngestError(f"could not parse the HTML page: {exc}") from exc
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise IngestError("no main text found in the HTML page")
    title = getattr(doc, "title", None)
    first, newline, rest = text.strip().partition("\n")
    if title and newline and first.strip() == title.strip():
        # The headline repeated as the first line of the body: keep it once, in `title`.
        text = rest
    return Page(
        text=text,
        title=title,
        date=getattr(doc, "date", None),
        outlet=getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        url=getattr(doc, "url", None) or url,
    )


def read_html(source: Source, options: IngestOptions) -> Iterator[Article | Rejection]:
    """One article from an HTML page (a file, stdin or a fetched URL)."""
    html, flags = decode_document(read_limited(source.stream, options.max_bytes, what="HTML page"))
    if not html.strip():
        yield Rejection(path=source.name, reason="empty file (only whitespace)")
        return
    yield page_to_item(extract_page(html, source.url), source=source, options=options, flags=flags)


def page_to_item(page: Page, *, source: Source, options: IngestOptions, flags: tuple[str, ...] = ()) -> Article | Rejection:
    """The article of an extracted page (date from the page's metadata, else the usual fallbacks)."""
    return make_article(
        page.text,
        options=options,
        path=source.name,
        title=page.title,
        date_value=page.date,
        date_where="the page metadata",
        date_source="html",
        date_filename=None if source.url else source.filename,
        outlet=page.outlet,
        url=page.url,
        flags=flags,
    )


_BLOCK_TAGS = frozenset(
    ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer", "tr", "table", "pre", "hr", "figure", "figcaption"]
)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template"))
_INLINE_SPACE = re.compile(r"[ \t\r\f\v]+")
_MANY_NEWLINES = re.compile(r"\n\s*\n+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, blocks become paragraphs."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = "".join(collector.parts)
    lines = [_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()
