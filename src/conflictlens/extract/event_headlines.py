"""Whether a sentence of the body is the article's headline again, or a live blog entry's heading.

In: a sentence and the article's title. Out: yes or no. A scraped body often repeats its headline
as its first line, behind a date stamp or before a byline, and a live blog heads each entry with a
clock time and a headline of its own; either would count the event the text tells twice. Used by
the events stage only.
"""

from __future__ import annotations

import re


def headline_key(title: str | None) -> str:
    """The title as ``is_headline`` compares it: site name dropped, final stop dropped, lower case
    ("" for no title)."""
    return _without_site_name(title.strip()).rstrip(".").lower() if title and title.strip() else ""


def is_headline(sentence: str, headline: str) -> bool:
    """The headline (as ``headline_key`` gives it) summarises the body's event; counting it too
    would double the event. Scraped bodies often repeat it as their first line behind a date
    stamp ("Tue May 3 2016 Dozens Killed …") or before a byline: then the sentence is the
    headline with a little around it."""
    if not headline:
        return False
    text = sentence.strip().rstrip(".").lower()
    if text == headline:
        return True
    # the stamp's digits ("07-08-2013 0147 PM") say nothing; only the words around are counted
    surround = STAMP_TOKENS.sub("", text.replace(headline, "", 1)) if headline in text else None
    return surround is not None and len(surround.strip()) <= HEADLINE_SURROUND


# characters of date stamp, byline or site name a body's copy of the headline may carry
HEADLINE_SURROUND = 40
# a live blog's entry heading: a clock time, a dash and a headline with no full stop
LIVE_ENTRY_HEADING = re.compile(r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{2,4}T)?\s*[-–—|]\s*[^.\n]*\s*$", re.I)


STAMP_TOKENS = re.compile(r"\b\d[\d:./-]*\b|\b(?:am|pm|gmt|utc)\b")


# a page title's trailing site name or section path: "… - Region - World - Ahram Online", "… | Jordan Times"
SITE_NAME_TAIL = re.compile(r"(?:\s+[|–—-]\s+[^|–—-]{1,40}?)+$")


def _without_site_name(title: str) -> str:
    """The headline without the site name a page title appends, when enough headline is left."""
    core = SITE_NAME_TAIL.sub("", title)
    return core if len(core.split()) >= 4 else title
