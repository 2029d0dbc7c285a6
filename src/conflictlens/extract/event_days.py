"""Which day a sentence's date phrases give the event it tells.

In: the event's trigger token (spaCy) and the date phrases found in its sentence. Out: whether a
phrase dates a statement or a count rather than the act ("the ministry said on Wednesday", "the
toll rose to 31 on Monday"), the trigger's own phrases first, and the day of an act the
sentence sets at a distance from another ("two days after gunmen killed …", "came a week after
the ELN agreed …"), counted from the other's day. No state; used by the events stages only.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import DatePrecision, Event, FuzzyDate
from .dates import counted_from
from .event_patterns import EVENT_NOUNS, phrase_last
from .event_roles import REPORTING_LEMMAS, governing_verb
from .quantities import WORD_NUMBERS


def dates_a_statement(span, date, sentence: str) -> bool:
    """"…, the ministry said on Wednesday", "the toll rose to 31 on Monday": the phrase dates the
    statement or the count, not the event. ``sentence`` is the span's text (spaCy would rebuild
    the whole document's text on each ``span.doc.text``)."""
    start, end = date.start - span.start_char, date.end - span.start_char
    if SAID_JUST_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "the army said on Thursday it had killed …", whatever the parse hangs the phrase on
    token = next((t for t in span if t.idx >= date.start), None)
    if token is None:
        return False
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in DATED_ACT_NOUNS:
            # "IS-K claimed a bombing in September", "condemned Friday the assassination of six
            # priests Thursday": the phrase dates the act
            return False
    verb = governing_verb(token)
    if verb.lemma_.lower() in TOLL_RISING_LEMMAS and any(c.dep_ == "nsubj" and c.lemma_.lower() in ("toll", "number") for c in verb.children):
        # "the death toll … rose to 31 on Monday": the day of the count, not of the bombing (but "the
        # death toll from air strikes on Beirut on Thursday night rose to 22": the strikes' night)
        return date.start >= verb.idx
    if SOURCE_CLAUSE_AFTER.match(sentence, end):
        return False  # "… hit a market in El Fasher on Sunday, a local medical source said": the act's day
    if verb.lemma_.lower() in PUBLISHING_LEMMAS and verb.dep_ == "acl" and verb.head.lemma_.lower() in STATEMENT_NOUNS:
        return True  # "…, the group said in a statement released on Saturday"
    # ("China on Wednesday strongly condemned a terrorist attack …": the day of the condemnation)
    return verb.lemma_.lower() in REPORTING_LEMMAS | CONDEMNING_LEMMAS and verb.pos_ == "VERB"


CONDEMNING_LEMMAS = frozenset({"condemn", "denounce", "deplore"})
DATED_ACT_NOUNS = EVENT_NOUNS | {"assassination", "murder", "execution", "shooting", "beheading", "massacre", "kidnapping", "abduction"}


PUBLISHING_LEMMAS = frozenset({"release", "publish", "post", "issue", "broadcast", "air"})
STATEMENT_NOUNS = frozenset({"statement", "video", "communique", "communiqué", "message", "recording", "report", "post"})
SOURCE_CLAUSE_AFTER = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,5}(?:said|says|reported|told)\b")
SAID_JUST_BEFORE = re.compile(r"\b(said|says|announced|reported|stated|added|condemned|denounced|deplored|told (reporters|journalists|[A-Z][\w.]*))\s+$")
TOLL_RISING_LEMMAS = frozenset({"rise", "climb", "jump", "increase", "reach", "stand", "hit", "mount"})


def done_by_the_statement(trigger, stated: list) -> FuzzyDate | None:
    """"The military said on Sunday it had recaptured the town": an act the sentence tells as done
    by the day a side stated it, and dates no other way, carries that day (``basis="statement"``,
    as a dateline's day is carried: the day it was known to be done, not a day the text gives it)."""
    day = next((d.date for d in stated if d.date.precision is DatePrecision.DAY and d.date.value is not None), None)
    verb = governing_verb(trigger)
    # (the reported past, "had recaptured" or "neutralized … , the ministry said on Saturday"; "has captured",
    # the news's own present perfect, is told as of the report)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    # (a past participle with no auxiliary is a past the tagger misread: 'forces "neutralized" 14'; a
    # count's verb is no act's: "the toll rose to 31 on Monday", though "a drone hit a car" is one)
    simple_past = verb.lemma_.lower() not in TOLL_RISING_LEMMAS - {"hit"} and (verb.tag_ == "VBD" and not auxes & {"has", "have"} or verb.tag_ == "VBN" and not auxes)
    if day is None or not ("had" in auxes or simple_past):
        return None
    return dataclasses.replace(day, basis="statement")


def days_told_together(dates: list, sentence: str, offset: int) -> FuzzyDate | None:
    """"killed 12 people on Sunday and Monday", "the strikes on Nov. 3 and Nov. 4": an act over two
    days the sentence joins, dated as the days from the first to the last (ACLED precision 2), not
    as its first day."""
    days = [d for d in dates if d.date.precision is DatePrecision.DAY and d.date.value is not None]
    if len(days) < 2 or not DAYS_JOINED.fullmatch(sentence, days[0].end - offset, days[1].start - offset):
        return None
    first, last = sorted((days[0].date.value, days[1].date.value))
    if not 0 < (last - first).days <= 6:
        return None
    phrase = sentence[days[0].start - offset : days[1].end - offset]
    return FuzzyDate(DatePrecision.WEEK, phrase, first, last)


DAYS_JOINED = re.compile(r"\s*(?:and|to|through|-|–)\s*(?:on\s+)?", re.I)


def own_dates_first(trigger, dates: list) -> list:
    """The date phrases inside the trigger's own words first: "sentenced on Thursday … for killing
    51 people in 2019" dates the killing to 2019; "released on Sunday six soldiers they had
    kidnapped last month" dates the kidnapping to last month."""
    if len(dates) < 2:
        return dates
    first, last = trigger.left_edge.idx, trigger.right_edge.idx + len(trigger.right_edge)
    own = [d for d in dates if first <= d.start < last]
    return own + [d for d in dates if d not in own] if own and len(own) < len(dates) else dates


# "came a week after the ELN agreed …", "two days before gunmen stormed …": the distance between
# two events, which sets the day of one from the day of the other
_DISTANCE_COUNT = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
def _distance_count(word: str | None) -> int | None:
    """The count of a distance's units ("two", "a", "3"); None for none written ("days after")."""
    return WORD_NUMBERS.get((word or "").lower()) or (int(word) if word and word.isdigit() else None)


_INTERVAL_BEFORE = re.compile(rf"(?:\b(?P<n>{_DISTANCE_COUNT})\s+)?"
                              r"\b(?P<unit>hour|day|week|month|year)s?\s+$", re.I)


@dataclasses.dataclass(frozen=True)
class Interval:
    """A clause set at a distance from the rest of its sentence ("a week after <clause>").
    ``sign`` is the direction from the other part's day to the trigger's (-1: earlier);
    ``start``/``end`` are the clause's characters; ``inside``: the trigger is in the clause."""

    count: int | None
    unit: str
    sign: int
    start: int
    end: int
    phrase: str
    inside: bool
    by_words: bool = False  # found from the words alone: the parse had hung the distance elsewhere


def interval_clause(trigger) -> Interval | None:
    """The "<n> <units> after/before" clause the trigger lies in, or, failing that, one its
    governing verb heads ("Gunmen killed five two days after the army left")."""
    def distance(word, clause, inside: bool) -> Interval | None:
        sentence = trigger.sent
        m = _INTERVAL_BEFORE.search(sentence.doc.text, sentence.start_char, word.idx)
        if m is None:
            return None
        count = _distance_count(m["n"])
        before = word.lower_ == "before"
        sign = (1 if before else -1) if inside else (-1 if before else 1)
        last = sentence.doc[phrase_last(clause)]
        start, end = word.idx, last.idx + len(last)  # ("overnight days after …": the day before the distance is not the clause's)
        return Interval(count, m["unit"].lower(), sign, start, end, " ".join(sentence.doc.text[m.start() : word.idx + len(word)].split()), inside)

    token = trigger
    while True:
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in ("after", "before"):
                return distance(child, token, True)  # "… came a week after [the ELN agreed]"
        if token.dep_ == "pobj" and token.head.lower_ in ("after", "before"):
            return distance(token.head, token.head, True)  # "… came two days after [an attack on …]"
        if token.head.i == token.i or token.dep_ in ("ccomp", "conj", "parataxis", "relcl"):
            break
        token = token.head
    verb = governing_verb(trigger)
    for child in verb.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("after", "before") for c in child.children):
            word = next(c for c in child.children if c.dep_ == "mark" and c.lower_ in ("after", "before"))
            return distance(word, child, False)
        if child.dep_ == "prep" and child.lower_ in ("after", "before") and child.i > trigger.i:
            return distance(child, child, False)
    return _trailing_interval(trigger)


# ", a day after strikes on the Ras Isa fuel port killed 74 people": a distance that ends the
# sentence after a comma, whose clause the model often hangs the distance inside
# (", hours after an attack … killed five people": no count written is some hours, the same day)
_TRAILING_INTERVAL = re.compile(rf",\s+(?:(?P<n>{_DISTANCE_COUNT})\s+(?P<unit>hour|day|week)s?|(?P<hours>hours))\s+(?P<word>after|before)\s+(?=[\w\"“])", re.I)


def _trailing_interval(trigger) -> Interval | None:
    """A "<n> <units> after" clause after the trigger, found from the words; its clause runs to the
    end of the sentence (or to the source's clause: ", the ministry said")."""
    sentence = trigger.sent
    text, start = sentence.doc.text, trigger.idx + len(trigger)
    m = _TRAILING_INTERVAL.search(text, start, sentence.end_char)
    if m is None:
        return None
    end = sentence.end_char
    while end > m.end() and text[end - 1] in " .\n":
        end -= 1
    if (source := SOURCE_CLAUSE_AFTER.search(text, m.end(), end)) is not None:
        end = source.start()
    count = _distance_count(m["n"])
    sign = -1 if m["word"].lower() == "before" else 1
    phrase = " ".join(text[(m.start("n") if m["n"] else m.start("hours")) : m.end("word")].split())
    unit = m["unit"].lower() if m["unit"] else "hour"
    return Interval(count, unit, sign, m.start("word"), end, phrase, False, by_words=True)


def across_interval(gap: Interval, dates: list, usual: FuzzyDate, events: list[Event]) -> FuzzyDate:
    """The trigger's day when its clause and the rest of the sentence are ``gap`` apart: a date
    phrase of its own part if it has one, else the other part's day moved by the distance — the
    other part, with no date of its own, being the event just told (or the report's day)."""
    in_clause = [d for d in dates if gap.start <= d.start < gap.end]
    outside = [d for d in dates if d not in in_clause]
    own, others = (in_clause, outside) if gap.inside else (outside, in_clause)
    if own:
        return own[0].date
    if others:
        anchor = others[0].date
    elif not gap.inside:
        return usual
    else:
        told = next((e.date for e in reversed(events) if e.date.precision is DatePrecision.DAY and e.date.basis == "text"), None)
        anchor = usual if usual.basis == "text" and usual.value is not None else (told or usual)
    return counted_from(anchor, gap.count, gap.unit, gap.sign, gap.phrase)


# "at 10:30 p.m.", "around 2 am", "at approximately 2120 on 15th Avenue", "at 0300 hours"
CLOCK_TIME = re.compile(r"\b(?:at|around|about|shortly (?:before|after)|until)\s+(?:approximately\s+|about\s+|around\s+)?"
                        r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?|[0-2]\d[0-5]\d(?=\s+(?:hours|hrs|GMT|local|on|in|at|when)\b|\s*[,.;(\[])|"
                        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+o'clock)", re.I)


# a date inside a "since" clause starts a period and dates no act
SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+[^,.;()]{3,80}$", re.I)


# "a ceasefire … to take effect on Sunday": a day to come dates no act
# ("a ceasefire that will take effect on Aug. 3": a day to come, no day of the act)
FUTURE_BEFORE = re.compile(r"\b(to take effect|to begin|to start|to come into force|due to \w+|scheduled to \w+|set to \w+|will (?:\w+\s+)?\w+|expected to \w+)\s+(?:(?:on|from|in|by)\s+)?$", re.I)


# ("over the weekend": two days, no one day of them)
# a sentence's opening "since" clause, whose dates start the period its main clause tells of
# (an act's clause: "Since seizing power in a coup in September 2022, …"; not a bare start, "Since the
# afternoon of 12 September, the air force … has been bombing", which dates the act begun then)
OPENING_SINCE_CLAUSE = re.compile(r"^\W*since\s+(?:\w+ing|(?:it|they|he|she|the \w+)\s+(?:was|were|took|seized|came|won)\b)[^,;.]{3,90},", re.I)
# a superlative the date phrase after it bounds: "one of the deadliest attacks on the army this year"
# (not event_patterns.SUPERLATIVE_BEFORE, whose "first" would take the day from "for the first time on Monday")
COMPARED_BEFORE = re.compile(r"\b(deadliest|bloodiest|worst|largest|biggest|heaviest|most (serious|severe|violent|intense))\b[^.,;]{0,50}$", re.I)
WEEKEND = re.compile(r"\bweekend\b", re.I)
