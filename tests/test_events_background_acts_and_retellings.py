"""Acts told in passing inside another event's sentence, and later sentences that tell an event
again: from short reports written for the project (stop 26)."""

import datetime as dt

import pytest


@pytest.mark.model
def test_an_act_a_relative_clause_tells_on_its_own_day_is_its_own_event(read_events):
    text = ("BEIRUT, Aug 6 (Reuters) - An Israeli drone strike hit a car near the town of Tyre on Tuesday, killing a "
            "Hezbollah commander the Israeli military blamed for a rocket attack that killed two soldiers in the town "
            "of Metula on Sunday.")
    events = read_events.events(text, "2024-08-06")
    by_type = {e.sub_event_type: e for e in events}
    assert set(by_type) == {"Air/drone strike", "Shelling/artillery/missile attack"}
    strike, rockets = by_type["Air/drone strike"], by_type["Shelling/artillery/missile attack"]
    assert strike.date.value == dt.date(2024, 8, 6) and strike.fatalities.best == 1
    assert rockets.date.value == dt.date(2024, 8, 4) and rockets.fatalities.best == 2


@pytest.mark.model
def test_the_act_itself_in_a_relative_clause_is_not_split_off(read_events):
    text = ("Published 21 March 2024. Government warplanes were behind the attacks that struck a market in the town of "
            "Ariha on Tuesday night, killing 14 civilians, rescuers said.")
    events = read_events.events(text, "2024-03-21")
    assert len(events) == 1, [e.evidence.text for e in events]


@pytest.mark.model
def test_strikes_hours_after_an_attack_keep_their_own_place_and_toll(read_events):
    text = ("ANKARA, Oct 24 (Reuters) - Turkish warplanes struck 20 targets of Kurdish militants in northern Iraq on "
            "Wednesday night, the defence ministry said, hours after an attack on a factory near Ankara killed four "
            "people.\n\nTwo gunmen attacked the factory in the Kahramankazan district on Wednesday afternoon, killing "
            "four people and wounding 14, the interior minister said.")
    events = read_events.events(text, "2024-10-24")
    assert len(events) == 2, [e.evidence.text for e in events]
    strikes = next(e for e in events if e.sub_event_type == "Air/drone strike")
    attack = next(e for e in events if e is not strikes)
    assert strikes.fatalities is None and strikes.location.country_code == "IQ"
    assert attack.fatalities.best == 4 and attack.injuries.best == 14
    assert attack.location.name == "Kahramankazan"


@pytest.mark.model
def test_a_sides_strikes_told_again_barely_are_its_air_strikes_on_their_day(read_events):
    text = ("ANKARA, Oct 24 (Reuters) - Turkish warplanes struck targets of Kurdish militants in northern Iraq and "
            "Syria on Wednesday night, the defence ministry said.\n\nKurdish-led forces said the Turkish strikes in "
            "northeast Syria had killed nine civilians.")
    events = read_events.events(text, "2024-10-24")
    syria = next(e for e in events if e.fatalities is not None)
    assert syria.sub_event_type == "Air/drone strike"
    assert syria.date.value == dt.date(2024, 10, 23)


@pytest.mark.model
def test_a_name_read_as_a_place_once_is_that_place_wherever_written(read_events):
    text = ("Rebels seize the city of Wad Madani\n\n"
            "CAIRO, Dec 19 (Reuters) - Sudan's paramilitary Rapid Support Forces took control of Wad Madani on Monday "
            "after the army withdrew, residents said.")
    events = read_events.events(text, "2023-12-19", title="Rebels seize the city of Wad Madani")
    assert events and events[0].location is not None and events[0].location.name == "Wad Medani"


@pytest.mark.model
def test_a_journalists_count_of_bodies_is_the_riots_toll_not_an_event(read_events):
    text = ("NAIROBI, June 25 (AP) - Police fired live bullets at protesters who stormed parliament in Nairobi on "
            "Tuesday, killing at least five people.\n\nA Reuters photographer saw the bodies of four protesters "
            "outside parliament.\n\nA doctors' group said at least 40 people were wounded in the capital.")
    [riot] = read_events.events(text, "2024-06-25")
    assert riot.fatalities.best == 5 and riot.injuries.best == 40
    assert riot.actor1 is None or riot.actor1.name != "Reuters"


@pytest.mark.model
def test_the_hurt_of_a_protest_told_again_and_rallies_in_other_towns(read_events):
    text = ("TBILISI, Nov 30 (Reuters) - Police used water cannon and tear gas to disperse thousands of protesters "
            "outside parliament in Tbilisi overnight, the interior ministry said on Saturday.\n\n"
            "The ministry said 80 people were detained and 12 police officers were injured as protesters threw "
            "stones and fireworks at police lines.\n\nRallies also took place in the cities of Batumi and Zugdidi.")
    events = read_events.events(text, "2024-11-30")
    tbilisi = next(e for e in events if e.location is not None and e.location.name == "Tbilisi")
    assert tbilisi.sub_event_type == "Violent demonstration" and tbilisi.injuries.best == 12
    assert {e.location.name for e in events if e is not tbilisi} == {"Batumi", "Zugdidi"}


@pytest.mark.model
def test_then_dates_an_act_with_dead_of_its_own_by_the_day_last_told(read_events):
    text = ("IMPHAL, Sept 8 (PTI) - A man was killed in Manipur's Jiribam district on Saturday morning, police said.\n\n"
            "Armed men entered a house in a village and shot dead a man who was sleeping inside.\n\n"
            "A gunfight then broke out between armed men of two communities in the hills nearby, in which three "
            "people were killed.")
    events = read_events.events(text, "2024-09-08")
    fight = next(e for e in events if e.fatalities is not None and e.fatalities.best == 3)
    assert fight.date.value == dt.date(2024, 9, 7)
    assert fight.location is not None and fight.location.name == "Jiribam District"


@pytest.mark.model
def test_gunmen_who_then_stormed_the_building_go_on_with_the_attack(read_events):
    text = ("MOGADISHU, March 14 (Reuters) - Al-Shabaab militants detonated a car bomb at the gate of a hotel in "
            "Mogadishu on Thursday, killing at least six people, police said.\n\n"
            "Gunmen then entered the building and exchanged fire with security forces.")
    [attack] = read_events.events(text, "2024-03-15")
    assert attack.fatalities.best == 6


@pytest.mark.model
def test_violence_that_began_after_another_act_does_not_retell_it(read_events):
    text = ("DAMASCUS, July 14 (Reuters) - Clashes between Bedouin tribes and Druze fighters in the city of Sweida "
            "killed at least 30 people on Sunday, a war monitor said.\n\n"
            "The violence began after members of a Bedouin tribe abducted a Druze merchant on the highway to "
            "Damascus on Friday.")
    events = read_events.events(text, "2025-07-14")
    assert any(e.sub_event_type == "Abduction/forced disappearance" for e in events), [e.sub_event_type for e in events]


@pytest.mark.model
def test_the_wars_displaced_are_no_event(read_events):
    text = ("BANGKOK, June 18 (Reuters) - Myanmar's military bombed a market in the town of Buthidaung on Monday, "
            "killing nine civilians, residents said.\n\n"
            "Fighting in Rakhine has displaced hundreds of thousands of people since the ceasefire collapsed.")
    events = read_events.events(text, "2024-06-18")
    assert len(events) == 1, [e.evidence.text for e in events]


@pytest.mark.model
def test_arson_on_polling_stations_with_no_one_hurt_is_property_destruction(read_events):
    text = ("DHAKA, Jan 7 (bdnews24.com) - Arson attacks on at least four polling stations were reported overnight "
            "in Sylhet and Rangpur divisions, the Election Commission said.")
    [event] = read_events.events(text, "2024-01-07")
    assert event.sub_event_type == "Looting/property destruction"


@pytest.mark.model
def test_a_day_of_unrest_told_district_by_district_gives_way_to_its_attacks(read_events):
    text = ("DHAKA, Jan 7 (bdnews24.com) - Two people were killed and dozens injured in clashes between opposition "
            "activists and police in several districts on Sunday, police said.\n\n"
            "In Feni, opposition supporters attacked a polling centre with crude bombs and one of them was shot dead "
            "by police.\n\nIn Bogura, a ruling party supporter was hacked to death by rivals near a polling station.")
    events = read_events.events(text, "2024-01-07")
    assert sorted(e.location.name for e in events) == ["Bogra District", "Feni"]
    assert sum(e.fatalities.best for e in events) == 2


@pytest.mark.model
def test_a_groups_branch_claiming_the_attack_is_its_doer(read_events):
    title = "Islamic State suicide bomber kills minister in Kabul"
    text = (title + "\n\nKABUL, Dec 11 (Reuters) - A suicide bomber killed Afghanistan's minister for refugees and "
            "five other people at the ministry's compound in Kabul on Wednesday, Taliban officials said.\n\n"
            "Islamic State's regional affiliate, Islamic State Khorasan Province (ISKP), claimed responsibility for "
            "the blast in a statement on its Amaq news agency.")
    [attack] = read_events.events(text, "2024-12-11", title=title)
    assert attack.actor1.name == "Islamic State Khorasan Province"


@pytest.mark.model
def test_where_an_offensive_heads_and_a_front_sector_name_no_scene(read_events):
    text = ("KYIV, Aug 20 (Reuters) - Russia's defence ministry said on Tuesday its forces had captured a village in "
            "Ukraine's eastern Donetsk region, as Moscow pressed its offensive toward the town of Pokrovsk.\n\n"
            "Ukraine's general staff said its troops had repelled 40 attacks in the Pokrovsk sector.")
    events = read_events.events(text, "2024-08-20")
    assert events[0].sub_event_type == "Non-state actor overtakes territory"
    assert events[0].location.name == "Donetsk Oblast"


@pytest.mark.model
def test_rockets_fired_towards_a_city_fall_there(read_events):
    text = ("JERUSALEM, Nov 12 (Reuters) - Palestinian militants fired three rockets towards the southern Israeli city "
            "of Sderot on Tuesday, the military said.")
    [rockets] = read_events.events(text, "2024-11-12")
    assert rockets.location.name == "Sderot"


@pytest.mark.model
def test_a_car_bomb_set_off_is_a_bombing_whatever_the_classifier_hears(read_events):
    text = ("LIMA, Oct 26 - Within 15 minutes the terrorists detonated a car stuffed with explosives that had been left "
            "at the entrance of the embassy on Wednesday, police said.")
    events = read_events.events(text, "1989-10-26")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.model
def test_two_raids_in_one_sentence_are_two_events_and_the_headline_sums_them(read_events):
    title = "Pakistan says 7 militants killed in raids in northwest"
    text = (title + "\n\nISLAMABAD, April 22 (Reuters) - Pakistani security forces killed seven militants in two "
            "separate raids in the northwestern province of Khyber Pakhtunkhwa, the military said on Monday.\n\n"
            "Five militants were killed in an operation in the Tank district on Sunday night, and two more were killed "
            "in a shootout in Bannu. Two soldiers were killed in the Bannu operation.")
    events = read_events.events(text, "2024-04-22", title=title)
    tolls = {e.location.name: e.fatalities.best for e in events}
    assert tolls == {"Tank District": 5, "Bannu": 4}


@pytest.mark.model
def test_prices_that_shot_up_after_strikes_tell_no_event(read_events):
    text = ("LONDON, Jan 12 (Reuters) - Global stocks fell on Friday and oil prices shot up more than 4% after U.S. and "
            "British strikes on Houthi targets in Yemen raised fears of a wider conflict.")
    assert not read_events.events(text, "2024-01-12")


@pytest.mark.model
def test_a_day_told_right_after_with_more_dead_is_another_event(read_events):
    text = ("KYIV, Nov 18 (Reuters) - A Russian drone attack on the port city of Odesa overnight killed two people, the "
            "regional governor said on Monday.\n\nOn Sunday, a massive Russian missile and drone strike on Ukraine's "
            "energy system killed at least seven people across the country, officials said.")
    events = read_events.events(text, "2024-11-18")
    assert sorted(e.fatalities.best for e in events) == [2, 7]


@pytest.mark.model
def test_a_blast_during_the_operation_is_at_its_place_and_the_claimant_is_its_doer(read_events):
    text = ("RAMALLAH, Jan. 7 (Reuters) - Israeli forces killed two Palestinians in the West Bank city of Jenin early on "
            "Sunday, the health ministry said.\n\nAn Israeli border police officer was killed when his vehicle hit an "
            "explosive device during the operation, the military said.\n\nIslamic Jihad said its fighters had "
            "detonated the bomb.")
    blast = next(e for e in read_events.events(text, "2024-01-07") if e.sub_event_type == "Remote explosive/landmine/IED")
    assert blast.location is not None and blast.location.name == "Janīn"
    assert blast.actor1 is not None and "Islamic Jihad" in blast.actor1.name


@pytest.mark.model
def test_the_same_doers_act_hours_later_elsewhere_is_its_own_event(read_events):
    text = ("BANGKOK, April 3 (Reuters) - Suspected insurgents set off a bomb on a railway line in Thailand's southern "
            "Narathiwat province on Tuesday, derailing a freight train, and shot dead a village defence volunteer in "
            "neighbouring Pattani hours later, police said.")
    events = read_events.events(text, "2024-04-03")
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]
    shooting = next(e for e in events if e.sub_event_type == "Attack")
    assert shooting.fatalities.best == 1 and shooting.location.name == "Pattani"
    assert shooting.actor1 is not None and shooting.date.value == dt.date(2024, 4, 2)


@pytest.mark.model
def test_air_strikes_in_response_are_the_days_own_event_there(read_events):
    text = ("NIAMEY, Oct 17 (AFP) - Jihadists attacked a gendarmerie post in western Niger's Tillaberi region on "
            "Monday, killing 12 gendarmes, the defence ministry said on Wednesday.\n\nThe army carried out air strikes "
            "in response, it said.")
    events = read_events.events(text, "2024-10-17")
    strikes = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strikes.date.value == dt.date(2024, 10, 14) and strikes.location.name == "Tillabéri"
