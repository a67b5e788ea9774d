"""Gold for eval/blind-real15 (real MT of Russian regional news off the political beat: dropped
articles, "made" for составил, and their neighbours): a table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS = [
    # mt-01-beekeepers
    ("mt-01-beekeepers", "gross collection of honey", "the gross collection of honey", CAL, "total honey harvest", L,
     "валовой сбор мёда"),
    ("mt-01-beekeepers", "made 38 tonnes", "honey made 38 tonnes", CAL, "was 38 tonnes", C, "составил 38 тонн"),
    ("mt-01-beekeepers", "meeting of association", "At meeting of association", CAL,
     "a meeting of the association", C, "на собрании ассоциации: no articles"),
    ("mt-01-beekeepers", "for work", "farmers for work", CAL, "for their work", L, "за работу"),
    ("mt-01-beekeepers", "made 27 kilograms", "hive made 27 kilograms", CAL, "was 27 kilograms", C, "составила"),
    ("mt-01-beekeepers", "association", "Next month association", CAL, "the association", C, "no article: subject"),
    ("mt-01-beekeepers", "fair", "will hold fair", CAL, "a fair", C, "no article: object"),
    ("mt-01-beekeepers", "informed in the administration", "informed in the administration", CAL,
     "the administration said", C, "сообщили в администрации"),
    # mt-02-ferry
    ("mt-02-ferry", "of ministry", "press service of ministry", CAL, "of the ministry", C, "no article: of-object"),
    ("mt-02-ferry", "will make 40 centimetres", "will make 40 centimetres", CAL, "reaches 40 centimetres", C,
     "составит 40 см"),
    ("mt-02-ferry", "61 thousand", "61 thousand passengers", DN, "61,000", L, "61 тыс."),
    ("mt-02-ferry", "14 thousand", "14 thousand vehicles", DN, "14,000", L, "14 тыс."),
    ("mt-02-ferry", "made 3,200", "trips made 3,200", CAL, "was 3,200", C, "составило"),
    ("mt-02-ferry", "Captain of the ferry", "Captain of the ferry said", CAL, "The captain of the ferry", C,
     "no article: a role noun as subject"),
    # mt-03-chess
    ("mt-03-chess", "In the Vologda Palace of Children's Creativity ended the regional chess tournament",
     "In the Vologda Palace of Children's Creativity ended the regional chess tournament among", CAL,
     "The regional chess tournament ended at the Vologda Palace of Children's Creativity", C,
     "verb before subject after a fronted place"),
    ("mt-03-chess", "Coach of the team Irina Belova", "Coach of the team Irina Belova", CAL,
     "The team's coach, Irina Belova,", C, "no article + title before the name with no commas"),
    ("mt-03-chess", "told that", "told that the children", CAL, "said that", L, "рассказала, что"),
    ("mt-03-chess", "for tournament", "prepared for tournament", CAL, "for the tournament", C, "no article"),
    ("mt-03-chess", "made 112 people", "participants made 112 people", CAL, "was 112", C, "составило 112 человек"),
    ("mt-03-chess", "player of tournament", "best player of tournament", CAL, "player of the tournament", C,
     "no article: of-object"),
    # mt-04-dairy
    ("mt-04-dairy", "made 240 million rubles", "made 240 million rubles", CAL, "was 240 million rubles", C,
     "составили"),
    ("mt-04-dairy", "reported in the regional department of agriculture",
     "reported in the regional department of agriculture", CAL, "the regional agriculture department said", C,
     "сообщили в департаменте"),
    ("mt-04-dairy", "makes 15 tonnes", "line makes 15 tonnes", CAL, "is 15 tonnes", C, "составляет"),
    ("mt-04-dairy", "enterprise", "equipment enterprise will", CAL, "the enterprise", C, "no article: subject"),
    ("mt-04-dairy", "The director of the plant Sergei Kozlov", "The director of the plant Sergei Kozlov", CAL,
     "The plant's director, Sergei Kozlov,", L, "title before the name with no commas"),
    ("mt-04-dairy", "will make 80 percent", "will make 80 percent", CAL, "will be 80 percent", C, "составит"),
    ("mt-04-dairy", "Earlier plant", "Earlier plant produced", CAL, "Earlier the plant", C, "no article: subject"),
]

if __name__ == "__main__":
    run(SET_DIR, ROWS)
