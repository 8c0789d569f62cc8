"""Shared fixtures: the spaCy pipeline (loaded once), paths to shared reference data, temp stores."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "seed"
REFERENCE = SHARED / "reference"
CORPUS = SHARED / "corpus"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():
    """The pinned English pipeline (model-dependent tests should be marked `slow`)."""
    from eventwire.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article as the project ships it (the sample copy under eventwire/data/samples)."""
    from eventwire.samples import seed_article_path

    return seed_article_path().read_text(encoding="utf-8")


@pytest.fixture
def reference_dir() -> Path:
    """../shared/reference, or skip with the reason when this checkout has no shared folder."""
    if not REFERENCE.is_dir():
        pytest.skip(f"shared reference data not found at {REFERENCE}")
    return REFERENCE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh DuckDB store path per test."""
    return tmp_path / "test.duckdb"
