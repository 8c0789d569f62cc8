"""Coding one noun phrase, given as a list of words, with the knowledge base (no spaCy needed).

The phrase's words are matched greedily against the knowledge base (longest name first), then the
readings are combined around the phrase head with a fixed precedence: a known person coded by the
office held on the date, an organisation, a seat of power or capital, a country or demonym, and
agent words (titles, sector nouns) that give the sector. The result keeps a `why` string naming
the entries that fired.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eventwire.actors.kb import Agent, Entity, Hit, KnowledgeBase, make_code
from eventwire.records import ActorRef

#: All-capital words of ordinary vocabulary ("an IT worker", "an ICU nurse"): not the name of a body.
COMMON_ACRONYMS = frozenset({"IT", "AI", "TV", "HR", "PR", "ICU", "IDP", "IDPs", "GP", "VIP", "LGBT", "LGBTQ", "ER"})
#: Navy ship prefixes (organisations in organizations.yaml): "USS Carney" is a US warship, not Mark Carney.
SHIP_PREFIXES = frozenset({"USS", "HMS", "HMAS", "HMCS"})
#: Words that never name anything themselves but qualify the phrase.
#: "Ousted" and "deposed" say the same of an office holder ("the deposed Zarovian president" is out of office).
FORMER = frozenset({"former", "ex", "ex-", "late", "then-former", "onetime", "one-time", "ousted", "deposed"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "madam", "mister", "dame", "lord"})
_NOT_NAME = frozenset({"'s", "'", "(", ")", ",", "-", "ed", "ed.", ".", '"', ":", ";"})
#: Sectors of armed groups that are not a state's forces (rebels, militias, unidentified armed men).
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF"})
#: Sectors of plain people named by where they come from or who they are ("Kelmish herdsmen", "Tavari villagers").
PEOPLE_NOUN_SECTORS = frozenset({"AGR", "CVL", "REF", "LAB"})
#: Sectors that "former" does not turn into elites: a former soldier, police officer or rebel fighter is still
#: coded by the force he served in ("a former Zarovian marine" is ZARMIL), unlike a former minister (ELI).
FORMER_KEEPS_SECTOR = frozenset({"MIL", "COP", "REB", "UAF", "CRM", "SPY", "INS", "SEP"})
#: Modifier sectors strong enough to override any head (opposition lawmakers, rebel soldiers).
STRONG_MODIFIER_SECTORS = frozenset({"OPP", "REB", "CRM", "SPY", "COP"})  # COP: "police sergeant", "police officers"
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:-\w+)*(?:['\u2019](?!s\b)\w+)*\.?|['\u2019]s\b|\S")


@dataclass
class Word:
    """One word of a phrase: its text, trailing whitespace, part of speech and char offsets."""

    text: str
    ws: str = " "
    pos: str = ""
    start: int = 0
    end: int = 0

    @property
    def capitalized(self) -> bool:
        """True when the word starts with an upper-case letter or a digit."""
        return bool(self.text) and (self.text[0].isupper() or self.text[0].isdigit())


def words_of_text(text: str) -> list[Word]:
    """Split free text into words the way the phrase coder needs (no spaCy)."""
    out: list[Word] = []
    for m in _TOKEN_RE.finditer(text):
        tok = m.group(0)
        # A trailing dot belongs to the word only in abbreviations (U.S., Mr.).
        if tok.endswith(".") and len(tok) > 1 and not re.fullmatch(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.", tok):
            tok = tok[:-1]
        end = m.start() + len(tok)
        out.append(Word(tok, "", "", m.start(), end))
    for a, b in zip(out, out[1:], strict=False):
        a.ws = text[a.end : b.start]
    return out


@dataclass
class Coded:
    """The coding of one phrase, with what coreference needs to reuse it."""

    code: str | None
    country: str | None
    sector: str | None
    name: str | None
    why: str
    person: bool = False  # a single person (antecedent for he/she)
    female: bool = False
    plural: bool = False
    office: str | None = None  # canonical office or agent word (antecedent for "the president")
    name_words: tuple[str, ...] = ()  # lower-cased name tokens (antecedent for a surname)
    entity: Entity | None = None
    kind: str = "entity"  # entity | nominal | pronoun | coreference
    extras: dict[str, str] = field(default_factory=dict)

    def ref(self, text: str, start: int, end: int) -> ActorRef:
        """This coding as an ActorRef for the given mention text and offsets."""
        return ActorRef(
            text=text,
            start=start,
            end=end,
            code=self.code,
            country=self.country,
            sector=self.sector,
            name=self.name,
            why=self.why,
        )


@dataclass
class Seg:
    """A run of words matched as one name (or a single unmatched word)."""

    i: int
    j: int
    hits: list[Hit]

    def best(self, kinds: tuple[str, ...]) -> Hit | None:
        """The first hit whose kind is in `kinds`, in the order given."""
        for k in kinds:
            for h in self.hits:
                if h.kind == k:
                    return h
        return None


#: Prepositions of place: a name after one is a place, not an actor ("talks in Moscow", "rebels in Mali"); the resolver
#: reads a capital after one as a place too.
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "into", "across", "inside", "outside", "around", "throughout", "via"})
_PRIORITY = ("person", "org", "seat", "capital", "country", "region", "place", "agent")
#: Words after "state of" that make it a condition ("state of emergency"), not a government.
NOT_A_STATE = frozenset({"emergency", "war", "siege", "alert", "affairs", "mind", "readiness", "play", "disaster", "calamity", "mourning", "shock", "flux", "the", "health"})
#: Words marking a people by descent, not a state ("ethnic Albanians" in Kosovo are not Albania's).
ETHNIC_MARKERS = frozenset({"ethnic"})
#: Sectors of a state's own bodies (government, legislature, courts, forces, police, spies): a people-by-descent modifier
#: stays the group's code for them ("Arab ministers"); another state may have one under the same common name
#: (`_foreign_body`); as agents they take the country of a national body or armed group named in their sentence
#: (the resolver's state agents).
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


#: Words that make a following demonym a cause, not an owner ("pro-Palestinian protesters" in Turin
#: are Italian, "pro-Russian separatists" fight in Ukraine, "anti-American militias" are not American).
STANCE_PREFIXES = frozenset({"pro", "anti", "pro-", "anti-"})


#: Words after a hyphen that make the name before it a sponsor or an ally, not the owner
#: ("Iran-backed militias", "the al-Qaeda-linked group al-Shabaab", "Rwanda-backed rebels").
AFFILIATION_SUFFIXES = frozenset({"backed", "linked", "aligned", "affiliated", "allied", "inspired", "sponsored",
                                  "supported", "funded", "trained", "armed", "controlled", "held", "occupied"})


#: Words that count people ("three Palestinians", "dozens of Israelis", "several Ukrainians").
NUMBER_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
    "million", "millions", "several", "many", "numerous", "multiple", "scores", "tens", "some", "few"})
#: Quantity nouns whose "of" phrase counts people ("dozens of Palestinians").
QUANTITY_NOUNS = frozenset({"dozens", "hundreds", "thousands", "millions", "scores", "tens", "dozen", "number",
                            "group", "handful", "couple"})


def counted_people(words: list[Word], head_i: int, plural: bool) -> bool:
    """True when a demonym noun at words[head_i] is counted: a number or quantity word before it
    ("85 Palestinians", "several Israelis", "four Lebanese"), "one" before a singular ("one Israeli")."""
    before = [w.text.lower() for w in words[:head_i]]
    if not before:
        return False
    if any(any(ch.isdigit() for ch in b) or b in NUMBER_WORDS for b in before):
        return True  # "85 Palestinians", also "four Lebanese" (the adjective used as a plural noun)
    # "one Palestinian" is counted; "a Palestinian" is often the doer of an attack, left as the country.
    return not plural and before[-1] == "one" or (len(before) >= 2 and before[-2] in ("a", "an") and before[-1] in ("young", "elderly", "wounded"))


def stance_marked(words: list[Word], i: int, j: int | None = None) -> bool:
    """True when the reading words[i:j] follows "pro-"/"anti-" or precedes "-backed"/"-linked"
    (a cause or a sponsor, not an owner)."""
    if i >= 1 and words[i - 1].text.lower() in STANCE_PREFIXES:
        return True
    if i >= 2 and words[i - 1].text == "-" and words[i - 2].text.lower() in STANCE_PREFIXES:
        return True
    return j is not None and j + 1 < len(words) and words[j].text == "-" and (
        words[j + 1].text.lower() in AFFILIATION_SUFFIXES)


def _span_text(words: list[Word], i: int, j: int) -> str:
    """The text of words[i:j] with the spaces between them (none after the last)."""
    if i >= j:
        return ""
    return "".join([w.text + w.ws for w in words[i : j - 1]]) + words[j - 1].text


#: The Arabic article as written before a hyphen in names ("al-Qaeda", "el-Sisi", "ash-Sham").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an"})


#: Administrative words that, written in lower case after a place, name a military unit instead.
LOWER_UNIT_SUFFIXES = frozenset({"division", "command"})


def _match_at(kb: KnowledgeBase, words: list[Word], i: int, j: int) -> list[Hit]:
    """Readings of words[i:j] as one name ([] when none, or when the span starts or ends badly)."""
    if words[i].text in _NOT_NAME or (words[j - 1].text in _NOT_NAME and j - 1 > i):
        return []
    if not kb.may_start(words[i].text):
        return []  # no name starts with this word: skip building the span text
    text = _span_text(words, i, j)
    hits = kb.hits(text)
    if hits and not any(c.isupper() for c in text):
        # Only spans that name something pay for the case scan (most name nothing).
        hits = kb.hits(text, lower_case_text=True)
    # Names (not agent words) must be capitalised: "turkey", "chad", "us" are not states;
    # "the West" may start with its article.
    first = words[i + 1] if words[i].text.lower() == "the" and j - i > 1 else words[i]
    if first.text.lower() in ARABIC_ARTICLES and first is words[i] and j - i > 2 and words[i + 1].text == "-":
        first = words[i + 2]  # "al-Qaeda", "el-Sisi": the Arabic article is written lower case before the name
    if hits and not first.capitalized:
        hits = [h for h in hits if h.kind == "agent"]
    if hits and j - i > 1 and words[j - 1].text in LOWER_UNIT_SUFFIXES:
        # "the army's Golan division": a unit named for a place, not the place ("Dhaka Division" is).
        hits = [h for h in hits if h.kind != "place"]
    return hits


def _greedy(kb: KnowledgeBase, words: list[Word], lo: int, hi: int,
            tried: dict[tuple[int, int], list[Hit]] | None = None) -> list[Seg]:
    """Longest-first matching of words[lo:hi] from the left; `tried` holds the `_match_at` readings of spans already
    looked up for these words (by `segment`)."""
    segs: list[Seg] = []
    i = lo
    while i < hi:
        found = None
        # `_match_at` finds nothing for any span whose first word starts no name.
        for j in range(min(hi, i + kb.max_words), i, -1) if kb.may_start(words[i].text) else ():
            hits = tried.get((i, j)) if tried is not None else None
            if hits is None:
                hits = _match_at(kb, words, i, j)
            if hits:
                found = Seg(i, j, hits)
                break
        found = found or Seg(i, i + 1, [])
        segs.append(found)
        i = found.j
    return segs


def _cuts_name(kb: KnowledgeBase, words: list[Word], i: int, j: int, starts: list[bool]) -> bool:
    """True when words[i:j] starts inside a longer capitalised name and only adds lower-case words to it: "the
    Awami League party" is the Awami League's party, not "League party" (Italy's Lega) after "Awami"."""
    if i > 0 and words[j - 1].text.islower() and words[i].capitalized and words[i - 1].capitalized \
            and words[i - 1].text.isalpha() and not kb.hits(words[i - 1].text):
        return True  # "the Muslim League party": a name we do not know, not the League party
    for i2 in range(max(0, i - kb.max_words + 1), i):
        if not starts[i2] or not words[i2].capitalized:
            continue
        for j2 in range(i + 1, j):
            if all(words[x].text.islower() for x in range(j2, j)) and any(
                    h.kind != "agent" for h in _match_at(kb, words, i2, j2)):
                return True
    return False


def names_nothing(kb: KnowledgeBase, words: list[Word]) -> bool:
    """True when no word of the phrase can start a name or an agent word the knowledge base knows ("the year", "a
    new road"): `segment` then finds no reading and `code_words` codes nothing."""
    return not any(w.text not in _NOT_NAME and kb.may_start(w.text) for w in words)


def segment(kb: KnowledgeBase, words: list[Word], head: int | None = None) -> list[Seg]:
    """Longest-first matching of the words; the longest name ending at the head is fixed first
    ("Crown Prince Mohammed bin Salman": the name, not "Crown Prince Mohammed" + "bin Salman")."""
    if head is None:
        return _greedy(kb, words, 0, len(words))
    n = len(words)
    # Words no name starts with (`_match_at` finds nothing from them), looked up once for all lengths.
    starts = [w.text not in _NOT_NAME and kb.may_start(w.text) for w in words]
    # The spans looked up around the head, by (start, end): matching the whole phrase after them reads them again.
    tried: dict[tuple[int, int], list[Hit]] = {}
    for length in range(min(n, kb.max_words), 0, -1):
        # Prefer names ending at the head ("Mohammed bin Salman"), then ones running past it
        # ("chief of staff" headed on "chief"), the later starts first.
        first = head - length + 1
        for i in (*((first,) if first >= 0 else ()), *range(head, max(first, -1), -1)):
            j = i + length
            if j > n or not starts[i]:
                continue
            hits = tried[(i, j)] = _match_at(kb, words, i, j)
            if hits and not (all(h.kind != "agent" for h in hits) and _cuts_name(kb, words, i, j, starts)):
                return [*_greedy(kb, words, 0, i), Seg(i, j, hits), *_greedy(kb, words, j, n)]
    return _greedy(kb, words, 0, n, tried)


def _heads_state(e: Entity, date: str | None) -> bool:
    """True when `e` heads a state or a government on `date`: of two namesakes in office the better known."""
    role = e.role_on(date)
    return role is not None and role.office in HEAD_OFFICES


#: Offices of heads of state or government.
HEAD_OFFICES = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan",
                          "supreme leader", "chief adviser"})


def _reading(seg: Seg, date: str | None = None,
             places: Callable[[], tuple[set[str], Sequence[str]]] | None = None) -> Hit | None:
    hit = seg.best(_PRIORITY)
    if hit is not None and hit.kind == "person":
        # Namesakes ("Powell"): the one of a country the phrase names ("the Colombian minister Pedro
        # Sánchez"), then the one in office on the date, then the one of the story's country, else the
        # most recent office holder.
        people = [h.entity for h in seg.hits if h.kind == "person" and h.entity is not None]
        if len(people) > 1:
            named, contexts = places() if places is not None and len({e.country for e in people}) > 1 else (set(), ())
            people.sort(key=lambda e: (e.country in named, e.role_on(date) is not None,
                                       e.country in contexts[:1], _heads_state(e, date), e.latest_start()))
            return next(h for h in seg.hits if h.entity is people[-1])
    return hit


def person_coding(e: Entity, date: str | None, former: bool = False, title_office: str | None = None) -> Coded:
    """Code a known person by the role held on `date` (country + ELI when out of office).

    With no date, a title in the text ("President Mubarak") picks the matching past role, since
    the text was written while the person held it."""
    role = None if former else e.role_on(date)
    if role is None and date is None and title_office is not None and not former:
        matching = [r for r in e.roles if r.office == title_office] or list(e.roles)
        role = max(matching, key=lambda r: r.start or "")
    words = tuple(w.lower() for w in re.findall(r"[\w'-]+", e.name))
    if role is None:
        country = e.country
        code = make_code(country, "ELI") if country != "IGO" else "IGO"
        spans = ", ".join(f"{r.office} {r.start or ''}..{r.end or ''}" for r in e.roles)
        why = f"kb:person:{e.name}:not in office on {date or 'today'} ({spans})"
        return Coded(code, country, "ELI", e.name, why, person=True, female=e.female, name_words=words, entity=e)
    country = role.country or e.country
    sector = role.sector
    code = role.code or make_code(country, sector)
    why = f"kb:person:{e.name}:{country} {role.office} {role.start or ''}..{role.end or ''}"
    return Coded(
        code, country, sector, e.name, why, person=True, female=e.female, office=role.office, name_words=words, entity=e
    )


def org_coding(e: Entity, date: str | None, sector: str | None = None, why_extra: str = "") -> Coded:
    """Code an organisation, using its dated roles when it has any (Taliban before/after 2021)."""
    role = e.role_on(date) if e.roles else None
    code = (role.code if role and role.code else None) or e.code or make_code(e.country, e.sector)
    country = (role.country if role and role.country else None) or e.country
    sec = sector or (role.sector if role else None) or e.sector
    why = f"kb:org:{e.name}" + (f":{role.office or ''} {role.start or ''}..{role.end or ''}" if role else "")
    return Coded(code, country, sec, e.name, why + why_extra, entity=e)


#: Computes, when first asked, the ranked context countries and the sentence's countries of a phrase.
ContextSource = Callable[[], tuple[Sequence[str], Sequence[str]]]


def code_words(
    kb: KnowledgeBase,
    words: list[Word],
    head: int | None,
    date: str | None,
    context_country: str | Sequence[str] | ContextSource | None,
    sentence_countries: Sequence[str] = (),
) -> Coded | None:
    """Code a noun phrase given as words; `head` is the head word's index (None: the last word).

    `context_country` is the country (or ranked countries) a bare agent word takes when the phrase
    names none; `sentence_countries` are all countries the sentence mentions, nearest first (where
    an ethnic group lives). A function in place of `context_country` gives both, and is called only
    when the phrase needs them (most phrases name their own country or are no agent at all), once."""
    if not words:
        return None
    if callable(context_country):
        given = context_country
    else:
        fixed = ((context_country,) if isinstance(context_country, str) else tuple(context_country or ()),
                 sentence_countries)

        def given() -> tuple[Sequence[str], Sequence[str]]:
            return fixed
    if head is None:
        cands = [k for k, w in enumerate(words) if w.text not in _NOT_NAME]
        if not cands:
            return None
        head = cands[-1]
        # Without a parse, "the president of the Tunisian League" is headed before its "of".
        preps = [k for k in cands if k > 0 and words[k].text.lower() in ("of", "in", "for", "from")]
        if preps and any(h.kind == "agent" or (h.kind in ("country", "region") and h.form == "people")
                         for h in kb.hits(words[preps[0] - 1].text)):
            head = preps[0] - 1
    if words[head].text.lower() == "state" and head + 1 < len(words) and words[head + 1].text.lower() == "of" and (
        head + 2 < len(words) and words[head + 2].text.lower() in NOT_A_STATE
    ):
        return None  # "a state of emergency" is a condition, not a government
    lows = [w.text.lower() for w in words]
    former = not FORMER.isdisjoint([x.rstrip("-") for x in lows]) or bool([x for x in lows if x.startswith("ex-")])
    ethnic = not ETHNIC_MARKERS.isdisjoint(lows)
    segs = segment(kb, words, head)
    head_seg = next(s for s in segs if s.i <= head < s.j)
    def places() -> tuple[set[str], Sequence[str]]:
        named = {h.entity.country for s in segs for h in s.hits
                 if h.kind == "country" and h.form in ("adj", "name") and h.entity is not None and h.entity.country}
        return named, tuple(given()[0])

    readings = [(s, _reading(s, date, places)) for s in segs]
    hr = next((r for s, r in readings if s is head_seg), None)

    if hr is not None and hr.kind in ("capital", "country", "region", "seat", "place"):
        # "the University of Cape Town", "the President of Ukraine": the parser may head the phrase
        # on the place; the agent before "of"/"in"/"for" is the real head.
        before = [(sg, rd) for sg, rd in readings if sg.j <= head_seg.i and rd is not None and rd.kind == "agent"]
        if before:
            aseg, ahit = before[-1]
            between = {w.text.lower() for w in words[aseg.j : head_seg.i]}
            if between & {"of", "in", "for"}:
                head_seg, hr, head = aseg, ahit, aseg.j - 1
    if hr is not None and hr.kind == "person" and _other_bearer(words, readings, head_seg):
        # "opposition candidate Fernando Dias da Costa" is not António Costa: a surname alone matched
        # at the end of a longer name we do not know names someone else.
        readings = [(sg, None if sg is head_seg else rd) for sg, rd in readings]
        hr = None
    if any(rd is not None and rd.kind == "person" and sg is not head_seg for sg, rd in readings):
        # The same after a title heading the phrase ("her aide Tomas Herrera" is not a known Herrera).
        others = [sg for sg, rd in readings if rd is not None and rd.kind == "person" and sg is not head_seg
                  and _other_bearer(words, readings, sg)]
        if others:
            readings = [(sg, None if any(sg is o for o in others) else rd) for sg, rd in readings]
    if (hr is not None and hr.kind == "agent" and _span_text(words, head_seg.i, head_seg.j).lower() in COLLECTIVE_HEADS
            and head_seg.j < len(words) and words[head_seg.j].text.lower() == "of"):
        # "an assembly of foreign ministers", "a coalition of opposition parties": the members say who.
        members = [(sg, rd) for sg, rd in readings if sg.i > head_seg.j and rd is not None and rd.kind == "agent"
                   and rd.agent is not None and rd.agent.sector is not None]
        if members:
            head_seg, hr = members[0]
            head = head_seg.j - 1
    persons = [(s, r) for s, r in readings if r is not None and r.kind == "person"]
    agents = [(s, r) for s, r in readings if r is not None and r.kind == "agent" and r.agent is not None]
    head_agent = hr.agent if hr is not None and hr.kind == "agent" else None

    # 0. A ship named after a person ("USS Carney", "HMS Prince of Wales"): the navy of the prefix.
    if (hr is None and words[head].capitalized) or (hr is not None and hr.kind in ("person", "place", "capital", "country")):
        prefix = [r for sg, r in readings if sg.j <= head_seg.i and r is not None and r.kind == "org"
                  and r.entity is not None and r.entity.name in SHIP_PREFIXES]
        if prefix and prefix[-1].entity is not None:
            return org_coding(prefix[-1].entity, date, why_extra=":ship")
    # 1. A known person: the head itself, or named in apposition after a person title ("the
    # president (Trump - ed.)"); a possessor before the title is someone else ("Putin's spokesman").
    appositive = [(s, r) for s, r in persons if s.i >= head_seg.j]
    if (hr is not None and hr.kind == "person") or (appositive and head_agent is not None and head_agent.person):
        _pseg, phit = appositive[-1] if hr is None or hr.kind != "person" else (head_seg, hr)
        assert phit.entity is not None
        titles = [rd.agent for _sg, rd in readings if rd is not None and rd.agent is not None and rd.agent.person]
        title_office = (titles[-1].office or titles[-1].word) if titles else None
        return person_coding(phit.entity, date, former, title_office)

    # 2. An organisation heads the phrase.
    if hr is not None and hr.kind == "org" and hr.entity is not None:
        other_state = _foreign_body(kb, words, readings, head_seg, hr.entity)
        if other_state is not None:
            return other_state
        return org_coding(hr.entity, date)

    # 3. A seat of power or a capital heads the phrase (the Kremlin, Washington); "in Moscow" is a place.
    if hr is not None and hr.kind in ("seat", "capital") and hr.entity is not None:
        e = hr.entity
        if hr.kind == "capital" and head_seg.i > 0 and words[head_seg.i - 1].text.lower() in LOCATIVE:
            return None
        if hr.kind == "seat":
            return Coded(make_code(e.country, e.sector), e.country, e.sector, e.name, f"metonym:{e.name}")
        cap_name = kb.country_name(e.country or "") or e.name
        if any(w.text.lower() in SPORT_WORDS or w.text.lower() in CLUB_WORDS for w in words[: head_seg.i]):
            # "the volleyball club Zarova Kelmo", "Dynamo Kelmo": a club named for the capital, not its government.
            return Coded(make_code(e.country, "CVL"), e.country, "CVL", cap_name,
                         f"club:{_span_text(words, head_seg.i, head_seg.j)}")
        return Coded(make_code(e.country, "GOV"), e.country, "GOV", cap_name, f"metonym:capital {_span_text(words, head_seg.i, head_seg.j)}")

    # 3b. A city or region inside a country heads the phrase ("the shelling of Kharkiv"): the country.
    if hr is not None and hr.kind == "place" and hr.entity is not None:
        if head_seg.i > 0 and words[head_seg.i - 1].text.lower() in LOCATIVE:
            return None
        e = hr.entity
        return Coded(e.country, e.country, None, kb.country_name(e.country or "") or e.name,
                     f"place:{_span_text(words, head_seg.i, head_seg.j)}")

    # 4. A country or region heads the phrase (Russia, the Americans); a state named in a modifier
    # wins over a region or people ("Iraqi Kurds" are Iraq's).
    if hr is not None and hr.kind in ("country", "region") and hr.entity is not None:
        e = hr.entity
        if hr.kind == "region":
            states = [r for s, r in readings if s is not head_seg and r is not None and r.kind == "country"]
            if states and states[-1].entity is not None:
                st = states[-1].entity
                return Coded(st.country, st.country, None, st.name,
                             f"demonym:{_span_text(words, 0, len(words))}", plural=hr.form == "people")
        how = {"adj": "demonym", "people": "demonym"}.get(hr.form, hr.kind)
        if hr.form in ("people", "adj") and (ethnic or e.ethnic):
            # "ethnic Albanians in Kosovo", "Arabs in Israel": a people by descent lives somewhere;
            # the country is the place named in the phrase or the sentence, else unknown.
            home = _residence(readings, head_seg, e.country, given()[1])
            return Coded(make_code(home, "ETH"), home, "ETH", e.name,
                         f"ethnic:{_span_text(words, head_seg.i, head_seg.j)}" + (f" + residence:{home}" if home else ""),
                         plural=hr.form == "people")
        if hr.kind == "country" and hr.form in ("people", "adj") and counted_people(words, head_seg.i, hr.form == "people"):
            # "five Palestinians", "at least 85 Palestinians", "an Israeli": people counted one by one are
            # civilians of that country, not the state ("the Palestinians" as a people stay `PSE`).
            return Coded(make_code(e.country, "CVL"), e.country, "CVL", e.name,
                         f"{how}:{_span_text(words, head_seg.i, head_seg.j)} + counted", plural=hr.form == "people")
        return Coded(e.country, e.country, None, e.name, f"{how}:{_span_text(words, head_seg.i, head_seg.j)}",
                     plural=hr.form == "people")

    # 5. An agent word heads the phrase, or a title precedes an unknown name.
    title_for_name = None
    name_tail = head >= 2 and words[head - 1].text == "-" and not words[head - 2].ws and words[head - 2].capitalized
    if head_agent is None and hr is None and (words[head].capitalized or name_tail) and words[head].text.lower() not in HONORIFICS:
        # "Secretary of State Marco Rubio": the last person-title before the unmatched proper name.
        # A singular agent noun before a name works as a title too ("hostage Edan Alexander",
        # "activist Jan Kowal", "cameraman Ali Said").
        before = [(s, r) for s, r in agents if s.j <= head_seg.i and r.agent is not None and (
            r.agent.person or (not r.agent.plural and r.agent.sector is not None and not r.agent.generic
                               and not r.agent.word.endswith("s")
                               # lower case in the text: "hostage Edan Alexander", not "the General Public License";
                               # the phrase's first word may be capitalised as a sentence start ("Activist Jan Kowal"),
                               # but not a ruler's word, which is also a given name ("Amir Hosseini Tabar")
                               and not any(w.capitalized for w in words[
                                   s.i + (s.i == 0 and s.j < head_seg.i and r.agent.sector != "GOV") : s.j])))]
        # The name must follow the title directly ("President of the Tunisian League" is no name).
        span = words[before[-1][0].j : head + 1] if before else []
        # An organisation's word in it ("the General Confederation of Labour") makes it no person's name.
        if before and not any(w.text.lower() in ORG_NAME_WORDS for w in span) and all(
                w.capitalized or w.text in _NOT_NAME or w.text.lower() in NAME_PARTICLES
                # the second part of a hyphenated given name ("Kim Jae-ho")
                or (k > 0 and span[k - 1].text == "-" and not span[k - 1].ws)
                for k, w in enumerate(span)):
            title_for_name = before[-1]
    if head_agent is None and title_for_name is None:
        return None

    if head_agent is not None and hr is not None:
        main_seg, main = head_seg, hr
    else:
        assert title_for_name is not None
        main_seg, main = title_for_name
    assert main.agent is not None
    agent = main.agent
    why_parts = []
    # Sector: the head's, unless it is generic (official, leader) or a strong modifier overrides it.
    sector = agent.sector
    sector_why = f"agent:{_span_text(words, main_seg.i, main_seg.j)}"
    org_mod: Entity | None = None
    linked_org: Entity | None = None
    for s, r in readings:
        if s is main_seg or r is None:
            continue
        if r.kind == "agent" and r.agent is not None and (s.j <= main_seg.i or agent.generic):
            if s.j - s.i == 1 and words[s.i].text == "General" and s.j == main_seg.i and words[s.j].text[:1].isupper():
                # "the Zarovan General Directorate of Ports": capitalised "General" before a body's name is
                # part of the name, no rank.
                continue
            if ((agent.generic and not r.agent.generic) or r.agent.sector in STRONG_MODIFIER_SECTORS
                    or (agent.sector is None and sector is None and r.agent.sector is not None)):
                # The last: a vehicle takes its modifier's sector ("government aircraft" GOV).
                sector, sector_why = r.agent.sector, f"agent:{_span_text(words, s.i, s.j)}+{sector_why}"
        elif r.kind == "seat" and r.entity is not None and agent.generic and r.entity.sector:
            sector, sector_why = r.entity.sector, f"{sector_why}"
        elif r.kind == "org" and r.entity is not None and not stance_marked(words, s.i, s.j):
            org_mod = r.entity
        elif r.kind == "org" and r.entity is not None and linked_org is None:
            linked_org = r.entity
    if org_mod is None and linked_org is not None and not any(
            r is not None and r.kind in ("country", "region", "capital", "place", "person") and not stance_marked(words, s.i, s.j)
            for s, r in readings):
        # "an Islamic State-linked cell": with no other owner in the phrase, the linked group is the best
        # reading; "the al-Qaeda-linked Somali group" keeps its own.
        org_mod = linked_org
    if org_mod is not None and org_mod.country == "IGO" and sector in ("MIL", "COP") and any(
            r is not None and r.kind == "country" and r.form == "adj" and s.i < main_seg.i and not stance_marked(words, s.i, s.j)
            for s, r in readings):
        # "a Romanian NATO jet", "Ghanaian UN peacekeepers": a state's forces serving under an international
        # body are that state's.
        org_mod = None
    if org_mod is not None and agent.word.lower() in STAFF_WORDS:
        # "Palestinian GHF workers", "two Afghan UN staff": a demonym before an organisation's staff says
        # their nationality; they are civilians (or aid workers) of that country, not the organisation.
        nat = next((r.entity.country for s, r in readings if r is not None and r.entity is not None
                    and r.kind == "country" and r.form in ("adj", "people") and s.j <= main_seg.i
                    and not stance_marked(words, s.i, s.j) and r.entity.country != org_mod.country), None)
        if nat is not None:
            staff_sector = "CVL" if sector in (None, "LAB") else sector
            return Coded(make_code(nat, staff_sector), nat, staff_sector, org_mod.name,
                         f"demonym:{nat} + staff of {org_mod.name}", plural=agent.plural, kind="nominal")
    if org_mod is not None and agent.word in MEMBER_WORDS:
        return None  # "a UN member state" is one of its states (which one, the phrase does not say)
    if org_mod is not None and org_mod.sector == "PTY" and not agent.generic and sector is not None:
        # "a BJP lawmaker", "a Likud minister": the party says whose, the office says what.
        sector = "ELI" if former else sector
        return Coded(make_code(org_mod.country, sector), org_mod.country, sector, org_mod.name,
                     f"kb:org:{org_mod.name}+{sector_why}", person=agent.person and not agent.plural,
                     plural=agent.plural, office=agent.office or agent.word, kind="nominal")
    if org_mod is not None and former and org_mod.country not in (None, "IGO", "NGO", "IMG"):
        # "former CIA agent X", "a former Wagner commander": out of that body now, an elite of its country.
        return Coded(make_code(org_mod.country, "ELI"), org_mod.country, "ELI", org_mod.name,
                     f"kb:org:{org_mod.name}+{sector_why} + former", person=agent.person and not agent.plural,
                     plural=agent.plural, office=agent.office or agent.word, kind="nominal")
    if org_mod is not None:
        c = org_coding(org_mod, date, sector=sector if org_mod.country == "IGO" else None, why_extra="+" + sector_why)
        c.person = agent.person and not agent.plural
        c.plural = agent.plural
        c.office = agent.office or agent.word
        return c

    # "foreign ministers", "more than a dozen governments": a country has one of each, so several
    # with no owner named are several countries, not the country of the story.
    several = (agent.plural and agent.office in ONE_PER_COUNTRY) or agent.word in SEVERAL_STATES
    # Country: the first country-like reading among the modifiers.
    country = None
    posted_in: set[str] = set()  # where a mission named in the phrase is ("the embassy in Tehran"): not whose
    for s, r in readings:
        if s is main_seg or r is None or r.entity is None:
            continue
        if s.j + 1 < len(words) and words[s.j].text == "-" and words[s.j + 1].text.lower() in LANGUAGE_SUFFIXES:
            continue  # "Russian-language media", "English-speaking separatists": a language, not an owner
        if several and _placed_after(words, main_seg, s):
            continue  # "foreign ministers in Cairo": where several states' ministers meet, not whose
        if (agent.word.lower() in MISSION_WORDS and r.kind in ("capital", "place", "country")
                and _placed_after(words, main_seg, s)):
            if agent.word.lower() in EMBASSY_WORDS and r.entity is not None and r.entity.country:
                posted_in.add(r.entity.country)
            continue  # "its representative office in Port Moresby": a mission is where it is posted, not whose
        if agent.word.lower() in CREW_WORDS and s.j + 1 < len(words) and words[s.j].text == "-" and (
                words[s.j + 1].text.lower() in FLAG_SUFFIXES):
            continue  # "the crew of a Greek-owned tanker": the ship's flag or owner is not the crew's nationality
        if title_for_name is not None and s.i >= main_seg.j and r.kind == "person":
            continue  # part of the unknown name itself ("Aftab Ahmad Khan Sherpao"), not a principal
        if (agent.country is not None and r.kind in ("capital", "place", "country", "region")
                and _placed_after(words, main_seg, s)):
            continue  # "settlers in Hebron": where a people of a known country acts, not whose they are
        if r.kind in ("country", "region", "capital", "seat", "person", "place"):
            if r.kind in ("country", "region") and stance_marked(words, s.i, s.j):
                continue
            if r.kind == "region" and not e_stateless(r) and s.j < len(words) and words[s.j].text.lower() in COUNTRY_NOUN_WORDS:
                continue  # "the president of the African nation": the region describes a country it does not name
            e = r.entity
            if r.kind in ("country", "region") and r.form in ("adj", "people") and (
                ethnic or (e.ethnic and sector not in STATE_SECTORS)
            ):
                # "ethnic Albanian rebels", "Arab militias": descent, not allegiance; look for where.
                home = _residence(readings, s, e.country, given()[1])
                if home is None and ethnic:
                    continue
                if home is not None:
                    country = home
                    why_parts.append(f"ethnic:{_span_text(words, s.i, s.j)} + residence:{home}")
                    break
            if r.kind == "region" and e.stateless:
                # "Kurdish forces in northern Iraq" are Iraq's; plain "Kurdish fighters" stay KUR.
                home = _residence(readings, s, e.country, ())
                if home is not None:
                    country = home
                    why_parts.append(f"demonym:{_span_text(words, s.i, s.j)} + residence:{home}")
                    break
            if (sector == "MIL" and agent.word.lower() in TROOP_WORDS and e.country in ARMY_OF_PLACE
                    and r.form not in ("adj", "people") and _placed_after(words, main_seg, s)
                    and not any(r2 is not None and r2.kind in ("org", "person") for _s2, r2 in readings)):
                # "troops in the occupied territory": where they are posted, a land whose soldiers are another state's
                # (a unit the phrase gives an owner, "a militia-run unit in the city", is that owner's)
                country = ARMY_OF_PLACE[e.country]
                why_parts.append(f"posted in:{_span_text(words, s.i, s.j)}")
                break
            country = e.country
            if r.kind == "person":
                role = e.role_on(date)
                country = (role.country if role and role.country else None) or e.country
            label = {"adj": "demonym", "people": "demonym", "seat": "metonym", "capital": "metonym"}.get(
                r.form if r.form in ("adj", "people") else r.kind, r.kind)
            why_parts.append(f"{label}:{_span_text(words, s.i, s.j)}")
            break
    # Capitalised words we cannot read are part of a name we do not know ("the University of
    # Miami"), unless a place preposition introduces them ("militants in North Waziristan").
    unknown_names = []
    place = False
    for k, w in enumerate(words):
        low = w.text.lower()
        if k > main_seg.j - 1 and low in LOCATIVE:
            place = True
        seg_of = next(sg for sg, _r in readings if sg.i <= k < sg.j)
        unread = next(rd for sg, rd in readings if sg is seg_of) is None
        if (unread and k > 0 and not place and w.capitalized and w.pos in ("PROPN", "") and low not in HONORIFICS
                and w.text not in COMMON_ACRONYMS and low not in FAITH_WORDS
                and not (low in INSTITUTION_MODIFIERS and sector in STATE_SECTORS)
                and not (low in PORTFOLIO_WORDS and sector == "GOV" and agent.word.lower().startswith(PORTFOLIO_HEADS))
                and not (sector == "MIL" and (low in MILITARY_UNIT_WORDS or _ORDINAL_RE.fullmatch(low)))
                and not _titled_possessor(words, readings, k)):
            unknown_names.append(w)
    if country is None and agent.country is not None:
        # "settlers" named without a country are Israeli settlers in news usage.
        country = agent.country
        why_parts.append(f"default:{agent.country}")
    # "the Labour party": an unknown name before "party" is the party's own name, so it says whose.
    # Also "the opposition party National Unity Platform": a party word before the unknown name.
    named_party = bool(unknown_names) and title_for_name is None and (sector == "PTY" or any(
        rd is not None and rd.kind == "agent" and rd.agent is not None and rd.agent.word.endswith(("party", "parties"))
        for _sg, rd in readings))
    # "the militant organization Counter-Terrorism Strike Force", "the armed group Wagner Ashraf": a
    # name we do not know right after a word for an armed group is that group's own name (as a party's
    # is), not the name of another body the group belongs to ("the commander of Acme Forces"), so
    # the group is where it acts.
    named_group = bool(unknown_names) and title_for_name is None and sector in ARMED_GROUP_SECTORS and (
        main_seg.j < len(words) and words[main_seg.j] is unknown_names[0])
    named_party = named_party or named_group
    # "the Coastal Reserve Guard", "the Regional Appeals Court": a police force or court whose own name we do not
    # know is still a state's, like "riot police" (its name only says which of the state's forces or courts).
    named_party = named_party or (sector in ("COP", "JUD") and bool(unknown_names) and title_for_name is None
                                  and all(words.index(w) < main_seg.i for w in unknown_names))
    # "Tavari rebels", "Kelmish separatist fighters": an unknown word before a lower-case word for armed men says
    # which people or region they come from (or names their movement), and they fight where the story is.
    # So too an unknown people's name before a lower-case word for plain people ("Kelmish herdsmen", "Tavari villagers").
    named_party = named_party or (sector in ARMED_GROUP_SECTORS | PEOPLE_NOUN_SECTORS and not agent.person
                                  and bool(unknown_names)
                                  and title_for_name is None and not words[main_seg.i].capitalized
                                  and all(words.index(w) < main_seg.i for w in unknown_names))
    # "foreign citizens", "foreign fighters": by definition not the country of the story.
    foreign = any(rd is None and words[sg.i].text.lower() in FOREIGN_WORDS for sg, rd in readings)
    # "67 irregular migrants detained in Turkey": people who crossed a border are not of the country where
    # the story finds them (a demonym or a place in the phrase still says whose). Refugees keep the
    # story's country: it is mostly the one they flee ("refugees fleeing the war in Liberia").
    # A ship's crew sails under other flags than the story's country ("Pirates kidnapped 12 seafarers off
    # Nigeria"): only the phrase says whose.
    foreign = foreign or several or agent.word.lower() in CROSS_BORDER_WORDS or agent.word.lower() in CREW_WORDS
    # "air force pilots", "army peacekeepers": a service named in the phrase is the story's state's again.
    foreign = foreign or (agent.word.lower() in POSTED_WORDS and not any(
        sg is not main_seg and rd is not None and rd.kind == "agent" and rd.agent is not None and rd.agent.sector
        for sg, rd in readings))
    if country is None and sector is not None and not foreign and not (
        unknown_names and title_for_name is None and not named_party and not _holder_name(words, main_seg, agent, unknown_names)
    ):
        # "riot police" in an article about Georgia; not "the University of Miami" (a name we do not know).
        contexts = [c for c in given()[0] if c not in posted_in]
        if contexts:
            country = contexts[0]
            if sector == "MIL" and agent.word.lower() in TROOP_WORDS:
                # "soldiers raided a village near the town": troops in a land with no army of its own are its occupier's
                country = ARMY_OF_PLACE.get(country, country)
            why_parts.append(f"context:{country}")
    said_whose = any(not p.startswith("context:") for p in why_parts) or "+" in sector_why or named_party
    if agent.modified and title_for_name is None and not said_whose:
        return None  # "the director" alone says nothing about whose director
    if agent.word in ("member", "members") and sector == "GOV" and not any(
            not p.startswith("context:") for p in why_parts):
        return None  # "a senior figure in the movement's political bureau": whose body, the phrase does not say
    why_parts.append(sector_why)
    if sector in ("GOV", "LEG") and not agent.word.lower().startswith(("minist", "secretar", "depart")) and any(
            w.text.lower() in SPORT_WORDS for w in words[: main_seg.i]):
        # "the Zarovan Volleyball Federation president", "the national rugby team's chairman": an office of
        # a sports body or team, which is no part of the government.
        sector = "CVL"
        why_parts.append("sport")
    if former:
        sector = sector if sector in FORMER_KEEPS_SECTOR else "ELI"
        why_parts.append("former")
    code = make_code(country, sector)
    if code is None:
        return None  # "a boat": a vehicle word with nothing saying whose
    is_person = agent.person and not agent.plural
    name: str | None = None
    holder = None
    if title_for_name is not None:
        name_words = [w.text for w in words[main_seg.j : head + 1] if w.text not in _NOT_NAME and w.text.lower() not in HONORIFICS]
        name = " ".join(name_words)
        if len(name_words) == 1 and agent.office and not former:
            # "Prime Minister Sharif": a surname after the title of an office that exactly one known
            # person of that surname holds on the date is that person (surnames such as Sharif are not
            # aliases of their own: several of one family held office).
            found = kb.surname_holders(agent.office, name_words[0], date)
            if len(found) == 1:
                known = found[0]
                if country is None or country == known.country or why_parts[0].startswith("context:"):
                    c = person_coding(known, date, title_office=agent.office)
                    c.why = f"title:{_span_text(words, main_seg.i, main_seg.j)} + surname:{known.name}"
                    return c
        why_parts[-1] = f"title:{_span_text(words, main_seg.i, main_seg.j)}"
        return Coded(code, country, sector, name, " + ".join(why_parts), person=True,
                     office=agent.office or agent.word, name_words=tuple(w.lower() for w in name_words), kind="entity")
    if is_person and agent.office and country and not former and not unknown_names:
        holder = kb.holder(country, agent.office, date)
        if holder is not None:
            c = person_coding(holder, date)
            c.why = " + ".join(why_parts) + f" + holder:{holder.name}"
            c.kind = "nominal"
            return c
    if is_person and agent.office and country is None and not former and not unknown_names:
        # "the Queen" with no country in reach: the only holder of that office on the date, if one.
        holder = kb.sole_holder(agent.office, date)
        if holder is not None:
            c = person_coding(holder, date)
            c.why = " + ".join(why_parts) + f" + sole holder:{holder.name}"
            c.kind = "nominal"
            return c
    if name is None and country is not None:
        name = kb.country_name(country)
    return Coded(code, country, sector, name, " + ".join(why_parts), person=is_person, plural=agent.plural,
                 office=agent.office or agent.word, kind="nominal")


#: Words of sport: a title before which one stands is an office of a sports body, not of a government.
SPORT_WORDS = frozenset({"football", "soccer", "basketball", "volleyball", "handball", "hockey", "cricket", "rugby",
                         "tennis", "athletics", "olympic", "olympics", "paralympic", "sports", "sport", "chess",
                         "boxing", "wrestling", "cycling", "baseball", "golf", "swimming", "skating", "ski", "fc"})
#: Words of a sports club's name or kind before a capital's name ("club Dynamo Kelmo", "FC Kelmo").
CLUB_WORDS = frozenset({"club", "clubs", "team", "fc", "dynamo", "dinamo", "sporting", "athletic"})
#: Lands whose soldiers are another state's: the Palestinian territories have police and security services but no
#: army, so troops or an army named there without a country are Israel's ("troops demolished two homes near the city").
ARMY_OF_PLACE = {"PSE": "ISR"}
#: Words for an army's own troops (not a unit, a commander or a body that any armed side may have).
TROOP_WORDS = frozenset({"soldier", "soldiers", "troop", "troops", "army", "military", "paratrooper", "paratroopers",
                         "reservist", "reservists", "infantry", "tank", "tanks", "armed forces"})
#: Modifiers saying that people are not of the country where the story is ("foreign nationals").
FOREIGN_WORDS = frozenset({"foreign", "overseas", "expatriate", "expat", "non-national", "multinational"})
#: Offices a country has one of: their plural with no owner is several countries' ("foreign ministers").
ONE_PER_COUNTRY = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir", "sultan",
                             "supreme leader", "crown prince", "vice president", "foreign minister",
                             "defence minister", "finance minister", "interior minister"})
#: Suffixes after a hyphen that make a country adjective a language, not an owner ("English-speaking
#: separatists" in Cameroon, "Russian-language media").
LANGUAGE_SUFFIXES = frozenset({"speaking", "speakers", "language", "languages", "medium"})
#: Capitalised words for a faith or a community that describe a person, not a name ("a Sikh man",
#: "a Catholic priest"): they do not make the phrase an unknown name.
FAITH_WORDS = frozenset({"sikh", "hindu", "muslim", "christian", "catholic", "protestant", "jewish", "buddhist",
                         "shia", "shiite", "shi'ite", "sunni", "alawite", "druze", "coptic", "orthodox",
                         "evangelical", "yazidi", "ahmadi", "ismaili", "anglican", "methodist", "baptist",
                         "pentecostal", "mormon", "rohingya", "aboriginal", "indigenous", "black", "white",
                         "latino", "latina", "hispanic", "lgbt", "lgbtq", "roma"})
#: Capitalised words that describe a state body rather than name it ("the Regional House of Representatives",
#: "the Federal High Court", "the Provincial Assembly"): they leave the body's country to the context.
INSTITUTION_MODIFIERS = frozenset({"regional", "national", "federal", "supreme", "provincial", "municipal", "state",
                                   "constitutional", "high", "central", "interim", "transitional", "district", "city",
                                   "county", "upper", "lower", "legislative", "appeals", "appellate", "criminal", "special",
                                   "military", "civil", "administrative", "metropolitan", "local", "joint"})
#: Capitalised fields of a ministry or a minister ("the Fisheries Minister", "the Emergency Situations Ministry",
#: "the Ministry of Mines"): they say which of the state's offices it is, as "the fisheries minister" in lower case
#: does, and name no other body; the office's country is the context's.
PORTFOLIO_WORDS = frozenset({
    "health", "information", "finance", "justice", "education", "agriculture", "energy", "environment", "emergency",
    "emergencies", "situations", "labour", "labor", "trade", "commerce", "economy", "economic", "transport",
    "transportation", "culture", "tourism", "defence", "defense", "interior", "home", "housing", "industry",
    "communications", "welfare", "social", "affairs", "development", "planning", "water", "mining", "mines",
    "petroleum", "oil", "fisheries", "youth", "sports", "sport", "women", "family", "immigration", "security",
    "science", "technology", "digital", "infrastructure", "public", "works", "religious", "endowments", "veterans",
    "treasury", "foreign", "environmental", "climate", "resources", "natural", "urban", "rural", "land", "lands",
    "forestry", "forests", "power", "electricity", "telecommunications", "media", "broadcasting", "heritage",
    "gender", "children", "disaster", "relief", "reconstruction", "integration", "migration", "refugees",
    "aviation", "maritime", "shipping", "investment", "budget", "revenue", "customs", "taxation", "employment",
    "cooperation", "solidarity", "equality", "minorities", "wildlife", "parks", "higher", "research", "innovation"})
#: Heads that a field names an office of ("Health Minister", "Justice Ministry", "Education Secretary").
PORTFOLIO_HEADS = ("minist", "secretar", "depart")
#: Capitalised words of a military unit's designation ("the 4th Infantry Division's 13th Brigade"): a
#: unit of an army, not the name of another body, so the army's country (from context) is the unit's.
MILITARY_UNIT_WORDS = frozenset({"infantry", "division", "brigade", "battalion", "regiment", "company", "corps", "army",
                                 "mechanized", "mechanised", "armoured", "armored", "airborne", "motorized", "motorised",
                                 "artillery", "rifle", "tank", "assault", "mountain", "guards", "marine", "marines",
                                 "task", "force", "group", "squadron", "wing", "fleet", "flotilla", "unit", "command"})
#: Ordinal numbers written as digits and a suffix ("4th", "13th", "1st", "22nd").
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")
#: Words of an organisation's name: after a title word they make no person's name ("the General
#: Confederation of Labour" is no general).
ORG_NAME_WORDS = frozenset({"confederation", "federation", "union", "association", "council", "assembly", "committee",
                            "commission", "congress", "party", "front", "movement", "league", "alliance", "coalition",
                            "organization", "organisation", "foundation", "institute", "agency", "authority", "bureau",
                            "directorate", "ministry", "court", "tribunal", "bank", "company", "corporation", "network"})
#: Diplomatic missions: a place after them is where they are posted, never whose they are.
MISSION_WORDS = frozenset({"embassy", "embassies", "consulate", "consulates", "mission", "missions", "office",
                           "representative office", "liaison office", "trade office"})
#: A state's missions abroad: the country one is in is never whose it is ("the embassy in Tehran"), while a
#: "mission in Estonia" may be the host's operation.
EMBASSY_WORDS = MISSION_WORDS - {"mission", "missions", "office", "representative office", "liaison office", "trade office"}
#: "a Liberian-flagged tanker", "a Greek-owned ship": the flag or the owner says whose (never a stance).
FLAG_SUFFIXES = frozenset({"flagged", "owned", "registered", "operated"})
CREW_WORDS = frozenset({"crew", "crews", "crew member", "crew members", "crewmember", "crewmembers", "crewman", "crewmen",
                        "seafarer", "seafarers", "mariner", "mariners"})
#: People who crossed a border: the story's country is not theirs.
CROSS_BORDER_WORDS = frozenset({"migrant", "migrants", "asylum seeker", "asylum seekers"})
#: Agents who serve away from home or aboard a craft: peacekeepers are by definition not of the country
#: they keep the peace in, and a pilot flies his craft's flag, not the country it crashes in or is
#: downed over. Only the phrase (or a possessor) says whose they are.
POSTED_WORDS = frozenset({"peacekeeper", "peacekeepers", "peacekeeping force", "peacekeeping forces",
                          "peacekeeping troops", "pilot", "pilots", "co-pilot", "co-pilots", "copilot", "copilots"})
#: Collective nouns whose members, named after "of", are the actor ("an assembly of foreign ministers").
COLLECTIVE_HEADS = frozenset({"assembly", "coalition", "alliance", "delegation", "delegations", "coalitions",
                              "alliances", "assemblies", "bloc", "team", "teams", "union"})
#: Plural state words that name several states ("governments", "heads of state").
SEVERAL_STATES = frozenset({"governments", "heads of state", "heads of government"})
#: Nouns for a state, after which a region word only describes it ("the Gulf state", "the African nation"); the resolver
#: takes some of them back to a country named before (`resolver.COUNTRY_NOUNS`).
COUNTRY_NOUN_WORDS = frozenset({"nation", "country", "state", "kingdom", "republic", "emirate", "monarchy", "archipelago"})


def _foreign_body(kb: KnowledgeBase, words: list[Word], readings: list[tuple[Seg, Hit | None]], head_seg: Seg,
                  e: Entity) -> Coded | None:
    """A national body known by a common name ("Congress", "the Senate") that the phrase gives to
    another state ("the Peruvian Congress", "the Senate of Chile"): that state's body, not the known one."""
    if e.country in (None, "IGO", "NGO", "IMG") or e.sector not in STATE_SECTORS:
        return None
    name = _span_text(words, head_seg.i, head_seg.j)
    generic = e.sector in ("LEG", "JUD", "GOV") and any(
        h.kind == "agent" for h in kb.hits(name, lower_case_text=True))
    if not generic and not _plain_body_name(kb, words, head_seg, e):
        return None  # a proper name ("the Knesset", "Mossad") belongs to its state whatever the phrase says
    for sg, rd in readings:
        if (sg is head_seg or rd is None or rd.kind not in ("country", "capital") or rd.entity is None
                or not rd.entity.country or rd.entity.ethnic or rd.entity.stateless or stance_marked(words, sg.i, sg.j)):
            continue
        # A proper body name takes only a state right before it ("the Philippine Department of Justice").
        before = sg.j <= head_seg.i if generic else sg.j == head_seg.i
        if rd.entity.country != e.country and (before or (
                head_seg.j < len(words) and words[head_seg.j].text.lower() == "of")):
            c = rd.entity.country
            return Coded(make_code(c, e.sector), c, e.sector, kb.country_name(c) or c,
                         f"demonym:{_span_text(words, sg.i, sg.j)} + agent:{name}", kind="nominal")
    return None


def _plain_body_name(kb: KnowledgeBase, words: list[Word], seg: Seg, e: Entity) -> bool:
    """True when a known state body's name is made of common words only ("Department of Justice",
    "Treasury Department"), so that other states have a body of that name too: no word of it names a
    country, a place or a people, and the body has no code of its own beyond country and sector
    (the Wagner Group's RUSMILWAG is one group, whatever adjective goes before it)."""
    if len(e.code or "") > 6:
        return False
    return not any(h.kind in ("country", "capital", "place", "region") for w in words[seg.i : seg.j]
                   for h in kb.hits(w.text))


def _placed_after(words: list[Word], main_seg: Seg, s: Seg) -> bool:
    """The reading `s` comes after the agent word `main_seg` past a preposition of place ("ministers in Cairo",
    "the embassy in Tehran", "settlers in Hebron"): where the agent is, not whose."""
    return s.i > main_seg.i and any(w.text.lower() in LOCATIVE for w in words[main_seg.j : s.i])


def _holder_name(words: list[Word], main_seg: Seg, agent: Agent, unknown: list[Word]) -> bool:
    """True when the unknown capitalised words are one name right after a person's title that heads the
    phrase ("former harbour chief Tomas Verlan", parsed with "chief" as the head): the title holder's own
    name, not the name of a body that would say whose the title is, so the title takes the story's country
    as it does before a name that heads the phrase."""
    if not (agent.person and agent.title and not agent.plural) or main_seg.j >= len(words) or unknown[0] is not words[main_seg.j]:
        return False
    end = words.index(unknown[-1]) + 1
    return end == len(words) and all(
        w.capitalized or w.text == "-" or w.text.lower() in NAME_PARTICLES for w in words[main_seg.j : end])


def _titled_possessor(words: list[Word], readings: list[tuple[Seg, Hit | None]], k: int) -> bool:
    """True when the unknown capitalised word at `k` belongs to a name between a person's title and a
    possessive ("mayor Jan Kowalski's aides", "Governor Ana Ruiz's office"): a titled person, whose
    aides are of the story's country like the title alone, not the name of a body that says whose."""
    j = k
    while j < len(words) and words[j].capitalized:
        j += 1
    if j >= len(words) or words[j].text not in ("'s", "\u2019s", "'", "\u2019"):
        return False
    i = k
    while i > 0 and words[i - 1].capitalized and not any(
            sg.j == i and rd is not None and rd.kind == "agent" for sg, rd in readings):
        i -= 1
    return any(sg.j == i and rd is not None and rd.kind == "agent" and rd.agent is not None and rd.agent.person
               and rd.agent.title for sg, rd in readings)


def e_stateless(hit: Hit) -> bool:
    """True when the hit is a people without a state (the Kurds), which keeps its own code."""
    return hit.entity is not None and hit.entity.stateless


#: Agent words naming the states of an organisation, never the organisation itself.
#: Staff of an organisation: a demonym before the organisation's name says their nationality.
STAFF_WORDS = frozenset({"worker", "workers", "staff", "staffer", "staffers", "employee", "employees", "contractor",
                         "contractors", "aid worker", "aid workers", "volunteer", "volunteers", "personnel"})
MEMBER_WORDS = frozenset({"member state", "member country", "member nation", "member states", "member countries",
                          "member nations"})
#: Particles inside personal names ("Fernando Dias da Costa", "Ursula von der Leyen").
NAME_PARTICLES = frozenset({"da", "de", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den",
                            "bin", "ibn", "al", "al-", "el", "la", "le", "ben", "abu", "y"})


def _other_bearer(words: list[Word], readings: list[tuple[Seg, Hit | None]], seg: Seg) -> bool:
    """True when a one-word name matched as a known person's surname follows given names we cannot
    read ("Fernando Dias da Costa") or is followed by names we cannot read ("Moussa Dadis Camara"): the same
    name, another person."""
    hit = next((rd for sg, rd in readings if sg is seg), None)
    if hit is None or hit.entity is None or seg.j - seg.i != 1 or len(hit.entity.name.split()) < 2:
        return False
    if seg.j < len(words):
        nxt = words[seg.j]
        if nxt.capitalized and nxt.pos == "PROPN" and nxt.text not in _NOT_NAME and nxt.text.lower() not in NAME_PARTICLES \
                and next((rd for sg, rd in readings if sg.i <= seg.j < sg.j), None) is None:
            return True  # "Moussa Dadis Camara" is not Amr Moussa: unknown names after the match go on with the name
    k = seg.i - 1
    if k >= 0 and words[k].text.lower() in NAME_PARTICLES and words[k].capitalized and (
            f"{words[k].text} {words[seg.i].text}".lower() not in hit.entity.name.lower()):
        return True  # "Abu Saleh" is not Ali Abdullah Saleh: a capitalised particle starts another name
    while k >= 0 and words[k].text.lower() in NAME_PARTICLES:
        k -= 1
    if k < 0:
        return False
    w = words[k]
    unread = next((rd for sg, rd in readings if sg.i <= k < sg.j), None) is None
    return (unread and w.capitalized and w.text.lower() not in HONORIFICS and w.text not in _NOT_NAME
            and w.pos in ("PROPN", "") and not w.text[:1].isdigit())


def _residence(readings: list[tuple[Seg, Hit | None]], group_seg: Seg, group_country: str | None,
               sentence_countries: Sequence[str]) -> str | None:
    """Where a people by descent lives: a place in the phrase ("in Kosovo"), else the sentence's
    nearest other country ("Macedonian forces"), else None."""
    for s, r in readings:
        if s is group_seg or r is None or r.entity is None or r.kind not in ("country", "capital", "place"):
            continue
        if r.entity.country and r.entity.country != group_country and not r.entity.ethnic:
            return r.entity.country
    for c in sentence_countries:
        if c != group_country:
            return c
    return None
