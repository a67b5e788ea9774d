"""The grammar of Russian legal disclaimers as machine translation renders them.

Russian law makes outlets print a label after the name of a banned, "extremist",
"terrorist" or "undesirable" organisation and of a "foreign agent": in parentheses
("(признана экстремистской и запрещена в РФ)"), as an asterisk with a footnote line, or as
an all-capitals banner over a foreign agent's material. MT renders them word for word
("(recognized as extremist and banned in the Russian Federation)"). English news never
prints them: it says in running prose, if at all, that Moscow outlawed the group.

The vocabulary is data (mtaudit/data/legal_disclaimers.txt); this module builds from it:
- `is_disclaimer(text)`: a short text that IS such a label (a parenthetical's body, a
  footnote line), by one of four shapes: a labelling verb + a label ("recognized as a
  foreign agent"), a ban + where it holds ("banned in Russia"), an inclusion in a register
  ("included in the register of ..."), the foreign-agent formula ("performing the functions
  of a foreign agent"), or the label alone ("(terrorist organization)");
- `is_banner(line)`: a line that is a foreign-agent banner (mostly capitals, or opening
  with "This material ..."), which carries the foreign-agent formula.
Every pattern is linear: no nested unbounded quantifiers.
"""

from __future__ import annotations

from mtaudit.core.ordering import longest_first

import re
from functools import lru_cache

from mtaudit.text import lexicon

MAX_WORDS = 40          # a label is short; a longer parenthetical is the writer's own prose
_WORD = re.compile(r"[^\W\d_]+")


def _slot(name: str) -> str:
    (alternatives,) = lexicon.table("legal_disclaimers.txt")[name]
    parts = longest_first(alternatives.split("|"))
    return "(?:" + "|".join(p.replace(" ", r"\s+") for p in parts) + ")"


@lru_cache(maxsize=1)
def _shapes() -> tuple[re.Pattern, ...]:
    status, term, ban = _slot("status"), _slot("term"), _slot("ban")
    place, register = _slot("place"), _slot("register")
    org = r"(?:organi[sz]ations?|groups?|groupings?|movements?|structures?|entit(?:y|ies)|media|outlets?|persons?|individuals?|community|network)"
    return tuple(re.compile(p, re.IGNORECASE) for p in (
        # "recognized as extremist", "declared an undesirable organization", "listed as a foreign agent",
        # "listed by the Ministry of Justice as a foreign agent", "recognised in the Russian Federation as …"
        rf"\b{status}(?:\s+(?:as|by\s+(?:the\s+)?\w+(?:\s+\w+){{0,3}}?\s+as|(?:in|on)\s+{place}\s+as))?(?:\s+(?:an?|the))?"
        rf"(?:\s+[\w-]+){{0,2}}?\s+{term}\b",
        # "banned in Russia", "whose activity is prohibited on the territory of the Russian Federation"
        rf"\b{ban}(?:\s+[\w-]+){{0,3}}?\s+(?:in|on|throughout)\s+{place}(?![\w-])",
        # "included in the register of ...", "on the list of terrorists"
        rf"\b(?:in|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{register}\s+of\s+(?:[\w-]+\s+){{0,3}}?{term}\b",
        # the foreign-agent formula
        r"\b(?:performing|acting\s+as|carrying\s+out|exercising)\s+(?:the\s+)?functions?\s+of\s+an?\s+foreign\s+agent",
        # the label alone: "(terrorist organization)", "(foreign agent)", "(an extremist group banned ...)"
        rf"^\W*(?:an?\s+|the\s+)?(?:{term})(?:\s+{org})?\W*$",
    ))


# English writers gloss a group with another state's designation ("designated a terrorist
# organization by the State Department"): that is information, not a Russian legal label.
_OTHER_AUTHORITY = re.compile(
    r"\bby\s+(?:the\s+)?(?:U\.?S\.?|United\s+States|State\s+Department|Washington|EU|European\s+Union|"
    r"UK|Britain|British|UN|United\s+Nations|Kyiv|Kiev|Ukraine|Canada|Australia|Israel)\b", re.IGNORECASE)


def is_disclaimer(text: str) -> bool:
    """True when `text` (a parenthetical's body or a footnote line) is a legal label."""
    if len(_WORD.findall(text)) > MAX_WORDS or _OTHER_AUTHORITY.search(text):
        return False
    return any(p.search(text) for p in _shapes())


_BANNER_FORMULA = re.compile(r"foreign\s+(?:mass\s+)?(?:media|agent)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    return re.compile(r"^\W*" + _slot("lead") + r"\b", re.IGNORECASE)


def is_banner(line: str) -> bool:
    """True for a foreign-agent banner line: the formula, in capitals or after a lead."""
    if not _BANNER_FORMULA.search(line):  # first: most lines lack it, and it is the cheaper test
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 30:
        return False
    mostly_caps = sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return mostly_caps or bool(_lead().search(line))
