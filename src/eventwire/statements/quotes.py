"""Finding quotations in raw text: straight and curly marks, guillemets, quotes over paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}  # “ ” « » „
_CLOSE = {"\u201d", "\u00bb"}
_STRAIGHT = '"'
_ALL_MARKS = set(_OPEN) | _CLOSE | {_STRAIGHT}
#: The characters the quote scanners stop at (the others are stepped over by the regular expression, not one by one).
_DOUBLE_STOPS = re.compile("[\n" + "".join(sorted(_ALL_MARKS)) + "]")
_SINGLE_STOPS = re.compile("[\u2018']")


@dataclass(frozen=True)
class Quote:
    """A quotation: `start`/`end` index its inner text, `outer_start`/`outer_end` include the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    paragraphs: int = 1  # how many paragraphs the quotation runs over

    def contains(self, pos: int) -> bool:
        """Whether the character position lies inside the marks."""
        return self.outer_start <= pos < self.outer_end


def _next_paragraph_opens_quote(text: str, newline: int) -> int | None:
    """Position of an opening mark that starts the paragraph after `newline`, if any."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and (text[j] == _STRAIGHT or text[j] in _OPEN):
        return j
    return None


def find_quotes(text: str) -> list[Quote]:
    """All quotations in `text`, in order; a quote left open at a paragraph end continues when the
    next paragraph opens with a mark (the news convention), and otherwise closes at the paragraph end."""
    quotes: list[Quote] = []
    open_at: int | None = None
    paragraphs = 1
    i = 0
    n = len(text)
    while i < n:
        stop = _DOUBLE_STOPS.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        if ch == "\n" and open_at is not None:
            cont = _next_paragraph_opens_quote(text, i)
            if cont is not None:
                paragraphs += 1
                i = cont + 1
                continue
            end = i
            while end > open_at + 1 and text[end - 1].isspace():
                end -= 1
            quotes.append(Quote(open_at + 1, end, open_at, end, paragraphs))
            open_at = None
            i += 1
            continue
        if ch in _ALL_MARKS:
            if open_at is None:
                if ch not in _CLOSE:
                    open_at = i
                    paragraphs = 1
            elif ch == _STRAIGHT or ch in _CLOSE:
                quotes.append(Quote(open_at + 1, i, open_at, i + 1, paragraphs))
                open_at = None
            else:  # a second opening curly mark: the first one was stray
                open_at = i
                paragraphs = 1
        i += 1
    if open_at is not None:
        end = n
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        quotes.append(Quote(open_at + 1, end, open_at, end, paragraphs))
    quotes = [q for q in quotes if q.end > q.start]
    return sorted(quotes + _single_quotes(text, quotes), key=lambda q: q.outer_start)


_SINGLE_OPEN = ("\u2018", "'")  # ‘ and the straight mark
_SINGLE_CLOSE = ("\u2019", "'")  # ’ and the straight mark


def _single_quotes(text: str, doubles: list[Quote]) -> list[Quote]:
    """British-style 'quotations' outside double quotes, told apart from apostrophes: the opening mark
    follows a space, bracket or line start and precedes a word; the closing mark follows punctuation
    (',' '.' '?' '!') or a word not ending in s (so "the workers' union" is no quote), and is not
    followed by a letter ("don't"). A single quote never runs over a paragraph break."""
    out: list[Quote] = []
    n = len(text)
    i = 0
    while i < n:
        stop = _SINGLE_STOPS.search(text, i)
        if stop is None:
            break
        i = stop.start()
        ch = text[i]
        if ch in _SINGLE_OPEN and (i == 0 or text[i - 1] in " \n(\u2014\u2013-:") and i + 1 < n \
                and (text[i + 1].isalnum() or text[i + 1] in "[(") \
                and not any(q.outer_start <= i < q.outer_end for q in doubles):
            close = _single_close(text, i + 1, _SINGLE_CLOSE[0] if ch == _SINGLE_OPEN[0] else "'")
            if close is not None:
                out.append(Quote(i + 1, close, i, close + 1))
                i = close + 1
                continue
        i += 1
    return out


def _single_close(text: str, start: int, mark: str) -> int | None:
    """Position of the mark closing a single quotation opened before `start`, or None."""
    j = start
    while j < len(text) and text[j] != "\n":
        if text[j] == mark or (mark == "\u2019" and text[j] == "'"):
            nxt = text[j + 1] if j + 1 < len(text) else " "
            prev = text[j - 1]
            if not nxt.isalpha() and (prev in ",.?!" or (prev.isalnum() and prev.lower() != "s")):
                return j if j - start >= 2 else None
        j += 1
    return None
