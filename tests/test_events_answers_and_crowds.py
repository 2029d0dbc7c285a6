"""Events of reports written for stop 29: a fight's answer and a teller going on are the act just
told; tolls told in a sentence of their own; crowds of party supporters; bombs dropped from the
air; directions, territories and nearby towns in place names.

Each case is one report (or its opening sentences), the field the events stage must get right,
and the value. The texts were written for the project, in the styles of the wires they name."""

from __future__ import annotations

import datetime as dt

import pytest

# name: (text, publication date, dotted field of the report's only event, expected value)
ONE_EVENT_ONE_FIELD = {
    # "two ambulances of the Afghan Red Crescent were machine-gunned": an attack, and the aid
    # agency whose ambulances were hit is no doer
    "machine-gunned-is-an-attack": (
        "KABUL (Reuters) - A doctor was seriously wounded and two ambulances of the Afghan Red Crescent were "
        "machine-gunned in Kabul on Monday, officials said.", "2024-03-05", "sub_event_type", "Attack"),
    "an-aid-agency-hit-is-no-doer": (
        "KABUL (Reuters) - A doctor was seriously wounded and two ambulances of the Afghan Red Crescent were "
        "machine-gunned in Kabul on Monday, officials said.", "2024-03-05", "actor1", None),
    # "a vice principal … was killed during the attack": the attack's toll, in a sentence of its own
    "killed-during-the-attack": (
        "BIRNIN KEBBI — Armed bandits on Monday attacked a girls' secondary school in Maga, Kebbi State, and "
        "abducted 25 students, the state police command said.\n\nHe said a vice principal, Hassan Makuku, was "
        "killed during the attack while a security guard was injured.", "2025-11-18", "fatalities.best", 1),
    # "… said dozens more were wounded in the shelling, which hit the … market": the hurt the shelling lacked
    "dozens-more-wounded-in-the-shelling": (
        "KHARTOUM, Sudan (AP) — Artillery shells fired by the paramilitary Rapid Support Forces slammed into a "
        "crowded livestock market in El Fasher on Sunday, killing at least 23 people, an activist group said.\n\n"
        "The Emergency Lawyers, a group that tracks violence against civilians, said dozens more were wounded in "
        "the shelling, which hit the Naivasha market in the city's south at midday.", "2025-06-23",
        "injuries.best", 12),
    # "an overnight raid" names the kind of raid; "late on Monday", told next, is its day
    "an-overnight-raid-is-no-night": (
        "KINSHASA, July 24 (Reuters) - Rebels from the Allied Democratic Forces (ADF) killed at least 40 people "
        "in an overnight raid on a village in eastern Democratic Republic of Congo, an army spokesman said on "
        "Wednesday.\n\nThe attackers, armed with guns and machetes, struck Mayikengo village in North Kivu's "
        "Lubero territory late on Monday, Lieutenant Marc Elongo said.", "2024-07-24", "date.value",
        dt.date(2024, 7, 22)),
    # "eastern Democratic Republic of Congo" is the country, not its government as a target
    "eastern-before-a-country-name": (
        "KINSHASA, July 24 (Reuters) - Rebels from the Allied Democratic Forces (ADF) killed at least 40 people in "
        "a raid on a village in eastern Democratic Republic of Congo, an army spokesman said on Wednesday.",
        "2024-07-24", "actor2", None),
    # Congo's territories: "North Kivu's Lubero territory", "Beni territory" (not Bolivia's Beni department)
    "a-congolese-territory": (
        "GOMA (Reuters) - Rebels killed at least 18 people with machetes in an attack on a village in North Kivu's "
        "Lubero territory on Friday, local officials said.", "2024-06-08", "location.name", "Lubero"),
    "a-territory-namesake-abroad": (
        "GOMA, June 8 (Reuters) - Suspected rebels killed at least 18 people with machetes in an attack on a "
        "village in eastern Congo's North Kivu province, local officials said on Saturday.\n\nThe attack took "
        "place in Masala village in Beni territory late on Friday, said the territory's administrator.",
        "2024-06-08", "location.name", "Beni Territory"),
    # '"The soldiers fought back and killed several of the attackers, but we lost seven brave men"': the ambush
    "fought-back-in-a-quote": (
        "MOGADISHU, Somalia (Xinhua) -- At least seven Somali soldiers were killed and 10 others injured on "
        "Thursday when al-Shabaab militants ambushed a military convoy in the Mahas district of the central "
        "Hiiraan region, a military official said.\n\n\"The soldiers fought back and killed several of the "
        "attackers, but we lost seven brave men,\" Mohamed said.", "2024-03-29", "fatalities.best", 7),
    # a demonstration is peaceful unless the words say what the crowd did or met
    "protests-erupted-are-no-riot": (
        "Protests erupted after the ouster and arrest of former president Pedro Castillo on Dec 7.",
        "2023-01-10", "sub_event_type", "Peaceful protest"),
    # supporters of two parties who clash are rioters, the parties associated (ACLED's mob violence)
    "party-supporters-clashed": (
        "DHAKA, Nov 28 (AFP) - One person was killed and at least 25 injured on Tuesday when supporters of "
        "Bangladesh's ruling Awami League and the opposition Bangladesh Nationalist Party (BNP) clashed during a "
        "nationwide general strike called by the opposition, police said.", "2023-11-28", "sub_event_type",
        "Mob violence"),
    "party-supporters-are-rioters": (
        "DHAKA, Nov 28 (AFP) - One person was killed and at least 25 injured on Tuesday when supporters of "
        "Bangladesh's ruling Awami League and the opposition Bangladesh Nationalist Party (BNP) clashed during a "
        "nationwide general strike called by the opposition, police said.", "2023-11-28", "actor1.name",
        "rioters"),
    # a guided bomb is dropped from the air
    "a-guided-bomb-is-an-air-strike": (
        "In the northeastern region of Kharkiv, a guided bomb hit a residential area of the town of Kupiansk on "
        "Saturday evening, wounding a 57-year-old woman, the regional governor said.", "2024-11-17",
        "sub_event_type", "Air/drone strike"),
    # "It said an explosive device was thrown at the forces …" goes on with the raid just told; "A fourth man
    # was seriously wounded" is its hurt
    "the-teller-goes-on": (
        "RAMALLAH, West Bank (Reuters) - Israeli forces killed three Palestinians during a raid in the Nur Shams "
        "refugee camp near Tulkarm on Tuesday, the Palestinian health ministry said.\n\nThe Israeli military said "
        "its troops had been fired on during a counter-terrorism operation in the camp. It said an explosive "
        "device was thrown at the forces and no soldiers were hurt.\n\nA fourth man was seriously wounded, it "
        "said.", "2024-08-27", "injuries.best", 1),
    # the doer's account of its missile, placed only in the country the missile hit: the same missile
    "retold-placed-only-in-the-country": (
        "DUBAI, May 4 (Reuters) - Yemen's Iran-aligned Houthis said on Sunday they had fired a ballistic missile "
        "at Israel's main international airport near Tel Aviv, wounding eight people.\n\nHouthi military "
        "spokesman Yahya Saree said in a televised statement that the group had used a \"hypersonic\" missile in "
        "the attack, and vowed to impose an \"air blockade\" on Israel.", "2025-05-04", "actor1.name",
        "Houthis (Ansar Allah)"),
    # "… were killed … when hundreds of \"terrorists\" … attacked a military post …, the ministry said": the
    # parse hangs the "when" clause on the teller's verb; its subject still did it
    "a-when-clause-on-the-tellers-verb": (
        "NIAMEY, March 22 (Reuters) - Ten Nigerien soldiers were killed and 12 wounded when hundreds of "
        "\"terrorists\" on motorcycles attacked a military post in the Tillaberi region near the border with Mali on "
        "Thursday, Niger's defence ministry said in a statement read on state television on Saturday.",
        "2024-03-23", "actor1.name", "terrorists"),
    # "… near-daily strikes … since the truce, which required Hezbollah to withdraw …": an agreement in force, none reached
    "since-the-truce": (
        "BEIRUT, Feb 11 (Reuters) - An Israeli drone strike on a car in the southern Lebanese town of Bint Jbeil "
        "killed two people on Tuesday, Lebanon's state news agency NNA said.\n\nIsrael has kept up near-daily "
        "strikes in southern Lebanon since the truce, which required Hezbollah to withdraw its fighters from the "
        "area south of the Litani river.", "2025-02-11", "sub_event_type", "Air/drone strike"),
    # "…, amid fighting between the federal army and the regional Fano militia": the war around the act, no side in it
    "amid-the-fighting": (
        "ADDIS ABABA, Aug 15 (Reuters) - A drone strike killed at least 30 people at a bus station in a town in "
        "Ethiopia's Amhara region on Sunday, residents said, amid fighting between the federal army and the "
        "regional Fano militia.", "2023-08-15", "actor2", None),
    # "A doctor … said it had received 30 bodies and more than 50 wounded": the hurt, past the bodies
    "bodies-and-wounded-received": (
        "ADDIS ABABA, Aug 15 (Reuters) - A drone strike killed at least 30 people at a bus station in Finote Selam "
        "in Ethiopia's Amhara region on Sunday, residents said.\n\nA doctor at the town's hospital said it had "
        "received 30 bodies and more than 50 wounded.", "2023-08-15", "injuries.best", 50),
    # Human Rights Watch's "(Nairobi) –" is a dateline: Nairobi is where the report was filed, no government acting
    "a-bracketed-dateline": (
        "(Nairobi) – Burkina Faso's military summarily executed at least 223 civilians, including at least 56 "
        "children, in two villages on February 25, 2024, Human Rights Watch said today.", "2024-04-25",
        "actor1.name", "Military Forces of Burkina Faso"),
    # "the Islamist armed group Ansaroul Islam": the named group, said once
    "a-generic-noun-before-the-name": (
        "OUAGADOUGOU (AFP) - The Islamist armed group Ansaroul Islam attacked a military camp near the town of "
        "Ouahigouya on Sunday, security sources said.", "2024-02-26", "actor1.name", "Ansarul Islam"),
    # "armed youth from neighbouring Unity State raided cattle camps in … Warrap State": where the raiders came from
    "raiders-from-a-neighbouring-state": (
        "JUBA - At least 21 people were killed when armed youth from neighbouring Unity State raided cattle camps "
        "in Tonj North County of Warrap State on Sunday, a local official said.", "2024-05-13", "location.name",
        "Warab State"),
    # '"We suspect that the IED was planted by al-Shabaab militants," Seda said': the device that went off, its planter
    "the-device-planted-by": (
        "MANDERA – Four police officers were killed on Wednesday morning after their vehicle ran over an "
        "improvised explosive device near Elwak town in Mandera County, police said.\n\nThe officers were on a "
        "routine patrol along the border when the explosion occurred at about 9am.\n\n\"We suspect that the IED "
        "was planted by al-Shabaab militants who have been crossing into Kenya from Somalia,\" Seda said.\n\n"
        "Mandera, Wajir, Garissa and Lamu counties have experienced frequent attacks by the Somalia-based militants.",
        "2024-06-12", "actor1.name", "al-Shabaab"),
    # "… had repelled an RSF attack on the nearby town of Jebel Moya": who made the assault started the fight
    "the-maker-of-an-assault-repelled": (
        "KHARTOUM, June 29 (Reuters) - Sudan's army said on Friday it had repelled an RSF attack on the town of "
        "Jebel Moya in Sennar state, killing dozens of fighters.", "2024-06-29", "actor1.name", "Rapid Support Forces"),
    # "… shot dead two protesters …, a day after parliament was stormed": the riot the act came after is not this one
    "a-riot-the-act-came-after": (
        "NAIROBI, June 26 (Reuters) - Kenyan police shot dead two protesters and wounded at least 11 others in the "
        "town of Githurai on the outskirts of Nairobi late on Tuesday, a rights group said, a day after parliament "
        "was stormed during demonstrations against proposed tax increases.", "2024-06-26", "sub_event_type",
        "Excessive force against protesters"),
    # "… set part of the parliament building on fire", in a report filed from the capital: the seat is there
    "part-of-the-parliament": (
        "NAIROBI, June 26 (Reuters) - On Tuesday, thousands of protesters broke through police lines and set part of "
        "the parliament building on fire.", "2024-06-26", "location.name", "Nairobi"),
    # "A young man arrested during an opposition protest … died in police custody": an attack by those who held him
    "died-in-police-custody": (
        "CONAKRY, July 12 (Reuters) - A young man arrested during an opposition protest in Conakry died in police "
        "custody on Wednesday, the opposition coalition said, accusing officers of beating him.", "2023-07-12",
        "sub_event_type", "Attack"),
    # a custody death a protest is over, or came after, is the protest's cause, no attack of the sentence's own
    "a-protest-after-a-custody-death": (
        "CONAKRY, July 12 (Reuters) - Hundreds of people protested in Conakry on Wednesday after a young man died in "
        "police custody, witnesses said.", "2023-07-12", "sub_event_type", "Peaceful protest"),
    "a-protest-over-a-death-in-custody": (
        "CONAKRY, July 12 (Reuters) - Police fired tear gas at hundreds of people who protested in Conakry on "
        "Wednesday over the death in police custody of a young man, witnesses said.", "2023-07-12", "sub_event_type",
        "Protest with intervention"),
    "one-dead-in-custody": (
        "CONAKRY, July 12 (Reuters) - A young man arrested during an opposition protest in Conakry died in police "
        "custody on Wednesday, the opposition coalition said, accusing officers of beating him.", "2023-07-12",
        "fatalities.best", 1),
    # "two grenades were recovered from the slain militant": the slain named, no dead counted, no event of its own
    "the-slain-militant": (
        "IMPHAL, Oct 3 (PTI) - Security forces killed one militant in a joint operation in Manipur's Jiribam "
        "district on Thursday, officials said.\n\nAn AK-47 rifle and two grenades were recovered from the slain "
        "militant.", "2024-10-03", "fatalities.best", 1),
    # '"The M23 entered Rubaya … after the Wazalendo withdrew"': the other side of the taking, no change of its own
    "the-losers-withdrew": (
        "GOMA, May 1 (Reuters) - M23 rebels took control of the mining town of Rubaya in eastern Democratic Republic "
        "of Congo on Tuesday after clashes with army-allied militias, residents said.\n\n\"The M23 entered Rubaya "
        "around 2 p.m. after the Wazalendo withdrew,\" said a civil society leader in Masisi territory.",
        "2024-05-01", "sub_event_type", "Non-state actor overtakes territory"),
    # "Protesters have camped out … since Oct. 1"; "More than 350 people have been killed, according to a Reuters
    # tally": a movement told from its start and a count kept over it, no events of their own
    "a-wave-since-a-day-and-its-tally": (
        "BAGHDAD, Nov 28 (Reuters) - Iraqi security forces shot dead three protesters in the southern city of "
        "Nasiriya on Thursday, medical sources said.\n\nProtesters have camped out in Baghdad and cities across the "
        "south since Oct. 1, demanding the overthrow of a political class they see as corrupt. More than 350 people "
        "have been killed, according to a Reuters tally.", "2019-11-28", "fatalities.best", 3),
    # the attackers counted, then all of them killed; "Two soldiers were also killed …, the military said": its own dead join the toll
    "all-of-them-and-the-soldiers-also-killed": (
        "QUETTA, Pakistan (AP) — Eight militants from the outlawed Baloch Liberation Army stormed a government "
        "complex in the southwestern city of Gwadar on Wednesday, opening fire and setting off explosions before "
        "security forces killed all of them, officials said.\n\nTwo soldiers were also killed in the hourslong "
        "gunbattle, the military said in a statement.", "2024-03-21", "fatalities.best", 10),
    # 'The … government condemned what it called a "massacre"': the act told, named by its judge
    "what-it-called-a-massacre": (
        "CAIRO, June 6 (Reuters) - Sudan's paramilitary Rapid Support Forces killed more than 100 people in an attack "
        "on a village in the central state of Gezira, activists said on Wednesday.\n\nThe RSF attacked Wad al-Noura "
        "village twice on Wednesday with heavy artillery, the committee said in a statement.\n\nThe RSF said in a "
        "statement that it had attacked army camps in the area and clashed with army-aligned fighters. It did not "
        "mention civilian casualties.\n\nThe army-led government condemned what it called a \"massacre\" and said "
        "104 people had been killed.", "2024-06-06",
        "actor1.name", "Rapid Support Forces"),
    # "… agreed on Friday to a six-month bilateral ceasefire that will take effect on Aug. 3": a day to come, not the agreement's
    "a-day-to-come": (
        "HAVANA, June 9 (Reuters) - Colombia's government and the National Liberation Army (ELN) guerrilla group "
        "agreed on Friday to a six-month bilateral ceasefire that will take effect on Aug. 3, the two sides said.",
        "2023-06-09", "date.value", dt.date(2023, 6, 9)),
    # "Dozens of his supporters gathered outside the police station … demanding his release": a protest
    "gathered-demanding": (
        "DAR ES SALAAM, April 10 (Reuters) - Dozens of supporters of opposition leader Tundu Lissu gathered outside "
        "the police station in Mbinga on Wednesday demanding his release, witnesses said.", "2025-04-10",
        "sub_event_type", "Peaceful protest"),
    # "A gunfight between soldiers and suspected members of a drug cartel …, including two soldiers": the cartel's
    # gunmen the other side, not the soldiers named again among the dead
    "soldiers-and-a-drug-cartel": (
        "MEXICO CITY, Dec 3 (Reuters) - A gunfight between soldiers and suspected members of a drug cartel in the "
        "western Mexican state of Michoacan left 12 people dead on Tuesday, including two soldiers, the defense "
        "ministry said.", "2024-12-03", "actor2.name", "gangs"),
    # "Another 15 people were taken to hospital with injuries": the attack's hurt
    "taken-to-hospital-with-injuries": (
        "BUNIA, Congo, Feb 11 (AP) — Militiamen from the CODECO armed group attacked a camp for displaced people in "
        "Congo's northeastern Ituri province overnight, killing at least 40 people, a local official said Saturday.\n\n"
        "Another 15 people were taken to hospital with injuries.", "2023-02-11", "injuries.best", 15),
}

# reports that tell no event ACLED codes
NO_EVENT = {
    # "sentenced five men to death for their role in a 2021 attack …": a trial today; the attack dated by its year alone
    "a-trial-for-an-attack-of-a-year-past": (
        "ABUJA, March 4 (Reuters) - A Nigerian court on Monday sentenced five men to death for their role in a 2021 "
        "attack on a Catholic church in Owo, Ondo State, in which more than 40 worshippers were killed, a court "
        "official said.", "2024-03-04"),
    # "Fighting … has forced more than 100,000 people to flee their homes in the past week": the war's tally of the uprooted
    "displaced-by-a-week-of-fighting": (
        "GENEVA, Feb 7 (Reuters) - Fighting between M23 rebels and Congolese forces in North Kivu province has forced "
        "more than 100,000 people to flee their homes in the past week, the U.N. refugee agency said on Friday.",
        "2025-02-07"),
}


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(NO_EVENT))
def test_no_event(read_events, case):
    text, published = NO_EVENT[case]
    assert [e.evidence.text for e in read_events.events(text, published)] == []


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(ONE_EVENT_ONE_FIELD))
def test_one_event_gets_one_field_right(read_events, case):
    text, published, field, expected = ONE_EVENT_ONE_FIELD[case]
    assert read_events.field_of_one(text, published, field) == expected


@pytest.mark.model
def test_a_wave_at_a_whole_country_keeps_the_country(read_events):
    # "Russia had launched 74 drones … at Ukraine overnight": not in the town the next sentence names
    text = ("KYIV, Nov 17 (Reuters) - Ukraine's air force said Russia had launched 74 drones and two Iskander-M "
            "ballistic missiles at Ukraine overnight, and that air defences had shot down 51 of the drones.\n\n"
            "In the northeastern region of Kharkiv, a guided bomb hit a residential area of the town of Kupiansk "
            "on Saturday evening, wounding a 57-year-old woman, the regional governor said.")
    wave = read_events.events(text, "2024-11-17")[0]
    assert wave.location is not None and wave.location.name == "Ukraine"


@pytest.mark.model
def test_a_nearby_town_is_no_detail_of_the_scene(read_events):
    # "… arrested in Maga on Tuesday. ¶ … gunmen kidnapped 12 farmers in nearby Zuru": the arrest is not in Zuru
    text = ("BIRNIN KEBBI — Armed bandits on Monday abducted 25 students from a school in Maga, Kebbi State, the "
            "police said.\n\nThe police spokesman said two suspected informants of the bandits had been arrested "
            "in Maga on Tuesday.\n\nThe attack came barely a week after gunmen kidnapped 12 farmers in nearby Zuru.")
    arrest = next(e for e in read_events.events(text, "2025-11-18") if e.sub_event_type == "Arrests")
    assert arrest.location is None or arrest.location.name != "Zuru"


@pytest.mark.model
def test_the_town_told_again_and_where_people_fled_toward(read_events):
    # "RSF fighters entered the town … and looted shops", after the RSF took Singa: the town is Singa, not
    # Gedaref state, toward which thousands fled
    text = ("KHARTOUM, June 29 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Saturday they had taken "
            "control of Singa, the capital of Sennar state, after a brief battle with the army.\n\nResidents said RSF "
            "fighters entered the town on Saturday morning after heavy shelling and looted shops and homes. Thousands "
            "of people fled east toward Gedaref state, the U.N.'s migration agency said.")
    looting = next(e for e in read_events.events(text, "2024-06-29") if e.sub_event_type == "Looting/property destruction")
    assert looting.location is not None and looting.location.name == "Singa"



@pytest.mark.model
def test_an_act_told_in_passing_then_in_full_is_one(read_events):
    # "… a day after nine Turkish soldiers were killed in an attack on a military base …. ¶ On Friday, PKK militants
    # infiltrated a base … and clashed with Turkish troops, killing nine soldiers": one act, its doer the PKK
    text = ("ANKARA, Jan 13 (Reuters) - Turkish air strikes killed 13 Kurdish militants in northern Iraq on Saturday, the "
            "Defence Ministry said, a day after nine Turkish soldiers were killed in an attack on a military base in the "
            "region.\n\nThe ministry said the strikes hit targets in the Metina, Hakurk and Gara regions. On Friday, PKK "
            "militants infiltrated a base in northern Iraq and clashed with Turkish troops, killing nine soldiers and "
            "wounding four, it said.")
    nine = [e for e in read_events.events(text, "2024-01-13") if e.fatalities is not None and e.fatalities.best == 9]
    assert [(e.actor1.name if e.actor1 else None) for e in nine] == ["Kurdistan Workers' Party (PKK)"]
