"""Headline verbs the small parser misreads, session 15 (helper misparse3): a court, a judge or an armed body named
with its place, then a plain headline verb ("A court in Peru sentences singer X", "Police in Ghana arrest blogger X").

The parser reads the verb as a noun of whatever is around it (a compound of the object's first noun, an apposition
of the court, the object of "in") and may take the object's first noun for the sentence's verb; the event was lost.
The words say it all: the agent's phrase opens the sentence, the verb agrees with the agent, and the object is the
noun phrase right after the verb (or after a second verb joined by "and": "convicts and fines X").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from helpers_events import counted_events as _events

pytestmark = pytest.mark.slow

#: (sentence, code, agent's country, target's country)
PLACED_AGENT_VERBS = [
    ("A court in Peru sentences singer Marta Quispe Lozano to four years in prison for tax fraud.", "173", "PER", "PER"),
    ("Police in Ghana arrest blogger Kofi Mensah Boateng and activist Ama Serwaa over social media posts.", "173", "GHA",
     "GHA"),
    ("A court in Colombia fines mining firm Andes Gold two billion pesos for polluting a river.", "172", "COL", None),
]


@pytest.mark.parametrize(("text", "code", "src", "tgt"), PLACED_AGENT_VERBS)
def test_verb_after_placed_agent_is_the_act(nlp, text, code, src, tgt):
    evs = [e for e in _events(nlp, text) if e.cameo == code]
    assert any(e.source is not None and e.source.country == src and (tgt is None or e.target is not None
                                                                     and e.target.country == tgt) for e in evs)


def test_placed_agent_object_list_is_no_subject(nlp):
    """The parser joins the arrested people to the police as conjuncts: both are targets, neither a source."""
    evs = [e for e in _events(nlp, "Police in Ghana arrest blogger Kofi Mensah Boateng and activist Ama Serwaa over "
                                   "social media posts.") if e.cameo == "173"]
    assert len({e.target.text for e in evs if e.target is not None}) == 2
    assert all(e.source is not None and "Police" in e.source.text for e in evs)


def test_two_joined_verbs_after_placed_agent(nlp):
    """"convicts and fines X": both verbs act on the object after the second one."""
    evs = _events(nlp, "A court in Austria convicts and fines Freedom Party lawmaker Hans Gruber 9,000 euros for "
                       "inciting hatred.")
    codes = {e.cameo for e in evs if e.source is not None and e.source.country == "AUT" and e.target is not None
             and "Gruber" in e.target.text}
    assert {"116", "172"} <= codes


#: "vow" read as the root noun after a plural name, the infinitive as its relative clause: a threat (138), not the act.
VOWS_READ_AS_NOUNS = [
    ("The Houthis vow to attack cargo ships bound for Israeli ports.", "YEM", "190"),
    ("The Taliban vow to execute the captured soldiers.", "AFG", "182"),
]


@pytest.mark.parametrize(("text", "src", "act"), VOWS_READ_AS_NOUNS)
def test_vow_read_as_noun_is_a_threat(nlp, text, src, act):
    evs = _events(nlp, text)
    assert any(e.cameo.startswith("138") and e.source is not None and e.source.country == src for e in evs)
    assert not any(e.cameo.startswith(act) for e in evs)  # the act vowed is not coded as done
