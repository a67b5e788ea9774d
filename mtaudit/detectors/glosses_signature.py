"""An outlet's signature after a sentence: “…, the regional police said — RIA Novosti.” (MT324).

A Russian news page that takes a fact from an agency signs it where the fact ends: a dash and the
agency's name before the full stop (“…, сообщила полиция региона, — РИА Новости.”). MT keeps the
signature; an English report attributes in words (“the police told RIA Novosti”) or not at all, and
never closes its own sentence with a dash and an outlet.

The signature is read by its shape, with outlets as data: a dash after a word (not after a full
stop), then an outlet's name, then the end of the sentence (“.”, “;” or the end of the paragraph).
The name is one the glossary or data/outlets.txt knows (optionally with a region after it: “RBC
Siberia”), any capitalised name that is no person's right after a verb of saying that closes the
attribution (“…, the police said — Tatar-inform.”), a name of a regional outlet's shape (“— Sura-Inform.”,
“— Penzenskaya Pravda.”: text/outlet_shape.py), a web address (“72.ru”, “nn-vesti.ru”), or an outlet noun with its name (“the newspaper
Amurskaya Pravda”, “the Ural Dispatch portal”: data/outlet_nouns.txt).

Quiet: a Russian dateline (“KAZAN, 14 June — RIA Novosti.”: the text before the dash is a place
and a date, the house style of every agency wire); an English credit after a full stop (“… on
Tuesday. — The Associated Press”); the outlet as an appositive (“the main agency — Interfax — said”,
“Russia's biggest news agency — RIA Novosti.”: the word before the dash names an outlet's kind)
or as a subject (“— Reuters reported”); fewer than three words before the dash in its sentence.
The fix deletes the signature with its space: safe, it only credits the page's source.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon, outlet_shape
from mtaudit.text.english_words import is_common_word

OUTLET_SIGNATURE = rule(
    "MT324", "outlet-signature", "editorial-gloss",
    summary="An outlet's name signed after a sentence with a dash (“…, the police said — RIA Novosti.”)",
    why="A Russian page signs a fact it took from an agency with a dash and the agency's name before "
        "the full stop (“…, сообщила полиция, — РИА Новости.”); MT keeps the signature. English "
        "attributes in words (“the police told RIA Novosti”) and never signs its own sentence.",
    confidence="certain",
    bad=["Divers searched the bay until dark, the regional emergency ministry said — TASS.",
         "The bridge will reopen to lorries in October — Interfax. Cars may already use it.",
         "Two more ferries will join the line next summer, the port authority said — 72.ru.",
         "The school will get a new gym by 2027 — the newspaper Vechernyaya Tyumen.",
         "Prices of buckwheat rose by a tenth in a month — RBC Siberia.",
         "The pass was closed to lorries until noon, the traffic police said — Altapress-Inform.",
         "The ice crossing to the island closed on Monday — Onega-Inform.",
         "The ice crossing to the island will close on Monday — Vologodskiye Vesti."],
    good=["KAZAN, 14 June — RIA Novosti. The water park opened after repairs.",
          "The fair drew 40,000 visitors on Sunday. — The Associated Press",
          "The figures were first reported by Russia's biggest news agency — RIA Novosti.",
          "The main agency — Interfax — said the talks had stalled.",
          "The talks stalled on Friday — Reuters reported, citing two sources.",
          "Mergers are a matter of life and death — Profile.",
          "The count was wrong, the chairman said — Anna Petrova.",
          "The vote will be held, the council said — Monday at the latest.",
          "The blog moved to a new platform last year — WordPress.",
          "The ice crossing to the island closed on Monday — Daily Express."],
    applicability="safe",
)

_DASH = r"(?:[ \t]*[—–][ \t]*|[ \t]+-{1,2}[ \t]+)"
# the name's end: a full stop, a semicolon, or the end of the line (a paragraph signed bare)
_END = r"(?=[ \t]*(?:[.;](?!\w)|$))"
_WEB = r"[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:ru|su|com|net|org|info|media|tv|online|news|io|рф)"
_CAP = r"[A-Z][\w.&!-]*"
_QUOTED = r"(?:\"[^\"\n]{1,40}\"|“[^”\n]{1,40}”|«[^»\n]{1,40}»)"
_MONTH = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# a wire's dateline: a place, a comma, a date ("KAZAN, 14 June", "MOSCOW, June 9, 2025")
_DATELINE = re.compile(rf"^[ \t]*[A-Z][\w .'’()/-]*,[ \t]*(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}[ \t]+\d{{1,2}})"
                       rf"(?:,?[ \t]*\d{{4}})?[ \t]*$")


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in longest_first(forms))


def usable(name: str) -> bool:
    """An outlet name the signature may end with: one that is not an English word alone (“Profile”,
    “Expert”, “Echo” sign nothing when written after a dash: they may be the sentence's last word)."""
    return " " in name or not is_common_word(name.lower()) or name.isupper()


@lru_cache(maxsize=8)
def _pattern(extra: frozenset[str]) -> re.Pattern:
    names = _alternation(n for n in lexicon.words("outlets.txt") | extra if usable(n))
    nouns = _alternation(lexicon.words("outlet_nouns.txt"))
    outlet = (rf"(?:(?:{names})(?:[ ][A-Z][a-z]+)?(?![\w-]|\.\w)"           # TASS, RBC Siberia
              rf"|{_WEB}(?![\w-])"                                     # 72.ru
              rf"|(?:the[ ])?(?:{nouns})[ ](?:{_QUOTED}|{_CAP}(?:[ ]{_CAP}){{0,2}}|{_WEB})"  # the newspaper X
              rf"|(?:the[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}}[ ](?:{nouns}))")   # the Ural Dispatch portal
    return re.compile(rf"(?m)(?<=[\w”\"’»)%])(?P<sig>{_DASH}(?P<name>{outlet})){_END}")


# any name after a clause that ends on its own verb of saying: "…, the police said — Tatar-inform."
# The attribution is complete, so a capitalised name the dash adds can only be the page's credit
# (a person would be the speaker: _not_a_person); the outlet need not be known.
_NAME_WORD = r"[A-Z][\w&-]*"
_SAID = r"(?:said|says|reported|reports|told|noted|added|stated|announced|explained|stressed|informed)"
_AFTER_SAID = re.compile(rf"(?m)(?<=[a-z])[ \t]{_SAID}(?P<sig>{_DASH}(?P<name>{_NAME_WORD}(?:[ ](?:{_NAME_WORD}|na|pri|v))"
                         rf"{{0,2}}))(?![\w-]){_END}")


@lru_cache(maxsize=1)
def _shaped() -> re.Pattern:
    """An outlet no list knows, by its name's shape ("— Sura-Inform.", "— Penzenskaya Pravda.":
    text/outlet_shape.py)."""
    return re.compile(rf"(?m)(?<=[\w”\"’»)%])(?P<sig>{_DASH}(?P<name>{outlet_shape.pattern()})){_END}")


_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december today yesterday""".split())


def _not_a_person(name: str) -> bool:
    """The name after "said —" is no person's (a first name or a Russian surname's ending would make
    it the speaker added after a dash) and no day or month."""
    from mtaudit.detectors._people import name_gender

    return not name_gender(name) and name.split()[0].lower() not in _CALENDAR


def glossary_outlets(ctx) -> frozenset[str]:
    """The outlets the glossary knows (none without one): with data/outlets.txt, the names read."""
    try:
        return ctx.glossary.names_by_type.get("outlet", frozenset())
    except Exception:  # noqa: BLE001 - optional: the data file alone is enough
        return frozenset()


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’»)]?\s+|\n)")
_WORD = re.compile(r"[A-Za-z][\w’'-]*|\d[\d.,:]*")


def _sentence_before(text: str, at: int) -> str:
    """The text of the sentence that runs up to `at` (from the last sentence end or line start)."""
    line_start = text.rfind("\n", 0, at) + 1
    chunk = text[line_start:at]
    last = 0
    for m in _SENTENCE_START.finditer(chunk):
        if m.end() < len(chunk):
            last = m.end()
    return chunk[last:]


def _complete_clause(before: str) -> bool:
    """Text a signature may close: three words or more, not a dateline (a place and a date, “KAZAN,
    14 June”), not ending on a noun naming an outlet's kind (“the news agency — Interfax.”: an
    appositive), nor on a preposition or an article (“reported by — TASS.”)."""
    words = _WORD.findall(before)
    if len(words) < 3:
        return False
    if _DATELINE.search(before):
        return False
    last = words[-1].lower()
    if last in lexicon.folded_words("outlet_kinds.txt") or last in {"by", "from", "of", "the", "a", "an", "to"}:
        return False
    return True


class OutletSignatureDetector:
    name = "outlet-signature"
    rules = (OUTLET_SIGNATURE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        if "—" not in text and "–" not in text and " -" not in text:
            return
        known = list(_pattern(glossary_outlets(ctx)).finditer(text))
        taken = {m.start("sig") for m in known}
        said = [m for m in _AFTER_SAID.finditer(text) if m.start("sig") not in taken and _not_a_person(m.group("name"))]
        taken |= {m.start("sig") for m in said}
        shaped = [m for m in _shaped().finditer(text) if m.start("sig") not in taken and outlet_shape.is_outlet(m.group("name"))]
        for m in sorted(known + said + shaped, key=lambda m: m.start("sig")):
            start, end = m.start("sig"), m.end("sig")
            if not _complete_clause(_sentence_before(text, start)):
                continue
            # the span: the signature with the space before its dash (the gold convention of a gloss)
            yield OUTLET_SIGNATURE.finding(
                doc, start, end,
                f"“{m.group('name')}” signed after the sentence with a dash: the Russian page's credit "
                "for its source; English attributes in words or leaves it out",
                fix=Fix.replace(start, end, "", Applicability.SAFE, "remove the outlet's signature"))


DETECTOR = OutletSignatureDetector()
