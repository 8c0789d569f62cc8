"""The library side of `eventwire eval`: read gold files, run the system, score, format."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eventwire.evaluate.gate import FloorsError, check_floors
from eventwire.evaluate.gold import GoldSet
from eventwire.evaluate.metrics import evaluate, tasks_of
from eventwire.evaluate.readers import GoldFormatError, read_gold
from eventwire.evaluate.report import TASKS, EvaluationError, Report
from eventwire.evaluate.system import run_system


def evaluate_paths(
    paths: Sequence[str | Path],
    task: str | None = None,
    confusion: bool = False,
    details: bool = False,
    corpus_dir: str | Path | None = None,
) -> list[Report]:
    """Read each gold file, run the system on its texts and score every task it annotates (or `task`)."""
    reports: list[Report] = []
    for path in paths:
        gold: GoldSet = read_gold(path, corpus_dir)
        tasks = [task] if task else tasks_of(gold)
        if not tasks:
            raise EvaluationError(f"{path}: no events, statements or actor mentions to score")
        analyses = run_system(gold) if any(t in ("events", "statements") for t in tasks) else []
        for t in tasks:
            reports.append(evaluate(gold, analyses, t, confusion=confusion, details=details))
    return reports


def eval_command(
    paths: Sequence[str | Path],
    task: str | None = None,
    as_json: bool = False,
    confusion: bool = False,
    floors: str | Path | None = None,
    details: bool = False,
    corpus_dir: str | Path | None = None,
) -> tuple[str, int]:
    """Output text and exit status of `eventwire eval` (1 when a floor is missed, 2 on bad input)."""
    if task is not None and task not in TASKS:
        return f"error: unknown task {task!r}; use one of {', '.join(TASKS)}", 2
    try:
        reports = evaluate_paths(paths, task, confusion, details, corpus_dir)
    except (GoldFormatError, EvaluationError) as exc:
        return f"error: {exc}", 2
    doc: dict[str, Any] = {"reports": [r.to_json() for r in reports]}
    try:
        failures = check_floors(doc, Path(floors)) if floors else []
    except FloorsError as exc:
        return f"error: {exc}", 2
    if as_json:
        if floors:
            doc["floors"] = {"file": str(floors), "failures": failures}
        text = json.dumps(doc, indent=2, ensure_ascii=False)
    else:
        text = "\n\n".join(r.to_table() for r in reports)
        if floors:
            text += "\n\n" + (
                "quality gate: PASS" if not failures else "quality gate: FAIL\n  " + "\n  ".join(failures)
            )
    return text, 1 if failures else 0
