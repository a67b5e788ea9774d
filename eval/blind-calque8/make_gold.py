"""Gold for eval/blind-calque8 (calque artifacts only): a table, offsets by exact search.

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

B, A, K, E, P, S = ("mt-01-bonds", "mt-02-appeal", "mt-03-blizzard", "mt-04-exams",
                    "mt-05-permafrost", "mt-06-biathlon")
ROWS = [
    (B, "for 120 billion rubles", "(OFZ) for 120 billion rubles", CAL, "worth 120 billion rubles", L),
    (B, "by almost two times", None, CAL, "was almost double", C),
    (B, "The main demand fell on", None, CAL, "Most of the demand was for", C),
    (B, "follows from the materials of the department", None, CAL, "according to the ministry's documents", C),
    (B, "made up", None, CAL, "was", C),
    (B, "connect the interest of investors with", None, CAL, "attribute investors' interest to", C),
    (B, "a decrease of the key rate", None, CAL, "a cut in the key rate", L),
    (B, "in the next year", None, CAL, "next year", C),
    (B, "has already laid in its prices", None, CAL, "has already priced in", C),
    (B, "noted the chief analyst of the brokerage company \"Tsifra\" Mikhail Sobolev", None, CAL, "said Mikhail Sobolev, chief analyst at Tsifra", C),
    (B, "In his words", None, CAL, "According to him", C),
    (B, "at the level of", None, CAL, "at", C),
    (B, "the course of the ruble", None, CAL, "the ruble's exchange rate", C),
    (B, "Quotations of the shares", None, CAL, "Shares", C),
    (B, "On the Moscow Exchange was registered a turnover", None, CAL, "Turnover on the Moscow Exchange was", C),
    (B, "reported in the press service of the exchange", None, CAL, "the exchange's press service said", C),
    (B, "until the end of the year", None, CAL, "by the end of the year", L),
    (A, "left in force", None, CAL, "upheld", C),
    (A, "appeal complaint", None, CAL, "appeal", C),
    (A, "the former head of the road department of the Tambov region Oleg Kuzin", None, CAL, "Oleg Kuzin, the former head of the Tambov region's road department", C),
    (A, "six years of colony of general regime", None, CAL, "six years in a general-regime penal colony", C),
    (A, "About this informed in the press service of the Tambov regional court", None, CAL, "the regional court's press service said", C),
    (A, "According to the version of the investigation", None, CAL, "According to investigators", C),
    (A, "repair works of automobile roads", None, CAL, "road repairs", C),
    (A, "is estimated in", None, CAL, "is estimated at", C),
    (A, "did not admit the guilt", None, CAL, "pleaded not guilty", L),
    (A, "did not have the possibility to influence", None, CAL, "could not influence", L),
    (A, "entered into legal force", None, CAL, "has taken effect", C),
    (A, "the right to occupy positions in state bodies", None, CAL, "from holding public office", C),
    (A, "a fine in the size of", None, CAL, "a fine of", C),
    (A, "received a conditional term", None, CAL, "received a suspended sentence", C),
    (A, "a pre-trial agreement about cooperation", None, CAL, "a plea deal", C),
    (A, "On his property was laid arrest", None, CAL, "His property was seized", C),
    (K, "a storm wind", None, CAL, "gale-force winds", L),
    (K, "the regime of emergency situation", None, CAL, "a state of emergency", C),
    (K, "During the day fell out more than a monthly norm of precipitation", None, CAL, "More than a month's worth of precipitation fell in a day", C),
    (K, "the thermometer columns dropped", None, CAL, "temperatures dropped", C),
    (K, "On the roads of the city work 140 units of equipment", None, CAL, "140 snow-clearing vehicles are working on the city's roads", C),
    (K, "said the head of the city Yevgeny Belyaev", None, CAL, "said Mayor Yevgeny Belyaev", C),
    (K, "without extreme necessity", None, CAL, "unless absolutely necessary", C),
    (K, "Because of the storm was suspended the work of the airport Yelizovo", None, CAL, "Yelizovo airport was closed because of the storm", C),
    (K, "In several districts passed interruptions in the supply of electricity", None, CAL, "Several districts had power cuts", C),
    (K, "to the present moment", None, CAL, "so far", C),
    (K, "the light was given", None, CAL, "power has been restored", C),
    (K, "to the evening of Saturday", None, CAL, "by Saturday evening", C),
    (K, "are brought into the regime of increased readiness", None, CAL, "have been put on high alert", C),
    (E, "Most of all hundred-pointers turned out in chemistry", None, CAL, "Most perfect scores were in chemistry", C),
    (E, "by one and a half times more", None, CAL, "1.5 times as many", C),
    (E, "Such data brings the regional ministry of education", None, CAL, "according to the regional education ministry", C),
    (E, "in Russian language", None, CAL, "in Russian", L),
    (E, "at once in two subjects", None, CAL, "in two subjects", L),
    (E, "the pedagogues", None, CAL, "teachers", C),
    (E, "underlined the minister of education of the region Tatyana Shevchenko", None, CAL, "said regional Education Minister Tatyana Shevchenko", C),
    (E, "mathematics of the profile level", None, CAL, "advanced mathematics", C),
    (E, "The department explains this by", None, CAL, "The ministry attributes this to", C),
    (E, "To the autumn in schools will be organized additional lessons", None, CAL, "Schools will hold extra classes by autumn", C),
    (E, "from the first time", None, CAL, "at the first attempt", C),
    (E, "In total the unified state exam this year passed more than 7 thousand school graduates", None, CAL, "More than 7,000 school leavers in the region sat the exam this year", C),
    (P, "According to the data of the researchers", None, CAL, "According to the researchers", C),
    (P, "on the territory of settlements", None, CAL, "in settlements", C),
    (P, "The process carries an irreversible character", None, CAL, "The process is irreversible", C),
    (P, "In the nearest years", None, CAL, "In the next few years", C),
    (P, "told the leading scientific employee of the institute Alexander Fedorov", None, CAL, "said Alexander Fedorov, a leading researcher at the institute", C),
    (P, "In the frameworks of the expedition", None, CAL, "During the expedition", C),
    (P, "with the depth up to 30 meters", None, CAL, "up to 30 meters deep", C),
    (P, "Into the composition of the group entered also", None, CAL, "The group also included", C),
    (P, "The works were financed at the expense of", None, CAL, "The work was funded by", C),
    (P, "for the summer of the next year", None, CAL, "for next summer", C),
    (S, "became the winner of the sprint race", None, CAL, "won the sprint", C),
    (S, "On the distance of 10 kilometers", None, CAL, "Over the 10-kilometer course", C),
    (S, "overtook the nearest pursuer by", None, CAL, "beat his closest rival by", L),
    (S, "The second place occupied Alexander Loginov", None, CAL, "Alexander Loginov was second", C),
    (S, "the third finished Daniil Serokhvostov", None, CAL, "Daniil Serokhvostov finished third", C),
    (S, "Among the women the best turned out Kristina Reztsova", None, CAL, "Kristina Reztsova won the women's race", C),
    (S, "Latypov shared after the finish", None, CAL, "Latypov said after the finish", C),
    (S, "on the last circle", None, CAL, "on the last lap", C),
    (S, "rose to the first line", None, CAL, "took the lead", C),
    (S, "on the stadium will come about five thousand fans", None, CAL, "about five thousand fans will come to the stadium", C),
    (S, "the championship of Russia", None, CAL, "the Russian Championship", C),
    (S, "which will pass in March", None, CAL, "which will be held in March", C),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, own_words_against=CORPUS_AND_SEEDS + MAIN_EVAL, skip_own=True))
