"""Gold for the held-out set blind-pronouns-4: a table, offsets by exact search (eval/goldkit.py).

Run:  python eval/blind-pronouns-4/make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl in the format of /work/shared/gold/README.md and checks it with the
checks of eval/blind-mixed (4-11 artifacts per MT doc, 250-500 words per doc).
Reported speech left in the first/second person is marked as the pronoun with its verb group
("I am", "we did not plan"): the words the correction rewrites.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, MAIN_EVAL, PRO, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    # mt-01-tennis (sport)
    ("mt-01-tennis", "with the score 6:4, 7:5", None, CAL, "6-4, 7-5", L, "со счётом"),
    ("mt-01-tennis", "occupies the 14th line of the world ranking", None, CAL, "is ranked 14th in the world", L, "занимает 14-ю строчку"),
    ("mt-01-tennis", "it", "In the second set it lost", PRO, "she", C, "'it' for Klimova (она)"),
    ("mt-01-tennis", "its", "lost its serve", PRO, "her", C, "'its' for Klimova (свою подачу)"),
    ("mt-01-tennis", "I am", "said that I am very tired", PRO, "she was", C, "reported speech left in the first person"),
    ("mt-01-tennis", "The coach of the tennis player Sergei Orlov", None, CAL, "Klimova's coach Sergei Orlov", L, "тренер теннисистки + apposition"),
    ("mt-01-tennis", "december", None, DN, "December", C, "lowercased month"),
    ("mt-01-tennis", "we did not plan", None, PRO, "they had not planned", L, "reported speech left in the first person"),
    ("mt-01-tennis", "For it", None, PRO, "For her", C, "'it' for Klimova (для неё)"),
    ("mt-01-tennis", "3,2 million", None, DN, "3.2 million", C, "decimal comma"),

    # mt-02-court (crime/courts)
    ("mt-02-court", "seven years of strict regime colony", None, CAL, "seven years in a maximum-security penal colony", L, "семь лет колонии строгого режима"),
    ("mt-02-court", "This was reported in the press service of the regional court", None, CAL, "the regional court's press service reported", L, "об этом сообщили в пресс-службе"),
    ("mt-02-court", "4,5 million", None, DN, "4.5 million", C, "decimal comma"),
    ("mt-02-court", "march", None, DN, "March", C, "lowercased month"),
    ("mt-02-court", "it", "The court arrested it the next", PRO, "him", C, "'it' for Semyonov (его)"),
    ("mt-02-court", "it", "since then it has been", PRO, "he", C, "'it' for Semyonov (он)"),
    ("mt-02-court", "In his last word", None, CAL, "In his final statement", L, "в последнем слове"),
    ("mt-02-court", "I have always acted", None, PRO, "he had always acted", C, "reported speech left in the first person"),
    ("mt-02-court", "The lawyer of Semyonov Anna Beletskaya", None, CAL, "Semyonov's lawyer Anna Beletskaya", L, "адвокат Семёнова + apposition"),
    ("mt-02-court", "it", "imposed on it a fine", PRO, "him", C, "'it' for Semyonov (на него)"),

    # mt-03-airline (business)
    ("mt-03-airline", "january–march", None, DN, "January–March", C, "lowercased months"),
    ("mt-03-airline", "1,2 million", None, DN, "1.2 million", C, "decimal comma"),
    ("mt-03-airline", "About this informs the press service of the carrier", None, CAL, "the carrier's press service said", C, "Об этом сообщает пресс-служба"),
    ("mt-03-airline", "The general director of the company Igor Lapshin", None, CAL, "The company's CEO Igor Lapshin", L, "генеральный директор компании + apposition"),
    ("mt-03-airline", "connected the growth with", None, CAL, "attributed the growth to", L, "связал рост с"),
    ("mt-03-airline", "it", "Novosibirsk it noted", PRO, "he", C, "'it' for Lapshin (он)"),
    ("mt-03-airline", "we will be able", None, PRO, "the airline would be able", L, "reported speech left in the first person"),
    ("mt-03-airline", "its", "its deputy Olga Fomina", PRO, "his", C, "'its' for Lapshin (его заместитель)"),
    ("mt-03-airline", "Analyst of Finam Alexei Korolev", None, CAL, "Finam analyst Alexei Korolev", L, "аналитик Финама + apposition"),
    ("mt-03-airline", "4,8 million", None, DN, "4.8 million", C, "decimal comma"),

    # mt-04-science (science/health)
    ("mt-04-science", "allows to detect", None, CAL, "can detect", L, "позволяет выявить"),
    ("mt-04-science", "The head of the laboratory Marina Zueva", None, CAL, "Laboratory head Marina Zueva", L, "заведующая лабораторией + apposition"),
    ("mt-04-science", "According to it", None, PRO, "According to her", C, "'it' for Zueva (по её словам)"),
    ("mt-04-science", "I did not believe", None, PRO, "she had not believed", C, "reported speech left in the first person"),
    ("mt-04-science", "Within the framework of", None, CAL, "During", L, "в рамках"),
    ("mt-04-science", "2 thousand", None, DN, "2,000", C, "Russian number word"),
    ("mt-04-science", "it", "awarded it the state prize", PRO, "her", C, "'it' for Zueva (ей)"),
    ("mt-04-science", "it", "which it heads", PRO, "she", C, "'it' for Zueva (которую она возглавляет)"),

    # mt-05-theatre (culture)
    ("mt-05-theatre", "12 april", None, DN, "12 April", C, "lowercased month"),
    ("mt-05-theatre", "Its", "Its Ranevskaya", PRO, "Her", C, "'its' for the director Shirokova (её Раневская)"),
    ("mt-05-theatre", "I wanted", None, PRO, "she had wanted", C, "reported speech left in the first person"),
    ("mt-05-theatre", "The director of the theatre Mikhail Lvov", None, CAL, "Theatre director Mikhail Lvov", L, "директор театра + apposition"),
    ("mt-05-theatre", "october", None, DN, "October", C, "lowercased month"),
    ("mt-05-theatre", "it", "promised it a new production", PRO, "her", C, "'it' for Shirokova (ей)"),
    ("mt-05-theatre", "her", "He called her a comedy", PRO, "it", C, "'her' for the play (пьеса, feminine)"),

    # mt-06-water (regional)
    ("mt-06-water", "In the Kurgan region promised", None, CAL, "Authorities in the Kurgan region promised", L, "subjectless 'В Курганской области пообещали'"),
    ("mt-06-water", "3 february", None, DN, "3 February", C, "lowercased month"),
    ("mt-06-water", "2 thousand", None, DN, "2,000", C, "Russian number word"),
    ("mt-06-water", "It", "It promised that the repair", PRO, "He", C, "'it' for the governor Shumkov (он)"),
    ("mt-06-water", "I personally control", None, PRO, "he personally controlled", C, "reported speech left in the first person"),
    ("mt-06-water", "it", "complained to it", PRO, "her", C, "'it' for Grigorieva (ей)"),
    ("mt-06-water", "The prosecutor of the district Denis Kuzin", None, CAL, "District prosecutor Denis Kuzin", L, "прокурор района + apposition"),
    ("mt-06-water", "we will check", None, PRO, "his office would check", L, "reported speech left in the first person"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(250, 500), artifacts=(4, 11),
                 own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, notes_under="/work/main/eval/"))
