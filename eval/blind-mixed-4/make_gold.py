"""Gold for the held-out set blind8 (to become eval/blind-mixed-4): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from the eval/ folder above). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 or -3 (their gold is
read by this script only to report a collision; the author did not open it).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind8 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    "mt-01-hockey": "sport", "mt-02-keyrate": "business/markets", "mt-03-gas": "energy",
    "mt-04-theatre": "culture", "mt-05-bribe": "courts/crime", "mt-06-flu": "health",
    "mt-07-water": "regional/utilities", "mt-08-wildfire": "weather/disasters",
    "mt-09-appstore": "tech", "mt-10-drills": "military", "mt-11-talks": "politics/diplomacy",
    "mt-12-exam": "education", "mt-13-airport": "transport", "mt-14-grain": "agriculture",
    "mt-15-frescoes": "religion/society", "mt-16-skiing": "sport", "mt-17-wheat": "science",
    "mt-18-snowfall": "weather/disasters",
}

ROWS = [
    # mt-01-hockey (sport)
    ("mt-01-hockey", "14 january", None, DN, "14 January", C, "lowercased month"),
    ("mt-01-hockey", "Locomotive", 0, EN, "Lokomotiv", C, "club name Локомотив translated"),
    ("mt-01-hockey", "Locomotive", 1, EN, "Lokomotiv", C, "club name Локомотив translated"),
    ("mt-01-hockey", "Continental hockey league", None, IC, "Continental Hockey League", C, "broken casing"),
    ("mt-01-hockey", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-01-hockey", "told journalists after the match the head coach of the Yaroslavl club Igor Nikitin", None, CAL,
     "Yaroslavl head coach Igor Nikitin told journalists after the match", L, "inverted attribution + title word for word"),
    ("mt-01-hockey", "we must", None, PRO, "the team must", L, "reported speech left in the first person"),
    ("mt-01-hockey", "its", "noting that its saves", PRO, "his", C, "'its' for the goalkeeper"),
    ("mt-01-hockey", "8,9 thousand", None, DN, "8,900", C, "decimal comma + Russian 'thousand'"),
    ("mt-01-hockey", "malkov", None, NC, "Malkov", C, "lowercased surname"),
    ("mt-01-hockey", "17 january", None, DN, "17 January", C, "lowercased month"),

    # mt-02-keyrate (business/markets)
    ("mt-02-keyrate", "3 october", None, DN, "3 October", C, "lowercased month"),
    ("mt-02-keyrate", "follows from the message of the regulator", None, CAL, "according to the regulator's statement", L,
     "следует из сообщения регулятора"),
    ("mt-02-keyrate", "The head of the regulator Elvira Nabiullina", None, CAL, "Bank of Russia Governor Elvira Nabiullina", L,
     "title word for word (глава ЦБ)"),
    ("mt-02-keyrate", "its", "According to its estimate", PRO, "her", C, "'its' for Nabiullina"),
    ("mt-02-keyrate", "6,1%", None, DN, "6.1%", C, "decimal comma"),
    ("mt-02-keyrate", "24 october", None, DN, "24 October", C, "lowercased month"),
    ("mt-02-keyrate", "92,4", None, DN, "92.4", C, "decimal comma"),
    ("mt-02-keyrate", "The chief economist of the bank Sovcombank Mikhail Vasilyev", None, CAL,
     "Sovcombank chief economist Mikhail Vasilyev", L, "title word for word (главный экономист банка «Совкомбанк»)"),
    ("mt-02-keyrate", "he told", None, CAL, "he said", L, "intransitive 'told' (рассказал)"),

    # mt-03-gas (energy)
    ("mt-03-gas", "22 august", None, DN, "22 August", C, "lowercased month"),
    ("mt-03-gas", "reported in the press service of the company", None, CAL, "the company's press service reported", L,
     "subjectless attribution (сообщили в пресс-службе компании)"),
    ("mt-03-gas", "4,5", None, DN, "4.5", C, "decimal comma"),
    ("mt-03-gas", "will allow to increase", None, CAL, "will make it possible to increase", L, "позволит увеличить"),
    ("mt-03-gas", "In the ceremony took part", None, CAL, "The ceremony was attended by", L, "fronted Russian word order"),
    ("mt-03-gas", "it", "that it began working", PRO, "he", C, "'it' for the head of the field"),
    ("mt-03-gas", "our engineers", None, PRO, "the company's engineers", L, "reported speech left in the first person"),
    ("mt-03-gas", "Unified gas supply system", None, IC, "Unified Gas Supply System", L, "broken casing (ЕСГ)"),
    ("mt-03-gas", "YaNAO", None, UN, "Yamal-Nenets Autonomous District", C, "Russian abbreviation ЯНАО"),

    # mt-04-theatre (culture)
    ("mt-04-theatre", "9 november", None, DN, "9 November", C, "lowercased month"),
    ("mt-04-theatre", "Alexandrinsky theatre", None, IC, "Alexandrinsky Theatre", C, "broken casing"),
    ("mt-04-theatre", "told the agency in the press service of the theatre", None, CAL,
     "the theatre's press service told the agency", L, "subjectless attribution"),
    ("mt-04-theatre", "Hope Volkova", None, EN, "Nadezhda Volkova", C, "first name Надежда translated"),
    ("mt-04-theatre", "People's artist of Russia", None, IC, "People's Artist of Russia", C, "broken casing of a title"),
    ("mt-04-theatre", "the second half of the XIX century", None, DN, "the second half of the 19th century", C, "Roman-numeral century"),
    ("mt-04-theatre", "29 november", None, DN, "29 November", C, "lowercased month"),
    ("mt-04-theatre", "noted in the box office of the theatre", None, CAL, "the theatre's box office said", L,
     "subjectless attribution (отметили в кассе театра)"),
    ("mt-04-theatre", "it", "was for it \"a meeting", PRO, "her", C, "'it' for the actress"),
    ("mt-04-theatre", " (the character — approx. transl.)", None, GL, "", C, "translator's note"),
    ("mt-04-theatre", "Presidential fund for cultural initiatives", None, IC, "Presidential Fund for Cultural Initiatives", C,
     "broken casing"),

    # mt-05-bribe (courts/crime)
    ("mt-05-bribe", "17 june", None, DN, "17 June", C, "lowercased month"),
    ("mt-05-bribe", "Prikubansky district court", None, IC, "Prikubansky District Court", C, "broken casing"),
    ("mt-05-bribe", "a colony of general regime", None, CAL, "a general-security penal colony", L, "колония общего режима"),
    ("mt-05-bribe", "in an especially large amount", None, CAL, "on an especially large scale", L, "в особо крупном размере"),
    ("mt-05-bribe", "informed in the joint press service of Kuban courts", None, CAL,
     "the joint press service of Kuban courts reported", L, "subjectless attribution"),
    ("mt-05-bribe", "3,2", None, DN, "3.2", C, "decimal comma"),
    ("mt-05-bribe", "it", "banned it from", PRO, "him", C, "'it' for the convicted official"),
    ("mt-05-bribe", "pankratov", None, NC, "Pankratov", C, "lowercased surname"),
    ("mt-05-bribe", "we will appeal", None, PRO, "the defence will appeal", L, "reported speech left in the first person"),
    ("mt-05-bribe", "has not entered into legal force", None, CAL, "has not yet taken effect", L, "не вступил в законную силу"),
    ("mt-05-bribe", "SK", None, UN, "Investigative Committee", C, "Russian abbreviation СК"),

    # mt-06-flu (health)
    ("mt-06-flu", "2 february", None, DN, "2 February", C, "lowercased month"),
    ("mt-06-flu", "ARVI", None, UN, "acute respiratory viral infections", C, "Russian abbreviation ОРВИ"),
    ("mt-06-flu", "reported the regional department of Rospotrebnadzor", None, CAL,
     "the regional department of Rospotrebnadzor reported", L, "inverted attribution"),
    ("mt-06-flu", "The chief sanitary doctor of the region Tatyana Ivanova", None, CAL,
     "The region's chief sanitary doctor, Tatyana Ivanova,", L, "title word for word without apposition"),
    ("mt-06-flu", "its", "According to its data", PRO, "her", C, "'its' for the doctor"),
    ("mt-06-flu", " (of the schools. — Ed.)", None, GL, "", C, "outlet insertion inside the quote"),
    ("mt-06-flu", "5 february", None, DN, "5 February", C, "lowercased month"),
    ("mt-06-flu", "mask regime", None, CAL, "mask requirement", L, "масочный режим"),
    ("mt-06-flu", "minzdrav", None, UN, "health ministry", C, "transliterated Минздрав"),
    ("mt-06-flu", "we recommend", None, PRO, "she recommends", L, "reported speech left in the first person"),
    ("mt-06-flu", "1,1 million", None, DN, "1.1 million", C, "decimal comma"),

    # mt-07-water (regional/utilities)
    ("mt-07-water", "11 march", None, DN, "11 March", C, "lowercased month"),
    ("mt-07-water", "40 thousand", None, DN, "40,000", L, "Russian 'thousand' (40 тысяч)"),
    ("mt-07-water", "reported in the press service of the city administration", None, CAL,
     "the city administration's press service reported", L, "subjectless attribution"),
    ("mt-07-water", "1,2", None, DN, "1.2", C, "decimal comma"),
    ("mt-07-water", "Tractor Plant district", None, EN, "Traktorozavodsky district", L, "district name translated"),
    ("mt-07-water", "At the site of the accident work five emergency crews", None, CAL,
     "Five emergency crews are working at the site of the accident", L, "fronted Russian word order"),
    ("mt-07-water", "MUP", None, UN, "municipal utility", C, "Russian abbreviation МУП"),
    ("mt-07-water", "«", None, PU, "", C, "guillemet around a company name"),
    ("mt-07-water", "»", None, PU, "", C, "guillemet around a company name"),
    ("mt-07-water", "It", "It said that the repair", PRO, "He", C, "'It' for the utility director"),

    # mt-08-wildfire (weather/disasters)
    ("mt-08-wildfire", "28 april", None, DN, "28 April", C, "lowercased month"),
    ("mt-08-wildfire", "14,7 thousand", None, DN, "14,700", C, "decimal comma + Russian 'thousand'"),
    ("mt-08-wildfire", "reports the regional Main directorate of the MChS", None, CAL,
     "the regional directorate of the Emergencies Ministry reports", L, "inverted attribution + body word for word"),
    ("mt-08-wildfire", "MChS", None, UN, "Emergencies Ministry", C, "Russian abbreviation МЧС"),
    ("mt-08-wildfire", "Green Meadow", None, EN, "Zelyony Lug", L, "village name Зелёный Луг translated"),
    ("mt-08-wildfire", "”, —", None, PU, ",”", C, "Russian quote-dash"),
    ("mt-08-wildfire", "said the governor of the region Alexander Osipov", None, CAL,
     "regional Governor Alexander Osipov said", L, "inverted attribution + title word for word"),
    ("mt-08-wildfire", "Avialesookhrana", None, UN, "the aerial forest protection service", L, "transliterated Авиалесоохрана"),
    ("mt-08-wildfire", "its", "near its own house", PRO, "his", C, "'its' for the detained man"),
    ("mt-08-wildfire", "pechkin", None, NC, "Pechkin", C, "lowercased surname"),
    ("mt-08-wildfire", "10 april", None, DN, "10 April", C, "lowercased month"),

    # mt-09-appstore (tech)
    ("mt-09-appstore", "6 december", None, DN, "6 December", C, "lowercased month"),
    ("mt-09-appstore", "november", None, DN, "November", C, "lowercased month"),
    ("mt-09-appstore", "9,3", None, DN, "9.3", C, "decimal comma"),
    ("mt-09-appstore", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-09-appstore", "said the head of the platform Stanislav Zorin", None, CAL, "platform head Stanislav Zorin said", L,
     "inverted attribution + title word for word"),
    ("mt-09-appstore", "its", "noted that its team", PRO, "his", C, "'its' for Zorin"),
    ("mt-09-appstore", "we are going", None, PRO, "the company is going", L, "reported speech left in the first person"),
    ("mt-09-appstore", "Mintsyfry", None, UN, "Digital Development Ministry", C, "transliterated Минцифры"),
    ("mt-09-appstore", "within the framework of the national project", None, CAL, "under the national project", L, "в рамках"),
    ("mt-09-appstore", "Ministry of digital development", None, IC, "Ministry of Digital Development", C, "broken casing"),
    ("mt-09-appstore", "the Savings Bank", None, EN, "Sber", L, "Сбербанк rendered by meaning"),

    # mt-10-drills (military)
    ("mt-10-drills", "19 september", None, DN, "19 September", C, "lowercased month"),
    ("mt-10-drills", "Pacific fleet", None, IC, "Pacific Fleet", C, "broken casing"),
    ("mt-10-drills", "reports the press service of the Eastern military district", None, CAL,
     "the press service of the Eastern Military District reports", L, "inverted attribution"),
    ("mt-10-drills", "«", None, PU, "", C, "guillemet around a ship name"),
    ("mt-10-drills", "»", None, PU, "", C, "guillemet around a ship name"),
    ("mt-10-drills", "his", "with his crew", PRO, "its", C, "'his' for the ship (корабль, masculine)"),
    ("mt-10-drills", "25 september", None, DN, "25 September", C, "lowercased month"),
    ("mt-10-drills", "The commander of the fleet Admiral Sergei Grachev", None, CAL,
     "Fleet commander Admiral Sergei Grachev", L, "title word for word"),
    ("mt-10-drills", "our sailors", None, PRO, "the fleet's sailors", L, "reported speech left in the first person"),
    ("mt-10-drills", "kontraktniki", None, UN, "contract soldiers", C, "transliterated контрактники"),
    ("mt-10-drills", "write the Japanese media", None, CAL, "Japanese media reported", L, "inverted attribution"),

    # mt-11-talks (politics/diplomacy)
    ("mt-11-talks", "15 may", None, DN, "15 May", C, "lowercased month"),
    ("mt-11-talks", "the head of the Foreign Ministry of Hungary", None, CAL, "Hungarian Foreign Minister", L,
     "title word for word (глава МИД Венгрии)"),
    ("mt-11-talks", "Siarto", 0, EN, "Szijjártó", C, "misheard transliteration of Szijjártó"),
    ("mt-11-talks", "announced at a weekly briefing the spokeswoman of the MID Maria Zakharova", None, CAL,
     "Foreign Ministry spokeswoman Maria Zakharova announced at a weekly briefing", L, "inverted attribution + title word for word"),
    ("mt-11-talks", "MID", None, UN, "Foreign Ministry", C, "Russian abbreviation МИД"),
    ("mt-11-talks", "its", "Lavrov and its Hungarian", PRO, "his", C, "'its' for Lavrov"),
    ("mt-11-talks", " (the Hungarians. — RIA Novosti)", None, GL, "", C, "outlet insertion inside the quote"),
    ("mt-11-talks", " (recognized as an undesirable organization on the territory of the Russian Federation)", None, GL,
     "", C, "Russian legal disclaimer"),
    ("mt-11-talks", "The last time Siarto visited Moscow in the past autumn", None, CAL,
     "Szijjártó last visited Moscow last autumn", L, "Russian word order (В последний раз ... посещал)"),
    ("mt-11-talks", "Siarto", 1, EN, "Szijjártó", C, "misheard transliteration of Szijjártó"),
    ("mt-11-talks", "the deputy head of the government Alexander Novak", None, CAL,
     "Deputy Prime Minister Alexander Novak", L, "title word for word (вице-премьер)"),

    # mt-12-exam (education)
    ("mt-12-exam", "30 june", None, DN, "30 June", C, "lowercased month"),
    ("mt-12-exam", "Unified state exam", None, IC, "Unified State Exam", C, "broken casing"),
    ("mt-12-exam", "told at a press conference the head of Rosobrnadzor Anton Muravyov", None, CAL,
     "Rosobrnadzor head Anton Muravyov told a press conference", L, "inverted attribution + title word for word"),
    ("mt-12-exam", "its", "According to its data", PRO, "his", C, "'its' for Muravyov"),
    ("mt-12-exam", "8,2 thousand", None, DN, "8,200", C, "decimal comma + Russian 'thousand'"),
    ("mt-12-exam", "EGE", None, UN, "Unified State Exam", C, "Russian abbreviation ЕГЭ"),
    ("mt-12-exam", "700 thousand", None, DN, "700,000", L, "Russian 'thousand'"),
    ("mt-12-exam", "2,8%", None, DN, "2.8%", C, "decimal comma"),
    ("mt-12-exam", "september", None, DN, "September", C, "lowercased month"),
    ("mt-12-exam", "Ministry of enlightenment", None, EN, "Ministry of Education", C, "Минпросвещения translated by meaning"),
    ("mt-12-exam", "you must", None, PRO, "students must", L, "reported speech left in the second person"),

    # mt-13-airport (transport)
    ("mt-13-airport", "4 august", None, DN, "4 August", C, "lowercased month"),
    ("mt-13-airport", "612 thousand", None, DN, "612,000", L, "Russian 'thousand'"),
    ("mt-13-airport", "july", None, DN, "July", C, "lowercased month"),
    ("mt-13-airport", "Victory", None, EN, "Pobeda", C, "airline Победа translated"),
    ("mt-13-airport", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-13-airport", "said the general director of the airport Timur Gafiyatullin", None, CAL,
     "airport chief executive Timur Gafiyatullin said", L, "inverted attribution + title word for word"),
    ("mt-13-airport", "we will open", None, PRO, "the airport will open", L, "reported speech left in the first person"),
    ("mt-13-airport", "elektrichki", None, UN, "suburban trains", C, "transliterated электрички"),
    ("mt-13-airport", "RZD", None, UN, "Russian Railways", C, "Russian abbreviation РЖД"),
    ("mt-13-airport", "galiev", None, NC, "Galiev", C, "lowercased surname"),
    ("mt-13-airport", "Federal air transport agency", None, IC, "Federal Air Transport Agency", C, "broken casing"),

    # mt-14-grain (agriculture)
    ("mt-14-grain", "21 july", None, DN, "21 July", C, "lowercased month"),
    ("mt-14-grain", "6,4", None, DN, "6.4", C, "decimal comma"),
    ("mt-14-grain", "informed the regional ministry of agriculture and food", None, CAL,
     "the regional ministry of agriculture and food reported", L, "inverted attribution"),
    ("mt-14-grain", "33 tsentners per hectare", None, UN, "3.3 tonnes per hectare", L, "transliterated unit центнер"),
    ("mt-14-grain", "may", "drought in may and June", DN, "May", C, "lowercased month"),
    ("mt-14-grain", "a regime of emergency situation of a regional character has been introduced", None, CAL,
     "a regional state of emergency has been declared", L, "режим ЧС регионального характера"),
    ("mt-14-grain", "we will collect", None, PRO, "the region will collect", L, "reported speech left in the first person"),
    ("mt-14-grain", "Dawn", None, EN, "Rassvet", L, "company name Рассвет translated"),
    ("mt-14-grain", "its", "said that its fields", PRO, "his", C, "'its' for the farm head"),
    ("mt-14-grain", "Minselhoz", None, UN, "Agriculture Ministry", C, "transliterated Минсельхоз"),
    ("mt-14-grain", "Institute for agricultural market studies", None, IC, "Institute for Agricultural Market Studies", C,
     "broken casing"),

    # mt-15-frescoes (religion/society)
    ("mt-15-frescoes", "14 april", None, DN, "14 April", C, "lowercased month"),
    ("mt-15-frescoes", "XV century", None, DN, "15th century", C, "Roman-numeral century"),
    ("mt-15-frescoes", "Ferapontov monastery", None, IC, "Ferapontov Monastery", C, "broken casing"),
    ("mt-15-frescoes", "told in the Vologda diocese", None, CAL, "the Vologda diocese said", L,
     "subjectless attribution (рассказали в епархии)"),
    ("mt-15-frescoes", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-15-frescoes", "said the head of the restoration group Marina Sokolova", None, CAL,
     "restoration team leader Marina Sokolova said", L, "inverted attribution + title word for word"),
    ("mt-15-frescoes", "our restorers", None, PRO, "the team's restorers", L, "reported speech left in the first person"),
    ("mt-15-frescoes", "1,3", None, DN, "1.3", C, "decimal comma"),
    ("mt-15-frescoes", "nastoyatel", None, UN, "abbot", C, "transliterated настоятель"),
    ("mt-15-frescoes", "White Lake", None, EN, "Belozersk", L, "town Белозерск rendered by meaning"),
    ("mt-15-frescoes", "RPTs", None, UN, "Church", C, "Russian abbreviation РПЦ"),

    # mt-16-skiing (sport)
    ("mt-16-skiing", "8 march", None, DN, "8 March", C, "lowercased month"),
    ("mt-16-skiing", "Faith Stepanova", None, EN, "Vera Stepanova", C, "first name Вера translated"),
    ("mt-16-skiing", "Snowflake", None, EN, "Snezhinka", L, "venue name Снежинка translated"),
    ("mt-16-skiing", "17,8", None, DN, "17.8", C, "decimal comma"),
    ("mt-16-skiing", "The head coach of the national team Pavel Sedov", None, CAL, "National team head coach Pavel Sedov", L,
     "title word for word"),
    ("mt-16-skiing", "its", "said that its athlete", PRO, "his", C, "'its' for the coach"),
    ("mt-16-skiing", "we will build", None, PRO, "the team will build", L, "reported speech left in the first person"),
    ("mt-16-skiing", "Among the men the strongest turned out", None, CAL, "The men's race was won by", L,
     "Russian frame (среди мужчин сильнейшим оказался)"),
    ("mt-16-skiing", "ardashev", 0, NC, "Ardashev", C, "lowercased surname"),
    ("mt-16-skiing", "ardashev", 1, NC, "Ardashev", C, "lowercased surname"),
    ("mt-16-skiing", "Cross-country skiing Federation of Russia", None, IC, "Cross-Country Skiing Federation of Russia", C,
     "broken casing"),

    # mt-17-wheat (science)
    ("mt-17-wheat", "27 october", None, DN, "27 October", C, "lowercased month"),
    ("mt-17-wheat", "Institute of cytology and genetics", None, IC, "Institute of Cytology and Genetics", C, "broken casing"),
    ("mt-17-wheat", "SO RAN", None, UN, "Siberian Branch of the Russian Academy of Sciences", C, "Russian abbreviation СО РАН"),
    ("mt-17-wheat", "it is said in the communique of the institute", None, CAL, "the institute said", L,
     "говорится в сообщении института"),
    ("mt-17-wheat", "5,6", None, DN, "5.6", C, "decimal comma"),
    ("mt-17-wheat", "its", "its team spent", PRO, "her", C, "'its' for Belova"),
    ("mt-17-wheat", " (the fungus. — Ed.)", None, GL, "", C, "outlet insertion inside the quote"),
    ("mt-17-wheat", ",\" —", None, PU, ",\"", C, "Russian quote-dash"),
    ("mt-17-wheat", "belova", None, NC, "Belova", C, "lowercased surname"),
    ("mt-17-wheat", "Academic Town", None, EN, "Akademgorodok", L, "Академгородок translated"),
    ("mt-17-wheat", "we are counting on", None, PRO, "the researchers are counting on", L,
     "reported speech left in the first person"),

    # mt-18-snowfall (weather/disasters)
    ("mt-18-snowfall", "2 december", None, DN, "2 December", C, "lowercased month"),
    ("mt-18-snowfall", "Eagle", 0, EN, "Oryol", C, "city Орёл translated as a common noun"),
    ("mt-18-snowfall", "reported the regional center for hydrometeorology", None, CAL,
     "the regional hydrometeorological center reported", L, "inverted attribution"),
    ("mt-18-snowfall", "A yellow level of danger", None, CAL, "A yellow weather warning", L, "жёлтый уровень опасности"),
    ("mt-18-snowfall", "it", "that it personally checks", PRO, "he", C, "'it' for the mayor"),
    ("mt-18-snowfall", "Gibdd", None, UN, "traffic police", C, "Russian abbreviation ГИБДД"),
    ("mt-18-snowfall", "ryabov", None, NC, "Ryabov", C, "lowercased surname"),
    ("mt-18-snowfall", "Eagle", 1, EN, "Oryol", C, "city Орёл translated as a common noun"),
    ("mt-18-snowfall", "Hydrometeorological center of Russia", None, IC, "Hydrometeorological Center of Russia", C,
     "broken casing"),
    ("mt-18-snowfall", "1,5", None, DN, "1.5", C, "decimal comma"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=("/work/main/eval/blind-mixed/gold.jsonl",
                                "/work/main/eval/blind-mixed-2/gold.jsonl",
                                "/work/main/eval/blind-mixed-3/gold.jsonl"), details=True))
