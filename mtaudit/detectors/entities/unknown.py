"""A common English word where a person's name stands, for a person the glossary does not know.

MT renders a Russian surname whose stem is a word by that word: Песков -> "Sands",
Лебедев -> "Swans", Орешкин -> "Nuts", Чайка -> "Seagull". The glossary knows some of these
people (MT101); this detector catches the rest by the slot alone: a capitalised ordinary English
word mid-sentence (or a plural of one) that stands

* right after a Russian first name ("Maxim Nuts", "Yuri Seagull") — only a surname goes there;
* right after a person title or role noun in lower case ("the Kremlin spokesman Sands"); after a
  capitalised title ("Vice-speaker Gull") only by the language model ("Premier League");
* as the speaker of a reporting verb ("..., continued Gull, adding", "according to Gull",
  "Gull said") — English companies and bodies stand there too ("Apple said"), so this slot is
  judged by the language model only: the sentence as written against the same sentence with a
  neutral Russian surname ("Ivanov"); a common noun in a name slot reads worse than the surname.

Once a strong slot has made a word a person's surname ("Oleg Hammers"), every other capitalised
mention of it in the document is that person too; at a sentence start only before a finite verb
("Hammers said ...", not "Hammers and nails were sold").

The glossary cannot say who is meant, so the fix is display-only: the finding says that the word
is probably a surname translated by meaning and asks for the original. Quiet on purpose: sentence
starts and headlines (a capital there says nothing), quotations, ALL-CAPS words, glossary forms,
first names, titles and institution words, a word that the document also puts after an English
first name ("Elizabeth Warren ... Warren said": a real surname), and a capitalised word followed by
another one ("Swan Lake"). Frequent English surnames that are words (Baker, Warren, Wood; mtaudit/
data/surnames_common_words.txt) are never flagged by the slot alone: only the language model can.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Confidence, Fix
from mtaudit.detectors.entities.context import cue_titles, entity_context
from mtaudit.detectors.entities.names_meaning import echoed_surname, surname_after_russian_first_name
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word_or_plural, lemmas_by_pos
from mtaudit.text.quotes import quote_interiors
from mtaudit.text.position import capitalised_by_position

BY_MEANING = rule(
    "MT108", "surname-by-meaning", "entity-mistranslation",
    summary="A common English word where a person's surname stands (a surname translated by meaning)",
    why="MT translates a Russian surname whose stem is a word (Песков -> 'Sands', Орешкин -> "
        "'Nuts'); a capitalised common noun after a Russian first name or a title, or as the "
        "speaker of a reporting verb, is that surname. Check the original and transliterate it.",
    confidence="possible",
    bad=["The talks were led by deputy minister Oleg Kettles, who arrived on Monday.",
         "The plan was announced by the regional governor Pillows at a briefing in Tver.",
         "Journalists were told about it by Svetlana Buckets, the head of the press service."],
    good=["The talks were led by deputy minister Oleg Kuznetsov, who arrived on Monday.",
          "The talks were led by deputy minister Oleg Hammers, who arrived on Monday."  # MT109's (Molotov),
          "The plan was announced by Senator Elizabeth Warren; later Senator Warren said more.",
          "Hammers and pillows were sold out at the market, the shop owner said.",
          "The Dutch coach Erik ten Hag said his side deserved the win.",
          "THE GOVERNOR PILLOWS THE PLAN",
          "The governor said: “Pillows are not a priority.”",
          "The service was cut back, said the regional head Denis Kalashnikov.",
          "Expenses will rise in the second half, outweighing price increases, Gap said.",
          "He made his Test debut in 2019 and will be the team's official Test captain."],
    applicability="display-only",
)

LM_MARGIN = 1.0
"""Nats by which the sentence with "Ivanov" must beat the sentence as written (bench/lm_names.py)."""
NEUTRAL_SURNAME = "Ivanov"

_CANDIDATE = re.compile(r"(?<![\w’'.-])([A-Z][a-z]{2,})(?![\w’'-])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z’'-]*\.?)[ \t]+$")
_NEXT = re.compile(r"[ \t]*([A-Za-z][\w’'-]*|[^\s\w])")
# A capitalised word and the capitalised word after it, past an initial ("John A. Hammers").
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+)(?=[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][a-z]+)\b)")


@lru_cache(maxsize=1)
def _bare_noun(word: str) -> bool:
    """A noun in its base form ("match", "debut", "captain"): not a verb a surname could be the
    subject of ("visits", "said", "arrived" are inflected; a base form after a name is not a verb)."""
    lemmas = lemmas_by_pos(word)
    return bool(lemmas) and word in lemmas.get("NOUN", ()) and not word.endswith("s")


def _russian_first_names() -> frozenset[str]:
    return frozenset(lexicon.table("first_names_ru_latin.txt"))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Lower-case one-word titles and person nouns that stand right before a surname."""
    words = {t for t in cue_titles() if " " not in t}
    words |= {t for t in lexicon.person_heads() if " " not in t}
    words |= {w for w in lexicon.folded_words("person_nouns.txt") if " " not in w}
    words |= {"vice-speaker", "vice-premier", "vice-mayor", "ombudsman", "oppositionist",
              "assistant", "aide", "adviser", "advisor", "governor", "head"}
    return frozenset(w.rstrip(".") for w in words)


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that are something else in these slots: institutions, bodies, titles, person nouns."""
    out = set(_title_words())
    for file in ("institution_words.txt", "organisation_nouns.txt"):
        out |= {w for w in lexicon.folded_words(file) if " " not in w}
    out |= set("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    god lord state states union republic federation kingdom government parliament congress senate
    court police army navy ministry committee council party office department agency service
    church city region district village street square news press media""".split())
    return frozenset(out)


@lru_cache(maxsize=1)
def _frequent_surnames() -> frozenset[str]:
    return frozenset(lexicon.words("surnames_common_words.txt"))


common_noun = is_common_word_or_plural  # "Sands", "Swans", "Wolves", "Berries"
# English words with a Russian surname's ending are that surname already transliterated, taken into
# English as an eponym (Kalashnikov, Molotov, Stroganov): a name there was not translated by meaning
_TRANSLITERATED_SURNAME = re.compile(r"[a-z](?:ov|ova|ev|eva|yov|ovich|evich|ovna|evna|skiy|skaya|enko)$")


# What a Russian surname translated by meaning needs around it: a Russian-speaking world the text
# is about — a Russian first name that is not also English, a Russian surname ending, or the
# countries and capitals themselves. The weak slots (a capitalised title, a reporting verb) hold
# English names and companies too, and only there do they count.
_RUSSIAN_WORLD = re.compile(
    r"\b(?:Russia|Russian|Russians|Moscow|Kremlin|Ukraine|Ukrainian|Kyiv|Kiev|Belarus|Belarusian|Minsk|"
    r"Kazakhstan|Soviet|rubles?|roubles?|oblast|krai|[A-Z][a-z]+(?:ov|ova|ev|eva|yev|yeva|ovich|evich|ovna|"
    r"evna|sky|skiy|skaya|tsky|enko|shvili)|[A-Z][a-z]{2,}sk)\b")


def _russian_world(text: str) -> bool:
    if _RUSSIAN_WORLD.search(text):
        return True
    english = set(lexicon.table("first_names_en.txt"))
    return any(w in _russian_first_names() and w not in english
               for w in set(re.findall(r"\b[A-Z][a-z]+\b", text)))


class UnknownSurnameDetector:
    name = "surname-by-meaning"
    rules = (BY_MEANING,)
    needs = frozenset()

    def detect(self, doc, ctx):
        ec = entity_context(doc, ctx)
        if ec is None:
            return
        text = doc.text
        candidates = []  # (start, end, word, slot, strong)
        others = []      # capitalised occurrences in no slot of their own (sentence starts too)
        for m in _CANDIDATE.finditer(text):
            word = m.group(1)
            start, end = m.span(1)
            if not self._plausible(word) or self._quiet(doc, ec, start, end, sentence_start_ok=True):
                continue
            slot = self._slot(doc, start, end)
            if slot is None or capitalised_by_position(text, start):
                others.append((start, end, word))
                continue
            candidates.append((start, end, word) + slot)
        if not candidates:
            return
        real = self._real_surnames(text, {c[2] for c in candidates})
        real |= {w for w in {c[2] for c in candidates} if echoed_surname(text, w)}  # MT109's, with the fix
        # after a Russian first name MT109 flags the surname with its fix; the slot still names the
        # person here, so the word's other mentions ("Goats said") are still this rule's
        deferred = {c[0] for c in candidates if surname_after_russian_first_name(text, c[0], c[1])}
        strong, weak = [], []
        for c in candidates:
            if c[2] in real:
                continue
            (strong if c[4] and c[2] not in _frequent_surnames() else weak).append(c)
        # A surname slot made it a person's name: every other capitalised mention of that word is
        # the same person ("Oleg Hammers ... Hammers said", "According to Hammers").
        named = {c[2]: c for c in strong}
        if named:
            again = [c for c in weak if c[2] in named]
            weak = [c for c in weak if c[2] not in named]
            for s, e, w in others:
                if w in named and not self._continues(text, e) and (
                        not capitalised_by_position(text, s) or self._verb_follows(text, e)):
                    again.append((s, e, w, "", True))
            for s, e, w, _, _ in again:
                first = named[w]
                line = doc.file_line(first[0])
                strong.append((s, e, w, f"the document names a person “{w}” {first[3]} (line {line})",
                               True))
            strong.sort()
        for c in strong:
            if c[0] not in deferred:
                yield self._finding(doc, c, "")
        lm = ctx.language_model if weak and _russian_world(text) else None
        if lm is None:
            return  # (a weak slot in a text that names no Russian-speaking world: "Gap said" in a
            # report on US retailers, "Colonel Bickers" at a cricket match, is that word's own name)
        from mtaudit.detectors.entities.casing import lm_window
        from mtaudit.models.lm import prefers

        windows = [lm_window(doc, s, e, NEUTRAL_SURNAME) for s, e, *_ in weak]
        verdicts = prefers(lm, [w for w, _ in windows], [r for _, r in windows], LM_MARGIN)
        for c, yes in zip(weak, verdicts):
            if yes:
                yield self._finding(doc, c, f"the language model ({lm.name}) reads a surname there, "
                                            f"not the word “{c[2]}”")

    @staticmethod
    def _plausible(word: str) -> bool:
        low = word.lower()
        return (common_noun(word) and not _TRANSLITERATED_SURNAME.search(word) and low not in _not_surnames()
                and word not in lexicon.first_names() and word not in lexicon.titles())

    @staticmethod
    def _slot(doc, start: int, end: int) -> tuple[str, bool] | None:
        """(why, strong) when [start, end) stands where a surname stands; None otherwise."""
        text = doc.text
        nxt = _NEXT.match(text, end, min(len(text), end + 40))
        after = nxt.group(1) if nxt else ""
        if after[:1].isupper() or after.lower() == "of":
            return None  # "Swan Lake", "Head of ...": part of a longer name or a noun phrase
        if after[:1].islower() and _bare_noun(after):
            return None  # "the official Test match", "his Test debut": a capitalised word before an
            # uninflected noun modifies it (a house-style term); a surname is followed by its verb
        wb = _WORD_BEFORE.search(text, max(0, start - 40), start)
        before = wb.group(1) if wb else ""
        if before in lexicon.words("name_particles.txt"):
            return None  # "ten Hag", "van Gaal": a foreign surname with its particle
        if before in _russian_first_names():
            return f"right after the Russian first name “{before}”", True
        if before.lower().rstrip(".") in _title_words() and not before[:1].isupper():
            return f"right after “{before}”", True
        if before[:1].isupper() and before.lower() in _title_words() and not capitalised_by_position(
                text, wb.start()):
            return f"right after the title “{before}”", False  # "Premier League": the model decides
        reporting = lexicon.folded_words("reporting_verbs.txt")
        if after.lower() in reporting:
            return f"the speaker of “{after}”", False
        if before.lower() in reporting or before.lower() in ("continued", "concluded", "recalled"):
            return f"after “{before}”", False
        if before.lower() == "to":
            wb2 = _WORD_BEFORE.search(text, max(0, wb.start() - 40), wb.start())
            if wb2 and wb2.group(1).lower() == "according":
                return "after “according to”", False
        return None

    @staticmethod
    def _verb_follows(text: str, end: int) -> bool:
        """A finite verb right after: "Hammers said", "Hammers has" (a sentence-start subject)."""
        from mtaudit.detectors.entities.slots import is_finite_verb

        nxt = _NEXT.match(text, end, min(len(text), end + 40))
        return bool(nxt) and is_finite_verb(nxt.group(1).lower())

    @staticmethod
    def _continues(text: str, end: int) -> bool:
        nxt = _NEXT.match(text, end, min(len(text), end + 40))
        after = nxt.group(1) if nxt else ""
        return after[:1].isupper() or after.lower() == "of"

    @staticmethod
    def _quiet(doc, ec, start: int, end: int, sentence_start_ok: bool = False) -> bool:
        text = doc.text
        if not sentence_start_ok and capitalised_by_position(text, start):
            return True
        if ec.spans.overlaps(start, end):
            return True  # the glossary knows it: MT101/MT102/MT107 judge it
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
        if line and line[-1] not in ".!?\"”»’')…:;":
            return True  # a headline or caption: no full stop
        return quote_interiors(doc).contains(start, end)

    @staticmethod
    def _real_surnames(text: str, words: set[str]) -> set[str]:
        """Words the document also writes after a non-Russian first name: a real English surname.

        One pass over the text for all the words: every capitalised word with the word after it
        (past an initial); the pair's second word only looked up. The pass consumes the first
        word alone (the second is in a lookahead), so "Anna Maria Hammers" still pairs "Maria"
        with "Hammers"."""
        out = set()
        names = lexicon.first_names()
        russian = _russian_first_names()
        for m in _NAME_PAIR.finditer(text):
            word = m.group(2)
            if word in words and word not in out and m.group(1) in names and m.group(1) not in russian:
                out.add(word)
        return out

    @staticmethod
    def _finding(doc, c, lm_note: str):
        start, end, word, why, strong = c
        evidence = [f"a surname slot: {why}"] + ([lm_note] if lm_note else [])
        message = (f"“{word}” is an ordinary English word where a person's surname stands ({why}): "
                   f"probably a Russian surname translated by meaning; check the original and "
                   f"transliterate it")
        if lm_note:
            message += f"; {lm_note}"
        return BY_MEANING.finding(
            doc, start, end, message,
            fix=Fix.replace(start, end, word, Applicability.DISPLAY_ONLY,
                            "check the original name and transliterate it"),
            confidence=Confidence.LIKELY if strong and not lm_note else Confidence.POSSIBLE,
            evidence=evidence)


DETECTOR = UnknownSurnameDetector()
