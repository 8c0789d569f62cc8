"""One-to-one matching of gold items to system items and the precision/recall/F1 arithmetic.

Matching is per text and maximal: Kuhn's augmenting-path algorithm finds the largest set of
(gold, system) pairs where each item is used at most once and every pair satisfies the match
predicate. Greedy matching can under-count when one system item could serve two gold items; the
augmenting paths remove that dependence on order, so scores do not change when lists are shuffled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

G = TypeVar("G")
S = TypeVar("S")


def max_matching(gold: Sequence[G], system: Sequence[S], ok: Callable[[G, S], bool]) -> list[tuple[int, int]]:
    """Largest one-to-one set of (gold index, system index) pairs with `ok(gold, system)` true."""
    adj = [[j for j, s in enumerate(system) if ok(g, s)] for g in gold]
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        if adj[i]:
            augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Counts:
    """True positives, false positives and false negatives, with P/R/F1 derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, n_system: int, n_gold: int) -> None:
        """Add one text's result: `tp` matched pairs out of `n_system` and `n_gold` items."""
        self.tp += tp
        self.fp += n_system - tp
        self.fn += n_gold - tp

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when the system proposed nothing (nothing it said was wrong)."""
        d = self.tp + self.fp
        return self.tp / d if d else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        d = self.tp + self.fn
        return self.tp / d if d else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, float | int]:
        """Rounded scores with the raw counts behind them."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }
