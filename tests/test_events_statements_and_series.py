"""Days a statement gives, crowds told town by town, bodies found and denials, on reports written
for the project: the fixes of stop 25 that need more than one field or one event to show."""

import datetime as dt

import pytest

from conflictlens.model import DatePrecision


@pytest.mark.model
def test_an_act_a_side_said_it_had_done_carries_the_statements_day(read_events):
    text = ("KHARTOUM, Sudan (AP) - Sudan's army said on Sunday it had recaptured the town of Bara in North Kordofan "
            "province from the Rapid Support Forces.")
    event = read_events.one(text, "2025-03-11")
    assert event.date.value == dt.date(2025, 3, 9)
    assert event.date.basis == "statement"  # the day it was known done, not a day the text gives the act
    assert event.date.precision is DatePrecision.DAY


@pytest.mark.model
def test_the_news_present_perfect_keeps_the_reports_day(read_events):
    text = ("KHARTOUM, March 11 (Reuters) - Sudan's army has recaptured the town of Bara in North Kordofan province, "
            "a military spokesman said on Sunday.")
    event = read_events.one(text, "2025-03-11")
    assert event.date.basis == "dateline"


@pytest.mark.model
def test_a_day_of_crowds_told_town_by_town_is_its_towns_events(read_events):
    text = ("NAIROBI, July 8 (Reuters) - At least five people were killed on Monday as protests turned violent in "
            "several Kenyan towns, police and witnesses said.\n\n"
            "Three protesters were shot dead in Nakuru when police opened fire on a crowd that had set a police post "
            "on fire, witnesses said. In Eldoret, two people died when protesters clashed with a group of traders.")
    events = read_events.events(text, "2024-07-08")
    dead = {e.location.name: e.fatalities.best for e in events if e.fatalities is not None}
    assert dead == {"Nakuru": 3, "Eldoret": 2}  # the lede's five, once


@pytest.mark.model
def test_unrest_across_a_country_keeps_its_dead_off_the_towns_listed(read_events):
    text = ("LILONGWE, Oct 2 (Reuters) - At least seven people were killed in Malawi on Tuesday in unrest that broke "
            "out after the electoral commission announced the presidential result, police said.\n\n"
            "Protesters burned tyres and looted shops in the capital Lilongwe and in the southern city of Blantyre, "
            "witnesses said. Police fired tear gas in several neighbourhoods of Lilongwe.")
    events = read_events.events(text, "2025-10-02")
    lede = next(e for e in events if e.fatalities is not None)
    assert (lede.location.name, lede.fatalities.best) == ("Malawi", 7)
    assert {"Lilongwe", "Blantyre"} <= {e.location.name for e in events if e.location is not None}


@pytest.mark.model
def test_an_act_a_side_denies_is_no_event(read_events):
    text = ("ADDIS ABABA (AP) - A drone strike hit a market in the town of Bure on Tuesday, killing at least 20 people, "
            "residents said.\n\n"
            "The government has repeatedly denied targeting civilians in its war against the militia, which has been "
            "fighting federal troops since 2023.")
    events = read_events.events(text, "2025-02-06")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


@pytest.mark.model
def test_bodies_found_in_a_grave_are_no_attack_of_the_day(read_events):
    text = ("MEXICO CITY, June 4 (Reuters) - Authorities found the bodies of 11 men in a clandestine grave on the "
            "outskirts of Irapuato on Monday. Several of them had been shot, the state prosecutor said.")
    events = read_events.events(text, "2024-06-04")
    assert not any(e.fatalities is not None and e.fatalities.best == 11 for e in events)


@pytest.mark.model
def test_a_killing_on_the_day_of_a_protest_stays_an_event(read_events):
    text = ("HEBRON, West Bank (AP) - Hundreds of settlers rampaged through the Palestinian village of Turmus Ayya on "
            "Sunday evening, setting cars ablaze, officials said. Israeli troops fired tear gas at residents.\n\n"
            "The Israeli military said two settlers were shot dead by a Palestinian gunman near the village on Sunday "
            "afternoon.")
    events = read_events.events(text, "2023-06-19")
    assert any(e.evidence.text.startswith("The Israeli military said two settlers") for e in events)


@pytest.mark.model
def test_the_town_a_distance_is_measured_from_is_no_scene(read_events):
    text = ("QUETTA, Pakistan, Feb 20 (Reuters) - Gunmen stopped a coach on a highway in Pakistan's Balochistan province "
            "late on Wednesday and shot dead nine passengers, officials said.\n\n"
            "The attack took place near Barkhan, about 170 km (105 miles) east of the provincial capital Quetta, an "
            "official said.")
    event = read_events.one(text, "2025-02-20")
    assert event.location.name.startswith("Barkhan")  # (the town or its district: the gazetteer has both)


@pytest.mark.model
def test_the_places_a_spread_toll_includes_are_its_events(read_events):
    text = ("CAIRO, May 14 (Reuters) - Israeli strikes killed at least 45 Palestinians across the Gaza Strip on Tuesday, "
            "health officials said, including 12 at a school sheltering displaced families in Gaza City's Zeitoun "
            "neighbourhood and six in a tent camp in Khan Younis.")
    events = read_events.events(text, "2024-05-14")
    assert sorted(e.fatalities.best for e in events) == [6, 12]  # the 27 the sentence places nowhere are no event's


@pytest.mark.model
def test_people_recaptured_are_no_ground_taken(read_events):
    text = ("ABUJA, July 6 (Reuters) - Gunmen attacked a prison near Abuja late on Tuesday, killing two guards and freeing "
            "more than 100 inmates, the prisons service said.\n\n"
            "Security forces had recaptured 40 of the escaped inmates by Wednesday morning.")
    events = read_events.events(text, "2022-07-06")
    assert not any(e.sub_event_type.endswith("territory") for e in events)


@pytest.mark.model
def test_an_announced_ceasefire_is_the_announcers(read_events):
    text = ("TRIPOLI, March 11 (Reuters) - The Government of National Unity announced a ceasefire in Tripoli on Tuesday "
            "after clashes between two armed groups.")
    events = read_events.events(text, "2025-03-11")
    agreement = next(e for e in events if e.sub_event_type == "Agreement")
    assert agreement.actor1 is not None


@pytest.mark.model
def test_a_part_of_the_dead_is_no_event(read_events):
    text = ("BEIRUT, Jan 9 (Reuters) - Clashes between the Syrian Democratic Forces and Turkish-backed factions killed at "
            "least 12 fighters near the town of Manbij on Wednesday, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights said seven of the dead belonged to the Turkish-backed factions and "
            "five to the SDF. Turkish drones also struck SDF positions near the Tishreen dam, it said.")
    events = read_events.events(text, "2025-01-09")
    assert not any(e.evidence.text.startswith("The Syrian Observatory") for e in events)
    assert next(e for e in events if e.sub_event_type == "Armed clash").fatalities.best == 12


@pytest.mark.model
def test_a_foreign_hamlet_spelled_like_the_town_is_no_scene(read_events):
    text = ("BAMAKO, April 3 (Reuters) - Russian mercenaries and Malian soldiers have set up a military base in the central "
            "town of Boni, residents and a local official said on Wednesday.\n\n"
            "Mali's junta has relied on Russian forces since French troops left the country in 2022.")
    events = read_events.events(text, "2024-04-03")
    assert all(e.location is None or e.location.country_code == "ML" for e in events)
    assert [e.sub_event_type for e in events] == ["Headquarters or base established"]  # the "since" clause's 2022 tells no act


@pytest.mark.model
def test_a_fight_that_continued_into_the_next_day_is_that_days_event_there(read_events):
    text = ("ADDIS ABABA, Sept 2 (Reuters) - Clashes between Ethiopian federal troops and fighters of the Fano militia in "
            "the northern city of Gondar killed at least 20 people on Saturday, residents said.\n\n"
            "Heavy gunfire continued into Sunday.")
    first, second = read_events.events(text, "2024-09-02")
    assert second.date.value == dt.date(2024, 9, 1) and second.location == first.location and second.actor2 == first.actor2


@pytest.mark.model
def test_the_band_that_also_attacked_that_morning_made_a_second_event(read_events):
    text = ("OUAGADOUGOU, Feb 26 (Reuters) - Gunmen attacked a mosque in the village of Natiaboani in eastern Burkina Faso "
            "during dawn prayers on Sunday, killing 12 worshippers, a security source said.\n\n"
            "The assailants also attacked a nearby army detachment the same morning, the security source said.")
    mosque, detachment = read_events.events(text, "2024-02-26")
    assert detachment.sub_event_type == "Armed clash" and detachment.date.value == mosque.date.value
    assert detachment.actor1 == mosque.actor1 and detachment.location.name == mosque.location.name
