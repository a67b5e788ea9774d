"""A speaker after a verb English does not invert, right after a quote (MT2031).

Russian closes direct speech with its verb and then the speaker, whatever the verb: «…», —
поделилась актриса; отметил фермер; подчеркнул глава района; признался пенсионер; считает
аналитик. MT keeps the order: "“…,” shared the actress", "“…,” noted the farmer". English
inverts after a quote with a small class of verbs only, "said" above all ("“…,” said the
farmer", "“…,” added Smith", "“…,” asked the judge": quotative_verbs_english.txt, measured on
human news); with any other verb the speaker goes first ("the actress said", "the farmer noted").

The mechanism is one construction read through word classes, not a list of phrases:
* the verb is any finite form of a WordNet verb of communication or cognition
  (quotative_verbs.tsv, built by scripts/build_quotative_verbs.py) outside the English class;
* it follows the comma (or !, ?) that closes a quote which opens its sentence, so a quoted
  phrase inside a clause ("She called it “a fine result,” thanked the staff") is no speech;
* the speaker closes the sentence (or the quote resumes after it): a determiner and a noun of a
  person or a speaking body (WordNet's doers in calque_order_words.tsv, the titles, speaking
  bodies and agent nouns of the attribution rules), with its of-chain and a name run in
  ("the daughter of the jubilee celebrant Nina Kuzmina"), or a Russian name ("Ivan Petrov",
  "Petrova").
The speaker may take a relative clause ("“…,” noted Sorokin, who has run the bakery since 2019").
Spared: the English class ("“…,” said the head of the trust"), a verb of declaring after a quote
closed the English way, with no Russian dash ("“…,” declared the judge", "“…,” announced the
prosecutor's office": quotative_verbs_declaring.txt; "«…», — stated the head" is still read), a title set off by a comma ("“…,”
noted the head of the trust, Ann Marsh"), a bare English first name ("“…,” explained Wayde"), a
verb with an object or a clause after it ("“…,” noted the farmer, adding …"), a document as the
subject ("“…,” notes the report").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import entries_of, first_names, folded_words, person_heads, rows

QUOTE_INVERTED_VERB = rule(
    "MT2031", "quote-then-non-inverting-verb", "calque",
    summary="““…,” shared the actress”, ““…,” noted the farmer”, ““…,” emphasized the head of the "
            "district”: a speaker after a verb English does not invert, right after a quote",
    why="Russian closes direct speech with the verb and then the speaker, whatever the verb "
        "(поделилась актриса, отметил фермер, подчеркнул глава района, признался пенсионер). MT "
        "keeps the order. English inverts after a quote only with “said” and a few verbs like it "
        "(added, asked, replied, wrote); with any other verb of speech or thought the speaker goes "
        "first: “the actress shared”, “the farmer noted”. One mechanism over word classes: the verbs "
        "of communication and cognition of WordNet (quotative_verbs.tsv) less the English class "
        "(quotative_verbs_english.txt), and a speaker phrase headed by a person or a speaking body "
        "that closes the sentence.",
    confidence="likely",
    bad=["“The hall was full every night,” shared the actress.",
         "“Rain in May is what the crop needs,” noted the farmer.",
         "“The repairs will be finished by autumn,” emphasized the head of the district.",
         "“My grandmother still bakes bread every Sunday,” shared the granddaughter of the veteran Anna Orlova.",
         "\"We trained twice a day for a month,\" admitted the captain of the team.",
         "“Prices will not fall before spring,” believes the chief analyst of the bank Pavel Sokolov.",
         "“Nobody expected so many guests,” confessed Tatyana Belova.",
         "“The water is clean again,” assured the press service of the water utility.",
         "“We opened at six,” recalls the owner of the bakery, “and by noon there was no bread left.”",
         "“The ice is still thin”, — warned the rescuers.",
         "“The bridge stays shut until spring”, — stated the head of the district administration.",
         "“We kept the old recipe and changed only the box,” noted Sorokin, who has run the bakery since 2019."],
    good=["“The hall was full every night,” said the actress.",
          "“The hall was full every night,” the actress shared.",
          "“Rain in May is what the crop needs,” added the farmer.",
          "“It was a hard winter for the builders,” noted the head of the trust, Ann Marsh.",
          "“Our bushels are down by half,” explained Wayde.",
          "“The numbers are bad,” notes the report.",
          "She called the season “a real success,” thanked the volunteers.",
          "“We will see,” noted the farmer, adding that the rain had come late.",
          "“What now?” asked the coach of the team.",
          "“Ready,” replied the captain.",
          "“The bridge stays shut until the inspectors have finished,” declared the county engineer.",
          "“We kept the old recipe and changed only the box,” said Sorokin, who has run the bakery since 2019."],
)


def _plural_to_singular(word: str) -> tuple[str, ...]:
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("es"):
        return (word[:-2], word[:-1])
    if word.endswith("s"):
        return (word[:-1],)
    return ()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """The finite forms of the verbs of speech and thought English does not invert after a quote."""
    english = folded_words("quotative_verbs_english.txt")
    return frozenset(r[0] for r in rows("quotative_verbs.tsv") if r[0] not in english)


@lru_cache(maxsize=1)
def _declaring() -> frozenset[str]:
    """Verbs of declaring English inverts after a quote closed without a Russian dash."""
    return folded_words("quotative_verbs_declaring.txt")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Nouns of a person or a speaking body, lower case, one or two words."""
    doers = {r[0] for r in rows("calque_order_words.tsv") if len(r) > 1 and r[1] == "doer"}
    listed = set()
    for name in ("calque_speaker_titles.txt", "calque_speaking_bodies.txt", "calque_agent_nouns.txt"):
        listed |= {e.split("\t")[0].strip().casefold() for e in entries_of(name)}
    return frozenset(doers | listed | {p for p in person_heads()})


@lru_cache(maxsize=1)
def _russian_first_names() -> frozenset[str]:
    return frozenset(r[0] for r in rows("first_names_ru_latin.txt"))


_SURNAME = regex.compile(
    r"\p{Lu}\p{Ll}*(?:ov|ev|yov|ova|eva|yova|in|ina|yn|yna|sky|skiy|ski|skaya|tsky|tskaya|enko|chuk|yuk|"
    r"ich|vich|yan|ian|dze|shvili|aev|ayev|iev|kin|kina|ikh|ykh)", regex.V1)
# the close of a quote (a comma, ! or ? and the mark, or the mark and a comma, a Russian dash after)
_CLOSE = r"(?:[,!?…][ \t]*[”\"’»]|[”\"»][ \t]*,)[ \t]*(?:[—–-]{1,2}[ \t]*)?"
_STOP = (r"(?:that|which|who|whom|whose|and|or|but|as|if|when|while|because|after|before|since|so|than|then|"
         r"was|were|is|are|be|been|has|have|had|will|would|could|should|can|may|might|must|did|does|do|not|"
         r"to|by|with|about|adding|saying|noting|he|she|they|it|we|i|you|the|a|an)\b")
_WORD = rf"(?!{_STOP})[\p{{L}}\d'’-]+"
_DET = r"(?:the|a|an|one\s+of\s+the|one\s+of\s+its|his|her|their|its|our)"
_CHAIN = rf"(?:\s+(?:of|for|at|in|from|on|under)\s+(?:(?:the|a|an)\s+)?(?:{_WORD}\s+){{0,5}}?{_WORD})"
_NAME = r"(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})"
# the speaker closes the sentence, or the quote resumes, or a relative clause on the speaker
# follows ("“…,” noted Fomin, who has run the farm for years": the speaker is still after the verb)
_END = r"(?=[ \t]*[.!?…](?:[”\"’»)]?(?:\s|$))|[ \t]*$|[ \t]*,[ \t]*[“\"«„]|[ \t]*,[ \t]+(?:who|whose)\b)"
_CANDIDATE = regex.compile(
    rf"(?<={_CLOSE})(?P<span>(?P<verb>\p{{Ll}}+(?:\s+(?:out|up))?)\s+(?P<who>(?P<det>{_DET})\s+"
    rf"(?P<np>(?:{_WORD}\s+){{0,3}}?{_WORD}){_CHAIN}{{0,3}}?{_NAME}?|(?P<name>\p{{Lu}}\p{{Ll}}+(?:[ \t]+\p{{Lu}}\p{{Ll}}+){{0,2}})))"
    rf"{_END}", regex.V1)
_OPENING = "“«„\""
_CLOSING = "”»\"’"


def _quote_opens_sentence(text: str, after: int) -> bool:
    """The quote closed right before `after` opens its sentence and holds at least three words:
    direct speech, not a quoted phrase."""
    close = max(text.rfind(c, max(0, after - 8), after) for c in _CLOSING)
    if close < 0:
        return False
    before = text[:close]
    straight = before.count('"')
    curly = max(before.rfind("“"), before.rfind("«"), before.rfind("„"))
    opening = before.rfind('"') if straight % 2 == 1 else -1
    opening = max(opening, curly)
    if opening < 0:
        return False
    if len(regex.findall(r"[\p{L}\d]+", before[opening:])) < 3:
        return False
    lead = before[:opening].rstrip(" \t")
    return not lead or lead.endswith(("\n", ".", "!", "?", "…", ":", "”", "»", '"', "—", "–")) or lead[-1] in "\n"


def _speaker(m) -> bool:
    """The phrase after the verb names a person or a speaking body, in the Russian shape."""
    if m.group("name") is not None:
        words = m.group("name").split()
        if len(words) == 1:
            return _SURNAME.fullmatch(words[0]) is not None
        return words[0] in _russian_first_names() or (
            words[0] in first_names() and _SURNAME.fullmatch(words[-1]) is not None)
    heads = _heads()
    words = m.group("np").split()
    # the head is the last lower-case word of the noun phrase; capitalised words after it are a
    # name run in ("the farmer Ivan Petrov"), before it modifiers ("the Kazan coach")
    lower = [i for i, w in enumerate(words) if w[:1].islower()]
    if not lower:
        return False
    last = lower[-1]
    head = words[last].casefold().strip("'’")
    two = " ".join(words[last - 1:last + 1]).casefold() if last > 0 else ""
    return (head in heads or two in heads or any(s in heads for s in _plural_to_singular(head)))


class QuotativeInversionDetector:
    name = "calques-quotative-inversion"
    rules = (QUOTE_INVERTED_VERB,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        verbs = _verbs()
        for m in _CANDIDATE.finditer(text):
            verb = regex.sub(r"\s+", " ", m.group("verb"))
            if verb not in verbs or not _speaker(m):
                continue
            if not _quote_opens_sentence(text, m.start("span")):
                continue
            if verb in _declaring() and not regex.search(r"[—–-]", text[m.start("span") - 6:m.start("span")]):
                continue  # "“…,” declared the judge": English; "«…», — stated the head": Russian
            a, b = m.start("span"), m.end("span")
            phrase = text[a:b]
            who = m.group("who")
            yield QUOTE_INVERTED_VERB.finding(
                doc, a, b,
                f"“{phrase}” puts the speaker after “{verb}”, in Russian order (поделилась актриса, "
                f"отметил фермер); English inverts after a quote only with “said” and a few verbs like "
                f"it: “{who} {verb}”",
                fix=Fix.replace(a, b, f"{who} {verb}", Applicability.UNSAFE, "put the speaker first"))


DETECTOR = QuotativeInversionDetector()
