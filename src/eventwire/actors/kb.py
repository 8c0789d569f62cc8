"""The actor knowledge base: countries, seats of power, agent words, organisations and dated people.

Knowledge is read from YAML files (the shipped ones under ``eventwire/data/actors/``, then the files
named in the ``EVENTWIRE_ACTORS`` environment variable, then files passed by the caller), validated
entry by entry, and indexed by normalised name so that a phrase's words can be matched greedily.
Later layers override earlier ones: an entry with the same name replaces the shipped entry, and on
a name shared by several entries the highest layer wins.

File format (every file is a mapping; each section is optional)::

    countries:      {ISO3: {names: [..], adj: [..], people: [..], capital: [..]}}
    regions:        {CODE: {names: [..], adj: [..], ethnic: false, stateless: false}}
    places:         {ISO3: [city or region names inside that country, ..]}
    seats:          [{name: Kremlin, aka: [..], country: RUS, sector: GOV}]
    agents:         [{words: [police, policemen], sector: COP, person: false, generic: false,
                      title: false, office: null, plural: [..]}]
    organizations:  [{name: .., aka: [..], code: IGOWSTNAT, country: IGO, sector: MIL,
                      roles: [{code: .., sector: .., start: .., end: ..}]}]
    people:         [{name: .., aka: [..], country: USA, female: false,
                      roles: [[office, sector, start, end], ...]}]
    military_acts:  [strike, airstrike, shelling, ..]   # "Israeli strikes": the state's military

Code conventions (CAMEO-like, documented once here):
  * states: ISO 3166 alpha-3 country + sector, e.g. ``USAGOV``; a bare country is ``USA``;
  * no country known: ``---`` + sector, e.g. ``---COP`` (as PETRARCH writes it), country None;
  * international organisations: CAMEO's ``IGO`` + region + organisation, e.g. ``IGOEUREEC`` (EU),
    ``IGOWSTNAT`` (NATO), ``IGOUNO`` (UN); their PLOVER country is ``IGO`` (as PLOVER's examples
    do), the organisation itself is in ``code`` and ``name``;
  * a known person out of office on the date: country + ``ELI`` (CAMEO's elite code), sector ELI.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.records import ActorRef
from eventwire.yamlio import safe_load

SECTORS = frozenset(
    ["GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "CVL", "BUS", "MED", "EDU", "CRM", "LAB", "AGR", "REF", "HLH", "REL", "ELI", "UAF", "PTY", "NGO", "IGO", "HRI", "ENV", "SET", "MOD", "RAD", "IMG", "ETH"]
)
ENV_VAR = "EVENTWIRE_ACTORS"
SHIPPED_FILES = ("countries.yaml", "places.yaml", "seats.yaml", "agents.yaml", "organizations.yaml", "people.yaml")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ActorDataError(ValueError):
    """An actor knowledge file is malformed; the message names the file and the entry."""


_HYPHEN_RE = re.compile(r"\s*-\s*")
#: Dashes written for a hyphen in names ("Guinea\u2013Bissau", non-breaking hyphens): read as "-".
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                         "\u2212": "-"})
_SPACE_RE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1 << 16)  # the same few thousand words recur across an article batch
def norm(text: str) -> str:
    """Normalised lookup key: lower case, no dots, straight apostrophes, single spaces."""
    s = text.replace("\u2019", "'").replace("\u2018", "'").lower().replace(".", "")
    s = _HYPHEN_RE.sub("-", s.translate(_DASHES))
    return _SPACE_RE.sub(" ", s).strip()


def is_acronym(text: str) -> bool:
    """True for names written without lower-case letters (US, UN, WHO) which must not match 'us'."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters) and len(letters) <= 6


@dataclass(frozen=True)
class Role:
    """One office held between two dates (``end`` exclusive; None means still held)."""

    office: str
    sector: str | None
    start: str | None
    end: str | None
    country: str | None = None
    code: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """True when the role is held on `date` (an unknown date means 'now')."""
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass
class Entity:
    """A named thing of the knowledge base: person, organisation, country, region or seat of power."""

    kind: str  # person | org | country | region | seat | place
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    roles: tuple[Role, ...] = ()
    female: bool = False
    source: str = ""
    layer: int = 0
    political_only: bool = False  # capitals: an actor only outside locative phrases
    ethnic: bool = False  # a people named by descent ("Arab"), not a state: residence decides the country
    stateless: bool = False  # a nation without a state (Kurds): its own code unless the phrase names a state

    def role_on(self, date: str | None) -> Role | None:
        """The role held on `date` (the first listed when several)."""
        for r in self.roles:
            if r.holds_on(date):
                return r
        return None

    def latest_start(self) -> str:
        """Start date of the most recent role, for choosing between namesakes."""
        return max((r.start or "" for r in self.roles), default="")


@dataclass(frozen=True)
class Agent:
    """A word naming a kind of actor (police, lawmakers, president) and its sector."""

    word: str
    sector: str | None  # None only for generic words (vessel, convoy) that take their modifier's
    person: bool = False  # denotes a single person (a coreference antecedent for he/she)
    generic: bool = False  # a sector-bearing modifier overrides it (opposition leader -> OPP)
    title: bool = False  # can precede a name (President Macron)
    office: str | None = None  # canonical office for finding its holder (foreign minister)
    plural: bool = False
    modified: bool = False  # codes only with a modifier saying whose ("CIA director", not "the director")
    country: str | None = None  # default country when the phrase names none ("settlers" are Israeli)
    source: str = ""
    layer: int = 0


@dataclass(frozen=True)
class Hit:
    """One reading of a normalised name: an entity (with the form it was named by) or an agent."""

    kind: str  # person | org | country | region | seat | capital | place | agent
    form: str  # name | adj | people | capital | word
    entity: Entity | None = None
    agent: Agent | None = None
    acronym: bool = False

    @property
    def layer(self) -> int:
        """Knowledge layer the hit comes from (higher overrides lower)."""
        if self.entity is not None:
            return self.entity.layer
        return self.agent.layer if self.agent is not None else 0


def make_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO-like code from a country and a sector (``---`` stands for an unknown country)."""
    if country is None and sector is None:
        return None
    if country == "IGO":
        return "IGO" + (sector or "")
    return (country or "---") + (sector or "")


def plural_forms(word: str) -> list[str]:
    """Regular English plurals of an agent word (explicit `plural` lists cover the rest)."""
    parts = word.split(" ")
    last = parts[-1]
    if last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith(("s", "sh", "ch", "x")):
        p = last + "es"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    return [" ".join(parts[:-1] + [p])]


class KnowledgeBase:
    """All actor knowledge, indexed by normalised name; `lookup` codes a mention text."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        #: entities by (kind, name), to find the one a later layer replaces without scanning them all
        self._by_kind_name: dict[tuple[str, str], list[Entity]] = {}
        self.agents: list[Agent] = []
        self.index: dict[str, list[Hit]] = {}
        self.max_words = 1
        self.files: list[str] = []
        self._and_keys: list[str] | None = None
        self._and_places: list[str] | None = None
        #: Nouns of armed acts ("strikes", "shelling"): a state named as their modifier is its military.
        self.military_acts: set[str] = set()
        #: People's roles by office (`_holders_of`), built on first use; reset when knowledge is added.
        self._office_index: dict[str, list[tuple[Entity, Role]]] | None = None
        #: Every prefix of every key's first word (`may_start`), built on first use; reset when a key is added.
        self._prefixes: set[str] | None = None
        self._start_memo: dict[str, bool] = {}
        #: Answers of `names_agent` by (text, lower-case flag); reset when a key is added.
        self._agent_memo: dict[tuple[str, bool], bool] = {}

    # -- building -------------------------------------------------------------------------
    def _add_key(self, text: str, hit: Hit) -> None:
        key = norm(text)
        if not key:
            return
        self._prefixes = None
        self._start_memo = {}
        self._agent_memo = {}
        self._and_keys = self._and_places = None
        hits = self.index.setdefault(key, [])
        if hit not in hits:
            hits.append(hit)
        self.max_words = max(self.max_words, len(key.replace("-", " - ").split()))

    def add_entity(self, e: Entity, aliases: Iterable[str], forms: dict[str, Iterable[str]] | None = None) -> None:
        """Add an entity under its name and aliases (and adjective/people/capital forms)."""
        self._office_index = None
        # A later layer's entry with the same kind and name replaces the earlier one.
        same = self._by_kind_name.setdefault((e.kind, e.name), [])
        old = [x for x in same if x.layer < e.layer]
        if old:
            self.entities = [x for x in self.entities if x not in old]
            same[:] = [x for x in same if x not in old]
            for key in list(self.index):
                self.index[key] = [h for h in self.index[key] if h.entity not in old]
        self.entities.append(e)
        same.append(e)
        for a in [e.name, *aliases]:
            self._add_key(a, Hit(e.kind, "name", entity=e, acronym=is_acronym(a)))
        for form, words in (forms or {}).items():
            kind = "capital" if form == "capital" else e.kind
            for w in words:
                self._add_key(w, Hit(kind, form, entity=e, acronym=is_acronym(w)))

    def add_agent(self, a: Agent) -> None:
        """Add an agent word."""
        self.agents.append(a)
        self._add_key(a.word, Hit("agent", "word", agent=a))

    # -- queries --------------------------------------------------------------------------
    def hits(self, text: str, *, lower_case_text: bool = False) -> list[Hit]:
        """Readings of a name, highest layer only; acronyms never match all-lower-case text."""
        hs = self.index.get(norm(text), [])
        if lower_case_text:
            hs = [h for h in hs if not h.acronym]
        if not hs:
            return []
        top = max(h.layer for h in hs)
        return [h for h in hs if h.layer == top]

    def names_agent(self, text: str, *, lower_case_text: bool = False) -> bool:
        """True when one of the readings `hits` gives for the text is an agent word (memoised: the
        resolver asks this of the same few hundred words over and over)."""
        got = self._agent_memo.get((text, lower_case_text))
        if got is None:
            got = self._agent_memo[(text, lower_case_text)] = any(
                h.kind == "agent" for h in self.hits(text, lower_case_text=lower_case_text))
        return got

    def may_start(self, text: str) -> bool:
        """False when no key starts with ``norm(text)``: no name can begin with this word (memoised).

        `norm` maps each character on its own (lower case, dots dropped) and only merges or drops
        whitespace, so ``norm(first word)`` is a prefix of ``norm(first word + rest)``; the one
        context-dependent lower-casing (Greek final sigma) is never ruled out."""
        got = self._start_memo.get(text)
        if got is None:
            if self._prefixes is None:
                # Prefixes of each key's first word only: a key prefix without a space lies there.
                self._prefixes = {k[:n] for k in self.index for n in range((k + " ").index(" ") + 1)}
            key = norm(text)
            got = self._start_memo[text] = "\u03a3" in text or " " in key or key in self._prefixes
        return got

    def keys_with_and(self) -> list[str]:
        """Names that contain "and" (Bosnia and Herzegovina), which must not be split at it."""
        if self._and_keys is None:
            self._and_keys = [k for k in self.index if " and " in f" {k} " or "&" in k]
        return self._and_keys

    def places_with_and(self) -> list[str]:
        """Country, place and organisation names that contain "and" ("turks and caicos", "justice and
        equality movement"), which the parser often splits in two at the "and". An organisation's name
        needs a word on each side besides "and" and the article, so that no short key joins two actors."""
        if self._and_places is None:
            self._and_places = [k for k in self.keys_with_and() if " and " in k and any(
                h.kind in ("country", "place") or (h.kind == "org" and _org_and_name(k)) for h in self.index[k])]
        return self._and_places

    def _holders_of(self, office: str) -> list[tuple[Entity, Role]]:
        """People's roles for one office, in knowledge-base order (an index built once, not a scan
        of every entity per title: office titles are frequent)."""
        if self._office_index is None:
            index: dict[str, list[tuple[Entity, Role]]] = {}
            for e in self.entities:
                if e.kind == "person":
                    for r in e.roles:
                        index.setdefault(r.office, []).append((e, r))
            self._office_index = index
        return self._office_index.get(office, [])

    def holder(self, country: str, office: str, date: str | None) -> Entity | None:
        """The person holding `office` for `country` on `date`, if the knowledge base knows one."""
        for e, r in self._holders_of(office):
            if (r.country or e.country) == country and r.holds_on(date):
                return e
        return None

    def surname_holders(self, office: str, surname: str, date: str | None) -> list[Entity]:
        """The people of surname `surname` (any case) holding `office` on `date` ("Prime Minister Sharif")."""
        low = surname.lower()
        found = {id(e): e for e, r in self._holders_of(office) if r.holds_on(date) and e.name.split()[-1].lower() == low}
        return list(found.values())

    def sole_holder(self, office: str, date: str | None) -> Entity | None:
        """The person holding `office` on `date` when the knowledge base knows exactly one
        ("the Queen" in 2015, with no country in reach, is Elizabeth II)."""
        found = {id(e): e for e, r in self._holders_of(office) if r.holds_on(date)}
        return next(iter(found.values())) if len(found) == 1 else None

    def country_name(self, code: str) -> str | None:
        """Canonical name of a country or region code."""
        for e in self.entities:
            if e.kind in ("country", "region") and e.country == code:
                return e.name
        return None

    def lookup(self, text: str, date: str | None = None) -> ActorRef | None:
        """Code a mention text without a parse (offsets are 0); None when it names no actor."""
        from eventwire.actors.phrase import code_words, words_of_text

        words = words_of_text(text)
        if not words:
            return None
        coded = code_words(self, words, head=None, date=date, context_country=None)
        if coded is None or coded.code is None:
            return None
        return coded.ref(text, 0, 0)


# -- loading ------------------------------------------------------------------------------


def _err(path: str, entry: str, msg: str) -> ActorDataError:
    return ActorDataError(f"{path}: entry {entry}: {msg}")


def _str_list(value: Any, path: str, entry: str, key: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, entry, f"'{key}' must be a list of strings, got {value!r}")
    return list(value)


def _date(value: Any, path: str, entry: str) -> str | None:
    if value is None:
        return None
    s = str(value)  # YAML may already have parsed it into a datetime.date
    try:
        ok = bool(_DATE_RE.match(s)) and datetime.date.fromisoformat(s) is not None
    except ValueError:
        ok = False
    if not ok:
        raise _err(path, entry, f"date {value!r} is not a valid YYYY-MM-DD date")
    return s


def _sector(value: Any, path: str, entry: str) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise _err(path, entry, f"unknown sector {value!r} (known: {' '.join(sorted(SECTORS))})")
    return str(value)


def _country(value: Any, path: str, entry: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise _err(path, entry, f"country {value!r} must be a 3-letter upper-case code")
    return value


def _roles(value: Any, path: str, entry: str) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise _err(path, entry, "'roles' must be a list")
    out = []
    for r in value:
        if isinstance(r, list):
            if len(r) != 4:
                raise _err(path, entry, f"role {r!r} must be [office, sector, start, end]")
            office, sector, start, end = r
            country = code = None
        elif isinstance(r, dict):
            unknown = set(r) - {"office", "sector", "start", "end", "country", "code"}
            if unknown:
                raise _err(path, entry, f"role has unknown keys {sorted(unknown)}")
            office, sector, start, end = r.get("office", ""), r.get("sector"), r.get("start"), r.get("end")
            country, code = _country(r.get("country"), path, entry), r.get("code")
        else:
            raise _err(path, entry, f"role {r!r} must be a list or a mapping")
        role = Role(
            office=str(office or ""),
            sector=_sector(sector, path, entry),
            start=_date(start, path, entry),
            end=_date(end, path, entry),
            country=country,
            code=code,
        )
        if role.start and role.end and role.end <= role.start:
            raise _err(path, entry, f"role {role.office!r} ends ({role.end}) before it starts ({role.start})")
        out.append(role)
    return tuple(out)


def _check_keys(d: dict[str, Any], allowed: set[str], path: str, entry: str) -> None:
    unknown = set(d) - allowed
    if unknown:
        raise _err(path, entry, f"unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")


def _load_countries(kb: KnowledgeBase, data: Any, path: str, layer: int, kind: str) -> None:
    import pycountry

    if not isinstance(data, dict):
        raise _err(path, kind, "must be a mapping of code -> {names, adj, people, capital}")
    for code, spec in data.items():
        entry = str(code)
        spec = spec or {}
        if not isinstance(spec, dict):
            raise _err(path, entry, "must be a mapping")
        _check_keys(spec, {"names", "adj", "people", "capital", "name", "ethnic", "stateless"}, path, entry)
        names = _str_list(spec.get("names"), path, entry, "names")
        canonical = spec.get("name") or (names[0] if names else None)
        if kind == "country":
            iso = pycountry.countries.get(alpha_3=str(code))
            if iso is None and spec.get("name") is None:
                raise _err(path, entry, "not an ISO 3166 alpha-3 code (give 'name' for a non-ISO code)")
            if iso is not None:
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(iso, attr, None)
                    if v:
                        names.append(v)
                canonical = canonical or getattr(iso, "common_name", None) or iso.name
        if not canonical:
            canonical = names[0] if names else entry
        adj = _str_list(spec.get("adj"), path, entry, "adj")
        people = _str_list(spec.get("people"), path, entry, "people")
        # Regular demonym plurals (Ukrainians, Saudis, Israelis) come from the adjectives.
        people += [a + "s" for a in adj if a[-1:] in ("n", "i") and not is_acronym(a)]
        capital = _str_list(spec.get("capital"), path, entry, "capital")
        e = Entity(kind=kind, name=str(canonical), country=str(code), source=path, layer=layer,
                   ethnic=bool(spec.get("ethnic", False)), stateless=bool(spec.get("stateless", False)))
        kb.add_entity(e, names, {"adj": adj, "people": people, "capital": capital})


#: Words of an administrative unit written after a place's name ("Donetsk Oblast", "Kaduna State",
#: "Idlib Governorate"): the unit is the same place, so it gives the same country.
ADMIN_SUFFIXES = ("Oblast", "Governorate", "Province", "Region", "State", "District", "Raion", "Krai",
                  "Prefecture", "County", "Department", "Territory", "Municipality", "Regency", "Division", "Township",
                  "Woreda", "Voivodeship", "Commune", "Subdistrict")


def _load_places(kb: KnowledgeBase, data: Any, path: str, layer: int) -> None:
    """Cities and regions inside a country: they give the country of phrases and sentences."""
    if not isinstance(data, dict):
        raise _err(path, "places", "must be a mapping of ISO3 code -> [place names]")
    for code, names in data.items():
        entry = f"places.{code}"
        country = _country(code, path, entry)
        for name in _str_list(names, path, entry, "names"):
            last = name.split()[-1].lower()
            suffixed = [f"{name} {s}" for s in ADMIN_SUFFIXES if s.lower() != last]
            kb.add_entity(Entity(kind="place", name=name, country=country, source=path, layer=layer), suffixed)


def _list_entries(data: Any, path: str, section: str, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The entries of a list section (`seats`, `agents`, `people`, `organizations`) with their index, each a mapping
    that has `key`; a section that is no list, or an entry that is no such mapping, names the file and the entry."""
    if not isinstance(data, list):
        raise _err(path, section, "must be a list")
    for i, spec in enumerate(data):
        if not isinstance(spec, dict) or key not in spec:
            raise _err(path, f"{section}[{i}]", f"must be a mapping with {'a ' if key == 'name' else ''}'{key}'")
        yield i, spec


def _load_seats(kb: KnowledgeBase, data: Any, path: str, layer: int) -> None:
    for i, spec in _list_entries(data, path, "seats", "name"):
        entry = f"seats[{i}] ({spec['name']})"
        _check_keys(spec, {"name", "aka", "country", "sector"}, path, entry)
        e = Entity(
            kind="seat",
            name=str(spec["name"]),
            country=_country(spec.get("country"), path, entry),
            sector=_sector(spec.get("sector"), path, entry),
            source=path,
            layer=layer,
        )
        kb.add_entity(e, _str_list(spec.get("aka"), path, entry, "aka"))


def _load_agents(kb: KnowledgeBase, data: Any, path: str, layer: int) -> None:
    for i, spec in _list_entries(data, path, "agents", "words"):
        entry = f"agents[{i}]"
        words = _str_list(spec["words"], path, entry, "words")
        entry = f"agents[{i}] ({words[0] if words else ''})"
        _check_keys(spec, {"words", "sector", "person", "generic", "title", "office", "plural", "noplural", "modified", "country"}, path, entry)
        default_country = _country(spec.get("country"), path, entry)
        sector = _sector(spec.get("sector"), path, entry)
        if sector is None and not spec.get("generic"):
            raise _err(path, entry, "needs a 'sector' (only generic words such as 'vessel' may leave it out)")
        office = spec.get("office")
        person = bool(spec.get("person", False))
        generic = bool(spec.get("generic", False))
        title = bool(spec.get("title", False))
        modified = bool(spec.get("modified", False))
        plurals = _str_list(spec.get("plural"), path, entry, "plural")
        for w in words:
            kb.add_agent(Agent(w, sector, person, generic, title, office, False, modified, default_country, path, layer))
            if not spec.get("noplural") and not spec.get("plural"):
                plurals += plural_forms(w)
        for p in plurals:
            # A plural names a group: never a single person, never a title before a name.
            kb.add_agent(Agent(p, sector, False, generic, False, office, True, modified, default_country, path, layer))


def _load_named(kb: KnowledgeBase, data: Any, path: str, layer: int, kind: str) -> None:
    section = "people" if kind == "person" else "organizations"
    seen: set[str] = set()
    for i, spec in _list_entries(data, path, section, "name"):
        name = str(spec["name"])
        entry = f"{section}[{i}] ({name})"
        if name in seen:
            raise _err(path, entry, "duplicate name in this file")
        seen.add(name)
        _check_keys(spec, {"name", "aka", "country", "sector", "code", "roles", "female", "nosurname"}, path, entry)
        country = spec.get("country")
        if kind == "person" and country is None:
            raise _err(path, entry, "a person needs a 'country'")
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
            raise _err(path, entry, f"country {country!r} must be a 3-letter upper-case code")
        code = spec.get("code")
        if code is not None and not (isinstance(code, str) and re.fullmatch(r"[A-Z0-9-]{3,15}", code)):
            raise _err(path, entry, f"code {code!r} must be upper-case letters")
        e = Entity(
            kind=kind,
            name=name,
            country=country,
            sector=_sector(spec.get("sector"), path, entry),
            code=code,
            roles=_roles(spec.get("roles"), path, entry),
            female=bool(spec.get("female", False)),
            source=path,
            layer=layer,
        )
        if kind == "person" and not e.roles:
            raise _err(path, entry, "a person needs at least one dated role")
        aliases = _str_list(spec.get("aka"), path, entry, "aka")
        if kind == "person" and e.country in HYPHENATED_GIVEN_NAMES:
            aliases += _given_name_variants([name, *aliases])
        if kind == "person" and not spec.get("nosurname") and " " in name:
            aliases.append(name.split()[-1])
        kb.add_entity(e, aliases)


#: Countries whose two-syllable given names news writes three ways: "Yoon Suk Yeol", "Yoon Suk-yeol",
#: "Yoon Sukyeol" are one person.
HYPHENATED_GIVEN_NAMES = frozenset({"KOR", "PRK"})


def _given_name_variants(names: list[str]) -> list[str]:
    """The spellings of a Korean name news also uses: hyphenated, spaced and joined given names."""
    out: list[str] = []
    for n in names:
        parts = n.split()
        if len(parts) == 3 and all(p[:1].isupper() for p in parts):
            fam, a, b = parts
            out += [f"{fam} {a}-{b.lower()}", f"{fam} {a}{b.lower()}"]
        elif len(parts) == 2 and "-" in parts[1]:
            a, b = parts[1].split("-", 1)
            out += [f"{parts[0]} {a} {b.capitalize()}", f"{parts[0]} {a}{b.lower()}"]
    return [v for v in dict.fromkeys(out) if v not in names]


def _org_and_name(key: str) -> bool:
    """True when a normalised organisation name with "and" has at least three words besides "and"/"the"."""
    return len([w for w in key.split() if w not in ("and", "the")]) >= 3


def load_file(kb: KnowledgeBase, path: Path | str, layer: int) -> None:
    """Read one actor YAML file into `kb`, raising ActorDataError naming the file and entry."""
    p = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ActorDataError(f"{p}: cannot read actor file: {exc}") from exc
    try:
        data = safe_load(text) or {}
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: YAML's own date parsing (2020-13-01)
        raise ActorDataError(f"{p}: invalid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ActorDataError(f"{p}: top level must be a mapping of sections")
    allowed = {"countries", "regions", "places", "seats", "agents", "organizations", "people", "military_acts"}
    unknown = set(data) - allowed
    if unknown:
        raise ActorDataError(f"{p}: unknown sections {sorted(unknown)} (allowed: {sorted(allowed)})")
    if "countries" in data:
        _load_countries(kb, data["countries"], p, layer, "country")
    if "regions" in data:
        _load_countries(kb, data["regions"], p, layer, "region")
    if "places" in data:
        _load_places(kb, data["places"], p, layer)
    if "seats" in data:
        _load_seats(kb, data["seats"], p, layer)
    if "agents" in data:
        _load_agents(kb, data["agents"], p, layer)
    if "military_acts" in data:
        kb.military_acts.update(norm(w) for w in _str_list(data["military_acts"], p, "military_acts", "military_acts"))
    if "organizations" in data:
        _load_named(kb, data["organizations"], p, layer, "org")
    if "people" in data:
        _load_named(kb, data["people"], p, layer, "person")
    kb.files.append(p)


def shipped_dir() -> Path:
    """Folder of the shipped actor knowledge files."""
    return Path(str(resources.files("eventwire") / "data" / "actors"))


def _env_files() -> tuple[str, ...]:
    raw = os.environ.get(ENV_VAR, "")
    return tuple(s for s in raw.split(os.pathsep) if s.strip())


@functools.lru_cache(maxsize=8)
def _load_cached(env_files: tuple[str, ...], user_files: tuple[str, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    for name in SHIPPED_FILES:
        load_file(kb, shipped_dir() / name, layer=0)
    for f in env_files:
        load_file(kb, f, layer=1)
    for f in user_files:
        load_file(kb, f, layer=2)
    return kb


def load_knowledge_base(user_files: Sequence[Path | str] = ()) -> KnowledgeBase:
    """Shipped actor knowledge overridden by $EVENTWIRE_ACTORS files, then by `user_files` (cached)."""
    return _load_cached(_env_files(), tuple(str(f) for f in user_files))


__all__ = [
    "ActorDataError",
    "Agent",
    "Entity",
    "Hit",
    "KnowledgeBase",
    "Role",
    "load_file",
    "load_knowledge_base",
    "make_code",
    "norm",
]
