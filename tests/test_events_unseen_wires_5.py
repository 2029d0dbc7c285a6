"""Reports written for the project in current style (Ukraine's regional round-ups, Bangladesh,
Somalia, Cameroon, Papua New Guinea, Pakistan's military statements, Kyrgyzstan and Tajikistan,
Honduras, France, Brazil, India and Pakistan, Iran): a nationwide lede that gives way to its
towns, the same act's hurt in a conjoined clause, a statement's bare weekday, a hospital that
is not the scene, figures of speech and drills, a crowd's grievance, a lede dated by the
sentence after it, and states whose forces the dictionary had not known."""

import pytest

import conflictlens

pytestmark = pytest.mark.model


def analyze(text, settings, published):
    return conflictlens.analyze(text, published=published, settings=settings)


def test_a_nationwide_lede_gives_way_to_its_towns_on_the_same_day(settings):
    roundup = (
        "Russian strikes over the past day killed four civilians and wounded 15 across Ukraine, regional governors "
        "said on the morning of Sept. 3.\n\n"
        "Donetsk Oblast: Russian forces shelled the region, killing two people in Pokrovsk and one in Kurakhove, "
        "Governor Vadym Filashkin said.\n\n"
        "Sumy Oblast: A Russian drone attack on the village of Khotin killed one woman, the regional military "
        "administration reported."
    )
    events = analyze(roundup, settings, "2024-09-03").events
    # ACLED codes one event a day and place: "across Ukraine" is no place, its towns are
    assert sorted((e.location.name, e.fatalities.best) for e in events) == [("Khotin", 1), ("Kurakhove", 1), ("Pokrovsk", 2)]
    # the towns take the lede's day ("over the past day": the day before the report)
    assert {e.date.value.isoformat() for e in events} == {"2024-09-02"}


def test_a_lede_in_one_city_keeps_its_toll_when_parts_are_told_in_its_quarters(settings):
    aleppo = (
        "At least nine civilians were killed in rebel shelling of Aleppo on Sunday, state media said.\n\n"
        "Five people were killed in the Hamdaniyeh district, and four in the New Aleppo neighbourhood, it said."
    )
    events = analyze(aleppo, settings, "2016-08-14").events
    # one city, one day: the lede is ACLED's one event
    assert events[0].fatalities.best == 9 and events[0].location.name == "Aleppo"


def test_each_town_counted_in_one_clause_gets_its_own_count(settings):
    text = "Russian shelling killed two people in Nikopol and one in Marhanets on Tuesday, the governor said."
    events = analyze(text, settings, "2024-05-08").events
    assert sorted((e.location.name, e.fatalities.best) for e in events) == [("Marhanets", 1), ("Nikopol", 2)]


def test_a_toll_with_an_aside_between_count_and_verb(settings):
    text = (
        "DHAKA - At least 56 people, including nine policemen, were killed across Bangladesh on Monday as "
        "protesters clashed with police, officials said."
    )
    [event] = analyze(text, settings, "2024-08-05").events
    assert event.fatalities.best == 56
    assert event.fatalities.victims is None  # "people": the policemen are only a part of them


def test_the_same_act_s_hurt_in_a_conjoined_clause_and_a_statement_s_bare_weekday(settings):
    lido = (
        "MOGADISHU - At least 20 people were killed and 41 others injured when al-Shabaab militants attacked a "
        "seafront hotel in Mogadishu on Thursday night, police said Friday."
    )
    [event] = analyze(lido, settings, "2024-03-15").events
    assert (event.fatalities.best, event.injuries.best) == (20, 41)
    # "police said Friday" dates the statement; the attack was on Thursday
    assert event.date.value.isoformat() == "2024-03-14"
    # militants who attack a hotel attack civilians: no one fought back
    assert event.sub_event_type == "Attack" and event.actor1.actor_id == "al-shabaab"


def test_security_forces_who_killed_the_attackers_are_no_claimant_s_doers(settings):
    text = (
        "Gunmen stormed a hotel in Kismayo on Friday, killing nine people, police said.\n\n"
        "Security forces killed four attackers and arrested two. Al-Shabaab claimed responsibility for the attack."
    )
    events = analyze(text, settings, "2024-07-12").events
    assert events[0].actor1.actor_id == "al-shabaab"
    assert all(e.actor1.actor_id != "al-shabaab" for e in events[1:])


def test_a_hospital_where_the_wounded_were_taken_is_not_the_scene(settings):
    text = (
        "A riot at a prison in Tamara, Honduras, left at least 12 inmates dead on Saturday, officials said.\n\n"
        "Five inmates were taken to a hospital in Tegucigalpa with gunshot and stab wounds."
    )
    [event] = analyze(text, settings, "2023-07-01").events
    assert event.location.name == "Támara"


def test_a_place_struck_is_the_scene_even_when_it_is_a_hospital(settings):
    text = "Shelling by the Rapid Support Forces hit the Saudi Hospital in El Fasher on Friday, killing nine people."
    [event] = analyze(text, settings, "2024-06-08").events
    assert event.location.name == "El Fasher"


def test_where_captives_were_taken_is_not_the_scene(settings):
    text = (
        "KASESE - ADF rebels attacked a village in Kasese District on Friday night, killing 12 people, police said.\n\n"
        "The attackers burned houses and abducted four others whom they took across the border into the "
        "Democratic Republic of Congo's Virunga National Park."
    )
    events = analyze(text, settings, "2023-06-17").events
    assert all(e.location is None or e.location.country_code == "UG" for e in events)


def test_a_stop_word_is_never_a_country(settings):
    text = (
        "Gang members set fire to a cell block at a prison in Tamara, Honduras, on Tuesday, killing 15 inmates. "
        "Some victims were also shot."
    )
    events = analyze(text, settings, "2023-06-20").events
    assert all(e.location is not None and e.location.country_code == "HN" for e in events)


def test_an_attack_on_a_budget_is_a_figure_of_speech(settings):
    text = (
        "Opposition leaders attacked the government's budget on Wednesday, saying its spending cuts would hit "
        "families hardest. The finance minister fired back in parliament."
    )
    assert list(analyze(text, settings, "2024-03-06").events) == []


def test_a_mock_drill_simulating_an_attack_is_no_event(settings):
    text = (
        "MUMBAI - Police commandos on Thursday held a mock drill simulating a terror attack at the city's main "
        "railway station, officials said. Two mock attackers were neutralised during the exercise."
    )
    assert list(analyze(text, settings, "2024-08-08").events) == []


def test_what_a_crowd_protests_against_is_not_the_sentence_s_event(settings):
    text = (
        "Security forces killed at least 40 people when they opened fire on protesters in the city of Zahedan on "
        "Friday, a rights group said.\n\n"
        "The crackdown began after Friday prayers, when worshippers gathered outside a police station to protest "
        "against the alleged rape of a teenage girl by a police commander in the port city of Chabahar."
    )
    events = analyze(text, settings, "2022-10-01").events
    # the alleged rape is the crowd's grievance, told in passing: no sexual violence event in Chabahar
    assert [e.location.name for e in events] == ["Zahedan"]


def test_a_lede_with_no_day_takes_the_day_of_the_next_sentence_that_tells_it(settings):
    text = (
        "YAOUNDÉ - Suspected separatist fighters killed at least 11 people in an attack on a village in "
        "Cameroon's Northwest region, officials said Wednesday.\n\n"
        "The assailants stormed Nkambe on Monday night, setting houses on fire and shooting residents who tried to "
        "flee.\n\n"
        "Six others were wounded."
    )
    [event] = analyze(text, settings, "2023-11-08").events
    assert event.date.value.isoformat() == "2023-11-06"
    assert (event.fatalities.best, event.injuries.best) == (11, 6)


def test_the_dead_named_again_give_a_dateline_dated_lede_its_day(settings):
    text = (
        "PORT MORESBY, March 4 (Reuters) - At least 26 people were shot dead in an ambush in Papua New Guinea's "
        "highlands, police said on Monday.\n\n"
        "The men were killed on Saturday near Wabag in Enga province as two clans fought over land, police said."
    )
    events = analyze(text, settings, "2024-03-04").events
    assert len(events) == 1
    assert events[0].date.value.isoformat() == "2024-03-02" and events[0].fatalities.best == 26
    # "Papua New Guinea's highlands" is a place, not the country's government
    assert events[0].actor2 is None


def test_a_military_statement_s_opening_sets_the_scene_and_its_idioms_count(settings):
    ispr = (
        "RAWALPINDI - On 14 May 2024, security forces conducted an intelligence based operation in North "
        "Waziristan District on reported presence of khwarij.\n\n"
        "During the operation, own troops effectively engaged the khwarij location and, after an intense exchange "
        "of fire, five khwarij were sent to hell, the ISPR said."
    )
    [event] = analyze(ispr, settings, "2024-05-15").events
    assert event.fatalities.best == 5
    assert event.date.value.isoformat() == "2024-05-14"
    assert event.location.name == "North Waziristan"
    # "khwarij": Pakistan's official name for the TTP
    assert event.actor2.actor_id == "ttp"


def test_a_toll_from_border_clashes_is_a_clash_not_a_disaster(settings):
    text = (
        "BISHKEK - The death toll from border clashes between Kyrgyzstan and Tajikistan rose to nearly 100 on Sunday, "
        "as the two Central Asian states accused each other of starting the worst fighting in years."
    )
    [event] = analyze(text, settings, "2022-09-18").events
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 100


def test_states_whose_forces_were_missing_from_the_dictionary(settings):
    text = (
        "Tajik border guards and Kyrgyz troops exchanged fire near the village of Ak-Sai on Friday, killing two "
        "soldiers, officials said."
    )
    [event] = analyze(text, settings, "2022-09-17").events
    assert {event.actor1.actor_id, event.actor2.actor_id} == {"tajikistan-military", "kyrgyzstan-military"}


def test_a_teenager_shot_dead_by_a_police_officer_is_an_attack(settings):
    text = "The teenager, named as Nahel M., was shot dead by a police officer during a traffic stop on Tuesday."
    [event] = analyze(text, settings, "2023-06-30").events
    assert event.sub_event_type == "Attack" and event.fatalities.best == 1


def test_a_state_that_launches_missile_strikes_acts_through_its_forces(settings):
    text = (
        "ISLAMABAD - India launched missile strikes on six locations in Pakistan late Tuesday night, killing 26 "
        "civilians, the military's spokesman said on Wednesday."
    )
    [event] = analyze(text, settings, "2025-05-07").events
    assert event.actor1.actor_id == "india-military"


def test_a_possessive_place_named_by_the_model_with_its_s_and_an_operation_s_target(settings):
    text = (
        "A large police operation against the Comando Vermelho drug gang in Rio de Janeiro's northern favelas killed "
        "at least 22 people on Tuesday, including two police officers, state authorities said."
    )
    [event] = analyze(text, settings, "2025-10-28").events
    assert event.location.name == "Rio de Janeiro"
    # the operation's maker started it; what it was against is the target, not the officers killed
    assert event.actor1.actor_id == "generic:police" and event.actor2.actor_id == "comando-vermelho"


def test_a_governor_s_report_of_a_guided_bomb_is_no_claim_of_responsibility(settings):
    text = "A Russian guided bomb attack on the village of Kozacha Lopan killed one man, Governor Oleh Syniehubov reported."
    [event] = analyze(text, settings, "2024-08-12").events
    assert event.sub_event_type == "Air/drone strike" and event.fatalities.best == 1


def test_fighting_that_broke_out_after_a_detention_is_a_clash_and_names_the_lede_s_sides(settings):
    tripoli = (
        "TRIPOLI, May 14 (Xinhua) -- At least 8 people were killed in armed clashes between two rival militias in "
        "the Libyan capital Tripoli, the health ministry said Tuesday.\n\n"
        "The fighting broke out on Monday night between the 444th Brigade and the Special Deterrence Force after "
        "the latter detained one of the former's commanders."
    )
    [event] = analyze(tripoli, settings, "2024-05-14").events
    # the detention is the cause, told "after"; the fighting is the event, on Monday
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 8
    assert event.date.value.isoformat() == "2024-05-13"
    assert {event.actor1.actor_id, event.actor2.actor_id} == {"444th-brigade", "radaa"}


def test_who_condemns_a_killing_is_no_side_in_it_and_the_condemnation_s_day_not_its_day(settings):
    text = (
        "The head of a United Nations agency condemned on Friday the killing of two of its staff members in an air "
        "strike in Gaza last week."
    )
    [event] = analyze(text, settings, "2024-05-10").events
    assert event.actor1 is None
    assert event.date.phrase == "last week"


def test_people_shot_dead_in_a_city_where_police_met_protesters_are_that_protest_s_dead(settings):
    text = (
        "NAIROBI - Kenyan police fired tear gas at thousands of protesters in central Nairobi on Tuesday as "
        "demonstrations against tax increases spread.\n\n"
        "Protesters also marched in Mombasa and Kisumu, witnesses said.\n\n"
        "Three people were shot dead in Nairobi, a rights group said."
    )
    events = analyze(text, settings, "2024-06-25").events
    nairobi = [e for e in events if e.location.name == "Nairobi"]
    assert len(nairobi) == 1 and nairobi[0].fatalities.best == 3
    assert nairobi[0].sub_event_type == "Excessive force against protesters"


def test_a_bus_under_fire_from_militants_is_their_attack(settings):
    text = (
        "SRINAGAR - A bus carrying pilgrims came under fire from suspected militants in Reasi district on Sunday, "
        "wounding 20 people, police said."
    )
    [event] = analyze(text, settings, "2024-06-10").events
    assert event.sub_event_type == "Attack" and event.actor1.actor_id == "generic:militants"


def test_a_period_s_start_in_a_comparison_does_not_date_the_act(settings):
    text = (
        "YEREVAN - Armenia said at least 15 of its soldiers were killed on Tuesday when Azerbaijani forces shelled "
        "positions near the border, in the worst fighting between the two since 2020."
    )
    [event] = analyze(text, settings, "2022-09-13").events
    assert event.date.value.isoformat() == "2022-09-13" and event.fatalities.best == 15


def test_a_region_s_possessive_the_model_calls_an_organisation_is_a_place(settings):
    text = (
        "JUBA - At least 12 people were killed in cattle raids in Jonglei State's Akobo County on Sunday, the county "
        "commissioner said."
    )
    [event] = analyze(text, settings, "2023-05-16").events
    assert event.location.name == "Jonglei State"
    assert not any(a.actor_id.startswith("unlisted:") for a in (event.actor1, event.actor2) if a is not None)


def test_a_claim_names_the_group_not_its_patron(settings):
    text = (
        "BAMAKO - Jihadists attacked a military camp in Bamako at dawn on Tuesday, the army said.\n\n"
        "The al-Qaeda-linked Group to Support Islam and Muslims (JNIM) claimed responsibility for the attack."
    )
    [event] = analyze(text, settings, "2024-09-17").events
    assert event.actor1.actor_id == "jnim"


def test_dissidents_of_the_former_farc_are_the_dissidents(settings):
    text = (
        "BOGOTA - The Colombian army killed seven dissidents of the former FARC guerrilla group in clashes in the "
        "department of Cauca on Thursday, the defence ministry said."
    )
    [event] = analyze(text, settings, "2024-06-14").events
    assert event.actor2.actor_id == "farc-dissidents"


def test_a_capital_stays_the_capital_in_a_story_that_names_another_country(settings):
    text = (
        "A court in Dhaka on Monday sentenced a former minister to death in absentia. The former minister, who fled "
        "to India last year, rejected the verdict.\n\n"
        "Police fired tear gas at his supporters who tried to march on the court in Dhaka."
    )
    places = [p for p in analyze(text, settings, "2025-11-17").places if p.evidence.text == "Dhaka"]
    assert places and all(p.country_code == "BD" for p in places)


def test_what_analysts_make_of_events_is_no_event(settings):
    text = "Analysts say the army's recapture of the capital in March has pushed the rebels to regroup in the west."
    assert list(analyze(text, settings, "2025-04-15").events) == []


def test_an_ambush_by_the_fallen_regime_s_loyalists_and_a_killing_of_a_minority(settings):
    text = (
        "DAMASCUS - Security forces killed more than 60 members of the Alawite minority in the coastal region on "
        "Friday, a war monitor said.\n\n"
        "The killings followed an ambush by Assad loyalists on security forces near Jableh on Thursday that killed "
        "nine members of the security forces, the interior ministry said."
    )
    events = analyze(text, settings, "2025-03-08").events
    assert events[0].sub_event_type == "Attack" and events[0].fatalities.best == 60
    ambush = next(e for e in events if e.fatalities is not None and e.fatalities.best == 9)
    assert ambush.actor1.actor_id == "assad-loyalists"


def test_a_town_the_text_calls_a_city_is_a_place_inside_a_mistagged_organisation(settings):
    text = (
        "KYIV, Ukraine (AP) — A Russian ballistic missile struck the centre of the northeastern Ukrainian city of "
        "Sumy on Palm Sunday morning, killing at least 20 people, officials said."
    )
    [event] = analyze(text, settings, "2025-04-13").events
    assert event.location.name == "Sumy"


def test_a_state_s_execution_of_a_convict_is_no_event(settings):
    text = (
        "Iranian authorities on Thursday executed a man convicted over the killing of a security officer during the "
        "2022 protests, the judiciary's news agency reported."
    )
    assert list(analyze(text, settings, "2024-08-08").events) == []


def test_fire_on_a_crowd_that_was_not_demonstrating_is_an_attack(settings):
    text = (
        "Israeli troops opened fire on crowds of Palestinians waiting for food near an aid distribution site in "
        "southern Gaza on Tuesday, killing at least 19 people, the health ministry said."
    )
    [event] = analyze(text, settings, "2025-06-03").events
    assert event.sub_event_type == "Attack"


def test_police_hurt_at_a_protest_are_that_protest_s_hurt(settings):
    text = (
        "Police on Wednesday used tear gas and water cannon to disperse hundreds of students protesting in Colombo, "
        "a police spokesman said.\n\n"
        "At least 12 students were detained and 4 police officers injured, he said."
    )
    [event] = analyze(text, settings, "2023-03-08").events
    assert event.sub_event_type == "Protest with intervention" and event.injuries.best == 4


def test_one_named_dead_and_another_are_two(settings):
    text = "An Israeli drone strike on a car in southern Lebanon killed a Hezbollah commander and another man on Wednesday."
    [event] = analyze(text, settings, "2025-06-04").events
    assert event.fatalities.best == 2


def test_farmers_who_protest_are_protesters_and_what_they_protest_against_is_no_side(settings):
    text = (
        "Thousands of farmers drove tractors into central Brussels on Thursday to protest against EU agricultural "
        "policy, setting fires and pelting the European Parliament with eggs, police said."
    )
    [event] = analyze(text, settings, "2024-02-01").events
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.actor_id == "generic:rioters" and event.actor2 is None
    assert any(a.actor_id == "generic:villagers" for a in event.associated_actors)


def test_a_city_named_with_city_in_a_story_about_another_country(settings):
    text = "Israel carried out air strikes on Gaza City on Monday, killing 12 people, Israeli media reported."
    [event] = analyze(text, settings, "2024-05-08").events
    assert event.location is not None and event.location.name == "Gaza"
    assert event.actor1.actor_id == "israel-military"  # a state that carries out strikes acts through its forces


def test_the_group_a_statement_blames_in_the_same_sentence_is_the_doer(settings):
    text = (
        "PORT SUDAN - A drone struck a fuel depot in Port Sudan early on Sunday, setting it ablaze, the Sudanese "
        "army said, blaming the paramilitary Rapid Support Forces."
    )
    [event] = analyze(text, settings, "2025-05-04").events
    assert event.actor1.actor_id == "rsf"
