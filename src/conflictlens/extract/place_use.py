"""How the words around a place name use it: as where something happened, or otherwise.

In: a name's tokens in the spaCy parse and the words next to it. Out: tests the places stage
asks before it makes a name a location ("in Damascus", "shelled Douma", "a train running from
Lima to Huancayo") rather than a state at work ("U.S. air strikes"), a nationality ("a New
Zealand pilot", "two U.S. missionaries"), an agent ("the connivance of the United States") or a
building named for its town ("the Damascus Opera House"). The actors stage asks the same about
the arms a state wields. Word lists only and small parse tests; no gazetteer.
"""

from __future__ import annotations

import re

# Prepositions that make the following name a location whatever the verb ("in Damascus").
STRONG_LOCATIVES = {
    "in", "near", "at", "outside", "around", "across", "into", "throughout", "inside", "within",
    "through", "along", "nearby", "beyond", "off", "northern", "southern", "eastern", "western", "central",
}


# "to"/"from"/"toward" name a place only after a verb of motion ("flew to Washington") —
# "beneficial to Washington" and "a message from Damascus" are about governments.
MOTION_VERBS = {
    "go", "travel", "fly", "return", "move", "arrive", "flee", "head", "send", "deport", "transfer",
    "march", "drive", "come", "relocate", "evacuate", "escape", "withdraw", "retreat", "advance",
    "deploy", "spread", "spill", "expand", "bring", "take", "smuggle", "extend", "stretch", "road", "highway", "flight", "route", "way",
    "entrance", "entry", "gateway", "approach",  # "a bus stop at the entrance to Jerusalem"
    "run", "ply", "link", "connect",  # "a cargo train running from Lima to Huancayo"
}


# Nouns whose "of X" complement is an agent, not a location: "the connivance of the United States".
AGENTIVE_HEADS = {
    "connivance", "support", "backing", "government", "president", "forces", "army", "minister",
    "ambassador", "troops", "position", "policy", "concerns", "role", "help", "assistance", "approval",
    "consent", "blessing", "envoy", "ministry", "embassy", "leadership", "administration", "allies",
    "soldiers", "military", "officials", "spokesman", "spokesperson", "representative", "delegation",
}


# Nouns that make "<noun> of X" and "X's <noun>" locational: "a neighbourhood of Homs",
# "Mali's Menaka region", "the outskirts of Damascus".
PLACE_NOUNS = {
    "neighbourhood", "neighborhood", "outskirts", "city", "town", "village", "province", "governorate",
    "district", "region", "area", "suburb", "suburbs", "countryside", "capital", "centre", "center", "quarter",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "part",
    "border", "borders", "desert", "coast", "heart", "streets", "road", "highway", "airport", "port",
    "state", "county", "municipality", "commune", "territory", "interior", "mountains", "hills", "west",
    # spots in a town: "Mogadishu's Lido beach", "Kabul's main market"
    "beach", "beaches", "market", "markets", "bazaar", "square", "stadium", "hotel", "hotels", "prison", "hospital",
    "mosque", "church", "camp", "camps", "harbour", "harbor", "waterfront", "seafront", "downtown",
}


# What is done to a place, not said to a government: "shelling on Damascus", "an attack on Kabul"
ASSAULT_WORDS = {
    "attack", "strike", "airstrike", "raid", "shelling", "bombardment", "bombing", "assault", "offensive",
    "fire", "rocket", "missile", "shell", "bomb", "push", "advance", "march", "barrage", "onslaught",
}


# Nouns whose country modifier is the state that wields them: its strikes, its aircraft, its troops.
STATE_ARMS_NOUNS = ASSAULT_WORDS | {
    "warplane", "jet", "aircraft", "helicopter", "drone", "plane", "artillery", "tank",
    "troop", "soldier", "force", "army", "military", "navy", "gunship", "defense", "defence",
}


def wields_state_arms(token) -> bool:
    """Whether a country name or demonym modifies an arms or assault noun, directly, through the
    compound it begins or as a conjunct of another modifier ("Russian air strikes", "US and
    British warplanes"). The small model often parses "Ukrainian shelling" as a subject and an
    auxiliary, so the next words decide too."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.i < token.i:
        token = token.head
    if token.dep_ in ("amod", "compound", "nmod"):
        head = token.head
        if head.pos_ in ("NOUN", "PROPN") and (head.lemma_.lower() in STATE_ARMS_NOUNS or head.lower_.removesuffix("s") in STATE_ARMS_NOUNS):
            return True  # (the model takes "U.S. airstrikes" for a name and leaves the plural)
    if token.dep_ == "pobj" and token.head.lower_ != "by":
        return False  # "in Syria troops …": the name is where (not "killed by Pakistani shelling", misparsed)
    following = token.doc[token.i + 1 : token.i + 3]
    if len(following) and following[0].lower_ == "air":
        following = following[1:]
    return len(following) > 0 and (following[0].lemma_.lower() in STATE_ARMS_NOUNS or following[0].lower_ in STATE_ARMS_NOUNS)


# Past forms whose object is ground: "shelled Douma", "stormed Kessab", "recaptured Palmyra"
# "the Damascus Opera House", "the Aleppo University Hospital": a building named after its town
_BUILDING_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:House|Hospital|University|Airport|Stadium|Mosque|Church|Cathedral|Prison|Market|Hotel|"
    r"School|Square|Bridge|Station|Palace|Museum|Bazaar|Souk|Citadel|Club|Hall|Refinery|Barracks)\b"
)


# "Aden Adde International Airport in Mogadishu": the town the words after a building name
BUILDING_IN_TOWN = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def names_a_building(text: str, end: int) -> bool:
    """Whether the words after a name at ``end`` make it the name of a building, not of a body."""
    return bool(_BUILDING_AFTER.match(text, end))


# "a convoy waiting to enter Aleppo": what is entered or reached is a place
ENTERED = {"enter", "entered", "entering", "reach", "reached", "reaching"}


ASSAULTED_OR_TAKEN = {
    "shelled", "bombed", "bombarded", "pounded", "stormed", "raided", "besieged", "overran", "captured",
    "recaptured", "retook", "seized", "liberated", "encircled",
}


# Nouns a country's name qualifies as a nationality or a topic: "a New Zealand pilot" held in
# Papua, "a US-flagged tanker", "the Ukraine war" (not "Syria rebels", who are in Syria)
NATIONALITY_HEADS = {
    "pilot", "national", "citizen", "journalist", "reporter", "tourist", "engineer", "diplomat", "businessman",
    "businesswoman", "contractor", "missionary", "priest", "nun", "doctor", "nurse", "hostage", "captive",
    "passport", "company", "firm", "airline", "vessel", "ship", "tanker", "freighter", "war", "conflict", "crisis",
    "student", "worker", "volunteer", "official", "envoy", "delegation", "embassy", "consulate", "convoy", "crew",
    "adviser", "advisor", "media", "medium", "press", "newspaper", "congress", "senator", "lawmaker", "administration", "aid",
}


# (of those, the private persons: "two U.S. missionaries" are civilians, no arm of their state)
PRIVATE_PERSONS = frozenset({"national", "citizen", "journalist", "reporter", "tourist", "engineer", "businessman", "businesswoman",
                             "contractor", "missionary", "priest", "nun", "doctor", "nurse", "hostage", "captive", "student", "worker", "volunteer"})


def nationality_head(root):
    """The noun of NATIONALITY_HEADS a country's name qualifies, directly or through the words
    between ("two U.S. Mormon missionaries", "a U.S. military convoy"); None if it qualifies none."""
    token = root
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in NATIONALITY_HEADS:
            return token
    return None


def locative_use(root, prev_lower: str) -> bool:
    """Whether a capital's mention is about the place: after a locative preposition or an
    assault's "on", in a coordination or apposition with one ("in the Hawija and Riyadh
    districts", "on the Syrian capital Damascus"), or after a motion verb."""
    if prev_lower in STRONG_LOCATIVES:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "against") and root.head.head.lemma_.lower() in ASSAULT_WORDS:
        return True  # "rebel shelling on Damascus", "air strikes against Raqqa"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "the Midan neighbourhood of Damascus", "the outskirts of Kabul"
    if root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_NOUNS:
        return True  # "on Mogadishu's Lido beach", "Kabul's outskirts"
    while root.dep_ in ("conj", "compound", "appos") and root.head.i != root.i:
        root = root.head
        first = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
        if first is not None and first.lower_ in STRONG_LOCATIVES:
            return True
        if root.lemma_.lower() in PLACE_NOUNS:
            return True
    if root.dep_ == "pobj" and root.head.lower_ == "between" and root.head.head.lemma_.lower() in ROUTE_NOUNS:
        return True  # "on the road between Afgoye and Mogadishu"
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "from", "toward", "towards"):
        governor = root.head.head
        return governor.lemma_.lower() in MOTION_VERBS or governor.lemma_.lower() in ROUTE_NOUNS
    return False


ROUTE_NOUNS = frozenset({"road", "highway", "route", "motorway", "railway", "line", "corridor", "way", "journey", "convoy", "bus"})


# the word after a name that makes it a city's part ("the Tierra Blanca neighborhood")
# (not "the Port-au-Prince neighbourhood of Solino" nor "DeKalb neighborhoods", where the name is the city's)
NAMED_CITY_PART = re.compile(r"\s+(?:neighbou?rhood|quarter|suburb)\b(?!\s+of\b)", re.I)
CITY_DISTRICT_AFTER = re.compile(r"\s+district\b(?!\s+of\b)", re.I)
CITY_PART_NOUNS = {"suburb", "suburbs", "neighbourhood", "neighborhood", "outskirts", "district", "area", "quarter", "countryside", "airport", "streets"}


# words for a part of a city between a locative and its name
CITY_PART_WORDS = frozenset({"downtown", "central", "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "greater", "outer", "inner", "suburban", "old", "the"})


# Peoples and faiths that name no one country (so no demonym), though a village somewhere bears the name
PEOPLE_WORDS = {
    "arab", "arabs", "kurd", "kurds", "kurdish", "sunni", "sunnis", "shia", "shiite", "shiites", "alawite",
    "alawites", "druze", "muslim", "muslims", "christian", "christians", "jewish", "yazidi", "yazidis",
    "turkmen", "circassian", "assyrian", "pashtun", "baloch", "tuareg", "fulani", "hausa", "rohingya",
}


# the words right before a name that say it is a town ("Yemen's capital Sanaa") or ground taken
# ("said they had taken control of Goma")
TOWN_NOUN_BEFORE = re.compile(r"\b(?:capital|city|town|village)\s+$")
CONTROL_OF_BEFORE = re.compile(r"\b(?:took|taken|taking|take|takes|seized|seizing|wrested|gained|regained|regaining|retook|retaken|assumed|lost|losing)\s+(?:full\s+|effective\s+|total\s+)?control\s+(?:of|over)\s+$", re.I)
