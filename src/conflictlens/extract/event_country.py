"""What a story's one country gives the events it tells.

In: a document's finished events and its places. Out: the same events, where every place and
people the story names lies in or names one country (at least two of them):
- a side that is one of the generic state words the actors stage could not give an owner
  ("security forces", "police") as that state's military or police (ACLED's "Military Forces of
  the Philippines"), its evidence kept and the story's first place as its antecedent (where the
  owner was read);
- an event the text places nowhere the gazetteer knows ("in the central village of Welingara")
  at that country, the country-level place the story names it by (ACLED's lowest geographic
  precision).
Never: in a story that names two countries (a foreign force's "the military" is not the host's,
and an unplaced act may lie in either), nor for any other actor or place.

Both are given last, after the events are built: the stage's merging and telling-again rules read
the generic words as generic ("The army said …" names the forces just told again), and an event
with no place of its own may still take one a later sentence gives.
"""

from __future__ import annotations

import dataclasses

from ..model import ActorMention, Event, Place

# the generic words for a state's forces, and the state actor's role each stands for
_STATE_GENERIC_ROLES = {"generic:security-forces": "military", "generic:police": "police"}


def story_country(places: list[Place]) -> str | None:
    """The one country every place and demonym of the story lies in or names, when at least two do."""
    codes = {p.country_code for p in places if p.country_code}
    counted = sum(1 for p in places if p.country_code)
    return next(iter(codes)) if counted >= 2 and len(codes) == 1 else None


def with_story_country(events: list[Event], places: list[Place]) -> list[Event]:
    """``events`` with what the story's one country settles (see the module's text)."""
    country = story_country(places)
    return events if country is None else _placed_in_the_country(_state_forces_owned(events, places, country), places, country)


def _state_forces_owned(events: list[Event], places: list[Place], country: str) -> list[Event]:
    from .actor_dictionary import ActorDictionary

    dictionary = ActorDictionary.load()
    # where the owner was found: the first of the story's places (kept as the mention's antecedent)
    first_place = min((p for p in places if p.country_code), key=lambda p: p.evidence.start).evidence

    def owned(side: ActorMention | None) -> ActorMention | None:
        role = _STATE_GENERIC_ROLES.get(side.actor_id) if side is not None else None
        if role is None:
            return side
        # (a state with no police of its own in the dictionary: its military)
        entry = dictionary.state_actor(country, role) or dictionary.state_actor(country, "military")
        if entry is None:
            return side
        return dataclasses.replace(side, actor_id=entry.actor_id, name=entry.name, category=entry.category, generic=False,
                                   country_code=country, antecedent=first_place)

    return [dataclasses.replace(e, actor1=owned(e.actor1), actor2=owned(e.actor2)) for e in events]


def _placed_in_the_country(events: list[Event], places: list[Place], country: str) -> list[Event]:
    named = next((p for p in places if p.country_code == country and p.level == "country"), None)
    if named is None:
        return events
    return [e if e.location is not None else dataclasses.replace(e, location=dataclasses.replace(named, confidence=round(named.confidence * 0.5, 2)))
            for e in events]
