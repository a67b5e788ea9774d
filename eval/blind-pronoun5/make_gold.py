"""Gold for the held-out set blind-pronoun5: a table, offsets by exact search (eval/goldkit.py).

Run:  python eval/blind-pronoun5/make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with the
checks of eval/blind-mixed, but every MT doc has 3-11 artifacts and every doc 150-500 words.
Reported speech left in the first/second person is marked as the pronoun with its verb group
("I am", "we did not plan"): the words the correction rewrites.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CORPUS_AND_SEEDS, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-goalkeeper (sport)
    ("mt-01-goalkeeper", "it", "Last season it saved", PRO, "he", C, "'it' for Konovalov (он)"),
    ("mt-01-goalkeeper", "we have", None, PRO, "the team has", L, "reported speech left in the first person"),
    ("mt-01-goalkeeper", "its", "its salary will", PRO, "his", C, "'its' for Konovalov (его зарплата)"),
    ("mt-01-goalkeeper", "it", "allowed it to return", PRO, "him", C, "'it' for Konovalov (ему)"),
    ("mt-01-goalkeeper", "its", "rush its comeback", PRO, "his", C, "'its' for Konovalov (его возвращение)"),

    # mt-02-bakery (business, regional)
    ("mt-02-bakery", "In its words", None, PRO, "In her words", C, "'its' for Kiseleva (по её словам)"),
    ("mt-02-bakery", "his", "and his share", PRO, "its", C, "'his' for the marketplace (маркетплейс, masculine)"),
    ("mt-02-bakery", "It", "It tasted the rye", PRO, "He", C, "'it' for the minister Yershov (он)"),
    ("mt-02-bakery", "you need", None, PRO, "one needs", L, "generic second person in reported speech (нужно)"),

    # mt-03-blogger (courts)
    ("mt-03-blogger", "it", "when it tried", PRO, "he", C, "'it' for Galiev (он)"),
    ("mt-03-blogger", "It", "It asked the judge", PRO, "He", C, "'it' for Galiev (он)"),
    ("mt-03-blogger", "it", "that it has two", PRO, "he", C, "'it' for Galiev (у него)"),
    ("mt-03-blogger", "we are", None, PRO, "the victims are", L, "reported speech left in the first person"),

    # mt-04-gallery (culture)
    ("mt-04-gallery", "It", "It noted that", PRO, "She", C, "'it' for Orlova (она)"),
    ("mt-04-gallery", "For it", None, PRO, "For her", C, "'it' for Orlova (для неё)"),
    ("mt-04-gallery", "we never lend", None, PRO, "the gallery never lends", L, "reported speech left in the first person"),
    ("mt-04-gallery", "Its", "Its book about", PRO, "His", C, "'its' for Shirokov (его книга)"),

    # mt-05-flood (regional, disasters)
    ("mt-05-flood", "It", "It demanded that", PRO, "He", C, "'it' for the mayor Abramov (он)"),
    ("mt-05-flood", "it", "complained to it", PRO, "him", C, "'it' for Abramov (ему)"),
    ("mt-05-flood", "we will", None, PRO, "the town will", L, "reported speech left in the first person"),
    ("mt-05-flood", "It", "It lost all", PRO, "She", C, "'it' for Gorokhova (она)"),
    ("mt-05-flood", "its", "all its furniture", PRO, "her", C, "'its' for Gorokhova (свою мебель)"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(150, 500), artifacts=(3, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, notes_under="/work/main/eval/"))
