"""Builds the gazetteer's SQLite index file from the packaged sources and optional GeoNames dumps.

In: the packaged sources (``sources``), optionally GeoNames dump files and an alternate-names
file a user downloaded (``dumps``), and a destination path.
Out: one SQLite file, written to a temporary name beside the destination and renamed over it
only when complete, so a reader never sees a half-built index; and a :class:`BuildReport`.
Never: modifies an index in place, or reads anything at lookup time — the file is the product.

Schema (``INDEX_VERSION`` changes whenever it or the ranking changes):

* ``place``: one row per feature. ``id`` is the GeoNames id, or a negative number for curated
  places, whose real id is in ``ext``. ``lat``/``lon`` are integers of 1e-5 degree;
  ``admin1``/``admin2`` are ids of the containing units; ``prior`` packs the ranking tier and
  a size weight into one sortable integer.
* ``name``: ``(key, place, spelling)`` — the loose key of each name (``normalize_name``) and a
  30-bit hash of its light key (``exact_key``), so lookup can tell an exact spelling without
  storing every spelling; bit 0 of ``spelling`` marks the place's main name. Abbreviations are
  stored under ``#``-prefixed keys.
* ``code``: ``country:SY``, ``admin1:SY.11``, ``admin1:SY-HI`` → place.
* indexes: ``place(ext)`` for curated ids, ``place(cc, fcode)`` (all but ``PPL``) for
  ``Gazetteer.feature_in_country``.
* ``meta``: index version, source fingerprint, counts, build time.

When dumps are given, a dump row replaces the packaged feature with the same GeoNames id
(GeoNames' own point, class and code win) and keeps the union of both name lists.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .dumps import read_alternate_names, read_geonames_dump
from .features import TIER_MAJOR, Feature, NameUse, admin_short_names, classify_alternate
from .normalize import abbreviation_key, name_keys
from .points import haversine_km
from .sources import PackagedSources, read_packaged, source_fingerprint

__all__ = [
    "COORDINATE_SCALE",
    "INDEX_VERSION",
    "BuildReport",
    "build_index",
    "pack_prior",
    "spelling_code",
    "spelling_hash",
    "unpack_tier",
]

INDEX_VERSION = 3
COORDINATE_SCALE = 100_000  # degrees are stored as integers of 1e-5° (about 1 m): 4 bytes, not 8
_WEIGHT_BITS = 40

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    ext TEXT,
    name TEXT NOT NULL,
    lat INTEGER NOT NULL,
    lon INTEGER NOT NULL,
    fclass TEXT NOT NULL,
    fcode TEXT NOT NULL,
    cc TEXT,
    level TEXT NOT NULL,
    admin1 INTEGER,
    admin2 INTEGER,
    population INTEGER NOT NULL,
    source TEXT NOT NULL,
    prior INTEGER NOT NULL
);
CREATE TABLE name (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    spelling INTEGER NOT NULL,
    PRIMARY KEY (key, place, spelling)
) WITHOUT ROWID;
CREATE TABLE code (code TEXT PRIMARY KEY, place INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""


def spelling_hash(light_key: str) -> int:
    """30-bit hash of a light key; only ever compared among the few candidates that share a
    loose key, so a collision is out of practical reach."""
    return zlib.crc32(light_key.encode("utf-8")) & 0x3FFFFFFF


def spelling_code(light_key: str, *, main: bool) -> int:
    """The ``name.spelling`` column: the spelling hash, shifted left, with bit 0 set for the
    place's main name (below 2**31, so SQLite stores it in 4 bytes)."""
    return spelling_hash(light_key) << 1 | int(main)


def pack_prior(tier: int, weight: int) -> int:
    return (tier << _WEIGHT_BITS) | max(0, min(weight, (1 << _WEIGHT_BITS) - 1))


def unpack_tier(prior: int) -> int:
    return prior >> _WEIGHT_BITS


@dataclass(slots=True)
class BuildReport:
    path: Path
    seconds: float
    size_bytes: int
    counts: dict[str, int] = field(default_factory=dict)
    derived_country_points: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- merging


def _merge_dump_feature(existing: Feature, dump: Feature) -> None:
    existing.name = dump.name
    existing.latitude, existing.longitude = dump.latitude, dump.longitude
    existing.feature_class, existing.feature_code = dump.feature_class, dump.feature_code
    existing.level = dump.level
    existing.source = "geonames"
    existing.tier = max(existing.tier, dump.tier) if existing.feature_class == "P" else dump.tier
    if dump.population:
        existing.population = dump.population
        existing.weight = max(existing.weight, dump.population)
    existing.admin1_code = dump.admin1_code or existing.admin1_code
    existing.admin2_code = dump.admin2_code or existing.admin2_code
    existing.names = [dump.name, *existing.names, *dump.names[1:]]
    existing.codes.extend(c for c in dump.codes if c not in existing.codes)


def _collect_features(
    geonames_dumps: Sequence[Path],
    alternate_names: Path | None,
    include_packaged: bool,
) -> tuple[list[Feature], dict[str, int], list[str]]:
    packaged = read_packaged() if include_packaged else PackagedSources([], {}, [])
    counts = dict(packaged.counts)
    by_id: dict[int, Feature] = {}
    next_curated_id = -1
    for feature in packaged.features:
        if feature.ext_id is not None:
            feature.rowid = next_curated_id
            next_curated_id -= 1
        previous = by_id.get(feature.rowid)
        if previous is None:
            by_id[feature.rowid] = feature
        else:  # the same GeoNames id from two sources: one place, all its names
            previous.names.extend(feature.names)
            previous.abbreviations.extend(feature.abbreviations)
            previous.codes.extend(c for c in feature.codes if c not in previous.codes)

    dump_rows = 0
    for dump in geonames_dumps:
        for feature in read_geonames_dump(dump):
            dump_rows += 1
            existing = by_id.get(feature.rowid)
            if existing is None:
                by_id[feature.rowid] = feature
            else:
                _merge_dump_feature(existing, feature)
    counts["dump_features"] = dump_rows

    if alternate_names is not None:
        wanted = {rowid for rowid in by_id if rowid > 0}
        added = 0
        for geonameid, alternates in read_alternate_names(alternate_names, wanted).items():
            feature = by_id[geonameid]
            for name, is_abbreviation in alternates:
                if is_abbreviation:
                    feature.abbreviations.append(name)
                    added += 1
                elif classify_alternate(name, feature.name, abbreviations_allowed=False) is NameUse.NAME:
                    feature.names.append(name)
                    added += 1
        counts["dump_alternate_names"] = added

    features = list(by_id.values())
    for feature in features:
        if feature.feature_class == "A" and feature.level == "region":
            feature.names.extend(admin_short_names(feature.names))
    _give_curated_sites_their_admin1(features)
    _link_admin_units(features)
    return features, counts, packaged.derived_country_points


# A hand-curated site (a camp, base, dam or crossing) lies in the first-level unit of the nearest
# town in its country, when one is this close: a report placed at the site is placed in the unit.
CURATED_SITE_TOWN_KM = 50.0


def _give_curated_sites_their_admin1(features: list[Feature]) -> None:
    towns: dict[str, list[Feature]] = {}
    for feature in features:
        if feature.feature_class == "P" and feature.admin1_code and feature.country_code:
            towns.setdefault(feature.country_code, []).append(feature)
    for site in features:
        if site.source != "curated" or site.level != "point" or site.admin1_code or not site.country_code:
            continue
        point = (site.latitude, site.longitude)
        nearest = min(towns.get(site.country_code, []), key=lambda t: haversine_km(point, (t.latitude, t.longitude)), default=None)
        if nearest is not None and haversine_km(point, (nearest.latitude, nearest.longitude)) <= CURATED_SITE_TOWN_KM:
            site.admin1_code = nearest.admin1_code


def _link_admin_units(features: Iterable[Feature]) -> None:
    """Fill missing admin1/admin2 references of dump rows from their GeoNames admin codes."""
    features = list(features)
    code_to_id: dict[str, int] = {}
    for feature in features:
        for code in feature.codes:
            code_to_id.setdefault(code, feature.rowid)
    for feature in features:
        if feature.admin1_ref is None and feature.admin1_code and feature.feature_code != "ADM1":
            feature.admin1_ref = code_to_id.get(f"admin1:{feature.admin1_code}")
        if feature.admin2_ref is None and feature.admin2_code and feature.feature_code != "ADM2":
            feature.admin2_ref = code_to_id.get(f"admin2:{feature.admin2_code}")


# --------------------------------------------------------------------------- keys and ranking


def _feature_keys(feature: Feature, memo: dict[str, tuple[str, str]]) -> set[tuple[str, int]]:
    """The (loose key, spelling code) pairs of a feature; ``memo`` spares names seen before.

    A spelling repeated among the alternates ("Aleppo" as name and alternate) is one row,
    marked main if any copy is the main name.
    """
    main = name_keys(feature.names[0]) if feature.names else None
    spellings: set[tuple[str, str]] = set()
    for name in feature.names:
        pair = memo.get(name)
        if pair is None:
            pair = memo[name] = name_keys(name)
        if pair[0]:
            spellings.add(pair)
    keys = {(key, spelling_code(light, main=(key, light) == main)) for key, light in spellings}
    for abbreviation in feature.abbreviations:
        key = abbreviation_key(abbreviation)
        if len(key) > 2:
            keys.add((key, spelling_code(key, main=False)))
    return keys


def _rank_capitals(features: Sequence[Feature]) -> int:
    """A capital weighs at least a quarter of its country's population (see ``features``)."""
    populations = {f.country_code: f.population for f in features if f.level == "country"}
    capitals = 0
    for feature in features:
        if feature.feature_code == "PPLC":
            feature.tier = max(feature.tier, TIER_MAJOR)
            feature.weight = max(feature.weight, populations.get(feature.country_code, 0) // 4)
            capitals += 1
    return capitals


def _promote_namesakes(features: Sequence[Feature], keys: dict[int, set[tuple[str, int]]]) -> int:
    """Rank the city an admin1 is named after right above that admin1.

    "Aleppo", "Homs", "Lagos", "Donetsk": a report naming the unit's name alone means the city
    more often than the province, and the city lies inside the province either way. Only the
    unit's seat-like city qualifies — its largest settlement, or one with 5%+ of its settled
    population — so a hamlet called "Punjab" does not jump ahead of Punjab.
    """
    units = {f.rowid: f for f in features if f.feature_code == "ADM1"}
    unit_keys = {rowid: {key for key, _ in keys[rowid]} for rowid in units}
    largest: dict[int, int] = defaultdict(int)
    best: dict[int, Feature] = {}
    for feature in features:
        if feature.feature_class != "P" or feature.admin1_ref not in units:
            continue
        unit = feature.admin1_ref
        largest[unit] = max(largest[unit], feature.population)
        if not any(key in unit_keys[unit] for key, _ in keys[feature.rowid]):
            continue
        current = best.get(unit)
        if current is None or feature.population > current.population:
            best[unit] = feature
    promoted = 0
    for unit, city in best.items():
        weight = units[unit].weight
        if city.population >= largest[unit] or city.population * 20 >= weight:
            city.tier = max(city.tier, TIER_MAJOR)
            city.weight = max(city.weight, weight + 1)
            promoted += 1
    return promoted


# --------------------------------------------------------------------------- writing


def _write(connection: sqlite3.Connection, features: Sequence[Feature], keys: dict[int, set[tuple[str, int]]]) -> int:
    connection.executescript(SCHEMA)
    connection.executemany(
        "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            (
                f.rowid, f.ext_id, f.name, round(f.latitude * COORDINATE_SCALE),
                round(f.longitude * COORDINATE_SCALE), f.feature_class,
                f.feature_code, f.country_code, f.level, f.admin1_ref, f.admin2_ref, f.population,
                f.source, pack_prior(f.tier, f.weight),
            )
            for f in features
        ),
    )
    rows = sorted((key, rowid, spelling) for rowid, pairs in keys.items() for key, spelling in pairs)
    connection.executemany("INSERT INTO name VALUES (?,?,?)", rows)
    codes: dict[str, int] = {}
    for feature in features:
        for code in feature.codes:
            if not code.startswith("admin2:"):  # admin2 codes only link dump rows at build time
                codes.setdefault(code, feature.rowid)
    connection.executemany("INSERT INTO code VALUES (?,?)", sorted(codes.items()))
    connection.execute("CREATE INDEX place_ext ON place(ext) WHERE ext IS NOT NULL")
    # feature_in_country(): every feature but the 230,000 plain populated places.
    connection.execute("CREATE INDEX place_feature ON place(cc, fcode) WHERE fcode <> 'PPL'")
    return len(rows)


def build_index(
    dest: str | Path,
    *,
    geonames_dumps: Iterable[str | Path] = (),
    alternate_names: str | Path | None = None,
    include_packaged: bool = True,
    fingerprint: dict[str, str] | None = None,
) -> BuildReport:
    """Build the index at ``dest`` (atomically) and report what went in.

    ``geonames_dumps``: GeoNames geoname-table files (``SY.txt``, ``allCountries.txt``, or their
    ``.zip``), applied in order; ``alternate_names``: an ``alternateNamesV2.txt`` adding names
    for the indexed ids. ``include_packaged=False`` indexes the dumps alone (a GeoNames-only
    index, or a small one for tests). ``fingerprint`` is stored in ``meta``; ``Gazetteer.open``
    compares it to notice a stale index.
    """
    started = time.perf_counter()
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dumps = [Path(p) for p in geonames_dumps]
    alternates = Path(alternate_names) if alternate_names is not None else None
    for path in (*dumps, *([alternates] if alternates else [])):
        if not path.is_file():
            raise FileNotFoundError(f"GeoNames dump {path} does not exist; pass the path of a downloaded file.")

    features, counts, derived = _collect_features(dumps, alternates, include_packaged)
    features.sort(key=lambda f: f.rowid)  # rowid order fills the table's pages densely
    memo: dict[str, tuple[str, str]] = {}
    keys = {f.rowid: _feature_keys(f, memo) for f in features}
    del memo
    counts["capitals"] = _rank_capitals(features)
    counts["namesake_cities"] = _promote_namesakes(features, keys)
    counts["places"] = len(features)

    handle, temp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        connection = sqlite3.connect(temp)
        try:
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            with connection:
                counts["names"] = _write(connection, features, keys)
                meta = {
                    "index_version": str(INDEX_VERSION),
                    "fingerprint": json.dumps(fingerprint or source_fingerprint(), sort_keys=True),
                    "counts": json.dumps(counts, sort_keys=True),
                    "derived_country_points": ",".join(sorted(derived)),
                    "dumps": json.dumps([str(p) for p in dumps] + ([str(alternates)] if alternates else [])),
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                }
                connection.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        finally:
            connection.close()
        os.replace(temp, dest)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return BuildReport(
        path=dest,
        seconds=time.perf_counter() - started,
        size_bytes=dest.stat().st_size,
        counts=counts,
        derived_country_points=sorted(derived),
    )
