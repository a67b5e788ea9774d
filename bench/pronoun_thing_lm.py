"""Calibration of the language-model check for "he"/"his"/"she"/"her" standing for a thing (MT3101).

    python bench/pronoun_thing_lm.py [--margin 2.0]

THING texts use a gendered pronoun for a country, an organisation or a place while a person is
named nearby (the MT artifact: the check should fire); PERSON texts use he/his/she/her correctly
for a person next to a country, an organisation or a place (fine English: it must stay quiet).
The script runs MT3101 with no margin and prints each text's best gain (the neutral reading minus
the written one, in nats), then the flags at the margin. We wrote every text; none comes from the
measurement corpus.
"""

from __future__ import annotations

import argparse
import re

THING = [
    "Foreign Minister Pavel Orlov spoke after the talks. According to him, Turkey wants to strengthen his position in the region.",
    "Governor Igor Sedov said the village of Nikolskoye was shelled overnight, he has been without power since Monday.",
    "Analyst Mark Ellis said that China would use the crisis to expand his influence in Africa.",
    "Press secretary Anna Belova said the ministry had changed his plans because of the weather.",
    "Coach Valery Petrov praised the federation, which has doubled his budget for youth football.",
    "Mayor Oleg Sokolov opened the plant in March. According to the mayor, he will employ 800 people.",
    "The senator Mark Ellis said that Russia had tried to hide her role in the attack.",
    "Director Ivan Gusev said the company would cut his staff by a fifth next year.",
    "According to Evans, Ukraine has spent most of his reserves on the new air defence systems.",
    "The head of the region, Andrei Volkov, said the town of Lesnoy was cut off, and he had no water for two days.",
    "Economist Olga Frolova believes the central bank will keep his key rate at 16 percent.",
    "Minister Boris Lavrin said the republic had fulfilled all his obligations under the treaty.",
    "The striker Artem Nikitin left the club in May. The team has since lost his last four matches.",
    "Archaeologist Nina Kozlova said the settlement was founded in the third century, and he existed for two hundred years.",
]
PERSON = [
    "President Pavel Orlov arrived in Minsk, where he met the prime minister.",
    "The ministry dismissed Ivan Belov in May, and his deputy took over.",
    "Russia granted the whistleblower Mark Evans asylum and later extended his residence permit.",
    "The company hired Igor Sedov as director, and he will start in June.",
    "Senator Mark Ellis visited the village of Nikolskoye, where he spoke with the residents.",
    "Governor Igor Sedov said the village was shelled overnight. He promised to pay for the repairs.",
    "The court sentenced Oleg Sokolov to five years. The Kremlin declined to comment on his case.",
    "Anna Belova left the ministry in 2019. She now runs her own consulting firm in Kazan.",
    "Coach Valery Petrov thanked the federation for his new contract.",
    "The club sold the striker Artem Nikitin to Spain. He scored twelve goals in his first season there.",
    "Ukraine awarded the singer Olga Frolova a state prize for her charity concerts.",
    "Ivan Gusev founded the company in 2005 and sold his stake in 2020.",
    "After the meeting in Ankara, Foreign Minister Pavel Orlov said he was satisfied with the results.",
    "Nina Kozlova has worked at the institute since 1998. In the region she is known for her excavations.",
    "The FSB detained the scientist Boris Lavrin in July. His lawyer called the charges absurd.",
    "The government appointed Andrei Volkov as envoy to the region, and he arrived there on Monday.",
    "Pavel Orlov was arrested in May. The court has frozen his accounts and seized his car.",
    "Oleg Sokolov resigned on Friday. The ministry thanked him for his work.",
    "Mark Ellis is a former diplomat. Moscow has refused him a visa twice.",
    "Anna Belova joined the bank in 2015, and the bank made her a vice-president in 2019.",
    "The striker Artem Nikitin was injured in training. The club said he would miss a month.",
    "Governor Igor Sedov visited the border district, which he called the most dangerous place in the region.",
    "The archaeologist Nina Kozlova found the tomb in the settlement where she had worked for ten years.",
    "Russia expelled the journalist Mark Evans in May and banned him from entering the country.",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--margin", type=float, default=None)
    args = ap.parse_args()
    from mtaudit.audit.context import AuditContext
    from mtaudit.audit.engine import audit
    from mtaudit.detectors import pronouns_thing_lm
    from mtaudit.models.lm import default_lm
    from mtaudit.text.document import Document

    margin = pronouns_thing_lm.LM_THING_MARGIN if args.margin is None else args.margin
    pronouns_thing_lm.LM_THING_MARGIN = -1e9
    ctx = AuditContext(lm=default_lm())
    gain = re.compile(r"as (-?[\d.]+) nats")
    results = {}
    for label, texts in (("THING", THING), ("PERSON", PERSON)):
        for text in texts:
            found = audit(Document(text, "cal"), ctx, detectors=(pronouns_thing_lm.DETECTOR,)).findings
            best = max((float(gain.search(f.message).group(1)) for f in found), default=None)
            results.setdefault(label, []).append(best)
            print(f"{label:6} {'  --' if best is None else f'{best:5.1f}'}  {text}")
    hit = sum(g is not None and g > margin for g in results["THING"])
    fa = sum(g is not None and g > margin for g in results["PERSON"])
    print(f"margin {margin}: thing {hit}/{len(THING)} flagged, person {fa}/{len(PERSON)} flagged")


if __name__ == "__main__":
    main()
