"""Statement extraction: who said what (direct, indirect, mixed), through which reporting chain.

Rules, in the order they run; each statement records the rule that fired:
  dash-trailer      "... - the publication quotes an unnamed official."  (paragraph-final attribution)
  colon             "Bessent: If Putin does not ..."  (headline or line-initial speaker and colon)
  speech-verb       speech verbs with their clause, a neighbouring quote or a colon
  belief-verb       belief verbs with their clause ("Rubio explained that Trump believes that ...")
  quoting-verb      "The authors quote an official who "..."" (the object is the speaker)
  quoted-as-saying  "The agency quoted X as saying ..."
  impersonal        "It is noted that ..." inside material attributed to a reported outlet
  anaphoric         "This is reported in a material of X" (the content is the previous sentence)
  according-to      "According to X, ..."
  continuation      a quote that carries on the previous speaker's quote without a cue of its own
Quotes found in the raw text then decide each statement's kind and widen its content; speakers are
resolved (actor codes, pronouns to the previous speaker), then reporting chains and sourcing flags.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.records import ActorRef, Article, Span, Statement, stable_id
from eventwire.statements.lexicon import CueLexicon, default_lexicon
from eventwire.statements.quotes import Quote, find_quotes
from eventwire.statements.sourcing import (
    anonymity_marker,
    hedge_in,
    is_outlet_phrase,
    is_unnamed_role,
    outlet_alias,
    statement_date,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class ActorLookup(Protocol):
    """What the extractor needs from eventwire.actors.ArticleActors."""

    def actor_at(self, token: Any) -> ActorRef | None:
        """The coded actor of the noun phrase headed by `token`, or None."""
        ...


_PRONOUNS = {"he", "she", "him", "her", "they", "them", "it"}
_PLURAL_PRONOUNS = {"they", "them"}
_RELATIVE = {"who", "that", "which", "whom"}
_SELF = {"i", "we", "you", "me", "us"}
_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e"
_EDGE_STRIP = " \t\n,;:-\u2013\u2014" + _QUOTE_CHARS
_DASHES = "-\u2013\u2014"


@dataclass
class _Cand:
    """A statement under construction (mutable until it becomes a Statement)."""

    rule: str
    cue: tuple[int, int] | None
    cue_token: Token | None
    content: tuple[int, int]
    speaker_head: Token | None = None
    speaker_span: tuple[int, int] | None = None
    via_outlet: str | None = None  # a publication layer named with the cue ("the paper quotes X")
    impersonal: bool = False
    anaphoric: bool = False  # "This is reported in X": the content is the previous sentence
    cited: str | None = None  # "Reuters, citing anonymous sources, reported": the cited layer
    cited_head: Token | None = None
    speaker_verb: Token | None = None  # the verb the speaker is subject of (for continued quotes)
    that_clause: bool = False  # content introduced by "that": quote inside makes it mixed
    kind: str = "indirect"
    # filled by resolution
    ref: ActorRef | None = None
    layer: str | None = None
    anonymous_phrase: str | None = None
    is_outlet: bool = False
    chain: tuple[str, ...] = field(default_factory=tuple)


class _Text:
    """Character-level helpers over one article: paragraphs, sentences, quotes."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        self._para_starts = [p[0] for p in self.paragraphs]
        self.sents = list(doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self.quotes = find_quotes(self.text)

    def para_of(self, pos: int) -> int:
        """Index of the paragraph holding character `pos`."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sent_of(self, pos: int) -> int:
        """Index of the sentence holding character `pos`."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose `pos`."""
        for q in self.quotes:
            if q.contains(pos):
                return q
        return None

    def trim(self, start: int, end: int, extra: str = "") -> tuple[int, int]:
        """Shrink a span past edge whitespace, punctuation and quote marks; keep a final '.?!'
        only inside quotes (it is part of what was said there)."""
        chars = _EDGE_STRIP + extra
        while True:
            while start < end and self.text[start] in chars:
                start += 1
            while end > start and (self.text[end - 1] in chars or self.text[end - 1] in ".!?"):
                end -= 1
            # a clause cut by the parser may end on its conjunction ("... corruption but")
            m = re.search(r"\s(?:and|but|or)$", self.text[start:end])
            if not m:
                return start, end
            end = start + m.start()


def _np_tokens(head: Token) -> list[Token]:
    """The tokens of the noun phrase headed by `head`, without a relative clause or a comma-led
    participle after it ("an official who ...", "a diplomat, speaking on condition ...")."""
    toks = sorted(head.subtree, key=lambda t: t.i)
    cut = None
    for t in toks:
        if t.i <= head.i:
            continue
        if t.dep_ == "relcl":
            cut = t.left_edge.i
            break
        nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
        if t.text == "," and nxt is not None and (nxt.lower_ in _RELATIVE or nxt.tag_ in ("VBG", "VBN")):
            cut = t.i
            break
    toks = [t for t in toks if cut is None or t.i < cut]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    doc = head.doc
    # "said study co-author Karen Alley": the parser splits hyphenated titles from the name
    while toks and toks[-1].i + 1 < len(doc) and len(toks) < 12:
        last, nxt = toks[-1], doc[toks[-1].i + 1]
        joined = not last.whitespace_ and (nxt.text == "-" or last.text == "-") and nxt.is_alpha | (nxt.text == "-")
        name_follows = nxt.pos_ == "PROPN" and last.pos_ in ("PROPN", "NOUN") and last.whitespace_ == " " \
            and nxt.dep_ in ("compound", "appos", "nsubj", "npadvmod", "dobj", "pobj")
        if not (joined or (name_follows and any(t.text == "-" for t in toks))):
            break
        toks.append(nxt)
    opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    if opened > 0 and toks[-1].i + 1 < len(head.doc) and head.doc[toks[-1].i + 1].text == ")":
        toks.append(head.doc[toks[-1].i + 1])  # "Conference of Bishops (CBCP)" keeps its bracket
    # a noun phrase never runs over a paragraph break
    out: list[Token] = []
    for t in toks:
        if "\n" in t.text_with_ws and t.i < head.i:
            out = []
            continue
        out.append(t)
        if ("\n" in t.whitespace_ or (t.is_space and "\n" in t.text)) and t.i >= head.i:
            break
    return out or [head]


def _subject(
    verb: Token, speech: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()
) -> tuple[Token | None, bool]:
    """Grammatical subject of a verb (climbing conjunctions and participles), and whether passive.
    Through a participle ("..., noting that") only a speaking verb or a name lends its subject."""
    cur: Token | None = verb
    via_advcl = False
    for _ in range(4):
        if cur is None:
            break
        for child in cur.children:
            if child.dep_ in ("nsubj", "csubj", "nsubjpass"):
                if via_advcl and cur.lemma_.lower() not in speech and child.pos_ == "NOUN" \
                        and child.lemma_.lower() not in people \
                        and not any(t.ent_type_ or t.pos_ == "PROPN" for t in child.subtree):
                    # "denied that the decision was political, saying ...": the participle belongs
                    # to the speaking verb above the clause; "margins are thin, while noting": nobody
                    if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in speech:
                        return _subject(cur.head, speech, people)
                    return None, False
                return child, child.dep_ == "nsubjpass"
        if cur.dep_ in ("conj", "advcl", "xcomp", "pcomp") and cur.head is not cur:
            via_advcl = via_advcl or cur.dep_ == "advcl"
            cur = cur.head
            continue
        break
    return None, False


class _Extractor:
    """Runs the rules over one parsed article."""

    def __init__(self, doc: Doc, article: Article, actors: ActorLookup | None, lex: CueLexicon) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.lex = lex
        self.t = _Text(doc)
        self.cands: list[_Cand] = []
        self.used_cues: set[int] = set()
        self._source_spans: dict[int, tuple[int, int]] = {}  # named sources found inside phrases

    # ------------------------------------------------------------------ rules
    def dash_trailers(self) -> None:
        """Paragraph-final '- the article says.' and '- the publication quotes X.'"""
        text = self.t.text
        for p_start, p_end in self.t.paragraphs:
            para = text[p_start:p_end]
            for m in re.finditer(r"(?:^|\s)([" + _DASHES + r"])\s+", para):
                dash = p_start + m.start(1)
                tail = text[dash + 1 : p_end].strip()
                if not tail or len(tail.split()) > 14:
                    continue
                span = self.doc.char_span(dash + 1, p_end, alignment_mode="expand")
                if span is None:
                    continue
                verbs = [tok for tok in span if tok.lemma_.lower() in self.lex.speech_verbs
                         and tok.pos_ in ("VERB", "AUX", "NOUN")]
                if not verbs:
                    continue
                verb = verbs[0]
                c_start, c_end = self.t.trim(p_start, dash)
                if c_end - c_start < 10:
                    continue
                speaker = via = None
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if verb.lemma_.lower() in self.lex.quoting_verbs:
                    speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
                    if subj is not None:
                        via = " ".join(x.text for x in _np_tokens(subj))
                else:
                    speaker = subj
                    if speaker is None:  # "- said the minister."
                        speaker = next((tok for tok in span if tok.i > verb.i and tok.pos_ in ("NOUN", "PROPN")), None)
                if speaker is None:
                    continue
                self.used_cues.add(verb.i)
                self.cands.append(_Cand("dash-trailer", (verb.idx, verb.idx + len(verb.text)), verb,
                                        (c_start, c_end), speaker_head=speaker.head if speaker.dep_ == "compound" else speaker,
                                        via_outlet=via, kind="direct"))
                break

    def colon_lines(self) -> None:
        """'Speaker: content' at the start of a paragraph (headline style)."""
        text = self.t.text
        for p_start, p_end in self.t.paragraphs:
            m = re.match(r"\s*([^:\n]{1,60}?)\s?:\s+(\S.*)$", text[p_start:p_end])
            if not m:
                continue
            pre_s, pre_e = p_start + m.start(1), p_start + m.end(1)
            span = self.doc.char_span(pre_s, pre_e, alignment_mode="expand")
            if span is None or not 1 <= len(span) <= 5:
                continue
            words = [tok for tok in span if not tok.is_punct and tok.tag_ != "POS"]
            if not words or words[0].lower_ in self.lex.colon_label_words:
                continue
            if any(t.text in ".!?" for t in span):
                continue
            colon = pre_e + text[pre_e:p_end].index(":")
            capitalised = all(w.text[:1].isupper() or w.lower_ in ("of", "the", "de", "von", "al", "bin") for w in words)
            opens_quote = text[colon + 1 : p_end].lstrip()[:1] in _QUOTE_CHARS
            # "Sri Lanka's finance ministry: "..."": lower-case words only before a quotation
            if not capitalised and not (opens_quote and words[0].text[:1].isupper()
                                        and all(w.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP") for w in words)):
                continue
            rest = self.doc.char_span(pre_e, p_end, alignment_mode="expand")
            if words[-1].ent_type_ in ("GPE", "LOC") and rest is not None and not any(
                t.lower_ in ("i", "we", "our", "us", "my") or t.tag_ == "MD" or self.t.quote_at(t.idx)
                for t in rest
            ):
                continue  # "Somalia: fighters attack base" names a place, not a speaker
            # the paragraph's first word is capitalised anyway: one-word prefixes must not be
            # ordinary words that open a sentence ("Result: ..."), so they need a name-like tag
            if len(words) > 1 and not any(w.pos_ == "PROPN" or w.ent_type_ for w in words):
                continue
            if any(w.pos_ in ("VERB", "AUX", "PRON", "ADV") for w in words):
                continue
            c_start, c_end = self.t.trim(colon + 1, p_end)
            content_span = self.doc.char_span(c_start, c_end, alignment_mode="expand")
            if content_span is None or len(content_span) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in content_span):
                continue  # captions and labels ("Image: J. Smith") say nothing
            head = span.root
            if head.i < span.start or head.i >= span.end:
                head = words[-1]
            colon_tok = self.doc.char_span(colon, colon + 1, alignment_mode="expand")
            ctok = colon_tok[0] if colon_tok is not None else None
            cand = _Cand("colon", (colon, colon + 1), ctok, (c_start, c_end), speaker_head=head,
                         speaker_span=(words[0].idx, words[-1].idx + len(words[-1].text)))
            self.cands.append(cand)

    def _adjacent_quote(self, verb: Token, subj: Token | None) -> Quote | None:
        """A quotation ending just before the attribution ('"...," he said') or starting after it
        ('he said, "..."'), within the verb's paragraph."""
        text = self.t.text
        left = min([verb.idx] + ([subj.left_edge.idx] if subj is not None else []))
        right_tok = max([verb] + ([subj] if subj is not None else []), key=lambda x: x.i)
        right = right_tok.idx + len(right_tok.text)
        para = self.t.paragraphs[self.t.para_of(verb.idx)]
        for q in self.t.quotes:
            if q.outer_end <= left and q.outer_end >= para[0] - 1 or q.outer_end <= left and q.paragraphs > 1:
                gap = text[q.outer_end:left]
                if len(gap.strip(" ,;\u2013\u2014-")) == 0 and "\n" not in gap:
                    return q
            if q.outer_start >= right:
                gap = text[right:q.outer_start]
                if len(gap.strip()) <= 1 and gap.strip() in ("", ",", ":") and "\n" not in gap:
                    return q
                # 'He told reporters: "..."': a colon closes the clause before the quote
                colon = text.find(":", right, q.outer_start)
                if colon != -1 and "\n" not in text[right:colon] and not text[colon + 1:q.outer_start].strip():
                    return q
        return None

    def verbs(self) -> None:
        """Speech, belief and quoting verbs with their content clause or a neighbouring quote."""
        lex = self.lex
        for tok in self.doc:
            lemma = tok.lemma_.lower()
            if tok.i in self.used_cues or tok.pos_ not in ("VERB",):
                continue
            # "made clear that ...": a light verb with "clear" speaks like "said"
            made_clear = lemma == "make" and any(c.lower_ == "clear" for c in tok.children)
            is_speech = lemma in lex.speech_verbs or made_clear
            is_belief = lemma in lex.belief_verbs
            if not (is_speech or is_belief):
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            subj, passive = _subject(tok, lex.speech_verbs | lex.belief_verbs, lex.anonymous_heads | lex.outlet_nouns)
            if subj is None and tok.dep_ in ("ROOT", "ccomp", "conj"):
                subj = self._subject_before(tok)  # a misparse left the verb without a subject
            elif subj is not None and self.t.para_of(subj.idx) != self.t.para_of(tok.idx):
                # the parser joined a headline to the next paragraph: take the phrase before the verb
                subj, passive = self._subject_before(tok), False
            quoting = lemma in lex.quoting_verbs
            via = None
            speaker: Token | None
            quoter = tok.head.head if tok.head.lower_ == "as" and tok.dep_ in ("pcomp", "advcl") else None
            if quoter is not None and quoter.lemma_.lower() in lex.quoting_verbs:
                # "the agency quoted X as saying ...", "X was quoted by the agency as saying ..."
                q_subj = next((c for c in quoter.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                agent = next((c for c in quoter.children if c.dep_ == "agent"), None)
                if q_subj is not None and q_subj.dep_ == "nsubjpass":
                    speaker = q_subj
                    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                    via = " ".join(x.text for x in _np_tokens(by)) if by is not None else None
                else:
                    speaker = next((c for c in quoter.children if c.dep_ == "dobj"), None)
                    via = " ".join(x.text for x in _np_tokens(q_subj)) if q_subj is not None else None
                passive = False
                self.used_cues.add(quoter.i)
            elif quoting:
                speaker = next((c for c in tok.children if c.dep_ == "dobj"), None)
                via = " ".join(x.text for x in _np_tokens(subj)) if subj is not None else None
            else:
                speaker = subj
            impersonal = anaphoric = False
            if passive and speaker is not None:
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                if agent is not None:
                    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None)
                elif speaker.lower_ == "it":
                    impersonal = True
                    speaker = None
                elif speaker.lower_ == "this":
                    anaphoric = True
                    speaker = self._reporting_source(tok)
                else:
                    continue  # "he was told that ..." : the subject is the hearer
            if speaker is not None and speaker.lower_ in _RELATIVE and tok.dep_ == "relcl":
                speaker = tok.head
            if speaker is not None and speaker.lower_ in _SELF:
                # "I think" inside a quote is part of that quote; outside quotes first and second
                # person belong to interview transcripts and questions, whose speaker the text
                # does not name at that point
                continue
            if speaker is not None and speaker.lower_ in ("there", "what", "which", "that"):
                continue
            if speaker is None and not (impersonal or anaphoric):
                continue
            content: tuple[int, int] | None = None
            that_clause = False
            # the clause nearest after the verb, inside its paragraph (the parser may hang a clause
            # of the previous paragraph on it)
            para_i = self.t.para_of(tok.idx)
            ccomps = [c for c in tok.children if c.dep_ == "ccomp" and self.t.para_of(c.idx) == para_i]
            if made_clear and not ccomps:
                clear = next(c for c in tok.children if c.lower_ == "clear")
                ccomps = [c for c in clear.children if c.dep_ == "ccomp"]
            ccomp = min(ccomps, key=lambda c: (c.i < tok.i, abs(c.i - tok.i))) if ccomps else None
            if anaphoric:
                content = self._previous_sentence(tok)
            elif ccomp is not None:
                toks = sorted(ccomp.subtree, key=lambda x: x.i)
                # the parser may split one clause into two complements on the same side of the verb
                for other in ccomps:
                    if other is not ccomp and (other.i > tok.i) == (ccomp.i > tok.i):
                        toks = sorted(set(toks) | set(other.subtree), key=lambda x: x.i)
                if toks and toks[0].lower_ == "that" and toks[0].dep_ == "mark":
                    that_clause = True
                    toks = toks[1:]
                if toks:
                    content = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
                    # a clause never runs over a paragraph break (quotes widen it again later)
                    para = self.t.paragraphs[self.t.para_of(tok.idx)]
                    content = (max(content[0], para[0]), min(content[1], para[1]))
            elif is_belief and not quoting:
                continue
            if content is None and quoting and speaker is not None:
                q = next((self.t.quote_at(c.idx) for c in speaker.subtree if self.t.quote_at(c.idx)), None)
                if q is not None:
                    content = (q.start, q.end)
            if content is None and tok.dep_ == "parataxis" and tok.head.i < tok.i:
                head = tok.head
                toks = [x for x in head.subtree if x.i < tok.i and not (subj is not None and x in set(subj.subtree))]
                if toks:
                    content = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
            if content is None:
                q = self._adjacent_quote(tok, speaker)
                if q is not None:
                    content = (q.start, q.end)
            if content is None and speaker is not None and not is_belief:
                content = self._fronted_content(tok, speaker)
            if content is None:
                continue
            c_start, c_end = self.t.trim(*content)
            if c_end - c_start < 3:
                continue
            cited = cited_head = None
            for holder in (tok, speaker):
                for child in (holder.children if holder is not None else ()):
                    if child.lemma_.lower() in lex.quoting_verbs and child.tag_ == "VBG":
                        obj = next((g for g in child.children if g.dep_ == "dobj"), None)
                        if obj is not None:
                            cited_head = obj
                            cited = " ".join(x.text for x in _np_tokens(obj))
                            self.used_cues.add(child.i)
            if lemma == "tell" and via is None:
                hearer = next((g for g in tok.children if g.dep_ in ("dobj", "dative")), None)
                if hearer is not None:
                    h_toks = _np_tokens(hearer)
                    # only a named outlet is a layer ("told Reuters"), not "told reporters"
                    if (hearer.pos_ == "PROPN" or hearer.ent_type_) and is_outlet_phrase(
                            h_toks, hearer, lex, self.article.outlet):
                        via = self.t.text[h_toks[0].idx : h_toks[-1].idx + len(h_toks[-1].text)]
            cue_end = tok.idx + len(tok.text)
            prt = next((c for c in tok.children if (c.dep_ == "prt" or (made_clear and c.lower_ == "clear"))
                        and c.i == tok.i + 1), None)
            if prt is not None:
                cue_end = prt.idx + len(prt.text)
            if impersonal:
                rule = "impersonal"
            elif anaphoric:
                rule = "anaphoric"
            elif quoter is not None and quoter.i in self.used_cues and quoter.lemma_.lower() in lex.quoting_verbs:
                rule = "quoted-as-saying"
            elif quoting:
                rule = "quoting-verb"
            else:
                rule = "belief-verb" if is_belief and not is_speech else "speech-verb"
            self.cands.append(_Cand(
                rule,
                (tok.idx, cue_end), tok, (c_start, c_end),
                speaker_head=speaker, via_outlet=via,
                speaker_span=self._source_spans.get(speaker.i) if speaker is not None and anaphoric else None,
                impersonal=impersonal, anaphoric=anaphoric, that_clause=that_clause,
                cited=cited, cited_head=cited_head,
            ))
            self.used_cues.add(tok.i)

    def _fronted_content(self, verb: Token, speaker: Token) -> tuple[int, int] | None:
        """'Content, the minister announced on Wednesday.': the attribution closes the sentence after
        a comma, whatever the parser made of it; the content is what comes before the comma."""
        sent = verb.sent
        left = min(speaker.left_edge.i, verb.i)
        if left <= sent.start or self.doc[left - 1].text != ",":
            return None
        # after the verb only adjuncts may follow ("on Wednesday", "in a statement"), no object clause
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children if c.i > verb.i):
            return None
        para = self.t.paragraphs[self.t.para_of(verb.idx)]
        start = max(sent.start_char, para[0])
        end = self.doc[left - 1].idx
        if len(self.t.text[start:end].split()) < 3:
            return None
        return (start, end)

    def _subject_before(self, verb: Token) -> Token | None:
        """The noun right before a verb in its own paragraph (skipping adverbs), as a fallback subject."""
        para_start = self.t.paragraphs[self.t.para_of(verb.idx)][0]
        i = verb.i - 1
        while i >= 0 and self.doc[i].idx >= para_start and self.doc[i].pos_ in ("ADV", "AUX", "PART"):
            i -= 1
        if i < 0 or self.doc[i].idx < para_start or self.doc[i].pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        return self.doc[i]

    def _reporting_source(self, verb: Token) -> Token | None:
        """For 'This is reported in a material of X': the first named source X in the verb's phrases."""
        lo = min((t.i for c in verb.children if c.dep_ in ("prep", "agent") for t in c.subtree), default=None)
        if lo is None:
            return None
        hi = max(t.i for c in verb.children if c.dep_ in ("prep", "agent") for t in c.subtree)
        for ent in self.doc.ents:
            if lo <= ent.start <= hi and ent.label_ in ("ORG", "PERSON", "WORK_OF_ART", "NORP", "GPE"):
                start = ent.start - 1 if ent.start > 0 and self.doc[ent.start - 1].lower_ == "the" else ent.start
                self._source_spans[ent.root.i] = (self.doc[start].idx, ent.end_char)
                return ent.root
        return None

    def _previous_sentence(self, tok: Token) -> tuple[int, int] | None:
        """The sentence before the one holding `tok` (the antecedent of 'This is reported')."""
        i = self.t.sent_of(tok.idx)
        if i == 0:
            return None
        s = self.t.sents[i - 1]
        return (s.start_char, s.end_char)

    def according_to(self) -> None:
        """'According to X, content' and 'content, according to X'."""
        for tok in self.doc:
            if tok.lower_ != "according" or tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ != "to":
                continue
            to = self.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() in self.lex.according_to_not_sources:
                continue
            sent = tok.sent
            para = self.t.paragraphs[self.t.para_of(tok.idx)]
            s_start, s_end = max(sent.start_char, para[0]), min(sent.end_char, para[1])
            pp = sorted(set(tok.subtree) | set(to.subtree) | {tok, to}, key=lambda x: x.i)
            pp_start, pp_end = pp[0].idx, pp[-1].idx + len(pp[-1].text)
            before = self.t.text[s_start:pp_start].strip(_EDGE_STRIP)
            speaker_span = None
            if not before:
                # "According to X, ...": the source ends at the comma (or after an apposition
                # "X, a spokesman for Y,"), whatever the parser hung on it
                commas = [t for t in self.doc[to.i + 1 : min(len(self.doc), to.i + 30)]
                          if t.text == "," and t.idx < s_end]
                if commas:
                    end_tok = commas[0]
                    if len(commas) > 1 and commas[1].i - commas[0].i <= 16 and not any(
                            t.pos_ in ("VERB", "AUX") for t in self.doc[commas[0].i + 1 : commas[1].i]):
                        end_tok = commas[1]
                    src = self.doc[to.i + 1 : end_tok.i]
                    if len(src):
                        speaker_span = (src[0].idx, src[-1].idx + len(src[-1].text))
                        pobj = pobj if src.start <= pobj.i < src.end else src.root
                        pp_end = end_tok.idx
            after = self.t.text[pp_end:s_end].strip(_EDGE_STRIP + ".!?")
            if not before:
                content = (pp_end, s_end)
            elif not after:
                content = (s_start, pp_start)
            else:
                content = (s_start, s_end)
            c_start, c_end = self.t.trim(*content)
            if c_end - c_start < 5:
                continue
            self.cands.append(_Cand("according-to", (tok.idx, to.idx + len(to.text)), tok, (c_start, c_end),
                                    speaker_head=pobj, speaker_span=speaker_span))

    def continuations(self) -> None:
        """Quotes with no attribution of their own that open a paragraph right after a quoted speaker."""
        covered = [c.content for c in self.cands]
        for q in self.t.quotes:
            if any(s <= q.start < e or q.start <= s < q.end for s, e in covered):
                continue
            para_i = self.t.para_of(q.outer_start)
            before = self.t.text[self.t.paragraphs[para_i][0]:q.outer_start].rstrip()
            same_sentence = [c for c in self.cands if c.cue is not None and c.kind == "direct"
                             and self.t.sent_of(c.cue[0]) == self.t.sent_of(q.outer_start)
                             and c.content[1] <= q.outer_start]
            if before and before[-1] not in ".!?" and not (before[-1] == "," and same_sentence):
                continue  # a quote inside a running sentence is not a new turn of the speaker
            prev = [c for c in self.cands if c.content[1] <= q.outer_start
                    and self.t.para_of(c.content[1]) >= para_i - 1 and c.kind in ("direct", "mixed")]
            if not prev or len(self.t.text[q.start:q.end].split()) < 4:
                continue
            last = max(prev, key=lambda c: c.content[1])
            c_start, c_end = self.t.trim(q.start, q.end)
            self.cands.append(_Cand("continuation", None, None, (c_start, c_end), speaker_head=last.speaker_head,
                                    speaker_span=last.speaker_span, via_outlet=last.via_outlet, kind="direct",
                                    speaker_verb=last.cue_token or last.speaker_verb))

    # ------------------------------------------------------------- reconcile
    def split_contrasts(self) -> None:
        """'X said A, while Y stressed B': A stops before the second speaker's clause."""
        text = self.t.text
        for c in self.cands:
            for o in self.cands:
                if o is c or o.cue is None or o.speaker_head is None or not c.content[0] < o.cue[0] < c.content[1]:
                    continue
                sp = o.speaker_head.left_edge.idx
                if not c.content[0] < sp < o.cue[0]:
                    continue
                # a conjunction (or a semicolon) is needed: after a bare comma the second speaker
                # may well be inside the first one's clause ("that after the talks, Trump said ...")
                m = re.search(r"(?:[,;]\s*(?:while|whereas|but|although)|;)\s*$", text[c.content[0]:sp])
                if m and self.t.quote_at(sp) is None:
                    c.content = self.t.trim(c.content[0], c.content[0] + m.start())

    def apply_quotes(self) -> None:
        """Widen contents to whole quotations and set each statement's kind."""
        text = self.t.text
        for c in self.cands:
            s, e = c.content
            inside = [q for q in self.t.quotes if q.start < e and s < q.end]
            if not inside:
                if c.rule not in ("dash-trailer",):
                    c.kind = "indirect"
                continue
            for q in inside:
                # a quote partly inside the content belongs to it whole (multi-sentence quotes)
                if q.start < s or q.end > e:
                    if c.cue is not None and q.outer_start <= c.cue[0] < q.outer_end:
                        continue  # the cue itself is inside this quote: nested speech
                    s, e = min(s, q.start), max(e, q.end)
            s, e = self.t.trim(s, e)
            # '"...," which shows ...': a quote opening the content ends it when the sentence goes
            # on after a comma in the writer's own words
            first = next((q for q in inside if q.start == s), None)
            if first is not None and first.end < e and (
                text[first.end - 1] in ",;" or text[first.outer_end:first.outer_end + 1] in (",", ";")
            ):
                s, e = self.t.trim(first.start, first.end)
            c.content = (s, e)
            outside = text[s:e]
            for q in inside:
                qs, qe = self.t.trim(max(q.start, s), min(q.end, e))
                outside = outside.replace(text[qs:qe], " ")
            bare = re.sub(r"[\W_]+", "", outside)
            if not bare:
                c.kind = "mixed" if c.that_clause else "direct"
            else:
                c.kind = "mixed"

    # ------------------------------------------------------------- speakers
    def _speaker_tokens(self, c: _Cand) -> list[Token]:
        if c.speaker_head is None:
            return []
        if c.speaker_span is not None:
            span = self.doc.char_span(*c.speaker_span, alignment_mode="expand")
            return list(span) if span is not None else [c.speaker_head]
        toks = _np_tokens(c.speaker_head)
        verb = c.cue_token or c.speaker_verb
        if verb is not None and c.speaker_head.i > verb.i:
            # '..., wrote Joshua Wong on Twitter': the medium is not part of the speaker
            for t in toks:
                if t.i > c.speaker_head.i and t.dep_ == "prep" and t.lower_ in ("on", "via", "in", "during", "at"):
                    toks = [x for x in toks if x.i < t.i]
                    break
        return toks

    def resolve(self) -> None:
        """Speaker mentions, actor codes, pronoun antecedents, outlets and anonymity."""
        lex = self.lex
        done: list[_Cand] = []
        for c in sorted(self.cands, key=lambda x: (x.cue[0] if x.cue else x.content[0])):
            head = c.speaker_head
            toks = self._speaker_tokens(c)
            if head is None:
                done.append(c)
                continue
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            c.speaker_span = (start, end)
            phrase = self.t.text[start:end]
            coded = self.actors.actor_at(head) if self.actors is not None else None
            c.is_outlet = is_outlet_phrase(toks, head, lex, self.article.outlet) or outlet_alias(phrase, lex)
            if head.lower_ in _PRONOUNS and len(toks) == 1:
                ante = self._antecedent(c, head, done)
                if ante is not None and ante.ref is not None:
                    origin = ante.ref.why if ante.ref.why and ante.ref.why.startswith("pronoun resolved") \
                        else f"pronoun resolved to the previous speaker '{ante.ref.text}'"
                    c.ref = replace(ante.ref, text=phrase, start=start, end=end, why=origin)
                    c.layer = ante.layer
                    c.anonymous_phrase = ante.anonymous_phrase
                    c.is_outlet = ante.is_outlet
                    done.append(c)
                    continue
            if coded is not None:
                c.ref = replace(coded, text=phrase, start=start, end=end)
            else:
                c.ref = ActorRef(text=phrase, start=start, end=end)
            person = [e for e in self.doc.ents if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end]
            named = bool(person) or (len(toks) == 1 and head.pos_ == "PROPN")
            if coded is not None and coded.name and named:
                c.layer = coded.name  # a person's canonical name; roles keep their own words
            elif person:
                c.layer = person[0].text
            else:
                c.layer = phrase
            if not c.is_outlet:
                marker = anonymity_marker(phrase, lex)
                if marker is None:
                    marker = anonymity_marker(self._outside_content(c), lex, clauses=True)
                if marker is None and is_unnamed_role(toks, head, lex):
                    marker = phrase
                c.anonymous_phrase = marker
            if c.anonymous_phrase is None and c.cited is not None and c.cited_head is not None:
                # "Reuters, citing anonymous sources": the original source is the cited one
                cited_toks = _np_tokens(c.cited_head)
                c.anonymous_phrase = anonymity_marker(c.cited, lex) or (
                    c.cited if is_unnamed_role(cited_toks, c.cited_head, lex) else None)
            done.append(c)

    def _antecedent(self, c: _Cand, pron: Token, done: list[_Cand]) -> _Cand | None:
        """The closest earlier speaker (within three sentences) agreeing in number with the pronoun."""
        here = self.t.sent_of(pron.idx)
        plural = pron.lower_ in _PLURAL_PRONOUNS
        for prev in reversed(done):
            if prev.ref is None or prev.speaker_head is None:
                continue
            if here - self.t.sent_of(prev.speaker_head.idx) > 3:
                break
            prev_plural = prev.speaker_head.tag_ in ("NNS", "NNPS") or prev.speaker_head.lower_ in _PLURAL_PRONOUNS
            if prev_plural == plural and not prev.is_outlet:
                return prev
        return None

    def _outside_content(self, c: _Cand) -> str:
        """The cue sentence without the content (where "on condition of anonymity" would stand)."""
        pos = c.cue[0] if c.cue else c.content[0]
        sent = self.t.sents[self.t.sent_of(pos)]
        s, e = sent.start_char, sent.end_char
        cs, ce = c.content
        return self.t.text[s:max(s, min(cs, e))] + " " + self.t.text[min(max(ce, s), e):e]

    # ---------------------------------------------------------------- chains
    def _background(self, para_i: int) -> bool:
        p_s, p_e = self.t.paragraphs[para_i]
        low = self.t.text[p_s:p_e].lower()
        return any(re.match(re.escape(w) + r"\b", low) for w in self.lex.background_openers)

    def _headline(self, para_i: int) -> bool:
        p_s, p_e = self.t.paragraphs[para_i]
        para = self.t.text[p_s:p_e].rstrip()
        return bool(para) and para[-1] not in ".!?\"\u201d\u00bb)" and len(para.split()) <= 25

    def chains(self) -> None:
        """Reporting chains: article outlet, reported outlet in scope, enclosing speakers, speaker."""
        outlet = self.article.outlet
        base: tuple[str, ...] = (outlet,) if outlet else ()
        # where a named outlet (other than the article's own) is the source of article-level material
        scopes: list[tuple[int, str, _Cand]] = []
        for c in self.cands:
            # a wire summary names its source in the lead sentence ("Lead, X reported.", "X reported
            # that ...", "According to X, ..."); an outlet quoted later is only a speaker
            lead = c.cue is not None and self.t.sent_of(c.cue[0]) == 0
            if c.is_outlet and c.layer and not outlet_alias(c.layer, self.lex) and (c.anaphoric or lead) \
                    and c.rule != "colon" and not any(o is not c and o.content[0] <= c.content[0] < o.content[1]
                                                      for o in self.cands):
                if outlet and re.search(r"\b" + re.escape(outlet) + r"\b", c.layer, flags=re.IGNORECASE):
                    continue
                start_para = self.t.para_of(min(c.content[0], c.cue[0] if c.cue else c.content[0]))
                scopes.append((start_para, c.layer, c))
        scopes.sort(key=lambda x: x[0])

        def scope_at(para_i: int) -> tuple[str, _Cand] | None:
            current = None
            for p in range(para_i + 1):
                for sp, name, cand in scopes:
                    if sp == p:
                        current = (name, cand)
                if p > 0 and current is not None and self._background(p) and not any(sp == p for sp, _, _ in scopes):
                    current = None
            if current is not None and self._headline(para_i):
                return None
            return current

        for c in sorted(self.cands, key=lambda x: -(x.content[1] - x.content[0])):
            pos = c.cue[0] if c.cue else c.content[0]
            scope = scope_at(self.t.para_of(pos))
            if c.impersonal:
                if scope is None:
                    c.chain = ()
                    continue
                src = scope[1]
                c.ref, c.layer, c.is_outlet = src.ref, src.layer, True
                c.speaker_span = src.speaker_span
            enclosing = [o for o in self.cands if o is not c and o.chain and c.cue is not None
                         and o.content[0] <= c.cue[0] < o.content[1]
                         and (o.content[1] - o.content[0]) > (c.content[1] - c.content[0])]
            named_via = c.via_outlet
            if named_via and outlet_alias(named_via, self.lex):
                # "the publication quotes ...": the outlet in scope, else the last one named, else the words
                earlier = [o for o in self.cands if o.is_outlet and o.layer and o.speaker_span
                           and not outlet_alias(o.layer, self.lex) and o.speaker_span[0] < pos]
                if scope is not None:
                    named_via = None
                elif earlier:
                    named_via = max(earlier, key=lambda o: o.speaker_span[0] if o.speaker_span else 0).layer
            if named_via and c.speaker_span and named_via == self.t.text[c.speaker_span[0]:c.speaker_span[1]]:
                named_via = None
            if outlet and named_via and re.search(r"\b" + re.escape(outlet) + r"\b", named_via, flags=re.IGNORECASE):
                named_via = None  # told the article's own outlet
            if enclosing:
                chain = list(min(enclosing, key=lambda o: o.content[1] - o.content[0]).chain)
            else:
                chain = list(base)
                if scope is not None and named_via is None:
                    chain.append(scope[0])
            if named_via:
                chain.append(named_via)
            layer = c.layer
            if layer is not None and c.is_outlet and outlet_alias(layer, self.lex):
                if scope is not None:
                    layer = scope[0]
                else:  # "the newspaper" without a scope: the last outlet named before it
                    named = [o for o in self.cands if o.is_outlet and o.layer and o.speaker_span
                             and not outlet_alias(o.layer, self.lex) and o.speaker_span[0] < pos]
                    if named:
                        layer = max(named, key=lambda o: o.speaker_span[0] if o.speaker_span else 0).layer
            if layer:
                chain.append(layer)
            if c.cited:
                chain.append(c.cited)
            dedup: list[str] = []
            for name in chain:
                if not dedup or dedup[-1].lower() != name.lower():
                    dedup.append(name)
            c.chain = tuple(dedup)

    # ---------------------------------------------------------------- output
    def statements(self) -> list[Statement]:
        """Run all rules and build the Statement records."""
        self.dash_trailers()
        self.colon_lines()
        self.verbs()
        self.according_to()
        self.split_contrasts()
        self.apply_quotes()
        self.continuations()
        self.resolve()
        self.chains()
        out: dict[tuple[int, int], Statement] = {}
        text = self.t.text
        outlet = (self.article.outlet or "").lower()
        for c in sorted(self.cands, key=lambda x: x.content[0]):
            if c.speaker_head is None and not c.impersonal:
                continue
            if c.impersonal and c.ref is None:
                continue
            if c.ref is not None and outlet and c.ref.text.lower() == outlet:
                continue  # "UNN reports": the article's own voice, not a reported statement
            s, e = c.content
            if (s, e) in out:
                continue
            pos = c.cue[0] if c.cue else s
            sent_i = self.t.sent_of(pos)
            sent = self.t.sents[sent_i]
            hedge_toks = list(sent) + [t for t in self.doc if s <= t.idx < e and not (sent.start <= t.i < sent.end)]
            hedge = hedge_in(hedge_toks, self.lex)
            hedge_phrase = None
            if hedge is not None:
                hedge_phrase = text[hedge[0].idx : hedge[1].idx + len(hedge[1].text)]
            if hedge_phrase is None:
                speaker_text = c.ref.text if c.ref else ""
                m = re.search(r"\bunconfirmed\b|\bunverified\b", speaker_text, flags=re.IGNORECASE)
                if m:
                    hedge_phrase = m.group(0)
            cue_span = Span(text[c.cue[0]:c.cue[1]], c.cue[0], c.cue[1]) if c.cue else None
            out[(s, e)] = Statement(
                id=stable_id(self.article.id, s, e),
                speaker=c.ref,
                cue=cue_span,
                content=Span(text[s:e], s, e),
                kind=c.kind,
                date=statement_date(c.cue_token if c.rule != "colon" else None, self.article.date),
                sentence_index=sent_i,
                chain=c.chain,
                anonymous=c.anonymous_phrase is not None,
                anonymous_phrase=c.anonymous_phrase,
                hedged=hedge_phrase is not None,
                hedge_phrase=hedge_phrase,
                rule=c.rule,
            )
        return list(out.values())


def extract_statements(
    doc: Doc, article: Article, actors: ActorLookup | None = None, lexicon: CueLexicon | None = None
) -> list[Statement]:
    """Statements (speaker, cue, content, kind, chain, sourcing flags) of one parsed article."""
    if doc.text != article.text:
        raise ValueError(f"article {article.id}: the Doc was not parsed from article.text")
    return _Extractor(doc, article, actors, lexicon or default_lexicon()).statements()
