"""The hand-curated seed of the actor dictionary: named armed groups, multinational forces and
international bodies (``CURATED``), the states whose government, military and police forces news
names most (``COUNTRIES``), and the generic actors kept generic (``GENERIC``). Data only; read by
``tools/build_actor_dictionary.py``, which says how the sources are merged."""

from __future__ import annotations

# =========================================================================== curated data
#
# Alias markers: a leading "=" forces case-sensitive matching ("=Islamic State" so that "an Islamic
# state" is not the group); a leading "~" forces case-insensitive. Without a marker an alias is
# case-sensitive when it is an acronym of at most three letters ("IS", "UN", "SDF", "U.N.") or
# starts with one ("US forces", "UN agencies"), so "is", "us" and "un-" never match.
#
# Categories are ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other. They are this
# project's defaults; ACTORS.md says where ACLED's own coding depends on time or place.

# (actor_id, canonical name, category, kind, country, aliases)
CURATED: list[tuple[str, str, int | None, str, str, list[str]]] = [
    # ---------------------------------------------------------------- Islamic State and affiliates
    ("islamic-state", "Islamic State", 2, "group", "", [
        "=Islamic State", "=the Islamic State", "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "Daish",
        "Islamic State of Iraq and the Levant", "Islamic State in Iraq and the Levant",
        "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria",
        "Islamic State of Iraq and al-Sham", "Islamic State group", "IS group", "ISIS group",
        "Amaq", "Amaq news agency",
        "داعش", "الدولة الإسلامية", "تنظيم الدولة", "تنظيم الدولة الإسلامية",
        "الدولة الإسلامية في العراق والشام", "تنظيم داعش",
    ]),
    ("iswap", "Islamic State West Africa Province", 2, "group", "NG", [
        "Islamic State West Africa Province", "Islamic State in West Africa Province",
        "Islamic State's West Africa Province", "Islamic State West Africa", "ISWAP", "IS West Africa",
        "IS-West Africa", "ISIS-West Africa", "ISIS West Africa", "ولاية غرب أفريقيا", "ولاية غرب إفريقيا",
    ]),
    ("is-sahel", "Islamic State Sahel Province", 2, "group", "ML", [
        "Islamic State Sahel Province", "Islamic State in the Sahel", "Islamic State Sahel", "IS Sahel",
        "IS-Sahel", "ISSP", "Islamic State in the Greater Sahara", "Islamic State Greater Sahara",
        "ISIS in the Greater Sahara", "ISGS", "EIGS", "ولاية الساحل",
    ]),
    ("iskp", "Islamic State Khorasan Province", 2, "group", "AF", [
        "Islamic State Khorasan Province", "Islamic State-Khorasan Province", "Islamic State Khorasan",
        "Islamic State-Khorasan", "Islamic State in Khorasan", "IS-Khorasan", "IS Khorasan", "IS-K",
        "ISIS-K", "ISIS-KP", "ISIL-K", "ISKP", "ولاية خراسان",
    ]),
    ("is-central-africa", "Islamic State Central Africa Province", 2, "group", "CD", [
        "Islamic State Central Africa Province", "ISCAP", "IS Central Africa", "ISIS-DRC",
    ]),
    ("is-mozambique", "Islamic State Mozambique Province", 2, "group", "MZ", [
        "Islamic State Mozambique Province", "Islamic State Mozambique", "IS Mozambique", "ISIS-Mozambique",
        "Ahlu Sunnah Wa-Jama", "Ahlu Sunna Wal Jamaa",
    ]),
    ("is-somalia", "Islamic State Somalia Province", 2, "group", "SO", [
        "Islamic State Somalia Province", "Islamic State in Somalia", "IS Somalia", "IS-Somalia", "ISIS-Somalia",
    ]),
    ("is-sinai", "Islamic State Sinai Province", 2, "group", "EG", [
        "Islamic State Sinai Province", "Sinai Province", "ISIS-Sinai", "Wilayat Sinai", "Ansar Bayt al-Maqdis",
    ]),
    # ---------------------------------------------------------------- Syria
    ("hts", "Hayat Tahrir al-Sham", 2, "group", "SY", [
        "Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "Hay'et Tahrir al-Sham", "Haiat Tahrir al-Sham",
        "Hayat Tahrir al-Sham (HTS)", "Tahrir al-Sham", "HTS", "Levant Liberation Committee",
        "Organization for the Liberation of the Levant", "هيئة تحرير الشام", "تحرير الشام",
    ]),
    ("jabhat-al-nusra", "Jabhat al-Nusra", 2, "group", "SY", [
        "Jabhat al-Nusra", "Jabhat al-Nusrah", "Nusra Front", "al-Nusra Front", "al-Nusrah Front", "Nusrah Front",
        "Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham", "Fateh al-Sham Front", "جبهة النصرة", "جبهة فتح الشام",
    ]),
    ("hurras-al-din", "Hurras al-Din", 2, "group", "SY", ["Hurras al-Din", "Hurras al-Deen", "Guardians of Religion", "حراس الدين"]),
    ("ahrar-al-sham", "Ahrar al-Sham", 2, "group", "SY", ["Ahrar al-Sham", "Ahrar ash-Sham", "أحرار الشام"]),
    ("jaysh-al-islam-syria", "Jaysh al-Islam (Syria)", 2, "group", "SY", ["Jaysh al-Islam", "Jaish al-Islam", "Army of Islam", "جيش الإسلام"]),
    ("free-syrian-army", "Free Syrian Army", 2, "group", "SY", ["Free Syrian Army", "FSA", "الجيش السوري الحر", "الجيش الحر"]),
    ("syrian-national-army", "Syrian National Army", 2, "group", "SY", [
        "Syrian National Army", "SNA", "Turkish-backed Syrian National Army", "Turkish-backed factions",
        "Turkey-backed factions", "Turkish-backed fighters", "Turkish-backed rebels", "Turkish-backed militias",
        "Turkish-backed groups", "الجيش الوطني السوري",
    ]),
    ("sdf", "Syrian Democratic Forces", 2, "group", "SY", [
        "Syrian Democratic Forces", "SDF", "QSD", "Qasad", "قوات سوريا الديمقراطية", "قسد",
    ]),
    ("ypg", "People's Protection Units (YPG)", 2, "group", "SY", [
        "People's Protection Units", "YPG", "Yekineyen Parastina Gel", "Kurdish People's Protection Units", "وحدات حماية الشعب",
    ]),
    ("ypj", "Women's Protection Units (YPJ)", 2, "group", "SY", [
        "Women's Protection Units", "YPJ", "Yekineyen Parastina Jin", "وحدات حماية المرأة",
    ]),
    ("deir-ez-zor-military-council", "Deir ez-Zor Military Council", 2, "group", "SY", [
        "Deir ez-Zor Military Council", "Deir ez-Zour Military Council", "Deir al-Zor Military Council", "Deir Ezzor Military Council",
        "مجلس دير الزور العسكري",
    ]),
    ("manbij-military-council", "Manbij Military Council", 2, "group", "SY", ["Manbij Military Council", "مجلس منبج العسكري"]),
    ("aanes", "Autonomous Administration of North and East Syria", 2, "group", "SY", [
        "Autonomous Administration of North and East Syria", "Autonomous Administration of Northeast Syria",
        "AANES", "Kurdish-led administration", "Kurdish-led autonomous administration", "الإدارة الذاتية",
    ]),
    ("syrian-salvation-government", "Syrian Salvation Government", 2, "group", "SY", ["Syrian Salvation Government", "Salvation Government", "حكومة الإنقاذ"]),
    ("syrian-interim-government", "Syrian Interim Government", 2, "group", "SY", ["Syrian Interim Government", "الحكومة السورية المؤقتة"]),
    ("national-defence-forces-syria", "National Defence Forces (Syria)", 3, "group", "SY", [
        "National Defence Forces", "National Defense Forces", "NDF", "قوات الدفاع الوطني",
    ]),
    ("sohr", "Syrian Observatory for Human Rights", 8, "international", "SY", [
        "Syrian Observatory for Human Rights", "Syrian Observatory", "SOHR", "Britain-based Syrian Observatory",
        "المرصد السوري لحقوق الإنسان", "المرصد السوري",
    ]),
    ("snhr", "Syrian Network for Human Rights", 8, "international", "SY", ["Syrian Network for Human Rights", "SNHR", "الشبكة السورية لحقوق الإنسان"]),
    ("white-helmets", "Syria Civil Defence (White Helmets)", 8, "international", "SY", [
        "White Helmets", "Syria Civil Defence", "Syria Civil Defense", "Syrian Civil Defence", "Syrian Civil Defense", "الخوذ البيضاء", "الدفاع المدني السوري",
    ]),
    ("sarc", "Syrian Arab Red Crescent", 8, "international", "SY", ["Syrian Arab Red Crescent", "SARC", "الهلال الأحمر العربي السوري"]),
    # ---------------------------------------------------------------- Kurdish / Turkey
    ("pkk", "Kurdistan Workers' Party (PKK)", 2, "group", "TR", [
        "Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK", "Partiya Karkeren Kurdistane", "حزب العمال الكردستاني",
    ]),
    ("ybs", "Sinjar Resistance Units (YBS)", 3, "group", "IQ", ["Sinjar Resistance Units", "YBS", "Yazidi Sinjar Resistance Units", "وحدات مقاومة سنجار"]),
    ("peshmerga", "Peshmerga (Kurdistan Region of Iraq)", 1, "state_forces", "IQ", [
        "Peshmerga", "Kurdish Peshmerga", "Peshmerga forces", "Kurdistan Region's Peshmerga", "البيشمركة",
    ]),
    ("krg", "Kurdistan Regional Government", 1, "group", "IQ", ["Kurdistan Regional Government", "KRG", "حكومة إقليم كردستان"]),
    # ---------------------------------------------------------------- Iraq
    ("pmf", "Popular Mobilization Forces", 1, "state_forces", "IQ", [
        "Popular Mobilization Forces", "Popular Mobilisation Forces", "Popular Mobilization Units", "Popular Mobilisation Units",
        "PMF", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi", "Hashed al-Shaabi", "Hashd al-Shabi", "Hashd", "الحشد الشعبي",
    ]),
    ("kataib-hezbollah", "Kata'ib Hezbollah", 3, "group", "IQ", [
        "Kataib Hezbollah", "Kata'ib Hezbollah", "Kataeb Hezbollah", "Kata'ib Hizballah", "Hezbollah Brigades", "كتائب حزب الله",
    ]),
    ("asaib-ahl-al-haq", "Asa'ib Ahl al-Haq", 3, "group", "IQ", ["Asaib Ahl al-Haq", "Asa'ib Ahl al-Haq", "League of the Righteous", "عصائب أهل الحق"]),
    ("harakat-al-nujaba", "Harakat al-Nujaba", 3, "group", "IQ", ["Harakat al-Nujaba", "Harakat Hezbollah al-Nujaba", "Nujaba Movement", "حركة النجباء"]),
    ("islamic-resistance-in-iraq", "Islamic Resistance in Iraq", 3, "group", "IQ", ["Islamic Resistance in Iraq", "المقاومة الإسلامية في العراق"]),
    # ---------------------------------------------------------------- Iran
    ("irgc", "Islamic Revolutionary Guard Corps", 1, "state_forces", "IR", [
        "Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps", "IRGC", "Revolutionary Guards",
        "Revolutionary Guard", "Iran's Revolutionary Guards", "Quds Force", "IRGC-Quds Force", "Qods Force", "الحرس الثوري",
        "الحرس الثوري الإيراني", "فيلق القدس",
    ]),
    # ---------------------------------------------------------------- Lebanon / Palestine / Israel
    ("hezbollah", "Hezbollah", 3, "group", "LB", [
        "Hezbollah", "Hizbollah", "Hizballah", "Hizbullah", "Hezballah", "Lebanese Hezbollah", "Islamic Resistance in Lebanon", "حزب الله",
    ]),
    ("hamas", "Hamas", 3, "group", "PS", [
        "Hamas", "Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya", "Qassam Brigades", "al-Qassam Brigades",
        "Izz ad-Din al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam Brigades", "حماس", "حركة حماس",
        "كتائب القسام",
    ]),
    ("palestinian-islamic-jihad", "Palestinian Islamic Jihad", 3, "group", "PS", [
        "Palestinian Islamic Jihad", "Islamic Jihad", "Islamic Jihad movement", "PIJ", "al-Quds Brigades", "Saraya al-Quds",
        "الجهاد الإسلامي", "سرايا القدس",
    ]),
    # ---------------------------------------------------------------- Yemen / Gulf
    ("houthis", "Houthis (Ansar Allah)", 2, "group", "YE", [
        "Houthis", "Houthi", "Huthis", "Huthi", "Houthi rebels", "Ansar Allah", "Ansarullah", "Ansar Allah movement",
        "الحوثيون", "الحوثي", "جماعة الحوثي", "أنصار الله",
    ]),
    ("southern-transitional-council", "Southern Transitional Council", 3, "group", "YE", ["Southern Transitional Council", "STC", "المجلس الانتقالي الجنوبي"]),
    ("saudi-led-coalition", "Saudi-led coalition", 8, "international", "", [
        "Saudi-led coalition", "Saudi-led military coalition", "Arab coalition", "Saudi-led Arab coalition",
        "Coalition to Restore Legitimacy in Yemen", "التحالف العربي", "تحالف دعم الشرعية",
    ]),
    ("aqap", "al-Qaeda in the Arabian Peninsula", 2, "group", "YE", [
        "al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula", "al Qaeda in the Arabian Peninsula", "AQAP",
        "تنظيم القاعدة في جزيرة العرب", "القاعدة في جزيرة العرب",
    ]),
    # ---------------------------------------------------------------- al-Qaeda and Sahel
    ("al-qaeda", "al-Qaeda", 2, "group", "", [
        "al-Qaeda", "al-Qaida", "al-Qa'ida", "al-Qa'eda", "al Qaeda", "Al Qaida", "AQ", "القاعدة", "تنظيم القاعدة",
    ]),
    ("aqim", "al-Qaeda in the Islamic Maghreb", 2, "group", "DZ", [
        "al-Qaeda in the Islamic Maghreb", "al-Qaida in the Islamic Maghreb", "AQIM", "AQMI", "GSPC", "القاعدة في بلاد المغرب الإسلامي",
    ]),
    ("jnim", "Jama'at Nusrat al-Islam wal-Muslimin", 2, "group", "ML", [
        "Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin", "Jama'at Nusrat al-Islam wa al-Muslimin",
        "Jamaat Nasr al-Islam wal Muslimin", "JNIM", "GSIM", "Group for the Support of Islam and Muslims",
        "Support Group for Islam and Muslims", "جماعة نصرة الإسلام والمسلمين",
    ]),
    ("ansarul-islam", "Ansarul Islam", 2, "group", "BF", ["Ansarul Islam", "Ansar ul Islam", "Ansaroul Islam"]),
    ("azawad-rebels", "Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", 2, "group", "ML", [
        "CSP-DPA", "Strategic Framework for the Defence of the People of Azawad", "Permanent Strategic Framework",
        "Coordination of Azawad Movements", "CMA", "Azawad Liberation Front", "FLA",
    ]),
    ("vdp", "Volunteers for the Defence of the Homeland (VDP)", 3, "group", "BF", [
        "Volunteers for the Defence of the Homeland", "Volunteers for the Defense of the Homeland", "VDP",
        "Volontaires pour la defense de la patrie",
    ]),
    ("dozo", "Dozo hunters", 4, "group", "", ["Dozo", "Dozos", "Dozo hunters", "Dozo militia", "Dozo militiamen"]),
    ("dan-na-ambassagou", "Dan Na Ambassagou", 4, "group", "ML", ["Dan Na Ambassagou", "Dan Nan Ambassagou"]),
    ("wagner-group", "Wagner Group / Africa Corps", 8, "group", "RU", [
        "Wagner Group", "Wagner", "Wagner mercenaries", "Wagner PMC", "PMC Wagner", "Wagner fighters", "Africa Corps",
        "Russian Africa Corps", "Russia's Africa Corps", "فاغنر",
    ]),
    # ---------------------------------------------------------------- Nigeria / Lake Chad
    ("boko-haram", "Boko Haram (JAS)", 2, "group", "NG", [
        "Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Jama'atu Ahlus-Sunnah Lidda'awati wal Jihad", "JAS",
        "Jamaatu Ahlis Sunna Liddaawati Wal-Jihad", "Shekau faction", "بوكو حرام", "جماعة أهل السنة للدعوة والجهاد",
    ]),
    ("ansaru", "Ansaru", 2, "group", "NG", ["Ansaru", "Jama'atu Ansarul Muslimina fi Biladis Sudan"]),
    ("cjtf-nigeria", "Civilian Joint Task Force (Nigeria)", 4, "group", "NG", ["Civilian Joint Task Force", "CJTF", "Civilian JTF"]),
    ("ipob", "Indigenous People of Biafra", 3, "group", "NG", ["Indigenous People of Biafra", "IPOB", "Eastern Security Network", "ESN"]),
    # ---------------------------------------------------------------- Horn of Africa
    ("al-shabaab", "al-Shabaab", 2, "group", "SO", [
        "al-Shabaab", "al-Shabab", "Al-Shebab", "Shabaab", "Harakat al-Shabaab al-Mujahideen", "al-Shabaab militants",
        "حركة الشباب", "حركة الشباب المجاهدين",
    ]),
    ("macawisley", "Macawisley clan militia", 4, "group", "SO", ["Macawisley", "Ma'awisley", "Ma'awisley militia"]),
    ("african-union-mission-somalia", "African Union mission in Somalia (AMISOM/ATMIS/AUSSOM)", 8, "international", "SO", [
        "AMISOM", "ATMIS", "AUSSOM", "African Union Mission in Somalia", "African Union Transition Mission in Somalia",
        "African Union Support and Stabilization Mission in Somalia",
    ]),
    ("fano", "Fano militia", 3, "group", "ET", ["Fano", "Fano militia", "Fano militiamen", "Fano fighters", "Amhara Fano"]),
    ("tplf", "Tigray People's Liberation Front", 2, "group", "ET", [
        "Tigray People's Liberation Front", "TPLF", "Tigray Defence Forces", "Tigray Defense Forces", "TDF", "Tigrayan forces",
    ]),
    ("ola", "Oromo Liberation Army", 2, "group", "ET", ["Oromo Liberation Army", "OLA", "OLF-Shane", "OLF-Shene"]),
    # ---------------------------------------------------------------- Sudan / South Sudan
    ("rsf", "Rapid Support Forces", 2, "group", "SD", [
        "Rapid Support Forces", "RSF", "paramilitary Rapid Support Forces", "قوات الدعم السريع", "الدعم السريع",
    ]),
    ("splm-n", "Sudan People's Liberation Movement-North", 2, "group", "SD", [
        "Sudan People's Liberation Movement-North", "SPLM-N", "SPLA-N", "SPLM-North",
    ]),
    ("sla", "Sudan Liberation Army", 2, "group", "SD", ["Sudan Liberation Army", "Sudan Liberation Movement", "SLA", "SLM", "SLA-AW", "SLM-AW"]),
    ("jem-sudan", "Justice and Equality Movement", 2, "group", "SD", ["Justice and Equality Movement", "JEM"]),
    ("splm-io", "SPLM-In Opposition", 2, "group", "SS", ["SPLM-IO", "SPLA-IO", "SPLM-In Opposition", "SPLA-In Opposition"]),
    # ---------------------------------------------------------------- Great Lakes / Mozambique
    ("m23", "M23 (March 23 Movement)", 2, "group", "CD", [
        "M23", "March 23 Movement", "Mouvement du 23 mars", "M23 rebels", "AFC/M23", "Congo River Alliance", "Alliance Fleuve Congo",
    ]),
    ("adf", "Allied Democratic Forces", 2, "group", "CD", ["Allied Democratic Forces", "ADF", "ADF-Nalu", "ADF/NALU"]),
    ("codeco", "CODECO", 4, "group", "CD", ["CODECO", "Cooperative for the Development of Congo"]),
    ("wazalendo", "Wazalendo", 4, "group", "CD", ["Wazalendo", "Wazalendo militias", "Wazalendo militia", "Wazalendo fighters"]),
    ("fdlr", "Democratic Forces for the Liberation of Rwanda (FDLR)", 2, "group", "CD", [
        "FDLR", "Democratic Forces for the Liberation of Rwanda", "Forces democratiques de liberation du Rwanda",
    ]),
    # ---------------------------------------------------------------- Afghanistan / Pakistan
    ("taliban", "Taliban", 1, "group", "AF", [
        "Taliban", "Taleban", "Afghan Taliban", "Islamic Emirate of Afghanistan", "Taliban government", "Taliban authorities",
        "طالبان", "حركة طالبان",
    ]),
    ("ttp", "Tehrik-i-Taliban Pakistan", 2, "group", "PK", [
        "Tehrik-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Tehrik-e Taliban Pakistan",
        "TTP", "Pakistani Taliban", "طالبان باكستان",
        # Pakistan's official name for the TTP since 2024, in ISPR statements
        "Fitna al-Khawarij", "Fitna al Khawarij", "khwarij", "khawarij", "Khwarij", "Khawarij",
    ]),
    ("balochistan-liberation-army", "Balochistan Liberation Army", 2, "group", "PK", ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA"]),
    # a group that surfaced in 2023 and claimed attacks in Khyber Pakhtunkhwa (often called a TTP front)
    ("tehreek-i-jihad-pakistan", "Tehreek-i-Jihad Pakistan", 2, "group", "PK", [
        "Tehreek-i-Jihad Pakistan", "Tehreek-e-Jihad Pakistan", "Tehrik-i-Jihad Pakistan", "Tehrik-e-Jihad Pakistan", "TJP"]),
    # (not "NRF" alone: the acronym names a retail federation as often)
    ("nrf-afghanistan", "National Resistance Front of Afghanistan", 2, "group", "AF", [
        "National Resistance Front", "National Resistance Front of Afghanistan", "Afghanistan National Resistance Front",
    ]),
    # ---------------------------------------------------------------- Libya
    # Tripoli's armed groups, nominally under the state: ACLED codes each under its own name
    ("stability-support-apparatus", "Stability Support Apparatus (SSA)", 3, "group", "LY", ["Stability Support Apparatus", "Stability Support Authority", "=SSA"]),
    ("radaa", "Radaa Special Deterrence Force", 3, "group", "LY", [
        "Radaa Deterrence Force", "Radaa", "Rada", "Special Deterrence Force", "Special Deterrence Forces", "Deterrence Apparatus",
    ]),
    ("444th-brigade", "444th Brigade", 3, "group", "LY", ["444th Brigade", "444 Brigade", "444th Combat Brigade"]),
    ("libyan-national-army", "Libyan National Army (Haftar)", 1, "state_forces", "LY", [
        "Libyan National Army", "LNA", "Libyan Arab Armed Forces", "LAAF", "Haftar's forces", "forces loyal to Khalifa Haftar",
        "Haftar forces", "forces loyal to Haftar",
    ]),
    # ---------------------------------------------------------------- Latin America
    # Phoenix lists these under their full names only; wire copy names them by acronym
    ("farabundo-marti-national-liberation-front", "Farabundo Marti National Liberation Front", 2, "group", "SV", [
        "Farabundo Marti National Liberation Front", "FMLN", "Frente Farabundo Marti para la Liberacion Nacional",
    ]),
    ("eln", "National Liberation Army (ELN)", 2, "group", "CO", [
        "National Liberation Army", "ELN", "Ejercito de Liberacion Nacional", "Camilist Union-National Liberation Army", "UC-ELN",
        "Army of National Liberation",
    ]),
    ("april-19-movement", "April 19 Movement", 2, "group", "CO", ["April 19 Movement", "M-19", "19 April Movement", "Movimiento 19 de Abril"]),
    ("popular-liberation-army", "Popular Liberation Army", 2, "group", "CO", ["Popular Liberation Army", "EPL", "Ejercito Popular de Liberacion"]),
    ("tupac-amaru-revolutionary-movement", "Tupac Amaru Revolutionary Movement", 2, "group", "PE", [
        "Tupac Amaru Revolutionary Movement", "MRTA", "Movimiento Revolucionario Tupac Amaru",
    ]),
    ("manuel-rodriguez-patriotic-front", "Manuel Rodriguez Patriotic Front", 2, "group", "CL", [
        "Manuel Rodriguez Patriotic Front", "FPMR", "Frente Patriotico Manuel Rodriguez",
    ]),
    ("guatemalan-national-revolutionary-unity", "Guatemalan National Revolutionary Unity", 2, "group", "GT", [
        "Guatemalan National Revolutionary Unity", "URNG", "Unidad Revolucionaria Nacional Guatemalteca",
    ]),
    ("the-extraditables", "The Extraditables", 3, "group", "CO", ["The Extraditables", "Extraditables", "Los Extraditables"]),
    ("medellin-cartel", "Medellin Cartel", 3, "group", "CO", ["Medellin Cartel", "Medellin drug cartel"]),
    ("cali-cartel", "Cali Cartel", 3, "group", "CO", ["Cali Cartel", "Cali drug cartel"]),
    # Cartels and gangs: ACLED codes an organised armed gang as a political militia (inter 3)
    ("sinaloa-cartel", "Sinaloa Cartel", 3, "group", "MX", ["Sinaloa Cartel", "Sinaloa drug cartel", "Los Chapitos", "La Mayiza"]),
    ("cjng", "Jalisco New Generation Cartel (CJNG)", 3, "group", "MX", ["Jalisco New Generation Cartel", "Jalisco Cartel", "CJNG", "Cartel Jalisco Nueva Generacion"]),
    ("gulf-cartel", "Gulf Cartel", 3, "group", "MX", ["Gulf Cartel", "Cartel del Golfo"]),
    ("clan-del-golfo", "Clan del Golfo (Gaitanist Army)", 3, "group", "CO", ["Clan del Golfo", "Gulf Clan", "Gaitanist Army of Colombia", "EGC", "AGC", "Urabenos"]),
    ("farc-dissidents", "FARC dissidents (EMC / Segunda Marquetalia)", 2, "group", "CO", [
        "FARC dissidents", "FARC dissident", "Central General Staff", "Estado Mayor Central", "EMC",
        "dissidents of the former FARC", "dissidents of the FARC", "former FARC dissidents", "Segunda Marquetalia", "Second Marquetalia",
        "dissidents of the Revolutionary Armed Forces of Colombia", "FARC dissident groups",
    ]),
    ("los-choneros", "Los Choneros", 3, "group", "EC", ["Los Choneros", "Choneros"]),
    ("los-lobos", "Los Lobos", 3, "group", "EC", ["Los Lobos"]),
    ("tren-de-aragua", "Tren de Aragua", 3, "group", "VE", ["Tren de Aragua"]),
    ("ms-13", "Mara Salvatrucha (MS-13)", 3, "group", "SV", ["Mara Salvatrucha", "MS-13", "MS13"]),
    ("viv-ansanm", "Viv Ansanm gang coalition", 3, "group", "HT", ["Viv Ansanm", "G9 an Fanmi e Alye", "G9 Family and Allies", "G9 alliance", "G-Pep"]),
    ("gran-grif", "Gran Grif gang", 3, "group", "HT", ["Gran Grif", "Gran Grif gang", "Grand Grif"]),
    ("400-mawozo", "400 Mawozo gang", 3, "group", "HT", ["400 Mawozo", "400 Mawozo gang"]),
    # ---------------------------------------------------------------- Myanmar
    # ethnic armed organisations and the resistance's forces; ACLED codes them as rebel groups
    ("arakan-army", "Arakan Army", 2, "group", "MM", ["Arakan Army", "United League of Arakan", "ULA/AA"]),
    ("mndaa", "Myanmar National Democratic Alliance Army (MNDAA)", 2, "group", "MM", [
        "Myanmar National Democratic Alliance Army", "MNDAA", "Kokang army",
    ]),
    ("tnla", "Ta'ang National Liberation Army (TNLA)", 2, "group", "MM", ["Ta'ang National Liberation Army", "TNLA"]),
    ("kia", "Kachin Independence Army", 2, "group", "MM", ["Kachin Independence Army", "Kachin Independence Organisation", "Kachin Independence Organization", "KIA", "KIO"]),
    ("knu", "Karen National Union / Karen National Liberation Army", 2, "group", "MM", [
        "Karen National Union", "Karen National Liberation Army", "KNU", "KNLA",
    ]),
    ("karenni-forces", "Karenni resistance forces", 2, "group", "MM", ["Karenni Army", "Karenni Nationalities Defense Force", "Karenni Nationalities Defence Force", "KNDF"]),
    ("chin-national-army", "Chin National Army", 2, "group", "MM", ["Chin National Army", "Chin National Front", "Chinland Defense Force", "Chinland Defence Force"]),
    ("pdf-myanmar", "People's Defence Force (Myanmar)", 2, "group", "MM", [
        # (not the British singular too: two spellings of one name would pull Phoenix's
        # "Peoples Defense Force", the PKK's old wing, into this actor)
        "People's Defense Force", "People's Defence Forces", "People's Defense Forces", "=PDF", "=PDFs",
    ]),
    ("three-brotherhood-alliance", "Three Brotherhood Alliance", 2, "group", "MM", ["Three Brotherhood Alliance", "Brotherhood Alliance"]),
    # ---------------------------------------------------------------- Philippines / Thailand / Indonesia
    ("abu-sayyaf-group", "Abu Sayyaf Group", 2, "group", "PH", ["Abu Sayyaf", "Abu Sayyaf Group", "ASG"]),
    ("biff", "Bangsamoro Islamic Freedom Fighters", 2, "group", "PH", ["Bangsamoro Islamic Freedom Fighters", "BIFF"]),
    ("dawlah-islamiyah", "Dawlah Islamiyah", 2, "group", "PH", ["Dawlah Islamiyah", "Dawlah Islamiya"]),
    ("milf", "Moro Islamic Liberation Front", 2, "group", "PH", ["Moro Islamic Liberation Front", "MILF"]),
    ("brn", "Barisan Revolusi Nasional (BRN)", 2, "group", "TH", ["Barisan Revolusi Nasional", "BRN", "National Revolutionary Front"]),
    ("tpnpb", "West Papua National Liberation Army (TPNPB-OPM)", 2, "group", "ID", [
        "West Papua National Liberation Army", "TPNPB", "TPNPB-OPM", "Free Papua Movement", "OPM",
    ]),
    # ---------------------------------------------------------------- India / Pakistan
    ("arambai-tenggol", "Arambai Tenggol", 4, "group", "IN", ["Arambai Tenggol"]),
    ("kuki-militants", "Kuki militants", 4, "group", "IN", ["Kuki militants", "Kuki militia", "Kuki militias", "Kuki-Zo militants"]),
    ("cpi-maoist", "Communist Party of India (Maoist)", 2, "group", "IN", ["Communist Party of India (Maoist)", "CPI (Maoist)", "CPI-Maoist", "Maoists", "Maoist rebels", "Naxalites", "Naxals"]),
    ("the-resistance-front", "The Resistance Front", 2, "group", "IN", ["The Resistance Front", "=TRF"]),
    ("kashmir-tigers", "Kashmir Tigers", 2, "group", "IN", ["Kashmir Tigers"]),
    # ---------------------------------------------------------------- West Africa
    ("fulani-militia", "Fulani ethnic militia", 4, "group", "", ["Fulani militia", "Fulani militiamen", "Fulani gunmen", "Fulani herdsmen", "Fulani herders", "armed herders", "armed herdsmen", "herdsmen"]),
    ("lakurawa", "Lakurawa", 2, "group", "NG", ["Lakurawa"]),
    ("ambazonia-separatists", "Ambazonian separatists", 2, "group", "CM", [
        "Ambazonia Defence Forces", "Ambazonia Defense Forces", "Ambazonian separatists", "Ambazonian fighters", "Amba fighters", "Amba boys",
    ]),
    # ---------------------------------------------------------------- more armed groups in current news
    # (checked against a list of groups ACLED codes often; these had no entry)
    ("mai-mai", "Mai-Mai militias", 3, "group", "CD", ["Mai-Mai", "Mai Mai", "Mayi-Mayi", "Mai-Mai militia", "Mai-Mai militiamen"]),
    ("twirwaneho", "Twirwaneho", 3, "group", "CD", ["Twirwaneho"]),
    ("red-tabara", "RED-Tabara", 2, "group", "BI", ["RED-Tabara", "Red Tabara", "RED Tabara"]),
    # the ruling CNDD-FDD's youth league, which ACLED codes as a political militia
    ("imbonerakure", "Imbonerakure", 3, "group", "BI", ["Imbonerakure", "Imbonerakures"]),
    ("anti-balaka", "Anti-Balaka", 3, "group", "CF", ["Anti-Balaka", "anti-balaka militia", "anti-balaka militias", "anti-balaka fighters"]),
    ("3r", "3R (Return, Reclamation, Rehabilitation)", 2, "group", "CF", ["=3R", "3R rebels", "Retour, Réclamation et Réhabilitation", "Return, Reclamation and Rehabilitation"]),
    ("upc-car", "Union for Peace in the Central African Republic (UPC)", 2, "group", "CF", ["Union for Peace in the Central African Republic", "UPC rebels"]),
    ("cpc-car", "Coalition of Patriots for Change (CPC)", 2, "group", "CF", ["Coalition of Patriots for Change", "CPC rebels", "CPC coalition"]),
    ("seleka", "Seleka", 2, "group", "CF", ["Seleka", "ex-Seleka", "former Seleka"]),
    ("fprc", "Popular Front for the Renaissance of Central Africa (FPRC)", 2, "group", "CF", ["=FPRC", "Popular Front for the Renaissance of Central Africa"]),
    ("nas-south-sudan", "National Salvation Front (NAS)", 2, "group", "SS", ["National Salvation Front", "NAS rebels"]),
    ("white-army", "White Army (Nuer militia)", 4, "group", "SS", ["White Army", "Nuer White Army"]),
    ("fact-chad", "Front for Change and Concord in Chad (FACT)", 2, "group", "TD", ["=FACT", "Front for Change and Concord in Chad", "FACT rebels"]),
    ("polisario", "Polisario Front", 2, "group", "EH", ["Polisario Front", "Polisario"]),
    ("katiba-macina", "Katiba Macina", 2, "group", "ML", ["Katiba Macina", "Macina Liberation Front"]),
    ("gatia", "GATIA", 3, "group", "ML", ["=GATIA", "Imghad Tuareg and Allies Self-Defense Group"]),
    ("koglweogo", "Koglweogo", 4, "group", "BF", ["Koglweogo", "Koglweogo militia"]),
    ("amotekun", "Amotekun Corps", 3, "group", "NG", ["Amotekun", "Amotekun Corps", "Western Nigeria Security Network"]),
    ("ebube-agu", "Ebube Agu", 3, "group", "NG", ["Ebube Agu"]),
    ("niger-delta-avengers", "Niger Delta Avengers", 2, "group", "NG", ["Niger Delta Avengers"]),
    ("mend", "Movement for the Emancipation of the Niger Delta (MEND)", 2, "group", "NG", ["=MEND", "Movement for the Emancipation of the Niger Delta"]),
    ("yan-sakai", "Yan Sakai", 4, "group", "NG", ["Yan Sakai", "Yan-Sakai"]),
    ("renamo", "RENAMO", 2, "group", "MZ", ["RENAMO", "Renamo", "Mozambican National Resistance", "Renamo Military Junta"]),
    ("janjaweed", "Janjaweed", 3, "group", "SD", ["Janjaweed", "Janjawid"]),
    ("baloch-liberation-front", "Balochistan Liberation Front", 2, "group", "PK", ["Balochistan Liberation Front", "Baloch Liberation Front", "=BLF"]),
    ("hafiz-gul-bahadur-group", "Hafiz Gul Bahadur group", 2, "group", "PK", ["Hafiz Gul Bahadur group", "Gul Bahadur group"]),
    ("ulfa", "United Liberation Front of Asom (ULFA)", 2, "group", "IN", ["=ULFA", "ULFA-I", "ULFA (Independent)", "United Liberation Front of Asom", "United Liberation Front of Assam"]),
    ("nscn", "National Socialist Council of Nagaland (NSCN)", 2, "group", "IN", ["=NSCN", "NSCN-IM", "NSCN (I-M)", "NSCN-K", "National Socialist Council of Nagaland"]),
    ("lions-den", "Lions' Den", 3, "group", "PS", ["Lions' Den", "Lion's Den", "Lions Den", "Areen al-Usud"]),
    ("al-aqsa-martyrs-brigades", "Al-Aqsa Martyrs' Brigades", 3, "group", "PS", [
        "Al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs Brigades", "Al-Aqsa Martyrs Brigade", "al-Aqsa Martyrs' Brigade", "كتائب شهداء الأقصى"]),
    ("jenin-brigade", "Jenin Brigade", 3, "group", "PS", ["Jenin Brigade", "Jenin Brigades", "Jenin Battalion"]),
    ("badr-organization", "Badr Organization", 3, "group", "IQ", ["Badr Organization", "Badr Organisation", "Badr Brigade", "منظمة بدر"]),
    ("barrio-18", "Barrio 18", 3, "group", "", ["Barrio 18", "Calle 18", "18th Street gang", "Barrio 18 gang"]),
    ("comando-vermelho", "Comando Vermelho", 3, "group", "BR", ["Comando Vermelho", "Red Command", "Comando Vermelho gang"]),
    ("primeiro-comando-da-capital", "Primeiro Comando da Capital (PCC)", 3, "group", "BR", ["Primeiro Comando da Capital", "First Capital Command", "PCC gang"]),
    ("terceiro-comando-puro", "Terceiro Comando Puro", 3, "group", "BR", ["Terceiro Comando Puro", "Pure Third Command"]),
    ("freedom-of-russia-legion", "Freedom of Russia Legion", 2, "group", "RU", ["Freedom of Russia Legion"]),
    ("russian-volunteer-corps", "Russian Volunteer Corps", 2, "group", "RU", ["Russian Volunteer Corps", "=RDK"]),
    ("new-ira", "New IRA", 2, "group", "GB", ["New IRA", "new IRA"]),
    ("uvf", "Ulster Volunteer Force (UVF)", 3, "group", "GB", ["Ulster Volunteer Force", "=UVF"]),
    ("proud-boys", "Proud Boys", 3, "group", "US", ["Proud Boys"]),
    # Syria after December 2024: the fallen government's armed loyalists, fighting the new authorities
    ("assad-loyalists", "Former Assad regime loyalists", 3, "group", "SY", [
        "Assad loyalists", "Assad loyalist", "Assad loyalist fighters", "former regime loyalists", "remnants of the former regime",
        "former regime remnants", "remnants of the Assad regime", "loyalists of the former regime", "فلول النظام"]),
    # ---------------------------------------------------------------- multinational forces
    ("us-led-coalition", "US-led coalition (Global Coalition against Daesh)", 8, "international", "", [
        "US-led coalition", "U.S.-led coalition", "~the coalition", "international coalition", "US-led international coalition",
        "anti-ISIS coalition", "anti-IS coalition", "anti-Islamic State coalition", "coalition forces",
        "Global Coalition against Daesh", "Global Coalition to Defeat ISIS", "Global Coalition to Defeat Daesh",
        "Operation Inherent Resolve", "CJTF-OIR", "Combined Joint Task Force-Operation Inherent Resolve",
        "التحالف الدولي", "التحالف الدولي بقيادة الولايات المتحدة",
    ]),
    # ---------------------------------------------------------------- international organisations and NGOs
    ("united-nations", "United Nations", 8, "international", "", [
        "United Nations", "UN", "U.N.", "UN peacekeepers", "U.N. peacekeepers", "UN peacekeeping mission", "UN Secretary-General",
        "U.N. Secretary-General", "الأمم المتحدة",
    ]),
    ("un-security-council", "UN Security Council", 8, "international", "", [
        "UN Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC", "مجلس الأمن الدولي", "مجلس الأمن",
    ]),
    ("unhcr", "UNHCR (UN Refugee Agency)", 8, "international", "", [
        "UNHCR", "UN refugee agency", "U.N. refugee agency", "UN High Commissioner for Refugees",
        "United Nations High Commissioner for Refugees", "Office of the United Nations High Commissioner for Refugees",
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
    ]),
    ("who", "World Health Organization", 8, "international", "", [
        "World Health Organization", "World Health Organisation", "WHO", "منظمة الصحة العالمية",
    ]),
    ("unicef", "UNICEF", 8, "international", "", [
        "UNICEF", "United Nations Children's Fund", "UN Children's Fund", "UN children's agency", "U.N. children's agency", "اليونيسف",
    ]),
    ("ocha", "UN Office for the Coordination of Humanitarian Affairs", 8, "international", "", [
        "OCHA", "UNOCHA", "UN OCHA", "Office for the Coordination of Humanitarian Affairs", "UN humanitarian office",
        "U.N. humanitarian office", "UN humanitarian affairs office", "UN aid coordination office", "مكتب تنسيق الشؤون الإنسانية",
    ]),
    ("wfp", "World Food Programme", 8, "international", "", [
        "World Food Programme", "World Food Program", "WFP", "UN food agency", "U.N. food agency", "برنامج الأغذية العالمي",
    ]),
    ("ohchr", "UN Human Rights Office (OHCHR)", 8, "international", "", [
        "OHCHR", "UN human rights office", "U.N. human rights office", "UN High Commissioner for Human Rights",
        "Office of the High Commissioner for Human Rights", "UN Human Rights Council", "UN human rights chief",
    ]),
    ("unrwa", "UNRWA", 8, "international", "", ["UNRWA", "United Nations Relief and Works Agency", "UN agency for Palestinian refugees", "الأونروا"]),
    ("iom", "International Organization for Migration", 8, "international", "", [
        "International Organization for Migration", "International Organisation for Migration", "IOM", "UN migration agency",
    ]),
    ("minusma", "MINUSMA (UN mission in Mali)", 8, "international", "ML", ["MINUSMA", "UN mission in Mali", "U.N. mission in Mali"]),
    ("monusco", "MONUSCO (UN mission in DR Congo)", 8, "international", "CD", ["MONUSCO", "UN mission in Congo", "UN mission in DR Congo"]),
    ("unifil", "UNIFIL (UN Interim Force in Lebanon)", 8, "international", "LB", ["UNIFIL", "United Nations Interim Force in Lebanon", "UN Interim Force in Lebanon"]),
    ("unmiss", "UNMISS (UN mission in South Sudan)", 8, "international", "SS", ["UNMISS", "UN Mission in South Sudan"]),
    ("icrc", "International Committee of the Red Cross", 8, "international", "", [
        "International Committee of the Red Cross", "ICRC", "Red Cross", "اللجنة الدولية للصليب الأحمر",
    ]),
    ("nato", "NATO", 8, "international", "", [
        "NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "حلف شمال الأطلسي", "الناتو",
    ]),
    ("european-union", "European Union", 8, "international", "", ["European Union", "EU", "الاتحاد الأوروبي"]),
    ("african-union", "African Union", 8, "international", "", ["African Union", "AU", "الاتحاد الأفريقي", "الاتحاد الإفريقي"]),
    ("ecowas", "ECOWAS", 8, "international", "", ["ECOWAS", "Economic Community of West African States", "CEDEAO"]),
    ("alliance-of-sahel-states", "Alliance of Sahel States", 8, "international", "", ["Alliance of Sahel States", "AES", "Alliance des Etats du Sahel"]),
    ("arab-league", "Arab League", 8, "international", "", ["Arab League", "League of Arab States", "جامعة الدول العربية"]),
    ("igad", "IGAD", 8, "international", "", ["IGAD", "Intergovernmental Authority on Development"]),
    ("icc", "International Criminal Court", 8, "international", "", ["International Criminal Court", "ICC", "المحكمة الجنائية الدولية"]),
    ("msf", "Medecins Sans Frontieres (MSF)", 8, "international", "", [
        "Medecins Sans Frontieres", "Médecins Sans Frontières", "Doctors Without Borders", "MSF", "أطباء بلا حدود",
    ]),
    ("amnesty-international", "Amnesty International", 8, "international", "", ["Amnesty International", "منظمة العفو الدولية"]),
    ("human-rights-watch", "Human Rights Watch", 8, "international", "", ["Human Rights Watch", "HRW", "هيومن رايتس ووتش"]),
    ("nrc", "Norwegian Refugee Council", 8, "international", "", ["Norwegian Refugee Council", "NRC"]),
    ("irc", "International Rescue Committee", 8, "international", "", ["International Rescue Committee", "IRC"]),
    ("save-the-children", "Save the Children", 8, "international", "", ["Save the Children"]),
    ("acled", "ACLED", 8, "international", "", ["ACLED", "Armed Conflict Location and Event Data Project", "Armed Conflict Location & Event Data Project"]),
]

# Country governments and militaries: (ISO2, short name, other names, demonyms,
#   extra government aliases, extra military aliases).
# Each country gives "Government of X" (kind government) and "Military Forces of X" (kind
# state_forces), both category 1: whether a government acts at home or abroad (ACLED's 8 for
# foreign forces) is not knowable from the name; the pipeline adjusts.
COUNTRIES: list[tuple[str, str, list[str], list[str], list[str], list[str]]] = [
    ("SY", "Syria", ["Syrian Arab Republic", "سوريا", "سورية"], ["Syrian"],
     ["Syrian regime", "Assad regime", "Assad government", "Syrian government of Bashar al-Assad", "الحكومة السورية", "النظام السوري"],
     ["Syrian Arab Army", "SAA", "Syrian government forces", "Syrian regime forces", "Syrian air force", "Syrian Arab Air Force",
      "Syrian government troops", "Syrian government warplanes", "Syrian regime warplanes", "الجيش السوري", "الجيش العربي السوري", "قوات النظام السوري"]),
    ("IQ", "Iraq", ["العراق"], ["Iraqi"], ["الحكومة العراقية"],
     ["Iraqi security forces", "ISF", "Iraqi Counter-Terrorism Service", "Iraqi Counter Terrorism Service", "Iraqi Security Media Cell",
      "Iraqi Joint Operations Command", "Iraqi air force", "الجيش العراقي", "القوات الأمنية العراقية"]),
    ("TR", "Turkey", ["Türkiye", "Turkiye", "Republic of Turkey", "تركيا"], ["Turkish"], ["الحكومة التركية"],
     ["Turkish Armed Forces", "Turkish drones", "Turkish warplanes", "Turkish air force", "الجيش التركي", "القوات التركية"]),
    ("RU", "Russia", ["Russian Federation", "روسيا"], ["Russian"], ["Kremlin"],
     ["Russian Aerospace Forces", "Russian warplanes", "Russian air force", "Russian jets", "Russian military police", "الجيش الروسي", "القوات الروسية"]),
    ("US", "United States", ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "الولايات المتحدة"], ["US", "U.S.", "American"],
     ["US administration", "U.S. administration", "Biden administration", "White House", "State Department", "US State Department", "U.S. State Department"],
     ["US Army", "U.S. Army", "US Central Command", "U.S. Central Command", "CENTCOM", "Pentagon", "US Department of Defense",
      "US special forces", "U.S. special forces", "US warplanes", "U.S. warplanes", "US-led forces", "القوات الأمريكية", "الجيش الأمريكي"]),
    ("IL", "Israel", ["إسرائيل"], ["Israeli"], ["الحكومة الإسرائيلية"],
     ["Israel Defense Forces", "Israel Defence Forces", "IDF", "Israeli Defense Forces", "Israeli air force", "Israeli warplanes",
      "Israeli jets", "الجيش الإسرائيلي", "جيش الاحتلال"]),
    ("IR", "Iran", ["Islamic Republic of Iran", "إيران"], ["Iranian"], ["Iranian regime"], ["Iranian armed forces", "Artesh", "الجيش الإيراني"]),
    ("LB", "Lebanon", ["لبنان"], ["Lebanese"], [], ["Lebanese Armed Forces", "LAF", "الجيش اللبناني"]),
    ("JO", "Jordan", ["Hashemite Kingdom of Jordan", "الأردن"], ["Jordanian"], [], ["Jordanian Armed Forces", "الجيش الأردني"]),
    ("SA", "Saudi Arabia", ["Kingdom of Saudi Arabia", "السعودية"], ["Saudi"], [], ["Royal Saudi Air Force", "Saudi warplanes"]),
    ("AE", "United Arab Emirates", ["UAE", "الإمارات"], ["Emirati"], [], ["UAE forces", "UAE armed forces"]),
    ("QA", "Qatar", ["قطر"], ["Qatari"], [], []),
    ("EG", "Egypt", ["مصر"], ["Egyptian"], [], ["الجيش المصري"]),
    ("LY", "Libya", ["ليبيا"], ["Libyan"], ["Government of National Unity", "Government of National Accord", "GNU"], []),
    ("YE", "Yemen", ["اليمن"], ["Yemeni"],
     ["internationally recognised government of Yemen", "internationally recognized government of Yemen", "Presidential Leadership Council", "الحكومة اليمنية"],
     ["Yemeni government forces", "pro-government forces in Yemen", "الجيش اليمني"]),
    ("SD", "Sudan", ["السودان"], ["Sudanese"], ["الحكومة السودانية"],
     ["Sudanese Armed Forces", "SAF", "Sudanese army", "Sudanese Air Force", "القوات المسلحة السودانية", "الجيش السوداني"]),
    ("SS", "South Sudan", [], ["South Sudanese"], [], ["South Sudan People's Defence Forces", "SSPDF"]),
    ("ET", "Ethiopia", [], ["Ethiopian"], [], ["Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF"]),
    ("ER", "Eritrea", [], ["Eritrean"], [], ["Eritrean Defence Forces", "Eritrean Defense Forces"]),
    ("SO", "Somalia", ["Federal Republic of Somalia", "الصومال"], ["Somali"], ["Federal Government of Somalia", "Somali federal government"],
     ["Somali National Army", "Somali army", "Somali security forces", "Danab", "Danab special forces", "NISA"]),
    ("KE", "Kenya", [], ["Kenyan"], [], ["Kenya Defence Forces", "Kenya Defense Forces", "KDF"]),
    ("UG", "Uganda", [], ["Ugandan"], [], ["Uganda People's Defence Force", "Uganda People's Defence Forces", "UPDF"]),
    ("CD", "Democratic Republic of the Congo", ["DR Congo", "DRC", "Democratic Republic of Congo", "Congo-Kinshasa"], ["Congolese"], [],
     ["FARDC", "Armed Forces of the Democratic Republic of the Congo"]),
    ("RW", "Rwanda", [], ["Rwandan"], [], ["Rwanda Defence Force", "Rwanda Defense Force", "RDF"]),
    ("BI", "Burundi", [], ["Burundian"], [], ["Burundian National Defence Force"]),
    ("CF", "Central African Republic", [], ["Central African"], [], ["FACA"]),
    ("TD", "Chad", [], ["Chadian"], [], []),
    ("CM", "Cameroon", [], ["Cameroonian"], [], []),
    ("NG", "Nigeria", [], ["Nigerian"], ["Federal Government of Nigeria"], ["Nigerian Air Force", "Nigerian Army", "Operation Hadin Kai", "Multinational Joint Task Force", "MNJTF"]),
    ("NE", "Niger", [], ["Nigerien"], ["Nigerien junta", "CNSP"], ["Nigerien Armed Forces", "FAN"]),
    ("ML", "Mali", [], ["Malian"], ["Malian junta", "Malian transitional authorities"], ["FAMa", "Malian Armed Forces", "Malian air force"]),
    ("BF", "Burkina Faso", ["Burkina"], ["Burkinabe", "Burkinabè"], ["Burkinabe junta"], ["Burkina Faso armed forces"]),
    ("MR", "Mauritania", [], ["Mauritanian"], [], []),
    ("DZ", "Algeria", ["الجزائر"], ["Algerian"], [], []),
    ("TN", "Tunisia", ["تونس"], ["Tunisian"], [], []),
    ("MA", "Morocco", ["المغرب"], ["Moroccan"], [], ["Royal Moroccan Armed Forces"]),
    ("MZ", "Mozambique", [], ["Mozambican"], [], ["FADM"]),
    ("AF", "Afghanistan", ["أفغانستان"], ["Afghan"], [], []),
    ("PK", "Pakistan", ["باكستان"], ["Pakistani"], [], ["Pakistan Army", "Pakistani security forces", "Inter-Services Public Relations", "ISPR"]),
    ("IN", "India", [], ["Indian"], [], []),
    ("UA", "Ukraine", [], ["Ukrainian"], [], ["Armed Forces of Ukraine"]),
    ("FR", "France", [], ["French"], [], ["Operation Barkhane", "Barkhane"]),
    ("GB", "United Kingdom", ["Britain", "Great Britain", "UK", "U.K."], ["British", "UK"], ["British government"], ["Royal Air Force", "RAF"]),
    ("CN", "China", ["People's Republic of China"], ["Chinese"], [], ["People's Liberation Army", "PLA"]),
    ("MM", "Myanmar", ["Burma"], ["Myanmar"], ["Myanmar junta"], ["Tatmadaw"]),
    ("PS", "Palestine", ["State of Palestine", "فلسطين"], ["Palestinian"],
     ["Palestinian Authority", "Palestinian National Authority", "السلطة الفلسطينية"], ["Palestinian Authority security forces"]),
    ("AZ", "Azerbaijan", [], ["Azerbaijani"], [], []),
    ("AM", "Armenia", [], ["Armenian"], [], []),
    ("CO", "Colombia", [], ["Colombian"], [], []),
    ("MX", "Mexico", [], ["Mexican"], [], []),
    ("HT", "Haiti", [], ["Haitian"], [], []),
    # Latin America (ACLED codes it all): the states whose forces its wire copy names most
    ("SV", "El Salvador", [], ["Salvadoran", "Salvadorean"], [], []),
    ("GT", "Guatemala", [], ["Guatemalan"], [], []),
    ("HN", "Honduras", [], ["Honduran"], [], []),
    ("NI", "Nicaragua", [], ["Nicaraguan"], [], ["Sandinista People's Army", "Sandinist People's Army"]),
    ("PE", "Peru", [], ["Peruvian"], [], []),
    ("VE", "Venezuela", [], ["Venezuelan"], [], []),
    ("EC", "Ecuador", [], ["Ecuadorian", "Ecuadoran"], [], []),
    ("BO", "Bolivia", [], ["Bolivian"], [], []),
    ("CL", "Chile", [], ["Chilean"], [], []),
    ("BR", "Brazil", [], ["Brazilian"], [], []),
    # states that fight at home or send forces abroad, added after unseen reports named their
    # forces ("Tajik border guards", "Filipino soldiers") and found no entry
    ("PH", "Philippines", ["the Philippines"], ["Philippine", "Filipino"], [], ["Armed Forces of the Philippines", "AFP soldiers"]),
    ("TH", "Thailand", [], ["Thai"], [], ["Royal Thai Army"]),
    ("ID", "Indonesia", [], ["Indonesian"], [], ["TNI", "Indonesian National Armed Forces"]),
    ("BD", "Bangladesh", [], ["Bangladeshi"], [], ["Border Guard Bangladesh", "BGB", "Rapid Action Battalion", "RAB"]),
    ("LK", "Sri Lanka", [], ["Sri Lankan"], [], []),
    ("NP", "Nepal", [], ["Nepali", "Nepalese"], [], []),
    ("PG", "Papua New Guinea", ["PNG"], ["Papua New Guinean", "PNG"], [], ["PNG Defence Force"]),
    ("MY", "Malaysia", [], ["Malaysian"], [], []),
    ("KH", "Cambodia", [], ["Cambodian"], [], []),
    ("VN", "Vietnam", ["Viet Nam"], ["Vietnamese"], [], []),
    ("KR", "South Korea", ["Republic of Korea"], ["South Korean"], [], []),
    ("KP", "North Korea", ["DPRK"], ["North Korean"], [], ["Korean People's Army"]),
    ("JP", "Japan", [], ["Japanese"], [], ["Japan Self-Defense Forces"]),
    ("TW", "Taiwan", [], ["Taiwanese"], [], []),
    ("GE", "Georgia", [], ["Georgian"], [], []),
    ("KG", "Kyrgyzstan", ["Kyrgyz Republic"], ["Kyrgyz"], [], ["Kyrgyz border guards"]),
    ("TJ", "Tajikistan", [], ["Tajik"], [], ["Tajik border guards"]),
    ("KZ", "Kazakhstan", [], ["Kazakh", "Kazakhstani"], [], []),
    ("UZ", "Uzbekistan", [], ["Uzbek"], [], []),
    ("BY", "Belarus", [], ["Belarusian"], [], []),
    ("MD", "Moldova", [], ["Moldovan"], [], []),
    ("RS", "Serbia", [], ["Serbian"], [], []),
    ("XK", "Kosovo", [], ["Kosovo", "Kosovar"], [], ["Kosovo Security Force"]),
    ("BA", "Bosnia and Herzegovina", ["Bosnia"], ["Bosnian"], [], []),
    ("DE", "Germany", [], ["German"], [], ["Bundeswehr"]),
    ("PL", "Poland", [], ["Polish"], [], []),
    ("IT", "Italy", [], ["Italian"], [], []),
    ("ES", "Spain", [], ["Spanish"], [], []),
    ("GR", "Greece", [], ["Greek"], [], []),
    ("NL", "Netherlands", ["the Netherlands"], ["Dutch"], [], []),
    ("BE", "Belgium", [], ["Belgian"], [], []),
    ("CA", "Canada", [], ["Canadian"], [], []),
    ("AU", "Australia", [], ["Australian"], [], []),
    ("SN", "Senegal", [], ["Senegalese"], [], []),
    ("GN", "Guinea", ["Guinea-Conakry"], ["Guinean"], [], []),
    ("GW", "Guinea-Bissau", [], ["Bissau-Guinean"], [], []),
    ("SL", "Sierra Leone", [], ["Sierra Leonean"], [], []),
    ("LR", "Liberia", [], ["Liberian"], [], []),
    ("CI", "Ivory Coast", ["Cote d'Ivoire", "Côte d'Ivoire"], ["Ivorian"], [], []),
    ("GH", "Ghana", [], ["Ghanaian"], [], []),
    ("TG", "Togo", [], ["Togolese"], [], []),
    ("BJ", "Benin", [], ["Beninese"], [], []),
    ("GA", "Gabon", [], ["Gabonese"], [], []),
    ("CG", "Republic of the Congo", ["Congo-Brazzaville"], [], [], []),
    ("AO", "Angola", [], ["Angolan"], [], []),
    ("ZM", "Zambia", [], ["Zambian"], [], []),
    ("ZW", "Zimbabwe", [], ["Zimbabwean"], [], []),
    ("MW", "Malawi", [], ["Malawian"], [], []),
    ("ZA", "South Africa", [], ["South African"], [], ["SANDF"]),
    ("TZ", "Tanzania", [], ["Tanzanian"], [], []),
    ("MG", "Madagascar", [], ["Malagasy"], [], []),
    ("DJ", "Djibouti", [], ["Djiboutian"], [], []),
    ("GM", "Gambia", ["The Gambia"], ["Gambian"], [], []),
    ("BH", "Bahrain", [], ["Bahraini"], [], []),
    ("KW", "Kuwait", [], ["Kuwaiti"], [], []),
    ("OM", "Oman", [], ["Omani"], [], []),
    ("AR", "Argentina", [], ["Argentine", "Argentinian"], [], []),
    ("PY", "Paraguay", [], ["Paraguayan"], [], []),
    ("PA", "Panama", [], ["Panamanian"], [], []),
    ("CU", "Cuba", [], ["Cuban"], [], []),
    ("DO", "Dominican Republic", [], ["Dominican"], [], []),
    ("JM", "Jamaica", [], ["Jamaican"], [], []),
]

# Generic actors: kept generic, never guessed into a named group. (head, ACLED inter code of the kind of
# actor - unidentified armed groups are political militias (3) in ACLED - or None, aliases). actor_id "generic:<head>".
GENERIC: list[tuple[str, int | None, list[str]]] = [
    ("gunmen", 3, ["gunmen", "gunman", "unidentified gunmen", "unidentified men", "unknown men", "unidentified fighters", "armed fighters", "unknown gunmen", "armed men", "unidentified armed men",
                      "unknown armed men", "masked gunmen", "armed assailants", "unidentified assailants", "unknown assailants",
                      "armed individuals", "unknown armed individuals", "unidentified armed individuals",
                      # Mexican and Central American press: "un comando armado", "an armed commando"
                      "armed commando", "armed commandos", "an armed commando"]),
    ("attackers", 3, ["attackers", "assailants", "unidentified attackers", "unknown attackers"]),
    ("militants", 3, ["militants", "suspected militants", "Islamist militants", "jihadist militants", "armed militants", "unidentified militants"]),
    ("insurgents", 2, ["insurgents", "suspected insurgents", "Islamist insurgents", "jihadist insurgents"]),
    ("jihadists", 2, ["jihadists", "suspected jihadists", "jihadist fighters", "jihadist groups", "Islamists", "Islamist fighters",
                      "jihadis", "suspected jihadis"]),  # (AP's spelling)
    ("terrorists", None, ["terrorists", "suspected terrorists", "terrorist group", "terrorist groups", "terrorist organizations",
                          "terrorist organisations", "terrorist organization", "terrorist organisation"]),
    ("rebels", 2, ["rebels", "rebel", "rebel fighters", "rebel forces", "rebel groups", "opposition fighters", "opposition forces",
                 "armed opposition", "armed opposition groups", "opposition factions",
                 # Latin America's and the Philippines' word for them
                 "guerrillas", "guerrilla", "guerrilla fighters", "guerrilla forces", "guerrilla groups", "guerrilla units",
                 "leftist guerrillas", "urban guerrillas", "rebel guerrillas",
                 # Cameroon's, Ukraine's, Myanmar's: ACLED codes separatist armed groups as rebels
                 "separatists", "separatist fighters", "separatist rebels", "separatist forces", "armed separatists",
                 "secessionists", "secessionist fighters",
                 # Myanmar's anti-junta forces, as reports call them when they name no group
                 "resistance fighters", "resistance forces", "resistance groups", "anti-junta fighters", "anti-junta forces"]),
    ("kurdish-forces", 2, ["Kurdish forces", "Kurdish fighters", "Kurdish militia", "Kurdish militias"]),
    ("bandits", None, ["bandits", "armed bandits", "suspected bandits"]),
    # ACLED codes an unnamed armed gang (Haiti, Mexico) as a political militia
    ("gangs", 3, ["gang", "gangs", "gang members", "gang member", "armed gang", "armed gangs", "gangsters", "drug traffickers", "suspected drug traffickers", "narco-traffickers", "cartel gunmen", "cartel members",
                 "members of a drug cartel", "members of a cartel", "drug cartel members", "cartel hitmen"]),
    ("kidnappers", None, ["kidnappers", "abductors"]),
    ("settlers", None, ["settlers", "Israeli settlers", "Jewish settlers", "armed settlers", "settler"]),
    ("armed-group", 3, ["armed group", "armed groups", "unidentified armed group", "unknown armed group", "non-state armed groups"]),
    ("militia", 3, ["militia", "militias", "militiamen", "pro-government militia", "pro-government militias", "local militia", "armed militia"]),
    ("tribal-fighters", 4, ["tribal fighters", "tribesmen", "armed tribesmen", "tribal militia", "tribal militias", "Arab tribes",
                            "local Arab tribes", "Arab tribal fighters", "Arab tribal forces", "clan militia", "clan militias", "clan fighters",
                            "tribal gunmen", "Bedouin fighters", "Bedouin gunmen", "Bedouin tribal fighters", "Bedouin tribal gunmen", "Bedouin tribes"]),
    # South Sudan's and Nigeria's cattle raiders and communal fighters: ACLED's communal and ethnic militias
    ("communal-militia", 4, ["armed youths", "armed youth", "youth militia", "youth militias", "communal militia", "communal militias",
                             "ethnic militia", "ethnic militias", "armed villagers",
                             # Syria's Sweida: the Druze armed factions ACLED codes as communal militias
                             "Druze fighters", "Druze militia", "Druze militias", "Druze militiamen", "Druze gunmen", "Druze factions",
                             # herders named as the attackers ("Suspected herders killed 42"; plain "herders" are civilians)
                             "suspected herders", "suspected herdsmen", "suspected armed herders", "herder militia", "herder militias",
                             "cattle raiders", "armed cattle raiders"]),
    ("vigilantes", 4, ["vigilantes", "vigilante group", "self-defence militia", "self-defense militia", "self-defence groups", "self-defense groups"]),
    ("security-forces", 1, ["security forces", "government forces", "government troops", "state forces", "the army", "army", "soldiers", "troops",
                         "armed forces", "military", "the military", "junta", "military junta",
                         # "regime airstrikes", "government warplanes": the state acting, in the words of its opponents or neutrally
                         "regime", "regime forces", "regime troops", "pro-regime forces", "pro-government forces", "loyalist forces",
                         "government", "government warplanes", "regime warplanes", "regime helicopters", "government aircraft"]),
    ("police", 1, ["police", "policemen", "police officers", "riot police", "gendarmes", "gendarmerie"]),
    ("protesters", 6, ["protesters", "protestors", "demonstrators", "peaceful protesters", "anti-government protesters"]),
    ("rioters", 5, ["rioters", "mob", "angry mob", "angry crowd", "rioting youths", "looters"]),
    ("civilians", 7, ["civilians", "civilian", "unarmed civilians", "displaced people", "displaced persons", "internally displaced people",
                      "IDPs", "refugees"]),
    ("villagers", 7, ["villagers", "residents", "local residents", "farmers", "herders", "worshippers"]),
    ("students", 7, ["students", "schoolchildren", "pupils"]),
    ("aid-workers", 7, ["aid workers", "humanitarian workers", "health workers", "medical staff"]),
    ("journalists", 7, ["journalists", "media workers"]),
    # victims by their trade or journey: "shot dead two labourers", "attacked a bus carrying passengers"
    ("workers", 7, ["labourers", "laborers", "workers", "construction workers", "road workers", "miners", "gold miners",
                    "traders", "shopkeepers", "fishermen", "truck drivers", "lorry drivers"]),
    ("travellers", 7, ["passengers", "travellers", "travelers", "motorists", "commuters", "pilgrims"]),
]
