"""Who did what to whom in an event sentence, read from its parse.

In: the event's sentence (a spaCy span), its trigger token and the actors the actors stage found
in it. Out: actor1 (the doer), actor2 (the target or victim) and associated actors, by ACLED's
conventions: the maker of the event noun ("regime airstrikes") or the clause's subject starts
it, its object suffers it; the subject's head names the doer, not its possessor ("Yemen's Houthi
rebels"); a "when" clause names who killed the dead of a passive ("nine were killed when
fighters stormed a hotel"); a group that says "it" did something did it. When the parse names no
doer, the one armed side the sentence names is the doer, unless it is among the dead, the
struck, or who reports the event. Also here: a state's forces abroad are external forces, a
claim of responsibility names a doer the report left open, which side of an event told tells a
sentence of it (its claim, not a toll), and who took ground another side left. Used by the
events stage only.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import ActorCategory, ActorMention, Event, Evidence, Place
from .casualties import FATALITY_PATTERNS, read_casualties
from .place_use import ASSAULT_WORDS, PLACE_NOUNS
from .tolls import VIOLENT_TYPES
from .taxonomy import event_type_of


# A word in one of these roles is a noun whatever its tag ("in regime airstrikes" tagged VBZ)
NOMINAL_DEPS = frozenset({"pobj", "nsubj", "nsubjpass", "dobj", "compound", "poss", "appos"})


def governing_verb(token):
    # an auxiliary's verb is its head: the small model reads "Ukrainian shelling wounded" as one
    while (token.pos_ not in ("VERB", "AUX") or token.dep_ in NOMINAL_DEPS or token.dep_ in ("aux", "auxpass")) and token.head.i != token.i:
        token = token.head
    return token


def token_ending_at(doc, end: int):
    """The token holding the character before ``end`` (a rule match's end), or None: a phrase's
    last word is its head ("air strikes")."""
    found = doc.char_span(end - 1, end, alignment_mode="expand")
    return found[0] if found is not None and len(found) else None


def came_under_fire(verb) -> bool:
    """"A UN helicopter came under fire": what came under it was hit; who fired is named only after "from"."""
    return verb.lemma_.lower() == "come" and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)


def extent(token) -> tuple[int, int]:
    """Character offsets of a token's whole subtree."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


WEAPON_NOUNS = {"missile", "rocket", "drone", "launcher", "mortar", "shell", "bomb", "tank", "artillery", "vessel", "boat"}
# verbs that bring a weapon down before it strikes
DISRUPTING_LEMMAS = {"intercept", "destroy", "down", "shoot", "neutralise", "neutralize", "repel", "thwart"}
# right after an event noun: "by" and the few words of its maker's name
MAKER_AFTER_NOUN = re.compile(r" by (?:the |a |an )?(?:[\w'’-]+ ){0,5}[\w'’-]+")
# "The bus came under fire from suspected militants": who fired, whatever the parse
UNDER_FIRE_FROM = re.compile(r"\bunder (?:heavy )?(?:fire|attack) (?:from|by) (?:the |a |an )?(?:[\w'’-]+ ){0,4}[\w'’-]+", re.I)
TAKING_LEMMAS = frozenset({"seize", "capture", "take", "recapture", "retake", "wrest", "win", "liberate"})
# things of a side that are hit, not who hit them ("a police van", "an army checkpoint")
TARGET_NOUNS = frozenset({"van", "vehicle", "truck", "car", "bus", "convoy", "station", "post", "checkpoint", "base", "camp", "barracks",
                          "headquarters", "office", "building", "outpost", "academy", "compound", "position", "installation", "facility"})
# words on the object of a group's verb that point at its other acts, not this one
OTHER_ACTS_WORDS = frozenset({"similar", "such", "previous", "past", "earlier", "many", "several", "numerous", "frequent", "repeated"})
# what stands between two forces named as one group: "the army and police", "troops, and Jammu and Kashmir Police"
ALLIES_BETWEEN = re.compile(r"\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?){0,4}")
ASKING_LEMMAS = frozenset({"demand", "request", "call", "urge", "condemn", "denounce", "deny", "report", "welcome", "oppose", "reject"})
RECIPROCAL_LEMMAS = frozenset({"fight", "clash", "battle", "sign", "agree", "exchange", "negotiate", "skirmish"})
REPORTING_LEMMAS = {"say", "tell", "report", "announce", "add", "claim", "state", "confirm"}
ACCUSING_LEMMAS = {"blame", "accuse"}
# verbs by which others judge an act: "the UN condemned the killing of three staff", "The
# attack was condemned by the government", "the Taliban denied involvement in the attack": their
# subjects and agents are no sides of it
JUDGING_LEMMAS = frozenset(ACCUSING_LEMMAS | {"condemn", "denounce", "deplore", "investigate", "describe", "call", "follow", "criticise", "criticize", "deny", "reject", "dismiss", "comment", "react"})
# who told of or judged an act, never a side in it
TELLING_OR_JUDGING_LEMMAS = frozenset(REPORTING_LEMMAS) | JUDGING_LEMMAS


def roles(span, trigger, actors: list[ActorMention]):
    """actor1: in the subject (or the passive agent); actor2: in the object; others associated."""
    # the sentence's own text, offsets from its start (spaCy rebuilds Doc.text on every access)
    text, start = span.text, span.start_char
    # "the government-held district": a place, not a side
    inside = [a for a in actors if start <= a.evidence.start < span.end_char and not HELD_BY.match(text, a.evidence.end - start)]
    # "the al Qaeda-linked JNIM", "Iran-backed militias": a patron is associated, never a side
    patrons = tuple(a for a in inside if TIED_TO.match(text, a.evidence.end - start))
    # "Regional forces, backed by U.S. airstrikes, overran …": who helped is associated, never a side
    helpers = tuple(a for a in inside if a not in patrons and any(m.start() <= a.evidence.start - start < m.end() for m in SUPPORT_PHRASE.finditer(text)))
    inside = [a for a in inside if a not in patrons and a not in helpers]
    # "a coalition raid on Manbij, where US-backed fighters are battling the Islamic State, killed
    # two civilians": who fights where the act fell is no side in it, unless the clause tells the act
    scenery = [extent(t) for t in span if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)
               and not t.left_edge.i <= trigger.i <= t.right_edge.i]
    # ("A drone strike killed at least 30 people at a bus station …, amid fighting between the federal army and the
    # regional Fano militia": the war around the act names no side in it, unless the act is that fighting)
    scenery += [(start + m.start(), start + m.end()) for m in AMID.finditer(text) if not start + m.start() <= trigger.idx < start + m.end()]
    inside = [a for a in inside if not any(s <= a.evidence.start < e for s, e in scenery)]
    # "…, the Syrian Observatory for Human Rights said.": who told it, however the parse hangs the name
    # (a state's ministry telling of strikes on its enemy speaks for the forces that flew them)
    if (told_by := SOURCE_AT_END.search(text)) is not None:
        # (but not a force named only as whose spokesman spoke: ", police spokesman Alfred Alabo said")
        inside = [a for a in inside if a.evidence.start - start < told_by.start()
                  or (a.category is ActorCategory.STATE_FORCES and not SOURCE_TITLE_AFTER.match(text, a.evidence.end - start))]
    # "Somali police said a roadside bomb struck a minibus": who told of an act with a doer of its
    # own words ("a roadside bomb") did not do it ("The army said it had killed …", "the ministry
    # said its forces had captured …" name the teller's own)
    clause = governing_verb(trigger)
    # (a passive's subject too, when the teller speaks first: "The Israeli military said about 20 rockets
    # were launched from Lebanon"; "Three militants were killed in a gunfight, police said" may name a side)
    passive_told = any(c.dep_ == "nsubjpass" for c in clause.children)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and not any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
           for c in clause.children):
        speakers = [extent(c) for v in clause.ancestors if v.pos_ == "VERB" and v.lemma_.lower() in REPORTING_LEMMAS
                    for c in v.children if c.dep_ == "nsubj" and not (passive_told and c.i > trigger.i)]
        inside = [a for a in inside if not any(s <= a.evidence.start < e for s, e in speakers)]
    if not inside:
        return None, None, patrons + helpers
    verb = governing_verb(trigger)
    subject_spans, object_spans = [], []
    judged = trigger.pos_ in ("NOUN", "PROPN") and verb.lemma_.lower() in JUDGING_LEMMAS
    came_under = came_under_fire(verb)
    # ("Gunmen on a motorcycle shot dead a journalist …, police said", parsed with "dead" under "said":
    # the teller is no doer)
    # (only the act in what is said: "The government announced a ceasefire", "An airstrike … has claimed
    # the lives of eight" keep their subjects)
    told_by_verb = verb.lemma_.lower() in REPORTING_LEMMAS and verb.i != trigger.i \
        and any(t.dep_ == "ccomp" for t in (trigger, *trigger.ancestors) if t.i != verb.i and verb in t.ancestors)
    for child in ([] if judged else verb.children):
        bounds = extent(child)
        if child.dep_ == "nsubj" and told_by_verb:
            continue
        if child.dep_ == "nsubj" and came_under:
            object_spans.append(bounds)
        elif child.dep_ in ("nsubj", "csubj") or (child.dep_ == "agent"):
            subject_spans.append(bounds)
        elif child.dep_ in ("dobj", "nsubjpass", "pobj", "dative", "prep") and child.lower_ != "according":
            object_spans.append(bounds)  # ("according to the Ministry of Health" names a source, no target)
    # "militants attacked a base …, killing five soldiers": whom the act's toll clause names were its
    # target, when the act's own object names no one (actors are taken in the order the text gives them)
    # (not of a fight's two sides: "exchanged fire …, killing three civilians")
    if verb.lemma_.lower() not in RECIPROCAL_LEMMAS and trigger.lemma_.lower() not in RECIPROCAL_LEMMAS:
        object_spans += [extent(g) for c in ([] if judged else verb.children) if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG"
                         and c.lemma_.lower() in TOLL_LEMMAS for g in c.children if g.dep_ == "dobj"]
    def within(actor: ActorMention, spans) -> bool:
        return any(s <= actor.evidence.start < e for s, e in spans)

    if verb.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "whoever") for c in verb.children):
        # "the ambassador asked who had killed the priest": a question, whose doer no one named
        # (in "gunmen who killed …" the relative clause's "who" is the gunmen)
        target = next((a for a in inside if within(a, object_spans)), None)
        return None, target, tuple(a for a in inside if a is not target) + patrons + helpers
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lower_ in ("they", "it", "he", "she") for c in verb.children):
        # "ELN rebels released six soldiers they had kidnapped": the pronoun is the main clause's subject
        subject_spans += [extent(c) for c in verb.head.head.children if c.dep_ == "nsubj"]
    if not subject_spans and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
        # "helicopters dropped barrel bombs, killing 20": the participle's doer is the main clause's subject
        # ("Soldiers were on patrol when they came under fire": the one hit)
        for child in verb.head.children:
            if child.dep_ in ("nsubj", "agent"):
                (object_spans if came_under else subject_spans).append(extent(child))
    if not subject_spans and not judged and verb.dep_ == "acl" and (
            any(c.dep_ == "dobj" for c in verb.children) or (verb.tag_ == "VBD" and verb.head.dep_ == "nsubj")):
        # "Armed bandits abducted 30 people, residents said": the small model reads the doer as
        # the subject of "said" and its act as a participle on it; a participle with an object is active
        # (and so is a past tense the tagger tells from one: "Suspected Boko Haram militants abducted
        # at least 20 women …, residents … said", where the women became a second subject of "said")
        # ("Members of the Gran Grif gang armed with automatic rifles killed at least 70 people, the
        # United Nations said": the participle hangs on "rifles"; the doer is what opens the subject)
        doer = verb.head
        while doer.dep_ in ("pobj", "prep", "acl") and doer.head.i != doer.i:
            doer = doer.head
        reported = doer.dep_ == "nsubj" and doer.head.lemma_.lower() in REPORTING_LEMMAS and doer.i < verb.i
        subject_spans.append((doer.left_edge.idx, verb.idx) if reported else extent(verb.head))
    if not subject_spans and any(c.dep_ == "nsubjpass" for c in verb.children):
        # "nine people were killed when fighters stormed a hotel": the clause that says how
        # they died names who killed them
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("when", "as", "after") for m in clause.children):
                for child in clause.children:
                    if child.dep_ == "nsubj":
                        subject_spans.append(extent(child))

    # "regime airstrikes", "strikes by the coalition", "Russian warplanes' raids": whoever the
    # event noun names as its maker started the event, whatever the clause's voice
    maker_spans = []
    event_nouns = []
    if trigger.pos_ in ("NOUN", "PROPN"):
        noun = trigger
        event_nouns.append(noun)
        while noun.dep_ in ("compound", "amod") and noun.head.i != noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "regime barrel bomb attacks": the maker modifies the phrase's head
            event_nouns.append(noun)
    if verb.pos_ == "VERB" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        # "were killed in regime airstrikes", "during a police operation": the passive's "in/by/during"
        # object is the event noun
        event_nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "by", "during") for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for noun in event_nouns:
        for child in noun.children:
            # "the attack carried out by government forces", "a missile fired by Syrian forces"
            makers = [child] if child.dep_ in ("compound", "amod", "nmod", "poss") or (child.dep_ == "prep" and child.lower_ == "by") else []
            # ("a withdrawal demanded by the junta": who asked for it did not do it)
            makers += [g for g in child.children if g.dep_ == "agent"] if child.dep_ == "acl" and child.lemma_.lower() not in ASKING_LEMMAS else []
            for maker in makers:
                maker_spans.append(extent(maker))
    if (trigger.pos_ in ("NOUN", "PROPN") or trigger.tag_ == "VBG") and (by := MAKER_AFTER_NOUN.match(text, trigger.idx + len(trigger.text) - start)):
        # "Shelling by the paramilitary Rapid Support Forces hit a hospital": the small model may
        # hang the agent's name on the next verb; the words say who made the event
        maker_spans.append((start + by.start(), start + by.end()))
    maker_spans += [(start + m.start(), start + m.end()) for m in UNDER_FIRE_FROM.finditer(text)]
    # "A police operation against the Comando Vermelho gang killed 64": the operation's maker
    # started it, and what it was against is the target, whoever else the toll names
    target_spans = []
    for operation in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in OPERATION_NOUNS):
        maker_spans += [extent(c) for c in operation.children if c.dep_ in ("compound", "amod", "poss")]
        # (not whose town it was: "Air strikes on the Islamic State group's de facto capital Raqa killed 25 civilians")
        target_spans += [extent(g) for c in operation.children if c.dep_ == "prep" and c.lower_ in ("against", "on")
                         for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() not in PLACE_NOUNS]

    def possessor(actor: ActorMention) -> bool:
        return text.startswith(("'s", "’s"), actor.evidence.end - start)

    # "An inquiry into the killing of three aid workers found …": whom a killing noun's "of" names
    # are its victims ("an airstrike of the coalition" names its maker)
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in KILLING_NOUNS:
        victims_of = [extent(g) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        object_spans += victims_of
    else:
        victims_of = []
    # "An explosion at a Hezbollah weapons depot killed three": where the act in the subject fell
    # (and whose the site was) is no doer, nor, for that, its target
    site_spans = [extent(g) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in SITE_TAKING_NOUNS
                  for p in c.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "on", "near", "outside", "inside")
                  for g in p.children if g.dep_ == "pobj"]
    # "Yemen's Houthi rebels fired": the subject's head names the doer, not its possessor
    in_subject = sorted((a for a in inside if within(a, subject_spans) and not within(a, victims_of + site_spans)), key=possessor)
    launchers = []
    if trigger.lemma_.lower() in WEAPON_NOUNS and (verb.lemma_.lower() in DISRUPTING_LEMMAS or (trigger.dep_ == "dobj" and in_subject)):
        # "U.S. forces struck a Houthi missile", "destroyed 30 of 33 drones launched by Russia": a
        # weapon hit or brought down; its owner is the target, not the doer ("fended off an attack
        # by rebels" keeps the attack's maker)
        launchers, maker_spans = maker_spans, []
    actor1 = next((a for a in inside if within(a, maker_spans)), None) or next(iter(in_subject), None)
    actor2 = next((a for a in inside if a is not actor1 and within(a, target_spans)), None) or next(
        (a for a in inside if a is not actor1 and within(a, object_spans + launchers)), None)
    # ("… signed a declaration …, committing to a permanent ceasefire": the participle shares the signing's sides)
    reciprocal = verb.lemma_.lower() in RECIPROCAL_LEMMAS or trigger.lemma_.lower() in RECIPROCAL_LEMMAS \
        or (verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.lemma_.lower() in RECIPROCAL_LEMMAS)
    if actor1 is not None and actor2 is not None and not reciprocal and ALLIES_BETWEEN.fullmatch(
            text, min(actor1.evidence.end, actor2.evidence.end) - start, max(actor1.evidence.start, actor2.evidence.start) - start):
        actor2 = None  # "a joint team of the army and Jammu and Kashmir Police": named together, on one side
    if actor2 is None and actor1 is not None and reciprocal:
        # "M23 rebels and Congolese troops fought …", "Colombia's government and the ELN signed a
        # ceasefire": two subjects of a verb done to each other are its two sides
        actor2 = next((a for a in in_subject if a.actor_id != actor1.actor_id and not possessor(a)), None)
    # ("The fighting broke out on Monday between X and Y": the parse may hang "between" on the verb)
    sides = _sides_between(event_nouns + ([verb] if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass") else []), inside)
    sides = sides or _sides_pitted(verb, inside)
    if sides is not None and (actor1 is None or actor1 in sides):
        # "clashes between government forces and rebels": the first named starts it, as ACLED writes it
        actor1, actor2 = sides
    # (the speaker said it first: in "On Sunday, they killed 20, the militia leader said" "they" are others)
    # ("… said it had seized the base and killed hundreds of soldiers": the second verb shares the first's "it")
    clause = verb.head if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
    if actor1 is None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in REPORTING_LEMMAS and clause.head.i < clause.i \
            and any(c.dep_ == "nsubj" and (c.lower_ in ("it", "they", "we") or any(g.dep_ == "poss" and g.lower_ in ("its", "their", "our") for g in c.children))
                    for c in clause.children):
        # "Hezbollah said it fired rockets", "the army said its warplanes struck": the speaker's own act
        speaker_spans = [extent(c) for c in clause.head.children if c.dep_ == "nsubj"]
        if not speaker_spans and clause.head.dep_ in ("advcl", "conj", "xcomp") and clause.head.head.lemma_.lower() in REPORTING_LEMMAS:
            # "…, Ukraine's air force said, adding that it shot down 52 drones": the one who said
            speaker_spans = [extent(c) for c in clause.head.head.children if c.dep_ == "nsubj"]
        # ("Yemen's Houthis said they had shot down …": the Houthis, not Yemen)
        speakers = sorted((a for a in inside if within(a, speaker_spans)), key=possessor)
        actor1 = next((a for a in speakers if a.category is not None and int(a.category) in ARMED_CATEGORIES), None)
    if actor1 is None and not came_under:  # (what came under fire names who fired only after "from")
        actor1 = _sole_armed_side([a for a in inside if not within(a, site_spans)], verb, actor2, span)
    if actor1 is None and (ambush := _doer_of_the_when_clause(verb, inside, within)) is not None:
        actor1 = ambush  # ("Ten soldiers were killed when \"armed terrorist groups\" ambushed an army patrol")
    if (initiator := _main_clause_doer(verb, inside, within)) is not None and initiator is not actor1:
        # "Al-Shabaab militants stormed a hotel …, and nine were killed as security forces fought to
        # end the siege": those who fought back are the other side, not the ones who started it
        # ("Soldiers were responding to reports … when they came under fire": the soldiers were hit)
        actor1, actor2 = (actor1, actor2 or initiator) if came_under else (initiator, actor1 or actor2)
    if actor1 is None and actor2 is not None and actor2.category in NON_STATE_ARMED and trigger.lemma_.lower() in AIR_ATTACK_LEMMAS:
        # "17 PKK terrorists were 'neutralized' in airstrikes, the Turkish National Defense Ministry
        # said": a state's forces that tell of strikes on their enemy, naming no one, flew them
        actor1 = _speaking_forces(span, inside)
    if (attacker := _maker_of_the_assault_repelled(verb, inside, within)) is not None:
        # ("It said on Friday it had repelled an RSF attack on … Jebel Moya", "The army said its forces had repelled an
        # RSF attack"): who made the assault started the fight, as ACLED writes the initiator first; who repelled it is the other side
        defender = next((a for a in (actor1, actor2) if a is not None and a.actor_id != attacker.actor_id), None)
        actor1, actor2 = attacker, defender
    if actor1 is not None and (NOT_THE_DOER_BEFORE.search(text, max(0, actor1.evidence.start - start - 40), actor1.evidence.start - start)
                               or KILLED_RIGHT_AFTER.match(text, actor1.evidence.end - start)):
        # the victims a toll breaks down, or the owners of what blew up, are no doer: "70 people had
        # been killed, most of them trainee gendarmes", "Pagers used by members of Hezbollah exploded"
        actor1, actor2 = None, actor2 or actor1
    if actor1 is not None and actor2 is not None and actor2.generic and actor2.actor_id == actor1.actor_id:
        actor2 = None  # ("A gunfight between soldiers and … cartel …, including two soldiers": one side named twice is no two sides)
    associated = tuple(a for a in inside if a is not actor1 and a is not actor2 and a.actor_id not in {x.actor_id for x in (actor1, actor2) if x})
    return actor1, actor2, associated + patrons + helpers


AMID = re.compile(r"\b(?:amid|amidst|in the midst of|against the backdrop of)\s[^.;]*", re.I)
TOLL_LEMMAS = frozenset({"kill", "wound", "injure"})
SITE_TAKING_NOUNS = frozenset(ASSAULT_WORDS | {"explosion", "blast"})  # what is done to a place, and what goes off there
KILLING_NOUNS = frozenset({"killing", "murder", "assassination", "execution", "massacre", "beheading", "abduction", "kidnapping", "lynching"})


# who helped, and with what: "The Puntland Defence Forces, backed by U.S. airstrikes, overran the
# militants' positions" is the forces' assault, not the helpers'
# (only a phrase set off by commas, or opening the sentence: "troops backed by tanks attacked the
# village" and "forces backed by clan militias recaptured the town from al Shabaab, …" keep their words)
SUPPORT_PHRASE = re.compile(r"(?:(?<=, )|^)(?:backed|supported|aided|assisted|helped|covered|financed|funded|armed|trained|sponsored)\s+by\s+[^,;]+(?=,)"
                            r"|(?:(?<=, )|^)with\s+(?:the\s+)?(?:support|backing|help|cover)\s+of\s+[^,;]+(?=,)"
                            # ("The strike, conducted in coordination with the Somali government on Friday, …")
                            r"|\bin\s+(?:coordination|cooperation|conjunction|partnership)\s+with\s+[^,;]+(?=,)", re.I)


# the part of a toll a count breaks down ("…, most of them trainee gendarmes", "including two
# soldiers"), and the owners of a thing that blew up ("pagers used by members of Hezbollah"; not
# "a bomb carried by", "rebels belonging to", whose doers they are)
NOT_THE_DOER_BEFORE = re.compile(r"\b(?:(?:most|many|all|some|half|several|\w+) of (?:them|whom)|among (?:them|whom|the dead)|including|mostly"
                                 r"|owned\s+by|used\s+by\s+members\s+of)\s+(?:[\w-]+\s+){0,2}$", re.I)


# ("… and members of the auxiliary force, the Volunteers for the Defence of the Homeland (VDP), were
# killed": the side named right before the passive toll is among the dead, however the parse hangs it)
KILLED_RIGHT_AFTER = re.compile(r"(?:\s*\([^)]{1,20}\))?[\s,)]*(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|wounded|injured|shot\s+dead)\b", re.I)


AIR_ATTACK_LEMMAS = frozenset({"airstrike", "strike", "air", "raid", "drone"})
OPERATION_NOUNS = frozenset({"operation", "raid", "offensive", "crackdown", "assault", "attack", "strike", "airstrike", "campaign"})
NON_STATE_ARMED = frozenset({ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA})


def _speaking_forces(span, inside: list[ActorMention]) -> ActorMention | None:
    """A state's own named forces (not a generic "the army") as the subject of a reporting verb."""
    for token in span:
        if token.lemma_.lower() in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    first, last = extent(child)
                    found = next((a for a in inside if first <= a.evidence.start < last and not a.generic
                                  and a.category is ActorCategory.STATE_FORCES), None)
                    if found is not None:
                        return found
    return None


REPELLING_LEMMAS = frozenset({"repel", "repulse", "foil", "thwart", "fend", "beat"})


def _maker_of_the_assault_repelled(verb, inside: list[ActorMention], within) -> ActorMention | None:
    """The side named as the maker of the assault a verb of repelling takes as its object ("repelled an
    RSF attack", "foiled an attack by al-Shabaab"), or None."""
    if verb.lemma_.lower() not in REPELLING_LEMMAS:
        return None
    for assault in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in ASSAULT_WORDS):
        makers = [extent(c) for c in assault.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        makers += [extent(g) for c in assault.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
        if (maker := next((a for a in inside if within(a, makers)), None)) is not None:
            return maker
    return None


def _main_clause_doer(verb, inside: list[ActorMention], within) -> ActorMention | None:
    """The armed subject of the main clause when the trigger's verb is only its circumstance
    ("… as security forces fought", "… while troops returned fire")."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children):
        return None
    main = verb.head
    while main.dep_ == "conj" and main.head.i != main.i:
        main = main.head  # "stormed a hotel …, and nine people were killed as …": the first verb's subject
    subjects = [extent(c) for c in main.children if c.dep_ == "nsubj"]
    return next((a for a in inside if within(a, subjects) and a.category is not None and int(a.category) in ARMED_CATEGORIES), None)


ASSAULT_LEMMAS = frozenset({"ambush", "attack", "storm", "raid", "open", "shoot", "fire"})


def _doer_of_the_when_clause(verb, inside: list[ActorMention], within) -> ActorMention | None:
    """The subject of the assault a passive's "when" clause tells: who killed them, named or
    generic ("were killed when gunmen ambushed their convoy")."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    # ("were killed and 12 wounded … when …": the parse may hang the clause on the second verb)
    heads = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_LEMMAS:
        heads.append(verb.head)  # ("…, Niger's defence ministry said": or on the teller's verb)
    for clause in (c for head in heads for c in head.children if c.dep_ == "advcl" and c.lemma_.lower() in ASSAULT_LEMMAS
                   and any(m.dep_ in ("mark", "advmod") and m.lower_ == "when" for m in c.children)):
        # ("… when their patrol was ambushed by \"terrorists\"": a passive clause's agent)
        subjects = [extent(c) for c in clause.children if c.dep_ in ("nsubj", "agent")]
        found = next((a for a in inside if within(a, subjects)), None)
        if found is not None:
            return found
    return None


def _one_state_side(later: ActorMention, earlier: ActorMention) -> bool:
    return later.generic and later.category is ActorCategory.STATE_FORCES and earlier.category is ActorCategory.STATE_FORCES


def _sides_between(event_nouns: list, inside: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """The two sides an event noun's "between X and Y" names, in the order named."""
    for noun in event_nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            named = [a for a in inside if prep.left_edge.idx <= a.evidence.start < prep.right_edge.idx + len(prep.right_edge.text)]
            # ("between Ethiopian federal troops and fighters of the Fano militia": the generic "troops"
            # after their state's name is that state's side again)
            distinct = [a for i, a in enumerate(named) if all(a.actor_id != b.actor_id and not _one_state_side(a, b) for b in named[:i])]
            if len(distinct) >= 2:
                return distinct[0], distinct[1]
    return None


def _sides_pitted(verb, inside: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """"The fighting pitted the 444 Brigade … against the Radaa force": the two sides, in the order named."""
    if verb.lemma_.lower() != "pit":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    first = [a for o in objects for a in inside if o.left_edge.idx <= a.evidence.start <= o.idx]
    # (the parse may hang "against" on the first side)
    second = [a for c in [*verb.children, *(g for o in objects for g in o.children)] if c.dep_ == "prep" and c.lower_ == "against"
              for a in inside if c.idx < a.evidence.start < c.right_edge.idx + len(c.right_edge.text)]
    return (first[0], second[0]) if first and second and first[0].actor_id != second[0].actor_id else None


# Verbs whose object is hurt or hit, not a doer
VICTIM_VERBS = frozenset({"kill", "wound", "injure", "hit", "strike", "target", "attack", "ambush", "abduct", "kidnap", "shoot", "execute", "behead", "storm"})


HELD_BY = re.compile(r"-(held|controlled|run|dominated|besieged)\b", re.I)
TIED_TO = re.compile(r"-(linked|affiliated|backed|allied|aligned|inspired|sponsored|supported|brokered|mediated)\b", re.I)


# ACLED inter codes of sides that can carry out violence: state, rebel, political and identity
# militias, external forces
ARMED_CATEGORIES = frozenset({1, 2, 3, 4, 8})


def _sole_armed_side(inside: list[ActorMention], verb, actor2: ActorMention | None, sentence) -> ActorMention | None:
    """When the parse names no doer ("civilians were killed after regime airstrikes and shelling
    hit Aleppo", "a missile fired by Syrian forces killed 18"), the one armed side the sentence
    names is the doer, unless it is among the dead or the targets (the passive subject, the
    object). Two armed sides named leave it open."""
    victim_spans = []
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            victim_spans.append(extent(child))
    for token in sentence:
        # "…, killing three soldiers": the dead and the struck of any violent verb; and "…,
        # Russia's regional governor said": who reports the event is no side in it
        head_lemma = token.head.lemma_.lower()
        if (token.dep_ in ("dobj", "nsubjpass") and head_lemma in VICTIM_VERBS) or (token.dep_ == "nsubj" and head_lemma in REPORTING_LEMMAS):
            victim_spans.append(extent(token))
        elif token.dep_ == "dobj" and head_lemma in ACCUSING_LEMMAS:
            victim_spans.append(extent(token))  # "… and blamed rebels for the deaths": an accusation, not the report of a doer
        elif token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() in TAKING_LEMMAS:
            victim_spans.append(extent(token))  # "posts seized from the MNDAA": who lost them, not who took them
        elif token.lower_ == "according":
            victim_spans.append(extent(token))  # "according to the ministry": a source, no side
        elif token.pos_ == "VERB" and token.lemma_.lower() in JUDGING_LEMMAS:
            # "The head of a UN agency condemned … the killing": who judges the act is no side in it
            judges = [extent(c) for c in token.children if c.dep_ in ("nsubj", "agent")]
            victim_spans += judges or ([(token.head.left_edge.idx, token.idx)] if token.dep_ == "acl" else [])
        elif token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in TARGET_NOUNS:
            victim_spans.append(extent(token))  # "exploded near a police van": what was hit, no doer
        elif token.dep_ == "nsubj" and any(c.dep_ == "dobj" and any(g.lower_ in OTHER_ACTS_WORDS for g in c.children) for c in token.head.children):
            # "No group claimed responsibility, but the Pakistani Taliban have carried out similar
            # attacks": a suspicion from a record, not the report of a doer
            victim_spans.append(extent(token))
    # (nor is the target's acronym right after its name: "a checkpoint of the … Syrian Democratic Forces (SDF)")
    armed = [a for a in inside if a is not actor2 and not (actor2 is not None and a.actor_id == actor2.actor_id and _side_by_side(a, actor2))
             and a.category is not None and int(a.category) in ARMED_CATEGORIES and not unarmed_international(a)
             and not any(s <= a.evidence.start < e for s, e in victim_spans)
             and not HELD_BY.match(sentence.text, a.evidence.end - sentence.start_char)]  # "a rebel-held district" names a place
    return armed[0] if len({a.actor_id for a in armed}) == 1 else None


# ACLED's category 8 holds the aid agencies, rights groups, courts and companies as well as the
# foreign forces, mercenaries and peacekeeping missions; only the latter bear arms ("two ambulances of the Afghan Red
# Crescent were machine-gunned": the agency was hit)
ARMED_INTERNATIONAL = re.compile(r"\b(?:missions?|coalition|NATO|forces?|peacekeep\w*|UNIFIL|MINUSMA|MONUSCO|UNMISS|AMISOM|ATMIS|AUSSOM|KFOR|SADC|Wagner|Corps|mercenar\w*|contractors?)\b", re.I)


def unarmed_international(actor: ActorMention) -> bool:
    return actor.category is ActorCategory.EXTERNAL_OTHER and not actor.generic and not ARMED_INTERNATIONAL.search(actor.name)


def _side_by_side(one: ActorMention, other: ActorMention) -> bool:
    """Whether two mentions stand next to each other, a bracket or a space apart ("Syrian Democratic Forces (SDF)")."""
    return 0 <= one.evidence.start - other.evidence.end <= 3 or 0 <= other.evidence.start - one.evidence.end <= 3


BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)


def clash_sides(actor2: ActorMention, associated: tuple, text: str) -> tuple:
    """(actor1, actor2, associated) of a clash whose parse found only one side: the other armed
    side the sentence names fought it too ("Three soldiers were killed in a clash with NPA
    rebels"), and the side named after "by" started it ("… four of its soldiers have been killed
    … in an attack by the Daesh group")."""
    def after_by(actor: ActorMention) -> bool:
        return BY_BEFORE.search(text, max(0, actor.evidence.start - 12), actor.evidence.start) is not None

    def allied(actor: ActorMention) -> bool:  # "the army and police": one side named twice
        return ALLIES_BETWEEN.fullmatch(text, min(actor.evidence.end, actor2.evidence.end), max(actor.evidence.start, actor2.evidence.start)) is not None

    sides = [a for a in associated if a.category is not None and int(a.category) in (1, 2, 3, 4) and a.actor_id != actor2.actor_id and not allied(a)]
    actor1 = next((a for a in sides if after_by(a)), None) or next(iter(sides), None)
    associated = tuple(a for a in associated if a is not actor1)
    if actor1 is not None and after_by(actor2):
        actor1, actor2 = actor2, actor1
    return actor1, actor2, associated


def abroad(actor: ActorMention | None, location: Place | None) -> ActorMention | None:
    """ACLED: a state's forces acting outside their own country are external forces (inter code
    8): Russian jets over Idlib, the US-led coalition in Raqqa."""
    if (actor is None or actor.category is not ActorCategory.STATE_FORCES or not actor.country_code
            or location is None or not location.country_code or location.country_code == actor.country_code):
        return actor
    return dataclasses.replace(actor, category=ActorCategory.EXTERNAL_OTHER)


def partisan_speaker(span, actors: list[ActorMention], event) -> ActorMention | None:
    """The side of ``event`` that tells the sentence ("The government said 100 militants died",
    "Al Shabaab said its fighters had killed 87 soldiers"), if a side does. ACLED does not take a
    party's count of its enemy's dead as the toll: it stays on record as that side's claim."""
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    # (a group that says its own fighters did it speaks as the doer the event had not named:
    # "Al Shabaab said its fighters had killed 20 soldiers in the martyrdom operation")
    own_men = event.actor1 is None and OWN_MEN_DID.search(span.text) is not None
    for token in span:
        if token.lemma_.lower() not in REPORTING_LEMMAS or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ != "nsubj":
                continue
            first, last = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            doer = event.actor1
            if doer is not None and not doer.generic and doer.category is not ActorCategory.STATE_FORCES \
                    and THE_GROUP.fullmatch(span.doc.text[first:last]) is not None and read_casualties(span.text, FATALITY_PATTERNS, []) is not None:
                # ("The militant group said … it had killed 47 soldiers", after al Shabaab's attack: al Shabaab's count)
                return None if counts_own_dead(doer, span.text) else doer
            for actor in actors:
                if first <= actor.evidence.start < last and (any(
                        actor.actor_id == side.actor_id
                        # "the government" speaks for the state forces that fought
                        or (actor.category is ActorCategory.STATE_FORCES and side.category is ActorCategory.STATE_FORCES)
                        for side in sides) or (own_men and not actor.generic and actor.category is not None)):
                    return None if counts_own_dead(actor, span.text) else actor
    return None


# the doer just named, named again by its kind: "the militant group", "the rebels"
THE_GROUP = re.compile(r"the\s+(?:[\w-]+\s+)?(?:group|militants|rebels|insurgents|jihadists|militia|movement|organi[sz]ation)", re.I)


# a side's count of its own dead is the toll, not a claim: "At least three South African
# peacekeepers were killed in the fighting, South Africa's military said"; "its fighters were killed"
_OWN_FORCES_DEAD = re.compile(r"\b(?:soldiers|troops|peacekeepers|servicemen|officers|policemen|police officers|personnel|members of the security forces)\s+"
                              r"(?:were|was|had been|have been)\s+(?:also\s+)?(?:killed|wounded|injured)\b", re.I)  # ("Two soldiers were also killed")
_OWN_FIGHTERS_DEAD = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:fighters|members|men|militants|mujahideen)\s+(?:were|had been|have been)\s+(?:also\s+)?(?:killed|martyred)\b", re.I)


def counts_own_dead(speaker: ActorMention, text: str) -> bool:
    """Whether the side that tells the sentence counts its own dead: a state's forces their
    soldiers, a group its fighters."""
    if speaker.category is ActorCategory.STATE_FORCES:
        return _OWN_FORCES_DEAD.search(text) is not None
    return _OWN_FIGHTERS_DEAD.search(text) is not None


# "its fighters had killed", "its forces had struck the port", "their warplanes bombed"
OWN_MEN_DID = re.compile(r"\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:fighters|men|militants|mujahideen|members|forces|soldiers|troops|aircraft|warplanes|jets|drones|navy|units)\s+"
                         r"(?:had\s+|have\s+|has\s+)?(?:killed|attacked|targeted|struck|hit|bombed|shelled|raided|carried out|took control|captured|seized|overran)\b", re.I)
SOURCE_TITLE_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officials|chief|commissioner|commander|superintendent|source|sources)\b", re.I)
# ("The group said in a statement that its fighters …": the named group just told, speaking)
THE_GROUP_SAID = re.compile(r"^\W*the\s+(?:group|militia|movement|rebels|insurgents)\s+(?:also\s+)?(?:said|says|claimed)\b", re.I)


# the source named at a sentence's end: ", the Syrian Observatory for Human Rights said.",
# ", according to the interior ministry."
# (", residents and a local official said on Wednesday.": the day the source spoke may follow)
SOURCE_AT_END = re.compile(r",\s+(?:according to\s+[^,;]{2,80}|(?:(?:a|an|the)\s+)?[^,;]{2,80}?\s+(?:said|says|reported|told \w+|added|stated)"
                           r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?)\s*[.\"”]*\s*$")
# "a soldier was killed in a clash with the same group": the group the event before named
SAME_GROUP = re.compile(r"\b(?:the|that)\s+same\s+(?:armed\s+)?(?:group|gang|militia|faction|front|rebels|insurgents|militants|organi[sz]ation|outfit)\b", re.I)


def the_same_group(sentence: str, previous: Event | None) -> ActorMention | None:
    """The named doer of the event before, when the sentence names it as "the same group"."""
    told = previous.actor1 if previous is not None else None
    return told if told is not None and not told.generic and SAME_GROUP.search(sentence) else None


def unnamed_band(actor: ActorMention | None) -> bool:
    """No doer, or only a generic armed band ("gunmen", "militants"), which a group named as
    blamed or believed responsible replaces (not "soldiers": a state's forces stay its own)."""
    return actor is None or (actor.generic and actor.category is not ActorCategory.STATE_FORCES)


# Generic heads that a report uses to name again a group it has named ("FMLN guerrillas attacked
# … The guerrillas then …"). Gunmen, attackers, bandits and kidnappers are not among them: they
# are what a report calls those it cannot name, and they stay generic.
REFERRING_GENERICS = {
    "generic:rebels": (ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA),
    "generic:insurgents": (ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA),
    "generic:jihadists": (ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA),
    "generic:militants": (ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA),
    "generic:terrorists": (ActorCategory.REBEL_GROUP, ActorCategory.POLITICAL_MILITIA),
    "generic:militia": (ActorCategory.POLITICAL_MILITIA, ActorCategory.IDENTITY_MILITIA),
    # "the army" after "the Salvadoran army": that state's forces (its government is no army);
    # "the police" after "Kenyan police": that state's police, never its army
    "generic:security-forces": (ActorCategory.STATE_FORCES,),
    "generic:police": (ActorCategory.STATE_FORCES,),
}
_DEFINITE_BEFORE = re.compile(r"\b(the|these|those)\s+(\w+\s+){0,2}$", re.I)


def named_again(actor: ActorMention | None, actors: list[ActorMention], text: str, home: str | None = None) -> ActorMention | None:
    """A definite generic ("the rebels") as the one group of its kind the report named before it
    (or, when it named none before, the one it names anywhere), with that mention as
    ``antecedent``; any other actor as it is. Two groups of the kind leave it generic: the report
    does not say which; but of two states' forces, "the army" in a report filed from one of
    them (``home``, the dateline's country) is that state's ("SAN SALVADOR -- … Salvadoran army
    officers and U.S. military advisers … the armed forces")."""
    if actor is None or not actor.generic or actor.actor_id not in REFERRING_GENERICS:
        return actor
    if not _DEFINITE_BEFORE.search(text, max(0, actor.evidence.start - 40), actor.evidence.start):
        return actor  # "militants attacked": new, unnamed ones
    if "junta" in actor.evidence.text.lower():
        return actor  # "the military junta" rules the country told of; it is not the foreign troops named before
    kinds = REFERRING_GENERICS[actor.actor_id]
    police = actor.actor_id == "generic:police"
    of_kind = [a for a in actors if not a.generic and a.category in kinds and not a.actor_id.endswith("-government") and not a.via_metonymy
               and (a.category != ActorCategory.STATE_FORCES or a.actor_id.endswith("-police") == police)]
    earlier = [a for a in of_kind if a.evidence.start < actor.evidence.start]
    if not earlier:
        # "the guerrillas attacked military units …" in a report that names the FMLN only further
        # on, and no other group of the kind: the definite article points at the one it names
        earlier = of_kind[:1] if len({a.actor_id for a in of_kind}) == 1 else of_kind
        if home is not None and ActorCategory.STATE_FORCES in kinds:
            # ("fighting with the army …. Three South African peacekeepers were killed", filed from
            # Goma: "the army" is Congo's, not forces the report names only later)
            earlier = [a for a in earlier if a.country_code == home]
    if len({a.actor_id for a in earlier}) > 1 and home is not None:
        earlier = [a for a in earlier if a.category == ActorCategory.STATE_FORCES and a.country_code == home] or earlier
    if len({a.actor_id for a in earlier}) != 1:
        return actor
    named = earlier[-1]
    return dataclasses.replace(actor, actor_id=named.actor_id, name=named.name, category=named.category, generic=False,
                               country_code=named.country_code, antecedent=named.evidence)


def side_telling(span, sentence: str, actors: list[ActorMention], events: list[Event], phrase_spans) -> tuple[int | None, ActorMention | None]:
    """(index, speaker) of the event a side of it tells the sentence of: the event just told, or,
    for a count of dead, the one before it ("Fighting between the army and the RSF … ¶ The army
    crossed the bridges …. The RSF said it had repelled the attacks and killed hundreds of
    soldiers"; "its air defences had shot down several drones" tells an act of its own)."""
    told_back = (len(events) - 1, len(events) - 2) if read_casualties(sentence, FATALITY_PATTERNS, phrase_spans) else (len(events) - 1,)
    for index in told_back:
        if index >= 0 and events[index].event_type in VIOLENT_TYPES and (speaker := partisan_speaker(span, actors, events[index])) is not None:
            return index, speaker
    return None, None


def own_act_retold(span, told: Event, actors: list[ActorMention]) -> bool:
    """Whether the doer of ``told`` speaks the sentence and tells of its own forces' act ("Central
    Command said its forces had struck the port"): the act told again."""
    doer = told.actor1
    if doer is None or doer.generic or OWN_MEN_DID.search(span.text) is None:
        return False
    if THE_GROUP_SAID.match(span.text) and doer.category is not None and int(doer.category) in (2, 3, 4):
        return True
    named = [a for a in actors if span.start_char <= a.evidence.start < span.end_char]
    return any(a.actor_id == doer.actor_id or (a.country_code is not None and a.country_code == doer.country_code
                                               and a.category is ActorCategory.STATE_FORCES and doer.category is ActorCategory.STATE_FORCES)
               for a in named)


def state_side_of(actor: ActorMention, event: Event) -> bool:
    """("Two security personnel … were also killed …, Inspector General of Police … said", after the
    encounter of security forces with Maoists: the state's side of the event just told, not another doer)"""
    return actor.category is ActorCategory.STATE_FORCES and any(
        side is not None and side.category is ActorCategory.STATE_FORCES and (side.generic or actor.generic or side.country_code == actor.country_code)
        for side in (event.actor1, event.actor2))


WITHDRAWING_LEMMAS = frozenset({"withdraw", "retreat", "pull", "leave", "abandon", "evacuate", "vacate"})
MOVING_IN_LEMMAS = frozenset({"move", "enter", "take", "occupy", "seize", "roll", "march"})


def taker_after_withdrawal(trigger, actors: list[ActorMention]) -> ActorMention | None:
    """Who took ground another side left, in one sentence: "Malian troops withdrew from their base
    …, and Tuareg rebels moved into the town without a fight". ACLED's non-violent transfer names
    the side that gained the ground first."""
    verb = governing_verb(trigger)
    first = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    if first.lemma_.lower() not in WITHDRAWING_LEMMAS:
        return None
    for clause in (c for c in first.children if c.dep_ == "conj" and c.lemma_.lower() in MOVING_IN_LEMMAS):
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            start, end = extent(subject)
            taker = next((a for a in actors if start <= a.evidence.start < end and a.category is not None), None)
            if taker is not None:
                return taker
    return None


def demonstrators_of(sub_event: str, trigger, article, stage: str) -> ActorMention:
    """ACLED codes an unnamed crowd as protesters (inter 6) or rioters (5): "Protests took
    place in Mombasa" names its doers by the event word itself, which is the evidence."""
    rioters = event_type_of(sub_event) == "Riots"
    return ActorMention(
        actor_id="generic:rioters" if rioters else "generic:protesters",
        name="rioters" if rioters else "protesters",
        category=ActorCategory.RIOTERS if rioters else ActorCategory.PROTESTERS,
        evidence=Evidence(article.id, trigger.idx, trigger.idx + len(trigger.text), article.text[trigger.idx : trigger.idx + len(trigger.text)], stage),
        generic=True,
    )


def demonstration_sides(sub_event: str, actor1: ActorMention | None, actor2: ActorMention | None, associated: tuple,
                        crowd_of_the_event: ActorMention) -> tuple[ActorMention | None, ActorMention | None, tuple]:
    """ACLED's sides of a demonstration or riot: the demonstrators are actor1, the police who met
    them actor2 ("police fired tear gas at protesters"); a crowd named as the target is the one
    demonstrating. ``crowd_of_the_event`` is the unnamed crowd the event word stands for."""
    if actor1 is None or actor1.category == ActorCategory.STATE_FORCES:
        crowd = actor2 if actor2 is not None and actor2.category in (ActorCategory.RIOTERS, ActorCategory.PROTESTERS) else None
        if actor1 is not None or crowd is not None:
            actor2 = actor1
        elif actor2 is not None and actor2.category is None:
            actor2 = None  # ("unrest that erupted after the court confirmed the Frelimo party's victory": no side)
        actor1 = crowd or crowd_of_the_event
    elif actor1.category == ActorCategory.CIVILIANS:
        # "Thousands of farmers drove tractors into Brussels to protest": ACLED's protesters,
        # the farmers associated; what they protest against ("EU agricultural policy") is no side
        associated, actor1 = (*associated, actor1), crowd_of_the_event
        actor2 = actor2 if actor2 is not None and actor2.category == ActorCategory.STATE_FORCES else None
    elif sub_event == "Mob violence" and actor1.category is None and not actor1.generic:
        # ("supporters of … the Awami League and the … Bangladesh Nationalist Party (BNP) clashed"): rioters on
        # each side, the parties whose crowds they were associated
        parties = tuple(a for a in (actor1, actor2) if a is not None and a.category is None and not a.generic)
        associated, actor1 = (*associated, *parties), crowd_of_the_event
        actor2 = crowd_of_the_event if len(parties) == 2 else actor2
    if sub_event == "Peaceful protest" and actor2 is not None and actor2.category is ActorCategory.STATE_FORCES:
        actor2 = None  # "protests over a death in police custody": no one intervened, as the type says
    if event_type_of(sub_event) == "Riots" and actor1 is not None and actor1.actor_id == "generic:protesters":
        # ACLED: demonstrators who turn violent are coded as rioters
        actor1 = dataclasses.replace(actor1, actor_id="generic:rioters", name="rioters", category=ActorCategory.RIOTERS)
    return actor1, actor2, associated
