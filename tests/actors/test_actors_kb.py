"""Knowledge base loading, validation, overrides and text lookup (no spaCy model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorDataError, load_knowledge_base
from eventwire.actors.kb import KnowledgeBase, load_file, norm


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


# text, date, code, country, sector, name (None = not checked)
LOOKUP_CASES = [
    ("an American destroyer", None, "USAMIL", "USA", "MIL", None),
    ("four Saudi men", None, "SAUCVL", "SAU", "CVL", None),
    ("Ukrainian lawmakers", None, "UKRLEG", "UKR", "LEG", None),
    ("riot police", None, "---COP", None, "COP", None),
    ("the Kremlin", None, "RUSGOV", "RUS", "GOV", None),
    ("the Pentagon", None, "USAMIL", "USA", "MIL", None),
    ("Downing Street", None, "GBRGOV", "GBR", "GOV", None),
    ("Trump", "2019-03-01", "USAGOV", "USA", "GOV", "Donald Trump"),
    ("Trump", "2023-03-01", "USAELI", "USA", "ELI", "Donald Trump"),
    ("Trump", "2025-03-01", "USAGOV", "USA", "GOV", "Donald Trump"),
    ("Donald Trump", "2016-03-01", "USAELI", "USA", "ELI", "Donald Trump"),
    ("Blinken", "2023-03-01", "USAGOV", "USA", "GOV", "Antony Blinken"),
    ("Blinken", "2025-03-01", "USAELI", "USA", "ELI", "Antony Blinken"),
    ("Rubio", "2025-03-01", "USAGOV", "USA", "GOV", "Marco Rubio"),
    ("Rubio", "2015-03-01", "USALEG", "USA", "LEG", "Marco Rubio"),
    ("US President Donald Trump", "2025-05-21", "USAGOV", "USA", "GOV", "Donald Trump"),
    ("Russian dictator Vladimir Putin", "2025-05-21", "RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    ("Putin", "2010-01-01", "RUSGOV", "RUS", "GOV", "Vladimir Putin"),
    ("an unnamed White House official", "2025-05-21", "USAGOV", "USA", "GOV", None),
    ("the president (Trump - ed.)", "2025-05-21", "USAGOV", "USA", "GOV", "Donald Trump"),
    ("US Secretary of State Marco Rubio", "2025-05-21", "USAGOV", "USA", "GOV", "Marco Rubio"),
    ("Bessent", "2025-05-21", "USAGOV", "USA", "GOV", "Scott Bessent"),
    ("NATO", None, "IGOWSTNAT", "IGO", "MIL", "NATO"),
    ("the European Union", None, "IGOEUREEC", "IGO", None, "European Union"),
    ("the European Union's", None, "IGOEUREEC", "IGO", None, "European Union"),
    ("the U.S.", None, "USA", "USA", None, "United States"),
    ("the US president", "2025-05-21", "USAGOV", "USA", "GOV", "Donald Trump"),
    ("the US president", "2022-05-21", "USAGOV", "USA", "GOV", "Joe Biden"),
    ("Hamas fighters", None, "PSEREBHMS", "PSE", "REB", "Hamas"),
    ("the Taliban", "2020-01-01", "AFGREBTAL", "AFG", "REB", "Taliban"),
    ("the Taliban", "2022-01-01", "AFGGOVTAL", "AFG", "GOV", "Taliban"),
    ("opposition lawmakers", None, "---OPP", None, "OPP", None),
    ("Kremlin spokesman Dmitry Peskov", "2025-01-01", "RUSGOV", "RUS", "GOV", "Dmitry Peskov"),
    ("Foreign Minister Jane Doe", None, "---GOV", None, "GOV", "Jane Doe"),
    ("former president Barack Obama", "2015-01-01", "USAELI", "USA", "ELI", "Barack Obama"),
    ("UN Secretary-General Antonio Guterres", "2024-01-01", "IGOUNO", "IGO", "GOV", "António Guterres"),
    ("Powell", "2003-01-01", "USAGOV", "USA", "GOV", "Colin Powell"),
    ("Powell", "2020-01-01", "USAGOV", "USA", "GOV", "Jerome Powell"),
    ("the governor of Colorado", None, "USAGOV", "USA", "GOV", None),
    ("the University of Cape Town", None, "ZAFEDU", "ZAF", "EDU", None),
    ("the President of Ukraine", "2025-01-01", "UKRGOV", "UKR", "GOV", "Volodymyr Zelensky"),
    ("Iraqi Kurds", None, "IRQ", "IRQ", None, None),
    ("Saudi Crown Prince Mohammed bin Salman", "2025-01-01", "SAUGOV", "SAU", "GOV", "Mohammed bin Salman"),
    ("CIA director", None, "USASPY", "USA", "SPY", None),
    ("Chinese coast guard vessels", None, "CHNCOP", "CHN", "COP", None),
    ("Putin's spokesman", "2025-01-01", "RUSGOV", "RUS", "GOV", "Russia"),
    ("the president of the Tunisian League", "2024-01-01", "TUNGOV", "TUN", "GOV", "Tunisia"),
    ("the Tunisian president", "2024-01-01", "TUNGOV", "TUN", "GOV", "Kais Saied"),
    ("President Hosni Mubarak", None, "EGYGOV", "EGY", "GOV", "Hosni Mubarak"),
    ("President Hosni Mubarak", "2020-01-01", "EGYELI", "EGY", "ELI", "Hosni Mubarak"),
    ("The New York Times", None, "USAMED", "USA", "MED", "The New York Times"),
]


@pytest.mark.parametrize(("text", "date", "code", "country", "sector", "name"), LOOKUP_CASES)
def test_lookup(kb, text, date, code, country, sector, name):
    ref = kb.lookup(text, date)
    assert ref is not None, text
    assert (ref.code, ref.country, ref.sector) == (code, country, sector), ref.why
    if name is not None:
        assert ref.name == name
    assert ref.why


@pytest.mark.parametrize(
    "text", ["sanctions pressure", "us", "turkey sandwich", "economic cooperation", "", "talks in Moscow", "the director", "a boat"]
)
def test_lookup_non_actors(kb, text):
    assert kb.lookup(text) is None


def test_norm_handles_dots_and_apostrophes():
    assert norm("U.S.") == norm("US") == "us"
    assert norm("Quai d\u2019Orsay") == norm("Quai d'Orsay")


def test_user_file_overrides_shipped_person(tmp_path: Path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "people:\n"
        "  - {name: Donald Trump, aka: [Trump], country: USA, roles: [[golfer, CVL, 2000-01-01, null]]}\n"
        "  - {name: Ann Example, country: FRA, female: true, roles: [[foreign minister, GOV, 2030-01-01, null]]}\n"
        "seats:\n"
        "  - {name: Kremlin, country: RUS, sector: MIL}\n",
        encoding="utf-8",
    )
    kb = load_knowledge_base([f])
    assert kb.lookup("Trump", "2025-05-21").code == "USACVL"
    assert kb.lookup("Example", "2031-01-01").code == "FRAGOV"
    assert kb.lookup("the Kremlin").code == "RUSMIL"
    # The shipped default is untouched (and still cached separately).
    assert load_knowledge_base().lookup("Trump", "2025-05-21").code == "USAGOV"


def test_env_files_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    f = tmp_path / "env.yaml"
    f.write_text("organizations:\n  - {name: NATO, code: NATO, country: IGO}\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_ACTORS", str(f))
    assert load_knowledge_base().lookup("NATO").code == "NATO"
    monkeypatch.delenv("EVENTWIRE_ACTORS")
    assert load_knowledge_base().lookup("NATO").code == "IGOWSTNAT"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("people:\n  - {name: X Y, country: USA, roles: [[president, GOV, 2020-1-01, null]]}\n", "people[0] (X Y)"),
        ("people:\n  - {name: X Y, country: USA, roles: [[president, GOV, 2020-13-01, null]]}\n", "invalid YAML"),
        ("people:\n  - {name: X Y, country: USA, roles: [[president, BAD, 2020-01-01, null]]}\n", "unknown sector"),
        ("people:\n  - {name: X Y, country: usa, roles: [[president, GOV, 2020-01-01, null]]}\n", "country"),
        ("people:\n  - {name: X Y, country: USA, roles: [[president, GOV, 2021-01-01, 2020-01-01]]}\n", "ends"),
        ("people:\n  - {name: X Y, country: USA}\n", "at least one dated role"),
        ("agents:\n  - {words: [goon], sector: GOV, colour: red}\n", "agents[0] (goon)"),
        ("countries:\n  QQQ: {names: [Nowhere]}\n", "QQQ"),
        ("villains: []\n", "unknown sections"),
        ("people: [\n", "invalid YAML"),
    ],
)
def test_validation_errors_name_file_and_entry(tmp_path: Path, content: str, message: str):
    f = tmp_path / "bad.yaml"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ActorDataError) as exc:
        load_file(KnowledgeBase(), f, layer=2)
    assert str(f) in str(exc.value)
    assert message in str(exc.value)


def test_shipped_people_cover_required_offices(kb: KnowledgeBase):
    # Heads of state/government and foreign ministers of the P5 and the war parties in mid-2025.
    date = "2025-06-15"
    for country, office in [
        ("USA", "president"), ("USA", "foreign minister"), ("USA", "defence minister"),
        ("RUS", "president"), ("RUS", "prime minister"), ("RUS", "foreign minister"), ("RUS", "defence minister"),
        ("CHN", "president"), ("CHN", "foreign minister"), ("GBR", "prime minister"), ("GBR", "foreign minister"),
        ("FRA", "president"), ("FRA", "foreign minister"), ("UKR", "president"), ("UKR", "foreign minister"),
        ("ISR", "prime minister"), ("ISR", "defence minister"), ("IRN", "president"), ("IRN", "foreign minister"),
        ("TUR", "president"), ("SAU", "crown prince"), ("QAT", "emir"), ("EGY", "president"), ("DEU", "chancellor"),
    ]:
        assert kb.holder(country, office, date) is not None, (country, office)
