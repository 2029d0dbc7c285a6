"""Hard-wrapped text read as running text.

Wire copy from teleprinters and e-mail, FBIS translations and many plain-text scrapes break every
line at about 70 characters, in mid-sentence ("… EXPLODED ALMOST SIMULTANEOUSLY AT 0315 THIS\\n
MORNING AT EIGHT …"). The parser reads such a break as a token of its own: phrases split across
it ("this\\nmorning") are no longer phrases and sentences split at it. :func:`unwrapped` gives
the same text with those breaks read as spaces, the same length, so that every offset still
points into the article's text.

Only a text that is wrapped as a whole counts: most of its lines are long and of about the same
length. A scrape that gives one paragraph per line has lines of every length and keeps its breaks,
as does a short line in a wrapped text (a headline, a paragraph's last line, an item of a list).
"""

from __future__ import annotations

import math
import re

# a wrapped text: its lines as long as a line of prose on paper (a list of short items, however
# even, is no wrapped text), and nearly all of them within WIDTH_BAND characters of its width;
# a short report of two or three broken lines must have every one of them there
MIN_WRAP_WIDTH, MAX_WRAP_WIDTH = 50, 100
WIDTH_BAND = 20
WRAPPED_SHARE = 0.6
FEW_BROKEN_LINES = 4
# a line shorter than this share of the width ends where its writer ended it
SHORT_LINE = 0.6
# a line that opens an item of a list starts afresh, however long the line before it
LIST_ITEM = re.compile(r"\s*(?:[-*•–—]\s|\d{1,2}[.)]\s)")


def _broken_lines(lines: list[str]) -> list[int]:
    """The lengths of the lines followed by another line of the same paragraph: where a wrapped
    text breaks its writer's lines (a paragraph's last line is short in any text)."""
    return [len(line.strip()) for line, after in zip(lines, lines[1:]) if line.strip() and after.strip()]


def _width(lengths: list[int]) -> int:
    """The wrap width: the length nearly all broken lines reach (their 90th percentile)."""
    ordered = sorted(lengths)
    return ordered[math.ceil(0.9 * (len(ordered) - 1))]


def _wrap_width(lines: list[str]) -> int | None:
    """The width the lines are broken at, when they are broken at a fixed width; None when they
    end where their writer ended them."""
    broken = _broken_lines(lines)
    if len(broken) < 2:
        return None
    width = _width(broken)
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    near_width = sum(length >= width - WIDTH_BAND for length in broken)
    return width if near_width >= (WRAPPED_SHARE if len(broken) >= FEW_BROKEN_LINES else 1.0) * len(broken) else None


def is_hard_wrapped(text: str) -> bool:
    """True when the text's lines are broken at a fixed width, not where its writer ended them."""
    return _wrap_width(text.split("\n")) is not None


def unwrapped(text: str) -> str:
    """The text with each line break inside a paragraph read as a space when the text is hard-wrapped;
    otherwise the text itself. Same length: a break is one character, and so is its space."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out = []
    for line, after in zip(lines, lines[1:]):
        out.append(line)
        joins = line.strip() and after.strip() and len(line.strip()) >= SHORT_LINE * width and not LIST_ITEM.match(after)
        out.append(" " if joins else "\n")
    out.append(lines[-1])
    return "".join(out)
