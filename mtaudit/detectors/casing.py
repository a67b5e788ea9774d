"""Casing beyond the glossary: lowercased surnames, acronym expansions, capitals mid-sentence.

Russian capitalises far fewer words than English and MT casing is erratic:
"Donald trump", "the national security Agency (NSA)", "the meeting Will take
place". The glossary detector (MT1xx) flags names it knows; these rules cover
the rest and stay silent on spans the glossary matches, so nothing is reported twice.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural, is_dictionary_word
from mtaudit.text.headlines import in_headline_lines
from mtaudit.text.house_casing import house_casing
from mtaudit.rules.model import rule
from mtaudit.text.span_index import SpanIndex
from mtaudit.text.web_tokens import touches_web_mark
from mtaudit.core.types import Applicability, Confidence, Edit, Fix
from mtaudit.detectors._people import glossary_spans, introduced_surnames

LOWERCASE_SURNAME = rule(
    "MT401", "lowercase-surname", "name-casing",
    summary="Surname left lowercase after a first name or a title (“Senator rubio”)",
    why="MT lowercases surnames that are also common words or that it does not recognise.",
    confidence="likely",
    bad=["The statement was signed by Gennady karpukhin on Monday.",
         "Senator hollins said the sanctions would stay.",
         "Anna petrova, a lawyer, disagreed. Later petrova said she would appeal.",
         "The farm's chief vet, Zulfiya karimova, said the herd was healthy.",
         "Yuri ushakov's deputy, Irina ushakova, said the talks would go on.",
         "The head of the farm Rustem galimzyanov complained that feed prices rose.",
         "The plant is run by Marat Isengaliev. According to isengaliev, output rose."],
    good=["The statement was signed by Gennady Karpukhin on Monday.",
          "Marat Isengaliev posts daily. His aide wrote: “We reached Marat @isengaliev today.”",
          "The club's coach Erik ten Hag said the squad was tired.",
          "Michael said the sanctions would stay.",
          "President later said the sanctions would stay.",
          "Anna scored twice in the final.",
          "Trains on the Elizabeth line were cancelled.",
          "Officers of the Metropolitan police attended.",
          "The farm's chief vet, Zulfiya Karimova, said the herd was healthy.",
          "Fans of Dynamo kiev, a club, sang; the Bolshoi nova was staged.",
          "The prize went to Anna Rose; a rose was laid on the stage for Ivan Baker, the baker's son.",
          "The women's basketball team Nadezhda beat Dynamo Kursk 78:70 on Sunday.",
          "The shop in Tver sells Hollis ice cream in summer.",
          "The film won two statuettes at the last Oscar ceremony, in Los Angeles."],
    applicability="unsafe",
)

ACRONYM_EXPANSION_CASE = rule(
    "MT402", "acronym-expansion-casing", "institution-casing",
    summary="The words an acronym abbreviates are cased inconsistently (“national security Agency (NSA)”)",
    why="A proper name spelled out before its acronym is capitalised word by word in English; "
        "MT copies Russian casing, which capitalises only the first word or none.",
    confidence="certain",
    bad=["The head of the National water Resources Agency (NWRA) arrived.",
         "Officers of the Federal drug control service (FSKN) detained him."],
    good=["The head of the National Water Resources Agency (NWRA) arrived.",
          "The chief executive officer (CEO) resigned.",
          "Chief executive officer (CEO) Anna Petrova resigned."],
    applicability="safe",
)

CAPITALISED_FUNCTION_WORD = rule(
    "MT403", "capitalised-function-word", "institution-casing",
    summary="A function word or auxiliary capitalised in the middle of a sentence (“the meeting Will take place”)",
    why="English never capitalises auxiliaries, articles or conjunctions mid-sentence; MT carries "
        "over casing from segment boundaries and source capitals.",
    confidence="likely",
    bad=["The meeting Will take place in Moscow next week.",
         "He said that the talks Were successful.",
         "Such a result We did not expect from the juniors.",
         "The hosts wanted more, But lost in extra time.",
         "But We still won the derby."],
    good=["The meeting will take place in Moscow next week.",
          "Fees rose, said a spokesman for the consumer group Which?.",
          "The actor Will Smith attended the premiere.",
          "A soldier told The i Paper that the situation was critical.",
          "Gone With the Wind was screened again.",
          "Russia Will Respond\n\nThe meeting will take place next week.",
          "The choir sang that He would come again, the Lord of all.",
          "The band We Are Scientists played last.",
          "Oh, We Need to Talk About Kevin was screened."],
    applicability="safe",
)

LOWERCASE_INSTITUTION_HEAD = rule(
    "MT404", "lowercase-institution-head", "institution-casing",
    summary="A capitalised institution name whose head noun is left lowercase (“Kursk Regional court”)",
    why="Russian capitalises only the first word of an institution (“Курский областной суд”); MT "
        "capitalises the place and the modifier but not the head noun. English writes the whole "
        "name in capitals (or, in some house styles, all lowercase), never half and half.",
    confidence="likely",
    bad=["He will appeal to the Tver Regional court next week.",
         "The Sovetsky District court of Kazan extended his arrest.",
         "The Minister of natural resources Ivan Petrov spoke first."],
    good=["He will appeal to the Tver Regional Court next week.",
          "He will appeal to the Tver regional court next week.",
          "District courts have ruled both ways.",
          "Federal court records show the filing.",
          "The Kansas City council voted on Monday.",
          "The minister of agriculture spoke first.",
          "The Ministry of Agriculture and Food spoke first."],
    applicability="safe",
)

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# "<Place> <Modifier> <head>": the head noun lowercase after two capitalised words. No "City"
# or "State" among the modifiers: they end place names ("Kansas City council").
_HALF_CASED_INSTITUTION = regex.compile(
    r"\b(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|In|On|At|By|For|From|To|With)\b)"
    r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?[ ](?P<mod>Regional|District|Municipal|Interdistrict|"
    r"Arbitration|Constitutional|Supreme|Military|Garrison|Appeals|Cassation|"
    r"Central|Federal|Legislative|Electoral|Election|Investigative)[ ]"
    r"(?P<head>court|duma|council|assembly|commission|committee|bank|ministry|prosecutor['’]s office)\b"
    # "Minister of agriculture": a capitalised office before a lowercase portfolio
    r"|\b(?:Ministry|Minister|Ministers|Commissioner|Committee|Department)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<portfolio>(?:agriculture|energy|health|finance|defen[cs]e|justice|education|culture|transport|"
    r"labou?r|economy|economic development|foreign affairs|internal affairs|home affairs|emergency situations|"
    r"emergencies|digital development|industry and trade|sport|science|natural resources|construction|"
    r"foreign trade|trade|environment)(?:\s+and\s+\p{Ll}+(?:\s+\p{Ll}+)?)?)\b")
_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")
_VERB_ENDINGS = ("ed", "ing", "ly", "s")
# A capitalised given name no list holds, then a lowercase word with a Russian surname ending.
_RU_SURNAME_PAIR = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]{2,}) ([a-z]{2,}(?:ova|eva|yeva|ina|yna|skaya|tskaya|ovich|evich|ov|ev|yev|"
    r"sky|skiy|tsky|enko|shvili|dze|yan))(?![\w’'-])")


class CasingDetector:
    name = "casing"
    rules = (LOWERCASE_SURNAME, ACRONYM_EXPANSION_CASE, CAPITALISED_FUNCTION_WORD,
             LOWERCASE_INSTITUTION_HEAD)
    needs = frozenset()

    def detect(self, doc, ctx):
        known = SpanIndex(glossary_spans(doc, ctx, types=()))
        yield from _lowercase_surnames(doc, _surname_known(doc, ctx, known))
        yield from _acronym_expansions(doc, known)
        yield from _capitalised_function_words(doc)
        yield from _half_cased_institutions(doc, known)


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


# --- MT401 -------------------------------------------------------------------

def _surname_known(doc, ctx, known):
    """The glossary spans MT401 leaves alone: all but a lowercase INFLECTED form of a person's name
    ("Svetlana ushakova", the feminine of Ushakov). The glossary detector reports its canonical,
    short and variant forms miscased, never the inflected ones, so only these would go unreported."""
    try:
        from mtaudit.glossary import matches
        lower = [(m.start, m.end) for m in matches(doc, ctx.glossary)
                 if m.kind == "inflected" and m.surface[:1].islower() and m.form[:1].isupper()
                 and getattr(m.concept, "type", None) == "person"]
    except Exception:  # noqa: BLE001 - the glossary is an optional helper here
        return known
    if not lower:
        return known
    skip = set(lower)
    return SpanIndex([s for s in glossary_spans(doc, ctx, types=()) if s not in skip])


def _lowercase_surnames(doc, known):
    """Visits only the tokens that are first names or titles (found by one automaton pass) and the
    word after each; then, when some surname was flagged, only that surname's other tokens."""
    text = doc.text
    names, titles, heads = lexicon.first_names(), lexicon.titles(), lexicon.person_heads()
    common = lexicon.folded_words("common_lowercase.txt")
    verbs = lexicon.folded_words("reporting_verbs.txt")
    particles = lexicon.words("name_particles.txt")
    capitalised_elsewhere: dict[str, bool] = {}  # word -> is it a capitalised token of the text
    surnames: set[str] = set()
    flagged: set[int] = set()

    def seen_capitalised(word: str) -> bool:
        cap = _capitalised(word)
        if cap not in capitalised_elsewhere:
            capitalised_elsewhere[cap] = cap[:1].isupper() and any(
                _capitalised_as_name(text, a, names, titles) for a, _ in _tokens_equal_to(text, cap))
        return capitalised_elsewhere[cap]

    generic = house_casing().heads | house_casing().descriptors  # "the Elizabeth line", "Metropolitan police"

    def candidate(start: int, end: int, word: str) -> bool:
        return (word[0].islower() and word.isalpha() and len(word) > 1 and word not in common
                and word not in heads and word not in generic and not known.overlaps(start, end))

    for p_start, p_end in _tokens_among(text, _name_title_automaton()):
        before = text[p_start:p_end]
        w_start = _next_token_start(text, p_end)
        if w_start is None:
            continue
        w_end = _token_end(text, w_start)
        word = text[w_start:w_end]
        if not candidate(w_start, w_end, word):
            continue
        nxt_start = _next_token_start(text, w_end)
        if word in particles and nxt_start is not None and text[nxt_start:nxt_start + 1].isupper():
            continue  # "Erik ten Hag", "Charles de Gaulle": the owner's own lowercase particle
        gap = text[p_end:w_start]
        dotted = gap == ". " and before + "." in titles  # "Sen. rubio"
        if gap != " " and not dotted:
            continue
        says = nxt_start is not None and text[nxt_start:_token_end(text, nxt_start)].casefold() in verbs
        prev = _previous_token(text, p_start)
        prev_word = text[prev[0]:prev[1]] if prev else ""
        if before in names and (prev_word.casefold() in _DETERMINERS or f"{prev_word}." in _HONORIFICS
                                or prev_word in _HONORIFICS) and not seen_capitalised(word):
            # "the Madison way", "the Chelsea defenders", "the Artyom missile plant": a name after an
            # article modifies the noun after it; "Mr Williams disagreed": an honorific takes the
            # surname, so the name is complete and the word after it is its predicate
            continue
        if before in names and is_common_word(word) and not seen_capitalised(word) and \
                _modified_after_determiner(text, p_start):
            continue  # "at the last Oscar ceremony", "the annual Grace lecture": the name modifies
            # the common noun after it inside a noun phrase an article opens
        if _inflected_common(word) and not seen_capitalised(word):
            continue  # "Nick teaches", "Anna rose": a verb's or a plural noun's form is no surname
        # a word after a first name that is an ordinary English word ("Nadezhda beat Dynamo", a club
        # named by a first name; "Hollis ice cream", a brand) is a surname only with more evidence:
        # written capitalised elsewhere in the text, or standing where a name ends: before a
        # punctuation mark, a verb ("Donald trump said", "Donald trump met"), "and" or "'s"
        if gap == " " and before in names and (seen_capitalised(word) or says or _ends_a_name(text, w_end) or (
                not word.endswith(_VERB_ENDINGS) and not is_common_word(word))):
            reason = f"after the first name “{before}”"
        elif (dotted or before in titles) and before[0].isupper() \
                and (seen_capitalised(word) or says or word in surnames):
            reason = f"after the title “{text[p_start:w_start].strip()}”"
        else:
            continue
        surnames.add(word)
        flagged.add(w_start)
        yield _surname_finding(doc, p_start, w_start, w_end, text, reason)
    for m in _RU_SURNAME_PAIR.finditer(text):  # "Zarema aliyeva,": a first name no list holds
        p_start, w_start, w_end = m.start(1), m.start(2), m.end(2)
        word, before = m.group(2), m.group(1)
        if w_start in flagged or before in names or not candidate(w_start, w_end, word) \
                or is_common_word(before.lower()) or is_dictionary_word(word) \
                or is_common_word_or_plural(word) or before.lower() in heads:
            continue
        nxt_start = _next_token_start(text, w_end)
        nxt = text[nxt_start:_token_end(text, nxt_start)] if nxt_start is not None else ""
        says = text[w_end:nxt_start] == " " and (nxt.casefold() in verbs or (  # "Ilsur gimranov complained"
            nxt.islower() and nxt.endswith("ed") and (is_common_word(nxt[:-2]) or is_common_word(nxt[:-1]))))
        prev = _previous_token(text, p_start)
        prev_word = text[prev[0]:prev[1]].casefold() if prev else ""
        if not (says or (text[w_end:w_end + 1] == "," and (text[:p_start].rstrip().endswith(",")
                                                             or prev_word in heads))):
            continue
        surnames.add(word)
        flagged.add(w_start)
        yield _surname_finding(doc, p_start, w_start, w_end, text,
                               f"after the name “{before}” (Russian surname ending)")
    for name in sorted(introduced_surnames(doc)):  # "Marat Isengaliev …; according to isengaliev"
        low = name.lower()
        if low in common or low in heads or is_common_word_or_plural(low) or is_dictionary_word(low):
            continue
        for w_start, w_end in _tokens_equal_to(text, low):
            if w_start not in flagged and not touches_web_mark(text, w_start, w_end):
                # the glossary's forms are capitalised: a lowercase one is not known
                flagged.add(w_start)
                yield _surname_finding(doc, w_start, w_start, w_end, text,
                                       f"where the text writes “{name}” after a first name")
    later = sorted(span for name in surnames for span in _tokens_equal_to(text, name))
    for w_start, w_end in later:
        if w_start in flagged:
            continue
        nxt_start = _next_token_start(text, w_end)
        if nxt_start is None or text[nxt_start:_token_end(text, nxt_start)].casefold() not in verbs \
                or text[w_end:nxt_start] != " ":
            continue
        prev = _previous_token(text, w_start)
        if (prev is None or text[prev[0]:prev[1]].casefold() not in ("the", "a", "an")) \
                and not known.overlaps(w_start, w_end):
            yield _surname_finding(doc, w_start, w_start, w_end, text, "before a verb of saying (written "
                                   "lowercase after a first name or title elsewhere)")


_DETERMINERS = frozenset("the a an this that these those".split())


def _modified_after_determiner(text: str, start: int) -> bool:
    """One or two lower-case words and an article before the token at `start` ("the last Oscar",
    "this year's Grace"): the capitalised word is a modifier inside a noun phrase."""
    at = start
    for _ in range(3):
        prev = _previous_token(text, at)
        if prev is None or not text[prev[1]:at].isspace():
            return False
        word = text[prev[0]:prev[1]]
        if word.casefold() in _DETERMINERS:
            return at != start
        if not word.islower():
            return False
        at = prev[0]
    return False
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Mr. Mrs. Ms. Dr.".split())


def _inflected_common(word: str) -> bool:
    """A verb's or a plural noun's inflected form of an ordinary English word ("disagreed",
    "teaches", "defenders", "rose"): after a name it is the name's predicate or the head of a
    phrase the name modifies, never a surname the MT lowercased (surnames do not inflect)."""
    from mtaudit.text.english_words import lemmas_by_pos

    lemmas = lemmas_by_pos(word)
    if lemmas is None:
        return False
    return any(lemma != word and is_common_word(lemma)
               for pos, forms in lemmas.items() if pos in ("VERB", "NOUN") for lemma in forms)


def _capitalised_as_name(text: str, start: int, names, titles) -> bool:
    """A capitalised token standing where a name stands: after a first name or a title, or alone
    in running text. Not at a sentence's start, after an article ("the Pub is the Hub"), or
    inside a run of capitalised words that no first name or title opens ("the Ultima Handicap
    Chase", "Pebmarsh Community Pub Ltd"): there the capital is the position's or another name's."""
    from mtaudit.text.position import capitalised_by_position

    if capitalised_by_position(text, start):
        return False
    prev = _previous_token(text, start)
    if prev is not None and text[prev[1]:start] == " ":
        before = text[prev[0]:prev[1]]
        if before in names or before in titles:
            return True
        if before.casefold() in _DETERMINERS or before[:1].isupper():
            return False
    end = _token_end(text, start)
    return not (text[end:end + 1] == " " and _next_is_capitalised(text, end))


_AFTER_A_NAME = frozenset("and or has had was is will would who whose met visited".split())


def _ends_a_name(text: str, end: int) -> bool:
    """The word ending at `end` stands where a name ends: punctuation, the end, "'s", a verb."""
    rest = text[end:end + 30]
    if not rest or rest[0] in ".,;:!?)\n" or rest.startswith(("'s", "’s")):
        return True
    m = re.match(r" ([a-z]+)\b", rest)
    return m is not None and (m.group(1) in _AFTER_A_NAME or m.group(1).endswith("ed"))


def _surname_finding(doc, start: int, w_start: int, w_end: int, text: str, reason: str):
    word = text[w_start:w_end]
    fixed = _capitalised(word)
    return LOWERCASE_SURNAME.finding(
        doc, start, w_end, f"surname “{word}” written lowercase {reason}: “{fixed}”?",
        fix=Fix.replace(w_start, w_end, fixed, Applicability.UNSAFE, f"capitalise “{fixed}”"))


# --- tokens without a pass over every word -------------------------------------------------
# The tokens are those of _WORD.finditer over the whole text: a letter starts one unless the
# run of token characters ([\w’'-]) right before it holds a letter; it runs to the end of that run.

_LETTER = re.compile(r"[^\W\d_]")  # `re`, like _WORD: its \w is not quite `regex`'s
_TOKEN_CHARS = re.compile(r"[\w’'-]*")
_TOKEN_CHAR = re.compile(r"[\w’'-]")


def _is_token_start(text: str, at: int) -> bool:
    if not _LETTER.match(text, at):
        return False
    k = at
    while k > 0 and _TOKEN_CHAR.match(text, k - 1):
        k -= 1
        if _LETTER.match(text, k):
            return False
    return True


def _token_end(text: str, start: int) -> int:
    return _TOKEN_CHARS.match(text, start + 1).end()


def _next_token_start(text: str, end: int) -> int | None:
    """The start of the first token after a token that ends at `end`."""
    m = _LETTER.search(text, end)
    return m.start() if m else None


def _previous_token(text: str, start: int) -> tuple[int, int] | None:
    """The token before the one that starts at `start`, or None."""
    j = start - 1
    while j >= 0 and not _LETTER.match(text, j):
        j -= 1
    if j < 0:
        return None
    k = j
    while k > 0 and _TOKEN_CHAR.match(text, k - 1):
        k -= 1
    first = _LETTER.search(text, k, j + 1).start()
    return first, _token_end(text, first)


def _tokens_equal_to(text: str, word: str):
    """(start, end) of every token of the text that is exactly `word`."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (end >= len(text) or not _TOKEN_CHAR.match(text, end)) and _is_token_start(text, at):
            yield at, end
        at = text.find(word, at + 1)


def _tokens_among(text: str, automaton):
    """(start, end) of every token of the text that is a key of `automaton`, in text order."""
    out = []
    for last, key in automaton.iter(text):
        end = last + 1
        start = end - len(key)
        if (end >= len(text) or not _TOKEN_CHAR.match(text, end)) and _is_token_start(text, start):
            out.append((start, end))
    out.sort()
    return out


@lru_cache(maxsize=1)
def _name_title_automaton():
    """First names and titles that are one token ("Sen" for "Sen."): what MT401 looks after."""
    import ahocorasick

    keys = set(lexicon.first_names()) | set(lexicon.titles()) | {t[:-1] for t in lexicon.titles() if t.endswith(".")}
    automaton = ahocorasick.Automaton()
    for key in keys:
        if _WORD.fullmatch(key):
            automaton.add_word(key, key)
    automaton.make_automaton()
    return automaton


# --- MT402 -------------------------------------------------------------------

def _acronym_expansions(doc, known):
    text = doc.text
    minor = lexicon.folded_words("acronym_minor_words.txt")
    openers = lexicon.words("institution_words.txt")
    sentence_starts = {s.start for s in doc.sentences}
    for m in _ACRONYM.finditer(text):
        sent = doc.sentence_at(m.start())
        lo = sent.start if sent else max(0, m.start() - 200)
        words = _phrase_before(text, lo, m.start())
        used = _spelled_by_initials(m.group(1), words, minor)
        how, confidence = f"spells out “{m.group(1)}”", None
        if used is None:  # a Russian acronym: ФСБ is not "FSS"; trust a name-like opener
            used = _institution_phrase(len(m.group(1)), words, minor, openers)
            how = f"names the institution “{m.group(1)}” (a Russian acronym, so by its opening word)"
            confidence = Confidence.LIKELY
        if not used or known.overlaps(used[0][0], used[-1][1]):
            continue
        significant = [u for u in used if u[2].casefold() not in minor]
        lower = [u for u in significant if u[2][0].islower()]
        upper = [u for u in significant if u[2][0].isupper() and u[0] not in sentence_starts]
        if not lower or not upper:
            continue  # all lowercase is a common noun ("chief executive officer (CEO)")
        start, end = used[0][0], used[-1][1]
        edits = tuple(Edit(s, s + 1, t[0].upper()) for s, _, t in lower)
        yield ACRONYM_EXPANSION_CASE.finding(
            doc, start, end,
            f"“{text[start:end]}” {how} but is cased inconsistently: capitalise every word of the name",
            fix=Fix(edits, Applicability.SAFE, "capitalise the name"), confidence=confidence)


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PHRASE_BREAK = re.compile(r"[^\w\- –]|[\d_]")  # what neither a word nor a gap the walk crosses holds


def _phrase_before(text: str, lo: int, limit: int):
    """The words right before `limit` with only spaces or hyphens between them, nearest last.

    The words are matched from the last character before `limit` that no word and no crossed
    gap holds (not the whole sentence): no word match spans that character, so the matches after
    it are those of a scan from `lo`, and the walk back stops at the gap that holds it anyway."""
    out = []
    cursor = limit
    last = _PHRASE_BREAK.search(text[lo:limit][::-1])  # the last such character, found from the end
    start = lo if last is None else limit - last.start()
    for w in reversed(list(_PHRASE_WORD.finditer(text[start:limit]))):
        s, e = start + w.start(), start + w.end()
        if text[e:cursor].strip(" –") != "":
            break
        out.append((s, e, w.group()))
        cursor = s
    return list(reversed(out))


def _spelled_by_initials(acronym: str, words, minor):
    """The shortest tail of `words` whose initials spell `acronym`, minor words allowed inside."""
    def walk(i: int, k: int):  # match acronym[:k] ending at words[i]
        if k == 0:
            return []
        if i < 0:
            return None
        s, e, t = words[i]
        if t.casefold() in minor:
            rest = walk(i - 1, k)  # prefer skipping "of", "the" ...
            if rest is not None and rest:
                return rest + [words[i]]
        for initials in dict.fromkeys((t[0], "".join(p[0] for p in t.split("-") if p))):
            n = len(initials)  # "Co-operation" gives C, or C and O
            if n <= k and initials.upper() == acronym[k - n:k]:
                rest = walk(i - 1, k - n)
                if rest is not None:
                    return rest + [words[i]]
        return None
    if not words or words[-1][2].casefold() in minor:
        return None
    return walk(len(words) - 1, len(acronym))


def _institution_phrase(size: int, words, minor, openers):
    """The last `size` significant words (minor ones inside kept) if the first is an opener."""
    picked, count = [], 0
    for w in reversed(words):
        picked.insert(0, w)
        if w[2].casefold() not in minor:
            count += 1
        if count == size:
            break
    if count == size and picked[0][2] in openers:
        return picked
    return None


# --- MT403 -------------------------------------------------------------------

def _brand_spelling(text: str, nxt, words) -> bool:
    """The word after a capitalised function word is a name spelled with a lowercase initial: a
    camel-cased brand ("eBay", "iPhone") or one letter before a capitalised word ("i Paper", "e
    Motion"): the function word is then the first word of the title ("The i Paper")."""
    word = nxt.group()
    if any(c.isupper() for c in word[1:]):
        return True
    if len(word) != 1:
        return False
    after = next((w for w in words if w.start() > nxt.end()), None)
    return after is not None and text[nxt.end():after.start()] == " " and after.group()[0].isupper()


def _capitalised_function_words(doc):
    """Visits only the sentences where a listed word stands capitalised after the first word (one
    automaton pass finds them); the words of those sentences are then read as before."""
    text = doc.text
    lowercase = lexicon.folded_words("midsentence_lowercase.txt")
    automaton = _capitalised_automaton(lowercase)
    if automaton is None or _ASCII_FOLDING.search(text):  # other spellings fold to a listed word
        hits: list[int] | None = None
        before_name = {text[w.start():w.end()] for w in _WORD.finditer(text)
                       if w.group()[0].isupper() and w.group().casefold() in lowercase
                       and _next_is_capitalised(text, w.end())}
    else:  # only "Will", "The" ... can be flagged; "Will" before a capital ("Will Smith") is a name
        hits = sorted(last + 1 - len(key) for last, key in automaton.iter(text))
        before_name = {text[a:b] for a, b in _tokens_among(text, automaton) if _next_is_capitalised(text, b)}
    headlines: dict[tuple[int, int], bool] = {}  # per line: a paragraph's sentences share it
    for sent in doc.sentences:
        if hits is not None:
            i = bisect.bisect_right(hits, sent.start)
            first = _LETTER.search(text, sent.start, sent.end)
            while i < len(hits) and first is not None and hits[i] <= first.start():
                i += 1
            if i == len(hits) or hits[i] >= sent.end:
                continue  # no listed word capitalised after the sentence's first word
        if in_headline_lines(text, sent, headlines):
            continue
        words = list(_WORD.finditer(text, sent.start, sent.end))
        for prev, w, nxt in zip(words, words[1:], words[2:] + [None]):
            word = w.group()
            if not (word[0].isupper() and word[1:].islower() and word.casefold() in lowercase):
                continue
            if word in before_name or text[prev.end():w.start()] not in (" ", ", "):
                continue
            pronoun = word.casefold() in _SUBJECT_PRONOUNS
            if not (prev.group()[0].islower() or (pronoun and prev is words[0])):
                continue  # a pronoun may follow the sentence's first word ("But We won")
            if nxt is not None and not nxt.group()[0].islower():
                continue
            if word.casefold() in _DEITY_PRONOUNS and _DEITY.search(text, max(0, w.start() - 300), w.end() + 300):
                continue  # "God said He would": reverent capitals
            if nxt is not None and _brand_spelling(text, nxt, words):
                continue  # "told The i Paper", "bought The eBay store": a title before a name
            if text[w.end():w.end() + 1] in ("?", "!"):
                continue  # a title spelled with its own mark: the consumer group "Which?"
            yield CAPITALISED_FUNCTION_WORD.finding(
                doc, w.start(), w.end(), f"“{word}” capitalised in the middle of a sentence",
                fix=Fix.replace(w.start(), w.end(), word.lower(), Applicability.SAFE,
                                f"lowercase “{word.lower()}”"))


_SPACE_LETTER = re.compile(r" ([^\W\d_])")
# subject pronouns MT capitalises inside a sentence ("Such a change We had planned"): flagged after
# the sentence's first word too ("But We win"); he/his/him near a deity are reverent capitals
_SUBJECT_PRONOUNS = frozenset({"we", "he", "she", "they"})
_DEITY_PRONOUNS = frozenset({"he", "his", "him"})
_DEITY = re.compile(r"\b(?:God|Lord|Christ|Jesus|Allah|Almighty|Creator|Saviou?r|Holy Spirit|Father)\b")


# The characters besides ASCII letters whose case forms hold an ASCII letter ("ſ", "K", "ﬁ" ...):
# a token with one may fold to a listed word without being spelled "Will" (checked by a test).
ASCII_FOLDING_CHARS = ("\xdf\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
                       "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
_ASCII_FOLDING = re.compile(f"[{ASCII_FOLDING_CHARS}]")


@lru_cache(maxsize=4)
def _capitalised_automaton(lowercase: frozenset[str]):
    """The listed words as MT403 flags them ("Will": a capital, then lower case), or None when
    some listed word is not plain lowercase ASCII (then its capitalised forms are not just one)."""
    if not all(w.isascii() and w.isalpha() and w.islower() for w in lowercase):
        return None
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in lowercase:
        automaton.add_word(word.capitalize(), word.capitalize())
    automaton.make_automaton()
    return automaton


def _next_is_capitalised(text: str, end: int) -> bool:
    m = _SPACE_LETTER.match(text, end, end + 2)
    return bool(m and m.group(1).isupper())


DETECTOR = CasingDetector()


# --- MT404 -------------------------------------------------------------------

def _half_cased_institutions(doc, known):
    for m in _HALF_CASED_INSTITUTION.finditer(doc.text):
        part = "head" if m.group("head") else "portfolio"
        if known.overlaps(m.start("mod") if part == "head" else m.start(), m.end()):
            continue  # the glossary's MT103 reports it
        lower = m.group(part)
        fixed = " ".join(w if w == "and" else _capitalised(w) for w in lower.split())
        yield LOWERCASE_INSTITUTION_HEAD.finding(
            doc, m.start(), m.end(),
            f"“{m.group()}” capitalises the name but not all of it (“{lower}”): “{fixed}”",
            fix=Fix.replace(m.start(part), m.end(part), fixed, Applicability.SAFE,
                            f"capitalise “{fixed}”"))
