"""State and public bodies cased as Russian writes them (helpers of detectors/casing_names.py).

Two kinds MT406/MT407 did not reach:

- MT408: a ministry's name all in lower case, "the ministry of labour and social protection",
  "the ministry of natural resources of the region". Russian writes министерство труда и
  социальной защиты in lower case; English capitalises a ministry named by its portfolio
  ("the Ministry of Labour and Social Protection") or turns it round ("the labour ministry").
  Only "ministry of" before a lowercase field noun: "the ministry of the region" names no
  portfolio, and "the labour ministry" is the English order. A document in the British lowercase
  style (data/house_casing.yaml) stays quiet.
- a national society named with its first word only (found as MT406): "the Russian book union",
  "the Russian geographical society", "the Russian hockey federation". A nationality, then nouns
  or relational adjectives, then a head of data/name_national_heads.txt, after "the": the
  definite national body of a field is that body's name (Российский книжный союз). "A Russian
  science foundation" (one of a kind) and common compounds ("the Russian trade union") stay quiet.
- MT409: a body the glossary knows written all in lower case ("the federal customs service") in a
  document that writes another institution in the Russian casing (a capitalised first word, the
  rest lower: "the Far Eastern customs administration", or any MT406-MT408 finding). All lower case
  alone is a house style (the Guardian's "federal security service"); beside the Russian half-casing
  it is the same artifact, MT copying строчные буквы.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.casing_name_tails import capitalised
from mtaudit.detectors.casing_official import clause_verb_after
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import (is_common_word, is_common_word_or_plural, is_proper_entry,
                                        lemmas_by_pos)
from mtaudit.text.house_casing import british_style

LOWERCASE_MINISTRY = rule(
    "MT408", "lowercase-ministry-name", "institution-casing",
    summary="A ministry named by its portfolio all in lower case (“the ministry of natural resources”)",
    why="Russian writes a ministry's name in lower case (министерство природных ресурсов); English "
        "capitalises the name when it keeps the “Ministry of <portfolio>” order and writes “the "
        "natural resources ministry” otherwise. MT keeps the Russian order and casing.",
    confidence="likely",
    bad=["Payments are made by the ministry of labour and social protection of the republic.",
         "Samples were checked by the federal service for veterinary and phytosanitary surveillance.",
         "The licence was suspended by the ministry of natural resources of the region.",
         "An official of the regional ministry of health said the clinic would reopen."],
    good=["Payments are made by the Ministry of Labour and Social Protection.",
          "The licence was suspended by the regional natural resources ministry.",
          "The governor met the ministry of the region and the ministry's lawyers.",
          "He said the ministry of course had no choice; the federal agency of the region was shut.",
          "Meanwhile, Russia's ministry of defence says it intercepted 40 drones overnight."],
    applicability="safe",
)

# A ministry, or a federal/state agency, service, committee or inspectorate, then its field:
# "the federal service for veterinary and phytosanitary surveillance", "the state committee for
# ethnic affairs" (Russian writes them in lower case; English names them with capitals).
_MINISTRY = re.compile(r"(?<![\w’'-])(?:ministry|(?:federal|state) (?:agency|service|committee|inspectorate)) "
                       r"(?:of|for) (?=[a-z])")
_WORD = re.compile(r"[a-z][a-z’'-]*")
# Words that cannot open or continue a portfolio ("the ministry of the region", "of course").
_NOT_FIELD = frozenset("""the a an another several many few such much this that these those its his her their our my your which who whom
whose what and or but to in on at by for from with of as is was are were be been has have had will
would said says he she it they we you i all both each every some any no not one two three how why where
when there here than then so if up out over after before since until about also only just more most
very course region republic country city district state regions oblast krai territory""".split())


# a proper noun's possessive right before the body ("Russia's", "Ukraine’s"): Russian has no such
# form (министерство обороны России comes out "the ministry of defence of Russia"); English that
# names the country first describes the body and may write it in lower case (the BBC's style)
_PROPER_POSSESSOR = re.compile(r"(?<![\w’'-])[A-Z][\w-]*['’]s $")


def _field(text: str, at: int) -> list[re.Match]:
    """The lowercase portfolio words from `at`: content words, "and" only between two of them."""
    words: list[re.Match] = []
    pos = at
    while len(words) < 6:
        m = _WORD.match(text, pos)
        if m is None or (m.group() in _NOT_FIELD and m.group() != "and"):
            break
        if m.group() == "and" and not words:
            break
        if m.group() != "and" and not _field_word(m.group()):
            break
        if words and words[-1].group() != "and" and clause_verb_after(text, m) and not _verb_next(text, m):
            break  # "the ministry of agriculture estimates the harvest": the clause's verb
        words.append(m)
        if text[m.end():m.end() + 1] != " ":
            break
        pos = m.end() + 1
    while words and words[-1].group() == "and":
        words.pop()
    return words


def _verb_next(text: str, m: re.Match) -> bool:
    """The word after `m` is the clause's verb, so `m` is still the name's noun ("the ministry of
    natural resources forecasts a rise": "resources", not the verb)."""
    nxt = _WORD.match(text, m.end() + 1)
    return text[m.end():m.end() + 1] == " " and nxt is not None and clause_verb_after(text, nxt)


def _field_word(word: str) -> bool:
    """A noun or adjective of a portfolio ("labour", "social", "phytosanitary"), not a verb after
    the name ("met", "paid"): by lemminflect's parts of speech where it knows the word."""
    lemmas = lemmas_by_pos(word)
    if lemmas is None:
        return is_common_word_or_plural(word)
    return not lemmas or bool({"NOUN", "ADJ"} & set(lemmas))


def lowercase_ministries(doc, accept):
    """MT408 findings: "the ministry of labour and social protection" (see the module docstring).
    The glossary knows many such names but MT103 leaves a name all in lower case alone; the
    glossary's `accept` surfaces ("Russian ministry of finance") stay quiet."""
    text = doc.text
    hits = list(_MINISTRY.finditer(text))
    if not hits or british_style(doc):
        return
    for m in hits:
        words = _field(text, m.end())
        if not words:
            continue
        end = words[-1].end()
        before = text[max(0, m.start() - 30):m.start()].split(" ")[-2:][0]
        if text[m.start():end] in accept or f"{before} {text[m.start():end]}" in accept:
            continue
        if _PROPER_POSSESSOR.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Russia's ministry of defence": English's descriptive order, lower case by style
        fixed = capitalised(text[m.start():end])
        yield LOWERCASE_MINISTRY.finding(
            doc, m.start(), end,
            f"“{text[m.start():end]}” is a state body's name in the Russian lower case: write “{fixed}”",
            fix=Fix.replace(m.start(), end, fixed, Applicability.SAFE, f"capitalise “{fixed}”"))


@lru_cache(maxsize=1)
def _national_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(heads, common compounds) of data/name_national_heads.txt ("union"; "trade union")."""
    words = lexicon.entries_of("name_national_heads.txt")
    return (frozenset(w for w in words if " " not in w), frozenset(w for w in words if " " in w))


@lru_cache(maxsize=1)
def _national_pattern() -> re.Pattern:
    heads = "|".join(longest_first(_national_heads()[0]))
    return re.compile(r"(?<![\w’'-])[Tt]he (?P<nat>[A-Za-z][a-z]+) (?P<mods>(?:[a-z]+ ){1,2}?)"
                      rf"(?P<head>{heads})(?![\w’'-])")


LOWERCASE_KNOWN_BODY = rule(
    "MT409", "lowercase-known-body", "institution-casing",
    summary="A known institution written all in lower case beside names in the Russian casing "
            "(“the federal customs service”)",
    why="Russian writes a body's name in lower case after its first word (Федеральная таможенная "
        "служба, Высшая школа экономики); MT keeps it, so the names it leaves half-cased and the ones "
        "it leaves all lower stand in the same text. English capitalises a body's proper name.",
    confidence="likely",
    bad=["The Central naval museum opened an exhibition; the federal penitentiary service lent it letters.",
         "Graduates of the Pacific naval institute joined the federal security service last year."],
    good=["The Central Naval Museum opened an exhibition; the federal penitentiary service lent it letters.",
          "Officers of the federal security service detained him, his lawyer said."],
    applicability="safe",
)

# The Russian casing of a name, as evidence: a mid-sentence capitalised word shaped as an adjective of
# a name ("Far Eastern", "Central", "Higher") with up to two lowercase words, then a lowercase body head.
_HALF_CASED = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z]+ )?(?P<adj>[A-Z][a-z]+(?:al|ern|ic|ive|ary|ory|ian|ous|er|ed)) "
                         r"(?:[a-z]+ ){0,2}(?:administration|service|agency|committee|ministry|union|"
                         r"society|institute|university|academy|museum|court|directorate|inspectorate|"
                         r"department|school|archive|chamber|fund|council)\b")


def russian_half_casing(doc) -> bool:
    """The document writes an institution with a capital on its first word(s) only."""
    return any(is_common_word(m.group("adj").lower()) for m in _HALF_CASED.finditer(doc.text))


def lowercase_known_bodies(doc, ec, evidence: bool, taken):
    """MT409 findings (see the module docstring): glossary organisations of two or more capitalised
    words written all in lower case, when the document shows the Russian casing elsewhere."""
    if ec is None or not (evidence or russian_half_casing(doc)) or british_style(doc):
        return
    seen: set[tuple[int, int]] = set()
    for m in ec.matches:
        if m.concept.type != "organisation" or m.kind not in ("canonical", "variant") or m.exact:
            continue
        words = m.form.split()
        if len(words) < 2 or sum(w[:1].isupper() for w in words) < 2 or not m.surface.islower() or \
                (m.start, m.end) in seen or taken.overlaps(m.start, m.end) or ec.skip(m):
            continue
        seen.add((m.start, m.end))
        yield LOWERCASE_KNOWN_BODY.finding(
            doc, m.start, m.end,
            f"“{m.surface}” is {m.concept.canonical} in the Russian lower case, beside other names this "
            f"text leaves half-cased: write “{m.form}”",
            fix=Fix.replace(m.start, m.end, m.form, Applicability.SAFE, f"capitalise “{m.form}”"))


@lru_cache(maxsize=1)
def _sports() -> frozenset[str]:
    """WordNet's sports (data/calque_frame_words.tsv): "taekwondo", "sambo", which the word list lacks."""
    return frozenset(r[0] for r in lexicon.rows("calque_frame_words.tsv") if len(r) == 2 and r[1] == "sport")


_EVALUATIVE = frozenset("""new old main largest biggest leading only first former national official own
other same whole general local big small major central chief""".split())


def national_bodies(doc, known, rule_):
    """MT406 findings of "the Russian book union" (see the module docstring); `rule_` is MT406."""
    text = doc.text
    heads, compounds = _national_heads()
    hits = list(_national_pattern().finditer(text))
    if not hits or british_style(doc):
        return  # "the Russian football union" in British copy that lowercases heads elsewhere
    for m in hits:
        head, nat = m.group("head"), m.group("nat")
        mods = m.group("mods").split()
        lowered = nat.islower()  # "the russian taekwondo federation": the nationality lower case too
        if lowered:
            nat = nat.capitalize()
        if head not in heads or not is_proper_entry(nat) or is_common_word(nat.lower()):
            continue  # "Russian", "Kazakh" (a nationality English always capitalises), not "Pacific"
        if f"{mods[-1]} {head}" in compounds or any(
                w in _EVALUATIVE or w.endswith(("est", "'s", "’s")) or (w.endswith("s") and not w.endswith("ss"))
                or not (is_common_word(w) or w in _sports()) for w in mods):
            continue
        start = m.start("nat")
        if known.overlaps(start, m.end()):
            continue  # the glossary's MT103 judges names it knows
        lo = start if lowered else m.start("mods")
        fixed = f"{nat} {capitalised(text[m.start('mods'):m.end()])}" if lowered else capitalised(text[lo:m.end()])
        how = "left in lower case" if lowered else "capitalised on its first word only"
        yield rule_.finding(
            doc, start, m.end(),
            f"“{text[start:m.end()]}” is a national body's name {how}: "
            f"write “{nat} {capitalised(text[m.start('mods'):m.end()])}”",
            fix=Fix.replace(lo, m.end(), fixed, Applicability.SAFE, f"capitalise “{fixed}”"))
