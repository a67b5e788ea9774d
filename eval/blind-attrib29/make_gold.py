"""Gold for eval/blind-attrib29: MT-style regional news written for the attribution work of session 29.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl (format of /work/shared/gold/README.md) through eval/goldkit.py. Checks:
no two gold spans that would match each other, 150-300 words a doc, 5-10 artifacts a MT doc, plain
controls, no 8-word run shared with the corpus, the seeds or another eval set.
Conventions as blind-mixed-24's (its README): a "told"-type verb with no hearer is its own span with
the adverbials up to "that" ("told at a briefing on Wednesday that"); reported speech left in the first
person spans the reported clause after "that" (the reporting verb outside it); a speaker after the
verb after a quote is "verb + speaker" ("noted Shirokov", "added he"); the pronoun alone for a
person called "It".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-ferry': 'ferry to an island in Arkhangelsk closes before the ice drift',
    'mt-02-bakery': 'village family bakery supplies rye bread to district schools (Kostroma)',
    'mt-03-reserve': 'autumn bird ringing in the Astrakhan reserve',
    'mt-04-tram': 'first new low-floor trams in Nizhny Tagil',
    'mt-05-beekeeping': 'poor honey harvest in Bashkiria',
    'mt-06-library': 'mobile library bus for remote Karelian villages',
    'mt-07-ski': 'mass ski race in Tyumen',
    'mt-08-zoo': 'Amur tiger cubs born at Novosibirsk Zoo',
}

ROWS = [
    ('mt-01-ferry', '12 march', None, DN, '12 March', C),
    ('mt-01-ferry', 'writes the portal arh-news.ru', None, CAL, 'according to the portal arh-news.ru', L),
    ('mt-01-ferry', 'told at a briefing on Wednesday that', None, CAL, 'said at a briefing on Wednesday that', L),
    ('mt-01-ferry', 'last spring we had to evacuate two families because the ice broke earlier than expected', None, PRO, 'the previous spring the district had had to evacuate two families because the ice broke earlier than expected', L),
    ('mt-01-ferry', 'added he', None, CAL, 'he added', L),
    ('mt-01-ferry', 'reminded that', None, CAL, 'pointed out that', L),
    ('mt-01-ferry', '3,5 thousand roubles', None, DN, '3,500 roubles', C),

    ('mt-02-bakery', 'the spouses Andrei and Maria Gromov', None, CAL, 'Andrei and Maria Gromov, a married couple', L),
    ('mt-02-bakery', '1,2 million', None, DN, '1.2 million', C),
    ('mt-02-bakery', 'told in an interview with the district newspaper that', None, CAL, 'said in an interview with the district newspaper that', L),
    ('mt-02-bakery', 'at first we baked only on weekends and sold the bread from the car', None, PRO, 'at first they had baked only at weekends and sold the bread from their car', L),
    ('mt-02-bakery', 'shared Gromova', None, CAL, 'Gromova said', L),
    ('mt-02-bakery', 'assured that', None, CAL, 'said that', L),

    ('mt-03-reserve', '19 september', None, DN, '19 September', C),
    ('mt-03-reserve', 'In the Astrakhan reserve began the autumn ringing of birds', None, CAL, 'Autumn bird ringing has begun in the Astrakhan reserve', L),
    ('mt-03-reserve', 'has told about', None, CAL, 'has talked about', L),
    ('mt-03-reserve', 'noted Shirokov', None, CAL, 'Shirokov noted', L),
    ('mt-03-reserve', 'told on Tuesday that', None, CAL, 'said on Tuesday that', L),
    ('mt-03-reserve', 'we are now checking whether the birds lost weight', None, PRO, 'scientists were now checking whether the birds had lost weight', L),

    ('mt-04-tram', 'In Nizhny Tagil came out on the line the first of ten new low-floor trams', None, CAL, 'The first of ten new low-floor trams has entered service in Nizhny Tagil', L),
    ('mt-04-tram', 'told on Monday at a press conference that', None, CAL, 'said on Monday at a press conference that', L),
    ('mt-04-tram', 'the old trams are more than 40 years old, and we can no longer find spare parts for them', None, PRO, 'the old trams were more than 40 years old and the company could no longer find spare parts for them', L),
    ('mt-04-tram', 'It', None, PRO, 'He', C),
    ('mt-04-tram', 'noted he', None, CAL, 'he noted', L),
    ('mt-04-tram', 'assured on Friday that', None, CAL, 'said on Friday that', L),

    ('mt-05-beekeeping', 'collected this year a third less honey', None, CAL, 'collected a third less honey this year', L),
    ('mt-05-beekeeping', 'informs the ministry of agriculture of the republic', None, CAL, "according to the republic's agriculture ministry", L),
    ('mt-05-beekeeping', 'The average yield per hive made up', None, CAL, 'The average yield per hive was', L),
    ('mt-05-beekeeping', 'Beekeeper from the Burzyan district Rinat Gainullin', None, CAL, 'Rinat Gainullin, a beekeeper from the Burzyan district,', L),
    ('mt-05-beekeeping', 'shared with the correspondent of the agency that', None, CAL, 'told the agency that', L),
    ('mt-05-beekeeping', 'this year I took only two pumpings instead of four', None, PRO, 'this year he had taken only two harvests instead of four', L),
    ('mt-05-beekeeping', 'explained Gainullin', None, CAL, 'Gainullin explained', L),
    ('mt-05-beekeeping', 'told in detail about', None, CAL, 'described in detail', L),
    ('mt-05-beekeeping', 'reminded at the meeting, that', None, CAL, 'pointed out at the meeting that', L),

    ('mt-06-library', '15 november', None, DN, '15 November', C),
    ('mt-06-library', '9,8 million', None, DN, '9.8 million', C),
    ('mt-06-library', 'confided that', None, CAL, 'said that', L),
    ('mt-06-library', 'in some villages we are the only guests for weeks, and people wait for us at the stop', None, PRO, 'in some villages the bus was the only visitor for weeks and people waited for it at the stop', L),
    ('mt-06-library', 'smiled Kuzmina', None, CAL, 'Kuzmina said with a smile', L),
    ('mt-06-library', 'told in an interview that', None, CAL, 'said in an interview that', L),

    ('mt-07-ski', 'by the classic style', None, CAL, 'in the classic style', L),
    ('mt-07-ski', 'The winner of the main race became the master of sports Denis Kolesov from Tobolsk', None, CAL, 'The main race was won by Denis Kolesov, a master of sport from Tobolsk', L),
    ('mt-07-ski', 'It', None, PRO, 'He', C),
    ('mt-07-ski', 'my skis slipped on the last climb, but the wax held on the descents', None, PRO, 'his skis had slipped on the last climb, but the wax had held on the descents', L),
    ('mt-07-ski', 'added he', None, CAL, 'he added', L),
    ('mt-07-ski', 'informed in the morning that', None, CAL, 'said in the morning that', L),
    ('mt-07-ski', 'assured that', None, CAL, 'said that', L),
    ('mt-07-ski', '1,5 million', None, DN, '1.5 million', C),
    ('mt-07-ski', '4,2 thousand skiers', None, DN, '4,200 skiers', C),

    ('mt-08-zoo', '30 may', None, DN, '30 May', C),
    ('mt-08-zoo', 'In the Novosibirsk zoo were born two cubs of the Amur tiger', None, CAL, 'Two Amur tiger cubs have been born at Novosibirsk Zoo', L),
    ('mt-08-zoo', 'told in a conversation with journalists that', None, CAL, 'told journalists that', L),
    ('mt-08-zoo', 'Bella is a very careful mother, and we watch the cubs only through a video camera', None, PRO, 'Bella was a very careful mother and the keepers watched the cubs only through a video camera', L),
    ('mt-08-zoo', 'noted Makarova', None, CAL, 'Makarova noted', L),
    ('mt-08-zoo', 'has told on Friday about', None, CAL, 'spoke on Friday about', L),
    ('mt-08-zoo', 'reminded that', None, CAL, 'reminded visitors that', L),
    ('mt-08-zoo', '1,3 million', None, DN, '1.3 million', C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 300), artifacts=(5, 10),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
