"""Gold for the held-out set written as blind28 (for eval/blind-mixed-24): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval, or from the folder above when this set sits in
eval/). Checks of this set: no two gold spans that would match each other under the scoring rule,
controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per MT doc,
250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds or
/work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -23 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record: mt-01..18 were drafted with inline marks
({{written=>correction|CAT|C/L}}, kept in src/source.md), their rows generated from the marks by
src/convert.py and pasted here; the controls were written directly as docs/neg-*.txt. The docs are
the source of truth for offsets.
Conventions as blind-mixed-23's (see README.md): attribution after the clause with the verb before
its source is a calque (likely) from the verb to the end of the source ("writes the portal
altai-today.ru", "informs the department of agrarian policy of the Voronezh region", "reports 35media.ru",
"passes URA.RU", "writes V1.ru", ...); a wrongly rendered name or leftover word is marked at every
occurrence (Quiet Ponds x2, bayanists x2, okhotoveds x2, dryings x2, Golden Ear x2, GIBDD x2,
bakhchas x2, pryaniki x2); "told that"-type calques are their own spans ("told that", "told about",
"told in an interview that"). Editorial glosses of seven kinds: a photo credit line (mt-01), an
editorial-office note line (mt-03), a Meta legal disclaimer in brackets (mt-06), a translator's note
line (mt-11), a "Reference." background line (mt-14), an agency signature after the dateline (mt-15),
a translator's note in square brackets (mt-18).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

# no set was written in parallel with this one
PARALLEL = ()
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-helipad': 'helicopter landing pad at a district hospital in the Altai Territory',
    'mt-02-pumpkins': 'giant pumpkin contest at a farm fair near Voronezh',
    'mt-03-kvass': 'barrel kvass returns to the streets of Kostroma',
    'mt-04-accordion': 'button accordion competition in Oryol',
    'mt-05-lynx': 'orphaned lynx at a wildlife rehabilitation centre near Irkutsk',
    'mt-06-hail': 'hailstorm damages crops in the Stavropol Territory',
    'mt-07-sushki': 'new sushki line at a Tver bakery plant',
    'mt-08-cabbage': 'white cabbage harvest in the Kurgan region',
    'mt-09-hydrofoil': 'new hydrofoil on the Nizhny Novgorod-Gorodets route',
    'mt-10-volleyball': "women's volleyball league match in Belgorod",
    'mt-11-archery': 'Surkharban archery festival in Ulan-Ude',
    'mt-12-elk': 'elk warning system on a Vologda highway',
    'mt-13-storks': 'record white stork count in a Kaliningrad village',
    'mt-14-ticks': 'tick bite season in the Krasnoyarsk Territory',
    'mt-15-watermelons': 'Astrakhan watermelon harvest',
    'mt-16-curling': 'first curling centre in the Urals opens in Chelyabinsk',
    'mt-17-samovars': 'new hall of travelling samovars at the Tula museum',
    'mt-18-tulips': 'steppe tulips bloom in the Volgograd region; picking fines',
}

ROWS = [
# BEGIN ROWS

    # mt-01-helipad
    ('mt-01-helipad', '14 october 2027', None, DN, '14 October 2027', C),
    ('mt-01-helipad', 'At the Zmeinogorsk central district hospital was put into operation a helicopter landing site', None, CAL, 'A helicopter landing pad has been put into service at Zmeinogorsk Central District Hospital', L),
    ('mt-01-helipad', 'writes the portal altai-today.ru', None, CAL, 'according to the portal altai-today.ru', L),
    ('mt-01-helipad', 'the sanitary aviation helicopters', None, CAL, 'air ambulance helicopters', L),
    ('mt-01-helipad', 'The cost of the works made up', None, CAL, 'The work cost', L),
    ('mt-01-helipad', '18,65 million', None, DN, '18.65 million', C),
    ('mt-01-helipad', 'told on Monday that', None, CAL, 'said on Monday that', L),
    ('mt-01-helipad', 'last winter we lost almost forty minutes on one call because the pitch had not been cleared of snow', None, PRO, 'last winter the hospital had lost almost forty minutes on one call because the pitch had not been cleared of snow', L),
    ('mt-01-helipad', 'It', None, PRO, 'He', C),
    ('mt-01-helipad', 'she', None, PRO, 'it', C),
    ('mt-01-helipad', 'Photo: press service of the Ministry of Health of the Altai Territory', None, GL, '', C),

    # mt-02-pumpkins
    ('mt-02-pumpkins', 'At the farm fair in the village of Ramon was weighed the largest pumpkin of the season', None, CAL, "The season's largest pumpkin was weighed at the farm fair in the village of Ramon", L),
    ('mt-02-pumpkins', 'Her', None, PRO, 'Its', C),
    ('mt-02-pumpkins', '412,6', None, DN, '412.6', C),
    ('mt-02-pumpkins', 'Quiet Ponds', 0, EN, 'Tikhiye Prudy', L),
    ('mt-02-pumpkins', 'confided that', None, CAL, 'said that', L),
    ('mt-02-pumpkins', 'I began growing giant pumpkins after my grandson brought seeds from Austria', None, PRO, 'she had begun growing giant pumpkins after her grandson brought seeds from Austria', L),
    ('mt-02-pumpkins', 'Second place took the pumpkin of a farmer from the Novousmansky district', None, CAL, 'Second place went to a pumpkin grown by a farmer from the Novousmansky district', L),
    ('mt-02-pumpkins', '«', None, PU, '“', C),
    ('mt-02-pumpkins', '»', None, PU, '”', C),
    ('mt-02-pumpkins', 'informs the regional department of agrarian policy', None, CAL, 'according to the regional agrarian policy department', L),
    ('mt-02-pumpkins', 'Quiet Ponds', 1, EN, 'Tikhiye Prudy', L),

    # mt-03-kvass
    ('mt-03-kvass', '21 june 2028', None, DN, '21 June 2028', C),
    ('mt-03-kvass', 'On the streets of Kostroma returned the yellow barrels with kvass', None, CAL, 'Yellow kvass barrels have returned to the streets of Kostroma', L),
    ('mt-03-kvass', '(Kvass is a traditional low-alcohol drink made by fermenting rye bread. — Note of the editorial office)', None, GL, '', C),
    ('mt-03-kvass', 'As informed the commercial director of the plant Artyom Sizov', None, CAL, "As the plant's commercial director Artyom Sizov said", L),
    ('mt-03-kvass', 'Its', None, PRO, 'His', C),
    ('mt-03-kvass', 'we buy rye malt only from Kostroma farmers, and the kvass lives no more than three days', None, PRO, 'the plant buys rye malt only from Kostroma farmers and the kvass keeps for no more than three days', L),
    ('mt-03-kvass', '0,5', None, DN, '0.5', C),
    ('mt-03-kvass', 'According to the data of Rospotrebnadzor', None, CAL, 'According to Rospotrebnadzor', L),
    ('mt-03-kvass', 'sanitary doctors', None, CAL, 'health inspectors', L),
    ('mt-03-kvass', 'In the city hall specified', None, CAL, 'The city hall specified', L),

    # mt-04-accordion
    ('mt-04-accordion', 'In Oryol were summed up the results', None, CAL, 'The results were announced in Oryol', L),
    ('mt-04-accordion', 'bayanists', 0, UN, 'button accordion players', L),
    ('mt-04-accordion', '«', None, PU, '“', C),
    ('mt-04-accordion', '»', None, PU, '”', C),
    ('mt-04-accordion', 'The Grand Prix received the 16-year-old student of the Oryol music college Denis Lapshin', None, CAL, 'The Grand Prix went to Denis Lapshin, a 16-year-old student at the Oryol music college', L),
    ('mt-04-accordion', 'It', None, PRO, 'He', C),
    ('mt-04-accordion', 'Astor Pyatstsolla', None, EN, 'Astor Piazzolla', L),
    ('mt-04-accordion', '640 thousand roubles', None, DN, '640,000 roubles', C),
    ('mt-04-accordion', 'honoured artist of Russia', None, IC, 'Honoured Artist of Russia', C),
    ('mt-04-accordion', 'the level this year turned out the highest in ten years, and we had to add two extra diplomas', None, PRO, 'the level this year was the highest in ten years and the jury had to add two extra diplomas', L),
    ('mt-04-accordion', 'bayanists', 1, UN, 'button accordion players', L),

    # mt-05-lynx
    ('mt-05-lynx', '3 march 2028', None, DN, '3 March 2028', C),
    ('mt-05-lynx', 'The young lynx, which hunters found exhausted near the village of Bolshaya Rechka, transferred to the rehabilitation centre for wild animals', None, CAL, 'The young lynx that hunters found exhausted near the village of Bolshaya Rechka has been handed over to the wild animal rehabilitation centre', L),
    ('mt-05-lynx', 'reports the press service of the regional service for the protection of the animal world', None, CAL, 'according to the press service of the regional wildlife protection service', L),
    ('mt-05-lynx', 'The head vet of the centre Oksana Kulikova', None, CAL, "Oksana Kulikova, the centre's head vet,", L),
    ('mt-05-lynx', 'the animal will spend the winter with us, and in spring we will release it into the taiga', None, PRO, 'the animal will spend the winter at the centre and be released into the taiga in spring', L),
    ('mt-05-lynx', 'He', None, PRO, 'It', C),
    ('mt-05-lynx', 'okhotoveds', 0, UN, 'game biologists', L),
    ('mt-05-lynx', '1,2 thousand animals', None, DN, '1,200 animals', C),
    ('mt-05-lynx', 'on the territory of the region', None, CAL, 'in the region', L),
    ('mt-05-lynx', 'okhotoveds', 1, UN, 'game biologists', L),
    ('mt-05-lynx', 'Dzheyms Rassel', None, EN, 'James Russell', L),

    # mt-06-hail
    ('mt-06-hail', 'Under the blow of the elements got', None, CAL, 'The worst hit were', L),
    ('mt-06-hail', 'In the Kursky district was introduced the regime of emergency situation', None, CAL, 'A state of emergency has been declared in the Kursky district', L),
    ('mt-06-hail', '1,9 thousand hectares', None, DN, '1,900 hectares', C),
    ('mt-06-hail', 'The damage is preliminarily estimated at', None, CAL, 'Preliminary estimates put the damage at', L),
    ('mt-06-hail', '73,5 million', None, DN, '73.5 million', C),
    ('mt-06-hail', ' (a Meta product; the company is banned in Russia as an extremist organisation)', None, GL, '', C),
    ('mt-06-hail', 'It', None, PRO, 'She', C),
    ('mt-06-hail', 'The agrarians', None, CAL, 'Farmers', L),
    ('mt-06-hail', 'The territorial ministry of agriculture', None, IC, "The territory's Ministry of Agriculture", C),

    # mt-07-sushki
    ('mt-07-sushki', '11 august 2028', None, DN, '11 August 2028', C),
    ('mt-07-sushki', '№', None, PU, 'No.', C),
    ('mt-07-sushki', 'dryings', 0, EN, 'sushki', L),
    ('mt-07-sushki', 'writes the newspaper Tverskaya Zhizn', None, CAL, 'according to the newspaper Tverskaya Zhizn', L),
    ('mt-07-sushki', 'allows to produce', None, CAL, 'can produce', L),
    ('mt-07-sushki', '4,5', None, DN, '4.5', C),
    ('mt-07-sushki', 'She', None, PRO, 'It', C),
    ('mt-07-sushki', 'in the framework of', None, CAL, 'under', L),
    ('mt-07-sushki', 'noted Fomichev', None, CAL, 'Fomichev noted', L),
    ('mt-07-sushki', 'dryings', 1, EN, 'sushki', L),

    # mt-08-cabbage
    ('mt-08-cabbage', 'In the Kurgan region started the cleaning of white cabbage', None, CAL, 'The white cabbage harvest has begun in the Kurgan region', L),
    ('mt-08-cabbage', '12,7 thousand tonnes', None, DN, '12,700 tonnes', C),
    ('mt-08-cabbage', 'The yield makes up 48 tonnes from a hectare', None, CAL, 'The yield is 48 tonnes per hectare', L),
    ('mt-08-cabbage', 'specified in the regional agricultural department', None, CAL, 'the regional agriculture department specified', L),
    ('mt-08-cabbage', 'Golden Furrow', 0, EN, 'Zolotaya Borozda', L),
    ('mt-08-cabbage', 'It', None, PRO, 'He', C),
    ('mt-08-cabbage', 'this year we cannot find enough hands, so students from the agricultural college help us on weekends', None, PRO, 'this year the farm could not find enough workers, so students from the agricultural college were helping at weekends', L),
    ('mt-08-cabbage', 'sauerkraut of own production', None, CAL, 'home-made sauerkraut', L),
    ('mt-08-cabbage', 'Golden Furrow', 1, EN, 'Zolotaya Borozda', L),

    # mt-09-hydrofoil
    ('mt-09-hydrofoil', '15 may 2028', None, DN, '15 May 2028', C),
    ('mt-09-hydrofoil', 'On the line Nizhny Novgorod — Gorodets went out a new hydrofoil', None, CAL, 'A new hydrofoil has entered service on the Nizhny Novgorod–Gorodets route', L),
    ('mt-09-hydrofoil', 'He', None, PRO, 'It', C),
    ('mt-09-hydrofoil', 'The travel time made up', None, CAL, 'The journey takes', L),
    ('mt-09-hydrofoil', '1,1 thousand roubles', None, DN, '1,100 roubles', C),
    ('mt-09-hydrofoil', 'informs the ministry of transport and motor roads of the Nizhny Novgorod region', None, CAL, "according to the Nizhny Novgorod region's Ministry of Transport and Roads", L),
    ('mt-09-hydrofoil', 'has told about', None, CAL, 'has talked about', L),
    ('mt-09-hydrofoil', '«', None, PU, '“', C),
    ('mt-09-hydrofoil', '»', None, PU, '”', C),
    ('mt-09-hydrofoil', 'added he', None, CAL, 'he added', L),
    ('mt-09-hydrofoil', 'касса', None, UN, 'ticket office', C),

    # mt-10-volleyball
    ('mt-10-volleyball', 'volleyballists', None, CAL, 'volleyball players', L),
    ('mt-10-volleyball', 'in the match of the 14th tour', None, CAL, 'in the 14th-round match', L),
    ('mt-10-volleyball', 'Super league', None, IC, 'Super League', C),
    ('mt-10-volleyball', '3:1', None, DN, '3-1', L),
    ('mt-10-volleyball', 'The most productive in the team of the hosts became', None, CAL, "The hosts' top scorer was", L),
    ('mt-10-volleyball', 'It', None, PRO, 'She', C),
    ('mt-10-volleyball', 'declared the head coach of the Belgorod club Sergei Lazarev', None, CAL, "said Sergei Lazarev, the Belgorod club's head coach", L),
    ('mt-10-volleyball', 'we still need to work on the block, because in the second set we gave away six points in a row', None, PRO, 'the team still needed to work on the block, because in the second set it had given away six points in a row', L),
    ('mt-10-volleyball', 'legionnaire', None, CAL, 'import', L),
    ('mt-10-volleyball', 'Zhuliana Alves', None, EN, 'Juliana Alves', L),
    ('mt-10-volleyball', 'The next match Belogorie will hold at home on 28 January against Lokomotiv', None, CAL, "Belogorie's next match is at home against Lokomotiv on 28 January", L),

    # mt-11-archery
    ('mt-11-archery', '30 july 2028', None, DN, '30 July 2028', C),
    ('mt-11-archery', 'At the racecourse of Ulan-Ude passed the republican Surkharban', None, CAL, 'The republican Surkharban was held at the Ulan-Ude racecourse', L),
    ('mt-11-archery', "(Surkharban is the Buryat summer festival of archery, wrestling and horse racing. — Translator's note)", None, GL, '', C),
    ('mt-11-archery', 'In the competitions on archery', None, CAL, 'In the archery competition', L),
    ('mt-11-archery', 'The winner became a 58-year-old herder from the Kizhinga district Dorzho Tsybikov', None, CAL, 'The winner was Dorzho Tsybikov, a 58-year-old herder from the Kizhinga district', L),
    ('mt-11-archery', 'It', None, PRO, 'He', C),
    ('mt-11-archery', '2,3 thousand spectators', None, DN, '2,300 spectators', C),
    ('mt-11-archery', 'The prize fund made up', None, CAL, 'Prize money totalled', L),
    ('mt-11-archery', '1,27 million', None, DN, '1.27 million', C),
    ('mt-11-archery', 'minister of sport and youth policy of Buryatia', None, IC, "Buryatia's Minister of Sport and Youth Policy", C),
    ('mt-11-archery', 'next year we will build a separate archery field with stands for 500 seats', None, PRO, 'next year the republic would build a separate archery field with a 500-seat stand', L),

    # mt-12-elk
    ('mt-12-elk', 'On the Vologda — Medvezhyegorsk highway was installed a system of warning about the exit of elks on the road', None, CAL, 'A system warning drivers of elks on the road has been installed on the Vologda–Medvezhyegorsk highway', L),
    ('mt-12-elk', 'reports 35media.ru', None, CAL, 'according to 35media.ru', L),
    ('mt-12-elk', 'She', None, PRO, 'It', C),
    ('mt-12-elk', 'Since the beginning of the year on the regional roads occurred', None, CAL, 'Since the start of the year there have been', L),
    ('mt-12-elk', 'GIBDD', 0, UN, 'traffic police', L),
    ('mt-12-elk', 'we ask drivers to slow down to 70 kilometres per hour on these sections in the dark', None, PRO, 'the police were asking drivers to slow down to 70 kilometres per hour on these sections after dark', L),
    ('mt-12-elk', '8,7 million', None, DN, '8.7 million', C),
    ('mt-12-elk', 'In the traffic police reminded', None, CAL, 'The traffic police reminded', L),
    ('mt-12-elk', 'DTP', None, UN, 'accidents', L),
    ('mt-12-elk', 'GIBDD', 1, UN, 'traffic police', L),

    # mt-13-storks
    ('mt-13-storks', '24 april 2028', None, DN, '24 April 2028', C),
    ('mt-13-storks', '«', None, PU, '“', C),
    ('mt-13-storks', '»', None, PU, '”', C),
    ('mt-13-storks', '12 thousand kilometres', None, DN, '12,000 kilometres', C),
    ('mt-13-storks', 'The biological station Rybachy conducts the ringing of birds since 1956', None, CAL, 'The Rybachy biological station has been ringing birds since 1956', L),
    ('mt-13-storks', "Vol'fgang Fidler", None, EN, 'Wolfgang Fiedler', L),
    ('mt-13-storks', 'institute of behaviour of animals of Max Planck', None, CAL, 'Max Planck Institute of Animal Behavior', L),
    ('mt-13-storks', 'told the correspondent of RIA Novosti the leading researcher of the station Andrei Pavlov', None, CAL, 'Andrei Pavlov, a senior researcher at the station, told a RIA Novosti correspondent', L),
    ('mt-13-storks', 'we see more young pairs, because the meadows around the village are no longer ploughed', None, PRO, 'more young pairs were being seen because the meadows around the village were no longer ploughed', L),
    ('mt-13-storks', 'she', None, PRO, 'it', C),
    ('mt-13-storks', 'He', None, PRO, 'It', C),

    # mt-14-ticks
    ('mt-14-ticks', 'Since April in the Krasnoyarsk Territory to doctors with tick bites addressed', None, CAL, 'Since April, the number of people in the Krasnoyarsk Territory who have seen doctors about tick bites has reached', L),
    ('mt-14-ticks', '6,8 thousand people', None, DN, '6,800 people', C),
    ('mt-14-ticks', 'informs the regional administration of Rospotrebnadzor', None, CAL, 'according to the regional branch of Rospotrebnadzor', L),
    ('mt-14-ticks', 'The acaricidal processing', None, CAL, 'Anti-tick spraying', L),
    ('mt-14-ticks', 'In the department recommended', None, CAL, 'The agency recommended', L),
    ('mt-14-ticks', 'children up to 18 years', None, CAL, 'children under 18', L),
    ('mt-14-ticks', 'Krasnoyarsk state medical university', None, IC, 'Krasnoyarsk State Medical University', C),
    ('mt-14-ticks', 'told in an interview that', None, CAL, 'said in an interview that', L),
    ('mt-14-ticks', 'ticks this year woke up two weeks earlier because of the warm April, and we expect the peak at the end of May', None, PRO, 'ticks had woken up two weeks earlier this year because of the warm April, and the peak was expected at the end of May', L),
    ('mt-14-ticks', 'It', None, PRO, 'She', C),
    ('mt-14-ticks', 'Reference. The Krasnoyarsk Territory is one of the regions of Russia where tick-borne encephalitis is endemic; about 40 of its 60 districts are considered dangerous.', None, GL, '', C),

    # mt-15-watermelons
    ('mt-15-watermelons', '12 august 2028', None, DN, '12 August 2028', C),
    ('mt-15-watermelons', ' (RIA Novosti)', None, GL, '', C),
    ('mt-15-watermelons', 'In the Astrakhan region began the mass gathering of watermelons', None, CAL, 'The mass watermelon harvest has begun in the Astrakhan region', L),
    ('mt-15-watermelons', '400 thousand tonnes', None, DN, '400,000 tonnes', C),
    ('mt-15-watermelons', 'The wholesale price for today makes', None, CAL, 'The wholesale price currently stands at', L),
    ('mt-15-watermelons', 'Its', None, PRO, 'His', C),
    ('mt-15-watermelons', 'bakhchas', 0, UN, 'melon fields', L),
    ('mt-15-watermelons', 'I hired 40 seasonal workers from Uzbekistan and still do not manage to load all the trucks in time', None, PRO, 'he had hired 40 seasonal workers from Uzbekistan and still could not load all the trucks in time', L),
    ('mt-15-watermelons', 'can lie until the New Year', None, CAL, 'keeps until New Year', L),
    ('mt-15-watermelons', 'In the regional ministry of agriculture noted', None, CAL, 'The regional agriculture ministry noted', L),
    ('mt-15-watermelons', 'bakhchas', 1, UN, 'melon fields', L),

    # mt-16-curling
    ('mt-16-curling', 'In Chelyabinsk opened the first in the Urals curling centre', None, CAL, 'The first curling centre in the Urals has opened in Chelyabinsk', L),
    ('mt-16-curling', 'He', 0, PRO, 'It', C),
    ('mt-16-curling', 'passes URA.RU', None, CAL, 'according to URA.RU', L),
    ('mt-16-curling', 'regional ministry of physical culture and sport', None, IC, 'regional Ministry of Physical Culture and Sport', C),
    ('mt-16-curling', '70 thousand roubles', None, DN, '70,000 roubles', C),
    ('mt-16-curling', 'emphasised the director of the centre Aleksandr Sheremet', None, CAL, "said Aleksandr Sheremet, the centre's director", L),
    ('mt-16-curling', 'sportsmen of the regional team', None, CAL, "the regional team's athletes", L),
    ('mt-16-curling', 'the track', None, CAL, 'a sheet', L),
    ('mt-16-curling', 'Brayan Makdonald', None, EN, 'Brian McDonald', L),
    ('mt-16-curling', 'the national team of Russia', None, CAL, 'the Russian national team', L),

    # mt-17-samovars
    ('mt-17-samovars', '28 november 2028', None, DN, '28 November 2028', C),
    ('mt-17-samovars', 'In the Tula museum of samovars opened a new hall', None, CAL, 'A new hall has opened at the Tula Samovar Museum', L),
    ('mt-17-samovars', 'He', None, PRO, 'It', C),
    ('mt-17-samovars', 'he', None, PRO, 'it', C),
    ('mt-17-samovars', 'the workshop of the brothers Lisitsyn', None, CAL, "the Lisitsyn brothers' workshop", L),
    ('mt-17-samovars', '«', None, PU, '“', C),
    ('mt-17-samovars', '»', None, PU, '”', C),
    ('mt-17-samovars', 'says the director of the museum Olga Kireeva', None, CAL, "says Olga Kireeva, the museum's director", L),
    ('mt-17-samovars', 'pryaniki', 0, UN, 'gingerbread', L),
    ('mt-17-samovars', '120 thousand visitors', None, DN, '120,000 people', C),
    ('mt-17-samovars', 'pryaniki', 1, UN, 'gingerbread', L),

    # mt-18-tulips
    ('mt-18-tulips', 'In the steppes of the Volgograd region began the mass flowering of tulips', None, CAL, 'Tulips have begun to bloom en masse in the steppes of the Volgograd region', L),
    ('mt-18-tulips', 'writes V1.ru', None, CAL, 'according to V1.ru', L),
    ('mt-18-tulips', 'For tearing tulips threatens a fine', None, CAL, 'Picking tulips carries a fine', L),
    ('mt-18-tulips', '4,2 thousand roubles', None, DN, '4,200 roubles', C),
    ('mt-18-tulips', 'regional Red book', None, IC, 'regional Red Book', C),
    ('mt-18-tulips', "[Translator's note: the Red Book is the official list of rare and endangered species of plants and animals.]", None, GL, '', C),
    ('mt-18-tulips', 'committee of natural resources, forestry and ecology', None, IC, 'Committee of Natural Resources, Forestry and Ecology', C),
    ('mt-18-tulips', 'we have put up 40 information boards and ask tourists not to leave the paths', None, PRO, 'the park had put up 40 information boards and was asking tourists not to leave the paths', L),
    ('mt-18-tulips', 'It', None, PRO, 'He', C),
    ('mt-18-tulips', 'reminded that', None, CAL, 'pointed out that', L),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, notes_under=PARALLEL, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", *(f"blind-mixed-{i}" for i in range(2, 24)))), details=True))
