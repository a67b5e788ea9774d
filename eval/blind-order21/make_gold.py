"""Gold for eval/blind-order21 (helper order21, session 21): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py: no two gold spans that would match each other, controls free of Cyrillic and
guillemets, a beat for every MT doc, 240-290 words per doc, no 8-word run shared with the corpus,
the seeds or another eval set. Convention of blind-mixed-16: a word-order calque is the whole
clause (fronted phrases, verb, subject); an inverted attribution is its whole frame.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-sandsculptures': 'sand sculpture festival on a village beach',
    'mt-02-winterroad': 'winter road across frozen rivers opened in Yakutia',
    'mt-03-ostrichfarm': 'ostrich farm hatching a record number of chicks',
    'mt-04-dragonboat': 'regional dragon boat racing championship on the Volga',
    'mt-05-skijump': 'reconstruction of a Soviet ski jumping complex',
    'mt-06-seedbank': 'seed bank of an agrarian research centre',
    'mt-07-carousel': 'restored 1958 carousel in a city park',
    'mt-08-saltlake': 'salt extraction on Lake Baskunchak after the flood',
}

WO = 'Russian word order (fronted phrase, verb, subject)'
IA = 'inverted attribution'

ROWS = [
    # mt-01-sandsculptures
    ('mt-01-sandsculptures', 'On the central beach of the village opened the tenth festival of sand sculptures', None, CAL, "The tenth sand sculpture festival opened on the village's central beach", L, WO),
    ('mt-01-sandsculptures', 'This year on the beach work 26 sculptors from nine regions of Russia and from Belarus', None, CAL, 'This year 26 sculptors from nine Russian regions and Belarus are working on the beach', L, WO),
    ('mt-01-sandsculptures', 'For the delivery of the sand from the quarry were used 30 dump trucks', None, CAL, 'Thirty dump trucks were used to bring the sand from the quarry', L, WO),
    ('mt-01-sandsculptures', 'said the director of the festival Marina Kolesova', None, CAL, 'festival director Marina Kolesova said', L, IA),
    ('mt-01-sandsculptures', '85 thousand people', None, DN, '85,000 people', C, 'N thousand'),
    ('mt-01-sandsculptures', 'In the first two days of the new season at the beach came more than 12,000 visitors', None, CAL, 'More than 12,000 visitors came to the beach in the first two days of the new season', L, WO),
    ('mt-01-sandsculptures', 'In the past years in some figures appeared cracks after strong winds', None, CAL, 'In past years cracks appeared in some figures after strong winds', L, WO),

    # mt-02-winterroad
    ('mt-02-winterroad', 'In the Olenyok district of Yakutia opened the winter road to four remote villages', None, CAL, "The winter road to four remote villages opened in Yakutia's Olenyok district", L, WO),
    ('mt-02-winterroad', 'reported the regional ministry of transport', None, CAL, 'the regional transport ministry reported', L, IA),
    ('mt-02-winterroad', 'on the ice of the Olenyok river already in the middle of November formed a layer thicker than 80 centimetres', None, CAL, 'by mid-November the ice on the Olenyok river was more than 80 centimetres thick', L, WO),
    ('mt-02-winterroad', 'On the route now work six graders and two bulldozers', None, CAL, 'Six graders and two bulldozers are now working on the route', L, WO),
    ('mt-02-winterroad', 'At the crossings of the rivers are installed signs with the permitted weight of vehicles', None, CAL, 'Signs showing the permitted vehicle weight have been put up at the river crossings', L, WO),
    ('mt-02-winterroad', 'At the first stage on the road may travel cars and trucks of up to 15 tonnes', None, CAL, 'At first, cars and trucks of up to 15 tonnes may use the road', L, WO),
    ('mt-02-winterroad', 'Over the winter along the road will be delivered about 7,000 tonnes of cargo', None, CAL, 'About 7,000 tonnes of cargo will be delivered along the road over the winter', L, WO),
    ('mt-02-winterroad', 'Last year by the winter road were transported 6,200 tonnes', None, CAL, 'Last year 6,200 tonnes were carried on the winter road', L, WO),
    ('mt-02-winterroad', 'For the drivers in two places on the route were built heated huts with a stove and a supply of firewood', None, CAL, 'Heated huts with a stove and firewood were built for drivers at two places on the route', L, WO),
    ('mt-02-winterroad', 'The head of the district Pavel Nikiforov', None, CAL, 'District head Pavel Nikiforov', L, 'title word for word (глава района)'),
    ('mt-02-winterroad', 'In the past two seasons on the road happened three accidents', None, CAL, 'Three accidents happened on the road in the past two seasons', L, WO),

    # mt-03-ostrichfarm
    ('mt-03-ostrichfarm', 'On the ostrich farm in the village of Berezovka hatched 140 chicks', None, CAL, '140 chicks hatched at the ostrich farm in the village of Berezovka', L, WO),
    ('mt-03-ostrichfarm', 'said the owner of the farm Sergei Kuzovkin', None, CAL, 'farm owner Sergei Kuzovkin said', L, IA),
    ('mt-03-ostrichfarm', 'Now in the pens live more than 300 African ostriches', None, CAL, 'More than 300 African ostriches now live in the pens', L, WO),
    ('mt-03-ostrichfarm', 'This spring in the incubators were laid 210 eggs', None, CAL, 'This spring 210 eggs were placed in the incubators', L, WO),
    ('mt-03-ostrichfarm', 'For visitors on the territory were built a viewing platform and a small café', None, CAL, 'A viewing platform and a small café were built on the farm for visitors', L, WO),
    ('mt-03-ostrichfarm', 'With this money were bought two new incubators and a refrigerator for meat', None, CAL, 'The money bought two new incubators and a meat refrigerator', L, WO),
    ('mt-03-ostrichfarm', 'In the entire history of the farm among the ostriches were no serious outbreaks of disease', None, CAL, 'The farm has never had a serious outbreak of disease among its ostriches', L, WO),

    # mt-04-dragonboat
    ('mt-04-dragonboat', 'On the Volga embankment of Samara passed the open championship of the region in dragon boat racing', None, CAL, "The region's open dragon boat racing championship took place on the Volga embankment in Samara", L, WO + ' (прошёл)'),
    ('mt-04-dragonboat', 'informed the regional ministry of sport', None, CAL, 'the regional sports ministry said', L, IA),
    ('mt-04-dragonboat', 'In the competitions took part 32 crews from Samara, Tolyatti, Kazan and Ulyanovsk', None, CAL, 'Thirty-two crews from Samara, Tolyatti, Kazan and Ulyanovsk took part', L, WO),
    ('mt-04-dragonboat', 'At the distance of 500 metres the best time showed the crew of the Samara university', None, CAL, 'Over 500 metres the Samara university crew set the best time', L, 'object-verb-subject'),
    ('mt-04-dragonboat', 'Among the veterans the strongest became the team of the Tolyatti automobile plant', None, CAL, 'Among the veterans the Tolyatti car plant team was the strongest', L, WO + ' (predicate fronted)'),
    ('mt-04-dragonboat', 'among them won the team from Kazan', None, CAL, 'the team from Kazan won', L, WO),
    ('mt-04-dragonboat', 'On the shore during two days gathered about 5,000 spectators', None, CAL, 'About 5,000 spectators gathered on the shore over the two days', L, WO),
    ('mt-04-dragonboat', 'For them on the embankment worked food courts and a master class on drumming', None, CAL, 'Food stalls and a drumming workshop were set up for them on the embankment', L, WO),
    ('mt-04-dragonboat', "In the children's races participated 80 schoolchildren of the rowing schools of the region", None, CAL, "Eighty pupils of the region's rowing schools took part in the children's races", L, WO),
    ('mt-04-dragonboat', 'today in the country exist more than 40 clubs', None, CAL, 'today there are more than 40 clubs in the country', L, WO),
    ('mt-04-dragonboat', 'In the boat house of the club are stored eight boats', None, CAL, "Eight boats are kept in the club's boathouse", L, WO),

    # mt-05-skijump
    ('mt-05-skijump', 'In Kirovsk will be reconstructed the ski jumping complex built in the 1980s', None, CAL, 'The ski jumping complex built in Kirovsk in the 1980s will be rebuilt', L, WO),
    ('mt-05-skijump', 'said the governor of the Murmansk region', None, CAL, 'the governor of the Murmansk region said', L, IA),
    ('mt-05-skijump', 'in its steel frame were found cracks', None, CAL, 'cracks were found in its steel frame', L, WO),
    ('mt-05-skijump', 'Since then on the two small jumps train only children of the local sports school', None, CAL, 'Since then only children from the local sports school have trained on the two small jumps', L, WO),
    ('mt-05-skijump', 'On the reconstruction from the regional and federal budgets will be allocated', None, CAL, 'will be allocated from the regional and federal budgets for the reconstruction', L, WO),
    ('mt-05-skijump', '1,2 billion', None, DN, '1.2 billion', C, 'decimal comma'),
    ('mt-05-skijump', "Near the jumps will appear a hotel for 60 people and a judges' tower", None, CAL, "A hotel for 60 people and a judges' tower will be built near the jumps", L, WO),
    ('mt-05-skijump', 'in the 1980s in Kirovsk trained more than 100 jumpers', None, CAL, 'in the 1980s more than 100 jumpers trained in Kirovsk', L, WO),
    ('mt-05-skijump', 'Today at the school study 34 children aged 8 to 16', None, CAL, 'Today 34 children aged 8 to 16 study at the school', L, WO),
    ('mt-05-skijump', 'In the first stage will be dismantled the old frame of the large jump', None, CAL, 'First the old frame of the large jump will be dismantled', L, WO),
    ('mt-05-skijump', 'In recent years in the region has grown interest in winter sports', None, CAL, 'Interest in winter sports has grown in the region in recent years', L, WO),
    ('mt-05-skijump', 'last winter in its resorts rested 140,000 tourists', None, CAL, "last winter 140,000 tourists holidayed at the region's resorts", L, WO),

    # mt-06-seedbank
    ('mt-06-seedbank', 'In the seed bank of the Stavropol agrarian research centre are stored more than 20,000 samples of seeds', None, CAL, 'More than 20,000 seed samples are stored in the seed bank of the Stavropol agrarian research centre', L, WO),
    ('mt-06-seedbank', 'told RIA Novosti the head of the bank Yelena Grebenyuk', None, CAL, 'the bank\'s head, Yelena Grebenyuk, told RIA Novosti', L, IA),
    ('mt-06-seedbank', 'In its chambers is maintained a temperature of minus 18 degrees', None, CAL, 'Its chambers are kept at minus 18 degrees', L, WO),
    ('mt-06-seedbank', 'In recent years to them were added seeds of wild relatives of cultivated plants', None, CAL, 'In recent years seeds of wild relatives of crops were added to them', L, WO),
    ('mt-06-seedbank', 'Last summer in expeditions took part 12 employees of the centre', None, CAL, 'Last summer 12 of the centre\'s staff took part in expeditions', L, WO),
    ('mt-06-seedbank', 'On the test fields of the centre this year will be sown 1,500 old varieties of wheat', None, CAL, "This year 1,500 old wheat varieties will be sown on the centre's test fields", L, WO),
    ('mt-06-seedbank', 'With it were replaced the old compressors', None, CAL, 'It replaced the old compressors', L, WO),
    ('mt-06-seedbank', 'Now in the bank works a system of remote control of temperature and humidity', None, CAL, 'The bank now has a remote system for controlling temperature and humidity', L, WO),
    ('mt-06-seedbank', 'for schoolchildren in the centre are held lessons on plant breeding', None, CAL, 'the centre holds lessons on plant breeding for schoolchildren', L, WO),

    # mt-07-carousel
    ('mt-07-carousel', 'In the city park of Yeysk after restoration began to work the carousel of 1958', None, CAL, "A 1958 carousel has started running again in Yeysk's city park after restoration", L, WO),
    ('mt-07-carousel', 'reported the administration of the city', None, CAL, 'the city administration said', L, IA),
    ('mt-07-carousel', 'For two years on its restoration worked craftsmen from Rostov-on-Don', None, CAL, 'Craftsmen from Rostov-on-Don spent two years restoring it', L, WO),
    ('mt-07-carousel', 'In the mechanism were replaced the motor and the gears', None, CAL, 'The motor and gears of the mechanism were replaced', L, WO),
    ('mt-07-carousel', 'in the archive of the park were found recordings of the melodies', None, CAL, "recordings of the tunes were found in the park's archive", L, WO),
    ('mt-07-carousel', 'On the restoration were spent 8 million rubles', None, CAL, '8 million rubles were spent on the restoration', L, WO),
    ('mt-07-carousel', 'At the opening of the carousel on Saturday were present the mayor of the city and the craftsmen who restored it', None, CAL, 'The mayor and the craftsmen who restored the carousel attended its opening on Saturday', L, WO),
    ('mt-07-carousel', 'On the first day on the carousel rode about 1,500 children and adults', None, CAL, 'About 1,500 children and adults rode the carousel on the first day', L, WO),
    ('mt-07-carousel', "this season in the park will work a Ferris wheel and a children's railway", None, CAL, "this season a Ferris wheel and a children's railway will operate in the park", L, WO),
    ('mt-07-carousel', 'By the summer in the park will also be opened a small museum', None, CAL, 'A small museum will also open in the park by the summer', L, WO),

    # mt-08-saltlake
    ('mt-08-saltlake', 'On Lake Baskunchak in the Astrakhan region resumed the extraction of salt after the spring flood', None, CAL, 'Salt extraction has resumed on Lake Baskunchak in the Astrakhan region after the spring flood', L, WO),
    ('mt-08-saltlake', 'said the press service of the company Baskunchak Salt', None, CAL, 'the Baskunchak Salt company said', L, IA),
    ('mt-08-saltlake', 'Now on the lake work four salt-harvesting combines', None, CAL, 'Four salt harvesters are now working on the lake', L, WO),
    ('mt-08-saltlake', 'Per day from the lake are exported up to 80 wagons of salt', None, CAL, 'Up to 80 wagons of salt leave the lake each day', L, WO),
    ('mt-08-saltlake', 'Over the year at the factory are produced about', None, CAL, 'about ... are produced at the factory over the year', L, WO),
    ('mt-08-saltlake', '1,5 million', None, DN, '1.5 million', C, 'decimal comma'),
    ('mt-08-saltlake', 'In the reserve live saiga antelopes and more than 200 species of birds', None, CAL, 'Saiga antelopes and more than 200 bird species live in the reserve', L, WO),
    ('mt-08-saltlake', 'in spring on the shores nest flamingos', None, CAL, 'in spring flamingos nest on the shores', L, WO),
    ('mt-08-saltlake', 'Last summer on the shore of the lake rested about 30,000 people', None, CAL, 'Last summer about 30,000 people holidayed on the lake shore', L, WO),
    ('mt-08-saltlake', 'For them this year near the railway station will be built a new car park and a tourist information centre', None, CAL, 'This year a new car park and a tourist information centre will be built for them near the railway station', L, WO),
    ('mt-08-saltlake', 'On the factory now work 1,100 people', None, CAL, 'The factory now employs 1,100 people', L, WO),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(240, 290),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=False))
