"""Field names accepted in JSON and CSV records (aliases, first match wins) and records to articles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from eventwire.ingest.build import make_article
from eventwire.ingest.options import IngestOptions
from eventwire.records import Article, Rejection

# Canonical field -> accepted names, in order of preference (matched case-insensitively).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "guid", "uuid"),
    "date": ("date", "published", "pubdate", "publication_date", "datetime", "published_at", "pub_date", "date_published", "publish_date"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "maintext", "full_text"),
    "url": ("url", "link"),
    "outlet": ("source", "outlet", "publisher", "site", "sitename", "source_name"),
}


@dataclass(frozen=True)
class Found:
    """A value found for a canonical field, with the input's own name for it (for messages)."""

    key: str
    value: object


def _present(value: object) -> bool:
    if value is None:
        return False
    return not (isinstance(value, str) and not value.strip())


def resolve(record: Mapping[str, object]) -> dict[str, Found]:
    """Canonical field -> the first alias with a value in a JSON object (keys compared case-insensitively)."""
    lowered: dict[str, tuple[str, object]] = {}
    for key, value in record.items():
        lowered.setdefault(str(key).strip().lower(), (str(key), value))
    found: dict[str, Found] = {}
    for field, names in ALIASES.items():
        for name in names:
            hit = lowered.get(name)
            if hit is not None and _present(hit[1]):
                found[field] = Found(hit[0], hit[1])
                break
    return found


def _as_name(value: object) -> object:
    # NewsAPI-style {"source": {"id": ..., "name": ...}}: the outlet is the name.
    if isinstance(value, Mapping):
        for key in ("name", "title", "id"):
            if _present(value.get(key)):
                return value[key]
        return None
    return value


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}.get(type(value), type(value).__name__)


def fields_to_item(
    found: Mapping[str, Found],
    *,
    options: IngestOptions,
    path: str,
    line: int | None,
    flags: tuple[str, ...] = (),
    present: list[str] | None = None,
    label: str | None = None,
    source_path: str | None = None,
) -> Article | Rejection:
    """Build the article of one JSON/CSV record, or a rejection naming the missing or broken field."""

    def reject(reason: str) -> Rejection:
        return Rejection(path=path, line=line, reason=f"{label}: {reason}" if label else reason)

    text_hit = found.get("text")
    if text_hit is None:
        have = f" (fields present: {', '.join(present)})" if present else ""
        return reject(f"no text: none of the fields {', '.join(ALIASES['text'])} has a value{have}")
    text = text_hit.value
    if isinstance(text, list) and all(isinstance(p, str) for p in text):
        text = "\n\n".join(p.strip() for p in text if p.strip())
    if not isinstance(text, str):
        return reject(f"no text: field '{text_hit.key}' holds {_type_name(text)}, not text")

    def value(field: str) -> object:
        hit = found.get(field)
        return None if hit is None else hit.value

    id_value = value("id")
    if isinstance(id_value, (dict, list)):
        return reject(f"malformed id: field '{found['id'].key}' holds {_type_name(id_value)}")
    if isinstance(id_value, float) and id_value.is_integer():
        id_value = int(id_value)
    date_hit = found.get("date")
    return make_article(
        text,
        options=options,
        path=path,
        line=line,
        given_id=id_value,
        title=value("title"),
        date_value=None if date_hit is None else date_hit.value,
        date_where=f"field '{date_hit.key}'" if date_hit else "date field",
        date_source="field",
        outlet=_as_name(value("outlet")),
        url=value("url"),
        flags=flags,
        label=label,
        source_path=source_path,
    )
