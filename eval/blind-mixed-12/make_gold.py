"""Gold for the held-out set written as blind16 (for eval/blind-mixed-12): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from the eval folder). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -11 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources src1.md and src2.md and is
kept as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-sunflower': 'sunflower harvest and oilseed plant',
    'mt-02-watermelons': 'Astrakhan watermelon season',
    'mt-03-bikeshare': 'city bicycle rental',
    'mt-04-icecream': 'ice-cream factory line',
    'mt-05-pumpkins': 'village pumpkin festival',
    'mt-06-armwrestling': 'armwrestling championship',
    'mt-07-sewage': 'sewage treatment plant',
    'mt-08-samovar': 'private samovar museum',
    'mt-09-embankment': 'river embankment works',
    'mt-10-studfarm': 'stud farm auction',
    'mt-11-strawberries': 'strawberry harvest',
    'mt-12-gymnastics': 'rhythmic gymnastics tournament',
    'mt-13-hovercraft': 'hovercraft river crossing',
    'mt-14-campsite': 'riverside campsite',
    'mt-15-radio': 'district radio station',
    'mt-16-chocolate': 'chocolate factory',
    'mt-17-basketball': "women's basketball match",
    'mt-18-elk': 'elk road collisions',
}

ROWS = [
# BEGIN ROWS

    # mt-01-sunflower
    ('mt-01-sunflower', '11 september', None, DN, '11 September', C, 'date/number format'),
    ('mt-01-sunflower', 'Sunny Field', None, EN, 'Solnechnoye Pole', L, 'name rendered by meaning / through Russian'),
    ('mt-01-sunflower', 'reported in the department of agrarian policy of the Voronezh region', None, CAL, 'the Voronezh regional department of agrarian policy reported', L, 'calque'),
    ('mt-01-sunflower', 'On the fields work 36 combines', None, CAL, 'Thirty-six combines are working in the fields', L, 'calque'),
    ('mt-01-sunflower', 'oil-extraction plant', None, CAL, 'oilseed crushing plant', L, 'calque'),
    ('mt-01-sunflower', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-01-sunflower', 'its', 1, PRO, 'his', C, 'pronoun'),
    ('mt-01-sunflower', 'лузги', None, UN, 'husks', C, 'untranslated leftover'),
    ('mt-01-sunflower', 'samsonov', None, NC, 'Samsonov', C, 'lowercased surname'),
    ('mt-01-sunflower', 'we will ship the first trainload of oil to China', None, PRO, 'the plant will ship its first trainload of oil to China', L, 'pronoun'),

    # mt-02-watermelons
    ('mt-02-watermelons', '18 august', None, DN, '18 August', C, 'date/number format'),
    ('mt-02-watermelons', 'informed the minister of agriculture, fisheries and agro-industrial complex of the region Ruslan Pashayev', None, CAL, "Ruslan Pashayev, the region's minister of agriculture, fisheries and the agro-industrial complex, said", L, 'calque'),
    ('mt-02-watermelons', 'bakhchi', None, UN, 'melon fields', L, 'untranslated leftover'),
    ('mt-02-watermelons', '7,5 kilograms', None, DN, '7.5 kilograms', C, 'date/number format'),
    ('mt-02-watermelons', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-02-watermelons', 'Sweet Bank', None, EN, 'Sladky Bereg', L, 'name rendered by meaning / through Russian'),
    ('mt-02-watermelons', 'the harvest this year he evaluates as excellent', None, CAL, "he rates this year's harvest as excellent", L, 'calque'),
    ('mt-02-watermelons', 'its', None, PRO, 'his', C, 'pronoun'),
    ('mt-02-watermelons', 'federal service for veterinary and phytosanitary supervision', None, IC, 'Federal Service for Veterinary and Phytosanitary Supervision', C, 'lowercased institution name'),
    ('mt-02-watermelons', 'you should not take watermelons from roadside stalls', None, PRO, 'they should not buy watermelons from roadside stalls', L, 'pronoun'),

    # mt-03-bikeshare
    ('mt-03-bikeshare', '12 may', None, DN, '12 May', C, 'date/number format'),
    ('mt-03-bikeshare', 'In Kazan started the season of the city bicycle rental', None, CAL, 'The city bicycle rental season has started in Kazan', L, 'calque'),
    ('mt-03-bikeshare', 'informs the press service of the Kazan city hall', None, CAL, "the Kazan city hall's press service said", L, 'calque'),
    ('mt-03-bikeshare', 'constitutes', None, CAL, 'is', L, 'calque'),
    ('mt-03-bikeshare', '4,5 roubles', None, DN, '4.5 roubles', C, 'date/number format'),
    ('mt-03-bikeshare', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-03-bikeshare', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-03-bikeshare', 'gilmanov', None, NC, 'Gilmanov', C, 'lowercased surname'),
    ('mt-03-bikeshare', 'we will add 40 more stations', None, PRO, 'the company will add 40 more stations', L, 'pronoun'),
    ('mt-03-bikeshare', 'sleeping districts', None, CAL, 'residential districts', L, 'calque'),
    ('mt-03-bikeshare', 'GIBDD', None, UN, 'traffic police', L, 'untranslated leftover'),

    # mt-04-icecream
    ('mt-04-icecream', '3 june', None, DN, '3 June', C, 'date/number format'),
    ('mt-04-icecream', 'Siberian Frost', None, EN, 'Sibirsky Moroz', L, 'name rendered by meaning / through Russian'),
    ('mt-04-icecream', 'plombir', None, UN, 'premium dairy ice cream', L, 'untranslated leftover'),
    ('mt-04-icecream', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-04-icecream', 'told RBC Siberia the commercial director of the factory Irina Belousova', None, CAL, "the factory's commercial director Irina Belousova told RBC Siberia", L, 'calque'),
    ('mt-04-icecream', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-04-icecream', '2,65 thousand', None, DN, '2,650', C, 'date/number format'),
    ('mt-04-icecream', 'Realization', None, CAL, 'Sales', L, 'calque'),
    ('mt-04-icecream', 'made the bet on', None, CAL, 'focused on', L, 'calque'),
    ('mt-04-icecream', 'we buy milk only from three farms', None, PRO, 'the factory buys milk only from three farms', L, 'pronoun'),
    ('mt-04-icecream', 'federal service for surveillance on consumer rights protection and human wellbeing', None, IC, 'Federal Service for Surveillance on Consumer Rights Protection and Human Wellbeing', C, 'lowercased institution name'),

    # mt-05-pumpkins
    ('mt-05-pumpkins', '27 september', None, DN, '27 September', C, 'date/number format'),
    ('mt-05-pumpkins', 'The holiday of pumpkin', None, CAL, 'The pumpkin festival', L, 'calque'),
    ('mt-05-pumpkins', 'Big Lakes', None, EN, 'Bolshiye Ozerki', L, 'name rendered by meaning / through Russian'),
    ('mt-05-pumpkins', '11 thousand guests', None, DN, '11,000 guests', C, 'date/number format'),
    ('mt-05-pumpkins', 'noted the head of the Shilovsky district Pavel Zhuravlyov', None, CAL, 'Pavel Zhuravlyov, head of the Shilovsky district, said', L, 'calque'),
    ('mt-05-pumpkins', '214,6 kilograms', None, DN, '214.6 kilograms', C, 'date/number format'),
    ('mt-05-pumpkins', 'her', None, PRO, 'its', C, 'pronoun'),
    ('mt-05-pumpkins', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-05-pumpkins', 'I bring from a neighbouring farm', None, PRO, 'he brings from a neighbouring farm', L, 'pronoun'),
    ('mt-05-pumpkins', 'Within the limits of the festival', None, CAL, 'As part of the festival', L, 'calque'),
    ('mt-05-pumpkins', ' (the first pumpkin festival in Ozerki was organised by the village school in 2017. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-06-armwrestling
    ('mt-06-armwrestling', '2 march', None, DN, '2 March', C, 'date/number format'),
    ('mt-06-armwrestling', 'The championship of Russia on arm sport', None, CAL, 'The Russian Armwrestling Championship', L, 'calque'),
    ('mt-06-armwrestling', 'on the left hand', None, CAL, 'with the left arm', L, 'calque'),
    ('mt-06-armwrestling', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-06-armwrestling', 'my elbow hurt after the semi-final', None, PRO, 'his elbow hurt after the semi-final', L, 'pronoun'),
    ('mt-06-armwrestling', 'He', 1, PRO, 'It', C, 'pronoun'),
    ('mt-06-armwrestling', 'federation of arm sport of Russia', None, IC, 'Russian Armwrestling Federation', C, 'lowercased institution name'),
    ('mt-06-armwrestling', 'Dzhosh Makkalister', None, EN, 'Josh McAllister', L, 'name rendered by meaning / through Russian'),
    ('mt-06-armwrestling', 'sleptsov', None, NC, 'Sleptsov', C, 'lowercased surname'),
    ('mt-06-armwrestling', 'MSMK', None, UN, 'Master of Sport of International Class', L, 'untranslated leftover'),
    ('mt-06-armwrestling', '450 thousand roubles', None, DN, '450,000 roubles', C, 'date/number format'),

    # mt-07-sewage
    ('mt-07-sewage', '19 february', None, DN, '19 February', C, 'date/number format'),
    ('mt-07-sewage', 'treatment constructions', None, CAL, 'treatment facilities', L, 'calque'),
    ('mt-07-sewage', 'said in the press service of the city water utility', None, CAL, "the city water utility's press service said", L, 'calque'),
    ('mt-07-sewage', '2,7 billion roubles', None, DN, '2.7 billion roubles', C, 'date/number format'),
    ('mt-07-sewage', 'Northern Stream', None, EN, 'Severny Potok', L, 'name rendered by meaning / through Russian'),
    ('mt-07-sewage', 'biological cleaning', None, CAL, 'biological treatment', L, 'calque'),
    ('mt-07-sewage', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-07-sewage', '62 thousand cubic metres', None, DN, '62,000 cubic metres', C, 'date/number format'),
    ('mt-07-sewage', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-07-sewage', 'иловых площадок', None, UN, 'sludge beds', C, 'untranslated leftover'),
    ('mt-07-sewage', 'you do not throw wet wipes and fat into the sewerage', None, PRO, 'they do not throw wet wipes and fat into the sewers', L, 'pronoun'),

    # mt-08-samovar
    ('mt-08-samovar', '22 november', None, DN, '22 November', C, 'date/number format'),
    ('mt-08-samovar', 'Samovar Yard', None, EN, 'Samovarny Dvor', L, 'name rendered by meaning / through Russian'),
    ('mt-08-samovar', '2,15 thousand', None, DN, '2,150', C, 'date/number format'),
    ('mt-08-samovar', 'It', 0, PRO, 'He', C, 'pronoun'),
    ('mt-08-samovar', 'shared with the correspondent of TASS', None, CAL, 'told TASS', L, 'calque'),
    ('mt-08-samovar', 'I bought the first samovar at a flea market in 1989', None, PRO, 'he bought his first samovar at a flea market in 1989', L, 'pronoun'),
    ('mt-08-samovar', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-08-samovar', 'zharovnya', None, UN, 'firebox', L, 'untranslated leftover'),
    ('mt-08-samovar', 'fund of the museum', None, CAL, "the museum's collection", L, 'calque'),
    ('mt-08-samovar', ' (Tula became the samovar capital of Russia in the 19th century, when dozens of samovar workshops operated in the city. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-09-embankment
    ('mt-09-embankment', '23 april', None, DN, '23 April', C, 'date/number format'),
    ('mt-09-embankment', 'the fifth queue', None, CAL, 'the fifth phase', L, 'calque'),
    ('mt-09-embankment', "clarified in the mayor's office", None, CAL, "the mayor's office clarified", L, 'calque'),
    ('mt-09-embankment', '1,8 kilometres', None, DN, '1.8 kilometres', C, 'date/number format'),
    ('mt-09-embankment', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-09-embankment', 'Stone Belt', None, EN, 'Kamenny Poyas', L, 'name rendered by meaning / through Russian'),
    ('mt-09-embankment', 'MAFs', None, UN, 'street furniture', L, 'untranslated leftover'),
    ('mt-09-embankment', '1,2 thousand trees', None, DN, '1,200 trees', C, 'date/number format'),
    ('mt-09-embankment', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-09-embankment', 'we will open the promenade to citizens', None, PRO, 'the city will open the promenade to residents', L, 'pronoun'),
    ('mt-09-embankment', 'ministry of construction of the Samara region', None, IC, 'Ministry of Construction of the Samara Region', C, 'lowercased institution name'),

    # mt-10-studfarm
    ('mt-10-studfarm', '6 october', None, DN, '6 October', C, 'date/number format'),
    ('mt-10-studfarm', 'stud plant', None, CAL, 'stud farm', L, 'calque'),
    ('mt-10-studfarm', "Trotter's Glade", None, EN, 'Rysistaya Polyana', L, 'name rendered by meaning / through Russian'),
    ('mt-10-studfarm', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-10-studfarm', '3,4 million roubles', None, DN, '3.4 million roubles', C, 'date/number format'),
    ('mt-10-studfarm', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-10-studfarm', 'Yukhan Lindkvist', None, EN, 'Johan Lindqvist', L, 'name rendered by meaning / through Russian'),
    ('mt-10-studfarm', 'plemsvidetelstvo', None, UN, 'pedigree certificate', L, 'untranslated leftover'),
    ('mt-10-studfarm', 'we sell no more than ten horses a year', None, PRO, 'the farm sells no more than ten horses a year', L, 'pronoun'),
    ('mt-10-studfarm', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-10-studfarm', ' (the breed was created at the end of the 18th century on the estate of Count Alexei Orlov near Voronezh. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-11-strawberries
    ('mt-11-strawberries', 'In Kuban this year was gathered a record harvest of strawberries', None, CAL, 'Kuban has gathered a record strawberry harvest this year', L, 'calque'),
    ('mt-11-strawberries', '29 may', None, DN, '29 May', C, 'date/number format'),
    ('mt-11-strawberries', '4,8 thousand tonnes', None, DN, '4,800 tonnes', C, 'date/number format'),
    ('mt-11-strawberries', 'ministry of agriculture and processing industry of the Krasnodar Territory', None, IC, 'Ministry of Agriculture and Processing Industry of the Krasnodar Territory', C, 'lowercased institution name'),
    ('mt-11-strawberries', 'Berry Edge', None, EN, 'Yagodny Krai', L, 'name rendered by meaning / through Russian'),
    ('mt-11-strawberries', 'drip watering', None, CAL, 'drip irrigation', L, 'calque'),
    ('mt-11-strawberries', 'its', None, PRO, 'her', C, 'pronoun'),
    ('mt-11-strawberries', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-11-strawberries', 'victoria', None, UN, 'garden strawberry', L, 'untranslated leftover'),
    ('mt-11-strawberries', 'you should choose berries', None, PRO, 'they should choose berries', L, 'pronoun'),
    ('mt-11-strawberries', 'green tail', None, CAL, 'green stalk', L, 'calque'),

    # mt-12-gymnastics
    ('mt-12-gymnastics', '28 january', None, DN, '28 January', C, 'date/number format'),
    ('mt-12-gymnastics', 'artistic gymnastics', None, CAL, 'rhythmic gymnastics', L, 'calque'),
    ('mt-12-gymnastics', 'sportswomen', None, CAL, 'gymnasts', L, 'calque'),
    ('mt-12-gymnastics', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-12-gymnastics', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-gymnastics', 'SDYuShOR', None, UN, 'Olympic reserve sports school', L, 'untranslated leftover'),
    ('mt-12-gymnastics', 'rybnikova', None, NC, 'Rybnikova', C, 'lowercased surname'),
    ('mt-12-gymnastics', 'my girls trained twice a day all winter', None, PRO, 'her girls had trained twice a day all winter', L, 'pronoun'),
    ('mt-12-gymnastics', 'subject', None, CAL, 'apparatus', L, 'calque'),
    ('mt-12-gymnastics', '2,25 million roubles', None, DN, '2.25 million roubles', C, 'date/number format'),
    ('mt-12-gymnastics', 'ministry of physical culture and sport of the Omsk region', None, IC, 'Ministry of Physical Culture and Sport of the Omsk Region', C, 'lowercased institution name'),

    # mt-13-hovercraft
    ('mt-13-hovercraft', '7 november', None, DN, '7 November', C, 'date/number format'),
    ('mt-13-hovercraft', 'Boats on an air cushion', None, CAL, 'Hovercraft', L, 'calque'),
    ('mt-13-hovercraft', 'interseason', None, CAL, 'freeze-up', L, 'calque'),
    ('mt-13-hovercraft', 'informed the deputy director of the department of transport of Yamal Igor Shvets', None, CAL, 'Igor Shvets, deputy director of the Yamal transport department, said', L, 'calque'),
    ('mt-13-hovercraft', 'Northern Wind', None, EN, 'Severny Veter', L, 'name rendered by meaning / through Russian'),
    ('mt-13-hovercraft', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-13-hovercraft', 'its', 1, PRO, 'his', C, 'pronoun'),
    ('mt-13-hovercraft', 'laptander', None, NC, 'Laptander', C, 'lowercased surname'),
    ('mt-13-hovercraft', '1,9 thousand roubles', None, DN, '1,900 roubles', C, 'date/number format'),
    ('mt-13-hovercraft', 'you need to buy tickets a day in advance', None, PRO, 'they need to buy tickets a day in advance', L, 'pronoun'),
    ('mt-13-hovercraft', 'zimnik', None, UN, 'winter road', L, 'untranslated leftover'),

    # mt-14-campsite
    ('mt-14-campsite', '15 september', None, DN, '15 September', C, 'date/number format'),
    ('mt-14-campsite', 'auto tourists', None, CAL, 'motorists', L, 'calque'),
    ('mt-14-campsite', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-14-campsite', 'Shore of Katun', None, EN, 'Bereg Katuni', L, 'name rendered by meaning / through Russian'),
    ('mt-14-campsite', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-14-campsite', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-14-campsite', 'санузлы', None, UN, 'bathrooms', C, 'untranslated leftover'),
    ('mt-14-campsite', 'Khendrik Fan Dam', None, EN, 'Hendrik van Dam', L, 'name rendered by meaning / through Russian'),
    ('mt-14-campsite', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-14-campsite', '3,5 thousand roubles per night', None, DN, '3,500 roubles per night', C, 'date/number format'),
    ('mt-14-campsite', 'we do not allow open fires on the sites', None, PRO, 'the campsite does not allow open fires on the sites', L, 'pronoun'),

    # mt-15-radio
    ('mt-15-radio', '1 december', None, DN, '1 December', C, 'date/number format'),
    ('mt-15-radio', 'on the frequency 101,4 FM', None, DN, 'on 101.4 FM', C, 'date/number format'),
    ('mt-15-radio', 'radio points', None, CAL, 'wired radio sets', L, 'calque'),
    ('mt-15-radio', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-radio', 'told the editor-in-chief of the radio station Lyudmila Koroleva', None, CAL, "said Lyudmila Koroleva, the station's editor-in-chief", L, 'calque'),
    ('mt-15-radio', 'our listeners are mostly pensioners', None, PRO, "the station's listeners are mostly pensioners", L, 'pronoun'),
    ('mt-15-radio', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-15-radio', 'efir', None, UN, 'air', L, 'untranslated leftover'),
    ('mt-15-radio', 'about 7 thousand listeners', None, DN, 'about 7,000 listeners', C, 'date/number format'),
    ('mt-15-radio', ' (the wired radio was installed in almost every Soviet apartment and worked even when there was no electricity. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-16-chocolate
    ('mt-16-chocolate', 'Red Confectioner', None, EN, 'Krasny Konditer', L, 'name rendered by meaning / through Russian'),
    ('mt-16-chocolate', 'bitter chocolate', None, CAL, 'dark chocolate', L, 'calque'),
    ('mt-16-chocolate', 'told in the administration of the Vladimir region', None, CAL, 'the Vladimir region administration said', L, 'calque'),
    ('mt-16-chocolate', 'Khasienda Lya Floresta', None, EN, 'Hacienda La Floresta', L, 'name rendered by meaning / through Russian'),
    ('mt-16-chocolate', '12,5 thousand tonnes', None, DN, '12,500 tonnes', C, 'date/number format'),
    ('mt-16-chocolate', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-16-chocolate', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-16-chocolate', '„', None, PU, '"', C, 'Russian quote marks'),
    ('mt-16-chocolate', '“', None, PU, '"', C, 'Russian quote marks'),
    ('mt-16-chocolate', 'we raised prices by only 8 percent', None, PRO, 'the factory raised prices by only 8 percent', L, 'pronoun'),

    # mt-17-basketball
    ('mt-17-basketball', '21 october', None, DN, '21 October', C, 'date/number format'),
    ('mt-17-basketball', '78:71', None, DN, '78-71', L, 'date/number format'),
    ('mt-17-basketball', '7th tour', None, CAL, '7th round', L, 'calque'),
    ('mt-17-basketball', 'Brianna Dzhonson', None, EN, 'Brianna Johnson', L, 'name rendered by meaning / through Russian'),
    ('mt-17-basketball', 'It', 0, PRO, 'She', C, 'pronoun'),
    ('mt-17-basketball', 'the command', None, CAL, 'the team', L, 'calque'),
    ('mt-17-basketball', 'kuzmina', None, NC, 'Kuzmina', C, 'lowercased surname'),
    ('mt-17-basketball', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-17-basketball', 'russian basketball federation', None, IC, 'Russian Basketball Federation', C, 'lowercased institution name'),
    ('mt-17-basketball', ' (the club was founded in 1992 and for many years represented the Orenburg gas industry. — Sport-Express)', None, GL, '', C, 'outlet insertion'),

    # mt-18-elk
    ('mt-18-elk', '8 september', None, DN, '8 September', C, 'date/number format'),
    ('mt-18-elk', 'DTP', None, UN, 'road accidents', L, 'untranslated leftover'),
    ('mt-18-elk', 'informed in the department of hunting supervision of the Kostroma region', None, CAL, 'the Kostroma regional hunting supervision department said', L, 'calque'),
    ('mt-18-elk', 'dark time of the day', None, CAL, 'hours of darkness', L, 'calque'),
    ('mt-18-elk', '17,8 thousand', None, DN, '17,800', C, 'date/number format'),
    ('mt-18-elk', 'heads', None, CAL, 'animals', L, 'calque'),
    ('mt-18-elk', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-18-elk', '2,5 metres', None, DN, '2.5 metres', C, 'date/number format'),
    ('mt-18-elk', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-18-elk', 'I did not even have time to brake', None, PRO, 'he did not even have time to brake', L, 'pronoun'),
    ('mt-18-elk', ' (an adult elk can weigh up to 600 kilograms, and a collision with it is comparable to hitting a wall. — Interfax)', None, GL, '', C, 'outlet insertion'),
    # END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", "blind-mixed-2", "blind-mixed-3", "blind-mixed-4",
                     "blind-mixed-5", "blind-mixed-6", "blind-mixed-7", "blind-mixed-8",
                     "blind-mixed-9", "blind-mixed-10", "blind-mixed-11")), details=True))
