"""Gold for eval/blind-realmt27 (held-out check of session 27's realmt27 helper), built with goldkit.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Six MT-style regional news texts written after MT517 (a dash standing for "is") and MT2830 (a
Russian pair of near-synonyms given one English word twice) were done, in the shapes read on 31
real machine-translated pages (realmt27, outside the repo; no sentence copied) and in shapes the
rules were not written for ("the feat and the feat", "the history and the history"), with the
other artifacts such texts carry, and two human-style controls with English dashes and English
doubling ("years and years", "again and again", "a long, long wait"). Offsets by exact search;
checks: 220-340 words a doc, 7-16 artifacts a MT doc, controls plain, no 8-word run shared with
the corpus, the seeds or other eval docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, MAIN_EVAL, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-herdersday': 'the reindeer herders’ day in Naryan-Mar (Arctic, traditions)',
    'mt-02-boilerhouse': 'boilers replaced in an old Kirovo-Chepetsk boiler house (housing and utilities)',
    'mt-03-chessschool': 'a schoolchildren’s chess tournament in Elista (schools)',
    'mt-04-lenagauge': 'an automatic water gauge on the Lena (science, floods)',
    'mt-05-veteranschoir': 'a Tambov veterans’ choir wins a festival (veterans)',
    'mt-06-greenhouse': 'a greenhouse complex opens near Kaluga (agriculture, business)',
}

ROWS = [
# BEGIN ROWS
    ('mt-01-herdersday', 'In Naryan-Mar passed the Day of the reindeer herder', None, CAL, 'Naryan-Mar celebrates Reindeer Herders’ Day', L),
    ('mt-01-herdersday', 'In Naryan-Mar on the weekend passed the traditional holiday', None, CAL, 'The traditional Reindeer Herders’ Day was held in Naryan-Mar at the weekend', L),
    ('mt-01-herdersday', 'On the ice of the lake near the city gathered more than 40 teams', None, CAL, 'More than 40 teams gathered on the ice of the lake near the city', L),
    ('mt-01-herdersday', 'informs the press service of the government of the okrug', None, CAL, 'the okrug government’s press service said', L),
    ('mt-01-herdersday', 'The main event of the holiday – the races on reindeer sledges', None, PU, 'The main event of the holiday is the reindeer sledge race', C),
    ('mt-01-herdersday', 'The winner – a 19-year-old herder from the community Yamb-To Pyotr Laptander', None, PU, 'The winner is Pyotr Laptander, a 19-year-old herder from the Yamb-To community', C),
    ('mt-01-herdersday', '50 thousand', None, DN, '50,000', C),
    ('mt-01-herdersday', 'crafts and crafts', None, CAL, 'arts and crafts', C),
    ('mt-01-herdersday', 'told the deputy head of the okrug Grigory Sumarokov', None, CAL, 'said Grigory Sumarokov, the okrug’s deputy head', L),
    ('mt-01-herdersday', 'Reindeer herding — the basis of the life of the Nenets people', None, PU, 'Reindeer herding is the basis of Nenets life', C),
    ('mt-01-herdersday', 'In the okrug today graze more than 170 thousand deer', None, CAL, 'More than 170,000 reindeer graze in the okrug today', L),
    ('mt-01-herdersday', '170 thousand', None, DN, '170,000', C),
    ('mt-01-herdersday', 'customs and customs', None, CAL, 'customs and traditions', C),
    ('mt-01-herdersday', 'In the next year', None, CAL, 'Next year', C),

    ('mt-02-boilerhouse', 'on the street Mira', None, CAL, 'on Mira Street', C),
    ('mt-02-boilerhouse', 'The contract for 48 million rubles the city administration concluded with a firm from Izhevsk', None, CAL, 'The city administration signed a 48-million-ruble contract with a firm from Izhevsk', L),
    ('mt-02-boilerhouse', 'reported in the department of housing and communal services', None, CAL, 'the housing and utilities department said', L),
    ('mt-02-boilerhouse', 'The boiler house – the oldest in the city', None, PU, 'The boiler house is the oldest in the city', C),
    ('mt-02-boilerhouse', 'Last winter on the station twice happened the accidents', None, CAL, 'Last winter the station broke down twice', L),
    ('mt-02-boilerhouse', 'The repair and repair of the old boilers', None, CAL, 'Repairing and maintaining the old boilers', C),
    ('mt-02-boilerhouse', 'The new boilers – automatic', None, PU, 'The new boilers are automatic', C),
    ('mt-02-boilerhouse', 'Oleg Smirnova', None, EN, 'Oleg Smirnov', C),
    ('mt-02-boilerhouse', 'cautious and cautious optimism', None, CAL, 'cautious optimism', C),
    ('mt-02-boilerhouse', 'within the framework of', None, CAL, 'under', C),
    ('mt-02-boilerhouse', 'In total in this year in the region will renew 14 boiler houses', None, CAL, 'In all, 14 boiler houses ... will be renovated in the region this year', L),

    ('mt-03-chessschool', 'In Elista finished the republican chess tournament among the schoolchildren', None, CAL, 'The republic’s school chess tournament has ended in Elista', L),
    ('mt-03-chessschool', 'reported in the ministry of education of the republic', None, CAL, 'the republic’s Ministry of Education said', L),
    ('mt-03-chessschool', 'The tournament passed', None, CAL, 'The tournament was held', C),
    ('mt-03-chessschool', 'The youngest participant – a six-year-old pupil of the first grade from the village of Tsagan-Aman', None, PU, 'The youngest participant was a six-year-old first-grader from the village of Tsagan-Aman', C),
    ('mt-03-chessschool', 'The oldest – eleventh-graders, for whom the tournament became the last school competition', None, PU, 'The oldest were eleventh-graders', L),
    ('mt-03-chessschool', 'one lesson of chess in a week', None, CAL, 'one chess lesson a week', C),
    ('mt-03-chessschool', 'The results and results of our pupils', None, CAL, 'Our pupils’ results and achievements', C),
    ('mt-03-chessschool', 'noted the coach of the republican team Sanal Badmaev', None, CAL, 'said Sanal Badmaev, coach of the republic’s team', L),
    ('mt-03-chessschool', 'The prize – the trip to the all-Russian finals in Sochi in the autumn', None, PU, 'The prize is a trip to the all-Russian finals in Sochi in the autumn', C),
    ('mt-03-chessschool', 'The girls\' tournament won the pupil of the school number 3 of Elista Baira Mandzhieva', None, CAL, 'Baira Mandzhieva, a pupil of School No. 3 in Elista, won the girls’ tournament', L),
    ('mt-03-chessschool', 'to Elista will come the teams from Astrakhan and Volgograd', None, CAL, 'teams from Astrakhan and Volgograd will come to Elista', L),

    ('mt-04-lenagauge', 'informs the press service of the department', None, CAL, 'the department’s press service said', L),
    ('mt-04-lenagauge', 'twice in a day', None, CAL, 'twice a day', C),
    ('mt-04-lenagauge', 'wrote the level to the journal', None, CAL, 'entered the level in the log', L),
    ('mt-04-lenagauge', 'at the minus 50 degrees', None, CAL, 'at minus 50 degrees', C),
    ('mt-04-lenagauge', 'dangerous and dangerous for the health', None, CAL, 'dangerous and harmful to health', C),
    ('mt-04-lenagauge', 'The new post – a steel pipe with the sensor, fixed on the bank of the river', None, PU, 'The new post is a steel pipe with a sensor', C),
    ('mt-04-lenagauge', 'The energy the post receives from the solar panel', None, CAL, 'The post is powered by a solar panel', L),
    ('mt-04-lenagauge', 'explained the chief of the department of hydrology Yekaterina Nikolaeva', None, CAL, 'explained Yekaterina Nikolaeva, head of the hydrology department', L),
    ('mt-04-lenagauge', 'The spring flood on the Lena – the main danger for the villages of the north of Yakutia', None, PU, 'The spring flood on the Lena is the main danger to the villages of northern Yakutia', C),
    ('mt-04-lenagauge', 'In total in this year in the republic will appear eight automatic posts', None, CAL, 'In all, eight automatic posts will be installed in the republic this year', L),

    ('mt-05-veteranschoir', 'reported in the council of veterans of the city', None, CAL, 'the city’s veterans’ council said', L),
    ('mt-05-veteranschoir', 'The choir – the oldest in the region', None, PU, 'The choir is the oldest in the region', C),
    ('mt-05-veteranschoir', 'House of culture', None, IC, 'House of Culture', C),
    ('mt-05-veteranschoir', 'today in it sing 34 people', None, CAL, '34 people sing in it today', L),
    ('mt-05-veteranschoir', 'The oldest participant – 91-year-old Anna Fedorova, who in the war worked in the hospital in Kotovsk', None, PU, 'The oldest member is 91-year-old Anna Fedorova', L),
    ('mt-05-veteranschoir', 'For us each concert – a holiday', None, PU, 'For us every concert is a holiday', C),
    ('mt-05-veteranschoir', 'the feat and the feat of our fathers', None, CAL, 'the courage and sacrifice of our fathers', C),
    ('mt-05-veteranschoir', 'told the head of the choir Lyudmila Gorbunova', None, CAL, 'said the choir’s director, Lyudmila Gorbunova', L),
    ('mt-05-veteranschoir', 'on the money of the city administration', None, CAL, 'with money from the city administration', L),
    ('mt-05-veteranschoir', 'spent in the road more than a day', None, CAL, 'spent more than a day travelling', L),
    ('mt-05-veteranschoir', 'In the next month', None, CAL, 'Next month', C),
    ('mt-05-veteranschoir', 'The veterans want that the young people remember', None, CAL, 'The veterans want young people to remember', L),
    ('mt-05-veteranschoir', 'the history and the history of their land', None, CAL, 'the history and heritage of their land', C),

    ('mt-06-greenhouse', 'Near Kaluga opened the greenhouse complex', None, CAL, 'A greenhouse complex opens near Kaluga', L),
    ('mt-06-greenhouse', 'started to work the new greenhouse complex', None, CAL, 'a new greenhouse complex has started work', L),
    ('mt-06-greenhouse', 'informs the ministry of agriculture of the region', None, CAL, 'the regional Ministry of Agriculture said', L),
    ('mt-06-greenhouse', 'The area of the greenhouses – 12 hectares', None, PU, 'The greenhouses cover 12 hectares', C),
    ('mt-06-greenhouse', 'The investor – the company from Moscow, which already owns two complexes in the Tula and Bryansk regions', None, PU, 'The investor is a Moscow company that already owns two complexes', L),
    ('mt-06-greenhouse', 'In the project invested 2.5 billion rubles', None, CAL, '2.5 billion rubles has been invested in the project', L),
    ('mt-06-greenhouse', 'In the complex work 180 people', None, CAL, '180 people work at the complex', L),
    ('mt-06-greenhouse', 'The salary of the agronomist – 70 thousand rubles', None, PU, 'An agronomist earns 70,000 rubles', C),
    ('mt-06-greenhouse', '40 thousand', None, DN, '40,000', C),
    ('mt-06-greenhouse', 'the modern and modern complex', None, CAL, 'a modern, up-to-date complex', C),
    ('mt-06-greenhouse', '9 thousand tons', None, DN, '9,000 tons', C),
    ('mt-06-greenhouse', 'the important and important step', None, CAL, 'an important and significant step', C),
    ('mt-06-greenhouse', 'till 2027', None, CAL, 'by 2027', C),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(220, 340), artifacts=(7, 16),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
