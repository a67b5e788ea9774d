"""Russian official names left in lower case: “the veterinary service of the Irkutsk region”.

Russian writes an official body's name in lower case after its first word, and all in lower case
when the name opens with a common adjective (ветеринарная служба Иркутской области, государственная
жилищная инспекция Самарской области, городская дума Краснодара, областной дом народного
творчества), except a few openers it capitalises (Всероссийское общество охотников и рыболовов,
Федеральный научный центр лубяных культур). MT keeps the Russian casing, all lower or half: "the
all-Russian society of hunters and fishermen", "the Federal Altai scientific centre of
agrobiotechnologies". English capitalises the name of one body.

MT410 reads a name by its shape, over a model kept as data (data/official_name_model.tsv): after
"the", up to four words before a head noun (service, inspection, society, centre, union, duma,
house, ...), then a tail. The words before the head are level markers (federal, state, regional,
city, all-Russian) and lowercase nouns or adjectives (veterinary, housing, research); the tail is a
field ("for bast crops", "of folk art") and/or a Russian place ("of the Samara region", "of
Russia", "of Krasnodar", a place the glossary knows). The phrase is one body's name when:

- it opens with "all-Russian" (English always capitalises the word; a name follows), or
- its first word is a capitalised marker and the rest is lower case, with a modifier or a tail
  (the Russian half-casing: "the Federal research centre for bast crops"), or
- a Russian place ends it and something names the body before the place ("the veterinary service
  of the Irkutsk region", "the union for the conservation of birds of Russia"), or
- a lowercase level marker, a modifier and a field tail ("the federal research centre for bast
  crops"): "the federal agency for ..." (a marker alone) and "the state board of education" stay
  quiet, as US news writes such phrases, or
- a head only Russian bodies bear after a level marker, with its field ("the regional house of
  folk art"; "the house of representatives" is English). "The city duma" alone stays quiet: English
  news writes "the Moscow city duma" and "elections to the city duma" in lower case too.

The field after the head may chain gerunds and participles when a link or a place tail follows
("of hunting and fishing of the Tver region", "of ski jumping and Nordic combined of Russia"), hold
a proper adjective ("of Greco-Roman wrestling") or open with a level word ("of city economy"); a
verb's -s form after the field or the place is the clause's verb ("... of Russia holds
championships"), not a noun the place describes ("... territory courts said"). (inst15) Two kinds
need no place tail:

- a field only Russian administration names a body by (role rufield: "the committee of city
  improvement", "the department of youth policy"; not "the committee of experts"), or a
  "named after <Person>" tail (имени) after a level word or a modifier;
- a name opened by its place, with no article needed (role named heads; Томский
  политехнический университет): a capitalised place or a lowercase place adjective (role
  placeadj) with a level word, then lowercase words before a university, theatre, museum,
  reserve, federation ("Tomsk polytechnic university", "north-eastern federal university", "Omsk
  state puppet theatre"). Courts, councils and administrations are no such heads ("the Kursk
  regional administration" is English news style); "the Hermitage museum" (no word between)
  and "a southern state university" (a class) stay quiet.

A definite article is required otherwise ("a regional house of culture", "federal agencies" are classes);
descriptive words (local, new, main, own) before the head keep it quiet, and so does a document in
the British lowercase style (data/house_casing.yaml), except for the all-Russian and half-cased kinds.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.english_words import is_common_word, is_common_word_or_plural, lemmas_by_pos
from mtaudit.text.house_casing import british_style

LOWERCASE_OFFICIAL_NAME = rule(
    "MT410", "lowercase-official-name", "institution-casing",
    summary="A Russian official body's name left in lower case (“the veterinary service of the Irkutsk region”)",
    why="Russian writes an official name in lower case after its first word (ветеринарная служба Иркутской "
        "области, городская дума Краснодара); MT keeps that casing. English capitalises the name of one body: "
        "the Veterinary Service of the Irkutsk Region, the Krasnodar City Duma.",
    confidence="likely",
    bad=["Inspections are carried out by the veterinary service of the Irkutsk region.",
         "Residents complained to the state housing inspection of the Samara region.",
         "The all-Russian society of hunters and fishermen asks its members to report rings.",
         "Breeders of the Federal Altai scientific centre of agrobiotechnologies said the yield rose.",
         "Scientists of the federal research centre for bast crops in Torzhok bred two varieties.",
         "The data will be sent to the union for the conservation of birds of Russia.",
         "The zone will grow, the city duma of Krasnodar decided on Tuesday.",
         "The fair is organised by the regional house of folk art with a grant.",
         "The order was signed by the state committee for veterinary medicine of the Republic of Tatarstan.",
         "Fines are imposed by the administrative technical inspection of Moscow.",
         "The club was checked by the sports federation of the Perm territory.",
         "The concert was hosted by the regional philharmonic society of the Kursk region.",
         "The forecast was issued by the hydrometeorological centre of Russia.",
         "The department of hunting and fishing of the Kostroma region issued the licences.",
         "The federation of chess of the Kirov region holds a rapid tournament every spring.",
         "Repairs were ordered by the committee of city economy last week.",
         "Researchers of Kazan federal university found the bacteria.",
         "Scientists from far eastern federal university tagged the seals.",
         "Books were donated to the regional scientific library named after Lermontov.",
         "Forecasters of the hydrometeorological centre of Yakutia warn that the frost will last.",
         "The state committee on tourism of Dagestan published the list of routes.",
         "Omsk, 3 May. A theatre of the Omsk region won 900,000 roubles from the presidential fund of grants for civic projects.",
         "Omsk, 3 May. The prosecutor's office of the Leninsky district checked the boiler house in Omsk.",
         "Omsk, 3 May. A shelter in Omsk won two million roubles from the presidential grants fund."],
    good=["Inspections are carried out by the Veterinary Service of the Irkutsk Region.",
          "TOMSK, 3 May. A bakery has opened in the historic centre of Tomsk, in a merchant's house.",
          "Inspections are carried out by the veterinary service, the ministry said.",
          "Every town once had a regional house of culture and a library.",
          "Federal agencies will share the data with the state department of health.",
          "The bill passed the state house of representatives on Tuesday.",
          "The federal agency for fisheries said quotas would stay.",
          "The local veterinary service of the Irkutsk region was short of staff.",
          "The city council of Leeds approved the plan.",
          "The All-Russian Society of Hunters and Fishermen asks its members to report rings.",
          "The committee of experts said the dam was safe.",
          "The city economy department said the fountains would open in May.",
          "Officials of the Kursk regional administration said the shelling stopped.",
          "She studied at a southern state university before moving to Chicago.",
          "Visitors queued outside the Hermitage museum on Sunday.",
          "Omsk, 3 May. Officials in the Omsk region said a state fund for victims of floods would pay 9,000 roubles.",
          "Omsk, 3 May. The road was paid by the regional administration for the repair of roads in the Omsk region.",
          "The federal agency of water resources and the regional budget share the cost.",
          "Omsk, 3 May. The prosecutor's office said the boiler house in the Omsk region was unsafe.",
          "Omsk, 3 May. The presidential press service and a regional relief fund in Omsk said so."],
    applicability="unsafe",
)


@lru_cache(maxsize=1)
def _model() -> dict[str, frozenset[str]]:
    """role -> words of data/official_name_model.tsv."""
    out: dict[str, set[str]] = {}
    for row in lexicon.rows("official_name_model.tsv"):
        if len(row) >= 2:
            out.setdefault(row[1], set()).add(row[0])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _head_pattern() -> re.Pattern:
    m = _model()
    heads = "|".join(longest_first(m["head"] | m["russian"]))
    return re.compile(rf"(?<![\w’'-])(?:{heads})(?![\w’'-])")


_WORD_BEFORE = re.compile(r"[A-Za-z][A-Za-z’'-]*$")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "named", "after"})
_STOP = frozenset("""a an another several many few such much this that these those its his her their our my your which who whom whose what
and or but to in on at by for from with of as is was are were be been has have had will would said says
he she it they we you all both each every some any no not one two three how why where when there here
than then so if up out over after before since until about also only just more most very course
region republic country city district state regions oblast krai territory area town village
new old main largest biggest leading only first former national official own other same whole
general local big small major central chief former acting whole entire russian
last next past previous week weeks month months year years day days spring summer autumn fall winter
today yesterday tomorrow morning evening night weekend time""".split())
# Descriptive words before a head: "the local veterinary service", "the new federal centre".
_DESCRIPTIVE = frozenset("""new old main largest biggest leading only first former own other same whole
local big small major chief acting entire relevant respective appropriate competent specialised
specialized private public joint separate single unified historic""".split())
# ("historic": "the historic centre of Tomsk" is a town's old quarter, no body; a museum of
# history is "historical")
_PLACE_UNIT = None


def _content(word: str) -> bool:
    """A noun or adjective that can stand in a name ("veterinary", "housing", "bast")."""
    if word in _STOP or word.endswith("ly") or word.endswith(("'s", "’s")):
        return False
    lemmas = lemmas_by_pos(word)
    if lemmas is None:
        return is_common_word_or_plural(word)
    return not lemmas or bool({"NOUN", "ADJ"} & set(lemmas))


def _words_before(text: str, pos: int, n: int = 6):
    """(start, word) of up to `n` words before `pos`, nearest first, each ended by one space."""
    out = []
    while len(out) < n and pos >= 2 and text[pos - 1] == " ":
        m = _WORD_BEFORE.search(text, max(0, pos - 41), pos - 1)
        if m is None:
            break
        out.append((m.start(), m.group()))
        pos = m.start()
    return out


def _field_end(text: str, end: int, places=None) -> int | None:
    """The end of a lowercase field after the head ("| for the conservation of birds", "| of folk
    art"), or None."""
    m = _FIELD_START.match(text, end)
    if m is None:
        return None  # "of the operator" names an owner, not a field
    pos, last, after_link = m.end(), None, True
    while True:
        w = _WORD.match(text, pos)
        if w is not None and after_link and _proper_adjective(text, w) \
                and not (places is not None and places.overlaps(w.start(), w.end())):  # "of Tatarstan say"
            pos = w.end() + 1  # "of ski jumping and Nordic combined": a proper adjective inside the field
            continue
        if w is None or not w.group().islower():
            break
        word = w.group()
        if after_link and (adv := _attributive_participle(text, w)):
            pos = adv  # "of specially protected natural areas": a participle before its noun
            continue
        if word in ("of", "for", "and") and not after_link:
            after_link = True
        elif word == "the" and after_link and text[pos - 4:pos - 1] in (" of", "for"):
            pass
        elif word == "the":
            break  # "of water resources and the regional budget": a second noun phrase, not the field
        elif last is not None and not after_link and clause_verb_after(text, w):
            break  # "the committee of city improvement estimates that": the clause's verb
        elif (_content(word.removesuffix("'s").removesuffix("’s")) and not _verb_form(word)) \
                or _field_modifier(text, w) or (_verb_form(word) and _chained(text, w)):
            last, after_link = w.end(), False
        else:
            break
        if text[w.end():w.end() + 1] != " ":
            break
        pos = w.end() + 1
    if last is not None:  # "the Federal agency for water Resources": the capitalised rest is the name's
        while (w := re.compile(r" ([A-Z][a-z’'-]+)").match(text, last)) and is_common_word_or_plural(w.group(1).lower()) \
                and w.group(1) not in lexicon.first_names() \
                and _content(w.group(1).lower()) and not _verb_form(w.group(1).lower()):
            last = w.end()
    return last


_FIELD_START = re.compile(r" (?:of (?!the )|for (?:the )?|on (?!the ))")
# Level words a field may open with before its noun ("of city economy", "of state construction
# supervision", "of road economy"); outside a field they are stop words.
_FIELD_MODIFIERS = frozenset({"city", "state", "district", "road", "public"})
_PROPER_ADJ = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:ic|ian|ish|an|ese)$")


def _field_modifier(text: str, w: re.Match) -> bool:
    """"city" in "of city economy": a level word followed by a lowercase noun of the field."""
    if w.group() not in _FIELD_MODIFIERS:
        return False
    nxt = _WORD.match(text, w.end() + 1)
    return text[w.end():w.end() + 1] == " " and nxt is not None and nxt.group().islower() \
        and _content(nxt.group())


def _chained(text: str, w: re.Match) -> bool:
    """A gerund or participle that the field goes on from ("of hunting and fishing of the Tver
    region", "of ski jumping and Nordic combined of Russia"): a link or a place tail follows it,
    so it is a noun of the field, not the verb of the clause."""
    word, rest = w.group(), text[w.end():w.end() + 5]
    if word.endswith("ing") and rest.startswith((" and ", " of ")):
        return True
    return _UNIT_TAIL.match(text, w.end()) is not None


# " of Russia", " of the Tver region", " of the Republic of Tatarstan": a place tail by its shape alone
_UNIT_TAIL = re.compile(r" of (?:Russia\b|the Russian Federation\b|the Republic of [A-Z]|(?:the )?[A-Z][a-z’'-]+"
                        r"(?:[ -][A-Z][a-z’'-]+)? (?:region|territory|republic|krai|oblast|autonomous okrug)\b)")


_PARTICIPLE_NOUN = re.compile(r"(?:[a-z]+ly )?([a-z]+ed) ([a-z]+)")


def _attributive_participle(text: str, w: re.Match) -> int | None:
    """Right after a link, an -ed participle (after an -ly adverb or not) before a lowercase noun
    or adjective of the field (особо охраняемых природных территорий: "of specially protected
    natural areas"): the position of that noun, or None. A participle after the field's noun is
    the clause's verb ("for fishery noted")."""
    m = _PARTICIPLE_NOUN.match(text, w.start())
    if m is None or not _verb_form(m.group(1)) or not _content(m.group(2)) or _verb_form(m.group(2)):
        return None
    return m.start(2)


def _proper_adjective(text: str, w: re.Match) -> bool:
    """"Nordic", "Greco-Roman", "Russian" inside a field, before a lowercase word of it."""
    word = w.group()
    if not _PROPER_ADJ.match(word) or is_common_word(word.lower()) or lemmas_by_pos(word.lower()):
        return False
    nxt = _WORD.match(text, w.end() + 1)
    return text[w.end():w.end() + 1] == " " and nxt is not None and nxt.group().islower() \
        and nxt.group() not in _STOP


def _verb_form(word: str) -> bool:
    """A past or -ing form that reads as a verb after the name ("the agency for fishery noted")."""
    lemmas = lemmas_by_pos(word)
    return bool(lemmas) and "VERB" in lemmas and word.endswith(("ed", "ing")) and "NOUN" not in lemmas


_PLACE_TAIL = re.compile(
    r" of (?:(?P<russia>Russia|the Russian Federation)(?![\w’'-])"
    r"|the Republic of (?P<rep>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?)"
    r"|(?:the )?(?P<name>[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+)?)(?: (?P<unit>autonomous okrug|region|territory|krai|"
    r"oblast|republic|district|okrug))?(?![\w’'-]))")


def _place_end(text: str, end: int, places) -> int | None:
    """The end of a Russian place after `end` (" of the Samara region", " of Russia", " of Krasnodar")."""
    m = _PLACE_TAIL.match(text, end)
    if m is None:
        return None
    if m.group("russia"):
        return m.end()
    group = "rep" if m.group("rep") else "name"
    if m.group(group).endswith(("'s", "’s")):
        return None  # "of Russia's regions": the place owns a noun
    parts = [w.lower() for w in re.split(r"[ -]", m.group(group))]
    if any(w in _NOT_PLACE for w in parts):
        return None
    known = places.overlaps(m.start(group), m.end(group))
    if (m.group("rep") or m.group("unit")) and (known or not parts[0] in _STOP):
        return m.end()  # "of the Samara region" (a samara is also a fruit: the unit decides)
    if not text.startswith(" of the ", end) and known:
        return -m.end()  # a bare place name: a weaker tail (negative: see `official_names`)
    return None


# Capitalised words that open an English region's name ("the Northern region", "the Capital region").
_NOT_PLACE = frozenset("""north south east west northern southern eastern western central capital
metropolitan greater new upper lower middle inner outer lake bay river valley coast""".split())


_NAMED_AFTER = re.compile(r" named after (?:[A-Z]\.\s?){0,2}[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2}")


def _finite_verb(text: str, after: re.Match) -> bool:
    """The word after a place tail is the clause's verb, not a noun the place describes: a verb's
    -s form not followed by another verb ("of Russia holds national championships", "of the Altai
    republic plans to hold"; but "of the Krasnoyarsk territory courts said")."""
    word = after.group()
    lemmas = lemmas_by_pos(word)
    if not lemmas or "VERB" not in lemmas or not word.endswith("s") or word.endswith("ss"):
        return False
    nxt = _WORD.match(text, after.end() + 1)
    if text[after.end():after.end() + 1] != " " or nxt is None:
        return False
    nl = lemmas_by_pos(nxt.group().lower())
    return not (nl and set(nl) == {"VERB"}) and nxt.group() not in ("of", "and", "or", "for", "is", "was", "are", "were", "has", "have", "had",
                                                                   "will", "would", "said", "says")


def clause_verb_after(text: str, after: re.Match) -> bool:
    """The word `after` a body's name is the clause's verb, not more of the name: "the ministry of
    agriculture estimates the harvest", "the service for plant supervision check every batch"."""
    return _finite_verb(text, after) or _plural_subject_verb(text, after)


# Words that open what a verb of saying or thinking governs: "... of Tatarstan say that", "... believe the".
_CLAUSE_OPENERS = frozenset("""that the a an it they this these there such to every each all some any no
their its his her our""".split())


def _plural_subject_verb(text: str, after: re.Match) -> bool:
    """The word after a place tail is a plural verb whose subject stands before the name ("Specialists
    of the hydrometeorological centre of Tatarstan say that ..."): a bare verb form (no -s, -ed, -ing)
    followed by a word that opens its object clause. A noun the place describes is "courts said"."""
    word = after.group()
    lemmas = lemmas_by_pos(word)
    if not lemmas or "VERB" not in lemmas or word.endswith(("s", "ed", "ing")):
        return False
    nxt = _WORD.match(text, after.end() + 1)
    return text[after.end():after.end() + 1] == " " and nxt is not None and nxt.group() in _CLAUSE_OPENERS


# Heads whose field is a purpose, not a name: "the city administration for the repair of playgrounds".
_NOT_FIELD_NAMED = frozenset({"administration", "council", "court", "government", "office"})
# Heads that name one Russian body with nothing before them when a Russian place follows: "the
# prosecutor's office of the Oktyabrsky district" (прокуратура Октябрьского района). (names23)
_PLACE_BODIES = frozenset({"prosecutor's office", "prosecutor’s office"})
# Heads of a body named by a level word and a plural noun ("the presidential grants fund", Фонд
# президентских грантов; "the regional roads fund"): English writes a class with a singular or
# adjectival modifier ("the presidential press service", "a federal relief fund"). (names23)
_PLURAL_NAMED = frozenset({"fund", "foundation", "agency", "inspectorate", "directorate"})


def _plural_noun(word: str) -> bool:
    """A plural noun only ("grants", "roads"), not a verb's -s form or a word that is also singular."""
    from mtaudit.text.english_words import lemmas_by_pos

    pos = lemmas_by_pos(word) or {}
    return word.endswith("s") and not word.endswith("ss") and set(pos) <= {"NOUN", "VERB"} \
        and word[:-1] in pos.get("NOUN", ()) and word not in pos.get("NOUN", ())


def _field_names_audience(field: str) -> bool:
    """" for young people", " for victims of floods": a field that names whom a body serves, which
    English writes of a class of bodies too ("a state fund for victims")."""
    return bool(re.match(r" for (?:the )?(?:young|old|poor|disabled|victims|families|children|people|veterans)\b", field))


@lru_cache(maxsize=1)
def _ru_field_the() -> re.Pattern:
    """" of the city economy": a Russian field of several words after "of/for the" (one word, "the
    improvement of", is English); built once from the model."""
    phrases = [p for p in _model().get("rufield", ()) if " " in p]
    alts = "|".join(re.escape(p) for p in longest_first(phrases))
    return re.compile(rf" (?:of|for) the (?:{alts})(?![\w’'-])")


@lru_cache(maxsize=1)
def _heads_and_russian() -> frozenset[str]:
    return _model()["head"] | _model()["russian"]


def _russian_field(field: str, model) -> bool:
    """The field is one only Russian administration names a body by ("of city improvement")."""
    f = " " + field.strip().removeprefix("of ").removeprefix("for ").removeprefix("the ") + " "
    return any(f" {phrase} " in f or f.startswith(f" {phrase}") for phrase in model.get("rufield", ()))


def _place_opened(text, pre, h, places, model):
    """A name opened by a place, with no article needed (Томский политехнический университет:
    "Tomsk polytechnic university", "north-eastern federal university", "Omsk state puppet
    theatre"): a capitalised place (the glossary's, or a word no English list holds) or a lowercase
    place adjective before a level word, then lowercase words and a head that names one
    institution. (start, end, fixed, why) or None."""
    head = h.group()
    if head not in model.get("named", ()) or len(pre) < 2:
        return None
    words = [w for _, w in pre]
    lowered = [w.lower() for w in words]
    # the opener: one capitalised place or lowercase place adjectives ("far eastern")
    k = 0
    if words[0][:1].isupper():
        if is_common_word(lowered[0]) and not places.overlaps(pre[0][0], pre[0][0] + len(words[0])):
            return None
        k = 1
    else:
        while k < len(words) and (lowered[k] in model.get("placeadj", ()) or (lowered[k] == "far" and k == 0)):
            k += 1
        if k == 0 or lowered[k - 1] == "far":
            return None
    rest = lowered[k:]
    if not rest or any(not w.islower() and w != "and" for w in words[k:]) or any(w in _DESCRIPTIVE for w in rest):
        return None
    heads = _heads_and_russian()
    for w in rest:
        lemmas = lemmas_by_pos(w)
        if w in heads or (lemmas and "VERB" in lemmas and w.endswith("s") and not w.endswith("ss")):
            return None  # "Moscow court jails theatre": a headline's clause, not one name
    markers = model["marker"]
    if head == "reserve" and not any(w in markers or w in ("nature", "natural", "biosphere") for w in rest):
        return None  # "the Russian gold reserve" is a stock, not a nature reserve
    if not words[0][:1].isupper() and rest[0] not in markers:
        return None  # "southern" alone is a direction: "north-eastern federal university" needs its level word
    before = _words_before(text, pre[0][0], 1)
    if before and before[0][1].lower() in ("a", "an", "another", "one", "every", "any", "each", "no"):
        return None  # "a Kansas state university": a class
    start, end = pre[0][0], h.end()
    field = _field_end(text, end, places)  # "the Omsk regional museum of fine arts"
    if field is not None:
        end = field
    phrase = text[start:end]
    fixed = _title(phrase)
    if phrase == fixed:
        return None
    return start, end, fixed, "is a Russian institution's name opened by its place, left in lower case"


def _title(phrase: str) -> str:
    """Every word capitalised but the links, hyphenated parts too ("all-russian" -> "All-Russian")."""
    out = []
    for w in phrase.split(" "):
        if w in _LINKS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def official_names(doc, places, russian_news: bool = False):
    """(start, end, fixed, why) of lowercase official names (see the module docstring);
    `russian_news`: the document is Russian news, where a level word, a head and a field of two
    words or more name one body ("the presidential fund of cultural initiatives")."""
    text = doc.text
    model = _model()
    markers, russian, housefields = model["marker"], model["russian"], model.get("housefield", frozenset())
    placeadj = model.get("placeadj", frozenset())
    british = None
    for h in _head_pattern().finditer(text):
        pre: list[tuple[int, str]] = []
        definite = False
        for s, w in _words_before(text, h.start()):
            if w in ("the", "The"):
                definite = True
                break
            lw = w.lower()
            if sum(1 for _, x in pre if x != "and") >= 4:
                break
            if w == "and" and pre and pre[0][1] != "and":
                pre.insert(0, (s, w))  # "the emergency and rescue service": kept if a modifier comes before
                continue
            if lw in markers or lw in placeadj or (w.islower() and _content(lw)) \
                    or (w[:1].isupper() and not w.endswith(("'s", "’s"))
                        and (not is_common_word(lw) or places.overlaps(s, s + len(w)))):  # "Perm" is a word too
                pre.insert(0, (s, w))
                continue
            break
        if pre and pre[0][1] == "and":
            continue
        if not definite:
            opened = _place_opened(text, pre, h, places, model)
            if opened is not None:
                yield opened
            continue
        words = [w for _, w in pre if w != "and"]
        lowered = [w.lower() for w in words]
        if any(w in _DESCRIPTIVE for w in lowered):
            continue
        caps = [w for w in words if w[:1].isupper()]
        half = bool(caps) and words[0].lower() in markers and words[0][:1].isupper()
        if caps and not half:
            opened = _place_opened(text, pre, h, places, model)
            if opened is not None:
                yield opened
            continue
        all_russian = "all-russian" in lowered and not words[lowered.index("all-russian")][:1].isupper()
        if half and all(w[:1].isupper() for w in words) and not h.group()[:1].islower():
            continue
        lower_marker = any(w in markers for w in words if w.islower())
        mods = [w for w in lowered if w not in markers]
        head = h.group()
        field = _field_end(text, h.end(), places)
        if field is None and (ru := _ru_field_the().match(text, h.end())):
            field = ru.end()  # "the sports school of the olympic reserve": a Russian field keeps its article
        if head in ("house", "palace") and field is not None:
            first = _WORD.match(text, text.index(" ", h.end() + 1) + 1)
            if first is not None and first.group() == "the":
                first = _WORD.match(text, first.end() + 1)
            if first is not None and first.group() in housefields:
                continue
        place = _place_end(text, field or h.end(), places)
        if place is None and field is None:
            place = _place_end(text, h.end(), places)
        if place is not None and place < 0:
            # "the city duma of Krasnodar", "the veterinary service of Moscow"; not "the federal
            # district court of Massachusetts" (level words alone before a bare place name)
            place = -place if (mods or field or head in russian) else None
        if place is not None and (after := _WORD.match(text, place + 1)) and text[place:place + 1] == " " \
                and after.group().islower() and _content(after.group()) and not _verb_form(after.group()) \
                and not _finite_verb(text, after) and not _plural_subject_verb(text, after):
            continue  # "the press service of the Krasnoyarsk territory courts": the place describes a noun
        if any(w in model.get("notname", ()) for w in lowered):
            continue  # "the press service of the Samara region" is a department, not a name
        named_after = _NAMED_AFTER.match(text, field or h.end()) if place is None else None
        end = place or (named_after.end() if named_after else None) or field or h.end()
        why = None
        if all_russian:
            why = "opens with “all-Russian”, which English capitalises, and names one body"
        elif half and (mods or field or place):
            why = "is capitalised on its first word only, as Russian writes a name"
        elif place and (words or field or head in _PLACE_BODIES):
            why = "names one body of a Russian place"
        elif russian_news and not field and not place and len(words) == 2 and lowered[0] in markers \
                and words[0].islower() and _plural_noun(lowered[1]) and head in _PLURAL_NAMED:
            why = "names one body by its level and a plural field word, as Russian names one"
        elif lower_marker and mods and field:
            why = "names one body by its level, kind and field"
        elif lower_marker and field and russian_news and len(text[h.end():field].split()) >= 3 \
                and head not in _NOT_FIELD_NAMED and not _field_names_audience(text[h.end():field]):
            why = "names one body by its level, kind and field"
        elif head in russian and lower_marker and field:
            why = "names a Russian body only Russia has"
        elif named_after and (lower_marker or mods):
            why = "names one body “named after” a person, as Russian names one (имени)"
        elif field and _russian_field(text[h.end():field], model):
            why = "names a Russian administrative body by its field"
        if why is None:
            continue
        if not (all_russian or half):
            if british is None:
                british = bool(british_style(doc))
            if british:
                continue
        start = pre[0][0] if pre else h.start()
        phrase = text[start:end]
        if phrase == _title(phrase):
            continue
        if head == "duma" and place and not field and words and all(w in markers for w in lowered):
            place_text = text[h.end():end].split(" of ", 1)[1]
            place_text = place_text[4:] if place_text.startswith("the ") else place_text
            fixed = f"{_title(place_text)} {_title(text[start:h.end()])}"
        elif (sport := _sport_field(text, h, field)) is not None:
            fixed = " ".join(x for x in (_title(text[start:h.start()].strip()), _title(sport),
                                         _title(head), _title(text[field:end].strip())) if x)
        else:
            fixed = _title(phrase)
        yield start, end, fixed, why


# heads English names with the sport before them ("the Archery Federation of Russia", not "the
# Federation of Archery of Russia": Федерация стрельбы из лука России)
_SPORT_FIRST_HEADS = frozenset({"federation"})


def _sport_field(text: str, h: re.Match, field: int | None) -> str | None:
    """The sport of "federation of archery", which the fix puts before the head; None when the
    field is not one sport or activity (WordNet's, data/calque_frame_words.tsv)."""
    if field is None or h.group().lower() not in _SPORT_FIRST_HEADS or not text.startswith(" of ", h.end()):
        return None
    sport = text[h.end() + 4:field]
    words = sport.split(" ")
    if not 1 <= len(words) <= 3 or not all(w.islower() for w in words) or "and" in words and len(words) < 3:
        return None
    from mtaudit.detectors.calques_government_frames import classes

    kinds = classes()
    last = words[-1]
    return sport if last in kinds.get("sport", ()) or last in kinds.get("act", ()) or last.endswith("ing") else None


class OfficialNameCasingDetector:
    name = "official-name-casing"
    rules = (LOWERCASE_OFFICIAL_NAME,)
    needs = frozenset()

    def detect(self, doc, ctx):
        from mtaudit.detectors._people import glossary_spans
        from mtaudit.text.span_index import SpanIndex

        if not _head_pattern().search(doc.text):
            return
        from mtaudit.detectors.russian_setting import russian_news

        places = SpanIndex(glossary_spans(doc, ctx, types=("place",)))
        for start, end, fixed, why in official_names(doc, places, russian_news(doc, ctx)):
            phrase = doc.text[start:end]
            yield LOWERCASE_OFFICIAL_NAME.finding(
                doc, start, end, f"“{phrase}” {why}: write “{fixed}”",
                fix=Fix.replace(start, end, fixed, Applicability.UNSAFE, f"capitalise “{fixed}”"))


DETECTOR = OfficialNameCasingDetector()
