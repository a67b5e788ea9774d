"""Gold for eval/blind-order20 (Russian word order: object-verb-subject with any verb, a short
object after the verb's phrase, a fronted site or time before an event verb, and members of the
kind not built for): a table, offsets by exact search.

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
    # mt-01: OVS with an act subject, OVS person-person, a short object after the phrase, OSV,
    # a fronted phrase before "took part", a clause with the subject last
    ("mt-01-mushrooms", "organized the employees of the district emergency service",
     "organized the employees of the district emergency service", CAL,
     "was organized by the district emergency service staff", C, "поиски организовали сотрудники"),
    ("mt-01-mushrooms", "found the volunteers", "women found the volunteers", CAL,
     "volunteers found the lost women", C, "потерявшихся женщин нашли волонтёры (person-person OVS)"),
    ("mt-01-mushrooms", "in 12 kilometres from the village", "in 12 kilometres from the village", CAL,
     "12 kilometres from the village", C, "в 12 км от"),
    ("mt-01-mushrooms", "delivered to the district hospital both women", "delivered to the district hospital both women",
     CAL, "took both women to the district hospital", C, "доставили в больницу обеих женщин"),
    ("mt-01-mushrooms", "their condition doctors assess", "their condition doctors assess", CAL,
     "doctors describe their condition", C, "их состояние врачи оценивают (OSV)"),
    ("mt-01-mushrooms", "In the search took part", "In the search took part", CAL,
     "More than 40 people took part in the search", C, "в поисках приняли участие"),
    ("mt-01-mushrooms", "restored the specialists", "later restored the specialists", CAL,
     "specialists later reconstructed the women's route", C, "маршрут восстановили специалисты (thing not in WordNet classes)"),
    ("mt-01-mushrooms", "in the region get lost every week several people",
     "in the region get lost every week several people", CAL, "several people get lost in the region every week", C,
     "в регионе теряются каждую неделю несколько человек"),
    # mt-02
    ("mt-02-violins", "bought the regional philharmonic", "bought the regional philharmonic", CAL,
     "The regional philharmonic bought the workshop's first violin", C, "первую скрипку купила филармония"),
    ("mt-02-violins", "handed over to the music school of the city three violins",
     "handed over to the music school of the city three violins", CAL,
     "gave three violins to the city's music school", C, "передал музыкальной школе три скрипки"),
    ("mt-02-violins", "The wood for the instruments the workshop brings", "The wood for the instruments the workshop brings",
     CAL, "The workshop brings the wood for the instruments", C, "древесину мастерская привозит (OSV)"),
    ("mt-02-violins", "the varnish it makes", "the varnish it makes", CAL, "it makes the varnish itself", C,
     "лак делает сама (OSV, pronoun)"),
    ("mt-02-violins", "On the anniversary evening came", "On the anniversary evening came", CAL,
     "Graduates of the workshop came to the anniversary evening", C, "на юбилейный вечер приехали"),
    ("mt-02-violins", "gave the string quartet of the philharmonic", "gave the string quartet of the philharmonic", CAL,
     "The philharmonic's string quartet gave the concert", C, "концерт дал квартет (act + effect verb)"),
    # mt-03
    ("mt-03-beavers", "the stream Vetluzhka", "the stream Vetluzhka", CAL, "the Vetluzhka stream", L, "ручей Ветлужка"),
    ("mt-03-beavers", "built a family of beavers", "built a family of beavers", CAL,
     "A family of beavers built the dam", C, "плотину построила семья бобров (animal doer)"),
    ("mt-03-beavers", "noticed the driver of the school bus", "noticed the driver of the school bus", CAL,
     "The school bus driver noticed the flooding", C, "подтопление заметил водитель"),
    ("mt-03-beavers", "made in the dam two passages", "made in the dam two passages", CAL,
     "made two openings in the dam", C, "проделали в плотине два прохода"),
    ("mt-03-beavers", "The relocation of the beavers the district administration does not plan",
     "The relocation of the beavers the district administration does not plan", CAL,
     "The district administration does not plan to relocate the beavers", C, "переселять бобров администрация не планирует (OSV)"),
    # mt-04
    ("mt-04-pottery", "In the town of Skopin on Saturday passed", "In the town of Skopin on Saturday passed", CAL,
     "The 12th pottery festival was held in Skopin on Saturday", C, "в Скопине прошёл фестиваль"),
    ("mt-04-pottery", "Near the museum of ceramics appeared", "Near the museum of ceramics appeared", CAL,
     "A town of masters with 60 workshops sprang up near the ceramics museum", C, "возле музея появился городок"),
    ("mt-04-pottery", "On the festival arrived", "On the festival arrived", CAL,
     "Potters from 14 regions came to the festival", C, "на фестиваль приехали"),
    ("mt-04-pottery", "took the master from Gzhel Anna Volkova", "took the master from Gzhel Anna Volkova", CAL,
     "Anna Volkova, a master from Gzhel, took the main prize", C, "главный приз забрала мастер из Гжели"),
    ("mt-04-pottery", "took the family of potters Zuevs from Tula", "took the family of potters Zuevs from Tula", CAL,
     "the Zuev family of potters from Tula took second place", C, "второе место заняла семья гончаров"),
    ("mt-04-pottery", "brought from the quarry near the town three tonnes of clay",
     "brought from the quarry near the town three tonnes of clay", CAL,
     "brought three tonnes of clay from a quarry near the town", C, "привезли из карьера три тонны глины"),
    ("mt-04-pottery", "visited about 7 thousand people", "visited about 7 thousand people", CAL,
     "About 7,000 people visited the festival over two days", C, "фестиваль посетили около 7 тысяч человек"),
    ("mt-04-pottery", "7 thousand", "about 7 thousand people", DN, "7,000", C, "7 тыс."),
    ("mt-04-pottery", "financed the regional ministry of culture", "financed the regional ministry of culture", CAL,
     "The regional culture ministry financed the festival", C, "фестиваль финансировало министерство (act + finance)"),
    # mt-05
    ("mt-05-crossing", "decision about", "The decision about the closure", CAL, "decision on", L, "решение о"),
    ("mt-05-crossing", "adopted the commission on emergency situations of the city",
     "adopted the commission on emergency situations of the city", CAL,
     "The city emergencies commission took the decision to close it", C, "решение приняла комиссия"),
    ("mt-05-crossing", "the crossing used about 900 cars a day", "the crossing used about 900 cars a day", CAL,
     "about 900 cars a day used the crossing", C, "переправой пользовались 900 машин (instrumental subject)"),
    ("mt-05-crossing", "on the ice went out two fishermen", "on the ice went out two fishermen", CAL,
     "two fishermen went out onto the ice", C, "на лёд вышли двое рыбаков"),
    ("mt-05-crossing", "brought to the shore both men", "brought to the shore both men", CAL,
     "brought both men back to the shore", C, "доставил на берег обоих мужчин"),
    ("mt-05-crossing", "from Wednesday will work", "from Wednesday will work", CAL,
     "a bus route across the bridge will run from Wednesday instead", C, "со среды будет работать маршрут"),
    ("mt-05-crossing", "put on the route two buses", "put on the route two buses", CAL,
     "put two high-capacity buses on the route", C, "выставил на маршрут два автобуса"),
    ("mt-05-crossing", "buses of large capacity", "buses of large capacity", CAL, "high-capacity buses", L,
     "автобусы большой вместимости"),
    ("mt-05-crossing", "The inspection of the ice the rescuers carried out", "The inspection of the ice the rescuers carried out",
     CAL, "Rescuers inspected the ice on Monday", C, "обследование льда спасатели провели (OSV)"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
