"""Gold for the held-out set written as blind27 (for eval/blind-mixed-23): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval, or from the folder above when this set sits in
eval/). Checks of this set: no two gold spans that would match each other under the scoring rule,
controls free of Cyrillic and guillemets, a beat for every MT doc, 7-11 artifacts per MT doc,
250-340 words per doc, no 8-word run shared with /work/shared/corpus/docs, /work/shared/seeds or
/work/main/eval/**/docs (own folder skipped), and no span text of 6+ characters repeating an
artifact string of eval/blind-mixed, -2 ... -22 (their gold is read by this script only to report a
collision; the author did not open it).
The table below is the set's record: mt-01..18 were drafted with inline marks
({{written=>correction|CAT|C/L}}, kept in src/mt_*.md), their rows generated from the marks by
src/convert.py and pasted here; the controls were written directly as docs/neg-*.txt. The docs are
the source of truth for offsets.
Conventions as blind-mixed-22's (see README.md): attribution after the clause with the verb before
its source is a calque (likely) from the verb to the end of the source ("reports the site
tyumen-vesti.ru", "writes NGS.RU", "transfers Bashinform", "communicates the united press service of
the courts of the Omsk region", ...); a wrongly rendered name or leftover word is marked at every
occurrence (Bright Key x2, brakonyers x2, GIMS x2, Veber x2, the kinolog x2, SNT x2, Sunny x2);
"told that"-type calques are their own spans in new shapes ("has told that", "told about how",
"told also that", "told to the journalists that"). Editorial glosses of seven kinds: an agency
signature in the dateline (mt-05), a Russian foreign-agent disclaimer (mt-03), an editor's note
line (mt-09), a source credit line (mt-12), an editor's gloss of the outlet in a quote (mt-14), an
age-rating mark (mt-16), a machine-translation note (mt-18).
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
    'mt-01-epiphany': 'Epiphany ice-hole bathing in the Tyumen region',
    'mt-02-cucumbers': 'cucumber festival in Suzdal',
    'mt-03-saltcave': 'salt cave opens in a Perm city polyclinic',
    'mt-04-blackcurrant': 'blackcurrant harvest at a Bryansk agricultural holding',
    'mt-05-omul': 'Baikal omul fishing ban extended',
    'mt-06-bustards': 'great bustard census in the Saratov steppes',
    'mt-07-artisticswimming': 'Russian junior artistic swimming championship in Kazan',
    'mt-08-supboards': 'municipal SUP board rental on the Yenisei in Krasnoyarsk',
    'mt-09-khokhloma': 'Khokhloma painting factory in Semyonov exports and staffing',
    'mt-10-breaking': 'Russian breaking (breakdance) championship in Ufa',
    'mt-11-dogpark': 'dog walking area opens in Kaliningrad',
    'mt-12-hotwater': 'summer hot water shutdowns in Novosibirsk',
    'mt-13-newschool': 'new school opens on Knowledge Day in Krasnodar',
    'mt-14-prosthetics': '3D-printed bionic hand prostheses for children in Tomsk',
    'mt-15-dogbite': 'Omsk court case over a dog bite',
    'mt-16-chakchak': 'chak-chak festival in Yelabuga, Tatarstan',
    'mt-17-eclipse': 'partial solar eclipse watched in Chita',
    'mt-18-giraffe': 'first giraffe calf born at Yekaterinburg Zoo',
}

ROWS = [
# BEGIN ROWS

    # mt-01-epiphany
    ('mt-01-epiphany', '23 thousand residents', None, DN, '23,000 residents', C),
    ('mt-01-epiphany', 'reports the site tyumen-vesti.ru', None, CAL, 'according to the site tyumen-vesti.ru', L),
    ('mt-01-epiphany', 'In total in the region were equipped 41 bathing places', None, CAL, 'In total, 41 bathing sites were set up in the region', L),
    ('mt-01-epiphany', '2,5', None, DN, '2.5', C),
    ('mt-01-epiphany', 'In the regional directorate of the emergencies ministry clarified', None, CAL, 'The regional emergencies ministry directorate clarified', L),
    ('mt-01-epiphany', 'It', None, PRO, 'He', C),
    ('mt-01-epiphany', 'has told that', None, CAL, 'said that', L),
    ('mt-01-epiphany', 'I have been doing this every year since my student days and never once caught a cold', None, PRO, 'he had done it every year since his student days and had never once caught a cold', L),
    ('mt-01-epiphany', 'The chief freelance cardiologist of the department of health of the region Marat Galiev', None, CAL, "Marat Galiev, the regional health department's chief cardiologist", L),
    ('mt-01-epiphany', 'she', None, PRO, 'it', C),

    # mt-02-cucumbers
    ('mt-02-cucumbers', '16 july 2027', None, DN, '16 July 2027', C),
    ('mt-02-cucumbers', '17 thousand guests', None, DN, '17,000 guests', C),
    ('mt-02-cucumbers', 'communicated in the administration of the town', None, CAL, 'the town administration said', L),
    ('mt-02-cucumbers', 'on the territory of the Museum of Wooden Architecture', None, CAL, 'at the Museum of Wooden Architecture', L),
    ('mt-02-cucumbers', 'The first place in the contest on the biggest cucumber took', None, CAL, 'First place in the biggest cucumber contest went to', L),
    ('mt-02-cucumbers', 'Bright Key', 0, EN, 'Svetly Klyuch', L),
    ('mt-02-cucumbers', '1,3', None, DN, '1.3', C),
    ('mt-02-cucumbers', 'I water them only with rainwater from the barrel', None, PRO, 'he waters them only with rainwater from a barrel', L),
    ('mt-02-cucumbers', 'As told the head of the tourism department Irina Vetrova', None, CAL, 'As Irina Vetrova, head of the tourism department, said', L),
    ('mt-02-cucumbers', 'Bright Key', 1, EN, 'Svetly Klyuch', L),
    ('mt-02-cucumbers', 'reports the newspaper Vladimirskiye Vedomosti', None, CAL, 'according to the newspaper Vladimirskiye Vedomosti', L),

    # mt-03-saltcave
    ('mt-03-saltcave', '3 february', None, DN, '3 February', C),
    ('mt-03-saltcave', 'In the city polyclinic No. 4 of Perm opened a salt cave', None, CAL, 'A salt cave has opened at Perm city polyclinic No. 4', L),
    ('mt-03-saltcave', 'informs the press office of the Perm Territory ministry of health', None, CAL, "according to the Perm Territory health ministry's press office", L),
    ('mt-03-saltcave', '32,5', None, DN, '32.5', C),
    ('mt-03-saltcave', '3,6 million', None, DN, '3.6 million', C),
    ('mt-03-saltcave', 'He', None, PRO, 'It', C),
    ('mt-03-saltcave', 'The head physician of the polyclinic Svetlana Ignatyeva', None, CAL, "Svetlana Ignatyeva, the polyclinic's chief doctor", L),
    ('mt-03-saltcave', 'It', None, PRO, 'She', C),
    ('mt-03-saltcave', 'we already have a queue for March, so we are thinking about evening sessions', None, PRO, 'the clinic already has a waiting list for March and is thinking about evening sessions', L),
    ('mt-03-saltcave', ' (recognised in the Russian Federation as a foreign agent)', None, GL, '', C),
    ('mt-03-saltcave', 'In the Perm state medical university', None, IC, 'At Perm State Medical University', C),

    # mt-04-blackcurrant
    ('mt-04-blackcurrant', '26 july', None, DN, '26 July', C),
    ('mt-04-blackcurrant', 'The gross harvest is expected at the level of', None, CAL, 'The harvest is expected to reach', L),
    ('mt-04-blackcurrant', '1,8 thousand tonnes', None, DN, '1,800 tonnes', C),
    ('mt-04-blackcurrant', 'He', 0, PRO, 'It', C),
    ('mt-04-blackcurrant', 'Told about this the director of the holding Anatoly Zuev', None, CAL, "The holding's director, Anatoly Zuev, said this", L),
    ('mt-04-blackcurrant', 'we sell most of the currants to juice factories in Moscow and Lipetsk', None, PRO, 'the holding sells most of its currants to juice factories in Moscow and Lipetsk', L),
    ('mt-04-blackcurrant', '2 thousand tonnes', None, DN, '2,000 tonnes', C),
    ('mt-04-blackcurrant', 'The selection of new varieties is conducted', None, CAL, 'New varieties are bred', L),
    ('mt-04-blackcurrant', 'All-Russian scientific research institute of lupin', None, IC, 'All-Russian Research Institute of Lupin', C),
    ('mt-04-blackcurrant', 'it', 0, PRO, 'she', C),
    ('mt-04-blackcurrant', 'the region takes the third place in Russia by the area of berry plantations', None, CAL, 'the region ranks third in Russia for berry plantation area', L),

    # mt-05-omul
    ('mt-05-omul', ' /Interfax-Siberia/', None, GL, '', C),
    ('mt-05-omul', 'About this told reporters on Tuesday the head of the Baikal territorial department of Rosrybolovstvo Yevgeny Krasnopolsky', None, CAL, 'Yevgeny Krasnopolsky, head of the Baikal territorial department of Rosrybolovstvo, told reporters this on Tuesday', L),
    ('mt-05-omul', '17,4 thousand tonnes', None, DN, '17,400 tonnes', C),
    ('mt-05-omul', 'The decision is connected also with the low water level in the lake', None, CAL, 'The decision is also linked to the low water level in the lake', L),
    ('mt-05-omul', 'Its', None, PRO, 'Her', C),
    ('mt-05-omul', 'he', None, PRO, 'it', C),
    ('mt-05-omul', 'For the violation is provided a fine of up to 300 thousand roubles', None, CAL, 'Violators face a fine of up to 300,000 roubles', L),
    ('mt-05-omul', 'brakonyers', 0, UN, 'poachers', L),
    ('mt-05-omul', 'brakonyers', 1, UN, 'poachers', L),
    ('mt-05-omul', 'Simultaneously on the Bolshereche fish factory continue to release larvae into the lake', None, CAL, 'Meanwhile, the Bolshereche hatchery continues to release larvae into the lake', L),
    ('mt-05-omul', 'remind that', None, CAL, 'point out that', L),

    # mt-06-bustards
    ('mt-06-bustards', '11 may', None, DN, '11 May', C),
    ('mt-06-bustards', 'the largest number for the last 15 years', None, CAL, 'the largest number in 15 years', L),
    ('mt-06-bustards', '6,2 thousand square kilometres', None, DN, '6,200 square kilometres', C),
    ('mt-06-bustards', 'transmits the correspondent of Saratov Business Consulting', None, CAL, 'according to a correspondent of Saratov Business Consulting', L),
    ('mt-06-bustards', 'Red book of Russia', None, IC, 'Red Book of Russia', C),
    ('mt-06-bustards', 'It', None, PRO, 'He', C),
    ('mt-06-bustards', 'She', None, PRO, 'It', C),
    ('mt-06-bustards', 'compensation in the amount of', None, CAL, 'compensation of', L),
    ('mt-06-bustards', '3,8 thousand roubles', None, DN, '3,800 roubles', C),
    ('mt-06-bustards', 'Told about this in the ministry', None, CAL, 'The ministry said this', L),
    ('mt-06-bustards', 'Yorg Shvartskopf', None, EN, 'Jörg Schwarzkopf', L),

    # mt-07-artisticswimming
    ('mt-07-artisticswimming', 'In the aquatics palace of Kazan ended the Russian junior championship in artistic swimming', None, CAL, 'The Russian junior artistic swimming championship ended at the Kazan aquatics palace', L),
    ('mt-07-artisticswimming', 'Sportswomen of Tatarstan', None, CAL, "Tatarstan's swimmers", L),
    ('mt-07-artisticswimming', 'Its', None, PRO, 'Her', C),
    ('mt-07-artisticswimming', 'honoured coach of Russia', None, IC, 'Honoured Coach of Russia', C),
    ('mt-07-artisticswimming', 'The team of Moscow', None, CAL, 'The Moscow team', L),
    ('mt-07-artisticswimming', 'She', None, PRO, 'It', C),
    ('mt-07-artisticswimming', '271,35', None, DN, '271.35', C),
    ('mt-07-artisticswimming', 'Khose Luis Pastor', None, EN, 'José Luis Pastor', L),
    ('mt-07-artisticswimming', 'In the federation of artistic swimming of Tatarstan hope', None, CAL, 'The Tatarstan Artistic Swimming Federation hopes', L),
    ('mt-07-artisticswimming', 'he', None, PRO, 'it', C),

    # mt-08-supboards
    ('mt-08-supboards', '17 june 2027', None, DN, '17 June 2027', C),
    ('mt-08-supboards', 'On the Yenisei embankment opened the first municipal rental of SUP boards', None, CAL, 'The first municipal SUP board rental has opened on the Yenisei embankment', L),
    ('mt-08-supboards', 'For an hour of riding will have to pay 700 roubles', None, CAL, 'An hour on a board costs 700 roubles', L),
    ('mt-08-supboards', "informs the press centre of the mayor's office of Krasnoyarsk", None, CAL, "according to the press centre of the Krasnoyarsk mayor's office", L),
    ('mt-08-supboards', 'It', 1, PRO, 'He', C),
    ('mt-08-supboards', 'told about how', None, CAL, 'described how', L),
    ('mt-08-supboards', 'in the frames of the programme', None, CAL, 'under the programme', L),
    ('mt-08-supboards', 'Its cost made up 2,1 million roubles', None, CAL, 'It cost 2.1 million roubles', L),
    ('mt-08-supboards', 'GIMS', 0, UN, 'small boats inspectorate', L),
    ('mt-08-supboards', 'GIMS', 1, UN, 'small boats inspectorate', L),

    # mt-09-khokhloma
    ('mt-09-khokhloma', '(Khokhloma is a traditional Russian folk craft of painting wooden dishes in red, black and gold. — Ed.)', None, GL, '', C),
    ('mt-09-khokhloma', '412 thousand items', None, DN, '412,000 items', C),
    ('mt-09-khokhloma', 'shared the general director of the enterprise Marina Tyurina', None, CAL, "said Marina Tyurina, the company's general director", L),
    ('mt-09-khokhloma', 'It', None, PRO, 'She', C),
    ('mt-09-khokhloma', 'heads the factory since 2016', None, CAL, 'has headed the factory since 2016', L),
    ('mt-09-khokhloma', 'the demand grew after we started selling through marketplaces and opened a showroom in Moscow', None, PRO, 'demand grew after the factory started selling through marketplaces and opened a showroom in Moscow', L),
    ('mt-09-khokhloma', '47 thousand roubles', None, DN, '47,000 roubles', C),
    ('mt-09-khokhloma', 'This measure already decided to take advantage of seven graduates of the last year', None, CAL, "Seven of last year's graduates have already taken advantage of the scheme", L),
    ('mt-09-khokhloma', 'his own handwriting', None, CAL, 'his own style', L),
    ('mt-09-khokhloma', 'he', None, PRO, 'it', C),

    # mt-10-breaking
    ('mt-10-breaking', 'it', None, PRO, 'he', C),
    ('mt-10-breaking', 'Among the girls the strongest turned out', None, CAL, 'The strongest among the women was', L),
    ('mt-10-breaking', 'noted the president of the Russian federation of breaking Oleg Kamalov', None, CAL, 'said Oleg Kamalov, president of the Russian Breaking Federation', L),
    ('mt-10-breaking', 'we have no international tournaments now, so for us the national championship is the main start of the year', None, PRO, 'there are no international tournaments now, so for Russian dancers the national championship is the main event of the year', L),
    ('mt-10-breaking', 'Zainullin is engaged in breaking', None, CAL, 'Zainullin has been dancing', L),
    ('mt-10-breaking', 'Bashkir state pedagogical university', None, IC, 'Bashkir State Pedagogical University', C),
    ('mt-10-breaking', 'It', None, PRO, 'He', C),
    ('mt-10-breaking', 'The prize fund of the championship made', None, CAL, "The championship's prize money totalled", L),
    ('mt-10-breaking', '1,75 million', None, DN, '1.75 million', C),
    ('mt-10-breaking', 'transfers Bashinform', None, CAL, 'according to Bashinform', L),

    # mt-11-dogpark
    ('mt-11-dogpark', '7 september', None, DN, '7 September', C),
    ('mt-11-dogpark', 'In the Central district of Kaliningrad opened the largest in the region platform for walking dogs', None, CAL, "The region's largest dog walking area has opened in Kaliningrad's Central district", L),
    ('mt-11-dogpark', '0,6', None, DN, '0.6', C),
    ('mt-11-dogpark', 'On the site installed a training course of 14 elements', None, CAL, 'A training course of 14 obstacles has been installed on the site', L),
    ('mt-11-dogpark', 'She', None, PRO, 'It', C),
    ('mt-11-dogpark', 'As explained in the committee of urban development', None, CAL, 'As the urban development committee explained', L),
    ('mt-11-dogpark', 'the kinolog', 0, UN, 'the dog handler', L),
    ('mt-11-dogpark', 'Veber', 0, EN, 'Weber', L),
    ('mt-11-dogpark', 'Veber', 1, EN, 'Weber', L),
    ('mt-11-dogpark', 'the kinolog', 1, UN, 'the dog handler', L),
    ('mt-11-dogpark', '4,8 thousand roubles', None, DN, '4,800 roubles', C),

    # mt-12-hotwater
    ('mt-12-hotwater', '21 may', None, DN, '21 May', C),
    ('mt-12-hotwater', 'From 25 May in Novosibirsk start the summer disconnections of hot water', None, CAL, 'Summer hot water shutdowns begin in Novosibirsk on 25 May', L),
    ('mt-12-hotwater', '190 thousand apartments', None, DN, '190,000 apartments', C),
    ('mt-12-hotwater', 'writes NGS.RU', None, CAL, 'according to NGS.RU', L),
    ('mt-12-hotwater', 'him', None, PRO, 'it', C),
    ('mt-12-hotwater', 'In the company explained this by the replacement of old pipes', None, CAL, 'The company attributed this to the replacement of old pipes', L),
    ('mt-12-hotwater', 'Its', None, PRO, 'Her', C),
    ('mt-12-hotwater', 'told the correspondent of NGS the director of the electronics store Sergei Boyko', None, CAL, 'Sergei Boyko, director of an electronics store, told NGS', L),
    ('mt-12-hotwater', "In the mayor's office reminded", None, CAL, "The mayor's office reminded residents", L),
    ('mt-12-hotwater', 'Source: ngs.ru', None, GL, '', C),

    # mt-13-newschool
    ('mt-13-newschool', 'In the microdistrict Vostochno-Kruglikovsky', None, CAL, 'In the Vostochno-Kruglikovsky microdistrict', L),
    ('mt-13-newschool', 'She', None, PRO, 'It', C),
    ('mt-13-newschool', '1,55 thousand pupils', None, DN, '1,550 pupils', C),
    ('mt-13-newschool', 'march 2025', None, DN, 'March 2025', C),
    ('mt-13-newschool', 'линейка', None, UN, 'assembly', C),
    ('mt-13-newschool', '«', None, PU, '“', C),
    ('mt-13-newschool', '»', None, PU, '”', C),
    ('mt-13-newschool', 'declared the first deputy governor of the region Anna Minkova', None, CAL, "said Anna Minkova, the region's first deputy governor", L),
    ('mt-13-newschool', 'told also that', None, CAL, 'also said that', L),
    ('mt-13-newschool', 'we received almost 300 applications for 60 teacher vacancies and chose the best', None, PRO, 'the school had received almost 300 applications for 60 teaching posts and chosen the best', L),
    ('mt-13-newschool', 'In the Ministry of education, science and youth policy of the Krasnodar territory noted', None, CAL, 'The Krasnodar Territory Ministry of Education, Science and Youth Policy noted', L),

    # mt-14-prosthetics
    ('mt-14-prosthetics', 'Tomsk state university of control systems and radioelectronics', None, IC, 'Tomsk State University of Control Systems and Radioelectronics', C),
    ('mt-14-prosthetics', 'The first five prostheses have already received children from Tomsk, Seversk and Kemerovo', None, CAL, 'Children from Tomsk, Seversk and Kemerovo have already received the first five prostheses', L),
    ('mt-14-prosthetics', 'He', None, PRO, 'It', C),
    ('mt-14-prosthetics', 'A serial prosthesis of foreign production', None, CAL, 'A mass-produced foreign prosthesis', L),
    ('mt-14-prosthetics', '1,38 million', None, DN, '1.38 million', C),
    ('mt-14-prosthetics', ' (the regional branch of the state broadcaster VGTRK. — Editor)', None, GL, '', C),
    ('mt-14-prosthetics', 'It', None, PRO, 'She', C),
    ('mt-14-prosthetics', 'told to the journalists that', None, CAL, 'told journalists that', L),
    ('mt-14-prosthetics', 'now my son can ride a bicycle himself and even tried to play volleyball', None, PRO, 'her son can now ride a bicycle on his own and has even tried playing volleyball', L),
    ('mt-14-prosthetics', 'the regional department of health', None, CAL, 'the regional health department', L),

    # mt-15-dogbite
    ('mt-15-dogbite', 'Kuibyshevsky district court', None, IC, 'Kuibyshevsky District Court', C),
    ('mt-15-dogbite', '150 thousand roubles', None, DN, '150,000 roubles', C),
    ('mt-15-dogbite', 'communicates the united press service of Omsk courts', None, CAL, 'according to the joint press service of the Omsk courts', L),
    ('mt-15-dogbite', 'SNT', 0, UN, 'dacha community', L),
    ('mt-15-dogbite', 'Sunny', 0, EN, 'Solnechny', L),
    ('mt-15-dogbite', 'It', None, PRO, 'She', C),
    ('mt-15-dogbite', 'my dog never bit anyone and the girl teased her herself', None, PRO, 'his dog had never bitten anyone and the girl had teased it herself', L),
    ('mt-15-dogbite', 'SNT', 1, UN, 'dacha community', L),
    ('mt-15-dogbite', 'Sunny', 1, EN, 'Solnechny', L),
    ('mt-15-dogbite', 'The claim the court satisfied partially', None, CAL, 'The court partly upheld the claim', L),

    # mt-16-chakchak
    ('mt-16-chakchak', '30 august', None, DN, '30 August', C),
    ('mt-16-chakchak', 'In Yelabuga passed the republican festival of chak-chak', None, CAL, "Yelabuga hosted the republic's chak-chak festival", L),
    ('mt-16-chakchak', 'in several nominations', None, CAL, 'in several categories', L),
    ('mt-16-chakchak', 'The record this year set', None, CAL, "This year's record was set by", L),
    ('mt-16-chakchak', 'him', None, PRO, 'it', C),
    ('mt-16-chakchak', 'one and a half hundred eggs', None, DN, '150 eggs', C),
    ('mt-16-chakchak', 'explained the head of the team Gulnara Safiullina', None, CAL, 'explained Gulnara Safiullina, the team leader', L),
    ('mt-16-chakchak', 'It', None, PRO, 'She', C),
    ('mt-16-chakchak', 'The recipe of his chak-chak the master of the Yelabuga bakery Ilshat Mingazov keeps in secret', None, CAL, 'Ilshat Mingazov, a master baker from Yelabuga, keeps the recipe of his chak-chak secret', L),
    ('mt-16-chakchak', 'tyubeteikas', None, UN, 'skullcaps', L),
    ('mt-16-chakchak', '16+', None, GL, '', C),

    # mt-17-eclipse
    ('mt-17-eclipse', 'The maximal phase came', None, CAL, 'The eclipse peaked', L),
    ('mt-17-eclipse', 'On the square of Lenin', None, CAL, 'On Lenin Square', L),
    ('mt-17-eclipse', '„', None, PU, '“', C),
    ('mt-17-eclipse', '“', None, PU, '”', C),
    ('mt-17-eclipse', 'he', None, PRO, 'it', C),
    ('mt-17-eclipse', 'Explained to journalists the senior researcher of the institute Pavel Lunev', None, CAL, 'Pavel Lunev, a senior researcher at the institute, explained to journalists', L),
    ('mt-17-eclipse', 'RAN', None, UN, 'RAS', L),
    ('mt-17-eclipse', 'It', 0, PRO, 'He', C),
    ('mt-17-eclipse', 'we strongly ask parents not to let children look at the Sun through smoked glass or sunglasses', None, PRO, 'parents should not let children look at the Sun through smoked glass or sunglasses', L),
    ('mt-17-eclipse', 'The next solar eclipse in Transbaikalia residents will be able to see', None, CAL, 'Transbaikalia residents will be able to see the next solar eclipse', L),

    # mt-18-giraffe
    ('mt-18-giraffe', '10 june', None, DN, '10 June', C),
    ('mt-18-giraffe', 'In the Yekaterinburg zoo for the first time in history was born a giraffe', None, CAL, 'A giraffe has been born at Yekaterinburg Zoo for the first time in its history', L),
    ('mt-18-giraffe', 'reports the Telegram channel of the zoo', None, CAL, "according to the zoo's Telegram channel", L),
    ('mt-18-giraffe', '1,85', None, DN, '1.85', C),
    ('mt-18-giraffe', 'The transportation accompanied the Dutch zoologist', None, CAL, 'The transport was accompanied by the Dutch zoologist', L),
    ('mt-18-giraffe', 'Yan van der Khoven', None, EN, 'Jan van der Hoven', L),
    ('mt-18-giraffe', 'It', None, PRO, 'He', C),
    ('mt-18-giraffe', 'we have been preparing for this for a year, we even warmed the floor in the enclosure', None, PRO, 'the staff had been preparing for this for a year and had even heated the floor of the enclosure', L),
    ('mt-18-giraffe', 'aviary', None, CAL, 'enclosure', L),
    ('mt-18-giraffe', 'He', None, PRO, 'It', C),
    ('mt-18-giraffe', '(The text was translated from Russian by a machine translation service.)', None, GL, '', C),

# END ROWS
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 340), artifacts=(7, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL + ("/work/main/eval/*/*/docs/*.txt",),
                 skip_own=True, notes_under=PARALLEL, distinct_spans=True, plain_controls=True, beats=BEATS,
                 fresh_against=tuple(f"/work/main/eval/{s}/gold.jsonl" for s in (
                     "blind-mixed", "blind-mixed-2", "blind-mixed-3", "blind-mixed-4",
                     "blind-mixed-5", "blind-mixed-6", "blind-mixed-7", "blind-mixed-8",
                     "blind-mixed-9", "blind-mixed-10", "blind-mixed-11", "blind-mixed-12",
                     "blind-mixed-13", "blind-mixed-14", "blind-mixed-15", "blind-mixed-16",
                     "blind-mixed-17", "blind-mixed-18", "blind-mixed-19", "blind-mixed-20",
                     "blind-mixed-21", "blind-mixed-22")), details=True))
