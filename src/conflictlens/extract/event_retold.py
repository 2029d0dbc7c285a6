"""Events a report tells twice, by two sources or in two paragraphs, merged into one.

In: the events stage's events, in the order the text tells them. Out: the same events with each
second telling folded into the first (``told_again_merged``): the first telling is the record;
the later one adds what it lacked (a day, a town for a province, a named doer for a generic
one, a toll), and a different toll stays beside the first's as another source's. Which
sentences tell the same act again is decided by the day, the place, the doer and how close the
tellings stand, each rule below saying which retelling it reads.
"""

from __future__ import annotations

import dataclasses
import re

from ..gazetteer.points import haversine_km
from ..model import ActorCategory, ActorMention, DatePrecision, Event, FuzzyDate, Place, SourcedQuantity
from .event_context import TOLD_RIGHT_AFTER_CHARS, night_begun, within_week, without_own_day
from .quantities import SMALL_COUNT_WORDS
from .taxonomy import EXPLOSIVE_TYPES, STANDOFF_TYPES
from .tolls import ELSEWHERE, VIOLENT_TYPES, counts_exactly, fuller_toll


def _breadth(place: Place) -> int:
    """A town 0, a district 1, a province 2, a country 3, a continent 4."""
    if place.level == "region":
        return 1 if place.feature_code in ("ADM2", "ADM3", "ADM4") else 2
    return {"country": 3, "continent": 4}.get(place.level, 0)


def _places_agree(told: Event, again: Event) -> bool:
    """The same place; or the later telling in a town inside the province or country first named,
    when its toll is no smaller: a smaller one there is a part of the first ("39 killed in Idlib
    province … three of them in Saraqeb"), not the same event told again. Two different towns
    are two events, and an event placed nowhere is not known to be either."""
    a, b = told.location, again.location
    if a is None or b is None:
        return False
    if a.gazetteer_id == b.gazetteer_id:
        return True
    if a.country_code != b.country_code or _breadth(a) <= _breadth(b):
        return False
    if told.fatalities is not None and again.fatalities is not None and (again.fatalities.best or 0) < (told.fatalities.best or 0):
        return False
    # (and a district told, then a town in it: "in North Waziristan district" … "in the Datta Khel area")
    return a.level == "country" or (a.feature_code == "ADM1" and b.admin1 == a.name) or (a.feature_code == "ADM2" and b.admin2 == a.name)


def _told_vaguer(told: Event, again: Event) -> bool:
    """The later telling, with no toll of its own, placed only in the country (or first-level
    region) the first telling's place lies in: 'said the group had used a "hypersonic" missile in
    the attack, and vowed to impose an "air blockade" on Israel', after the missile that struck
    near the airport outside Tel Aviv."""
    a, b = told.location, again.location
    return a is not None and b is not None and again.fatalities is None and a.country_code == b.country_code and a.gazetteer_id != b.gazetteer_id \
        and (b.level == "country" or (b.feature_code == "ADM1" and a.admin1 == b.name))


def _same_place(told: Event, again: Event) -> bool:
    return told.location is not None and again.location is not None and told.location.gazetteer_id == again.location.gazetteer_id


def _days_agree(a: FuzzyDate, b: FuzzyDate) -> bool:
    # a date the sentence does not give (none, or the report's own) does not tell another day
    if without_own_day(a) or without_own_day(b):
        return True
    # ("attacked the town overnight", in a Friday report, then "shortly after midnight on Thursday": one night)
    return a.precision is DatePrecision.DAY and b.precision is DatePrecision.DAY and (a.value == b.value or night_begun(b, a))


def _doers_agree(a: ActorMention | None, b: ActorMention | None) -> bool:
    if a is None or b is None or a.generic or b.generic or a.actor_id == b.actor_id:
        return True
    if a.category is None or b.category is None:
        return True  # a name the dictionary does not know (often an outlet's credit) contradicts no one
    # "A Russian missile attack …. Russia launched a Kh-59 missile at the city": one state, told two ways
    # (abroad, a state's forces are external forces, inter code 8: still that state)
    state = (ActorCategory.STATE_FORCES, ActorCategory.EXTERNAL_OTHER)
    return a.country_code is not None and a.country_code == b.country_code and a.category in state and b.category in state


def told_again_merged(events: list[Event]) -> list[Event]:
    """Events the report tells twice, by two sources or in two paragraphs ("Gunmen killed seven
    villagers in Zamfara on Sunday, police said. Residents said at least 11 died when the gunmen
    stormed Kaura Namoda on Sunday"), as one: same sub-event type, same day, the same place (or
    see ``_places_agree``), no two different named doers. The first telling is the record; the
    later one adds what it lacked (a town for a province, a named doer for a generic one), and a
    different toll stays beside the first's as another source's, as the other-sources sentences
    do ("activists put the toll higher")."""
    merged: list[Event] = []
    # ("… looted shops in Maputo and in Nampula": one event a town listed, none of them the whole
    # country's unrest told before, whose dead the sentence does not place)
    spans = [(e.evidence.start, e.evidence.end) for e in events]
    listed = {span for span in spans if spans.count(span) > 1}
    for event in events:
        if (event.evidence.start, event.evidence.end) in listed and any(told.location is not None and told.location.level == "country" for told in merged):
            merged.append(event)
            continue
        if ANOTHER_ONE.search(event.evidence.text) or ELSEWHERE.search(event.evidence.text):
            # "Another strike on the town of Aitaroun killed two people", "In Gulu, a separate protest
            # turned deadly": a second event ("A strike on a car killed two, while another strike …"
            # may retell the first event's parts)
            if event.actor1 is None and merged and merged[-1].sub_event_type == event.sub_event_type and ONE_MORE.search(event.evidence.text):
                # ("a second strike on a house in Aitaroun wounded two": one more of the same doer's)
                event = dataclasses.replace(event, actor1=merged[-1].actor1)
            merged.append(event)
            continue
        if merged and _same_dead_again(merged[-1], event):
            # "Israeli forces have killed three Palestinians during a raid on Jenin …. The ministry
            # said the three were shot dead by Israeli troops early on Wednesday": the day of the same dead
            told = merged[-1]
            if told.sub_event_type == "Attack" and event.sub_event_type in EXPLOSIVE_TYPES | STANDOFF_TYPES:
                told = dataclasses.replace(told, event_type=event.event_type, sub_event_type=event.sub_event_type)  # by the means, as ACLED types
            merged[-1] = _with_second_telling(told, event)
            continue
        if merged and _means_of(merged[-1], event):
            # "There was a terrorist attack at the central market today. A bomb was thrown at a
            # soda shop by its entrance": the second sentence says how; ACLED types by the means
            told = merged[-1]
            merged[-1] = _with_second_telling(dataclasses.replace(told, event_type=event.event_type, sub_event_type=event.sub_event_type), event)
            continue
        if merged and _same_victims_again(merged[-1], event):
            # "Rebels killed five construction workers in Papua on Tuesday. The West Papua National
            # Liberation Army attacked the workers in Puncak regency": the same workers, told again
            merged[-1] = _with_second_telling(merged[-1], event)
            continue
        if merged and _toll_of_the_act_told(merged[-1], event):
            # "… attacked the school … and abducted 25 students. ¶ He said a vice principal was killed
            # during the attack while a guard was injured": that act's toll, whatever type the words suggest
            merged[-1] = _with_second_telling(merged[-1], event)
            continue
        if (told_at := _same_dead_told_in_full(merged, event)) is not None:
            # ("… a day after nine Turkish soldiers were killed in an attack on a military base in the region. ¶ On Friday,
            # PKK militants infiltrated a base … and clashed with Turkish troops, killing nine soldiers"): the act told in
            # passing, then in full with its doer, typed as the full telling says
            told = merged[told_at]
            merged[told_at] = _with_second_telling(dataclasses.replace(told, event_type=event.event_type, sub_event_type=event.sub_event_type), event)
            continue
        if merged and _scene_named_after_near(merged[-1], event):
            # "the attack on the concert hall outside Moscow …. Gunmen burst into the hall in
            # Krasnogorsk": the town near the place first named is the scene
            merged[-1] = dataclasses.replace(_with_second_telling(merged[-1], event), location=event.location)
            continue
        matching = [i for i, told in enumerate(merged) if (told.sub_event_type == event.sub_event_type or _armed_or_not(told, event))
                      and (told.event_type in VIOLENT_TYPES or told.event_type == "Riots" or told.sub_event_type in TOLD_ONCE_DEVELOPMENTS)
                      and (_days_agree(told.date, event.date) and told.sub_event_type == event.sub_event_type
                           and (told.date.precision is DatePrecision.DAY and (_places_agree(told, event) or _retold_right_after(told, event) or _told_vaguer(told, event)))
                           or _days_agree(told.date, event.date) and _gives_the_day_right_after(told, event)
                           # ("abducted … earlier this week", then "The six were abducted on Monday" there: its day)
                           or (told.event_type in VIOLENT_TYPES and within_week(event.date, told.date) and _places_agree(told, event)))
                      and _doers_agree(told.actor1, event.actor1)]
        # (the event told at the very place before one told over the whole country: "Police fired … in
        # Maputo", after the unrest across Mozambique and the riots in Maputo and Nampula)
        first = next((i for i in matching if _same_place(merged[i], event)), matching[0] if matching else None)
        if first is None:
            merged.append(event)
            continue
        if _armed_or_not(merged[first], event) and merged[first].actor2 is None and event.sub_event_type == "Attack":
            # (a lede's clash against no side named, told right after as an attack on worshippers: the attack)
            merged[first] = dataclasses.replace(merged[first], event_type=event.event_type, sub_event_type=event.sub_event_type)
        merged[first] = _with_second_telling(merged[first], event)
    return merged


# who cannot fight back: the retelling that names them makes the act an attack
UNARMED_TARGETS = re.compile(r"\b(?:worshippers|congregation|church(?:goers)?|mosque|villagers|civilians|residents|shoppers|market|school|pupils|students|patients|hospital|wedding|funeral|displaced)\b", re.I)


def _armed_or_not(told: Event, again: Event) -> bool:
    """Whether the two tellings differ only in whether the other side fought back (an attack on
    people who cannot, and a clash), which a lede with no day often leaves the next sentence to tell ("The death toll
    from an attack by … rebels on a church has risen to 43. ¶ Fighters of the ADF stormed the
    church … early Sunday")."""
    attack = told if told.sub_event_type == "Attack" else again
    return {told.sub_event_type, again.sub_event_type} == {"Attack", "Armed clash"} and UNARMED_TARGETS.search(attack.evidence.text) is not None \
        and _gives_the_day_right_after(told, again)


# words that open the telling of a second event of the kind just told
# one more strike of the same arms ("a second strike", "another drone"; not "another great man was killed")
ONE_MORE = re.compile(r"\b(?:another|a second|a third)\s+(?:[\w-]+\s+)?(?:air\s?strike|strike|raid|missile|rocket|drone|shell|bomb|blast|explosion)s?\b", re.I)
# ("Lebanon's health ministry said a second strike …": after whoever tells it)
ANOTHER_ONE = re.compile(r"^\W*(?:(?:[\w'’.-]+\s+){1,5}?(?:said|says|reported|added)\s+(?:that\s+)?)?(?:(?:in|on)\s+)?(?:another|a second|a third|a separate|separately|elsewhere)\b", re.I)


# Strategic developments that are one act on one day, so a second telling is the same act ("captured
# the town on Sunday" … '"Fano fighters entered in the afternoon without a fight," one resident said').
# Arrests, agreements and the like are not: two of them on a day are two.
# (and interceptions: "air defences destroyed 45 drones over Bryansk", then the ministry's words quoted)
TOLD_ONCE_DEVELOPMENTS = frozenset({"Non-violent transfer of territory", "Headquarters or base established", "Disrupted weapons use"})

# the bare words of a first telling that says an attack happened but not with what
BARE_ATTACK_WORDS = frozenset({"attack", "attacks", "attacked", "action", "actions"})
def _means_of(told: Event, again: Event) -> bool:
    """Whether ``again``, the event told right after ``told``, names the means of the attack
    ``told`` gave only as an attack: an explosive the same day, at the same place (or where one
    of them places nothing), by no other named doer; or artillery or aircraft of the same named
    doer ("The RSF killed more than 100 people in an attack on a village …. RSF fighters attacked
    the village twice with heavy artillery"). A generic doer is not enough for those: "gunmen
    attacked a village … the army shelled rebel positions" are two events."""
    if not (told.sub_event_type == "Attack" and told.date.precision is DatePrecision.DAY
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS
            and _days_agree(told.date, again.date)
            # told right after, a sentence that places nothing is about the same attack
            and (told.location is None or again.location is None or _places_agree(told, again))):
        return False
    if again.sub_event_type in EXPLOSIVE_TYPES:
        return (told.trigger or "").lower() in BARE_ATTACK_WORDS and _doers_agree(told.actor1, again.actor1)
    return (again.sub_event_type in STANDOFF_TYPES and told.actor1 is not None and again.actor1 is not None
            and not told.actor1.generic and again.actor1.actor_id == told.actor1.actor_id)


# the dead just counted, named again: "The men were killed on Sunday near the town of Wabag"
THE_SAME_DEAD = re.compile(r"^\W*(?:the|those|all)\s+(?:\w+\s+)?(?:men|women|victims|dead|people|villagers|civilians|soldiers|passengers)\s+"
                           r"(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|shot|slain|murdered)\b", re.I)


def _same_dead_again(told: Event, again: Event) -> bool:
    """The sentence right after a lede with no day counts the same dead, killed by the same named
    doer, places nothing of its own and gives the day: the lede told again, whatever type each
    sentence's words suggest. So does one that names the lede's dead again ("The men were
    killed on Sunday near …") and places them where the lede is, and one that places the lede's
    dead, counted and named alike, that the lede placed nowhere."""
    if (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES and told.fatalities is not None
            and again.fatalities is None and THE_SAME_DEAD.match(again.evidence.text)
            and without_own_day(told.date)
            and (again.location is None or _places_agree(told, again))
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS):
        return True
    if (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES and told.location is None and again.location is not None
            and told.fatalities is not None and again.fatalities is not None and told.fatalities.best == again.fatalities.best
            and told.fatalities.victims == again.fatalities.victims and _days_agree(told.date, again.date)
            and _doers_agree(told.actor1, again.actor1) and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS):
        return True  # "At least 25 civilians have been killed …. Overnight airstrikes on Raqqa killed 25 civilians": where
    return (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES
            and told.date.precision is DatePrecision.UNKNOWN and again.date.precision is DatePrecision.DAY and again.location is None
            and told.fatalities is not None and again.fatalities is not None and told.fatalities.best == again.fatalities.best
            and told.actor1 is not None and again.actor1 is not None and not told.actor1.generic and told.actor1.actor_id == again.actor1.actor_id
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS)


def _told_on_right_after(told: Event, again: Event, same_toll: bool = False) -> bool:
    """Violence told right after violence, with no other day, no toll of its own (or, with
    ``same_toll``, the first's count again) and no other named doer."""
    toll_agrees = again.fatalities is None or (same_toll and told.fatalities is not None and again.fatalities.best == told.fatalities.best)
    return (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES and toll_agrees
            and _days_agree(told.date, again.date) and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS
            and _doers_agree(told.actor1, again.actor1))


# a count of people, and the last word of the noun counted: "killed five construction workers"
COUNTED_PEOPLE = re.compile(rf"\b(?:\d+|{SMALL_COUNT_WORDS}|dozens of|scores of)\s+(?:[a-z-]+\s+){{0,2}}?"
                            r"(?P<noun>workers|villagers|passengers|worshippers|students|pupils|civilians|farmers|herders|miners|traders|"
                            r"pilgrims|tourists|soldiers|policemen|officers|guards|fishermen|teachers|travellers|travelers|motorists|residents)\b", re.I)


def _same_victims_again(told: Event, again: Event) -> bool:
    """The sentence right after a violent event (see ``_told_on_right_after``) that names the
    event's victims again with "the" ("killed five construction workers …. The rebels attacked
    the workers in Puncak"): the same event, whatever type each sentence's words suggest."""
    if not _told_on_right_after(told, again):
        return False
    counted = COUNTED_PEOPLE.search(told.evidence.text)
    return counted is not None and re.search(rf"\b(?:the|those|these)\s+{counted['noun']}\b", again.evidence.text, re.I) is not None


# the dead or hurt of the act just told, named by what it was: "was killed during the attack"
# (not "the attack on Saturday", "an attack", "the first attack": another one, or a day of its own)
KILLED_IN_THE_TOLD = re.compile(r"\b(?:killed|shot dead|wounded|injured|hurt|died)\s+(?:\w+\s+){0,2}?(?:during|in|in the course of)\s+the\s+"
                                r"(?:attack|raid|assault|ambush|incursion|abduction|kidnapping|attacks)\b(?!\s+(?:on|in|at)\s+(?:\w+\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))", re.I)


def _same_dead_told_in_full(merged: list[Event], again: Event) -> int | None:
    """Where among the last two events the one is that ``again`` tells in full: the same day and
    the same count of dead (not none), a few sentences on, with no place elsewhere, the first with no doer
    named and the second naming one."""
    for index in range(len(merged) - 1, max(-1, len(merged) - 3), -1):
        told = merged[index]
        if (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES and told.actor1 is None
                and again.actor1 is not None and not again.actor1.generic
                and told.date.precision is DatePrecision.DAY and again.date.precision is DatePrecision.DAY and told.date.value == again.date.value
                and told.fatalities is not None and again.fatalities is not None and told.fatalities.best and told.fatalities.best == again.fatalities.best
                and (told.location is None or again.location is None or _same_place(told, again))
                and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS):
            return index
    return None


def _toll_of_the_act_told(told: Event, again: Event) -> bool:
    """A sentence right after a violent act, with no day and no place of its own, whose dead or
    hurt were killed "during the attack": the act's toll, told in a sentence of its own."""
    return (told.event_type in VIOLENT_TYPES and again.event_type in VIOLENT_TYPES
            and again.date.precision is DatePrecision.UNKNOWN and again.location in (None, told.location)
            and KILLED_IN_THE_TOLD.search(again.evidence.text) is not None
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS
            and _doers_agree(told.actor1, again.actor1))


# "outside Moscow", "near the town of X", "on the outskirts of Y": the scene is not the place named
NEAR_BEFORE = re.compile(r"\b(?:outside|near|nearby|close to|on the outskirts of|(?:north|south|east|west)(?:-?(?:east|west))? of)\s+(?:the\s+)?(?:\w+\s+){0,3}$", re.I)
NEAR_KM = 60  # a town this close to the one named is its "outside"


def _scene_named_after_near(told: Event, again: Event) -> bool:
    """A lede that places its event near a town ("the attack on a concert venue outside
    Moscow") and, right after (see ``_told_on_right_after``), a sentence of violence that names
    a town close by ("Gunmen burst into the hall in Krasnogorsk"): the second sentence tells the
    first's event and names its scene."""
    a, b = told.location, again.location
    # ("… hours after an attack on a company's headquarters near Ankara killed five people. ¶ Two
    # assailants … attacked the complex in the Kahramankazan district …, killing five people")
    if (not _told_on_right_after(told, again, same_toll=True) or a is None or b is None or a.level != "point" or not (b.level == "point" or b.feature_code == "ADM2")
            or a.gazetteer_id == b.gazetteer_id or None in (a.latitude, a.longitude, b.latitude, b.longitude)):
        return False
    before = told.evidence.text[: max(0, a.evidence.start - told.evidence.start)]
    return NEAR_BEFORE.search(before) is not None and haversine_km((a.latitude, a.longitude), (b.latitude, b.longitude)) <= NEAR_KM


def _retold_right_after(told: Event, again: Event) -> bool:
    """A sentence a few lines on that gives the event neither a day nor a place of its own ('"We
    lost 11 soldiers and killed many of the attackers," he said') tells the same one again."""
    # the report's own date (the dateline's, taken when a sentence gives none) is no day of its own
    return (again.location is None and without_own_day(again.date)
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS)


def _gives_the_day_right_after(told: Event, again: Event) -> bool:
    """A lede with no day ("Jihadists killed dozens of civilians in central Mali's Bandiagara
    region, officials said Wednesday") and, right after, a sentence that places nothing of its
    own and gives the day ('"The assailants arrived on motorbikes on Monday evening and fired on
    everyone"'): the second tells when the first happened."""
    # (the report's own date is no day of the event's; a place the lede took from this very
    # sentence is no other place: "The assailants stormed Egbekaw, near the town of Mamfe, on Monday night")
    return ((without_own_day(told.date) or night_begun(again.date, told.date)) and again.date.precision is DatePrecision.DAY and again.date.basis == "text"
            and (again.location is None or _places_agree(told, again))
            # (not one with more dead than the lede's: "On Sunday, a massive missile and drone strike … killed at least seven")
            # (its own count, not another source's figure the sentences after it gave it: "The Sovereignty Council said 104 …")
            and not (again.fatalities is not None and told.fatalities is not None and (again.fatalities.best or 0) > (told.fatalities.best or 0)
                     and (again.fatalities_evidence is None or again.evidence.start <= again.fatalities_evidence.start < again.evidence.end))
            and 0 <= again.evidence.start - told.evidence.end <= TOLD_RIGHT_AFTER_CHARS)


def _with_second_telling(told: Event, again: Event) -> Event:
    # "Zamfara state", then "the village of Kaura Namoda": the village
    if told.location is None or again.location is None:
        location = told.location or again.location
    else:
        location = again.location if _breadth(again.location) < _breadth(told.location) else told.location
    # a named side the dictionary knows replaces a generic one or an unknown name (often a news
    # agency's credit the model took for an organisation); an unknown name replaces nothing
    named_again = again.actor1 is not None and not again.actor1.generic and again.actor1.category is not None
    unnamed_first = told.actor1 is not None and (told.actor1.generic or told.actor1.category is None)
    actor1 = told.actor1 if told.actor1 is not None and not (unnamed_first and named_again) else again.actor1
    if actor1 is not None and actor1.category is None and told.actor1 is None:
        actor1 = None
    fatalities, fatalities_evidence, others = told.fatalities, told.fatalities_evidence, told.other_estimates + again.other_estimates
    superseded = told.superseded_fatalities
    if fatalities is None:
        fatalities, fatalities_evidence = again.fatalities, again.fatalities_evidence or again.evidence
    elif counts_exactly(fatalities, again.fatalities):
        # "dozens", then "He put the toll at 40 dead": the count the vague word stood for
        fatalities, fatalities_evidence = again.fatalities, again.fatalities_evidence or again.evidence
    elif again.fatalities is not None and (fuller := fuller_toll(told, again.fatalities, again.evidence.text, again.fatalities_evidence or again.evidence)) is not None:
        # "had killed a senior commander …", then "at least 90 people were killed … in the strike": the strike's toll
        fatalities, fatalities_evidence, superseded = fuller.fatalities, fuller.fatalities_evidence, fuller.superseded_fatalities
    elif again.fatalities is not None and again.fatalities.best != fatalities.best:
        others += (SourcedQuantity(again.fatalities, again.fatalities_evidence or again.evidence),)
    # the retelling may speak from the other side ("We lost 11 soldiers and killed many of the
    # attackers"): its target is the event's only when its doer is the event's doer
    same_doer = again.actor1 is None or (actor1 is not None and (again.actor1.actor_id == actor1.actor_id or (
        again.actor1.generic and again.actor1.category == actor1.category)))
    actor2 = told.actor2 or (again.actor2 if same_doer else None)
    if named_again and unnamed_first and told.actor2 is not None and told.actor2.actor_id == again.actor1.actor_id:
        # ("Troops … repelled an attack by ISWAP fighters …. The terrorists … attacked the base": the side told
        # as the target started it, and ACLED writes the one who started it first)
        actor1, actor2 = told.actor2, told.actor1
    if actor1 is again.actor1 and told.actor1 is None and again.actor2 is not None and (actor2 is None or actor2.generic) and not again.actor2.generic:
        # "clashes between two rival militias …. The fighting broke out between the 444th Brigade and
        # the Special Deterrence Force": the retelling names both sides
        actor2 = again.actor2
    # the day the retelling writes, where the first telling had none or only the report's own date
    told_no_day = without_own_day(told.date) or within_week(again.date, told.date) or night_begun(again.date, told.date)
    date = again.date if told_no_day and again.date.basis == "text" and again.date.precision is DatePrecision.DAY else told.date
    return dataclasses.replace(told, date=date, location=location, actor1=actor1, actor2=actor2, fatalities=fatalities,
                               fatalities_evidence=fatalities_evidence, superseded_fatalities=superseded, injuries=told.injuries or again.injuries,
                               other_estimates=others)
