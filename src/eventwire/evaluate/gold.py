"""The in-memory gold model every reader produces: texts with their expected events, statements
and actor codings, plus free-standing actor mentions.

Presence matters: `GoldText.events is None` means the gold source says nothing about events for that
text (it is left out of the events task), while an empty tuple means "this text has no event".
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: CAMEO-style country prefixes that are not ISO countries: international, non-governmental and
#: militarized groups, multinational companies, and '---' (country unknown).
NON_STATE_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "UIS")
#: Names the gold sets use for one organisation, mapped to one canonical CAMEO-style code.
IGO_ALIASES = {
    "EU": "IGOEUREEC",
    "EUR": "IGOEUREEC",
    "NATO": "IGOWSTNAT",
    "NAT": "IGOWSTNAT",
    "UN": "IGOUNO",
    "UNO": "IGOUNO",
    "AU": "IGOAFRAFU",
    "ASEAN": "IGOSEAASN",
    "OPEC": "IGOBUSOPC",
    "IAEA": "IGOUNOIAE",
    "WHO": "IGOUNOWHO",
    "IMF": "IGOWLDIMF",
    "WTO": "IGOWLDWTO",
}
#: Non-ISO country codes found in older CAMEO data, mapped to ISO 3166 alpha-3.
COUNTRY_ALIASES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "ROM": "ROU",
    "UK": "GBR",
    "US": "USA",
    "KSV": "XKX",
    "KOS": "XKX",
}


@dataclass(frozen=True)
class GoldSpan:
    """A character span of a gold text (`text[start:end]`); `text` kept for readable errors."""

    start: int
    end: int
    text: str = ""


@dataclass(frozen=True)
class GoldActor:
    """An expected actor: `country` (ISO alpha-3 or an IGO code, None = unknown) and `sector`."""

    country: str | None
    sector: str | None = None
    code: str | None = None  # the code as the gold source wrote it, for display
    span: GoldSpan | None = None


@dataclass(frozen=True)
class GoldEvent:
    """An expected event; `cameo`/`plover` None when the gold source does not give them."""

    source: GoldActor | None
    target: GoldActor | None
    cameo: str | None
    plover: str | None = None
    trigger: GoldSpan | None = None

    @property
    def root(self) -> str | None:
        """Two-digit CAMEO root of the event, or None."""
        return self.cameo[:2] if self.cameo else None


@dataclass(frozen=True)
class GoldStatement:
    """An expected statement: speaker, cue and content spans (speaker or cue may be absent)."""

    speaker: GoldSpan | None
    cue: GoldSpan | None
    content: GoldSpan


@dataclass(frozen=True)
class GoldActorMention:
    """A mention text with a date and the country and sector it must code to."""

    text: str
    date: str | None
    country: str | None
    sector: str | None
    id: str = ""
    note: str = ""


@dataclass(frozen=True)
class GoldText:
    """One gold text; a None list means the gold source does not annotate that task."""

    id: str
    text: str
    date: str | None = None
    events: tuple[GoldEvent, ...] | None = None
    statements: tuple[GoldStatement, ...] | None = None
    note: str = ""


@dataclass(frozen=True)
class GoldSet:
    """Everything read from one gold file or directory."""

    path: str
    format: str  # jsonl | petrarch | plover | brat
    texts: tuple[GoldText, ...] = ()
    actor_mentions: tuple[GoldActorMention, ...] = ()
    warnings: tuple[str, ...] = field(default=(), compare=False)


def normalize_country(country: str | None) -> str | None:
    """Canonical country: ISO alpha-3 upper case, an IGO/NGO code, or None for unknown ('---')."""
    if country is None:
        return None
    c = country.strip().upper()
    if not c or set(c) <= {"-", "*"}:
        return None
    if c in IGO_ALIASES:
        return IGO_ALIASES[c]
    return COUNTRY_ALIASES.get(c, c)


def same_country(g: str | None, s: str | None) -> bool:
    """Countries equal, with organisations compared by their last part (IGOCOPITP == IGOITP) and a
    bare IGO/NGO/IMG standing for any organisation of that kind."""
    if g == s:
        return True
    if g is None or s is None or g[:3] != s[:3] or g[:3] not in NON_STATE_PREFIXES:
        return False
    if len(g) == 3 or len(s) == 3:
        return True
    return g[-3:] == s[-3:]


def normalize_sector(sector: str | None) -> str | None:
    """Canonical primary sector: the first three letters upper-cased ('CVLalb' -> 'CVL'), '***' -> None."""
    if sector is None:
        return None
    s = sector.strip()
    if len(s) < 3 or not s[:3].isalpha():
        return None
    return s[:3].upper()


def split_cameo_actor(code: str) -> tuple[str | None, str | None]:
    """Split a CAMEO-style actor code into (country, sector): USAGOV -> (USA, GOV), ---REB -> (None, REB).

    International codes keep their organisation part as the country (IGOEUREEC -> (IGOEUREEC, None)),
    with the sector taken from a trailing role when there is one (IGOUNOMIL -> (IGOUNO, MIL)).
    """
    c = code.strip().upper()
    if not c or set(c) <= {"-", "*"}:
        return None, None
    if c in IGO_ALIASES:
        return IGO_ALIASES[c], None
    if len(c) <= 3:
        return normalize_country(c), None
    head, rest = c[:3], c[3:]
    if head in NON_STATE_PREFIXES:
        # The organisation part may be any length (IGOG7, IGOEUREEC); a known role at the end is
        # the sector.
        if len(rest) > 3 and rest[-3:] in ROLE_CODES:
            return head + rest[:-3], rest[-3:]
        return c, None
    # After the country come 3-letter parts: a region (PSEGZA), a religion or ethnicity (IRQMUS) or a
    # role; the first role among them is the sector (PSEGZACVL -> CVL, PSEREBHMS -> REB).
    parts = [rest[i : i + 3] for i in range(0, len(rest) - 2, 3)]
    return normalize_country(head), next((p for p in parts if p in SECTOR_CODES), None)


#: CAMEO primary role codes; used to recognise a trailing role in an international code.
_ROLES = "GOV MIL LEG JUD COP SPY OPP REB CVL BUS MED EDU CRM REF LAB HLH AGR ELI PTY REL UAF INS SEP MOD RAD"
ROLE_CODES = frozenset(_ROLES.split(" "))
#: Every code accepted as a sector after a country code (roles plus CAMEO's other primary sectors).
SECTOR_CODES = ROLE_CODES | {"HRI", "ENV", "DEV", "NGO", "IGO", "MNC"}


def gold_actor(value: object) -> GoldActor | None:
    """A GoldActor from a CAMEO-style code string or a {country, sector} / {code} mapping."""
    if value is None:
        return None
    if isinstance(value, str):
        if not value.strip():
            return None
        country, sector = split_cameo_actor(value)
        return GoldActor(country=country, sector=sector, code=value.strip())
    if isinstance(value, dict):
        span = None
        if "start" in value and "end" in value:
            span = GoldSpan(int(value["start"]), int(value["end"]), str(value.get("text", "")))
        if value.get("country") is not None or value.get("sector") is not None:
            return GoldActor(
                country=normalize_country(value.get("country")),
                sector=normalize_sector(value.get("sector")),
                code=value.get("code"),
                span=span,
            )
        if value.get("code"):
            country, sector = split_cameo_actor(str(value["code"]))
            return GoldActor(country=country, sector=sector, code=str(value["code"]), span=span)
        return GoldActor(country=None, sector=None, span=span)
    raise ValueError(f"actor must be a code string or an object, got {value!r}")
