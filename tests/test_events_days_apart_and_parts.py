"""Acts told together a day apart, parts of a toll placed, and a strike's own bombs: from short
reports written for the project (stop 28)."""

import datetime as dt

import pytest


@pytest.mark.model
def test_the_following_days_raid_is_an_event_of_its_own_and_the_weekend_summary_goes(read_events):
    # the lede sums the two villages' dead; the next sentence tells each attack on its day
    text = ("MAPUTO, June 10 (Lusa) - Islamic State-linked insurgents beheaded five people in attacks on two villages "
            "in the Macomia district of Mozambique's Cabo Delgado province over the weekend, local sources said.\n\n"
            "The rebels first attacked Nguida village on Saturday, killing three people, and the following day raided "
            "Mucojo, where they beheaded two children, the sources said.")
    events = read_events.events(text, "2024-06-10")
    assert [(e.date.value, e.fatalities.best) for e in events] == [(dt.date(2024, 6, 8), 3), (dt.date(2024, 6, 9), 2)]


@pytest.mark.model
def test_a_strike_on_the_day_told_hours_later_of_the_same_kind_stays_one_act(read_events):
    # (a guard: "hours later" alone still needs an act of another kind to split a sentence)
    text = ("KYIV (Reuters) - Russian drones struck an energy facility in the Odesa region on Tuesday, and hours later "
            "struck a port, the governor said.")
    assert len(read_events.events(text, "2025-03-12")) == 1
