"""The words that make a sentence a candidate event and type it, before any parse.

In: a sentence's text. Out: whether it can report an event at all (``PREFILTER``, which skips
the parse for most sentences) and the ACLED sub-event type its wording names (``RULES``, first
match wins, so the order is the codebook's precedence among words). Also the word lists the
events stage checks against: ordinary crime, accidents, the means of an attack, armed men and
habitual wording. Used by the events stage only.
"""

from __future__ import annotations

import re

from .casualties import DIED_IN_CUSTODY
from .event_codebook import BLOWN_UP

# what sabotage destroys: "destroyed a section of the … oil pipeline", "pylons were sabotaged"
INFRASTRUCTURE = r"(pipelines?|bridges?|pylons?|power lines?|electricity towers?)"

PREFILTER = re.compile(
    r"\b(kill|dead|death|die[ds]?|wound|injur|attack|ambush|raid|storm(ed|ing)|clash|fight|battle|bomb|blast|explo|bl[eo]wn? up|blowing up|"
    r"IED|mine|shell|artillery|mortar|rocket|missile|strike|struck|airstrike|drone|warplane|grenade|shot|shoot|gun|(claimed|lost) (\w+ )?lives|"
    r"fir(e[ds]?|ing)|abduct|kidnap|hostage|disappear(ed|ance)|armed (men|assailants|attackers)|rape|sexual|protest|demonstrat|rall(y|ied|ies)|march|riot|mob|"
    r"(gathered|assembled|massed) (\S+ ){1,10}?(to (demand|denounce|condemn|call for|press for)|demanding|calling for|denouncing|chanting)|"
    r"lynch|loot|torch|arson|sabotaged|(destroy|damag)(ed|ing) ([\w-]+\s+){0,10}?" + INFRASTRUCTURE + r"|" + INFRASTRUCTURE + r" (was|were|had been|has been|have been) (destroyed|damaged)|seiz|captur|retaken|overr[au]n|(took|tak(e|en|es|ing)|gained|wrested) (full |effective )?(control|over)|(?<!-)(?<!the )occupied (\w+ ){0,3}(towns?|villages?|city|district|area|bases?|posts?|positions?|hills?|camps?)|retook|recaptur|regain|"
    r"arrest|detain|ceasefire|truce|agreement|accords?\b|massacre|execut|behead|assassin|murder|dynamite|neutrali[sz]|"
    r"chemical|chlorine|poison|toxic gas|suffocat|drove back|pushed back|defus|dismantl|disarm|cache|"
    r"withdr[ae]w|pulled out|handed over|allegiance|headquarters|base|molotov|stones|signed|deal|swap|agreed (\w+ ){0,3}to|dumped|"
    # "security forces conducted an operation in the Datta Khel area"
    r"conduct(ed|ing|s)? (an? |the |a joint )?([\w-]+ ){0,2}operations?|"
    # "Israeli troops moved into the buffer zone": armed men going into ground
    r"(troops|forces|soldiers|fighters|rebels|militants|tanks) (\w+ ){0,2}?(moved|advanced|pushed|marched|rolled|swept|entered)( into)?)",
    re.IGNORECASE,
)


# "has died from gunshot wounds": a killing, whatever else the sentence tells (a regex fragment)
DIED_OF_WOUNDS = r"died (from|of) (his |her |their |the )?(gunshot|bullet|stab) wounds"


# Ordered: the first rule that matches types the sentence. Each is (sub-event type, pattern).
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("Disrupted weapons use", re.compile(r"\b(defus(ed|ing)|dismantl(ed|ing)|disarm(ed|ing)|(found|seized|discovered|uncovered|recovered|confiscated) (an? |the )?(large )?(weapons?|arms|explosives?|ammunition|caches?|ieds?|bombs?|mines?|rockets?|grenades?|depot|stockpile)|(weapons?|arms|explosives?|ammunition) (cache|depot|stockpile)s? (was|were) (found|seized|discovered)|intercepted (a |an )?(drone|missile|rocket)|(shot|shooting) down ((?!by\b)[\w-]+ ){0,4}(drones?|missiles?|rockets?)|(destroyed|intercepted) \d+ (\w+ ){0,3}(drones|unmanned aerial vehicles|UAVs|missiles))\b", re.I)),
    ("Headquarters or base established", re.compile(r"\b(set up|established|opened|built) (a |an |new )?(new )?(base|headquarters|hq|military post|outpost|camp|office)s?\b", re.I)),
    ("Non-violent transfer of territory", re.compile(r"\b(withdrew|withdrawn|pulled out|retreated|handed over|ceded|evacuated) (from|control of|its positions)\b", re.I)),
    ("Change to group/activity", re.compile(r"\b(pledged allegiance|merged (with|into)|merger of|split from|joined forces|announced (its|the) (dissolution|formation)|new (armed )?group|rebrand(ed)?|changed its name)\b", re.I)),
    ("Agreement", re.compile(r"\b(ceasefire|cease-fire|truce|peace (deal|agreement|accords?\b|talks)|prisoner (exchange|swap)|(signed|reached|struck) an? (deal|agreement|accord)|signed an? (deal|agreement)|agreed to (a|an) (ceasefire|truce|exchange)|agreed (on \w+ )?to (reduce|halt|stop|end|cease|suspend|exchange|release|swap))\b", re.I)),
    ("Chemical weapon", re.compile(r"\b(chemical (weapons?|attacks?|agents?)|chlorine|sarin|mustard gas|poison(ous)? gas|toxic gas|nerve agent|suffocation)\b", re.I)),
    ("Suicide bomb", re.compile(r"\b(suicide|blew (himself|herself|themselves) up)\b", re.I)),
    ("Air/drone strike", re.compile(r"\b(air ?strikes?|air raids?|barrel bombs?|(guided|glide|aerial) bombs?|(helicopters?|jets?|aircraft|planes?) (dropped|fired|struck|bombed|targeted|pounded|hit|raided|shelled)|drones? (strikes?|attacks?|struck|hit|targeted|attacked|fired|carrying|laden with|loaded with)|launched (\w+ ){0,3}drones|(with|using) ((armed|explosive|attack|kamikaze|several|dozens of|\d+|two|three|four|five) ){0,2}drones|explosives?-laden drones?|kamikaze drones?|warplanes?|fighter jets?|helicopter gunships?|airstrikes?|bombed from the air|aerial bombardment|(shot|brought) down by (an? |armed |explosive-laden )*drones?)\b", re.I)),
    ("Remote explosive/landmine/IED", re.compile(r"\b(IEDs?|improvised explosive|dynamite|bombs? (was|were|had been|has been|have been) (planted|placed)|(plant|planted|planting|place|placed|placing) (\w+ ){0,3}(bombs?|explosives?|explosive devices?|dynamite charges?)(?! (disposal|squads?|experts?|technicians?|units?))|" + BLOWN_UP + r"|roadside bombs?|land ?mines?|(car|truck|lorry|vehicle)[- ]bombs?|explosive devices?|booby[- ]trap|(bombs?|devices?|explosives?|charges?) (had |have |has )?(exploded|detonated|went off|gone off|blew up)|(bombs?|devices?|explosives?|charges?) (were |was |had been |have been )?set off|set off (a |an |two |three |several )?(\w+ )?(bombs?|explosives?|explosive devices?|charges?)|(destroyed|damaged|wrecked|ripped apart) by (a |an |two |three |several )?(\w+ )?(bombs?|explosives?|explosive devices?|dynamite charges?)|mine (exploded|blast)|(bomb|dynamite|explosives?) attacks?|(bombs?|explosives?|explosive devices?|dynamite charges?|charges? of dynamite) (\w+ly )?(destroyed|damaged|wrecked|demolished|shattered|gutted)|"
                                                  # (one blast's noun carries it: "The blast tore through …" names the blast again; a
                                                  # plural's verb does, as "Two explosions took place …" counts acts, not a pattern)
                                                  r"(explosion|blast)(?= (occurred|took place|went off|ripped through|tore through|rocked|struck|targeted)\b)"
                                                  r"|(explosions|blasts) (occurred|took place|went off|ripped through|tore through|rocked|struck|targeted))\b", re.I)),
    ("Shelling/artillery/missile attack", re.compile(r"\b(shell(ed|ing|s)?|artillery|mortars?|rockets?|missiles?|barrage)\b", re.I)),
    # a grenade used, not one found: "an AK-47 rifle and grenades were recovered" tells no grenade attack
    ("Grenade", re.compile(r"(?<!recovered )(?<!confiscated )(?<!seized )\bgrenades?\b"
                           r"(?!\s+(?:and\s+[\w-]+\s+)?(?:was|were|had been|have been)\s+(?:recovered|seized|found|confiscated|discovered))", re.I)),
    ("Sexual violence", re.compile(r"\b(rap(e|ed|ing)|sexual(ly)? (violence|assault|abuse))\b", re.I)),
    ("Abduction/forced disappearance", re.compile(r"\b(abduct(ed|ion|s)?|kidnap(ped|ping|s)?|taken hostage|took .{0,30}hostage|(held|holding|kept|keeping) (\w+ ){0,3}(hostage|captive)|forcibly disappeared"
                                                  # ("The farmers had been seized from their farms on Oct. 27": people seized)
                                                  r"|(?:villagers|farmers|passengers|students|pupils|women|children|people|men|workers|worshippers|travellers|travelers) "
                                                  r"(?:were|had been|have been) (?:seized|snatched|carried away|whisked away)"
                                                  # ("landed on a beach … and captured a man they accused of being …": a person taken)
                                                  r"|captured (?:a|an|two|three|several) (?:\w+ )?(?-i:man|men|woman|women|person|people|civilians?|shepherds?|fishermen|fisherman|villagers?)(?!['’]))\b", re.I)),  # (not "two New People's Army camps")
    ("Excessive force against protesters", re.compile(r"\b(fired|opened fire|shot) (live (ammunition|rounds) )?(on|at|into) (the )?(protesters|demonstrators|crowds?)\b", re.I)),
    ("Protest with intervention", re.compile(r"\b(protest|demonstrat|rall|march|sit-in).{0,120}\b(tear ?gas|pepper[- ]spray|dispers|water cannon|rubber bullets|baton|arrested|detained|beat)|\b(tear ?gas|dispers|water cannon|police (chased?|charged|beat|detained|arrested)).{0,80}\b(protest|demonstrat)", re.I)),
    ("Violent demonstration", re.compile(r"\b((?<!anti-)riot(s|ers|ing)?(?! (police|gear|squads?|control|units?|officers|troops|shields?))|(protesters|demonstrators|crowds?|youths|students) (threw|hurled|torched|set fire|burned|stormed|clashed|pelted|attacked|vandali[sz]ed|smashed)|(molotov cocktails?|stones|rocks|bottles|bricks|projectiles) (were )?(thrown|hurled)|threw (\w+ )?(stones|rocks|bottles|bricks|molotov|petrol bombs|projectiles|fireworks|firecrackers|flares))\b", re.I)),
    ("Mob violence", re.compile(r"\b(mobs?|lynch(ed|ing)?|vigilantes?|rampag(ed|ing) through)\b", re.I)),  # ("settlers rampaged through the town")
    # ("Dozens of relatives … gathered outside a Nairobi court … to demand justice": a crowd assembled to demand)
    ("Peaceful protest", re.compile(r"\b(protest(ed|ers|s)?|demonstrat(ed|ion|ions|ors)|rall(y|ies|ied)|marched|sit-in|took to the streets"
                                    r"|(gathered|assembled|massed) (\S+ ){1,10}?(to (demand|denounce|condemn|call for|press for)|demanding|calling for|denouncing|chanting))\b", re.I)),
    ("Government regains territory", re.compile(r"\b(recaptured|retook|retaken|regained (control|the)|liberated|drove (back|out)|pushed back)\b", re.I)),
    ("Non-state actor overtakes territory", re.compile(r"\b((seized|captured) (full |effective )?(control of )?(the |an? )?(rural |strategic |[\w-]+ )?(town|village|city|district|area|base|region|locality|commune|county|province)|(took|taken|take|takes|taking|seized|seize|gained|wrested) (full |effective )?(control of|over)|(?:seized|captured) (?-i:[A-Z])[\w'’-]{2,}|overran|overrun|(?<!-)(?<!the )occupied (\w+ ){0,3}(towns?|villages?|city|district|area|bases?|posts?|positions?|hills?|camps?))\b", re.I)),
    ("Looting/property destruction", re.compile(r"\b(loot(ed|ing)|ransack(ed|ing)|torched|set fire to|burned down|razed|destroyed (homes|houses|shops|property)|(destroyed|sabotaged|damaged) (an? |the )?((section|stretch|part)s? of )?(the )?([\w-]+\s+){0,6}?(" + INFRASTRUCTURE + r"|rail(way)? lines?|railways?)|" + INFRASTRUCTURE + r" (was|were|had been|has been|have been) (destroyed|sabotaged|damaged)|arson( attacks?)?(?= (on|against)\b))\b", re.I)),
    ("Arrests", re.compile(r"\b(arrest(ed|s)?|detain(ed|s)?|rounded up)\b", re.I)),
    ("Armed clash", re.compile(r"\b(clash(ed|es)?|fight(ing)?|fought|battle[ds]?|exchang(?:ed|ing|es?)(?:\s+of)?(?:\s+(?:heavy|intense|sporadic|brief|small[- ]arms))?\s+(?:gun)?fire|gunfight|gun ?battles?|firefight|repell?ed|counter-?attack|neutrali[sz]e[ds]?|neutrali[sz]ing)\b", re.I)),
    ("Attack", re.compile(r"\b(kill(ed|ings?|s)?|attack(ed|ing|s)?|ambush(ed)?|massacre[ds]?|shot dead|gunned down|executed|beheaded|assassinated|assassination|murder(ed|s)?|opened fire|stormed|"
                          # "shots were fired at a vehicle", "was shot and wounded", "came under fire from the separatists"
                          r"shots? (were |was )?fired|machine-?gunned|riddled (\w+ ){0,3}?with (bullets|gunfire)|fired (shots|bullets) |came under (heavy |intense )?(gun|rocket|mortar)?\s?(fire|attack)|fired (on|at) (a|an|the|his|her|their)\b|(was|were) shot (and|in|at|by|while)\b|shot and (wounded|injured)|"
                          # ACLED codes bodies dumped or found with signs of violence as an attack on the day found
                          # (not bodies pulled from rubble or seen at a morgue: those are an attack's dead)
                          r"bod(y|ies) of (\w+ ){0,4}(were |was |had been )?(found )?(dumped|with (gunshot|bullet|stab) wounds|bearing (signs|marks) of (torture|violence))|"
                          # "two bodies, one headless and the other with bullet wounds, were found", "found shot to death"
                          r"bod(y|ies)\b[^.;]{0,80}?\b(headless|decapitated|beheaded|mutilated|blindfolded|(bullet|gunshot|stab) wounds)\b[^.;]{0,60}?\b(found|discovered|dumped)|"
                          r"bod(y|ies)\b[^.;]{0,60}?\b(found|discovered|dumped)\b[^.;]{0,40}?\b(shot|stabbed|beaten|hacked|strangled) to death|"
                          # "has died from gunshot wounds"
                          + DIED_OF_WOUNDS + r"|(shot|hacked|beaten) to death|stabb(ed|ing)|knife attack"
                          # a death in the hands of those who held him ("died in police custody")
                          r"|" + DIED_IN_CUSTODY.pattern + r")\b", re.I)),
]
# one rule per type: the rule that names a type's trigger words
RULE_FOR: dict[str, re.Pattern[str]] = dict(RULES)


ORDINARY_CRIME = re.compile(r"\b(robbery|robbers|burglar|burglary|theft|thieves|stole|shoplift|domestic (dispute|violence)|traffic accident|car crash|drunk|fraud|smuggling of goods|inheritance|family (dispute|feud|row)|personal (dispute|feud)|stabbed)\b", re.I)


# A report that a group claimed the act, or that calls it terrorism: its stabbing is no ordinary
# crime ("A man stabbed three people to death at a festival" under "Islamic State claims it")
TERROR_STORY = re.compile(r"\b(claim(ed|s)? (responsibility|it|the (attack|stabbing|killings?))|terror(ism|ist)? (attack|case|investigation|charges?)|"
                          r"(Islamist|jihadist|extremist)s?\b|Islamic State|politically motivated)", re.I)


# An industrial or traffic accident; with no bomb, shell or armed group in the sentence it is a
# man-made disaster, whatever "exploded" or "killed" the rules see
ACCIDENT = re.compile(
    r"\b((chemical |gas |power |fertili[sz]er )?(plant|factory|refinery|container|cylinder|boiler|tanker|pipeline|warehouse|fireworks|coal mine|mine shaft)"
    r"\s+(exploded|blew up|caught fire|collapsed)|explosion (at|in) an? (\w+ )?(plant|factory|refinery|warehouse|coal mine)"
    r"|(gas|cylinder|boiler) (leak|explosion|blast)|lost control|collision|crashed into|car crash|road accident|derailed)\b",
    re.I,
)


ATTACK_MEANS = re.compile(r"\b(bombs?|bomber|IED|explosive (device|charge)s?|dynamite|land ?mines?|suicide|rockets?|shells?|shelling|missiles?|mortars?|air ?strikes?|drones?|attack(ed|ers?)?|sabotage|grenades?)\b", re.I)




# "17 PKK terrorists were 'neutralized' in airstrikes": a count of enemies put out of action (killed,
# captured or surrendered: Turkish and other ministries' word) says the strikes happened, though it
# is no death toll
COUNTED_OUT = re.compile(r"\bneutrali[sz]ed\b", re.I)


# A match report's words: with three of them in an article, "attack", "fired" and "shot" are play
SPORTS_WORDS = re.compile(r"\b(scored|goals?|penalty|striker|midfielder|goalkeeper|World Cup|Premier League|Champions League|league|"
                          r"championship|tournament|semi-?final|quarter-?final|Olympics?|medal|innings|wickets?|kick-?off|the \d+(st|nd|rd|th) minute)\b", re.I)
SPORTS_STORY_WORDS = 3


HABITUAL = re.compile(r"\b(regularly|routinely|often|frequently|usually|typically|(?:come|came) under frequent|continue[sd]? to|keep on|tend to|every (day|week|night))\b", re.I)


def classify_sub_event(sentence: str) -> str | None:
    """The ACLED sub-event type the sentence's wording points to, or None (no parse needed)."""
    for sub_event, pattern in RULES:
        if pattern.search(sentence):
            return sub_event
    return None


# damage told in the passive with no doer: "A synagogue in Derbent was set on fire"
DAMAGE_WITH_NO_DOER = re.compile(r"\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:set on fire|set ablaze|torched|burned|burnt|gutted|looted|ransacked|vandali[sz]ed|damaged|destroyed)\b(?!\s+by\b)", re.I)


# "including 12 in Gaza City": a part of a toll told across places
# ("including 10 people in a strike on a school …": the part may name whom it counts)
INCLUDING_PART = re.compile(r"\bincluding\s+(?:at\s+least\s+)?\d+\s+(?:(?:people|civilians|persons|children|Palestinians)\s+)?(?:in|at)\b", re.I)
# a type that kills no one is not the sentence's when it kills or abducts someone, even someone
# named ("the blast killed the group's leader")
# ("perpetrated one of its most serious attacks in recent memory in the town of Andahua": the attack)
VIOLENT_ACT_VERB = re.compile(r"\b(killed|kills|assassinated|executed|beheaded|shot dead|abducted|kidnapped|ambushed|"
                              # "Masked gunmen stormed a TV station … before police arrested 13 of them" (not police storming)
                              r"(gunmen|militants|attackers|assailants|armed men|insurgents|jihadists|rebels) (\w+ ){0,3}?stormed|"
                              r"(perpetrated|carried out|launched|staged|mounted) (\w+ ){0,6}?(attacks?|assaults?|ambush(es)?|raids?|massacres?)|"
                              + DIED_OF_WOUNDS + r"|shot to death)\b", re.I)


SHOT_DEAD = re.compile(r"\b(shot dead|shot and killed|gunned down)\b", re.I)


# remains found ("found the bodies of 11 men in a clandestine grave"): ACLED's "Other" needs no word of violence
FOUND_REMAINS = re.compile(r"\b(bod(y|ies)|corpses?|remains|(mass|clandestine) graves?)\b", re.I)
# the words a count of the hurt or dead rests on ("there were no injuries", "no casualties")
CASUALTY_NOUNS = frozenset({"injury", "injuries", "casualty", "casualties", "fatality", "fatalities", "death", "deaths", "victim", "victims"})
