"""The result of an evaluation: `Report` (metrics as nested dicts, notes on how items matched) and
its JSON and table forms."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

TASKS = ("events", "statements", "actors")
EVENT_LEVELS = ("root", "cameo", "plover", "dyad")
ACTOR_MODES = ("country", "country_sector", "any_actor")


class EvaluationError(Exception):
    """The gold set cannot be scored for the requested task (e.g. it annotates no events)."""


@dataclass
class Report:
    """The result of one evaluation: metrics as nested dicts plus the notes saying how things matched."""

    task: str
    gold: str
    format: str
    metrics: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] | None = None
    warnings: list[str] = field(default_factory=list)
    details: list[dict[str, Any]] | None = None  # per-text misses, when asked for
    confusion_of: str = "root"  # what the confusion matrix is keyed by: root | plover

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict of the report (the `eventwire eval --json` shape)."""
        out: dict[str, Any] = {
            "task": self.task,
            "gold": self.gold,
            "format": self.format,
            "notes": self.notes,
            "metrics": self.metrics,
        }
        if self.confusion is not None:
            out["confusion"] = self.confusion
            out["confusion_of"] = self.confusion_of
        if self.warnings:
            out["warnings"] = self.warnings
        if self.details is not None:
            out["details"] = self.details
        return out

    def to_table(self) -> str:
        """A plain-text table of the report for terminals."""
        lines = [f"{self.task} on {self.gold} ({self.format})"]
        lines += [f"  {k}: {v}" for k, v in self.notes.items()]
        m = self.metrics
        if self.task == "events":
            t = m["texts"]
            lines.append(
                f"  texts {t['scored']}  gold events {t['gold_events']}  system events {t['system_events']}"
                f"  no-event texts left empty {t['no_event_texts_empty']}/{t['no_event_texts']}"
            )
            lines.append(
                "  summary: "
                + "  ".join(f"{k} {'-' if v is None else f'{v:.3f}'}" for k, v in m["summary"].items())
            )
            lines.append(_row("level", "actors", "P", "R", "F1", "tp", "fp", "fn", "texts"))
            for level in EVENT_LEVELS:
                for mode, c in m["levels"][level].items():
                    if c["texts"]:
                        lines.append(_count_row(level, mode, c))
                    else:
                        lines.append(_row(level, mode, "not scored: no gold text gives this level"))
            if m["per_plover"] and not m["per_root"]:
                lines.append("  per PLOVER type (plover level, any actor):")
                lines.append(_row("type", "", "P", "R", "F1", "tp", "fp", "fn", ""))
                for ptype, c in m["per_plover"].items():
                    lines.append(_count_row(ptype, "", c))
                return self._tail(lines)
            lines.append("  per root (root level, actors by country | any actor):")
            lines.append(_row("root", "", "P", "R", "F1", "tp", "fp", "fn", "anyF1"))
            for root, d in sorted(m["per_root"].items()):
                c = d["country"]
                lines.append(
                    _row(
                        root,
                        "",
                        _f(c["precision"]),
                        _f(c["recall"]),
                        _f(c["f1"]),
                        c["tp"],
                        c["fp"],
                        c["fn"],
                        _f(d["any_actor"]["f1"]),
                    )
                )
        elif self.task == "statements":
            lines.append(
                f"  texts {m['texts']}  gold statements {m['gold']}  system statements {m['system']}"
            )
            lines.append(_row("part", "spans", "P", "R", "F1", "tp", "fp", "fn", ""))
            for span_mode in ("exact", "overlap"):
                for part, c in m[span_mode].items():
                    lines.append(_count_row(part, span_mode, c))
        elif self.task == "actors":
            lines.append(f"  mentions {m['mentions']}  resolved {m['resolved']}")
            for k in ("country_accuracy", "sector_accuracy", "both_accuracy"):
                lines.append(f"  {k:<18} {m[k]:.3f}")
            for miss in m.get("errors", [])[:30]:
                lines.append(f"    {miss}")
        return self._tail(lines)

    def _tail(self, lines: list[str]) -> str:
        """Confusion matrix, warnings and details after the main table."""
        if self.confusion:
            lines.append(confusion_table(self.confusion, self.confusion_of))
        for w in self.warnings[:20]:
            lines.append(f"  warning: {w}")
        if self.details:
            lines.append("  texts with misses (- gold not found, + system not in gold):")
            for d in self.details:
                lines.append(f"  [{d['id']}] {d['text']}")
                lines += [f"      - {x}" for x in d["missed"]]
                lines += [f"      + {x}" for x in d["spurious"]]
        return "\n".join(lines)


def _f(x: float) -> str:
    return f"{x:.3f}"


def _row(*cells: object) -> str:
    widths = (16, 15, 7, 7, 7, 6, 6, 6, 6)
    return "  " + "".join(
        str(c).ljust(w) if i < 2 else str(c).rjust(w)
        for i, (c, w) in enumerate(zip(cells, widths, strict=False))
    )


def _count_row(name: str, mode: str, c: dict[str, Any]) -> str:
    return _row(
        name,
        mode,
        _f(c["precision"]),
        _f(c["recall"]),
        _f(c["f1"]),
        c["tp"],
        c["fp"],
        c["fn"],
        c.get("texts", ""),
    )


def confusion_table(conf: dict[str, dict[str, int]], of: str = "root") -> str:
    """Confusion matrix as text: rows gold root (or PLOVER type), columns system, '-' = no event."""
    cols = sorted({c for row in conf.values() for c in row})
    w = max([4, *(len(c) + 1 for c in cols)])
    first = max([10, *(len(r) + 2 for r in conf)])
    lines = [
        f"  {of} confusion (rows gold, columns system, '-' none):",
        "  " + "gold\\sys".ljust(first) + "".join(f"{c:>{w}}" for c in cols),
    ]
    for r in sorted(conf):
        lines.append("  " + r.ljust(first) + "".join(f"{conf[r].get(c, 0) or '.':>{w}}" for c in cols))
    return "\n".join(lines)


def dumps(reports: Sequence[Report]) -> str:
    """JSON text of several reports: {"reports": [...]}."""
    return json.dumps({"reports": [r.to_json() for r in reports]}, indent=2, ensure_ascii=False)
