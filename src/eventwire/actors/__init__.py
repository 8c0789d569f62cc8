"""Actors: the knowledge base (countries, seats of power, agents, organisations, dated people),
the phrase coder and the per-article resolver with coreference.

Public API:
    load_knowledge_base(user_files=()) -> KnowledgeBase   (shipped data < $EVENTWIRE_ACTORS < user_files)
    KnowledgeBase.lookup(text, date) -> ActorRef | None
    ArticleActors(doc, article, kb)   .mentions, .actor_at(token), .actors_at(token), .actors_in(span)
        actors_at(token) -> list[ActorRef]: one actor per coordinated owner ("Armenian and Azerbaijani forces")
    resolve_text(text, date=None, kb=None) -> ActorRef   (code None with why "no actor found")
"""

from eventwire.actors.kb import ActorDataError, KnowledgeBase, load_knowledge_base
from eventwire.actors.resolver import ArticleActors, resolve_text

__all__ = ["ActorDataError", "ArticleActors", "KnowledgeBase", "load_knowledge_base", "resolve_text"]
