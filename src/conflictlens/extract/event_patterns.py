"""Wording that tells no single event: habits, predictions, trends, tallies and series.

In: an event trigger token (its parse) and its sentence. Out: whether the words tell a pattern
("militants attack army patrols", "attacks have increased", "will strike"), a figure of speech
("attacked the government's budget"), a tally ("12 killed
since January", "the war has killed thousands") or a series ("three attacks", "the latest in a
string of massacres") rather than one occurrence; and whether words sit in an aside about
something else ("the army, which has been fighting since 2023, said …"). ACLED codes single
events; these are left to the claims stage. Used by the events stage only.
"""

from __future__ import annotations

import re

from .event_roles import governing_verb
from .event_rules import HABITUAL

_PATTERN_TAGS = {"VBP", "VBZ"}
# verbs whose object is an act asked for or planned, not one that took place
CALLING_LEMMAS = frozenset({"call", "organise", "organize", "plan", "threaten", "urge"})


# what words, not weapons, are aimed at: "attacked the budget", "slammed the decision"
ARGUMENT_TARGETS = frozenset({
    "budget", "plan", "policy", "bill", "law", "legislation", "decision", "proposal", "remark", "comment",
    "statement", "speech", "record", "report", "handling", "reform", "idea", "agenda", "approach",
    "strategy", "ruling", "verdict", "manifesto", "claim", "stance", "rhetoric", "narrative", "argument",
})
ARGUING_LEMMAS = frozenset({"attack", "hit", "target", "slam", "blast", "fire", "assault", "strike"})
# what one fights or battles in a figure of speech: "promising to fight corruption", "the battle against inflation"
ABSTRACT_FOES = frozenset({
    "corruption", "poverty", "inflation", "crime", "hunger", "impunity", "unemployment", "disease", "cancer", "fire",
    "fires", "blaze", "wildfire", "wildfires", "flames", "drought", "misinformation", "disinformation", "graft", "price",
    "prices", "cost", "racism", "discrimination", "addiction", "illiteracy", "pandemic", "virus", "malaria", "epidemic",
})


def figurative(trigger) -> bool:
    """"Opposition leaders attacked the government's budget": an attack on an argument's
    object is a figure of speech, however violent the verb; so is a fight against an ill
    ("promising to fight corruption")."""
    if trigger.lemma_.lower() in ("shoot", "shot") and any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return True  # ("oil prices shot up more than 4%": a rise, no shot)
    lemma = trigger.lemma_.lower()
    if lemma in ("fight", "battle", "war", "combat") and any(
            (c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_FOES) or (c.dep_ == "prep" and c.lower_ in ("against", "on") and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ABSTRACT_FOES for g in c.children)) for c in trigger.children):
        return True  # ("promising to fight corruption", "the battle against inflation")
    if lemma == "attack" and trigger.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ARGUMENT_TARGETS for g in c.children) for c in trigger.children):
        return True  # ("launched a fierce attack on the government's record")
    if quoted_ongoing_charge(trigger):
        return True
    verb = governing_verb(trigger)
    if verb.lemma_.lower() not in ARGUING_LEMMAS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" for g in c.children if g.dep_ == "pobj"]  # "fired at the plan"
    return bool(objects) and all(o.lemma_.lower() in ARGUMENT_TARGETS for o in objects)


def quoted_ongoing_charge(trigger) -> bool:
    """'the ELN was "attacking the people of Catatumbo"': a charge quoted in the progressive, at
    victims no number counts, is what one side says of the other's conduct, not an act on a day."""
    sentence = trigger.sent
    before = sentence.text[: trigger.idx - sentence.start_char]
    quoted = (before.count('"') + before.count("“") - before.count("”")) % 2 == 1
    progressive = trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return quoted and progressive and bool(objects) and not any(g.dep_ == "nummod" for o in objects for g in o.children)


def campaign_named(trigger) -> bool:
    """"has been a key U.S. ally in the fight against Islamic State": a war waged over years,
    named, not a fight on a day (the caller asks only of sentences with no day of their own)."""
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in ("fight", "battle", "war", "struggle", "campaign") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) \
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in trigger.children)


# who comments on events rather than reports them
COMMENTATORS = frozenset({"analyst", "expert", "observer", "commentator", "critic", "researcher", "scholar", "pundit", "academic"})
OPINING_LEMMAS = frozenset({"say", "believe", "argue", "warn", "note", "suggest", "think", "contend", "point"})


def commentary(span) -> bool:
    """"Analysts say the army's recapture of Khartoum in March has pushed the RSF to …": what
    commentators make of events is analysis, a claim, not the report of an event."""
    root = span.root
    return root.lemma_.lower() in OPINING_LEMMAS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in COMMENTATORS for c in root.children)


PROTESTING_LEMMAS = frozenset({"protest", "demonstrate", "rally", "march", "riot", "strike"})


def grievance(trigger) -> bool:
    """"gathered to protest against the alleged rape of a girl": the act a crowd protests is
    its cause, told in passing, not the sentence's event."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ in ("against", "over") and node.head.head.lemma_.lower() in PROTESTING_LEMMAS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _the_month_may(token) -> bool:
    """ "On 11 May a car bomb exploded": the parser's modal is the month beside its day."""
    doc = token.doc
    return token.text == "May" and ((token.i > 0 and doc[token.i - 1].like_num) or (token.i + 1 < len(doc) and doc[token.i + 1].like_num))


def is_pattern(trigger, sentence: str, *, headline: bool = False) -> bool:
    """Habitual/generic statements, and predictions, are not occurrences. In a headline the
    simple present reports an occurrence."""
    verb = governing_verb(trigger)
    if HABITUAL.search(sentence) or TERM_EXPLAINED.search(sentence) or ULTIMATUM.search(sentence):
        # (and "Turkish authorities use the term \"neutralize\" to imply …": a word explained; "has given
        # jihadist fighters until Wednesday evening to leave the town": an ultimatum, no act yet)
        return True
    asker = trigger.head if trigger.dep_ == "dobj" else trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "for" else None
    if asker is not None and asker.lemma_.lower() in CALLING_LEMMAS:
        return True  # "the party had called the rally", "called for protests": a call, not the act
    intent = verb if verb.lemma_.lower() in INTENT_LEMMAS else verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INTENT_LEMMAS else None
    if intent is not None and any(c.dep_ == "xcomp" for c in intent.children):
        return True  # "The Houthis vowed to retaliate", "threatened to attack the town": an intent, not an act
    if verb.dep_ in ("xcomp", "dobj", "pcomp") and verb.head.lemma_.lower() == "deny":
        return True  # ("It has repeatedly denied targeting civilians in its fight against the Fano militia": a denial)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and not _the_month_may(c)}
    if auxes & {"will", "would", "could", "may", "might", "should", "must", "can"}:
        return True
    if verb.tag_ in _PATTERN_TAGS and not auxes and not headline and not _looks_past(verb):
        return True  # "militants attack patrols"
    if verb.tag_ == "VBG" and auxes & {"are", "is", "am"} and not under_way(trigger, verb):
        return True  # "the militants are destabilizing … by attacking patrols"
    if verb.tag_ == "VBG" and "been" in auxes and not auxes & {"had"} and verb.i == trigger.i:
        return True  # "the junta … has been fighting jihadists": a campaign, not an act
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and (above := governing_verb(verb.head)).tag_ in _PATTERN_TAGS | {"VBG"} \
            and not (above.tag_ == "VBG" and above.dep_ in ("advcl", "xcomp", "conj") and above.head.tag_ in ("VBD", "VBN")):
        # (not a participle on a past act: "attacked the town on Monday, killing six civilians in fighting with government forces")
        return True
    if trigger.dep_ == "csubj" and trigger.i == verb.i:
        # ("Fighting around the city has intensified": the gerund is the subject, the trend its verb)
        verb = trigger.head
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if (trigger.tag_ == "NNS" or (trigger.dep_ in ("nsubj", "csubj") and trigger.head.i == verb.i)) and verb.lemma_ in ("increase", "rise", "grow", "decline", "decrease", "fall", "double", "continue", "reduce", "intensify", "drop", "step", "escalate", "surge", "mount") \
            and (trigger.tag_ == "NNS" or verb.tag_ in _PATTERN_TAGS or auxes & {"has", "have"}) \
            and not (verb.lemma_ == "drop" and {c.dep_ for c in verb.children} & {"dobj", "nsubjpass", "auxpass"}) \
            and not any(c.dep_ == "nsubj" and c.lemma_.lower() in TOLL_NOUNS for c in verb.children):
        # "attacks have increased", "fighting has intensified since October": a trend ("fighting
        # intensified on Sunday" happened; "1500 have fallen victims of the attack" is a toll;
        # "helicopters dropped barrel bombs", "barrel bombs were dropped on Dael": something dropped is the act, no falling figure;
        # "The death toll from air strikes on Beirut rose to 22": a toll that rose, of strikes that happened)
        return True
    return False


ULTIMATUM = re.compile(r"\b(?:gave|given|giving|gives|give)\s+(?:[\w-]+\s+){0,4}?until\s+[^.;]{1,40}?\bto\s+(?:leave|surrender|withdraw|disarm|hand\s+over|lay\s+down|evacuate)\b", re.I)
TERM_EXPLAINED = re.compile(r"\buses?\s+the\s+(?:term|word|expression)\b", re.I)


TOLL_NOUNS = frozenset({"toll", "number", "tally", "count"})
INTENT_LEMMAS = frozenset({"vow", "threaten", "pledge", "promise", "plan", "intend", "swear"})


def under_way(trigger, verb) -> bool:
    """An event noun that is taking place or raging now: "Heavy clashes are still taking place in
    northern San Salvador" is happening on the report's day, no habit."""
    if trigger.dep_ != "nsubj" or trigger.head.i != verb.i:
        return False
    return verb.lemma_ == "rage" or (verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


IRREGULAR_PASTS = {"shot", "fought", "took", "blew", "threw", "struck", "stole", "overran", "drove", "fled", "broke", "burnt"}


def _looks_past(verb) -> bool:
    """A present-tense tag on a past form is a tagging slip (common on all-capitals wire copy:
    "GUERRILLAS ATTACKED A POLICE POST"): the form, not the tag, says it happened."""
    form = verb.lower_
    return form.endswith("ed") or form in IRREGULAR_PASTS


EVENT_NOUNS = {"attack", "strike", "airstrike", "massacre", "clash", "protest", "bombing", "raid", "killing", "explosion", "blast", "ambush", "abduction", "kidnapping", "demonstration", "riot", "shelling", "assault", "operation", "fighting", "battle", "siege", "rampage", "shooting"}


_MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december)"
TALLY_RE = re.compile(
    r"\b((war|conflict|uprising|revolution|crisis|fighting|violence|insurgency|rebellion|unrest)\b[^.]{0,60}\b(has|have|had) (since |now |so far )?(killed|left|claimed)"
    r"|(killed|died|dead) (in|during|since) (the|its|this|a|\w+'?s) ((\w+-)?\w+ ){0,2}(war|conflict|uprising|revolution|insurgency)"
    # "air strikes killed thousands of civilians during the war"
    r"|(killed|died|dead) ([\w,-]+ ){1,5}(during|throughout|over the course of) (the|its|this|\w+'?s) ((\w+-)?\w+ ){0,2}(war|conflict|uprising|revolution|insurgency)\b(?! (on|at) )"
    # "since the infighting began", "since the protests against job quotas began in July"
    r"|since ((the|its) |\w+'?s )?((\w+-)?\w+ )?(war|conflict|uprising|revolution|crisis|insurgency|(in)?fighting|feud|violence|unrest|hostilities|rebellion|offensive|protests|demonstrations)( [\w-]+){0,4} (began|started|erupted|broke out)"
    r"|(war|conflict|uprising|crisis) (which|that) (began|started|erupted)"
    r"|since (the start of |the beginning of |early |late )?(January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|the start|the beginning)"
    # ("Protesters have camped out in Baghdad … since Oct. 1": a wire's short month)
    r"|since (Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}\b"
    # ("More than 350 people have been killed, according to a Reuters tally": a count kept over time)
    r"|\b(has|have) been (killed|wounded|injured)\b[^.;]{0,40}\baccording to an? ([\w-]+ ){0,2}(tally|count)\b"
    r"|since (the revolt (began|started|erupted)|it (declared|began|started|was (launched|founded|formed|created)))"
    # ("More than 1,200 people have been killed in the state since then": counted from a start told before)
    r"|\b(has|have) (been )?(killed|displaced|wounded|injured)\b[^.;]{0,60}\bsince (then|that time)\b"
    # "The attacks began on Saturday evening and continued into Monday": several attacks on several
    # days ("clashes … continued into Tuesday" is one battle told on)
    r"|\b(attacks|raids|strikes|killings|bombings)\b[^.]{0,60}\bcontinued (into|until|through) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the (next|following) (day|morning))"
    # "Protests have swept Iran since the death of …": a wave told from its start, many events
    r"|\b(has|have) (\w+ )?(swept|spread (across|through|to)|rocked|gripped|raged|persisted|continued)\b[^.]{0,60}\bsince\b"
    r"|so far( this year)?|(in|during|over) the (past|last) (\w+ )?(hours|days|weeks|months?|years?|decades?)|in recent (days|weeks|months|years)"
    # ("Between 6 and 12 May, at least 43 civilians were killed in attacks …": a week's acts counted together)
    rf"|\b(between|from) \d{{1,2}}( {_MONTHS})? (and|to) \d{{1,2}} {_MONTHS}"
    rf"|\b(between|from) {_MONTHS} \d{{1,2}} (and|to) \d{{1,2}}\b"
    # "have besieged El Fasher for weeks", "have repelled repeated attacks": a stretch, many events
    r"|\b(has|have|had) (\w+ )?\w+ed (\w+ ){0,4}for (weeks|months|years)|\brepeated (attacks|assaults|strikes|raids|attempts)"
    # "a month of infighting has killed nearly 300": weeks of fighting are many events, not one
    r"|\b(a|one|two|three|four|five|six|several|\d+) (weeks?|months?|years?) of (\w+ )?(fighting|infighting|clashes|war|bombing|bombardment|shelling|violence|conflict|air ?strikes|raids|attacks|strikes))\b",
    re.I,
)


# "its largest attack on Moscow so far", "the deadliest strike yet this year": one act compared
# with the others, no tally of them
# ("the first mass school abduction in the country since 2021": the first since, one act)
SUPERLATIVE_BEFORE = re.compile(r"\b(largest|biggest|deadliest|worst|heaviest|most \w+|first)\b[^.,;]{0,40}$", re.I)


# A series: many events, unless the sentence puts it on one day ("a bomb killed 18 on Tuesday, the
# latest in a spate of blasts" is the latest one; "a wave of strikes hit Douma on Sunday" is one
# ACLED event, which codes same-day acts at one place by the same sides as one)
# ("there have been hundreds of dynamite attacks in different Colombian cities": a count of acts, none of them told)
SERIES_RE = re.compile(r"\b(a string of|the latest in|a (\w+ )?(wave|series|spate|string) of|"
                       r"(hundreds|dozens|scores|thousands)\s+of\s+([\w-]+\s+){0,2}(attacks|bombings|killings|raids|assassinations|massacres|ambushes))\b", re.I)
NEWEST_OF_SERIES = re.compile(r",\s+(?:the|in the)\s+latest\s+in\s+an?\s+(?:\w+\s+)?(?:wave|series|spate|string)\s+of\b", re.I)


YEAR_TOKEN = re.compile(r"(19|20)\d\d")


def is_aggregate(trigger, sentence: str, told_as_occurring: bool, date_spans: list[tuple[int, int]] = (), on_a_day: bool = False) -> bool:
    """Tallies and series are not one event: "three attacks", "12 killed since January",
    "the latest in a string of massacres". ``date_spans`` (offsets in the sentence) hold date
    phrases, whose numbers count no attacks ("8 Jun 2016 air strikes"). Plural event nouns
    are a generalisation ("attacks on the highway") unless ``told_as_occurring``: with a toll,
    or on a day ("air strikes hit Idlib on Sunday"). Counted ones are a series unless
    ``on_a_day``: "two bomb attacks were carried out in La Paz last night" happened, and are
    kept as one event rather than lost."""
    # (a tally in an "after …" phrase counts the acts before the sentence's own: "agreed to a ceasefire
    # on Sunday after more than a week of clashes that killed 130" tells the agreement)
    before = [(s, e) for s, e in earlier_act_spans(trigger) if not sentence[s:e].lower().startswith("since")]  # (a "since" clause starts the tally)
    if any(not in_aside(trigger, m.start()) and not SUPERLATIVE_BEFORE.search(sentence, 0, m.start()) and not any(s <= m.start() < e for s, e in before)
           for m in TALLY_RE.finditer(sentence)):
        return True
    # (", the latest in a string of attacks on shipping" says the act told is the newest of a series: it happened)
    newest = [(m.start(), m.end()) for m in NEWEST_OF_SERIES.finditer(sentence)]
    if not on_a_day and any(not in_aside(trigger, m.start()) and not any(s <= m.start() < e for s, e in newest) for m in SERIES_RE.finditer(sentence)):
        return True
    if not on_a_day and any(_counted(g) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in"
                            for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS" and g.lemma_.lower() in EVENT_NOUNS):
        return True  # "killed at least 50 soldiers in two attacks over the weekend": the attacks are told one by one
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in EVENT_NOUNS:
        return False
    # "three attacks" is a series; "June 8 2016 air strikes" (a date stamp the parse hung on the noun) is not
    start = trigger.sent.start_char

    def in_date(token) -> bool:
        return any(s <= token.idx - start < e for s, e in date_spans)

    if _counted(trigger, in_date):
        return not on_a_day
    return not told_as_occurring  # "attacks on the highway", no toll, no day: a generalisation


def _counted(noun, in_date=lambda token: False) -> bool:
    """Whether a plural event noun has a count of two or more ("two attacks", "three separate
    raids"); ``in_date`` says which numbers belong to a date phrase and count nothing."""
    return any(c.dep_ == "nummod" and c.lower_ not in ("one", "a") and not YEAR_TOKEN.fullmatch(c.text) and not in_date(c) for c in noun.children)


ASIDE_DEPS = frozenset({"relcl", "appos", "acl"})


def in_aside(trigger, offset: int) -> bool:
    """Whether the words at ``offset`` (in the trigger's sentence) sit in a relative clause or
    apposition on something other than the event: "The army, which has been fighting the RSF
    since April 2023, said its warplanes struck …" tells a tally only about the army."""
    sentence = trigger.sent
    token = next((t for t in sentence if t.idx - sentence.start_char >= offset), None)
    while token is not None and token.head.i != token.i:
        # ("… shot dead and at least 30 injured on Tuesday": a clause on a count is the toll's own, no aside)
        if token.dep_ in ASIDE_DEPS and not (token.dep_ == "acl" and token.head.pos_ == "NUM"):
            # "attacks that took place in the past 48 hours": a clause on the event itself is no aside
            return token.head.i != trigger.i and not (token.left_edge.i <= trigger.i <= token.right_edge.i)
        token = token.head
    return False


# ("to mark a year since a canopy collapsed …, killing 16", "the worst attack since a bombing killed 50": the earlier act's dead)
EARLIER_ACT_MARKERS = frozenset({"after", "following", "since"})


def phrase_last(head) -> int:
    """The index of the last token of ``head``'s phrase, short of a clause the parse hung on it
    that is a sentence of its own: in a scrape without commas, "after a chemical attack a woman
    was killed" reads "a woman was killed" as a relative clause of "attack". A relative clause
    with no relative word whose verb lacks nothing (a passive with its subject, an active verb
    with its subject and object, no preposition left stranded) cannot be one."""
    last = head.right_edge.i
    for token in head.subtree:
        if token.dep_ != "relcl" or token.i <= head.i:
            continue
        deps = {c.dep_ for c in token.children}
        relative_word = any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in token.children)
        stranded = any(c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children) for c in token.children)
        complete = "nsubjpass" in deps or {"nsubj", "dobj"} <= deps
        if not relative_word and not stranded and complete:
            last = min(last, token.left_edge.i - 1)
    return last


def _earlier_act_phrases(sentence):
    """(first token index, last token index, start offset) of each "after …"/"following …" phrase."""
    for token in sentence:
        # ("since Monday" is a period's start: only a clause after "since" tells an earlier act)
        if token.lower_ in EARLIER_ACT_MARKERS and token.dep_ in ("prep", "mark") and token.head.i != token.i \
                and (token.lower_ != "since" or token.dep_ == "mark"):
            phrase = token.head if token.dep_ == "mark" else token
            start = token.idx if token.dep_ == "mark" else sentence.doc[phrase.left_edge.i].idx
            yield phrase.left_edge.i, phrase_last(phrase), start
    yield from _motive_phrases(sentence)  # (what an act avenges came before it too)


# "in retaliation for the killing of …", "to avenge the deaths of …": the act a motive names
MOTIVE_NOUNS = frozenset({"retaliation", "revenge", "reprisal", "reprisals", "vengeance", "payback"})


def _motive_phrases(sentence):
    """(first token index, last token index, start offset) of each phrase that names what an act
    avenges: "in retaliation for …", "in revenge for …", "to avenge …"."""
    for token in sentence:
        if token.lower_ == "for" and token.dep_ == "prep" and token.head.lemma_.lower() in MOTIVE_NOUNS:
            yield token.i, phrase_last(token), token.idx
        elif token.lemma_.lower() == "avenge" and token.dep_ in ("xcomp", "advcl", "acl") and token.head.i != token.i:
            yield token.left_edge.i, phrase_last(token), sentence.doc[token.left_edge.i].idx


def avenged(trigger) -> bool:
    """"Bandits killed 11 villagers in retaliation for the killing of several bandits by
    vigilantes last month": the act an attack avenges is its motive, named in passing, not the
    sentence's event (ACLED codes it from a report that tells it)."""
    return any(first <= trigger.i <= last for first, last, _ in _motive_phrases(trigger.sent))


def motive_spans(span) -> list[tuple[int, int]]:
    """Offsets (in the sentence) of its motive phrases, to the end of each."""
    return [(start - span.start_char, span.doc[last].idx + len(span.doc[last]) - span.start_char) for _, last, start in _motive_phrases(span)]


def earlier_act_around(trigger) -> tuple[int, int] | None:
    """Offsets (in the trigger's sentence) of the "after …" phrase the trigger sits in, if it
    does: in "Police arrested 2,500 people in a crackdown after weeks of student protests" the
    protests are what came before the sentence's own act."""
    sentence = trigger.sent
    for first, last, start in _earlier_act_phrases(sentence):
        if first <= trigger.i <= last:
            end_token = sentence.doc[last]
            return start - sentence.start_char, end_token.idx + len(end_token) - sentence.start_char
    return None


def earlier_act_spans(trigger, *, whole_clause: bool = False) -> list[tuple[int, int]]:
    """Offsets (in the trigger's sentence) of "after …"/"following …" phrases that tell an earlier
    act, not the trigger's own: in "Rioters set a police van on fire …, after a knife attack that
    killed three girls" the three dead are the knife attack's, not the riot's."""
    sentence = trigger.sent
    spans = []
    taking = trigger.lemma_.lower() in GROUND_TAKING_LEMMAS
    for first, last, start in _earlier_act_phrases(sentence):
        if taking and FIGHT_FOR_IT.match(sentence.doc.text, start):
            continue  # "recaptured the town … after heavy fighting that killed 17": the fight for it is the taking's
        if not first <= trigger.i <= last:
            end_token = sentence.doc[last]
            end = end_token.idx + len(end_token) - sentence.start_char
            # ("arrested 30 people after clashes … on Monday left more than 100 people injured": the
            # small model ends the phrase at its noun and hangs the rest on the arrests; with
            # ``whole_clause``, the words that finish the phrase's clause are taken in)
            if whole_clause and (rest := _PHRASE_GOES_ON.match(sentence.text, end)) is not None:
                end = rest.end()
            spans.append((start - sentence.start_char, end))
    return spans


# the words that finish an "after …" phrase's own clause: its day and what it did
_PHRASE_GOES_ON = re.compile(r"(?:\s+(?:on|late on|early on)\s+\w+day(?:\s+(?:night|morning|evening))?)?\s+(?:left|killed|wounded|injured|claimed)\b[^,;.]*")


GROUND_TAKING_LEMMAS = frozenset({"recapture", "retake", "regain", "seize", "capture", "overrun", "take", "liberate"})
FIGHT_FOR_IT = re.compile(r"(?:after|following)\s+(?:(?:heavy|fierce|intense|days\s+of|hours\s+of|weeks\s+of)\s+)*(?:fighting|clashes|battles?|combat)\b", re.I)


_DISTANCE_AFTER = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?)\s+(?:after|following)\b", re.I)


def distant_act_spans(trigger) -> list[tuple[int, int]]:
    """The ``earlier_act_spans`` set days or weeks before the trigger's act ("Just days after a
    regime chemical attack, a woman was killed"): who acted there is no side in it. (An "after"
    phrase with no distance may tell how the act came about: "civilians were killed after regime
    airstrikes hit Aleppo".)"""
    text = trigger.sent.text
    return [(s, e) for s, e in earlier_act_spans(trigger) if _DISTANCE_AFTER.search(text, max(0, s - 30), min(e, s + 40))]


# "as they marked the anniversary of demonstrations in which dozens of people were killed": what
# a remembrance is of, to the end of its clause, is an earlier act
COMMEMORATED_ACT = re.compile(r"\b(?:anniversary|commemoration|remembrance|memory|memorial)\s+of\b[^.;]*", re.I)


def commemorated_spans(sentence: str) -> list[tuple[int, int]]:
    """Offsets (in the sentence) of the act a remembrance is of: its numbers are no toll."""
    return [(m.start(), m.end()) for m in COMMEMORATED_ACT.finditer(sentence)]

