"""Hard-wrapped copy (teleprinter, e-mail and plain-text scrapes broken at about 70 characters),
and the acts its reports tell in words the rules had missed. The reports are written for the
project; the wrapping is done here with textwrap, as an e-mail client or a teleprinter would."""

import datetime as dt
import textwrap

import pytest

import conflictlens
from conflictlens.extract.dates import find_dates
from conflictlens.extract.event_rules import classify_sub_event
from conflictlens.extract.line_wraps import is_hard_wrapped, unwrapped
from conflictlens.model import DatePrecision

PARAGRAPHS = [
    "KANO, 14 MAR 25 (AFP) -- Four bombs exploded almost at the same time early this morning at the "
    "offices of two political parties and at a bank branch in the centre of the city, police said.",
    "A night watchman was slightly hurt by flying glass and was treated at a clinic. Police said the "
    "devices had been left in parcels at the doors of the buildings shortly after midnight.",
    "No group has said it set the bombs. The city has been calm since the elections in February, "
    "and traders reopened their shops by noon.",
]


def wrapped(paragraphs, width=70):
    return "\n\n".join(textwrap.fill(p, width=width) for p in paragraphs)


def test_a_hard_wrapped_text_is_read_as_running_text_of_the_same_length():
    text = wrapped(PARAGRAPHS)
    assert is_hard_wrapped(text)
    reading = unwrapped(text)
    assert len(reading) == len(text)
    # the paragraphs stay apart; inside each, the breaks are spaces
    assert reading.count("\n\n") == text.count("\n\n") == 2
    assert all("\n" not in paragraph for paragraph in reading.split("\n\n"))


def test_a_text_broken_where_its_writer_ended_the_lines_keeps_its_breaks():
    one_paragraph_a_line = "\n".join(PARAGRAPHS + ["Police said.", "Residents said the blasts woke them up before dawn."])
    assert not is_hard_wrapped(one_paragraph_a_line)
    assert unwrapped(one_paragraph_a_line) == one_paragraph_a_line
    # a list of short items, however even their lengths, is no wrapped prose
    items = "\n".join(f"- {town}: one killed, two hurt" for town in ("Kano", "Kaduna", "Zaria", "Jos", "Bauchi", "Gombe"))
    assert unwrapped(items) == items


def test_a_short_line_in_wrapped_copy_ends_where_its_writer_ended_it():
    # a headline over wrapped copy is no part of the lede's sentence
    text = "Bombs hit party offices in Kano\n" + textwrap.fill(PARAGRAPHS[0] + " " + PARAGRAPHS[1], width=70)
    reading = unwrapped(text)
    assert reading.startswith("Bombs hit party offices in Kano\n")
    assert reading.count("\n") == 1


def test_a_date_phrase_broken_across_lines_is_read():
    found = find_dates("exploded at 0315 this\nmorning at the offices", dt.date(2025, 3, 14))
    assert [(d.date.phrase, d.date.value) for d in found] == [("this morning", dt.date(2025, 3, 14))]
    [late] = find_dates("gunmen struck last\nnight", dt.date(2025, 3, 14))
    assert late.date.value == dt.date(2025, 3, 13)


def test_the_past_few_days_are_a_week_and_the_past_weeks_a_month():
    [few] = find_dates("Over the past few days, the rebels have kidnapped several mayors", dt.date(2025, 3, 14))
    assert few.date.precision is DatePrecision.WEEK and few.date.end == dt.date(2025, 3, 14)
    [weeks] = find_dates("during the past two weeks", dt.date(2025, 3, 14))
    assert weeks.date.precision is DatePrecision.MONTH


@pytest.mark.parametrize("sentence, sub_event", [
    ("A nun was seriously wounded today when shots were fired at a vehicle in which she was travelling.", "Attack"),
    ("The farmer was shot and wounded outside his house.", "Attack"),
    ("Three diplomats are being held hostage by members of the group inside the embassy.", "Abduction/forced disappearance"),
    ("Militants planted two bombs under the bridge before dawn.", "Remote explosive/landmine/IED"),
    ("Gunmen used the holiday to place four more bombs in the capital.", "Remote explosive/landmine/IED"),
    ("A bus shelter in the north of the city was destroyed by a bomb overnight, police said.", "Remote explosive/landmine/IED"),
    ("Bombs were set off outside two bank branches before dawn.", "Remote explosive/landmine/IED"),
    ("Two bodies, one of them headless, were found on Sunday beside the highway to the port.", "Attack"),
    ("The bodies of three farmers were discovered on Monday shot to death near their fields.", "Attack"),
    ("The mayor has died from gunshot wounds, the town council said.", "Attack"),
])
def test_acts_told_in_these_words_are_typed(sentence, sub_event):
    assert classify_sub_event(sentence) == sub_event


def test_bomb_disposal_units_placed_at_a_site_are_no_bombing():
    assert classify_sub_event("Police placed bomb disposal units at the stadium ahead of the match.") is None
    assert classify_sub_event("He was fired from his job at the ministry.") is None
    assert classify_sub_event("Fans set off fireworks after the final whistle.") is None


@pytest.mark.model
def test_a_hard_wrapped_wire_report_gives_its_bombing_dated_by_this_morning(settings):
    text = wrapped(PARAGRAPHS)
    events = conflictlens.analyze(text, settings=settings).events
    assert events, "the bombing was not read"
    first = events[0]
    assert first.sub_event_type == "Remote explosive/landmine/IED"
    assert first.date.value == dt.date(2025, 3, 14) and first.date.phrase.lower() == "this morning"
    assert first.location is not None and first.location.name == "Kano"
    # evidence is quoted from the article as written, breaks and all
    assert first.evidence.text == text[first.evidence.start : first.evidence.end]


CAPITALS_REPORT = (
    "   CALI, 12 MAY 25 (EFE) -- [TEXT] ON 11 MAY A CAR BOMB EXPLODED ABOUT 300 METERS FROM THE OFFICES OF THE "
    "CONSERVATIVE PARTY IN THE CENTRE OF MEDELLIN.  THE POLICE SAID THREE PEOPLE WERE HURT AND THAT THE PARTY'S "
    "CONVENTION WENT AHEAD AS PLANNED IN THE AFTERNOON.  THE AUTHORITIES OFFERED A REWARD FOR INFORMATION ON "
    "THOSE RESPONSIBLE FOR THE ATTACK, THE SECOND ON A POLITICAL PARTY THIS MONTH."
)


@pytest.mark.model
def test_a_car_bomb_on_11_may_in_capitals_is_a_bombing_by_no_one_named(settings):
    # "MAY" beside a day is the month, not a modal that makes the blast a possibility; and the
    # gazetteer's "CAR" (the Central African Republic) is the English word in capitals copy
    events = conflictlens.analyze(CAPITALS_REPORT, settings=settings).events
    assert events and events[0].sub_event_type == "Remote explosive/landmine/IED"
    assert events[0].actor1 is None
    assert events[0].location is not None and events[0].location.name == "Medellín"


@pytest.mark.model
def test_a_candidate_who_died_of_gunshot_wounds_was_attacked_whatever_the_classifier_hears(settings):
    # a long statement sentence the classifier reads as a party's change of activity
    text = ("BOGOTA, 23 MAR 25 (EFE) -- Senator Ana Lucia Restrepo, the 41-year-old presidential candidate of the "
            "Green Alliance, has died from gunshot wounds, a spokesman for the party's national committee has reported.")
    events = conflictlens.analyze(text, settings=settings).events
    assert events and events[0].event_type == "Violence against civilians" and events[0].sub_event_type == "Attack"


@pytest.mark.model
def test_the_month_may_beside_its_day_is_no_modal(settings):
    text = "On 11 May a car bomb exploded near the central market in Baidoa, killing three people, police said."
    [event] = conflictlens.analyze(text, published="2025-05-12", settings=settings).events
    assert event.date.value == dt.date(2025, 5, 11) and event.fatalities.best == 3
    text = ("   PASTO, 9 MAY 24 (EFE) -- [TEXT] THE ARMY SAID THAT ON 8 MAY A CAR LOADED WITH EXPLOSIVES BLEW UP OUTSIDE A POLICE STATION "
            "IN TUMACO, KILLING ONE OFFICER AND WOUNDING FOUR PASSERS-BY.  THE ARMY BLAMED DISSIDENTS OF THE FORMER FARC FOR THE ATTACK "
            "AND SAID TROOPS WERE SEARCHING THE AREA.  THE GOVERNOR OF NARINO CALLED AN EMERGENCY SECURITY MEETING FOR FRIDAY.")
    events = conflictlens.analyze(text, settings=settings).events
    assert events and events[0].date.value == dt.date(2024, 5, 8)
    assert events[0].location is not None and events[0].location.name == "Tumaco"
    assert events[0].actor1 is not None and events[0].actor1.actor_id == "farc-dissidents"
