"""Gold for eval/blind-realmt29 (held-out check of the realmt29 helper): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl (format of /work/shared/gold/README.md) and checks it with eval/goldkit.py.
Ten MT-style texts of invented Russian regional news (hockey, a bus accident, a frost forecast, an
amateur cup final, flu, petrol prices, a court, a school repair, an exhibition, a church), written
by the realmt29 helper after its mechanisms were built, with every artifact an editor would mark,
of every kind (not only the helper's), and look-alikes that must stay quiet (the opening puck drop,
fans at the stadium gates, for the first time, officers of the traffic inspectorate, between minus
30 and minus 35, hit a record high). Three human-style controls (neg-*). Conventions of the real
corpus: a lowercased sentence start and a capitalised common or function word are `other` (span:
the word); the Russian quote-comma-dash is punctuation on the dash; attribution after the clause is
a calque from the verb to the end of the source.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, PRO, PU, C, L, run

OT = "other"
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-hockey': 'VHL hockey match in Voronezh',
    'mt-02-bus': 'intercity bus slides into a ditch near Kirov',
    'mt-03-frost': 'first severe frosts forecast in Western Siberia',
    'mt-04-football': 'amateur football cup final in Ulyanovsk',
    'mt-05-flu': 'flu incidence rises in Yaroslavl',
    'mt-06-petrol': 'petrol prices in Bashkiria',
    'mt-07-court': 'new term for a convict who escaped from a colony-settlement (Vladimir)',
    'mt-08-school': 'village school repaired after forty years (Tambov region)',
    'mt-09-exhibition': 'forgotten landscape painter shown in Kaluga',
    'mt-10-church': 'restored village church consecrated (Pskov region)',
}

ROWS = [
    # mt-01-hockey
    ('mt-01-hockey', 'with the score 5:3', None, CAL, '5-3', L),
    ('mt-01-hockey', 'in the match of the regular championship of the VHL', None, CAL, 'in a VHL regular-season match', L),
    ('mt-01-hockey', 'reports the press service of the hockey club', None, CAL, "according to the club's press service", L),
    ('mt-01-hockey', 'the', 'the hosts started', OT, 'The', C),
    ('mt-01-hockey', 'missed two goals', None, CAL, 'conceded two goals', L),
    ('mt-01-hockey', 'In the first time', None, CAL, 'In the first period', L),
    ('mt-01-hockey', 'after', 0, OT, 'After', C),
    ('mt-01-hockey', 'scored two more pucks', None, CAL, 'scored two more goals', L),
    ('mt-01-hockey', 'the penultimate puck was thrown by the defender Artyom Lavrov', None, CAL, 'defender Artyom Lavrov scored the fourth goal', L),
    ('mt-01-hockey', 'But', None, OT, 'but', C),
    ('mt-01-hockey', '-', '," - said', PU, '', C),
    ('mt-01-hockey', 'said the head coach of "Buran" Oleg Sinitsyn', None, CAL, "said Oleg Sinitsyn, Buran's head coach", L),
    ('mt-01-hockey', 'We', 'We looked', OT, 'we', C),
    ('mt-01-hockey', '2,5 thousand spectators', None, DN, '2,500 spectators', C),
    ('mt-01-hockey', 'The next game "Buran" will play on Saturday in Tambov', None, CAL, 'Buran plays its next game in Tambov on Saturday', L),

    # mt-02-bus
    ('mt-02-bus', 'informs the regional Main directorate of the Ministry of Internal Affairs', None, CAL, 'according to the regional police department', L),
    ('mt-02-bus', 'it', 'it is known', OT, 'It', C),
    ('mt-02-bus', 'followed from', None, CAL, 'was travelling from', L),
    ('mt-02-bus', 'in the salon of the bus', None, CAL, 'on board', L),
    ('mt-02-bus', 'could not cope with the control', None, CAL, 'lost control', L),
    ('mt-02-bus', 'In the result', None, CAL, 'As a result', L),
    ('mt-02-bus', 'central district hospital', None, IC, 'Central District Hospital', C),
    ('mt-02-bus', 'there are no seriously injured', None, CAL, 'nobody was seriously injured', L),
    ('mt-02-bus', 'Employees of the traffic police', None, CAL, 'Traffic police officers', L),
    ('mt-02-bus', 'the', 'the traffic on the highway', OT, 'The', C),
    ('mt-02-bus', 'asked to choose', None, CAL, 'asked them to choose', L),

    # mt-03-frost
    ('mt-03-frost', 'The leading specialist', None, CAL, 'A senior forecaster', L),
    ('mt-03-frost', 'hydrometeorological centre', None, IC, 'Hydrometeorological Centre', C),
    ('mt-03-frost', 'named the timing of', None, CAL, 'said when to expect', L),
    ('mt-03-frost', 'Her words lead the agency "Sib.fm"', None, CAL, 'The agency Sib.fm quoted her', L),
    ('mt-03-frost', 'in the beginning of December', None, CAL, 'at the beginning of December', L),
    ('mt-03-frost', 'within minus 28-33 degrees', None, CAL, 'to between minus 28 and minus 33 degrees', L),
    ('mt-03-frost', 'are not anomaly', None, CAL, 'are not unusual', L),
    ('mt-03-frost', 'five-seven degrees', None, DN, 'five to seven degrees', L),
    ('mt-03-frost', '-', '," - noted', PU, '', C),
    ('mt-03-frost', 'noted Golubeva', None, CAL, 'Golubeva noted', L),
    ('mt-03-frost', 'reminded that', None, CAL, 'said that', L),

    # mt-04-football
    ('mt-04-football', 'the final of the regional football cup among amateur teams took place', None, CAL, 'hosted the final of the regional amateur football cup', L),
    ('mt-04-football', 'in the series of penalties', None, CAL, 'on penalties', L),
    ('mt-04-football', '4:2', None, CAL, '4-2', L),
    ('mt-04-football', 'pinned the guests to their gate', None, CAL, 'pinned the guests back in their own half', L),
    ('mt-04-football', 'in which composition we will come', None, CAL, 'what line-up we would field', L),
    ('mt-04-football', '-', '," - said', PU, '', C),
    ('mt-04-football', 'said the coach of the champions Nikolai Bulatov', None, CAL, "said Nikolai Bulatov, the champions' coach,", L),
    ('mt-04-football', 'in the air of the radio', None, CAL, 'on the radio station', L),
    ('mt-04-football', 'We did', None, OT, 'we did', C),
    ('mt-04-football', 'But', None, OT, 'but', C),
    ('mt-04-football', 'many moments', None, CAL, 'many chances', L),
    ('mt-04-football', 'the certificate for the purchase of a new uniform', None, CAL, 'a voucher for a new kit', L),
    ('mt-04-football', '150 thousand rubles', None, DN, '150,000 rubles', C),

    # mt-05-flu
    ('mt-05-flu', 'SARS', None, EN, 'ARVI', L),
    ('mt-05-flu', 'This was reported in the Yaroslavl office of Rospotrebnadzor', None, CAL, 'the Yaroslavl office of Rospotrebnadzor reported', L),
    ('mt-05-flu', 'Most of all the children of school age get sick', None, CAL, 'School-age children are the worst affected', L),
    ('mt-05-flu', 'chief sanitary doctor', None, CAL, 'chief public health officer', L),
    ('mt-05-flu', 'urged not to go to work', None, CAL, 'urged people not to go to work', L),
    ('mt-05-flu', 'Carrying the illness on the legs', None, CAL, 'Going to work while ill', L),
    ('mt-05-flu', 'can lead to the fact that', None, CAL, 'can mean that', L),
    ('mt-05-flu', 'infectious hospital', None, CAL, 'infectious diseases hospital', L),
    ('mt-05-flu', 'are treated 48 patients', None, CAL, '48 patients are being treated', L),
    ('mt-05-flu', 'positive dynamics', None, CAL, 'an improvement', L),
    ('mt-05-flu', 'by the phone 122', None, CAL, 'on 122', L),

    # mt-06-petrol
    ('mt-06-petrol', '1,2', None, DN, '1.2', C),
    ('mt-06-petrol', '58,4', None, DN, '58.4', C),
    ('mt-06-petrol', 'informs Bashkortostanstat', None, CAL, 'according to Bashkortostanstat', L),
    ('mt-06-petrol', 'updated its historical maximum', None, CAL, 'hit a record high', L),
    ('mt-06-petrol', '72 thousand rubles', None, DN, '72,000 rubles', C),
    ('mt-06-petrol', 'the dynamics of price increases continue', None, CAL, 'prices keep rising', L),
    ('mt-06-petrol', 'manual regulation', None, CAL, 'direct state control', L),
    ('mt-06-petrol', 'told', None, CAL, 'said', L),
    ('mt-06-petrol', 'reminded that', None, CAL, 'noted that', L),
    ('mt-06-petrol', 'In the ministry of trade of the republic assured', None, CAL, "The republic's trade ministry assured", L),
    ('mt-06-petrol', 'deficit of fuel', None, CAL, 'fuel shortage', L),

    # mt-07-court
    ('mt-07-court', "This was informed in the press service of the Vladimir prosecutor's office", None, CAL, "the regional prosecutor's office said", L),
    ('mt-07-court', 'As established the court', None, CAL, 'As the court established', L),
    ('mt-07-court', 'left the territory of the colony', None, CAL, 'left the colony', L),
    ('mt-07-court', 'Employees of the police', None, CAL, 'Police officers', L),
    ('mt-07-court', 'he was', None, OT, 'He was', C),
    ('mt-07-court', 'has got an article', None, CAL, 'has been charged', L),
    ('mt-07-court', '-', '," - said', PU, '', C),
    ('mt-07-court', 'Frunzensky district court', None, IC, 'Frunzensky District Court', C),
    ('mt-07-court', 'entered into legal force', None, CAL, 'taken effect', L),
    ('mt-07-court', 'said the lawyer of the convict Maria Fedotova', None, CAL, "said Maria Fedotova, the convict's lawyer", L),

    # mt-08-school
    ('mt-08-school', 'capital repair', None, CAL, 'major renovation', L),
    ('mt-08-school', 'reports the administration of the district', None, CAL, 'according to the district administration', L),
    ('mt-08-school', 'the', 'the works cost', OT, 'The', C),
    ('mt-08-school', 'In the school study 312 pupils', None, CAL, 'The school has 312 pupils', L),
    ('mt-08-school', 'house of culture', None, CAL, 'community centre', L),
    ('mt-08-school', 'We put', None, OT, 'we put', C),
    ('mt-08-school', 'told about the past', None, CAL, 'recalled', L),
    ('mt-08-school', 'in', 'in addition', OT, 'In', C),
    ('mt-08-school', 'Department of education', None, IC, 'Department of Education', C),

    # mt-09-exhibition
    ('mt-09-exhibition', 'In the regional art museum opened the exhibition', None, CAL, 'An exhibition opened at the regional art museum', L),
    ('mt-09-exhibition', 'exposition', None, CAL, 'exhibition', L),
    ('mt-09-exhibition', 'in the beginning of last year', None, CAL, 'at the beginning of last year', L),
    ('mt-09-exhibition', 'told', None, CAL, 'said', L),
    ('mt-09-exhibition', 'It died', None, PRO, 'He died', C),
    ('mt-09-exhibition', 'will work until', None, CAL, 'will run until', L),
    ('mt-09-exhibition', 'the entrance is free', None, CAL, 'admission is free', L),

    # mt-10-church
    ('mt-10-church', 'In the Pskov village consecrated the restored church', None, CAL, 'Restored church consecrated in Pskov village', L),
    ('mt-10-church', 'the village Zaluzhye', None, CAL, 'the village of Zaluzhye', L),
    ('mt-10-church', 'on the donations of', None, CAL, 'with donations from', L),
    ('mt-10-church', 'a warehouse of fertilizers', None, CAL, 'a fertilizer warehouse', L),
    ('mt-10-church', 'the abbot of the temple', None, CAL, 'the parish priest', L),
    ('mt-10-church', 'In the result of', None, CAL, 'As a result of', L),
    ('mt-10-church', 'the service', None, OT, 'The service', C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, extra_categories=(OT,), words=(150, 300), artifacts=(7, 15),
                 own_words_against=CORPUS_AND_SEEDS + ("/work/main/eval/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=False))
