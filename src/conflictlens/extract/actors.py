"""The actors stage: who is named, normalized to the project's actor dictionary.

Reads ``spacy_doc``, ``reading_text``, ``mentions``, ``places``; adds ``actors``.

Three sources of actor mentions:
1. the actor dictionary (``data/actors.csv``): aliases in Latin and Arabic script, acronyms
   matched case-sensitively, one canonical id per actor ("ISIS", "Daesh", "Islamic State" → one);
2. metonymy: a capital used outside a locative phrase stands for its government ("relations
   between local Arab tribes and Damascus" → the Syrian government, not the city). The places
   stage has already declined such mentions as places; here they become actors;
3. organisations the model tags (ORG) that the dictionary does not know, kept as *unlisted*
   actors under their own name: reported, never guessed into a known group.

A country name that the places stage resolved as a location ("fighting in Syria") is a place,
not an actor; the same name as an agent ("Syria rejected …") is an actor.
"""

from __future__ import annotations

import re
import unicodedata
from typing import ClassVar

from ..model import ActorCategory, ActorEntry, ActorMention, Evidence
from ..pipeline import Document
from .dates import find_dateline
from .place_use import PRIVATE_PERSONS, STATE_ARMS_NOUNS, names_a_building, nationality_head, wields_state_arms

STAGE = "actors/1"
_SLUG = re.compile(r"[^a-z0-9]+")
# "Kyiv Independent - A Russian missile …", "Anadolu Agency - At least 17 …": the outlet's credit
# opening a line, before a dash
_CREDIT_DASH = re.compile(r"\s+[-–—]\s")


def _is_outlet_credit(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    # (the model may run the credit into the lede's first word: "Kyiv Independent - A")
    return not text[line_start:start].strip() and bool(_CREDIT_DASH.match(text, end) or _CREDIT_DASH.search(text, start, end))


# "an attack on the town of Pont-Sondé": a place the gazetteer lacks, whatever the model calls it
# "the Nur Shams refugee camp": a place people live in, not an organisation
# ("the Torkham border crossing", "the Zaporizhzhia nuclear plant"'s kin: a place's name before what stands there)
_PLACE_WORD_AFTER = re.compile(r"\s+(?:(?:refugee|displacement|displaced|IDP|migrant)\s+)?camps?\b|\s+(?:border\s+)?crossing(?:\s+point)?\b|\s+(?:border\s+)?checkpoint\b"
                               r"|\s+(?:gas|oil)\s?fields?\b|\s+oilfields?\b"  # ("the Khor Mor gas field")
                               # ("in Bijapur's Kutru area": a place the gazetteer lacks, named with its unit word)
                               r"|\s+(?:area|village|town|tehsil|locality|forest|neighbou?rhood|sub-?district)\b(?!\s+(?:commander|chief|council))", re.I)
_LOCAL_GOVERNMENT_AREA = re.compile(r"local\s+government(?:\s+areas?|\s+council)?\b", re.I)
# "the city government", "the state government": a town's or a province's administration, no state's forces
_SUBNATIONAL_GOVERNMENT = re.compile(r"(?:city|municipal|town|county|provincial|regional|state|district)(?:'s)?\s+government\b", re.I)
_SETTLEMENT_OF = re.compile(r"\b(?:town|village|city|hamlet|settlement|district|neighbou?rhood|suburb|region|province|locality|commune) of\s+$", re.I)


class ActorStage:
    name: ClassVar[str] = "actors"
    reads: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "reading_text", "mentions", "places"})
    adds: ClassVar[frozenset[str]] = frozenset({"actors"})

    def __init__(self, dictionary=None, gazetteer=None) -> None:
        self._dictionary = dictionary
        self._gazetteer = gazetteer

    @property
    def dictionary(self):
        if self._dictionary is None:
            from .actor_dictionary import ActorDictionary

            self._dictionary = ActorDictionary.load()
        return self._dictionary

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from ..gazetteer import Gazetteer

            self._gazetteer = Gazetteer.open()
        return self._gazetteer

    def government_of(self, country_code: str) -> ActorEntry | None:
        return self.dictionary.state_actor(country_code, "government")

    def police_of(self, country_code: str) -> ActorEntry | None:
        return self.dictionary.state_actor(country_code, "police")

    def state_arm_of(self, country_code: str, generic: ActorEntry, surface: str) -> ActorEntry | None:
        """The state's own actor for a generic state word it owns ("Yemen's Saudi-backed
        government", "Kenya's national police"): its government, its police or its military."""
        if generic.actor_id == "generic:police":
            return self.police_of(country_code) or self.forces_of(country_code)
        if surface.lower().split()[-1] in ("government", "authorities", "administration"):
            return self.government_of(country_code)
        return self.forces_of(country_code)

    def forces_of(self, country_code: str) -> ActorEntry | None:
        """The state's military forces, else its government: whoever wields its arms."""
        return self.dictionary.state_actor(country_code, "military") or self.government_of(country_code)

    def __call__(self, doc: Document) -> Document:
        quoted = doc.article.text
        text = doc.reading_text or quoted  # all-capitals copy is matched as the model read it ("IS" the verb is not IS)
        article_id = doc.article.id
        dateline = find_dateline(text)
        # "(Demo Wire)" in the dateline is the outlet filing the report, not an actor in it
        agency_span = [(dateline.start("agency"), dateline.end("agency"))] if dateline and dateline["agency"] else []
        # Only places used as locations block an actor reading; "Washington said" is both a
        # (metonymic) place mention and the US government acting.
        place_spans = [(p.evidence.start, p.evidence.end) for p in doc.places if p.is_location]
        actors: list[ActorMention] = []
        taken: list[tuple[int, int]] = []

        def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
            return any(start < e and s < end for s, e in spans)

        previous = None
        matches = self.dictionary.find(text)
        for match in matches:
            entry = match.entry
            if text[max(0, match.start - 5) : match.start].lower() == "anti-" or text[max(0, match.start - 4) : match.start].lower() == "pro-":
                continue  # "Anti-junta fighters", "pro-government Wazalendo militia": the junta's enemies, the government's friends
            if entry.kind == "government" and overlaps(match.start, match.end, place_spans):
                continue  # "in Syria": a location here, not the state acting
            if entry.kind == "government" and _owns_a_place(text, match.end, place_spans):
                continue  # "in South Sudan's Jonglei state": where, not who
            if entry.kind == "government" and _owns_a_group(text, match.end, matches):
                continue  # "Yemen's Houthi movement", "Somalia's al Shabaab": whose insurgents, not the state acting
            if entry.kind == "government" and _inside_a_place_name(doc.mentions, text, match.start, match.end):
                continue  # "the town of Puerto Jordan", "the Jordan Valley": a part of a place's name
            if entry.kind == "government" and _inside_a_party_name(doc.mentions, match.start, match.end):
                continue  # "supporters of the Bangladesh Nationalist Party": the party, not the state
            if entry.kind == "government" and _qualifies_private_persons(doc.spacy_doc, match.start, match.end):
                continue  # "two U.S. missionaries": whose nationals, not the state acting
            if entry.kind == "government" and _is_line_heading(text, match.start, match.end):
                continue  # "Haiti: Gang members set fire to homes …": a digest's heading, not the government
            if entry.kind == "government" and _BASED.match(text, match.end):
                continue  # "the UK-based monitor", "the UK based monitor": where it sits, not who
            if entry.kind == "generic" and (_LOCAL_GOVERNMENT_AREA.match(text, max(0, match.start - 6))
                                            or _SUBNATIONAL_GOVERNMENT.search(text, max(0, match.start - 16), match.end)):
                continue  # "Bokkos local government area": a district's name, no one's forces
            if entry.kind == "generic" and previous is not None and previous.entry.kind != "generic" and text[previous.end : match.start].strip() in ("", ")"):
                continue  # "Islamic State troops", "SDF fighters", "New People's Army (NPA) rebels": the named group, said once
            if entry.kind == "generic" and (between := _MEMBERS_OF.match(text, match.end) or _NAME_FOLLOWS.match(text, match.end)) and any(
                    m.start == between.end() and m.entry.kind == "group" for m in matches):
                continue  # "rebels from the National Liberation Army", "the Islamist armed group Ansaroul Islam": the named group, said once
            if entry.kind == "government" and entry.country_code and (_fires_weapons(doc.spacy_doc, match.start, match.end)
                                                                      or _modifies_state_arms(doc.spacy_doc, match.start, match.end)
                                                                      or _tells_of_its_arms(doc.spacy_doc, match.start, match.end)):
                # "Ukraine launched 144 drones at Russia", "Ethiopian government drone strikes": the
                # state's forces fire, not its government
                entry = self.forces_of(entry.country_code) or entry
            if entry.actor_id in STATE_GENERICS:
                owner = _possessing_country(doc.places, text, match.start)
                entry = (self.state_arm_of(owner, entry, text[match.start : match.end])
                         if owner else None) or entry
            actors.append(_mention(entry, article_id, match.start, match.end, quoted[match.start : match.end]))
            taken.append((match.start, match.end))
            previous = match

        for place in doc.places:
            # "a Russian air strike", "Turkish warplanes": a country or its demonym on the arms or
            # the assault names that state's forces as the doer
            if place.use != "modifier" or place.level != "country" or not place.country_code or overlaps(place.evidence.start, place.evidence.end, taken):
                continue
            # ACLED codes "Russian drones" and "Turkish shelling" as the state's military forces
            forces = self.forces_of(place.country_code)
            if forces is not None and _modifies_state_arms(doc.spacy_doc, place.evidence.start, place.evidence.end):
                actors.append(_mention(forces, article_id, place.evidence.start, place.evidence.end, place.evidence.text, metonymy=True))
                taken.append((place.evidence.start, place.evidence.end))

        # "Syrias" (a scrape's "Syria's"): the place stage read the country in it; no organisation
        lost_apostrophe = [(p.evidence.start, p.evidence.end + 1) for p in doc.places if text[p.evidence.end : p.evidence.end + 1] == "s"]
        for mention in doc.mentions:
            if overlaps(mention.start, mention.end, taken + place_spans + agency_span) or (mention.start, mention.end) in lost_apostrophe:
                continue
            if mention.label == "GPE":
                capital = self._capital_metonymy(mention.text)
                if capital is not None:
                    actors.append(_mention(capital, article_id, mention.start, mention.end, quoted[mention.start : mention.end], metonymy=True))
                    taken.append((mention.start, mention.end))
            elif mention.label == "ORG" and _looks_like_organisation(mention.text) and not self._is_notable_place(mention.text) \
                    and not names_a_building(text, mention.start + len(mention.text.split()[0])) and not VENUE_NAME.search(mention.text) \
                    and not _SETTLEMENT_OF.search(text, max(0, mention.start - 30), mention.start) and not _PLACE_WORD_AFTER.match(text, mention.end) \
                    and not _is_outlet_credit(text, mention.start, mention.end) \
                    and not any(a.generic and a.evidence.start - mention.end in (0, 1) for a in actors):  # "the Damascus Opera [House]"
                # ("Suspected Anglophone separatists": the words before a generic head only qualify it)
                # ("the ruling Frelimo party's victory": the party, not its possessive)
                name = re.sub(r"['’]s$", "", re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE))
                entry = ActorEntry(
                    actor_id="unlisted:" + _SLUG.sub("-", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()).strip("-"),
                    name=name,
                    category=None,
                    aliases=(name,),
                    kind="unlisted",
                )
                actors.append(_mention(entry, article_id, mention.start, mention.end, quoted[mention.start : mention.end]))
                taken.append((mention.start, mention.end))
        doc.actors = sorted(actors, key=lambda a: a.evidence.start)
        return doc

    def _is_notable_place(self, surface: str) -> bool:
        """The model sometimes calls a city an organisation ("Homs"); a well-known place name is
        not an unlisted organisation."""
        entries = self.gazetteer.lookup(re.sub(r"['’]s$", "", surface), limit=1)  # "Jonglei State's"
        return bool(entries) and (entries[0].level != "point" or entries[0].population >= 20_000)

    def _capital_metonymy(self, surface: str) -> ActorEntry | None:
        entries = self.gazetteer.lookup(surface, limit=1)
        if not entries or entries[0].feature_code != "PPLC" or not entries[0].country_code:
            return None
        return self.government_of(entries[0].country_code)


def _inside_a_place_name(mentions, text: str, start: int, end: int) -> bool:
    """Whether the model's place entity around the name adds a name of its own to it ("Puerto
    Jordan", "Jordan Valley"), not just an article or a possessive ("the United States")."""
    for m in mentions:
        if m.label in ("GPE", "LOC", "FAC") and m.start <= start and end <= m.end and (m.start, m.end) != (start, end):
            rest = text[m.start : start] + " " + text[end : m.end]
            if any(word[:1].isupper() and word.lower() != "the" for word in re.findall(r"[\w'’-]+", rest)):
                return True
    return False


# the last word of a party's or a movement's name, which a country's name may open
_PARTY_HEADS = frozenset({"party", "league", "congress", "movement", "alliance", "union", "federation", "association"})


def _inside_a_party_name(mentions, start: int, end: int) -> bool:
    """Whether the model's organisation entity around a country's name goes on past it to a
    party's head word ("Bangladesh Nationalist Party", "Kenya African National Union")."""
    return any(m.label == "ORG" and m.start <= start and end < m.end and m.text.split()[-1].lower() in _PARTY_HEADS
               for m in mentions)


# Generic words for a state's own arms, which a possessive country makes that state's
STATE_GENERICS = frozenset({"generic:security-forces", "generic:police"})
_BASED = re.compile(r"[-– ]based\b")


# "Yemen's Saudi-backed government", "Mali's ruling junta": up to three words between
_OWNED_BY_GAP = re.compile(r"(?:['’]s|s(?=\s))\s+(?:[\w-]+\s+){0,3}")  # ("Syrias regime": a scrape lost the apostrophe)


def _possessing_country(places, text: str, start: int) -> str | None:
    """The country whose possessive stands a few words before ``start``, if one does."""
    for place in places:
        if place.level == "country" and place.country_code and place.evidence.end < start <= place.evidence.end + 45:
            if _OWNED_BY_GAP.fullmatch(text, place.evidence.end, start):
                return place.country_code
    return None


def _mention(entry: ActorEntry, article_id: str, start: int, end: int, surface: str, *, metonymy: bool = False) -> ActorMention:
    return ActorMention(
        actor_id=entry.actor_id,
        name=entry.name,
        category=entry.category if isinstance(entry.category, ActorCategory) or entry.category is None else ActorCategory(int(entry.category)),
        evidence=Evidence(article_id, start, end, surface, STAGE),
        generic=entry.kind == "generic",
        via_metonymy=metonymy,
        country_code=entry.country_code,
    )


def _qualifies_private_persons(spacy_doc, start: int, end: int) -> bool:
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    head = nationality_head(span.root) if span is not None else None
    return head is not None and head.lemma_.lower() in PRIVATE_PERSONS


def _modifies_state_arms(spacy_doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) is on the arms or the assault (see ``wields_state_arms``)."""
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    return span is not None and wields_state_arms(span.root)


# "South Sudan's Jonglei state", "Nigeria's northwestern Zamfara state", "Syria's second city"
_OWNS_PLACE_WORD = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:state|province|region|district|county|prefecture|governorate|department|oblast|"
    r"capital|city|town|village|border|coast|territory|enclave|highlands|lowlands|hills|mountains|north|south|east|west|interior|countryside|heartland|outskirts|suburbs?|favelas?|slums?)\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+")


def _owns_a_place(text: str, end: int, place_spans: list[tuple[int, int]]) -> bool:
    """Whether a country's name at ``end`` is the possessive of a place: a place word or a
    place mention within a few words after its "'s"."""
    if _OWNS_PLACE_WORD.match(text, end):
        return True
    possessive = _POSSESSIVE.match(text, end)
    # ("Russia's attacks on Ukraine" is Russia acting: only modifiers may stand between)
    return possessive is not None and any(s >= possessive.end() and _PLACE_MODIFIERS.fullmatch(text, possessive.end(), s)
                                          for s, _ in place_spans)


def _owns_a_group(text: str, end: int, matches) -> bool:
    """Whether a country's name at ``end`` is the possessive of a named non-state group that
    follows it, a few modifiers apart at most ("Yemen's Iran-aligned Houthi movement")."""
    possessive = _POSSESSIVE.match(text, end)
    return possessive is not None and any(
        m.entry.kind == "group" and _GROUP_MODIFIERS.fullmatch(text, possessive.end(), m.start) for m in matches)


# ("Russia's attack on Wagner" is Russia acting: only a group's epithets may stand between)
_GROUP_MODIFIERS = re.compile(r"(?:(?:[\w-]+-(?:backed|aligned|linked|allied|affiliated|based)|main|largest|biggest|powerful|"
                              r"Islamist|jihadist|armed|rebel|militant|separatist|insurgent|dominant)\s+){0,2}", re.I)
_PLACE_MODIFIERS = re.compile(r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
                              r"north-?eastern|north-?western|south-?eastern|south-?western|restive|remote|rural|volatile|"
                              r"coastal|border|mountainous|oil-rich|troubled)\s+){0,2}", re.I)


FIRING_LEMMAS = frozenset({"launch", "fire", "carry", "conduct"})
# (and the strikes they make: "India launched missile strikes", "Israel carried out air strikes")
WEAPON_LEMMAS = frozenset({"drone", "missile", "rocket", "shell", "mortar", "bomb", "projectile", "munition",
                           "strike", "airstrike", "barrage", "salvo",
                           # ("Russia launched a massive drone and missile attack on Kyiv")
                           "attack", "raid", "assault", "bombardment", "offensive"})


def _fires_weapons(spacy_doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) launches or fires weapons ("Ukraine launched 144 drones",
    "drones launched by Russia")."""
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in FIRING_LEMMAS:
        # "drones launched by Russia"
        fired = root.head.head
        return fired.dep_ == "acl" and fired.head.lemma_.lower() in WEAPON_LEMMAS
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in FIRING_LEMMAS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in WEAPON_LEMMAS for c in root.head.children)


def _is_line_heading(text: str, start: int, end: int) -> bool:
    """Whether the name opens a line and a colon follows it: a digest's or live blog's heading."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.startswith(":", end) and not text[line_start:start].strip(" \t•*-–")


def _tells_of_its_arms(spacy_doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) says what its own arms did ("Israel said its warplanes
    struck several tanks"): the state speaks for its forces, which did the act."""
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in ("say", "announce", "claim", "report"):
        return False
    return any(clause.dep_ == "ccomp" and any(
        subject.dep_ == "nsubj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in subject.children)
        and (subject.lemma_.lower() in STATE_ARMS_NOUNS or subject.lower_.removesuffix("s") in STATE_ARMS_NOUNS)
        for subject in clause.children) for clause in span.root.head.children)


# "rebels from the", "fighters of", "insurgents led by": members of the group named next
_NAME_FOLLOWS = re.compile(r"\s+(?=\S)")  # the group's name right after the generic noun for it
_MEMBERS_OF = re.compile(r"\s+(?:from|of|belonging to|loyal to|led by)\s+(?:the\s+)?")


# clock times' zones, which NER tags as organisations in wire copy ("at 2230 [0230 GMT]")
TIME_ZONES = frozenset({"GMT", "UTC", "EST", "EDT", "CET", "CEST", "PST", "PDT"})


def _looks_like_organisation(text: str) -> bool:
    """NER's ORG label also covers diseases, products, time zones and page furniture ("COVID-19", "App", "GMT")."""
    words = text.split()
    return not any(ch.isdigit() for ch in text) and len(text) > 2 and any(w[:1].isupper() for w in words) and len(words) <= 8 \
        and text.upper() not in TIME_ZONES \
        and not any(w.lower() in CLAUSE_VERBS for w in words) \
        and words[-1].lower() not in EVENT_WORDS  # "Mandera IED [attack]": an event, not its maker


# a venue's name, never an organisation's: "the Crocus City Hall" was attacked, it attacked no one
VENUE_NAME = re.compile(r"\s(?:Hall|Theat(?:re|er)|Arena|Mall|Cinema|Temple|Synagogue|Shrine|Stadium|Hotel|Penitentiary|Prison|Jail)$")


# words an event's name ends with, never an organisation's
EVENT_WORDS = frozenset({"ied", "ieds", "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "strike", "strikes", "massacre", "ambush", "raid", "siege"})


# verbs no organisation's name holds; a span with one is a clause the model mistook in capitals copy
CLAUSE_VERBS = frozenset({"is", "are", "was", "were", "been", "has", "have", "had"})
