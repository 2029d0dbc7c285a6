"""Which toll is an event's, across one article: later revisions, another source's figures,
parts of a toll, the headline's own count and the event a report is about.

In: the events the events stage read sentence by sentence (each with the toll its own sentence
gives) and the sentences that only update a toll ("the death toll rose to 31"). Out: one record
per event, each with the toll that stands and the figures it superseded (kept on record), and
the headline's exact toll folded into the main event when it is larger, unless it only rounds a
body figure, adds up the first events the body tells or counts a period's or a war's dead
(``PERIOD_TALLY``, ``WAR_TALLY``). ACLED's conventions apply: a later,
larger toll of the same event supersedes; a vague word ("several", "dozens") gives way to the
count it stood for; a vague word never revises a count. Where sources differ the lowest figure
stands: the events stage uses ``OTHER_SOURCES_TOLL`` to keep another source's figure from raising
a toll. No parse is needed.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import ActorMention, Article, DatePrecision, Event, Evidence, FuzzyDate, Place, Quantity
from .casualties import FATALITY_PATTERNS, read_casualties
from .quantities import HEDGES_LOWER, QUANTITY_RE, VAGUE, parse_quantity
from .taxonomy import EXPLOSIVE_TYPES, STANDOFF_TYPES

# Words that mark a later figure as a revision of an earlier one: "the death toll rose to 43",
# "bringing the toll to", "in all". Only then, or for the same kind of event in the same place,
# is a later event sentence's figure the same event's.
TOLL_REVISION_WORDS = re.compile(r"\b(toll|ris(en|es|e)|rose|climbed|increased to|jumped to|updated|in all|in total|altogether|overall|total of|bringing the|the number of (people|civilians|those) (killed|dead))\b", re.I)
# Told after the event, neither revises it: another source's figure ("the monitor gave a toll of
# 48", "activists put the toll higher") — a toll said to have risen is a revision ("gave a new
# toll of 48", "the toll later rose to 50") — nor a part of the toll ("the toll includes 12 fighters")
OTHER_SOURCES_TOLL = re.compile(
    r"^(?!.*\b(rose|risen|rises|climbed|jumped|increased|updated|new|later|now)\b).*("
    r"\b(gave|gives|put|puts|putting|placed|places|estimated|estimates)\b[^.]{0,40}\btoll\b"
    r"|\btoll\b[^.]{0,20}\b(higher|lower)\b"
    # "Other media reports suggest that at least 14 people were killed"
    r"|^\W*(other|some|several|separate|unconfirmed) (\w+ )?(reports|sources|accounts|estimates)\b"
    # "Another source said more than 50 soldiers had been killed"
    r"|^\W*(another|a second|a third|a different) (\w+ )?(source|official|witness|resident|medic|doctor)\b"
    # "An Associated Press journalist saw the bodies of three protesters outside parliament": a witness's count
    r"|\b(journalists?|reporters?|photographers?|correspondents?|witness(es)?|residents?) (\w+ )?(saw|counted|filmed|photographed) (the )?bod(y|ies)\b)",
    re.I,
)
# an earlier count of the event told: "Kyiv Mayor Vitali Klitschko said earlier on Thursday that 12
# people had been killed and 90 wounded", before the toll rose
EARLIER_COUNT = re.compile(r"\bsaid\s+earlier\b[^.;]{0,60}?\b(?:killed|dead|died|wounded|injured)\b|\b(?:an|the)\s+earlier\s+(?:toll|count|figure)\b", re.I)
# ("the toll includes …"; "seven of the dead belonged to the factions", "Most of the dead were civilians")
PART_OF_TOLL = re.compile(r"\btoll\b[^.]{0,20}\b(includes|included|including)\b"
                          r"|\b(?:\d+|[a-z]+)\s+of\s+the\s+(?:dead|victims|fatalities)\s+(?:were|was|belonged|are|included)\b"
                          # ("The dead included a former lawmaker and two soldiers")
                          r"|^\W*the\s+(?:dead|victims|fatalities)\s+(?:included|include|were\s+mostly)\b", re.I)
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


# "In Kisumu, a separate protest turned deadly", "in another attack": the writer says it is
# not the event told before, whatever the two records share
ELSEWHERE = re.compile(r"\b(?:a separate|separately|elsewhere)\b", re.I)
ANOTHER_EVENT = re.compile(ELSEWHERE.pattern + r"|\banother (?:attack|protest|demonstration|strike|raid|incident|clash|blast|explosion|bombing|ambush)\b", re.I)


def _same_event(earlier: Event, later: Event) -> bool:
    if ANOTHER_EVENT.search(later.evidence.text):
        return False
    if earlier.event_type not in VIOLENT_TYPES or later.event_type not in VIOLENT_TYPES:
        return earlier.sub_event_type == later.sub_event_type and compatible_places(earlier.location, later.location) and _compatible_dates(earlier.date, later.date)
    if not (_compatible_dates(earlier.date, later.date) and compatible_places(earlier.location, later.location)):
        return False
    if TOLL_REVISION_WORDS.search(later.evidence.text) or counts_exactly(earlier.fatalities, later.fatalities):
        return True
    same_place = earlier.location is not None and later.location is not None and earlier.location.name == later.location.name
    return earlier.sub_event_type == later.sub_event_type and same_place


def counts_exactly(vague: Quantity | None, exact: Quantity | None) -> bool:
    """"Dozens killed in Qamishli attack" then "a car bomb killed at least 44": the later figure
    is the count the vague word stood for, when it lies in the word's range."""
    if vague is None or exact is None or vague.hedge not in VAGUE or exact.hedge in VAGUE or exact.best is None:
        return False
    return (vague.low or 0) <= exact.best and (vague.high is None or exact.best <= vague.high)


def _compatible_dates(a: FuzzyDate, b: FuzzyDate) -> bool:
    if a.value is None or b.value is None or a.basis != "text" or b.basis != "text":
        return True
    a_end, b_end = a.end or a.value, b.end or b.value
    return a.value <= b_end and b.value <= a_end


def compatible_places(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None or a.name == b.name:
        return True
    # one inside the other: "Aleppo province" and "the city of Aleppo" can name the same scene
    return bool(a.admin1 and a.admin1 in (b.admin1, b.name)) and a.precision != b.precision


@dataclasses.dataclass(frozen=True)
class TollUpdate:
    """A sentence that only updates a toll ("the death toll rose to 31"): no event of its own."""

    evidence: Evidence
    fatalities: Quantity


# A sentence about the toll itself, with no event of its own: "the death toll rose to 31".
# the dead of a whole war, not of an event: "More than 7,000 people have been killed in the
# conflict", "the insurgency has killed more than 10,000 people" (a present perfect over the war's span)
WAR_TALLY = re.compile(r"\b(?:ha(?:ve|s)\s+(?:been\s+)?(?:killed|died|lost\s+their\s+lives)|ha(?:ve|s)\s+(?:since\s+)?(?:killed|claimed))\b[^.;]{0,60}?"
                       r"\b(?:in|during|over|since|of)\s+(?:the|this|a|its)\s+(?:[\w-]+\s+){0,2}?(?:conflict|insurgency|war|rebellion|uprising|violence|unrest|crisis|campaign|fighting)\b"
                       r"|\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:conflict|insurgency|war|rebellion|uprising|violence|unrest|crisis)\s+(?:has|have)\s+(?:since\s+)?(?:killed|claimed)\b"
                       # ("More than 1,200 people have been killed in the state since then": counted from a start told before)
                       r"|\bha(?:ve|s)\s+(?:been\s+)?(?:killed|died)\b[^.;]{0,60}?\bsince\s+(?:then|that\s+time)\b"
                       # ("At least 13 peacekeepers … have been killed in the fighting in recent days": many days' dead)
                       r"|\bha(?:ve|s)\s+(?:been\s+)?(?:killed|died)\b[^.;]{0,80}?\b(?:in\s+recent\s+(?:days|weeks|months)|over\s+the\s+(?:past|last)\s+(?:few\s+)?(?:days|weeks|months))\b", re.I)
TOLL_UPDATE_SENTENCE = re.compile(r"\b(death toll|toll|number of (the )?(dead|people killed|victims))\b[^.]{0,60}\b(rose|risen|rises|climbed|jumped|increased|reached|stands|stood|hit|has hit|was|is)\b", re.I)


def supersede_tolls(events: list[Event], updates: list[TollUpdate] = ()) -> list[Event]:
    """Fold a later, larger toll of the same event into the event first reported, and drop the
    later record as its repetition. The event keeps its first evidence; the toll keeps its own.
    A toll-update sentence applies to the latest violent event before it."""
    kept: list[Event] = []
    pending = sorted(updates, key=lambda u: u.evidence.start)
    for event in events:
        while pending and pending[0].evidence.start < event.evidence.start:
            _apply_update(kept, pending.pop(0))
        if any(_repeats(k.evidence.text, event.evidence.text) and k.evidence.start != event.evidence.start for k in kept):
            continue  # a scrape that prints the lede twice (teaser, then body) tells one event; one sentence may tell several
        target = next((i for i in range(len(kept) - 1, -1, -1) if _same_event(kept[i], event)), None)
        if target is None or event.fatalities is None:
            kept.append(event)
            continue
        revised = _with_larger_toll(kept[target], event.fatalities, event.evidence)
        if revised is None:
            kept.append(event)  # a smaller figure is a part of the toll ("nine of them children") or another event
            continue
        # the day the later report writes, where the first had only the report's own date
        date = event.date if revised.date.basis != "text" and event.date.basis == "text" else revised.date
        kept[target] = dataclasses.replace(revised, date=date, injuries=event.injuries or revised.injuries, location=revised.location or event.location)
    for update in pending:
        _apply_update(kept, update)
    return kept


# shorter than this, two sentences can be alike without one copying the other ("Two were killed.")
REPEAT_MIN_CHARS = 60


def _repeats(earlier: str, later: str) -> bool:
    """The later sentence copies the earlier one, perhaps with an attribution added at its end."""
    a, b = earlier.strip().rstrip("."), later.strip().rstrip(".")
    return min(len(a), len(b)) >= REPEAT_MIN_CHARS and (a.startswith(b) or b.startswith(a))


def _apply_update(kept: list[Event], update: TollUpdate) -> None:
    target = latest_violent_index(kept)
    if target is not None:
        kept[target] = _with_larger_toll(kept[target], update.fatalities, update.evidence) or kept[target]


def _with_larger_toll(event: Event, toll: Quantity, evidence: Evidence) -> Event | None:
    """The event with a later, larger toll, or the count its vague word stood for, in place of
    its own (kept on record); None when the new figure revises nothing."""
    # "several fighters were killed", then "it killed six": the count the vague word stood for,
    # even when it is below ACLED's figure for the word
    counted = counts_exactly(event.fatalities, toll)
    if event.fatalities is not None and (toll.best or 0) <= (event.fatalities.best or 0) and not counted:
        return None
    if event.fatalities is not None and toll.hedge in VAGUE and event.fatalities.hedge not in VAGUE:
        return None  # "hundreds" is no revision of a counted "at least 21": it is a wider tally
    return dataclasses.replace(
        event,
        fatalities=toll,
        superseded_fatalities=event.superseded_fatalities + ((event.fatalities,) if event.fatalities else ()),
        fatalities_evidence=evidence,
    )


def with_headline_toll(events: list[Event], article: Article, stage: str) -> list[Event]:
    """A headline's exact toll is the report's own summary of its main event, often written
    after the body's first figure ("Air strikes kill 22" over a lede that counts six): when no
    event already carries it and it is larger than the main event's, it supersedes, as a later
    toll in the body would. A vague one ("dozens") never displaces a counted figure."""
    title = (article.title or "").strip()
    headline_toll = read_casualties(title, FATALITY_PATTERNS, []) if title else None
    if headline_toll is None or headline_toll.best is None or headline_toll.hedge in VAGUE:
        return events
    if any(e.fatalities is not None and (e.fatalities.best == headline_toll.best or _headline_rounds(headline_toll, e.fatalities)) for e in events):
        return events
    if _is_round_up(headline_toll, events) or SEVERAL_PLACES.search(title) or PERIOD_TALLY.search(title) or WAR_TALLY.search(title) \
            or _lede_tells_a_series(article.text, title):
        return events
    main = main_event(events)
    if main is not None and main.event_type not in VIOLENT_TYPES:
        # no event has a toll and the first is a development ("…appointed a new leader"): the
        # headline's dead belong to the first violence the body tells
        main = next((e for e in events if e.event_type in VIOLENT_TYPES), None)
    if main is None:
        return events
    at = article.text.find(title)
    evidence = (Evidence(article.id, at, at + len(title), title, stage) if at >= 0
                else Evidence(article.id, 0, len(title), title, stage, field="title"))
    revised = _with_larger_toll(main, headline_toll, evidence)
    return events if revised is None else [revised if e is main else e for e in events]


# "6 killed in shelling on Damascus, Aleppo and Idleb", "strikes kill 31 across Ukraine": a
# headline that sets its toll in several places adds up several events; it revises none of them
SEVERAL_PLACES = re.compile(r"\b(?:in|on|across)\s+[A-Z][\w'’-]+(?:,?\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+"
                            r"|\b(?:[Aa]cross|[Tt]hroughout)\s+(?:the\s+)?(?:country|nation|[A-Z][\w'’-]+)\b|\b[Nn]ationwide\b")


# "The death toll from a series of attacks … on villages rose to 160": a lede that sums a series
SERIES_OF_ACTS = re.compile(r"(?<!latest in )\b(?:a|the) (?:\w+ )?(?:series|wave|spate|string) of (?:\w+ )?(?:attacks|raids|strikes|killings|bombings|clashes|massacres)\b"
                            # ("after more than a week of clashes that killed at least 130")
                            r"|\b(?:a|one|two|three|several|\d+) (?:days?|weeks?|months?) of (?:\w+ )?(?:fighting|clashes|violence|attacks|strikes|shelling|bombardment)\b", re.I)
LEDE_CHARS = 500


def _lede_tells_a_series(text: str, title: str) -> bool:
    """Whether the report opens on a series of acts, whose sum its headline's toll is."""
    at = text.find(title) if title else -1
    body = text[at + len(title):] if at >= 0 else text
    return SERIES_OF_ACTS.search(body.lstrip()[:LEDE_CHARS]) is not None


# "Over the past month, gangs have killed more than 200 people": a headline that counts a period's
# dead sums many events; it revises none of them
# (a day's summary, "during the past 24 hours", is the report's main news)
PERIOD_TALLY = re.compile(r"\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:days|weeks?|months?|years?)\b|\bsince\b|\bso far\b|\bthis year\b", re.I)


def _is_round_up(headline_toll: Quantity, events: list[Event]) -> bool:
    """"Eight civilians killed in rocket attacks on Aleppo and Homs" over a body that counts six,
    then two, then one: the headline adds up the first events the body tells, it does not revise
    the first one."""
    kept = [e for e in events if e.event_type in VIOLENT_TYPES and _counted(e.fatalities)]
    # (and the first counts, before more dead joined them: "8 militants killed in raids" over six in one
    # district and two in another, where two soldiers died too)
    for counted in ([e.fatalities.best for e in kept], [_first_count(e) for e in kept]):
        running = counted[0] if counted else 0
        for toll in counted[1:]:
            running += toll
            # ("over 80 killed" over 13 on Thursday and 71 on Tuesday and Wednesday: it rounds their sum)
            if running == headline_toll.best or _headline_rounds(headline_toll, Quantity(phrase="", best=running)):
                return True
    return False


def latest_violent_index(events: list[Event]) -> int | None:
    """Where the last violent event on record is: the one a toll sentence with no event of its own is about."""
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES), None)


ONE_OF_THE_ACTS = re.compile(r"\bin\s+(?:one|some|two|three|each)\s+of\s+the\s+(?:[\w-]+\s+)?(?P<kind>strikes|airstrikes|attacks|raids|explosions|blasts|clashes)\b", re.I)
ACTS_OF_KIND = {"strikes": STANDOFF_TYPES, "airstrikes": STANDOFF_TYPES, "explosions": EXPLOSIVE_TYPES, "blasts": EXPLOSIVE_TYPES}


def latest_of_kind(events: list[Event], kind: str) -> int | None:
    """The last violent event of the kind "one of the strikes" names (any violent one, for attacks)."""
    types = ACTS_OF_KIND.get(kind.lower())
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES
                 and (types is None or events[i].sub_event_type in types)), None)


def latest_with_dead(events: list[Event]) -> int | None:
    """The last violent event or riot on record with a toll (else the last violent one): the one
    "Two of the dead were students" is about."""
    counted = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES | {"Riots"} and events[i].fatalities is not None), None)
    return counted if counted is not None else latest_violent_index(events)


# a sentence that opens with its dead and tells no act of its own ("At least seven civilians were killed, …")
TOLL_OPENS = re.compile(r"^\W*(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+)?[\w-]+\s+(?:[\w-]+\s+){0,3}?(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?killed\b", re.I)


def reports_violence(events: list[Event]) -> bool:
    """Whether a violent event is already on record: then a toll sentence naming "the attack"
    revises it; before any, that sentence is the report of its event."""
    return latest_violent_index(events) is not None


def main_event(events: list[Event], title: str | None = None) -> Event | None:
    """The event a report is about: the one whose toll its headline gives, else the first event
    with a toll (the lede's), else the first event."""
    # (a toll of none, "no one was killed", says no more than no toll which event the report is about)
    with_toll = [e for e in events if e.fatalities is not None and e.fatalities.best]
    headline_toll = read_casualties(title, FATALITY_PATTERNS, []) if title else None
    if headline_toll is not None:
        # ("US strikes kill 50 Qaeda fighters" over a lede's "killed 50 militants and eight civilians")
        match = (next((e for e in with_toll if e.fatalities.best == headline_toll.best or _leading_part(headline_toll, e.fatalities)), None)
                 or next((e for e in with_toll if _headline_rounds(headline_toll, e.fatalities)), None))
        if match is not None:
            return match
    return with_toll[0] if with_toll else (events[0] if events else None)


def _leading_part(headline: Quantity, body: Quantity) -> bool:
    """The body's toll adds up groups of dead and the headline gives the first group's."""
    first = QUANTITY_RE.search(body.phrase or "")
    part = parse_quantity(first) if first is not None else None
    return part is not None and part.best == headline.best and body.best is not None and body.best > headline.best


# A headline rounds: "over 80 killed" over a body's "at least 84", "nearly 50" over its 47
ROUNDING_SHARE = 0.25


def _headline_rounds(headline: Quantity, body: Quantity) -> bool:
    """The body's figure is the one the headline's bounded figure rounds (never a vague word's)."""
    if headline.hedge in VAGUE or body.best is None or headline.best is None:
        return False
    if headline.low is not None and headline.high is None:  # "over 80", "more than 30", "at least 16"
        return headline.low <= body.best <= headline.low * (1 + ROUNDING_SHARE)
    if headline.high is not None and headline.low is None:  # "nearly 50", "up to 20"
        return headline.high * (1 - ROUNDING_SHARE) <= body.best <= headline.high
    return False


# how far after a summing lede its parts may be told (a few paragraphs of a wire report)
PARTS_WITHIN_CHARS = 1500


def without_summaries(events: list[Event]) -> list[Event]:
    """A lede that adds up attacks the report then tells one by one ("Gunmen killed 25 people in
    two attacks on Friday and Saturday" … "On Friday, … shot dead 15" … "On Saturday, 10 people
    were killed"): ACLED codes the parts, one event a day and place, and the summing lede would
    count their dead twice. It gives way when two or more counted violent events told right
    after it, on at least two different days (or, for a lede placed no nearer than a province, in
    two or more places), add up to its own exact count; the parts take its place, doer and day
    where they name none. Parts told on one day stay within the lede, as ACLED
    codes same-day violence at one place by the same sides as one event."""
    kept = list(events)
    for lede in events:
        parts = _parts_of(lede, [e for e in kept if e is not lede])
        if not parts:
            continue
        kept = [_with_summary_context(e, lede) if any(e is p for p in parts) else e for e in kept if e is not lede]
    return kept


# ("At least four people were killed as protests turned violent in several cities" … "Two protesters
# were shot dead in Kano" … "In Maiduguri, two people died when protesters clashed …": a day of
# crowds told town by town sums the same way)
CROWD_TYPES = frozenset({"Protests", "Riots"})


def _parts_of(lede: Event, others: list[Event]) -> list[Event]:
    # (a day of unrest's parts may be attacks its crowds made: "supporters … attacked a polling centre
    # with crude bombs", "a party supporter was hacked to death by rivals")
    family = VIOLENT_TYPES if lede.event_type in VIOLENT_TYPES else CROWD_TYPES | VIOLENT_TYPES if lede.event_type in CROWD_TYPES else None
    if family is None or not _counted(lede.fatalities):
        return []
    following = [e for e in others if 0 <= e.evidence.start - lede.evidence.end <= PARTS_WITHIN_CHARS]
    # a sum over a whole country ("killed five people across Ukraine") is no place ACLED can
    # code: its parts in two or more towns are the events
    nationwide = lede.location is None or lede.location.level == "country"
    # so is one over a province ("22 rebels in two gunbattles in Chhattisgarh"), whose parts name its districts or towns
    wide = nationwide or lede.location.level == "region"
    # the violent events told right after the lede, in order, until one has no count of its own
    run: list[Event] = []
    for event in following:
        if event.event_type not in family:
            continue
        if not _counted(event.fatalities):
            break
        run.append(event)
        total = sum(e.fatalities.best for e in run)
        # (a part's first count, before a later sentence added dead of its own: "Eighteen rebels were
        # killed in Bijapur and four in Kanker" sums the lede's 22; "One policeman was also killed")
        first_total = sum(_first_count(e) for e in run)
        # parts on one day add up to one ACLED event (same day, same place): the lede stands
        days = {e.date.value for e in run if e.date.precision is DatePrecision.DAY and e.date.basis == "text"}
        places = {e.location.name for e in run if e.location is not None and e.location.level != "country"}
        # ("killing at least 31 people across Ukraine" … "In Kyiv, 22" … "In Kryvyi Rih, 10": a
        # floor its places' counts may pass, within a headline's rounding)
        floor = nationwide and lede.fatalities.hedge in HEDGES_LOWER
        most = lede.fatalities.best * (1 + ROUNDING_SHARE) if floor else lede.fatalities.best
        if (lede.fatalities.best in (total, first_total) or lede.fatalities.best < total <= most) and len(run) >= 2 \
                and (len(days) >= 2 or (wide and len(places) >= 2)):
            return run
        if min(total, first_total) > most:
            break
    return []


def _first_count(event: Event) -> int:
    first = event.superseded_fatalities[0] if event.superseded_fatalities else None
    return first.best if _counted(first) else event.fatalities.best


def _counted(toll: Quantity | None) -> bool:
    return toll is not None and toll.best is not None and toll.best > 0 and toll.hedge not in VAGUE


def _with_summary_context(part: Event, lede: Event) -> Event:
    def named(own: ActorMention | None, ledes: ActorMention | None) -> ActorMention | None:
        # the lede's named side where the part gives only a generic one ("rebels" for the Maoists)
        return own if own is not None and not (own.generic and ledes is not None and not ledes.generic) else ledes or own

    date = part.date if part.date.precision is not DatePrecision.UNKNOWN else lede.date
    return dataclasses.replace(part, location=part.location or lede.location, actor1=named(part.actor1, lede.actor1),
                               actor2=named(part.actor2, lede.actor2) if part.actor2 is not None else part.actor2, date=date)


# the victim just told, dying later: "The man died of his injuries", "Both women later succumbed to their wounds", "He died in hospital on Wednesday"
DIED_LATER = re.compile(r"^\W*(?:(?P<one>the (?:man|woman|boy|girl|victim|officer|soldier|driver)|he|she"
                        r"|one (?:[\w-]+ ){0,2}?(?:activist|protester|demonstrator|supporter|man|woman|victim|soldier|policeman|officer|student))"
                        r"|the (?:two|three|four|five) \w+|both|they)\b[^.;]{0,60}?"
                        r"\b(?:later\s+)?(?:(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:injuries|wounds)|died\s+(?:later\s+)?(?:in|at)\s+(?:a\s+|the\s+)?hospital"
                        # ("One BNP activist died on the way to hospital.")
                        r"|died\s+(?:on the way|en route|while being (?:taken|rushed))\s+to\s+(?:a\s+|the\s+)?hospital)\b", re.I)


# a count broken down ("three people, including two children, were killed"): an account of all the dead
# (or counted for the act itself: "at least 90 people were killed … in the strike on the al-Tabi'in school")
BROKEN_DOWN = re.compile(r"\b(?:including|among them)\b|\bin\s+the\s+(?:air\s+)?(?:strike|attack|raid|bombing|blast|explosion|shelling)\b", re.I)


def fuller_toll(event: Event, figure: Quantity, sentence: str, evidence: Evidence) -> Event | None:
    """``event`` with a later, larger count broken down by whom it counts, where the event had
    only the one victim its lede named ("killing a senior commander"); None otherwise."""
    told = event.fatalities
    if told is None or told.best != 1 or figure.best is None or figure.best <= 1 or not BROKEN_DOWN.search(sentence) \
            or not re.search(r"\b(?:a|an|the)\b", told.phrase, re.I):
        return None
    return dataclasses.replace(event, fatalities=figure, fatalities_evidence=evidence, superseded_fatalities=event.superseded_fatalities + (told,))
