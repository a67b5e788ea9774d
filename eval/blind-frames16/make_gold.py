"""Gold for eval/blind-frames16 (Russian compound prepositions, compound adjectives and craft-event
names, with other calques around them; category calque): a table, offsets by exact search.

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
    ("mt-01-tannery", "in the frames of", "will be modernised in the frames of", CAL, "under", C, "в рамках"),
    ("mt-01-tannery", "on the base of", "created in 1998 on the base of", CAL, "in", L, "на базе"),
    ("mt-01-tannery", "combine", "former Soviet combine", CAL, "plant", L, "комбинат"),
    ("mt-01-tannery", "at the account of", "bought at the account of", CAL, "funded by", C, "за счёт"),
    ("mt-01-tannery", "the own funds of the enterprise", "the own funds of the enterprise", CAL,
     "the company's own funds", L, "собственные средства предприятия"),
    ("mt-01-tannery", "training-production centre", "training-production centre", CAL, "training centre", L,
     "учебно-производственный центр"),
    ("mt-01-tannery", "In the first turn", "In the first turn", CAL, "First", C, "в первую очередь"),
    ("mt-01-tannery", "on the subject of", "checked on the subject of", CAL, "for", C, "на предмет"),
    ("mt-01-tannery", "in the part of", "violations in the part of", CAL, "in", L, "в части"),
    ("mt-01-tannery", "demanded to replace", "demanded to replace", CAL, "ordered it to replace", L,
     "потребовали заменить"),
    ("mt-01-tannery", "in the current of the year", "in the current of the year", CAL, "within the year", C,
     "в течение года"),
    ("mt-01-tannery", "furniture-production complex", "furniture-production complex", CAL, "furniture industry", L,
     "мебельно-производственный комплекс"),
    ("mt-01-tannery", "contest of professional mastery", "contest of professional mastery", CAL,
     "professional skills contest", C, "конкурс профессионального мастерства"),
    ("mt-02-vetclinic", "on the basis of", "Lyubino on the basis of", CAL, "at", C, "на базе колледжа"),
    ("mt-02-vetclinic", "In the purposes of", "In the purposes of", CAL, "To", C, "в целях"),
    ("mt-02-vetclinic", "in the limits of", "in the limits of the district", CAL, "within", C, "в пределах"),
    ("mt-02-vetclinic", "in correspondence with", "in correspondence with", CAL, "under", C, "в соответствии с"),
    ("mt-02-vetclinic", "medical-veterinary unit", "medical-veterinary unit", CAL, "veterinary unit", L,
     "лечебно-ветеринарный участок"),
    ("mt-02-vetclinic", "on the extent of", "on the extent of many years", CAL, "for", C, "на протяжении"),
    ("mt-02-vetclinic", "in the number of", "in the number of 12", CAL, "(12 points)", L, "в количестве"),
    ("mt-02-vetclinic", "in the accompaniment of", "in the accompaniment of", CAL, "accompanied by", C,
     "в сопровождении"),
    ("mt-02-vetclinic", "to the address of", "to the address of the farm inspectors", CAL, "about", L, "в адрес"),
    ("mt-03-feltboots", "festival of felting craft", "festival of felting craft", CAL, "felting festival", C,
     "фестиваль валяльного мастерства"),
    ("mt-03-feltboots", "along the line of", "along the line of the regional", CAL, "with support from", L,
     "по линии"),
    ("mt-03-feltboots", "In the frame of", "In the frame of the programme", CAL, "As part of", C, "в рамках"),
    ("mt-03-feltboots", "historical-ethnographic museum", "historical-ethnographic museum", CAL,
     "local history museum", L, "историко-этнографический музей"),
    ("mt-03-feltboots", "cultural-leisure centre", "cultural-leisure centre", CAL, "community centre", L,
     "культурно-досуговый центр"),
    ("mt-03-feltboots", "In dependence on", "In dependence on", CAL, "Depending on", C, "в зависимости от"),
    ("mt-03-feltboots", "Due to the reason of", "Due to the reason of", CAL, "Because of", C, "по причине"),
    ("mt-03-feltboots", "In the face of", "In the face of the ministry", CAL, "Represented by", L, "в лице"),
    ("mt-03-feltboots", "on the support of the festival", "on the support of the festival", CAL,
     "to support the festival", L, "о поддержке"),
    ("mt-03-feltboots", "On the totals of", "On the totals of", CAL, "After", C, "по итогам"),
    ("mt-04-printshop", "at the expense of", "at the expense of the regional budget", CAL, "funded from", L,
     "за счёт бюджета"),
    ("mt-04-printshop", "printing-publishing complex", "printing-publishing complex", CAL,
     "printing and publishing company", L, "полиграфическо-издательский комплекс"),
    ("mt-04-printshop", "in the framework of", "in the framework of the programme", CAL, "under", L, "в рамках"),
    ("mt-04-printshop", "repair-restoration works", "repair-restoration works", CAL, "repairs", L,
     "ремонтно-реставрационные работы"),
    ("mt-04-printshop", "in the current of the summer", "in the current of the summer", CAL, "during the summer", C,
     "в течение лета"),
    ("mt-04-printshop", "scientific-research institute", "scientific-research institute", CAL, "research institute", C,
     "научно-исследовательский институт"),
    ("mt-04-printshop", "military-patriotic club", "military-patriotic club", CAL, "patriotic youth club", L,
     "военно-патриотический клуб"),
    ("mt-04-printshop", "design-estimate documentation", "design-estimate documentation", CAL,
     "design and cost documents", L, "проектно-сметная документация"),
    ("mt-04-printshop", "on the level of", "on the level of the regional government", CAL, "by", L, "на уровне"),
    ("mt-04-printshop", "in that number", "in that number", CAL, "including", C, "в том числе"),
    ("mt-04-printshop", "the Day of the Printer", "the Day of the Printer", CAL, "Printers' Day", L, "День печати"),
    ("mt-04-printshop", "in the sphere of", "in the sphere of culture", CAL, "in", L, "в сфере"),
    ("mt-05-boarding", "sports-health complex", "sports-health complex", CAL, "sports and fitness centre", L,
     "спортивно-оздоровительный комплекс"),
    ("mt-05-boarding", "from the side of", "from the side of the federal centre", CAL, "by", L, "со стороны"),
    ("mt-05-boarding", "in the escort of", "in the escort of", CAL, "with", L, "в сопровождении"),
    ("mt-05-boarding", "In the result of", "In the result of", CAL, "As a result of", C, "в результате"),
    ("mt-05-boarding", "on the fact of", "on the fact of poor heating", CAL, "over", C, "по факту"),
    ("mt-05-boarding", "In the peak of", "In the peak of", CAL, "At the height of", L, "в пик"),
    ("mt-05-boarding", "fuel and energy complex", "fuel and energy complex", CAL, "energy grid", L,
     "топливно-энергетический комплекс"),
    ("mt-05-boarding", "To the address of", "To the address of", CAL, "To", C, "в адрес"),
    ("mt-05-boarding", "with a request to finish", "with a request to finish", CAL, "asking it to finish", L,
     "с просьбой"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
