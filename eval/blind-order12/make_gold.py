"""Gold for eval/blind-order12 (calque artifacts of Russian word order and attribution only): a
table, offsets by exact search.

Run:  python3 make_gold.py     Writes gold.jsonl next to this file and checks it with eval/goldkit.py.
A row is (doc, span text, context that occurs once in the doc, category, correction, confidence, note).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/, for goldkit
from goldkit import CAL, C, L, run

SET_DIR = Path(__file__).resolve().parent
ROWS0 = [
    ("mt-01-vineyard", "reported in the Krasnodar branch of the Union of winegrowers and winemakers of Russia",
     "reported in the Krasnodar branch", CAL, "the Krasnodar branch of the Union of Winegrowers and Winemakers of Russia reported", C,
     "subjectless attribution (сообщили в филиале)"),
    ("mt-01-vineyard", "The harvest this year the specialists estimate", "The harvest this year the specialists", CAL,
     "Specialists estimate this year's harvest", C, "object-subject-verb"),
    ("mt-01-vineyard", "The minister of agriculture of the region Fyodor Derevyanko", "The minister of agriculture", CAL,
     "Regional Agriculture Minister Fyodor Derevyanko", C, "title in genitive run into the name"),
    ("mt-01-vineyard", "The price of the grapes in the holding did not disclose", "The price of the grapes", CAL,
     "The holding did not disclose the price of the grapes", C, "fronted object, body as a place"),
    ("mt-01-vineyard", "As calculated the analyst of the consultancy Agroinvest Marina Belova", "As calculated", CAL,
     "As Agroinvest analyst Marina Belova calculated", C, "inverted attribution"),
    ("mt-01-vineyard", "The new press for white varieties to the winery supplied the Italian manufacturer Della Toffola",
     "The new press for white", CAL, "The Italian manufacturer Della Toffola supplied the new press", C,
     "object-verb-subject"),
    ("mt-01-vineyard", "informed the agency a representative of the company", "informed the agency", CAL,
     "a company representative told the agency", C, "verb, listener, informant"),
    ("mt-01-vineyard", "The ripening of the late varieties the agronomists expect", "The ripening of the late", CAL,
     "Agronomists expect the late varieties to ripen", C, "object-subject-verb"),
    ("mt-02-planetarium", "told in the municipal department of culture", "told in the municipal", CAL,
     "the municipal culture department said", C, "subjectless attribution"),
    ("mt-02-planetarium",
     "The new dome with a diameter of 18 metres and a digital projection system to the planetarium delivered the German company Zeiss",
     "The new dome with", CAL, "The German company Zeiss delivered the new dome … to the planetarium", C,
     "object-verb-subject"),
    ("mt-02-planetarium", "The cost of the works in the mayor's office did not name", "The cost of the works", CAL,
     "The mayor's office did not name the cost of the works", C, "fronted object, body as a place"),
    ("mt-02-planetarium", "The director of the planetarium Sergei Gorbunov", "The director of the planetarium", CAL,
     "The planetarium's director, Sergei Gorbunov,", C, "title run into the name"),
    ("mt-02-planetarium", "Tickets for the opening the organizers will put on sale", "Tickets for the opening", CAL,
     "The organizers will put tickets for the opening on sale", C, "object-subject-verb"),
    ("mt-02-planetarium", "said the agency an employee of the planetarium", "said the agency", CAL,
     "an employee of the planetarium told the agency", C, "verb, listener, informant"),
    ("mt-02-planetarium", "The schedule of the sessions in the administration promised to publish later",
     "The schedule of the sessions", CAL, "The administration promised to publish the schedule later", C,
     "fronted object, body as a place, 'promised to'"),
    ("mt-03-sawmill", "said in the North-Western interregional directorate of Rostekhnadzor", "said in the North", CAL,
     "Rostekhnadzor's North-Western interregional directorate said", C, "subjectless attribution"),
    ("mt-03-sawmill", "The damage from the breakdown the owners assess", "The damage from the breakdown the", CAL,
     "The owners assess the damage from the breakdown", C, "object-subject-verb"),
    ("mt-03-sawmill", "The reason for the breakdown in the directorate did not specify", "The reason for the", CAL,
     "The directorate did not specify the reason", C, "fronted object, body as a place"),
    ("mt-03-sawmill", "The minister of natural resources of the region Ivan Popov", "The minister of natural", CAL,
     "Regional Natural Resources Minister Ivan Popov", C, "title run into the name"),
    ("mt-03-sawmill", "The equipment to the sawmill handed over the regional fund of development of industry",
     "The equipment to the sawmill", CAL, "The regional industrial development fund handed the equipment over to the sawmill", C,
     "object-verb-subject, a body as the subject"),
    ("mt-03-sawmill", "As believes the expert of the Arkhangelsk timber club Pavel Sedov", "As believes", CAL,
     "As Pavel Sedov, an expert at the Arkhangelsk Timber Club, believes", C, "inverted attribution"),
    ("mt-04-lighthouse", "informed in the Far Eastern hydrographic service of the Pacific Fleet", "informed in the Far", CAL,
     "the Pacific Fleet's Far Eastern hydrographic service said", C, "subjectless attribution"),
    ("mt-04-lighthouse", "The works the contractor began", "The works the contractor", CAL,
     "The contractor began the works", C, "object-subject-verb"),
    ("mt-04-lighthouse", "the facade the restorers have already cleaned", "the facade the restorers", CAL,
     "the restorers have already cleaned the facade", C, "object-subject-verb after ', and'"),
    ("mt-04-lighthouse", "The original lens to the lighthouse returned the grandson of the last keeper",
     "The original lens", CAL, "The grandson of the last keeper returned the original lens to the lighthouse", C,
     "object-verb-subject"),
    ("mt-04-lighthouse", "The deputy minister of culture of the region Olga Sokolova", "The deputy minister", CAL,
     "Deputy regional Culture Minister Olga Sokolova", C, "title run into the name"),
    ("mt-04-lighthouse", "The cost of the restoration in the fleet did not disclose", "The cost of the restoration", CAL,
     "The fleet did not disclose the cost of the restoration", C, "fronted object, body as a place"),
    ("mt-04-lighthouse", "told the newspaper a source in the regional government", "told the newspaper", CAL,
     "a source in the regional government told the newspaper", C, "verb, listener, informant"),
]

# each span occurs once in its doc, so it is its own context
ROWS = [(d, span, span, *rest) for d, span, _ctx, *rest in ROWS0]

if __name__ == "__main__":
    sys.exit(run(SET_DIR, ROWS))
