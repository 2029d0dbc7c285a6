"""Wire reports written for the project in current style (Cameroon, Ethiopia, Sudan, Lebanon,
Libya, England, Georgia, Mozambique, Kenya, Burkina Faso, Somalia, the West Bank, Nigeria,
Yemen): a dateline with only a dash, a breadcrumb above the headline, a quote or an artillery
sentence that retells the lede, "last weekend", a town the text calls a town, a riot and its
police, a side's own count of its enemy's dead, and one demonstration per town listed."""

import datetime as dt

import pytest

import conflictlens
from conflictlens.extract.dates import find_dateline, find_dates
from conflictlens.ingest.clean import clean_text
from conflictlens.model import DatePrecision

pytestmark = pytest.mark.model


def analyze(text, settings, published):
    return conflictlens.analyze(text, published=published, settings=settings)


CAMEROON = (
    "Home | World | Africa\n\n"
    "Cameroon separatists kill four in Anglophone region, army says\n\n"
    "Published 18 September 2024\n\n"
    "YAOUNDE - Separatist fighters killed four gendarmes at a checkpoint near Bamenda in Cameroon's North-West "
    "region on Monday, the army said.\n\n"
    "Army spokesman Cyrille Serge Atonfack said soldiers later killed two of the attackers in a search operation."
)


def test_a_dateline_with_only_a_dash_is_no_part_of_the_doer(settings):
    doc = analyze(CAMEROON, settings, "2024-09-18")
    assert doc.article.title.startswith("Cameroon separatists")  # the breadcrumb is page furniture
    [event] = doc.events
    # "YAOUNDE - Separatist fighters" had been one unlisted organisation doing the killing
    assert event.actor1 is not None and event.actor1.actor_id == "generic:rebels"
    assert event.sub_event_type == "Armed clash"  # gendarmes are state forces
    assert event.location is not None and event.location.name == "Bamenda"
    assert event.date.value == dt.date(2024, 9, 16)


@pytest.mark.parametrize("text, place", [
    ("YAOUNDE - Separatist fighters killed four.", "YAOUNDE"),
    ("Headline\n\nMAPUTO - Islamic State-linked insurgents killed five.", "MAPUTO"),
    ("ADDIS ABABA - The army said.", "ADDIS ABABA"),
    ("EXCLUSIVE - Iran sent drones", None),  # a wire slug, not a city
    ("US - China talks resume", None),       # too short to tell from a headline's acronym
])
def test_datelines_without_agency_or_date(text, place):
    m = find_dateline(text)
    assert (m["place"] if m else None) == place


def test_a_breadcrumb_line_is_page_furniture_but_a_headline_with_a_bar_is_not():
    assert clean_text("Home | World | Africa\n\nGunmen kill five.").startswith("Gunmen")
    kept = clean_text("Syria: Dozens killed in Aleppo | Al Jazeera\n\nGunmen kill five.")
    assert kept.startswith("Syria: Dozens killed")


ETHIOPIA = (
    "Ethiopia: Fano militiamen seize town in Amhara region\n\n"
    "ADDIS ABABA, Jan 9 (Reuters) - Fighters from the Fano militia captured the town of Lalibela in Ethiopia's "
    "Amhara region on Sunday after federal troops withdrew, two residents said.\n\n"
    "\"The army left the town in the morning and Fano fighters entered in the afternoon without a fight,\" one "
    "resident said."
)


def test_a_quote_dated_only_by_the_dateline_retells_the_takeover(settings):
    [event] = analyze(ETHIOPIA, settings, "2024-01-09").events
    assert event.sub_event_type == "Non-violent transfer of territory"
    assert event.actor1.actor_id == "fano"
    assert event.date.value == dt.date(2024, 1, 7)


SUDAN = (
    "Sudan's RSF accused of killing over 100 in Gezira village\n\n"
    "PORT SUDAN, June 6 (Reuters) - Sudan's paramilitary Rapid Support Forces (RSF) killed more than 100 people "
    "in an attack on a village in the central state of Gezira on Wednesday, a pro-democracy activist group said.\n\n"
    "The Wad Madani Resistance Committee said RSF fighters attacked Wad al-Nourah village twice with heavy "
    "artillery."
)


def test_the_same_doers_artillery_right_after_names_the_means_of_the_attack(settings):
    [event] = analyze(SUDAN, settings, "2024-06-06").events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.actor_id == "rsf"
    assert event.date.value == dt.date(2024, 6, 5)
    assert event.fatalities.best == 100


def test_a_generic_doer_before_anothers_shelling_is_two_events(settings):
    text = (
        "Gunmen attacked the village of Kuma on Monday, killing five villagers, police said. The army shelled "
        "rebel positions near the town of Kuma on Monday, a military source said."
    )
    events = analyze(text, settings, "2024-06-04").events
    assert {e.sub_event_type for e in events} >= {"Shelling/artillery/missile attack"}
    assert len(events) == 2


@pytest.mark.parametrize("published, saturday, sunday", [
    ("2024-05-14", dt.date(2024, 5, 11), dt.date(2024, 5, 12)),  # a Tuesday: the weekend just gone
    ("2024-05-12", dt.date(2024, 5, 11), dt.date(2024, 5, 12)),  # a Sunday: this one
    ("2024-05-11", dt.date(2024, 5, 4), dt.date(2024, 5, 5)),    # "last weekend" on a Saturday: the one before
])
def test_last_weekend_is_a_two_day_span_at_week_precision(published, saturday, sunday):
    [found] = find_dates("in an attack last weekend", dt.date.fromisoformat(published))
    assert found.date.precision is DatePrecision.WEEK
    assert (found.date.value, found.date.end) == (saturday, sunday)


LEBANON = (
    "BEIRUT, Feb 14 (Reuters) - An Israeli air strike on the southern Lebanese town of Nabatieh killed three "
    "people on Wednesday, Lebanese security sources said, hours after rockets fired from Lebanon killed a soldier "
    "in the northern Israeli city of Safed."
)


def test_a_town_the_text_calls_a_town_is_the_town_not_its_province(settings):
    [strike] = [e for e in analyze(LEBANON, settings, "2024-02-14").events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1.actor_id == "israel-military"
    # the province Nabatieh had lost to the town named in another clause (Safed, in Israel)
    assert strike.location is not None and strike.location.country_code == "LB" and strike.location.level == "point"


def test_a_capital_in_apposition_is_a_place_whatever_the_parse(settings):
    text = (
        "TRIPOLI, Aug 15 (Reuters) - Clashes between two armed groups in the Libyan capital Tripoli killed at least "
        "nine people and wounded 27 overnight, the emergency medicine centre said on Tuesday."
    )
    [clash] = analyze(text, settings, "2023-08-15").events
    assert clash.location is not None and clash.location.name == "Tripoli" and clash.location.country_code == "LY"


LEICESTER = (
    "LONDON (Reuters) - Police arrested 40 people after violence broke out between groups of young men in the "
    "English city of Leicester on Saturday night, with bottles thrown and a car set alight, police said on Monday.\n\n"
    "Eight officers were injured."
)


def test_bottles_thrown_make_a_riot_and_its_injured_officers_are_its_toll(settings):
    [riot] = analyze(LEICESTER, settings, "2022-09-19").events
    assert riot.event_type == "Riots"
    assert riot.actor1.actor_id == "generic:rioters"
    assert riot.injuries is not None and riot.injuries.best == 8
    assert riot.location.name == "Leicester"


def test_riot_police_are_not_a_riot(settings):
    text = (
        "TBILISI, May 12 (Reuters) - On Tuesday, riot police used tear gas and rubber bullets to disperse protesters "
        "who tried to block the entrance to the parliament building in Tbilisi."
    )
    [event] = analyze(text, settings, "2024-05-12").events
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.actor_id == "generic:protesters"


def test_protesters_who_storm_parliament_riot_whatever_the_police_did(settings):
    text = (
        "NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas and live bullets at protesters who stormed "
        "parliament in Nairobi on Tuesday, killing at least five people.\n\n"
        "Demonstrations were also held in Mombasa, Kisumu and Eldoret."
    )
    events = analyze(text, settings, "2024-06-25").events
    assert events[0].sub_event_type == "Violent demonstration"
    assert events[0].actor1.actor_id == "generic:rioters" and events[0].actor2.actor_id == "kenya-police"
    # one peaceful demonstration event per town, as ACLED codes them
    protests = [e for e in events if e.sub_event_type == "Peaceful protest"]
    assert sorted(e.location.name for e in protests) == ["Eldoret", "Kisumu", "Mombasa"]
    assert all(e.date.value == dt.date(2024, 6, 25) for e in protests)


def test_a_statement_day_right_after_said_does_not_date_the_act(settings):
    text = (
        "OUAGADOUGOU (Reuters) - Burkina Faso's army said on Thursday it had killed about 50 militants in a joint "
        "air and ground operation near the northern town of Djibo earlier this week."
    )
    [event] = analyze(text, settings, "2023-03-09").events
    assert event.actor1.actor_id == "burkina-faso-military"
    assert event.date.precision is DatePrecision.WEEK and event.date.value == dt.date(2023, 3, 6)


SOMALIA = (
    "MOGADISHU, Aug 23 (Reuters) - Somali government forces and allied clan militias fought al Shabaab militants "
    "for hours on Tuesday in the town of Cowsweyne in central Somalia, an army officer said, adding that dozens of "
    "fighters were killed on both sides.\n\n"
    "Al Shabaab said in a statement its fighters had killed 87 soldiers and seized weapons. The government said "
    "100 militants died."
)


def test_a_sides_count_of_its_enemys_dead_is_its_claim_not_the_toll(settings):
    [clash] = analyze(SOMALIA, settings, "2022-08-23").events
    assert clash.sub_event_type == "Armed clash"
    assert clash.fatalities.phrase.lower().startswith("dozens")
    assert {q.quantity.best for q in clash.other_estimates} >= {100}


def test_settlers_are_named_and_a_claim_of_that_attack_names_its_doer(settings):
    west_bank = (
        "RAMALLAH, West Bank, Jan 30 (Reuters) - Jewish settlers torched cars and a house in the Palestinian "
        "village of Huwara on Tuesday, the Palestinian news agency WAFA reported."
    )
    [event] = analyze(west_bank, settings, "2024-01-30").events
    assert event.actor1 is not None and event.actor1.actor_id == "generic:settlers"
    pakistan = (
        "ISLAMABAD (AP) — A suicide bomber rammed an explosives-laden vehicle into a military post in Pakistan's "
        "North Waziristan district on Saturday, killing seven soldiers. The Pakistani Taliban, known as "
        "Tehreek-e-Taliban Pakistan or TTP, claimed that attack."
    )
    [bombing] = analyze(pakistan, settings, "2024-03-16").events
    assert bombing.sub_event_type == "Suicide bomb"
    assert bombing.actor1 is not None and bombing.actor1.actor_id == "ttp"


def test_a_possessive_state_owns_the_generic_word_and_a_states_possessive_is_the_state(settings):
    yemen = (
        "RIYADH, March 20 (Reuters) - Yemen's Saudi-backed government and the Houthi movement agreed on Monday to "
        "exchange nearly 900 prisoners, the United Nations said."
    )
    ids = {a.actor_id for a in analyze(yemen, settings, "2023-03-20").actors}
    assert "yemen-government" in ids and "generic:security-forces" not in ids
    kaduna = (
        "KADUNA, Nigeria, March 8 (Reuters) - Armed men stormed a secondary school in Kaduna state's Kuriga town on "
        "Thursday and abducted at least 20 pupils, police said on Friday."
    )
    [abduction] = analyze(kaduna, settings, "2024-03-08").events
    assert abduction.location.level == "region" and abduction.location.name == "Kaduna State"


IRAN = (
    "DUBAI (Reuters) - Protests over the death of a young woman in police custody spread to Tehran, Mashhad, "
    "Isfahan and Tabriz on Monday, with demonstrators chanting against the clerical leadership, witnesses said.\n\n"
    "Security forces fired tear gas at protesters in Tehran, the semi-official Fars news agency reported."
)


def test_protests_spreading_to_four_cities_are_four_events_with_no_one_intervening(settings):
    events = analyze(IRAN, settings, "2022-09-19").events
    protests = [e for e in events if e.sub_event_type == "Peaceful protest"]
    # "spread to Tehran" is the city (a motion), Tabriz (which the model calls a person) is listed
    # after towns, and the police of "police custody" did not intervene
    assert [e.location.name for e in protests] == ["Tehran", "Mashhad", "Isfahan", "Tabriz"]
    assert all(e.actor2 is None for e in protests)
    # beside Isfahan, "Tehran" is still the capital, not Tiran in Isfahan province
    [dispersal] = [e for e in events if e.sub_event_type == "Protest with intervention"]
    assert dispersal.location.name == "Tehran" and dispersal.location.admin1 == "Tehran Province"


def test_the_interceptor_is_actor1_and_the_launcher_actor2(settings):
    text = (
        "KYIV, Oct 12 (Reuters) - Ukraine's air force said on Thursday it had destroyed 30 of 33 drones launched "
        "by Russia overnight, mostly over the southern Odesa region.\n\n"
        "Debris from a downed drone damaged a warehouse in the city of Mykolaiv, regional governor Vitaliy Kim said."
    )
    events = analyze(text, settings, "2023-10-12").events
    assert events[0].sub_event_type == "Disrupted weapons use"
    assert events[0].actor1.actor_id == "ukraine-military"
    assert events[0].actor2 is not None and events[0].actor2.country_code == "RU"
    # the city of Mykolaiv, not Mykolaivka in Donetsk
    assert events[1].location.name == "Mykolayiv" and events[1].location.admin1 == "Mykolaiv Oblast"


def test_another_sources_count_is_an_estimate_and_a_day_before_the_source_clause_is_the_acts(settings):
    text = (
        "KHARTOUM - At least 15 people were killed when shells hit a market in El Fasher, the capital of North "
        "Darfur, on Sunday, a local medical source said.\n\n"
        "The army accused the RSF of shelling the market. The RSF said the army's artillery had fired on the area. "
        "A resident said 20 people were killed."
    )
    [event] = analyze(text, settings, "2024-06-03").events
    assert event.date.value == dt.date(2024, 6, 2)
    assert event.fatalities.best == 15
    assert [q.quantity.best for q in event.other_estimates] == [20]
    assert event.actor1 is None  # each side blames the other


def test_they_after_an_attack_are_its_doers_not_the_source_who_tells_it(settings):
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Suspected Boko Haram militants killed 17 farmers in Dikwa in Borno state "
        "on Saturday, a militia leader said on Monday. On Sunday, they killed 20 others working on fields near "
        "Gamboru, the militia leader said."
    )
    events = analyze(text, settings, "2023-01-16").events
    assert [e.actor1.actor_id for e in events] == ["boko-haram", "boko-haram"]
    assert events[1].date.value == dt.date(2023, 1, 15)


def test_an_explosion_among_worshippers_is_a_bombing_and_an_airports_city_is_its_place(settings):
    kabul = (
        "KABUL, April 29 (Reuters) - An explosion ripped through a mosque in the Afghan capital during Friday "
        "prayers, killing at least 10 worshippers and wounding 30, a Taliban spokesman said."
    )
    [blast] = analyze(kabul, settings, "2022-04-29").events
    assert blast.sub_event_type == "Remote explosive/landmine/IED"  # the classifier had heard a gas blast
    damascus = (
        "DAMASCUS, Syria (AP) — Israeli missiles struck Damascus International Airport early Sunday, killing two "
        "soldiers, the Syrian military said.\n\n"
        "The military said Syrian air defenses intercepted some of the missiles, which were fired from over the "
        "Golan Heights."
    )
    events = analyze(damascus, settings, "2022-06-12").events
    assert events[0].location.name == "Damascus"
    # whence the missiles came is not where they were stopped
    assert all(e.location is None or e.location.name != "Golan Heights" for e in events)


def test_an_indian_agency_dateline_and_a_districts_state_contain_the_place(settings):
    text = (
        "Two soldiers killed in IED blast in J-K's Rajouri\n\n"
        "Rajouri (Jammu and Kashmir) [India], May 5 (ANI): Two Army soldiers were killed and four others injured "
        "in an IED blast during an anti-terror operation in the Kandi forest area of Rajouri district on Friday, "
        "officials said."
    )
    m = find_dateline(text)
    assert m is not None and (m["place"], m["agency"]) == ("Rajouri", "ANI")
    [blast] = analyze(text, settings, "2023-05-05").events
    assert blast.evidence.text.startswith("Two Army soldiers")
    # not Kandi in West Bengal: the district says which state
    assert blast.location.country_code == "IN" and blast.location.admin1 != "West Bengal"
    assert blast.date.value == dt.date(2023, 5, 5)


def test_a_state_named_once_by_its_forces_and_once_by_its_name_is_one_doer(settings):
    text = (
        "Kyiv Independent - A Russian missile attack on the port infrastructure of Odesa killed one person and "
        "injured eight on the night of Nov. 6, Odesa Oblast Governor Oleh Kiper reported.\n\n"
        "Russia launched a Kh-59 guided missile at the city, damaging port warehouses and a civilian vessel, the "
        "governor said."
    )
    [strike] = analyze(text, settings, "2024-11-07").events
    assert strike.actor1.country_code == "RU" and strike.fatalities.best == 1


def test_the_speakers_own_act_is_the_groups_not_its_countrys(settings):
    text = (
        "SANAA (Reuters) - Yemen's Houthis said on Tuesday they had shot down a U.S. MQ-9 Reaper drone over the "
        "province of Marib with a locally made surface-to-air missile."
    )
    [event] = analyze(text, settings, "2024-05-28").events
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1.actor_id == "houthis"
    assert event.date.basis == "statement"  # the day they said it, carried as the day it was known done, not told as the act's


def test_agreeing_to_reduce_violence_is_an_agreement_not_a_trend(settings):
    text = (
        "KUALA LUMPUR, March 1 (Reuters) - Thailand's government and the Barisan Revolusi Nasional (BRN), the main "
        "rebel group in the Muslim-majority south, agreed on Thursday to reduce violence during the fasting month "
        "of Ramadan, Malaysian facilitator Zulkifli Zainal Abidin said."
    )
    [event] = analyze(text, settings, "2024-03-01").events
    assert event.sub_event_type == "Agreement"
    assert event.date.value == dt.date(2024, 2, 29)


def test_a_sentence_handed_down_today_for_killings_years_ago_is_no_event(settings):
    text = (
        "CHRISTCHURCH, New Zealand (Reuters) - A New Zealand court on Thursday sentenced a man to life in prison "
        "without parole for killing 51 people in attacks on two mosques in 2019."
    )
    assert not analyze(text, settings, "2020-08-27").events


def test_the_act_in_a_relative_clause_takes_its_own_date(settings):
    text = (
        "BOGOTA, March 3 (Reuters) - Colombia's ELN rebels on Sunday released six soldiers they had kidnapped in "
        "Arauca province last month, the ombudsman's office said."
    )
    [event] = analyze(text, settings, "2024-03-03").events
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.date.precision is DatePrecision.MONTH and event.date.value == dt.date(2024, 2, 1)


def test_a_day_of_protest_carries_across_the_paragraph_break(settings):
    events = analyze(IRAN, settings, "2022-09-19").events
    [dispersal] = [e for e in events if e.sub_event_type == "Protest with intervention"]
    assert dispersal.date.value == dt.date(2022, 9, 19)


def test_those_who_fight_back_as_a_circumstance_are_not_the_initiator(settings):
    text = (
        "MOGADISHU (AP) — Al-Shabaab militants stormed a popular hotel in Somalia's capital late Friday, and at "
        "least nine people were killed as security forces fought to end the siege, police said Saturday."
    )
    [event] = analyze(text, settings, "2024-03-16").events
    assert event.actor1.actor_id == "al-shabaab"
    assert event.actor2 is not None and event.actor2.actor_id == "somalia-military"  # (the story's one country's forces)
    assert event.fatalities.best == 9 and event.date.value == dt.date(2024, 3, 15)
