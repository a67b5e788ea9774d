"""Write gold.jsonl for eval/blind-untr5 from a table of rows and check it (eval/goldkit.py).

Row: (doc, exact span text, occurrence index (0 = first), category, correction, confidence, note).
Spans are found by exact, word-bounded, case-sensitive search in docs/<doc>.txt. This set's own
check: no 8-word run (words: runs of word characters) shared with the corpus, the seeds or the
other eval sets beside this folder (SET_DIR/../*/docs and SET_DIR/../docs, its own docs skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CORPUS_AND_SEEDS, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

U, E = "untranslated", "entity-mistranslation"
ROWS = [
    ("mt-01-heating", "MUP", 0, U, "municipal utility", "certain", "МУП"),
    ("mt-01-heating", "UK", 0, U, "management company", "certain", "УК = управляющая компания"),
    ("mt-01-heating", "GZhI", 0, U, "housing inspectorate", "likely", "ГЖИ"),
    ("mt-01-heating", "TETs", 0, U, "CHP plant", "certain", "ТЭЦ"),
    ("mt-01-heating", "Upper Salda", 0, E, "Verkhnyaya Salda", "certain", "Верхняя Салда by meaning"),
    ("mt-01-heating", "Big Lake", 0, E, "Bolshoye Ozero", "likely", "invented village Большое Озеро by meaning"),
    ("mt-01-heating", "MChS", 0, U, "Emergencies Ministry", "certain", "МЧС"),
    ("mt-02-prison-fraud", "GUFSIN", 0, U, "regional prison service", "certain", "ГУФСИН"),
    ("mt-02-prison-fraud", "IK-26", 0, U, "Penal Colony No. 26", "likely", "ИК-26"),
    ("mt-02-prison-fraud", "Hares", 0, E, "Zaitseva", "certain", "Зайцева by meaning"),
    ("mt-02-prison-fraud", "SK", 0, U, "Investigative Committee", "certain", "СК"),
    ("mt-02-prison-fraud", "SK", 1, U, "the Investigative Committee", "certain", "СК"),
    ("mt-02-prison-fraud", "UFSB", 0, U, "regional FSB directorate", "certain", "УФСБ"),
    ("mt-02-prison-fraud", "Lucky Lake", 0, E, "Udachnoye Ozero", "likely", "invented town by meaning"),
    ("mt-02-prison-fraud", "UFSIN", 0, U, "Federal Penitentiary Service", "likely", "УФСИН"),
    ("mt-03-vaccine", "Nightingales", 0, E, "Solovyova", "certain", "Соловьёва by meaning"),
    ("mt-03-vaccine", "Faizer", 0, E, "Pfizer", "certain", "Пфайзер/Файзер misheard"),
    ("mt-03-vaccine", "Minzdrav", 0, U, "Health Ministry", "certain", "Минздрав"),
    ("mt-03-vaccine", "OMS", 0, U, "compulsory health insurance", "certain", "ОМС"),
    ("mt-03-vaccine", "Red Yar", 0, E, "Krasny Yar", "certain", "Красный Яр half by meaning"),
    ("mt-03-vaccine", "NII", 0, U, "Research Institute", "certain", "НИИ"),
    ("mt-04-road", "GU MChS", 0, U, "Emergencies Ministry directorate", "certain", "ГУ МЧС"),
    ("mt-04-road", "Cold Spring", 0, E, "Kholodny Rodnik", "likely", "invented village by meaning"),
    ("mt-04-road", "DTP", 0, U, "crash", "certain", "ДТП"),
    ("mt-04-road", "Hot Key", 0, E, "Goryachy Klyuch", "certain", "Горячий Ключ by meaning"),
    ("mt-04-road", "Minzdrav", 0, U, "health ministry", "certain", "Минздрав"),
    ("mt-04-road", "White Kalitva", 0, E, "Belaya Kalitva", "certain", "Белая Калитва half by meaning"),
    ("mt-04-road", "OGIBDD", 0, U, "traffic police department", "certain", "ОГИБДД"),
    ("mt-04-road", "OMVD", 0, U, "police department", "certain", "ОМВД"),
    ("mt-05-arctic", "Northern Earth", 0, E, "Severnaya Zemlya", "certain", "Северная Земля by meaning"),
    ("mt-05-arctic", "New Earth", 0, E, "Novaya Zemlya", "certain", "Новая Земля by meaning"),
    ("mt-05-arctic", "Bears", 0, E, "Medvedev", "certain", "Медведев by meaning"),
    ("mt-05-arctic", "AANII", 0, U, "Arctic and Antarctic Research Institute", "certain", "ААНИИ"),
    ("mt-05-arctic", "MGU", 0, U, "Moscow State University", "certain", "МГУ"),
    ("mt-05-arctic", "RNF", 0, U, "Russian Science Foundation", "certain", "РНФ"),
    ("mt-05-arctic", "FGBU", 0, U, "the federal agency", "likely", "ФГБУ"),
]


if __name__ == "__main__":
    beside = SET_DIR.resolve().parent
    sys.exit(run(SET_DIR, ROWS, own_words_against=(*CORPUS_AND_SEEDS, f"{beside}/*/docs/*.txt",
                                                   f"{beside}/docs/*.txt"),
                 skip_own=True, run_token=r"\w+"))
