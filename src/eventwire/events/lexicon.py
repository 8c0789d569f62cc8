"""The event lexicon: verb and noun triggers with argument patterns, and the composition tables.

The lexicon is data (`eventwire/data/events/lexicon_*.yaml`): verbs by lemma (optionally with a particle, a
governed preposition, a required object or a required subject noun) and nominal triggers, each kind in three
files by CAMEO root family (`lexicon_verbs_cooperation.yaml` roots 01-09, `_conflict` 10-17, `_violence` 18-20;
the same for `lexicon_nouns_*`; the field reference heads each `_cooperation` file), `lexicon_wire.yaml` (events
named by their subject or instrument) and `lexicon_compose.yaml` (how threat/intent/appeal/demand/reject/accuse
verbs re-code an embedded act, the support verbs of nominal events, speech verbs and modality words).
A verb entry with `subject` (a list of noun lemmas) codes an intransitive event whose subject is the
event itself or its instrument: "a car bomb exploded in Kabul", "a blast ripped through a market", "a
roadside bomb went off". It matches only when the verb's subject (or a compound/adjective of it) is one of
those nouns; `modifiers` then refine the code from the subject's modifiers ("car" bomb -> 1832), and the
source is the subject's owner ("an Islamic State car bomb") unless the subject is itself an actor ("a
suicide bomber blew himself up").
An entry with `intransitive: true` matches only a verb without a direct object: the verb changes its sense
with one ("Russia withdrew from Kherson" is a retreat, "the firm withdrew the product" is no event; "nurses
strike" is a strike, "nurses strike a deal" is not). `subject` and `intransitive` together code an act by
who does it ("nurses went on strike", "peacekeeping troops arrived in Haiti").

An entry with `no_event: true` claims a verb sense that is no event ("appealed the verdict", "rescued 40 people",
"outlawed abortion"): when it is the best match for a verb, neither the verb nor its object is coded. Its code only
files it in a family file; it cannot compose.

An entry with `mutual: true` names an act done with one another (talks, agreements, ceasefires, relations, deals,
joint exercises, exchanges): conjoined subjects with no other target are each other's partners ("Russia and North
Korea agreed to deepen cooperation" gives both directions). A look-alike that one side does to a joint act ("broke
the ceasefire", "quit the talks", "met the demands") is not mutual. A frame built from several entries ("agreed to
hold talks") is mutual when any of them is. `symmetric` is another thing: it adds the reverse of a source-target
pair ("X met Y" also gives Y -> X).

Users add their own YAML files with the same keys; their entries come first for a lemma.

Everything is validated at load: unknown keys, missing fields, duplicate ids and CAMEO codes missing
from the codebook raise LexiconError naming the file and the entry.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.events.codebook import DATA_DIR, Codebook, CodebookError, load_codebook
from eventwire.yamlio import SafeLoader


class LexiconError(CodebookError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class VerbEntry:
    """A verbal trigger: lemma (+ particle / preposition / object constraint) -> CAMEO code."""

    id: str
    verb: str
    code: str
    prt: str | None = None
    prep: str | None = None
    object: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    intransitive: bool = False
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ("nsubj",)
    compose: str | None = None
    symmetric: bool = False
    requires_embedded: bool = False
    requires_target: bool = False
    #: The entry claims a sense of the verb that is no event ("outlawed abortion", "appealed the verdict"): when it is
    #: the best match the verb codes nothing, whatever its arguments (its `code` only files it in a family).
    no_event: bool = False
    #: The entry is an act done with one another ("hold talks", "sign an agreement"): conjoined subjects pair up.
    mutual: bool = False
    modifiers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    file: str = ""

    @property
    def specificity(self) -> int:
        """Higher wins when several entries match the same verb."""
        return (4 * bool(self.object) + 4 * bool(self.subject) + 2 * bool(self.prt) + 2 * bool(self.prep)
                + bool(self.intransitive))


@dataclass(frozen=True)
class NounEntry:
    """A nominal trigger ("talks", "sanctions") -> CAMEO code with its argument prepositions."""

    id: str
    nouns: frozenset[str]
    code: str
    source: tuple[str, ...] = ("poss", "amod", "compound", "by")
    target: tuple[str, ...] = ("against", "on")
    needs_verb: bool = False
    requires_modifier: bool = False
    requires_target: bool = False
    symmetric: bool = False
    #: The entry is an act done with one another ("talks", "ceasefire"): conjoined owners or subjects pair up.
    mutual: bool = False
    modifiers: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    file: str = ""


@dataclass
class Lexicon:
    """All lexicon knowledge, indexed by lemma."""

    verbs: dict[str, list[VerbEntry]]
    nouns: dict[str, list[NounEntry]]
    compose: dict[str, dict[str, str]]
    support_verbs: frozenset[str]
    weak_support_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_markers: frozenset[str]
    negation_words: frozenset[str]
    files: tuple[str, ...] = ()
    deverbal: dict[str, str] = field(default_factory=dict)
    #: Every verb and noun entry by its id, the `rule` an event reports.
    by_id: dict[str, VerbEntry | NounEntry] = field(default_factory=dict)
    #: Answers the coder keeps per lexicon, by kind ("verb_lemma": (lemma id, word id) -> verb lemma to look up):
    #: functions of a word and the lexicon only, asked of the same words in every article.
    memo: dict[str, dict[object, object]] = field(default_factory=dict, repr=False, compare=False)

    def compose_code(self, mode: str, act_code: str | None) -> str:
        """CAMEO code of a `mode` speech act about `act_code` (longest-prefix lookup, 'keep' keeps it)."""
        table = self.compose[mode]
        if act_code:
            for n in range(len(act_code), 1, -1):
                hit = table.get(act_code[:n])
                if hit is not None:
                    return act_code if hit == "keep" else hit
        return table["default"]

    def rule_entries(self, rule: str) -> list[VerbEntry | NounEntry]:
        """The lexicon entries a frame's rule was built from ("v.agree+n.talks.noun+conj" -> v.agree, n.talks)."""
        found = []
        for part in rule.split("+"):
            # a part is an entry id, maybe with a suffix of how it matched (".gerund", ".noun"), or a step's
            # name that is no entry ("conj", "failed", "intent.modal")
            while part not in self.by_id and "." in part:
                part = part.rsplit(".", 1)[0]
            if part in self.by_id:
                found.append(self.by_id[part])
        return found

    def mutual_rule(self, rule: str) -> bool:
        """Whether a frame's rule names an act done with one another: one of its entries is `mutual`."""
        return any(e.mutual for e in self.rule_entries(rule))

    def entries(self) -> list[VerbEntry | NounEntry]:
        """Every entry, verbs then nouns (without duplicates)."""
        seen: dict[str, VerbEntry | NounEntry] = {}
        for vl in self.verbs.values():
            for v in vl:
                seen.setdefault(v.id, v)
        for nl in self.nouns.values():
            for n in nl:
                seen.setdefault(n.id, n)
        return list(seen.values())


_VERB_KEYS = {"id", "verb", "code", "prt", "prep", "object", "subject", "intransitive", "target", "source", "compose", "symmetric",
              "requires_embedded", "requires_target", "no_event", "mutual", "modifiers"}
_NOUN_KEYS = {"id", "noun", "code", "source", "target", "needs_verb", "requires_modifier", "requires_target",
              "symmetric", "mutual", "modifiers"}
_LIST_KEYS = {"support_verbs", "weak_support_verbs", "speech_verbs", "hypothetical_modals", "future_markers", "negation_words"}


def _err(path: str, entry: str, msg: str) -> LexiconError:
    return LexiconError(f"{path}: entry {entry}: {msg}")


def _words(value: Any, path: str, entry: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _err(path, entry, f"{key} must be a list of words")
    return tuple(v.strip().lower() for v in value)


def _code(value: Any, codebook: Codebook, path: str, entry: str, key: str = "code") -> str:
    code = str(value).strip() if value is not None else ""
    if code not in codebook:
        raise _err(path, entry, f"{key} {value!r} is not a CAMEO code in the codebook")
    return code


def _modifiers(value: Any, codebook: Codebook, path: str, entry: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _err(path, entry, "modifiers must be a mapping word -> CAMEO code")
    return {str(k).lower(): _code(v, codebook, path, entry, f"modifier {k}") for k, v in value.items()}


def _verb_entry(d: Any, path: str, codebook: Codebook, compose_modes: set[str]) -> VerbEntry:
    if not isinstance(d, dict):
        raise _err(path, repr(d)[:40], "each verb entry must be a mapping")
    eid = str(d.get("id") or d.get("verb") or "?")
    unknown = set(d) - _VERB_KEYS
    if unknown:
        raise _err(path, eid, f"unknown keys {sorted(unknown)}")
    if not d.get("id") or not d.get("verb"):
        raise _err(path, eid, "needs id and verb")
    compose = d.get("compose")
    if compose is not None and compose not in compose_modes:
        raise _err(path, eid, f"compose {compose!r} is not one of {sorted(compose_modes)}")
    if compose is not None and d.get("no_event"):
        raise _err(path, eid, "no_event entries compose nothing: drop compose")
    if d.get("mutual") and d.get("no_event"):
        raise _err(path, eid, "no_event entries code nothing: drop mutual")
    obj = frozenset(_words(d.get("object"), path, eid, "object"))
    default_target: tuple[str, ...] = () if obj else ("dobj",)
    target = _words(d["target"], path, eid, "target") if "target" in d else default_target
    source = _words(d["source"], path, eid, "source") if "source" in d else ("nsubj",)
    return VerbEntry(
        id=eid,
        verb=str(d["verb"]).lower(),
        code=_code(d.get("code"), codebook, path, eid),
        prt=str(d["prt"]).lower() if d.get("prt") else None,
        prep=str(d["prep"]).lower() if d.get("prep") else None,
        object=obj,
        subject=frozenset(_words(d.get("subject"), path, eid, "subject")),
        intransitive=bool(d.get("intransitive", False)),
        target=target,
        source=source,
        compose=compose,
        symmetric=bool(d.get("symmetric", False)),
        requires_embedded=bool(d.get("requires_embedded", False)),
        requires_target=bool(d.get("requires_target", False)),
        no_event=_flag(d, "no_event", path, eid),
        mutual=_flag(d, "mutual", path, eid),
        modifiers=_modifiers(d.get("modifiers"), codebook, path, eid),
        file=path,
    )


def _flag(d: dict[str, Any], key: str, path: str, entry: str) -> bool:
    value = d.get(key, False)
    if not isinstance(value, bool):
        raise _err(path, entry, f"{key} must be true or false")
    return value


def _noun_entry(d: Any, path: str, codebook: Codebook) -> NounEntry:
    if not isinstance(d, dict):
        raise _err(path, repr(d)[:40], "each noun entry must be a mapping")
    eid = str(d.get("id") or "?")
    unknown = set(d) - _NOUN_KEYS
    if unknown:
        raise _err(path, eid, f"unknown keys {sorted(unknown)}")
    if not d.get("id") or not d.get("noun"):
        raise _err(path, eid, "needs id and noun")
    kwargs: dict[str, Any] = {}
    if "source" in d:
        kwargs["source"] = _words(d["source"], path, eid, "source")
    if "target" in d:
        kwargs["target"] = _words(d["target"], path, eid, "target")
    return NounEntry(
        id=eid,
        nouns=frozenset(_words(d["noun"], path, eid, "noun")),
        code=_code(d.get("code"), codebook, path, eid),
        needs_verb=bool(d.get("needs_verb", False)),
        requires_modifier=bool(d.get("requires_modifier", False)),
        requires_target=bool(d.get("requires_target", False)),
        symmetric=bool(d.get("symmetric", False)),
        mutual=_flag(d, "mutual", path, eid),
        modifiers=_modifiers(d.get("modifiers"), codebook, path, eid),
        file=path,
        **kwargs,
    )


class _Loader(SafeLoader):  # the C loader when PyYAML has libyaml (eventwire.yamlio)
    """YAML loader where only true/false are booleans: lexicons are full of the words on, off, no."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe subclass
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: top level must be a mapping with verbs/nouns/modes keys")
    unknown = set(data) - {"verbs", "nouns", "modes", "deverbal_nouns"} - _LIST_KEYS
    if unknown:
        raise LexiconError(f"{path}: unknown top-level keys {sorted(unknown)}")
    return data


def shipped_lexicon_files() -> list[Path]:
    """The lexicon files shipped with eventwire (compose first)."""
    files = sorted(DATA_DIR.glob("lexicon*.yaml"))
    return sorted(files, key=lambda p: (p.name != "lexicon_compose.yaml", p.name))


def build_lexicon(paths: Sequence[Path], codebook: Codebook) -> Lexicon:
    """Load and validate lexicon files; later files' entries are tried first for a lemma."""
    datas = [(str(p), _read_yaml(Path(p))) for p in paths]
    compose: dict[str, dict[str, str]] = {}
    lists: dict[str, set[str]] = {k: set() for k in _LIST_KEYS}
    for path, data in datas:
        for mode, table in (data.get("modes") or {}).items():
            if not isinstance(table, dict):
                raise _err(path, f"modes.{mode}", "must be a mapping of code prefix -> code")
            out = compose.setdefault(str(mode), {})
            for prefix, code in table.items():
                if str(code) == "keep":
                    out[str(prefix)] = "keep"
                    continue
                out[str(prefix)] = _code(code, codebook, path, f"modes.{mode}.{prefix}")
        for key in _LIST_KEYS:
            lists[key].update(_words(data.get(key), path, key, key))
    deverbal: dict[str, str] = {}
    for path, data in datas:
        dv = data.get("deverbal_nouns") or {}
        if not isinstance(dv, dict):
            raise _err(path, "deverbal_nouns", "must be a mapping noun -> verb lemma")
        deverbal.update({str(k).lower(): str(v).lower() for k, v in dv.items()})
    for mode, table in compose.items():
        if "default" not in table:
            raise LexiconError(f"compose mode {mode!r} has no default code")
    verbs: dict[str, list[VerbEntry]] = {}
    nouns: dict[str, list[NounEntry]] = {}
    ids: dict[str, str] = {}
    by_id: dict[str, VerbEntry | NounEntry] = {}
    for path, data in reversed(datas):  # user files (given last) take precedence for a lemma
        for d in data.get("verbs") or []:
            ve = _verb_entry(d, path, codebook, set(compose))
            if ve.id in ids:
                raise _err(path, ve.id, f"duplicate id (also in {ids[ve.id]})")
            ids[ve.id] = path
            by_id[ve.id] = ve
            verbs.setdefault(ve.verb, []).append(ve)
        for d in data.get("nouns") or []:
            ne = _noun_entry(d, path, codebook)
            if ne.id in ids:
                raise _err(path, ne.id, f"duplicate id (also in {ids[ne.id]})")
            ids[ne.id] = path
            by_id[ne.id] = ne
            for n in ne.nouns:
                nouns.setdefault(n, []).append(ne)
    return Lexicon(
        verbs=verbs,
        nouns=nouns,
        compose=compose,
        support_verbs=frozenset(lists["support_verbs"]),
        weak_support_verbs=frozenset(lists["weak_support_verbs"]),
        speech_verbs=frozenset(lists["speech_verbs"]),
        hypothetical_modals=frozenset(lists["hypothetical_modals"]),
        future_markers=frozenset(lists["future_markers"]),
        negation_words=frozenset(lists["negation_words"]),
        files=tuple(str(p) for p in paths),
        deverbal=deverbal,
        by_id=by_id,
    )


@functools.lru_cache(maxsize=8)
def _load_cached(user_files: tuple[str, ...]) -> Lexicon:
    paths = [*shipped_lexicon_files(), *(Path(p) for p in user_files)]
    return build_lexicon(paths, load_codebook())


ENV_VAR = "EVENTWIRE_LEXICON"


def load_lexicon(user_files: Sequence[str | Path] = ()) -> Lexicon:
    """The shipped lexicon, then $EVENTWIRE_LEXICON files, then `user_files` (cached; validated)."""
    env = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return _load_cached(tuple(str(p) for p in (*env, *user_files)))
