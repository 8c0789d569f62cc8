"""Bytes to text: UTF-8 first, then fallbacks that are accepted only when the result reads as text."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from eventwire.ingest.errors import IngestError, UnknownFormat

# Magic numbers of common non-text files, so the rejection says what the file is.
_MAGIC: tuple[tuple[bytes, str, bool], ...] = (
    (b"%PDF-", "PDF document", False),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub): unpack it or export its text", False),
    (b"\x89PNG", "PNG image", True),
    (b"\xff\xd8\xff", "JPEG image", True),
    (b"GIF8", "GIF image", True),
    (b"BZh", "bzip2 archive (only gzip is read)", False),
    (b"\xfd7zXZ\x00", "xz archive (only gzip is read)", False),
    (b"(\xb5/\xfd", "zstd archive (only gzip is read)", False),
    (b"7z\xbc\xaf\x27\x1c", "7z archive", False),
    (b"\x7fELF", "executable", True),
    (b"SQLite format 3\x00", "SQLite database", True),
    (b"PAR1", "Parquet file", False),
)

_BOMS_UTF16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
# Share of non-ASCII characters above which a blind single-byte decoding is not believed:
# English news in cp1252/latin-1 has a few accented names and curly quotes, not half its letters.
_MAX_NON_ASCII_BLIND = 0.3
_MAX_BAD_SHARE = 0.005
_MIN_WORDY_SHARE = 0.6


def reject_binary(head: bytes) -> None:
    """Raise when the first bytes of an input show it is not text (known magic number, NUL bytes)."""
    for magic, what, is_binary in _MAGIC:
        if head.startswith(magic):
            if is_binary:
                raise IngestError(f"binary file ({what})")
            raise UnknownFormat(f"unknown format: {what}")
    if head.startswith(_BOMS_UTF16):
        return
    if b"\x00" in head:
        raise IngestError("binary file (contains NUL bytes)")


def looks_like_text(text: str, *, blind: bool = False, prose: bool = True) -> bool:
    """Whether decoded text reads as text (few controls; blind guesses mostly ASCII; prose mostly letters)."""
    if not text:
        return True
    bad = 0
    non_ascii = 0
    for ch in text:
        if ch < " ":
            if ch not in _ALLOWED_CONTROLS:
                bad += 1
        elif ord(ch) > 127:
            non_ascii += 1
            cat = unicodedata.category(ch)
            if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
                bad += 1
    n = len(text)
    if bad > max(0, n * _MAX_BAD_SHARE):
        return False
    if blind and non_ascii > n * _MAX_NON_ASCII_BLIND:
        return False
    if not prose:
        return True
    # Prose in any script is mostly letters and spaces; decoded binary is marks, symbols and digits.
    wordy = sum(1 for ch in text if ch.isalpha() or ch.isspace())
    return wordy >= n * _MIN_WORDY_SHARE


def _first_bad_utf8(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
    return "unknown position"


def decode_document(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a whole input; returns (text, flags) with an "encoding:NAME" flag when a fallback was used."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data.decode("utf-8-sig"), ()
        except UnicodeDecodeError:
            pass
    if data.startswith(_BOMS_UTF16):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(f"undecodable bytes: UTF-16 byte order mark but invalid UTF-16 ({exc.reason})") from exc
        if not looks_like_text(text):
            raise IngestError("binary file (starts like UTF-16 but does not read as text)")
        return text, ("encoding:utf-16",)
    reject_binary(data[:8192])
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[str, bool]] = [("cp1252", True)]
    best = from_bytes(data[:65536]).best()
    # Guesses of UTF-16/32 without a byte order mark are how binary data looks to a detector.
    if best is not None and best.encoding not in ("utf_8", "cp1252") and not best.encoding.startswith(("utf_16", "utf_32")):
        candidates.append((best.encoding, False))
    candidates.append(("latin-1", True))
    for encoding, blind in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if looks_like_text(text, blind=blind):
            return text, (f"encoding:{codecs.lookup(encoding).name}",)
    raise IngestError(
        f"undecodable bytes: not UTF-8 ({_first_bad_utf8(data)}), and no fallback encoding "
        "(cp1252, charset-normalizer's guess, latin-1) gives readable text"
    )


def decode_line(raw: bytes) -> tuple[str, str | None]:
    """Decode one line of a line-based file; returns (text, flag) where flag names a fallback encoding."""
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if looks_like_text(text, blind=True, prose=False):
            return text, f"encoding:{codecs.lookup(encoding).name}"
    raise IngestError(f"undecodable bytes: not UTF-8 ({_first_bad_utf8(raw)}), and cp1252/latin-1 do not give readable text")
