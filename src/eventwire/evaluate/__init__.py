"""Evaluation: gold readers (eventwire JSONL, PETRARCH XML, PLOVER JSON, brat), the system run,
metrics for events, statements and actors, and the CI quality gate."""

from eventwire.evaluate.actor_metrics import evaluate_actors
from eventwire.evaluate.command import eval_command, evaluate_paths
from eventwire.evaluate.draft import gold_from_analyses, gold_records, write_gold_jsonl
from eventwire.evaluate.gate import FloorsError, check_floors, load_floors
from eventwire.evaluate.gold import (
    GoldActor,
    GoldActorMention,
    GoldEvent,
    GoldSet,
    GoldSpan,
    GoldStatement,
    GoldText,
)
from eventwire.evaluate.metrics import evaluate, evaluate_events, tasks_of
from eventwire.evaluate.readers import (
    GoldFormatError,
    UnknownGoldFormat,
    read_brat,
    read_gold,
    read_jsonl,
    read_petrarch_xml,
    read_plover_json,
)
from eventwire.evaluate.report import EvaluationError, Report
from eventwire.evaluate.statement_metrics import evaluate_statements
from eventwire.evaluate.system import articles_of, run_system

__all__ = [
    "EvaluationError",
    "FloorsError",
    "GoldActor",
    "GoldActorMention",
    "GoldEvent",
    "GoldFormatError",
    "GoldSet",
    "GoldSpan",
    "GoldStatement",
    "GoldText",
    "Report",
    "UnknownGoldFormat",
    "articles_of",
    "check_floors",
    "eval_command",
    "evaluate",
    "evaluate_actors",
    "evaluate_events",
    "evaluate_paths",
    "evaluate_statements",
    "gold_from_analyses",
    "gold_records",
    "load_floors",
    "read_brat",
    "read_gold",
    "read_jsonl",
    "read_petrarch_xml",
    "read_plover_json",
    "run_system",
    "tasks_of",
    "write_gold_jsonl",
]
