"""Small named exceptions of the ingest package; the readers turn them into `Rejection` records."""

from __future__ import annotations


class IngestError(Exception):
    """An input cannot become an article; the message is the rejection reason shown to the user."""


class UnknownFormat(IngestError):
    """The input is in none of the formats eventwire reads (see `eventwire.ingest.FORMATS`)."""
