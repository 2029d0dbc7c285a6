"""Scenes, sides and second tellings the rules missed, on reports written for the project: a
headline's place for a lede that names none, "a separate protest" elsewhere, the other side's
dead in the fight an attack set off, the hurt told in a second paragraph, a deal the fighting
broke, a claim the writer could not check, a source named at a sentence's end, and an evening's
clash after a peaceful march."""

import datetime as dt

import pytest

import conflictlens
from conflictlens.extract.dates import find_dateline
from conflictlens.model import DatePrecision


def events_of(text, settings, published, title=None):
    return conflictlens.analyze(text, published=published, settings=settings, title=title).events


def the_one_event(text, settings, published):
    """The report's only event: the later sentences tell more of it, not events of their own."""
    events = events_of(text, settings, published)
    assert len(events) == 1, [e.evidence.text for e in events]
    return events[0]


@pytest.mark.model
def test_a_headline_places_a_lede_that_names_no_place_and_a_separate_protest_is_its_own_event(settings):
    text = (
        "Riot police disperse teachers' march in Kampala\n\n"
        "KAMPALA, Aug 5 (Reuters) - Ugandan riot police fired tear gas on Tuesday to break up a march by "
        "hundreds of striking teachers who had walked towards the education ministry, witnesses said.\n\n"
        "In the northern city of Gulu, a separate protest turned deadly when soldiers opened fire on a crowd "
        "that had blocked a highway, killing three people, a hospital official said."
    )
    events = events_of(text, settings, "2025-08-05")
    assert len(events) == 2
    kampala, gulu = events
    assert kampala.location is not None and kampala.location.name == "Kampala"  # the headline's place
    assert kampala.fatalities is None
    assert gulu.location is not None and gulu.location.name == "Gulu"
    assert gulu.fatalities is not None and gulu.fatalities.best == 3
    assert gulu.date.value == dt.date(2025, 8, 5)


@pytest.mark.model
def test_an_exchange_of_heavy_fire_is_a_clash_and_the_next_paragraphs_hurt_are_its_own(settings):
    text = (
        "SANAA, March 9 (AP) - Houthi fighters and government troops exchanged heavy fire near the town of "
        "Harib on Sunday, killing at least four civilians caught in the crossfire, local officials said.\n\n"
        "A local official said government forces fired mortar shells into Harib, wounding nine others."
    )
    clash = the_one_event(text, settings, "2025-03-09")
    assert clash.sub_event_type == "Armed clash"
    assert clash.fatalities is not None and clash.fatalities.best == 4
    assert clash.injuries is not None and clash.injuries.best == 9


@pytest.mark.model
def test_the_other_sides_dead_in_the_fight_an_attack_set_off_join_its_toll(settings):
    text = (
        "PESHAWAR, June 14 - Five policemen were killed when militants attacked a police post in the Bannu "
        "district of Khyber Pakhtunkhwa late on Friday, officials said on Saturday.\n\n"
        "Police responded and killed four militants in the ensuing exchange of fire, officials said."
    )
    [event] = events_of(text, settings, "2025-06-14")
    assert event.fatalities is not None and event.fatalities.best == 9
    assert event.date.value == dt.date(2025, 6, 13)


@pytest.mark.model
def test_a_response_that_is_an_act_of_its_own_adds_no_dead_to_the_first(settings):
    # the retaliation hit other people elsewhere: its dead are no part of the shelling's toll
    text = (
        "Activists in the city said two civilians were killed in rocket fire by the rebels on the "
        "government-held district on Tuesday. The army responded by launching airstrikes on the rebel-held "
        "district, killing five civilians and wounding many more."
    )
    events = events_of(text, settings, "2025-04-02")
    assert events and events[0].fatalities is not None and events[0].fatalities.best == 2


@pytest.mark.model
def test_a_district_owned_by_its_province_and_a_province_owned_by_its_country_are_places(settings):
    text = (
        "Gunmen shot dead three road workers in Balochistan's Kech district on Wednesday, police said.\n\n"
        "Separately, insurgents attacked a village in Mozambique's Cabo Delgado province on Thursday, "
        "killing two farmers, local sources said."
    )
    events = events_of(text, settings, "2025-05-09")
    assert [e.location.name if e.location else None for e in events] == ["Kech District", "Cabo Delgado Province"]
    assert events[0].actor2 is not None and events[0].actor2.actor_id == "generic:workers"


@pytest.mark.model
def test_a_ceasefire_ended_or_broken_is_no_agreement_and_the_fighting_it_broke_is_told(settings):
    text = (
        "KINSHASA, Oct 7 (Reuters) - Fighting broke out on Tuesday between M23 rebels and Wazalendo militia "
        "fighters near the town of Sake, residents said, despite a ceasefire agreed in Doha in July.\n\n"
        "Violence has surged in North Kivu since the rebels ended a truce with the army in March."
    )
    events = events_of(text, settings, "2025-10-07")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    [clash] = events
    assert clash.date.value == dt.date(2025, 10, 7)
    assert {clash.actor1.actor_id, clash.actor2.actor_id} == {"m23", "wazalendo"}


@pytest.mark.model
def test_pro_government_names_no_government_side(settings):
    text = ("Fighters of the pro-government Wazalendo militia clashed with M23 rebels near the town of Sake in North "
            "Kivu on Monday, residents said.")
    [event] = events_of(text, settings, "2025-10-07")
    sides = {a.actor_id for a in (event.actor1, event.actor2) if a is not None}
    assert sides == {"wazalendo", "m23"}


@pytest.mark.model
def test_a_claim_the_writer_could_not_check_is_no_claim_of_responsibility(settings):
    text = (
        "Russia's defence ministry said on Thursday its forces had captured the village of Novoselivka in "
        "Donetsk region, a claim Kyiv did not confirm."
    )
    [event] = events_of(text, settings, "2025-11-20")
    assert event.sub_event_type in ("Non-state actor overtakes territory", "Government regains territory")
    assert event.location is not None and event.location.admin1 == "Donetsk Oblast"
    # the ministry's day is its statement's: the capture carries it as known done by then, not as told
    assert event.date.basis == "statement" and event.date.value == dt.date(2025, 11, 20)


@pytest.mark.model
def test_a_town_seized_is_ground_taken_not_property(settings):
    text = "The M23, which is backed by Rwanda, seized Goma in January and Bukavu in February."
    events = events_of(text, settings, "2025-06-01")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert events[0].date.precision is DatePrecision.MONTH


@pytest.mark.model
def test_an_efe_dateline_dates_a_weekday_in_its_lede(settings):
    text = (
        "Medellin, Mar 4 (EFE).- Two police officers were killed on Sunday when gunmen attacked a patrol in "
        "the rural area of Segovia, in Antioquia department, the police reported."
    )
    assert find_dateline(text) is not None
    [event] = events_of(text, settings, "2025-03-04")
    assert event.date.value == dt.date(2025, 3, 2)


@pytest.mark.model
def test_a_claim_after_the_attacks_details_names_its_doer(settings):
    text = (
        "NIAMEY, April 2 - Jihadist fighters attacked an army post in the western town of Banibangou early on "
        "Monday, killing at least 12 soldiers, security sources said.\n\n"
        "The attackers, who came on motorbikes, held the post for several hours before withdrawing, a "
        "security source said. They also burned two military vehicles.\n\n"
        "The Islamic State Sahel Province claimed the attack on Tuesday."
    )
    events = events_of(text, settings, "2025-04-02")
    assert events and events[0].actor1 is not None and events[0].actor1.actor_id == "is-sahel"


@pytest.mark.model
def test_a_source_named_at_the_sentences_end_is_no_side(settings):
    text = (
        "The fighting began on Sunday after members of a Bedouin clan abducted a Druze shopkeeper on the road "
        "to Damascus, the Syrian Observatory for Human Rights said."
    )
    events = events_of(text, settings, "2025-07-15")
    assert events
    for event in events:
        for actor in (event.actor1, event.actor2):
            assert actor is None or "Observatory" not in actor.name


@pytest.mark.model
def test_druze_and_bedouin_fighters_are_the_sides_of_a_clash(settings):
    text = "At least 20 people were killed on Sunday in clashes between Druze fighters and Bedouin gunmen in Sweida province, a monitor said."
    [event] = events_of(text, settings, "2025-07-15")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.actor_id, event.actor2.actor_id} == {"generic:communal-militia", "generic:tribal-fighters"}


@pytest.mark.model
def test_dead_of_an_earlier_disaster_a_march_remembers_are_not_its_own(settings):
    text = (
        "Thousands of people marched through Skopje on Sunday to mark a year since a nightclub fire in Kocani "
        "killed 62 people, demanding justice for the victims."
    )
    [event] = events_of(text, settings, "2025-03-16")
    assert event.event_type == "Protests" and event.fatalities is None


@pytest.mark.model
def test_a_clash_later_that_evening_is_a_riot_on_the_day_and_at_the_place_of_the_march(settings):
    text = (
        "BELGRADE, Nov 1 (Reuters) - Tens of thousands of people marched through Belgrade on Saturday in one "
        "of the largest protests in Serbia in years.\n\n"
        "The rally passed off peacefully, police said. Organisers put the crowd at more than 100,000.\n\n"
        "Later in the evening, small groups of protesters clashed with ruling party supporters outside the "
        "presidency, throwing bottles and flares. Police said 13 officers were injured."
    )
    events = events_of(text, settings, "2025-11-01")
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Violent demonstration"]
    riot = events[1]
    assert riot.date.value == dt.date(2025, 11, 1)
    assert riot.location is not None and riot.location.name == "Belgrade"
    assert riot.injuries is not None and riot.injuries.best == 13


@pytest.mark.model
def test_the_raiders_told_again_that_night_and_their_quoted_killings_are_the_raid(settings):
    text = (
        "Bandits abduct 25 in Katsina raid\n\n"
        "Armed bandits have abducted at least 25 people in an overnight raid on Faskari local government area "
        "of Katsina State, residents said on Sunday.\n\n"
        "The gunmen stormed the village of Unguwar Doka around midnight on Saturday, shooting sporadically, a "
        "resident, Musa Ibrahim, said.\n\n"
        "\"They killed two men who tried to run and took our cattle,\" he said."
    )
    raid = the_one_event(text, settings, "2025-06-15")
    assert raid.fatalities is not None and raid.fatalities.best == 2
    assert raid.fatalities_evidence is not None and "They killed two men" in raid.fatalities_evidence.text


@pytest.mark.model
def test_the_strike_named_again_with_its_day_adds_its_other_dead_and_gives_the_day(settings):
    text = (
        "NAIROBI, Feb 9 (Reuters) - The U.S. military said on Sunday it had carried out an air strike that killed a "
        "senior Islamic State commander in the Cal Miskaad mountains of Somalia's Bari region.\n\n"
        "The strike, conducted in coordination with the Puntland authorities on Thursday, also killed three other "
        "militants, U.S. Africa Command said."
    )
    strike = the_one_event(text, settings, "2025-02-09")
    assert strike.fatalities is not None and strike.fatalities.best == 4
    assert strike.date.value == dt.date(2025, 2, 6)
    assert strike.actor1 is not None and strike.actor1.actor_id == "united-states-military"


@pytest.mark.model
def test_who_told_of_an_act_with_a_doer_of_its_own_words_did_not_do_it(settings):
    # (nor is a capital at the end of the road its government)
    text = ("Kenyan police said a roadside bomb struck a bus carrying traders on the road between Garissa and "
            "Nairobi on Monday, killing four people.")
    [event] = events_of(text, settings, "2025-03-04")
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is None
    assert event.actor2 is not None and event.actor2.actor_id == "generic:workers"
    assert event.location is not None and event.location.country_code == "KE"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army said on Monday it had killed 12 militants in an operation near the town of Mir Ali in North Waziristan.",
    "Russia's defence ministry said on Monday its forces had shot down 20 Ukrainian drones over the Bryansk region.",
])
def test_the_teller_of_its_own_act_stays_its_doer(text, settings):
    events = events_of(text, settings, "2025-03-04")
    assert events and events[0].actor1 is not None and events[0].actor1.category is not None


@pytest.mark.model
def test_the_hurt_told_a_few_sentences_on_are_the_clash_s_and_a_later_blockade_is_that_days_riot(settings):
    text = (
        "Heavy clashes erupted on Monday between two armed groups in the Libyan city of Zawiya, killing at least "
        "five people, the health ministry said.\n\n"
        "The fighting lasted for several hours, residents said. Schools and shops stayed shut.\n\n"
        "The ministry said 14 others were wounded.\n\n"
        "Angry residents later blocked the coastal highway and burned tyres, demanding that the groups leave "
        "the city. More than 300 people have been killed in fighting in western Libya since 2022."
    )
    events = events_of(text, settings, "2025-05-13")
    assert [e.sub_event_type for e in events] == ["Armed clash", "Violent demonstration"]
    clash, riot = events
    assert clash.injuries is not None and clash.injuries.best == 14
    assert riot.date.value == clash.date.value == dt.date(2025, 5, 12)
    assert riot.fatalities is None  # (the tally since 2022 is no figure of the riot)


@pytest.mark.model
def test_a_lede_told_again_in_its_parts_stays_one_event(settings):
    text = (
        "BEIRUT (Reuters) - Israeli air strikes on two villages in southern Lebanon killed three people on Thursday, "
        "the health ministry said.\n\n"
        "An air strike on a car in the town of Nabatieh killed two people, while another strike on a house in Kfar "
        "Kila killed one, the ministry said."
    )
    events = events_of(text, settings, "2025-05-15")
    assert len(events) == 1 and events[0].date.value == dt.date(2025, 5, 15)


@pytest.mark.model
def test_arrests_after_clashes_that_hurt_people_tell_the_clashes_too(settings):
    text = ("KAMPALA, May 7 (Reuters) - Ugandan police arrested at least 40 people after clashes between rival "
            "traders at Owino market on Monday left more than 60 people injured, a police spokesman said on Tuesday.")
    events = events_of(text, settings, "2025-05-07")
    assert sorted(e.event_type for e in events) == ["Battles", "Strategic developments"] or \
        sorted(e.event_type for e in events) == ["Riots", "Strategic developments"]
    clashes = next(e for e in events if e.event_type != "Strategic developments")
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert clashes.date.value == dt.date(2025, 5, 5) and clashes.injuries is not None and clashes.injuries.best == 60
    assert arrests.date.value != dt.date(2025, 5, 5) and arrests.injuries is None  # (the clashes' day and hurt are theirs)


@pytest.mark.model
def test_a_man_his_wife_and_their_children_are_counted_together(settings):
    text = "Gunmen killed a farmer, his wife and their four children at their home in Zamfara state on Sunday, police said."
    [event] = events_of(text, settings, "2025-05-06")
    assert event.fatalities is not None and event.fatalities.best == 6


@pytest.mark.model
def test_a_day_after_since_starts_a_count_and_is_no_earlier_act(settings):
    # (guard: "since Monday" is a period's start, not an act told before the event)
    text = ("ALEPPO, July 8 (AFP) - Regime forces repelled an attack by rebel fighters on the Zahra district of "
            "Aleppo on Tuesday. The monitor said 19 insurgents have been killed since Monday in Zahra.")
    events = events_of(text, settings, "2015-07-08")
    assert events and events[0].date.value == dt.date(2015, 7, 7)


@pytest.mark.model
def test_the_hurt_told_after_a_burning_are_the_attacks(settings):
    text = (
        "Gang members opened fire on residents of the town of Mirebalais early on Thursday, killing at least 20 "
        "people, a United Nations spokesperson said.\n\n"
        "The Viv Ansanm coalition also set fire to at least 30 homes and 12 vehicles, forcing nearly 4,000 people to "
        "flee, the UN said. Fourteen people were seriously injured."
    )
    events = events_of(text, settings, "2025-10-04")
    attack = events[0]
    assert attack.sub_event_type == "Attack" and attack.injuries is not None and attack.injuries.best == 14
    assert all(e.event_type != "Riots" for e in events)


@pytest.mark.model
def test_fighting_between_two_forces_that_killed_civilians_is_their_clash(settings):
    text = ("Fighting between the Sudanese army and the Rapid Support Forces around the city of Babanusa killed at "
            "least 25 civilians on Saturday, a doctors' group said.")
    [event] = events_of(text, settings, "2025-11-09")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1.actor_id, event.actor2.actor_id} == {"sudan-military", "rsf"}


@pytest.mark.model
def test_a_state_s_seat_of_power_stands_in_the_capital_the_report_is_filed_from(settings):
    text = ("ACCRA, March 3 (Reuters) - Protesters stormed Ghana's parliament on Monday and smashed windows as "
            "lawmakers debated a new tax, police said.")
    [event] = events_of(text, settings, "2025-03-03")
    assert event.location is not None and event.location.name == "Accra"


@pytest.mark.model
def test_every_town_in_a_list_ending_with_the_one_chosen_has_its_protest(settings):
    text = ("NAIROBI, June 25 (Reuters) - Police fired tear gas at protesters in the port city of Mombasa and in "
            "Kisumu, where demonstrators barricaded roads on Tuesday.")
    events = events_of(text, settings, "2025-06-25")
    assert sorted(e.location.name for e in events) == ["Kisumu", "Mombasa"]


@pytest.mark.model
def test_a_group_saying_its_fighters_did_it_is_the_doer_and_its_count_only_its_claim(settings):
    text = (
        "MOGADISHU, Aug 3 (Reuters) - A suicide bomber drove an explosives-laden car into an army checkpoint near "
        "the town of Jowhar on Saturday, killing at least nine soldiers, a military officer said.\n\n"
        "Al Shabaab said in a statement that its fighters had killed 25 soldiers in the operation."
    )
    [event] = events_of(text, settings, "2025-08-03")
    assert event.sub_event_type == "Suicide bomb" and event.fatalities.best == 9
    assert event.actor1 is not None and event.actor1.actor_id == "al-shabaab"
    assert [o.quantity.best for o in event.other_estimates] == [25]


@pytest.mark.model
def test_a_claim_of_the_act_named_with_the_names_its_doer_however_far_back(settings):
    text = (
        "BAMAKO, Sept 19 (Reuters) - Jihadist fighters ambushed an army convoy near the town of Niono on Thursday, "
        "Mali's army said. The army did not give a toll for its own forces.\n\n"
        "A local official said at least six soldiers had been killed and several trucks burned.\n\n"
        "JNIM claimed the ambush on Friday."
    )
    events = events_of(text, settings, "2025-09-19")
    assert events and events[0].actor1 is not None and events[0].actor1.actor_id == "jnim"
