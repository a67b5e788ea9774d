"""MT327-MT329 (detectors/glosses_notes.py) and MT326's bylines and caption leads (detectors/glosses_lines.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.detectors import glosses, glosses_lines, glosses_notes
from mtaudit.text.document import Document

_CTX = AuditContext(AuditSpec(bundled_glossary=True))
_RUSSIAN = "The skating rink in the Kursk region will open in December, the head of the district said.\n\n"
_ENGLISH = "The skating rink in Leeds will open in December, the council said.\n\n"


def _find(text: str, detector=glosses_notes.DETECTOR):
    return audit(Document(text), _CTX, detectors=(detector,)).findings


def _texts(text: str, detector=glosses_notes.DETECTOR):
    return [f.text for f in _find(text, detector)]


def test_a_credit_in_each_shape_is_one_finding_and_its_line_goes():
    for line in ("The photo was provided by the district administration.",
                 "Photos courtesy of the organisers of the festival",
                 "Photo taken from the website of the regional ministry",
                 "Illustrative photo",
                 "The author's photo",
                 "Photo of the author",
                 "Screenshot from the video of the traffic police"):
        text = _RUSSIAN + line
        (f,) = _find(text)
        assert f.code == "MT327" and f.text == line, line
        assert apply_edits(text, list(f.fix.edits)) == _RUSSIAN.rstrip("\n")


def test_english_credits_and_story_sentences_about_pictures_stay_quiet():
    assert _find(_RUSSIAN + "Photo by Ivan Belov") == []
    assert _find(_RUSSIAN + "Photo courtesy of NASA") == []
    assert _find(_RUSSIAN + "The photo was taken by a passer-by, who says the ice cracked at noon.") == []
    # a Russian page's credit in an English story is no MT artifact to report
    assert _find(_ENGLISH + "The photo was provided by the council.") == []
    # MT304's credit line is not reported twice
    assert [f.code for f in _find(_RUSSIAN + "Photo: press service of the governor", glosses.DETECTOR)] == ["MT304"]
    assert _find(_RUSSIAN + "Photo: press service of the governor") == []


def test_sponsor_and_update_notes_where_a_note_stands():
    assert _texts(_RUSSIAN + "The material was prepared with the financial support of the regional ministry "
                  "of digital development.") == ["The material was prepared with the financial support of the "
                                                  "regional ministry of digital development."]
    # a whole sentence in brackets closing a paragraph, with its brackets
    assert _texts("The rink in Kursk will open in December. (The publication was prepared within the framework "
                  "of the project “Our Region”.)") == ["(The publication was prepared within the framework of the "
                                                       "project “Our Region”.)"]
    assert _texts(_RUSSIAN + "With the support of the Presidential Grants Fund") == [
        "With the support of the Presidential Grants Fund"]
    assert _texts(_RUSSIAN + "The project “Ice for All” is implemented with a grant of the Presidential Grants Fund.")
    assert _texts(_RUSSIAN + "The news has been supplemented.") == ["The news has been supplemented."]
    # a project funded in the story's own words, a material of a court case: no note
    assert _find(_RUSSIAN + "The project is implemented with the support of the regional ministry.") == []
    assert _find(_RUSSIAN + "The materials were published by the court on Monday, and the hearing will go on.") == []
    # a sponsor cue mid-paragraph is the story's, not a note
    assert _find("The material was prepared with the support of the fund, the head of the Kursk school said, "
                 "and the pupils will read it in class.") == []


def test_reader_boilerplate():
    text = _RUSSIAN + "Found a typo? Select it and press Ctrl+Enter."
    (f,) = _find(text)
    assert f.code == "MT328" and f.text == "Found a typo? Select it and press Ctrl+Enter."
    assert apply_edits(text, list(f.fix.edits)) == _RUSSIAN.rstrip("\n")
    assert _texts(_RUSSIAN + "The author's point of view may not coincide with the position of the editors.")
    assert _texts(_RUSSIAN + "Full or partial copying of materials is prohibited without a hyperlink to the site.")
    assert _texts(_RUSSIAN + "Do you skate? Share your impressions in the comments.") == [
        "Do you skate? Share your impressions in the comments."]
    assert _texts("The rink in Kursk will open with the show “Ice Tales” (0+) on Sunday.") == [" (0+)"]
    assert _texts(_RUSSIAN + "18+") == ["18+"]
    # English: the views note, a call in an English story, a rating in running prose
    assert _find(_RUSSIAN + "The views expressed are the author's own and do not necessarily reflect ours.") == []
    assert _find(_ENGLISH + "Share your memories of the old rink in the comments below.") == []
    assert _find(_ENGLISH + "The show is for children (6+) and their parents.") == []
    assert _find(_RUSSIAN + "Opinions on the rink may differ, the head of the district admitted.") == []


def test_an_outlet_glossed_in_brackets():
    (f,) = _find("The new stable opened near Pskov, reports PAI (Pskov news agency). Ten horses live there.")
    assert f.code == "MT329" and f.text == " (Pskov news agency)"
    assert _find("The stable was first shown on BBC (British Broadcasting Corporation) in Kursk.") == []
    assert _find("The governor of the Kursk region told the newspaper Kurskaya Pravda (KP) about the rink.") == []
    assert _texts("The governor of the Kursk region told the newspaper Kurskaya Pravda (Kursk Truth) about the "
                  "rink.") == [" (Kursk Truth)"]


def test_bylines_and_caption_leads_in_russian_news_only():
    found = _find(_RUSSIAN + "Text: Irina Volkova. Photo: Pavel Orlov\n\nIn the photo: the new rink",
                  glosses_lines.DETECTOR)
    assert [(f.code, f.text) for f in found] == [("MT326", "Text: Irina Volkova. Photo: Pavel Orlov"),
                                                 ("MT326", "In the photo: the new rink")]
    assert _find(_ENGLISH + "Author: Irina Volkova", glosses_lines.DETECTOR) == []
    assert _find(_RUSSIAN + "By Irina Volkova", glosses_lines.DETECTOR) == []
    assert _find(_RUSSIAN + "Text: the decree in full will be published on Monday", glosses_lines.DETECTOR) == []


def test_a_project_note_with_a_named_body_s_support_in_brackets_of_its_own():
    note = "(The project is implemented with the support of the Fund for Rural Initiatives.)"
    found = _find(_RUSSIAN + "The rink will stay open until March. " + note + "\n")
    assert [f.code for f in found] == ["MT327"]
    assert _find(_RUSSIAN + "The project is implemented with the support of the Fund for Rural Initiatives, "
                            "and the rink will stay open until March.\n") == []
    assert _find(_RUSSIAN + "The rink will stay open. (The project is implemented with the support of local "
                            "volunteers.)\n") == []


def test_a_byline_or_a_source_note_written_as_a_sentence():
    from mtaudit.detectors import glosses_notes

    assert glosses_notes._note_kind("The material was prepared by Anna Orlova.") == "byline"
    assert glosses_notes._note_kind("The news was prepared on the basis of a press release of the ministry.") == "source"
    assert glosses_notes._note_kind("The site operates with the financial support of the Ministry of Culture.") == "sponsor"
    assert glosses_notes._note_kind("The materials were prepared by the prosecutor's office and sent to the court.") is None
    assert glosses_notes._note_kind("The site operates with the financial support of the Ministry of Culture.",
                                    alone=False) is None
