"""A Russian postal address rendered word for word (MT2292): "Varvarka, house 6, structure 4",
"near Vasily Petushkov Street, possession 17", "from house 1 to house 6", "ul. Lenina, d. 24,
korp. 1".

A Russian address names the street first and then the parts of the plot by their nouns: дом
(house), владение (possession, a plot without a house number), строение (structure), корпус
(building), and the same in abbreviations (ул., д., вл., стр., корп.). MT translates each noun.
English writes the number before the street ("6 Varvarka Street, Building 4") and never numbers
"houses" or "possessions". So this reads the shape, not a list of addresses: a plot noun in
lower case with a number, where an address stands: after a comma or an opening bracket, after
"from", "to", "opposite", "near", "at" or "house N to" in a street's sentence, or anywhere for the
two nouns no English address uses (possession, structure: "владение", "строение"). "Building"
counts only after a street word and a comma ("Zubovsky Boulevard, building 2"); a number
followed by a unit ("a house 6 km away") and capitalised names ("Building 7") are left alone.
"""

from __future__ import annotations

import re

from mtaudit.rules.model import rule

ADDRESS_PARTS = rule(
    "MT2292", "address-parts", "calque",
    summary="“Varvarka, house 6, structure 4”, “Petushkov Street, possession 17”: a Russian address "
            "with дом, владение, строение rendered word for word",
    why="A Russian address gives the street first and then the plot's parts by their nouns (дом 6, "
        "строение 4, владение 17, корпус 2); MT translates the nouns. English writes the number "
        "before the street and no “house” or “possession”: “6 Varvarka Street, Building 4”.",
    confidence="likely",
    bad=["The concert takes place at the hall (Varvarka, house 6, structure 4) at 19:00.",
         "The side road near Petushkov Street, possession 17, is closed until Monday.",
         "Traffic is limited on Chobotovskaya Street from house 1 to house 6.",
         "The museum is at Zubovsky Boulevard, building 2, near the metro.",
         "The office moved to ul. Lenina, d. 24, korp. 1 last year."],
    good=["The concert takes place at 6 Varvarka Street at 19:00.",
          "The house 6 km from the river was flooded.",
          "Building 7 of the World Trade Center collapsed that afternoon.",
          "The family bought a house in 2019 and a second house 3 years later.",
          "The new building 2 years in the making opened on Monday."],
)

_UNITS = (r"(?:km|kilometres?|kilometers?|metres?|meters?|m|miles?|feet|ft|years?|months?|weeks?|days?|"
          r"hours?|minutes?|people|persons|percent|per|%|times|storeys?|stories|floors?|rooms?|million|"
          r"thousand|billion|hectares?|ha)\b")
_NUMBER = r"\d{1,4}[a-z]?(?:/\d{1,3})?(?![\d.,]*\d)"
# the nouns no English address uses, anywhere with a number
_ALWAYS = re.compile(rf"\b(?P<noun>possession|structure|ownership)[ \t]+(?P<num>{_NUMBER})(?![ \t]*{_UNITS})")
# "house N" where an address stands: after a comma, a bracket or a place preposition
_HOUSE = re.compile(
    rf"(?:(?P<lead>[,(][ \t]*)|\b(?P<prep>from|to|opposite|near|at|before|past)[ \t]+)"
    rf"(?P<noun>house|korpus|building)[ \t]+(?P<num>{_NUMBER})(?![ \t]*{_UNITS})(?![ \t]*-[ \t]*\w)")
# Russian address abbreviations after a comma: "d. 24", "korp. 1", "str. 4", "vl. 7"
_ABBREVIATION = re.compile(rf",[ \t]*(?P<noun>d|korp|str|vl|bldg)\.[ \t]?(?P<num>{_NUMBER})")
# a street word earlier in the sentence makes "building N" an address part
_STREET = re.compile(r"\b(?:[Ss]treet|[Bb]oulevard|[Pp]assage|[Ll]ane|[Hh]ighway|[Aa]venue|[Pp]rospekt|"
                     r"[Pp]rospect|[Ee]mbankment|[Ss]quare|[Pp]roezd|[Pp]ereulok|[Ss]hosse|[Dd]riveway|"
                     r"ul\.|[Tt]ract|[Qq]uay|[Rr]oad)\b")


class AddressPartsDetector:
    name = "address-parts"
    rules = (ADDRESS_PARTS,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        seen: set[int] = set()
        for s in doc.sentences:  # an address often stands in a label line ("Place: ...") a headline test skips
            sentence = text[s.start:s.end]
            street = _STREET.search(sentence)
            hits = []
            for m in _ALWAYS.finditer(text, s.start, s.end):
                hits.append(m)
            for m in _HOUSE.finditer(text, s.start, s.end):
                noun = m.group("noun")
                if noun in ("building", "korpus") and not (m.group("lead") and street and street.start() < m.start() - s.start):
                    continue  # "building 2" only after a street and a comma
                if noun == "house" and not (street or m.group("lead") and m.group("lead").startswith("(")
                                            or _another_house(text, m, s) or _ALWAYS.search(sentence)):
                    continue
                hits.append(m)
            for m in _ABBREVIATION.finditer(text, s.start, s.end):
                hits.append(m)
            for m in hits:
                start = m.start("noun")
                if start in seen:
                    continue
                seen.add(start)
                end = m.end("num")
                yield ADDRESS_PARTS.finding(
                    doc, start, end,
                    f"“{text[start:end]}”: a Russian address part (дом, владение, строение, корпус) "
                    f"rendered word for word; English writes the number before the street "
                    f"(“6 Varvarka Street, Building 4”)")


def _another_house(text: str, m, s) -> bool:
    """"from house 1 to house 6": two numbered houses in one sentence are an address range."""
    return len(re.findall(r"\bhouse[ \t]+\d", text[s.start:s.end])) >= 2


DETECTOR = AddressPartsDetector()
