"""Gold for eval/blind-senses18 (Russian wide-sense words, collocations and government frames,
category calque): a table, offsets by exact search.

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
    # cement plant
    ("mt-01-cement", "on reconstruction", "furnace on reconstruction\n", CAL, "for an upgrade", C, "остановил на реконструкцию"),
    ("mt-01-cement", "on reconstruction", "furnace on reconstruction, which", CAL, "for an upgrade", C, "остановил на реконструкцию"),
    ("mt-01-cement", "rotating furnace", "second rotating furnace on reconstruction\n", CAL, "rotary kiln", C, "вращающаяся печь"),
    ("mt-01-cement", "rotating furnace", "second rotating furnace on reconstruction, which", CAL, "rotary kiln", C, "вращающаяся печь"),
    ("mt-01-cement", "release", "the release of cement", CAL, "output", C, "выпуск цемента"),
    ("mt-01-cement", "cement of the mark M600", "cement of the mark M600", CAL, "M600-grade cement", C, "цемент марки М600"),
    ("mt-01-cement", "now makes up", "now makes up 1.2", CAL, "is now", C, "составляет"),
    ("mt-01-cement", "deficit", "a deficit of cement", CAL, "shortage", C, "дефицит цемента"),
    ("mt-01-cement", "simple", "three-week simple", CAL, "shutdown", C, "простой"),
    ("mt-01-cement", "simple", "a new simple", CAL, "shutdown", C, "простой"),
    ("mt-01-cement", "The production of the plant is supplied", "The production of the plant is supplied", CAL,
     "The plant's products go", L, "продукция завода поставляется"),
    ("mt-01-cement", "The collective of the plant", "The collective of the plant", CAL, "The plant's workforce", C,
     "коллектив завода"),
    ("mt-01-cement", "courses of qualification raising", "courses of qualification raising", CAL,
     "refresher courses", C, "курсы повышения квалификации"),
    ("mt-01-cement", "current repair", "the current repair of", CAL, "routine repairs", C, "текущий ремонт"),
    # veterinary
    ("mt-02-veterinary", "points of vaccination", "46 points of vaccination", CAL, "vaccination points", L, "пункты вакцинации"),
    ("mt-02-veterinary", "veterinary conclusion", "veterinary conclusion", CAL, "veterinary certificate", C,
     "ветеринарное заключение"),
    ("mt-02-veterinary", "processing", "the processing of pets", CAL, "treatment", C, "обработка от клещей"),
    ("mt-02-veterinary", "preparations", "Antiparasitic preparations", CAL, "treatments", L, "препараты"),
    ("mt-02-veterinary", "heads of cattle", "12 thousand heads of cattle", CAL, "head of cattle", C, "голов скота"),
    ("mt-02-veterinary", "small cattle", "and small cattle", CAL, "sheep and goats", C, "мелкий рогатый скот"),
    ("mt-02-veterinary", "catching", "The catching of homeless dogs", CAL, "capture", L, "отлов"),
    ("mt-02-veterinary", "homeless dogs", "catching of homeless dogs", CAL, "stray dogs", C, "бездомные собаки"),
    ("mt-02-veterinary", "catching", "the catching cost", CAL, "capture", L, "отлов"),
    # shoes
    ("mt-03-shoes", "model row", "updated the model row", CAL, "model range", C, "модельный ряд"),
    ("mt-03-shoes", "expanded the assortment", "expanded the assortment", CAL, "expanded the range", C, "ассортимент"),
    ("mt-03-shoes", "natural skin", "from natural skin", CAL, "genuine leather", C, "натуральная кожа"),
    ("mt-03-shoes", "automats", "new automats", CAL, "machines", C, "автоматы"),
    ("mt-03-shoes", "The production of the factory is sold", "The production of the factory is sold", CAL,
     "The factory's shoes are sold", L, "продукция фабрики реализуется"),
    ("mt-03-shoes", "trade points", "60 trade points", CAL, "outlets", C, "торговые точки"),
    ("mt-03-shoes", "makes up", "pair makes up", CAL, "is", C, "составляет"),
    ("mt-03-shoes", "almost twice cheaper", "almost twice cheaper", CAL, "almost half the price", C, "почти вдвое дешевле"),
    ("mt-03-shoes", "analogues", "imported analogues", CAL, "equivalents", L, "аналоги"),
    ("mt-03-shoes", "deficit", "a deficit of qualified", CAL, "shortage", C, "дефицит"),
    ("mt-03-shoes", "sewers", "qualified sewers", CAL, "seamstresses", C, "швеи"),
    # sambo
    ("mt-04-sambo", "The command of Bashkiria", "The command of Bashkiria", CAL, "Bashkiria's team", C, "команда"),
    ("mt-04-sambo", "sportsmen", "300 sportsmen", CAL, "athletes", L, "спортсмены"),
    ("mt-04-sambo", "The tribunes", "The tribunes of", CAL, "The stands", C, "трибуны"),
    ("mt-04-sambo", "in the final of the weight category up to 74 kilograms",
     "in the final of the weight category up to 74 kilograms", CAL, "in the 74kg final", C, "весовая категория до"),
    ("mt-04-sambo", "applauded the Ufa sambist Rustem Gabdullin standing",
     "applauded the Ufa sambist Rustem Gabdullin standing", CAL,
     "gave the Ufa wrestler Rustem Gabdullin a standing ovation", C, "аплодировали стоя"),
    ("mt-04-sambo", "carpet", "left the carpet", CAL, "mat", C, "ковёр"),
    ("mt-04-sambo", "the highest step of the pedestal", "the highest step of the pedestal", CAL,
     "the top of the podium", C, "высшая ступень пьедестала"),
    ("mt-04-sambo", "judging", "The judging was", CAL, "refereeing", C, "судейство"),
    ("mt-04-sambo", "The senior trainer of the command", "The senior trainer of the command", CAL,
     "The team's head coach", C, "старший тренер команды"),
    ("mt-04-sambo", "training gatherings", "training gatherings", CAL, "training camp", C, "учебно-тренировочные сборы"),
    ("mt-04-sambo", "were awarded with diplomas", "were awarded with diplomas", CAL, "received certificates", C,
     "награждены дипломами"),
    # school canteens
    ("mt-05-canteen", "ration", "the ration of schoolchildren", CAL, "menu", C, "рацион"),
    ("mt-05-canteen", "refuse from", "will refuse from", CAL, "give up", C, "откажется от"),
    ("mt-05-canteen", "semi-finished products", "from semi-finished products", CAL, "ready-made foods", C, "полуфабрикаты"),
    ("mt-05-canteen", "sour-milk products", "sour-milk products", CAL, "fermented milk products", C, "кисломолочные продукты"),
    ("mt-05-canteen", "food blocks", "school food blocks", CAL, "kitchens", C, "пищеблоки"),
    ("mt-05-canteen", "initial classes", "pupils of the initial classes", CAL, "primary school", C, "начальные классы"),
    ("mt-05-canteen", "pay for the nutrition", "pay for the nutrition", CAL, "pay for meals", C, "оплатить питание"),
    ("mt-05-canteen", "personal cabinet", "personal cabinet", CAL, "personal account", C, "личный кабинет"),
    ("mt-05-canteen", "makes up", "breakfast makes up", CAL, "is", C, "составляет"),
    ("mt-05-canteen", "pay special attention on", "pay special attention on", CAL, "pay special attention to", C,
     "обратит внимание на"),
    ("mt-05-canteen", "take analyses", "take analyses of the dishes", CAL, "test", C, "брать анализы"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
