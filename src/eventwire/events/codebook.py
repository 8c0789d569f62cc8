"""The CAMEO codebook: every code with its label, root, Goldstein score, quad class and PLOVER mapping.

The data lives in `eventwire/data/events/codebook.tsv` (tab separated: code, goldstein, plover,
plover_mode, label). Empty Goldstein or PLOVER cells inherit from the nearest listed parent code
(4-digit -> 3-digit -> root), because the reference tables leave some sub-codes unscored.

Quad class is the standard 4-way CAMEO grouping by root, not the Phoenix 5-way one:

    1 verbal cooperation    roots 01-05
    2 material cooperation  roots 06-08
    3 verbal conflict       roots 09-13
    4 material conflict     roots 14-20

(Phoenix puts roots 01-02 in a neutral class 0 and root 16 in verbal conflict; eventwire follows the
quad grouping most CAMEO users expect.) PLOVER types come from the 2021 CAMEO-to-PLOVER table; roots
01 (statements) and 02 (appeals) were dropped by PLOVER and have no PLOVER type.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CODEBOOK_FILE = "codebook.tsv"
#: Where the shipped event knowledge (codebook, lexicons) lives.
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "events"


class CodebookError(Exception):
    """A codebook or lexicon file is malformed or names an unknown CAMEO code."""


@dataclass(frozen=True)
class CodeInfo:
    """One CAMEO code with everything derived from it."""

    code: str
    label: str
    root: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    plover_mode: str | None


def quad_class_of(root: str) -> int:
    """Standard 4-way quad class of a two-digit CAMEO root (1..4)."""
    r = int(root)
    if not 1 <= r <= 20:
        raise ValueError(f"CAMEO root out of range: {root!r}")
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13:
        return 3
    return 4


def _parents(code: str) -> list[str]:
    """Codes to inherit missing cells from, nearest first (e.g. 1312 -> 131, 13)."""
    out = []
    if len(code) == 4:
        out.append(code[:3])
    if len(code) >= 3:
        out.append(code[:2])
    return out


class Codebook:
    """All CAMEO codes by code string; `get` raises KeyError naming the unknown code."""

    def __init__(self, infos: dict[str, CodeInfo], source: str = "") -> None:
        self._infos = infos
        self.source = source

    def __contains__(self, code: object) -> bool:
        return code in self._infos

    def __len__(self) -> int:
        return len(self._infos)

    def __iter__(self) -> Iterator[CodeInfo]:
        return iter(self._infos.values())

    def get(self, code: str) -> CodeInfo:
        """The CodeInfo of `code`; KeyError when the code is not a CAMEO code."""
        try:
            return self._infos[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def codes(self) -> list[str]:
        """All codes in codebook order."""
        return list(self._infos)


def parse_codebook(text: str, source: str) -> Codebook:
    """Parse codebook TSV text; errors name `source` and the line."""
    rows: dict[str, tuple[float | None, str | None, str | None, str]] = {}
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            if cells[0] == "code":
                continue
        if len(cells) != 5:
            raise CodebookError(f"{source}:{lineno}: expected 5 tab-separated cells, got {len(cells)}")
        code, gold, plover, mode, label = (c.strip() for c in cells)
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise CodebookError(f"{source}:{lineno}: bad CAMEO code {code!r}")
        if code in rows:
            raise CodebookError(f"{source}:{lineno}: duplicate code {code}")
        try:
            g = float(gold) if gold else None
        except ValueError:
            raise CodebookError(f"{source}:{lineno}: Goldstein {gold!r} of {code} is not a number") from None
        if g is not None and not -10.0 <= g <= 10.0:
            raise CodebookError(f"{source}:{lineno}: Goldstein {g} of {code} outside -10..10")
        rows[code] = (g, plover or None, mode or None, label)
    infos: dict[str, CodeInfo] = {}
    for code, (g, plover_type, plover_mode, label) in rows.items():
        root = code[:2]
        if root not in rows:
            raise CodebookError(f"{source}: code {code} has no root row {root}")
        # Inherit the unscored or unmapped cells from the nearest parent listed.
        for parent in _parents(code):
            pg, pp, pm, _ = rows.get(parent, (None, None, None, ""))
            if g is None:
                g = pg
            if plover_type is None and pp is not None:
                plover_type, plover_mode = pp, plover_mode or pm
        try:
            quad = quad_class_of(root)
        except ValueError as exc:
            raise CodebookError(f"{source}: {exc}") from None
        infos[code] = CodeInfo(code, label, root, g, quad, plover_type, plover_mode)
    return Codebook(infos, source)


@functools.lru_cache(maxsize=4)
def load_codebook(path: str | Path | None = None) -> Codebook:
    """Load (and cache) the codebook shipped with eventwire, or the TSV file at `path`."""
    p = DATA_DIR / CODEBOOK_FILE if path is None else Path(path)
    return parse_codebook(p.read_text(encoding="utf-8"), str(p))
