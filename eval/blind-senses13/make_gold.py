"""Gold for eval/blind-senses13 (Russian word senses and collocations word for word, category calque):
a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-handball", "training gatherings", "hold training gatherings", CAL, "a training camp", C, "учебно-тренировочные сборы"),
    ("mt-01-handball", "control matches", "two control matches", CAL, "warm-up matches", C, "контрольные матчи"),
    ("mt-01-handball", "the injury of the knee", "the injury of the knee", CAL, "her knee injury", C, "травма колена"),
    ("mt-01-handball", "main composition", "the main composition", CAL, "first team", C, "основной состав"),
    ("mt-01-handball", "trauma of the ankle", "trauma of the ankle", CAL, "ankle injury", C, "травма голеностопа"),
    ("mt-01-handball", "will perform", "club will perform", CAL, "will play", C, "выступит"),
    ("mt-01-handball", "acting champion", "The acting champion", CAL, "reigning champion", C, "действующий чемпион"),
    ("mt-01-handball", "judge of the match", "the judge of the match", CAL, "referee", C, "судья матча"),
    ("mt-01-handball", "sportsmen", "Forty sportsmen", CAL, "athletes", L, "спортсмены"),
    ("mt-02-sugar", "line on processing of beet", "second line on processing of beet", CAL, "beet processing line", C,
     "линия по переработке свёклы"),
    ("mt-02-sugar", "made up", "project made up", CAL, "totalled", C, "составили"),
    ("mt-02-sugar", "The most part of", "The most part of the sugar", CAL, "Most of", C, "большая часть"),
    ("mt-02-sugar", "realized", "will be realized", CAL, "sold", C, "реализован"),
    ("mt-02-sugar", "makes up", "farmers makes up", CAL, "is", C, "составляет"),
    ("mt-02-sugar", "will act", "rail will act", CAL, "will apply", C, "будет действовать"),
    ("mt-02-sugar", "explained it by the fact that", "explained it by the fact that", CAL, "said this was because", C,
     "объяснил это тем, что"),
    ("mt-02-sugar", "refuse gas boilers", "fully refuse gas boilers", CAL, "stop using gas boilers", C, "откажется от"),
    ("mt-02-sugar", "qualified cadres", "qualified cadres", CAL, "skilled staff", C, "квалифицированные кадры"),
    ("mt-02-sugar", "left abroad", "young engineers left abroad", CAL, "moved abroad", C, "уехали за границу"),
    ("mt-02-sugar", "the average age of the worker grew to", "the average age of the worker grew to", CAL,
     "the average age of workers rose to", C, "средний возраст работника вырос до"),
    ("mt-03-flu", "were registered", "month were registered", CAL, "there have been", C, "зарегистрировано"),
    ("mt-03-flu", "Mass events", "Mass events in schools", CAL, "Public events", L, "массовые мероприятия"),
    ("mt-03-flu", "children's gardens", "schools and children's gardens", CAL, "kindergartens", C, "детские сады"),
    ("mt-03-flu", "urge not to postpone", "urge not to postpone", CAL, "urge people not to put off", C, "призывают не откладывать"),
    ("mt-03-flu", "grafting", "postpone the grafting", CAL, "vaccination", C, "прививка"),
    ("mt-03-flu", "grafting", "The grafting is free", CAL, "vaccination", C, "прививка"),
    ("mt-03-flu", "proceeds in a heavy form", "proceeds in a heavy form", CAL, "is severe", C, "протекает в тяжёлой форме"),
    ("mt-03-flu", "urge to call", "urge to call", CAL, "urge people to call", C, "призывают вызывать"),
    ("mt-03-flu", "address to the hospital", "address to the hospital", CAL, "contact the hospital", C, "обратиться в больницу"),
    ("mt-04-itpark", "centre on development of software", "centre on development of software", CAL,
     "software development centre", C, "центр по разработке"),
    ("mt-04-itpark", "realized", "will be realized with", CAL, "carried out", L, "реализован"),
    ("mt-04-itpark", "left abroad", "developers left abroad", CAL, "moved abroad", C, "уехали за границу"),
    ("mt-04-itpark", "carry out a forum", "carry out a forum", CAL, "hold a forum", C, "провести форум"),
    ("mt-04-itpark", "conduct excursions", "conduct excursions", CAL, "run tours", C, "проводить экскурсии"),
    ("mt-04-itpark", "salary fork", "The salary fork", CAL, "salary range", C, "вилка зарплат"),
    ("mt-04-itpark", "makes up", "developers makes up", CAL, "is", C, "составляет"),
    ("mt-04-itpark", "acting legislation", "The acting legislation", CAL, "Current legislation", C, "действующее законодательство"),
    ("mt-04-itpark", "will act", "benefit will act", CAL, "will remain in force", C, "будет действовать"),
    ("mt-04-itpark", "profile ministry", "The profile ministry", CAL, "relevant ministry", C, "профильное министерство"),
    ("mt-04-itpark", "cadres", "shortage of cadres", CAL, "staff", C, "кадры"),
    ("mt-04-itpark", "all-Russian action", "the all-Russian action", CAL, "nationwide campaign", C, "всероссийская акция"),
    ("mt-05-busdepot", "of the brand LiAZ", "buses of the brand LiAZ", CAL, "made by LiAZ", C, "марки ЛиАЗ"),
    ("mt-05-busdepot", "put into exploitation", "put into exploitation", CAL, "put into service", C, "введены в эксплуатацию"),
    ("mt-05-busdepot", "refuse the use of", "refuse the use of", CAL, "stop using", C, "откажется от использования"),
    ("mt-05-busdepot", "park of the depot", "The park of the depot", CAL, "depot's fleet", C, "парк"),
    ("mt-05-busdepot", "accident on the water main", "an accident on the water main", CAL, "a burst water main", C,
     "авария на водоводе"),
    ("mt-05-busdepot", "emergency-restoration works", "emergency-restoration works", CAL, "repairs", C,
     "аварийно-восстановительные работы"),
    ("mt-05-busdepot", "Information arrived", "Information arrived about", CAL, "There were reports", C, "поступила информация"),
    ("mt-05-busdepot", "will act", "timetable will act", CAL, "will apply", C, "будет действовать"),
    ("mt-05-busdepot", "makes up", "salary makes up", CAL, "is", C, "составляет"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
