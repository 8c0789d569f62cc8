"""Language identification with py3langid: reject confident non-English, flag what is too short to tell."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Below this many words the identifier guesses too often (names, headlines) to reject on it.
MIN_WORDS_CONFIDENT = 20
# Normalized probability a non-English verdict needs before an article is rejected.
MIN_PROBABILITY = 0.9
# Identification reads the start of the text only: enough for a verdict, and the cost stays flat.
_SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> tuple[str, float]:
    """The most likely ISO 639-1 language of a text and its normalized probability."""
    lang, prob = _identifier().classify(text[:_SAMPLE_CHARS])
    return str(lang), float(prob)


def check_language(text: str) -> tuple[str | None, tuple[str, ...], str | None]:
    """(language, flags, rejection reason or None) for an article text under the English-only rule."""
    lang, prob = identify(text)
    words = len(text[:_SAMPLE_CHARS].split())
    confident = words >= MIN_WORDS_CONFIDENT and prob >= MIN_PROBABILITY
    if lang == "en":
        return "en", (() if confident else ("language-uncertain",)), None
    if confident:
        return lang, (), f"language '{lang}' (not English)"
    return None, ("language-uncertain",), None
