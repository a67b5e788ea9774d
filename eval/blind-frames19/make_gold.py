"""Gold for eval/blind-frames19 (Russian по/из/на/в government rendered literally, category calque):
a table, offsets by exact search. Written blind (before any scoring of these texts).

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
    # mt-01-billiards
    ("mt-01-billiards", "Cup of the Volga Federal District on Russian billiards",
     "won the Cup of the Volga Federal District on Russian billiards", CAL,
     "Volga Federal District Russian Billiards Cup", L, "Кубок ПФО по русскому бильярду"),
    ("mt-01-billiards", "not more than 16 players", "not more than 16 players", CAL, "no more than 16 players", L,
     "не более 16 игроков"),
    ("mt-01-billiards", "the player from Samara Oleg Dyatlov", "the player from Samara Oleg Dyatlov", CAL,
     "Samara player Oleg Dyatlov", L, "игрока из Самары Олега Дятлова (apposition)"),
    ("mt-01-billiards", "master of sports on billiards", "a master of sports on billiards", CAL,
     "master of sport in billiards", L, "мастер спорта по бильярду"),
    ("mt-01-billiards", "with the score 5:3", "with the score 5:3", CAL, "5-3", L, "со счётом 5:3"),
    ("mt-01-billiards", "team of the republic on pool", "the team of the republic on pool", CAL,
     "the republic's pool team", L, "сборная республики по пулу"),
    ("mt-01-billiards", "According to the results of the tournament", "According to the results of the tournament",
     CAL, "After the tournament", L, "по итогам турнира"),
    ("mt-01-billiards", "national team of Russia", "the national team of Russia", CAL, "Russia's national team", L,
     "сборная России"),
    ("mt-01-billiards", "The coach of the team Vladimir Gusev", "The coach of the team Vladimir Gusev", CAL,
     "The team's coach, Vladimir Gusev,", L, "тренер команды Владимир Гусев"),
    ("mt-01-billiards", "grant on support of sports organisations", "a grant on support of sports organisations", CAL,
     "a grant to support sports organisations", L, "грант на поддержку спортивных организаций"),
    # mt-02-woodcarving
    ("mt-02-woodcarving", "Sculptures from larch", "Sculptures from larch will", CAL, "Larch sculptures", L,
     "скульптуры из лиственницы"),
    ("mt-02-woodcarving", "on the open air", "sculptures on the open air", CAL, "in the open air", C,
     "на открытом воздухе"),
    ("mt-02-woodcarving", "festival of wooden sculpture", "the festival of wooden sculpture", CAL,
     "wood sculpture festival", L, "фестиваль деревянной скульптуры"),
    ("mt-02-woodcarving", "in the first half of the day", "in the first half of the day", CAL, "in the morning", L,
     "в первой половине дня"),
    ("mt-02-woodcarving", "two benches from oak", "two benches from oak", CAL, "two oak benches", L,
     "две скамейки из дуба"),
    ("mt-02-woodcarving", "In the end of the season", "In the end of the season", CAL, "At the end of the season", C,
     "в конце сезона"),
    ("mt-02-woodcarving", "on the money of the city", "on the money of the city", CAL, "funded by the city", L,
     "на деньги города"),
    ("mt-02-woodcarving", "On the photo", "On the photo:", CAL, "In the photo", C, "на фото"),
    # mt-03-schoolstadium
    ("mt-03-schoolstadium", "grant on reconstruction of the stadium", "grant on reconstruction of the stadium", CAL,
     "grant to rebuild the stadium", L, "грант на реконструкцию стадиона"),
    ("mt-03-schoolstadium", "stadium of school number 5", "the stadium of school number 5", CAL,
     "School No. 5's stadium", L, "стадион школы № 5"),
    ("mt-03-schoolstadium", "The works on laying of", "The works on laying of", CAL, "Laying", L,
     "работы по укладке"),
    ("mt-03-schoolstadium", "in the end of August", "in the end of August", CAL, "at the end of August", C,
     "в конце августа"),
    ("mt-03-schoolstadium", "the stands from reinforced concrete", "the stands from reinforced concrete", CAL,
     "the reinforced concrete stands", L, "трибуны из железобетона"),
    ("mt-03-schoolstadium", "in emergency condition", "in emergency condition", CAL, "unsafe", L,
     "в аварийном состоянии"),
    ("mt-03-schoolstadium", "took the situation under control", "took the situation under control", CAL,
     "began monitoring the situation", L, "взяла ситуацию под контроль"),
    ("mt-03-schoolstadium", "The programme on improvement of school sports grounds",
     "The programme on improvement of school sports grounds", CAL,
     "The programme to improve school sports grounds", L, "программа по благоустройству"),
    ("mt-03-schoolstadium", "On today's day", "On today's day", CAL, "To date", C, "на сегодняшний день"),
    ("mt-03-schoolstadium", "at the age of 7 years and older", "at the age of 7 years and older", CAL,
     "aged 7 and older", L, "в возрасте 7 лет и старше"),
    # mt-04-allotments
    ("mt-04-allotments", "The rain went", "The rain went in the Omsk region", CAL, "It rained", L, "дождь шёл"),
    ("mt-04-allotments", "the average yield of cucumbers on the region",
     "the average yield of cucumbers on the region", CAL, "the regional average cucumber yield", L,
     "средняя урожайность огурцов по области"),
    ("mt-04-allotments", "in the night from Saturday to Sunday", "in the night from Saturday to Sunday", CAL,
     "overnight Saturday into Sunday", L, "в ночь с субботы на воскресенье"),
    ("mt-04-allotments", "in the second half of the day", "in the second half of the day", CAL,
     "in the afternoon", L, "во второй половине дня"),
    ("mt-04-allotments", "not more than twice a week", "not more than twice a week", CAL,
     "no more than twice a week", L, "не более двух раз в неделю"),
    ("mt-04-allotments", "measures on compensation of the damage", "measures on compensation of the damage", CAL,
     "steps to compensate for the damage", L, "меры по компенсации ущерба"),
    ("mt-04-allotments", "by the results of the year", "by the results of the year", CAL,
     "at the end of the year", L, "по итогам года"),
    # mt-05-darts
    ("mt-05-darts", "the champion of the city on darts", "became the champion of the city on darts", CAL,
     "the city darts champion", L, "чемпион города по дартсу"),
    ("mt-05-darts", "went on pension", "went on pension in 2021", CAL, "retired", C, "вышел на пенсию"),
    ("mt-05-darts", "championship of the city on darts", "won the championship of the city on darts", CAL,
     "the city darts championship", L, "чемпионат города по дартсу"),
    ("mt-05-darts", "on the address Radishcheva boulevard, 32", "on the address Radishcheva boulevard, 32", CAL,
     "at 32 Radishchev Boulevard", L, "по адресу бульвар Радищева, 32"),
    ("mt-05-darts", "in the sum of three legs", "in the sum of three legs", CAL, "over three legs", L,
     "по сумме трёх легов"),
    ("mt-05-darts", "On the moment of the final", "On the moment of the final", CAL, "At the time of the final", C,
     "на момент финала"),
    ("mt-05-darts", "competitions on tug of war and kettlebell lifting",
     "the competitions on tug of war and kettlebell lifting", CAL, "tug-of-war and kettlebell competitions", L,
     "соревнования по перетягиванию каната и гиревому спорту"),
    ("mt-05-darts", "by the phone of the hotline of the sports committee",
     "by the phone of the hotline of the sports committee", CAL, "by calling the sports committee hotline", L,
     "по телефону горячей линии"),
    ("mt-05-darts", "darts section", "the darts section", CAL, "darts club", L, "секция дартса"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
