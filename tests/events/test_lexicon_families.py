"""The verb and noun lexicons are kept in one file per CAMEO root family, so that work on a family touches
one file: each entry's code must belong to the family its file names."""

from __future__ import annotations

from eventwire.events.lexicon import load_lexicon, shipped_lexicon_files

FAMILIES = {"cooperation": range(1, 10), "conflict": range(10, 18), "violence": range(18, 21)}


def _family(path: str) -> str | None:
    name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
    return next((f for f in FAMILIES if name.endswith("_" + f)), None)


def test_every_family_file_is_shipped() -> None:
    """Both kinds of trigger exist in all three families."""
    names = {p.name for p in shipped_lexicon_files()}
    assert {f"lexicon_{k}_{f}.yaml" for k in ("verbs", "nouns") for f in FAMILIES} <= names


def test_entries_sit_in_the_file_of_their_root_family() -> None:
    """A 19x entry in the cooperation file (or any other misfiled entry) is reported by id."""
    lex = load_lexicon()
    misfiled = []
    for e in lex.entries():
        fam = _family(e.file)
        if fam is not None and int(e.code[:2]) not in FAMILIES[fam]:
            misfiled.append((e.id, e.code, e.file.rsplit("/", 1)[-1]))
    assert not misfiled, misfiled
    assert sum(1 for e in lex.entries() if _family(e.file)) > 900
