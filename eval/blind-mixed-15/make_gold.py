"""Gold for the held-out set written as blind19 (for eval/blind-mixed-15): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -14 (their gold
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
    'mt-01-lindens': 'felling of old lime trees on a city street',
    'mt-02-cows': 'stray cattle on a federal highway',
    'mt-03-dam': 'repair of an earthen village pond dam',
    'mt-04-gusli': 'gusli (psaltery) festival',
    'mt-05-snowmen': 'snowman parade in a city park',
    'mt-06-fry': 'zander fry released into a reservoir',
    'mt-07-apples': 'apple harvest in intensive orchards',
    'mt-08-firewood': 'subsidised firewood for stove-heated villages',
    'mt-09-beaches': 'city beaches opening after water tests',
    'mt-10-rollerski': 'rollerski championship',
    'mt-11-bats': 'bat count in wintering caves',
    'mt-12-scarecrows': 'village scarecrow festival',
    'mt-13-lifeguards': 'water rescue station and drownings',
    'mt-14-gingerbread': 'gingerbread factory output and export',
    'mt-15-tabletennis': 'national table tennis cup',
    'mt-16-hydrants': 'fire hydrant inspection',
    'mt-17-aurora': 'northern lights tourism',
    'mt-18-mobileshops': 'mobile shop vans for remote villages',
}

ROWS = [
# BEGIN ROWS

    # mt-01-lindens
    ('mt-01-lindens', '19 april', None, DN, '19 April', C, 'date/number format'),
    ('mt-01-lindens', 'told the agency the deputy head of the city administration Oleg Sviridkin', None, CAL, 'Oleg Sviridkin, deputy head of the city administration, told the agency', L, 'inverted attribution'),
    ('mt-01-lindens', 'Green Quarter', None, EN, 'Zelyony Kvartal', L, 'firm name rendered by meaning'),
    ('mt-01-lindens', 'she', None, PRO, 'it', C, 'pronoun: Russian gender (липа)'),
    ('mt-01-lindens', 'аварийных', None, UN, 'hazardous', C, 'Cyrillic leftover'),
    ('mt-01-lindens', 'sviridkin', None, NC, 'Sviridkin', C, 'lowercased surname'),
    ('mt-01-lindens', 'compensatory landing', None, CAL, 'compensatory planting', L, 'word-for-word sense (посадка)'),
    ('mt-01-lindens', '37 thousand roubles', None, DN, '37,000 roubles', C, 'N thousand'),
    ('mt-01-lindens', 'It', 'It intends', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-01-lindens', 'independent examination', None, CAL, 'independent assessment', L, 'word-for-word sense (экспертиза)'),
    ('mt-01-lindens', ' (In Tambov about 19 thousand trees grow along the streets, most of them were planted in the 1950s and 1960s. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-02-cows
    ('mt-02-cows', '28 june', None, DN, '28 June', C, 'date/number format'),
    ('mt-02-cows', 'with participation of cows and horses', None, CAL, 'involving cows and horses', L, 'calque (с участием)'),
    ('mt-02-cows', 'reported in the regional department of the state traffic inspectorate', None, CAL, 'the regional traffic police department reported', L, 'subjectless attribution'),
    ('mt-02-cows', 'she', 'she is not subject', PRO, 'it', C, 'pronoun: Russian gender (машина)'),
    ('mt-02-cows', 'not subject to restoration', None, CAL, 'beyond repair', L, 'calque (восстановлению не подлежит)'),
    ('mt-02-cows', 'Big Meadows', None, EN, 'Bolshiye Luga', L, 'village name rendered by meaning'),
    ('mt-02-cows', 'brought to administrative responsibility', None, CAL, 'held administratively liable', L, 'calque'),
    ('mt-02-cows', 'KoAP', None, UN, 'the Code of Administrative Offences', L, 'Russian acronym'),
    ('mt-02-cows', 'It', 'It was fined', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-02-cows', '1,5 thousand roubles', None, DN, '1,500 roubles', C, 'decimal comma + thousand'),
    ('mt-02-cows', 'we do not have money for a new electric fence, and the old one was broken by the animals themselves', None, PRO, 'he did not have money for a new electric fence, and the old one had been broken by the animals themselves', L, 'reported speech left in 1st person'),

    # mt-03-dam
    ('mt-03-dam', '31 august', None, DN, '31 August', C, 'date/number format'),
    ('mt-03-dam', 'until the end of September', None, CAL, 'by the end of September', L, 'calque (до конца)'),
    ('mt-03-dam', 'told TASS in the regional ministry of ecology', None, CAL, 'the regional ecology ministry told TASS', L, 'subjectless attribution'),
    ('mt-03-dam', 'she', 'she was never', PRO, 'it', C, 'pronoun: Russian gender (плотина)'),
    ('mt-03-dam', 'repaired capitally', None, CAL, 'overhauled', L, 'calque (капитально ремонтировалась)'),
    ('mt-03-dam', 'body of the dam', None, CAL, 'embankment', L, 'word-for-word sense (тело плотины)'),
    ('mt-03-dam', '61,3 million', None, DN, '61.3 million', C, 'decimal comma'),
    ('mt-03-dam', 'Black Earth Construction', None, EN, 'Chernozemstroi', L, 'firm name rendered by meaning'),
    ('mt-03-dam', 'federal agency of water resources', None, IC, 'Federal Agency for Water Resources', C, 'institution casing'),
    ('mt-03-dam', ' (The Usmanka is a left tributary of the Voronezh river, its length is 151 km. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-04-gusli
    ('mt-04-gusli', '7 july', None, DN, '7 July', C, 'date/number format'),
    ('mt-04-gusli', '«', None, PU, '"', C, 'guillemet'),
    ('mt-04-gusli', '»', None, PU, '"', C, 'guillemet'),
    ('mt-04-gusli', 'told the TASS correspondent the artistic director of the festival Mikhail Zvyagintsev', None, CAL, 'the festival\'s artistic director Mikhail Zvyagintsev told a TASS correspondent', L, 'inverted attribution'),
    ('mt-04-gusli', 'Its', 'Its ensemble', PRO, 'His', C, 'pronoun: its for a person'),
    ('mt-04-gusli', 'He', 'He was found', PRO, 'It', C, 'pronoun: Russian gender (инструмент)'),
    ('mt-04-gusli', 'Yukha Lekhtinen', None, EN, 'Juha Lehtinen', L, 'foreign name back-transliterated'),
    ('mt-04-gusli', 'гусляров', None, UN, 'gusli players', C, 'Cyrillic leftover'),
    ('mt-04-gusli', 'playing on gusli', None, CAL, 'playing the gusli', L, 'prepositional calque (игре на гуслях)'),
    ('mt-04-gusli', '4,5 thousand spectators', None, DN, '4,500 spectators', C, 'decimal comma + thousand'),
    ('mt-04-gusli', 'we want every child in Novgorod to hear the real sound of the gusli at least once', None, PRO, 'the organisers want every child in Novgorod to hear the real sound of the gusli at least once', L, 'reported speech left in 1st person'),

    # mt-05-snowmen
    ('mt-05-snowmen', '27 january', None, DN, '27 January', C, 'date/number format'),
    ('mt-05-snowmen', 'passed the parade of snowmen', None, CAL, 'a parade of snowmen was held', L, 'calque (прошёл парад)'),
    ('mt-05-snowmen', 'department of culture and youth affairs', None, IC, 'Department of Culture and Youth Affairs', C, 'institution casing'),
    ('mt-05-snowmen', '4,2', None, DN, '4.2', C, 'decimal comma'),
    ('mt-05-snowmen', 'she', 'she was made', PRO, 'it', C, 'pronoun: Russian gender (фигура)'),
    ('mt-05-snowmen', 'It', 'It noted', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-05-snowmen', '300 thousand roubles', None, DN, '300,000 roubles', C, 'N thousand'),
    ('mt-05-snowmen', 'Ural Frost', None, EN, 'Uralsky Moroz', L, 'firm name rendered by meaning'),
    ('mt-05-snowmen', 'морковки', None, UN, 'carrots', C, 'Cyrillic leftover'),
    ('mt-05-snowmen', 'you can vote for the favourite snowman on the website of the city administration until Sunday', None, PRO, 'residents can vote for their favourite snowman on the city administration website until Sunday', L, 'reported speech left in 2nd person'),
    ('mt-05-snowmen', ' (The parade of snowmen is held in Perm for the fifth time. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-06-fry
    ('mt-06-fry', '13 june', None, DN, '13 June', C, 'date/number format'),
    ('mt-06-fry', '1,2 million', None, DN, '1.2 million', C, 'decimal comma'),
    ('mt-06-fry', 'Kuibyshevskoye vodokhranilishche', None, UN, 'Kuibyshev Reservoir', L, 'transliterated leftover'),
    ('mt-06-fry', 'reported the press service of the Middle Volga territorial administration of Rosrybolovstvo', None, CAL, 'the press service of the Middle Volga territorial administration of Rosrybolovstvo reported', L, 'inverted attribution'),
    ('mt-06-fry', 'fish-breeding plant', None, CAL, 'fish hatchery', L, 'word-for-word sense (рыбоводный завод)'),
    ('mt-06-fry', 'he', 'he grows', PRO, 'it', C, 'pronoun: Russian gender (завод)'),
    ('mt-06-fry', '1,5', None, DN, '1.5', C, 'decimal comma'),
    ('mt-06-fry', 'in the account of compensation of damage to water biological resources', None, CAL, 'as compensation for damage to aquatic life', L, 'calque (в счёт компенсации ущерба)'),
    ('mt-06-fry', 'Kama Bank', None, EN, 'Kamsky Bereg', L, 'firm name rendered by meaning'),
    ('mt-06-fry', 'ministry of agriculture and food of Tatarstan', None, IC, 'Ministry of Agriculture and Food of Tatarstan', C, 'institution casing'),
    ('mt-06-fry', 'we grow the fry in pools with Volga water', None, PRO, 'the plant grows the fry in pools with Volga water', L, 'reported speech left in 1st person'),

    # mt-07-apples
    ('mt-07-apples', '18 september', None, DN, '18 September', C, 'date/number format'),
    ('mt-07-apples', '112,7 thousand tonnes', None, DN, '112,700 tonnes', C, 'decimal comma + thousand'),
    ('mt-07-apples', 'reported in the regional management of agriculture', None, CAL, 'the regional agriculture department reported', L, 'subjectless attribution'),
    ('mt-07-apples', 'gardens of intensive type', None, CAL, 'intensive orchards', L, 'calque'),
    ('mt-07-apples', '«', None, PU, '"', C, 'guillemet'),
    ('mt-07-apples', '»', None, PU, '"', C, 'guillemet'),
    ('mt-07-apples', 'Sweet Valley', None, EN, 'Sladkaya Dolina', L, 'firm name rendered by meaning'),
    ('mt-07-apples', 'It', 'It explained', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-07-apples', 'she', 'she needs', PRO, 'it', C, 'pronoun: Russian gender (яблоня)'),
    ('mt-07-apples', 'Yatsek Novak', None, EN, 'Jacek Nowak', L, 'foreign name back-transliterated'),
    ('mt-07-apples', 'we will not be able to sell all apples by the end of the year', None, PRO, 'the company will not be able to sell all its apples by the end of the year', L, 'reported speech left in 1st person'),

    # mt-08-firewood
    ('mt-08-firewood', '1 october', None, DN, '1 October', C, 'date/number format'),
    ('mt-08-firewood', 'said at a briefing the minister of natural resources and timber industrial complex of the region Igor Strelnikov', None, CAL, 'Igor Strelnikov, the regional minister of natural resources and forestry, said at a briefing', L, 'inverted attribution'),
    ('mt-08-firewood', 'Its', 'Its ministry', PRO, 'His', C, 'pronoun: its for a person'),
    ('mt-08-firewood', 'lesozagotoviteli', None, UN, 'logging companies', L, 'transliterated leftover'),
    ('mt-08-firewood', '1,8 thousand roubles', None, DN, '1,800 roubles', C, 'decimal comma + thousand'),
    ('mt-08-firewood', 'per cube', None, CAL, 'per cubic metre', L, 'word-for-word sense (куб)'),
    ('mt-08-firewood', 'Black Stream', 0, EN, 'Chyorny Ruchei', L, 'village name rendered by meaning'),
    ('mt-08-firewood', 'we will close all applications before the frosts', None, PRO, 'the ministry would meet all applications before the frosts', L, 'reported speech left in 1st person'),
    ('mt-08-firewood', 'private sector', None, CAL, 'private houses', L, 'word-for-word sense (частный сектор)'),
    ('mt-08-firewood', 'She', 'She heats', PRO, 'It', C, 'pronoun: Russian gender (печь)'),
    ('mt-08-firewood', ' (In the Arkhangelsk region about a third of the housing stock has stove heating. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-09-beaches
    ('mt-09-beaches', '30 may', None, DN, '30 May', C, 'date/number format'),
    ('mt-09-beaches', 'correspond to the sanitary norms', None, CAL, 'meet sanitary standards', L, 'calque'),
    ('mt-09-beaches', 'reported the deputy mayor of the city Artyom Kolesov', None, CAL, 'deputy mayor Artyom Kolesov said', L, 'inverted attribution'),
    ('mt-09-beaches', 'center of hygiene and epidemiology', None, IC, 'Centre for Hygiene and Epidemiology', C, 'institution casing'),
    ('mt-09-beaches', 'intestinal stick', None, CAL, 'E. coli', L, 'word-for-word sense (кишечная палочка)'),
    ('mt-09-beaches', 'It', 'It explained', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-09-beaches', '14,5', None, DN, '14.5', C, 'decimal comma'),
    ('mt-09-beaches', 'she', 'she is still too cold', PRO, 'it', C, 'pronoun: Russian gender (Обь)'),
    ('mt-09-beaches', 'we ask parents not to leave children at the water without supervision even for a minute', None, PRO, 'the city asks parents not to leave children at the water without supervision even for a minute', L, 'reported speech left in 1st person'),
    ('mt-09-beaches', ' (The length of the Ob within the city is about 17 km. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-10-rollerski
    ('mt-10-rollerski', '11 august', None, DN, '11 August', C, 'date/number format'),
    ('mt-10-rollerski', 'the race on 15 km by classic style', None, CAL, 'the 15 km classic race', L, 'prepositional calque'),
    ('mt-10-rollerski', 'Championship of Russia on rollerskis', None, CAL, 'Russian Rollerski Championships', L, 'event title word for word'),
    ('mt-10-rollerski', 'which passes these days', None, CAL, 'being held this week', L, 'word-for-word sense (проходит)'),
    ('mt-10-rollerski', 'tikhomirova', None, NC, 'Tikhomirova', C, 'lowercased surname'),
    ('mt-10-rollerski', '0,8', None, DN, '0.8', C, 'decimal comma'),
    ('mt-10-rollerski', 'She', 'She has a length', PRO, 'It', C, 'pronoun: Russian gender (трасса)'),
    ('mt-10-rollerski', 'It', 'It noted', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-10-rollerski', 'prize places', None, CAL, 'podium places', L, 'calque (призовые места)'),
    ('mt-10-rollerski', 'Yukhannes Khyogelund', None, EN, 'Johannes Høgelund', L, 'foreign name back-transliterated'),
    ('mt-10-rollerski', ' (The rollerski season in Russia lasts from May to October. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-11-bats
    ('mt-11-bats', '20 february', None, DN, '20 February', C, 'date/number format'),
    ('mt-11-bats', '4,3 thousand bats', None, DN, '4,300 bats', C, 'decimal comma + thousand'),
    ('mt-11-bats', 'reported the press service of the reserve', None, CAL, 'the press service of the reserve reported', L, 'inverted attribution'),
    ('mt-11-bats', '«', None, PU, '"', C, 'guillemet'),
    ('mt-11-bats', '»', None, PU, '"', C, 'guillemet'),
    ('mt-11-bats', 'Sugar Cave', None, EN, 'Sakharnaya Cave', L, 'place name rendered by meaning'),
    ('mt-11-bats', 'She', 'She wakes', PRO, 'It', C, 'pronoun: Russian gender (летучая мышь)'),
    ('mt-11-bats', 'scientific employee', None, CAL, 'research fellow', L, 'title word for word (научный сотрудник)'),
    ('mt-11-bats', 'It', 'It has been studying', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-11-bats', 'we count the bats only once a year and stay in each hall for no more than ten minutes', None, PRO, 'the scientists count the bats only once a year and stay in each hall for no more than ten minutes', L, 'reported speech left in 1st person'),
    ('mt-11-bats', 'ночниц', None, UN, 'mouse-eared bats', C, 'Cyrillic leftover'),

    # mt-12-scarecrows
    ('mt-12-scarecrows', 'Cuckoo Grove', None, EN, 'Kukushkina Roshcha', L, 'village name rendered by meaning'),
    ('mt-12-scarecrows', 'In the contest participated', None, CAL, 'Taking part in the contest were', L, 'Russian word order'),
    ('mt-12-scarecrows', 'reported in the regional ministry of culture', None, CAL, 'the regional culture ministry reported', L, 'subjectless attribution'),
    ('mt-12-scarecrows', '„', None, PU, '"', C, 'Russian quote mark'),
    ('mt-12-scarecrows', '“', None, PU, '"', C, 'Russian quote mark'),
    ('mt-12-scarecrows', 'selsovet', None, UN, 'village council', L, 'transliterated leftover'),
    ('mt-12-scarecrows', '2,5 thousand guests', None, DN, '2,500 guests', C, 'decimal comma + thousand'),
    ('mt-12-scarecrows', 'she', 'she was woven', PRO, 'it', C, 'pronoun: Russian gender (шляпа)'),
    ('mt-12-scarecrows', 'It', 'It says the idea', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-12-scarecrows', 'I collect old clothes from the whole street, and the neighbours bring me everything they do not need', None, PRO, 'she collects old clothes from the whole street, and the neighbours bring her everything they do not need', L, 'reported speech left in 1st person'),
    ('mt-12-scarecrows', 'creative collectives', None, CAL, 'amateur ensembles', L, 'word-for-word sense (творческие коллективы)'),

    # mt-13-lifeguards
    ('mt-13-lifeguards', '4 july', None, DN, '4 July', C, 'date/number format'),
    ('mt-13-lifeguards', 'pulled out from the water three people', None, CAL, 'pulled three people out of the water', L, 'Russian word order'),
    ('mt-13-lifeguards', 'in a state of alcoholic intoxication', None, CAL, 'drunk', L, 'calque'),
    ('mt-13-lifeguards', 'told TASS the head of the station Dmitry Karaulov', None, CAL, 'the head of the station Dmitry Karaulov told TASS', L, 'inverted attribution'),
    ('mt-13-lifeguards', 'She', 'She hit', PRO, 'It', C, 'pronoun: Russian gender (лодка)'),
    ('mt-13-lifeguards', 'karaulov', None, NC, 'Karaulov', C, 'lowercased surname'),
    ('mt-13-lifeguards', 'It', 'It added', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-13-lifeguards', 'GIMS', None, UN, 'the small vessels inspectorate', L, 'Russian acronym'),
    ('mt-13-lifeguards', 'in the region drowned 17 people', None, CAL, '17 people have drowned in the region', L, 'Russian word order'),
    ('mt-13-lifeguards', 'unequipped places for bathing', None, CAL, 'unsupervised swimming spots', L, 'calque'),
    ('mt-13-lifeguards', ' (In the Yaroslavl region there are 11 official beaches this year. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-14-gingerbread
    ('mt-14-gingerbread', '26 november', None, DN, '26 November', C, 'date/number format'),
    ('mt-14-gingerbread', 'Honey Hut', None, EN, 'Medovaya Izba', L, 'firm name rendered by meaning'),
    ('mt-14-gingerbread', 'printed gingerbread', None, CAL, 'stamped gingerbread', L, 'word-for-word sense (печатный пряник)'),
    ('mt-14-gingerbread', '12,4', None, DN, '12.4', C, 'decimal comma'),
    ('mt-14-gingerbread', 'told Interfax the general director of the factory Svetlana Kuzmenko', None, CAL, 'the factory\'s director general Svetlana Kuzmenko told Interfax', L, 'inverted attribution'),
    ('mt-14-gingerbread', 'he', 'he was baked', PRO, 'it', C, 'pronoun: Russian gender (пряник)'),
    ('mt-14-gingerbread', 'she', 'she is kept', PRO, 'it', C, 'pronoun: Russian gender (форма)'),
    ('mt-14-gingerbread', 'Mikhael Shmidt', None, EN, 'Michael Schmidt', L, 'foreign name back-transliterated'),
    ('mt-14-gingerbread', 'we do not use preservatives and keep the recipe of the 19th century, only the sugar became less', None, PRO, 'the factory does not use preservatives and keeps the 19th-century recipe, only with less sugar', L, 'reported speech left in 1st person'),
    ('mt-14-gingerbread', 'повидлом', None, UN, 'jam', C, 'Cyrillic leftover'),

    # mt-15-tabletennis
    ('mt-15-tabletennis', '31 march', None, DN, '31 March', C, 'date/number format'),
    ('mt-15-tabletennis', 'Cup of Russia on table tennis', None, CAL, 'Russian Table Tennis Cup', L, 'event title word for word'),
    ('mt-15-tabletennis', 'with the account 4:2', None, CAL, '4-2', L, 'calque (со счётом)'),
    ('mt-15-tabletennis', 'korneeva', None, NC, 'Korneeva', C, 'lowercased surname'),
    ('mt-15-tabletennis', 'Chzhan Lin', None, EN, 'Zhang Lin', L, 'Chinese name back-transliterated'),
    ('mt-15-tabletennis', 'It', 'It works', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-15-tabletennis', 'the first place took the team of Tatarstan', None, CAL, 'the Tatarstan team took first place', L, 'Russian word order'),
    ('mt-15-tabletennis', 'He', 'He was delivered', PRO, 'It', C, 'pronoun: Russian gender (стол)'),
    ('mt-15-tabletennis', '1,2 million', None, DN, '1.2 million', C, 'decimal comma'),

    # mt-16-hydrants
    ('mt-16-hydrants', '4 october', None, DN, '4 October', C, 'date/number format'),
    ('mt-16-hydrants', 'reported in the prosecutor\'s office of the district', None, CAL, 'the district prosecutor\'s office reported', L, 'subjectless attribution'),
    ('mt-16-hydrants', 'in non-working condition', None, CAL, 'out of order', L, 'calque'),
    ('mt-16-hydrants', 'GU MChS', None, UN, 'the regional emergencies ministry directorate', L, 'Russian acronym'),
    ('mt-16-hydrants', 'he', 'he was filled', PRO, 'it', C, 'pronoun: Russian gender (гидрант)'),
    ('mt-16-hydrants', 'It', 'It submitted', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-16-hydrants', 'submitted a presentation', None, CAL, 'issued a formal demand', L, 'word-for-word sense (представление)'),
    ('mt-16-hydrants', '200 thousand roubles', None, DN, '200,000 roubles', C, 'N thousand'),
    ('mt-16-hydrants', 'zheltukhin', None, NC, 'Zheltukhin', C, 'lowercased surname'),
    ('mt-16-hydrants', 'we lose precious minutes looking for a working hydrant at night', None, PRO, 'they lose precious minutes looking for a working hydrant at night', L, 'reported speech left in 1st person'),
    ('mt-16-hydrants', ' (The Leninsky district is one of the largest in Omsk, about 160,000 people live there. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-17-aurora
    ('mt-17-aurora', '13 december', None, DN, '13 December', C, 'date/number format'),
    ('mt-17-aurora', 'northern shining', None, CAL, 'northern lights', L, 'word-for-word sense (северное сияние)'),
    ('mt-17-aurora', 'increased on 18 percent', None, CAL, 'increased by 18 percent', L, 'prepositional calque'),
    ('mt-17-aurora', 'told RIA Novosti the chair of the regional committee for tourism Anna Belyaeva', None, CAL, 'Anna Belyaeva, chair of the regional tourism committee, told RIA Novosti', L, 'inverted attribution'),
    ('mt-17-aurora', '23,5 thousand', None, DN, '23,500', C, 'decimal comma + thousand'),
    ('mt-17-aurora', '«', None, PU, '"', C, 'guillemet'),
    ('mt-17-aurora', '»', None, PU, '"', C, 'guillemet'),
    ('mt-17-aurora', 'Its', 'Its group', PRO, 'His', C, 'pronoun: its for a person'),
    ('mt-17-aurora', 'Takesi Yamamoto', None, EN, 'Takeshi Yamamoto', L, 'Japanese name back-transliterated'),
    ('mt-17-aurora', 'I have come to Russia for the third time and have never seen such bright lights', None, PRO, 'he had come to Russia for the third time and had never seen such bright lights', L, 'reported speech left in 1st person'),
    ('mt-17-aurora', 'she', 'she froze', PRO, 'it', C, 'pronoun: Russian gender (фотокамера)'),

    # mt-18-mobileshops
    ('mt-18-mobileshops', '24 february', None, DN, '24 February', C, 'date/number format'),
    ('mt-18-mobileshops', 'low-populated settlements', None, CAL, 'sparsely populated villages', L, 'calque (малонаселённые)'),
    ('mt-18-mobileshops', 'avtolavki', None, UN, 'mobile shops', L, 'transliterated leftover'),
    ('mt-18-mobileshops', 'department of economic development of the Kostroma region', None, IC, 'Department of Economic Development of the Kostroma Region', C, 'institution casing'),
    ('mt-18-mobileshops', 'in the size of', None, CAL, 'of', L, 'calque (в размере)'),
    ('mt-18-mobileshops', '2,7 million', None, DN, '2.7 million', C, 'decimal comma'),
    ('mt-18-mobileshops', 'райпо', None, UN, 'district consumer society', C, 'Cyrillic leftover'),
    ('mt-18-mobileshops', 'Bear Corner', None, EN, 'Medvezhy Ugol', L, 'village name rendered by meaning'),
    ('mt-18-mobileshops', 'She', 'She stops', PRO, 'It', C, 'pronoun: Russian gender (машина)'),
    ('mt-18-mobileshops', 'It', 'It says that', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-18-mobileshops', 'we bring bread, groceries and medicines on order', None, PRO, 'she brings bread, groceries and medicines to order', L, 'reported speech left in 1st person'),

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
                     "blind-mixed-13", "blind-mixed-14")), details=True))
