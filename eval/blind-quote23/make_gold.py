"""Gold for eval/blind-quote23 (the quote23 helper's held-out set): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Six MT-style texts on beats no eval set had (Library Night in Omsk, an ice
sculpture contest in Krasnoyarsk, a carillon festival in Saint Petersburg, a calligraphy contest in
Kazan, escalator replacement in the Novosibirsk metro, a rocket modelling championship near
Samara) and two human-style controls (a London escalator replacement, a cathedral organ
restoration). Written after MT2031 and the MT2012/MT2014/MT2022/MT2512 changes were coded, before
any of these texts was run through mtaudit.

Only attribution calques are gold (category calque, likely), the span being the whole attribution
frame: a speaker after a verb English does not invert after a quote or a clause (the name inside
the frame), "told that" / "told about" / "told in detail about" with no listener (the verb and its
particle only), and a subjectless report whose speaker stands in an "in the" phrase (the verb to the
end of the body). English look-alikes are not gold: ""…," said Mikhail Orlov, the director",
""…," he added", ""…," explained Oleg Sazonov, the chief engineer", "she stressed", "told reporters
that", and in the controls ""…," noted the head of the local access group, Peter Lyons" and
"Mr Ashworth admitted".
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, MAIN_EVAL, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-librarynight': 'Library Night at the regional scientific library in Omsk',
    'mt-02-icesculpture': 'international ice sculpture contest on the Yenisei embankment in Krasnoyarsk',
    'mt-03-carillon': 'an international carillon festival at the Peter and Paul Fortress in Saint Petersburg',
    'mt-04-calligraphy': 'a republican calligraphy contest for schoolchildren in Kazan',
    'mt-05-escalator': 'escalator replacement at a Novosibirsk metro station',
    'mt-06-rocketry': 'a Volga region rocket modelling championship near Samara',
}

ROWS = [
    ('mt-01-librarynight', 'shared the deputy director of the library Irina Sokolova', None, CAL, "said Irina Sokolova, the library's deputy director", L, 'quote, non-inverting verb'),
    ('mt-01-librarynight', 'told that', None, CAL, 'said that', L, 'told without a listener'),
    ('mt-01-librarynight', 'specified in the press service of the Omsk regional ministry of culture', None, CAL, 'the press service of the Omsk regional ministry of culture said', L, 'subjectless, body in a place phrase'),
    ('mt-01-librarynight', 'admitted the pensioner Valentina Krylova', None, CAL, 'said pensioner Valentina Krylova', L, 'quote, non-inverting verb'),
    ('mt-01-librarynight', 'told about', None, CAL, 'spoke about', L, 'told without a listener'),

    ('mt-02-icesculpture', 'told the captain of the team Sergei Vlasov', None, CAL, 'said team captain Sergei Vlasov', L, 'quote, non-inverting verb'),
    ('mt-02-icesculpture', 'emphasized the chairman of the jury, sculptor Pavel Demidov', None, CAL, 'the jury chairman, sculptor Pavel Demidov, emphasized', L, 'quote, non-inverting verb'),
    ('mt-02-icesculpture', 'clarified in the city administration', None, CAL, 'the city administration said', L, 'subjectless, body in a place phrase'),
    ('mt-02-icesculpture', 'assured in the municipal enterprise responsible for the embankment', None, CAL, 'the municipal enterprise responsible for the embankment said', L, 'subjectless, body in a place phrase'),

    ('mt-03-carillon', 'confessed the carillonneur from Belgium Jan Peeters', None, CAL, 'said Jan Peeters, a Belgian carillonneur', L, 'quote, non-inverting verb'),
    ('mt-03-carillon', 'noted the carillonneur after the concert', None, CAL, 'the carillonneur noted after the concert', L, 'quote, non-inverting verb'),
    ('mt-03-carillon', 'informed in the directorate of the museum of the history of the city', None, CAL, "the directorate of the city history museum said", L, 'subjectless, body in a place phrase'),
    ('mt-03-carillon', 'told about', None, CAL, 'spoke about', L, 'told without a listener'),

    ('mt-04-calligraphy', 'recalls the founder of the contest, the teacher of the art school Rustem Khairullin', None, CAL, 'recalls Rustem Khairullin, the art school teacher who founded the contest', L, 'quote, non-inverting verb'),
    ('mt-04-calligraphy', 'told that', None, CAL, 'said that', L, 'told without a listener'),
    ('mt-04-calligraphy', 'shared the winner of the junior group, the ten-year-old Amina Sadykova from Nizhnekamsk', None, CAL, 'said ten-year-old Amina Sadykova from Nizhnekamsk, the junior group winner', L, 'quote, non-inverting verb'),
    ('mt-04-calligraphy', 'specified in the library', None, CAL, 'the library said', L, 'subjectless, body in a place phrase'),

    ('mt-05-escalator', 'told that', None, CAL, 'said that', L, 'told without a listener'),
    ('mt-05-escalator', 'complained the resident of the Zaeltsovsky district Olga Timofeeva', None, CAL, 'complained Olga Timofeeva, a resident of the Zaeltsovsky district', L, 'quote, non-inverting verb'),
    ('mt-05-escalator', 'assured in the press service of the metro', None, CAL, "the metro's press service said", L, 'subjectless, body in a place phrase'),
    ('mt-05-escalator', 'noted the deputy mayor of Novosibirsk for transport Gennady Zakharov', None, CAL, 'Deputy Mayor for Transport Gennady Zakharov noted', L, 'clause, non-inverting verb and a title chain'),

    ('mt-06-rocketry', 'warned the chief judge of the competition Vladimir Ermakov', None, CAL, 'the chief judge of the competition, Vladimir Ermakov, warned', L, 'quote, non-inverting verb'),
    ('mt-06-rocketry', 'admitted the captain of the Samara team Denis Popov', None, CAL, 'said Denis Popov, the Samara team captain', L, 'quote, non-inverting verb'),
    ('mt-06-rocketry', 'told in detail about', None, CAL, 'described in detail', L, 'told without a listener'),
    ('mt-06-rocketry', 'noted in the centre', None, CAL, 'the centre noted', L, 'subjectless, body in a place phrase'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(230, 300), artifacts=(4, 5),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
