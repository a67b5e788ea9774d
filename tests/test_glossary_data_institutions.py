"""The bundled non-people glossary (institutions-ru, organisations, outlets, places, titles).

These files are curated by hand; the tests catch what hand-curation gets wrong: duplicate ids or
surface forms, broken canonical casing, transliterations that are English words (a `translit`
form is normalised wherever it appears), house-style casings flagged as artifacts, and artifact
casings accepted by mistake. The last tests run the real detectors over short texts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from mtaudit.audit.context import AuditContext
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.text.english_words import is_common_word
from mtaudit.glossary.loader import bundled_files, merge_bundled, read_file
from mtaudit.rules.model import Selection

GLOSSARY = Path(__file__).resolve().parent.parent / "glossary"
SEED_HUMAN = Path(__file__).resolve().parent.parent / "seeds" / "004_ec8cb50e9670c9e8.txt"
FILE_TYPES = {"institutions-ru.yaml": "organisation", "organisations.yaml": "organisation",
              "outlets.yaml": "outlet", "places.yaml": "place", "titles.yaml": "title"}
CORE_IDS = {"state-duma", "federation-council", "ministry-of-defence-russia", "national-security-agency"}
CONCEPT_KEYS = {"id", "canonical", "type", "short", "ru", "inflect", "variants", "translit", "wrong",
                "applicability", "source", "note"}
MINOR_WORDS = {"of", "the", "and", "for", "on", "in", "de", "della", "to", "at", "a"}
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Acronyms whose lower case is in the word list but never occurs as an English word in news.
RARE_LOWERCASE_ACRONYMS = {"UN", "EU", "TASS", "RIA", "GUR", "SAPO", "POLITICO"}


def _load(path: Path) -> tuple[list[dict], list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(data, list):
        return data, []
    return data.get("concepts") or [], data.get("accept") or []


DATA = {name: _load(GLOSSARY / name) for name in FILE_TYPES}
OURS = [c for concepts, _ in DATA.values() for c in concepts]
ACCEPT = {a for _, accept in DATA.values() for a in accept}


def _accepted(c: dict) -> list[str]:
    return [f for f in [c["canonical"], c.get("short")] + list(c.get("variants") or []) if f]


def _flagged(c: dict) -> list[str]:
    return list(c.get("translit") or []) + [w["text"] for w in c.get("wrong") or []]


def _common(word: str) -> bool:
    """A lower-case English word, directly or as a plural (the word list has no plurals)."""
    return any(is_common_word(w) for w in {word, word[:-1] if word.endswith("s") else word})


def test_at_least_280_concepts_and_every_file_holds_one_type():
    assert len(OURS) >= 280
    for name, (concepts, _) in DATA.items():
        assert len(concepts) >= 50, name
        assert {c["type"] for c in concepts} == {FILE_TYPES[name]}, name


def test_ids_unique_across_every_bundled_file_and_core_ids_not_redefined():
    ours = [c["id"] for c in OURS]
    assert len(ours) == len(set(ours)), sorted(i for i in ours if ours.count(i) > 1)
    assert not set(ours) & CORE_IDS
    everywhere = [c["id"] for p in sorted(GLOSSARY.glob("*.yaml")) for c in _load(p)[0]]
    assert len(everywhere) == len(set(everywhere)), sorted({i for i in everywhere if everywhere.count(i) > 1})
    assert CORE_IDS <= set(everywhere)


def test_keys_are_known_and_forms_clean():
    for c in OURS:
        assert set(c) <= CONCEPT_KEYS, c["id"]
        assert c.get("id") and c.get("canonical") and c.get("type"), c
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c["id"]), c["id"]
        assert c.get("applicability", "unsafe") in ("safe", "unsafe"), c["id"]
        for form in _accepted(c) + _flagged(c):
            assert form == form.strip() and "  " not in form and not CYRILLIC.search(form), (c["id"], form)
        english = {f.casefold() for f in _accepted(c)}
        for form in c.get("ru") or []:  # Russian text writes some brands in Latin script ("Reuters")
            assert CYRILLIC.search(form) or form.casefold() in english, (c["id"], form)


def test_wrong_forms_have_a_cue_and_a_note():
    wrongs = [(c, w) for c in OURS for w in c.get("wrong") or []]
    assert len(wrongs) >= 80
    for c, w in wrongs:
        assert set(w) <= {"text", "cue", "cased", "fix", "note"}, c["id"]
        assert w["cue"] in ("required", "none") and w.get("note"), (c["id"], w)


def test_organisation_canonicals_capitalise_every_significant_word():
    for c in OURS:
        if c["type"] != "organisation":
            continue
        for word in c["canonical"].split():
            if word.lower() in MINOR_WORDS or not word[:1].isalpha():
                continue
            assert word[:1].isupper(), f"{c['id']}: {c['canonical']!r} has lower-case {word!r}"


def test_each_english_form_belongs_to_one_concept():
    owner = defaultdict(set)
    for c in OURS:
        for form in _accepted(c) + _flagged(c):
            owner[form.casefold()].add(c["id"])
    shared = {f: ids for f, ids in owner.items() if len(ids) > 1}
    assert not shared, shared


def test_russian_forms_belong_to_one_concept():
    owner = defaultdict(set)
    for c in OURS:
        for form in c.get("ru") or []:
            owner[form.casefold()].add(c["id"])
    shared = {f: ids for f, ids in owner.items() if len(ids) > 1}
    assert not shared, shared


def test_no_flagged_form_is_accepted_anywhere_in_the_bundled_glossary():
    accepted = defaultdict(set)
    for p in sorted(GLOSSARY.glob("*.yaml")):
        concepts, accept = _load(p)
        for c in concepts:
            for f in _accepted(c):
                accepted[f.casefold()].add(c["id"])
    for c in OURS:
        for f in _flagged(c):
            assert accepted.get(f.casefold(), set()) <= {c["id"]}, f"{c['id']}: {f!r} is accepted elsewhere"
            assert f not in ACCEPT, f"{c['id']}: {f!r} is both flagged and accepted"


def test_single_word_transliterations_are_not_english_words():
    for c in OURS:
        for t in c.get("translit") or []:
            if " " not in t:
                assert not _common(t), f"{c['id']}: translit {t!r} is an English word"


def test_flagged_forms_do_not_end_in_an_apostrophe():
    """"Sevastopol'" would match inside the possessive "Sevastopol's"."""
    for c in OURS:
        for f in _flagged(c):
            assert not f.endswith(("'", "’")), (c["id"], f)


def test_always_wrong_forms_are_not_single_english_words():
    for c in OURS:
        for w in c.get("wrong") or []:
            if w["cue"] == "none" and " " not in w["text"]:
                assert not _common(w["text"]), (c["id"], w["text"])


def test_upper_case_forms_are_not_common_words_in_lower_case():
    """The casing detector checks lower-case hits of acronyms: 'US' would flag the pronoun 'us'."""
    for c in OURS:
        for f in _accepted(c):
            if " " not in f and f.isupper() and f not in RARE_LOWERCASE_ACRONYMS:
                assert not _common(f), f"{c['id']}: {f!r} is the word {f.lower()!r}"


def test_accept_lists_keep_house_styles_but_not_artifacts():
    for style in ("Russian foreign ministry", "Russia's central bank", "Russian government",
                  "president of Russia", "US secretary of state", "speaker of the State Duma",
                  "chief of the General Staff", "Crimean bridge"):
        assert style in ACCEPT, style
    for artifact in ("Russian foreign Ministry", "national security Agency", "State duma",
                     "federation Council", "ministry of Defence", "chief of general Staff",
                     "Federation council", "foreign Ministry"):
        assert artifact not in ACCEPT, artifact


def test_chosen_canonical_forms():
    by_id = {c["id"]: c for c in OURS}
    assert by_id["kyiv"]["canonical"] == "Kyiv" and "Kiev" in by_id["kyiv"]["translit"]
    assert by_id["rosgvardia"]["canonical"] == "Rosgvardia" and "Rosgvardiya" in by_id["rosgvardia"]["translit"]
    assert "Foreign Ministry" in by_id["ministry-of-foreign-affairs-russia"]["variants"]
    assert by_id["investigative-committee-russia"]["canonical"] == "Investigative Committee"
    assert by_id["reuters"]["canonical"] == "Reuters" and "Рейтер" in by_id["reuters"]["ru"]
    assert by_id["rbc"]["ru"][0] == "РБК"


def test_the_loader_validates_the_bundled_glossary_with_our_concepts():
    files = bundled_files()
    assert set(FILE_TYPES) <= {f.name for f in files}
    for name in FILE_TYPES:
        concepts, _ = read_file(GLOSSARY / name)  # raises UserError with file:line on any mistake
        assert len(concepts) == len(DATA[name][0])
    glossary = merge_bundled(files)
    assert {c["id"] for c in OURS} <= set(glossary.by_id)
    assert glossary.by_id["prosecutor-generals-office-russia"].type == "organisation"
    assert "Russian foreign ministry" in glossary.accept


def _mt1(text: str) -> set[tuple[str, str, str | None]]:
    result = audit(Document(text), AuditContext(), Selection(select=("MT1",)))
    return {(f.code, f.text, f.fix.edits[0].replacement if f.fix else None) for f in result.findings}


def test_machine_translated_institutions_and_places_are_flagged_and_fixed():
    text = ("The official representative of the Foreign Ministry said that the Counting Chamber had "
            "checked the Ministry of Enlightenment. According to Rosgvardiya, protesters were held in "
            "Kharkov. The US Ministry of Finance imposed sanctions, the Security Council of the UN met, "
            "and the Russian foreign Ministry said the Supreme Rada had voted. The Gaza Sector was hit.")
    found = _mt1(text)
    expected = {
        ("MT101", "official representative of the Foreign Ministry", "Foreign Ministry spokesperson"),
        ("MT101", "Counting Chamber", "Accounts Chamber"),
        ("MT101", "Ministry of Enlightenment", "Ministry of Education"),
        ("MT104", "Rosgvardiya", "Rosgvardia"),
        ("MT101", "US Ministry of Finance", "Treasury Department"),
        ("MT101", "Security Council of the UN", "UN Security Council"),
        ("MT103", "Russian foreign Ministry", "Russian Foreign Ministry"),
        ("MT101", "Supreme Rada", "Verkhovna Rada"),
        ("MT101", "Gaza Sector", "Gaza Strip"),
    }
    assert expected <= found, expected - found
    assert not any(f[1] == "Kharkov" for f in found)  # a house style (TASS), not an MT artifact


def test_house_style_english_about_institutions_is_not_flagged():
    text = ("The Russian president met the US secretary of state. Russia's foreign ministry said the "
            "talks were useful, and Russia's central bank held rates. Let us know who pays, said the "
            "head of the central bank of Russia. Sergei Shoigu, secretary of the Security Council, and "
            "the speaker of the State Duma spoke; the chief of the General Staff did not. Drones hit the "
            "Crimean bridge and troops crossed to the west bank of the Dnipro river. The Russian "
            "government and the Russian armed forces, Ukraine's armed forces, the Black Sea fleet, the "
            "FSB director, the CIA director and the UN secretary-general were all mentioned. "
            "Sevastopol's port was hit; Yuri Nikolaev spoke in the Kursk Region. Central bank Governor "
            "Elvira Nabiullina spoke to the New York Times, the Moscow Times and the Kyiv Independent; "
            "the European council president and the Moscow city court were mentioned by the Guardian. "
            "See cnn.com, rt.com and www.bbc.co.uk; a 40 ft fence; café au lait; cis women.")
    assert _mt1(text) == set()


def test_human_written_seed_gets_no_glossary_findings():
    text = SEED_HUMAN.read_bytes().decode("utf-8")
    assert _mt1(text) == set()


@pytest.mark.parametrize("name", sorted(FILE_TYPES))
def test_files_parse_with_safe_load(name):
    data = yaml.safe_load((GLOSSARY / name).read_text(encoding="utf-8"))
    assert isinstance(data, (list, dict))
