"""The lookup tables kept for speed give what the plain computation gives (`KnowledgeBase.hits`, `segment`)."""

from eventwire.actors import load_knowledge_base
from eventwire.actors.kb import Agent, Entity, Hit, KnowledgeBase
from eventwire.actors.phrase import Word, _greedy, segment


def _plain_hits(kb: KnowledgeBase, key: str, lower_case_text: bool) -> list[Hit]:
    """`hits` of a normalised key computed from the index, without the kept top layers."""
    hs = [h for h in kb.index.get(key, []) if not (lower_case_text and h.acronym)]
    if not hs:
        return []
    top = max(h.layer for h in hs)
    return [h for h in hs if h.layer == top]


def test_hits_equal_the_index_top_layer_for_every_key() -> None:
    """Every key of the shipped knowledge, asked twice (the second answer comes from the kept table)."""
    kb = load_knowledge_base()
    for key in kb.index:
        for lower in (False, True):
            want = _plain_hits(kb, key, lower)
            assert kb.hits(key, lower_case_text=lower) == want, key
            assert kb.hits(key, lower_case_text=lower) == want, key


def test_hits_see_knowledge_added_after_a_lookup() -> None:
    """A later layer's reading added after a first lookup replaces the kept answer."""
    kb = KnowledgeBase()
    kb.add_entity(Entity(name="Zarovia", kind="country", country="ZRV", layer=0), ["ZRV"])
    assert [h.entity.country for h in kb.hits("Zarovia") if h.entity is not None] == ["ZRV"]
    assert kb.hits("zrv", lower_case_text=True) == []  # an acronym never matches lower-case text
    kb.add_agent(Agent(word="zarovia", sector="GOV", layer=1))
    assert [h.kind for h in kb.hits("Zarovia")] == ["agent"]


def test_hits_give_a_fresh_list_each_time() -> None:
    """A caller may extend the list it gets without changing the next answer."""
    kb = KnowledgeBase()
    kb.add_agent(Agent(word="border guards", sector="MIL"))
    got = kb.hits("border guards")
    got.append(Hit("org", "name"))
    assert len(kb.hits("border guards")) == 1


def test_segment_matches_as_without_the_spans_tried_around_the_head() -> None:
    """The whole-phrase matching after the head's spans found nothing reuses their readings: the segments are
    those of plain longest-first matching."""
    kb = load_knowledge_base()
    phrases = ["the Zarovian border police chief", "Prime Minister of the Republic of Kelmora",
               "two elderly Kelmish herders", "the Ministry of Defence spokesman"]
    for text in phrases:
        words = [Word(w) for w in text.split()]
        for head in range(len(words)):
            segs = segment(kb, words, head)
            if not any(s.hits for s in segs if s.i <= head < s.j):
                plain = _greedy(kb, words, 0, len(words))
                assert [(s.i, s.j, s.hits) for s in segs] == [(s.i, s.j, s.hits) for s in plain], (text, head)
