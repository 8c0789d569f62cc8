"""One article's parse turned into records: sentences, mentions, then the coders (actors,
statements, events). Plain functions of (Article, Doc) so they run in any process."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from eventwire.nlp import doc_ents, doc_text, sentence_spans
from eventwire.records import Analysis, Article, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentences_of(doc: Doc) -> tuple[Sentence, ...]:
    """The sentences of a parsed Doc with character offsets."""
    full = doc_text(doc)  # Doc.text joins every token: compute it once per document
    out = []
    for i, s in enumerate(sentence_spans(doc)):
        # paragraph breaks stay outside the sentence: offsets cover its words only
        text = full[s.start_char : s.end_char]
        start = s.start_char + (len(text) - len(text.lstrip()))
        end = max(start, s.start_char + len(text.rstrip()))
        out.append(Sentence(index=i, start=start, end=end, text=full[start:end]))
    return tuple(out)


def mentions_of(doc: Doc, sentences: tuple[Sentence, ...]) -> tuple[Mention, ...]:
    """Named-entity mentions with character offsets and the index of their sentence."""
    starts = [s.start for s in sentences]
    out = []
    sent_i = 0
    for i, ent in enumerate(doc_ents(doc)):
        while sent_i + 1 < len(starts) and starts[sent_i + 1] <= ent.start_char:
            sent_i += 1
        out.append(
            Mention(
                index=i,
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                sentence_index=sent_i,
            )
        )
    return tuple(out)


def analyze(article: Article, doc: Doc, *, coders: bool = True, doc_bytes: bytes = b"") -> Analysis:
    """Extract sentences, mentions and (with `coders`) actors, statements and events."""
    sentences = sentences_of(doc)
    mentions = mentions_of(doc, sentences)
    if not coders:
        return Analysis(article=article, sentences=sentences, mentions=mentions, doc_bytes=doc_bytes)
    from eventwire.actors import ArticleActors, load_knowledge_base
    from eventwire.events import code_events
    from eventwire.statements import extract_statements
    from eventwire.statements.outlet import infer_outlet

    if not article.outlet:
        # the first layer of every reporting chain; flagged so users know it came from the text
        outlet = infer_outlet([s.text for s in sentences])
        if outlet:
            article = replace(article, outlet=outlet, flags=(*article.flags, "outlet-from-text"))
    actors = ArticleActors(doc, article, load_knowledge_base())
    statements = extract_statements(doc, article, actors)
    events = code_events(doc, article, actors, statements)
    return Analysis(
        article=article,
        sentences=sentences,
        mentions=mentions,
        actors=tuple(actors.mentions),
        events=tuple(events),
        statements=tuple(statements),
        doc_bytes=doc_bytes,
    )
