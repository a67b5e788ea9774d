"""Gold for eval/blind-names28: the held-out set of session 28's names28 helper (names by meaning,
foreign names read back through Russian, transliterated common nouns), written after its rules
were done. Run: python3 make_gold.py [SET_DIR]. Every wrongly rendered name or leftover word is
marked at each occurrence; a few other artifacts of the texts (numbers, attribution order, casing)
are marked too so that the set scores like the mixed sets."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, DN, EN, IC, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-honey
    ('mt-01-honey', 'reports the press service of the regional ministry of agriculture', None, CAL, 'the regional agriculture ministry said', L),
    ('mt-01-honey', 'Joyful', 0, EN, 'Veseloye', L),
    ('mt-01-honey', 'Joyful', 1, EN, 'Veseloye', L),
    ('mt-01-honey', 'Joyful', 2, EN, 'Veseloye', L),
    ('mt-01-honey', 'omshanik', None, UN, 'winter bee house', L),
    ('mt-01-honey', 'told that', None, CAL, 'said', L),
    ('mt-01-honey', 'Red book', None, IC, 'Red Book', C),
    ('mt-01-honey', 'bortniks', None, UN, 'wild-hive beekeepers', L),
    ('mt-01-honey', 'Quiet Ford', None, EN, 'Tikhy Brod', L),
    ('mt-01-honey', 'Sandy Hollow', None, EN, 'Peschany Log', L),
    # mt-02-ferry
    ('mt-02-ferry', 'Frosty Key', 0, EN, 'Morozny Klyuch', L),
    ('mt-02-ferry', 'Frosty Key', 1, EN, 'Morozny Klyuch', L),
    ('mt-02-ferry', 'Frosty Key', 2, EN, 'Morozny Klyuch', L),
    ('mt-02-ferry', 'informs the administration of the district', None, CAL, 'the district administration said', L),
    ('mt-02-ferry', 'Khelmut von Rikhter', None, EN, 'Helmut von Richter', L),
    ('mt-02-ferry', 'dispetcher', None, UN, 'dispatcher', L),
    ('mt-02-ferry', '46 thousand', None, DN, '46,000', C),
    # mt-03-library
    ('mt-03-library', 'Peaceful', 0, EN, 'Mirny', L),
    ('mt-03-library', 'Peaceful', 1, EN, 'Mirny', L),
    ('mt-03-library', 'Peaceful', 2, EN, 'Mirny', L),
    ('mt-03-library', '7,5', None, DN, '7.5', C),
    ('mt-03-library', 'works in Peaceful for 31 years', None, CAL, 'has worked in Mirny for 31 years', L),
    ('mt-03-library', '9 thousand', None, DN, '9,000', C),
    ('mt-03-library', 'Zhan de Kok', None, EN, 'Jan de Kok', L),
    ('mt-03-library', 'Sunny Meadow', None, EN, 'Solnechny Lug', L),
    ('mt-03-library', 'promised in the regional administration of culture', None, CAL, 'the regional culture department promised', L),
    # mt-04-horses
    ('mt-04-horses', 'In Yakutia passed the traditional races', None, CAL, 'The traditional races were held in Yakutia', L),
    ('mt-04-horses', 'Bright Spring', 0, EN, 'Svetly Klyuch', L),
    ('mt-04-horses', 'Bright Spring', 1, EN, 'Svetly Klyuch', L),
    ('mt-04-horses', 'Bright Spring', 2, EN, 'Svetly Klyuch', L),
    ('mt-04-horses', 'Golden Ravine', None, EN, 'Zolotoi Log', L),
    ('mt-04-horses', 'zootekhnik', None, UN, 'livestock specialist', L),
    ('mt-04-horses', 'Piter van Dam', None, EN, 'Pieter van Dam', L),
    ('mt-04-horses', '1,5', None, DN, '1.5', C),
    # mt-05-choir
    ('mt-05-choir', 'Cheerful', 0, EN, 'Vesyoly', L),
    ('mt-05-choir', 'Cheerful', 1, EN, 'Vesyoly', L),
    ('mt-05-choir', 'Cheerful', 2, EN, 'Vesyoly', L),
    ('mt-05-choir', 'told Vasilyeva', None, CAL, 'Vasilyeva said', L),
    ('mt-05-choir', '300 thousand', None, DN, '300,000', C),
    # mt-06-icefishing
    ('mt-06-icefishing', 'Stony Bank', 0, EN, 'Kamenny Bereg', L),
    ('mt-06-icefishing', 'Stony Bank', 1, EN, 'Kamenny Bereg', L),
    ('mt-06-icefishing', 'Stony Bank', 2, EN, 'Kamenny Bereg', L),
    ('mt-06-icefishing', '4,2', None, DN, '4.2', C),
    ('mt-06-icefishing', 'fieldsher', None, UN, 'paramedic', L),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
