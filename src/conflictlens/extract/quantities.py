"""Counts in text: "at least 16", "over 10,000", "dozens", "three", "a number of".

In: a phrase or a sentence. Out: :class:`~conflictlens.model.Quantity` values (low/best/high,
the hedge, the phrase) and the noun they count.

Vague quantities follow ACLED's coding conventions for fatalities: a report of "several",
"a few", "a number of" or "many" deaths is coded as 10 when nothing more precise is given;
"dozens" as 12 and "hundreds" as 100 (the conservative reading). ``low``/``high`` keep the range the words allow so that an analyst can choose
another convention. A phrase with no number at all is not a quantity: nothing is invented.
"""

from __future__ import annotations

import re

from ..model import Quantity, QuantityMatch

WORD_NUMBERS = {
    "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a dozen": 12, "dozen": 12, "a hundred": 100,
}

# word → (low, best, high)
VAGUE = {
    "a few": (2, 3, 5),
    "few": (2, 3, 5),
    "several": (3, 10, 10),
    "a number of": (2, 10, 10),
    "many": (3, 10, None),
    "scores of": (20, 40, None),
    "dozens of": (12, 12, None),
    "dozens": (12, 12, None),
    "hundreds of": (100, 100, None),
    "hundreds": (100, 100, None),
    "thousands of": (1000, 1000, None),
    "thousands": (1000, 1000, None),
}

# hedge → how it bounds the number
HEDGES_LOWER = ("at least", "more than", "over", "in excess of", "upwards of", "no fewer than", "not less than", "some")
HEDGES_UPPER = ("up to", "as many as", "at most", "fewer than", "less than", "nearly", "almost")
HEDGES_ABOUT = ("about", "around", "approximately", "roughly", "an estimated", "some", "nearly")

_NUMBER_WORDS = "|".join(sorted((w for w in WORD_NUMBERS if w not in ("a", "an")), key=len, reverse=True))
# a count written as a word, one to twelve, for patterns that need "a written count" ("six of the attackers")
SMALL_COUNT_WORDS = "|".join(w for w, n in WORD_NUMBERS.items() if 1 <= n <= 12 and " " not in w and w not in ("a", "an", "single", "dozen"))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_HEDGE = "|".join(sorted(set(HEDGES_LOWER + HEDGES_UPPER + HEDGES_ABOUT), key=len, reverse=True))
_VAGUE = "|".join(sorted(VAGUE, key=len, reverse=True))

QUANTITY_RE = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?"
    # (no clock time: "11:20 GMT - Two Palestinians killed" counts two, not 20)
    rf"(?:(?<![:\d])(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?: \d{{3}})+(?![\d,.])|\d+(?:\.\d+)?)(?!:\d)(?:\s*(?P<scale>million|thousand|hundred)\b)?"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<digits_hi>\d{{1,3}}(?:,\d{{3}})+|\d+))?"
    # ("nearly two dozen", "three hundred": the word counts dozens or hundreds)
    # ("Twenty-nine soldiers": the tens and the unit are one number, not a range from 20 to 9)
    rf"|\b(?P<tens>{_TENS})[-–\s](?P<unit>{_UNITS})\b(?:\s+(?P<tens_scale>hundred|thousand)\b(?!s))?"
    rf"|(?P<vague>{_VAGUE})|\b(?P<word>{_NUMBER_WORDS})\b(?:\s+(?P<word_scale>dozen|hundred|thousand)\b(?!s))?"
    rf"(?:\s*(?:-|–|to|or)\s*(?P<word_hi>{_NUMBER_WORDS})\b)?)",
    re.IGNORECASE,
)



def _to_int(digits: str, scale: str | None) -> int:
    value = float(digits.replace(",", "").replace(" ", ""))  # "1,000" and "1 000"
    value *= {"million": 1_000_000, "thousand": 1_000, "hundred": 100}.get((scale or "").lower(), 1)
    return int(value)


def parse_quantity(m: re.Match[str]) -> Quantity | None:
    phrase = m.group(0).strip()
    hedge = (m["hedge"] or "").lower() or None
    if m["vague"]:
        low, best, high = VAGUE[m["vague"].lower()]
        return Quantity(phrase=phrase, best=best, low=min(low, best), high=high, hedge=m["vague"].lower())
    if m["digits"]:
        best = _to_int(m["digits"], m["scale"])
        high_value = _to_int(m["digits_hi"], None) if m["digits_hi"] else None
    elif m["tens"]:
        best = (WORD_NUMBERS[m["tens"].lower()] + WORD_NUMBERS[m["unit"].lower()]) * {"hundred": 100, "thousand": 1000}.get((m["tens_scale"] or "").lower(), 1)
        high_value = None
    elif m["word"]:
        best = WORD_NUMBERS[m["word"].lower()] * {"dozen": 12, "hundred": 100, "thousand": 1000}.get((m["word_scale"] or "").lower(), 1)
        high_value = WORD_NUMBERS[m["word_hi"].lower()] if m["word_hi"] else None
    else:
        return None
    low = high = best
    if high_value is not None and high_value > best:
        # "10 to 15 killed": ACLED codes the lowest number reported.
        low, high = best, high_value
    if hedge in HEDGES_LOWER:
        low, high = best, None
    elif hedge in HEDGES_UPPER:
        low, high = None, best
    elif hedge in HEDGES_ABOUT:
        low, high = None, None
    return Quantity(phrase=phrase, best=best, low=low, high=high, hedge=hedge)


def find_quantities(text: str, *, offset: int = 0) -> list[QuantityMatch]:
    found = []
    for m in QUANTITY_RE.finditer(text):
        if not m.group(0).strip():
            continue
        # a year or a time of day is not a count
        if m["digits"] and re.fullmatch(r"(19|20)\d\d", m["digits"]) and not m["hedge"]:
            continue
        if m["digits"] and text[m.end() : m.end() + 1] in (":", "%") or text[max(0, m.start() - 1) : m.start()] in ("$", "£", "€"):
            continue
        quantity = parse_quantity(m)
        if quantity is not None:
            found.append(QuantityMatch(offset + m.start(), offset + m.end(), quantity))
    return found
