"""Gold for eval/blind-real14 (real14: the kinds real machine translation of Russian regional news
shows most: subjectless indefinite-personal sentences, Russian news formulas word for word,
passive attribution and dash-framed speech), a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, PU, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-library", "in our plot", "opening ceremony in our plot", CAL, "in our report", C, "в нашем сюжете"),
    ("mt-01-library", "Within the walls of the library now work a coworking zone",
     "Within the walls of the library now work a coworking zone", CAL, "The library now has a coworking zone", C,
     "в стенах библиотеки теперь работают"),
    ("mt-01-library", "gave the start to", "gave the start to", CAL, "launched", C, "дал старт"),
    ("mt-01-library", "the director of the library Olga Seliverstova", "the director of the library Olga Seliverstova",
     CAL, "library director Olga Seliverstova", L, "apposition"),
    ("mt-01-library", "about libraries today often remember", "about libraries today often remember", CAL,
     "people today often remember libraries", C, "о библиотеках сегодня часто вспоминают"),
    ("mt-01-library", "Promise that", "Promise that the new hall", CAL, "The library promises that", C, "обещают"),
    ("mt-01-library", "Also plan to open", "Also plan to open", CAL, "The library also plans to open", C,
     "также планируют"),
    ("mt-01-library", "Day of the Library", "On the Day of the Library", CAL, "Library Day", L, "День библиотек"),
    ("mt-01-library", "was noted by the head of the city", "was noted by the head of the city", CAL,
     "the mayor noted", C, "отметил глава города (passive)"),
    ("mt-02-summercamp", "This is reported the press service of the regional department of education",
     "This is reported the press service of the regional department of education", CAL, "the regional education department's press service reported", C,
     "сообщает пресс-служба (no 'by')"),
    ("mt-02-summercamp", "On Monday, June 2, announced that", "On Monday, June 2, announced that", CAL,
     "The department announced on Monday, June 2, that", C, "в понедельник сообщили"),
    ("mt-02-summercamp", "Spent on it 18 million rubles", "Spent on it 18 million rubles", CAL,
     "18 million rubles were spent on it", C, "потратили на это"),
    ("mt-02-summercamp", "Before the shift checked every building", "Before the shift checked every building", CAL,
     "Before the shift, inspectors checked every building", C, "перед сменой проверили"),
    ("mt-02-summercamp", "Warn that", "Warn that without", CAL, "Officials warn that", C, "предупреждают"),
    ("mt-02-summercamp", "it will not work to get", "it will not work to get", CAL, "a child cannot get", C,
     "не получится"),
    ("mt-02-summercamp", "the governor of the region Vladimir Mazur", "the governor of the region Vladimir Mazur", CAL,
     "regional Governor Vladimir Mazur", L, "apposition"),
    ("mt-02-summercamp", "held a reception of citizens", "held a reception of citizens", CAL, "met residents", C,
     "провёл приём граждан"),
    ("mt-03-choir", "The victory was congratulated by the mayor of the city Nikolai Lyadin",
     "The victory was congratulated by the mayor of the city Nikolai Lyadin", CAL, "Mayor Nikolai Lyadin congratulated the choir", C,
     "с победой поздравил (passive)"),
    ("mt-03-choir", "—", "— We have been", PU, "\"", C, "dialogue dash"),
    ("mt-03-choir", "the head of the choir Tamara Orlova told", "the head of the choir Tamara Orlova told", CAL,
     "said choir leader Tamara Orlova", L, "рассказала руководитель хора"),
    ("mt-03-choir", "left life", "left life last spring", CAL, "died", C, "ушла из жизни"),
    ("mt-03-choir", "In addition, decided to record", "In addition, decided to record", CAL,
     "The choir also decided to record", C, "кроме того, решили"),
    ("mt-03-choir", "30 collectives", "30 collectives", CAL, "30 groups", L, "коллективы"),
    ("mt-03-choir", "About it wrote many local newspapers", "About it wrote many local newspapers", CAL,
     "Many local newspapers wrote about it", C, "об этом написали"),
    ("mt-04-drivingschool", "Informed about this the press service of the regional traffic police",
     "Informed about this the press service of the regional traffic police", CAL, "The regional traffic police press service said this", C,
     "сообщили об этом в пресс-службе"),
    ("mt-04-drivingschool", "Checked the new route", "Checked the new route", CAL, "Inspectors checked the new route",
     C, "проверили"),
    ("mt-04-drivingschool", "As explained in the department", "As explained in the department", CAL,
     "As the department explained", C, "как пояснили в ведомстве"),
    ("mt-04-drivingschool", "Often confuse the rules of passing a roundabout even experienced drivers",
     "Often confuse the rules of passing a roundabout even experienced drivers", CAL, "Even experienced drivers often confuse the rules for roundabouts", C,
     "часто путают даже опытные водители"),
    ("mt-04-drivingschool", "a mass of complaints", "a mass of complaints", CAL, "many complaints", C, "масса жалоб"),
    ("mt-04-drivingschool", "carried away the life of", "carried away the life of", CAL, "killed", C, "унесла жизнь"),
    ("mt-04-drivingschool", "in electronic queue", "in electronic queue", CAL, "through an online queue", L,
     "в электронной очереди"),
    ("mt-05-searchparty", "found alive a 67-year-old man", "found alive a 67-year-old man", CAL,
     "found a 67-year-old man alive", L, "нашли живым"),
    ("mt-05-searchparty", "About this was reported by the coordinator of the detachment",
     "About this was reported by the coordinator of the detachment", CAL, "the team's coordinator said", C, "об этом сообщил координатор"),
    ("mt-05-searchparty", "Found the pensioner", "Found the pensioner", CAL, "Volunteers found the pensioner", C,
     "нашли пенсионера"),
    ("mt-05-searchparty", "On Saturday, September 14, joined the search more than 80 people",
     "On Saturday, September 14, joined the search more than 80 people", CAL, "More than 80 people joined the search on Saturday", C,
     "к поискам присоединились"),
    ("mt-05-searchparty", "in a state of moderate severity", "in a state of moderate severity", CAL,
     "in a moderately serious condition", L, "в состоянии средней тяжести"),
    ("mt-05-searchparty", "in the forest get lost dozens of mushroom pickers", "in the forest get lost dozens of mushroom pickers", CAL,
     "dozens of mushroom pickers get lost in the forest", C, "в лесу теряются десятки"),
    ("mt-05-searchparty", "Recommend to take", "Recommend to take", CAL, "Volunteers recommend taking", C,
     "рекомендуют взять"),
    ("mt-05-searchparty", "the excitation of a criminal case", "the excitation of a criminal case", CAL,
     "the opening of a criminal case", C, "возбуждение уголовного дела"),
    ("mt-05-searchparty", "was reported by the investigators", "was reported by the investigators", CAL,
     "investigators reported", L, "сообщили следователи (passive)"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
