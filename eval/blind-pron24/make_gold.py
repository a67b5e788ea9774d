"""Gold for eval/blind-pron24: pron24's held-out check (session 24), a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Written after pron24's rules were landed (MT3111 after a Russian-order speaker
tail, the career cue, MT313's wider verbs of saying, the MT3108/MT3110 opening fixes), scored once,
untouched (README.md). Checks: no two gold spans that would match each other, controls free of
Cyrillic and guillemets, a beat for every MT doc, 150-340 words per doc, no 8-word run shared with
the corpus, the seeds or /work/main/eval/**/docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, NC, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-ferry': 'a car ferry over the Ob reopens after a winter overhaul (Altai krai)',
    'mt-02-beehouse': 'beekeepers of Mordovia take hives out of a winter house',
    'mt-03-valenki': 'a felt boot factory in the Kirov region adds a shift',
    'mt-04-lighthouse': 'a German-built lighthouse on the Kaliningrad coast opens to tourists',
    'mt-05-sturgeon': 'a Volga delta hatchery releases young sturgeon',
    'mt-06-tram': 'a restored 1956 tram runs again in Tula',
}

P = 'reported speech left in 1st person'
ROWS = [
    ('mt-01-ferry', '12 april', None, DN, '12 April', C, 'lowercase month'),
    ('mt-01-ferry', 'told the head of the district Pavel Mironov', None, CAL,
     'Pavel Mironov, the head of the district, said', L, 'inverted attribution'),
    ('mt-01-ferry', 'He', 'He received a new engine', PRO, 'It', C, 'pronoun: Russian gender (паром)'),
    ('mt-01-ferry', 'told the captain of the ferry Grigory Shatunov', None, CAL,
     'Grigory Shatunov, the captain of the ferry, said', L, 'inverted attribution'),
    ('mt-01-ferry', 'It', 'It has worked on the river', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-01-ferry', 'we lose up to two hours a day because of the shallow water near the left bank', None, PRO,
     'the ferry loses up to two hours a day because of the shallow water near the left bank', L, P),
    ('mt-01-ferry', 'may', 'request in may', DN, 'May', C, 'lowercase month'),
    ('mt-01-ferry', 'we will finish the bridge within three years', None, PRO,
     'the bridge will be finished within three years', L, P),
    ('mt-02-beehouse', '3 march', None, DN, '3 March', C, 'lowercase month'),
    ('mt-02-beehouse', 'february', 'a warm february', DN, 'February', C, 'lowercase month'),
    ('mt-02-beehouse', 'He', 'He holds 600 hives', PRO, 'It', C, 'pronoun: Russian gender (омшаник)'),
    ('mt-02-beehouse', 'told the head of the apiary Nikolai Kudashkin', None, CAL,
     'Nikolai Kudashkin, the head of the apiary, said', L, 'inverted attribution'),
    ('mt-02-beehouse', 'It', 'It has kept bees', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-02-beehouse', 'she', 'she gathers', PRO, 'it', C, 'pronoun: Russian gender (пчела), a species'),
    ('mt-02-beehouse', 'her', 'her wings', PRO, 'its', C, 'pronoun: Russian gender (пчела), a species'),
    ('mt-02-beehouse', 'we sell most of the honey at the fair in Saransk and through the internet', None, PRO,
     'the apiary sells most of its honey at the fair in Saransk and online', L, P),
    ('mt-02-beehouse', 'She', 'She has broken down', PRO, 'It', C, 'pronoun: Russian gender (медогонка)'),
    ('mt-02-beehouse', 'april', None, DN, 'April', C, 'lowercase month'),
    ('mt-03-valenki', '18 november', None, DN, '18 November', C, 'lowercase month'),
    ('mt-03-valenki', 'She', 'She makes about', PRO, 'It', C, 'pronoun: Russian gender (фабрика)'),
    ('mt-03-valenki', '90 thousand pairs', None, DN, '90,000 pairs', C, 'N thousand'),
    ('mt-03-valenki', 'january', None, DN, 'January', C, 'lowercase month'),
    ('mt-03-valenki', 'told the director of the factory Svetlana Ryabova', None, CAL,
     'Svetlana Ryabova, the director of the factory, said', L, 'inverted attribution'),
    ('mt-03-valenki', 'It', 'It has headed', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-03-valenki', 'we have hired 20 new workers and opened a second shift', None, PRO,
     'the factory had hired 20 new workers and opened a second shift', L, P),
    ('mt-03-valenki', 'He', 'He was made in the German', PRO, 'It', C, 'pronoun: Russian gender (станок)'),
    ('mt-03-valenki', '2 thousand roubles', None, DN, '2,000 roubles', C, 'N thousand'),
    ('mt-03-valenki', 'we plan to open a museum of felt boots next year in the old warehouse', None, PRO,
     'the factory plans to open a museum of felt boots next year in the old warehouse', L, P),
    ('mt-04-lighthouse', '7 june', None, DN, '7 June', C, 'lowercase month'),
    ('mt-04-lighthouse', 'He', 'He rises 28 metres', PRO, 'It', C, 'pronoun: Russian gender (маяк)'),
    ('mt-04-lighthouse', 'his', 'his lamp', PRO, 'its', C, 'pronoun: Russian gender (маяк)'),
    ('mt-04-lighthouse', 'It', 'It has lived at', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-04-lighthouse', 'we expect as many as 300 visitors daily in the summer', None, PRO,
     'the lighthouse expects as many as 300 visitors daily in the summer', L, P),
    ('mt-04-lighthouse', 'I personally check the lamp every evening before sunset', None, PRO,
     'he personally checks the lamp every evening before sunset', L, P),
    ('mt-04-lighthouse', 'She', 'She weighs about', PRO, 'It', C, 'pronoun: Russian gender (линза)'),
    ('mt-05-sturgeon', '22 may', None, DN, '22 May', C, 'lowercase month'),
    ('mt-05-sturgeon', '400 thousand young sturgeon', None, DN, '400,000 young sturgeon', C, 'N thousand'),
    ('mt-05-sturgeon', 'he', 'he goes up the Volga', PRO, 'it', C, 'pronoun: Russian gender (осётр), a species'),
    ('mt-05-sturgeon', 'his', 'his way', PRO, 'its', C, 'pronoun: Russian gender (осётр), a species'),
    ('mt-05-sturgeon', 'told the chief fish farmer of the hatchery Marat Utegaliyev', None, CAL,
     'Marat Utegaliyev, the chief fish farmer of the hatchery, said', L, 'inverted attribution'),
    ('mt-05-sturgeon', 'It', 'It has worked at the hatchery', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-05-sturgeon', 'we release the fish only at night, because in the daytime gulls catch them', None, PRO,
     'the hatchery releases the fish only at night, because in the daytime gulls catch them', L, P),
    ('mt-05-sturgeon', 'She', 'She pumps', PRO, 'It', C, 'pronoun: Russian gender (станция)'),
    ('mt-06-tram', '9 september', None, DN, '9 September', C, 'lowercase month'),
    ('mt-06-tram', 'he', 'he stood without wheels', PRO, 'it', C, 'pronoun: Russian gender (трамвай)'),
    ('mt-06-tram', 'It', 'It came to the depot', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-06-tram', 'we remade the wooden seats by hand according to old drawings', None, PRO,
     'the team had remade the wooden seats by hand according to old drawings', L, P),
    ('mt-06-tram', 'She', 'She will be repaired', PRO, 'It', C, 'pronoun: Russian gender (постройка)'),
    ('mt-06-tram', 'Ryazanskaya street', None, NC, 'Ryazanskaya Street', L, 'street name cased the Russian way'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 340), artifacts=(3, 12),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
