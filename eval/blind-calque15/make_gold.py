"""Gold for eval/blind-calque15 (Russian noun-phrase calques: relational adjectives, genitive
frames, measure frames; category calque only): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
Notes say B (a member of a family calque15 built data for, in wording not in its examples) or
N (a member of the same kind calque15 did NOT build for).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, L, run

SET_DIR = Path(__file__).resolve().parent
W, F, D, R, H = "mt-01-waterpark", "mt-02-weightlifting", "mt-03-dacha", "mt-04-ferriswheel", "mt-05-reindeerday"
ROWS = [
    (W, "of the closed type", None, CAL, "indoor", L, "N: закрытого типа"),
    (W, "of the open type", None, CAL, "outdoor", L, "N: открытого типа"),
    (W, "with the power of", None, CAL, "with a capacity of", L, "B: мощностью N посетителей"),
    (W, "at the age of up to five", None, CAL, "under five", L, "B: в возрасте до пяти лет (number in words)"),
    (W, "light-emitting diode", None, CAL, "LED", L, "B: светодиодное освещение"),
    (W, "the water mirror", None, CAL, "the water surface", L, "N: зеркало воды"),
    (W, "In the winter period", None, CAL, "In winter", L, "N: в зимний период"),
    (W, "put on conservation", None, CAL, "mothballed", L, "B: будут законсервированы"),
    (W, "the places of mass stay of people", None, CAL, "crowded places", L, "N: места массового пребывания людей"),
    (W, "zone of paid parking", None, CAL, "paid car park", L, "B: зона платной парковки"),
    (F, "championship of the Volga region", None, CAL, "Volga region championship", L, "N: title word for word"),
    (F, "the championship of the Volga federal district in weightlifting", None, CAL,
     "the Volga Federal District weightlifting championship", L, "N: title word for word"),
    (F, "in the sum of two exercises", None, CAL, "in total", L, "N: в сумме двух упражнений"),
    (F, "in the weight category over 109 kilograms", None, CAL, "in the over-109kg category", L, "B: в весовой категории свыше 109 кг"),
    (F, "In the jerk", None, CAL, "In the snatch", L, "N: рывок"),
    (F, "in the push", None, CAL, "in the clean and jerk", L, "N: толчок"),
    (F, "for three approaches", None, CAL, "in three attempts", L, "B: за три подхода"),
    (F, "the sport of higher achievements", None, CAL, "elite sport", L, "N: спорт высших достижений"),
    (F, "the honoured trainer of Russia", None, CAL, "Honoured Coach of Russia", L, "N: заслуженный тренер России"),
    (F, "the school of the Olympic reserve", None, CAL, "the Olympic reserve school", L, "N: школа олимпийского резерва"),
    (F, "means of video fixation", None, CAL, "video recording equipment", L, "N: средства видеофиксации"),
    (F, "seances of recovery massage", None, CAL, "recovery massage sessions", L, "B: сеансы восстановительного массажа (a noun the list lacks)"),
    (D, "dacha massif", None, CAL, "dacha settlement", L, "N: дачный массив"),
    (D, "garden non-commercial partnership", None, CAL, "gardeners' association", L, "N: садовое некоммерческое товарищество"),
    (D, "land of agricultural designation", None, CAL, "agricultural land", L, "N: земли сельхозназначения"),
    (D, "road cloth", None, CAL, "road surface", L, "N: дорожное полотно"),
    (D, "intra-quarter passages", None, CAL, "residential driveways", L, "N: внутриквартальные проезды"),
    (D, "small architectural forms", None, CAL, "street furniture", L, "B: малые архитектурные формы"),
    (D, "in the summer period", None, CAL, "in summer", L, "N: в летний период"),
    (D, "cucumbers of the closed ground", None, CAL, "greenhouse cucumbers", L, "B: огурцы закрытого грунта"),
    (D, "land for individual housing construction", None, CAL, "land for private homes", L, "N: под ИЖС"),
    (R, "wheel of review", None, CAL, "observation wheel", L, "N: колесо обозрения"),
    (R, "central park of culture and recreation", None, CAL, "central park", L, "N: ЦПКиО"),
    (R, "cabins of increased comfort", None, CAL, "comfortable cabins", L, "B: кабины повышенной комфортности"),
    (R, "children's health-improving camp", None, CAL, "children's summer camp", L, "N: детский оздоровительный лагерь"),
    (R, "in the light time of the day", None, CAL, "in daylight", L, "B: в светлое время суток"),
    (R, "creative evening", None, CAL, "an evening", L, "B: творческий вечер"),
    (R, "The total volume of financing of the project made up", None, CAL, "The project cost a total of", L,
     "B: общий объём финансирования составил"),
    (R, "zone of rest", None, CAL, "recreation area", L, "B: зона отдыха"),
    (R, "zone of Wi-Fi coverage", None, CAL, "Wi-Fi area", L, "B: зона покрытия Wi-Fi (a noun the list lacks)"),
    (H, "races on reindeer harness teams", None, CAL, "reindeer sled races", L, "B: гонки на оленьих упряжках"),
    (H, "for four minutes", None, CAL, "in four minutes", L, "B: за четыре минуты (a noun the list lacks)"),
    (H, "for five attempts", None, CAL, "in five attempts", L, "B: за пять попыток"),
    (H, "the number of the livestock of reindeer", None, CAL, "the reindeer herd", L, "B: поголовье оленей"),
    (H, "the regulation of the number of wolves", None, CAL, "wolf control", L, "B: регулирование численности волков"),
    (H, "the gifts of the tundra", None, CAL, "tundra produce", L, "B: дары тундры"),
    (H, "In the lower current of the Ob", None, CAL, "In the lower reaches of the Ob", L, "B: в нижнем течении Оби"),
    (H, "trips on snowmobiles", None, CAL, "snowmobile trips", L, "B: поездки на снегоходах (a noun the list lacks)"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
