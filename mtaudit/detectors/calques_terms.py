"""Russian set terms rendered word for word (MT2823) and Russian relational adjective + staff
noun pairs (MT2824), both kept as data in mtaudit/data/calque_terms.yaml.

The construction: a Russian noun phrase that names one thing (старший научный сотрудник,
солнечная батарея, контактная сеть, промышленный альпинист, ледяной дождь, пожарный расчёт,
лежачий полицейский, мастер спорта международного класса) is rendered word by word ("senior
scientific employee", "solar battery", "contact network", "industrial alpinist", "ice rain",
"fire calculation", "lying policeman", "master of sports of international class") where
English has its own term (senior researcher, solar panel, overhead wires, rope-access worker,
freezing rain, fire crew, speed bump, International Master of Sport).

MT2823 reads the `terms` table: one entry a term, grouped by beat, with its literal rendering(s)
written once in the singular (the plural of the head noun, the last word or the word before
the first "of", is derived; a hyphen matches a hyphen or a space), the English term (a fix
when it is one phrase), optional `near`/`not_near` topic cues for a rendering that has a native
sense elsewhere ("solar battery" in home-storage news, "contact network" of a salesman), and a
bad sentence and a native look-alike (tests/test_calques_terms.py runs them).

MT2824 reads the `relational` grid, the commonest shape of the kind beyond any list of terms: a
Russian relational adjective of a field or profession (научный, педагогический, творческий,
правоохранительный, коммунальный, ...) before a Russian staff noun (сотрудник, работник,
состав, коллектив): every pair of the grid is flagged ("scientific employee", "pedagogical
composition", "law-protection workers") except the pairs English itself writes (the head's
`native` adjectives: "medical workers", "technical staff").
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
import yaml

from mtaudit.core import privatecache
from mtaudit.core.lazyregex import lazy
from mtaudit.core.yamlsafe import load_data
from mtaudit.core.types import Applicability, Fix
from mtaudit.detectors.calques_collocations import flags_span as collocation_flags
from mtaudit.detectors.pattern_table import PatternTable
from mtaudit.detectors.patterns import anchored_matches
from mtaudit.rules.model import rule
from mtaudit.rules.safety import catastrophic_problem
from mtaudit.text.english_words import lemmas_by_pos
from mtaudit.text.lexicon import one_or_many

SET_TERM = rule(
    "MT2823", "russian-set-term", "calque",
    summary="“senior scientific employee”, “solar battery”, “contact network”, “ice rain”, “fire "
            "calculation”: a Russian set term rendered word for word",
    why="A Russian noun phrase that names one thing (старший научный сотрудник, солнечная "
        "батарея, контактная сеть, ледяной дождь, пожарный расчёт) is rendered word by word where "
        "English has its own term (senior researcher, solar panel, overhead wires, freezing rain, "
        "fire crew). The terms are data, grouped by beat, in mtaudit/data/calque_terms.yaml, each "
        "with a native look-alike that stays quiet.",
    confidence="likely",
    bad=["The study was led by senior scientific employee Anna Belova.",
         "The birds carry trackers powered by a small solar battery on their backs.",
         "Ice rain tore down the contact network on three trolleybus routes.",
         "Two fire calculations arrived within eight minutes."],
    good=["The study was led by senior researcher Anna Belova.",
          "The calculator runs on a solar battery.",
          "She built a contact network of 300 buyers.",
          "Freezing rain tore down the overhead wires.",
          "Officers of the service for sanitary supervision check every batch of fish at the port."],
    applicability="unsafe",
)

RELATIONAL_TERM = rule(
    "MT2824", "russian-relational-staff-term", "calque",
    summary="“scientific employee”, “pedagogical composition”, “law-protection workers”: a Russian "
            "relational adjective and staff noun word for word",
    why="Russian names staff by a relational adjective of the field and a general noun "
        "(научный сотрудник, педагогический состав, правоохранительные органы, творческий "
        "работник); MT keeps both words. English names the person or the staff by its own noun "
        "(researcher, teaching staff, police). The grid of adjectives and heads is data in "
        "mtaudit/data/calque_terms.yaml; the pairs English writes itself (medical workers, "
        "technical staff) are listed with each head and stay quiet.",
    confidence="likely",
    bad=["Two operative employees searched the flat.",
         "The pedagogical composition of the school was renewed by a third.",
         "Law-protection workers detained the suspect."],
    good=["Two detectives searched the flat.",
          "The teaching staff of the school was renewed by a third.",
          "Medical workers and technical staff got bonuses."],
    applicability="unsafe",
)

DATA_FILE = "calque_terms.yaml"

_IRREGULAR = {"man": "men", "woman": "women", "child": "children", "policeman": "policemen",
              "person": "persons", "staff": "staff", "personnel": "personnel", "foot": "feet",
              "analysis": "analyses", "basis": "bases", "crisis": "crises", "thesis": "theses",
              "series": "series", "species": "species", "sheep": "sheep", "fish": "fish",
              "equipment": "equipment", "chassis": "chassis", "apparatus": "apparatuses",
              "works": "works", "means": "means", "hops": "hops", "people": "people"}
_LINK = regex.compile(r"\s(?:of|for|on|in|with|from|at|to)\s")
_WORD = regex.compile(r"[a-z][a-z'’]*")


def plural(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("man") and w not in ("human", "german", "roman", "shaman", "ottoman", "talisman"):
        return word[:-3] + "men"
    if w.endswith("y") and w[-2:-1] not in ("a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if w.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def _plural_last(phrase: str) -> str:
    """The plural of a head written as several words (food product: food products)."""
    first, _, last = phrase.rpartition(" ")
    return f"{first} {plural(last)}" if first else plural(last)


def _head_index(tokens: list[str]) -> int:
    """The head noun of a phrase: the word before the first linking preposition, else the last."""
    links = {"of", "for", "on", "in", "with", "from", "at", "to"}
    for i, t in enumerate(tokens):
        alts = t[1:-1].split("|") if t.startswith("(") and t.endswith(")") else [t]
        if i and all(a.lower() in links for a in alts):
            return i - 1
    return len(tokens) - 1


def _tokens(literal: str) -> list[str]:
    """Space-separated tokens, a parenthesised group with spaces kept whole."""
    out, depth, cur = [], 0, ""
    for ch in literal:
        if ch == " " and depth == 0:
            if cur:
                out.append(cur)
            cur = ""
            continue
        depth += (ch == "(") - (ch == ")")
        cur += ch
    if cur:
        out.append(cur)
    return out


def _hyphens(token: str) -> str:
    return regex.sub(r"(?<=[A-Za-z])-(?=[A-Za-z])", r"[-‐\\s]?", token)


def compile_literal(literal: str) -> str:
    """The regular expression of one literal: its head noun in both numbers (group `h`)."""
    tokens = _tokens(literal.strip())
    h = _head_index(tokens)
    out = []
    for i, t in enumerate(tokens):
        if i == h:
            alts = t[1:-1].split("|") if t.startswith("(") and t.endswith(")") else [t]
            if all(regex.fullmatch(r"[A-Za-z'’ -]+", a) for a in alts):
                forms = longest_first({f for a in alts for f in (a, _plural_last(a))})
                out.append("(?P<h>" + "|".join(_hyphens(regex.escape(f).replace(r"\-", "-"))
                                                 .replace(r"\ ", r"\s+") for f in forms) + ")")
                continue
        out.append(_hyphens(t))
    return r"\s+".join(out)


def _english_plural(english: str) -> str:
    tokens = english.split(" ")
    h = _head_index(tokens)
    tokens[h] = plural(tokens[h])
    return " ".join(tokens)


@dataclass(frozen=True)
class Term:
    beat: str
    ru: str
    english: str
    pattern: regex.Pattern
    bads: tuple[str, ...]
    quiets: tuple[str, ...]
    heads_singular: frozenset[str]
    near: regex.Pattern | None = None
    not_near: regex.Pattern | None = None
    window: int = 300
    names: bool = False  # a capitalised match inside a name counts too (titles: Master of Sport)

    @property
    def fixable(self) -> bool:
        return " | " not in self.english

    def in_context(self, text: str, start: int, end: int) -> bool:
        if self.near is None and self.not_near is None:
            return True
        around = text[max(0, start - self.window):end + self.window]
        if self.near is not None and not self.near.search(around):
            return False
        return self.not_near is None or not self.not_near.search(around)


def _topic(source: str | None) -> regex.Pattern | None:
    if not source:
        return None
    return lazy(rf"(?<![\w-])(?:{source})(?![\w-])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _load() -> dict:
    """The data file, read once (read only: every table below builds its own values from it)."""
    text = resources.files("mtaudit.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return load_data(text)


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    """The table's terms, built once per change of the package (core/privatecache.py): building
    ~1,000 patterns from their literals costs ~0.1 CPU-s, reading them back a few ms."""
    return privatecache.memo_bundled("calque-terms", _build_terms, tuple, regex.__version__)


def _build_terms() -> tuple[Term, ...]:
    out = []
    for beat, items in _load()["terms"].items():
        for item in items:
            literals = one_or_many(item["literal"])
            singular = set()
            for lit in literals:
                toks = _tokens(lit)
                t = toks[_head_index(toks)]
                singular |= set(t[1:-1].split("|") if t.startswith("(") and t.endswith(")") else [t])
            body = "|".join(f"(?:{compile_literal(lit)})" for lit in literals)
            source = rf"(?<![\w-])(?:{body})(?![\w-])"
            problem = catastrophic_problem(source)
            if problem:
                raise ValueError(f"{DATA_FILE}: {item['ru']}: {problem}")
            out.append(Term(beat, item["ru"], item["english"],
                            lazy(source, regex.IGNORECASE),
                            one_or_many(item["bad"]), one_or_many(item["quiet"]),
                            frozenset(s.lower() for s in singular),
                            _topic(item.get("near")), _topic(item.get("not_near")),
                            int(item.get("window", 300)), bool(item.get("names", False))))
    return tuple(out)


@lru_cache(maxsize=1)
def table() -> PatternTable:
    """The terms' patterns with the literals each needs (detectors/pattern_table.py): a term is
    tried only where its words occur, not at every position of the text."""
    return PatternTable("terms", [term.pattern for term in terms()],
                        (resources.files("mtaudit.data").joinpath(DATA_FILE).read_bytes(),))


@dataclass(frozen=True)
class Pair:
    adjective: str   # the literal rendering of the Russian adjective
    ru: str          # the Russian adjective
    head: str        # the head noun (singular)
    ru_head: str
    english: str | None  # the English for the pair, when the grid names one


@lru_cache(maxsize=1)
def relational() -> tuple[dict[tuple[str, str], Pair], regex.Pattern | None, tuple, tuple]:
    grid = _load().get("relational") or {}
    adjectives = grid.get("adjectives") or {}
    heads = grid.get("heads") or {}
    pairs: dict[tuple[str, str], Pair] = {}
    for head, spec in heads.items():
        native = {a.lower() for a in spec.get("native") or []}
        english = spec.get("english") or {}
        for adj, aspec in adjectives.items():
            for lit in one_or_many(aspec["literal"]):
                if lit.lower() in native or adj in native:
                    continue
                pairs[(lit.lower(), head.lower())] = Pair(lit, adj, head, spec["ru"],
                                                          english.get(adj) or english.get(lit))
    if not pairs:
        return pairs, None, (), ()
    adj_alt = "|".join(_hyphens(regex.escape(a).replace(r"\-", "-"))
                       for a in longest_first({p.adjective for p in pairs.values()}))
    head_forms = longest_first({f for h in heads for f in (h, plural(h))})
    head_alt = "|".join(regex.escape(h) for h in head_forms)
    pattern = regex.compile(rf"(?<![\w-])(?P<a>{adj_alt})\s+(?P<h>{head_alt})(?![\w-])",
                            regex.IGNORECASE)
    bads = tuple(b for spec in heads.values() for b in one_or_many(spec.get("bad") or []))
    quiets = tuple(q for spec in heads.values() for q in one_or_many(spec.get("quiet") or []))
    return pairs, pattern, bads, quiets


_NAME_BEFORE = regex.compile(r"(?-i:(?!(?:The|A|An|This|That|These|Those|Its|Our|Their|His|Her|Every|Each|No|New)\s)\p{Lu}[\w'’.-]*)\s+$")


def _in_a_name(text: str, start: int) -> bool:
    """A capitalised match after a capitalised word is part of a name (the Solar Battery Plant of
    X Ltd), not running text."""
    return text[start:start + 1].isupper() and bool(_NAME_BEFORE.search(text, max(0, start - 40), start))


_SENTENCE_OPEN = regex.compile(r"(?:^|[.!?:;\n][\"'”’»)]*\s*|[\"“«(]\s*)$")


def _title_cased(text: str, start: int, end: int) -> bool:
    """Every long word capitalised (the new Palace of Sport, the Aviation Forest Protection
    service) and not merely because a sentence opens there: a name, not running text."""
    words = [w for w in regex.findall(r"[^\W\d_]+", text[start:end]) if len(w) > 3]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return not _SENTENCE_OPEN.search(text, max(0, start - 5), start)


def _term_there(text: str, start: int, end: int) -> bool:
    """An MT2823 term flags this span already (its entry names the English term)."""
    lo, hi = max(0, start - 120), min(len(text), end + 120)
    entries = terms()
    for i in table().possible(text):  # a term whose words the text lacks matches nowhere in it
        term = entries[i]
        for m in term.pattern.finditer(text, lo, hi):
            if m.start() < end and start < m.end() and term.in_context(text, m.start(), m.end()):
                return True
    return False


def _cased(english: str, phrase: str) -> str:
    if phrase[:1].isupper() and english[:1].islower():
        return english[:1].upper() + english[1:]
    return english


def _head_plural(m: regex.Match, singular: frozenset[str]) -> bool:
    h = m.groupdict().get("h")
    return bool(h) and regex.sub(r"[-‐\s]+", "-", h.lower()) not in \
        {regex.sub(r"[-‐\s]+", "-", s) for s in singular}


_DETERMINER_AFTER = regex.compile(r"[ \t]+(?:every|each|all)\b")


_TIME_AFTER = regex.compile(r"[ \t]+(?:(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|few|other|"
                            r"next|last|same)[ \t]+)?(?:years?|months?|weeks?|days?|hours?|times?|seasons?|"
                            r"mornings?|evenings?|nights?|winters?|summers?|springs?|autumns?|mondays?|tuesdays?|"
                            r"wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b", regex.IGNORECASE)


def _verb_last(text: str, start: int, end: int) -> bool:
    """The term's last word is the verb of the clause it ends, with its object after it ("the
    service for phytosanitary supervision check every batch": the body's name, then "check"):
    a word English uses as a noun and a verb, in its bare form (a plural after its subject),
    followed by "every", "each" or "all" opening no time phrase ("every Friday")."""
    last = text[start:end].split()[-1].lower()
    det = _DETERMINER_AFTER.match(text, end)
    if last.endswith("s") or not det or _TIME_AFTER.match(text, det.end()):
        # ("operative-search measures the thief": a plural noun, the sentence's own phrase after)
        return False  # "replace water counters every six years": a time, no object
    pos = lemmas_by_pos(last) or {}
    return "VERB" in pos


class TermDetector:
    name = "calques-terms"
    rules = (SET_TERM,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        seen: list[tuple[int, int]] = []
        entries = terms()
        for i, m in table().matches(text):
            term = entries[i]
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in seen):
                continue
            if not term.names and (_in_a_name(text, start) or _title_cased(text, start, end)):
                continue
            if not term.in_context(text, start, end):
                continue
            if collocation_flags(text, start, end):
                continue
            if _verb_last(text, start, end):
                continue
            seen.append((start, end))
            phrase = text[start:end]
            fix = None
            if term.fixable:
                english = _english_plural(term.english) if _head_plural(m, term.heads_singular) \
                    else term.english
                english = _cased(english, phrase)
                fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                hint = english
            else:
                hint = term.english.replace(" | ", "”, “")
            yield SET_TERM.finding(
                doc, start, end,
                f"“{phrase}” renders the Russian term “{term.ru}” word for word; English says "
                f"“{hint}”", fix=fix)


class RelationalDetector:
    name = "calques-relational-terms"
    rules = (RELATIONAL_TERM,)
    needs = frozenset()

    def detect(self, doc, ctx):
        pairs, pattern, _, _ = relational()
        if pattern is None:
            return
        text = doc.text
        for m in pattern.finditer(text):
            adj = regex.sub(r"[‐\s]+", "-", m.group("a").lower())
            head = m.group("h").lower()
            singular = head if (adj, head) in {(a, h) for a, h in pairs} else None
            pair = None
            for (a, h), p in pairs.items():
                if regex.sub(r"[‐\s]+", "-", a) == adj and (h == head or plural(h) == head):
                    pair, singular = p, h
                    break
            if pair is None:
                continue
            start, end = m.start(), m.end()
            if _in_a_name(text, start) or collocation_flags(text, start, end) \
                    or _term_there(text, start, end):
                continue
            phrase = text[start:end]
            fix = None
            if pair.english:
                english = pair.english if head == singular else _english_plural(pair.english)
                english = _cased(english, phrase)
                fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                hint = english
            else:
                hint = "the English name of the job or the staff"
            yield RELATIONAL_TERM.finding(
                doc, start, end,
                f"“{phrase}” renders “{pair.ru} {pair.ru_head}” word for word; English says "
                f"“{hint}”", fix=fix)


DETECTOR = TermDetector()
RELATIONAL_DETECTOR = RelationalDetector()


# --- Shapes (terms20): constructions that make set terms, not members of a list -----------------

TYPE_GENITIVE = rule(
    "MT2825", "russian-type-genitive", "calque",
    summary="“gardens of intensive type”, “knives of hand work”, “oysters of the sort gigas”, “of the "
            "power of 150 kW”: the Russian genitive of type or quality word for word",
    why="Russian classes a thing by a genitive of type after the noun (сады интенсивного типа, "
        "лагерь закрытого типа, дом нового типа, мост арочного типа); MT keeps the order and the "
        "word “type”. English puts the kind before the noun (intensive orchards, a closed camp, "
        "a new-style house, an arch bridge). Native “of this type”, “of the same type”, “of a "
        "different type”, “of blood type O” stay quiet: the modifiers and heads that keep it "
        "native are data in mtaudit/data/calque_terms.yaml (`type_genitive`). The same shape with other "
        "quality nouns (ножи ручной работы, отечественного производства, сорта гигас, марки М600, "
        "мощностью 150 кВт, большой вместимости) is the table `quality_genitive`: one entry a "
        "quality noun, flagged after a product noun (WordNet's artifact, vehicle, material and animal "
        "classes), with the English as an unsafe fix (handmade knives, gigas oysters, with a "
        "capacity of).",
    confidence="likely",
    bad=["The farm planted 40 hectares of gardens of intensive type.",
         "The district hospital of the general type was renovated.",
         "A bridge of the arch type will replace the old crossing.",
         "The fair sells knives of hand work and carved spoons.",
         "The city bought ten snowplows of domestic production.",
         "The farm grows oysters of the sort gigas near the shore.",
         "Each charger has two connectors of the power of 150 kilowatts."],
    good=["Engines of this type are no longer made.",
          "Two aircraft of the same type were grounded.",
          "The donor was of blood type O.",
          "The farm planted 40 hectares of intensive orchards.",
          "He was a man of the people and a collector of the highest quality.",
          "The knife was a work of art; years of manual work went into it."],
    applicability="unsafe",
)

COMPOUND_BY_PARTS = rule(
    "MT2826", "russian-compound-by-parts", "calque",
    summary="“low-populated settlements”, “many-children family”, “fish-breeding plant”, "
            "“city-forming enterprise”: a Russian compound adjective rendered by its parts",
    why="Russian builds adjectives from a stem and a root (малонаселённый, многодетный, "
        "многоквартирный, рыбоводный, зерноуборочный, градообразующий, машиностроительный, "
        "лавиноопасный, придомовый); MT renders each part (low-populated, many-children, "
        "many-apartment, fish-breeding, grain-harvesting, city-forming, machine-building, "
        "avalanche-dangerous, near-house) where English has its own word or phrase (sparsely "
        "populated, large, apartment, hatchery, combine harvester, main employer, engineering, "
        "avalanche-prone, yard). The families are word lists in mtaudit/data/calque_terms.yaml "
        "(`compounds`): first elements × second elements, some only before a Russian head noun, "
        "less the compounds English writes itself (low-income, multi-storey, multi-year, "
        "snow-removal equipment). The shape beyond the lists (`combining_forms`): a Russian "
        "combining form (электро-, авиа-, авто-, агро-, фото-) joined by a hyphen to an English word "
        "whose fused spelling English does not write (electro-charging, avia-company, "
        "photo-exhibition; the fused words English uses come from wordfreq at build time).",
    confidence="likely",
    bad=["Six electro-charging stations opened on the highway.",
         "The avia-company bought four new jets.",
         "Prosecutors checked 34 quest-rooms of the city.",
         "Mobile shops serve low-populated settlements of the district.",
         "Rescuers checked the avalanche-dangerous slopes.",
         "The fish-breeding plant released 2 million fry.",
         "Volunteers cleaned the near-house territory of leaves."],
    good=["Low-income families will get land plots.",
          "A multi-storey car park and a multi-year contract.",
          "The city bought new snow-removal equipment.",
          "An electromagnetic pulse, a video-conference and an agro-industrial complex."],
    applicability="unsafe",
)


@dataclass(frozen=True)
class TypeGenitive:
    pattern: regex.Pattern
    quiet_modifiers: frozenset[str]
    quiet_heads: frozenset[str]
    proper_modifiers: frozenset[str]
    bads: tuple[str, ...]
    quiets: tuple[str, ...]


@lru_cache(maxsize=1)
def type_genitive() -> TypeGenitive | None:
    spec = _load().get("type_genitive")
    if not spec:
        return None
    proper = frozenset(spec.get("proper_modifiers") or [])
    proper_alt = "|".join(regex.escape(p) for p in longest_first(proper))
    mod = r"(?-i:[a-z][a-z-]*[a-z])"
    if proper_alt:
        mod = rf"(?:{mod}|(?-i:{proper_alt}))"
    pattern = regex.compile(
        rf"(?<![\w-])(?P<h>[A-Za-z][a-z-]*[a-z])\s+of\s+(?P<art>(?:the|a|an)\s+)?"
        rf"(?P<m>(?:{mod}\s+){{0,1}}{mod})\s+(?-i:type)(?![\w-])(?!\s+(?:of|[A-Z0-9]))")
    return TypeGenitive(pattern,
                        frozenset(w.lower() for w in spec.get("quiet_modifiers") or []),
                        frozenset(w.lower() for w in spec.get("quiet_heads") or []),
                        proper,
                        one_or_many(spec.get("bad") or []), one_or_many(spec.get("quiet") or []))


class TypeGenitiveDetector:
    name = "calques-type-genitive"
    rules = (TYPE_GENITIVE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        spec = type_genitive()
        if spec is None:
            return
        text = doc.text
        yield from QUALITY_GENITIVE_DETECTOR.detect(doc, ctx)
        if " type" not in text:
            return
        for m in spec.pattern.finditer(text, overlapped=False):
            head = m.group("h").lower()
            mods = m.group("m").split()
            if head in spec.quiet_heads or any(w.lower() in spec.quiet_modifiers for w in mods):
                continue
            if len(mods) == 2 and mods[0].lower() in spec.quiet_heads:
                continue
            start, end = m.start(), m.end()
            if _in_a_name(text, start) or collocation_flags(text, start, end) \
                    or _term_there(text, start, end):
                continue
            phrase = text[start:end]
            kind = " ".join(mods)
            yield TYPE_GENITIVE.finding(
                doc, start, end,
                f"“{phrase}” renders the Russian genitive of type (“… {kind} типа”) word for word; "
                f"English puts the kind before the noun: “{kind} {m.group('h')}” or “{kind}-style "
                f"{m.group('h')}”")


@dataclass(frozen=True)
class CompoundFamily:
    name: str
    ru: str
    pattern: regex.Pattern
    english: str
    overrides: dict
    native: frozenset[str]
    bads: tuple[str, ...]
    quiets: tuple[str, ...]
    singular: dict  # a head form (normalised) -> its singular


def _alt(words) -> str:
    return "|".join(_hyphens(regex.escape(w).replace(r"\-", "-")).replace(r"\ ", r"\s+")
                    for w in longest_first(set(words)))


@lru_cache(maxsize=1)
def compound_families() -> tuple[CompoundFamily, ...]:
    out = []
    for name, spec in (_load().get("compounds") or {}).items():
        first, second = _alt(spec["first"]), _alt(spec["second"])
        heads = spec.get("heads") or []
        joint = r"[-‐]" if not spec.get("space") else r"[-‐\s]"
        body = rf"(?P<f>{first}){joint}(?P<s>{second})"
        singular = {}
        if heads:
            singular = {_norm(f): _norm(h) for h in heads for f in (h, _plural_last(h))}
            head_forms = {f for h in heads for f in (h, _plural_last(h))}
            body += rf"\s+(?P<h>{_alt(head_forms)})"
        source = rf"(?<![\w-])(?:{body})(?![\w-])"
        problem = catastrophic_problem(source)
        if problem:
            raise ValueError(f"{DATA_FILE}: compounds {name}: {problem}")
        out.append(CompoundFamily(
            name, spec["ru"], lazy(source, regex.IGNORECASE), spec.get("english", ""),
            {k.lower(): v for k, v in (spec.get("overrides") or {}).items()},
            frozenset(regex.sub(r"[-‐\s]+", "-", n.lower()) for n in spec.get("native") or []),
            one_or_many(spec.get("bad") or []), one_or_many(spec.get("quiet") or []), singular))
    return tuple(out)


@lru_cache(maxsize=1)
def compound_table() -> PatternTable:
    """The compound families' patterns with the literals each needs (detectors/pattern_table.py):
    a family is tried only where its words occur."""
    return PatternTable("compounds", [fam.pattern for fam in compound_families()],
                        (resources.files("mtaudit.data").joinpath(DATA_FILE).read_bytes(),))


def _norm(s: str) -> str:
    return regex.sub(r"[-‐\s]+", "-", s.lower())


class CompoundDetector:
    name = "calques-compound-by-parts"
    rules = (COMPOUND_BY_PARTS,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        seen: list[tuple[int, int]] = []
        families = compound_families()
        for i, m in compound_table().matches(text):
            fam = families[i]
            start, end = m.start(), m.end()
            if any(s < end and start < e for s, e in seen):
                continue
            f, s = _norm(m.group("f")), _norm(m.group("s"))
            h = m.groupdict().get("h")
            h1 = fam.singular.get(_norm(h), _norm(h)) if h else ""
            compound = f"{f}-{s}"
            if compound in fam.native or (h and f"{compound}-{h1}" in fam.native):
                continue
            if _in_a_name(text, start) or _title_cased(text, start, end) \
                    or collocation_flags(text, start, end) or _term_there(text, start, end):
                continue
            seen.append((start, end))
            phrase = text[start:end]
            key = f"{compound} {h1}" if h else compound
            override = fam.overrides.get(key)
            english = override or fam.overrides.get(compound) or fam.english
            english = english.format(first=m.group("f"), second=m.group("s"), head=h or "")
            fix = None
            if english and " | " not in english:
                if override and h and _norm(h) != h1:
                    english = _english_plural(english)
                english = _cased(english, phrase)
                fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                hint = english
            else:
                hint = english.replace(" | ", "”, “") or "the English word for it"
            yield COMPOUND_BY_PARTS.finding(
                doc, start, end,
                f"“{phrase}” renders a Russian compound adjective ({fam.ru}) by its parts; "
                f"English says “{hint}”", fix=fix)
        yield from combining_form_findings(doc, text, seen)
        yield from fused_form_findings(doc, text, seen)
        yield from plural_pair_findings(doc, text, seen)


@dataclass(frozen=True)
class CombiningForms:
    pattern: regex.Pattern
    forms: dict          # form -> {ru, english, no_participles}
    native: frozenset[str]
    overrides: dict
    bads: tuple[str, ...]
    quiets: tuple[str, ...]
    fused: regex.Pattern | None = None   # a lower-case word opening with any form, hyphen-less
    fused_forms: dict | None = None      # forms + fused_only
    hints: dict | None = None
    fused_bads: tuple[str, ...] = ()
    fused_quiets: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def combining_forms() -> CombiningForms | None:
    spec = _load().get("combining_forms")
    if not spec:
        return None
    forms = spec["forms"]
    alt = "|".join(longest_first(forms))
    pattern = regex.compile(rf"(?<![\w-])(?P<f>(?i:{alt}))[-‐](?P<s>[a-z]{{3,}})(?![\w-])")
    fused_forms = {**forms, **(spec.get("fused_only") or {})}
    fused_alt = "|".join(longest_first(fused_forms))
    fused = regex.compile(rf"(?<![\w-])(?P<f>(?:{fused_alt})|(?:{fused_alt.title()}))(?P<s>[a-z]{{4,}})(?![\w-])")
    return CombiningForms(pattern, forms, frozenset(n.lower() for n in spec.get("native") or []),
                          {k.lower(): v for k, v in (spec.get("overrides") or {}).items()},
                          one_or_many(spec.get("bad") or []), one_or_many(spec.get("quiet") or []),
                          fused, fused_forms, {k.lower(): v for k, v in (spec.get("hints") or {}).items()},
                          one_or_many(spec.get("fused_bad") or []), one_or_many(spec.get("fused_quiet") or []))


def _fused_english(word: str) -> bool:
    """English writes this fused word (combining_form_words.txt, from wordfreq at build time)."""
    from mtaudit.text.lexicon import words

    w = word.lower()
    fused = words("combining_form_words.txt")
    return w in fused or any(lem in fused for lem in _noun_lemmas(w)[1:])


def combining_form_findings(doc, text: str, seen: list[tuple[int, int]]):
    """A Russian combining form + hyphen + an English word that English never writes so
    (electro-charging, avia-company, photo-exhibition): the shape, not a list of compounds."""
    spec = combining_forms()
    if spec is None or "-" not in text and "‐" not in text:
        return
    for m in spec.pattern.finditer(text):
        f, s = m.group("f").lower(), m.group("s")
        compound = f"{f}-{s}"
        start, end = m.start(), m.end()
        if compound in spec.native or any(f"{f}-{lem}" in spec.native for lem in _noun_lemmas(s)[1:]):
            continue
        if _fused_english(f + s) or (spec.forms[f].get("no_participles") and s.endswith(("ing", "ed"))):
            continue
        if any(a < end and start < b for a, b in seen) or _in_a_name(text, start) \
                or _title_cased(text, start, end) or collocation_flags(text, start, end) \
                or _term_there(text, start, end):
            continue
        seen.append((start, end))
        english = spec.overrides.get(compound) or spec.forms[f]["english"].format(second=s)
        english = _cased(english, text[start:end])
        yield COMPOUND_BY_PARTS.finding(
            doc, start, end,
            f"“{text[start:end]}” joins the Russian combining form {spec.forms[f]['ru']} to an English "
            f"word by a hyphen, a word English does not write; English says “{english}”",
            fix=Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”"))


def _english_rest(rest: str) -> bool:
    """The rest after the form is an English word ("cinema", "tickets") or two ("headhunting")."""
    from mtaudit.text.english_words import is_common_word_or_plural

    if is_common_word_or_plural(rest):
        return True
    return any(is_common_word_or_plural(rest[:i]) and is_common_word_or_plural(rest[i:])
               for i in range(4, len(rest) - 3))


def _an_english_word(word: str) -> bool:
    from mtaudit.text.english_words import is_common_word_or_plural, lemmas_by_pos

    return _fused_english(word) or is_common_word_or_plural(word) or bool(lemmas_by_pos(word.lower()))


def fused_form_findings(doc, text: str, seen: list[tuple[int, int]]):
    """A Russian combining form fused with an English word into one word English does not write
    (autocinema for автокинотеатр, velotrail, agroholding): the shape, not a list of compounds.
    English's own fused words (autopilot, ecotourism) are wordfreq's, read at build time; a
    capitalised word inside a sentence is a name (Autoservice Plus) and stays quiet."""
    spec = combining_forms()
    if spec is None or spec.fused is None:
        return
    for m in spec.fused.finditer(text):
        start, end = m.start(), m.end()
        word, f, rest = m.group(), m.group("f").lower(), m.group("s")
        if word[:1].isupper() and not _SENTENCE_OPEN.search(text, max(0, start - 5), start):
            continue  # a capitalised word inside a sentence: a firm's or a place's name
        if word.lower() in spec.native or _an_english_word(word) or not _english_rest(rest):
            continue
        if any(a < end and start < b for a, b in seen):
            continue
        seen.append((start, end))
        compound = f"{f}-{rest}"
        form = spec.fused_forms[f]
        hint = spec.hints.get(compound)
        english = spec.overrides.get(compound) or form["english"].format(second=rest)
        english = _cased(english, word)
        if hint:
            yield COMPOUND_BY_PARTS.finding(
                doc, start, end,
                f"“{word}” fuses the Russian combining form {form['ru']} with an English word into a "
                f"word English does not write; English says “{_cased(hint, word)}”")
            continue
        yield COMPOUND_BY_PARTS.finding(
            doc, start, end,
            f"“{word}” fuses the Russian combining form {form['ru']} with an English word into a word "
            f"English does not write; English says “{english}”",
            fix=Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”"))


_PLURAL_PAIR = regex.compile(r"(?<![\w-])(?P<a>\p{L}\p{Ll}{2,}s)[-‐](?P<b>\p{Ll}{3,}s)(?![\w-])")


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses")):
        return w[:-2]
    return w[:-1]


@lru_cache(maxsize=1)
def _plural_pair_spec() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    spec = _load().get("plural_pairs") or {}
    return (frozenset(w.lower() for w in spec.get("english_first") or []),
            one_or_many(spec.get("bad") or []), one_or_many(spec.get("quiet") or []))


def plural_pair_findings(doc, text: str, seen: list[tuple[int, int]]):
    """Two plural nouns joined by a hyphen (countries-members, citizens-participants): Russian
    apposition (страны-члены, граждане-участники); an English compound never takes the plural
    on its first part, it puts the second noun first (member countries)."""
    if "s-" not in text:
        return
    from mtaudit.text.english_words import is_common_word

    english_first = _plural_pair_spec()[0]
    for m in _PLURAL_PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        if a.lower().endswith("ss") or b.endswith("ss") or a.lower() in english_first:
            continue
        sa, sb = _singular(a), _singular(b)
        if sa == sb or not is_common_word(sa) or not is_common_word(sb):
            continue
        start, end = m.start(), m.end()
        if any(s < end and start < e for s, e in seen) or _in_a_name(text, start) \
                or collocation_flags(text, start, end) or _term_there(text, start, end):
            continue
        seen.append((start, end))
        yield COMPOUND_BY_PARTS.finding(
            doc, start, end,
            f"“{text[start:end]}” joins two plural nouns by a hyphen, the Russian apposition "
            f"(страны-члены, граждане-участники); English puts one noun before the other "
            f"(“{sb} {a.lower()}”) or says it in its own words")


TYPE_GENITIVE_DETECTOR = TypeGenitiveDetector()
COMPOUND_DETECTOR = CompoundDetector()


# --- The genitive of quality (compound21): MT2825 beyond “типа” ----------------------------------

@dataclass(frozen=True)
class QualityEntry:
    name: str
    ru: str
    pattern: regex.Pattern
    head: str            # "product" or "any"
    span: str            # "head" (head + phrase, rewritten) or "phrase" (the “of …” part only)
    english: str
    mapping: dict
    map_default: str
    map_n: dict
    bads: tuple[str, ...]
    quiets: tuple[str, ...]


@lru_cache(maxsize=1)
def quality_genitive() -> tuple[tuple[QualityEntry, ...], frozenset[str], frozenset[str]]:
    spec = _load().get("quality_genitive") or {}
    out = []
    for name, e in (spec.get("entries") or {}).items():
        source = (rf"(?<![\w-])(?P<h>[A-Za-z][a-z-]*[a-z])\s+(?P<of>of)\s+(?:{e['pattern']})")
        problem = catastrophic_problem(source)
        if problem:
            raise ValueError(f"{DATA_FILE}: quality_genitive {name}: {problem}")
        out.append(QualityEntry(
            name, e["ru"], lazy(source, regex.IGNORECASE), e.get("head", "product"),
            e.get("span", "head"), e["english"],
            {k.lower(): v for k, v in (e.get("map") or {}).items()}, e.get("map_default", "{m}"),
            {k.lower(): v for k, v in (e.get("map_n") or {}).items()},
            one_or_many(e.get("bad") or []), one_or_many(e.get("quiet") or [])))
    return (tuple(out), frozenset(w.lower() for w in spec.get("product_heads") or []),
            frozenset(w.lower() for w in spec.get("quiet_heads") or []))


@lru_cache(maxsize=1)
def quality_table() -> PatternTable:
    """The quality entries' patterns with the literals each needs (detectors/pattern_table.py)."""
    return PatternTable("quality-genitive", [e.pattern for e in quality_genitive()[0]],
                        (resources.files("mtaudit.data").joinpath(DATA_FILE).read_bytes(),))


def _noun_lemmas(word: str) -> tuple[str, ...]:
    w = word.lower()
    out = [w]
    if w.endswith("ves"):
        out += [w[:-3] + "fe", w[:-3] + "f"]
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    return tuple(out)


_PRODUCT_CLASSES = ("artifact", "vehicle", "material", "animal")


def _product_head(word: str, extra: frozenset[str]) -> bool:
    """A thing that is made, grown or bred: WordNet's classes (calque_frame_words.tsv) or the
    table's own list (foods, plants, livestock WordNet files elsewhere)."""
    from mtaudit.detectors.calques_government_frames import classes

    cls = classes()
    return any(lem in extra or any(lem in cls.get(c, ()) for c in _PRODUCT_CLASSES)
               for lem in _noun_lemmas(word))


def _english_name_word(word: str) -> bool:
    from mtaudit.text.english_words import is_common_word_or_plural

    return word.lower() in _CLOSED or is_common_word_or_plural(word)


_CLOSED = frozenset("the a an this that these those which who what there here it its one".split())


# Where an entry's match can start: a word right before "of" (every entry's pattern begins so), found
# once per document; each entry is then tried only there instead of scanning the text (patterns.py).
_HEAD_OF = regex.compile(r"(?<![\w-])[A-Za-z][a-z-]*[a-z]\s+of\s", regex.IGNORECASE)


class QualityGenitiveDetector:
    """Run by TypeGenitiveDetector (one rule, one registered detector)."""

    name = "calques-quality-genitive"
    rules = (TYPE_GENITIVE,)
    needs = frozenset()

    def detect(self, doc, ctx):
        text = doc.text
        if " of " not in text:
            return
        entries, products, quiet = quality_genitive()
        starts = [m.start() for m in _HEAD_OF.finditer(text, overlapped=True)]
        if not starts:
            return
        seen: list[tuple[int, int]] = []
        for i, _ in quality_table().candidates(text):  # the entries whose words the text holds
            entry = entries[i]
            for m in anchored_matches(entry.pattern, text, 0, len(text), starts, timeout=60.0):
                head = m.group("h")
                if head.lower() in quiet or (entry.head == "product" and not _product_head(head, products)):
                    continue
                gd = m.groupdict()
                x = gd.get("x")
                if x and x.islower() and _english_name_word(x):
                    continue   # “nothing of the sort seen”: an English word, not a name
                end = m.end()
                while text[end - 1:end].isspace():
                    end -= 1
                start = m.start("of") if entry.span == "phrase" else m.start("h")
                if any(s < end and start < e for s, e in seen) or _in_a_name(text, m.start("h")) \
                        or collocation_flags(text, start, end) or _term_there(text, start, end):
                    continue
                seen.append((start, end))
                english = self._english(entry, m, head)
                phrase = text[start:end]
                if entry.span != "phrase":
                    english = _cased(english, phrase)
                fix = Fix.replace(start, end, english, Applicability.UNSAFE, f"say “{english}”")
                yield TYPE_GENITIVE.finding(
                    doc, start, end,
                    f"“{phrase}” renders a Russian genitive of quality ({entry.ru}) word for word; "
                    f"English says “{english}”", fix=fix)

    @staticmethod
    def _english(entry: QualityEntry, m: regex.Match, head: str) -> str:
        gd = m.groupdict()
        mod = regex.sub(r"\s+", " ", gd.get("m") or "")
        noun = regex.sub(r"\s+", " ", (gd.get("n") or "").lower())
        x = (gd.get("x") or "").strip("«»\"“”")
        template = entry.map_n.get(noun, entry.english)
        if mod:
            key = f"{mod.lower()} {noun}".strip()
            mod = entry.mapping.get(key) or entry.mapping.get(mod.lower()) \
                or entry.map_default.format(m=mod)
            if "{head}" in mod:   # the English keeps the head first: “goods for personal use”
                return mod.format(head=head)
        return template.format(head=head, m=mod, n=noun, x=x)


QUALITY_GENITIVE_DETECTOR = QualityGenitiveDetector()
