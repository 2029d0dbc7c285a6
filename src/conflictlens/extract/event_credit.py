"""Who an act is credited to or blamed on, beyond the words that tell it.

In: a sentence (spaCy span) and the actor mentions the actors stage found. Out: the named armed
group a claim of responsibility, a blame, a belief ("believed to be members of …") or an
accusation names; the side that owns up to strikes it carried out. Used by the events stage
only, after ``event_roles`` has read the sentence's own sides.
Never: a generic "no group claimed", a state blamed or accused in words alone (an accusation of
a state stays an accusation), a blame the blamed group denies.
"""

from __future__ import annotations

import re

from ..model import ActorCategory, ActorMention
from .event_roles import ARMED_CATEGORIES, TIED_TO


# a group telling an act as its own: "The Houthis said it had targeted a military site …"
# ("Islamic Jihad's Jenin Brigade said its fighters had detonated the bomb")
OWN_ACT_CLAIMED = re.compile(r"\bsaid\s+(?:on\s+\w+day\s+)?(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they|its\s+(?:fighters|men|members|militants))\s+had\s+"
                             r"(?:targeted|struck|attacked|hit|bombed|shelled|fired\s+(?:at|on)|detonated|set\s+off|planted|ambushed)\b", re.I)
# a doer's "carried out" of an act already told ("Russia's defence ministry said it had carried out a
# \"massive strike\" on … facilities"): its act again, never a claim of one told later (a lede's
# "The U.S. military said it had carried out an air strike" is the act itself)
OWN_ACT_CARRIED_OUT = re.compile(r"\bsaid\s+(?:on\s+\w+day\s+)?(?:in\s+a\s+statement\s+)?(?:that\s+)?(?:it|they)\s+had\s+carried\s+out\s+(?:an?\s+)?"
                                 r"(?:[\"“']?[\w-]+[\"”']?\s+){0,3}?[\"“']?(?:strikes?|attacks?|raids?)\b", re.I)


# a claim of the act just told, named with "the": "claimed the ambush", "claimed responsibility for the attack"
# ("Islamic State Khorasan Province claimed responsibility in a statement on its Telegram channel": a
# bare claim, of the act last told)
CLAIMED_THE_ACT = re.compile(r"\bclaimed (?:responsibility for |credit for )?the (?:\w+ ){0,2}(?:attack|bombing|blast|ambush|assault|raid|strike|killings?|kidnapping|abduction)\b"
                             r"|\bclaimed (?:responsibility|credit)(?!\s+for\b)", re.I)
CLAIMED_BY = re.compile(
    r"\b(claimed (responsibility|credit)|claimed by|took responsibility|(claim|claims) of responsibility"
    r"|claimed (the|that|this|both) (\w+ ){0,2}(attacks?|bombings?|blasts?|killings?|assaults?|ambush(es)?|raids?|strikes?|operations?|kidnappings?))\b",
    re.I,
)


# "Police blamed Al-Shabaab militants", "officials blamed the attack on the ADF": the group comes
# right after; an accusation of a state ("blamed the army for the killings") stays an accusation
BLAMED = re.compile(r"\bblam(?:ed|ing|es)\s+(?:(?:the|an|a|both|the\s+two|these)\s+)?"
                    r"(?:(?:attacks?|blasts?|bombings?|explosions?|ambush(?:es)?|killings?|assaults?|raids?)\s+on\s+(?:the\s+)?)?[\"“']?")  # ('blamed the "Amba boys"')
# "blamed both attacks on …": the two acts just told
BOTH_ACTS = re.compile(r"\b(?:both|the\s+two)\s+(?:attacks|blasts|bombings|explosions|ambushes|killings|assaults|raids|incidents)\b", re.I)


# "The attackers, believed to be members of the Allied Democratic Forces, …", "gunmen suspected
# to belong to Boko Haram": whom the report takes the unnamed band to be
BELIEVED_TO_BE = re.compile(r"\b(?:believed|thought|suspected|presumed|understood)\s+to\s+(?:be|belong\s+to|have\s+been)\s+"
                            r"(?:(?:members|fighters|militants|elements|part)\s+(?:of|from)\s+)?(?:the\s+)?", re.I)


def blamed_group(span, actors: list[ActorMention], *, believed: bool = False) -> ActorMention | None:
    """The named non-state armed group the sentence blames right after "blamed" (with
    ``believed``, also the one it takes the doers to be: "believed to be members of …")."""
    text = span.text
    for m in [*BLAMED.finditer(text), *(BELIEVED_TO_BE.finditer(text) if believed else ())]:
        at = span.start_char + m.end()
        # ("Police blamed the Jaime Martinez front of the Central General Staff (EMC)": a unit of the group named)
        if (unit := UNIT_OF_A_GROUP.match(text, m.end())) is not None:
            at = span.start_char + unit.end()
        for actor in actors:
            if actor.evidence.start == at and not actor.generic and actor.category is not None \
                    and int(actor.category) in ARMED_CATEGORIES and actor.category is not ActorCategory.STATE_FORCES:
                return actor
    return None


# "An OLA spokesman denied the group was involved", "The group rejected the accusation" (not "dissidents
# … who rejected a 2016 peace deal")
_DENIED_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:denied|denies|(?:rejected|rejects)\s+(?:the\s+|any\s+)?(?:accusations?|allegations?|claims?|charges?|blame))\b", re.I)


def blame_denied(group: ActorMention, actors: list[ActorMention], text: str, start: int, end: int) -> bool:
    """Whether the blamed group, named again between ``start`` and ``end``, denies it."""
    return any(a.actor_id == group.actor_id and start <= a.evidence.start < end and _DENIED_AFTER.match(text[a.evidence.end:end])
               for a in actors)


UNIT_OF_A_GROUP = re.compile(r"(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:front|faction|wing|unit|branch|cell|column|bloc|battalion|brigade)\s+of\s+(?:the\s+)?", re.I)
# "No group claimed responsibility, but the Pakistani Taliban have carried out similar attacks"
NO_CLAIM = re.compile(r"\b(no (group|one|organi[sz]ation)|nobody|not (yet )?(been )?claimed|did not claim|has not claimed|have not claimed|denied)\b", re.I)


RELATIVE_OF_A_GROUP = re.compile(r"['’]s\b|\s+(?:local\s+|regional\s+)?(?:affiliate|offshoot|branch|franchise|splinter)", re.I)


def claimant(span, actors: list[ActorMention]) -> ActorMention | None:
    """The named armed group a claim of responsibility names (not a generic "no group"); none
    when the sentence says no one claimed it."""
    text = span.text
    if NO_CLAIM.search(text):
        return None
    # ("Islamic State's local affiliate, ISIS-K, claimed …", "An al Qaeda affiliate, JNIM, claimed …":
    # the affiliate, not the group it belongs to)
    def possessor(actor: ActorMention) -> bool:
        return RELATIVE_OF_A_GROUP.match(text, actor.evidence.end - span.start_char) is not None

    for actor in sorted(actors, key=possessor):
        if span.start_char <= actor.evidence.start < span.end_char and not actor.generic \
                and actor.category is not None and int(actor.category) in ARMED_CATEGORIES \
                and not TIED_TO.match(text, actor.evidence.end - span.start_char) \
                and not TARGET_OF_ACT.search(text, 0, actor.evidence.start - span.start_char):
            return actor  # ("The al-Qaeda-linked JNIM claimed …": JNIM, not its patron)
    return None


# "claimed responsibility for an attack on a U.S. military convoy": the group named is the target
TARGET_OF_ACT = re.compile(r"\b(?:attacks?|assaults?|ambush(?:es)?|bombings?|raids?|strikes?|killings?|murders?|kidnappings?|abductions?)\s+"
                           r"(?:on|against|of)\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,2}$", re.I)


def owning_up(span, actors: list[ActorMention]) -> ActorMention | None:
    """The named armed side that says it carried out strikes or attacks ("Mali's army said … it had
    carried out precision strikes on 'terrorist targets' in the area"), or None."""
    said = OWN_ACT_CARRIED_OUT.search(span.text) or OWN_ACT_CLAIMED.search(span.text)
    if said is None:
        return None
    speakers = [a for a in actors if span.start_char <= a.evidence.start < span.start_char + said.start()
                and not a.generic and a.category is not None and int(a.category) in ARMED_CATEGORIES]
    return speakers[-1] if speakers else None


# "accused the army of killing three civilians", "accuses Israeli forces of shelling the camp"
ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\s+(?P<who>[^,;.]{2,60}?)\s+of\s+(?:[\w-]+ing)\b", re.I)


def accused_doer(span, actors: list[ActorMention]) -> ActorMention | None:
    """The side one party accuses of the act the sentence tells: the doer ACLED records, the
    accuser being the source."""
    m = ACCUSED_OF.search(span.text)
    if m is None:
        return None
    start, end = span.start_char + m.start("who"), span.start_char + m.end("who")
    return next((a for a in actors if start <= a.evidence.start < end), None)
