"""Gold for the held-out set blind10 (to become eval/blind-mixed-6): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2, -3, -4 or -5 (their
gold is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources source-*.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind10 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-chess': 'sport/chess',
    'mt-02-banklicence': 'banking regulation',
    'mt-03-salmon': 'fisheries',
    'mt-04-filmfest': 'cinema',
    'mt-05-pensions': 'pensions',
    'mt-06-migrants': 'migration',
    'mt-07-swinefever': 'veterinary',
    'mt-08-hackers': 'cybercrime',
    'mt-09-satellite': 'space',
    'mt-10-burial': 'archaeology',
    'mt-11-goldmine': 'mining',
    'mt-12-bridge': 'construction',
    'mt-13-election': 'elections',
    'mt-14-icebreaker': 'shipping',
    'mt-15-tigers': 'zoo/wildlife',
    'mt-16-barkbeetle': 'forestry',
    'mt-17-litprize': 'literature',
    'mt-18-fashion': 'fashion',
}

ROWS = [

    # mt-01-chess (sport/chess)
    ('mt-01-chess', '17 october', None, DN, '17 October', C, 'lowercased month'),
    ('mt-01-chess', 'reported in the organizing committee of the competition', None, CAL, 'the organizing committee reported', L, 'subjectless attribution (сообщили в оргкомитете)'),
    ('mt-01-chess', 'Rook', None, EN, 'Ladya', C, 'club Ладья translated'),
    ('mt-01-chess', 'it', 0, PRO, 'he', C, "'it' for Kalitin"),
    ('mt-01-chess', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-01-chess', 'varlamov', None, NC, 'Varlamov', C, 'lowercased surname'),
    ('mt-01-chess', 'its', 0, PRO, 'her', C, "'its' for Gerts"),
    ('mt-01-chess', 'Hijs van der Meulen', None, EN, 'Gijs van der Meulen', L, 'Dutch name back-transliterated through Russian'),
    ('mt-01-chess', 'As told journalists the president of the regional chess federation Pavel Zorin', None, CAL, 'As Pavel Zorin, president of the regional chess federation, told journalists', L, 'inverted attribution + title word for word'),
    ('mt-01-chess', 'we will apply', None, PRO, 'the region will apply', L, 'reported speech left in the first person'),
    ('mt-01-chess', 'KhMAO', None, UN, 'Khanty-Mansi Autonomous Area', C, 'Russian abbreviation ХМАО'),

    # mt-02-banklicence (banking regulation)
    ('mt-02-banklicence', '8 april', None, DN, '8 April', C, 'lowercased month'),
    ('mt-02-banklicence', 'Ural Capital', None, EN, 'Uralsky Kapital', L, 'bank name translated by meaning'),
    ('mt-02-banklicence', 'carried out dubious operations on the withdrawal of funds abroad in significant volumes', None, CAL, 'carried out large dubious transfers abroad', L, 'Russian bureaucratic frame (сомнительные операции по выводу средств в значительных объемах)'),
    ('mt-02-banklicence', '6,8', None, DN, '6.8', C, 'decimal comma'),
    ('mt-02-banklicence', 'ASV', 0, UN, 'DIA', C, 'Russian abbreviation АСВ'),
    ('mt-02-banklicence', 'In the ASV noted', None, CAL, 'The DIA noted', L, 'subjectless attribution (в АСВ отметили)'),
    ('mt-02-banklicence', 'Said the analyst of the rating agency "Expert RA" Marina Shcheglova', None, CAL, 'Marina Shcheglova, an analyst at the rating agency Expert RA, said', L, 'inverted attribution + title word for word'),
    ('mt-02-banklicence', 'him', None, PRO, 'it', C, "'him' for the bank (банк is masculine)"),
    ('mt-02-banklicence', '," -', None, PU, ',"', C, 'Russian quote-dash (hyphen)'),
    ('mt-02-banklicence', 'its', 2, PRO, 'her', C, "'its' for Shcheglova"),
    ('mt-02-banklicence', 'you can check', None, PRO, 'depositors can check', L, 'reported speech left in the second person'),

    # mt-03-salmon (fisheries)
    ('mt-03-salmon', 'informed in the regional ministry of fisheries', None, CAL, 'the regional fisheries ministry said', L, 'subjectless attribution'),
    ('mt-03-salmon', 'putina', None, UN, 'fishing season', C, 'transliterated путина'),
    ('mt-03-salmon', 'For the coastal fishing are allocated', None, CAL, 'Allocated for coastal fishing are', L, 'fronted order'),
    ('mt-03-salmon', 'Ocean Harvest', None, EN, 'Okeanrybflot', L, 'company name rendered by meaning'),
    ('mt-03-salmon', '17,3 thousand', None, DN, '17,300', C, "decimal comma + Russian 'thousand'"),
    ('mt-03-salmon', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-03-salmon', 'our fleet', None, PRO, "the region's fleet", L, 'reported speech left in the first person'),
    ('mt-03-salmon', 'KamchatNIRO', None, UN, 'the Kamchatka fisheries research institute', C, 'Russian abbreviation КамчатНИРО'),
    ('mt-03-salmon', 'moroz', None, NC, 'Moroz', C, 'lowercased surname'),
    ('mt-03-salmon', 'Its', None, PRO, 'Her', C, "'its' for Moroz"),

    # mt-04-filmfest (cinema)
    ('mt-04-filmfest', 'reported to the agency in the directorate of the festival', None, CAL, 'the festival directorate told the agency', L, 'subjectless attribution (сообщили агентству в дирекции)'),
    ('mt-04-filmfest', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-04-filmfest', 'Faith', None, EN, 'Vera', C, 'first name Вера translated'),
    ('mt-04-filmfest', 'It', None, PRO, 'She', C, "'It' for Salnikova"),
    ('mt-04-filmfest', 'belousova', None, NC, 'Belousova', C, 'lowercased surname'),
    ('mt-04-filmfest', "The chairman of the jury people's artist of Russia Leonid Gavrilov", None, CAL, "Jury chairman Leonid Gavrilov, a People's Artist of Russia,", L, 'word-for-word title without inversion'),
    ('mt-04-filmfest', 'we argued', None, PRO, 'the jury argued', L, 'reported speech left in the first person'),
    ('mt-04-filmfest', 'Guild of film critics', None, IC, 'Guild of Film Critics', C, 'broken casing'),
    ('mt-04-filmfest', ' (the film was shot without state support. - Ed.)', None, GL, '', C, "editor's insertion"),
    ('mt-04-filmfest', 'VGIK', None, UN, 'the Gerasimov Institute of Cinematography', L, 'Russian abbreviation ВГИК'),
    ('mt-04-filmfest', '30 september', None, DN, '30 September', C, 'lowercased month in the body'),

    # mt-05-pensions (pensions)
    ('mt-05-pensions', '30 january', None, DN, '30 January', C, 'lowercased month'),
    ('mt-05-pensions', 'reported in the Social Fund', None, CAL, 'the Social Fund reported', L, 'subjectless attribution'),
    ('mt-05-pensions', '24 thousand', None, DN, '24,000', L, "Russian 'thousand'"),
    ('mt-05-pensions', 'In the SFR noted', None, CAL, 'The Social Fund noted', L, 'subjectless attribution (в СФР отметили)'),
    ('mt-05-pensions', 'SFR', 1, UN, 'Social Fund', C, 'Russian abbreviation СФР'),
    ('mt-05-pensions', 'Said the deputy chairman of the State Duma Committee on labor Nadezhda Rybkina', None, CAL, 'Nadezhda Rybkina, deputy chair of the State Duma labor committee, said', L, 'inverted attribution + title word for word'),
    ('mt-05-pensions', 'its', None, PRO, 'her', C, "'its' for Rybkina"),
    ('mt-05-pensions', 'ministry of labor and social protection', None, IC, 'Ministry of Labor and Social Protection', C, 'broken casing'),
    ('mt-05-pensions', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-05-pensions', 'you have to choose', None, PRO, 'he has to choose', L, 'reported speech left in the second person'),
    ('mt-05-pensions', 'It', None, PRO, 'He', C, "'It' for Kolesov"),

    # mt-06-migrants (migration)
    ('mt-06-migrants', 'follows from the decree of the governor', None, CAL, "according to the governor's decree", L, 'Russian frame (следует из постановления)'),
    ('mt-06-migrants', '8,4 thousand', None, DN, '8,400', C, "decimal comma + Russian 'thousand'"),
    ('mt-06-migrants', 'In the GUVM of the regional police specified', None, CAL, 'The migration department of the regional police specified', L, 'subjectless attribution'),
    ('mt-06-migrants', 'Sugar', None, EN, 'Sakharovo', L, 'village Сахарово rendered by meaning'),
    ('mt-06-migrants', 'nazarov', None, NC, 'Nazarov', C, 'lowercased surname'),
    ('mt-06-migrants', 'is estimated at the level of', None, CAL, 'is estimated at', L, 'Russian frame (оценивается на уровне)'),
    ('mt-06-migrants', 'our people', None, PRO, 'his compatriots', L, 'reported speech left in the first person'),
    ('mt-06-migrants', 'Informed the press service of the regional government', None, CAL, "The regional government's press service said", L, 'inverted attribution'),
    ('mt-06-migrants', 'organization of illegal migration', None, CAL, 'organizing illegal migration', L, 'legal formula (организация незаконной миграции)'),
    ('mt-06-migrants', 'MVD', None, UN, 'police', C, 'Russian abbreviation МВД'),

    # mt-07-swinefever (veterinary)
    ('mt-07-swinefever', '11 november', None, DN, '11 November', C, 'lowercased month'),
    ('mt-07-swinefever', 'AChS', None, UN, 'ASF', C, 'Russian abbreviation АЧС'),
    ('mt-07-swinefever', 'Dawn', None, EN, 'Zarya', C, 'company name Заря translated'),
    ('mt-07-swinefever', 'reported in the regional department of veterinary medicine', None, CAL, 'the regional veterinary department reported', L, 'subjectless attribution'),
    ('mt-07-swinefever', 'In the district was introduced a quarantine regime', None, CAL, 'A quarantine was introduced in the district', L, 'fronted order'),
    ('mt-07-swinefever', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-07-swinefever', 'skvortsov', None, NC, 'Skvortsov', C, 'lowercased surname'),
    ('mt-07-swinefever', 'we will pay', None, PRO, 'the region will pay', L, 'reported speech left in the first person'),
    ('mt-07-swinefever', 'its', 0, PRO, 'his', C, "'its' for Lyashenko"),
    ('mt-07-swinefever', 'Since the beginning of the year in the region were registered', None, CAL, 'Since the beginning of the year the region has registered', L, 'fronted order'),
    ('mt-07-swinefever', '1,5 thousand', None, DN, '1,500', C, "decimal comma + Russian 'thousand'"),

    # mt-08-hackers (cybercrime)
    ('mt-08-hackers', 'informed the joint press service of the Kuban courts', None, CAL, 'the joint press service of the Kuban courts said', L, 'inverted attribution'),
    ('mt-08-hackers', 'OPG', None, UN, 'organized criminal group', C, 'Russian abbreviation ОПГ'),
    ('mt-08-hackers', 'its', None, PRO, 'his or her', L, "'its' for the victim (жертва)"),
    ('mt-08-hackers', 'Savings Bank', None, EN, 'Sberbank', C, 'bank name Сбербанк translated'),
    ('mt-08-hackers', 'galkin', None, NC, 'Galkin', C, 'lowercased surname'),
    ('mt-08-hackers', 'of the colony of general regime', None, CAL, 'in a general-regime penal colony', L, 'legal formula (колонии общего режима)'),
    ('mt-08-hackers', 'It', None, PRO, 'He', C, "'It' for Galkin"),
    ('mt-08-hackers', '," -', None, PU, ',"', C, 'Russian quote-dash (hyphen)'),
    ('mt-08-hackers', 'As noted the head of the department for cyber crimes of the regional police Roman Tkachev', None, CAL, 'As Roman Tkachev, head of the regional police cybercrime department, noted', L, 'inverted attribution + title word for word'),
    ('mt-08-hackers', 'you should open', None, PRO, 'people should open', L, 'reported speech left in the second person'),
    ('mt-08-hackers', 'committed in especially large size', None, CAL, 'on an especially large scale', L, 'legal formula (в особо крупном размере)'),

    # mt-09-satellite (space)
    ('mt-09-satellite', '4 december', None, DN, '4 December', C, 'lowercased month'),
    ('mt-09-satellite', 'cosmodrome Eastern', None, EN, 'Vostochny cosmodrome', L, 'cosmodrome Восточный translated'),
    ('mt-09-satellite', 'informed in the state corporation Roscosmos', None, CAL, 'Roscosmos said', L, 'subjectless attribution'),
    ('mt-09-satellite', 'MKS', None, UN, 'ISS', C, 'Russian abbreviation МКС'),
    ('mt-09-satellite', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-09-satellite', 'the general director of the corporation Yuri Pantyukhin', None, CAL, 'corporation CEO Yuri Pantyukhin', L, 'word-for-word title after the verb'),
    ('mt-09-satellite', 'Bauman Moscow state technical university', None, IC, 'Bauman Moscow State Technical University', C, 'broken casing'),
    ('mt-09-satellite', 'Red Banner', None, EN, 'Krasnoznamensk', C, 'town Краснознаменск translated'),
    ('mt-09-satellite', 'From the Eastern in the next year are planned', None, CAL, 'Next year, Vostochny is scheduled to host', L, 'fronted order + cosmodrome by meaning'),
    ('mt-09-satellite', 'he', None, PRO, 'it', C, "'he' for the satellite (спутник is masculine)"),

    # mt-10-burial (archaeology)
    ('mt-10-burial', '23 august', None, DN, '23 August', C, 'lowercased month'),
    ('mt-10-burial', 'Clean City', None, EN, 'Chistopol', C, 'town Чистополь translated'),
    ('mt-10-burial', 'reported in the Institute of archaeology named after A. Kh. Khalikov', None, CAL, 'the Khalikov Institute of Archaeology reported', L, "subjectless attribution + 'named after' title"),
    ('mt-10-burial', 'its', None, PRO, 'his', C, "'its' for the warrior"),
    ('mt-10-burial', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-10-burial', 'gimadeev', None, NC, 'Gimadeev', C, 'lowercased surname'),
    ('mt-10-burial', 'The dating the scientists will specify', None, CAL, 'The scientists will refine the dating', L, 'fronted object order'),
    ('mt-10-burial', 'In total on the site were studied', None, CAL, 'In total, the excavation studied', L, 'fronted order'),
    ('mt-10-burial', 'Kazan kremlin museum-reserve', None, IC, 'Kazan Kremlin Museum-Reserve', C, 'broken casing'),
    ('mt-10-burial', 'KFU', None, UN, 'Kazan Federal University', C, 'Russian abbreviation КФУ'),
    ('mt-10-burial', 'we will continue', None, PRO, 'the team will continue', L, 'reported speech left in the first person'),

    # mt-11-goldmine (mining)
    ('mt-11-goldmine', 'Northern Gold', None, EN, 'Severnoye Zoloto', L, 'company name rendered by meaning'),
    ('mt-11-goldmine', 'follows from the press release of the enterprise', None, CAL, "according to the company's press release", L, 'Russian frame (следует из пресс-релиза)'),
    ('mt-11-goldmine', '2,5', None, DN, '2.5', C, 'decimal comma'),
    ('mt-11-goldmine', 'GOK', None, UN, 'ore-processing plant', C, 'Russian abbreviation ГОК'),
    ('mt-11-goldmine', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-11-goldmine', 'ministry of natural resources of the region', None, IC, 'regional Ministry of Natural Resources', C, 'broken casing'),
    ('mt-11-goldmine', ' (the Ola River. — RBC)', None, GL, '', C, 'outlet insertion inside the text'),
    ('mt-11-goldmine', 'he', None, PRO, 'it', C, "'he' for the plant (комбинат is masculine)"),
    ('mt-11-goldmine', 'The reserves of the deposit are estimated in', None, CAL, 'The reserves of the deposit are estimated at', L, 'Russian prepositional frame (оцениваются в)'),
    ('mt-11-goldmine', 'The head of the region', None, CAL, 'The governor', L, 'глава региона for the governor'),

    # mt-12-bridge (construction)
    ('mt-12-bridge', '15 october', None, DN, '15 October', C, 'lowercased month'),
    ('mt-12-bridge', 'Lower Kama', None, EN, 'Nizhnekamsk', C, 'town Нижнекамск rendered by meaning'),
    ('mt-12-bridge', 'informed in the Ministry of transport of Tatarstan', None, CAL, 'the Tatarstan transport ministry said', L, 'subjectless attribution'),
    ('mt-12-bridge', '1,8', None, DN, '1.8', C, 'decimal comma'),
    ('mt-12-bridge', 'will amount to the sum of', None, CAL, 'will be', L, 'Russian frame (составит сумму)'),
    ('mt-12-bridge', 'ООО «Камамост»', None, UN, 'Kamamost LLC', C, 'Cyrillic company name'),
    ('mt-12-bridge', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-12-bridge', 'khusnutdinov', None, NC, 'Khusnutdinov', C, 'lowercased surname'),
    ('mt-12-bridge', 'It', None, PRO, 'He', C, "'It' for the minister"),
    ('mt-12-bridge', 'The opening of the traffic is planned on', None, CAL, 'The bridge is due to open to traffic on', L, 'Russian frame (открытие движения запланировано на)'),
    ('mt-12-bridge', 'State council of Tatarstan', None, IC, 'State Council of Tatarstan', C, 'broken casing'),

    # mt-13-election (elections)
    ('mt-13-election', 'follows from the data of the territorial election commission', None, CAL, 'according to the territorial election commission', L, 'Russian frame (следует из данных)'),
    ('mt-13-election', 'Red Army', None, EN, 'Krasnoarmeysk', C, 'town Красноармейск translated'),
    ('mt-13-election', 'Communist party', None, IC, 'Communist Party', C, 'broken casing'),
    ('mt-13-election', 'In the TIK told', None, CAL, 'The territorial election commission said', L, 'subjectless attribution, with the Russian abbreviation ТИК'),
    ('mt-13-election', 'vbros', None, UN, 'ballot stuffing', C, 'transliterated вброс'),
    ('mt-13-election', ' [photo]', None, GL, '', C, 'placeholder bracket left in the text'),
    ('mt-13-election', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-13-election', 'It', None, PRO, 'She', C, "'It' for Mironova"),
    ('mt-13-election', 'our victory', None, PRO, 'his victory', L, 'reported speech left in the first person'),
    ('mt-13-election', 'Demin promised to residents', None, CAL, 'Demin promised residents', L, "calqued dative 'promised to'"),
    ('mt-13-election', 'to 19 September', None, CAL, 'by 19 September', L, 'Russian preposition до'),

    # mt-14-icebreaker (shipping)
    ('mt-14-icebreaker', '21 february', None, DN, '21 February', C, 'lowercased month'),
    ('mt-14-icebreaker', 'reported the press service of Atomflot', None, CAL, "Atomflot's press service reported", L, 'inverted attribution'),
    ('mt-14-icebreaker', '1,7', None, DN, '1.7', C, 'decimal comma'),
    ('mt-14-icebreaker', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-14-icebreaker', 'the captain of the icebreaker Dmitry Lobusov', None, CAL, "the icebreaker's captain, Dmitry Lobusov", L, 'word-for-word title after the verb'),
    ('mt-14-icebreaker', 'its', None, PRO, 'his', C, "'its' for the captain"),
    ('mt-14-icebreaker', ' (ice ridges. — TASS)', None, GL, '', C, 'outlet insertion inside a quote'),
    ('mt-14-icebreaker', 'On the route at the present time work', None, CAL, 'At present, the route is served by', L, 'fronted order'),
    ('mt-14-icebreaker', 'The deputy head of the Directorate of the Northern Sea Route of Rosatom Maxim Kulinko', None, CAL, "Maxim Kulinko, deputy head of Rosatom's Northern Sea Route Directorate,", L, 'word-for-word title without inversion'),
    ('mt-14-icebreaker', 'we will need', None, PRO, 'Rosatom will need', L, 'reported speech left in the first person'),
    ('mt-14-icebreaker', 'SMP', None, UN, 'Northern Sea Route', C, 'Russian abbreviation СМП'),

    # mt-15-tigers (zoo/wildlife)
    ('mt-15-tigers', 'Swarming Brook', None, EN, 'Roev Ruchey', C, 'zoo name Роев ручей translated'),
    ('mt-15-tigers', 'informed in the press service of the park', None, CAL, "the park's press service said", L, 'subjectless attribution'),
    ('mt-15-tigers', 'Now the kids weigh', None, CAL, 'The cubs now weigh', L, "'kids' for cubs (малыши)"),
    ('mt-15-tigers', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-15-tigers', 'the head of the department of predators Olga Zaitseva', None, CAL, 'Olga Zaitseva, head of the predators department,', L, 'word-for-word title after the verb'),
    ('mt-15-tigers', 'It', None, PRO, 'She', C, "'It' for Zaitseva"),
    ('mt-15-tigers', 'zakaznik', None, UN, 'wildlife sanctuary', L, 'transliterated заказник'),
    ('mt-15-tigers', 'Guests of the zoo will see the cubs not earlier than', None, CAL, 'Zoo visitors will not see the cubs until', L, 'Russian frame (не ранее)'),
    ('mt-15-tigers', 'him', None, PRO, 'it', C, "'him' for the zoo (зоопарк is masculine)"),
    ('mt-15-tigers', 'The population of the Amur tiger in the wild is estimated in', None, CAL, 'The wild population of the Amur tiger is estimated at', L, 'Russian prepositional frame (оценивается в)'),
    ('mt-15-tigers', " (translator's note: the figure comes from the 2022 census)", None, GL, '', C, "translator's note left in the text"),

    # mt-16-barkbeetle (forestry)
    ('mt-16-barkbeetle', 'informed in the ministry of forestry of the region', None, CAL, 'the regional forestry ministry said', L, 'subjectless attribution'),
    ('mt-16-barkbeetle', 'from the federal budget were allocated', None, CAL, 'the federal budget allocated', L, 'fronted order'),
    ('mt-16-barkbeetle', '1,1', None, DN, '1.1', C, 'decimal comma'),
    ('mt-16-barkbeetle', 'lesopozharny tsentr', None, UN, 'forest fire centre', C, 'transliterated лесопожарный центр'),
    ('mt-16-barkbeetle', 'he', None, PRO, 'it', C, "'he' for the outbreak (очаг is masculine)"),
    ('mt-16-barkbeetle', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-16-barkbeetle', 'shabalin', None, NC, 'Shabalin', C, 'lowercased surname'),
    ('mt-16-barkbeetle', 'we will plant', None, PRO, 'the region will plant', L, 'reported speech left in the first person'),
    ('mt-16-barkbeetle', 'Taiga Guard', None, EN, 'Taezhny Dozor', L, 'organization name rendered by meaning|'),
    ('mt-16-barkbeetle', 'it', None, PRO, 'he', C, "'it' for Yermakov"),
    ('mt-16-barkbeetle', 'The leased plots are obliged to restore the tenants', None, CAL, 'The tenants are obliged to restore the leased plots', L, 'fronted object order'),

    # mt-17-litprize (literature)
    ('mt-17-litprize', '27 november', None, DN, '27 November', C, 'lowercased month'),
    ('mt-17-litprize', 'Clear Glade', None, EN, 'Yasnaya Polyana', C, 'prize Ясная Поляна translated'),
    ('mt-17-litprize', 'it was announced at the ceremony in the Bolshoi Theatre', None, CAL, 'the winners were announced at a ceremony at the Bolshoi Theatre', L, 'impersonal passive (было объявлено)'),
    ('mt-17-litprize', 'Its', None, PRO, 'Her', C, "'Its' for Kolesnikova"),
    ('mt-17-litprize', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-17-litprize', 'Lusia Echevarria', None, EN, 'Lucía Echevarría', L, 'Spanish name back-transliterated through Russian'),
    ('mt-17-litprize', 'Marina kravets', None, NC, 'Marina Kravets', C, 'lowercased surname'),
    ('mt-17-litprize', 'The chairman of the jury writer Vladislav Otroshenko', None, CAL, 'The jury chairman, the writer Vladislav Otroshenko,', L, 'word-for-word title without inversion'),
    ('mt-17-litprize', 'Russian book union', None, IC, 'Russian Book Union', C, 'broken casing'),
    ('mt-17-litprize', 'in two-three times', None, CAL, 'two- to threefold', L, 'Russian frame (в два-три раза)'),
    ('mt-17-litprize', ' (The organizers asked not to name the sponsor. - Ed.)', None, GL, '', C, "editor's note in brackets"),

    # mt-18-fashion (fashion)
    ('mt-18-fashion', 'reported in the Department of entrepreneurship and innovative development of the capital', None, CAL, "the city's Department of Entrepreneurship and Innovative Development said", L, 'subjectless attribution + broken casing'),
    ('mt-18-fashion', 'Snowfield', None, EN, 'Snezhnoye Pole', L, 'brand name rendered by meaning'),
    ('mt-18-fashion', 'alekseeva', None, NC, 'Alekseeva', C, 'lowercased surname'),
    ('mt-18-fashion', 'it', None, PRO, 'she', C, "'it' for Alekseeva"),
    ('mt-18-fashion', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-18-fashion', 'we are going to open', None, PRO, 'the brand is going to open', L, 'reported speech left in the first person'),
    ('mt-18-fashion', 'Jakomo Ferretti', None, EN, 'Giacomo Ferretti', L, 'Italian name back-transliterated through Russian'),
    ('mt-18-fashion', ' (the network of the company Meta, whose activity is banned in Russia as extremist)', None, GL, '', C, 'legal disclaimer inserted by the outlet'),
    ('mt-18-fashion', 'The volume of the Russian clothing market is estimated in', None, CAL, 'The Russian clothing market is estimated at', L, 'Russian prepositional frame (оценивается в)'),
    ('mt-18-fashion', 'follows from the data of', None, CAL, 'according to', L, 'Russian frame (следует из данных)'),
    ('mt-18-fashion', 'Association of fashion industry companies', None, IC, 'Association of Fashion Industry Companies', C, 'broken casing'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=("/work/main/eval/blind-mixed/gold.jsonl",
                                "/work/main/eval/blind-mixed-2/gold.jsonl",
                                "/work/main/eval/blind-mixed-3/gold.jsonl",
                                "/work/main/eval/blind-mixed-4/gold.jsonl",
                                "/work/main/eval/blind-mixed-5/gold.jsonl"), details=True))
