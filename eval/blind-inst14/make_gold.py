"""Gold for eval/blind-inst14 (Russian official names left in lower case, and a few names by meaning):
a table, offsets by exact search. Written by the inst14 helper after MT410 was built, on beats no eval
set used (ice crossing, swimming pool, pet chipping, puppet theatre tour, snowmobile race).

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc or None, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import C, DN, EN, IC, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    ("mt-01-icecrossing", "14 december", None, DN, "14 December", C, "lowercased month"),
    ("mt-01-icecrossing", "road directorate of Yakutia", None, IC, "Road Directorate of Yakutia", C,
     "Управление автомобильных дорог Якутии"),
    ("mt-01-icecrossing", "state inspectorate for small vessels of the Republic of Sakha", None, IC,
     "State Inspectorate for Small Vessels of the Republic of Sakha", C, "ГИМС"),
    ("mt-01-icecrossing", "5 thousand roubles", None, DN, "5,000 roubles", C, "N thousand"),
    ("mt-01-icecrossing", "Northern Light", None, EN, "Severnoye Siyaniye", L, "firm named by meaning"),
    ("mt-01-icecrossing", "hydrometeorological service of the republic", None, IC,
     "Hydrometeorological Service of the Republic", L, "tail is 'the republic', no place name"),
    ("mt-01-icecrossing", "ministry of transport and road management of Yakutia", None, IC,
     "Ministry of Transport and Road Management of Yakutia", C, "ministry by portfolio"),
    ("mt-02-poolrepair", "9 february", None, DN, "9 February", C, "lowercased month"),
    ("mt-02-poolrepair", "Dolphin", "swimming pool Dolphin", EN, "Delfin", L, "pool named by meaning"),
    ("mt-02-poolrepair", "department of physical culture and sport of the Tomsk region", None, IC,
     "Department of Physical Culture and Sport of the Tomsk Region", C, "department by field + region"),
    ("mt-02-poolrepair", "86,4 million", None, DN, "86.4 million", C, "decimal comma"),
    ("mt-02-poolrepair", "sports school of the olympic reserve", None, IC, "Sports School of the Olympic Reserve", C,
     "СШОР: 'school' head, 'olympic' lowercase"),
    ("mt-02-poolrepair", "Tomsk polytechnic university", None, IC, "Tomsk Polytechnic University", C,
     "<Place> <adj> university"),
    ("mt-02-poolrepair", "Tomsk regional swimming federation", None, IC, "Tomsk Regional Swimming Federation", C,
     "<Place> regional <field> federation"),
    ("mt-02-poolrepair", "Siberian federal district", None, IC, "Siberian Federal District", C, "federal district"),
    ("mt-02-poolrepair", "federal service for supervision of consumer rights", None, IC,
     "Federal Service for Supervision of Consumer Rights", C, "Rospotrebnadzor, lowercase"),
    ("mt-03-petchip", "22 october", None, DN, "22 October", C, "lowercased month"),
    ("mt-03-petchip", "veterinary administration of the Novosibirsk region", None, IC,
     "Veterinary Administration of the Novosibirsk Region", C, "head + region tail"),
    ("mt-03-petchip", "Russian agricultural supervision service", None, IC, "Russian Agricultural Supervision Service",
     L, "Rosselkhoznadzor descriptively named, lowercase"),
    ("mt-03-petchip", "Siberian federal scientific centre of agrobiotechnologies of the Russian academy of sciences",
     None, IC, "Siberian Federal Scientific Centre of Agrobiotechnologies of the Russian Academy of Sciences", C,
     "half-cased opener that is a regional adjective, not a marker"),
    ("mt-03-petchip", "city centre for animal protection", None, IC, "City Centre for Animal Protection", L,
     "marker + head + field, no modifier"),
    ("mt-03-petchip", "4,2 thousand", None, DN, "4,200", C, "N thousand"),
    ("mt-03-petchip", "city council of deputies of Novosibirsk", None, IC, "Novosibirsk City Council of Deputies", C,
     "Совет депутатов города Новосибирска"),
    ("mt-03-petchip", "Kind Heart", None, EN, "Dobroye Serdtse", L, "shelter named by meaning"),
    ("mt-04-puppets", "3 march", None, DN, "3 March", C, "lowercased month"),
    ("mt-04-puppets", "Omsk state puppet theatre", None, IC, "Omsk State Puppet Theatre", C, "<Place> state <field> theatre"),
    ("mt-04-puppets", "ministry of culture of the Omsk region", None, IC, "Ministry of Culture of the Omsk Region", C,
     "ministry by portfolio"),
    ("mt-04-puppets", "presidential fund of cultural initiatives", None, IC, "Presidential Fund for Cultural Initiatives",
     C, "'presidential' opener, not in the marker list"),
    ("mt-04-puppets", "3,2 million", None, DN, "3.2 million", C, "decimal comma"),
    ("mt-04-puppets", "Union of theatre workers of Russia", None, IC, "Union of Theatre Workers of Russia", C,
     "capitalised head, lowercase field"),
    ("mt-04-puppets", "regional scientific library named after Pushkin", None, IC, "Pushkin Regional Scientific Library",
     C, "named after: eponym tail"),
    ("mt-04-puppets", "interregional public organisation of puppeteers of Siberia", None, IC,
     "Interregional Public Organisation of Puppeteers of Siberia", C, "'organisation' head"),
    ("mt-05-snowmobile", "28 january", None, DN, "28 January", C, "lowercased month"),
    ("mt-05-snowmobile", "committee for physical culture and sport of the Murmansk region", None, IC,
     "Committee for Physical Culture and Sport of the Murmansk Region", C, "committee by field + region"),
    ("mt-05-snowmobile", "federation of snowmobile sport of the Murmansk region", None, IC,
     "Federation of Snowmobile Sport of the Murmansk Region", C, "federation by field + region"),
    ("mt-05-snowmobile", "White Partridge", None, EN, "Belaya Kuropatka", L, "tourist base named by meaning"),
    ("mt-05-snowmobile", "emergency and rescue service of the Murmansk region", None, IC,
     "Emergency and Rescue Service of the Murmansk Region", C, "coordinated modifiers before the head"),
    ("mt-05-snowmobile", "1,5 million", None, DN, "1.5 million", C, "decimal comma"),
    ("mt-05-snowmobile", "Polar Bear", None, EN, "Bely Medved", L, "company named by meaning"),
    ("mt-05-snowmobile", "regional centre of tourism and excursions", None, IC,
     "Regional Centre of Tourism and Excursions", L, "marker + head + field, no modifier"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
