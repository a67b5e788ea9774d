"""Gold for the held-out set written as blind23 (for eval/blind-mixed-19): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval, or from the folder above when this set sits in
eval/). Checks of this set: no two gold spans that would match each other under the scoring rule,
controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per MT doc,
250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds or
/work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -18 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record (the MT texts and the controls were written directly as
docs/*.txt); the docs are the source of truth for offsets.
Differences from blind-mixed-18: "X told that ..." / "X told about ..." is a calque (likely) whose
span is "told that" / "told about" alone, separate from the reported-speech span after it; two
outlet glosses (" — RIA Novosti", " — Interfax"), two name-casing lines; 9 datelines
whose lowercase month collided with earlier gold under the reuse check were written correctly instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

# no set was written in parallel with this one
PARALLEL = ()
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-matryoshka': 'nesting-doll painting workshop in Semyonov (Nizhny Novgorod region)',
    'mt-02-cherries': 'cherry harvest in the orchards of the Bagaevsky district, Rostov region',
    'mt-03-cranes': 'autumn crane gathering at a nature park in the Amur region',
    'mt-04-chimneysweep': 'stove fires and chimney sweeps in Vologda region villages',
    'mt-05-sumo': 'Russian junior sumo championship in Kemerovo',
    'mt-06-quails': 'quail farm in the Iglino district of Bashkortostan',
    'mt-07-underpass': 'pedestrian underpass closed for repairs in Omsk',
    'mt-08-yaks': 'yak herding in the Kosh-Agach district of the Altai Republic',
    'mt-09-embroidery': 'gold-embroidery exhibition at the Torzhok museum (Tver region)',
    'mt-10-childrensrailway': "children's railway opens its 70th season in Khabarovsk",
    'mt-11-noisecourt': 'court fines a neighbour for night-time noise in Saratov',
    'mt-12-truffles': 'truffle hunters with dogs in Kaliningrad region oak forests',
    'mt-13-squirrels': 'school volunteers put up squirrel feeders in a Barnaul park',
    'mt-14-wakeboard': 'cable wakeboard park opens on a lake near Tyumen',
    'mt-15-rockfest': 'two-day rock festival in a Vladimir region village',
    'mt-16-toilets': 'modular public toilets in Vladivostok parks',
    'mt-17-shrimp': 'king shrimp farm in a former cowshed, Novgorod region',
    'mt-18-snails': 'grape snail farm in the Stavropol region',
}

ROWS = [
# BEGIN ROWS

    # mt-01-matryoshka
    ('mt-01-matryoshka', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-matryoshka', 'Golden Spoon', None, EN, 'Zolotaya Lozhka', L, 'name rendered by meaning'),
    ('mt-01-matryoshka', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-matryoshka', '38 thousand matryoshkas', None, DN, '38,000 matryoshkas', C, 'N thousand'),
    ('mt-01-matryoshka', 'told the director of the workshop Lyudmila Kornilova', None, CAL, 'said Lyudmila Kornilova, the director of the workshop', L, 'inverted attribution'),
    ('mt-01-matryoshka', 'It', 'It has worked in the craft', PRO, 'She', C, 'it for a person'),
    ('mt-01-matryoshka', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-01-matryoshka', 'we train every student for at least a year before she is allowed to paint faces', None, PRO, 'the workshop trains every student for at least a year before she is allowed to paint faces', L, 'reported speech left in 1st person'),
    ('mt-01-matryoshka', '2,4 million', None, DN, '2.4 million', C, 'decimal comma'),
    ('mt-01-matryoshka', 'she', 'when she holds', PRO, 'it', C, 'she for linden (липа)'),
    ('mt-01-matryoshka', 'reports the portal nn-vesti.ru', None, CAL, 'according to the portal nn-vesti.ru', L, 'attribution after the clause, verb before source'),

    # mt-02-cherries
    ('mt-02-cherries', '22 june', None, DN, '22 June', C, 'lowercase month in dateline'),
    ('mt-02-cherries', 'In the orchards of the Bagaevsky district began the mass picking of cherries', None, CAL, 'Mass cherry picking has begun in the orchards of the Bagaevsky district', L, 'word order'),
    ('mt-02-cherries', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-02-cherries', 'Don Garden', None, EN, 'Donskoi Sad', L, 'name rendered by meaning'),
    ('mt-02-cherries', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-02-cherries', '1,2 thousand tonnes', None, DN, '1,200 tonnes', C, 'N thousand with decimal comma'),
    ('mt-02-cherries', 'informed in the press service of the enterprise', None, CAL, "the company's press service said", L, 'subjectless attribution'),
    ('mt-02-cherries', 'we could sell twice more if we had enough hands', None, PRO, 'the company could sell twice as much if it had enough workers', L, 'reported speech left in 1st person'),
    ('mt-02-cherries', 'It', 'It also complained', PRO, 'He', C, 'it for a person'),
    ('mt-02-cherries', 'The Rostov regional ministry of agriculture', None, IC, 'The Rostov regional Ministry of Agriculture', C, 'institution casing'),
    ('mt-02-cherries', '46,5 thousand tonnes', None, DN, '46,500 tonnes', C, 'N thousand with decimal comma'),

    # mt-03-cranes
    ('mt-03-cranes', 'In the nature park near the village Krasnoyarovo gathered for the autumn migration more than 900 cranes', None, CAL, 'More than 900 cranes have gathered for the autumn migration at the nature park near the village of Krasnoyarovo', L, 'word order'),
    ('mt-03-cranes', 'told the director of the park Svetlana Ogneva', None, CAL, 'said Svetlana Ogneva, the director of the park', L, 'inverted attribution'),
    ('mt-03-cranes', 'It', 'It has headed', PRO, 'She', C, 'it for a person'),
    ('mt-03-cranes', '3,5 thousand birds', None, DN, '3,500 birds', C, 'N thousand with decimal comma'),
    ('mt-03-cranes', 'told about', None, CAL, 'spoke about', L, 'рассказала о'),
    ('mt-03-cranes', 'we release such chicks only when they can fly with the wild flock', None, PRO, 'the park releases such chicks only when they can fly with the wild flock', L, 'reported speech left in 1st person'),
    ('mt-03-cranes', '6,3 million', None, DN, '6.3 million', C, 'decimal comma'),
    ('mt-03-cranes', 'writes the newspaper Amurskaya Pravda', None, CAL, 'according to the newspaper Amurskaya Pravda', L, 'attribution after the clause, verb before source'),

    # mt-04-chimneysweep
    ('mt-04-chimneysweep', 'Since the beginning of the heating season in the villages of the Vologda region occurred 64 fires', None, CAL, 'Since the start of the heating season, 64 fires have broken out in villages of the Vologda region', L, 'word order'),
    ('mt-04-chimneysweep', 'reported in the main directorate of the EMERCOM for the region', None, CAL, "the regional branch of the Emergencies Ministry said", L, 'subjectless attribution'),
    ('mt-04-chimneysweep', 'It', 'It has worked as a sweep', PRO, 'He', C, 'it for a person'),
    ('mt-04-chimneysweep', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-04-chimneysweep', 'we find jackdaw nests and loose bricks in every third chimney', None, PRO, 'he finds jackdaw nests and loose bricks in every third chimney', L, 'reported speech left in 1st person'),
    ('mt-04-chimneysweep', '2,5 thousand roubles', None, DN, '2,500 roubles', C, 'N thousand with decimal comma'),
    ('mt-04-chimneysweep', 'the committee of social protection of the population', None, CAL, 'the social welfare committee', L, 'title word for word'),
    ('mt-04-chimneysweep', 'reminds the agency', None, CAL, 'the agency reminds', L, 'attribution after the clause, verb before source'),
    ('mt-04-chimneysweep', 'She', 'She had a crack', PRO, 'It', C, 'she for a pipe (труба)'),

    # mt-05-sumo
    ('mt-05-sumo', 'In Kemerovo ended the championship of Russia on sumo among juniors', None, CAL, 'The Russian Junior Sumo Championship has ended in Kemerovo', L, 'word order and title word for word'),
    ('mt-05-sumo', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-05-sumo', 'Kuznetsk Miner', None, EN, 'Kuznetsky Shakhtyor', L, 'name rendered by meaning'),
    ('mt-05-sumo', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-05-sumo', 'the victory was celebrated by', None, CAL, 'the winner was', L, 'set phrase (победу праздновал)'),
    ('mt-05-sumo', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-05-sumo', 'my goal was only to get into the top three', None, PRO, 'his goal had only been to get into the top three', L, 'reported speech left in 1st person'),
    ('mt-05-sumo', 'It', 'It won all four bouts', PRO, 'She', C, 'it for a person'),
    ('mt-05-sumo', 'The head coach of the national junior team Sergei Tokarev', None, CAL, 'Sergei Tokarev, head coach of the national junior team', L, 'title before name'),
    ('mt-05-sumo', '4,7 million', None, DN, '4.7 million', C, 'decimal comma'),
    ('mt-05-sumo', 'reports the portal kuzbass-news.ru', None, CAL, 'according to the portal kuzbass-news.ru', L, 'attribution after the clause, verb before source'),

    # mt-06-quails
    ('mt-06-quails', '24 april', None, DN, '24 April', C, 'lowercase month in dateline'),
    ('mt-06-quails', 'The farmer from the Iglino district Rinat Galiev built the largest in the republic quail farm', None, CAL, "Rinat Galiev, a farmer from the Iglino district, has built the republic's largest quail farm", L, 'word order'),
    ('mt-06-quails', '18 thousand birds', None, DN, '18,000 birds', C, 'N thousand'),
    ('mt-06-quails', '12 thousand eggs', None, DN, '12,000 eggs', C, 'N thousand'),
    ('mt-06-quails', 'it', 'Before that it worked', PRO, 'he', C, 'it for a person'),
    ('mt-06-quails', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-06-quails', 'we sell eggs to three chains of shops and to restaurants in Ufa', None, PRO, 'the farm sells eggs to three chains of shops and to restaurants in Ufa', L, 'reported speech left in 1st person'),
    ('mt-06-quails', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-quails', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-quails', 'The ministry of agriculture of Bashkortostan', None, IC, 'The Ministry of Agriculture of Bashkortostan', C, 'institution casing'),
    ('mt-06-quails', 'reports the portal bash-agro.ru', None, CAL, 'according to the portal bash-agro.ru', L, 'attribution after the clause, verb before source'),

    # mt-07-underpass
    ('mt-07-underpass', 'on the street Lenin', None, CAL, 'on Lenin Street', L, 'street name word order'),
    ('mt-07-underpass', 'was never repaired capitally', None, CAL, 'has never had a major overhaul', L, 'set term (капитальный ремонт)'),
    ('mt-07-underpass', 'told the deputy mayor on the questions of the city economy Andrei Salnikov', None, CAL, 'said Andrei Salnikov, deputy mayor for municipal services', L, 'inverted attribution, title word for word'),
    ('mt-07-underpass', 'It', 'It promised', PRO, 'He', C, 'it for a person'),
    ('mt-07-underpass', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-07-underpass', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-07-underpass', '86,4 million', None, DN, '86.4 million', C, 'decimal comma'),
    ('mt-07-underpass', 'GIBDD', None, UN, 'traffic police', L, 'transliterated abbreviation'),
    ('mt-07-underpass', 'I now have to wait two cycles of the light with my bags', None, PRO, 'she now has to wait two cycles of the light with her bags', L, 'reported speech left in 1st person'),
    ('mt-07-underpass', 'reports the portal omsk-gorod.ru', None, CAL, 'according to the portal omsk-gorod.ru', L, 'attribution after the clause, verb before source'),

    # mt-08-yaks
    ('mt-08-yaks', 'пастбища', None, UN, 'pastures', C, 'Cyrillic leftover'),
    ('mt-08-yaks', 'told the head of the farm', None, CAL, 'said the head of the farm', L, 'inverted attribution'),
    ('mt-08-yaks', 'It', 'It has bred yaks', PRO, 'He', C, 'it for a person'),
    ('mt-08-yaks', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-08-yaks', 'from one animal we comb out almost two kilograms of down a year', None, PRO, 'the farm combs almost two kilograms of down a year from each animal', L, 'reported speech left in 1st person'),
    ('mt-08-yaks', '11,6 thousand heads', None, DN, '11,600 head', C, 'N thousand with decimal comma'),
    ('mt-08-yaks', 'informed in the ministry of agriculture of the Altai Republic', None, CAL, "the Altai Republic's Ministry of Agriculture said", L, 'subjectless attribution'),
    ('mt-08-yaks', '20 thousand roubles', None, DN, '20,000 roubles', C, 'N thousand'),
    ('mt-08-yaks', 'she', 'she has become busy', PRO, 'it', C, 'she for a road (дорога)'),
    ('mt-08-yaks', 'writes the newspaper Altaiskaya Nedelya', None, CAL, 'according to the newspaper Altaiskaya Nedelya', L, 'attribution after the clause, verb before source'),

    # mt-09-embroidery
    ('mt-09-embroidery', 'In the museum of gold embroidery in Torzhok opened an exhibition of church vestments and ball gowns', None, CAL, 'An exhibition of church vestments and ball gowns has opened at the gold embroidery museum in Torzhok', L, 'word order'),
    ('mt-09-embroidery', 'told the senior researcher of the museum Olga Zlatoustova', None, CAL, 'said Olga Zlatoustova, a senior researcher at the museum', L, 'inverted attribution'),
    ('mt-09-embroidery', 'It', 'It has worked on the collection', PRO, 'She', C, 'it for a person'),
    ('mt-09-embroidery', 'we still use the same technique, only the thread is now made in Tver', None, PRO, 'the embroiderers still use the same technique, only the thread is now made in Tver', L, 'reported speech left in 1st person'),
    ('mt-09-embroidery', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-09-embroidery', 'Golden Needle', None, EN, 'Zolotaya Igla', L, 'name rendered by meaning'),
    ('mt-09-embroidery', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-09-embroidery', '1,3 thousand people', None, DN, '1,300 people', C, 'N thousand with decimal comma'),
    ('mt-09-embroidery', 'the Tver state united museum', None, IC, 'the Tver State United Museum', C, 'institution casing'),

    # mt-10-childrensrailway
    ('mt-10-childrensrailway', "On the Far Eastern children's railway started the summer season", None, CAL, "The summer season has started on the Far Eastern Children's Railway", L, 'word order'),
    ('mt-10-childrensrailway', '3,8', None, DN, '3.8', C, 'decimal comma'),
    ('mt-10-childrensrailway', 'told the head of the railway Nikolai Shpalov', None, CAL, 'said Nikolai Shpalov, the head of the railway', L, 'inverted attribution'),
    ('mt-10-childrensrailway', 'It', 'It first came', PRO, 'He', C, 'it for a person'),
    ('mt-10-childrensrailway', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-10-childrensrailway', 'we give them not only knowledge but also responsibility', None, PRO, 'the railway gives them not only knowledge but also responsibility', L, 'reported speech left in 1st person'),
    ('mt-10-childrensrailway', 'he', 'and he received a new engine', PRO, 'it', C, 'he for a locomotive (тепловоз)'),
    ('mt-10-childrensrailway', 'RZhD', None, UN, 'Russian Railways', L, 'transliterated abbreviation'),
    ('mt-10-childrensrailway', 'reports the portal khab-news.ru', None, CAL, 'according to the portal khab-news.ru', L, 'attribution after the clause, verb before source'),

    # mt-11-noisecourt
    ('mt-11-noisecourt', 'The Volzhsky district court', None, IC, 'The Volzhsky District Court', C, 'institution casing'),
    ('mt-11-noisecourt', 'the systematic violation of silence at night', None, CAL, 'repeatedly disturbing the peace at night', L, 'set term (нарушение тишины)'),
    ('mt-11-noisecourt', 'According to the materials of the case', None, CAL, 'According to the case file', L, 'set phrase (по материалам дела)'),
    ('mt-11-noisecourt', 'I could not sleep before a night shift for months', None, PRO, 'she had not been able to sleep before night shifts for months', L, 'reported speech left in 1st person'),
    ('mt-11-noisecourt', 'It', 'It recorded the noise', PRO, 'She', C, 'it for a person'),
    ('mt-11-noisecourt', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-11-noisecourt', '5 thousand roubles', None, DN, '5,000 roubles', C, 'N thousand'),
    ('mt-11-noisecourt', '15 thousand roubles', None, DN, '15,000 roubles', C, 'N thousand'),
    ('mt-11-noisecourt', 'uchastkovy', None, UN, 'local police officer', L, 'transliterated leftover'),
    ('mt-11-noisecourt', 'writes the newspaper Saratovsky Vestnik', None, CAL, 'according to the newspaper Saratovsky Vestnik', L, 'attribution after the clause, verb before source'),

    # mt-12-truffles
    ('mt-12-truffles', 'the season of the search of truffles', None, CAL, 'the truffle-hunting season', L, 'genitive chain'),
    ('mt-12-truffles', "told the head of the truffle hunters' club Artyom Lisitsyn", None, CAL, "said Artyom Lisitsyn, head of the truffle hunters' club", L, 'inverted attribution'),
    ('mt-12-truffles', 'It', 'It has trained four dogs', PRO, 'He', C, 'it for a person'),
    ('mt-12-truffles', 'near the village Yasnoye', None, CAL, 'near the village of Yasnoye', L, 'apposition without "of"'),
    ('mt-12-truffles', 'Dzhuzeppe Rossi', None, EN, 'Giuseppe Rossi', L, 'back-transliterated foreign name'),
    ('mt-12-truffles', '60-90 thousand roubles', None, DN, '60,000-90,000 roubles', C, 'N thousand'),
    ('mt-12-truffles', 'we never dig the forest floor with a rake, because it destroys the mycelium', None, PRO, 'club members never rake the forest floor, because it destroys the mycelium', L, 'reported speech left in 1st person'),
    ('mt-12-truffles', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-12-truffles', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-12-truffles', 'reports the portal klops-info.ru', None, CAL, 'according to the portal klops-info.ru', L, 'attribution after the clause, verb before source'),

    # mt-13-squirrels
    ('mt-13-squirrels', 'Nagorny park', None, NC, 'Nagorny Park', C, 'park name casing'),
    ('mt-13-squirrels', 'the ecological circle of the school number 42', None, CAL, 'the ecology club of School No. 42', L, 'set term word for word'),
    ('mt-13-squirrels', 'at the lessons of technology', None, CAL, 'in technology lessons', L, 'prepositional frame'),
    ('mt-13-squirrels', 'told the leader of the circle, the teacher of biology Marina Belkina', None, CAL, 'said Marina Belkina, a biology teacher who runs the club', L, 'inverted attribution'),
    ('mt-13-squirrels', 'It', 'It asked residents', PRO, 'She', C, 'it for a person'),
    ('mt-13-squirrels', 'told that', None, CAL, 'said that', L, 'рассказала, что'),
    ('mt-13-squirrels', 'we fill the feeders with sunflower seeds, walnuts and dried apples twice a week', None, PRO, 'the volunteers fill the feeders with sunflower seeds, walnuts and dried apples twice a week', L, 'reported speech left in 1st person'),
    ('mt-13-squirrels', 'she', 'she leaves the nest', PRO, 'it', C, 'she for a squirrel (белка)'),
    ('mt-13-squirrels', '35 thousand roubles', None, DN, '35,000 roubles', C, 'N thousand'),
    ('mt-13-squirrels', 'reports the portal barnaul-life.ru', None, CAL, 'according to the portal barnaul-life.ru', L, 'attribution after the clause, verb before source'),

    # mt-14-wakeboard
    ('mt-14-wakeboard', '6 july', None, DN, '6 July', C, 'lowercase month in dateline'),
    ('mt-14-wakeboard', 'On the lake Krugloye near Tyumen opened a cable wakeboard park', None, CAL, 'A cable wakeboard park has opened on Lake Krugloye near Tyumen', L, 'word order'),
    ('mt-14-wakeboard', 'It', 'It has ridden', PRO, 'He', C, 'it for a person'),
    ('mt-14-wakeboard', 'told that', None, CAL, 'said that', L, 'рассказал, что'),
    ('mt-14-wakeboard', '1,2 thousand roubles', None, DN, '1,200 roubles', C, 'N thousand with decimal comma'),
    ('mt-14-wakeboard', 'the champion of the Urals federal district on wakeboarding', None, CAL, 'the Urals Federal District wakeboarding champion', L, 'title word for word'),
    ('mt-14-wakeboard', 'I fell twenty times before my first full lap', None, PRO, 'she fell twenty times before her first full lap', L, 'reported speech left in 1st person'),
    ('mt-14-wakeboard', 'экзотика', None, UN, 'a novelty', C, 'Cyrillic leftover'),
    ('mt-14-wakeboard', ' — Interfax', None, GL, '', C, 'outlet gloss'),
    ('mt-14-wakeboard', 'reports the portal 72.ru', None, CAL, 'according to the portal 72.ru', L, 'attribution after the clause, verb before source'),

    # mt-15-rockfest
    ('mt-15-rockfest', 'On a field near the village Sosnovka passed the rock festival', None, CAL, 'A rock festival was held on a field near the village of Sosnovka', L, 'word order'),
    ('mt-15-rockfest', '17 thousand spectators', None, DN, '17,000 spectators', C, 'N thousand'),
    ('mt-15-rockfest', 'informed the press secretary of the festival Alina Dubova', None, CAL, "said Alina Dubova, the festival's press secretary", L, 'inverted attribution'),
    ('mt-15-rockfest', 'It', 'It noted that', PRO, 'She', C, 'it for a person'),
    ('mt-15-rockfest', 'twice more than last year', None, CAL, 'twice as many as last year', L, 'calque (в два раза больше)'),
    ('mt-15-rockfest', 'On two stages played 36 bands from Russia and Belarus', None, CAL, 'Thirty-six bands from Russia and Belarus played on two stages', L, 'word order'),
    ('mt-15-rockfest', 'Yari Lehtinen', None, EN, 'Jari Lehtinen', L, 'back-transliterated foreign name'),
    ('mt-15-rockfest', ' — RIA Novosti', None, GL, '', C, 'outlet gloss'),
    ('mt-15-rockfest', '2,9 thousand roubles', None, DN, '2,900 roubles', C, 'N thousand with decimal comma'),
    ('mt-15-rockfest', 'next year we will add a third stage and a camping zone by the river', None, PRO, 'next year the organisers would add a third stage and a camping zone by the river', L, 'reported speech left in 1st person'),

    # mt-16-toilets
    ('mt-16-toilets', 'In the parks and squares of Vladivostok appeared 12 modular public toilets', None, CAL, "Twelve modular public toilets have appeared in Vladivostok's parks and squares", L, 'word order'),
    ('mt-16-toilets', 'he', 'and he worked only', PRO, 'it', C, 'he for a toilet (туалет)'),
    ('mt-16-toilets', 'told the head of the department of urban improvement of the city administration Yevgeny Korol', None, CAL, "said Yevgeny Korol, head of the city's public amenities department", L, 'inverted attribution, title word for word'),
    ('mt-16-toilets', 'It', 'It added that', PRO, 'He', C, 'it for a person'),
    ('mt-16-toilets', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-16-toilets', 'Fresh Breeze', None, EN, 'Svezhy Veter', L, 'name rendered by meaning'),
    ('mt-16-toilets', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-16-toilets', '21,6 million', None, DN, '21.6 million', C, 'decimal comma'),
    ('mt-16-toilets', 'telegram', None, NC, 'Telegram', C, 'brand name casing'),
    ('mt-16-toilets', 'we will install another eight cabins on the islands by the autumn', None, PRO, 'the city will install another eight cabins on the islands by the autumn', L, 'reported speech left in 1st person'),
    ('mt-16-toilets', 'reports the agency PrimaMedia', None, CAL, 'according to the agency PrimaMedia', L, 'attribution after the clause, verb before source'),

    # mt-17-shrimp
    ('mt-17-shrimp', 'In the Novgorod region started the first in the North-West farm for growing of king shrimp', None, CAL, 'The first king shrimp farm in North-West Russia has started work in the Novgorod region', L, 'word order'),
    ('mt-17-shrimp', 'told the technologist of the farm Yulia Rakova', None, CAL, "said Yulia Rakova, the farm's technologist", L, 'inverted attribution'),
    ('mt-17-shrimp', 'It', 'It studied the technology', PRO, 'She', C, 'it for a person'),
    ('mt-17-shrimp', 'we feed the shrimp five times a day and check the water every morning', None, PRO, 'the farm feeds the shrimp five times a day and checks the water every morning', L, 'reported speech left in 1st person'),
    ('mt-17-shrimp', '1,5', None, DN, '1.5', C, 'decimal comma'),
    ('mt-17-shrimp', '2,8 thousand roubles', None, DN, '2,800 roubles', C, 'N thousand with decimal comma'),
    ('mt-17-shrimp', 'made orders', None, CAL, 'placed orders', L, 'collocation (сделали заказы)'),
    ('mt-17-shrimp', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-17-shrimp', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-17-shrimp', 'reports the portal 53news.ru', None, CAL, 'according to the portal 53news.ru', L, 'attribution after the clause, verb before source'),

    # mt-18-snails
    ('mt-18-snails', '17 september', None, DN, '17 September', C, 'lowercase month in dateline'),
    ('mt-18-snails', 'The resident of the village Novotroitskaya Galina Sorokina collected the first harvest of grape snails', None, CAL, 'Galina Sorokina, a resident of the village of Novotroitskaya, has collected her first harvest of grape snails', L, 'word order, title before name'),
    ('mt-18-snails', '200 thousand snails', None, DN, '200,000 snails', C, 'N thousand'),
    ('mt-18-snails', '0,3', None, DN, '0.3', C, 'decimal comma'),
    ('mt-18-snails', 'It', 'It built the enclosures', PRO, 'She', C, 'it for a person'),
    ('mt-18-snails', 'told that', None, CAL, 'said that', L, 'рассказала, что'),
    ('mt-18-snails', 'we water the enclosures every evening, because the snails like damp and hide from the sun', None, PRO, 'she waters the enclosures every evening, because the snails like damp and hide from the sun', L, 'reported speech left in 1st person'),
    ('mt-18-snails', 'she', 'she closes her shell', PRO, 'it', C, 'she for a snail (улитка)'),
    ('mt-18-snails', 'her', 'closes her shell', PRO, 'its', C, 'her for a snail (улитка)'),
    ('mt-18-snails', '1,4 thousand roubles', None, DN, '1,400 roubles', C, 'N thousand with decimal comma'),
    ('mt-18-snails', 'reports the portal stavropol-news.ru', None, CAL, 'according to the portal stavropol-news.ru', L, 'attribution after the clause, verb before source'),

# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, notes_under=PARALLEL, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", "blind-mixed-2", "blind-mixed-3", "blind-mixed-4",
                     "blind-mixed-5", "blind-mixed-6", "blind-mixed-7", "blind-mixed-8",
                     "blind-mixed-9", "blind-mixed-10", "blind-mixed-11", "blind-mixed-12",
                     "blind-mixed-13", "blind-mixed-14", "blind-mixed-15", "blind-mixed-16",
                     "blind-mixed-17", "blind-mixed-18")), details=True))
