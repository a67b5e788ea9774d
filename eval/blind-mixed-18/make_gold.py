"""Gold for the held-out set written as blind22 (for eval/blind-mixed-18): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval, or from the folder above when this set sits in
eval/). Checks of this set: no two gold spans that would match each other under the scoring rule,
controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per MT doc,
250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds or
/work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -17 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record (the MT texts were drafted with inline marks in
scratch/source.md, from which scratch/gen.py wrote docs/mt-*.txt and this table; the controls were
written directly as docs/neg-*.txt); the docs are the source of truth for offsets.
Differences from blind-mixed-17: an attribution after the clause with the verb before its source
(", reports irk.ru", ", writes the newspaper ...") is a calque (likely), spanning the verb to the end
of the source; a wrongly rendered name or a leftover word is marked at every occurrence.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

# blind-order22 and blind-names22 were written the same session in parallel with this set, blind to it
PARALLEL = ("/work/main/eval/blind-order22/", "/work/main/eval/blind-names22/")
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-cloudberry': 'cloudberry picking season and buyers in the Arkhangelsk region',
    'mt-02-heatwave': 'red-level heatwave and drought in the Volgograd region',
    'mt-03-bmx': 'new BMX and scooter park on the Kama embankment in Perm',
    'mt-04-operetta': 'operetta premiere by a foreign director at a Yekaterinburg theatre',
    'mt-05-eyeclinic': 'laser cataract surgery at a regional eye hospital in Krasnodar',
    'mt-06-owls': 'owls at a wild bird rehabilitation centre near Novosibirsk',
    'mt-07-canoeing': 'canoe marathon on the Shuya river in Karelia',
    'mt-08-skydiving': 'parachute season opens at an airfield near Ryazan',
    'mt-09-sbiten': 'sbiten (hot honey drink) festival in Suzdal',
    'mt-10-carpfarm': 'autumn carp harvest at a pond fish farm in the Lipetsk region',
    'mt-11-garlic': 'winter garlic harvest on a Samara farm',
    'mt-12-coldsnap': 'minus 55 frosts, school closures and frostbite in Yakutia',
    'mt-13-hackathon': 'student hackathon at the Kazan IT park',
    'mt-14-centenarian': 'village woman celebrates her 100th birthday in the Orel region',
    'mt-15-alpacas': "the Tula region's first alpaca farm",
    'mt-16-fence': 'court orders a neighbour to demolish a fence in Tomsk',
    'mt-17-sinkhole': 'sinkhole after a water main burst in Irkutsk',
    'mt-18-parcellockers': 'municipal parcel lockers in Chelyabinsk courtyards',
}

ROWS = [
# BEGIN ROWS

    # mt-01-cloudberry
    ('mt-01-cloudberry', '16 july', None, DN, '16 July', C, 'date/number format'),
    ('mt-01-cloudberry', 'In the swamps of the Pinega district started the harvest of cloudberry', None, CAL, 'The cloudberry harvest has started in the swamps of the Pinega district', L, 'calque'),
    ('mt-01-cloudberry', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-01-cloudberry', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-cloudberry', 'Golden Swamp', None, EN, 'Zolotoye Boloto', L, 'name rendered by meaning or back-transliterated'),
    ('mt-01-cloudberry', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-cloudberry', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-01-cloudberry', '14 thousand kilograms', None, DN, '14,000 kilograms', C, 'date/number format'),
    ('mt-01-cloudberry', 'we will freeze most of the berry and sell it to confectioners in St Petersburg', None, PRO, 'the company will freeze most of the berries and sell them to confectioners in St Petersburg', L, 'reported speech left in 1st person'),
    ('mt-01-cloudberry', 'морошки', None, UN, 'cloudberries', C, 'Cyrillic leftover'),
    ('mt-01-cloudberry', 'reports the portal 29.ru', None, CAL, 'according to the portal 29.ru', L, 'attribution after the clause, verb before source'),

    # mt-02-heatwave
    ('mt-02-heatwave', '23 july', None, DN, '23 July', C, 'date/number format'),
    ('mt-02-heatwave', 'An abnormal heat is expected in the Volgograd region until the end of the week', None, CAL, 'Abnormally hot weather is expected in the Volgograd region until the end of the week', L, 'calque'),
    ('mt-02-heatwave', 'told journalists the chief physician of the city polyclinic number 3 Irina Batalova', None, CAL, 'Irina Batalova, chief physician of City Polyclinic No. 3, told journalists', L, 'calque'),
    ('mt-02-heatwave', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-02-heatwave', 'informed in the department of transport', None, CAL, 'the transport department said', L, 'calque'),
    ('mt-02-heatwave', 'The regional ministry of agriculture', None, IC, 'The regional Ministry of Agriculture', C, 'institution casing'),
    ('mt-02-heatwave', '35,6 thousand hectares', None, DN, '35,600 hectares', C, 'date/number format'),
    ('mt-02-heatwave', 'we have not seen rain since the beginning of June', None, PRO, 'the farm had not seen rain since the beginning of June', L, 'reported speech left in 1st person'),
    ('mt-02-heatwave', 'Рекордная', None, UN, 'Record', C, 'Cyrillic leftover'),
    ('mt-02-heatwave', '+42,3', None, DN, '+42.3', C, 'date/number format'),
    ('mt-02-heatwave', 'writes the newspaper Volgogradskaya Pravda', None, CAL, 'according to the newspaper Volgogradskaya Pravda', L, 'attribution after the clause, verb before source'),

    # mt-03-bmx
    ('mt-03-bmx', '9 august', None, DN, '9 August', C, 'date/number format'),
    ('mt-03-bmx', 'On the embankment of the Kama opened a new park for BMX and scooters', None, CAL, 'A new park for BMX bikes and scooters has opened on the Kama embankment', L, 'calque'),
    ('mt-03-bmx', '18,4 million', None, DN, '18.4 million', C, 'date/number format'),
    ('mt-03-bmx', 'Steel Wave', None, EN, 'Stalnaya Volna', L, 'name rendered by meaning or back-transliterated'),
    ('mt-03-bmx', 'told at the opening the architect of the bureau Denis Kapustin', None, CAL, 'Denis Kapustin, an architect at the bureau, said at the opening', L, 'calque'),
    ('mt-03-bmx', 'It', 1, PRO, 'He', C, 'pronoun'),
    ('mt-03-bmx', 'SShOR', 0, UN, 'Olympic reserve sports school', L, 'transliterated leftover'),
    ('mt-03-bmx', 'I learned to ride on homemade ramps in the courtyard', None, PRO, 'he had learned to ride on homemade ramps in a courtyard', L, 'reported speech left in 1st person'),
    ('mt-03-bmx', 'SShOR', 1, UN, 'sports school', L, 'transliterated leftover'),
    ('mt-03-bmx', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-03-bmx', 'reports the portal 59.ru', None, CAL, 'according to the portal 59.ru', L, 'attribution after the clause, verb before source'),

    # mt-04-operetta
    ('mt-04-operetta', 'The theatre of musical comedy showed the premiere of the operetta', None, CAL, 'The Musical Comedy Theatre staged the premiere of the operetta', L, 'calque'),
    ('mt-04-operetta', 'Mikhael Shtaiger', None, EN, 'Michael Steiger', L, 'name rendered by meaning or back-transliterated'),
    ('mt-04-operetta', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-04-operetta', 'Shtaiger', 1, EN, 'Steiger', L, 'name rendered by meaning or back-transliterated'),
    ('mt-04-operetta', 'I wanted to show that this music is not a museum piece', None, PRO, 'he had wanted to show that the music is not a museum piece', L, 'reported speech left in 1st person'),
    ('mt-04-operetta', 'shared the actress', None, CAL, 'the actress said', L, 'calque'),
    ('mt-04-operetta', '11,7 million', None, DN, '11.7 million', C, 'date/number format'),
    ('mt-04-operetta', 'the ministry of culture of the Sverdlovsk region', None, IC, 'the Ministry of Culture of the Sverdlovsk Region', C, 'institution casing'),
    ('mt-04-operetta', 'soloist of the first category', None, CAL, 'principal soloist', L, 'calque'),
    ('mt-04-operetta', 'his', None, PRO, 'its', C, 'pronoun'),
    ('mt-04-operetta', 'reports the agency Ural-Press-Inform', None, CAL, 'according to the agency Ural-Press-Inform', L, 'attribution after the clause, verb before source'),

    # mt-05-eyeclinic
    ('mt-05-eyeclinic', 'In the regional ophthalmological hospital began to perform', None, CAL, 'The regional eye hospital has begun performing', L, 'calque'),
    ('mt-05-eyeclinic', '96,5 million', None, DN, '96.5 million', C, 'date/number format'),
    ('mt-05-eyeclinic', 'told the head of the department of microsurgery of the eye Oksana Vereshchagina', None, CAL, 'said Oksana Vereshchagina, head of the eye microsurgery department', L, 'calque'),
    ('mt-05-eyeclinic', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-05-eyeclinic', '4,5 thousand operations', None, DN, '4,500 operations', C, 'date/number format'),
    ('mt-05-eyeclinic', 'we have already reduced the queue from eight months to three', None, PRO, 'the hospital had already reduced the waiting list from eight months to three', L, 'reported speech left in 1st person'),
    ('mt-05-eyeclinic', 'OMS', None, UN, 'compulsory medical insurance', L, 'transliterated leftover'),
    ('mt-05-eyeclinic', 'at the polyclinic at the place of residence', None, CAL, 'at their local polyclinic', L, 'calque'),
    ('mt-05-eyeclinic', 'Quiet Creek', None, EN, 'Tikhy Ruchey', L, 'name rendered by meaning or back-transliterated'),
    ('mt-05-eyeclinic', 'The regional ministry of health', None, IC, 'The regional Ministry of Health', C, 'institution casing'),
    ('mt-05-eyeclinic', 'reports kubnews.ru', None, CAL, 'according to kubnews.ru', L, 'attribution after the clause, verb before source'),

    # mt-06-owls
    ('mt-06-owls', 'In the rehabilitation centre for wild birds live now 23 owls', None, CAL, 'Twenty-three owls now live at the wild bird rehabilitation centre', L, 'calque'),
    ('mt-06-owls', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-06-owls', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-06-owls', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-06-owls', 'we try to return every bird to the place where it was found', None, PRO, 'the staff try to return every bird to the place where it was found', L, 'reported speech left in 1st person'),
    ('mt-06-owls', '1,18 million', None, DN, '1.18 million', C, 'date/number format'),
    ('mt-06-owls', 'the presidential grants fund', None, IC, 'the Presidential Grants Fund', C, 'institution casing'),
    ('mt-06-owls', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-owls', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-owls', 'The centre is open for excursions on weekends by record', None, CAL, 'The centre is open for excursions at weekends by appointment', L, 'calque'),
    ('mt-06-owls', 'reports the portal ngs.ru', None, CAL, 'according to the portal ngs.ru', L, 'attribution after the clause, verb before source'),

    # mt-07-canoeing
    ('mt-07-canoeing', 'On the river Shuya took place the traditional canoe marathon', None, CAL, 'The traditional canoe marathon took place on the Shuya river', L, 'calque'),
    ('mt-07-canoeing', 'Among men the first came to the finish Vladislav Orekhov', None, CAL, 'Vladislav Orekhov was the first man to finish', L, 'calque'),
    ('mt-07-canoeing', 'Among women the victory celebrated', None, CAL, "The women's race was won by", L, 'calque'),
    ('mt-07-canoeing', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-07-canoeing', 'I was not sure until the end that I would have enough strength', None, PRO, 'she had not been sure until the end that she would have enough strength', L, 'reported speech left in 1st person'),
    ('mt-07-canoeing', 'Northern Paddle', 0, EN, 'Severnoye Veslo', L, 'name rendered by meaning or back-transliterated'),
    ('mt-07-canoeing', 'The head of the club Pavel Räsänen', None, CAL, 'Pavel Räsänen, head of the club', L, 'calque'),
    ('mt-07-canoeing', 'Northern Paddle', 1, EN, 'Severnoye Veslo', L, 'name rendered by meaning or back-transliterated'),
    ('mt-07-canoeing', 'the ministry of emergency situations', None, IC, 'the Emergencies Ministry', C, 'institution casing'),
    ('mt-07-canoeing', '350 thousand roubles', None, DN, '350,000 roubles', C, 'date/number format'),
    ('mt-07-canoeing', 'reports stolicaonego.ru', None, CAL, 'according to stolicaonego.ru', L, 'attribution after the clause, verb before source'),

    # mt-08-skydiving
    ('mt-08-skydiving', '6 june', None, DN, '6 June', C, 'date/number format'),
    ('mt-08-skydiving', 'At the airfield near the village Protasovo opened the parachute season', None, CAL, 'The parachute season has opened at the airfield near the village of Protasovo', L, 'calque'),
    ('mt-08-skydiving', '4 thousand metres', None, DN, '4,000 metres', C, 'date/number format'),
    ('mt-08-skydiving', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-08-skydiving', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-08-skydiving', 'we have not had a single serious accident in ten years', None, PRO, 'the club had not had a single serious accident in ten years', L, 'reported speech left in 1st person'),
    ('mt-08-skydiving', 'He made the jump in honour of the day of birth of his grandson', None, CAL, "He made the jump in honour of his grandson's birthday", L, 'calque'),
    ('mt-08-skydiving', 'the championship of the Central federal district on classic parachuting', None, CAL, 'the Central Federal District Classic Parachuting Championship', L, 'calque'),
    ('mt-08-skydiving', 'reports the newspaper Ryazanskie Vedomosti', None, CAL, 'according to the newspaper Ryazanskie Vedomosti', L, 'attribution after the clause, verb before source'),

    # mt-09-sbiten
    ('mt-09-sbiten', '20 january', None, DN, '20 January', C, 'date/number format'),
    ('mt-09-sbiten', 'In Suzdal passed the festival of sbiten', None, CAL, 'A sbiten festival was held in Suzdal', L, 'calque'),
    ('mt-09-sbiten', '13 thousand visitors', None, DN, '13,000 visitors', C, 'date/number format'),
    ('mt-09-sbiten', 'капустой', None, UN, 'cabbage', C, 'Cyrillic leftover'),
    ('mt-09-sbiten', 'told the organiser of the festival, the director of the museum-reserve Tatyana Kolosova', None, CAL, 'said Tatyana Kolosova, director of the museum-reserve and organiser of the festival', L, 'calque'),
    ('mt-09-sbiten', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-09-sbiten', 'we want to make the festival an annual brand of the city', None, PRO, 'the organisers want to make the festival an annual brand of the town', L, 'reported speech left in 1st person'),
    ('mt-09-sbiten', 'Honey Spas', None, EN, 'Medovy Spas', L, 'name rendered by meaning or back-transliterated'),
    ('mt-09-sbiten', 'in the sky over the Kremlin was launched a firework', None, CAL, 'fireworks were launched over the Kremlin', L, 'calque'),
    ('mt-09-sbiten', '92,5', None, DN, '92.5', C, 'date/number format'),
    ('mt-09-sbiten', 'reports the agency Zebra TV', None, CAL, 'according to the agency Zebra TV', L, 'attribution after the clause, verb before source'),

    # mt-10-carpfarm
    ('mt-10-carpfarm', '11 october', None, DN, '11 October', C, 'date/number format'),
    ('mt-10-carpfarm', 'On the fish farm near the village Krasnoye started the autumn catch of carp', None, CAL, 'The autumn carp harvest has started at the fish farm near the village of Krasnoye', L, 'calque'),
    ('mt-10-carpfarm', '1,8', None, DN, '1.8', C, 'date/number format'),
    ('mt-10-carpfarm', 'told the correspondent the director of the farm Gennady Polyakov', None, CAL, "Gennady Polyakov, the farm's director, told the correspondent", L, 'calque'),
    ('mt-10-carpfarm', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-10-carpfarm', 'our main problem is cormorants and herons, they eat up to ten percent of the young fish', None, PRO, "the farm's main problem was cormorants and herons, which eat up to ten percent of the young fish", L, 'reported speech left in 1st person'),
    ('mt-10-carpfarm', 'Lipetsk Fish', None, EN, 'Lipetskaya Ryba', L, 'name rendered by meaning or back-transliterated'),
    ('mt-10-carpfarm', '7,4 million', None, DN, '7.4 million', C, 'date/number format'),
    ('mt-10-carpfarm', 'the regional administration of agriculture', None, IC, 'the regional Agriculture Administration', C, 'institution casing'),
    ('mt-10-carpfarm', '450 thousand fingerlings', None, DN, '450,000 fingerlings', C, 'date/number format'),
    ('mt-10-carpfarm', 'writes the portal lipetskmedia.ru', None, CAL, 'according to the portal lipetskmedia.ru', L, 'attribution after the clause, verb before source'),

    # mt-11-garlic
    ('mt-11-garlic', 'Farmers of the Samara region finished the harvest of winter garlic', None, CAL, 'Farmers in the Samara region have finished harvesting winter garlic', L, 'calque'),
    ('mt-11-garlic', 'On his fields garlic grows on 120 hectares', None, CAL, 'Garlic grows on 120 hectares of his fields', L, 'calque'),
    ('mt-11-garlic', 'noted the farmer', None, CAL, 'the farmer noted', L, 'calque'),
    ('mt-11-garlic', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-11-garlic', 'we sell garlic to retail chains in nets of one kilogram', None, PRO, 'the farm sells garlic to retail chains in one-kilogram nets', L, 'reported speech left in 1st person'),
    ('mt-11-garlic', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-11-garlic', 'White Head', None, EN, 'Belaya Golovka', L, 'name rendered by meaning or back-transliterated'),
    ('mt-11-garlic', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-11-garlic', '5 thousand tonnes', None, DN, '5,000 tonnes', C, 'date/number format'),
    ('mt-11-garlic', 'reports the agency Volga News', None, CAL, 'according to the agency Volga News', L, 'attribution after the clause, verb before source'),

    # mt-12-coldsnap
    ('mt-12-coldsnap', 'In Yakutia the frosts reached minus 55 degrees', None, CAL, 'Frosts in Yakutia have reached minus 55 degrees', L, 'calque'),
    ('mt-12-coldsnap', '-58,4', None, DN, '-58.4', C, 'date/number format'),
    ('mt-12-coldsnap', 'The ministry of education of the republic', None, IC, "The republic's Ministry of Education", C, 'institution casing'),
    ('mt-12-coldsnap', 'told the chief freelance surgeon of the ministry of health Afanasy Nikolaev', None, CAL, "said Afanasy Nikolaev, the health ministry's chief external surgeon", L, 'calque'),
    ('mt-12-coldsnap', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-12-coldsnap', 'we see most cases among people who were returning home at night', None, PRO, 'most cases involved people returning home at night', L, 'reported speech left in 1st person'),
    ('mt-12-coldsnap', 'On the boiler houses of the city', None, CAL, "At the city's boiler houses", L, 'calque'),
    ('mt-12-coldsnap', 'Cold Spring', None, EN, 'Kholodny Klyuch', L, 'name rendered by meaning or back-transliterated'),
    ('mt-12-coldsnap', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-coldsnap', 'reports ykt.ru', None, CAL, 'according to ykt.ru', L, 'attribution after the clause, verb before source'),

    # mt-13-hackathon
    ('mt-13-hackathon', 'In the IT-park of Kazan ended the hackathon', None, CAL, 'A hackathon has ended at the Kazan IT Park', L, 'calque'),
    ('mt-13-hackathon', '500 thousand roubles', None, DN, '500,000 roubles', C, 'date/number format'),
    ('mt-13-hackathon', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-13-hackathon', 'told the captain of the team Alsu Garipova', None, CAL, 'said Alsu Garipova, the team captain', L, 'calque'),
    ('mt-13-hackathon', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-13-hackathon', 'we want to bring the application to the app store by spring', None, PRO, 'the team wants to bring the application to the app store by spring', L, 'reported speech left in 1st person'),
    ('mt-13-hackathon', 'The jury noted high level of the works', None, CAL, 'The jury noted the high standard of the entries', L, 'calque'),
    ('mt-13-hackathon', 'the ministry of digital development of Tatarstan', None, IC, 'the Ministry of Digital Development of Tatarstan', C, 'institution casing'),
    ('mt-13-hackathon', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-13-hackathon', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-13-hackathon', '2,5 million', None, DN, '2.5 million', C, 'date/number format'),

    # mt-14-centenarian
    ('mt-14-centenarian', '26 march', None, DN, '26 March', C, 'date/number format'),
    ('mt-14-centenarian', 'Resident of the village Znamenka Klavdia Tikhonova celebrated the 100-year jubilee', None, CAL, 'Klavdia Tikhonova, a resident of the village of Znamenka, has celebrated her 100th birthday', L, 'calque'),
    ('mt-14-centenarian', 'it', None, PRO, 'she', C, 'pronoun'),
    ('mt-14-centenarian', 'shared the daughter of the jubilee celebrant Nina Kuzmina', None, CAL, 'said her daughter Nina Kuzmina', L, 'calque'),
    ('mt-14-centenarian', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-14-centenarian', 'I never envied anyone and always worked', None, PRO, 'she had never envied anyone and had always worked', L, 'reported speech left in 1st person'),
    ('mt-14-centenarian', 'Сотрудники', None, UN, 'Staff', C, 'Cyrillic leftover'),
    ('mt-14-centenarian', 'ZAGS', None, UN, 'registry office', L, 'transliterated leftover'),
    ('mt-14-centenarian', '31,2 thousand roubles', None, DN, '31,200 roubles', C, 'date/number format'),
    ('mt-14-centenarian', 'pirogi', None, UN, 'pies', L, 'transliterated leftover'),
    ('mt-14-centenarian', 'reports the portal orel-news.ru', None, CAL, 'according to the portal orel-news.ru', L, 'attribution after the clause, verb before source'),

    # mt-15-alpacas
    ('mt-15-alpacas', 'In the Venev district appeared the first in the region alpaca farm', None, CAL, "The region's first alpaca farm has appeared in the Venev district", L, 'calque'),
    ('mt-15-alpacas', 'They left the work in the bank', None, CAL, 'They left their jobs at a bank', L, 'calque'),
    ('mt-15-alpacas', '350 thousand roubles', None, DN, '350,000 roubles', C, 'date/number format'),
    ('mt-15-alpacas', '2,5', None, DN, '2.5', C, 'date/number format'),
    ('mt-15-alpacas', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-alpacas', 'we plan to open a small workshop where the wool will be spun and knitted', None, PRO, 'the couple plan to open a small workshop where the wool will be spun and knitted', L, 'reported speech left in 1st person'),
    ('mt-15-alpacas', 'the regional fund of support of small business', None, CAL, 'the regional Small Business Support Fund', L, 'calque'),
    ('mt-15-alpacas', 'reports tulapressa.ru', None, CAL, 'according to tulapressa.ru', L, 'attribution after the clause, verb before source'),

    # mt-16-fence
    ('mt-16-fence', '23 november', None, DN, '23 November', C, 'date/number format'),
    ('mt-16-fence', 'The Kirovsky district court of Tomsk obliged a resident of a cottage settlement to demolish', None, CAL, 'The Kirovsky District Court of Tomsk has ordered a resident of a cottage settlement to demolish', L, 'calque'),
    ('mt-16-fence', '1,4', None, DN, '1.4', C, 'date/number format'),
    ('mt-16-fence', 'it', 1, PRO, 'she', C, 'pronoun'),
    ('mt-16-fence', 'we lost half of our tomato harvest because of the shadow', None, PRO, 'the family had lost half of its tomato harvest because of the shadow', L, 'reported speech left in 1st person'),
    ('mt-16-fence', '48 thousand roubles', None, DN, '48,000 roubles', C, 'date/number format'),
    ('mt-16-fence', 'FSSP', None, UN, 'bailiffs', L, 'transliterated leftover'),
    ('mt-16-fence', 'The decision has not entered into legal force', None, CAL, 'The ruling has not yet taken legal effect', L, 'calque'),
    ('mt-16-fence', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-16-fence', 'mezhevanie', None, UN, 'a land survey', L, 'transliterated leftover'),
    ('mt-16-fence', 'reports the portal vtomske.ru', None, CAL, 'according to the portal vtomske.ru', L, 'attribution after the clause, verb before source'),

    # mt-17-sinkhole
    ('mt-17-sinkhole', 'On the street Lermontov formed a sinkhole', None, CAL, 'A sinkhole has formed on Lermontov Street', L, 'calque'),
    ('mt-17-sinkhole', 'The traffic on the section was blocked', None, CAL, 'Traffic on the section has been closed', L, 'calque'),
    ('mt-17-sinkhole', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-17-sinkhole', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-17-sinkhole', 'I parked the car in the evening as always, and in the morning I found it in the hole', None, PRO, 'he had parked the car in the evening as usual and found it in the hole in the morning', L, 'reported speech left in 1st person'),
    ('mt-17-sinkhole', '1,1 thousand kilometres', None, DN, '1,100 kilometres', C, 'date/number format'),
    ('mt-17-sinkhole', '12,5', None, DN, '12.5', C, 'date/number format'),
    ('mt-17-sinkhole', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-17-sinkhole', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-17-sinkhole', "The prosecutor's office of the Oktyabrsky district", None, IC, "The Oktyabrsky District Prosecutor's Office", C, 'institution casing'),
    ('mt-17-sinkhole', 'reports irk.ru', None, CAL, 'according to irk.ru', L, 'attribution after the clause, verb before source'),

    # mt-18-parcellockers
    ('mt-18-parcellockers', 'In the yards of Chelyabinsk appeared the first 50 parcel lockers', None, CAL, 'The first 50 parcel lockers have appeared in Chelyabinsk courtyards', L, 'calque'),
    ('mt-18-parcellockers', 'told at the presentation the head of the operating company Anton Zyryanov', None, CAL, 'Anton Zyryanov, head of the operating company, said at the presentation', L, 'calque'),
    ('mt-18-parcellockers', 'It', 1, PRO, 'He', C, 'pronoun'),
    ('mt-18-parcellockers', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-18-parcellockers', 'Smart Cell', None, EN, 'Umnaya Yacheyka', L, 'name rendered by meaning or back-transliterated'),
    ('mt-18-parcellockers', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-18-parcellockers', 'we will install another 150 lockers by the end of the year', None, PRO, 'the company will install another 150 lockers by the end of the year', L, 'reported speech left in 1st person'),
    ('mt-18-parcellockers', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-18-parcellockers', 'управляющими компаниями', None, UN, 'management companies', C, 'Cyrillic leftover'),
    ('mt-18-parcellockers', 'reports 74.ru', None, CAL, 'according to 74.ru', L, 'attribution after the clause, verb before source'),

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
                     "blind-mixed-17")), details=True))
