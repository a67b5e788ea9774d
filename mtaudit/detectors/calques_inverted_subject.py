"""The subject after its verb, in Russian order (MT2510), and a fronted predicate adjective (MT2511).

Russian puts the new information last, so the doer of an action often closes the sentence:
"Об этом сообщила пресс-служба администрации города" (about this informed the press service of
the city administration), "…, сообщила пресс-служба регионального департамента спорта" (…, said
the press service of the regional sports department), "Более 1,1 тыс. гнёзд насчитали орнитологи
национального парка" (more than 1,100 nests counted the ornithologists of the national park),
"Бесплатное горячее питание получают все ученики 1–4 классов" (free hot meals receive all pupils
of the first to fourth grades). The predicate adjective may come first too: "Особенно сложная
ситуация в северных районах" -> "Especially difficult the situation is in the northern
districts". MT keeps the order.

The mechanism is one construction: a verb, then a noun phrase headed by a doer (a trade or a
role in the plural, or a speaking body: calque_agent_nouns.txt) that runs to the end of the
sentence. Three positions of the verb are read:
* the verb opens the sentence ("Informed about this the press service of …", "Stated this
  the first deputy head of …"): English never opens a statement with a past reporting verb;
* the verb follows a comma after a whole clause (", said the press service of the regional
  sports department"): only a speaking body or a plural doer with a lower-case genitive chain
  ("of the regional sports department"), the Russian part; a person's title with a name is
  MT2021's, "said the ministry" and "said a spokesman for the ministry" are English;
* the verb follows a fronted object: read by a dependency parse (mtaudit.models.parser), the
  verb (one of calque_agentive_verbs.txt: counting, receiving, visiting, collecting) has a
  subject that is no doer (no person, no body, no pronoun, no name) and an object that is one
  and that closes the clause ("… nests counted the ornithologists of the park during the
  census"). A verb whose subject can only be a doer (calque_doer_verbs.txt) takes any person
  object, a count of people included, and a time or place phrase may open the clause: "Last
  weekend the park visited 300 people" (парк посетили 300 человек: a place or an event visits
  no one, so "visit/attend/watch" read an institution subject too), "The fire extinguished 40
  firefighters", "The first place took the team of Kazan" (take/win/receive only after a
  prize, a place or a contest: "the bus took the pupils" is a host). Spared: host, effect and
  depiction verbs ("the resort received 9,000 visitors", "the fire killed two firefighters",
  "the video shows the mayor"), a group or a person as the subject ("the choir visited 30
  veterans"), a place as the object ("the school visited the museum"), a dative ("the run won
  the skier a medal").
Any verb reads the same order when the classes of the nouns show it (calque_order_words.tsv,
built from WordNet by scripts/build_order_words.py): a thing that cannot act (an artifact, an
object, a possession, a plant, the place of a ranking) as the subject, with any verb but those a
thing does to people in English (calque_ovs_effect_verbs.txt and WordNet's verbs of feeling, body
and state: "the falling tree killed the driver", "the money will help 40 families"), or an act as
the subject with a verb of doing an act (calque_ovs_act_verbs.txt: "The consecration will hold
the metropolitan", "The theft committed two teenagers"), and a doer object that closes the clause
(a person, a group of people that acts, a body): "The bones noticed the driver of the excavator"
(кости заметил водитель), "In the relay the first place took the team of Udmurtia". Left alone:
instruments, vehicles, buildings, pictures and documents ("the camera caught the driver", "the
photo captured the firefighters"), natural causers ("the storm caught the fishermen"), and acts
with verbs of finding, counting, gathering or presenting ("the search found the missing boy",
"the census counted 300 residents", "the exhibition presents the artists of the region").
Spared: quotes ("'…,' said the press office of the hotel"), commas after the opening verb
("Told about the plan, the mayor …"), colons ("Said the coach: …"), questions and headlines,
English inversions that are no verb-first statement ("Here comes", "Never have", "Had he", "So
do", "Among them was": none is a doer after a reporting or agentive verb at the sentence end),
"The bus brought the pupils to school" (the verb is not one of the list; the doer must close
the clause).

MT2511: a sentence that opens with an adjective (after a degree word), then a determiner, the
noun and a copula with no complement after it ("Especially difficult the situation is in …",
"Most tense the situation remains on the roads"): Russian predicate-first order. English keeps
the adjective after the copula ("The situation is especially difficult in …"); concessive "Hard
as the work is" has "as", "Such is the situation" and "Great was the joy" put the copula first.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

import regex

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import LazyPattern
from mtaudit.core.types import Span
from mtaudit.rules.model import rule
from mtaudit.text.lexicon import entries_of, first_names, folded_words, person_heads, rows

INVERTED_SUBJECT = rule(
    "MT2510", "verb-before-agent-subject", "calque",
    summary="“Informed about this the press service of the city administration”, “…, said the "
            "press service of the regional sports department”, “More than 300 nests counted the "
            "ornithologists of the park”: the doer after its verb, in Russian order",
    why="Russian puts the doer last (об этом сообщила пресс-служба администрации; насчитали "
        "орнитологи национального парка; питание получают все ученики). MT keeps the order, so "
        "the verb opens the sentence or follows its object, and the subject, with its chain of "
        "genitives, closes it. English names the doer first: “the city administration’s press "
        "service reported this”, “ornithologists of the national park counted more than 300 "
        "nests”, “all pupils now receive free meals”.",
    confidence="likely",
    bad=["Informed about this the press service of the regional ministry of health.",
         "The decisive goal scored the young forward Pavel Orlov.",
         "The new programme approved the deputies of the town duma.",
         "Reported about it the press service of the main directorate of the emergencies ministry of the region.",
         "The bridge will reopen in May, said the press service of the regional road department.",
         "More than 40 nests of the black stork recorded the employees of the reserve during the survey.",
         "Free tickets to the museum now receive all pensioners of the city.",
         "About 300 seedlings planted the volunteers of the ecological movement on Saturday.",
         "Strongly criticized the plan the residents of the northern district.",
         "Spoke about the new timetable the head of the transport department of the city Ivan Orlov.",
         "Most of all grew the demand for flats in new buildings.",
         "Noticeably rose the number of visitors to the museum.",
         "Grants for the research received more than 30 scientists of the university.",
         "Free invitations received the veterans of labour of the city, the ministry said.",
         "Last weekend the park visited 300 people.",
         "The fire extinguished 40 firefighters.",
         "The first place took the team of Kazan.",
         "The gold medal won Anna Petrova.",
         "Over the summer the match watched 12 thousand fans.",
         "The exhibition has already visited more than 5 thousand people.",
         "In the relay the first place took the team of Udmurtia, the Perm region was second.",
         "The bones in the quarry noticed the driver of the excavator.",
         "The consecration of the bell will hold the metropolitan.",
         "The excavation carried out the palaeontologists of the regional museum.",
         "The theft committed two teenagers from the neighbouring village."],
    good=["The press service of the regional ministry of health reported this.",
          "The verdict acquitted the police officer.",
          "The goal delighted the young fans.",
          "“We regret the delay,” said the press office of the hotel.",
          "The bridge will reopen in May, said the ministry.",
          "The bridge will reopen in May, a spokesman for the regional road department said.",
          "Told about the plan, the mayor of the city called a meeting.",
          "Employees of the reserve recorded more than 40 nests of the black stork.",
          "The bus brought the pupils to school.",
          "The survey found the residents of the district happy with the service.",
          "Here comes the hard part for the residents of the district.",
          "Never have the residents of the district seen such a flood.",
          "Demand for flats in new buildings grew most of all.",
          "Slowly the number of visitors to the museum rose.",
          "Asked about the plan, the head of the transport department said it would wait.",
          "The state bought the company in 2010.",
          "The olympiad gathered 350 schoolchildren from 90 countries.",
          "The ski resort received a record 9,000 visitors over the holidays.",
          "Added to the list were the employees of the council.",
          "Invited to the meeting were the residents of the estate.",
          "Last weekend the park welcomed 300 people.",
          "The school visited the museum on Friday.",
          "The fire killed two firefighters.",
          "The run won the skier a medal.",
          "On Saturday the choir visited 30 veterans at home.",
          "The storm left 300 people without power.",
          "Last year the zoo attracted a record 900,000 people.",
          "The production had won a national theatre prize before the tour.",
          "The physicist from Novosibirsk Elena Markova received the state prize.",
          "The shrine visits Nizhny Novgorod for the first time in 20 years.",
          "The storm caught the fishermen at sea.",
          "The census counted 300 residents.",
          "The search found the missing boy on the second day.",
          "The study examined 500 patients.",
          "The money will help 40 families.",
          "The photo captured the firefighters at work.",
          "The course prepared the volunteers.",
          "The falling tree killed the driver.",
          "The school hired three teachers.",
          "Potters from Skopin won the team award at the festival.",
          "Nearly 3,000 people visited the festival of crafts on Sunday."],
)

FRONTED_ADJECTIVE = rule(
    "MT2511", "fronted-predicate-adjective", "calque",
    summary="“Especially difficult the situation is in the north”: the predicate adjective first, "
            "in Russian order",
    why="Russian may open with the predicate (особенно сложная ситуация в северных районах; "
        "наиболее напряжённой обстановка остаётся на дорогах); MT keeps the adjective first and "
        "puts the copula after the subject. English: “The situation is especially difficult in "
        "the northern districts”.",
    confidence="likely",
    bad=["Especially difficult the situation is in the northern districts.",
         "Most tense the situation remains on the roads of the Amur region.",
         "Particularly popular this year the sea buckthorn was among buyers from Moscow.",
         "Especially acute the shortage of staff remains: the plant lacks 50 workers."],
    good=["The situation is especially difficult in the northern districts.",
          "Hard as the situation is, the farmers keep working.",
          "Such is the situation in the northern districts.",
          "Especially in winter the roads are dangerous.",
          "Most important, the council agreed to fund the repairs.",
          "Great was the joy of the villagers.",
          "Strange the situation is, he said."],
)

SPEAKER_AFTER_VERB = rule(
    "MT2512", "speech-verb-before-long-speaker", "calque",
    summary="“…, declared the deputy governor Sergei Ponomaryov”, “…, stressed the chairman of the "
            "board of the company”, “…, said to RIA Novosti the head of the laboratory”, “…, reported "
            "to the TASS correspondent in the regional library”: a speaker phrase after its speech verb",
    why="Russian closes a report with the speech verb and then the speaker, with the full title, its "
        "genitives and the name, and may put the listener in the dative between them (заявил "
        "заместитель губернатора Сергей Пономарёв; подчеркнул председатель совета директоров "
        "компании; рассказал РИА Новости заведующий лабораторией; сообщили корреспонденту ТАСС в "
        "областной библиотеке). MT keeps the order. English inverts a speaker after a plain clause "
        "with “said”, “added”, “wrote” only, and with nothing between the verb and the speaker "
        "(“…, said Deputy Governor Sergei Ponomaryov”); any other speech or opinion verb, or a "
        "listener or a phrase between, is Russian order: “Deputy Governor Sergei Ponomaryov said”, "
        "“the regional library told TASS”; so is “told” with no listener at all after a whole clause "
        "(“…, told the head of the farm”: рассказал глава хозяйства), the parse confirming the clause. "
        "One mechanism over data: the verbs "
        "(calque_speech_inversion_verbs.txt, “native” ones marked), the speaker heads (titles, "
        "doers and speaking bodies: calque_speaker_titles.txt, calque_agent_nouns.txt, "
        "calque_speaking_bodies.txt, titles.txt, and the institutions that are places or enterprises: "
        "calque_source_places.txt), the listeners (outlets.txt, outlets_world.txt, "
        "correspondents, journalists, the agency); the speaker phrase, of any length, with its of-chain "
        "and a name (also set off by a comma or a dash after the of-chain: “…, reported the organiser of the "
        "festival, producer Denis Shelestov”), a quoted name or a number (“the foundry “Vera””, “the school "
        "number 5”), closes the sentence. Spared: inversion after a quote (““…,” noted the mayor”), a "
        "capitalised title with no article (“…, announced Deputy Governor X”), a speaker set off by a "
        "comma (“…, noted Irina Kotova, an analyst at Finam”), a verb inside the sentence (“…, noted "
        "the head of the district, is ready”).",
    confidence="likely",
    bad=["Wells in 40 villages will be cleaned this summer, declared the deputy governor Sergei Ponomaryov.",
         "The dividends will be paid in June, stressed the chairman of the board of directors of the company.",
         "No one was hurt in the fire, assured the head of the regional emergencies directorate.",
         "The case has been sent to court, stated the prosecutor's office of the Kirov region.",
         "More than 5,000 guests are expected, noted the organizers of the festival.",
         "The rouble will weaken by spring, believes the chief analyst of the bank Ivan Petrov.",
         "The tram line will open in December, informed the agency the deputy head of the city transport department.",
         "The samples were sent to Moscow, said to RIA Novosti the head of the laboratory.",
         "A mobile clinic has begun to visit remote villages, reported to the TASS correspondent in the regional hospital.",
         "The exhibition will stay open until March, clarified in a conversation with the correspondent the deputy director of the museum.",
         "The governor will visit the plant in May, recalled the press secretary of the governor.",
         "The choir will tour Serbia, noted the artistic director and chief conductor of the choir Oleg Rudin.",
         "The fair has opened, reported to the correspondent of “Kama Today” in the city trade committee.",
         "The bell will be cast by December, reported the foundry “Vera”.",
         "The museum will stay open late on Friday, reported the director of the museum of local lore, Olga Sedova.",
         "The festival will open on Friday, reported the organiser of the festival, producer Ivan Orlov.",
         "The pool will reopen after repairs, informed the sports complex “Olymp”.",
         "The queues at the crossing grew to a day, complained the chairman of the association of carriers.",
         "Nobody will lose their job, vowed the director of the plant Pavel Gromov.",
         "The cows are milked twice a day, told the head of the dairy.",
         "The lift will run until April, tells the director of the ski base.",
         "The hens lay all winter, told the keeper of the poultry yard.",
         "The forge takes six students a year, told Tikhomirov.",
         "The hens lay all winter, explained one of the volunteers."],
    good=["Wells in 40 villages will be cleaned this summer, said Deputy Governor Sergei Ponomaryov.",
          "Wells in 40 villages will be cleaned this summer, Deputy Governor Sergei Ponomaryov said.",
          "“We are ready,” noted the chairman of the board of directors.",
          "The dividends will be paid in June, said the chairman of the board.",
          "The lynx population grew by a fifth, reports the Siberian Pravda news agency.",
          "The rouble will weaken, noted Ivan Petrov, the chief analyst of the bank.",
          "The talks were useful, announced Foreign Minister Sergei Lavrov.",
          "The plan, noted the head of the district, is ready.",
          "The mayor opened the bridge and thanked the head of the district.",
          "The minister called the hospital and informed the head of the clinic.",
          "The bridge will reopen in May, added the mayor.",
          "The museum will reopen in May, she told the agency in the regional library.",
          "The choir will tour Serbia, said the choir's director and conductor, Oleg Rudin.",
          "Sales slowed, Peter Oppenheimer, the chief financial officer, said during a call with analysts Tuesday.",
          "The storm hit the coast, noted the station’s chief, John Smith.",
          "The bridge was unsafe, remarked the engineer.",
          "The hotel will reopen in May, confirmed the owner, Anna Petrova, who bought it last year.",
          "The festival will open on Friday, said the organiser of the festival, producer Ivan Orlov.",
          "Simon Jones, prosecuting, told the court.",
          "Prices will rise, Ivan Petrov, the chief analyst of the bank, told the agency.",
          "Anna Webb, who runs the dairy, told the agency.",
          "He resigned in May, told the board.",
          "The plant will close in May, told Reuters.",
          "Anna Webb, who runs the dairy, told Petrov."],
)

_AGENTS = tuple(longest_first((e.casefold() for e in entries_of("calque_agent_nouns.txt"))))
_AGENT = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in _AGENTS)
_AGENT_SET = frozenset(_AGENTS)  # membership for _is_agent, per token
_SPEECH = (r"informed|reported|told|said|stated|announced|noted|explained|stressed|emphasi[sz]ed|added|"
           r"commented|confirmed|clarified|specified|recalled|warned|wrote|declared|assured|"
           r"pointed\s+out|summed\s+up")
_SPEECH_CAP = "|".join(a[0].upper() + a[1:] for a in _SPEECH.split("|"))
_LISTENER = (r"(?:(?:to\s+)?(?:journalists|reporters|correspondents|the\s+press|RIA\s+Novosti|TASS|Interfax|"
             r"Izvestia|Kommersant|RBC|Vedomosti)\s+)")
_DET = (r"(?:the|all|most|many|some|several|both|\d[\d,.]*|(?:about|over|almost|nearly|more\s+than|"
        r"at\s+least)\s+\d[\d,.]*)")
# an of-chain: "of the regional sports department", "of the national park Smolenskoye Poozerye"
_CHAIN = r"(?:\s+(?:of|for|on|at|in)\s+(?:the\s+)?[\p{L}\d''’-]+(?:[ \t]+[\p{L}\d''’-]+){0,14}?)"
_END = r"(?=[ \t]*[.!](?:\s|$)|[ \t]*$|,[ \t]+(?:who|which|where)\b)"
_NOT_MOD = r"(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|by|and|or|that|which|who)\b)"
_NP = rf"{_DET}\s+(?:{_NOT_MOD}[\p{{L}}\d-]+\s+){{0,4}}?(?:{_AGENT})\b"
_PERSON = "|".join(longest_first((re.escape(p) for p in person_heads() if p.isalpha())))
_PERSON_NP = rf"the\s+(?:{_NOT_MOD}[\p{{L}}\d-]+\s+){{0,4}}?(?:{_PERSON})\b"
_SENT_START = r"(?:(?<=^)|(?<=[.!?…]\s)|(?<=[.!?…][”\"’»)]\s)|(?<=\n))"

# the verb opens the sentence: "Informed about this the press service of …"
_VERB_FIRST = regex.compile(
    rf"{_SENT_START}(?P<span>(?:{_SPEECH_CAP})\s+(?:(?:about|of|on)\s+(?:this|it|that)\s+|"
    rf"(?:this|it|so)\s+)?{_LISTENER}?(?i:{_NP}|{_PERSON_NP})(?:{_CHAIN}|\s+\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+){{1,2}}))"
    rf"{_END}", regex.V1)
# any past verb first, its object or phrase, then the doer closing the sentence: "Sharply
# criticized the project the residents of the district", "Told about the plans the chairman of …"
_PAST = r"(?:\p{Lu}\p{Ll}+ed|Told|Said|Wrote|Made|Took|Gave|Brought|Found|Sent|Held|Built|Sold|Bought|Spoke|Chose|Saw|Won|Caught|Put|Set|Left|Lost|Paid|Led|Drew|Threw|Grew|Rose|Fell)"
_VERB_FIRST_LONG = regex.compile(
    rf"{_SENT_START}(?P<span>(?:\p{{Lu}}\p{{Ll}}+ly\s+(?i:{_PAST})|{_PAST})\s+(?![Bb]y\b)(?:(?!\b(?:was|were|is|are|be|been|being|has|have|had|will|would|by)\b)[^,;:.!?\n“”\"«»()]){{2,90}}?\s+"
    rf"(?i:{_NP}|{_PERSON_NP})(?:{_CHAIN}|\s+\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+){{1,2}}))"
    rf"{_END}", regex.V1)
# an adverb of degree and a verb of change first, then the subject: "Most of all grew the demand",
# "Noticeably rose the number of weddings" (больше всего вырос спрос; заметно выросло число)
_CHANGE_FIRST = regex.compile(
    rf"{_SENT_START}(?P<span>(?:Most\s+of\s+all|Most|More\s+than\s+others|Least\s+of\s+all|\p{{Lu}}\p{{Ll}}+ly)\s+"
    rf"(?:grew|rose|increased|decreased|declined|fell|dropped|jumped|soared|shrank|slumped|plunged|went\s+up|"
    rf"went\s+down|suffered|changed|improved|worsened|deteriorated|lagged|lost|gained|benefited|benefitted)"
    rf"\s+(?:the|demand|prices|sales|exports|imports|output|production|interest|costs|incomes|wages|salaries)\b"
    rf"[^,;:.!?\n]{{0,80}}?){_END}", regex.V1)
# the verb after a clause and a comma: ", said the press service of the regional sports department"
_VERB_AFTER_CLAUSE = regex.compile(
    rf"(?<![”\"’»][ \t]?),[ \t]+(?P<span>(?:{_SPEECH})\s+{_LISTENER}?the\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?(?:{_AGENT})"
    rf"\s+(?:of|for)\s+the\s+(?:[\p{{Ll}}-]+\s+){{1,6}}?[\p{{Ll}}-]+(?:\s+(?:of|for|on)\s+(?:the\s+)?"
    rf"(?:[\p{{Ll}}-]+\s+){{0,4}}?[\p{{Ll}}-]+)*){_END}", regex.V1)
# a candidate for the object-first order: an agentive verb, then a doer
_AGENTIVE = "|".join(longest_first(folded_words("calque_agentive_verbs.txt")))
# MT2510's object-first order with a verb whose subject is a doer (calque_doer_verbs.txt): "Last
# weekend the park visited 300 people", "The fire extinguished 40 firefighters", "The first place
# took the team of Kazan"; the object is any person noun, a count of people or a group
_DOER_ROWS = {r[0].casefold(): (r[1] if len(r) > 1 else "") for r in rows("calque_doer_verbs.txt")}
_DOER_VERB = "|".join(longest_first((re.escape(v) for v in _DOER_ROWS)))
_PERSON_NOUNS = frozenset(folded_words("person_nouns.txt"))
_PERSON_WORD = "|".join(longest_first({re.escape(w) for w in _PERSON_NOUNS if w.isalpha()}
                               | {re.escape(a) for a in _AGENTS if a.isalpha()}))
_DOER_CANDIDATE = regex.compile(
    rf"(?<=[\p{{L}}\d])\s+(?:(?:now|also|already|annually|traditionally|usually|again|will|may|can|could|would)\s+){{0,2}}"
    rf"(?P<verb>{_DOER_VERB})\s+(?:[\p{{L}}\d,.'’-]+\s+){{0,6}}?(?i:(?:{_PERSON_WORD})(?:s|es)?|people|persons|"
    rf"\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}\p{{Ll}}+)\b", regex.V1)
# the subject of a "prize" verb: the place, the prize, the title (первое место заняла; кубок выиграл)
_PRIZES = frozenset({"place", "prize", "medal", "cup", "title", "award", "victory", "trophy", "gold", "silver",
                     "bronze", "grant", "diploma", "championship", "first", "second", "third", "podium",
                     "palm", "belt", "crown", "bonus", "scholarship", "tournament", "competition", "contest", "race",
                     "marathon", "match", "final", "stage", "sprint", "relay", "olympiad", "cup", "regatta"})
_PEOPLE = frozenset({"people", "person", "persons", "man", "men", "woman", "women", "child", "children",
                     "resident", "visitor", "guest", "spectator", "fan", "tourist", "viewer"})
_PLACES = frozenset(e.casefold() for e in entries_of("calque_source_places.txt") if " " not in e)
_GROUPS = (frozenset(folded_words("organisation_nouns.txt")) | {"delegation", "crew", "brigade", "squad", "class",
           "family", "families", "couple", "band", "choir", "orchestra", "troupe", "ensemble", "expedition"})
_OBJECT_FIRST = regex.compile(
    rf"(?<=[\p{{L}}\d])\s+(?:(?:now|also|already|annually|traditionally|usually|again|will|may|can|could|would)\s+){{0,2}}"
    rf"(?P<verb>{_AGENTIVE})\s+{_DET}\s+(?:[\p{{L}}\d,-]+\s+){{0,4}}?(?:{_AGENT})\b", regex.V1)

_ADJ_OPENING = regex.compile(
    rf"{_SENT_START}(?P<span>(?:(?:Especially|Particularly|Most|More|Even\s+more|Very|Extremely|Quite|Rather|"
    rf"Much\s+more|Far\s+more|Less|No\s+less|Somewhat|Slightly|Still\s+more|Equally|Highly|Increasingly|"
    rf"Critically|Relatively)\s+)?(?P<adj>\p{{L}}[\p{{Ll}}-]+)\s+(?:(?:this|last|in\s+\d{{4}})\s+(?:year|week|month|"
    rf"season|summer|winter|spring|autumn)?\s*)?(?P<det>the|this|these|its|their|our|such)\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?"
    rf"(?:is|was|are|were|remains|remained|has\s+become|have\s+become|became|will\s+be|turned\s+out|proved|"
    rf"stays|stayed|seems|seemed|looks|looked))(?=\s+(?:in|on|at|for|with|among|near|around|along|across|"
    rf"now|today|still|currently|also|this|last|so\s+far|from|between|within|during)\b|\s*[.,;:])", regex.V1)
_NOT_ADJ = {"only", "just", "even", "also", "still", "now", "here", "there", "next", "last", "first", "second",
            "third", "then", "thus", "so", "sure", "much", "more", "most", "all", "both", "each", "every", "such",
            "what", "how", "why", "when", "where", "whether", "if", "as", "since", "because", "though", "while",
            "after", "before", "once", "until", "unless", "yet", "but", "and", "or", "nor", "not", "no", "never",
            "ever", "always", "often", "soon", "later", "earlier", "today", "meanwhile", "besides", "instead"}
_CLAUSE_END_PREPS = {"during", "in", "at", "on", "over", "since", "throughout", "within", "after", "before",
                     "from", "near", "across", "around", "this", "last", "for"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
_BODIES = folded_words("calque_apposition_bodies.txt") | {"state", "city", "region", "country", "government", "council"}


# MT2512: a speech verb after a clause, an optional listener or phrase, then a speaker phrase of any
# length closing the sentence: "…, declared the deputy governor Sergei Ponomaryov"
# the listed verbs, and every verb of saying WordNet knows (quotative_verbs_clausal.txt, built by
# scripts/build_quotative_verbs.py: complained, underlined, confessed, objected, vowed); of those,
# the ones English inverts after a quote (quotative_verbs_english.txt: remarked, observed) are native
_ENGLISH_INVERTING = folded_words("quotative_verbs_english.txt")
_SPEECH_ROWS = rows("calque_speech_inversion_verbs.txt") + tuple(
    (f, "native") if f in _ENGLISH_INVERTING else (f,) for f in sorted(folded_words("quotative_verbs_clausal.txt")))
_NATIVE_SPEECH = frozenset(r[0] for r in _SPEECH_ROWS if len(r) > 1 and r[1] == "native")
_SPEECH_ALL = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted({r[0] for r in _SPEECH_ROWS}, key=lambda v: -len(v)))
_HEADS = longest_first({e.casefold() for e in entries_of("calque_speaker_titles.txt")}
                | {e.casefold() for e in entries_of("calque_agent_nouns.txt")}
                | {e.casefold() for e in entries_of("calque_speaking_bodies.txt")}
                | {e.casefold() for e in entries_of("calque_source_places.txt")}
                | {p for p in person_heads() if p.isalpha() or " " in p or "-" in p})
_HEADS = longest_first(set(_HEADS) | {h[:-3] + "y" if h.endswith("ies") else h[:-1] for h in _HEADS
                               if h.endswith("s") and not h.endswith(("ss", "us", "ics")) and len(h) > 4})  # the singular of a plural doer: "specialists" -> "specialist"
_HEAD = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in _HEADS)
_OUTLET_NAMES = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in longest_first(
    set(entries_of("outlets.txt")) | set(entries_of("outlets_world.txt"))))
_STOP = (r"(?:that|which|who|whom|whose|and|or|but|said|says|told|was|were|is|are|be|been|being|has|have|had|"
         r"will|would|could|should|can|may|might|must|did|does|do|by|to|the|a|an|this|these|those|it|its|he|she|"
         r"they|we|i|his|her|their|not|no|as|if|when|while|because|after|before|since|so|than|then)\b")
_WORD = rf"(?!{_STOP})[\p{{L}}\d'’.«»\"“”-]+"
_CAPS_NAME = r"\p{Lu}[\p{L}\d.-]*(?:[ \t]+\p{Lu}[\p{L}\d.-]*){0,3}"
_QUOTED_NAME = r"[“\"«„][^”\"»“\n]{1,40}[”\"»“]"
_MEDIA = (r"news\s+agency|agency|newspaper|publication|edition|portal|TV\s+channel|channel|website|"
          r"radio\s+station|radio|broadcaster|magazine|outlet")
_LISTENER2 = (rf"(?:to\s+)?(?:(?:the\s+|a\s+|an\s+)?(?:(?:{_OUTLET_NAMES})\s+)?(?:own\s+|special\s+)?"
              rf"(?:correspondents?|reporters?|journalists?)(?:\s+of\s+(?:the\s+)?(?:{_OUTLET_NAMES}|(?:{_MEDIA})"
              rf"(?:\s+{_CAPS_NAME}|\s+{_QUOTED_NAME})?|{_CAPS_NAME}|{_QUOTED_NAME}))?|(?:{_OUTLET_NAMES})|the\s+press(?!\s+(?:service|office|secretary|centre|center|attach))|the\s+media|"
              rf"(?:the\s+)?(?:{_MEDIA})(?:\s+{_CAPS_NAME}|\s+{_QUOTED_NAME})?)")
_PHRASE2 = (rf"(?:at|in|during|on|after|following|via|with|over|before)\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
            rf"(?:(?:{_WORD}|the|a|an)\s+){{0,8}}?")
_DET2 = r"(?:the|a|an|one\s+of\s+the|its|their|all|many|several|some|both|most|other)"
_CHAIN2 = (rf"(?:\s+(?:of|for|at|in|on|under|with|from|near)\s+(?:(?:the|a|an)\s+)?(?:{_WORD}\s+){{0,6}}?{_WORD}){{0,4}}?")
_NAME2 = r"(?:\s+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2})?"
# a numbered institution ("the school number 5") and its quoted name ("the foundry “Vera”")
_NUMBER2 = r"(?:\s+(?:number|No\.?|№)\s*\d+)?"
_QUOTED2 = rf"(?:\s+{_QUOTED_NAME})?"
# the speaker's name set off after the Russian-order title: "…, reported the organiser of the
# festival, producer Denis Shelestov" (сообщил организатор фестиваля, продюсер Денис Шелестов),
# "… of the theatre — People's Artist of Russia Ivan Petrov"; it closes the sentence
_APPOSED2 = (r"(?P<appos>(?:,|[ \t]+[—–])[ \t]+(?:[\p{L}'’-]+[ \t]+){0,6}?\p{Lu}\p{Ll}+[ \t]+\p{Lu}\.?[\p{Ll}'’-]*"
             r"(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)?")
# two titles of one speaker: "the artistic director and chief conductor of the orchestra"
_AND_HEAD = rf"(?:\s+and\s+(?:{_WORD}\s+){{0,2}}?(?i:(?:{_HEAD})(?:s|es)?)(?![\p{{L}}\d'’-]))?"
_SPEAKER2 = (rf"(?:(?i:{_DET2})\s+(?:{_WORD}\s+){{0,4}}?(?i:(?:{_HEAD})(?:s|es)?)|(?=\p{{Ll}})(?:{_WORD}\s+){{0,3}}?"
             rf"(?:{_HEAD})(?:s|es)?)(?![\p{{L}}\d'’-]){_AND_HEAD}{_NUMBER2}{_QUOTED2}{_CHAIN2}{_NAME2}{_APPOSED2}")
_END2 = r"(?=[ \t]*[.!;](?:\s|$)|[ \t]*$|,[ \t]+(?:who|which|where)\b)"
_SPEAKER_AFTER = LazyPattern(
    rf"(?<![”\"’»][ \t]?)(?<=[\p{{L}}\d)%»”\"]),[ \t]+(?P<span>(?P<verb>{_SPEECH_ALL})\s+(?P<mid>(?:{_LISTENER2}\s+)?"
    rf"(?:{_PHRASE2})?)(?P<who>{_SPEAKER2})){_END2}", regex.V1)
# the subjectless report with a listener: "…, reported to the TASS correspondent in the regional
# library" (сообщили корреспонденту ТАСС в областной библиотеке)
_LISTENER_IN = LazyPattern(
    rf"(?<![”\"’»][ \t]?)(?<=[\p{{L}}\d)%»”\"]),[ \t]+(?P<span>(?P<verb>{_SPEECH_ALL})\s+(?P<mid>{_LISTENER2})\s+"
    rf"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)?in\s+the\s+(?:{_WORD}\s+){{0,8}}?{_WORD}){_END2}",
    regex.V1)
# the two above and _FIRST_HEAD hold every speaker head and outlet (a quarter of a CPU-second to
# compile): compiled at their first use, after this prefilter found ", <speech verb> " in a sentence
_SPEECH_PREFILTER = regex.compile(rf",[ \t]+(?:{_SPEECH_ALL})\s", regex.V1)


# a preposition right before the doer: it is that preposition's object ("with analysts")
_OBJECT_OF = regex.compile(r"\b(?:with|to|for|from|at|by|among|before|between)\s+$", regex.V1)
_FIRST_HEAD = LazyPattern(rf"(?i:(?:{_HEAD})(?:s|es)?)(?![\p{{L}}\d'’-])", regex.V1)


def _hearer_not_speaker(sent: str, start: int, end: int) -> bool:
    """The doer the match took for the speaker is the object of a preposition: right after one
    ("…, said in a call with analysts") or after one inside its own words ("teleconference call
    with analysts"): someone spoken to, not the speaker, who stands before the verb."""
    head = _FIRST_HEAD.search(sent, start, end)
    if head is None:
        return False
    return _OBJECT_OF.search(sent[:head.start()]) is not None


_ENGLISH_OUTLET = LazyPattern(
    r"(?:the\s+)?\p{Lu}[\p{L}\d.-]*(?:\s+\p{Lu}[\p{L}\d.-]*){0,3}\s+(?:(?:news|information|state)\s+)?"
    r"(?:agency|newspaper|channel|portal|website|magazine|broadcaster|outlet|radio\s+station)$", regex.V1)


def _speaker_after_verb(sent: str):
    """(start, end) in `sent` of "declared the deputy governor Sergei Ponomaryov" after a clause, or None."""
    m0 = _SPEECH_PREFILTER.search(sent)
    if m0 is None or len(sent) - m0.start() > 300:
        return None
    for pattern in (_LISTENER_IN, _SPEAKER_AFTER):
        m = pattern.search(sent, m0.start())
        if m is None:
            continue
        verb = regex.sub(r"\s+", " ", m.group("verb"))
        bare_told = verb in _TOLD and not m.group("mid").strip()
        if verb in _NATIVE_SPEECH and not m.group("mid").strip() and not bare_told:
            continue  # "…, said the head of the department": English inversion
        if m.groupdict().get("appos"):
            title = sent[m.start("who"):m.start("appos")]
            if regex.search(r"\w['’]s\b", title) or not regex.search(r"\s(?:of|for|at)\s|[“\"«]", title):
                continue  # "…, noted the station's chief, John Smith", "confirmed the owner, Anna
                # Petrova": an English title set off by a comma; the Russian one has its of-chain
        if "who" in m.groupdict() and _ENGLISH_OUTLET.match(m.group("who")):
            continue  # "…, reports the Pravda news agency": the outlet's name before its media noun,
            # the English order (the Russian one is "the news agency Pravda")
        if "who" in m.groupdict() and _hearer_not_speaker(sent, m.start("who"), m.end("who")):
            continue  # "X, Apple's finance chief, said during a call with analysts": the
            # doer is the object of the phrase's preposition, a hearer; the speaker came before
        return m.start("span"), m.end("span"), bare_told
    return None


# "told" with no listener: English inverts "said" after a plain clause, never "told", which wants
# its listener ("…, told the head of the farm": рассказал глава хозяйства). The parse confirms the
# clause before the comma is a whole clause, so that "Smith, prosecuting, told the court" and
# "Jones, who runs the farm, told the agency" (the speaker before the verb) stay quiet.
_TOLD = frozenset({"told", "tells"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# "told" (or a speech verb English does not invert) and a noun phrase closing the sentence: the
# speaker phrase of any person noun ("…, told the keeper of the zoo", "explained one of the
# volunteers"); the parse checks the clause before it and that the phrase's head is a person
# (WordNet's doers), so the speaker heads need not be listed
_NON_NATIVE = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(
    {r[0] for r in _SPEECH_ROWS} - _NATIVE_SPEECH, key=lambda v: -len(v)))
_TOLD_ANY = regex.compile(
    rf"(?<![”\"’»][ \t]?)(?<=[\p{{L}}\d)%»”\"]),[ \t]+(?P<span>(?:told|tells|{_NON_NATIVE})\s+(?:one\s+of\s+)?(?:the|a|an)\s+"
    r"[\p{Ll}'’-]+(?:\s+(?!(?:that|which|who|and|or|but|to|about)\b)[\p{L}\d'’-]+){0,8}?)(?=[ \t]*[.!;](?:\s|$)|[ \t]*$)",
    regex.V1)


# "told" and a person's name closing the sentence: "…, told Konovalov", "…, told Ivan Konovalov"
_TOLD_NAME = regex.compile(
    rf"(?<![”\"’»][ \t]?)(?<=[\p{{L}}\d)%»”\"]),[ \t]+(?P<span>(?:told|tells|{_NON_NATIVE})\s+"
    r"(?P<name>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}))(?=[ \t]*[.!;](?:\s|$)|[ \t]*$)",
    regex.V1)


def _person_named(doc, name: str) -> bool:
    """A name that is a person's: a known first name or a Russian surname's gendered ending
    (_people.name_gender), or a surname the text wrote after a first name before."""
    from mtaudit.detectors._people import introduced_surnames, name_gender

    return bool(name_gender(name)) or name.split()[-1] in introduced_surnames(doc)


def _doer_after_told(parsed, start: int, end: int) -> bool:
    """The first noun after "told" in [start, end) (document offsets) is a person: a noun WordNet's
    most frequent sense makes a doer (calque_order_words.tsv), not an object or a place."""
    classes = _order_classes()
    for t in parsed.doc:
        off = parsed.offset(t)
        if off <= start or off >= end or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.lower_ in ("one",):
            continue
        return "doer" in classes.get(t.lemma_.lower(), classes.get(t.lower_, ()))
    return False


def _clause_before_told(parsed, told_offset: int) -> bool:
    """True when "told" at document offset `told_offset` has no subject of its own and the stretch
    between the comma before it and the comma (or the sentence start) before that holds a finite
    verb with its own subject, outside a relative clause: a whole clause, the report; the speaker
    after "told" is then its subject in Russian order."""
    told = parsed.token_at(told_offset)
    if told is None or told.i < 2 or told.doc[told.i - 1].text != ",":
        return False
    if any(c.dep_ in _SUBJECT_DEPS and c.i < told.i and c.i > told.i - 4 for c in told.children):
        return False
    sent = told.doc
    start = told.i - 1
    while start > 0 and sent[start - 1].text not in (",", ";", ":", "—", "–"):
        start -= 1
    segment = sent[start:told.i - 1]
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in segment):
        return False  # "Jones, who runs the farm, told …": a relative clause on the speaker before
    for t in segment:
        if t.tag_ in _FINITE_TAGS and t.dep_ not in ("relcl", "acl", "amod"):
            subjects = [c for c in t.children if c.dep_ in _SUBJECT_DEPS] + (
                [c for c in t.head.children if c.dep_ in _SUBJECT_DEPS] if t.dep_ in ("aux", "auxpass") else [])
            if any(c.lower_ in _PERSON_PRONOUNS for c in subjects):
                return False  # "He resigned in May, told the board": one person's verbs in a row
            if subjects:
                return True
    return False


_PERSON_PRONOUNS = frozenset({"he", "she", "i", "we", "you"})


def _is_agent(token) -> bool:
    words_ = {token.lower_, token.lemma_.lower()}
    if words_ & _AGENT_SET or any(w in person_heads() for w in words_) or words_ & _BODIES:
        return True
    two = f"{token.nbor(-1).lower_} {token.lower_}" if token.i > 0 else ""
    return two in _AGENT_SET


def _in_quote(text: str, start: int) -> bool:
    before = text[:start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


class InvertedSubjectDetector:
    name = "calques-inverted-subject"
    rules = (INVERTED_SUBJECT, FRONTED_ADJECTIVE, SPEAKER_AFTER_VERB)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        parse_for_object: list = []
        parse_for_adj: list = []
        parse_for_any: list = []
        told_checks: list = []
        for s in doc.sentences:
            sent = text[s.start:s.end]
            if not sent.rstrip().endswith((".", "!", ".”", '."', ".»")):
                continue  # headlines, fragments, questions
            hit = None
            for pattern in (_VERB_FIRST, _VERB_FIRST_LONG, _CHANGE_FIRST, _VERB_AFTER_CLAUSE):
                m = pattern.search(sent)
                if m is not None and not _in_quote(sent, m.start("span")):
                    hit = (s.start + m.start("span"), s.start + m.end("span"))
                    break
            if hit is None:
                local = _speaker_after_verb(sent)
                if local is not None and local[2] and not _in_quote(sent, local[0]):
                    # "…, told the head of the farm": the parse asks whether a whole clause precedes
                    told_checks.append((s, s.start + local[0], s.start + local[1], False))
                elif local is None and (m := _TOLD_ANY.search(sent)) is not None and not _in_quote(sent, m.start("span")):
                    # "…, told the keeper of the zoo": any person noun (WordNet's doers), the parse decides
                    told_checks.append((s, s.start + m.start("span"), s.start + m.end("span"), True))
                elif local is None and (m := _TOLD_NAME.search(sent)) is not None \
                        and not _in_quote(sent, m.start("span")) and _person_named(doc, m.group("name")):
                    # "…, told Konovalov": a person's name, the parse asks whether a whole clause precedes
                    told_checks.append((s, s.start + m.start("span"), s.start + m.end("span"), False))
                elif local is not None and not _in_quote(sent, local[0]):
                    a, b = s.start + local[0], s.start + local[1]
                    phrase = text[a:b].rstrip(" \t.;!")
                    yield SPEAKER_AFTER_VERB.finding(
                        doc, a, a + len(phrase),
                        f"“{phrase}” puts the speaker after the speech verb, in Russian order (заявил "
                        f"заместитель губернатора Сергей Пономарёв; сообщили корреспонденту ТАСС в "
                        f"библиотеке); English names the speaker first (“Deputy Governor Sergei "
                        f"Ponomaryov said”, “the library told TASS”)")
                    continue
            if hit is not None:
                phrase = text[hit[0]:hit[1]].rstrip()
                yield INVERTED_SUBJECT.finding(
                    doc, hit[0], hit[0] + len(phrase),
                    f"“{phrase}” puts the doer after its verb, in Russian order (об этом сообщила "
                    f"пресс-служба администрации); English names the doer first (“the "
                    f"administration’s press service reported this”)")
                continue
            if _OBJECT_FIRST.search(sent) or _DOER_CANDIDATE.search(sent):
                parse_for_object.append(s)
            if _any_candidate(sent):
                parse_for_any.append(s)
            if _ADJ_OPENING.search(sent):
                parse_for_adj.append(s)
        if told_checks:
            for (s, a, b, doer), parsed in zip(told_checks, ctx.syntax.parse_many(doc, [Span(c[0].start, c[0].end) for c in told_checks])):
                if _clause_before_told(parsed, a) and (not doer or _doer_after_told(parsed, a, b)):
                    phrase = text[a:b].rstrip(" \t.;!")
                    yield SPEAKER_AFTER_VERB.finding(
                        doc, a, a + len(phrase),
                        f"“{phrase}” puts the speaker after “told”, which has no listener: Russian order "
                        f"(рассказал глава хозяйства); English names the speaker first and says “said” "
                        f"(“the head of the farm said”)")
        todo = {(s.start, s.end): s for s in parse_for_object + parse_for_adj + parse_for_any}
        listed = {(s.start, s.end) for s in parse_for_object}
        any_verb = {(s.start, s.end) for s in parse_for_any}
        if not todo:
            return
        spans = [Span(a, b) for a, b in sorted(todo)]
        for parsed in ctx.syntax.parse_many(doc, spans):
            sent = parsed.doc
            key = (parsed.start, parsed.end)
            hit = _object_first(sent) if key in listed else None
            if hit is None and key in any_verb:
                hit = _object_first_any(sent)
            if hit is not None:
                verb, last = hit
                start, end = parsed.offset(verb), parsed.end_offset(last)
                comma = _clause_comma(text, start, end)
                if comma > start:
                    end = comma  # "… the couples from Tula, where …": the doer, not its relative clause
                phrase = text[start:end]
                yield INVERTED_SUBJECT.finding(
                    doc, start, end,
                    f"“{phrase}” puts the doer after its verb and the object before it, in Russian "
                    f"order (гнёзда насчитали орнитологи; питание получают все ученики); English "
                    f"names the doer first (“the ornithologists counted …”)")
                continue
            m = _ADJ_OPENING.search(sent.text)
            if m is not None and _adjective_first(sent, m):
                first = sent[0]
                base = parsed.offset(first) - first.idx
                start, end = base + m.start("span"), base + m.end("span")
                yield FRONTED_ADJECTIVE.finding(
                    doc, start, end,
                    f"“{text[start:end]}” puts the predicate adjective before its subject, in Russian "
                    f"order; English: “the … {m.group(0).split()[-1]} {m.group('adj')} …”")


def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma in [start, end) that is not a thousands separator ("6,800 tourists"), or -1."""
    for m in re.finditer(",", text[start:end]):
        i = start + m.start()
        if not (i > 0 and text[i - 1].isdigit() and i + 1 < len(text) and text[i + 1].isdigit()):
            return i
    return -1


def _adjective_first(sent, m) -> bool:
    adj = m.group("adj")
    if adj.lower() in _NOT_ADJ or adj.lower().endswith("ly"):
        return False
    if m.start("adj") > m.start("span"):
        return True  # a degree word first ("Especially acute the …"): the tagger may read a verb
    if regex.match(r"\s*[.,;:]", sent.text[m.end("span"):]):
        return False  # "Strange the situation is, he said": a bare adjective needs its phrase after
    tok = next((t for t in sent if t.idx == m.start("adj")), None)
    if tok is None:
        return False
    return tok.tag_ in ("JJ", "JJR", "JJS") or tok.pos_ == "ADJ"


def _is_prize(token) -> bool:
    """A place, a prize or a title: the subject a "took/won/received" never hosts."""
    return token.lemma_.lower() in _PRIZES or token.lower_ in _PRIZES


def _is_group(token) -> bool:
    """A person, a group of people or an organisation that is not a place: who may visit."""
    words_ = {token.lower_, token.lemma_.lower()}
    if words_ & _PLACES:
        return False
    return bool(words_ & (_PERSON_NOUNS | _GROUPS | _AGENT_SET) or any(w in person_heads() for w in words_))


def _is_person(token, named: bool = False) -> bool:
    """A person or people as the object: a person noun, a count of people, a first and last name,
    a group; not a place or an institution that is one ("the museum")."""
    words_ = {token.lower_, token.lemma_.lower()}
    if words_ & _PLACES:
        return False
    if words_ & (_PERSON_NOUNS | _PEOPLE) or _is_agent(token):
        return True
    # a first name and a surname ("won Anna Petrova"); "visits Nizhny Novgorod" is a place
    # after a prize or a place any two-word name ("took the American Hikaru Nakamura")
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and (c.text in first_names() or (
        named and c.pos_ == "PROPN")) for c in token.children)


def _object_first(sent):
    """(verb, last token of the doer) for "… nests counted the ornithologists of the park",
    "Free meals now receive all pupils of the first grades": an agentive root verb whose subject
    stands before it and is no doer, and whose object after it is a doer that closes the clause."""
    agentive = folded_words("calque_agentive_verbs.txt")
    for verb in sent:
        kind = _DOER_ROWS.get(verb.lower_)
        if verb.pos_ != "VERB" or (verb.lower_ not in agentive and kind is None):
            continue
        if verb.dep_ not in ("ROOT", "conj") and not (verb.dep_ == "ccomp" and (
                verb.i < verb.head.i or verb.head.pos_ not in ("VERB", "AUX"))) and not (
                verb.dep_ == "advcl" and verb.i < verb.head.i and not any(c.dep_ == "mark" for c in verb.children)):
            continue  # a clause reported after it ("…, the ministry said") is read as its own sentence;
            # "In the team competition the first place took …": the parser hangs the clause on the phrase
        kids = list(verb.children)
        if any(c.dep_ in ("aux", "auxpass") for c in kids):
            if not any(c.dep_ == "aux" and (c.tag_ == "MD" or (kind is not None and c.lemma_ == "have"))
                       for c in kids) or any(c.dep_ == "auxpass" for c in kids):
                continue
        if kind is not None and any(c.dep_ == "dative" for c in kids):
            continue  # "The run won the skier a medal": the person is the one it is won for
        subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
        if len(subj) != 1 or subj[0].i > verb.i:
            continue
        s = subj[0]
        if s.pos_ in ("PRON", "PROPN") or s.tag_ in ("PRP", "WP", "WDT", "EX"):
            continue
        if kind == "prize" and not _is_prize(s):
            kind = None  # "The bus took the pupils", "The resort received visitors": a host
            if any(c.dep_ == "aux" and c.tag_ != "MD" for c in kids):
                continue  # "The production had won a theatre prize"
        if s.lower_ in _PEOPLE or s.lemma_.lower() in _PEOPLE or "doer" in _noun_class(s):
            continue  # "About 8,000 people visited the festival": people, or a noun WordNet makes a
            # doer, before the verb are its subject in English order, whatever the object is
        if kind == "visit":
            if _is_group(s):
                continue  # "the delegation visited 300 patients"
            # "the park visited", "the festival attended": a place or an event visits no one
        elif _is_agent(s) or _is_group(s):
            continue  # "the physicist … received the state prize": a person noun is a doer
        if kind is None and verb.lower_ not in agentive:
            continue
        if kind is None and not _may_be_object(s, verb):
            continue  # "The storm caught the fishermen", "The census counted 300 residents": a causer
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children):
            continue
        if s.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        # the subject opens the clause (a connective or an adverb may come first, and a fronted
        # time or place phrase of the verb: "Last weekend the park visited …", "Over the summer …")
        left = s.left_edge.i
        fronted = {t.i for c in kids if c.dep_ in ("npadvmod", "prep", "advmod", "tmod") and c.i < s.i
                   for t in c.subtree}
        start = verb.sent.start if verb.dep_ not in ("ccomp", "advcl") else min(t.i for t in verb.subtree)
        if any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ") or t.i in fronted)
               for t in sent[start:left]):
            continue
        objs = [c for c in kids if c.dep_ in ("dobj", "attr") and c.i > verb.i]
        if kind is not None and len(objs) == 1 and not _is_person(objs[0], kind == "prize"):
            continue  # "The school visited the museum": a place is no visitor
        if len(objs) != 1 or not (_is_agent(objs[0]) or (kind is not None and _is_person(objs[0], kind == "prize")) or any(
                c.dep_ == "compound" and c.i < objs[0].i and _is_agent(c) for c in objs[0].children
                if objs[0].pos_ == "PROPN")):
            continue  # "the ornithologists", "the Finnish company Veisto"; a doer noun before a
            # common noun only modifies it: "took the team prize", "won the staff award" name a prize
        o = objs[0]
        if o.pos_ not in ("NOUN", "PROPN"):
            continue
        if kind is None and any(c.dep_ == "nummod" for c in o.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
            continue  # "The resort received 9,000 visitors", "The olympiad gathered 350 pupils": a host
        last = o.right_edge
        nxt = sent[last.i + 1] if last.i + 1 < len(sent) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in _CLAUSE_END_PREPS):
            continue
        if any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in kids):
            continue  # "found the residents happy", "asked the pupils to …"
        return verb, last
    return None


# MT2510's object-verb-subject order with any verb: the classes of the nouns decide, not the verb
# (calque_order_words.tsv, built from WordNet by scripts/build_order_words.py)
@lru_cache(maxsize=1)
def _order_classes() -> dict[str, frozenset[str]]:
    """Word -> its classes, read once per change of the package (core/privatecache.py)."""
    return privatecache.memo_bundled("order-classes", _build_order_classes, dict)


def _build_order_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in rows("calque_order_words.tsv"):
        if len(row) > 1:
            classes.setdefault(row[0], set()).add(row[1])
    return {w: frozenset(c) for w, c in classes.items()}


_ACT_VERBS = folded_words("calque_ovs_act_verbs.txt")
# what an event or a course does to people in English: counts, gathers, prepares, catches them
_HOST_VERBS = frozenset({"count", "gather", "prepare", "catch", "collect", "attract", "draw", "register", "record",
                         "find", "unite", "train", "teach", "survey", "interview"})
_EFFECT_VERBS = folded_words("calque_ovs_effect_verbs.txt")


def _noun_class(token) -> frozenset[str]:
    classes = _order_classes()
    return classes.get(token.lemma_.lower()) or classes.get(token.lower_) or frozenset()


def _may_be_object(s, verb) -> bool:
    """The subject of an agentive verb can be its object in Russian order: a thing, a prize, or an
    act with a verb of doing; not a weather event, a picture or an act that acts in English ("the
    storm caught the fishermen", "the census counted 300 residents", "the ceremony gathered the
    veterans")."""
    kind = _noun_class(s)
    if s.lemma_.lower() in _PRIZES or s.lower_ in _PRIZES:
        return True
    if "cause" in kind:
        return False
    if kind == {"act"}:
        return verb.lemma_.lower() in _ACT_VERBS or verb.lemma_.lower() not in _EFFECT_VERBS | _HOST_VERBS
    return True


_AGENT_VERBS = folded_words("calque_agent_verbs.txt")
_SHARES = frozenset({"majority", "most", "half", "part", "third", "quarter", "all", "many", "several"})


def _agent_verb(lemma: str) -> bool:
    """A verb whose first WordNet sense takes only a person as the subject of its object (score,
    adopt, approve, sign: calque_agent_verbs.txt, scripts/build_agent_verbs.py), and no verb a
    thing does to people in English (effect, host and finding verbs)."""
    return lemma in _AGENT_VERBS and lemma not in _EFFECT_VERBS | _HOST_VERBS and "effect" not in _order_classes().get(
        lemma, frozenset())


def _named_rheme(o) -> bool:
    """The doer as Russian order puts it last: a title and a name ("the young forward Timur
    Akhmedov"), a share of doers ("the majority of the deputies"), plural doers with their
    of-phrase ("the deputies of the city duma")."""
    if _share_of_doers(o):
        return True
    if o.pos_ == "PROPN":
        return any((c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN") or c.dep_ == "det"
                   for c in o.children) or (o.dep_ == "appos" and o.head.pos_ == "NOUN")
    if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in o.subtree):
        return True  # "the defender of the guests Oleg Sidorov": the parser may hang the name lower
    return o.tag_ == "NNS" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children)


def _share_of_doers(token) -> bool:
    """"the majority of the deputies", "most of the residents": a share whose of-phrase names doers."""
    if token.lower_ not in _SHARES:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and _is_doer_any(g) for g in c.children) for c in token.children)


def _is_doer_any(token) -> bool:
    """The object of a Russian-order clause: a person, a group of people that acts, a body, a count
    of people or a first and last name."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if _is_person(token, True) or _is_agent(token) or _is_group(token):
        return True
    return token.pos_ == "NOUN" and "doer" in _noun_class(token)


_IRREGULAR_PAST = frozenset("""took won got made held found brought built bought caught saw gave led put set sent
spent paid sold told wrote began drew shot cut dug grew laid lit ran rang sang sought stole struck swept taught
threw understood undertook withdrew overtook chose kept left lost meant met read rode rose shook shut spoke
stood stuck took tore woke wore""".split())
_WORD_RE = regex.compile(r"\p{L}[\p{L}'’-]*")


def _any_candidate(sent: str) -> bool:
    """A cheap look before the parse: a thing or an act noun, then within a few words a past verb
    (or "will" and a verb), then within a few words a doer noun or a first and last name."""
    classes = _order_classes()
    words_ = [m.group() for m in _WORD_RE.finditer(sent)]
    thing_at = verb_at = blank_at = -99
    for i, w in enumerate(words_):
        low = w.lower()
        c = classes.get(low, frozenset()) | (classes.get(low[:-1], frozenset()) if low.endswith("s") else frozenset())
        if verb_at >= 0 and i - verb_at <= 8 and (
                "doer" in c or low in _PERSON_NOUNS or low in _PEOPLE or low in _AGENT_SET or low in person_heads()
                or (w[0].isupper() and w in first_names() and i + 1 < len(words_) and words_[i + 1][0].isupper())):
            return True
        if i - thing_at <= 10 and w.islower() and (
                low.endswith("ed") or low in _IRREGULAR_PAST or (i > 0 and words_[i - 1] == "will")):
            verb_at = i
        elif i - blank_at <= 6 and low.endswith("ed") and {low[:-1], low[:-2], low[:-3]} & _AGENT_VERBS:
            verb_at = i  # "The decisive goal scored …": a noun WordNet gives no class, a verb a person does
        if c & {"thing", "act"}:
            thing_at = i
        elif not c and w.islower() and i > 0 and words_[i - 1].lower() in ("the", "this", "that", "a", "an", "decisive", "only", "first"):
            blank_at = i
    return False


def _object_first_any(sent):
    """(verb, last token of the doer) for "The first place took the team of Tatarstan", "The
    restoration financed the diocese", "The bones noticed the driver of the excavator": a
    definite or bare subject that is a thing (an artifact, an object, a possession, a plant, a
    place of a ranking) or an act with a verb of doing (calque_ovs_act_verbs.txt), an active verb,
    and a doer as its object closing the clause. A thing that acts on people in English ("the tree
    killed the driver", "the money will help 40 families": calque_ovs_effect_verbs.txt and WordNet's
    verbs of feeling, body and state) and an instrument, a vehicle, a building or an institution
    ("the camera caught the driver", "the school hired three teachers") are left alone."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ", "VBP", "VB"):
            continue
        if verb.dep_ not in ("ROOT", "conj", "ccomp", "advcl") or (
                verb.dep_ == "advcl" and (verb.i > verb.head.i or any(c.dep_ == "mark" for c in verb.children))) or (
                verb.dep_ == "conj" and verb.head.pos_ != "VERB"):
            continue  # "In the sprint the second place took the team of X, the Samara region was third":
            # the parser hangs the first clause of two on the second (ccomp, advcl with no "when")
        kids = list(verb.children)
        if any(c.dep_ == "auxpass" for c in kids) or any(
                c.dep_ == "aux" and not (c.tag_ == "MD" or c.lemma_ == "have") for c in kids):
            continue
        if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids):
            continue  # an imperative or an infinitive
        if any(c.dep_ in ("dative", "oprd", "xcomp", "ccomp", "acomp", "neg") for c in kids):
            continue  # "won the skier a medal", "made the team stronger", "asked the pupils to …"
        lemma = verb.lemma_.lower()
        subj = [c for c in kids if c.dep_ in _SUBJECT_DEPS]
        objs = [c for c in kids if c.dep_ == "dobj"]
        if len(subj) != 1 or len(objs) != 1 or not subj[0].i < verb.i < objs[0].i:
            continue
        s, o = subj[0], objs[0]
        if s.pos_ != "NOUN" or s.tag_ not in ("NN", "NNS"):
            continue
        dets = {c.lower_ for c in s.children if c.dep_ in ("det", "poss")}
        if dets & {"a", "an", "another", "each", "every", "no", "any", "his", "her", "its", "their", "our", "my",
                   "your"}:
            continue  # "A falling tree …": Russian order carries a known topic
        if _is_agent(s) or _is_group(s) or {s.lower_, s.lemma_.lower()} & _PLACES or any(
                c.dep_ in ("appos", "compound") and (_is_agent(c) or _is_group(c)) for c in s.children):
            continue  # "the antimonopoly service checked", "the farm received": a body or a place acts
        if any(t.is_punct for t in sent[s.i:verb.i]):
            continue  # "The head of the district, X, thanked the builders"
        kind = _noun_class(s)
        if "thing" in kind and "act" not in kind:
            verb_classes = _order_classes().get(lemma, frozenset())
            if lemma in _EFFECT_VERBS or "effect" in verb_classes:
                continue
        elif "act" in kind and not kind & {"doer", "tool"}:
            if lemma not in _ACT_VERBS and not _agent_verb(lemma):
                continue
        elif kind or not _agent_verb(lemma) or s.ent_type_:
            continue  # a noun WordNet gives no class ("the goal") reads only with a verb a person does
        if not (_is_doer_any(o) or _share_of_doers(o)) or o.ent_type_ in ("GPE", "LOC", "FAC"):
            continue
        if lemma not in _ACT_VERBS and "thing" not in kind and not _named_rheme(o):
            continue  # "The verdict acquitted the officer": a ruling acts in English; Russian order's
            # doer is a name with its title, a share of doers or plural doers with their of-phrase
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in o.children):
            continue  # "… surprised a passer-by": a new referent, not the Russian rheme
        # the subject opens the clause (a connective, an adverb or a fronted phrase of the verb first)
        fronted = {t.i for c in kids if c.dep_ in ("npadvmod", "prep", "advmod", "tmod", "advcl") and c.i < s.i
                   for t in c.subtree}
        start = verb.sent.start if verb.dep_ not in ("ccomp", "advcl") else min(t.i for t in verb.subtree)
        if any(not (t.is_punct or t.pos_ in ("ADV", "CCONJ") or t.i in fronted)
               for t in sent[start:s.left_edge.i]):
            continue
        if verb.dep_ in ("ccomp", "advcl") and any(t.pos_ in ("VERB", "AUX") and t.i < s.left_edge.i for t in verb.subtree):
            continue
        # the object runs to the end of the clause
        last = o.right_edge
        nxt = sent[last.i + 1] if last.i + 1 < len(sent) else None
        if nxt is not None and not (nxt.is_punct or nxt.lower_ in _CLAUSE_END_PREPS):
            continue
        if any(t.dep_ in ("relcl", "acl") for t in o.subtree):
            continue
        return verb, last
    return None


DETECTOR = InvertedSubjectDetector()
