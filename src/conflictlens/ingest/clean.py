"""Cleaning of plain-text scrapes: raw text in, article text (and a title guess) out.

A text scraped from a web page carries the page's furniture: app-store buttons ("Get the … app",
"Download on the App Store"), share and follow lines, newsletter prompts, cookie notices, copyright
footers, "Read more"/"Related" links. These are removed by general rules about what such lines
look like — short lines built from interface vocabulary — never by matching one page's strings.
Once a footer-like line appears in the last part of the text, everything after it that is short
or interface-like goes too.

It never rewrites the prose: quotes, spelling and punctuation are kept, so character offsets
into the cleaned text are offsets into what a reader sees. Whitespace is normalised (line ends,
runs of blank lines, trailing spaces) because scrapes differ there and it carries no meaning.
"""

from __future__ import annotations

import re
import unicodedata

# Words that mark a line as page furniture rather than reporting. A line is furniture when it is
# short and dominated by these, or matches one of the shapes below.
_INTERFACE_WORDS = {
    "app", "apps", "app store", "google play", "download", "install", "button", "click", "tap",
    "share", "tweet", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "print",
    "follow", "subscribe", "newsletter", "sign", "login", "log", "register", "cookie", "cookies",
    "advertisement", "sponsored", "comments", "comment", "reply", "menu", "search", "copyright",
    "rights", "reserved", "privacy", "terms", "policy", "related", "recommended", "trending",
    "read", "more", "listen", "min", "minutes", "open", "medium", "store",
}

_FURNITURE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^get (it|the .{1,40} app)\b",
        r"\b(download|get it) on (the )?(app store|google play)\b",
        r"^a button that says\b",
        r"\bapp store\b.*\bgoogle play\b|\bgoogle play\b.*\bapp store\b",
        r"^(share|follow us|follow)( (this|on|us))?\b.{0,60}$",
        r"^(sign (up|in)|log ?in|subscribe|register)\b.{0,80}$",
        r"^(read|see) (more|also|next)\b.{0,100}$",
        r"^(related|recommended|trending|most read|more from)\b.{0,100}$",
        r"^(advertisement|sponsored( content)?|ad)$",
        r"^(©|\(c\)|copyright)\s.{0,120}$",
        r"\ball rights reserved\.?$",
        r"^(we use cookies|this (web)?site uses cookies)\b",
        r"^\d+\s+min(ute)?s?\s+read$",
        r"^(listen to (this|the) (article|story))\b.{0,40}$",
        r"^open in app$",
        r"^(photo|image|video)( credit)?:\s.{0,120}$",
        r"^(tags?|topics?|filed under):\s.{0,200}$",
        # a breadcrumb trail: "Home | World | Africa", "News > Middle East"
        r"^home\s*[|>›»/]\s*.{0,80}$",
        r"^[\w'&.-]+(?: [\w'&.-]+){0,2}(?:\s*[|>›»]\s*[\w'&.-]+(?: [\w'&.-]+){0,2}){2,6}$",
    )
]

_WORD = re.compile(r"[\w']+")


def _is_furniture(line: str) -> bool:
    stripped = line.strip().strip("•·|-–— ")
    if not stripped:
        return False
    if any(p.search(stripped) for p in _FURNITURE_PATTERNS):
        return True
    words = [w.lower() for w in _WORD.findall(stripped)]
    if not words or len(words) > 12:
        return False
    # Short line mostly made of interface words and no sentence punctuation: a menu or button.
    interface = sum(1 for w in words if w in _INTERFACE_WORDS)
    return interface / len(words) >= 0.5 and not stripped.endswith((".", "”", '"'))


def _normalise_whitespace(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def clean_text(raw: str) -> str:
    """Remove page furniture from a plain-text scrape and normalise whitespace."""
    lines = _normalise_whitespace(raw).split("\n")
    kept: list[str] = []
    # A footer is a run of furniture and short lines at the end: find where the last prose
    # paragraph ends and drop furniture everywhere, plus the short debris after it.
    in_link_list = False
    for line in lines:
        if _LINK_LIST_HEADER.fullmatch(line.strip().strip("•·|-–— ")):
            in_link_list = True  # "Read more:" then other stories' headlines, one per line
            continue
        if in_link_list:
            if not line.strip() or _looks_like_headline(line):
                continue
            in_link_list = False
        if _is_furniture(line):
            continue
        kept.append(line)
    while kept and (not kept[-1].strip() or _looks_like_debris(kept[-1])):
        kept.pop()
    return _normalise_whitespace("\n".join(kept))


# A line that opens a list of links to other stories; their headlines are no part of this one
_LINK_LIST_HEADER = re.compile(
    r"(read more|read next|read also|also read|see also|related( stories| articles| coverage| news| content)?|more on this( story)?|"
    r"more stories|most read|most popular|you (may|might) also like|recommended( for you| stories)?|more from [\w ]{1,30}|top stories)\s*:?",
    re.IGNORECASE,
)


def _looks_like_headline(line: str) -> bool:
    """A short line with no sentence end: a linked story's headline."""
    return len(_WORD.findall(line)) <= 20 and not _ends_a_sentence(line)


def _looks_like_debris(line: str) -> bool:
    """A trailing line too short to be reporting (a lone word, a date stamp, a byline handle)."""
    return len(_WORD.findall(line)) <= 3 and not _ends_a_sentence(line)


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", "”", '"', "?", "!"))


def guess_title(text: str) -> str | None:
    """The first line of a scrape is its headline when it is short and not a sentence."""
    first = text.split("\n", 1)[0].strip()
    if 3 <= len(first.split()) <= 25 and not first.endswith((".", ":", ";", ",")) and "\n" in text:
        return first
    return None
