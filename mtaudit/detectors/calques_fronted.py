"""A fronted place or body with no subject after it: Russian subjectless order (MT2315).

Russian reports an action without naming who did it: "В Москве задержали блогера" (in Moscow
[they] detained a blogger), "В министерстве пояснили, что …" (in the ministry [they] explained),
"В регионе откроют три школы" (in the region [they] will open three schools). The place or body
is a prepositional phrase and the verb has no subject; MT keeps the order: "In Moscow detained a
27-year-old blogger", "In the military department explained that …". English needs a subject
("Moscow police detained …", "the ministry explained …").

Whether a verb has a subject is a question of syntax, so this reads a dependency parse
(mtaudit.models.parser) — only of sentences that open with a preposition and have no comma
before the first word that may be a verb, so most sentences are never parsed. A sentence is
flagged when its root is a finite verb (or a modal and a verb) with no subject of any kind
(nsubj, nsubjpass, csubj, expl), a prepositional phrase before it that opens the clause, and no
comma between them. Spared: English inversion after a fronted place ("In the corner stood a
piano", "Among the injured was a child": the verbs of calque_fronted_skip_verbs.txt), "In
Moscow, police detained …" and "In Moscow police detained …" (a subject), questions, and "In May
Gazprom reported …" / "In Moscow Sobyanin said …", where the parser takes the subject into the
phrase (two capitalised words with no article: left alone unless the last is a place word).

The parser's subject may sit inside the fronted phrase: the second end of a route named by its
two ends ("On the line Omsk — Tara went out …", "On the Kazan — Ufa highway was installed …": a
dash between names is one name, never a clause break) or the second word of the phrase's compound
before a passive with a noun phrase after it ("At the town fair was weighed the largest melon": a
passive has no object, so that phrase is its subject; double_object_verbs.txt, from WordNet, keeps
"was given a medal" out).

The finding runs from the fronted phrase to the head of the noun after the verb (the postposed
subject, or the object of a subjectless verb): the unit is the clause in Russian order, as
reviewers mark it ("In Tver detained the director", not "In Tver detained").
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Span
from mtaudit.rules.model import rule
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.text.lexicon import rows, words

FRONTED_NO_SUBJECT = rule(
    "MT2315", "fronted-place-no-subject", "calque",
    summary="“In Moscow detained a blogger …”, “In the ministry explained that …”: a fronted place "
            "or body and a verb with no subject (Russian subjectless order)",
    why="Russian leaves the actor out and fronts the place or the body (В Москве задержали, в "
        "министерстве пояснили); MT keeps the order, so the English verb has no subject. English "
        "names the actor: “Moscow police detained”, “the ministry explained”.",
    confidence="likely",
    bad=["In Moscow detained a 30-year-old man who set fire to a police car.",
         "The rules change in May. In the regional health ministry explained that clinics will open "
         "on Saturdays.",
         "In the Tver region will open three new schools next year.",
         "Meanwhile, in the city administration promised to repair the boiler house by Friday.",
         "Against the new tariff spoke out the union of carriers.",
         "Instead of them in the villages will work mobile post offices.",
         "Against the new tariff came out the union of carriers.",
         "On the island this summer worked an expedition of the institute.",
         "In three districts of the region on Tuesday evening passed a strong hail.",
         "And in the Novosibirsk region will resume food markets.",
         "In the village have opened two new shops.",
         "In the department of culture, tourism and sport of the region explained that the museum "
         "will reopen in May."],
    good=["In Moscow, police detained a 30-year-old man who set fire to a police car.",
          "In Moscow police detained a 30-year-old man.",
          "In Moscow, police and firefighters detained two men.",
          "In the corner stood an old piano.",
          "In the garden partnership near Voronezh lightning hit a transformer on Sunday.",
          "Among the injured was a ten-year-old boy.",
          "In the late 1980s industrial logging nearly emptied the valley.",
          "In May Gazprom reported a record profit.",
          "In 2019 the company opened a plant in Tver.",
          "In the ministry, officials explained that clinics will open on Saturdays.",
          "As part of the winter transfer window Spartak also intends to sign a goalkeeper.",
          "In the final Ivanova beat the defending champion.",
          "In the past year the company has opened two plants.",
          "And in Moscow, police have detained a man.",
          "On Thursday Pence will meet the Polish president.",
          "After the match the coach praised the defence.",
          "With the new rules came a new fee.",
          "Against this background, prices rose again.",
          "Without ever batting an eye the team did just that and won the title.",
          "In the portrait painted for his jubilee, Oleg Ivanov looks younger than his 60 years.",
          "In fact last month saw the wettest week on record at the airport.",
          "For details of the new timetable also visit the railway's website.",
          "In the Central park of Tomsk students have planted 60 young oaks.",
          "At the meeting of the council deputies approved the budget.",
          "According to the airline, on average passengers waited three hours for their luggage.",
          "After its restoration the icon will go back to the monastery."],
)

INVERTED_AFTER_PLACE = rule(
    "MT2317", "fronted-phrase-verb-before-subject", "calque",
    summary="“On the construction of the station were spent 14 billion rubles”, “On the celebrations "
            "arrived two thousand pilgrims”, “Next year will open a new school”: a fronted phrase, then "
            "the verb, then its subject",
    why="Russian puts the new information last and may open with a phrase about the place or the "
        "purpose or the time (на строительство станции потратили 14 млрд, на торжества прибыли "
        "паломники, в следующем году откроется школа, на совещании присутствовали мэр и …); MT "
        "keeps the order, so the verb comes before its subject, a passive one included. English "
        "inverts only after a place with a verb of being, position or arrival in literary style "
        "(“In the corner stood a lamp”); news English puts the subject first (“14 billion rubles "
        "were spent on building the station”, “a new school will open next year”). After a time "
        "phrase (“Next year”, “Last year”, “Soon”) the verb is a passive or an intransitive of "
        "calque_fronted_time_verbs.txt; “Last year saw …”, “This year marks …” make the time the "
        "subject and stay quiet.",
    confidence="likely",
    bad=["On the construction of the bridge were spent about 3 billion rubles.",
         "For the repair of the school were allocated 40 million rubles.",
         "In the region will be built three new schools next year.",
         "Over the past week in the district were recorded five wildfires.",
         "For this, from the regional budget were allocated 2 million rubles.",
         "The organizers expect that on the square will gather about 3,000 people.",
         "On the embankment will stand two new monuments to the founders of the city.",
         "In the village live about 400 people.",
         "On it from the regional budget will be directed 40 million rubles.",
         "Next year will open a new school for 800 pupils.",
         "Last year were built 40 kilometres of roads.",
         "This summer will take place the festival of folk music.",
         "At the meeting were present the mayor and the deputies of the city council.",
         "From the city budget were allocated 46 million rubles for the repair.",
         "Already now on the waiting list are registered about 60 families.",
         "In Kazan started the season of the city bicycle rental.",
         "At the opening of the sports complex came Governor Nikolai Tsukanov and the head of the district.",
         "In Vologda ended the festival of lace.",
         "In Tyumen appeared the first electric buses.",
         "In the Kursk region rose the prices for potatoes.",
         "In the Altai mountains last night occurred an earthquake of magnitude 4.5.",
         "In the north of the region began the harvest of cranberries.",
         "According to forecasters, in the region on May 29 was recorded a wind gust of 22 metres per second.",
         "In the village on Sunday was burned down a house.",
         "Near the stadium appeared a new car park.",
         "To the fair came more than 3,000 visitors.",
         "On the lake began the ice fishing season.",
         "On the line Omsk — Tara went out a new river bus.",
         "On the Kazan — Ufa highway was installed a new speed camera.",
         "At the town harvest fair in the village of Lesnoye was weighed the largest melon of the year."],
    good=["About 3 billion rubles were spent on the construction of the bridge.",
          "In the corner stood an old lamp.",
          "Among the injured were two children.",
          "Into the room came a tall man with a beard.",
          "On the table lay a letter from the bank.",
          "In 2019 the company opened a plant in Tver.",
          "Since the start of the season, five wildfires were recorded in the district.",
          "Also arrested were two local officials.",
          "In the raid he was given a medal.",
          "The plant was closed and were fired 200 workers, the union said.",
          "In the square stand two bronze statues.",
          "In the final the team scored three goals.",
          "With the storm came some 300 millimetres of rain.",
          "Outside the court stood about 50 supporters.",
          "Last year saw a record harvest.",
          "This year marks the 50th anniversary of the plant.",
          "Last year was declared the Year of Ecology.",
          "Next year the city will open a new school.",
          "Soon came the news of the victory.",
          "At the meeting were the mayor and his deputies.",
          "In the city budget the council found 46 million rubles for the repair.",
          "In May came the news of the victory.",
          "In the corner began a quiet argument.",
          "In Kazan the season of bicycle rental started on Monday.",
          "On the horizon appeared a ship.",
          "In the distance rose the towers of the old monastery.",
          "On Tuesday evening the storm passed the city.",
          "In the silence grew a sense of unease.",
          "According to forecasters, in the region on May 29 the wind reached 22 metres per second.",
          "In the village on Sunday a house was burned down.",
          "Near the old mill stood a wooden cross.",
          "Into the hall came the mayor.",
          "To his surprise came a letter from the bank.",
          "At the end of the street began the forest.",
          "Last night in the district police arrested two men.",
          "In the first week of the festival visitors bought more than 9,000 tickets.",
          "On the Omsk — Tara line buses run every hour.",
          "At the town fair judges were shown the largest melon of the year.",
          "At the town fair the largest melon of the year was weighed."],
)

_PREPS = (r"In|At|On|Inside|Within|Near|Under|From|Across|Throughout|Outside|For|To|Into|Among|Against|"
          r"Instead\s+of|Despite|After|Before|Since|During|Behind|Over|Through|Along|Around|Above|Beyond|"
          r"Besides|Following|Thanks\s+to|With|Without|By|Until|Apart\s+from|Together\s+with")
# the start of a sentence: an optional connective with its comma, then a preposition
_OPENING = re.compile(
    rf"^\W{{0,3}}(?:According\s+to\s+[^,.;:]{{1,60}},\s+)?(?:(?:Meanwhile|Also|However|Earlier|Later|Previously|At the same time|"
    rf"In addition|Moreover|Besides|Now|Today|Yesterday|Then|Thus|So|And|But|In any case|In particular|"
    rf"For example|Therefore|Recall that|Note that)\s*,?\s+)?(?:{_PREPS})\s",
    re.IGNORECASE)
# a fronted time phrase with no comma: "Next year will open a new school", "Last year were built
# 40 kilometres of roads", "This summer will take place the festival" (в следующем году откроется …)
_TIME_OPENING = re.compile(
    r"^\W{0,3}(?:(?:Already|Also|Then|And)\s+)?(?:(?:Next|Last|This|Every|Each|That|The\s+following|The\s+next|"
    r"The\s+same|Later\s+this|Earlier\s+this)\s+(?:year|week|month|summer|winter|spring|autumn|fall|season|"
    r"weekend|day|morning|evening|night|time|academic\s+year|school\s+year|decade)|Today|Tomorrow|Yesterday|"
    r"Soon|Now|Annually|Additionally|Earlier|Recently|Previously|Altogether|Currently|Later|Subsequently|"
    r"In\s+total|In\s+all|In\s+the\s+(?:coming|next|near)\s+(?:years?|months?|weeks?|days?|future))\s+"
    r"(?!(?:the|a|an|this|these|those|its|their|his|her|our|it|he|she|they|we|I|there)\b)[a-z]")
# "were registered three outbreaks", "will be built two schools": a passive verb group followed
# by what may be its postposed subject (a number, a quantifier or an article)
_PASSIVE_THEN_NOUN = re.compile(
    r"\b(?:was|were|is|are|be|been)\s+(?:also\s+|already\s+)?[a-z]+(?:ed|en|wn|ght|lt|nt|ne|ng|un|ck)\s+"
    r"(?:about|around|some|over|nearly|almost|more|less|up|at|only|just|another|a|an|the|\d[\d,.]*|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds|thousands|dozens|several|many|new|additional|extra)\b")
# "will come about five thousand fans", "arrived 300 guests": a verb, then a counted noun, after
# a noun or a preposition's object ("on the stadium will come …")
_VERB_THEN_COUNT = re.compile(
    r"\b(?:the|a|this|that|these|its|their)\s+[a-z-]+\s+(?:will\s+|would\s+|can\s+|could\s+)?[a-z]+\s+"
    r"(?:about|around|some|over|nearly|almost|more\s+than|up\s+to|at\s+least|only)?\s*"
    r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundreds|thousands|dozens|several)\b")
# a verb group that opens the sentence (after a connective) is a question or a literary inversion
_VERB_FIRST = re.compile(r"^\W{0,3}(?:\w+\s*,\s*)?(?:was|were|is|are|will|would|has|have|had|can|could|must|should)\b",
                         re.IGNORECASE)
_FIRST_COMMA = re.compile(r"[,;:—–(]")
_CAPITAL = re.compile(r"[A-ZА-Я]")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "agent"}
_FINITE = {"VBD", "VBZ", "VBP"}
_TIME_NOUNS = {"summer", "winter", "spring", "autumn", "fall", "year", "week", "month", "day", "morning",
               "evening", "night", "season", "weekend", "time"}
_OBJECT_PRONOUNS = {"it", "this", "that", "them", "these", "those"}
_APPROXIMATORS = {"about", "around", "some", "nearly", "almost", "approximately", "roughly", "over",
                  "more", "up", "less", "fewer", "under"}
# heads of place names: "the Kursk Region", "Krasnodar Krai" stay one phrase
_PLACE_HEADS = {"region", "oblast", "krai", "kray", "district", "republic", "territory", "province",
                "okrug", "raion", "rayon", "island", "islands", "city", "town", "village", "county"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
             "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"}
# the parts and kinds of a country Russian news fronts before an event verb ("в районах области
# начался", "на севере региона", "в школах города")
_AREA_NOUNS = {"north", "south", "east", "west", "centre", "center", "outskirts", "suburbs", "capital",
               "countryside", "regions", "districts", "villages", "towns", "cities", "settlements",
               "schools", "hospitals", "clinics", "kindergartens", "farms", "fields", "forests",
               "embankment", "oblast", "krai", "republic", "mountains", "taiga", "steppe", "coast"}
# the sites of a local report, where Russian news fronts an event or an arrival ("на реке начался
# ледоход", "возле школы появился переход", "в парке открылась площадка"); literary inversion
# fronts "the corner", "the horizon", "the distance", "the room", which stay out
_SITE_NOUNS = {"river", "lake", "reservoir", "sea", "bay", "beach", "embankment", "street", "square", "park",
               "stadium", "school", "hospital", "clinic", "museum", "library", "theatre", "station", "airport",
               "port", "highway", "road", "bridge", "plant", "factory", "market", "reserve", "estate",
               "settlement", "microdistrict", "quarter", "kindergarten", "university", "college", "zoo"}
# "on Tuesday evening": a part of the day after a weekday is the date, not a swallowed subject
_DAY_PARTS = {"morning", "afternoon", "evening", "night", "nights", "mornings", "evenings"}
_NAME_PREFIXES = {"nizhny", "nizhni", "veliky", "velikiye", "novy", "staraya", "stary", "bolshoy",
                  "maly", "novaya", "sankt", "saint", "st.", "ust", "rostov", "naberezhnye",
                  "petropavlovsk", "yuzhno", "severo", "komsomolsk"}


class FrontedPlaceDetector:
    name = "calques-fronted"
    rules = (FRONTED_NO_SUBJECT, INVERTED_AFTER_PLACE)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        todo = [s for s in doc.sentences if _candidate(doc.text[s.start:s.end])]
        if not todo:
            return
        skip = words("calque_fronted_skip_verbs.txt")
        for parsed in ctx.syntax.parse_many(doc, [Span(s.start, s.end) for s in todo]):
            hit = _subjectless(parsed.doc, skip) if _OPENING.match(parsed.doc.text) else None
            if hit is None:
                hit = _verb_before_subject(parsed.doc, skip)
            if hit is None and _TIME_OPENING.match(parsed.doc.text):
                hit = _after_time_phrase(parsed.doc)
            if hit is None:
                continue
            prep, verb, inverted = hit
            lead = min((c for c in prep.children if c.dep_ == "advmod" and c.i < prep.i), key=lambda t: t.i, default=prep)
            start = parsed.offset(lead)  # "Instead of them …"
            end = parsed.end_offset(_postposed_noun(parsed.doc, verb) or verb)
            phrase = doc.text[start:end]
            if inverted:
                yield INVERTED_AFTER_PLACE.finding(
                    doc, start, end,
                    f"“{phrase}” puts the verb before its subject after a fronted phrase: Russian "
                    f"order (на строительство потратили 14 млрд); English puts the subject first "
                    f"(“14 billion rubles were spent on building …”)")
                continue
            yield FRONTED_NO_SUBJECT.finding(
                doc, start, end,
                f"“{phrase}” has no subject: Russian subjectless order (В Москве задержали, в "
                f"ведомстве пояснили); English names who “{verb.text}”: “Moscow police detained”, "
                f"“the ministry explained”")


_POSTPOSED_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "oprd", "npadvmod"}


def _postposed_noun(sent, verb):
    """The head of the noun phrase after the verb that the finding reaches to: the postposed subject
    or the object of a subjectless verb ("In Kazan opened a new school", "In them took part 64
    teams": the unit is the clause's Russian order, fronted phrase to noun); the last such noun
    within eight tokens of the verb, with no punctuation between; None when there is none."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "prt") and c.i > verb.i]
    nouns = [c for h in heads for c in h.children
             if c.dep_ in _POSTPOSED_DEPS and c.i > verb.i and c.pos_ in ("NOUN", "PROPN", "NUM")
             and c.i - verb.i <= 8]
    nouns = [n for n in nouns if not any(t.is_punct for t in sent[verb.i + 1:n.i])]
    return max(nouns, key=lambda t: t.i, default=None)


def _candidate(sentence: str) -> bool:
    """Regex only: the sentence opens with a preposition, or holds a passive verb group with a
    number or a determiner after it ("… from the budget were allocated 40 million"), and is
    not a question."""
    if sentence.rstrip().endswith("?"):
        return False
    if (_PASSIVE_THEN_NOUN.search(sentence) or _VERB_THEN_COUNT.search(sentence)) and not _VERB_FIRST.match(sentence):
        return True
    if _TIME_OPENING.match(sentence):
        return True
    m = _OPENING.match(sentence)
    if m is None:
        return False
    rest = sentence[m.end():]
    comma = _FIRST_COMMA.search(rest)
    head = rest[:comma.start()] if comma else rest
    return len(head.split()) >= 2  # a phrase and something after it before any comma


def _subjectless(sent, skip):
    """(preposition, verb, inverted) when the root verb has no subject before it and a
    clause-opening preposition phrase; `inverted` when its subject (or, in a passive or an
    intransitive verb the parser misreads, its postposed noun) stands after it."""
    root = _opening_verb(sent)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children)
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and (c.tag_ in _FINITE or modal)
                                         for c in root.children)
    counted = root.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in root.children) and any(
        c.dep_ == "dobj" and c.i > root.i and any(n.dep_ == "nummod" for n in c.children) for c in root.children)
    # "In the Omsk region has started …", "In the village have opened two shops": a perfect
    perfect = root.tag_ == "VBN" and not passive and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in _FINITE for c in root.children)
    if root.tag_ not in _FINITE and not (modal and root.tag_ == "VB") and not passive and not counted \
            and not perfect:
        return None  # ("work eight icebreakers": a present verb the parser tagged as a base form)
    # a verb of literary inversion with a particle and a noun after it is a phrasal verb of Russian
    # order ("Against the plan came out the ecologists", выступили против), never an inversion
    phrasal = any(c.i == root.i + 1 and c.lower_ == "out" and c.dep_ in ("prt", "prep") for c in root.children) \
        and any(t.pos_ in ("NOUN", "PROPN") for t in root.doc[root.i + 2:root.i + 6])
    present = root.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in ("present", "absent")
                                                  and c.i == root.i + 1 for c in root.children)
    if present and any(c.dep_ in ("attr", "nsubj", "dobj") and c.i > root.i + 1 for c in root.children):
        return _opening_prep(sent, root, True)  # "At the meeting were present the mayor and …"
    if (root.lemma_.lower() in skip and (not modal or root.lemma_.lower() == "be") and not phrasal
            and not _event_inversion(root)) \
            or any(c.dep_ in _SUBJECT_DEPS and c.i < root.i and not _time_phrase(c)
                   and not _in_route_name(sent, c) and not _compound_of_phrase(sent, c, root)
                   for c in root.children):
        return None
    inverted = counted or any(c.dep_ in _SUBJECT_DEPS and c.i > root.i for c in root.children)
    if root.lemma_.lower() in skip and any(c.dep_ in ("dobj", "attr") and c.i > root.i for c in root.children):
        inverted = True  # "will stand two monuments": the object of an intransitive is its subject
    if passive and not inverted:
        # "were spent about 14 billion rubles": the parser reads the postposed subject as an object,
        # or a counted one as an adverbial ("are registered about 60 people"), or a particle as a
        # preposition ("was burned down a house")
        inverted = any((c.dep_ in ("dobj", "attr", "oprd") or _counted_npadvmod(c)) and c.i > root.i
                       for c in root.children) or any(
            c.dep_ == "prep" and c.i == root.i + 1 and c.lower_ in ("down", "out", "up", "off")
            and any(o.dep_ == "pobj" and any(d.lower_ in ("a", "an") or d.dep_ == "nummod" for d in o.children)
                    for o in c.children) for c in root.children)
        if not inverted:
            return None  # "In the ministry were told that …": left to the attribution rules
    if any(c.dep_ == "aux" and c.lower_ in ("to",) for c in root.children):
        return None
    if _shares_a_subject(sent, root) or _participle_of_fronted_noun(sent, root):
        return None
    if not inverted and (_time_subject(sent, root) or _purpose_imperative(sent, root)):
        return None
    return _opening_prep(sent, root, inverted)


_DASHES = {"—", "–", "-"}


def _route_dash(t) -> bool:
    """A dash between two capitalised words: a route or a pair named by its two ends ("the line
    Nizhny Novgorod — Gorodets", "the Vologda — Medvezhyegorsk highway", на трассе Вологда —
    Медвежьегорск), one name inside the phrase, never a clause break."""
    if t.text not in _DASHES or t.i == 0 or t.i + 1 >= len(t.doc):
        return False
    before, after = t.nbor(-1), t.nbor(1)
    return before.is_alpha and after.is_alpha and before.text[:1].isupper() and after.text[:1].isupper() \
        and before.pos_ == "PROPN" and t.i - 1 > 0


def _in_route_name(sent, subj) -> bool:
    """The parser's subject is the second end of a route in the opening phrase ("Gorodets" in "On
    the line Nizhny Novgorod — Gorodets went out …", "highway" in "On the Vologda — Medvezhyegorsk
    highway was installed …"): a dash between names stands before the subject's own words."""
    k = subj.left_edge.i
    return k > 1 and _route_dash(sent[k - 1])


def _compound_of_phrase(sent, subj, root) -> bool:
    """"At the farm fair was weighed the largest pumpkin": the tagger's subject "fair" is the second
    word of the phrase's compound. A passive verb with a noun phrase after it (an article, a number
    or a superlative opening it) has that phrase for its postposed subject, so a bare singular word
    right after the phrase's noun, with nothing of its own before it, belongs to the phrase. Spared:
    verbs that keep an object in the passive (double_object_verbs.txt, WordNet: "was given a
    medal", "were shown the plans"), names, plurals and pronouns as the subject ("At the meeting
    deputies were …", "In the raid Ivanov was …")."""
    if subj.tag_ not in ("NN", "JJ") or subj.i == 0 or any(c.i < subj.i and c.dep_ != "prep" for c in subj.children):
        return False
    before = sent[subj.i - 1]
    if before.tag_ not in ("NN", "NNP") or before.dep_ not in ("pobj", "compound") or not before.text.islower() \
            and before.tag_ != "NNP":
        return False
    if root.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in root.children):
        return False
    if root.lemma_.lower() in words("double_object_verbs.txt"):
        return False
    return any(c.dep_ in ("dobj", "attr", "oprd") and c.i > root.i
               and any(d.dep_ in ("det", "nummod", "amod") and d.i < c.i and (d.lower_ in ("the", "a", "an")
                                                                          or d.tag_ in ("CD", "JJS"))
                       for d in c.children)
               for c in root.children)


_TIME_DETERMINERS = {"last", "this", "next", "past", "that", "the", "each", "every", "previous", "coming"}


def _time_subject(sent, root) -> bool:
    """"In fact last week saw the busiest day", "Since then this year has brought …": a time noun
    with its determiner right before a transitive verb is the verb's subject (English lets a time
    stand as the subject of see, bring, mark); the parser reads it as an adverbial."""
    k = root.i - 1
    while k >= 0 and sent[k].dep_ in ("aux", "neg", "advmod") and sent[k].pos_ in ("AUX", "PART", "ADV"):
        k -= 1
    if k < 1 or sent[k].lower_ not in _TIME_NOUNS:
        return False
    det = sent[k - 1].lower_
    if root.lemma_.lower() in words("calque_fronted_time_verbs.txt"):
        return False  # "this summer worked an expedition": an intransitive after a time, Russian order
    return det in _TIME_DETERMINERS and any(c.dep_ in ("dobj", "attr") and c.i > root.i for c in root.children)


def _purpose_imperative(sent, root) -> bool:
    """"For details on the roads also visit the website": after a fronted purpose phrase ("for
    information", "for more details") a verb in its bare form is an imperative addressed to the
    reader; Russian subjectless reports put the verb in the past or the plural."""
    first = next((t for t in sent if not t.is_punct), None)
    return first is not None and first.lower_ == "for" and root.tag_ in ("VB", "VBP") \
        and root.lower_ == root.lemma_.lower() and not any(c.dep_ in ("aux", "auxpass") for c in root.children) \
        and not any(c.dep_ == "nummod" for c in root.subtree)


def _shares_a_subject(sent, root) -> bool:
    """"Without ever batting an eye the Cowboys did just that and manifested big plays": the verb
    opens with "and"/"but" after an earlier verb that has a subject (the parser hung that verb
    elsewhere): a coordinated verb takes the first one's subject, so it is not subjectless."""
    k = root.i - 1
    while k >= 0 and sent[k].pos_ in ("ADV", "AUX", "PART") and sent[k].dep_ != "cc":
        k -= 1  # "and then quickly manifested", "and had manifested"
    if k < 0 or sent[k].dep_ != "cc" or sent[k].lower_ not in ("and", "but", "or", "yet"):
        return False
    return any(t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
               for t in sent[:root.i])


def _participle_of_fronted_noun(sent, root) -> bool:
    """"In the portrait etched onto his gravestone, Vladislav Kokorin looks older": a past form
    right after the fronted phrase's noun is a participle describing it (the portrait that was
    etched), when after the comma a clause with its own subject follows with no "and" — the main
    clause the parser hung on it. A reporting clause there ("…, police said") is not one."""
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    if root.tag_ not in ("VBD", "VBN") or not root.i or sent[root.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    for c in root.children:
        if c.dep_ in ("conj", "parataxis") and c.i > root.i and c.pos_ in ("VERB", "AUX") \
                and c.lemma_.lower() not in _report_verbs() and c.lemma_.lower() != "say" \
                and any(k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i and k.lower_ not in ("it", "this")
                        for k in c.children) \
                and not any(t.dep_ == "cc" for t in sent[root.i + 1:c.i]) \
                and any(t.text == "," for t in sent[root.i + 1:c.i]):
            return True
    return False


def _event_inversion(root) -> bool:
    """True for "In Kazan started the season …", "At the opening of the complex came Governor X":
    a verb of an event's start, end or arrival (calque_fronted_event_verbs.txt) after a fronted
    "in/at/on" phrase whose object is a place name (no month or day) or an event
    (calque_fronted_event_nouns.txt), with a noun after the verb. English inverts such verbs only
    in literary style after a place or time of another kind ("Into the room came a man", "Then
    began the winter", "In May came the news"), which stay spared."""
    if root.lemma_.lower() not in words("calque_fronted_event_verbs.txt"):
        return False
    preps = [c for c in root.children if c.dep_ == "prep" and c.i < root.i]
    if not preps or not (preps[0].lower_ in ("in", "at", "on", "near") or (
            preps[0].lower_ == "to" and root.lemma_.lower() in ("come", "arrive"))):
        return False  # "Near the school appeared …", "To the exhibition came …" (к выставке пришли)
    pobj = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    place = pobj.pos_ == "PROPN" and pobj.lower_ not in _CALENDAR and pobj.ent_type_ not in ("DATE", "TIME")
    # "In the Kursk region rose …", "In the north of the region began …", "In the village of
    # Ustye burned down …", "In schools of the city start …": a named place or an administrative
    # or settlement noun in the phrase (literary inversion fronts "the corner", "the horizon")
    place = place or any(
        (t.pos_ == "PROPN" and t.lower_ not in _CALENDAR and t.text[:1].isupper())
        or t.lower_ in _PLACE_HEADS or t.lower_ in _AREA_NOUNS for t in preps[0].subtree) or pobj.lower_ in _SITE_NOUNS
    event = pobj.lower_ in words("calque_fronted_event_nouns.txt")
    if not (place or event):
        return False
    return any(c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and c.i > root.i and c.pos_ in ("NOUN", "PROPN")
               for c in root.children) or any(
        c.dep_ == "prep" and c.i == root.i + 1 and c.lower_ in ("down", "out", "up", "off")
        and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in c.children) for c in root.children)  # "burned down a house"


def _opening_prep(sent, root, inverted):
    """(preposition, root, inverted) when a prepositional phrase of the root opens the clause with
    no comma and no swallowed subject between it and the verb, else None."""
    preps = [c for c in root.children if c.dep_ == "prep" and c.i < root.i and c.lower_ != "according"]
    if not preps:  # the parser hung the phrase on the subject it misread ("At the farm fair was weighed …")
        preps = [c for k in root.children if k.dep_ in _SUBJECT_DEPS and k.i < root.i
                 for c in k.children if c.dep_ == "prep" and c.i < k.i and c.lower_ != "according"]
    if not preps:
        return None
    prep = preps[0]
    # only a connective and its comma may come before the phrase, or "According to X," (по данным
    # синоптиков, в регионе было зафиксировано …)
    lead = 0
    if len(sent) and sent[0].lower_ == "according":
        comma = next((t.i for t in sent if t.text == ","), None)
        if comma is None or comma >= prep.i:
            return None
        lead = comma + 1
    for t in sent[lead:prep.i]:
        if not (t.is_punct or t.pos_ in ("ADV", "CCONJ", "SCONJ", "ADP") or t.dep_ in ("advmod", "cc")):
            return None
    between = sent[prep.i + 1:root.i]
    if any(t.is_punct and t.text not in ("-", "'", "’") and not _list_comma(between, t) and not _route_dash(t)
           for t in between):
        return None  # "In Moscow, police …": a comma closes the phrase; what follows may be anything
    dash = next((t for t in between if _route_dash(t)), None)
    if dash is not None:  # "the line Omsk — Tara": the route's names are the phrase's, no swallowed subject
        k = dash.i
        while k - 1 > prep.i and _CAPITAL.match(sent[k - 1].text):
            k -= 1
        between = [t for t in between if t.i < k] + [t for t in between if t.i > dash.i and not _CAPITAL.match(t.text)]
    if any(t.pos_ == "PRON" and t.dep_ == "pobj" and not _fronted_pronoun(t) for t in between):
        return None
    if _name_swallowed(between) or subject_after_time(between) or _subject_swallowed(between):
        return None
    return prep, root, inverted


def _list_comma(between, t) -> bool:
    """A comma inside a list of the phrase's own nouns: "In the ministry of education, science and
    youth policy of the region noted …" (the body's name is a list). The word after it is a conjunct
    of a noun before it, and "and"/"or" follows inside the phrase; "In Moscow, police detained …"
    has no list, so its comma still closes the phrase."""
    if t.text != "," or t.i + 1 >= len(t.doc):
        return False
    nxt = t.doc[t.i + 1]
    return nxt.dep_ == "conj" and nxt.head.i < t.i and nxt.pos_ in ("NOUN", "PROPN") \
        and any(u.dep_ == "cc" and u.lower_ in ("and", "or") and u.i > t.i for u in between)


_DECADE_OR_MONTH = re.compile(r"(?:1[89]|20)?\d0s|(?:January|February|March|April|May|June|July|August|"
                              r"September|October|November|December)")


def subject_after_time(between) -> bool:
    """A decade or a month that modifies a later noun of the phrase: the parser took the subject into
    a time phrase ("In the early 1900s commercial fishing nearly wiped them out"): a decade or a
    month closes a time phrase, so the noun after it is the clause's own subject."""
    return any(_DECADE_OR_MONTH.fullmatch(t.text) and t.dep_ in ("nmod", "compound", "nummod", "amod")
               and t.head.i > t.i and any(u.i == t.head.i for u in between) for t in between)


def _verb_before_subject(sent, skip):
    """(preposition, verb, True) for "Since the start of the year in the region were registered
    three outbreaks", "For this, from the budget were allocated 40 million", "… that on the
    stadium will come five thousand fans": a finite passive, or an active verb whose postposed
    noun carries a number, with no subject of any kind, a prepositional phrase of its own
    before it and no comma between them, and a noun after it that the parser reads as its
    object (the postposed subject). Spared: coordinated and relative verbs (their subject is
    elsewhere), pronouns ("was given it"), the literary "Also arrested were …" (the participle
    comes first), locative inversion with a verb of position ("In the square stand two
    statues": calque_fronted_skip_verbs.txt)."""
    for verb in sent:
        if verb.dep_ not in ("ROOT", "ccomp", "advcl", "parataxis"):
            continue
        kids = list(verb.children)
        aux = [c for c in kids if c.dep_ in ("auxpass", "aux") and c.i < verb.i]
        if any(c.lower_ == "to" for c in aux):
            continue
        if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in aux):
            if not any(c.tag_ in _FINITE or c.tag_ == "MD" for c in aux):
                continue
            counted = False
        elif verb.pos_ == "VERB" and (
                (verb.tag_ in _FINITE and not aux and (verb.lemma_.lower() not in skip
                                                   or (verb.lemma_.lower() in words("calque_fronted_count_verbs.txt")
                                                       and _approximate_count(verb))))
                or (verb.tag_ == "VB" and verb.lemma_.lower() != "be" and any(c.tag_ == "MD" for c in aux))):
            # a modal takes no literary inversion ("In the corner stood a lamp", never "… will
            # stand a lamp"), so the verbs of position and arrival count after one
            counted = True  # an active verb: only with a counted noun after it ("come 5,000 fans")
        else:
            continue
        if any(c.dep_ in _SUBJECT_DEPS for c in kids):
            continue
        after = [c for c in kids if c.i > verb.i and (c.dep_ in ("dobj", "attr", "oprd", "nsubjpass", "nsubj")
                                                      or (counted and c.dep_ == "npadvmod") or _counted_npadvmod(c))]
        if not after or any(c.pos_ == "PRON" or c.tag_ in ("PRP", "WP", "EX") for c in after):
            continue
        if counted and not any(n.dep_ == "nummod" for c in after for n in c.children):
            continue
        first_aux = min((c.i for c in aux), default=verb.i)
        preps = [c for c in kids if c.dep_ == "prep" and c.i < first_aux]
        if not preps:
            continue
        prep = preps[-1]
        while prep.i > 0 and any(p.dep_ == "prep" and p.i < prep.i for p in kids):
            earlier = max((p for p in kids if p.dep_ == "prep" and p.i < prep.i), key=lambda t: t.i)
            if any(t.is_punct for t in sent[earlier.i:prep.i]):
                break
            prep = earlier  # "Since the start of the year in the region": both phrases
        between = sent[prep.i + 1:first_aux]
        if any(t.is_punct and t.text not in ("-", "'", "’") for t in between):
            continue
        if any(t.pos_ == "PRON" and t.dep_ == "pobj" and not _fronted_pronoun(t) for t in between) \
                or _name_swallowed(between) or _subject_swallowed(between):
            continue
        return prep, verb, True
    return None



_TIME_HEADS = _TIME_NOUNS | {"today", "tomorrow", "yesterday", "decade", "future", "total", "all"}


def _after_time_phrase(sent):
    """(first token, verb, True) for "Next year will open a new school", "Last year were built 40
    kilometres of roads", "This summer will take place the festival": a fronted time phrase with
    no comma, then a finite or modal verb of calque_fronted_time_verbs.txt (or a passive), then a
    noun the parser reads as its object or a postposed subject, with no subject before the verb
    but the time phrase itself. Spared: the time as the subject of a verb of witnessing or
    marking ("Last year saw a record harvest", "This year marks the anniversary": not listed),
    a passive with a complement ("Last year was declared the Year of Ecology", "This year will
    be remembered as …": no object), a subject after the phrase ("Next year the city will open
    …"), pronouns."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(root.children)
    aux = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    modal = any(c.tag_ == "MD" for c in aux)
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in aux) and (
        modal or any(c.tag_ in _FINITE for c in aux))
    lemma = root.lemma_.lower()
    if not passive:
        if lemma not in words("calque_fronted_time_verbs.txt") or any(c.dep_ == "auxpass" for c in aux):
            return None
        if not (root.tag_ in _FINITE and not aux or modal and root.tag_ == "VB"):
            return None
        if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ in ("part", "place") and c.i == root.i + 1
                                       for c in kids):
            return None  # "will take place the festival", "took part 300 athletes"
    first = min((c.i for c in aux), default=root.i)
    for c in kids:
        if c.i >= first:
            continue
        if c.dep_ in _SUBJECT_DEPS and not (c.lower_ in _TIME_HEADS):
            return None  # "Next year the city will open …"
        if c.dep_ not in ("npadvmod", "advmod", "prep", "nsubj", "nsubjpass", "cc", "punct", "tmod"):
            return None
    if any(t.is_punct for t in sent[:first]):
        return None  # "Next year, the city will open …"
    skip = 1 if lemma == "take" else 0
    after = [c for c in kids if c.i > root.i + skip and (c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr")
                                                          or _counted_npadvmod(c))
             and c.pos_ in ("NOUN", "PROPN", "NUM")]
    if passive:
        after = [c for c in after if c.dep_ != "attr"]
    if not after or any(c.pos_ == "PRON" for c in kids if c.i > root.i and c.dep_ in ("dobj", "nsubj")):
        return None
    return sent[0] if not sent[0].is_punct else sent[1], root, True

def _counted_npadvmod(token) -> bool:
    """True for "about 60 people" read as an adverbial noun phrase after the verb: a plural noun
    with a number, which no time or measure adverbial of English here is ("were registered
    about 60 people"; "ran 5 kilometres" has a unit, "works 40 hours" a time noun)."""
    return (token.dep_ == "npadvmod" and token.tag_ == "NNS" and token.lower_ not in _TIME_NOUNS
            and token.lower_ not in _UNITS and any(c.dep_ == "nummod" for c in token.children))


_UNITS = {"hours", "minutes", "seconds", "days", "weeks", "months", "years", "times", "metres", "meters",
          "kilometres", "kilometers", "miles", "feet", "kilograms", "tonnes", "tons", "percent", "points",
          "degrees", "litres", "liters", "decades", "centuries", "rubles", "roubles", "dollars", "euros"}


def _time_phrase(token) -> bool:
    """True for "this summer", "last week" that the parser took for a subject ("On the glacier
    this summer worked an expedition"): a time noun with "this/last/next/that"."""
    return token.lower_ in _TIME_NOUNS and any(c.dep_ == "det" and c.lower_ in ("this", "last", "next", "that")
                                               for c in token.children)


def _fronted_pronoun(token) -> bool:
    """True for the object of the opening preposition itself ("On it from the budget will be
    directed …", "Instead of them in the villages will work …", "For this were allocated …"):
    an object pronoun right after its preposition, which cannot be the misread subject."""
    return (token.lower_ in _OBJECT_PRONOUNS and token.i > 0 and token.nbor(-1).dep_ == "prep"
            and token.head.i == token.i - 1)


def _approximate_count(verb) -> bool:
    """True when a noun after the verb carries an approximate or a large count ("live about 400
    people", "gathered some 3,000 fans", "work 1,200 people"): literary inversion after a place
    ("In the square stand two statues") never counts roughly, Russian order does."""
    for noun in verb.children:
        if noun.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        for num in noun.children:
            if num.dep_ != "nummod":
                continue
            if any(m.lower_ in _APPROXIMATORS for m in num.children) or any(
                    m.lower_ in _APPROXIMATORS for m in noun.children if m.i < num.i):
                return True
            digits = num.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 100:
                return True
    return False


def _opening_verb(sent):
    """The verb the sentence's opening phrase belongs to: the root, or, when the clause it opens
    is joined to another by a comma ("On the festival arrived 2,000 guests, the service was
    led by …"), the verb of that first clause (an adverbial or complement clause of the root)."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    first_prep = next((t for t in sent if t.dep_ == "prep"), None)
    if first_prep is not None and first_prep.head.pos_ in ("VERB", "AUX") and first_prep.head is not root \
            and first_prep.head.dep_ in ("advcl", "ccomp") and first_prep.head.i < (root.i if root is not None else 0):
        return first_prep.head
    return root


def _name_swallowed(tokens) -> bool:
    """True for "In May Gazprom", "In Moscow Sobyanin", "Within the framework of the window
    Spartak": the parser took a name into the phrase that is as likely the subject (two
    capitalised words with no article, or a name right after a common noun)."""
    words_ = [t for t in tokens if t.pos_ != "PUNCT"]
    while words_ and words_[-1].pos_ in ("ADV", "PART", "AUX"):  # "… Spartak also intends", "will"
        words_.pop()
    if any(t.tag_ == "POS" and t.i > 0 and _CAPITAL.match(t.nbor(-1).text) and t.i - 1 > words_[0].i
           for t in words_ if words_):
        return True  # "In the next round Kovalenko's players travel": a possessor, then the subject
    if len(words_) >= 2:
        last, prev = words_[-1], words_[-2]
        if _CAPITAL.match(last.text) and prev.text.islower() and prev.pos_ in ("NOUN", "ADJ", "VERB"):
            return True  # "the winter transfer window Spartak", "the final Goryachkina"
        if (prev.lower_ in _PLACE_HEADS and last.pos_ == "NOUN"
                and last.lower_ not in words("calque_apposition_bodies.txt")
                and not (prev.dep_ == "compound" and prev.head.i == last.i
                         and words_[0].lower_ == "the" and all(t.text.islower() for t in words_[:-1]))):
            return True  # "In the Grayvorn district drone struck": a subject with no article
        if (prev.pos_ == "PROPN" and _CAPITAL.match(prev.text) and prev.i > 0 and prev.nbor(-1).pos_ == "ADP"
                and prev.lower_ not in _CALENDAR and last.lower_ not in _DAY_PARTS | _TIME_NOUNS
                and last.pos_ == "NOUN" and last.text.islower() and last.lower_ not in _PLACE_HEADS
                and last.lower_ not in words("calque_apposition_bodies.txt")):
            return True  # "near Voronezh lightning hit", "In Moscow diesel rose": a bare place, then the subject
        if prev.lower_ in _CALENDAR and last.lower_ not in _DAY_PARTS and not last.like_num:
            return True  # "On Thursday pence", "In May Gazprom": a date, then the subject
        if (last.text.islower() and last.is_alpha and prev.pos_ not in ("DET", "ADP")
                and not _common_word(last.text)):  # "the roads", "the box": a common noun
            return True  # "the press conference lavrov": a lowercased name, not a place word
    if not words_ or words_[0].lower_ in ("the", "a", "an"):
        return False
    caps = [t for t in words_ if _CAPITAL.match(t.text)]
    if len(caps) < 2:
        return False
    named = [t for t in caps if t.lower_ not in _CALENDAR]
    if named and named[-1].lower_ in _PLACE_HEADS and words_[-1].lower_ in _DAY_PARTS | _CALENDAR:
        return False  # "three districts of the Stavropol Territory on Tuesday evening": a place and a date
    if words_[-1].lower_ in _PLACE_HEADS or caps[0].lower_ in _NAME_PREFIXES:
        return False
    return True


# prepositional idioms with a bare noun that close themselves ("on average", "in total"): a noun
# after one starts the clause's subject ("On average passengers waited three hours")
_CLOSED_IDIOMS = {("on", "average"), ("in", "total"), ("in", "general"), ("in", "particular"),
                  ("in", "turn"), ("in", "fact"), ("in", "practice"), ("in", "theory"), ("in", "short"),
                  ("in", "part"), ("in", "addition"), ("in", "contrast"), ("in", "return"), ("at", "first"),
                  ("at", "last"), ("at", "least"), ("at", "present"), ("as", "usual"), ("of", "course")}
# determiners that open a noun phrase of their own: after a noun, a new phrase, never its modifier
_NEW_PHRASE_DETS = {"the", "a", "an", "several", "many", "some", "most", "all", "both", "few", "each",
                    "every", "these", "those", "its", "their", "his", "her", "our"}


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    """Nouns for a person (WordNet's noun.person, data/bare_genitive_heads.tsv)."""
    return frozenset(r[0] for r in rows("bare_genitive_heads.tsv") if len(r) == 2 and r[1] == "person")


def _subject_swallowed(tokens) -> bool:
    """True when the phrase before the verb ends on a noun phrase of its own, the clause's
    subject the parser took into the phrase: a plural noun for people right after a noun
    ("In the first week of the festival visitors bought", "In the park of Tomsk students have
    planted": English compounds a noun before a plural of people only as its modifier, and then
    the phrase would need "the" again), a determiner after a noun ("After its closing the
    exhibition will move", "with a ribbon several skaters lost"), or a self-closing idiom ("On
    average passengers waited"). Russian subjectless order puts the verb right after the
    place ("In the ministry explained"), with no noun of people or new phrase between."""
    words_ = [t for t in tokens if not t.is_punct]
    while words_ and words_[-1].pos_ in ("ADV", "PART", "AUX"):
        words_.pop()
    if len(words_) < 2:
        return False
    if words_[0].i > 0 and (words_[0].nbor(-1).lower_, words_[0].lower_) in _CLOSED_IDIOMS:
        return True
    last = words_[-1]
    if last.tag_ in ("NNS", "NNPS") and last.lemma_.lower() in _persons():
        k = len(words_) - 2
        while k >= 0 and words_[k].pos_ == "ADJ" and words_[k].lower_ not in _NEW_PHRASE_DETS:
            k -= 1
        if k >= 0 and (words_[k].pos_ in ("NOUN", "PROPN", "NUM") or words_[k].lower_ in _NEW_PHRASE_DETS - {"the", "a", "an"}):
            return True
    for a, b in zip(words_, words_[1:]):
        if b.lower_ in _NEW_PHRASE_DETS and a.pos_ in ("NOUN", "PROPN") and b.head.i > b.i and \
                b.head.lower_ not in _TIME_NOUNS and b.head.lower_ not in _CALENDAR and \
                not (a.tag_ == "VBG" or a.lower_.endswith("ing") and not any(
                    c.dep_ in ("det", "poss") for c in a.children)):
            return True
    return False


def _common_word(word: str) -> bool:
    """A dictionary word, or the plural of one ("districts", "schools": the list holds lemmas),
    in British spelling too ("centre", "harbour", "programme": the list is American)."""
    if is_dictionary_word(word):
        return True
    for ending, american in (("tre", "ter"), ("our", "or"), ("ours", "ors"), ("tres", "ters"), ("mme", "m")):
        if word.endswith(ending) and len(word) > len(ending) + 2 and is_dictionary_word(word[:-len(ending)] + american):
            return True
    for ending, stem in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2 and is_dictionary_word(word[:-len(ending)] + stem):
            return True
    return False


DETECTOR = FrontedPlaceDetector()
