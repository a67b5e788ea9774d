"""Gold for the held-out set written as blind20 (for eval/blind-mixed-16): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -15 (their gold
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
    'mt-01-smelt': 'spring smelt (koryushka) catch and festival in St Petersburg',
    'mt-02-honeysuckle': 'honeysuckle berry harvest in the Altai region',
    'mt-03-birchsap': 'birch sap season, forestry fines and a bottling plant',
    'mt-04-pinenuts': 'Siberian pine nut (cone) harvest forecast',
    'mt-05-oysters': 'oyster farm in Sevastopol raising its own larvae',
    'mt-06-saiga': 'saiga antelope count and crop damage in Kalmykia',
    'mt-07-seals': 'dead Caspian seals found on the Dagestan coast',
    'mt-08-bison': 'European bison released in a national park',
    'mt-09-judo': 'all-Russian judo tournament',
    'mt-10-murals': 'street art festival painting Soviet apartment blocks',
    'mt-11-questrooms': 'prosecutors check escape rooms after a teenager is burned',
    'mt-12-hookah': 'regional bill banning hookah bars near schools',
    'mt-13-evcharging': 'EV charging stations opened on a federal highway',
    'mt-14-speedcameras': 'new speed cameras on regional roads',
    'mt-15-solarplant': 'solar power plant put into operation in the steppe',
    'mt-16-rice': 'Kuban rice harvest',
    'mt-17-diamonds': 'diamond-cutting plant in Yakutsk',
    'mt-18-knives': 'exhibition of Zlatoust engraving and handmade knives',
}

ROWS = [
# BEGIN ROWS

    # mt-01-smelt
    ('mt-01-smelt', '16 april', None, DN, '11 April', C, 'date/number format'),
    ('mt-01-smelt', 'told journalists the chairman of the fishing artel Gennady Lupandin', None, CAL, 'Gennady Lupandin, chairman of a fishing cooperative, told journalists', L, 'inverted attribution'),
    ('mt-01-smelt', '«', None, PU, '"', C, 'guillemet'),
    ('mt-01-smelt', 'Baltic Wave', None, EN, 'Baltiyskaya Volna', L, 'firm name rendered by meaning'),
    ('mt-01-smelt', '»', None, PU, '"', C, 'guillemet'),
    ('mt-01-smelt', 'In the committee on agroindustrial and fishery complex of the Leningrad region reported', None, CAL, "The Leningrad Region's Committee for the Agro-Industrial and Fishery Complex reported", L, 'subjectless attribution'),
    ('mt-01-smelt', '2,4 thousand tonnes', None, DN, '2,400 tonnes', C, 'decimal comma + thousand'),
    ('mt-01-smelt', ' (Smelt is a small fish of the salmon-like order which lives in the Baltic Sea and the large lakes of the North-West. — TASS)', None, GL, '', C, 'outlet insertion'),
    ('mt-01-smelt', 'informed in the press service of the festival', None, CAL, "the festival's press service said", L, 'subjectless attribution'),
    ('mt-01-smelt', '60 thousand guests', None, DN, '60,000 guests', C, 'N thousand'),
    ('mt-01-smelt', 'she', 'where she is caught', PRO, 'it', C, 'pronoun: Russian gender (корюшка)'),

    # mt-02-honeysuckle
    ('mt-02-honeysuckle', '24 june', None, DN, '24 June', C, 'date/number format'),
    ('mt-02-honeysuckle', 'ripened on a week earlier', None, CAL, 'ripened a week earlier', L, 'prepositional calque (на неделю)'),
    ('mt-02-honeysuckle', 'ministry of agriculture of the Altai region', None, IC, 'Ministry of Agriculture of the Altai Region', C, 'institution casing'),
    ('mt-02-honeysuckle', '4,5', None, DN, '4.5', C, 'decimal comma'),
    ('mt-02-honeysuckle', 'Berry Meadow', None, EN, 'Yagodny Lug', L, 'farm name rendered by meaning'),
    ('mt-02-honeysuckle', 'in the volume of', None, CAL, '', L, 'calque (в объёме)'),
    ('mt-02-honeysuckle', 'It', 'It plans', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-02-honeysuckle', 'we pick the berry only by hand', None, PRO, 'the farm picks the berry only by hand', L, 'reported speech left in 1st person'),
    ('mt-02-honeysuckle', 'she', 'she appears', PRO, 'it', C, 'pronoun: Russian gender (жимолость)'),
    ('mt-02-honeysuckle', 'KFKh', None, UN, 'family farms', L, 'transliterated acronym (КФХ)'),
    ('mt-02-honeysuckle', 'noted in the ministry', None, CAL, 'the ministry noted', L, 'subjectless attribution'),

    # mt-03-birchsap
    ('mt-03-birchsap', '6 april', None, DN, '2 April', C, 'date/number format'),
    ('mt-03-birchsap', 'подсочка', None, UN, 'tapping', C, 'Cyrillic leftover'),
    ('mt-03-birchsap', 'reported in the management of forestry of the region', None, CAL, "the regional forestry department reported", L, 'subjectless attribution + управление as management'),
    ('mt-03-birchsap', '4 thousand roubles', None, DN, '4,000 roubles', C, 'N thousand'),
    ('mt-03-birchsap', 'she', 'if she is drilled', PRO, 'it', C, 'pronoun: Russian gender (берёза)'),
    ('mt-03-birchsap', ' (Birch sap is collected in early spring, before the buds open. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-03-birchsap', 'Forest Spring', None, EN, 'Lesnoy Rodnik', L, 'firm name rendered by meaning'),
    ('mt-03-birchsap', 'It', 'It was born', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-03-birchsap', 'SNT', None, UN, 'garden partnerships', L, 'Russian acronym (СНТ)'),
    ('mt-03-birchsap', '1,5 million', None, DN, '1.5 million', C, 'decimal comma'),
    ('mt-03-birchsap', 'realisation of sap', None, CAL, 'sale of sap', L, 'word-for-word sense (реализация)'),

    # mt-04-pinenuts
    ('mt-04-pinenuts', '5 september', None, DN, '5 September', C, 'date/number format'),
    ('mt-04-pinenuts', 'cedar nut', None, CAL, 'pine nuts', L, 'word-for-word sense (кедровый орех)'),
    ('mt-04-pinenuts', 'department of forest management of the Tomsk region', None, IC, 'Department of Forest Management of the Tomsk Region', C, 'institution casing'),
    ('mt-04-pinenuts', '12,8 thousand hectares', None, DN, '12,800 hectares', C, 'decimal comma + thousand'),
    ('mt-04-pinenuts', 'he', 'he begins', PRO, 'it', C, 'pronoun: Russian gender (кедр)'),
    ('mt-04-pinenuts', 'anatoly', None, NC, 'Anatoly', C, 'lowercased first name'),
    ('mt-04-pinenuts', 'we expect up to 3,000 tonnes of nut in shell', None, PRO, 'the department expected up to 3,000 tonnes of nuts in the shell', L, 'reported speech left in 1st person'),
    ('mt-04-pinenuts', 'Taiga Harvest', None, EN, 'Taezhny Urozhai', L, 'firm name rendered by meaning'),
    ('mt-04-pinenuts', 'has grown in one and a half times', None, CAL, 'rose by half', L, 'calque (выросла в полтора раза)'),
    ('mt-04-pinenuts', 'shishkoboi', None, UN, 'cone pickers', L, 'transliterated leftover'),
    ('mt-04-pinenuts', 'It', 'It warned', PRO, 'He', C, 'pronoun: it for a person'),

    # mt-05-oysters
    ('mt-05-oysters', '18 july', None, DN, '18 July', C, 'date/number format'),
    ('mt-05-oysters', '«', None, PU, '"', C, 'guillemet'),
    ('mt-05-oysters', 'Black Sea Pearl', None, EN, 'Chernomorskaya Zhemchuzhina', L, 'firm name rendered by meaning'),
    ('mt-05-oysters', '»', None, PU, '"', C, 'guillemet'),
    ('mt-05-oysters', 'noted in the government of Sevastopol', None, CAL, 'the Sevastopol government said', L, 'subjectless attribution'),
    ('mt-05-oysters', 'Zhan-Lyuk Moro', None, EN, 'Jean-Luc Moreau', L, 'French name back-transliterated'),
    ('mt-05-oysters', 'we would need three years for such a result', None, PRO, 'they would need three years for such a result', L, 'reported speech left in 1st person'),
    ('mt-05-oysters', 'oysters of the sort gigas', None, CAL, 'Pacific (gigas) oysters', L, 'word-for-word sense (сорт)'),
    ('mt-05-oysters', 'she', 'she filters', PRO, 'it', C, 'pronoun: Russian gender (устрица)'),
    ('mt-05-oysters', '2,3 million', None, DN, '2.3 million', C, 'decimal comma'),

    # mt-06-saiga
    ('mt-06-saiga', '31 may', None, DN, '27 May', C, 'date/number format'),
    ('mt-06-saiga', '1,04 million', None, DN, '1.1 million', C, 'decimal comma'),
    ('mt-06-saiga', 'follows from the results of the spring account of animals', None, CAL, 'according to the results of the spring count', L, 'calque (следует из) + учёт as account'),
    ('mt-06-saiga', 'Black Lands', None, EN, 'Chyornye Zemli', L, 'reserve name rendered by meaning'),
    ('mt-06-saiga', 'in the republic remained less than 5,000 animals', None, CAL, 'fewer than 5,000 animals remained in the republic', L, 'Russian word order'),
    ('mt-06-saiga', 'It', 'It explained', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-06-saiga', 'he', 'he leaves', PRO, 'it', C, 'pronoun: Russian gender (сайгак)'),
    ('mt-06-saiga', '200 thousand saigas', None, DN, '200,000 saigas', C, 'N thousand'),
    ('mt-06-saiga', 'yashkul', None, NC, 'Yashkul', C, 'lowercased place name'),
    ('mt-06-saiga', 'trample our wheat', None, PRO, 'trample his wheat', L, 'reported speech left in 1st person'),
    ('mt-06-saiga', 'OOPT', None, UN, 'protected areas', L, 'Russian acronym (ООПТ)'),

    # mt-07-seals
    ('mt-07-seals', '22 february', None, DN, '9 February', C, 'date/number format'),
    ('mt-07-seals', 'On the coast of Dagestan were found the bodies of 140 dead seals', None, CAL, 'The bodies of 140 dead seals were found on the coast of Dagestan', L, 'Russian word order'),
    ('mt-07-seals', 'Scientific-Research', None, CAL, 'Research', L, 'title word for word (научно-исследовательский)'),
    ('mt-07-seals', ' (The Caspian seal is the only marine mammal of the Caspian Sea and is listed in the Red Book of Russia. — Interfax)', None, GL, '', C, 'outlet insertion'),
    ('mt-07-seals', 'he', 'he migrates', PRO, 'it', C, 'pronoun: Russian gender (тюлень)'),
    ('mt-07-seals', 'It', 'It believes', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-07-seals', 'gadzhieva', None, NC, 'Gadzhieva', C, 'lowercased surname'),
    ('mt-07-seals', 'we see such cases almost every winter', None, PRO, 'such cases were seen almost every winter', L, 'reported speech left in 1st person'),
    ('mt-07-seals', 'нерп', None, UN, 'seals', C, 'Cyrillic leftover'),
    ('mt-07-seals', '70 thousand', None, DN, '70,000', C, 'N thousand'),

    # mt-08-bison
    ('mt-08-bison', '16 october', None, DN, '14 October', C, 'date/number format'),
    ('mt-08-bison', '«', None, PU, '"', C, 'guillemet'),
    ('mt-08-bison', '»', None, PU, '"', C, 'guillemet'),
    ('mt-08-bison', 'deputy director of the park on science', None, CAL, "park's deputy director for science", L, 'title word for word'),
    ('mt-08-bison', 'we keep the bisons in an enclosure', None, PRO, 'the park keeps the bison in an enclosure', L, 'reported speech left in 1st person'),
    ('mt-08-bison', 'he', 'he can weigh', PRO, 'it', C, 'pronoun: Russian gender (зубр)'),
    ('mt-08-bison', 'Now in the park live more than 350 bisons', None, CAL, 'More than 350 bison now live in the park', L, 'Russian word order'),
    ('mt-08-bison', 'in the autumn period of 1996', None, CAL, 'in the autumn of 1996', L, 'calque (в осенний период)'),
    ('mt-08-bison', '77,7 thousand hectares', None, DN, '77,700 hectares', C, 'decimal comma + thousand'),
    ('mt-08-bison', 'It', 'It noted', PRO, 'She', C, 'pronoun: it for a person'),

    # mt-09-judo
    ('mt-09-judo', '3 march', None, DN, '3 March', C, 'date/number format'),
    ('mt-09-judo', 'all-Russian tournament on judo', None, CAL, 'all-Russian judo tournament', L, 'title word for word (турнир по дзюдо)'),
    ('mt-09-judo', 'in the weight category up to 81 kilograms', None, CAL, 'in the under-81kg category', L, 'calque (до 81 кг)'),
    ('mt-09-judo', 'Khorkhe Martines', None, EN, 'Jorge Martinez', L, 'Spanish name back-transliterated'),
    ('mt-09-judo', 'tsoraev', None, NC, 'Tsoraev', C, 'lowercased surname'),
    ('mt-09-judo', 'on the 40th second of the fight', None, CAL, '40 seconds into the fight', L, 'prepositional calque (на 40-й секунде)'),
    ('mt-09-judo', 'I am proud of the boys', None, PRO, 'he was proud of the boys', L, 'reported speech left in 1st person'),
    ('mt-09-judo', 'Among women the best in the category up to 57 kilograms became Madina Khugaeva', None, CAL, 'Among women, Madina Khugaeva won the under-57kg category', L, 'Russian word order'),
    ('mt-09-judo', 'It', 'It won', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-09-judo', 'ahead of schedule', None, CAL, 'inside the time limit', L, 'word-for-word sense (досрочно)'),
    ('mt-09-judo', ' (The tournament in memory of Bagaev has been held since 2004 and is considered one of the strongest junior starts in the south of Russia. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-10-murals
    ('mt-10-murals', '25 august', None, DN, '21 August', C, 'date/number format'),
    ('mt-10-murals', 'хрущёвок', None, UN, 'Khrushchev-era blocks of flats', C, 'Cyrillic leftover'),
    ('mt-10-murals', 'end of the house', None, CAL, 'end wall of the building', L, 'word-for-word sense (торец дома)'),
    ('mt-10-murals', 'Pablo Rokhas', None, EN, 'Pablo Rojas', L, 'Spanish name back-transliterated'),
    ('mt-10-murals', 'in my country such walls are painted by the whole street', None, PRO, 'in his country such walls are painted by the whole street', L, 'reported speech left in 1st person'),
    ('mt-10-murals', 'she', 'she was cleaned', PRO, 'it', C, 'pronoun: Russian gender (стена)'),
    ('mt-10-murals', 'It', 'It asked', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-10-murals', 'The chief artist of the city', None, CAL, "The city's chief artist,", L, 'title word for word'),
    ('mt-10-murals', '1,8 million', None, DN, '1.8 million', C, 'decimal comma'),
    ('mt-10-murals', '10 september', None, DN, '10 September', C, 'lowercased month'),

    # mt-11-questrooms
    ('mt-11-questrooms', '16 november', None, DN, '16 November', C, 'date/number format'),
    ('mt-11-questrooms', 'quest-rooms', None, CAL, 'escape rooms', L, 'calque (квест-комнаты)'),
    ('mt-11-questrooms', 'told RIA Novosti the senior assistant of the prosecutor of the region Olga Yurlova', None, CAL, 'Olga Yurlova, senior assistant to the regional prosecutor, told RIA Novosti', L, 'inverted attribution'),
    ('mt-11-questrooms', 'on the fact of rendering services', None, CAL, 'over the provision of services', L, 'calque (по факту оказания услуг)'),
    ('mt-11-questrooms', 'In 19 of them were revealed violations of fire safety requirements', None, CAL, 'Violations of fire safety requirements were found in 19 of them', L, 'Russian word order'),
    ('mt-11-questrooms', 'closed on the key', None, CAL, 'locked', L, 'calque (закрыты на ключ)'),
    ('mt-11-questrooms', 'It', 'It noted', PRO, 'She', C, 'pronoun: it for a person'),
    ('mt-11-questrooms', 'she', 'she opened', PRO, 'it', C, 'pronoun: Russian gender (дверь)'),
    ('mt-11-questrooms', 'ИП', None, UN, 'sole proprietors', C, 'Cyrillic acronym'),
    ('mt-11-questrooms', 'our actors are trained', None, PRO, 'his actors were trained', L, 'reported speech left in 1st person'),
    ('mt-11-questrooms', '620 thousand roubles', None, DN, '620,000 roubles', C, 'N thousand'),

    # mt-12-hookah
    ('mt-12-hookah', '21 december', None, DN, '7 December', C, 'date/number format'),
    ('mt-12-hookah', 'state assembly of Bashkiria', None, IC, 'State Assembly of Bashkiria', C, 'institution casing'),
    ('mt-12-hookah', 'the bill about the ban of smoking hookahs', None, CAL, 'a bill banning hookah smoking', L, 'calque (законопроект о запрете)'),
    ('mt-12-hookah', 'kalyannye', None, UN, 'hookah bars', L, 'transliterated leftover'),
    ('mt-12-hookah', 'It', 'It believes', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-12-hookah', 'we have received hundreds of complaints from parents', None, PRO, 'he had received hundreds of complaints from parents', L, 'reported speech left in 1st person'),
    ('mt-12-hookah', 'he', 'he will take effect', PRO, 'it', C, 'pronoun: Russian gender (закон)'),
    ('mt-12-hookah', 'believes the head of the regional association of restaurateurs Rinat Galimov', None, CAL, 'Rinat Galimov, head of the regional association of restaurateurs, believes', L, 'inverted attribution'),
    ('mt-12-hookah', '50 thousand roubles', None, DN, '50,000 roubles', C, 'N thousand'),
    ('mt-12-hookah', ' (According to Rospotrebnadzor, the concentration of carbon monoxide in the air of a hookah bar can exceed the norm several times. — RBC)', None, GL, '', C, 'outlet insertion'),

    # mt-13-evcharging
    ('mt-13-evcharging', '26 january', None, DN, '30 January', C, 'date/number format'),
    ('mt-13-evcharging', 'electro-charging stations', None, CAL, 'charging stations', L, 'calque (электрозарядные станции)'),
    ('mt-13-evcharging', '«', None, PU, '', C, 'guillemet around a road name'),
    ('mt-13-evcharging', '»', None, PU, '', C, 'guillemet around a road name'),
    ('mt-13-evcharging', 'Southern Current', None, EN, 'Yuzhny Tok', L, 'firm name rendered by meaning'),
    ('mt-13-evcharging', 'Reported about this the general director of the company Artem Bulgakov', None, CAL, "This was reported by Artem Bulgakov, the company's general director", L, 'inverted attribution'),
    ('mt-13-evcharging', 'of the power of', None, CAL, 'with a capacity of', L, 'calque (мощностью)'),
    ('mt-13-evcharging', 'she', 'she can charge', PRO, 'it', C, 'pronoun: Russian gender (станция)'),
    ('mt-13-evcharging', '22,5', None, DN, '22.5', C, 'decimal comma'),
    ('mt-13-evcharging', 'It', 'It added', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-13-evcharging', 'we plan to put 40 more stations by 2028', None, PRO, 'the company planned to install 40 more stations by 2028', L, 'reported speech left in 1st person'),

    # mt-14-speedcameras
    ('mt-14-speedcameras', '14 may', None, DN, '12 May', C, 'date/number format'),
    ('mt-14-speedcameras', 'complexes of photo-video fixation', None, CAL, 'traffic enforcement cameras', L, 'calque (комплексы фотовидеофиксации)'),
    ('mt-14-speedcameras', 'reported in the center of organisation of road traffic', None, CAL, 'the Traffic Management Centre reported', L, 'subjectless attribution + title word for word'),
    ('mt-14-speedcameras', 'TsAFAP', None, UN, 'the automated traffic offences centre', L, 'Russian acronym (ЦАФАП)'),
    ('mt-14-speedcameras', 'she', 'she photographs', PRO, 'it', C, 'pronoun: Russian gender (камера)'),
    ('mt-14-speedcameras', 'our letters', None, PRO, "the centre's letters", L, 'reported speech left in 1st person'),
    ('mt-14-speedcameras', 'on more than 20 km per hour', None, CAL, 'by more than 20 km/h', L, 'prepositional calque (на 20 км/ч)'),
    ('mt-14-speedcameras', 'It', 'It noted', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-14-speedcameras', '48,3 million', None, DN, '48.3 million', C, 'decimal comma'),
    ('mt-14-speedcameras', ' (According to the traffic police, in 2025 more than 1,200 road accidents were registered in the Voronezh region. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-15-solarplant
    ('mt-15-solarplant', '27 july', None, DN, '1 July', C, 'date/number format'),
    ('mt-15-solarplant', 'SES', None, UN, 'solar power plant', L, 'Russian acronym (СЭС)'),
    ('mt-15-solarplant', 'put into exploitation', None, CAL, 'put into operation', L, 'word-for-word sense (эксплуатация)'),
    ('mt-15-solarplant', 'ministry of industry and energy of the Orenburg region', None, IC, 'Ministry of Industry and Energy of the Orenburg Region', C, 'institution casing'),
    ('mt-15-solarplant', 'Steppe Sun', None, EN, 'Stepnoye Solntse', L, 'firm name rendered by meaning'),
    ('mt-15-solarplant', 'she', 'she turns', PRO, 'it', C, 'pronoun: Russian gender (панель)'),
    ('mt-15-solarplant', 'Van Tszyan', None, EN, 'Wang Jian', L, 'Chinese name back-transliterated (Palladius)'),
    ('mt-15-solarplant', 'in China we build such stations in half a year', None, PRO, 'in China they build such stations in half a year', L, 'reported speech left in 1st person'),
    ('mt-15-solarplant', 'It', 'It said that the station', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-15-solarplant', '12 thousand households', None, DN, '12,000 households', C, 'N thousand'),
    ('mt-15-solarplant', '3,6 billion', None, DN, '3.6 billion', C, 'decimal comma'),

    # mt-16-rice
    ('mt-16-rice', '22 september', None, DN, '19 September', C, 'date/number format'),
    ('mt-16-rice', 'On the fields work more than 1,100 combines', None, CAL, 'More than 1,100 combines are working in the fields', L, 'Russian word order'),
    ('mt-16-rice', 'rice checks', None, CAL, 'rice paddies', L, 'word-for-word sense (рисовые чеки)'),
    ('mt-16-rice', 'minselkhoz', None, UN, 'agriculture ministry', L, 'transliterated leftover (минсельхоз)'),
    ('mt-16-rice', 'gross collection of rice', None, CAL, 'total rice harvest', L, 'calque (валовой сбор)'),
    ('mt-16-rice', '850 thousand tonnes', None, DN, '850,000 tonnes', C, 'N thousand'),
    ('mt-16-rice', '6,4', None, DN, '6.4', C, 'decimal comma'),
    ('mt-16-rice', 'Bright Field', None, EN, 'Svetloye Pole', L, 'firm name rendered by meaning'),
    ('mt-16-rice', 'he', 'he moves on tracks', PRO, 'it', C, 'pronoun: Russian gender (комбайн)'),
    ('mt-16-rice', 'Its', 'Its family', PRO, 'Her', C, 'pronoun: its for a person'),
    ('mt-16-rice', 'we saved almost a fifth of the water', None, PRO, 'they had saved almost a fifth of the water', L, 'reported speech left in 1st person'),

    # mt-17-diamonds
    ('mt-17-diamonds', '25 march', None, DN, '25 March', C, 'date/number format'),
    ('mt-17-diamonds', 'Polar Facet', None, EN, 'Polyarnaya Gran', L, 'firm name rendered by meaning'),
    ('mt-17-diamonds', 'brilliants', None, CAL, 'polished diamonds', L, 'word-for-word sense (бриллианты)'),
    ('mt-17-diamonds', 'said in an interview to the agency the director of the enterprise Nikolai Sivtsev', None, CAL, "Nikolai Sivtsev, the plant's director, said in an interview with the agency", L, 'inverted attribution'),
    ('mt-17-diamonds', '14 thousand carats', None, DN, '14,000 carats', C, 'N thousand'),
    ('mt-17-diamonds', '2,17', None, DN, '2.17', C, 'decimal comma'),
    ('mt-17-diamonds', 'he', 'he can be cut', PRO, 'it', C, 'pronoun: Russian gender (алмаз)'),
    ('mt-17-diamonds', 'ogranshchiki', None, UN, 'cutters', L, 'transliterated leftover'),
    ('mt-17-diamonds', 'our masters are not worse than Belgian ones', None, PRO, "the plant's craftsmen were no worse than Belgian ones", L, 'reported speech left in 1st person'),
    ('mt-17-diamonds', 'Yan Peters', None, EN, 'Jan Peeters', L, 'Flemish name back-transliterated'),
    ('mt-17-diamonds', ' (Yakutia accounts for more than 90% of the diamonds mined in Russia. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-18-knives
    ('mt-18-knives', '8 october', None, DN, '8 October', C, 'date/number format'),
    ('mt-18-knives', 'knives of hand work', None, CAL, 'handmade knives', L, 'calque (ручной работы)'),
    ('mt-18-knives', 'museum of local lore', None, CAL, 'Local History Museum', L, 'calque (краеведческий музей)'),
    ('mt-18-knives', 'Grey Falcon', None, EN, 'Sery Sokol', L, 'workshop name rendered by meaning'),
    ('mt-18-knives', 'It', 'It started', PRO, 'He', C, 'pronoun: it for a person'),
    ('mt-18-knives', 'every knife I make for a specific person', None, PRO, 'he makes every knife for a specific person', L, 'reported speech left in 1st person'),
    ('mt-18-knives', 'bulatnaya', None, UN, 'bulat', L, 'transliterated leftover'),
    ('mt-18-knives', '12,5', None, DN, '12.5', C, 'decimal comma'),
    ('mt-18-knives', 'he', 'he was made', PRO, 'it', C, 'pronoun: Russian gender (нож)'),
    ('mt-18-knives', '„', None, PU, '"', C, 'Russian low quote'),
    ('mt-18-knives', '“', None, PU, '"', C, 'Russian closing quote'),

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
                     "blind-mixed-13", "blind-mixed-14", "blind-mixed-15")), details=True))
