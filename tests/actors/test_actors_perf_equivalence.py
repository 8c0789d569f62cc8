"""The fast paths of actor lookup (`KnowledgeBase.may_start`) never rule out a name that matches."""

from eventwire.actors import load_knowledge_base
from eventwire.actors.kb import Hit, KnowledgeBase, norm
from eventwire.actors.phrase import Word, segment


def test_may_start_accepts_first_word_of_every_key() -> None:
    """Every name's first word (in any case, with dots) passes the pre-check."""
    kb = load_knowledge_base()
    for key in kb.index:
        first = key.split(" ")[0]
        for variant in (first, first.upper(), first.title(), first.upper().replace("", ".")[1:]):
            if norm(variant) == first:  # "ŞANLIURFA" lower-cases to another name: not a spelling of it
                assert kb.may_start(variant), (key, variant)


def test_may_start_is_a_prefix_test_after_norm() -> None:
    """Dots, curly apostrophes and case are normalised before the prefix test; junk is refused."""
    kb = KnowledgeBase()
    kb._add_key("u.s. army", Hit("org", "name"))
    kb._add_key("bissau-guinean", Hit("org", "name"))
    assert kb.may_start("U.S.")
    assert kb.may_start("US")
    assert kb.may_start("Bissau")
    assert kb.may_start("Bissau-")
    assert not kb.may_start("army")
    assert not kb.may_start("Guinean")
    assert not kb.may_start("zzqx")
    # A key added later resets the memo.
    kb._add_key("army", Hit("org", "name"))
    assert kb.may_start("army")


def test_segment_same_as_brute_force_lookup() -> None:
    """Segmenting finds the same names as looking every span up without the pre-check."""
    kb = load_knowledge_base()
    texts = ["the U.S. Army and Iran-backed militias", "Crown Prince Mohammed bin Salman met Bosnia and Herzegovina",
             "riot police in Sanaa", "pro - Russian separatists of the Islamic State"]
    for text in texts:
        words = [Word(w) for w in text.split(" ")]
        words[-1].ws = ""
        for s in segment(kb, words):
            if s.hits:
                span = " ".join(w.text for w in words[s.i : s.j])
                assert kb.index.get(norm(span)), span
        # Every span that is a key must start with a word the pre-check accepts.
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if norm(" ".join(w.text for w in words[i:j])) in kb.index:
                    assert kb.may_start(words[i].text)
