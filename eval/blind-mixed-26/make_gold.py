"""Gold for the held-out set written as blind30 (for eval/blind-mixed-26): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from the folder above when this set sits in eval/, else from
/work/main/eval). Checks of this set: no two gold spans that would match each other under the
scoring rule, controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per
MT doc, 250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds
or /work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -25 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record: mt-01..18 were drafted with inline marks
({{written=>correction|CAT|C/L}}, kept in src/source.md), their rows generated from the marks by
src/convert.py and written here; the controls were written directly as docs/neg-*.txt. The docs are
the source of truth for offsets.
Conventions as blind-mixed-25's (see README.md): attribution after the clause with the verb before its
source is a calque (likely) from the verb to the end of the source ("informs the press office of the
Kostroma regional court", "informs the regional ministry of sport", "informs the press service of the
Pskov eparchy", "reports the Komi branch of Sberbank"); subjectless and impersonal frames likewise ("it
is said in the message of the regional UMVD", "In the city administration explained", "informed in the
regional department of health", "In the administration of the city assured", "In the regional ministry
of agriculture said", "reported to the correspondent of the agency in the regional ministry of
agriculture", "told in the press service of the department", "reported in the municipality", "as it
became known to Stolitsa na Onego"); a name rendered by meaning is marked at every occurrence (Red Key
x2, Dry Hill x2). Editorial glosses of nine kinds, none of an earlier set's shape: an "Earlier we wrote"
line (mt-01), a WhatsApp tip-off line (mt-02), a translator's note line (mt-03), a typo-report line
(mt-05), a photo line naming a Telegram channel (mt-08), a source line (mt-10), a grant-support line
(mt-13), a share-on-social line (mt-16), an update-time line (mt-17).
`inconsistency` used once (mt-09, "Yegor Rybin" after "Egor Rybin"); `quote-drift` and `name-casing` not used.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit when it sits in eval/
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, INC, MAIN_EVAL, PRO, PU, UN, C, L, run

PARALLEL = tuple(f"/work/main/eval/blind-{name}30/" for name in ("senses", "terms", "pron", "order", "gnp", "realmt"))  # written in parallel, blind to this set
SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-psychic': 'court jails a self-styled fortune teller who swindled pensioners (Kostroma)',
    'mt-02-moonshine': 'police shut an underground moonshine workshop (Vladimir region)',
    'mt-03-standpipe': 'street water pumps removed, private houses left without water (Tambov)',
    'mt-04-mammograph': 'mobile mammography unit tours remote districts (Kurgan region)',
    'mt-05-twoshifts': 'overcrowded school goes to two shifts (Cheboksary)',
    'mt-06-onions': 'onion prices in Novosibirsk',
    'mt-07-impound': 'impound lot and towing fees rise in Perm',
    'mt-08-bardfest': 'singer-songwriter festival on the Baikal shore (Irkutsk region)',
    'mt-09-powerlifting': 'Russian junior powerlifting championships in Tula',
    'mt-10-treerings': 'Tomsk scientists reconstruct 600 years of climate from tree rings',
    'mt-11-drought': 'drought emergency in the Saratov region',
    'mt-12-rooks': 'rooks return four weeks early (Yaroslavl region)',
    'mt-13-icon': 'stolen icon returned from a German auction to a village church (Pskov region)',
    'mt-14-plaque': 'memorial plaque to a wartime pilot at his school (Kozelsk, Kaluga region)',
    'mt-15-townday': "small town's 800th anniversary (Ostashkov, Tver region)",
    'mt-16-atm': "remote village gets its first ATM (Komi)",
    'mt-17-alimony': 'bailiffs seize a child-support debtor\'s car (Orenburg region)',
    'mt-18-vipers': 'viper bites rise in Karelia',
}

ROWS = [
# BEGIN ROWS

    # mt-01-psychic
    ('mt-01-psychic', '12 march 2030', None, DN, '12 March 2030', C),
    ('mt-01-psychic', 'In the Leninsky district court of Kostroma was pronounced the verdict', None, CAL, 'The Leninsky district court of Kostroma has delivered its verdict', L),
    ('mt-01-psychic', 'Sorokina Alla Petrovna', None, EN, 'Alla Sorokina', L),
    ('mt-01-psychic', 'from 15 to 60 thousand roubles', None, DN, 'from 15,000 to 60,000 roubles', C),
    ('mt-01-psychic', '1,3 mln', None, DN, '1.3 million', C),
    ('mt-01-psychic', 'informs the press office of the Kostroma regional court', None, CAL, 'according to the press office of the Kostroma regional court', L),
    ('mt-01-psychic', 'It', None, PRO, 'She', C),
    ('mt-01-psychic', 'recognised the guilt partially', None, CAL, 'partly admitted her guilt', L),
    ('mt-01-psychic', 'I did not deceive anyone, people came to me themselves and left satisfied', None, PRO, 'she had not deceived anyone and that people had come to her of their own accord and left satisfied', L),
    ('mt-01-psychic', 'in a colony-settlement', None, CAL, 'in a low-security penal colony', L),
    ('mt-01-psychic', 'Earlier we wrote how a resident of Sharya gave 300 thousand roubles to fake bank employees.', None, GL, '', C),

    # mt-02-moonshine
    ('mt-02-moonshine', 'liquidated', None, CAL, 'shut down', L),
    ('mt-02-moonshine', 'In the house of a 58-year-old local resident were found', None, CAL, 'Officers found in the house of a 58-year-old local resident', L),
    ('mt-02-moonshine', 'it is said in the message of UMVD of the Vladimir region', None, CAL, 'the regional police department said in a statement', L),
    ('mt-02-moonshine', 'Red Key', 0, EN, 'Krasny Klyuch', L),
    ('mt-02-moonshine', 'Red Key', 1, EN, 'Krasny Klyuch', L),
    ('mt-02-moonshine', 'samogon', None, UN, 'moonshine', L),
    ('mt-02-moonshine', 'As he explained to the operatives', None, CAL, 'As he told the officers', L),
    ('mt-02-moonshine', 'I have no other work in the village, and the pension will only be in two years', None, PRO, 'he had no other work in the village and would not get a pension for another two years', L),
    ('mt-02-moonshine', 'The police ask the residents of the region not to buy alcohol "from hands"', None, CAL, 'Police urge residents not to buy alcohol from private sellers', L),
    ('mt-02-moonshine', '02', None, DN, '102', L),
    ('mt-02-moonshine', 'If you witnessed an incident, send photos and videos to our WhatsApp.', None, GL, '', C),

    # mt-03-standpipe
    ('mt-03-standpipe', '3 june 2030', None, DN, '3 June 2030', C),
    ('mt-03-standpipe', 'Residents of the private sector', None, CAL, 'Residents of private houses', L),
    ('mt-03-standpipe', 'water columns', None, CAL, 'street water pumps', L),
    ('mt-03-standpipe', 'In the city administration explained', None, CAL, 'The city administration explained', L),
    ('mt-03-standpipe', "we wrote to the mayor, to the prosecutor's office and to the governor, but nobody came", None, PRO, "they had written to the mayor, the prosecutor's office and the governor, but nobody had come", L),
    ('mt-03-standpipe', 'Tambov Water Channel', None, EN, 'Tambovvodokanal', L),
    ('mt-03-standpipe', 'The connection of the houses to the network the enterprise is ready to carry out at a preferential tariff', None, CAL, 'The utility is ready to connect the houses to the network at a reduced rate', L),
    ('mt-03-standpipe', 'the price will make about 45 thousand roubles', None, CAL, 'the cost will be about 45,000 roubles', L),
    ('mt-03-standpipe', 'The question will be considered at the session', None, CAL, 'The issue will be discussed at the session', L),
    ('mt-03-standpipe', 'on 24 june', None, DN, 'on 24 June', C),
    ('mt-03-standpipe', "Translator's note: a water column is a street hand pump, common in Russian private housing.", None, GL, '', C),

    # mt-04-mammograph
    ('mt-04-mammograph', 'A mobile mammograph', None, CAL, 'A mobile mammography unit', L),
    ('mt-04-mammograph', 'He', None, PRO, 'It', C),
    ('mt-04-mammograph', 'The complex was acquired within the framework of the national project "Healthcare"', None, CAL, 'The unit was bought under the national Healthcare project', L),
    ('mt-04-mammograph', 'informed in the regional department of health', None, CAL, 'the regional health department said', L),
    ('mt-04-mammograph', 'The cost of the equipment made', None, CAL, 'The equipment cost', L),
    ('mt-04-mammograph', '42,5 million', None, DN, '42.5 million', C),
    ('mt-04-mammograph', 'CRB', None, UN, 'central district hospital', L),
    ('mt-04-mammograph', 'Crooked Lake', None, EN, 'Krivoye Ozero', L),
    ('mt-04-mammograph', 'FAP', None, UN, 'medical post', L),
    ('mt-04-mammograph', 'Chief freelance oncologist of the region Vadim Levin', None, CAL, "Vadim Levin, the region's chief oncologist,", L),
    ('mt-04-mammograph', 'the early diagnosis allows to save', None, CAL, 'early diagnosis saves', L),

    # mt-05-twoshifts
    ('mt-05-twoshifts', 'From 2 september', None, DN, 'From 2 September', C),
    ('mt-05-twoshifts', 'No 41', None, PU, 'No. 41', C),
    ('mt-05-twoshifts', 'The decision about this made the city department of education', None, CAL, 'The city education department made the decision', L),
    ('mt-05-twoshifts', '1 460', None, DN, '1,460', C),
    ('mt-05-twoshifts', 'In the second shift will study the pupils of the fifth, sixth and seventh classes', None, CAL, 'Pupils in the fifth, sixth and seventh grades will study in the second shift', L),
    ('mt-05-twoshifts', 'Mother of a fifth-grader Olga Vasilyeva', None, CAL, 'Olga Vasilyeva, the mother of a fifth-grader,', L),
    ('mt-05-twoshifts', 'my son will come home in the dark, and in winter this is dangerous', None, PRO, 'her son would be coming home in the dark, which was dangerous in winter', L),
    ('mt-05-twoshifts', 'In the administration of the city assured', None, CAL, 'The city administration gave assurances', L),
    ('mt-05-twoshifts', 'The director of the school Svetlana Kuzmina', None, CAL, 'The head teacher, Svetlana Kuzmina,', L),
    ('mt-05-twoshifts', 'signatures under an appeal', None, CAL, 'signatures on a petition', L),
    ('mt-05-twoshifts', 'Found a mistake? Select it and press Ctrl+Enter.', None, GL, '', C),

    # mt-06-onions
    ('mt-06-onions', '2,4', None, DN, '2.4', C),
    ('mt-06-onions', 'follows from the data of Novosibirskstat', None, CAL, 'according to Novosibirskstat', L),
    ('mt-06-onions', 'The reason of the rise in price experts call', None, CAL, 'Experts name as the cause of the rise', L),
    ('mt-06-onions', 'a product of the first necessity', None, CAL, 'a staple', L),
    ('mt-06-onions', 'he', None, PRO, 'it', C),
    ('mt-06-onions', 'Siberian Garden', None, EN, 'Sibirsky Sad', L),
    ('mt-06-onions', 'we buy Egyptian onions now at the price of 58 roubles', None, PRO, 'his firm was now paying 58 roubles for Egyptian onions', L),
    ('mt-06-onions', '18,5', None, DN, '18.5', C),
    ('mt-06-onions', 'In the regional ministry of agriculture said', None, CAL, 'The regional agriculture ministry said', L),
    ('mt-06-onions', 'Federal antimonopoly service', None, IC, 'Federal Antimonopoly Service', C),

    # mt-07-impound
    ('mt-07-impound', '14 may 2030', None, DN, '14 May 2030', C),
    ('mt-07-impound', 'The corresponding resolution is signed by the head of the city', None, CAL, 'The mayor has signed the resolution', L),
    ('mt-07-impound', '3 thousand 200 roubles', None, DN, '3,200 roubles', C),
    ('mt-07-impound', '4 thousand 100 roubles', None, DN, '4,100 roubles', C),
    ('mt-07-impound', 'As reported by the press service of the municipal enterprise "Perm Parking"', None, CAL, 'According to the press service of the municipal firm Perm Parking', L),
    ('mt-07-impound', 'have not taken them away up to now', None, CAL, 'have still not collected them', L),
    ('mt-07-impound', 'The city explains the increase by the growth of the costs', None, CAL, 'The city attributes the increase to rising costs', L),
    ('mt-07-impound', 'have not been indexed since 2024 year', None, CAL, 'have not been raised since 2024', L),
    ('mt-07-impound', 'Federation of car owners of Russia', None, IC, 'Federation of Car Owners of Russia', C),
    ('mt-07-impound', 'at the expense of drivers', None, CAL, "at drivers' expense", L),
    ('mt-07-impound', 'GIBDD', None, UN, 'traffic police', L),

    # mt-08-bardfest
    ('mt-08-bardfest', "The festival of author's song", None, CAL, 'The singer-songwriter festival', L),
    ('mt-08-bardfest', 'Baikal Strings', None, EN, 'Baikalskiye Struny', L),
    ('mt-08-bardfest', 'The festival is held for the 28th time', None, CAL, 'It was the 28th festival', L),
    ('mt-08-bardfest', 'The jury was headed by the bard from Moscow Sergei Nikitenko', None, CAL, 'The jury was chaired by the Moscow bard Sergei Nikitenko', L),
    ('mt-08-bardfest', 'The Grand Prix of the festival received', None, CAL, "The festival's Grand Prix went to", L),
    ('mt-08-bardfest', 'Irkutsk state university', None, IC, 'Irkutsk State University', C),
    ('mt-08-bardfest', 'on verses of', None, CAL, 'set to poems by', L),
    ('mt-08-bardfest', 'Thousands of spectators sang together with the performers, and over the lake stood the light of hundreds of lanterns', None, CAL, 'Thousands of spectators sang along with the performers, and the lights of hundreds of lanterns shone over the lake', L),
    ('mt-08-bardfest', 'have taken out', None, CAL, 'removed', L),
    ('mt-08-bardfest', 'regional Ministry of culture and archives', None, IC, 'regional Ministry of Culture and Archives', C),
    ('mt-08-bardfest', 'Photo: Telegram channel of the festival', None, GL, '', C),

    # mt-09-powerlifting
    ('mt-09-powerlifting', '30 november 2030', None, DN, '30 November 2030', C),
    ('mt-09-powerlifting', 'The championship of Russia on classic powerlifting among juniors', None, CAL, 'The Russian junior classic powerlifting championships', L),
    ('mt-09-powerlifting', 'The victory in the weight category up to 83 kilograms celebrated the Tula athlete Egor Rybin', None, CAL, "Tula's Egor Rybin won the under-83 kilogram category", L),
    ('mt-09-powerlifting', '762,5', None, DN, '762.5', C),
    ('mt-09-powerlifting', 'informs the regional ministry of sport', None, CAL, 'the regional sports ministry reports', L),
    ('mt-09-powerlifting', 'Yegor Rybin', None, INC, 'Egor Rybin', L),
    ('mt-09-powerlifting', 'Tkachenko Dmitry', None, EN, 'Dmitry Tkachenko', L),
    ('mt-09-powerlifting', 'the gold went to the athlete from Ufa Renata Galieva', None, CAL, 'the gold went to Renata Galieva from Ufa', L),
    ('mt-09-powerlifting', 'It', None, PRO, 'She', C),
    ('mt-09-powerlifting', 'The prize fund of the tournament made 1,5 million roubles', None, CAL, "The championship's prize money totalled 1.5 million roubles", L),
    ('mt-09-powerlifting', 'According to the data of the federation, in the region there are 14 halls where children are engaged in the powerlifting', None, CAL, 'Federation figures show 14 gyms in the region where children train in powerlifting', L),

    # mt-10-treerings
    ('mt-10-treerings', 'have restored', None, CAL, 'have reconstructed', L),
    ('mt-10-treerings', 'She', None, PRO, 'It', C),
    ('mt-10-treerings', 'Upper Birch', None, EN, 'Verkhnyaya Berezovka', L),
    ('mt-10-treerings', 'As told the head of the laboratory of dendroecology Andrei Shishkin', None, CAL, 'As Andrei Shishkin, the head of the dendroecology laboratory, said', L),
    ('mt-10-treerings', 'coolings', None, CAL, 'cold spells', L),
    ('mt-10-treerings', 'fell on the 1810s years', None, CAL, 'came in the 1810s', L),
    ('mt-10-treerings', '1,5', None, DN, '1.5', C),
    ('mt-10-treerings', '«', None, PU, '"', C),
    ('mt-10-treerings', '»', None, PU, '"', C),
    ('mt-10-treerings', 'Russian science foundation', None, IC, 'Russian Science Foundation', C),
    ('mt-10-treerings', 'Source: Tomsk-Inform', None, GL, '', C),

    # mt-11-drought
    ('mt-11-drought', '11 july 2030', None, DN, '11 July 2030', C),
    ('mt-11-drought', 'The regime of emergency situation', None, CAL, 'A state of emergency', L),
    ('mt-11-drought', 'The corresponding decree signed the governor', None, CAL, 'The governor signed the decree', L),
    ('mt-11-drought', 'There have been no precipitations', None, CAL, 'There has been no rain', L),
    ('mt-11-drought', 'She', None, PRO, 'It', C),
    ('mt-11-drought', '214 thous. hectares', None, DN, '214,000 hectares', C),
    ('mt-11-drought', 'told the correspondent of RIA Saratov in the ministry of agriculture of the Saratov region', None, CAL, 'the regional agriculture ministry told RIA Saratov', L),
    ('mt-11-drought', 'Most of all suffered the winter wheat and the sunflower', None, CAL, 'Winter wheat and sunflowers suffered most', L),
    ('mt-11-drought', 'it exceeds 3 bln roubles', None, DN, 'it exceeds 3 billion roubles', C),
    ('mt-11-drought', 'a special fire regime operates', None, CAL, 'special fire safety restrictions are in force', L),

    # mt-12-rooks
    ('mt-12-rooks', 'The first birds ornithologists noticed', None, CAL, 'Ornithologists spotted the first birds', L),
    ('mt-12-rooks', '8 february', None, DN, '8 February', C),
    ('mt-12-rooks', 'As told the employee of the Yaroslavl zoo Natalia Kuchina', None, CAL, 'As Natalia Kuchina, an employee of Yaroslavl Zoo, said', L),
    ('mt-12-rooks', 'the average temperature was above the norm by 4 to 5 degrees', None, CAL, 'the average temperature was 4 to 5 degrees above normal', L),
    ('mt-12-rooks', 'Грачевник', None, UN, 'Rook Day', C),
    ('mt-12-rooks', 'he', None, PRO, 'it', C),
    ('mt-12-rooks', 'Great Field', None, EN, 'Velikoye Pole', L),
    ('mt-12-rooks', 'they demanded from the administration to cut the old poplars', None, CAL, 'they demanded that the administration cut down the old poplars', L),
    ('mt-12-rooks', 'Ecologists are against', None, CAL, 'Ecologists are opposed', L),
    ('mt-12-rooks', 'The rooks bring big benefit to agriculture', None, CAL, 'Rooks are very useful to farmers', L),
    ('mt-12-rooks', 'regional Center of ecological education', None, IC, 'regional Center of Ecological Education', C),

    # mt-13-icon
    ('mt-13-icon', 'Dry Hill', 0, EN, 'Sukhaya Gorka', L),
    ('mt-13-icon', 'She', None, PRO, 'It', C),
    ('mt-13-icon', 'The shrine', None, CAL, 'The icon', L),
    ('mt-13-icon', 'metropolitan', None, IC, 'Metropolitan', C),
    ('mt-13-icon', 'informs the press service of the Pskov eparchy', None, CAL, 'according to the press service of the Pskov diocese', L),
    ('mt-13-icon', 'she', None, PRO, 'it', C),
    ('mt-13-icon', 'the rector of the church', None, CAL, 'the parish priest', L),
    ('mt-13-icon', 'He told that the parishioners will now install an alarm system', None, CAL, 'He said the parishioners would now install an alarm system', L),
    ('mt-13-icon', 'Dry Hill', 1, EN, 'Sukhaya Gorka', L),
    ('mt-13-icon', 'In the Soviet years in it there was a grain warehouse', None, CAL, 'In Soviet times it was used as a grain store', L),
    ('mt-13-icon', 'The publication is realised with the support of a grant of the Presidential Grants Fund.', None, GL, '', C),

    # mt-14-plaque
    ('mt-14-plaque', 'A memorial board', None, CAL, 'A memorial plaque', L),
    ('mt-14-plaque', 'was opened', None, CAL, 'was unveiled', L),
    ('mt-14-plaque', 'on the building of', None, CAL, 'on the wall of', L),
    ('mt-14-plaque', '2 august 1944', None, DN, '2 August 1944', C),
    ('mt-14-plaque', 'The initiators of the installation of the board became', None, CAL, 'The plaque was the idea of', L),
    ('mt-14-plaque', 'The board was made on the means of the local businessman', None, CAL, 'The plaque was paid for by a local businessman', L),
    ('mt-14-plaque', 'the military commissar of the district', None, CAL, 'the district military commissioner', L),
    ('mt-14-plaque', 'Marble board', None, CAL, 'The marble plaque', L),
    ('mt-14-plaque', 'She', 1, PRO, 'It', C),
    ('mt-14-plaque', 'In Kozelsk district there are 11 memorial boards to the Heroes of the Soviet Union', None, CAL, 'There are 11 memorial plaques to Heroes of the Soviet Union in the Kozelsk district', L),
    ('mt-14-plaque', '8 thousand residents', None, DN, '8,000 residents', C),

    # mt-15-townday
    ('mt-15-townday', 'Ostashkov celebrates its 800-year anniversary', None, CAL, 'Ostashkov is celebrating its 800th anniversary', L),
    ('mt-15-townday', '15 thousand guests', None, DN, '15,000 guests', C),
    ('mt-15-townday', 'The celebration opened the governor of the Tver region', None, CAL, 'The governor of the Tver region opened the celebration', L),
    ('mt-15-townday', 'On the central square unfolded a fair of masters', None, CAL, 'A craft fair opened on the central square', L),
    ('mt-15-townday', 'баранки', None, UN, 'bagel rings', C),
    ('mt-15-townday', 'Ostashkov leather plant', None, IC, 'Ostashkov Leather Plant', C),
    ('mt-15-townday', 'The evening the concert ended', None, CAL, 'The evening ended with a concert', L),
    ('mt-15-townday', 'According to the data of the police', None, CAL, 'According to the police', L),
    ('mt-15-townday', 'We have been preparing it for the whole year', None, CAL, 'We have been preparing for it all year', L),
    ('mt-15-townday', 'about 16 thousand people', None, DN, 'about 16,000 people', C),
    ('mt-15-townday', 'reported in the municipality', None, CAL, 'the municipality said', L),

    # mt-16-atm
    ('mt-16-atm', 'In the village of Trusovo in the Ust-Tsilemsky district appeared the first ATM', None, CAL, 'The village of Trusovo in the Ust-Tsilemsky district has got its first ATM', L),
    ('mt-16-atm', 'He', None, PRO, 'It', C),
    ('mt-16-atm', 'reports the Komi branch of Sberbank', None, CAL, 'the Komi branch of Sberbank reported', L),
    ('mt-16-atm', 'the pensioner Maria Chuprova', None, CAL, 'pensioner Maria Chuprova', L),
    ('mt-16-atm', 'It', None, PRO, 'She', C),
    ('mt-16-atm', '1,15 mln', None, DN, '1.15 million', C),
    ('mt-16-atm', '«', None, PU, '"', C),
    ('mt-16-atm', '»', None, PU, '"', C),
    ('mt-16-atm', 'we waited for the ATM for seven years', None, PRO, 'the village had waited for the ATM for seven years', L),
    ('mt-16-atm', 'Share the news with friends on VK and Odnoklassniki.', None, GL, '', C),

    # mt-17-alimony
    ('mt-17-alimony', '22 january 2030', None, DN, '22 January 2030', C),
    ('mt-17-alimony', 'arrested', None, CAL, 'seized', L),
    ('mt-17-alimony', '800 thousand roubles', None, DN, '800,000 roubles', C),
    ('mt-17-alimony', 'UFSSP', None, UN, 'regional bailiff service', L),
    ('mt-17-alimony', 'a foreign car', None, CAL, 'an imported car', L),
    ('mt-17-alimony', 'told in the press service of the department', None, CAL, "the department's press service said", L),
    ('mt-17-alimony', 'The debtor was brought to administrative responsibility', None, CAL, 'The debtor was fined', L),
    ('mt-17-alimony', '27 thousand cases', None, DN, '27,000 cases', C),
    ('mt-17-alimony', '2,1 bln', None, DN, '2.1 billion', C),
    ('mt-17-alimony', 'Olga Nikolaevna Savina', None, EN, 'Olga Savina', L),
    ('mt-17-alimony', 'The text was updated at 15:40.', None, GL, '', C),

    # mt-18-vipers
    ('mt-18-vipers', 'have addressed to doctors', None, CAL, 'have sought medical help', L),
    ('mt-18-vipers', 'republican ministry of Health', None, IC, 'Karelian Ministry of Health', L),
    ('mt-18-vipers', 'The most victims', None, CAL, 'Most of the victims', L),
    ('mt-18-vipers', 'were delivered to the intensive care unit', None, CAL, 'were taken to intensive care', L),
    ('mt-18-vipers', 'Now their condition is assessed as stable', None, CAL, 'Their condition is now stable', L),
    ('mt-18-vipers', 'The doctors explain the growth of the number of bites by the hot weather', None, CAL, 'Doctors attribute the rise in bites to the hot weather', L),
    ('mt-18-vipers', 'She', None, PRO, 'It', C),
    ('mt-18-vipers', 'The antidote serum', None, CAL, 'Antivenom', L),
    ('mt-18-vipers', 'we have enough serum for the whole season', None, PRO, 'the hospitals had enough antivenom for the whole season', L),
    ('mt-18-vipers', 'In Karelia live two species of snakes', None, CAL, 'Two species of snake live in Karelia', L),
    ('mt-18-vipers', 'as it became known to Stolitsa na Onego', None, CAL, 'Stolitsa na Onego has learned', L),

# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, notes_under=PARALLEL, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", *(f"blind-mixed-{i}" for i in range(2, 26)))), details=True))
