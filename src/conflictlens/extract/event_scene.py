"""Where an event happened: the place its own clause names, the scene set before it, the town a
later sentence gives a country or province told, the city "the city" means, and the towns listed
with it.

In: the literal places of a document (resolved by the places stage), an event sentence's trigger
and the sentences around it. Out: one place, or several for a list; never a place the text does not
name. A place not in the event's own sentence is marked less certain than one in it. Used by the
events stage only.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Event, GeoPrecision, Place
from .casualties import FATALITY_PATTERNS, counts_at_places, read_casualties, single_victim
from .event_roles import REPORTING_LEMMAS
from .event_rules import INCLUDING_PART
from .place_choice import UNIT_OF_BETWEEN
from .tolls import ELSEWHERE


NEAR_RE = re.compile(r"\b(near|outside|around|close to|on the outskirts of|outskirts of|(north|south|east|west|northeast|northwest|southeast|southwest)(ern)? of|\d+\s*(km|kilometres|kilometers|miles)\s+(\w+\s+)?(of|from))\s+(the\s+)?(town\s+of\s+|city\s+of\s+|village\s+of\s+)?$", re.I)


# A lede names the country ("an air strike killed 15 in Syria") and the next sentences the town
# ("the strike hit Saraqeb in Idlib"): ACLED codes the most precise place the report gives.
DETAIL_SENTENCES = 2

# How far on another source's count of the dead ("A resident said 20 people were killed") is still
# about the event just told: a few sentences, across the paragraph break wires put before a quote
OTHER_COUNT_SENTENCES = 3

# A day named a sentence or two before still dates the event ("On Tuesday gunmen stormed the
# village. They killed five."); further on, in a report with no paragraph breaks, it does not.
DATE_CARRY_SENTENCES = 2

# the report's first sentences, before any event, set the scene of the first one across paragraph breaks
OPENING_SENTENCES = 3

# "Protests also took place in Mombasa": the same day as the event before
LIKEWISE = re.compile(r"\b(also|likewise|similarly)\b", re.I)


# "killed five people across Ukraine", "in several regions": a sum over places, not one scene
SPREAD_ACROSS = re.compile(r"\b(?:[Aa]cross|[Tt]hroughout|[Aa]ll over) (?:the )?(?:country|nation|[A-Z][\w-]+)\b|\b[Nn]ationwide\b"
                           r"|\bin (?:several|many|various|\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w-]+ ){0,2}?"
                           r"(?:regions|provinces|oblasts|states|districts|governorates|cities|towns|parts)\b"
                           # ("Russia had launched 74 drones and two … missiles at Ukraine overnight": a wave at the whole country)
                           r"|\b(?:launched|fired|sent)\b[^.;]{0,80}?\b(?:at|against|on|into|over)\s+(?-i:[A-Z])[\w-]+\s+(?:overnight|on|in|during)\b")


# what heads toward a place without being there (not rockets fired towards a city: their target)
ADVANCING_LEMMAS = frozenset({"offensive", "advance", "push", "press", "march", "move", "head", "drive", "thrust", "progress", "retreat", "flee"})
FRONT_SECTOR_AFTER = re.compile(r"\s+(?:sector|direction|axis|front)\b", re.I)
# ("Rallies also took place in the cities of Batumi and Zugdidi": more events, elsewhere)
HELD_ELSEWHERE_TOO = re.compile(r"\balso\s+(?:took place|(?:were|was)\s+(?:held|staged|reported)|erupted|broke out)\b", re.I)
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# "in two separate gunbattles": a sentence that sums over acts told apart
SEPARATE_ACTS = re.compile(r"\b(?:two|three|four|five|several|multiple|\d+)\s+separate\b", re.I)


NEARBY_BEFORE = re.compile(r"\b(?:nearby|neighbou?ring)\s+$", re.I)


def refined(location: Place | None, places: list[Place], sentences: list, index: int, day_told: bool = True) -> Place | None:
    """A country-level (or missing) location made precise by a town or region named within the
    next sentences, in the same country; marked less certain than a place in the sentence. A
    sentence that sums over a country keeps the country: its towns are the parts' places. A
    province is made precise by a place in it ("killed two villagers in Chhattisgarh state. ¶ The
    bodies were found … in Bijapur")."""
    province = location.name if location is not None and location.feature_code == "ADM1" else None
    if (location is not None and location.level != "country" and province is None) or SPREAD_ACROSS.search(sentences[index].text):
        return location
    last = sentences[min(len(sentences) - 1, index + DETAIL_SENTENCES)]
    start = sentences[index].end_char
    country = location.country_code if location is not None else None
    # ("In the city of Gulu, a separate protest …": the place of another event, no detail of this one;
    # "in another incident in Lima" says the first was in Lima too)
    another = [(s.start_char, s.end_char) for s in sentences[index + 1 : index + DETAIL_SENTENCES + 1] if ELSEWHERE.search(s.text) or HELD_ELSEWHERE_TOO.search(s.text)]
    # (the whole text only when a place could be a detail: spaCy rebuilds Doc.text on every access)
    doc_text = sentences[index].doc.text if any(start <= p.evidence.start < last.end_char for p in places) else ""
    detail = [
        p for p in places
        if p.is_location and start <= p.evidence.start < last.end_char and p.level in ("point", "region")
        and (country is None or p.country_code == country) and not any(s <= p.evidence.start < e for s, e in another)
        # ("repelled 52 attacks in the Pokrovsk sector": a stretch of front named for a town, no detail of the scene)
        and not FRONT_SECTOR_AFTER.match(doc_text, p.evidence.end)
        # ("… arrested in Maga on Tuesday. ¶ … after gunmen kidnapped 12 farmers in nearby Zuru": near the scene, not in it)
        and not NEARBY_BEFORE.search(doc_text, max(0, p.evidence.start - 16), p.evidence.start)
        # (not the province's namesake seat: "across Aleppo city and province" names no scene in it)
        and (province is None or (p.admin1 == province and p.feature_code != "ADM1" and not province.startswith((p.name, p.evidence.text.strip()))))
    ]
    if location is None or province is not None:
        # with no place at all in the event's sentence, only the very next sentence is its detail
        detail = [p for p in detail if p.evidence.start < sentences[min(len(sentences) - 1, index + 1)].end_char]
    next_one = sentences[min(len(sentences) - 1, index + 1)].text
    if province is not None and (len({p.gazetteer_id for p in detail}) != 1 or SEPARATE_ACTS.search(sentences[index].text)
                                 or (not day_told and WEEKDAY.search(next_one)) or _own_count_of_dead(next_one)):
        # ("Mobs set fire to cars in Nuh district, and the violence spread to nearby Gurugram": two
        # scenes, neither the province's one; "in two separate gunbattles": each part has its own;
        # "kidnapped last month in Arauca. ¶ The soldiers were handed over … in Saravena on Thursday": a later act's place;
        # "Residents said at least 11 people died when the gunmen stormed Kaura Namoda": a telling of its
        # own, which the merging of tellings weighs, not a detail)
        return location
    if not detail:
        return location
    first_town = min((p for p in detail if p.level == "point"), key=lambda p: p.evidence.start, default=None)
    if location is not None and first_town is not None and listed_with(first_town, detail, sentences[index].doc.text):
        return location  # ("killed in Mozambique …. ¶ Protesters … looted shops in Maputo and in Nampula": the whole country's toll)
    best = min(detail, key=lambda p: (int(p.precision), p.evidence.start))
    return dataclasses.replace(best, confidence=round(best.confidence * 0.7, 2))


def _own_count_of_dead(sentence: str) -> bool:
    """A sentence's own count of dead ("at least 11 people died"; not "Two policemen were also
    killed", a part of the toll told)."""
    # ("A 67-year-old woman was killed when a guided bomb hit her house in Huliaipole": one dead is a count)
    return ALSO.search(sentence) is None and (read_casualties(sentence, FATALITY_PATTERNS, []) is not None or single_victim(sentence) is not None)


ALSO = re.compile(r"\balso\b", re.I)


def scene(places: list[Place]) -> Place | None:
    """The most recent, most precise place before the event sentence, as ACLED codes the place
    a report is about; marked less certain than a place in the sentence itself."""
    if not places:
        return None
    latest = max(places, key=lambda p: (-int(p.precision), p.evidence.start))
    return dataclasses.replace(latest, confidence=round(latest.confidence * 0.7, 2))


def headline_place(title: str | None, text: str, places: list[Place]) -> Place | None:
    """The one place a headline names ("Police fire tear gas at protesters in Nairobi"), for a
    lede that tells its event and names none: the headline is the report's own summary of that
    lede. A headline naming two places sets no single scene."""
    at = text.find(title) if title else -1
    if at < 0:
        return None
    named = [p for p in places if at <= p.evidence.start < at + len(title)]
    if len({p.gazetteer_id for p in named}) != 1:
        return None
    return dataclasses.replace(named[0], confidence=round(named[0].confidence * 0.7, 2))


# "in the centre of the city", "in this capital": the city the report was filed from
THE_CITY_HERE = re.compile(r"\b(this|the) (city|capital)\b(?!\s+(of|council|hall|authorities|government|police)\b)", re.I)


# "in the area", "near the area": the scene of the event just told
THE_AREA = re.compile(r"\b(?:in|into|near|around)\s+the\s+area\b(?!\s+of\b)", re.I)


# "in the city's Kyivskyi district": a part of the city told, whatever namesake the gazetteer has
CITY_PART_BEFORE = re.compile(r"\b(?:the|this)\s+(?:city|capital)['’]s\s+(?:[\w-]+\s+)?$", re.I)


def city_meant(sentence: str, dateline_places: list[Place], events: list[Event] = (), named_before: list[Place] = ()) -> Place | None:
    """The city "the city" or "this capital" points back to, for a sentence that names no place:
    the town of the event told just before, else the dateline's city. A dateline alone places
    nothing (a report may be filed far from what it tells); "the capital" is a capital only. "The
    area" is where the event just told was ("struck several tanks in the area"), whatever its kind."""
    m = THE_CITY_HERE.search(sentence)
    told = events[-1].location if events else None
    if m is None and told is not None and THE_AREA.search(sentence):
        return dataclasses.replace(told, confidence=round(told.confidence * 0.7, 2))
    # ("NAIROBI - Fighting … around El Fasher has intensified. ¶ On Monday, RSF shelling of the city's
    # southern neighbourhoods …": the last city the body named, before the city it was filed from)
    cities = [p for p in named_before if p.level == "point" and (p.feature_code or "").startswith("PPL")]
    city = told if told is not None and told.level == "point" else cities[-1] if cities else next((p for p in dateline_places if p.level == "point"), None)
    if m is None or city is None:
        return None
    if m[1].lower() == "the" and m[2].lower() == "capital" and city.feature_code != "PPLC":
        return None
    return dataclasses.replace(city, confidence=round(city.confidence * 0.7, 2))


# At one ACLED precision (3), a province is narrower than a country, and a country than a world
# region ("the Levant" in "the Islamic State of Iraq and the Levant")
BREADTH = {"country": 1, "continent": 2}


# A capital holds a provincial seat, which holds a district seat, which holds a town
_SEAT_RANK = {"PPLC": 4, "PPLA": 3, "PPLA2": 2, "PPLA3": 1, "PPLA4": 1}


def _without_holders(places: list[Place], text: str) -> list[Place]:
    """The places without the one that holds the other in a "<A> suburb of <B>" pair, which
    English writes either way round ("the Damascus suburb of Jaramana", "the Midan neighbourhood
    of Damascus"): the higher seat of government holds the lower one."""
    places = sorted(places, key=lambda p: p.evidence.start)
    holders = set()
    for i, (a, b) in enumerate(zip(places, places[1:])):
        if a.country_code == b.country_code and UNIT_OF_BETWEEN.fullmatch(text, a.evidence.end, b.evidence.start):
            rank_a, rank_b = _SEAT_RANK.get(a.feature_code or "", 0), _SEAT_RANK.get(b.feature_code or "", 0)
            if rank_a != rank_b:
                holders.add(i if rank_a > rank_b else i + 1)
    return [p for i, p in enumerate(places) if i not in holders]


LAUNCH_LEMMAS = frozenset({"fire", "launch", "shoot"})


# "taken to a hospital in Tegucigalpa", "airlifted to Kabul": where the hurt were treated; "abducted
# six others whom they took across the border into the DRC": where captives or attackers went;
# "a convoy travelling from Islamabad": where a journey began. None is the scene.
_TAKEN_FOR_CARE = r"(?:taken|rushed|airlifted|flown|evacuated|transferred|referred|admitted|treated|hospitali[sz]ed)\s+(?:to|at|in)\s+"
AWAY_FROM_SCENE_BEFORE = re.compile(
    rf"\b{_TAKEN_FOR_CARE}(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:hospitals?|clinics?|morgues?|mortuary|medical\s+(?:centres?|centers?|facilit(?:y|ies)))"
    rf"(?:\s+\w+)?\s+in\s+$|\b{_TAKEN_FOR_CARE}(?:the\s+)?(?:(?:city|town|capital|village|regional\s+capital|provincial\s+capital)\s+of\s+)?$"
    r"|\b(?:took|taken|taking|fled|fleeing|escaped|crossed|retreated|withdrew|dragged|whisked|displaced|relocated|moved)\s+(?:[\w'’-]+\s+){0,5}?"
    # ("a resident who fled to the town of Mocimboa da Praia")
    r"(?:into|to|towards?|back\s+to)\s+(?:the\s+)?(?:(?:city|town|village|capital)\s+of\s+)?$"
    # "a convoy travelling from Islamabad to the Dasu dam": where a journey began or was to end
    r"|\b(?:travel(?:l?ing|l?ed|s)?|heading|headed|bound|on\s+(?:its|their|his|her)\s+way|en\s+route)\s+"
    r"(?:from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+)?(?:from|to|towards?|for)\s+(?:the\s+)?$"
    # ("as passengers waited for a train to Peshawar", "a flight to Dubai": where it was to go
    r"|\b(?:trains?|flights?|bus(?:es)?|planes?|ferr(?:y|ies)|convoys?)\s+(?:bound\s+)?(?:to|for)\s+$"
    # ("terrorist groups positioned in the Eastern Ghouta targeted al-Salyhiah neighborhood": where the doers fired from)
    r"|\b(?:positioned|stationed|entrenched|holed\s+up|deployed)\s+(?:in|inside)\s+(?:the\s+)?$"
    # ("Havildar Muhammad Asghar, 36, a resident of Chakwal, embraced shahadat": where the dead came from)
    r"|\b(?:(?:a\s+)?(?:resident|native)s?\s+of|hail(?:ed|ing|s)\s+from|belong(?:ed|ing|s)\s+to)\s+(?:the\s+)?$"
    # ("armed youth from neighbouring Unity State raided cattle camps in Tonj North County": where the raiders came from)
    r"|\b(?:youths?|men|raiders|attackers|gunmen|fighters|militias?|herders|militants)\s+from\s+(?:the\s+)?(?:neighbou?ring|nearby|adjacent)\s+$", re.I)


def away_from_scene(place: Place, text: str) -> bool:
    """True when the place is only where the wounded were treated, where people were taken or
    fled, or where a journey began or was to end."""
    return AWAY_FROM_SCENE_BEFORE.search(text, max(0, place.evidence.start - 60), place.evidence.start) is not None


def location_of(places: list[Place], trigger) -> Place | None:
    """Where the event happened: a place the event's own clause names, not one in the source's
    description ("…, the Syrian Observatory in London said"); the most precise, nearest to the
    trigger. "near X" and "20 km from X" make a town's precision ACLED 2 (near a town)."""
    in_sources: set[int] = set()
    elsewhere: set[int] = set()  # where a source spoke, or whence a missile came: never the scene
    across: set[int] = set()
    doing: set[int] = set()  # a country named as the doer (not a town: the parse may read "… the capital Tripoli killed" so)
    for token in trigger.sent:
        if token.lemma_.lower() in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    in_sources.update(t.idx for t in child.subtree)
                    # ("The army, which has used drones acquired from Turkey …, said": what the source is, never where)
                    # (not when the act itself is in a subject, as the parse may hang it: "Armed bandits abducted 61 people …, residents said")
                    if not any(c.dep_ == "nsubj" and c.left_edge.i <= trigger.i <= c.right_edge.i for c in token.children):
                        # (an aside set off by commas: "The army, which …, said")
                        elsewhere.update(t.idx for r in child.children if r.dep_ == "relcl" and r.left_edge.i > 0
                                         and token.doc[r.left_edge.i - 1].text == "," for t in r.subtree)
                elif child.dep_ == "prep" and child.lower_ in ("in", "from", "at") and child.i == token.i + 1 \
                        and not any(c.dep_ == "auxpass" for c in token.children):  # ("Demonstrations were reported in Beira": where they were)
                    # where the source spoke, never the event's place: "George Sabra said in Turkey the
                    # attack had killed 1,300" (right after the verb: a phrase further on may be the
                    # event's, misattached by the parse)
                    elsewhere.update(t.idx for t in child.subtree)
            if token.i > 0:
                # "… four children Al Jazeera reported": a scrape without the comma loses the
                # subject in the parse, but the name right before the verb is still the source
                in_sources.add(token.doc[token.i - 1].idx)
        elif token.lower_ == "with" and token.head.lemma_.lower() in ("border", "crossing", "frontier"):
            # "near the Atmeh border crossing with Turkey": the neighbour across it, unless nothing else is named
            across.update(t.idx for t in token.subtree)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in ("support", "solidarity") and token.i != trigger.i:
            # "fired a missile at Israel … in support of Palestinians in Gaza": whom it was for, not
            # where (to the end of the clause it is in, where the parse often hangs "in Gaza")
            clause_end = token.head.head.right_edge.i if token.dep_ == "pobj" else token.right_edge.i
            elsewhere.update(t.idx for t in token.doc[token.i + 1 : clause_end + 1])
        elif token.dep_ in ("nsubj", "conj") and token.ent_type_ == "GPE" and _doer_of(token, trigger):
            # ("The U.S. and Britain launched fresh air strikes on Houthi positions": the country doing
            # the act is no scene; the positions' place, here or in the sentences around, is)
            doing.update(t.idx for t in token.doc[token.left_edge.i : token.i + 1])
        elif token.lower_ in ("toward", "towards") and token.dep_ == "prep" and token.head.lemma_.lower() in ADVANCING_LEMMAS:
            # ("as Moscow pressed its offensive toward the logistics hub of Pokrovsk": where it heads, not where it is)
            elsewhere.update(t.idx for t in token.subtree)
        elif token.lower_ == "from" and token.head.lemma_.lower() in LAUNCH_LEMMAS:
            # "missiles fired from over the Golan Heights": where they came from, never where they fell
            elsewhere.update(t.idx for t in token.subtree)

    # ("holding signs that read \"I support Palestine Action\"": a slogan's places are no scene)
    sent_start = trigger.sent.start_char
    for m in SLOGAN.finditer(trigger.sent.text):
        elsewhere.update(range(sent_start + m.start("words"), sent_start + m.end("words")))

    def among(place: Place, offsets: set[int]) -> bool:
        return any(place.evidence.start <= i < place.evidence.end for i in offsets)

    places = [p for p in places if not among(p, elsewhere) and not (p.level == "country" and among(p, doing))]  # the sentences before may give the place instead
    told = [p for p in places if not among(p, in_sources)] or places
    candidates = [p for p in told if not among(p, across)] or told
    candidates = _without_holders(candidates, trigger.doc.text) or candidates
    if not candidates:
        return None
    # ("near Barkhan, about 170 km east of the provincial capital Quetta": the town a distance is
    # measured from is no scene when the clause names another place before it)
    first = min(p.evidence.start for p in candidates)
    candidates = [p for p in candidates if p.evidence.start == first or not _measured_from(p, trigger.doc.text)] or candidates
    # ("Chhattisgarh's Bijapur district": a district is narrower than its state, at one ACLED precision)
    best = min(candidates, key=lambda p: (int(p.precision), BREADTH.get(p.level, 0), p.feature_code == "ADM1", abs(p.evidence.start - trigger.idx)))
    before = trigger.sent.text[: max(0, best.evidence.start - trigger.sent.start_char)][-60:]
    if best.precision is GeoPrecision.POINT and NEAR_RE.search(before):
        best = dataclasses.replace(best, precision=GeoPrecision.NEAR)
    return best


def _doer_of(token, trigger) -> bool:
    """Whether a name is the subject of the verb the trigger is or hangs on, or is joined to it."""
    while token.dep_ == "conj":
        token = token.head
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return token.dep_ == "nsubj" and token.head == verb


# "170 km (105 miles) east of the provincial capital ", "20 kilometres from "
MEASURED_FROM = re.compile(r"\b\d+\s*(?:km|kilometres|kilometers|miles)\b(?:\s*\([^)]*\))?(?:\s+\w+)?\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)


def _measured_from(place: Place, text: str) -> bool:
    return MEASURED_FROM.search(text[max(0, place.evidence.start - 80) : place.evidence.start]) is not None


# ("in Mombasa and in Kisumu", "in the capital Maputo and in the northern city of Nampula")
# the words of a sign, a banner or a chant
SLOGAN = re.compile(r"\b(?:read|reading|chant\w*|shout\w*|slogans?|signs?|banners?|placards?)\b[^\"“”.]{0,25}[\"“](?P<words>[^\"”]{1,150})[\"”]", re.I)


LIST_JOINER = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:in\s+)?(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|village|port)\s+(?:of\s+)?)?")


def listed_with(location: Place | None, places: list[Place], text: str) -> list[Place]:
    """The other towns listed with ``location`` ("in Mombasa, Kisumu and Eldoret"), in order:
    ACLED codes one demonstration event per town and day."""
    if location is None or location.level != "point":
        return []
    towns = sorted((p for p in places if p.level == "point" and p.is_location), key=lambda p: p.evidence.start)
    index = next((i for i, p in enumerate(towns) if p.evidence.start == location.evidence.start), None)
    if index is None:
        return []
    listed: list[Place] = []
    for before, after in zip(towns[index:], towns[index + 1:]):
        if not LIST_JOINER.fullmatch(text, before.evidence.end, after.evidence.start) or after.gazetteer_id == location.gazetteer_id:
            break
        listed.append(after)
    # (the place chosen may be the list's last: "in the port city of Mombasa and in Kisumu, where …")
    for before, after in zip(reversed(towns[:index]), reversed(towns[1 : index + 1])):
        if not LIST_JOINER.fullmatch(text, before.evidence.end, after.evidence.start) or before.gazetteer_id == location.gazetteer_id:
            break
        listed.insert(0, before)
    return listed


def split_by_places(event: Event, sentence: str, offset: int, places: list[Place]) -> list[Event]:
    """``event`` as ACLED's one event a place, when its sentence splits its toll between places
    (``places``: the scene places in the sentence; ``offset``: the sentence's start in the text).
    "killed three people in Kharkiv and two in Kherson": two events. "killed at least 40 across
    the Gaza Strip, including 17 in a single strike on a house in Beit Lahiya" (", … and six in a
    tent camp in Khan Younis"): the parts the sentence places are the events; the sum spans
    places it does not name."""
    split = counts_at_places(sentence, [p.evidence.start - offset for p in places])
    if len(split) >= 2 and split[0][1].best == event.fatalities.best:
        first = dataclasses.replace(event, location=places[split[0][0]])
        return [first] + [dataclasses.replace(first, location=places[i], fatalities=toll) for i, toll in split[1:]]
    if split and sum(toll.best for _, toll in split) < event.fatalities.best and SPREAD_ACROSS.search(sentence) and INCLUDING_PART.search(sentence):
        return [dataclasses.replace(event, location=places[i], fatalities=toll) for i, toll in split]
    return [event]
