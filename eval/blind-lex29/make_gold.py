"""Gold for eval/blind-lex29: MT-style renderings of invented Russian regional news written by the
lex29 helper after its mechanisms were built (Russian -ист agent nouns on English stems, counted
verbal nouns, transliterated plurals after a town, foreign names back from Russian), with look-alikes
that must stay quiet, and three human-style controls. A table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl (format of /work/shared/gold/README.md) and checks it with eval/goldkit.py.
Conventions as eval/blind-mixed-24's: the artifact alone; a wrongly rendered name or leftover word at
every occurrence; a football-style score "31:27" is date-number (likely); attribution with the verb
before its source is a calque from the verb to the end of the source. Russian agent nouns and
counted verbal nouns are calques (likely); transliterated Russian words are untranslated (likely);
foreign names in their Russian spelling are entity-mistranslation (likely).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, UN, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-handball': 'men\'s handball Super League match in Astrakhan',
    'mt-02-fair': 'autumn farm fair in Vologda',
    'mt-03-biathlon': 'Russian junior biathlon championship in Khanty-Mansiysk',
    'mt-04-organ': 'restored cathedral organ in Kaliningrad, German organ builder',
    'mt-05-accordion': 'Italian accordionist at the Saratov philharmonic',
    'mt-06-frost': 'night frosts damage orchards in the Stavropol Territory',
    'mt-07-hockey': 'youth ice hockey tournament in Chelyabinsk',
    'mt-08-karate': 'Bashkortostan karate team at the Russian championship',
    'mt-09-crafts': 'crafts festival in Kirov',
    'mt-10-kazan': 'Kazan basketball and volleyball clubs, Italian coach',
}

ROWS = [
    ('mt-01-handball', 'handballists', 0, CAL, 'handball players', L),
    ('mt-01-handball', '31:27', None, DN, '31-27', L),
    ('mt-01-handball', 'reports the press service of the club Dinamo', None, CAL, "the club's press service said", L),
    ('mt-01-handball', 'handballists', 1, CAL, 'handball players', L),
    ('mt-01-handball', 'basketballists', None, CAL, 'basketball players', L),

    ('mt-02-fair', 'saltings', None, CAL, 'pickles', L),
    ('mt-02-fair', 'dryings', 0, CAL, 'sushki', L),
    ('mt-02-fair', 'dryings', 1, CAL, 'sushki', L),
    ('mt-02-fair', 'pryaniki', None, UN, 'gingerbread', L),

    ('mt-03-biathlon', 'Biathlonists', None, CAL, 'Biathletes', L),
    ('mt-03-biathlon', 'biathlonists', None, CAL, 'biathletes', L),

    ('mt-04-organ', "Khel'mut Vegner", None, EN, 'Helmut Wegner', L),
    ('mt-04-organ', 'Vegner', 1, EN, 'Wegner', L),

    ('mt-05-accordion', 'Dzhuzeppe Byanki', None, EN, 'Giuseppe Bianchi', L),
    ('mt-05-accordion', 'Byanki', 1, EN, 'Bianchi', L),
    ('mt-05-accordion', 'Pyetro Frosini', None, EN, 'Pietro Frosini', L),
    ('mt-05-accordion', 'Byanki', 2, EN, 'Bianchi', L),

    ('mt-06-frost', 'agrarians', 0, CAL, 'farmers', L),
    ('mt-06-frost', 'tractorists', None, CAL, 'tractor drivers', L),
    ('mt-06-frost', 'agrarians', 1, CAL, 'farmers', L),

    ('mt-07-hockey', 'hockeyists', 0, CAL, 'hockey players', L),
    ('mt-07-hockey', '4:2', None, DN, '4-2', L),
    ('mt-07-hockey', 'hockeyists', 1, CAL, 'hockey players', L),

    ('mt-08-karate', 'Karatists', None, CAL, 'Karate fighters', L),
    ('mt-08-karate', 'karatists', None, CAL, 'karate fighters', L),

    ('mt-09-crafts', 'valenki', None, UN, 'felt boots', L),
    ('mt-09-crafts', 'kalachi', 0, UN, 'kalach loaves', L),
    ('mt-09-crafts', 'kalachi', 1, UN, 'kalach loaves', L),

    ('mt-10-kazan', 'basketballists', None, CAL, 'basketball players', L),
    ('mt-10-kazan', '78:84', None, DN, '78-84', L),
    ('mt-10-kazan', 'volleyballists', None, CAL, 'volleyball players', L),
    ('mt-10-kazan', 'Andzhelo Lorentsetti', None, EN, 'Angelo Lorenzetti', L),
    ('mt-10-kazan', 'Lorentsetti', 1, EN, 'Lorenzetti', L),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 300), artifacts=(2, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=False, plain_controls=True, beats=BEATS, details=True))
