"""Events in reports from other wars, written for the project: who did it when the subject has
a possessor or the doer sits in a "when" clause, who reports it, where a sea or a "…'s capital"
is, days counted from an earlier event, and sentences that only add to the event before them."""

import pytest

import conflictlens
from conflictlens.model import ActorCategory, DatePrecision

pytestmark = pytest.mark.model


def events_of(text, settings, published="2024-03-14"):
    return conflictlens.analyze(text, published=published, settings=settings).events


def test_the_subject_head_is_the_doer_not_its_possessor(settings):
    text = "Yemen's Houthi rebels fired a ballistic missile at a cargo ship in the Gulf of Aden on Tuesday, the US military said."
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.actor_id == "houthis"
    assert event.location is not None and event.location.name == "Gulf of Aden"  # a sea is a place


def test_a_country_on_the_warplanes_is_the_doer_not_the_place(settings):
    text = "US and British warplanes struck rebel targets in Hodeidah province late on Tuesday, the rebels' television said."
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.country_code == "US"
    assert event.location is not None and event.location.country_code == "YE"


def test_the_doer_in_a_when_clause_and_a_countrys_capital(settings):
    text = (
        "MOGADISHU - At least seven people were killed when al-Shabaab fighters stormed a restaurant "
        "in Somalia's capital on Monday night, police said."
    )
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.actor_id == "al-shabaab"
    assert event.location is not None and event.location.name == "Mogadishu"


def test_the_dead_and_the_reporter_are_not_the_doer(settings):
    text = "A roadside bomb struck an army truck in Lower Shabelle region on Sunday, killing four soldiers, a military officer said."
    [event] = events_of(text, settings)
    assert event.actor1 is None  # the soldiers died; the officer told it
    text = "In the Belgorod border region, Ukrainian shelling wounded two civilians on Sunday, Russia's regional governor said."
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.country_code == "UA"


def test_a_region_after_the_town_picks_its_namesake(settings):
    # Odesa named twice would otherwise draw the name to a namesake in the Odesa region
    text = (
        "Drones hit Odesa on Tuesday. Officials in Odesa said the port was damaged.\n\n"
        "Russian forces captured the village of Novoselivka in the Donetsk region on Wednesday, the defence ministry said."
    )
    captured = events_of(text, settings)[-1]
    assert captured.location is not None and captured.location.admin1 == "Donetsk Oblast"


def test_days_counted_from_the_event_already_dated(settings):
    text = (
        "Gunmen killed five villagers in Borno state on Monday, residents said.\n\n"
        "A day earlier, a bomb exploded at a market in Maiduguri, killing two traders, police said."
    )
    first, second = events_of(text, settings)
    assert str(first.date.value) == "2024-03-11"
    assert second.date.precision is DatePrecision.DAY and str(second.date.value) == "2024-03-10"


def test_the_attack_named_again_gives_the_day_it_lacked(settings):
    text = (
        "An air strike by the military on a village in Sagaing region killed at least 20 people, residents said.\n\n"
        "The attack hit the village on Tuesday morning as people gathered at a school."
    )
    [event] = events_of(text, settings)
    assert event.date.precision is DatePrecision.DAY and str(event.date.value) == "2024-03-12"


def test_a_sentence_that_only_names_the_victims_adds_to_the_event_before(settings):
    text = (
        "A drone attack on the port city of Odesa killed three people on Wednesday, officials said.\n\n"
        "A woman and her two children were killed and seven others injured, the regional governor said."
    )
    [event] = events_of(text, settings)
    assert event.fatalities.best == 3 and event.injuries.best == 7


def test_a_later_sentence_that_turns_to_another_event_keeps_its_place(settings):
    text = (
        "Air defences shot down 20 drones overnight, the air force said.\n\n"
        "Meanwhile, Russian forces captured the village of Novoselivka in the Donetsk region, the defence ministry said."
    )
    shot_down, captured = events_of(text, settings)
    assert captured.location is not None and captured.location.name == "Novoselivka"
    assert shot_down.location is None


def test_protests_told_in_the_past_at_named_towns_happened(settings):
    text = (
        "NAIROBI, March 12 - Police fired live rounds at protesters in Nairobi on Tuesday, killing at least three people.\n\n"
        "Protests also took place in Mombasa and Kisumu, where crowds marched against tax increases."
    )
    events = events_of(text, settings)
    protest = next(e for e in events if e.location is not None and e.location.name == "Mombasa")
    assert protest.sub_event_type == "Peaceful protest"
    assert protest.actor1 is not None and protest.actor1.category is ActorCategory.PROTESTERS
    assert str(protest.date.value) == "2024-03-12"  # "also": the day of the event before


def test_a_wars_toll_and_a_month_in_the_dateline_are_no_events(settings):
    text = (
        "BAMAKO, March 4 (Demo Wire) - The army said on Monday it had killed 12 militants near Djenne.\n\n"
        "Coalition air strikes killed thousands of civilians during the war, rights groups say."
    )
    [event] = events_of(text, settings)
    assert event.trigger != "March" and event.fatalities.best == 12


def test_a_dateline_under_the_headline_places_and_dates_the_report(settings):
    title = "Rebels seize town in eastern Congo"
    text = title + "\n\nGOMA, Democratic Republic of Congo, March 12 (Demo Wire) - Rebels seized the town of Rubaya in North Kivu province on Tuesday after heavy fighting with troops, residents said."
    analysis = conflictlens.analyze(text, published="2024-05-30", title=title, settings=settings)
    [event] = analysis.events
    assert event.location is not None and event.location.name != "Goma"  # where it was filed, not where it happened
    assert str(event.date.value) == "2024-03-12"  # "Tuesday" counted from the dateline's day, not from a later publication


def test_a_gang_that_burns_and_kills_is_an_attack_by_a_generic_gang_not_the_african_union(settings):
    text = "PORT-AU-PRINCE, Haiti (Demo Wire) - Gang members set fire to dozens of homes and killed at least 30 people in the Solino neighbourhood on Monday, residents said."
    [event] = events_of(text, settings)
    assert event.sub_event_type == "Attack"
    assert event.actor1 is not None and event.actor1.actor_id == "generic:gangs" and event.actor1.generic


def test_the_doer_a_claim_or_the_speaker_names(settings):
    text = (
        "A suicide bomber rammed a car into a police checkpoint in Bannu on Thursday, killing nine officers, officials said.\n\n"
        "The attack was claimed by the Pakistani Taliban, known as the TTP."
    )
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.actor_id == "ttp"
    [event] = events_of("Hezbollah said on Sunday it fired rockets at a military base in northern Israel.", settings)
    assert event.actor1 is not None and event.actor1.actor_id == "hezbollah"


def test_an_asides_period_neither_dates_nor_tallies_the_event(settings):
    text = "The army, which has been fighting the RSF since April 2023, said its warplanes had struck RSF positions near El Fasher on Sunday, killing dozens of fighters."
    [event] = events_of(text, settings)
    assert event.date.precision is DatePrecision.DAY
    assert event.actor1 is not None and event.actor1.category is ActorCategory.STATE_FORCES
    # a background event dated only to a year is none ACLED could code
    assert not events_of("The ruling junta, which seized power in 2022, has promised to restore security.", settings)


def test_a_raid_told_over_three_sentences_is_one_event(settings):
    text = (
        "KANO, Nigeria - Armed bandits abducted at least 20 people in a night raid on a village in Katsina State, residents said on Friday.\n\n"
        "The gunmen arrived on motorcycles on Wednesday and went from house to house, a local official said. "
        "Two villagers who tried to flee were shot dead."
    )
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.actor_id == "generic:bandits"  # the lede parsed apart from its dateline
    assert str(event.date.value) == "2024-03-13" and event.fatalities.best == 2


def test_an_event_noun_keeps_its_own_date_under_a_reporting_verb_and_kin_are_counted(settings):
    text = "Police confirmed a suicide bombing at a mosque in Herat in September that killed at least six worshippers."
    [event] = events_of(text, settings)
    assert event.date.precision is DatePrecision.MONTH and event.date.value.month == 9
    text = "Armed men opened fire on a village in Bishnupur district on Wednesday night, killing a farmer and his two sons, police said."
    [event] = events_of(text, settings)
    assert event.fatalities.best == 3


def test_clashes_between_two_sides_and_the_fighting_named_again(settings):
    text = (
        "At least 22 fighters were killed in clashes between government forces and rebels in Idlib province on Thursday, a monitor said. "
        "The fighting, near the town of Saraqeb, left 13 government fighters and nine rebels dead."
    )
    [event] = events_of(text, settings)
    assert event.actor1 is not None and event.actor1.category is ActorCategory.STATE_FORCES
    assert event.actor2 is not None and event.actor2.actor_id == "generic:rebels"
    assert event.location is not None and event.location.name == "Saraqib"  # the province made precise
    [event] = events_of("Rebel shelling killed two children in the government-held Hamdaniyeh district of Aleppo on Friday.", settings)
    assert event.actor2 is None or event.actor2.category is not ActorCategory.STATE_FORCES  # "government-held" is a place


def test_claimed_lives_is_a_toll_and_a_definite_event_with_nothing_before_is_its_report(settings):
    [event] = events_of("An airstrike on the town of Tabqa claimed lives of eight civilians on Sunday, local media reported.", settings)
    assert event.fatalities.best == 8
    # the headline told it; the body's first word on it is definite
    [event] = events_of("The fighting flared up in eastern Deir ez-Zor province on Sunday and continued into Monday.", settings)
    assert event.sub_event_type == "Armed clash" and event.location is not None


def test_a_retelling_with_no_act_word_is_no_event_and_an_announced_ceasefire_is_dated(settings):
    text = (
        "A missile hit an apartment building in Kharkiv on Saturday, killing seven people, the governor said.\n\n"
        "Russia's defence ministry said its forces had struck 'military infrastructure' in the city."
    )
    [event] = events_of(text, settings)
    assert event.fatalities.best == 7
    [event] = events_of("A ceasefire was announced on Tuesday afternoon after mediation by tribal elders in Tripoli.", settings)
    assert event.sub_event_type == "Agreement" and str(event.date.value) == "2024-03-12"


def test_a_bomb_that_went_off_is_remote_violence_whatever_it_hit(settings):
    text = "Two vehicles were destroyed and an office was heavily damaged following the explosion of two bombs in the town of Quetta on Monday afternoon."
    [event] = events_of(text, settings)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    text = "Unidentified men set off bombs at the university campus in Peshawar on Tuesday, police said."
    [event] = events_of(text, settings)
    assert event.event_type == "Explosions/Remote violence"


def test_arrests_told_after_a_demonstration_are_part_of_it(settings):
    text = (
        "CONAKRY, March 12 (Demo Wire) - Security forces shot dead two young men during an opposition protest in Conakry on Monday, a rights group said.\n\n"
        "Dozens were arrested, the government said."
    )
    [event] = events_of(text, settings)
    assert event.event_type == "Protests" and event.fatalities.best == 2


def test_city_and_region_words_pick_the_namesake_and_one_victim_killed(settings):
    text = (
        "Russian shelling killed four civilians in the Kherson and Zaporizhzhia regions on Sunday night, officials said.\n\n"
        "In Kherson city, a shell hit a residential building on Sunday, killing a 70-year-old man, the governor said."
    )
    round_up, city = events_of(text, settings)
    assert round_up.location is not None and round_up.location.level == "region"
    assert city.location is not None and city.location.level == "point" and city.fatalities.best == 1


def test_a_world_region_in_a_groups_name_is_no_events_place(settings):
    text = "The Islamic State of Iraq and the Levant executed 40 men in Syria on Sunday, a monitor said."
    [event] = events_of(text, settings)
    assert event.location is not None and event.location.name == "Syria"  # not "the Levant"
    # a source named right before its verb is no place, comma or not (scrapes lose them)
    text = "US airstrikes in northwestern Syria killed 11 civilians including four children Al Jazeera reported on Wednesday."
    [event] = events_of(text, settings)
    assert event.location is None or event.location.name != "Jazira"


def test_the_militants_named_again_are_the_group_named_before(settings):
    from conflictlens.serialize import event_to_dict
    from conflictlens.store.rows import event_row

    text = (
        "Boko Haram fighters attacked the town of Gwoza on Monday, residents said. "
        "The militants burned dozens of homes and killed six people in a nearby village on Tuesday."
    )
    second = events_of(text, settings)[-1]
    assert second.actor1 is not None and second.actor1.actor_id == "boko-haram" and not second.actor1.generic
    assert second.actor1.evidence.text == "militants" and second.actor1.antecedent.text == "Boko Haram"
    assert event_row(second)["actor1_antecedent"]["text"] == "Boko Haram"
    assert event_to_dict(second)["actor1"]["antecedent"]["start"] == text.index("Boko Haram")


def test_unnamed_or_ambiguous_generics_stay_generic(settings):
    # no article: new, unnamed militants; gunmen are what a report calls those it cannot name
    for text in ("Boko Haram fighters attacked Gwoza on Monday. Militants killed six people in Bama on Tuesday.",
                 "Boko Haram fighters attacked Gwoza on Monday. The gunmen killed six people in Bama on Tuesday.",
                 # two groups of the kind named before: the report does not say which
                 "Boko Haram and ISWAP fighters clashed near Gwoza on Monday. The militants killed six people in Bama on Tuesday."):
        last = events_of(text, settings)[-1]
        assert last.actor1 is not None and last.actor1.generic, text


def test_the_latest_in_a_series_on_a_day_is_an_event_in_the_holders_country(settings):
    text = "A car bomb killed 12 people in the Mogadishu district of Hodan on Tuesday, the latest in a spate of blasts in the capital."
    [event] = events_of(text, settings)
    assert event.fatalities.best == 12 and event.date.value.isoformat() == "2024-03-12"
    # a district the gazetteer lacks in Somalia is not the French Houdan: the event stays in the city
    assert event.location is not None and event.location.country_code == "SO"
    # with no day, the series is many events the report sums up
    assert events_of("Al-Shabaab has claimed a spate of bomb attacks in Mogadishu.", settings) == ()


def test_an_event_told_twice_is_one_event_with_both_figures(settings):
    text = ("Air strikes killed 20 civilians in the town of Saraqeb in Idlib province on Monday, a monitor said. "
            "State media said 12 people were killed in air raids on Saraqeb on Monday and blamed rebels for the deaths.")
    [event] = events_of(text, settings)
    assert event.fatalities.best == 20 and [o.quantity.best for o in event.other_estimates] == [12]
    assert event.other_estimates[0].evidence.text.startswith("State media said 12")
    assert event.actor1 is None  # the rebels were blamed, not reported as the doer
    text = ("Gunmen killed seven villagers in Zamfara state on Sunday, police said. Local residents said at least 11 people "
            "died when the gunmen stormed the village of Kaura Namoda on Sunday.")
    [event] = events_of(text, settings)
    assert event.location.name == "Kaura Namoda"  # the village the second telling names
    assert event.fatalities.best == 7 and [o.quantity.best for o in event.other_estimates] == [11]


def test_a_smaller_toll_in_a_town_is_a_part_not_the_event_again(settings):
    text = ("Air strikes killed 39 people across Idlib province on Monday, a monitor said. "
            "In Saraqeb, air strikes killed three people on Monday.")
    events = events_of(text, settings)
    assert [e.fatalities.best for e in events] == [39, 3]
