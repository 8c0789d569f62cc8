"""Agreement between two annotations of the same texts, scored like `eventwire eval` scores the system.

Usage: python tests/data/gold/real/agreement/agree.py FIRST.jsonl SECOND.jsonl [--corpus-dir DIR]

Events are matched per text one to one (maximum bipartite matching, as the evaluator does); the
second annotation is scored against the first at three levels.
"""

from __future__ import annotations

import argparse

from eventwire.evaluate.gold import GoldActor, GoldEvent, same_country
from eventwire.evaluate.matching import max_matching
from eventwire.evaluate.readers import read_gold


def _country(a: GoldActor | None) -> str | None:
    return a.country if a is not None else None


LEVELS = {
    "root, actors ignored": lambda a, b: a.root == b.root,
    "root, actors by country": lambda a, b: a.root == b.root
    and same_country(_country(a.source), _country(b.source))
    and same_country(_country(a.target), _country(b.target)),
    "full CAMEO code, actors ignored": lambda a, b: a.cameo == b.cameo,
}


def main() -> None:
    """Print recall, precision and F1 of the second annotation against the first, per level."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--corpus-dir", default="../shared/corpus")
    args = ap.parse_args()
    first = {t.id: t.events for t in read_gold(args.first, args.corpus_dir).texts}
    second = {t.id: t.events for t in read_gold(args.second, args.corpus_dir).texts}
    ids = [i for i in first if i in second]
    for name, ok in LEVELS.items():
        n1 = sum(len(first[i]) for i in ids)
        n2 = sum(len(second[i]) for i in ids)
        tp = sum(len(max_matching(list[GoldEvent](first[i]), list[GoldEvent](second[i]), ok)) for i in ids)
        r, p = tp / n1 if n1 else 0.0, tp / n2 if n2 else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name}: {len(ids)} texts, {n1} vs {n2} events, {tp} matched: recall {r:.3f} precision {p:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
