"""Gold for the held-out set blind7 (eval/blind-mixed-3): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. This set's own checks: no two overlapping gold spans that would match each
other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every MT doc,
every MT doc has 7-11 artifacts, every doc 250-340 words, no 8-word run is shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (this set's own folder is
skipped by its resolved path, so the copy in main is not when run from a worktree), and no span
text of 6+ characters repeats an artifact string of eval/blind-mixed or eval/blind-mixed-2
(their gold is read by this script only to report a collision; it was not opened by the author).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    "mt-01-football": "sport", "mt-02-retail": "business/markets", "mt-03-refinery": "energy",
    "mt-04-museum": "culture", "mt-05-bribe": "courts/crime", "mt-06-measles": "health",
    "mt-07-heating": "regional/utilities", "mt-08-flood": "weather/disasters", "mt-09-app": "tech",
    "mt-10-conscription": "military", "mt-11-talks": "politics/diplomacy",
    "mt-12-teachers": "education", "mt-13-rail": "transport", "mt-14-dairy": "agriculture",
    "mt-15-procession": "religion/society", "mt-16-skating": "sport",
    "mt-17-space": "science/space", "mt-18-resort": "tourism/regional",
}

ROWS = [
    # mt-01-football (sport)
    ("mt-01-football", "Torch", None, EN, "Fakel", C, "club name Факел translated as a common noun"),
    ("mt-01-football", "Wings of the Soviets", None, EN, "Krylia Sovetov", L, "club name Крылья Советов translated word for word"),
    ("mt-01-football", "Russian Premier league", None, IC, "Russian Premier League", C, "broken casing"),
    ("mt-01-football", ",\" —", None, PU, ",\"", C, "Russian direct-speech punctuation (quote, dash, attribution)"),
    ("mt-01-football", "said at the post-match press conference the head coach of the Samara team Roman Yeltsov", None, CAL,
     "Samara head coach Roman Yeltsov said at the post-match press conference", L, "inverted attribution + title word for word"),
    ("mt-01-football", "its", "singled out its goalkeeper", PRO, "his", C, "'its' for the coach"),
    ("mt-01-football", "we need", None, PRO, "the team needs", L, "reported speech left in the first person"),
    ("mt-01-football", "14,6 thousand", None, DN, "14,600", C, "decimal comma + Russian 'thousand'"),
    ("mt-01-football", "mikhailov", None, NC, "Mikhailov", C, "lowercased surname"),
    ("mt-01-football", "Russian football Union", None, IC, "Russian Football Union", C, "broken casing"),

    # mt-02-retail (business/markets)
    ("mt-02-retail", "12 february", None, DN, "12 February", C, "lowercased month"),
    ("mt-02-retail", "Magnet", None, EN, "Magnit", C, "retailer Магнит translated as a common noun"),
    ("mt-02-retail", "58,3 billion", None, DN, "58.3 billion", C, "decimal comma"),
    ("mt-02-retail", "follows from the financial statements of the company", None, CAL,
     "according to the company's financial statements", L, "следует из отчётности компании"),
    ("mt-02-retail", "the general director of the company Anna Belkina", None, CAL, "Chief Executive Anna Belkina", L,
     "title word for word (генеральный директор компании) without apposition"),
    ("mt-02-retail", "In its words", None, PRO, "In her words", C, "'it' for the chief executive (по её словам)"),
    ("mt-02-retail", "it is noted in the release", None, CAL, "the release said", L, "отмечается в релизе"),
    ("mt-02-retail", "TsB", None, UN, "central bank", C, "Russian abbreviation ЦБ"),
    ("mt-02-retail", "2,4%", None, DN, "2.4%", C, "decimal comma"),
    ("mt-02-retail", "we do not expect", None, PRO, "he does not expect", L, "reported speech left in the first person"),
    ("mt-02-retail", "Federal antimonopoly Service", None, IC, "Federal Antimonopoly Service", C, "broken casing"),

    # mt-03-refinery (energy)
    ("mt-03-refinery", "5 november", None, DN, "5 November", C, "lowercased month"),
    ("mt-03-refinery", "NPZ", None, UN, "refinery", C, "Russian abbreviation НПЗ"),
    ("mt-03-refinery", "reported in the regional government", None, CAL, "the regional government reported", L,
     "subjectless attribution (сообщили в правительстве области)"),
    ("mt-03-refinery", "Blacksmiths", None, EN, "Kuznetsov", C, "surname Кузнецов rendered as a common noun"),
    ("mt-03-refinery", " (at the unit. — NN.ru)", None, GL, "", C, "source outlet's insertion inside the quote"),
    ("mt-03-refinery", "\" —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-03-refinery", "it", "that it personally inspected", PRO, "he", C, "'it' for the refinery director"),
    ("mt-03-refinery", "I see", None, PRO, "he sees", L, "reported speech left in the first person"),
    ("mt-03-refinery", "Against the background of", None, CAL, "Amid", C, "на фоне"),
    ("mt-03-refinery", "71,2 thousand", None, DN, "71,200", C, "decimal comma + Russian 'thousand'"),
    ("mt-03-refinery", "Russian energy Ministry", None, IC, "Russian Energy Ministry", C, "broken casing"),

    # mt-04-museum (culture)
    ("mt-04-museum", "18 march", None, DN, "18 March", C, "lowercased month"),
    ("mt-04-museum", "Love Orlova", None, EN, "Lyubov Orlova", C, "first name Любовь translated as 'Love'"),
    ("mt-04-museum", "State central Museum of cinema", None, IC, "State Central Museum of Cinema", C, "broken casing"),
    ("mt-04-museum", "afishi", None, UN, "posters", C, "transliterated афиши"),
    ("mt-04-museum", "«", None, PU, "“", C, "Russian guillemet around a film title"),
    ("mt-04-museum", "Cheerful Guys", None, EN, "Jolly Fellows", L, "film title Весёлые ребята translated word for word; released in English as Jolly Fellows"),
    ("mt-04-museum", "»", None, PU, "”", C, "Russian guillemet around a film title"),
    ("mt-04-museum", "told TASS the curator of the exhibition Irina Goldberg", None, CAL,
     "exhibition curator Irina Goldberg told TASS", L, "inverted attribution + title word for word"),
    ("mt-04-museum", "we managed", None, PRO, "the museum managed", L, "reported speech left in the first person"),
    ("mt-04-museum", "its", "devoted to its husband", PRO, "her", C, "'its' for the actress"),

    # mt-05-bribe (courts/crime)
    ("mt-05-bribe", "Philistine court", None, EN, "Meshchansky court", C, "court name Мещанский translated by meaning"),
    ("mt-05-bribe", "reports the united press service of the courts of general jurisdiction of the capital", None, CAL,
     "the joint press service of Moscow's courts of general jurisdiction reports", L, "inverted attribution (сообщает объединённая пресс-служба)"),
    ("mt-05-bribe", "chose for the official a preventive measure in the form of custody", None, CAL,
     "ordered the official held in custody", L, "избрал меру пресечения в виде заключения под стражу, word for word"),
    ("mt-05-bribe", "3,75 million", None, DN, "3.75 million", C, "decimal comma"),
    ("mt-05-bribe", "UEBiPK", None, UN, "economic crimes police", C, "Russian abbreviation УЭБиПК"),
    ("mt-05-bribe", "It", "It does not admit guilt", PRO, "He", C, "'it' for the defendant"),
    ("mt-05-bribe", "\" -", None, PU, ",\"", C, "Russian direct-speech punctuation (hyphen for the dash)"),
    ("mt-05-bribe", "we intend", None, PRO, "the defence intends", L, "reported speech left in the first person"),
    ("mt-05-bribe", "Moscow city Court", None, IC, "Moscow City Court", C, "broken casing"),
    ("mt-05-bribe", "volkov", None, NC, "Volkov", C, "lowercased surname"),
    ("mt-05-bribe", "investigative Committee", None, IC, "Investigative Committee", C, "broken casing"),

    # mt-06-measles (health)
    ("mt-06-measles", "24 january", None, DN, "24 January", C, "lowercased month"),
    ("mt-06-measles", "informed in the regional office of Rospotrebnadzor", None, CAL,
     "the regional office of Rospotrebnadzor said", L, "subjectless attribution (сообщили в управлении)"),
    ("mt-06-measles", "«", None, PU, "“", C, "Russian guillemet opening a quote"),
    ("mt-06-measles", "»", None, PU, "”", C, "Russian guillemet closing a quote"),
    ("mt-06-measles", "the chief freelance infectious disease specialist of the region", None, CAL,
     "the region's chief infectious disease specialist", L, "главный внештатный инфекционист word for word"),
    ("mt-06-measles", "Butchers", None, EN, "Myasnikova", C, "surname Мясникова rendered as a common noun"),
    ("mt-06-measles", "It", "It urged parents", PRO, "She", C, "'it' for the doctor"),
    ("mt-06-measles", "you can get", None, PRO, "people can get", L, "reported advice left in the second person"),
    ("mt-06-measles", "FAP", None, UN, "rural health post", C, "Russian abbreviation ФАП"),
    ("mt-06-measles", "health Ministry", None, IC, "Health Ministry", C, "broken casing"),
    ("mt-06-measles", "93,7%", None, DN, "93.7%", C, "decimal comma"),

    # mt-07-heating (regional/utilities)
    ("mt-07-heating", "Iron Mountain", None, EN, "Zheleznogorsk", C, "town Железногорск translated by meaning"),
    ("mt-07-heating", "ZhKKh", None, UN, "housing and utilities", C, "Russian abbreviation ЖКХ"),
    ("mt-07-heating", "kommunalshchiki", None, UN, "utility workers", C, "transliterated коммунальщики"),
    ("mt-07-heating", " (from the contractor. — Ed.)", None, GL, "", C, "outlet's clarification inside the quote"),
    ("mt-07-heating", "”, —", None, PU, ",”", C, "Russian direct-speech punctuation"),
    ("mt-07-heating", "wrote in his Telegram channel the mayor Dmitry Kotlyarov", None, CAL,
     "Mayor Dmitry Kotlyarov wrote on his Telegram channel", L, "inverted attribution"),
    ("mt-07-heating", "16,5", None, DN, "16.5", C, "decimal comma"),
    ("mt-07-heating", "it", "site that it has been", PRO, "she", C, "'it' for the pensioner"),
    ("mt-07-heating", "we have been", None, PRO, "they have been", L, "reported speech left in the first person"),
    ("mt-07-heating", "State housing Inspectorate", None, IC, "State Housing Inspectorate", C, "broken casing"),

    # mt-08-flood (weather/disasters)
    ("mt-08-flood", "11 april", None, DN, "11 April", C, "lowercased month"),
    ("mt-08-flood", "in the river Pyshma", None, CAL, "in the Pyshma River", C, "в реке Пышма: Russian apposition order"),
    ("mt-08-flood", "Dry Log", None, EN, "Sukhoi Log", C, "town Сухой Лог translated by meaning"),
    ("mt-08-flood", "polovodye", None, UN, "spring flood", C, "transliterated половодье"),
    ("mt-08-flood", "the emergency regime of municipal character", None, CAL, "a municipal state of emergency", L,
     "режим ЧС муниципального характера"),
    ("mt-08-flood", "MChS", None, UN, "Emergencies Ministry", C, "Russian abbreviation МЧС"),
    ("mt-08-flood", "1,4 thousand", None, DN, "1,400", C, "decimal comma + Russian 'thousand'"),
    ("mt-08-flood", "forces and means", None, CAL, "personnel and equipment", L, "силы и средства"),
    ("mt-08-flood", "itself", None, PRO, "himself", C, "'itself' for the district head"),
    ("mt-08-flood", "our specialists", None, PRO, "municipal specialists", L, "reported speech left in the first person"),
    ("mt-08-flood", "Federal agency for water Resources", None, IC, "Federal Agency for Water Resources", C, "broken casing"),

    # mt-09-app (tech)
    ("mt-09-app", "27 may", None, DN, "27 May", C, "lowercased month ('may' the verb appears later)"),
    ("mt-09-app", "In Contact", None, EN, "VKontakte", C, "network name ВКонтакте translated"),
    ("mt-09-app", "told Kommersant the director for product of the social network Denis Orlov", None, CAL,
     "Denis Orlov, the network's product director, told Kommersant", L, "inverted attribution + title word for word"),
    ("mt-09-app", "1,5 times", None, DN, "1.5 times", C, "decimal comma"),
    ("mt-09-app", "her", "on her own servers", PRO, "its", C, "'her' for the company/network (сеть, feminine)"),
    ("mt-09-app", "you do not need", None, PRO, "users do not need", L, "reported explanation left in the second person"),
    ("mt-09-app", "RKN", None, UN, "Roskomnadzor", C, "Russian abbreviation РКН"),
    ("mt-09-app", "Ministry of digital Development", None, IC, "Ministry of Digital Development", C, "broken casing"),
    ("mt-09-app", "*", 0, GL, "", C, "asterisk of the Russian legal disclaimer"),
    ("mt-09-app", "It", "It later sold", PRO, "He", C, "'it' for the student"),
    ("mt-09-app", "\n\n*Meta Platforms Inc. is recognised as an extremist organisation; its activity in Russia is prohibited.", None, GL,
     "", C, "Russian legal disclaimer footnote"),

    # mt-10-conscription (military)
    ("mt-10-conscription", "2,7 thousand", None, DN, "2,700", C, "decimal comma + Russian 'thousand'"),
    ("mt-10-conscription", "reported the press service of the district", None, CAL, "the district's press service reported", L, "inverted attribution"),
    ("mt-10-conscription", "Southern military district", None, IC, "Southern Military District", C, "broken casing"),
    ("mt-10-conscription", "Sunny Mountain", None, EN, "Solnechnogorsk", C, "town Солнечногорск translated by meaning"),
    ("mt-10-conscription", "In the framework of the spring call", None, CAL, "As part of the spring draft", L, "в рамках весеннего призыва"),
    ("mt-10-conscription", "prizyvniki", None, UN, "conscripts", C, "transliterated призывники"),
    ("mt-10-conscription", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-10-conscription", "It", "It also said that conscripts", PRO, "He", C, "'it' for the military commissar"),
    ("mt-10-conscription", "your sons", None, PRO, "their sons", L, "reported assurance left in the second person"),
    ("mt-10-conscription", "reshetnikov", None, NC, "Reshetnikov", C, "lowercased surname"),

    # mt-11-talks (politics/diplomacy)
    ("mt-11-talks", "16 june", None, DN, "16 June", C, "lowercased month"),
    ("mt-11-talks", "Vuchich", None, EN, "Vucic", C, "Вучич back-transliterated"),
    ("mt-11-talks", "Serbian foreign Ministry", None, IC, "Serbian Foreign Ministry", C, "broken casing"),
    ("mt-11-talks", "«", None, PU, "“", C, "Russian guillemet opening a quote"),
    ("mt-11-talks", "», —", None, PU, ",”", C, "Russian guillemet + direct-speech dash"),
    ("mt-11-talks", "declared to journalists after the meeting the Russian deputy minister", None, CAL,
     "the Russian deputy minister told journalists after the meeting", L, "inverted attribution (заявил журналистам)"),
    ("mt-11-talks", "we consider", None, PRO, "Moscow considers", L, "reported speech left in the first person"),
    ("mt-11-talks", " (Kosovo. — RIA Novosti)", None, GL, "", C, "source outlet's insertion inside reported speech"),
    ("mt-11-talks", "it", "Earlier it visited", PRO, "he", C, "'it' for the deputy minister"),
    ("mt-11-talks", "Guterrish", None, EN, "Guterres", C, "Гутерриш back-transliterated"),
    ("mt-11-talks", "SB UN", None, UN, "UN Security Council", C, "Russian abbreviation СБ ООН"),

    # mt-12-teachers (education)
    ("mt-12-teachers", "26 august", None, DN, "26 August", C, "lowercased month in the dateline"),
    ("mt-12-teachers", "Enlightenment", None, EN, "Prosveshcheniye", C, "publisher Просвещение translated as a common noun"),
    ("mt-12-teachers", "Minprosveshcheniya", None, UN, "Education Ministry", C, "transliterated Минпросвещения"),
    ("mt-12-teachers", "methodical materials", None, CAL, "teaching materials", L, "методические материалы"),
    ("mt-12-teachers", "said in an interview with Rossiyskaya Gazeta the director of the department of general education Olga Sorokina", None, CAL,
     "Olga Sorokina, director of the general education department, said in an interview with Rossiyskaya Gazeta", L,
     "inverted attribution + title word for word"),
    ("mt-12-teachers", "we plan", None, PRO, "the ministry plans", L, "reported speech left in the first person"),
    ("mt-12-teachers", "59,8 thousand", None, DN, "59,800", C, "decimal comma + Russian 'thousand'"),
    ("mt-12-teachers", "its", "that its pupils", PRO, "her", C, "'its' for the teacher"),
    ("mt-12-teachers", "Russian Academy of education", None, IC, "Russian Academy of Education", C, "broken casing"),
    ("mt-12-teachers", "OGE", None, UN, "basic state exam", L, "Russian abbreviation ОГЭ"),
    ("mt-12-teachers", "sorokina", None, NC, "Sorokina", C, "lowercased surname"),

    # mt-13-rail (transport)
    ("mt-13-rail", "RZhD", None, UN, "Russian Railways", C, "Russian abbreviation РЖД"),
    ("mt-13-rail", "Swallow", None, EN, "Lastochka", L, "train brand Ласточка translated as a common noun"),
    ("mt-13-rail", "Great Bows", None, EN, "Velikiye Luki", C, "city Великие Луки translated by meaning"),
    ("mt-13-rail", "will allow to reduce", None, CAL, "will reduce", C, "позволит сократить"),
    ("mt-13-rail", "His", "His top speed", PRO, "Its", C, "'his' for the train (поезд, masculine)"),
    ("mt-13-rail", "told reporters the head of the road Arkady Lebedev", None, CAL,
     "Arkady Lebedev, head of the railway, told reporters", L, "inverted attribution + начальник дороги"),
    ("mt-13-rail", "October railway", None, IC, "October Railway", C, "broken casing"),
    ("mt-13-rail", "— ", "— I have been", PU, "“", C, "Russian dialogue dash opening the quote"),
    ("mt-13-rail", ", —", "for years, — said", PU, ",”", C, "Russian dialogue punctuation before the attribution"),
    ("mt-13-rail", "I lost", None, PRO, "she lost", L, "reported speech left in the first person"),

    # mt-14-dairy (agriculture)
    ("mt-14-dairy", "3 august", None, DN, "3 August", C, "lowercased month"),
    ("mt-14-dairy", "informed in the regional agriculture ministry", None, CAL, "the regional agriculture ministry said", L,
     "subjectless attribution (сообщили в министерстве)"),
    ("mt-14-dairy", "7,2 thousand", None, DN, "7,200", C, "decimal comma + Russian 'thousand'"),
    ("mt-14-dairy", "KRS", None, UN, "cattle", C, "Russian abbreviation КРС"),
    ("mt-14-dairy", "Goats", None, EN, "Kozlov", C, "surname Козлов rendered as a common noun"),
    ("mt-14-dairy", "its", "said that its farm", PRO, "his", C, "'its' for the farmer"),
    ("mt-14-dairy", "we cannot", None, PRO, "farmers cannot", L, "reported speech left in the first person"),
    ("mt-14-dairy", "«", None, PU, "“", C, "Russian guillemet around a company name"),
    ("mt-14-dairy", "»", None, PU, "”", C, "Russian guillemet around a company name"),
    ("mt-14-dairy", "National union of milk Producers", None, IC, "National Union of Milk Producers", C, "broken casing"),
    ("mt-14-dairy", "subsidies at the federal level", None, CAL, "federal subsidies", L, "субсидии на федеральном уровне"),

    # mt-15-procession (religion/society)
    ("mt-15-procession", "19 july", None, DN, "19 July", C, "lowercased month"),
    ("mt-15-procession", "krestny khod", None, UN, "procession of the cross", C, "transliterated крестный ход"),
    ("mt-15-procession", "reported in the press service of the Nizhny Novgorod metropolis", None, CAL,
     "the press service of the Nizhny Novgorod metropolis reported", L, "subjectless attribution"),
    ("mt-15-procession", "Russian Orthodox church", None, IC, "Russian Orthodox Church", C, "broken casing"),
    ("mt-15-procession", "On the eve", None, CAL, "The day before", L, "накануне"),
    ("mt-15-procession", "XVI century", None, DN, "16th century", C, "Roman-numeral century"),
    ("mt-15-procession", "\", -", None, PU, ",\"", C, "Russian direct-speech punctuation (hyphen for the dash)"),
    ("mt-15-procession", "Cranes", None, EN, "Zhuravlyov", C, "surname Журавлёв rendered as a common noun"),
    ("mt-15-procession", "it", "and it personally checked", PRO, "he", C, "'it' for the priest"),
    ("mt-15-procession", "we prepared", None, PRO, "the organisers prepared", L, "reported speech left in the first person"),

    # mt-16-skating (sport)
    ("mt-16-skating", "Nightingales", None, EN, "Solovyova", C, "surname Соловьёва rendered as a common noun"),
    ("mt-16-skating", "228,46", None, DN, "228.46", C, "decimal comma"),
    ("mt-16-skating", "Its", "Its free skate", PRO, "Her", C, "'its' for the skater"),
    ("mt-16-skating", "«", None, PU, "“", C, "Russian guillemet opening a quote"),
    ("mt-16-skating", "» —", None, PU, ",”", C, "Russian guillemet + direct-speech dash"),
    ("mt-16-skating", "commented to Match TV the coach of the athlete Svetlana Sokolovskaya", None, CAL,
     "the skater's coach Svetlana Sokolovskaya told Match TV", L, "inverted attribution + title word for word"),
    ("mt-16-skating", "I did not expect", None, PRO, "she did not expect", L, "reported speech left in the first person"),
    ("mt-16-skating", "Figure skating Federation of Russia", None, IC, "Figure Skating Federation of Russia", C, "broken casing"),
    ("mt-16-skating", "FFKK", None, UN, "the figure skating federation", C, "Russian abbreviation ФФКК"),
    ("mt-16-skating", "sokolovskaya", None, NC, "Sokolovskaya", C, "lowercased surname"),

    # mt-17-space (science/space)
    ("mt-17-space", "7 february", None, DN, "7 February", C, "lowercased month"),
    ("mt-17-space", "Union-2.1b", None, EN, "Soyuz-2.1b", C, "rocket name Союз translated"),
    ("mt-17-space", "Eastern cosmodrome", None, EN, "Vostochny cosmodrome", C, "cosmodrome name Восточный translated"),
    ("mt-17-space", "reports the press service of Roscosmos", None, CAL, "the Roscosmos press service reports", L, "inverted attribution"),
    ("mt-17-space", "1,2 thousand", None, DN, "1,200", C, "decimal comma + Russian 'thousand'"),
    ("mt-17-space", " (the satellites. — Interfax)", None, GL, "", C, "source outlet's insertion inside the quote"),
    ("mt-17-space", "Space research Institute", None, IC, "Space Research Institute", C, "broken casing"),
    ("mt-17-space", "zhdanov", None, NC, "Zhdanov", C, "lowercased surname"),
    ("mt-17-space", "we hope", None, PRO, "the researchers hope", L, "reported speech left in the first person"),
    ("mt-17-space", "his", "that his equipment", PRO, "its", C, "'his' for the satellite (спутник, masculine)"),
    ("mt-17-space", "Goskorporatsiya", None, UN, "state corporation", C, "transliterated госкорпорация"),

    # mt-18-resort (tourism/regional)
    ("mt-18-resort", "«", None, PU, "“", C, "Russian guillemet around a resort name"),
    ("mt-18-resort", "»", None, PU, "”", C, "Russian guillemet around a resort name"),
    ("mt-18-resort", "Red Glade", None, EN, "Krasnaya Polyana", C, "resort Красная Поляна translated by meaning"),
    ("mt-18-resort", "In the administration of the resort told", None, CAL, "The resort administration said", L,
     "subjectless Russian sentence (В администрации курорта рассказали)"),
    ("mt-18-resort", "kanatka", None, UN, "cable car", C, "transliterated канатка"),
    ("mt-18-resort", "”, —", None, PU, ",”", C, "Russian direct-speech punctuation"),
    ("mt-18-resort", "Its", "Its clients", PRO, "His", C, "'its' for the instructor"),
    ("mt-18-resort", "zaitseva", None, NC, "Zaitseva", C, "lowercased surname"),
    ("mt-18-resort", "you have to", None, PRO, "guests have to", L, "reported advice left in the second person"),
    ("mt-18-resort", "Federal agency for tourism", None, IC, "Federal Agency for Tourism", C, "broken casing"),
    ("mt-18-resort", "1,35 million", None, DN, "1.35 million", C, "decimal comma"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=("/work/main/eval/blind-mixed/gold.jsonl",
                                "/work/main/eval/blind-mixed-2/gold.jsonl"), details=True))
