"""Gold for the pronouns-calques blind batch: a table, offsets by exact search (eval/goldkit.py).

Run: python eval/blind-pronouns-calques/make_gold.py  (writes gold.jsonl beside this file).
Each row: doc, exact text, optional unique context holding the text, category, correction,
confidence, note; the gold keeps table order. Written after the pronoun and calque work,
scored once untouched.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import C, L, run

SET_DIR = Path(__file__).resolve().parent

ROWS = [
    ("mt_01_flood", "The head of the region", None, "calque", "Governor", L, "глава региона"),
    ("mt_01_flood", "it", "that it intends", "pronoun", "he", C, "'it' for the governor"),
    ("mt_01_flood", "in his Telegram channel", None, "calque", "on his Telegram channel", C, "в своём Telegram-канале"),
    ("mt_01_flood", 'reports TV channel "Orenburg 24"', None, "calque", "the Orenburg 24 channel reports", L, "inverted attribution"),
    ("mt_01_flood", "Against the background of", None, "calque", "Amid", L, "на фоне"),
    ("mt_02_court", "transmits RIA Novosti", None, "calque", "RIA Novosti reports", C, "передаёт"),
    ("mt_02_court", "told you", None, "pronoun", "asked the court", L, "spurious 'you'"),
    ("mt_02_court", "measure of restraint", None, "calque", "pretrial measure", L, "мера пресечения"),
    ("mt_02_court", "it", "that it repeatedly", "pronoun", "he", C, "'it' for the investigator"),
    ("mt_02_court", "was not presented", None, "calque", "was presented", L, "negative concord"),
    ("mt_03_hockey", "The head coach of SKA Roman Rotenberg", None, "calque", "SKA head coach Roman Rotenberg", L, "Russian apposition"),
    ("mt_03_hockey", "it", "reporters, it respects", "pronoun", "he", C, "'it' for the coach"),
    ("mt_03_hockey", "I", "that I am", "pronoun", "he", L, "reported speech left in the first person"),
    ("mt_03_hockey", "on the street Butlerova, 9", None, "calque", "at 9 Butlerov Street", C, "Russian address order"),
    ("mt_04_gas", "the countries of the far abroad", None, "calque", "non-CIS countries", L, "дальнее зарубежье"),
    ("mt_04_gas", "reports Interfax", None, "calque", "Interfax reports", C, "inverted attribution"),
    ("mt_04_gas", "with reference to", None, "calque", "citing", L, "со ссылкой на"),
    ("mt_04_gas", 'As reported "Kommersant" a source in the industry', None, "calque", "As a source in the industry told Kommersant", L, "как сообщил источник"),
    ("mt_04_gas", "Recall,", None, "calque", "As a reminder,", C, "Напомним"),
    ("mt_04_gas", "countries-members of the EU", None, "calque", "EU member states", C, "страны-члены"),
    ("mt_05_election", "Elected president", None, "calque", "President-elect", L, "избранный президент"),
    ("mt_05_election", "elected president", "The elected president", "calque", "President-elect", L, "избранный президент"),
    ("mt_05_election", "About it she told", None, "calque", "She told", L, "Об этом она рассказала"),
    ("mt_05_election", "his", "secret of his", "pronoun", "her", L, "'his' for Sandu"),
    ("mt_05_election", "It's worth reminding that", None, "calque", "As a reminder,", L, "стоит напомнить"),
    ("mt_06_drones", "over the territory of", None, "calque", "over", L, "над территорией"),
    ("mt_06_drones", "The head of the Kursk region", None, "calque", "Kursk Governor", L, "глава региона"),
    ("mt_06_drones", "in his Telegram channel", None, "calque", "on his Telegram channel", C, "в Telegram-канале"),
    ("mt_06_drones", "In the regional government reported", None, "calque", "The regional government reported", L, "В правительстве сообщили"),
    ("mt_06_drones", "special services", None, "calque", "intelligence services", L, "спецслужбы"),
    ("mt_06_drones", 'writes "Izvestia"', None, "calque", "Izvestia writes", C, "inverted attribution"),
    ("mt_07_prices", "which previously wrote media", None, "calque", "which the media had reported", L, "о чём писали СМИ"),
    ("mt_07_prices", "leads TASS", None, "calque", "TASS quotes", L, "приводит ТАСС"),
    ("mt_07_prices", "against the background of", None, "calque", "amid", L, "на фоне"),
    ("mt_07_prices", "his", "in his commentary", "pronoun", "its", L, "'his' for the ministry"),
    ("mt_08_space", "informs the press service of Roscosmos", None, "calque", "the Roscosmos press service said", L, "сообщает пресс-служба"),
    ("mt_08_space", "it", "that it plans", "pronoun", "he", C, "'it' for Borisov"),
    ("mt_08_space", "transmits TASS", None, "calque", "TASS reports", C, "передаёт ТАСС"),
    ("mt_09_metro", "About this informed", None, "calque", "This was announced by", L, "Об этом сообщила"),
    ("mt_09_metro", "said about", None, "calque", "spoke about", L, "рассказал о"),
    ("mt_09_metro", "in his Telegram", None, "calque", "on Telegram", C, "в своём Telegram"),
    ("mt_09_metro", "60 thousand", None, "date-number", "60,000", C, "Russian number word"),
    ("mt_09_metro", "it", "journalists, it hopes", "pronoun", "he", C, "'it' for the mayor"),
    ("mt_09_metro", "you", "that you will", "pronoun", "passengers", L, "reported speech in the second person"),
    ("mt_09_metro", "The head of the capital", None, "calque", "The mayor", L, "глава столицы"),
    ("mt_10_archaeology", "XII century", None, "other", "12th century", L, "Roman century numeral"),
    ("mt_10_archaeology", "The head of the expedition Pyotr Gaidukov", None, "calque", "Expedition leader Pyotr Gaidukov", L, "Russian apposition"),
    ("mt_10_archaeology", "told that", None, "calque", "said that", L, "рассказал, что"),
    ("mt_10_archaeology", "it", "that it wants", "pronoun", "he", C, "'it' for Gaidukov"),
    ("mt_10_archaeology", 'reports the agency "Interfax-Northwest"', None, "calque", "the Interfax-Northwest agency reports", L, "inverted attribution"),
    ("mt_11_doctor", "In the Investigative Committee reported", None, "calque", "The Investigative Committee reported", L, "В СК сообщили"),
    ("mt_11_doctor", "500 thousand", None, "date-number", "500,000", C, "Russian number word"),
    ("mt_11_doctor", "itself", None, "pronoun", "herself", C, "'itself' for the doctor"),
    ("mt_11_doctor", 'passes "Tatar-inform"', None, "calque", "Tatar-inform reports", C, "передаёт"),
    ("mt_12_bank", 'reports the portal "Banki.ru"', None, "calque", "the Banki.ru portal reports", L, "inverted attribution"),
    ("mt_13_wheat", "the head of the Ministry of Agriculture", None, "calque", "Agriculture Minister", L, "глава Минсельхоза"),
    ("mt_13_wheat", "his", "increase his share", "pronoun", "its", L, "'his' for Russia"),
    ("mt_13_wheat", "states-members of", None, "calque", "member states of", C, "государства-члены"),
    ("mt_13_wheat", "informed the ministry", None, "calque", "the ministry said", L, "сообщили в министерстве"),
    ("mt_14_theatre", "it", "that it loves", "pronoun", "he", C, "'it' for Urin"),
    ("mt_14_theatre", 'reports the edition "The Art Newspaper Russia"', None, "calque", "The Art Newspaper Russia reports", L, "inverted attribution"),
    ("mt_14_theatre", "In social networks", None, "calque", "On social media", L, "в социальных сетях"),
    ("mt_15_fire", "took the situation under his personal control", None, "calque", "is personally overseeing the situation", L, "взял под личный контроль"),
    ("mt_15_fire", "head of the region of forestry", None, "calque", "head of the regional forestry department", L, "garbled title"),
    ("mt_15_fire", "it is planned to attract", None, "calque", "aircraft will be brought in", L, "планируется привлечь"),
    ("mt_15_fire", "we", "that we will", "pronoun", "they", L, "reported speech in the first person"),
    ("mt_15_fire", "transmits Yakutia.Info", None, "calque", "Yakutia.Info reports", C, "передаёт"),
]


if __name__ == "__main__":
    # One row marks an artifact outside DESIGN section 2 (a Roman century numeral) as 'other'.
    sys.exit(run(SET_DIR, ROWS, sort=False, extra_categories=("other",)))
