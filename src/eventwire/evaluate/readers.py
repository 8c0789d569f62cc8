"""Gold readers: eventwire's own JSON Lines, PETRARCH-style XML validation records, the PLOVER
gold-standard JSON and brat standoff attribution annotations, all into one `GoldSet`.

`read_gold(path)` picks the reader from the path: a directory or `.ann` file is brat, `.xml` is
PETRARCH, `.json` is the PLOVER list (or own-format records), `.jsonl`/`.jsonl.gz` is eventwire's own.
"""

from __future__ import annotations

import gzip
import hashlib
import html
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.evaluate.gold import (
    GoldActor,
    GoldActorMention,
    GoldEvent,
    GoldSet,
    GoldSpan,
    GoldStatement,
    GoldText,
    gold_actor,
    normalize_country,
    normalize_sector,
)


class GoldFormatError(Exception):
    """A gold file is malformed; the message names the file and the record or line."""


class UnknownGoldFormat(GoldFormatError):
    """The path is not a gold format eventwire reads (use .jsonl, .xml, .json, .ann or a brat folder)."""


def read_gold(path: str | Path, corpus_dir: str | Path | None = None) -> GoldSet:
    """Read a gold file or brat directory, choosing the reader by extension and content.

    `corpus_dir` (else the EVENTWIRE_CORPUS_DIR environment variable) is where the texts of
    records that reference a corpus (`corpus_ref`) are read from.
    """
    p = Path(path)
    if not p.exists():
        raise GoldFormatError(f"{p}: no such file or directory")
    name = p.name.lower()
    if p.is_dir():
        if any(p.rglob("*.ann")):
            return read_brat(p)
        raise UnknownGoldFormat(f"{p}: directory holds no brat .ann files")
    if name.endswith(".ann") or name.endswith(".txt") and p.with_suffix(".ann").exists():
        return read_brat(p)
    if name.endswith(".xml"):
        return read_petrarch_xml(p)
    if name.endswith(".jsonl") or name.endswith(".jsonl.gz") or name.endswith(".ndjson"):
        return read_jsonl(p, corpus_dir)
    if name.endswith(".json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(data, list) and data and all(isinstance(r, dict) for r in data):
            if any("event" in r and ("eventText" in r or "source" in r) for r in data):
                return read_plover_json(p, data)
            return _read_own_records(p, [(i + 1, r) for i, r in enumerate(data)], corpus_dir)
        raise UnknownGoldFormat(f"{p}: JSON is neither a PLOVER gold list nor a list of eventwire records")
    raise UnknownGoldFormat(
        f"{p}: unknown gold format; use eventwire .jsonl, PETRARCH .xml, PLOVER .json or brat .ann"
    )


# --------------------------------------------------------------------------- eventwire JSON Lines


def read_jsonl(path: str | Path, corpus_dir: str | Path | None = None) -> GoldSet:
    """Read eventwire's own gold JSON Lines (see tests/data/gold/README.md for the format)."""
    p = Path(path)
    opener = gzip.open if p.name.lower().endswith(".gz") else open
    records: list[tuple[int, dict[str, Any]]] = []
    with opener(p, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{p}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise GoldFormatError(f"{p}:{lineno}: each line must be a JSON object")
            records.append((lineno, obj))
    return _read_own_records(p, records, corpus_dir)


def _corpus_texts(
    path: Path, records: list[tuple[int, dict[str, Any]]], corpus_dir: str | Path | None
) -> dict[tuple[str, str], str]:
    """The corpus texts the `corpus_ref` records need, read in one streaming pass per corpus file.

    Gold may reference real news instead of copying it (the corpus licences and our rule of
    never committing corpus text): {"file": name under the corpus dir, "id": record id}.
    """
    wanted: dict[str, set[str]] = {}
    for lineno, rec in records:
        ref = rec.get("corpus_ref")
        if ref is None:
            continue
        if not isinstance(ref, dict) or not isinstance(ref.get("file"), str) or "id" not in ref:
            raise GoldFormatError(f"{path}:{lineno}: corpus_ref needs a 'file' and an 'id'")
        wanted.setdefault(ref["file"], set()).add(str(ref["id"]))
    if not wanted:
        return {}
    where = corpus_dir or os.environ.get("EVENTWIRE_CORPUS_DIR")
    if not where:
        raise GoldFormatError(
            f"{path}: its records reference corpus texts ({', '.join(sorted(wanted))}); "
            "give the corpus directory (--corpus-dir DIR or EVENTWIRE_CORPUS_DIR)"
        )
    found: dict[tuple[str, str], str] = {}
    for name, ids in wanted.items():
        cpath = Path(where) / name
        if not cpath.is_file():
            raise GoldFormatError(f"{path}: corpus file {cpath} not found (referenced by corpus_ref)")
        opener = gzip.open if name.lower().endswith(".gz") else open
        with opener(cpath, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                # Lines with no "id" field (blank lines, stray text) cannot be a wanted record.
                if '"id"' not in line:
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError:
                    raise GoldFormatError(f"{cpath}:{lineno}: not valid JSON") from None
                rid = str(obj.get("id"))
                if rid in ids and isinstance(obj.get("text"), str):
                    found[(name, rid)] = obj["text"]
    return found


def _resolve_ref(path: Path, lineno: int, rec: dict[str, Any], corpus: dict[tuple[str, str], str]) -> str:
    """The text a `corpus_ref` points at: the record's text or its [start, end) slice, sha1-checked."""
    ref = rec["corpus_ref"]
    where = f"{path}:{lineno}"
    full = corpus.get((ref["file"], str(ref["id"])))
    if full is None:
        raise GoldFormatError(f"{where}: corpus record {ref['id']!r} not found in {ref['file']}")
    start, end = int(ref.get("start", 0)), int(ref.get("end", len(full)))
    if not 0 <= start < end <= len(full):
        raise GoldFormatError(f"{where}: corpus_ref span {start}-{end} is outside the text (length {len(full)})")
    text = full[start:end]
    sha1 = ref.get("sha1")
    if sha1 is not None and hashlib.sha1(text.encode("utf-8")).hexdigest() != sha1:
        raise GoldFormatError(
            f"{where}: corpus text {ref['id']!r} [{start}:{end}] changed (sha1 differs); re-check the annotation"
        )
    return text


def _span(value: Any, text: str, where: str, after: int = 0) -> GoldSpan | None:
    """A GoldSpan from [start, end], {start, end[, text]} or a literal string found in `text`."""
    if value is None:
        return None
    if isinstance(value, str):
        # A quoted piece of the text: find it (first occurrence at or after `after`, else anywhere).
        i = text.find(value, after)
        if i < 0:
            i = text.find(value)
        if i < 0:
            raise GoldFormatError(f"{where}: span text {value!r} does not occur in the text")
        return GoldSpan(i, i + len(value), value)
    if isinstance(value, (list, tuple)) and len(value) == 2:
        start, end = int(value[0]), int(value[1])
    elif isinstance(value, dict) and "start" in value and "end" in value:
        start, end = int(value["start"]), int(value["end"])
        if "text" in value and text[start:end] != value["text"]:
            raise GoldFormatError(
                f"{where}: span {start}-{end} is {text[start:end]!r}, record says {value['text']!r}"
            )
    elif isinstance(value, dict) and "text" in value:
        return _span(value["text"], text, where, after)
    else:
        raise GoldFormatError(f"{where}: a span is [start, end], {{start, end, text}} or a string")
    if not 0 <= start < end <= len(text):
        raise GoldFormatError(f"{where}: span {start}-{end} is outside the text (length {len(text)})")
    return GoldSpan(start, end, text[start:end])


def _read_own_records(
    path: Path, records: list[tuple[int, dict[str, Any]]], corpus_dir: str | Path | None = None
) -> GoldSet:
    """Build a GoldSet from eventwire gold records (one text each, or one actor mention each)."""
    corpus = _corpus_texts(path, records, corpus_dir)
    texts: list[GoldText] = []
    mentions: list[GoldActorMention] = []
    seen: set[str] = set()
    for lineno, rec in records:
        where = f"{path}:{lineno}"
        if "mention" in rec:  # a free-standing actor mention line
            mentions.append(_mention(rec, where, text_key="mention"))
            continue
        rid = str(rec.get("id") or f"line{lineno}")
        if rid in seen:
            raise GoldFormatError(f"{where}: duplicate id {rid!r}")
        seen.add(rid)
        text = rec.get("text")
        if "corpus_ref" in rec:
            if text is not None:
                raise GoldFormatError(f"{where}: record {rid!r} has both a text and a corpus_ref")
            text = _resolve_ref(path, lineno, rec, corpus)
        for i, a in enumerate(rec.get("actors") or []):
            mentions.append(_mention(a, f"{where} actors[{i}]", default_date=rec.get("date"), rid=rid))
        if text is None:
            if "events" in rec or "statements" in rec:
                raise GoldFormatError(f"{where}: record {rid!r} has events or statements but no text")
            continue
        if not isinstance(text, str) or not text.strip():
            raise GoldFormatError(f"{where}: record {rid!r} has an empty text")
        events = None
        if "events" in rec:
            events = tuple(
                _own_event(e, text, f"{where} events[{i}]") for i, e in enumerate(rec["events"] or [])
            )
        statements = None
        if "statements" in rec:
            statements = tuple(
                _own_statement(s, text, f"{where} statements[{i}]")
                for i, s in enumerate(rec["statements"] or [])
            )
        texts.append(
            GoldText(
                id=rid,
                text=text,
                date=rec.get("date"),
                events=events,
                statements=statements,
                note=str(rec.get("note", "")),
            )
        )
    return GoldSet(path=str(path), format="jsonl", texts=tuple(texts), actor_mentions=tuple(mentions))


def _mention(
    rec: dict[str, Any], where: str, *, text_key: str = "text", default_date: str | None = None, rid: str = ""
) -> GoldActorMention:
    """One actor mention with its expected coding; country or sector may be null (= expected none)."""
    text = rec.get(text_key)
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: actor mention needs a non-empty {text_key!r}")
    if "country" not in rec and "sector" not in rec and "code" not in rec:
        raise GoldFormatError(f"{where}: actor mention {text!r} needs country/sector or code")
    if "code" in rec and "country" not in rec:
        a = gold_actor(str(rec["code"])) or GoldActor(None)
        country, sector = a.country, a.sector
    else:
        country, sector = normalize_country(rec.get("country")), normalize_sector(rec.get("sector"))
    return GoldActorMention(
        text=text,
        date=rec.get("date", default_date),
        country=country,
        sector=sector,
        id=str(rec.get("id", rid)),
        note=str(rec.get("note", "")),
    )


def _own_event(e: Any, text: str, where: str) -> GoldEvent:
    """One gold event of an eventwire record."""
    if not isinstance(e, dict):
        raise GoldFormatError(f"{where}: an event must be an object")
    cameo = e.get("cameo")
    if cameo is not None:
        cameo = str(cameo).strip()
        if not (cameo.isdigit() and 2 <= len(cameo) <= 4 and 1 <= int(cameo[:2]) <= 20):
            raise GoldFormatError(f"{where}: bad CAMEO code {cameo!r}")
    plover = e.get("plover")
    if cameo is None and plover is None:
        raise GoldFormatError(f"{where}: an event needs `cameo` or `plover`")
    try:
        source, target = gold_actor(e.get("source")), gold_actor(e.get("target"))
    except ValueError as exc:
        raise GoldFormatError(f"{where}: {exc}") from None
    spans = e.get("spans") or {}
    if spans:
        if source and spans.get("source") is not None:
            source = GoldActor(
                source.country, source.sector, source.code, _span(spans["source"], text, where)
            )
        if target and spans.get("target") is not None:
            target = GoldActor(
                target.country, target.sector, target.code, _span(spans["target"], text, where)
            )
    return GoldEvent(
        source=source,
        target=target,
        cameo=cameo,
        plover=str(plover).upper() if plover else None,
        trigger=_span(spans.get("trigger"), text, where) if spans else None,
    )


def _own_statement(s: Any, text: str, where: str) -> GoldStatement:
    """One gold statement of an eventwire record."""
    if not isinstance(s, dict) or s.get("content") is None:
        raise GoldFormatError(f"{where}: a statement is an object with at least `content`")
    speaker = _span(s.get("speaker"), text, where)
    cue = _span(s.get("cue"), text, where, after=speaker.end if speaker else 0)
    content = _span(s["content"], text, where)
    assert content is not None
    return GoldStatement(speaker=speaker, cue=cue, content=content)


# --------------------------------------------------------------------------- PETRARCH XML

_SENTENCE_RE = re.compile(r"<Sentence\b([^>]*?)/?>", re.S)
_ATTR_RE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING_RE = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT_RE = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT_RE = re.compile(r"<!--.*?-->", re.S)


def _petrarch_date(raw: str | None) -> str | None:
    """YYYYMMDD -> YYYY-MM-DD; anything else (e.g. a 6-digit date) -> None."""
    if raw and re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return None


def read_petrarch_xml(path: str | Path) -> GoldSet:
    """Read PETRARCH validation records by pattern (the files carry '#' lines no XML parser accepts).

    Each `<Sentence date id>` opens a record that runs to the next one; its `<EventCoding
    sourcecode targetcode eventcode/>` tags are the gold events (`noevents="True"` = none) and
    `<Text>` its text, with line breaks folded to spaces.
    """
    p = Path(path)
    raw = _COMMENT_RE.sub(" ", p.read_text(encoding="utf-8", errors="replace"))
    heads = list(_SENTENCE_RE.finditer(raw))
    if not heads:
        raise GoldFormatError(f"{p}: no <Sentence> records found")
    texts: list[GoldText] = []
    warnings: list[str] = []
    for n, m in enumerate(heads):
        body = raw[m.end() : heads[n + 1].start() if n + 1 < len(heads) else len(raw)]
        attrs = dict(_ATTR_RE.findall(m.group(1)))
        sid = attrs.get("id") or f"sentence{n + 1}"
        where = f"{p}: Sentence {sid}"
        tm = _TEXT_RE.search(body)
        if not tm:
            warnings.append(f"{where}: no <Text>, skipped")
            continue
        text = " ".join(html.unescape(tm.group(1)).split())
        if not text:
            text = _text_from_parse(body)
            if not text:
                warnings.append(f"{where}: empty <Text> and no parse to rebuild it from, skipped")
                continue
            warnings.append(f"{where}: empty <Text>, rebuilt from the <Parse> tokens")
        date = _petrarch_date(attrs.get("date"))
        if attrs.get("date") and date is None:
            warnings.append(f"{where}: unreadable date {attrs.get('date')!r}, left unknown")
        events: list[GoldEvent] = []
        for cm in _CODING_RE.finditer(body[: tm.start()]):
            ca = dict(_ATTR_RE.findall(cm.group(1)))
            if ca.get("noevents", "").lower() == "true" or "eventcode" not in ca:
                continue
            code = ca["eventcode"].strip()
            if not code.isdigit():
                warnings.append(f"{where}: non-numeric eventcode {code!r}, skipped")
                continue
            events.append(
                GoldEvent(
                    source=gold_actor(ca.get("sourcecode")),
                    target=gold_actor(ca.get("targetcode")),
                    cameo=code,
                )
            )
        texts.append(GoldText(id=sid, text=text, date=date, events=tuple(events)))
    return GoldSet(path=str(p), format="petrarch", texts=tuple(texts), warnings=tuple(warnings))


def _text_from_parse(body: str) -> str:
    """Rebuild a sentence from CoNLL-U token lines of a <Parse> block (honouring SpaceAfter=No)."""
    m = re.search(r"<Parse>(.*?)</Parse>", body, re.S)
    if not m:
        return ""
    out: list[str] = []
    for line in m.group(1).splitlines():
        cols = line.split("\t")
        if len(cols) < 10 or not cols[0].isdigit():
            continue
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return html.unescape("".join(out)).strip()


# --------------------------------------------------------------------------- PLOVER JSON


def _plover_actors(value: Any) -> list[GoldActor | None]:
    """The actors of a PLOVER `source`/`target` field (a list; strings and empties mean none)."""
    if not isinstance(value, list) or not value:
        return [None]
    out: list[GoldActor | None] = []
    for a in value:
        if isinstance(a, dict) and (a.get("code") or a.get("country")):
            country = normalize_country(a.get("country") or a.get("code"))
            out.append(
                GoldActor(country=country, sector=normalize_sector(a.get("sector")), code=a.get("code"))
            )
    return out or [None]


#: Event types of the 2016 PLOVER gold standard renamed in the current ontology (the PLOVER manual's
#: CAMEO-to-PLOVER table): the set is scored in today's types, which is what eventwire codes.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def read_plover_json(path: str | Path, data: list[dict[str, Any]] | None = None) -> GoldSet:
    """Read the PLOVER gold-standard JSON: one text per record, source x target events of its type.

    The file gives a PLOVER `event` type but no CAMEO code (a `cameo` key is used when present), so
    its texts score at the PLOVER and dyad levels only. `DOCUMENT` records are skipped. Types the
    current PLOVER ontology renamed are read under their current name (PLOVER_RENAMES).
    """
    p = Path(path)
    if data is None:
        data = json.loads(p.read_text(encoding="utf-8"))
    texts: list[GoldText] = []
    renamed: Counter[str] = Counter()
    for i, rec in enumerate(data):
        etype = str(rec.get("event", "")).upper()
        if etype in PLOVER_RENAMES:
            renamed[f"{etype}->{PLOVER_RENAMES[etype]}"] += 1
            etype = PLOVER_RENAMES[etype]
        if etype == "DOCUMENT" or not rec.get("text"):
            continue
        cameo = rec.get("cameo") or rec.get("cameo_code") or rec.get("CAMEO")
        cameo = str(cameo) if cameo else None
        events = tuple(
            GoldEvent(source=s, target=t, cameo=cameo, plover=etype or None)
            for s in _plover_actors(rec.get("source"))
            for t in _plover_actors(rec.get("target"))
        )
        texts.append(
            GoldText(
                id=str(rec.get("id") or f"record{i}"), text=rec["text"], date=rec.get("date"), events=events
            )
        )
    warnings = tuple(
        f"{p}: {n} records of old type {k} (current PLOVER name)" for k, n in sorted(renamed.items())
    )
    return GoldSet(path=str(p), format="plover", texts=tuple(texts), warnings=warnings)


# --------------------------------------------------------------------------- brat standoff

_BRAT_SPEAKER = {"source", "speaker", "author", "attributionsource"}
_BRAT_CUE = {"cue", "attributioncue", "reportingverb"}
_BRAT_CONTENT = {"content", "attributioncontent", "quote", "message"}


def _brat_kind(label: str) -> str | None:
    """speaker | cue | content for a brat type label (case-insensitive, common synonyms)."""
    k = label.lower().replace("-", "").replace("_", "")
    if k in _BRAT_SPEAKER:
        return "speaker"
    if k in _BRAT_CUE:
        return "cue"
    if k in _BRAT_CONTENT:
        return "content"
    return None


def _brat_pairs(files: list[Path]) -> list[tuple[Path, Path]]:
    """(ann, txt) pairs for the given .ann/.txt files or directories."""
    pairs: list[tuple[Path, Path]] = []
    for f in files:
        anns = sorted(f.rglob("*.ann")) if f.is_dir() else [f.with_suffix(".ann")]
        for ann in anns:
            txt = ann.with_suffix(".txt")
            if not txt.exists():
                raise GoldFormatError(f"{ann}: brat annotation without its text file {txt.name}")
            pairs.append((ann, txt))
    return pairs


def read_brat(path: str | Path) -> GoldSet:
    """Read brat standoff attribution: T lines typed Source/Cue/Content linked by E or R lines.

    A statement is built around each Cue with the Source and Content linked to it (by an `E` line
    `E1<TAB>Cue:T2 Source:T1 Content:T3` or by `R` relations with either argument order); a
    Content linked straight to a Source without a cue gives a statement with no cue. Discontinuous
    spans (`start end;start end`) are taken from their first start to their last end.
    """
    p = Path(path)
    texts: list[GoldText] = []
    for ann, txt in _brat_pairs([p]):
        text = txt.read_text(encoding="utf-8")
        texts.append(_brat_doc(ann, text))
    if not texts:
        raise GoldFormatError(f"{p}: no brat documents found")
    return GoldSet(path=str(p), format="brat", texts=tuple(texts))


def _brat_doc(ann: Path, text: str) -> GoldText:
    """One brat document into a GoldText with statements."""
    spans: dict[str, tuple[str, GoldSpan]] = {}
    links: dict[str, set[str]] = {}
    event_groups: list[list[str]] = []
    pending: list[tuple[int, list[str]]] = []

    def link(a: str, b: str) -> None:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)

    for lineno, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line[0] in "#AMN*":
            continue  # notes, attributes and normalizations do not change the statements
        where = f"{ann}:{lineno}"
        cols = line.rstrip("\n").split("\t")
        ident = cols[0]
        if ident.startswith("T"):
            if len(cols) < 2:
                raise GoldFormatError(f"{where}: T line needs 'ID<TAB>Type start end<TAB>text'")
            head = cols[1].split(" ", 1)
            if len(head) < 2:
                raise GoldFormatError(f"{where}: T line has no offsets")
            kind = _brat_kind(head[0])
            try:
                frags = [tuple(int(x) for x in fr.split()) for fr in head[1].split(";")]
                start, end = frags[0][0], frags[-1][1]
            except (ValueError, IndexError):
                raise GoldFormatError(f"{where}: bad offsets {head[1]!r}") from None
            if not 0 <= start < end <= len(text):
                raise GoldFormatError(f"{where}: offsets {start}-{end} outside the text ({len(text)} chars)")
            if len(frags) == 1 and len(cols) > 2 and text[start:end] != cols[2]:
                raise GoldFormatError(
                    f"{where}: offsets {start}-{end} give {text[start:end]!r}, the line says {cols[2]!r}"
                )
            if kind:
                spans[ident] = (kind, GoldSpan(start, end, text[start:end]))
        elif ident.startswith("E"):
            args = cols[1].split() if len(cols) > 1 else []
            ids = [a.split(":", 1)[1] for a in args if ":" in a]
            pending.append((lineno, ids))
            event_groups.append(ids)
        elif ident.startswith("R"):
            args = cols[1].split() if len(cols) > 1 else []
            ids = [a.split(":", 1)[1] for a in args[1:] if ":" in a]
            if len(ids) != 2:
                raise GoldFormatError(f"{where}: R line needs 'ID<TAB>Type Arg1:Tx Arg2:Ty'")
            pending.append((lineno, ids))
            link(ids[0], ids[1])
    for lineno, ids in pending:
        for i in ids:
            if i.startswith("E"):
                continue  # an event used as an argument: its own line already links its members
            if i not in spans:
                raise GoldFormatError(
                    f"{ann}:{lineno}: refers to {i}, which is not a Source/Cue/Content span"
                )
    for ids in event_groups:
        for a in ids:
            for b in ids:
                if a != b:
                    link(a, b)

    def linked(ident: str, kind: str) -> list[str]:
        return sorted((x for x in links.get(ident, ()) if spans.get(x, ("",))[0] == kind), key=_tnum)

    statements: list[GoldStatement] = []
    used_contents: set[str] = set()
    for ident in sorted((i for i, (k, _) in spans.items() if k == "cue"), key=_tnum):
        contents = linked(ident, "content")
        speakers = linked(ident, "speaker")
        if not contents:
            # A cue linked to its source only, with the content linked to the source.
            contents = [c for s in speakers for c in linked(s, "content")]
        for c in contents:
            sp = speakers or linked(c, "speaker")
            used_contents.add(c)
            statements.append(
                GoldStatement(
                    speaker=spans[sp[0]][1] if sp else None, cue=spans[ident][1], content=spans[c][1]
                )
            )
    for ident in sorted((i for i, (k, _) in spans.items() if k == "content"), key=_tnum):
        if ident in used_contents:
            continue
        sp = linked(ident, "speaker")
        statements.append(
            GoldStatement(speaker=spans[sp[0]][1] if sp else None, cue=None, content=spans[ident][1])
        )
    statements.sort(key=lambda s: (s.content.start, s.content.end))
    m = re.search(r"(\d{4}-\d{2}-\d{2})", ann.stem)
    return GoldText(id=ann.stem, text=text, date=m.group(1) if m else None, statements=tuple(statements))


def _tnum(ident: str) -> tuple[int, str]:
    """Sort key for brat ids: T2 before T10."""
    digits = "".join(ch for ch in ident if ch.isdigit())
    return (int(digits) if digits else 0, ident)
