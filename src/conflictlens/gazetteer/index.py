"""The gazetteer's query API over the built SQLite index.

In: place names as they appear in reports ("Deir ez-Zor", "Halab", "حلب", "Idlib province",
"UAE"), GeoNames/curated ids, ISO country codes and admin1 codes.
Out: :class:`~conflictlens.model.GazetteerEntry` records — for a name, every candidate whose
name or alternate name has the same loose key, best first by a prior (exact spelling, then
feature importance, then size).
Never: writes to the index (it is opened read-only and immutable), fuzzy-matches, or chooses
among candidates with context — that is the resolver's job; lookup only ranks by prior.

``Gazetteer.open`` builds the index on first use into ``settings.cache_path`` and reuses it
afterwards; a changed index version, source package version, curated table or dump file makes
it rebuild. Lookups are cached per process (LRU), so a name seen before costs a dict lookup.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from types import TracebackType
from typing import Any

from ..config import Settings, load_settings
from ..errors import StoreError
from ..model import GazetteerEntry
from .build import COORDINATE_SCALE, INDEX_VERSION, BuildReport, build_index, spelling_hash, unpack_tier
from .features import ADMIN_TYPE_WORDS
from .normalize import abbreviation_key, exact_key, looks_like_abbreviation, normalize_name
from .sources import source_fingerprint

__all__ = ["Gazetteer", "index_path"]

# Row layout shared by every query: admin1/admin2 are ids, resolved to names by _admin_name.
_COLUMNS = (
    "p.id, p.ext, p.name, p.lat, p.lon, p.fclass, p.fcode, p.cc, p.level, p.admin1, p.admin2, p.population, p.source"
)
_ENTRY_SQL = f"SELECT {_COLUMNS} FROM place AS p "
_PRIOR, _SPELLING = 13, 14  # extra columns of candidate rows
Row = tuple[Any, ...]


def _resolve_inputs(
    geonames_dumps: Iterable[str | Path], alternate_names: str | Path | None
) -> tuple[list[Path], Path | None]:
    dumps = [Path(p).expanduser().resolve() for p in geonames_dumps]
    alternates = Path(alternate_names).expanduser().resolve() if alternate_names is not None else None
    return dumps, alternates


def _dump_fingerprint(files: Sequence[Path]) -> dict[str, str]:
    fingerprint = {}
    for path in files:
        stat = path.stat()
        fingerprint[f"dump:{path}"] = f"{stat.st_size}:{int(stat.st_mtime)}"
    return fingerprint


def index_path(
    settings: Settings,
    geonames_dumps: Iterable[str | Path] = (),
    alternate_names: str | Path | None = None,
) -> Path:
    """Where ``Gazetteer.open`` keeps the index: ``gazetteer-v<N>.sqlite``, or with dumps,
    ``gazetteer-v<N>-<digest of their paths>.sqlite`` so each set of dumps has its own file."""
    dumps, alternates = _resolve_inputs(geonames_dumps, alternate_names)
    files = dumps + ([alternates] if alternates else [])
    if not files:
        return settings.cache_path / f"gazetteer-v{INDEX_VERSION}.sqlite"
    digest = hashlib.sha256("\n".join(str(p) for p in files).encode("utf-8")).hexdigest()[:10]
    return settings.cache_path / f"gazetteer-v{INDEX_VERSION}-{digest}.sqlite"


class Gazetteer:
    """Read-only access to a built gazetteer index. Thread-safe; use as a context manager."""

    def __init__(self, path: str | Path, *, cache_size: int = 65536) -> None:
        self._path = Path(path).expanduser().resolve()
        if not self._path.is_file():
            raise StoreError(f"No gazetteer index at {self._path}; build one with Gazetteer.open().")
        try:
            # immutable: the file is only ever replaced whole (os.replace), never changed in place,
            # so SQLite may skip locking and change detection.
            self._connection = sqlite3.connect(
                f"{self._path.as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False
            )
            # Memory-map the file: lookups then read pages without copying them through
            # SQLite's small default page cache.
            self._connection.execute("PRAGMA mmap_size = 268435456")
            self._meta = dict(self._connection.execute("SELECT key, value FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"Cannot read the gazetteer index {self._path}: {exc}. Delete it to rebuild.") from exc
        self._lock = threading.Lock()
        self._admin_names: dict[int, str] = {}
        self._lookup_cached = lru_cache(maxsize=cache_size)(self._lookup_uncached)
        self._known_cached = lru_cache(maxsize=cache_size)(self._is_known_uncached)

    # ----------------------------------------------------------------- opening and building

    @classmethod
    def open(
        cls,
        settings: Settings | None = None,
        *,
        geonames_dumps: Iterable[str | Path] = (),
        alternate_names: str | Path | None = None,
        rebuild: bool = False,
    ) -> Gazetteer:
        """Open the cached index, building it first when missing, stale or ``rebuild``.

        ``geonames_dumps``/``alternate_names``: GeoNames files the user downloaded, merged into
        the index (see ``build_index``); each set of dumps gets its own index file.
        """
        settings = settings or load_settings()
        dumps, alternates = _resolve_inputs(geonames_dumps, alternate_names)
        path = index_path(settings, dumps, alternates)
        expected = cls._expected_fingerprint(dumps, alternates)
        if not rebuild and path.is_file():
            try:
                gazetteer = cls(path)
            except StoreError:
                gazetteer = None  # unreadable: rebuilt below
            if gazetteer is not None:
                if gazetteer.fingerprint == expected:
                    return gazetteer
                gazetteer.close()
        cls._build(path, dumps, alternates, expected)
        return cls(path)

    @classmethod
    def build(
        cls,
        settings: Settings | None = None,
        *,
        extra_dumps: Iterable[str | Path] = (),
        alternate_names: str | Path | None = None,
    ) -> BuildReport:
        """Build (or rebuild) the index ``open`` would use, and report on it."""
        settings = settings or load_settings()
        dumps, alternates = _resolve_inputs(extra_dumps, alternate_names)
        path = index_path(settings, dumps, alternates)
        return cls._build(path, dumps, alternates, cls._expected_fingerprint(dumps, alternates))

    @staticmethod
    def _expected_fingerprint(dumps: Sequence[Path], alternates: Path | None) -> dict[str, str]:
        files = [*dumps, *([alternates] if alternates else [])]
        for path in files:
            if not path.is_file():
                raise FileNotFoundError(f"GeoNames dump {path} does not exist; pass the path of a downloaded file.")
        return {"index_version": str(INDEX_VERSION), **source_fingerprint(), **_dump_fingerprint(files)}

    @staticmethod
    def _build(path: Path, dumps: list[Path], alternates: Path | None, fingerprint: dict[str, str]) -> BuildReport:
        try:
            return build_index(path, geonames_dumps=dumps, alternate_names=alternates, fingerprint=fingerprint)
        except OSError as exc:
            raise StoreError(
                f"Cannot write the gazetteer index to {path}: {exc}. Set cache_dir to a writable directory."
            ) from exc

    # ----------------------------------------------------------------- properties

    @property
    def path(self) -> Path:
        return self._path

    @property
    def meta(self) -> dict[str, str]:
        """What the index records about itself: version, fingerprint, counts, build time."""
        return dict(self._meta)

    @property
    def fingerprint(self) -> dict[str, str]:
        try:
            value = json.loads(self._meta.get("fingerprint", "{}"))
        except json.JSONDecodeError:
            return {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

    # ----------------------------------------------------------------- queries

    def lookup(
        self,
        name: str,
        *,
        country_codes: Iterable[str] | None = None,
        limit: int = 20,
        exact_only: bool = False,
    ) -> list[GazetteerEntry]:
        """Candidates for ``name``, best first: exact spelling, then tier (``features``), then
        main-name matches before alternate-name matches, then size.

        ``country_codes`` keeps candidates in those countries (ISO2) and those with no country
        (continents, seas, world regions). A name ending with an admin word ("Idlib province",
        "Borno State") also finds the admin units named by the rest. ``exact_only`` keeps the
        candidates with the very spelling asked for (up to case and accents): "Human" is
        Humań (Uman in Polish), but only loosely Oman.
        """
        if country_codes is None:
            codes: tuple[str, ...] | None = None
        elif isinstance(country_codes, str):
            codes = (country_codes.upper(),)
        else:
            codes = tuple(sorted({c.upper() for c in country_codes}))
        return list(self._lookup_cached(name, codes, limit, exact_only))

    def is_known(self, name: str) -> bool:
        """True when some place has a name with ``name``'s key: a cheap pre-filter."""
        return self._known_cached(name)

    def get(self, gazetteer_id: str) -> GazetteerEntry | None:
        """The entry with this id ("geonames:163843", "curated:at-tanf"), or None."""
        prefix, _, local = gazetteer_id.partition(":")
        if prefix == "geonames" and local.isdigit():
            rows = self._fetch(_ENTRY_SQL + "WHERE p.id = ?", (int(local),))
        elif prefix and local:
            rows = self._fetch(_ENTRY_SQL + "WHERE p.ext = ?", (gazetteer_id,))
        else:
            return None
        return self._entry(rows[0]) if rows else None

    def country(self, code: str) -> GazetteerEntry | None:
        """The country with ISO 3166-1 alpha-2 ``code``, or None."""
        return self._by_code(f"country:{code.strip().upper()}")

    def admin1(self, country_code: str, admin1_code: str) -> GazetteerEntry | None:
        """The first-level unit by GeoNames admin1 code ("SY", "11" or "SY.11") or ISO 3166-2
        code ("SY", "HI" or "SY-HI"), or None."""
        country = country_code.strip().upper()
        code = admin1_code.strip()
        if "." in code or "-" in code:
            candidates = [code.upper() if "-" in code else code]
        else:
            candidates = [f"{country}.{code}", f"{country}-{code.upper()}"]
        for candidate in candidates:
            entry = self._by_code(f"admin1:{candidate}")
            if entry is not None and entry.country_code == country:
                return entry
        return None

    def feature_in_country(self, feature_code: str, country_code: str) -> GazetteerEntry | None:
        """The most important feature with GeoNames code ``feature_code`` in a country, or None:
        ``feature_in_country("DSRT", "SY")`` is the Syrian Desert, ``("PPLC", "SY")`` Damascus."""
        code, country = feature_code.strip().upper(), country_code.strip().upper()
        # The literal "fcode <> 'PPL'" lets SQLite use the partial index place(cc, fcode).
        sql = _ENTRY_SQL + "WHERE p.cc = ? AND p.fcode = ? AND p.fcode <> 'PPL' ORDER BY p.prior DESC LIMIT 1"
        if code == "PPL":
            sql = _ENTRY_SQL + "WHERE p.cc = ? AND p.fcode = ? ORDER BY p.prior DESC LIMIT 1"
        rows = self._fetch(sql, (country, code))
        return self._entry(rows[0]) if rows else None

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def cache_clear(self) -> None:
        """Forget cached lookups (benchmarks measure the uncached path with it)."""
        self._lookup_cached.cache_clear()
        self._known_cached.cache_clear()
        normalize_name.cache_clear()
        exact_key.cache_clear()

    # ----------------------------------------------------------------- internals

    def _fetch(self, sql: str, params: Sequence[object]) -> list[Row]:
        with self._lock:
            return self._connection.execute(sql, params).fetchall()

    def _admin_name(self, rowid: int | None) -> str | None:
        if rowid is None:
            return None
        name = self._admin_names.get(rowid)
        if name is None:
            rows = self._fetch("SELECT name FROM place WHERE id = ?", (rowid,))
            name = self._admin_names[rowid] = rows[0][0] if rows else ""
        return name or None

    def _entry(self, row: Row) -> GazetteerEntry:
        rowid, ext, name, lat, lon, fclass, fcode, cc, level, admin1, admin2, population, source = row[:13]
        return GazetteerEntry(
            gazetteer_id=ext or f"geonames:{rowid}",
            name=name,
            latitude=lat / COORDINATE_SCALE,
            longitude=lon / COORDINATE_SCALE,
            feature_class=fclass,
            feature_code=fcode,
            country_code=cc,
            level=level,
            admin1=self._admin_name(admin1),
            admin2=self._admin_name(admin2),
            population=population,
            source=source,
        )

    def _by_code(self, code: str) -> GazetteerEntry | None:
        rows = self._fetch(_ENTRY_SQL + "WHERE p.id = (SELECT place FROM code WHERE code = ?)", (code,))
        return self._entry(rows[0]) if rows else None

    @staticmethod
    def _keys(name: str) -> tuple[list[str], set[int]]:
        """Loose keys and spelling hashes a name is looked up under."""
        keys: list[str] = []
        spellings: set[int] = set()
        key = normalize_name(name)
        if key:
            keys.append(key)
            spellings.add(spelling_hash(exact_key(name)))
        if looks_like_abbreviation(name):
            abbreviation = abbreviation_key(name)
            keys.append(abbreviation)
            spellings.add(spelling_hash(abbreviation))
        return keys, spellings

    def _candidates(
        self,
        keys: Sequence[str],
        spellings: set[int],
        codes: tuple[str, ...] | None,
        *,
        admin_only: bool = False,
    ) -> list[tuple[bool, Row]]:
        """Every place under ``keys``, once, as (exact spelling?, row), best first.

        Order: exact spelling first, then tier, then places matched by their main name before
        places matched by an alternate ("Jalalabad" the Afghan city before Sylhet, once called
        so), then weight. One indexed join without GROUP BY/ORDER BY: ranking the few rows in
        Python is cheaper than SQLite's temporary sort b-tree.
        """
        where = [f"n.key IN ({','.join('?' * len(keys))})"]
        params: list[object] = list(keys)
        if codes is not None:
            where.append(f"(p.cc IN ({','.join('?' * len(codes))}) OR p.cc IS NULL)")
            params.extend(codes)
        if admin_only:
            where.append("p.fclass = 'A' AND p.level = 'region'")
        sql = (
            f"SELECT {_COLUMNS}, p.prior, n.spelling FROM name AS n JOIN place AS p ON p.id = n.place "
            f"WHERE {' AND '.join(where)}"
        )
        best: dict[int, tuple[bool, bool, Row]] = {}
        for row in self._fetch(sql, params):
            exact, main = (row[_SPELLING] >> 1) in spellings, bool(row[_SPELLING] & 1)
            previous = best.get(row[0])
            if previous is None:
                best[row[0]] = (exact, main, row)
            elif (exact, main) > previous[:2]:
                best[row[0]] = (exact or previous[0], main or previous[1], row)
        ranked = sorted(
            best.values(),
            key=lambda item: (not item[0], -unpack_tier(item[2][_PRIOR]), not item[1], -item[2][_PRIOR], item[2][0]),
        )
        return [(exact, row) for exact, _, row in ranked]

    def _lookup_uncached(self, name: str, codes: tuple[str, ...] | None, limit: int, exact_only: bool = False) -> tuple[GazetteerEntry, ...]:
        if limit <= 0:
            return ()
        keys, spellings = self._keys(name)
        ranked = self._candidates(keys, spellings, codes) if keys else []
        words = exact_key(name).split()
        if len(ranked) < limit and len(words) > 1 and words[-1] in ADMIN_TYPE_WORDS:
            # "Idlib province": the admin units named "Idlib", after any direct matches.
            stripped_keys, stripped_spellings = self._keys(" ".join(words[:-1]))
            if stripped_keys:
                seen = {row[0] for _, row in ranked}
                extra = self._candidates(stripped_keys, stripped_spellings, codes, admin_only=True)
                ranked.extend(item for item in extra if item[1][0] not in seen)
        if exact_only:
            ranked = [item for item in ranked if item[0]]
        return tuple(self._entry(row) for _, row in ranked[:limit])

    def _is_known_uncached(self, name: str) -> bool:
        keys, _ = self._keys(name)
        words = exact_key(name).split()
        if len(words) > 1 and words[-1] in ADMIN_TYPE_WORDS:  # as lookup: "Idlib province"
            keys.extend(self._keys(" ".join(words[:-1]))[0])
        if not keys:
            return False
        sql = f"SELECT 1 FROM name WHERE key IN ({','.join('?' * len(keys))}) LIMIT 1"
        return bool(self._fetch(sql, keys))
