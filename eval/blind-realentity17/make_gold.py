"""Gold for eval/blind-realentity17 (real17e's held-out set: names, places, institutions,
abbreviations, clock times and numbers as real MT leaves them, on beats eval/ had not used: a tram
route, notaries, river ice, computer courses for pensioners, a rabies vaccination day; plus a
human-style control with native look-alikes). Written by real17e before scoring, in our own words.
Rows: (doc, span text, where, category, correction, confidence, note); offsets by exact search
(eval/goldkit.py).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, IC, NC, EN, UN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    # mt-01-tram
    ("mt-01-tram", "will change the scheme of movement", None, CAL, "will change its route", L, "изменит схему движения"),
    ("mt-01-tram", "Kirov street", None, NC, "Kirov Street", L, "улица Кирова"),
    ("mt-01-tram", "Lenin prospectus", None, EN, "Lenin Avenue", C, "проспект Ленина"),
    ("mt-01-tram", "the street of Pushkinskaya", None, EN, "Pushkinskaya Street", L, "улица Пушкинская"),
    ("mt-01-tram", "informs the press service of the city administration", None, CAL,
     "the city administration's press service said", L, "сообщает пресс-служба"),
    ("mt-01-tram", "Central square", None, NC, "Central Square", L, "Центральная площадь"),
    ("mt-01-tram", "Cirk", None, UN, "Tsirk (Circus)", L, "остановка «Цирк»"),
    ("mt-01-tram", "in 5.40", None, DN, "at 5:40 a.m.", C, "в 5.40"),
    ("mt-01-tram", "at 23.30 o'clock", None, DN, "at 11:30 p.m.", C, "в 23.30 часов"),
    ("mt-01-tram", "from 6.00 to 22.00 hours", None, DN, "from 6 a.m. to 10 p.m.", L, "с 6.00 до 22.00 часов"),
    ("mt-01-tram", "PETROVA", None, NC, "Petrova", C, "surname in capitals"),
    ("mt-01-tram", "UR", None, UN, "the Udmurt Republic", C, "УР"),
    ("mt-01-tram", "48,5", None, DN, "48.5", C, "decimal comma"),
    ("mt-01-tram", "Pervomaisky and Oktyabrsky areas", None, EN, "Pervomaisky and Oktyabrsky districts", C, "районы"),
    # mt-02-notary
    ("mt-02-notary", "in 10.00", None, DN, "at 10 a.m.", C, "в 10.00"),
    ("mt-02-notary", "MFC", None, UN, "public services centres", C, "МФЦ"),
    ("mt-02-notary", "RD", None, UN, "of Dagestan", C, "Минюст РД"),
    ("mt-02-notary", "Kizlyar and Babayurt areas", None, EN, "Kizlyar and Babayurt districts", C, "районы"),
    ("mt-02-notary", "address to the mobile reception", None, CAL, "go to the mobile office", L, "обратиться в"),
    ("mt-02-notary", "from 11 hours 30 minutes", None, DN, "from 11:30 a.m.", C, "с 11 часов 30 минут"),
    ("mt-02-notary", "As the President of the notarial chamber Magomed Aliyev told", None, CAL,
     "Magomed Aliyev, the president of the notarial chamber, said", L, "как рассказал"),
    ("mt-02-notary", "3 thousand 200", None, DN, "3,200", C, "3 тысячи 200"),
    ("mt-02-notary", "SMO", None, UN, "the war in Ukraine (the special military operation)", C, "СВО"),
    # mt-03-river
    ("mt-03-river", "on 2 days earlier", None, CAL, "two days earlier", C, "на 2 дня раньше"),
    ("mt-03-river", "reported in the regional center on hydrometeorology", None, CAL,
     "the regional weather centre said", L, "сообщили в центре"),
    ("mt-03-river", "rose for", None, CAL, "rose by", C, "поднялся на"),
    ("mt-03-river", "1,2", None, DN, "1.2", C, "decimal comma"),
    ("mt-03-river", "IRNITU", None, UN, "Irkutsk National Research Technical University", C, "ИРНИТУ"),
    ("mt-03-river", "Institute of geography", None, IC, "Institute of Geography", C, "Институт географии"),
    ("mt-03-river", "SB RAS", None, UN, "Siberian Branch of the Russian Academy of Sciences", C, "СО РАН"),
    ("mt-03-river", "Kuda river", None, NC, "Kuda River", L, "река Куда"),
    ("mt-03-river", "RSF", None, UN, "Russian Science Foundation", C, "РНФ"),
    ("mt-03-river", "GU MChS", None, UN, "regional emergencies ministry", C, "ГУ МЧС"),
    ("mt-03-river", "Kachug and Zhigalovo areas", None, EN, "Kachug and Zhigalovo districts", C, "районы"),
    ("mt-03-river", "at 16.00 o'clock", None, DN, "at 4 p.m.", C, "в 16.00 часов"),
    # mt-04-seniors
    ("mt-04-seniors", "HCS", 0, UN, "utility bills", C, "ЖКХ"),
    ("mt-04-seniors", "HCS", 1, UN, "utility bills", C, "ЖКХ"),
    ("mt-04-seniors", "informs the ministry of labour and social development of the region", None, CAL,
     "the regional ministry of labour and social development said", L, "сообщает министерство"),
    ("mt-04-seniors", "KubSU", None, UN, "Kuban State University", C, "КубГУ"),
    ("mt-04-seniors", "Krasnoarmeysky area", None, EN, "Krasnoarmeysky District", C, "район"),
    ("mt-04-seniors", "Tikhoretsk area", None, EN, "Tikhoretsky District", L, "Тихорецкий район"),
    ("mt-04-seniors", "how to record to the doctor", None, CAL, "how to book a doctor's appointment", C, "записаться к врачу"),
    ("mt-04-seniors", "CHI", None, UN, "compulsory health insurance", C, "ОМС"),
    ("mt-04-seniors", "71 year old", None, DN, "71", L, "71 год"),
    ("mt-04-seniors", "from 9.00 till 17.00 hours", None, DN, "from 9 a.m. to 5 p.m.", L, "с 9.00 до 17.00 часов"),
    # mt-05-vet
    ("mt-05-vet", "Sovetskaya street, 42", None, NC, "42 Sovetskaya Street", L, "ул. Советская, 42"),
    ("mt-05-vet", "in 9.00", None, DN, "at 9 a.m.", C, "в 9.00"),
    ("mt-05-vet", "regional department of veterinary", None, CAL, "regional veterinary department", L, "департамент ветеринарии"),
    ("mt-05-vet", "Tomsk and Shegarsky areas", None, EN, "Tomsk and Shegarsky districts", C, "районы"),
    ("mt-05-vet", "TSU", None, UN, "Tomsk State University", C, "ТГУ"),
    ("mt-05-vet", "2,5", None, DN, "2.5", C, "decimal comma"),
    ("mt-05-vet", "TO", None, UN, "Tomsk region", C, "ТО"),
    ("mt-05-vet", "said in the department", None, CAL, "the department said", L, "сообщили в департаменте"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
