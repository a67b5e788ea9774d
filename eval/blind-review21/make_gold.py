"""Gold for eval/blind-review21 (helper review21's held-out check, session 21): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py. Checks: no two gold spans of a doc that would match each other, controls free of
Cyrillic and guillemets, a beat for every MT doc, 240-300 words per doc, no 8-word run shared with
the corpus, the seeds or another eval set. The docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, MAIN_EVAL, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-winterroad': 'a late-opening winter road to northern villages (Yakutia)',
    'mt-02-theatrecircle': "a village children's theatre club wins a national festival (Kostroma region)",
    'mt-03-busfares': 'city bus fares raised and a concession-fare bill (Kurgan)',
    'mt-04-searchsquad': 'volunteers find a lost mushroom picker in the taiga (Irkutsk region)',
    'mt-05-skilift': 'a new chairlift and hotel at a ski resort (Kemerovo region)',
    'mt-06-pharmacy': 'medicines sold at rural health posts (Orenburg region)',
}

ROWS = [
    # mt-01-winterroad
    ('mt-01-winterroad', 'In Yakutia opened the winter road', None, CAL, 'A winter road has opened in Yakutia', L, 'word order (headline)'),
    ('mt-01-winterroad', '14 march', None, DN, '14 March', C, 'date format'),
    ('mt-01-winterroad', 'allowed the movement of the trucks', None, CAL, 'trucks were allowed', L, 'subjectless: разрешили движение'),
    ('mt-01-winterroad', 'Such data leads the GKU Upravtodor of the republic', None, CAL, "the republic's road agency Upravtodor said", L, 'такие данные приводит'),
    ('mt-01-winterroad', 'GKU', None, UN, 'state agency', L, 'Russian abbreviation in Latin letters'),
    ('mt-01-winterroad', 'in the end of December', None, CAL, 'at the end of December', L, 'в конце'),
    ('mt-01-winterroad', 'she', 'she will serve', PRO, 'it', C, 'pronoun: Russian gender (дорога)'),
    ('mt-01-winterroad', 'Michael', None, EN, 'Mikhail', L, 'anglicised first name'),
    ('mt-01-winterroad', 'the resolution about the introduction of the regime of emergency situation', None, CAL, 'a resolution declaring a state of emergency', L, 'постановление о введении режима ЧС'),
    ('mt-01-winterroad', 'it', 'it said', PRO, 'he', C, 'pronoun: it for a person'),
    ('mt-01-winterroad', 'In the settlements of the ulus live about 1,5 thousand residents', None, CAL, 'About 1,500 people live in the settlements of the ulus', L, 'word order (with a decimal-comma thousand)'),
    ('mt-01-winterroad', 'Red Yar', None, EN, 'Krasny Yar', L, 'village name by meaning (Красный Яр)'),
    ('mt-01-winterroad', 'is empty since January', None, CAL, 'has been empty since January', L, 'tense after since'),
    ('mt-01-winterroad', '400 thousand rubles', None, DN, '400,000 rubles', C, 'N thousand'),
    ('mt-01-winterroad', 'the movement on the winter road', None, CAL, 'driving on the winter road', L, 'движение'),
    ('mt-01-winterroad', 'Last year on the route broke down 11 trucks', None, CAL, 'Last year 11 trucks broke down on the route', L, 'word order'),
    ('mt-01-winterroad', '3 thousand rubles', None, DN, '3,000 rubles', C, 'N thousand'),
    ('mt-01-winterroad', 'told in the department', None, CAL, 'the department said', L, 'subjectless attribution'),

    # mt-02-theatrecircle
    ('mt-02-theatrecircle', 'became the laureate of', None, CAL, 'won a prize at', L, 'стал лауреатом'),
    ('mt-02-theatrecircle', '3 february', None, DN, '3 February', C, 'date format'),
    ('mt-02-theatrecircle', 'theatre circle', None, CAL, 'theatre club', L, 'кружок'),
    ('mt-02-theatrecircle', 'rural house of culture', None, CAL, 'village community centre', L, 'сельский дом культуры'),
    ('mt-02-theatrecircle', '«', None, PU, '"', C, 'guillemet'),
    ('mt-02-theatrecircle', '»', None, PU, '"', C, 'guillemet'),
    ('mt-02-theatrecircle', 'About this reported in the department of culture of the Kostroma region', None, CAL, 'the Kostroma region culture department said', L, 'subjectless attribution'),
    ('mt-02-theatrecircle', 'Catherine', None, EN, 'Yekaterina', L, 'anglicised first name'),
    ('mt-02-theatrecircle', 'Today in him are engaged 22 children', None, CAL, 'Today 22 children attend it', L, 'word order (занимаются)'),
    ('mt-02-theatrecircle', 'him', 'in him are', PRO, 'it', C, 'pronoun: Russian gender (кружок)'),
    ('mt-02-theatrecircle', 'collective', 'The collective rehearses', CAL, 'group', L, 'коллектив'),
    ('mt-02-theatrecircle', 'Kostroma regional library', None, IC, 'Kostroma Regional Library', C, 'institution name in lower case'),
    ('mt-02-theatrecircle', 'the roof flows', None, CAL, 'the roof leaks', L, 'крыша течёт'),
    ('mt-02-theatrecircle', 'spectacle', None, CAL, 'play', L, 'спектакль'),
    ('mt-02-theatrecircle', 'shared Smirnova', None, CAL, 'Smirnova said', L, 'inverted attribution'),
    ('mt-02-theatrecircle', 'the money for the repair in the budget yet is not provided', None, CAL, 'the budget has no money for the repairs yet', L, 'word order'),
    ('mt-02-theatrecircle', 'for the 12 time', None, DN, 'for the 12th time', C, 'ordinal'),
    ('mt-02-theatrecircle', 'In it in total took part 48 collectives', None, CAL, 'In all, 48 groups took part', L, 'word order'),
    ('mt-02-theatrecircle', '200 thousand rubles', None, DN, '200,000 rubles', C, 'N thousand'),
    ('mt-02-theatrecircle', 'circle of young naturalists', None, CAL, "young naturalists' club", L, 'кружок юных натуралистов'),
    ('mt-02-theatrecircle', 'chess section', None, CAL, 'chess club', L, 'секция'),
    ('mt-02-theatrecircle', 'informed in the house of culture', None, CAL, 'the community centre said', L, 'subjectless attribution'),

    # mt-03-busfares
    ('mt-03-busfares', '21 november', None, DN, '21 November', C, 'date format'),
    ('mt-03-busfares', '1 january', None, DN, '1 January', C, 'date format'),
    ('mt-03-busfares', 'The corresponding decision was accepted', None, CAL, 'The decision was taken', L, 'принято решение'),
    ('mt-03-busfares', 'MUP', None, UN, 'municipal company', L, 'Russian abbreviation in Latin letters'),
    ('mt-03-busfares', 'Gregory', None, EN, 'Grigory', L, 'anglicised first name'),
    ('mt-03-busfares', 'on 18 percent', None, CAL, 'by 18 percent', L, 'на + difference'),
    ('mt-03-busfares', 'the draft law about the preferential travel', None, CAL, 'the draft law on concession fares', L, 'законопроект о'),
    ('mt-03-busfares', 'VUZs', None, UN, 'universities', L, 'Russian abbreviation in Latin letters'),
    ('mt-03-busfares', 'MFTs', None, UN, 'public service centres', L, 'Russian abbreviation in Latin letters'),
    ('mt-03-busfares', '15 december', None, DN, '15 December', C, 'date format'),
    ('mt-03-busfares', 'commission on the city economy', None, CAL, 'city services committee', L, 'комиссия по городскому хозяйству'),
    ('mt-03-busfares', 'Catherine', None, EN, 'Yekaterina', L, 'anglicised first name'),
    ('mt-03-busfares', 'must to make', None, CAL, 'must make', L, 'должны + infinitive'),
    ('mt-03-busfares', 'he', 'otherwise he will', PRO, 'it', C, 'pronoun: Russian gender (транспорт)'),
    ('mt-03-busfares', 'before 2027 year', None, CAL, 'by 2027', L, 'year after the number'),
    ('mt-03-busfares', 'on the gas fuel', None, CAL, 'running on gas', L, 'на газовом топливе'),
    ('mt-03-busfares', 'must to come', None, CAL, 'should arrive', L, 'должны + infinitive'),
    ('mt-03-busfares', '3 thousand signatures', None, DN, '3,000 signatures', C, 'N thousand'),
    ('mt-03-busfares', 'the city public', 'network "VKontakte" the city public',  CAL, 'local activists', L, 'городская общественность'),

    # mt-04-searchsquad
    ('mt-04-searchsquad', 'which', 'picker, which got', PRO, 'who', L, 'which for a person'),
    ('mt-04-searchsquad', '8 september', None, DN, '8 September', C, 'date format'),
    ('mt-04-searchsquad', 'search-rescue squad', None, CAL, 'search and rescue team', L, 'поисково-спасательный отряд'),
    ('mt-04-searchsquad', 'Green Grove', None, EN, 'Zelyonaya Roshcha', L, 'village name by meaning'),
    ('mt-04-searchsquad', 'which', 'Grove, which for', PRO, 'who', L, 'which for a person'),
    ('mt-04-searchsquad', 'About this told the coordinator of the squad Paul Kuznetsov', None, CAL, 'the team coordinator Pavel Kuznetsov said', L, 'inverted attribution'),
    ('mt-04-searchsquad', 'Paul', None, EN, 'Pavel', L, 'anglicised first name'),
    ('mt-04-searchsquad', '4 september', None, DN, '4 September', C, 'date format'),
    ('mt-04-searchsquad', 'In the searches participated more than 60 people', None, CAL, 'More than 60 people took part in the search', L, 'word order'),
    ('mt-04-searchsquad', 'MVD', None, UN, 'police', L, 'Russian abbreviation in Latin letters'),
    ('mt-04-searchsquad', 'GIMS', None, UN, 'small boats inspectorate', L, 'Russian abbreviation in Latin letters'),
    ('mt-04-searchsquad', 'in 14 kilometers from the village', None, CAL, '14 kilometres from the village', L, 'в N км от'),
    ('mt-04-searchsquad', 'It', 'It was weak', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-04-searchsquad', 'itself', 'walk itself', PRO, 'on his own', L, 'сам'),
    ('mt-04-searchsquad', 'It', 'It ate', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-04-searchsquad', 'told Kuznetsov', None, CAL, 'Kuznetsov said', L, 'inverted attribution'),
    ('mt-04-searchsquad', 'Since the beginning of the season in the region got lost in the forest 43 people', None, CAL, 'Since the start of the season 43 people have got lost in the region\'s forests', L, 'word order'),
    ('mt-04-searchsquad', 'are not found until now', None, CAL, 'are still missing', L, 'до сих пор не найдены'),
    ('mt-04-searchsquad', 'To join the squad can any adult', None, CAL, 'Any adult can join the team', L, 'word order'),

    # mt-05-skilift
    ('mt-05-skilift', '19 october', None, DN, '19 October', C, 'date format'),
    ('mt-05-skilift', 'On the resort', None, CAL, 'At the resort', L, 'на курорте'),
    ('mt-05-skilift', 'Mountain Shoria', None, EN, 'Gornaya Shoria', L, 'region name by meaning'),
    ('mt-05-skilift', '2,3 km', None, DN, '2.3 km', C, 'decimal comma'),
    ('mt-05-skilift', '1 december', None, DN, '1 December', C, 'date format'),
    ('mt-05-skilift', 'informed in the ministry of tourism of Kuzbass', None, CAL, 'the Kuzbass tourism ministry said', L, 'subjectless attribution'),
    ('mt-05-skilift', 'Snow Peaks', None, EN, 'Snezhnye Vershiny', L, 'firm name by meaning'),
    ('mt-05-skilift', 'the mountain Green', None, EN, 'Mount Zelyonaya', L, 'mountain named by an adjective'),
    ('mt-05-skilift', 'The investments in the project made', None, CAL, 'The project cost', L, 'составили'),
    ('mt-05-skilift', '1,2 billion', None, DN, '1.2 billion', C, 'decimal comma'),
    ('mt-05-skilift', '3 thousand skiers', None, DN, '3,000 skiers', C, 'N thousand'),
    ('mt-05-skilift', 'the decree about the allocation of the land plot', None, CAL, 'a decree allocating land', L, 'указ о'),
    ('mt-05-skilift', 'Paul', 'director of the company Paul', EN, 'Pavel', L, 'anglicised first name'),
    ('mt-05-skilift', 'in 2027 year', None, CAL, 'in 2027', L, 'year after the number'),
    ('mt-05-skilift', 'told Zaitsev', None, CAL, 'Zaitsev said', L, 'inverted attribution'),
    ('mt-05-skilift', 'We want that the people did not stand', None, CAL, "We don't want people to stand", L, 'хотим, чтобы'),
    ('mt-05-skilift', '1,5 thousand cars', None, DN, '1,500 cars', C, 'N thousand'),
    ('mt-05-skilift', '2,9 thousand rubles', None, DN, '2,900 rubles', C, 'N thousand'),
    ('mt-05-skilift', 'For the children under 12 years and the pensioners is provided the discount of 30 percent', None, CAL, 'Children under 12 and pensioners get a 30 percent discount', L, 'word order'),

    # mt-06-pharmacy
    ('mt-06-pharmacy', 'FAPs', None, UN, 'rural health posts', L, 'Russian abbreviation in Latin letters'),
    ('mt-06-pharmacy', '27 august', None, DN, '27 August', C, 'date format'),
    ('mt-06-pharmacy', 'feldsher-obstetric points', None, CAL, 'rural health posts', L, 'фельдшерско-акушерский пункт'),
    ('mt-06-pharmacy', 'About this reported the minister of health of the region Gregory Melnikov', None, CAL, 'regional health minister Grigory Melnikov said', L, 'inverted attribution'),
    ('mt-06-pharmacy', 'Gregory', None, EN, 'Grigory', L, 'anglicised first name'),
    ('mt-06-pharmacy', 'the regional law about the drug provision of the rural residents', None, CAL, 'the regional law on supplying medicines to rural residents', L, 'закон о'),
    ('mt-06-pharmacy', '1 october', None, DN, '1 October', C, 'date format'),
    ('mt-06-pharmacy', 'feldshers', None, CAL, 'paramedics', L, 'фельдшер'),
    ('mt-06-pharmacy', 'names of the most demanded medicines', None, CAL, 'of the most needed medicines', L, 'наименований'),
    ('mt-06-pharmacy', 'from the pressure', None, CAL, 'for blood pressure', L, 'от давления'),
    ('mt-06-pharmacy', 'in 40-50 kilometers', None, CAL, '40-50 kilometres away', L, 'в N км'),
    ('mt-06-pharmacy', 'swept', None, CAL, 'snowed up', L, 'заметены'),
    ('mt-06-pharmacy', 'explained Melnikov', None, CAL, 'Melnikov explained', L, 'inverted attribution'),
    ('mt-06-pharmacy', 'Sunny', None, EN, 'Solnechny', L, 'village name by meaning'),
    ('mt-06-pharmacy', 'feldsher', 'The feldsher Olga', CAL, 'paramedic', L, 'фельдшер'),
    ('mt-06-pharmacy', 'over the first week to her applied more than 80 people', None, CAL, 'more than 80 people came to her in the first week', L, 'word order'),
    ('mt-06-pharmacy', 'shared she', None, CAL, 'she said', L, 'inverted attribution'),
    ('mt-06-pharmacy', 'with me', None, CAL, 'from me', L, 'у меня'),
    ('mt-06-pharmacy', '12,4 million', None, DN, '12.4 million', C, 'decimal comma'),
    ('mt-06-pharmacy', 'OMS', None, UN, 'compulsory medical insurance', L, 'Russian abbreviation in Latin letters'),
    ('mt-06-pharmacy', 'on 60 more villages', None, CAL, 'to 60 more villages', L, 'на N сёл'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(240, 300),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=False))
