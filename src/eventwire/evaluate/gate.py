"""The CI quality gate: compare evaluation reports with committed minimum scores (floors).

A floors file maps a gold file name to `{"<task>.<metric path>": minimum}`, e.g.

    {"events.jsonl": {"events.levels.root.country.f1": 0.40},
     "actors.jsonl": {"actors.country_accuracy": 0.85}}

The metric path is looked up in the `metrics` of that gold file's report for that task. Keys
starting with `_` are comments. Floors are only ever raised (a lowered floor shows in review).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class FloorsError(Exception):
    """The floors file is malformed; the message names the file and the entry."""


def load_floors(path: Path) -> dict[str, dict[str, float]]:
    """Read and validate a floors JSON file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise FloorsError(f"{path}: cannot read floors ({exc})") from None
    if not isinstance(data, dict):
        raise FloorsError(f"{path}: floors must be an object of gold file names")
    out: dict[str, dict[str, float]] = {}
    for gold, section in data.items():
        if gold.startswith("_"):
            continue
        if not isinstance(section, dict):
            raise FloorsError(f"{path}: entry {gold!r} must map metric paths to minimum values")
        for metric, value in section.items():
            if metric.startswith("_"):
                continue
            if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise FloorsError(f"{path}: {gold} {metric}: floor must be a number in 0..1, got {value!r}")
            if "." not in metric:
                raise FloorsError(
                    f"{path}: {gold} {metric}: path must start with the task, e.g. events.levels..."
                )
        out[gold] = {k: float(v) for k, v in section.items() if not k.startswith("_")}
    return out


def _lookup(metrics: Any, path: list[str]) -> Any:
    for part in path:
        if not isinstance(metrics, dict) or part not in metrics:
            return None
        metrics = metrics[part]
    return metrics


def check_floors(report_json: dict[str, Any], floors_path: Path) -> list[str]:
    """Failures (empty list = pass) of one report or a {"reports": [...]} dict against the floors.

    With a {"reports": [...]} dict every gold file named in the floors must have been evaluated;
    with a single report only that report's gold file is checked.
    """
    floors = load_floors(floors_path)
    reports = report_json.get("reports") if "reports" in report_json else [report_json]
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    for r in reports or []:
        by_key[(Path(str(r.get("gold", ""))).name, str(r.get("task")))] = r
    failures: list[str] = []
    checked_golds = {g for g, _ in by_key}
    for gold, section in floors.items():
        if gold not in checked_golds:
            if "reports" in report_json:
                failures.append(f"{gold}: no evaluation report (floors exist for it)")
            continue
        for metric, floor in section.items():
            task, _, rest = metric.partition(".")
            report = by_key.get((gold, task))
            if report is None:
                failures.append(f"{gold}: no {task} report for floor {metric}")
                continue
            value = _lookup(report.get("metrics", {}), rest.split("."))
            if not isinstance(value, (int, float)):
                failures.append(f"{gold}: metric {metric} missing from the report")
            elif value + 1e-9 < floor:
                failures.append(f"{gold}: {metric} = {value:.4f} is below its floor {floor:.4f}")
    return failures
