"""“it”/“its”/“itself” for a person, decided on the parse by the antecedent it must have.

Russian “он/она/его/её” follow grammatical gender, so gender-blind MT writes “it” for a man or a
woman in every role: “The court arrested it for two months”, “Last year Sokolova celebrated its
50th birthday”, “According to it, the vaccine works”, “it congratulated the team”. MT312 catches
only the subject of what a person said; MT316 asks the language model. This rule decides on
syntax, without the model, in the cases where English leaves no other reading: the pronoun
needs a singular antecedent, and the only one that English salience offers is a person.

For each it/its/itself outside quotation marks (the regex and the person lists first: a
sentence is parsed only when a person is named in it or in the sentence before), the
candidates are the singular nouns before it —

* in its own sentence: every noun phrase before it, except those English grammar rules out
  (the subject of the pronoun's own clause for an object “it”: “The court arrested it” cannot
  mean the court; the noun phrase that holds the pronoun; nouns of a clause the pronoun's
  clause reports, “…, the governor said in its channel”), and for a subject “it” the nouns of a
  fronted adverbial (“In the final round it solved…”);
* in the sentence before: its subjects and objects (and, unless the verb is one only people
  do, every other noun);
* never: times and dates, quantities, plurals (they take “they”), person nouns and names.

A thing that the pronoun's own clause names again as an object is no antecedent of a subject
"it" ("… said that the water utility had not checked the hydrants. It sent a demand to the
director of the utility": English would write "its director" for the utility's own), and a
surname MT left lower-case after a quotation ("…,” karaulov said. It added") is the person
named in full before (pronouns_syntax._surname_mentions).

When at least one candidate is a person and none is a thing, the pronoun is flagged. A thing
anywhere among the candidates keeps it quiet — that is where MT316's language model decides.
The dummy “it” of English (“it is clear that”, “it took years to”, “it was decided”) and “it”
with a copula are left alone; so is a sentence whose person is only a glossary one-word name
that is also an English word, and the subject of a passive of making (data/creation_verbs.txt,
WordNet's verb.creation: "it had been built", "it was painted"), which is a thing made.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors._people import glossary_spans, name_gender
from mtaudit.detectors.pronouns_lm import appearance_dummy, source_after_verb
from mtaudit.detectors.pronouns_roles import (
    Quoted as _Quoted, according_to, before_colon, hearer, in_person_phrase as _in_person_phrase, in_according as _in_according, own_owner, source_phrase, speaks,
    subject_of, topic_is_body, own_reflexive as _own_reflexive, person_spoke, spoke)
from mtaudit.detectors.pronouns_centering import IT_AFTER_PERSON_SUBJECT, after_person_subject, as_person, career, mute
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED, THINGS_HE


def _same_paragraph(doc, a, b) -> bool:
    para = doc.paragraph_at(b.start)
    return para is not None and a.start >= para.start

IT_FOR_PERSON_SALIENCE = rule(
    "MT3102", "it-for-person-antecedent", "pronoun",
    summary="“it”/“its”/“itself” whose only possible antecedent is a person",
    why="Russian “он/она/его/её” follow grammatical gender; gender-blind MT writes “it” for a man "
        "or a woman. When the parse finds no singular thing before the pronoun that English could "
        "refer it to, and a person is there, “he/him/his” or “she/her” is meant.",
    confidence="likely",
    bad=["Oleg Voronin was detained on Monday. The district court arrested it for two months.",
         "Beekeeper Stepan Gavrilov has kept bees since youth. Its apiary stands on a hill near Ufa.",
         "Last year Anna Sokolova celebrated its fiftieth birthday with a concert.",
         "Coach Vadim Serov called the defeat painful. According to it, the team created chances.",
         "Flight director Dmitry Bakanov watched the launch. After the separation, it congratulated "
         "the team.",
         "Ivan Frolov does not admit guilt. Its wife appealed to the governor.",
         "Governor Pavel Rudin held a meeting on Monday. It instructed the mayors to close the parks.",
         "The regional court sentenced the driver to three years. It will serve the term in a colony.",
         "“We will rebuild the school,” he said. It also stressed that the money is there.",
         "Vera Kulikova won the sprint on Sunday. Its coach, Oleg Dyakov, called the race perfect.",
         "Pavel Gusev was detained at his dacha near the village. The court arrested it the next day.",
         "Actress Lidia Marova died in 1979. A hall of the new museum is devoted to its husband.",
         "Police searched his flat and garage on Tuesday. It denies any wrongdoing.",
         "The chief engineer of the plant Oleg Sitnikov spoke at the briefing. In its words, the "
         "repairs will take a month.",
         "Its founder, a student from Tomsk, called the game a hobby. It later sold the studio.",
         "Police detained a resident of the Kirov district who set fire to the grass near its own barn.",
         "The work was led by Irina Belova. According to Belova, its team spent eight years on it.",
         "The head of the clinic Irina Lebedeva said that it had personally called the families.",
         "Oleg Rybin himself was among the victims: it lost two barns and sent a claim to the court.",
         "As told Interfax the chief engineer of the mine Pavel Drozdov, the shaft is dry. In its "
         "words, the pumps worked all night.",
         "Irina Volkova, chief physician of the Republican Dental Polyclinic, noted that its clinic "
         "has hired four surgeons.",
         "As reported the director of the enterprise Oleg Marin, its company will open a second line "
         "in May.",
         "Coxswain Ivan Orlov was pleased with the race. According to the coxswain, its crew will now "
         "rest for a week.",
         "Botanist Irina Kovaleva said that the frost damaged a rare orchid. Its team will replant "
         "the bed in spring.",
         "Skipper Pavel Rudnev, who has sailed for thirty years, said the ice melted early. Its crew "
         "will leave port on Monday.",
         "Beekeeper Oleg Zimin said that the cold spring cost him a third of the honey. Its "
         "workers will move the hives south.",
         "Geologist Pavel Sedov said that the glacier had retreated by 40 metres. Its expedition "
         "will return in August.",
         "The horse was ridden by jockey Ilya Markov. Its horse also won the second race.",
         "Pianist Vera Orlova has played this piano since 1990. It gave a recital after the repair.",
         "The trophy went to Oleg Kuzin, who won all six rounds. It has played chess for forty years.",
         "Ranger Pavel Orlov met the boats.\n\n“The ice is still thin near the bank,” orlov said. "
         "It added that two anglers fell through on Sunday.",
         "The district prosecutor Igor Belov said that the housing company had not cleaned the "
         "roofs. It sent a demand to the director of the company.",
         "The owner of the dog, a pensioner from Lesnoy, was taken to court. It was fined three "
         "thousand roubles."],
    good=["When Ruth Kerr bought the old bakery in 2019, neighbours warned her it would never pay.",
          "The vet Anna Orlova fed the fox cub by hand so that it would not fear people.",
          "Pavel Sedov, who runs the sawmill, said it would buy two new trucks in spring.",
          "The survey was run with the regional institute of soil science, based in Kursk. The head "
          "of its laboratory, Pavel Orlov, led the field work.",
          "Coach Ivan Lebedev watched from the stand. “It looks like we have found a goalkeeper,” he said.",
          "A judge recommended charges against Mayor Ralph Dunn but left it up to prosecutors to act.",
          "The largest rise was at the Mary Fenwick Hospital Trust. In May 52% of its patients waited "
          "less than 18 weeks.",
          "The agency may review the rules this year. A spokeswoman said it had no timeline yet.",
          "A spokesperson for the water company said it would repair the main by Friday, but that the "
          "contractor was still booked for next week. Its engineer is expected on site on Monday.",
          "Chief executive Tom Kessler said the closure would cost $45 million, most of it this quarter.",
          "The BMA is calling for a full restoration of pay, which it says has been cut by a quarter.",
          "Captain Ivan Laptev has worked on the crossing since its opening in 2010.",
          "Keeper Anna Lisina has worked here since 2016. Since its launch in 2015 the aquarium has "
          "welcomed 200 thousand guests.",
          "The biggest buyer, the company North Basket, bought 2 thousand tonnes of mushrooms. Its "
          "director Pavel Gromov said that the price will rise. It also plans to open five new points.",
          "Hollis Creamery broke ground Tuesday on a $14 million plant on the edge of town, which it "
          "says will triple its output.",
          "Smith bought the house in 2010 and sold it two years later.",
          "Ivan Petrov has run the museum since spring. Its halls hold three thousand items.",
          "Geologist Pavel Sedov said that the institute had sent a team north. Its expedition "
          "will return in August.",
          "The fund was set up by Anna Petrova. Its sister fund opened in Kazan.",
          "The ferry Baltika was refitted in Kaliningrad. She was built in 2001. If you pass the "
          "pier at night, you will see it lit.",
          "Sergei Ivanov spoke on Monday. Now, it clarifies the agency TASS, the talks are over.",
          "Vladimir Putin signed the law on Friday. It comes into force in January.",
          "Maria Ivanova found the letter and gave it to the police.",
          "Ivan Petrov spoke at the forum. It was attended by 500 people.",
          "Councilman James Ortega, who drafted the toll, said it would pay for the bridge.",
          "Driver Oleg Marsh lost control on the bend. His lorry hit a parked Vauxhall Corsa and "
          "pushed it into a hedge.",
          "The owner of the plant, a holding from Kazan, was taken to court. It was fined three "
          "million roubles.",
          "Mayor Igor Belov said that the water utility had raised its prices. It sent letters to "
          "every household in the town.",
          "Ranger Pavel Orlov met the boats.\n\n“The ice is still thin near the bank,” frost said. "
          "It added that two anglers fell through on Sunday.",
          "Anna Sokolova said it was too early to judge.",
          "The dairy in Kirov employs forty people. Its owner Olga Serova said it would stay open through the winter.",
          "Despite the storm, the Liberia-flagged Anna Weber was making its way to Murmansk, port officials said.",
          "Writing in his first weekly note, Mr Hale said the delays were serious.\n\nAhead of a board "
          "meeting, a WHHT report revealed that the share of patients seen in time at its hospitals in "
          "Luton in July was 61 per cent.",
          "The couple replaced the old hedge with a fence. Their neighbours, Ivan Petrov and his "
          "wife Olga, said it had been built on their land.",
          "The company's founder Pavel Durov said the messenger works and that its servers are safe.",
          "Sergei Lavrov called the report a fabrication and said it had no basis.",
          "“It is a big day,” said coach Vadim Serov.",
          "Governor Oleg Ivanov ordered a review of the budget. About it reports the agency.",
          "Roscosmos chief Dmitry Bakanov watched the launch. After the separation, it congratulated "
          "the team.",
          "Igor Menshchikov headed the team in 2022. Under its leadership the club rose to tenth place.",
          "The frigate Admiral Golovko left port on Monday. It will fire its missiles at sea targets.",
          "Nina Orlova wrote a novel in 2019. It tells the story of her grandfather.",
          "Viktor Lebedev founded the choir in 1990. It has toured Europe twice.",
          "Maxim Gorin spoke at the launch of Orbita Plus, which says it serves a million clients.",
          "Oleg Ivanov bought a flat in 2019. The bailiffs arrested it in 2023.",
          "Anna Petrova heads the fund. Its sister fund in Kazan opened in May.",
          "The commission's report was published on Monday. In its words, the dam is safe.",
          "Ivan Sokolov founded the firm in 2001. It later sold the studio to a rival.",
          "Timur Galeev runs the terminal. The airport said it had agreed on more trains.",
          "Anna Petrova, head of the Vostok company, said its profits rose by a fifth.",
          "The new tariff hit Anna Petrova's district hard. It affected her personally.",
          "The new phone went on sale on Monday. Anna Petrova was among the buyers: it sold out in "
          "an hour.",
          "The office of mayor Pavel Drozdov told Interfax that the shaft was dry. In its words, the "
          "pumps worked all night.",
          "The head of the holding Ural Steel Pavel Gromov said its plant in Chelyabinsk will be "
          "modernised.",
          "As reported the chairman of the bank Oleg Marin, its profit rose by a tenth.",
          "Anna Orlova painted in a barn and sold her work at fairs. Next month she will see it hung "
          "in the city gallery.",
          "Mayor Anna Petrova said that the museum will reopen in May. Its staff are preparing a new "
          "exhibition.",
          "Pavel Orlov said the new ferry will sail in May. Its crew has been trained in Murmansk.",
          "Botanist Irina Kovaleva said that the frost damaged the orchid. Its leaves turned black.",
          "Ranger Oleg Lunin said that the elk calf is healthy. Its mother grazes nearby.",
          "When Olga Reyes opened a bookshop in the old bank, her brother said it would never last. "
          "This month it sold its 50,000th book.",
          "The single may not grab you on first listen, but it stays with you.",
          "Martin Cole had never baked bread, but in May he decided to give it a try.",
          "The minister said that the deal was fair and urged farmers to sign it.",
          "Craftsmen showed products of the Kirsanov tannery, which was founded in 1812.\n\n\"For a "
          "small town like ours, this is a big event,\" said the head of the Kirsanov district, Pavel "
          "Orlov.\n\nKirsanov is one of the oldest towns of the Tambov region. Its first mention dates "
          "back to 1702."],
    applicability="unsafe",
)

_CANDIDATE = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Ii]tself)\b")
_FORMS = {"subject": {"m": "he", "f": "she", "": "he or she"},
          "object": {"m": "him", "f": "her", "": "him or her"},
          "its": {"m": "his", "f": "her", "": "his or her"},
          "itself": {"m": "himself", "f": "herself", "": "himself or herself"}}
# prepositions whose bare singular object is a time of life or of day ("since childhood",
# "until dawn", "during wartime"), never what a later "it"/"its" stands for
_TIME_PREPS = frozenset({"since", "until", "till", "during", "throughout"})
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd"})
_ADVERBIAL = frozenset({"prep", "advcl", "npadvmod", "advmod", "agent"})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "happen", "matter", "remain", "take",
                              "become", "turn", "cost", "follow", "mean", "make", "go", "come",
                              "get", "work", "concern", "help", "allow", "require", "need"})


_TRACE = None  # a list while debugging: (pronoun, role, human verb, things, persons) per decision


class SaliencePronounDetector:
    name = "pronouns-salience"
    rules = (IT_FOR_PERSON_SALIENCE, IT_AFTER_PERSON_SUBJECT)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _CANDIDATE.search(text):
            return
        from mtaudit.detectors.pronouns_lm import _last_person
        from mtaudit.detectors.pronouns_antecedent import named_people

        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quoted = _Quoted([q.outer for q in doc.quotes])
        known = None
        todo = []  # (sentence index, match)
        chained = [x for x in sorted(flagged) if _CANDIDATE.match(text, x)]  # "it"s found for a person
        two_back = set()  # opening "It"s whose person is two sentences back (MT3111)
        persons_it = {x: "" for x in chained}  # offset -> gender of an "it" found to be a person
        for i, sent in enumerate(doc.sentences):
            matches = [m for m in _CANDIDATE.finditer(text, sent.start, sent.end)
                       if m.start() not in flagged and not quoted.holds(m.start())]
            if not matches:
                continue
            if known is None:
                known = named_people(doc, ctx)
            for m in matches:
                k = _previous_sentence(doc, i, m.start(), quoted)
                lo = doc.sentences[k].start if k is not None else sent.start
                if _last_person(doc, lo, m.start(), known) is not None or \
                        _pronoun_person(text, lo, m.start(), quoted, doc.view(THINGS_HE, set)) or \
                        _REFLEXIVE_PERSON.search(text, m.end(), sent.end) or \
                        m.group().casefold() == "its" and any(lo <= x < m.start() for x in chained):
                    todo.append((i, m, k))  # "— it noted. According to its estimate": a chain
                    chained.append(m.start())  # (an "it" after "It said" may be the body's own)
                elif k == i - 1 and k >= 1 and m.start() == sent.start and m.group() == "It" and \
                        _last_person(doc, doc.sentences[k - 1].start, doc.sentences[k - 1].end, known) is not None:
                    todo.append((i, m, k - 1))  # MT3111 two sentences back: "X said … . The damage
                    two_back.add(m.start())     # is estimated at … . It added that …"
        if not todo:
            return
        # The pronoun's own sentence first: only a pronoun the parse gives a role (not the dummy
        # "it is clear", not "About it") needs the sentence before and the entity recogniser
        # (parses and entities are the same however the sentences are batched).
        ctx.syntax.parse_many(doc, list(dict.fromkeys(doc.sentences[i] for i, _, _ in todo)))
        roles = []
        for i, m, k in todo:
            tok = ctx.syntax.parse(doc, doc.sentences[i]).token_at(m.start())
            if tok is None or tok.text.casefold() != m.group().casefold():
                continue
            role = _role(tok)
            if role is not None:
                roles.append((i, m, k, tok, role))
        if not roles:
            return
        wanted = []
        for i, _, k, _, _ in roles:
            if k is not None:
                wanted.append(doc.sentences[k])
            wanted.append(doc.sentences[i])
        parses = ctx.syntax.parse_many(doc, list(dict.fromkeys(wanted)))  # one batch, cached on the doc
        from mtaudit.detectors.pronouns_syntax import _PersonTest, _surname_mentions
        from mtaudit.detectors._people import person_mentions

        from mtaudit.detectors._people import PersonMention

        things = glossary_spans(doc, ctx, types=("organisation", "place", "outlet"))
        named = {}  # surname -> True: the last word of a PERSON entity seen so far (in order)
        ner = getattr(ctx.syntax, "persons", None)
        if ner is not None and hasattr(ctx.syntax, "persons_many"):
            ctx.syntax.persons_many(parses)

        memo = {}  # (sentence, names seen so far) -> its persons: each sentence is asked twice or more

        def people_of(k, chain=False):
            key = (k, len(named), len(persons_it) if chain else -1)
            if key not in memo:
                memo[key] = _people_of(k, chain)
            return memo[key]

        def _people_of(k, chain):
            s = doc.sentences[k]
            parsed = ctx.syntax.parse(doc, s)
            mentions = person_mentions(text, s.start, s.end, known) + _surname_mentions(doc, s, known)
            if ner is not None:
                # the parser's PERSON entities ("Margus Laidre", "Amina Khairullina") and, later in
                # the text, their surnames alone; never over a glossary organisation or place
                for a, b in ner(parsed):
                    if any(x < b and a < y for x, y in things):
                        continue
                    words = text[a:b].split()
                    if len(words) > 1 and words[-1].casefold() in _employing():
                        continue  # "The Princess Alexandra Hospital Trust": a body named after a person
                    mentions.append(PersonMention(a, b, "", text[a:b]))
                    if len(words) > 1:
                        named[words[-1]] = True
                for w in re.finditer(r"[A-Z][\w’'-]+", text[s.start:s.end]):
                    if w.group() in named:
                        mentions.append(PersonMention(s.start + w.start(), s.start + w.end(), "", w.group()))
            s_end = s.end
            if chain:  # only an "its" follows a chain: "It said it would" may be a body's own
                mentions += [PersonMention(x, x + 2, g, "it") for x, g in persons_it.items()
                             if s.start <= x < s_end]
            test = _PersonTest(parsed, mentions)
            test.person_its = _Either(persons_it, flagged)  # "it"s found for a person (live: more come)
            return test

        from mtaudit.detectors.pronouns_syntax import _organisation_spoke_before

        for i, m, k, tok, role in roles:
            parsed = ctx.syntax.parse(doc, doc.sentences[i])
            prev = None
            if k is not None:
                pparsed = ctx.syntax.parse(doc, doc.sentences[k])
                prev = (pparsed, people_of(k, role == "its"), quoted.tokens_in(pparsed))
            inside = quoted.tokens_in(parsed)
            if m.start() in two_back:
                between = ctx.syntax.parse(doc, doc.sentences[i - 1])
                verdict = None
                if role == "subject" and _same_paragraph(doc, doc.sentences[k], doc.sentences[i]) and \
                        mute(between, people_of(i - 1), quoted.tokens_in(between)):
                    verdict = after_person_subject(tok, people_of(i), prev, speech_only=True)
                rule_ = IT_AFTER_PERSON_SUBJECT
                k = None  # the rest asks of the sentence before, as for MT3111's own
            else:
                verdict = _resolve(tok, role, people_of(i, role == "its"), prev, inside)
                rule_ = IT_FOR_PERSON_SALIENCE
            if verdict is None and role == "subject" and k == i - 1 and \
                    _same_paragraph(doc, doc.sentences[k], doc.sentences[i]):
                verdict = after_person_subject(tok, people_of(i), prev)  # MT3111
                rule_ = IT_AFTER_PERSON_SUBJECT
            if verdict is None:
                continue
            if role == "its" and _animal_kin_after_animal(doc, k if k is not None else i, tok, m.start()):
                continue  # "the animal may be looking for food, and its mother may be nearby"
            from mtaudit.detectors.pronouns import _animal
            if role != "its" and _animal().search(doc.text, doc.sentences[i].start, m.start()):
                continue  # "kept contact with the cub so that it would not lose its fear": an animal's "it"
            if role == "subject" and _organisation_spoke_before(doc, i):
                continue  # "…, the company said. Ferrandi said it would try": the company's "it"
            who, gender = verdict
            gender = gender or name_gender(who)  # "Sokolova": the surname's ending tells
            word = _FORMS[role][gender]
            if m.group()[0].isupper():
                word = word[0].upper() + word[1:]
            flagged.add(m.start())
            persons_it[m.start()] = gender
            what = (f"“{m.group()}” can only stand for a person here (“{who}”): no singular thing "
                    f"before it that English could refer it to") if rule_ is IT_FOR_PERSON_SALIENCE else \
                (f"“{m.group()}” opens a sentence that speaks or acts, after one whose subject is a "
                 f"person (“{who}”)")
            yield rule_.finding(
                doc, m.start(), m.end(),
                f"{what}; gender-blind MT of a Russian personal pronoun; use “{word}”",
                fix=Fix.replace(m.start(), m.end(), word, Applicability.UNSAFE, f"use “{word}”"))


def _animal_kin_after_animal(doc, k: int, tok, start: int) -> bool:
    """"its mother"/"its parents" after an animal named in the sentence or the one before: English
    gives an animal "its" (data: animal_nouns.txt)."""
    from mtaudit.detectors.pronouns import _ANIMAL_KIN, _animal

    return tok.head.lower_ in _ANIMAL_KIN and \
        _animal().search(doc.text, doc.sentences[k].start, start) is not None


_REFLEXIVE_PERSON = re.compile(r"\b(?:himself|herself)\b")  # "it collected …, keeping 5% for himself"
_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er)\b")


def _pronoun_person(text: str, start: int, end: int, quoted: _Quoted, things=frozenset()) -> bool:
    """A “he”/“she”/“his”/“her” outside quotation marks in text[start:end] (“…,» he said. It
    also emphasised”, “at his home”): a person the text has already named; not a “he” MT3105
    found to be a thing's (“He was built in 2023. Its line sorts bottles”), nor a ship's “she”."""
    for m in _HE_SHE.finditer(text, start, end):
        if quoted.holds(m.start()) or m.start() in things:
            continue
        if m.group().lower() in ("she", "her") and _SHIP.search(text, max(0, start - 200), m.start()):
            continue  # "The ferry … She was built in 2001": a ship
        return True
    return False


# English calls a ship "she": a she/her after one of these is no person for "it"
_SHIP = re.compile(r"\b(?:ship|vessel|boat|yacht|liner|icebreaker|frigate|cruiser|submarine|tanker|"
                   r"ferry|schooner|trawler|steamer|warship)s?\b", re.I)


_BETWEEN = frozenset(" ,—–-\n")


def _previous_sentence(doc, i: int, offset: int, quoted: _Quoted) -> int | None:
    """The sentence whose nouns come before sentence i's: the one before it, or — for a speaker
    after a quotation (“…,” — it added) — the one before the quotation began."""
    text = doc.text
    lo = offset
    while lo and text[lo - 1] in _BETWEEN:
        lo -= 1
    ends = quoted.ending_before(lo, offset)  # nothing but spaces and dashes between it and the pronoun
    if ends:
        first = doc.sentence_at(ends[-1].start)
        if first is not None:
            k = doc.sentences.index(first)
            return k - 1 if k else None
    return i - 1 if i else None


# "give it a try/go/shot/whirl": the light-verb idiom of an attempt, whose "it" is the thing tried
_TRY_NOUNS = frozenset({"try", "go", "shot", "whirl", "bash", "stab", "crack", "spin", "punt"})

# quantifiers of a part: "most of it", "all of it", "half of it" take a thing or an amount
_PARTITIVES = frozenset({"most", "much", "all", "some", "part", "half", "none", "any", "rest", "bulk",
                         "share", "little", "more", "less", "each", "portion", "majority", "remainder"})


def _role(tok) -> str | None:
    """subject/object/its/itself, or None for English's dummy or event "it"."""
    low = tok.lower_
    if low == "its":
        return "its"
    if low == "itself":
        return "itself" if tok.head.pos_ in ("VERB", "AUX", "ADP") else None
    if tok.dep_ == "expl":
        return None
    if tok.i and tok.doc[tok.i - 1].lower_ == "about":
        return None  # "About it reports Interfax": Russian "Об этом", the news, not a person
    if tok.dep_ in ("nsubj", "nsubjpass"):
        head = tok.head
        lemma = head.lemma_.lower()
        if appearance_dummy(tok):
            return None  # "it looks like you have given him a chance": the dummy of English
        if head.pos_ in ("ADJ", "NOUN") and head.dep_ in ("ccomp", "xcomp", "oprd") and \
                head.head.pos_ == "VERB":
            if any(c.dep_ in ("xcomp", "ccomp") for c in head.children) or \
                    head.head.lemma_.lower() in ("make", "keep", "leave", "get", "let", "have"):
                return None  # "found it difficult to sleep", "make it cheap": a dummy or a thing
            return "object"  # a small clause: "found it guilty", "declared it wanted"
        if head.pos_ == "VERB" and lemma in _EXPLETIVE_HEADS and tok.dep_ == "nsubj" and \
                (_agent_predicate(head) or lemma == "work" and head.tag_ == "VBG" and
                 any(c.dep_ == "prep" and c.lower_ in ("on", "as", "with", "at") for c in head.children)
                 or tok.i == 0 and (career(head) or as_person(head))):
            return "subject"  # "it took part in", "it has been working on the land", "it has
            # worked in the trade for 31 years", "it came to the depot as a conductor"
        if head.pos_ not in ("VERB", "AUX") or lemma in _EXPLETIVE_HEADS:
            return None  # "it is clear", "it took years", "it comes into force"
        if source_after_verb(head):
            return None  # "it clarifies the Agency": the named source after the verb is the subject
        if lemma == "do" or any(c.dep_ in ("acomp", "attr") for c in head.children):
            return None
        if tok.dep_ == "nsubjpass" and _passive_event(head):
            return None  # "it was decided to", "it is expected that"
        if tok.dep_ == "nsubjpass" and lemma in lexicon.words("creation_verbs.txt") and not any(
                c.dep_ in ("oprd", "attr", "acomp", "prt") for c in head.children):
            return None  # "it had been built on their side": what is built or painted is a thing
        if any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > head.i for c in head.children) and \
                tok.dep_ == "nsubjpass":
            return None
        return "subject"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _PARTITIVES:
        return None  # "will cost $45 million, most of it this quarter": a part of an amount
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in ("give", "have") and any(
            c.dep_ == "dobj" and c.lower_ in _TRY_NOUNS and c.i > tok.i for c in tok.head.children):
        return None  # "decided to give it a try", "give it a go": the attempt, nobody's "it"
    if tok.dep_ in ("dobj", "dative") and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "up" \
            and tok.doc[tok.i + 2].lower_ == "to":
        return None  # "left it up to prosecutors to bring the case": the decision, nobody's "it"
    if tok.dep_ in ("dobj", "pobj", "dative"):
        if tok.head.lemma_.lower() in ("make", "take", "get", "do", "have", "mean", "believe", "find") \
                and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in tok.head.children):
            return None  # "made it clear", "found it difficult to"
        return "object"
    return None


def _core_thing(pparsed, people, skip) -> bool:
    """The sentence before has a singular thing as a subject or object (outside quotations):
    an "it" whose own sentence names only a "he"/"she" may well be that thing."""
    for t in pparsed.doc:
        if t.i not in skip and (t.dep_ in _CORE or _conj_of_core(t)) and _kind(t, people) == "thing":
            return True
    return False


def _as_reported(c) -> bool:
    """A fronted "As reported/said/told X," (Russian "Как сообщил X"): like "According to X",
    X is the speaker the clause's "its" may stand for."""
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    return c.dep_ == "advcl" and any(m.lower_ == "as" and m.dep_ in ("mark", "advmod") for m in c.children) \
        and (c.lemma_.lower() in _saying_verbs() or c.lemma_.lower() in _report_verbs())


def _root_subject(sent):
    """The subject of the main clause of `sent`, or None."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    return subject_of(root) if root is not None else None


def _thing_subject(sent, people) -> bool:
    """The main clause of `sent` has a singular thing as its subject."""
    subj = _root_subject(sent)
    return subj is not None and _kind(subj, people) == "thing"


def _employer_subject(sent, body: bool = False) -> bool:
    """The main clause of `sent` has a business that employs people as its subject ("The bakery
    employs eleven people"): the topic its owner or staff go on speaking for. `body`: only an
    organisation (organisation_nouns.txt: "The company plans …"), not a project or a place of work."""
    subj = _root_subject(sent)
    return subj is not None and subj.tag_ == "NN" and \
        subj.lemma_.lower() in lexicon.folded_words("organisation_nouns.txt" if body else "employing_nouns.txt")


def _speaker_of(person, tok) -> bool:
    """`person` is the subject of a verb of saying whose reported clause holds `tok` ("Whitlock said
    it would …"): the speaker, whom English does not take for the "it" of a thing the sentence
    before made its subject."""
    subject = person
    while subject.dep_ in ("appos", "compound", "conj", "flat") and subject.head is not subject:
        subject = subject.head  # "Its owner Olga Serova said": the name stands beside the subject
    verb = subject.head
    return subject.dep_ == "nsubj" and verb.lemma_.lower() in _saying_verbs() and \
        any(c.dep_ == "ccomp" and tok in c.subtree for c in verb.children)


def _passive_event(verb) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _resolve(tok, role, people, prev, inside=frozenset()):
    """(person text, gender) when the person is the only singular antecedent before `tok`."""
    sent = tok.doc
    excluded = {t.i for t in _own_phrase(tok)} | set(inside) | _holders(tok)
    bound = set()  # the subject's lemma: "The court found it guilty" cannot mean any court
    clause = _clause_verb(tok)
    colon = False  # a clause ended by a colon before the pronoun's own
    colon_subject = set()  # its subject: "The report is long: it runs to 300 pages" is the report
    if role == "its" and clause is not None and (subj := subject_of(clause)) is not None and \
            subj.i > tok.i and tok.i not in {x.i for x in subj.subtree} and subj.tag_ in ("NN", "NNP") and \
            _kind(subj, people) == "thing" and clause.i > subj.i and not _human_predicate(tok, role):
        return None  # "Since its launch in 2015 the aquarium has welcomed …": a fronted phrase's
        # "its" is the subject's that follows it
    owner = own_owner(tok, people, clause) if role == "its" else None
    if owner is not None:  # "who … near its own house": "own" binds to the clause's person
        return _phrase(owner[0]), "" if owner[1] == "u" else owner[1]
    if role == "object" and clause is not None:
        subj = subject_of(clause)
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _CONTROL_VERBS:
            # "asking the court to arrest it": the one asked is the subject of "arrest"
            asked = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if asked is not None:
                excluded |= {t.i for t in asked.subtree}
                if asked.pos_ in ("NOUN", "PROPN"):
                    bound.add(asked.lemma_.lower())
        if subj is not None and _misjoined_subject(clause, subj, people):
            subj = None  # "said that the offer was fair and urged nurses to accept it": not the offer
        if subj is not None and not subj.tag_.startswith("VB"):
            # (a subject tagged as a verb is a misparse: "a stork returns to the nest and adds
            # branches to it" read with "returns" as the noun; its words stay candidates)
            # "The court arrested it": not the court; but its possessor may be ("the company's
            # balance sheet gave it room": the company)
            owners = {x.i for c in subj.children if c.dep_ == "poss" for x in c.subtree}
            excluded |= {t.i for t in subj.subtree} - owners
            if subj.pos_ in ("NOUN", "PROPN"):
                bound.add(subj.lemma_.lower())
            if subj.lower_ in ("he", "she"):  # "Henning said he hopes to take it": the reporter is
                node = subj.head              # that "he", bound as well; the thing is further back
                while node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
                    node = node.head
                reporter = subject_of(node.head) if node.dep_ == "ccomp" else None
                if reporter is not None and reporter.i < subj.i:
                    excluded |= {t.i for t in reporter.subtree}
    if role == "subject" and clause is not None and getattr(subject_of(clause), "i", -1) == tok.i:
        # a thing the pronoun's own clause names again is not what the pronoun stands for: "…
        # the water utility had not checked the hydrants. It submitted a demand to the director
        # of the utility" (English would write "its director" for the utility's own)
        for t in clause.subtree:
            if t.i > tok.i and t.pos_ == "NOUN" and t.dep_ in ("dobj", "pobj", "dative", "attr") \
                    and t.tag_ in ("NN", "NNP"):
                bound.add(t.lemma_.lower())
    if clause is not None and clause.dep_ == "ccomp" and role in ("subject", "its"):
        for c in clause.head.children:  # "In an interview the scientist said that its main …"
            if c.dep_ in _ADVERBIAL and c.i < tok.i and all(t.i < clause.head.i for t in c.subtree):
                if c.pos_ in ("VERB", "AUX") and not _human_predicate(tok, role):
                    continue  # "When she opened a cafe, friends told her it would close": the cafe
                excluded |= {t.i for t in c.subtree}
    if clause is not None:
        for c in clause.children:
            if c.dep_ == "ccomp" and c.i < tok.i:
                if before_colon(c):
                    colon = True
                    first = subject_of(c)
                    if first is not None:
                        colon_subject.add(first.i)
                else:
                    excluded |= {t.i for t in c.subtree}  # "…, the governor said in its channel"
            if role in ("subject", "its") and c.dep_ in _ADVERBIAL and c.i < tok.i and \
                    all(t.i < tok.i for t in c.subtree) and c.i < clause.i and \
                    not (role == "its" and (according_to(c) or _as_reported(c))):
                excluded |= {t.i for t in c.subtree}  # a fronted adverbial: "In the final round it"
    human_verb = _human_predicate(tok, role)
    persons, things = [], []
    for t in sent[:tok.i]:
        if t.i in excluded:
            continue
        kind = _kind(t, people)
        if kind == "thing":
            if t.i in colon_subject or _counts(t, people, human_verb, tok):
                things.append(t)
        elif kind:
            persons.append((t, kind))
    if persons and not things and not human_verb and role in ("subject", "object") and \
            prev is not None and all(t.pos_ == "PRON" for t, _ in persons) and \
            _core_thing(prev[0], prev[1], set(prev[2])):
        return None  # "… and sold her work at fetes. Next month she will see it hung": the work
    if persons and not things and human_verb in ("", "act") and role == "subject" and prev is not None and \
            all(_speaker_of(t, tok) for t, _ in persons) and _employer_subject(prev[0].doc, body=human_verb == "act"):
        return None  # "The bakery employs eleven people. Whitlock said it would use the prize": the bakery goes on
        # ("The company plans a plant. Orlova said it is also considering …": what a business does)
    if colon and persons and not things and prev is not None and _thing_subject(prev[0].doc, prev[1]):
        return None  # "The phone went on sale. Petrova was among the buyers: it sold out": the phone
    if persons and not things and prev is not None and all(_in_according(t) for t, _ in persons) and \
            topic_is_body(prev[0].doc, prev[1], _agentive):
        return None  # "The bank … . According to Orlov, its profit": the body stays the topic
    if not things and not persons and prev is not None:
        pdoc, ppeople, skip = prev
        skip = set(skip)  # the words of a quotation are the speaker's, not antecedents
        for t in pdoc.doc:
            if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in bound:
                skip |= {x.i for x in t.subtree}
        speaker = human_verb == "say" and spoke(tok, _saying_verbs()) and person_spoke(pdoc.doc, ppeople, skip, _kind, _saying_verbs())
        for t in pdoc.doc:
            if t.i in skip:
                continue
            kind = _kind(t, ppeople)
            if kind == "thing" and _voiced_body(t):
                things.append(t)  # "A spokesperson for the council said it may … Its tree officer"
                continue
            if kind == "thing" and t.pos_ == "PRON" and t.dep_ == "poss" and not bound and human_verb != "say" and \
                    _np_head(t.head).dep_ in _CORE and \
                    any(ppeople.gender(x) is not None for x in _np_head(t.head).subtree if x.i != t.i):
                things.append(t)  # "Its director Pavel Gromov said … . It also plans": a body that
                continue          # has a director, still the topic, goes on as "it" (but "It added" is his)
            if kind == "thing" and role == "its" and _owns_own_kind(tok, t):
                continue  # "The horse was driven by Rinat Galiullin. Its horse": not the horse's
            if kind == "thing" and human_verb in ("say", "own") and _in_person_phrase(t, ppeople):
                continue  # "The director of the company Anna Belkina said … In its words": she spoke
            if kind == "thing" and speaker and not spoke(t, _saying_verbs()):
                continue  # "The minister visited the site and noted that … It also said": she spoke
            if kind == "thing" and (t.dep_ in _CORE or _conj_of_core(t) or not human_verb or
                                    human_verb == "staff" or  # an employer in any role may own it
                                    t.dep_ in ("compound", "poss") and _np_head(t).dep_ in _CORE) and \
                    _counts(t, ppeople, human_verb):
                things.append(t)
            elif kind and kind != "thing" and (t.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "pobj", "attr")
                                               or _conj_of_core(t) or _in_subject(t) or t.pos_ == "PRON"):
                persons.append((t, kind))  # a "his"/"her" names its person too ("at his home")
    if _TRACE is not None:
        _TRACE.append((tok.text, role, human_verb, [t.text for t in things], [(t.text, k) for t, k in persons]))
    if not persons and not things and role == "subject":
        reflexive = _own_reflexive(tok.head)  # "it collected …, keeping 5% for himself"
        if reflexive is not None:
            return reflexive.text, "m" if reflexive.lower_ == "himself" else "f"
    if things or not persons:
        return None
    if all(t.pos_ == "NOUN" and t.lemma_.lower() in _VOICES for t, _ in persons):
        return None  # "The agency may act. A spokeswoman said it had no timeline": a voice speaks for a body
    genders = {g for _, g in persons if g in ("m", "f")}
    who, _ = persons[-1]
    gender = genders.pop() if len(genders) == 1 else ""
    return _phrase(who), gender


_VOICES = frozenset("spokesperson spokesman spokeswoman representative".split())


def _voiced_body(t) -> bool:
    """A body that speaks through its spokesperson ("A spokesperson for the council said it may
    pause the work"): the topic that a later "it"/"its" goes on naming, in English and MT alike."""
    prep = t.head
    return t.dep_ == "pobj" and prep.lower_ in ("for", "of", "from") and \
        prep.head.lemma_.lower() in _VOICES and prep.head.dep_ in ("nsubj", "nsubjpass")


def _kind(t, people):
    """'thing' for a singular noun English could call "it"; a gender ('m'/'f'/'u') for a
    person; None for anything that cannot be an antecedent here."""
    if t.pos_ == "PRON":
        low = t.lower_
        if low in ("it", "its") and people.gender(t) is not None:
            return people.gender(t) or "u"  # an "it" already found to stand for a person
        if low in ("it", "its") and _referential_it(t, people):
            # "It may not hit you …, but it sticks with you"; "friends told her it would be closed.
            # This week it celebrated": English goes on with the same pronoun for the same thing, and
            # an earlier "it" no rule found to be a person's stands for a thing the later one may too
            return "thing"
        if low in ("he", "him", "his", "himself"):
            return "m"
        if low in ("she", "her", "herself"):
            return "f"
        return None
    if t.pos_ not in ("NOUN", "PROPN"):
        return None
    g = people.gender(t)
    if g is not None and t.pos_ == "PROPN" and _named_thing(t):
        return "thing"  # "the frigate Admiral Kasatonov", "Lavka Plus, which says it serves"
    if g is not None and t.pos_ == "NOUN" and any(
            c.dep_ == "appos" and c.pos_ == "PROPN" and people.gender(c) is None for c in t.children):
        return "thing"  # "The race organiser, Great Run Company, …": the role is a company's
    if g is not None and t.pos_ == "NOUN" and t.lower_ in lexicon.folded_words("trade_nouns_for_companies.txt") \
            and any(c.lower_ == "the" for c in t.children) and \
            not any(c.dep_ == "appos" and c.pos_ == "NOUN" and people.gender(c) is not None for c in t.children):
        return "thing"  # "The miner said it would cut output": a company by its trade (but "The
        # owner of the herd, a farmer from Big Meadows, was fined" is the farmer)
    if g is not None:
        return g or "u"
    if t.pos_ in ("NOUN", "PROPN") and _title_before_name(t):
        return None  # "Ecologist Denis Yarovoy", "Huntsman Gennady Lobov": his trade, not a thing
    if t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.pos_ in ("VERB", "AUX"):
        from mtaudit.detectors.pronouns_person_predicate import _person_noun

        if _person_noun(t):
            return None  # "has worked as a cook": the subject's trade (WordNet), no one else
    if t.dep_ in ("compound", "poss") and people.gender(_np_head(t)) is not None:
        # "the company's chairman", "Roscosmos chief": the employer may own the "it"
        return "thing" if _agentive(t) or _employs(t) else None
    if t.dep_ == "compound" and _acronym(t) and t.i + 1 < len(t.doc) and t.nbor().pos_ == "NOUN":
        return "thing"  # "a BHRUT report revealed … at its hospitals": a body by its initials, before a noun
    if t.dep_ == "compound" or t.tag_ in ("NNS", "NNPS") or t.lower_ in _not_antecedents() or \
            t.ent_type_ in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"):
        return None
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in t.children):
        return None  # "27 matches", "300 jobs"
    if t.dep_ == "appos" and people.gender(t.head) is not None:
        return None  # "Marina Leontyeva, chief analyst at …": her title
    if t.dep_ == "npadvmod":
        return None
    if t.dep_ == "pobj" and t.head.lower_ in _TIME_PREPS and t.tag_ == "NN" and \
            not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in t.children):
        return None  # "has kept pigeons since childhood", "until dawn": a time, not an antecedent
    return "thing"


class _Either:
    """Membership in either of two containers that keep growing (the offsets of the "it"s found
    for a person so far, by this rule and by the others)."""

    def __init__(self, a, b) -> None:
        self.a, self.b = a, b

    def __contains__(self, x) -> bool:
        return x in self.a or x in self.b


def _misjoined_subject(clause, subj, people) -> bool:
    """The subject reached for a control verb's clause ("urged nurses to accept it") through a
    copula it was joined to ("the offer was fair and urged"): the parser joined the urging to the
    reported clause instead of to the speaker's "said"; a thing that cannot urge is not its
    subject, and stays a candidate for the "it"."""
    if clause.dep_ != "xcomp" or clause.head.lemma_.lower() not in _CONTROL_VERBS:
        return False
    verb = clause.head
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    joined = verb.head
    if joined.lemma_.lower() != "be" or subj.head.i != joined.i:
        return False
    return subj.pos_ == "NOUN" and people.gender(subj) is None and not _agentive(subj, "act")


def _it_since(t, tok, people) -> bool:
    """A referential "it" no rule found for a person stands after `t` (in its sentence, before the
    pronoun `tok` when that is there too): the text already refers to a thing as "it"."""
    same = tok is not None and tok.doc is t.doc
    return any(x.lower_ in ("it", "its") and x.i > t.i and (not same or x.i < tok.i)
               and _referential_it(x, people) for x in t.doc)


def _referential_it(t, people) -> bool:
    """An "it"/"its" before the pronoun that refers (not English's dummy "it is clear", not "give
    it a try") and that no rule found to stand for a person."""
    if t.i and t.doc[t.i - 1].lower_ == "about":
        return False  # "About it reports Interfax": the news
    offset = people.parsed.offset(t)
    if offset in getattr(people, "person_its", ()):
        return False
    return _role(t) is not None


def _title_before_name(t) -> bool:
    """A bare common noun right before a first name ("Ecologist Denis", "huntsman Gennady"): a
    trade or title written before a person's name; never after an article ("the tanker Ivan
    Papanin" names a ship)."""
    from mtaudit.text.english_words import is_common_word

    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in _person_nouns() and t.i + 2 < len(t.doc) and \
            t.doc[t.i + 2].text in lexicon.first_names():
        nxt = t.doc[t.i + 2]  # "centre forward Artyom Zaitsev", "team captain Ivan": a two-word title
    if nxt is None or nxt.pos_ != "PROPN" or nxt.text not in lexicon.first_names():
        return False
    if t.pos_ == "PROPN" and not (t.is_title and is_common_word(t.lower_)):
        return False  # a name before a name ("Anna Maria"), not a trade the tagger took for one
    return not any(c.dep_ in ("det", "poss") for c in t.children) and \
        not (t.i and t.doc[t.i - 1].lower_ in ("the", "a", "an"))


def _named_thing(t) -> bool:
    """A name that looks like a person's but names a thing: a vessel or station named after one
    ("the frigate Admiral Kasatonov", "The Akademik Treshnikov": a title and a surname straight
    after "the" or a common noun), a name with no first name after "a" (a make or a model: "a
    parked Ford Fiesta"), a name that a "which" clause follows ("Lavka Plus, which
    says it serves"), or a name a copula classes among places ("Kirsanov is one of the oldest
    towns", "Kirsanov is a town": place_nouns.txt, which holds no person)."""
    head = _np_head(t)
    if _classed_as_place(head):
        return True
    if any(c.dep_ == "relcl" and any(w.lower_ == "which" and w.i < c.i for w in c.children)
           for c in head.children):
        return True
    if _the_before_name(head):
        return True
    if head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) \
            and not any(w.text in lexicon.first_names() for w in head.subtree if w.pos_ == "PROPN" and w.i <= head.i):
        return True  # "a stationary Ford Fiesta", "an Airbus Beluga": a make or a model; English gives
        # a person "a" only with a known first name ("a certain Ivan Orlov")
    words = [w for w in head.subtree if w.i <= head.i and w.dep_ in ("compound", "det", "amod")
             or w.i == head.i]
    names = [w for w in words if w.pos_ == "PROPN"]
    if len(names) != 2 or names[0].lower_ not in lexicon.person_heads() or \
            names[1].text in lexicon.first_names():
        return False
    before = t.doc[names[0].i - 1] if names[0].i else None
    return before is not None and (before.lower_ == "the" or before.is_lower and before.is_alpha and
                                   before.lower_ not in _person_nouns() and
                                   before.lower_ not in _PERSON_ADJECTIVES)


def _classed_as_place(head) -> bool:
    """The subject of "be" whose complement (or the noun after its "one of") is a place noun."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    for attr in (c for c in verb.children if c.dep_ == "attr"):
        noun = attr
        if attr.lower_ == "one":
            noun = next((g for p in attr.children if p.dep_ == "prep" and p.lower_ == "of"
                         for g in p.children if g.dep_ == "pobj"), attr)
        if noun.lemma_.lower() in lexicon.words("place_nouns.txt"):
            return True
    return False


def _the_before_name(head) -> bool:
    """A first name and a surname under "the", with nothing between that makes them a person's
    ("the Joseph Schulte", "the Hong Kong-flagged Joseph Schulte"): English gives a person's name
    no article unless a title or a word of the person stands in it ("the late Ivan Orlov", "the
    actor Oleg Basov"); a ship, a train or a plant named after somebody takes "the"."""
    if head.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return False
    first = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1]
    if not first or first[0].text not in lexicon.first_names():
        return False
    the = next(c for c in head.children if c.dep_ == "det" and c.lower_ == "the")
    doc = head.doc
    for w in doc[the.i + 1:first[0].i]:  # only names or a hyphened modifier between: "Hong Kong-flagged"
        if not (w.pos_ in ("PROPN", "PUNCT") or w.i and doc[w.i - 1].text == "-"):
            return False  # "the mine Pavel Drozdov" (a noun misread as a modifier): a person's phrase
    return True


_PERSON_ADJECTIVES = frozenset({"former", "late", "retired", "acting", "current", "then", "future",
                                "outgoing", "incoming", "new", "famous", "legendary", "renowned",
                                "deputy", "vice", "rear", "honoured", "honored", "veteran", "young",
                                "old", "elderly", "and", "or", "by", "with", "of", "to", "for", "from"})


def _counts(t, people, human_verb, tok=None) -> bool:
    """Whether a thing noun competes with the person: with a verb only speakers and agents have,
    only things that can speak or act do (a document only with a verb of saying: "the law
    states", not "the law wrote"); a noun of a measure ("six years of colony") or of a person's
    own title ("chief physician of polyclinic No. 4") does not, unless it can act."""
    if human_verb == "person":
        return False  # "It will serve the term": not the court that sentenced
    if human_verb.startswith("kind:"):
        if _in_person_phrase(t, people) and _body_kind(t.lower_) == human_verb[5:]:
            return False  # "the chief physician of the Polyclinic X noted that its clinic": hers
        human_verb = ""
    if human_verb == "say" and hearer(t, _saying_verbs()):
        return False  # "As told Interfax the director X, …": the outlet heard, X spoke
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    speaker = t.head if t.dep_ == "appos" else t  # "British Summer Fruits, the industry body, said it"
    if tok is not None and human_verb != "obj" and speaks(speaker, tok, _saying_verbs() | _report_verbs()):
        return True  # "The airport said it had agreed": what speaks can act
    if human_verb == "own":
        return not _in_person_phrase(t, people) and _agentive(t, "act")
    if human_verb == "staff":  # "Its team": only what employs people competes with the person,
        # the body in the person's title too ("The trust's director said its team would": the
        # trust's team), but not the place a person comes from or represents ("Farmer Anna Orlova
        # from the Biysk district", "a deputy who represents the central district")
        if _in_person_phrase(t, people) and t.lemma_.lower() in _ORIGIN_PLACES:
            return False
        return _employs(t)
    if human_verb == "obj":
        # what is done to someone ("arrested it", "thanked it"): a thing in a core role still
        # competes ("The bank seized the flat. The court arrested it"), one named in passing
        # ("in his office in the administration building", "from a construction company") does not
        return t.dep_ in _CORE or _conj_of_core(t)
    if human_verb == "act" and (t.dep_ in _CORE or _conj_of_core(t)) and t.pos_ == "NOUN" and _employs(t) \
            and not any(c.dep_ == "poss" for c in t.children) and _it_since(t, tok, people):
        # "When she opened a cafe, friends told her it would be closed. This week it celebrated";
        # "the library would keep its late opening and … it planned": a business or an institution
        # the text has gone on calling "it"/"its" acts as a body does
        return True
    if human_verb in ("act", "staff") and t.dep_ == "dobj" and t.head.dep_ == "relcl" and t.pos_ == "NOUN" \
            and _employs(t):
        return True  # "Ivan Petrov, who heads the farm, said it would buy tractors": the body a
        # person's relative clause runs or joins can do what a body does, and English reads "it" as it
    if human_verb:
        return _agentive(t, human_verb)
    if t.dep_ == "dobj" and t.head.dep_ == "relcl":
        return True  # "Ortiz, who opposes the levy, said it would hurt shops": what a person's
        # relative clause does something to is a thing of the story, not a word of the person's title
    if _in_person_phrase(t, people) or _under_measure(t):
        return _agentive(t, "act")
    return True


def _under_measure(t) -> bool:
    """In an of-chain under a measure: "six years of colony of general regime"."""
    for _ in range(4):
        h = t.head
        if not (t.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN"):
            return False
        noun = h.head
        if noun.tag_ == "NNS" or noun.lower_ in _not_antecedents() or \
                any(c.dep_ == "nummod" for c in noun.children):
            return True
        t = noun
    return False


def _holders(tok) -> set[int]:
    """The nouns whose phrase holds the pronoun ("the head of its laboratory": head): English never
    refers a pronoun to a noun phrase it sits inside, so the person there is not its antecedent."""
    out, node = set(), tok
    for _ in range(6):
        if node.dep_ not in ("poss", "pobj", "prep", "compound") or node.head.i == node.i or \
                node.dep_ == "prep" and node.lower_ != "of":
            break  # only an of-complement: "the festival, now in its tenth year" is the festival's
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            out.add(node.i)
    return out


def _own_phrase(tok):
    """The tokens of the noun phrase that holds the pronoun ("the condition of it")."""
    node = tok
    seen = set()
    while node.head.i != node.i and node.dep_ in ("pobj", "poss", "prep") and node.i not in seen:
        seen.add(node.i)
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return list(node.subtree)
    return [tok]


def _clause_verb(tok):
    node = tok.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return node
        node = node.head
    return None


def _np_head(t):
    """The head of the noun phrase a compound or possessive modifier belongs to."""
    while t.dep_ in ("compound", "poss") and t.head.i != t.i:
        t = t.head
    return t


def _conj_of_core(t) -> bool:
    return t.dep_ == "conj" and t.head.dep_ in _CORE


def _in_subject(t) -> bool:
    node = t
    for _ in range(4):
        if node.dep_ in ("nsubj", "nsubjpass"):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _human_predicate(tok, role) -> str:
    """"say" or "act" when the pronoun's clause is one only speakers ("it said that", "According
    to it") or agents ("it congratulated") do, so that a thing named only in passing before
    cannot be meant; "" otherwise."""
    from mtaudit.detectors.pronouns_syntax import _ORG_TOO, _person_verbs, _report_verbs

    if role == "object" and tok.head.lower_ in ("to", "for") and tok.head.i <= 2:
        return "say"  # a sentence-initial "According to it" / "For it"
    if role == "object" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return "say"  # "The farmers, according to it, need support"
    if role == "object" and tok.dep_ in ("dobj", "dative"):
        verb = tok.head
        if verb.lemma_.lower() in _person_objects():
            return "obj"  # "The court arrested it", "the ministry thanked it for the work"
        if verb.lemma_.lower() in _CONTROL_VERBS and any(
                c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children)
                for c in verb.children):
            return "act"  # "The doctors recommended it to refrain from", "asked it to stay"
        return ""
    if role == "subject" and tok.dep_ == "nsubjpass" and (
            tok.head.lemma_.lower() in _person_objects() or
            any(c.dep_ == "dobj" for c in tok.head.children)):
        return "obj"  # "It is accused of fraud"; a recipient: "It was handed a note of protest"  # "It is accused of fraud", "it was detained at the airport"
    if role == "its":
        if source_phrase(tok):
            return "say"  # "In its words", "According to its data": what a speaker said
        if tok.head.pos_ == "NOUN" and _kin().get(tok.head.lower_) == "person":
            return "person"  # "its husband", "its widow": kin only a person has
        owned = [tok.head] + [c for c in tok.head.children if c.dep_ in ("compound", "amod")]
        if any(w.lower_ in _person_possessions() or w.lemma_.lower() in _person_possessions()
               for w in owned):
            return "own"  # "its career", "its salary": a body named in the person's title cannot own it
        if any(w.lower_ in _agent_possessions() or w.lemma_.lower() in _agent_possessions()
               for w in owned[:1]):
            return "staff"  # "Its team", "its engineers", "its office": a person's or an employer's
        # "Its coach, …": a person's own person (coach, lawyer, deputy) — a person's or a body's
        if tok.head.pos_ == "NOUN" and (tok.head.lower_ in _person_nouns() or
                                        tok.head.lemma_.lower() in _person_nouns()):
            return "act"  # "Its coaches", "its colleagues" too
        kind = _body_kind(tok.head.lower_) if tok.head.pos_ == "NOUN" else None
        if kind:
            return "kind:" + kind
        if tok.head.pos_ == "NOUN" and not any(c.dep_ == "compound" for c in tok.head.children) and \
                (tok.head.lemma_.lower() in _employing() or tok.head.lower_ in _employing()):
            return "staff"  # "Its expedition", "its brigade": a group or a workplace has an employer
            # or a person at its head, not a plain thing ("the tower", "the bowl of the pool")
        return ""
    if role != "subject" or tok.dep_ != "nsubj":
        return ""  # a passive subject is what is done to: "It was attended by"
    lemma = tok.head.lemma_.lower()
    agent = _agent_predicate(tok.head)
    if agent:
        return agent
    if lemma in _saying_verbs():
        return "say"
    if lemma in _report_verbs():
        return "act"
    objects = _person_verbs().get(lemma)
    if objects is None:
        return ""
    if objects and objects != _ORG_TOO and \
            not any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in tok.head.children):
        return ""  # "have" only with its person objects ("have talks"), not "had no basis"
    return "act"


_CUES_ADVERB = frozenset({"personally"})
# "asked/urged/advised X to do": the one asked acts (a person or a body, not a plain thing)
_CONTROL_VERBS = frozenset({"ask", "urge", "advise", "recommend", "invite", "instruct", "order",
                            "persuade", "encourage", "forbid", "allow", "oblige", "force", "call"})


@lru_cache(maxsize=1)
def _person_objects() -> frozenset[str]:
    return lexicon.folded_words("person_object_verbs.txt")


def _agent_predicate(verb) -> str:
    """"person" when the clause says what only a person does ("will serve the term", "faces up
    to seven years in prison"); "act" when its subject must act with intent — a verb of
    agent_predicates.txt ("instructed", "took part"), or a cue only agents take ("together with
    volunteers"); "person" too for a cue only people take ("personally"); "" otherwise."""
    table = _agent_table()
    lemma = verb.lemma_.lower()
    objects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "prt", "attr")}
    objects |= {g.lemma_.lower() for c in verb.children if c.dep_ == "prep"
                for g in c.children if g.dep_ == "pobj"}
    if _own_reflexive(verb) is not None:
        return "person"  # "it collected the money, keeping 5% for himself"
    if any(c.dep_ == "advmod" and c.lower_ in _CUES_ADVERB for c in verb.children) and \
            not any(o.dep_ in ("dobj", "dative") and o.pos_ == "PRON" for o in verb.children):
        return "person"  # only a person does a thing "personally"; "it affected him personally" is his
    if lemma in table:
        kind, wanted = table[lemma]
        if not wanted or objects & wanted:
            return "person" if kind == "person" else "act"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "with" and \
                any(g.dep_ == "advmod" and g.lower_ in ("together", "along") for g in c.children):
            return "act"  # "Together with volunteers it cleared the church"
    return ""


@lru_cache(maxsize=1)
def _agent_table() -> dict[str, tuple[str, frozenset[str]]]:
    """lemma -> (kind, object lemmas): agent_predicates.txt."""
    out = {}
    for word, cols in lexicon.table("agent_predicates.txt").items():
        kind = cols[0] if cols else ""
        wanted = frozenset(cols[1].split()) if len(cols) > 1 else frozenset()
        out[word.casefold()] = (kind, wanted)
    return out


@lru_cache(maxsize=1)
def _person_nouns():
    from mtaudit.detectors.pronouns_syntax import _person_nouns as nouns
    return nouns()


_SAY = ("say state note warn show indicate confirm suggest predict claim describe stress emphasise "
        "emphasize find conclude recommend estimate report mention point underline specify read "
        "add explain tell argue recall list detail outline")


@lru_cache(maxsize=1)
def _saying_verbs() -> frozenset[str]:
    """What a document can do as well as a speaker ("The report warned that")."""
    return frozenset(_SAY.split())


def _agentive(t, verb="act") -> bool:
    """A thing that can do what the pronoun's verb says: an organisation or a name (an unknown
    name may be a company's) anything a person does; a document only "say" ("The report
    warned", "According to it")."""
    if t.pos_ == "PROPN" or _acronym(t):
        return True  # an acronym the tagger read as a common noun ("The BMA is calling") is a body's name
    kinds = _speaking()
    kind = kinds.get(t.lemma_.lower(), kinds.get(t.lower_))
    return kind == "org" or kind == "doc" and verb == "say"


def _acronym(t) -> bool:
    """An all-capital word of two to six letters: "BMA", "FSB", "NATO" name bodies."""
    return 2 <= len(t.text) <= 6 and t.text.isalpha() and t.text.isupper()


# places a person is from or stands for; as employers they count only outside the person's phrase
_ORIGIN_PLACES = frozenset({"region", "district", "village", "city", "town", "settlement", "province",
                            "republic", "territory", "municipality", "state", "country", "nation",
                            "area", "oblast", "krai", "county", "constituency", "hamlet"})


def _owns_own_kind(tok, t) -> bool:
    """The bare noun after "its" is the candidate's own noun ("The horse was driven by X. Its
    horse"): a thing is not its own owner. "Its sister fund" (a modifier) may be the fund's."""
    owned = tok.head
    return owned.pos_ == "NOUN" and owned.lemma_.lower() == t.lemma_.lower() and \
        not any(c.dep_ in ("compound", "amod") for c in owned.children)


def _employs(t) -> bool:
    """A thing that may have a staff, a team or an office of its own: an organisation, a place
    of work (employing_nouns.txt, also by a listed ending of 5+ letters: "bathhouse"), a name
    that is not the name given to something ("a dog named Baikal")."""
    if t.pos_ == "PROPN":
        head = _np_head(t)
        return not (head.dep_ in ("oprd", "dobj", "attr") and head.head.lemma_.lower() in
                    ("name", "call", "nickname", "dub"))
    if _agentive(t, "act"):
        return True
    words = _employing()
    low = t.lemma_.lower()
    return low in words or t.lower_ in words or \
        any(len(w) >= 5 and low.endswith(w) for w in words)


@lru_cache(maxsize=1)
def _employing() -> frozenset[str]:
    return lexicon.folded_words("employing_nouns.txt")


@lru_cache(maxsize=1)
def _agent_possessions() -> frozenset[str]:
    return lexicon.folded_words("agent_possessions.txt")


@lru_cache(maxsize=1)
def _speaking() -> dict[str, str]:
    kinds = {w: "org" for w in lexicon.folded_words("organisation_nouns.txt")}
    for word, cols in lexicon.table("speaking_things.txt").items():
        kinds[word.casefold()] = "doc" if cols and cols[0] == "doc" else "org"
    return kinds


@lru_cache(maxsize=None)
def _body_kind(word: str) -> str | None:
    """The kind of body a word names (pronoun_body_kinds.txt), also by its ending: "polyclinic"
    is a clinic."""
    kinds = _body_kinds()
    if word in kinds:
        return kinds[word]
    return next((k for w, k in kinds.items() if len(w) >= 4 and word.endswith(w)), None)


@lru_cache(maxsize=1)
def _body_kinds() -> dict[str, str]:
    return {w.casefold(): cols[0] for w, cols in lexicon.table("pronoun_body_kinds.txt").items() if cols}


@lru_cache(maxsize=1)
def _person_possessions() -> frozenset[str]:
    return lexicon.folded_words("person_possessions.txt")


@lru_cache(maxsize=1)
def _kin() -> dict[str, str]:
    """Possessed noun -> its second column in person_possessions.txt (`person` for kin)."""
    return {w.casefold(): cols[0] for w, cols in lexicon.table("person_possessions.txt").items() if cols}


def _phrase(t) -> str:
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod") or c.tag_ == "NNP"]
    start = left[0].idx if left else t.idx
    return t.doc.text[start:t.idx + len(t.text)]


@lru_cache(maxsize=1)
def _not_antecedents() -> frozenset[str]:
    return lexicon.folded_words("pronoun_non_antecedents.txt")


DETECTOR = SaliencePronounDetector()
