"""Gold for the held-out set written as blind21 (for eval/blind-mixed-17): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -16 (their gold
is read by this script only to report a collision; the author did not open it).
The table below is the set's record (the MT texts were drafted with inline marks in
scratch/source.md, from which scratch/gen.py wrote docs/mt-*.txt and this table; the controls were
written directly as docs/neg-*.txt); the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-blueberries': 'blueberry picking season and berry buyers in Karelia',
    'mt-02-tornado': 'tornado damages roofs and power lines in a Tatarstan district',
    'mt-03-lace': 'exhibition of bobbin lace by Vologda college graduates',
    'mt-04-camels': 'Bactrian camel farm and camel milk in the Astrakhan steppe',
    'mt-05-babynames': 'most popular names for newborns, regional registry office',
    'mt-06-taekwondo': 'Russian taekwondo championship won by a local athlete',
    'mt-07-tea': 'first tea picking on Sochi plantations',
    'mt-08-flamingos': 'pink flamingo flock on a Crimean salt lake',
    'mt-09-motocross': 'round of the Russian motocross championship near Penza',
    'mt-10-rabbits': 'largest regional rabbit farm opens in the Belgorod region',
    'mt-11-newyeartrees': 'New Year tree markets, prices and illegal felling in Yekaterinburg',
    'mt-12-walruses': 'walrus rookery and a village patrol on Chukotka',
    'mt-13-pastila': 'Belyov pastila factory raises output',
    'mt-14-maternity': 'triplets born at a regional perinatal centre in Omsk',
    'mt-15-geysers': 'tourist season opens in the Valley of Geysers',
    'mt-16-snowleopard': 'snow leopard count with camera traps in Altai',
    'mt-17-roofs': 'major repair of apartment-block roofs and a failed contractor',
    'mt-18-carsharing': 'car-sharing service launched in Tyumen',
}

ROWS = [
# BEGIN ROWS

    # mt-01-blueberries
    ('mt-01-blueberries', 'черники', None, UN, 'blueberries', C, 'Cyrillic leftover'),
    ('mt-01-blueberries', 'along the Kola highway appeared the first roadside sellers', None, CAL, 'the first roadside sellers appeared along the Kola highway', L, 'calque'),
    ('mt-01-blueberries', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-01-blueberries', 'told the agency the head of the department of forest resources of the republic Irina Lukkonen', None, CAL, "Irina Lukkonen, head of the republic's forest resources department, told the agency", L, 'calque'),
    ('mt-01-blueberries', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-01-blueberries', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-blueberries', 'Northern Berry', None, EN, 'Severnaya Yagoda', L, 'name rendered by meaning or back-transliterated'),
    ('mt-01-blueberries', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-01-blueberries', '1,7 thousand tonnes', None, DN, '1,700 tonnes', C, 'date/number format'),
    ('mt-01-blueberries', 'we plan to install two more freezing chambers by August', None, PRO, 'the company plans to install two more freezing chambers by August', L, 'reported speech left in 1st person'),

    # mt-02-tornado
    ('mt-02-tornado', '8 june', None, DN, '8 June', C, 'date/number format'),
    ('mt-02-tornado', 'reported in the regional main directorate of the Emergencies Ministry', None, CAL, "the Emergencies Ministry's regional directorate reported", L, 'calque'),
    ('mt-02-tornado', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-02-tornado', ' (A tornado is an atmospheric vortex which forms under a thundercloud and descends to the ground in the form of a funnel. — Interfax)', None, GL, '', C, 'outlet insertion'),
    ('mt-02-tornado', 'ЕДДС', None, UN, 'district emergency dispatch service', C, 'Cyrillic leftover'),
    ('mt-02-tornado', 'complained local residents in social networks', None, CAL, 'local residents complained on social media', L, 'calque'),
    ('mt-02-tornado', 'we will cover all the roofs before the autumn rains', None, PRO, 'all the roofs would be covered before the autumn rains', L, 'reported speech left in 1st person'),
    ('mt-02-tornado', '12,5 million', None, DN, '12.5 million', C, 'date/number format'),
    ('mt-02-tornado', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-02-tornado', 'hydrometeorological centre of Tatarstan', None, IC, 'Hydrometeorological Centre of Tatarstan', C, 'institution casing'),
    ('mt-02-tornado', 'On the next days', None, CAL, 'In the coming days', L, 'calque'),

    # mt-03-lace
    ('mt-03-lace', '13 march', None, DN, '13 March', C, 'date/number format'),
    ('mt-03-lace', 'In the museum of lace opened an exhibition of works of graduates of the local college', None, CAL, 'An exhibition of work by graduates of the local college has opened at the Lace Museum', L, 'calque'),
    ('mt-03-lace', 'коклюшки', None, UN, 'bobbins', C, 'Cyrillic leftover'),
    ('mt-03-lace', 'told the correspondent the teacher of the college Nadezhda Sheveleva', None, CAL, 'Nadezhda Sheveleva, a teacher at the college, told the correspondent', L, 'calque'),
    ('mt-03-lace', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-03-lace', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-03-lace', 'Frost Pattern', None, EN, 'Morozny Uzor', L, 'name rendered by meaning or back-transliterated'),
    ('mt-03-lace', '2,15 million', None, DN, '2.15 million', C, 'date/number format'),
    ('mt-03-lace', 'presidential fund of cultural initiatives', None, IC, 'Presidential Fund for Cultural Initiatives', C, 'institution casing'),
    ('mt-03-lace', 'every year we lose half of the graduates to shops and offices', None, PRO, 'every year the college loses half of its graduates to shops and offices', L, 'reported speech left in 1st person'),
    ('mt-03-lace', 'sheveleva', None, NC, 'Sheveleva', C, 'lowercased name'),

    # mt-04-camels
    ('mt-04-camels', 'This spring on the farm of Serik Utegenov in the Kharabalinsky district were born 17 camel calves', None, CAL, "This spring 17 camel calves were born on Serik Utegenov's farm in the Kharabalinsky district", L, 'calque'),
    ('mt-04-camels', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-04-camels', 'my grandfather kept camels here in Soviet times, when there was a state farm', None, PRO, 'his grandfather kept camels there in Soviet times, when there was a state farm', L, 'reported speech left in 1st person'),
    ('mt-04-camels', 'shubat', 'shubat,', UN, 'fermented camel milk', L, 'transliterated leftover'),
    ('mt-04-camels', ' (Shubat is a traditional drink of the Kazakhs and Turkmens; it is made by fermenting camel milk for several days. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-04-camels', '1,5 thousand litres', None, DN, '1,500 litres', C, 'date/number format'),
    ('mt-04-camels', 'White Steppe', None, EN, 'Belaya Step', L, 'name rendered by meaning or back-transliterated'),
    ('mt-04-camels', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-04-camels', 'grew in two times', None, CAL, 'doubled', L, 'calque'),
    ('mt-04-camels', 'noted in the agency of veterinary of the region', None, CAL, 'the regional veterinary service noted', L, 'calque'),

    # mt-05-babynames
    ('mt-05-babynames', '11 january', None, DN, '11 January', C, 'date/number format'),
    ('mt-05-babynames', 'The most popular names of newborns in the Novosibirsk region last year became Sofia and Mikhail', None, CAL, 'Sofia and Mikhail were the most popular names for newborns in the Novosibirsk region last year', L, 'calque'),
    ('mt-05-babynames', '31,4 thousand children', None, DN, '31,400 children', C, 'date/number format'),
    ('mt-05-babynames', 'reported in the regional management of civil registry', None, CAL, 'the regional civil registry office reported', L, 'calque'),
    ('mt-05-babynames', '„', None, PU, '"', C, 'Russian quote mark'),
    ('mt-05-babynames', 'Spring', None, EN, 'Vesna', L, 'name rendered by meaning or back-transliterated'),
    ('mt-05-babynames', '“', None, PU, '"', C, 'Russian quote mark'),
    ('mt-05-babynames', 'About this told journalists the head of the department Lyudmila Kaverzina', None, CAL, 'Lyudmila Kaverzina, head of the department, told journalists about this', L, 'calque'),
    ('mt-05-babynames', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-05-babynames', 'we register such names only after a long conversation with the parents', None, PRO, 'the office registers such names only after a long conversation with the parents', L, 'reported speech left in 1st person'),
    ('mt-05-babynames', 'ZAGS', None, UN, 'registry office', L, 'transliterated leftover'),

    # mt-06-taekwondo
    ('mt-06-taekwondo', 'championship of Russia on taekwondo', None, CAL, 'Russian Taekwondo Championship', L, 'calque'),
    ('mt-06-taekwondo', 'in the weight up to 68 kg', None, CAL, 'in the under-68kg division', L, 'calque'),
    ('mt-06-taekwondo', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-06-taekwondo', 'with the score 12:7', None, CAL, '12-7', L, 'calque'),
    ('mt-06-taekwondo', 'I dedicate this victory to my first coach and my mother', None, PRO, 'he dedicated the victory to his first coach and his mother', L, 'reported speech left in 1st person'),
    ('mt-06-taekwondo', ' (Taekwondo is a Korean martial art that became an Olympic sport in 2000. — TASS)', None, GL, '', C, 'outlet insertion'),
    ('mt-06-taekwondo', 'Kim Chzhe Khun', None, EN, 'Kim Jae-hoon', L, 'name rendered by meaning or back-transliterated'),
    ('mt-06-taekwondo', '1,3 thousand spectators', None, DN, '1,300 spectators', C, 'date/number format'),
    ('mt-06-taekwondo', 'russian taekwondo federation', None, IC, 'Russian Taekwondo Federation', C, 'institution casing'),

    # mt-07-tea
    ('mt-07-tea', 'On the plantations of Sochi started the first picking of tea leaf', None, CAL, "The first tea picking of the season has started on Sochi's plantations", L, 'calque'),
    ('mt-07-tea', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-07-tea', 'told the correspondent the chief agronomist of the factory Asya Tlekhusezh', None, CAL, "Asya Tlekhusezh, the factory's chief agronomist, told the correspondent", L, 'calque'),
    ('mt-07-tea', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-07-tea', 'Sunny Slope', None, EN, 'Solnechny Sklon', L, 'name rendered by meaning or back-transliterated'),
    ('mt-07-tea', '90 thousand bushes', None, DN, '90,000 bushes', C, 'date/number format'),
    ('mt-07-tea', 'we pick only the two upper leaves and the bud', None, PRO, 'the pickers take only the two upper leaves and the bud', L, 'reported speech left in 1st person'),
    ('mt-07-tea', 'chaevody', None, UN, 'tea growers', L, 'transliterated leftover'),
    ('mt-07-tea', '4,2', None, DN, '4.2', C, 'date/number format'),

    # mt-08-flamingos
    ('mt-08-flamingos', '5 august', None, DN, '5 August', C, 'date/number format'),
    ('mt-08-flamingos', 'On the lake Aktash in the east of Crimea appeared a flock of pink flamingos of more than 300 birds', None, CAL, 'A flock of more than 300 pink flamingos has appeared on Lake Aktash in eastern Crimea', L, 'calque'),
    ('mt-08-flamingos', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-08-flamingos', 'артемии', None, UN, 'brine shrimp', C, 'Cyrillic leftover'),
    ('mt-08-flamingos', 'Salt Shore', None, EN, 'Solyony Bereg', L, 'name rendered by meaning or back-transliterated'),
    ('mt-08-flamingos', 'leading scientific employee', None, CAL, 'leading researcher', L, 'calque'),
    ('mt-08-flamingos', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-08-flamingos', 'we counted 312 birds on Tuesday morning from the observation tower', None, PRO, 'they counted 312 birds from the observation tower on Tuesday morning', L, 'reported speech left in 1st person'),
    ('mt-08-flamingos', '17 thousand hectares', None, DN, '17,000 hectares', C, 'date/number format'),
    ('mt-08-flamingos', 'state committee on forest and hunting economy of Crimea', None, IC, 'State Committee for Forestry and Hunting of Crimea', C, 'institution casing'),

    # mt-09-motocross
    ('mt-09-motocross', '29 june', None, DN, '29 June', C, 'date/number format'),
    ('mt-09-motocross', 'stage of the championship of Russia on motocross', None, CAL, 'round of the Russian Motocross Championship', L, 'calque'),
    ('mt-09-motocross', 'in the tract', None, CAL, 'at', L, 'calque'),
    ('mt-09-motocross', '8 thousand spectators', None, DN, '8,000 spectators', C, 'date/number format'),
    ('mt-09-motocross', 'In the class MX2 the first place took the 19-year-old Artyom Shchukin from Perm', None, CAL, 'In the MX2 class, 19-year-old Artyom Shchukin from Perm took first place', L, 'calque'),
    ('mt-09-motocross', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-09-motocross', 'I crashed on the second lap but managed to get up quickly', None, PRO, 'he had crashed on the second lap but had managed to get up quickly', L, 'reported speech left in 1st person'),
    ('mt-09-motocross', 'Karlis Kalnynsh', None, EN, 'Karlis Kalnins', L, 'name rendered by meaning or back-transliterated'),
    ('mt-09-motocross', 'he', 'he stalled', PRO, 'it', C, 'pronoun'),
    ('mt-09-motocross', 'ministry of sport of the Penza region', None, IC, 'Ministry of Sport of the Penza Region', C, 'institution casing'),

    # mt-10-rabbits
    ('mt-10-rabbits', 'The largest in the region rabbit farm', None, CAL, "The region's largest rabbit farm", L, 'calque'),
    ('mt-10-rabbits', '60 thousand rabbits', None, DN, '60,000 rabbits', C, 'date/number format'),
    ('mt-10-rabbits', 'Rabbit Yard', None, EN, 'Krolichy Dvor', L, 'name rendered by meaning or back-transliterated'),
    ('mt-10-rabbits', 'maternal livestock', None, CAL, 'breeding stock', L, 'calque'),
    ('mt-10-rabbits', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-10-rabbits', 'noted at the opening the first deputy governor of the region Alexei Dudnikov', None, CAL, "Alexei Dudnikov, the region's first deputy governor, noted at the opening", L, 'calque'),
    ('mt-10-rabbits', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-10-rabbits', 'we will sell dietary meat to schools, kindergartens and hospitals of the region', None, PRO, 'the farm will sell dietary meat to schools, kindergartens and hospitals of the region', L, 'reported speech left in 1st person'),
    ('mt-10-rabbits', 'крольчатины', None, UN, 'rabbit meat', C, 'Cyrillic leftover'),
    ('mt-10-rabbits', ' (Rabbit meat is considered dietary: it contains little fat and is easily digested. — TASS)', None, GL, '', C, 'outlet insertion'),

    # mt-11-newyeartrees
    ('mt-11-newyeartrees', '15 december', None, DN, '15 December', C, 'date/number format'),
    ('mt-11-newyeartrees', 'In the city opened 86 Christmas tree markets', None, CAL, '86 Christmas tree markets have opened in the city', L, 'calque'),
    ('mt-11-newyeartrees', 'yolochnye bazary', None, UN, 'Christmas tree markets', L, 'transliterated leftover'),
    ('mt-11-newyeartrees', 'informed in the city administration', None, CAL, 'the city administration said', L, 'calque'),
    ('mt-11-newyeartrees', '1,6 thousand roubles', None, DN, '1,600 roubles', C, 'date/number format'),
    ('mt-11-newyeartrees', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-11-newyeartrees', 'Nordman', None, EN, 'Nordmann', L, 'name rendered by meaning or back-transliterated'),
    ('mt-11-newyeartrees', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-11-newyeartrees', 'our trees are cut on special plantations, not in the forest', None, PRO, 'his trees were cut on special plantations, not in the forest', L, 'reported speech left in 1st person'),
    ('mt-11-newyeartrees', 'department of forestry of the Sverdlovsk region', None, IC, 'Department of Forestry of the Sverdlovsk Region', C, 'institution casing'),

    # mt-12-walruses
    ('mt-12-walruses', '12 september', None, DN, '12 September', C, 'date/number format'),
    ('mt-12-walruses', 'On the coastal rookery near Cape Serdtse-Kamen gathered about 60 thousand walruses', None, CAL, 'About 60,000 walruses have gathered at the coastal rookery near Cape Serdtse-Kamen', L, 'calque'),
    ('mt-12-walruses', '1,5', None, DN, '1.5', C, 'date/number format'),
    ('mt-12-walruses', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-walruses', 'told Interfax the coordinator of the patrol Vera Tynel', None, CAL, 'Vera Tynel, the coordinator of the patrol, told Interfax', L, 'calque'),
    ('mt-12-walruses', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-12-walruses', 'enmytagyn', None, NC, 'Enmytagyn', C, 'lowercased name'),
    ('mt-12-walruses', 'Sea Hunters', None, EN, 'Morskie Okhotniki', L, 'name rendered by meaning or back-transliterated'),
    ('mt-12-walruses', 'we do not let tourists closer than 500 metres', None, PRO, 'the patrol does not let tourists closer than 500 metres', L, 'reported speech left in 1st person'),
    ('mt-12-walruses', 'зверобоев', None, UN, 'marine hunters', C, 'Cyrillic leftover'),
    ('mt-12-walruses', ' (The Pacific walrus is protected as a rare subspecies; traditional hunting is allowed only for indigenous peoples of Chukotka. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-13-pastila
    ('mt-13-pastila', 'production grew on 40%', None, CAL, 'production grew by 40%', L, 'calque'),
    ('mt-13-pastila', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-13-pastila', 'Old Town', None, EN, 'Stary Gorod', L, 'name rendered by meaning or back-transliterated'),
    ('mt-13-pastila', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-13-pastila', '320 thousand boxes', None, DN, '320,000 boxes', C, 'date/number format'),
    ('mt-13-pastila', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-13-pastila', 'shared with the correspondent the technologist of the factory Galina Proshkina', None, CAL, "Galina Proshkina, the factory's technologist, told the correspondent", L, 'calque'),
    ('mt-13-pastila', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-13-pastila', 'we bake apples of the Antonovka variety for six hours', None, PRO, 'the factory bakes Antonovka apples for six hours', L, 'reported speech left in 1st person'),
    ('mt-13-pastila', 'chamber of commerce and industry of the Tula region', None, IC, 'Chamber of Commerce and Industry of the Tula Region', C, 'institution casing'),

    # mt-14-maternity
    ('mt-14-maternity', '7 march', None, DN, '7 March', C, 'date/number format'),
    ('mt-14-maternity', 'In the regional perinatal centre were born triplets', None, CAL, 'Triplets were born at the regional perinatal centre', L, 'calque'),
    ('mt-14-maternity', 'reported in the regional ministry of health', None, CAL, 'the regional health ministry reported', L, 'calque'),
    ('mt-14-maternity', 'on the 33rd week of pregnancy', None, CAL, 'at 33 weeks of pregnancy', L, 'calque'),
    ('mt-14-maternity', '1,6', None, DN, '1.6', C, 'date/number format'),
    ('mt-14-maternity', '2,1', None, DN, '2.1', C, 'date/number format'),
    ('mt-14-maternity', 'ОРИТН', None, UN, 'neonatal intensive care unit', C, 'Cyrillic leftover'),
    ('mt-14-maternity', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-14-maternity', 'we learned about the triplets only at the twentieth week', None, PRO, 'they had learned about the triplets only at the twentieth week', L, 'reported speech left in 1st person'),
    ('mt-14-maternity', 'head of the department of pathology of newborns', None, CAL, 'head of the neonatal pathology department', L, 'calque'),
    ('mt-14-maternity', '375 thousand roubles', None, DN, '375,000 roubles', C, 'date/number format'),

    # mt-15-geysers
    ('mt-15-geysers', 'Last year the valley visited 6,800 tourists', None, CAL, 'Last year 6,800 tourists visited the valley', L, 'calque'),
    ('mt-15-geysers', 'excursions on helicopters', None, CAL, 'helicopter tours', L, 'calque'),
    ('mt-15-geysers', '97 thousand roubles', None, DN, '97,000 roubles', C, 'date/number format'),
    ('mt-15-geysers', 'we limit the number of groups to three a day', None, PRO, 'the reserve limits the number of groups to three a day', L, 'reported speech left in 1st person'),
    ('mt-15-geysers', 'told the agency the deputy director of the reserve on ecological tourism Anna Kutuzova', None, CAL, "Anna Kutuzova, the reserve's deputy director for ecotourism, told the agency", L, 'calque'),
    ('mt-15-geysers', 'It', 'It added', PRO, 'She', C, 'pronoun'),
    ('mt-15-geysers', 'экотропа', None, UN, 'nature trail', C, 'Cyrillic leftover'),
    ('mt-15-geysers', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-15-geysers', ' (The Valley of Geysers was discovered in 1941 by the hydrologist Tatyana Ustinova and is one of the largest geyser fields in the world. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-16-snowleopard
    ('mt-16-snowleopard', 'irbis', None, UN, 'snow leopard', L, 'transliterated leftover'),
    ('mt-16-snowleopard', 'In the basin of the Argut river were counted 78 snow leopards', None, CAL, '78 snow leopards were counted in the basin of the Argut river', L, 'calque'),
    ('mt-16-snowleopard', 'photo-traps', None, CAL, 'camera traps', L, 'calque'),
    ('mt-16-snowleopard', 'Snow Ridge', None, EN, 'Snezhny Khrebet', L, 'name rendered by meaning or back-transliterated'),
    ('mt-16-snowleopard', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-16-snowleopard', '2,3 thousand square kilometres', None, DN, '2,300 square kilometres', C, 'date/number format'),
    ('mt-16-snowleopard', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-16-snowleopard', 'we found traces of a female with two kittens near the border with Mongolia', None, PRO, 'they found traces of a female with two kittens near the border with Mongolia', L, 'reported speech left in 1st person'),
    ('mt-16-snowleopard', 'Tomas Makkinli', None, EN, 'Thomas McKinley', L, 'name rendered by meaning or back-transliterated'),
    ('mt-16-snowleopard', 'noted in the republican ministry of natural resources', None, CAL, "the republic's Ministry of Natural Resources noted", L, 'calque'),

    # mt-17-roofs
    ('mt-17-roofs', 'kapremont', None, UN, 'major repair', L, 'transliterated leftover'),
    ('mt-17-roofs', 'MKD', None, UN, 'apartment blocks', L, 'transliterated leftover'),
    ('mt-17-roofs', 'in the frames of the regional programme', None, CAL, 'under the regional programme', L, 'calque'),
    ('mt-17-roofs', '1,9 billion', None, DN, '1.9 billion', C, 'date/number format'),
    ('mt-17-roofs', 'stated at the meeting the head of the regional fund Oleg Sitnikov', None, CAL, 'Oleg Sitnikov, head of the regional fund, said at the meeting', L, 'calque'),
    ('mt-17-roofs', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-17-roofs', 'we have already terminated two contracts and gone to court', None, PRO, 'the fund had already terminated two contracts and gone to court', L, 'reported speech left in 1st person'),
    ('mt-17-roofs', 'ООО', None, UN, 'LLC', C, 'Cyrillic leftover'),
    ('mt-17-roofs', 'Reliable Roof', None, EN, 'Nadyozhnaya Krovlya', L, 'name rendered by meaning or back-transliterated'),
    ('mt-17-roofs', 'she', None, PRO, 'it', C, 'pronoun'),

    # mt-18-carsharing
    ('mt-18-carsharing', 'In the city appeared 200 cars of carsharing', None, CAL, '200 car-sharing cars have appeared in the city', L, 'calque'),
    ('mt-18-carsharing', 'Fast Wheel', None, EN, 'Bystroye Koleso', L, 'name rendered by meaning or back-transliterated'),
    ('mt-18-carsharing', 'Госуслуги', None, UN, 'the Gosuslugi public services portal', C, 'Cyrillic leftover'),
    ('mt-18-carsharing', '8,5', None, DN, '8.5', C, 'date/number format'),
    ('mt-18-carsharing', 'told at the presentation the director of the regional branch Yulia Reshetnikova', None, CAL, 'Yulia Reshetnikova, director of the regional branch, said at the presentation', L, 'calque'),
    ('mt-18-carsharing', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-18-carsharing', 'we will add electric cars next year', None, PRO, 'the company will add electric cars next year', L, 'reported speech left in 1st person'),
    ('mt-18-carsharing', 'she', None, PRO, 'it', C, 'pronoun'),
    ('mt-18-carsharing', 'GIBDD', None, UN, 'traffic police', L, 'transliterated leftover'),
    ('mt-18-carsharing', 'mayoralty', None, CAL, 'city hall', L, 'calque'),


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
                     "blind-mixed-13", "blind-mixed-14", "blind-mixed-15", "blind-mixed-16")), details=True))
