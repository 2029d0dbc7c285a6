"""Time expressions: finding them in text and resolving them against the publication date.

In: a text (usually one sentence) and the article's publication date, which may be unknown.
Out: :class:`~conflictlens.model.FuzzyDate` values with ACLED's time precision (1 day, 2 week,
3 month) or YEAR, plus the phrase they came from.

It never invents: "on August 24" in an article with no publication date keeps month 8, day 24
and no year (precision UNKNOWN); "on Tuesday" with no publication date has no value at all.
Regular expressions cover the forms news copy uses; they are faster than a general date parser
and their behaviour is easy to read and test.
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import datetime as dt
import re

from ..model import DateMatch, DatePrecision, FuzzyDate

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Order matters: longer, more specific forms first; the scanner keeps non-overlapping matches.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b")),
    # after "on", "April 25 killed" is a date; without it, "May 25 people killed" may be a toll
    ("month_day", re.compile(rf"(?<=\bon\s){_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![\d,]*\s*(?:people|killed|dead))")),
    ("day_month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    # "on the 3rd of March"; "on the 14th": a day of the report's month (or the month before, if later)
    ("day_month", re.compile(rf"\bthe\s+{_DAY}\s+of\s+{_MONTH}\b(?!\s*,?\s*(?:19|20)\d\d)")),
    ("day_of_month", re.compile(r"\bon\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\b|day|anniversary|floor|century|round|time|minute|hour))")),
    ("month_year", re.compile(rf"\b(?:in|during|since|by|from|of)\s+{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)),
    # ("in February last year": that year's February, not the last one before the report)
    # ("last August": the latest August before the report's month)
    ("in_month", re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-|[Ll]ast|[Tt]his\s+past)\s*{_MONTH}\b(?!\s+[0-3]?\d)(?:\s+(?P<rel>last|this|next)\s+year\b)?")),
    # "since Thursday": the days from then to the report, not that day
    ("since_weekday", re.compile(r"\bsince\s+(?:last\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|this\s+past\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?\b(?:\s+(?P<part>morning|afternoon|evening|night))?")),
    ("yesterday", re.compile(r"\b(?:yesterday|last\s+night)\b", re.IGNORECASE)),
    # "killed two people overnight": the night before the report, as "last night"; "overnight
    # into Sunday" and "overnight Saturday" are dated by their weekday
    # ("an overnight raid": what kind of raid, not which night)
    ("today", re.compile(r"(?<!\ban )\bovernight\b(?!\s+(?:into\s+|on\s+|to\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))", re.IGNORECASE)),
    ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b", re.IGNORECASE)),
    # "three days ago", "two weeks ago", "approximately 1 month ago": the day, the week or the
    # calendar month that far back
    ("units_ago", re.compile(r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.IGNORECASE)),
    ("past_period", re.compile(r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:(?P<n>two|three|four|six|\d+|few|several)\s+)?(?P<unit>day|week|month|year)s?\b", re.IGNORECASE)),
    ("weekend", re.compile(r"\b(?:last|this\s+past|over\s+the|at\s+the|during\s+the|on\s+the)\s+weekend\b", re.IGNORECASE)),
    ("last_unit", re.compile(r"\blast\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("this_unit", re.compile(r"\bthis\s+(?P<unit>week|month|year)\b", re.IGNORECASE)),
    ("in_year", re.compile(rf"\b(?:in|during|since|of)\s+{_YEAR}\b")),
]

# "the past few days": a few is taken as three, so that its days are a week (ACLED precision 2)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "few": 3, "several": 3}

# "BEIRUT, 3 May (Reuters) -", "MOGADISHU, Somalia (AP) —", "Damascus, March 5, 2024 (SANA) –"
DATELINE_RE = re.compile(
    # ("ISLAMABAD/NEW DELHI, May 7 (Reuters) -": a report filed from two cities names the first)
    r"^\s*(?P<place>[A-Z][A-Za-z .'-]{2,40}?)(?:/[A-Z][A-Za-z .'-]{2,40}?)?(?:,\s*[A-Z][A-Za-z .'-]{2,30})?,\s*"
    r"(?P<date>[^()\n]{3,30}?)?\s*(?:\((?P<agency>[^)\n]{2,30})\)\.?)?\s*[-–—]{1,2}\s",  # (EFE writes "(EFE).-")
    re.MULTILINE,  # "^" also after the headline's line break: find_dateline looks at the second line
)
# AP's style for a city known on its own: "MEXICO CITY (AP) —", no comma and no date; the place in
# capitals, so that a headline ending "(VIDEO) -" is no dateline. African and Asian outlets drop
# the agency too ("YAOUNDE - Separatist fighters …"); then the place must be a word of four or
# more capitals and no wire slug ("EXCLUSIVE -", "UPDATE 2 -"), and a capital opens the lede.
# Same groups as DATELINE_RE.
_WIRE_SLUGS = "EXCLUSIVE|UPDATE|BREAKING|ANALYSIS|FACTBOX|WRAPUP|INSIGHT|CORRECTED|REFILE|EXPLAINER|WATCH|LIVE|VIDEO|PHOTOS|OPINION|EDITORIAL|COMMENT|URGENT|FLASH"
DATELINE_CITY_ALONE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})(?P<date>(?!))?\s+\((?P<agency>[^)\n]{2,30})\)\s*[-–—]{1,2}\s",
    re.MULTILINE,
)
DATELINE_CITY_DASH_RE = re.compile(
    rf"^\s*(?!(?:{_WIRE_SLUGS})\b)(?P<place>[A-Z][A-Z.'-]{{3,}}(?: [A-Z][A-Z.'-]+){{0,3}})(?P<date>(?!))?(?P<agency>(?!))?"
    r"\s+[-–—]{1,2}\s+(?=[A-Z\"“])",
    re.MULTILINE,
)

# PTI's style: "Raipur, Jan 16 (PTI) Twelve Naxalites were killed …", the lede right after the
# agency, with no dash; a date and an agency in capitals are needed then
DATELINE_AGENCY_NO_DASH_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z .'-]{2,40}?),\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\s*\((?P<agency>[A-Z]{2,6})\)\s+(?=[A-Z\"“])",
    re.MULTILINE,
)

# AllAfrica's and other outlets' style: "Nairobi — Four police officers were killed …", the city in
# title case before an em or en dash (a hyphen there is a headline's "- police"); no wire slug
DATELINE_TITLE_CITY_DASH_RE = re.compile(
    rf"^\s*(?!(?i:{_WIRE_SLUGS})\b)(?P<place>[A-Z][a-z'’]{{2,}}(?:[ -][A-Z][a-z'’]+){{0,2}})(?P<date>(?!))?(?P<agency>(?!))?"
    r"\s+[–—]\s+(?=[A-Z\"“])",
    re.MULTILINE,
)

# Human Rights Watch's and Amnesty's style: "(Nairobi) – Burkina Faso's military summarily executed …",
# the city in brackets before the dash
DATELINE_BRACKETED_CITY_RE = re.compile(
    r"^\s*\((?P<place>[A-Z][a-z'’]{2,}(?:[ -][A-Z][a-z'’]+){0,2})\)(?P<date>(?!))?(?P<agency>(?!))?\s*[-–—]{1,2}\s+(?=[A-Z\"“])",
    re.MULTILINE,
)

# Indian agencies' style: "Rajouri (Jammu and Kashmir) [India], May 5 (ANI): …", a colon for the dash;
# Indian papers write their own copy's the same way without the agency ("Srinagar, July 16: …")
DATELINE_INDIAN_RE = re.compile(
    r"^\s*(?P<place>[A-Z][\w .'-]{2,40}?)\s*(?:\([^)\n]{2,40}\)\s*)?(?:\[[^\]\n]{2,30}\]\s*)?,\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+[0-3]?\d)\s*(?:\((?P<agency>ANI|PTI|IANS|UNI)\))?\s*:\s",
    re.MULTILINE,
)


# Pakistani papers' style: "RAWALPINDI: Two soldiers …", the city in capitals before a colon; no wire slug
DATELINE_CITY_COLON_RE = re.compile(
    rf"^\s*(?!(?:{_WIRE_SLUGS})\b)(?P<place>[A-Z][A-Z.'-]{{3,}}(?: [A-Z][A-Z.'-]+){{0,2}})(?P<date>(?!))?(?P<agency>(?!))?:\s+(?=[A-Z\"“])",
    re.MULTILINE,
)


def _num(value: str) -> int:
    return _SMALL_NUMBERS.get(value.lower(), 0) or int(value)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_past(published: dt.date, month: int, day: int) -> dt.date | None:
    """A day-and-month without a year, in a report: the latest such day not after publication
    (allowing two days of slack for time zones and pre-dated copy)."""
    candidate = _safe_date(published.year, month, day)
    if candidate is None:
        return None
    if candidate > published + dt.timedelta(days=2):
        candidate = _safe_date(published.year - 1, month, day)
    return candidate


def resolve(kind: str, m: re.Match[str], published: dt.date | None) -> FuzzyDate | None:
    phrase = " ".join(m.group(0).split())  # "this\nmorning", broken across lines, is "this morning"
    unknown = FuzzyDate(DatePrecision.UNKNOWN, phrase)
    groups = m.groupdict()
    month = MONTHS.get((groups.get("month") or "").lower().rstrip(".")) if groups.get("month") else None
    if kind == "iso":
        value = _safe_date(int(m["year"]), int(m["mnum"]), int(m["day"]))
        return FuzzyDate(DatePrecision.DAY, phrase, value) if value else None
    if kind in ("month_day_year", "day_month_year"):
        value = _safe_date(int(m["year"]), month, int(m["day"]))
        return FuzzyDate(DatePrecision.DAY, phrase, value, month=month, day=int(m["day"])) if value else None
    if kind in ("month_day", "day_month"):
        day = int(m["day"])
        if not 1 <= day <= 31:
            return None
        if published is None:
            return FuzzyDate(DatePrecision.UNKNOWN, phrase, month=month, day=day)
        value = _closest_past(published, month, day)
        return FuzzyDate(DatePrecision.DAY, phrase, value, month=month, day=day) if value else None
    if kind == "day_of_month":
        day = int(m["day"])
        if published is None or not 1 <= day <= 31:
            return None
        month_of = published if day <= published.day else (published.replace(day=1) - dt.timedelta(days=1))
        value = _safe_date(month_of.year, month_of.month, day)
        return FuzzyDate(DatePrecision.DAY, phrase, value, month=month_of.month, day=day) if value else None
    if kind == "month_year":
        start, end = _month_span(int(m["year"]), month)
        return FuzzyDate(DatePrecision.MONTH, phrase, start, end, month=month)
    if kind == "in_month":
        if published is None:
            return FuzzyDate(DatePrecision.UNKNOWN, phrase, month=month)
        year = published.year if month <= published.month else published.year - 1
        if month == published.month and phrase.lower().startswith(("last", "this past")):
            year -= 1
        if m["rel"]:
            year = published.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
        start, end = _month_span(year, month)
        # "early October" is its first ten days, "mid-October" the next ten, "late October" the
        # rest: still month precision for ACLED, but no longer the same days as "on Wednesday 11th"
        part = phrase.lower()
        if part.startswith("early"):
            end = start.replace(day=10)
        elif part.startswith("mid"):
            start, end = start.replace(day=11), start.replace(day=20)
        elif part.startswith("late"):
            start = start.replace(day=21)
        return FuzzyDate(DatePrecision.MONTH, phrase, start, end, month=month)
    if kind == "in_year":
        year = int(m["year"])
        return FuzzyDate(DatePrecision.YEAR, phrase, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if published is None:
        return unknown
    if kind in ("weekday", "since_weekday"):
        target = WEEKDAYS[m["weekday"].lower()]
        back = (published.weekday() - target) % 7
        if phrase.lower().startswith(("last", "this past", "since")) and back == 0:
            back = 7
        day = published - dt.timedelta(days=back)
        if kind == "since_weekday":
            return FuzzyDate(DatePrecision.WEEK, phrase, day, published)
        return FuzzyDate(DatePrecision.DAY, phrase, day)
    if kind == "yesterday":
        return FuzzyDate(DatePrecision.DAY, phrase, published - dt.timedelta(days=1))
    if kind == "today":
        return FuzzyDate(DatePrecision.DAY, phrase, published)
    if kind == "units_ago":
        n, unit = _num(m["n"]), m["unit"].lower()
        if unit == "day":
            return FuzzyDate(DatePrecision.DAY, phrase, published - dt.timedelta(days=n))
        if unit == "week":
            start = published - dt.timedelta(days=7 * n + 3)  # the seven days around that day
            return FuzzyDate(DatePrecision.WEEK, phrase, start, min(start + dt.timedelta(days=6), published))
        back = published - dt.timedelta(days=(30 if unit == "month" else 365) * n)
        if unit == "month":
            start, end = _month_span(back.year, back.month)
            return FuzzyDate(DatePrecision.MONTH, phrase, start, end, month=back.month)
        return FuzzyDate(DatePrecision.YEAR, phrase, dt.date(back.year, 1, 1), dt.date(back.year, 12, 31))
    if kind == "weekend":
        # the Saturday and Sunday just gone (or under way): two days, which ACLED codes at week precision
        back = (published.weekday() - calendar.SATURDAY) % 7
        if back == 0 and phrase.lower().startswith("last"):
            back = 7
        saturday = published - dt.timedelta(days=back)
        return FuzzyDate(DatePrecision.WEEK, phrase, saturday, min(saturday + dt.timedelta(days=1), published))
    unit = (groups.get("unit") or "").lower()
    if kind == "past_period":
        n = _num(m["n"]) if m["n"] else 1
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        precision = {"day": DatePrecision.DAY, "week": DatePrecision.WEEK, "month": DatePrecision.MONTH, "year": DatePrecision.YEAR}[unit]
        if unit == "day" and n > 1:
            precision = DatePrecision.WEEK if n <= 7 else DatePrecision.MONTH
        elif unit == "week" and n > 1:
            precision = DatePrecision.MONTH  # "the past two weeks" are no one week
        return FuzzyDate(precision, phrase, published - dt.timedelta(days=days), published)
    if kind == "last_unit":
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday() + 7)
            return FuzzyDate(DatePrecision.WEEK, phrase, monday, monday + dt.timedelta(days=6))
        if unit == "month":
            first_this = published.replace(day=1)
            start, end = _month_span((first_this - dt.timedelta(days=1)).year, (first_this - dt.timedelta(days=1)).month)
            return FuzzyDate(DatePrecision.MONTH, phrase, start, end)
        return FuzzyDate(DatePrecision.YEAR, phrase, dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31))
    if kind == "this_unit":
        if unit == "week":
            monday = published - dt.timedelta(days=published.weekday())
            return FuzzyDate(DatePrecision.WEEK, phrase, monday, published)
        if unit == "month":
            return FuzzyDate(DatePrecision.MONTH, phrase, published.replace(day=1), published)
        return FuzzyDate(DatePrecision.YEAR, phrase, dt.date(published.year, 1, 1), published)
    return None


def find_dates(text: str, published: dt.date | None, *, offset: int = 0) -> list[DateMatch]:
    """All time expressions in ``text``, non-overlapping, in text order; ``offset`` shifts spans."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            date = resolve(kind, m, published)
            if date is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMatch(offset + m.start(), offset + m.end(), date))
    return _periods_joined(sorted(found, key=lambda d: d.start), text, offset)


# "between March 23 and March 31", "from 3 to 9 May": two days that bound one period
_PERIOD_OPENS = re.compile(r"\b(?:between|from)\s+$", re.I)
_PERIOD_JOIN = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s*", re.I)


def _periods_joined(found: list[DateMatch], text: str, offset: int) -> list[DateMatch]:
    """Two day-precise dates that bound a period, as one date of ACLED's precision for it: within
    a week (2) for seven days at most, else within a month (3) for a month at most. The second day
    lies on or after the first ("between March 23 and March 31" in a report of March 28 ends in
    that March)."""
    joined: list[DateMatch] = []
    for match in found:
        first = joined[-1] if joined else None
        if first is not None and first.date.precision is DatePrecision.DAY and match.date.precision is DatePrecision.DAY \
                and _PERIOD_JOIN.fullmatch(text, first.end - offset, match.start - offset) \
                and _PERIOD_OPENS.search(text, max(0, first.start - offset - 12), first.start - offset):
            start, end = first.date.value, match.date.value
            if end < start:
                end = _safe_date(start.year, end.month, end.day) or end
            if start <= end and (end - start).days <= 31:  # (a longer stretch is many events: left as its two days)
                precision = DatePrecision.WEEK if (end - start).days <= 6 else DatePrecision.MONTH
                phrase = text[first.start - offset : match.end - offset]
                joined[-1] = DateMatch(first.start, match.end, FuzzyDate(precision, phrase, start, end=end))
                continue
        joined.append(match)
    return joined


# the small words a place's name may hold: "Rio de Janeiro", "Ras al Ain", "Stratford upon Avon", "Dar es Salaam"
NAME_PARTICLES = frozenset({"de", "del", "do", "da", "dos", "das", "du", "des", "la", "le", "el", "al", "ad", "as", "ar", "es", "of", "the", "on", "upon",
                            "am", "an", "sur", "en", "der", "di"})


def _place_like(m: re.Match[str] | None) -> re.Match[str] | None:
    """The match, when its place is written as a name or an agency ends it ("Troops repel ISWAP attack on
    Borno base, kill 20 terrorists - army" is a headline, not a dateline; a headline run into the
    next line's "(Reuters) -" still ends where the dateline does)."""
    if m is None or m["agency"] or all(w[:1].isupper() or w in NAME_PARTICLES for w in m["place"].split()):
        return m
    return None


@functools.lru_cache(maxsize=64)  # a batch (32 articles) asks from three stages
def find_dateline(text: str) -> re.Match[str] | None:
    """The wire dateline ("BEIRUT, 3 May (Reuters) -") at the start of one of the first three
    lines (a scrape often opens with the headline, then a "Published …" stamp). A headline that
    reads like one ("Troops repel … attack, kill 20 terrorists - army") gives way to a dateline on
    a line after it ("MAIDUGURI — Troops …"); with none there it is still taken, as where its dash
    ends is where the lede begins."""
    position, headline_like = 0, None
    for _ in range(3):
        window = min(len(text), position + 200)
        wire = DATELINE_RE.match(text, position, window)
        m = (
            _place_like(wire)
            or DATELINE_CITY_ALONE_RE.match(text, position, window)
            or DATELINE_CITY_DASH_RE.match(text, position, window)
            or DATELINE_INDIAN_RE.match(text, position, window)
            or DATELINE_TITLE_CITY_DASH_RE.match(text, position, window)
            or DATELINE_CITY_COLON_RE.match(text, position, window)
            or DATELINE_AGENCY_NO_DASH_RE.match(text, position, window)
            or DATELINE_BRACKETED_CITY_RE.match(text, position, window)
        )
        if m:
            return m
        headline_like = headline_like or wire
        newline = text.find("\n", position)
        if newline == -1 or newline > 600:
            return headline_like
        while newline + 1 < len(text) and text[newline + 1] == "\n":  # blank lines are no line
            newline += 1
        position = newline + 1
    return headline_like


# A scrape that opens with the date it was filed under: "Wed 05 Apr 2017 …", "Published July 4
# 2015 …", "Posted on April 4 2017 by …", "Date of publication: 5 July 2016 …", "2017-04-05 …".
# Only full dates (with a year) count: a bare "5 July" at the top could be anything.
_UNNAMED_MONTH = _MONTH.replace("(?P<month>", "(?:")
_FULL_DATE = (
    rf"{_UNNAMED_MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+{_UNNAMED_MONTH},?\s+(?:19|20)\d\d"
)
DATE_STAMP_RE = re.compile(
    r"^\s*(?:(?:Published|Posted|Updated|Last updated|Date of publication|Date)(?:\s+on|\s+at)?\s*:?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    # also ISO, a scrape's glued "Apr 232017", and day-first dotted or dashed dates
    rf"(?P<date>{_FULL_DATE}|(?:19|20)\d\d-[01]\d-[0-3]\d|{_UNNAMED_MONTH}\s+[0-3]\d(?:19|20)\d\d|[0-3]?\d[.-][01]?\d[.-](?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


# After a headline and byline: "… Monitor AFP Tuesday 21 Jul 2015 A missile …". A weekday
# with a full date near the top is a filing stamp, not an event date.
BYLINE_STAMP_RE = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?P<date>{_FULL_DATE})\b"
    # or a dotted day-first date, which nothing but a date stamp looks like: "Middle East 18.05.2017"
    r"|(?<![\d.])(?P<dotted>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d)(?![\d.]))"
)


def _stamp_phrase(m: re.Match[str]) -> str:
    return m["date"] or m.groupdict().get("dotted")


@functools.lru_cache(maxsize=64)
def find_date_stamp(text: str) -> re.Match[str] | None:
    """The date stamp a scraped article opens with, or carries in its byline within the first
    200 characters, if any (see DATE_STAMP_RE, BYLINE_STAMP_RE)."""
    return DATE_STAMP_RE.match(text, 0, min(len(text), 120)) or BYLINE_STAMP_RE.search(text, 0, min(len(text), 200))


_TWO_DIGIT_YEAR = re.compile(r"(?P<head>[0-3]?\d\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+[0-3]?\d,?)\s+(?P<yy>\d\d)")


def dateline_date(text: str, published: dt.date | None) -> FuzzyDate | None:
    """The date in a wire dateline at the top of the article, if there is one."""
    m = find_dateline(text)
    if not m or not m["date"]:
        return None
    written = m["date"]
    if short_year := _TWO_DIGIT_YEAR.fullmatch(written.strip()):
        # telex datelines write the year in two digits ("BOGOTA, 31 JUL 89"): the century is the
        # one that puts the year nearest the publication date, else the nearer of 19xx and 20xx
        year = int(short_year["yy"])
        pivot = published.year if published is not None else dt.date.today().year
        year = min((century + year for century in (1900, 2000)), key=lambda y: abs(y - pivot))
        written = f"{short_year['head'].title()} {year}"  # the month as a name, not an acronym
    matches = find_dates(written, published)
    # the phrase quoted is the one written, not its four-digit reading
    return dataclasses.replace(matches[0].date, phrase=m["date"]) if matches else None


def stamp_date(text: str) -> dt.date | None:
    """The calendar date of the article's opening date stamp, if it has one."""
    m = find_date_stamp(text)
    if m is None:
        return None
    written = _stamp_phrase(m)
    dotted = re.fullmatch(r"([0-3]?\d)[.-]([01]?\d)[.-]((?:19|20)\d\d)", written)
    if dotted:  # "26.11.2014", "15-09-2013": with the year last, dotted and dashed dates are day-first
        day, month, year = (int(x) for x in dotted.groups())
        return _safe_date(year, month, day)
    phrase = re.sub(r"\b([0-3]\d)((?:19|20)\d\d)$", r"\1 \2", written)  # a scrape glued "Apr 232017"
    matches = find_dates(phrase, None)
    return matches[0].date.value if matches and matches[0].date.precision is DatePrecision.DAY else None


def filing_date(text: str, published: dt.date | None) -> tuple[FuzzyDate | None, int]:
    """The date the article itself says it was filed under — its wire dateline or its opening
    date stamp — marked ``basis="dateline"``, and where that header ends (0 when there is none),
    so that callers do not read the header's date as an event's own date."""
    dateline = find_dateline(text)
    date = dateline_date(text, published)
    end = dateline.end() if dateline else 0
    stamp = find_date_stamp(text)
    if stamp is not None:
        end = max(end, stamp.end())
        if date is None or date.value is None:
            value = stamp_date(text)
            date = FuzzyDate(DatePrecision.DAY, _stamp_phrase(stamp), value) if value else date
    if date is None or date.value is None or date.precision is not DatePrecision.DAY:
        return None, end
    return dataclasses.replace(date, basis="dateline"), end


# "A day earlier, a roadside bomb …", "the following day", "a week later": days counted from an
# event the report has already dated, not from the report
RELATIVE_DAY_RE = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>day|week)s?\s+(?P<way>earlier|later|(?:before|after)(?!\s+[\w\"“‘']))"
    r"|the\s+(?P<named>previous|following|next)\s+day|the\s+day\s+(?P<before>before|after)(?!\s+\w)"
    # "two other bombs exploded the same night": the day just told
    r"|(?:on\s+|during\s+)?the\s+(?P<same>same)\s+(?:day|night|evening|morning|afternoon))",
    re.IGNORECASE,
)


def relative_day(text: str, anchor: FuzzyDate | None, *, offset: int = 0) -> DateMatch | None:
    """The first day-count phrase in ``text`` resolved against ``anchor``, a day-precise date
    the report gave earlier; None without one (the day stays unknown)."""
    m = RELATIVE_DAY_RE.search(text)
    if m is None or anchor is None or anchor.precision is not DatePrecision.DAY or anchor.value is None:
        return None
    if m["same"]:
        step = 0
    elif m["named"] or m["before"]:
        step = -1 if (m["named"] or m["before"]).lower() in ("previous", "before") else 1
    else:
        count = 1 if m["n"].lower() in ("a", "one") else _num(m["n"])
        sign = -1 if m["way"].lower() in ("earlier", "before") else 1
        if m["unit"].lower() == "week":  # "A week earlier, …": a week's precision about that day
            return DateMatch(offset + m.start(), offset + m.end(), counted_from(anchor, count, "week", sign, m.group(0)))
        step = count * sign
    return DateMatch(offset + m.start(), offset + m.end(), FuzzyDate(DatePrecision.DAY, m.group(0), anchor.value + dt.timedelta(days=step)))



# "At least 80 people were killed … that month alone": the month of the date the report named last
THAT_MONTH_RE = re.compile(r"\b(?:that|the\s+same)\s+month\b", re.IGNORECASE)


def that_month(text: str, last_named: FuzzyDate | None, *, offset: int = 0) -> DateMatch | None:
    """"that month" in ``text``, resolved to the month of ``last_named``, the date phrase the
    report gave last (a day or a month); None without one."""
    m = THAT_MONTH_RE.search(text)
    if m is None or last_named is None or last_named.value is None or last_named.precision not in (DatePrecision.DAY, DatePrecision.MONTH):
        return None
    first = last_named.value.replace(day=1)
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return DateMatch(offset + m.start(), offset + m.end(), FuzzyDate(DatePrecision.MONTH, m.group(0), first, end=last, month=first.month))


def counted_from(anchor: FuzzyDate | None, count: int | None, unit: str, sign: int, phrase: str) -> FuzzyDate:
    """The day ``count`` ``unit``s from ``anchor`` (``sign`` -1: before it), as precise as the
    distance allows: "hours after" is the same day (``anchor`` itself), "two days after" a day,
    "a week after" a week either side of the day seven days off, "three weeks after" a month. A
    count the text leaves open ("months after", "weeks after") or an anchor that is no day gives
    no date."""
    unknown = FuzzyDate(DatePrecision.UNKNOWN, phrase)
    if anchor is None or anchor.precision is not DatePrecision.DAY or anchor.value is None:
        return unknown
    if unit == "hour":
        return anchor  # the other part's day, as its phrase gives it
    if count is None:
        return unknown
    if unit == "day":
        return FuzzyDate(DatePrecision.DAY, phrase, anchor.value + dt.timedelta(days=sign * count))
    if unit == "week" and count <= 4:
        middle = anchor.value + dt.timedelta(days=sign * 7 * count)
        slack = dt.timedelta(days=3 if count <= 2 else 7)
        return FuzzyDate(DatePrecision.WEEK if count <= 2 else DatePrecision.MONTH, phrase, middle - slack, middle + slack)
    return unknown
