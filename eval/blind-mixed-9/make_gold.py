"""Gold for the held-out set blind13 (to become eval/blind-mixed-9): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -8 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources src*.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind13 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-recycling': 'waste sorting',
    'mt-02-dogshelter': 'stray dog shelter',
    'mt-03-haymaking': 'hay harvest',
    'mt-04-bathhouse': 'public bathhouse',
    'mt-05-elevators': 'lift replacement',
    'mt-06-algae': 'algae bloom',
    'mt-07-duckhunt': 'spring waterfowl hunt',
    'mt-08-seabuckthorn': 'sea buckthorn harvest',
    'mt-09-canteen': 'school meals',
    'mt-10-flax': 'flax growing',
    'mt-11-storks': 'stork census',
    'mt-12-bears': 'bears in town',
    'mt-13-orienteering': 'orienteering',
    'mt-14-kettlebell': 'kettlebell lifting',
    'mt-15-tractors': 'tractor plant',
    'mt-16-airambulance': 'air ambulance',
    'mt-17-parking': 'paid parking',
    'mt-18-crafts': 'folk crafts fair',
}

ROWS = [

    # mt-01-recycling
    ('mt-01-recycling', 'march', None, DN, 'March', C, 'date/number format'),
    ('mt-01-recycling', 'Clean Horizon', None, EN, 'Chisty Gorizont', L, 'name rendered by meaning / through Russian'),
    ('mt-01-recycling', 'About this told journalists the general director of the operator Vadim Ostrovsky', None, CAL, "The operator's general director Vadim Ostrovsky told journalists about this", L, 'calque'),
    ('mt-01-recycling', '18 thousand', None, DN, '18,000', C, 'date/number format'),
    ('mt-01-recycling', '1,4 times', None, DN, '1.4 times', C, 'date/number format'),
    ('mt-01-recycling', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-01-recycling', 'its', None, PRO, 'her', C, 'pronoun'),
    ('mt-01-recycling', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-01-recycling', 'our containers overflow', None, PRO, 'the containers in her yard overflow', L, 'pronoun'),
    ('mt-01-recycling', 'In the Ministry of Ecology of the region said', None, CAL, "The region's Ministry of Ecology said", L, 'calque'),
    ('mt-01-recycling', '4,8%', None, DN, '4.8%', C, 'date/number format'),

    # mt-02-dogshelter
    ('mt-02-dogshelter', '11 february', None, DN, '11 February', C, 'date/number format'),
    ('mt-02-dogshelter', 'told RIA Novosti in the committee of urban economy of the city administration', None, CAL, "the city administration's urban economy committee told RIA Novosti", L, 'calque'),
    ('mt-02-dogshelter', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-02-dogshelter', '38,5 million', None, DN, '38.5 million', C, 'date/number format'),
    ('mt-02-dogshelter', 'Warm House', None, EN, 'Tyoply Dom', L, 'name rendered by meaning / through Russian'),
    ('mt-02-dogshelter', 'OSVV', None, UN, 'catch-neuter-vaccinate-return', L, 'untranslated leftover'),
    ('mt-02-dogshelter', 'The director of the shelter Oksana Belykh', None, CAL, 'Shelter director Oksana Belykh', L, 'calque'),
    ('mt-02-dogshelter', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-02-dogshelter', '1,3 thousand', None, DN, '1,300', C, 'date/number format'),
    ('mt-02-dogshelter', 'we use them', None, PRO, 'the shelter uses them', L, 'pronoun'),
    ('mt-02-dogshelter', 'veterinary service of the Irkutsk region', None, IC, 'Veterinary Service of the Irkutsk Region', C, 'lowercased institution name'),

    # mt-03-haymaking
    ('mt-03-haymaking', '8 july', None, DN, '8 July', C, 'date/number format'),
    ('mt-03-haymaking', 'reported Interfax in the regional ministry of agriculture and food', None, CAL, 'the regional Ministry of Agriculture and Food told Interfax', L, 'calque'),
    ('mt-03-haymaking', 'Especially difficult the situation is', None, CAL, 'The situation is especially difficult', L, 'calque'),
    ('mt-03-haymaking', 'In comparison with the last year', None, CAL, 'Compared with last year', L, 'calque'),
    ('mt-03-haymaking', 'kropotov', None, NC, 'Kropotov', C, 'lowercased surname'),
    ('mt-03-haymaking', 'Beyond the River', None, EN, 'Zarechye', L, 'name rendered by meaning / through Russian'),
    ('mt-03-haymaking', 'senazh', None, UN, 'haylage', L, 'untranslated leftover'),
    ('mt-03-haymaking', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-03-haymaking', '96 thousand', None, DN, '96,000', C, 'date/number format'),
    ('mt-03-haymaking', '2,7 billion', None, DN, '2.7 billion', C, 'date/number format'),
    ('mt-03-haymaking', 'we ourselves will need', None, PRO, 'the region itself will need', L, 'pronoun'),

    # mt-04-bathhouse
    ('mt-04-bathhouse', 'Informed about this the press service of the city administration', None, CAL, "The city administration's press service reported this", L, 'calque'),
    ('mt-04-bathhouse', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-04-bathhouse', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-04-bathhouse', 'Her', None, PRO, 'Its', C, 'pronoun'),
    ('mt-04-bathhouse', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-04-bathhouse', '24,6 million', None, DN, '24.6 million', C, 'date/number format'),
    ('mt-04-bathhouse', 'kamenka', None, UN, 'sauna stove', L, 'untranslated leftover'),
    ('mt-04-bathhouse', 'invalids', None, CAL, 'people with disabilities', L, 'calque'),
    ('mt-04-bathhouse', 'department of housing and communal services', None, IC, 'Department of Housing and Communal Services', C, 'lowercased institution name'),
    ('mt-04-bathhouse', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-04-bathhouse', 'we have nowhere else to wash', None, PRO, 'residents have nowhere else to wash', L, 'pronoun'),

    # mt-05-elevators
    ('mt-05-elevators', 'it is reported in the release distributed by the regional operator', None, CAL, 'the regional operator said in a statement', L, 'calque'),
    ('mt-05-elevators', 'Yyldyz Asansyor', None, EN, 'Yıldız Asansör', L, 'name rendered by meaning / through Russian'),
    ('mt-05-elevators', '3,1 million', None, DN, '3.1 million', C, 'date/number format'),
    ('mt-05-elevators', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-05-elevators', 'zavyalova', None, NC, 'Zavyalova', C, 'lowercased surname'),
    ('mt-05-elevators', '12 thousand', None, DN, '12,000', C, 'date/number format'),
    ('mt-05-elevators', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-05-elevators', 'we cannot start', None, PRO, 'the fund cannot start', L, 'pronoun'),
    ('mt-05-elevators', 'UK', None, UN, 'management companies', L, 'untranslated leftover'),
    ('mt-05-elevators', 'state housing inspection of the Samara region', None, IC, 'State Housing Inspectorate of the Samara Region', C, 'lowercased institution name'),
    ('mt-05-elevators', 'capital repair', None, CAL, 'major repairs', L, 'calque'),

    # mt-06-algae
    ('mt-06-algae', 'сине-зелёных', None, UN, 'blue-green', C, 'untranslated leftover'),
    ('mt-06-algae', 'reported in the Don basin water administration', None, CAL, 'the Don Basin Water Administration reported', L, 'calque'),
    ('mt-06-algae', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-06-algae', '0,8 milligrams', None, DN, '0.8 milligrams', C, 'date/number format'),
    ('mt-06-algae', ' (the reservoir supplies drinking water to three districts. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-06-algae', 'does not recommend to bathe', None, CAL, 'advises against swimming', L, 'calque'),
    ('mt-06-algae', '38 thousand', None, DN, '38,000', C, 'date/number format'),
    ('mt-06-algae', 'yarovoy', None, NC, 'Yarovoy', C, 'lowercased surname'),
    ('mt-06-algae', 'Volgograd state university', None, IC, 'Volgograd State University', C, 'lowercased institution name'),
    ('mt-06-algae', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-06-algae', 'I warned', None, PRO, 'he had warned', L, 'pronoun'),

    # mt-07-duckhunt
    ('mt-07-duckhunt', 'follows from the order of the state committee on natural resources', None, CAL, 'according to the order of the regional State Committee on Natural Resources', L, 'calque'),
    ('mt-07-duckhunt', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-07-duckhunt', 'putyovka', None, UN, 'hunting permit', L, 'untranslated leftover'),
    ('mt-07-duckhunt', 'In the last year', None, CAL, 'Last year', L, 'calque'),
    ('mt-07-duckhunt', '3,6 thousand', None, DN, '3,600', C, 'date/number format'),
    ('mt-07-duckhunt', 'The chairman of the society of hunters and fishermen of the district Yuri Panteleev', None, CAL, "Yuri Panteleev, chairman of the district hunters' and fishermen's society", L, 'calque'),
    ('mt-07-duckhunt', 'you cannot shoot', None, PRO, 'hunters cannot shoot', L, 'pronoun'),
    ('mt-07-duckhunt', 'Crane Homeland', None, EN, 'Zhuravlinaya Rodina', L, 'name rendered by meaning / through Russian'),
    ('mt-07-duckhunt', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-07-duckhunt', 'all-Russian society of hunters and fishermen', None, IC, 'All-Russian Society of Hunters and Fishermen', C, 'lowercased institution name'),

    # mt-08-seabuckthorn
    ('mt-08-seabuckthorn', '9 september', None, DN, '9 September', C, 'date/number format'),
    ('mt-08-seabuckthorn', 'is evaluated in', None, CAL, 'is estimated at', L, 'calque'),
    ('mt-08-seabuckthorn', '14 thousand', None, DN, '14,000', C, 'date/number format'),
    ('mt-08-seabuckthorn', ' (last year the harvest was lower because of frost in May. — TASS)', None, GL, '', C, 'outlet insertion'),
    ('mt-08-seabuckthorn', 'Golden Berry', None, EN, 'Zolotaya Yagoda', L, 'name rendered by meaning / through Russian'),
    ('mt-08-seabuckthorn', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-08-seabuckthorn', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-08-seabuckthorn', 'our pickers earn', None, PRO, 'her pickers earn', L, 'pronoun'),
    ('mt-08-seabuckthorn', 'oblepikha', None, UN, 'sea buckthorn', L, 'untranslated leftover'),
    ('mt-08-seabuckthorn', 'reception points', None, CAL, 'collection points', L, 'calque'),
    ('mt-08-seabuckthorn', 'Federal Altai scientific centre of agrobiotechnologies', None, IC, 'Federal Altai Scientific Centre of Agrobiotechnologies', C, 'lowercased institution name'),

    # mt-09-canteen
    ('mt-09-canteen', 'Free hot meals now receive all pupils of the first to fourth grades', None, CAL, 'All pupils of the first to fourth grades now receive free hot meals', L, 'calque'),
    ('mt-09-canteen', '97,6 roubles', None, DN, '97.6 roubles', C, 'date/number format'),
    ('mt-09-canteen', 'Youth', None, EN, 'Yunost', L, 'name rendered by meaning / through Russian'),
    ('mt-09-canteen', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-09-canteen', 'dorzhieva', None, NC, 'Dorzhieva', C, 'lowercased surname'),
    ('mt-09-canteen', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-09-canteen', 'SanPiN', None, UN, 'sanitary rules', L, 'untranslated leftover'),
    ('mt-09-canteen', 'In the result of the check', None, CAL, 'As a result of the inspection', L, 'calque'),
    ('mt-09-canteen', 'our children do not eat', None, PRO, 'their children do not eat', L, 'pronoun'),
    ('mt-09-canteen', 'ministry of education and science of Buryatia', None, IC, 'Ministry of Education and Science of Buryatia', C, 'lowercased institution name'),

    # mt-10-flax
    ('mt-10-flax', '5 october', None, DN, '5 October', C, 'date/number format'),
    ('mt-10-flax', 'grew on 18%', None, CAL, 'grew by 18%', L, 'calque'),
    ('mt-10-flax', '6,4 thousand', None, DN, '6,400', C, 'date/number format'),
    ('mt-10-flax', 'noted in the department of agriculture', None, CAL, 'the agriculture department noted', L, 'calque'),
    ('mt-10-flax', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-10-flax', 'tresta', None, UN, 'retted straw', L, 'untranslated leftover'),
    ('mt-10-flax', 'Northern Fibre', None, EN, 'Severnoye Volokno', L, 'name rendered by meaning / through Russian'),
    ('mt-10-flax', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-10-flax', 'The deputy governor of the region Alexei Troshin', None, CAL, 'Deputy Governor Alexei Troshin', L, 'calque'),
    ('mt-10-flax', 'I instructed', None, PRO, 'he had instructed', L, 'pronoun'),
    ('mt-10-flax', 'federal research centre for bast crops', None, IC, 'Federal Research Centre for Bast Crops', C, 'lowercased institution name'),

    # mt-11-storks
    ('mt-11-storks', '1,1 thousand', None, DN, '1,100', C, 'date/number format'),
    ('mt-11-storks', 'counted the ornithologists of the national park Smolenskoye Poozerye', None, CAL, 'ornithologists of the Smolenskoye Poozerye National Park counted', L, 'calque'),
    ('mt-11-storks', 'on the poles of electric transmission lines', None, CAL, 'on power line poles', L, 'calque'),
    ('mt-11-storks', 'polyakova', None, NC, 'Polyakova', C, 'lowercased surname'),
    ('mt-11-storks', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-11-storks', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-11-storks', 'Yanush Kovalsky', None, EN, 'Janusz Kowalski', L, 'name rendered by meaning / through Russian'),
    ('mt-11-storks', 'гнездовий', None, UN, 'nesting sites', C, 'untranslated leftover'),
    ('mt-11-storks', 'union for the conservation of birds of Russia', None, IC, 'Union for the Conservation of Birds of Russia', C, 'lowercased institution name'),
    ('mt-11-storks', 'you found', None, PRO, 'they find', L, 'pronoun'),

    # mt-12-bears
    ('mt-12-bears', 'reported in the ministry of natural resources of the Kamchatka territory', None, CAL, "the Kamchatka Territory's Ministry of Natural Resources reported", L, 'calque'),
    ('mt-12-bears', 'Northern Hills', None, EN, 'Severnye Sopki', L, 'name rendered by meaning / through Russian'),
    ('mt-12-bears', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-12-bears', '2,2 metres', None, DN, '2.2 metres', C, 'date/number format'),
    ('mt-12-bears', '22 thousand', None, DN, '22,000', C, 'date/number format'),
    ('mt-12-bears', 'okhotinspektor', None, UN, 'game warden', L, 'untranslated leftover'),
    ('mt-12-bears', 'shirokov', None, NC, 'Shirokov', C, 'lowercased surname'),
    ('mt-12-bears', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-12-bears', 'our patrols cannot cover', None, PRO, 'the patrols cannot cover', L, 'pronoun'),
    ('mt-12-bears', 'approach to them', None, CAL, 'approach them', L, 'calque'),

    # mt-13-orienteering
    ('mt-13-orienteering', 'The championship of Russia on orienteering', None, CAL, 'The Russian Orienteering Championship', L, 'calque'),
    ('mt-13-orienteering', '20 august', None, DN, '20 August', C, 'date/number format'),
    ('mt-13-orienteering', '1,7 thousand', None, DN, '1,700', C, 'date/number format'),
    ('mt-13-orienteering', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-13-orienteering', 'lipatova', None, NC, 'Lipatova', C, 'lowercased surname'),
    ('mt-13-orienteering', 'became the champion on the long distance', None, CAL, 'became the long-distance champion', L, 'calque'),
    ('mt-13-orienteering', 'its', None, PRO, 'her', C, 'pronoun'),
    ('mt-13-orienteering', 'I got lost', None, PRO, 'she had got lost', L, 'pronoun'),
    ('mt-13-orienteering', 'Yukhan Svensson', None, EN, 'Johan Svensson', L, 'name rendered by meaning / through Russian'),
    ('mt-13-orienteering', 'KMS', None, UN, 'candidate master of sport', L, 'untranslated leftover'),
    ('mt-13-orienteering', 'Federation of sports orienteering of Russia', None, IC, 'Federation of Sports Orienteering of Russia', C, 'lowercased institution name'),

    # mt-14-kettlebell
    ('mt-14-kettlebell', '8 december', None, DN, '8 December', C, 'date/number format'),
    ('mt-14-kettlebell', 'on kettlebell lifting', None, CAL, 'in kettlebell lifting', L, 'calque'),
    ('mt-14-kettlebell', 'said the press service of the regional sports department', None, CAL, "the regional sports department's press service said", L, 'calque'),
    ('mt-14-kettlebell', 'girevik', None, UN, 'kettlebell lifter', L, 'untranslated leftover'),
    ('mt-14-kettlebell', 'kharisov', None, NC, 'Kharisov', C, 'lowercased surname'),
    ('mt-14-kettlebell', 'In the exercise long cycle', None, CAL, 'In the long-cycle event', L, 'calque'),
    ('mt-14-kettlebell', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-14-kettlebell', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-14-kettlebell', '73,2 kilograms', None, DN, '73.2 kilograms', C, 'date/number format'),
    ('mt-14-kettlebell', 'I trained', None, PRO, 'he had trained', L, 'pronoun'),
    ('mt-14-kettlebell', 'Andris Kalninsh', None, EN, 'Andris Kalniņš', L, 'name rendered by meaning / through Russian'),

    # mt-15-tractors
    ('mt-15-tractors', 'Steppe Horse', None, EN, 'Stepnoy Kon', L, 'name rendered by meaning / through Russian'),
    ('mt-15-tractors', '14,2%', None, DN, '14.2%', C, 'date/number format'),
    ('mt-15-tractors', '2,9 thousand', None, DN, '2,900', C, 'date/number format'),
    ('mt-15-tractors', 'follows from the accounting of the company', None, CAL, "according to the company's accounts", L, 'calque'),
    ('mt-15-tractors', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-tractors', 'agrarians', None, CAL, 'farmers', L, 'calque'),
    ('mt-15-tractors', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-15-tractors', 'we will not raise', None, PRO, 'the plant will not raise', L, 'pronoun'),
    ('mt-15-tractors', 'postanovleniye 1432', None, UN, 'Government Decree No. 1432', L, 'untranslated leftover'),
    ('mt-15-tractors', 'Russian export centre', None, IC, 'Russian Export Center', C, 'lowercased institution name'),

    # mt-16-airambulance
    ('mt-16-airambulance', 'sanitary aviation', None, CAL, 'the air ambulance service', L, 'calque'),
    ('mt-16-airambulance', 'made 412 departures', None, CAL, 'flew 412 missions', L, 'calque'),
    ('mt-16-airambulance', '1,6 thousand', None, DN, '1,600', C, 'date/number format'),
    ('mt-16-airambulance', 'explained the head of the territorial centre of medicine of catastrophes Yevgenia Kvasova', None, CAL, 'Yevgenia Kvasova, head of the regional disaster medicine centre, explained', L, 'calque'),
    ('mt-16-airambulance', 'FAP', None, UN, 'rural health post', L, 'untranslated leftover'),
    ('mt-16-airambulance', ' (the helicopter refuels in Leshukonskoye. — TASS)', None, GL, '', C, 'outlet insertion'),
    ('mt-16-airambulance', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-16-airambulance', '1,25 billion', None, DN, '1.25 billion', C, 'date/number format'),
    ('mt-16-airambulance', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-16-airambulance', 'we fly', None, PRO, 'the crews fly', L, 'pronoun'),
    ('mt-16-airambulance', 'kvasova', None, NC, 'Kvasova', C, 'lowercased surname'),

    # mt-17-parking
    ('mt-17-parking', 'will expand on 14 streets', None, CAL, 'will be extended to 14 streets', L, 'calque'),
    ('mt-17-parking', 'city duma of Krasnodar', None, IC, 'Krasnodar City Duma', C, 'lowercased institution name'),
    ('mt-17-parking', 'MKU', None, UN, 'municipal institution', L, 'untranslated leftover'),
    ('mt-17-parking', 'City Parkings', None, EN, 'Gorodskiye Parkovki', L, 'name rendered by meaning / through Russian'),
    ('mt-17-parking', '2,6 thousand', None, DN, '2,600', C, 'date/number format'),
    ('mt-17-parking', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-17-parking', 'For the non-payment', None, CAL, 'For failing to pay', L, 'calque'),
    ('mt-17-parking', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-17-parking', 'our residents will get', None, PRO, 'local residents will get', L, 'pronoun'),
    ('mt-17-parking', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-17-parking', '»', None, PU, '"', C, 'Russian quote marks'),

    # mt-18-crafts
    ('mt-18-crafts', 'folk artistic crafts', None, CAL, 'folk crafts', L, 'calque'),
    ('mt-18-crafts', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-18-crafts', 'On the fair were brought', None, CAL, 'Brought to the fair were', L, 'calque'),
    ('mt-18-crafts', '3,8 million', None, DN, '3.8 million', C, 'date/number format'),
    ('mt-18-crafts', 'бересты', None, UN, 'birch bark', C, 'untranslated leftover'),
    ('mt-18-crafts', 'lyskova', None, NC, 'Lyskova', C, 'lowercased surname'),
    ('mt-18-crafts', 'Its', 0, PRO, 'Her', C, 'pronoun'),
    ('mt-18-crafts', 'my grandmother taught', None, PRO, 'her grandmother had taught', L, 'pronoun'),
    ('mt-18-crafts', 'Golden Hands', None, EN, 'Zolotye Ruki', L, 'name rendered by meaning / through Russian'),
    ('mt-18-crafts', 'regional house of folk art', None, IC, 'Regional House of Folk Art', C, 'lowercased institution name'),
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
                                "/work/main/eval/blind-mixed-7/gold.jsonl",
                                "/work/main/eval/blind-mixed-8/gold.jsonl"), details=True))
