"""A settlement's type noun and its name with no "of" (MT2431): "near the village Yasnoye", "in
the town Kirovsk", "a resident of the stanitsa Veshenskaya", "residents of settlement Polazna",
"in the microdistrict Solnechny"; a natural feature's type noun before its name (MT2432): "in the
bay Posyet", "on the lake Shira", "to the island Russky".

Russian sets a settlement's name in apposition to its type noun (деревня Ясное, посёлок Мирный):
no case ending links them, so MT has nothing to turn into "of" and leaves the two side by side.
English joins them with "of" ("the village of Yasnoye") or drops the type noun; a lake, a bay, an
island or a mountain takes its type noun into its name ("Lake Shira", "Posyet Bay"). The slot is read
by word classes, not by a list of places: "the" and a settlement or feature type noun
(data/settlement_type_nouns.txt, natural_feature_nouns.tsv) with nothing between them, then a
capitalised name that is no English word (a name by meaning is MT150's), no first name run into a
surname ("the head of the village Lyudmila Grigorieva" is a title chain, MT2401's), and no word of a
longer English name ("the city Corporation"). Only in a Russian setting.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, lemmas_by_pos

PLACE_APPOSITION = rule(
    "MT2431", "settlement-name-without-of", "calque",
    summary="“near the village Yasnoye”, “in the town Kirovsk”: a settlement's type noun and its "
            "name side by side with no “of” (деревня Ясное)",
    why="Russian sets a settlement's name in apposition to its type noun (деревня Ясное, посёлок "
        "Мирный) with no case link, so MT writes “the village Yasnoye”. English joins the two with "
        "“of”: “the village of Yasnoye”, “the town of Kirovsk”.",
    confidence="likely",
    bad=["Kursk, 4 May. A black truffle was found near the village Ozerki, the regional forestry said.",
         "Omsk, 2 June. The new school in the town Isilkul will open in September.",
         "Rostov, 3 July. A resident of the stanitsa Veshenskaya grew a melon of 20 kilograms.",
         "Perm, 5 May. The bridge to the settlement Polazna will be repaired by autumn.",
         "Kursk, 4 May. The resident of the village Ozerki Anna Orlova grew a record pumpkin.",
         "Kursk, 4 May. In the library of the village Ozerki the old stove still works.",
         "Perm, 5 May. A shop opened in the microdistrict Solnechny, and residents of settlement Polazna came."],
    good=["Kursk, 4 May. A black truffle was found near the village of Ozerki, the regional forestry said.",
          "Omsk, 2 June. The head of the village Anna Petrova opened the school.",
          "Perm, 5 May. The city Council met on Monday in Perm.",
          "Omsk, 2 June. The festival came to the village Green in Omsk.",
          "Kursk, 4 May. Water was cut off in Ozerki, a village near Kursk.",
          "Omsk, 2 June. They walked from the town Centre to the river in Omsk.",
          "Omsk, 2 June. Near the village Ozerki gathered for the winter 300 swans."],
    applicability="unsafe",
)

FEATURE_APPOSITION = rule(
    "MT2432", "feature-type-before-name", "calque",
    summary="“in the bay Posyet”, “on the lake Shira”, “to the island Russky”: a natural feature's type "
            "noun before its name, as Russian sets it (бухта Посьета, озеро Шира)",
    why="Russian names a lake, a bay, an island or a mountain with its type noun first and the name in "
        "apposition (озеро Шира, остров Русский, гора Иремель); MT keeps the order. English takes the "
        "type noun into the name, before it or after it: “Lake Shira”, “Russky Island”, “Mount Iremel”, "
        "“Posyet Bay”. A river is left out: British English writes “the river Don”.",
    confidence="likely",
    bad=["Vladivostok, 3 March. The scallop farm in the bay Posyet gathered its first harvest.",
         "Abakan, 2 July. Tourists rest on the lake Shira every summer, the regional ministry said.",
         "Ufa, 5 June. The snow on the mountain Iremel lay until June, rangers of the reserve said.",
         "Vladivostok, 3 March. The ferry to the island Russky runs twice a day."],
    good=["Vladivostok, 3 March. The scallop farm in Posyet Bay gathered its first harvest.",
          "Abakan, 2 July. Tourists rest on Lake Shira every summer, the regional ministry said.",
          "Rostov, 3 July. The ice on the river Don broke up in March.",
          "Vladivostok, 3 March. The ferry to the island Nation runs twice a day.",
          "Abakan, 2 July. The guide of the lake Anna Petrova met the tourists."],
    applicability="unsafe",
)

_NOUNS = "settlement_type_nouns.txt"
_FEATURES = "natural_feature_nouns.tsv"
_NAME_FIRST = frozenset({"microdistrict"})
_NAME = r"\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"


@lru_cache(maxsize=1)
def _type_nouns() -> frozenset[str]:
    return lexicon.words(_NOUNS) | lexicon.words(_FEATURES)


@lru_cache(maxsize=1)
def _prefilter():
    """A type noun before a capital anywhere in the text: read once, not rebuilt per document."""
    return regex.compile(r"\b(?:" + "|".join(_type_nouns()) + r")\s+\p{Lu}")


def _pattern():
    nouns = "|".join(longest_first(_type_nouns()))
    return regex.compile(rf"(?:\b(?P<the>[Tt]he)\s+|(?<=\b(?:in|of|near|from|to|into|outside|around)\s+))"
                         rf"(?P<noun>{nouns})\s+(?P<name>{_NAME}(?:\s+{_NAME})?)"
                         rf"(?:\s+(?P<next>\p{{Lu}}\p{{Ll}}*)|(?P<poss>[’']))?", regex.V1)


_PATTERN = None
# a sentence (or a dateline's text) that opens with a place phrase running up to the match: the
# phrase fronted before its verb, Russian order that MT2517 flags as a whole ("Near the village
# Lovozero passed the race"); a second, shorter finding inside it would point at half the artifact
_OPENING_PHRASE = regex.compile(r"(?:^|[.!?]\s+|\n|\s[-–—]\s+)(?:In|On|At|Near|Around|Outside|Behind|Beyond|From|"
                                r"Along|Across|Over|Under|By|Not\s+far\s+from)\b[^,;:.!?\n]{0,80}$", regex.V1)

# what follows the name when the fronted phrase runs on into its verb: a lower-case word that opens
# no noun phrase (a verb in Russian order), not an article, a possessive, a pronoun or a number
_VERB_NEXT = regex.compile(r",?\s+(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|there|it|he|she|"
                           r"they|we|i|you|all|some|many|most|every|each|one|two|three|four|five|no|only|"
                           r"local|old|new|young)\b)\p{Ll}", regex.V1)


def settlement_appositions(text: str):
    """(start, end, noun, name) of each "the <settlement or feature noun> <Name>" with no "of"."""
    global _PATTERN
    if _PATTERN is None:
        _PATTERN = _pattern()
    first = lexicon.table("first_names_ru_latin.txt")
    english_first = lexicon.table("first_names_en.txt")
    for m in _PATTERN.finditer(text):
        name = m.group("name")
        end = m.end("name")
        parts = name.split()
        if len(parts) == 2 and parts[1] in first:
            name, end = parts[0], m.start("name") + len(parts[0])  # "the village Lipki Anna Orlova"
        elif m.group("poss") or (m.group("next") and m.group("next") not in first):
            continue  # a longer name or a possessive ("the village People's", "the city Duma Speaker");
            # a first name after it starts a person ("a resident of the village Lipki Anna Orlova")
        if _OPENING_PHRASE.search(text, max(0, m.start() - 90), m.start()) and _VERB_NEXT.match(text, end):
            continue  # "In the park near the village Lipki gathered …": the fronted phrase, MT2517's;
            # with a subject after it ("In the school of the village Lipki the piano stood") the
            # sentence is in English order and the apposition is the only artifact
        words = name.replace("-", " ").split()
        if words[0] in first or words[0] in english_first:
            continue  # "the head of the village Lyudmila Grigorieva": a person after a title
        if any(is_common_word(w.lower()) or lemmas_by_pos(w.lower()) for w in words):
            continue  # "the city Council", "the town Centre", "the village Quiet Creek" (MT150): a
            # word of English or WordNet
        yield m.start(), end, m.group("noun"), name


class PlaceAppositionDetector:
    name = "calques-place-apposition"
    rules = (PLACE_APPOSITION, FEATURE_APPOSITION)
    needs = frozenset({"glossary"})

    def detect(self, doc, ctx):
        from mtaudit.detectors.russian_setting import near_russia

        text = doc.text
        if not _prefilter().search(text):
            return
        if not near_russia(doc, ctx):
            return
        features = lexicon.table(_FEATURES)
        for start, end, noun, name in settlement_appositions(text):
            noun_start = text.index(noun, start)
            noun_end = noun_start + len(noun)
            if noun in features:
                english = features[noun][0].format(name=name)
                fix = Fix.replace(start if text[start] in "Tt" else noun_start, end, english,
                                  Applicability.UNSAFE, f"say “{english}”")
                yield FEATURE_APPOSITION.finding(
                    doc, start, end,
                    f"“{text[start:end]}” sets the {noun}'s name after its type noun, as Russian does "
                    f"(озеро Шира, бухта Посьета); English: “{english}”", fix=fix)
                continue
            if noun in _NAME_FIRST:  # a town's quarter: English names it first ("the Solnechny microdistrict")
                english = f"{name} {noun}"
                fix = Fix.replace(noun_start, end, english, Applicability.UNSAFE, f"say “{english}”")
            else:
                english = f"{noun} of {name}"
                fix = Fix.replace(noun_end, noun_end, " of", Applicability.UNSAFE, "insert “of”")
            yield PLACE_APPOSITION.finding(
                doc, start, end,
                f"“{text[start:end]}” sets the name beside its type noun with no “of”, as Russian does "
                f"(деревня Ясное); English: “the {english}”", fix=fix)


DETECTOR = PlaceAppositionDetector()
