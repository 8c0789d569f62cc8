"""The C-accelerated YAML reader gives the same data as PyYAML's safe loader on every shipped file."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from eventwire import yamlio


def _shipped_yaml() -> list[str]:
    root = resources.files("eventwire") / "data"
    out = []
    for sub in root.iterdir():
        if sub.is_dir():
            out += [str(f) for f in sub.iterdir() if f.name.endswith(".yaml")]
    return sorted(out)


def test_libyaml_is_used_when_present() -> None:
    assert yamlio.SafeLoader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@pytest.mark.parametrize("path", _shipped_yaml())
def test_same_data_as_the_python_loader(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert yamlio.safe_load(text) == yaml.safe_load(text)


def test_invalid_yaml_raises_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlio.safe_load("a: [b")


def test_only_plain_data() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlio.safe_load("!!python/object/apply:os.system ['true']")


def test_event_lexicon_loader_keeps_particles_as_words() -> None:
    from eventwire.events.lexicon import _Loader

    data = yaml.load("a: [on, off, no, yes, true, False]", Loader=_Loader)  # noqa: S506 - a safe loader class
    assert data == {"a": ["on", "off", "no", "yes", True, False]}
