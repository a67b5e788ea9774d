"""Gold for eval/blind-realmt28 (held-out check of session 28's realmt28 helper), built with goldkit.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Six MT-style regional news texts written after MT158-MT160 (a Russian name in a document's form),
MT2290 (negative concord by the parse), MT2291 (если ..., то as a condition) and MT2292 (a Russian
address's plot nouns) were done, in the shapes read on 26 real machine-translated pages (realmt28,
outside the repo; no sentence copied) and in shapes the rules were not written for (a woman's
patronymic, initials with a space, "never ... not", "no ... there were not", an if-clause of the
1990s, "prospect Lenina, house 16"), with the other artifacts such texts carry, and two human-style
controls with English addresses, "nobody who has", "no longer", "If earlier plans had", "If last
year was". Offsets by exact search; checks: 220-340 words a doc, 7-18 artifacts a MT doc, controls
plain, no 8-word run shared with the corpus, the seeds or other eval docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-puppettheatre': 'a Kurgan puppet theatre tours the villages (culture)',
    'mt-02-ctscanner': 'a CT scanner for the Kotlas hospital (health)',
    'mt-03-poachercourt': 'a poacher sentenced in Transbaikalia (courts, animals)',
    'mt-04-obferry': 'the Ob ferry crossing opens in Kolpashevo (transport)',
    'mt-05-mosque': 'an old mosque restored in Kasimov (religion, construction)',
    'mt-06-kirovskbudget': 'the Kirovsk city budget (local government budgets)',
}

ROWS = [
# BEGIN ROWS
    ('mt-01-puppettheatre', 'returned from the tour on the villages of the region', None, CAL, 'returned from a tour of the region’s villages', L),
    ('mt-01-puppettheatre', 'completed the winter tour on the districts of the Kurgan region', None, CAL, 'completed its winter tour of the Kurgan region’s districts', L),
    ('mt-01-puppettheatre', 'informs the press service of the department of culture of the region', None, CAL, 'the regional culture department’s press service said', L),
    ('mt-01-puppettheatre', 'If earlier the theatre went to the districts once a year,', None, CAL, 'Whereas the theatre used to visit the districts once a year,', L),
    ('mt-01-puppettheatre', 'If in 2021 the performances saw 3.2 thousand small spectators,', None, CAL, 'In 2021 some 3,200 children saw the shows;', L),
    ('mt-01-puppettheatre', '3.2 thousand', None, DN, '3,200', C),
    ('mt-01-puppettheatre', '5 thousand', None, DN, '5,000', C),
    ('mt-01-puppettheatre', 'Natalia Vladimirovna Kostromina', None, EN, 'Natalia Kostromina', L),
    ('mt-01-puppettheatre', 'no heating in the hall was not working', None, CAL, 'the heating in the hall was not working', C),
    ('mt-01-puppettheatre', 'Nobody of the spectators did not leave', None, CAL, 'None of the audience left', C),
    ('mt-01-puppettheatre', 'The puppets for it made the artist of the theatre Zaitseva Yelena', None, CAL, 'The puppets were made by the theatre’s artist Yelena Zaitseva', L),
    ('mt-01-puppettheatre', 'Zaitseva Yelena', None, EN, 'Yelena Zaitseva', L),
    ('mt-01-puppettheatre', 'on the street Kuibysheva', None, CAL, 'on Kuibyshev Street', C),
    ('mt-01-puppettheatre', 'house 76', None, CAL, '76 Kuibyshev Street', L),
    ('mt-01-puppettheatre', 'Sergei Petrovich Bolotov', None, EN, 'Sergei Bolotov', L),
    ('mt-01-puppettheatre', 'In the next season', None, CAL, 'Next season', C),

    ('mt-02-ctscanner', 'In the Kotlas hospital began to work the new computer tomograph', None, CAL, 'A new CT scanner has started work at the Kotlas hospital', L),
    ('mt-02-ctscanner', 'In the Kotlas interdistrict hospital began to work the new computer tomograph', None, CAL, 'A new CT scanner has started work at the Kotlas interdistrict hospital', L),
    ('mt-02-ctscanner', 'The equipment for 42 million rubles the hospital received', None, CAL, 'The hospital received the 42-million-ruble equipment', L),
    ('mt-02-ctscanner', 'within the framework of', None, CAL, 'under', C),
    ('mt-02-ctscanner', 'reported in the regional health ministry', None, CAL, 'the regional health ministry said', L),
    ('mt-02-ctscanner', 'The tomograph installed in the building of the hospital', None, CAL, 'The scanner was installed in the hospital building', L),
    ('mt-02-ctscanner', 'on the street Lenina', None, CAL, 'on Lenin Street', C),
    ('mt-02-ctscanner', 'house 2', None, CAL, '2 Lenin Street', L),
    ('mt-02-ctscanner', 'building 3', None, CAL, 'Building 3', L),
    ('mt-02-ctscanner', 'If before the patients of the south of the region travelled for the research to Arkhangelsk for 600 kilometers,', None, CAL, 'Patients from the south of the region used to travel 600 km to Arkhangelsk for a scan;', L),
    ('mt-02-ctscanner', 'Nothing similar in the district never was not', None, CAL, 'The district has never had anything like it', C),
    ('mt-02-ctscanner', 'the chief doctor', None, CAL, 'the chief physician', L),
    ('mt-02-ctscanner', 'Andrey Ivanovich Rusinov', None, EN, 'Andrey Rusinov', L),
    ('mt-02-ctscanner', 'on the tomograph were examined 73 patients', None, CAL, '73 patients were examined on the scanner', L),
    ('mt-02-ctscanner', '3.5 thousand', None, DN, '3,500', C),
    ('mt-02-ctscanner', 'the new equipment will receive also the hospitals of Velsk and Onega', None, CAL, 'the hospitals of Velsk and Onega will also receive new equipment', L),
    ('mt-02-ctscanner', 'Bessonova Galina', None, EN, 'Galina Bessonova', L),
    ('mt-02-ctscanner', 'If a year ago I waited for the tomography half a year,', None, CAL, 'A year ago I waited half a year for a scan;', L),

    ('mt-03-poachercourt', "informs the press service of the regional prosecutor's office", None, CAL, 'the regional prosecutor’s office said', L),
    ('mt-03-poachercourt', 'As established the investigation', None, CAL, 'Investigators established that', L),
    ('mt-03-poachercourt', 'in November of the last year', None, CAL, 'last November', C),
    ('mt-03-poachercourt', 'The inspectors of the reserve found the carcasses on the next day', None, CAL, 'The reserve’s inspectors found the carcasses the next day', L),
    ('mt-03-poachercourt', '160 thousand', None, DN, '160,000', C),
    ('mt-03-poachercourt', 'The defendant his guilt admitted only partially', None, CAL, 'The defendant admitted his guilt only in part', L),
    ('mt-03-poachercourt', 'no animals in the reserve he did not hunt', None, CAL, 'he had not hunted any animals in the reserve', C),
    ('mt-03-poachercourt', 'in the form of', None, CAL, 'of', C),
    ('mt-03-poachercourt', 'in the amount of', None, CAL, 'of', C),
    ('mt-03-poachercourt', '300 thousand', None, DN, '300,000', C),
    ('mt-03-poachercourt', 'Kovalenko A. S.', None, EN, 'A.S. Kovalenko', L),
    ('mt-03-poachercourt', 'If in 2022 in the district were registered 11 cases of the illegal hunting,', None, CAL, 'In 2022 the district registered 11 cases of poaching;', L),
    ('mt-03-poachercourt', 'Dmitriy Viktorovich Goryunov', None, EN, 'Dmitriy Goryunov', L),
    ('mt-03-poachercourt', 'nobody will not see them', None, CAL, 'nobody will see them', C),

    ('mt-04-obferry', 'The ferry crossing through the Ob', None, CAL, 'The ferry crossing over the Ob', L),
    ('mt-04-obferry', 'In Kolpashevo began to work the ferry crossing through the Ob', None, CAL, 'The ferry crossing over the Ob has opened in Kolpashevo', L),
    ('mt-04-obferry', 'informs the administration of the Kolpashevo district', None, CAL, 'the Kolpashevo district administration said', L),
    ('mt-04-obferry', 'where live about 4 thousand people', None, CAL, 'where about 4,000 people live', L),
    ('mt-04-obferry', 'If in the last season the ticket cost 90 rubles,', None, CAL, 'Last season a ticket cost 90 rubles;', L),
    ('mt-04-obferry', 'Sidorov Nikolai', None, EN, 'Nikolai Sidorov', L),
    ('mt-04-obferry', 'no problems with the pier there were not', None, CAL, 'there were no problems with the pier', C),
    ('mt-04-obferry', 'the capital repair', None, CAL, 'an overhaul', C),
    ('mt-04-obferry', 'If in the 1990s across the Ob worked three ferries,', None, CAL, 'In the 1990s three ferries worked across the Ob;', L),
    ('mt-04-obferry', 'Andrey Fyodorovich Shapiro', None, EN, 'Andrey Shapiro', L),
    ('mt-04-obferry', 'on the street Portovaya', None, CAL, 'on Portovaya Street', C),
    ('mt-04-obferry', 'possession 5', None, CAL, '5 Portovaya Street', L),

    ('mt-05-mosque', 'In Kasimov after the restoration opened the old mosque', None, CAL, 'An old mosque has reopened in Kasimov after restoration', L),
    ('mt-05-mosque', 'In Kasimov of the Ryazan region after the restoration opened the mosque of the XVIII century', None, CAL, 'An 18th-century mosque has reopened after restoration in Kasimov, Ryazan region', L),
    ('mt-05-mosque', 'informs the ministry of culture of the region', None, CAL, 'the regional culture ministry said', L),
    ('mt-05-mosque', 'on the street Sovetskaya', None, CAL, 'on Sovetskaya Street', C),
    ('mt-05-mosque', 'building 14', None, CAL, '14 Sovetskaya Street', L),
    ('mt-05-mosque', 'the monument of the federal significance', None, CAL, 'a listed monument of federal importance', L),
    ('mt-05-mosque', 'If earlier in the building were the warehouses and the workshop,', None, CAL, 'The building used to house warehouses and a workshop;', L),
    ('mt-05-mosque', 'Rushan Faritovich Abbasov', None, EN, 'Rushan Abbasov', L),
    ('mt-05-mosque', 'The mosque – the heart of the Tatar community of Kasimov', None, PU, 'The mosque is the heart of Kasimov’s Tatar community', C),
    ('mt-05-mosque', 'Nobody from the old people did not believe', None, CAL, 'None of the old people believed', C),
    ('mt-05-mosque', 'Khakimov Rinat', None, EN, 'Rinat Khakimov', L),
    ('mt-05-mosque', 'Ilyasov R. M.', None, EN, 'R.M. Ilyasov', L),
    ('mt-05-mosque', 'possession 16', None, CAL, 'No. 16', L),
    ('mt-05-mosque', 'Now in Kasimov live about 2 thousand Tatars', None, CAL, 'About 2,000 Tatars now live in Kasimov', L),
    ('mt-05-mosque', 'XV-XVII centuries', None, DN, '15th-17th centuries', C),

    ('mt-06-kirovskbudget', 'informs the press service of the administration of Kirovsk', None, CAL, 'the city administration’s press service said', L),
    ('mt-06-kirovskbudget', 'The main part of the expenses – more than 60 percent – will be directed on the education', None, CAL, 'Most of the spending, more than 60 percent, will go to education', L),
    ('mt-06-kirovskbudget', 'On the repair of the roads in the budget are provided 140 million rubles', None, CAL, 'The budget provides 140 million rubles for road repairs', L),
    ('mt-06-kirovskbudget', 'If in the current year the deficit of the budget made 4 percent,', None, CAL, 'This year the budget deficit was 4 percent;', L),
    ('mt-06-kirovskbudget', 'If a year ago the city took the commercial credits,', None, CAL, 'A year ago the city was taking commercial loans;', L),
    ('mt-06-kirovskbudget', 'Belova Tatiana', None, EN, 'Tatiana Belova', L),
    ('mt-06-kirovskbudget', 'no cuts of the social programs in the budget are not provided', None, CAL, 'the budget provides for no cuts to social programs', C),
    ('mt-06-kirovskbudget', 'Nothing from the obligations before the residents we did not reduce', None, CAL, 'We have not cut any of our obligations to residents', C),
    ('mt-06-kirovskbudget', 'Fedorov V. N.', None, EN, 'V.N. Fedorov', L),
    ('mt-06-kirovskbudget', 'Yuri Anatolievich Kuznetsov', None, EN, 'Yuri Kuznetsov', L),
    ('mt-06-kirovskbudget', 'For the budget voted 17 deputies', None, CAL, '17 deputies voted for the budget', L),
    ('mt-06-kirovskbudget', 'on the prospect Lenina', None, CAL, 'on Lenin Avenue', C),
    ('mt-06-kirovskbudget', 'house 16', None, CAL, '16 Lenin Avenue', L),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(220, 340), artifacts=(7, 18),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
