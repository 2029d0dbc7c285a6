"""Which word of a sentence carries its act, and what the parse says about that word.

In: a sentence's spaCy span, the sub-event type it was given and its date phrases. Out: the
trigger token (the rule's first match the parse can place), and tests on it that the events stage
asks: is it a pattern or a grievance rather than an occurrence, a band of doers (or the state's
forces, or a thing the event before introduced) named again, an abduction told again at a rescue,
a definite noun pointing back at an event already told, an event that tolls its own dead, a
negated act, a sentence that tells only the victims of the event before (or of an event told
across several places). Used by the events stage only.
"""

from __future__ import annotations

import re

from ..model import ActorCategory, ActorMention, DatePrecision, Event
from .event_context import DEMONSTRATIONS
from .event_labels import TERRITORY_TYPES
from .event_scene import SPREAD_ACROSS
from .event_patterns import EVENT_NOUNS, avenged, grievance, is_pattern
from .event_roles import came_under_fire, governing_verb, token_ending_at
from .event_rules import ATTACK_MEANS, PREFILTER, RULE_FOR, RULES
from .quantities import SMALL_COUNT_WORDS
from .taxonomy import event_type_of
from .tolls import VIOLENT_TYPES


def rule_names(sub_event: str, sentence: str) -> bool:
    """Whether the codebook rule for ``sub_event`` matches the sentence's own words."""
    pattern = RULE_FOR.get(sub_event)
    return pattern is not None and pattern.search(sentence) is not None


def trigger_token(span, sub_event: str):
    """The token that carries the event: the first match of the rule inside the parse."""
    return trigger_tokens(span, sub_event)[0]


def trigger_tokens(span, sub_event: str) -> list:
    """Every token the rule for ``sub_event`` matches in the sentence, first first (at least one)."""
    pattern = RULE_FOR.get(sub_event)
    found = list(pattern.finditer(span.text)) if pattern is not None else []
    if not found:
        # typed by the classifier from words no rule of that type names: the first word any
        # rule names carries the event ("attacked" in a sentence typed a clash), else the first
        # prefilter word, else the sentence's root
        ruled = [m for _, p in RULES if (m := p.search(span.text))]
        first = min(ruled, key=lambda m: m.start()) if ruled else PREFILTER.search(span.text)
        if first is None:
            return [span.root]
        found = [first]
    tokens = [token_ending_at(span.doc, span.start_char + m.end()) for m in found]
    return [token if token is not None else span.root for token in tokens]


def occurrence_trigger(span, sub_event: str, sentence: str, *, headline: bool, outside: list[tuple[int, int]] = ()):
    """The first trigger that tells an occurrence, or None when every one tells a pattern. An
    earlier mention can be a scrape's tag list ("Tags Syria Aleppo airstrikes At least 51
    civilians were killed in air raids …") or a generic aside before the report. Words inside
    the ``outside`` spans (date phrases, the dateline; offsets in the sentence) are no trigger."""
    return next((t for t in trigger_tokens(span, sub_event)
                 if not any(s <= t.idx - span.start_char < e for s, e in outside) and not is_pattern(t, sentence, headline=headline)
                 and not grievance(t) and not avenged(t) and not doers_only_named(t, sub_event) and not commemorated(t)
                 and not of_a_past_period(t)), None)


def of_a_past_period(trigger) -> bool:
    """"people killed during last year's anti-tax protests": an act a possessive sets in a past year or
    month, named to say who the sentence's people are, not what it reports."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ("year", "month", "decade")
               and any(g.lower_ in ("last", "previous", "past") for g in c.children) for c in trigger.children)


def background_of_the_subject(token, dates: list) -> bool:
    """The word is in a relative clause on the sentence's subject that dates itself to an earlier
    month or year, which says who the subject is, not what happened: "Niger's ruling junta, which
    seized power in a coup in July last year, declared three days of mourning". (A clause with a
    day or no date of its own may tell the news: "Hector Oqueli, who was kidnapped in Guatemala,
    was found dead".)"""
    verb = governing_verb(token)
    if not (verb.dep_ == "relcl" and verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.pos_ in ("NOUN", "PROPN")
            and verb.head.lemma_.lower() not in EVENT_NOUNS):  # ("the attack in which chemical weapons were used had killed 1,300")
        return False
    start, end = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
    own = [d for d in dates if start <= d.start < end]
    return bool(own) and all(d.date.precision in (DatePrecision.MONTH, DatePrecision.YEAR) for d in own)


def standing_change(token, sub_event: str, dates: list) -> bool:
    """A change to a group told in the present perfect with no date of its own ("The ADF has
    pledged allegiance to the Islamic State group"), past the report's opening: who the group is
    now, background, not a change on the report's day."""
    verb = governing_verb(token)
    return sub_event == "Change to group/activity" and not dates and verb.tag_ == "VBN" \
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


# "marked the fifth anniversary of the Easter Sunday bombings": a remembrance, not the act
COMMEMORATION_NOUNS = frozenset({"anniversary", "commemoration", "remembrance", "memory", "memorial"})


def commemorated(token) -> bool:
    """Whether the word names an act a remembrance is of ("the anniversary of the bombings")."""
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in COMMEMORATION_NOUNS


def doers_only_named(token, sub_event: str) -> bool:
    """A word for a band of doers that is no subject tells no violence: "said among the attackers
    were two sons of a local official" (but "Gunmen burst into the hall" tells one; and fighters
    sent or arrived may tell a change to a group's activity)."""
    return event_type_of(sub_event) in VIOLENT_TYPES and token.lower_ in DOER_NOUNS and token.dep_ not in ("nsubj", "nsubjpass", "ROOT", "conj")


def doer_named_again(trigger, actor1: ActorMention | None, previous: Event) -> bool:
    """Whether the sentence's only event word is its doer, the one the event before had, named
    again with "the" ("The gunmen arrived …"); an unnamed band may be named in other words."""
    if actor1 is None or previous.actor1 is None:
        return False
    if actor1.actor_id != previous.actor1.actor_id and not (actor1.generic and previous.actor1.generic):
        return False  # "Armed bandits abducted …. The gunmen arrived …": one unnamed band, two words
    if not actor1.evidence.start <= trigger.idx < actor1.evidence.end:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in trigger.children)


def told_by_they(trigger, sub_event: str, told: Event) -> bool:
    """Whether the act's subject is "they" ("They entered on Tuesday evening") and the act is of the
    kind of the event just told (any change of ground for one): those just told, again."""
    same_kind = event_type_of(sub_event) == told.event_type or {sub_event, told.sub_event_type} <= TERRITORY_TYPES
    return same_kind and any(c.dep_ == "nsubj" and c.lower_ == "they" for c in governing_verb(trigger).children)


# what a doer fires, sets off or drives into the target, which may be the subject of the act told again
LAUNCHED_THINGS = frozenset({"missile", "rocket", "drone", "shell", "bomb", "device", "explosive", "grenade", "mortar", "projectile", "car", "truck", "vehicle"})


def target_named_again(trigger, previous: Event) -> bool:
    """Whether the sentence's act is done to, or by, a thing the event before introduced, named
    again with "the": "Gunmen opened fire on a convoy …. ¶ The convoy, which was travelling under
    police escort, was attacked near Bagan" and "Two missiles struck Sumy …. The missiles hit as
    people gathered" tell that event again."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    named = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if named is None or named.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in named.children):
        return False
    if named.dep_ == "nsubj" and named.lemma_.lower() not in LAUNCHED_THINGS:
        return False  # ("The guerrillas attacked the oil well": a doer named again may do another act)
    return re.search(rf"\b(?:a|an|\d+|{SMALL_COUNT_WORDS}|several)\s+(?:[\w-]+\s+){{0,2}}?{re.escape(named.lower_)}\b", previous.evidence.text, re.I) is not None


THE_DOERS_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|lone)\s+)?$")  # ("The two attackers")
DOER_NOUNS = frozenset({"attackers", "assailants", "gunmen", "raiders", "militants", "insurgents", "jihadists", "bandits", "fighters", "rebels", "guerrillas"})


def the_doers(actor: ActorMention | None, text: str) -> bool:
    """Whether the doer is a band the report has just told of, named with "the": "The attackers"."""
    return actor is not None and actor.generic and actor.evidence.text.lower() in DOER_NOUNS and _with_the(actor, text)


def the_forces_again(actor: ActorMention | None, previous: Event, text: str) -> bool:
    """Whether the doer is the state's forces the event before named, now in a generic word with
    "the": "Malian soldiers killed 24 civilians …. The troops arrived in the village on Jan. 27"."""
    return (actor is not None and actor.generic and actor.category is ActorCategory.STATE_FORCES
            and previous.actor1 is not None and previous.actor1.category is ActorCategory.STATE_FORCES and _with_the(actor, text))


def side_named_again(actor: ActorMention | None, previous: Event) -> bool:
    """Whether a generic word names again a side of the event before, as its kind: "Soldiers from
    the 94th Infantry Battalion … came under fire", after a clash with government troops."""
    return actor is not None and actor.generic and actor.category is not None \
        and any(side is not None and side.category is actor.category for side in (previous.actor1, previous.actor2))


def _with_the(actor: ActorMention, text: str) -> bool:
    """Whether the actor's words open with "the" (and perhaps a count: "The two attackers")."""
    return THE_DOERS_BEFORE.search(text, max(0, actor.evidence.start - 20), actor.evidence.start) is not None


def dated_act(trigger, dates: list, *, any_precision: bool = False) -> bool:
    """Whether a day-precise date phrase (with ``any_precision``, any date phrase) sits among the
    words the trigger governs ("the murder of six priests early this morning", "the 31 October
    attack", "an attack on a mosque earlier this week"), not on another verb's."""
    if trigger.lower_ == "dead" and trigger.pos_ == "ADJ":
        trigger = governing_verb(trigger)  # "shot dead five workers": the day is the shooting's
    while trigger.dep_ in ("compound", "amod", "nmod") and trigger.head.pos_ in ("NOUN", "PROPN"):
        trigger = trigger.head  # "Thursday's dynamite attack": the day is the attack's, which "dynamite" names
    if trigger.dep_ == "dobj" and trigger.head.lemma_ in LIGHT_VERBS:
        trigger = trigger.head  # "today carried out its sixth attack": the day is the light verb's
    wanted = [d for d in dates if any_precision or d.date.precision is DatePrecision.DAY]
    # ("Gunmen burst into a car wash … on Monday and shot dead five workers": the day of the first of two acts told together)
    return any(_among_words(trigger, d.start) or (trigger.dep_ == "conj" and _said_of_verb(trigger.head, d.start)) for d in wanted)


def _said_of_verb(verb, offset: int) -> bool:
    """Whether the words at ``offset`` hang on ``verb`` itself (as "on Monday" on "burst")."""
    token = next((t for t in verb.sent if t.idx >= offset), None)
    while token is not None and token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token is not None and token.head.i == verb.i and token.dep_ in ("prep", "npadvmod", "advmod")


def acts_words(trigger, actor: ActorMention) -> bool:
    """Whether the actor is named among the words the act's noun governs ("an attack by a mob")."""
    return _among_words(trigger, actor.evidence.start)


def _among_words(trigger, offset: int) -> bool:
    first, last = trigger.left_edge, trigger.right_edge
    return first.idx <= offset < last.idx + len(last)


def named_by_its_year(trigger) -> bool:
    """"a 2021 attack on a Catholic church": the act's noun dated by a year alone, which is no date
    ACLED codes an event at (and no act of the report's day)."""
    # (after an article: "Friday 1 Jul 2016 Separate air raids …", a byline run into the lede, dates nothing)
    return trigger.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("nummod", "compound", "amod") and YEAR.fullmatch(c.text) and c.i > 0
                                                      and c.doc[c.i - 1].lower_ in ("a", "an", "the") for c in trigger.children)


YEAR = re.compile(r"(?:19|20)\d\d")


def charged_with(trigger) -> bool:
    """Whether the act is what someone is charged with, accused of, tried for or investigated
    ("three students have been charged with the killing of two missionaries", "the inquiry into
    the killings"): the sentence's day is the charge's, and the accused are no victims."""
    # (or inside what is: "charged three men with the murder of two engineers who were killed in a suicide attack")
    for token in (trigger, *trigger.ancestors):
        charging = token.head.head
        # (a verb: "charges of dynamite" charge no one)
        if token.dep_ == "pobj" and token.head.lower_ in ("with", "of", "for", "over") and charging.pos_ == "VERB" and charging.lemma_.lower() in CHARGING_LEMMAS:
            return True
        if token.dep_ == "pobj" and token.head.lower_ in ("of", "into", "with") and charging.pos_ == "NOUN" and charging.lemma_.lower() in INQUIRY_NOUNS:
            return True  # "the prosecution of those involved in the Jesuit murders", "in connection with an attack"
    return False


INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "prosecution", "trial", "handling", "connection"})


CHARGING_LEMMAS = frozenset({"charge", "accuse", "indict", "convict", "sentence", "try", "prosecute", "suspect", "acquit", "arrest", "detain", "jail"})


# verbs whose object names the act: the act's day may hang on them
LIGHT_VERBS = frozenset({"carry", "launch", "stage", "commit", "perpetrate", "conduct", "mount", "unleash"})


RESCUING_LEMMAS = frozenset({"rescue", "free", "release", "return", "reunite", "repatriate", "evacuate"})


def rescued(trigger) -> bool:
    """"Troops rescued 137 students abducted from a school", "rescued 20 kidnapped victims": the
    abduction is the victims' description, told again at their rescue, not an act of the rescuers."""
    return trigger.dep_ in ("acl", "amod", "relcl") and governing_verb(trigger.head).lemma_.lower() in RESCUING_LEMMAS


def rescuer_is_no_captor(trigger) -> bool:
    """Whether the rescue's subject freed captives others took ("Troops rescued 20 villagers who had
    been kidnapped"); captors who release ("the ELN released six soldiers it had kidnapped") took them."""
    return rescued(trigger) and governing_verb(trigger.head).lemma_.lower() != "release"


def done_by_them(trigger, quoted: bool = False) -> bool:
    """Whether the trigger's clause has "they" for its subject (not "when they came under fire": they
    were hit); in a quotation, "we" too ('"We killed more than 20 militants," the colonel said')."""
    verb = governing_verb(trigger)
    doers = ("they", "we") if quoted else ("they",)
    return not came_under_fire(verb) and any(c.dep_ == "nsubj" and c.lower_ in doers for c in verb.children)


def told_in_the_past(trigger, *, passive: bool = False) -> bool:
    """The simple past tells what happened ("Protests took place"); the perfect and the present
    tell what has been happening. With ``passive``, so does the simple past passive
    ("Demonstrations were also held in Mombasa"); for attacks it tells a series as often
    ("attacks were launched in at least 11 locations")."""
    verb = governing_verb(trigger)
    past_passive = passive and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (verb.tag_ == "VBD" or past_passive) and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


WEAPON_NOUNS = frozenset({"bomb", "missile", "shell", "rocket", "drone", "strike", "airstrike", "grenade", "mortar"})


def one_of_the_weapons(trigger) -> bool:
    """"One bomb hit a building": one of the weapons of a volley just told (but "a second strike
    on a house in the village of Aitaroun" is a strike of its own)."""
    return trigger.lemma_.lower() in WEAPON_NOUNS and any(c.dep_ == "nummod" and c.lower_ == "one" for c in trigger.children)


# verbs that name what was done: "what it called a massacre", "described as an act of terrorism"
NAMING_LEMMAS = frozenset({"call", "describe", "term", "label", "brand", "dub"})
# a device that goes off where it was set, and how it was set
PLANTED_DEVICES = frozenset({"ied", "bomb", "device", "explosive", "explosives", "mine", "landmine", "charge"})
PLANTING_LEMMAS = frozenset({"plant", "place", "lay", "hide", "bury", "set", "leave"})


# the people an event's toll counted, named again by a definite noun
TOLD_VICTIMS = frozenset({"dead", "victims", "wounded", "injured"})


def is_coreferent(trigger) -> bool:
    """"claimed responsibility for the attack", "no group has claimed the abduction": a definite
    event noun points back at an event already reported, it does not report a new one."""
    if trigger.lower_ in TOLD_VICTIMS and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) \
            and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.i != trigger.head.i:
        return True  # "one of the dead had been shot in the head": the dead of the event told
    if trigger.lemma_.lower() in PLANTED_DEVICES and trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in PLANTING_LEMMAS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return True  # ('"We suspect that the IED was planted by al-Shabaab militants"': the device that went off, its planter named)
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in EVENT_NOUNS:
        return False  # "seized the town": the noun is the ground taken, not an event named again
    if trigger.head.lemma_.lower() in NAMING_LEMMAS and trigger.dep_ in ("oprd", "attr", "dobj", "xcomp"):
        return True  # ('The … government condemned what it called a "massacre"': the act told, named by its judge)
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(n.dep_ == "nummod" for g in c.children for n in g.children) for c in trigger.children):
        return False  # "a video shows the killing of two activists": the noun counts its own victims, it tells them first
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their") for c in trigger.children)


# "the attack killed 32", "the strike left 40 dead", "the bombing claimed 12 lives"
TOLLING_VERBS = frozenset({"kill", "leave", "claim", "cause", "take"})


def tolls_itself(trigger) -> bool:
    """The event noun is the subject of the killing verb ("the attack killed 32"), or the dead
    were killed in it ("20 civilians were killed in the attack"): the toll is that event's, not
    one a clause hung on it tells ("the attack came as troops executed 48")."""
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in TOLLING_VERBS:
        return not is_negated(trigger)
    preposition = trigger.head
    if trigger.dep_ == "pobj" and preposition.lower_ in ("in", "during") and preposition.head.i != preposition.i:
        verb = preposition.head  # or a verb conjoined to it: "in the attack 18 lorries were destroyed and 20 were killed"
        verbs = [verb] + [c for c in verb.children if c.dep_ == "conj"]
        return any(v.lemma_.lower() in ("kill", "die") for v in verbs) and not is_negated(trigger)
    return False


def is_negated(trigger) -> bool:
    verb = governing_verb(trigger)
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    if (verb.lemma_.lower() == "spare" or verb.lower_ == "spared") and trigger.i != verb.i:
        return True  # ("the Red Sea city, which had been spared fighting": no fighting there)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.lower_ in ("no", "nobody") for c in subject.subtree)


# Who was hurt, killed or held, in a passive clause that names no doer and no means
VICTIM_REPORT_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "die", "shoot"})
DETENTION_LEMMAS = frozenset({"arrest", "detain"})
ATTACKERS = re.compile(r"\battackers?\b", re.I)
AMONG_THE_VICTIMS = re.compile(r"\b(?:was|were|is|are)\s+among\s+the\s+(?:dead|killed|injured|wounded|hurt|victims|casualties)\b"
                               r"|^\W*among\s+the\s+(?:dead|killed|injured|wounded|victims)\s+(?:was|were|is|are)\b", re.I)  # ("Among the dead was a former …")
STRAY_FIRE = frozenset({"bullet", "gunfire", "crossfire", "shrapnel", "fire", "round"})


def tells_only_victims(trigger, sentence: str, previous: Event) -> bool:
    """Whether the sentence tells only who was killed, hurt (or, after a demonstration,
    arrested) in the event before it: a passive with no agent and no weapon ("were killed",
    "had been wounded")."""
    verb = governing_verb(trigger)
    lemma = verb.lemma_.lower()
    if previous.event_type in DEMONSTRATIONS:
        allowed = VICTIM_REPORT_LEMMAS | DETENTION_LEMMAS
    elif previous.event_type in VIOLENT_TYPES or previous.sub_event_type == "Looting/property destruction":
        allowed = VICTIM_REPORT_LEMMAS  # (a looting's dead make it an attack: see the events stage)
    else:
        return False
    if ATTACK_MEANS.search(ATTACKERS.sub("", sentence)):  # ("as the attackers left" names no weapon)
        return False
    if AMONG_THE_VICTIMS.search(sentence):
        return True  # "Two children were among the injured."
    if lemma not in allowed:
        return False
    clause = verb.head if verb.dep_ == "conj" else verb  # "31 were injured and 52 arrested"
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in (*verb.children, *clause.children)) or lemma == "die"
    # (an agent that is only what hit them is no doer: "were killed by stray bullets")
    return passive and not any(c.dep_ == "agent" and not any(g.lemma_.lower() in STRAY_FIRE for g in c.children) for c in (*verb.children, *clause.children))


def spread_event_told(events: list[Event], follows_event: bool, actor1, trigger, sentence: str, in_sentence: list) -> Event | None:
    """The event just told across a country or several places ("strikes across Ukraine", "in
    several provinces"), when the sentence only gives the dead or hurt at one of its places."""
    if not follows_event or actor1 is not None or not in_sentence:
        return None
    for index in range(len(events) - 1, -1, -1):
        whole = events[index]
        if whole.location is None or whole.location.level == "country" or SPREAD_ACROSS.search(whole.evidence.text) is not None:
            # (the parts told since, "In Kyiv, …", are its own: "In Kryvyi Rih, …" is one more)
            parts = events[index + 1:]
            if all(p.sub_event_type == whole.sub_event_type and p.actor1 in (None, whole.actor1) for p in parts) \
                    and whole.event_type in VIOLENT_TYPES and tells_only_victims(trigger, sentence, whole):
                return whole
            return None
    return None
