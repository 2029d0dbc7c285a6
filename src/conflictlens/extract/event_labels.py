"""The sentence's sub-event type, from the classifier's label and the codebook rules.

In: a sentence and the classifier's prediction for it (in its context). Out: the sub-event type
(None: no event) and whether the classifier chose it. The classifier wins when it is sure, unless
the sentence lacks the words its label needs (a "natural disaster" with no flood, quake or storm;
a "responsibility claim" that claims nothing) or tells what the label misreads (a bomb among
worshippers read as a gas blast); below that, the rules decide when they name a type. Used by the
events stage only.
"""

from __future__ import annotations

import re

from .claims import TREND_DOWN, TREND_NOUNS, TREND_UP
from .event_classifier import Prediction
from .event_codebook import STANDOFF_WEAPONS, explosive_device_went_off
from .event_roles import SUPPORT_PHRASE
from .event_rules import ACCIDENT, classify_sub_event
from .taxonomy import EXPLOSIVE_TYPES, STANDOFF_TYPES


# The classifier's label wins when it is this sure; below it, the codebook rules decide when
# they name a type. Its non-event labels (disasters, crime, diplomacy, responsibility claims)
# drop the sentence. On CASE 2021 dev, every threshold from 0.55 to 0.85 typed better than 0.5
# (weighted F1 75.2-76.4 against 74.8): the classifier's middling guesses lose to the codebook's
# words; 0.7 is the middle of that range, not its best point.
CLASSIFIER_CONFIDENT = 0.7


# A non-event label needs less: the rules read "exploded" or "killed" as violence whether a
# chemical plant or a bomb went off, and only the classifier knows the difference
NON_EVENT_CONFIDENT = 0.5


# "the airstrike claimed the lives of eight civilians": a toll, not a claim of responsibility
LIVES_CLAIMED = re.compile(r"\bclaim(s|ed|ing)?\s+(the\s+)?lives\b", re.I)
NATURE_WORDS = re.compile(r"\b(earthquakes?|quakes?|tremors?|floods?|flooding|flooded|storms?|cyclones?|hurricanes?|typhoons?|tornado(es)?|landslides?|mudslides?|"
                          r"droughts?|tsunamis?|eruptions?|volcan\w+|wildfires?|bushfires?|fires?|heat ?waves?|rains?|rainfall|avalanches?|lightning|monsoon|blizzards?|famine|weather)\b", re.I)
CLAIMING_WORDS = re.compile(r"\b(claim\w*|responsib\w*|credit\w*|owned up|behind|blam\w*|accus\w*|attribut\w*|admit\w*)\b", re.I)
# the writer's note that a side's word is unchecked: "a claim Kyiv did not confirm", "claims that
# could not be independently verified", "a claim denied by the army"
UNCHECKED_CLAIM = re.compile(r"\b(?:a|the|this|that|these|those|its|their|such) claims? (?:that |which )?(?:[\w'’-]+ ){0,3}?(?:could not|cannot|can't|couldn't|did not|didn't|"
                             r"has not|had not|have not|was not|were not) (?:be |been )?(?:independently )?(?:verif|confirm|corroborat)\w*"
                             r"|\b(?:a|the|this|that) claims? (?:denied|rejected|disputed|dismissed) by\b", re.I)
SEIZED_TOWN = re.compile(r"\b(?:seized|captured) (?-i:[A-Z])[\w'’-]{2,}", re.I)
ARREST_WORDS = re.compile(r"\b(arrest\w*|detain\w*|detention|custody|apprehend\w*|nabbed|held|captur\w*|rounded up|picked up|jailed|"
                          r"seized|taken in|in connection with|suspects?)\b", re.I)
MISHAP_WORDS = re.compile(r"\b(fires?|blazes?|explo\w+|blasts?|collaps\w*|crash\w*|accident\w*|derail\w*|sank|sunk|capsiz\w*|stampedes?|leak\w*|"
                          r"spill\w*|poison\w*|fumes|burn\w*|gas|toxic|chemicals?|electrocut\w*|drown\w*|boats?|ferry|bus|trains?|planes?|mines?|"
                          r"factory|buildings?|bridges?|dams?|pipelines?|tankers?|trucks?|vehicles?|roads?)\b", re.I)
# a demonstration needs demonstrators: "troops opened fire on crowds of Palestinians waiting for food" is no protest
PROTEST_WORDS = re.compile(r"\b(protest\w*|demonstrat\w*|rall(y|ies|ied|ying)|march\w*|sit-ins?|strik(e|es|ers|ing)|riot\w*|chant\w*|slogans?|"
                           r"placards?|banners?|gather\w*|picket\w*|vigils?|mobs?|unrest|dispers\w*|took to the streets|on the streets|"
                           r"boycott\w*|blockad\w*|barricad\w*|mourners|funeral|"
                           # the means used on assemblies: "fired tear gas … declaring the crowds illegal"
                           r"tear ?gas|pepper[- ]spray|water cannons?|rubber bullets|stun grenades|batons?|illegal assembl\w*)\b", re.I)
# (a riot needs no demonstration: "violence broke out between groups of young men, with bottles thrown")
PROTEST_TYPES = frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"})
# ("RSF fighters were seen in the town's market": no looting without a word for taking or wrecking)
LOOTING_WORDS = re.compile(r"\b(loot\w*|ransack\w*|pillag\w*|plunder\w*|burn\w*|torch\w*|fire|ablaze|arson\w*|destr\w+|demolish\w*|vandal\w*|"
                           r"raz\w+|ste(al|als|aling|ole|olen)|seiz\w*|confiscat\w*|damag\w*|smash\w*|wreck\w*|bulldoz\w*)\b", re.I)
# ("said it had captured a navy base": a base taken, not one set up)
BASE_SET_UP_WORDS = re.compile(r"\b(set(ting)? up|establish\w*|open(ed|s|ing)?|buil[dt]\w*|construct\w*|deploy\w*|station\w*|install\w*|new|relocat\w*|mov(ed|ing))\b", re.I)
# ("The Maoists had planted around 60 kg of explosives on the road": how a blast was set, no device found)
# ("… after air defences failed to intercept it": a missile that struck)
DISRUPTED_WORDS = re.compile(r"\b(?<!failed to )(?<!fails to )(?<!failing to )(?<!not )(defus\w*|dismantl\w*|disarm\w*|found|seiz\w*|discover\w*|recover\w*|confiscat\w*|"
                             r"intercept(?:ed|ing|ion|ions|s)?|shot down|shooting down|downed|destroyed|neutrali[sz]\w*|caches?|stockpiles?|depots?|jamm\w*|thwart\w*|foil\w*|"
                             r"unexploded|bomb squad|disposal)\b", re.I)
LABEL_WORDS = {"Headquarters or base established": BASE_SET_UP_WORDS, "Disrupted weapons use": DISRUPTED_WORDS, "Natural disaster": NATURE_WORDS, "Man-made disaster": MISHAP_WORDS, "Responsibility claim": CLAIMING_WORDS, "Arrests": ARREST_WORDS,
               "Looting/property destruction": LOOTING_WORDS}
LABEL_WORDS |= {label: PROTEST_WORDS for label in PROTEST_TYPES}
# (the arms the codebook names, and the words for firing them and for what they do)
FIRED_FROM_AFAR_WORDS = re.compile(STANDOFF_WEAPONS.pattern + r"|\b(grads|katyushas?|bombard\w*|barrages?|projectiles?|cannon\w*|tanks?|strikes?|struck|hit|"
                                   r"fired|firing|launch\w*|salvos?|munitions?|bombs?|explosi\w+|shrapnel)\b", re.I)
# a suicide bombing needs a word for one: "attacked a police station with explosives", "A truck bomb
# killed 30" are remote explosives, whatever the classifier heard
SUICIDE_WORDS = re.compile(r"\b(suicide|blew (himself|herself|themselves) up|martyrdom operation|self-detonat\w*|explosive (vest|belt)s?)\b", re.I)
# an explosive's label needs a word for the explosive: "A man stabbed three people to death at a
# festival" is no grenade, whatever the classifier heard; the rules type it instead
EXPLOSIVE_WORDS = re.compile(r"\b(grenades?|bomb\w*|explo\w+|IEDs?|blasts?|detonat\w+|devices?|(land)?mines?|booby|blew|blown|suicide|vests?|martyrdom)\b", re.I)
AN_ACT_TOLD = re.compile(r"\b(terror\w*|attack\w*|hit|struck|targeted)\b", re.I)
# mob violence needs a crowd: "A man stabbed four people at a crowded market" is one man's attack;
# without such a word the rules type the act, and the label stands only when they find none
MOB_WORDS = re.compile(r"\b(mobs?|crowds?|lynch\w*|riot\w*|vigilante\w*|villagers|residents|youths?|protesters|demonstrators|supporters|fans|"
                       r"group of|groups|gangs?|students|clash\w*|communal|sectarian|rival|angry|enraged|(hundreds|thousands|dozens|scores) of)\b", re.I)

RIOT_WORDS = re.compile(r"\b(riot\w*|clash\w*|violen\w*|unrest|stones?|rocks|bricks|bottles|projectiles|molotov|petrol bombs?|fireworks|torch\w*|set fire|set ablaze|"
                        r"burn\w*|loot\w*|vandali\w*|smash\w*|attack\w*|storm\w*|hurl\w*|pelt\w*|threw|throwing|barricades?|tyres|tires|damag\w*|destroy\w*|"
                        r"pull\w* down|tore down|tear\w* down|knock\w* down|demolish\w*|breach\w*|forced (?:their|its) way|overturn\w*|fight\w*|scuffle\w*|brawl\w*|injur\w*|wound\w*|hurt|killed|dead|deaths?|died|arson|rampag\w*|beat\w*|assault\w*|mob\w*|ransack\w*"
                        # (or the force the crowd met, which the riot's next sentence often tells alone)
                        r"|tear ?gas|live (?:ammunition|rounds|fire|bullets)|rubber bullets|water cannons?|gunfire|fired)\b", re.I)


def sub_event_of(sentence: str, prediction: Prediction, story: str = "") -> tuple[str | None, bool]:
    """The sentence's sub-event type (None: not an event) and whether the classifier chose it.
    ``story`` is the article's text: a suicide bombing needs a word for one in it."""
    if prediction.label == "Suicide bomb" and not SUICIDE_WORDS.search(sentence) and not SUICIDE_WORDS.search(story):
        prediction = Prediction("Remote explosive/landmine/IED", prediction.probability)
    sub_event, by_classifier = _sub_event_of(sentence, prediction)
    if sub_event == "Agreement" and NO_AGREEMENT.search(sentence):
        # "since peace talks in Tanzania collapsed in November": nothing was agreed; what else the
        # sentence tells is typed without those words ("Fighting broke out …, despite a peace deal
        # signed in June"; "bombing which killed hundreds … as the government abandoned a ceasefire")
        ruled = classify_sub_event(NO_AGREEMENT.sub(" ", sentence))
        return (ruled if ruled != "Agreement" else None), False
    return sub_event, by_classifier


# talks or a truce that failed or was ended, or an offer not taken up: no agreement ACLED codes
NO_AGREEMENT = re.compile(r"\b(talks|negotiations|truce|ceasefire|cease-fire|deal|agreement|accord)\b[^.;]{0,60}?\b(collapsed|broke down|broken down|stalled|failed|"
                          r"suspended|ended without|fell apart|fell through|were called off|was called off|rejected|walked out)\b"
                          r"|\b(collapse|breakdown|failure|suspension) of (the )?(\w+ )?(talks|negotiations|truce|ceasefire|deal|agreement)\b"
                          r"|\b(suspended|rejected|walked out of|pulled out of|withdrew from|ended|scrapped|abandoned|broke|violated|called off|tore up)"
                          r" (an? |the |its |their )?(\w+ ){0,2}(talks|negotiations|truce|ceasefire|cease-fire|deal|agreement)\b"
                          # a deal the act broke or came in spite of: "despite a peace deal signed in Washington in June"
                          r"|\b(despite|in (violation|breach) of|violating|breaching) (an? |the )?([\w-]+ ){0,3}?(truce|ceasefire|cease-fire|deal|agreement|accord)\b"
                          r"(,? (signed|agreed|reached|brokered|announced) [^.;,]*)?"
                          # an agreement in force, named as the start of a time or for its terms: "… near-daily strikes
                          # … since the truce, which required Hezbollah to withdraw …"
                          r"|\b(since|under) (the|a) ([\w-]+ ){0,2}?(truce|ceasefire|cease-fire|deal|agreement|accord)\b(,? (which|that) [^.;]*)?", re.I)


def _sub_event_of(sentence: str, prediction: Prediction) -> tuple[str | None, bool]:
    killing_idiom = prediction.label == "Responsibility claim" and LIVES_CLAIMED.search(sentence)
    # "three strong explosions occurred last night in Medellin, a drug trafficking center": a
    # bombing, whoever set it, not a crime story; the rules type it
    crime_blast = prediction.label == "Organized crime" and explosive_device_went_off(sentence) is not None
    # ("Clashes between rival gangs inside the prison killed at least 15 inmates": a deadly fight between
    # armed bands, which ACLED codes as a clash, whoever the bands are)
    crime_fight = prediction.label == "Organized crime" and DEADLY_FIGHT.search(sentence) is not None
    # "clashes are taking place", "killed three during a raid": the classifier hears a taking; with
    # no word for ground taken, held or left there is none
    # ("after the commander was handed over": a person handed over is no ground)
    # ("The soldiers were handed over … in a rural area of Saravena": people handed over, where, is no ground handed over)
    nothing_taken = prediction.label in TERRITORY_TYPES and (not TERRITORY_WORDS.search(PERSON_HANDED_OVER.sub("", TAKES_PLACE.sub("", BUILDING_RETAKEN.sub("", sentence))))
                                                             or (prediction.label == "Non-violent transfer of territory" and PERSON_HANDED_OVER.search(sentence) is not None))
    # "An explosion ripped through a mosque during Friday prayers": the classifier hears a gas
    # blast; where people gather to pray, shop or rally, and no accident is told, it is a bombing
    # ("A cargo train was derailed after hitting a dynamite charge": a derailment, a crash or a
    # collapse a device that only people set caused is that device's attack)
    set_off_by_people = prediction.label == "Man-made disaster" and (
        BLAST_AMONG_PEOPLE.search(sentence) is not None and not ACCIDENT.search(sentence) or SET_DEVICE.search(sentence) is not None)
    # a label whose own words the sentence lacks: "The death toll from border clashes … rose to
    # nearly 100" tells no flood, quake or storm; "the attack killed one man, Governor X reported"
    # claims no responsibility; "security forces conducted an operation" arrests no one
    # ("…had captured the village, a claim Kyiv did not confirm": a note on the source, no one claiming an act)
    # ("The M23 … seized Goma in January": a town seized is ground taken, not property)
    unworded = prediction.label in LABEL_WORDS and not LABEL_WORDS[prediction.label].search(SEIZED_TOWN.sub("", UNCHECKED_CLAIM.sub("", sentence)))
    if unworded and prediction.label == "Disrupted weapons use" and (blast := explosive_device_went_off(sentence)) is not None:
        return blast, False  # ("the terrorists detonated a car stuffed with explosives": no device found, one set off)
    # (nor shelling with no word for what was fired: "Fighting around the city intensified on Sunday, killing 12")
    no_means = (prediction.label in EXPLOSIVE_TYPES and not EXPLOSIVE_WORDS.search(sentence)) or (
        prediction.label == "Shelling/artillery/missile attack" and not FIRED_FROM_AFAR_WORDS.search(sentence))
    no_crowd = prediction.label == "Mob violence" and not MOB_WORDS.search(sentence)
    # ("Protests erupted after the ouster … of former president Pedro Castillo": a riot needs a word for
    # what the crowd did or suffered; ACLED codes a demonstration as peaceful unless it says)
    no_crowd |= prediction.label == "Violent demonstration" and not RIOT_WORDS.search(sentence)
    # ("Militants attacked a prison …, freeing more than 100 inmates": an armed attack is never ACLED's "Other")
    # ("The U.S. and Britain launched fresh air strikes on Houthi positions …, without giving details of
    # casualties": strikes or shelling the rules name are no "Other" either)
    violence_as_other = prediction.label == "Other" and (
        ARMED_ATTACK.search(sentence) is not None or classify_sub_event(without_support(sentence)) in STANDOFF_TYPES)
    # ("the FMLN guerrillas blew up several structures in that region": a group's act, not a change to
    # the group; the rules' explosive types it) (not strikes named as a cause: "suspending its work as
    # a result of intensive aerial bombardment")
    violence_as_other |= prediction.label == "Change to group/activity" and classify_sub_event(without_support(sentence)) in EXPLOSIVE_TYPES
    # "More than a million people have been displaced": a tally of the uprooted, which ACLED codes
    # as no event, unless the sentence tells an act
    # ("Fighting in Rakhine has displaced hundreds of thousands of people since …": the war's tally, whatever it names)
    if prediction.label == "Other" and ((DISPLACED.search(sentence) or MEASURE_IMPOSED.search(sentence)) and (
            classify_sub_event(sentence) is None or DISPLACED_SO_FAR.search(sentence)) or CAUGHT_AGAIN.search(sentence)):
        return None, True  # (nor is a curfew or an internet shutdown: a measure, no event ACLED codes)
    if prediction.probability >= (CLASSIFIER_CONFIDENT if prediction.is_event else NON_EVENT_CONFIDENT) and not (
            killing_idiom or crime_blast or crime_fight or nothing_taken or set_off_by_people or unworded or no_means or no_crowd or violence_as_other):
        return (prediction.label if prediction.is_event else None), True
    ruled = classify_sub_event(without_support(sentence))
    if ruled in TERRITORY_TYPES and not TERRITORY_WORDS.search(PERSON_HANDED_OVER.sub("", BUILDING_RETAKEN.sub("", sentence))):
        return None, False  # ("Security forces had recaptured 63 of the escaped inmates": people caught again, no ground)
    if ruled is None and prediction.is_event and not unworded and not nothing_taken and not no_crowd and (not no_means or AN_ACT_TOLD.search(sentence)):
        # no rule names the act ("shot down"): an unsure reading beats none (for an explosive's
        # label with no word for one, only where an act is told: "a terrorist wave that hit
        # Pereira last night", not "Five of the wounded were in a serious condition")
        return prediction.label, True
    if ruled in PROTEST_TYPES and not PROTEST_WORDS.search(sentence):
        ruled = "Attack"  # force against a crowd that was not demonstrating
    if ruled == "Abduction/forced disappearance" and prediction.is_event and RESCUED_CAPTIVES.search(sentence):
        # "neutralised 15 terrorists and rescued 20 kidnapped victims": the captives freed are no
        # new abduction; the classifier's unsure reading of the rest beats that word
        return prediction.label, True
    return ruled, False


def without_support(sentence: str) -> str:
    """The sentence with its phrases of support blanked (same length, so offsets hold): the
    helpers' air strikes do not type the assault they backed."""
    return SUPPORT_PHRASE.sub(lambda m: " " * len(m.group(0)), sentence)


DEADLY_FIGHT = re.compile(r"\b(?:clash(?:es|ed)?|gun ?fights?|shoot-?outs?|firefights?|gun ?battles?)\b[^.;]{0,120}?\b(?:killed|killing|dead|died|deaths)\b", re.I)
ARMED_ATTACK = re.compile(r"\b(?:militants|gunmen|insurgents|jihadists|rebels|fighters|attackers|bandits|armed men)\s+(?:\w+\s+)?(?:attacked|stormed|raided)\b", re.I)


# captives freed: their "kidnapped" or "abducted" tells an earlier abduction, not this act
RESCUED_CAPTIVES = re.compile(r"\b(rescued|freed|released|liberated)\s+(\w+\s+){0,3}?(kidnapped|abducted)\b", re.I)


SET_DEVICE = re.compile(r"\b(dynamite|IEDs?|improvised explosive|land ?mines?|roadside bombs?|car bombs?|explosive (device|charge)s?|booby[- ]trap\w*)\b", re.I)
MEASURE_IMPOSED = re.compile(r"\b(?:curfews?|state of emergency|martial law|internet (?:shutdown|blackout|services)|mobile internet"
                             # ("Flights at the airport were suspended and schools were closed on Tuesday": what the fighting shut)
                             r"|(?:flights|schools|shops|businesses|offices|universities|airports?|markets)\s+(?:[\w-]+\s+){0,3}?(?:were|was|remained|have\s+been)\s+(?:suspended|closed|shut))\b", re.I)
# ("Some inmates briefly escaped but were recaptured": runaways caught, no event ACLED codes)
CAUGHT_AGAIN = re.compile(r"\b(?:escaped|fled|broke out)\b[^.;]{0,40}?\b(?:were|was|had been|have been)\s+(?:later\s+|quickly\s+|all\s+)?recaptured\b", re.I)
# ("Fighting … has forced more than 100,000 people to flee their homes in the past week": the war's tally)
DISPLACED_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:displaced|uprooted)\b"
                              r"|\b(?:has|have)\s+forced\s+[^.;]{0,60}?\bto\s+flee\b", re.I)
DISPLACED = re.compile(r"\b(displaced|uprooted|(fled|forced (from|out of)) (their|his|her) homes|forced [^.;]{0,60}?\bto flee)\b", re.I)
BLAST_AMONG_PEOPLE = re.compile(
    r"\b(explosions?|blasts?|bombs?)\b.{0,80}\b(mosques?|church(es)?|shrines?|temples?|markets?|bazaars?|rall(y|ies)|checkpoints?|"
    r"funerals?|weddings?|convoys?|prayers|worshippers|crowds?|bus (station|stop)|police station)\b", re.I)
TERRITORY_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"})
GROUND_TAKEN = TERRITORY_TYPES - {"Non-violent transfer of territory"}  # taken by force, or regained
_PERSONS_HANDED = r"(?:commanders?|detainees?|prisoners?|inmates?|escapees?|fugitives?|hostages?|suspects?|bod(?:y|ies)|remains|captives?|soldiers|troops|police(?:men| officers)|civilians|children|men|women|people|persons)"
# ("had recaptured 63 of the escaped inmates": people caught again, no ground)
PERSON_HANDED_OVER = re.compile(rf"\b{_PERSONS_HANDED}\s+(?:was|were|had been|have been|has been)\s+(?:handed over|recaptured)\b"
                                rf"|\b(?:handed over|recaptured)\s+(?:the\s+|a\s+|an\s+|\d+\s+)?(?:of\s+the\s+)?(?:[\w-]+\s+){{0,2}}?{_PERSONS_HANDED}\b", re.I)
# ("Police and soldiers regained control of the wing": order restored in a building, no ground)
BUILDING_RETAKEN = re.compile(r"\b(?:regained|retook|took|restored|retaken|regain)\s+(?:full\s+)?control\s+(?:of|over)\s+the\s+(?:[\w-]+\s+)?(?:prison|jail|wing|pavilion|cell\s*blocks?|facility|building|compound)\b", re.I)
TAKES_PLACE = re.compile(r"\b(take|takes|took|taken|taking) place\b", re.I)
TERRITORY_WORDS = re.compile(r"\b(captur\w*|seiz\w*|control\w*|overr[au]n|retook|retake\w*|recaptur\w*|regain\w*|liberat\w*|advanc\w*|entered|withdr[ae]w\w*|"
                             r"pulled out|retreat\w*|handed over|ceded|fell to|fall of|(?<!the )occup\w*|took (over|the|a)|taken (over|the|a)|freed|"
                             r"(drove|driven|pushed|forced) (\w+ ){0,3}(back|out)|expelled|evacuat\w*|leaving|left|cleared|"
                             r"stronghold|bastion|territor\w*|ground|villages?|towns?|areas?|positions?)\b", re.I)


# Without a prefilter word, only a near-certain classifier admits a sentence: the words it
# learned beyond the prefilter's also fill analysis and framing ("transformed into a network")
CLASSIFIER_SURE_ALONE = 0.9
TREND_LEMMAS = TREND_UP | TREND_DOWN | TREND_NOUNS


def event_in_other_words(span, prediction: Prediction) -> bool:
    """Whether a sentence no prefilter word let in still tells an event: the classifier is all but
    sure, and no word of a trend ("rose", "increase") makes it a claim about many."""
    return (prediction.is_event and prediction.probability >= CLASSIFIER_SURE_ALONE
            and not any(token.lemma_.lower() in TREND_LEMMAS for token in span))
