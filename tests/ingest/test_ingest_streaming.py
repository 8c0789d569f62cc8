"""Reading is lazy: the first article comes out long before a large input has been read, memory stays flat."""

from __future__ import annotations

import gzip
import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.ingest import IngestOptions, dispatch, read_inputs
from eventwire.records import Article

LINES = 50_000


def story(i: int) -> str:
    """A distinct short news-like text for line i."""
    return f"Report {i}: the council of district {i % 97} met on day {i % 28 + 1} and approved budget item {i * 7919 % 100003}."


def write_jsonl(path: Path, compress: bool = False) -> int:
    """Write a LINES-long JSONL corpus (optionally gzip) and return its size in bytes on disk."""
    opener: Any = gzip.open if compress else open
    with opener(path, "wt", encoding="utf-8") as out:
        for i in range(LINES):
            out.write(f'{{"id": "s{i}", "date": "2025-01-{i % 28 + 1:02d}", "text": "{story(i)}"}}\n')
    return path.stat().st_size


class Counting(io.RawIOBase):
    """A raw stream over a real file that counts the bytes handed out."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._file = open(path, "rb")  # noqa: SIM115  # closed in close()
        self.bytes_read = 0

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Read from the file and count."""
        n = self._file.readinto(buffer)
        self.bytes_read += n or 0
        return n or 0

    def close(self) -> None:
        """Close the file too."""
        self._file.close()
        super().close()


@pytest.fixture
def counted_open(monkeypatch: pytest.MonkeyPatch) -> list[Counting]:
    """Make the dispatcher open files through Counting streams; the list collects them."""
    opened: list[Counting] = []

    def fake_open(path: Any, mode: str = "rb") -> io.BufferedReader:
        raw = Counting(Path(path))
        opened.append(raw)
        return io.BufferedReader(raw)

    monkeypatch.setattr(dispatch, "open", fake_open, raising=False)
    return opened


@pytest.mark.parametrize("compress", [False, True], ids=["jsonl", "jsonl.gz"])
def test_first_article_arrives_before_the_file_is_read(tmp_path: Path, counted_open: list[Counting], compress: bool) -> None:
    path = tmp_path / ("big.jsonl.gz" if compress else "big.jsonl")
    size = write_jsonl(path, compress)
    items: Iterator[object] = read_inputs([str(path)], options=IngestOptions(language_check=False))
    assert not counted_open  # nothing is opened before the first item is asked for
    first = next(items)
    assert isinstance(first, Article) and first.id == "s0"
    (stream,) = counted_open
    assert 0 < stream.bytes_read < size / 5, (stream.bytes_read, size)
    for _ in range(99):
        next(items)
    assert stream.bytes_read < size / 5


def test_stdin_is_read_lazily() -> None:
    class Lines(io.RawIOBase):
        """stdin producing LINES JSONL lines on demand."""

        def __init__(self) -> None:
            super().__init__()
            self._lines = (f'{{"id": "in{i}", "text": "{story(i)}"}}\n'.encode() for i in range(LINES))
            self._pending = b""
            self.produced = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            while len(self._pending) < len(buffer):
                line = next(self._lines, None)
                if line is None:
                    break
                self._pending += line
            n = min(len(buffer), len(self._pending))
            buffer[:n] = self._pending[:n]
            self._pending = self._pending[n:]
            self.produced += n
            return n

    source = Lines()
    items = read_inputs(["-"], options=IngestOptions(stdin=io.BufferedReader(source), language_check=False))
    assert next(items).id == "in0"  # type: ignore[union-attr]
    assert source.produced < 200_000  # of about 5.5 MB


def test_memory_stays_flat_over_a_large_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    size = write_jsonl(path)
    tracemalloc.start()
    try:
        count = 0
        for item in read_inputs([str(path)], options=IngestOptions(language_check=False)):
            assert isinstance(item, Article)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == LINES
    assert peak < size / 4, (peak, size)


def test_directories_are_walked_lazily(tmp_path: Path, counted_open: list[Counting]) -> None:
    for i in range(30):
        (tmp_path / f"{i:03d}.txt").write_text(story(i), encoding="utf-8")
    items = read_inputs([str(tmp_path)], options=IngestOptions(language_check=False))
    assert next(items).source_path.endswith("000.txt")  # type: ignore[union-attr]
    assert len(counted_open) == 1
    assert sum(1 for _ in items) == 29
    assert all(s.closed for s in counted_open)  # every file is closed once read
