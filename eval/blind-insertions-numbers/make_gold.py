"""Build gold.jsonl for the insertions-numbers blind set by exact search (eval/goldkit.py).

Texts written by the insertions-numbers helper after its detectors were done (issue 14), in
the way MT renders Russian regional, court, price, culture, sport and security copy; the
human_* documents are controls (no gold). Offsets are computed here, never typed. The rows
carry no note, so the gold lines have none; the gold keeps table order.
Run: python eval/blind-insertions-numbers/make_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import C, L, run

SET_DIR = Path(__file__).resolve().parent

# (doc, text, context or None, category, correction, confidence)
ROWS = [
    ("mt_01_governor", "Governor of the Kursk region reported on", None, "calque", "Kursk governor reports", L),
    ("mt_01_governor", "14 october", None, "date-number", "14 October", C),
    ("mt_01_governor", "3 thousand", None, "date-number", "3,000", L),
    ('mt_01_governor', '," —', None, "punctuation", ',"', C),
    ("mt_01_governor", "early october", None, "date-number", "early October", C),
    ("mt_01_governor", "the head of the region", None, "calque", "the governor", L),
    ("mt_01_governor", "podvaly", None, "untranslated", "basements", C),
    ("mt_02_court", "24 ноября 2025, 14:32", None, "untranslated", "November 24, 2025, 14:32", C),
    ("mt_02_court", " (recognized as a foreign agent)", None, "editorial-gloss", "", C),
    ("mt_02_court", "This was reported in the press service of the court", None, "calque", "the court's press service said", L),
    ("mt_02_court", "march 2024", None, "date-number", "March 2024", C),
    ("mt_02_court", "july last year", None, "date-number", "July last year", C),
    ("mt_03_prices", "2 to 9 december", None, "date-number", "2 to 9 December", C),
    ("mt_03_prices", "1,8%", None, "punctuation", "1.8%", C),
    ("mt_03_prices", "follows from the data of Rosstat", None, "calque", "according to Rosstat data", L),
    ("mt_03_prices", "14,7%", None, "punctuation", "14.7%", C),
    ("mt_03_prices", "0,9%", None, "punctuation", "0.9%", C),
    ("mt_03_prices", "27,3%", None, "punctuation", "27.3%", C),
    ("mt_03_prices", "1,2 thousand", None, "date-number", "1,200", C),
    ("mt_03_prices", "january", None, "date-number", "January", C),
    ("mt_03_prices", "will be stable", None, "calque", "is stable", L),
    ("mt_04_archaeology", "II-III centuries", None, "date-number", "2nd-3rd centuries", C),
    ("mt_04_archaeology", "IV century", None, "date-number", "4th century", C),
    ('mt_04_archaeology', '," —', None, "punctuation", ',"', C),
    ("mt_04_archaeology", "kuvshin", None, "untranslated", "jug", C),
    ("mt_04_archaeology", "III century", "middle of the III century", "date-number", "3rd century", C),
    ("mt_05_meta", " (owned by Meta, which is recognized as extremist and banned in the Russian Federation)", None, "editorial-gloss", "", C),
    ("mt_05_meta", "*", "Meta* services", "editorial-gloss", "", C),
    ("mt_05_meta", "on the territory of Russia", None, "calque", "in Russia", L),
    ("mt_05_meta", "committee on information policy", None, "institution-casing", "Committee on Information Policy", L),
    ("mt_06_fighters", " (banned in Russia)", None, "editorial-gloss", "", C),
    ("mt_06_fighters", "*The organization is recognized as terrorist and its activities are prohibited in Russia.", None, "editorial-gloss", "", C),
    ("mt_06_fighters", "This is reported by the press service of the FSB department", None, "calque", "the regional FSB press service said", L),
    ("mt_06_fighters", "measure of restraint", None, "calque", "pretrial measure", L),
    ("mt_07_football", "november 2", None, "date-number", "November 2", C),
    ("mt_07_football", "44 thousand", None, "date-number", "44,000", L),
    ('mt_07_football', '," —', None, "punctuation", ',"', C),
    ("mt_07_football", "red-whites", None, "calque", "Spartak", L),
    ("mt_08_ruble", "since may", "first time since may\n", "date-number", "since May", C),
    ("mt_08_ruble", "1,34", None, "punctuation", "1.34", C),
    ("mt_08_ruble", "89,62", None, "punctuation", "89.62", C),
    ("mt_08_ruble", "may 17", None, "date-number", "May 17", C),
    ("mt_08_ruble", "97,15", None, "punctuation", "97.15", C),
    ("mt_08_ruble", "Ministry of economic development", None, "institution-casing", "Ministry of Economic Development", C),
    ("mt_08_ruble", "in 2026 year", None, "calque", "in 2026", C),
    ("mt_08_ruble", "94,3", None, "punctuation", "94.3", C),
    ("mt_08_ruble", "march 2026", None, "date-number", "March 2026", C),
    ("mt_09_heating", "12 january", None, "date-number", "12 January", C),
    ("mt_09_heating", "13 january", None, "date-number", "13 January", C),
    ('mt_09_heating', '," —', None, "punctuation", ',"', C),
    ("mt_09_heating", "zhilcy", None, "untranslated", "residents", C),
    ("mt_10_election", "september 8-10", None, "date-number", "September 8-10", C),
    ("mt_10_election", "41,2%", None, "punctuation", "41.2%", C),
    ('mt_10_election', '," —', None, "punctuation", ',"', C),
    ("mt_10_election", " (included by the Ministry of justice in the register of foreign agents)", None, "editorial-gloss", "", C),
    ("mt_10_election", "In the CEC, these statements were called unfounded", None, "calque", "The CEC called these statements unfounded", L),
    ("mt_10_election", "20 september", None, "date-number", "20 September", C),
    ("mt_11_volunteers", "About it reported the regional headquarters", None, "calque", "The regional headquarters reported this", C),
    ("mt_11_volunteers", '," –', None, "punctuation", ',"', C),
    ("mt_11_volunteers", ". –", "volunteers. – We", "punctuation", '. "', L),
    ("mt_11_volunteers", "5 thousand", None, "date-number", "5,000", L),
    ("mt_11_volunteers", "gumanitarnyh", None, "untranslated", "humanitarian", C),
    ("mt_11_volunteers", "will be stable", None, "calque", "is stable", L),
    ("mt_12_museum", "XV-XVI centuries", "icons of the XV-XVI centuries from", "date-number", "15th-16th centuries", C),
    ("mt_12_museum", "5 march", None, "date-number", "5 March", C),
    ("mt_12_museum", "XIV century", None, "date-number", "14th century", C),
    ('mt_12_museum', '," —', None, "punctuation", ',"', C),
    ("mt_12_museum", "august 30", None, "date-number", "August 30", C),
    ("mt_13_grain", "July-november", None, "date-number", "July-November", C),
    ("mt_13_grain", "9,4 million", None, "punctuation", "9.4 million", C),
    ("mt_13_grain", "This is evidenced by the data of the Federal customs service", None, "calque", "according to Federal Customs Service data", L),
    ("mt_13_grain", "Pri takih cenah", None, "untranslated", "At these prices", C),
    ("mt_14_metro", "270-th", None, "punctuation", "270th", C),
    ("mt_14_metro", "35 thousand", None, "date-number", "35,000", L),
    ("mt_14_metro", "in 2021 year", None, "calque", "in 2021", C),
    ("mt_14_metro", "12,5 billion", None, "punctuation", "12.5 billion", C),
    ('mt_14_metro', '," —', None, "punctuation", ',"', C),
    ("mt_14_metro", "elektrichki", None, "untranslated", "suburban trains", C),
    ("mt_15_quotes", "Any attack on the station can lead to a catastrophe, which nobody will be able to control", None, "quote-drift", "Any attack on this plant could trigger a catastrophe that no one would be able to contain", C),
    ('mt_15_quotes', '," —', None, "punctuation", ',"', C),
    ("mt_15_quotes", "Our people remain on the site and will stay there as long as it is necessary", None, "quote-drift", "Our people are on site and they will stay there for as long as it takes", C),
    ("mt_15_quotes", "Zaporozhye NPP", None, "entity-mistranslation", "Zaporizhzhia nuclear power plant", L),
    ("mt_16_smuggling", "600 thousand", None, "date-number", "600,000", L),
    ("mt_16_smuggling", "mebel", None, "untranslated", "furniture", C),
    ("mt_16_smuggling", "on the fact of smuggling", None, "calque", "over smuggling", L),
]


if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS, sort=False))
