"""Events told in passing and in telex copy, written for the project: acronyms kept in capitals,
two-digit years in datelines, what was blown up, bombs named by what the attackers used,
counted attacks on a day, and an attack dated inside a condemnation or a claim."""

import datetime as dt

import pytest

import conflictlens
from conflictlens.extract.dates import filing_date
from conflictlens.model import DatePrecision

pytestmark = pytest.mark.model


def events_of(text, settings, published="1989-07-31"):
    return conflictlens.analyze(text, published=published, settings=settings).events


TELEX = (
    "   CUCUTA, 30 JUL 89 (RADIO CARACOL) -- [TEXT] THE POLICE SAID TODAY THAT A GROUP OF ELN MEMBERS "
    "DETONATED A DYNAMITE CHARGE UNDER A BRIDGE NEAR THE TOWN OF TIBU ON SATURDAY NIGHT. NOBODY WAS HURT, "
    "BUT TRAFFIC ON THE ROAD TO THE BORDER WAS CUT FOR SEVERAL HOURS WHILE ENGINEERS INSPECTED THE DAMAGE."
)


def test_a_known_acronym_stays_an_actor_in_capitals_copy(settings):
    # the truecaser lower-cased "ELN" (it has a vowel), and the dictionary matches acronyms by case
    [event] = events_of(TELEX, settings)
    assert event.actor1 is not None and event.actor1.actor_id == "eln"
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_two_digit_year_in_a_telex_dateline_is_read():
    date, end = filing_date(TELEX, None)
    assert date is not None and date.value == dt.date(1989, 7, 30) and date.phrase == "30 JUL 89"
    assert TELEX[:end].rstrip().endswith("--")
    # without a publication date the century is the nearer one to today
    date, _ = filing_date("LAGOS, 4 MAR 21 (AFP) -- GUNMEN KILLED TWO.", None)
    assert date is not None and date.value == dt.date(2021, 3, 4)


def test_an_undated_event_takes_the_telex_datelines_day(settings):
    text = (
        "   LIMA, 12 JAN 90 (EFE) -- [TEXT] SHINING PATH GUERRILLAS BLEW UP TWO HIGH-VOLTAGE TOWERS "
        "NORTH OF THE CAPITAL, LEAVING SEVERAL DISTRICTS OF LIMA WITHOUT POWER, THE ELECTRICITY COMPANY REPORTED. "
        "REPAIR CREWS WERE SENT TO THE AREA UNDER MILITARY ESCORT AND ARE EXPECTED TO RESTORE SERVICE TOMORROW."
    )
    [event] = events_of(text, settings, published=None)
    assert event.sub_event_type == "Remote explosive/landmine/IED"  # what was blown up, not looting
    assert event.date.value == dt.date(1990, 1, 12) and event.date.basis == "dateline"


def test_an_attack_with_explosives_is_a_bombing(settings):
    text = "Unidentified men attacked the Peruvian consulate in La Paz with explosives on Tuesday night, causing damage but no injuries."
    [event] = events_of(text, settings, published="2024-03-14")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    text = "Helicopters attacked the town of Darayya with barrel bombs on Tuesday, killing six people."
    [event] = events_of(text, settings, published="2024-03-14")
    assert event.sub_event_type == "Air/drone strike"  # barrel bombs fall from the air
    # an explosion no one is said to have fired or dropped is an explosive's
    for text in ("At least four people were killed in an explosion that rocked the northern town of Bama on Sunday.",
                 "Three soldiers were killed in a blast near their post in Khost province on Sunday."):
        [event] = events_of(text, settings, published="2024-03-14")
        assert event.sub_event_type == "Remote explosive/landmine/IED", text


def test_counted_attacks_on_a_day_happened(settings):
    text = "Two bomb attacks were carried out in Quetta last night, one near the provincial assembly, police said."
    [event] = events_of(text, settings, published="2024-03-14")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.date.value == dt.date(2024, 3, 13)
    assert event.actor1 is None  # the assembly is a building, not an actor
    # counted, with no day: a series the report sums up, not an event
    assert events_of("Militants have carried out three attacks on the highway near Quetta.", settings, published="2024-03-14") == ()


def test_an_attack_dated_inside_a_condemnation_is_reported(settings):
    text = (
        "The foreign ministry condemned the killing of four aid workers in Maiduguri on Sunday "
        "and called for an independent investigation."
    )
    [event] = events_of(text, settings, published="2024-03-14")
    assert event.event_type == "Violence against civilians"
    assert event.date.value == dt.date(2024, 3, 10)
    assert event.location is not None and event.location.name == "Maiduguri"


def test_a_statements_own_day_does_not_date_the_attack_it_mentions(settings):
    text = (
        "France called on Wednesday for an emergency meeting of the Security Council to discuss "
        "reports of a chemical attack near Damascus."
    )
    assert [e for e in events_of(text, settings, published="2024-03-14") if e.date.precision is DatePrecision.DAY] == []


def test_a_time_zone_is_no_organisation(settings):
    text = (
        "   SAN SALVADOR, 11 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE FIRST EXPLOSION OCCURRED AT 2230 "
        "[0430 GMT ON 12 NOVEMBER] IN FRONT OF THE TREASURY MINISTRY, WHERE A CAR BOMB WENT OFF AND DESTROYED "
        "THREE VEHICLES. POLICE CORDONED OFF THE AREA AND NO VICTIMS WERE REPORTED BY THE FIRE BRIGADE."
    )
    doc = conflictlens.analyze(text, published="1989-11-11", settings=settings)
    assert not [a for a in doc.actors if a.evidence.text == "GMT"]


def test_an_armed_groups_acronym_is_no_place(settings):
    # the gazetteer lists "ISIL" as another spelling of Esil, Kazakhstan
    doc = conflictlens.analyze("Syrian warplanes bombed ISIL positions on Sunday, killing 12 militants.", published="2016-08-10", settings=settings)
    assert not [p for p in doc.places if p.evidence.text == "ISIL"]
    [event] = doc.events
    assert event.actor2 is not None and event.actor2.actor_id == "islamic-state"
