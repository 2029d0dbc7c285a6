"""ACLED's event taxonomy (6 event types, 25 sub-event types) and its mapping to PLOVER.

Names are the codebook's own, so exports line up with ACLED data. PLOVER (the successor of
CAMEO used by POLECAT) has coarser categories; the mapping is to its event types.
"""

from __future__ import annotations

BATTLES = "Battles"
EXPLOSIONS = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": BATTLES,
    "Government regains territory": BATTLES,
    "Non-state actor overtakes territory": BATTLES,
    "Chemical weapon": EXPLOSIONS,
    "Air/drone strike": EXPLOSIONS,
    "Suicide bomb": EXPLOSIONS,
    "Shelling/artillery/missile attack": EXPLOSIONS,
    "Remote explosive/landmine/IED": EXPLOSIONS,
    "Grenade": EXPLOSIONS,
    "Sexual violence": VIOLENCE_AGAINST_CIVILIANS,
    "Attack": VIOLENCE_AGAINST_CIVILIANS,
    "Abduction/forced disappearance": VIOLENCE_AGAINST_CIVILIANS,
    "Peaceful protest": PROTESTS,
    "Protest with intervention": PROTESTS,
    "Excessive force against protesters": PROTESTS,
    "Violent demonstration": RIOTS,
    "Mob violence": RIOTS,
    "Agreement": STRATEGIC,
    "Arrests": STRATEGIC,
    "Change to group/activity": STRATEGIC,
    "Disrupted weapons use": STRATEGIC,
    "Headquarters or base established": STRATEGIC,
    "Looting/property destruction": STRATEGIC,
    "Non-violent transfer of territory": STRATEGIC,
    "Other": STRATEGIC,
}

EVENT_TYPES = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))

PLOVER_BY_SUB_EVENT: dict[str, str] = {
    "Armed clash": "FIGHT",
    "Government regains territory": "FIGHT",
    "Non-state actor overtakes territory": "FIGHT",
    "Chemical weapon": "FIGHT",
    "Air/drone strike": "FIGHT",
    "Suicide bomb": "ASSAULT",
    "Shelling/artillery/missile attack": "FIGHT",
    "Remote explosive/landmine/IED": "ASSAULT",
    "Grenade": "ASSAULT",
    "Sexual violence": "ASSAULT",
    "Attack": "ASSAULT",
    "Abduction/forced disappearance": "ASSAULT",
    "Peaceful protest": "PROTEST",
    "Protest with intervention": "PROTEST",
    "Excessive force against protesters": "ASSAULT",
    "Violent demonstration": "PROTEST",
    "Mob violence": "ASSAULT",
    "Agreement": "AGREE",
    "Arrests": "COERCE",
    "Change to group/activity": "CHANGE",
    "Disrupted weapons use": "SEIZE",
    "Headquarters or base established": "MOBILIZE",
    "Looting/property destruction": "SEIZE",
    "Non-violent transfer of territory": "RETREAT",
    "Other": "OTHER",
}


def event_type_of(sub_event_type: str) -> str:
    return SUB_EVENT_TYPES[sub_event_type]


# sub-types by their means: an explosive set or thrown, and arms fired from afar
EXPLOSIVE_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
STANDOFF_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


# Strategic developments that are not violence: an event with a death toll is none of them
NON_LETHAL_DEVELOPMENTS = frozenset({"Agreement", "Arrests", "Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory", "Other"})


# …and the types that name harm to property only
KILL_NO_ONE = NON_LETHAL_DEVELOPMENTS | {"Looting/property destruction"}


# The classifier's non-event labels whose sentences can still tell an act of violence in passing
# (a disaster's "explosion" is no act of violence, so those labels are not here)
TOLD_IN_PASSING = frozenset({"Diplomatic event", "Responsibility claim", "Organized crime"})


# Developments done by saying them: their statement's date is theirs
ANNOUNCED_ACTS = frozenset({"Agreement", "Change to group/activity"})
