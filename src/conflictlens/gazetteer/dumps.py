"""Readers for GeoNames dump files that a user downloaded: ``XX.txt``/``allCountries.txt`` and
``alternateNamesV2.txt`` (plain or zipped).

In: paths to files in GeoNames' export formats — the 19-column ``geoname`` table and the
10-column alternate-name table (the older 8-column ``alternateNames.txt`` works too).
Out: :class:`~conflictlens.gazetteer.features.Feature` objects for the kept feature classes,
and a mapping geonameid → alternate names for the ids the index holds.
Never: downloads anything, or keeps features a news geocoder has no use for (roads, undersea
features, vegetation, historical places, third-level admin units, …): see :func:`keep_feature`.

Columns of the geoname table, tab-separated, no header: geonameid, name, asciiname,
alternatenames (comma-separated), latitude, longitude, feature class, feature code, country
code, cc2, admin1 code, admin2 code, admin3 code, admin4 code, population, elevation, dem,
timezone, modification date.
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

from .features import (
    TIER_ADMIN2,
    TIER_MAJOR,
    TIER_OTHER,
    TIER_TOP,
    Feature,
    NameUse,
    city_tier,
    classify_alternate,
)

__all__ = [
    "KEPT_CODES",
    "DumpAlternate",
    "keep_feature",
    "read_alternate_names",
    "read_geonames_dump",
]

# Non-populated features worth a lookup in conflict reporting, by GeoNames class. Populated
# places (class P) are all kept except PPLH (historical); a destroyed (PPLW) or abandoned (PPLQ)
# village is exactly what a report may name.
KEPT_CODES: dict[str, frozenset[str]] = {
    "A": frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "ADM1", "ADM2", "ZN", "ZNB"}),
    "L": frozenset({"CONT", "RGN", "RGNE", "AREA", "MILB", "OILF", "GASF", "PRT", "TRB"}),
    "S": frozenset(
        {"AIRB", "AIRF", "AIRP", "DAM", "PSTB", "CMPRF", "CMP", "INSM", "BDG", "PS", "PSN", "PRN", "FT", "OILR", "OILT"}
    ),
    "T": frozenset({"DSRT", "MTS", "PLAT", "PEN", "PLN", "VAL", "ISL", "ISLS", "PASS"}),
    "H": frozenset({"SEA", "GULF", "STRT", "LK", "BAY", "OCN"}),
}
_COUNTRY_CODES = frozenset({"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "TERR"})
_AREA_CODES = frozenset(
    {"ADM1", "ADM2", "ZN", "ZNB", "RGN", "RGNE", "AREA", "TRB", "OILF", "GASF", "DSRT", "MTS", "PLAT", "PEN",
     "PLN", "VAL", "ISLS", "SEA", "GULF", "STRT", "LK", "BAY", "OCN"}
)
# alternateNames "languages" that are not names: links, postcodes, airport and station codes …
_NOT_NAMES = frozenset({"link", "post", "iata", "icao", "faac", "tcid", "unlc", "wkdt", "phon", "piny", "fr_1793"})


def keep_feature(feature_class: str, feature_code: str) -> bool:
    """The default filter: populated places except historical ones, plus :data:`KEPT_CODES`."""
    if feature_class == "P":
        return feature_code != "PPLH"
    return feature_code in KEPT_CODES.get(feature_class, frozenset())


def _level(feature_class: str, feature_code: str) -> str:
    if feature_code == "CONT":
        return "continent"
    if feature_code in _COUNTRY_CODES:
        return "country"
    if feature_code in _AREA_CODES:
        return "region"
    return "point"


def _tier(feature_class: str, feature_code: str, population: int) -> int:
    if feature_class == "P":
        return city_tier(population)
    if feature_code == "CONT" or feature_code in _COUNTRY_CODES:
        return TIER_TOP
    if feature_code == "ADM1":
        return TIER_MAJOR
    if feature_code == "ADM2":
        return TIER_ADMIN2
    return TIER_OTHER


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    """Open a dump, or the single ``.txt`` member of a GeoNames ``.zip``."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and not m.startswith("readme")]
            if len(members) != 1:
                raise ValueError(f"{path} holds {len(members)} dump files; unzip it and pass the .txt you mean.")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with path.open(encoding="utf-8", newline="") as handle:
            yield handle


def read_geonames_dump(
    path: str | Path,
    *,
    keep: Callable[[str, str], bool] = keep_feature,
) -> Iterator[Feature]:
    """Features of a GeoNames geoname-table dump (``SY.txt``, ``allCountries.txt`` …).

    Raises ValueError on a row that is not in the 19-column format, naming the line.
    """
    path = Path(path)
    with _open_text(path) as handle:
        for line_number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            row = line.split("\t")
            if len(row) != 19:
                raise ValueError(f"{path.name}:{line_number}: expected 19 tab-separated columns, found {len(row)}.")
            feature_class, feature_code = row[6], row[7]
            if not keep(feature_class, feature_code):
                continue
            try:
                geonameid, latitude, longitude = int(row[0]), float(row[4]), float(row[5])
                population = int(row[14] or 0)
            except ValueError as exc:
                raise ValueError(f"{path.name}:{line_number}: {exc}") from exc
            country = row[8] or None
            admin1, admin2 = row[10], row[11]
            admin1_code = f"{country}.{admin1}" if country and admin1 and admin1 != "00" else None
            admin2_code = f"{admin1_code}.{admin2}" if admin1_code and admin2 else None
            feature = Feature(
                rowid=geonameid,
                name=row[1],
                latitude=latitude,
                longitude=longitude,
                feature_class=feature_class,
                feature_code=feature_code,
                country_code=country,
                level=_level(feature_class, feature_code),
                source="geonames",
                tier=_tier(feature_class, feature_code, population),
                population=population,
                weight=population,
                admin1_code=admin1_code,
                admin2_code=admin2_code,
                names=[row[1]],
            )
            if feature.level == "country" and country:
                feature.codes.append(f"country:{country}")
            elif feature_code == "ADM1" and admin1_code:
                feature.codes.append(f"admin1:{admin1_code}")
            elif feature_code == "ADM2" and admin2_code:
                feature.codes.append(f"admin2:{admin2_code}")
            for alternate in (row[2], *row[3].split(",")):
                if classify_alternate(alternate, row[1], abbreviations_allowed=False) is NameUse.NAME:
                    feature.names.append(alternate.strip())
            yield feature


DumpAlternate = tuple[str, bool]  # (name, is an abbreviation)


def read_alternate_names(path: str | Path, wanted: Collection[int]) -> dict[int, list[DumpAlternate]]:
    """Alternate names from ``alternateNamesV2.txt`` for the geonameids in ``wanted``.

    Skipped: pseudo-languages that are not names (links, postcodes, IATA/ICAO codes …) and
    names GeoNames marks historic. Names in the ``abbr`` language are returned as abbreviations.
    """
    path = Path(path)
    out: dict[int, list[DumpAlternate]] = defaultdict(list)
    with _open_text(path) as handle:
        for line_number, line in enumerate(handle, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 4:
                if line.strip():
                    raise ValueError(f"{path.name}:{line_number}: expected at least 4 tab-separated columns.")
                continue
            try:
                geonameid = int(row[1])
            except ValueError as exc:
                raise ValueError(f"{path.name}:{line_number}: {exc}") from exc
            if geonameid not in wanted:
                continue
            language = row[2]
            if language in _NOT_NAMES or (len(row) > 7 and row[7] == "1"):
                continue
            out[geonameid].append((row[3], language == "abbr"))
    return dict(out)
