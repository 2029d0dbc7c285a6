"""The places stage: toponyms in the text, resolved to gazetteer entries with a precision code.

Reads ``spacy_doc``, ``reading_text``, ``mentions``; adds ``places``.

Candidates come from three sources, because NER alone misses many conflict toponyms
("Al-Tanf", "Trans-Euphrates"): the model's GPE/LOC/FAC entities; capitalised word runs that
the gazetteer knows; and generic landform phrases anchored to a named country ("the desert in
central Syria" → the Syrian Desert). Then non-locational uses are dropped: a capital standing
for its government ("relations with Damascus"), a country acting as an agent ("the United
States shares …", "US-led"), names inside a role ("US Ambassador"). Those become actors in the
actors stage, not places.

Each remaining mention is resolved by a prior (exact spelling, feature importance, population)
adjusted by the article's country focus: a name with namesakes in several countries goes to the
one the article is about. Unresolved names are dropped rather than guessed.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from typing import ClassVar

from ..config import Settings
from ..model import Evidence, GazetteerEntry, GeoPrecision, Place
from ..pipeline import Document
from ..gazetteer.abbreviations import find_region_abbreviations
from ..gazetteer.demonyms import demonym_country
from ..gazetteer.normalize import exact_key
from .actor_dictionary import ActorDictionary
from .dates import NAME_PARTICLES, find_dateline
from .place_choice import ADMIN_SUFFIXES, COMPASS_WORDS, NOTABLE_POPULATION, Focus, choose_entry, outside_the_pair, region_key
from .place_use import (AGENTIVE_HEADS, ASSAULT_WORDS, ASSAULTED_OR_TAKEN, BUILDING_IN_TOWN, CITY_DISTRICT_AFTER, CITY_PART_NOUNS, CITY_PART_WORDS,
                        CONTROL_OF_BEFORE, ENTERED, NAMED_CITY_PART, PEOPLE_WORDS, PLACE_NOUNS, STRONG_LOCATIVES, TOWN_NOUN_BEFORE, locative_use,
                        nationality_head, names_a_building, wields_state_arms)

STAGE = "places/1"

# "the south Lebanon town of Abu al-Aswad": the settlement is the one named after "of"; the name
# before it says where it lies (no town called Lebanon)
_SETTLEMENT_NAMED_AFTER = re.compile(r"\s+(?:city|town|village)\s+of\s+[A-Z]")
# Short names two countries share, most-meant first, and each country's name of its own
COUNTRIES_SHARING_A_NAME = {"congo": ("CD", "CG"), "korea": ("KR", "KP")}
SHARED_NAME_COUNTRY = {"CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "KR": "South Korea", "KP": "North Korea"}
# Nigeria's local government areas: "in the Maru Local Government Area of Zamfara State", "Bassa LGA"
# (the model often reads the whole as an organisation, hiding the place in it)
_LGA_AFTER = re.compile(r"\s+(?:Local\s+Government\s+Area|Local\s+Government|LGA)\b")
_LGA_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s+(?:Local\s+Government\s+Area|Local\s+Government|LGA)\b)")
_NAME_WITH_AND = re.compile(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?\b")
_NAME_WITH_PARTICLE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:da|de|do|dos|das|del|di|du)\s+[A-Z][\w'’-]+\b")
_UNIT_NAMED_AFTER = re.compile(r"\s+(?:state|province|region|department|governorate|district|county|oblast)\s+of\s+[A-Z]")
# "Jammu and Kashmir Police", "Trinidad and Tobago Defence Force": a force named for a pair of names
_FORCE_NAMED_FOR_PAIR = re.compile(r"\s+(?:and|&)\s+[A-Z][\w-]+\s+(?:Police|Army|Rifles|Constabulary|Regiment|Defen[cs]e\s+Force|Light\s+Infantry)\b")
# Landform nouns that, with a country, name a region the curated gazetteer holds.
LANDFORMS = {"desert": "DSRT", "badia": "DSRT"}
_DIRECTIONS = r"(?:central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)"
# a direction the model took into a place's span, written in lower case (not "Eastern Cape")
_LOWER_DIRECTION = re.compile(_DIRECTIONS + r"\s+(?=[A-Z])")
_LANDFORM_RE = re.compile(
    r"(?P<phrase>(?:the\s+)?(?:so-called\s+)?[“\"]?(?:[a-z]+\s+)?(?P<landform>desert|badia)[”\"]?"
    r"\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:{_DIRECTIONS}\s+(?:part\s+of\s+(?:the\s+)?)?)?"
    r"(?P<country>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}))"
)
# "the Syrian capital", "the Afghan capital's outskirts", "Somalia's capital": the country's
# capital city, named by role
_CAPITAL_PHRASE_RE = re.compile(r"(?P<phrase>\b(?:[Tt]he\s+(?P<demonym>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+)['’]s)\s+capital)\b(?!\s+[A-Z])")
# the owner before a place in one entity span: "Mozambique's " in "Mozambique's Cabo Delgado"
_OWNER_BEFORE = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+")
_COUNTRY_POSSESSIVE_RE = re.compile(r"(?P<country>[A-Z][a-z]+)(?:['’]s|s)\s+(?=[A-Z])")
# "Chhattisgarh's Bijapur": a capitalised name and its possessive, right before the place
_POSSESSIVE_OWNER_RE = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:(?:north|south|east|west|central)(?:ern)?\s+)?$")
_CONTAINER_RE = re.compile(r",\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# "the village of Novoselivka in the Donetsk region": the region that follows contains the town
# (or "the Kandi forest area of Rajouri district": a district's first-level unit contains it)
_REGION_CONTAINER_RE = re.compile(
    r",?\s+(?:in|(?:(?:forest|mountain|hilly|border|remote)\s+)?areas?\s+of)\s+(?:the\s+)?(?:[a-z]+ern\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?P<unit>region|province|governorate|oblast|state|district|county|prefecture)\b"
)
# "Lido beach in Mogadishu": a feature word, then the capital or country it lies in
_CITY_CONTAINER_RE = re.compile(r"(?:\s+(?:beach|camp|market|district|neighbou?rhood|area|suburb|quarter))?\s+in\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_DEMONYM_OR_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,3}(?![A-Za-z])|\b[A-Z][a-z]{3,}(?:an|ans|ese|ish|ian|ians|i|is)\b")
# A name may open with a lower-case Arabic article: "al-Bab", "el-Arish"
_ARTICLE_PREFIX = r"(?:(?:al|el|ad|ar|as|at|az|an|ash|ez|es)[-‐])"
_CAPITALISED_RUN = re.compile(rf"(?:(?<![\w-]){_ARTICLE_PREFIX}|\b)(?:[A-Z][\w'’-]*[\w])(?:\s+(?:{_ARTICLE_PREFIX}?[A-Z][\w'’-]*[\w]|al|el|ad|as|ar|of|de|du))*")
# "Deir ez-Zor", "Ras al-Ain": the model often ends the name before its lower-case article
_ARTICLE_TAIL = re.compile(rf"\s+{_ARTICLE_PREFIX}[A-Z][\w'’-]*[\w]")
# "Deir ezzor": a scrape or a careless hand writes an Arabic name's second word small, with its
# article run in (each try costs a gazetteer lookup, so only such words are tried)
_LOWER_TAIL = re.compile(r"\s([ae][lzsdrnt][a-z'’-]{2,}[a-z])\b")

LEVEL_PRECISION = {
    "point": GeoPrecision.POINT,
    "region": GeoPrecision.REGION,
    "country": GeoPrecision.REGION,
    "continent": GeoPrecision.REGION,
}
# Words organisations are named with that are also the names of towns ("European Union" is not
# Union, New Jersey): never a toponym inside an organisation's name.
NAME_WORDS = {
    "Union", "Republic", "National", "United", "States", "Council", "Party", "Front", "Army", "Liberty",
    "Independence", "Unity", "Victory", "Justice", "Progress", "Freedom", "Democracy", "Peace", "Central",
    "General", "Federal", "Royal", "International", "Islamic", "Democratic", "Popular", "Liberation",
}
SETTLEMENT_WORDS = {"city", "town", "village"}
# "the Kherson and Zaporizhzhia regions": the plural unit word after the last name covers the first
_CONJOINED_REGIONS = re.compile(r"\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:regions|provinces|governorates|states|oblasts|districts|counties)\b")
# a city's parts, which a capital named before them places ("the Damascus suburb of Jaramana")


# "The UK based monitor": "-based" with its hyphen lost, where a place names where something sits
SPACED_BASED = re.compile(r" based\b")


# what a place owns when a scrape lost the apostrophe of its possessive: the place ends right before the "s"
_LOST_APOSTROPHE_OWNED = re.compile(r"s\s+((?:[\w-]+\s+){0,2}[\w-]+)")


class PlaceStage:
    name: ClassVar[str] = "places"
    reads: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "reading_text", "mentions"})
    adds: ClassVar[frozenset[str]] = frozenset({"places"})

    def __init__(self, settings: Settings, gazetteer=None) -> None:
        self.settings = settings
        self._gazetteer = gazetteer

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from ..gazetteer import Gazetteer

            self._gazetteer = Gazetteer.open(self.settings)
        return self._gazetteer

    def __call__(self, doc: Document) -> Document:
        candidates = self._candidates(doc)
        uses = [self._use_of(doc, start, end, surface, how) for start, end, surface, how in candidates]
        # a country named as an actor ("Yemen's Houthi rebels", "Syria's army") still says where the story is
        focus = self._country_focus(
            [c for c, use in zip(candidates, uses) if use == "literal" or c[3] == "demonym"],
            {c[2] for c, use in zip(candidates, uses) if use == "metonymic"},
        )
        places: list[Place] = []
        for (start, end, surface, how), use in zip(candidates, uses):
            if how == "landform":
                place = self._landform_place(doc, start, end, surface)
            elif how == "capital":
                entry = self._capital_of(_CAPITAL_PHRASE_RE.match(surface))
                place = _place_from_entry(entry, doc, start, end, 0.7, "literal") if entry else None
            else:
                place = self._resolve(doc, start, end, surface, focus, how, use)
            if place is not None:
                places.append(place)
        wrong = outside_the_pair(places, doc.reading_text or doc.article.text, focus)
        places = self._one_sense_per_name([p for i, p in enumerate(places) if i not in wrong], doc)
        doc.places = self._city_parts_in_their_city(places, doc)
        return doc

    CITY_DISTRICT_REACH = 400  # characters: a city's district is told soon after the city

    def _city_parts_in_their_city(self, places: list[Place], doc: Document) -> list[Place]:
        """A name written as a city's part ("the Tierra Blanca neighborhood", after Culiacan) is a
        place in the region of the city named last before it: the gazetteer's place of that name
        there, else that city (not the town of Tierra Blanca in Veracruz)."""
        text = doc.reading_text or doc.article.text
        kept: list[Place] = []
        for place in places:
            city = next((p for p in reversed(kept) if p.level == "point" and p.is_location and p.evidence.start < place.evidence.start), None)
            # (a capital or a seat of government is a city of its own, whatever follows its name)
            # ("the Kyivskyi district", after Kharkiv: a city's district, which no town of the name elsewhere is)
            # (but "the Macomia district", in a story that names Cabo Delgado, is the district of its own town there)
            city_part = NAMED_CITY_PART.match(text, place.evidence.end) or (
                city is not None and CITY_DISTRICT_AFTER.match(text, place.evidence.end) and text[max(0, place.evidence.start - 4): place.evidence.start].lower() == "the "
                and place.evidence.start - city.evidence.start < self.CITY_DISTRICT_REACH and not any(p.feature_code == "ADM1" and p.name == place.admin1 for p in places))
            if city is None or place.level != "point" or not city_part or place.feature_code in ("PPLC", "PPLA", "PPLA2") \
                    or (place.country_code, place.admin1) == (city.country_code, city.admin1):
                kept.append(place)
                continue
            there = next((e for e in self.gazetteer.lookup(place.evidence.text, limit=25)
                          if e.level == "point" and (e.country_code, e.admin1) == (city.country_code, city.admin1)), None)
            if there is None:
                kept.append(dataclasses.replace(city, evidence=place.evidence, confidence=place.confidence, use=place.use))
            else:
                kept.append(_place_from_entry(there, doc, place.evidence.start, place.evidence.end, place.confidence, place.use))
        return kept

    def _one_sense_per_name(self, places: list[Place], doc: Document) -> list[Place]:
        """A name the article also gives as a district ("Bijapur district") means a place in that
        district's province wherever it stands alone ("the Bijapur operation"), when the gazetteer
        has one there: not Vijayapura in Karnataka, in a story on Chhattisgarh."""
        units = {p.evidence.text.casefold(): p for p in places if p.feature_code == "ADM2" and p.admin1}
        settled = []
        for place in places:
            unit = units.get(place.evidence.text.casefold())
            if unit is not None and place.level == "point" and (place.country_code, place.admin1) != (unit.country_code, unit.admin1):
                there = next((e for e in self.gazetteer.lookup(place.evidence.text, limit=25)
                              if e.level == "point" and e.country_code == unit.country_code and e.admin1 == unit.admin1), None)
                if there is not None:
                    place = _place_from_entry(there, doc, place.evidence.start, place.evidence.end, place.confidence, place.use)
            settled.append(place)
        return settled

    # ------------------------------------------------------------------ candidates

    def _candidates(self, doc: Document) -> list[tuple[int, int, str, str]]:
        text = doc.reading_text or doc.article.text  # capitals judged as the model read them
        found: list[tuple[int, int, str, str]] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, surface: str, how: str) -> None:
            # (the model may take in the line break after a headline's last word: "… bombs Nasir\n\n")
            start, end, surface = start + len(surface) - len(surface.lstrip()), end - len(surface) + len(surface.rstrip()), surface.strip()
            if any(start < e and s < end for s, e in taken):
                return
            taken.append((start, end))
            found.append((start, end, surface, how))

        # (the text as written: the reading text ends the dateline with a full stop, which no
        # dateline pattern takes; both have the same offsets)
        dateline = find_dateline(doc.article.text)
        # (a name, not a headline run into the dateline: "Woman found dead in Belgrade, Minn., house fire. BELGRADE, Minn. --")
        if dateline and all(word[:1].isupper() or word in NAME_PARTICLES for word in dateline["place"].split()):
            # "BEIRUT, 3 May (Reuters) -": the place the report was filed from. NER often calls
            # an upper-case dateline an organisation.
            add(dateline.start("place"), dateline.end("place"), dateline["place"], "dateline")
        for m in _LANDFORM_RE.finditer(text):
            if self._landform_entry(m) is not None:
                add(m.start("phrase"), m.end("phrase"), m.group("phrase"), "landform")
        for m in _LGA_NAME.finditer(text):
            if m["name"].split()[0] not in ("The", "A", "In", "Of") and self.gazetteer.lookup(m["name"], limit=1):
                add(m.start("name"), m.end("name"), m["name"], "unit")
        for m in _CAPITAL_PHRASE_RE.finditer(text):
            if self._capital_of(m) is not None:
                add(m.start("phrase"), m.end("phrase"), m["phrase"], "capital")
        # Spans the model gave a non-place label: a gazetteer hit inside them ("The UN" as a
        # namesake town, "August" in a date) is not trusted unless it is a country or curated.
        non_place = [(m.start, m.end, m.label) for m in doc.mentions if m.label not in ("GPE", "LOC", "FAC")]
        for m in _NAME_WITH_AND.finditer(text):
            # "Jammu and Kashmir", "Trinidad and Tobago": one country or state, which the model splits
            # in two ("Jammu" a city, "Tobago" an organisation)
            whole = next(iter(self.gazetteer.lookup(m[0], limit=1, exact_only=True)), None)
            if whole is not None and (whole.level == "country" or whole.feature_code == "ADM1"):
                add(m.start(), m.end(), m[0], "ner")
        for m in _NAME_WITH_PARTICLE.finditer(text):
            # "Mocimboa da Praia", "Ciudad del Este": one town, which the model splits at its particle
            whole = next(iter(self.gazetteer.lookup(m[0], limit=1, exact_only=True)), None)
            if whole is not None and whole.level == "point" and whole.population >= NOTABLE_POPULATION // 10:
                add(m.start(), m.end(), m[0], "ner")
        for start, end, country, region in find_region_abbreviations(text):
            add(start, end, f"{country}.{region}", "abbreviation")
        for mention in doc.mentions:
            # a place name is written with a capital: "an alley", "mosques" are the model's slips
            if mention.label in ("GPE", "LOC", "FAC") and not mention.text.islower():
                start, surface = mention.start, mention.text
                if demonym_country(surface) and not self.gazetteer.lookup(surface, limit=1, exact_only=True):
                    add(start, mention.end, surface, "demonym")  # "Ukrainian shelling", tagged GPE
                    continue
                if surface.lower().startswith("the "):
                    start, surface = start + 4, surface[4:]
                if (direction := _LOWER_DIRECTION.match(surface)) is not None:
                    start, surface = start + direction.end(), surface[direction.end() :]  # "eastern Democratic Republic of Congo"
                owner = _COUNTRY_POSSESSIVE_RE.match(surface)
                if owner and any(e.level == "country" for e in self.gazetteer.lookup(owner["country"], limit=1, exact_only=True)):
                    # "Syria's Idlib province", or as scrapes lose the apostrophe "Syrias Idlib"
                    start, surface = start + owner.end(), surface[owner.end() :]
                if mention.label == "FAC" and (named := self._place_a_building_is_named_for(text, start, surface)):
                    add(start, start + len(named), named, "embedded")  # "Damascus International Airport": in Damascus
                    continue
                end = mention.end
                if surface.endswith(("'s", "’s")) and len(surface) > 3:
                    end, surface = end - 2, surface[:-2]  # the model may take the possessive in: "Rio de Janeiro's"
                elif (owner := self._lost_apostrophe_owner(surface)) is not None:
                    end, surface = end - 1, owner  # "Aleppos Marjeh district": a scrape lost the apostrophe
                if tail := _ARTICLE_TAIL.match(text, end):
                    end, surface = tail.end(), surface + text[end : tail.end()]
                elif (tail := _LOWER_TAIL.match(text, end)) and tail.group(1) not in _STOP_WORDS and self._spelled_together(surface, tail.group(1)):
                    end, surface = tail.end(), surface + text[end : tail.end()]  # "Deir ezzor": not "Deir" (Győr)
                add(start, end, surface, "ner")
        for mention in doc.mentions:
            if mention.label == "NORP" and demonym_country(mention.text):
                add(mention.start, mention.end, mention.text, "demonym")
        # Demonyms and country abbreviations the model left untagged or folded into an
        # organisation's name ("American Red Cross", "U.S. Army").
        for m in _DEMONYM_OR_ABBREVIATION.finditer(text):
            word = m.group(0)
            if demonym_country(word):
                add(m.start(), m.end(), word, "demonym")
            elif "." in word and self.gazetteer.is_known(word):
                inside_org = any(s < m.end() and m.start() < e and label == "ORG" for s, e, label in non_place)
                add(m.start(), m.end(), word, "embedded" if inside_org else "gazetteer")
        for m in _CAPITALISED_RUN.finditer(text):
            for start, end, surface in _sub_runs(m.start(), m.group(0)):
                if any(start < e and s < end for s, e in taken):
                    continue
                if (owner := self._lost_apostrophe_owner(surface)) is not None and text[end : end + 1] in (" ", ","):
                    add(start, end - 1, owner, "gazetteer")  # "Syrias regime", "Syrias Hama": untagged, or tagged a person
                    continue  # (what it owns may be a place too)
                if _is_sentence_initial_common(text, start, surface) or not self.gazetteer.is_known(surface):
                    continue
                around = next(((s, e, label) for s, e, label in non_place if start < e and s < end), None)
                inside = around[2] if around else None
                # ("Arauca, on the border with Venezuela, has been …": a sentence's first word, read as a place before)
                # (set off by its comma: "Idlib administration", "Idlib University" are bodies named for it)
                read_before = inside is None and _sentence_initial(text, start) and text[end : end + 1] == "," \
                    and any(f[2] == surface and f[3] in ("ner", "gazetteer") for f in found)
                if read_before or self._plausible_without_ner(text, start, surface, inside_entity=inside):
                    # a place inside a longer organisation name; the whole span is a mislabel
                    # ("Jonglei State's Akobo County": the model's ORG span may hold only the name and its "'s")
                    org_end = around[1] - 2 if around and text[around[1] - 2 : around[1]] in ("'s", "’s") else (around[1] if around else 0)
                    # ("the city of Sumy on Palm Sunday", tagged ORG as "Sumy on Palm": the text calls it a town)
                    # ("Mozambique's Cabo Delgado province", tagged ORG up to the name: the owner's place, no organisation's)
                    owned_place = around is not None and around[1] == end and _OWNER_BEFORE.fullmatch(text, around[0], start) is not None
                    # ("the Lakki Marwat district", tagged ORG with its article: no longer name than the place's)
                    org_start = around[0] + 4 if around and text[around[0] : around[0] + 4].lower() == "the " else (around[0] if around else 0)
                    embedded = inside == "ORG" and (org_end - org_start) > len(surface) + 1 and not owned_place \
                        and not (_called_a(SETTLEMENT_WORDS, text, start) and self.gazetteer.lookup(surface, limit=1, exact_only=True))
                    add(start, end, surface, "embedded" if embedded else "gazetteer")
                    if text[end : end + 2] not in ("'s", "’s"):
                        break  # (an owner's possessive: "Niger's Tillaberi region" holds a place of its own after it)
        # ("… seizes key city of Wad Madani" … "took control of Wad Madani", tagged a person there): a
        # name of two words or more the article has read as a place is that place wherever it is written
        for surface in {surface for _, _, surface, how in found if how in ("ner", "gazetteer") and " " in surface}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                add(m.start(), m.end(), surface, "gazetteer")
        return sorted(found)

    def _lost_apostrophe_owner(self, surface: str) -> str | None:
        """The place in a possessive whose apostrophe a scrape lost ("Syrias", "Aleppos"): the
        name without its "s", when the gazetteer knows no place by the whole word and knows the
        name as a country, a province or a large town. A word the gazetteer knows whole stays
        itself ("Texas"; "Hamas", one of Hamm's names, is no possessive of Hama)."""
        if len(surface) < 5 or not surface.endswith("s") or surface.endswith("ss") or " " in surface:
            return None
        if self.gazetteer.lookup(surface, limit=1, exact_only=True):
            return None
        entries = self.gazetteer.lookup(surface[:-1], limit=1, exact_only=True)
        if not entries or exact_key(entries[0].name) != exact_key(surface[:-1]) and entries[0].level != "country":
            return None
        top = entries[0]
        notable = top.level == "country" or top.feature_code == "ADM1" or top.population >= NOTABLE_POPULATION
        return surface[:-1] if notable else None

    def _place_a_building_is_named_for(self, text: str, start: int, surface: str) -> str | None:
        """The town that opens a building's name ("Damascus" of "Damascus International Airport"),
        when the gazetteer knows it."""
        words = surface.split()
        for count in (2, 1):
            name = " ".join(words[:count])
            # ("City Hall", "Town Hall": the building's kind, no town's name)
            # ("Ben Gurion Airport": a person's name, whose first word alone is only another spelling of Bern)
            if len(words) > count and name.lower() not in ("city", "town", "village", "county") and names_a_building(text, start + len(name)) \
                    and self.gazetteer.is_known(name) and (count > 1 or self._known_by_that_name(name)) and not self._in_another_country(text, start + len(surface), name):
                return name
        return None

    def _in_another_country(self, text: str, end: int, name: str) -> bool:
        """Whether the town the words after a building name lies in another country than the town
        of ``name``: "Aden Adde International Airport in Mogadishu" is named for a man, not for Aden."""
        if (m := BUILDING_IN_TOWN.match(text, end)) is None:
            return False
        town = next(iter(self.gazetteer.lookup(m["town"], limit=1, exact_only=True)), None)
        named = next(iter(self.gazetteer.lookup(name, limit=1, exact_only=True)), None)
        return town is not None and named is not None and town.country_code != named.country_code

    def _known_by_that_name(self, name: str) -> bool:
        top = self.gazetteer.lookup(name, limit=1, exact_only=True)
        return bool(top) and exact_key(top[0].name) == exact_key(name)

    def _spelled_together(self, name: str, word: str) -> bool:
        """Whether the name and the lower-case word after it are one name the gazetteer spells
        with the word joined or hyphenated ("Deir ezzor" is Deir ez-Zor)."""
        squeezed = exact_key(name + word).replace(" ", "")
        return any(exact_key(e.name).replace(" ", "") == squeezed for e in self.gazetteer.lookup(f"{name} {word}", limit=3))

    def _plausible_without_ner(self, text: str, start: int, surface: str, *, inside_entity: str | None) -> bool:
        """A capitalised name the model did not tag is taken as a place when the gazetteer knows
        it as something notable (a country, region, curated feature or sizeable town), or when
        a locative preposition introduces it. Small hamlets named "Over" or "Medium" stay out."""
        entries = self.gazetteer.lookup(surface, limit=3)
        if not entries:
            return False
        top = entries[0]
        if surface.lower().rstrip(".") in _CALENDAR_WORDS:
            return False  # "in August", "March", "Sunday" are dates before they are places
        # "Some victims …": a loose spelling of Suomi is no country; a stop word never is one
        exactly_a_country = top.level in ("country", "continent") and surface.lower() not in _STOP_WORDS and any(
            e.level in ("country", "continent") for e in self.gazetteer.lookup(surface, limit=3, exact_only=True))
        if exactly_a_country or top.source == "curated":
            return True
        before = text[max(0, start - 30) : start].lower().split()
        # "the Syrian town of al-Qardaha": the text says it is a place, however small the gazetteer has it
        named_as_place = len(before) >= 2 and before[-1] == "of" and (before[-2] in PLACE_NOUNS or _singular(before[-2]) in PLACE_NOUNS) \
            or (_LISTED_PLACES_BEFORE.search(text, max(0, start - 100), start) is not None and top.population >= 1_000)
        after_locative = bool(before) and (
            before[-1] in STRONG_LOCATIVES
            or (len(before) >= 2 and before[-1] == "the" and before[-2] in STRONG_LOCATIVES)
            # ("in neighbouring Pattani")
            or (len(before) >= 2 and before[-1] in ("neighbouring", "neighboring", "nearby", "adjacent") and before[-2] in STRONG_LOCATIVES)
            # "air strikes on Aleppo", "troops shelled Douma": what is struck or taken is a place
            or (len(before) >= 2 and before[-1] in ("on", "against") and before[-2].removesuffix("s") in ASSAULT_WORDS)
            or before[-1] in ASSAULTED_OR_TAKEN or before[-1] in ENTERED
            # "Yemen's capital Sanaa", "the port city Hodeidah": the noun before says it is a town
            or TOWN_NOUN_BEFORE.search(text, max(0, start - 12), start) is not None
            # ("said they had taken control of Goma", tagged a person)
            or CONTROL_OF_BEFORE.search(text, max(0, start - 40), start) is not None
            or named_as_place
        )
        dateline_like = surface.isupper() and len(surface) >= 4  # "GAINESVILLE -- …" opens a report
        if len(surface.split()) == 1 and (surface.lower() in _STOP_WORDS or (_sentence_initial(text, start) and not dateline_like)) and not after_locative:
            return False  # "All the attackers …", "Over the past month …"
        after = text[start + len(surface) : start + len(surface) + 30].lower().split()
        # "the Tillaberi region", "the Kursk border region"
        # ("Rakhine state's Maungdaw township": the unit word may own the next place)
        before_place_noun = bool(after) and (re.sub(r"['’]s$", "", after[0].strip(",.;")) in ADMIN_SUFFIXES or (
            after[0] == "border" and len(after) > 1 and after[1].strip(",.;") in ADMIN_SUFFIXES | {"area", "town", "city"}))
        if exact_key(top.name) != exact_key(surface) and (group := ActorDictionary.load().by_alias(surface)) is not None and group.kind == "group":
            return False  # an armed group's name that is a town's name only in another language: "Hamas" (Hamm)
        if inside_entity == "ORG" and (top.level == "region" or top.population >= 20_000) and len(surface) > 3 and surface not in NAME_WORDS:
            return True  # "Laurel County Sheriff's Office", "the Kirkuk police": a place inside a name
        if inside_entity:
            # The model said PERSON or DATE, but "near Palmyra" and "the Tillaberi region" are
            # places whatever it said.
            # "in Mashhad, Isfahan and Tabriz": a town listed after a place is one, if sizeable
            listed = _LISTED_AFTER_NAME.search(text, max(0, start - 40), start)
            # ("In Barkin Ladi, at least 50 …": a district the gazetteer has as a unit, tagged a person)
            return ((after_locative and (top.population >= 1_000 or (top.level == "region" and surface.lower() not in COMPASS_WORDS))) or before_place_noun or named_as_place
                    or (listed is not None and top.population >= 50_000 and self.gazetteer.is_known(listed["name"])))
        if top.level == "region" or top.population >= 50_000:
            return True
        # "in Puncak regency": a unit word after the name says it is one, however small the gazetteer has it
        # ("in Balochistan's Kech district": a known place owns it, and the gazetteer has a unit by the name)
        owned_by_place = bool(before) and before[-1].endswith(("'s", "’s")) and self.gazetteer.is_known(text[max(0, start - 30) : start].split()[-1][:-2])
        unit_named = before_place_noun and any(e.level == "region" for e in entries)
        return (after_locative and (top.population >= 1_000 or (before_place_noun and top.level == "region"))) or named_as_place \
            or (unit_named and (after_locative or owned_by_place))

    def _country_focus(self, candidates: list[tuple[int, int, str, str]], metonymic: set[str] = frozenset()) -> "Focus":
        """Which countries and first-level regions the article is about, from its literal place
        names: each distinct name votes once for its most likely country (a country named
        outright twice) and for the region it lies in ("Georgia", or a town in Georgia). A
        demonym votes once for its country: "the Syrian army" says where the story is. A country
        named only as an actor (``metonymic``) votes as a country named outright."""
        focus = Focus()
        focus.mentions.update(c[2].casefold() for c in candidates)
        for surface in metonymic:
            top = next(iter(self.gazetteer.lookup(surface, limit=1)), None)
            if top is not None and top.level == "country" and top.country_code:
                focus.add(surface, {top.country_code: 2}, None)
        for surface, how in {(c[2], c[3]) for c in candidates if c[3] not in ("landform", "capital")}:
            if how == "demonym":
                code = demonym_country(surface) or ""
                if len(code) == 2:
                    focus.demonyms[code.upper()] += 1
                continue
            if how == "abbreviation":
                entries = [e for e in [self.gazetteer.admin1(*surface.split("."))] if e]
            else:
                entries = self.gazetteer.lookup(surface, limit=1)
            if not entries or not entries[0].country_code:
                continue
            top = entries[0]
            votes = {top.country_code: 2 if top.level == "country" else 1}
            region = region_key(top)
            focus.add(surface, votes, region, named_outright=top.feature_code == "ADM1")
        return focus

    # ------------------------------------------------------------------ filtering

    def _use_of(self, doc: Document, start: int, end: int, surface: str, how: str) -> str:
        """literal, metonymic or modifier (see Place.use)."""
        if how in ("landform", "capital", "dateline", "abbreviation", "unit"):
            return "literal"
        if how == "embedded" and names_a_building(doc.reading_text or doc.article.text, end):
            return "literal"  # "a mortar attack on the Damascus Opera House": the house is in Damascus
        if how in ("demonym", "embedded"):
            return "modifier"
        if (owned := _LOST_APOSTROPHE_OWNED.match(doc.reading_text or doc.article.text, end)) is not None:
            # "Aleppos Marjeh district", "Syrias second city": where; "Syrias regime": who
            words = owned.group(1).split()
            # (in a title-case headline every word has a capital: "Silence over Russias Crimes" is no place)
            owns_a_place = words[0][:1].isupper() and self.gazetteer.is_known(words[0])
            return "literal" if owns_a_place or any(w.lower() in PLACE_NOUNS for w in words) else "metonymic"
        return "literal" if self._is_locational(doc, start, end, surface) else self._non_literal_kind(doc, start, end)

    @staticmethod
    def _non_literal_kind(doc: Document, start: int, end: int) -> str:
        text = doc.reading_text or doc.article.text
        if re.match(r"[-–][a-z]", text[end : end + 3] or "") or SPACED_BASED.match(text, end):
            return "modifier"  # ("The UK based Syrian Observatory": a scrape that lost the hyphen)
        span = doc.spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("compound", "amod", "nmod"):
            return "modifier"
        return "metonymic"

    def _is_locational(self, doc: Document, start: int, end: int, surface: str) -> bool:
        span = doc.spacy_doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return True
        text = doc.reading_text or doc.article.text
        after = text[end : end + 2]
        if after.startswith(("-", "–")) and re.match(r"[-–][a-z]", text[end : end + 3] or ""):
            return False  # "US-led", "US-controlled": a modifier naming an agent
        if _FORCE_NAMED_FOR_PAIR.match(text, end):
            return False  # "Jammu and Kashmir Police": a force named for a state, not the town of Jammu
        before = span.start - 1
        # "in downtown San Salvador", "in the northern Kabul": the preposition is before the part's word
        while before > 0 and span.doc[before].lower_ in CITY_PART_WORDS:
            before -= 1
        previous = span.doc[before] if before >= 0 else None
        prev_lower = previous.lower_ if previous is not None else ""
        root = span.root
        entries = self.gazetteer.lookup(surface, limit=1)
        top = entries[0] if entries else None
        is_country = top is not None and top.level == "country"
        is_capital = top is not None and top.feature_code == "PPLC"
        if root.dep_ == "compound" and root.head.pos_ in ("NOUN", "PROPN") and root.head.ent_type_ in ("", "PERSON", "ORG", "NORP"):
            head = root.head.lower_
            if head in AGENTIVE_HEADS or root.head.ent_type_ == "PERSON" or root.head.i + 1 < len(span.doc) and span.doc[root.head.i + 1].ent_type_ == "PERSON":
                return False  # "US Ambassador Kelly Kraft"
        if is_country and wields_state_arms(root):
            return False  # "U.S. air strikes", "US and British warplanes": who struck, not where
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if is_country and following is not None and following.tag_ == "VBD" and previous is not None and previous.pos_ == "NOUN":
            return False  # "61 drones Russia launched overnight": the country did it, whatever the parse made of it
        if is_country and nationality_head(root) is not None:
            return False  # "a New Zealand pilot", "the Ukraine war": whose or about what, not where
        if prev_lower == "capital" or prev_lower in SETTLEMENT_WORDS:
            return True  # "clashes in the Libyan capital Tripoli killed …", whatever the parse makes its role
        if is_capital or is_country:
            if root.dep_ in ("nsubj", "nsubjpass") or (root.dep_ == "pobj" and root.head.lower_ == "by"):
                return False
            if root.dep_ == "poss" or text[end : end + 2] in ("'s", "’s"):
                # "Mali's Menaka region" is a place; "Syria's government" is an actor
                possessed = root.head if root.dep_ == "poss" else None
                if possessed is None or not (possessed.lemma_.lower() in PLACE_NOUNS or possessed.ent_type_ in ("GPE", "LOC", "FAC")):
                    return False
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in AGENTIVE_HEADS:
                return False
        if is_capital and root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in CITY_PART_NOUNS:
            return True  # "the Port-au-Prince suburb of Solino", "the Kabul airport": where
        if is_capital and not _in_dateline(doc, start) and not locative_use(root, prev_lower):
            # A capital outside a locative phrase stands for its government ("beneficial to
            # Washington", "relations with Damascus"). Datelines at the top are places.
            return False
        return True

    # ------------------------------------------------------------------ resolution

    def _resolve(self, doc: Document, start: int, end: int, surface: str, focus: "Focus", how: str, use: str) -> Place | None:
        if how == "demonym":
            target = demonym_country(surface) or ""
            entry = self.gazetteer.country(target) if len(target) == 2 else next(iter(self.gazetteer.lookup(target, limit=1)), None)
            return _place_from_entry(entry, doc, start, end, 0.8, use) if entry else None
        if how == "abbreviation":
            entry = self.gazetteer.admin1(*surface.split("."))
            return _place_from_entry(entry, doc, start, end, 0.8, use) if entry else None
        if set(surface.lower().split()) <= COMPASS_WORDS:
            return None  # "the West", "North": a direction, or a bloc, not a place
        if surface.lower() in PEOPLE_WORDS:
            return None  # "the Arab country", "Kurdish fighters": a people or a faith, not Arab, Alabama
        if surface in _armed_group_acronyms():
            return None  # "ISIL positions": the group, not Esil in Kazakhstan
        words = surface.split()
        # lower case only: "Kansas City", "Mexico City" are names of their own
        named_settlement = len(words) > 1 and words[-1] in SETTLEMENT_WORDS
        # "Kherson city": the town of that name (the gazetteer reads "city" as a unit word)
        entries: list[GazetteerEntry] = self.gazetteer.lookup(" ".join(words[:-1]) if named_settlement else surface, limit=25)
        if not entries and len(words) > 1 and words[-1] == "City":
            # ("Guihulngan City", "Cotabato City": a city written with its title, which the gazetteer lacks)
            # (a sizeable one: "Harbor City" is a district of Los Angeles, no title on a hamlet called Harbor)
            named_settlement, entries = True, [e for e in self.gazetteer.lookup(" ".join(words[:-1]), limit=25) if e.level == "point" and e.population >= 10_000 and exact_key(e.name) == exact_key(" ".join(words[:-1]))]
        if not entries:
            return None
        # "Kaduna state's Kuriga town": the possessive is still the unit word's
        next_word = re.sub(r"['’]s$", "", (doc.article.text[end : end + 20].split() or [""])[0].strip(",.;"))
        # ("the central Mexico state of Guanajuato": the unit is the one named after "of", the name before its country)
        if (next_word.lower() in ADMIN_SUFFIXES and not _UNIT_NAMED_AFTER.match(doc.article.text, end)) or _LGA_AFTER.match(doc.article.text, end) \
                or _CONJOINED_REGIONS.match(doc.article.text, end) or _called_a(UNIT_OF_WORDS, doc.article.text, start):
            regions = [e for e in entries if e.level == "region"]
            entries = regions or entries  # "Homs province", "the Kherson and Zaporizhzhia regions": the provinces, not the cities
        elif named_settlement or (next_word in SETTLEMENT_WORDS and not _SETTLEMENT_NAMED_AFTER.match(doc.article.text, end)) \
                or _called_a(SETTLEMENT_WORDS, doc.article.text, start):
            points = [e for e in entries if e.level == "point"]
            entries = points or entries  # "Kherson city", "the town of Nabatieh": the town, not its province
        container = self._container(doc.reading_text or doc.article.text, end)
        if container is not None:
            # "Sinjar, Iraq", "Springfield, Illinois": the name that follows contains this one
            region = container.name if container.feature_code != "ADM2" else container.admin1
            inside = [e for e in entries if e.country_code == container.country_code and (container.level in ("country", "point") or e.admin1 == region)]
            if not inside and (container.feature_code == "ADM2" or container.level == "point"):
                return None  # "the Kandi forest area of Rajouri district": not Kandi in West Bengal; "Lido beach in Mogadishu": not in New York
            entries = inside or entries
        elif (owners := self._possessive_owners(doc.reading_text or doc.article.text, start)):
            country = next((o for o in owners if o.level == "country"), None)
            if country is not None and not any(e.country_code == country.country_code for e in entries):
                # ("Iraq's Kurdistan region": not Iran's Kurdistan province; the owner's region of that name, or none)
                entries = [e for e in self.gazetteer.lookup(f"{surface} Region", limit=5) if e.country_code == country.country_code]
                if not entries:
                    return None
            else:
                # "Chhattisgarh's Bijapur district", "Manipur's Bishnupur district": the one inside the
                # owner (not Bijapur in Karnataka), when the gazetteer has one there
                entries = [e for e in entries if any(e.country_code == o.country_code and e.admin1 == o.name for o in owners)] or entries
        if (sharers := COUNTRIES_SHARING_A_NAME.get(surface.lower())) is not None:
            # "Congo" is either Congo; the one whose places the article names, else the one news means most
            countries, _ = focus.without(surface)
            code = max(sharers, key=lambda c: (countries.get(c, 0), -sharers.index(c)))
            entries = [e for e in self.gazetteer.lookup(SHARED_NAME_COUNTRY[code], limit=3, exact_only=True) if e.level == "country"] or entries
        if use == "metonymic":
            best = entries[0]  # "Washington said": the capital
        else:
            # asked only when the article's countries do not settle the name (a second query)
            best = choose_entry(entries, surface, focus, lambda: {e.gazetteer_id for e in self.gazetteer.lookup(surface, limit=25, exact_only=True)})
            if best is None:
                return None
        # (and a small one the model tagged: "the central town of Boni", in a story on Mali, is no French hamlet)
        if (how == "gazetteer" or (how == "ner" and best.population < SMALL_TOWN)) and best.level == "point" and exact_key(best.name) != exact_key(surface):
            countries, _ = focus.without(surface)
            # (a story that names its own country several times over and the other country's people
            # at most once: "French troops left" in a story on Mali)
            if countries and max(countries.values()) >= STORY_COUNTRY_VOTES and not countries.get(best.country_code) \
                    and focus.demonyms.get(best.country_code.upper(), 0) < 2:
                # ("the Cano Limon-Covenas pipeline", in a story on Colombia: a word the model left
                # untagged, only another spelling of Kano, in a country the story names nowhere else)
                return None
        confidence = 0.9 if how in ("ner", "unit") else 0.7
        if len({e.country_code for e in entries}) > 1 and best.level == "point":
            confidence -= 0.2  # namesakes in several countries
        return _place_from_entry(best, doc, start, end, confidence, use)

    def _container(self, text: str, end: int) -> GazetteerEntry | None:
        """The country or first-level region named right after ", " ("Sinjar, Iraq"), or the
        first-level region the next words put it in ("Novoselivka in the Donetsk region")."""
        m = _CONTAINER_RE.match(text, end)
        if m is not None:
            entries = self.gazetteer.lookup(m["name"], limit=1)
            if entries and (entries[0].level == "country" or entries[0].feature_code == "ADM1"):
                return entries[0]
            return None
        m = _REGION_CONTAINER_RE.match(text, end)
        if m is not None:
            # the region word says which namesake: "Donetsk region" is the oblast, not the city
            units = self.gazetteer.lookup(m["name"], limit=5)
            return next((e for e in units if e.feature_code == "ADM1"), None) or next(
                (e for e in units if e.feature_code == "ADM2" and e.admin1 and m["unit"] in ("district", "county")), None)
        m = _CITY_CONTAINER_RE.match(text, end)
        if m is not None:
            # "a hotel on Lido beach in Mogadishu": a capital or a country named right after says where
            entries = self.gazetteer.lookup(m["name"], limit=1)
            if entries and (entries[0].level == "country" or entries[0].feature_code in ("PPLC", "ADM1")):
                return entries[0]
        return None

    def _possessive_owners(self, text: str, start: int) -> list[GazetteerEntry]:
        """The country or the first-level regions a possessive right before ``start`` may name
        ("Iraq's Kurdistan region"; "Manipur's Bishnupur district"; "Punjab's" is India's or
        Pakistan's). A country's name it is exactly; one two countries share ("Congo's") is neither."""
        m = _POSSESSIVE_OWNER_RE.search(text, max(0, start - 50), start)
        if m is None:
            return []
        found = self.gazetteer.lookup(m["name"], limit=5)
        regions = [e for e in found if e.feature_code == "ADM1"]
        named = m["name"].lower() not in COUNTRIES_SHARING_A_NAME and exact_key(m["name"])
        return [e for e in found if e.level == "country" and exact_key(e.name) == named][:1] + regions

    def _landform_entry(self, m: re.Match[str]) -> GazetteerEntry | None:
        countries = [e for e in self.gazetteer.lookup(m["country"], limit=3) if e.level == "country"]
        if not countries:
            return None
        return self.gazetteer.feature_in_country(LANDFORMS[m["landform"].lower()], countries[0].country_code)

    def _capital_of(self, phrase: re.Match[str]) -> GazetteerEntry | None:
        if phrase["demonym"]:
            code = demonym_country(phrase["demonym"]) or ""
        else:
            country = next((e for e in self.gazetteer.lookup(phrase["country"], limit=1, exact_only=True) if e.level == "country"), None)
            code = country.country_code if country is not None else ""
        return self.gazetteer.feature_in_country("PPLC", code) if code and len(code) == 2 else None

    def _landform_place(self, doc: Document, start: int, end: int, phrase: str) -> Place | None:
        m = _LANDFORM_RE.match(doc.reading_text or doc.article.text, start)
        region = self._landform_entry(m) if m is not None else None
        if region is None:
            return None
        return _place_from_entry(region, doc, start, end, 0.6, "literal")


# ("the cities of Batumi and Zugdidi", "the towns of Kidal, Gao and Menaka": each name listed is one)
_LISTED_PLACES_BEFORE = re.compile(r"\b(?:cities|towns|villages|provinces|regions|districts|states|areas|communes)\s+of\s+"
                                   r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,\s+and\s+|,\s+|\s+and\s+))+$")
_LISTED_AFTER_NAME = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)(?:,| and| or|, and)\s+$")


def _called_a(words: frozenset[str] | set[str], text: str, start: int) -> bool:
    """Whether the text calls the name at ``start`` one of ``words`` "of" it: "the southern
    Lebanese town of Nabatieh", "the northern Mexican state of Zacatecas"."""
    before = text[max(0, start - 30) : start].lower().split()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in words


# "the state of Zacatecas" is the region, not its seat ("the eastern districts of Aleppo" are parts of the city)
UNIT_OF_WORDS = frozenset({"state", "province", "governorate", "prefecture", "oblast", "department", "region"})


def _in_dateline(doc: Document, start: int) -> bool:
    m = find_dateline(doc.article.text)
    return m is not None and m.start() <= start < m.end()


def _place_from_entry(entry: GazetteerEntry, doc: Document, start: int, end: int, confidence: float, use: str = "literal") -> Place:
    return Place(
        name=entry.name,
        evidence=Evidence(doc.article.id, start, end, doc.article.text[start:end], STAGE),
        level=entry.level,
        precision=LEVEL_PRECISION.get(entry.level, GeoPrecision.REGION),
        latitude=entry.latitude,
        longitude=entry.longitude,
        gazetteer_id=entry.gazetteer_id,
        feature_code=entry.feature_code,
        country_code=entry.country_code,
        admin1=entry.admin1,
        admin2=entry.admin2,
        confidence=round(confidence, 2),
        use=use,
    )


def _sub_runs(offset: int, run: str):
    """Longest-first sub-runs of a capitalised run (at most four words), so "Al-Tanf zone" tries
    "Al-Tanf zone" then "Al-Tanf". A leading "The" is never part of a toponym here, nor a
    possessive "'s" at its end."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", run) if m.group(0) not in ("The", "THE")]
    for size in range(min(4, len(words)), 0, -1):
        for i in range(0, len(words) - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            if size == 1 and i == 0 and len(words) > 1 and run[s:e].lower().strip(".,;:-") in TOPONYM_PREFIXES:
                continue  # "Ceel Dheere" the gazetteer lacks is not Eyl ("Ceel"): a name's first word is no name
            surface = re.sub(r"['’]s$", "", run[s:e]).rstrip(".,;:’'")  # "Mali's Mopti region": Mali, not Malliß
            yield offset + s, offset + s + len(surface), surface


# First words that many place names share ("Ceel Buur", "Kafr Nabl", "Tel Abyad", "San Miguel"):
# alone they name no place, whatever namesake the gazetteer has
TOPONYM_PREFIXES = frozenset({
    "ceel", "el", "al", "kafr", "tel", "tal", "tell", "deir", "dayr", "ain", "ayn", "bab", "wadi", "jabal", "jebel", "ras", "beit",
    "bayt", "abu", "umm", "bir", "khan", "qasr", "san", "santa", "puerto", "port", "fort", "mount", "lake", "new", "ban", "hai",
})


def _singular(noun: str) -> str:
    """"cities" → "city", "towns" → "town": enough for the place nouns."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


# "the Damascus suburb of Jaramana" or "the Midan neighbourhood of Damascus": two names, one inside
# the other, whichever order English puts them in
SMALL_TOWN = 5_000
STORY_COUNTRY_VOTES = 3  # votes that make a country the story's own, against a lone foreign spelling


@functools.cache
def _armed_group_acronyms() -> frozenset[str]:
    """Acronyms of the dictionary's non-state groups ("ISIL", "HTS", "SDF"): written in capitals,
    they name the group, even where a gazetteer lists one as another spelling of a town."""
    from .actor_dictionary import ActorDictionary

    actors = ActorDictionary.load()
    return frozenset(a for a, actor_id in actors.acronym_owners() if (entry := actors.get(actor_id)) is not None and entry.kind == "group")


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or "\n" in before or before.rstrip().endswith((".", "!", "?", "”", '"', "-", "—"))


_CALENDAR_WORDS = {m.lower() for m in calendar.month_name[1:] + calendar.month_abbr[1:] + calendar.day_name[:]} | {"sept"}


def _load_stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP_WORDS = _load_stop_words()

_COMMON_CAPITALISED = {"The", "A", "An", "In", "On", "At", "By", "For", "With", "This", "That", "It", "He", "She", "They", "We", "Also", "Now", "Today", "However", "But", "And", "As", "Over", "Scattered", "Measures", "Get", "Download"}


def _is_sentence_initial_common(text: str, start: int, surface: str) -> bool:
    """A capitalised ordinary word ("Scattered", "Measures") is not a toponym."""
    return surface in _COMMON_CAPITALISED or (surface.islower())
