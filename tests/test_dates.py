import datetime as dt

from conflictlens.extract.dates import dateline_date, find_dates, relative_day
from conflictlens.model import DatePrecision, FuzzyDate

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


def first(text, published=PUBLISHED):
    found = find_dates(text, published)
    assert found, f"no date found in {text!r}"
    return found[0].date


def test_weekday_resolves_to_latest_past_day():
    d = first("Gunmen attacked the village on Tuesday.")
    assert d.value == dt.date(2024, 3, 12) and d.precision is DatePrecision.DAY


def test_relative_days():
    assert first("The strike happened yesterday.").value == dt.date(2024, 3, 13)
    assert first("Two days ago the convoy was hit.").value == dt.date(2024, 3, 12)


def test_last_week_and_last_month_have_week_and_month_precision():
    week = first("Clashes erupted last week.")
    assert week.precision is DatePrecision.WEEK and week.value == dt.date(2024, 3, 4) and week.end == dt.date(2024, 3, 10)
    month = first("Protests spread last month.")
    assert month.precision is DatePrecision.MONTH and month.value == dt.date(2024, 2, 1) and month.end == dt.date(2024, 2, 29)


def test_month_day_without_year_uses_publication_year_but_not_the_future():
    assert first("On March 10, the army said.").value == dt.date(2024, 3, 10)
    assert first("On December 30, the army said.").value == dt.date(2023, 12, 30)


def test_month_day_without_publication_date_keeps_no_year():
    d = first("On August 24, during a meeting, the official said.", published=None)
    assert d.value is None and d.precision is DatePrecision.UNKNOWN
    assert (d.month, d.day) == (8, 24)


def test_weekday_without_publication_date_has_no_value():
    d = first("Gunmen attacked the village on Tuesday.", published=None)
    assert d.value is None and d.precision is DatePrecision.UNKNOWN


def test_explicit_dates():
    assert first("on 7 July 2015 the town fell").value == dt.date(2015, 7, 7)
    assert first("on July 7, 2015 the town fell").value == dt.date(2015, 7, 7)
    assert first("reported 2019-11-02 by the agency").value == dt.date(2019, 11, 2)


def test_periods():
    d = first("Attacks increased over the past month.")
    assert d.precision is DatePrecision.MONTH and d.end == PUBLISHED
    y = first("The number of attacks has increased this year.")
    assert y.precision is DatePrecision.YEAR and y.value == dt.date(2024, 1, 1)


def test_dateline():
    d = dateline_date("BEIRUT, 3 May (Reuters) - Shelling hit the town.", dt.date(2024, 5, 4))
    assert d.value == dt.date(2024, 5, 3)
    assert dateline_date("No dateline here, just text - and a dash.", dt.date(2024, 5, 4)) is None


def test_counts_are_not_dates():
    assert not find_dates("Militants killed 24 people in the attack.", PUBLISHED)
    assert not find_dates("In May 25 people were killed in the district.", PUBLISHED)


def test_a_month_day_after_on_is_a_date_even_before_killed():
    found = find_dates("The last attack on the shrine on April 25 killed at least seven.", dt.date(2016, 6, 12))
    assert [d.date.value for d in found] == [dt.date(2016, 4, 25)]


def test_opening_date_stamps_are_the_filing_date():
    from conflictlens.extract.dates import filing_date

    for text, expected in [
        ("Wed 05 Apr 2017 Strikes hit the town.", dt.date(2017, 4, 5)),
        ("Posted on April 4 2017 by a reporter. Strikes hit the town.", dt.date(2017, 4, 4)),
        ("Date of publication 5 July 2016 The bomber was on a motorcycle.", dt.date(2016, 7, 5)),
        ("26.11.2014 Some 50 people were killed.", dt.date(2014, 11, 26)),
        ("Last updated at Apr 232017 An attack on a camp killed three.", dt.date(2017, 4, 23)),
        ("Strikes kill 9 in town Monitor AFP Tuesday 21 Jul 2015 A missile fired at a market.", dt.date(2015, 7, 21)),
    ]:
        date, end = filing_date(text, None)
        assert date is not None and date.value == expected and date.basis == "dateline", text
        assert end > 0
    # a month and year at the top is not a stamp; neither is a date deep in the body
    assert filing_date("May 2017 was the deadliest month.", None) == (None, 0)
    assert filing_date("The strikes hit the town again. " * 10 + "on 3 May 2017", None) == (None, 0)


def test_early_mid_and_late_month_narrow_the_period():
    published = dt.date(2017, 10, 11)
    [early] = find_dates("In early October four bombers blew themselves up", published)
    assert (early.date.value, early.date.end) == (dt.date(2017, 10, 1), dt.date(2017, 10, 10))
    [middle] = find_dates("fighting in mid-September", published)
    assert (middle.date.value, middle.date.end) == (dt.date(2017, 9, 11), dt.date(2017, 9, 20))
    [late] = find_dates("bombing in late September", published)
    assert (late.date.value, late.date.end) == (dt.date(2017, 9, 21), dt.date(2017, 9, 30))
    assert late.date.precision is DatePrecision.MONTH


def test_since_a_weekday_is_the_days_from_then_to_the_report():
    d = first("Troops have killed over 200 militants since Monday.")
    assert (d.precision, d.value, d.end) == (DatePrecision.WEEK, dt.date(2024, 3, 11), PUBLISHED)
    d = first("Troops have killed over 200 militants since Thursday.")  # in Thursday's paper: a week
    assert (d.value, d.end) == (dt.date(2024, 3, 7), PUBLISHED)


def test_overnight_is_the_night_ending_on_the_report_day_unless_a_weekday_says():
    [overnight] = find_dates("killed two people overnight, officials said", PUBLISHED)
    assert overnight.date.value == PUBLISHED and overnight.date.precision is DatePrecision.DAY
    [into] = find_dates("shelling overnight into Sunday", PUBLISHED)
    assert into.date.phrase == "Sunday"


def test_days_counted_from_an_earlier_day_of_the_report():
    monday = FuzzyDate(DatePrecision.DAY, "on Monday", dt.date(2024, 3, 11))
    assert relative_day("A day earlier, a bomb exploded", monday).date.value == dt.date(2024, 3, 10)
    assert relative_day("two days later, gunmen returned", monday).date.value == dt.date(2024, 3, 13)
    assert relative_day("the previous day", monday).date.value == dt.date(2024, 3, 10)
    assert relative_day("a day after the attack", monday) is None  # counted from an event not dated here
    same = relative_day("Two other bombs exploded the same night", monday)
    assert same.date.value == dt.date(2024, 3, 11) and same.date.phrase == "the same night"
    assert relative_day("A day earlier, a bomb exploded", None) is None  # nothing to count from
