"""Region abbreviations that follow a town in news copy: "Gainesville, Fla.", "Charleston, W.Va.".

In: text. Out: (start, end, country code, admin1 code) for each abbreviation written after a
comma, the only position where "Miss." or "Ind." reliably means a state. The table is a data
file (data/us_state_abbreviations.csv); other countries' conventions can be added as rows.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "us_state_abbreviations.csv"


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    with TABLE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    codes = {row["abbreviation"]: row["code"] for row in rows}
    alternatives = "|".join(re.escape(a) for a in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<=, )(?P<abbr>{alternatives})(?![A-Za-z])"), codes


def find_region_abbreviations(text: str) -> list[tuple[int, int, str, str]]:
    pattern, codes = _pattern()
    return [(m.start(), m.end(), "US", codes[m["abbr"]]) for m in pattern.finditer(text)]
