"""names20: Russian names by meaning composed from the name lexicon (MT111), adjective-named natural
features and nouns in an airbase's name slot (MT150), anglicised Russian first names (MT115)."""

from mtaudit.audit.context import AuditContext, AuditSpec
from mtaudit.audit.engine import audit
from mtaudit.detectors import places_meaning
from mtaudit.detectors.entities import anglicised_names
from mtaudit.detectors.entities import apposition_names, name_words
from mtaudit.rules.model import Selection
from mtaudit.text.document import Document


def test_river_adjective_composes_a_name():
    assert name_words.transliteration("Kama Bank") == "Kamsky Bereg"
    assert name_words.transliteration("Ural Frost") == "Uralsky Moroz"
    assert apposition_names.composed_run(["Red", "Guelder", "Rose"]) == 3
    assert apposition_names.composed_run(["Ural", "Airlines"]) == 0


def test_apposition_reads_a_composed_name_and_spares_english_ones():
    found = [c[2] for c in apposition_names.candidates(
        "The prize came from the company Ural Frost; the bridge was built by the company Kama Bank.")]
    assert found == ["Ural Frost", "Kama Bank"]
    quiet = "The jets of the company Ural Airlines and the company Ural Road Concession left."
    assert not list(apposition_names.candidates(quiet))


def test_natural_feature_named_by_an_adjective():
    assert list(places_meaning.geo_adjective_names("They mapped the Sugar Cave near Kulgan.")) == \
        [(16, 26, "Sakharnaya Cave")]
    assert list(places_meaning.geo_adjective_names("They mapped the cave Sugar.")) == [(16, 26, "Sakharnaya Cave")]
    assert not list(places_meaning.geo_adjective_names("the Ice Cave, the Great Waterfall, the Crystal Lake"))


def test_noun_in_an_airbase_slot():
    assert list(places_meaning.base_name_nouns("Missiles hit the Shirt airbase near Homs.")) == [(17, 22)]
    assert not list(places_meaning.base_name_nouns("Jets left the Hmeimim airbase and the Main airbase."))


def _mt115(text):
    doc = Document(text, doc_id="t")
    result = audit(doc, AuditContext(AuditSpec()), Selection(select=("MT115",)),
                   detectors=(anglicised_names.DETECTOR,))
    return [(text[f.start:f.end], f.correction) for f in result.findings]


def test_anglicised_first_name():
    assert _mt115("Moscow, 2 May. The activist Mary Butina was freed, Russian media said.") == [("Mary", "Maria")]
    assert _mt115("Moscow, 2 May. Michael Gorbachev's book and Russian critics.") == [("Michael", "Mikhail")]
    assert not _mt115("Moscow, 2 May. The Bolshoi staged Eugene Onegin for Russian audiences.")
    assert not _mt115("Moscow, 2 May. Russian readers love Leo Tolstoy.")
    assert not _mt115("Moscow, 2 May. Bulgaria's former president Peter Stoyanov visited Russia.")


def test_anglicised_first_name_needs_a_russian_setting_not_just_a_place():
    """A capital the gazetteer knows does not make a story Russian: English people carry
    Russian surnames. Another Russian of the story, transliterated, does."""
    assert not _mt115("Michael Sokolov, a cellist, bought the house in London on Monday.")
    assert _mt115("Michael Sokolov met Sergei Ivanov in Berlin on Monday.") == [("Michael", "Mikhail")]


def test_noun_after_a_base_word():
    text = "The strike hit the Syrian base Shirt, which had been emptied."
    assert [text[s:e] for s, e in places_meaning.base_name_nouns(text)] == ["Shirt"]
