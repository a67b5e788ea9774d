"""Gold for eval/blind-senses14 (Russian prepositions, verb government and word senses rendered
word for word; category calque): a table, offsets by exact search.

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
    # built kinds (entries of the prepositions-and-senses theme) in new wordings
    ("mt-01-boxing", "on the championship", "gold medal on the championship", CAL, "at the championship", L, "на чемпионате"),
    ("mt-01-boxing", "In the last year", "In the last year he lost", CAL, "Last year", C, "в прошлом году"),
    ("mt-01-boxing", "In comparison with the last year", "In comparison with the last year", CAL,
     "Compared with last year", C, "по сравнению с прошлым годом"),
    ("mt-01-boxing", "does not recommend to buy", "does not recommend to buy", CAL, "advises against buying", C,
     "не рекомендует покупать"),
    ("mt-01-boxing", "for capital repair", "closed for capital repair", CAL, "for major repairs", L, "на капремонт"),
    ("mt-02-landfill", "is evaluated in", "is evaluated in 1.2", CAL, "is estimated at", C, "оценивается в"),
    ("mt-02-landfill", "Specialists of the regional operator", "Specialists of the regional operator", CAL,
     "The regional operator's staff", L, "специалисты регоператора"),
    ("mt-02-landfill", "complained on", "complained on the smell", CAL, "complained about", C, "жаловались на"),
    ("mt-02-landfill", "answered on", "answered on their appeal", CAL, "answered", C, "ответило на обращение"),
    ("mt-02-landfill", "The population is asked", "The population is asked", CAL, "Residents are asked", L,
     "населению рекомендуют"),
    ("mt-02-landfill", "made 23 departures", "made 23 departures", CAL, "were called out 23 times", L, "совершили 23 выезда"),
    ("mt-02-landfill", "Reception points", "Reception points of plastic", CAL, "Collection points", L, "пункты приёма"),
    ("mt-02-landfill", "extend on", "will extend on 40", CAL, "extend to", C, "распространится на"),
    ("mt-03-schoolbus", "invalids", "so that invalids", CAL, "wheelchair users", L, "инвалиды"),
    ("mt-03-schoolbus", "road canvas", "the road canvas", CAL, "road surface", L, "дорожное полотно"),
    ("mt-03-schoolbus", "stops of public transport", "the stops of public transport", CAL, "bus stops", L,
     "остановки общественного транспорта"),
    ("mt-04-gaspipe", "is assessed in", "is assessed in 640", CAL, "is estimated at", C, "оценивается в"),
    ("mt-04-gaspipe", "Preferential categories of citizens", "Preferential categories of citizens", CAL,
     "People entitled to benefits", L, "льготные категории граждан"),
    ("mt-04-gaspipe", "supports of power lines", "the supports of power lines", CAL, "power line pylons", L, "опоры ЛЭП"),
    ("mt-04-gaspipe", "energetics", "so the energetics", CAL, "power engineers", L, "энергетики"),
    ("mt-04-gaspipe", "approach to", "should not approach to", CAL, "approach", C, "подходить к"),
    ("mt-04-gaspipe", "Personal composition", "Personal composition of the gas service", CAL, "The staff", L, "личный состав"),
    ("mt-04-gaspipe", "spread on", "will spread on 20", CAL, "spread to", C, "распространится на"),
    ("mt-05-rehab", "invalids", "centre for invalids", CAL, "people with disabilities", L, "инвалиды"),
    ("mt-05-rehab", "asphalt covering", "the asphalt covering", CAL, "asphalt surface", L, "асфальтовое покрытие"),
    ("mt-05-rehab", "sanitary aviation", "ambulances of sanitary aviation", CAL, "air ambulance", L, "санавиация"),
    ("mt-05-rehab", "made 5 departures", "made 5 departures", CAL, "flew 5 missions", L, "совершил 5 вылетов"),
    ("mt-05-rehab", "on the competitions", "medals on the competitions", CAL, "at the competition", L, "на соревнованиях"),
    ("mt-05-rehab", "champion on the short distance", "champion on the short distance", CAL,
     "short-distance champion", L, "чемпионка на короткой дистанции"),
    ("mt-05-rehab", "recommends to register", "recommends to register", CAL, "advises people to register", C,
     "рекомендует записываться"),
    # members of the kind the entries were NOT built for (or built elsewhere)
    ("mt-01-boxing", "in the weight up to 63.5 kilograms", "in the weight up to 63.5 kilograms", CAL,
     "in the 63.5kg division", L, "в весе до 63,5 кг"),
    ("mt-01-boxing", "school of the Olympic reserve", "school of the Olympic reserve", CAL, "Olympic reserve school", L,
     "школа олимпийского резерва"),
    ("mt-01-boxing", "at the expense of", "increased at the expense of", CAL, "from", L, "за счёт"),
    ("mt-02-landfill", "in the last month", "into operation in the last month", CAL, "last month", C, "в прошлом месяце"),
    ("mt-02-landfill", "exceeded the norm on 40%", "exceeded the norm on 40%", CAL, "exceeded the limit by 40%", C,
     "превысило норму на 40%"),
    ("mt-02-landfill", "By the state on", "By the state on 1 September", CAL, "As of", C, "по состоянию на"),
    ("mt-02-landfill", "for the total sum of", "fines for the total sum of", CAL, "totalling", L, "на общую сумму"),
    ("mt-03-schoolbus", "at the expense of", "bought at the expense of", CAL, "with money from", L, "за счёт"),
    ("mt-03-schoolbus", "got acquainted with", "got acquainted with the routes", CAL, "familiarised themselves with", L,
     "ознакомились с"),
    ("mt-03-schoolbus", "On the results of the inspection", "On the results of the inspection", CAL,
     "Following the inspection", C, "по результатам проверки"),
    ("mt-03-schoolbus", "forbade to use", "forbade to use", CAL, "banned", C, "запретила использовать"),
    ("mt-03-schoolbus", "In the framework of", "In the framework of the programme", CAL, "Under", L, "в рамках"),
    ("mt-03-schoolbus", "grew on 6%", "grew on 6%", CAL, "grew by 6%", C, "выросло на 6%"),
    ("mt-03-schoolbus", "advised to parents", "advised to parents", CAL, "advised parents", C, "посоветовала родителям"),
    ("mt-04-gaspipe", "In the result", "In the result, some", CAL, "As a result", C, "в результате"),
    ("mt-04-gaspipe", "In the next year", "In the next year", CAL, "Next year", C, "в следующем году"),
    ("mt-05-rehab", "The object", "The object was built", CAL, "The centre", L, "объект"),
    ("mt-05-rehab", "at the expense of", "built at the expense of", CAL, "with money from", L, "за счёт"),
    ("mt-05-rehab", "competitions on adaptive sports", "competitions on adaptive sports", CAL,
     "adaptive sports competitions", L, "соревнования по адаптивному спорту"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, distinct_spans=True))
