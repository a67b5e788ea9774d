"""Pronouns checked on syntax: "it" for a person, reported speech left in the first or second
person, "he"/"his" for a country or an organisation.

Russian pronouns follow grammatical gender (он/она/оно for things as for people) and Russian
reported speech keeps the speaker's own person ("он заявил, что я готов"). Gender-blind MT
therefore writes "it" for a person ("Smith said that it intends to run"), "he" for a village
or an agency, and "added that I am ready" in narrative. Which noun a pronoun stands for is
a question of syntax, so these rules read a dependency parse (mtaudit.models.parser) — but only of
sentences that hold a candidate: a regex finds the pronoun and, for most rules, a person
mention first; the parser sees nothing else, so the default audit keeps its speed.

Each rule needs a structural reason, not proximity alone:
* MT312 "it"/"itself" is the subject of what a person said (ccomp of a reporting verb whose
  subject is a person, or "As X said, it …"), with a verb that takes a human subject
  (data: person_subject_verbs.txt); or "itself" in a clause whose subject is a person.
* MT313 outside quotation marks: "I"/"we"/"you" as the subject of a clause that reports a
  third person's words ("added that I am ready"), or "you" as the hearer of a reporting
  verb ("told you not to"), which news narrative never addresses.
* MT314 "he"/"his"/"him" in a sentence that names a country or organisation and no
  person, with no person in the sentence before either.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from bisect import bisect_left
from functools import lru_cache

from mtaudit.text import lexicon
from mtaudit.text.english_words import is_dictionary_word
from mtaudit.text.views import KNOWN_SURNAMES
from mtaudit.rules.model import rule
from mtaudit.core.types import Applicability, Fix, Span
from mtaudit.detectors._people import PersonMention, glossary_spans, person_mentions
from mtaudit.text.views import PRONOUNS_FLAGGED

IT_FOR_PERSON_SPEAKER = rule(
    "MT312", "it-for-person-speaker", "pronoun",
    summary="“it”/“itself” for a person: the subject of what a person said, or a person’s reflexive",
    why="Russian “он/она” is rendered “it” by gender-blind MT; a reporting person’s own clause "
        "with a human verb (“intends”, “respects”) or a person’s reflexive cannot take “it”.",
    confidence="likely",
    bad=["Senator Mark Ellis said that it intends to run for governor next year.",
         "The theatre is run by Vladimir Urin. Urin said that it loves classical ballet.",
         "As Viktor Lebedev told reporters on Monday, it respects the decision of the court.",
         "The lawyer stated that it has repeatedly invited the investigators to the office.",
         "Spokeswoman Olga Serova declined to comment, limiting itself to a short statement.",
         "Reporters asked Ivan Petrov whether it intends to run for president.",
         "A detective of the city police said that it had invited the witness twice."],
    good=["Senator Mark Ellis said that it was too early to discuss the election.",
          "“It may work for people in town, but not for families,” he said.",
          "The bank may appeal the fine, although a spokesperson said it did not intend to do so.",
          "Ellis said the ministry had made its choice and that it intends to appeal.",
          "Ellis said it would take years to rebuild the bridge.",
          "The agency said that it intends to appeal the ruling.",
          "Reporters asked the ministry whether it intends to appeal.",
          "The ministry limited itself to a short statement.",
          "The president said the report itself was flawed.",
          "The head of the city police said that it had invited the witness twice.",
          "The dairy plans to open a shop in the town next year. Anna Orlova said it is also "
          "considering a cheese line.",
          # the company spoke just before: its chief's "it" is the company's
          "The brewery will shut its bottling line in May, the company said. Dunmore said it "
          "would move the workers to the new plant."],
)

REPORTED_SPEECH_PERSON = rule(
    "MT313", "reported-speech-first-person", "pronoun",
    summary="reported speech left in the first or second person outside quotation marks",
    why="Russian indirect speech keeps the speaker’s person (“заявил, что я готов”); English "
        "shifts it (“said that he was ready”). News narrative never addresses a “you”.",
    confidence="likely",
    bad=["The governor added that I am ready to meet the residents personally.",
         "According to the mayor, we will finish the new ring road in 2027.",
         "Pavel Orlov runs the quarry. In his words, we blast only on weekdays.",
         "Olga Sitnikova leads the workshop. According to sitnikova, we will finish the bell by May.",
         "According to her, the pipes were replaced, and we expect heat by Friday.",
         "The district head said that our engineers will inspect every flooded cellar.",
         "The commissar assured mothers that your boys will get leave in the spring.",
         "Nurse Anna Lisina told the paper that it works nights. It added that we are short of staff.",
         "Ellis is convinced that you will manage to finish the bridge by winter.",
         "The admiral said the drills were planned. According to him, our sailors must be ready.",
         "The lawyer told you not to arrest his client before the hearing.",
         "The health office urged parents to keep sick children at home, because otherwise you risk "
         "closing the class.",
         "Farm director Lidia Popova expects that after the rains we will harvest twice as much.",
         "In the federation added that you can register for the race until Friday.",
         "Postwoman Vera Kulik says that for our villagers the office is the only bank.",
         "The chairman added that in spring we will repair the dam on the river.",
         "The librarian asked readers to return books by Friday, because we close for stocktaking.",
         "The mayor urged drivers to leave their cars at home, as our roads cannot take the traffic.",
         "Swimmers are advised not to enter the water, and if you see a jellyfish, to call the "
         "lifeguards.",
         "The director called on parents to vaccinate their children, otherwise we will have to "
         "close the school.",
         "The skipper Pavel Orlov said after the race that we lost the wind at the second buoy.",
         "According to the headmistress Olga Fomina, parents thank us every autumn.",
         "The farmer Ivan Lobov said that the regional ministry refused us a grant.",
         "The chief engineer asked to wait for us until the pipe is welded.",
         "The city office advised that if you find a fallen tree on a road, you should call the "
         "duty service.",
         "The fire service reminds that when you leave the house, you must switch off the heaters.",
         "The clinic explained that if you missed the second dose, you can get it until March.",
         "Vet Olga Reznik runs the shelter. According to her, you should not feed the ducks bread.",
         "According to the head of the park, if your dog bit someone, you must call the warden.",
         "According to lapteva, residents can apply online, and you will get a reply in a week.",
         "Ranger Olga Lis runs the reserve. According to Lis, if you meet a bear, you should not run.",
         "The organisers remind that you can buy tickets at the box office until Friday.",
         "The librarians inform that you can return the books at any branch.",
         "The potter said that every bowl I fire is signed on the bottom.",
         "The Chilean painter said that in my country murals belong to the whole street.",
         "The head of the farm Ivan Orlov boasted that we grow the sweetest melons in the region.",
         "The director of the school Anna Belova is sure that we will open the new wing by June.",
         "In the opinion of the head of the school Olga Fomina, we need two more teachers.",
         "She said that we still bake the bread by hand, only the flour now comes from Tula.",
         "The chair of the judges, honoured teacher of Russia Olga Petrova, said that the level turned "
         "out high, and we had to add a third prize.",
         "The biologist told in an interview that the geese came back early, and we expect the first "
         "chicks in May.",
         "The farmer Olga Lukina said that in spring the road becomes so bad that I have to leave an "
         "hour earlier.",
         "The director of the factory Anna Petrova said that the demand grew after we started selling "
         "online.",
         "The wrestler Ivan Sokolov admitted after the award ceremony that my elbow hurt after the "
         "semi-final.",
         "The collector Pavel Gubin shared with the correspondent of the agency that I bought the first "
         "samovar in 1989."],
    good=["“I am ready to meet the residents,” the governor added.",
          "The skipper said after the race that the crew lost the wind at the second buoy.",
          "Oleg Ivanov told us that the court fined the company in March.",
          "The chief engineer asked us to wait until the pipe is welded.",
          "We asked the mayor about the plan. He said that the ministry had sent us a copy.",
          "The coach described the final that we watched in the stadium.",
          "The governor added that he was ready to meet the residents.",
          "He told me that I had to leave.",
          "According to the doctors, you should drink more water in the heat.",
          "The talks stalled in March. In other words, we will wait for the spring.",
          "“According to the mayor, we will finish the road in 2027,” the report says.",
          "The lawyer asked the court not to arrest his client.",
          "The climatologist warned that our planet is warming faster than models predicted.",
          "The engineers said their pumps will run all night.",
          "According to him, our country needs more engineers.",
          "Doctors urge parents to vaccinate, because you never know when measles comes.",
          "If you read those reports, you could easily be fooled into thinking otherwise, said Ravitch.",
          "The city office reminded residents that if they find a fallen tree, they should call the "
          "duty service.",
          "Doctors say that if you feel tired in the heat, you should drink more water.",
          "He said that if you read the report, it is clear the dam was weak.",
          "Lidia Popova expects that the farm will harvest twice as much after the rains.",
          "Our correspondent believes that we will see more rain this week.",
          "In the morning the coach added that the team would train twice.",
          "The minister said that the plan we drafted in May is good.",
          "The potter said that every bowl he fires is signed on the bottom.",
          "The mayor said that the bridge, which we built in 1990, is safe.",
          "The manager told us that the shop closed after we complained.",
          "The chair of the judges, honoured teacher of Russia Olga Petrova, said that the level was "
          "high, and the jury had to add a third prize.",
          "When asked, the biologist told in an interview that the geese came back early, and the "
          "reserve expects the first chicks in May.",
          "The painter said that in his country murals belong to the whole street.",
          "Our correspondent says that our readers will vote on Sunday.",
          "Our reporter asked the mayor to comment, because we wanted to hear his side.",
          "We asked the council to explain the delay, since we had received many letters.",
          "The council asked residents to recycle more, because landfill costs have doubled.",
          "Help is needed — the mayor noted — only so we will finish the dam by May.",
          "The dam will hold, — the mayor said. — We have checked every pipe.",
          "According to the manufacturer, you should replace the filter every six months.",
          "According to vets, you should not feed ducks bread.",
          "According to her, “you should not feed the ducks bread.”",
          "The organisers remind visitors that they can buy tickets at the box office until Friday.",
          "Experts advise that you keep seeds in a dry place.",
          "The biologist Anna Belova found that we share the habit with apes.",
          "In my view, we need two more teachers."],
)

GENDERED_FOR_THING = rule(
    "MT314", "gendered-pronoun-for-thing", "pronoun",
    summary="“he”/“his”/“him” (“his/her own”) where only a country or organisation can be meant",
    why="Russian nouns have gender (Россия, ведомство, село): gender-blind MT writes “he” or "
        "“his” for a country, an agency or a village. With no person anywhere nearby, "
        "“it”/“its” or “they” is meant.",
    confidence="possible",
    bad=["The ministry and the tax service published a joint report in which he accused the bank.",
         "Ukraine began a campaign to hide the losses and cover his tracks.",
         "The troops will land from the ship «Peresvet», which arrived on Monday with his crew.",
         "According to Evans, after the sanctions, “Ukraine quickly launched a media campaign to "
         "spread confusion and hide his mistakes”.",
         "Director Anna Orlova said the ministry would pay for the school from his own budget."],
    good=["Ukraine began a campaign, said Ellis, to cover his tracks.",
          "Director Anna Orlova said the minister would pay for the school from his own budget.",
          "The ministry said Ivan Orlov would pay for the school from his own money.",
          "Ellis was fired in May. According to Evans, “Ukraine lost a friend and his advice”.",
          "The ministry published a report. Ellis said he accused the bank of fraud.",
          "The ministry published a joint report in which the minister accused the bank."],
)

POSSESSIVE_GENDER = rule(
    "MT315", "possessive-gender-mismatch", "pronoun",
    summary="“his” after a woman (or “her” after a man) with nobody of that gender nearby",
    why="Russian “свой” and the Russian possessives agree with the possessed noun’s gender, "
        "not the owner’s; MT picks “his” or “her” from the Russian noun. When the clause’s "
        "subject is a woman and no man is named in this or the previous sentence, “his” means "
        "“her”.",
    confidence="possible",
    bad=["The envoy said that she never hid his second passport from the committee.",
         "Anna Petrova announced his resignation from the board on Monday."],
    good=["She never hid her second passport.",
          "Ivan Petrov was arrested in May. She never hid his contacts.",
          "She praised his work, said Oleg Ivanov’s sister."],
    applicability="unsafe",
)

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CANDIDATE_IT = re.compile(r"\b(?:[Ii]t|[Ii]tself)\b")
_CANDIDATE_SPEECH = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us|me)\b")
_RELATIVE_HE = re.compile(r"\b(?:which|whom|whose|where|that)\s+(?:\w+\s+)?he\b")
_CANDIDATE_HIS = re.compile(r"\b(?:his|him)\b")
_CANDIDATE_POSS = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")
_MALE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself)\b")
_FEMALE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
_FIRST_SECOND = {"i": "1", "we": "1", "you": "2"}
_HUMAN_HEARER_OBJECTS = {"me", "us"}
_REFLEXIVE = {"m": "himself", "f": "herself", "": "themselves"}


class SyntaxPronounDetector:
    name = "pronouns-syntax"
    rules = (IT_FOR_PERSON_SPEAKER, REPORTED_SPEECH_PERSON, GENDERED_FOR_THING, POSSESSIVE_GENDER)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        flagged = doc.view(PRONOUNS_FLAGGED, set)  # the language-model check skips these
        for finding in self._detect(doc, ctx):
            flagged.add(finding.start)
            yield finding

    def _detect(self, doc, ctx):
        quoted = [q.outer for q in doc.quotes]
        spoken = quoted + _dash_speech(doc)  # the speaker's own words, quoted or framed by dashes
        known = glossary_spans(doc, ctx, types=("person",))
        todo = [c for c in (self._candidate(doc, i, spoken, known) for i in range(len(doc.sentences))) if c]
        if not todo:
            return
        parses = ctx.syntax.parse_many(doc, [doc.sentences[c[0]] for c in todo])  # one batch
        for (i, mentions, want_it, want_speech, want_male, want_poss), parsed in zip(todo, parses):
            people = _PersonTest(parsed, mentions)
            if want_it:
                yield from _it_for_person(doc, parsed, people, i, quoted)
            if want_speech:
                from mtaudit.detectors.pronouns_speech import reported_speech
                yield from reported_speech(doc, parsed, people, spoken)
            if want_male:
                things = glossary_spans(doc, ctx, types=("organisation", "place", "outlet"))
                yield from _gendered_for_thing(doc, parsed, people, things, quoted)
            elif _OWN.search(doc.text, doc.sentences[i].start, doc.sentences[i].end):
                things = glossary_spans(doc, ctx, types=("organisation", "place", "outlet"))
                yield from _own_for_thing(doc, parsed, people, things, quoted)
            if want_poss:
                yield from _possessive_gender(doc, parsed, people, i, known)

    @staticmethod
    def _candidate(doc, i: int, quoted, known):
        """Which checks sentence i needs (regex only), or None: most sentences are never parsed."""
        text, sent = doc.text, doc.sentences[i]
        chunk = text[sent.start:sent.end]
        want_it = _CANDIDATE_IT.search(chunk) is not None
        want_speech = _CANDIDATE_SPEECH.search(chunk) is not None and _speech_candidate(text, sent, quoted)
        want_male = _RELATIVE_HE.search(chunk) is not None or (
            _CANDIDATE_HIS.search(chunk) is not None and _org_word_before_his(chunk))
        want_poss = _CANDIDATE_POSS.search(chunk) is not None
        if not (want_it or want_speech or want_male or want_poss):
            return None
        own = _OWN.search(chunk) is not None
        if want_it:  # "itself", or "it" shortly before a human verb ("it intends", "it has met")
            want_it = "itself" in chunk.casefold() or _IT_THEN_VERB().search(chunk) is not None
        if want_poss:
            want_poss = any(_possessive_may_clash(doc, i, known, m) for m in
                            _CANDIDATE_POSS.finditer(text, sent.start, sent.end))
        if not (want_it or want_speech or want_male or want_poss or own):
            return None
        mentions = person_mentions(text, sent.start, sent.end, known)
        if want_it and not mentions and not _has_person_noun(chunk):
            mentions = _surname_mentions(doc, sent, known)  # "Urin said …" after "Vladimir Urin"
            want_it = bool(mentions)
        if want_male:
            # inside a quotation, the names outside it in this sentence are its speakers, who
            # would say "my", not "his": only what the quotation itself names may own "his"
            inner = _quote_around_his(text, sent, quoted)
            near = [p for p in mentions if inner is None or inner.start <= p.start < inner.end]
            part = chunk if inner is None else text[inner.start:inner.end]
            if near or _has_person_noun(part) or _previous_has_person(doc, i, known):
                want_male = False
        if not (want_it or want_speech or want_male or want_poss or own):
            return None
        return i, mentions, want_it, want_speech, want_male, want_poss


class _PersonTest:
    """Is a token a person? By the regex/glossary mentions, a person noun, or he/she."""

    def __init__(self, parsed, mentions):
        self.parsed = parsed
        self.spans = [(m.start, m.end, m.gender) for m in mentions]
        self.nouns = _person_nouns()

    def gender(self, tok) -> str | None:
        """"m"/"f"/"" for a person token (gender unknown = ""), None for a non-person."""
        if tok is None:
            return None
        low = tok.lower_
        if low in ("he", "him"):
            return "m"
        if low in ("she", "her"):
            return "f"
        start = self.parsed.offset(tok)
        for a, b, g in self.spans:
            if a <= start < b:
                return g
        if tok.tag_ in ("NN", "NNP") and low in self.nouns:
            if _object_sense(tok):
                return None  # "hit you over the head": the body part, not a person
            return self.nouns[low]
        if _age_as_noun(tok):
            return ""
        return None


def _age_as_noun(tok) -> bool:
    """An age standing for its person, a subject or object with no noun after it: "the
    38-year-old said", "a 17-year-old was detained" (not "a 38-year-old woman", "two years old")."""
    if tok.lower_ != "old" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or tok.i < 2:
        return False
    doc = tok.doc
    return doc[tok.i - 1].text in ("-", "‐") and doc[tok.i - 2].lower_ in ("year", "month")


# person nouns that also name a body part or an object ("head", "chair", "coach"): after a place
# preposition, with no "of" after them and no employer before them, they are the part or the object
_OBJECT_SENSE_NOUNS = frozenset({"head", "chair", "coach"})
_PLACE_PREPS = frozenset({"over", "on", "onto", "in", "into", "above", "around", "off", "across", "behind",
                          "under", "from", "against", "through"})


def _object_sense(tok) -> bool:
    if tok.lower_ not in _OBJECT_SENSE_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    if any(c.dep_ in ("prep", "compound", "appos", "amod") or c.dep_ == "poss" and c.pos_ != "PRON"
           for c in tok.children):
        return False  # "head of the district", "the department head", "the club's head"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ != "PROPN"  # "on the head Ivan Petrov's order" names him


def _it_for_person(doc, parsed, people, i: int, quoted=()):
    for tok in parsed.doc:
        low = tok.lower_
        if low == "it" and tok.dep_ == "nsubj":
            if any(q.start <= parsed.offset(tok) < q.end for q in quoted):
                continue  # a speaker's own words: "“It may work in town,” he said" (a thing)
            verb = tok.head
            objects = _person_verbs().get(verb.lemma_.lower())
            if objects is None or _has_child(verb, "nsubj", exclude=tok):
                continue
            org_too = objects == _ORG_TOO
            if objects and not org_too and \
                    not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children):
                continue
            speaker = _speaker_of(verb)
            gender = people.gender(speaker)
            if gender is None or _other_owner(parsed.doc, speaker, tok, people):
                continue
            if _voice_of_named_organisation(parsed.doc, speaker, people):
                continue  # "The firm may appeal, although a spokesperson said it will not"
            if _organisation_spoke_before(doc, i) or _organisation_acted_before(doc, i):
                continue  # "…, the company said. Ferrandi said it would try to relocate staff";
                # "The company plans to build a plant. Orlova said it is also considering …"
            if org_too and any(t.i != speaker.i and t.pos_ in ("NOUN", "PROPN") and people.gender(t) is None
                               and not _employer_of(t, speaker) for t in speaker.subtree):
                continue  # "the company's chief said it expects": the company may expect
            yield _it_finding(doc, parsed, tok, speaker, gender, "he" if gender == "m" else
                              "she" if gender == "f" else "they")
        elif low == "itself" and tok.head.pos_ in ("VERB", "AUX", "ADP"):
            subject = _clause_subject(tok.head)
            gender = people.gender(subject)
            if gender is None or subject.lower_ in ("he", "she", "him", "her") and subject.i > tok.i:
                continue
            yield _it_finding(doc, parsed, tok, subject, gender, _REFLEXIVE[gender])


def _organisation_spoke_before(doc, i: int) -> bool:
    """The sentence before, in the same paragraph, has an organisation speak ("the company
    said", "said the ministry"): a person's "X said it would" next may speak for it, and its
    "it" is then the organisation's, as in English business copy. A Russian "it" for a person
    comes with no such organisation in view."""
    if i == 0:
        return False
    sent, before = doc.sentences[i], doc.sentences[i - 1]
    if "\n\n" in doc.text[before.end:sent.start]:
        return False
    return _org_spoke_pattern().search(doc.text, before.start, before.end) is not None


def _organisation_acted_before(doc, i: int) -> bool:
    """The sentence before, in the same paragraph, opens with a business or a body as the subject
    of an active verb (_org_subject_pattern): MT312's speaker may speak for it."""
    if i == 0:
        return False
    sent, before = doc.sentences[i], doc.sentences[i - 1]
    if "\n\n" in doc.text[before.end:sent.start]:
        return False
    return _org_subject_pattern().match(doc.text, before.start, before.end) is not None


@lru_cache(maxsize=1)
def _org_subject_pattern() -> re.Pattern:
    """A sentence whose subject is a business or a body, opening it before its active verb ("The
    company plans to build …", "The farm has created 45 jobs"): the topic that a person's "X said it
    is also considering …" goes on speaking for ("The theatre is run by X. X said that it loves
    ballet": a copula or a passive makes the person the topic)."""
    nouns = "|".join(longest_first((re.escape(w) for w in lexicon.folded_words("organisation_nouns.txt")
                             | lexicon.folded_words("employing_nouns.txt") if w.isalpha())))
    return re.compile(rf"\W{{0,3}}(?:The|Its|This|Our)[ \t]+(?:(?!of\b)[A-Za-z-]+[ \t]+){{0,2}}?(?i:{nouns})"
                      rf"[ \t]+(?!(?:of|and|or|in|at|for|with|from|is|are|was|were)\b)[a-z]+\b")


@lru_cache(maxsize=1)
def _org_spoke_pattern() -> re.Pattern:
    nouns = "|".join(longest_first((re.escape(w) for w in lexicon.words("organisation_nouns.txt"))))
    verbs = r"said|says|told|added|announced|reported|stated|confirmed|noted"
    after = r"said|says|added|announced|reported|stated|confirmed|noted"  # "told the agency": a listener
    return re.compile(rf"(?i:\b(?:the|its)\s+(?:{nouns})\s+(?:{verbs})\b|\b(?:{after})\s+the\s+(?:{nouns})\b)")


def _voice_of_named_organisation(sent, speaker, people) -> bool:
    """The speaker speaks for an organisation (data: person_roles_speak_for.txt) that the
    sentence names before him: its "it" may be the organisation's."""
    if speaker.lemma_.lower() not in lexicon.folded_words("person_roles_speak_for.txt"):
        return False
    orgs = lexicon.folded_words("organisation_nouns.txt")
    inside = {t.i for t in speaker.subtree}
    return any(t.i < speaker.i and t.i not in inside and t.pos_ in ("NOUN", "PROPN")
               and people.gender(t) is None and (t.lemma_.lower() in orgs or t.tag_ == "NNP")
               for t in sent)


def _employer_of(tok, speaker) -> bool:
    """Whether `tok` sits in "<role> of/at/from/in <organisation>" under a speaker whose role is
    done in person ("the investigator of the ministry", data: person_roles_own_acts.txt): the
    organisation employs the speaker, it does not speak through him, so it cannot own "it"."""
    if speaker.lemma_.lower() not in lexicon.folded_words("person_roles_own_acts.txt"):
        return False
    node = tok
    while node.i != speaker.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i == speaker.i and \
                node.head.lower_ in ("of", "at", "from", "in"):
            return True
        node = node.head
    return False


def _it_finding(doc, parsed, tok, person, gender, replacement):
    start, end = parsed.offset(tok), parsed.end_offset(tok)
    if doc.text[start].isupper():
        replacement = replacement.capitalize()
    who = doc.text[parsed.offset(person):parsed.end_offset(person)]
    return IT_FOR_PERSON_SPEAKER.finding(
        doc, start, end,
        f"“{tok.text}” stands for a person (“{who}”): gender-blind MT of Russian “он/она”; "
        f"use “{replacement}”",
        fix=Fix.replace(start, end, replacement, Applicability.UNSAFE, f"use “{replacement}”"))


def _other_owner(sent, speaker, it, people) -> bool:
    """A noun or name other than the speaker, between the two, that "it" could stand for."""
    lo, hi = sorted((speaker.i, it.i))
    for t in sent[lo + 1:hi]:
        if t.tag_ in ("NN", "NNP") and t.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos") \
                and people.gender(t) is None and t.i not in {c.i for c in speaker.subtree}:
            return True
    return False


def _speaker_of(verb):
    """The person whose words or plans `verb`'s clause reports, or None.

    "X said that it intends" (ccomp), "As X said, it intends" (advcl with "as"), "asked X
    whether it intends" / "X was asked whether it plans" (the one asked)."""
    head = verb
    while head.dep_ in ("conj", "xcomp") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "ccomp" and head.head.lemma_.lower() == "ask":
        # "asked X whether it intends", "X was asked whether it plans": X was asked about X
        return next((c for c in head.head.children if c.dep_ in ("dobj", "dative", "nsubjpass")), None)
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in _report_verbs():
        return _subject(head.head)
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in _report_verbs() and \
                any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
            return _subject(child)
    return None


def _subject(verb):
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


_CLIMB = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl"})


def _clause_subject(verb, climb=_CLIMB):
    """The subject of `verb`, climbing through non-finite and coordinated clauses."""
    seen = 0
    while verb is not None and seen < 6:
        subj = _subject(verb)
        if subj is not None:
            return subj
        if verb.dep_ in climb and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def _has_child(tok, dep, exclude=None) -> bool:
    return any(c.dep_ == dep and (exclude is None or c.i != exclude.i) for c in tok.children)


def _quote_around_his(text, sent, quoted):
    """The quotation (outer span) that holds the sentence's first "his"/"him", or None."""
    m = _CANDIDATE_HIS.search(text, sent.start, sent.end)
    if m is None:
        return None
    return next((q for q in quoted if q.start <= m.start() < q.end), None)


def _gendered_for_thing(doc, parsed, people, things, quoted=()):
    """"his"/"him" in a clause whose subject is a thing; "he" opening a relative clause on a
    thing ("a report in which he accused"). The caller has made sure no person is near; here
    every proper name before the pronoun must be a known thing too (an unknown name may be a
    person's)."""
    for tok in parsed.doc:
        low = tok.lower_
        if low not in ("he", "his", "him") or tok.tag_ not in ("PRP", "PRP$"):
            continue
        inner = next((q for q in quoted if q.start <= parsed.offset(tok) < q.end), None)
        if any(t.pos_ == "PROPN" and not _is_thing(t, parsed, people, things) and
               (inner is None or inner.start <= parsed.offset(t) < inner.end) for t in parsed.doc[:tok.i]):
            continue  # an unknown name may be a person's (a quotation's speaker outside it is not)
        if tok.i >= 2 and parsed.doc[tok.i - 2].lower_ == "according":
            continue  # "according to his words": a source named elsewhere
        low_which = False  # a "which" clause's subject is a thing: English says so
        if low == "he":
            owner = tok.head.head if tok.head.dep_ == "relcl" and tok.dep_ == "nsubj" else None
        else:
            owner = _possessor_clause_subject(tok)
            if owner is not None and owner.lower_ == "which" and owner.head.dep_ == "relcl":
                owner = owner.head.head  # "the ship, which arrived with his crew": the ship
                low_which = True
            if owner is not None and owner.i > tok.i:
                owner = None
        if owner is None or not (_is_thing(owner, parsed, people, things) or
                                 (low == "he" or low_which) and owner.pos_ == "NOUN" and people.gender(owner) is None):
            continue
        replacement = {"he": "it", "his": "its", "him": "it"}[low]
        start = parsed.offset(tok)
        yield GENDERED_FOR_THING.finding(
            doc, start, parsed.end_offset(tok),
            f"“{tok.text}” for “{owner.text}”, with no person in this sentence or the one before: "
            f"Russian grammatical gender carried over; “{replacement}” or “they” is meant")



def _possessor_clause_subject(tok):
    """The subject of the clause a possessive or object pronoun stands in: up from the pronoun to
    its verb (at most four steps), then that verb's subject, climbing through objects and
    prepositions."""
    verb = tok.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return _clause_subject(verb, climb=_CLIMB | {"dobj", "pobj", "prep"})


_OWN = re.compile(r"\b(?:[Hh]is|[Hh]er) own\b")


def _own_for_thing(doc, parsed, people, things, quoted=()):
    """"his own"/"her own" whose clause subject is a body or a country ("The Hermitage showed
    miniatures from his own collection"): "own" binds the possessive to that subject, so no
    person named nearby can be meant (Russian "из своей коллекции")."""
    for tok in parsed.doc:
        if tok.lower_ not in ("his", "her") or tok.i + 1 >= len(parsed.doc) or \
                parsed.doc[tok.i + 1].lower_ != "own":
            continue
        if any(q.start <= parsed.offset(tok) < q.end for q in quoted):
            continue
        owner = _possessor_clause_subject(tok)
        if owner is None or owner.i > tok.i or owner.tag_ in ("NNS", "NNPS") or \
                not _is_thing(owner, parsed, people, things):
            continue
        replacement = "Its" if tok.text[0].isupper() else "its"
        start = parsed.offset(tok)
        yield GENDERED_FOR_THING.finding(
            doc, start, parsed.end_offset(tok),
            f"“{tok.text} own” for “{owner.text}”, the subject of its clause: Russian “свой” takes "
            f"the possessed noun's gender; “{replacement} own” is meant",
            fix=Fix.replace(start, parsed.end_offset(tok), replacement, Applicability.UNSAFE,
                            f"use “{replacement}”"))


def _is_thing(tok, parsed, people, things) -> bool:
    """A known country/organisation/outlet (glossary), an acronym, or an organisation noun."""
    if tok.pos_ == "PRON" or people.gender(tok) is not None:
        return False
    if tok.lower_ in _CALENDAR or tok.lower_ in _org_nouns():
        return True
    if tok.pos_ == "PROPN" and tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and \
            people.gender(tok.head) is None:
        return True  # the name of a thing: "the landing ship «Peresvet»", "the tanker Arctic"
    start = parsed.offset(tok)
    if any(a <= start < b for a, b in things):
        return True
    return tok.pos_ == "PROPN" and len(tok.text) > 1 and tok.text.isupper()


_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                      "march april may june july august september october november december".split())


def _surname_mentions(doc, sent: Span, known) -> list[PersonMention]:
    """A surname alone ("Urin") where the document named the person in full earlier ("Vladimir
    Urin"): the last word of every multiword person mention before this sentence."""
    surnames = doc.view(KNOWN_SURNAMES, lambda: _surname_index(doc.text, known))
    found = []
    for w in _WORD.finditer(doc.text, sent.start, sent.end):
        entry = surnames.get(w.group())
        if entry is None and w.group()[:1].islower() and len(w.group()) > 3 and w.group().isalpha() \
                and not is_dictionary_word(w.group()):
            # "…,” karaulov said": a surname MT left lower-case after a quotation ("Dmitry
            # Karaulov" earlier) is the same person; never an English word ("frost", "gold")
            entry = surnames.get(w.group().capitalize())
        if entry is None:
            continue
        starts, genders = entry
        i = bisect_left(starts, sent.start)  # the latest full mention before this sentence decides
        if i:
            found.append(PersonMention(w.start(), w.end(), genders[i - 1], w.group()))
    return found


def _surname_index(text: str, known) -> dict[str, tuple[list[int], list[str]]]:
    """Capitalised surname -> (starts, genders) of its full mentions, in text order: looked up by
    bisection per sentence, so a long text of many names stays linear (it was a scan per sentence)."""
    index: dict[str, tuple[list[int], list[str]]] = {}
    for m in person_mentions(text, 0, len(text), known):  # sorted by start
        words = text[m.start:m.end].split()
        last = words[-1] if len(words) > 1 else ""
        if last[:1].islower() and last.isalpha() and len(last) > 3 and words[0][:1].isupper():
            last = last.capitalize()  # "director Larisa bushueva" (a name MT left lowercase): "Bushueva" later
        if last[:1].isupper():
            starts, genders = index.setdefault(last, ([], []))
            starts.append(m.start)
            genders.append(m.gender)
    return index


def _possessive_may_clash(doc, i: int, known, m) -> bool:
    """Cheap pre-check (no parse): nobody else of the pronoun's gender nearby, and someone of
    the other gender, and no name of unknown gender."""
    male, female, unknown = _genders_nearby(doc, i, known, m.start())
    mine_male = m.group().casefold() == "his"
    return not unknown and (female and not male if mine_male else male and not female)


def _genders_nearby(doc, i: int, known, skip: int) -> tuple[bool, bool, bool]:
    """(male, female, unknown-name) evidence in this sentence and the one before, leaving out
    the pronoun at offset `skip`: pronouns, gendered first names and titles; a name of unknown
    gender (a surname alone) could be anyone's."""
    prev = doc.sentences[i - 1] if i else doc.sentences[i]
    start, end = prev.start, doc.sentences[i].end
    text = doc.text
    male = any(m.start() != skip for m in _MALE.finditer(text, start, end))
    female = any(m.start() != skip for m in _FEMALE.finditer(text, start, end))
    heads = lexicon.person_heads()
    unknown = False
    for p in person_mentions(text, start, end, known):
        male |= p.gender == "m"
        female |= p.gender == "f"
        unknown |= not p.gender and p.cue.casefold() not in heads
    return male, female, unknown


def _possessive_gender(doc, parsed, people, i: int, known):
    """"his"/"her" (possessive) against the gender of its clause's subject, when nobody of the
    pronoun's gender (and no name of unknown gender) is in this sentence or the one before."""
    for tok in parsed.doc:
        if tok.tag_ != "PRP$" or tok.lower_ not in ("his", "her"):
            continue
        mine = "m" if tok.lower_ == "his" else "f"
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        subject = _clause_subject(verb, climb=_CLIMB | {"dobj", "pobj", "prep"})
        if subject is None or subject.i > tok.i:
            continue
        gender = people.gender(subject)
        if not gender or gender == mine:
            continue
        male, female, unknown = _genders_nearby(doc, i, known, parsed.offset(tok))
        if unknown or (male if mine == "m" else female):
            continue
        replacement = "her" if mine == "m" else "his"
        if tok.text[0].isupper():
            replacement = replacement.capitalize()
        start, end = parsed.offset(tok), parsed.end_offset(tok)
        yield POSSESSIVE_GENDER.finding(
            doc, start, end,
            f"“{tok.text}” after “{subject.text}”, with no one else of that gender nearby: Russian "
            f"possessives agree with the possessed noun; “{replacement}” is meant",
            fix=Fix.replace(start, end, replacement, Applicability.UNSAFE, f"use “{replacement}”"))


def _speech_candidate(text, sent: Span, quoted) -> bool:
    """An unquoted I/we/you/my/our after a reporting word ("that", "told", "said" …) in the sentence."""
    for m in _CANDIDATE_SPEECH.finditer(text, sent.start, sent.end):
        if not _inside(quoted, m.start()) and _REPORT_WORD().search(text, sent.start, m.start()):
            return True
    return False


def _org_word_before_his(chunk: str) -> bool:
    m = _CANDIDATE_HIS.search(chunk)
    before = chunk[:m.start()]
    orgs = _org_nouns()
    common = lexicon.folded_words("common_lowercase.txt")
    return any(w.casefold() in orgs or (w[0].isupper() and w.casefold() not in common)
               for w in re.findall(r"[A-Za-z]+", before))


@lru_cache(maxsize=1)
def _REPORT_WORD():
    forms = {"that", "convinced", "sure", "confident", "according", "words",  # "in his words"
             "opinion", "view", "estimate", "assessment"}  # "in the opinion of the director"
    for verb in _report_verbs() | lexicon.folded_words("address_verb_lemmas.txt"):
        stem = verb[:-1] if verb.endswith("e") else verb
        forms.update({verb, verb + "s", stem + "ed", verb + "d"})
        forms.update(_IRREGULAR.get(verb, "").split())
    return re.compile(r"\b(?:" + "|".join(longest_first(forms)) + r")\b", re.IGNORECASE)


# Russian direct speech framed by dashes instead of quotation marks: "Help is needed — the mayor
# noted — we will …", "We will finish, — he said. — …", or a paragraph that opens with a dash.
# The first person there is the speaker's own; the dashes are the artifact (MT504, MT507).
_DASH_OPENING = re.compile(r"(?m)^[ \t]*[—–]\s")


@lru_cache(maxsize=1)
def _DASH_FRAME():
    """A dash, a speaker phrase of up to six words with a reporting verb, and a dash or the end."""
    verb = r"(?!(?:that|convinced|sure|confident|according|words|opinion|view|estimate|assessment)\b)" + \
        _REPORT_WORD().pattern
    return re.compile(r"[,.!?]?\s[—–]\s+(?:[\w.’'-]+\s+){0,6}?" + verb +
                      r"(?:\s+[\w.’'-]+){0,4}?(?:[,.]?\s[—–]\s|[.!?]?\s*$)", re.IGNORECASE)


def _dash_speech(doc) -> list[Span]:
    """Sentences of direct speech framed by dashes, as spans that count as quoted."""
    text, spans = doc.text, []
    for sent in doc.sentences:
        chunk = text[sent.start:sent.end]
        if _DASH_FRAME().search(chunk) or _DASH_OPENING.match(text, text.rfind("\n", 0, sent.start) + 1):
            spans.append(Span(sent.start, sent.end))
    return spans


def _inside(spans, offset: int) -> bool:
    return any(s.start <= offset < s.end for s in spans)


def _has_person_noun(chunk: str) -> bool:
    nouns = _person_nouns()
    return any(w.casefold() in nouns for w in re.findall(r"[A-Za-z]+", chunk))


def _previous_has_person(doc, i: int, known) -> bool:
    """Whether the sentence before (or its paragraph so far) names a person (a surname alone after
    the full name: "Voronin was found guilty") or says he/she."""
    if i == 0:
        return False
    prev = doc.sentences[i - 1]  # the paragraph before counts too: "He" may open a paragraph
    para = doc.paragraph_at(doc.sentences[i].start)
    if para is not None and para.start < prev.start:  # and the whole paragraph so far ("Voronin
        prev = Span(para.start, prev.end)  # was found guilty under art. 159. …, and deprived him")
    chunk = doc.text[prev.start:prev.end]
    return bool(person_mentions(doc.text, prev.start, prev.end, known)) or _has_person_noun(chunk) \
        or bool(_surname_mentions(doc, prev, known)) \
        or re.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b", chunk) is not None


@lru_cache(maxsize=1)
def _person_nouns() -> dict[str, str]:
    table = {k.casefold(): (v[0] if v else "") for k, v in lexicon.table("person_nouns.txt").items()}
    for head, gender in lexicon.person_heads().items():
        if " " not in head and head not in ("general", "major", "justice", "chair"):
            table.setdefault(head, gender)
    return table


# Irregular forms of the verbs in person_subject_verbs.txt (regular ones add -s/-es/-ed/-d/-ing).
_IRREGULAR = {"meet": "met", "think": "thought", "know": "knew known", "feel": "felt",
              "forget": "forgot forgotten", "say": "said", "tell": "told", "leave": "left",
              "speak": "spoke spoken", "win": "won", "lose": "lost", "write": "wrote written",
              "run": "ran", "have": "has had having", "mean": "meant", "understand": "understood",
              "fight": "fought", "seek": "sought", "take": "took taken",
              "point": "pointed", "repeat": "repeated"}


@lru_cache(maxsize=1)
def _IT_THEN_VERB():
    """"it" followed within three words by a form of a human-subject verb (regex pre-filter)."""
    forms = set()
    for verb, objects in _person_verbs().items():
        if objects and objects != _ORG_TOO:
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        forms.update({verb, verb + "s", verb + "es", stem + "ed", verb + "d", stem + "ing",
                      verb[:-1] + "ies" if verb.endswith("y") else verb, verb[:-1] + "ied" if verb.endswith("y") else verb})
        forms.update(_IRREGULAR.get(verb, "").split())
    forms -= {"has", "had", "have", "having"}  # "have" only with its objects: checked on the parse
    objects = "|".join(sorted({o for objs in _person_verbs().values() if objs != _ORG_TOO for o in objs}))
    alternation = "|".join(longest_first(forms))
    return re.compile(rf"\b[Ii]t\s+(?:[\w’']+\s+){{0,3}}?(?:(?:{alternation})\b|(?:has|have|had)\b"
                      rf"(?=.*\b(?:{objects})))")


_ORG_TOO = frozenset({"org"})


@lru_cache(maxsize=1)
def _person_verbs() -> dict[str, frozenset[str]]:
    """Verb lemma -> the object lemmas it is restricted to (empty: any object)."""
    return {verb.casefold(): frozenset(cols[0].split()) if cols else frozenset()
            for verb, cols in lexicon.table("person_subject_verbs.txt").items()}


def _report_verbs() -> frozenset[str]:
    return lexicon.folded_words("report_verb_lemmas.txt")


def _org_nouns() -> frozenset[str]:
    return lexicon.folded_words("organisation_nouns.txt")


DETECTOR = SyntaxPronounDetector()
