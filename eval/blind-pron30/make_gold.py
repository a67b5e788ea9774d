"""Gold for eval/blind-pron30: a held-out check of the session-30 pronoun work, written after it.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl with eval/goldkit.py. The MT texts are invented Russian regional news
in the MT style of eval/blind-mixed-25 (conventions as its README's: the pronoun alone, a reported
first person as the pronoun with its verb; an inverted or subjectless calque as its clause; a
speaker phrase after the verb from the verb to the end of the name; "N thousand" with its unit
noun; a decimal comma on the number alone). Look-alikes that must stay quiet: "she" for a ship,
"he" for a named dog, "she" for a woman named just before, "the ski club, which", "it" for a
company, first person inside quotations. neg-* are human-style controls.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, PRO, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-bathhouse': 'a village public bathhouse reopens (Kirov region)',
    'mt-02-lostskier': 'volunteers find a lost skier in the Khibiny',
    'mt-03-tramline': 'a new tram line approved in Samara',
    'mt-04-beekeeper': 'a farmer fined for poisoning a neighbour\'s bees (Bashkiria)',
    'mt-05-rink': 'an indoor skating rink reopens in Chelyabinsk',
    'mt-06-fog': 'fog delays flights at Novosibirsk airport',
    'mt-07-otters': 'otters counted in the Sebezhsky national park',
    'mt-08-library': 'a district library renovated in Totma',
    'mt-09-ferry': 'the Solovetsky ferry season opens',
    'mt-10-pharmacy': 'three men detained for a pharmacy robbery in Tver',
}

ROWS = [
    ('mt-01-bathhouse', 'In the village of Kstinino after two years of repairs reopened the public bathhouse', None, CAL,
     'After two years of repairs, the public bathhouse in the village of Kstinino has reopened', L),
    ('mt-01-bathhouse', '6,2', None, DN, '6.2', C),
    ('mt-01-bathhouse', 'programme of support of local initiatives', None, CAL, 'local initiatives support programme', L),
    ('mt-01-bathhouse', '300 thousand roubles', None, DN, '300,000 roubles', C),
    ('mt-01-bathhouse', 'She', 'She works on Fridays', PRO, 'It', C),
    ('mt-01-bathhouse', 'told the head of the settlement Tatyana Lushnikova', None, CAL,
     'said Tatyana Lushnikova, the head of the settlement', L),
    ('mt-01-bathhouse', 'She', 'She keeps the heat', PRO, 'It', C),
    ('mt-01-bathhouse', 'twice less', None, CAL, 'half as much', L),

    ('mt-02-lostskier', 'found in the Khibiny the skier from Saint Petersburg', None, CAL,
     'found the skier from Saint Petersburg in the Khibiny', L),
    ('mt-02-lostskier', 'which', 'which for a day', PRO, 'who', C),
    ('mt-02-lostskier', 'About this reported the coordinator of the squad Denis Krylov', None, CAL,
     'The squad coordinator Denis Krylov reported this', L),
    ('mt-02-lostskier', 'MChS', 'rescuers of the MChS', UN, 'Emergencies Ministry', L),
    ('mt-02-lostskier', 'I lost', None, PRO, 'he had lost', C),
    ('mt-02-lostskier', 'which', 'which had only bruises', PRO, 'who', C),
    ('mt-02-lostskier', 'MChS', 'The MChS reminds', UN, 'Emergencies Ministry', L),

    ('mt-03-tramline', 'She', 'She will connect', PRO, 'It', C),
    ('mt-03-tramline', 'said the head of the city department of transport Igor Belyaev', None, CAL,
     'said Igor Belyaev, head of the city transport department', L),
    ('mt-03-tramline', 'she', 'she will remain', PRO, 'it', C),
    ('mt-03-tramline', 'at the level of 45 roubles', None, CAL, 'at 45 roubles', L),

    ('mt-04-beekeeper', '80 thousand roubles', None, DN, '80,000 roubles', C),
    ('mt-04-beekeeper', '46 bee families', None, CAL, '46 bee colonies', L),
    ('mt-04-beekeeper', '1,1', None, DN, '1.1', C),
    ('mt-04-beekeeper', 'I did not know', None, PRO, 'he had not known', C),

    ('mt-05-rink', 'In the district of Metallurgichesky opened after reconstruction the covered skating rink "Start"', None, CAL,
     'The covered skating rink "Start" in the Metallurgichesky district has reopened after reconstruction', L),
    ('mt-05-rink', 'He', 'He is one of the largest', PRO, 'It', C),
    ('mt-05-rink', 'said the head coach of the sports school Natalya Fedotova', None, CAL,
     'said Natalya Fedotova, head coach of the sports school', L),

    ('mt-06-fog', 'Because of dense fog in the Tolmachevo airport on Monday morning were delayed 23 flights', None, CAL,
     'Dense fog delayed 23 flights at Tolmachevo airport on Monday morning', L),
    ('mt-06-fog', 'He', 'He lifted', PRO, 'It', C),
    ('mt-06-fog', 'the systems of automatic landing', None, CAL, 'automatic landing systems', L),
    ('mt-06-fog', '2 thousand passengers', None, DN, '2,000 passengers', C),
    ('mt-06-fog', 'UGMS', None, UN, 'weather service', L),

    ('mt-07-otters', 'In the national park "Sebezhsky" for the first time in twenty years were counted otters', None, CAL,
     'Otters have been counted in the Sebezhsky national park for the first time in twenty years', L),
    ('mt-07-otters', 'she', 'she lives only', PRO, 'it', C),
    ('mt-07-otters', 'said the deputy director of the park for science Alexei Gusev', None, CAL,
     'said Alexei Gusev, the park\'s deputy director for science', L),

    ('mt-08-library', 'In the town of Totma after renovation opened the central district library', None, CAL,
     'The central district library in the town of Totma has reopened after renovation', L),
    ('mt-08-library', 'She', 'She received new furniture', PRO, 'It', C),
    ('mt-08-library', '4 thousand new books', None, DN, '4,000 new books', C),
    ('mt-08-library', 'we registered', None, PRO, 'the library had registered', C),
    ('mt-08-library', 'which', 'which lived in Totma', PRO, 'who', C),

    ('mt-09-ferry', 'She', 'She has grown', PRO, 'It', C),
    ('mt-09-ferry', 'told the director of the company Sergei Bobrov', None, CAL,
     'said Sergei Bobrov, the company\'s director', L),

    ('mt-10-pharmacy', '38 thousand roubles', None, DN, '38,000 roubles', C),
    ('mt-10-pharmacy', 'which', 'which was alone', PRO, 'who', C),
    ('mt-10-pharmacy', 'which', 'which had a previous conviction', PRO, 'who', C),
]

# written in parallel in session 30, blind to each other
PARALLEL = tuple(f"/work/main/eval/blind-{name}30/" for name in ("senses", "terms", "pron", "order", "gnp", "realmt")) + ("/work/main/eval/blind-mixed-26/",)

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(140, 300), artifacts=(2, 8),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True, notes_under=PARALLEL,
                 distinct_spans=True, plain_controls=True, beats=BEATS, details=False))
