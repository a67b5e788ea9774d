"""MT325, MT326 (detectors/glosses_lines.py) and MT322's label sentence (detectors/glosses.py)."""

from __future__ import annotations

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.audit.fixes import apply_edits
from mtaudit.detectors import glosses, glosses_lines
from mtaudit.text.document import Document

_CTX = AuditContext(AuditSpec(bundled_glossary=True))
_RUSSIAN = "The district of the Kursk region will get 12 million rubles for the repair of the road.\n\n"


def _find(text: str, detector=glosses_lines.DETECTOR):
    return audit(Document(text), _CTX, detectors=(detector,)).findings


def test_a_bracketed_credit_closing_a_sentence_is_found_and_deleted():
    text = "Two boats sank near the pier in Kholmsk on Monday (Interfax). Nobody was hurt."
    (f,) = _find(text)
    assert f.code == "MT325" and f.text == " (Interfax)"
    assert apply_edits(text, list(f.fix.edits)) == "Two boats sank near the pier in Kholmsk on Monday. Nobody was hurt."
    assert [f.text for f in _find("The dam held, the rescuers said. (RIA Novosti)")] == [" (RIA Novosti)"]


def test_english_credits_datelines_and_introduced_names_stay_quiet():
    assert _find("KAZAN (Reuters) - Two boats sank near the pier on Monday.") == []
    assert _find("Two boats sank near the pier, the police said (AP).") == []
    assert _find("He worked for ten years at the Russian news agency (TASS).") == []
    assert _find("The dam was reported by Rossiya Segodnya (RIA Novosti).") == []


def test_the_slash_credit_of_a_russian_wire():
    (f,) = _find("TOMSK, 4 March. /Corr. RIA Novosti/. The bridge opened.")
    assert f.code == "MT325" and f.text.startswith("/Corr. RIA Novosti/")
    assert _find("TOMSK, March 4. /TASS/. The bridge opened.") == []


def test_furniture_lines_in_russian_news_only():
    found = _find(_RUSSIAN + "Read also: The governor visited the new school\n\nSubscribe to us in VK\n\nSource: Interfax")
    assert [f.code for f in found] == ["MT326"] * 3
    assert [f.text for f in found][2] == "Source: Interfax"
    # the same leads in an English story are a site's own links
    assert _find("The council will vote on the budget on Monday.\n\nRead also: The mayor's plan for the parks") == []
    # a lead in running prose is no furniture
    assert _find(_RUSSIAN + "Read also the report of the commission, which came out in May.") == []
    assert _find(_RUSSIAN + "Source: the regional budget office said the road would cost more.") == []


def test_a_furniture_line_is_removed_with_its_break():
    text = _RUSSIAN + "Materials on the topic"
    (f,) = _find(text)
    assert apply_edits(text, list(f.fix.edits)) == _RUSSIAN.rstrip("\n")


def test_a_legal_label_as_a_sentence_of_its_own():
    (f,) = _find("The video was posted on Instagram.\n\nMeta is recognized as an extremist organization and "
                 "banned in Russia.", glosses.DETECTOR)
    assert f.code == "MT322" and f.text.startswith("Meta is recognized") and f.fix.applicability.value == "safe"
    assert _find("Meta was recognized as extremist in Russia in 2022.", glosses.DETECTOR) == []
    assert _find("Instagram is banned in Russia, but many people still use it.", glosses.DETECTOR) == []
    # the label inside a relative clause is the bracket's (MT320), not a sentence
    found = _find("The posts appeared on a network (owned by Meta, which is recognized as extremist and banned "
                  "in the Russian Federation).", glosses.DETECTOR)
    assert [f.code for f in found] == ["MT320"]


def test_a_furniture_line_in_brackets_of_its_own():
    text = _RUSSIAN + "[Translator's note: the pies are called \"shanezhki\" in the original.]\n\nThe road opens in May.\n"
    assert [f.text for f in _find(text)] == ["[Translator's note: the pies are called \"shanezhki\" in the original.]"]
    assert _find(_RUSSIAN + "[Translator's note: the pies are called \"shanezhki\" in the original.\n") == []


def test_a_picture_credited_to_a_press_service_in_russian_news_only():
    for line in ("Photo: Northgate press service", "Photo: the press service of the district administration"):
        assert [f.text for f in _find(_RUSSIAN + line + "\n")] == [line]
        assert _find("The factory in Leeds opened a new line.\n\n" + line + "\n") == []
    assert _find(_RUSSIAN + "Photo: press service staff at work in the district\n") == []


def test_an_outlet_in_wire_slashes_closing_the_story():
    text = "The rink will open in December. The skates are free. /TASS/\n"
    (f,) = _find(text)
    assert f.code == "MT325" and f.text == " /TASS/"
    assert apply_edits(text, list(f.fix.edits)) == "The rink will open in December. The skates are free.\n"
    assert _find("TOMSK, March 4. /TASS/. The bridge opened.\n") == []
    assert _find("The route runs Moscow /Tver/ Klin.\n") == []


def test_an_outlet_no_list_knows_is_read_by_its_shape():
    for credit in ("(RIA Pomorye)", "(Irtysh-Press)"):
        (f,) = _find(f"The ferry to the island will run until October {credit}. Tickets cost 200 roubles.")
        assert f.code == "MT325" and f.text == " " + credit
    (f,) = _find(_RUSSIAN + "Source: Onega-Inform\n")
    assert f.code == "MT326" and f.text == "Source: Onega-Inform"
    assert _find("The old posts were moved to a new blog (WordPress).") == []
    assert _find(_RUSSIAN + "Source: Daily Express\n") == []


def test_a_credit_to_a_source_named_by_a_common_noun_in_russian_news_only():
    for line in ("Photo: illustrative", "Photo: from the archive of the editorial office",
                 "Source: the official website of the district administration", "Photo by the author",
                 "Video: VK group of the village school", "Photo: pixabay.com"):
        assert [f.text for f in _find(_RUSSIAN + line + "\n")] == [line], line
        assert _find("The factory in Leeds opened a new line.\n\n" + line + "\n") == [], line
    for line in ("Video: Telegram", "Photo: the archive was opened to visitors in May",
                 "Source: company reports", "Photo: Getty Images"):
        assert _find(_RUSSIAN + line + "\n") == [], line


def test_a_section_label_line_in_russian_news_only():
    for line in ("Related news:", "Earlier on the topic: A new bridge was opened", "News of partners",
                 "Also on the topic"):
        assert [f.text for f in _find(_RUSSIAN + line + "\n\nThe road opens in May.\n")] == [line], line
        assert _find("The pier in Brighton reopened on Monday.\n\n" + line + "\n") == [], line
    for line in ("The news of the partners came on Monday.", "Topic", "On the road"):
        assert _find(_RUSSIAN + line + "\n") == [], line


def test_a_background_box_left_as_a_paragraph_is_found_whole():
    """Справка / Для справки rendered "Reference." / "For reference:" / "Help.": the whole paragraph
    is the page's box, in Russian news only; a title alone on its line takes the paragraph under it."""
    box = "The Seim is a left tributary of the Desna; it is 748 kilometres long and crosses two regions of Russia."
    for title in ("Reference. ", "For reference: ", "Help. ", "Background information. "):
        (f,) = _find(_RUSSIAN + title + box + "\n\nThe repair starts in May.\n")
        assert f.code == "MT326" and f.text == title + box
        assert apply_edits(_RUSSIAN + title + box + "\n", list(f.fix.edits)).strip() == _RUSSIAN.strip()
    (f,) = _find(_RUSSIAN + "Reference\n\n" + box + "\n\nThe repair starts in May.\n")
    assert f.text == "Reference\n\n" + box


def test_reference_as_a_word_and_english_background_lines_stay_quiet():
    assert _find(_RUSSIAN + "For reference, the old record was set in 2019 by a team from Kursk.\n") == []
    assert _find(_RUSSIAN + "Reference books and maps of the district were handed to the school.\n") == []
    assert _find("The pier in Brighton reopened on Monday.\n\nBackground: The pier was built in 1899 and "
                 "closed after a storm in 2024.\n") == []
