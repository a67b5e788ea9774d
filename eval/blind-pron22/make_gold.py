"""Gold for eval/blind-pron22: pron22's held-out check (session 22), a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Written after the rules of pron22 (MT3112, MT3111 two sentences back, MT313's
"my" after a present report, MT3110's "a young X") were done, and scored once, untouched
(README.md). Checks: no two gold spans that would match each other, controls free of Cyrillic
and guillemets, a beat for every MT doc, 200-340 words per doc, no 8-word run shared with the
corpus, the seeds or /work/main/eval/**/docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, PRO, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-typewriters': 'a private museum of typewriters opens in Kaluga',
    'mt-02-medovik': 'a Bashkir honey cake factory starts supplying Moscow',
    'mt-03-snowcannons': 'a Khibiny ski resort opens early on artificial snow',
    'mt-04-weatherstation': 'an Arctic weather station in the Nenets okrug is automated',
    'mt-05-vobla': 'record spring vobla catch and drying in the Volga delta',
    'mt-06-fireengine': 'volunteers restore a 1939 fire engine in Tambov',
}

ROWS = [
    # mt-01-typewriters
    ('mt-01-typewriters', '14 march', None, DN, '14 March', C, 'lowercase month'),
    ('mt-01-typewriters', 'told the correspondent the founder of the museum Gennady Morozkin', None, CAL,
     'Gennady Morozkin, the founder of the museum, told the correspondent', L, 'inverted attribution'),
    ('mt-01-typewriters', 'It', 'It says that the most', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-01-typewriters', 'she', 'she still prints', PRO, 'it', C, 'pronoun: Russian gender (машинка)'),
    ('mt-01-typewriters', '2,4 million', None, DN, '2.4 million', C, 'decimal comma'),
    ('mt-01-typewriters', 'It', 'It added that half', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-01-typewriters', 'my wife was against the hobby at first, but now she dusts the machines every morning',
     None, PRO, 'his wife had been against the hobby at first, but now she dusted the machines every morning',
     L, 'reported speech left in 1st person'),
    # mt-02-medovik
    ('mt-02-medovik', '2 october', None, DN, '2 October', C, 'lowercase month'),
    ('mt-02-medovik', '«', None, PU, '"', C, 'guillemet'),
    ('mt-02-medovik', '»', None, PU, '"', C, 'guillemet'),
    ('mt-02-medovik', 'He', 'He is baked', PRO, 'It', C, 'pronoun: Russian gender (торт)'),
    ('mt-02-medovik', 'he', 'then he is soaked', PRO, 'it', C, 'pronoun: Russian gender (торт)'),
    ('mt-02-medovik', 'It', 'It now manages', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-02-medovik', 'she', 'she determines', PRO, 'it', C, 'pronoun: Russian gender (лаборатория)'),
    ('mt-02-medovik', 'we cannot find enough confectioners in the district', None, PRO,
     'the factory could not find enough confectioners in the district', L, 'reported speech left in 1st person'),
    # mt-03-snowcannons
    ('mt-03-snowcannons', '19 november', None, DN, '19 November', C, 'lowercase month'),
    ('mt-03-snowcannons', 'she', 'she starts working', PRO, 'it', C, 'pronoun: Russian gender (пушка)'),
    ('mt-03-snowcannons', 'told journalists the technical director of the resort Andrei Kuzmenko', None, CAL,
     'Andrei Kuzmenko, the technical director of the resort, told journalists', L, 'inverted attribution'),
    ('mt-03-snowcannons', 'It', 'It noted that', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-03-snowcannons', 'He', 'He descends', PRO, 'It', C, 'pronoun: Russian gender (склон)'),
    ('mt-03-snowcannons', 'we have already sold 30% more season passes than a year ago', None, PRO,
     'the resort had already sold 30% more season passes than a year earlier', L,
     'reported speech left in 1st person'),
    # mt-04-weatherstation
    ('mt-04-weatherstation', '7 february', None, DN, '7 February', C, 'lowercase month'),
    ('mt-04-weatherstation', 'He', 'He sends the data', PRO, 'It', C, 'pronoun: Russian gender (комплекс)'),
    ('mt-04-weatherstation', 'It', 'It added that two', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-04-weatherstation', 'my first winter here was the hardest', None, PRO,
     'her first winter there had been the hardest', L, 'reported speech left in 1st person'),
    ('mt-04-weatherstation', 'He', 'He withstands', PRO, 'It', C, 'pronoun: Russian gender (анемометр)'),
    # mt-05-vobla
    ('mt-05-vobla', '24 april', None, DN, '24 April', C, 'lowercase month'),
    ('mt-05-vobla', '9 thousand tonnes', None, DN, '9,000 tonnes', C, 'N thousand'),
    ('mt-05-vobla', 'she', 'she goes up', PRO, 'it', C, 'pronoun: Russian gender (вобла), a species'),
    ('mt-05-vobla', 'she', 'then she is dried', PRO, 'it', C, 'pronoun: Russian gender (вобла), the food'),
    ('mt-05-vobla', 'Caspian Wave', None, EN, 'Kaspiyskaya Volna', L, 'name rendered by meaning'),
    ('mt-05-vobla', 'It', 'It explained that', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-05-vobla', 'we salt the fish only with coarse salt from Lake Baskunchak, without any preservatives',
     None, PRO, 'the cooperative salts the fish only with coarse salt from Lake Baskunchak, without any '
     'preservatives', L, 'reported speech left in 1st person'),
    # mt-06-fireengine
    ('mt-06-fireengine', '30 august', None, DN, '30 August', C, 'lowercase month'),
    ('mt-06-fireengine', 'she', 'she stood there', PRO, 'it', C, 'pronoun: Russian gender (машина)'),
    ('mt-06-fireengine', 'her', 'took her apart', PRO, 'it', C, 'pronoun: Russian gender (машина)'),
    ('mt-06-fireengine', 'told the correspondent the head of the restoration group Vyacheslav Pronin', None, CAL,
     'Vyacheslav Pronin, the head of the restoration group, told the correspondent', L, 'inverted attribution'),
    ('mt-06-fireengine', 'It', 'It has worked in the fire', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-06-fireengine', 'Her', 'Her original red', PRO, 'Its', C, 'pronoun: Russian gender (машина)'),
    ('mt-06-fireengine', 'he', 'he delivers', PRO, 'it', C, 'pronoun: Russian gender (насос)'),
    ('mt-06-fireengine', '1,8 million', None, DN, '1.8 million', C, 'decimal comma'),
    ('mt-06-fireengine', 'our next project is a fire ladder truck of the 1950s', None, PRO,
     "the group's next project was a fire ladder truck of the 1950s", L, 'reported speech left in 1st person'),
    ('mt-06-fireengine', 'her', 'ring her bell', PRO, 'its', C, 'pronoun: Russian gender (машина)'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 340), artifacts=(3, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
