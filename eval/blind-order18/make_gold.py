"""Gold for eval/blind-order18 (Russian word order: fronted phrase + verb + subject, object
first, pre-nominal participle phrases, the speaking body in an "in the" phrase): a table,
offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, DN, C, L, run

SET_DIR = Path(__file__).resolve().parent
B, H, T, D, F = "mt-01-bells", "mt-02-huskies", "mt-03-tram", "mt-04-donors", "mt-05-towers"
ROWS = [
    (B, "14 march", None, DN, "14 March", C, "month in lower case"),
    (B, "In the village of Tavrovo near Voronezh on Friday was cast the largest bell", None, CAL,
     "The largest bell ... was cast on Friday in the village of Tavrovo near Voronezh", L, "fronted place + passive + subject"),
    (B, "The founded in 1998 workshop", None, CAL, "The workshop, founded in 1998,", L, "основанная в 1998 году мастерская"),
    (B, "The casting of the big bell the craftsmen prepared", None, CAL,
     "The craftsmen spent almost four months preparing to cast the big bell", L, "object first"),
    (B, "The alloy we make ourselves", None, CAL, "We make the alloy ourselves", L, "object first, in a quote"),
    (B, "Its cost the parishioners collected", None, CAL, "The parishioners raised its cost", L, "object first"),
    (B, "The ordered by other churches bells", None, CAL, "The bells ordered by other churches", L, "pre-nominal participle"),
    (B, "noted in the workshop", None, CAL, "the workshop said", L, "отметили в мастерской"),
    (B, "In the coming days will be held the tuning of the bell", None, CAL,
     "The bell will be tuned in the coming days", L, "fronted time + passive + subject"),
    (H, "3 february", None, DN, "3 February", C, "month in lower case"),
    (H, "In the Karelian village of Kindasovo opened", None, CAL,
     "The republic's first husky park for tourists has opened in the Karelian village of Kindasovo", L, "fronted place + verb"),
    (H, "the first in the republic husky park", None, CAL, "the republic's first husky park", L, "первый в республике"),
    (H, "told RIA Novosti in the regional committee on tourism", None, CAL,
     "the regional tourism committee told RIA Novosti", L, "рассказали в комитете"),
    (H, "In the kennel live 46 dogs", None, CAL, "The kennel has 46 dogs", L, "fronted place + verb + subject"),
    (H, "The founded by a couple from St. Petersburg farm", None, CAL,
     "The farm, founded by a couple from St. Petersburg,", L, "pre-nominal participle"),
    (H, "The route of the sled ride the owners laid", None, CAL, "The owners laid the sled route", L, "object first"),
    (H, "The dogs we bought", None, CAL, "We bought the dogs", L, "object first, in a quote"),
    (H, "Last weekend the park visited more than 300 people", None, CAL,
     "More than 300 people visited the park last weekend", L, "object - verb - subject"),
    (H, "The most popular among children entertainment", None, CAL, "The children's favourite activity", L,
     "pre-nominal adjective phrase"),
    (H, "From next month will be launched night rides", None, CAL, "Night rides ... will be launched next month", L,
     "fronted time + passive + subject"),
    (H, "specified in the park", None, CAL, "the park said", L, "уточнили в парке"),
    (T, "21 june", None, DN, "21 June", C, "month in lower case"),
    (T, "In Nizhny Novgorod returned to the line the restored tram", None, CAL,
     "A restored 1936 tram has returned to service in Nizhny Novgorod", L, "fronted place + verb + subject"),
    (T, "reported the press service of the city administration", None, CAL,
     "the city administration's press service reported", L, "сообщила пресс-служба"),
    (T, "The car of the series X the museum of urban transport received", None, CAL,
     "The museum of urban transport received the X-series car", L, "object first"),
    (T, "The restoration the specialists of the tram depot carried out", None, CAL,
     "Specialists from the tram depot spent almost three years restoring it", L, "object first"),
    (T, "The lost over the decades parts", None, CAL, "Parts lost over the decades", L, "pre-nominal participle"),
    (T, "The ticket price the city set", None, CAL, "The city set the ticket price", L, "object first"),
    (T, "Such a car in Russia there are only three", None, CAL, "There are only three such cars in Russia", L,
     "таких вагонов в России всего три"),
    (T, "the director of the museum Igor Pavlov", None, CAL, "museum director Igor Pavlov", L, "title chain before a name"),
    (T, "On the first trip took part the veterans", None, CAL, "Veterans ... took part in the first trip", L,
     "fronted phrase + verb + subject"),
    (D, "9 april", None, DN, "9 April", C, "month in lower case"),
    (D, "In the Omsk region on the eve of the national day of the donor was recorded a sharp shortage", None, CAL,
     "A sharp shortage ... was recorded in the Omsk region ahead of National Donor Day", L, "fronted place + passive + subject"),
    (D, "informed in the regional blood transfusion station", None, CAL, "the regional blood transfusion station said", L,
     "сообщили в станции переливания"),
    (D, "Over the past month in the region donated blood about 1.8 thousand people", None, CAL,
     "About 1,800 people donated blood in the region over the past month", L, "fronted time and place + verb + subject"),
    (D, "The blood of the rare groups the station buys", None, CAL, "The station buys rare blood groups", L, "object first"),
    (D, "The located on Lenin Street station", None, CAL, "The station on Lenin Street", L, "pre-nominal participle"),
    (D, "The largest in the region donor campaign", None, CAL, "The region's largest blood drive", L, "крупнейшая в регионе"),
    (D, "donor campaign the organizers plan to hold", None, CAL, "the organizers plan to hold the ... blood drive", L,
     "object first"),
    (D, "Blood the hospitals need every day", None, CAL, "Hospitals need blood every day", L, "object first, in a quote"),
    (D, "In the action will take part the students", None, CAL, "Students ... will take part in the drive", L,
     "fronted phrase + verb + subject"),
    (F, "28 may", None, DN, "28 May", C, "month in lower case"),
    (F, "In the forests of the Krasnoyarsk Territory this season will work 112 fire observation towers", None, CAL,
     "112 fire lookout towers ... will operate in the forests of the Krasnoyarsk Territory this season", L,
     "fronted place + verb + subject"),
    (F, "as reported on the page of the regional forestry department in VKontakte", None, CAL,
     "the regional forestry department said on VKontakte", L, "как сообщили на странице"),
    (F, "The installed last year cameras", None, CAL, "The cameras installed last year", L, "pre-nominal participle"),
    (F, "Images from them the operators of the regional dispatch centre watch", None, CAL,
     "Operators at the regional dispatch centre watch the images", L, "object first"),
    (F, "Since the beginning of the fire season in the region were registered 86 forest fires", None, CAL,
     "86 forest fires have been registered in the region since the fire season began", L, "fronted + passive + subject"),
    (F, "Most of them the firefighters extinguished", None, CAL, "Firefighters put out most of them", L, "object first"),
    (F, "The main cause of the fires the foresters call", None, CAL, "Foresters say the main cause of the fires is", L,
     "object first"),
    (F, "Fines for it the regional authorities raised", None, CAL, "The regional authorities doubled the fines for it", L,
     "object first"),
    (F, "noted in the department", None, CAL, "the department said", L, "отметили в департаменте"),
]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
