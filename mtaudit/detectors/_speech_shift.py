"""Rewrite a reported clause left in the first or second person into the third person.

Russian indirect speech keeps the speaker's own person and tense ("он добавил, что я ожидаю"),
and MT carries both over: "Petrenko added that I expect". The artifact is the pronoun WITH its
verb — "I expect" — and the fix must change both together, with English agreement and, after a
past reporting verb, the backshift of tense that English indirect speech uses:

    I expect           -> he expects        (present report: "says that")
    I expect           -> he expected       (past report: "added that")
    we did not play    -> they had not played
    I will not accept  -> he would not accept
    I am (ready)       -> he was (ready)
    you will manage    -> they would manage

Inflection comes from lemminflect (spaCy-compatible English inflection tables, the `parse`
extra); without it the finding keeps its span and gets no fix.
"""

from __future__ import annotations

from functools import lru_cache

_SUBJECT = {"m": "he", "f": "she", "": "they"}
_PLURAL = {"they", "we", "you"}
_BACKSHIFT_MODAL = {"will": "would", "can": "could", "shall": "should", "may": "might"}
_OBJECT_REFLEXIVE = {"myself": None, "ourselves": "themselves", "yourself": None, "yourselves": "themselves"}


@lru_cache(maxsize=1)
def _lemminflect():
    try:
        import lemminflect
    except ImportError:  # the parse extra without lemminflect: findings without fixes
        return None
    return lemminflect


def verb_group(pronoun):
    """The tokens from the pronoun through its clause verb — auxiliaries, "not", the verb —
    exactly what the fix rewrites ("we did not play", "I am", "you will manage"; the
    infinitive or complement after it does not change). Returns (first token index, last token
    index) or None when the clause verb does not follow the pronoun."""
    verb = pronoun.head
    if verb.i <= pronoun.i or verb.i - pronoun.i > 5:
        return None
    return pronoun.i, verb.i


def shifted(pronoun, last: int, gender: str, backshift: bool) -> str | None:
    """The text of tokens pronoun..last rewritten in the third person, or None (no inflection
    tables, or a verb form this cannot rewrite safely)."""
    li = _lemminflect()
    if li is None:
        return None
    doc = pronoun.doc
    subject = "they" if pronoun.lower_ in ("we", "you") else _SUBJECT.get(gender, "they")
    plural = subject in _PLURAL
    out = [subject.capitalize() if pronoun.is_sent_start else subject]
    finite_done = False
    had = False  # "did not take" -> "had not taken": the verb after becomes a participle
    tokens = list(doc[pronoun.i + 1:last + 1])
    for k, tok in enumerate(tokens):
        word, low, tag = tok.text, tok.lower_, tok.tag_
        new = word
        if not finite_done and tag in ("MD", "VBP", "VBZ", "VBD"):
            finite_done = True
            if tag == "MD":
                new = _BACKSHIFT_MODAL.get(low, low) if backshift else low
                if low == "can" and new != low and not tok.whitespace_ and \
                        k + 1 < len(tokens) and tokens[k + 1].lower_ == "not":
                    new += " "  # "cannot" -> "could not", never "couldnot"
            elif tok.lemma_.lower() == "be":
                past = tag == "VBD" or backshift
                if past and tag == "VBD" and backshift:
                    new, had = "had been", False
                elif past:
                    new = "were" if plural else "was"
                else:
                    new = "are" if plural else "is"
            elif tok.lemma_.lower() == "do" and any(t.dep_ == "neg" for t in tokens[k + 1:k + 2]) or \
                    tok.lemma_.lower() == "do" and k + 1 < len(tokens) and tokens[k + 1].tag_ == "VB":
                if tag == "VBD":
                    if backshift:
                        new, had = "had", True
                elif backshift:
                    new = "did"
                else:
                    new = "do" if plural else "does"
            elif tag == "VBD":
                if backshift:
                    part = _inflect(li, tok, "VBN")
                    if part is None:
                        return None
                    new = "had " + part
                # past without backshift: the same form for every person ("were" handled above)
            else:  # present
                form = "VBD" if backshift else ("VBP" if plural else "VBZ")
                new = _inflect(li, tok, form)
                if new is None:
                    return None
        elif had and tag == "VB":
            new = _inflect(li, tok, "VBN")
            if new is None:
                return None
            had = False
        elif low in _OBJECT_REFLEXIVE:
            return None
        out.append(doc.text[tokens[k - 1].idx + len(tokens[k - 1].text) if k else pronoun.idx + len(pronoun.text):tok.idx])
        out.append(_case_like(word, new))
    if not finite_done:
        return None
    return "".join(out)


def _inflect(li, tok, tag: str) -> str | None:
    forms = li.getInflection(tok.lemma_.lower(), tag=tag)
    return forms[0] if forms else None


def _case_like(old: str, new: str) -> str:
    return new.capitalize() if old[:1].isupper() and old.lower() != "i" else new
