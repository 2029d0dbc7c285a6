"""Representative points for areas that the installed sources list without coordinates.

In: the (latitude, longitude) points of the settlements (GeoNames cities500) inside an area —
an admin1 or admin2 unit, or a country whose packaged point fails a sanity check.
Out: one point for the area, and :func:`point_is_plausible`, the check applied to packaged
country points.
Never: reads boundaries (no package ships admin boundaries) or claims the point is the
area's centroid: it is an approximation whose error is stated below.

Method. The point is the settlement nearest to the centre of the settlements' bounding box,
trimmed to the 2nd–98th percentile in each axis so a far-off island or exclave does not drag
it. Taking a settlement keeps the point inside the unit even when the unit is concave (the
bare box centre can fall in a neighbour).

Why not the largest city or a population-weighted mean: GeoNames gives an area a point near
its middle, not at its capital. Compared at country scale with the packaged country points
(countryinfo's, which follow the same convention as GeoNames'), as a share of sqrt(area), the
median errors were: largest city 0.44, population-weighted mean 0.28, their midpoint 0.36,
unweighted mean 0.22, this method 0.19 (75th percentile 0.29; median 69 km over 224 countries;
``bench/gazetteer_build.py`` re-measures it). For a governorate of 40,000 km² that is a
typical error of about 40 km, worse where settlements cluster on one side of a unit (Homs
Governorate's desert east, Anbar's west). A user who supplies GeoNames dumps (``dumps``)
replaces these points with GeoNames' own.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["TRIM", "haversine_km", "point_is_plausible", "representative_point"]

TRIM = 0.02  # share of settlements ignored at each end of each axis


def _quantile(sorted_values: Sequence[float], q: float) -> float:
    position = q * (len(sorted_values) - 1)
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def _unwrap_longitudes(longitudes: Sequence[float]) -> list[float]:
    # Fiji, Chukotka, Kiribati: a unit across the antimeridian spans ~360° of raw longitude.
    if max(longitudes) - min(longitudes) > 180.0:
        return [lon + 360.0 if lon < 0 else lon for lon in longitudes]
    return list(longitudes)


def representative_point(points: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The settlement nearest to the centre of the trimmed bounding box of ``points``."""
    if not points:
        raise ValueError("A representative point needs at least one settlement.")
    if len(points) == 1:
        return points[0]
    latitudes = sorted(p[0] for p in points)
    unwrapped = _unwrap_longitudes([p[1] for p in points])
    longitudes = sorted(unwrapped)
    centre_lat = (_quantile(latitudes, TRIM) + _quantile(latitudes, 1 - TRIM)) / 2
    centre_lon = (_quantile(longitudes, TRIM) + _quantile(longitudes, 1 - TRIM)) / 2
    # Equirectangular distance is enough to pick the nearest of a unit's own settlements.
    scale = math.cos(math.radians(centre_lat))
    best = min(
        range(len(points)),
        key=lambda i: (points[i][0] - centre_lat) ** 2 + ((unwrapped[i] - centre_lon) * scale) ** 2,
    )
    return points[best]


def point_is_plausible(point: tuple[float, float], settlements: Sequence[tuple[float, float]]) -> bool:
    """True when ``point`` lies within the settlements' bounding box grown by a margin.

    The margin (a quarter of the box, at least 1.5°) admits countries whose middle is empty
    (deserts, ice) and rejects swapped or zeroed coordinates.
    """
    if not settlements:
        return -90.0 <= point[0] <= 90.0 and -180.0 <= point[1] <= 180.0
    latitudes = [p[0] for p in settlements]
    longitudes = _unwrap_longitudes([p[1] for p in settlements])
    lat_margin = max(1.5, (max(latitudes) - min(latitudes)) / 4)
    lon_margin = max(1.5, (max(longitudes) - min(longitudes)) / 4)
    lon = point[1]
    if max(longitudes) > 180.0 and lon < 0:
        lon += 360.0
    return (
        min(latitudes) - lat_margin <= point[0] <= max(latitudes) + lat_margin
        and min(longitudes) - lon_margin <= lon <= max(longitudes) + lon_margin
    )


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, h)))
