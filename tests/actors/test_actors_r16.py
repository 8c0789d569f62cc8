"""Session 16 actor coding: "former" makes an elite of a former office holder only; a former soldier,
police officer or rebel keeps the force he served in. "army major" and "police captain" are ranks of
those forces ("major" alone stays the adjective). A capitalised "General" that begins a body's name
("the General Department of Ports") is part of the name, not a general's rank."""

from __future__ import annotations

from eventwire.actors.resolver import resolve_text

DATE = "2026-01-05"


def _cs(text: str) -> tuple[str | None, str | None]:
    c = resolve_text(text, date=DATE)
    return c.country, c.sector


def test_former_keeps_the_sector_of_a_force() -> None:
    assert _cs("a former Chilean soldier") == ("CHL", "MIL")
    assert _cs("three former police officers") == (None, "COP")
    assert _cs("former Kurdish rebels") == ("KUR", "REB")
    # an office holder out of office is still an elite
    assert _cs("a former Peruvian minister") == ("PER", "ELI")


def test_major_after_a_force_is_a_rank() -> None:
    assert _cs("a Kenyan army major") == ("KEN", "MIL")
    assert _cs("police major Oleg Varin") == (None, "COP")
    assert _cs("two air force majors") == (None, "MIL")
    # alone, "major" is the adjective
    assert resolve_text("a major harbour", date=DATE).code is None


def test_general_opening_a_body_name_is_no_rank() -> None:
    assert resolve_text("Vietnam's General Department of Taxation", date=DATE).code == "VNMGOV"
    assert resolve_text("Egypt's General Authority for Investment", date=DATE).code == "EGYGOV"
    # before a person's name it is still the rank
    assert _cs("General Oleg Varin") == (None, "MIL")
