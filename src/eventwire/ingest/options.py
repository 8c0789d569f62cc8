"""Options that steer how inputs are read (date fallback, size limit, CSV columns, feeds, language)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

from eventwire.ingest.dates import normalize_date


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs; every field has a default that suits a folder of English news files."""

    date: str | None = None  # fallback publication date (YYYY-MM-DD) for inputs that carry none
    max_bytes: int = 10_000_000  # per article text; whole-document formats: per file
    csv_text_column: str | None = None
    csv_id_column: str | None = None
    csv_date_column: str | None = None
    csv_title_column: str | None = None
    csv_url_column: str | None = None
    csv_outlet_column: str | None = None
    fetch_pages: bool = False  # feeds: fetch each entry's page instead of keeping the feed summary
    language_check: bool = True
    stdin: BinaryIO | None = None  # read when a path is "-"; defaults to sys.stdin.buffer
    timeout: float = 20.0  # seconds per URL fetch

    def __post_init__(self) -> None:
        # A bad option is a usage error, raised at once rather than turned into a rejection per input.
        if self.date is not None:
            try:
                normalized = normalize_date(self.date)
            except ValueError as exc:
                raise ValueError(f"--date: {exc}") from exc
            object.__setattr__(self, "date", normalized)
        if self.max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {self.max_bytes}")
