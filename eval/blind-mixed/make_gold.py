"""Gold for the held-out set blind-mixed: a table, offsets by exact search (eval/goldkit.py).

Run:  python eval/blind-mixed/make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it. This
set's own bounds: every MT doc has 4-11 artifacts, every doc 250-500 words, and no 8-word run
is shared with /work/shared/corpus or the seeds (the set must be written in its own words); a
run shared with the repo's eval/ texts in /work/main is reported as a note.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import (CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, INC,
                     MAIN_EVAL, NC, PRO, PU, UN, C, L, run)

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BANNER = ("THIS MATERIAL (INFORMATION) IS PRODUCED AND (OR) DISTRIBUTED BY A FOREIGN MEDIA OUTLET "
          "PERFORMING THE FUNCTIONS OF A FOREIGN AGENT AND (OR) A RUSSIAN LEGAL ENTITY PERFORMING "
          "THE FUNCTIONS OF A FOREIGN AGENT\n\n")

ROWS = [
    # mt-01-hockey (sport)
    ("mt-01-hockey", "14 november", None, DN, "14 November", C, "lowercased month"),
    ("mt-01-hockey", "with the score 3:2", None, CAL, "3-2", L, "со счётом 3:2"),
    ("mt-01-hockey", "For it", None, PRO, "For him", C, "'it' for the forward Galiev (для него)"),
    ("mt-01-hockey", "in the minority", None, CAL, "shorthanded", L, "в меньшинстве"),
    ("mt-01-hockey", "Wolves", None, EN, "Volkov", C, "surname Волков rendered as a common noun"),
    ("mt-01-hockey", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation before the attribution"),
    ("mt-01-hockey", "told journalists at the press conference the mentor of the Omsk team Oleg Rybalko", None, CAL,
     "Omsk coach Oleg Rybalko told journalists at the press conference", L, "inverted attribution + наставник + apposition"),
    ("mt-01-hockey", "we did not play our best hockey", None, PRO, "his team had not played its best hockey", L, "reported speech left in the first person"),
    ("mt-01-hockey", "According to it", None, PRO, "According to him", C, "'it' for the coach Serov (по его словам)"),
    ("mt-01-hockey", "17 november", None, DN, "17 November", C, "lowercased month"),

    # mt-02-football (sport)
    ("mt-02-football", "reports the portal Sport-Express", None, CAL, "the Sport-Express portal reports", C, "inverted attribution (сообщает портал)"),
    ("mt-02-football", "june 2028", None, DN, "June 2028", C, "lowercased month"),
    ("mt-02-football", "1,5 mln", None, DN, "1.5 million", C, "decimal comma and Russian 'mln'"),
    ("mt-02-football", "it", "Last season it played", PRO, "he", C, "'it' for the player"),
    ("mt-02-football", " (the social network is banned in Russia; it belongs to the Meta company, recognized as extremist)", None, GL, "", C, "Russian legal disclaimer"),
    ("mt-02-football", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-02-football", "daniil kovalenko", None, NC, "Daniil Kovalenko", C, "lowercased full name"),
    ("mt-02-football", "sportivny", None, UN, "sporting", C, "transliterated спортивный"),
    ("mt-02-football", "we followed", None, PRO, "the club had followed", L, "reported speech left in the first person"),
    ("mt-02-football", "Within the framework of", None, CAL, "During", L, "в рамках"),

    # mt-03-ruble (business/markets)
    ("mt-03-ruble", "92,18", None, DN, "92.18", C, "decimal comma"),
    ("mt-03-ruble", "follows from the trading data", None, CAL, "according to trading data", L, "следует из данных торгов"),
    ("mt-03-ruble", "Moscow exchange", None, IC, "Moscow Exchange", C, "institution name with broken casing"),
    ("mt-03-ruble", "TsB", None, UN, "Central Bank", C, "Russian abbreviation ЦБ transliterated"),
    ("mt-03-ruble", "october", None, DN, "October", C, "lowercased month"),
    ("mt-03-ruble", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-03-ruble", "it", "At the same time, it warned", PRO, "she", C, "'it' for the analyst Leontyeva"),
    ("mt-03-ruble", "92,61", None, DN, "92.61", C, "decimal comma"),
    ("mt-03-ruble", "Mosbirzha", None, UN, "the Moscow Exchange", C, "transliterated Мосбиржа"),
    ("mt-03-ruble", "58,3 bln", None, DN, "58.3 billion", C, "decimal comma and Russian 'bln'"),

    # mt-04-retail (business)
    ("mt-04-retail", "PAO", None, UN, "PJSC", C, "Russian legal-form abbreviation ПАО"),
    ("mt-04-retail", "in 1,8 times", None, CAL, "1.8-fold", L, "в 1,8 раза (with a decimal comma)"),
    ("mt-04-retail", "january–september", None, DN, "January–September", C, "lowercased months"),
    ("mt-04-retail", " (stores. — Interfax)", None, GL, "", C, "source outlet's insertion inside the quote"),
    ("mt-04-retail", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-04-retail", "said the general director of the company Anna Petrenko", None, CAL, "chief executive Anna Petrenko said", L, "inverted attribution + генеральный директор компании apposition"),
    ("mt-04-retail", "450 thousand", None, DN, "450,000", C, "Russian number word"),
    ("mt-04-retail", "IV quarter", None, DN, "fourth quarter", C, "Roman-numeral quarter (Russian convention)"),
    ("mt-04-retail", "that I expect", None, PRO, "that she expected", L, "reported speech left in the first person"),
    ("mt-04-retail", "federal antimonopoly Service", None, IC, "Federal Antimonopoly Service", C, "broken casing"),

    # mt-05-museum (culture)
    ("mt-05-museum", "«Северный свет»", None, UN, "“Northern Light”", C, "Cyrillic title left in (with guillemets)"),
    ("mt-05-museum", "XIX century", None, DN, "19th century", C, "Roman-numeral century"),
    ("mt-05-museum", "Tretyakov gallery", None, IC, "Tretyakov Gallery", C, "broken casing"),
    ("mt-05-museum", "12 january", None, DN, "12 January", C, "lowercased month"),
    ("mt-05-museum", "reports the press service of the museum", None, CAL, "the museum's press service reports", C, "inverted attribution"),
    ("mt-05-museum", " (Levitan. — Ed.)", None, GL, "", C, "outlet's clarification inside the quote"),
    ("mt-05-museum", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-05-museum", "explained the curator of the project Love Kuznetsova", None, CAL, "project curator Lyubov Kuznetsova explained", L, "inverted attribution + apposition"),
    ("mt-05-museum", "Love", "project Love Kuznetsova", EN, "Lyubov", C, "first name Любовь translated as 'Love'"),
    ("mt-05-museum", "it had", "canvases it had to obtain", PRO, "she had", C, "'it' for the curator (ей пришлось)"),

    # mt-06-film (culture)
    ("mt-06-film", "15 june", None, DN, "15 June", C, "lowercased month"),
    ("mt-06-film", "Peaceful", None, EN, "Mirny", C, "town Мирный translated by meaning"),
    ("mt-06-film", "its", "award to its mother", PRO, "his", C, "'its' for the director"),
    ("mt-06-film", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-06-film", "vera Sorokina", None, NC, "Vera Sorokina", C, "lowercased first name"),
    ("mt-06-film", "Gildiya kinokritikov", None, UN, "Guild of Film Critics", C, "transliterated Гильдия кинокритиков"),
    ("mt-06-film", "was also noted by a scandal", None, CAL, "was also marred by a scandal", L, "ознаменовался скандалом"),
    ("mt-06-film", " (recognized as a foreign agent)", None, GL, "", C, "Russian legal disclaimer"),
    ("mt-06-film", "Ministry of culture", None, IC, "Ministry of Culture", C, "broken casing"),
    ("mt-06-film", "Timofey", None, INC, "Timofei", L, "same person spelled Timofei earlier in the text"),

    # mt-07-court (crime/courts)
    ("mt-07-court", BANNER, None, GL, "", C, "foreign-agent banner of the source outlet"),
    ("mt-07-court", "of colony of general regime", None, CAL, "in a general-regime penal colony", L, "колонии общего режима"),
    ("mt-07-court", "it", "found it guilty", PRO, "her", C, "'it' for the defendant"),
    ("mt-07-court", "38,6 mln", None, DN, "38.6 million", C, "decimal comma and Russian 'mln'"),
    ("mt-07-court", "informs the regional prosecutor's office", None, CAL, "the regional prosecutor's office reports", C, "inverted attribution"),
    ("mt-07-court", "Investigative committee", None, IC, "Investigative Committee", C, "broken casing"),
    ("mt-07-court", "3 april", None, DN, "3 April", C, "lowercased month"),
    ("mt-07-court", "SIZO", None, UN, "pretrial detention center", C, "Russian abbreviation СИЗО"),
    ("mt-07-court", "In the last word", None, CAL, "In her final statement", L, "в последнем слове"),
    ("mt-07-court", "that I did not take", None, PRO, "that she had not taken", L, "reported speech left in the first person"),

    # mt-08-police (crime)
    ("mt-08-police", "In Moscow detained a 27-year-old blogger", None, CAL, "Moscow police detained 27-year-old blogger", L, "subjectless Russian sentence (В Москве задержали)"),
    ("mt-08-police", "About this informs the press service of the capital GU MVD", None, CAL, "This was reported by the press service of the Moscow police", L, "Об этом сообщает пресс-служба"),
    ("mt-08-police", "GU MVD", None, UN, "police department", C, "Russian abbreviation ГУ МВД"),
    ("mt-08-police", "21 august", None, DN, "21 August", C, "lowercased month"),
    ("mt-08-police", " (belongs to the company Meta, which is recognized as an extremist organization and banned in the Russian Federation)", None, GL, "", C, "Russian legal disclaimer"),
    ("mt-08-police", "1,2 mln", None, DN, "1.2 million", C, "decimal comma and Russian 'mln'"),
    ("mt-08-police", "GIBDD", None, UN, "traffic police", C, "Russian abbreviation ГИБДД"),
    ("mt-08-police", "Hares", None, EN, "Zaitsev", C, "surname Зайцев rendered as a common noun"),
    ("mt-08-police", "it", "where it explained", PRO, "he", C, "'it' for the blogger"),
    ("mt-08-police", "on the fact of hooliganism", None, CAL, "for hooliganism", L, "по факту хулиганства"),

    # mt-09-flu (health)
    ("mt-09-flu", "ORVI", None, UN, "acute respiratory viral infections", C, "Russian abbreviation ОРВИ"),
    ("mt-09-flu", "14,3%", None, DN, "14.3%", C, "decimal comma"),
    ("mt-09-flu", "subjects of the Russian Federation", None, CAL, "Russian regions", L, "субъектах РФ"),
    ("mt-09-flu", "informs Rospotrebnadzor", None, CAL, "Rospotrebnadzor reports", C, "inverted attribution"),
    ("mt-09-flu", "Ministry of health", None, IC, "Ministry of Health", C, "broken casing"),
    ("mt-09-flu", "which is at the disposal of the editorial office", None, CAL, "seen by the editors", L, "имеется в распоряжении редакции"),
    ("mt-09-flu", "Минздрав", None, UN, "the Health Ministry", C, "Cyrillic word left in"),
    ("mt-09-flu", "According to it", None, PRO, "According to her", C, "'it' for the therapist"),
    ("mt-09-flu", "you will manage to avoid a serious wave if you get vaccinated", None, PRO,
     "a serious wave can be avoided if people get vaccinated", L, "reported speech left in the second person"),
    ("mt-09-flu", "mid-december", None, DN, "mid-December", C, "lowercased month"),

    # mt-10-archaeology (science)
    ("mt-10-archaeology", "on the territory of", None, CAL, "inside", L, "на территории"),
    ("mt-10-archaeology", "gramota", None, UN, "letter", C, "transliterated грамота"),
    ("mt-10-archaeology", "reports the press service of the institute", None, CAL, "the institute's press service reports", C, "inverted attribution"),
    ("mt-10-archaeology", "Institute of archaeology of the Russian academy of sciences", None, IC,
     "Institute of Archaeology of the Russian Academy of Sciences", C, "broken casing"),
    ("mt-10-archaeology", "her", "dated her to", PRO, "it", C, "'her' for the letter (грамота, feminine)"),
    ("mt-10-archaeology", "XII century", None, DN, "12th century", C, "Roman-numeral century"),
    ("mt-10-archaeology", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-10-archaeology", "Eagles", None, EN, "Orlov", C, "surname Орлов rendered as a common noun"),
    ("mt-10-archaeology", "It", "It believes", PRO, "He", C, "'it' for the archaeologist"),
    ("mt-10-archaeology", "RAN", None, UN, "RAS", C, "Russian abbreviation РАН"),

    # mt-11-heating (regional)
    ("mt-11-heating", "early october", None, DN, "early October", C, "lowercased month"),
    ("mt-11-heating", "On the territory of the settlement", None, CAL, "In the village", L, "на территории поселка"),
    ("mt-11-heating", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-11-heating", "told a local resident Natalia Baranova", None, CAL, "local resident Natalia Baranova said", L, "inverted attribution"),
    ("mt-11-heating", "Swans", None, EN, "Lebedev", C, "surname Лебедев rendered as a common noun"),
    ("mt-11-heating", "25 october", None, DN, "25 October", C, "lowercased month"),
    ("mt-11-heating", "that I will not accept", None, PRO, "that he would not accept", L, "reported speech left in the first person"),
    ("mt-11-heating", "18,4 mln", None, DN, "18.4 million", C, "decimal comma and Russian 'mln'"),
    ("mt-11-heating", "informs the regional department of ZhKKh", None, CAL, "the regional housing and utilities department reports", L, "inverted attribution"),
    ("mt-11-heating", "ZhKKh", None, UN, "housing and utilities", C, "Russian abbreviation ЖКХ"),

    # mt-12-flood (weather/disasters)
    ("mt-12-flood", "the river Ural", None, CAL, "the Ural River", L, "река Урал word order"),
    ("mt-12-flood", "informs the regional main directorate of the MChS", None, CAL, "the regional branch of the Emergencies Ministry reports", L, "inverted attribution + ГУ МЧС word for word"),
    ("mt-12-flood", "MChS", None, UN, "Emergencies Ministry", C, "Russian abbreviation МЧС"),
    ("mt-12-flood", "5,5 thousand", None, DN, "5,500", C, "decimal comma and Russian 'thousand'"),
    ("mt-12-flood", "9 april", None, DN, "9 April", C, "lowercased month"),
    ("mt-12-flood", "Andrei pakhomov", None, NC, "Andrei Pakhomov", C, "lowercased surname"),
    ("mt-12-flood", "it", "said that it did not expect", PRO, "he", C, "'it' for the mayor"),
    ("mt-12-flood", "— ", "— We relied", PU, "“", C, "Russian dialogue dash opening the quote"),
    ("mt-12-flood", " (the dam. — RIA Novosti)", None, GL, "", C, "source outlet's insertion inside the quote"),
    ("mt-12-flood", ", —", ", — Pakhomov said", PU, ",”", C, "Russian dialogue punctuation before the attribution"),

    # mt-13-spring (weather)
    ("mt-13-spring", "the second decade of march", None, CAL, "mid-March", L, "вторая декада марта"),
    ("mt-13-spring", "march", "second decade of march", DN, "March", C, "lowercased month"),
    ("mt-13-spring", "Her words convey RIA Novosti", None, CAL, "RIA Novosti quotes her", C, "Её слова передаёт РИА Новости"),
    ("mt-13-spring", "According to it", None, PRO, "According to her", C, "'it' for the forecaster"),
    ("mt-13-spring", "april", None, DN, "April", C, "lowercased month"),
    ("mt-13-spring", "\", —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-13-spring", "it", "— it added", PRO, "she", C, "'it' for the forecaster"),
    ("mt-13-spring", "in the federal weather service noted", None, CAL, "the federal weather service noted", L, "subjectless Russian sentence (в ... отметили)"),
    ("mt-13-spring", "Gidromettsentr", None, UN, "Hydrometeorological Center", C, "transliterated Гидрометцентр"),
    ("mt-13-spring", "early may", None, DN, "early May", C, "lowercased month (the month, not the verb)"),

    # mt-14-vpn (tech)
    ("mt-14-vpn", "1 september", None, DN, "1 September", C, "lowercased month"),
    ("mt-14-vpn", "informs the newspaper Izvestia", None, CAL, "the newspaper Izvestia reports", C, "inverted attribution"),
    ("mt-14-vpn", "we do not block anything ourselves", None, PRO, "they do not block anything themselves", L, "reported speech left in the first person"),
    ("mt-14-vpn", "In the RKN the information was not commented", None, CAL, "Roskomnadzor did not comment on the information", L, "subjectless Russian passive (в РКН не прокомментировали)"),
    ("mt-14-vpn", "RKN", None, UN, "Roskomnadzor", C, "Russian abbreviation РКН"),
    ("mt-14-vpn", "july", None, DN, "July", C, "lowercased month"),
    ("mt-14-vpn", "zakonoproekt", None, UN, "bill", C, "transliterated законопроект"),
    ("mt-14-vpn", "500 thousand", None, DN, "500,000", C, "Russian number word"),
    ("mt-14-vpn", "Pavel durov", None, NC, "Pavel Durov", C, "lowercased surname"),
    ("mt-14-vpn", "its", "on its channel", PRO, "his", C, "'its' for Durov"),

    # mt-15-launch (tech/space)
    ("mt-15-launch", "«", None, PU, "“", C, "Russian guillemet"),
    ("mt-15-launch", "»", None, PU, "”", C, "Russian guillemet"),
    ("mt-15-launch", "28 february", None, DN, "28 February", C, "lowercased month"),
    ("mt-15-launch", "reports the state corporation Roscosmos", None, CAL, "the state corporation Roscosmos reports", C, "inverted attribution"),
    ("mt-15-launch", "within the framework of", None, CAL, "under", L, "в рамках"),
    ("mt-15-launch", "it", "satellite, it congratulated", PRO, "he", C, "'it' for the Roscosmos chief"),
    ("mt-15-launch", "will allow to receive", None, CAL, "will make it possible to receive", L, "позволит получать"),
    ("mt-15-launch", "on the whole territory of the country", None, CAL, "for the whole country", L, "на всей территории страны"),
    ("mt-15-launch", "december", None, DN, "December", C, "lowercased month"),
    ("mt-15-launch", "january", None, DN, "January", C, "lowercased month"),

    # mt-16-drones (military)
    ("mt-16-drones", "On-duty means of air defense", None, CAL, "Air defense systems on duty", L, "дежурные средства ПВО"),
    ("mt-16-drones", "BPLA", None, UN, "drones", C, "Russian abbreviation БПЛА"),
    ("mt-16-drones", "informs the military department", None, CAL, "the Defence Ministry reports", L, "inverted attribution + военное ведомство word for word"),
    ("mt-16-drones", "Ministry of defence", None, IC, "Ministry of Defence", C, "broken casing"),
    ("mt-16-drones", "its", "in its Telegram", PRO, "his", C, "'its' for the governor"),
    ("mt-16-drones", "\" —", None, PU, "\"", C, "Russian direct-speech punctuation (dash after the closing quote)"),
    ("mt-16-drones", "of medium severity", None, CAL, "moderate", L, "средней тяжести"),
    ("mt-16-drones", "early june", None, DN, "early June", C, "lowercased month"),
    ("mt-16-drones", "Tyotkino", None, INC, "Tetkino", L, "same village spelled Tetkino earlier in the text"),
    ("mt-16-drones", " (recognized as a terrorist organization and banned in the Russian Federation)", None, GL, "", C, "Russian legal disclaimer"),

    # mt-17-conscription (military)
    ("mt-17-conscription", "135 thousand", 0, DN, "135,000", C, "Russian number word (headline)"),
    ("mt-17-conscription", "1 october to 31 december", None, DN, "1 October to 31 December", C, "lowercased months"),
    ("mt-17-conscription", "135 thousand", 1, DN, "135,000", C, "Russian number word"),
    ("mt-17-conscription", "General staff", None, IC, "General Staff", C, "broken casing"),
    ("mt-17-conscription", "we will not send conscripts", None, PRO, "conscripts would not be sent", L, "reported speech left in the first person"),
    ("mt-17-conscription", "voenkomat", None, UN, "military enlistment office", C, "transliterated военкомат"),
    ("mt-17-conscription", " (military commissariat — translator's note)", None, GL, "", C, "translator's note left in the text"),
    ("mt-17-conscription", "In the military department explained", None, CAL, "The Defense Ministry explained", L, "subjectless Russian sentence (В военном ведомстве пояснили)"),
    ("mt-17-conscription", "Ministry of defense", None, IC, "Ministry of Defense", C, "broken casing"),
    ("mt-17-conscription", "it", "journalists, it said", PRO, "he", C, "'it' for the vice admiral"),

    # mt-18-duma (politics)
    ("mt-18-duma", "50 thousand", None, DN, "50,000", C, "Russian number word"),
    ("mt-18-duma", "state Duma", None, IC, "State Duma", C, "broken casing"),
    ("mt-18-duma", "will allow to preserve", None, CAL, "will help preserve", L, "позволит сохранить"),
    ("mt-18-duma", ",\" —", None, PU, ",\"", C, "Russian direct-speech punctuation"),
    ("mt-18-duma", "it", "— it wrote", PRO, "he", C, "'it' for Volodin"),
    ("mt-18-duma", "its", "on its Telegram", PRO, "his", C, "'its' for Volodin"),
    ("mt-18-duma", "New people", None, IC, "New People", C, "party name with broken casing"),
    ("mt-18-duma", "1 march", None, DN, "1 March", C, "lowercased month"),
    ("mt-18-duma", "Ministry of industry and trade", None, IC, "Ministry of Industry and Trade", C, "broken casing"),
    ("mt-18-duma", "95 bln", None, DN, "95 billion", C, "Russian 'bln'"),

    # mt-19-budapest (politics)
    ("mt-19-budapest", "since 2022 year", None, CAL, "since 2022", C, "с 2022 года"),
    ("mt-19-budapest", "deputy Foreign minister", None, IC, "Deputy Foreign Minister", C, "title with broken casing"),
    ("mt-19-budapest", "Siyarto", None, EN, "Szijjarto", C, "misheard back-transliteration of Сийярто"),
    ("mt-19-budapest", "april", None, DN, "April", C, "lowercased month"),
    ("mt-19-budapest", " [in Budapest]", None, GL, "", L, "bracketed insertion by the source outlet"),
    ("mt-19-budapest", "” —", None, PU, ",”", C, "Russian direct-speech punctuation (dash after the closing quote)"),
    ("mt-19-budapest", "that I consider", None, PRO, "that he considered", L, "reported speech left in the first person"),
    ("mt-19-budapest", " (recognized as an undesirable organization in the Russian Federation)", None, GL, "", C, "Russian legal disclaimer"),
    ("mt-19-budapest", "reports the website of the Russian diplomatic department", None, CAL, "the Russian Foreign Ministry's website reports", L, "inverted attribution + дипведомство word for word"),
    ("mt-19-budapest", "Ministry of foreign affairs", None, IC, "Ministry of Foreign Affairs", C, "broken casing"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 500), artifacts=(4, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, notes_under="/work/main/eval/"))
