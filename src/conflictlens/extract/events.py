"""The events stage: dated occurrences of political violence in ACLED's taxonomy.

Reads ``spacy_doc``, ``sentences``, ``places``, ``actors``; adds ``events``.

Per sentence: a cheap regular-expression prefilter skips sentences with no violence or protest
vocabulary (most sentences of a report), then ordered rules type the sentence into an ACLED
sub-event type, and the parse decides whether it reports an occurrence at all:

* habitual or generic statements ("militants attack army patrols", "by attacking posts of the
  army", "attacks have increased") are *patterns*, left to the claims stage — never dated events;
* aggregates ("three attacks, one in France and two in Britain") are counts, not one event;
* a reported occurrence needs a past-tense predicate and an anchor in the text: a casualty
  figure, a date phrase or a named place.

Dates come from the sentence, else from the nearest earlier date phrase in the same paragraph,
else the dateline; when none supports a date, the event's date stays empty (precision UNKNOWN).
Casualties keep the phrase they were read from.
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

from ..model import ActorMention, DatePrecision, Event, Evidence, FuzzyDate, GeoPrecision, Place, Quantity
from ..pipeline import Document
from .dates import dateline_date, find_dateline, find_dates
from .quantities import QUANTITY_RE, parse_quantity
from .taxonomy import event_type_of

STAGE = "events/1"

PREFILTER = re.compile(
    r"\b(kill|dead|death|die[ds]?|wound|injur|attack|ambush|clash|fight|battle|bomb|blast|explo|"
    r"IED|mine|shell|artillery|mortar|rocket|missile|strike|drone|warplane|grenade|shot|shoot|gun|"
    r"fire[ds]?|abduct|kidnap|hostage|rape|sexual|protest|demonstrat|rall(y|ied)|march|riot|mob|"
    r"lynch|loot|torch|arson|seiz|captur|overr[au]n|took (control|over)|retook|recaptur|regain|"
    r"arrest|detain|ceasefire|truce|agreement|accord|massacre|execut|behead|assassin|murder|dynamite|"
    r"chemical|chlorine|poison|toxic gas|suffocat|drove back|pushed back|defus|dismantl|disarm|cache|"
    r"withdr[ae]w|pulled out|handed over|allegiance|headquarters|base|molotov|stones|signed|deal|swap)",
    re.IGNORECASE,
)

# Ordered: the first rule that matches types the sentence. Each is (sub-event type, pattern).
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("Disrupted weapons use", re.compile(r"\b(defus(ed|ing)|dismantl(ed|ing)|disarm(ed|ing)|(found|seized|discovered|uncovered|recovered|confiscated) (an? |the )?(large )?(weapons?|arms|explosives?|ammunition|caches?|ieds?|bombs?|mines?|rockets?|grenades?|depot|stockpile)|(weapons?|arms|explosives?|ammunition) (cache|depot|stockpile)s? (was|were) (found|seized|discovered)|intercepted (a |an )?(drone|missile|rocket))\b", re.I)),
    ("Headquarters or base established", re.compile(r"\b(set up|established|opened|built) (a |an |new )?(new )?(base|headquarters|hq|military post|outpost|camp|office)s?\b", re.I)),
    ("Non-violent transfer of territory", re.compile(r"\b(withdrew|withdrawn|pulled out|retreated|handed over|ceded|evacuated) (from|control of|its positions)\b", re.I)),
    ("Change to group/activity", re.compile(r"\b(pledged allegiance|merged with|split from|joined forces|announced (its|the) (dissolution|formation)|new (armed )?group|rebrand(ed)?|changed its name)\b", re.I)),
    ("Agreement", re.compile(r"\b(ceasefire|cease-fire|truce|peace (deal|agreement|accord|talks)|prisoner (exchange|swap)|(signed|reached|struck) an? (deal|agreement|accord)|signed an? (deal|agreement)|agreed to (a|an) (ceasefire|truce|exchange))\b", re.I)),
    ("Chemical weapon", re.compile(r"\b(chemical (weapons?|attacks?|agents?)|chlorine|sarin|mustard gas|poison(ous)? gas|toxic gas|nerve agent|suffocation)\b", re.I)),
    ("Suicide bomb", re.compile(r"\bsuicide\b", re.I)),
    ("Air/drone strike", re.compile(r"\b(air ?strikes?|air raids?|drones? (strikes?|attacks?|struck|hit|targeted|attacked|fired)|warplanes?|fighter jets?|helicopter gunships?|airstrikes?|bombed from the air|aerial bombardment)\b", re.I)),
    ("Remote explosive/landmine/IED", re.compile(r"\b(IEDs?|improvised explosive|dynamite|bombs? (was|were) (planted|placed)|roadside bombs?|land ?mines?|car bombs?|explosive devices?|booby[- ]trap|(bomb|device|explosives?) (exploded|detonated|went off)|mine (exploded|blast))\b", re.I)),
    ("Shelling/artillery/missile attack", re.compile(r"\b(shell(ed|ing|s)?|artillery|mortars?|rockets?|missiles?|barrage)\b", re.I)),
    ("Grenade", re.compile(r"\bgrenades?\b", re.I)),
    ("Sexual violence", re.compile(r"\b(rap(e|ed|ing)|sexual(ly)? (violence|assault|abuse))\b", re.I)),
    ("Abduction/forced disappearance", re.compile(r"\b(abduct(ed|ion|s)?|kidnap(ped|ping|s)?|taken hostage|took .{0,30}hostage|forcibly disappeared)\b", re.I)),
    ("Excessive force against protesters", re.compile(r"\b(fired|opened fire|shot) (live (ammunition|rounds) )?(on|at|into) (the )?(protesters|demonstrators|crowds?)\b", re.I)),
    ("Protest with intervention", re.compile(r"\b(protest|demonstrat|rall|march|sit-in).{0,120}\b(tear ?gas|pepper[- ]spray|dispers|water cannon|rubber bullets|baton|arrested|detained|beat)|\b(tear ?gas|dispers|water cannon).{0,80}\b(protest|demonstrat)", re.I)),
    ("Violent demonstration", re.compile(r"\b(riot(s|ers|ing)?|(protesters|demonstrators|crowds?|youths|students) (threw|hurled|torched|set fire|burned|stormed|clashed|pelted|attacked|vandali[sz]ed|smashed)|(molotov cocktails?|stones|rocks|projectiles) (were )?(thrown|hurled)|threw (stones|rocks|molotov|petrol bombs|projectiles))\b", re.I)),
    ("Mob violence", re.compile(r"\b(mob|lynch(ed|ing)?|vigilantes?)\b", re.I)),
    ("Peaceful protest", re.compile(r"\b(protest(ed|ers|s)?|demonstrat(ed|ion|ions|ors)|rall(y|ies|ied)|marched|sit-in|took to the streets)\b", re.I)),
    ("Government regains territory", re.compile(r"\b(recaptured|retook|regained (control|the)|liberated|drove (back|out)|pushed back)\b", re.I)),
    ("Non-state actor overtakes territory", re.compile(r"\b((seized|captured) (full |effective )?(control of )?(the )?(rural |strategic )?(town|village|city|district|area|base|region|locality|commune|county|province)|(took|taken|take|takes|taking|seized|seize|gained) (full |effective )?(control of|over)|overran|overrun)\b", re.I)),
    ("Looting/property destruction", re.compile(r"\b(loot(ed|ing)|ransack(ed|ing)|torched|set fire to|burned down|razed|destroyed (homes|houses|shops|property))\b", re.I)),
    ("Arrests", re.compile(r"\b(arrest(ed|s)?|detain(ed|s)?|rounded up)\b", re.I)),
    ("Armed clash", re.compile(r"\b(clash(ed|es)?|fight(ing)?|fought|battle[ds]?|exchanged fire|gunfight|firefight|repell?ed|counter-?attack)\b", re.I)),
    ("Attack", re.compile(r"\b(kill(ed|ing|s)?|attack(ed|ing|s)?|ambush(ed)?|massacre[ds]?|shot dead|gunned down|executed|beheaded|assassinated|assassination|murder(ed|s)?|opened fire|stormed)\b", re.I)),
]

CIVILIAN_WORDS = re.compile(r"\b(civilians?|villagers?|residents?|woman|man|child|boy|girl|shepherds?|traders?|teachers?|doctors?|worshippers|passengers|farmers|herders|shoppers|students|children|women|people|family|families|displaced|pilgrims|journalists?|aid workers?)\b", re.I)
COMBATANT_WORDS = re.compile(r"\b(soldiers?|troops|army|military|forces|police(men)?|officers|fighters|militants|militiamen|insurgents|rebels|jihadists|gunmen|guards?|patrols?|checkpoints?|posts?|positions?|bases?|convoy)\b", re.I)
ORDINARY_CRIME = re.compile(r"\b(robbery|robbers|burglar|burglary|theft|thieves|stole|shoplift|domestic (dispute|violence)|traffic accident|car crash|drunk|fraud|smuggling of goods|inheritance|family (dispute|feud|row)|personal (dispute|feud)|stabbed)\b", re.I)
ARMED_WORDS = re.compile(r"\b(gunmen|militants|insurgents|jihadists|fighters|rebels|militias?|militiamen|armed (men|group|groups)|terrorists?)\b", re.I)
HABITUAL = re.compile(r"\b(regularly|routinely|often|frequently|usually|typically|continue[sd]? to|keep on|tend to|every (day|week|night))\b", re.I)

_KILLED = r"(?:killed|dead|died|slain|lost their lives|perished|shot dead|were killed|was killed|have been killed|had been killed)"
_WOUNDED = r"(?:wounded|injured|hurt|maimed)"
_Q = QUANTITY_RE.pattern


def _casualty_patterns(verb: str, gerund: str, noun: str) -> list[re.Pattern[str]]:
    return [
        re.compile(rf"(?P<q>{_Q})\s+(?:(?!killed|dead|died|wounded|injured|hurt)[\w()’'-]+\s+){{0,7}}?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+|reportedly\s+)?{verb}", re.I),
        re.compile(rf"\b{gerund}\s+(?P<q>{_Q})", re.I),
        re.compile(rf"\b{noun}\s+(?:toll\s+)?(?:\w+\s+){{0,3}}?(?:to|at|of|reached|stands at)\s+(?P<q>{_Q})", re.I),
    ]


FATALITY_PATTERNS = _casualty_patterns(_KILLED, r"(?:killing|killed)", r"death")
INJURY_PATTERNS = _casualty_patterns(_WOUNDED, r"(?:wounding|injuring|wounded|injured)", r"injur(?:y|ies)")

_PATTERN_TAGS = {"VBP", "VBZ"}


class EventStage:
    name: ClassVar[str] = "events"
    reads: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "sentences", "places", "actors"})
    adds: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        published = article.published
        dateline = dateline_date(article.text, published)
        dateline_match = find_dateline(article.text)
        dateline_end = dateline_match.end() if dateline_match else 0
        events: list[Event] = []
        last_date: FuzzyDate | None = None
        last_paragraph = -1
        for span in doc.spacy_doc.sents:
            sentence = span.text
            paragraph = article.text.count("\n\n", 0, span.start_char)
            if paragraph != last_paragraph:
                last_date, last_paragraph = None, paragraph
                paragraph_start = span.start_char
            # the dateline gives the filing date, not the event's: only a fallback
            found_dates = find_dates(sentence, published, offset=span.start_char)
            dates = [d for d in found_dates if (d.date.value is not None or d.date.month) and d.start >= dateline_end]
            if dates:
                last_date = dates[0].date
            if not PREFILTER.search(sentence) or _is_headline(sentence, article.title):
                continue
            sub_event = classify_sub_event(sentence)
            if sub_event is None:
                continue
            if ORDINARY_CRIME.search(sentence) and not _armed_actor_in(sentence, span, doc.actors):
                continue  # a robbery or a family feud, unless an armed group is involved
            trigger = _trigger_token(span, sub_event)
            if trigger is None or _is_pattern(trigger, sentence):
                continue
            date_spans = [(d.start - span.start_char, d.end - span.start_char) for d in found_dates]
            fatalities = _casualties(sentence, FATALITY_PATTERNS, date_spans)
            injuries = _casualties(sentence, INJURY_PATTERNS, date_spans)
            in_sentence = [p for p in doc.places if p.is_location and span.start_char <= p.evidence.start < span.end_char]
            earlier = [p for p in doc.places if p.is_location and max(paragraph_start, dateline_end) <= p.evidence.start < span.start_char]
            # the dateline names where the report was filed: a location only if nothing else is named
            in_sentence = [p for p in in_sentence if p.evidence.start >= dateline_end] or in_sentence
            if not (fatalities or injuries or dates or in_sentence or event_type_of(sub_event) == "Strategic developments"):
                continue  # no anchor: nothing to date, count or place
            if _is_aggregate(trigger, sentence, bool(fatalities or injuries)) or _is_coreferent(trigger) or _is_negated(trigger):
                continue
            date = dates[0].date if dates else (last_date or dateline or FuzzyDate(DatePrecision.UNKNOWN, ""))
            actor1, actor2, associated = _roles(span, trigger, doc.actors)
            if sub_event in ("Attack", "Armed clash"):
                sub_event = _attack_or_clash(sentence, sub_event, actor2)
            if sub_event == "Non-state actor overtakes territory" and actor1 is not None and actor1.category is not None and int(actor1.category) == 1:
                sub_event = "Government regains territory"
            events.append(
                Event(
                    event_type=event_type_of(sub_event),
                    sub_event_type=sub_event,
                    evidence=Evidence(article.id, span.start_char, span.end_char, sentence, STAGE),
                    date=date,
                    actor1=actor1,
                    actor2=actor2,
                    associated_actors=associated,
                    # a place named earlier in the paragraph sets the scene when the sentence names none
                    location=_location(in_sentence, trigger) or _scene(earlier),
                    fatalities=fatalities,
                    injuries=injuries,
                    civilian_targeting=sub_event in ("Attack", "Abduction/forced disappearance", "Sexual violence") or bool(actor2 and actor2.category is not None and int(actor2.category) == 7),
                    trigger=trigger.text,
                    confidence=0.6 if fatalities or dates else 0.45,
                )
            )
        doc.events = events
        return doc


def _armed_actor_in(sentence: str, span, actors: list[ActorMention]) -> bool:
    if ARMED_WORDS.search(sentence):
        return True
    return any(span.start_char <= a.evidence.start < span.end_char and a.category is not None and int(a.category) in (2, 3, 4) for a in actors)


def _is_headline(sentence: str, title: str | None) -> bool:
    """The headline summarises the body's event; counting it too would double the event."""
    return bool(title) and sentence.strip().rstrip(".") == title.strip().rstrip(".")


def classify_sub_event(sentence: str) -> str | None:
    """The ACLED sub-event type the sentence's wording points to, or None (no parse needed)."""
    for sub_event, pattern in RULES:
        if pattern.search(sentence):
            return sub_event
    return None


def _trigger_token(span, sub_event: str):
    """The token that carries the event: the first match of the rule inside the parse."""
    pattern = next(p for s, p in RULES if s == sub_event)
    m = pattern.search(span.text)
    if m is None:
        return None
    char = span.start_char + m.end() - 1  # the phrase's last word is its head ("air strikes")
    for token in span:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return span.root


def _governing_verb(token):
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _is_pattern(trigger, sentence: str) -> bool:
    """Habitual/generic statements, and predictions, are not occurrences."""
    verb = _governing_verb(trigger)
    if HABITUAL.search(sentence):
        return True
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "would", "could", "may", "might", "should", "must", "can"}:
        return True
    if verb.tag_ in _PATTERN_TAGS and not auxes:
        return True  # "militants attack patrols"
    if verb.tag_ == "VBG" and auxes & {"are", "is", "am"}:
        return True  # "the militants are destabilizing … by attacking patrols"
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and _governing_verb(verb.head).tag_ in _PATTERN_TAGS | {"VBG"}:
        return True
    if trigger.tag_ == "NNS" and verb.lemma_ in ("increase", "rise", "grow", "decline", "decrease", "fall", "double", "continue", "reduce", "intensify", "drop", "step", "escalate", "surge", "mount"):
        return True  # "attacks have increased": a trend
    return False


EVENT_NOUNS = {"attack", "strike", "airstrike", "massacre", "clash", "protest", "bombing", "raid", "killing", "explosion", "blast", "ambush", "abduction", "kidnapping", "demonstration", "riot", "shelling", "assault", "operation"}
TALLY_RE = re.compile(r"\b(since (the start of |the beginning of |early |late )?(January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|the start|the beginning)|since (the (conflict|war|uprising|revolt|crisis) (began|started|erupted)|it (declared|began|started))|so far( this year)?|the (war|conflict) has killed|in recent (days|weeks|months|years)|over the (past|last) (\w+ )?(weeks|months|years)|a string of|the latest in)\b", re.I)


def _is_aggregate(trigger, sentence: str, has_casualties: bool) -> bool:
    """Tallies and series are not one event: "three attacks", "12 killed since January",
    "the latest in a string of massacres"."""
    if TALLY_RE.search(sentence):
        return True
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in EVENT_NOUNS:
        return False
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "a") for c in trigger.children):
        return True
    return not has_casualties  # "attacks on the highway" with no toll: a generalisation


def _is_coreferent(trigger) -> bool:
    """"claimed responsibility for the attack", "no group has claimed the abduction": a definite
    event noun points back at an event already reported, it does not report a new one."""
    if trigger.pos_ != "NOUN":
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in trigger.children)


def _is_negated(trigger) -> bool:
    verb = _governing_verb(trigger)
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.lower_ in ("no", "nobody") for c in subject.subtree)


def _casualties(sentence: str, patterns: list[re.Pattern[str]], date_spans: list[tuple[int, int]]) -> Quantity | None:
    """The first toll a casualty pattern reads, never a number that is part of a date. Between
    a number and its verb, the number nearest the verb is the toll: "three children were among
    at least 19 killed" is 19."""
    for pattern in patterns:
        m = next((m for m in pattern.finditer(sentence) if not any(s <= m.start("q") < e for s, e in date_spans)), None)
        if m is None:
            continue
        numbers = [
            q for q in QUANTITY_RE.finditer(sentence, m.start(), m.end())
            if q.group(0).strip() and not any(s <= q.start() < e for s, e in date_spans)
        ]
        nearest = numbers[-1] if numbers and pattern is patterns[0] else QUANTITY_RE.fullmatch(m.group("q").strip())
        if nearest is None:
            continue
        quantity = parse_quantity(nearest)
        if quantity is not None and quantity.best is not None:
            return quantity
    return None


def _roles(span, trigger, actors: list[ActorMention]):
    """actor1: in the subject (or the passive agent); actor2: in the object; others associated."""
    inside = [a for a in actors if span.start_char <= a.evidence.start < span.end_char]
    if not inside:
        return None, None, ()
    verb = _governing_verb(trigger)
    subject_spans, object_spans = [], []
    for child in verb.children:
        subtree = list(child.subtree)
        bounds = (subtree[0].idx, subtree[-1].idx + len(subtree[-1].text))
        if child.dep_ in ("nsubj", "csubj") or (child.dep_ == "agent"):
            subject_spans.append(bounds)
        elif child.dep_ in ("dobj", "nsubjpass", "pobj", "dative", "prep"):
            object_spans.append(bounds)

    def within(actor: ActorMention, spans) -> bool:
        return any(s <= actor.evidence.start < e for s, e in spans)

    actor1 = next((a for a in inside if within(a, subject_spans)), None)
    actor2 = next((a for a in inside if a is not actor1 and within(a, object_spans)), None)
    associated = tuple(a for a in inside if a is not actor1 and a is not actor2 and a.actor_id not in {x.actor_id for x in (actor1, actor2) if x})
    return actor1, actor2, associated


def _attack_or_clash(sentence: str, sub_event: str, actor2: ActorMention | None) -> str:
    """ACLED: violence by an armed group against civilians is an Attack; between armed, organised
    sides it is an Armed clash."""
    if actor2 is not None and actor2.category is not None:
        return "Attack" if int(actor2.category) == 7 else "Armed clash"
    if sub_event == "Armed clash":
        return sub_event
    if COMBATANT_WORDS.search(sentence) and not CIVILIAN_WORDS.search(sentence):
        return "Armed clash"
    return "Attack"


NEAR_RE = re.compile(r"\b(near|outside|around|close to|on the outskirts of|outskirts of|(north|south|east|west|northeast|northwest|southeast|southwest)(ern)? of|\d+\s*(km|kilometres|kilometers|miles)\s+(\w+\s+)?(of|from))\s+(the\s+)?(town\s+of\s+|city\s+of\s+|village\s+of\s+)?$", re.I)
REPORTING_LEMMAS = {"say", "tell", "report", "announce", "add", "claim", "state", "confirm"}


def _scene(places: list[Place]) -> Place | None:
    """The most recent, most precise place before the event sentence, as ACLED codes the place
    a report is about; marked less certain than a place in the sentence itself."""
    if not places:
        return None
    latest = max(places, key=lambda p: (-int(p.precision), p.evidence.start))
    return dataclasses.replace(latest, confidence=round(latest.confidence * 0.7, 2))


def _location(places: list[Place], trigger) -> Place | None:
    """Where the event happened: a place the event's own clause names, not one in the source's
    description ("…, the Syrian Observatory in London said"); the most precise, nearest to the
    trigger. "near X" and "20 km from X" make a town's precision ACLED 2 (near a town)."""
    in_sources: set[int] = set()
    for token in trigger.sent:
        if token.lemma_.lower() in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    in_sources.update(t.idx for t in child.subtree)
    candidates = [p for p in places if not any(p.evidence.start <= i < p.evidence.end for i in in_sources)] or places
    if not candidates:
        return None
    best = min(candidates, key=lambda p: (int(p.precision), abs(p.evidence.start - trigger.idx)))
    before = trigger.sent.text[: max(0, best.evidence.start - trigger.sent.start_char)][-60:]
    if best.precision is GeoPrecision.POINT and NEAR_RE.search(before):
        best = dataclasses.replace(best, precision=GeoPrecision.NEAR)
    return best
