"""Gold for the calques blind batch: a table, offsets computed by exact substring search.

Run: python eval/blind-calques/make_gold.py  (writes gold.jsonl beside this file).
Each row: doc, exact text, optional unique context holding the text, correction, confidence,
note. Every row is a calque. Written by helper "calques" after the calque families were
rebuilt (issue 14 item 2) and scored once, untouched; see README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
C, L = "certain", "likely"

ROWS = [
    ("mt_01_budget", "informs the press service of the legislative assembly", None, "the legislative assembly's press service reports", L, "сообщает пресс-служба"),
    ("mt_01_budget", "make up", "will make up 212", "total", L, "составят"),
    ("mt_01_budget", "by 18% more", None, "18% more", C, "на 18% больше"),
    ("mt_01_budget", "In the regional government explained", None, "The regional government explained", L, "В правительстве пояснили"),
    ("mt_01_budget", "the main growth of revenues was provided by", None, "most of the revenue growth came from", L, "рост обеспечил"),
    ("mt_01_budget", "in the budget it is provided", None, "the budget allocates", L, "в бюджете предусмотрено"),
    ("mt_01_budget", "We proceed from the fact that", None, "We assume that", L, "исходим из того, что"),
    ("mt_01_budget", "the head of the regional finance department Irina Sokolova", None, "regional finance chief Irina Sokolova", L, "apposition"),
    ("mt_01_budget", "did not exclude that", None, "did not rule out that", L, "не исключила, что"),
    ("mt_01_budget", "take under personal control", None, "personally oversee", L, "взять под личный контроль"),
    ("mt_02_hockey", "with the score 4:2", None, "4-2", L, "со счётом"),
    ("mt_02_hockey", "The first puck was thrown by", None, "The scoring was opened by", L, "первую шайбу забросил"),
    ("mt_02_hockey", "in the majority", None, "on the power play", L, "в большинстве"),
    ("mt_02_hockey", "said after the match the head coach of Avangard Dmitry Ryabykin", None, "Avangard head coach Dmitry Ryabykin said after the match", L, "inverted attribution"),
    ("mt_02_hockey", "to the second line", None, "to second place", L, "на вторую строчку"),
    ("mt_02_hockey", "The mentor of the guests Anatoly Sokolov", None, "The visitors' coach, Anatoly Sokolov,", L, "наставник + apposition"),
    ("mt_02_hockey", "The next match the Omsk team will play", None, "The Omsk team will play its next match", L, "fronted object"),
    ("mt_03_fire", "has increased by two times", None, "has doubled", L, "увеличилась в два раза"),
    ("mt_03_fire", "passes Chita.Ru", None, "Chita.Ru reports", C, "передаёт"),
    ("mt_03_fire", "with reference to", "Chita.Ru with reference to", "citing", L, "со ссылкой на"),
    ("mt_03_fire", "there were registered", None, "were registered", L, "зарегистрировано"),
    ("mt_03_fire", "sources of fire", None, "fires", L, "очаги возгорания"),
    ("mt_03_fire", "As clarified in the department", None, "As the department clarified", L, "как уточнили в ведомстве"),
    ("mt_03_fire", "The regime of emergency situation of regional character", None, "A regional state of emergency", L, "режим ЧС регионального характера"),
    ("mt_03_fire", "Nobody of", None, "None of", C, "никто из"),
    ("mt_03_fire", "suffered", "residents suffered", "was hurt", L, "пострадал"),
    ("mt_03_fire", "The head of the region Alexander Osipov", None, "Governor Alexander Osipov", L, "глава региона + apposition"),
    ("mt_03_fire", "instructed to strengthen", None, "ordered officials to strengthen", L, "поручил усилить"),
    ("mt_03_fire", "paratroopers-firefighters", None, "smokejumpers", L, "парашютисты-пожарные"),
    ("mt_03_fire", "On the territory of", None, "In", L, "на территории"),
    ("mt_04_court", "measure of restraint", None, "pretrial detention", L, "мера пресечения"),
    ("mt_04_court", "transmits the correspondent of the agency", None, "an agency correspondent reports", C, "передаёт корреспондент агентства"),
    ("mt_04_court", "in especially large size", None, "on a particularly large scale", L, "в особо крупном размере"),
    ("mt_04_court", "in 2021 year", None, "in 2021", C, "в 2021 году"),
    ("mt_04_court", "About it told journalists", None, "The defendant's lawyer, Maxim Orlov, told journalists", L, "Об этом рассказал"),
    ("mt_04_court", "on the fact of", None, "over", L, "по факту"),
    ("mt_04_court", "do not exclude that", None, "do not rule out that", L, "не исключают, что"),
    ("mt_05_oil", "was at the level of", None, "stood at", L, "на уровне"),
    ("mt_05_oil", "follows from the data of the agency Argus", None, "according to Argus", L, "следует из данных"),
    ("mt_05_oil", "widened up to", None, "widened to", L, "до"),
    ("mt_05_oil", "connect the decrease with", None, "attribute the decrease to", L, "связывают с"),
    ("mt_05_oil", "Against the background of", None, "Amid", L, "на фоне"),
    ("mt_05_oil", "for 1.2%", None, "by 1.2%", L, "на 1,2%"),
    ("mt_05_oil", "On the share of India falls", None, "India accounts for", C, "на долю Индии приходится"),
    ("mt_05_oil", "Such data are cited by", None, "according to", L, "такие данные приводит"),
    ("mt_05_oil", "In the Ministry of Finance informed", None, "The Finance Ministry said", L, "В Минфине сообщили"),
    ("mt_06_rail", "informs the press service of the Central Suburban Passenger Company", None, "the Central Suburban Passenger Company's press service reports", L, "сообщает пресс-служба"),
    ("mt_06_rail", "It is planned to", None, "The company plans to", L, "планируется"),
    ("mt_06_rail", "flights", "12 new flights", "trains", L, "рейсы"),
    ("mt_06_rail", "The change is connected with", None, "The change is due to", L, "связано с"),
    ("mt_06_rail", "repair works", None, "repairs", L, "ремонтные работы"),
    ("mt_06_rail", "will allow to reduce", None, "will make it possible to reduce", C, "позволит сократить"),
    ("mt_06_rail", "the general director of the company Sergey Petrov", None, "the company's CEO, Sergey Petrov", L, "apposition"),
    ("mt_06_rail", "in the official Telegram channel", None, "on the official Telegram channel", L, "в Telegram-канале"),
    ("mt_06_rail", "In the nearest time", None, "Soon", C, "в ближайшее время"),
    ("mt_07_health", "it became known", None, "it emerged", L, "стало известно"),
    ("mt_07_health", "In the regional ministry of health recommended", None, "The regional health ministry recommended", L, "В минздраве рекомендовали"),
    ("mt_07_health", "According to the data of", None, "According to", C, "по данным"),
    ("mt_07_health", "there were registered", None, "were registered", L, "зарегистрировано"),
    ("mt_07_health", "specialists explain by", None, "specialists attribute to", L, "объясняют + fronted object"),
    ("mt_07_health", "In connection with the fact that", None, "Because", L, "в связи с тем, что"),
    ("mt_07_health", "The chief sanitary doctor of the region Dmitry Kovalenko", None, "The region's chief public health officer, Dmitry Kovalenko,", L, "apposition"),
    ("mt_07_health", "told that", None, "said that", L, "рассказал, что"),
    ("mt_08_mayor", "Within the framework of", None, "Under", L, "в рамках"),
    ("mt_08_mayor", "900 units of equipment", None, "900 vehicles", L, "единиц техники"),
    ("mt_08_mayor", "The head of the city Alexey Orlov", None, "Mayor Alexey Orlov", L, "глава города + apposition"),
    ("mt_08_mayor", "in the enhanced mode", None, "on high alert", L, "в усиленном режиме"),
    ("mt_08_mayor", "in his Telegram", None, "on Telegram", C, "в своём Telegram"),
    ("mt_08_mayor", "In the mayor's office specified", None, "The mayor's office said", L, "В мэрии уточнили"),
    ("mt_08_mayor", "during three days", None, "within three days", L, "в течение трёх дней"),
    ("mt_08_mayor", "With misunderstanding the work of the utilities was met by", None, "The utilities' work was met with incomprehension by", L, "fronted manner"),
    ("mt_08_mayor", "in social networks", None, "on social media", L, "в соцсетях"),
    ("mt_08_mayor", "Earlier it was informed", None, "It was reported earlier", L, "Ранее сообщалось"),
    ("mt_08_mayor", "snowplows of domestic production", None, "Russian-made snowplows", L, "отечественного производства"),
    ("mt_09_space", "started from", None, "lifted off from", L, "стартовала"),
    ("mt_09_space", "reports Roscosmos", None, "Roscosmos reports", L, "сообщает Роскосмос"),
    ("mt_09_space", "cargoes", None, "cargo", L, "грузов"),
    ("mt_09_space", "in the regular mode", None, "normally", L, "в штатном режиме"),
    ("mt_09_space", "the head of the state corporation Yuri Borisov", None, "Roscosmos head Yuri Borisov", L, "apposition"),
    ("mt_09_space", "in the current year", None, "this year", L, "в текущем году"),
    ("mt_09_space", "it is planned to", None, "plans call for", L, "планируется"),
    ("mt_09_space", "About this also informed", None, "This was also confirmed by", L, "Об этом также сообщил"),
    ("mt_09_space", "the official representative of", None, "a spokesperson for", L, "официальный представитель"),
    ("mt_10_football", "reports the club website", None, "the club website reports", L, "сообщает сайт клуба"),
    ("mt_10_football", "is calculated until", None, "runs until", L, "рассчитан до"),
    ("mt_10_football", "made up", "transfer made up", "was", L, "составила"),
    ("mt_10_football", 'write "Sport-Express"', None, "Sport-Express reports", L, "пишет «Спорт-Экспресс»"),
    ("mt_10_football", "The head coach of Zenit Sergey Semak", None, "Zenit head coach Sergey Semak", L, "apposition"),
    ("mt_10_football", "The winner of the last championship became Zenit", None, "Zenit won the last championship", L, "Победителем стал"),
    ("mt_11_grain", "follows from the documents of the Ministry of Agriculture", None, "according to Agriculture Ministry documents", L, "следует из документов"),
    ("mt_11_grain", "against the background of", None, "amid", L, "на фоне"),
    ("mt_11_grain", "In September of the current year", None, "In September", L, "в сентябре текущего года"),
    ("mt_11_grain", "by 9% less", None, "9% less", C, "на 9% меньше"),
    ("mt_11_grain", 'As told "Interfax" a source in the industry', None, "As a source in the industry told Interfax", L, "как рассказал источник"),
    ("mt_11_grain", "will make up", None, "will be", L, "составит"),
    ("mt_12_bank", "at the level of", "rate at the level of", "at", L, "на уровне"),
    ("mt_12_bank", "it is said in the message of the regulator", None, "the regulator said in a statement", L, "говорится в сообщении"),
    ("mt_12_bank", "explained the pause by", None, "attributed the pause to", L, "объяснил паузу"),
    ("mt_12_bank", "in the Central Bank did not exclude", None, "the Central Bank did not rule out", L, "в ЦБ не исключили"),
    ("mt_12_bank", "in the nearest future", None, "soon", C, "в ближайшее время"),
    ("mt_12_bank", "said at the press conference the chairman of the Central Bank Elvira Nabiullina", None, "Central Bank Governor Elvira Nabiullina said at the press conference", L, "inverted attribution"),
    ("mt_13_theatre", 'writes the newspaper "Vedomosti"', None, "Vedomosti reports", L, "пишет газета «Ведомости»"),
    ("mt_13_theatre", "informs the theatre", None, "the theatre said", L, "сообщает театр"),
    ("mt_13_theatre", "The general director of the theatre Valery Gergiev", None, "The theatre's general director, Valery Gergiev,", L, "apposition"),
    ("mt_13_theatre", "Within the framework of", None, "As part of", L, "в рамках"),
    ("mt_13_theatre", "In the theatre promised", None, "The theatre promised", L, "В театре пообещали"),
    ("mt_13_theatre", "on the air of", None, "on", C, "в эфире"),
    ("mt_14_border", "over the territory of", None, "over", L, "над территорией"),
    ("mt_14_border", "informed in the Ministry of Defense", None, "the Defense Ministry said", L, "сообщили в Минобороны"),
    ("mt_14_border", "The head of the region Alexander Bogomaz", None, "Governor Alexander Bogomaz", L, "глава региона + apposition"),
    ("mt_14_border", "in his Telegram channel", None, "on his Telegram channel", L, "в Telegram-канале"),
    ("mt_14_border", "As a result of the fall of debris", None, "Falling debris", L, "в результате падения обломков"),
    ("mt_14_border", "On the eve of", None, "The day before,", L, "Накануне + actor"),
    ("mt_14_border", "the regime of increased readiness", None, "a state of high alert", L, "режим повышенной готовности"),
    ("mt_14_border", "Earlier it was written", None, "Earlier reports said", L, "Ранее писали"),
    ("mt_14_border", "The Ukrainian side", None, "Kyiv", L, "украинская сторона"),
    ("mt_15_university", "announced the Minister of Science and Higher Education Valery Falkov", None, "Science and Higher Education Minister Valery Falkov announced", L, "inverted attribution"),
    ("mt_15_university", "in the conditions of", None, "amid", L, "в условиях"),
    ("mt_15_university", "The rector of the Moscow State University Viktor Sadovnichy", None, "Moscow State University rector Viktor Sadovnichy", L, "apposition"),
    ("mt_15_university", "According to his words", None, "According to him", C, "по его словам"),
    ("mt_15_university", "has grown by 1.5 times", None, "has grown 1.5-fold", L, "выросла в 1,5 раза"),
    ("mt_15_university", "It is reported that", None, "Officials said", L, "сообщается"),
    ("mt_15_university", "the portal of state services", None, "the public services portal", L, "портал госуслуг"),
]


def main() -> None:
    out = []
    for doc, text, context, correction, confidence, note in ROWS:
        body = (HERE / "docs" / f"{doc}.txt").read_text(encoding="utf-8")
        anchor = context or text
        assert body.count(anchor) == 1, (doc, anchor, body.count(anchor))
        start = body.index(anchor) + anchor.index(text)
        out.append({"doc": doc, "start": start, "end": start + len(text), "text": text, "category": "calque",
                    "correction": correction, "confidence": confidence, "note": note})
    (HERE / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in out), encoding="utf-8")
    print(len(out), "artifacts")


if __name__ == "__main__":
    main()
