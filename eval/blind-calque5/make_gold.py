"""Gold for the held-out set blind-calque5 (calques on six new beats, two human controls).

Run:  python make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (row format, span search, the checks every set runs). This set's own bounds:
every MT doc has 4-12 artifacts, every doc 250-500 words, and no 8-word run is shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/*/docs (an error, not a note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, MAIN_EVAL, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-fisheries (fisheries, Kamchatka)
    ("mt-01-fisheries", "reported on Thursday the head of the regional ministry of fisheries Vladimir Galitsyn", None, CAL, "regional fisheries minister Vladimir Galitsyn said on Thursday", L, "inverted attribution, title with genitive chain"),
    ("mt-01-fisheries", "The main catch falls on pink salmon", None, CAL, "Most of the catch is pink salmon", L, "основной улов приходится на"),
    ("mt-01-fisheries", "In connection with", None, CAL, "Because of", L, "в связи с быстрым подходом рыбы"),
    ("mt-01-fisheries", "On the results of", None, CAL, "By the end of", L, "по итогам"),
    ("mt-01-fisheries", "became the leader of the fishing", None, CAL, "led the catch", L, "стал лидером промысла"),
    ("mt-01-fisheries", "told journalists the general director of the Okeanrybflot company Pavel Rudenko", None, CAL, "Pavel Rudenko, general director of Okeanrybflot, told journalists", L, "inverted attribution after a quote with a listener between"),
    ("mt-01-fisheries", "It is reported on the official portal of the regional government", None, CAL, "The regional government said on its official portal", L, "сообщается на сайте"),
    ("mt-01-fisheries", "1988 year of birth", None, CAL, "born in 1988", C, "1988 года рождения"),
    ("mt-01-fisheries", "As follows from the materials of the fisheries research institute", None, CAL, "According to the fisheries research institute", L, "как следует из материалов"),
    ("mt-01-fisheries", "By the state on", None, CAL, "As of", C, "по состоянию на"),

    # mt-02-museum (culture)
    ("mt-02-museum", "informed the press service of the State Hermitage", None, CAL, "the State Hermitage press service said", L, "сообщила пресс-служба"),
    ("mt-02-museum", "within the framework of", None, CAL, "as part of", L, "в рамках"),
    ("mt-02-museum", "said at the opening the general director of the Hermitage Mikhail Piotrovsky", None, CAL, "Hermitage director general Mikhail Piotrovsky said at the opening", L, "inverted attribution with a phrase"),
    ("mt-02-museum", "According to the words of", None, CAL, "According to", C, "по словам"),
    ("mt-02-museum", "In the museum noted", None, CAL, "The museum noted", C, "В музее отметили"),
    ("mt-02-museum", "on a gratuitous basis", None, CAL, "free of charge", L, "на безвозмездной основе"),
    ("mt-02-museum", "In the night to Wednesday", None, CAL, "Overnight into Wednesday", L, "в ночь на среду"),
    ("mt-02-museum", "in the next year", None, CAL, "next year", L, "в следующем году"),
    ("mt-02-museum", "as stated in the message of the museum", None, CAL, "the museum said in a statement", L, "как говорится в сообщении музея"),

    # mt-03-housing (property/finance)
    ("mt-03-housing", "follows from the data of the regional branch of the Central Bank", None, CAL, "according to data from the regional branch of the Central Bank", L, "следует из данных"),
    ("mt-03-housing", "Experts connect the decline with", None, CAL, "Experts attribute the decline to", L, "связывают снижение с"),
    ("mt-03-housing", "noted in a conversation with the correspondent of the agency the director of the regional association of realtors Yelena Kozyreva", None, CAL, "Yelena Kozyreva, director of the regional association of realtors, told the agency", L, "inverted attribution with a phrase"),
    ("mt-03-housing", "According to the assessment of", None, CAL, "According to", L, "по оценке"),
    ("mt-03-housing", "remained at the level of", None, CAL, "stayed at", L, "на уровне"),
    ("mt-03-housing", "In the construction ministry of the region assured", None, CAL, "The regional construction ministry assured", C, "В минстрое области заверили"),
    ("mt-03-housing", "it is planned to", None, CAL, "the region plans to", L, "планируется"),
    ("mt-03-housing", "with the area of", None, CAL, "covering", L, "площадью"),
    ("mt-03-housing", "at the expense of the funds of", None, CAL, "funded by", L, "за счёт средств"),
    ("mt-03-housing", "on the fact of", None, CAL, "over", L, "по факту"),
    ("mt-03-housing", "in a particularly large size", None, CAL, "on a particularly large scale", L, "в особо крупном размере"),

    # mt-04-measles (health)
    ("mt-04-measles", "to the distance regime", None, CAL, "to remote learning", L, "перевели на дистанционный режим"),
    ("mt-04-measles", "in connection with", None, CAL, "because of", L, "в связи с ростом заболеваемости"),
    ("mt-04-measles", "reported the regional department of Rospotrebnadzor", None, CAL, "the regional department of Rospotrebnadzor reported", L, "inverted attribution"),
    ("mt-04-measles", "the condition of two of them doctors assess as severe", None, CAL, "doctors describe two of them as being in serious condition", L, "fronted object, состояние … врачи оценивают как тяжёлое"),
    ("mt-04-measles", "emphasized at a briefing the chief sanitary doctor of the republic Elmira Gadzhieva", None, CAL, "the republic's chief sanitary doctor Elmira Gadzhieva told a briefing", L, "inverted attribution with a phrase"),
    ("mt-04-measles", "at the place of residence", None, CAL, "at local clinics", L, "по месту жительства"),
    ("mt-04-measles", "On the eve", None, CAL, "The day before", L, "накануне"),
    ("mt-04-measles", "It is noted that", None, CAL, "", L, "Отмечается, что"),
    ("mt-04-measles", "took the situation under control", None, CAL, "is monitoring the situation", L, "взял ситуацию под контроль"),
    ("mt-04-measles", "As of the state on", None, CAL, "As of", C, "по состоянию на"),
    ("mt-04-measles", "as follows from the operational summary of the department", None, CAL, "according to the department's operational summary", L, "как следует из оперативной сводки"),

    # mt-05-rescue (emergencies)
    ("mt-05-rescue", "informs the Main Directorate of the Ministry of Emergency Situations for the Altai Republic", None, CAL, "the Altai Republic branch of the Emergencies Ministry said", L, "сообщает ГУ МЧС"),
    ("mt-05-rescue", "The signal about the accident was received", None, CAL, "The alarm was raised", L, "сигнал о происшествии поступил"),
    ("mt-05-rescue", "in the state of a strong shock", None, CAL, "in deep shock", L, "в состоянии сильного шока"),
    ("mt-05-rescue", "said on the air of the local TV channel the head of the unit Sergei Kuzmin", None, CAL, "unit head Sergei Kuzmin told local television", L, "inverted attribution with a phrase"),
    ("mt-05-rescue", "On the results of", None, CAL, "After", L, "по итогам"),
    ("mt-05-rescue", "In the Ministry of Emergency Situations again reminded", None, CAL, "The Emergencies Ministry again reminded", C, "В МЧС напомнили"),
    ("mt-05-rescue", "in the result of which", None, CAL, "which", L, "в результате которых"),
    ("mt-05-rescue", "under the article \"Causing grievous bodily harm by negligence\"", None, CAL, "for causing grievous bodily harm by negligence", L, "по статье «…»"),
    ("mt-05-rescue", "1976 year of birth", None, CAL, "born in 1976", C, "1976 года рождения"),
    ("mt-05-rescue", "From the side of the authorities", None, CAL, "The authorities", L, "со стороны властей"),
    ("mt-05-rescue", "it is planned to", None, CAL, "plan to", L, "планируется"),

    # mt-06-zoo (animals)
    ("mt-06-zoo", "told RIA Novosti in the press service of the zoo", None, CAL, "the zoo's press service told RIA Novosti", L, "рассказали РИА Новости в пресс-службе"),
    ("mt-06-zoo", "The babies appeared", None, CAL, "The cubs were born", L, "малыши появились на свет"),
    ("mt-06-zoo", "kittens", None, CAL, "cubs", L, "котята for tiger cubs"),
    ("mt-06-zoo", "said the director of the zoo Andrei Shilo", None, CAL, "said Andrei Shilo, the zoo's director", L, "title with genitive before the name, no comma"),
    ("mt-06-zoo", "in the framework of", None, CAL, "as part of", L, "в рамках"),
    ("mt-06-zoo", "According to the data of", None, CAL, "According to", C, "по данным"),
    ("mt-06-zoo", "in connection with", None, CAL, "because of", L, "в связи с началом"),
    ("mt-06-zoo", "In the zoo warned", None, CAL, "The zoo warned", C, "В зоопарке предупредили"),
    ("mt-06-zoo", "at the expense of the city budget", None, CAL, "funded from the city budget", L, "за счёт городского бюджета"),
    ("mt-06-zoo", "with the replenishment", None, CAL, "on the new arrivals", L, "поздравил с пополнением"),
    ("mt-06-zoo", "As writes the local edition NGS", None, CAL, "As the local outlet NGS reports", L, "Как пишет местное издание"),

]


if __name__ == "__main__":
    # The own-words check does not skip this set's folder (it never did): since the set is in
    # /work/main/eval, it meets its own texts there and the script exits 1.
    sys.exit(run(SET_DIR, ROWS, skip_own=True, words=(250, 500), artifacts=(4, 12),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, details=True))
