"""Untranslated text: Cyrillic, mixed scripts, transliterated leftovers, foreign sentences."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.detectors import untranslated
from mtaudit.text.document import Document
from mtaudit.audit.engine import audit
from mtaudit.core.errors import UserError
from mtaudit.text.langid import BACKENDS, identify
from mtaudit.core.types import Applicability


def _find(text: str, **settings):
    ctx = AuditContext(AuditSpec(bundled_glossary=False, **settings))
    return audit(Document(text), ctx, detectors=(untranslated.DETECTOR,)).findings


def test_homoglyph_word_gets_a_safe_latin_fix():
    (f,) = _find("Talks were held in Мoscow on Friday.")
    assert (f.code, f.text, f.correction) == ("MT602", "Мoscow", "Moscow")
    assert f.applicability is Applicability.SAFE


def test_mixed_word_without_latin_lookalikes_has_no_fix():
    (f,) = _find("The Moskвa river froze.")
    assert f.code == "MT602" and f.fix is None


def test_translit_abbreviations_only_in_their_context():
    found = _find("The fine is 300 tys. roubles, paid in 2017 g. to the Gosduma.")
    assert [(f.text, f.correction) for f in found] == [
        (" tys.", " thousand"), (" g.", ""), ("Gosduma", "State Duma")]
    assert _find("The tys. and g. letters, the siloviki and the oblast, 5 mln roubles.") == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_foreign_sentences_with_each_backend(backend):
    text = ("Talks ended late on Friday. Die Bundesregierung hat die Sanktionen gegen Russland "
            "um weitere sechs Monate verlängert. The delegations left Geneva on Saturday morning.")
    found = _find(text, langid=backend)
    assert [f.code for f in found] == ["MT604"]
    assert found[0].text.startswith("Die Bundesregierung")


def test_a_foreign_quote_is_judged_apart_from_its_english_attribution():
    text = "“My ne dopustim povtoreniya etoy situatsii ni pri kakikh obstoyatelstvakh,” he stressed."
    (f,) = _find(text)
    assert f.text == "My ne dopustim povtoreniya etoy situatsii ni pri kakikh obstoyatelstvakh"


def test_one_unknown_word_does_not_make_a_sentence_foreign():
    # a lowercased surname made the identifier read this as Spanish (English p=0.15)
    text = "Irina sokolova was named best director for the film about the northern lighthouse."
    assert [f.code for f in _find(text) if f.code == "MT604"] == []
    from mtaudit.text.plain_english import unknown_words
    assert unknown_words(text) == 1
    assert unknown_words("Die Bundesregierung hat die Sanktionen gegen Russland verlängert.") >= 2


def test_short_or_name_heavy_text_is_not_judged():
    assert _find("Ja. Nein. Da. (Reporting by Anna Petrova; Editing by Mark Heinrich)") == []


def test_unknown_backend_is_a_user_error():
    with pytest.raises(UserError):
        identify("Some text", backend="nope")


def test_language_models_are_not_loaded_at_import():
    code = ("import sys, mtaudit.detectors, mtaudit.text.langid; "
            "print(any(m.split('.')[0] in ('lingua', 'langdetect') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_english_probability_separates_english_from_transliteration():
    from mtaudit.text.langid import english_probability

    assert english_probability("The delegations left Geneva on Saturday morning after the talks.") > 0.5
    assert english_probability("Ya ne znayu, chto budet dalshe s nashimi peregovorami.") < 0.2


def test_missing_lingua_falls_back_to_langdetect_with_a_warning(monkeypatch):
    import mtaudit.text.langid as langid

    real = langid.identifier

    def without_lingua(backend="lingua"):
        if backend.startswith("lingua"):
            raise ImportError("No module named 'lingua'")
        return real(backend)

    monkeypatch.setattr(langid, "identifier", without_lingua)
    ctx = AuditContext(AuditSpec(bundled_glossary=False))
    text = "Die Bundesregierung hat die Sanktionen gegen Russland um weitere sechs Monate verlängert."
    found = audit(Document(text), ctx, detectors=(untranslated.DETECTOR,)).findings
    assert [f.code for f in found] == ["MT604"]
    assert any("using langdetect" in w for w in ctx.warnings)


def test_compound_agency_names_read_back_into_a_head_and_a_russian_noun():
    from mtaudit.detectors.compound_agencies import russian_compound

    assert russian_compound("Mintsyfry") == "минцифры"      # y read as и, a genitive noun
    assert russian_compound("Minselhoz") == "минсельхоз"    # the dropped soft sign restored
    assert russian_compound("Minsvyaz") == "минсвязь"
    assert russian_compound("Avialesookhrana") == "авиалесоохрана"
    for name in ("Minsk", "Minin", "Minnesota", "Minchenko", "Aviastar", "Aviapark", "Minister"):
        assert russian_compound(name) is None, name


def test_compound_agency_names_are_flagged_once_in_running_text():
    found = _find("The Minselhoz expects a smaller harvest, and Mintsyfry will test the app in Minsk.")
    assert [(f.code, f.text) for f in found] == [("MT605", "Minselhoz"), ("MT605", "Mintsyfry")]


def test_a_transliterated_adjective_with_a_russian_noun_is_flagged_as_one_span():
    found = [f for f in _find("Trading on the Sankt-Peterburgskaya Birzha closed early.") if f.code == "MT605"]
    assert [f.text for f in found] == ["Sankt-Peterburgskaya Birzha"]
    found = [f for f in _find("Tourists walked along the Nevskaya naberezhnaya at night.") if f.code == "MT605"]
    assert [f.text for f in found] == ["Nevskaya naberezhnaya"]


def test_names_english_keeps_and_surnames_stay_quiet_beside_a_noun():
    text = ("Novaya Gazeta, Krasnaya Zvezda and the Nevsky Prospekt were named; Anna Politkovskaya "
            "wrote for Novaya Gazeta, and the Bolshoi Theatre reopened.")
    assert [f for f in _find(text) if f.code == "MT605"] == []


def test_a_pair_the_text_marks_as_a_company_name_stays_quiet_in_every_mention():
    text = ("PAO Zolotaya Korzina raised prices. Zolotaya Korzina's stores opened in May, "
            "and Zolotaya Korzina hired staff.")
    assert [f for f in _find(text) if f.code == "MT605"] == []
    assert [f.text for f in _find("Zolotaya Korzina hired staff.") if f.code == "MT605"] == ["Zolotaya Korzina"]


def test_a_web_address_is_a_name_not_a_leftover():
    """Russian regional news names its source by its site; the words of an address are not
    transliterated Russian, while the same word in running text still is."""
    text = ("The bridge will reopen in May, writes vologda-portal.ru. Details are on "
            "sibnovosti.info and at news.krasnoyarsk-gorod.ru.")
    assert [f for f in _find(text) if f.code in ("MT604", "MT605")] == []
    found = [f.text for f in _find("The budget of the oblastnaya bolnitsa was cut.") if f.code == "MT605"]
    assert found, "a leftover in running text is still flagged"


def test_a_russian_word_after_a_town_is_judged_after_a_first_name_it_is_a_surname():
    # "Tula pryaniki": a town's product, not a lowercased surname after a first name
    assert [f.text for f in _find("Visitors drink tea with Tula pryaniki in the tea room.")
            if f.code == "MT605"] == ["pryaniki"]
    for text in ("Security Council secretary Nikolai patrushev met the envoy.",
                 "The prize went to Dorzho tsybikov of the district.",   # a surname's ending
                 "The works will be done on the Leninsky prospekt."):    # after a Russian adjective
        assert not [f for f in _find(text) if f.code == "MT605" and f.text in
                    ("patrushev", "tsybikov", "prospekt")], text


def test_an_appositive_plural_gloss_licenses_the_word():
    text = ("Shelves hold bags of sushki, the small ring-shaped biscuits that families eat with tea. "
            "The best seller is pryaniki, spiced honey biscuits baked in Kent.")
    assert not [f for f in _find(text) if f.code == "MT605"]
    # a list is no gloss
    assert [f.text for f in _find("They sold pryaniki, honey and tea.") if f.code == "MT605"] == ["pryaniki"]
