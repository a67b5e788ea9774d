"""Gold for eval/blind-compound21: compound21's held-out check (Russian compounds by parts and
the genitive of quality), written after the rules were done and scored once, untouched.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl (format of /work/shared/gold/README.md) with eval/goldkit.py. Every
artifact the author saw is gold, not only the two families of the task, so the set measures
recall on them among the rest.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, MAIN_EVAL, PRO, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-soap': 'handmade soap workshop opens in Suzdal',
    'mt-02-boatyard': 'first passenger boat of a new design launched in Nizhny Novgorod',
    'mt-03-woolmill': 'wool-washing factory restarts in Kalmykia',
    'mt-04-studfarm': 'stud farm auction of Oryol trotters',
    'mt-05-cider': 'first cider house in Crimea',
    'mt-06-fireworks': 'fireworks kiosks inspected before New Year',
    'mt-07-ropepark': 'rope park and zipline open in Sochi',
    'mt-08-foundry': 'iron foundry casts park benches',
}

ROWS = [
    # mt-01-soap
    ('mt-01-soap', '3 march', None, DN, '3 March', C, 'month lower case'),
    ('mt-01-soap', 'soap of hand work', None, CAL, 'handmade soap', L, 'genitive of quality'),
    ('mt-01-soap', 'reported in the administration of the Vladimir region', None, CAL, "the Vladimir region administration reported", L, 'subjectless attribution'),
    ('mt-01-soap', 'XIX century', None, DN, '19th century', C, 'Roman century'),
    ('mt-01-soap', 'herbs of own collection', None, CAL, 'herbs she gathers herself', L, 'genitive of quality'),
    ('mt-01-soap', 'told the correspondent of TASS Kolesova', None, CAL, 'Kolesova told TASS', L, 'inverted attribution'),
    ('mt-01-soap', 'candles of hand work', None, CAL, 'handmade candles', L, 'genitive of quality'),
    ('mt-01-soap', 'linen towels of local production', None, CAL, 'locally made linen towels', L, 'genitive of quality'),
    ('mt-01-soap', 'her', 'takes her home', PRO, 'it', C, 'pronoun: Russian gender (бруск/мыло)'),
    ('mt-01-soap', 'master-classes', None, CAL, 'workshops', L, 'loan compound'),
    ('mt-01-soap', '1,5 thousand roubles', None, DN, '1,500 roubles', C, 'decimal comma + thousand'),
    ('mt-01-soap', 'in the size of', None, CAL, 'of', L, 'в размере'),
    ('mt-01-soap', '500 thousand roubles', None, DN, '500,000 roubles', C, 'N thousand'),
    ('mt-01-soap', 'in the framework of', None, CAL, 'under', L, 'в рамках'),
    ('mt-01-soap', 'electro-stove', None, CAL, 'electric stove', L, 'combining form'),
    ('mt-01-soap', 'trading rows', None, CAL, 'arcade', L, 'торговые ряды'),
    ('mt-01-soap', 'By the estimate of', None, CAL, 'According to', L, 'по оценке'),
    ('mt-01-soap', '1,3 million', None, DN, '1.3 million', C, 'decimal comma'),

    # mt-02-boatyard
    ('mt-02-boatyard', '17 april', None, DN, '17 April', C, 'month lower case'),
    ('mt-02-boatyard', '«', 0, PU, '"', C, 'guillemet'),
    ('mt-02-boatyard', '»', 0, PU, '"', C, 'guillemet'),
    ('mt-02-boatyard', 'boat of the length of 28 metres', None, CAL, '28-metre boat', L, 'длиной'),
    ('mt-02-boatyard', 'She', 'She is equipped', PRO, 'It', C, 'pronoun: Russian gender'),
    ('mt-02-boatyard', 'of the power of', None, CAL, 'rated at', L, 'мощностью'),
    ('mt-02-boatyard', 'made from', None, CAL, 'made of', L, 'из + material'),
    ('mt-02-boatyard', 'aluminium alloy of domestic production', None, CAL, 'Russian-made aluminium alloy', L, 'genitive of quality'),
    ('mt-02-boatyard', 'Earlier the engines we bought abroad', None, CAL, 'We used to buy the engines abroad', L, 'fronted object'),
    ('mt-02-boatyard', 'told journalists the general director of the plant Sergei Volkov', None, CAL, "Sergei Volkov, the plant's general director, told journalists", L, 'inverted attribution'),
    ('mt-02-boatyard', '«', 1, PU, '"', C, 'guillemet'),
    ('mt-02-boatyard', '»', 1, PU, '"', C, 'guillemet'),
    ('mt-02-boatyard', 'river trams', None, CAL, 'river buses', L, 'речной трамвай'),
    ('mt-02-boatyard', 'low-mobile passengers', None, CAL, 'passengers with reduced mobility', L, 'compound by parts'),
    ('mt-02-boatyard', 'boats of large capacity', None, CAL, 'high-capacity boats', L, 'genitive of quality'),
    ('mt-02-boatyard', '1970-ies years', None, DN, '1970s', C, 'decade'),
    ('mt-02-boatyard', '1 may', None, DN, '1 May', C, 'month lower case'),

    # mt-03-woolmill
    ('mt-03-woolmill', '9 february', None, DN, '9 February', C, 'month lower case'),
    ('mt-03-woolmill', 'In Kalmykia has resumed work the wool-washing factory', None, CAL, 'A wool-washing factory in Kalmykia has resumed work', L, 'subject after verb'),
    ('mt-03-woolmill', 'informed the ministry of agriculture of the republic', None, CAL, "the republic's agriculture ministry said", L, 'inverted attribution'),
    ('mt-03-woolmill', 'agro-holding', None, CAL, 'agricultural holding company', L, 'combining form'),
    ('mt-03-woolmill', '«', 0, PU, '"', C, 'guillemet'),
    ('mt-03-woolmill', 'Steppe Fleece', None, EN, 'Stepnoye Runo', L, 'firm name by meaning'),
    ('mt-03-woolmill', '»', 0, PU, '"', C, 'guillemet'),
    ('mt-03-woolmill', 'lines of Turkish production', None, CAL, 'Turkish-made lines', L, 'genitive of quality'),
    ('mt-03-woolmill', 'makes up', None, CAL, 'is', L, 'составляет'),
    ('mt-03-woolmill', '3 thousand tonnes', None, DN, '3,000 tonnes', C, 'N thousand'),
    ('mt-03-woolmill', 'sheep of the fine-fleeced breed', None, CAL, 'fine-wool sheep', L, 'genitive of quality'),
    ('mt-03-woolmill', 'her', 'simply burnt her', PRO, 'it', C, 'pronoun: Russian gender (шерсть)'),
    ('mt-03-woolmill', 'has grown in two times', None, CAL, 'has doubled', L, 'в два раза'),
    ('mt-03-woolmill', 'said the head of a peasant farm from the Yashkul district Badma Erdniev', None, CAL, 'said Badma Erdniev, head of a farm in the Yashkul district', L, 'inverted attribution'),
    ('mt-03-woolmill', 'in the next year', None, CAL, 'next year', L, 'в следующем году'),
    ('mt-03-woolmill', 'in Kalmykia are kept about 1,6 million of the sheep', None, CAL, 'Kalmykia has about 1.6 million sheep', L, 'subject after verb'),
    ('mt-03-woolmill', 'small cattle', None, CAL, 'sheep and goats', L, 'мелкий рогатый скот'),
    ('mt-03-woolmill', 'electro-loaders', None, CAL, 'electric forklifts', L, 'combining form'),

    # mt-04-studfarm
    ('mt-04-studfarm', '22 may', None, DN, '22 May', C, 'month lower case'),
    ('mt-04-studfarm', 'horses of the Oryol trotting breed', None, CAL, 'Oryol trotters', L, 'genitive of quality'),
    ('mt-04-studfarm', 'the total sum of the trade made up', None, CAL, 'the sales totalled', L, 'составила'),
    ('mt-04-studfarm', 'reported the press service of the farm', None, CAL, "the farm's press service reported", L, 'inverted attribution'),
    ('mt-04-studfarm', 'The most expensive became the four-year stallion', None, CAL, 'The most expensive was a four-year-old stallion', L, 'стал'),
    ('mt-04-studfarm', 'with the name', None, CAL, 'named', L, 'по кличке'),
    ('mt-04-studfarm', 'Brave', None, EN, 'Udaloy', L, "horse's name by meaning"),
    ('mt-04-studfarm', '6,2 million roubles', None, DN, '6.2 million roubles', C, 'decimal comma'),
    ('mt-04-studfarm', 'The horse of the bay colour', None, CAL, 'The bay horse', L, 'genitive of quality'),
    ('mt-04-studfarm', 'It was exactly here that was bred the famous Oryol trotter', None, CAL, 'It was here that the famous Oryol trotter was bred', L, 'subject after verb'),
    ('mt-04-studfarm', 'horse of the factory breed', None, CAL, 'stud-bred horse', L, 'genitive of quality'),
    ('mt-04-studfarm', 'horses of the breed Russian Heavy Draft', None, CAL, 'Russian Heavy Draft horses', L, 'genitive of quality'),
    ('mt-04-studfarm', 'sportsmen', None, CAL, 'riders', L, 'спортсмены'),
    ('mt-04-studfarm', 'told RIA Novosti the director of the farm Irina Zhukova', None, CAL, "Irina Zhukova, the farm's director, told RIA Novosti", L, 'inverted attribution'),
    ('mt-04-studfarm', 'To the auction arrived buyers', None, CAL, 'Buyers came to the auction', L, 'subject after verb'),
    ('mt-04-studfarm', 'on him', None, PRO, 'at it', C, 'pronoun: Russian gender (аукцион)'),
    ('mt-04-studfarm', '15 october', None, DN, '15 October', C, 'month lower case'),

    # mt-05-cider
    ('mt-05-cider', '11 october', None, DN, '11 October', C, 'month lower case'),
    ('mt-05-cider', 'In the Bakhchisaray district of Crimea has opened the first in the republic cider house', None, CAL, "Crimea's first cider house has opened in the Bakhchisaray district", L, 'subject after verb'),
    ('mt-05-cider', 'apples of own gardens', None, CAL, 'apples from its own orchards', L, 'genitive of quality'),
    ('mt-05-cider', 'informed the ministry of agriculture of Crimea', None, CAL, "Crimea's agriculture ministry said", L, 'inverted attribution'),
    ('mt-05-cider', '«', 0, PU, '"', C, 'guillemet'),
    ('mt-05-cider', 'Golden Valley', None, EN, 'Zolotaya Dolina', L, 'farm name by meaning'),
    ('mt-05-cider', '»', 0, PU, '"', C, 'guillemet'),
    ('mt-05-cider', 'apples of the sort Renet Simirenko', None, CAL, 'Renet Simirenko apples', L, 'genitive of quality'),
    ('mt-05-cider', 'the sort Kandil-Sinap', None, CAL, 'Kandil-Sinap', L, 'genitive of quality'),
    ('mt-05-cider', 'on the area of 60 hectares', None, CAL, 'on 60 hectares', L, 'площадью'),
    ('mt-05-cider', 'bottles of the volume of 0,75 litres', None, CAL, '0.75-litre bottles', L, 'объёмом'),
    ('mt-05-cider', '0,75', None, DN, '0.75', C, 'decimal comma'),
    ('mt-05-cider', 'We wanted that the tourists', None, CAL, 'We wanted the tourists', L, 'хотели, чтобы'),
    ('mt-05-cider', 'The cider of domestic production', None, CAL, 'Russian-made cider', L, 'genitive of quality'),
    ('mt-05-cider', 'told the correspondent of RIA Novosti the owner of the farm Timur Abdullayev', None, CAL, "Timur Abdullayev, the farm's owner, told RIA Novosti", L, 'inverted attribution'),
    ('mt-05-cider', 'a tasting hall on 40 places', None, CAL, 'a 40-seat tasting hall', L, 'на 40 мест'),
    ('mt-05-cider', 'For the guests are held excursions on the gardens', None, CAL, 'Guests are offered tours of the orchards', L, 'subject after verb'),
    ('mt-05-cider', '180 thousand tonnes', None, DN, '180,000 tonnes', C, 'N thousand'),
    ('mt-05-cider', 'on 15% more', None, CAL, '15% more', L, 'на 15%'),
    ('mt-05-cider', 'the gardens of the intensive type', None, CAL, 'intensive orchards', L, 'genitive of type'),
    ('mt-05-cider', '2 thousand hectares', None, DN, '2,000 hectares', C, 'N thousand'),
    ('mt-05-cider', '200 thousand litres', None, DN, '200,000 litres', C, 'N thousand'),

    # mt-06-fireworks
    ('mt-06-fireworks', '20 december', None, DN, '20 December', C, 'month lower case'),
    ('mt-06-fireworks', 'points of sale of the pyrotechnics', None, CAL, 'fireworks outlets', L, 'точки продажи'),
    ('mt-06-fireworks', 'reported the press service of the main department of the Emergencies Ministry on the Sverdlovsk region', None, CAL, "the Emergencies Ministry's Sverdlovsk region office reported", L, 'inverted attribution'),
    ('mt-06-fireworks', 'fireworks of Chinese production', None, CAL, 'Chinese-made fireworks', L, 'genitive of quality'),
    ('mt-06-fireworks', 'the instructions on the Russian language', None, CAL, 'instructions in Russian', L, 'на русском языке'),
    ('mt-06-fireworks', 'products of the fourth class of danger', None, CAL, 'hazard class 4 products', L, 'genitive of quality'),
    ('mt-06-fireworks', 'In total were withdrawn', None, CAL, 'In total, ... were seized', L, 'subject after verb'),
    ('mt-06-fireworks', '2 thousand items', None, DN, '2,000 items', C, 'N thousand'),
    ('mt-06-fireworks', 'The most dangerous the inspectors named', None, CAL, 'The inspectors called ... the most dangerous', L, 'fronted predicate'),
    ('mt-06-fireworks', 'batteries of salutes', None, CAL, 'firework cakes', L, 'салют'),
    ('mt-06-fireworks', 'of the calibre of 30 millimetres', None, CAL, '30mm', L, 'калибром'),
    ('mt-06-fireworks', 'explained the senior inspector of the department of supervisory activity Andrei Loginov', None, CAL, 'explained Andrei Loginov, a senior fire inspector', L, 'inverted attribution'),
    ('mt-06-fireworks', '400 thousand roubles', None, DN, '400,000 roubles', C, 'N thousand'),
    ('mt-06-fireworks', 'The materials about two sellers were transferred to the court', None, CAL, 'The cases of two sellers were referred to court', L, 'материалы'),
    ('mt-06-fireworks', 'at the distance not less than 50 metres', None, CAL, 'at least 50 metres', L, 'не менее'),
    ('mt-06-fireworks', 'her', 'may use her', PRO, 'them', C, 'pronoun: Russian gender (пиротехника)'),
    ('mt-06-fireworks', 'from the pyrotechnics suffered 14 people', None, CAL, '14 people were hurt by fireworks', L, 'subject after verb'),

    # mt-07-ropepark
    ('mt-07-ropepark', '6 june', None, DN, '6 June', C, 'month lower case'),
    ('mt-07-ropepark', 'the largest in the south of Russia rope park', None, CAL, 'the largest rope park in southern Russia', L, 'phrase before the noun'),
    ('mt-07-ropepark', 'zipline of the length of 800 metres', None, CAL, '800-metre zipline', L, 'длиной'),
    ('mt-07-ropepark', 'informed the administration of the resort', None, CAL, "the resort's administration said", L, 'inverted attribution'),
    ('mt-07-ropepark', 'on the height from 2 to 15 metres', None, CAL, 'at heights of 2 to 15 metres', L, 'на высоте'),
    ('mt-07-ropepark', 'The routes of increased complexity', None, CAL, 'The harder routes', L, 'genitive of quality'),
    ('mt-07-ropepark', 'on him', None, PRO, 'on it', C, 'pronoun: Russian gender (зиплайн)'),
    ('mt-07-ropepark', 'educational-training centre', None, CAL, 'training centre', L, 'compound adjective'),
    ('mt-07-ropepark', 'told the "Sochi Today" the director of the park Elena Rudenko', None, CAL, "Elena Rudenko, the park's director, told Sochi Today", L, 'inverted attribution'),
    ('mt-07-ropepark', '1,8 thousand roubles', None, DN, '1,800 roubles', C, 'decimal comma + thousand'),
    ('mt-07-ropepark', '1,2 thousand', None, DN, '1,200 roubles', C, 'decimal comma + thousand'),
    ('mt-07-ropepark', 'light-emitting diode lamps', None, CAL, 'LED lamps', L, 'светодиодный'),
    ('mt-07-ropepark', '3 thousand people', None, DN, '3,000 people', C, 'N thousand'),
    ('mt-07-ropepark', 'quest-zone', None, CAL, 'escape-game area', L, 'loan compound'),

    # mt-08-foundry
    ('mt-08-foundry', '14 august', None, DN, '14 August', C, 'month lower case'),
    ('mt-08-foundry', 'reported the regional department of the economic development', None, CAL, 'the regional economic development department reported', L, 'inverted attribution'),
    ('mt-08-foundry', 'him', 'In him were', PRO, 'it', C, 'pronoun: Russian gender (цех)'),
    ('mt-08-foundry', 'of the capacity of', None, CAL, 'with a capacity of', L, 'мощностью'),
    ('mt-08-foundry', 'line of the moulding of German production', None, CAL, 'German-made moulding line', L, 'genitive of quality'),
    ('mt-08-foundry', 'benches of the classical type', None, CAL, 'classic-style benches', L, 'genitive of type'),
    ('mt-08-foundry', 'XIX century', None, DN, '19th century', C, 'Roman century'),
    ('mt-08-foundry', 'Such bench', None, CAL, 'A bench like this', L, 'такую скамейку'),
    ('mt-08-foundry', 'noted the chief technologist of the plant Pavel Smirnov', None, CAL, "noted Pavel Smirnov, the plant's chief technologist", L, 'inverted attribution'),
    ('mt-08-foundry', 'fences of hand work', None, CAL, 'handmade fences', L, 'genitive of quality'),
    ('mt-08-foundry', 'gates with the forging', None, CAL, 'wrought-iron gates', L, 'с ковкой'),
    ('mt-08-foundry', 'metallurgical-processing complex', None, CAL, 'metals industry', L, 'compound adjective'),
    ('mt-08-foundry', 'on 8%', None, CAL, 'by 8%', L, 'на 8%'),
    ('mt-08-foundry', 'in the size of', None, CAL, 'of', L, 'в размере'),
    ('mt-08-foundry', 'under 3% annual', None, CAL, 'at 3% a year', L, 'под 3% годовых'),
    ('mt-08-foundry', 'In the next year', None, CAL, 'Next year', L, 'в следующем году'),
    ('mt-08-foundry', '1990-ies years', None, DN, 'the 1990s', C, 'decade'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(230, 340), artifacts=(10, 25),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
