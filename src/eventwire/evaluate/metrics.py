"""Scoring eventwire's analyses against a GoldSet: the shared rules, the `evaluate` entry point and
the events task (statements and actors live in statement_metrics.py and actor_metrics.py).

How items match (also written into every report, so a reader of the numbers knows):

- Events are matched per text, one-to-one (maximum matching, see `matching.py`). Only the system's
  positive events count: `negated` and `hypothetical` events are what CAMEO does *not* code. Levels:
  `root` (two-digit CAMEO root), `cameo` (full code; a 3-digit code ending in 0 equals its root, so
  040 == 04), `plover` (PLOVER type; events without a type, e.g. roots 01-02, are left out on both
  sides), `dyad` (actors only). Each level is scored with actors compared by `country`, by
  `country_sector`, and (except dyad) with `any_actor` (code only). Countries compare as ISO alpha-3
  or IGO codes after normalisation (USAGOV -> USA/GOV, EU -> IGOEUREEC); organisations compare by
  the last part of their code (IGOCOPITP == IGOITP); a bare gold `IGO` matches any international
  organisation; a missing actor matches only a missing actor.
- A text takes part in the root and cameo levels only when every gold event of it carries a CAMEO
  code (the PLOVER set carries none), and in the events task only when the gold annotates events.
- Statements: speaker, cue, content and the linked triple (plus speaker+content), each with `exact`
  spans (equal after trimming spaces, quote marks and . , ; : at both ends) and `overlap` spans (at
  least one shared character). In the triple a component the gold leaves out matches anything.
- Actors: for each gold mention with its date, the resolver's country and sector are compared with
  the expected ones (None expects no value); accuracy of country, of sector, of both.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from eventwire.evaluate.gold import (
    GoldActor,
    GoldEvent,
    GoldSet,
    GoldText,
    normalize_country,
    normalize_sector,
    same_country,
    split_cameo_actor,
)
from eventwire.evaluate.matching import Counts, max_matching
from eventwire.evaluate.report import ACTOR_MODES, EVENT_LEVELS, TASKS, EvaluationError, Report
from eventwire.records import ActorRef, Analysis, Event

MATCHING_NOTE = "per text, one-to-one, maximum bipartite matching (Kuhn augmenting paths)"
ACTOR_NOTE = (
    "country: source and target countries equal (ISO alpha-3 or IGO code; USAGOV -> USA); "
    "country_sector: country and primary sector equal (an absent actor has neither); any_actor: actors ignored"
)
SYSTEM_EVENTS_NOTE = "system events counted: negated=false and hypothetical=false"


Actor = tuple[str | None, str | None]  # (country, sector)


@dataclass(frozen=True)
class _SysEvent:
    """A system event reduced to what the metrics compare."""

    source: Actor | None
    target: Actor | None
    cameo: str
    plover: str | None

    @property
    def root(self) -> str:
        return self.cameo[:2]


def actor_of_ref(ref: ActorRef | None) -> Actor | None:
    """(country, sector) of a system ActorRef, from its fields or else from its CAMEO-style code."""
    if ref is None:
        return None
    country, sector = normalize_country(ref.country), normalize_sector(ref.sector)
    if ref.code:
        c2, s2 = split_cameo_actor(ref.code)
        # PLOVER style says only "IGO" for every organisation; the code tells which one.
        if country in ("IGO", "NGO", "IMG", None) and c2 and (country is None or c2.startswith(country)):
            country = c2
        sector = sector or s2
    return (country, sector)


def _gold_actor(a: GoldActor | None) -> Actor | None:
    return None if a is None else (a.country, a.sector)


def actors_match(g: Actor | None, s: Actor | None, mode: str) -> bool:
    """Whether a gold and a system actor agree under `mode` (country | country_sector | any_actor)."""
    if mode == "any_actor":
        return True
    # An absent actor has no country and no sector: "gunmen of unknown origin" (---UAF) and no
    # actor at all agree by country (both have none) but not by country and sector.
    gc, gs = g if g is not None else (None, None)
    sc, ss = s if s is not None else (None, None)
    if not same_country(gc, sc):
        return False
    return mode == "country" or gs == ss


def norm_code(code: str | None) -> str | None:
    """A CAMEO code for comparison: a 3-digit code ending in 0 is its root's generic code (040 -> 04)."""
    if code is None:
        return None
    c = code.strip()
    return c[:2] if len(c) == 3 and c.endswith("0") else c


def _plover_of_cameo(code: str) -> str | None:
    """PLOVER type of a CAMEO code from eventwire's codebook (None when unmapped or unavailable)."""
    try:
        from eventwire.events.codebook import load_codebook

        book = load_codebook()
        for c in (code, code[:3], code[:2]):
            if c in book:
                return book.get(c).plover
    except Exception:  # the codebook belongs to the events coder; scoring works without it
        return None
    return None


def gold_plover(e: GoldEvent) -> str | None:
    """The gold PLOVER type: given, else derived from the gold CAMEO code through the codebook."""
    if e.plover:
        return e.plover.upper()
    return _plover_of_cameo(e.cameo) if e.cameo else None


def system_events(a: Analysis) -> list[_SysEvent]:
    """The positive events of an analysis (not negated, not hypothetical) in comparable form."""
    out = []
    for e in a.events:
        if e.negated or e.hypothetical:
            continue
        out.append(_sys_event(e))
    return out


def _sys_event(e: Event) -> _SysEvent:
    plover = e.plover.upper() if e.plover else (_plover_of_cameo(e.cameo) if e.cameo else None)
    return _SysEvent(actor_of_ref(e.source), actor_of_ref(e.target), e.cameo, plover)


def _event_ok(level: str, mode: str) -> Callable[[GoldEvent, _SysEvent], bool]:
    """The match predicate of one (level, actor mode)."""

    def ok(g: GoldEvent, s: _SysEvent) -> bool:
        if level == "root" and g.root != s.root:
            return False
        if level == "cameo" and norm_code(g.cameo) != norm_code(s.cameo):
            return False
        if level == "plover" and gold_plover(g) != s.plover:
            return False
        return actors_match(_gold_actor(g.source), s.source, mode) and actors_match(
            _gold_actor(g.target), s.target, mode
        )

    return ok


def failure_warnings(pairs: Sequence[tuple[GoldText, Analysis | None]]) -> list[str]:
    """Warnings for texts whose analysis failed (they were scored as if the system found nothing)."""
    return [
        f"text {t.id}: {flag}"
        for t, a in pairs
        if a is not None
        for flag in a.article.flags
        if flag.startswith("analysis-error:")
    ]


def align_texts(gold: GoldSet, analyses: Sequence[Analysis]) -> list[tuple[GoldText, Analysis | None]]:
    """Pair each gold text with the analysis of the same id (article.id), else by position."""
    by_id = {a.article.id: a for a in analyses}
    if all(t.id in by_id for t in gold.texts):
        return [(t, by_id[t.id]) for t in gold.texts]
    if len(analyses) == len(gold.texts):
        return list(zip(gold.texts, analyses, strict=True))
    return [(t, by_id.get(t.id)) for t in gold.texts]


def evaluate(
    gold: GoldSet,
    analyses: Sequence[Analysis],
    task: str = "events",
    *,
    confusion: bool = False,
    resolver: Callable[[str, str | None], ActorRef | None] | None = None,
    details: bool = False,
) -> Report:
    """Score `analyses` against `gold` for one task (events | statements | actors)."""
    if task == "events":
        return evaluate_events(gold, analyses, confusion=confusion, details=details)
    if task == "statements":
        from eventwire.evaluate.statement_metrics import evaluate_statements

        return evaluate_statements(gold, analyses, details=details)
    if task == "actors":
        from eventwire.evaluate.actor_metrics import evaluate_actors

        return evaluate_actors(gold, resolver=resolver)
    raise EvaluationError(f"unknown task {task!r}; use one of {', '.join(TASKS)}")


def tasks_of(gold: GoldSet) -> list[str]:
    """The tasks a gold set annotates, in TASKS order."""
    out = []
    if any(t.events is not None for t in gold.texts):
        out.append("events")
    if any(t.statements is not None for t in gold.texts):
        out.append("statements")
    if gold.actor_mentions:
        out.append("actors")
    return out


def evaluate_events(
    gold: GoldSet, analyses: Sequence[Analysis], *, confusion: bool = False, details: bool = False
) -> Report:
    """Events P/R/F1 at the root, cameo, plover and dyad levels, overall and per root."""
    pairs = [(t, a) for t, a in align_texts(gold, analyses) if t.events is not None]
    if not pairs:
        raise EvaluationError(f"{gold.path}: the gold set annotates no events")
    levels: dict[str, dict[str, Counts]] = {
        lv: {m: Counts() for m in ACTOR_MODES if not (lv == "dyad" and m == "any_actor")}
        for lv in EVENT_LEVELS
    }
    texts_in: dict[str, int] = Counter()
    per_root: dict[str, dict[str, Counts]] = defaultdict(lambda: {"country": Counts(), "any_actor": Counts()})
    per_plover: dict[str, Counts] = defaultdict(Counts)
    conf: dict[str, dict[str, int]] = defaultdict(Counter)
    n_gold = n_sys = no_event = no_event_empty = 0
    missing = 0
    misses: list[dict[str, Any]] = []
    conf_levels: set[str] = set()
    for text, analysis in pairs:
        gold_events = list(text.events or ())
        if analysis is None:
            missing += 1
        sys_events = system_events(analysis) if analysis else []
        n_gold += len(gold_events)
        n_sys += len(sys_events)
        if not gold_events:
            no_event += 1
            no_event_empty += not sys_events
        coded = all(e.cameo for e in gold_events)
        for level in EVENT_LEVELS:
            if level in ("root", "cameo") and not coded:
                continue
            g_items, s_items = gold_events, sys_events
            if level == "plover":
                g_items = [e for e in gold_events if gold_plover(e)]
                s_items = [e for e in sys_events if e.plover]
            texts_in[level] += 1
            for mode, counts in levels[level].items():
                matched = max_matching(g_items, s_items, _event_ok(level, mode))
                counts.add(len(matched), len(s_items), len(g_items))
                if level == "root" and mode in ("country", "any_actor"):
                    _per_key(per_root, mode, matched, g_items, s_items, lambda e: e.root)
                if level == "plover" and mode == "any_actor":
                    _per_key_flat(per_plover, matched, g_items, s_items)
        if confusion:
            # By root when the gold gives CAMEO codes, else by PLOVER type (the PLOVER set).
            _confuse(conf, gold_events, sys_events, "root" if coded else "plover")
            conf_levels.add("root" if coded else "plover")
        if details:
            # Misses at the headline level: root code with actors compared by country.
            mode_level = ("root", "country") if coded else ("plover", "country")
            m = max_matching(gold_events, sys_events, _event_ok(*mode_level))
            if len(m) < max(len(gold_events), len(sys_events)):
                mg, ms = {i for i, _ in m}, {j for _, j in m}
                misses.append(
                    {
                        "id": text.id,
                        "text": text.text,
                        "missed": [_show(e) for i, e in enumerate(gold_events) if i not in mg],
                        "spurious": [_show(e) for j, e in enumerate(sys_events) if j not in ms],
                    }
                )
    metrics: dict[str, Any] = {
        "texts": {
            "scored": len(pairs),
            "without_analysis": missing,
            "gold_events": n_gold,
            "system_events": n_sys,
            "no_event_texts": no_event,
            "no_event_texts_empty": no_event_empty,
        },
        "levels": {
            lv: {m: _level_json(c, texts_in[lv]) for m, c in modes.items()} for lv, modes in levels.items()
        },
        "per_root": {r: {m: c.to_json() for m, c in d.items()} for r, d in sorted(per_root.items())},
        "per_plover": {p: c.to_json() for p, c in sorted(per_plover.items())},
    }
    lv = metrics["levels"]
    metrics["summary"] = {
        "root_accuracy": lv["root"]["any_actor"]["recall"],
        "root_accuracy_dyad": lv["root"]["country"]["recall"],
        "root_f1_dyad": lv["root"]["country"]["f1"],
        "plover_accuracy": lv["plover"]["any_actor"]["recall"],
        "plover_accuracy_dyad": lv["plover"]["country"]["recall"],
        "plover_f1_dyad": lv["plover"]["country"]["f1"],
    }
    notes = {
        "matching": MATCHING_NOTE,
        "actors": ACTOR_NOTE,
        "system": SYSTEM_EVENTS_NOTE,
        "summary": "accuracy = share of gold events the system found (recall); _dyad = actors by country too",
    }
    if texts_in["root"] == 0:
        notes["cameo"] = "the gold gives no CAMEO codes: root and cameo levels not scored"
    return Report(
        task="events",
        gold=gold.path,
        format=gold.format,
        metrics=metrics,
        notes=notes,
        confusion={k: dict(v) for k, v in conf.items()} if confusion else None,
        confusion_of=" and ".join(sorted(conf_levels)) or "root",
        warnings=[*gold.warnings, *failure_warnings(pairs)],
        details=misses if details else None,
    )


def _show(e: GoldEvent | _SysEvent) -> str:
    """One event as `SRC>TGT:CODE PLOVER` with actors as country/sector ('-' none)."""

    def actor(a: Actor | None) -> str:
        return "-" if a is None else f"{a[0] or '---'}{'/' + a[1] if a[1] else ''}"

    if isinstance(e, GoldEvent):
        src, tgt, plover = _gold_actor(e.source), _gold_actor(e.target), gold_plover(e)
    else:
        src, tgt, plover = e.source, e.target, e.plover
    return f"{actor(src)}>{actor(tgt)}:{e.cameo or '?'} {plover or ''}".rstrip()


def _level_json(c: Counts, texts: int) -> dict[str, Any]:
    """Scores of one level; null scores when no text could be scored at that level (not 1.0)."""
    out: dict[str, Any] = c.to_json() | {"texts": texts}
    if texts == 0:
        out.update(precision=None, recall=None, f1=None)
    return out


def _per_key(
    table: dict[str, dict[str, Counts]],
    mode: str,
    matched: list[tuple[int, int]],
    g_items: Sequence[GoldEvent],
    s_items: Sequence[_SysEvent],
    key: Callable[[Any], str | None],
) -> None:
    """Add one text's matching to per-key counts (tp by the gold key, fp/fn by each side's key)."""
    mg = {i for i, _ in matched}
    ms = {j for _, j in matched}
    for i, _ in matched:
        table[key(g_items[i]) or "-"][mode].tp += 1
    for i, g in enumerate(g_items):
        if i not in mg:
            table[key(g) or "-"][mode].fn += 1
    for j, s in enumerate(s_items):
        if j not in ms:
            table[key(s) or "-"][mode].fp += 1


def _per_key_flat(
    table: dict[str, Counts],
    matched: list[tuple[int, int]],
    g_items: Sequence[GoldEvent],
    s_items: Sequence[_SysEvent],
) -> None:
    """Per PLOVER type counts of one text."""
    mg = {i for i, _ in matched}
    ms = {j for _, j in matched}
    for i, g in enumerate(g_items):
        table[gold_plover(g) or "-"].tp += i in mg
        table[gold_plover(g) or "-"].fn += i not in mg
    for j, s in enumerate(s_items):
        if j not in ms:
            table[s.plover or "-"].fp += 1


def _confuse(
    conf: dict[str, dict[str, int]], gold_events: list[GoldEvent], sys_events: list[_SysEvent], level: str
) -> None:
    """Confusion of one text by root or PLOVER type: same-key pairs first, then pairs by country dyad,
    the rest against '-' (gold not found, or system event not in the gold)."""
    if level == "plover":
        gold_events = [e for e in gold_events if gold_plover(e)]
        sys_events = [e for e in sys_events if e.plover]

    def gkey(e: GoldEvent) -> str:
        return (gold_plover(e) if level == "plover" else e.root) or "-"

    def skey(e: _SysEvent) -> str:
        return (e.plover if level == "plover" else e.root) or "-"

    m1 = max_matching(gold_events, sys_events, _event_ok(level, "any_actor"))
    used_g = {i for i, _ in m1}
    used_s = {j for _, j in m1}
    for i, j in m1:
        conf[gkey(gold_events[i])][skey(sys_events[j])] += 1
    rest_g = [i for i in range(len(gold_events)) if i not in used_g]
    rest_s = [j for j in range(len(sys_events)) if j not in used_s]
    m2 = max_matching(
        [gold_events[i] for i in rest_g], [sys_events[j] for j in rest_s], _event_ok("dyad", "country")
    )
    for a, b in m2:
        conf[gkey(gold_events[rest_g[a]])][skey(sys_events[rest_s[b]])] += 1
        used_g.add(rest_g[a])
        used_s.add(rest_s[b])
    for i, g in enumerate(gold_events):
        if i not in used_g:
            conf[gkey(g)]["-"] += 1
    for j, e in enumerate(sys_events):
        if j not in used_s:
            conf["-"][skey(e)] += 1
