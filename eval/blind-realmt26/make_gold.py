"""Gold for eval/blind-realmt26 (held-out check of session 26's realmt26 helper), built with goldkit.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Six MT-style regional news texts written in the shapes read on 26 real machine-translated pages
(realmt26, outside the repo; no sentence copied) and two human-style controls. Offsets by exact
search; checks: 220-340 words a doc, 7-16 artifacts a MT doc, controls plain, no 8-word run shared
with the corpus, the seeds or other eval docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, MAIN_EVAL, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-leopardcubs': 'snow leopard cubs born in a Kemerovo zoo (animals)',
    'mt-02-chamberfestival': 'a chamber theatre festival opens in Omsk (theatre)',
    'mt-03-heartvalve': 'first keyhole heart-valve replacement in Kursk (hospitals)',
    'mt-04-monasterybells': 'restored bells back on a Vologda monastery belfry (religion)',
    'mt-05-turbine': 'a turbine replaced at a Chita power station (energy)',
    'mt-06-sturgeon': 'two sturgeon poachers sentenced in Astrakhan (courts, ecology)',
}

ROWS = [
# BEGIN ROWS
    ('mt-01-leopardcubs', 'Kemerovo zoo named after V. P. Chernov', None, CAL, 'Chernov Kemerovo Zoo', C),
    ('mt-01-leopardcubs', 'appeared on light', None, CAL, 'were born', C),
    ('mt-01-leopardcubs', 'About it reported in the press service of the zoo named after V. P. Chernov', None, CAL, 'the zoo’s press service reported', L),
    ('mt-01-leopardcubs', 'in the end of June', None, CAL, 'at the end of June', C),
    ('mt-01-leopardcubs', 'The kids feel well', None, CAL, 'The cubs are doing well', L),
    ('mt-01-leopardcubs', 'told the director of the zoo Andrei Lopatin', None, CAL, 'said the zoo’s director, Andrei Lopatin', L),
    ('mt-01-leopardcubs', 'watch after them', None, CAL, 'watch them', C),
    ('mt-01-leopardcubs', 'In the wild nature in the Altai and Tuva remain less than 100 animals', None, CAL, 'Fewer than 100 animals remain in the wild in Altai and Tuva', L),
    ('mt-01-leopardcubs', 'Mikhail Sokolova', None, EN, 'Mikhail Sokolov', C),
    ('mt-01-leopardcubs', '11 thousand', None, DN, '11,000', C),
    ('mt-01-leopardcubs', 'works without days off', None, CAL, 'is open seven days a week', L),
    ('mt-01-leopardcubs', 'from 9 to 21 hours', None, DN, 'from 9 a.m. to 9 p.m.', L),

    ('mt-02-chamberfestival', 'In Omsk opened the festival of chamber theatres', None, CAL, 'A chamber theatre festival opened in Omsk', L),
    ('mt-02-chamberfestival', 'Omsk academic drama theatre named after Chekhov', None, CAL, 'Chekhov Omsk Academic Drama Theatre', C),
    ('mt-02-chamberfestival', 'Within eight days to the Omsk audience will show 12 performances', None, CAL, 'Over eight days, Omsk audiences will see 12 performances', L),
    ('mt-02-chamberfestival', 'according to the play of Ivan Turgenev', None, CAL, 'based on the play by Ivan Turgenev', C),
    ('mt-02-chamberfestival', 'told the artistic director of the festival Oleg Zimina', None, CAL, 'said the festival’s artistic director, Oleg Zimin', L),
    ('mt-02-chamberfestival', 'theatre of puppets named after A. Kh. Valiev', None, CAL, 'Valiev Puppet Theatre', C),
    ('mt-02-chamberfestival', 'Yevgeny Kamenskogo', None, EN, 'Yevgeny Kamensky', C),
    ('mt-02-chamberfestival', 'The jury of the festival headed the theatre critic from Moscow Irina Belova', None, CAL, 'The jury is headed by the Moscow theatre critic Irina Belova', C),
    ('mt-02-chamberfestival', 'prize named after N. P. Ulyanova', None, CAL, 'N. P. Ulyanova Prize', L),
    ('mt-02-chamberfestival', 'with the discount 50 percent', None, CAL, 'at a 50 percent discount', C),
    ('mt-02-chamberfestival', 'ministry of culture of the Omsk region', None, IC, 'Omsk Region Ministry of Culture', C),
    ('mt-02-chamberfestival', 'presidential fund of cultural initiatives', None, IC, 'Presidential Fund for Cultural Initiatives', C),
    ('mt-02-chamberfestival', 'Last year the festival visited more than 6 thousand spectators', None, CAL, 'Last year more than 6,000 spectators attended the festival', C),
    ('mt-02-chamberfestival', 'will pass', None, CAL, 'will take place', C),

    ('mt-03-heartvalve', 'without the cut of the chest', None, CAL, 'without opening the chest', L),
    ('mt-03-heartvalve', 'operation on the replacement of the aortic valve', None, CAL, 'aortic valve replacement', L),
    ('mt-03-heartvalve', 'The patient – the 74-year-old resident of the Oboyan district', None, PU, 'The patient is a 74-year-old resident of the Oboyan district', L),
    ('mt-03-heartvalve', 'Alexei Zaitseva', None, EN, 'Alexei Zaitsev', C),
    ('mt-03-heartvalve', 'the patient restored more than a month', None, CAL, 'recovery took more than a month', L),
    ('mt-03-heartvalve', 'artery on the thigh', None, CAL, 'femoral artery', L),
    ('mt-03-heartvalve', 'National medical research center named after V. A. Almazov', None, CAL, 'Almazov National Medical Research Centre', C),
    ('mt-03-heartvalve', 'ministry of health of the region', None, IC, 'regional Ministry of Health', C),
    ('mt-03-heartvalve', 'in this year in the hospital plan to perform', None, CAL, 'the hospital plans to perform ... this year', L),
    ('mt-03-heartvalve', 'within the framework of', None, CAL, 'under', C),
    ('mt-03-heartvalve', 'feels himself well', None, CAL, 'feels well', C),
    ('mt-03-heartvalve', 'the waiting in the queue', None, CAL, 'the waiting list', L),
    ('mt-03-heartvalve', 'consultative polyclinic', None, CAL, 'outpatient clinic', L),
    ('mt-03-heartvalve', 'by the direction of the district doctor', None, CAL, 'with a referral from a local GP', L),

    ('mt-04-monasterybells', 'In the Vologda monastery returned the bells after the restoration', None, CAL, 'Restored bells return to a Vologda monastery', L),
    ('mt-04-monasterybells', 'On the belfry of the Spaso-Prilutsky monastery were raised seven bells', None, CAL, 'Seven bells were raised onto the belfry of the Spaso-Prilutsky Monastery', L),
    ('mt-04-monasterybells', 'Voronezh bell factory named after P. Veselov', None, CAL, 'Veselov Bell Foundry in Voronezh', C),
    ('mt-04-monasterybells', 'on the money of the merchant', None, CAL, 'with money from the merchant', L),
    ('mt-04-monasterybells', 'Ivan Kolesnikova', None, EN, 'Ivan Kolesnikov', C),
    ('mt-04-monasterybells', 'The consecration of the bells performed the bishop of the diocese', None, CAL, 'The bishop of the diocese consecrated the bells', C),
    ('mt-04-monasterybells', 'sent to melting', None, CAL, 'sent to be melted down', C),
    ('mt-04-monasterybells', 'on the old photographs', None, CAL, 'from old photographs', L),
    ('mt-04-monasterybells', 'the money collected the parishioners', None, CAL, 'the parishioners raised the money', C),
    ('mt-04-monasterybells', 'Yuri Lebedeva', None, EN, 'Yuri Lebedev', C),
    ('mt-04-monasterybells', 'The ringing will be possible to hear', None, CAL, 'The bells can be heard', L),
    ('mt-04-monasterybells', 'in it goes the restoration', None, CAL, 'restoration has been under way there', L),

    ('mt-05-turbine', 'At the Chita TPP-1 completed the modernization of the power unit', None, CAL, 'Power unit upgrade completed at Chita TPP-1', L),
    ('mt-05-turbine', 'At the Chita thermal power station No 1 finished the replacement of the turbine', None, CAL, 'The turbine replacement ... has been completed at Chita Thermal Power Station No. 1', L),
    ('mt-05-turbine', 'in the framework of', None, CAL, 'under', C),
    ('mt-05-turbine', 'allowed to increase', None, CAL, 'made it possible to increase', C),
    ('mt-05-turbine', 'on 15 MW', None, CAL, 'by 15 MW', C),
    ('mt-05-turbine', 'expense of the coal', None, CAL, 'coal consumption', C),
    ('mt-05-turbine', 'Vladimir Guseva', None, EN, 'Vladimir Gusev', C),
    ('mt-05-turbine', 'power engineering university named after V. I. Lenin', None, CAL, 'Lenin Power Engineering University', C),
    ('mt-05-turbine', 'provides with the heat and the hot water about 70 percent of the city', None, CAL, 'supplies heat and hot water to about 70 percent of the city', L),
    ('mt-05-turbine', 'Kharanor cut', None, CAL, 'Kharanor open-pit mine', C),
    ('mt-05-turbine', 'the heat to the consumers was given by the other three units', None, CAL, 'the other three units supplied heat to consumers', L),
    ('mt-05-turbine', 'In the next year', None, CAL, 'Next year', C),

    ('mt-06-sturgeon', 'As established the court', None, CAL, 'The court established that', C),
    ('mt-06-sturgeon', 'on the motor boat', None, CAL, 'in a motor boat', L),
    ('mt-06-sturgeon', 'The poachers detained the inspectors of the border service of the FSB', None, CAL, 'FSB border service inspectors detained the poachers', C),
    ('mt-06-sturgeon', 'water biological resources', None, CAL, 'aquatic wildlife', L),
    ('mt-06-sturgeon', 'estimated in 1.1 million rubles', None, CAL, 'estimated at 1.1 million rubles', C),
    ('mt-06-sturgeon', 'Artyom Sidorova', None, EN, 'Artyom Sidorov', C),
    ('mt-06-sturgeon', 'two years of the colony of the general regime', None, CAL, 'two years in a general-regime penal colony', L),
    ('mt-06-sturgeon', 'one and a half years conditionally', None, CAL, 'an 18-month suspended sentence', C),
    ('mt-06-sturgeon', 'bar association named after F. N. Plevako', None, CAL, 'Plevako Bar Association', C),
    ('mt-06-sturgeon', 'confiscated in the income of the state', None, CAL, 'confiscated by the state', C),
    ('mt-06-sturgeon', 'did not enter into the legal force', None, CAL, 'has not yet taken effect', C),
    ('mt-06-sturgeon', 'Since the beginning of the year in the region were brought 23 criminal cases', None, CAL, 'Since the start of the year, 23 criminal cases have been opened in the region', L),
    ('mt-06-sturgeon', '150 thousand', None, DN, '150,000', C),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(220, 340), artifacts=(7, 16),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
