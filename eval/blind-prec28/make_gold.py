"""Gold for eval/blind-prec28 (session 28, helper prec28): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Six MT-style texts on beats no eval set had (a ski-resort cable car, a felt-boot
workshop, a crane census, a mobile dental bus, a junior fencing tournament, a rural library's 3D
printer) and two human-style controls (no gold lines). Written after prec28's rules were done; scored
once, untouched. Conventions as eval/blind-mixed-23's; each MT text also carries look-alikes of the
shapes prec28 mended (a glossed culture word, "X, who runs Y, said it would …", "N people visited
the festival", "The general contractor handed over …", "The head of its laboratory", a company's
plans before "X said it is also considering …", a frequent surname after a first name).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, IC, MAIN_EVAL, PRO, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-ropeway': 'a new cable car at a ski resort, Kuzbass',
    'mt-02-felting': 'a felt-boot workshop doubles its output, Kirov region',
    'mt-03-cranes': 'autumn census of red-crowned cranes in a nature park, Amur region',
    'mt-04-dentalbus': 'a mobile dental office visits villages, Tambov region',
    'mt-05-fencing': 'an all-Russian junior fencing tournament, Penza',
    'mt-06-library': 'a rural library gets a 3D printer, Buryatia',
}

ROWS = [
    ('mt-01-ropeway', '14 december', None, DN, '14 December', C),
    ('mt-01-ropeway', 'on the territory of', None, CAL, 'at', L),
    ('mt-01-ropeway', 'reports the portal kuzbass-today.ru', None, CAL, 'the portal kuzbass-today.ru reports', L),
    ('mt-01-ropeway', '2,4', None, DN, '2.4', C),
    ('mt-01-ropeway', '2 thousand people', None, DN, '2,000 people', C),
    ('mt-01-ropeway', 'The cost of the project made up', None, CAL, 'The project cost', L),
    ('mt-01-ropeway', '1,2 billion', None, DN, '1.2 billion', C),
    ('mt-01-ropeway', 'In the administration of the Tashtagol district noted', None, CAL, 'The Tashtagol district administration noted', L),
    ('mt-01-ropeway', 'have become twice shorter', None, CAL, 'have halved', L),
    ('mt-01-ropeway', 'The director of the resort Oleg Mamontov', None, CAL, 'Resort director Oleg Mamontov', L),
    ('mt-01-ropeway', 'told that', None, CAL, 'said that', L),
    ('mt-01-ropeway', 'we plan to open two new slopes next season', None, PRO, 'the resort planned to open two new slopes next season', L),
    ('mt-01-ropeway', 'the head of the district Vladimir Makayev', None, CAL, 'district head Vladimir Makayev', L),

    ('mt-02-felting', '3 february', None, DN, '3 February', C),
    ('mt-02-felting', 'the workshop on the production of felt boots', None, CAL, 'the felt-boot workshop', L),
    ('mt-02-felting', 'informs the press service of the regional ministry of industry', None, CAL, "the regional industry ministry's press service said", L),
    ('mt-02-felting', '14 thousand pairs', None, DN, '14,000 pairs', C),
    ('mt-02-felting', 'valenki', None, UN, 'felt boots', L),
    ('mt-02-felting', 'The head of the workshop Tatyana Shirokova', None, CAL, 'Workshop head Tatyana Shirokova', L),
    ('mt-02-felting', 'It', 'It began as an apprentice', PRO, 'She', C),
    ('mt-02-felting', 'The price of one pair makes up', None, CAL, 'One pair costs', L),
    ('mt-02-felting', '3,5 thousand roubles', None, DN, '3,500 roubles', C),
    ('mt-02-felting', 'He', 'He is bought mostly', PRO, 'It', C),
    ('mt-02-felting', 'Within the framework of', None, CAL, 'During', L),

    ('mt-03-cranes', '22 september', None, DN, '22 September', C),
    ('mt-03-cranes', 'reports the newspaper Amurskaya Pravda', None, CAL, 'the newspaper Amurskaya Pravda reports', L),
    ('mt-03-cranes', 'Institute of geology and nature management', None, IC, 'Institute of Geology and Nature Management', C),
    ('mt-03-cranes', 'It', 'It noted that the birds', PRO, 'He', C),
    ('mt-03-cranes', '3,8 thousand individuals', None, DN, '3,800 birds', C),
    ('mt-03-cranes', 'She', 'She needs wet meadows', PRO, 'It', C),
    ('mt-03-cranes', "The first place in the children's drawing contest took a pupil of school No. 2 Anastasia Belova", None, CAL,
     "First place in the children's drawing contest went to Anastasia Belova, a pupil of school No. 2", L),
    ('mt-03-cranes', 'the sum of grants made up', None, CAL, 'grants totalled', L),
    ('mt-03-cranes', 'The director of the park Sergei Smirenski', None, CAL, 'Park director Sergei Smirenski', L),

    ('mt-04-dentalbus', '9 april', None, DN, '9 April', C),
    ('mt-04-dentalbus', 'told in the regional ministry of health', None, CAL, 'the regional health ministry said', L),
    ('mt-04-dentalbus', 'on the base of a bus', None, CAL, 'in a bus', L),
    ('mt-04-dentalbus', 'the doctors received', None, CAL, 'the doctors saw', L),
    ('mt-04-dentalbus', 'The chief physician of the regional dental polyclinic Elena Volkova', None, CAL,
     'Elena Volkova, chief physician of the regional dental clinic', L),
    ('mt-04-dentalbus', 'it', 'it had personally checked', PRO, 'she', C),
    ('mt-04-dentalbus', 'His', 'His route covers', PRO, 'Its', C),
    ('mt-04-dentalbus', '18,5 million', None, DN, '18.5 million', C),
    ('mt-04-dentalbus', 'I waited for this bus for half a year and I am very happy with my new filling', None, PRO,
     'she had waited for this bus for half a year and was very happy with her new filling', L),

    ('mt-05-fencing', '18 november', None, DN, '18 November', C),
    ('mt-05-fencing', 'In Penza finished the all-Russian tournament on fencing among juniors', None, CAL,
     'An all-Russian junior fencing tournament has finished in Penza', L),
    ('mt-05-fencing', 'in which took part more than 300', None, CAL, 'in which more than 300 took part', L),
    ('mt-05-fencing', 'sportsmen', None, CAL, 'athletes', L),
    ('mt-05-fencing', 'The first place in the team competition on sabre took the team of the Moscow region', None, CAL,
     'The Moscow region team took first place in the team sabre event', L),
    ('mt-05-fencing', 'The prize fund made up', None, CAL, 'The prize fund was', L),
    ('mt-05-fencing', '600 thousand roubles', None, DN, '600,000 roubles', C),
    ('mt-05-fencing', 'In the federation of fencing of the region told that', None, CAL, 'The regional fencing federation said that', L),
    ('mt-05-fencing', 'The head of the federation Igor Kalinin', None, CAL, 'Federation head Igor Kalinin', L),
    ('mt-05-fencing', 'the championship of Russia', None, CAL, 'the Russian championship', L),

    ('mt-06-library', '27 january', None, DN, '27 January', C),
    ('mt-06-library', 'reports the news agency Baikal-Media', None, CAL, 'the news agency Baikal-Media reports', L),
    ('mt-06-library', 'within the framework of', None, CAL, 'under', L),
    ('mt-06-library', 'He', 'He is printed in 40 minutes', PRO, 'It', C),
    ('mt-06-library', 'It', 'It noted that in January', PRO, 'He', C),
    ('mt-06-library', '1,5 million', None, DN, '1.5 million', C),
    ('mt-06-library', 'In the ministry of culture of Buryatia noted that similar equipment will receive 14 more rural libraries', None, CAL,
     "Buryatia's culture ministry said that 14 more rural libraries would receive similar equipment", L),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 340), artifacts=(6, 13),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL,
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
