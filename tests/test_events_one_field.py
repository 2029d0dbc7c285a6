"""One field of one event, read right, from short reports written for the project: the fixes of
each stop that one assertion shows, kept in one table (what the case guards says its comment)."""

import datetime as dt

import pytest

from conflictlens.model import DatePrecision

ONE_EVENT_ONE_FIELD = {
    # --- stop 27: sabotage, city parts, tallies and background, datelines
    # a neighbourhood the gazetteer knows only as a town elsewhere is a part of the city just named,
    # and the sentence right after the lede telling it is the lede's act
    "a-neighbourhood-of-the-city-just-named": (
        "MEXICO CITY (AP) - A gun battle between rival cartel factions left nine people dead in the northern city "
        "of Culiacan on Sunday, prosecutors said.\n\nGunmen opened fire on a ranch house in the Tierra Blanca "
        "neighborhood and the men inside fired back, the state prosecutor's office said.", "2025-04-13",
        "location.name", "Culiacán"),
    # arms found at the scene of a clash just told are what it left, no seizure of their own
    "arms-found-at-the-scene": (
        "MEXICO CITY (AP) - A gun battle between soldiers and cartel gunmen left five people dead in the town of "
        "Caborca on Tuesday, the army said.\n\nSoldiers later found nine rifles and a grenade launcher at the "
        "scene.", "2025-04-15", "fatalities.best", 5),
    # a tally counted "since then" is no toll of the lede's clash
    "a-tally-since-then": (
        "MEXICO CITY (AP) - A gun battle between rival cartel factions left four people dead in Culiacan on "
        "Monday, prosecutors said.\n\nThe city has been gripped by violence since September. More than 900 "
        "people have been killed in the state since then.", "2025-04-14", "fatalities.best", 4),
    # a rebel group that destroys a pipeline's section sabotages property, whatever the classifier heard
    "a-pipeline-section-destroyed": (
        "BOGOTA, Feb 3 (EFE) - Rebels of the National Liberation Army (ELN) destroyed a stretch of the "
        "Cano Limon - Covenas oil pipeline near the town of Saravena on Sunday night, the state oil company said.",
        "2025-02-03", "sub_event_type", "Looting/property destruction"),
    # poles blown up are a bombing, not a change to the group that did it
    "poles-blown-up": (
        "SAN SALVADOR, March 9 (AFP) - Guerrilla commandos blew up six electricity poles in the eastern "
        "department of San Miguel on Wednesday night, leaving several towns without power, officials said.",
        "1989-03-09", "sub_event_type", "Remote explosive/landmine/IED"),
    # a superlative's "this year" bounds the comparison, not the ambush
    "deadliest-this-year": (
        "NIAMEY, May 8 (AFP) - Jihadists killed dozens of soldiers in an ambush on an army patrol in western Niger, "
        "in one of the deadliest attacks on the army this year, security sources said.\n\nThe patrol came under "
        "fire on Tuesday near the town of Tera, a source said.", "2024-05-08", "fatalities.best", 12),
    # PTI's dateline, with no dash, names no side
    "a-pti-dateline-is-no-side": (
        "Seven Maoists killed in encounter with security forces in Chhattisgarh's Sukma\n\nRaipur, Mar 27 (PTI) Seven "
        "Naxalites were killed in an encounter with security forces in a forest in Chhattisgarh's Sukma district on "
        "Thursday, police said.", "2025-03-27",
        "actor2.actor_id", "cpi-maoist"),
    # a place the gazetteer lacks, written with its unit word, is no organisation and no target
    "an-area-is-no-target": (
        "Raipur, Apr 2 (PTI) Four persons, including three DRG jawans, were killed when Naxalites blew up their "
        "vehicle with an IED in Bijapur's Kutru area on Wednesday, police said.", "2025-04-02", "actor2", None),
    # a town's spot written with its possessive ("Mogadishu's Lido beach") is in that town
    "a-spot-in-the-town-owned": (
        "MOGADISHU, Somalia (AP) - A suicide bomber blew himself up at a cafe on Mogadishu's Lido beach on Sunday "
        "evening, killing at least four people, police said.", "2024-09-08", "location.name", "Mogadishu"),
    # a town taken, which the model tagged a person, is still where the taking was
    "control-of-a-town": (
        "GOMA, Congo, Feb 16 (Reuters) - M23 rebels said on Sunday they had taken control of Bukavu, the second "
        "largest city in eastern Congo, after a rapid advance.", "2025-02-16", "location.name", "Bukavu"),
    # another one hurt, named by the nationality, is one hurt
    "another-one-hurt": (
        "RAMALLAH, West Bank, Oct 4 (Reuters) - A Palestinian man was killed when Israeli settlers attacked the "
        "village of Qusra in the occupied West Bank on Friday, the health ministry said.\n\nAnother Palestinian was "
        "seriously wounded.", "2024-10-04", "injuries.best", 1),
    # doctors who treated people for gunshot wounds count the hurt
    "treated-for-gunshot-wounds": (
        "NAIROBI, July 2 (Reuters) - Kenyan police opened fire on protesters who stormed a police station in the town "
        "of Kitengela on Tuesday, killing two people, witnesses said.\n\nDoctors said they had treated more than 20 "
        "people for gunshot wounds.", "2024-07-02", "injuries.best", 20),
    # an insurgency's tally of many years is no event
    "an-insurgencys-tally": (
        "PEMBA, Mozambique (Lusa) - Insurgents killed four people in an attack on a village in the Muidumbe district "
        "of Cabo Delgado province on Sunday, local sources said.\n\nThe insurgency in Cabo Delgado, which began in "
        "October 2017, has killed more than 6,000 people, according to monitors.", "2024-06-10", "fatalities.best", 4),
    # a fight against an ill is a figure of speech
    "fighting-corruption": (
        "LUSAKA, Aug 1 (Reuters) - Zambia's opposition leader on Monday launched a fierce attack on the government's "
        "record, promising to fight corruption if elected.\n\nPolice said two supporters of rival parties were "
        "killed in clashes in the town of Kabwe on Sunday.", "2022-08-01", "date.value", dt.date(2022, 7, 31)),
    # a bare claim a few sentences on names the doer of the act last told
    "a-bare-claim": (
        "KABUL (Reuters) - A suicide bomber blew himself up near a Shi'ite mosque in Kabul on Friday, killing at least "
        "four worshippers, police said.\n\nThe attacker, who was on foot, detonated his explosives at the mosque's gate "
        "at around 1 p.m., a police spokesman said. Two guards were among the dead.\n\nIslamic State Khorasan Province "
        "claimed responsibility in a statement on its Telegram channel.", "2025-02-14", "actor1.actor_id", "iskp"),
    # one hurt in the active voice
    "wounded-a-worker": (
        "SRINAGAR, India, June 3 (Reuters) - Suspected militants shot and wounded a migrant worker from Bihar state in "
        "Pulwama district on Monday evening, police said.", "2025-06-03", "injuries.best", 1),
    # what the fighting shut is no event
    "flights-suspended": (
        "TRIPOLI, May 13 (Reuters) - Heavy clashes broke out between rival armed groups in Tripoli late on Monday, "
        "killing at least six people, a health ministry official said.\n\nFlights at the city's airport were suspended "
        "and schools were closed on Tuesday.", "2025-05-13", "fatalities.best", 6),
    # gunfire heard is the fighting just told
    "gunfire-heard": (
        "TRIPOLI, May 13 (Reuters) - Heavy clashes broke out between rival armed groups in Tripoli late on Monday, "
        "killing at least six people, a health ministry official said.\n\nGunfire and explosions were heard in the "
        "Souq al-Juma district overnight, residents said.", "2025-05-13", "fatalities.best", 6),
    # a group new to the dictionary, claiming: not the state named at the end of its name
    "a-new-groups-claim": (
        "PESHAWAR: At least ten policemen were martyred early on Friday when terrorists attacked a police post in the "
        "Kulachi area of Dera Ismail Khan district, officials said.\n\nThe Tehreek-i-Jihad Pakistan (TJP) claimed "
        "responsibility for the attack.", "2024-03-08", "actor1.actor_id", "tehreek-i-jihad-pakistan"),
    # a unit of a group blamed is the group
    "a-unit-of-the-group-blamed": (
        "BOGOTA, Aug 5 (EFE) - A motorcycle bomb exploded near a police station in the town of Suarez in Colombia's "
        "Cauca department on Sunday, wounding three police officers, authorities said.\n\nPolice blamed the Carlos "
        "Patino front of the Central General Staff (EMC) for the attack.", "2024-08-05", "actor1.actor_id", "farc-dissidents"),
    # the dead and the taken counted together are no death toll
    "killed-or-captured": (
        "YANGON, Dec 21 (Reuters) - Myanmar's Arakan Army said on Saturday it had captured a military base in the town "
        "of Taungup in Rakhine state on Friday and that hundreds of junta soldiers had been killed or captured.",
        "2024-12-21", "fatalities", None),
    # another source's hurt, where the event counted none
    "another-sources-hurt": (
        "PORT SUDAN, Sudan (AP) - A drone strike hit a market in the city of El Obeid on Friday, killing at least 30 "
        "people, a local health official said.\n\nThe Sudan Doctors Network put the death toll at 32 and said more than "
        "40 others were wounded.", "2025-09-19", "injuries.best", 40),
    # a day inside the month an event was told in is its day
    "a-day-inside-the-month": (
        "NAIROBI (HRW) - Soldiers summarily executed at least 30 civilians in the town of Bure in the Amhara region in "
        "March 2024, Human Rights Watch said in a report released on Wednesday.\n\nThe killings took place on March 3, "
        "after fighting in and around the town, residents said.", "2024-06-05", "date.value", dt.date(2024, 3, 3)),
    # a count of a week's attacks is no event; the acts told one by one are
    "a-weeks-attacks-counted": (
        "Between 6 and 12 May, at least 40 civilians were killed in attacks by armed groups in the Centre-Nord and Sahel "
        "regions, according to humanitarian partners.\n\nOn 9 May, armed men attacked the village of Goubre in "
        "Sanmatenga province, killing 16 civilians.", "2024-05-14", "fatalities.best", 16),
    # "no injuries", said of rockets just told, is no event
    "no-injuries-is-no-event": (
        "09:55 GMT - Hezbollah says it fired rockets at northern Israel\nHezbollah said it fired a salvo of rockets at the "
        "Israeli town of Metula on Tuesday. Israel's military said several projectiles crossed from Lebanon and that "
        "there were no injuries.", "2024-09-10", "actor1.actor_id", "hezbollah"),
    # one victim the doer named, then the strike's toll from another source
    "a-named-victim-then-the-strikes-toll": (
        "JERUSALEM, Aug 10 (Xinhua) -- The Israel Defense Forces said on Saturday that it had killed a senior Hamas "
        "commander in an air strike on a school compound in Gaza City.\n\nThe Gaza civil defense said at least 40 "
        "people were killed and dozens wounded in the strike.", "2024-08-10", "fatalities.best", 40),
    # "that month" is the month named last
    "that-month": (
        "BOGOTA, Oct 2 (Reuters) - The province of Arauca has been the scene of fighting between two rebel groups "
        "since January 2022. At least 60 people were killed in clashes between the two groups in the province "
        "that month alone, the ombudsman said.", "2024-10-02", "date.precision", DatePrecision.MONTH),
    # --- stop 26: strikes, accusations, parties, tolls told again
    # a state's bare "strikes", with no word for fire on the ground, are its air force's
    "a-states-bare-strikes": (
        "GAZA, May 14 (Reuters) - Israeli strikes killed at least 25 Palestinians in the city of Rafah on Tuesday, "
        "health officials said.", "2024-05-14", "sub_event_type", "Air/drone strike"),
    # the doer's own quoted count, right after its act, is the act's dead
    "we-killed-quoted": (
        "MOGADISHU, Aug 26 (Reuters) - Somali government troops recaptured the town of Harardhere from al-Shabaab "
        "on Friday after heavy fighting, an army commander said.\n\n\"We killed more than 15 militants and the rest "
        "fled,\" the commander told Reuters by phone.", "2022-08-26", "fatalities.best", 15),
    # passengers hurt, told after a blast, are its hurt
    "passengers-hurt-after-a-blast": (
        "BAMAKO, Feb 12 (AFP) - Six civilians were killed when their bus hit a landmine near the town of Goundam in "
        "northern Mali on Sunday, an official said.\n\nThree other passengers were seriously injured, the official "
        "said.", "2024-02-12", "injuries.best", 3),
    # "killing the city's mayor and five other people" is six dead
    "the-mayor-and-five-others": (
        "BEIRUT, Oct 16 (Reuters) - An Israeli air strike hit the municipal building in the southern Lebanese city "
        "of Tyre on Wednesday, killing the city's mayor and four other people, the health ministry said.",
        "2024-10-16", "fatalities.best", 5),
    # the doer telling its own act again, in other words, tells no second one
    "the-doer-telling-its-act-again": (
        "BEIRUT, Oct 16 (Reuters) - An Israeli air strike hit the municipal building in the southern Lebanese city "
        "of Nabatieh on Wednesday, killing the city's mayor and three other people as they were meeting, Lebanon's "
        "health ministry said.\n\nThe Israeli military said it had struck Hezbollah targets in the Nabatieh area but "
        "did not comment on the municipal building.", "2024-10-16", "fatalities.best", 4),
    # the hurt police officers an official counts after a protest are no arrest of their own
    "police-hurt-after-a-protest": (
        "BELGRADE, March 16 (AP) - Police in Belgrade fired pepper spray at protesters who tried to break through a "
        "cordon near parliament late on Saturday, injuring 15 of them.\n\nThe interior minister said 22 people were "
        "detained and eight police officers were injured.", "2025-03-16", "injuries.best", 15),
    # a country's possessive keeps a region in that country, or places nothing
    "a-region-in-the-country-named": (
        "ERBIL, Iraq, Nov 26 (Reuters) - A drone attack on the Khor Mor gas field in Iraq's Kurdistan region on "
        "Wednesday set a storage tank on fire, the regional government said.", "2025-11-26",
        "location.country_code", "IQ"),
    # "in fighting with government forces", on a participle of a past attack, is no habit
    "killing-in-fighting-with-troops": (
        "ADDIS ABABA, April 30 (AP) - Fano militia fighters attacked the town of Debre Tabor in Ethiopia's Amhara "
        "region on Monday, killing at least six civilians in fighting with government forces, residents said.",
        "2024-04-30", "fatalities.best", 6),
    # a local government area is a district's name, no one's forces
    "a-local-government-area-is-no-side": (
        "JOS, Nigeria, Dec. 27 (AP) - Gunmen killed six people in Mushu village in Bokkos local government area of "
        "Plateau state early on Wednesday, police spokesman Alfred Alabo said.", "2023-12-27", "actor2", None),
    # one staff member shot and wounded is one hurt
    "a-staff-member-shot-and-wounded": (
        "KADUNA, March 8 (Reuters) - Gunmen abducted at least 200 students from a school in Kaduna state on Thursday, "
        "residents said.\n\nA staff member was shot and wounded.", "2024-03-08", "injuries.best", 1),
    # martyrs and the enemy's dead in one sentence are one toll
    "martyrs-and-the-enemys-dead": (
        "RAWALPINDI: Three soldiers embraced martyrdom while four terrorists were killed during an exchange of fire "
        "in South Waziristan district on Tuesday, the military's media wing said.", "2024-05-15", "fatalities.best", 7),
    # a town in the district first told, told right after, is the operation's scene
    "a-town-in-the-district-told": (
        "RAWALPINDI: Two terrorists were killed during an exchange of fire in North Waziristan district on Tuesday, "
        "the military said.\n\nAccording to the military, security forces conducted an operation in the Datta Khel "
        "area on the reported presence of terrorists.", "2024-05-15", "location.name", "Datta Khel"),
    # a city written with its title is the town the gazetteer has without it
    "a-city-with-its-title": (
        "BACOLOD CITY - Soldiers clashed with communist rebels in the hinterlands of Guihulngan City, Negros "
        "Oriental, on Friday morning, killing two rebels, the Army said.", "2024-03-02", "location.name", "Guihulñgan"),
    # one member of a named group killed is one dead
    "a-member-of-the-group-killed": (
        "BACOLOD CITY - A suspected member of the New People's Army (NPA) was killed in a clash with government troops "
        "in Negros Oriental on Friday morning, the Army said.", "2024-03-02", "fatalities.best", 1),
    # "the city" is the last city the body named, before the one the report was filed from
    "the-city-the-body-named": (
        "NAIROBI, June 10 (Reuters) - Fighting around the Sudanese city of El Fasher has intensified.\n\n"
        "On Saturday, RSF shelling of the city's southern neighbourhoods killed six civilians, activists said.",
        "2024-06-10", "location.name", "El Fasher"),
    # a storming passes the prefilter, whatever the toll
    "a-hospital-stormed": (
        "NAIROBI, June 10 (Reuters) - On Saturday, the RSF stormed the South Hospital in the city of El Fasher, "
        "forcing staff to evacuate patients, Doctors Without Borders said.", "2024-06-10", "actor1.name",
        "Rapid Support Forces"),
    # a time by which something held is no day of the act whose dead a sentence counts
    "dead-counted-beside-a-time-by-which": (
        "PORT-AU-PRINCE, March 3 (AP) - Gangs attacked two police stations in Haiti's capital on Saturday, a police "
        "union official said.\n\nAt least three police officers were killed in the attacks, according to the union, "
        "and the stations were empty by Sunday morning.", "2024-03-03", "fatalities.best", 3),
    # the hurt a source adds after the dead are the event's
    "hurt-added-after-the-dead": (
        "OUAGADOUGOU, Feb 26 (Reuters) - Gunmen attacked a church in the town of Dori during Sunday mass, killing "
        "nine people, the diocese said on Monday.\n\nSeven people died on the spot and two others later died in "
        "hospital, the diocese said, adding that four people were wounded.", "2024-02-26", "injuries.best", 4),
    # a crossing named for a town is no organisation
    "a-border-crossing-is-no-side": (
        "KABUL, Sept 6 (Reuters) - Afghan Taliban and Pakistani border forces exchanged fire at the Torkham border "
        "crossing late on Wednesday, killing one Afghan soldier, officials said.", "2024-09-06", "actor2.name",
        "Military Forces of Pakistan"),
    # where a witness fled to is no scene, and a town's name with its particle is one town
    "fled-to-the-town-of": (
        "MAPUTO, Sept 4 (Reuters) - Insurgents beheaded at least four villagers in an attack on a village in "
        "Mozambique's Cabo Delgado province on Friday, residents said.\n\nThe attackers, who arrived at dawn, burned "
        "the houses, a resident who fled to the town of Mocimboa da Praia told Reuters.", "2024-09-04",
        "location.name", "Cabo Delgado Province"),
    # a missile the defences failed to intercept struck: no disrupted weapon
    "a-missile-not-intercepted": (
        "JERUSALEM, Dec 21 (Reuters) - A missile fired from Yemen hit a school in the town of Ramat Gan early on "
        "Saturday, wounding three people, after air defences failed to intercept it, police said.", "2024-12-21",
        "sub_event_type", "Shelling/artillery/missile attack"),
    # how a blast was set is no device found
    "explosives-the-blast-was-set-with": (
        "RAIPUR, Jan 6 (PTI) - Six policemen were killed on Monday when Maoists blew up their vehicle with an "
        "improvised explosive device in Chhattisgarh's Sukma district, police said.\n\nThe Maoists had planted "
        "around 40 kg of explosives under the road, he said.", "2025-01-06", "fatalities.best", 6),
    # a group telling a strike as its own is its doer, and tells no second strike
    "a-group-saying-it-had-targeted": (
        "JERUSALEM, Dec 21 (Reuters) - A missile fired from Yemen struck a playground in the Tel Aviv suburb of Jaffa "
        "early on Saturday, wounding 14 people, Israel's ambulance service said, after air defences failed to "
        "intercept it.\n\nYemen's Iran-aligned Houthi movement said it had targeted a military site in the Jaffa area "
        "with a hypersonic ballistic missile.", "2024-12-21", "actor1.name", "Houthis (Ansar Allah)"),
    # what a source is (an aside set off by commas) is no scene
    "the-sources-aside": (
        "BAMAKO, Aug 28 (AFP) - A drone strike on a wedding celebration in central Mali killed at least 19 civilians, "
        "including children, on Sunday evening, residents and a local elected official told AFP on Wednesday.\n\n"
        "The army, which has increasingly used drones acquired from Turkey against jihadist groups, said in a "
        "statement that it had carried out a strike in the area on Sunday against terrorists and neutralised several "
        "of them.", "2024-08-28", "location.name", "Mali"),
    # inmates caught after escaping are no event
    "inmates-recaptured": (
        "QUITO, Ecuador (AP) - At least 12 inmates were killed in a riot at a prison in the southern city of Machala, "
        "Ecuador's prison agency said Tuesday.\n\nThe violence broke out late Monday after police tried to transfer "
        "several gang leaders to another facility, the agency said in a statement. Eleven police officers were also "
        "injured.\n\nSecurity forces regained control of the prison early Tuesday, the agency said. Some inmates "
        "briefly escaped but were recaptured.", "2024-11-12", "fatalities.best", 12),
    # where a train was to go is no scene of a blast on the platform
    "a-train-to-another-city": (
        "QUETTA, Pakistan, Nov 9 (Reuters) - A suicide bomb blast at the railway station in the city of Quetta killed "
        "at least 20 people on Saturday, officials said.\n\nThe bomber blew himself up on a platform as passengers "
        "waited for a train to Peshawar.", "2024-11-09", "location.name", "Quetta"),
    # the doers told again with the day they came give the raid its day
    "the-gunmen-who-arrived-on-a-day": (
        "ABUJA, March 10 (Reuters) - Armed bandits abducted at least 45 people, including women and children, in a "
        "night raid on a village in Zamfara state, residents said on Sunday.\n\nThe gunmen, who arrived on "
        "motorcycles late on Friday, went from house to house and marched their captives into the forest, a "
        "resident told Reuters by phone.", "2024-03-10", "date.value", dt.date(2024, 3, 8)),
    # the hurt and the taken, told after a raid with no one named taking them, are the raid's
    "hurt-and-taken-in-the-raid": (
        "JUBA, South Sudan (AP) - Armed youths killed at least 12 people in a raid on a cattle camp in Jonglei state "
        "on Tuesday, an official said.\n\nNine people were injured and several children were abducted, he said.",
        "2024-03-14", "injuries.best", 9),
    # strikes the rules name are no "Other", however the report hedges their toll
    "strikes-with-no-toll-given": (
        "ADEN, March 3 (Reuters) - U.S. and British warplanes launched fresh air strikes on Houthi positions in "
        "Hodeidah province late on Sunday, the group's television channel reported, without giving details of "
        "casualties.", "2024-03-04", "sub_event_type", "Air/drone strike"),
    # the country doing the act is no scene
    "the-doing-country-is-no-scene": (
        "The United States and Britain struck Houthi radar sites overnight on Saturday, the Pentagon said.",
        "2024-02-04", "location", None),
    # a party whose name opens with a country's is the party, not that state
    "a-party-named-for-its-country": (
        "DHAKA, Oct 28 (Reuters) - Supporters of the Bangladesh Nationalist Party attacked a police post with crude "
        "bombs in the town of Feni on Saturday, wounding three officers, police said.", "2024-10-28",
        "actor1.name", "Bangladesh Nationalist Party"),
    # one supporter hacked to death is one dead
    "a-supporter-hacked-to-death": (
        "DHAKA, Oct 28 (Reuters) - A ruling party supporter was hacked to death by rivals in the town of Feni on "
        "Saturday, police said.", "2024-10-28", "fatalities.best", 1),
    # the side one party accuses of a deadly act is its doer
    "the-accused-side": (
        "PORT SUDAN, May 12 (Reuters) - The RSF accused the army of killing seven civilians in an air strike on a "
        "market in the town of Mellit on Saturday.", "2024-05-12", "actor1.name", "Military Forces of Sudan"),
    # suspects named before the act: the parse hangs the act on the subject of "said"
    "suspects-the-parse-put-under-said": (
        "MAIDUGURI, Nigeria, Feb 20 (Reuters) - Suspected Boko Haram militants abducted at least 17 women who had gone "
        "to collect firewood near the town of Dikwa in Borno state, residents and a militia leader said on Tuesday.",
        "2024-02-20", "actor1.name", "Boko Haram (JAS)"),
    # the gang's members, whatever the participle between
    "members-of-a-gang-with-a-participle-between": (
        "PORT-AU-PRINCE, Haiti, May 20 (AFP) - Members of the 400 Mawozo gang armed with assault rifles killed at least "
        "18 people in an attack on the town of Croix-des-Bouquets, the United Nations said on Monday.",
        "2024-05-20", "actor1.name", "400 Mawozo gang"),
    # bodies found shot are an attack, whoever found them, on the day found
    "bodies-found-are-an-attack": (
        "MEXICO CITY, Nov 3 (Reuters) - Police found the bodies of four men with gunshot wounds by a road in the "
        "municipality of Irapuato on Saturday, the state prosecutor said.", "2024-11-03", "sub_event_type", "Attack"),
    # a strike's toll told later, broken down by whom it counts, is fuller than the one victim the lede named
    "a-fuller-count-after-one-named": (
        "BEIRUT, Sept 20 (Reuters) - An Israeli air strike hit a building in the southern suburbs of Beirut on Friday, "
        "killing a senior Hezbollah commander, the Israeli military said.\n\nLebanon's health ministry said "
        "eight people, including three children, were killed in the strike and 59 were wounded.", "2024-09-20",
        "fatalities.best", 8),
    # the dead listed after a siege, with the hurt, are the siege's
    "the-dead-included": (
        "MOGADISHU, Somalia (AP) - Al-Shabaab fighters stormed a hotel in the town of Beledweyne on Sunday, killing "
        "seven people, police said.\n\nThe dead included two soldiers and a local official, and 21 people were "
        "wounded.", "2024-03-18", "injuries.best", 21),
    # the attack told again from its start takes that day
    "the-attack-began-the-day-before": (
        "MOGADISHU, Somalia (AP) - Al-Shabaab militants set off a car bomb at the gate of a hotel in the port city of "
        "Kismayo and then stormed it, killing 11 people, before troops ended the siege on Sunday, officials said.\n\n"
        "The attack began on Saturday evening when a suicide bomber drove a truck into the gate.", "2024-03-18",
        "date.value", dt.date(2024, 3, 16)),
    # one activist dying on the way to hospital is the clash's dead
    "died-on-the-way-to-hospital": (
        "DHAKA, Jan 7 (Reuters) - Opposition supporters attacked a polling centre with crude bombs in the town of "
        "Feni on Sunday and police fired rubber bullets at them, police said.\n\nOne opposition activist died on the "
        "way to hospital.", "2024-01-07", "fatalities.best", 1),
    # the group's own words on its act give the day its lede lacked
    "the-group-telling-its-own-act": (
        "BANGKOK, June 18 (Reuters) - The Arakan Army said on Tuesday it had captured a navy base in Kyaukphyu "
        "township.\n\nThe group said in a statement that its fighters took control of the base on Sunday after "
        "dozens of junta troops surrendered.", "2024-06-18", "date.value", dt.date(2024, 6, 16)),
    # --- stop 25: bodies, statements, sides and scenes
    # the sources at a sentence's end are no side, whatever day they spoke
    "sources-who-spoke-on-a-day": (
        "BAMAKO, April 3 (Reuters) - Russian mercenaries and Malian soldiers have set up a military base in the town "
        "of Ansongo, residents and a local official said on Wednesday.", "2024-04-03", "actor2", None),
    # an airport named for a person names no town by its first word
    "an-airport-named-for-a-person": (
        "JERUSALEM, May 4 (Reuters) - A ballistic missile fired by Yemen's Houthis struck near the main terminal of "
        "Israel's Ben Gurion Airport on Sunday, wounding six people, Israeli officials said.", "2025-05-04",
        "location.country_code", "IL"),
    # an act over two days the sentence joins is dated as those days (ACLED precision 2), and a retelling
    # that joins the same two days narrows nothing
    "two-days-joined": (
        "BEIRUT, Nov 5 (Reuters) - Israeli air strikes on southern Lebanon killed 12 people on Sunday and Monday, "
        "Lebanon's health ministry said.\n\nThe strikes on Nov. 3 and Nov. 4 also wounded 21 people, the ministry "
        "said.", "2024-11-05", "date.precision", DatePrecision.WEEK),
    # an ultimatum is no act yet
    "an-ultimatum": (
        "BAMAKO, Oct 7 (Reuters) - Mali's military government has given jihadist fighters until Wednesday evening to "
        "leave the town of Lere or face a military operation, the army said on Monday.\n\nOn Saturday, militants "
        "attacked an army post in the town, killing four soldiers, the army said.", "2024-10-07", "fatalities.best", 4),
    # a deadly fight between gangs is a clash, whatever the classifier hears of crime; a prison wing retaken is no ground
    "gangs-fighting-in-a-prison": (
        "GUAYAQUIL, Ecuador, Nov 13 (AP) - Clashes between rival gangs inside the Litoral Penitentiary in Guayaquil "
        "killed at least 15 inmates, Ecuador's prison authority said on Tuesday.\n\nPolice and soldiers regained "
        "control of the wing early on Tuesday.", "2024-11-13", "sub_event_type", "Armed clash"),
    # a curfew is a measure, no event
    "a-curfew-imposed": (
        "ADDIS ABABA, Sept 2 (Reuters) - Clashes between Ethiopian federal troops and Fano militia fighters in the "
        "city of Gondar killed at least 20 people on Saturday, residents said.\n\nAuthorities imposed a curfew in the "
        "city on Sunday evening.", "2024-09-02", "fatalities.best", 20),
    # a state's troops named with their country, then generically, are one side of a clash
    "the-other-side-between": (
        "ADDIS ABABA, Sept 2 (Reuters) - Clashes between Ethiopian federal troops and fighters of the Fano militia in "
        "the northern city of Gondar killed at least 20 people on Saturday, residents said.", "2024-09-02",
        "actor2.name", "Fano militia"),
    # a looting that kills is an attack
    "a-looting-that-kills": (
        "CAIRO, Jan 22 (Reuters) - Fighters of Sudan's Rapid Support Forces looted the main market in the town of "
        "Bara in North Kordofan state and set fire to dozens of homes on Monday, residents said.\n\nAt least seven "
        "civilians were killed, a local aid group said.", "2024-01-22", "sub_event_type", "Attack"),
    # the state side's dead, told with an aside between count and verb, join the encounter's toll
    "the-state-sides-dead-after-an-aside": (
        "Raipur, Feb 9 (PTI) Thirty-one Maoists were killed in an encounter with security forces in a forest in "
        "Chhattisgarh's Bijapur district on Sunday, police said.\n\nTwo security personnel, one each from the District "
        "Reserve Guard and the Special Task Force, were also killed and two others injured in the gunfight, Inspector "
        "General of Police (Bastar range) P Sundarraj said.", "2025-02-09", "fatalities.best", 33),
    # "Tehreek-i-Taliban Pakistan" is the TTP, not the Afghan Taliban
    "the-ttp-spelled-tehreek-i": (
        "DERA ISMAIL KHAN, Oct 25 (Dawn) - Six policemen were martyred when terrorists attacked a police check post in "
        "Dera Ismail Khan district late on Thursday night, police said.\n\nThe banned Tehreek-i-Taliban Pakistan "
        "claimed responsibility for the attack.", "2024-10-25", "actor1.name", "Tehrik-i-Taliban Pakistan"),
    # a past act a ministry said on a day it did carries that day; "neutralized" is a clash's word
    "neutralized-on-the-statements-day": (
        "ANKARA (AA) - Turkish security forces \"neutralized\" 9 PKK terrorists in northern Iraq, the National "
        "Defense Ministry said on Saturday.", "2024-09-14", "date.value", dt.date(2024, 9, 14)),
    # the word a report explains tells no act
    "a-word-explained": (
        "ANKARA (AA) - Turkish security forces \"neutralized\" 9 PKK terrorists in northern Iraq, the National "
        "Defense Ministry said on Saturday.\n\nTurkish authorities use the term \"neutralize\" to imply the terrorists "
        "in question surrendered or were killed or captured.", "2024-09-14", "trigger", "neutralized"),
    # drones brought down, told again in the ministry's words, are one interception by the side that did it
    "an-interception-told-twice": (
        "MOSCOW, March 11 (TASS) - Russian air defense systems destroyed 30 Ukrainian unmanned aerial vehicles over "
        "the Kursk region overnight, the Russian Defense Ministry said on Tuesday.\n\n\"Duty air defense means "
        "intercepted and destroyed 30 Ukrainian aircraft-type drones over the Kursk region,\" the ministry said.",
        "2025-03-11", "actor1.name", "Military Forces of Russia"),
    # one person hurt, named without a number
    "one-hurt-named": (
        "BELGOROD, Russia, March 11 (Reuters) - A woman was injured when a Ukrainian drone hit a car in the village of "
        "Shebekino on Tuesday, the regional governor said.", "2025-03-11", "injuries.best", 1),
    # students who clash with police and a party's activists are a violent demonstration
    "students-who-clashed": (
        "DHAKA, July 16 (bdnews24) - At least three people were killed on Tuesday (July 16) as students protesting "
        "against government job quotas clashed with police and activists of the ruling Awami League's student wing in "
        "several parts of the country.", "2024-07-17", "sub_event_type", "Violent demonstration"),
    # "wounded in one of the strikes" is the strikes' hurt
    "hurt-in-one-of-the-strikes": (
        "ANKARA, June 8 (Reuters) - Turkish warplanes struck Kurdistan Workers Party (PKK) targets in the Qandil "
        "mountains of northern Iraq on Saturday, the defence ministry said.\n\nThe ministry said the targets included "
        "caves and shelters used by the militants. Iraqi Kurdish officials said a shepherd was wounded in one of the "
        "strikes near the village of Sidakan.", "2025-06-08", "injuries.best", 1),
    # the doer telling its own act gives the day the lede, told by the other side, lacked
    "the-doer-telling-its-act-gives-the-day": (
        "DUBAI, April 18 (Reuters) - U.S. air strikes on a fuel port in western Yemen killed 30 people, the "
        "Houthi-run health ministry said.\n\nThe U.S. Central Command said in a statement that its forces had struck "
        "the port on Wednesday night to cut off a source of fuel for the group.", "2025-04-18", "date.value", dt.date(2025, 4, 16)),
    # the teller is no doer when the parse hangs the act on "said"
    "the-teller-is-no-doer": (
        "KARACHI, May 22 (Reuters) - Gunmen on a motorcycle shot dead a local journalist outside his home in the town "
        "of Ghotki on Tuesday evening, police said.", "2024-05-22", "actor1.name", "gunmen"),
    # a press club named for its city stands in that city
    "a-club-named-for-its-city": (
        "LAHORE, Pakistan, May 23 (Reuters) - Dozens of journalists gathered outside the Lahore Press Club on Wednesday "
        "to demand the arrest of a reporter's killers.", "2024-05-23", "location.name", "Lahore"),
    # one man beaten to death is one dead
    "beaten-to-death": (
        "RANCHI, India, June 27 (Reuters) - A Muslim man was beaten to death by a mob in the eastern state of "
        "Jharkhand, police said on Thursday.", "2024-06-27", "fatalities.best", 1),
    # the victim named again with the day he was attacked gives the event its day
    "the-victim-retold-with-the-day": (
        "RANCHI, India, June 27 (Reuters) - A Muslim man was beaten to death by a mob in the eastern state of "
        "Jharkhand, police said on Thursday.\n\nThe man was stopped by a group of about 20 people near Khunti late on "
        "Tuesday and assaulted with sticks, a police officer said. He died in hospital on Wednesday.",
        "2024-06-27", "date.value", dt.date(2024, 6, 25)),
    # a day in a "since" clause starts a period; it dates no act
    "a-since-clauses-day": (
        "DUBAI, April 18 (Reuters) - U.S. air strikes on a fuel port in western Yemen killed 30 people, the Houthi-run "
        "health ministry said, the deadliest attack since Washington stepped up its campaign last month.",
        "2025-04-18", "date.precision", DatePrecision.DAY),
    # a slogan's place is no scene, and the crowd told again is the protest just told
    "a-slogans-place": (
        "LONDON, Aug 10 (Reuters) - British police arrested 200 people at a protest in central London on Saturday, the "
        "Metropolitan Police said.\n\nHundreds of demonstrators gathered in Parliament Square holding signs that read "
        "\"Free Palestine\".", "2025-08-10", "location.name", "London"),
    # "Last August" is the latest August before the report
    "a-month-named-last": (
        "QUETTA, Pakistan, Feb 20 (Reuters) - Last August, separatist fighters killed at least 14 truck drivers in a "
        "similar attack in Balochistan's Kalat district.", "2025-02-20", "date.value", dt.date(2024, 8, 1)),
    # bodies found with signs of violence told in the next sentence are an attack's dead
    "bodies-found-then-signs-of-violence": (
        "CULIACAN, Mexico, May 6 (Reuters) - Police found the bodies of nine men dumped beside a road outside the city "
        "of Culiacan, the Sinaloa state prosecutor said on Tuesday.\n\nThe bodies, which had gunshot wounds, were "
        "discovered on Monday morning by farm workers.", "2025-05-06", "fatalities.best", 9),
    # the day the bodies were found is the event's day
    "bodies-found-on-the-day-told-next": (
        "CULIACAN, Mexico, May 6 (Reuters) - Police found the bodies of nine men dumped beside a road outside the city "
        "of Culiacan, the Sinaloa state prosecutor said on Tuesday.\n\nThe bodies, which had gunshot wounds, were "
        "discovered on Monday morning by farm workers.", "2025-05-06", "date.value", dt.date(2025, 5, 5)),
    # a rebel group named again by its kind that tells its count of its enemy's dead claims it; the
    # attacked side's own dead and the attackers it killed are the toll
    "the-attacked-sides-count-of-both-sides": (
        "MOGADISHU, June 3 (Reuters) - Al Shabaab fighters attacked an army base near the town of Mahaday early on "
        "Tuesday, residents said.\n\nThe militant group said on its radio station that it had killed 60 soldiers. "
        "An army officer told Reuters that four soldiers were killed and that troops had killed 25 of the attackers.",
        "2025-06-03", "fatalities.best", 29),
    # small arms fire along a frontier is a clash, not shelling
    "small-arms-firing-across-a-frontier": (
        "Srinagar, May 3 (PTI) Pakistani troops resorted to unprovoked small arms firing along the Line of Control in "
        "Kupwara district overnight, the Army said on Saturday.", "2025-05-03", "sub_event_type", "Armed clash"),
    # the dead of unrest, with no one named killing them, are a riot's
    "killed-in-unrest": (
        "LILONGWE, Malawi, Oct 2 (Reuters) - At least seven people were killed in Malawi on Tuesday in unrest that "
        "broke out after the electoral commission announced the presidential result, police said.", "2025-10-02",
        "sub_event_type", "Violent demonstration"),
    # the doer of a passive's "when" clause killed them, however generic its name
    "the-when-clause-doer": (
        "NIAMEY, May 9 (Reuters) - Eight Nigerien soldiers were killed and five wounded on Thursday when \"armed "
        "terrorist groups\" ambushed a patrol near Diffa, the defence ministry said.", "2025-05-09", "actor1.name", "terrorists"),
    # the two sides that sign an agreement are its actors
    "the-sides-of-a-signed-agreement": (
        "DOHA, Nov 15 (Reuters) - Colombia's government and the Gulf Clan signed a declaration in Qatar's capital on "
        "Saturday, committing to a ceasefire in three regions, the Qatari foreign ministry said.", "2025-11-15",
        "actor2.name", "Clan del Golfo (Gaitanist Army)"),
    # "overnight" in the lede and the hour after midnight in the next sentence are one night: the day told
    "overnight-then-after-midnight": (
        "PORT-AU-PRINCE, Haiti, March 7 (AP) - Gang members attacked the town of Mirebalais overnight, killing at "
        "least 10 people, officials said on Friday.\n\nArmed men from the Viv Ansanm coalition entered the town "
        "shortly after midnight on Thursday and opened fire on residents, the mayor said.", "2025-03-07", "date.value",
        dt.date(2025, 3, 6)),
    # police hurt the night after a protest are that protest's hurt, not an arrest's
    "hurt-the-night-after-a-protest": (
        "BELGRADE, March 16 (Reuters) - Riot police used tear gas to disperse thousands of protesters outside "
        "parliament in Belgrade on Saturday.\n\nThe interior ministry said 14 police officers were injured overnight "
        "and 40 people were detained.", "2025-03-16", "injuries.best", 14),
    # a pipeline's name that holds another spelling of a foreign town is no place
    "a-pipeline-named-like-a-foreign-town": (
        "BOGOTA, Oct 10 (Reuters) - ELN guerrillas bombed the Cano Limon-Covenas oil pipeline in the northeastern "
        "province of Arauca on Thursday, the army said.\n\nThe explosion, in a rural area of the municipality of "
        "Arauquita, caused a spill but no injuries.", "2024-10-10", "location.name", "Arauquita"),
    # --- parts, retellings and claims
    # the attackers killed in the fight their ambush set off join its toll
    "attackers-killed-in-the-ensuing-firefight": (
        "NIAMEY, Oct 15 (Reuters) - Jihadists killed 17 soldiers in an ambush near the town of Tera on Monday, the "
        "defence ministry said.\n\nThe attackers targeted a patrol on the road to Dargol, the ministry said. Fourteen "
        "of the assailants were killed in the ensuing firefight.", "2024-10-15", "fatalities.best", 31),
    # a hospital's count of the wounded it took in is the event's hurt
    "a-hospitals-count-of-the-hurt": (
        "ADDIS ABABA, Feb 2 (Reuters) - A drone strike on a market in the town of Bure killed at least 30 people on "
        "Thursday, residents said.\n\nA health worker at the town's hospital said the facility received more than 40 "
        "wounded people.", "2025-02-02", "injuries.best", 40),
    # drones that carry the explosives make a drone strike, not a planted bomb
    "drones-carrying-explosives": (
        "BOGOTA (AP) - Rebels of the National Liberation Army attacked an army base in Tibu with drones carrying "
        "explosives early Wednesday, wounding seven soldiers, the military said.", "2025-04-02", "sub_event_type", "Air/drone strike"),
    # "the first … since 2021" compares one act with the past; it is no tally
    "the-first-since-a-year": (
        "KADUNA, Nigeria, March 7 (Reuters) - Gunmen kidnapped at least 287 pupils from a school in Kaduna state on "
        "Thursday, residents said, the first mass school abduction in the country since 2021.", "2024-03-07",
        "sub_event_type", "Abduction/forced disappearance"),
    # the state's troops named again on a day of the week told give the killings that day
    "the-troops-named-again-on-a-day-of-last-week": (
        "BAMAKO, Feb 3 (Reuters) - Malian soldiers killed at least 24 civilians in the central region of Mopti last "
        "week, residents said.\n\nThe troops arrived in a village on Jan. 27 in search of suspected jihadists, rounded "
        "up men and shot them, three residents said.", "2024-02-03", "date.value", dt.date(2024, 1, 27)),
    # the attackers killed in the exchange of fire join the toll of their attack
    "attackers-killed-in-the-exchange-of-fire": (
        "ISLAMABAD, Dec 21 (Reuters) - Militants attacked a military checkpost in South Waziristan overnight, killing "
        "16 soldiers, the army said on Saturday.\n\nEight attackers were killed in the exchange of fire, it said.",
        "2024-12-21", "fatalities.best", 24),
    # "The attack … began with a car bomb" tells more of the siege, so the attackers' dead after it are its own
    "the-attack-told-on-then-its-attackers-dead": (
        "MOGADISHU, Somalia (AP) - Al-Shabaab militants stormed a hotel in Mogadishu late Thursday, killing at least "
        "nine people, police said Friday.\n\nThe attack on the hotel began with a suicide car bomb at its gate, a police "
        "spokesman said. Gunmen then entered the building and exchanged fire with security forces. All five attackers "
        "were killed.", "2024-03-15", "fatalities.best", 14),
    # the lone attacker shot dead in the next sentence is one more of the attack's dead
    "the-attacker-shot-dead-after": (
        "KABUL (AP) - Three worshippers were killed and four others wounded when a gunman opened fire inside a Sikh "
        "temple in Jalalabad on Friday evening, a police spokesman said.\n\nThe attacker was shot dead by security "
        "guards, he said.", "2020-03-28", "fatalities.best", 4),
    # the affiliate that claimed it, not the group whose affiliate it is
    "an-affiliate-claims-it": (
        "KABUL (AP) - Three worshippers were killed when a gunman opened fire inside a temple in Jalalabad on Friday, "
        "police said. Islamic State's local affiliate, ISIS-K, claimed responsibility on Saturday.", "2020-03-28",
        "actor1.name", "Islamic State Khorasan Province"),
    # the generic words for an unnamed band
    "unknown-armed-individuals-are-gunmen": (
        "DUBAI, Sept 30 (Reuters) - Unknown armed individuals attacked a police station in the city of Zahedan on "
        "Friday, killing five police officers, state media said.", "2022-09-30", "actor1.name", "gunmen"),
    # who was among the dead just counted tells no event of its own
    "who-was-among-the-dead": (
        "BOGOTA, Jan 18 (Reuters) - Fighting between ELN guerrillas and FARC dissidents in the Catatumbo region has "
        "killed at least 80 people since Thursday, the governor said on Saturday.\n\nAmong the dead was a former peace "
        "signatory and his family, the governor of Norte de Santander said.", "2025-01-18", "fatalities.best", 80),
    # --- motives, details and intents
    # the act a raid avenges is its motive, not a second event
    "the-act-avenged-is-no-event": (
        "KATSINA, Nigeria, June 14 (Reuters) - Bandits killed nine farmers in Faskari on Friday, residents said.\n\n"
        "The raid was in revenge for the killing of two bandits by a local vigilante group last month, a community "
        "leader said.", "2024-06-14", "fatalities.best", 9),
    # the commanders died in the strike the attack avenged: not the attack's dead
    "what-is-avenged-counts-no-dead": (
        "PESHAWAR, Pakistan, Sept 3 (Reuters) - Militants stormed a police post in Bannu on Tuesday to avenge three "
        "commanders killed in a drone strike last week, police said.", "2024-09-03", "fatalities", None),
    # ... nor types the attack
    "what-is-avenged-types-no-attack": (
        "PESHAWAR, Pakistan, Sept 3 (Reuters) - Militants stormed a police post in Bannu on Tuesday to avenge three "
        "commanders killed in a drone strike last week, police said.", "2024-09-03", "sub_event_type", "Armed clash"),
    # the next sentence's town inside the province told is the scene
    "a-province-made-precise": (
        "RAIPUR, India, Feb 11 (Reuters) - Suspected Maoist rebels shot dead a village head in Chhattisgarh state, "
        "police said on Tuesday.\n\nHis body was found on Monday on a road outside Sukma, a police officer said.",
        "2025-02-11", "location.name", "Sukma"),
    # a bare name in a story on a state is that state's namesake, not a larger town elsewhere
    "a-namesake-in-the-state-named": (
        "RAIPUR, India, Oct 14 (Reuters) - Maoist rebels killed two villagers in Bijapur on Monday, police in "
        "Chhattisgarh said.", "2025-10-14", "location.admin1", "Chhattīsgarh"),
    # strikes told over a weekend happened; the toll "on Saturday and Sunday" is theirs
    "a-weekends-strikes-and-their-toll": (
        "JUBA, March 10 (AFP) - South Sudan's army carried out air strikes on the town of Ulang in Upper Nile state "
        "over the weekend, local officials said on Monday.\n\nAt least 17 people were killed in the strikes on "
        "Saturday and Sunday, a county official said.", "2025-03-10", "fatalities.best", 17),
    "a-weekends-strikes-typed": (
        "JUBA, March 10 (AFP) - South Sudan's army carried out air strikes on the town of Ulang in Upper Nile state "
        "over the weekend, local officials said on Monday.\n\nAt least 17 people were killed in the strikes on "
        "Saturday and Sunday, a county official said.", "2025-03-10", "sub_event_type", "Air/drone strike"),
    # what the soldier served with may take many words
    "a-soldier-of-a-long-named-mission": (
        "MOGADISHU, May 20 - A soldier serving with the African Union Transition Mission in Somalia (ATMIS) was "
        "killed and three others were wounded on Sunday when their convoy was ambushed near Afgoye.", "2024-05-20",
        "fatalities.best", 1),
    # a vow is no event
    "a-vow": (
        "SANAA, Feb 4 (Reuters) - U.S. and British warplanes struck Houthi targets in Sanaa on Saturday, the group's "
        "television said.\n\nThe Houthis vowed to respond.", "2024-02-04", "sub_event_type", "Air/drone strike"),
    # ", the latest in a string of attacks" says the act told is the newest one: it happened
    "the-newest-of-a-series": (
        "DUBAI (AP) - Yemen's Houthi rebels fired anti-ship missiles at a Liberian-flagged tanker in the Gulf of Aden, "
        "the latest in a string of attacks on shipping, the group's military spokesman said.", "2024-02-20",
        "actor1.name", "Houthis (Ansar Allah)"),
    # an abduction "earlier this week", told again with its day, is one event on that day
    "an-abduction-dated-by-its-retelling": (
        "IMPHAL, Nov 16 (PTI) - Suspected militants abducted five women from a relief camp in Jiribam district "
        "earlier this week, officials said on Saturday.\n\nThe five were abducted on Tuesday morning from the camp "
        "in Jiribam district, police said.", "2024-11-16", "date.value", dt.date(2024, 11, 12)),
    # --- wordings of other wires, state media, local papers and digests
    # a state that launches an attack is its forces, not its government
    "a-state-launching-an-attack": (
        "KYIV, Jan 2 (Reuters) - Russia launched a massive missile attack on Kyiv overnight, killing at least four "
        "people, Ukrainian officials said on Tuesday.", "2024-01-02", "actor1.name", "Military Forces of Russia"),
    # a helicopter shot down by a drone was struck from the air; a drone shot down is disrupted
    "shot-down-by-a-drone": (
        "BOGOTA (AP) - A police helicopter was shot down by a drone in the northern town of Amalfi on Thursday, "
        "killing eight officers, the defence minister said.", "2025-08-21", "sub_event_type", "Air/drone strike"),
    # state media's wording of a toll
    "the-martyrdom-of-civilians": (
        "Homs, SANA - Terrorist groups targeted al-Zahraa neighborhood in Homs city with rocket shells on Monday, "
        "causing the martyrdom of three civilians and the injury of four others.", "2023-03-21", "fatalities.best", 3),
    "the-lives-of-a-pair": (
        "Homs, SANA - Terrorists fired rocket shells on al-Zahraa neighborhood in Homs city on Monday, claiming the "
        "lives of a woman and a child.", "2023-03-21", "fatalities.best", 2),
    # a Nigerian local government area, which the model reads as an organisation
    "a-local-government-area": (
        "Gunmen killed eight people in an attack on a village in the Bakori Local Government Area of Katsina State "
        "on Saturday night, residents said on Sunday.", "2024-06-10", "location.name", "Bakori"),
    # a digest's "Country:" heading is no government doing the act
    "a-digests-country-heading": (
        "This week in brief\n\nHaiti: Gang members set fire to homes and killed at least 12 people in the "
        "Port-au-Prince neighbourhood of Solino on Thursday, a rights group said.", "2025-05-10", "actor1.name", "gangs"),
    # where the survivors fled to is no scene: the toll is the attack's
    "displaced-towards-a-town": (
        "On 11 May, armed groups attacked the town of Djibo in Soum province.\n\n• At least 40 civilians were "
        "reportedly killed and hundreds of households displaced towards Ouahigouya.", "2025-05-30", "fatalities.best", 40),
    # an unnamed band arriving after an event with no doer is its doer
    "an-armed-commando": (
        "IGUALA, Mexico, June 4 (EFE) - Five people were killed on Monday in an armed attack on a bar in Iguala, "
        "in the state of Guerrero, prosecutors said.\n\nAccording to the first reports, an armed commando arrived at "
        "the premises at around 22:00 local time and opened fire on customers.", "2024-06-04", "actor1.name", "gunmen"),
    # a state named "X and Y" is one place, not a city named X
    "a-state-named-with-and": (
        "SRINAGAR, Sep 8 - Two militants were killed in an encounter with security forces in Jammu and Kashmir's "
        "Shopian district on Monday, police said.", "2025-09-08", "location.name", "Shopian District"),
    "a-country-named-with-and": (
        "PORT OF SPAIN (AP) - Gunmen shot dead four people outside a bar in Trinidad and Tobago on Sunday, police said.",
        "2024-12-30", "location.name", "Trinidad and Tobago"),
    # a part of the dead counted, with nothing of its own, is no event
    "a-part-among-the-dead": (
        "QUETTA, Pakistan, March 13 (Reuters) - Eighteen passengers were killed after separatist militants attacked "
        "a bus in Balochistan province on Tuesday, police said.\n\nThree soldiers were among the dead, police said.",
        "2025-03-13", "fatalities.best", 18),
    # more hurt of the attack just told
    "also-wounded-by-shrapnel": (
        "POPAYAN, Colombia, May 21 (EFE) - Rebels attacked a police station in Suarez with explosives on Sunday, "
        "killing two police officers and wounding four others, police said.\n\nThree civilians were also wounded by "
        "shrapnel, the mayor's office said.", "2024-05-21", "injuries.best", 7),
    # explosives alone make no suicide bombing, whatever the classifier heard
    "explosives-are-no-suicide": (
        "POPAYAN, Colombia, May 21 (EFE) - Rebels attacked a police station in Suarez with explosives on Sunday, "
        "killing two police officers, police said.", "2024-05-21", "sub_event_type", "Remote explosive/landmine/IED"),
    # a truck bomb is a remote explosive unless the report says a bomber died with it
    "a-truck-bomb": (
        "QAMISHLI, Syria (Reuters) - A truck bomb killed at least 20 people at a checkpoint in Tal Tamr on Wednesday, "
        "Kurdish police said.", "2024-03-20", "sub_event_type", "Remote explosive/landmine/IED"),
    # a district the model tags as a person is still a place after "In"
    "a-district-tagged-a-person": (
        "JOS, Nigeria, Dec 26 (Reuters) - In Barkin Ladi, at least 45 people were killed in attacks by armed groups "
        "on Sunday, a local lawmaker said.",
        "2023-12-26", "location.name", "Barkin Ladi"),
    # a truce agreed after a week of fighting is the news; the week's dead are many acts', no event's
    "a-truce-after-a-week-of-clashes": (
        "PESHAWAR, Pakistan, Dec 1 (AP) - Tribal elders agreed to a ceasefire in Kurram district on Sunday after more "
        "than a week of clashes that killed at least 120 people, officials said.", "2024-12-01", "sub_event_type", "Agreement"),
    # a named victim with a title before the name, and others counted beside
    "a-titled-victim-and-others": (
        "KABUL, Dec 11 (AP) - A suicide bomber blew himself up inside a ministry in Kabul on Wednesday, killing the "
        "Taliban's refugees minister Khalil Haqqani and four others, officials said.", "2024-12-11", "fatalities.best", 5),
    # deaths as police fired at a crowd of protesters are lethal force against them
    "killed-as-police-fired": (
        "DHAKA, July 16 (AFP) - At least five people were killed on Tuesday as police fired rubber bullets and tear gas "
        "at students protesting against job quotas in Dhaka, officials said.", "2024-07-16", "sub_event_type",
        "Excessive force against protesters"),
    # the one part a sum across a territory places is the event
    "the-part-a-sum-places": (
        "CAIRO, Oct 22 (Reuters) - Israeli air strikes killed at least 35 Palestinians across the Gaza Strip on Tuesday, "
        "including 14 in a single strike on a house in Beit Lahiya, medics said.", "2024-10-22", "fatalities.best", 14),
    # a report filed from two cities still has its dateline, whose agency is no doer
    "a-dateline-of-two-cities": (
        "ISLAMABAD/NEW DELHI, May 7 (Reuters) - India launched missile strikes on nine sites in Pakistan early on "
        "Wednesday, killing at least 20 people, Pakistan's military said.", "2025-05-07", "actor1.name", "Military Forces of India"),
    # a state's demonym on the shelling that killed, whatever the parse made of it
    "killed-by-a-states-shelling": (
        "JAMMU, May 7 (Reuters) - At least 10 civilians were killed by Pakistani shelling in Poonch on Wednesday, "
        "Indian officials said.", "2025-05-07", "actor1.name", "Military Forces of Pakistan"),
    # "hundreds" told, then another source's count within that word's range: the count it stood for
    "the-count-a-vague-word-stood-for": (
        "OUAGADOUGOU, Aug 30 (AFP) - Hundreds of people were killed when jihadists attacked civilians digging trenches "
        "around the town of Barsalogho on Saturday, according to several sources.\n\nA security source put the toll "
        "at about 180 dead.", "2024-08-30", "fatalities.best", 180),
    # "on the 14th": a day of the report's month
    "a-day-of-the-month": (
        "NAIROBI (Reuters) - Kenyan police shot dead three suspected militants in Lamu county on the 14th, a police "
        "statement said on Sunday.\n\n(Nairobi, 17 March 2024)", "2024-03-17", "date.value", dt.date(2024, 3, 14)),
    # grenades found after a shooting make no grenade attack
    "grenades-recovered": (
        "NAIROBI (Reuters) - Kenyan police shot dead three suspected militants in Lamu county on Thursday, a police "
        "statement said, adding that an AK-47 rifle and grenades were recovered.", "2024-03-17", "sub_event_type", "Armed clash"),
    # people "seized" are abducted; told again with its day, the abduction told is that day's
    "people-seized-on-a-day": (
        "GUSAU, Nigeria, Nov 10 (Reuters) - Eight farmers were kidnapped by bandits near Tsafe in Zamfara state two "
        "weeks ago, police said on Saturday.\n\nThe farmers had been seized from their farms on Oct. 27.", "2024-11-10",
        "date.value", dt.date(2024, 10, 27)),
    # a group blamed in quotation marks is still the group blamed
    "blamed-in-quotes": (
        "YAOUNDE (Reuters) - Gunmen abducted four teachers from a school in the town of Bafut on Monday, officials "
        "said.\n\nOfficials blamed the \"Amba boys\", as armed separatists are locally known.", "2025-03-11",
        "actor1.name", "Ambazonian separatists"),
    # a state that tells what its own warplanes did speaks for its forces
    "a-state-telling-of-its-warplanes": (
        "DAMASCUS, July 14 (Reuters) - Israel said its warplanes struck several tanks near the city of Sweida on Monday.",
        "2025-07-14", "actor1.name", "Military Forces of Israel"),
    # a province named with a compass word is a place, not a direction
    "a-province-with-a-compass-word": (
        "GENEVA (Reuters) - Armed men raped at least 20 women during a raid on a village in eastern Congo's South "
        "Kivu province last Sunday, the U.N. human rights office said on Friday.", "2024-06-14", "location.name",
        "South Kivu Province"),
    # two factions merging into one group change their activity
    "factions-merged-into-one": (
        "IDLIB, Syria (AP) - Two rebel factions in northwestern Syria announced on Wednesday that they had merged into "
        "a single group.", "2024-01-31", "sub_event_type", "Change to group/activity"),
    # who moved into ground another side left took it
    "the-side-that-moved-in": (
        "BAMAKO, Oct 17 (Reuters) - Malian troops withdrew from their base in the town of Anefis on Monday, and "
        "Tuareg rebels moved into the town without a fight a few hours later, residents said.", "2022-10-17",
        "actor1.name", "rebels"),
    # the attackers' own dead join the toll, even when the side they attacked tells them
    "attackers-killed-told-by-the-attacked": (
        "PESHAWAR, Pakistan, Feb 20 (Reuters) - A suicide bomber rammed a car into a police post in Bannu district "
        "late on Wednesday, killing 10 policemen, officials said.\n\nTwo attackers who tried to storm the post after "
        "the blast were killed in a shootout, police said.", "2025-02-20", "fatalities.best", 12),
    # --- stop 28: tolls' own clauses, remembered acts, buildings named for men, whose forces
    # a toll's clause on its count ("and 30 injured on Tuesday") is no aside: its day is the act's,
    # and the day of what the protesters remembered is not
    "a-toll-clause-keeps-its-day": (
        "LAGOS (Reuters) - Three people were shot dead and at least 25 injured on Thursday when police opened fire "
        "on protesters marking the anniversary of last year's shootings at a toll gate, a rights group said.",
        "2025-10-24", "date.value", dt.date(2025, 10, 23)),
    # "one of the dead" tells more of the dead just counted, no killing of its own
    "one-of-the-dead": (
        "NAIROBI (Reuters) - Two people were shot dead on Tuesday when Kenyan police opened fire on protesters in "
        "central Nairobi, a rights group said.\n\nAmnesty International Kenya said one of the dead had been shot in "
        "the head in the Kitengela area south of the capital.", "2025-06-25", "location.name", "Nairobi"),
    # an airport named for a man whose first name is also a town's is in the town the text names
    "an-airport-named-for-a-man": (
        "MOGADISHU (Reuters) - Mortar shells fired by al Shabaab landed near Aden Adde International Airport in "
        "Mogadishu on Tuesday night, killing two guards, police said.", "2025-03-05", "location.name", "Mogadishu"),
    # "An al Qaeda affiliate, JNIM, claimed …": the affiliate, not the network it belongs to
    "an-affiliate-claims": (
        "BAMAKO, Aug 5 (Reuters) - Militants killed 12 soldiers in an attack on an army camp near Boulkessi in "
        "central Mali on Sunday, military sources said.\n\nAn al Qaeda affiliate, Jama'at Nusrat al-Islam "
        "wal-Muslimin (JNIM), claimed responsibility for the attack.", "2024-08-05", "actor1.name",
        "Jama'at Nusrat al-Islam wal-Muslimin"),
    # a government that "has not commented on the attack" is no side of the act told last
    "no-comment-names-no-side": (
        "NIAMEY (AFP) - A roadside bomb struck a bus near the town of Tera in western Niger on Friday, killing "
        "five passengers, a local official said.\n\nNiger's military government has not commented on the attack.",
        "2024-09-07", "actor1", None),
    # a charge quoted in the progressive ('was "attacking the people of …"') is no act on a day
    "a-quoted-ongoing-charge": (
        "BOGOTA, Colombia (AP) — Explosive-laden drones struck an army base in the town of Tibu on Thursday, "
        "wounding seven soldiers, the military said.\n\nDefense Minister Pedro Sanchez said on social media that the "
        "ELN was \"attacking the people of Catatumbo\" and that troops would remain in the area.", "2025-03-20",
        "injuries.best", 7),
    # "No soldiers were killed" is a toll of none
    "no-soldiers-killed": (
        "BOGOTA (AP) - Explosive-laden drones struck an army base in the town of Tame on Friday, wounding three "
        "soldiers, the army said. No soldiers were killed, it said.", "2025-04-12", "fatalities.best", 0),
    # "killing dozens of the attackers": the article after "of" is the dead's
    "dozens-of-the-attackers": (
        "KHARTOUM (Reuters) - The Sudanese army said on Tuesday its forces repelled an attack by the Rapid "
        "Support Forces on the town of Babanusa on Monday, killing dozens of the attackers.", "2025-02-04",
        "fatalities.best", 12),
    # "One bomb hit a building …" is one of the bombs of the strike just told
    "one-bomb-of-the-strike": (
        "Russian glide bombs hit Kharkiv, killing three\n\nRussian forces struck Kharkiv with guided aerial bombs on "
        "the afternoon of June 22, killing three people and injuring at least 52, the governor reported.\n\nOne bomb "
        "hit a five-storey residential building in the Kyivskyi district, partially destroying it, the mayor said.",
        "2025-06-23", "fatalities.best", 3),
    # a day said of the first of two acts told together ("burst into … on Monday and shot dead …") is the
    # killing's too, though the classifier heard a gang's crime
    "the-day-of-the-first-of-two-acts": (
        "CULIACAN, Mexico (AP) — Gunmen burst into a car wash in the Mexican city of Culiacan on Monday and shot dead "
        "five workers, state prosecutors said, in the latest violence linked to a feud between factions of the "
        "Sinaloa cartel.", "2025-02-18", "date.value", dt.date(2025, 2, 17)),
    # the target named again as the teller is no doer too
    "the-target-tells-it": (
        "QAMISHLI, Syria (Rudaw) – A car bomb exploded at a checkpoint of the Kurdish-led Syrian Democratic Forces "
        "(SDF) on the outskirts of Raqqa on Thursday, killing four fighters and wounding three, the SDF said.",
        "2025-03-07", "actor1", None),
    # "New People's Army (NPA) rebels" is the named group, said once, not a second, generic side
    "a-named-group-with-its-acronym-and-head": (
        "BACOLOD CITY — Two New People's Army (NPA) rebels and a soldier were killed in an encounter in the "
        "hinterlands of Himamaylan City, Negros Occidental on Wednesday morning, the military said.", "2024-07-04",
        "actor1.name", "Military Forces of Philippines"),
    # a bare "the army", in a story on one country, is that state's forces
    "the-army-of-the-story": (
        "MANILA (Reuters) - Three communist rebels were killed in a clash with soldiers near the town of "
        "Catubig in the Philippines on Tuesday, the army said.", "2024-05-08", "actor1.name",
        "Military Forces of Philippines"),
    # but in a story that names two countries the soldiers' state is not told: they stay generic
    "the-soldiers-of-a-two-country-story": (
        "NIAMEY (Reuters) - Militants killed five soldiers in an attack on an army post near the border between "
        "Niger and Mali on Sunday, a security source said.", "2024-05-13", "actor2.name", "security forces"),
    # the words the model took for an organisation before a generic head only qualify it
    "a-qualified-generic-head": (
        "YAOUNDE (Reuters) - Suspected Anglophone separatists killed three soldiers in an ambush near the town of "
        "Kumbo in Cameroon on Saturday, a military source said.", "2024-05-13", "actor1.name", "rebels"),
    # a headline that ends "- army" is no dateline: the city in capitals on the next line is, and
    # the base named in the lede is the scene, not the city the report was filed from
    "a-headline-is-no-dateline": (
        "Troops repel ISWAP attack on Borno base, kill 20 terrorists - army\n\nMAIDUGURI — Troops of Operation "
        "Hadin Kai have repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a military base "
        "in Marte, Borno State, neutralising 20 terrorists, the Nigerian Army has said.", "2024-09-29",
        "location.name", "Marte"),
    # the side a lede told as the target, told again as the attacker, started it: ACLED writes it first
    "the-target-told-again-as-the-attacker": (
        "MAIDUGURI — Troops have repelled an attack by Islamic State West Africa Province (ISWAP) fighters on a "
        "military base in Monguno, Borno State, the army said.\n\nArmy spokesman Onyema Nwachukwu said the "
        "terrorists, who came in gun trucks, attacked the base at about 2am on Friday.", "2024-09-29",
        "actor2.name", "Military Forces of Nigeria"),
    # Myanmar's "resistance groups" are rebels: a police station they seize is ground a non-state side took
    "resistance-groups-seize": (
        "(The Irrawaddy) - Resistance groups said they had seized a police station in Magway Region's Pauk "
        "Township on Sunday after a three-day battle.", "2024-10-15", "actor1.name", "rebels"),
    # "including 10 people in a strike on a school … in Nuseirat": the part the sentence places, with whom it counts
    "a-placed-part-that-names-whom-it-counts": (
        "CAIRO (Reuters) - Israeli air strikes killed at least 27 Palestinians across the Gaza Strip on Tuesday, "
        "including 10 people in a strike on a school sheltering displaced families in Nuseirat, health officials "
        "said.", "2024-07-16", "fatalities.best", 10),
    # "The blast tore through the mosque …" names the bombing just told again: its claim names the bombing's doer
    "the-blast-told-again": (
        "KABUL (AP) — A suicide bomber struck a Shiite mosque in northern Afghanistan during Friday prayers, killing "
        "at least 46 people, a Taliban official said.\n\nThe blast tore through the Gozar-e-Sayed Abad mosque in Kunduz "
        "province's capital, Kunduz city. The Islamic State group's affiliate in Afghanistan claimed responsibility "
        "for the attack in a statement on its Amaq news agency.", "2021-10-08", "actor1.name", "Islamic State"),
    # "The fighting pitted X against Y": the fighting's two sides, in the order named
    "the-fighting-pitted-two-sides": (
        "TRIPOLI (Reuters) - Heavy clashes broke out in Tripoli late on Monday, killing at least six people, the "
        "health ministry said.\n\nThe fighting pitted the 444 Brigade against the Radaa force, residents said.",
        "2025-05-13", "actor2.name", "Radaa Special Deterrence Force"),
    # a state's forces that say they carried out strikes in the area of a strike no one was named for flew it
    "a-side-owning-up": (
        "BAMAKO (Reuters) - A drone strike killed at least 21 civilians at a wedding near the town of Anefis in "
        "northern Mali on Sunday, local officials said.\n\nMali's army said in a statement it had carried out "
        "precision strikes on terrorist targets in the area.", "2025-03-17", "actor1.name", "Military Forces of Mali"),
    # the agent of a passive "when" clause killed them ("… when their patrol was ambushed by \"terrorists\"")
    "the-agent-of-a-passive-when-clause": (
        "NIAMEY, March 21 (Reuters) - Ten Nigerien soldiers were killed when their patrol was ambushed by "
        "\"terrorists\" near the village of Tillia on Wednesday, the defence ministry said.", "2024-03-21",
        "actor1.name", "terrorists"),
    # forces that land and capture a man take a person: an abduction, not ground taken
    "a-man-captured": (
        "BEIRUT, Nov 2 (Reuters) - Israeli naval forces landed on a beach in the northern Lebanese town of Batroun "
        "on Friday and captured a man, Lebanese security sources said.", "2024-11-02", "sub_event_type",
        "Abduction/forced disappearance"),
    # Burundi's ruling party's youth league is a political militia, not the government
    "the-imbonerakure": (
        "NAIROBI (HRW) - Members of the Imbonerakure, the youth wing of Burundi's ruling party, beat supporters "
        "of the opposition in Bujumbura on Sunday, injuring at least 15, Human Rights Watch said.", "2024-05-22",
        "actor1.name", "Imbonerakure"),
    # one victim named by office and town, with an aside between ("The mayor of X, the capital of …, was killed")
    "the-mayor-of-a-town-killed": (
        "MEXICO CITY (Reuters) - The mayor of Chilpancingo, the capital of Mexico's violent Guerrero state, was "
        "killed on Sunday, less than a week after taking office, state officials said.", "2024-10-07",
        "fatalities.best", 1),
    # "the city government" is a town's administration, not the state's forces
    "a-city-government-is-no-force": (
        "MEXICO CITY (Reuters) - Gunmen killed the secretary general of the city government of Chilpancingo on "
        "Thursday, state prosecutors said.", "2024-10-04", "sub_event_type", "Attack"),
    # "The shooting took place near a site … in Rafah": where the shooting just told was
    "the-shooting-took-place": (
        "GAZA (Reuters) - Israeli forces opened fire on crowds of Palestinians waiting for food near an aid "
        "distribution site in the southern Gaza Strip on Tuesday, killing at least 21 people, health officials "
        "said.\n\nThe shooting took place near a site run by the Gaza Humanitarian Foundation in Rafah.", "2025-06-04",
        "location.name", "Rafaḩ"),
    # a group the residents blame and whose spokesman denies it is no doer the report tells
    "a-denied-blame": (
        "ADDIS ABABA (Reuters) - Gunmen killed at least 15 people in an attack on a village in Ethiopia's Oromia "
        "region on Thursday, residents said.\n\nResidents blamed the Oromo Liberation Army (OLA). An OLA spokesman "
        "denied the group was involved.", "2024-06-21", "actor1.name", "gunmen"),
    # one victim and what he was doing ("A policeman guarding a polio vaccination team was shot dead")
    "one-victim-at-his-task": (
        "PESHAWAR: A policeman guarding a polio vaccination team was shot dead and two others were injured when "
        "unidentified gunmen opened fire on them in the Bajaur tribal district on Tuesday, police said.",
        "2024-01-09", "fatalities.best", 1),
    # relatives gathered outside a court to demand justice protest; the protests of last year they mourn
    # are not the day's, and the relatives of the dead are no toll
    "a-gathering-to-demand-justice": (
        "NAIROBI (Reuters) - Dozens of relatives of people killed during last year's anti-tax protests gathered "
        "outside a Nairobi court on Wednesday to demand justice as a police officer charged with murder appeared "
        "for a hearing.", "2025-06-11", "sub_event_type", "Peaceful protest"),
    "relatives-of-the-dead-are-no-toll": (
        "NAIROBI (Reuters) - Dozens of relatives of people killed during last year's anti-tax protests gathered "
        "outside a Nairobi court on Wednesday to demand justice as a police officer charged with murder appeared "
        "for a hearing.", "2025-06-11", "fatalities", None),
    # the telling side's own man martyred in the operation just told joins its toll; where he came from is no scene
    "a-soldier-martyred-in-the-operation": (
        "RAWALPINDI: Security forces killed six terrorists during an intelligence-based operation in North "
        "Waziristan district, the ISPR said on Friday.\n\nHowever, during an intense exchange of fire, Havildar "
        "Muhammad Asghar, 36, a resident of Chakwal, embraced shahadat, the ISPR said.", "2024-11-15",
        "fatalities.best", 7),
    # "They entered on Tuesday evening", after a town's capture told with no day: the day it lacked
    "they-entered-on-a-day": (
        "Rebels of the M23 group have seized the town of Rubaya in eastern DR Congo, home to one of the world's "
        "largest coltan mines, residents have told the BBC.\n\n\"They entered on Tuesday evening without a fight. "
        "The soldiers had already fled,\" one resident said by phone.", "2024-05-02", "date.value", dt.date(2024, 4, 30)),
    # a sentence that says who was among the dead may still give the day the act lacked
    "among-the-dead-on-a-day": (
        "Sudan's paramilitary Rapid Support Forces (RSF) have been accused of killing at least 40 people in an "
        "attack on the Abu Shouk camp near El Fasher, according to local activists.\n\nThe Emergency Lawyers group "
        "said the RSF stormed the camp on Monday and fired at residents, adding that women and children were among "
        "the dead.", "2025-04-15", "date.value", dt.date(2025, 4, 14)),
    # an armed gang that fires on a gathered crowd attacks it: only a state's forces use excessive force
    "a-gang-firing-on-a-crowd": (
        "PORT-AU-PRINCE, Dec 24 (Reuters) - Gang members opened fire on journalists and police officers gathered "
        "for the reopening of Haiti's largest public hospital on Tuesday, killing two journalists and a police "
        "officer, the government said.", "2024-12-24", "sub_event_type", "Attack"),
    # "the Lakki Marwat district", tagged an organisation with its article, is the district
    "a-district-tagged-with-its-article": (
        "ISLAMABAD, Aug. 5 (Xinhua) -- Three people were killed and five others injured on Monday when a roadside "
        "bomb went off near a vehicle in Pakistan's northwest Khyber Pakhtunkhwa province, police said.\n\nThe blast "
        "took place in the Lakki Marwat district when the vehicle was passing through the area, a police official "
        "said.", "2024-08-05", "location.name", "Lakki Marwat District"),
    # a gunman who kills "before being shot dead" is among the dead ACLED counts
    "the-gunman-shot-dead-too": (
        "JERUSALEM (Reuters) - A Palestinian gunman opened fire at a checkpoint in the occupied West Bank on "
        "Wednesday, killing two Israelis before being shot dead by soldiers, the Israeli military said.",
        "2024-02-07", "fatalities.best", 3),
    # where the doers fired from ("positioned in the Eastern Ghouta") is no scene
    "where-the-doers-were-positioned": (
        "DAMASCUS (SANA) - A police source said that terrorist groups positioned in the Eastern Ghouta targeted the "
        "al-Salyhiah neighborhood of Damascus with mortar shells on Friday, killing a woman and injuring three "
        "others.", "2016-11-18", "location.name", "Damascus"),
    # AP's "jihadis" are jihadists
    "suspected-jihadis": (
        "DAKAR, Senegal (AP) — Suspected jihadis attacked a convoy of civilians in northern Burkina Faso on Monday, "
        "killing at least 35 people, the government said.", "2022-09-06", "actor1.name", "jihadists"),
    # "… dragged the suspects out and killed them": the people the lynching counted, killed
    "those-beaten-then-killed": (
        "PORT-AU-PRINCE (AP) — A crowd of residents in Haiti's capital beat and set on fire at least 12 suspected "
        "gang members on Monday after police intercepted a minibus, witnesses said.\n\nPolice spokesman Garry "
        "Desrosiers said officers had stopped the vehicle before residents dragged the suspects out and killed them.",
        "2023-04-24", "fatalities.best", 12),
    # a village the gazetteer lacks, in a story on one country: the event lies in that country
    "an-unknown-village-in-the-story-s-country": (
        "Gunmen on motorcycles stormed the village of Sakajiki on Saturday, killing three people, Nigerian police "
        "said. The Nigerian army has deployed troops to the area.", "2025-03-09", "location.name", "Nigeria"),
    # (a guard: with a second country named, the act may lie in either, and stays unplaced)
    "an-unknown-village-in-a-two-country-story": (
        "BAMAKO (Reuters) - Malian soldiers and Russian mercenaries killed at least 25 civilians in the central "
        "village of Welingara last week, residents said.", "2024-10-14", "location", None),
    # "…, the army said, blaming the RSF": the teller after the act yields to the group it blames
    "the-teller-blames-another": (
        "PORT SUDAN, May 6 (Reuters) - Drones struck a fuel depot and the international airport in Port Sudan on "
        "Tuesday, the army said, blaming the paramilitary Rapid Support Forces for a third straight day of attacks on "
        "the wartime seat of government.", "2025-05-06", "actor1.name", "Rapid Support Forces"),
    # "No casualties were reported, but … fires burned at the depot": the strike's toll of none, no arson of its own
    "no-casualties-in-the-next-sentence": (
        "PORT SUDAN, May 6 (Reuters) - Drones struck a fuel depot and the international airport in Port Sudan on "
        "Tuesday, the army said.\n\nNo casualties were reported, but thick black smoke rose over the city as fires "
        "burned at the depot, witnesses said.", "2025-05-06", "fatalities.best", 0),
    # "a city which had been spared fighting" tells no fighting
    "spared-fighting": (
        "PORT SUDAN, May 6 (Reuters) - Drones struck a fuel depot in Port Sudan on Tuesday, killing two guards, the "
        "army said.\n\nThe attacks mark an expansion of the war to the Red Sea city, which had been spared fighting "
        "and hosts U.N. agencies.", "2025-05-06", "sub_event_type", "Air/drone strike"),
    # "Three others died of their wounds in hospital": more dead than the count the event told
    "others-died-of-their-wounds": (
        "OUAGADOUGOU (AFP) - Gunmen killed at least 12 worshippers during Sunday mass in a Catholic church in "
        "northeastern Burkina Faso, the local diocese said on Monday.\n\nThree others died of their wounds in "
        "hospital, it said.", "2024-02-26", "fatalities.best", 15),
}


@pytest.mark.model
@pytest.mark.parametrize("case", sorted(ONE_EVENT_ONE_FIELD))
def test_one_event_gets_one_field_right(read_events, case):
    text, published, field, expected = ONE_EVENT_ONE_FIELD[case]
    assert read_events.field_of_one(text, published, field) == expected
