"""Gold for eval/blind-order19 (the inverted source of any head, the subjectless "in/at the
<institution>" report, and object-verb-subject order after a time phrase): a table, offsets by
exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, C, L, run

SET_DIR = Path(__file__).resolve().parent
S, F, D, O, T = "mt-01-stainedglass", "mt-02-fossils", "mt-03-sheepdogs", "mt-04-orchids", "mt-05-tyres"
ROWS = [
    (S, "12 march", None, DN, "12 March", C, "month in lower case"),
    (S, "reported in the restoration workshop of the diocese", None, CAL,
     "the diocese's restoration workshop reported", L, "сообщили в реставрационной мастерской"),
    (S, "The surviving fragments the restorers found", None, CAL, "The restorers found the surviving fragments", L,
     "object first"),
    (S, "The restoration financed the diocese", None, CAL, "The diocese and a private foundation paid for the restoration",
     L, "object - verb - subject"),
    (S, "noted the rector of the church, archpriest Mikhail Sorokin", None, CAL,
     "the church's rector, Archpriest Mikhail Sorokin, noted", L, "отметил настоятель храма, протоиерей"),
    (S, "Over the two years the workshop visited more than 600 schoolchildren", None, CAL,
     "More than 600 schoolchildren have visited the workshop over the two years", L, "time + object - verb - subject"),
    (S, "Each piece we number and photograph", None, CAL, "We number and photograph each piece", L,
     "object first, in a quote"),
    (S, "told the head of the workshop Tatyana Belova", None, CAL, "said Tatyana Belova, the head of the workshop", L,
     "рассказала руководитель мастерской"),
    (S, "The consecration of the windows will hold the metropolitan of Kazan", None, CAL,
     "The Metropolitan of Kazan will consecrate the windows", L, "object - verb - subject"),
    (S, "specified in the diocese", None, CAL, "the diocese said", L, "уточнили в епархии"),
    (F, "4 august", None, DN, "4 August", C, "month in lower case"),
    (F, "reported the press service of the regional museum of local lore", None, CAL,
     "the regional museum of local lore's press service reported", L, "сообщила пресс-служба"),
    (F, "The bones noticed the driver of an excavator", None, CAL, "An excavator driver noticed the bones", L,
     "object - verb - subject"),
    (F, "told at the quarry", None, CAL, "the quarry said", L, "рассказали на карьере"),
    (F, "The excavation carried out the palaeontologists of the Samara university", None, CAL,
     "Palaeontologists from Samara University carried out the excavation", L, "object - verb - subject"),
    (F, "emphasized the head of the expedition, candidate of geological sciences Oleg Fedoseev", None, CAL,
     "the expedition's head, geologist Oleg Fedoseev, emphasized", L, "подчеркнул руководитель экспедиции, кандидат наук"),
    (F, "The find will study the specialists of the Palaeontological Institute", None, CAL,
     "Specialists from the Palaeontological Institute will study the find", L, "object - verb - subject"),
    (F, "a similar exhibition in the museum attended about 9 thousand people", None, CAL,
     "about 9,000 people attended a similar exhibition at the museum", L, "time + object - verb - subject"),
    (F, "recalled in the museum", None, CAL, "the museum recalled", L, "напомнили в музее"),
    (F, "informed the director of the enterprise", None, CAL, "the company's director said", L, "сообщил директор"),
    (D, "23 september", None, DN, "23 September", C, "month in lower case"),
    (D, "The first in the region competition", None, CAL, "The region's first competition", L, "первые в регионе"),
    (D, "reported the organiser of the competition, the regional kennel club \"Kavkaz\"", None, CAL,
     "the organiser, the regional kennel club Kavkaz, reported", L, "сообщил организатор, клуб"),
    (D, "In the competition took part 34 dogs", None, CAL, "Thirty-four dogs ... took part", L, "fronted phrase + verb + subject"),
    (D, "The work of the dogs assessed the judges from Moscow and Minsk", None, CAL,
     "Judges from Moscow and Minsk assessed the dogs", L, "object - verb - subject"),
    (D, "The first place took the border collie Tessa from Krasnodar", None, CAL,
     "First place went to Tessa, a border collie from Krasnodar", L, "object - verb - subject"),
    (D, "The prize for the best young dog received the shepherd from Pyatigorsk Andrei Volkov", None, CAL,
     "Andrei Volkov, a shepherd from Pyatigorsk, received the prize for the best young dog", L, "object - verb - subject"),
    (D, "Over two days the competition watched about 1.5 thousand spectators", None, CAL,
     "About 1,500 spectators watched the competition over two days", L, "time + object - verb - subject"),
    (D, "Such tournaments we want to hold every year", None, CAL, "We want to hold such tournaments every year", L,
     "object first, in a quote"),
    (D, "specified in the kennel club", None, CAL, "the kennel club said", L, "уточнили в клубе"),
    (O, "2 february", None, DN, "2 February", C, "month in lower case"),
    (O, "In the botanical garden of the Ural branch of the Academy of Sciences opened the annual exhibition", None, CAL,
     "The annual exhibition ... opened in the botanical garden", L, "fronted place + verb + subject"),
    (O, "informed the garden \"Uralskaya Flora\"", None, CAL, "the Uralskaya Flora garden said", L, "сообщил сад"),
    (O, "Some of them the employees of the garden grew", None, CAL, "The garden's staff grew some of them", L, "object first"),
    (O, "The rarest orchid of the collection brought from Vietnam the botanist Irina Savelyeva", None, CAL,
     "Botanist Irina Savelyeva brought the rarest orchid of the collection from Vietnam", L, "object - verb - subject"),
    (O, "On the first weekend the exhibition visited 5 thousand people", None, CAL,
     "5,000 people visited the exhibition on the first weekend", L, "time + object - verb - subject"),
    (O, "noted in the botanical garden", None, CAL, "the botanical garden said", L, "отметили в ботаническом саду"),
    (O, "The tickets for the excursions the visitors can buy", None, CAL, "Visitors can buy tickets for the tours", L,
     "object first"),
    (O, "reported the deputy director of the garden for scientific work, doctor of biological sciences Sergei Pavlov",
     None, CAL, "the garden's deputy director for research, biologist Sergei Pavlov, said", L,
     "сообщил заместитель директора, доктор наук"),
    (T, "17 october", None, DN, "17 October", C, "month in lower case"),
    (T, "reported the management company of the zone", None, CAL, "the zone's management company reported", L,
     "сообщила управляющая компания"),
    (T, "The equipment supplied the company from China", None, CAL, "A Chinese company supplied the equipment", L,
     "object - verb - subject"),
    (T, "informed the plant \"EkoShina\"", None, CAL, "the EkoShina plant said", L, "сообщили на заводе / сообщил завод"),
    (T, "Tyres from residents the plant will accept", None, CAL, "The plant will accept tyres from residents", L,
     "object first"),
    (T, "The first batch of crumb already ordered the city administration", None, CAL,
     "The city administration has already ordered the first batch of crumb", L, "object - verb - subject"),
    (T, "a fire on a tyre dump near the city extinguished 60 firefighters", None, CAL,
     "60 firefighters spent two days putting out a fire on a tyre dump near the city", L,
     "time + object - verb - subject"),
    (T, "noted in the department of ecology of the region", None, CAL, "the regional ecology department noted", L,
     "отметили в департаменте"),
    (T, "On the plant will work 85 people", None, CAL, "The plant will employ 85 people", L, "fronted phrase + verb + subject"),
    (T, "specified at the enterprise", None, CAL, "the company said", L, "уточнили на предприятии"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
