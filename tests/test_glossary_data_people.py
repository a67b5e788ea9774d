"""The bundled people glossary (glossary/people-*.yaml): size, shape and consistency of the data.

These files are curated by hand; the tests catch the mistakes hand-curation makes: duplicate
ids, forms that flag another person's accepted spelling, a common English word marked as
always wrong, a full-name wrong form whose fix would drop the first name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from mtaudit.text.document import Document
from mtaudit.audit import engine
from mtaudit.audit.context import AuditContext
from mtaudit.glossary import load_glossary
from mtaudit.text.english_words import is_common_word, is_dictionary_word
from mtaudit.rules.model import Selection

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"
PEOPLE_FILES = {"people-ru.yaml": 200, "people-ua.yaml": 70, "people-west.yaml": 110}
CORE_PEOPLE = {"donald-trump", "vladimir-putin", "dmitry-peskov", "sergey-lavrov", "volodymyr-zelensky"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _load(path: Path) -> tuple[list[dict], list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        return data, []
    return data.get("concepts") or [], data.get("accept") or []


PEOPLE = {name: _load(GLOSSARY / name)[0] for name in PEOPLE_FILES}
ALL_PEOPLE = [c for concepts in PEOPLE.values() for c in concepts]
OTHERS = [c for p in sorted(GLOSSARY.glob("*.yaml")) if p.name not in PEOPLE_FILES for c in _load(p)[0]]


def _word(word: str) -> bool:
    """In the word list, directly or as a plural (the list has no inflected forms)."""
    return any(is_dictionary_word(w) for w in (word, word[:-1] if word.endswith("s") else word,
                                               word[:-2] if word.endswith("es") else word))


def _common(word: str) -> bool:
    return any(is_common_word(w) for w in (word, word[:-1] if word.endswith("s") else word,
                                           word[:-2] if word.endswith("es") else word))


def _english_forms(c: dict) -> list[str]:
    return ([c["canonical"], c.get("short") or ""] + list(c.get("variants", [])) + list(c.get("translit", []))
            + [w["text"] for w in c.get("wrong", [])])


def _accepted(c: dict) -> list[str]:
    return [f for f in [c["canonical"], c.get("short")] + list(c.get("variants") or []) if f]


def _flagged(c: dict) -> list[str]:
    return list(c.get("translit") or []) + [w["text"] if isinstance(w, dict) else w for w in c.get("wrong") or []]


@pytest.mark.parametrize("name,minimum", sorted(PEOPLE_FILES.items()))
def test_each_people_file_is_a_concepts_mapping_of_persons(name, minimum):
    concepts = PEOPLE[name]
    assert len(concepts) >= minimum
    assert {c["type"] for c in concepts} == {"person"}


def test_at_least_380_people_in_total():
    assert len(ALL_PEOPLE) >= 380


def test_ids_are_unique_kebab_case_and_not_in_core_or_other_files():
    ids = [c["id"] for c in ALL_PEOPLE]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    assert not set(ids) & CORE_PEOPLE
    assert not set(ids) & {c["id"] for c in OTHERS}


def test_required_keys_present():
    for c in ALL_PEOPLE:
        for key in ("id", "canonical", "type", "ru", "note"):
            assert c.get(key), f"{c.get('id')}: no {key}"
        # a bare surname is needed to recognise "Shoigu said"; titled names opt out of inflection
        assert c.get("short") or c.get("inflect") is False, c["id"]
        if c.get("short"):
            assert c["canonical"].endswith(c["short"]) or c["short"] in c["canonical"], c["id"]


def test_english_forms_are_latin_and_russian_forms_cyrillic():
    for c in ALL_PEOPLE:
        for form in _english_forms(c):
            assert not CYRILLIC.search(form), f"{c['id']}: {form!r}"
            assert form == form.strip() and "  " not in form, f"{c['id']}: {form!r}"
        assert all(CYRILLIC.search(r) for r in c["ru"]), c["id"]


def test_every_wrong_form_has_a_cue_and_a_note():
    wrongs = [(c, w) for c in ALL_PEOPLE for w in c.get("wrong", [])]
    assert len(wrongs) >= 30
    for c, w in wrongs:
        assert w["cue"] in ("required", "none"), c["id"]
        assert w.get("note"), f"{c['id']}: {w['text']!r} has no note"
        assert c.get("source"), f"{c['id']} lists wrong forms without a source"


def test_always_wrong_forms_are_not_ordinary_english():
    """`cue: none` flags a form anywhere, so it must not be an English word or phrase of words;
    a literal rendering of a Russian surname ("Sparrows") must wait for a context cue."""
    always = [(c["id"], w) for c in ALL_PEOPLE for w in c.get("wrong", []) if w["cue"] == "none"]
    assert always
    for cid, w in always:
        words = w["text"].split()
        if len(words) == 1:
            assert not _word(w["text"]), f"{cid}: {w['text']!r} is an English word: it needs cue: required"
        elif not w.get("cased"):  # "Maxim Falcons" is safe only with its capitals
            assert not all(_common(x) for x in words), f"{cid}: {w['text']!r} is ordinary English"


def test_single_word_transliterations_are_not_english_words():
    """A `translit` form is normalised wherever it appears: a word of the language can't be one."""
    for c in ALL_PEOPLE:
        for t in c.get("translit", []):
            if " " not in t:
                assert not _word(t), f"{c['id']}: translit {t!r} is an English word"


def test_full_name_wrong_forms_fix_to_the_full_canonical_name():
    for c in ALL_PEOPLE:
        short_words = len((c.get("short") or c["canonical"]).split())
        for w in c.get("wrong", []):
            if len(w["text"].split()) > short_words:
                assert w.get("fix") == c["canonical"], f"{c['id']}: {w['text']!r} would be fixed to the surname"


def test_no_flagged_form_is_an_accepted_form_of_another_concept():
    accepted = defaultdict(set)
    for c in ALL_PEOPLE + OTHERS:
        for f in _accepted(c):
            accepted[f.casefold()].add(c["id"])
    for c in ALL_PEOPLE:
        for f in _flagged(c):
            assert accepted.get(f.casefold(), set()) <= {c["id"]}, f"{c['id']}: {f!r} is accepted for {accepted[f.casefold()]}"
    for c in OTHERS:  # and the other files don't flag a spelling of one of our people
        ours = {f.casefold() for p in ALL_PEOPLE for f in _accepted(p)}
        assert not {f.casefold() for f in _flagged(c)} & ours, c["id"]


def test_people_sharing_a_surname_say_so():
    by_short = defaultdict(list)
    for c in ALL_PEOPLE:
        if c.get("short"):
            by_short[c["short"]].append(c)
    shared = {s: cs for s, cs in by_short.items() if len(cs) > 1}
    assert "Medvedev" in shared  # the politician and the tennis player
    for short, concepts in shared.items():
        for c in concepts:
            assert "same short form" in c["note"], f"{c['id']} shares {short!r} without a note"


def test_core_people_are_not_redefined():
    core_forms = {f.casefold() for c in OTHERS if c["id"] in CORE_PEOPLE for f in _accepted(c)}
    assert core_forms, "core.yaml lost its people"
    for c in ALL_PEOPLE:
        assert c["canonical"].casefold() not in core_forms, c["id"]


def test_accept_lists_hold_lowercase_common_words_only():
    for name in PEOPLE_FILES:
        for word in _load(GLOSSARY / name)[1]:
            assert word == word.lower() and _common(word), f"{name}: {word!r}"


def test_loader_validates_the_bundled_glossary_with_our_people():
    glossary = load_glossary((), bundled=True)
    assert {c["id"] for c in ALL_PEOPLE} <= set(glossary.by_id)
    belousov = glossary.by_id["andrei-belousov"]
    assert belousov.short == "Belousov" and "Андрей Белоусов" in belousov.ru
    assert "may" in glossary.accept


def _mt1_findings(text: str) -> list[tuple[str, str, str | None]]:
    result = engine.audit(Document(text), AuditContext(), Selection(select=("MT1",)))
    return [(f.code, f.text, f.fix.edits[0].replacement if f.fix else None) for f in result.findings]


def test_machine_translated_names_are_flagged_and_fixed():
    text = ("The head of the LPR, Leonid Pasechnik, met Prosecutor General Yuri Seagull. "
            "German Chancellor Olaf Sholts and Emmanuel Makron spoke to Denis Shmygal. "
            "Ilon Mask wrote that Love Sobol was right.")
    found = {(code, span, fix) for code, span, fix in _mt1_findings(text)}
    assert ("MT101", "Seagull", "Chaika") in found
    assert ("MT104", "Olaf Sholts", "Olaf Scholz") in found
    assert ("MT104", "Emmanuel Makron", "Emmanuel Macron") in found
    assert ("MT104", "Denis Shmygal", "Denys Shmyhal") in found
    assert ("MT101", "Ilon Mask", "Elon Musk") in found
    assert ("MT101", "Love Sobol", "Lyubov Sobol") in found


def test_clean_english_with_many_people_is_not_flagged():
    text = ("Russian Defence Minister Andrei Belousov met Valery Gerasimov on Tuesday, while Kremlin aide "
            "Yuri Ushakov said Moscow was ready to talk. Ukraine's commander-in-chief Oleksandr Syrskyi "
            "said troops held the line. Emmanuel Macron and Friedrich Merz spoke with Keir Starmer. "
            "Theresa May said talks may resume; Jeremy Hunt said the hunt for a deal goes on. "
            "Ban Ki-moon opposed the ban. Elon Musk, Mike Pence and Marco Rubio spoke to reporters. "
            "Andriy Yermak and Kyrylo Budanov met Steve Witkoff. Alexander Lukashenko hosted "
            "Kassym-Jomart Tokayev, and Xi Jinping met Narendra Modi.")
    assert _mt1_findings(text) == []


def _sentence(form: str) -> str:
    return f"On Tuesday {form} told reporters in the capital that talks would continue."


def test_every_accepted_spelling_passes_without_findings():
    ctx, select = AuditContext(), Selection(select=("MT1",))
    noisy = []
    for c in ALL_PEOPLE:
        for form in [c["canonical"]] + list(c.get("variants", [])):
            findings = engine.audit(Document(_sentence(form)), ctx, select).findings
            if findings:
                noisy.append((c["id"], form, [(f.code, f.text) for f in findings]))
    assert noisy == []


def test_every_transliteration_and_always_wrong_form_is_flagged():
    ctx, select = AuditContext(), Selection(select=("MT1",))
    missed = []
    for c in ALL_PEOPLE:
        expected = [(t, "MT104") for t in c.get("translit", [])]
        expected += [(w["text"], "MT101") for w in c.get("wrong", []) if w["cue"] == "none"]
        for form, code in expected:
            findings = engine.audit(Document(_sentence(form)), ctx, select).findings
            if not any(f.text == form and f.code == code for f in findings):
                missed.append((c["id"], form, code))
    assert missed == []
