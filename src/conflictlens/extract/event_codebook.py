"""ACLED's codebook precedence between sub-event types, once a sentence is typed.

In: the sub-event type the classifier or the rules gave a sentence, its words and its roles.
Out: the type the codebook gives it. Violence against civilians is an attack, between armed
sides a clash; state forces regain ground, non-state groups overtake it, and ground taken without
a fight is a non-violent transfer; demonstrators' own violence makes a violent demonstration,
lethal force against peaceful ones excessive force; a bomb that went off is remote violence
whatever it hit. Used by the events stage only.
"""

from __future__ import annotations

import re

from ..model import ActorCategory, ActorMention
from .casualties import DIED_IN_CUSTODY
from .event_roles import REPORTING_LEMMAS, governing_verb


CIVILIAN_WORDS = re.compile(r"\b(civilians?|villagers?|residents?|woman|man|child|boy|girl|teenagers?|teens?|student|motorists?|minority|minorities|shepherds?|traders?|teachers?|doctors?|worshippers|passengers|farmers|herders|shoppers|students|children|women|people|family|families|displaced|pilgrims|journalists?|aid workers?)\b", re.I)


COMBATANT_WORDS = re.compile(r"\b(soldiers?|troops|army|military|forces|police(men)?|officers|fighters|militants|militiamen|insurgents|rebels|jihadists|gunmen|guards?|patrols?|checkpoints?|posts?|positions?|bases?|convoy)\b", re.I)


# civilians who tell, not civilians who were hit: "…, killing 11 soldiers, residents said"
CIVILIAN_SOURCES = re.compile(r"\b(residents|villagers|witnesses|locals|people)\s+(said|say|says|told|reported)\b", re.I)


def _civilians_named(sentence: str) -> bool:
    """Whether the sentence names civilians other than those who tell it."""
    return CIVILIAN_WORDS.search(CIVILIAN_SOURCES.sub("", sentence)) is not None


# What was hit was armed: "killing 11 soldiers", "stormed a military base", "attacked a police checkpoint"
ARMED_TARGET = re.compile(
    r"\b((killing|killed|wounding|wounded|injuring|injured) (at least |some |about |around |more than |nearly |up to )?(\w+ ){0,2}"
    r"(soldiers|troops|policemen|police officers|militants|fighters|rebels|militiamen|guards)"
    r"|(military|army) (bases?|posts?|camps?|barracks|convoys?|patrols?|positions?|outposts?)"
    r"|(police|military|army) (stations?|posts?|checkpoints?|patrols?))\b", re.I)


LETHAL_FORCE = re.compile(
    r"\b((protesters?|demonstrators?|marchers|mourners|students) (were |was )?(killed|shot dead|gunned down|shot)|"
    r"live (ammunition|rounds|fire|bullets)|opened fire (on|at|into)|fired (live rounds |bullets )?(on|at|into) (the )?(crowd|protesters|demonstrators)|"
    # "six people were killed as police fired rubber bullets and tear gas at students protesting"
    r"(killed|dead|died)\b[^.;]{0,60}\b(as|when|after) (riot )?(police|security forces|troops|soldiers) (fired|opened fire|shot))\b",
    re.I,
)


# In a sentence already about a demonstration, these say the demonstrators turned violent.
EARLIER_ACT_CLAUSE = re.compile(r"\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?|hours?)\s+(?:after|before)\b[^;]*", re.I)
VIOLENT_PROTESTERS = re.compile(
    r"\b((?<!anti-)riot(s|ers|ing|ed)?(?! (police|gear|squads?|control|units?|officers|troops|shields?))|threw (\w+ )?(stones|rocks|bricks|bottles|molotov|petrol bombs|projectiles|fireworks|firecrackers|flares)|stone[- ]?pelting|pelted|pelting|setting fires|"
    r"hurled (\w+ )?(stones|rocks|bricks|bottles|molotov|petrol bombs|projectiles|fireworks|firecrackers|flares)|torched|set (\w+ ){0,5}(on fire|ablaze)|set fire to|"
    r"burn(ed|t|ing) (tyres|tires|vehicles|cars|buses|police)|vandali[sz](ed|ing)|ransack(ed|ing)|looted|smashed|stormed|"
    r"clashed with (the )?(police|security forces|riot police|troops|soldiers)|attacked (the )?(police|security forces|officers)|"
    # the other side clashing with them, or demonstrators armed; the codebook's road-blocking
    r"(police|security forces|troops) clashed (\w+ ){0,2}with (\w+ ){0,3}(protesters|demonstrators)|(protesters|demonstrators) armed with|"
    # demonstrators fighting another crowd: "clashes between protesters and supporters of the ruling party"
    r"clash(es)? between (\w+ ){0,2}(protesters|demonstrators) and|(protesters|demonstrators) clashed with|"
    r"broke into|(blocked|blocking|shut down) (the )?(\w+ )?(roads?|streets?|highways?|railways?|railroads?|bridges?))\b",
    re.I,
)


# The taker's own words when the dictionary does not know it: "troopers from the Northern
# Command", "pro-government militias" are the state's side; "rebel fighters", "guerrillas" are not
STATE_TAKER = re.compile(r"\b(government|army|troops|troopers|soldiers|military|armed forces|security forces|police|officers|policemen|gendarmes|marines|regime|loyalists?)\b", re.I)


NON_STATE_TAKER = re.compile(r"\b(rebels?|insurgents?|militants?|jihadists?|guerrillas?|separatists?|opposition|fighters|militias?|militiamen)\b", re.I)


TAKING_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


UNCONTESTED = re.compile(r"\b(withdrew|withdrawn|withdrawal of|pulled out|pull-?out of|handed (it )?over|handover of|vacated|abandoned by|without (a fight|any fight|resistance|any resistance|fighting|firing|a shot|a single shot|a gunshot|clashes))\b", re.I)


# …unless the withdrawal was forced: "rebels who withdrew following intense shelling"
FORCED_OUT = re.compile(r"\b(withdrew|withdrawn|pulled out)\s+(following|after|under|amid)\s+(\w+\s+){0,4}?(shelling|fighting|clashes|bombardment|strikes|airstrikes|attacks?|fire|battles?|offensive|assault)\b", re.I)


def territory_by_taker(sub_event: str, actor1: ActorMention | None, trigger, actor2: ActorMention | None = None) -> str:
    """Who took the ground decides the territory type: state forces regain, non-state groups
    overtake. The dictionary's category of the taker decides; without it, the words of the taking
    verb's subject, when they name one side only; without those, the side it was taken from
    ("three hill posts seized from the MNDAA": a rebel group lost them to the state)."""
    if sub_event not in TAKING_TERRITORY:
        return sub_event
    category = int(actor1.category) if actor1 is not None and actor1.category is not None else None
    if category is None:
        verb = governing_verb(trigger)
        subject = " ".join(t.text for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent") for t in c.subtree)
        state, non_state = bool(STATE_TAKER.search(subject)), bool(NON_STATE_TAKER.search(subject))
        category = 1 if state and not non_state else 2 if non_state and not state else None
    if category is None and actor2 is not None and actor2.category is not None:
        category = 2 if actor2.category is ActorCategory.STATE_FORCES else 1 if int(actor2.category) in (2, 3, 4) else None
    if category == 1:
        return "Government regains territory"
    if category in (2, 3, 4):
        return "Non-state actor overtakes territory"
    return sub_event


def attack_or_clash(sentence: str, sub_event: str, actor2: ActorMention | None) -> str:
    """ACLED: violence by an armed group against civilians is an Attack; between armed, organised
    sides it is an Armed clash."""
    if actor2 is not None and actor2.category is not None:
        return "Attack" if int(actor2.category) == 7 else "Armed clash"
    if sub_event == "Armed clash":
        return sub_event
    if COMBATANT_WORDS.search(sentence) and not _civilians_named(sentence):
        return "Armed clash"
    return "Attack"


# what was hit was a place where civilians are: "attacked a beachside restaurant", "stormed a school"
CIVILIAN_PLACE_HIT = re.compile(
    r"\b(attack(ed|s|ing)?|storm(ed|s|ing)?|raid(ed|s|ing)?|struck|opened fire (on|at|in)|attacks? on) (a |an |the )?(\w+ ){0,2}"
    r"(restaurants?|hotels?|caf[eé]s?|markets?|marketplaces?|schools?|mosques?|churches?|beach(es)?|shops?|buses|bus|weddings?|"
    r"funerals?|hospitals?|homes?|houses?|villages?|camps? for (the )?displaced|concert|mall)\b"
    # "the bus came under fire from suspected militants"
    r"|\b(bus|minibus|car|boat|train|school|hospital|market|restaurant|hotel|mosque|church|home|house)e?s? (came|was|were|had come) under (heavy )?(fire|attack)\b", re.I)
CIVILIAN_SHOT = re.compile(
    r"\b(the|a|an) (\w+ ){0,2}(teenager|boy|girl|man|woman|child|student|journalist|protester|farmer|shepherd|driver|motorist|worker)"
    r"(, [^,]{1,40},)? (was|were|had been) (shot dead|shot and killed|killed|gunned down|beaten to death)\b", re.I)
# "killed more than 100 members of the Alawite minority", "killed 30 civilians": only civilians named as the dead
CIVILIANS_KILLED = re.compile(r"\b(kill|behead|execut|massacr|slaughter|butcher)(ed|ing) (at least |more than |over |some |about |nearly )?[\w,]+ "
                              r"(members of (the|a) [\w-]+ (minority|community)|civilians|villagers|worshippers|Christians|Muslims|pilgrims|passengers|pupils|schoolchildren|children|women)\b", re.I)
FIGHTING_WORDS = re.compile(r"\b(clash\w*|fought|fighting|gunfights?|firefights?|exchang(?:ed|ing|es?)(?:\s+of)?(?:\s+(?:heavy|intense|sporadic|brief|small[- ]arms))?\s+(?:gun)?fire|battles?|repelled|repulsed)\b", re.I)


# Types a sentence gets for what the violence hit, which a named explosion overrides
BLAST_OVERRIDES = frozenset({"Attack", "Looting/property destruction"})


# "blew up a stretch of the pipeline": what is blown up, so that "tempers blew up" is not a blast
BLOWN_UP = (r"(blew|blown|blowing) up (a |an |the |two |several )?(\w+ ){0,4}?(sections?|stretch(es)?|parts?|bridges?|pipelines?|towers?|pylons?|buildings?|houses?|"
            r"offices?|vehicles?|cars?|bus(es)?|trains?|rail(way)? lines?|tracks?|structures?|exchanges?|(sub)?stations?|installations?|facilit(y|ies)|posts?|plants?|poles?)")


EXPLOSIVE_WENT_OFF = re.compile(r"\b(" + "|".join((
    r"explosions? of (\w+ ){0,2}(bombs?|explosives?|devices?|charges?)",
    r"(dynamite |time |parcel |letter |package )?bomb(ing)? (attacks?|blasts?|explosions?)",
    # "attacked the embassy with explosives"; barrel and cluster bombs fall from the air
    # (not what attackers carried: "assailants armed with rifles and explosives attacked the complex")
    r"(?<!armed )(with|used|using|planted|placed) ((?!barrel\b|cluster\b)\w+ ){0,2}(explosives|bombs|dynamite|explosive devices?|car bombs?)",
    BLOWN_UP,
    r"set(s|ting)? off (\w+ ){0,2}(bombs?|explosives?|charges?|car bombs?)",
    r"(bombs?|explosives?|explosive devices?|charges?|dynamite) (\w+ ){0,6}(exploded|detonated|went off|blew up)",
    # an explosion no one is said to have fired or dropped: "killed in an explosion that rocked the town"
    r"(killed|wounded|injured|dead) (\w+ ){0,4}in an? (\w+ )?(explosion|blast)",
    r"an? (\w+ )?(explosion|blast) (that )?(rocked|ripped through|tore through|struck|hit|went off)",
    r"(explosions|blasts) (occurred|took place|went off|rocked|shook)",
    # "a bomb destroyed a branch of the bank"; a barrel or cluster bomb falls from the air
    r"(?<!barrel )(?<!cluster )(bombs?|car bombs?|explosives|explosive devices?|charges) (\w+ ){0,2}(destroyed|damaged|wrecked|demolished|shattered)",
)) + r")\b", re.I)


def explosive_device_went_off(sentence: str) -> str | None:
    """The explosion type a sentence names ("two bombs exploded at the house", "set off bombs
    at the university", "a bomb attack on the office", "attacked the embassy with explosives",
    "blew up a stretch of the pipeline"), or None."""
    if not EXPLOSIVE_WENT_OFF.search(sentence) or DRONE_BORNE.search(sentence):
        return None  # ("attacked a base with drones carrying explosives": what flew them is a drone strike)
    return "Suicide bomb" if re.search(r"\bsuicide\b", sentence, re.I) else "Remote explosive/landmine/IED"


# explosives a drone carried: "drones carrying explosives", "explosive-laden drones", "kamikaze drones"
DRONE_BORNE = re.compile(r"\bdrones?\s+(?:carrying|laden\s+with|loaded\s+with|armed\s+with|packed\s+with|rigged\s+with)\b"
                         r"|\b(?:explosives?-laden|bomb-laden|armed|kamikaze|suicide|attack)\s+drones?\b", re.I)


# words for what flies: a strike told with none of them by a group with no air force is no air strike
AIRBORNE = re.compile(r"\b(air|aerial|aircraft|airstrikes?|airplanes?|(war|fighter |military )?planes?|jets?|helicopters?|gunships?|drones?|UAVs?|sorties?|warplanes?|bombers?|dropped)\b", re.I)


def _custody_death_told(trigger) -> bool:
    """Whether the sentence's own act is a death in custody: its verb is the main clause's, or what
    the teller says ("…, the opposition coalition said"), not a clause that says why or after what."""
    sent = trigger.sent
    if (m := DIED_IN_CUSTODY.search(sent.text)) is None:
        return False
    verb = next((t for t in sent if t.idx - sent.start_char >= m.start()), None)
    return verb is not None and (verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT"
                                                          and verb.head.lemma_.lower() in REPORTING_LEMMAS))


# bombs only aircraft drop: guided and glide bombs, barrel bombs
DROPPED_BOMB = re.compile(r"\b(?:guided|glide|gliding|aerial|barrel|cluster)\s+(?:aerial\s+)?bombs?\b", re.I)


def _non_state(actor: ActorMention | None) -> bool:
    """A rebel group or a militia (ACLED inter codes 2 to 4)."""
    return actor is not None and actor.category is not None and int(actor.category) in (2, 3, 4)


def with_codebook_precedence(sub_event: str, sentence: str, context: str, actor1: ActorMention | None, actor2: ActorMention | None,
                             trigger, typed_by_classifier: bool) -> str:
    """The sub-event type after ACLED's precedence between types: who it was done to (attack or
    clash), who took the ground and whether they fought for it, and whether demonstrators
    were violent or met lethal force. ``context`` is the sentence with its neighbours."""
    armed_target = sub_event == "Attack" and ARMED_TARGET.search(sentence) and not _civilians_named(sentence)
    if sub_event in ("Attack", "Armed clash") and (not typed_by_classifier or armed_target or (actor2 is not None and actor2.category is not None)):
        # the rules name the act, not who did it to whom: the roles decide. The classifier
        # reads the whole sentence, so only a target of known kind, or armed men or posts
        # named as what was hit, overrule it
        sub_event = attack_or_clash(sentence, sub_event, actor2)
    civilians_killed = CIVILIANS_KILLED.search(sentence) is not None
    if sub_event == "Armed clash" and actor2 is None and (CIVILIAN_PLACE_HIT.search(sentence) or CIVILIAN_SHOT.search(sentence) or civilians_killed) \
            and not ARMED_TARGET.search(sentence) and not FIGHTING_WORDS.search(sentence):
        # "militants attacked a beachside restaurant", "the teenager was shot dead by a police
        # officer": the classifier hears armed men; no one fought back
        sub_event = "Attack"
    if sub_event == "Attack" and actor1 is not None and actor1.category is ActorCategory.STATE_FORCES and actor1.country_code is not None \
            and STATE_STRIKES.search(sentence) and not GROUND_ATTACK.search(sentence):
        # "Israeli strikes killed at least 20 people across the Gaza Strip": a state's bare "strikes",
        # with no word for fire on the ground, are its air force's (ACLED's air/drone strike)
        sub_event = "Air/drone strike"
    if sub_event == "Attack" and actor1 is None and DIED_IN_UNREST.search(sentence):
        # "At least 21 people were killed … in unrest that erupted after the court confirmed …": a
        # riot's dead, whoever killed them (ACLED's violent demonstration)
        sub_event = "Violent demonstration"
    if sub_event in ("Arrests", "Armed clash", "Excessive force against protesters", "Protest with intervention", "Peaceful protest", "Other") \
            and _custody_death_told(trigger):
        # ("A young man arrested during an opposition protest … died in police custody on Wednesday"): a death at
        # the hands of those who held him, ACLED's attack on a civilian, not his arrest or the protest
        # (but "Hundreds protested … after a young man died in police custody": the protest, over that death)
        sub_event = "Attack"
    if sub_event == "Shelling/artillery/missile attack" and typed_by_classifier and SMALL_ARMS.search(sentence) and not STANDOFF_WEAPONS.search(sentence):
        # "resorted to unprovoked small arms firing along the Line of Control": rifles, no shells
        sub_event = "Armed clash"
    if sub_event == "Shelling/artillery/missile attack" and DROPPED_BOMB.search(sentence):
        sub_event = "Air/drone strike"  # ("a guided bomb hit a residential area of … Kupiansk": dropped from the air)
    sub_event = territory_by_taker(sub_event, actor1, trigger, actor2)
    if sub_event in TAKING_TERRITORY and UNCONTESTED.search(context) and not FORCED_OUT.search(context):
        # ACLED: ground taken without a fight ("after government forces pulled out") is a
        # non-violent transfer, whoever took it; the next sentence often says so
        sub_event = "Non-violent transfer of territory"
    if sub_event == "Air/drone strike" and typed_by_classifier and _non_state(actor1) and not AIRBORNE.search(context):
        # "guerrillas bombed three public buildings in Lima": a group with no aircraft bombs with explosives
        sub_event = "Remote explosive/landmine/IED"
    if sub_event == "Attack" and FIGHTING_BETWEEN.search(sentence) and actor1 is not None and actor1.category is not None \
            and int(actor1.category) in ARMED_CATEGORIES:
        # "Fighting between the army and the RSF around El Obeid killed at least 40 civilians":
        # the sides fought each other; the civilians were its dead, no one's target (ACLED's clash)
        sub_event = "Armed clash"
    if sub_event in ("Attack", "Armed clash") and CROWD_CLASHED.search(sentence) and not ARMED_WORDS.search(sentence):
        # "students protesting against job quotas clashed with police and the ruling party's
        # activists": demonstrators who fight are ACLED's violent demonstration, however many sides
        sub_event = "Violent demonstration"
    if sub_event in ("Attack", "Armed clash") and RIVAL_CROWDS.search(sentence):
        # "clashes between rival student groups", "fighting between supporters of two parties":
        # ACLED's mob violence, unarmed crowds on both sides
        sub_event = "Mob violence"
    if sub_event in ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"):
        # ACLED: the demonstrators' own violence decides, whatever the police did ("police fired
        # live bullets at protesters who stormed parliament"); against peaceful demonstrators,
        # lethal force makes it excessive
        # (not a riot the act came after: "… shot dead two protesters …, a day after parliament was stormed")
        if VIOLENT_PROTESTERS.search(EARLIER_ACT_CLAUSE.sub(" ", sentence)):
            sub_event = "Violent demonstration"
        elif LETHAL_FORCE.search(sentence):
            sub_event = "Excessive force against protesters"
    if sub_event == "Excessive force against protesters" and actor1 is not None and actor1.category is not None and int(actor1.category) in (2, 3, 4):
        # ("Gang members opened fire on journalists and police officers gathered for the reopening of the
        # hospital"): only a state's forces use excessive force; an armed group that fires on a crowd attacks it
        sub_event = "Attack"
    return sub_event


# a state's strikes named by its demonym or name ("Israeli strikes", "a U.S. strike"), no workers' strike
STATE_STRIKES = re.compile(r"\b(?-i:[A-Z])[\w.-]+(?:-led)?\s+(?:[\w-]+\s+)?strikes?\s+(?:on|in|killed|hit|struck|targeted|near|against)\b", re.I)
GROUND_ATTACK = re.compile(r"\b(?:shot|shooting|gunfire|opened fire|raid\w*|stormed|tanks?|artillery|shell\w*|mortars?|rockets?|missiles?|snipers?|troops|soldiers)\b", re.I)
DIED_IN_UNREST = re.compile(r"\b(?:killed|died|dead)\b[^.;]{0,60}?\b(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:unrest|riots?|rioting)\b", re.I)
SMALL_ARMS = re.compile(r"\bsmall[- ]arms\b|\bgunfire\b|\brifles?\b|\bmachine[- ]?guns?\b", re.I)
STANDOFF_WEAPONS = re.compile(r"\b(?:shell\w*|mortars?|artillery|rockets?|missiles?|howitzers?|drones?|grad)\b", re.I)
FIGHTING_BETWEEN = re.compile(r"\b(?:fighting|clashes|battles?|combat|hostilities)\s+between\s+", re.I)
ARMED_CATEGORIES = frozenset({1, 2, 3, 4, 8})  # state forces, rebels, political and identity militias, external forces
# the armed men a sentence names ("gunmen", "rebels", "armed group")
ARMED_WORDS = re.compile(r"\b(gunmen|militants|insurgents|jihadists|fighters|rebels|militias?|militiamen|armed (men|group|groups)|terrorists?)\b", re.I)
CROWD_CLASHED = re.compile(r"\b(?:protesters|demonstrators|students\s+protesting|rioters|marchers)\b[^.;]{0,80}?\bclash(?:ed|es|ing)?\s+with\b"
                           # ("clashes between opposition activists and police")
                           r"|\bclash(?:es)?\s+between\s+(?:[\w-]+\s+){0,2}?(?:protesters|demonstrators|activists|supporters|students)\s+and\s+(?:the\s+)?(?:police|riot police|security forces)\b", re.I)
RIVAL_CROWDS = re.compile(r"\b(?:clash(?:es|ed)?|fight(?:s|ing)?|brawls?|scuffles?)\s+between\s+(?:rival\s+|two\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:traders|students|student groups|supporters|fans|youths|party activists|party workers)\b"
                          # ("supporters of Bangladesh's ruling Awami League and the opposition … Party (BNP) clashed")
                          r"|\b(?:supporters|activists|cadres|followers)\s+of\s+[^.;]{0,100}?\s+and\s+[^.;]{0,100}?\bclashed\b", re.I)
PROTEST_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2, "Violent demonstration": 3}
# (not arrests: "the release of demonstrators detained during the mass rally" tells of another day)
INTERVENTION = re.compile(r"\b(tear ?gas|pepper[- ]spray|water cannons?|rubber bullets|batons?|stun grenades|dispers\w*)\b", re.I)


def escalated_protest(sub_event: str, sentence: str) -> str:
    """The type of a protest just told, after a sentence that tells more of it ("Riot police used
    water cannon to disperse the crowd after some protesters threw fireworks"): ACLED types the
    event by what happened at it, the demonstrators' violence first, then lethal force, then any
    intervention. Never a milder type than the one it had."""
    found = ("Violent demonstration" if VIOLENT_PROTESTERS.search(sentence)
             else "Excessive force against protesters" if LETHAL_FORCE.search(sentence)
             else "Protest with intervention" if INTERVENTION.search(sentence) else sub_event)
    return found if PROTEST_SEVERITY.get(found, -1) > PROTEST_SEVERITY.get(sub_event, 99) else sub_event
