"""Demonyms: "Russian", "Syrians", "European" → the country or continent they name.

In: a word as written. Out: an ISO 3166 alpha-2 code, or None. Built once per process from
countryinfo's demonym field (one per country; "Serbian/Montenegrin" style pairs split), plus
the plural ("Syrians"). Used for mentions the NER model tags NORP: news uses demonyms as
place modifiers ("Russian forces", "a Syrian town"), and geoparsing corpora annotate them as
references to the country. Ambiguous demonyms (one word for several countries, e.g. "Congolese")
are left out rather than guessed.
"""

from __future__ import annotations

import functools
from collections import defaultdict

# Common demonyms countryinfo spells differently or lacks; facts, written for this project.
EXTRA_DEMONYMS = {
    "british": "GB", "briton": "GB", "britons": "GB", "english": "GB", "scottish": "GB", "welsh": "GB",
    "american": "US", "americans": "US", "u.s.": "US", "emirati": "AE", "emiratis": "AE", "saudi": "SA",
    "saudis": "SA", "israeli": "IL", "palestinian": "PS", "palestinians": "PS", "iranian": "IR",
    "iraqi": "IQ", "syrian": "SY", "yemeni": "YE", "afghan": "AF", "afghans": "AF", "pakistani": "PK",
    "malian": "ML", "burkinabe": "BF", "nigerien": "NE", "nigerian": "NG", "somali": "SO", "sudanese": "SD",
    "south sudanese": "SS", "ukrainian": "UA", "russian": "RU", "turkish": "TR", "lebanese": "LB",
    "jordanian": "JO", "egyptian": "EG", "libyan": "LY", "chadian": "TD", "ethiopian": "ET", "eritrean": "ER",
    "kenyan": "KE", "chinese": "CN", "french": "FR", "german": "DE", "dutch": "NL", "filipino": "PH",
    # continents, named by the gazetteer's entry name
    "european": "Europe", "europeans": "Europe", "african": "Africa", "africans": "Africa",
    "asian": "Asia", "asians": "Asia", "latin american": "South America",
}


@functools.cache
def _table() -> dict[str, str]:
    import countryinfo

    codes: dict[str, set[str]] = defaultdict(set)
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        for demonym in str(info.get("demonym") or "").split("/"):
            word = demonym.strip().lower()
            if code and word:
                codes[word].add(code)
                codes[word + "s"].add(code)
    table = {word: next(iter(found)) for word, found in codes.items() if len(found) == 1}
    table.update(EXTRA_DEMONYMS)
    return table


def demonym_country(word: str) -> str | None:
    """The ISO2 code of the country a demonym names, a continent's name, or None."""
    return _table().get(word.strip().lower())
