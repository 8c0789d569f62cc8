"""Users extend the shipped knowledge with their own files, and `recode` applies them without re-parsing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.events.lexicon import load_lexicon
from eventwire.store import Store

pytestmark = pytest.mark.slow

TEXT = "date 2025-04-02\nThe Estonian government geofenced Russia's state broadcaster on Tuesday."


def test_user_lexicon_and_actor_files_change_the_coding_on_recode(tmp_path, monkeypatch):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "u.duckdb")
    assert CliRunner().invoke(main, ["ingest", str(art), "--db", db]).exit_code == 0
    with Store(db, read_only=True) as s:
        before = s.con.execute("SELECT cameo FROM events WHERE trigger_text = 'geofenced'").fetchall()
    assert before == []  # "geofence" is not in the shipped lexicon

    lex = tmp_path / "my_lexicon.yaml"
    lex.write_text(
        "verbs:\n- {id: user.geofence, verb: geofence, code: \"163\"}\n", encoding="utf-8"
    )
    monkeypatch.setenv("EVENTWIRE_LEXICON", str(lex))
    import eventwire.events.coder as coder

    monkeypatch.setattr(coder, "_DEFAULT", None)  # a fresh coder reads the environment
    res = CliRunner().invoke(main, ["recode", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["stored"] == 1
    with Store(db, read_only=True) as s:
        rows = s.con.execute("SELECT cameo, rule, source_country FROM events WHERE trigger_text = 'geofenced'").fetchall()
    assert rows == [("163", "user.geofence", "EST")]


def test_bad_user_lexicon_names_file_and_entry(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("verbs:\n- {id: user.x, verb: geofence, code: \"999\"}\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"bad\.yaml.*user\.x|user\.x.*bad\.yaml"):
        load_lexicon([bad])
