"""Gold for eval/blind-pron21: pron21's held-out check (session 21), a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Written after the rules of pron21 (MT3110, MT3111, MT313's "I" in a relative
clause and "my" before an inclusive noun) were done, and scored once, untouched (README.md).
Checks: no two gold spans that would match each other, controls free of Cyrillic and guillemets,
a beat for every MT doc, 200-340 words per doc, no 8-word run shared with the corpus, the seeds or
/work/main/eval/**/docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-wildboar': 'wild boar cull against African swine fever in the Pskov region',
    'mt-02-lingonberry': 'lingonberry harvest and berry buyers in Karelia',
    'mt-03-snowleopard': 'snow leopard count by camera traps in the Altai',
    'mt-04-apricots': 'spring frost destroys apricot blossom in mountain Dagestan',
    'mt-05-zander': 'zander fry released into the Tsimlyansk reservoir',
    'mt-06-chessclub': 'free children\'s chess school opened in Kostroma',
    'mt-07-watchrepair': 'old watch repair workshop in Samara threatened by rent',
}

ROWS = [
    # mt-01-wildboar
    ('mt-01-wildboar', '14 november', None, DN, '14 November', C, 'lowercase month'),
    ('mt-01-wildboar', 'he', 'in winter he moves', PRO, 'it', C, 'pronoun: Russian gender (кабан), a species'),
    ('mt-01-wildboar', '2,3%', None, DN, '2.3%', C, 'decimal comma'),
    ('mt-01-wildboar', 'It', 'It said that the number', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-01-wildboar', 'we cannot let the animals reach the pig farms', None, PRO,
     'the animals must not be allowed to reach the pig farms', L, 'reported speech left in 1st person'),
    # mt-02-lingonberry
    ('mt-02-lingonberry', '2 september', None, DN, '2 September', C, 'lowercase month'),
    ('mt-02-lingonberry', 'she', 'she prefers', PRO, 'it', C, 'pronoun: Russian gender (брусника), a plant'),
    ('mt-02-lingonberry', '18 thousand tonnes', None, DN, '18,000 tonnes', C, 'N thousand'),
    ('mt-02-lingonberry', 'Northern Berry', None, EN, 'Severnaya Yagoda', L, 'firm name rendered by meaning'),
    ('mt-02-lingonberry', 'this season we pay pickers 180 roubles per kilogram', None, PRO,
     'this season the company was paying pickers 180 roubles per kilogram', L, 'reported speech left in 1st person'),
    ('mt-02-lingonberry', 'It', 'It goes to the forest', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-02-lingonberry', '5 thousand roubles', None, DN, '5,000 roubles', C, 'N thousand'),
    # mt-03-snowleopard
    ('mt-03-snowleopard', '20 march', None, DN, '20 March', C, 'lowercase month'),
    ('mt-03-snowleopard', 'he', 'he lives high', PRO, 'it', C, 'pronoun: Russian gender (ирбис/барс), a species'),
    ('mt-03-snowleopard', 'It', 'It explained that each', PRO, 'She', C, 'pronoun: it for a person'),
    # mt-04-apricots
    ('mt-04-apricots', '11 may', None, DN, '11 May', C, 'lowercase month'),
    ('mt-04-apricots', 'He', 'He blooms early', PRO, 'It', C, 'pronoun: Russian gender (абрикос), a plant'),
    ('mt-04-apricots', 'It', 'It lost almost', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-04-apricots', 'in a good year my garden gives 15 tonnes, and this year I will hardly collect one', None, PRO,
     'in a good year his orchard gives 15 tonnes, and this year he would hardly collect one', L,
     'reported speech left in 1st person'),
    ('mt-04-apricots', '4 thousand tonnes', None, DN, '4,000 tonnes', C, 'N thousand'),
    ('mt-04-apricots', 'his', 'his main enemy', PRO, 'its', C, 'pronoun: Russian gender (абрикос), a plant'),
    # mt-05-zander
    ('mt-05-zander', '6 october', None, DN, '6 October', C, 'lowercase month'),
    ('mt-05-zander', '500 thousand fry', None, DN, '500,000 fry', C, 'N thousand'),
    ('mt-05-zander', 'he', 'he keeps down', PRO, 'it', C, 'pronoun: Russian gender (судак), a species'),
    ('mt-05-zander', '12,5%', None, DN, '12.5%', C, 'decimal comma'),
    ('mt-05-zander', '200 thousand young carp', None, DN, '200,000 young carp', C, 'N thousand'),
    ('mt-05-zander', 'in my childhood zander was caught here by the bucket', None, PRO,
     'in his childhood zander was caught here by the bucket', L, 'reported speech left in 1st person'),
    # mt-06-chessclub
    ('mt-06-chessclub', '28 january', None, DN, '28 January', C, 'lowercase month'),
    ('mt-06-chessclub', 'It', 'It explained that the idea', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-06-chessclub', 'It', 'It believes that chess', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-06-chessclub', 'every pupil I take must first learn to write down the game', None, PRO,
     'every pupil she took had first to learn to write down the game', L, 'reported speech left in 1st person'),
    ('mt-06-chessclub', '15 february', None, DN, '15 February', C, 'lowercase month'),
    # mt-07-watchrepair
    ('mt-07-watchrepair', '3 december', None, DN, '3 December', C, 'lowercase month'),
    ('mt-07-watchrepair', 'It', 'It came there', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-07-watchrepair', 'our clients bring watches that are a hundred years old', None, PRO,
     'his clients bring watches that are a hundred years old', L, 'reported speech left in 1st person'),
    ('mt-07-watchrepair', '18 thousand', None, DN, '18,000', C, 'N thousand'),
    ('mt-07-watchrepair', '45 thousand roubles', None, DN, '45,000 roubles', C, 'N thousand'),
    ('mt-07-watchrepair', '3 thousand signatures', None, DN, '3,000 signatures', C, 'N thousand'),
    ('mt-07-watchrepair', 'I teach two apprentices', None, PRO, 'he teaches two apprentices', L,
     'reported speech left in 1st person'),
    ('mt-07-watchrepair', 'It', 'It said that such', PRO, 'He', C, 'pronoun: it for a person'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 340), artifacts=(3, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
