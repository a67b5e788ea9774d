"""Rebuild mtaudit/data/body_on_words.tsv: the word classes MT2412 and MT2413 read (Russian по
rendered "on" after a body, a contest or a post: "the regional centre on hydrometeorology", "the
championship on the preparation of shashlik", "the deputy director on science"; and a firm named
by its product in a genitive: "the plant of soft drinks", "the federation of archery").

Classes, from WordNet 3.0's noun database (Debian's `wordnet-base`, read by scripts/wordnet.py):
- `body`: an organisation, institution, establishment, facility or centre (hyponym closure of
  `BODY_ROOTS`), less `BODY_DROP` (words whose everyday sense is no body), plus `BODY_ADD`;
- `contest`: a contest or competition (closure of `CONTEST_ROOTS`) plus `CONTEST_ADD`, the
  Russian contest types WordNet lacks;
- `post`: a head, chief, official, deputy, coordinator or specialist (closure of `POST_ROOTS`)
  plus `POST_ADD`;
- `licence`: heads English itself pairs with "on" + a topic: every noun of WordNet's
  noun.communication file (a report, a law, a lecture, talks), the deliberative bodies and
  meetings (closure of `LICENCE_ROOTS`: a committee, a council, a meeting on a topic) and the
  persons English asks about a topic (`LICENCE_PERSONS`: an expert, an adviser on), and the
  groups and courses `LICENCE_ADD` names (a task force on, a course on);
- `field`: a field or an activity, what по names: a noun of noun.act, noun.cognition or
  noun.state (tourism, science, preparation, emergencies), less `FIELD_DROP`, the nouns that
  open an English "on" adverbial (duty, leave, strike, charges, suspicion: `on duty`, `on
  charges of`), with WordNet's own "on_X" adverbs and adjectives dropped too;
- `product`: a thing a plant makes or a shop sells: a noun of noun.artifact, noun.food or
  noun.substance (the product slot of MT2413), plural or mass;
- `council`: a committee, commission or council (closure of the first three `LICENCE_ROOTS`):
  licensed, but Russian after a Russian level word ("the regional committee on tourism");
- `works`: a plant, factory, mill, workshop or shop (closure of `WORKS_ROOTS`), the heads of
  MT2413's product genitive, plus `WORKS_ADD`.

The detector reads only the built file, so the audit needs no WordNet.

Usage: python scripts/build_body_on_words.py [path/to/wordnet/dir]
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet import closure, noun_tree
from wordnet import senses as wordnet_senses

DATA = Path(__file__).resolve().parent.parent / "mtaudit" / "data"
WORDNET = Path("/usr/share/wordnet")
BODY_ROOTS = ("08008335", "08053576", "03297735", "03315023", "02993546", "08514034")
BODY_DROP = frozenset("""house family people class world line market party crowd staff side
company band ring cast gang crew pool stock bank home hand arm wing chain post station cell
base camp circle set web network system platform front body order press""".split())
# the Russian bodies' English names WordNet lacks
BODY_ADD = frozenset("""centre center department directorate service agency inspectorate
committee council commission headquarters office bureau administration duma""".split())
CONTEST_ROOTS = ("07456188",)
CONTEST_ADD = frozenset("""championship championships competition competitions contest contests
tournament tournaments olympiad olympiads spartakiad spartakiads cup cups festival festivals
quiz quizzes marathon relay race races regatta rally""".split())
CONTEST_DROP = frozenset("""game match bout round heat final race campaign campaigns chicken hangover
holdover cliffhanger arms race dash discus javelin hurdles hurdling diving downhill freestyle
burnup""".split())
POST_ROOTS = ("10162991", "10372373", "10005280", "09963914", "10631941")
POST_ADD = frozenset("""director directors head heads manager managers deputy deputies chief
chiefs engineer engineers technologist technologists inspector inspectors instructor
instructors agronomist agronomists methodologist methodologists organiser organizer
vice-rector prorector vice-governor vice-mayor vice-president commissioner ombudsman operator
operators""".split())
POST_DROP = frozenset("""leader boss top dog old man""".split())
LICENCE_ROOTS = ("08324514", "08310949", "08309409", "08307589", "01230965")
LICENCE_PERSONS = frozenset("""expert experts authority authorities adviser advisers advisor
advisors consultant consultants spokesman spokeswoman spokesperson spokespeople commentator
commentators correspondent correspondents rapporteur rapporteurs envoy envoys representative
representatives czar tsar lecturer lecturers speaker speakers columnist columnists analyst
analysts writer writers reporter reporters researcher researchers scholar scholars""".split())
# groups convened on a topic and courses taught on one, which WordNet files elsewhere ("a task
# force on", "a working group on", "a course on", "a coalition on")
LICENCE_ADD = frozenset("""task force task forces working group working groups group groups course
courses class classes training trainings coalition coalitions institute institutes""".split())
# nouns that open an English "on" adverbial after any noun ("officials on duty", "a teacher on
# leave", "the director on charges of fraud", "officials on condition of anonymity")
FIELD_DROP = frozenset("""duty duties leave strike trial sale sales display show exhibit patrol call
hold holiday holidays vacation watch alert standby schedule track target course loan location
site stage record time average foot fire board air camera paper purpose request approval
occasion behalf part side basis ground grounds account charge charges suspicion suspicions
accusation accusations allegation allegations condition conditions terms term order orders
instruction instructions initiative invitation insistence advice recommendation recommendation
demand demands request requests application appeal complaint command authority orders sight
arrival departure return entry exit completion expiry retirement release bail probation parole
watch guard lookout hunger tour tours offer deck top bottom edge verge brink way road move run
go track alert notice standby stand-by welfare benefits benefit medication medicine drugs
treatment oxygen life support dialysis diet prescription credit credits debt contract hire
lease rent commission salary wage wages pension pensions budget margin assignment secondment
mission missions deployment rotation exchange internship placement attachment break recess
leave lunch shift shifts tap demand screen television radio stream record tape film video
average balance purpose principle sight arrival impact effect effects grant grants point
attack attacks focus emphasis pressure influence dependence reliance ban bans embargo tax
taxes tariff tariffs sanctions limit limits cap caps restriction restrictions moratorium
freeze crackdown veto vote votes""".split())
ACT_LEXFILES = (4, 9, 26)  # noun.act, noun.cognition, noun.state
PRODUCT_LEXFILES = (6, 13, 27)  # noun.artifact, noun.food, noun.substance
WORKS_ROOTS = ("03316406", "03956922", "04603081", "04202417")
# the Russian plant types MT renders by their dictionary word (комбинат: a combine)
WORKS_ADD = frozenset("""combine enterprise""".split())
# "works of art", "a store of knowledge": senses that are no plant
WORKS_DROP = frozenset("""works store""".split())


def on_idioms(directory: Path) -> set[str]:
    """The X of WordNet's "on_X" adverbs and adjectives (on_air, on_board, on_fire, on_tour)."""
    return {lemma[3:] for pos in ("adj", "adv", "noun") for lemma in wordnet_senses(directory, pos)
            if lemma.startswith("on_") and lemma.count("_") == 1}


def words(offsets, lemmas) -> set[str]:
    return {w for o in offsets for w in lemmas[o] if w.replace(" ", "").replace("-", "").isalpha() and w.islower()}


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def main(directory: Path = WORDNET) -> None:
    lemmas, lexfile, hyponyms = noun_tree(directory)
    body = (words(closure(BODY_ROOTS, hyponyms), lemmas) - BODY_DROP) | BODY_ADD
    contest = (words(closure(CONTEST_ROOTS, hyponyms), lemmas) | CONTEST_ADD) - CONTEST_DROP
    post = (words(closure(POST_ROOTS, hyponyms), lemmas) | POST_ADD) - POST_DROP
    communication = {w for o, ws in lemmas.items() if lexfile[o] == 10 for w in ws
                     if w.isalpha() and w.islower()}
    licence = communication | words(closure(LICENCE_ROOTS, hyponyms), lemmas) | LICENCE_PERSONS | LICENCE_ADD
    field = {w for o, ws in lemmas.items() if lexfile[o] in ACT_LEXFILES for w in ws
             if w.replace(" ", "").replace("-", "").isalpha() and w.islower()}
    field -= FIELD_DROP | on_idioms(directory)
    product = {w for o, ws in lemmas.items() if lexfile[o] in PRODUCT_LEXFILES for w in ws
               if w.replace(" ", "").replace("-", "").isalpha() and w.islower()}
    persons = {w for o, ws in lemmas.items() if lexfile[o] == 18 for w in ws}
    product -= persons  # "the works of graduates", "of masters": people, not goods
    works = (words(closure(WORKS_ROOTS, hyponyms), lemmas) - WORKS_DROP) | WORKS_ADD
    council = words(closure(LICENCE_ROOTS[:3], hyponyms), lemmas)
    rows = set()
    for cls, members in (("body", body), ("contest", contest), ("post", post), ("licence", licence),
                         ("field", field), ("product", product), ("works", works), ("council", council)):
        for w in members:
            rows.add((w, cls))
            if cls in ("body", "contest", "post", "licence", "works", "council") and not w.endswith("s"):
                rows.add((plural(w), cls))
    text = ("# word<TAB>class (body, contest, post: heads of MT2412; licence: heads English pairs with\n"
            "# 'on' + a topic; field: what Russian по names; product, works: MT2413), built by\n"
            "# scripts/build_body_on_words.py from WordNet 3.0; do not edit by hand\n"
            + "".join(f"{w}\t{c}\n" for w, c in sorted(rows)))
    (DATA / "body_on_words.tsv").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else WORDNET)
