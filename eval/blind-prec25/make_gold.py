"""Gold for eval/blind-prec25 (session 25, helper prec25): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Six MT-style texts on beats no eval set had (sign-language course, escape room fine,
rowing regatta, mosaic restoration, an agate find, a college sewing uniforms) and two human-style
controls (no gold lines). Written after prec25's rules were done; scored once, untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, MAIN_EVAL, PRO, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-signlanguage': 'sign-language interpreter course for social workers, Ufa',
    'mt-02-escaperoom': 'escape-room owner fined over fire safety, Omsk',
    'mt-03-rowing': 'open rowing regatta on a city pond, Kaliningrad',
    'mt-04-mosaic': 'Soviet mosaic panel restored on a house of culture, Tolyatti',
    'mt-05-agate': 'geology students find a large agate, Transbaikalia',
    'mt-06-uniforms': 'college of light industry sews cadet uniforms, Ivanovo',
}

ROWS = [
    ('mt-01-signlanguage', '12 november', None, DN, '12 November', C, 'lowercase month in dateline'),
    ('mt-01-signlanguage', 'In the Bashkir state pedagogical university named after M. Akmulla started the courses of sign language interpreters', None, CAL, 'Courses for sign language interpreters have started at the Akmulla Bashkir State Pedagogical University', L, 'fronted place, verb before subject'),
    ('mt-01-signlanguage', 'The training will pass 46 people', None, CAL, '46 people will take the course', L, 'object-verb-subject order'),
    ('mt-01-signlanguage', 'told the head of the department of special pedagogy of the university Elvira Gaisina', None, CAL, "said Elvira Gaisina, head of the university's special education department", L, 'inverted attribution'),
    ('mt-01-signlanguage', '9 thousand', None, DN, '9,000', C, 'N thousand'),
    ('mt-01-signlanguage', 'It', 'It has worked with deaf children', PRO, 'She', C, 'it for a person'),
    ('mt-01-signlanguage', 'itself', 'itself learned', PRO, 'herself', C, 'itself for a person'),
    ('mt-01-signlanguage', 'its', 'both its parents', PRO, 'her', C, 'its for a person'),
    ('mt-01-signlanguage', '1,2 million', None, DN, '1.2 million', C, 'decimal comma'),
    ('mt-01-signlanguage', 'informs the press service of the university', None, CAL, 'the university press service said', L, 'inverted attribution'),

    ('mt-02-escaperoom', '3 march', None, DN, '3 March', C, 'lowercase month in dateline'),
    ('mt-02-escaperoom', '150 thousand', None, DN, '150,000', C, 'N thousand'),
    ('mt-02-escaperoom', 'As reported in the press service of the Omsk court of the region', None, CAL, 'the press service of the Omsk regional court said', L, 'subjectless attribution'),
    ('mt-02-escaperoom', 'on the street Lenin', None, CAL, 'on Lenin Street', L, 'street apposition'),
    ('mt-02-escaperoom', 'MChS', 0, UN, 'Emergencies Ministry', L, 'transliterated abbreviation'),
    ('mt-02-escaperoom', 'it', 'it explained that the quest', PRO, 'he', C, 'it for a person'),
    ('mt-02-escaperoom', 'we have already installed new locks that open from inside, and replaced all extinguishers', None, PRO, 'he had already installed new locks that open from inside and replaced all the extinguishers', L, 'reported speech in 1st person'),
    ('mt-02-escaperoom', 'MChS', 1, UN, 'Emergencies Ministry', L, 'transliterated abbreviation, second occurrence'),
    ('mt-02-escaperoom', 'specified in the department', None, CAL, 'the department said', L, 'subjectless attribution'),

    ('mt-03-rowing', '21 august', None, DN, '21 August', C, 'lowercase month in dateline'),
    ('mt-03-rowing', 'On the Lower pond of Kaliningrad passed the open regatta on academic rowing', None, CAL, 'An open rowing regatta was held on the Lower Pond in Kaliningrad', L, 'fronted place, verb before subject'),
    ('mt-03-rowing', 'It', 'It overtook', PRO, 'She', C, 'it for a person'),
    ('mt-03-rowing', '0,8', None, DN, '0.8', C, 'decimal comma'),
    ('mt-03-rowing', 'shared the sportswoman', None, CAL, 'the rower said', L, 'inverted attribution'),
    ('mt-03-rowing', 'told the chief coach of the regional team Viktor Semyonov', None, CAL, "said Viktor Semyonov, the regional team's head coach", L, 'inverted attribution'),
    ('mt-03-rowing', 'on the pond was installed a new starting pontoon', None, CAL, 'a new starting pontoon was installed on the pond', L, 'verb before subject'),
    ('mt-03-rowing', '2,4 million', None, DN, '2.4 million', C, 'decimal comma'),
    ('mt-03-rowing', 'informs the portal klops39.ru', None, CAL, 'the portal klops39.ru reports', L, 'inverted attribution'),

    ('mt-04-mosaic', '9 june', None, DN, '9 June', C, 'lowercase month in dateline'),
    ('mt-04-mosaic', 'In Tolyatti completed the restoration', None, CAL, 'The restoration has been completed in Tolyatti', L, 'subjectless sentence'),
    ('mt-04-mosaic', 'As told Usoltsev', None, CAL, 'As Usoltsev said', L, 'inverted attribution'),
    ('mt-04-mosaic', 'we selected the shades by the old photographs from the city archive, some of them we found only in the family albums of residents', None, PRO, 'they had matched the shades to old photographs from the city archive, some of which they found only in residents\' family albums', L, 'reported speech in 1st person'),
    ('mt-04-mosaic', '5,7 million', None, DN, '5.7 million', C, 'decimal comma'),
    ('mt-04-mosaic', 'within the framework of', None, CAL, 'under', L, 'в рамках'),
    ('mt-04-mosaic', 'It', 'It called the restoration', PRO, 'She', C, 'it for a person'),
    ('mt-04-mosaic', 'Its', 'Its book', PRO, 'Her', C, 'its for a person'),
    ('mt-04-mosaic', 'In the city administration informed', None, CAL, 'The city administration said', L, 'subjectless attribution'),

    ('mt-05-agate', '28 july', None, DN, '28 July', C, 'lowercase month in dateline'),
    ('mt-05-agate', '11,3 kilograms', None, DN, '11.3 kilograms', C, 'decimal comma'),
    ('mt-05-agate', 'the river Gazimur', None, CAL, 'the Gazimur River', L, 'river apposition'),
    ('mt-05-agate', 'told the head of the practice, the associate professor of the department of mineralogy Sergei Bardin', None, CAL, 'said Sergei Bardin, an associate professor of mineralogy who led the field course', L, 'inverted attribution'),
    ('mt-05-agate', 'It', 'It first noticed', PRO, 'She', C, 'it for a person'),
    ('mt-05-agate', '3 thousand', None, DN, '3,000', C, 'N thousand'),
    ('mt-05-agate', 'informs the press service of the university', None, CAL, 'the university press service said', L, 'inverted attribution'),

    ('mt-06-uniforms', '15 october', None, DN, '15 October', C, 'lowercase month in dateline'),
    ('mt-06-uniforms', '4 thousand', None, DN, '4,000', C, 'N thousand'),
    ('mt-06-uniforms', '18,9 million', None, DN, '18.9 million', C, 'decimal comma'),
    ('mt-06-uniforms', 'informed in the department of education of the region', None, CAL, 'the regional education department said', L, 'subjectless attribution'),
    ('mt-06-uniforms', 'in the college was equipped a new workshop', None, CAL, 'a new workshop was equipped at the college', L, 'verb before subject'),
    ('mt-06-uniforms', 'told the director of the college Irina Pavlichenko', None, CAL, 'said Irina Pavlichenko, the college director', L, 'inverted attribution'),
    ('mt-06-uniforms', 'It', 'It heads the college', PRO, 'She', C, 'it for a person'),
    ('mt-06-uniforms', 'specified the director', None, CAL, 'the director said', L, 'inverted attribution'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 340), artifacts=(6, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL,
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
