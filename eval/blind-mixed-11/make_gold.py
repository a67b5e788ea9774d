"""Gold for the held-out set eval/blind-mixed-11 (written as blind15): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -10 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources src1-3.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-snowplough': 'snow-clearing machines',
    'mt-02-pontoon': 'pontoon bridge',
    'mt-03-bookmobile': 'mobile library bus',
    'mt-04-wells': 'village wells',
    'mt-05-triathlon': 'triathlon cup',
    'mt-06-aquarium': 'oceanarium opening',
    'mt-07-hydrofoil': 'river hydrofoils',
    'mt-08-saltworks': 'lake salt extraction',
    'mt-09-goats': 'goat farm',
    'mt-10-funicular': 'funicular',
    'mt-11-pigeons': 'pigeon race',
    'mt-12-icerink': 'covered ice rink',
    'mt-13-karting': 'karting championship',
    'mt-14-feldsher': 'rural health post',
    'mt-15-kumis': 'koumiss farm',
    'mt-16-lapta': 'lapta championship',
    'mt-17-blacksmith': 'blacksmith festival',
    'mt-18-hotspring': 'hot spring complex',
}

ROWS = [

    # mt-01-snowplough
    ('mt-01-snowplough', '31 october', None, DN, '31 October', C, 'date/number format'),
    ('mt-01-snowplough', '612,4 million roubles', None, DN, '612.4 million roubles', C, 'date/number format'),
    ('mt-01-snowplough', 'informed in the department of energy, housing and communal economy of the city', None, CAL, "the city's department of energy, housing and utilities said", L, 'calque'),
    ('mt-01-snowplough', 'Northern Blade', None, EN, 'Severny Otval', L, 'name rendered by meaning / through Russian'),
    ('mt-01-snowplough', 'snow-clearing technique', None, CAL, 'snow-clearing machinery', L, 'calque'),
    ('mt-01-snowplough', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-01-snowplough', 'degtyarev', None, NC, 'Degtyarev', C, 'lowercased surname'),
    ('mt-01-snowplough', 'will allow to clear', None, CAL, 'will make it possible to clear', L, 'calque'),
    ('mt-01-snowplough', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-01-snowplough', 'we will not leave the courtyards', None, PRO, 'the city will not leave the courtyards', L, 'pronoun'),
    ('mt-01-snowplough', 'DEU', None, UN, 'road maintenance units', L, 'untranslated leftover'),

    # mt-02-pontoon
    ('mt-02-pontoon', '4 may', None, DN, '4 May', C, 'date/number format'),
    ('mt-02-pontoon', 'exploitation', None, CAL, 'operation', L, 'calque'),
    ('mt-02-pontoon', 'reports the press service of the regional government', None, CAL, "the regional government's press service reported", L, 'calque'),
    ('mt-02-pontoon', 'he', 0, PRO, 'it', C, 'pronoun'),
    ('mt-02-pontoon', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-02-pontoon', 'Reliable Bridge', None, EN, 'Nadyozhny Most', L, 'name rendered by meaning / through Russian'),
    ('mt-02-pontoon', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-02-pontoon', 'shestakov', None, NC, 'Shestakov', C, 'lowercased surname'),
    ('mt-02-pontoon', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-02-pontoon', 'we will begin designing', None, PRO, 'the district will begin designing', L, 'pronoun'),
    ('mt-02-pontoon', ' (in 2023 the crossing stayed closed for a week because of high water. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-03-bookmobile
    ('mt-03-bookmobile', '27 august', None, DN, '27 August', C, 'date/number format'),
    ('mt-03-bookmobile', 'on the base of', None, CAL, 'built on', L, 'calque'),
    ('mt-03-bookmobile', 'reported to the TASS correspondent in the regional library', None, CAL, 'the regional library told TASS', L, 'calque'),
    ('mt-03-bookmobile', '3,65 thousand', None, DN, '3,650', C, 'date/number format'),
    ('mt-03-bookmobile', 'NEB', None, UN, 'National Electronic Library', L, 'untranslated leftover'),
    ('mt-03-bookmobile', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-03-bookmobile', 'ministry of culture of the Altai Territory', None, IC, 'Ministry of Culture of the Altai Territory', C, 'lowercased institution name'),
    ('mt-03-bookmobile', 'Mattias Khofman', None, EN, 'Matthias Hoffmann', L, 'name rendered by meaning / through Russian'),
    ('mt-03-bookmobile', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-03-bookmobile', 'gorshkova', None, NC, 'Gorshkova', C, 'lowercased surname'),
    ('mt-03-bookmobile', 'wait for us', None, PRO, 'wait for the bus', L, 'pronoun'),

    # mt-04-wells
    ('mt-04-wells', '23 june', None, DN, '23 June', C, 'date/number format'),
    ('mt-04-wells', 'In the frames of', None, CAL, 'Under', L, 'calque'),
    ('mt-04-wells', 'declared the deputy governor Sergei Ponomaryov', None, CAL, 'Deputy Governor Sergei Ponomaryov said', L, 'calque'),
    ('mt-04-wells', '14,2 thousand', None, DN, '14,200', C, 'date/number format'),
    ('mt-04-wells', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-04-wells', 'Clean Spring', None, EN, 'Chisty Rodnik', L, 'name rendered by meaning / through Russian'),
    ('mt-04-wells', 'vodoochistnaya', None, UN, 'water purification', L, 'untranslated leftover'),
    ('mt-04-wells', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-04-wells', 'we have waited for this for twenty years', None, PRO, 'the villagers had waited for this for twenty years', L, 'pronoun'),
    ('mt-04-wells', 'department of natural resources and ecology of the region', None, IC, 'Department of Natural Resources and Ecology of the region', C, 'lowercased institution name'),
    ('mt-04-wells', 'krivonos', None, NC, 'Krivonos', C, 'lowercased surname'),

    # mt-05-triathlon
    ('mt-05-triathlon', '3 july', None, DN, '3 July', C, 'date/number format'),
    ('mt-05-triathlon', 'The Cup of Russia on triathlon', None, CAL, 'The Russian Triathlon Cup', L, 'calque'),
    ('mt-05-triathlon', '1,5 kilometres', None, DN, '1.5 kilometres', C, 'date/number format'),
    ('mt-05-triathlon', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-05-triathlon', 'Lukas Myuller', None, EN, 'Lukas Müller', L, 'name rendered by meaning / through Russian'),
    ('mt-05-triathlon', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-05-triathlon', 'yarovaya', None, NC, 'Yarovaya', C, 'lowercased surname'),
    ('mt-05-triathlon', 'I almost fell on the bridge', None, PRO, 'she almost fell on the bridge', L, 'pronoun'),
    ('mt-05-triathlon', 'KMS', None, UN, 'Candidate Master of Sport', L, 'untranslated leftover'),
    ('mt-05-triathlon', 'federation of triathlon of Russia', None, IC, 'Triathlon Federation of Russia', C, 'lowercased institution name'),
    ('mt-05-triathlon', ' (last year the stage in Tula was cancelled because of the heat. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-06-aquarium
    ('mt-06-aquarium', '26 february', None, DN, '26 February', C, 'date/number format'),
    ('mt-06-aquarium', 'Blue Bay', None, EN, 'Golubaya Bukhta', L, 'name rendered by meaning / through Russian'),
    ('mt-06-aquarium', 'said in the press service of the company-investor', None, CAL, "the investor company's press service said", L, 'calque'),
    ('mt-06-aquarium', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-06-aquarium', '1,2 million litres', None, DN, '1.2 million litres', C, 'date/number format'),
    ('mt-06-aquarium', 'скатов', None, UN, 'rays', C, 'untranslated leftover'),
    ('mt-06-aquarium', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-06-aquarium', 'told the chief ichthyologist of the oceanarium Oksana Meleshko', None, CAL, "said Oksana Meleshko, the oceanarium's chief ichthyologist", L, 'calque'),
    ('mt-06-aquarium', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-06-aquarium', 'we feed the sharks', None, PRO, 'the staff feed the sharks', L, 'pronoun'),
    ('mt-06-aquarium', 'ministry of tourism of the Nizhny Novgorod region', None, IC, 'Ministry of Tourism of the Nizhny Novgorod Region', C, 'lowercased institution name'),

    # mt-07-hydrofoil
    ('mt-07-hydrofoil', '29 april', None, DN, '29 April', C, 'date/number format'),
    ('mt-07-hydrofoil', 'motor ships on underwater wings', None, CAL, 'hydrofoils', L, 'calque'),
    ('mt-07-hydrofoil', 'reported in the ministry of transport and highways of the region', None, CAL, 'the regional ministry of transport and highways said', L, 'calque'),
    ('mt-07-hydrofoil', 'flight', None, CAL, 'service', L, 'calque'),
    ('mt-07-hydrofoil', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-07-hydrofoil', '62,5 kilometres per hour', None, DN, '62.5 kilometres per hour', C, 'date/number format'),
    ('mt-07-hydrofoil', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-07-hydrofoil', 'guryanov', None, NC, 'Guryanov', C, 'lowercased surname'),
    ('mt-07-hydrofoil', 'we sound the horn every few minutes', None, PRO, 'the crews sound the horn every few minutes', L, 'pronoun'),
    ('mt-07-hydrofoil', 'rechnoy vokzal', None, UN, 'river station', L, 'untranslated leftover'),
    ('mt-07-hydrofoil', '48,6 thousand', None, DN, '48,600', C, 'date/number format'),

    # mt-08-saltworks
    ('mt-08-saltworks', '16 september', None, DN, '16 September', C, 'date/number format'),
    ('mt-08-saltworks', 'White Crystal', None, EN, 'Bely Kristall', L, 'name rendered by meaning / through Russian'),
    ('mt-08-saltworks', 'informed RIA Novosti the general director of the enterprise Marat Isengaliev', None, CAL, "Marat Isengaliev, the company's general director, told RIA Novosti", L, 'calque'),
    ('mt-08-saltworks', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-08-saltworks', 'рапой', None, UN, 'brine', C, 'untranslated leftover'),
    ('mt-08-saltworks', 'isengaliev', None, NC, 'Isengaliev', C, 'lowercased surname'),
    ('mt-08-saltworks', '96,3 thousand tonnes', None, DN, '96,300 tonnes', C, 'date/number format'),
    ('mt-08-saltworks', 'food salt', None, CAL, 'table salt', L, 'calque'),
    ('mt-08-saltworks', 'It', 0, PRO, 'She', C, 'pronoun'),
    ('mt-08-saltworks', 'we lose almost a month every spring', None, PRO, 'the company loses almost a month every spring', L, 'pronoun'),
    ('mt-08-saltworks', 'committee of natural resources of the Volgograd region', None, IC, 'Committee of Natural Resources of the Volgograd Region', C, 'lowercased institution name'),

    # mt-09-goats
    ('mt-09-goats', '19 march', None, DN, '19 March', C, 'date/number format'),
    ('mt-09-goats', '1,15 thousand', None, DN, '1,150', C, 'date/number format'),
    ('mt-09-goats', 'Zaanen', None, EN, 'Saanen', L, 'name rendered by meaning / through Russian'),
    ('mt-09-goats', 'reported in the ministry of agriculture of the territory', None, CAL, "the territory's agriculture ministry reported", L, 'calque'),
    ('mt-09-goats', 'peasant farm economy', None, CAL, 'family farm', L, 'calque'),
    ('mt-09-goats', 'she', 0, PRO, 'it', C, 'pronoun'),
    ('mt-09-goats', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-09-goats', 'kravets', None, NC, 'Kravets', C, 'lowercased surname'),
    ('mt-09-goats', 'our cheese is bought', None, PRO, 'her cheese is bought', L, 'pronoun'),
    ('mt-09-goats', 'ministry of agriculture of the Stavropol Territory', None, IC, 'Ministry of Agriculture of the Stavropol Territory', C, 'lowercased institution name'),
    ('mt-09-goats', ' (in 2024 there were about 14,000 goats in farms of the region. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-10-funicular
    ('mt-10-funicular', '7 october', None, DN, '7 October', C, 'date/number format'),
    ('mt-10-funicular', 'stated the director of the GUP Kurortny Park Ruslan Tebuev', None, CAL, 'said Ruslan Tebuev, director of the state enterprise Kurortny Park', L, 'calque'),
    ('mt-10-funicular', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-10-funicular', '1,4 kilometres', None, DN, '1.4 kilometres', C, 'date/number format'),
    ('mt-10-funicular', 'Shtaiger Zeilbann', None, EN, 'Steiger Seilbahn', L, 'name rendered by meaning / through Russian'),
    ('mt-10-funicular', '2,35 thousand', None, DN, '2,350', C, 'date/number format'),
    ('mt-10-funicular', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-10-funicular', 'we have reduced the price', None, PRO, 'the park has reduced the price', L, 'pronoun'),
    ('mt-10-funicular', 'composition', None, CAL, 'cabin', L, 'calque'),
    ('mt-10-funicular', 'dzhatdoeva', None, NC, 'Dzhatdoeva', C, 'lowercased surname'),

    # mt-11-pigeons
    ('mt-11-pigeons', '12 june', None, DN, '12 June', C, 'date/number format'),
    ('mt-11-pigeons', '1,45 thousand', None, DN, '1,450', C, 'date/number format'),
    ('mt-11-pigeons', 'federation of sports pigeon breeding of Russia', None, IC, 'Russian Sports Pigeon Federation', C, 'lowercased institution name'),
    ('mt-11-pigeons', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-11-pigeons', '72,2 kilometres per hour', None, DN, '72.2 kilometres per hour', C, 'date/number format'),
    ('mt-11-pigeons', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-11-pigeons', 'chumachenko', None, NC, 'Chumachenko', C, 'lowercased surname'),
    ('mt-11-pigeons', 'Yan Vermeylen', None, EN, 'Jan Vermeulen', L, 'name rendered by meaning / through Russian'),
    ('mt-11-pigeons', 'Sports pigeon breeding', None, CAL, 'Pigeon racing', L, 'calque'),
    ('mt-11-pigeons', 'Told about the results the chief judge of the race Sergei Vartanov', None, CAL, 'The chief judge of the race, Sergei Vartanov, announced the results', L, 'calque'),
    ('mt-11-pigeons', 'we will move the start', None, PRO, 'the federation will move the start', L, 'pronoun'),

    # mt-12-icerink
    ('mt-12-icerink', '25 november', None, DN, '25 November', C, 'date/number format'),
    ('mt-12-icerink', 'reported the press service of the Chelyabinsk governor', None, CAL, "the Chelyabinsk governor's press service reported", L, 'calque'),
    ('mt-12-icerink', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-12-icerink', 'sports object', None, CAL, 'sports facility', L, 'calque'),
    ('mt-12-icerink', 'DYuSSh', None, UN, 'youth sports school', L, 'untranslated leftover'),
    ('mt-12-icerink', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-12-icerink', '4,5 centimetres', None, DN, '4.5 centimetres', C, 'date/number format'),
    ('mt-12-icerink', 'zakharchenko', None, NC, 'Zakharchenko', C, 'lowercased surname'),
    ('mt-12-icerink', 'we will give free hours', None, PRO, 'the rink will give free hours', L, 'pronoun'),
    ('mt-12-icerink', 'ministry of sport of the Chelyabinsk region', None, IC, 'Ministry of Sport of the Chelyabinsk Region', C, 'lowercased institution name'),
    ('mt-12-icerink', ' (the previous rink in Kopeisk was closed in 2019 because of the roof. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-13-karting
    ('mt-13-karting', '15 august', None, DN, '15 August', C, 'date/number format'),
    ('mt-13-karting', 'The stage of the championship of Russia on karting', None, CAL, 'A round of the Russian Karting Championship', L, 'calque'),
    ('mt-13-karting', 'kartodrom', None, UN, 'karting track', L, 'untranslated leftover'),
    ('mt-13-karting', '1,24 kilometres', None, DN, '1.24 kilometres', C, 'date/number format'),
    ('mt-13-karting', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-13-karting', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-13-karting', 'Yussi Lekhtinen', None, EN, 'Jussi Lehtinen', L, 'name rendered by meaning / through Russian'),
    ('mt-13-karting', 'muratova', None, NC, 'Muratova', C, 'lowercased surname'),
    ('mt-13-karting', 'I wanted to cry on the last lap', None, PRO, 'she wanted to cry on the last lap', L, 'pronoun'),
    ('mt-13-karting', 'Russian automobile federation', None, IC, 'Russian Automobile Federation', C, 'lowercased institution name'),
    ('mt-13-karting', 'Informed about it the head of the regional karting commission Andrei Nesterenko', None, CAL, 'The head of the regional karting commission, Andrei Nesterenko, announced this', L, 'calque'),

    # mt-14-feldsher
    ('mt-14-feldsher', '6 february', None, DN, '6 February', C, 'date/number format'),
    ('mt-14-feldsher', 'feldsher-obstetric point', None, CAL, 'rural health post', L, 'calque'),
    ('mt-14-feldsher', 'informed the head of the district Vladimir Sholokhov', None, CAL, 'district head Vladimir Sholokhov said', L, 'calque'),
    ('mt-14-feldsher', '16,7 million roubles', None, DN, '16.7 million roubles', C, 'date/number format'),
    ('mt-14-feldsher', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-14-feldsher', 'our old people could not get', None, PRO, 'the elderly could not get', L, 'pronoun'),
    ('mt-14-feldsher', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-14-feldsher', 'The reception of patients', None, CAL, 'Seeing patients', L, 'calque'),
    ('mt-14-feldsher', 'klepikova', None, NC, 'Klepikova', C, 'lowercased surname'),
    ('mt-14-feldsher', 'FAP', None, UN, 'health post', L, 'untranslated leftover'),
    ('mt-14-feldsher', 'ministry of health of the Kirov region', None, IC, 'Ministry of Health of the Kirov Region', C, 'lowercased institution name'),

    # mt-15-kumis
    ('mt-15-kumis', '24 may', None, DN, '24 May', C, 'date/number format'),
    ('mt-15-kumis', 'Golden Mane', None, EN, 'Zolotaya Griva', L, 'name rendered by meaning / through Russian'),
    ('mt-15-kumis', 'reported in the state committee of the republic on entrepreneurship and tourism', None, CAL, "the republic's state committee for entrepreneurship and tourism reported", L, 'calque'),
    ('mt-15-kumis', '38,5 tonnes', None, DN, '38.5 tonnes', C, 'date/number format'),
    ('mt-15-kumis', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-kumis', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-15-kumis', 'yulbarisov', None, NC, 'Yulbarisov', C, 'lowercased surname'),
    ('mt-15-kumis', 'kymyz', None, UN, 'koumiss', L, 'untranslated leftover'),
    ('mt-15-kumis', 'today we get orders', None, PRO, 'today the farm gets orders', L, 'pronoun'),
    ('mt-15-kumis', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-15-kumis', '»', None, PU, '"', C, 'Russian quote marks'),

    # mt-16-lapta
    ('mt-16-lapta', '11 july', None, DN, '11 July', C, 'date/number format'),
    ('mt-16-lapta', 'informed in the federation of lapta of Russia', None, CAL, 'the Russian Lapta Federation said', L, 'calque'),
    ('mt-16-lapta', 'the meeting', None, CAL, 'the match', L, 'calque'),
    ('mt-16-lapta', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-16-lapta', '1,05 metres', None, DN, '1.05 metres', C, 'date/number format'),
    ('mt-16-lapta', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-16-lapta', 'kolomiets', None, NC, 'Kolomiets', C, 'lowercased surname'),
    ('mt-16-lapta', 'I have played lapta since the third grade', None, PRO, 'she has played lapta since the third grade', L, 'pronoun'),
    ('mt-16-lapta', '4,7 thousand', None, DN, '4,700', C, 'date/number format'),
    ('mt-16-lapta', ' (in Soviet times lapta was part of the pre-conscription training of schoolchildren. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-17-blacksmith
    ('mt-17-blacksmith', '20 september', None, DN, '20 September', C, 'date/number format'),
    ('mt-17-blacksmith', 'The festival of blacksmith craft', None, CAL, 'The blacksmithing festival', L, 'calque'),
    ('mt-17-blacksmith', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-17-blacksmith', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-17-blacksmith', 'told TASS the director of the festival Gleb Ovcharenko', None, CAL, 'festival director Gleb Ovcharenko told TASS', L, 'calque'),
    ('mt-17-blacksmith', 'horn', None, CAL, 'forge', L, 'calque'),
    ('mt-17-blacksmith', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-17-blacksmith', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-17-blacksmith', 'Yan Dvorzhak', None, EN, 'Jan Dvořák', L, 'name rendered by meaning / through Russian'),
    ('mt-17-blacksmith', 'zimin', None, NC, 'Zimin', C, 'lowercased surname'),
    ('mt-17-blacksmith', "we specially opened a children's forge", None, PRO, "the organisers specially opened a children's forge", L, 'pronoun'),

    # mt-18-hotspring
    ('mt-18-hotspring', '16 january', None, DN, '16 January', C, 'date/number format'),
    ('mt-18-hotspring', 'geothermal source', None, CAL, 'hot spring', L, 'calque'),
    ('mt-18-hotspring', 'reported in the department of investment policy of the Tyumen region', None, CAL, 'the Tyumen regional department of investment policy said', L, 'calque'),
    ('mt-18-hotspring', 'Warm Key', None, EN, 'Tyoply Klyuch', L, 'name rendered by meaning / through Russian'),
    ('mt-18-hotspring', '1,6 billion roubles', None, DN, '1.6 billion roubles', C, 'date/number format'),
    ('mt-18-hotspring', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-18-hotspring', 'Its', 1, PRO, 'His', C, 'pronoun'),
    ('mt-18-hotspring', 'we will keep the outdoor pools at 38 degrees', None, PRO, 'the complex will keep the outdoor pools at 38 degrees', L, 'pronoun'),
    ('mt-18-hotspring', 'bazy otdykha', None, UN, 'holiday centres', L, 'untranslated leftover'),
    ('mt-18-hotspring', 'grechko', None, NC, 'Grechko', C, 'lowercased surname'),
    ('mt-18-hotspring', ' (the first thermal pool in the region opened in 2010 near the village of Verkhny Bor. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
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
                                "/work/main/eval/blind-mixed-8/gold.jsonl",
                                "/work/main/eval/blind-mixed-9/gold.jsonl",
                                "/work/main/eval/blind-mixed-10/gold.jsonl"), details=True))
