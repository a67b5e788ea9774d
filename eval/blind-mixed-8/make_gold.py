"""Gold for the held-out set blind12 (to become eval/blind-mixed-8): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -7 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources src*.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind12 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-dentistry': 'dentistry',
    'mt-02-lottery': 'lotteries',
    'mt-03-mushrooms': 'mushroom poisoning',
    'mt-04-reindeer': 'reindeer herding',
    'mt-05-kindergarten': 'kindergarten queues',
    'mt-06-ebus': 'electric buses',
    'mt-07-curling': 'curling',
    'mt-08-blood': 'blood donation',
    'mt-09-rabies': 'rabies quarantine',
    'mt-10-rowing': 'rowing regatta',
    'mt-11-pulpmill': 'pulp and paper mill',
    'mt-12-caviar': 'sturgeon farming',
    'mt-13-accordion': 'folk music festival',
    'mt-14-licence': 'driving licence exams',
    'mt-15-landslide': 'landslides',
    'mt-16-post': 'postal service',
    'mt-17-amber': 'amber mining',
    'mt-18-ticks': 'tick-borne encephalitis',
}

ROWS = [

    # mt-01-dentistry (dentistry)
    ('mt-01-dentistry', '14 october', None, DN, '14 October', C, 'date/number format'),
    ('mt-01-dentistry', 'announced at the press conference the minister of health of the republic Farid Galiullin', None, CAL, "the republic's health minister Farid Galiullin told a press conference", L, 'calque'),
    ('mt-01-dentistry', 'is calculated for', None, CAL, 'is designed for', L, 'calque'),
    ('mt-01-dentistry', 'On it from the republican budget will be directed', None, CAL, 'The republican budget will allocate to it', L, 'calque'),
    ('mt-01-dentistry', '45 thousand', None, DN, '45,000', C, 'date/number format'),
    ('mt-01-dentistry', 'its', None, PRO, 'her', C, 'pronoun'),
    ('mt-01-dentistry', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-01-dentistry', 'our specialists will pass', None, PRO, "the clinic's specialists will undergo", L, 'pronoun'),
    ('mt-01-dentistry', 'MFTs', None, UN, 'multifunctional centres', L, 'untranslated leftover'),
    ('mt-01-dentistry', 'ministry of health of Tatarstan', None, IC, 'Ministry of Health of Tatarstan', C, 'lowercased institution name'),
    ('mt-01-dentistry', '12,5%', None, DN, '12.5%', C, 'date/number format'),

    # mt-02-lottery (lotteries)
    ('mt-02-lottery', 'pensionerka', None, UN, 'pensioner', L, 'untranslated leftover'),
    ('mt-02-lottery', 'it was reported in the lottery operator', None, CAL, 'the lottery operator said', L, 'calque'),
    ('mt-02-lottery', '1,2 billion', None, DN, '1.2 billion', C, 'date/number format'),
    ('mt-02-lottery', 'I will first of all help', None, PRO, 'she will first of all help', L, 'pronoun'),
    ('mt-02-lottery', 'Lucky Horseshoe', None, EN, 'Schastlivaya Podkova', L, 'name rendered by meaning / through Russian'),
    ('mt-02-lottery', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-02-lottery', 'his', None, PRO, 'its', C, 'pronoun'),
    ('mt-02-lottery', 'reminded in the Federal tax service', None, CAL, 'the Federal Tax Service reminded', L, 'calque'),
    ('mt-02-lottery', 'is indicated in the review of', None, CAL, 'says a review by', L, 'calque'),
    ('mt-02-lottery', 'In the current year on these purposes was transferred', None, CAL, 'This year the operators transferred for these purposes', L, 'calque'),

    # mt-03-mushrooms (mushroom poisoning)
    ('mt-03-mushrooms', '4 september', None, DN, '4 September', C, 'date/number format'),
    ('mt-03-mushrooms', 'told RIA Novosti in the regional department of Rospotrebnadzor', None, CAL, 'the regional Rospotrebnadzor department told RIA Novosti', L, 'calque'),
    ('mt-03-mushrooms', 'pale toadstools', None, EN, 'death caps', L, 'name rendered by meaning / through Russian'),
    ('mt-03-mushrooms', 'its', None, PRO, 'his', C, 'pronoun'),
    ('mt-03-mushrooms', 'semenikhin', None, NC, 'Semenikhin', C, 'lowercased surname'),
    ('mt-03-mushrooms', 'By his words', None, CAL, 'According to him', L, 'calque'),
    ('mt-03-mushrooms', 'urge not to collect', None, CAL, 'urge people not to collect', L, 'calque'),
    ('mt-03-mushrooms', 'we have already checked', None, PRO, 'the department has already checked', L, 'pronoun'),
    ('mt-03-mushrooms', 'Voronezh regional clinical hospital No. 1', None, IC, 'Voronezh Regional Clinical Hospital No. 1', C, 'lowercased institution name'),
    ('mt-03-mushrooms', '1,7 times', None, DN, '1.7 times', C, 'date/number format'),
    ('mt-03-mushrooms', 'gribniki', None, UN, 'mushroom pickers', L, 'untranslated leftover'),

    # mt-04-reindeer (reindeer herding)
    ('mt-04-reindeer', '440 thousand', None, DN, '440,000', C, 'date/number format'),
    ('mt-04-reindeer', 'it is said in the decree of the governor of the district', None, CAL, "says the district governor's decree", L, 'calque'),
    ('mt-04-reindeer', 'tayburi', None, NC, 'Tayburi', C, 'lowercased surname'),
    ('mt-04-reindeer', 'Polar Star', None, EN, 'Polyarnaya Zvezda', L, 'name rendered by meaning / through Russian'),
    ('mt-04-reindeer', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-04-reindeer', 'it', 1, PRO, 'he', C, 'pronoun'),
    ('mt-04-reindeer', 'Arctic research station of the Institute of plant and animal ecology', None, IC, 'Arctic Research Station of the Institute of Plant and Animal Ecology', C, 'lowercased institution name'),
    ('mt-04-reindeer', 'faktorii', None, UN, 'trading posts', L, 'untranslated leftover'),

    # mt-05-kindergarten (kindergarten queues)
    ('mt-05-kindergarten', '9 february', None, DN, '9 February', C, 'date/number format'),
    ('mt-05-kindergarten', "follows from the data of the mayor's office", None, CAL, "according to the mayor's office", L, 'calque'),
    ('mt-05-kindergarten', 'The main reason the city authorities call', None, CAL, 'The city authorities call the main reason', L, 'calque'),
    ('mt-05-kindergarten', '2,4 thousand', None, DN, '2,400', C, 'date/number format'),
    ('mt-05-kindergarten', 'loginova', None, NC, 'Loginova', C, 'lowercased surname'),
    ('mt-05-kindergarten', 'GChP', None, UN, 'public-private partnership', L, 'untranslated leftover'),
    ('mt-05-kindergarten', 'my son has been waiting', None, PRO, 'her son has been waiting', L, 'pronoun'),
    ('mt-05-kindergarten', 'private garden', None, CAL, 'private kindergarten', L, 'calque'),
    ('mt-05-kindergarten', "prosecutor's office of the Novosibirsk region", None, IC, "Prosecutor's Office of the Novosibirsk Region", C, 'lowercased institution name'),
    ('mt-05-kindergarten', 'Under the agreements with the city, the developers had to hand over', None, CAL, 'Under their agreements with the city, the developers were to hand over', L, 'calque'),
    ('mt-05-kindergarten', 'informed in the press service of the regional government', None, CAL, "the regional government's press service said", L, 'calque'),

    # mt-06-ebus (electric buses)
    ('mt-06-ebus', 'of the brand Volgabus', None, CAL, 'made by Volgabus', L, 'calque'),
    ('mt-06-ebus', '8,9 billion', None, DN, '8.9 billion', C, 'date/number format'),
    ('mt-06-ebus', 'follows from the materials of the state procurement portal', None, CAL, 'according to documents on the state procurement portal', L, 'calque'),
    ('mt-06-ebus', 'Passenger Car Park', None, EN, 'Passazhiravtotrans', L, 'name rendered by meaning / through Russian'),
    ('mt-06-ebus', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-06-ebus', 'his', None, PRO, 'its', C, 'pronoun'),
    ('mt-06-ebus', 'polyakov', None, NC, 'Polyakov', C, 'lowercased surname'),
    ('mt-06-ebus', 'refuse diesel buses', None, CAL, 'abandon diesel buses', L, 'calque'),
    ('mt-06-ebus', 'Now in the city there work', None, CAL, 'The city now runs', L, 'calque'),
    ('mt-06-ebus', 'ministry of industry and trade', None, IC, 'Ministry of Industry and Trade', C, 'lowercased institution name'),

    # mt-07-curling (curling)
    ('mt-07-curling', 'informed TASS the head coach of the team Natalya Rudakova', None, CAL, "the team's head coach Natalya Rudakova told TASS", L, 'calque'),
    ('mt-07-curling', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-07-curling', 'control matches', None, CAL, 'warm-up matches', L, 'calque'),
    ('mt-07-curling', 'vereshchagina', None, NC, 'Vereshchagina', C, 'lowercased surname'),
    ('mt-07-curling', 'the injury of the shoulder', None, CAL, 'her shoulder injury', L, 'calque'),
    ('mt-07-curling', 'will perform', None, CAL, 'will compete', L, 'calque'),
    ('mt-07-curling', 'reported in the Federation of curling of Russia', None, CAL, 'the Curling Federation of Russia said', L, 'calque'),
    ('mt-07-curling', 'Van Syuy', None, EN, 'Wang Xue', L, 'name rendered by meaning / through Russian'),
    ('mt-07-curling', 'we are glad to see', None, PRO, 'her team is glad to see', L, 'pronoun'),
    ('mt-07-curling', 'on 40%', None, CAL, 'by 40%', L, 'calque'),

    # mt-08-blood (blood donation)
    ('mt-08-blood', '28 may', None, DN, '28 May', C, 'date/number format'),
    ('mt-08-blood', 'said in the press service of the blood centre to Interfax', None, CAL, "the blood centre's press service told Interfax", L, 'calque'),
    ('mt-08-blood', 'kuzovkova', None, NC, 'Kuzovkova', C, 'lowercased surname'),
    ('mt-08-blood', 'Sverdlovsk regional blood transfusion station', None, IC, 'Sverdlovsk Regional Blood Transfusion Station', C, 'lowercased institution name'),
    ('mt-08-blood', 'By her words', None, CAL, 'According to her', L, 'calque'),
    ('mt-08-blood', 'you can come', None, PRO, 'donors can come', L, 'pronoun'),
    ('mt-08-blood', 'left abroad', None, CAL, 'have moved abroad', L, 'calque'),
    ('mt-08-blood', 'The average age of the donor grew to', None, CAL, "The average donor's age rose to", L, 'calque'),
    ('mt-08-blood', 'will go', None, CAL, 'will travel', L, 'calque'),
    ('mt-08-blood', 'Her', None, PRO, 'Its', C, 'pronoun'),
    ('mt-08-blood', 'FMBA', None, UN, 'Federal Medical and Biological Agency', L, 'untranslated leftover'),

    # mt-09-rabies (rabies quarantine)
    ('mt-09-rabies', 'informed in the state committee on veterinary of the Pskov region', None, CAL, "the Pskov region's state veterinary committee said", L, 'calque'),
    ('mt-09-rabies', 'her', None, PRO, 'its', C, 'pronoun'),
    ('mt-09-rabies', 'will act', None, CAL, 'will remain in force', L, 'calque'),
    ('mt-09-rabies', 'clarified the chairman of the committee Sergei Glebov', None, CAL, 'committee chairman Sergei Glebov clarified', L, 'calque'),
    ('mt-09-rabies', 'we will scatter', None, PRO, 'the committee will scatter', L, 'pronoun'),
    ('mt-09-rabies', 'okhotkhozyaystvo', None, UN, 'hunting estate', L, 'untranslated leftover'),
    ('mt-09-rabies', 'were registered', None, CAL, 'there have been', L, 'calque'),
    ('mt-09-rabies', 'increased in one and a half times', None, CAL, 'increased one and a half times', L, 'calque'),
    ('mt-09-rabies', 'rospotrebnadzor', None, IC, 'Rospotrebnadzor', C, 'lowercased institution name'),

    # mt-10-rowing (rowing regatta)
    ('mt-10-rowing', 'Cup of Russia on academic rowing', None, CAL, 'Russian Rowing Cup', L, 'calque'),
    ('mt-10-rowing', '1,8', None, DN, '1.8', C, 'date/number format'),
    ('mt-10-rowing', 'The distance of 2,000 metres the winners covered', None, CAL, 'The winners covered the 2,000-metre distance', L, 'calque'),
    ('mt-10-rowing', 'zimin', None, NC, 'Zimin', C, 'lowercased surname'),
    ('mt-10-rowing', 'its', None, PRO, 'his', C, 'pronoun'),
    ('mt-10-rowing', 'She', 0, PRO, 'It', C, 'pronoun'),
    ('mt-10-rowing', ' (the works were completed in May. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-10-rowing', '«', None, PU, '"', C, 'Russian punctuation'),
    ('mt-10-rowing', '»', None, PU, '"', C, 'Russian punctuation'),
    ('mt-10-rowing', 'MSMK', None, UN, 'Master of Sport of International Class', L, 'untranslated leftover'),

    # mt-11-pulpmill (pulp and paper mill)
    ('mt-11-pulpmill', 'the line on production of cardboard', None, CAL, 'its cardboard line', L, 'calque'),
    ('mt-11-pulpmill', 'reports the company in its message', None, CAL, 'the company said in a statement', L, 'calque'),
    ('mt-11-pulpmill', '6,7 billion', None, DN, '6.7 billion', C, 'date/number format'),
    ('mt-11-pulpmill', 'Pine Shore', None, EN, 'Sosnovy Bereg', L, 'name rendered by meaning / through Russian'),
    ('mt-11-pulpmill', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-11-pulpmill', 'told the agency in the trade union of the mill', None, CAL, "the mill's trade union told the agency", L, 'calque'),
    ('mt-11-pulpmill', 'ushakova', None, NC, 'Ushakova', C, 'lowercased surname'),
    ('mt-11-pulpmill', 'our people will lose', None, PRO, 'the workers will lose', L, 'pronoun'),
    ('mt-11-pulpmill', 'ministry of natural resources and the timber industry complex', None, IC, 'Ministry of Natural Resources and Timber Industry', C, 'lowercased institution name'),
    ('mt-11-pulpmill', 'сероводорода', None, UN, 'hydrogen sulphide', C, 'untranslated leftover'),

    # mt-12-caviar (sturgeon farming)
    ('mt-12-caviar', '13 january', None, DN, '13 January', C, 'date/number format'),
    ('mt-12-caviar', 'reported to TASS the director of the farm Ruslan Akhmedov', None, CAL, "the farm's director Ruslan Akhmedov told TASS", L, 'calque'),
    ('mt-12-caviar', 'Caspian Pearl', None, EN, 'Kaspiyskaya Zhemchuzhina', L, 'name rendered by meaning / through Russian'),
    ('mt-12-caviar', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-caviar', 'we sold', None, PRO, 'the farm sold', L, 'pronoun'),
    ('mt-12-caviar', 'makes up', None, CAL, 'is', L, 'calque'),
    ('mt-12-caviar', '180 thousand', None, DN, '180,000', C, 'date/number format'),
    ('mt-12-caviar', 'aliyeva', None, NC, 'Aliyeva', C, 'lowercased surname'),
    ('mt-12-caviar', 'KaspNIRKh', None, UN, 'the Caspian Fisheries Research Institute', L, 'untranslated leftover'),
    ('mt-12-caviar', 'On the basis of the decree of the government', None, CAL, 'Under a government decree', L, 'calque'),

    # mt-13-accordion (folk music festival)
    ('mt-13-accordion', 'Silver Bellows', None, EN, 'Serebryanye Mekha', L, 'name rendered by meaning / through Russian'),
    ('mt-13-accordion', 'reported the organizers to the agency', None, CAL, 'the organisers told the agency', L, 'calque'),
    ('mt-13-accordion', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-13-accordion', 'Kursk regional philharmonic', None, IC, 'Kursk Regional Philharmonic', C, 'lowercased institution name'),
    ('mt-13-accordion', 'garmoshka', None, UN, 'button accordion', L, 'untranslated leftover'),
    ('mt-13-accordion', 'Branko Yovanovich', None, EN, 'Branko Jovanović', L, 'name rendered by meaning / through Russian'),
    ('mt-13-accordion', 'bobrov', None, NC, 'Bobrov', C, 'lowercased surname'),
    ('mt-13-accordion', 'this year we invited', None, PRO, 'this year the organisers invited', L, 'pronoun'),
    ('mt-13-accordion', 'The budget of the festival made up', None, CAL, "The festival's budget was", L, 'calque'),
    ('mt-13-accordion', 'Presidential fund of cultural initiatives', None, IC, 'Presidential Fund for Cultural Initiatives', C, 'lowercased institution name'),
    ('mt-13-accordion', '7,2 million', None, DN, '7.2 million', C, 'date/number format'),

    # mt-14-licence (driving licence exams)
    ('mt-14-licence', '15 march', None, DN, '15 March', C, 'date/number format'),
    ('mt-14-licence', 'follows from the draft order published on the portal of legal acts', None, CAL, 'according to a draft order published on the legal acts portal', L, 'calque'),
    ('mt-14-licence', 'GIBDD', None, UN, 'traffic police', L, 'untranslated leftover'),
    ('mt-14-licence', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-14-licence', 'The head of the examination department of the traffic police Igor Shatalov', None, CAL, 'Igor Shatalov, head of the traffic police examination department,', L, 'calque'),
    ('mt-14-licence', 'you will not be able', None, PRO, 'candidates will not be able', L, 'pronoun'),
    ('mt-14-licence', '41,6%', None, DN, '41.6%', C, 'date/number format'),
    ('mt-14-licence', 'Against the novelty spoke out', None, CAL, 'The change was opposed by', L, 'calque'),
    ('mt-14-licence', 'Association of driving schools of Russia', None, IC, 'Association of Driving Schools of Russia', C, 'lowercased institution name'),
    ('mt-14-licence', 'frolova', None, NC, 'Frolova', C, 'lowercased surname'),
    ('mt-14-licence', ' (the state fee is 2,000 rubles. — RBC)', None, GL, '', C, 'outlet insertion'),

    # mt-15-landslide (landslides)
    ('mt-15-landslide', '18 december', None, DN, '18 December', C, 'date/number format'),
    ('mt-15-landslide', 'Stony Pond', None, EN, 'Kamenny Prud', L, 'name rendered by meaning / through Russian'),
    ('mt-15-landslide', 'informed in the administration of the resort', None, CAL, "the resort city's administration said", L, 'calque'),
    ('mt-15-landslide', 'In the village live', None, CAL, 'The village is home to', L, 'calque'),
    ('mt-15-landslide', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-landslide', 'The regime of emergency situation of municipal character', None, CAL, 'A municipal state of emergency', L, 'calque'),
    ('mt-15-landslide', 'gevorkyan', None, NC, 'Gevorkyan', C, 'lowercased surname'),
    ('mt-15-landslide', 'we have organised', None, PRO, 'the district has organised', L, 'pronoun'),
    ('mt-15-landslide', '," —', None, PU, ',"', C, 'Russian punctuation'),
    ('mt-15-landslide', 'GBU', None, UN, 'state agency', L, 'untranslated leftover'),
    ('mt-15-landslide', '1,1 billion', None, DN, '1.1 billion', C, 'date/number format'),

    # mt-16-post (postal service)
    ('mt-16-post', 'Pochta Rossii', None, UN, 'Russian Post', L, 'untranslated leftover'),
    ('mt-16-post', 'informed the agency the director of the regional branch of the company Denis Kalashnikov', None, CAL, "Denis Kalashnikov, director of the company's regional branch, told the agency", L, 'calque'),
    ('mt-16-post', 'Instead of them in the villages will work', None, CAL, 'Instead, the villages will be served by', L, 'calque'),
    ('mt-16-post', 'почтальон', None, UN, 'postman', C, 'untranslated leftover'),
    ('mt-16-post', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-16-post', '600 thousand', None, DN, '600,000', C, 'date/number format'),
    ('mt-16-post', 'In the framework of the programme of transformation', None, CAL, 'Under its transformation programme', L, 'calque'),
    ('mt-16-post', 'tyurina', None, NC, 'Tyurina', C, 'lowercased surname'),
    ('mt-16-post', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-16-post', 'our pensioners', None, PRO, 'the local pensioners', L, 'pronoun'),
    ('mt-16-post', 'Legislative assembly of the Nizhny Novgorod region', None, IC, 'Legislative Assembly of the Nizhny Novgorod Region', C, 'lowercased institution name'),

    # mt-17-amber (amber mining)
    ('mt-17-amber', 'Sunny Stone', None, EN, 'Solnechny Kamen', L, 'name rendered by meaning / through Russian'),
    ('mt-17-amber', '9,4%', None, DN, '9.4%', C, 'date/number format'),
    ('mt-17-amber', 'it is said in the report of the enterprise', None, CAL, "the company's report says", L, 'calque'),
    ('mt-17-amber', 'His', None, PRO, 'Its', C, 'pronoun'),
    ('mt-17-amber', 'lapshin', None, NC, 'Lapshin', C, 'lowercased surname'),
    ('mt-17-amber', 'its', 0, PRO, 'his', C, 'pronoun'),
    ('mt-17-amber', 'chernye kopateli', None, UN, 'illegal diggers', L, 'untranslated leftover'),
    ('mt-17-amber', 'we are losing', None, PRO, 'the combine is losing', L, 'pronoun'),
    ('mt-17-amber', 'The most part of the amber', None, CAL, 'Most of the amber', L, 'calque'),
    ('mt-17-amber', ' (the Chinese market takes three quarters of exports. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-17-amber', '4,6 thousand', None, DN, '4,600', C, 'date/number format'),

    # mt-18-ticks (tick-borne encephalitis)
    ('mt-18-ticks', '5,8 thousand', None, DN, '5,800', C, 'date/number format'),
    ('mt-18-ticks', 'reports the regional department of Rospotrebnadzor', None, CAL, 'the regional Rospotrebnadzor department reports', L, 'calque'),
    ('mt-18-ticks', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-18-ticks', 'pechenkina', None, NC, 'Pechenkina', C, 'lowercased surname'),
    ('mt-18-ticks', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-18-ticks', 'dachniki', None, UN, 'summer residents', L, 'untranslated leftover'),
    ('mt-18-ticks', 'we advise', None, PRO, 'doctors advise', L, 'pronoun'),
    ('mt-18-ticks', 'grafting', None, CAL, 'vaccination', L, 'calque'),
    ('mt-18-ticks', 'Acaricidal treatment has passed', None, CAL, 'Anti-tick spraying has been carried out', L, 'calque'),
    ('mt-18-ticks', 'Siberian state medical university', None, IC, 'Siberian State Medical University', C, 'lowercased institution name'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=("/work/main/eval/blind-mixed/gold.jsonl",
                                "/work/main/eval/blind-mixed-2/gold.jsonl",
                                "/work/main/eval/blind-mixed-3/gold.jsonl",
                                "/work/main/eval/blind-mixed-4/gold.jsonl",
                                "/work/main/eval/blind-mixed-5/gold.jsonl",
                                "/work/main/eval/blind-mixed-6/gold.jsonl",
                                "/work/main/eval/blind-mixed-7/gold.jsonl"), details=True))
