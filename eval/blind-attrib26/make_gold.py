"""Gold for eval/blind-attrib26: a held-out set for the inverted attribution frame (MT2032 and its family).

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl with eval/goldkit.py. Six MT-style texts on beats no earlier set used and two
human-style controls, written after the rules were done, scored once. Conventions as blind-mixed-21's:
an attribution after the clause with the verb before its source is a calque (likely), spanning the verb
to the end of the source; a subjectless report ("informed in the regional ministry of ...") spans the
verb to the body's end; "according to the words of" spans the frame only.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-telescope': 'a public observatory on a Kirov college roof gets a telescope',
    'mt-02-pontoon': 'a pontoon bridge over the Tom reopens after the ice drift',
    'mt-03-goatcheese': 'a Karelian goat farm starts making hard cheese',
    'mt-04-peatdrones': 'volunteer firefighters in the Tver region find smouldering peat with thermal drones',
    'mt-05-glassworks': 'a glass-blowing workshop reopens in Gus-Khrustalny',
    'mt-06-weatherstation': 'a weather station on a Kamchatka volcano resumes observations',
}
A = 'inverted attribution'
S = 'subjectless attribution'

ROWS = [
    ('mt-01-telescope', '12 november', None, DN, '12 November', C, 'lowercase month in dateline'),
    ('mt-01-telescope', 'reports the portal kirov-zvezda.ru', None, CAL, 'according to the portal kirov-zvezda.ru', L, A),
    ('mt-01-telescope', '18,4', None, DN, '18.4', C, 'decimal comma'),
    ('mt-01-telescope', 'told the director of the college Yevgeny Lapshin', None, CAL, "said Yevgeny Lapshin, the college's director", L, A),
    ('mt-01-telescope', 'Said the chief of the scientific club of the college Olga Zvereva', None, CAL, "said Olga Zvereva, head of the college's science club", L, 'verb opens the sentence after a quote'),
    ('mt-01-telescope', 'informed the press service of the Kirov ministry of education', None, CAL, "the Kirov education ministry's press service said", L, A),
    ('mt-01-telescope', 'specified the website of the regional government', None, CAL, "according to the regional government's website", L, A),
    ('mt-01-telescope', 'told the TV channel Vyatka', None, CAL, 'the college told Vyatka TV', L, 'listener after told, media noun before the name'),

    ('mt-02-pontoon', '28 april', None, DN, '28 April', C, 'lowercase month in dateline'),
    ('mt-02-pontoon', 'writes the site tomsk-reka.ru', None, CAL, 'according to the site tomsk-reka.ru', L, A),
    ('mt-02-pontoon', 'clarified in the press service of the Tomsk department of transport', None, CAL, "the Tomsk transport department's press service said", L, S),
    ('mt-02-pontoon', '6,8', None, DN, '6.8', C, 'decimal comma'),
    ('mt-02-pontoon', 'reported on Monday the Tomsk centre for hydrometeorology', None, CAL, 'the Tomsk hydrometeorology centre reported on Monday', L, A),
    ('mt-02-pontoon', 'told Pyotr Gusev', None, CAL, 'said Pyotr Gusev', L, 'told with no listener'),
    ('mt-02-pontoon', 'noted the head of the district', None, CAL, 'the head of the district said', L, 'non-inverting verb after a quote'),
    ('mt-02-pontoon', 'reports the agency "TomskInfo-24"', None, CAL, 'according to the TomskInfo-24 agency', L, A),
    ('mt-02-pontoon', 'according to the words of', None, CAL, 'according to', L, 'по словам'),

    ('mt-03-goatcheese', '3 september', None, DN, '3 September', C, 'lowercase month in dateline'),
    ('mt-03-goatcheese', 'reports the KIA (Karelian information agency)', None, CAL, 'according to the Karelian information agency', L, A),
    ('mt-03-goatcheese', 'told the owner of the farm Svetlana Kuusela', None, CAL, "said Svetlana Kuusela, the farm's owner", L, A),
    ('mt-03-goatcheese', '4,5', None, DN, '4.5', C, 'decimal comma'),
    ('mt-03-goatcheese', 'informed in the regional ministry of agriculture', None, CAL, 'the regional agriculture ministry said', L, S),
    ('mt-03-goatcheese', 'shared Kuusela', None, CAL, 'said Kuusela', L, 'non-inverting verb after a quote'),
    ('mt-03-goatcheese', 'writes the newspaper "Karelskaya Guberniya"', None, CAL, 'according to the newspaper Karelskaya Guberniya', L, A),
    ('mt-03-goatcheese', 'told Kuusela', None, CAL, 'Kuusela said', L, 'told with no listener'),
    ('mt-03-goatcheese', 'reported the Karelian branch of Rosselkhozbank', None, CAL, "Rosselkhozbank's Karelian branch reported", L, A),

    ('mt-04-peatdrones', '19 may', None, DN, '19 May', C, 'lowercase month in dateline'),
    ('mt-04-peatdrones', 'informs the Telegram channel of the brigade', None, CAL, "according to the brigade's Telegram channel", L, A),
    ('mt-04-peatdrones', 'told the coordinator of the brigade on the Tver region Denis Krylov', None, CAL, "said Denis Krylov, the brigade's Tver region coordinator", L, A),
    ('mt-04-peatdrones', '2,3', None, DN, '2.3', C, 'decimal comma'),
    ('mt-04-peatdrones', 'reports the portal tver-vremya.ru', None, CAL, 'according to the portal tver-vremya.ru', L, A),
    ('mt-04-peatdrones', 'reported in the regional directorate of the EMERCOM', None, CAL, "the regional Emergencies Ministry directorate said", L, S),
    ('mt-04-peatdrones', 'specified the head of the regional forest protection service Igor Tarasov', None, CAL, 'said Igor Tarasov, head of the regional forest protection service', L, A),
    ('mt-04-peatdrones', 'The firefighters of the ministry', None, CAL, "The ministry's firefighters", L, 'genitive for a possessive'),
    ('mt-04-peatdrones', 'writes tverigrad', None, CAL, 'according to Tverigrad', L, A),

    ('mt-05-glassworks', '7 october', None, DN, '7 October', C, 'lowercase month in dateline'),
    ('mt-05-glassworks', 'a workshop of artistic glass blowing', None, CAL, 'an art glass-blowing workshop', L, 'genitive chain'),
    ('mt-05-glassworks', 'reports the IA Vladimir-Press', None, CAL, 'according to the Vladimir-Press agency', L, A),
    ('mt-05-glassworks', '9,6', None, DN, '9.6', C, 'decimal comma'),
    ('mt-05-glassworks', 'told the mayor of the city Alexei Kurgankov', None, CAL, 'said Mayor Alexei Kurgankov', L, A),
    ('mt-05-glassworks', 'writes the newspaper Vladimirskiye Vedomosti', None, CAL, 'according to the newspaper Vladimirskiye Vedomosti', L, A),
    ('mt-05-glassworks', 'specified on the website of the workshop', None, CAL, "according to the workshop's website", L, S),
    ('mt-05-glassworks', 'informed the tourist information centre of the city', None, CAL, "the city's tourist information centre said", L, A),
    ('mt-05-glassworks', '3,2', None, DN, '3.2', C, 'decimal comma'),
    ('mt-05-glassworks', 'noted the deputy head of the administration of the city on economy Natalya Sorokina', None, CAL, "said Natalya Sorokina, the deputy mayor for economic affairs", L, A),
    ('mt-05-glassworks', 'reports vladimir-life.ru', None, CAL, 'according to vladimir-life.ru', L, A),

    ('mt-06-weatherstation', '22 july', None, DN, '22 July', C, 'lowercase month in dateline'),
    ('mt-06-weatherstation', 'reports the agency "Kamchatka-Inform"', None, CAL, 'according to the Kamchatka-Inform agency', L, A),
    ('mt-06-weatherstation', 'told the head of the Kamchatka centre for hydrometeorology Irina Lobkova', None, CAL, 'said Irina Lobkova, head of the Kamchatka hydrometeorology centre', L, A),
    ('mt-06-weatherstation', '27,5', None, DN, '27.5', C, 'decimal comma'),
    ('mt-06-weatherstation', 'informed in the Kamchatka department of Rosgidromet', None, CAL, "Rosgidromet's Kamchatka department said", L, S),
    ('mt-06-weatherstation', 'told Lobkova', None, CAL, 'said Lobkova', L, 'told with no listener after a quote'),
    ('mt-06-weatherstation', '20 thousand people', None, DN, '20,000 people', C, 'thousand as a word'),
    ('mt-06-weatherstation', 'reports the Telegram channel of the regional ministry of tourism', None, CAL, "according to the regional tourism ministry's Telegram channel", L, A),
    ('mt-06-weatherstation', 'clarified the ministry', None, CAL, 'the ministry said', L, A),
    ('mt-06-weatherstation', 'reported on Friday the press service of the governor', None, CAL, "the governor's press service said on Friday", L, A),
    ('mt-06-weatherstation', 'writes kamchatinfo', None, CAL, 'according to Kamchatinfo', L, A),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(230, 340), artifacts=(7, 12),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
