"""Gold for eval/blind-lex26: lex26's own held-out check, written after its rules were done and scored
once (README.md). 8 MT-style texts of Russian regional news on beats no eval set had (a kart track, a
coastal cycle trail, a falcon nursery, an ice-fishing championship, new trams, a philharmonic
orchestra's instruments, an eye-clinic bus, a sawmill) and 2 native-English controls (neg-*).

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Every artifact the author saw is a row, of every kind, not only lex26's families (Russian stem
compounds fused or not, multipliers of change, a settlement's name with no "of", по + a naming noun,
a city's institution in lower case); the conventions of blind-mixed-21 are followed (attribution with
the verb before its source spans the verb to the end of the source).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, GL, IC, MAIN_EVAL, PRO, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-karting': 'a kart track opens in a Cheboksary microdistrict',
    'mt-02-velotrail': 'a cycle trail along the Baltic coast, Kaliningrad region',
    'mt-03-falcons': 'saker falcon chicks hatch in a Buryat nursery',
    'mt-04-icefishing': 'ice-fishing championship on the Krasnoyarsk reservoir',
    'mt-05-tram': 'new low-floor trams in Saratov',
    'mt-06-orchestra': 'new instruments for the Penza philharmonic orchestra',
    'mt-07-eyebus': 'a mobile eye clinic in the Amur region',
    'mt-08-sawmill': 'a sawmill opens in a Komi village',
}

ROWS = [
    ('mt-01-karting', '12 march', None, DN, '12 March', C, 'lowercase month'),
    ('mt-01-karting', 'the microdistrict Novy Gorod', None, CAL, 'the Novy Gorod microdistrict', L, 'bare apposition'),
    ('mt-01-karting', 'informed the press service of the Cheboksary mayor\'s office', None, CAL, "the Cheboksary mayor's office's press service said", L, 'inverted attribution'),
    ('mt-01-karting', 'motodrome', None, CAL, 'motorcycle racetrack', L, 'Russian stem compound'),
    ('mt-01-karting', 'invested in the reconstruction 38 million roubles', None, CAL, 'invested 38 million roubles in the reconstruction', L, 'object after phrase'),
    ('mt-01-karting', 'has increased in three times', None, CAL, 'has tripled', L, 'multiplier'),
    ('mt-01-karting', 'autosport', None, CAL, 'motorsport', L, 'Russian stem compound'),
    ('mt-01-karting', 'told the director of the company Vadim Yermakov', None, CAL, "said Vadim Yermakov, the company's director", L, 'inverted attribution'),
    ('mt-01-karting', 'on the territory will also work an autoservice for the karts and a small cafe', None, CAL, 'a kart repair shop and a small cafe will also work on the site', L, 'word order'),
    ('mt-01-karting', 'autoservice', None, CAL, 'repair shop', L, 'Russian stem compound'),
    ('mt-01-karting', 'He', 'He is quieter', PRO, 'It', C, 'he for a kart'),
    ('mt-01-karting', 'noise-protective screen', None, CAL, 'noise barrier', L, 'compound by parts'),
    ('mt-01-karting', 'the street Tsivilskaya', None, CAL, 'Tsivilskaya Street', L, 'street type before name'),
    ('mt-01-karting', 'to fill the ice', None, CAL, 'to flood the track', L, 'set phrase'),
    ('mt-01-karting', 'will make up', None, CAL, 'will be', L, 'составит'),

    ('mt-02-velotrail', '4 april', None, DN, '4 April', C, 'lowercase month'),
    ('mt-02-velotrail', '/Corr. "Baltic News"/', None, GL, '', C, 'agency credit'),
    ('mt-02-velotrail', 'velotrail', None, CAL, 'cycle trail', L, 'Russian stem compound'),
    ('mt-02-velotrail', 'the settlement Lesnoy', None, CAL, 'the settlement of Lesnoy', L, 'bare apposition'),
    ('mt-02-velotrail', 'will make up', None, CAL, 'will be', L, 'составит'),
    ('mt-02-velotrail', 'is estimated in', None, CAL, 'is estimated at', L, 'preposition'),
    ('mt-02-velotrail', '1,2', None, DN, '1.2', C, 'decimal comma'),
    ('mt-02-velotrail', 'within the framework of', None, CAL, 'under', L, 'в рамках'),
    ('mt-02-velotrail', 'has grown twice', None, CAL, 'has doubled', L, 'multiplier'),
    ('mt-02-velotrail', 'explained the minister of tourism of the region Andrei Ermak', None, CAL, 'said Andrei Ermak, the regional tourism minister', L, 'inverted attribution'),
    ('mt-02-velotrail', 'Along the route will appear eight rest zones', None, CAL, 'Eight rest areas will appear along the route', L, 'word order'),
    ('mt-02-velotrail', 'velorental', None, CAL, 'bike hire', L, 'Russian stem compound'),
    ('mt-02-velotrail', 'the village Rybachy', None, CAL, 'the village of Rybachy', L, 'bare apposition'),
    ('mt-02-velotrail', 'veloservice', None, CAL, 'bike repair shop', L, 'Russian stem compound'),
    ('mt-02-velotrail', 'expertise', None, CAL, 'environmental review', L, 'word sense'),
    ('mt-02-velotrail', 'already in the next summer', None, CAL, 'next summer', L, 'article'),

    ('mt-03-falcons', '21 october', None, DN, '21 October', C, 'lowercase month'),
    ('mt-03-falcons', 'In the nursery of rare birds in Buryatia hatched four chicks of the saker falcon', None, CAL, 'Four saker falcon chicks have hatched at a rare-bird nursery in Buryatia', L, 'word order'),
    ('mt-03-falcons', 'Ministry of natural resources', None, IC, 'Ministry of Natural Resources', C, 'casing'),
    ('mt-03-falcons', 'works since 2015', None, CAL, 'has worked since 2015', L, 'tense'),
    ('mt-03-falcons', 'the village Ivolginsk', None, CAL, 'the village of Ivolginsk', L, 'bare apposition'),
    ('mt-03-falcons', 'decreased in the last twenty years by almost four times', None, CAL, 'fell almost fourfold in the last twenty years', L, 'multiplier'),
    ('mt-03-falcons', 'by the name', None, CAL, 'named', L, 'по кличке'),
    ('mt-03-falcons', 'lives in the nursery for eight years', None, CAL, 'has lived at the nursery for eight years', L, 'tense'),
    ('mt-03-falcons', 'by the nickname', None, CAL, 'named', L, 'по кличке'),
    ('mt-03-falcons', 'told the head of the nursery Svetlana Dorzhieva', None, CAL, 'said Svetlana Dorzhieva, the head of the nursery', L, 'inverted attribution'),
    ('mt-03-falcons', 'It', 'It worked earlier', PRO, 'She', C, 'it for a person'),
    ('mt-03-falcons', 'by the surname', None, CAL, 'named', L, 'по фамилии'),
    ('mt-03-falcons', 'tried to take out in his baggage six chicks', None, CAL, 'tried to smuggle six chicks out in his luggage', L, 'object after phrase'),
    ('mt-03-falcons', 'will allow to follow', None, CAL, 'will make it possible to track', L, 'allow to'),
    ('mt-03-falcons', '100 thousand dollars', None, DN, '100,000 dollars', C, 'N thousand'),

    ('mt-04-icefishing', '2 february', None, DN, '2 February', C, 'lowercase month'),
    ('mt-04-icefishing', 'On the Krasnoyarsk reservoir passed the open championship of the region on the ice fishing', None, CAL, "The region's open ice-fishing championship took place on the Krasnoyarsk reservoir", L, 'word order, passed'),
    ('mt-04-icefishing', 'in which took part 214 sportsmen', None, CAL, 'in which 214 anglers took part', L, 'word order'),
    ('mt-04-icefishing', 'the village Primorsk', None, CAL, 'the village of Primorsk', L, 'bare apposition'),
    ('mt-04-icefishing', 'The winner became the fisherman from Novosibirsk Igor Salnikov', None, CAL, 'The winner was Novosibirsk angler Igor Salnikov', L, 'word order'),
    ('mt-04-icefishing', 'made up', 'catch made up', CAL, 'came to', L, 'составил'),
    ('mt-04-icefishing', '6,4', None, DN, '6.4', C, 'decimal comma'),
    ('mt-04-icefishing', 'shared the winner', None, CAL, 'the winner said', L, 'quotative inversion'),
    ('mt-04-icefishing', 'the interest to the ice fishing', None, CAL, 'interest in ice fishing', L, 'government'),
    ('mt-04-icefishing', 'rose in 1.5 times', None, CAL, 'rose by half', L, 'multiplier'),
    ('mt-04-icefishing', 'MChS', None, UN, 'Emergencies Ministry', L, 'Russian abbreviation'),
    ('mt-04-icefishing', 'made up', 'championship made up', CAL, 'was', L, 'составил'),
    ('mt-04-icefishing', '500 thousand roubles', None, DN, '500,000 roubles', C, 'N thousand'),
    ('mt-04-icefishing', 'agroholding', None, CAL, 'agricultural holding', L, 'Russian stem compound'),
    ('mt-04-icefishing', 'on the lake Shira', None, CAL, 'on Lake Shira', L, 'bare apposition'),

    ('mt-05-tram', '17 june', None, DN, '17 June', C, 'lowercase month'),
    ('mt-05-tram', 'the route number 3', None, CAL, 'route 3', L, 'number N'),
    ('mt-05-tram', 'informed in the committee on transport of the city administration', None, CAL, "the city administration's transport committee said", L, 'subjectless attribution'),
    ('mt-05-tram', 'made up', None, CAL, 'was', L, 'составила'),
    ('mt-05-tram', 'electrotransport', None, CAL, 'electric transport', L, 'Russian stem compound'),
    ('mt-05-tram', 'decreased in two times', None, CAL, 'halved', L, 'multiplier'),
    ('mt-05-tram', 'less electricity by 30%', None, CAL, '30% less electricity', L, 'на 30% меньше'),
    ('mt-05-tram', 'told the chairman of the committee Oleg Rusakov', None, CAL, 'said Oleg Rusakov, the committee chairman', L, 'inverted attribution'),
    ('mt-05-tram', 'tram park', None, CAL, 'tram fleet', L, 'word sense'),
    ('mt-05-tram', 'on the street Bolshaya Gornaya', None, CAL, 'on Bolshaya Gornaya Street', L, 'street type before name'),
    ('mt-05-tram', 'There were laid new rails and was installed a modern washing complex', None, CAL, 'New rails were laid and a modern washing complex was installed', L, 'word order'),
    ('mt-05-tram', 'passed the training', None, CAL, 'were trained', L, 'passed'),
    ('mt-05-tram', 'appendix', None, CAL, 'app', L, 'word sense'),
    ('mt-05-tram', 'the microdistrict Solnechny', None, CAL, 'the Solnechny microdistrict', L, 'bare apposition'),

    ('mt-06-orchestra', '9 november', None, DN, '9 November', C, 'lowercase month'),
    ('mt-06-orchestra', 'Penza philharmonic', None, IC, 'Penza Philharmonic', L, 'casing'),
    ('mt-06-orchestra', 'within the framework of', None, CAL, 'under', L, 'в рамках'),
    ('mt-06-orchestra', 'told the artistic director of the orchestra Yuri Belov', None, CAL, "said Yuri Belov, the orchestra's artistic director", L, 'inverted attribution'),
    ('mt-06-orchestra', 'will pass', None, CAL, 'will take place', L, 'passed'),
    ('mt-06-orchestra', 'In the program are the works of Tchaikovsky and Rachmaninov', None, CAL, 'The programme includes works by Tchaikovsky and Rachmaninov', L, 'word order'),
    ('mt-06-orchestra', 'The soloist will become the pianist Anna Korneeva', None, CAL, 'The soloist will be the pianist Anna Korneeva', L, 'became'),
    ('mt-06-orchestra', 'Saratov conservatory', None, IC, 'Saratov Conservatory', L, 'casing'),
    ('mt-06-orchestra', 'won last year the international competition in Vienna', None, CAL, 'won the international competition in Vienna last year', L, 'object after phrase'),
    ('mt-06-orchestra', 'grew almost three times', None, CAL, 'almost tripled', L, 'multiplier'),
    ('mt-06-orchestra', 'holds every month the musical lessons', None, CAL, 'holds music lessons every month', L, 'object after phrase'),
    ('mt-06-orchestra', 'In them took part already more than 5 thousand children', None, CAL, 'More than 5,000 children have already taken part in them', L, 'word order'),
    ('mt-06-orchestra', 'the village Mokshan', None, CAL, 'the village of Mokshan', L, 'bare apposition'),
    ('mt-06-orchestra', 'the town Nikolsk', None, CAL, 'the town of Nikolsk', L, 'bare apposition'),

    ('mt-07-eyebus', '28 august', None, DN, '28 August', C, 'lowercase month'),
    ('mt-07-eyebus', 'In the Amur region started to work a mobile ophthalmological clinic', None, CAL, 'A mobile dental clinic has started work in the Amur region', L, 'word order'),
    ('mt-07-eyebus', 'on the base of a bus', None, CAL, 'in a bus', L, 'на базе'),
    ('mt-07-eyebus', 'reported the press office of the regional government', None, CAL, "the regional government's press service said", L, 'inverted attribution'),
    ('mt-07-eyebus', 'medbus', None, CAL, 'medical bus', L, 'Russian stem compound'),
    ('mt-07-eyebus', 'made up', None, CAL, 'was', L, 'составила'),
    ('mt-07-eyebus', 'told the chief doctor of the regional ophthalmological hospital Elena Kim', None, CAL, 'said Elena Kim, the chief doctor of the regional eye hospital', L, 'inverted attribution'),
    ('mt-07-eyebus', 'the most of the patients', None, CAL, 'most of the patients', L, 'article'),
    ('mt-07-eyebus', 'the settlement Ekimchan', None, CAL, 'the settlement of Ekimchan', L, 'bare apposition'),
    ('mt-07-eyebus', 'for the reception of an ophthalmologist', None, CAL, 'to see an ophthalmologist', L, 'word sense'),
    ('mt-07-eyebus', 'reduced twice', None, CAL, 'halved', L, 'multiplier'),

    ('mt-08-sawmill', '15 may', None, DN, '15 May', C, 'lowercase month'),
    ('mt-08-sawmill', 'the village Koygorodok', None, CAL, 'the village of Koygorodok', L, 'bare apposition'),
    ('mt-08-sawmill', 'The investments into the project made up', None, CAL, 'Investment in the project totalled', L, 'set phrase'),
    ('mt-08-sawmill', '1,9 billion', None, DN, '1.9 billion', C, 'decimal comma'),
    ('mt-08-sawmill', 'At the enterprise were created 180 workplaces', None, CAL, '180 jobs were created at the plant', L, 'word order'),
    ('mt-08-sawmill', 'the most of them', None, CAL, 'most of them', L, 'article'),
    ('mt-08-sawmill', 'increased by two times', None, CAL, 'doubled', L, 'multiplier'),
    ('mt-08-sawmill', 'noted the head of Komi Vladimir Uyba', None, CAL, 'said Vladimir Uyba, the head of Komi', L, 'inverted attribution'),
    ('mt-08-sawmill', 'shops', 'heat the shops', CAL, 'workshops', L, 'word sense (цех)'),
    ('mt-08-sawmill', 'told the director of the enterprise Pavel Lytkin', None, CAL, 'said Pavel Lytkin, the director of the plant', L, 'inverted attribution'),
    ('mt-08-sawmill', 'in the last years', None, CAL, 'in recent years', L, 'set phrase'),
    ('mt-08-sawmill', 'makes up', None, CAL, 'is', L, 'составляет'),
    ('mt-08-sawmill', '65 thousand roubles', None, DN, '65,000 roubles', C, 'N thousand'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 300), artifacts=(10, 16),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True, distinct_spans=True,
                 plain_controls=True, beats=BEATS))
