"""The actor dictionary: every actor conflictlens knows by name, and a fast matcher over text.

The dictionary ships as ``conflictlens/data/actors.csv`` (built by ``tools/build_actor_dictionary.py``
from a hand-curated list and public name lists; ``data/ACTORS.md`` is its data card). One row per
(actor, alias); the columns are ``actor_id, name, alias, script, category, kind, country_code,
case_sensitive, source``.

Matching rules (:meth:`ActorDictionary.find`):

* whole words only: an alias never matches inside a longer word ("UN" is not the "un" of
  "unidentified", "IS" is not the "is" of "ISIS");
* case-insensitive, except rows marked ``case_sensitive`` (acronyms such as IS, US, UN, HTS, SDF,
  WHO, and "Islamic State" so that "an Islamic state" is not the group). A case-sensitive alias
  also matches with its first letter capitalised (sentence start) and in capitals (headlines);
* straight, curly and modifier apostrophes are one character, and an apostrophe written in an
  alias is optional in the text ("Hay'at Tahrir al-Sham" also matches "Hayat Tahrir al-Sham");
* a space or hyphen between two words of an alias matches any run of spaces and/or one hyphen
  ("al-Shabaab", "al Shabaab", "Al- Shabaab");
* possessives match the base ("ISIS's", "ISIS’ fighters");
* Latin letters with diacritics match their base letter ("Médecins" = "Medecins");
* Arabic script is matched as written, after folding the alef forms (أ إ آ ٱ → ا) and ى → ي, and
  may carry one or two one-letter proclitics (و ف ب ل ك: "والدولة الإسلامية");
* a leading "the" is not needed: "the Syrian army" matches the alias "Syrian army" (the match is
  the alias, without "the"), and :meth:`ActorDictionary.by_alias` ignores a leading "the";
* all non-overlapping longest matches, left to right: "Islamic State West Africa Province" is
  ISWAP, not IS; "US-led coalition" is the coalition, not the United States.

Speed: the aliases are compiled into three regular expressions shaped as prefix trees (one for
case-insensitive Latin aliases, one for case-sensitive ones, one for Arabic), so the regex engine
follows one branch per character instead of trying thousands of alternatives.
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..model import ActorCategory, ActorEntry, ActorMatch

__all__ = ["ActorDictionary", "ActorMatch", "COLUMNS", "normalize_text"]

COLUMNS = ("actor_id", "name", "alias", "script", "category", "kind", "country_code", "case_sensitive", "source")

# --------------------------------------------------------------------------- normalisation
# A length-preserving translation: offsets in the normalised text are offsets in the original.

_APOSTROPHES = "’‘ʼʻʽʾʿ`´′"
_DASHES = "‐‑‒–—−"
_SPACES = "\u00a0\u2007\u2009\u200a\u202f\u2002\u2003"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    for ch in "أإآٱ":
        table[ord(ch)] = "ا"
    table[ord("ى")] = "ي"
    return table


_TABLE = _build_table()
# Lower-casing that keeps every character one character long ("İ".lower() is two), so that the
# case-insensitive expression can run on lower-cased text without re.IGNORECASE (much faster).
_LOWER = {cp: low for cp in range(0x10000) if len(low := chr(cp).lower()) == 1 and low != chr(cp)}
_TABLE_LOWER = {**{cp: _LOWER.get(ord(v), v) if len(v) == 1 else v for cp, v in _TABLE.items()},
                **{cp: low for cp, low in _LOWER.items() if cp not in _TABLE}}


def normalize_text(text: str) -> str:
    """Fold apostrophes, dashes, odd spaces, Latin diacritics and Arabic alef forms, 1:1 per character."""
    return text.translate(_TABLE)


_SEP_RUN = re.compile(r"(?:\s*-\s*|\s+)")
# an alias hyphenated to words on both sides is a syllable of a longer name
_INSIDE_HYPHENATED_NAME = re.compile(r"\w-")
_HYPHEN_GOES_ON = re.compile(r"-\w")


def _loose_key(text: str, *, fold_case: bool = True) -> str:
    """The lookup key of an alias or of matched text: no apostrophes, one space between words."""
    s = normalize_text(text).replace("'", "")
    s = _SEP_RUN.sub(" ", s).strip()
    return s.lower() if fold_case else s


_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")

# --------------------------------------------------------------------------- trie → regex

_SEP = object()  # a space or hyphen between two words
_APOS = object()  # an apostrophe, optional in the text
_END = ""  # key marking the end of an alias in a trie node

_SEP_RE = r"(?:\s*-\s*|\s+)"
_APOS_RE = r"'?"


def _symbols(alias: str, fold_case: bool) -> list[object]:
    out: list[object] = []
    for ch in normalize_text(alias).strip().lstrip("'"):
        if ch.isspace() or ch == "-":
            if out and out[-1] is not _SEP:
                out.append(_SEP)
        elif ch == "'":
            out.append(_APOS)
        else:
            out.append(ch.lower() if fold_case else ch)
    while out and out[-1] is _SEP:
        out.pop()
    return out


def _trie_regex(sequences: Iterable[list[object]], edge: bool = True) -> str:
    root: dict = {}
    for seq in sequences:
        if not seq:
            continue
        node = root
        for sym in seq:
            node = node.setdefault(sym, {})
        node[_END] = True
    if not root:
        return r"(?!x)x"

    def sym_re(sym: object) -> str:
        if sym is _SEP:
            return _SEP_RE
        if sym is _APOS:
            return _APOS_RE
        return re.escape(sym)  # type: ignore[arg-type]

    def render(node: dict) -> str:
        # Children first, the end of an alias last: the engine prefers the longest alias and
        # backs off to a shorter one when the longer path fails. An alias ends only at a word
        # boundary.
        branches = [sym_re(sym) + render(child) for sym, child in node.items() if sym is not _END]
        if _END in node:
            branches.append(r"(?!\w)")
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    left = r"(?<!\w)" if edge else ""
    return left + render(root)


# --------------------------------------------------------------------------- records



@dataclass(frozen=True, slots=True)
class _Alias:
    actor_id: str
    alias: str
    case_sensitive: bool
    arabic: bool


# Phrases that contain an alias but name something else; they win the longest match and are
# then dropped ("Latin America" is not the United States, "Niger Delta" not Niger's government).
_BLOCKERS = (
    "Latin America", "South America", "North America", "Central America", "Americas",
    "Niger Delta", "Niger River", "River Niger", "Niger State", "Lake Chad", "Lake Chad Basin",
    "Jordan River", "Jordan Valley", "River Jordan", "Sudan Tribune",
    # a seat of government is a building, not the government acting ("a bomb outside government house")
    "Government House", "Government Palace", "government building", "government buildings",
)


class ActorDictionary:
    """Actors by id and alias, with :meth:`find` to locate them in text."""

    def __init__(self, entries: Mapping[str, ActorEntry], aliases: Iterable[_Alias]) -> None:
        self._entries: dict[str, ActorEntry] = dict(entries)
        self._aliases = tuple(aliases)
        self._state_actors: dict[tuple[str, str], ActorEntry] | None = None
        self._ci: dict[str, ActorEntry | None] = {}
        self._cs: dict[str, ActorEntry] = {}
        ci_seqs: list[list[object]] = []
        cs_seqs: list[list[object]] = []
        ar_seqs: list[list[object]] = []
        # "the X" next to "X" for the same actor adds nothing to matching (the bare alias already
        # matches after "the") and would start a match early, so it is left out of the tries.
        own_keys = {(a.actor_id, _loose_key(a.alias)) for a in self._aliases}
        for a in self._aliases:
            entry = self._entries[a.actor_id]
            bare = re.sub(r"(?i)^the\s+", "", a.alias)
            if bare != a.alias and (a.actor_id, _loose_key(bare)) in own_keys:
                self._ci.setdefault(_loose_key(a.alias), entry)
                continue
            if a.arabic:
                ar_seqs.append(_symbols(a.alias, fold_case=False))
                self._ci.setdefault(_loose_key(a.alias), entry)
            elif a.case_sensitive:
                variants = {a.alias, a.alias[:1].upper() + a.alias[1:], a.alias.upper()}
                for v in variants:
                    cs_seqs.append(_symbols(v, fold_case=False))
                    self._cs.setdefault(_loose_key(v, fold_case=False), entry)
            else:
                ci_seqs.append(_symbols(a.alias, fold_case=True))
                self._ci.setdefault(_loose_key(a.alias), entry)
        for phrase in _BLOCKERS:
            key = _loose_key(phrase)
            if key not in self._ci:
                ci_seqs.append(_symbols(phrase, fold_case=True))
                self._ci[key] = None
        # Arabic aliases may follow one or two one-letter proclitics: their expression has its
        # own left edge instead of the check after the first letter.
        arabic_left = r"(?:(?<!\w)|(?<=(?<!\w)[وفبلك])|(?<=(?<!\w)[وفبلك][وفبلك]))"
        self._ci_re = re.compile(_trie_regex(ci_seqs))  # run on lower-cased text
        self._cs_re = re.compile(_trie_regex(cs_seqs))
        self._arabic = re.compile(arabic_left + _trie_regex(ar_seqs, edge=False))

    # ----------------------------------------------------------------- construction

    @classmethod
    def load(cls, path: Path | str | None = None) -> "ActorDictionary":
        """The packaged dictionary (built once per process) or the CSV at ``path``."""
        if path is None:
            return _load_default()
        path = Path(path)
        with path.open(encoding="utf-8", newline="") as f:
            return cls.from_rows(csv.DictReader(f), origin=str(path))

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]], origin: str = "rows") -> "ActorDictionary":
        """Build from rows shaped like actors.csv (dicts with at least actor_id, name, alias)."""
        meta: dict[str, tuple[str, ActorCategory | None, str | None, str]] = {}
        alias_lists: dict[str, list[str]] = {}
        aliases: list[_Alias] = []
        for n, row in enumerate(rows, start=2):
            try:
                actor_id = row["actor_id"].strip()
                alias = row["alias"].strip()
                name = row["name"].strip()
            except (KeyError, AttributeError) as exc:
                raise ValueError(f"{origin}: line {n} lacks actor_id, name or alias; columns are {', '.join(COLUMNS)}.") from exc
            if not actor_id or not alias:
                raise ValueError(f"{origin}: line {n} has an empty actor_id or alias.")
            category_raw = (row.get("category") or "").strip()
            try:
                category = ActorCategory(int(category_raw)) if category_raw else None
            except ValueError as exc:
                raise ValueError(f"{origin}: line {n}: category {category_raw!r} is not an ACLED inter code 1-8.") from exc
            if actor_id not in meta:
                meta[actor_id] = (name, category, (row.get("country_code") or "").strip() or None, (row.get("kind") or "group").strip() or "group")
                alias_lists[actor_id] = []
            alias_lists[actor_id].append(alias)
            script = (row.get("script") or "").strip()
            aliases.append(_Alias(
                actor_id=actor_id,
                alias=alias,
                case_sensitive=(row.get("case_sensitive") or "0").strip() in ("1", "true", "True"),
                arabic=script == "arabic" or (not script and bool(_ARABIC.search(alias))),
            ))
        entries = {
            actor_id: ActorEntry(actor_id=actor_id, name=name, category=category, aliases=tuple(alias_lists[actor_id]),
                                 country_code=country, kind=kind)
            for actor_id, (name, category, country, kind) in meta.items()
        }
        return cls(entries, aliases)

    # ----------------------------------------------------------------- lookups

    def get(self, actor_id: str) -> ActorEntry | None:
        return self._entries.get(actor_id)

    def by_alias(self, alias: str) -> ActorEntry | None:
        """The actor an alias names, with the same folding as :meth:`find`; None if unknown."""
        text = alias.strip()
        candidates = [text]
        if re.match(r"(?i)the\s+", text):
            candidates.append(re.sub(r"(?i)^the\s+", "", text))
        for cand in candidates:
            if _ARABIC.search(cand):
                hit = self._ci.get(_loose_key(cand))
            else:
                hit = self._cs.get(_loose_key(cand, fold_case=False)) or self._ci.get(_loose_key(cand))
            if hit is not None:
                return hit
        return None

    def entries(self) -> tuple[ActorEntry, ...]:
        return tuple(self._entries.values())

    def state_actor(self, country_code: str, role: str) -> ActorEntry | None:
        """A state's own actor: its ``role`` is "government", "military" or "police" ("Military
        Forces of Nigeria" for ("NG", "military")); None when the dictionary has none."""
        if self._state_actors is None:
            self._state_actors = {}
            for e in self._entries.values():
                if not e.country_code:
                    continue
                if e.kind == "government":
                    self._state_actors[(e.country_code, "government")] = e
                elif e.kind == "state_forces" and e.actor_id.endswith(("-military", "-police")):
                    self._state_actors[(e.country_code, e.actor_id.rsplit("-", 1)[1])] = e
        return self._state_actors.get((country_code, role))

    def __len__(self) -> int:
        return len(self._entries)

    def acronym_owners(self) -> tuple[tuple[str, str], ...]:
        """(acronym, actor id) for every alias that is one word in capitals ("ELN", "ISIL", "IS")."""
        return tuple((a.alias, a.actor_id) for a in self._aliases if re.fullmatch(r"[A-Z]{2,}", a.alias))

    def acronyms(self) -> frozenset[str]:
        """The case-sensitive aliases that are one word in capitals ("ELN", "HTS", "IS")."""
        return frozenset(a.alias for a in self._aliases if a.case_sensitive and re.fullmatch(r"[A-Z]{2,}", a.alias))

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._entries

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(self._entries.values())

    # ----------------------------------------------------------------- matching

    def find(self, text: str) -> list[ActorMatch]:
        """All non-overlapping longest matches in ``text``, left to right."""
        if not text:
            return []
        norm = text.translate(_TABLE)
        lower = text.translate(_TABLE_LOWER)
        runs = [(self._ci_re, lower, self._ci), (self._cs_re, norm, self._cs)]
        if _ARABIC.search(norm):
            runs.append((self._arabic, norm, self._ci))
        found: list[tuple[int, int, ActorEntry | None]] = []
        sep = _SEP_RUN
        for pattern, haystack, table in runs:
            for m in pattern.finditer(haystack):
                key = sep.sub(" ", m.group().replace("'", ""))
                if key not in table:  # cannot happen unless the CSV and the tables disagree
                    continue
                if _INSIDE_HYPHENATED_NAME.match(text, max(0, m.start() - 2)) and _HYPHEN_GOES_ON.match(text, m.end()):
                    continue  # "AU" in "PORT-AU-PRINCE": part of one hyphenated name
                found.append((m.start(), m.end(), table[key]))
        if not found:
            return []
        # Longest first across the three expressions, then left to right: "the Islamic State
        # Sahel Province" is IS Sahel even though a shorter alias starts at "the".
        found.sort(key=lambda t: (t[0] - t[1], t[0]))
        taken: list[tuple[int, int]] = []
        kept: list[tuple[int, int, ActorEntry | None]] = []
        for start, end, entry in found:
            i = bisect.bisect_left(taken, (start, end))
            if (i > 0 and taken[i - 1][1] > start) or (i < len(taken) and taken[i][0] < end):
                continue
            taken.insert(i, (start, end))
            kept.append((start, end, entry))
        kept.sort()
        return [ActorMatch(start, end, text[start:end], entry) for start, end, entry in kept if entry is not None]


@functools.cache
def _load_default() -> ActorDictionary:
    data = resources.files("conflictlens").joinpath("data/actors.csv").read_text(encoding="utf-8")
    return ActorDictionary.from_rows(csv.DictReader(io.StringIO(data)), origin="conflictlens/data/actors.csv")
