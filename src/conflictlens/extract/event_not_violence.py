"""Sentences whose words of violence tell no event ACLED codes: a robbery or a family feud, an
accident, a match report, a business rivalry, a court's sentence and a military drill; and arms
found where an act just told took place.

In: a sentence (its text and spaCy span), the actors found in it, the sub-event type it was given
and what kind of story it is in. Out: whether it tells no political violence at all. No state;
used by the events stage only.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model import ActorMention
from .event_codebook import ARMED_WORDS
from .event_rules import ACCIDENT, ATTACK_MEANS, ORDINARY_CRIME
from .taxonomy import event_type_of


class StoryKind(NamedTuple):
    """What the whole report is about: a match ("fired a penalty" is no shooting there) or terror
    ("stabbed" is no family feud there)."""

    sports: bool
    terror: bool


def no_political_violence(sentence: str, span, actors: list[ActorMention], sub_event: str, story: StoryKind) -> bool:
    """Whether the sentence's words of violence tell something else: a robbery or a family feud,
    unless an armed group is involved; a chemical plant that exploded or a car that crashed; a
    match report ("fired a penalty", "a blistering attack"); a business rivalry ("fought a fierce
    battle for customers", between companies only); a court's sentence for crimes ("sentenced …
    for torture, rape and the destruction of property"); or a drill ("fired artillery shells into
    the sea during military drills")."""
    armed = _armed_actor_in(sentence, span, actors)
    if (crime := ORDINARY_CRIME.search(sentence)) and not armed and not (story.terror and crime.group(0).lower() == "stabbed"):
        return True
    if ACCIDENT.search(sentence) and not (ATTACK_MEANS.search(sentence) or armed):
        return True
    if story.sports and not armed:
        return True
    if span.root.lemma_.lower() in JUDICIAL_LEMMAS or JUDICIAL_EXECUTION.search(sentence):
        return True  # (and the state's execution of a convict: "executed a man convicted over …")
    if MILITARY_EXERCISE.search(sentence) and not CASUALTY_WORDS.search(sentence):
        return True  # "fired artillery shells into the sea … during military drills"
    named = [a for a in actors if span.start_char <= a.evidence.start < span.end_char]
    return event_type_of(sub_event) == "Battles" and bool(named) and all(a.category is None for a in named) \
        and not ARMED_WORDS.search(sentence) and not ATTACK_MEANS.search(sentence) and not CASUALTY_WORDS.search(sentence)


def _armed_actor_in(sentence: str, span, actors: list[ActorMention]) -> bool:
    if ARMED_WORDS.search(sentence):
        return True
    return any(span.start_char <= a.evidence.start < span.end_char and a.category is not None and int(a.category) in (2, 3, 4) for a in actors)


# fire at no one: drills, exercises and weapons tests
MILITARY_EXERCISE = re.compile(r"\b(military drills?|(military|naval|joint|live-fire) exercises?|during (\w+ )?drills|test[- ](fired|launch(ed)?)|(missile|weapons?) tests?"
                               r"|mock (drills?|exercises?|attacks?)|(drill|exercise) simulating|simulat(ing|ed) (an? )?(\w+ ){0,2}(attack|assault|raid|hijacking))\b", re.I)


# a court's acts: "sentenced", "convicted", "acquitted", "jailed"
JUDICIAL_LEMMAS = frozenset({"sentence", "convict", "acquit", "indict", "jail", "imprison"})
JUDICIAL_EXECUTION = re.compile(r"\b(executed|hanged|put to death)\b.{0,60}\b(convicted|sentenced|death row|found guilty)\b", re.I)
CASUALTY_WORDS = re.compile(r"\b(killed|dead|died|deaths?|wounded|injured|casualties)\b", re.I)


def found_at_the_scene(sub_event: str, sentence: str) -> bool:
    """Arms found where the act just told took place ("Police later found 12 rifles and more than
    1,000 rounds of ammunition at the scene", after a gunbattle): what it left, no seizure of its
    own. The caller asks only right after a violent event."""
    return (sub_event == "Disrupted weapons use" or ARMS_FOUND.search(sentence) is not None) and AT_THE_SCENE.search(sentence) is not None


ARMS_FOUND = re.compile(r"\b(found|recovered|seized|confiscated)\b[^.;]{0,60}?\b(rifles?|weapons?|arms|ammunition|rounds|guns?|pistols?|grenades?|"
                        r"launchers?|explosives?|cartridges|casings|magazines)\b", re.I)
AT_THE_SCENE = re.compile(r"\b(at|from|near) the (scene|site)( of the (attack|clash(es)?|shooting|ambush|gunfight|blast|explosion))?\b", re.I)
