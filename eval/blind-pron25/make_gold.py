"""Gold for eval/blind-pron25: helper pron25's held-out check of session 25 (pronouns for persons).

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Written after MT3111's widening was done (its antecedent in a passive's "by" phrase, a copula's
person, a speaker put last; its predicate read by WordNet's communication, cognition and emotion
verbs, an age, a role) and scored once, untouched. Six MT-style texts on beats no eval set has,
two human-style controls. Spans: the pronoun alone (reported speech in the first person too: the
"we"/"our" alone, as the corpus gold marks the short unit); other artifacts the texts hold are
marked as well.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, DN, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-bellringers': 'bell ringers festival in the Rostov kremlin',
    'mt-02-lighthouse': 'a lighthouse on Lake Onega repaired',
    'mt-03-sleddogs': 'dog sled race in the Bystrinsky district of Kamchatka',
    'mt-04-pottery': 'a pottery workshop opens in Skopin',
    'mt-05-chesspensioners': 'chess tournament for pensioners in Tambov',
    'mt-06-searchteam': 'volunteers find a lost mushroom picker near Ostashkov',
}

ROWS = [
    ('mt-01-bellringers', 'told the director of the museum Natalia Karpova', None, CAL, 'said the museum director Natalia Karpova', L, 'told with no listener after a clause'),
    ('mt-01-bellringers', 'It', 'It has worked in the kremlin', PRO, 'She', C, 'it for a person (a speaker put last)'),
    ('mt-01-bellringers', 'It', 'It learned the craft', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
    ('mt-01-bellringers', 'we', 'we train every week', PRO, 'they', L, 'reported speech left in 1st person'),
    ('mt-01-bellringers', 'It', 'It insists', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
    ('mt-02-lighthouse', 'the island Sennaya Guba', None, CAL, 'Sennaya Guba island', L, 'place type noun and name without of'),
    ('mt-02-lighthouse', 'It', 'It demanded that', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
    ('mt-02-lighthouse', 'It', 'It has lived on the island', PRO, 'He', C, 'it for a person'),
    ('mt-02-lighthouse', 'Nefyodov told that', None, CAL, 'Nefyodov said that', C, 'told that'),
    ('mt-02-lighthouse', 'our', 'our lighthouse is', PRO, 'the', L, 'reported speech left in 1st person'),
    ('mt-02-lighthouse', 'It', 'It believes that', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-03-sleddogs', 'The winner became the musher', None, CAL, 'The winner was the musher', L, 'Russian order (Победителем стал)'),
    ('mt-03-sleddogs', 'the village Anavgai', None, CAL, 'the village of Anavgai', L, 'place type noun and name without of'),
    ('mt-03-sleddogs', 'It', 'It finished the race', PRO, 'He', C, 'it for a person (a copula)'),
    ('mt-03-sleddogs', 'It', 'It started racing', PRO, 'He', C, 'it for a person'),
    ('mt-03-sleddogs', 'we', 'we feed the dogs', PRO, 'they', L, 'reported speech left in 1st person'),
    ('mt-03-sleddogs', 'It', 'It explained that', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-03-sleddogs', '300 thousand roubles', None, DN, '300,000 roubles', C, 'N thousand'),
    ('mt-04-pottery', 'It', 'It has worked with clay', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-04-pottery', 'Sorokina told that', None, CAL, 'Sorokina said that', C, 'told that'),
    ('mt-04-pottery', 'we', 'we fire the ceramics', PRO, 'they', L, 'reported speech left in 1st person'),
    ('mt-04-pottery', 'The youngest of them became', None, CAL, 'The youngest of them was', L, 'Russian order (младшей стала)'),
    ('mt-04-pottery', 'It', 'It made a jug', PRO, 'She', C, 'it for a person (a copula)'),
    ('mt-04-pottery', 'It', 'It spent years', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
    ('mt-05-chesspensioners', 'It', 'It noted that', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-05-chesspensioners', 'It', 'It learned to play', PRO, 'He', C, 'it for a person (a copula)'),
    ('mt-05-chesspensioners', 'Kuzmin told that', None, CAL, 'Kuzmin said that', C, 'told that'),
    ('mt-05-chesspensioners', 'we', 'we meet at the library', PRO, 'they', L, 'reported speech left in 1st person'),
    ('mt-05-chesspensioners', 'It', 'It won all seven', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-05-chesspensioners', 'It', 'It hopes that', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-06-searchteam', 'It', 'It reported that', PRO, 'She', C, 'it for a person (a passive by-phrase)'),
    ('mt-06-searchteam', 'It', 'It divided the forest', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
    ('mt-06-searchteam', 'we', 'we always ask', PRO, 'they', L, 'reported speech left in 1st person'),
    ('mt-06-searchteam', 'It', 'It admits that', PRO, 'He', C, 'it for a person (a passive by-phrase)'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 340), artifacts=(4, 8), distinct_spans=True,
                 plain_controls=True, beats=BEATS, details=True))
