"""Roles that decide a pronoun's antecedent for MT3102 (pronouns_salience), and its quotations.

Salience alone counts the singular nouns before an "it"/"its"; these helpers say which roles
settle the question first, the way English readers do:

* "its own" is reflexive: it belongs to its clause's subject ("a resident who set fire to the
  grass near its own house": the resident's), and a relative "who" stands for a person;
* "According to X," names the speaker of what follows: X is a candidate antecedent, not a
  fronted adverbial to skip ("According to Belova, its team spent eight years");
* "According to its data / In its view" (data: speech_source_nouns.txt) reports what someone
  said, so only a speaker can own it (the "say" predicate);
* a noun that is the subject of a verb of saying ("The airport said it had agreed") speaks,
  so it can act: it competes with any person for the pronoun that follows;
* the one told ("told Interfax the director X") heard the words, so it owns no "its words";
* a clause a colon or semicolon ends is no report of the next, whatever the parse says.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from mtaudit.text import lexicon

_RELATIVE_PERSON = frozenset({"who", "whom"})


def source_phrase(tok) -> bool:
    """"its" owns a source noun after "according to", "in" or "by" ("According to its data",
    "In its view", "by its estimate"): Russian "по его данным", what a speaker said."""
    head = tok.head
    if tok.dep_ != "poss" or head.lower_ not in lexicon.folded_words("speech_source_nouns.txt"):
        return False
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in ("in", "by") or prep.lower_ == "to" and prep.head.lower_ == "according"


def according_to(prep) -> bool:
    """The fronted "According to X," whose X is the speaker of the clause."""
    return prep.lower_ == "according"


def in_person_phrase(t, people) -> bool:
    """Inside the noun phrase of a person: "the chief physician of city polyclinic No. 4", "the
    head of a farm in the district Sergei Belousov", and through a relative clause on a person
    ("Nikolai Kozlov, who runs a family farm near Kozelsk"): the body there only describes him."""
    node = t
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            if node.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE_PERSON
                                            for c in node.children):
                continue
            return False
        if node.pos_ in ("NOUN", "PROPN") and people.gender(node) is not None:
            return True
    return False


def in_according(t) -> bool:
    """`t` is (a word of) the X of "According to X"."""
    while t.dep_ in ("compound", "amod", "appos") and t.head.i != t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "to" and according_to(t.head.head)


def topic_is_body(sent, people, agentive) -> bool:
    """The main clause of `sent` has a body (an organisation, a name) as its subject: it, not
    the speaker an "According to X," names next, is what an "its" then most likely means."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    subj = subject_of(root) if root is not None else None
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and people.gender(subj) is None \
        and agentive(subj)


def speaks(t, tok, saying: frozenset[str]) -> bool:
    """`t` is the subject of a verb of saying whose complement holds the pronoun `tok` ("The
    airport said it had agreed"): a thing that speaks of itself."""
    verb = t.head
    if t.dep_ != "nsubj" or t.doc is not tok.doc or verb.lemma_.lower() not in saying:
        return False
    return any(c.dep_ == "ccomp" and tok.i in {x.i for x in c.subtree} for c in verb.children)


def own_owner(tok, people, clause):
    """For "its own": the person who is the subject of its clause, as (token, gender), else None.

    A relative "who" stands for the nearest person before it ("a resident of the district who
    … near its own house"), wherever the parser attached the clause; a thing subject, or none,
    keeps it quiet ("the company … its own plant")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "own" or clause is None:
        return None
    subj = subject_of(clause)
    if subj is None or subj.i > tok.i:
        return None
    if subj.lower_ in _RELATIVE_PERSON:
        for t in reversed(tok.doc[:subj.i]):
            gender = people.gender(t)
            if gender is not None and t.pos_ in ("NOUN", "PROPN"):
                return t, gender
        return None
    if subj.pos_ == "PRON":
        return None
    gender = people.gender(subj)
    return (subj, gender) if gender is not None else None


def subject_of(verb):
    """The subject of a verb, or of the verb it is conjoined to or completes ("said and left")."""
    node = verb
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
        if node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
            continue
        return None
    return None


class Quoted:
    """The document's quotations as a sorted union of spans, asked by bisection: a long text
    holds thousands of quotations and thousands of candidate pronouns (a scan of every quotation
    per pronoun and per token was quadratic)."""

    def __init__(self, spans) -> None:
        self.spans = list(spans)
        merged: list[list[int]] = []
        for a, b in sorted((q.start, q.end) for q in self.spans if q.start < q.end):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]
        order = sorted(range(len(self.spans)), key=lambda n: self.spans[n].end)
        self.by_end = [self.spans[n].end for n in order]
        self.order = order

    def holds(self, offset: int) -> bool:
        """Whether `offset` lies inside a quotation."""
        n = bisect_right(self.starts, offset) - 1
        return n >= 0 and offset < self.ends[n]

    def tokens_in(self, parsed) -> set[int]:
        """The indices of the parsed tokens that lie inside a quotation."""
        n = bisect_right(self.ends, parsed.start)  # the first quotation ending after it starts
        if n == len(self.ends) or self.starts[n] >= parsed.end:
            return set()
        return {t.i for t in parsed.doc if self.holds(parsed.offset(t))}

    def ending_before(self, lo: int, hi: int):
        """The quotations that end in [lo, hi], in the document's order of quotations."""
        a, b = bisect_left(self.by_end, lo), bisect_right(self.by_end, hi)
        return [self.spans[n] for n in sorted(self.order[a:b])]


def own_reflexive(verb):
    """A "himself"/"herself" in the verb's own clause (its participles, its coordinated verbs,
    not a clause with a subject of its own): it is bound to the verb's subject. None if none."""
    todo = list(verb.children)
    while todo:
        t = todo.pop()
        if t.lower_ in ("himself", "herself"):
            return t
        if t.dep_ in ("nsubj", "nsubjpass", "relcl", "ccomp") or \
                any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            continue
        todo.extend(t.children)
    return None


def spoke(t, saying: frozenset[str]) -> bool:
    """`t` is the subject of a verb of saying with what was said (through coordination: "visited
    the site and noted that …"; not "wrote a novel")."""
    from mtaudit.detectors.pronouns_syntax import _report_verbs

    if t.dep_ != "nsubj":
        return False
    verbs = [t.head] + [c for c in t.head.children if c.dep_ == "conj"]
    return any((v.lemma_.lower() in saying or v.lemma_.lower() in _report_verbs()) and
               any(c.dep_ == "ccomp" for c in v.children) for v in verbs)


def person_spoke(doc, people, skip, kind, saying: frozenset[str]) -> bool:
    """The sentence before has a person as the subject of a verb of saying and no thing that
    says anything (`kind` tells a person from a thing): a following "It also said" continues
    that person's words, not those of a site or a plan named on the way."""
    speakers = [kind(t, people) for t in doc if t.i not in skip and spoke(t, saying)]
    return any(k not in (None, "thing") for k in speakers) and "thing" not in speakers


_TELL = frozenset({"tell", "inform"})


def hearer(t, saying) -> bool:
    """The one told: "told Interfax", "informed TASS", "said to RBC" (Russian "рассказал
    Интерфаксу"): who hears words does not speak them."""
    if t.dep_ in ("dobj", "dative"):
        return t.head.lemma_.lower() in _TELL
    return t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lemma_.lower() in saying


def before_colon(clause) -> bool:
    """A clause that a colon or semicolon ends ("Orlov was among the victims: it lost …") is
    no report of the next one, whatever the parser hung it on."""
    end = clause.right_edge.i + 1
    return end < len(clause.doc) and clause.doc[end].text in (":", ";")
