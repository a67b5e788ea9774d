"""Gold for the held-out set blind9 (to become eval/blind-mixed-5): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2, -3 or -4 (their gold
is read by this script only to report a collision; the author did not open it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind9 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    "mt-01-volleyball": "sport", "mt-02-dividends": "business/markets", "mt-03-reactor": "energy",
    "mt-04-exhibition": "culture", "mt-05-roadfraud": "courts", "mt-06-measles": "health",
    "mt-07-heating": "regional/utilities", "mt-08-flood": "weather/disasters",
    "mt-09-processor": "tech", "mt-10-corvette": "military", "mt-11-senegal": "politics/diplomacy",
    "mt-12-teachers": "education", "mt-13-metro": "transport", "mt-14-potato": "agriculture",
    "mt-15-bell": "religion", "mt-16-meteorite": "science", "mt-17-housing": "housing",
    "mt-18-scam": "crime",
}

ROWS = [
    # mt-01-volleyball (sport)
    ("mt-01-volleyball", "13 february", None, DN, "13 February", C, "lowercased month"),
    ("mt-01-volleyball", "Torch", 0, EN, "Fakel", C, "club name Факел translated"),
    ("mt-01-volleyball", "reported in the press service of the club", None, CAL, "the club's press service reported", L,
     "subjectless attribution (сообщили в пресс-службе клуба)"),
    ("mt-01-volleyball", "2,3 thousand", None, DN, "2,300", C, "decimal comma + Russian 'thousand'"),
    ("mt-01-volleyball", "Torch", 1, EN, "Fakel", C, "club name Факел translated"),
    ("mt-01-volleyball", "its", "its teammates", PRO, "his", C, "'its' for Sizov"),
    ("mt-01-volleyball", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-01-volleyball", "told journalists the head coach of the northern team Roman Yeltsov", None, CAL,
     "the team's head coach Roman Yeltsov told journalists", L, "inverted attribution + title word for word"),
    ("mt-01-volleyball", "we still have", None, PRO, "the team still has", L, "reported speech left in the first person"),
    ("mt-01-volleyball", "tolokonnikov", None, NC, "Tolokonnikov", C, "lowercased surname"),
    ("mt-01-volleyball", "Volleyball federation of Russia", None, IC, "Volleyball Federation of Russia", C, "broken casing"),

    # mt-02-dividends (business/markets)
    ("mt-02-dividends", "Northern Steel", None, EN, "Severstal", C, "company name Северсталь translated"),
    ("mt-02-dividends", "it follows from the data of trading", None, CAL, "according to trading data", L,
     "следует из данных торгов"),
    ("mt-02-dividends", "Moskovskaya Birzha", None, UN, "Moscow Exchange", C, "transliterated Московская биржа"),
    ("mt-02-dividends", "1 318", None, DN, "1,318", C, "space as thousands separator"),
    ("mt-02-dividends", "49,7", None, DN, "49.7", C, "decimal comma"),
    ("mt-02-dividends", "41,6", None, DN, "41.6", C, "decimal comma"),
    ("mt-02-dividends", ",\" -", None, PU, ",\"", C, "Russian quote-dash (hyphen)"),
    ("mt-02-dividends", "said the agency the leading analyst of the investment company \"Aton\" Gleb Orlov", None, CAL,
     "Gleb Orlov, a leading analyst at the investment company Aton, told the agency", L,
     "inverted attribution + title word for word"),
    ("mt-02-dividends", "its", "In its opinion", PRO, "his", C, "'its' for Orlov"),
    ("mt-02-dividends", "on the background of", None, CAL, "amid", L, "на фоне"),
    ("mt-02-dividends", "we do not plan", None, PRO, "the company does not plan", L, "reported speech left in the first person"),

    # mt-03-reactor (energy)
    ("mt-03-reactor", "26 may", None, DN, "26 May", C, "lowercased month"),
    ("mt-03-reactor", "Pine Forest", None, EN, "Sosnovy Bor", C, "town Сосновый Бор translated"),
    ("mt-03-reactor", "unified energy system", None, IC, "Unified Energy System", L, "broken casing (ЕЭС)"),
    ("mt-03-reactor", "reported in the concern \"Rosenergoatom\"", None, CAL, "Rosenergoatom reported", L,
     "subjectless attribution (сообщили в концерне)"),
    ("mt-03-reactor", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-03-reactor", "said the director of the LAES Konstantin Zhukov", None, CAL, "LAES director Konstantin Zhukov said", L,
     "inverted attribution + title word for word"),
    ("mt-03-reactor", "LAES", None, UN, "Leningrad NPP", C, "Russian abbreviation ЛАЭС"),
    ("mt-03-reactor", "it", "added that it had personally", PRO, "he", C, "'it' for the director"),
    ("mt-03-reactor", "8 thousand", None, DN, "8,000", L, "Russian 'thousand'"),
    ("mt-03-reactor", "drozdenko", None, NC, "Drozdenko", C, "lowercased surname"),

    # mt-04-exhibition (culture)
    ("mt-04-exhibition", "the correspondent of TASS reports", None, CAL, "a TASS correspondent reports", L,
     "передаёт корреспондент ТАСС"),
    ("mt-04-exhibition", "GMII named after Pushkin", None, UN, "Pushkin State Museum of Fine Arts", C,
     "Russian abbreviation ГМИИ им. Пушкина"),
    ("mt-04-exhibition", " (Shishkin's. — TASS)", None, GL, "", C, "outlet insertion inside the quote"),
    ("mt-04-exhibition", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-04-exhibition", "Love Gromova", None, EN, "Lyubov Gromova", C, "first name Любовь translated"),
    ("mt-04-exhibition", "The director of the museum Alsu Gazizova", None, CAL, "Museum director Alsu Gazizova", L,
     "title word for word"),
    ("mt-04-exhibition", "it", "noted that it had personally", PRO, "she", C, "'it' for the director"),
    ("mt-04-exhibition", "Honoured worker of culture", None, IC, "Honoured Worker of Culture", C, "broken casing of a title"),
    ("mt-04-exhibition", "15 january", None, DN, "15 January", C, "lowercased month"),

    # mt-05-roadfraud (courts)
    ("mt-05-roadfraud", "Green Mountain", None, EN, "Zelenogorsk", C, "town Зеленогорск translated"),
    ("mt-05-roadfraud", "a colony of strict regime", None, CAL, "a maximum-security penal colony", L, "колония строгого режима"),
    ("mt-05-roadfraud", "reported in the united press service of the Krasnoyarsk territory courts", None, CAL,
     "the joint press service of the Krasnoyarsk Territory courts reported", L, "subjectless attribution"),
    ("mt-05-roadfraud", "UK RF", None, UN, "Russian Criminal Code", C, "Russian abbreviation УК РФ"),
    ("mt-05-roadfraud", "in especially large size", None, CAL, "on an especially large scale", L, "в особо крупном размере"),
    ("mt-05-roadfraud", "it", "appointed it a fine", PRO, "him", C, "'it' for the convict"),
    ("mt-05-roadfraud", "800 thousand", None, DN, "800,000", L, "Russian 'thousand'"),
    ("mt-05-roadfraud", "to occupy leading positions", None, CAL, "to hold managerial positions", L, "занимать руководящие должности"),
    ("mt-05-roadfraud", "sedova", None, NC, "Sedova", C, "lowercased surname"),
    ("mt-05-roadfraud", "we will file", None, PRO, "the defense will file", L, "reported speech left in the first person"),

    # mt-06-measles (health)
    ("mt-06-measles", "13 april", None, DN, "13 April", C, "lowercased month"),
    ("mt-06-measles", "Light City", None, EN, "Svetlograd", C, "town Светлоград translated"),
    ("mt-06-measles", "informed in the regional department of Rospotrebnadzor", None, CAL,
     "the regional department of Rospotrebnadzor said", L, "subjectless attribution"),
    ("mt-06-measles", "In the district a quarantine was introduced", None, CAL,
     "Quarantine has been introduced in the district", L, "fronted Russian word order"),
    ("mt-06-measles", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-06-measles", "said the minister of health of the region Vladimir Polikarpov", None, CAL,
     "regional Health Minister Vladimir Polikarpov said", L, "inverted attribution + title word for word"),
    ("mt-06-measles", "it", "established that it had not", PRO, "he", C, "'it' for the patient"),
    ("mt-06-measles", "12,5 thousand", None, DN, "12,500", C, "decimal comma + Russian 'thousand'"),
    ("mt-06-measles", "FAPs", None, UN, "rural paramedic stations", C, "Russian abbreviation ФАП"),
    ("mt-06-measles", "Ministry of health of the Stavropol territory", None, IC,
     "Ministry of Health of the Stavropol Territory", C, "broken casing"),
    ("mt-06-measles", "you risk", None, PRO, "they risk", L, "reported speech left in the second person"),

    # mt-07-heating (regional/utilities)
    ("mt-07-heating", "21 september", None, DN, "21 September", C, "lowercased month"),
    ("mt-07-heating", "the corresponding decree was signed by the mayor of the city Anton Verkhovsky", None, CAL,
     "Mayor Anton Verkhovsky signed a decree to that effect", L, "соответствующее постановление подписал мэр города"),
    ("mt-07-heating", "First heat will receive social objects", None, CAL,
     "Social facilities will be the first to receive heat", L, "fronted order + социальные объекты"),
    ("mt-07-heating", "АО \"Теплосеть\"", None, UN, "Teploset JSC", C, "Cyrillic company name"),
    ("mt-07-heating", "TETs-4", None, UN, "CHP-4", C, "transliterated ТЭЦ"),
    ("mt-07-heating", ",\" –", None, PU, ",\"", C, "Russian quote-dash (en dash)"),
    ("mt-07-heating", "our brigades", None, PRO, "the utility's crews", L, "reported speech left in the first person"),
    ("mt-07-heating", "it", "added that it will personally", PRO, "he", C, "'it' for the mayor"),
    ("mt-07-heating", "ZhKKh", None, UN, "housing and utilities", C, "Russian abbreviation ЖКХ"),
    ("mt-07-heating", "State housing inspection", None, IC, "State Housing Inspectorate", L, "broken casing"),

    # mt-08-flood (weather/disasters)
    ("mt-08-flood", "8,12", None, DN, "8.12", C, "decimal comma"),
    ("mt-08-flood", "reported in the regional headquarters of the Ministry of Emergency Situations", None, CAL,
     "the regional directorate of the Emergencies Ministry reported", L, "subjectless attribution"),
    ("mt-08-flood", "Salt-Iletsk", None, EN, "Sol-Iletsk", C, "town Соль-Илецк half translated"),
    ("mt-08-flood", "pavodok", None, UN, "spring flood", C, "transliterated паводок"),
    ("mt-08-flood", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-08-flood", "As writes the local portal", None, CAL, "As the local portal reports", L, "inverted attribution (как пишет)"),
    ("mt-08-flood", "its", "leave its house", PRO, "her", C, "'its' for the woman"),
    ("mt-08-flood", "you should not", None, PRO, "residents should not", L, "reported speech left in the second person"),
    ("mt-08-flood", "Legislative assembly of the Orenburg region", None, IC,
     "Legislative Assembly of the Orenburg Region", C, "broken casing"),

    # mt-09-processor (tech)
    ("mt-09-processor", "Green City", None, EN, "Zelenograd", C, "city Зеленоград translated"),
    ("mt-09-processor", "according to the 12-nanometer technological norm", None, CAL, "on a 12-nanometer process", L,
     "по технологической норме"),
    ("mt-09-processor", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-09-processor", "told RBC the general director of the developer company Pavel Kuzmin", None, CAL,
     "Pavel Kuzmin, CEO of the developer, told RBC", L, "inverted attribution + title word for word"),
    ("mt-09-processor", "MFTI", None, UN, "MIPT", C, "Russian abbreviation МФТИ"),
    ("mt-09-processor", "it", "added that it personally", PRO, "he", C, "'it' for Kuzmin"),
    ("mt-09-processor", "Minpromtorg", None, UN, "The Ministry of Industry and Trade", C, "transliterated Минпромторг"),
    ("mt-09-processor", "Unified register of Russian programs for electronic computers and databases", None, IC,
     "Unified Register of Russian Programs for Electronic Computers and Databases", C, "broken casing"),
    ("mt-09-processor", " (replacement of imported products with domestic ones — translator's note)", None, GL, "", C,
     "translator's note"),

    # mt-10-corvette (military)
    ("mt-10-corvette", "28 december", None, DN, "28 December", C, "lowercased month"),
    ("mt-10-corvette", "Vigilant", None, EN, "Bditelny", C, "ship name Бдительный translated"),
    ("mt-10-corvette", "entered the composition of the Baltic Fleet", None, CAL, "joined the Baltic Fleet", L,
     "вошёл в состав"),
    ("mt-10-corvette", "reported the press service of the fleet", None, CAL, "the fleet's press service reported", L,
     "inverted attribution"),
    ("mt-10-corvette", "Amber", None, EN, "Yantar", C, "shipyard Янтарь translated"),
    ("mt-10-corvette", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-10-corvette", "said at the ceremony the commander of the fleet vice-admiral Viktor Ilyin", None, CAL,
     "fleet commander Vice-Admiral Viktor Ilyin said at the ceremony", L, "inverted attribution + title word for word"),
    ("mt-10-corvette", "it", "told journalists that it graduated", PRO, "he", C, "'it' for the commander"),
    ("mt-10-corvette", "we will go out", None, PRO, "the ship will go out", L, "reported speech left in the first person"),
    ("mt-10-corvette", "VMF", None, UN, "Navy", C, "Russian abbreviation ВМФ"),

    # mt-11-senegal (politics/diplomacy)
    ("mt-11-senegal", "2 september", None, DN, "2 September", C, "lowercased month"),
    ("mt-11-senegal", "Ministry of foreign affairs of Senegal", None, IC, "Ministry of Foreign Affairs of Senegal", C,
     "broken casing"),
    ("mt-11-senegal", "Jean-Batiste Ndiai", None, EN, "Jean-Baptiste Ndiaye", C, "foreign name back-transliterated from Russian"),
    ("mt-11-senegal", "reported in the MID of Russia", None, CAL, "the Russian Foreign Ministry reported", L,
     "subjectless attribution"),
    ("mt-11-senegal", "MID", None, UN, "Foreign Ministry", C, "Russian abbreviation МИД"),
    ("mt-11-senegal", "confirmed the mutual striving", None, CAL, "confirmed their mutual intention", L, "подтвердили обоюдное стремление"),
    ("mt-11-senegal", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-11-senegal", "topical issues of the international agenda were touched upon", None, CAL,
     "current international issues were discussed", L, "были затронуты актуальные вопросы международной повестки"),
    ("mt-11-senegal", "its", "noted that its country", PRO, "his", C, "'its' for Ndiaye"),
    ("mt-11-senegal", "verkhov", None, NC, "Verkhov", C, "lowercased surname"),
    ("mt-11-senegal", "we are ready", None, PRO, "Russia is ready", L, "reported speech left in the first person"),

    # mt-12-teachers (education)
    ("mt-12-teachers", "in the framework of the program", None, CAL, "under the program", L, "в рамках программы"),
    ("mt-12-teachers", "Zemsky uchitel", None, UN, "Rural Teacher", C, "transliterated Земский учитель"),
    ("mt-12-teachers", "reported the regional committee on education", None, CAL, "the regional education committee reported", L,
     "inverted attribution"),
    ("mt-12-teachers", "Great Onions", None, EN, "Velikiye Luki", C, "town Великие Луки translated"),
    ("mt-12-teachers", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-12-teachers", "told the teacher of mathematics Darya Yefimova", None, CAL, "mathematics teacher Darya Yefimova said", L,
     "inverted attribution + title word for word"),
    ("mt-12-teachers", "its", "its salary", PRO, "her", C, "'its' for Yefimova"),
    ("mt-12-teachers", "sokolova", None, NC, "Sokolova", C, "lowercased surname"),
    ("mt-12-teachers", "you cannot close", None, PRO, "it cannot be closed", L, "reported speech left in the second person"),
    ("mt-12-teachers", "Pskov state university", None, IC, "Pskov State University", C, "broken casing"),
    ("mt-12-teachers", "28 august", None, DN, "28 August", C, "lowercased month"),

    # mt-13-metro (transport)
    ("mt-13-metro", "Lower Novgorod", None, EN, "Nizhny Novgorod", C, "city Нижний Новгород translated"),
    ("mt-13-metro", ",\" –", None, PU, ",\"", C, "Russian quote-dash (en dash)"),
    ("mt-13-metro", "said at the opening the head of the city Olga Temnova", None, CAL,
     "Mayor Olga Temnova said at the opening", L, "inverted attribution + title word for word"),
    ("mt-13-metro", "we will launch", None, PRO, "the city will open", L, "reported speech left in the first person"),
    ("mt-13-metro", "its", "Temnova in its speech", PRO, "her", C, "'its' for the mayor"),
    ("mt-13-metro", "naberezhnaya", None, UN, "Embankment", C, "transliterated набережная"),
    ("mt-13-metro", "will make up", None, CAL, "will be", L, "составит"),
    ("mt-13-metro", "On the construction of the station were spent", None, CAL,
     "About 14 billion rubles were spent on building the station", L, "fronted Russian word order"),
    ("mt-13-metro", "Ministry of transport of Russia", None, IC, "Ministry of Transport of Russia", C, "broken casing"),

    # mt-14-potato (agriculture)
    ("mt-14-potato", "420 thousand", None, DN, "420,000", L, "Russian 'thousand'"),
    ("mt-14-potato", "reported the head of the regional department of agriculture Sergei Molchanov", None, CAL,
     "Sergei Molchanov, head of the regional agriculture department, reported", L, "inverted attribution"),
    ("mt-14-potato", "Ear", None, EN, "Kolos", C, "cooperative Колос translated"),
    ("mt-14-potato", ",\" –", None, PU, ",\"", C, "Russian quote-dash (en dash)"),
    ("mt-14-potato", "KFH", None, UN, "peasant farm", C, "Russian abbreviation КФХ"),
    ("mt-14-potato", "it", "this year it for the first time", PRO, "he", C, "'it' for the farmer"),
    ("mt-14-potato", "in expectation of the spring growth of prices", None, CAL, "in anticipation of higher prices in spring", L,
     "в ожидании весеннего роста цен"),
    ("mt-14-potato", "our task", None, PRO, "the region's task", L, "reported speech left in the first person"),
    ("mt-14-potato", "Russian agricultural bank", None, IC, "Russian Agricultural Bank", C, "broken casing"),
    ("mt-14-potato", "APK", None, UN, "agricultural sector", C, "Russian abbreviation АПК"),

    # mt-15-bell (religion)
    ("mt-15-bell", "4,2", None, DN, "4.2", C, "decimal comma"),
    ("mt-15-bell", "Optina Desert", None, EN, "Optina Pustyn", C, "Оптина пустынь translated"),
    ("mt-15-bell", "reported in the Kaluga metropolis", None, CAL, "the Kaluga Metropolis reported", L, "subjectless attribution"),
    ("mt-15-bell", "He", "He will ring", PRO, "It", C, "'he' for the bell (колокол is masculine)"),
    ("mt-15-bell", "namestnik", None, UN, "abbot", C, "transliterated наместник"),
    ("mt-15-bell", "it", "journalists that it had been", PRO, "he", C, "'it' for the abbot"),
    ("mt-15-bell", " (the monks. — RIA Novosti)", None, GL, "", C, "outlet insertion inside the quote"),
    ("mt-15-bell", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-15-bell", "On the celebrations arrived", None, CAL, "Arriving for the celebrations were", L, "fronted Russian word order"),
    ("mt-15-bell", "Russian orthodox church", None, IC, "Russian Orthodox Church", C, "broken casing"),

    # mt-16-meteorite (science)
    ("mt-16-meteorite", "4 february", None, DN, "4 February", C, "lowercased month"),
    ("mt-16-meteorite", "UrFU", None, UN, "Ural Federal University", C, "Russian abbreviation УрФУ"),
    ("mt-16-meteorite", "told TASS in the press office of the university", None, CAL,
     "the university's press service told TASS", L, "subjectless attribution"),
    ("mt-16-meteorite", "1,7", None, DN, "1.7", C, "decimal comma"),
    ("mt-16-meteorite", "Golden Mouth", None, EN, "Zlatoust", C, "city Златоуст translated"),
    ("mt-16-meteorite", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-16-meteorite", "its", "its students", PRO, "his", C, "'its' for Sedykh"),
    ("mt-16-meteorite", "we still need", None, PRO, "the team still needs", L, "reported speech left in the first person"),
    ("mt-16-meteorite", "is estimated in", None, CAL, "is estimated at", L, "оценивается в"),
    ("mt-16-meteorite", "Committee on meteorites of the Russian academy of sciences", None, IC,
     "Committee on Meteorites of the Russian Academy of Sciences", C, "broken casing"),
    ("mt-16-meteorite", "sedykh", None, NC, "Sedykh", C, "lowercased surname"),

    # mt-17-housing (housing)
    ("mt-17-housing", "Soviet Harbor", None, EN, "Sovetskaya Gavan", C, "town Советская Гавань translated"),
    ("mt-17-housing", "emergency housing", None, CAL, "unsafe housing", L, "аварийное жильё"),
    ("mt-17-housing", "informed in the government of the Khabarovsk territory", None, CAL,
     "the Khabarovsk Territory government said", L, "subjectless attribution"),
    ("mt-17-housing", "2 370", None, DN, "2,370", C, "space as thousands separator"),
    ("mt-17-housing", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-17-housing", "kozlova", None, NC, "Kozlova", C, "lowercased surname"),
    ("mt-17-housing", "its", "said that its barrack", PRO, "her", C, "'its' for the pensioner"),
    ("mt-17-housing", "we will resettle", None, PRO, "the region will resettle", L, "reported speech left in the first person"),
    ("mt-17-housing", "MKD", None, UN, "apartment buildings", C, "Russian abbreviation МКД"),
    ("mt-17-housing", "Fund for the development of territories", None, IC, "Fund for the Development of Territories", C,
     "broken casing"),

    # mt-18-scam (crime)
    ("mt-18-scam", "22 january", None, DN, "22 January", C, "lowercased month"),
    ("mt-18-scam", "First Ural", None, EN, "Pervouralsk", C, "town Первоуральск translated"),
    ("mt-18-scam", "said in the press service of the MVD for the Sverdlovsk region", None, CAL,
     "the press service of the Sverdlovsk regional police said", L, "subjectless attribution"),
    ("mt-18-scam", "MVD", None, UN, "police", C, "Russian abbreviation МВД"),
    ("mt-18-scam", "it", "over two weeks it collected", PRO, "he", C, "'it' for the courier"),
    ("mt-18-scam", "3,4", None, DN, "3.4", C, "decimal comma"),
    ("mt-18-scam", "on the fact of", None, CAL, "over", L, "по факту"),
    ("mt-18-scam", "of deprivation of liberty", None, CAL, "in prison", L, "лишения свободы"),
    ("mt-18-scam", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-18-scam", "urged the official representative of the regional police Artem Soloviev", None, CAL,
     "regional police spokesman Artem Soloviev urged", L, "inverted attribution + title word for word"),
    ("mt-18-scam", "you should call", None, PRO, "people should call", L, "reported speech left in the second person"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=("/work/main/eval/blind-mixed/gold.jsonl",
                                "/work/main/eval/blind-mixed-2/gold.jsonl",
                                "/work/main/eval/blind-mixed-3/gold.jsonl",
                                "/work/main/eval/blind-mixed-4/gold.jsonl"), details=True))
