"""The pipeline: stream inputs, parse each article once, code it, and store or print the results.

Memory stays flat: inputs are read lazily, articles travel in small batches, at most a few
batches are in flight between processes, and each batch is committed before the next is read
much further.
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import multiprocessing as mp
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from eventwire.analyze import analyze
from eventwire.records import Analysis, Article, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_BATCH = 32


@dataclass
class Summary:
    """What a run did: counts, rejections with reasons, speed."""

    command: str
    stored: int = 0
    duplicates: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    coding_errors: list[str] = field(default_factory=list)
    events: int = 0
    statements: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every input was stored or was a duplicate."""
        return not self.rejected

    def to_json(self) -> dict[str, object]:
        """The summary as a JSON-ready dict."""
        return {
            "command": self.command,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "rejected": [{"path": r.path, "line": r.line, "reason": r.reason} for r in self.rejected],
            "coding_errors": self.coding_errors,
            "events": self.events,
            "statements": self.statements,
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.stored / self.seconds, 2) if self.seconds else None,
        }


# -- the per-batch stage (runs in this process or in a worker) ----------------------------------
def process_batch(articles: Sequence[Article], coders: bool = True) -> list[Analysis | Rejection]:
    """Parse a batch of articles once with spaCy and analyse each; failures become records, not crashes."""
    from eventwire.nlp import doc_to_bytes, load_pipeline

    nlp = load_pipeline()
    out: list[Analysis | Rejection] = []
    docs: list[Doc | None]
    try:
        docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    except Exception:  # one bad text must not sink the batch: parse one by one
        docs = []
        for a in articles:
            try:
                docs.append(nlp(a.text))
            except Exception as exc:  # noqa: BLE001 - recorded as the article's rejection
                docs.append(None)
                out.append(Rejection(path=a.source_path or a.id, reason=f"parse failed: {type(exc).__name__}: {exc}"))
    for art, doc in zip(articles, docs, strict=True):
        if doc is None:
            continue
        out.append(analyze_or_flag(art, doc, coders=coders, doc_bytes=doc_to_bytes(doc)))
    return out


CODING_ERROR = "coding-error:"


def analyze_or_flag(art: Article, doc: Doc, *, coders: bool = True, doc_bytes: bytes = b"") -> Analysis:
    """Analyse one article; a coding error keeps the article and its parse, uncoded and flagged.

    Ingest and recode share this step, so an article whose coding fails is handled the same way by
    both: it stays stored, carries a `coding-error:...` flag (read back by `Summary.coding_errors`)
    and has no codings, rather than silently keeping stale ones. A later successful coding clears
    the flag.
    """
    clean = replace(art, flags=tuple(f for f in art.flags if not f.startswith(CODING_ERROR)))
    try:
        return analyze(clean, doc, coders=coders, doc_bytes=doc_bytes)
    except Exception as exc:  # noqa: BLE001 - one article's coding bug must not sink the batch
        flagged = replace(clean, flags=(*clean.flags, f"{CODING_ERROR}{type(exc).__name__}: {exc}"[:300]))
        return analyze(flagged, doc, coders=False, doc_bytes=doc_bytes)


def _coding_errors(analyses: Sequence[Analysis]) -> list[str]:
    """'article-id: error' for every analysed article flagged with a coding error."""
    return [
        f"{an.article.id}: {f[len(CODING_ERROR):]}" for an in analyses for f in an.article.flags if f.startswith(CODING_ERROR)
    ]


class LongLivedHeap:
    """Keeps the cyclic garbage collector off the objects loaded for coding, for one command run.

    The spaCy pipeline, the knowledge base, the lexicons and the codebook are a few hundred thousand
    Python objects that live as long as the process, and every full collection walks all of them while
    coding articles allocates enough to trigger one every few dozen articles (measured: 1.0 s of a 12 s
    `recode` of the 294 Wikinews articles). They are all loaded once a first article has been coded here:
    `loaded()` then freezes everything alive (`gc.freeze`: left out of the collector's walks; reference
    counting still frees what is dropped, only reference cycles among them wait) and makes the young
    generation larger (the coders allocate about a million short-lived objects: 1,476 young collections per
    294 articles at the default 700 became 100). Leaving the run restores both. A caller that froze the
    heap itself keeps its own settings. Measured on the 294 Wikinews articles: time in the collector
    during `recode` 1.2 s -> 0.3 s.
    """

    #: Allocations between collections of the youngest generation while frozen (Python's default: 700).
    YOUNG_THRESHOLD = 10_000

    def __init__(self) -> None:
        self.saved: tuple[int, int, int] | None = None

    def __enter__(self) -> LongLivedHeap:
        return self

    def loaded(self) -> None:
        """Freeze everything alive now (once per run; not when the caller froze the heap itself)."""
        if self.saved is None and not gc.get_freeze_count():
            self.saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(max(self.saved[0], self.YOUNG_THRESHOLD), *self.saved[1:])

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            gc.set_threshold(*self.saved)
            gc.unfreeze()
            self.saved = None


def _worker_init() -> None:
    from eventwire.nlp import load_pipeline

    load_pipeline()


def run_batches(
    batches: Iterable[list[Article]], *, workers: int = 1, coders: bool = True
) -> Iterator[tuple[list[Article], list[Analysis | Rejection]]]:
    """Process article batches in order, in-process (workers=1) or in a pool of worker processes."""
    if workers <= 1:
        for batch in batches:
            yield batch, process_batch(batch, coders)
        return
    ctx = mp.get_context("spawn")  # fork would copy DuckDB and thread state into the workers
    with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init) as pool:
        pending: deque[tuple[list[Article], cf.Future[list[Analysis | Rejection]]]] = deque()
        for batch in batches:
            pending.append((batch, pool.submit(process_batch, batch, coders)))
            if len(pending) >= 2 * workers:  # bounded in-flight work keeps memory flat
                b, fut = pending.popleft()
                yield b, fut.result()
        while pending:
            b, fut = pending.popleft()
            yield b, fut.result()


def _progress(enabled: bool | None, desc: str) -> object:
    from tqdm import tqdm

    disable = None if enabled is None else not enabled  # None: only on a terminal
    return tqdm(desc=desc, unit=" articles", disable=disable, smoothing=0.1, dynamic_ncols=True)


# -- ingest -----------------------------------------------------------------------------------
def ingest(
    paths: Sequence[str],
    *,
    db: str,
    options: object | None = None,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH,
    coders: bool = True,
    progress: bool | None = None,
    on_rejection: Callable[[Rejection], None] | None = None,
) -> Summary:
    """Read inputs, skip what the store holds, parse and code the rest, and store it batch by batch."""
    from eventwire.ingest import IngestOptions, read_inputs
    from eventwire.nlp import EXPECTED_META
    from eventwire.store.db import Store

    opts = options if isinstance(options, IngestOptions) else IngestOptions()
    summary = Summary(command="ingest")
    started = time.perf_counter()
    run_id = uuid.uuid4().hex[:16]
    with Store(db) as store, LongLivedHeap() as heap:
        store.start_run(run_id, "ingest " + " ".join(paths))
        in_flight_ids: set[str] = set()
        in_flight_hashes: set[str] = set()

        def reject(r: Rejection) -> None:
            summary.rejected.append(r)
            store.write_rejections([r])
            if on_rejection:
                on_rejection(r)

        def fresh(batch: list[Article]) -> list[Article]:
            ids, hashes = store.known(batch)
            keep = []
            for a in batch:
                if a.id in ids or a.id in in_flight_ids or a.content_hash in hashes or a.content_hash in in_flight_hashes:
                    summary.duplicates += 1
                    continue
                in_flight_ids.add(a.id)
                in_flight_hashes.add(a.content_hash)
                keep.append(a)
            return keep

        def batches() -> Iterator[list[Article]]:
            batch: list[Article] = []
            for item in read_inputs(paths, options=opts):
                if isinstance(item, Rejection):
                    reject(item)
                    continue
                batch.append(item)
                if len(batch) >= batch_size:
                    kept = fresh(batch)
                    batch = []
                    if kept:
                        yield kept
            if batch:
                kept = fresh(batch)
                if kept:
                    yield kept

        bar = _progress(progress, "ingest")
        try:
            for batch, results in run_batches(batches(), workers=workers, coders=coders):
                analyses = [r for r in results if isinstance(r, Analysis)]
                for r in results:
                    if isinstance(r, Rejection):
                        reject(r)
                store.write_analyses(analyses, model=EXPECTED_META["name"], model_version=EXPECTED_META["version"])
                for a in batch:
                    in_flight_ids.discard(a.id)
                    in_flight_hashes.discard(a.content_hash)
                for an in analyses:
                    summary.events += len(an.events)
                    summary.statements += len(an.statements)
                summary.coding_errors.extend(_coding_errors(analyses))
                summary.stored += len(analyses)
                if workers <= 1 and coders:
                    heap.loaded()  # the batch was coded in this process: the coders' data is loaded
                bar.update(len(batch))  # type: ignore[attr-defined]
                bar.set_postfix(stored=summary.stored, dup=summary.duplicates, rejected=len(summary.rejected))  # type: ignore[attr-defined]
        finally:
            bar.close()  # type: ignore[attr-defined]
            summary.seconds = time.perf_counter() - started
            store.finish_run(
                run_id,
                stored=summary.stored,
                duplicates=summary.duplicates,
                rejected=len(summary.rejected),
                seconds=summary.seconds,
            )
    return summary


# -- extract ----------------------------------------------------------------------------------
def extract(
    paths: Sequence[str], *, options: object | None = None, batch_size: int = DEFAULT_BATCH, coders: bool = True
) -> Iterator[Analysis | Rejection]:
    """Run the pipeline on inputs without a store, yielding one Analysis per article (or a Rejection)."""
    from eventwire.ingest import IngestOptions, read_inputs

    opts = options if isinstance(options, IngestOptions) else IngestOptions()

    batch: list[Article] = []
    for item in read_inputs(paths, options=opts):
        if isinstance(item, Rejection):
            yield item
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            yield from process_batch(batch, coders)
            batch = []
    if batch:
        yield from process_batch(batch, coders)


def analyze_texts(articles: Sequence[Article], *, coders: bool = True) -> list[Analysis]:
    """Analyse in-memory articles (for evaluation and tests); raises if any article fails to parse or to code.

    Unlike ingest and extract, which keep a failing article flagged and go on, a caller of this function
    wants every article coded: a coder bug must not look like an article without events.
    """
    out = []
    for r in process_batch(list(articles), coders):
        if isinstance(r, Rejection):
            raise RuntimeError(f"{r.path}: {r.reason}")
        errors = _coding_errors([r])
        if errors:
            raise RuntimeError(f"coding error in {errors[0]}")
        out.append(r)
    return out


# -- recode -----------------------------------------------------------------------------------
#: Articles per recode batch (one transaction each). Larger than ingest's: a batch holds only serialized
#: parses (decoded one at a time) and small results, while each commit costs three deletes and three
#: inserts; on 4,000 stored briefs 256 per batch halved the store time of 64 (2.33 s -> 1.06 s).
RECODE_BATCH = 256


def recode(
    *, db: str, batch_size: int = RECODE_BATCH, progress: bool | None = None, article_ids: Sequence[str] | None = None
) -> Summary:
    """Re-run actor resolution, statements and event coding on stored parses, without re-parsing."""
    from eventwire.nlp import doc_from_bytes
    from eventwire.store.db import Store

    summary = Summary(command="recode")
    started = time.perf_counter()
    bar = _progress(progress, "recode")
    with Store(db) as store, LongLivedHeap() as heap:
        try:
            for batch in store.iter_parses(batch_size=batch_size, article_ids=article_ids):
                analyses = []
                for art, data in batch:  # the bar moves per article: a batch is hundreds of them
                    analyses.append(analyze_or_flag(art, doc_from_bytes(data), coders=True))
                    heap.loaded()
                    bar.update(1)  # type: ignore[attr-defined]
                summary.coding_errors.extend(_coding_errors(analyses))
                changed = {
                    a.article.id: a.article.flags for a, (art, _) in zip(analyses, batch, strict=True) if a.article.flags != art.flags
                }
                store.replace_codings(analyses, flags=changed)
                summary.stored += len(analyses)
                summary.events += sum(len(a.events) for a in analyses)
                summary.statements += sum(len(a.statements) for a in analyses)
        finally:
            bar.close()  # type: ignore[attr-defined]
    summary.seconds = time.perf_counter() - started
    return summary

