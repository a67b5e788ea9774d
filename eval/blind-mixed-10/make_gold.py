"""Gold for the held-out set blind14 (to become eval/blind-mixed-10): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py (imported from /work/main/eval). Checks of this set: no two gold spans that would
match each other under the scoring rule, controls free of Cyrillic and guillemets, a beat for every
MT doc, 7-11 artifacts per MT doc, 250-340 words per doc, no 8-word run shared with
/work/shared/corpus/docs, /work/shared/seeds or /work/main/eval/**/docs (own folder skipped), and no
span text of 6+ characters repeating an artifact string of eval/blind-mixed, -2 ... -9 (their gold
is read by this script only to report a collision; the author did not open it).
The table below was generated once by build.py from the marked sources src1-3.md and then kept
as the set's record; the docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, GL, IC, MAIN_EVAL, NC, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-icefishing': 'ice fishing rescues',
    'mt-02-skijump': 'new ski jump',
    'mt-03-cinema': 'village cinema',
    'mt-04-greenhouse': 'greenhouse vegetables',
    'mt-05-beavers': 'beaver dams on roads',
    'mt-06-hippodrome': 'trotting races',
    'mt-07-cranberry': 'cranberry picking',
    'mt-08-mammoth': 'mammoth tusk find',
    'mt-09-furauction': 'sable fur auction',
    'mt-10-seedlings': 'forest nursery',
    'mt-11-organ': 'organ restoration',
    'mt-12-scooters': 'e-scooter rental',
    'mt-13-sambo': 'sambo tournament',
    'mt-14-gorodki': 'gorodki championship',
    'mt-15-draughts': 'draughts championship',
    'mt-16-streetlights': 'street lighting',
    'mt-17-fountains': 'fountain season',
    'mt-18-paragliding': 'paragliding cup',
}

ROWS = [

    # mt-01-icefishing
    ('mt-01-icefishing', '23 january', None, DN, '23 January', C, 'date/number format'),
    ('mt-01-icefishing', 'reported in the main directorate of the Emergencies Ministry for the region', None, CAL, 'the regional Main Directorate of the Emergencies Ministry reported', L, 'calque'),
    ('mt-01-icefishing', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-01-icefishing', 'The chief of the Rybinsk search and rescue squad Gennady Tulupov', None, CAL, 'Gennady Tulupov, head of the Rybinsk search and rescue squad', L, 'calque'),
    ('mt-01-icefishing', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-01-icefishing', '12,5 centimetres', None, DN, '12.5 centimetres', C, 'date/number format'),
    ('mt-01-icefishing', 'we will not find you', None, PRO, 'rescuers may not find them', L, 'pronoun'),
    ('mt-01-icefishing', 'sychev', None, NC, 'Sychev', C, 'lowercased surname'),
    ('mt-01-icefishing', 'zherlitsy', None, UN, 'tip-ups', L, 'untranslated leftover'),
    ('mt-01-icefishing', '1,9 thousand', None, DN, '1,900', C, 'date/number format'),
    ('mt-01-icefishing', 'Quiet Backwater', None, EN, 'Tikhaya Zavod', L, 'name rendered by meaning / through Russian'),

    # mt-02-skijump
    ('mt-02-skijump', '17 december', None, DN, '17 December', C, 'date/number format'),
    ('mt-02-skijump', 'with the power of', None, CAL, 'with a hill size of', L, 'calque'),
    ('mt-02-skijump', 'told journalists the minister of physical culture and sport of the region Oleg Vasilchenko', None, CAL, "the region's minister of physical culture and sport Oleg Vasilchenko told journalists", L, 'calque'),
    ('mt-02-skijump', 'Falcon Mountain', None, EN, 'Sokolinaya Gora', L, 'name rendered by meaning / through Russian'),
    ('mt-02-skijump', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-02-skijump', 'kolesnikova', None, NC, 'Kolesnikova', C, 'lowercased surname'),
    ('mt-02-skijump', 'SShOR', None, UN, 'Olympic reserve sports school', L, 'untranslated leftover'),
    ('mt-02-skijump', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-02-skijump', '88,5 metres', None, DN, '88.5 metres', C, 'date/number format'),
    ('mt-02-skijump', 'we had to go to Chaikovsky', None, PRO, 'the team had to travel to Chaikovsky', L, 'pronoun'),
    ('mt-02-skijump', 'federation of ski jumping and Nordic combined of Russia', None, IC, 'Ski Jumping and Nordic Combined Federation of Russia', C, 'lowercased institution name'),

    # mt-03-cinema
    ('mt-03-cinema', '15 february', None, DN, '15 February', C, 'date/number format'),
    ('mt-03-cinema', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-03-cinema', 'Motherland', None, EN, 'Rodina', L, 'name rendered by meaning / through Russian'),
    ('mt-03-cinema', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-03-cinema', '3,5 million roubles', None, DN, '3.5 million roubles', C, 'date/number format'),
    ('mt-03-cinema', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-03-cinema', 'DK', None, UN, 'house of culture', L, 'untranslated leftover'),
    ('mt-03-cinema', 'cinema seances', None, CAL, 'screenings', L, 'calque'),
    ('mt-03-cinema', 'it', 0, PRO, 'she', C, 'pronoun'),
    ('mt-03-cinema', 'now our children will not need to go', None, PRO, 'now the village children will not need to travel', L, 'pronoun'),
    ('mt-03-cinema', 'ministry of culture of the Orenburg region', None, IC, 'Ministry of Culture of the Orenburg Region', C, 'lowercased institution name'),

    # mt-04-greenhouse
    ('mt-04-greenhouse', '10 november', None, DN, '10 November', C, 'date/number format'),
    ('mt-04-greenhouse', 'vegetables of the protected ground', None, CAL, 'greenhouse vegetables', L, 'calque'),
    ('mt-04-greenhouse', 'Emerald Garden', None, EN, 'Izumrudny Sad', L, 'name rendered by meaning / through Russian'),
    ('mt-04-greenhouse', '23 thousand', None, DN, '23,000', C, 'date/number format'),
    ('mt-04-greenhouse', 'The volume of investments made up', None, CAL, 'Investment totalled', L, 'calque'),
    ('mt-04-greenhouse', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-04-greenhouse', 'Van der Khuven', None, EN, 'Van der Hoeven', L, 'name rendered by meaning / through Russian'),
    ('mt-04-greenhouse', 'gerasimova', None, NC, 'Gerasimova', C, 'lowercased surname'),
    ('mt-04-greenhouse', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-04-greenhouse', 'we will be able to close', None, PRO, 'the complex will be able to cover', L, 'pronoun'),
    ('mt-04-greenhouse', 'ministry of agriculture of Bashkortostan', None, IC, 'Ministry of Agriculture of Bashkortostan', C, 'lowercased institution name'),

    # mt-05-beavers
    ('mt-05-beavers', '30 april', None, DN, '30 April', C, 'date/number format'),
    ('mt-05-beavers', 'informed in the administration of the district', None, CAL, 'the district administration said', L, 'calque'),
    ('mt-05-beavers', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-05-beavers', '1,4 metres', None, DN, '1.4 metres', C, 'date/number format'),
    ('mt-05-beavers', 'бобровой', None, UN, 'beaver', C, 'untranslated leftover'),
    ('mt-05-beavers', 'makarychev', None, NC, 'Makarychev', C, 'lowercased surname'),
    ('mt-05-beavers', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-05-beavers', 'you cannot simply destroy', None, PRO, 'residents cannot simply destroy', L, 'pronoun'),
    ('mt-05-beavers', '13 thousand', None, DN, '13,000', C, 'date/number format'),
    ('mt-05-beavers', 'department of hunting and fishing of the Tver region', None, IC, 'Department of Hunting and Fishing of the Tver Region', C, 'lowercased institution name'),
    ('mt-05-beavers', 'regulation of the number', None, CAL, 'population control', L, 'calque'),

    # mt-06-hippodrome
    ('mt-06-hippodrome', '18 may', None, DN, '18 May', C, 'date/number format'),
    ('mt-06-hippodrome', 'races on trotters', None, CAL, 'trotting races', L, 'calque'),
    ('mt-06-hippodrome', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-06-hippodrome', '2,8 thousand', None, DN, '2,800', C, 'date/number format'),
    ('mt-06-hippodrome', 'konnozavod', None, UN, 'stud farm', L, 'untranslated leftover'),
    ('mt-06-hippodrome', 'Silver Hoof', None, EN, 'Serebryanoye Kopytse', L, 'name rendered by meaning / through Russian'),
    ('mt-06-hippodrome', 'galiullin', None, NC, 'Galiullin', C, 'lowercased surname'),
    ('mt-06-hippodrome', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-06-hippodrome', ' (last year the season was shortened because of an outbreak of equine flu. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),
    ('mt-06-hippodrome', 'our stables are full', None, PRO, "the hippodrome's stables are full", L, 'pronoun'),
    ('mt-06-hippodrome', 'ministry of agriculture of the republic', None, IC, 'Ministry of Agriculture of the Republic', C, 'lowercased institution name'),

    # mt-07-cranberry
    ('mt-07-cranberry', 'from 15 september', None, DN, 'from 15 September', C, 'date/number format'),
    ('mt-07-cranberry', 'follows from the order of the forestry committee of the Komi republic', None, CAL, 'according to an order of the Forestry Committee of the Komi Republic', L, 'calque'),
    ('mt-07-cranberry', 'she', 0, PRO, 'it', C, 'pronoun'),
    ('mt-07-cranberry', 'gifts of the forest', None, CAL, 'wild berries and mushrooms', L, 'calque'),
    ('mt-07-cranberry', 'fell on 30%', None, CAL, 'fell by 30%', L, 'calque'),
    ('mt-07-cranberry', 'Taiga Pantry', None, EN, 'Kladovaya Taigi', L, 'name rendered by meaning / through Russian'),
    ('mt-07-cranberry', '1,8 thousand', None, DN, '1,800', C, 'date/number format'),
    ('mt-07-cranberry', 'It', 1, PRO, 'She', C, 'pronoun'),
    ('mt-07-cranberry', 'my whole family goes', None, PRO, 'her whole family goes', L, 'pronoun'),

    # mt-08-mammoth
    ('mt-08-mammoth', '12 august', None, DN, '12 August', C, 'date/number format'),
    ('mt-08-mammoth', '62,4 kilograms', None, DN, '62.4 kilograms', C, 'date/number format'),
    ('mt-08-mammoth', 'told RIA Novosti the head of the laboratory of the Taimyr nature museum Svetlana Ilyina', None, CAL, 'Svetlana Ilyina, head of the laboratory of the Taimyr Nature Museum, told RIA Novosti', L, 'calque'),
    ('mt-08-mammoth', 'in the lower flow of', None, CAL, 'in the lower reaches of', L, 'calque'),
    ('mt-08-mammoth', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-08-mammoth', 'вечной мерзлоты', None, UN, 'permafrost', C, 'untranslated leftover'),
    ('mt-08-mammoth', '41 thousand', None, DN, '41,000', C, 'date/number format'),
    ('mt-08-mammoth', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-08-mammoth', 'north-eastern federal university', None, IC, 'North-Eastern Federal University', C, 'lowercased institution name'),
    ('mt-08-mammoth', 'Khideki Tanaka', None, EN, 'Hideki Tanaka', L, 'name rendered by meaning / through Russian'),

    # mt-09-furauction
    ('mt-09-furauction', '16 december', None, DN, '16 December', C, 'date/number format'),
    ('mt-09-furauction', 'Northern Sable', None, EN, 'Severny Sobol', L, 'name rendered by meaning / through Russian'),
    ('mt-09-furauction', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-09-furauction', 'At the auction were exhibited', None, CAL, 'On offer at the auction were', L, 'calque'),
    ('mt-09-furauction', '86 thousand', None, DN, '86,000', C, 'date/number format'),
    ('mt-09-furauction', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-09-furauction', 'our sable is valued', None, PRO, 'Russian sable is valued', L, 'pronoun'),
    ('mt-09-furauction', 'Kostas Papadopulos', None, EN, 'Kostas Papadopoulos', L, 'name rendered by meaning / through Russian'),
    ('mt-09-furauction', 'Promysel', None, UN, 'Commercial hunting', L, 'untranslated leftover'),
    ('mt-09-furauction', 'ministry of industry and trade of Russia', None, IC, 'Ministry of Industry and Trade of Russia', C, 'lowercased institution name'),
    ('mt-09-furauction', ' (the previous auction was held in April in a hall of the company on Moskovsky Prospekt. — Interfax)', None, GL, '', C, 'outlet insertion'),

    # mt-10-seedlings
    ('mt-10-seedlings', '27 march', None, DN, '27 March', C, 'date/number format'),
    ('mt-10-seedlings', 'Red Forest', None, EN, 'Krasny Bor', L, 'name rendered by meaning / through Russian'),
    ('mt-10-seedlings', '4,6 million', None, DN, '4.6 million', C, 'date/number format'),
    ('mt-10-seedlings', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-10-seedlings', 'with the closed root system', None, CAL, 'as container seedlings', L, 'calque'),
    ('mt-10-seedlings', 'zhdanova', None, NC, 'Zhdanova', C, 'lowercased surname'),
    ('mt-10-seedlings', 'Its', None, PRO, 'Her', C, 'pronoun'),
    ('mt-10-seedlings', 'ministry of forest complex of the Irkutsk region', None, IC, 'Ministry of Forest Complex of the Irkutsk Region', C, 'lowercased institution name'),
    ('mt-10-seedlings', '11 thousand', None, DN, '11,000', C, 'date/number format'),
    ('mt-10-seedlings', 'Forest restoration works', None, CAL, 'Reforestation', L, 'calque'),
    ('mt-10-seedlings', 'we are going to plant', None, PRO, 'the region would plant', L, 'pronoun'),

    # mt-11-organ
    ('mt-11-organ', '29 october', None, DN, '29 October', C, 'date/number format'),
    ('mt-11-organ', 'Tomsk regional philharmonic', None, IC, 'Tomsk Regional Philharmonic', C, 'lowercased institution name'),
    ('mt-11-organ', '47,5 million roubles', None, DN, '47.5 million roubles', C, 'date/number format'),
    ('mt-11-organ', 'He', 0, PRO, 'It', C, 'pronoun'),
    ('mt-11-organ', '3,4 thousand', None, DN, '3,400', C, 'date/number format'),
    ('mt-11-organ', 'Yoakhim Shvarts', None, EN, 'Joachim Schwarz', L, 'name rendered by meaning / through Russian'),
    ('mt-11-organ', 'lavrentieva', None, NC, 'Lavrentieva', C, 'lowercased surname'),
    ('mt-11-organ', 'It', 0, PRO, 'She', C, 'pronoun'),
    ('mt-11-organ', 'I waited for this sound', None, PRO, 'she had waited for this sound', L, 'pronoun'),
    ('mt-11-organ', 'evening of organ music', None, CAL, 'organ recital', L, 'calque'),
    ('mt-11-organ', 'On the words of Schwarz', None, CAL, 'According to Schwarz', L, 'calque'),

    # mt-12-scooters
    ('mt-12-scooters', '1 june', None, DN, '1 June', C, 'date/number format'),
    ('mt-12-scooters', 'in the zones of increased danger', None, CAL, 'in high-risk areas', L, 'calque'),
    ('mt-12-scooters', 'follows from the agreement signed with the city administration', None, CAL, 'according to an agreement signed with the city administration', L, 'calque'),
    ('mt-12-scooters', '7,3 thousand', None, DN, '7,300', C, 'date/number format'),
    ('mt-12-scooters', 'Fresh Wind', None, EN, 'Svezhy Veter', L, 'name rendered by meaning / through Russian'),
    ('mt-12-scooters', 'SIM', None, UN, 'personal mobility device', L, 'untranslated leftover'),
    ('mt-12-scooters', 'he', None, PRO, 'it', C, 'pronoun'),
    ('mt-12-scooters', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-12-scooters', 'borisenko', None, NC, 'Borisenko', C, 'lowercased surname'),
    ('mt-12-scooters', 'you will be blocked', None, PRO, 'riders will be blocked', L, 'pronoun'),
    ('mt-12-scooters', 'city duma of Yekaterinburg', None, IC, 'Yekaterinburg City Duma', C, 'lowercased institution name'),

    # mt-13-sambo
    ('mt-13-sambo', '21 march', None, DN, '21 March', C, 'date/number format'),
    ('mt-13-sambo', 'The championship of the Volga federal district on sambo', None, CAL, 'The Volga Federal District Sambo Championship', L, 'calque'),
    ('mt-13-sambo', 'boevoye sambo', None, UN, 'combat sambo', L, 'untranslated leftover'),
    ('mt-13-sambo', 'in the weight category up to 74 kilograms', None, CAL, 'in the under-74kg category', L, 'calque'),
    ('mt-13-sambo', 'ismailov', None, NC, 'Ismailov', C, 'lowercased surname'),
    ('mt-13-sambo', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-13-sambo', 'Nikola Yovanovich', None, EN, 'Nikola Jovanović', L, 'name rendered by meaning / through Russian'),
    ('mt-13-sambo', 'I could not lose in front of my school', None, PRO, 'he could not lose in front of his school', L, 'pronoun'),
    ('mt-13-sambo', 'MSMK', None, UN, 'Master of Sport of International Class', L, 'untranslated leftover'),
    ('mt-13-sambo', 'all-Russian sambo federation', None, IC, 'All-Russian Sambo Federation', C, 'lowercased institution name'),
    ('mt-13-sambo', ' (the sports complex in Kstovo was opened in 2019. — RIA Novosti)', None, GL, '', C, 'outlet insertion'),

    # mt-14-gorodki
    ('mt-14-gorodki', '14 july', None, DN, '14 July', C, 'date/number format'),
    ('mt-14-gorodki', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-14-gorodki', 'bita', None, UN, 'bat', L, 'untranslated leftover'),
    ('mt-14-gorodki', '2,1 kilograms', None, DN, '2.1 kilograms', C, 'date/number format'),
    ('mt-14-gorodki', 'lopatin', None, NC, 'Lopatin', C, 'lowercased surname'),
    ('mt-14-gorodki', 'for 38 throws', None, CAL, 'in 38 throws', L, 'calque'),
    ('mt-14-gorodki', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-14-gorodki', 'Russian Field', None, EN, 'Russkoye Pole', L, 'name rendered by meaning / through Russian'),
    ('mt-14-gorodki', 'we play every evening', None, PRO, 'the members play every evening', L, 'pronoun'),
    ('mt-14-gorodki', 'federation of gorodki sport of Russia', None, IC, 'Gorodki Sport Federation of Russia', C, 'lowercased institution name'),
    ('mt-14-gorodki', '2,2 thousand', None, DN, '2,200', C, 'date/number format'),

    # mt-15-draughts
    ('mt-15-draughts', '6 november', None, DN, '6 November', C, 'date/number format'),
    ('mt-15-draughts', 'in the hundred-cell draughts', None, CAL, 'in international draughts', L, 'calque'),
    ('mt-15-draughts', 'It', None, PRO, 'He', C, 'pronoun'),
    ('mt-15-draughts', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-15-draughts', 'shashki', None, UN, 'draughts', L, 'untranslated leftover'),
    ('mt-15-draughts', '3,7 thousand', None, DN, '3,700', C, 'date/number format'),
    ('mt-15-draughts', 'nikiforova', None, NC, 'Nikiforova', C, 'lowercased surname'),
    ('mt-15-draughts', 'in our villages every family', None, PRO, 'in Yakut villages every family', L, 'pronoun'),
    ('mt-15-draughts', 'Yeroen van Khuizen', None, EN, 'Jeroen van Huizen', L, 'name rendered by meaning / through Russian'),
    ('mt-15-draughts', '1,25 million', None, DN, '1.25 million', C, 'date/number format'),
    ('mt-15-draughts', 'ministry of sport of Yakutia', None, IC, 'Ministry of Sport of Yakutia', C, 'lowercased institution name'),

    # mt-16-streetlights
    ('mt-16-streetlights', '19 october', None, DN, '19 October', C, 'date/number format'),
    ('mt-16-streetlights', 'light-emitting diode', None, CAL, 'LED', L, 'calque'),
    ('mt-16-streetlights', 'declared the head of the city Igor Kuleshov', None, CAL, 'Mayor Igor Kuleshov said', L, 'calque'),
    ('mt-16-streetlights', '9,4 thousand', None, DN, '9,400', C, 'date/number format'),
    ('mt-16-streetlights', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-16-streetlights', 'MUP', None, UN, 'the municipal enterprise', L, 'untranslated leftover'),
    ('mt-16-streetlights', 'tarasenko', None, NC, 'Tarasenko', C, 'lowercased surname'),
    ('mt-16-streetlights', 'Its', 1, PRO, 'His', C, 'pronoun'),
    ('mt-16-streetlights', 'the dark time of the day', None, CAL, 'the hours of darkness', L, 'calque'),
    ('mt-16-streetlights', 'we walk home from the stop by phone light', None, PRO, 'they walked home from the stop by phone light', L, 'pronoun'),
    ('mt-16-streetlights', 'committee of city improvement', None, IC, 'Committee of City Improvement', C, 'lowercased institution name'),

    # mt-17-fountains
    ('mt-17-fountains', '27 april', None, DN, '27 April', C, 'date/number format'),
    ('mt-17-fountains', '«', None, PU, '"', C, 'Russian quote marks'),
    ('mt-17-fountains', 'Golden Sheaf', None, EN, 'Zolotoy Snop', L, 'name rendered by meaning / through Russian'),
    ('mt-17-fountains', '»', None, PU, '"', C, 'Russian quote marks'),
    ('mt-17-fountains', 'He', None, PRO, 'It', C, 'pronoun'),
    ('mt-17-fountains', 'after the winter conservation', None, CAL, 'after being mothballed for the winter', L, 'calque'),
    ('mt-17-fountains', 'savelyeva', None, NC, 'Savelyeva', C, 'lowercased surname'),
    ('mt-17-fountains', 'It', None, PRO, 'She', C, 'pronoun'),
    ('mt-17-fountains', 'we repair the same lamps', None, PRO, 'the company repairs the same lamps', L, 'pronoun'),
    ('mt-17-fountains', 'department of city economy of Volgograd', None, IC, 'Volgograd City Economy Department', C, 'lowercased institution name'),
    ('mt-17-fountains', 'blagoustroistvo', None, UN, 'landscaping', L, 'untranslated leftover'),

    # mt-18-paragliding
    ('mt-18-paragliding', '11 june', None, DN, '11 June', C, 'date/number format'),
    ('mt-18-paragliding', 'non-flying weather', None, CAL, 'unflyable weather', L, 'calque'),
    ('mt-18-paragliding', 'She', None, PRO, 'It', C, 'pronoun'),
    ('mt-18-paragliding', '112,6 kilometres', None, DN, '112.6 kilometres', C, 'date/number format'),
    ('mt-18-paragliding', 'Informed about this the chief judge of the competitions Alexander Pugachev', None, CAL, 'Alexander Pugachev, chief judge of the competition, said this', L, 'calque'),
    ('mt-18-paragliding', 'rudenko', None, NC, 'Rudenko', C, 'lowercased surname'),
    ('mt-18-paragliding', 'Its', None, PRO, 'His', C, 'pronoun'),
    ('mt-18-paragliding', 'paraplan', None, UN, 'paraglider', L, 'untranslated leftover'),
    ('mt-18-paragliding', 'Zhan-Lyuk Bernar', None, EN, 'Jean-Luc Bernard', L, 'name rendered by meaning / through Russian'),
    ('mt-18-paragliding', 'we lost the third day', None, PRO, 'the pilots lost the third day', L, 'pronoun'),
    ('mt-18-paragliding', 'federation of paragliding of the Altai republic', None, IC, 'Paragliding Federation of the Altai Republic', C, 'lowercased institution name'),
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
                                "/work/main/eval/blind-mixed-9/gold.jsonl"), details=True))
