"""The article's own outlet when the metadata lacks it, read from the wire convention of the lead.

Agencies and aggregators sign their lead with a trailing "..., UNN reports." / "..., Reuters
reported." or open with "Interfax reports that ...". When an article arrives without an outlet
(a plain text file, a bare JSON record), that signature names the first layer of every
reporting chain. Only the first sentences are read, so a quoted outlet later in the article is
never taken for the publisher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_NAME = r"(?P<outlet>(?:The\s+)?[A-Z][\w&.'-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&.'-]*){0,4})"
_VERBS = r"(?:reports|reported|writes|wrote|informs|says)"
# "..., UNN reports." at the end of a sentence
_TRAILING = re.compile(r",\s+" + _NAME + r"\s+" + _VERBS + r"\s*[.!]?\s*$")
# "UNN reports that ..." / "Reuters reported on Monday that ..." at the start of a sentence
_LEADING = re.compile(r"^\s*" + _NAME + r"\s+" + _VERBS + r"(?:\s+\w+){0,3}?\s+that\b")
# Capitalised words that begin sentences but are not outlets
_NOT_OUTLETS = {"It", "This", "He", "She", "They", "We", "I", "The", "A", "An", "Officials", "Police", "Media"}


def infer_outlet(sentences: Sequence[str], *, lead: int = 3) -> str | None:
    """The outlet that signs the article's lead ("..., UNN reports."), or None."""
    for text in list(sentences)[:lead]:
        for pattern in (_TRAILING, _LEADING):
            m = pattern.search(text.strip())
            if m:
                name = m.group("outlet").strip()
                if name.split()[0] in _NOT_OUTLETS and len(name.split()) == 1:
                    continue
                return name
    return None
