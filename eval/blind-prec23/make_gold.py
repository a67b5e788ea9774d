"""Gold for eval/blind-prec23: prec23's own held-out check (6 MT-style texts on beats the older sets
do not have, 2 human-style controls), written after that session's rules were done and scored once.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with
eval/goldkit.py: 7-12 artifacts per MT doc, 230-340 words per doc, controls free of Cyrillic and
guillemets, no two gold spans that would match each other, a beat for every MT doc, and no 8-word
run shared with /work/shared/corpus/docs, /work/shared/seeds or the other eval sets' docs.
The docs are the source of truth for offsets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, IC, MAIN_EVAL, PRO, PU, UN, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-sturgeon': 'sturgeon fry released into the Volga by an Astrakhan hatchery',
    'mt-02-shelter': 'adoption day of a municipal animal shelter in Kirov',
    'mt-03-chess': "schoolchildren's open chess tournament in Ulyanovsk",
    'mt-04-tram': 'overhaul of a tram depot repair workshop in Smolensk',
    'mt-05-pharmacy': 'court fines a pharmacy chain owner for expired medicines in Omsk',
    'mt-06-pottery': 'pottery workshop at a library for the blind in Vologda',
}

ROWS = [
    # mt-01-sturgeon
    ('mt-01-sturgeon', '14 june', None, DN, '14 June', C, 'date/number format'),
    ('mt-01-sturgeon', 'Into the Volga were released 300 thousand fry of the Russian sturgeon', None, CAL, '300,000 Russian sturgeon fry were released into the Volga', L, 'fronted place, verb before subject'),
    ('mt-01-sturgeon', 'informed the press service of the regional fisheries agency', None, CAL, 'the regional fisheries agency said', L, 'attribution in Russian order'),
    ('mt-01-sturgeon', '2,5 grams', None, DN, '2.5 grams', C, 'decimal comma'),
    ('mt-01-sturgeon', 'According to it', None, PRO, 'According to him', C, 'it for a man'),
    ('mt-01-sturgeon', '4,7 million rubles', None, DN, '4.7 million rubles', C, 'decimal comma'),
    ('mt-01-sturgeon', 'He', 'He was built in 1955', PRO, 'It', C, 'he for a hatchery'),
    ('mt-01-sturgeon', 'he', 'Now he can grow', PRO, 'it', C, 'he for a hatchery'),
    ('mt-01-sturgeon', 'Осетр', None, UN, 'The sturgeon', C, 'Cyrillic leftover'),
    ('mt-01-sturgeon', 'reports the agency "Astrakhan-24"', None, CAL, 'the agency Astrakhan-24 reports', L, 'attribution after the clause, verb before source'),

    # mt-02-shelter
    ('mt-02-shelter', '3 september', None, DN, '3 September', C, 'date/number format'),
    ('mt-02-shelter', 'On Saturday in the city park passed the day of adoption of animals', None, CAL, 'On Saturday the city park hosted an adoption day', L, 'проходить as pass, verb before subject'),
    ('mt-02-shelter', 'His', None, PRO, 'Its', C, 'his for a shelter'),
    ('mt-02-shelter', 'on the street Lugovaya', None, CAL, 'on Lugovaya Street', L, 'street name after its type noun'),
    ('mt-02-shelter', 'told the director of the shelter Marina Kislitsyna', None, CAL, 'said Marina Kislitsyna, the shelter director', L, 'speech verb before a title chain'),
    ('mt-02-shelter', 'It added', None, PRO, 'She added', C, 'it for a woman'),
    ('mt-02-shelter', '1,8 million rubles', None, DN, '1.8 million rubles', C, 'decimal comma'),
    ('mt-02-shelter', 'noted in the department of urban economy', None, CAL, 'the city economy department said', L, 'impersonal attribution'),
    ('mt-02-shelter', 'In 2023 from the shelter were adopted 412 animals', None, CAL, 'In 2023, 412 animals were adopted from the shelter', L, 'verb before subject'),
    ('mt-02-shelter', 'In Contact', None, 'entity-mistranslation', 'VKontakte', C, 'name rendered by meaning'),

    # mt-03-chess
    ('mt-03-chess', '21 november', None, DN, '21 November', C, 'date/number format'),
    ('mt-03-chess', 'in which took part 156 young players', None, CAL, 'in which 156 young players took part', L, 'verb before subject'),
    ('mt-03-chess', '№', None, PU, 'No.', C, 'numero sign'),
    ('mt-03-chess', '6,5 points', None, DN, '6.5 points', C, 'decimal comma'),
    ('mt-03-chess', 'told Artyom', None, CAL, 'Artyom said', L, 'speech verb before subject, told without a listener'),
    ('mt-03-chess', 'It trains', None, PRO, 'She trains', C, 'it for a girl'),
    ('mt-03-chess', 'he moved', None, PRO, 'it moved', C, 'he for a club'),
    ('mt-03-chess', 'on the street Goncharov', None, CAL, 'on Goncharov Street', L, 'street name after its type noun'),
    ('mt-03-chess', 'informs the website of the regional ministry of sport', None, CAL, 'the regional sports ministry website says', L, 'attribution in Russian order'),

    # mt-04-tram
    ('mt-04-tram', '9 february', None, DN, '9 February', C, 'date/number format'),
    ('mt-04-tram', 'In the tram depot of Smolensk completed the overhaul of the repair workshop', None, CAL, 'The overhaul of the repair workshop at the Smolensk tram depot has been completed', L, 'fronted place, verb before subject'),
    ('mt-04-tram', 'reported the press service of the municipal unitary enterprise', None, CAL, 'the press service of the municipal enterprise reported', L, 'attribution in Russian order'),
    ('mt-04-tram', 'During the works were replaced the roof, the floors and the lifting equipment', None, CAL, 'The roof, floors and lifting equipment were replaced', L, 'verb before subject'),
    ('mt-04-tram', '38,5 million rubles', None, DN, '38.5 million rubles', C, 'decimal comma'),
    ('mt-04-tram', 'It noted', None, PRO, 'He noted', C, 'it for a man'),
    ('mt-04-tram', '№', None, PU, 'No.', C, 'numero sign'),
    ('mt-04-tram', 'Lion Cub', None, 'entity-mistranslation', 'Lvyonok', L, 'name rendered by meaning'),
    ('mt-04-tram', 'informs the administration of the city', None, CAL, 'the city administration said', L, 'attribution in Russian order'),
    ('mt-04-tram', 'within the framework of the regional programme', None, CAL, 'under the regional programme', L, 'в рамках'),

    # mt-05-pharmacy
    ('mt-05-pharmacy', '17 april', None, DN, '17 April', C, 'date/number format'),
    ('mt-05-pharmacy', 'informed the press service of the regional Roszdravnadzor', None, CAL, 'the regional branch of Roszdravnadzor said', L, 'attribution in Russian order'),
    ('mt-05-pharmacy', 'The violations revealed the inspectors in January', None, CAL, 'The inspectors found the violations in January', L, 'fronted object'),
    ('mt-05-pharmacy', 'On the shelves were found 214 packages of medicines', None, CAL, '214 packages of medicines were found on the shelves', L, 'verb before subject'),
    ('mt-05-pharmacy', 'it explained', None, PRO, 'he explained', C, 'it for a man'),
    ('mt-05-pharmacy', 'fined it', None, PRO, 'fined him', C, 'it for a man'),
    ('mt-05-pharmacy', '2,3 million rubles', None, DN, '2.3 million rubles', C, 'decimal comma'),
    ('mt-05-pharmacy', 'by the phone', None, CAL, 'on', L, 'по телефону'),
    ('mt-05-pharmacy', 'has not yet entered into legal force', None, CAL, 'has not yet taken effect', L, 'вступить в законную силу'),

    # mt-06-pottery
    ('mt-06-pottery', '28 october', None, DN, '28 October', C, 'date/number format'),
    ('mt-06-pottery', 'In the Vologda regional library for the blind opened a pottery workshop', None, CAL, 'A pottery workshop has opened at the Vologda regional library for the blind', L, 'fronted place, verb before subject'),
    ('mt-06-pottery', 'The classes conducts the potter Elena Shmakova', None, CAL, 'The classes are taught by potter Elena Shmakova', L, 'fronted object'),
    ('mt-06-pottery', 'It says', None, PRO, 'He says', C, 'it for a man'),
    ('mt-06-pottery', 'returned to it', None, PRO, 'gave him back', C, 'it for a man'),
    ('mt-06-pottery', '1 240 readers', None, DN, '1,240 readers', C, 'space-grouped digits'),
    ('mt-06-pottery', '«', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-pottery', '»', None, PU, '"', C, 'Russian quote mark'),
    ('mt-06-pottery', 'He is located', None, PRO, 'It is located', C, 'he for a library'),
    ('mt-06-pottery', 'on the street Mira', None, CAL, 'on Mira Street', L, 'street name after its type noun'),
    ('mt-06-pottery', 'in the size of 870 thousand rubles', None, CAL, 'of 870,000 rubles', L, 'в размере'),
    ('mt-06-pottery', 'reports the newspaper "Red North"', None, CAL, 'the newspaper Krasny Sever reports', L, 'attribution after the clause, verb before source'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(230, 340), artifacts=(7, 12),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True,
                 distinct_spans=True, plain_controls=True, beats=BEATS))
