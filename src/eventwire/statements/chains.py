"""Reporting chains: the article's outlet, a reported outlet in scope, enclosing speakers, the speaker."""

from __future__ import annotations

import re

from eventwire.statements.candidate import _Base, _Cand
from eventwire.statements.sourcing import outlet_alias


class ChainRules(_Base):
    """Builds each candidate's `chain` once speakers are resolved."""

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
