"""Gold for eval/blind-order14 (Russian sentence order: the doer after its verb, fronted objects and
predicates, titles with genitive chains, source frames; category calque): a table, offsets by exact
search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-choir", "reported the press service of the ministry of culture of the republic", None, CAL,
     "the republic's culture ministry said", L, "сообщила пресс-служба минкультуры"),
    ("mt-01-choir", "Participation in the festival will take about 1,400 singers", None, CAL,
     "About 1,400 singers will take part in the festival", L, "участие в фестивале примут"),
    ("mt-01-choir", "The artistic director of the festival Marina Galeeva", None, CAL,
     "The festival's artistic director, Marina Galeeva,", L, "title + genitive + name"),
    ("mt-01-choir", "in comparison with the previous year", None, CAL, "compared with the previous year", L,
     "по сравнению с"),
    ("mt-01-choir", "Especially many applications the organizers received from the Volga districts", None, CAL,
     "The organizers received especially many applications from the Volga districts", L, "object first"),
    ("mt-01-choir", "Free invitations received the veterans of labour and large families of Kazan", None, CAL,
     "Labour veterans and large families in Kazan received free invitations", L, "object-verb-subject"),
    ("mt-01-choir", "Told about the plans for next year the chairman of the choral society of the republic Rustem Khabibullin",
     None, CAL, "Rustem Khabibullin, chairman of the republic's choral society, spoke about next year's plans", L,
     "verb first, doer last"),
    ("mt-02-brickworks", "follows from the annual report of the enterprise", None, CAL,
     "according to the company's annual report", L, "следует из отчёта"),
    ("mt-02-brickworks", "Almost 40 million bricks produced the workers of the plant", None, CAL,
     "The plant's workers produced almost 40 million bricks", L, "object-verb-subject"),
    ("mt-02-brickworks", "Most of all grew the demand from private builders", None, CAL,
     "Demand from private builders grew most", L, "adverb-verb-subject"),
    ("mt-02-brickworks", "The general director of the plant Igor Mikheev", None, CAL,
     "The plant's general director, Igor Mikheev,", L, "title + genitive + name"),
    ("mt-02-brickworks", "On its construction will be directed 600 million rubles", None, CAL,
     "600 million rubles will be spent on its construction", L, "phrase-verb-subject"),
    ("mt-02-brickworks", "Especially acute the problem of personnel remains", None, CAL,
     "The staffing problem remains especially acute", L, "fronted predicate adjective"),
    ("mt-02-brickworks", "Such data leads the regional employment centre", None, CAL,
     "These figures come from the regional employment centre", L, "такие данные приводит"),
    ("mt-02-brickworks", "With the initiative to train kiln operators in the local college came out the management of the plant",
     None, CAL, "The plant's management proposed training kiln operators at the local college", L,
     "с инициативой выступило"),
    ("mt-02-brickworks", "About it informed journalists the deputy head of the regional ministry of industry Oleg Savin",
     None, CAL, "Oleg Savin, deputy head of the regional industry ministry, told journalists this", L,
     "об этом сообщил журналистам"),
    ("mt-03-weddings", "In the Tula region since the beginning of the year married more than 4,000 couples", None, CAL,
     "More than 4,000 couples have married in the Tula region since the start of the year", L,
     "phrase-verb-subject"),
    ("mt-03-weddings", "informed the press service of the regional registry office committee", None, CAL,
     "the regional registry office committee's press service said", L, "сообщила пресс-служба"),
    ("mt-03-weddings", "on this day were registered 180 marriages", None, CAL,
     "180 marriages were registered on that day", L, "phrase-verb-subject"),
    ("mt-03-weddings", "The head of the department of registry offices of the region Natalia Kuzmina", None, CAL,
     "Natalia Kuzmina, head of the regional registry office department,", L, "title + genitive chain + name"),
    ("mt-03-weddings", "Ceremonies outside the registry office now may order all residents of the region", None, CAL,
     "All residents of the region may now order ceremonies outside the registry office", L,
     "object-verb-subject"),
    ("mt-03-weddings", "exit registration", None, CAL, "an off-site ceremony", L, "выездная регистрация"),
    ("mt-03-weddings", "Most often such ceremonies choose the couples from Tula and Novomoskovsk", None, CAL,
     "Couples from Tula and Novomoskovsk choose such ceremonies most often", L, "object-verb-subject"),
    ("mt-03-weddings", "Noticeably rose the number of weddings in historical estates", None, CAL,
     "The number of weddings at historic estates rose noticeably", L, "adverb-verb-subject"),
    ("mt-03-weddings", "Interest to ceremonies in the museum Yasnaya Polyana showed more than 300 couples", None, CAL,
     "More than 300 couples showed interest in ceremonies at the Yasnaya Polyana museum", L,
     "интерес проявили"),
    ("mt-03-weddings", "it is said in the message of the committee", None, CAL, "the committee said in a statement", L,
     "говорится в сообщении"),
    ("mt-04-cyclepaths", "announced the deputy head of the city administration Alexei Bubnov", None, CAL,
     "Alexei Bubnov, deputy head of the city administration, announced", L, "verb + title chain + name"),
    ("mt-04-cyclepaths", "Its length the engineers estimate at 3.4 kilometres", None, CAL,
     "The engineers estimate its length at 3.4 kilometres", L, "object-subject-verb"),
    ("mt-04-cyclepaths", "Sharply criticized the project the residents of the Uralmash district", None, CAL,
     "Residents of the Uralmash district sharply criticized the project", L, "verb first, doer last"),
    ("mt-04-cyclepaths", "Collected signatures against the reconstruction the activists of the local community", None, CAL,
     "Local community activists collected signatures against the reconstruction", L, "verb first, doer last"),
    ("mt-04-cyclepaths", "The chairman of the commission on urban economy of the city duma Vladimir Kiselev", None, CAL,
     "Vladimir Kiselev, chairman of the city duma's urban economy commission,", L, "title + genitive chain + name"),
    ("mt-04-cyclepaths", "Complicated the situation is also with the financing", None, CAL,
     "The financing situation is also complicated", L, "fronted predicate adjective"),
    ("mt-05-sawmill", "said the director of the enterprise for development Sergei Ignatov", None, CAL,
     "said Sergei Ignatov, the company's development director", L, "verb + title chain + name"),
    ("mt-05-sawmill", "About 120 new jobs will create the enterprise in the village", None, CAL,
     "The enterprise will create about 120 new jobs in the village", L, "object-verb-subject"),
    ("mt-05-sawmill", "Applications for work already submitted more than 200 residents of the district", None, CAL,
     "More than 200 residents of the district have already applied for work", L, "object-verb-subject"),
    ("mt-05-sawmill", "specified in the administration", None, CAL, "the administration specified", L,
     "уточнили в администрации"),
    ("mt-05-sawmill", "Particularly important the project is for the district", None, CAL,
     "The project is particularly important for the district", L, "fronted predicate adjective"),
    ("mt-05-sawmill", "twice higher than", None, CAL, "twice", L, "в два раза выше"),
    ("mt-05-sawmill", "The equipment for the sawmill supplied the Finnish company Veisto", None, CAL,
     "The Finnish company Veisto supplied the equipment for the sawmill", L, "object-verb-subject"),
    ("mt-05-sawmill", "Reported about the start of the construction the head of the republic Vladimir Uyba", None, CAL,
     "Komi head Vladimir Uyba reported the start of construction", L, "verb first, doer last"),
    ("mt-05-sawmill", "Funds for the project allocated the Industry Development Fund", None, CAL,
     "The Industry Development Fund allocated funds for the project", L, "object-verb-subject"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
