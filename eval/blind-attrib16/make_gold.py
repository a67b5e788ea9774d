"""Gold for eval/blind-attrib16 (Russian word order: the speaker after the speech verb, the verb
before its subject after a fronted phrase; a few other artifacts of the same texts): a table,
offsets by exact search. Written 21:10-21:20 UTC on 2026-12-04, before the set was scored.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-dialysis", "informed the deputy head of the regional administration Gleb Tikhonov",
     "informed the deputy head", CAL, "Gleb Tikhonov, deputy head of the regional administration, said", L,
     "сообщил заместитель главы администрации"),
    ("mt-01-dialysis", "emphasized the chief physician of the Michurinsk central district hospital Larisa Yefremova",
     "emphasized the chief", CAL, "said Larisa Yefremova, chief physician of the Michurinsk district hospital", L,
     "подчеркнула главный врач"),
    ("mt-01-dialysis", "In the centre will work", "In the centre will work", CAL, "The centre will employ", L,
     "в центре будут работать"),
    ("mt-01-dialysis", "made up", "project made up", CAL, "was", L, "составила"),
    ("mt-01-dialysis", "specified to the correspondent of the agency in the regional ministry of health",
     "specified to the correspondent", CAL, "the regional health ministry told the agency", L,
     "уточнили корреспонденту агентства в министерстве"),
    ("mt-01-dialysis", "Next year will open", "Next year will open", CAL, "A similar centre will open next year", L,
     "в следующем году откроется"),
    ("mt-01-dialysis", "is convinced the head of the regional health ministry Vladimir Kulikov",
     "is convinced the head", CAL, "regional health minister Vladimir Kulikov is convinced", L, "уверен глава"),
    ("mt-01-dialysis", "Already now on the waiting list are registered", "Already now on the waiting list are registered",
     CAL, "About 60 people are already on the waiting list", L, "уже сейчас в листе ожидания зарегистрированы"),

    ("mt-02-skatepark", "reported to the correspondent of \"Vyatka Today\" in the committee on youth policy of the city administration",
     "reported to the correspondent", CAL, "the city's youth policy committee told Vyatka Today", L,
     "сообщили корреспонденту … в комитете"),
    ("mt-02-skatepark", "At the opening were present", "At the opening were present", CAL,
     "The opening was attended by", L, "на открытии присутствовали"),
    ("mt-02-skatepark", "head of the city", "the head of the city Yelena", CAL, "mayor", L, "глава города"),
    ("mt-02-skatepark", "In the first day on the ramps performed", "In the first day on the ramps performed", CAL,
     "On the first day, teams … performed on the ramps", L, "в первый день на рампах выступили"),
    ("mt-02-skatepark", "From the city budget were allocated", "From the city budget were allocated", CAL,
     "The city budget provided", L, "из бюджета выделено"),
    ("mt-02-skatepark", "one more 20 million gave the sponsor", "one more 20 million gave the sponsor", CAL,
     "another 20 million came from the sponsor", L, "ещё 20 млн дал спонсор"),
    ("mt-02-skatepark", "shared with the journalists the organizer of the city skateboarding federation Denis Shubin",
     "shared with the journalists", CAL, "Denis Shubin of the city skateboarding federation told reporters", L,
     "поделился с журналистами организатор"),
    ("mt-02-skatepark", "Next spring in the park will appear", "Next spring in the park will appear", CAL,
     "A pump track … will appear in the park next spring", L, "следующей весной в парке появятся"),
    ("mt-02-skatepark", "announced the chairman of the committee on youth policy Artem Zaitsev",
     "announced the chairman", CAL, "youth policy committee chairman Artem Zaitsev announced", L, "сообщил председатель"),
    ("mt-02-skatepark", "In the summer season at the park will work", "In the summer season at the park will work", CAL,
     "Instructors will work at the park in the summer season", L, "в летний сезон в парке будут работать"),

    ("mt-03-orchestra", "told TASS the director of the philharmonic Yuri Nekrasov", "told TASS the director", CAL,
     "philharmonic director Yuri Nekrasov told TASS", L, "рассказал ТАСС директор"),
    ("mt-03-orchestra", "In the tour will take part", "In the tour will take part", CAL,
     "64 musicians and two soloists will take part in the tour", L, "в гастролях примут участие"),
    ("mt-03-orchestra", "noted the artistic director and chief conductor of the orchestra Mikhail Gurvich",
     "noted the artistic director", CAL, "said Mikhail Gurvich, the orchestra's artistic director and chief conductor",
     L, "отметил художественный руководитель и главный дирижёр"),
    ("mt-03-orchestra", "the collective", "time the collective went", CAL, "the orchestra", L, "коллектив"),
    ("mt-03-orchestra", "said after the rehearsal the concertmaster of the orchestra Irina Sablina",
     "said after the rehearsal", CAL, "the orchestra's leader Irina Sablina said after the rehearsal", L,
     "сказала после репетиции концертмейстер"),
    ("mt-03-orchestra", "About this informed the press service of the regional ministry of culture",
     "About this informed", CAL, "the regional culture ministry's press service said", L, "об этом сообщила пресс-служба"),
    ("mt-03-orchestra", "clarified in the ministry", "clarified in the ministry", CAL, "the ministry said", L,
     "уточнили в министерстве"),

    ("mt-04-taxes", "From 1 February will change", "From 1 February will change", CAL,
     "From 1 February, the procedure … will change", L, "с 1 февраля изменится"),
    ("mt-04-taxes", "explained the head of the department of the Federal tax service for the Kaluga region Natalia Vorobyova",
     "explained the head of the department", CAL,
     "said Natalia Vorobyova, head of the Federal Tax Service's Kaluga region office", L, "пояснила руководитель"),
    ("mt-04-taxes", "the inspection", "brought to the inspection", CAL, "the tax office", L, "инспекция"),
    ("mt-04-taxes", "the deduction in the region received more than 38 thousand people",
     "the deduction in the region received", CAL, "more than 38,000 people in the region received the deduction", L,
     "вычет получили более 38 тысяч человек"),
    ("mt-04-taxes", "reminded the press secretary of the department", "reminded the press secretary", CAL,
     "the department's press secretary said", L, "напомнила пресс-секретарь"),
    ("mt-04-taxes", "Since the beginning of the year in the personal account of the taxpayer are already available",
     "Since the beginning of the year in the personal account", CAL,
     "New services have been available in the taxpayer's personal account since the start of the year", L,
     "с начала года в личном кабинете доступны"),
    ("mt-04-taxes", "By the end of the quarter must be completed", "By the end of the quarter must be completed", CAL,
     "The transfer of the archives must be completed by the end of the quarter", L, "до конца квартала должен быть завершён"),
    ("mt-04-taxes", "reported to RBC the deputy head of the department Sergei Lapin", "reported to RBC", CAL,
     "deputy department head Sergei Lapin told RBC", L, "сообщил РБК заместитель"),
    ("mt-04-taxes", "from 9 to 18 hours", "from 9 to 18 hours", DN, "from 9 am to 6 pm", L, "с 9 до 18 часов"),
]
# a span that occurs once in its doc is its own context
ROWS = [(d, t, c if t in c else t, *rest) for d, t, c, *rest in ROWS]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
