"""A Russian name left in the form of a Russian document (MT158, MT159, MT160): the patronymic kept
in running text ("Igor Nikolaevich Belousov"), the initials after the surname ("Governor
Vodolatsky V.P."), the surname before the first name ("the director Mitkovskaya Natalia").

Russian official text names a person by surname, first name and patronymic, and lists people
surname first or surname + initials (Иванов Иван Иванович, Иванов И. И.). MT keeps the form it
found; English news writes first name + surname and drops the patronymic. The words are read by
their shape, not from a list of people: a patronymic by its suffix (-ovich, -evich, -ovna, -evna,
-ichna and the few -ich forms of Ilya, Luka, Foma, Kuzma, Nikita, Savva), a Russian first name
from data/first_names_ru_latin.txt, a surname as a capitalised word the English word list lacks
(Washington, Thursday and every English word stay out; after a patronymic any
capitalised word but a common word, a first name or a day: "Yuri Alekseevich Gagarin"), a surname's Russian ending for MT160.
A person English itself names with the patronymic stays quiet under MT158: WordNet holds such
names for historical figures ("Aleksandr Sergeyevich Pushkin", "Pyotr Ilych Tchaikovsky" in
data/english_name_phrases.txt), and the surname of such a three-word name is read as theirs.
Initials after a surname are read only in a story set in Russia; a capitalised word after the
initials is the next name ("M.K. Stalin"), so that order stays quiet.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_dictionary_word, is_proper_entry

PATRONYMIC = rule(
    "MT158", "patronymic-in-full", "entity-mistranslation",
    summary="“Igor Nikolaevich Belousov”: a Russian's patronymic kept in running text",
    why="Russian official text names a person with the patronymic (Игорь Николаевич Белоусов); "
        "MT keeps it. English news writes the first name and the surname: “Igor Belousov”.",
    confidence="likely",
    bad=["The head of the clinic Igor Nikolaevich Belousov said the vaccine had arrived.",
         "Olga Petrovna Zueva, the teacher, led the team to the final in Kazan.",
         "The award went to Shevelev Yuri Petrovich, the depot's oldest driver."],
    good=["The head of the clinic Igor Belousov said the vaccine had arrived.",
          "Coach Gregg Popovich praised the Spurs on Thursday.",
          "Ivan Petrovich on Thursday was named the coach of the year.",
          "The prize went to Ana Petrovich, a student from Belgrade.",
          "A portrait of Alexander Sergeyevich Pushkin hangs in the school in Tver."],
    applicability="unsafe",
)

INITIALS_AFTER = rule(
    "MT159", "surname-initials-after", "entity-mistranslation",
    summary="“Governor Vodolatsky V.P.”: initials written after the surname, as a Russian list does",
    why="Russian documents and signature lists write the surname, then the initials (Водолацкий В. П.); "
        "MT keeps the order. English writes the initials first (“V.P. Vodolatsky”) or, better, "
        "the first name: “Viktor Vodolatsky”.",
    confidence="likely",
    bad=["Kurgan, 3 May. The head of the department Frantsishko B.V. was told to report.",
         "The Cossack general Vodolatsky V.P. congratulated the veterans in Rostov."],
    good=["Kurgan, 3 May. The head of the department B.V. Frantsishko was told to report.",
          "Chief Minister M.K. Stalin opened the road in Chennai.",
          "The U.S. says it will respond, the State Department said.",
          "The museum in Washington D.C. opens on Monday."],
    applicability="unsafe",
)

SURNAME_FIRST = rule(
    "MT160", "surname-before-first-name", "entity-mistranslation",
    summary="“the director Mitkovskaya Natalia”: a Russian surname before the first name",
    why="Russian lists and official text put the surname first (Митьковская Наталья); MT keeps the "
        "order. English writes the first name first: “Natalia Mitkovskaya”.",
    confidence="likely",
    bad=["The director of the centre Mitkovskaya Natalia told the channel about the results.",
         "The play was staged by Yevseenko Vladimir in Omsk."],
    good=["The director of the centre Natalia Mitkovskaya told the channel about the results.",
          "The prize for Darya went to her school in Omsk.",
          "In Saratov Alexander Ivanov opened the bridge."],
    applicability="unsafe",
)

# the -ich patronymics of names in -a/-ya (Ilya, Luka, Foma, Kuzma, Nikita, Savva)
_ICH = ("Ilyich", "Ilich", "Lukich", "Fomich", "Kuzmich", "Nikitich", "Savvich")
_PATRONYMIC_END = regex.compile(r"\p{Lu}\p{Ll}{2,}(?:ovich|evich|ovna|evna|ichna)$", regex.V1)
_WORD = regex.compile(r"(?<![\p{L}’'.-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}’'-])", regex.V1)
_INITIALS = regex.compile(
    r"(?<![\p{L}’'.-])(?P<sur>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)[ \t]+"
    r"(?P<ini>\p{Lu}\.[ \t]?\p{Lu}(?:\.|(?![.\p{L}])))(?![ \t]*\p{Lu}\p{Ll})", regex.V1)
# letter pairs that are abbreviations, not a person's initials
_NOT_INITIALS = frozenset({"US", "UK", "UN", "EU", "DC", "AM", "PM", "LA", "NY", "NJ", "BC", "AD"})
# Russian surname endings (MT160 reads only these: "Darya", "Storm" and the like stay quiet)
_RU_SURNAME = regex.compile(
    r"\p{Lu}\p{Ll}+(?:ova|eva|yova|ina|yna|ov|ev|yov|in|yn|sky|skiy|skii|skaya|tskaya|enko|uk|chuk|"
    r"ykh|ikh)$", regex.V1)
_PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:in|near|from|to|at|outside|around|across|via)[ \t]+$")


def is_patronymic(word: str) -> bool:
    """A capitalised word shaped like a Russian patronymic, no English word or name."""
    if word in _ICH:
        return True
    return bool(_PATRONYMIC_END.match(word)) and not is_dictionary_word(word)


def _surname_like(word: str) -> bool:
    """A capitalised word the English word list lacks in any casing and no first name."""
    return not is_dictionary_word(word) and not is_proper_entry(word) and not is_common_word(word.lower())


_CALENDAR = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                       "January", "February", "March", "April", "May", "June", "July", "August",
                       "September", "October", "November", "December"})


def _name_after(word: str) -> bool:
    """A surname after a patronymic: any capitalised word but a common word, a first name or a day."""
    return word not in _CALENDAR and not is_common_word(word.lower()) and not _first(word)


@lru_cache(maxsize=1)
def _historical_surnames() -> frozenset[str]:
    """The surname of every English (WordNet) name written with a patronymic in its middle."""
    names = (name.split(" ") for name in lexicon.words("english_name_phrases.txt"))
    return frozenset(parts[2] for parts in names if len(parts) == 3 and is_patronymic(parts[1]))


def _russian_first(word: str) -> bool:
    return word in lexicon.table("first_names_ru_latin.txt")


def _first(word: str) -> bool:
    return word in lexicon.table("first_names_ru_latin.txt") or word in lexicon.first_names()


def patronymic_names(text: str):
    """(start, end, first, patronymic, surname) of each full Russian name with its patronymic."""
    words = [(m.start(1), m.end(1), m.group(1)) for m in _WORD.finditer(text)]
    i = 0
    while i + 2 < len(words):
        (s1, e1, w1), (s2, e2, w2), (s3, e3, w3) = words[i:i + 3]
        joined = text[e1:s2].strip(" \t") == "" and text[e2:s3].strip(" \t") == ""
        if joined and is_patronymic(w2) and (_first(w1) or _surname_like(w1)) and _name_after(w3) \
                and w3 not in _historical_surnames():
            yield s1, e3, w1, w2, w3  # Igor Nikolaevich Belousov
            i += 3
            continue
        if joined and is_patronymic(w3) and _russian_first(w2) and _surname_like(w1) \
                and w1 not in _historical_surnames():
            yield s1, e3, w2, w3, w1  # Shevelev Yuri Petrovich
            i += 3
            continue
        i += 1


def initials_after(text: str):
    """(start, end, surname, initials) of a surname followed by its initials."""
    for m in _INITIALS.finditer(text):
        sur, ini = m.group("sur"), m.group("ini")
        letters = "".join(ch for ch in ini if ch.isalpha())
        if letters in _NOT_INITIALS or not _surname_like(sur) or _first(sur):
            continue
        yield m.start("sur"), m.end("ini"), sur, ini


def surname_first(text: str):
    """(start, end, surname, first name) of a Russian surname written before the first name."""
    words = [(m.start(1), m.end(1), m.group(1)) for m in _WORD.finditer(text)]
    for k in range(len(words) - 1):
        (s1, e1, w1), (s2, e2, w2) = words[k], words[k + 1]
        if text[e1:s2] not in (" ", "\t") or not _russian_first(w2) or not _RU_SURNAME.match(w1):
            continue
        if not _surname_like(w1) or _first(w1) or _PREPOSITION_BEFORE.search(text, max(0, s1 - 12), s1):
            continue
        if k > 0 and text[words[k - 1][1]:s1] in (" ", "\t") and _first(words[k - 1][2]):
            continue  # "Anna Ivanova Olga ...": a list of names, not one turned round
        if k + 2 < len(words) and text[e2:words[k + 2][0]] in (" ", "\t"):
            continue  # a third name part: a patronymic (MT158) or the next name
        yield s1, e2, w1, w2


class NameFormDetector:
    name = "russian-name-form"
    rules = (PATRONYMIC, INITIALS_AFTER, SURNAME_FIRST)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        for start, end, first, patronymic, surname in patronymic_names(text):
            yield PATRONYMIC.finding(
                doc, start, end,
                f"“{text[start:end]}”: the patronymic “{patronymic}” is kept; English news writes "
                f"“{first} {surname}”",
                fix=Fix.replace(start, end, f"{first} {surname}", Applicability.UNSAFE,
                                f"write “{first} {surname}”"))
        russian = None
        for start, end, surname, initials in initials_after(text):
            if russian is None:
                from mtaudit.detectors.russian_setting import about_russia
                russian = about_russia(doc, ctx)
            if not russian:
                break
            compact = initials.replace(" ", "").replace("\t", "")
            compact = compact if compact.endswith(".") else compact + "."
            yield INITIALS_AFTER.finding(
                doc, start, end,
                f"“{text[start:end]}”: initials after the surname, as a Russian list writes them; "
                f"English writes “{compact} {surname}” or the first name",
                fix=Fix.replace(start, end, f"{compact} {surname}", Applicability.UNSAFE,
                                f"write “{compact} {surname}”"))
        for start, end, surname, first in surname_first(text):
            yield SURNAME_FIRST.finding(
                doc, start, end,
                f"“{text[start:end]}”: the surname before the first name, as a Russian list writes it; "
                f"English writes “{first} {surname}”",
                fix=Fix.replace(start, end, f"{first} {surname}", Applicability.UNSAFE,
                                f"write “{first} {surname}”"))


DETECTOR = NameFormDetector()
