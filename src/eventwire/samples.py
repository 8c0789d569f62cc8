"""The sample articles eventwire ships: the seed article and articles written by the team."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def samples_dir() -> Path:
    """Folder of the bundled sample articles (dated-article text format)."""
    return Path(str(resources.files("eventwire") / "data" / "samples"))


def seed_article_path() -> Path:
    """The seed article: UNN on The New York Times on US sanctions policy, 2025-05-21."""
    return samples_dir() / "seed_unn_2025-05-21.txt"
