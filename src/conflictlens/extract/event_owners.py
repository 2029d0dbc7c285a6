"""Whose forces an event's bare "the army", "soldiers" or "police" are.

In: a document's finished events and its places. Out: the same events, where a side is one of
the generic state words the actors stage could not give an owner ("security forces", "police")
and every place and people the story names lies in or names one country, with that side as that
state's military or police (ACLED's "Military Forces of the Philippines"), its evidence kept
and the story's first place as its antecedent (where the owner was read).
Never: in a story that names two countries (a foreign force's "the military" is not the host's),
nor for any other actor.

The owner is given last, after the events are built: the stage's merging and telling-again
rules read the generic words as generic ("The army said …" names the forces just told again).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..model import ActorMention, Event, Place

# the generic words for a state's forces, and the dictionary suffix of the state actor each is
_STATE_GENERIC_KINDS = {"generic:security-forces": "military", "generic:police": "police"}


def story_country(places: list[Place]) -> str | None:
    """The one country every place and demonym of the story lies in or names, when at least two do."""
    codes = {p.country_code for p in places if p.country_code}
    counted = sum(1 for p in places if p.country_code)
    return next(iter(codes)) if counted >= 2 and len(codes) == 1 else None


@lru_cache(maxsize=1)
def _state_forces() -> dict[tuple[str, str], tuple]:
    from .actor_dictionary import ActorDictionary

    found = {}
    for entry in ActorDictionary.load().entries():
        if entry.kind == "state_forces" and entry.country_code:
            for kind in ("military", "police"):
                if entry.actor_id.endswith("-" + kind):
                    found[(entry.country_code, kind)] = entry
    return found


def with_owned_state_forces(events: list[Event], places: list[Place]) -> list[Event]:
    country = story_country(places)
    if country is None:
        return events
    # where the owner was found: the first of the story's places (kept as the mention's antecedent)
    first_place = min((p for p in places if p.country_code), key=lambda p: p.evidence.start).evidence

    def owned(side: ActorMention | None) -> ActorMention | None:
        kind = _STATE_GENERIC_KINDS.get(side.actor_id) if side is not None else None
        entry = _state_forces().get((country, kind)) or _state_forces().get((country, "military")) if kind else None
        if entry is None:
            return side
        return dataclasses.replace(side, actor_id=entry.actor_id, name=entry.name, category=entry.category, generic=False,
                                   country_code=country, antecedent=first_place)

    return [dataclasses.replace(e, actor1=owned(e.actor1), actor2=owned(e.actor2)) for e in events]
