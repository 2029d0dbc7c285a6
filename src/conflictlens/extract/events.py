"""The events stage: dated occurrences of political violence in ACLED's taxonomy.

Reads ``spacy_doc``, ``sentences``, ``places``, ``actors``; adds ``events``.

Per sentence: every sentence goes, one batch per document, to the event classifier
(``event_classifier.py``). A sentence is a candidate when a regular-expression prefilter finds
violence, protest or strategic vocabulary in it, or when the classifier is near-certain
(p >= 0.9) it reports an event in other words and it tells no trend. For a candidate, where the
classifier is sure (p >= 0.7) its label types the sentence, and its non-event labels (disasters,
crime, diplomacy, responsibility claims) drop it (at p >= 0.5); where it is not, ordered rules
written from the codebook decide, and where no rule names the act, the classifier's unsure label.
The classifier reads each sentence alone for whether it reports an event and whether violence or
a non-violent development, and beside its paragraph neighbours for which kind; a non-violent
development with a death toll, a named dead or a kidnapping gives way to the violence the rules
name, and an accident (a plant that exploded) is no violence. A body's copy of the headline is
skipped (it would double the event). The ACLED codebook's precedence then applies (who took the
ground, and whether it was taken without a fight; whether demonstrators were violent or met
lethal force), and the parse decides whether the sentence reports an occurrence at all:

* habitual or generic statements ("militants attack army patrols", "by attacking posts of the
  army", "attacks have increased") are *patterns*, left to the claims stage — never dated events;
  a headline's simple present ("Air raids kill 12") is not a pattern;
* aggregates and tallies ("three attacks", "the war has killed 300,000") are counts, not events;
* a reported occurrence needs a past-tense predicate and an anchor in the text: a casualty
  figure, a date phrase or a named place.

Which word carries the act, and what the parse says of it, is in ``event_triggers.py``. Who did it
to whom is read from the parse (``event_roles.py``); where, in ``event_scene.py``; what the
sentences around the event add to it, in ``event_context.py``; whether a sentence is the
headline again, in ``event_headlines.py``; whether its words of violence tell something else (a
robbery, a match, a drill), in ``event_not_violence.py``. Dates come from the sentence (not from the
statement's own date: "…, the ministry said on Sunday", nor from an aside: "the army, which has
fought since 2023, …"), else from a day named a sentence or two before, or counted from a day the
report already gave ("a day earlier"), else the article's dateline or opening date stamp
(``basis="dateline"``), against which relative days also resolve; when none supports a date, it
stays empty (precision UNKNOWN). An event dated only to a year is none ACLED could code.
Casualties (``casualties.py``) keep the phrase they were read from and, when the text says so,
whose they are. Which toll stands for which event across the article (``tolls.py``): a later,
larger toll of the same event supersedes the earlier one, which stays on record. So do a
definite event noun's own toll ("the attack killed more than 100"), the count a vague word stood
for ("several", then "six"), and the headline's exact toll when it is larger than the main
event's (its evidence then points into the title), unless it rounds a body figure ("over 80"
over "at least 84") or adds up the first events the body tells. Another source's figure and a
part of the toll revise nothing; a vague word never revises a count.
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

from ..model import ActorCategory, DatePrecision, Event, Evidence, FuzzyDate, Place, Quantity
from ..pipeline import Document
from .dates import RELATIVE_DAY_RE, filing_date, find_dateline, find_dates, relative_day, that_month
from .event_classifier import load_classifier
from .event_codebook import ARMED_CATEGORIES, BLAST_OVERRIDES, LETHAL_FORCE, explosive_device_went_off, with_codebook_precedence
from .event_clauses import act_a_development_followed, act_beside_motive, act_in_since_clause, act_outside_earlier_one, act_the_event_came_after, second_act, told_in_two_clauses
from .event_labels import GROUND_TAKEN, event_in_other_words, sub_event_of
from .event_days import CLOCK_TIME, COMPARED_BEFORE, FUTURE_BEFORE, OPENING_SINCE_CLAUSE, SINCE_CLAUSE_BEFORE, WEEKEND, across_interval, dates_a_statement, days_told_together, done_by_the_statement, interval_clause, own_dates_first
from .event_context import (ALSO_THAT_DAY, ATTACKERS_COUNTED, ATTACKERS_KILLED, CONTINUED, DEMONSTRATIONS, DURING_THE_TOLD, FIGHTING_HEARD, FOUGHT_BACK, HOSPITAL_HURT, HURT_ADDED, HURT_ONLY, IN_RESPONSE, LATER_ON, LATER_THAT_DAY, MORE_DEAD, MORE_HURT, NATIONAL_SEATS, NONE_HURT_OPENS, OTHERS_DIED, OTHERS_HURT, OWN_SIDE_MARTYRED, SAME_TELLER_GOES_ON, THE_BODIES, THE_EVENT_BEGAN, THE_EVENT_OPENS, THE_SAME_VICTIM, THE_TOWN_AGAIN, TAKEN_TOO, THEN_ON, TOLD_EVENTS_TOOK_PLACE, TOPIC_SHIFT, ClaimFirst, agrees, another_time_or_place, bare_strikes_typed, day_last_told,
                            completed, demonstration_at, escalated, latest_unnamed, one_scene, part_of_the_last, protest_the_same_day, same_night, that_night, unborrowed, unnamed_at,
                            with_claims_told_first, with_both_sides_dead, with_neighbours, with_missing_figures, with_more_dead, with_more_hurt, with_other_estimate, within_week, without_own_day)
from .event_headlines import LIVE_ENTRY_HEADING, headline_key, is_headline
from .event_scene import (CITY_PART_BEFORE, DATE_CARRY_SENTENCES, DETAIL_SENTENCES, LIKEWISE, OPENING_SENTENCES, OTHER_COUNT_SENTENCES, SPREAD_ACROSS, away_from_scene, city_meant, headline_place,
                          listed_with, location_of, refined, scene, split_by_places)
from .event_not_violence import StoryKind, found_at_the_scene, no_political_violence
from .event_country import with_story_country
from .event_retold import told_again_merged
from .event_patterns import campaign_named, commemorated_spans, commentary, distant_act_spans, earlier_act_spans, in_aside, figurative, is_aggregate, under_way
from .event_triggers import (AMONG_THE_VICTIMS, acts_words, spread_event_told, background_of_the_subject, charged_with, dated_act, doer_named_again, done_by_them, is_coreferent, is_negated, named_by_its_year, occurrence_trigger, one_of_the_weapons, rescued, rescuer_is_no_captor, rule_names, standing_change, target_named_again, tells_only_victims,
                             side_named_again, the_doers, the_forces_again, told_in_the_past, told_by_they, tolls_itself, trigger_token)
from .event_rules import CASUALTY_NOUNS, COUNTED_OUT, DAMAGE_WITH_NO_DOER, FOUND_REMAINS, PREFILTER, RULES, SHOT_DEAD, SPORTS_STORY_WORDS, SPORTS_WORDS, TERROR_STORY, VIOLENT_ACT_VERB, classify_sub_event
from .event_roles import (OWN_MEN_DID, REPORTING_LEMMAS, SUPPORT_PHRASE, TELLING_OR_JUDGING_LEMMAS, abroad, clash_sides, demonstration_sides, demonstrators_of, governing_verb, named_again, own_act_retold, roles, side_telling, state_side_of, taker_after_withdrawal, the_same_group, unnamed_band)
from .event_credit import (BOTH_ACTS, CLAIMED_BY, CLAIMED_THE_ACT, OWN_ACT_CARRIED_OUT, OWN_ACT_CLAIMED, accused_doer, blame_denied, blamed_group, claimant, owning_up)
from .casualties import DIED_IN_CUSTODY, FATALITY_PATTERNS, INJURY_PATTERNS, blanked, bodies_found, read_casualties, single_hurt, single_victim, victim_pair, victims_killed_again, with_attacker_dead
from .taxonomy import ANNOUNCED_ACTS, KILL_NO_ONE, TOLD_IN_PASSING, event_type_of
from .tolls import DIED_LATER, EARLIER_COUNT, ONE_OF_THE_ACTS, OTHER_SOURCES_TOLL, PART_OF_TOLL, TOLL_OPENS, TOLL_UPDATE_SENTENCE, VIOLENT_TYPES, WAR_TALLY, TollUpdate, counts_exactly, fuller_toll, latest_of_kind, latest_violent_index, latest_with_dead, reports_violence, supersede_tolls, with_headline_toll, without_summaries

STAGE = "events/1"


class EventStage:
    name: ClassVar[str] = "events"
    reads: ClassVar[frozenset[str]] = frozenset({"spacy_doc", "sentences", "places", "actors"})
    adds: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        published = article.published
        # the header's date is when the report was filed, not the event's: only a fallback
        dateline, dateline_end = filing_date(article.text, published)
        wire_dateline = find_dateline(article.text)
        # "GOMA, Democratic Republic of Congo (AP) —" names where it was filed, dated or not
        filed_from_end = max(dateline_end, wire_dateline.end() if wire_dateline else 0)
        sentence_spans = list(doc.spacy_doc.sents)
        # the sentence the wire dateline opens: the first with words after the dateline
        lede_index = None if wire_dateline is None else next(
            (i for i, s in enumerate(sentence_spans) if re.search(r"[^\W\d_]{2}", article.text[max(s.start_char, wire_dateline.end()) : s.end_char])), None)
        if dateline is not None:
            # relative dates resolve against the day the text says it was filed: a wire story
            # re-published or scraped later still means its own "on Tuesday"
            published = dateline.value
        # a match report: its "attack", "fired" and "shot" are play
        sports_story = len({m.group(0).lower() for m in SPORTS_WORDS.finditer(article.text)}) >= SPORTS_STORY_WORDS
        # a stabbing an armed group claims, or that the report calls terrorism, is political violence
        terror_story = TERROR_STORY.search(article.text) is not None
        events: list[Event] = []
        last_date: FuzzyDate | None = None
        last_paragraph, paragraph_start = -1, 0
        last_date_sentence = 0
        last_event_sentence = -1
        borrowed: dict[int, Place | None] = {}  # event index → its place before a later sentence refined it
        # the places an event can happen at: not where the wounded were treated or captives taken
        scene_places = [p for p in doc.places if p.is_location and not away_from_scene(p, article.text)]
        filed_from = [p for p in scene_places if p.evidence.start < filed_from_end]
        toll_updates: list[TollUpdate] = []
        claims_first: list[ClaimFirst] = []
        # every sentence goes to the classifier in one batch (a fraction of a millisecond each):
        # a sentence is a candidate when the prefilter's words are in it, or when the classifier
        # is all but certain it reports an event in words the prefilter lacks ("forces set up a
        # new observation post") and it tells no trend ("their activity increased")
        texts = [span.text for span in sentence_spans]
        paragraph_of = [article.text.count("\n\n", 0, span.start_char) for span in sentence_spans]
        # by position, not by text: the same sentence in another paragraph is read in other company
        contexts = with_neighbours(sentence_spans, paragraph_of)
        predictions = load_classifier().predict_in_context(texts, contexts)
        headline = headline_key(article.title)
        # (places a lede that names none; a dateline run into the title is where the report was filed)
        # a state's seats of power stand in its capital: a report filed there places what happens at them
        filed_from_capital = next((dataclasses.replace(p, confidence=round(p.confidence * 0.7, 2)) for p in filed_from if p.feature_code == "PPLC"), None)
        title_place = headline_place(article.title, article.text, [p for p in scene_places if wire_dateline is None
                                                                   or not wire_dateline.start() <= p.evidence.start < wire_dateline.end()])
        for sentence_index, span in enumerate(sentence_spans):
            sentence = span.text  # as the model read it (all-capitals copy is truecased)
            quoted = article.text[span.start_char : span.end_char]  # as written: the evidence
            this_sentence = Evidence(article.id, span.start_char, span.end_char, quoted, STAGE)
            paragraph = paragraph_of[sentence_index]
            if paragraph != last_paragraph:
                # before the first event, the opening sentence sets the scene across its paragraph
                # break ("On 21 March, security forces conducted an operation in Mir Ali. ¶ …
                # eight khwarij were sent to hell"): wires and press releases write one sentence a paragraph
                opening = not events and 0 < sentence_index <= OPENING_SENTENCES
                last_date = last_date if opening else None
                last_paragraph, paragraph_start = paragraph, (paragraph_start if opening else span.start_char)
            found_dates = find_dates(sentence, published, offset=span.start_char)
            dates = [d for d in found_dates if (d.date.value is not None or d.date.month) and d.start >= dateline_end]
            stated = [d for d in dates if dates_a_statement(span, d, sentence)]
            dates = [d for d in dates if d not in stated]
            if not dates and RELATIVE_DAY_RE.search(sentence):
                # "A day earlier, …", "the following day": counted from the day of the event just
                # told ("On Wednesday, gunmen raided … The next day, …"), else the lede's, else the
                # last day the report named
                # ("condemned on Wednesday an attack … a day earlier": from the day the sentence states)
                told_days = [e.date for e in events if e.date.precision is DatePrecision.DAY and e.date.basis == "text"]
                just_told = told_days and events[-1].date is told_days[-1] and sentence_index - last_event_sentence <= DETAIL_SENTENCES
                anchor = next((d.date for d in stated if d.date.precision is DatePrecision.DAY), None) \
                    or (told_days[-1] if just_told else next(iter(told_days), None)) or last_date
                shifted = relative_day(sentence, anchor, offset=span.start_char)
                dates = [shifted] if shifted is not None else []
            if not dates and (month := that_month(sentence, last_date, offset=span.start_char)) is not None:
                dates = [month]  # ("… since January 2022. At least 80 people were killed … that month alone")
            if dates:
                last_date, last_date_sentence = dates[0].date, sentence_index
            elif last_date is not None and sentence_index - last_date_sentence > DATE_CARRY_SENTENCES:
                last_date = None
            prediction = predictions[sentence_index]
            # the sentence may tell more of the event just told: its doer, day, place or figures
            follows_event = bool(events) and sentence_index - last_event_sentence <= DETAIL_SENTENCES
            # "The attack was claimed by the TTP", "Boko Haram claimed responsibility": ACLED codes
            # the claimant as the doer of the latest event the report gives no doer, or only
            # "militants" (not "Security forces killed four attackers", told in between)
            claim_told = CLAIMED_BY.search(sentence) is not None or OWN_ACT_CLAIMED.search(sentence) is not None
            # (the event just told may open further back, its details told since: "The attackers … took
            # control of the base …. ¶ JNIM claimed the attack on Monday")
            claimed = latest_unnamed(events, min(sentence_spans[max(0, sentence_index - DETAIL_SENTENCES)].start_char, events[-1].evidence.start)) \
                if follows_event and claim_told else None
            if claim_told and (at := unnamed_at(events, [p for p in doc.places if span.start_char <= p.evidence.start < span.end_char])) is not None:
                claimed = at  # "JNIM claimed responsibility for the Djibo attack": the event at Djibo, however far back
            elif claim_told and claimed is None and events and CLAIMED_THE_ACT.search(sentence) and not TOPIC_SHIFT.match(sentence):
                claimed = latest_unnamed(events, 0)  # "JNIM claimed the ambush on Friday": the ambush told, however far back
            named = claimant(span, doc.actors) if claimed is not None else None
            if named is not None and OWN_ACT_CLAIMED.search(sentence) \
                    and any(e.actor1 is not None and e.actor1.actor_id == named.actor_id for e in events[:claimed]):
                # ("The Israeli military said it had struck a Hezbollah operative …", after its drone strike and
                # Hezbollah's rockets: its own act told again, not the rockets')
                last_event_sentence = sentence_index
                continue
            if claimed is not None:
                if named is not None:
                    events[claimed] = dataclasses.replace(events[claimed], actor1=named)
                    if OWN_ACT_CLAIMED.search(sentence):  # ("The Houthis said it had targeted a military site in the Jaffa area": the act, told by its doer)
                        last_event_sentence = sentence_index
                        continue
            elif follows_event and claim_told and events[-1].actor1 is not None and (named := claimant(span, doc.actors)) is not None \
                    and named.name.startswith(events[-1].actor1.name + " "):
                events[-1] = dataclasses.replace(events[-1], actor1=named)  # ("Islamic State Khorasan Province … claimed": the group's branch)
            elif (OWN_ACT_CLAIMED.search(sentence) or OWN_ACT_CARRIED_OUT.search(sentence)) and (told := latest_violent_index(events)) is not None and events[told].actor1 is not None \
                    and (follows_event or not (dates or any(span.start_char <= p.evidence.start < span.end_char and not one_scene(p, events[told].location)
                                                            for p in doc.places if p.is_location))) \
                    and (named := claimant(span, doc.actors)) is not None and named.actor_id == events[told].actor1.actor_id:
                # ("The Israeli military said it had struck Hezbollah targets in the area": its act again; so is "Russia's
                # defence ministry said it had carried out a 'massive strike' on … facilities", a few sentences on, with no day or other place)
                last_event_sentence = sentence_index
                continue
            elif not follows_event and claim_told and (named := claimant(span, doc.actors)) is not None:
                # "Islamic State claimed … an attack on a mosque in which six people were killed",
                # before the attack is told: its doer and toll, for the event told next
                toll = read_casualties(sentence, FATALITY_PATTERNS, [(d.start - span.start_char, d.end - span.start_char) for d in found_dates])
                claims_first.append(ClaimFirst(named, toll, this_sentence))
            elif follows_event and unnamed_band(events[-1].actor1) and (named := blamed_group(span, doc.actors, believed=True)) is not None \
                    and not blame_denied(named, doc.actors, article.text, span.start_char, sentence_spans[min(sentence_index + 1, len(sentence_spans) - 1)].end_char):
                # ("Residents blamed the OLA …. An OLA spokesman denied the group was involved": a contested blame names no doer)
                events[-1] = dataclasses.replace(events[-1], actor1=named)  # "Police blamed Al-Shabaab militants"
                if BOTH_ACTS.search(sentence) and len(events) > 1 and unnamed_band(events[-2].actor1) and events[-2].event_type in VIOLENT_TYPES:
                    events[-2] = dataclasses.replace(events[-2], actor1=named)  # ("Petro blamed both attacks on FARC dissidents")
            if follows_event and events[-1].event_type in DEMONSTRATIONS and not found_dates and all(
                    events[-1].location is not None and p.name == events[-1].location.name
                    for p in doc.places if p.is_location and span.start_char <= p.evidence.start < span.end_char):
                # "Riot police used water cannon … after some protesters threw fireworks": more of the protest just told
                events[-1] = escalated(events[-1], sentence, span, doc.actors)
            # ("found the bodies of 11 men …. ¶ The bodies … showed signs of torture")
            found_dead = bodies_found(sentence, sentence_spans[sentence_index + 1].text if sentence_index + 1 < len(sentence_spans) else "")
            if follows_event and events[-1].trigger == "bodies" and THE_BODIES.match(sentence):
                continue  # ("The bodies, which had gunshot wounds, were discovered on Monday": the find just told)
            if not (PREFILTER.search(sentence) or event_in_other_words(span, prediction) or found_dead) or is_headline(sentence, headline) \
                    or LIVE_ENTRY_HEADING.match(sentence):  # ("11:20 GMT - Two killed in Jenin raid": an entry's headline; its text tells it)
                continue
            # the date phrases' spans in the sentence: their numbers are no tolls
            phrase_spans = [(d.start - span.start_char, d.end - span.start_char) for d in found_dates]
            if TOLL_UPDATE_SENTENCE.search(sentence):
                update = read_casualties(sentence, FATALITY_PATTERNS, phrase_spans)
                if update is not None and reports_violence(events):
                    toll_updates.append(TollUpdate(this_sentence, update))
                    continue  # "the death toll rose to 31": news of an event already reported
                # with nothing reported before it, the sentence is the report of its event
            if follows_event and events[-1].event_type in VIOLENT_TYPES and THE_EVENT_BEGAN.match(sentence):
                # "The attack began on Friday evening when a suicide bomber rammed …": the event just
                # told, from its start, which is the day ACLED gives an event over two days
                began = [d for d in found_dates if d.date.precision is DatePrecision.DAY]
                if len(began) == 1 and (events[-1].date.precision is not DatePrecision.DAY or began[0].date.value <= events[-1].date.value):
                    events[-1] = dataclasses.replace(events[-1], date=began[0].date)
                last_event_sentence = sentence_index
                continue
            if follows_event and events[-1].event_type in VIOLENT_TYPES | {"Riots"} and (later := DIED_LATER.match(sentence)) is not None:
                # "The man, a Christian, died of his injuries in hospital on Monday": the victim of the
                # event just told, dying of it days on; one dead where it counted none
                if events[-1].fatalities is None and later["one"]:
                    one = Quantity(phrase=later.group(0).strip(), best=1, low=1, high=1)
                    events[-1] = dataclasses.replace(events[-1], fatalities=one, fatalities_evidence=this_sentence)
                last_event_sentence = sentence_index  # (more of the event: what follows may tell more still)
                continue
            # ("conducted in coordination with the Puntland authorities": who helped, not where)
            helped_by = [(m.start() + span.start_char, m.end() + span.start_char) for m in SUPPORT_PHRASE.finditer(sentence)]
            # (and not a part of "the city" told, which the city stands for: "in the city's Kyivskyi district")
            in_sentence = [p for p in scene_places if span.start_char <= p.evidence.start < span.end_char
                           and not any(s <= p.evidence.start < e for s, e in helped_by)
                           and not CITY_PART_BEFORE.search(article.text, max(0, p.evidence.start - 30), p.evidence.start)]
            part_of_toll = PART_OF_TOLL.search(sentence)
            # a side's own count, in a sentence that gives no day or place of its own (or only the scene
            # told: "said its forces had struck a meeting of commanders in Sumy, killing more than 60"), is its claim
            claimed_of, speaker = side_telling(span, sentence, doc.actors, events, phrase_spans) \
                if follows_event and not any(d.date.precision is DatePrecision.DAY for d in dates) \
                and all(events[-1].location is not None and p.name == events[-1].location.name for p in in_sentence) \
                and not ATTACKERS_KILLED.search(sentence) and not OWN_SIDE_MARTYRED.search(sentence) and not (IN_RESPONSE.search(sentence) or LATER_THAT_DAY.match(sentence)) \
                else (None, None)  # (the attackers' own dead join the toll, whoever tells them; "Hours later, Hezbollah said it had fired …" is its act)
            partisan = speaker is not None
            if partisan and events[claimed_of].actor1 is None and OWN_MEN_DID.search(sentence) \
                    and (events[claimed_of].actor2 is None or speaker.actor_id != events[claimed_of].actor2.actor_id):
                # ("Al Shabaab said its fighters had killed …": its claim of the act)
                events[claimed_of] = dataclasses.replace(events[claimed_of], actor1=speaker)
            earlier_count = EARLIER_COUNT.search(sentence) is not None and not in_sentence
            if (part_of_toll or partisan or earlier_count or OTHER_SOURCES_TOLL.search(sentence)) \
                    and (latest := claimed_of if partisan else latest_with_dead(events)) is not None:
                # "the monitor gave a toll of 48", "activists put the toll higher": another source's
                # figure for an event already told, or a part of its toll, and no event of its own
                # (the claims stage keeps who said it). Where the event has a figure, ACLED keeps the
                # lowest and the other stays on record beside it; where it has none, this is its
                # toll ("WHO put the toll at 70")
                figure = read_casualties(sentence, FATALITY_PATTERNS, phrase_spans)
                # (another source's hurt where the event counted none: "put the death toll at 78 and said more than 20 others were wounded")
                hurt = read_casualties(sentence, INJURY_PATTERNS, phrase_spans) if part_of_toll or earlier_count or not partisan else None
                if hurt is not None and events[latest].injuries is None:
                    # ("The dead included a former lawmaker and two soldiers, and 47 people were wounded")
                    events[latest] = with_missing_figures(events[latest], None, hurt)
                if figure is not None:
                    told = events[latest]
                    if told.fatalities is None and not partisan:
                        toll_updates.append(TollUpdate(this_sentence, figure))
                    elif told.fatalities is None:
                        # "The RSF said … had killed 89 soldiers": a side's count of its enemy's dead is its claim
                        events[latest] = with_other_estimate(told, figure, this_sentence)
                    elif counts_exactly(told.fatalities, figure) and not partisan and not part_of_toll:
                        # "Hundreds of people were killed …. A security source put the toll at about 200": the count the word stood for
                        events[latest] = dataclasses.replace(told, fatalities=figure, fatalities_evidence=this_sentence,
                                                             superseded_fatalities=told.superseded_fatalities + (told.fatalities,))
                    elif figure.best != told.fatalities.best and not part_of_toll:
                        events[latest] = with_other_estimate(told, figure, this_sentence)
                continue
            sub_event, typed_by_classifier = ("Attack", False) if found_dead else sub_event_of(sentence, prediction, article.text)
            told_in_passing = sub_event is None and prediction.label in TOLD_IN_PASSING and any(d.date.precision is DatePrecision.DAY for d in dates)
            if told_in_passing:
                # a condemnation, a claim of responsibility or a cartel's story that dates an act of
                # violence on a day reports it too: "condemned the murder of six priests early this
                # morning", "claimed the attack on judge X, who was murdered on Friday in Medellin"
                # (the day must be the act's: see dated_act below)
                ruled = classify_sub_event(sentence)
                sub_event = ruled if ruled is not None and event_type_of(ruled) in VIOLENT_TYPES else None
            if sub_event is None:
                if follows_event and events[-1].event_type in VIOLENT_TYPES and TOLD_EVENTS_TOOK_PLACE.match(sentence):
                    # "The raid was carried out on Saturday night in the Mir Ali area": when and where the event just told was
                    events[-1] = completed(events[-1], dates, in_sentence, span.root)
                    last_event_sentence = sentence_index
                elif follows_event and events[-1].event_type in VIOLENT_TYPES and events[-1].actor1 is None and not in_sentence \
                        and (owner := owning_up(span, doc.actors)) is not None:
                    # ("A drone strike killed 21 civilians at a wedding …. ¶ Mali's army said … it had carried out precision strikes … in the area")
                    events[-1] = completed(events[-1], [], [], span.root, (owner, None))
                elif follows_event and events[-1].event_type in VIOLENT_TYPES and without_own_day(events[-1].date) \
                        and own_act_retold(span, events[-1], doc.actors) and any(d.date.precision is DatePrecision.DAY for d in dates):
                    # "U.S. air strikes on the port killed 74, the health ministry said. ¶ Central Command said its
                    # forces had struck the port on Thursday night": the doer telling its act gives the day
                    events[-1] = completed(events[-1], dates, [], span.root)
                # (past a burning told after the killings: "… also set fire to at least 30 homes …. Fourteen people were seriously injured.")
                hurt_of = (len(events) - 1 if events[-1].event_type in VIOLENT_TYPES | DEMONSTRATIONS else latest_violent_index(events)) if events else None
                if hurt_of is not None and sentence_index - last_event_sentence <= OTHER_COUNT_SENTENCES \
                        and events[hurt_of].injuries is None and (HURT_ONLY.match(sentence) or HOSPITAL_HURT.search(sentence) or HURT_ADDED.search(sentence)):
                    # "Another 42 people were seriously injured.", "The ministry said 20 others were
                    # wounded.": the hurt of the event just told, a few sentences on
                    events[hurt_of] = with_missing_figures(events[hurt_of], None, read_casualties(sentence, INJURY_PATTERNS, phrase_spans) or single_hurt(sentence))
                    last_event_sentence = sentence_index
                elif follows_event and events[-1].fatalities is not None and events[-1].event_type in VIOLENT_TYPES and OTHERS_DIED.search(sentence) \
                        and (more := read_casualties(sentence, FATALITY_PATTERNS, phrase_spans)) is not None and more.best:
                    events[-1] = with_more_dead(events[-1], more, this_sentence, article.text)  # ("Three others died of their wounds in hospital")
                continue
            if follows_event and events[-1].event_type in VIOLENT_TYPES and event_type_of(sub_event) == events[-1].event_type and without_own_day(events[-1].date) \
                    and own_act_retold(span, events[-1], doc.actors) and any(d.date.precision is DatePrecision.DAY for d in dates):
                # ("The Arakan Army said on Tuesday it had captured a base …. ¶ The group said … its fighters took
                # control of the base on Sunday": its own act told again, with its day)
                events[-1] = completed(events[-1], dates, [], span.root)
                last_event_sentence = sentence_index
                continue
            if no_political_violence(sentence, span, doc.actors, sub_event, StoryKind(sports_story, terror_story)) \
                    or (follows_event and events[-1].event_type in VIOLENT_TYPES and found_at_the_scene(sub_event, sentence)):
                continue  # a robbery, an accident, a match, a price war, a sentence handed down, a drill; arms the act left
            # the classifier reads "two bombs exploded" beside "defused a bomb" as disrupted; the sentence's own words decide
            overridable = sub_event in BLAST_OVERRIDES or (sub_event == "Disrupted weapons use" and typed_by_classifier and not rule_names(sub_event, sentence))
            if overridable and (blast := explosive_device_went_off(sentence)) is not None:
                # ACLED codes by the means: a bomb that went off is remote violence, whatever it hit
                sub_event, typed_by_classifier = blast, False
            # a headline tells past events in the present ("Air raids kill 12 in Aleppo")
            in_headline = sentence_index == 0 or span.start_char <= dateline_end + 1
            header = [(0, dateline_end - span.start_char)] if span.start_char < dateline_end else []
            date_spans = phrase_spans + header  # the header's date stamp holds no toll either
            # "BAMAKO, March 4 (Reuters) -": a month in a date is no march
            trigger = occurrence_trigger(span, sub_event, sentence, headline=in_headline, outside=date_spans)
            if found_dead:
                trigger = next((t for t in span if t.lower_ == "bodies"), trigger)
                # ("The bodies … were discovered late on Monday": the day they were found, the event's)
                if not dates and sentence_index + 1 < len(sentence_spans) and THE_BODIES.match(sentence_spans[sentence_index + 1].text):
                    dates = [d for d in find_dates(sentence_spans[sentence_index + 1].text, published, offset=sentence_spans[sentence_index + 1].start_char)
                             if d.date.precision is DatePrecision.DAY][:1]
            if trigger is None and (beside_motive := act_beside_motive(span, sentence)) is not None:
                sub_event, trigger, typed_by_classifier = *beside_motive, False  # (not what it avenges)
            # "called on Wednesday for a meeting on the chemical attack": the call's day, not the
            # attack's; "attacked the government's budget": a figure of speech; "Analysts say the
            # army's recapture of Khartoum …": commentary, unless it dates an act
            # ("charged with the killing of two missionaries": the charge's day, unless the killing has its own)
            charged = trigger is not None and charged_with(trigger)
            # ("Gangs control about 85% of the capital, according to the United Nations": "Other" from no word for an act
            # is a state of affairs, unless it may tell more of the event just told; bodies found in a grave are still ACLED's "Other";
            # "… and that there were no injuries", after rockets: the event's hurt, no event of its own)
            if trigger is None or (told_in_passing and not dated_act(trigger, dates)) or (charged and not dated_act(trigger, dates, any_precision=True)) \
                    or (sub_event == "Other" and not follows_event and not PREFILTER.search(sentence) and not FOUND_REMAINS.search(sentence)) \
                    or (sub_event == "Other" and follows_event and trigger.lemma_.lower() in CASUALTY_NOUNS) \
                    or figurative(trigger) or (campaign_named(trigger) and not any(d.date.precision is DatePrecision.DAY for d in dates)) \
                    or (commentary(span) and not any(d.date.precision is DatePrecision.DAY for d in dates)) \
                    or background_of_the_subject(trigger, found_dates) or act_in_since_clause(trigger, sentence, sub_event, found_dates) \
                    or (named_by_its_year(trigger) and event_type_of(sub_event) in VIOLENT_TYPES):
                continue  # (nor "the junta, which seized power in a coup in July last year, declared mourning")
            if (own_act := act_outside_earlier_one(span, trigger, sentence, sub_event) or act_the_event_came_after(span, trigger)) is not None:
                # "Police arrested 2,500 people … after weeks of deadly student protests": the arrests
                sub_event, trigger = own_act
                typed_by_classifier = False
            # "the army, which has been fighting the RSF since April 2023, said …": an aside's date is not the event's
            dates = [d for d in dates if not in_aside(trigger, d.start - span.start_char)
                     # ("marking the anniversary of last year's demonstrations": the remembered act's day)
                     and not any(s <= d.start - span.start_char < e for s, e in commemorated_spans(sentence))
                     # ("in one of the deadliest attacks on the army this year": the comparison's period)
                     and not any(rx.search(article.text, max(span.start_char, d.start - 60), d.start) for rx in (FUTURE_BEFORE, COMPARED_BEFORE))
                     # ("the deadliest attack since Washington stepped up its campaign … last month": the period's start)
                     # (a year there is kept: an event dated only to a year is none, as "since French troops left in 2022" tells)
                     and not (d.start - span.start_char > trigger.idx - span.start_char and d.date.precision is not DatePrecision.YEAR
                              and SINCE_CLAUSE_BEFORE.search(article.text, max(span.start_char, d.start - 90), d.start))
                     # "the worst fighting between the two since 2020": a period's start, no day of this act
                     and not (d.date.precision in (DatePrecision.YEAR, DatePrecision.MONTH) and d.date.phrase.lower().startswith("since"))
                     # ("Since seizing power in a coup in September 2022, Traore has made the fight …": the period's start)
                     and not (d.date.precision is not DatePrecision.YEAR and (opening := OPENING_SINCE_CLAUSE.match(sentence))
                              and d.start - span.start_char < opening.end() <= trigger.idx - span.start_char)]
            if sentence_index > OPENING_SENTENCES and standing_change(trigger, sub_event, dates):
                continue  # ("The ADF has pledged allegiance to the Islamic State group": who the group is, not news)
            # "…, after a knife attack that killed three girls": another act's dead
            # (a development's "after …" phrase is read to the end of its clause: it is told as an event of its own)
            earlier_acts = earlier_act_spans(trigger, whole_clause=event_type_of(sub_event) == "Strategic developments")
            # ("marked the anniversary of demonstrations in which dozens were killed": the remembered act's dead)
            no_toll_spans = date_spans + earlier_acts + commemorated_spans(sentence)
            # ("arrested 30 people after clashes … on Monday left 100 injured": Monday is the clashes'
            # day, told as an event of its own below; a violent act keeps the day, as its own where
            # the sentence gives no other; a "since …" clause's day starts the period the sentence tells)
            earlier_days = [d for d in dates if any(s <= d.start - span.start_char < e and not sentence[s:e].lower().startswith("since")
                                                    for s, e in earlier_acts)] if event_type_of(sub_event) == "Strategic developments" else []
            if earlier_days:
                dates = [d for d in dates if d not in earlier_days]
                if last_date_sentence == sentence_index and not dates:
                    last_date = None  # (nor does the next sentence carry it)
            own_words = blanked(sentence, no_toll_spans)  # (a lone victim or a pair is counted in the sentence's own words)
            fatalities = found_dead or victim_pair(own_words) or read_casualties(sentence, FATALITY_PATTERNS, no_toll_spans) or single_victim(own_words)
            fatalities = with_attacker_dead(fatalities, sentence)
            injuries = read_casualties(sentence, INJURY_PATTERNS, no_toll_spans) or single_hurt(own_words)
            if sub_event in KILL_NO_ONE and (fatalities is not None or VIOLENT_ACT_VERB.search(own_words) or DIED_IN_CUSTODY.search(own_words)):
                # the codebook's non-violent developments kill and abduct no one: a toll ("the army
                # killed 33 fighters and captured 10"), a named dead ("the blast killed the group's
                # leader") or a kidnapping makes the act the rules name the event, when they name one
                # looting that kills ("gang members set fire to homes and killed 30") is an attack
                # (not the acts an "after …" phrase tells: "agreed to a ceasefire … after clashes that killed 130")
                ruled = next((sub for sub, pattern in RULES if sub not in KILL_NO_ONE and pattern.search(own_words)), None)
                if ruled is not None and (ruled_trigger := trigger_token(span, ruled)) is not None:
                    sub_event, trigger, typed_by_classifier = ruled, ruled_trigger, False
            earlier = [p for p in scene_places if max(paragraph_start, dateline_end) <= p.evidence.start < span.start_char]
            # the dateline names where the report was filed: a location only if nothing else is named
            in_sentence = [p for p in in_sentence if p.evidence.start >= filed_from_end] or in_sentence
            # ("Just days after an Assad regime chemical attack a woman was killed": not the regime's act)
            other_acts = distant_act_spans(trigger)  # (the trigger may have changed since)
            # (nor where that act was: "…, a day after an attack on a defence company near Ankara")
            in_sentence = [p for p in in_sentence if not any(s <= p.evidence.start - span.start_char < e for s, e in other_acts)]
            charged = charged_with(trigger)  # (the trigger may have changed since)
            actor1, actor2, associated = roles(span, trigger, [a for a in doc.actors if not any(s <= a.evidence.start - span.start_char < e for s, e in other_acts)
                                                               and not (charged and not acts_words(trigger, a))])  # (those who charge or arrest are no side)
            if found_dead:
                actor1 = None  # (who found the bodies did not kill them)
            accused = accused_doer(span, doc.actors) if actor1 is None and not found_dead else None
            actor1 = actor1 or accused  # ("the RSF accused the army of killing three civilians": the army, as ACLED codes it)
            if actor1 is not None and rescuer_is_no_captor(trigger) and not acts_words(trigger, actor1):
                actor1 = None  # "Troops rescued 20 villagers who had been kidnapped last week": not the troops' abduction
            if actor1 is not None and actor1.generic and actor1.category is ActorCategory.CIVILIANS and event_type_of(sub_event) in VIOLENT_TYPES:
                actor1 = None  # ACLED's civilians suffer violence, they do not start it ("the workers … claimed responsibility")
            if sub_event == "Armed clash" and actor1 is None and actor2 is not None:
                actor1, actor2, associated = clash_sides(actor2, associated, article.text)
            if sub_event == "Non-violent transfer of territory" and (taker := taker_after_withdrawal(trigger, doc.actors)) is not None:
                actor1, actor2 = taker, actor1  # ("troops withdrew from their base …, and rebels moved into the town": the rebels took it)
            # ("Gunmen believed to be members of Boko Haram killed …" names its doer; "The attackers, believed to be
            # members of the ADF, …" names the band just told, whose event took the name above: no act of its own)
            # (a generic teller after the act is no doer the blamed group yields to: "…, the army said, blaming the RSF")
            if (actor1 is None or (unnamed_band(actor1) and not the_doers(actor1, article.text)) or (actor1.generic and actor1.evidence.start > trigger.idx)) \
                    and (blamed := blamed_group(span, doc.actors, believed=actor1 is not None or not follows_event)) is not None:
                actor1 = blamed  # "A drone struck a fuel depot …, the army said, blaming the Rapid Support Forces"
            if actor1 is None and (told := latest_violent_index(events)) is not None and (same := the_same_group(sentence, events[told])) is not None:
                actor1 = same  # "a soldier was killed in a clash with the same group"
            by_them = actor1 is None and follows_event and events[-1].actor1 is not None and done_by_them(trigger, quoted=sentence.lstrip().startswith(('"', '“')))
            if by_them:
                actor1 = events[-1].actor1  # "On Sunday, they killed 20 others": the doer just told
                if fatalities and not dates and not in_sentence and events[-1].event_type in VIOLENT_TYPES and events[-1].fatalities is None \
                        and event_type_of(sub_event) in VIOLENT_TYPES:
                    # '"They killed three men who tried to resist," he said': the raid just told, its dead
                    events[-1] = with_missing_figures(events[-1], fatalities, injuries, this_sentence)
                    continue
            # (after a demonstration, "Dozens were arrested" adds no figure but is no event of its own either)
            # ("Two people were shot dead in Nairobi", after protests there and elsewhere: the Nairobi protest's)
            # ("The strike, conducted … on Friday, also killed two other militants": the event named
            # again, with its day, set off by commas as an aside on the event noun)
            days_of_named = [d for d in found_dates if d not in stated and d.date.precision is DatePrecision.DAY] if THE_EVENT_OPENS.match(sentence) else []
            named_again_with_day = bool(days_of_named)
            more_dead = follows_event and fatalities and fatalities.best and (not dates or named_again_with_day) and (
                (actor1 is None or the_doers(actor1, article.text) or named_again_with_day or state_side_of(actor1, events[-1])) and MORE_DEAD.search(sentence)
                or ATTACKERS_KILLED.search(sentence))
            # ("One policeman was also killed in the Bijapur operation": the event told at the place named)
            counted = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in VIOLENT_TYPES and events[i].fatalities is not None
                            and all(events[i].location is not None and one_scene(p, events[i].location) for p in in_sentence)), None) if more_dead else None
            if counted is not None and events[counted].fatalities.best is not None:
                # "Two separatists were also killed", "Security forces killed six of the attackers":
                # more dead of the event just told (ACLED counts the attackers' dead in its toll)
                events[counted] = with_more_dead(events[counted], fatalities, this_sentence, article.text)
                if injuries and events[counted].injuries is None:
                    events[counted] = with_missing_figures(events[counted], None, injuries)  # ("… were also killed and two others injured")
                if named_again_with_day:
                    events[counted] = completed(events[counted], days_of_named, [], trigger)
                continue
            if follows_event and not dates and not in_sentence and events[-1].event_type in VIOLENT_TYPES and (FOUGHT_BACK.search(sentence) or SAME_TELLER_GOES_ON.match(sentence)
                                                                                              or (sub_event == "Other" and typed_by_classifier and not (fatalities and fatalities.best))):
                # (the fight the act set off, or the teller's account of it going on: see FOUGHT_BACK, SAME_TELLER_GOES_ON;
                # or what the classifier hears as "Other": "… said its teams had been prevented from reaching the wounded",
                # unless it counts dead of its own: "ISIS published a … video showing the … execution of 17 young men")
                events[-1] = with_missing_figures(events[-1], fatalities if fatalities and fatalities.best else None, injuries if injuries and injuries.best else None, this_sentence)
                last_event_sentence = sentence_index
                continue
            if more_dead and counted is None and events[-1].event_type in VIOLENT_TYPES and events[-1].fatalities is None and ATTACKERS_COUNTED.search(sentence) \
                    and all(events[-1].location is not None and one_scene(p, events[-1].location) for p in in_sentence):
                # "A commander said five soldiers were killed and that troops had killed 30 of the attackers",
                # after the attack on the base told with no toll: both sides' dead are its toll
                events[-1] = with_both_sides_dead(events[-1], fatalities, sentence, this_sentence)
                continue
            if follows_event and injuries and not fatalities and not dates and events[-1].event_type in VIOLENT_TYPES and MORE_HURT.search(sentence) \
                    and all(one_scene(p, events[-1].location) for p in in_sentence):
                events[-1] = with_more_hurt(events[-1], injuries)  # ("Two civilians were also wounded by shrapnel")
                continue
            if follows_event and fatalities is not None and fatalities.best == 0 and NONE_HURT_OPENS.match(sentence) and events[-1].fatalities is None \
                    and events[-1].event_type in VIOLENT_TYPES and not dates and all(one_scene(p, events[-1].location) for p in in_sentence):
                events[-1] = with_missing_figures(events[-1], fatalities, injuries, this_sentence)  # ("No casualties were reported, but … fires burned at the depot")
                continue
            if follows_event and injuries and not dates and events[-1].event_type in VIOLENT_TYPES and events[-1].injuries is None and OTHERS_HURT.search(sentence) \
                    and not TOPIC_SHIFT.match(sentence) and all(one_scene(p, events[-1].location) for p in in_sentence) \
                    and (actor1 is None or actor1.actor_id in {a.actor_id for a in (events[-1].actor1, events[-1].actor2) if a is not None}):
                # "…, killing at least three civilians. ¶ The spokesman said Pakistani forces fired mortar
                # shells into Spin Boldak, wounding 12 others": the hurt of the same event, told apart
                # from its dead (the sentence's dead, where the event has a count, are that count again)
                events[-1] = with_missing_figures(events[-1], fatalities, injuries, this_sentence)
                continue
            if (fatalities or injuries) and not dates and (one_of := ONE_OF_THE_ACTS.search(sentence)) is not None \
                    and (told := latest_of_kind(events, one_of["kind"])) is not None and tells_only_victims(trigger, sentence, events[told]):
                # "a shepherd was wounded in one of the strikes near the village": the figures of the strikes told
                events[told] = with_missing_figures(events[told], fatalities, injuries, this_sentence)
                continue
            # ("More than 200 people have been killed … since May 2023": a tally over a period, no event's figures)
            # ("More than 7,000 people have been killed in the conflict": the war's dead, no event's)
            tallied = any(d.date.phrase.lower().startswith("since") for d in found_dates) or WAR_TALLY.search(sentence) is not None
            if follows_event and events[-1].event_type in DEMONSTRATIONS and (fatalities or injuries) and not in_sentence and SPREAD_ACROSS.search(sentence):
                continue  # ("At least eight people were killed … across the country": many towns' protests, none of them its own toll)
            if follows_event and events[-1].event_type in VIOLENT_TYPES and AMONG_THE_VICTIMS.search(sentence) \
                    and (not (fatalities or injuries) or (not (dates or in_sentence) and any((e.fatalities if fatalities else e.injuries) is not None for e in events))):
                # ("Among the dead was a former peace signatory and his family", "Four soldiers were among the dead":
                # who the dead just counted were; "Two children were among the injured" counts hurt no one had counted)
                # ("… said the RSF stormed the camp on Monday …, adding that women and children were among the dead": its day)
                if without_own_day(events[-1].date) and any(d.date.precision is DatePrecision.DAY for d in dates):
                    events[-1] = completed(events[-1], dates, in_sentence, trigger)
                continue
            # ("The gang also set fire to 45 homes …. Sixteen people were seriously injured.": the hurt
            # of the attack told before the burning, a development that hurts no one)
            # ("RSF fighters looted the market and set fire to dozens of homes. ¶ … At least seven civilians
            # were killed": a looting with no attack told before it kills; ACLED's attack)
            told_before = latest_violent_index(events) if events and events[-1].event_type == "Strategic developments" else len(events) - 1
            if told_before is None and events and events[-1].sub_event_type == "Looting/property destruction" and fatalities and TOLL_OPENS.match(sentence):
                told_before = len(events) - 1
            # (a place in the sentence that is the event's own is no other scene: "The Gaza civil defense said at least 40 …")
            at_its_place = follows_event and told_before is not None and events[told_before].location is not None \
                and all(p.gazetteer_id == events[told_before].location.gazetteer_id for p in in_sentence)
            hit = (told_before if not in_sentence or at_its_place else demonstration_at(events, in_sentence)) if follows_event and not tallied else None
            # (one victim the doer named, then the strike's toll: "at least 90 people were killed … in the strike")
            fuller = fuller_toll(events[hit], fatalities, sentence, this_sentence) if hit is not None and fatalities is not None else None
            # (after a demonstration, police named among the hurt are no doer: "12 students were detained and 5 police officers injured")
            # ("… were killed in the attacks, …, and the prison was nearly empty by Sunday morning": a time by which, no day of an act)
            if hit is not None and (fatalities or injuries or events[hit].event_type in DEMONSTRATIONS) \
                    and all(within_week(d.date, events[hit].date) or (events[hit].event_type in DEMONSTRATIONS and that_night(d.date, events[hit].date, sentence))
                            for d in dates if article.text[max(0, d.start - 3) : d.start].lower() != "by ") \
                    and (actor1 is None or the_doers(actor1, article.text) or (events[hit].event_type in DEMONSTRATIONS and actor1.category == ActorCategory.STATE_FORCES)) \
                    and tells_only_victims(trigger, sentence, events[hit]) \
                    and (agrees(events[hit].fatalities, fatalities) or fuller is not None) \
                    and (agrees(events[hit].injuries, injuries) or events[hit].event_type in DEMONSTRATIONS):
                # "a 67-year-old woman and her son were killed and four others injured", "He said 10
                # people had been wounded": the figures of the event just told, not an event of their own
                # (so are "21 people were killed in the strikes on Saturday and Sunday", after strikes "over the weekend")
                events[hit] = with_missing_figures(fuller or events[hit], fatalities, injuries, this_sentence)
                last_event_sentence = sentence_index if hit == len(events) - 1 else last_event_sentence  # (more of it may follow)
                if events[hit].sub_event_type == "Looting/property destruction" and fatalities:
                    events[hit] = dataclasses.replace(events[hit], event_type=event_type_of("Attack"), sub_event_type="Attack")
                if events[hit].sub_event_type in ("Peaceful protest", "Protest with intervention") and fatalities \
                        and (LETHAL_FORCE.search(sentence) or SHOT_DEAD.search(sentence)):
                    # "At least one protester was shot dead", "Two people were shot dead in Nairobi": ACLED
                    # codes the protest as met with excessive force
                    events[hit] = dataclasses.replace(events[hit], sub_event_type="Excessive force against protesters")
                continue
            if follows_event and sub_event == "Abduction/forced disappearance" and actor1 is None and not dates and not in_sentence \
                    and events[-1].event_type in VIOLENT_TYPES and TAKEN_TOO.search(sentence):
                # ("… killed at least 20 people in a raid on a cattle camp. ¶ Eleven people were injured and several children were abducted")
                events[-1], last_event_sentence = with_missing_figures(events[-1], fatalities, injuries, this_sentence), sentence_index
                continue
            if events and sentence_index - last_event_sentence <= OTHER_COUNT_SENTENCES and fatalities and not dates and not in_sentence and not tallied \
                    and actor1 is None and events[-1].fatalities is not None \
                    and events[-1].event_type in VIOLENT_TYPES and tells_only_victims(trigger, sentence, events[-1]) \
                    and any(t.lemma_.lower() in REPORTING_LEMMAS and t.pos_ == "VERB" for t in span):
                # "A resident said 20 people were killed" after "At least 15 …, a medical source said":
                # another source's count of the same dead, kept beside the first as ACLED keeps the lowest
                # ("… killing a senior Hezbollah commander. ¶ The ministry said three people, including two
                # children, were killed in the strike and 74 were wounded": a fuller count than one named victim)
                events[-1] = fuller_toll(events[-1], fatalities, sentence, this_sentence) or with_other_estimate(events[-1], fatalities, this_sentence)
                events[-1] = with_missing_figures(events[-1], None, injuries, this_sentence)
                continue
            if not dates and stated and sub_event in ANNOUNCED_ACTS:
                dates = stated  # "a ceasefire was announced on Tuesday": the announcement is the act
            if trigger.lemma_.lower() in REPORTING_LEMMAS and trigger.pos_ == "VERB":
                if follows_event and without_own_day(events[-1].date) and THE_SAME_VICTIM.match(sentence) and any(d.date.precision is DatePrecision.DAY for d in dates):
                    events[-1] = completed(events[-1], dates, [], trigger)  # ("The man … was stopped … late on Tuesday and assaulted": its day)
                continue  # no word in the sentence names an act: "the ministry said its forces had struck …" retells one
            # (an hour of the clock tells an occurrence too: "Two explosions went off … at approximately 2120";
            # right after an event, it tells more of that one: "The gunmen arrived at about 4 p.m.")
            # ("Later in the evening, protesters clashed with …": the day of the event last told, later on)
            # ("Angry residents later blocked the highway", right after the attack: the same day)
            # ("The assailants also attacked a nearby army detachment the same morning": another act that day)
            later_that_day = not dates and bool(events) and (LATER_THAT_DAY.match(sentence) is not None or (follows_event and LATER_ON.search(sentence) is not None)
                                                             or (follows_event and fatalities and THEN_ON.search(sentence) is not None)
                                                             or (follows_event and (ALSO_THAT_DAY.search(sentence) or IN_RESPONSE.search(sentence)) is not None)) \
                and (day_told := day_last_told(events)) is not None
            anchored = fatalities or injuries or dates or in_sentence or sentence_index == lede_index or (CLOCK_TIME.search(sentence) and not follows_event) \
                or later_that_day \
                or (event_type_of(sub_event) == "Strategic developments" and not follows_event)
            if not anchored and (actor1 is None or actor1.generic or accused):  # (an accusation alone tells no act on a day)
                actor1 = None if accused else actor1  # (nor names the doer of one told: "The army accused the RSF of shelling the market")
                if follows_event and events[-1].actor1 is None and events[-1].event_type in VIOLENT_TYPES and actor1 is not None \
                        and actor1.category is not None and int(actor1.category) in ARMED_CATEGORIES and actor1.category is not ActorCategory.STATE_FORCES:
                    # "Six people were killed in an armed attack on a bar. ¶ An armed commando arrived … and opened fire": its doers
                    events[-1] = dataclasses.replace(events[-1], actor1=actor1)
                if follows_event and (by_them or the_doers(actor1, article.text) or is_coreferent(trigger) or THE_EVENT_OPENS.match(sentence)
                                      or (actor1 is None and side_named_again(actor2, events[-1]))):
                    # ("The attackers … took control of the base", "The attack … began with a car bomb": more of it, to be told on;
                    # "Soldiers … were on patrol when they came under fire": the side hit in it)
                    last_event_sentence = sentence_index
                    days = [d for d in found_dates if d.date.precision is DatePrecision.DAY]
                    if len(days) == 1 and without_own_day(events[-1].date) and the_doers(actor1, article.text):
                        events[-1] = completed(events[-1], days, [], trigger)  # ("The gunmen, who arrived … late on Friday, went from house to house")
                if follows_event and events[-1].fatalities is None and (killed := victims_killed_again(sentence, events[-1].evidence.text)) is not None:
                    events[-1] = with_missing_figures(events[-1], killed, None, this_sentence)  # ("… dragged the suspects out and killed them")
                continue  # no anchor: nothing to date, count or place, and no one named doing it
            # a definite event noun points back at an event told before; with none told, the
            # headline introduced it, and a sentence that dates or places it is its report ("the
            # fighting flared up in Deir el-Zour province on Sunday")
            # ("Most of the explosions took place in Beirut's southern suburbs": the same, whatever the trigger)
            coreferent = (is_coreferent(trigger) or (events and not fatalities and TOLD_EVENTS_TOOK_PLACE.match(sentence) is not None)) \
                and (bool(events) or not (dates or in_sentence))
            if coreferent and fatalities is not None and tolls_itself(trigger) and not WAR_TALLY.search(sentence):  # (no many days' dead)
                if reports_violence(events):
                    # "the attack killed more than 100": news of an event already reported, its toll a revision
                    toll_updates.append(TollUpdate(this_sentence, fatalities))
                    if follows_event:
                        events[-1] = completed(events[-1], dates, in_sentence, trigger)
                    continue
                coreferent = False  # the event the definite noun points back to was told only in the headline
            on_a_day = any(d.date.precision is DatePrecision.DAY for d in dates)
            # ("The gunmen … stormed the village around midnight on Saturday": the raid just told, on
            # its day or on the day it lacked, the report's own date standing in for it)
            same_day_there = follows_event and events[-1].date.value is not None and all(one_scene(p, events[-1].location) for p in in_sentence) \
                and (events[-1].date.basis != "text" or all(
                    same_night(d.date, events[-1].date, sentence) or (event_type_of(sub_event) == events[-1].event_type and within_week(d.date, events[-1].date))
                    for d in dates if d.date.precision is DatePrecision.DAY))
            # ("The convoy … was attacked near Bagan", "The missiles hit as people gathered": the thing told again)
            thing_again = follows_event and events[-1].event_type in VIOLENT_TYPES and event_type_of(sub_event) in VIOLENT_TYPES and not fatalities \
                and (not on_a_day or same_day_there) and target_named_again(trigger, events[-1])
            # ("M23 rebels have seized the town of Rubaya …. ¶ \"They entered on Tuesday evening without a fight\"": the day it lacked)
            they_again = follows_event and on_a_day and without_own_day(events[-1].date) and told_by_they(trigger, sub_event, events[-1])
            if not coreferent and follows_event and not ALSO_THAT_DAY.search(sentence) and (doer_named_again(trigger, actor1, events[-1]) or thing_again or they_again or (
                    events[-1].event_type in VIOLENT_TYPES and not fatalities and (not on_a_day or events[-1].date.value is None or same_day_there)
                    and not another_time_or_place(events[-1], dates, in_sentence)
                    and (the_doers(actor1, article.text) or the_forces_again(actor1, events[-1], article.text) or DAMAGE_WITH_NO_DOER.search(sentence)
                         # ("The two attackers … were 'neutralized'": the doers' own end, in the event they made)
                         or (event_type_of(sub_event) in VIOLENT_TYPES and the_doers(actor2, article.text))
                         or (events[-1].event_type == "Battles" and FIGHTING_HEARD.match(sentence) is not None)
                         # ("Russian forces struck Kharkiv with guided aerial bombs … ¶ One bomb hit a building in the Kyivskyi district")
                         or (sub_event == events[-1].sub_event_type and one_of_the_weapons(trigger))
                         # ("A gunbattle … left seven people dead in … Culiacan on Saturday. ¶ Gunmen … opened fire on a house
                         # in the Tierra Blanca neighborhood": the act just told, in detail, at its very place, by no one new)
                         or (not injuries and sub_event in ("Attack", "Armed clash", "Looting/property destruction") and (actor1 is None or actor1.generic)
                             and events[-1].location is not None
                             and (here := location_of(in_sentence, trigger)) is not None and here.gazetteer_id == events[-1].location.gazetteer_id)))):
                # "The gunmen arrived around 2 a.m. on Thursday": the doer just told, named again
                # with its article, tells more of the same event, not a new one; so does "The
                # attackers used machetes and set fire to houses", with no dead or day of its own, and
                # "A synagogue in Derbent was set on fire", with no doer either; "The fighters entered
                # the town on Wednesday evening" gives the day the event told had not
                coreferent = True
            if coreferent and follows_event:
                # "The attack hit Pazigyi village on Tuesday morning": the event told just before
                # gets the day, the place and the sides it lacked
                # (the sides fought in it, not those who condemned, claimed or told of it)
                # ("The YPG have expanded their control of the city despite the bombing …": whoever acts around the event named)
                told_of = governing_verb(trigger).lemma_.lower() in TELLING_OR_JUDGING_LEMMAS or (trigger.dep_ == "pobj" and trigger.head.lower_ in ("despite", "after", "since", "before"))
                # ("The attack on Tuesday was carried out by a mob", after the arrests it led to: the attack)
                named_again_at = latest_violent_index(events) if events[-1].event_type not in VIOLENT_TYPES \
                    and TOLD_EVENTS_TOOK_PLACE.match(sentence) else None
                at = len(events) - 1 if named_again_at is None else named_again_at
                unsided = told_of or (thing_again and not any(c.dep_ == "agent" for c in governing_verb(trigger).children))  # (but "the bomb had been planted by …")
                events[at] = completed(events[at], dates, in_sentence, trigger, (None, None) if unsided else (actor1, actor2))
                # (and the hurt it lacked: "… said dozens more were wounded in the shelling, which hit the … market")
                events[at] = with_missing_figures(events[at], None, injuries)
            # "Protests took place in Mombasa and Kisumu": plural events told in the past at named
            # towns happened; "attacks on the highway" is a generalisation
            at_named_towns = (told_in_the_past(trigger, passive=event_type_of(sub_event) in DEMONSTRATIONS) or under_way(trigger, governing_verb(trigger))) and any(p.level == "point" for p in in_sentence)
            told_as_occurring = bool(fatalities or injuries) or on_a_day or at_named_towns or COUNTED_OUT.search(sentence) is not None or later_that_day \
                or any(WEEKEND.search(d.date.phrase) for d in dates)  # ("carried out air strikes on Nasir over the weekend")
            if coreferent and follows_event:
                last_event_sentence = sentence_index  # more of the event just told: the next sentence may add to it too
            if coreferent or is_aggregate(trigger, sentence, told_as_occurring, date_spans, on_a_day) or is_negated(trigger) \
                    or (rescued(trigger) and not dated_act(trigger, dates, any_precision=True)):  # ("kidnapped 11 days ago …, were rescued today": the abduction's own day)
                continue
            dates = own_dates_first(trigger, dates)
            if dates and dates[0].date.precision is DatePrecision.YEAR:
                # "…killed in 2014", "the junta, which seized power in 2022": a year's toll is a
                # tally, and a year is no date ACLED codes an event at (its coarsest is a month)
                continue
            carried = last_date if last_date is not None and last_date.precision is DatePrecision.DAY else None
            if carried is None and later_that_day:
                carried = day_told.date
            if carried is None and events and LIKEWISE.search(sentence) and events[-1].date.precision is DatePrecision.DAY:
                carried = events[-1].date  # "Protests also took place in Mombasa": the same day as the event before
            if carried is None and not dates and follows_event and in_sentence and part_of_the_last(events[-1], sub_event, in_sentence, sentence):
                # "Bomb blasts struck 10 places across the three provinces overnight. ¶ In Pattani's Nong
                # Chik district, a bomb exploded near a police booth": a part of the act just told, on its day
                carried = events[-1].date
            if not found_dead:  # (bodies found are an attack, whoever found them: no fight's sides)
                sub_event = with_codebook_precedence(sub_event, sentence, contexts[sentence_index], actor1, actor2, trigger, typed_by_classifier)
            if sub_event == "Armed clash" and actor2 is not None and actor2.category is ActorCategory.CIVILIANS \
                    and (other := next((a for a in associated if a.category is not None and int(a.category) in ARMED_CATEGORIES
                                        and a.actor_id != (actor1 and actor1.actor_id)), None)) is not None:
                # "Fighting between the army and the RSF … killed 40 civilians": the other side is the RSF; the civilians its dead
                actor2, associated = other, (*[a for a in associated if a is not other], actor2)
            if events and (sub_event == "Non-violent transfer of territory" or (sub_event in ("Change to group/activity", "Other") and trigger.lemma_.lower() in ("withdraw", "retreat")))\
                    and not dates and all(p.level == "country" or one_scene(p, events[-1].location) for p in in_sentence) and events[-1].sub_event_type in GROUND_TAKEN:
                # "The army said troops had withdrawn", after the rebels took the town: the other side
                # of that taking (however many sentences on), not a handover of its own ('"The M23 entered Rubaya … after the Wazalendo withdrew"')
                continue
            if carried is None and not dates and events and event_type_of(sub_event) in DEMONSTRATIONS and events[-1].event_type in DEMONSTRATIONS \
                    and events[-1].date.precision is DatePrecision.DAY and not TOPIC_SHIFT.match(sentence):
                # "Protests spread to Tehran … on Monday. ¶ Security forces fired tear gas at protesters
                # in Tehran": a day of protest told on, across the paragraph break
                carried = events[-1].date
            date = (days_told_together(dates, sentence, span.start_char) or dates[0].date) if dates \
                else (carried or done_by_the_statement(trigger, stated) or dateline or FuzzyDate(DatePrecision.UNKNOWN, ""))
            if (gap := interval_clause(trigger)) is not None:
                date = across_interval(gap, dates, date, events)  # "came a week after the ELN agreed …"
            # a place named earlier in the paragraph sets the scene when the sentence names none
            told = location_of(in_sentence, trigger) or scene(earlier) or city_meant(sentence, filed_from, events, [p for p in scene_places if dateline_end <= p.evidence.start < span.start_char])
            location = refined(told, scene_places, sentence_spans, sentence_index, date.precision is DatePrecision.DAY) \
                or (title_place if not events and sentence_index <= OPENING_SENTENCES else None) \
                or ((events[-1].location or day_told.location) if later_that_day else None) \
                or (events[-1].location if protest_the_same_day(sub_event, date, events) else None) \
                or (events[-1].location if follows_event and (DURING_THE_TOLD.search(sentence) or THE_TOWN_AGAIN.search(sentence)) else None) \
                or (filed_from_capital if NATIONAL_SEATS.search(sentence) else None)  # ("stormed parliament", filed from the capital)
            if location is None and follows_event and event_type_of(sub_event) == events[-1].event_type and CONTINUED.search(sentence):
                # ("Clashes between troops and Fano fighters in Gondar …. Heavy gunfire continued into Sunday": the
                # same fight on another day, at its place, between its sides)
                location, actor1, actor2 = events[-1].location, actor1 or events[-1].actor1, actor2 or events[-1].actor2
            elif follows_event and ALSO_THAT_DAY.search(sentence):
                # ("The assailants also attacked a nearby army detachment the same morning": the same band, near the same place)
                location = location or events[-1].location
                actor1 = events[-1].actor1 if actor1 is None or the_doers(actor1, article.text) else actor1
            if location is None and follows_event and event_type_of(sub_event) in DEMONSTRATIONS and events[-1].event_type in DEMONSTRATIONS \
                    and date.value == events[-1].date.value:
                # ("… arrested 466 people at a protest in central London on Saturday. ¶ Hundreds of demonstrators
                # gathered … holding signs": the protest just told, placed nowhere else, with the hurt it tells:
                # "10 police officers were injured as protesters threw fireworks and stones")
                events[-1], last_event_sentence = escalated(events[-1], sentence, span, doc.actors), sentence_index
                events[-1] = with_missing_figures(events[-1], fatalities, injuries, this_sentence)
                continue
            if location is not None and location.evidence.start >= span.end_char:
                borrowed[len(events)] = told  # a place the next sentences name, unless it is theirs
            actor1, actor2 = abroad(actor1, location), abroad(actor2, location)
            if sub_event == "Government regains territory" and actor1 is not None and actor1.category is ActorCategory.EXTERNAL_OTHER:
                sub_event = "Non-state actor overtakes territory"  # ACLED: foreign forces taking ground overtake it; they regain none
            # "The guerrillas then blew up …" after "FMLN guerrillas attacked …": the FMLN
            home = next((p.country_code for p in filed_from if p.country_code), None)
            actor1, actor2 = named_again(actor1, doc.actors, article.text, home), named_again(actor2, doc.actors, article.text, home)
            if event_type_of(sub_event) in DEMONSTRATIONS:
                actor1, actor2, associated = demonstration_sides(sub_event, actor1, actor2, associated, demonstrators_of(sub_event, trigger, article, STAGE))
            if (whole := spread_event_told(events, follows_event, actor1, trigger, sentence, in_sentence)) is not None:
                # "In Kyiv, 22 people were killed" after "Russia fired 40 missiles at cities across
                # Ukraine": that strike's part there, by its doer, on its day when the sentence gives none
                sub_event, actor1, actor2 = whole.sub_event_type, whole.actor1, actor2 or whole.actor2
                date = whole.date if without_own_day(date) else date
            last_event_sentence = sentence_index
            events.append(
                Event(
                    event_type=event_type_of(sub_event),
                    sub_event_type=sub_event,
                    evidence=this_sentence,
                    date=date,
                    actor1=actor1,
                    actor2=actor2,
                    associated_actors=associated,
                    location=location,
                    fatalities=fatalities,
                    injuries=injuries,
                    civilian_targeting=sub_event in ("Attack", "Abduction/forced disappearance", "Sexual violence") or bool(actor2 and actor2.category is not None and int(actor2.category) == 7),
                    trigger=trigger.text,
                    confidence=0.6 if fatalities or dates else 0.45,
                )
            )
            if (before := act_a_development_followed(events[-1], span, earlier_acts, found_dates, doc.actors, scene_places, STAGE)) is not None:
                events[-1:] = [before, events[-1]]  # (the development kept none of the act's day or figures: see earlier_days)
            if event_type_of(sub_event) in VIOLENT_TYPES and (act := second_act(span, trigger, [d for d in found_dates if d not in stated])) is not None:
                events[-1:] = told_in_two_clauses(events[-1], act, span, trigger, doc.actors, scene_places, article.text, STAGE)
            if fatalities is not None and event_type_of(sub_event) in VIOLENT_TYPES:
                events[-1:] = split_by_places(events[-1], sentence, span.start_char, in_sentence)
            if event_type_of(sub_event) in DEMONSTRATIONS and fatalities is None and injuries is None:
                # "Demonstrations were also held in Mombasa, Kisumu and Eldoret": one event a town
                events += [dataclasses.replace(events[-1], location=town) for town in listed_with(location, in_sentence, article.text)]
        events = unborrowed(events, borrowed)
        events = with_claims_told_first(supersede_tolls(events, toll_updates), claims_first)
        events = with_headline_toll(told_again_merged(bare_strikes_typed(without_summaries(events))), article, STAGE)
        doc.events = with_story_country(events, doc.places)
        return doc
