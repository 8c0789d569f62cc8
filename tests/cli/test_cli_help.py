"""Every command and option has help text, and every command's help shows an example."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from eventwire.cli import main


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, prefix + name + " "))
    return out


COMMANDS = _commands(main)


def test_expected_commands_exist():
    names = {n for n, _ in COMMANDS}
    for expected in ("ingest", "extract", "articles", "stats", "export", "events", "dyad", "statements", "recode", "demo"):
        assert expected in names


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_and_example(name, cmd):
    assert cmd.help and cmd.help.strip(), f"{name} lacks help text"
    if not isinstance(cmd, click.Group):
        assert "Example" in cmd.help, f"{name} help shows no example"
    for param in cmd.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} option {param.opts} lacks help text"


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_help_runs(name, cmd):
    res = CliRunner().invoke(main, [*name.split(), "--help"])
    assert res.exit_code == 0, res.output
    assert "Usage:" in res.output


def test_missing_store_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1
    assert "does not exist" in res.output and "eventwire ingest" in res.output


def test_bad_date_option_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["ingest", str(tmp_path), "--date", "21/05/2025", "--db", str(tmp_path / "x.duckdb")])
    assert res.exit_code == 2
    assert "YYYY-MM-DD" in res.output
