"""Gold for eval/blind-pron27: pron27's held-out check (session 27), a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Written after pron27's rules were done (MT3112's object "him"/"her" read by
binding and WordNet's verb frames, MT3108's other-gender names and capitalised fronted phrases,
MT3107's chain of a thing's pronouns, MT3102's "as a cook" trades), scored once, untouched
(README.md). Checks: no two gold spans that would match each other, controls free of Cyrillic and
guillemets, a beat for every MT doc, 150-340 words per doc, no 8-word run shared with the corpus,
the seeds or /work/main/eval/**/docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-puppets': 'a travelling puppet theatre tours northern Yakutia',
    'mt-02-cheese': 'a family cheese dairy in the Vologda region starts aged cheeses',
    'mt-03-carillon': 'a restored carillon sounds again in Kaliningrad',
    'mt-04-blacksmiths': 'a blacksmith festival in the Kostroma region',
    'mt-05-schoolbus': 'a new school bus for remote Karelian villages',
    'mt-06-waterbus': 'a river tram on the Irtysh opens its season in Omsk',
}

P = 'reported speech left in 1st person'
ROWS = [
    ('mt-01-puppets', '14 october', None, DN, '14 October', C, 'lowercase month'),
    ('mt-01-puppets', '4,3 thousand', None, DN, '4,300', C, 'N thousand, decimal comma'),
    ('mt-01-puppets', 'He', 'He is carried', PRO, 'It', C, 'he for a tent (шатёр)'),
    ('mt-01-puppets', 'him', 'replace him with', PRO, 'it', C, 'him for a tent (шатёр)'),
    ('mt-01-puppets', 'It', 'It graduated', PRO, 'He', C, 'it for a person'),
    ('mt-01-puppets', 'in some villages we were the first guests from the city this year, and the children '
     'stayed with the puppets for an hour after each show', None, PRO,
     'in some villages the team were the first guests from the city this year', L, P),
    ('mt-01-puppets', 'him', 'returned him to', PRO, 'it', C, 'him for a generator (генератор)'),
    ('mt-01-puppets', 'march', None, DN, 'March', C, 'lowercase month'),
    ('mt-02-cheese', '3 june', None, DN, '3 June', C, 'lowercase month'),
    ('mt-02-cheese', 'It', 'It came back', PRO, 'He', C, 'it for a person'),
    ('mt-02-cheese', 'him', 'brought him to', PRO, 'it', C, 'him for a press (пресс)'),
    ('mt-02-cheese', 'He', 'He presses', PRO, 'It', C, 'he for a press (пресс)'),
    ('mt-02-cheese', 'She', 'She holds', PRO, 'It', C, 'she for a ripening chamber (камера)'),
    ('mt-02-cheese', '1,2 thousand', None, DN, '1,200', C, 'N thousand, decimal comma'),
    ('mt-02-cheese', 'our cheese sells out at the fairs in Vologda within two hours, and restaurants of Saint '
     'Petersburg already ask for regular deliveries', None, PRO,
     'the dairy\'s cheese sells out at the fairs in Vologda within two hours', L, P),
    ('mt-02-cheese', 'him', 'open him by', PRO, 'it', C, 'him for a shop (магазин)'),
    ('mt-03-carillon', '22 august', None, DN, '22 August', C, 'lowercase month'),
    ('mt-03-carillon', 'june', None, DN, 'June', C, 'lowercase month'),
    ('mt-03-carillon', 'It', 'It has restored', PRO, 'He', C, 'it for a person'),
    ('mt-03-carillon', 'we had to lift the largest bell with a crane through an opening in the roof', None, PRO,
     'the team had to lift the largest bell with a crane through an opening in the roof', L, P),
    ('mt-03-carillon', 'him', 'secured him', PRO, 'it', C, 'him for a bell (колокол)'),
    ('mt-03-carillon', 'She', 'She was made anew', PRO, 'It', C, 'she for a console (консоль)'),
    ('mt-04-blacksmiths', '9 july', None, DN, '9 July', C, 'lowercase month'),
    ('mt-04-blacksmiths', 'the blacksmith from Tula Aleksei Rybakov', None, CAL,
     'Aleksei Rybakov, a blacksmith from Tula', L, 'title apposition in Russian order'),
    ('mt-04-blacksmiths', 'It', 'It has worked with metal', PRO, 'He', C, 'it for a person'),
    ('mt-04-blacksmiths', 'him', 'bought him', PRO, 'it', C, 'him for a lantern (фонарь)'),
    ('mt-04-blacksmiths', 'her', 'lit her', PRO, 'it', C, 'her for a forge (кузница)'),
    ('mt-04-blacksmiths', '7 thousand guests', None, DN, '7,000 guests', C, 'N thousand'),
    ('mt-04-blacksmiths', 'next year we will move the contest to the new embankment, where there is more room '
     'for spectators', None, PRO, 'next year the district will move the contest to the new embankment', L, P),
    ('mt-05-schoolbus', '1 september', None, DN, '1 September', C, 'lowercase month'),
    ('mt-05-schoolbus', 'The bus of the brand PAZ', None, CAL, 'The PAZ bus', L, 'genitive of the brand'),
    ('mt-05-schoolbus', 'august', None, DN, 'August', C, 'lowercase month'),
    ('mt-05-schoolbus', 'He', 'He has 22 seats', PRO, 'It', C, 'he for a bus (автобус)'),
    ('mt-05-schoolbus', 'him', 'handed him to', PRO, 'it', C, 'him for a bus (автобус)'),
    ('mt-05-schoolbus', 'It', 'It has driven', PRO, 'He', C, 'it for a person'),
    ('mt-05-schoolbus', 'I have to leave an hour earlier', None, PRO, 'he has to leave an hour earlier', L, P),
    ('mt-05-schoolbus', 'her', 'repaired her', PRO, 'it', C, 'her for a road (дорога)'),
    ('mt-05-schoolbus', 'october', None, DN, 'October', C, 'lowercase month'),
    ('mt-06-waterbus', '12 may', None, DN, '12 May', C, 'lowercase month'),
    ('mt-06-waterbus', 'The captain of the river tram Sergei Kuzmin', None, CAL,
     'Sergei Kuzmin, the captain of the river tram,', L, 'title apposition in Russian order'),
    ('mt-06-waterbus', 'It', 'It says', PRO, 'He', C, 'it for a person'),
    ('mt-06-waterbus', 'him', 'replaced him with', PRO, 'it', C, 'him for a pontoon (понтон)'),
    ('mt-06-waterbus', 'may', 'free in may', DN, 'May', C, 'lowercase month'),
    ('mt-06-waterbus', 'him', 'cost of him', PRO, 'it', C, 'him for a catamaran (катамаран)'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 340), artifacts=(3, 12),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
