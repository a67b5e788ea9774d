"""Editorial glosses: outlet-signed clarifications, literal editor's notes, placeholder brackets."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import glosses, glosses_lines
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.types import Applicability


def _find(text: str):
    return audit(Document(text), AuditContext(AuditSpec(bundled_glossary=False)), detectors=(glosses.DETECTOR,)).findings


def test_outlet_gloss_inside_a_quote_becomes_a_bracketed_clarification_safely():
    text = "“Now I would [this] (create a group on cyber security. — RBC) argue,” he added."
    gloss = next(f for f in _find(text) if f.code == "MT301")
    assert gloss.text == "(create a group on cyber security. — RBC)"
    assert gloss.correction == "[create a group on cyber security]"
    assert gloss.applicability is Applicability.SAFE


def test_an_outlet_note_outside_a_quote_is_removed_unsafely_with_its_space():
    text = "The talks (in Geneva. — Interfax) would resume."
    f = next(f for f in _find(text) if f.code == "MT301")
    assert f.text.strip() == "(in Geneva. — Interfax)" and f.correction == ""
    assert f.applicability is Applicability.UNSAFE
    assert text[:f.start] + f.correction + text[f.end:] == "The talks would resume."


def test_a_translators_gloss_outside_a_quote_keeps_its_content():
    f = next(f for f in _find("The subbotnik (a day of unpaid work — translator's note) began.") if f.code == "MT301")
    assert f.correction == "(a day of unpaid work)"


def test_gloss_tags_with_hyphen_and_square_brackets():
    found = _find("“They [the allies - Ed.] said no,” and “we [Kyiv — UNIAN] agree,” he said.")
    assert [f.correction for f in found if f.code == "MT301"] == ["[the allies]", "[Kyiv]"]


def test_a_dash_inside_an_ordinary_parenthesis_is_not_a_gloss():
    assert _find("The index (a measure of activity - not output) rose. He met Lt. Gen. Ivanov (ret.).") == []


def test_outlet_names_are_case_sensitive_but_editor_tags_are_not():
    assert not [f for f in _find("He chose a colour (one of three - red) for the flag.") if f.code == "MT301"]
    assert [f for f in _find("“It [the deal — ed.] is off,” she said.") if f.code == "MT301"]


def test_literal_editor_note_is_deleted_with_its_leading_space():
    text = "The figure excludes Crimea (approx. ed.) and Sevastopol."
    (f,) = _find(text)
    assert f.code == "MT302"
    fixed = text[:f.start] + f.correction + text[f.end:]
    assert fixed == "The figure excludes Crimea and Sevastopol."


def test_placeholder_needs_a_gloss_after_it_unless_it_is_a_bare_demonstrative():
    assert [f.code for f in _find("“The banks [that] depend on funding will feel it,” he said.")] == []
    assert [f.code for f in _find("“We did [it] (the deal. — TASS) ourselves,” he said.")] == ["MT303", "MT301"]
    (f,) = _find("“We cannot accept [these] conditions,” she said.")
    assert f.code == "MT303" and f.confidence.value == "possible"


def test_placeholder_removal_leaves_a_single_space():
    text = "“I would [this] (create a group) argue,” he said."
    f = next(f for f in _find(text) if f.code == "MT303")
    assert f.text == "[this] "
    assert (text[:f.start] + f.correction + text[f.end:]).startswith("“I would (create")


def test_a_translators_note_spelled_out_is_a_gloss_an_english_editors_note_is_not():
    found = _find("Import substitution (buying domestic goods instead of imports — translator's note) slowed.")
    assert [f.code for f in found] == ["MT301"]
    assert found[0].text == "(buying domestic goods instead of imports — translator's note)"
    (note,) = _find("The zemstvo (note of the translator) met in spring.")
    assert note.code == "MT302"
    assert _find("Editor's note: this story was updated on Monday to add a comment.") == []
    assert _find("(Editor's note: the author is a former diplomat.)") == []


def test_a_picture_mark_in_brackets_in_russian_news_only():
    from mtaudit.audit.context import AuditContext, AuditSpec
    from mtaudit.audit.engine import audit
    from mtaudit.detectors import glosses
    from mtaudit.text.document import Document

    ctx = AuditContext(AuditSpec(bundled_glossary=True))
    russian = "The new ferry to Sakhalin left Kholmsk on Monday, the port in the Sakhalin region said."
    for mark in ("[PHOTO]", "(photo, video)", "[Video]"):
        found = audit(Document(f"{russian} {mark}\n"), ctx, detectors=(glosses.DETECTOR,)).findings
        assert [f.text.strip() for f in found] == [mark], mark
    assert audit(Document("The new ferry left Dover on Monday. [PHOTO]\n"), ctx, detectors=(glosses.DETECTOR,)).findings == []
    assert audit(Document(f"{russian} (pictured)\n"), ctx, detectors=(glosses.DETECTOR,)).findings == []


def test_a_background_sentence_signed_as_the_editors_note_is_removed_whole():
    """"(… — Note of the editorial office)": the signer grammar of data/note_signatures.tsv, at the
    end of round or square brackets; a whole background sentence goes, a word's gloss keeps its content."""
    for text in ("(Shanezhki are open pies of rye dough baked in the Urals. — Note of the editorial office)\n\nThe bakery opened.",
                 "The bakery opened. [Shanezhki are open pies of rye dough baked in the Urals. — Comment of the editors]"):
        (f,) = [f for f in _find(text) if f.code == "MT301"]
        assert f.text.strip().startswith(("(Shanezhki", "[Shanezhki")) and f.correction == ""
    (f,) = [f for f in _find("The zemstvo (a rural council — note from the translator) met.") if f.code == "MT301"]
    assert f.correction == "(a rural council)"
    assert _find("(Editor's note: the author is a former diplomat.)") == []
    assert _find("The editors wrote a note of thanks to the editorial office of the paper.") == []


def test_a_signed_note_on_a_line_of_its_own_is_reported_once_without_the_break_before_it():
    text = ("The district of the Kursk region will get 12 million rubles for a bakery.\n\n"
            "(Note of the editors: shanezhki are open pies.)\n\nIt sells bread.")
    found = audit(Document(text), AuditContext(AuditSpec(bundled_glossary=False)),
                  detectors=(glosses.DETECTOR, glosses_lines.DETECTOR)).findings
    assert [(f.code, f.text) for f in found] == [("MT326", "(Note of the editors: shanezhki are open pies.)")]
    (f,) = _find("The zemstvo met in spring.\n\n(approx. ed.: a rural council)\n")
    assert f.code == "MT302" and f.text == "(approx. ed.: a rural council)"
