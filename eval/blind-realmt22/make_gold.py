"""Gold for eval/blind-realmt22: six MT-style texts in the shapes the 31 real MT pages of session
22 showed (regional portals, aggregators, old Google/Yandex MT), two human-style controls.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Written by helper realmt22 after its rules were done, scored once (README). Offsets by exact
search through eval/goldkit.py; the docs are the source of truth.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, EN, IC, MAIN_EVAL, PRO, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

BEATS = {
    'mt-01-honey': 'first honey of the season in Bashkiria',
    'mt-02-ferry': 'Lena ferry stopped by ice drift near Yakutsk',
    'mt-03-potato': 'potato harvest in the Bryansk region',
    'mt-04-library': "children's library reopens in Vologda after repair",
    'mt-05-marathon': 'Kazan marathon',
    'mt-06-zoo': 'snow leopard cubs at the Novosibirsk zoo',
}

ROWS = [
    # mt-01-honey
    ('mt-01-honey', 'told the correspondent the chairman of the union of beekeepers of the republic Rinat Gafurov', None, CAL, "Rinat Gafurov, chairman of the republic's beekeepers' union, told the correspondent", L, 'inverted attribution'),
    ('mt-01-honey', ', "', None, PU, ',” ', C, 'closing quote detached'),
    ('mt-01-honey', '450 rubles.', None, DN, '450 rubles', C, 'руб. abbreviation'),
    ('mt-01-honey', 'it became known about', None, CAL, 'it emerged that', L, 'стало известно о'),
    ('mt-01-honey', 'interlocutor', None, CAL, 'a source', L, 'собеседник агентства'),
    ('mt-01-honey', 'ministry of agriculture', None, IC, 'Ministry of Agriculture', C, 'institution casing'),
    ('mt-01-honey', 'her', None, PRO, 'its', C, 'pronoun for a subsidy'),
    ('mt-01-honey', 'passed the festival of honey', None, CAL, 'a honey festival was held', L, 'прошёл фестиваль'),
    ('mt-01-honey', '3 thousand', None, DN, '3,000', C, 'тыс.'),
    ('mt-01-honey', 'Honey', None, IC, 'honey', C, 'capitalised common noun'),
    # mt-02-ferry
    ('mt-02-ferry', 'Ministry of transport and road facilities', None, IC, 'Ministry of Transport and Road Facilities', C, 'institution casing'),
    ('mt-02-ferry', 'with reference to', None, CAL, 'citing', L, 'со ссылкой на'),
    ('mt-02-ferry', ', "', None, PU, ',” ', C, 'closing quote detached'),
    ('mt-02-ferry', '2,5 thousand', None, DN, '2,500', C, 'decimal comma and тыс.'),
    ('mt-02-ferry', 'It was reported about', None, CAL, 'A similar stoppage was reported', L, 'сообщалось о'),
    ('mt-02-ferry', 'the governments of the uluses', None, CAL, 'the district administrations', L, 'calque'),
    ('mt-02-ferry', 'The head of the republic', None, CAL, 'The republic’s leader', L, 'глава республики'),
    ('mt-02-ferry', 'keep the situation under the personal control', None, CAL, 'monitor the situation personally', L, 'взять под личный контроль'),
    # mt-03-potato
    ('mt-03-potato', 'removed', None, CAL, 'harvested', L, 'убрали'),
    ('mt-03-potato', '900 thousand', None, DN, '900,000', C, 'тыс.'),
    ('mt-03-potato', 'reported in the regional department of agriculture', None, CAL, 'the regional agriculture department reported', L, 'сообщили в департаменте'),
    ('mt-03-potato', '310 centners from hectare', None, CAL, '31 tonnes per hectare', L, 'ц/га'),
    ('mt-03-potato', 'General', None, IC, 'general', C, 'capitalised common word'),
    ('mt-03-potato', ', "-', None, PU, ',” ', C, 'detached closing quote and Russian dash'),
    ('mt-03-potato', 'it became known about', None, CAL, 'it emerged that', L, 'стало известно о'),
    ('mt-03-potato', '50 thousand', None, DN, '50,000', C, 'тыс.'),
    ('mt-03-potato', 'with reference to', None, CAL, 'citing', L, 'со ссылкой на'),
    # mt-04-library
    ('mt-04-library', 'In Vologda after the major repair opened the regional children\'s library', None, CAL, "The regional children's library has reopened in Vologda after major repairs", L, 'word order'),
    ('mt-04-library', ', "', None, PU, ',” ', C, 'closing quote detached'),
    ('mt-04-library', 'Northern Construction', None, EN, 'Severnoye Stroitelstvo', L, 'name by meaning'),
    ('mt-04-library', 'earlier than the term', None, CAL, 'ahead of schedule', L, 'раньше срока'),
    ('mt-04-library', 'In the opening participated the governor Georgy Filimonov', None, CAL, 'Governor Georgy Filimonov attended the opening', L, 'word order'),
    ('mt-04-library', 'This was reported in the regional department of culture', None, CAL, 'the regional culture department reported this', L, 'об этом сообщили в'),
    ('mt-04-library', '120 thousand', None, DN, '120,000', C, 'тыс.'),
    ('mt-04-library', 'Nineteenth', None, IC, 'nineteenth', C, 'capitalised common word'),
    # mt-05-marathon
    ('mt-05-marathon', 'The winner at the distance of 42 km became the athlete from Kenya', None, CAL, 'The 42 km race was won by a Kenyan athlete', L, 'word order'),
    ('mt-05-marathon', 'Among women the first place took the resident of Cheboksary Anna Vasilyeva', None, CAL, 'Anna Vasilyeva of Cheboksary won the women’s race', L, 'word order'),
    ('mt-05-marathon', ', "', None, PU, ',” ', C, 'closing quote detached'),
    ('mt-05-marathon', 'Earlier it was reported about', None, CAL, 'Earlier reports said', L, 'сообщалось о'),
    ('mt-05-marathon', 'Closing', None, IC, 'closing', C, 'capitalised common word'),
    ('mt-05-marathon', 'explained in the mayoralty', None, CAL, 'city hall explained', L, 'пояснили в мэрии'),
    ('mt-05-marathon', 'interlocutor', None, CAL, 'a source', L, 'собеседник агентства'),
    # mt-06-zoo
    ('mt-06-zoo', 'told RIA Novosti the director of the zoo Andrey Shilo', None, CAL, 'zoo director Andrey Shilo told RIA Novosti', L, 'inverted attribution'),
    ('mt-06-zoo', ', "', None, PU, ',” ', C, 'closing quote detached'),
    ('mt-06-zoo', 'It became known about the birth', None, CAL, 'The birth became known', L, 'стало известно о'),
    ('mt-06-zoo', 'with reference to', None, CAL, 'citing', L, 'со ссылкой на'),
    ('mt-06-zoo', 'In the Novosibirsk zoo live eleven leopards', None, CAL, 'Eleven leopards live at the Novosibirsk zoo', L, 'word order'),
    ('mt-06-zoo', 'the Kazakh city Almaty', None, CAL, 'Almaty in Kazakhstan', L, 'apposition'),
    ('mt-06-zoo', 'within the international program', None, CAL, 'under an international programme', L, 'в рамках'),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(120, 320), artifacts=(6, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL,
                 skip_own=True, distinct_spans=True, plain_controls=True, beats=BEATS, details=True))
