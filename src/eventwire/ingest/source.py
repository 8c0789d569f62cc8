"""Where inputs come from: files, directories (walked in sorted order), stdin and URLs, as byte streams.

Streams are read lazily; `Replay` puts back the bytes read to sniff the format, so nothing is read twice
and stdin works too.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.errors import IngestError

HEAD_BYTES = 8192


class Replay(io.RawIOBase):
    """A readable raw stream giving `head` first and then the rest of `rest`."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]  # RawIOBase's typeshed uses WriteableBuffer
        """Fill `buffer` from the replayed head, then from the underlying stream."""
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n


def read_head(stream: BinaryIO, size: int = HEAD_BYTES) -> bytes:
    """Up to `size` bytes from the start of a stream (short only at end of input)."""
    parts: list[bytes] = []
    need = size
    while need > 0:
        chunk = stream.read(need)
        if not chunk:
            break
        parts.append(chunk)
        need -= len(chunk)
    return b"".join(parts)


def replay(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    """A buffered stream that re-reads `head` before the rest of `rest`."""
    return io.BufferedReader(Replay(head, rest), buffer_size=1 << 16)


def read_limited(stream: BinaryIO, max_bytes: int, what: str = "file") -> bytes:
    """The whole stream, or IngestError when it holds more than `max_bytes` (never reads past the limit)."""
    data = read_head(stream, max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"text too large: the {what} is over the limit of {max_bytes} bytes (max_bytes)")
    return data


def iter_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, raw line) pairs; a line longer than `max_bytes` gives None and is skipped unread."""
    lineno = 0
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            # Drain the rest of the over-long line in bounded pieces so memory stays flat.
            while True:
                more = stream.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, raw


def walk_files(top: Path, errors: list[tuple[str, str]]) -> Iterator[Path]:
    """Files under a directory, recursively, sorted by name; hidden files and folders are skipped.

    Folders that cannot be listed are appended to `errors` as (path, reason).
    """

    def on_error(exc: OSError) -> None:
        errors.append((str(exc.filename or top), describe_os_error(exc)))

    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def describe_os_error(exc: OSError) -> str:
    """A rejection reason for a path that could not be opened or listed."""
    if isinstance(exc, FileNotFoundError):
        return "unreadable path: no such file or directory"
    if isinstance(exc, PermissionError):
        return "unreadable path: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "unreadable path: is a directory"
    return f"unreadable path: {exc.strerror or exc}"


@dataclass
class Source:
    """One input being read: its display name, its (decompressed) byte stream and what is known of it."""

    name: str  # the path (or "<stdin>", or the URL) shown in rejections and source_path
    stream: BinaryIO
    filename: str  # base name without a .gz suffix: its extension and any date in it
    ext: str  # lowercased extension of `filename`, without the dot; "" when none
    compressed: bool = False
    url: str | None = None
    content_type: str | None = None


def extension(filename: str) -> str:
    """Lowercased extension without the dot ("" when the name has none)."""
    suffix = Path(filename).suffix
    return suffix[1:].lower() if suffix else ""
