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
  naming-verb       "X called the offer "an insult"", "X described the queue as "..."" (only with quoted
                    words: "called the vote historic" is the writer's summary and gives nothing)
  inverted          "Content, said a court official, who ..., and ..." and "Remarked X, "...""
  colon-quote       "X rejected that account: "..."" (any verb; its subject speaks the quotation)
  continuation      a quote that carries on the previous speaker's quote without a cue of its own
Speech verbs also take a quotation after a hearer and adverbials ('told the court after the hearing
"..."'), a parenthetical clause ("In the morning, she testified, the guards ..."), and a participle's
noun ("with officials saying ..."); an infinitive speech verb inside another statement's content
("... to confirm if ...", "hard to say") is dropped.
Deliberately not statements: a hedged claim with no source in the text ("X was reportedly
dismissed", "it was announced that ..." outside a reported outlet's material) - nobody is said to
have said it, so there is no speaker to link;
first and second person subjects ("I think", "we said") outside quotations, which belong to
interview transcripts whose speaker the sentence does not name.
Modules: the pattern rules (dash-trailer, colon, according-to, inverted, naming-verb, colon-quote)
live in statements/lines.py, reporting chains in statements/chains.py, parse and text helpers in
statements/grammar.py, the candidate record in statements/candidate.py; the verb rules, quotes,
speakers and output stay here.
Quotes found in the raw text then decide each statement's kind and widen its content; speakers are
resolved (actor codes, pronouns to the previous speaker), then reporting chains and sourcing flags.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from eventwire.nlp import doc_ents, doc_text, token_children
from eventwire.records import ActorRef, Article, Span, Statement, stable_id
from eventwire.statements.candidate import _Cand
from eventwire.statements.chains import ChainRules
from eventwire.statements.grammar import (
    _PLURAL_PRONOUNS,
    _PRONOUNS,
    _RELATIVE,
    _SELF,
    Text,
    np_tokens,
    subject,
)
from eventwire.statements.lexicon import CueLexicon, default_lexicon
from eventwire.statements.lines import LineRules
from eventwire.statements.quotes import Quote
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


class _Extractor(LineRules, ChainRules):
    """Runs the rules over one parsed article."""

    def __init__(self, doc: Doc, article: Article, actors: ActorLookup | None, lex: CueLexicon) -> None:
        self.doc = doc
        self.article = article
        self.actors = actors
        self.lex = lex
        self.t = Text(doc)
        self.cands: list[_Cand] = []
        self.used_cues: set[int] = set()
        self._source_spans: dict[int, tuple[int, int]] = {}  # named sources found inside phrases

    # ------------------------------------------------------------------ rules
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
                if self._adverbial_gap(right, q):
                    return q
                # 'He told reporters: "..."': a colon closes the clause before the quote
                colon = text.find(":", right, q.outer_start)
                if colon != -1 and "\n" not in text[right:colon] and not text[colon + 1:q.outer_start].strip():
                    return q
        return None

    def _adverbial_gap(self, right: int, q: Quote) -> bool:
        """Whether only a hearer and adverbials stand between a speech verb and a quotation that opens
        a clause in the same sentence ('told the court after the hearing "..."')."""
        if "\n" in self.t.text[right:q.outer_start] or self.t.sent_of(right) != self.t.sent_of(q.outer_start):
            return False
        gap = self.doc.char_span(right, q.outer_start, alignment_mode="contract")
        if gap is None or len(gap) > 10:
            return False
        # "after the hearing" may come out as a subordinator; real clause openers end the search
        openers = {"that", "because", "if", "whether", "although", "though", "while", "since", "when", "as"}
        if any(t.pos_ in ("VERB", "AUX") or t.text in ".,;:!?" or t.lower_ in openers for t in gap):
            return False
        return len(self.t.text[q.start:q.end].split()) >= 3

    def verbs(self) -> None:
        """Speech, belief and quoting verbs with their content clause or a neighbouring quote."""
        lex = self.lex
        for tok in self._tokens_with("POS", ("VERB",)):
            if tok.i in self.used_cues:
                continue
            lemma = tok.lemma_.lower()
            # "made clear that ...": a light verb with "clear" speaks like "said"
            made_clear = lemma == "make" and any(c.lower_ == "clear" for c in token_children(tok))
            is_speech = lemma in lex.speech_verbs or made_clear
            is_belief = lemma in lex.belief_verbs
            if not (is_speech or is_belief):
                continue
            if any(c.dep_ == "neg" for c in token_children(tok)):
                continue
            subj, passive = subject(tok, lex.speech_verbs | lex.belief_verbs, lex.anonymous_heads | lex.outlet_nouns)
            if subj is None and tok.dep_ in ("ROOT", "ccomp", "conj"):
                subj = self._subject_before(tok)  # a misparse left the verb without a subject
            elif subj is not None and self.t.para_of(subj.idx) != self.t.para_of(tok.idx):
                # the parser joined a headline to the next paragraph: take the phrase before the verb
                subj, passive = self._subject_before(tok), False
            quoting = lemma in lex.quoting_verbs
            via = None
            acl_span: tuple[int, int] | None = None
            speaker: Token | None
            quoter = tok.head.head if tok.head.lower_ == "as" and tok.dep_ in ("pcomp", "advcl") else None
            if quoter is not None and quoter.lemma_.lower() in lex.quoting_verbs:
                # "the agency quoted X as saying ...", "X was quoted by the agency as saying ..."
                q_subj = next((c for c in token_children(quoter) if c.dep_ in ("nsubj", "nsubjpass")), None)
                agent = next((c for c in token_children(quoter) if c.dep_ == "agent"), None)
                if q_subj is not None and q_subj.dep_ == "nsubjpass":
                    speaker = q_subj
                    by = next((c for c in token_children(agent) if c.dep_ == "pobj"), None) if agent is not None else None
                    via = " ".join(x.text for x in np_tokens(by)) if by is not None else None
                else:
                    speaker = next((c for c in token_children(quoter) if c.dep_ == "dobj"), None)
                    via = " ".join(x.text for x in np_tokens(q_subj)) if q_subj is not None else None
                passive = False
                self.used_cues.add(quoter.i)
            elif quoting:
                speaker = next((c for c in token_children(tok) if c.dep_ == "dobj"), None)
                via = " ".join(x.text for x in np_tokens(subj)) if subj is not None else None
            else:
                speaker = subj
                # only people, bodies and their statements speak this way ("a banner saying" is a sign)
                if speaker is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN") \
                        and (tok.head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                             or tok.head.lemma_.lower() in lex.anonymous_heads | lex.outlet_nouns
                             or tok.head.lemma_.lower() in ("statement", "spokesman", "spokeswoman", "spokesperson")):
                    speaker = tok.head  # "with officials saying ...", "a statement saying ..."
                    acl_span = (speaker.left_edge.idx, speaker.idx + len(speaker.text))
            impersonal = anaphoric = False
            if passive and speaker is not None:
                agent = next((c for c in token_children(tok) if c.dep_ == "agent"), None)
                if agent is not None:
                    speaker = next((c for c in token_children(agent) if c.dep_ == "pobj"), None)
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
            if speaker is not None and speaker.lower_ in _SELF and speaker.text != "US":
                # "I think" inside a quote is part of that quote; outside quotes first and second
                # person belong to interview transcripts and questions, whose speaker the text
                # does not name at that point
                continue
            if speaker is not None and speaker.lower_ in ("there", "what", "which", "that", "this", "nobody",
                                                          "none", "anyone", "anybody"):
                continue
            if speaker is None and not (impersonal or anaphoric):
                continue
            content: tuple[int, int] | None = None
            that_clause = False
            # the clause nearest after the verb, inside its paragraph (the parser may hang a clause
            # of the previous paragraph on it)
            para_i = self.t.para_of(tok.idx)
            ccomps = [c for c in token_children(tok) if c.dep_ == "ccomp" and self.t.para_of(c.idx) == para_i]
            if made_clear and not ccomps:
                clear = next(c for c in token_children(tok) if c.lower_ == "clear")
                ccomps = [c for c in token_children(clear) if c.dep_ == "ccomp"]
            obj = next((c for c in token_children(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
            if not ccomps and not quoting and not made_clear:
                # "indicated on Twitter the girl was ill", "suggested piracy ... is the likeliest
                # theory": the parser made the clause a conjunct with no "and" before it
                ccomps = [c for c in token_children(tok) if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                          and self.t.para_of(c.idx) == para_i
                          and not any(x.dep_ == "cc" and tok.i < x.i < c.i for x in token_children(tok))
                          and (any(x.dep_ in ("nsubj", "nsubjpass") for x in token_children(c)) or obj is not None and (
                              c.pos_ == "AUX" or any(x.dep_ in ("aux", "auxpass") for x in token_children(c))))]
            ccomp = min(ccomps, key=lambda c: (c.i < tok.i, abs(c.i - tok.i))) if ccomps else None
            lent_subject = None
            if ccomp is not None and obj is not None and obj.i < ccomp.i and not quoting \
                    and not any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in token_children(ccomp)):
                lent_subject = obj  # "indicated no support will come": the object is the clause's subject
            if anaphoric:
                content = self._previous_sentence(tok)
            elif ccomp is not None:
                toks = sorted(ccomp.subtree, key=lambda x: x.i)
                # the parser may split one clause into two complements on the same side of the verb
                for other in ccomps:
                    if other.i != ccomp.i and (other.i > tok.i) == (ccomp.i > tok.i):
                        toks = sorted(set(toks) | set(other.subtree), key=lambda x: x.i)
                if lent_subject is not None:
                    toks = sorted(set(toks) | set(lent_subject.subtree), key=lambda x: x.i)
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
            if content is None and tok.dep_ == "parataxis" and not (
                    tok.head.i > tok.i and self._adjacent_quote(tok, speaker) is not None):
                content = self._parenthetical_content(tok, subj)
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
                for child in (token_children(holder) if holder is not None else ()):
                    if child.lemma_.lower() in lex.quoting_verbs and child.tag_ == "VBG":
                        obj = next((g for g in token_children(child) if g.dep_ == "dobj"), None)
                        if obj is not None:
                            cited_head = obj
                            cited = " ".join(x.text for x in np_tokens(obj))
                            self.used_cues.add(child.i)
            if lemma == "tell" and via is None:
                hearer = next((g for g in token_children(tok) if g.dep_ in ("dobj", "dative")), None)
                if hearer is not None:
                    h_toks = np_tokens(hearer)
                    # only a named outlet is a layer ("told Reuters"), not "told reporters"
                    if (hearer.pos_ == "PROPN" or hearer.ent_type_) and is_outlet_phrase(
                            h_toks, hearer, lex, self.article.outlet):
                        via = self.t.text[h_toks[0].idx : h_toks[-1].idx + len(h_toks[-1].text)]
            cue_end = tok.idx + len(tok.text)
            prt = next((c for c in token_children(tok) if (c.dep_ == "prt" or (made_clear and c.lower_ == "clear"))
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
                speaker_span=self._source_spans.get(speaker.i) if speaker is not None and anaphoric else acl_span,
                impersonal=impersonal, anaphoric=anaphoric, that_clause=that_clause,
                cited=cited, cited_head=cited_head,
            ))
            self.used_cues.add(tok.i)

    def _parenthetical_content(self, tok: Token, subj: Token | None) -> tuple[int, int] | None:
        """The clause around a parenthetical attribution: 'The data were, the study says, more ...' (both
        sides when the subject stands before it), 'In between, she testified, she was ...' (after it),
        'Talks failed, he said' (before it)."""
        lo, hi = tok.left_edge.i, tok.right_edge.i
        if subj is not None:
            lo, hi = min(lo, subj.left_edge.i), max(hi, subj.right_edge.i)
        others = [x for x in tok.head.subtree if not lo <= x.i <= hi and not x.is_punct]
        before = [x for x in others if x.i < lo]
        after = [x for x in others if x.i > hi]
        stop = next((x.i for x in tok.head.subtree if x.i > hi and x.text == ";"), None)
        if stop is not None:
            after = [x for x in after if x.i < stop]  # a semicolon ends the attributed clause
        if before and after and (after[0].dep_ == "cc" or after[0].lower_ in ("and", "but", "while")):
            after = []  # "X, Maroth said, and Y": the attribution closes the first clause
        if before and after and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in before):
            toks = before + after
        elif after and tok.head.i > tok.i:
            toks = after
        else:
            toks = before
        if not toks:
            return None
        return (toks[0].idx, toks[-1].idx + len(toks[-1].text))

    def _fronted_content(self, verb: Token, speaker: Token) -> tuple[int, int] | None:
        """'Content, the minister announced on Wednesday.': the attribution closes the sentence after
        a comma, whatever the parser made of it; the content is what comes before the comma."""
        sent = verb.sent
        left = min(speaker.left_edge.i, verb.i)
        if left <= sent.start or self.doc[left - 1].text != ",":
            return None
        # after the verb only adjuncts may follow ("on Wednesday", "in a statement"), no object clause
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token_children(verb) if c.i > verb.i):
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
        lo = min((t.i for c in token_children(verb) if c.dep_ in ("prep", "agent") for t in c.subtree), default=None)
        if lo is None:
            return None
        hi = max(t.i for c in token_children(verb) if c.dep_ in ("prep", "agent") for t in c.subtree)
        for ent in doc_ents(self.doc):
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

    def drop_embedded(self) -> None:
        """An infinitive speech verb inside someone's content ('... to confirm if ...', 'hard to say')
        borrowed its subject from the clause above: it is part of that content, not a statement.
        A naming verb whose label another statement already reports is dropped as well."""
        keep = []
        for c in self.cands:
            tok = c.cue_token
            embedded = tok is not None and c.rule in ("speech-verb", "belief-verb") \
                and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in token_children(tok)) \
                and not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in token_children(tok)) \
                and tok.head.lemma_.lower() not in ("go", "continue", "proceed") \
                and any(o is not c and o.content[0] <= tok.idx < o.content[1]
                        and (o.cue is None or self.t.sent_of(o.cue[0]) == self.t.sent_of(tok.idx)
                             or self.t.quote_at(tok.idx) is not None) for o in self.cands)
            # a label that is already another statement's content ('called X "...", a statement said')
            relabel = c.rule == "naming-verb" and any(
                o.rule != "naming-verb" and c.content[0] < o.content[1] and o.content[0] < c.content[1]
                for o in self.cands)
            if not (embedded or relabel):
                keep.append(c)
        self.cands = keep

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
                before = text[c.content[0]:sp]
                m = re.search(r"(?:[,;][\"\u201d\u2019]?\s*(?:while|whereas|but|although)|;)\s*$", before)
                if m is None and len(before.split()) > 8:
                    m = re.search(r"\s(?:while|whereas)\s*$", before)
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
        toks = np_tokens(c.speaker_head)
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
            person = [e for e in doc_ents(self.doc) if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end]
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
                cited_toks = np_tokens(c.cited_head)
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
    # ---------------------------------------------------------------- output
    def statements(self) -> list[Statement]:
        """Run all rules and build the Statement records."""
        self.dash_trailers()
        self.colon_lines()
        self.naming()
        self.verbs()
        self.according_to()
        self.inverted()
        self.colon_quotes()
        self.drop_embedded()
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
            # Content tokens outside the cue's sentence: only the content's own span is scanned
            # (scanning the whole document per statement made long articles quadratic).
            content = self.doc.char_span(s, e, alignment_mode="expand")
            outside = [t for t in (content if content is not None else ()) if s <= t.idx < e and not (sent.start <= t.i < sent.end)]
            hedge_toks = list(sent) + outside
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
    if doc_text(doc) != article.text:
        raise ValueError(f"article {article.id}: the Doc was not parsed from article.text")
    return _Extractor(doc, article, actors, lexicon or default_lexicon()).statements()
