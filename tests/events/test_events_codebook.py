"""The CAMEO codebook: completeness against the reference tables, inheritance, validation."""

from __future__ import annotations

import csv
import re

import pytest

from eventwire.events.codebook import CodebookError, load_codebook, parse_codebook, quad_class_of


def test_reference_goldstein_values_match(reference_dir):
    cb = load_codebook()
    with open(reference_dir / "cameo" / "cameo_goldstein_phoenix.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 250
    for r in rows:
        info = cb.get(r["cameo_code"])
        assert info.goldstein == pytest.approx(float(r["goldstein"])), r


def test_every_codefile_code_is_present(reference_dir):
    cb = load_codebook()
    text = (reference_dir / "cameo" / "CAMEO_codefile.txt").read_text(encoding="utf-8")
    codes = set(re.findall(r"^LABEL:\s*(\d+)=", text, re.M))
    assert len(codes) > 250
    missing = sorted(c for c in codes if c not in cb)
    assert missing == []


def test_plover_mapping_matches_reference(reference_dir):
    cb = load_codebook()
    text = (reference_dir / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    seen = set()
    for m in re.finditer(r"^(\d{3,4}):\s*([A-Z]+)\s*,", text, re.M):
        code, plover = m.groups()
        if code in seen:
            continue
        seen.add(code)
        assert cb.get(code).plover == plover, code
    assert len(seen) > 200


def test_quad_class_against_phoenix_quads(reference_dir):
    """Standard quads equal Phoenix's except roots 01-02 (Phoenix 0 -> 1) and 16 (Phoenix 3 -> 4)."""
    cb = load_codebook()
    with open(reference_dir / "cameo" / "cameo_goldstein_phoenix.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            info = cb.get(r["cameo_code"])
            phoenix = int(r["phoenix_quad_of_root"])
            expected = {0: 1}.get(phoenix, phoenix)
            if info.root == "16":
                expected = 4
            assert info.quad_class == expected, r


def test_inheritance_and_roots():
    cb = load_codebook()
    assert cb.get("1312").root == "13" and cb.get("1312").plover == "THREATEN"
    assert cb.get("1661").goldstein == cb.get("166").goldstein  # unscored sub-code inherits
    assert cb.get("010").plover is None  # PLOVER dropped public statements
    assert {quad_class_of(f"{r:02d}") for r in range(1, 21)} == {1, 2, 3, 4}
    with pytest.raises(KeyError, match="9999"):
        cb.get("9999")


def test_malformed_codebook_names_file_and_line():
    with pytest.raises(CodebookError, match=r"my\.tsv:3: .*not a number"):
        parse_codebook("code\tgoldstein\tplover\tplover_mode\tlabel\n01\t0\t\t\tx\n010\tabc\t\t\ty\n", "my.tsv")
    with pytest.raises(CodebookError, match="no root row"):
        parse_codebook("0101\t1\t\t\tx\n", "b.tsv")
