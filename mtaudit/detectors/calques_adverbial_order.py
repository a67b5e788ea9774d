"""A fronted adverbial, then the verb, then its subject: Russian order read from the parse (MT2517).

Russian opens a clause with a place, a time or a manner and puts the subject, the new
information, last: "в республике осталось менее 5 тысяч животных", "на побережье нашли тела
тюленей", "сейчас в парке живут 350 зубров", "на полях работают 1100 комбайнов". MT keeps the
order: "In the republic remained less than 5,000 animals", "On the coast were found the bodies
of 20 seals". English puts the subject before its verb ("Fewer than 5,000 animals remained in
the republic").

The mechanism is the clause's shape, not its words: from a clause start (the sentence, or after a
colon, a semicolon, a dash, "that" or ", and"), one or more adverbials — prepositional phrases,
adverbs, a time noun phrase the parser does not make the subject — then a verb group with no
subject before it (a finite active verb, a passive, a modal or perfect form, or "became"), then a
noun phrase that opens with an article, a number, a quantity word, an adjective or a noun. The
small parser garbles exactly these sentences (it hangs the postposed subject on a later verb or
calls it an object), so the shape is read from token order and parts of speech, and the parse is
asked only whether something before the verb is its subject.

Spared: "there" and pronouns after the verb, questions, quotative inversion ("said the
minister": the attribution rules own it), "be" as the main verb ("Among the dead were two
children", "At stake is …", "Here is …"), "do" ("Only then did …"), and English locative
inversion — a single place phrase before a verb of position, motion or existence
(calque_fronted_skip_verbs.txt: "On the wall hung a portrait", "Into the room came a man"); such a
verb counts only after two stacked adverbials ("Now in the park live …", "In 2003 in the region
remained …") or with a modal or perfect ("will work"), which literary inversion never takes.
A counted subject ("In the city appeared 200 cars", в городе появились 200 машин) counts even
after a single static place phrase ("in", "on", "at") with a verb of appearing or starting: English
inversion moves or stands a figure, it does not count newcomers. "The lake Aktash", "the village
Ivanovka" (a place noun of place_nouns.txt and its name, Russian order) is a place, not a swallowed
subject. A second shape, from token order: a superlative noun phrase, a finite "became", then bare
proper names closing the clause ("The most popular names … became Sofia and Mikhail": самыми
популярными именами стали …), the predicate fronted before its subject; so does a person noun
(WordNet's doers) before "became" and a first and last name ("The winner … became Irina Popova":
победителем стала …). A measure noun as the subject ("the number of foxes", количество лис)
counts like a number. Any verb after a fronted phrase, a verb of position or motion included,
counts when an adverb stands between it and its subject ("In the reserve live now 40 bison":
сейчас живут) or when it is a verb of phase run into an infinitive or a gerund ("In the clinic
began to operate a new scanner": начал работать): literary inversion does neither. A fronted
"the first"/"the best" takes any verb when a first name and surname close the clause after its
phrases ("Among juniors the first came to the finish Pavel Rogov": первым к финишу пришёл). The
parser's subject inside the opening phrase is read as the phrase's own noun when only an
article, adjectives or a possessive stand between it and the preposition ("In the regional
hospital began …"); a noun, a name or a number before it ("In the region prices rose") may end
the phrase, and the noun is then the subject.
A progressive counts like an active verb ("At this time in the opposite lane was moving a car":
двигался), a verb of position after a single place spared ("In the corner was sitting a man").
A pronoun right after an opening preposition that opens no clause ("In it took part 64 teams": в нём
приняли участие) is that preposition's object, though the parser reads "in" as a subordinator and
"it" as the verb's subject; "After it opened …", "Since it reopened …" stay clauses.
The fronted phrase holds what Russian puts there and English does not: two places joined by "and"
("Between Omsk and the town of Tara started to run …", между А и Б), a name in quotes ("at the farm
"Iskra" opened …", в хозяйстве «Искра»), "after"/"before" with a bare action noun that the parser
reads as a clause ("after reconstruction resumed work …", после реконструкции); the verb may be a
verb of phase with a bare "work" before the subject ("resumed work the smokehouse", возобновил
работу), a verb and its own phrase before the object ("put into operation a new boiler house",
ввели в эксплуатацию), or a past form the tagger calls a participle at the root ("put"); the noun
after it may carry a superlative with its own phrase ("the largest in the region farm", крупнейшая
в регионе ферма).
The fix moves the subject before its verb and the adverbials after it, when the subject closes the
clause.
"""

from __future__ import annotations

import re

from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.lexicon import first_names, folded_words, words
from mtaudit.detectors.calques_fronted import subject_after_time

ADVERBIAL_VERB_SUBJECT = rule(
    "MT2517", "adverbial-verb-subject", "calque",
    summary="“In the republic remained less than 5,000 animals”, “On the coast were found the bodies "
            "of 20 seals”, “Now in the park live 300 bison”: a fronted adverbial, the verb, then its "
            "subject (Russian order)",
    why="Russian fronts the place, time or manner and ends with the subject, the new information "
        "(в республике осталось менее 5 тысяч животных; на полях работают 1100 комбайнов). MT keeps "
        "the order, so the verb comes before its subject. English inverts only in literary style, "
        "with “be” or a verb of position or motion after a single place phrase (“On the wall hung a "
        "portrait”); news English puts the subject first: “Fewer than 5,000 animals remained in the "
        "republic”, “More than 1,100 combines work in the fields”.",
    confidence="likely",
    bad=["By 2010 in the reserve remained about 800 deer.",
         "Six nights in a row will go here the new production of the drama theatre.",
         "On the beach near the village were found the remains of a whale.",
         "Today in the sanctuary live more than 120 wolves.",
         "On the building sites of the city work 40 cranes.",
         "In the final round will compete twelve teams from Siberia.",
         "At the airport have landed three charter flights.",
         "In each of them were discovered breaches of the sanitary rules.",
         "The herd has recovered: in 2015 in the steppe lived about 9,000 antelopes.",
         "Among the juniors the best became Ivan Sorokin from Omsk.",
         "The ministry expects that in the autumn will open four new clinics.",
         "In the district appeared 40 rental bikes.",
         "OMSK, 3 March - On the lake Svetloye near the village appeared a pair of black swans.",
         "The most common surnames in the city last year became Ivanov and Smirnov.",
         "In the district grew the number of wild boars.",
         "The winner of the regional contest became Marina Zueva from Kirov.",
         "In the sanctuary live now 60 storks.",
         "In the district clinic began to work a new X-ray unit.",
         "This winter on the rink skated 3,000 children.",
         "Among the veterans the first crossed the line Oleg Sidorov.",
         "At the ski base near the village Ozerki opened the skiing season.",
         "On the avenue Mira formed a deep puddle.",
         "In the reserve near the town Ozersk settled for the winter about 400 swans.",
         "On the lake near the dam gathered for the regatta twenty yachts.",
         "In the wetland near the village gathered for the migration over 500 geese, including rare white-fronted geese.",
         "The regatta opened the season. In it took part 18 crews from four regions.",
         "In him were fitted two new boilers.",
         "With it were repaired the roofs of three schools.",
         "At that moment on the bridge was driving a truck with timber.",
         "Between Tomsk and the town of Kolpashevo started to run a new passenger boat.",
         "In the Kirov region at the farm \"Rassvet\" opened a goat cheese dairy.",
         "In the Kizel district after renovation resumed work the rural library.",
         "In the village Belaya Rechka of the Ishim district put into operation a new water tower.",
         "Near the village in the Irkutsk region started to work the largest in the district fish farm.",
         "In the city hospital No. 3 of Kirov opened a sleep laboratory.",
         "From 10 June in Kurgan begin the repairs of the old bridge."],
    good=["About 800 deer remained in the reserve by 2010.",
          "Every day will bring new challenges for the builders.",
          "On the wall hung a portrait of the founder.",
          "Into the room came a tall man.",
          "Among the dead were two children.",
          "Outside the court stood about 50 supporters.",
          "In the late 1980s industrial logging nearly emptied the valley.",
          "On the pier below stood a dozen anglers.",
          "In the final the team scored three goals.",
          "In 2019 the company opened a plant in Tver.",
          "Last year saw a record harvest.",
          "On Monday, said the minister, the talks will resume.",
          "Only then did the mayor agree.",
          "In the village there live about 400 people.",
          "After the company opened a second plant, prices fell.",
          "In May Gazprom reported a record profit.",
          "With the storm came heavy rain.",
          "Under the deal announced the company will pay the fine.",
          "Behind the coffin walked 300 mourners.",
          "In the square stood 200 people.",
          "Into the stadium came 5,000 fans.",
          "The oldest son became King Charles.",
          "The youngest daughter became a doctor.",
          "The best players of the season were Ivanov and Petrov.",
          "The owner became Meta after the rebranding.",
          "The number of wild boars grew in the district.",
          "On the island lived once a community of monks.",
          "After the long winter farmers began to sow the fields.",
          "In the new hospital doctors began to treat patients.",
          "At the summit leaders agreed a new budget.",
          "At the end of the day the first to arrive was Anna Petrova.",
          "In the corner stood still an old clock.",
          "About 400 swans settled for the winter in the reserve near the town.",
          "In 2019 the company opened in Tver a new plant.",
          "On the lake near the dam gathered for the regatta, twenty yachts waited.",
          "After it opened the museum drew 3,000 visitors.",
          "In it we found two old coins.",
          "With it comes a new duty for the council.",
          "In the corner was sitting an old man with a newspaper.",
          "At the time the company was building a new plant.",
          "Between the two towers stood a narrow footbridge.",
          "Between Omsk and Tara the company runs two buses a day.",
          "After renovation the library reopened in May.",
          "At the club \"Zarya\" the team opened a new gym.",
          "In the village after school children play football.",
          "On 5 May Gazprom reported a record profit.",
          "In hospital No. 2 doctors performed 40 operations."],
    applicability="unsafe",
)

_CLAUSE_BREAK = {":", ";", "—", "–"}
_NOT_PREPS = {"as", "than", "because", "if", "whether", "that", "while", "although", "though", "unless",
              "like", "so", "once", "per", "via", "whereas", "upon"}
_NOT_ADVS = {"not", "n't", "so", "neither", "nor", "only", "never", "hardly", "rarely", "seldom", "here",
             "there", "thus", "hence", "such", "how", "why", "where", "when", "then", "first", "next",
             "also", "too", "as", "just", "even", "little", "well", "back", "away", "up", "down", "out", "off",
             "in", "on", "over", "around", "along", "through", "inside", "outside", "nowhere", "more", "less",
             "further", "far", "long", "ago", "again"}
_NP_TAGS = {"DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "VBN", "VBG"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_FINITE = {"VBD", "VBZ", "VBP"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_QUANTITY = {"about", "around", "some", "nearly", "almost", "approximately", "roughly", "over", "under",
             "more", "less", "fewer", "up", "at", "only", "just", "another", "several", "many", "dozens",
             "hundreds", "thousands", "tens"}
_TIME_NOUNS = {"year", "week", "month", "day", "summer", "winter", "spring", "autumn", "fall", "season",
               "morning", "evening", "night", "weekend", "time", "decade", "century"}
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_PARTITIVES = {"each", "all", "some", "many", "most", "both", "one", "several", "none", "any"}
_DAY_WORDS = {"today", "yesterday", "tomorrow", "tonight", "now"}
_PARTICLES = {"out", "down", "up", "off", "away"}
_QUOTES = {'"', "“", "”", "«", "»"}
_PREP_WORDS = (r"in|on|at|from|for|to|into|by|among|amongst|near|since|over|during|under|after|before|across|"
               r"throughout|within|inside|outside|along|behind|beyond|around|through|between|until|till|"
               r"against|despite|without|with|instead\s+of|thanks\s+to|up\s+to|onto|about|toward|towards")
# a clause start, then an adverb or a preposition: the sentences worth a parse
# a counted time phrase that opens a clause as an adverbial ("Eight nights in a row will go …",
# восемь вечеров подряд; "All summer will play …", всё лето)
_TIME_PLURALS = ("nights|evenings|days|weeks|months|years|weekends|seasons|times|"
                 "night|evening|day|week|month|year|weekend|season|summer|winter|spring|autumn")
_CANDIDATE = re.compile(rf"(?:^|[:;—–]\s*|\s-\s+|(?:^|\s)(?:This|Last|Next)\s+(?:year|month|week|season|summer|winter|spring|autumn)\s+|\bthat\s+|,\s+(?:and|but)\s+)\W{{0,2}}(?:(?:[A-Za-z]+ly|Now|Today|Currently|"
                        rf"Already|Still|Soon|Most\s+of\s+all|Yesterday|Tomorrow|Tonight)\b|(?:{_PREP_WORDS})\s|"
                        rf"(?:\w+|All|Every|Each|The\s+whole)\s+(?:{_TIME_PLURALS})\s+(?:in\s+a\s+row\s+)?(?:will|can|is|are|was|were|has|have)\s)",
                        re.IGNORECASE)

_SUPERLATIVE_CANDIDATE = re.compile(r"\bThe\s+\w+\s[^.;:!?]{0,160}\bbec(?:ame|omes?)\s+[A-Z]")

class AdverbialOrderDetector:
    name = "calques-adverbial-order"
    rules = (ADVERBIAL_VERB_SUBJECT,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = [s for s in doc.sentences if _candidate(doc.text[s.start:s.end])]
        if not todo:
            return
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            for hit in _inversions(parsed.doc):
                first, last, subj_first, subj_last, fix_text = hit
                start, end = parsed.offset(first), parsed.end_offset(last)
                clause = doc.text[start:end]
                fix = None
                if fix_text is not None:
                    fix = Fix.replace(start, end, fix_text, Applicability.UNSAFE, "put the subject before its verb")
                yield ADVERBIAL_VERB_SUBJECT.finding(
                    doc, start, end,
                    f"“{clause}” puts the verb before its subject “{doc.text[parsed.offset(subj_first):parsed.end_offset(subj_last)]}” "
                    f"after a fronted adverbial: Russian order (на полях работают 1100 комбайнов); English "
                    f"puts the subject first", fix=fix)


def _candidate(sentence: str) -> bool:
    """Regex only: not a question, and a clause start followed by a preposition, an adverb or a
    capitalised word (the parse decides the rest)."""
    s = sentence.rstrip()
    return not s.endswith("?") and len(s.split()) >= 4 and (
        _CANDIDATE.search(s) is not None or _SUPERLATIVE_CANDIDATE.search(s) is not None)


def _clause_starts(sent):
    yield 0
    for t in sent:
        if t.i + 1 >= len(sent):
            break
        if t.text in _CLAUSE_BREAK or (t.text == "-" and t.tag_ == ":"):
            yield t.i + 1
        elif t.lower_ == "that" and t.dep_ == "mark":
            yield t.i + 1
        elif t.lower_ in ("and", "but") and t.i > 0 and sent[t.i - 1].text == ",":
            yield t.i + 1


def _inversions(sent):
    seen = set()
    for s in _clause_starts(sent):
        hit = _inversion_at(sent, s) or _superlative_became(sent, s)
        if hit is not None and hit[0].i not in seen:
            seen.add(hit[0].i)
            yield hit


def _np_end(sent, i):
    """The index after a noun phrase starting at i (articles, numbers, adjectives, nouns, "more
    than", "of"-chains), or i when none starts there."""
    j = i
    n = len(sent)
    noun = False
    quoted = False
    while j < n:
        t = sent[j]
        if noun and (t.dep_ == "ROOT" or _verb_before_count(sent, j)):
            break  # "On the sites of the city work 40 cranes": the tagger's noun "work" is the verb
        if t.text in _QUOTES and j > i:
            # a name in quotes inside the phrase: "at the club "Zarya"" (в клубе «Заря»)
            if not quoted and j + 1 < n and sent[j + 1].text[:1].isupper() and sent[j + 1].is_alpha:
                quoted = True
                j += 1
                continue
            if quoted:
                quoted = False
                j += 1
                continue
            break
        if not noun and j > i and t.tag_ == "IN" and t.lower_ in ("in", "among", "of") \
                and (sent[j - 1].tag_ == "JJS" or sent[j - 1].lower_ in ("first", "only")):
            # "the largest in the region dairy farm" (крупнейшая в регионе ферма): a superlative with
            # its own phrase before the noun, Russian order; the phrase is inside the noun phrase
            k = _np_end(sent, j + 1)
            if k > j + 1:
                noun = True
                j = k
                continue
        if t.tag_ in _NP_TAGS and not (t.tag_ in ("VBN", "VBG") and j == i):
            if t.tag_ in ("VBN", "VBG") and not (j + 1 < n and sent[j + 1].tag_ in _NOUN_TAGS):
                break  # "the bodies found …": a participle after the noun ends the phrase
            if t.tag_ == "DT" and j > i and sent[j - 1].tag_ != "PDT":
                break  # "In 2019 the company", "In the semi-final the team": a new phrase
            if noun and (t.lower_ in _QUANTITY or (t.tag_ == "CD" and sent[j - 1].tag_ in ("NN", "NNS")
                                                   and not _numbered(sent, j))):
                break  # "with a subject several gymnasts": a counted phrase after a noun is a new one
            noun = noun or t.tag_ in _NOUN_TAGS or t.tag_ == "CD" or t.dep_ == "pobj"
            j += 1
            if _YEAR.fullmatch(t.text) and j < n and sent[j].tag_ in ("NNS", "NN") and j == i + 1 + (t.i > sent[i].i):
                break  # "In 2025 residents handed over …": a year, then the subject
        elif t.lower_ in _QUANTITY and t.pos_ in ("ADV", "ADP", "ADJ") and not noun:
            j += 1  # "about 800", "more than"
        elif t.lower_ == "than" and j > i and sent[j - 1].tag_ in ("JJR", "RBR"):
            j += 1
        elif t.lower_ == "of" and (noun or (j == i + 1 and sent[i].lower_ in _PARTITIVES)) and j + 1 < n:
            noun = True
            k = _np_end(sent, j + 1)
            if k == j + 1:
                if sent[j + 1].tag_ == "PRP":  # "in 19 of them"
                    j += 2
                    continue
                break
            j = k
        elif t.text == "," and noun and j + 1 < n and sent[j + 1].tag_ == "CD" and sent[j - 1].tag_ == "CD":
            j += 1
        else:
            break
    return j if noun else i


# the signs of a number that names a thing: "polyclinic No. 4", "school № 12", "lyceum #2"
_NUMBER_SIGNS = {"no", "no.", "nos", "nos.", "№", "#", "number"}


def _numbered(sent, j) -> bool:
    """True for the number of "the city polyclinic No. 4", "school № 12": a number right after a
    number sign (the tokenizer may split "No." into "No" and "."). It names the institution of the
    phrase; the parser may call it the verb's subject ("In the polyclinic No. 4 opened …")."""
    k = j - 1
    if k >= 0 and sent[k].text == "." and k > 0 and sent[k - 1].lower_ in ("no", "nos"):
        k -= 1
    return sent[j].tag_ == "CD" and k >= 0 and k < j and sent[k].lower_ in _NUMBER_SIGNS


def _number_part(sent, i) -> bool:
    """True for any token of "No. 4" (the sign, its full stop, the number): the parser may call
    any of them the subject of the verb after the phrase."""
    return _numbered(sent, i) or any(_numbered(sent, j) for j in (i + 1, i + 2) if j < len(sent)) \
        and (sent[i].lower_ in _NUMBER_SIGNS or sent[i].text == ".")


def _quoted_name(sent, i) -> bool:
    """True for "Rassvet" in "At the farm "Rassvet" opened …" (в хозяйстве «Рассвет»): a name in
    quotes right after a place or an enterprise noun of the phrase (calque_source_places.txt,
    place_nouns.txt) is that noun's name, not the verb's subject; after an event ("In the final
    "Zenit" beat …") the quoted name is the subject."""
    k = i
    while k > 0 and sent[k - 1].text not in _QUOTES and sent[k - 1].is_title and i - k < 3:
        k -= 1
    if not (k > 1 and sent[k - 1].text in _QUOTES and any(t.text in _QUOTES for t in sent[i + 1:i + 4])):
        return False
    noun = sent[k - 2].lower_  # a place or an enterprise ("the farm", "the plant"), not an event ("the final")
    return noun in folded_words("calque_source_places.txt") | folded_words("place_nouns.txt")


def _verb_before_count(sent, j) -> bool:
    """True for the tagger's noun "work" in "At the site of the accident work five crews": a noun
    after a noun that can be a verb, right before a number."""
    t = sent[j]
    return (t.tag_ in ("NN", "NNS", "VB") and j > 0 and sent[j - 1].tag_ in ("NN", "NNS", "NNP")
            and j + 1 < len(sent) and (sent[j + 1].tag_ == "CD" or sent[j + 1].lower_ in ("more", "about", "over", "some"))
            and bool((lemmas_by_pos(t.lower_) or {}).get("VERB")))


# locative particles (prepositions with no object) that end a place phrase: "on the rocks below"
_PLACE_PARTICLES = frozenset({"below", "above", "beneath", "underneath", "nearby", "outside", "inside",
                              "beyond", "behind", "ahead", "opposite", "around", "overhead", "downstairs",
                              "upstairs", "downstream", "upstream", "offshore", "there", "here"})


def _adverbials(sent, i):
    """(index after the fronted adverbials, how many there are) from clause start i."""
    units = 0
    n = len(sent)
    while i < n:
        t = sent[i]
        if t.text == "," and units:
            i += 1
            continue
        if (t.pos_ == "ADP" or t.tag_ == "IN") and t.lower_ not in _NOT_PREPS and (
                t.dep_ in ("prep", "ROOT", "advmod", "npadvmod")
                or (t.lower_ == "up" and i + 1 < n and sent[i + 1].lower_ == "to")
                or _pronoun_object(sent, i + 1) or (units and _bare_noun_phrase(sent, i))):
            j = i + 1
            if j + 1 < n and t.lower_ in ("according", "up") and sent[j].lower_ == "to":
                j += 1  # "up to 57 kilograms"
            k = _np_end(sent, j)
            if k == j and j < n and sent[j].tag_ == "PRP" and sent[j].lower_ in _OBJECT_PRONOUNS:
                k = j + 1  # "For this were allocated …", "In him were installed …"
            if k == j:
                return i, units
            k = _coordinated(sent, i, k)
            if t.lower_ != "of":
                units += 1
            i = k
            continue
        if t.pos_ == "ADV" and t.dep_ != "neg" and t.lower_ not in _NOT_ADVS and t.tag_ in ("RB", "RBS", "RBR"):
            if not (units and t.lower_ in _PLACE_PARTICLES and i and sent[i - 1].pos_ in ("NOUN", "PROPN")):
                units += 1  # "On the rocks below": the particle belongs to the place phrase before it
            i += 1
            continue
        if t.lower_ in _DAY_WORDS and t.dep_ in ("npadvmod", "advmod", "tmod"):
            units += 1  # "Today in the park live …" (the tagger's noun "today")
            i += 1
            continue
        counted = _counted_time(sent, i)
        if counted:
            units += 1  # "Eight nights in a row will go …" (восемь вечеров подряд), "All summer will play …"
            i = counted
            continue
        if t.lower_ in ("this", "last", "next", "every") and i + 1 < n and sent[i + 1].lower_ in _TIME_NOUNS \
                and (sent[i + 1].dep_ not in _SUBJECT_DEPS
                     or (i + 2 < n and sent[i + 2].tag_ == "IN" and sent[i + 2].lower_ not in _NOT_PREPS)):
            # "This summer on the lake rested …": the tagger's subject "summer" is a time phrase
            # when a place phrase follows it
            units += 1
            i += 2
            continue
        return i, units
    return i, units


def _counted_time(sent, i) -> int:
    """The index after a counted time phrase with a modal or a perfect after it, 0 if none: a
    number, "all", "every", "each" or "the whole", a time noun, "in a row" maybe ("Eight nights in a
    row will go …", "All summer will play …"). English makes such a phrase the subject only with an
    active verb ("Last year saw …"), never with "will" and a verb of the show's running."""
    n = len(sent)
    j = i
    if j + 1 < n and sent[j].lower_ == "the" and sent[j + 1].lower_ == "whole":
        j += 2
    elif sent[j].tag_ == "CD" or sent[j].lower_ in ("all", "every", "each"):
        j += 1
    else:
        return 0
    if j >= n or sent[j].lemma_.lower() not in _TIME_NOUNS:
        return 0
    j += 1
    if j + 2 < n and [t.lower_ for t in sent[j:j + 3]] == ["in", "a", "row"]:
        j += 3
    if j >= n or not (sent[j].tag_ == "MD" or (sent[j].lemma_.lower() == "have" and j + 1 < n and sent[j + 1].tag_ == "VBN")):
        return 0
    return j


def _coordinated(sent, prep, k) -> int:
    """The index after a preposition's coordinated objects: "Between Omsk and the town of Tara",
    "In Kazan and Samara": "and"/"or" that the parser hangs inside the phrase, then a noun phrase
    it makes a conjunct of the phrase's object (the verb's subject is never a conjunct there)."""
    n = len(sent)
    while k + 1 < n and sent[k].lower_ in ("and", "or") and sent[k].dep_ == "cc" and prep < sent[k].head.i < k:
        end = _np_end(sent, k + 1)
        if end == k + 1 or not any(t.dep_ == "conj" and prep < t.head.i < k for t in sent[k + 1:end]):
            break
        k = end
    return k


def _bare_noun_phrase(sent, i) -> bool:
    """"after reconstruction", "before repair" inside the fronted adverbials: a preposition the
    parser reads as a subordinator, then a bare singular noun (no article, no number) and straight
    a finite verb. An English clause there needs a subject with a determiner or a name ("after the
    plant reopened"); a bare action noun is the preposition's object (после реконструкции)."""
    if sent[i].lower_ not in ("after", "before", "since", "until", "till") or sent[i].dep_ != "mark":
        return False
    if i + 2 >= len(sent):
        return False
    noun, verb = sent[i + 1], sent[i + 2]
    return noun.tag_ == "NN" and noun.is_lower and verb.tag_ in _FINITE and verb.pos_ == "VERB"


def _verb_group(sent, i):
    """(kind, first token, main verb, index after the group) or None, at index i."""
    n = len(sent)
    aux = []
    j = i
    while j < n and (sent[j].tag_ == "MD" or (sent[j].pos_ == "AUX" and sent[j].lemma_.lower() in ("be", "have"))):
        aux.append(sent[j])
        j += 1
        while j < n and sent[j].tag_ == "RB" and sent[j].lower_ in ("also", "already", "still", "now", "just"):
            j += 1
    if j >= n:
        return None
    main = sent[j]
    if aux and aux[0].tag_ not in _FINITE and aux[0].tag_ != "MD":
        return None
    lemma = main.lemma_.lower()
    if not aux and main.tag_ in ("NN", "NNS", "VB") and j > 0 and sent[j - 1].pos_ in ("NOUN", "PROPN", "NUM", "ADJ") \
            and (main.dep_ == "ROOT" or _verb_before_count(sent, j)):
        verbs = (lemmas_by_pos(main.lower_) or {}).get("VERB")
        if not verbs:
            return None
        # "On the fields work 40 combines": the tagger's noun at the root, a verb form after a phrase
        return "active", main, main, j + 1
    if main.pos_ != "VERB" or lemma in ("be", "have", "do"):
        return None
    kinds = {a.lemma_.lower() for a in aux}
    if not aux:
        if main.tag_ not in _FINITE and not (main.tag_ == "VBN" and main.dep_ == "ROOT"):
            return None  # a participle with no auxiliary at the root is the tagger's past tense ("put")
        kind = "copula" if lemma == "become" else "active"
    elif main.tag_ == "VBN" and "be" in kinds:
        kind = "passive"
    elif main.tag_ == "VBN" and "have" in kinds:
        kind = "perfect"
    elif main.tag_ == "VBG" and kinds == {"be"} and len(aux) == 1 and aux[0].tag_ in _FINITE:
        kind = "progressive"  # "At this time in the opposite lane was moving a Lexus" (двигался)
    elif main.tag_ == "VB" and any(a.tag_ == "MD" for a in aux) and len(aux) == 1:
        kind = "modal"
    else:
        return None
    return kind, (aux[0] if aux else main), main, j + 1


def _inversion_at(sent, s):
    lead = s
    i, units = _adverbials(sent, s)
    if not units or i >= len(sent):
        return None
    counted = _counted_time(sent, s)
    if all(t.pos_ in ("DET", "ADJ", "NOUN") or t.is_punct for t in sent[s:i]) and not any(t.pos_ == "ADP" for t in sent[s:i]) \
            and not counted:
        return None  # "Last year saw a record harvest": a bare time phrase may be the subject (MT2317 reads it)
    while lead < i and sent[lead].is_punct:
        lead += 1
    group = _verb_group(sent, i)
    if group is None:
        group = _fronted_predicate(sent, i)
    if group is None:
        return None
    kind, first, main, j = group
    lemma = main.lemma_.lower() if main.pos_ == "VERB" else ((lemmas_by_pos(main.lower_) or {}).get("VERB") or ("",))[0]
    if lemma in folded_words("report_verb_lemmas.txt") or lemma in ("say", "tell", "write"):
        return None  # quotative inversion: the attribution rules
    if lemma == "take" and j < len(sent) and sent[j].lower_ in ("part", "place"):
        j += 1
    elif j < len(sent) and sent[j].lower_ in _PARTICLES and sent[j].pos_ in ("ADP", "ADV", "PART"):
        j += 1
    while j < len(sent) and sent[j].tag_ == "RB" and sent[j].lower_ in ("also", "already", "only"):
        j += 1
    wedged = _wedged_adverb(sent, j) or (kind in ("modal", "perfect") and _wedged_here(sent, j))
    if wedged:
        j += 1  # "In the reserve live now 40 bison" (сейчас живут): an adverb between verb and subject
    catenative = _catenative(sent, main, j) if kind == "active" else 0
    if catenative:
        j += catenative  # "In the hospital began to operate a new scanner" (начал работать)
    postposed = 0 if (wedged or catenative or kind == "predicate") else _phrases_before_subject(sent, j)
    if postposed:
        j = postposed  # "In the park gathered for the autumn migration 900 cranes" (собрались на осенний пролёт)
    if j >= len(sent) or sent[j].tag_ in ("PRP", "EX", "WP", "WDT") or sent[j].lower_ in _DEMONSTRATIVES \
            and (j + 1 >= len(sent) or sent[j + 1].tag_ not in _NOUN_TAGS | {"JJ", "CD"}):
        return None
    if counted and i == counted and not (wedged or postposed):
        return None  # "Every day will bring new challenges": a time phrase may be the subject of a verb
        # with its object; Russian order shows when a place or "here" stands between verb and subject
    k = _np_end(sent, j)
    if k == j:
        return None
    if k < len(sent) and sent[k].tag_ == "VBZ" and sent[k - 1].tag_ == "NN" and (lemmas_by_pos(sent[k].lower_) or {}).get("NOUN"):
        k += 1  # "night rides": the tagger's verb is the plural head noun
    # something before the verb the parser reads as its subject ("In May Gazprom reported")
    region = sent[s:first.i]
    if kind != "predicate" and any(t.dep_ in _SUBJECT_DEPS and t.lower_ not in _TIME_NOUNS and not _place_name(t)
                                   and not t.i < counted and not _number_part(sent, t.i) and not _quoted_name(sent, t.i)
                                   and not (t.i > 0 and _bare_noun_phrase(sent, t.i - 1))
                                   and not _phrase_head(sent, s, t) and not _pronoun_object(sent, t.i)
                                   for t in region):
        if not (kind == "copula" and _adjective_subject(region, main)):
            return None  # the parser's subject inside the phrase may be one ("In 2025 residents handed")
    if s > 0 and main.dep_ == "conj":
        return None  # "…, and in the last minute made two throws": the first verb's subject
    if sent[k - 1].lower_ in _TIME_NOUNS | _DAY_WORDS and not (k - 2 >= j and _compound_modifier(sent[k - 2])):
        return None  # "… were extinguished yesterday": a time phrase, not a subject ("the fishing season" is one)
    if any(t.dep_ == "mark" and not _pronoun_object(sent, t.i + 1) and not _bare_noun_phrase(sent, t.i)
           for t in region):
        return None  # "After the company opened …": a subordinate clause
    if kind != "predicate" and (_name_swallowed(region) or _doer_swallowed(region) or subject_after_time(region)):
        return None
    after = sent[k] if k < len(sent) else None
    if after is not None and (after.tag_ in _FINITE or after.tag_ == "MD"):
        return None  # "Under the deal announced the company will pay": the noun is a later verb's subject
    skip = words("calque_fronted_skip_verbs.txt")
    if kind in ("active", "progressive") and lemma in skip and units < 2 and not wedged and not catenative and not postposed \
            and not _named_place_event(region, lemma) \
            and not _counted_newcomer(sent, s, i, j, lemma):
        return None  # "On the wall hung a portrait", "Into the room came a man": English inversion
    if kind == "copula" and not (_adjective_subject(region, main) or units >= 1):
        return None
    subj_first, subj_last = sent[j], sent[k - 1]
    fix = _fix(sent, lead, i, first, j, k) if first.i == i and not wedged and not catenative and not postposed \
        and _fixable(kind, main, lemma, sent[j:k]) else None
    return sent[lead], subj_last, subj_first, subj_last, fix


# adverbs of time and manner Russian sets between the verb and its postposed subject (живут сейчас,
# работает теперь, прошёл традиционно); not the words that open a phrase or negate
_NOT_WEDGED = {"not", "n't", "there", "here", "so", "too", "as", "more", "less", "most", "least", "then", "how",
               "why", "where", "when", "even", "just", "very", "almost", "nearly", "about", "around", "up", "over",
               "once", "ever", "never", "still"}
# verbs of an action's phase that take an infinitive or a gerund (начал работать, продолжают жить)
_PHASE_VERBS = {"begin", "start", "continue", "cease", "stop", "resume", "finish", "keep"}


def _wedged_adverb(sent, j) -> bool:
    """An adverb right after the verb with a noun phrase opening after it: "In the reserve live now
    40 bison", "At the stadium passed traditionally the city's sports day". English keeps the
    adverb before the verb or at the end; literary inversion ("In the corner stood a clock") puts
    nothing between the verb and its subject."""
    if j + 1 >= len(sent):
        return False
    t, nxt = sent[j], sent[j + 1]
    return (t.tag_ == "RB" and t.pos_ == "ADV" and t.is_alpha and t.lower_ not in _NOT_WEDGED
            and t.lower_ not in _PARTICLES and t.lower_ not in _PLACE_PARTICLES
            and (nxt.tag_ in ("DT", "CD", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$")
                 or nxt.lower_ in _QUANTITY) and nxt.tag_ not in ("PRP", "EX"))


def _wedged_here(sent, j) -> bool:
    """"will go here the new production" (здесь пойдёт): "here" or "there" between a modal or
    perfect verb and a noun phrase with its article; locative inversion ("Here comes the bus")
    takes a plain present or past verb, never "will"."""
    return (j + 1 < len(sent) and sent[j].lower_ in ("here", "there") and sent[j].pos_ == "ADV"
            and sent[j + 1].tag_ in ("DT", "CD", "PRP$") and sent[j + 1].lower_ not in _DEMONSTRATIVES)


_POSTPOSED_PREPS = {"for", "to", "in", "on", "at", "from", "during", "after", "before", "over", "within", "with",
                    "near", "since", "under", "by", "along", "across", "into"}
_CLOSING = {".", "!", ";", ":", "—", "–"}


def _phrases_before_subject(sent, j) -> int:
    """The index after one or two prepositional phrases that follow the verb when a counted or plain
    noun phrase closes the clause after them (0 otherwise): "In the nature park near the village
    gathered for the autumn migration more than 900 cranes" (собрались на осенний пролёт более 900
    журавлей). Russian puts the verb's own adverbials before its postposed subject; English,
    literary inversion included, puts nothing between the verb and a subject it inverts. The noun
    phrase must open with a number, a quantity word or an article and end the sentence (or the
    clause before "and", "which", "while"), so an object with more after it stays out."""
    n = len(sent)
    k = j
    phrases = 0
    while phrases < 2 and k < n and sent[k].tag_ == "IN" and sent[k].lower_ in _POSTPOSED_PREPS:
        if phrases and sent[k].lower_ in _QUANTITY and k + 1 < n and sent[k + 1].tag_ == "CD":
            break  # "… for the migration over 500 geese": "over" counts the subject
        end = _np_end(sent, k + 1)
        if end == k + 1:
            return 0
        k = end
        phrases += 1
        if k < n and sent[k].text == ",":
            return 0
    if not phrases or k >= n:
        return 0
    t = sent[k]
    if not (t.tag_ == "CD" or t.lower_ in _QUANTITY or t.lower_ in ("a", "an", "the")) or _YEAR.fullmatch(t.text):
        return 0
    end = _np_end(sent, k)
    if end == k or sent[end - 1].lower_ in _TIME_NOUNS | _DAY_WORDS:
        return 0
    if end < n and not (sent[end].text in _CLOSING or (sent[end].text == "," and end + 1 < n
                                                        and sent[end + 1].tag_ in ("WDT", "WP", "CC", "IN", "VBG", "VBN"))):
        return 0  # the subject closes the clause, or a relative, a conjunction or "including …" follows it
    return k


def _catenative(sent, main, j) -> int:
    """How many tokens an infinitive or a gerund after a verb of phase adds to the verb group:
    "began to operate", "started working" (начал работать). A fronted place, a phase verb and its
    infinitive, then a noun: either the noun is the postposed subject ("In the clinic began to
    operate a new scanner") or there is none ("In the hospital began to perform operations": MT2315's
    kind); English literary inversion never runs a verb of phase into an infinitive before its
    subject. 0 when no such verb follows."""
    if main.lemma_.lower() not in _PHASE_VERBS or j >= len(sent):
        return 0
    if sent[j].lower_ == "to" and j + 1 < len(sent) and sent[j + 1].tag_ == "VB" \
            and sent[j + 1].lemma_.lower() not in ("be", "have"):
        return 2
    if sent[j].tag_ == "VBG" and sent[j].pos_ == "VERB" and j + 1 < len(sent) \
            and sent[j + 1].tag_ not in _NOUN_TAGS | {"IN"}:
        return 1
    if sent[j].lower_ in _PHASE_OBJECTS and j + 2 < len(sent) and sent[j + 1].tag_ in ("DT", "CD", "PRP$") \
            and sent[j + 1].lower_ not in _DEMONSTRATIVES:
        return 1  # "resumed work the smokehouse", "began operation the new line" (возобновил работу)
    return 0


# the bare nouns of an action's phase Russian puts between the verb and its subject (начал работу,
# возобновил работу, завершил работу)
_PHASE_OBJECTS = {"work", "operation", "operations", "activity", "activities", "functioning", "service"}


# pronouns that may be a preposition's object; prepositions that never open a clause of their own
# (unlike "after", "before", "since", "until", "as", "for": "After it opened, …", "For it was late")
_OBJECT_PRONOUNS = {"it", "this", "that", "them", "him", "these", "those"}
_PLAIN_PREPS = {"in", "on", "at", "into", "onto", "to", "from", "with", "among", "about", "against", "under",
                "over", "through", "during", "within", "near", "behind", "by", "across", "along", "around",
                "inside", "without", "beside", "besides", "between"}


def _pronoun_object(sent, i) -> bool:
    """True for "it" in "In it took part 64 teams" (в нём приняли участие): a pronoun right after a
    preposition that opens no clause, then straight a verb. The parser reads the preposition as a
    subordinator and the pronoun as the verb's subject; English has no such clause ("in it took"),
    so the pronoun is the preposition's object and the verb's subject comes after it."""
    if not (0 < i < len(sent) - 1) or sent[i].lower_ not in _OBJECT_PRONOUNS or sent[i].tag_ not in ("PRP", "DT"):
        return False
    prep = sent[i - 1]
    if prep.lower_ not in _PLAIN_PREPS or prep.tag_ != "IN":
        return False
    if i - 1 > 0 and not (sent[i - 2].is_punct or sent[i - 2].pos_ in ("CCONJ", "ADV")):
        return False  # only at a clause start: "… to it gave …" is another shape
    nxt = sent[i + 1]
    return nxt.tag_ in _FINITE or nxt.tag_ == "MD" or (nxt.pos_ == "AUX" and nxt.tag_ in _FINITE)


def _phrase_head(sent, s, t) -> bool:
    """True for the parser's subject that is the last noun of the opening phrase itself: "In the
    regional hospital began …" (the tagger made "hospital" the subject of "began"): the noun has
    only an article, adjectives or a possessive between it and the opening preposition, so it
    cannot start a new phrase of its own. "In the region prices rose", "In 2025 residents handed":
    a noun or a number before the subject may close the phrase, and the subject starts after it."""
    if t.tag_ not in ("NN", "NNS") or t.i <= s:
        return False
    k = t.i - 1
    while k > s and (sent[k].tag_ in ("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "HYPH", "VBN")
                     or (sent[k].tag_ in ("NNS", "NN", "NNP") and k + 1 < len(sent) and sent[k + 1].tag_ == "POS")
                     or (sent[k].tag_ == "RBS" and sent[k].lower_ == "most")):
        k -= 1
    if sent[k].tag_ != "IN" or sent[k].lower_ in _NOT_PREPS or k + 1 == t.i:
        return False
    return sent[t.i - 1].tag_ in ("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "VBN") \
        and not (sent[t.i - 1].tag_ == "DT" and sent[k + 1].i != t.i - 1)


def _compound_modifier(t) -> bool:
    """A noun or a gerund before a time noun ("the fishing season", "the parachute season": the
    tagger may call the noun an adjective when no adjective reading exists), which makes the
    phrase a thing, not a time; not a time word itself ("the summer season", "the same day")."""
    if t.lower_ in _TIME_NOUNS | _MONTHS:
        return False
    if t.tag_ in _NOUN_TAGS | {"VBG"}:
        return True
    return t.tag_ == "JJ" and "ADJ" not in (lemmas_by_pos(t.lower_) or {"ADJ": ()})


def _counted_newcomer(sent, s, adv_end, j, lemma) -> bool:
    """"In the city appeared 200 cars", "At the farm started 40 new workers": a counted subject
    (a number, or "about"/"more than" and a number) after a verb of appearing, starting or being
    (calque_fronted_event_verbs.txt, calque_fronted_time_verbs.txt) fronted by a static place
    phrase ("in", "on", "at"). Literary inversion moves a figure along a path ("Into the room came
    a man", "Behind the coffin walked 300 mourners") and stands it in place ("In the corner stood a
    piano"); it does not count newcomers. Russian does: в городе появились 200 машин."""
    if lemma not in (words("calque_fronted_event_verbs.txt") | words("calque_fronted_time_verbs.txt")) \
            or lemma in ("come", "go", "run", "leave", "depart", "enter", "return"):
        return False
    if sent[s].lower_ not in ("in", "on", "at"):
        return False
    if j + 2 < len(sent) and sent[j].lower_ == "the" and sent[j + 1].lemma_.lower() in _MEASURE_NOUNS \
            and sent[j + 2].lower_ == "of":
        return True  # "In the region grew the number of foxes" (в регионе выросло количество лис)
    k = j
    while k < adv_end + 6 and k < len(sent) and sent[k].lower_ in _QUANTITY | {"than"}:
        k += 1
    return k < len(sent) and sent[k].tag_ == "CD" and not _YEAR.fullmatch(sent[k].text)


# a subject that counts or measures ("the number of foxes", "the volume of sales"): Russian
# количество, число, объём, доля
_MEASURE_NOUNS = {"number", "amount", "volume", "share", "quantity", "count", "level", "price", "cost", "output",
                  "production", "population", "percentage", "proportion", "size"}
_HONORIFICS = {"king", "queen", "prince", "princess", "pope", "saint", "st", "sir", "lady", "lord", "mr", "mrs",
               "ms", "dr", "general", "champion", "chancellor", "emperor", "tsar", "czar"}


def _superlative_became(sent, s):
    """"The most popular names of newborns in the region last year became Sofia and Mikhail": a
    superlative noun phrase (the predicate, with its phrases), a finite "become", then proper
    names closing the clause: Russian fronts the predicate noun (самыми популярными именами стали
    София и Михаил) and ends with the subject. English names the subject first ("Sofia and
    Mikhail were the most popular names") or says "was/were"; "became" + a bare name after a
    superlative is the Russian shape. Read from token order: the parser makes the fronted phrase
    the subject. Spared: a title before the name ("became President Smith", "Queen Anne"), a
    relative or a verb inside the phrase ("The oldest man who … became"), a noun after the names."""
    n = len(sent)
    if s + 3 >= n or sent[s].lower_ != "the":
        return None
    k = s + 1
    role = False
    if sent[k].lower_ in ("most", "least") and sent[k].tag_ in ("RBS", "JJS"):
        k += 1
        if sent[k].tag_ not in ("JJ", "VBN"):
            return None
    elif sent[k].tag_ != "JJS":
        if not _role_head(sent[k]):
            return None
        role = True  # "The winner of the contest became Irina Popova" (победителем стала …)
    k += 1
    noun = role
    while k < n and k < s + 25:
        t = sent[k]
        if t.lemma_.lower() == "become" and t.tag_ in _FINITE:
            break
        if t.is_punct or t.tag_ in _FINITE | {"MD", "WDT", "WP", "WRB", "PRP", "EX"} or t.lower_ in ("that", "to"):
            return None
        noun = noun or t.tag_ in _NOUN_TAGS
        k += 1
    else:
        return None
    if k >= n or not noun or (sent[s + 1].i == k - 1 and not role):
        return None
    verb = sent[k]
    j = k + 1
    names = []
    while j < n and (sent[j].tag_ in ("NNP", "NNPS") or (names and sent[j].lower_ == "and")
                     or (names and sent[j].text == "," and j + 1 < n and sent[j + 1].tag_ in ("NNP", "NNPS"))):
        if sent[j].tag_ in ("NNP", "NNPS"):
            if sent[j].lower_ in _HONORIFICS or sent[j].lower_ in folded_words("calque_speaker_titles.txt") \
                    or sent[j].ent_type_ in ("DATE", "TIME") or sent[j].lower_ in _MONTHS:
                return None
            names.append(sent[j])
        j += 1
    if not names or sent[j - 1].lower_ == "and":
        return None
    if role and not (names[0].text in first_names() and len(names) > 1 and names[1].i == names[0].i + 1):
        return None  # a person role becomes a person named in full; "The owner became Meta": a rename
    if j + 1 < n and sent[j].lower_ == "from" and sent[j + 1].tag_ in ("NNP", "NNPS"):
        j += 2  # "… became Irina Popova from Tver"
        names.append(sent[j - 1])
    if j < n and not (sent[j].text in (".", ",", ";", ":", "!", "—", "–") or sent[j].tag_ in (":",)):
        return None
    subj_first, subj_last = sent[k + 1], sent[j - 1]
    fix = None
    if j >= n or sent[j].text in (".", ";", "!") or (sent[j].text == "," and j + 1 < n and sent[j + 1].tag_ in ("VBZ", "VBD")):
        pred = sent[s:k].text
        fix = f"{sent[k + 1:j].text} {verb.text} {pred[:1].lower()}{pred[1:]}"
    return sent[s], subj_last, subj_first, subj_last, fix


def _role_head(t) -> bool:
    """"winner", "champion", "laureate": a noun for a person (WordNet's doers, calque_order_words.tsv)
    right after "The", in the singular or the plural."""
    from mtaudit.detectors.calques_inverted_subject import _order_classes

    return t.tag_ in ("NN", "NNS") and "doer" in _order_classes().get(t.lemma_.lower(), ())


def _named_place_event(region, lemma) -> bool:
    """"In Petrozavodsk ended the race", "In the Kazan Palace of Sports began …": a verb of an
    event's start, end or arrival (calque_fronted_event_verbs.txt) after a phrase naming a place
    by its proper name. Literary inversion fronts common places ("In the corner stood", "Into
    the yard came", "On the horizon appeared")."""
    if lemma not in words("calque_fronted_event_verbs.txt"):
        return False
    return any(t.tag_ in ("NNP", "NNPS") and t.ent_type_ not in ("DATE", "TIME") and t.lower_ not in _MONTHS
               for t in region)


def _fixable(kind, main, lemma, subject) -> bool:
    """Whether the noun after the verb is surely its subject, so that moving it is the fix: a
    passive, or an intransitive verb (the verbs of position, events and time kept as data: "live",
    "work", "take part", "open"), agreeing with the noun in number. An active transitive verb
    ("In Moscow detained a blogger") may have no subject at all (MT2315's kind): no fix."""
    if kind == "passive":
        return True
    if kind not in ("active", "modal", "perfect"):
        return False
    if lemma not in words("calque_fronted_skip_verbs.txt") | words("calque_fronted_event_verbs.txt") \
            | words("calque_fronted_time_verbs.txt"):
        return False
    heads = [t for t in subject if t.tag_ in _NOUN_TAGS and not any(c.lower_ == "of" for c in subject if c.i < t.i)]
    plural = any(t.tag_ in ("NNS", "NNPS") or t.tag_ == "CD" for t in subject) if heads else True
    if main.tag_ == "VBZ" and plural or main.tag_ == "VBP" and not plural:
        return False  # "now work a coworking zone": the number is wrong too; a person rewrites it
    return True


def _fronted_predicate(sent, i):
    """The verb group of "Among women the best (in the category …) became X": "the" and a
    superlative or ordinal adjective with no noun after it, only phrases between it and a finite
    "become": the predicate fronted, the subject after the verb. Read from token order (the
    parser may hang "the best" anywhere and call a noun of the phrase the subject)."""
    if i + 2 >= len(sent) or sent[i].lower_ != "the" or sent[i + 1].tag_ not in ("JJS", "JJ", "RB") \
            or sent[i + 2].tag_ in _NOUN_TAGS | {"JJ", "JJS", "CD", "HYPH"}:
        return None
    if sent[i + 1].tag_ in ("JJ", "RB") and not sent[i + 1].lower_.endswith(("st", "nd", "rd", "th")):
        return None  # "the first", "the third", "the best", "the strongest"
    end, _ = _adverbials(sent, i + 2)
    verb = sent[end] if end < len(sent) else None
    if verb is not None and verb.tag_ in _FINITE and verb.pos_ == "VERB" \
            and verb.lemma_.lower() not in ("become", "be", "have", "do"):
        name = _closing_full_name(sent, verb.i + 1)
        return None if name is None else ("predicate", verb, verb, name)
    if verb is None or verb.lemma_.lower() != "become" or verb.tag_ not in _FINITE:
        return None
    if verb.i + 1 >= len(sent) or sent[verb.i + 1].tag_ not in ("NNP", "NNPS"):
        return None  # "In the end the best became the enemy of the good": a nominal adjective subject
    return "predicate", verb, verb, verb.i + 1


def _closing_full_name(sent, j):
    """The index of a first name and a surname within a few words after j that close the clause
    or run into a phrase of their own: "the first came to the finish Pavel Rogov (from Tver)"
    (первым к финишу пришёл …), the subject after the verb and its phrases. None when the words
    between are not a phrase (a verb, a pronoun, a comma) or a verb follows the name."""
    n = len(sent)
    k = j
    while k < n and k < j + 7:
        t = sent[k]
        if t.text in first_names() and k + 1 < n and sent[k + 1].tag_ in ("NNP", "NNPS") \
                and (k + 2 >= n or sent[k + 2].text in (".", "!", ";", ",", "(") or sent[k + 2].tag_ == "IN"):
            return k  # "… Pavel Rogov.", "… Pavel Rogov from Tver with the time of …"
        if not (t.tag_ in ("IN", "DT", "JJ", "JJS", "NN", "NNS", "RB", "CD", "PRP$", "HYPH") and t.is_alpha or t.tag_ == "CD"):
            return None
        k += 1
    return None


def _adjective_subject(region, main) -> bool:
    """"Among women the best became X": an adjective with no noun the parser made the subject of
    "became": the fronted predicate, the subject comes after."""
    return main.lemma_.lower() == "become" and any(
        t.dep_ == "nsubj" and t.pos_ == "ADJ" and t.head.i == main.i for t in region)


def _name_swallowed(tokens) -> bool:
    """"In May Gazprom", "In the final Ivanova": a name right after a noun or a month inside the
    phrase may be the subject."""
    ws = [t for t in tokens if not t.is_punct]
    for a, b in zip(ws, ws[1:]):
        if _place_name(b) or (b.dep_ == "conj" and b.head.dep_ == "pobj" and b.head.i < b.i):
            continue  # "Between Omsk and the resort Tara": a conjunct of the phrase's own object
        if b.lower_ in _MONTHS and a.tag_ == "CD":
            continue  # "From 25 May in Novosibirsk start …": a day and its month make a date, not a name
        if b.tag_ in ("NNP", "NNPS") and a.tag_ in ("NN", "NNS", "CD", "JJ") and b.i == a.i + 1:
            return True
        if b.tag_ in ("NNP", "NNPS") and a.tag_ == "NNP" and (a.ent_type_ == "DATE" or a.lower_ in _MONTHS):
            return True  # "On 5 May Gazprom reported …": a name after the date
    return False


def _place_name(t) -> bool:
    """"the lake Aktash", "the village Ivanovka", "the street Lermontov": a name right after "the"
    and a place noun (place_nouns.txt) or a way (street_nouns.txt, from WordNet), Russian order for a
    named place (озеро Акташ, улица Лермонтова); the parser may call it a
    subject, but it names the place of the phrase."""
    if t.tag_ not in ("NNP", "NNPS"):
        return False
    k = t.i - 1
    while k > 1 and t.i - k < 3 and t.doc[k].tag_ in ("NNP", "NNPS") and t.doc[k].is_title:
        k -= 1  # "the village Krasny Yar", "the lake Bolshoye Ozero": a name of two or three words
    return k > 0 and t.doc[k - 1].lower_ == "the" \
        and t.doc[k].lower_ in folded_words("place_nouns.txt") | words("street_nouns.txt")


def _doer_swallowed(tokens) -> bool:
    """"After the closing of navigation residents of the villages will cross", "In the first month
    of the season users made": the phrase ends in a noun for people (WordNet's doers,
    calque_order_words.tsv) stuck to the noun before it with no article of its own: as likely the
    subject the parser took into the phrase."""
    from mtaudit.detectors.calques_inverted_subject import _order_classes

    nouns = [t for t in tokens if t.tag_ in ("NNS", "NN")]
    for t in nouns:
        classes = _order_classes()
        if t.i == 0 or "doer" not in classes.get(t.lemma_.lower(), classes.get(t.lower_, ())):
            continue
        prev = t.doc[t.i - 1]
        if prev.tag_ in ("NN", "NNS", "NNP", "CD", "JJ") and not (prev.tag_ == "JJ" and prev.i > 0 and t.doc[prev.i - 1].tag_ in ("DT", "PRP$")):
            return True
    return False


def _subject_closes(sent, k) -> bool:
    """True when the subject ending before index k closes its clause: the sentence ends, or a
    colon or semicolon, or a comma before a new clause ("…, and in the districts …", "…, the
    ministry said", "…, which …"). Not "and a small café", ", boats and nets": the subject goes on,
    and moving only its first part would break the sentence."""
    t = sent[k]
    if t.text in (".", "!", ";", ":", "—", "–", ")"):
        return True
    if t.text != "," or k + 1 >= len(sent):
        return False
    nxt = sent[k + 1]
    if nxt.tag_ in ("CC", "WDT", "WP", "WRB", "IN", "VBD", "VBZ", "RB") or nxt.text in ("“", '"', "«"):
        return True  # ", and …", ", which …", ", while …", ", said …", ", according to …"
    end = _np_end(sent, k + 1)
    return end > k + 1 and end < len(sent) and sent[end].tag_ in _FINITE | {"MD"}  # ", the ministry said"


def _held(sent, first, subj_start, subj_end):
    """"was held" for an event's "passed" (прошёл) in the subject-first fix: "In the village passed a
    meeting" -> "A meeting was held in the village", not "A meeting passed"; None for other verbs."""
    group = sent[first.i:subj_start]
    main = group[-1]
    if main.lemma_.lower() != "pass" or len(group) > 2:
        return None
    head = next((t for t in sent[subj_start:subj_end] if t.tag_ in _NOUN_TAGS), None)
    plural = head is not None and head.tag_ in ("NNS", "NNPS")
    if len(group) == 2:
        return f"{group[0].text} be held" if group[0].tag_ == "MD" else None
    return {"VBD": "were held" if plural else "was held", "VBZ": "is held", "VBP": "are held"}.get(main.tag_)


def _fix(sent, lead, adv_end, first, subj_start, subj_end):
    """The clause rewritten subject first: "[leading adverbs] <subject> <verb group> <phrases>",
    when the subject closes the clause and no comma splits the adverbials; None otherwise."""
    n = len(sent)
    if subj_end < n and not _subject_closes(sent, subj_end):
        return None
    if any(t.text == "," for t in sent[lead:adv_end]):
        return None
    mid = lead
    while mid < adv_end and (sent[mid].pos_ == "ADV" or sent[mid].lower_ in _DAY_WORDS):
        mid += 1  # "Now in the park live …" -> "Now … live in the park"
    capital = sent[lead].text[:1].isupper()
    subj = sent[subj_start:subj_end].text
    verb = _held(sent, first, subj_start, subj_end) or sent[first.i:subj_start].text
    parts = []
    if mid > lead:
        parts.append(sent[lead:mid].text)
    else:
        subj = (subj[:1].upper() if capital else subj[:1]) + subj[1:]
    parts += [subj, verb]
    if adv_end > mid:
        phrase = sent[mid:adv_end]
        text = phrase.text
        if phrase[0].tag_ not in ("NNP", "NNPS") and phrase[0].pos_ != "PROPN" and mid == lead:
            text = text[:1].lower() + text[1:]
        parts.append(text)
    head = parts[0]
    if capital and not head[:1].isupper():
        parts[0] = head[:1].upper() + head[1:]
    return " ".join(parts)


DETECTOR = AdverbialOrderDetector()
