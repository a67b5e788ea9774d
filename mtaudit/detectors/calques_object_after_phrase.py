"""A short object after the verb's prepositional phrase, in Russian order (MT2516).

Russian puts the new information last, so a short object follows the verb's place or source
phrase: "вытащили из воды трёх человек" (pulled out from the water three people), "доставили в
больницу двоих детей" (delivered to the hospital two children), "привезли из Москвы новое
оборудование" (brought from Moscow new equipment), "высадили в парке 200 деревьев" (planted in
the park 200 trees), "изъяли у подозреваемого два ружья" (seized from the suspect two guns),
"перечислили в бюджет 5 млн рублей" (transferred to the budget 5 million roubles). MT keeps the
order. English puts a short object right after the verb and the phrase after it ("pulled three
people out of the water", "took two children to hospital"); it moves the object after the phrase
only when the object is heavy: long, with a relative clause, a coordination or an infinitive
("brought to the region a team of doctors who …", "announced at the summit a plan to …").

The shape is read from the tagger's parts of speech (the small parser's arcs garble exactly these
sentences): a verb (a past, present or future form, a modal and its infinitive, or a past
participle the tagger took for one), an optional particle (out, over, up, …), a preposition, its
noun phrase ending in a noun, then a second noun phrase that opens with a number, an article, a
possessive or a quantity word and holds at most four words (an of-phrase included: "40 tonnes of
fish"), closing the clause (a stop, a comma, or a place or time phrase after it).
Spared: a time phrase instead of the place ("announced on Tuesday a new plan", "came to Moscow
two years ago", "reported in the first quarter a loss"), a time noun as the object ("the next
day"), a pronoun in the phrase ("brought with them new traditions"), set phrases whose noun
belongs to the verb (take into account, take into custody, put on display, put up for sale,
bring to justice: calque_object_after_phrase_idioms.txt), a heavy object (more than four words,
"and", a relative clause, an infinitive after it), intransitive verbs of motion and being
("went to the cinema the whole family" is MT2510's kind), and "said in a statement that …".
"""

from __future__ import annotations

import regex

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.lexicon import folded_words

OBJECT_AFTER_PHRASE = rule(
    "MT2516", "short-object-after-verb-phrase", "calque",
    summary="“pulled out from the water three people”, “delivered to the hospital two children”, "
            "“brought from Moscow new equipment”: a short object after the verb's prepositional "
            "phrase, in Russian order",
    why="Russian puts the new information, often a counted object, last (вытащили из воды трёх "
        "человек; доставили в больницу двоих детей; высадили в парке 200 деревьев). MT keeps the "
        "order. English puts a short object right after its verb and the phrase after the object: "
        "“pulled three people out of the water”, “took two children to hospital”, “planted 200 "
        "trees in the park”; it shifts only a heavy object (a long one, one with a relative clause "
        "or a coordination) after the phrase.",
    confidence="likely",
    bad=["Rescuers pulled out from the water three people on Sunday.",
         "The driver repaid in full the damage.",
         "The ambulance crew delivered to the hospital two children.",
         "Volunteers planted in the park 200 trees.",
         "The police seized from the suspect two hunting rifles.",
         "The governor handed over to the veterans the keys.",
         "The company transferred to the city budget 5 million roubles.",
         "The inspectors removed from sale 40 kilograms of fish.",
         "The sponsors donated to the school ten computers.",
         "Firefighters evacuated from the building 50 people.",
         "The farm will send to the fair its best cattle."],
    good=["Rescuers pulled three people out of the water on Sunday.",
          "After launch, both satellites separated from the Soyuz 2 rocket.",
          "The company announced on Tuesday a new plan.",
          "He came to Moscow two years ago.",
          "Police took into custody two men.",
          "The museum put on display 40 paintings.",
          "He said in a statement that the plan was ready.",
          "The charity brought to the region a team of doctors who treated 300 children.",
          "The minister announced at the summit a plan to build 20 schools.",
          "The pilgrims brought with them new traditions.",
          "They moved to the city the next year.",
          "The fund sent to the region food, blankets and medicine.",
          "The plant brought from Moscow new equipment and a team of engineers."],
    applicability="unsafe",
)

_PREPS = frozenset({"from", "to", "into", "onto", "in", "at", "on", "for", "inside", "across", "along",
                    "through", "under", "near", "around", "among", "outside", "off", "out"})
_PARTICLES = frozenset({"out", "up", "off", "over", "down", "away", "back", "in", "on", "aside", "together"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NP1_TAGS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "VBN", "VBG"})
_OPENERS = frozenset({"a", "an", "the", "all", "several", "some", "both", "their", "his", "her", "its", "our",
                      "dozens", "hundreds", "thousands", "about", "over", "nearly", "almost", "around",
                      "more", "another", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten", "one"})
_CLOSERS = frozenset({"on", "in", "at", "during", "over", "for", "from", "within", "last", "this", "near",
                      "across", "after", "before", "since", "throughout", "by", "under", "via"})
_TIME = frozenset("""day days week weeks month months year years hour hours minute minutes second seconds morning
mornings evening evenings night nights weekend weekends time times season seasons decade decades century centuries
quarter quarters half period moment summer winter spring autumn fall monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
today yesterday tomorrow date end beginning start middle""".split())
_NOT_TRANSITIVE = frozenset("""be have do go come return arrive move live stay remain become seem fly travel walk
run get sit stand lie rank finish place hold say tell report announce note write add explain stress state
claim warn reply answer speak talk amount total reach rise fall grow increase decrease drop climb jump exceed
decline slide soar surge equal""".split())
_IDIOMS = folded_words("calque_object_after_phrase_idioms.txt")
_PREFILTER = regex.compile(
    r"\b\p{Ll}+\s+(?:(?:out|up|off|over|down|away|back|in|on|aside|together)\s+)?(?:from|to|into|onto|out\s+of|"
    r"in|at|on|for|inside|across|along|through|under|near|around|among|outside|off)\s+[^,.;:!?()\n]{1,60}?\s+"
    r"(?:\d|(?:a|an|the|all|several|some|both|their|his|her|its|our|dozens|hundreds|thousands|about|over|"
    r"nearly|almost|around|more|another|one|two|three|four|five|six|seven|eight|nine|ten)\s)|"
    r"\b\p{Ll}+\s+(?:from|to|into|in)\s+\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+[.,]", regex.V1)


def _verb_ok(sent, v) -> bool:
    if v.lemma_.lower() in _NOT_TRANSITIVE or v.pos_ not in ("VERB",):
        return False
    before = sent[v.i - 1] if v.i > 0 else None
    if v.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if v.tag_ == "VB":
        return before is not None and (before.tag_ == "MD" or before.lower_ == "to")
    if v.tag_ == "VBN":
        if before is not None and before.lemma_ in ("be", "get"):
            return False  # a passive: "was delivered to the hospital two days ago"
        return before is not None and (before.lemma_ == "have" or before.tag_ in _NOUN_TAGS)
    return False


def _bare_phrase(toks, j) -> bool:
    """"in full the damage", "in part the costs" (возместил в полном объёме ущерб): "in" and one
    bare word before the object's article is a phrase, not the verb's particle."""
    return (toks[j].lower_ == "in" and j + 2 < len(toks) and toks[j + 1].tag_ in ("JJ", "NN", "RB")
            and toks[j + 1].is_lower and toks[j + 2].lower_ in ("the", "a", "an", "his", "her", "their", "its", "all"))


def _nounish(t) -> bool:
    """A noun, or a word the tagger took for an adjective that is a noun before an object ("from
    the suspect two guns", "to the fair their best cattle")."""
    if t.tag_ in _NOUN_TAGS:
        return True
    return t.tag_ == "JJ" and "NOUN" in (lemmas_by_pos(t.lower_) or {})


def _match(sent):
    """(verb, prep index, np1 end, np2 start, np2 end) for the shape, or None."""
    toks = list(sent)
    n = len(toks)
    for v in toks:
        if not _verb_ok(sent, v):
            continue
        j = v.i + 1
        if j < n and toks[j].lower_ in _PARTICLES and toks[j].tag_ in ("RP", "RB", "IN") and not (
                j + 1 < n and toks[j + 1].tag_ in ("DT", "CD", "PRP$") and toks[j].lower_ not in ("out", "off")) \
                and not _bare_phrase(toks, j):
            j += 1
        if j >= n or toks[j].lower_ not in _PREPS:
            continue
        if toks[j].lower_ == "out" and j + 1 < n and toks[j + 1].lower_ == "of":
            j += 1
        prep = j
        # the phrase's noun phrase: determiners, adjectives and nouns, at most seven words, one "of"
        k = prep + 1
        saw_of = False
        while k < n and k - prep <= 8:
            t = toks[k]
            if t.tag_ in _NP1_TAGS and t.lower_ not in _OPENERS - {"the", "a", "an", "their", "his", "her", "its", "our"}:
                k += 1
                continue
            if t.lower_ == "of" and not saw_of and k > prep + 1:
                saw_of = True
                k += 1
                continue
            break
        # the phrase ends in a noun right before the object's opener
        if k >= n or k == prep + 1:
            continue
        # back off: the opener may have been taken into the phrase ("the", "a")
        np1_end = k
        for cut in range(k, prep + 1, -1):
            if _nounish(toks[cut - 1]) and cut < n and (
                    toks[cut].lower_ in _OPENERS or toks[cut].tag_ == "CD" or (
                        cut == prep + 2 and toks[cut - 1].tag_ == "NNP" and toks[cut].tag_ == "JJ")):
                np1_end = cut
                break
        else:
            continue
        np1 = toks[prep + 1:np1_end]
        if not np1 or not _nounish(np1[-1]):
            continue
        if any(t.lower_ in _TIME or t.tag_ == "CD" or any(ch.isdigit() for ch in t.text) for t in np1) or toks[prep].lower_ in ("for",) and any(
                t.lower_ in _TIME for t in np1):
            continue  # "announced on Tuesday", "reported in the first quarter", "in 2019"
        if toks[prep].lower_ != "from" and any(t.lower_ in _IDIOMS or t.lemma_.lower() in _IDIOMS for t in np1):
            continue  # "took into custody", "put on display"
        if any(t.pos_ == "PRON" for t in np1):
            continue
        # the object: an opener, then at most four words ending in a noun, an of-phrase included
        m = np1_end
        end = m
        count = 0
        while end < n and count < 6:
            t = toks[end]
            if t.tag_ in ("CD", "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "HYPH", "RB") or t.lower_ in (
                    "of", "more", "than"):
                end += 1
                count += 1
                continue
            break
        while end > m and toks[end - 1].tag_ not in _NOUN_TAGS:
            end -= 1
        obj = toks[m:end]
        if not obj or len([t for t in obj if t.tag_ != "HYPH"]) > 4:
            continue
        if any(t.lower_ in _TIME for t in obj) or obj[-1].pos_ not in ("NOUN", "PROPN"):
            continue
        if obj[0].tag_ == "CD" and len(obj) >= 2 and obj[-1].tag_ == "NN" and obj[0].lower_ not in ("1", "one") \
                and np1[-1].tag_ in ("NNP", "NNPS"):
            continue  # "from the Falcon 9 rocket": a number after a name, before a singular noun, is the
            # name's own ("Falcon 9", "Boeing 737"); a counted object has a plural ("5 million rubles")
        if obj[0].lower_ in ("the", "this", "these", "that", "those") and obj[-1].tag_ in ("NNP", "NNPS"):
            continue  # "… to Moscow the Bolshoi Ballet": a name may be a subject of what follows
        nxt = toks[end] if end < n else None
        if nxt is not None and not (nxt.is_punct and nxt.text in (".", ",", ";", ":", "!") or nxt.lower_ in _CLOSERS):
            continue  # "… a plan to build", "… people and a dog", "the children attend": heavy or a clause
        if nxt is not None and nxt.text == "," and end + 1 < n and toks[end + 1].lower_ in ("who", "which", "whose"):
            continue
        if nxt is not None and nxt.lower_ in _CLOSERS and end + 1 < n and toks[end + 1].tag_ in ("VB", "VBG"):
            continue
        rest = toks[end:]
        stop = next((i for i, t in enumerate(rest) if t.is_punct), len(rest))
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest[:stop]):
            continue  # "objected to the support its leadership in Moscow had given": a relative clause
        return v, prep, np1_end, m, end
    return None


class ObjectAfterPhraseDetector:
    name = "calques-object-after-phrase"
    rules = (OBJECT_AFTER_PHRASE,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        todo = []
        for s in doc.body_sentences:
            sent = text[s.start:s.end]
            if not sent.rstrip().endswith((".", "!", ".”", '."')):
                continue
            if _PREFILTER.search(sent):
                todo.append(s)
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            sent = parsed.doc
            hit = _match(sent)
            if hit is None:
                continue
            v, prep, np1_end, m, end = hit
            start = parsed.offset(v)
            stop = parsed.end_offset(sent[end - 1])
            verb_part = text[start:parsed.end_offset(sent[prep - 1])] if prep - 1 >= v.i else text[start:parsed.end_offset(v)]
            phrase = text[parsed.offset(sent[prep]):parsed.end_offset(sent[np1_end - 1])]
            obj = text[parsed.offset(sent[m]):stop]
            if "\n" in text[start:stop] or '"' in text[start:stop] or "“" in text[start:stop]:
                continue
            new = f"{verb_part} {obj} {phrase}"
            yield OBJECT_AFTER_PHRASE.finding(
                doc, start, stop,
                f"“{text[start:stop]}” puts the short object “{obj}” after the phrase “{phrase}”, in "
                f"Russian order (вытащили из воды трёх человек); English puts it right after the verb: "
                f"“{new}”",
                fix=Fix.replace(start, stop, new, Applicability.UNSAFE, "put the object after the verb"))


DETECTOR = ObjectAfterPhraseDetector()
