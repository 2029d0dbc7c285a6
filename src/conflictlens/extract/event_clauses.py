"""A second act told in a clause of its own: "Militants attacked a police checkpoint late Sunday,
killing four officers, and a roadside bomb killed two soldiers on Monday".

In: an event sentence (its spaCy span), the trigger the events stage chose and the date phrases
found in the sentence. Out: the coordinated clause that tells another act, when it has a subject
and a day of its own, different from the first act's: its character span, its day and the
sentence's text with that clause blanked (so that the first act is typed and counted without
it). ACLED codes acts on different days as different events; a clause that shares the first's
day or has no day of its own is the same event told on, and is left to it. No dictionary and no
state; used by the events stage only.
"""

from __future__ import annotations

import dataclasses

from ..model import DateMatch, DatePrecision
from .event_roles import governing_verb


@dataclasses.dataclass(frozen=True)
class SecondAct:
    start: int  # character offsets of the clause in the document
    end: int
    date: DateMatch  # the clause's own day-precise date
    first_date: DateMatch  # the first act's
    rest: str  # the sentence with the clause blanked: the first act's own words


def second_act(span, trigger, found_dates: list) -> SecondAct | None:
    """The conjoined clause with its own subject and its own day, if the sentence has one."""
    verb = governing_verb(trigger)
    # the trigger may sit in either clause: the first is the one the other is conjoined to
    first_verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    for clause_verb in (t for t in first_verb.children if t.dep_ == "conj" and t.pos_ == "VERB"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_verb.children):
            continue  # "… and killed two more": the same doer's act, told on
        first, last = clause_verb.left_edge, clause_verb.right_edge
        # the clause starts at its subject; a coordinating "and" before it stays out
        start, end = first.idx, last.idx + len(last)
        own = [d for d in found_dates if start <= d.start < end and d.date.precision is DatePrecision.DAY]
        others = [d for d in found_dates if not start <= d.start < end and d.date.precision is DatePrecision.DAY]
        if not own or not others or own[0].date.value == others[0].date.value:
            continue
        text = span.text
        rest = text[: start - span.start_char] + " " * (end - start) + text[end - span.start_char:]
        return SecondAct(start, end, own[0], others[0], rest)
    return None
