"""The article's own outlet read from the signature of the lead."""

from __future__ import annotations

import pytest

from eventwire.statements.outlet import infer_outlet


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["This is reported in a material of The New York Times, UNN reports."], "UNN"),
        (["Kenya deployed police to Haiti on Tuesday, Reuters reported."], "Reuters"),
        (["Interfax reports that the talks were postponed."], "Interfax"),
        (["The Kyiv Independent reported on Monday that the bridge was hit."], "The Kyiv Independent"),
        (["Officials said the talks failed.", "It reports nothing."], None),
        (["The minister met his counterpart.", "Talks will continue.", "Nothing else.", "Later, TASS reports."], None),
        (["The president said the report was wrong."], None),
    ],
)
def test_infer_outlet(sentences, expected):
    assert infer_outlet(sentences) == expected
