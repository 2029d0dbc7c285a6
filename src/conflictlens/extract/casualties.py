"""Casualty figures in a sentence: how many were killed or injured, in the words the text used.

In: one sentence (and the spans of its date phrases, whose numbers are never tolls). Out: a
``Quantity`` with its phrase, low/best/high and, when the words after the number say so, whose
toll it is ("16 civilians", "30 regime soldiers"). The events stage calls this for each candidate
sentence; it holds no state and needs no parse.
"""

from __future__ import annotations

import dataclasses
import re

from ..model import Quantity
from .quantities import QUANTITY_RE, WORD_NUMBERS, parse_quantity

# ("sent to hell": the Pakistani military's word for militants it killed)
# ("embraced shahadat": Pakistan's military press releases for its own dead)
_KILLED = r"(?:killed|dead|died|slain|lost their lives|perished|shot dead|martyred|were killed|was killed|have been killed|had been killed|sent to hell|embraced (?:shahadat|martyrdom))"
_WOUNDED = r"(?:wounded|injured|hurt|maimed)"
_Q = QUANTITY_RE.pattern


# an aside between a count and its verb: "91 people, including 14 policemen, were killed"
_ASIDE = r",\s+(?:including|among\s+them|among\s+whom|most\s+of\s+them|mostly)\s+[^,;]{1,60},\s+"


def _casualty_patterns(verb: str, gerund: str, noun: str) -> list[re.Pattern[str]]:
    return [
        # (a casualty word between the number and the verb has the number: "killing three people and
        # wounding several others before he was shot dead" counts "several" for no one dead; and
        # "deadly" is no "dead"; "91 people, including 14 policemen, were killed" is 91)
        # ("Two of the wounded were in serious condition": a part of a toll told, no toll)
        # ("two grenades were recovered from the slain militant": "the slain" names whom, it counts no dead;
        # "Two children were among the injured" counts them)
        re.compile(rf"(?P<q>{_Q})(?!\s+of\s+(?:the|those)\s+(?:wounded|injured|dead|killed|hurt)\b)\s+(?:(?!killed|dead|died|wounded|injured|hurt|wounding|injuring|killing)[\w()’'\"“”-]+(?:\s+|(?={_ASIDE}))){{0,12}}?(?:{_ASIDE})?(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+|are\s+|reportedly\s+)?(?:(?<=among the )|(?<!the )(?<!The )){verb}\b", re.I),
        # "killed 3 injured" (headline shorthand) counts the injured: the number belongs to the word
        # after it, unless that word has its own number ("kill 83 injured 100")
        # "killed a confirmed 33", "killing a total of 12", "killed another 5": the words between
        # say how sure or how many more, not whom
        # ("killing its two pilots": whose they were)
        re.compile(rf"\b{gerund}\s+(?:of\s+)?(?:its\s+|their\s+|his\s+|her\s+)?(?:all\s+|another\s+|a\s+(?:confirmed|reported|further|total\s+of)\s+|an\s+(?:additional|estimated)\s+)?(?P<q>{_Q})\b(?!\s+(?:others?\s+)?(?:killed|dead|died|wounded|injured|hurt)\b(?!\s+\d))", re.I),
        re.compile(rf"\b{noun}\s+(?:toll\s+)?(?:\w+\s+){{0,6}}?(?:to|at|of|reached|stands at|was|is)\s+(?P<q>{_Q})", re.I),
    ]


# "a child was killed", "a soldier died": one, though no number is written
_ONE_VICTIM = (r"child|man|woman|boy|girl|person|civilian|soldier|policeman|policewoman|officer|fighter|journalist|teenager|student|worker|volunteer|resident|shepherd|farmer|pedestrian"
               r"|commander|minister|leader|official|mayor|governor|chief|imam|priest|pastor|judge|lawyer|activist|doctor|nurse|guard|driver|militant|member"
               r"|principal|headmaster|headmistress|head teacher|lecturer|professor|chairman|chairwoman"
               r"|village head|district head|traditional ruler|emir|cleric|monk|teacher|trader|herder|herdsman|fisherman|motorist|pilgrim"
               r"|candidate|politician|lawmaker|legislator|councillor|councilor|businessman|engineer|contractor|elder|reporter|photographer"
               r"|aid worker|health worker|polio worker|constable|gendarme|ranger|pupil|schoolboy|schoolgirl|citizen|national|tourist|missionary|foreigner"
               r"|peacekeeper|crew member|pilot|medic|paramedic|passenger|villager|bodyguard|interpreter|general|colonel|captain|lieutenant|sergeant|supporter|protester|demonstrator")
# a death in the hands of a state's forces, told by its verb ("died in police custody"; not "the death
# in custody of a young woman", which protests may be over)
_IN_CUSTODY = r"(?:in|while\s+in)\s+(?:police|military|army|security|state|government|prison|detention)\s+custody\b"
DIED_IN_CUSTODY = re.compile(rf"\b(?:died|killed|beaten\s+to\s+death|tortured\s+to\s+death)\s+(?:\w+\s+){{0,2}}?{_IN_CUSTODY}", re.I)
SINGLE_VICTIM = re.compile(
    # ("a U.S. citizen working for an aid group was shot dead": what the victim did may come between)
    # ("a mosque was torched and its imam killed": whose one victim)
    # ("A suspected member of the New People's Army (NPA) was killed": whose member may come between)
    # ("The mayor of Chilpancingo, the capital of Mexico's violent Guerrero state, was killed": whose, then an aside)
    rf"\b(?:a|an|the|its|their)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_ONE_VICTIM})(?:,\s+[^,]{{1,40}},|\s+of\s+(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+)?(?:,\s+[^,]{{1,60}},)?"
    # ("A policeman guarding a polio vaccination team was shot dead": what the victim was doing)
    rf"|\s+(?-i:[a-z]+ing)(?:\s+[\w()'’.-]+){{1,14}}?"
    # ("A young man arrested during an opposition protest in Conakry died in police custody": whom they held)
    rf"|[^.;]{{1,80}}?(?=\s+died\s+(?:\w+\s+){{0,2}}?{_IN_CUSTODY})"
    rf"|\s+of\s+the\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){{1,5}}(?:\([A-Z]+\)\s+)?)?\s*(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:killed|shot dead|shot and killed|died|lynched|(?:beaten|stabbed|hacked|stoned|shot)\s+to\s+death)\b"
    rf"|\b(?:kill(?:ing|ed)|shooting\s+dead|shot\s+dead|gunning\s+down|gunned\s+down|lynch(?:ing|ed))\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ONE_VICTIM})\b(?!\s+and\s+(?:(?:his|her|their|a|an|one|two|three)\b|\d))"  # "…, killing a 70-year-old man", "killed a police officer and wounded three"
    # "Sepoy X, having fought gallantly, embraced shahadat", "the driver was martyred"
    r"|\bembrac(?:ed|ing)\s+(?:shahadat|martyrdom)\b|\b(?:was|has\s+been)\s+martyred\b"
    # "dragged him out and beat him to death"
    r"|\b(?:beat|beating|beaten|stabbed|stabbing|hacked|hacking|burned|burnt|stoned|stoning)\s+(?:him|her)\s+to\s+death\b"
    # "The attacker was shot dead by security guards": the one who did it, dead too
    r"|\bthe\s+(?:lone\s+)?(?:gunman|attacker|assailant|shooter|bomber|perpetrator)\s+(?:was|had\s+been)\s+(?:also\s+)?(?:shot\s+dead|killed|shot\s+and\s+killed|gunned\s+down)\b"
    # "a 17-year-old Palestinian was shot dead": one of a people, named by the demonym
    r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?-i:[A-Z][a-z]+(?:an|ian|i|ese|ish))\s+(?:was\s+|has\s+been\s+|had\s+been\s+)(?:killed|shot\s+dead)\b",
    re.I,
)
# "a suicide bomber killed a Taliban minister and two others": one named, and a count of others
# ("a terrorist commander as well as five of his entourage": six)
# ("killed a Hezbollah commander and another man": two)
_OTHERS_AFTER_ONE = (rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ONE_VICTIM})\s+(?:and|as\s+well\s+as|along\s+with)\s+(?P<n>another|two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+"
                     r"(?:others?\b|of\s+(?:his|her|their)\s+\w+|(?:bodyguards|guards|companions|aides|relatives|family members|people|civilians)\b"
                     r"|(?<=another\s)(?:man|woman|person|civilian|member|fighter|soldier|official)\b)")
ONE_AND_OTHERS = (
    re.compile(rf"\bkill(?:ing|ed|s)\s+{_OTHERS_AFTER_ONE}", re.I),
    # one named ("killed Taleb Abdallah, a senior field commander, and three other fighters")
    # ("killing the Taliban's refugees minister Khalil Haqqani and five others": a title before the name)
    re.compile(r"\bkill(?:ing|ed|s)\s+(?:the\s+(?:[\w'’.-]+\s+){1,4}?)?(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}?(?-i:[A-Z])[\w'’.-]+(?:,\s+[^,;.]{1,60},)?\s+and\s+"
               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+others?\b", re.I),
    # ("killed Afghanistan's minister for refugees, Khalil Haqqani, and five other people": the title, then the name set off)
    re.compile(rf"\bkill(?:ing|ed|s)\s+(?:[\w'’.-]+\s+){{0,3}}?(?:{_ONE_VICTIM})(?:\s+(?:for|of)\s+[\w-]+)?,\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){{0,3}}(?-i:[A-Z])[\w'’.-]+,\s+and\s+"
               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+(?:others?|other\s+(?:people|persons))\b", re.I),
    re.compile(rf"\b{_OTHERS_AFTER_ONE}\s+(?:were\s+|have\s+been\s+|had\s+been\s+)(?:killed|shot dead)\b", re.I),
    # ("killing the city's mayor and five other people")
    re.compile(rf"\bkill(?:ing|ed|s)\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_ONE_VICTIM})\s+and\s+"
               r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1\d)\s+(?:others?|other\s+(?:people|persons|civilians))\b", re.I),
)
# "a mother and her child were killed": two people named, kin among them
_ONE_PERSON = rf"(?:{_ONE_VICTIM}|mother|father|son|daughter|wife|husband|brother|sister|baby)"
VICTIM_PAIR = re.compile(
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<first>{_ONE_PERSON})\s+and\s+(?:(?:his|her|their|a|an)\s+)?(?:[\w-]+\s+){{0,1}}?{_ONE_PERSON}\s+"
    r"(?:were\s+|have\s+been\s+|had\s+been\s+|have\s+|had\s+)?(?:killed|shot dead|died)\b"
    # "…, killing a crew member and a general": the same pair, after the act
    rf"|\b(?:killing|killed|kills|shot\s+dead|shooting\s+dead|claim(?:ing|ed)\s+the\s+lives\s+of)\s+(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<first_after>{_ONE_PERSON})\s+and\s+(?:a|an|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,1}}?{_ONE_PERSON}\b(?!\s+(?:were|was|had|have)\b)",
    re.I,
)
# "a woman and her two children were killed": one named, and a count of kin
_KIN_GROUP = (
    rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?(?P<first>{_ONE_PERSON})\s+and\s+(?:his|her|their)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
    r"(?:children|sons|daughters|brothers|sisters|grandchildren|granddaughters|grandsons|nephews|nieces|cousins|relatives)"
)
VICTIMS_WITH_KIN = (
    re.compile(rf"\b{_KIN_GROUP}\s+(?:were\s+|have\s+been\s+|had\s+been\s+|have\s+|had\s+)?(?:killed|shot dead|died)\b", re.I),
    re.compile(rf"\b(?:killing|killed)\s+{_KIN_GROUP}\b", re.I),  # "…, killing a farmer and his two sons"
)
# "killed a man, his wife and their three children": one, a spouse or parent, and a count of kin
FAMILY_KILLED = re.compile(
    rf"\b(?:killing|killed)\s+(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_PERSON},\s+(?:his|her)\s+(?:wife|husband|mother|father|son|daughter|brother|sister)"
    r"\s+and\s+(?:their|his|her)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+"
    r"(?:children|sons|daughters|brothers|sisters|grandchildren)\b", re.I)
FATALITY_PATTERNS = _casualty_patterns(_KILLED, r"(?:kills?|killing|killed|shot dead|shooting dead|gunned down|executed|executing|beheaded|crucified|crucifies|massacred|slaughtered|eliminated|eliminating|"
                                                r"(?:hacked|hacking|stabbed|stabbing|beat|beaten|beating|burned|burnt)\s+to\s+death)", r"death")
# verbs that count the dead only with a person noun after the number: "claiming 4 martyrs",
# "claimed the lives of 80 people", "destroyed over 60 terrorists" (not "destroyed 5 tanks")
_PERSON_NOUNS = r"martyrs|lives|victims|people|persons|civilians|children|women|men|soldiers|troops|fighters|militants|terrorists|gunmen|rebels|insurgents|members|jihadists|activists|journalists|hostages|prisoners|detainees|attackers|assailants|policemen|police officers|bandits"
_PERSONS = rf"(?:{_PERSON_NOUNS})"
FATALITY_PATTERNS += [re.compile(rf"\b(?:claim(?:s|ed|ing)?(?:\s+(?:the\s+)?lives\s+of)?|destroy(?:s|ed|ing)?)\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\b", re.I),
                      # the count between the verb and "to death": "stabbed four people to death"
                      re.compile(rf"\b(?:stabbed|stabbing|hacked|hacking|beat|beating|shot|shooting|burned|burnt|clubbed|bludgeoned)\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\s+to\s+death\b", re.I),
                      # "Two security personnel, one each from the DRG and the STF, were also killed": an aside between the count and its verb
                      re.compile(rf"\b(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_NOUNS}|personnel|jawans),\s+[^,;.]{{3,80}},\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:killed|shot\s+dead|martyred)\b", re.I),
                      # the attackers counted, then all of them killed: "Eight militants … stormed a government complex …
                      # before security forces killed all of them"
                      re.compile(rf"\b(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:militants|attackers|gunmen|assailants|fighters|terrorists|insurgents|bombers)\b[^.;]{{0,300}}?"
                                 r"\b(?:killed|shot dead|neutrali[sz]ed|eliminated)\s+all\s+(?:of\s+)?(?:them|the\s+(?:attackers|militants|assailants|gunmen|terrorists))\b", re.I),
                      # "a bomb attack … leaving 5 martyrs", "left 3 dead"
                      re.compile(rf"\b(?:leav(?:e|es|ing)|left)\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:martyrs|dead)\b", re.I),
                      # the act named as a noun: "the execution of 17 young men", "murder of 2 activists"
                      re.compile(rf"\b(?:killings?|executions?|murders?|massacre|beheadings?|slaughter)\s+of\s+(?:at\s+least\s+|some\s+|more\s+than\s+|about\s+)?(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\b", re.I),
                      # state media's wording: "causing the martyrdom of two civilians", "resulting in the deaths of 12 people"
                      re.compile(rf"\b(?:caus(?:e|es|ed|ing)|result(?:s|ed|ing)?\s+in|le(?:d|ads|ading)\s+to)\s+the\s+(?:martyrdom|deaths?)\s+of\s+(?:at\s+least\s+|some\s+|more\s+than\s+|about\s+)?(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\b", re.I),
                      # "The bodies of 17 men were found dumped on a highway"
                      # (only bodies dumped or shot: those seen at a morgue, in a mass grave or under rubble
                      # are an earlier attack's dead)
                      re.compile(rf"\bbodies\s+of\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\b(?=\s+(?:were\s+|had\s+been\s+)?(?:found\s+)?(?:dumped|with\s+(?:gunshot|bullet|stab)\s+wounds|bearing))", re.I),
                      # headline style, the noun left out: "Bombing Claims 5 in Latakia"
                      re.compile(rf"\bclaims\s+(?P<q>{_Q})\s+(?=(?:in|at|near|on)\b)", re.I),
                      # a toll named after a long description of its event: "the death toll from the
                      # rocket attacks on the Salah Eddin neighbourhood of Aleppo rose to 8"
                      re.compile(rf"\bdeath\s+toll\b(?:\s+[\w'’-]+){{0,22}}?\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|jumped|increased|reached|stands\s+at|stood\s+at)\s+(?:to\s+)?(?P<q>{_Q})", re.I)]
INJURY_PATTERNS = _casualty_patterns(_WOUNDED, r"(?:wounding|injuring|wounded|injured)", r"injur(?:y|ies)")
# a hospital's count: "the hospital received more than 40 wounded people", "treated 25 injured"
INJURY_PATTERNS.append(re.compile(rf"\b(?:received|receiving|treated|treating|admitted|admitting)\s+(?P<q>{_Q})\s+(?:wounded|injured)\b", re.I))
# ("Another 15 people were taken to hospital with injuries")
INJURY_PATTERNS.append(re.compile(rf"(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,3}}?(?:were|was|had\s+been)\s+(?:taken|rushed|admitted|evacuated|airlifted)\s+to\s+(?:a\s+|the\s+)?"
                                  r"(?:[\w-]+\s+){0,2}?hospitals?\s+with\s+(?:\w+\s+)?(?:injuries|wounds)\b", re.I))
# ("Doctors said they had treated more than 30 people for gunshot wounds")
INJURY_PATTERNS.append(re.compile(rf"\b(?:treated|treating)\s+(?P<q>{_Q})\s+(?:people|patients|persons|protesters|civilians)\s+for\s+(?:gunshot\s+|bullet\s+|stab\s+)?(?:wounds|injuries)\b", re.I))


# "a woman was injured when a drone hit a car": one hurt, named without a number
# ("A staff member was shot and wounded")
# ("Another Palestinian was seriously wounded": one more, named by the nationality)
SINGLE_HURT = re.compile(rf"\b(?:a|an|another)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_ONE_VICTIM}|(?-i:[A-Z][a-z]+(?:ian|ani|i|an|ese|ish)))\s+"
                         rf"(?:was|has\s+been|had\s+been)\s+(?:\w+\s+(?:and\s+)?)?(?:injured|wounded|hurt)\b"
                         # ("suspected militants shot and wounded a migrant worker from Bihar")
                         rf"|\b(?:shot\s+and\s+)?(?:wounded|injured|wounding|injuring)\s+(?:a|an)\s+(?:[\w.-]+\s+){{0,3}}?(?:{_ONE_VICTIM})\b(?!\s+and\b)", re.I)


def single_hurt(sentence: str) -> Quantity | None:
    """One person hurt, named without a number ("a woman was injured")."""
    m = SINGLE_HURT.search(sentence)
    return Quantity(phrase=m.group(0), best=1, low=1, high=1) if m is not None else None


def single_victim(sentence: str) -> Quantity | None:
    """One victim the sentence names without a number ("killed a senior commander"), with the
    others counted beside it ("killed a minister and two others": three)."""
    if (m := next((found for pattern in ONE_AND_OTHERS if (found := pattern.search(sentence))), None)) is not None:
        count = 1 + (1 if m["n"].lower() == "another" else int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()])
        return Quantity(phrase=m.group(0), best=count, low=count, high=count)
    m = SINGLE_VICTIM.search(sentence)
    if m is None:
        return None
    return Quantity(phrase=m.group(0), best=1, low=1, high=1, victims=_victims(m.group(0).split(None, 1)[1].replace("dead ", "", 1)))


def victim_pair(sentence: str) -> Quantity | None:
    """"A mother and her child were killed": two, though the sentence writes "one" or no
    number; "a woman and her two children were killed": three."""
    if (m := next((found for pattern in VICTIMS_WITH_KIN if (found := pattern.search(sentence))), None)) is not None:
        count = 1 + (int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()])
        return Quantity(phrase=m.group(0), best=count, low=count, high=count, victims="civilians")
    if (m := FAMILY_KILLED.search(sentence)) is not None:
        count = 2 + (int(m["n"]) if m["n"].isdigit() else WORD_NUMBERS[m["n"].lower()])
        return Quantity(phrase=m.group(0), best=count, low=count, high=count, victims="civilians")
    m = VICTIM_PAIR.search(sentence)
    if m is None:
        return None
    first = m["first"] or m["first_after"]
    return Quantity(phrase=m.group(0), best=2, low=2, high=2, victims="civilians" if CIVILIAN_VICTIMS.match(first) else None)


def _victims(words_after_number: str) -> str | None:
    """Whose toll it is, from the words that follow the number: "16 civilians", "30 regime soldiers"."""
    if CIVILIAN_VICTIMS.match(words_after_number):
        return "civilians"
    if COMBATANT_VICTIMS.match(words_after_number):
        return "combatants"
    return None


# "two days of shelling killed 38", "in 24 hours": a number that counts time is not a toll
TIME_UNIT_AFTER = re.compile(r"\s*(?:-\s*)?(?:days?|hours?|weeks?|months?|years?|minutes?|nights?)\b", re.I)
# "relatives of people killed": those who mourn the dead, whom a count before them counts
KIN_OF = re.compile(r"\b(?:relatives|families|parents|mothers|fathers|widows|survivors|friends|colleagues)\s+of\b", re.I)
# a count never stands before an article: "Get short URL 0 612 A woman … killed" is a page
# widget's counter before a new phrase, not the number of the dead
# ("bringing to 45 the number killed" names its figure first)
ARTICLE_AFTER = re.compile(r"\s+(?:a|an|the)\b(?!\s+(?:number|toll|total|death toll|overall)\b)", re.I)
# "11 civilians including three children were killed": the number after "including" is a part
_SUBSET_WORDS = r"including|among them|among whom|of them|of whom|most of them"
SUBSET_CUE = re.compile(rf"\b({_SUBSET_WORDS}|mostly)\b", re.I)
# between two counts, only the first count's noun ("15 Syrian Civilians 3 Children"): no verb,
# preposition or conjunction that would make the second its own toll
# ("Two residents said 10 civilians were killed": a source's verb between makes the first count its speakers)
JUXTAPOSED_PART = re.compile(r"\s+(?:(?!(?:and|or|of|among|were|was|are|as|in|with|plus|but|said|says|say|told|tell|reported|report|added|confirmed|claimed)\b)[A-Za-z-]+\s+){1,3}", re.I)
SUBSET_BEFORE = re.compile(rf"\b({_SUBSET_WORDS})\s*$", re.I)
CIVILIAN_VICTIMS = re.compile(r"^\W*(?:\w+\W+){0,2}?(civilians?|children|child|women|woman|boys?|girls?|villagers|residents|people including \w+ children|worshippers|passengers|students|farmers)\b", re.I)
COMBATANT_VICTIMS = re.compile(r"^\W*(?:\w+\W+){0,3}?(soldiers|troops|fighters|militants|rebels|jihadists|insurgents|militiamen|policemen|police officers|officers|gunmen|members of the security forces|security personnel|personnel)\b", re.I)


# between two counts, the first count's people and "and": two groups of dead, to be added up
CONJOINED_SIDES = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?{_PERSONS}\s+and\s+", re.I)


# after an active verb's count and its people, a second group of dead joined by "and": "killing
# three policemen and two civilians", "five nationals and their Pakistani driver" (the second
# group's own verb, "and two civilians were wounded", makes it another count)
_PEOPLE = rf"(?:{_PERSONS}|nationals|villagers|workers|officers|engineers|passengers|students|residents|worshippers|pilgrims|guards|miners|farmers|herders|employees|staff|personnel|policemen|militiamen|others)"
_ONE_PERSON = r"(?:civilian|child|woman|man|soldier|policeman|police\s+officer|officer|driver|guard|boy|girl|teenager|journalist|worker|farmer|student|passenger|villager|resident|interpreter|pilot|commander|official|bodyguard)"
COUNT_AND_MORE = re.compile(
    # ("Eight personnel of the District Reserve Guard (DRG) and a civilian driver": the unit they belong to may come between)
    rf"\s+(?:(?!(?:{_SUBSET_WORDS}|among|of|mostly)\b)[\w'’-]+\s+){{0,3}}?{_PEOPLE}(?:\s+of\s+the\s+(?:(?!and\b)[\w'’-]+\s+){{0,4}}(?!and\b)[\w'’-]+(?:\s+\([A-Z]+\))?)?\s+and\s+(?:(?:at\s+least\s+|about\s+|some\s+|another\s+|nearly\s+)?(?P<q>{_Q})\s+(?:[\w'’-]+\s+){{0,3}}?{_PEOPLE}"
    rf"|(?:a|an|one|their|his|her|its|the)\s+(?:[\w'’-]+\s+){{0,2}}?{_ONE_PERSON})\b"
    r"(?!\s+(?:(?:were|was|are|had\s+been|have\s+been)\s+)?(?:wounded|injured|hurt|abducted|kidnapped|arrested|missing|detained|captured)\b)", re.I)


# "three peacekeepers from South Africa and one from Malawi": a group from one place, and a
# count from another that leaves its noun out
FROM_ONE_PLACE_AND = re.compile(rf"\s+(?:[\w.'’-]+\s+){{0,3}}?(?:{_PEOPLE}|peacekeepers)\s+(?:from|of)\s+(?:[\w.'’-]+\s+){{1,3}}?and\s+", re.I)
FROM_ANOTHER = re.compile(r"\s+(?:from|of)\s+[A-Z]")


# a state's dead told as martyrs, then its enemy's dead, in one sentence
_FEW = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
MARTYRS_AND_ENEMY_DEAD = re.compile(
    rf"(?P<a>{_FEW})\s+(?:[\w-]+\s+){{0,2}}?(?:soldiers|troops|personnel|policemen|jawans|security\s+men)\s+(?:embraced\s+(?:martyrdom|shahadat)|were\s+martyred)"
    rf"\s+(?:while|and|as)\s+(?P<b>{_FEW})\s+(?:[\w-]+\s+){{0,2}}?(?:terrorists|militants|insurgents|attackers|khawarij)\s+were\s+(?:killed|neutrali[sz]ed|sent\s+to\s+hell)\b", re.I)


def added_tolls(a: Quantity, b: Quantity, phrase: str) -> Quantity:
    """Two groups of dead as one toll: their sum (a bound on either bounds it)."""
    return Quantity(
        phrase=phrase,
        best=a.best + b.best,
        low=(a.low if a.low is not None else a.best) + (b.low if b.low is not None else b.best),
        high=a.high + b.high if a.high is not None and b.high is not None else None,
        hedge=a.hedge or b.hedge,
    )


ONE_VICTIM = Quantity(phrase="", best=1, low=1, high=1)


def _sum_of(first: re.Match[str], second: re.Match[str], sentence: str) -> Quantity | None:
    """Two counts of dead joined by "and" are one toll: their sum."""
    a, b = parse_quantity(first), parse_quantity(second)
    if a is None or b is None or a.best is None or b.best is None:
        return None
    return added_tolls(a, b, sentence[first.start(): second.end()])


_COUNT_HEDGE_BEFORE = r"\s+(?:at\s+least\s+|about\s+|some\s+|another\s+|more\s+than\s+|nearly\s+|around\s+)?$"
# (gerunds only: headline shorthand's "killed 22 injured" gives the number to the word after it)
WOUNDING_BEFORE = re.compile(rf"\b(?:wounding|injuring|hurting){_COUNT_HEDGE_BEFORE}", re.I)
KILLING_BEFORE = re.compile(rf"\bkilling{_COUNT_HEDGE_BEFORE}", re.I)


# the casualty verb at the end of a match is active ("… killed"), not passive ("… were killed")
ACTIVE_VERB_END = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bare )(?<!\bis )\b(killed|wounded|injured)$", re.I)


# An active killing verb whose object follows: a person, not a number ("killed a child")
NAMED_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|one of)\s", re.I)


# A count the text gives to the dead and the injured together ("killed or wounded", "dead and
# injured") says how many were hurt or killed, not how many died.
# "killed and wounded 30 others" gives the hurt their own count: not joint.
# ("hundreds of junta soldiers had been killed or captured": the dead and the taken together, too)
JOINT_CASUALTIES_AFTER = re.compile(
    r"\s*(?:and|or|and/or|&)\s+(?:injured|wounded|hurt|maimed|captured|taken\s+prisoner|detained|arrested)\b"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|when|after|during|by|as|near|while|since|so|over)\b)",
    re.I,
)


# "No one was killed", "nobody was hurt", "no casualties were reported": a count of none (the hurt
# only when the sentence says no one was hurt at all)
# ("No soldiers were killed, the army said"; but "no civilians were harmed" counts only some: the
# strike that "also killed two other militants" still killed them)
_NO_PEOPLE = r"[Nn]o\s+(?:soldiers|troops|people|police(?:men)?|officers|passengers|residents|students|workers|staff|children)"
_NOBODY = r"\b(?:[Nn]o\s+one|[Nn]obody|[Nn]one\s+of\s+(?:them|the\s+\w+)|" + _NO_PEOPLE + r")\s+(?:{filler}\w+\s+){{0,2}}?(?:was|were|has\s+been|had\s+been|have\s+been|got)\s+(?:\w+\s+)?"
# ("killed one person and no one else was hurt": one dead, no one hurt)
NO_ONE_DEAD = re.compile(_NOBODY.format(filler=r"(?!else\b)") + r"(?:killed|hurt|injured|wounded|harmed)\b|\b(?:[Nn]o\s+one|[Nn]obody)\s+died\b|\b[Nn]o\s+(?:casualties|deaths|fatalities)\b")
NO_ONE_HURT = re.compile(_NOBODY.format(filler="") + r"(?:hurt|injured|wounded|harmed)\b|\b[Nn]o\s+(?:casualties|injuries)\b")


# "Authorities found the bodies of 11 men inside an abandoned van", "the bodies of five people were
# discovered": ACLED codes bodies found with signs of violence as an attack on the day found, when
# this sentence or the next shows the signs ("The bodies, which showed signs of torture, …")
_BODIES_FOUND = (re.compile(rf"\b(?:found|discovered|recovered|retrieved)\s+(?:the\s+)?bodies\s+of\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\b", re.I),
                 re.compile(rf"\bbodies\s+of\s+(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?{_PERSONS}\s+(?:were|had\s+been|have\s+been)\s+(?:found|discovered)\b", re.I))
SIGNS_OF_VIOLENCE = re.compile(r"\b(?:tortur\w*|gunshot|bullet\w*|shot|blindfolded|handcuffed|beheaded|decapitated|mutilated|dismembered|"
                               r"execution-style|hands\s+(?:were\s+)?(?:tied|bound)|stab\s+wounds|strangled)\b", re.I)
# (bodies pulled from rubble or water, or a grave's: an earlier act's dead or no act's)
NOT_FRESHLY_KILLED = re.compile(r"\b(?:rubble|debris|collapsed|flood\w*|landslide|drown\w*|shipwreck|capsized|graves?|morgue)\b", re.I)


def bodies_found(sentence: str, next_sentence: str = "") -> Quantity | None:
    """The dead a sentence finds with signs of violence, in it or in the next sentence (see
    ``_BODIES_FOUND``); None for bodies found after a disaster or in a grave."""
    if "bodies" not in sentence.lower():
        return None  # (every sentence of every article passes here: the count patterns only where they can match)
    found = next((m for pattern in _BODIES_FOUND if (m := pattern.search(sentence)) is not None), None)
    if found is None or NOT_FRESHLY_KILLED.search(sentence) or not (SIGNS_OF_VIOLENCE.search(sentence) or SIGNS_OF_VIOLENCE.search(next_sentence)):
        return None
    count = QUANTITY_RE.search(sentence, found.start("q"), found.end("q"))
    return parse_quantity(count) if count is not None else None


def read_casualties(sentence: str, patterns: list[re.Pattern[str]], date_spans: list[tuple[int, int]]) -> Quantity | None:
    """The first toll a casualty pattern reads, never a number that is part of a date or that
    counts time. Between a number and its verb, the number nearest the verb is the toll: "three
    children were among at least 19 killed" is 19. The words after the number say whose toll it
    is ("16 civilians", "30 regime soldiers") when the text says so."""

    # "killing three people and wounding several others before he was shot dead": a count right
    # after the other kind's verb is that kind's
    others_verb = KILLING_BEFORE if patterns is INJURY_PATTERNS else WOUNDING_BEFORE

    def is_toll(q: re.Match[str]) -> bool:
        return (
            bool(q.group(0).strip())
            and not any(s <= q.start() < e for s, e in date_spans)
            and not TIME_UNIT_AFTER.match(sentence, q.end())
            # ("killing dozens of the attackers": the article after "of" is the counted people's)
            and not (ARTICLE_AFTER.match(sentence, q.end()) and not q.group(0).lower().endswith(" of"))
            and not SUBSET_BEFORE.search(sentence, 0, q.start())
            and not others_verb.search(sentence, max(0, q.start() - 30), q.start())
        )

    if (none := (NO_ONE_DEAD if patterns is FATALITY_PATTERNS else NO_ONE_HURT).search(sentence)) is not None:
        return Quantity(phrase=none.group(0), best=0, low=0, high=0)  # "No one was killed": none, not one
    if patterns is FATALITY_PATTERNS and (both := MARTYRS_AND_ENEMY_DEAD.search(sentence)) is not None:
        # "Two soldiers embraced martyrdom while three terrorists were killed": both sides' dead
        first, second = QUANTITY_RE.match(sentence, both.start("a"), both.end("a")), QUANTITY_RE.match(sentence, both.start("b"), both.end("b"))
        if first is not None and second is not None and (summed := _sum_of(first, second, sentence)) is not None:
            return summed
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if JOINT_CASUALTIES_AFTER.match(sentence, m.end()):
                continue  # "30 were killed or wounded": the dead and the hurt together, no death toll
            numbers = [q for q in QUANTITY_RE.finditer(sentence, m.start(), m.end()) if is_toll(q)]
            # "11 civilians - among them four women and four children - were killed": once a
            # subset begins, the numbers after it are parts of the toll, not the toll
            subset = SUBSET_CUE.search(sentence, m.start(), m.end())
            if subset is not None and numbers and numbers[0].start() < subset.start():
                numbers = [q for q in numbers if q.start() < subset.start()]
            if pattern is patterns[0]:
                verb = ACTIVE_VERB_END.search(m.group(0))
                if verb is not None and (count := patterns[1].match(sentence, m.start() + verb.start())) and is_toll(count):
                    continue  # "attacks on two towns killed 43": the count after an active verb is the toll
                if verb is not None and NAMED_OBJECT_AFTER.match(sentence, m.end()):
                    continue  # "30 gunmen killed the mayor": the number counts the doers, not the dead
                if numbers and KIN_OF.search(sentence, numbers[-1].end(), m.end()):
                    continue  # "Dozens of relatives of people killed during …": the number counts the mourners
                nearest = numbers[-1] if numbers else None
                if len(numbers) > 1 and JUXTAPOSED_PART.fullmatch(sentence, numbers[-2].end(), numbers[-1].start()):
                    nearest = numbers[-2]  # "15 Syrian Civilians 3 Children Killed": the total, then a part
                elif len(numbers) > 1 and CONJOINED_SIDES.fullmatch(sentence, numbers[-2].end(), numbers[-1].start()):
                    # "45 Islamic State militants and 20 Kurdish fighters were killed": both sides' dead
                    return _sum_of(numbers[-2], numbers[-1], sentence)
            else:
                nearest = QUANTITY_RE.match(sentence, m.start("q"), m.end("q"))
                nearest = nearest if nearest is not None and is_toll(nearest) else None
            if nearest is None:
                continue
            if FROM_ANOTHER.match(sentence, nearest.end()) and (before := [q for q in QUANTITY_RE.finditer(sentence, 0, nearest.start()) if is_toll(q)]) \
                    and FROM_ONE_PLACE_AND.fullmatch(sentence, before[-1].end(), nearest.start()):
                # "Three peacekeepers from South Africa and one from Malawi were killed": four
                return _sum_of(before[-1], nearest, sentence)
            if (more := COUNT_AND_MORE.match(sentence, nearest.end())) is not None:
                # "killing three policemen and two civilians", "five Chinese nationals and their
                # driver", "six people and a police officer were killed"
                second = QUANTITY_RE.fullmatch(sentence, more.start("q"), more.end("q")) if more["q"] else None
                if second is not None and is_toll(second):
                    return _sum_of(nearest, second, sentence)
                if second is None and (first := parse_quantity(nearest)) is not None and first.best is not None:
                    return added_tolls(first, ONE_VICTIM, sentence[nearest.start(): more.end()])
            quantity = parse_quantity(nearest)
            if quantity is None or quantity.best is None:
                continue
            victims = _victims(sentence[nearest.end(): nearest.end() + 60].split(",")[0])  # not an aside's part
            return dataclasses.replace(quantity, victims=victims) if victims else quantity
    return None


# "killed at least three people in the northeastern city of Kharkiv and two in the southern city
# of Kherson": a count, then "in" and up to six words before the place's name
# ("Eighteen rebels were killed in a forest in Bijapur district and four in Kanker district")
# ("including 10 people in a strike on a school sheltering displaced families in Nuseirat": ten words)
# ("… and two more were killed in a shootout in Bannu")
_COUNT_IN_PLACE = re.compile(rf"(?P<q>{_Q})\s+(?:more\s+)?(?:(?:people|civilians|others|soldiers|persons|rebels|militants|fighters|insurgents|police(?:men)?|troops)\s+)?"
                             rf"(?:(?:were|was|had\s+been|have\s+been)\s+(?:killed|shot\s+dead|wounded|injured)\s+)?(?:in|at)\s+(?:[\w'’-]+\s+){{0,10}}?$", re.I)


def counts_at_places(sentence: str, place_starts: list[int]) -> list[tuple[int, Quantity]]:
    """For each place (its offset in the sentence) written right after "N … in" (or "N at a school
    … in"), that count:
    a toll the sentence splits between places. Places with no count of their own are left out."""
    found, counted_at = [], set()
    for index, start in enumerate(place_starts):
        # the count nearest the place: "three people in Kharkiv and two in Kherson" gives Kherson two
        m, scan_from = None, max(0, start - 80)
        while (nearer := _COUNT_IN_PLACE.search(sentence, scan_from, start)) is not None:
            m, scan_from = nearer, nearer.start() + 1
        # one count for one place ("5 people in Aleppo and Idlib" splits nothing)
        if m is None or m.start("q") in counted_at or any(m.start() < other < start for other in place_starts):
            continue
        if (q := parse_quantity(QUANTITY_RE.match(sentence, m.start("q"), m.end("q")))) is not None and q.best:
            found.append((index, q))
            counted_at.add(m.start("q"))
    return found


# "killing three people … before he was shot dead" (or "… before being shot dead"), "The attacker was also killed": ACLED counts
# the perpetrator among an attack's dead
ATTACKER_ALSO_KILLED = re.compile(
    r"\b(?:before|after|until)\s+(?:(?:he|she)\s+was|being)\s+(?:himself\s+|herself\s+)?(?:shot\s+dead|killed|shot\s+and\s+killed|gunned\s+down)\b"
    r"|\bthe\s+(?:lone\s+)?(?:gunman|attacker|assailant|bomber|perpetrator|shooter)\s+(?:was|had\s+been)\s+(?:also\s+)?(?:shot\s+dead|killed|gunned\s+down)\b",
    re.I,
)


def with_attacker_dead(toll: Quantity | None, sentence: str) -> Quantity | None:
    """The toll with a lone attacker the sentence says was killed too, where the toll counts others."""
    m = ATTACKER_ALSO_KILLED.search(sentence) if toll is not None and toll.best is not None else None
    if m is None or m.group(0) in toll.phrase or toll.phrase in m.group(0):
        return toll  # (the toll is that attacker: "The attacker was shot dead by the guards")
    return dataclasses.replace(toll, phrase=f"{toll.phrase} … {m.group(0)}", best=toll.best + 1,
                               low=toll.low + 1 if toll.low is not None else None, high=toll.high + 1 if toll.high is not None else None)


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` turned to spaces (offsets kept): the words a
    count must not be read from (dates, other acts' clauses)."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# "… dragged the suspects out and killed them": the people the act just told counted, killed
_THEM_KILLED = re.compile(r"\b(?:killed|lynched|executed|burned|burnt|beat|beaten)\s+them(?:\s+all)?(?:\s+to\s+death)?\b(?!\s+(?:with|for|over|in\s+revenge))", re.I)
# whom the act just told did it to, counted: "beat and set on fire at least 12 suspected gang members"
_VICTIMS_COUNTED = re.compile(rf"\b(?:beat|set\s+on\s+fire|attacked|seized|dragged|lynched|captured|rounded\s+up|abducted|kidnapped)\s+"
                              rf"(?P<q>{_Q})\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON_NOUNS}|suspects|members|men|women)\b", re.I)


def victims_killed_again(sentence: str, told: str) -> Quantity | None:
    """The count of the people an act just told (``told``, its sentence) was done to, when this
    sentence says they were killed ("… and killed them"); None otherwise."""
    if _THEM_KILLED.search(sentence) is None or (counted := _VICTIMS_COUNTED.search(told)) is None:
        return None
    return parse_quantity(QUANTITY_RE.match(told, counted.start("q"), counted.end("q")))
