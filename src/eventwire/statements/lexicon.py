"""Loading and validating the statement cue lexicons (speech verbs, outlets, sourcing phrases)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from eventwire.yamlio import safe_load

_WORD_LISTS = (
    "speech_verbs",
    "belief_verbs",
    "quoting_verbs",
    "outlet_nouns",
    "outlet_name_words",
    "outlet_aliases",
    "background_openers",
    "colon_label_words",
    "anonymity_markers",
    "anonymity_clauses",
    "anonymous_heads",
    "unattributed_heads",
    "according_to_not_sources",
)


class LexiconError(Exception):
    """A cue lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class CueLexicon:
    """The cue lists the statement extractor reads, as lower-case frozensets and tuples."""

    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    quoting_verbs: frozenset[str]
    outlet_nouns: frozenset[str]
    outlet_name_words: frozenset[str]
    outlet_aliases: tuple[str, ...]
    background_openers: tuple[str, ...]
    colon_label_words: frozenset[str]
    anonymity_markers: tuple[str, ...]
    anonymity_clauses: tuple[str, ...]
    anonymous_heads: frozenset[str]
    unattributed_heads: frozenset[str]
    according_to_not_sources: frozenset[str]
    hedge_words: frozenset[str]
    hedge_patterns: tuple[tuple[str, ...], ...]
    naming_verbs: frozenset[str] = frozenset()  # "called X Y", "described X as Y"


def default_lexicon_path() -> Path:
    """Where the packaged cue lexicon lives (data/statements/cues.yaml)."""
    return Path(str(resources.files("eventwire") / "data" / "statements" / "cues.yaml"))


def _word_list(raw: dict[str, object], key: str, where: str) -> list[str]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise LexiconError(f"{where}: '{key}' must be a non-empty list of strings")
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise LexiconError(f"{where}: entry {i} of '{key}' must be a non-empty string, got {item!r}")
        out.append(item.strip().lower())
    return out


def parse_lexicon(raw: object, where: str = "<memory>") -> CueLexicon:
    """Validate a parsed YAML mapping and build the CueLexicon (errors name `where` and the entry)."""
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: top level must be a mapping")
    lists = {key: _word_list(raw, key, where) for key in _WORD_LISTS}
    hedges = raw.get("hedges")
    if not isinstance(hedges, dict):
        raise LexiconError(f"{where}: 'hedges' must be a mapping with 'words' and 'patterns'")
    hedge_words = _word_list(hedges, "words", f"{where} hedges")
    patterns = hedges.get("patterns")
    if not isinstance(patterns, list):
        raise LexiconError(f"{where}: 'hedges.patterns' must be a list of lists")
    hedge_patterns = []
    for i, pat in enumerate(patterns):
        if not isinstance(pat, list) or not pat or not all(isinstance(p, str) for p in pat):
            raise LexiconError(f"{where}: hedges.patterns entry {i} must be a list of strings, got {pat!r}")
        hedge_patterns.append(tuple(p if p == "BE" else p.lower() for p in pat))
    return CueLexicon(
        speech_verbs=frozenset(lists["speech_verbs"]),
        belief_verbs=frozenset(lists["belief_verbs"]),
        quoting_verbs=frozenset(lists["quoting_verbs"]),
        outlet_nouns=frozenset(lists["outlet_nouns"]),
        outlet_name_words=frozenset(lists["outlet_name_words"]),
        # longest first so "as a reminder" wins over shorter openers
        outlet_aliases=tuple(sorted(lists["outlet_aliases"], key=len, reverse=True)),
        background_openers=tuple(sorted(lists["background_openers"], key=len, reverse=True)),
        colon_label_words=frozenset(lists["colon_label_words"]),
        anonymity_markers=tuple(sorted(lists["anonymity_markers"], key=len, reverse=True)),
        anonymity_clauses=tuple(sorted(lists["anonymity_clauses"], key=len, reverse=True)),
        anonymous_heads=frozenset(lists["anonymous_heads"]),
        unattributed_heads=frozenset(lists["unattributed_heads"]),
        according_to_not_sources=frozenset(lists["according_to_not_sources"]),
        hedge_words=frozenset(hedge_words),
        hedge_patterns=tuple(hedge_patterns),
        # optional so that older user lexicons still load
        naming_verbs=frozenset(_word_list(raw, "naming_verbs", where)) if "naming_verbs" in raw else frozenset(),
    )


def load_lexicon(path: str | Path | None = None) -> CueLexicon:
    """Load the cue lexicon from `path` (default: the packaged data/statements/cues.yaml)."""
    p = Path(path) if path is not None else default_lexicon_path()
    try:
        raw = safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise LexiconError(f"{p}: not valid YAML: {exc}") from exc
    return parse_lexicon(raw, str(p))


@functools.lru_cache(maxsize=1)
def default_lexicon() -> CueLexicon:
    """The packaged cue lexicon, loaded once per process."""
    return load_lexicon()
