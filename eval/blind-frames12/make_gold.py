"""Gold for eval/blind-frames12 (Russian government and prepositional frames, category calque):
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
    ("mt-01-circus", "grew on 18%", "spectators grew on 18%", CAL, "grew by 18%", C, "вырос на 18%"),
    ("mt-01-circus", "increased on 96 million rubles", "increased on 96 million rubles", CAL,
     "increased by 96 million rubles", C, "увеличилась на"),
    ("mt-01-circus", "On the share of the New Year shows falls", "On the share of the New Year shows falls", CAL,
     "The New Year shows account for", C, "на долю ... приходится"),
    ("mt-01-circus", "is designed for two years", "is designed for two years", CAL, "runs for two years", L,
     "рассчитан на два года"),
    ("mt-01-circus", "in the amount of", "subsidy in the amount of", CAL, "of", L, "в размере"),
    ("mt-01-circus", "decree about", "The decree about", CAL, "decree on", L, "указ о"),
    ("mt-01-circus", "By the fact of", "By the fact of the fall", CAL, "Over", C, "по факту"),
    ("mt-01-circus", "Information about serious injuries did not arrive",
     "Information about serious injuries did not arrive", CAL, "There were no reports of serious injuries", C,
     "сведений о ... не поступало"),
    ("mt-01-circus", "decreased on 50 rubles", "decreased on 50 rubles", CAL, "fell by 50 rubles", C, "снизилась на"),
    ("mt-02-windfarm", "fell on 7%", "fell on 7%", CAL, "fell by 7%", C, "упала на 7%"),
    ("mt-02-windfarm", "claim about compensation", "claim about compensation", CAL, "claim for compensation", L,
     "иск о компенсации"),
    ("mt-02-windfarm", "is estimated in", "is estimated in 35", CAL, "is estimated at", C, "оценивается в"),
    ("mt-02-windfarm", "Under the new rules fall", "Under the new rules fall", CAL, "The new rules cover", C,
     "под новые правила попадают"),
    ("mt-02-windfarm", "law about", "regional law about noise", CAL, "law on", L, "закон о"),
    ("mt-02-windfarm", "recognized bankrupt", "recognized bankrupt the contractor", CAL, "declared bankrupt", C,
     "признал банкротом"),
    ("mt-02-windfarm", "With the claim about bankruptcy applied the supplier of the towers",
     "With the claim about bankruptcy applied the supplier of the towers", CAL,
     "The supplier of the towers filed the bankruptcy petition", C, "с иском о банкротстве обратился"),
    ("mt-02-windfarm", "is calculated until", "is calculated until 2029", CAL, "runs until", C, "рассчитано до"),
    ("mt-03-dental", "fined on 300 thousand rubles", "fined on 300 thousand rubles", CAL,
     "fined 300,000 rubles", C, "оштрафована на"),
    ("mt-03-dental", "By the fact of", "By the fact of the death", CAL, "Over", C, "по факту"),
    ("mt-03-dental", "accused in", "is accused in providing", CAL, "accused of", C, "обвиняется в"),
    ("mt-03-dental", "lawsuit about", "lawsuit about the recovery", CAL, "lawsuit seeking", L, "иск о взыскании"),
    ("mt-03-dental", "increased on a quarter", "increased on a quarter", CAL, "rose by a quarter", C, "выросло на четверть"),
    ("mt-03-dental", "resolution about", "draft resolution about", CAL, "resolution on", L, "постановление о"),
    ("mt-03-dental", "costs on 40% less", "costs on 40% less", CAL, "costs 40% less", C, "на 40% меньше"),
    ("mt-04-esports", "in the amount of", "prize in the amount of", CAL, "of", L, "в размере"),
    ("mt-04-esports", "increased on 40%", "increased on 40%", CAL, "increased by 40%", C, "выросла на 40%"),
    ("mt-04-esports", "In the application for the final", "In the application for the final", CAL,
     "In the squad for the final", L, "в заявку на финал"),
    ("mt-04-esports", "is designed for three seasons", "is designed for three seasons", CAL, "runs for three seasons", L,
     "рассчитан на три сезона"),
    ("mt-04-esports", "increased on 1.5 times", "increased on 1.5 times", CAL, "increased 1.5 times", C,
     "увеличен в 1,5 раза (MT 'on' for 'в')"),
    ("mt-04-esports", "disqualified him on six months", "disqualified him on six months", CAL,
     "banned him for six months", C, "дисквалифицировал на полгода"),
    ("mt-04-esports", "grew on 25 thousand", "grew on 25 thousand", CAL, "grew by 25,000", C, "выросло на 25 тысяч"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
