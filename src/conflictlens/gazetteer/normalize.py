"""Name keys for the gazetteer: how a place name is turned into something two spellings share.

In: any place name as written in a report or a gazetteer ("Deir ez-Zor", "Dayr az Zawr", "حلب").
Out: two string keys — :func:`normalize_name`, a loose key that folds transliteration variants
together, and :func:`exact_key`, a light key (case and diacritics only) that lets lookup prefer
the spelling the text actually used — plus :func:`abbreviation_key` for names like "U.A.E.".
Never: guesses, fuzzy distances or language detection; every rule is a fixed rewrite applied in
a fixed order, so the same input always gives the same key at build time and at lookup time.

The loose key is built in four steps:

1. compatibility-decompose, drop combining marks, casefold, and map letters that do not
   decompose (ø, ł, đ, ı, æ …) to ASCII; apostrophes and the ʿayn/hamza signs vanish, hyphens
   and other punctuation become spaces;
2. drop a leading English "the", and Arabic-style articles: a whole token ``al``/``el``/``ad``/
   ``ez`` … followed by another token ("Ar Raqqah", "Deir ez Zor"), an assimilated article glued
   to a non-first token ("Deir Ezzor" → "Deir Zor"), and in Arabic script the attached ``ال``;
3. fold Latin-script tokens: ay/ai/ei/ey → e, aw/au/ow → o, ou/oo → u, then e → i and o → u;
   ck/q → k, dh → d, dj → j, ph → f; doubled letters become single; a final h after a vowel goes
   (Raqqah → Raqqa); the generic words tell/tall/tel and jebel/jbel/jabal, whose vowels those
   rules keep apart, are unified;
4. join the tokens with single spaces.

The folding is deliberately coarse on the vowel pairs e/i and o/u, the commonest disagreement
between transliteration schemes of Arabic, Persian and Pashto names, and leaves a, the
consonants and the word boundaries alone: that is what keeps "Gaza"/"Giza", "Homs"/"Hama",
"Iraq"/"Iran" and "Mali"/"Malta" apart. Its known over-merges are names that differ only in
e/i or o/u ("Mali"/"Malé", "Bonn"/"Bunn"), which is why lookup ranks candidates whose
:func:`exact_key` matches first.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "ARTICLES",
    "abbreviation_key",
    "exact_key",
    "looks_like_abbreviation",
    "name_keys",
    "normalize_name",
]

# Arabic-style articles as they appear romanized, standalone after hyphen splitting.
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "il", "ul", "ar", "ad", "as", "ash", "az", "an", "at", "ath", "adh"}
    | {"ed", "es", "ez", "en", "er", "et"}
)

# Letters NFKD leaves alone but that have an obvious ASCII reading.
_NON_DECOMPOSING = str.maketrans(
    {
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "ŋ": "ng", "ƒ": "f", "ß": "ss",
    }
)

# Apostrophe-like signs that carry no letter in romanized Arabic (ʿayn, hamza) or English.
_APOSTROPHES = "'’‘`´ʿʾʻʼʹʽ′″ˈ"
_HYPHENS = "-‐‑‒–—―_/"
_PUNCTUATION = str.maketrans({**{c: None for c in _APOSTROPHES}, **{c: " " for c in _HYPHENS}})

# Anything that is not a letter or digit of any script separates words.
_NON_WORD = re.compile(r"[\W_]+")

# Arabic script: unify alef forms, alef maqsura and ta marbuta, drop tatweel.
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None, "ک": "ك", "ی": "ي"}
)
_ARABIC_TOKEN = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]")

# An article assimilated into the next word: "Ezzor", "Azzor", "Arraqqa", "Assuwayda".
_GLUED_ARTICLE = re.compile(r"^[ae]l?([tdrzsn])\1(?=[a-z]{2})")

# Vowel and digraph folding for Latin-script tokens, in this order: diphthongs, then the e/i and
# o/u vowel pairs, then consonant digraphs, then doubled letters, then a final h after a vowel.
_DIPHTHONGS = (
    ("ay", "e"), ("ai", "e"), ("ei", "e"), ("ey", "e"), ("aw", "o"), ("au", "o"), ("ow", "o"), ("ou", "u"), ("oo", "u")
)
_VOWEL_PAIRS = str.maketrans({"e": "i", "o": "u"})
_DIGRAPHS = (("ck", "k"), ("q", "k"), ("dh", "d"), ("dj", "j"), ("ph", "f"))
_DOUBLED = re.compile(r"([a-z])\1+")
# Generic words of Arabic place names whose vowels differ between schemes in a way the rules
# above keep apart (tell/tall/tel/tal "mound", jebel/jabal/jbel "mountain"), by folded form.
_WORD_VARIANTS = {"til": "tal", "jibil": "jabal", "jbil": "jabal"}

# "U.A.E.", "DRC", "U. S." — capitals only, 2 to 5 letters, optional dots/spaces between them.
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.?\s?){2,5}$")


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_NON_DECOMPOSING))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _light(name: str) -> str:
    # Most names are ASCII: skip the Unicode decomposition for them (the build keys ~1M names).
    text = name.lower() if name.isascii() else _strip_marks(name).casefold().translate(_NON_DECOMPOSING)
    text = _NON_WORD.sub(" ", text.translate(_PUNCTUATION))
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def _fold_latin(token: str) -> str:
    for old, new in _DIPHTHONGS:
        token = token.replace(old, new)
    token = token.translate(_VOWEL_PAIRS)
    for old, new in _DIGRAPHS:
        token = token.replace(old, new)
    token = _DOUBLED.sub(r"\1", token)
    if len(token) > 1 and token[-1] == "h" and token[-2] in "aiu":
        token = token[:-1]
    return _WORD_VARIANTS.get(token, token)


def _fold_arabic(token: str) -> str:
    token = token.translate(_ARABIC_FOLD)
    # The attached article: "الرقة" → "رقه"; keep it on two-letter words where it is the word.
    if token.startswith("ال") and len(token) > 3:
        token = token[2:]
    return token


def _loose(light: str) -> str:
    tokens = light.split()
    if not tokens:
        return ""
    # A leading English article goes too: "the Gambia", "the Golan Heights".
    if tokens[0] == "the" and len(tokens) > 1:
        tokens = tokens[1:]
    folded: list[str] = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        # A standalone article is dropped when something follows it ("al Raqqa", "Deir ez Zor");
        # a name that is only an article ("As") keeps it, or it would vanish.
        if i < last and token in ARTICLES:
            continue
        if token.isascii():
            if folded and token[0] in "ae":
                token = _GLUED_ARTICLE.sub(r"\1", token)
            token = _fold_latin(token)
        elif _ARABIC_TOKEN.search(token):
            token = _fold_arabic(token)
        if token:
            folded.append(token)
    return " ".join(folded)


@lru_cache(maxsize=131072)
def exact_key(name: str) -> str:
    """Light key: casefolded, diacritics stripped, apostrophes dropped, punctuation as spaces.

    Two names with the same exact key are the same spelling up to case and accents
    ("Ḩalab" = "Halab", "Deir ez-Zor" = "deir ez zor").
    """
    return _light(name)


@lru_cache(maxsize=131072)
def normalize_name(name: str) -> str:
    """Loose key: the exact key with articles dropped and transliteration variants folded.

    ``normalize_name("Deir ez-Zor") == normalize_name("Dayr az Zawr") == "dir zur"``.
    """
    return _loose(exact_key(name))


def name_keys(name: str) -> tuple[str, str]:
    """``(normalize_name(name), exact_key(name))`` without the lookup caches: for bulk builds,
    where a million distinct names would only churn them."""
    light = _light(name)
    return _loose(light), light


def looks_like_abbreviation(name: str) -> bool:
    """True for "UAE", "U.A.E.", "DRC", "U. S.": two to five capitals, nothing else."""
    return bool(_ABBREVIATION.match(name.strip()))


def abbreviation_key(name: str) -> str:
    """Key of an abbreviation, kept apart from the name keys: "U.A.E." → "#uae".

    The "#" prefix cannot come out of :func:`normalize_name` (which drops punctuation), so an
    abbreviation never collides with a word that happens to be spelled the same ("US" the
    country and "us" the pronoun-shaped village name stay apart).
    """
    return "#" + "".join(ch for ch in name if ch.isalpha()).casefold()
