"""Reading real inputs into `Article` and `Rejection` records, as a stream (memory flat at any size).

`read_inputs(paths, options=IngestOptions(...))` is the one entry point. Inputs: files, folders
(recursive, sorted by name, hidden entries skipped), "-" for stdin, http(s) URLs. Format by known
extension, else by content (stdin, URLs, no extension); gzip by its magic bytes, any format inside.

| format | extensions | read as |
|---|---|---|
| dated article | .txt, .text | `date YYYY-MM-DD` then the text (same line or next) |
| plain text | .txt, .text | date from `options.date`, else the file name, else flagged |
| JSON Lines | .jsonl, .ndjson, .jsonlines (.json with one object per line) | streamed, line by line |
| JSON | .json | one object, a list of objects, or {"articles": [...]} (read whole) |
| CSV / TSV | .csv (delimiter , ; tab or | detected), .tsv, .tab | header row, streamed |
| HTML page | .html, .htm, .xhtml | trafilatura: main text, title, date, site name, url |
| RSS / Atom | .xml, .rss, .atom, .rdf | feedparser: one article per entry |

JSON/CSV field aliases (case-insensitive, first with a value wins) are in `ALIASES`.
"""

from __future__ import annotations

from eventwire.ingest.dispatch import EXTENSIONS, read_inputs, sniff_format
from eventwire.ingest.errors import IngestError, UnknownFormat
from eventwire.ingest.fields import ALIASES
from eventwire.ingest.options import IngestOptions

FORMATS = EXTENSIONS

__all__ = ["ALIASES", "FORMATS", "IngestError", "IngestOptions", "UnknownFormat", "read_inputs", "sniff_format"]
