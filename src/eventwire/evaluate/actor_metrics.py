"""The actors task: accuracy of country, sector and both for dated mention texts."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.evaluate.gold import GoldActorMention, GoldSet, same_country
from eventwire.evaluate.metrics import actor_of_ref
from eventwire.evaluate.report import EvaluationError, Report
from eventwire.records import ActorRef


def default_resolver() -> Callable[[str, str | None], ActorRef | None]:
    """eventwire's actor resolver for one mention text on a date (imported lazily)."""
    from eventwire import actors

    resolve_text = getattr(actors, "resolve_text", None)
    if resolve_text is None:
        raise EvaluationError("eventwire.actors.resolve_text is not available")

    def resolve(text: str, date: str | None) -> ActorRef | None:
        out = resolve_text(text, date=date)
        if isinstance(out, list):
            out = out[0] if out else None
        return out

    return resolve


def evaluate_actors(
    gold: GoldSet, *, resolver: Callable[[str, str | None], ActorRef | None] | None = None
) -> Report:
    """Accuracy of country, sector and both for the gold actor mentions, each on its own date."""
    mentions: list[GoldActorMention] = list(gold.actor_mentions)
    if not mentions:
        raise EvaluationError(f"{gold.path}: the gold set has no actor mentions")
    resolve = resolver or default_resolver()
    right_c = right_s = right_b = resolved = 0
    errors: list[str] = []
    for m in mentions:
        ref = resolve(m.text, m.date)
        got = actor_of_ref(ref)
        if ref is not None and (got or (None, None)) != (None, None):
            resolved += 1
        country, sector = got or (None, None)
        ok_c = same_country(m.country, country)
        ok_s = m.sector == sector
        right_c += ok_c
        right_s += ok_s
        right_b += ok_c and ok_s
        if not (ok_c and ok_s):
            errors.append(f"{m.text!r} @ {m.date}: expected {m.country}/{m.sector}, got {country}/{sector}")
    n = len(mentions)
    metrics = {
        "mentions": n,
        "resolved": resolved,
        "country_accuracy": round(right_c / n, 4),
        "sector_accuracy": round(right_s / n, 4),
        "both_accuracy": round(right_b / n, 4),
        "errors": errors,
    }
    notes = {
        "actors": "country and primary sector of the resolved mention on the mention's date; None expects none"
    }
    return Report("actors", gold.path, gold.format, metrics, notes, warnings=list(gold.warnings))
