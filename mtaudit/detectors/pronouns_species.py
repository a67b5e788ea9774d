"""MT3110: "he"/"she"/"his"/"her" for a kind of animal or plant, talked about as a kind.

Russian refers to a species by its noun's grammatical gender: "Сайгак — мигрирующая антилопа,
летом он уходит …", "Жимолость ценят за раннее созревание: она появляется …", "Тюлень зимует
на льду, весной он мигрирует". Gender-blind MT writes "he"/"she". English says "he"/"she" for an
individual animal (a pet, a named zoo animal, the mare of a race) but "it" for a species, a kind,
a harvest or a catch, and never "he"/"she" for a plant.

So MT3107/MT3108's reading of the antecedent (the subject of the clause before the pronoun, or
of the sentence before an opening "He"/"She", with nobody the pronoun could stand for in reach)
is kept, and its thing test is replaced by a kind test on the noun (data: species_nouns.tsv,
WordNet's noun.animal and noun.plant, built by scripts/build_species_nouns.py):
* a plant: any singular, lower-case, unnamed plant noun ("honeysuckle", "the cedar");
* an animal: singular, with no sex, young or person mark in the data (mare, pup), no
  individualising word (a possessive, "this", a number, "female", "young", "older", "first"),
  no name ("the bear Masha", "named", "called"), in a clause of the present (a habit of the
  kind, not an event of one animal), and read as a kind by one of: a copula classing it ("is a
  migrating antelope", "is the heaviest land animal"), a people's or place's adjective ("the
  Caspian seal", "the European bison"), or the plural of the noun, or a population word
  (species, population, herd, catch), elsewhere in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtaudit.detectors.pronouns_gender_thing import (
    _PRONOUN, _antecedent, _finding, _opening_pronoun, _singular_common)
from mtaudit.rules.model import rule
from mtaudit.text import lexicon
from mtaudit.text.views import PRONOUNS_FLAGGED

SPECIES = rule(
    "MT3110", "gendered-pronoun-for-species", "pronoun",
    summary="“he”/“she”/“his”/“her” for a kind of animal or plant (the Russian noun's gender)",
    why="Russian refers to a species by its noun's gender (сайгак — он, жимолость — она); "
        "gender-blind MT writes “The saiga is an antelope, and in summer he leaves”. English "
        "gives “he”/“she” to an animal of its own (a pet, a named bear, a mare), never to a "
        "kind, a crop or a catch: “it” is meant.",
    confidence="likely",
    bad=["“The pike is a predator of the lake, and he keeps the roach in check,” says the ichthyologist "
         "Oleg Rudin. Pike are caught from May.",
         "Ivan Petrov heads the reserve. The musk deer is a small deer of the taiga, and in winter "
         "he feeds on lichens.",
         "Anna Sokolova grows berries near Tomsk. Sea buckthorn is valued for its oil: she is rich "
         "in vitamins.",
         "Oleg Ivanov counted the birds in May.\n\nThe crane is the tallest bird of the region. "
         "He nests in swamps.",
         "Pavel Orlov runs the fish farm. The Baikal sturgeon lives only in the lake, and his meat is "
         "prized in Irkutsk.",
         "The old larch grew near the church for 300 years; in May he was cut down.",
         "Rangers counted 40 walruses on the island. The walrus spends the summer on the shore, and "
         "she feeds on molluscs.",
         "“One lime gives up to 15 kilograms of blossom, but she flowers only in July,” the "
         "forester Pavel Orlov said.",
         "Anna Petrova keeps hedgehogs on her plot.\n\nAbout 90 hedgehogs live in the park. The "
         "hedgehog is active mostly at night. She hides her nose in the leaves and sleeps until noon.",
         "About 90 hedgehogs live in the park. The hedgehog is active mostly at night. In cold "
         "weather she stays in the nest until noon."],
    good=["Ivan Petrov heads the reserve. The musk deer is a small deer of the taiga, and in winter "
          "it feeds on lichens.",
          "The mare won the derby in 2019; she retired a year later.",
          "The female lynx crossed the road; she was followed by two kittens.",
          "The bear Masha lives at the zoo, and she eats 20 kilograms of fish a day.",
          "The zoo's elephant turned 40 on Monday; she got a cake of fruit.",
          "A seal pup may triple its weight in three weeks; the pup is fed by his mother.",
          "Oleg Ivanov grows larches. The larch is a hardy tree, and he sells it to parks.",
          "The fox is a predator; he said hunters should keep their dogs at home.",
          "“I planted this birch in 1990, and she still waters it,” Ivan Petrov said of his wife.",
          "“The stallion is a good trotter, and he won twice,” said the groom Oleg Rudin.",
          "A stone flew through the window, cutting her hand, she said."],
    applicability="unsafe",
)

# a noun that names the kind itself or a class of animals, as a copula's complement
_KIND_WORDS = frozenset("animal animals species kind sort breed variety creature organism "
                        "predator mammal bird fish insect tree shrub plant berry crop".split())
_POPULATION = re.compile(r"\b(?:species|population|populations|herds?|flocks?|shoals?|colon(?:y|ies)|"
                         r"catch|harvest|rooker(?:y|ies)|breeding grounds?)\b", re.I)
_INDIVIDUAL = frozenset("female male young old little baby newborn orphaned injured sick rescued "
                        "tame pet new older younger oldest youngest first second third last "
                        "famous favourite favorite beloved".split())
# a stage of life: with "a"/"an" in a clause of the present, the kind at that stage
_STAGES = frozenset({"young", "adult", "newborn"})
_SPEAKER = re.compile(r"\b(?:I|[Ww]e|[Yy]ou|me|us|[Mm]y|[Oo]ur|[Yy]our)\b")
_NAMED = re.compile(r"\b(?:named|called|nicknamed|dubbed|christened)\b")
# a kind defined by a copula in the present: "The cormorant is a …", "The zander is the …"
_GENERIC = re.compile(r"\b[Tt]he ([a-z]+) is (?:a|an|the)\b")


@lru_cache(maxsize=1)
def _species() -> dict[str, tuple[str, frozenset[str]]]:
    """noun -> (animal|plant, marks)."""
    return {w: (cols[0], frozenset(cols[1].split(",")) if len(cols) > 1 and cols[1] else frozenset())
            for w, cols in lexicon.table("species_nouns.tsv").items()}


def _kind_test(doc):
    """The thing test MT3107/MT3108 take: a token that names a kind of animal or plant here."""
    text = doc.text

    def test(t, low):
        if not (_singular_common(t) and t.is_lower) and not _opening_common(t, text):
            return None
        entry = _species().get(t.lower_) or _species().get(t.lemma_.lower())
        if entry is None or "person" in entry[1]:
            return None
        if any(c.dep_ in ("nummod", "poss", "appos") and c.lower_ not in ("one", "1") or
               c.dep_ == "compound" and c.pos_ == "PROPN" and c.i > t.i for c in t.children):
            return None  # "two saigas", "the zoo's bear", "the bear Masha"
        if t.head.dep_ == "compound" or t.dep_ == "compound":
            return None  # part of a longer noun: "the seal population", "Cedar Street"
        sent = t.sent
        if _NAMED.search(sent.text):
            return None
        if entry[0] == "plant":
            return t
        return t if _animal_kind(t, entry[1], text) else None

    return test


def _opening_common(t, text: str) -> bool:
    """A sentence's first word the tagger took for a name ("Honeysuckle is valued …"): a common
    noun when the text writes it in lower case elsewhere and it is nobody's first name ("Pepper
    goes next to a show" is a dog's name)."""
    return t.tag_ in ("NN", "NNP") and t.i == t.sent.start and t.text.istitle() and \
        t.text not in lexicon.first_names() and \
        re.search(rf"\b{re.escape(t.lower_)}\b", text) is not None


def _animal_kind(t, marks, text: str) -> bool:
    """An animal noun read as the kind: see the module's docstring."""
    if marks & {"sex", "young"}:
        return False
    det = next((c for c in t.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ not in ("the", "a", "an", "every", "each"):
        return False  # "this bear", "that wolf", "no fox"
    stage = det is not None and det.lower_ in ("a", "an")  # "A young rabbit grows fast": a stage of the kind
    if any(c.dep_ in ("amod", "compound") and (c.lower_ in _INDIVIDUAL and not (stage and c.lower_ in _STAGES)
                                                or c.tag_ in ("JJR", "JJS", "CD")
                                                or c.ent_type_ in ("ORDINAL", "PERSON"))
           for c in t.children):
        return False
    head = t.head if t.dep_ in ("nsubj", "nsubjpass") else None
    if head is None or _past(head):
        return False  # an event of one animal: "The lynx crossed the road"
    if head.lemma_ == "be" and any(c.dep_ == "attr" and (
            c.lemma_.lower() in _KIND_WORDS or c.lower_ in _species() and _species()[c.lower_][0] == "animal")
            for c in head.children):
        return True  # "The saiga is a migrating antelope", "is the heaviest land animal"
    if any(c.dep_ in ("amod", "compound") and c.text[:1].isupper() and c.i > t.sent.start and
           (c.ent_type_ in ("NORP", "GPE", "LOC") or c.tag_ in ("JJ", "NNP")) for c in t.children):
        return True  # "the Caspian seal", "the European bison", "the Baikal sturgeon"
    plural = re.compile(rf"\b{re.escape(t.lower_)}(?:s|es)\b", re.I)
    return bool(plural.search(text) or _POPULATION.search(text))


def _speaks(parsed, start: int) -> bool:
    """The pronoun is the subject of a verb of saying or reporting: a person ("he said")."""
    from mtaudit.detectors.pronouns_salience import _saying_verbs
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    tok = parsed.token_at(start)
    if tok is None or tok.dep_ != "nsubj":
        return False
    lemma = tok.head.lemma_.lower()
    return lemma in _saying_verbs() or lemma in _report_verbs()


_SUBJECT_OF = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}


def _speaker_after(doc, ctx, sent, m, low: str) -> bool:
    """Later in the pronoun's sentence a "he"/"she" of the same gender speaks ("a stone flew up,
    fracturing her skull, she said"): the sentence is a person's account, and its "her" is hers."""
    subject = _SUBJECT_OF.get(low)
    if subject is None:
        return False
    parsed = ctx.syntax.parse(doc, sent)
    for t in parsed.doc:
        at = parsed.offset(t)
        if at > m.start() and t.lower_ == subject and _speaks(parsed, at):
            return True
    return False


def _past(verb) -> bool:
    """The clause of `verb` tells a past event ("crossed", "was found", "had left")."""
    if verb.tag_ in ("VBD",):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


class SpeciesPronounDetector:
    name = "pronouns-species"
    rules = (SPECIES,)
    needs = frozenset({"parser"})

    def detect(self, doc, ctx):
        text = doc.text
        if not _PRONOUN.search(text):
            return
        flagged = doc.view(PRONOUNS_FLAGGED, set)
        quotes = [q.outer for q in doc.quotes]
        species = _species()
        test = _kind_test(doc)
        for i, sent in enumerate(doc.sentences):
            for m in _PRONOUN.finditer(text, sent.start, sent.end):
                if m.start() in flagged:
                    continue
                before = text[sent.start:m.start()]
                if not any(c in before for c in ",;:—–") or \
                        not any(w.casefold() in species for w in re.findall(r"[A-Za-z]+", before)):
                    continue
                # inside a quotation, a plant named in the same quotation before the pronoun
                # ("“One birch gives ten litres, but if she is drilled …”"), when the speaker
                # speaks of nobody: no I/we/you before it
                own = [q for q in quotes if q.start <= m.start() < q.end]
                if own:
                    inside = text[max(sent.start, own[0].start):m.start()]
                    if _SPEAKER.search(inside) or not any(
                            species.get(w.casefold(), ("",))[0] == "plant" for w in re.findall(r"[A-Za-z]+", inside)) \
                            and not any(species.get(g.group(1).casefold(), ("",))[0] == "animal"
                                        for g in _GENERIC.finditer(inside)):
                        continue  # a speaker's own animal may be "he" ("a good trotter … he"); the
                        # kind defined in the quotation may not ("The cormorant is a native bird, and he")
                low = m.group().casefold()
                found = _antecedent(doc, ctx, sent, m, low, [q for q in quotes if q not in own],
                                    of_gender=test, agent=_speaks)
                if found is None or _speaker_after(doc, ctx, sent, m, low):
                    continue
                yield _finding(SPECIES, doc, m, low, found, flagged,
                               f"“{m.group()}” follows a clause about “{found[0]}”, a kind of animal or "
                               f"plant, with nobody before it")
            opening = _opening_pronoun(doc, ctx, i, sent, flagged, quotes, of_gender=test, agent=_speaks)
            if opening is not None:
                m, low, found = opening
                yield _finding(SPECIES, doc, m, low, found, flagged,
                               f"“{m.group(1)}” opens a sentence after one about “{found[0]}”, a kind "
                               f"of animal or plant, with nobody of that gender named in the two "
                               f"sentences before")


DETECTOR = SpeciesPronounDetector()
