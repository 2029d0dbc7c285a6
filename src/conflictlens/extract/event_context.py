"""What the sentences around an event add to it: its day, its figures, its second tellings.

In: an event the events stage built from one sentence, and the places, dates and figures of the
sentences near it. Out: the event completed, never with anything the text does not say (where it
happened is ``event_scene``'s; a place taken from a later sentence goes back when that sentence
turns to another event there: "Meanwhile, …"):

* when and how many: a sentence naming the event again ("The attack hit the village on Tuesday")
  gives the day and the place it lacked; one that only names its dead or hurt ("a woman and her
  son were killed") gives figures it lacked, and a figure that differs is left to the toll rules;
  one that tells more dead ("Two separatists were also killed") adds them to its toll.

A protest gets the type of what a sentence telling more of it says happened there ("Riot police
used water cannon … after some protesters threw fireworks"). Places and figures taken from
another sentence are marked less certain than the sentence's own.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from ..model import ActorCategory, ActorMention, DatePrecision, Event, Evidence, FuzzyDate, Place, Quantity, SourcedQuantity
from .casualties import added_tolls
from .quantities import SMALL_COUNT_WORDS, WORD_NUMBERS
from .event_codebook import escalated_protest
from .event_scene import location_of
from .taxonomy import STANDOFF_TYPES, event_type_of
from .tolls import VIOLENT_TYPES


# Openings that turn to another event: "Meanwhile, …", "Elsewhere, …", "In a separate attack, …",
# "A week earlier, …"
TOPIC_SHIFT = re.compile(r"^\W*(meanwhile|elsewhere|separately|in (a |another )?separate|in another|in other|also on|earlier|later"
                         r"|(a|an|one|two|three|four|five|six|\d+) (days?|weeks?|months?) (earlier|later|before)"
                         r"|the (previous|following|next) day)\b", re.I)


def unborrowed(events: list[Event], borrowed: dict[int, Place | None]) -> list[Event]:
    """A place taken from a later sentence goes back when that sentence turns to another event
    there ("Meanwhile, Russian forces captured the village of Novoselivka"). A later sentence
    telling more of the same strike ("the dead in the raids on Raqa were fighters") keeps
    giving its town to the lede, even where it is read as an event of its own."""
    result = list(events)
    for index, original in borrowed.items():
        place = events[index].location
        for other in events:
            if other is events[index] or other.location is None or other.location.evidence.start != place.evidence.start:
                continue
            if TOPIC_SHIFT.match(other.evidence.text):
                result[index] = dataclasses.replace(events[index], location=original)
                break
    return result


def without_own_day(date: FuzzyDate) -> bool:
    """No day of the event's own: none, or only the report's (the dateline's or the publication's)."""
    return date.precision is DatePrecision.UNKNOWN or date.basis != "text"


def completed(event: Event, dates: list, places: list[Place], trigger, sides: tuple = (None, None)) -> Event:
    """``event`` with the day and the place a sentence naming it again gives, where it had none
    (or only the report's date, or only a country or a province the place lies in: "clashes in
    Idlib province …. The fighting, near the town of Saraqeb, …"), and the sides it names where
    the event had none or only generic ones ("clashes between two rival militias …. The fighting
    broke out between the 444th Brigade and the Special Deterrence Force")."""
    named = [a if a is not None and not a.generic and a.category is not None else None for a in sides]
    if named[0] is not None and (event.actor1 is None or event.actor1.generic) and (event.actor2 is None or event.actor2.generic or named[1] is None):
        event = dataclasses.replace(event, actor1=named[0], actor2=named[1] or event.actor2)
    # (a day inside the "last week" told: that day; not the first of two days the retelling joins:
    # "on Sunday and Monday", then "The strikes on Nov. 3 and Nov. 4")
    one_day = sum(d.date.precision is DatePrecision.DAY for d in dates) == 1
    # (or inside the month told: "in January 2024", then "The killings took place on January 29")
    in_month = one_day and event.date.precision is DatePrecision.MONTH and dates[0].date.precision is DatePrecision.DAY \
        and event.date.value is not None and dates[0].date.value is not None and event.date.value <= dates[0].date.value <= (event.date.end or event.date.value)
    if dates and (without_own_day(event.date) or (one_day and within_week(dates[0].date, event.date)) or in_month or night_begun(dates[0].date, event.date)):
        event = dataclasses.replace(event, date=dates[0].date)
    told = event.location
    if told is None or told.level == "country":
        country = told.country_code if told is not None else None
        detail = [p for p in places if p.level in ("point", "region") and (country is None or p.country_code == country)]
    elif told.level == "region" and told.feature_code == "ADM1":
        # (a town or a district in it: "The attack took place near Barkhan", a district of the same name)
        detail = [p for p in places if (p.level == "point" or p.feature_code == "ADM2") and p.country_code == told.country_code and p.admin1 == told.name]
    else:
        detail = []
    if detail:
        place = location_of(detail, trigger)
        event = dataclasses.replace(event, location=dataclasses.replace(place, confidence=round(place.confidence * 0.8, 2)))
    return event


def escalated(event: Event, sentence: str, span, actors: list[ActorMention]) -> Event:
    """A protest just told, with what a sentence that tells more of it says happened there (see
    ``escalated_protest``): demonstrators who turn violent are rioters; the police who
    intervened, named in that sentence, are actor2."""
    sub_event = escalated_protest(event.sub_event_type, sentence)
    if sub_event == event.sub_event_type:
        return event
    actor1, actor2 = event.actor1, event.actor2
    if event_type_of(sub_event) == "Riots" and actor1 is not None and actor1.actor_id == "generic:protesters":
        actor1 = dataclasses.replace(actor1, actor_id="generic:rioters", name="rioters", category=ActorCategory.RIOTERS)
    if actor2 is None:
        actor2 = next((a for a in actors if span.start_char <= a.evidence.start < span.end_char and a.category is ActorCategory.STATE_FORCES), None)
    return dataclasses.replace(event, event_type=event_type_of(sub_event), sub_event_type=sub_event, actor1=actor1, actor2=actor2)


def agrees(told, later) -> bool:
    """Whether a later figure adds to what was told without contradicting it: a different
    figure is a revision, which the toll rules weigh."""
    return told is None or later is None or told.best == later.best


def with_missing_figures(event: Event, fatalities, injuries, evidence: Evidence | None = None) -> Event:
    """``event`` with the dead and hurt a later sentence gives, where it had no figure; that
    sentence (``evidence``) is the toll's evidence."""
    if event.fatalities is None and fatalities is not None:
        event = dataclasses.replace(event, fatalities=fatalities, fatalities_evidence=evidence)
    if event.injuries is None and injuries is not None:
        event = dataclasses.replace(event, injuries=injuries)
    return event


_COUNT = rf"(?:\d+|{SMALL_COUNT_WORDS}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
# ("The army carried out air strikes in response, neutralising dozens of assailants": a reply on the day, there)
# "Gunfire and explosions were heard in the Abu Salim district …": the fighting just told, as heard
FIGHTING_HEARD = re.compile(r"^\W*(?:heavy\s+|sporadic\s+|intense\s+)?(?:gunfire|explosions|shooting|shelling|blasts)(?:\s+and\s+(?:[\w-]+\s+)?\w+)?\s+(?:were|was|could\s+be)\s+heard\b", re.I)
IN_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation)(?:\s*[,.;]|\s+to\s+(?:the|this|that)\s+(?:attack|assault|raid|ambush|incursion)\b)", re.I)
# ("… when their vehicle hit an explosive device during the operation": at the operation just told)
# the town of the event just told, named again without its name ("RSF fighters entered the town on
# Saturday morning … and looted shops", after the RSF took Singa)
THE_TOWN_AGAIN = re.compile(r"\b(?:entered|stormed|overran|in|into|across)\s+the\s+(?:town|city|village)\b(?!\s+of\b)", re.I)
DURING_THE_TOLD = re.compile(r"\b(?:during|in the course of)\s+the\s+(?:operation|raid|incursion|assault|offensive|fighting|clashes|attack)\b", re.I)
# people taken in the act just told, in the passive, with no one named taking them
TAKEN_TOO = re.compile(r"\b(?:were|was|had been)\s+(?:also\s+)?(?:abducted|kidnapped|taken hostage|taken captive|carried away)\b", re.I)
# ("The attack began on Friday evening when …", "The siege started at dawn on Sunday")
THE_EVENT_BEGAN = re.compile(r"^\W*the (?:[\w-]+ )?(?:attack|assault|siege|raid|fighting|clashes|violence|stand-?off|ambush|rampage)s? (?:began|started|unfolded)\b(?!\s+(?:after|following|over|with)\b)", re.I)
# the event named again in a sentence's opening words: "The strike, conducted …, also killed …"
THE_EVENT_OPENS = re.compile(r"^\W*the (?:air ?|drone |missile |suicide )?(?:strike|attack|raid|bombing|blast|explosion|ambush|assault|shelling|operation)s?\b", re.I)
# "Two separatists were also killed", "Two other members of the group were killed": more dead of
# the event just told, not another count of the same dead (and not "in a separate attack")
# "Three others died of their wounds in hospital": more dead than the count the event told
OTHERS_DIED = re.compile(r"\bothers\s+(?:later\s+)?died\s+(?:of|from)\s+(?:their|the)\s+(?:wounds|injuries)\b", re.I)
# a sentence that opens with a toll of none tells the act just told ("No casualties were reported, but
# … fires burned at the depot"), not one that tells another act first ("In another attack, men opened
# fire on a newspaper's offices, but nobody was injured")
NONE_HURT_OPENS = re.compile(r"^\W*(?:no\s+(?:casualties|injuries|deaths|fatalities|one)\b|nobody\b|there\s+were\s+no\s+(?:casualties|injuries|deaths|fatalities)\b)", re.I)
# Pakistan's military releases for its own dead: "embraced shahadat" (not "Three citizens were martyred",
# Syrian state media's word for any dead, which a scrape may repeat)
_OWN_SIDE_MARTYRED = r"\bembraced\s+(?:shahadat|martyrdom)\b"
OWN_SIDE_MARTYRED = re.compile(_OWN_SIDE_MARTYRED, re.I)
MORE_DEAD = re.compile(r"^(?!.*\b(?:separate|elsewhere|earlier|previous|last (?:week|month|year))\b).*?"
                       r"(?:\b(?:were|was|have been|had been) also (?:killed|shot dead)\b|\bother (?:[\w'’-]+ ){0,5}?(?:were|was) (?:also )?killed\b"
                       rf"|\balso killed (?:at least )?{_COUNT} (?:more|other)\b"
                       r"|^\W*(?:another|a further) (?:[\w'’-]+ ){0,4}?(?:were|was) (?:also )?killed\b"
                       # ("Two soldiers were killed in the Bannu operation": the operation told, at its place)
                       r"|\b(?:were|was) killed (?:in|during) the (?:(?-i:[A-Z])[\w'’-]+ ){1,2}(?:operation|raid|attack|clash|encounter|shootout|ambush|gunfight)\b"
                       # ("However, during an intense exchange of fire, Havildar … embraced shahadat": the telling side's own dead)
                       r"|" + _OWN_SIDE_MARTYRED + ")", re.I | re.S)


# the doers of the event just told, killed, in a written count: "Security forces killed six of the
# attackers", "All four assailants were shot dead" (not "we killed many of the attackers", a
# side's boast with no figure)
_DOERS = r"(?:attackers|assailants|gunmen|raiders|bombers)"
_FIGHTERS = r"(?:terrorists|militants|insurgents|fighters|rebels|bandits|jihadists|extremists|khwarij|kharijis|miscreants)"
ATTACKERS_KILLED = re.compile(rf"^(?!.*\b(?:separate|elsewhere|earlier|previous|last (?:week|month|year)|later)\b).*?"
                              rf"(?:\b(?:killed|shot dead|gunned down)\s+(?:at\s+least\s+|all\s+)?(?:the\s+)?{_COUNT}\s+(?:of\s+the\s+)?{_DOERS}\b"
                              rf"|\b(?:the|all)\s+{_COUNT}\s+{_DOERS}\s+(?:were|was)\s+(?:also\s+)?(?:killed|shot dead)"
                              # ("The attacker was shot dead by security guards")
                              rf"|\bthe\s+(?:lone\s+)?(?:gunman|attacker|assailant|shooter|bomber)\s+(?:was|had\s+been)\s+(?:also\s+)?(?:killed|shot dead|gunned down)"
                              # the other side's dead in the fight the attack set off: "the troops responded and
                              # killed six terrorists in the ensuing exchange of fire", "retaliated, killing four militants"
                              # (not "responded by launching airstrikes …, killing three civilians": an act of its own)
                              rf"|\b(?:responded|retaliated|returned fire|fired back|repulsed|repelled)\b[^.;]{{0,80}}?\b(?:killed|killing|shot dead)\s+"
                              rf"(?:at\s+least\s+)?{_COUNT}\s+(?:of\s+(?:the|them)\s+)?(?:{_DOERS}|{_FIGHTERS})\b"
                              rf"|\b(?:killed|killing)\s+(?:at\s+least\s+)?{_COUNT}\s+(?:{_DOERS}|{_FIGHTERS})\s+in\s+the\s+ensuing\b"
                              # ("Fourteen of the assailants were killed in the ensuing firefight", "Eight attackers were
                              # killed in the exchange of fire")
                              # ("Three attackers who tried to storm the post after the blast were killed in a shootout")
                              rf"|\b{_COUNT}\s+(?:of\s+the\s+)?(?:{_DOERS}|{_FIGHTERS})\s+(?:(?:who|that)\s+[^,.;]{{1,60}}?\s+)?(?:were|was)\s+(?:also\s+)?(?:killed|shot dead)\s+in\s+(?:the|a|an)\s+"
                              rf"(?:ensuing\b|(?:exchange|exchanges) of fire|firefight|gunfight|gunbattle|shootout|retaliatory fire))", re.I | re.S)


# the attacked side's answer in the fight the act set off, told in a sentence of its own with no day
# or place: '"The soldiers fought back and killed several of the attackers, but we lost seven brave
# men," Mohamed said' retells the ambush just told, whose count it leaves as it was
FOUGHT_BACK = re.compile(r"\b(?:fought back|returned fire|fired back|repulsed the (?:attack|assault|attackers)|repelled the (?:attack|assault|attackers))\b", re.I)


# the teller of the act just told, by pronoun, going on with its account, with no day or place of
# its own: "It said an explosive device was thrown at the forces and no soldiers were hurt", after
# "The Israeli military said its troops had been fired on during a … operation in the camp"
SAME_TELLER_GOES_ON = re.compile(r"^\W*(?:It|He|She|They)\s+(?:said|added|reported)\b(?!\s+(?:that\s+)?(?:another|separately|elsewhere|earlier|in\s+a\s+separate))")


# the attackers' dead the attacked side counts, beside its own: "five soldiers were killed and …
# troops had killed 30 of the attackers"
ATTACKERS_COUNTED = re.compile(rf"\b(?:killed|shot dead|gunned down)\s+(?:at\s+least\s+|all\s+)?(?:the\s+)?(?P<n>{_COUNT})\s+of\s+the\s+{_DOERS}\b", re.I)


def with_both_sides_dead(event: Event, own: Quantity, sentence: str, evidence: Evidence) -> Event:
    """``event``, told with no toll, with the dead a sentence right after counts: the side's own
    dead and the attackers' it killed, as ACLED counts both sides' dead in one event."""
    m = ATTACKERS_COUNTED.search(sentence)
    word = m["n"].lower() if m is not None else ""
    count = int(word) if word.isdigit() else WORD_NUMBERS.get(word)
    if m is None or count is None or m.start() < sentence.find(own.phrase):
        return with_missing_figures(event, own, None, evidence)  # (the count read is the attackers' own)
    attackers = Quantity(phrase=m.group(0), best=count, low=count, high=count)
    return with_missing_figures(event, added_tolls(own, attackers, f"{own.phrase} + {m.group(0)}"), None, evidence)


def with_more_dead(event: Event, more: Quantity, evidence: Evidence, text: str) -> Event:
    """``event`` with the dead a later sentence adds to its toll; the two sentences are the toll's
    evidence, and the first figure stays on record."""
    told = event.fatalities
    first = event.fatalities_evidence or event.evidence
    start, end = min(first.start, evidence.start), max(first.end, evidence.end)
    total = dataclasses.replace(added_tolls(told, more, f"{told.phrase} + {more.phrase}"), victims=told.victims if told.victims == more.victims else None)
    return dataclasses.replace(event, fatalities=total, superseded_fatalities=event.superseded_fatalities + (told,),
                               fatalities_evidence=Evidence(evidence.article_id, start, end, text[start:end], evidence.stage))


# more hurt of the event just told: "Two civilians were also wounded by shrapnel"
MORE_HURT = re.compile(r"\b(?:were|was|have been|had been) also (?:wounded|injured|hurt)\b", re.I)


def with_more_hurt(event: Event, more: Quantity) -> Event:
    """``event`` with the hurt a later sentence adds to its count (or gives it, where it had none)."""
    told = event.injuries
    return dataclasses.replace(event, injuries=more if told is None else added_tolls(told, more, f"{told.phrase} + {more.phrase}"))


class ClaimFirst(NamedTuple):
    """A claim of responsibility told before the act it claims: who claimed it, the toll it gives
    (None: none) and the sentence."""

    claimant: ActorMention
    toll: Quantity | None
    evidence: Evidence


CLAIM_REACH_CHARS = 800  # the claimed act is told in the next paragraph or so (twice TOLD_RIGHT_AFTER_CHARS)


def with_claims_told_first(events: list[Event], claims: list[ClaimFirst]) -> list[Event]:
    """Events with the doer and toll of a claim told before them ("Islamic State claimed
    responsibility for an attack on a mosque in which six people and a police officer were
    killed. Three gunmen opened fire on worshippers …"): the first violent event told after the
    claim, close by, takes the claimant as its doer when it names none or only a generic band,
    and the claim's toll when it gives none."""
    events = list(events)
    for claim in claims:
        following = next((i for i, e in enumerate(events) if e.event_type in VIOLENT_TYPES
                          and 0 <= e.evidence.start - claim.evidence.end <= CLAIM_REACH_CHARS), None)
        if following is None:
            continue
        event = events[following]
        unnamed = event.actor1 is None or (event.actor1.generic and event.actor1.category != ActorCategory.STATE_FORCES)
        if unnamed:
            event = dataclasses.replace(event, actor1=claim.claimant)
        if event.fatalities is None and claim.toll is not None and claim.toll.best:
            event = dataclasses.replace(event, fatalities=claim.toll, fatalities_evidence=claim.evidence)
        events[following] = event
    return events


def with_other_estimate(event: Event, fatalities, evidence) -> Event:
    """``event`` with another source's count of its dead kept beside its own toll."""
    return dataclasses.replace(event, other_estimates=event.other_estimates + (SourcedQuantity(fatalities, evidence),))


def bare_strikes_typed(events: list[Event]) -> list[Event]:
    """"Israeli air strikes killed 17 in Beit Lahiya …. In Khan Younis, a strike on a tent
    encampment killed five": a strike with no means or maker, told right after air strikes or
    shelling, is one more of them, by the same side."""
    typed: list[Event] = []
    for event in events:
        if typed and event.actor1 is None and event.sub_event_type == "Attack" and BARE_STRIKE.search(event.evidence.text) \
                and typed[-1].sub_event_type in STANDOFF_TYPES:
            event = dataclasses.replace(event, event_type=typed[-1].event_type, sub_event_type=typed[-1].sub_event_type, actor1=typed[-1].actor1)
        elif event.actor1 is not None and event.sub_event_type in ("Attack", *STANDOFF_TYPES) and BARE_STRIKE.search(event.evidence.text) and (
                same_side := next((e for e in reversed(typed) if e.sub_event_type in STANDOFF_TYPES and e.actor1 is not None
                                   and e.actor1.actor_id == event.actor1.actor_id), None)) is not None:
            # ("Turkish warplanes struck 32 targets …" … "the Turkish strikes in northeast Syria had
            # killed 12 civilians": that side's strikes, as it made them, whatever was told between)
            # (on their day, when the retelling gives none of its own)
            date = event.date if event.date.basis == "text" else same_side.date
            event = dataclasses.replace(event, event_type=same_side.event_type, sub_event_type=same_side.sub_event_type, date=date)
        typed.append(event)
    return typed


TOLD_RIGHT_AFTER_CHARS = 400  # a few sentences: further on, an explosive or a quote is another story


# a strike named with no means or maker: "a strike on a tent encampment killed five"
BARE_STRIKE = re.compile(r"\b(?:[Aa]|[Tt]he|[Aa]nother)\s+(?:[A-Z][a-z]+\s+)?strikes?\s+(?:on|in|hit|killed|targeted|had killed|have killed)\b")


def another_time_or_place(told: Event, dates: list, places: list[Place]) -> bool:
    """Whether a sentence sets its act in a week or month the event told does not fall in, or at
    a town away from its scene: "Last week, the militants abducted 15 women near Gwoza", after
    the killings at Dikwa on Thursday, is another act of the same band."""
    periods = [d.date for d in dates if d.date.precision in (DatePrecision.WEEK, DatePrecision.MONTH) and d.date.value is not None]
    elsewhere = any(p.level == "point" and not one_scene(p, told.location) for p in places)
    return elsewhere or any(told.date.value is not None and not (p.value <= told.date.value <= (p.end or p.value)) for p in periods)


def within_week(day: FuzzyDate, week: FuzzyDate) -> bool:
    """"last week", then "on Sunday" inside it: the day the retelling gives."""
    return (week.precision is DatePrecision.WEEK and day.precision is DatePrecision.DAY and week.value is not None
            and day.value is not None and week.value <= day.value <= (week.end or week.value))


# --------------------------------------------------------------------------- more of the event just told

# the hurt beside the dead just told: "wounding 12 others", "leaving five others injured"
OTHERS_HURT = re.compile(r"\b(?:wound|injur|leav)\w*\s+(?:at least\s+)?(?:\d+|" + SMALL_COUNT_WORDS + r"|several|dozens of)\s+(?:more\s+)?others\b", re.I)
# the day of the event last told, later on: "Later in the evening, protesters clashed with …"
LATER_THAT_DAY = re.compile(r"^\W*(?:(?:later|earlier)\s+(?:that|the same|in the|on the same)\s+(?:day|evening|night|morning|afternoon)\b"
                            r"|(?:hours|minutes)\s+(?:later|earlier)\b|(?:that|the same)\s+(?:evening|night|afternoon|morning|day)\b)", re.I)
# "later" among a sentence's first words, as its doers' adverb ("Angry residents later blocked the
# highway"), not days or weeks later, nor a second act's ("were arrested and later released")
LATER_ON = re.compile(r"^\W*(?:[\w'’-]+\s+){0,3}?later\b(?! (?:this|next|in the) (?:week|month|year))", re.I)
# ("A gunfight then broke out between armed men …, in which four people were killed": the next act with
# dead of its own, there and then; not "the then governor", nor "Gunmen then entered the building",
# which goes on with the attack just told)
THEN_ON = re.compile(r"^\W*(?:[\w'’-]+\s+){0,3}?(?<!the )then\b", re.I)
NIGHT = re.compile(r"\b(?:overnight|midnight|night)\b", re.I)


def night_begun(day: FuzzyDate, told: FuzzyDate) -> bool:
    """Whether ``day`` is the evening an "overnight" event told began: "overnight attacks …" (the
    report's morning) then "attacked the villages late on Monday"."""
    return day.precision is DatePrecision.DAY and told.precision is DatePrecision.DAY and told.value is not None and day.value is not None \
        and NIGHT.search(told.phrase or "") is not None and (told.value - day.value).days == 1


def same_night(date: FuzzyDate, told: FuzzyDate, sentence: str) -> bool:
    """The same day, or a night either side of midnight: "an overnight raid" (dated by the
    statement of the morning after) and "around midnight on Saturday" tell one raid."""
    if date.value == told.value:
        return True
    return abs((date.value - told.value).days) == 1 and bool(NIGHT.search(told.phrase) or NIGHT.search(sentence))


def one_scene(place: Place, told: Place | None) -> bool:
    """Whether ``place`` is the scene told or holds it, or lies in it ("Spin Boldak district of
    Kandahar province" for an event at Spin Boldak)."""
    if told is None or place.name == told.name:
        return True
    if place.level == "country":
        return place.country_code == told.country_code
    return place.name in (told.admin1, told.admin2) or told.name in (place.admin1, place.admin2)


DEMONSTRATIONS = frozenset({"Protests", "Riots"})  # ACLED's two event types of crowds


def part_of_the_last(told: Event, sub_event: str, places: list[Place], sentence: str) -> bool:
    """Whether an undated act of the kind just told (violence, or crowds), at places in the
    province of its scene, is a part of it, and so of its day: a lede's attacks across a region,
    told town by town."""
    return told.date.precision is DatePrecision.DAY and told.date.basis == "text" and told.location is not None \
        and any(told.event_type in kinds and event_type_of(sub_event) in kinds for kinds in (VIOLENT_TYPES, DEMONSTRATIONS)) \
        and not TOPIC_SHIFT.match(sentence) and all(p.level != "country" and p.admin1 is not None and p.admin1 == told.location.admin1 for p in places)


# a state's seat of power, which stands in its capital, as the place an act reached: "Protesters
# stormed Kenya's parliament", "outside the presidential palace" (not "the presidency said")
NATIONAL_SEATS = re.compile(r"\b(?:stormed|attacked|besieged|surrounded|entered|outside|near|at|into|towards|marched (?:on|to)|(?:part|parts) of)\s+"
                            r"(?:the\s+|[A-Z][\w'’-]*['’]s\s+|[A-Z][\w-]+\s+)?(?:parliament|national assembly|presidential palace|state house|supreme court)\b", re.I)
# a hospital's count of the hurt it took in: "the facility received more than 40 wounded people"
HOSPITAL_HURT = re.compile(r"\b(?:hospitals?|facility|facilities|clinics?|medics|doctors)\b[^.;]{0,40}?\b(?:received|treated|admitted|took in)\s+"
                           r"(?:[\w,-]+\s+bodies\s+and\s+)?"  # ("had received 30 bodies and more than 50 wounded")
                           r"(?:at least\s+|more than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+)?[\w,-]+\s+(?:wounded|injured|"
                           # ("Doctors said they had treated more than 30 people for gunshot wounds")
                           r"(?:people|patients|persons|protesters|civilians)\s+for\s+(?:gunshot\s+|bullet\s+|stab\s+)?(?:wounds|injuries))\b", re.I)
# the hurt a source adds after telling the dead: "…, the diocese said, adding that two people were wounded"
HURT_ADDED = re.compile(r"\badding that\s+(?:at least\s+)?[\w,-]+\s+(?:more\s+|other\s+)?(?:people|persons|others|civilians|worshippers)?\s*"
                        r"(?:were|had been|have been)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b", re.I)
# a sentence that only counts the hurt, in the passive: "Another 42 people were seriously injured."
HURT_ONLY = re.compile(r"^\W*(?:(?:the |a )?[\w'’-]+(?: [\w'’-]+){0,3} (?:said|says|added|reported) (?:that )?)?(?:another|a further|an additional|at least|some|more than|over|nearly|almost|about|around|up to|roughly)?\s*[\w,-]+\s+(?:more\s+|other\s+)?(?:people|persons|civilians|others|passengers|soldiers|policemen|villagers|children"
                       # ("A fourth man was seriously wounded, it said.": one more, counted on from the dead)
                       r"|(?:second|third|fourth|fifth|sixth|seventh)\s+(?:man|woman|person|child|boy|girl|soldier|civilian|[A-Z][a-z]+(?:an|ian|i)))?\s*"
                       r"(?:were|was|had been|have been)\s+(?:\w+\s+)?(?:injured|wounded|hurt|(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?hospital\s+with\s+(?:\w+\s+)?(?:injuries|wounds))\b[^.;]*\.?\s*$", re.I)


def demonstration_at(events: list[Event], places: list[Place]) -> int | None:
    """The latest demonstration told at the one place the sentence names, if any."""
    if len({p.gazetteer_id for p in places}) != 1:
        return None
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in DEMONSTRATIONS
                 and events[i].location is not None and events[i].location.gazetteer_id == places[0].gazetteer_id), None)


# --------------------------------------------------------------------------- the event a claim of responsibility names


def latest_unnamed(events: list[Event], since: int) -> int | None:
    """The latest event told from ``since`` on whose doer is unknown or a generic non-state one."""
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].evidence.start >= since and doer_unnamed(events[i])), None)


def unnamed_at(events: list[Event], places: list[Place]) -> int | None:
    """The latest event with no named doer at a town the sentence names."""
    towns = {p.name for p in places if p.level == "point"}
    return next((i for i in range(len(events) - 1, -1, -1) if events[i].location is not None and events[i].location.name in towns
                 and doer_unnamed(events[i])), None)


def doer_unnamed(event: Event) -> bool:
    """Whether the event's doer is unknown or only a generic non-state band ("militants")."""
    return event.actor1 is None or (event.actor1.generic and event.actor1.category != ActorCategory.STATE_FORCES)


# --------------------------------------------------------------------------- the day and the victims told again

# another act of the band just told, that day ("The assailants also attacked a nearby army
# detachment the same morning"), and a fight going on to the next day ("continued into Sunday")
ALSO_THAT_DAY = re.compile(r"\balso\s+(?:attacked|struck|raided|stormed|shelled|ambushed)\b[^.;]*\b(?:the same|that)\s+(?:morning|day|evening|night|afternoon)\b", re.I)
CONTINUED = re.compile(r"\b(?:continued|raged\s+on|went\s+on)\s+(?:into|on|until|through)\b", re.I)
THE_SAME_VICTIM = re.compile(r"^\W*the\s+(?:man|woman|boy|girl|victim|journalist|teenager)\b", re.I)
THE_BODIES = re.compile(r"^\W*the\s+(?:\w+\s+)?bodies\b", re.I)


def that_night(date: FuzzyDate, told: FuzzyDate, sentence: str) -> bool:
    """("Riot police dispersed protesters … on Sunday. ¶ … 21 police officers were injured overnight":
    the night after the protest told, not another day)"""
    return date.value is not None and told.value is not None and date.precision is told.precision is DatePrecision.DAY \
        and date.value != told.value and same_night(date, told, sentence)


def protest_the_same_day(sub_event: str, date: FuzzyDate, events: list[Event]) -> bool:
    """A crowd placed nowhere, on the day of the violent event just told, gathered where it happened:
    "Police killed eight in a raid on a favela on Tuesday. … Residents blocked a road with burning
    tires in protest on Tuesday afternoon"."""
    return (event_type_of(sub_event) in DEMONSTRATIONS and bool(events) and events[-1].event_type in VIOLENT_TYPES
            and date.precision is DatePrecision.DAY and date.basis == "text" and date.value == events[-1].date.value)


def with_neighbours(sentence_spans: list, paragraphs: list[int]) -> list[str]:
    """Each sentence with the one before and the one after it in its paragraph (``paragraphs``
    holds each sentence's paragraph number): the context the classifier reads it in. A paragraph
    break ends the context; the next paragraph may tell another event."""
    contexts = []
    for i, span in enumerate(sentence_spans):
        window = [sentence_spans[j].text for j in (i - 1, i, i + 1)
                  if 0 <= j < len(sentence_spans) and paragraphs[j] == paragraphs[i]]
        contexts.append(" ".join(window))
    return contexts


# the events just told, said to have happened somewhere: "Most of the explosions took place in …"
# ("The attack on Tuesday evening was carried out by a mob armed with swords": when, and by whom)
TOLD_EVENTS_TOOK_PLACE = re.compile(r"^\W*(?:(?:most|many|some|all|one|two|several|none)\s+of\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|attacks?|strikes?|"
                                    r"killings?|shootings?|clashes|bombings?|raids?|incidents?|(?<=terrorist )actions?|sabotage)(?:\s+(?:on|in|at|near)\s+[^.;,]{1,40}?)?"
                                    r"\s+(?:took place|occurred|happened|(?:was|were) (?:carried out|perpetrated|committed|staged))\b", re.I)


def day_last_told(events: list[Event]) -> Event | None:
    """The event last told with a day in its own words, when those told after it gave none of
    their own: "then" and "later" go on from that day ("A man was killed … on Saturday morning. ¶
    Armed militants … shot dead a man …. ¶ A gunfight then broke out …")."""
    for event in reversed(events):
        if event.date.precision is DatePrecision.DAY and event.date.basis == "text":
            return event
        if not without_own_day(event.date):
            return None
    return None
