"""The embedded DuckDB store: schema and migrations, the writer, and read-side queries."""

from eventwire.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
