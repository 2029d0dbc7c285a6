"""The build-side record of one gazetteer feature, the ranking tiers, and the alternate-name policy.

In: what a source reader knows about one place — its identifiers, point, class, names.
Out: :class:`Feature` objects that the index builder merges and writes, each carrying the tier
that orders lookup candidates, and :func:`classify_alternate`, which decides for one alternate
name whether it is keyed as a name, as an abbreviation, or not at all.
Never: reads files or touches SQLite; readers live in ``sources``/``dumps``, writing in ``build``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from .normalize import exact_key, looks_like_abbreviation

__all__ = [
    "ADMIN_TYPE_WORDS",
    "TIER_ADMIN2",
    "TIER_CURATED",
    "TIER_HAMLET",
    "TIER_MAJOR",
    "TIER_OTHER",
    "TIER_TOP",
    "TIER_TOWN",
    "TIER_VILLAGE",
    "Feature",
    "NameUse",
    "admin_short_names",
    "city_tier",
    "classify_alternate",
    "is_kept_script",
]

# Lookup candidates are ordered by (exact spelling match, tier, main name matched, weight); an
# exact match is one whose spelling, not just its loose key, is the query's. The tiers encode
# "feature importance" for a news geocoder:
#   TIER_TOP      continents and countries;
#   TIER_CURATED  the hand-curated conflict places: each is in the table because reports name
#                 it ("Red Sea" the sea before Sudan's Red Sea State);
#   TIER_MAJOR    first-level units, cities of 100,000+, capitals, and the city a first-level
#                 unit is named after — one tier ordered by (settled) population, because a
#                 strict "admin1 before cities" order sends "Gaza" to Mozambique's Gaza Province;
#   then cities of 10,000+, second-level units, other features, small places.
# Weights: a city's population; a unit's settled population (sum of its cities500 places); a
# capital's weight is at least a quarter of its country's population ("Washington" the capital
# before the state, "Hamilton" Ontario before Bermuda's capital); a namesake city's is its
# unit's weight plus one, so it sorts right above the unit it names ("Aleppo" the city first,
# as event coders read it; the unit is the next candidate).
TIER_TOP = 90
TIER_CURATED = 82
TIER_MAJOR = 70
TIER_TOWN = 50
TIER_ADMIN2 = 45
TIER_OTHER = 40  # non-populated GeoNames features from user-supplied dumps
TIER_VILLAGE = 30
TIER_HAMLET = 20


# Words that end an English admin-unit name ("Homs Governorate", "Donetsk Oblast", "Borno
# State"). An alias ending with one is a unit's display name; a unit is also keyed under its
# name without the word; a lookup ending with one also finds the units named by the rest.
ADMIN_TYPE_WORDS = frozenset(
    {
        "governorate", "province", "oblast", "region", "state", "district", "prefecture",
        "department", "county", "municipality", "territory", "division", "emirate", "wilaya",
        "raion", "krai", "canton", "parish", "city",
    }
)


def admin_short_names(names: list[str]) -> list[str]:
    """Names of a unit without a trailing unit word: "Mithal Governorate" → "Mithal"."""
    short = []
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[-1].casefold() in ADMIN_TYPE_WORDS:
            short.append(" ".join(words[:-1]))
    return short


def city_tier(population: int) -> int:
    """Tier of a populated place by population (capitals and namesakes are raised later)."""
    if population >= 100_000:
        return TIER_MAJOR
    if population >= 10_000:
        return TIER_TOWN
    if population >= 1_000:
        return TIER_VILLAGE
    return TIER_HAMLET


@dataclass(slots=True)
class Feature:
    """One place on its way into the index. ``rowid`` is the GeoNames id when there is one."""

    rowid: int
    name: str
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str | None
    level: str
    source: str
    tier: int
    population: int = 0
    weight: int = 0  # tie-breaker within a tier: population, or the settled population of a unit
    ext_id: str | None = None  # "curated:at-tanf"; None means "geonames:<rowid>"
    admin1_ref: int | None = None  # rowid of the admin1 feature containing this one
    admin2_ref: int | None = None
    admin1_code: str | None = None  # GeoNames "SY.11", used to link dump rows to their admin1
    admin2_code: str | None = None  # GeoNames "SY.14.1234" (dump rows only)
    names: list[str] = field(default_factory=list)  # main name first, then alternates
    abbreviations: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)  # "country:SY", "admin1:SY.11", "admin1:SY-HI"

    @property
    def gazetteer_id(self) -> str:
        return self.ext_id or f"geonames:{self.rowid}"


class NameUse(Enum):
    NAME = "name"
    ABBREVIATION = "abbreviation"
    SKIP = "skip"


# Letters of any script other than Latin and Arabic. English reports spell places in Latin
# script and sometimes quote Arabic; Cyrillic, CJK, Devanagari … names would triple the index
# for no lookup that an English pipeline makes.
_FOREIGN_LETTER = re.compile(
    r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u02B0-\u02FF"
    r"\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.DOTALL)


def is_kept_script(name: str) -> bool:
    """True when every letter of ``name`` is Latin or Arabic script."""
    return _FOREIGN_LETTER.search(name) is None


def classify_alternate(
    alternate: str,
    own_name: str,
    *,
    abbreviations_allowed: bool,
    own_light: str | None = None,
) -> NameUse:
    """Decide how one alternate name of a place is keyed.

    Skipped: names with no letter (pure numbers, codes like "60"), single letters, letters of
    scripts other than Latin/Arabic, Latin names with no capital letter (GeoNames' machine
    romanizations of other scripts: "hlb", "mdynt hms"), and capitals-only 2–5 letter names
    that are not the place's own name (IATA/ICAO codes such as "ALP", "DEZ"). The last ones are
    kept as abbreviations instead when ``abbreviations_allowed`` (countries, curated places,
    GeoNames' ``abbr`` alternates), so "DRC" finds the country without entering the name keys.
    ``own_light`` is ``exact_key(own_name)``, passed by callers that classify many alternates.
    """
    text = alternate.strip()
    if _TWO_LETTERS.search(text) is None or _FOREIGN_LETTER.search(text) is not None:
        return NameUse.SKIP
    abbreviation = looks_like_abbreviation(text)
    lowercase_latin = not abbreviation and text == text.lower() and _LATIN_LETTER.search(text) is not None
    if not abbreviation and not lowercase_latin:
        return NameUse.NAME
    if exact_key(text) == (own_light if own_light is not None else exact_key(own_name)):
        return NameUse.NAME
    if abbreviation:
        return NameUse.ABBREVIATION if abbreviations_allowed else NameUse.SKIP
    return NameUse.SKIP
