"""Hand-kept filters the actor-dictionary builder applies to the reference lists: which sanctions
entries are armed groups (``SANCTIONS_KEEP``), aliases routed elsewhere or dropped, words that mark
a person or a generic phrase, and which Phoenix countries and organisations are imported. Data only;
read by ``tools/build_actor_dictionary.py``."""

from __future__ import annotations

import re

# =========================================================================== sanctions lists
#
# Hand-kept filter of the sanctions lists: only armed groups / terrorist organisations (front
# companies, charities, banks, exchange houses, airlines, ships, ministries and individuals are
# left out). "source:key | actor_id | name | country | category". Entities of the two lists that
# are the same organisation share an actor_id; curated actors reuse their curated id.
SANCTIONS_KEEP = """
ofac:8759   | islamic-state | Islamic State | | 2
un:QDe.115  | islamic-state | Islamic State | | 2
ofac:23845  | iswap | Islamic State West Africa Province | NG | 2
ofac:24546  | is-sahel | Islamic State Sahel Province | ML | 2
ofac:18647  | iskp | Islamic State Khorasan Province | AF | 2
ofac:16696  | is-central-africa | Islamic State Central Africa Province | CD | 2
ofac:31372  | is-mozambique | Islamic State Mozambique Province | MZ | 2
ofac:23848  | is-somalia | Islamic State Somalia Province | SO | 2
ofac:16763  | is-sinai | Islamic State Sinai Province | EG | 2
ofac:18636  | is-caucasus | Islamic State Caucasus Province | RU | 2
ofac:19889  | is-saudi-arabia | Islamic State in Saudi Arabia | SA | 2
ofac:19890  | is-libya | Islamic State in Libya | LY | 2
ofac:19892  | is-yemen | Islamic State in Yemen | YE | 2
ofac:23843  | is-bangladesh | Islamic State in Bangladesh | BD | 2
ofac:23844  | is-east-asia | Islamic State East Asia (Philippines) | PH | 2
ofac:23850  | is-egypt | Islamic State in Egypt | EG | 2
ofac:16937  | jabhat-al-nusra | Jabhat al-Nusra | SY | 2
un:QDe.137  | jabhat-al-nusra | Jabhat al-Nusra | SY | 2
ofac:27318  | hurras-al-din | Hurras al-Din | SY | 2
ofac:12733  | jaysh-al-islam-gaza | Jaysh al-Islam (Gaza) | PS | 2
ofac:17289  | jaish-al-muhajireen-wal-ansar | Jaish al-Muhajireen wal-Ansar | SY | 2
un:QDe.148  | jaish-al-muhajireen-wal-ansar | Jaish al-Muhajireen wal-Ansar | SY | 2
ofac:17299  | harakat-sham-al-islam | Harakat Sham al-Islam | SY | 2
un:QDe.149  | harakat-sham-al-islam | Harakat Sham al-Islam | SY | 2
ofac:20620  | jund-al-aqsa | Jund al-Aqsa | SY | 2
un:QDe.156  | jund-al-aqsa | Jund al-Aqsa | SY | 2
ofac:20010  | khalid-ibn-al-walid-army | Jaysh Khalid ibn al-Walid | SY | 2
un:QDe.155  | khalid-ibn-al-walid-army | Jaysh Khalid ibn al-Walid | SY | 2
ofac:23965  | katibat-al-imam-al-bukhari | Katibat al-Imam al-Bukhari | SY | 2
un:QDe.158  | katibat-al-imam-al-bukhari | Katibat al-Imam al-Bukhari | SY | 2
ofac:7262   | etim | East Turkistan Islamic Movement (Turkistan Islamic Party) | SY | 2
un:QDe.088  | etim | East Turkistan Islamic Movement (Turkistan Islamic Party) | SY | 2
ofac:13041  | al-qaida-kurdish-battalions | al-Qaida Kurdish Battalions | IQ | 2
ofac:4702   | pkk | Kurdistan Workers' Party (PKK) | TR | 2
ofac:10665  | tak | Kurdistan Freedom Falcons (TAK) | TR | 2
ofac:11351  | pjak | Free Life Party of Kurdistan (PJAK) | IR | 2
ofac:4713   | dhkp-c | Revolutionary People's Liberation Party/Front (DHKP/C) | TR | 2
ofac:11462  | kataib-hezbollah | Kata'ib Hezbollah | IQ | 3
ofac:28283  | asaib-ahl-al-haq | Asa'ib Ahl al-Haq | IQ | 3
ofac:26446  | harakat-al-nujaba | Harakat al-Nujaba | IQ | 3
ofac:11749  | jrtn | Jaysh Rijal al-Tariq al-Naqshbandi | IQ | 2
ofac:7472   | ansar-al-islam | Ansar al-Islam | IQ | 2
un:QDe.098  | ansar-al-islam | Ansar al-Islam | IQ | 2
ofac:30650  | saraya-al-mukhtar | Saraya al-Mukhtar | BH | 3
ofac:24723  | al-ashtar-brigades | al-Ashtar Brigades | BH | 3
ofac:10391  | irgc | Islamic Revolutionary Guard Corps | IR | 1
ofac:10465  | irgc | Islamic Revolutionary Guard Corps | IR | 1
ofac:12055  | irgc | Islamic Revolutionary Guard Corps | IR | 1
ofac:26719  | irgc | Islamic Revolutionary Guard Corps | IR | 1
ofac:26720  | irgc | Islamic Revolutionary Guard Corps | IR | 1
ofac:12727  | basij | Basij | IR | 1
ofac:26347  | fatemiyoun | Fatemiyoun Division | AF | 3
ofac:26348  | zaynabiyoun | Zaynabiyoun Brigade | PK | 3
ofac:12299  | jaysh-al-adl | Jaysh al-Adl | IR | 2
ofac:4697   | hezbollah | Hezbollah | LB | 3
ofac:4695   | hamas | Hamas | PS | 3
ofac:4707   | palestinian-islamic-jihad | Palestinian Islamic Jihad | PS | 3
ofac:4708   | palestine-liberation-front | Palestine Liberation Front | PS | 2
ofac:4709   | pflp | Popular Front for the Liberation of Palestine | PS | 3
ofac:4710   | pflp-gc | PFLP-General Command | PS | 3
ofac:4717   | dflp | Democratic Front for the Liberation of Palestine | PS | 3
ofac:7200   | al-aqsa-martyrs-brigade | al-Aqsa Martyrs' Brigade | PS | 3
ofac:17187  | mujahidin-shura-council-jerusalem | Mujahidin Shura Council in the Environs of Jerusalem | PS | 2
ofac:23628  | hasm | Harakat Sawa'd Misr (HASM) | EG | 2
ofac:23630  | liwa-al-thawra | Liwa al-Thawra | EG | 2
ofac:23632  | harakat-al-sabireen | Harakat al-Sabireen | PS | 3
ofac:17567  | ajnad-misr | Ajnad Misr | EG | 2
ofac:4694   | gamaa-al-islamiyya | al-Gama'a al-Islamiyya | EG | 2
un:QDe.003  | egyptian-islamic-jihad | Egyptian Islamic Jihad | EG | 2
ofac:10463  | fatah-al-islam | Fatah al-Islam | LB | 2
ofac:6896   | asbat-al-ansar | Asbat al-Ansar | LB | 2
un:QDe.007  | asbat-al-ansar | Asbat al-Ansar | LB | 2
ofac:13168  | abdallah-azzam-brigades | Abdallah Azzam Brigades | LB | 2
un:QDe.144  | abdallah-azzam-brigades | Abdallah Azzam Brigades | LB | 2
ofac:6366   | al-qaeda | al-Qaeda | | 2
un:QDe.004  | al-qaeda | al-Qaeda | | 2
ofac:11695  | aqap | al-Qaeda in the Arabian Peninsula | YE | 2
un:QDe.129  | aqap | al-Qaeda in the Arabian Peninsula | YE | 2
ofac:6900   | islamic-army-of-aden | Islamic Army of Aden | YE | 2
un:QDe.009  | islamic-army-of-aden | Islamic Army of Aden | YE | 2
ofac:20159  | aqis | al-Qaeda in the Indian Subcontinent | | 2
ofac:6897   | aqim | al-Qaeda in the Islamic Maghreb | DZ | 2
un:QDe.014  | aqim | al-Qaeda in the Islamic Maghreb | DZ | 2
ofac:24879  | jnim | Jama'at Nusrat al-Islam wal-Muslimin | ML | 2
un:QDe.159  | jnim | Jama'at Nusrat al-Islam wal-Muslimin | ML | 2
ofac:15852  | ansar-dine | Ansar Dine | ML | 2
un:QDe.135  | ansar-dine | Ansar Dine | ML | 2
ofac:15609  | mujao | Movement for Oneness and Jihad in West Africa (MUJAO) | ML | 2
un:QDe.134  | mujao | Movement for Oneness and Jihad in West Africa (MUJAO) | ML | 2
ofac:16446  | al-mourabitoun | al-Mourabitoun | ML | 2
un:QDe.141  | al-mourabitoun | al-Mourabitoun | ML | 2
un:QDe.140  | al-mourabitoun | al-Mourabitoun | ML | 2
un:QDe.139  | al-mourabitoun | al-Mourabitoun | ML | 2
ofac:23803  | ansarul-islam | Ansarul Islam | BF | 2
ofac:16363  | boko-haram | Boko Haram (JAS) | NG | 2
un:QDe.138  | boko-haram | Boko Haram (JAS) | NG | 2
ofac:16364  | ansaru | Ansaru | NG | 2
un:QDe.142  | ansaru | Ansaru | NG | 2
ofac:10761  | al-shabaab | al-Shabaab | SO | 2
un:SOe.001  | al-shabaab | al-Shabaab | SO | 2
ofac:6899   | al-itihaad-al-islamiya | al-Itihaad al-Islamiya | SO | 2
un:QDe.002  | al-itihaad-al-islamiya | al-Itihaad al-Islamiya | SO | 2
un:CDe.001  | adf | Allied Democratic Forces | CD | 2
un:CDe.005  | fdlr | Democratic Forces for the Liberation of Rwanda (FDLR) | CD | 2
un:CDe.006  | m23 | M23 (March 23 Movement) | CD | 2
un:CFe.002  | lords-resistance-army | Lord's Resistance Army | CF | 2
ofac:16475  | ansar-al-sharia-benghazi | Ansar al-Sharia in Benghazi | LY | 2
un:QDe.146  | ansar-al-sharia-benghazi | Ansar al-Sharia in Benghazi | LY | 2
ofac:16476  | ansar-al-sharia-derna | Ansar al-Sharia in Derna | LY | 2
un:QDe.145  | ansar-al-sharia-derna | Ansar al-Sharia in Derna | LY | 2
ofac:16477  | ansar-al-sharia-tunisia | Ansar al-Sharia in Tunisia | TN | 2
un:QDe.143  | ansar-al-sharia-tunisia | Ansar al-Sharia in Tunisia | TN | 2
ofac:6898   | lifg | Libyan Islamic Fighting Group | LY | 2
un:QDe.011  | lifg | Libyan Islamic Fighting Group | LY | 2
ofac:4690   | armed-islamic-group | Armed Islamic Group (GIA) | DZ | 2
un:QDe.006  | armed-islamic-group | Armed Islamic Group (GIA) | DZ | 2
ofac:8085   | dhdss | Djamaat Houmat Daawa Salafia | DZ | 2
un:QDe.102  | dhdss | Djamaat Houmat Daawa Salafia | DZ | 2
ofac:18644  | jund-al-khilafah-algeria | Jund al-Khilafah in Algeria | DZ | 2
un:QDe.151  | jund-al-khilafah-algeria | Jund al-Khilafah in Algeria | DZ | 2
ofac:23863  | jund-al-khilafah-tunisia | Jund al-Khilafah in Tunisia | TN | 2
ofac:7268   | tunisian-combatant-group | Tunisian Combatant Group | TN | 2
un:QDe.090  | tunisian-combatant-group | Tunisian Combatant Group | TN | 2
ofac:7324   | moroccan-islamic-combatant-group | Moroccan Islamic Combatant Group | MA | 2
un:QDe.089  | moroccan-islamic-combatant-group | Moroccan Islamic Combatant Group | MA | 2
ofac:6636   | taliban | Taliban | AF | 1
ofac:15484  | haqqani-network | Haqqani Network | AF | 2
un:TAe.012  | haqqani-network | Haqqani Network | AF | 2
ofac:19949  | jamaat-ul-dawa-al-quran | Jamaat ul-Dawa al-Quran | AF | 2
ofac:12206  | ttp | Tehrik-i-Taliban Pakistan | PK | 2
un:QDe.132  | ttp | Tehrik-i-Taliban Pakistan | PK | 2
ofac:20360  | jamaat-ul-ahrar | Jamaat-ul-Ahrar | PK | 2
un:QDe.152  | jamaat-ul-ahrar | Jamaat-ul-Ahrar | PK | 2
ofac:19950  | tariq-gidar-group | Tariq Gidar Group | PK | 2
ofac:15830  | commander-nazir-group | Commander Nazir Group | PK | 2
ofac:26953  | balochistan-liberation-army | Balochistan Liberation Army | PK | 2
ofac:7140   | lashkar-e-taiba | Lashkar-e-Taiba | PK | 2
un:QDe.118  | lashkar-e-taiba | Lashkar-e-Taiba | PK | 2
ofac:6935   | jaish-e-mohammed | Jaish-e-Mohammed | PK | 2
un:QDe.019  | jaish-e-mohammed | Jaish-e-Mohammed | PK | 2
ofac:7331   | lashkar-e-jhangvi | Lashkar-e-Jhangvi | PK | 2
un:QDe.096  | lashkar-e-jhangvi | Lashkar-e-Jhangvi | PK | 2
ofac:4696   | harakat-ul-mujahideen | Harakat ul-Mujahideen | PK | 2
un:QDe.008  | harakat-ul-mujahideen | Harakat ul-Mujahideen | PK | 2
ofac:12148  | huji | Harakat-ul Jihad Islami | PK | 2
un:QDe.130  | huji | Harakat-ul Jihad Islami | PK | 2
ofac:10742  | huji-b | Harakat-ul Jihad Islami Bangladesh | BD | 2
ofac:22812  | hizbul-mujahideen | Hizbul Mujahideen | IN | 2
ofac:12914  | indian-mujahideen | Indian Mujahideen | IN | 2
ofac:6725   | imu | Islamic Movement of Uzbekistan | UZ | 2
un:QDe.010  | imu | Islamic Movement of Uzbekistan | UZ | 2
ofac:9334   | islamic-jihad-group | Islamic Jihad Group (Uzbekistan) | UZ | 2
un:QDe.119  | islamic-jihad-group | Islamic Jihad Group (Uzbekistan) | UZ | 2
ofac:12756  | caucasus-emirate | Caucasus Emirate | RU | 2
un:QDe.131  | caucasus-emirate | Caucasus Emirate | RU | 2
ofac:7473   | riyadus-salikhin | Riyadus-Salikhin Reconnaissance and Sabotage Battalion | RU | 2
un:QDe.100  | riyadus-salikhin | Riyadus-Salikhin Reconnaissance and Sabotage Battalion | RU | 2
ofac:7474   | special-purpose-islamic-regiment | Special Purpose Islamic Regiment | RU | 2
un:QDe.101  | special-purpose-islamic-regiment | Special Purpose Islamic Regiment | RU | 2
ofac:7475   | islamic-international-brigade | Islamic International Brigade | RU | 2
un:QDe.099  | islamic-international-brigade | Islamic International Brigade | RU | 2
ofac:4688   | abu-sayyaf-group | Abu Sayyaf Group | PH | 2
un:QDe.001  | abu-sayyaf-group | Abu Sayyaf Group | PH | 2
ofac:23849  | maute-group | Maute Group | PH | 2
ofac:10928  | rajah-solaiman-movement | Rajah Solaiman Movement | PH | 2
un:QDe.128  | rajah-solaiman-movement | Rajah Solaiman Movement | PH | 2
ofac:7234   | new-peoples-army | New People's Army | PH | 2
ofac:7280   | jemaah-islamiyah | Jemaah Islamiyah | ID | 2
un:QDe.092  | jemaah-islamiyah | Jemaah Islamiyah | ID | 2
ofac:13098  | jemmah-anshorut-tauhid | Jemmah Anshorut Tauhid | ID | 2
un:QDe.133  | jemmah-anshorut-tauhid | Jemmah Anshorut Tauhid | ID | 2
ofac:21405  | jamaah-ansharut-daulah | Jamaah Ansharut Daulah | ID | 2
ofac:18631  | mujahidin-indonesia-timur | Mujahidin Indonesia Timur | ID | 2
un:QDe.150  | mujahidin-indonesia-timur | Mujahidin Indonesia Timur | ID | 2
ofac:4703   | ltte | Liberation Tigers of Tamil Eelam | LK | 2
ofac:7227   | babbar-khalsa | Babbar Khalsa International | IN | 2
ofac:4706   | eln | National Liberation Army (ELN) | CO | 2
ofac:33983  | farc | Revolutionary Armed Forces of Colombia (FARC) | CO | 2
ofac:33974  | segunda-marquetalia | Segunda Marquetalia | CO | 2
ofac:6895   | auc | United Self-Defense Forces of Colombia (AUC) | CO | 3
ofac:4715   | shining-path | Shining Path | PE | 2
ofac:4693   | eta | ETA | ES | 2
ofac:6853   | real-ira | Real IRA | GB | 2
ofac:7141   | continuity-ira | Continuity IRA | GB | 2
ofac:7143   | loyalist-volunteer-force | Loyalist Volunteer Force | GB | 3
ofac:7145   | red-hand-defenders | Red Hand Defenders | GB | 3
ofac:7146   | ulster-defence-association | Ulster Defence Association | GB | 3
ofac:7144   | orange-volunteers | Orange Volunteers | GB | 3
ofac:4714   | revolutionary-peoples-struggle | Revolutionary People's Struggle | GR | 2
ofac:11496  | revolutionary-struggle | Revolutionary Struggle | GR | 2
ofac:12605  | sect-of-revolutionaries | Sect of Revolutionaries | GR | 2
ofac:12928  | conspiracy-of-fire-nuclei | Conspiracy of Fire Nuclei | GR | 2
ofac:7142   | grapo | First of October Antifascist Resistance Group (GRAPO) | ES | 2
ofac:4700   | kahane-chai | Kahane Chai | IL | 3
ofac:4691   | aum-shinrikyo | Aum Shinrikyo | JP | 2
ofac:28703  | russian-imperial-movement | Russian Imperial Movement | RU | 3
"""

# Per-alias routing for sanctions entries that mix several organisations: (actor_id of the
# entry, regex on the alias) -> actor_id the alias belongs to instead.
ALIAS_ROUTES: list[tuple[str, str, str]] = [
    ("jabhat-al-nusra", r"tahrir|\bHTS\b|هيئة تحرير|liberation of (?:syria|the levant|al.?sham)|assembly for the liberation", "hts"),
]

# Aliases from the lists that are dropped: too generic, a different actor, a person, a media
# outlet or a historical cover name that collides with ordinary words. Compared on the match key.
ALIAS_DROP = {
    "the base", "ejercito de liberacion nacional-bolivia", "base", "the youth", "youth", "youth wing", "the sentinels", "sentinels", "les sentinelles", "al-tawhid",
    "tawhid", "the victory front", "party of god", "islamic jihad", "ansar allah", "sepah", "irg", "agir", "nigerian taliban",
    "al-furqan establishment for media production", "al hayat media center", "al-hayat media center", "dawla al islamiya",
    "students of the engineer", "the unity of islamic youth", "mym", "hsm", "the front for the liberation of al sham",
    "army of islam", "jaish al-islam", "jaysh al-islam", "la liga", "tanzim", "islamic army", "the army of the guardians of the islamic revolution",
    "pumwani muslim youth", "pumwani islamist muslim youth center", "let", "jem", "ji", "ira", "ansar al-sharia", "ansar al-shariah",
    "ansar al-shari'a", "ansar al shari'a", "aas", "western education is a sin", "al-qaida", "al qaida", "al-qaeda",
    "islamic state", "the islamic state", "revolutionary justice organization", "organization of the oppressed on earth",
    "followers of the prophet muhammed", "islamic jihad organization", "islamic jihad for the liberation of palestine",
    "organization of right against wrong", "the monotheism and jihad group", "monotheism and jihad", "jama'at al-tawhid wa'al-jihad",
    "ad-dawla al-islamiyya fi al-'iraq wa-sh-sham", "khorasan group", "al-muhajiroun", "naxalites", "maoists", "students",
    "national liberation army", "ejercito de liberacion nacional", "the people's defense force", "sunni group for preaching and jihad",
    "jerusalem", "al qods", "qods", "islamic community", "islamic resistance", "jerusalem battalions", "jerusalem brigades",
    "al quds battalions", "al quds brigades", "islamic party", "supporters of islam", "defenders of islam", "soldiers of god",
    "partisans of islamic law", "islamic movement", "the islamic movement", "peoples war", "people's war",
}
ALIAS_DROP |= {
    "black friday", "black hand", "black december", "national front", "sons of the south", "islamic society",
    "movement of hope", "jihad base", "green battalion", "liberation battalion", "the group of death", "mujahideen message",
    "banner of islam", "united national front", "international government organisation", "international government organization",
    "muhammed", "mohammed", "jamiyat", "al-hadid", "al-hadith", "libyan society", "international battalion", "peacekeeping battalion",
    "al-jihad", "jihad group", "al harakat al islamiyya", "al-harakat al-islamiyah", "asl", "unification and jihad",
    "نصار الشريعة", "أنصار الشريعة", "ansar al-shari'ah", "italian red brigade", "greece", "the veiled", "islamic freedom fighters group",
    "knights brigades", "brigade of knights", "falcon brigades", "hawk brigades", "horrors brigades", "calamities brigades",
    "knights of the storm", "the islamic resistance", "islamic resistance brigades", "partisans league", "kahane", "unscr",
    "amnesty",
}
# Latin America's Phoenix groups: acronyms that are other bodies' first ("EPA", "CAR" the Central
# African Republic), common phrases ("red flag", "the avengers"), a radio station's name
# ("Radio Venceremos") and a splinter's code that would split the ELN in two
ALIAS_DROP |= {
    "epa", "car", "fps", "red flag", "national resistance", "the avengers", "venceremos", "eln-b",
    "national liberation movement", "triple a",
}
# Phoenix aliases that name people rather than organisations (their leaders), dropped.
PERSON_DROP = {
    "ahmad umar", "moktar ali zubeyr", "ahmed abdi godane", "al-joulani", "joulani", "al joulani", "salim idris", "selim idriss",
    "randa kassis", "michel kilo", "abu bassir al jeblawi", "abu bassir al-jeblawi", "awlaqi", "aulaqi", "al awlaki",
    "anwar al awlaki", "awlaki", "nasrallah", "zawahiri", "al zawahiri", "khaled meshaal", "salahuddin al chechen",
}
GIVEN_NAMES = {
    "abu", "abd", "abdul", "abdel", "abdallah", "abdullah", "ahmad", "ahmed", "mohammed", "mohammad", "muhammad", "mohamed",
    "mullah", "sheikh", "shaykh", "omar", "umar", "salim", "selim", "ali", "hassan", "hussein", "ibrahim", "mustafa", "moaz",
    "mouaz", "riad", "khalid", "commander", "emir", "yusuf", "hafiz", "dr", "general", "colonel", "michel", "randa",
}
ORG_WORDS = re.compile(
    r"\b(group|army|front|brigades?|battalions?|movement|organi[sz]ation|party|council|network|forces?|units?|alliance|union|"
    r"committee|league|jihad|jamaat|jama'?at|jaish|jaysh|harakat|hizb|katib|kata'?ib|liwa|tanzim|lashkar|ansar|ahrar|front|"
    r"mujahideen|mujahidin|brotherhood|coalition|faction|militia|regiment|corps|legion|guards?|martyrs|resistance|revolutionary|"
    r"liberation|islamic|national|people'?s|army|tehrik|tehreek|sipah|jund|saraya|fatah|shabaab|taliban|qaeda|qaida)\b",
    re.IGNORECASE,
)
# Single words that are ordinary English (or too short) and never stand alone as an alias.
SINGLE_WORD_STOP = {
    "base", "youth", "sentinels", "aleph", "tanzim", "hamas", "fatah", "dawn", "revenge", "hope", "light", "victory",
    "resistance", "liberation", "freedom", "justice", "unity", "martyrs", "vanguard", "jihad", "mujahideen", "mujahidin",
    "ansar", "alliance", "front", "army", "movement", "network", "brigade", "legion", "council",
}

# =========================================================================== Phoenix filter

# Countries (ISO3) whose Phoenix non-state armed groups are imported: the Middle East, Africa,
# South / Central Asia and Latin America (ACLED codes all four). IMG/INT = transnational groups.
LATIN_AMERICA = "MEX GTM SLV HND NIC CRI PAN CUB HTI DOM COL VEN ECU PER BOL CHL ARG PRY URY BRA".split()
PHOENIX_FOCUS = set(
    "SYR IRQ TUR LBN ISR PSE JOR YEM SAU IRN AFG PAK IND BGD EGY LBY TUN DZA MAR MRT MLI BFA NER NGA TCD CMR CAF COD "
    "SDN SSD SOM ETH ERI KEN UGA MOZ RWA BDI AGO SEN GIN CIV TGO BEN KWT BHR OMN ARE QAT UZB TJK KGZ KAZ LKA NPL MMR "
    "PHL IDN THA IMG INT MEA AFR".split() + LATIN_AMERICA
)
# Countries where Phoenix may add new armed groups (elsewhere it only adds spellings). Latin
# America's armed groups are in no sanctions list but Colombia's, so Phoenix is their only source.
PHOENIX_CORE = set("SYR IRQ YEM SOM NGA MLI BFA NER SDN SSD COD CAF ETH AFG PAK LBY TCD CMR MOZ LBN PSE TUR".split() + LATIN_AMERICA)
# Humanitarian, medical and rights NGOs conflict reports quote.
PHOENIX_NGO_ALLOW = re.compile(
    r"red cross|red crescent|medecins|doctors|physicians for human rights|refugee council|refugees international|"
    r"committee to protect journalists|reporters without borders|organization against torture|international crisis group|"
    r"oxfam|care international|mercy corps|islamic relief|human rights watch|amnesty|"
    r"(?:palestinian|sudan|syrian|iraqi|egyptian|arab|kurdish)\b.*human rights",
    re.IGNORECASE,
)
# Phoenix international: names that look like an organisation (not a person or a post).
PHOENIX_INTL_NAME_OK = re.compile(
    r"\b(organi[sz]ation|union|council|commission|agency|programme|program|fund|office|committee|league|community|mission|"
    r"court|red cross|red crescent|watch|amnesty|rescue|relief|refugees?|rights|doctors|medecins|oxfam|caritas|care|"
    r"assembly|bank|authority|secretariat|tribunal|alliance|conference|cooperation)\b",
    re.IGNORECASE,
)
