"""Gold for the held-out set written as blind18 (for eval/blind-mixed-14): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -13 (their gold
is read by this script only to report a collision; the author did not open it).
The table below is the set's record (the controls were written directly as docs/neg-*.txt); the
docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-icicles': 'icicles knocked down from city roofs',
    'mt-02-potholes': 'spring pothole repair of city streets',
    'mt-03-swans': 'whooper swans wintering on a warm lake',
    'mt-04-tulips': 'tulip festival in a botanical garden',
    'mt-05-quarry': 'granite quarry blasting and cracked houses',
    'mt-06-hedgehogs': 'volunteer hedgehog rescue centre',
    'mt-07-crayfish': 'crayfish farm in closed pools',
    'mt-08-bowling': 'national bowling cup',
    'mt-09-icejam': 'ice jam and spring flood threat',
    'mt-10-trolleybus': 'trolleybus routes closed',
    'mt-11-jazzfest': 'jazz festival on a river bank',
    'mt-12-snowboard': 'snowboard cup stage',
    'mt-13-hops': 'hop harvest',
    'mt-14-pencils': 'pencil factory output',
    'mt-15-eagles': 'satellite tags on steppe eagles',
    'mt-16-playgrounds': 'playground safety inspections',
    'mt-17-monument': 'restoration of a bronze monument',
    'mt-18-powerlines': 'freezing rain and power cuts',
}

ROWS = [
# BEGIN ROWS

    # mt-01-icicles
    ('mt-01-icicles', '17 february', None, DN, '17 February', C, 'date/number format'),
    ('mt-01-icicles', 'reported in the state housing inspection of the region', None, CAL, 'the regional state housing inspectorate reported', L, 'calque'),
    ('mt-01-icicles', 'predpisaniya', None, UN, 'compliance orders', L, 'untranslated leftover'),
    ('mt-01-icicles', '250 thousand roubles', None, DN, '250,000 roubles', C, 'date/number format'),
    ('mt-01-icicles', 'Its', 0, PRO, 'His', C, 'pronoun'),
    ('mt-01-icicles', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-01-icicles', 'Cozy House', None, EN, 'Uyutny Dom', L, 'name rendered by meaning / through Russian'),
    ('mt-01-icicles', 'industrial alpinists', None, CAL, 'rope-access workers', L, 'calque'),
    ('mt-01-icicles', 'our people go up to the roofs only with a safety rope and only after the yard is closed', None, PRO, "the company's workers go up to the roofs only with a safety rope and only after the yard is closed", L, 'pronoun'),
    ('mt-01-icicles', ' (last winter falling ice and snow injured 11 people in Nizhny Novgorod, two of them children. — Interfax)', None, GL, '', C, 'outlet insertion'),
    ('mt-01-icicles', 'zavyalov', None, NC, 'Zavyalov', C, 'lowercased surname'),

    # mt-02-potholes
    ('mt-02-potholes', '6 may', None, DN, '6 May', C, 'date/number format'),
    ('mt-02-potholes', 'pit repair', None, CAL, 'pothole repair', L, 'calque'),
    ('mt-02-potholes', '42 thousand square metres', None, DN, '42,000 square metres', C, 'date/number format'),
    ('mt-02-potholes', 'informed the press service of the city administration', None, CAL, "the city administration's press service said", L, 'calque'),
    ('mt-02-potholes', 'Stone Flower', None, EN, 'Kamenny Tsvetok', L, 'name rendered by meaning / through Russian'),
    ('mt-02-potholes', '318,4 million roubles', None, DN, '318.4 million roubles', C, 'date/number format'),
    ('mt-02-potholes', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-02-potholes', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-02-potholes', 'ministry of roads and transport of the Voronezh region', None, IC, 'Ministry of Roads and Transport of the Voronezh Region', C, 'lowercased institution name'),
    ('mt-02-potholes', 'leshchenko', None, NC, 'Leshchenko', C, 'lowercased surname'),
    ('mt-02-potholes', 'you will get an answer within three working days', None, PRO, 'they will get an answer within three working days', L, 'pronoun'),

    # mt-03-swans
    ('mt-03-swans', '18 january', None, DN, '18 January', C, 'date/number format'),
    ('mt-03-swans', 'Swan Backwater', None, EN, 'Lebyazhya Zavod', L, 'name rendered by meaning / through Russian'),
    ('mt-03-swans', 'told TASS the director of the local sanctuary Valentina Sorokoumova', None, CAL, 'the director of the local sanctuary, Valentina Sorokoumova, told TASS', L, 'calque'),
    ('mt-03-swans', 'beat from its bottom', None, CAL, 'well up from its bed', L, 'calque'),
    ('mt-03-swans', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-03-swans', 'podkormka', None, UN, 'supplementary feeding', L, 'untranslated leftover'),
    ('mt-03-swans', '1,2 tonnes', None, DN, '1.2 tonnes', C, 'date/number format'),
    ('mt-03-swans', 'you should not feed the swans with bread and buns', None, PRO, 'visitors should not feed the swans bread and buns', L, 'pronoun'),
    ('mt-03-swans', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-03-swans', 'Yukka Virtanen', None, EN, 'Jukka Virtanen', L, 'name rendered by meaning / through Russian'),
    ('mt-03-swans', ' (the whooper swan is listed in the Red Book of the Altai Territory. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-04-tulips
    ('mt-04-tulips', '22 april', None, DN, '22 April', C, 'date/number format'),
    ('mt-04-tulips', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-04-tulips', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-04-tulips', 'сортов', None, UN, 'varieties', C, 'untranslated leftover'),
    ('mt-04-tulips', 'clarified in the press service of the garden', None, CAL, "the garden's press service said", L, 'calque'),
    ('mt-04-tulips', '120 thousand bulbs', None, DN, '120,000 bulbs', C, 'date/number format'),
    ('mt-04-tulips', 'Khans van der Berg', None, EN, 'Hans van der Berg', L, 'name rendered by meaning / through Russian'),
    ('mt-04-tulips', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-04-tulips', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-04-tulips', 'kovrigina', None, NC, 'Kovrigina', C, 'lowercased surname'),
    ('mt-04-tulips', 'we planted the bulbs in October, before the first frosts, and covered them with spruce branches', None, PRO, 'the garden planted the bulbs in October, before the first frosts, and covered them with spruce branches', L, 'pronoun'),

    # mt-05-quarry
    ('mt-05-quarry', '29 august', None, DN, '29 August', C, 'date/number format'),
    ('mt-05-quarry', 'mass explosions', None, CAL, 'large-scale blasting', L, 'calque'),
    ('mt-05-quarry', 'OOO', None, UN, 'LLC', L, 'untranslated leftover'),
    ('mt-05-quarry', 'Northern Stone', None, EN, 'Severny Kamen', L, 'name rendered by meaning / through Russian'),
    ('mt-05-quarry', '800 thousand cubic metres', None, DN, '800,000 cubic metres', C, 'date/number format'),
    ('mt-05-quarry', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-05-quarry', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-05-quarry', 'we carry out blasting strictly according to the project and notify the village a day in advance', None, PRO, 'the company carries out blasting strictly according to the project and notifies the village a day in advance', L, 'pronoun'),
    ('mt-05-quarry', 'rostekhnadzor', None, IC, 'Rostekhnadzor', C, 'lowercased institution name'),
    ('mt-05-quarry', 'took the situation under control', None, CAL, 'is monitoring the situation', L, 'calque'),
    ('mt-05-quarry', 'gurtovoi', None, NC, 'Gurtovoi', C, 'lowercased surname'),

    # mt-06-hedgehogs
    ('mt-06-hedgehogs', '13 november', None, DN, '13 November', C, 'date/number format'),
    ('mt-06-hedgehogs', 'Prickly Friend', None, EN, 'Kolyuchy Drug', L, 'name rendered by meaning / through Russian'),
    ('mt-06-hedgehogs', 'not less than 600 grams', None, CAL, 'at least 600 grams', L, 'calque'),
    ('mt-06-hedgehogs', 'ежат', None, UN, 'hoglets', C, 'untranslated leftover'),
    ('mt-06-hedgehogs', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-06-hedgehogs', '45 thousand roubles', None, DN, '45,000 roubles', C, 'date/number format'),
    ('mt-06-hedgehogs', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-06-hedgehogs', 'belozerova', None, NC, 'Belozerova', C, 'lowercased surname'),
    ('mt-06-hedgehogs', 'wards', None, CAL, 'animals', L, 'calque'),
    ('mt-06-hedgehogs', ' (in the wild, hedgehogs hibernate from October to April and lose up to a third of their weight. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-06-hedgehogs', 'you should bring a found hedgehog only if it is lying in the open during the day or is clearly injured', None, PRO, 'residents should bring in a hedgehog only if it is lying in the open during the day or is clearly injured', L, 'pronoun'),

    # mt-07-crayfish
    ('mt-07-crayfish', '14 september', None, DN, '14 September', C, 'date/number format'),
    ('mt-07-crayfish', 'Three Claws', None, EN, 'Tri Kleshni', L, 'name rendered by meaning / through Russian'),
    ('mt-07-crayfish', 'grant on development of family farm', None, CAL, 'family farm development grant', L, 'calque'),
    ('mt-07-crayfish', 'UZV', None, UN, 'recirculating aquaculture system', L, 'untranslated leftover'),
    ('mt-07-crayfish', 'he', 0, PRO, 'it', C, 'pronoun'),
    ('mt-07-crayfish', '1,8 tonnes', None, DN, '1.8 tonnes', C, 'date/number format'),
    ('mt-07-crayfish', 'It', 0, PRO, 'He', C, 'pronoun'),
    ('mt-07-crayfish', 'khabibullin', None, NC, 'Khabibullin', C, 'lowercased surname'),
    ('mt-07-crayfish', 'we sell the crayfish alive to restaurants in Moscow and Voronezh, and the orders are booked until New Year', None, PRO, 'the farm sells the crayfish alive to restaurants in Moscow and Voronezh, and orders are booked until New Year', L, 'pronoun'),
    ('mt-07-crayfish', 'department of agriculture of the Lipetsk region', None, IC, 'Department of Agriculture of the Lipetsk Region', C, 'lowercased institution name'),
    ('mt-07-crayfish', ' (the narrow-clawed crayfish is the main species bred on Russian farms. — RBC)', None, GL, '', C, 'outlet insertion'),

    # mt-08-bowling
    ('mt-08-bowling', '4 may', None, DN, '4 May', C, 'date/number format'),
    ('mt-08-bowling', 'Cup of Russia on bowling', None, CAL, 'Russian Bowling Cup', L, 'calque'),
    ('mt-08-bowling', 'White Pin', None, EN, 'Belaya Keglya', L, 'name rendered by meaning / through Russian'),
    ('mt-08-bowling', 'sportsmen', None, CAL, 'athletes', L, 'calque'),
    ('mt-08-bowling', '218,6', None, DN, '218.6', C, 'date/number format'),
    ('mt-08-bowling', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-08-bowling', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-08-bowling', 'zaripova', None, NC, 'Zaripova', C, 'lowercased surname'),
    ('mt-08-bowling', 'Dzhef Makkartni', None, EN, 'Jeff McCartney', L, 'name rendered by meaning / through Russian'),
    ('mt-08-bowling', 'I did not expect to reach the final at all, because in the qualification I was only in 14th place', None, PRO, 'she had not expected to reach the final at all, because she was only 14th in qualifying', L, 'pronoun'),
    ('mt-08-bowling', 'дорожке', None, UN, 'lane', C, 'untranslated leftover'),

    # mt-09-icejam
    ('mt-09-icejam', '5 may', None, DN, '5 May', C, 'date/number format'),
    ('mt-09-icejam', 'Great Ustyug', None, EN, 'Veliky Ustyug', L, 'name rendered by meaning / through Russian'),
    ('mt-09-icejam', '7,4 metres', None, DN, '7.4 metres', C, 'date/number format'),
    ('mt-09-icejam', 'informs the regional department of the emergencies ministry', None, CAL, 'the regional department of the emergencies ministry reports', L, 'calque'),
    ('mt-09-icejam', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-09-icejam', 'MChS', None, UN, 'emergencies ministry', L, 'untranslated leftover'),
    ('mt-09-icejam', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-09-icejam', 'mezentsev', None, NC, 'Mezentsev', C, 'lowercased surname'),
    ('mt-09-icejam', 'we are ready to evacuate the residents of the low-lying streets within two hours', None, PRO, 'the district is ready to evacuate the residents of the low-lying streets within two hours', L, 'pronoun'),
    ('mt-09-icejam', 'passes in the regular mode', None, CAL, 'is proceeding normally', L, 'calque'),
    ('mt-09-icejam', ' (the town stands at the confluence of the Sukhona and the Yug and is flooded almost every spring because of ice jams. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-10-trolleybus
    ('mt-10-trolleybus', '1 july', None, DN, '1 July', C, 'date/number format'),
    ('mt-10-trolleybus', 'announced at the meeting of the city duma the head of the city Andrei Polukhin', None, CAL, 'the head of the city, Andrei Polukhin, announced at a meeting of the city duma', L, 'calque'),
    ('mt-10-trolleybus', 'contact network', None, CAL, 'overhead wires', L, 'calque'),
    ('mt-10-trolleybus', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-10-trolleybus', 'horns', None, CAL, 'trolley poles', L, 'calque'),
    ('mt-10-trolleybus', 'MUP', None, UN, 'municipal enterprise', L, 'untranslated leftover'),
    ('mt-10-trolleybus', '31 thousand passengers', None, DN, '31,000 passengers', C, 'date/number format'),
    ('mt-10-trolleybus', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-10-trolleybus', 'Yutun', None, EN, 'Yutong', L, 'name rendered by meaning / through Russian'),
    ('mt-10-trolleybus', 'ministry of transport of the Kirov region', None, IC, 'Ministry of Transport of the Kirov Region', C, 'lowercased institution name'),
    ('mt-10-trolleybus', 'we will not leave anyone without transport, and the intervals on the bus routes will not increase', None, PRO, 'the city would not leave anyone without transport and the intervals on the bus routes would not increase', L, 'pronoun'),

    # mt-11-jazzfest
    ('mt-11-jazzfest', '19 june', None, DN, '19 June', C, 'date/number format'),
    ('mt-11-jazzfest', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-11-jazzfest', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-11-jazzfest', 'reported the organiser of the festival, producer Denis Shelestov', None, CAL, "the festival's organiser, producer Denis Shelestov, reported", L, 'calque'),
    ('mt-11-jazzfest', 'on the open air', None, CAL, 'in the open air', L, 'calque'),
    ('mt-11-jazzfest', '12 thousand spectators', None, DN, '12,000 spectators', C, 'date/number format'),
    ('mt-11-jazzfest', 'Entoni Braun', None, EN, 'Anthony Brown', L, 'name rendered by meaning / through Russian'),
    ('mt-11-jazzfest', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-11-jazzfest', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-11-jazzfest', 'джем-сейшн', None, UN, 'jam session', C, 'untranslated leftover'),
    ('mt-11-jazzfest', 'we have collected musicians from nine countries, and half of the participants are young people under 25', None, PRO, 'the festival has brought together musicians from nine countries, and half of the participants are under 25', L, 'pronoun'),

    # mt-12-snowboard
    ('mt-12-snowboard', '16 march', None, DN, '16 March', C, 'date/number format'),
    ('mt-12-snowboard', 'Master of sports of international class', None, CAL, 'International master of sport', L, 'calque'),
    ('mt-12-snowboard', 'Mount Green', None, EN, 'Mount Zelyonaya', L, 'name rendered by meaning / through Russian'),
    ('mt-12-snowboard', 'in the sum of two attempts', None, CAL, 'on combined time over two runs', L, 'calque'),
    ('mt-12-snowboard', '0,37 seconds', None, DN, '0.37 seconds', C, 'date/number format'),
    ('mt-12-snowboard', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-12-snowboard', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-snowboard', 'koroleva', None, NC, 'Koroleva', C, 'lowercased surname'),
    ('mt-12-snowboard', 'I waxed the board myself in the morning because the technician was busy with the men', None, PRO, 'she had waxed her board herself in the morning because the technician was busy with the men', L, 'pronoun'),
    ('mt-12-snowboard', 'Zhyuli Dyufur', None, EN, 'Julie Dufour', L, 'name rendered by meaning / through Russian'),
    ('mt-12-snowboard', 'сборной', None, UN, 'national team', C, 'untranslated leftover'),

    # mt-13-hops
    ('mt-13-hops', '23 september', None, DN, '23 September', C, 'date/number format'),
    ('mt-13-hops', 'dry cone', None, CAL, 'dried hops', L, 'calque'),
    ('mt-13-hops', 'said in the republican ministry of agriculture', None, CAL, "the republic's agriculture ministry said", L, 'calque'),
    ('mt-13-hops', 'Golden Cone', None, EN, 'Zolotaya Shishka', L, 'name rendered by meaning / through Russian'),
    ('mt-13-hops', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-13-hops', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-13-hops', 'shpalera', None, UN, 'trellis', L, 'untranslated leftover'),
    ('mt-13-hops', 'we pick the cones with a German combine now, although ten years ago half of the village came out to pick them by hand', None, PRO, 'the firm now picks the cones with a German combine, although ten years ago half of the village came out to pick them by hand', L, 'pronoun'),
    ('mt-13-hops', 'Klaus Veber', None, EN, 'Klaus Weber', L, 'name rendered by meaning / through Russian'),
    ('mt-13-hops', '900 thousand roubles', None, DN, '900,000 roubles', C, 'date/number format'),
    ('mt-13-hops', ' (Chuvashia has been the centre of Russian hop growing since Soviet times. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-14-pencils
    ('mt-14-pencils', '6 january', None, DN, '6 January', C, 'date/number format'),
    ('mt-14-pencils', 'Cedar Line', None, EN, 'Kedrovaya Liniya', L, 'name rendered by meaning / through Russian'),
    ('mt-14-pencils', '12,5%', None, DN, '12.5%', C, 'date/number format'),
    ('mt-14-pencils', 'reported in the press service of the enterprise', None, CAL, "the company's press service reported", L, 'calque'),
    ('mt-14-pencils', '160 thousand pencils', None, DN, '160,000 pencils', C, 'date/number format'),
    ('mt-14-pencils', 'simple pencils', None, CAL, 'graphite pencils', L, 'calque'),
    ('mt-14-pencils', 'grifel', None, UN, 'lead', L, 'untranslated leftover'),
    ('mt-14-pencils', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-14-pencils', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-14-pencils', 'we buy the graphite abroad, but by 2027 we want to make our own leads from Altai graphite', None, PRO, 'the factory buys the graphite abroad, but by 2027 it wants to make its own leads from Altai graphite', L, 'pronoun'),
    ('mt-14-pencils', 'department of industry and energy of the Tomsk region', None, IC, 'Department of Industry and Energy of the Tomsk Region', C, 'lowercased institution name'),

    # mt-15-eagles
    ('mt-15-eagles', '7 may', None, DN, '7 May', C, 'date/number format'),
    ('mt-15-eagles', 'senior scientific employee', None, CAL, 'senior researcher', L, 'calque'),
    ('mt-15-eagles', 'he', 0, PRO, 'it', C, 'pronoun'),
    ('mt-15-eagles', 'solar battery', None, CAL, 'solar panel', L, 'calque'),
    ('mt-15-eagles', '4,6 thousand kilometres', None, DN, '4,600 kilometres', C, 'date/number format'),
    ('mt-15-eagles', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-15-eagles', 'tyurin', None, NC, 'Tyurin', C, 'lowercased surname'),
    ('mt-15-eagles', 'we will know for the first time where the young birds of the Orenburg population winter and why so few of them return', None, PRO, 'scientists will know for the first time where the young birds of the Orenburg population winter and why so few of them return', L, 'pronoun'),
    ('mt-15-eagles', 'Yan de Vris', None, EN, 'Jan de Vries', L, 'name rendered by meaning / through Russian'),
    ('mt-15-eagles', ' (the steppe eagle population in Russia has fallen by more than half over the past 20 years. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-15-eagles', 'Krasnaya kniga', None, UN, 'Red Book', L, 'untranslated leftover'),

    # mt-16-playgrounds
    ('mt-16-playgrounds', '9 july', None, DN, '9 July', C, 'date/number format'),
    ('mt-16-playgrounds', '1,1 thousand playgrounds', None, DN, '1,100 playgrounds', C, 'date/number format'),
    ('mt-16-playgrounds', 'informed in the department of improvement of the city administration', None, CAL, "the city administration's public amenities department said", L, 'calque'),
    ('mt-16-playgrounds', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-16-playgrounds', '2,6 metres', None, DN, '2.6 metres', C, 'date/number format'),
    ('mt-16-playgrounds', 'TSZh', None, UN, "homeowners' association", L, 'untranslated leftover'),
    ('mt-16-playgrounds', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-16-playgrounds', 'small architectural forms', None, CAL, 'play equipment', L, 'calque'),
    ('mt-16-playgrounds', "Children's Town", None, EN, 'Detsky Gorodok', L, 'name rendered by meaning / through Russian'),
    ('mt-16-playgrounds', 'mikheeva', None, NC, 'Mikheeva', C, 'lowercased surname'),
    ('mt-16-playgrounds', "if your child was injured on a playground, you can file a complaint with the prosecutor's office or the city hotline", None, PRO, "parents whose child has been injured on a playground can file a complaint with the prosecutor's office or the city hotline", L, 'pronoun'),

    # mt-17-monument
    ('mt-17-monument', '3 may', None, DN, '3 May', C, 'date/number format'),
    ('mt-17-monument', 'said the head of the regional inspection for the protection of objects of cultural heritage Dmitry Voronin', None, CAL, 'the head of the regional heritage protection inspectorate, Dmitry Voronin, said', L, 'calque'),
    ('mt-17-monument', '2,3 tonnes', None, DN, '2.3 tonnes', C, 'date/number format'),
    ('mt-17-monument', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-17-monument', 'OKN', None, UN, 'heritage site', L, 'untranslated leftover'),
    ('mt-17-monument', 'Old Master', None, EN, 'Stary Master', L, 'name rendered by meaning / through Russian'),
    ('mt-17-monument', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-17-monument', 'Dzhovanni Ferretti', None, EN, 'Giovanni Ferretti', L, 'name rendered by meaning / through Russian'),
    ('mt-17-monument', 'from red granite', None, CAL, 'of red granite', L, 'calque'),
    ('mt-17-monument', 'terekhova', None, NC, 'Terekhova', C, 'lowercased surname'),
    ('mt-17-monument', 'we will return the monument to its place by the City Day next September', None, PRO, 'the workshop will return the monument to its place by City Day next September', L, 'pronoun'),

    # mt-18-powerlines
    ('mt-18-powerlines', '2 november', None, DN, '2 November', C, 'date/number format'),
    ('mt-18-powerlines', '27 thousand residents', None, DN, '27,000 residents', C, 'date/number format'),
    ('mt-18-powerlines', 'ice rain', None, CAL, 'freezing rain', L, 'calque'),
    ('mt-18-powerlines', 'reported the press service of the branch Rosseti Centre — Tverenergo', None, CAL, 'the press service of the Rosseti Centre branch Tverenergo reported', L, 'calque'),
    ('mt-18-powerlines', 'LEP', None, UN, 'power lines', L, 'untranslated leftover'),
    ('mt-18-powerlines', 'Upper Volochyok', None, EN, 'Vyshny Volochyok', L, 'name rendered by meaning / through Russian'),
    ('mt-18-powerlines', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-18-powerlines', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-18-powerlines', 'brigades', None, CAL, 'crews', L, 'calque'),
    ('mt-18-powerlines', 'we ask people not to try to remove branches from the wires themselves, it is deadly dangerous', None, PRO, 'the company asks people not to try to remove branches from the wires themselves, as it is deadly dangerous', L, 'pronoun'),
    ('mt-18-powerlines', ' (freezing rain forms when supercooled drops freeze on contact with wires and branches. — TASS)', None, GL, '', C, 'outlet insertion'),

    # END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", "blind-mixed-2", "blind-mixed-3", "blind-mixed-4",
                     "blind-mixed-5", "blind-mixed-6", "blind-mixed-7", "blind-mixed-8",
                     "blind-mixed-9", "blind-mixed-10", "blind-mixed-11", "blind-mixed-12",
                     "blind-mixed-13")), details=True))
