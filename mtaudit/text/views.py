"""The derived data detectors share, declared in one place: each view has a name and a type.

A document view is computed once per Document (`doc.view(VIEW, build, key=...)`) and shared
by every detector that asks for it; `key` separates values that depend on something besides
the text (the glossary a match list came from, the concept types asked for). A glossary view
is computed once per loaded glossary (`glossary.derived(VIEW, build)`), never stored under a
private attribute of its own. Nothing else is cached on a Document or a Glossary.

Adding a view: declare it here (what it holds, who builds it), then build it through
`doc.view` / `glossary.derived` where it belongs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    """A named, typed piece of derived data (identity is the declaration itself)."""

    name: str
    holds: str     # its type, for a reader
    about: str     # what it is and who builds it

    def __repr__(self) -> str:
        return f"View({self.name})"


# --- per document -----------------------------------------------------------------------------

GLOSSARY_MATCHES = View("glossary-matches", "list[GlossaryMatch]",
                        "every glossary match of the text, one automaton pass (glossary.index.matches); "
                        "keyed by the glossary's hash")
ENTITY_CONTEXT = View("entity-context", "EntityContext",
                      "who the document names and how (detectors.entities.context.entity_context)")
CONCEPT_SPANS = View("concept-spans", "list[tuple[int, int]]",
                     "spans of glossary matches of some concept types (detectors._people.glossary_spans); "
                     "keyed by (types, glossary hash)")
KNOWN_SURNAMES = View("known-surnames", "dict[str, tuple[list[int], list[str]]]",
                      "capitalised surname -> (starts, genders) of every multiword person mention "
                      "(detectors.pronouns_syntax)")
QUOTE_INTERIORS = View("quote-interiors", "SpanIndex",
                       "the inside of every quotation, indexed for containment (detectors.glosses)")
RULE_REGIONS = View("rule-regions", "list[tuple[int, int]]",
                    "stretches each data rule is matched in under its own timeout (detectors.patterns.regions)")
LITERAL_HITS = View("literal-hits", "LiteralHits",
                    "where every rule literal occurs in the folded text, one Aho-Corasick pass "
                    "(detectors.patterns.literal_hits); built for the bundled and the user's rules")
RULE_SCOPE = View("rule-scope", "list[Span]",
                  "the windows a data rule's scope allows (detectors.patterns); keyed by scope: "
                  "sentence or headline")
PARSES = View("parses", "dict[tuple[int, int], Parsed]",
              "dependency parses of stretches of the text (models.parser)")
SOURCE = View("source", "SourceText",
              "the Russian original a batch record carries (runners.batch); --source is the context's")
SOURCE_ANALYSIS = View("source-analysis", "SourceAnalysis",
                       "the document aligned with its source: entities, numbers, gaps (source.analysis)")
PRONOUNS_FLAGGED = View("pronouns-flagged", "set[int]",
                        "offsets of pronouns the rule-based pronoun checks already flagged; the "
                        "language-model check (detectors.pronouns_lm) skips them")
THINGS_HE = View("things-he", "set[int]",
                 "offsets of he/she that MT3105 found to stand for a thing (its predicate is a "
                 "thing's); MT3102 does not take them for a person (detectors.pronouns_thing_predicate)")
TIMED_OUT_RULES = View("timed-out-rules", "list[tuple[str, str]]",
                       "(rule, reason) of data rules that timed out on part of the text; the engine "
                       "reports them as skipped (detectors.patterns)")
HOUSE_CASING_EVIDENCE = View("house-casing-evidence", "tuple[tuple[int, int, int, str], ...]",
                             "(start, end, weight, name) of the signs that the document writes a "
                             "name's generic head in lower case, British style (text.house_casing)")
INTRODUCED_SURNAMES = View("introduced-surnames", "frozenset[str]",
                           "capitalised surnames the text writes after a first name (detectors._people."
                           "introduced_surnames); MT401 and MT605 read them")
NARRATOR_SPEAKS = View("narrator-speaks", "bool",
                       "whether the text speaks in its own first person outside quotations and dash "
                       "speech (\"we asked\", \"told us\"): MT313 then leaves an \"us\" in what others "
                       "said alone (detectors.pronouns_speech)")
RUSSIAN_SETTING = View("russian-setting", "int",
                       "whether the text is set in Russia: NONE, MENTION or NEWS, its strongest cue of "
                       "data/russian_setting_cues.tsv (detectors.russian_setting); MT606, MT607, MT111, "
                       "MT115 and MT150-MT152 read it")
QUOTE_STYLE = View("quote-style", "str",
                  "'straight' or 'curly': the double quotation marks the document writes itself; a data "
                  "rule's fix that puts in quotation marks writes them (text.quote_style)")

DOCUMENT_VIEWS = (GLOSSARY_MATCHES, ENTITY_CONTEXT, CONCEPT_SPANS, KNOWN_SURNAMES, QUOTE_INTERIORS, RULE_REGIONS,
                  LITERAL_HITS, RULE_SCOPE, PARSES, SOURCE, SOURCE_ANALYSIS, PRONOUNS_FLAGGED, THINGS_HE, TIMED_OUT_RULES,
                  HOUSE_CASING_EVIDENCE, INTRODUCED_SURNAMES, NARRATOR_SPEAKS, RUSSIAN_SETTING, QUOTE_STYLE)

# --- per glossary -----------------------------------------------------------------------------

CUE_TITLES = View("cue-titles", "frozenset[str]",
                  "person titles: the data file's and the glossary's title concepts (detectors.entities.context)")
ACCEPTED_PHRASES = View("accepted-phrases", "ahocorasick.Automaton | None",
                        "an automaton of the glossary's accepted phrases (detectors.entities.context)")
MISHEARD_TARGETS = View("misheard-targets", "dict[str, list[_Target]]",
                        "skeleton -> person surnames, for misheard names (detectors.entities.fuzzy)")
PLACE_FORMS = View("place-forms", "dict",
                   "accepted forms, wrong place names, single-word places (detectors.places_meaning)")
PLACE_DELETES = View("place-deletes", "dict[str, set[str]]",
                     "one-deletion index of single-word places (detectors.places_meaning)")
PLACE_MEANINGS = View("place-meanings", "dict[str, tuple[Concept, bool]]",
                      "meaning rendering of a known place composed word by word (\"old oskol\" -> "
                      "Stary Oskol), with whether every word was translated (detectors.places_meaning)")
STYLE_GROUPS = View("style-groups", "list[StyleGroup]", "house-style groups resolved against the glossary "
                    "(glossary.style.groups)")

RU_ABBREVIATION_FIXES = View("ru-abbreviation-fixes", "dict[str, Concept]",
                             "Russian abbreviation -> the concept whose `ru` forms hold it "
                             "(detectors.abbreviations)")

RU_COMPOSED_ABBREVIATIONS = View("ru-composed-abbreviations", "tuple[Pattern, dict[str, tuple[Concept, str]]]",
                                  "word-for-word renderings of the glossary's two-part Russian "
                                  "abbreviations (\"SB UN\" for СБ ООН) -> their concept "
                                  "(detectors.abbreviations)")

GLOSSARY_VIEWS = (CUE_TITLES, ACCEPTED_PHRASES, MISHEARD_TARGETS, PLACE_FORMS, PLACE_DELETES, PLACE_MEANINGS,
                  STYLE_GROUPS,
                  RU_ABBREVIATION_FIXES, RU_COMPOSED_ABBREVIATIONS)


class Views:
    """The store behind `doc.view` and `glossary.derived`: values by (view, key)."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values: dict = {}

    def get(self, view: View, build, key=None):
        """The view's value for `key`, built (once) by calling `build()` when absent."""
        slot = (view, key)
        try:
            return self._values[slot]
        except KeyError:
            value = self._values[slot] = build()
            return value

    def peek(self, view: View, key=None, default=None):
        return self._values.get((view, key), default)

    def put(self, view: View, value, key=None):
        self._values[(view, key)] = value
        return value

    def pop(self, view: View, key=None, default=None):
        return self._values.pop((view, key), default)

    def __contains__(self, slot) -> bool:
        return (slot if isinstance(slot, tuple) else (slot, None)) in self._values
