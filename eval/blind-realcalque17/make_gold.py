"""Gold for eval/blind-realcalque17 (calques and Russian word order as real MT shows them, on beats
new to eval/: water wells, taxi rules, a glassworks, a sled-dog race): a table, offsets by exact
search. Each note says whether the member is of a kind session 17 (real17c) built for ("built")
or of a kind it did not build for ("other").

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
    ("mt-01-boreholes", "In the Ostrogozhsky district finished the drilling",
     "In the Ostrogozhsky district finished the drilling", CAL,
     "The drilling of three new artesian wells has been finished in the Ostrogozhsky district", C,
     "built-ish: fronted place + event verb (в районе завершилось бурение); the place is a common noun"),
    ("mt-01-boreholes", "completed on 100%", "completed on 100%", CAL, "fully completed", C,
     "built: выполнена на 100%"),
    ("mt-01-boreholes",
     "reported the head of the department of housing and communal services, energy and ecology of the district Igor Semyonov",
     "reported the head of the department", CAL,
     "said Igor Semyonov, head of the district's department of housing, utilities, energy and ecology", C,
     "built: inverted speaker, portfolio listing its fields"),
    ("mt-01-boreholes", "It was allocated 14 million rubles", "It was allocated 14 million rubles", CAL,
     "14 million rubles were allocated", C, "built: выделено 14 млн (dummy it)"),
    ("mt-01-boreholes", "Clean water now receive about 2,000 residents", "Clean water now receive about 2,000 residents",
     CAL, "About 2,000 residents now receive clean water", C, "other: object first (чистую воду получают)"),
    ("mt-01-boreholes", "The quality of water the specialists of Rospotrebnadzor evaluated as good",
     "The quality of water the specialists", CAL, "Rospotrebnadzor specialists rated the water quality as good", C,
     "other: object first (качество воды специалисты оценили как хорошее)"),
    ("mt-01-boreholes", "from the taps flowed rusty water", "from the taps flowed rusty water", CAL,
     "rusty water came out of the taps", L, "other: fronted place + verb of motion + subject"),
    ("mt-01-boreholes", "In the next year there will take place the replacement",
     "In the next year there will take place the replacement", CAL,
     "Next year 12 kilometres of water pipes will be replaced", C, "other: в следующем году пройдёт замена"),
    ("mt-01-boreholes", "The cost of the work the district administration named at 30 million rubles",
     "The cost of the work the district", CAL, "The district administration put the cost of the work at 30 million rubles",
     C, "other: object first (стоимость работ администрация оценила в)"),
    ("mt-02-taxi", "From 1 March in Kazan started to work the new rules",
     "From 1 March in Kazan started to work the new rules", CAL,
     "New rules for taxi carriers took effect in Kazan on 1 March", C,
     "built-ish: fronted time/place + start + subject (начали действовать)"),
    ("mt-02-taxi", "painted in white or yellow colour", "painted in white or yellow colour", CAL,
     "painted white or yellow", L, "other: окрашен в белый цвет"),
    ("mt-02-taxi", "informed the minister of transport and road economy of the republic Farid Abdulganiev",
     "informed the minister of transport", CAL,
     "said Farid Abdulganiev, the republic's minister of transport and roads", C, "built: inverted speaker"),
    ("mt-02-taxi", "is filled on 80%", "is filled on 80%", CAL, "is 80% full", C, "built: заполнен на 80%"),
    ("mt-02-taxi", "It is expected a growth of fares", "It is expected a growth of fares", CAL,
     "Fares are expected to rise", C, "built: ожидается рост тарифов (dummy it)"),
    ("mt-02-taxi", "In the ministry explained", "In the ministry explained", CAL, "The ministry explained", C,
     "other (known kind): в министерстве пояснили"),
    ("mt-02-taxi", "Most of all the new rules worried the drivers of private cars",
     "Most of all the new rules worried", CAL, "The new rules worried drivers of private cars most", L,
     "other: больше всего новые правила встревожили водителей"),
    ("mt-02-taxi", "Especially difficult the situation is", "Especially difficult the situation is", CAL,
     "The situation is especially difficult", C, "other (known kind): predicate adjective first"),
    ("mt-02-taxi", "taxis are two times less than", "taxis are two times less than", CAL,
     "there are half as many taxis as", C, "other: такси в два раза меньше"),
    ("mt-02-taxi", "will make 50 thousand rubles", "will make 50 thousand rubles", CAL, "will be 50,000 rubles", C,
     "other (known kind): составит"),
    ("mt-03-glassworks", "At the Gus-Khrustalny glassworks launched a new furnace",
     "At the Gus-Khrustalny glassworks launched", CAL, "The Gus-Khrustalny glassworks launched a new furnace", C,
     "other (known kind): subjectless after a fronted place"),
    ("mt-03-glassworks", "At the ceremony of the launch arrived the governor of the Vladimir region Alexander Avdeev",
     "At the ceremony of the launch arrived", CAL,
     "Vladimir region governor Alexander Avdeev and ... attended the launch ceremony", C,
     "built: fronted event + arrival verb + subject"),
    ("mt-03-glassworks", "made 1.2 billion rubles", "made 1.2 billion rubles", CAL, "was 1.2 billion rubles", C,
     "other (known kind): составила"),
    ("mt-03-glassworks", "of them 400 million allocated the Industry Development Fund",
     "of them 400 million allocated", CAL, "400 million of which came from the Industry Development Fund", C,
     "other: object first (из них 400 млн выделил Фонд)"),
    ("mt-03-glassworks", "is loaded on 95%", "is loaded on 95%", CAL, "is running at 95% of capacity", C,
     "built: загружены на 95%"),
    ("mt-03-glassworks", "A special place in the plans of the enterprise takes the export",
     "A special place in the plans", CAL, "Exports to Kazakhstan and Uzbekistan hold a special place in the plans", C,
     "other: object first (особое место занимает экспорт)"),
    ("mt-03-glassworks", "Within the limits of the forum", "Within the limits of the forum", CAL,
     "At the forum", C, "built: в рамках форума"),
    ("mt-03-glassworks", "In Gus-Khrustalny appeared 60 new jobs", "In Gus-Khrustalny appeared", CAL,
     "60 new jobs have been created in Gus-Khrustalny", C, "built: fronted place + appear + subject"),
    ("mt-04-sleddogs", "In Petrozavodsk ended the race", "In Petrozavodsk ended the race", CAL,
     "The Karelian North sled-dog race ended in Petrozavodsk", C, "built: fronted place + end + subject"),
    ("mt-04-sleddogs", "On the start came 42 mushers", "On the start came 42 mushers", CAL,
     "42 mushers from 11 regions lined up at the start", C, "built: fronted event + come + subject"),
    ("mt-04-sleddogs", "Victory in the main distance of 300 kilometers celebrated the musher from Murmansk Anna Kovaleva",
     "Victory in the main distance", CAL, "Anna Kovaleva, a musher from Murmansk, won the main 300-kilometre race", C,
     "other: object first (победу праздновала)"),
    ("mt-04-sleddogs", "is prepared on 100%", "is prepared on 100%", CAL, "is fully prepared", C,
     "built: подготовлена на 100%"),
    ("mt-04-sleddogs", "said the chief judge of the competition, master of sports Pavel Lebedev",
     "said the chief judge of the competition", CAL,
     "said chief judge Pavel Lebedev, a master of sports", L, "other: inverted speaker with a comma apposition"),
    ("mt-04-sleddogs", "On the night of the second stage in the forest was minus 35 degrees",
     "On the night of the second stage in the forest was", CAL,
     "On the night of the second stage the temperature in the forest fell to minus 35", C,
     "other: fronted time/place + was + quantity (было минус 35)"),
    ("mt-04-sleddogs", "It was recorded two cases of frostbite", "It was recorded two cases", CAL,
     "Two cases of frostbite were recorded", C, "built: зафиксировано два случая (dummy it)"),
    ("mt-04-sleddogs", "appreciated the level of the race highly", "appreciated the level", CAL,
     "rated the race highly", C, "other: высоко оценили (word sense)"),
    ("mt-04-sleddogs", "will pass in the Murmansk region", "will pass in the Murmansk region", CAL,
     "will be held in the Murmansk region", C, "other: пройдёт"),
]
# a context written shorter than its span stands for the span itself (each span occurs once)
ROWS = [(d, t, c if t in c else t, *rest) for d, t, c, *rest in ROWS]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
