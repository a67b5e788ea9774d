"""Calibration of the language-model pronoun check (MT316) on sentences written for it.

    python bench/pronoun_lm.py [--margin 2.5]

Each line below is a short text we wrote: PERSON texts use "it"/"its"/"itself" for a person
just named (the MT artifact: the check should fire), THING texts use them for a thing, an
event or an organisation near a person (fine English: it must stay quiet). The script runs
MT316 with no margin and prints every candidate's gain (person reading minus the better of
the written and neutral readings, in nats), then the recall and false alarms at the margin.
None of these sentences comes from the measurement corpus.
"""

from __future__ import annotations

import argparse
import re

PERSON = [
    "The footballer Artem Dzyuba scored twice on Sunday. After the match the coach praised it.",
    "Olga Lebedeva was elected mayor in 2019. Before that, it ran a bakery in the city centre.",
    "The court sentenced the businessman Ilya Sorokin to four years and ordered it to pay a fine.",
    "Investigators detained the blogger Anton Rybin in Kazan. It is suspected of extortion.",
    "The actress Vera Glagoleva died in 2017. Its last film was released a year later.",
    "Police stopped the driver Igor Mamin on the highway. They found drugs in its car.",
    "The governor Andrei Klimov visited the hospital. The doctors showed it the new ward.",
    "Singer Polina Gagarina won the contest. The jury gave it the highest score.",
    "The scientist Boris Kagan received the state prize. The president handed it the award in the Kremlin.",
    "The defendant Roman Tkachev pleaded not guilty. Its lawyer asked for an acquittal.",
    "The skater Alina Zagitova missed the championship. According to the federation, it is injured.",
    "Chess player Ian Nepomniachtchi lost the final game. It admitted that it had made a blunder.",
    "The minister Maxim Reshetnikov met investors in Dubai. It promised them tax breaks.",
    "Oleg Tinkov sold his stake in the bank. It had founded the bank in 2006.",
    "The journalist Ivan Safronov was arrested in July. The FSB accuses it of treason.",
    "The pensioner Nina Ivanova lost her savings to fraudsters. The police promised to help it.",
    "Boxer Denis Lebedev retired after the fight. Fans thanked it for years of great bouts.",
    "The director Kirill Serebrennikov left Russia in 2022. Now it works in Berlin.",
    "The mayor Sergei Sobyanin opened the new metro line. It rode the first train himself.",
    "The surgeon Leo Bokeria performed the operation. After it, the patient thanked it.",
    "The farmer Vasily Melnichenko criticised the new law. It said that it could ruin small farms.",
    "The teacher Anna Kuznetsova won the national award. Students congratulated it on the stage.",
    "The hockey player Evgeni Malkin signed a new contract. The club will pay it ten million dollars.",
    "Prosecutors charged the former official Yuri Belov with fraud. It faces up to ten years.",
    "The archaeologist Natalia Pavlova led the dig. Thanks to it, the tomb was found intact.",
    "The poet Vera Polozkova cancelled the concert. The organisers apologised on its behalf.",
]
THING = [
    "The footballer Artem Dzyuba scored twice on Sunday. The club said it was the best match of the season.",
    "Olga Lebedeva bought the bakery in 2019 and sold it three years later.",
    "The court sentenced the businessman Ilya Sorokin to four years. It also confiscated his yacht.",
    "Investigators detained the blogger Anton Rybin in Kazan. It was the third arrest this month.",
    "The actress Vera Glagoleva finished the film in 2016. It was released a year later.",
    "Police stopped the driver Igor Mamin on the highway. His car had no number plates, and it was seized.",
    "The governor Andrei Klimov visited the hospital. It was opened in 1978.",
    "Singer Polina Gagarina won the contest. It was held in Moscow for the first time.",
    "The scientist Boris Kagan received the state prize. It is awarded every year on Russia Day.",
    "The defendant Roman Tkachev pleaded not guilty. The jury did not believe it.",
    "The skater Alina Zagitova missed the championship. The federation said it would name a replacement.",
    "Chess player Ian Nepomniachtchi lost the final game. It lasted six hours.",
    "The minister Maxim Reshetnikov met investors in Dubai. The ministry said it expected new deals.",
    "Oleg Tinkov sold his stake in the bank. It is now owned by Vladimir Potanin.",
    "The journalist Ivan Safronov was arrested in July. The case against him is secret, and it may last years.",
    "The pensioner Nina Ivanova lost her savings to fraudsters. She reported it to the police.",
    "Boxer Denis Lebedev retired after the fight. He called it the hardest decision of his life.",
    "The director Kirill Serebrennikov staged the opera in Berlin. Critics praised it.",
    "The mayor Sergei Sobyanin opened the new metro line. It has eight stations.",
    "The surgeon Leo Bokeria performed the operation. It lasted five hours.",
    "The farmer Vasily Melnichenko criticised the new law. He said it could ruin small farms.",
    "The teacher Anna Kuznetsova won the national award. She will receive it in the Kremlin.",
    "The hockey player Evgeni Malkin signed a new contract with the club. Its terms were not disclosed.",
    "Prosecutors charged the former official Yuri Belov with fraud. He denies it.",
    "The archaeologist Natalia Pavlova found the tomb. Its walls are covered with paintings.",
    "Vladimir Putin praised the new airport and its staff.",
    "Anna Petrova gave the report to the committee, which discussed it on Monday.",
    "Ivan Petrov criticised the company and its owners.",
    "The coach Valery Karpin left the team. It has since lost four matches in a row.",
    "The president Emmanuel Macron called the summit a success. It will be held again next year.",
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--margin", type=float, default=None)
    args = ap.parse_args()
    from mtaudit.audit.context import AuditContext
    from mtaudit.audit.engine import audit
    from mtaudit.detectors import pronouns_lm
    from mtaudit.models.lm import default_lm
    from mtaudit.text.document import Document

    margin = pronouns_lm.LM_PRONOUN_MARGIN if args.margin is None else args.margin
    pronouns_lm.LM_PRONOUN_MARGIN = -1e9
    ctx = AuditContext(lm=default_lm())
    gain = re.compile(r"as (-?[\d.]+) nats")
    results = {}
    for label, texts in (("PERSON", PERSON), ("THING", THING)):
        for text in texts:
            found = audit(Document(text, "cal"), ctx, detectors=(pronouns_lm.DETECTOR,)).findings
            best = max((float(gain.search(f.message).group(1)) for f in found), default=None)
            results.setdefault(label, []).append(best)
            print(f"{label:6} {'  --' if best is None else f'{best:5.1f}'}  {text}")
    hit = sum(g is not None and g > margin for g in results["PERSON"])
    fa = sum(g is not None and g > margin for g in results["THING"])
    print(f"margin {margin}: person {hit}/{len(PERSON)} flagged, thing {fa}/{len(THING)} flagged")


if __name__ == "__main__":
    main()
