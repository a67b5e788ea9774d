"""Gold for the held-out set written as blind29 (for eval/blind-mixed-25): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from the folder above when this set sits in eval/, else from
/work/main/eval). Checks of this set: no two gold spans that would match each other under the
scoring rule, controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per
MT doc, 250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds
or /work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -24 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record: mt-01..18 were drafted with inline marks
({{written=>correction|CAT|C/L}}, kept in src/source.md), their rows generated from the marks by
src/convert.py and pasted here; the controls were written directly as docs/neg-*.txt. The docs are
the source of truth for offsets.
Conventions as blind-mixed-24's (see README.md): attribution after the clause or quote with the verb
before its source is a calque (likely) from the verb to the end of the source ("communicates the press
service of the Penza regional court", "transmits the correspondent of Pskovskaya Lenta",
"noted the analyst of the Siberian dairy union Oleg Sukhov", "marked the senior coach of the national
team Viktor Lomtev", "told the leading scientific employee of the laboratory of ecotoxicology Maria
Kedrova", "said the head of the rural settlement Pavel Ignatov"); subjectless frames likewise ("As
informed in the city police department", "explained in the regional operator",
"informed in the press service of the government of Karelia", "said in the regional Main Directorate
of the MChS", "clarified in the town administration", "told in the regional
prosecutor's office", "In the regional department of the Emergencies Ministry told RIA Voronezh");
a wrongly rendered name or leftover word is marked at every occurrence outside a frame (Clean Edge
x2, Milk River x2, Great Lip x2, Swan x2). Editorial glosses of seven kinds: a "Read also:" link line
(mt-01), an agency signature after the dateline (" /IA Volga-Inform/", mt-02), a Telegram subscription
line (mt-03), an age rating after a title (" (6+)", mt-08), a foreign-agent label in brackets (mt-12),
a photo credit line (mt-15), an editor's bracket inside a quote (" [of lightning. — Ed.]", mt-18).
`inconsistency` used once (mt-01, a second spelling of a name); `quote-drift` and `name-casing` not used.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, INC, MAIN_EVAL, PRO, PU, UN, C, L, run

# no set was written in parallel with this one
PARALLEL = tuple(f"/work/main/eval/blind-{name}29/" for name in ("attrib", "order", "pron", "lex", "gloss", "realmt"))  # written in parallel, blind to this set
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-meters': 'court fines a businessman for slowing his electricity meter with a magnet (Penza region)',
    'mt-02-scrapmetal': 'police detain manhole-cover thieves in Syzran',
    'mt-03-garbagetariff': 'waste collection tariff rises in the Kirov region',
    'mt-04-strokeunit': 'stroke unit opens at a district hospital in Morshansk',
    'mt-05-phoneban': 'gymnasium in Velikiye Luki bans phones for the whole school day',
    'mt-06-butter': 'butter prices in Omsk',
    'mt-07-seaplane': 'seaplane route from Petrozavodsk to a Zaonezhye village',
    'mt-08-poetmuseum': "a poet's house museum reopens in Ustyuzhna",
    'mt-09-racewalking': 'Russian winter race walking championships in Saransk',
    'mt-10-microplastics': 'Yekaterinburg scientists find microplastics in Urals lakes',
    'mt-11-freezingrain': 'freezing rain cuts power in the Smolensk region',
    'mt-12-cormorants': 'fishermen and ornithologists argue over cormorants on the Tsimlyansk reservoir',
    'mt-13-chapel': 'wooden chapel consecrated in a Kargopol district village',
    'mt-14-cadets': 'first cadet class takes the oath in Berdsk',
    'mt-15-streetnames': 'small town votes on names for new streets (Kostroma region)',
    'mt-16-fakediplomas': 'Krasnodar woman jailed for selling fake diplomas',
    'mt-17-pasta': 'pasta factory in Biysk launches a second line',
    'mt-18-lightning': 'thunderstorm and lightning strikes in the Voronezh region',
}

ROWS = [
# BEGIN ROWS

    # mt-01-meters
    ('mt-01-meters', '3 february 2029', None, DN, '3 February 2029', C),
    ('mt-01-meters', 'In the Serdobsk district court was considered the case', None, CAL, 'The Serdobsk district court has heard the case', L),
    ('mt-01-meters', 'It', None, PRO, 'He', C),
    ('mt-01-meters', '140 thousand roubles', None, DN, '140,000 roubles', C),
    ('mt-01-meters', 'communicates the press service of the Penza regional court', None, CAL, 'according to the press service of the Penza regional court', L),
    ('mt-01-meters', '61,4 thousand kilowatt-hours', None, DN, '61,400 kilowatt-hours', C),
    ('mt-01-meters', 'UK RF', None, UN, 'Russian Criminal Code', L),
    ('mt-01-meters', 'admitted the guilt fully', None, CAL, 'pleaded guilty', L),
    ('mt-01-meters', 'I bought the magnet on the Internet when the tariff for legal entities grew almost by a third', None, PRO, 'he had bought the magnet online when the electricity tariff for businesses rose by almost a third', L),
    ('mt-01-meters', 'Gennadiy Lyapin', None, INC, 'Gennady Lyapin', L),
    ('mt-01-meters', 'Read also: In Kuznetsk a pensioner was fined for flying a drone over the city stadium', None, GL, '', C),

    # mt-02-scrapmetal
    ('mt-02-scrapmetal', '23 october', None, DN, '23 October', C),
    ('mt-02-scrapmetal', ' /IA Volga-Inform/', None, GL, '', C),
    ('mt-02-scrapmetal', 'hatches', None, CAL, 'manhole covers', L),
    ('mt-02-scrapmetal', 'As informed in the city police department', None, CAL, 'According to the city police department', L),
    ('mt-02-scrapmetal', '17,8 thousand roubles', None, DN, '17,800 roubles', C),
    ('mt-02-scrapmetal', 'an open well', None, CAL, 'an open manhole', L),
    ('mt-02-scrapmetal', 'IP', None, UN, 'sole trader', L),
    ('mt-02-scrapmetal', 'He', None, PRO, 'It', C),
    ('mt-02-scrapmetal', 'On the fact of the theft a criminal case was initiated', None, CAL, 'A criminal case has been opened into the theft', L),
    ('mt-02-scrapmetal', 'which', 0, PRO, 'who', C),
    ('mt-02-scrapmetal', 'this year we have already lost 40 covers, and every one of them is a risk for drivers and children', None, PRO, 'the utility had already lost 40 covers this year, and every one of them was a risk to drivers and children', L),

    # mt-03-garbagetariff
    ('mt-03-garbagetariff', 'solid communal waste', None, CAL, 'household waste', L),
    ('mt-03-garbagetariff', 'regional Service on tariffs and prices', None, IC, 'regional Service on Tariffs and Prices', C),
    ('mt-03-garbagetariff', 'The payment for one resident of an apartment block will constitute', None, CAL, 'A resident of an apartment block will pay', L),
    ('mt-03-garbagetariff', '142,6', None, DN, '142.6', C),
    ('mt-03-garbagetariff', 'explained in the regional operator', None, CAL, 'the regional waste operator explained', L),
    ('mt-03-garbagetariff', 'Clean Edge', 0, EN, 'Chisty Krai', L),
    ('mt-03-garbagetariff', 'she', None, PRO, 'it', C),
    ('mt-03-garbagetariff', 'ТКО', None, UN, 'household waste', C),
    ('mt-03-garbagetariff', 'Clean Edge', 1, EN, 'Chisty Krai', L),
    ('mt-03-garbagetariff', 'we will not leave a single yard without containers, even in the most remote villages', None, PRO, 'the company would not leave a single yard without containers, even in the most remote villages', L),
    ('mt-03-garbagetariff', 'Subscribe to our Telegram channel so as not to miss the important news of the region', None, GL, '', C),

    # mt-04-strokeunit
    ('mt-04-strokeunit', '24 november 2028', None, DN, '24 November 2028', C),
    ('mt-04-strokeunit', 'In the Morshansk central district hospital opened a primary vascular department', None, CAL, 'A stroke unit has opened at Morshansk Central District Hospital', L),
    ('mt-04-strokeunit', 'as reported in the regional ministry of healthcare', None, CAL, 'the regional healthcare ministry said', L),
    ('mt-04-strokeunit', 'angiograph', None, CAL, 'angiography machine', L),
    ('mt-04-strokeunit', 'He', None, PRO, 'It', C),
    ('mt-04-strokeunit', '118 mln', None, DN, '118 million', C),
    ('mt-04-strokeunit', 'Love Zotova', None, EN, 'Lyubov Zotova', L),
    ('mt-04-strokeunit', 'It', None, PRO, 'She', C),
    ('mt-04-strokeunit', 'in the first week we have already received eleven patients, and four of them came to us within the golden hour', None, PRO, 'the unit had received eleven patients in its first week, four of them within the golden hour', L),
    ('mt-04-strokeunit', 'ONMK', None, UN, 'stroke', L),
    ('mt-04-strokeunit', 'regional Ministry of health', None, IC, 'regional Ministry of Health', C),

    # mt-05-phoneban
    ('mt-05-phoneban', 'From 1 september', None, DN, 'From 1 September', C),
    ('mt-05-phoneban', '№', None, PU, 'No.', C),
    ('mt-05-phoneban', "Such a decision took the parents' committee together with the administration", None, CAL, "The parents' committee and the school administration took this decision", L),
    ('mt-05-phoneban', 'transmits the correspondent of Pskovskaya Lenta', None, CAL, 'according to a correspondent of Pskovskaya Lenta', L),
    ('mt-05-phoneban', 'the solemn ruler', None, CAL, 'the school assembly', L),
    ('mt-05-phoneban', 'over the past year we have noticed that children at breaks do not talk to each other but only sit in their phones', None, PRO, 'over the past year staff had noticed that children did not talk to each other during breaks and just sat staring at their phones', L),
    ('mt-05-phoneban', 'It', None, PRO, 'She', C),
    ('mt-05-phoneban', 'The pedagogues', None, CAL, 'The teachers', L),
    ('mt-05-phoneban', '4,3', None, DN, '4.3', C),
    ('mt-05-phoneban', 'EGE', None, UN, 'Unified State Exam', L),
    ('mt-05-phoneban', 'She', 1, PRO, 'It', C),

    # mt-06-butter
    ('mt-06-butter', '27,4', None, DN, '27.4', C),
    ('mt-06-butter', 'Such data cites Omskstat', None, CAL, 'Omskstat cites these figures', L),
    ('mt-06-butter', '1 126 roubles', None, DN, '1,126 roubles', C),
    ('mt-06-butter', 'rub', None, DN, 'roubles', C),
    ('mt-06-butter', '—', None, PU, 'is', L),
    ('mt-06-butter', 'the deficit of milk fat', None, CAL, 'a shortage of milk fat', L),
    ('mt-06-butter', 'noted the analyst of the Siberian dairy union Oleg Sukhov', None, CAL, 'said Oleg Sukhov, an analyst at the Siberian dairy union', L),
    ('mt-06-butter', 'she', None, PRO, 'it', C),
    ('mt-06-butter', 'Milk River', 0, EN, 'Molochnaya Reka', L),
    ('mt-06-butter', 'Milk River', 1, EN, 'Molochnaya Reka', L),
    ('mt-06-butter', 'we have to raise prices every month, and buyers now take butter by weight, 100 grams each', None, PRO, 'she had to raise prices every month and customers now bought butter by weight, 100 grams at a time', L),

    # mt-07-seaplane
    ('mt-07-seaplane', 'Great Lip', 0, EN, 'Velikaya Guba', L),
    ('mt-07-seaplane', 'on 1 june', None, DN, 'on 1 June', C),
    ('mt-07-seaplane', 'informed in the press service of the government of Karelia', None, CAL, "the Karelian government's press service said", L),
    ('mt-07-seaplane', 'Flights will carry out the local company Onega Sky', None, CAL, 'The local company Onega Sky will operate the flights', L),
    ('mt-07-seaplane', 'He', 0, PRO, 'It', C),
    ('mt-07-seaplane', 'The cost of a ticket in one direction', None, CAL, 'A one-way ticket', L),
    ('mt-07-seaplane', '4,7 thousand roubles', None, DN, '4,700 roubles', C),
    ('mt-07-seaplane', 'republican ministry of Transport', None, IC, 'Karelian Ministry of Transport', C),
    ('mt-07-seaplane', 'Great Lip', 1, EN, 'Velikaya Guba', L),
    ('mt-07-seaplane', '", —', None, PU, ',"', C),
    ('mt-07-seaplane', 'said the head of the rural settlement Pavel Ignatov', None, CAL, 'said Pavel Ignatov, the head of the rural settlement', L),

    # mt-08-poetmuseum
    ('mt-08-poetmuseum', 'In Ustyuzhna after three years of restoration opened the house-museum of the poet Arkady Rusanov', None, CAL, 'The house museum of the poet Arkady Rusanov has opened in Ustyuzhna after three years of restoration', L),
    ('mt-08-poetmuseum', 'He', None, PRO, 'It', C),
    ('mt-08-poetmuseum', 'its', None, PRO, 'his', C),
    ('mt-08-poetmuseum', 'exposition', None, CAL, 'exhibition', L),
    ('mt-08-poetmuseum', '«', None, PU, '“', C),
    ('mt-08-poetmuseum', '»', None, PU, '”', C),
    ('mt-08-poetmuseum', ' (6+)', None, GL, '', C),
    ('mt-08-poetmuseum', 'Kamysheva Natalya Viktorovna', None, EN, 'Natalya Kamysheva', L),
    ('mt-08-poetmuseum', 'the restorers had to replace almost 40 percent of the logs, but we managed to save the original tiled stove', None, PRO, 'the restorers had had to replace almost 40 percent of the logs, but the museum had managed to save the original tiled stove', L),
    ('mt-08-poetmuseum', '23,7 mln', None, DN, '23.7 million', C),
    ('mt-08-poetmuseum', 'Rusanov Literary society', None, IC, 'Rusanov Literary Society', C),

    # mt-09-racewalking
    ('mt-09-racewalking', '19 february 2029', None, DN, '19 February 2029', C),
    ('mt-09-racewalking', 'In Saransk ended the winter championship of Russia in race walking', None, CAL, 'The Russian winter race walking championships have ended in Saransk', L),
    ('mt-09-racewalking', "The first place in the men's race on 20 kilometres took", None, CAL, "First place in the men's 20-kilometre race went to", L),
    ('mt-09-racewalking', 'It', 0, PRO, 'He', C),
    ('mt-09-racewalking', 'The strongest among women became', None, CAL, "The women's race was won by", L),
    ('mt-09-racewalking', 'Shift', None, EN, 'Smena', L),
    ('mt-09-racewalking', 'fulfilled the norm of master of sport', None, CAL, 'met the master of sport qualifying standard', L),
    ('mt-09-racewalking', 'She', 1, PRO, 'It', C),
    ('mt-09-racewalking', '„', None, PU, '“', C),
    ('mt-09-racewalking', '“', None, PU, '”', C),
    ('mt-09-racewalking', 'marked the senior coach of the national team Viktor Lomtev', None, CAL, "said Viktor Lomtev, the national team's senior coach", L),

    # mt-10-microplastics
    ('mt-10-microplastics', 'Ural federal university', None, IC, 'Ural Federal University', C),
    ('mt-10-microplastics', 'In one litre of water on average were found', None, CAL, 'On average, each litre of water contained', L),
    ('mt-10-microplastics', '3,7', None, DN, '3.7', C),
    ('mt-10-microplastics', 'silts', None, CAL, 'sediments', L),
    ('mt-10-microplastics', 'the lake Shartash', None, CAL, 'Lake Shartash', L),
    ('mt-10-microplastics', '2,5', None, DN, '2.5', C),
    ('mt-10-microplastics', 'He', None, PRO, 'It', C),
    ('mt-10-microplastics', 'told the leading scientific employee of the laboratory of ecotoxicology Maria Kedrova', None, CAL, 'said Maria Kedrova, a senior researcher at the ecotoxicology laboratory', L),
    ('mt-10-microplastics', 'we did not expect to find particles in the lakes of the reserve, where there are no settlements at all', None, PRO, 'the team had not expected to find particles in the lakes of the reserve, where nobody lives at all', L),
    ('mt-10-microplastics', 'MGU', None, UN, 'Moscow State University', L),
    ('mt-10-microplastics', 'полиэтилен', None, UN, 'polyethylene', C),

    # mt-11-freezingrain
    ('mt-11-freezingrain', 'Icy rain', None, CAL, 'Freezing rain', L),
    ('mt-11-freezingrain', '14,2 thousand people', None, DN, '14,200 people', C),
    ('mt-11-freezingrain', 'settlements', None, CAL, 'villages', L),
    ('mt-11-freezingrain', 'said in the regional Main Directorate of the MChS', None, CAL, 'the regional branch of the Emergencies Ministry said', L),
    ('mt-11-freezingrain', 'The energetics', None, CAL, 'Power engineers', L),
    ('mt-11-freezingrain', 'the synoptics', None, CAL, 'forecasters', L),
    ('mt-11-freezingrain', 'he', None, PRO, 'it', C),
    ('mt-11-freezingrain', 'until 29 december', None, DN, 'until 29 December', C),
    ('mt-11-freezingrain', 'MChS', 1, UN, 'Emergencies Ministry', L),
    ('mt-11-freezingrain', 'by Thursday we will restore power in all villages', None, PRO, 'power would be restored in all villages by Thursday', L),
    ('mt-11-freezingrain', 'It', None, PRO, 'He', C),

    # mt-12-cormorants
    ('mt-12-cormorants', 'On the islands of the reservoir now nest', None, CAL, 'Nesting on the islands of the reservoir now are', L),
    ('mt-12-cormorants', '12 thousand pairs', None, DN, '12,000 pairs', C),
    ('mt-12-cormorants', 'Southern scientific centre', None, IC, 'Southern Scientific Centre', C),
    ('mt-12-cormorants', 'today we catch half of what we caught five years ago', None, PRO, 'the cooperative now caught half as much as it had five years ago', L),
    ('mt-12-cormorants', 'the regulation of the number', None, CAL, 'a cull', L),
    ('mt-12-cormorants', ' (recognised in Russia as a foreign agent)', None, GL, '', C),
    ('mt-12-cormorants', 'he', None, PRO, 'it', C),
    ('mt-12-cormorants', 'Pavel Swan', None, EN, 'Pavel Lebed', L),
    ('mt-12-cormorants', 'Swan', 1, EN, 'Lebed', L),
    ('mt-12-cormorants', "the nature protection prosecutor's office", None, CAL, "the environmental prosecutor's office", L),
    ('mt-12-cormorants', 'in the nearest time', None, CAL, 'shortly', L),

    # mt-13-chapel
    ('mt-13-chapel', '6 august 2028', None, DN, '6 August 2028', C),
    ('mt-13-chapel', 'White Slide', None, EN, 'Belaya Gorka', L),
    ('mt-13-chapel', 'The rite of consecration performed', None, CAL, 'The consecration was performed by', L),
    ('mt-13-chapel', 'XVI–XVII centuries', None, DN, '16th–17th centuries', C),
    ('mt-13-chapel', 'She', None, PRO, 'It', C),
    ('mt-13-chapel', 'on the donations of villagers', None, CAL, 'with donations from villagers', L),
    ('mt-13-chapel', 'we took larch from our own forest and did everything by hand, as our grandfathers did', None, PRO, 'he and his sons had taken larch from their own forest and done everything by hand, as their grandfathers had', L),
    ('mt-13-chapel', 'After the consecration took place the first divine service', None, CAL, 'After the consecration, the first service was held', L),
    ('mt-13-chapel', 'temple', None, CAL, 'church', L),
    ('mt-13-chapel', 'the Plesetsk eparchy', None, CAL, 'the Plesetsk diocese', L),
    ('mt-13-chapel', 'Russian orthodox Church', None, IC, 'Russian Orthodox Church', C),

    # mt-14-cadets
    ('mt-14-cadets', 'The oath the boys gave', None, CAL, 'The boys took the oath', L),
    ('mt-14-cadets', 'veterans of combat actions', None, CAL, 'combat veterans', L),
    ('mt-14-cadets', 'Yunarmiya', None, UN, 'Youth Army', L),
    ('mt-14-cadets', 'military commissariat', None, CAL, 'military enlistment office', L),
    ('mt-14-cadets', 'fire training', None, CAL, 'weapons training', L),
    ('mt-14-cadets', 'form', None, CAL, 'uniform', L),
    ('mt-14-cadets', 'at the expense of', None, CAL, 'and paid for by', L),
    ('mt-14-cadets', 'She', None, PRO, 'It', C),
    ('mt-14-cadets', 'It', None, PRO, 'He', C),
    ('mt-14-cadets', 'we teach the boys not only to stand in formation, but first of all to be responsible for each other', None, PRO, 'he taught the boys not only to stand in formation but above all to be responsible for each other', L),
    ('mt-14-cadets', 'SVO', None, UN, 'special military operation', L),

    # mt-15-streetnames
    ('mt-15-streetnames', 'microdistrict', 0, CAL, 'neighbourhood', L),
    ('mt-15-streetnames', '31 may 2029', None, DN, '31 May 2029', C),
    ('mt-15-streetnames', 'The list of twelve names prepared the naming commission of the town duma', None, CAL, "The town duma's naming commission has drawn up a list of twelve names", L),
    ('mt-15-streetnames', 'clarified in the town administration', None, CAL, 'the town administration said', L),
    ('mt-15-streetnames', 'Faith Sinitsyna', None, EN, 'Vera Sinitsyna', L),
    ('mt-15-streetnames', 'we want the names to remind about the history of the town, and not only about birches and rowans', None, PRO, "the commission wanted the names to recall the town's history, not just birches and rowans", L),
    ('mt-15-streetnames', 'It', None, PRO, 'He', C),
    ('mt-15-streetnames', 'she', None, PRO, 'it', C),
    ('mt-15-streetnames', 'By 2031 in the microdistrict will live', None, CAL, 'By 2031 the neighbourhood will be home to', L),
    ('mt-15-streetnames', '4 thous. people', None, DN, '4,000 people', C),
    ('mt-15-streetnames', 'Photo: Nizhnelesnoy town administration / VKontakte', None, GL, '', C),

    # mt-16-fakediplomas
    ('mt-16-fakediplomas', '21 march 2029', None, DN, '21 March 2029', C),
    ('mt-16-fakediplomas', 'colony of general regime', None, CAL, 'general-regime penal colony', L),
    ('mt-16-fakediplomas', "told in the regional prosecutor's office", None, CAL, "the regional prosecutor's office said", L),
    ('mt-16-fakediplomas', 'He', None, PRO, 'It', C),
    ('mt-16-fakediplomas', 'from 35 to 90 thousand roubles', None, DN, 'from 35,000 to 90,000 roubles', C),
    ('mt-16-fakediplomas', 'the intruder', None, CAL, 'the fraudster', L),
    ('mt-16-fakediplomas', '2,3 mln', None, DN, '2.3 million', C),
    ('mt-16-fakediplomas', 'Main investigative directorate', None, IC, 'Main Investigative Directorate', C),
    ('mt-16-fakediplomas', 'In her last word', None, CAL, 'In her final statement', L),
    ('mt-16-fakediplomas', 'I did not think that anyone would really work with these diplomas in hospitals', None, PRO, 'she had not thought that anyone would really use the diplomas to work in hospitals', L),
    ('mt-16-fakediplomas', 'It', None, PRO, 'She', C),

    # mt-17-pasta
    ('mt-17-pasta', 'In Biysk launched the second production line', None, CAL, 'A second production line has been launched in Biysk', L),
    ('mt-17-pasta', 'macaroni factory', None, CAL, 'pasta factory', L),
    ('mt-17-pasta', 'Siberian Cornfield', None, EN, 'Sibirskaya Niva', L),
    ('mt-17-pasta', 'The line of Italian production', None, CAL, 'The Italian-made line', L),
    ('mt-17-pasta', '24 thousand tonnes', None, DN, '24,000 tonnes', C),
    ('mt-17-pasta', '640 mln', None, DN, '640 million', C),
    ('mt-17-pasta', 'she', None, PRO, 'it', C),
    ('mt-17-pasta', 'workplaces', None, CAL, 'jobs', L),
    ('mt-17-pasta', 'hard varieties of wheat', None, CAL, 'durum wheat', L),
    ('mt-17-pasta', 'Gorbunov Andrei', None, EN, 'Andrei Gorbunov', L),
    ('mt-17-pasta', 'next year we plan to open a brand shop in Novosibirsk and to enter the market of Mongolia', None, PRO, 'the company planned to open its own shop in Novosibirsk next year and to start selling in Mongolia', L),

    # mt-18-lightning
    ('mt-18-lightning', '2 july', None, DN, '2 July', C),
    ('mt-18-lightning', 'In the village of Yablochnoye from a lightning strike burned down a house', None, CAL, 'A house in the village of Yablochnoye burned down after a lightning strike', L),
    ('mt-18-lightning', ' [of lightning. — Ed.]', None, GL, '', C),
    ('mt-18-lightning', 'SNT', None, UN, 'garden cooperative', L),
    ('mt-18-lightning', 'hit into', None, CAL, 'struck', L),
    ('mt-18-lightning', 'In the regional department of the Emergencies Ministry told RIA Voronezh', None, CAL, 'The regional department of the Emergencies Ministry told RIA Voronezh', L),
    ('mt-18-lightning', 'In two hours in Voronezh fell', None, CAL, 'In two hours Voronezh received', L),
    ('mt-18-lightning', 'the monthly norm', None, CAL, 'the monthly average', L),
    ('mt-18-lightning', 'TsGMS', None, UN, 'weather centre', L),
    ('mt-18-lightning', 'She', None, PRO, 'It', C),
    ('mt-18-lightning', 'a yellow level of danger', None, CAL, 'a yellow weather warning', L),
# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, notes_under=PARALLEL, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", *(f"blind-mixed-{i}" for i in range(2, 25)))), details=True))
