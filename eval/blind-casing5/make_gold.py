"""Gold for the held-out set blind-casing5: a table, offsets by exact search (eval/goldkit.py).

Run:  python make_gold.py [SET_DIR]     (default: this folder)
Each row: (doc, text, where, category, correction, confidence, note); where = None, an
occurrence index or a unique context (eval/goldkit.py). This set's own bounds: every doc has
200-500 words, and no 8-word run (words: runs of word characters, Cyrillic included) is
shared with /work/shared/corpus/docs, /work/shared/seeds or the other /work/main/eval/*/docs
(this set's own folder is skipped by its resolved path, so the copy in main is not when run
from a worktree).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, DN, IC, NC, PU, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

ROWS = [
    ("mt-01-navy", "Pacific fleet", 0, IC, "Pacific Fleet", C, "headline: name cased on its first word"),
    ("mt-01-navy", "14 march", None, DN, "14 March", C, "lowercased month"),
    ("mt-01-navy", "Pacific fleet", 1, IC, "Pacific Fleet", C, "first word only"),
    ("mt-01-navy", "19 thousand", None, DN, "19,000", C, "Russian number word"),
    ("mt-01-navy", "vice-admiral", None, IC, "Vice-Admiral", L, "title before a name left lowercase"),
    ("mt-01-navy", "Ministry of defence", None, IC, "Ministry of Defence", C, "field lowercase"),
    ("mt-01-navy", "as informed in the press service of the plant", None, CAL, "as the plant's press service said", L, "как сообщили в пресс-службе"),
    ("mt-01-navy", "Pacific naval institute", None, IC, "Pacific Naval Institute", C, "first word only"),
    ("mt-01-navy", ",\" -", None, PU, ",\"", C, "Russian dash after a quote"),
    ("mt-01-navy", "Andrei kuzmin", None, NC, "Andrei Kuzmin", C, "lowercase surname"),

    ("mt-02-science", "Kurchatov institute", None, IC, "Kurchatov Institute", C, "eponym + lowercase head"),
    ("mt-02-science", "Moscow institute of physics and technology", None, IC, "Moscow Institute of Physics and Technology", C, "first word only"),
    ("mt-02-science", "was reported on Tuesday in the press service of", None, CAL, "was reported on Tuesday by the press service of", L, "сообщили в пресс-службе"),
    ("mt-02-science", "Ministry of science and higher education", None, IC, "Ministry of Science and Higher Education", C, "field lowercase"),
    ("mt-02-science", "on the basis of", None, CAL, "at", L, "на базе"),
    ("mt-02-science", "Blokhin cancer center", None, IC, "Blokhin Cancer Center", C, "eponym, lowercase words after it"),
    ("mt-02-science", "Russian science foundation", None, IC, "Russian Science Foundation", C, "first word only"),
    ("mt-02-science", "in the amount of", None, CAL, "of", L, "в размере"),
    ("mt-02-science", "Higher school of economics", None, IC, "Higher School of Economics", C, "first word only"),
    ("mt-02-science", "Russian academy of sciences", None, IC, "Russian Academy of Sciences", C, "first word only"),
    ("mt-02-science", "Gennady krasnikov", None, NC, "Gennady Krasnikov", C, "lowercase surname"),
    ("mt-02-science", "Pirogov university", None, IC, "Pirogov University", C, "eponym + lowercase head"),

    ("mt-03-court", "left in force", 0, CAL, "upheld", C, "оставил в силе (headline)"),
    ("mt-03-court", "2 october", None, DN, "2 October", C, "lowercased month"),
    ("mt-03-court", "St. Petersburg city court", None, IC, "St. Petersburg City Court", L, "court's name with lowercase words"),
    ("mt-03-court", "left in force", 1, CAL, "upheld", C, "оставил в силе"),
    ("mt-03-court", "vice-governor", None, CAL, "deputy governor", L, "вице-губернатор word for word"),
    ("mt-03-court", "As reported by the united press service of the city courts", None, CAL,
     "As the city courts' joint press service reported", L, "как сообщили в объединённой пресс-службе"),
    ("mt-03-court", "Third cassation court of general jurisdiction", None, IC, "Third Cassation Court of General Jurisdiction", C, "first word only"),
    ("mt-03-court", "Supreme court", None, IC, "Supreme Court", C, "head lowercase"),
    ("mt-03-court", "14,5", None, DN, "14.5", C, "decimal comma"),
    ("mt-03-court", "Main investigative directorate", None, IC, "Main Investigative Directorate", C, "first word only"),
    ("mt-03-court", "Investigative committee", None, IC, "Investigative Committee", C, "head lowercase"),
    ("mt-03-court", "in his last word", None, CAL, "in his final statement", L, "в последнем слове"),
    ("mt-03-court", "Marina zueva", None, NC, "Marina Zueva", C, "lowercase surname"),
    ("mt-03-court", "Qualification collegium of judges", None, IC, "Qualification Collegium of Judges", C, "first word only"),
    ("mt-03-court", "Federal security service", None, IC, "Federal Security Service", C, "first word only"),
    ("mt-03-court", "Kuibyshevsky district court", None, IC, "Kuibyshevsky District Court", C, "district court lowercase"),

    ("mt-04-culture", "Mariinsky theatre", 0, IC, "Mariinsky Theatre", C, "headline, first word only"),
    ("mt-04-culture", "Primorsky stage", None, IC, "Primorsky Stage", L, "the name of the theatre's branch"),
    ("mt-04-culture", "Mariinsky theatre", 1, IC, "Mariinsky Theatre", C, "first word only"),
    ("mt-04-culture", "20 november", None, DN, "20 November", C, "lowercased month"),
    ("mt-04-culture", "Tchaikovsky conservatory", None, IC, "Tchaikovsky Conservatory", C, "eponym + lowercase head"),
    ("mt-04-culture", "Rimsky-Korsakov conservatory", None, IC, "Rimsky-Korsakov Conservatory", C, "eponym + lowercase head"),
    ("mt-04-culture", "Irina churilova", None, NC, "Irina Churilova", C, "lowercase surname"),
    ("mt-04-culture", "State Hermitage museum", None, IC, "State Hermitage Museum", C, "head lowercase"),
    ("mt-04-culture", "XVII century", None, DN, "17th century", C, "Roman-numeral century"),
    ("mt-04-culture", "Arseniev museum of the history of the Far East", None, IC, "Arseniev Museum of the History of the Far East", C, "eponym + lowercase words"),
    ("mt-04-culture", "300 thousand", None, DN, "300,000", C, "Russian number word"),
    ("mt-04-culture", "12 thousand", None, DN, "12,000", C, "Russian number word"),
    ("mt-04-culture", "Ministry of culture", None, IC, "Ministry of Culture", C, "field lowercase"),
    ("mt-04-culture", "Great tours", None, IC, "Great Tours", L, "programme name cased on its first word"),
    ("mt-04-culture", "Maly theatre", None, IC, "Maly Theatre", C, "Russian adjective + lowercase head"),
    ("mt-04-culture", "Bolshoi drama theatre", None, IC, "Bolshoi Drama Theatre", C, "first word only"),

    ("mt-05-sport", "Gagarin cup", 0, IC, "Gagarin Cup", C, "headline, eponym + lowercase head"),
    ("mt-05-sport", "18 april", None, DN, "18 April", C, "lowercased month"),
    ("mt-05-sport", "Kontinental hockey league", None, IC, "Kontinental Hockey League", C, "first word only"),
    ("mt-05-sport", "transmits the correspondent of Sport-Express", None, CAL, "a Sport-Express correspondent reports", L, "передаёт корреспондент"),
    ("mt-05-sport", "on the 74th minute", None, CAL, "in the 74th minute", C, "на 74-й минуте"),
    ("mt-05-sport", "Yegor korshkov", None, NC, "Yegor Korshkov", C, "lowercase surname"),
    ("mt-05-sport", "20 april", None, DN, "20 April", C, "lowercased month"),
    ("mt-05-sport", "in the majority", None, CAL, "on the power play", L, "в большинстве"),
    ("mt-05-sport", "Western conference", None, IC, "Western Conference", C, "head lowercase"),
    ("mt-05-sport", "Russian hockey federation", None, IC, "Russian Hockey Federation", L, "first word only"),
    ("mt-05-sport", "Russian Olympic committee", None, IC, "Russian Olympic Committee", C, "head lowercase"),
    ("mt-05-sport", "Gagarin cup", 1, IC, "Gagarin Cup", C, "eponym + lowercase head"),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, words=(200, 500),
                 own_words_against=CORPUS_AND_SEEDS + ("/work/main/eval/*/docs/*.txt",),
                 skip_own=True, run_token=r"\w+"))
