"""Gold for eval/blind-realmt25 (held-out check of session 25's realmt25 helper), built with goldkit.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Six MT-style regional news texts written in the shapes read on 30 real machine-translated pages
(realmt25, outside the repo; no sentence copied) and two human-style controls. Offsets by exact
search; checks: 240-340 words a doc, 7-13 artifacts a MT doc, controls plain, no 8-word run shared
with the corpus, the seeds or other eval docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-snowremoval': 'winter street-cleaning contract in Omsk (city services)',
    'mt-02-rabiesvaccination': 'aerial rabies vaccination of foxes in the Tambov region (veterinary)',
    'mt-03-planetarium': 'Kirov planetarium reopens after renovation (science culture)',
    'mt-04-gasbuses': 'natural-gas buses arrive in Tula (transport)',
    'mt-05-landfillcourt': 'court orders a waste operator to clear a dump near Penza (courts, ecology)',
    'mt-06-roboticsolympiad': 'Ulyanovsk lyceum wins a robotics olympiad (education)',
}

ROWS = [
# BEGIN ROWS
    ('mt-01-snowremoval', 'contract on winter cleaning of streets', None, CAL, 'winter street-cleaning contract', L),
    ('mt-01-snowremoval', 'Pavel Zhuravlev', 'economy. Pavel Zhuravlev.', PU, ', Pavel Zhuravlev', C),
    ('mt-01-snowremoval', 'units of technique', None, CAL, 'vehicles', C),
    ('mt-01-snowremoval', '1,2 billion', None, DN, '1.2 billion', C),
    ('mt-01-snowremoval', 'We are talking about', None, CAL, 'This covers', L),
    ('mt-01-snowremoval', '1.6 thousand', None, DN, '1,600', C),
    ('mt-01-snowremoval', 'snow shafts', None, CAL, 'snow banks', C),
    ('mt-01-snowremoval', "In the mayor's office said", None, CAL, "The mayor's office said", C),
    ('mt-01-snowremoval', 'rubles. per', None, PU, 'rubles per', C),
    ('mt-01-snowremoval', 'If earlier the complaint was considered a week, now – two days', None, CAL, 'A complaint used to take a week; now it takes two days', L),
    ('mt-01-snowremoval', 'she told', None, CAL, 'she said', C),
    ('mt-01-snowremoval', 'Specially the contract provides', None, CAL, 'The contract also provides for', L),
    ('mt-01-snowremoval', 'administration. in', None, PU, 'administration. In', C),

    ('mt-02-rabiesvaccination', 'vaccinate foxes from rabies', None, CAL, 'vaccinate foxes against rabies', C),
    ('mt-02-rabiesvaccination', 'In the Tambov region began the autumn campaign of oral vaccination of wild animals against rabies', None, CAL, 'The autumn campaign of oral rabies vaccination of wild animals has begun in the Tambov region', L),
    ('mt-02-rabiesvaccination', 'About it reported in the management of veterinary of the region', None, CAL, 'The regional veterinary department reported this', L),
    ('mt-02-rabiesvaccination', 'on the territory of the region', None, CAL, 'in the region', C),
    ('mt-02-rabiesvaccination', '190 thousand', None, DN, '190,000', C),
    ('mt-02-rabiesvaccination', 'preparation', None, CAL, 'vaccine', L),
    ('mt-02-rabiesvaccination', 'in this year in the region were registered 11 cases', None, CAL, '11 cases have been registered in the region this year', L),
    ('mt-02-rabiesvaccination', 'Igor Nikolaevich Belousov', None, EN, 'Igor Belousov', L),
    ('mt-02-rabiesvaccination', 'chief of the management of veterinary', None, CAL, 'head of the veterinary department', L),
    ('mt-02-rabiesvaccination', 'for the man', None, CAL, 'for people', L),
    ('mt-02-rabiesvaccination', 'Parallelly', None, CAL, 'At the same time', C),
    ('mt-02-rabiesvaccination', 'within the framework of', None, CAL, 'as part of', C),
    ('mt-02-rabiesvaccination', '23,4 million', None, DN, '23.4 million', C),

    ('mt-03-planetarium', 'capital repair', None, CAL, 'major renovation', C),
    ('mt-03-planetarium', 'of the name of K. E. Tsiolkovsky', None, CAL, 'named after Konstantin Tsiolkovsky', L),
    ('mt-03-planetarium', 'In the star hall was installed the new projection complex', None, CAL, 'A new projection system has been installed in the star hall', L),
    ('mt-03-planetarium', '9 thousand', None, DN, '9,000', C),
    ('mt-03-planetarium', 'within the framework of', None, CAL, 'as part of', C),
    ('mt-03-planetarium', 'engineering networks', None, CAL, 'utilities', C),
    ('mt-03-planetarium', 'of the name of the great countryman', None, CAL, 'named after the great native of the region', L),
    ('mt-03-planetarium', 'Svetlana Popova', 'planetarium. Svetlana Popova.', PU, ', Svetlana Popova', C),
    ('mt-03-planetarium', 'On the opening day the planetarium visited more than 400 people', None, CAL, 'More than 400 people visited the planetarium on the opening day', L),
    ('mt-03-planetarium', 'on the street Lenina, house 77', None, CAL, 'at 77 Lenina Street', L),
    ('mt-03-planetarium', 'establishment', None, CAL, 'planetarium', L),
    ('mt-03-planetarium', 'Let us remind', None, CAL, 'Recall that', L),
    ('mt-03-planetarium', 'in the telescope', None, CAL, 'through the telescope', L),

    ('mt-04-gasbuses', 'In Tula arrived 35 new buses on the gas engine fuel', None, CAL, '35 new natural-gas buses arrived in Tula', L),
    ('mt-04-gasbuses', 'Dmitry Galkin', 'region. Dmitry Galkin.', PU, ', Dmitry Galkin', C),
    ('mt-04-gasbuses', 'still 25 machines', None, CAL, 'another 25 buses', L),
    ('mt-04-gasbuses', 'We are talking about', None, CAL, 'This means', L),
    ('mt-04-gasbuses', 'on the street Marata', None, CAL, 'on Marata Street', C),
    ('mt-04-gasbuses', 'If in 2025 on the routes of Tula worked 180 buses older than ten years, then in 2027 such will remain less than 40', None, CAL, 'In 2025, 180 buses older than ten years ran on Tula routes; by 2027 fewer than 40 will remain', L),
    ('mt-04-gasbuses', '4,5 years', None, DN, '4.5 years', C),
    ('mt-04-gasbuses', 'route number 16', None, CAL, 'route 16', C),
    ('mt-04-gasbuses', '2.3 thousand', None, DN, '2,300', C),
    ('mt-04-gasbuses', 'estimated the novelty', None, CAL, 'tried out the new buses', L),
    ('mt-04-gasbuses', 'within the framework of', None, CAL, 'as part of', C),
    ('mt-04-gasbuses', '1,05 billion', None, DN, '1.05 billion', C),
    ('mt-04-gasbuses', 'years. in', None, PU, 'years. In', C),

    ('mt-05-landfillcourt', 'regional operator on the handling of solid municipal waste', None, CAL, 'regional waste operator', L),
    ('mt-05-landfillcourt', "About it informed the press service of the prosecutor's office of the region", None, CAL, "The regional prosecutor's office reported this", L),
    ('mt-05-landfillcourt', 'by the area', None, CAL, 'with an area of', C),
    ('mt-05-landfillcourt', '1,8 hectares', None, DN, '1.8 hectares', C),
    ('mt-05-landfillcourt', '3 thousand', None, DN, '3,000', C),
    ('mt-05-landfillcourt', 'in 200 meters from the river Sura', None, CAL, '200 meters from the Sura River', L),
    ('mt-05-landfillcourt', 'smoke smoke', None, PU, 'smoke', C),
    ('mt-05-landfillcourt', 'We are talking about', None, CAL, 'This is', L),
    ('mt-05-landfillcourt', 'told the deputy prosecutor', None, CAL, 'said the deputy prosecutor', L),
    ('mt-05-landfillcourt', 'Andrey Sergeevich Klimov', None, EN, 'Andrey Klimov', L),
    ('mt-05-landfillcourt', 'rubles. for', None, PU, 'rubles for', C),
    ('mt-05-landfillcourt', 'did not enter into legal force', None, CAL, 'has not taken legal effect', C),
    ('mt-05-landfillcourt', 'on the territory of the region', None, CAL, 'in the region', C),

    ('mt-06-roboticsolympiad', 'lyceum number 40', None, CAL, 'Lyceum No. 40', C),
    ('mt-06-roboticsolympiad', 'olympiad on robotics', None, CAL, 'robotics olympiad', L),
    ('mt-06-roboticsolympiad', 'In the final stage of the olympiad participated 312 teams', None, CAL, '312 teams took part in the final stage of the olympiad', L),
    ('mt-06-roboticsolympiad', 'subjects of the country', None, CAL, 'regions of the country', C),
    ('mt-06-roboticsolympiad', 'recognizes with the camera plastic', None, CAL, 'uses a camera to recognize plastic', L),
    ('mt-06-roboticsolympiad', 'told the captain of the team', None, CAL, 'said the team captain', L),
    ('mt-06-roboticsolympiad', 'Olga Petrovna Zueva', None, EN, 'Olga Zueva', L),
    ('mt-06-roboticsolympiad', 'domestic details', None, CAL, 'Russian-made parts', L),
    ('mt-06-roboticsolympiad', 'the entering to the universities', None, CAL, 'university admission', L),
    ('mt-06-roboticsolympiad', 'Natalya Semenova', 'region. Natalya Semenova.', PU, ', Natalya Semenova', C),
    ('mt-06-roboticsolympiad', 'circles of robotics', None, CAL, 'robotics clubs', C),
    ('mt-06-roboticsolympiad', '2 thousand', None, DN, '2,000', C),
    ('mt-06-roboticsolympiad', 'olympiad. in', None, PU, 'olympiad. In', C),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(240, 340), artifacts=(7, 13),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
