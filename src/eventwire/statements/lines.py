"""Statement rules that read fixed patterns of a line or sentence: paragraph-final dash trailers,
headline colons, "according to", inverted attributions ("..., said a court official, ..."),
naming verbs with quoted labels and quotations after a colon."""

from __future__ import annotations

import re
from bisect import bisect_left

from eventwire.nlp import token_children
from eventwire.statements.candidate import _Base, _Cand
from eventwire.statements.grammar import (
    _DASHES,
    _EDGE_STRIP,
    _QUOTE_CHARS,
    _RELATIVE,
    _SELF,
    np_tokens,
    subject,
)

# Tags an inverted speech verb may carry ("said a court official"; the parser may read it as a name).
_INVERTED_TAGS = ("VBD", "VBZ", "VBN", "NNP")


class LineRules(_Base):
    """Pattern rules; each appends candidates to `self.cands`."""

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
                subj = next((c for c in token_children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
                if verb.lemma_.lower() in self.lex.quoting_verbs:
                    speaker = next((c for c in token_children(verb) if c.dep_ == "dobj"), None)
                    if subj is not None:
                        via = " ".join(x.text for x in np_tokens(subj))
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

    def according_to(self) -> None:
        """'According to X, content' and 'content, according to X'."""
        for tok in self._tokens_with("LOWER", ("according",)):
            if tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ != "to":
                continue
            to = self.doc[tok.i + 1]
            pobj = next((c for c in token_children(to) if c.dep_ == "pobj"), None)
            if pobj is None:
                pobj = next((c for c in token_children(tok) if c.dep_ == "pobj"), None)
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
                            t.pos_ in ("VERB", "AUX") or t.text in _QUOTE_CHARS
                            for t in self.doc[commas[0].i + 1 : commas[1].i]):
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

    def inverted(self) -> None:
        """'Content, said a court official, who ..., and ...' and 'Remarked X, "..."': the speech verb
        comes before its speaker in the middle or at the start of a sentence, which the parser
        often reads as a verb with an object."""
        # Only sentences with a speech verb of those tags can hold the cue (the test below): the others are not walked.
        tagged = [t.i for t in self._tokens_with("TAG", _INVERTED_TAGS) if t.lemma_.lower() in self.lex.speech_verbs]
        for sent in self.t.sents:
            k0 = bisect_left(tagged, sent.start)
            if k0 == len(tagged) or tagged[k0] >= sent.end:
                continue
            toks = [t for t in sent if not t.is_space]
            for k, tok in enumerate(toks):
                if tok.i in self.used_cues or tok.lemma_.lower() not in self.lex.speech_verbs \
                        or tok.tag_ not in _INVERTED_TAGS:
                    continue
                first = k == 0 and tok.text[:1].isupper()
                if not first and not (k > 2 and toks[k - 1].text == ","):
                    continue
                if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in token_children(tok)):
                    continue
                # the speaker runs from after the verb to the next comma
                comma = next((t for t in toks[k + 1 : k + 14] if t.text == ","), None)
                if comma is None or comma.i - tok.i < 2:
                    continue
                np = self.doc[tok.i + 1 : comma.i]
                if np[0].pos_ not in ("DET", "PROPN", "NOUN", "ADJ") or any(t.pos_ in ("VERB", "AUX") for t in np):
                    continue
                head = np.root
                if head.pos_ not in ("NOUN", "PROPN"):
                    continue
                if first:
                    q = next((q for q in self.t.quotes if q.outer_start >= comma.idx
                              and not self.t.text[comma.idx + 1 : q.outer_start].strip()), None)
                    if q is None:
                        continue
                    content = (q.start, q.end)
                else:
                    para = self.t.paragraphs[self.t.para_of(tok.idx)]
                    content = (max(sent.start_char, para[0]), toks[k - 1].idx)
                    if len(self.t.text[content[0]:content[1]].split()) < 3:
                        continue
                c_start, c_end = self.t.trim(*content)
                if any(c_start < o.content[1] and o.content[0] < c_end for o in self.cands):
                    continue
                self.cands.append(_Cand("inverted", (tok.idx, tok.idx + len(tok.text)), tok, (c_start, c_end),
                                        speaker_head=head, speaker_span=(np[0].idx, np[-1].idx + len(np[-1].text)),
                                        kind="direct" if first else "indirect"))
                self.used_cues.add(tok.i)

    def naming(self) -> None:
        """'X called the offer "an insult"', 'X described the queue as "..."': a naming verb with an
        object and what it is called; the content is the object with its label."""
        for tok in self._tokens_with("POS", ("VERB",)):
            if tok.i in self.used_cues or tok.lemma_.lower() not in self.lex.naming_verbs:
                continue
            if any(c.dep_ == "neg" for c in token_children(tok)):
                continue
            label = next((c for c in token_children(tok) if c.i > tok.i and (
                c.dep_ in ("oprd", "xcomp", "ccomp", "attr") or (c.dep_ == "prep" and c.lower_ == "as"))), None)
            obj = next((c for c in token_children(tok) if c.dep_ == "dobj" and c.i > tok.i), None)
            if label is None and obj is not None:
                # the parser may hang the label on the object ('called the offer "an insult"')
                label = next((c for c in token_children(obj) if c.i > obj.i and c.dep_ in ("dobj", "oprd", "appos", "attr")
                              and not any(x.text == "," for x in self.doc[obj.i:c.left_edge.i])), None)
            if label is None or (label.dep_ in ("xcomp", "ccomp") and label.pos_ in ("VERB", "AUX")
                                 and obj is None):
                continue  # "called for talks", "called on X to ...": an appeal, not a label
            subj, passive = subject(tok)
            if passive:
                agent = next((c for c in token_children(tok) if c.dep_ == "agent"), None)
                subj = next((c for c in token_children(agent) if c.dep_ == "pobj"), None) if agent is not None else None
                first = label
            else:
                if obj is None:
                    continue
                first = obj
            if subj is None or subj.lower_ in _SELF | _RELATIVE | {"it", "there", "this", "which"}:
                continue
            labels = [label] + [c for c in token_children(tok) if c.dep_ == label.dep_ and c.i > label.i]
            toks = sorted(set(first.subtree).union(*(set(x.subtree) for x in labels)), key=lambda t: t.i)
            c_start, c_end = self.t.trim(toks[0].idx, toks[-1].idx + len(toks[-1].text))
            if c_end - c_start < 3 or self.t.para_of(c_start) != self.t.para_of(tok.idx):
                continue
            # only a label in the speaker's quoted words is reported speech; "called the vote
            # historic" is the writer's summary of an evaluation (the gold set leaves it out)
            if not any(q.start < c_end + 2 and c_start < q.end for q in self.t.quotes):
                continue
            self.cands.append(_Cand("naming-verb", (tok.idx, tok.idx + len(tok.text)), tok, (c_start, c_end),
                                    speaker_head=subj))
            self.used_cues.add(tok.i)

    def colon_quotes(self) -> None:
        """'X disagreed with the findings: "..."': a clause ending in a colon introduces the quotation
        after it, and its subject is the speaker whatever the verb."""
        text = self.t.text
        taken = [c.content for c in self.cands]
        for q in self.t.quotes:
            if any(s < q.end and q.start < e for s, e in taken):
                continue
            p_start = self.t.paragraphs[self.t.para_of(q.outer_start)][0]
            before = text[p_start:q.outer_start].rstrip()
            if not before.endswith(":") or len(self.t.text[q.start:q.end].split()) < 4:
                continue
            colon = self.doc.char_span(p_start + len(before) - 1, p_start + len(before), alignment_mode="expand")
            if colon is None:
                continue
            # the clause before the colon holds the verb (the parser may hang the colon on the quote)
            para_first = self.doc.char_span(p_start, p_start + 1, alignment_mode="expand")
            if para_first is None:
                continue
            sent_start = max(self.t.sents[self.t.sent_of(colon[0].idx)].start, para_first[0].i)
            if colon[0].i <= sent_start:
                continue
            verb = self.doc[sent_start:colon[0].i].root
            if verb.pos_ not in ("VERB", "AUX") or verb.idx < p_start or verb.i in self.used_cues:
                continue
            subj, passive = subject(verb)
            if subj is None or passive or subj.lower_ in _SELF | _RELATIVE | {"it", "there", "this", "that"} \
                    or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            self.cands.append(_Cand("colon-quote", (verb.idx, verb.idx + len(verb.text)), verb,
                                    self.t.trim(q.start, q.end), speaker_head=subj, kind="direct"))
            self.used_cues.add(verb.i)
