"""Which namesake a place name means: the gazetteer's prior, moved by what the article is about.

In: a name's gazetteer candidates (best first) and the article's ``Focus`` (the countries and
first-level regions its literal place names vote for). Out: the entry the name stands for, or
None when, in a story clearly about some country, the name is no notable place and has no
namesake there. Used by the places stage only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..gazetteer.normalize import exact_key
from ..model import GazetteerEntry, Place

# the words after a name that make it an administrative unit ("Idlib province", "Borno State")
ADMIN_SUFFIXES = {"region", "province", "governorate", "state", "district", "county", "prefecture", "department", "oblast", "muhafazah",
                  # local units: Indonesia's regencies, Ethiopia's woredas, Pakistan's tehsils, Mali's cercles
                  "regency", "woreda", "tehsil", "raion", "rayon", "cercle", "municipality", "commune", "township",
                  "territory"}  # (Congo's territories: "North Kivu's Lubero territory")
ADMIN_SUFFIXES |= {word + "s" for word in ADMIN_SUFFIXES if not word.endswith("y")} | {"counties", "regencies", "territories"}  # "the Kherson and Zaporizhzhia regions"


class Focus:
    """Country and region votes of an article's place names, kept per name so that a name's
    own vote can be left out when that name is resolved."""

    def __init__(self) -> None:
        self.countries: Counter = Counter()
        self.regions: Counter = Counter()
        # demonyms ("Syrian forces") say which countries a story is about, but not that a
        # loosely spelled name lies there: they weigh only in deciding whether it is clear
        self.demonyms: Counter = Counter()
        self.mentions: Counter = Counter()  # how often each name occurs, casefolded
        # first-level regions named outright ("Chhattisgarh"), not only through a town in them
        self.named_regions: set[tuple] = set()
        self._own: dict[str, tuple[dict[str, int], tuple | None]] = {}

    def add(self, surface: str, votes: dict[str, int], region: tuple | None, named_outright: bool = False) -> None:
        surface = surface.casefold()
        if surface in self._own:
            return  # "SPRINGFIELD" in the dateline and "Springfield" in the text: one name
        self._own[surface] = (votes, region)
        self.countries.update(votes)
        if region:
            self.regions[region] += 1
            if named_outright:
                self.named_regions.add(region)

    def without(self, surface: str) -> tuple[Counter, Counter]:
        countries, regions = self.countries.copy(), self.regions.copy()
        votes, region = self._own.get(surface.casefold(), ({}, None))
        countries.subtract(votes)
        if region:
            regions[region] -= 1
        return +countries, +regions


def region_key(entry: GazetteerEntry) -> tuple | None:
    if entry.level == "region" and entry.feature_code == "ADM1":
        return (entry.country_code, entry.name)
    if entry.level == "point" and entry.admin1:
        return (entry.country_code, entry.admin1)
    if entry.level == "region" and entry.feature_code == "ADM2" and entry.admin1:
        return (entry.country_code, entry.admin1)  # "Bijapur district" lies in Chhattisgarh as its towns do
    return None


def choose_entry(entries: list[GazetteerEntry], surface: str, focus: Focus, spelled_exactly: Callable[[], set[str]] = frozenset) -> GazetteerEntry | None:
    """The gazetteer's order (spelling, importance, size) is the prior. Move away from its first
    choice only toward a namesake in a region or country the article is clearly about:
    "Springfield" in a story that names Illinois, "Paris" in a Texas paper, "Georgia" in US
    news. A country stays a country unless the article is about a state of that name in another
    country.

    In an article clearly about some country (named outright, two of its places named, or one
    and its demonym), a name whose best match lies in none of the article's countries and is not
    notable anywhere goes to a namesake in one of them, however small, or is dropped: "Madaya"
    in a Syria story is the Syrian town, not the Burmese one; "Human" (Rights), "Week" and
    "Midan" are no town in Ukraine, Scotland or Sumatra. ``spelled_exactly`` gives the ids
    of the entries spelled exactly as the text does."""
    top = entries[0]
    countries, regions = focus.without(surface)
    total = sum(countries.values())
    if top.level == "continent":
        return top
    in_regions = [
        (regions[region_key(e)], -rank, e)
        for rank, e in enumerate(entries)
        if e.level != "country" and region_key(e) in regions and (e.level == "region" or e.population >= 500)
        # (a country's own first-level unit of its name is no namesake elsewhere: "Mexico" beside
        # a Mexico City dateline is still the country)
        and (top.level == "point" or (top.level == "country" and e.feature_code == "ADM1" and e.country_code != top.country_code)
             # ("Bijapur district": the district of that name in the state the article names)
             or (top.feature_code == "ADM2" and e.feature_code == "ADM2")
             # ("Beni territory", in a story on North Kivu: not Bolivia's Beni department)
             or (top.level == "region" and e.level == "region" and not countries.get(top.country_code or "", 0) and countries.get(e.country_code or "", 0) >= 2))
    ]
    if in_regions:
        chosen = max(in_regions, key=lambda item: item[:2])[2]
        if chosen is not top and top.level == "point" and top.population >= NOTABLE_POPULATION \
                and countries.get(top.country_code or "", 0) > 0 and chosen.population * 10 < top.population \
                and not (region_key(chosen) in focus.named_regions and exact_key(chosen.name) == exact_key(surface)
                         and chosen.population * OUTRIGHT_NAMESAKE_RATIO >= top.population):
            # a city of a country the article is about beats a namesake a tenth its size there, whatever
            # region another town named: "Tehran" beside "Isfahan" is the capital, not Tiran in Isfahan
            # province; "Mykolaiv" beside "Bakhmut" is the city, not Mykolaivka in Donetsk. A town
            # of that very name, in a state the article names outright, still wins unless the city is
            # many times its size: "Bijapur" in a story on Chhattisgarh is its district town, not
            # Vijayapura in Karnataka; "Atlanta" in a story naming Texas is still the Georgia city
            return top
        return chosen
    if countries.get(top.country_code or "", 0) > 0:
        return top
    for entry in entries[1:] if total else ():
        votes = countries.get(entry.country_code or "", 0)
        if votes < 2 or votes / total < 0.5:
            continue
        if top.level == "point" and (top.feature_code == "PPLC" or top.population >= 1_000_000) and entry.population * 100 < top.population:
            continue  # "Dhaka" in a story that names India twice is still the capital, not a Bihar town of 42,000
        if top.level == "country" and entry.level != "region":
            continue  # "China" in US news is the country, not China, Maine
        if entry.level in ("region", "country") or entry.population >= 1_000:
            return entry
    support = countries + focus.demonyms
    if not support or max(support.values()) < 2:
        return top
    spelled = spelled_exactly()
    if _notable_anywhere(top, surface, spelled):
        return top

    repeated = focus.mentions[surface.casefold()] >= 2

    def fits(entry: GazetteerEntry) -> bool:
        # in a country the article names a place of; or in one a demonym names, when spelled as
        # here ("the Turkish border town of Akcakale") or named again ("Deir Ezzor" seven times
        # in a story on "Syrian" forces)
        code = entry.country_code or ""
        return countries.get(code, 0) > 0 or ((entry.gazetteer_id in spelled or repeated) and support.get(code, 0) > 0)

    return next((e for e in entries if e.level != "country" and fits(e)), None)


# How many times larger a city may be than a namesake of the same name in a region the article
# names outright, and still lose to it
OUTRIGHT_NAMESAKE_RATIO = 25
# A town this large, spelled exactly as the text does, may be named in a report on any country
# ("Moscow", "Kilis", "Mosul"); a village or a loosely matching spelling may not.
NOTABLE_POPULATION = 100_000
# Compass words name first-level units in some countries ("Eastern", Ghana; "South", Iceland)
# and a direction everywhere else.
COMPASS_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "coast",
}


def _notable_anywhere(entry: GazetteerEntry, surface: str, spelled: set[str]) -> bool:
    """Countries; large towns spelled exactly; and administrative units spelled exactly, when
    the text says it is one ("Licking County") or names a first-level unit that is not compass
    words alone ("Kentucky", "Gilgit-Baltistan", "Wales", "South Kivu"; not "Eastern")."""
    if entry.level in ("country", "continent"):
        return True
    if entry.gazetteer_id not in spelled:
        return False
    if entry.source == "curated" or not entry.country_code:
        return True  # "the Red Sea", "the Golan Heights": named features, written by hand
    own_name = exact_key(surface) in (exact_key(entry.name), exact_key(entry.name + " City"))  # "Gaza City" is Gaza's
    if entry.population >= NOTABLE_POPULATION and (own_name or entry.population >= 1_000_000 or entry.feature_code == "PPLC"):
        # under its own name; under another language's name only a capital or a city of millions
        # ("Boni" is Bonn's name somewhere, and a Malian town in a story on Mali)
        return True
    words = surface.lower().split()
    if entry.level == "region" and words and words[-1] in ADMIN_SUFFIXES and exact_key(entry.name) == exact_key(surface):
        return True
    # (a compass word alone is a direction; beside a name it is part of one: "South Kivu", "North Darfur")
    return entry.feature_code == "ADM1" and not (set(words) - ADMIN_SUFFIXES) <= COMPASS_WORDS  # (nor "North State": a direction and a unit word)


UNIT_OF_BETWEEN = re.compile(r"\s+(?:suburbs?|district|neighbou?rhood|quarter|outskirts)\s+of\s+(?:the\s+)?", re.I)


def outside_the_pair(places: list[Place], text: str, focus: Focus) -> set[int]:
    """Indexes of places named in a "<A> district of <B>" pair that a namesake took abroad: when
    A and B resolve to two countries, the one the story is less about is a wrong reading ("the
    Mogadishu district of Hodan" is not Houdan in France)."""
    wrong = set()
    for i, (a, b) in enumerate(zip(places, places[1:])):
        if a.country_code == b.country_code or not UNIT_OF_BETWEEN.fullmatch(text, a.evidence.end, b.evidence.start):
            continue
        # the story's countries first; then the reading spelled as written ("Midan" is not Medan)
        score_a = (focus.countries[a.country_code], exact_key(a.name) == exact_key(a.evidence.text))
        score_b = (focus.countries[b.country_code], exact_key(b.name) == exact_key(b.evidence.text))
        if score_a != score_b:
            wrong.add(i + 1 if score_a > score_b else i)
    return wrong
