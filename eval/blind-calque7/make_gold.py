"""Gold for eval/blind-calque7 (calque artifacts only): a table, offsets by exact search.

Run:  python3 make_gold.py [SET_DIR]     (default: this folder)
Writes SET_DIR/gold.jsonl with eval/goldkit.py. Checks: controls (neg-*) carry no gold, and no
8-word run is shared with the real corpus, the seeds or the other eval sets.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, CORPUS_AND_SEEDS, MAIN_EVAL, C, L, run

SET_DIR = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent

O, R, H, M, I, D = ("mt-01-observatory", "mt-02-railway", "mt-03-chess", "mt-04-monastery",
                    "mt-05-internet", "mt-06-dairy")
ROWS = [
    (O, "told TASS in the press service of the observatory", None, CAL, "the observatory's press service told TASS", C),
    (O, "The director of the observatory Valery Vlasyuk", None, CAL, "Observatory director Valery Vlasyuk", C),
    (O, "fainter by two times", None, CAL, "half as bright", C),
    (O, "The first observations we plan to conduct already in the spring", None, CAL, "We plan to carry out the first observations as early as spring", C),
    (O, "he told", None, CAL, "he said", C),
    (O, "On the mountain Pastukhov at the moment work about 40 engineers", None, CAL, "About 40 engineers and scientists are now working on Mount Pastukhov", C),
    (O, "According to the words of Vlasyuk", None, CAL, "According to Vlasyuk", C),
    (O, "for the next year", None, CAL, "for next year", L),
    (O, "The last time the telescope underwent a big repair in the distant 2007", None, CAL, "The telescope last underwent a major overhaul back in 2007", C),
    (O, "the works", None, CAL, "the work", L),
    (R, "it is said in a message of the carrier", None, CAL, "the company said in a statement", C),
    (R, "twice in a day", None, CAL, "twice a day", C),
    (R, "The time in the way will make up", None, CAL, "The journey will take", C),
    (R, "in the cashes of the stations", None, CAL, "at station ticket offices", C),
    (R, "on this direction", None, CAL, "on this route", C),
    (R, "has increased by one and a half times", None, CAL, "has grown 1.5-fold", C),
    (R, "said the head of the Sverdlovsk railway Alexei Miroshnichenko", None, CAL, "said Alexei Miroshnichenko, head of the Sverdlovsk Railway", C),
    (R, "in the nearest time", None, CAL, "soon", C),
    (R, "In the current year on the Sverdlovsk railway were transported more than 40 million passengers", None, CAL, "The Sverdlovsk Railway has carried more than 40 million passengers this year", C),
    (R, "The main growth falls on the suburban traffic", None, CAL, "Most of the growth came from commuter traffic", C),
    (R, "a discount of 50 percent acts", None, CAL, "a 50 percent discount applies", C),
    (R, "issue the ticket", None, CAL, "get a ticket", L),
    (H, "out of 13 possible", None, CAL, "out of a possible 13", C),
    (H, "played a draw with", None, CAL, "drew with", C),
    (H, "enough for him for the first place", None, CAL, "enough to take first place", L),
    (H, "The second place took the American Hikaru Nakamura", None, CAL, "American Hikaru Nakamura took second place", C),
    (H, "on the third line is", None, CAL, "third was", C),
    (H, "Dubov told after the awarding", None, CAL, "Dubov said after the award ceremony", C),
    (H, "made up 1.5 million dollars", None, CAL, "was $1.5 million", C),
    (H, "Among the women the strongest turned out", None, CAL, "The women's event was won by", C),
    (H, "The head coach of the national team of Russia Sergei Yanovsky", None, CAL, "Russia head coach Sergei Yanovsky", C),
    (H, "in the current season", None, CAL, "this season", C),
    (H, "In the next year", None, CAL, "Next year", C),
    (M, "to the end of the year", None, CAL, "by the end of the year", C),
    (M, "informed the rector of the monastery hegumen Avraamy", None, CAL, "the monastery's abbot, Father Avraamy, said", C),
    (M, "The works are conducted at the expense of", None, CAL, "The work is funded by", C),
    (M, "In total on the restoration were allocated 140 million rubles", None, CAL, "A total of 140 million rubles has been allocated for the restoration", C),
    (M, "In the framework of", None, CAL, "As part of", C),
    (M, "in an emergency state", None, CAL, "in a dangerous condition", C),
    (M, "told the chief architect of the project Irina Lebedeva", None, CAL, "said Irina Lebedeva, the project's chief architect", C),
    (M, "Now on the object work 25 restorers", None, CAL, "Twenty-five restorers are now working on the site", C),
    (M, "in the usual mode", None, CAL, "as usual", C),
    (M, "informed in the diocese", None, CAL, "the diocese said", C),
    (I, "faced interruptions in the work of mobile internet", None, CAL, "had mobile internet outages", C),
    (I, "reported the regional press service of the operator MTS", None, CAL, "the regional press service of the operator MTS reported", C),
    (I, "According to the data of the company", None, CAL, "According to the company", C),
    (I, "in the shortest terms", None, CAL, "as quickly as possible", C),
    (I, "for the delivered inconveniences", None, CAL, "for the inconvenience", C),
    (I, "it is said in the statement", None, CAL, "the company said in a statement", C),
    (I, "on the service Downdetector", None, CAL, "on Downdetector", C),
    (I, "In the mayoralty of the city the situation was not commented", None, CAL, "The mayor's office did not comment", C),
    (I, "suffered from the failure", None, CAL, "were affected by the failure", L),
    (I, "apply to the offices of the operator", None, CAL, "visit the operator's offices", L),
    (D, "follows from the data of Novosibirskstat", None, CAL, "according to Novosibirskstat data", C),
    (D, "Most of all went up in price butter", None, CAL, "Butter rose the most", C),
    (D, "The minister of agriculture of the region Yevgeny Leshchenko", None, CAL, "Regional Agriculture Minister Yevgeny Leshchenko", C),
    (D, "explains the growth of prices by", None, CAL, "attributes the price rise to", C),
    (D, "from the side of the state", None, CAL, "from the state", C),
    (D, "At the present time in the region operate 57 dairy enterprises", None, CAL, "The region currently has 57 dairies", C),
    (D, "by 3 percent more", None, CAL, "3 percent more", C),
    (D, "In the regional government promised", None, CAL, "The regional government promised", C),
    (D, "until the end of the month", None, CAL, "by the end of the month", C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True))
