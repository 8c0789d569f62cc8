"""Intents and threats, session 10 (helper intent).

Classes: a verb of planning or preparing in a relative clause on a person ("a gunman who had been plotting raids")
describes that person, often one killed or arrested: no threat and no bare intent is coded for it; a promise or a vow
to "continue"/"keep" doing an act is a promise of that act (03x) or a threat (13x), not the act done; "loan" as a verb
is lending (071), so an agreement to loan money is a pledge of economic aid (0331).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import coded_triples as _codes

pytestmark = pytest.mark.slow



#: Plots told about a person in a relative clause: no threat made to anyone.
BACKGROUND_PLOTS = [
    "Egyptian police say they shot dead three Islamic State members who were planning bombings in Cairo.",
    "Turkish forces killed a Kurdish militant who had planned attacks on soldiers near the border with Iraq.",
    "Spain arrests two men who were preparing an assault on a synagogue in Madrid.",
]


@pytest.mark.parametrize("text", BACKGROUND_PLOTS)
def test_plot_in_relative_clause_is_no_threat(nlp, text):
    assert not [c for c in _codes(nlp, text) if c[0][:2] == "13"]


#: Promises and threats to go on with an act.
CONTINUED = [
    ("The European Union vows to continue to support Moldova.", "03", "05"),
    ("Canada promises to keep arming Ukraine.", "03", "07"),
    ("Houthi rebels vow to continue attacking ships bound for Israel.", "13", "19"),
]


@pytest.mark.parametrize("text,want,done", CONTINUED)
def test_promise_to_continue_is_no_act(nlp, text, want, done):
    roots = {c[0][:2] for c in _codes(nlp, text)}
    assert want in roots and done not in roots


def test_agree_to_loan_is_economic_aid_pledge(nlp):
    codes = _codes(nlp, "The World Bank and Japan agree to loan two billion dollars to Sri Lanka for its ports.")
    assert any(c[0] == "0331" and c[2] == "LKA" for c in codes)


def test_talks_only_offered_are_not_held(nlp):
    codes = _codes(nlp, "Oman offered to host talks between Ethiopia and Egypt over the dam.")
    assert not [c for c in codes if c[0][:2] == "04" and c[1] in ("ETH", "EGY")]
