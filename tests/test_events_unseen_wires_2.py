"""Wire reports written for the project in current style (Somalia, Kenya, the Red Sea, Syria):
a name's first word is no place, what was hit decides attack or clash, a quote retells the
event, demonstrators are actor1, and a weapon struck is no strike by its owner."""

import pytest

import conflictlens

pytestmark = pytest.mark.model


def events_of(text, settings, published="2024-04-09"):
    return conflictlens.analyze(text, published=published, settings=settings).events


SOMALIA = (
    "Al-Shabaab storms Somali army base\n\n"
    "MOGADISHU, Somalia (Reuters) - Al Shabaab fighters stormed a military base in Somalia's Hiraan region early on "
    "Tuesday, killing at least nine soldiers, an army officer and residents said.\n\n"
    "The militants first rammed a car bomb into the gate of the base at Ceel Cali before fighters poured in. "
    "\"We lost nine soldiers and we killed many of the attackers,\" Captain Hassan Nur said by phone."
)


def test_an_armed_group_storming_a_base_and_killing_soldiers_is_a_clash_told_once(settings):
    [event] = events_of(SOMALIA, settings)
    # residents who said it were not the ones hit: the dead are soldiers, so ACLED codes a clash
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.actor_id == "al-shabaab"
    assert event.fatalities is not None and event.fatalities.best == 9
    # the captain's words retell the event from the other side: its attackers are not the target
    assert event.actor2 is None or event.actor2.actor_id != "generic:attackers"


def test_the_first_word_of_a_name_the_gazetteer_lacks_is_no_place(settings):
    doc = conflictlens.analyze(SOMALIA, published="2024-04-09", settings=settings)
    assert not [p for p in doc.places if p.evidence.text == "Ceel"]


def test_demonstrators_are_actor1_and_a_protester_shot_dead_makes_it_excessive_force(settings):
    text = ("NAIROBI, July 2 (AP) — Kenyan police fired tear gas and water cannon at hundreds of protesters in central "
            "Nairobi on Tuesday as demonstrations against a finance bill entered a third week.\n\n"
            "At least one protester was shot dead, a rights group said.")
    [event] = events_of(text, settings, published="2024-07-02")
    assert event.actor1 is not None and event.actor1.category is not None and int(event.actor1.category) == 6
    assert event.actor2 is not None and event.actor2.actor_id == "kenya-police"  # ACLED's Police Forces of Kenya
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities is not None and event.fatalities.best == 1
    # a crowd named only as the target, with no one said to have fired, is actor1 and not also actor2
    [event] = events_of("Tear gas was fired at protesters in central Nairobi on Tuesday.", settings, published="2024-07-03")
    assert event.actor1 is not None and event.actor1.actor_id == "generic:protesters"
    assert event.actor2 is None


def test_a_weapon_struck_is_no_strike_by_its_owner_but_an_attack_by_a_group_keeps_its_maker(settings):
    text = "Later on Friday, U.S. forces struck a Houthi anti-ship missile that was prepared to launch, the military said."
    [event] = events_of(text, settings, published="2024-01-27")
    assert event.actor1 is not None and event.actor1.actor_id == "united-states-military"
    assert event.actor2 is not None and event.actor2.actor_id == "houthis"
    text = "On Wednesday government forces fended off an attack by Hayat Tahrir al-Sham fighters on the village of Kafr Nabl."
    [event] = events_of(text, settings, published="2024-01-27")
    assert event.actor1 is not None and event.actor1.actor_id == "hts"


def test_where_a_source_spoke_or_the_neighbour_across_a_border_is_not_the_events_place(settings):
    text = ("Government warplanes struck the town of Ariha in Idlib province on Monday. "
            "An opposition spokesman said in Turkey the raid had killed 14 people.")
    for event in events_of(text, settings):
        assert event.location is not None and event.location.country_code == "SY", event.evidence.text
    text = "A car bomb killed 11 people near the Bab al-Salama border crossing with Turkey in the town of Azaz on Monday."
    [event] = events_of(text, settings)
    assert event.location is not None and event.location.country_code == "SY"


def test_the_day_a_toll_rose_is_not_the_day_of_the_bombing(settings):
    text = ("PESHAWAR, Pakistan (Reuters) - The death toll from a suicide bombing at a mosque in the town of Parachinar "
            "rose to 31 on Monday, officials said.")
    [event] = events_of(text, settings, published="2024-02-05")
    assert event.sub_event_type == "Suicide bomb" and event.fatalities.best == 31
    assert event.date.value is None  # the text gives the count's day only


def test_a_raid_in_the_occupied_west_bank_takes_no_territory(settings):
    text = ("Israeli forces killed three Palestinians during a raid in the occupied West Bank city of Jenin on Tuesday, "
            "the Palestinian health ministry said.")
    [event] = events_of(text, settings, published="2024-03-12")
    assert event.event_type != "Strategic developments" and "territory" not in event.sub_event_type
    assert event.fatalities.best == 3


def test_a_patron_named_in_a_linked_or_backed_modifier_is_no_side(settings):
    text = ("Militants from the al Qaeda-linked JNIM ambushed a Malian army convoy near the town of Bourem in the Gao region "
            "on Thursday, killing at least 15 soldiers, two security sources said.")
    [event] = events_of(text, settings, published="2023-09-08")
    assert event.actor1 is not None and event.actor1.actor_id == "jnim"
    assert "al-qaeda" in {a.actor_id for a in event.associated_actors}


def test_the_police_after_a_named_police_force_are_that_force_and_never_the_army(settings):
    text = ("Kenyan police and soldiers were deployed in Nairobi on Monday. "
            "The police fired tear gas at hundreds of protesters in Mombasa on Tuesday.")
    last = events_of(text, settings, published="2024-07-03")[-1]
    assert last.actor2 is not None and last.actor2.actor_id == "kenya-police"
    text = ("The Salvadoran army launched an offensive in Chalatenango department on Monday. "
            "The police arrested 12 students at a protest in San Salvador on Tuesday.")
    last = events_of(text, settings, published="2024-07-03")[-1]
    # (the story's one country owns its bare "police": El Salvador's police, never its army)
    assert last.actor1 is not None and last.actor1.actor_id == "el-salvador-police"
