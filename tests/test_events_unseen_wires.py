"""Events in wire reports written for the project in 2026 (Mali, Myanmar, Sudan, Colombia): a
country's possessive, a town a foreign city is called somewhere, stretches of fighting told as
trends or tallies, details that belong to the event just told, and members of a named group."""

import pytest

import conflictlens

pytestmark = pytest.mark.model


def events_of(text, settings, published="2024-11-18", title=None):
    return conflictlens.analyze(text, published=published, title=title, settings=settings).events


MALI = (
    "BAMAKO, Nov 18 (Reuters) - Suspected jihadists killed at least 14 civilians in an attack on a village in central "
    "Mali's Mopti region on Sunday, a local official said on Monday.\n\n"
    "The assailants arrived on motorbikes at around 5 p.m. and opened fire on residents, the official said. "
    "Several houses and granaries were set on fire.\n\n"
    "Groups linked to al Qaeda and Islamic State operate in the area and have killed thousands of civilians over the past decade.\n\n"
    "A day earlier, soldiers repelled an attack on an army post near the town of Boni, the army said, adding that 10 assailants were killed."
)


def test_a_countrys_possessive_and_a_town_a_foreign_city_is_called_somewhere(settings):
    doc = conflictlens.analyze(MALI, published="2024-11-18", settings=settings)
    # "Mali's" was Malliß (Germany) and "Boni" Bonn: neither is in a story on Mali
    assert {p.country_code for p in doc.places} == {"ML"}
    lede, earlier = doc.events
    assert lede.location.country_code == "ML" and lede.fatalities.best == 14
    # the burning is a detail of the attack, and the decade's toll a tally, not events
    assert earlier.date.value.isoformat() == "2024-11-16" and earlier.fatalities.best == 10


def test_stretches_and_trends_of_fighting_are_no_events(settings):
    for text in ("The paramilitaries have besieged El Fasher for weeks, and the army has repelled repeated attacks on the city.",
                 "Fighting between the army and the KIA has intensified since an alliance of armed groups launched an offensive in late October."):
        assert events_of(text, settings) == (), text
    # told on a day, it happened
    [event] = events_of("Heavy fighting intensified around the town of Laiza on Sunday, residents said.", settings)
    assert event.date.value.isoformat() == "2024-11-17"


def test_one_victim_before_others_wounded_and_members_of_a_named_group(settings):
    text = "An explosive device planted on a road in Cauca province killed a police officer and wounded three others on Thursday."
    [event] = events_of(text, settings)
    assert event.fatalities.best == 1 and event.injuries.best == 3
    [event] = events_of("Fighters from the Islamic State attacked an army checkpoint near Palmyra on Sunday, killing four soldiers.", settings)
    assert event.actor1.actor_id == "islamic-state"


def test_a_sentence_detailing_the_event_without_a_day_of_its_own_is_the_same_event(settings):
    text = (
        "KHARTOUM, June 3 (Reuters) - Sudan's paramilitary Rapid Support Forces killed at least 40 people when they shelled a "
        "market and a hospital in El Fasher on Sunday, an activist group said.\n\n"
        "The activists said the RSF fired artillery shells at the city's main market in El Fasher, killing 28 people."
    )
    [event] = events_of(text, settings, published="2024-06-03")
    assert event.fatalities.best == 40 and event.date.value.isoformat() == "2024-06-02"
    assert event.actor1 is not None and event.actor1.actor_id == "rsf"
