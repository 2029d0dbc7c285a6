"""Which clause of a sentence tells which act: "Militants attacked a police checkpoint late Sunday,
killing four officers, and a roadside bomb killed two soldiers on Monday".

In: an event sentence (its spaCy span), the trigger the events stage chose and the date phrases
found in the sentence. Out: the coordinated clause that tells another act, when it has a subject
and a day of its own, different from the first act's (or a clause set days apart: "two days
after gunmen killed …"): its character span, its day and the sentence's text with that clause
blanked (so that the first act is typed and counted without it); then the two events, each
typed, counted and given its doer from its own words. ACLED codes acts on different days as
different events; a clause that shares the first's day or has no day of its own is the same
event told on, and is left to it. Also the sentence's own act when the trigger found sits in an
"after …" phrase about what came before. No dictionary and no state; used by the events stage only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..model import ActorMention, DateMatch, DatePrecision, Event, Evidence, Place
from .casualties import FATALITY_PATTERNS, INJURY_PATTERNS, read_casualties, single_victim
from .event_codebook import with_codebook_precedence
from .dates import counted_from
from .event_scene import location_of
from .event_days import SOURCE_CLAUSE_AFTER, interval_clause
from .event_patterns import TALLY_RE, earlier_act_around, motive_spans
from .event_roles import governing_verb, roles, token_ending_at
from .event_rules import RULE_FOR, classify_sub_event
from .taxonomy import event_type_of
from .tolls import VIOLENT_TYPES

HURT_LEMMAS = frozenset({"injure", "wound", "hurt"})


@dataclasses.dataclass(frozen=True)
class SecondAct:
    start: int  # character offsets of the clause in the document
    end: int
    date: DateMatch  # the clause's own day-precise date
    first_date: DateMatch  # the first act's
    rest: str  # the sentence with the clause blanked: the first act's own words
    background: bool = False  # told of in passing: the first act stays the one the next sentences go on with
    same_doers: bool = False  # the clause has no subject of its own: the first act's doers did it too


def second_act(span, trigger, found_dates: list) -> SecondAct | None:
    """The conjoined clause with its own subject and its own day, if the sentence has one."""
    verb = governing_verb(trigger)
    # the trigger may sit in either clause: the first is the one the other is conjoined to
    first_verb = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    for clause_verb in (t for t in first_verb.children if t.dep_ == "conj" and t.pos_ == "VERB"):
        # ("and the following day raided Mucojo": the parse may take the day for the subject)
        subjects = [c for c in clause_verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() != "day"]
        if not subjects:
            if (act := _same_doers_act_hours_later(span, trigger, clause_verb, found_dates)) is not None:
                return act
            continue  # "… and killed two more": the same doer's act, told on
        if clause_verb.lemma_.lower() in HURT_LEMMAS or any(s.lemma_.lower() == "other" for s in subjects):
            continue  # "32 people were killed and 63 others injured when …": the same act's hurt
        first, last = clause_verb.left_edge, clause_verb.right_edge
        # the clause starts at its subject; a coordinating "and" before it stays out
        if (act := _on_a_day_of_its_own(span, first.idx, last.idx + len(last), found_dates)) is not None:
            return act
    return _act_told_of(span, trigger, found_dates) or _act_at_a_distance(span, trigger, first_verb, found_dates)


# ("… and shot dead a ranger in neighbouring Pattani hours later"): another act of the same doers that day
HOURS_LATER = re.compile(r"\b(?:hours|minutes)\s+later\b|\blater\s+(?:that|the\s+same)\s+(?:day|night|evening|morning)\b", re.I)
# ("… attacked Nguida village on Saturday, killing three, and the following day raided Mucojo"): the day after
NEXT_DAY = re.compile(r"\b(?:the\s+(?:following|next)\s+day|a\s+day\s+later)\b", re.I)


def _same_doers_act_hours_later(span, trigger, clause_verb, found_dates: list) -> SecondAct | None:
    """The conjoined act of the same doers that the clause sets hours after the first, on its
    day, when it is an act of another kind: "set off a bomb on a railway line … on Tuesday, and
    shot dead a paramilitary ranger in neighbouring Pattani hours later"."""
    # (the sentence's own text: spaCy rebuilds Doc.text on every access)
    text, offset = span.text, span.start_char
    start, end = clause_verb.idx, clause_verb.right_edge.idx + len(clause_verb.right_edge)
    clause = text[start - offset : end - offset]
    # (the day may open the clause, before its verb: "and the following day raided Mucojo")
    said_of_day = text[min(start, clause_verb.left_edge.idx) - offset : end - offset]
    next_day = NEXT_DAY.search(said_of_day) is not None
    if not (HOURS_LATER.search(clause) or next_day) or clause_verb.left_edge.i <= trigger.i <= clause_verb.right_edge.i:
        return None
    days = [d for d in found_dates if not start <= d.start < end and d.date.precision is DatePrecision.DAY and d.date.value is not None]
    first_type, second_type = classify_sub_event(text[: start - offset]), classify_sub_event(clause)
    # (an act the day after is another event whatever its kind; hours later, only an act of another kind is)
    if not days or second_type is None or (second_type == first_type and not next_day) or event_type_of(second_type) not in VIOLENT_TYPES:
        return None
    rest = text[: start - offset] + " " * (end - start) + text[end - offset:]
    day = dataclasses.replace(days[0].date, value=days[0].date.value + dt.timedelta(days=1), phrase=NEXT_DAY.search(said_of_day).group(0)) if next_day else days[0].date
    return SecondAct(start, end, DateMatch(start, end, day), days[0], rest, same_doers=True)


def _on_a_day_of_its_own(span, start: int, end: int, found_dates: list, background: bool = False) -> SecondAct | None:
    """The clause at [start, end) as a second act, when it has a day of its own and the rest of
    the sentence another day."""
    own = [d for d in found_dates if start <= d.start < end and d.date.precision is DatePrecision.DAY]
    others = [d for d in found_dates if not start <= d.start < end and d.date.precision is DatePrecision.DAY]
    if not own or not others or own[0].date.value == others[0].date.value:
        return None
    text = span.text
    rest = text[: start - span.start_char] + " " * (end - start) + text[end - span.start_char:]
    return SecondAct(start, end, own[0], others[0], rest, background)


# ("responsible for a rocket attack that …", "in retaliation for an attack that …", "days after an attack that …")
BACKGROUND_PREPOSITIONS = frozenset({"for", "after", "since", "following"})
ACT_NOUNS = frozenset({"attack", "strike", "airstrike", "bombing", "blast", "explosion", "ambush", "raid", "massacre", "assault", "shelling"})


def _act_told_of(span, trigger, found_dates: list) -> SecondAct | None:
    """"An Israeli air strike hit a building in Beirut on Tuesday, killing a commander the military
    said was responsible for a rocket attack that killed 12 children in the Golan Heights on
    Saturday": an act a relative clause tells on a noun for one, on a day of its own."""
    for clause in span:
        noun = clause.head
        if clause.dep_ != "relcl" or noun.lemma_.lower() not in ACT_NOUNS or noun.left_edge.i <= trigger.i <= clause.right_edge.i:
            continue
        if not (noun.dep_ == "pobj" and noun.head.lower_ in BACKGROUND_PREPOSITIONS):
            continue  # ("warplanes were behind the attacks that targeted a convoy on Monday night": the act itself)
        if (act := _on_a_day_of_its_own(span, noun.left_edge.idx, clause.right_edge.idx + len(clause.right_edge), found_dates, background=True)) is not None:
            return act
    return None


def _act_at_a_distance(span, trigger, first_verb, found_dates: list) -> SecondAct | None:
    """"Gunmen killed 12 villagers on Sunday, two days after militants stormed a checkpoint":
    the clause after "<n> days after" is another act, on a day the distance sets."""
    gap = interval_clause(trigger)
    if gap is None:
        return None
    if gap.by_words:
        # (the clause the words found must tell an act of its own: "a day after strikes on the port killed 74")
        clause = span.doc.text[gap.start : gap.end]
        if classify_sub_event(clause) is None or read_casualties(clause, FATALITY_PATTERNS, []) is None:
            return None
    elif not gap.inside:
        clause_verb = next((t for t in first_verb.children if t.dep_ == "advcl" and gap.start <= t.idx < gap.end), None)
        if clause_verb is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause_verb.children):
            return None
    own = [d for d in found_dates if gap.start <= d.start < gap.end and d.date.precision is DatePrecision.DAY]
    others = [d for d in found_dates if not gap.start <= d.start < gap.end and d.date.precision is DatePrecision.DAY]
    if not others:
        return None
    # the clause's day: its own date phrase, else the other part's moved by the distance
    sign = gap.sign if gap.inside else -gap.sign
    date = own[0] if own else DateMatch(gap.start, gap.end, counted_from(others[0].date, gap.count, gap.unit, sign, gap.phrase))
    # (unlike a conjoined clause, one set "hours after" the other is another act even on the same day)
    if date.date.precision is DatePrecision.UNKNOWN or (date.date.value == others[0].date.value and gap.unit != "hour"):
        return None
    text = span.text
    if not gap.inside:
        rest = text[: gap.start - span.start_char] + " " * (gap.end - gap.start) + text[gap.end - span.start_char:]
        return SecondAct(gap.start, gap.end, date, others[0], rest)
    # the trigger's act is the clause's ("Two days after gunmen killed 12 villagers, troops stormed
    # the village on Sunday"): the other act is the rest of the sentence, when it is of one piece
    if not text[: gap.start - span.start_char].strip(" ,;—–-"):
        start, end = gap.end, span.end_char
    elif not text[gap.end - span.start_char:].strip(" ,;.—–-") or _only_a_source_after(text, gap.end - span.start_char):
        start, end = span.start_char, gap.start  # ("…, hours after a gunman killed two brothers nearby, the ministry said.")
    else:
        return None
    piece = text[start - span.start_char : end - span.start_char]
    start += len(piece) - len(piece.lstrip(" ,;—–-"))  # (the comma after the clause is no part of the act)
    if not any(start <= d.start < end for d in others):
        return None
    rest = text[: start - span.start_char] + " " * (end - start) + text[end - span.start_char:]
    return SecondAct(start, end, next(d for d in others if start <= d.start < end), date, rest)


def _only_a_source_after(text: str, position: int) -> bool:
    """Whether all that follows ``position`` is the source's clause: ", the ministry said."."""
    m = SOURCE_CLAUSE_AFTER.match(text, position)
    return m is not None and not text[m.end():].strip(" .")


def told_in_two_clauses(event: Event, act: SecondAct, span, trigger, actors: list[ActorMention], places: list[Place], text: str, stage: str) -> list[Event]:
    """``event`` typed and counted from its own clause, and the act the other clause tells on its
    own day, with its own type, doer, toll and (where it names one) place."""
    first_type = classify_sub_event(act.rest) or event.sub_event_type
    first_type = with_codebook_precedence(first_type, act.rest, act.rest, event.actor1, event.actor2, trigger, False)
    clause = text[act.start: act.end]
    second_type = classify_sub_event(clause)
    if second_type is None or event_type_of(second_type) not in VIOLENT_TYPES:
        return [event]
    second = _clause_event(event, span, act.start, clause, second_type, act.date.date, actors, places, stage,
                           read_casualties(clause, FATALITY_PATTERNS, []) or single_victim(clause), read_casualties(clause, INJURY_PATTERNS, []))
    if second is None:
        return [event]
    if act.same_doers and second.actor1 is None:
        second = dataclasses.replace(second, actor1=event.actor1)
    where = event.location
    if where is not None and act.start <= where.evidence.start < act.end:
        # "A roadside bomb killed four soldiers in North Waziristan, a day after militants attacked a
        # police station in Bannu": the other clause's town is not the first act's
        outside = [p for p in places if p.is_location and span.start_char <= p.evidence.start < span.end_char and not act.start <= p.evidence.start < act.end]
        where = location_of(outside, trigger) or where
    first = dataclasses.replace(event, event_type=event_type_of(first_type), sub_event_type=first_type, date=act.first_date.date, location=where,
                                fatalities=read_casualties(act.rest, FATALITY_PATTERNS, []) or single_victim(act.rest),
                                injuries=read_casualties(act.rest, INJURY_PATTERNS, []))
    return [second, first] if act.background else [first, second]


def _clause_event(event: Event, span, start: int, clause: str, sub_event: str, date, actors: list[ActorMention], places: list[Place],
                  stage: str, fatalities, injuries, *, by_codebook: bool = False) -> Event | None:
    """The act one clause of ``event``'s sentence tells (``clause``, from document offset
    ``start``), as an event of its own: its trigger the words its type's rule names, its sides and
    place those the clause names (else ``event``'s place), the clause its evidence. With
    ``by_codebook``, ACLED's precedence between types decides the type once the sides are known.
    None when the rule's words end on no token."""
    end = start + len(clause)
    found = RULE_FOR[sub_event].search(clause)
    token = token_ending_at(span.doc, start + found.end()) if found else None
    if token is None:
        return None
    actor1, actor2, associated = roles(span, token, [a for a in actors if start <= a.evidence.start < end])
    if by_codebook:
        sub_event = with_codebook_precedence(sub_event, clause, clause, actor1, actor2, token, False)
    inside = [p for p in places if p.is_location and start <= p.evidence.start < end]
    return dataclasses.replace(
        event, event_type=event_type_of(sub_event), sub_event_type=sub_event, date=date, trigger=token.text,
        evidence=Evidence(event.evidence.article_id, start, end, clause, stage),
        actor1=actor1, actor2=actor2, associated_actors=associated, location=location_of(inside, token) or event.location,
        fatalities=fatalities, injuries=injuries, fatalities_evidence=None, superseded_fatalities=(), other_estimates=())


def act_outside_earlier_one(span, trigger, sentence: str, sub_event: str):
    """(sub-event type, trigger) of the sentence's own act when the trigger found sits in an
    "after …" phrase about what came before and the rest of the sentence names a development of
    another kind (arrests, an agreement), or names fighting where the earlier act was only a
    development ("The fighting broke out … after the latter detained a commander"). A riot, a
    protest or killings told "after" an act are often that act's outcome, and the act types them
    ("a riot-like situation broke out after a mob nearly lynched four men" is mob violence)."""
    around = earlier_act_around(trigger)
    if around is None:
        return None
    start, end = around
    rest = sentence[:start] + " " * (end - start) + sentence[end:]
    own = classify_sub_event(rest)
    development = own is not None and event_type_of(own) == "Strategic developments"
    fighting_after_development = own is not None and event_type_of(own) == "Battles" and event_type_of(sub_event) == "Strategic developments"
    # "Just days after a chemical attack, a woman was killed": an act set days before the one told
    # is background, unless the sentence only places it ("The kidnapping came a week after …")
    # ("settlers rampaged through Huwara … after a Palestinian gunman killed two Israeli brothers earlier in the day":
    # an act the phrase itself sets earlier is another event, told in passing)
    set_apart = own is not None and event_type_of(own) in VIOLENT_TYPES | {"Riots"} \
        and (((gap := interval_clause(trigger)) is not None and gap.inside) or EARLIER_ACT_DAY.search(sentence, start, end) is not None) \
        and not re.search(r"\b(?:came|comes|follows|followed)\b", rest)
    found = RULE_FOR[own].search(rest) if development or fighting_after_development or set_apart else None
    if found is None:
        return None
    token = token_ending_at(span.doc, span.start_char + found.end())
    return (own, token) if token is not None else None


def act_beside_motive(span, sentence: str):
    """(sub-event type, trigger) of the act told beside a motive phrase, when the sentence was
    typed by the act the phrase names: "Militants attacked an army post … to avenge two
    commanders killed in an air strike" is an attack on the post, not an air strike."""
    motives = motive_spans(span)
    if not motives:
        return None
    rest = sentence
    for start, end in motives:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    own = classify_sub_event(rest)
    found = RULE_FOR[own].search(rest) if own is not None else None
    token = token_ending_at(span.doc, span.start_char + found.end()) if found is not None else None
    return (own, token) if token is not None else None


EARLIER_ACT_DAY = re.compile(r"\b(?:earlier (?:in|on) the day|earlier that day|earlier on \w+day|hours earlier|a day earlier|the day before)\b", re.I)


def act_in_since_clause(trigger, sentence: str, sub_event: str, dates: list) -> bool:
    """Whether the act found only starts the period the sentence tells: "Israel has kept up strikes
    in Lebanon since the truce took effect" reports no truce; "has attacked villages since it took
    control of the state capital in December" no capture. An act the clause gives a day of its own
    may be news ("Fighting has killed 50 since rebels seized the town on Monday")."""
    around = earlier_act_around(trigger)
    if around is None or not sentence[around[0] :].lower().startswith("since"):
        return False
    start = trigger.sent.start_char
    return sub_event == "Agreement" or not any(
        d.date.precision is DatePrecision.DAY and around[0] <= d.start - start < around[1] for d in dates)


def act_the_event_came_after(span, trigger):
    """(sub-event type, trigger) of the violent act in "The attack came two days after al Shabaab
    militants killed five soldiers": the subject points back at the event just told; the clause
    tells another, on a day the distance sets. So does the object of "followed"."""
    verb = governing_verb(trigger)
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() not in ("come", "follow"):
        return None
    if (gap := interval_clause(trigger)) is None or gap.inside:
        # "The killings followed an ambush by Assad loyalists … that killed nine": the act followed
        followed = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb.lemma_.lower() == "follow" else None
        own = classify_sub_event(followed.text) if followed is not None else None
        return (own, followed) if own is not None and event_type_of(own) in VIOLENT_TYPES else None
    clause = span.doc.text[gap.start : gap.end]
    own = classify_sub_event(clause)
    found = RULE_FOR[own].search(clause) if own is not None and event_type_of(own) in VIOLENT_TYPES else None
    token = token_ending_at(span.doc, gap.start + found.end()) if found is not None else None
    return (own, token) if token is not None else None


def act_a_development_followed(event: Event, span, earlier_acts: list[tuple[int, int]], found_dates: list, actors: list[ActorMention],
                               places: list[Place], stage: str) -> Event | None:
    """The violent act an "after …" phrase tells on a day or with a toll of its own, when the
    sentence's own act is a development that followed it: "Police arrested 30 people after
    clashes between rival student groups on Monday left more than 100 injured" tells the clashes
    too (ACLED codes both). None when the phrase tells no such act."""
    if event_type_of(event.sub_event_type) != "Strategic developments":
        return None
    for start, end in earlier_acts:
        clause = span.text[start:end]
        sub_event = classify_sub_event(clause)
        if sub_event is None or event_type_of(sub_event) not in VIOLENT_TYPES | {"Riots"} or TALLY_RE.search(clause):
            continue  # ("after more than a week of clashes that killed 130": many acts, summed)
        fatalities, injuries = read_casualties(clause, FATALITY_PATTERNS, []), read_casualties(clause, INJURY_PATTERNS, [])
        days = [d for d in found_dates if span.start_char + start <= d.start < span.start_char + end and d.date.precision is DatePrecision.DAY]
        if not (fatalities or injuries or days):
            continue  # "arrested after the attack": the act told before, no news of its own here
        told = _clause_event(event, span, span.start_char + start, clause, sub_event, days[0].date if days else event.date, actors, places, stage,
                             fatalities, injuries, by_codebook=True)
        if told is not None:
            return told
    return None
