"""Is this lowercase word a name? A small model of the slot a word stands in.

MT output writes a surname that is also an English word in lower case ("trump",
"white", "bush") and never gives a cue from a fixed list. Whether the word is
the name or the common word depends on the slot it fills:

* **name slots** — the subject of a finite verb ("... that trump confirmed",
  "the trump realizes"), after "according to", a possessor ("trump's"), after a
  title or the person's first name, after a linking word ("between Putin and trump");
* **common-word slots** — after "to" or a modal (a verb: "to trump the offer"),
  after a determiner other than the article Russian lacks ("his trump", "no trump"),
  before a noun it modifies ("trump card", "white house").

`slot()` classifies one occurrence as "name", "common" or "unsure" and says why.
The casing detector combines it with the document's topic (the concept named
elsewhere, other people of the glossary present) and, where the slot is unsure,
with the language-model check (`mtaudit.models.lm`): the sentence as written against the
sentence with the name capitalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mtaudit.text import lexicon

_WORD_BEFORE = re.compile(r"([A-Za-z’'-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z’'-]+|[,.;:!?)\"”])")

# Words after which the common word is meant: a verb after "to"/modals, a noun after determiners.
COMMON_BEFORE = frozenset("a an this these those his her its their our my your no any every some each "
                          "will would can could should might must shall not never to".split())
# Words after it that show a noun or verb use ("trump card", "trump the offer", "white house").
COMMON_AFTER = frozenset("a an the this that these those his her its their our my your all any every "
                         "card cards suit suits house houses".split())
# Finite verbs and auxiliaries that make the word before them a subject.
_FINITE = frozenset("is was has had have will would can could did does said says told tells added adds "
                    "noted notes stated states wrote writes stressed announced declared believes believed "
                    "thinks thought wants wanted called calls signed signs promised promises confirmed "
                    "confirms realizes realised realized realises knows knew met meets spoke speaks "
                    "made makes took takes gave gives ordered orders insisted insists urged urges "
                    "accused accuses warned warns threatened threatens refused refuses denied denies "
                    "admitted admits explained explains asked asks answered answers replied replies "
                    "reiterated recalled tweeted also then again later once has not did".split())
# Linking words after which a bare name can stand ("between Putin and trump", "said trump").
LINKING_BEFORE = frozenset("and or but nor with by as when while after before from for said says told "
                           "added wrote where because if than between against on at about like unlike "
                           "whom then later now today yesterday meanwhile earlier also finally "
                           "afterwards however".split())


# Words that may follow a name after a linking word ("Putin and trump held", "with trump in Helsinki");
# anything else there is more likely a noun the word modifies ("black and white smoke").
_LINK_AFTER = frozenset("and or in on at from to during after before over about with without for by "
                        "who which whose held met discussed".split())


@dataclass(frozen=True)
class Slot:
    kind: str        # "name" | "common" | "unsure"
    why: str
    strong: bool = False  # a slot that only a name fills in news prose (subject of saying, "according to")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return _FINITE | lexicon.folded_words("reporting_verbs.txt")


def words_around(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(two words before, the word before, the token after) in lower case ('' when none)."""
    m1 = _WORD_BEFORE.search(text, max(0, start - 40), start)
    b1 = m1.group(1).lower() if m1 else ""
    b2 = ""
    if m1:
        m2 = _WORD_BEFORE.search(text, max(0, m1.start() - 40), m1.start())
        b2 = m2.group(1).lower() if m2 else ""
    m3 = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    a1 = m3.group(1).lower() if m3 else ""
    return b2, b1, a1


def is_finite_verb(word: str) -> bool:
    return word in _verbs()


def slot(text: str, start: int, end: int, preceded_by_cue: bool = False) -> Slot:
    """Classify the slot of the word at text[start:end] (see the module docstring)."""
    b2, b1, a1 = words_around(text, start, end)
    possessive = text.startswith(("'s", "’s"), end)
    if preceded_by_cue:
        return Slot("name", "after a title or the person's first name", True)
    if b1 == "to" and b2 == "according":
        return Slot("name", "after “according to”", True)
    if a1 in COMMON_AFTER and not possessive:
        return Slot("common", f"before “{a1}”")
    if b1 in COMMON_BEFORE:
        return Slot("common", f"after “{b1}”")
    if possessive:
        return Slot("name", "a possessor (“’s”)", b1 != "the")
    verb = is_finite_verb(a1)
    if b1 == "the":
        # Russian has no articles: "the trump realizes" is the name with a stray article,
        # but "the bush was burning" is the plant; the topic or the language model decides.
        return Slot("unsure" if not verb else "name", "after “the”, before a verb" if verb else "after “the”")
    if verb:
        reporting = a1 in lexicon.folded_words("reporting_verbs.txt")
        return Slot("name", f"subject of “{a1}”", reporting or b1 in ("that", "said", "and", ",", ""))
    if b1 in lexicon.folded_words("reporting_verbs.txt"):
        return Slot("name", f"after “{b1}”", True)  # "..., said trump in an interview"
    if b1 == "that" or b1 in LINKING_BEFORE:
        if a1 and a1[0].isalpha() and a1 not in _LINK_AFTER:
            return Slot("unsure", f"after “{b1}”, before “{a1}”")  # "black and white smoke"
        return Slot("name", f"after “{b1}”", b1 in ("said", "told", "between"))
    if not b1:
        return Slot("name", "after punctuation or at a line start")
    return Slot("unsure", "no telling context")
