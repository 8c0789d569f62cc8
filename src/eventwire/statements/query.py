"""Filtering statement records the way `eventwire statements` does: by speaker, topic, sourcing, date."""

from __future__ import annotations

import re
from collections.abc import Iterable

from eventwire.records import Statement


def _speaker_matches(s: Statement, speaker: str) -> bool:
    """Whether the speaker's text, canonical name, actor code or any chain layer matches."""
    if s.speaker is None:
        return False
    want = speaker.lower()
    fields = [s.speaker.text, s.speaker.name or "", s.speaker.code or "", *s.chain[1:]]
    return any(want in f.lower() for f in fields)


def filter_statements(
    statements: Iterable[Statement],
    speaker: str | None = None,
    about: str | None = None,
    anonymous: bool | None = None,
    hedged: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
) -> list[Statement]:
    """Statements matching every given filter (speaker text/name/code/chain layer, words in the
    content, anonymity, hedging, ISO date range inclusive, kind)."""
    about_re = re.compile(r"(?<!\w)" + re.escape(about) + r"(?!\w)", re.IGNORECASE) if about else None
    out = []
    for s in statements:
        if speaker is not None and not _speaker_matches(s, speaker):
            continue
        if about_re is not None and not about_re.search(s.content.text):
            continue
        if anonymous is not None and s.anonymous != anonymous:
            continue
        if hedged is not None and s.hedged != hedged:
            continue
        if kind is not None and s.kind != kind:
            continue
        if (since or until) and s.date is None:
            continue
        if since is not None and s.date is not None and s.date < since:
            continue
        if until is not None and s.date is not None and s.date > until:
            continue
        out.append(s)
    return out
