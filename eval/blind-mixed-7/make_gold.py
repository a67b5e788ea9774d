"""Gold for the held-out set blind11 (to become eval/blind-mixed-7): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -6 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources source-*.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit (written at /work/notes/blind11 against /work/main/eval)
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-wrestling': 'sport/wrestling',
    'mt-02-insurance': 'insurance',
    'mt-03-railways': 'railways',
    'mt-04-refinery': 'oil refining',
    'mt-05-isotopes': 'nuclear medicine',
    'mt-06-beekeeping': 'beekeeping',
    'mt-07-ballet': 'ballet',
    'mt-08-bankruptcy': 'courts/bankruptcy',
    'mt-09-customs': 'customs',
    'mt-10-volcano': 'volcanology',
    'mt-11-port': 'seaports',
    'mt-12-fishingban': 'fishing ban',
    'mt-13-taxi': 'taxis',
    'mt-14-aistartup': 'AI/startups',
    'mt-15-transfer': 'football transfers',
    'mt-16-archive': 'archives',
    'mt-17-earthquake': 'earthquakes',
    'mt-18-relics': 'religion',
}

ROWS = [

    # mt-01-wrestling (sport/wrestling)
    ('mt-01-wrestling', '12 march', None, DN, '12 March', C, 'lowercased month'),
    ('mt-01-wrestling', 'informed in the regional sports ministry', None, CAL, 'the regional sports ministry said', L, 'subjectless attribution (сообщили в министерстве)'),
    ('mt-01-wrestling', 'It', None, PRO, 'He', C, "'It' for Dzhabrailov"),
    ('mt-01-wrestling', 'it', None, PRO, 'he', C, "'it' for Dzhabrailov"),
    ('mt-01-wrestling', 'As noted the senior coach of the national team Dmitry Kurbatov', None, CAL, "As the national team's senior coach Dmitry Kurbatov noted", L, 'inverted attribution + title word for word'),
    ('mt-01-wrestling', 'we will hold', None, PRO, 'the team will hold', L, 'reported speech left in the first person'),
    ('mt-01-wrestling', 'Ishtvan Sabo', None, EN, 'István Szabó', L, 'Hungarian name back-transliterated through Russian'),
    ('mt-01-wrestling', 'karpenko', None, NC, 'Karpenko', C, 'lowercased surname'),
    ('mt-01-wrestling', 'SShOR', None, UN, 'Olympic reserve sports school', C, 'Russian abbreviation СШОР'),
    ('mt-01-wrestling', 'Siberian Bear', None, EN, 'Sibirsky Medved', L, 'club name translated by meaning'),

    # mt-02-insurance (insurance)
    ('mt-02-insurance', 'follows from the review of the Bank of Russia', None, CAL, 'according to a Bank of Russia review', L, 'Russian frame (следует из обзора)'),
    ('mt-02-insurance', '6,3', None, DN, '6.3', C, 'decimal comma'),
    ('mt-02-insurance', 'As explained the managing director of the rating agency NKR Olga Timofeeva', None, CAL, 'As Olga Timofeeva, managing director of the rating agency NKR, explained', L, 'inverted attribution + title word for word'),
    ('mt-02-insurance', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-02-insurance', 'it', None, PRO, 'she', C, "'it' for Timofeeva"),
    ('mt-02-insurance', 'its', None, PRO, 'her', C, "'its' for Timofeeva"),
    ('mt-02-insurance', 'Reliable Shield', None, EN, 'Nadyozhny Shchit', L, "insurer's name translated by meaning"),
    ('mt-02-insurance', 'All-Russian union of insurers', None, IC, 'All-Russian Union of Insurers', C, 'broken casing'),
    ('mt-02-insurance', 'In the union added', None, CAL, 'The union added', L, 'subjectless attribution (в союзе добавили)'),
    ('mt-02-insurance', 'you can connect', None, PRO, 'policyholders can add', L, 'reported speech left in the second person'),
    ('mt-02-insurance', 'TsB', None, UN, 'Central Bank', C, 'Russian abbreviation ЦБ'),

    # mt-03-railways (railways)
    ('mt-03-railways', '19 november', None, DN, '19 November', C, 'lowercased month'),
    ('mt-03-railways', 'reported the press service of the road', None, CAL, "the railway's press service reported", L, "inverted attribution; дорога rendered as 'road'"),
    ('mt-03-railways', 'Oriole', None, EN, 'Ivolga', C, 'train brand Иволга translated'),
    ('mt-03-railways', 'said the deputy of the Legislative Assembly of the region Sergei Voloshin', None, CAL, 'said Sergei Voloshin, a member of the regional Legislative Assembly', L, 'inverted attribution + title word for word'),
    ('mt-03-railways', 'we finally achieved', None, PRO, 'they finally achieved', L, 'reported speech left in the first person'),
    ('mt-03-railways', 'The head of the SvZhD Andrei Pavlenko', None, CAL, 'Andrei Pavlenko, head of the Sverdlovsk Railway,', L, 'title word for word without inversion'),
    ('mt-03-railways', 'she', None, PRO, 'it', C, "'she' for the company (компания is feminine)"),
    ('mt-03-railways', 'электрички', None, UN, 'commuter trains', C, 'Cyrillic left in text'),
    ('mt-03-railways', 'The cost of the contract is estimated in', None, CAL, 'The contract is estimated at', L, 'Russian prepositional frame (оценивается в)'),
    ('mt-03-railways', 'ministry of transport and road economy', None, IC, 'Ministry of Transport and Road Economy', C, 'broken casing'),
    ('mt-03-railways', 'from 1 september', None, DN, 'from 1 September', C, 'lowercased month in the body'),

    # mt-04-refinery (oil refining)
    ('mt-04-refinery', 'informed the agency a source in the industry', None, CAL, 'a source in the industry told the agency', L, 'inverted attribution'),
    ('mt-04-refinery', 'The terms of the repair in the company did not name', None, CAL, 'The company did not name a time frame for the repairs', L, 'fronted object + subjectless (в компании не назвали)'),
    ('mt-04-refinery', 'MChS', None, UN, 'Emergencies Ministry', C, 'Russian abbreviation МЧС'),
    ('mt-04-refinery', 'By the fact of the incident', None, CAL, 'Over the incident', L, 'legal formula (по факту)'),
    ('mt-04-refinery', 'Bashkir Torch', None, EN, 'Bashfakel', L, 'company name rendered by meaning'),
    ('mt-04-refinery', 'he', None, PRO, 'it', C, "'he' for the holding (холдинг is masculine)"),
    ('mt-04-refinery', 'it was said in the message of the company', None, CAL, 'the company said in a statement', L, 'impersonal passive (говорится в сообщении)'),
    ('mt-04-refinery', 'As estimated the analyst of Finam Sergei Kaufman', None, CAL, 'As Finam analyst Sergei Kaufman estimated', L, 'inverted attribution'),
    ('mt-04-refinery', '68,4 thousand', None, DN, '68,400', C, 'decimal comma + Russian thousand'),
    ('mt-04-refinery', 'its', None, PRO, 'his', C, "'its' for Kaufman"),

    # mt-05-isotopes (nuclear medicine)
    ('mt-05-isotopes', '9 october', None, DN, '9 October', C, 'lowercased month'),
    ('mt-05-isotopes', 'reported to TASS in the press office of the centre', None, CAL, "the centre's press office told TASS", L, 'subjectless attribution'),
    ('mt-05-isotopes', 'their condition the doctors assess', None, CAL, 'the doctors assess their condition', L, 'fronted object'),
    ('mt-05-isotopes', 'It', None, PRO, 'She', C, "'It' for Markina"),
    ('mt-05-isotopes', 'our department will receive', None, PRO, 'her department will receive', L, 'reported speech left in the first person'),
    ('mt-05-isotopes', 'Isotope Star', None, EN, 'Izotop-Zvezda', L, 'company name rendered by meaning'),
    ('mt-05-isotopes', 'As reported the general director of the enterprise Konstantin Lebed', None, CAL, "As the enterprise's general director Konstantin Lebed reported", L, 'inverted attribution'),
    ('mt-05-isotopes', 'its', None, PRO, 'his', C, "'its' for Lebed"),
    ('mt-05-isotopes', 'VMP', None, UN, 'high-tech medical care', C, 'Russian abbreviation ВМП'),
    ('mt-05-isotopes', 'ministry of health', None, IC, 'Ministry of Health', C, 'broken casing'),
    ('mt-05-isotopes', '2,5', None, DN, '2.5', C, 'decimal comma'),

    # mt-06-beekeeping (beekeeping)
    ('mt-06-beekeeping', 'reported in the republican ministry of agriculture', None, CAL, "the republic's agriculture ministry reported", L, 'subjectless attribution'),
    ('mt-06-beekeeping', 'for the bribe', None, CAL, 'to forage', L, "взяток (nectar flow) rendered as 'bribe'"),
    ('mt-06-beekeeping', 'burzyansky bortevoy', None, UN, 'Burzyan wild-hive', C, 'transliterated бурзянский бортевой'),
    ('mt-06-beekeeping', 'The family was weak', None, CAL, 'The colonies were weak', L, 'семья (bee colony) word for word'),
    ('mt-06-beekeeping', 'pasechniki', None, UN, 'beekeepers', C, 'transliterated пасечники'),
    ('mt-06-beekeeping', 'we are waiting for', None, PRO, 'the union expects', L, 'reported speech left in the first person'),
    ('mt-06-beekeeping', 'it', None, PRO, 'he', C, "'it' for Gareev"),
    ('mt-06-beekeeping', 'Golden Linden', None, EN, 'Zolotaya Lipa', L, 'company name rendered by meaning'),
    ('mt-06-beekeeping', '«', None, PU, '"', C, 'Russian guillemet'),
    ('mt-06-beekeeping', '»', None, PU, '"', C, 'Russian guillemet'),
    ('mt-06-beekeeping', 'Bashkir state agrarian university', None, IC, 'Bashkir State Agrarian University', C, 'broken casing'),

    # mt-07-ballet (ballet)
    ('mt-07-ballet', '2 april', None, DN, '2 April', C, 'lowercased month'),
    ('mt-07-ballet', 'informed TASS in the literary department of the theatre', None, CAL, "the theatre's literary department told TASS", L, 'subjectless attribution'),
    ('mt-07-ballet', 'Zhan-Lui Mare', None, EN, 'Jean-Louis Marais', L, 'French name back-transliterated through Russian'),
    ('mt-07-ballet', 'ivleva', None, NC, 'Ivleva', C, 'lowercased surname'),
    ('mt-07-ballet', 'it', 0, PRO, 'her', C, "'it' for Ivleva"),
    ('mt-07-ballet', ' (opened in December 2025. — TASS)', None, GL, '', C, 'outlet insertion inside a quote'),
    ('mt-07-ballet', 'its', 0, PRO, 'his', C, "'its' for Marais"),
    ('mt-07-ballet', 'The artistic director of the ballet Anton Pimenov', None, CAL, "The ballet's artistic director, Anton Pimenov,", L, 'title word for word without inversion'),
    ('mt-07-ballet', 'we will take', None, PRO, 'the company will take', L, 'reported speech left in the first person'),
    ('mt-07-ballet', 'Minkult', None, UN, 'Culture Ministry', C, 'Russian abbreviation Минкульт'),
    ('mt-07-ballet', 'The budget of the production in the theatre did not disclose', None, CAL, "The theatre did not disclose the production's budget", L, 'fronted object + subjectless'),

    # mt-08-bankruptcy (courts/bankruptcy)
    ('mt-08-bankruptcy', 'Arbitration court of Moscow', None, IC, 'Arbitration Court of Moscow', C, 'broken casing'),
    ('mt-08-bankruptcy', 'recognized bankrupt the developer', None, CAL, 'declared bankrupt the developer', L, 'Russian frame (признал банкротом)'),
    ('mt-08-bankruptcy', 'OOO', None, UN, 'LLC', C, 'Russian abbreviation ООО'),
    ('mt-08-bankruptcy', 'Northern Crown', None, EN, 'Severnaya Korona', L, 'company name rendered by meaning'),
    ('mt-08-bankruptcy', 'With the claim about bankruptcy applied the creditor bank', None, CAL, 'The creditor bank filed the bankruptcy claim', L, 'Russian frame (с иском обратился)'),
    ('mt-08-bankruptcy', '1,9', None, DN, '1.9', C, 'decimal comma'),
    ('mt-08-bankruptcy', 'It', None, PRO, 'She', C, "'It' for the judge"),
    ('mt-08-bankruptcy', 'konkursny upravlyayushchy', None, UN, 'bankruptcy trustee', C, 'transliterated конкурсный управляющий'),
    ('mt-08-bankruptcy', 'her', None, PRO, 'its', C, "'her' for the company (компания is feminine)"),
    ('mt-08-bankruptcy', 'we will challenge', None, PRO, 'the company will challenge', L, 'reported speech left in the first person'),
    ('mt-08-bankruptcy', 'citizens-participants of shared construction', None, CAL, 'home buyers', L, 'legal formula (граждане-участники долевого строительства)'),

    # mt-09-customs (customs)
    ('mt-09-customs', 'said in the Far Eastern customs administration', None, CAL, 'the Far Eastern Customs Administration said', L, 'subjectless attribution (сообщили в ДВТУ) + casing'),
    ('mt-09-customs', 'He', None, PRO, 'It', C, "'He' for the container (контейнер is masculine)"),
    ('mt-09-customs', 'it', None, PRO, 'she', C, "'it' for Serova"),
    ('mt-09-customs', 'Behind the wall of boxes with vacuum cleaners were hidden', None, CAL, 'Hidden behind the wall of boxes with vacuum cleaners were', L, 'fronted order'),
    ('mt-09-customs', '3,8', None, DN, '3.8', C, 'decimal comma'),
    ('mt-09-customs', 'Sea Gate', None, EN, 'Morskiye Vorota', L, 'company name rendered by meaning'),
    ('mt-09-customs', 'we did not know', None, PRO, 'it did not know', L, 'reported speech left in the first person'),
    ('mt-09-customs', 'Chzhan Vey', None, EN, 'Zhang Wei', C, 'Chinese name in Russian (Palladius) spelling'),
    ('mt-09-customs', 'tkachenko', None, NC, 'Tkachenko', C, 'lowercased surname'),
    ('mt-09-customs', 'DVTU', None, UN, 'Far Eastern Customs Administration', C, 'Russian abbreviation ДВТУ'),
    ('mt-09-customs', 'federal customs service', None, IC, 'Federal Customs Service', C, 'broken casing'),

    # mt-10-volcano (volcanology)
    ('mt-10-volcano', '5 july', None, DN, '5 July', C, 'lowercased month'),
    ('mt-10-volcano', 'Nameless', None, EN, 'Bezymianny', C, 'volcano Безымянный translated'),
    ('mt-10-volcano', 'Institute of volcanology and seismology', None, IC, 'Institute of Volcanology and Seismology', C, 'broken casing'),
    ('mt-10-volcano', 'DVO RAN', None, UN, 'Far Eastern Branch of the Russian Academy of Sciences', C, 'Russian abbreviation ДВО РАН'),
    ('mt-10-volcano', 'The aviation code of danger', None, CAL, 'The aviation colour code', L, 'авиационный код опасности word for word'),
    ('mt-10-volcano', 'He', None, PRO, 'It', C, "'He' for the volcano (вулкан is masculine)"),
    ('mt-10-volcano', 'Its', 0, PRO, 'Her', C, "'Its' for Vostrikova"),
    ('mt-10-volcano', 'we observe', None, PRO, 'scientists observe', L, 'reported speech left in the first person'),
    ('mt-10-volcano', 'poselok', None, UN, 'village', C, 'transliterated посёлок'),
    ('mt-10-volcano', 'A threat to the settlements the eruption does not represent', None, CAL, 'The eruption poses no threat to settlements', L, 'fronted object'),
    ('mt-10-volcano', 'informed in the regional government', None, CAL, 'the regional government said', L, 'subjectless attribution'),

    # mt-11-port (seaports)
    ('mt-11-port', '4,7', None, DN, '4.7', C, 'decimal comma'),
    ('mt-11-port', 'Association of commercial sea ports', None, IC, 'Association of Commercial Sea Ports', C, 'broken casing'),
    ('mt-11-port', 'fell on 9%', None, CAL, 'fell by 9%', L, 'Russian preposition (на 9%)'),
    ('mt-11-port', 'he', 0, PRO, 'it', C, "'he' for the port (порт is masculine)"),
    ('mt-11-port', 'As told Interfax the general director of the coal terminal', None, CAL, 'As the general director of the coal terminal told Interfax', L, 'inverted attribution'),
    ('mt-11-port', 'Lighthouse', None, EN, 'Mayak', L, 'terminal name rendered by meaning'),
    ('mt-11-port', 'its', None, PRO, 'his', C, "'its' for Shishkin"),
    ('mt-11-port', 'we will restore', None, PRO, 'the terminal will restore', L, 'reported speech left in the first person'),
    ('mt-11-port', ' (berth No. 14. — Interfax)', None, GL, '', C, 'outlet insertion in running text'),
    ('mt-11-port', 'At the present time in the port work', None, CAL, 'At present, the port has', L, 'fronted order'),
    ('mt-11-port', 'SZFO', None, UN, 'Northwestern Federal District', C, 'Russian abbreviation СЗФО'),

    # mt-12-fishingban (fishing ban)
    ('mt-12-fishingban', '15 april', None, DN, '15 April', C, 'lowercased month'),
    ('mt-12-fishingban', 'informed in the Volga-Caspian territorial administration of Rosrybolovstvo', None, CAL, 'the Volga-Caspian territorial administration of the Federal Fisheries Agency said', L, 'subjectless attribution'),
    ('mt-12-fishingban', 'Under the ban fall', None, CAL, 'The ban covers', L, 'fronted order (под запрет попадают)'),
    ('mt-12-fishingban', 'nerestovy zapret', None, UN, 'spawning ban', C, 'transliterated нерестовый запрет'),
    ('mt-12-fishingban', '," -', None, PU, ',"', C, 'Russian quote-dash (hyphen)'),
    ('mt-12-fishingban', 'It', 1, PRO, 'He', C, "'It' for Kadyrov"),
    ('mt-12-fishingban', 'you can fish', None, PRO, 'anglers can fish', L, 'reported speech left in the second person'),
    ('mt-12-fishingban', '5 thousand', None, DN, '5,000', C, "Russian 'thousand'"),
    ('mt-12-fishingban', 'Code of administrative offenses', None, IC, 'Code of Administrative Offences', C, 'broken casing'),
    ('mt-12-fishingban', 'Red Yar', None, EN, 'Krasny Yar', C, 'district Красный Яр translated'),
    ('mt-12-fishingban', 'during the spawning raid in the delta will work', None, CAL, 'working in the delta during the spawning raid will be', L, 'fronted order'),

    # mt-13-taxi (taxis)
    ('mt-13-taxi', 'told in the republican ministry of transport', None, CAL, "the republic's transport ministry said", L, 'subjectless attribution'),
    ('mt-13-taxi', 'the federal law about taxi', None, CAL, 'the federal taxi law', L, 'word-for-word title (закон о такси)'),
    ('mt-13-taxi', 'On the share of Chinese models falls', None, CAL, 'Chinese models account for', L, 'Russian frame (на долю приходится)'),
    ('mt-13-taxi', 'Khaval', None, EN, 'Haval', C, 'brand back-transliterated through Russian'),
    ('mt-13-taxi', 'The minister of transport Ramil Sadykov', None, CAL, 'Transport Minister Ramil Sadykov', L, 'title word for word without inversion'),
    ('mt-13-taxi', 'It', None, PRO, 'He', C, "'It' for Sadykov"),
    ('mt-13-taxi', 'our drivers', None, PRO, "the republic's drivers", L, 'reported speech left in the first person'),
    ('mt-13-taxi', 'samozanyatye', None, UN, 'self-employed', C, 'transliterated самозанятые'),
    ('mt-13-taxi', 'Ant', None, EN, 'Muravei', L, 'company name rendered by meaning'),
    ('mt-13-taxi', 'gimranov', None, NC, 'Gimranov', C, 'lowercased surname'),
    ('mt-13-taxi', '2,5 thousand', None, DN, '2,500', C, "decimal comma + Russian 'thousand'"),

    # mt-14-aistartup (AI/startups)
    ('mt-14-aistartup', '29 january', None, DN, '29 January', C, 'lowercased month'),
    ('mt-14-aistartup', 'Digital Owl', None, EN, 'Tsifrovaya Sova', L, 'startup name rendered by meaning'),
    ('mt-14-aistartup', 'attracted investments in the amount of', None, CAL, 'raised', L, 'Russian frame (привлёк инвестиции в размере)'),
    ('mt-14-aistartup', ' (two sources close to the deal told RBC about this. — RBC)', None, GL, '', C, 'outlet insertion in running text'),
    ('mt-14-aistartup', 'RFPI', None, UN, 'Russian Direct Investment Fund', C, 'Russian abbreviation РФПИ'),
    ('mt-14-aistartup', 'Higher school of economics', None, IC, 'Higher School of Economics', C, 'broken casing'),
    ('mt-14-aistartup', 'His', None, PRO, 'Its', C, "'His' for the startup (стартап is masculine)"),
    ('mt-14-aistartup', 'told RBC the co-founder of the company Anna Levitskaya', None, CAL, "Anna Levitskaya, the company's co-founder, told RBC", L, 'inverted attribution + title word for word'),
    ('mt-14-aistartup', 'It', None, PRO, 'She', C, "'It' for Levitskaya"),
    ('mt-14-aistartup', 'we will hire', None, PRO, 'the company will hire', L, 'reported speech left in the first person'),

    # mt-15-transfer (football transfers)
    ('mt-15-transfer', 'Torch', None, EN, 'Fakel', C, 'club Факел translated'),
    ('mt-15-transfer', 'Zhoao Vitor Souza', None, EN, 'João Vitor Souza', L, 'Brazilian name back-transliterated through Russian'),
    ('mt-15-transfer', 'reports the official website of the club', None, CAL, "the club's official website reports", L, 'inverted attribution'),
    ('mt-15-transfer', 'is designed for three years', None, CAL, 'runs for three years', L, 'Russian frame (рассчитан на три года)'),
    ('mt-15-transfer', 'It', None, PRO, 'He', C, "'It' for Souza"),
    ('mt-15-transfer', '2,3', None, DN, '2.3', C, 'decimal comma'),
    ('mt-15-transfer', 'he', None, PRO, 'it', C, "'he' for the club (клуб is masculine)"),
    ('mt-15-transfer', '," —', None, PU, ',"', C, 'Russian quote-dash'),
    ('mt-15-transfer', 'we were looking for', None, PRO, 'the club had been looking for', L, 'reported speech left in the first person'),
    ('mt-15-transfer', 'legioner', None, UN, 'foreign player', C, 'transliterated легионер'),
    ('mt-15-transfer', 'in the application for the match', None, CAL, 'in the matchday squad', L, 'заявка на матч word for word'),

    # mt-16-archive (archives)
    ('mt-16-archive', '3 november', None, DN, '3 November', C, 'lowercased month'),
    ('mt-16-archive', 'State archive of the Tver region', None, IC, 'State Archive of the Tver Region', C, 'broken casing'),
    ('mt-16-archive', 'kupets', None, UN, 'merchant', C, 'transliterated купец'),
    ('mt-16-archive', 'selivanov', None, NC, 'Selivanov', C, 'lowercased surname'),
    ('mt-16-archive', 'told in the regional committee on archives', None, CAL, 'the regional archives committee said', L, 'subjectless attribution'),
    ('mt-16-archive', 'The letters to the archive handed over the great-granddaughter of the merchant', None, CAL, "The merchant's great-granddaughter handed the letters over to the archive", L, 'fronted object'),
    ('mt-16-archive', 'Red Hill', None, EN, 'Krasny Kholm', C, 'town Красный Холм translated'),
    ('mt-16-archive', 'It', None, PRO, 'She', C, "'It' for Orekhova"),
    ('mt-16-archive', " (translator's note: a letter abolished in the spelling reform of 1918)", None, GL, '', C, "translator's note"),
    ('mt-16-archive', 'its', None, PRO, 'his', C, "'its' for Selivanov"),
    ('mt-16-archive', 'we will publish', None, PRO, 'the archive will publish', L, 'reported speech left in the first person'),

    # mt-17-earthquake (earthquakes)
    ('mt-17-earthquake', '5,6', None, DN, '5.6', C, 'decimal comma'),
    ('mt-17-earthquake', 'informed in the Baikal branch', None, CAL, 'the Baikal branch reported', L, 'subjectless attribution'),
    ('mt-17-earthquake', 'Unified geophysical service', None, IC, 'Unified Geophysical Service', C, 'broken casing'),
    ('mt-17-earthquake', 'RAN', None, UN, 'Russian Academy of Sciences', C, 'Russian abbreviation РАН'),
    ('mt-17-earthquake', 'Big Goloustnoye', None, EN, 'Bolshoye Goloustnoye', C, 'village Большое Голоустное half-translated'),
    ('mt-17-earthquake', 'he', None, PRO, 'it', C, "'he' for the shock (толчок is masculine)"),
    ('mt-17-earthquake', 'Information about victims and destruction did not arrive', None, CAL, 'There were no reports of casualties or damage', L, 'Russian frame (информации о пострадавших не поступало)'),
    ('mt-17-earthquake', 'EDDS', None, UN, 'district emergency dispatch service', C, 'Russian abbreviation ЕДДС'),
    ('mt-17-earthquake', 'It', None, PRO, 'He', C, "'It' for Dobrynin"),
    ('mt-17-earthquake', 'you do not use', None, PRO, 'residents do not use', L, 'reported speech left in the second person'),

    # mt-18-relics (religion)
    ('mt-18-relics', '6 september', None, DN, '6 September', C, 'lowercased month'),
    ('mt-18-relics', 'Alexander Nevsky cathedral', None, IC, 'Alexander Nevsky Cathedral', C, 'broken casing'),
    ('mt-18-relics', 'informed in the Nizhny Novgorod diocese', None, CAL, 'the Nizhny Novgorod diocese said', L, 'subjectless attribution'),
    ('mt-18-relics', 'It', None, PRO, 'He', C, "'It' for the metropolitan"),
    ('mt-18-relics', 'vladyka', None, UN, 'metropolitan', C, 'transliterated владыка'),
    ('mt-18-relics', 'to attach to the relics', None, CAL, 'to venerate the relics', L, 'приложиться к мощам word for word'),
    ('mt-18-relics', 'she', None, PRO, 'it', C, "'she' for the queue (очередь is feminine)"),
    ('mt-18-relics', ' (Photo: press service of the diocese)', None, GL, '', C, 'photo credit left in running text'),
    ('mt-18-relics', 'we ask', None, PRO, 'the diocese asks', L, 'reported speech left in the first person'),
    ('mt-18-relics', 'Holy Key', None, EN, 'Svyatoy Klyuch', L, 'spring name rendered by meaning'),
    ('mt-18-relics', 'RPTs', None, UN, 'Russian Orthodox Church', C, 'Russian abbreviation РПЦ'),
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
                                "/work/main/eval/blind-mixed-6/gold.jsonl"), details=True))
