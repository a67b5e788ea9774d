"""MT3111: a sentence opened by "It" that speaks, thinks or acts, right after a sentence about a person.

Russian goes on about the person a sentence was about with "он"/"она": "Директор заповедника
Батыр Эрдниев работает там с 1998 года. Он пояснил, что …". Gender-blind MT writes "It
explained that …". English reads a subject pronoun that opens a sentence as the subject of the
sentence before (what that sentence is about); when that subject is a person, "It" can only be
the person, whatever things the sentence names in its other slots ("the director of the
reserve", "headed the committee", "worked with steel").

MT3102 keeps quiet whenever a thing is among the candidates (the reserve, the committee); this
rule asks only the subjects. Flagged: "It" first in its sentence, outside quotation marks, the
subject of a verb of saying or thinking, of an act of intent (agent_predicates.txt), of asking
somebody to act ("It asked the city to protect …"), or of a person's role ("started as an
apprentice"; person_nouns.txt and WordNet's person_trade_nouns.txt); the sentence before is in the same paragraph, its
main subject is a person (a person noun, a name, a surname named in full before), and no other
clause of it has a singular thing for subject ("…, because the fence damages the bark" would
be a thing "It" may go back to), nor names a body or a document outside the subject's own
phrase ("Ivanov heads the council", "published the study": either may speak; "the director of
the reserve" is where the person works). Two sentences back too, for a verb of saying only, when
the sentence between is `mute` (no person, name, pronoun, body or document: "The damage is
estimated at …") and the person's own phrase holds no body ("the company's chief" may be the
company's voice). The rule runs inside MT3102's detector, with its persons.

Two Russian sentence shapes are about a person whatever their English subject, and after them
any deed of an opening "It" is that person's (not a verb English uses for the event, the time
or the weather, it_situation_verbs.txt; no "him"/"her" in its clause; no "It seems to"): a
sentence that only identifies someone ("The winner became a herder from the Kizhinga district
Dorzho Tsybikov.", identified_person) and a prize sentence in the Russian order ("The Grand Prix
received the student of the music college Denis Lapshin.", prize_winner, prize_nouns.txt), when
neither names any other thing than the places the person is from or works at. A passive "It"
counts when its verb gives it a person's role ("It was named player of the match"). The
speaker put last may follow a quotation ('"…," told the coordinator X.'); a thing in the sentence
before keeps an "It" of saying quiet only when it may speak (a body, a document), and none does
that the "It" clause names again as its object ("It has organised the dictation …").
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from mtaudit.rules.model import rule
from mtaudit.text import lexicon

# places a person is from or stands for (the head of the district): no body that speaks
_ORIGIN_PLACES = frozenset({"region", "district", "village", "city", "town", "settlement", "province",
                            "republic", "territory", "municipality", "oblast", "krai", "county"})

IT_AFTER_PERSON_SUBJECT = rule(
    "MT3111", "it-after-person-subject", "pronoun",
    summary="“It” opening a sentence that speaks, thinks or acts, after a sentence whose subject "
            "is a person (or that speaks, two sentences after one, over a sentence nobody speaks in)",
    why="Russian goes on about a person with “он”/“она”; gender-blind MT writes “It explained "
        "that …”. An opening subject pronoun continues the subject of the sentence before; when "
        "that subject is a person, “he” or “she” is meant, whatever things the sentence also names.",
    confidence="likely",
    bad=["The museum's curator, Zarina Tlisova, said volunteers cleaned the halls in a week. It "
         "asked the city to pay for the new roof.",
         "The school's director, Aldar Tsydenov, has taught history since 1999. It believes that the "
         "fines are too low.",
         "The owner of the bakery, Ayaal Sivtsev, has baked bread for 20 years. It started as an "
         "apprentice in Yakutsk.",
         "The head of the village, Ilnur Gabdrakhmanov, said the well would be dug by autumn. The "
         "digging is estimated at 2 million roubles. It added that the old well would be closed.",
         "Most of the honey is sold at fairs in the autumn, told the head of the apiary Timur "
         "Gainullin. It has kept bees for 18 years.",
         "On Friday the new ferry was inspected by the deputy governor Olga Rasulova. It demanded "
         "that the shipyard fix the ramps before the summer.",
         "A lesson costs 900 roubles, so it is cheaper than skiing, told the founder of the club "
         "Rinat Saifullin. It played hockey professionally as a teenager.",
         "The best time was shown by the pupil of the sports school Ayana Egorova. It started skating at "
         "the age of six.",
         "The first prize went to Yana Belova. The jury's favourite became the schoolgirl from Omsk "
         "Daria Volkova. It hopes to compete in Moscow next year.",
         "The winner became a 40-year-old welder from the Kizhinga district Dorzho Badmaev. It threw the "
         "hammer 52 metres and received a tractor as the main prize.",
         "The most productive in the team of the guests became the setter Olga Mironova, who scored 19 "
         "points. It was named player of the match.",
         "The main prize received the 15-year-old student of the Tver music college Pavel Lapin. It "
         "played a sonata by Haydn.",
         "\"We expect a thousand people,\" told the coordinator of the count Marina Belova. It has "
         "organised the count in the city since 2015."],
    good=["The keeper of the lighthouse, Mingiyan Badmaev, has lived on the island since 2004. He "
          "explained that the lamp is checked every night.",
          "The chairman Aldar Tsydenov heads the city council. It said on Monday that the budget "
          "would be cut.",
          "The owner Ayaal Sivtsev said the bakery needs a new oven. It asked the region for money.",
          "The keeper Mingiyan Badmaev spoke at the forum. It is clear that the lamp is old.",
          "The ministry hired the engineer Bair Dashiev in May. It said he would lead the project.",
          "The leader of the council, Bair Dashiev, opened the session. It approved the budget.",
          "The author of the law, deputy Aldar Tsydenov, chaired the budget committee for six years. "
          "It believes that the fines are too low.",
          "The keeper Mingiyan Badmaev published the study in May. It warned that the lamp is old.",
          "The head of the village, Ilnur Gabdrakhmanov, said the well would be dug by autumn. The "
          "ministry estimates the digging at 2 million roubles. It added that the old well would be closed.",
          "Most of the honey is sold at fairs in the autumn, told the head of the apiary Timur "
          "Gainullin. It has stood on the square since 1974.",
          "The old bridge was repaired in the spring, said the head of the district, Ivan Petrov. It "
          "has carried lorries since 1974.",
          "The bridge was built by the engineer Ivan Petrov in 1974. It has carried lorries ever since.",
          "The plant was founded by Ivan Belov in 1998. It says on its website that it employs 300 people.",
          "The report was written by the economist Anna Sokolova. It argues that the tax is too high.",
          "The tower was designed by the architect Ivan Petrov. It was built in 1931.",
          "Anna Sokolova restored the 100-year-old clock. It has kept time ever since.",
          "The festival's organiser, Volga Events Company, said it was pleased with the crowds. It "
          "plans to add a second stage next year.",
          "The winner became the welder Dorzho Badmaev of the Kizhinga district. It marked his third win "
          "in a row.",
          "The winner became the welder Dorzho Badmaev. It rained all day, and the final was moved indoors.",
          "The main prize received the pupil Arina Kozlova. It was her first win.",
          "The main prize received the pupil Arina Kozlova. It carries a grant for the art school.",
          "The shipyard became a supplier of the navy in 1990. It was named supplier of the year.",
          "The best in the team became the setter Olga Mironova. It was founded in 1990.",
          "\"The count is open to everyone,\" told the coordinator of the count Marina Belova. It has run "
          "every spring since 2015."],
    applicability="unsafe",
)

_ROLE_PREPS = frozenset({"as"})
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)


def mute(parsed, people, quoted) -> bool:
    """A sentence no "It" of saying can go back to: no quotation, nobody (a person, a name, a
    pronoun), no body, document or name that may speak ("The damage is estimated at 12 million
    roubles"); MT3111 then reads an opening "It said" after it as the person before it."""
    from mtaudit.detectors.pronouns_salience import _agentive

    if quoted:
        return False
    for t in parsed.doc:
        if t.pos_ == "PRON" and t.lower_ not in ("which", "that", "what") or t.pos_ == "PROPN":
            return False
        if t.pos_ == "NOUN" and (people.gender(t) is not None or _agentive(t, "say")):
            return False
    return True


def after_person_subject(tok, people, prev, speech_only=False) -> tuple[str, str] | None:
    """(the person, gender) when `tok`, an opening subject "It", continues a person subject of
    the sentence before (prev: its parse, its person test, its quoted tokens), else None. With
    `speech_only` (the person is two sentences back, over a `mute` one) only a verb of saying
    counts, and a body even in the person's own phrase ("the company's chief") keeps it quiet."""
    from mtaudit.detectors.pronouns_person_predicate import _person_noun
    from mtaudit.detectors.pronouns_salience import _agentive, _saying_verbs
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    if prev is None or tok.i != 0 or tok.text != "It" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    pparsed, ppeople, pquoted = prev
    speaker = None if speech_only else tail_speaker(pparsed, ppeople)
    agent = None if speech_only or speaker is not None else passive_agent(pparsed, ppeople)
    lasting = speaker is not None and career(verb)
    kind = person_act(verb)
    if tok.dep_ == "nsubjpass" and not any(_role_complement(v) for v in (verb, *_shared(verb))):
        return None  # a passive "It" names a person only by a role: "It was named player of the match"
    winner = None if speech_only or speaker is not None or agent is not None else \
        prize_winner(pparsed, ppeople, pquoted)
    if not (kind or lasting):
        if speech_only or speaker is not None or agent is not None or not _deed(verb) or \
                winner is None and identified_person(pparsed, ppeople, pquoted) is None:
            return None
        kind = "person"  # "The winner became the herder X. It hit 18 targets": nobody else to be
    if speech_only and not (lemma in _saying_verbs() or lemma in _report_verbs()):
        return None
    if agent is not None and not kind:
        return None  # "The bridge was built by X. It has carried lorries since 1974": the bridge's
    only_person = kind == "person"  # "as a teenager", "at nine years old": no thing nor body is meant
    if kind != "person" and not (lemma in _saying_verbs() or lemma in _report_verbs()) and \
            any(c.dep_ in ("dobj", "attr") for c in verb.children if c.lemma_.lower() in _BODY_ACTS):
        return None
    root = next((t for t in pparsed.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = speaker or agent or winner or \
        next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i in pquoted or subject.tag_ in ("NNS", "NNPS"):
        return None
    gender = ppeople.gender(subject)
    attr = None
    if gender is None and subject.pos_ == "NOUN" and _person_noun(subject):
        gender = ""  # a trade WordNet knows: "The keeper of the lighthouse, …"
    if gender is None and (subject.tag_ == "NN" or subject.pos_ == "ADJ" or subject.lower_ == "one") and \
            root.lemma_.lower() in ("be", "become") and not agent and not speaker:
        # "The winner became …", "The most productive was …": the complement names who
        attr = next((c for c in root.children if c.dep_ == "attr" and c.tag_ in ("NN", "NNP")), None)
        if attr is not None and (ppeople.gender(attr) is not None or attr.pos_ == "NOUN" and _person_noun(attr)):
            gender = ppeople.gender(attr) or ""  # "The winner became the schoolgirl X": a person
        else:
            attr = None
    if gender is None:
        return None
    if not only_person and any(c.dep_ == "appos" and ppeople.gender(c) is None and not _person_noun(c) and
                               _firm(c) for c in subject.children):
        return None  # "The race organiser, Great Run Company, said … . It plans": a firm's
    phrase = {t.i for t in subject.subtree}
    again = {t.lemma_.lower() for t in verb.subtree if t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj")}
    for t in pparsed.doc:
        if speech_only or only_person:
            break  # a thing subject in another clause does not say anything, nor is a teenager
        if t.i in phrase or t.lemma_.lower() in again:
            continue  # the person's own words ("… Sanal Badmayev"); a thing the "It" clause names
            # as its object ("The dictation is free," told X. It has organised the dictation …)
        if agent is not None and t.dep_ == "nsubjpass" and t.head.i == agent.head.head.i:
            continue  # "The street was inspected by X. It demanded that": no street demands
        if t.dep_ in ("nsubj", "nsubjpass") and t.i != subject.i and t.pos_ in ("NOUN", "PROPN") and \
                t.tag_ in ("NN", "NNP") and ppeople.gender(t) is None and \
                not (speaker is not None and t.lower_ in _GROUPS) and \
                not (kind == "say" and t.pos_ == "NOUN" and not _may_speak(t)):
            return None  # "…, because the fence damages the bark": a thing "It" may continue
    own = {t.i for t in subject.subtree}
    if attr is not None:  # the predicate names the person: "the schoolgirl from Omsk Daria Volkova"
        own |= {t.i for t in pparsed.doc if t.i > root.i}
    bodies = lexicon.folded_words("organisation_nouns.txt")
    if speech_only:
        own = {t.i for t in subject.subtree if t.pos_ != "NOUN" or t.lemma_.lower() in _ORIGIN_PLACES or
               t.i == subject.i or not (t.lemma_.lower() in bodies or _agentive(t, "say"))}
        # "the head of the district, Rustem Galiev," but not "the company's chief"
    for t in pparsed.doc:
        if only_person:
            break
        if t.i in own or t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS") or \
                ppeople.gender(t) is not None:
            continue
        if (speech_only or kind) and t.pos_ == "PROPN" and (t.text in _CALENDAR or t.ent_type_ in ("DATE", "TIME")):
            continue  # "in May", "on Monday"
        if kind == "act" and _place_object(t) or _place_name(t):
            continue  # "after a trip to France. It built the pens together with her sons", "near
            # the village of Komsomolsky": a place, no speaker
        if t.lower_ in bodies or t.lemma_.lower() in bodies or _agentive(t, "say"):
            return None  # "Sedov heads the council. It said …", "Petrova published the study.
            # It warned …": a body or a document may speak (one in the subject's own phrase,
            # "the director of the reserve", is where the person works)
    if gender == "":
        gender = next((g for c in subject.children if c.dep_ == "appos"
                       for g in (ppeople.gender(w) for w in c.subtree) if g), "")
    if gender == "" and speaker is not None:  # "the head of the apiary Timur Gainullin"
        gender = next((g for g in (ppeople.gender(w) for w in subject.subtree if w.pos_ == "PROPN") if g), "")
    if attr is not None:  # "The most productive became the opposite hitter Yekaterina Popova, who …"
        subject = attr
        gender = gender or next((g for g in (ppeople.gender(w) for w in attr.subtree if w.pos_ == "PROPN") if g), "")
    who = " ".join(w.text for w in subject.subtree if w.dep_ != "punct" and w.i <= max(
        [subject.i] + [c.i for c in subject.subtree if c.pos_ == "PROPN"]))
    return who, gender


def _may_speak(t) -> bool:
    """A noun that may say or note something: a body, a document, a speaking thing ("the
    ministry", "the report"); "X said that the printer is popular. It noted that …" has no other
    speaker than X."""
    from mtaudit.detectors.pronouns_salience import _agentive

    return t.lower_ in lexicon.folded_words("organisation_nouns.txt") or \
        t.lemma_.lower() in lexicon.folded_words("organisation_nouns.txt") or _agentive(t, "say")


_GROUPS = frozenset({"staff", "team", "crew", "family", "couple", "brigade", "class", "group"})
# what a thing does for years as well as a person: standing, lasting, running, serving
_LASTING = frozenset({"be", "have", "stand", "exist", "last", "remain", "lie", "operate", "function",
                      "run", "serve", "belong", "stay", "hang", "sit", "cost", "survive"})
_DURATION = re.compile(r"^(?:for|since)$")


def tail_speaker(parsed, people):
    """The speaker of a report put after its words in the Russian order, the sentence's last
    phrase ("… are sold out, told the director of the farm Anna Ivanova."): Russian makes that
    speaker the sentence's subject, and its next "он/она" goes on about them. The person noun
    or name after a verb of saying that follows a comma and has no subject before it."""
    from mtaudit.detectors.pronouns_person_predicate import _person_noun
    from mtaudit.detectors.pronouns_salience import _saying_verbs
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    doc = parsed.doc
    for v in doc:
        comma = v.i >= 1 and doc[v.i - 1].text == "," or \
            v.i >= 2 and doc[v.i - 1].tag_ == "''" and doc[v.i - 2].text == ","  # '…," told X'
        if not comma or v.pos_ != "VERB" or v.tag_ != "VBD" or \
                v.lemma_.lower() not in _saying_verbs() | _report_verbs():
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i for c in v.children):
            continue  # "…, she told the court": English order
        for c in v.children:
            if c.i > v.i and c.dep_ in ("dobj", "nsubj", "dative") and c.pos_ in ("NOUN", "PROPN") and \
                    c.tag_ in ("NN", "NNP") and (people.gender(c) is not None or _person_noun(c)):
                end = max(w.i for w in c.subtree)
                if all(w.is_punct for w in doc[end + 1:]):
                    return c  # the speaker's phrase ends the sentence
    return None


def career(verb) -> bool:
    """A perfect of what someone has done for years ("has headed the park since 2011", "has
    bred yaks for 22 years"): after a speaker put last (tail_speaker), a person's career."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _LASTING or \
            not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) or \
            any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    if verb.lemma_.lower() == "work" and not any(c.dep_ == "prep" and c.lower_ in ("in", "on", "as")
                                                 for c in verb.children):
        return False  # "has worked in the trade, on the collection" (a pump has worked for years)
    return any(c.dep_ == "prep" and _DURATION.match(c.lower_) and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in ("year", "decade") or g.like_num or g.pos_ == "NOUN")
        for g in c.children) for c in verb.children)


def identified_person(parsed, people, quoted):
    """The person a sentence only identifies ("The winner became a 58-year-old herder from the
    Kizhinga district Dorzho Tsybikov.", "The best was the goalkeeper Anna Belova."): a main
    clause of "be"/"become" whose complement is a person (a name, a person noun) and whose
    subject is a noun or an adjective ("The most productive"); every other noun of the
    sentence is a person's, a time, or a place the person is from. Russian goes on about that
    person with "он"/"она", and English has no thing there for an opening "It" to continue."""
    root = next((t for t in parsed.doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() not in ("be", "become") or \
            any(t.i in quoted for t in parsed.doc):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None)
    if subject is None or attr is None or attr.tag_ not in ("NN", "NNP") or \
            subject.tag_ not in ("NN", "JJ", "JJS") and subject.lower_ != "one":
        return None  # "One of them is Erdni Badmaev from the village of Chilgir."
    if not (people.gender(attr) is not None or attr.pos_ == "NOUN" and _person(attr)):
        return None
    return attr if _nobody_else(parsed, people, attr, subject) else None


def prize_winner(parsed, people, quoted):
    """The person a prize sentence in the Russian order is about ("The Grand Prix received the
    16-year-old student of the music college Denis Lapshin.", "First place took the schoolgirl
    Anna Belova."): the main verb takes a prize (prize_nouns.txt) for subject and a person for
    object, and Russian goes on about the winner with "он"/"она"."""
    root = next((t for t in parsed.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() not in _WINNING or \
            any(c.dep_ == "auxpass" for c in root.children) or any(t.i in quoted for t in parsed.doc):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.i > root.i), None)
    if subject is None or obj is None or obj.tag_ not in ("NN", "NNP"):
        return None
    prizes = lexicon.folded_words("prize_nouns.txt")
    before = parsed.doc[subject.i - 1].lower_ + " " + subject.lower_ if subject.i else ""
    if subject.lower_ not in prizes and subject.lemma_.lower() not in prizes and before not in prizes:
        return None
    if not (people.gender(obj) is not None or obj.pos_ == "NOUN" and _person(obj)):
        return None
    return obj if _nobody_else(parsed, people, obj, subject) else None


_WINNING = frozenset({"receive", "win", "take", "get", "earn", "gain", "claim", "secure", "collect"})


# where a pupil or a student of a contest studies ("the student of the Oryol music college"):
# no firm that sells or builds, so no "It" of a deed after the winner's sentence
_STUDY_PLACES = frozenset({"school", "college", "university", "academy", "conservatory", "lyceum",
                           "gymnasium", "conservatoire"})


def _nobody_else(parsed, people, person, skip) -> bool:
    """No noun of the sentence but the person's own, `skip`'s phrase, times and the places a
    person is from ("a herder from the Kizhinga district"), or where the person studies, named in
    the person's own phrase ("the student of the Oryol music college"): English has no
    other referent there for an opening "It"."""
    own = {t.i for t in person.subtree}
    skipped = {t.i for t in skip.subtree}
    for t in parsed.doc:
        if t.i in skipped:
            continue  # "The winner", "The Grand Prix": the person the sentence names, the prize won
        if t.pos_ == "NOUN" and not (people.gender(t) is not None or _person(t)) and \
                t.lemma_.lower() not in _ORIGIN_PLACES and t.ent_type_ not in ("DATE", "TIME") and \
                not (t.lemma_.lower() in ("year", "month", "day") and t.dep_ == "npadvmod") and \
                not (t.i in own and (t.lemma_.lower() in _STUDY_PLACES or
                                     t.dep_ == "compound" and t.head.lemma_.lower() in _STUDY_PLACES)):
            return False  # "The winner was the owner of the café X": the café may be "It"
        if t.pos_ == "PROPN" and people.gender(t) is None and t.ent_type_ not in ("GPE", "LOC", "PERSON") and \
                not (t.i in own and t.dep_ == "compound" and t.head.lemma_.lower() in _STUDY_PLACES):
            return False  # a name of unknown kind: maybe a firm's
    return True


def _deed(verb) -> bool:
    """An opening "It"'s predicate that may be a person's deed after a sentence that only names
    that person: an active verb of its own (no "It seems to", "It turned out that", no verb
    English uses for the event before, the time or the weather: it_situation_verbs.txt), whose
    clause names no him/her (the person is then someone other than "It")."""
    perfect = verb.tag_ in ("VBN", "VBG") and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                 for c in verb.children)  # "has sheared sheep since"
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or perfect) or \
            verb.lemma_.lower() in lexicon.folded_words("it_situation_verbs.txt"):
        return False
    for v in (verb, *_shared(verb)):
        if v.lemma_.lower() in lexicon.folded_words("it_situation_verbs.txt"):
            return False
        for c in v.children:
            if c.dep_ in ("ccomp", "xcomp", "auxpass", "expl") or \
                    c.lower_ in ("him", "her", "his", "them", "their") and c.dep_ in ("dobj", "dative", "pobj", "poss"):
                return False
            if c.dep_ in ("dobj", "pobj", "prep") and any(g.lower_ in ("him", "her", "his") for g in c.subtree):
                return False
    return True


def person_act(verb) -> str:
    """What the opening "It"'s predicate says of its subject, on the verb and on the verbs that
    share its subject ("has led the train … and knows the patients by name"): "person" for what
    only a person is or does (a role, "as a teenager"; an age, "at nine years old"; a clause only
    a person fills); "say" for saying or thinking (the lists of saying and report verbs, and
    WordNet's communication, cognition and emotion verbs no thing is subject of,
    human_subject_verbs.tsv: "knows", "hopes", "admits that", "demanded that"); "act" for an act
    of intent (agent_predicates.txt, "together with", asking somebody to act); "" otherwise."""
    from mtaudit.detectors.pronouns_salience import _CONTROL_VERBS, _agent_predicate, _saying_verbs
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    found = ""
    for v in (verb, *_shared(verb)):
        lemma = v.lemma_.lower()
        agentive = _agent_predicate(v)
        role = _role_complement(v)
        if as_person(v) or role == "trade" or _age(v) or agentive == "person":
            return "person"
        use = _human_verbs().get(lemma) or _human_verbs().get(_e_lemma(v))
        if lemma in _saying_verbs() or lemma in _report_verbs() or use == "any" or \
                use == "clause" and any(c.dep_ == "ccomp" for c in v.children):
            found = "say"
        elif not found and (agentive or role or lemma in _CONTROL_VERBS and any(c.dep_ == "xcomp" for c in v.children)
                            or _together(v)):
            found = "act"  # "asked the city to", "built the pens from netting together with her sons"
    return found


def _firm(appos) -> bool:
    """An appositive that names a body ("the organiser, Great Run Company,"): a word of a firm's
    name or a body noun in it (the parser's ORG is no guide: it calls "Batyr Erdniev" one)."""
    from mtaudit.text.english_words import is_common_word_or_plural

    bodies = lexicon.folded_words("employing_nouns.txt") | lexicon.folded_words("organisation_nouns.txt")
    if any(w.lower_ in bodies for w in appos.subtree):
        return True
    # a name of English words ("Pinewood Events") is a firm's; a person's is not ("Batyr Erdniev")
    return appos.pos_ == "PROPN" and any(w.pos_ == "PROPN" and is_common_word_or_plural(w.lower_)
                                         for w in appos.subtree)


def _e_lemma(v) -> str:
    """The lemma in -e the tagger may have cut ("hopes", "hoped" read as "hop")."""
    low = v.lower_
    return low[:-1] if low.endswith(("es", "ed")) else ""


def _together(verb) -> bool:
    """"together with" / "along with" anywhere in the verb's own clause (the parse may hang it on
    the object: "built the pens from netting together with her sons")."""
    return any(t.lower_ == "with" and t.dep_ == "prep" and _clause_of(t).i == verb.i and
               any(g.dep_ == "advmod" and g.lower_ in ("together", "along") for g in t.children)
               for t in verb.subtree)


def _shared(verb):
    """Verbs coordinated with `verb` that have no subject of their own: they share the "It"."""
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
            yield c


@lru_cache(maxsize=1)
def _human_verbs() -> dict[str, str]:
    return {w: (cols[0] if cols else "any") for w, cols in lexicon.table("human_subject_verbs.tsv").items()}


def _age(verb) -> bool:
    """An age in the verb's own clause: "at nine years old", "as a 12-year-old", "at the age of
    seven" (not "the 100-year-old bridge", a thing's age)."""
    for t in verb.subtree:
        if t.i != verb.i and t.dep_ in ("advcl", "relcl", "ccomp", "acl") and t.pos_ in ("VERB", "AUX"):
            continue
        if t.lower_ == "old" and any(c.lemma_.lower() == "year" and any(n.like_num for n in c.children)
                                     for c in t.children) and \
                (t.head.pos_ in ("ADP", "VERB") or t.head.pos_ == "NOUN" and _person(t.head)):
            return _in_clause(t, verb)
        if t.lower_ == "age" and t.dep_ == "pobj" and t.head.lower_ == "at" and \
                any(c.lower_ == "of" for c in t.children):
            return _in_clause(t, verb)
    return False


def _in_clause(t, verb) -> bool:
    """`t` belongs to the clause of `verb` or of a verb it governs without a subject of its own
    ("started doing cheerleading at nine years old")."""
    node = _clause_of(t)
    for _ in range(4):
        if node.i == verb.i:
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _person(tok) -> bool:
    from mtaudit.detectors.pronouns_person_predicate import _person_noun

    return _person_noun(tok)


def _clause_of(tok):
    node = tok.head
    for _ in range(10):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return node


def passive_agent(parsed, people):
    """The person in the "by" phrase of a passive main clause about a thing ("On Tuesday the
    street was inspected by the deputy mayor Anna Lebedeva."): Russian put that person as the
    subject, last ("Улицу осмотрела … Елена Копылова"), and its next "она" goes on about her.
    None when the passive's subject may act itself (a body, a name, a document)."""
    from mtaudit.detectors.pronouns_salience import _agentive

    root = next((t for t in parsed.doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ != "NOUN" or people.gender(subject) is not None or \
            _agentive(subject, "say") or subject.lemma_.lower() in lexicon.folded_words("organisation_nouns.txt"):
        return None
    for by in root.children:
        if by.dep_ == "agent":
            for g in by.children:
                if g.dep_ == "pobj" and g.tag_ in ("NN", "NNP") and \
                        (people.gender(g) is not None or g.pos_ == "NOUN" and _person(g)):
                    return g
    return None


def _place_object(t) -> bool:
    """A place name after a preposition ("a trip to France", "in Kazan"): where, not who acts."""
    return t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "FAC") and t.dep_ == "pobj"


def _place_name(t) -> bool:
    """The name of a place noun's "of" ("the village of Komsomolsky", "the town of Ozyorsk"):
    a place, whatever the entity recogniser calls it."""
    return t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "of" and \
        t.head.head.lemma_.lower() in _ORIGIN_PLACES


def as_person(verb) -> bool:
    """The verb names the subject's role as a person: "started as an apprentice"."""
    from mtaudit.detectors.pronouns_person_predicate import _person_noun

    return any(c.dep_ == "prep" and c.lower_ in _ROLE_PREPS and any(
        g.dep_ == "pobj" and _person_noun(g) for g in c.children) for c in verb.children)


def _role_complement(verb) -> str:
    """The role the verb gives its subject as complement ("was named player of the match",
    "was elected mayor", "became a surgeon"): "trade" for a noun whose first WordNet sense is a
    person's (person_trade_nouns.txt: no firm is elected a surgeon), "role" for a person noun a
    firm or a city may be too ("player", "champion", "winner": an act, so a body or a document
    in the sentence before keeps it quiet), else ""."""
    from mtaudit.detectors.pronouns_person_predicate import _person_noun

    trades = lexicon.folded_words("person_trade_nouns.txt")
    found = ""
    for c in verb.children:
        if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" and c.tag_ == "NN" and _person_noun(c):
            if c.lemma_.lower() in trades or c.lower_ in trades:
                return "trade"
            found = "role"
    return found


# what a body's act takes as object ("It approved the budget"): a council's vote, not a person's
_BODY_ACTS = frozenset({"budget", "law", "bill", "resolution", "decree", "plan", "programme", "program",
                        "agenda", "amendment", "amendments", "motion"})
