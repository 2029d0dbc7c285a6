"""Motives, details and intents the rules misread, on reports written for the project: the act an
attack avenges, a province made precise by the next sentence, a namesake town in the state a story
names, strikes told over a weekend and their toll, whatever came under fire, a vow, the newest of a
series, and an abduction dated by its retelling."""

import pytest


@pytest.mark.model
def test_a_province_keeps_its_name_when_the_next_sentence_tells_another_act(read_events):
    text = ("BOGOTA, Feb 8 (Reuters) - ELN rebels released four police officers they had kidnapped last month in Colombia's "
            "Arauca province.\n\n"
            "The officers were handed over to a church commission in the town of Saravena on Thursday.")
    events = read_events.events(text, "2025-02-08")
    kidnapping = next(e for e in events if e.sub_event_type == "Abduction/forced disappearance")
    assert kidnapping.location is not None and kidnapping.location.name != "Saravena"


@pytest.mark.model
def test_a_province_is_not_made_precise_by_its_namesake_seat(read_events):
    text = ("BEIRUT, July 5 (Reuters) - Air strikes killed 14 civilians in a village in Syria's Idlib province on Friday, "
            "a war monitor said.\n\n"
            "Warplanes have pounded towns around Idlib city for weeks.")
    strike = read_events.events(text, "2024-07-05")[0]
    assert strike.location is not None and strike.location.feature_code == "ADM1"


@pytest.mark.model
def test_what_came_under_fire_was_hit(read_events):
    text = ("NIAMEY, Oct 2 (Reuters) - On Tuesday, an army helicopter evacuating wounded soldiers near Tillaberi came "
            "under fire, killing a pilot and a medic, the defence ministry said.")
    attack = read_events.one(text, "2024-10-02")
    assert attack.actor1 is None  # no one is named firing
    assert attack.actor2 is not None and attack.actor2.category is not None and int(attack.actor2.category) == 1  # the army's helicopter
    assert attack.fatalities is not None and attack.fatalities.best == 2


@pytest.mark.model
def test_a_headlines_last_word_is_one_name_with_the_same_word_in_the_text(settings):
    import conflictlens

    text = ("South Sudan army bombs Nasir\n\n"
            "JUBA, March 10 (AFP) - South Sudan's army bombed the town of Nasir in Upper Nile state on Sunday, "
            "officials said.")
    doc = conflictlens.analyze(text, published="2025-03-10", settings=settings)
    assert all(p.country_code in ("SS", None) for p in doc.places if p.is_location)  # not a Turkish village of that alias


@pytest.mark.model
def test_both_attacks_blamed_on_a_group_are_its_own(read_events):
    text = ("CALI, Colombia, Aug 21 (AP) - A car bomb exploded near an air base in Cali on Thursday, killing five people, "
            "authorities said.\n\nHours earlier, a police helicopter was shot down in Antioquia province, killing "
            "eight officers.\n\nThe president blamed both attacks on dissidents of the FARC.")
    events = read_events.events(text, "2025-08-21")
    assert len(events) == 2 and all(e.actor1 is not None and "FARC dissidents" in e.actor1.name for e in events)


@pytest.mark.model
def test_a_protest_placed_nowhere_on_the_day_of_a_raid_is_where_the_raid_was(read_events):
    text = ("RIO DE JANEIRO (Reuters) - At least six people were killed on Tuesday during a police operation against "
            "drug traffickers in Rio de Janeiro, authorities said.\n\n"
            "Residents blocked a road with burning tires in protest on Tuesday afternoon.")
    raid, protest = read_events.events(text, "2024-05-28")
    assert protest.location is not None and protest.location.name == raid.location.name


@pytest.mark.model
def test_a_rampage_after_a_killing_earlier_that_day_is_the_rampage(read_events):
    text = ("HUWARA, West Bank (AP) - Hundreds of settlers rampaged through the Palestinian village of Burqa late Sunday, "
            "setting cars and homes ablaze after a Palestinian gunman killed an Israeli teenager earlier in the day, "
            "officials said.")
    rampage = read_events.events(text, "2023-02-27")[0]
    assert rampage.sub_event_type == "Mob violence"
    assert rampage.actor1 is not None and rampage.actor1.name == "settlers"


@pytest.mark.model
def test_a_headline_summing_a_series_revises_no_part(read_events):
    text = ("The death toll from a series of attacks by armed groups on villages in Nigeria's Plateau state rose to at "
            "least 140, officials said on Tuesday.\n\nIn Barkin Ladi, at least 45 people were killed, a local lawmaker said.")
    [part] = read_events.events(text, "2023-12-26", title="Death toll from Plateau attacks rises to 140")
    assert part.fatalities is not None and part.fatalities.best == 45


@pytest.mark.model
def test_a_capture_that_only_starts_a_period_is_no_event(read_events):
    text = ("PORT SUDAN, June 6 (Reuters) - The RSF killed more than 90 people in an attack on a village in Gezira state on "
            "Wednesday, activists said.\n\nThe army has accused the RSF of repeatedly attacking villages in the state since "
            "it took control of the state capital, Wad Madani, in December.")
    assert [e.sub_event_type for e in read_events.events(text, "2024-06-06")] == ["Attack"]


@pytest.mark.model
def test_a_strike_told_after_air_strikes_is_one_more_of_them(read_events):
    text = ("CAIRO, Oct 22 (Reuters) - Israeli air strikes killed 12 people in a house in Beit Lahiya on Tuesday, medics said."
            "\n\nIn Khan Younis, a strike on a tent encampment killed four people, the medics said.")
    first, second = read_events.events(text, "2024-10-22")
    assert second.sub_event_type == "Air/drone strike" and second.actor1 is not None and second.actor1.name == first.actor1.name


@pytest.mark.model
def test_the_area_is_where_the_event_just_told_was(read_events):
    text = ("DAMASCUS, July 14 (Reuters) - Clashes between Druze militias and Bedouin fighters in the southern city of "
            "Sweida killed at least 30 people on Sunday, the interior ministry said.\n\n"
            "Israel said on Monday its warplanes struck several tanks in the area.")
    clashes, strike = read_events.events(text, "2025-07-14")
    assert strike.location is not None and strike.location.name == clashes.location.name
