"""The names-dataset routes of MT113: the shipped table and the detector over it."""

from importlib import resources

from mtaudit.detectors.entities.foreign_names import _route_entries, _route_match


def test_table_is_small_and_shipped():
    data = resources.files("mtaudit.data").joinpath("foreign_name_routes.tsv.gz").read_bytes()
    assert len(data) < 2_000_000


def test_russian_route_spellings_map_back():
    assert any(e[0] == "Hideki" and "JP" in e[1] and e[3] == "1" for e in _route_entries("Khideki"))
    assert any(e[0] == "Hoeven" and "NL" in e[1] for e in _route_entries("Khuven"))
    assert any(e[0] == "Papadopoulos" for e in _route_entries("Papadopulos"))
    assert any(e[0] == "Schumacher" for e in _route_entries("Shumakher"))


def test_native_spellings_are_not_evidence():
    # a spelling people write themselves is never `sure`
    assert all(e[3] != "1" for e in _route_entries("Tanaka"))
    assert all(e[3] != "1" for e in _route_entries("Smit") if "NL" in e[1])


def test_pairs():
    assert _route_match(["Khideki", "Tanaka"], None) == ("JP", ["Hideki", "Tanaka"])
    assert _route_match(["Nikola", "Yovanovich"], None)[1] == ["Nikola", "Jovanović"]
    assert _route_match(["Zhan-Lyuk", "Godar"], None)[1] == ["Jean-Luc", "Godard"]
    assert _route_match(["Hideki", "Matsuyama"], None) is None
    assert _route_match(["Pavel", "Kovalsky"], None) is None      # a Russian abroad
    assert _route_match(["Sergei", "Yovanovich"], None) is None
    assert _route_match(["Khideki"], None) is None                 # one word needs a cue
    assert _route_match(["Khideki"], "ja") is not None
    assert _route_match(["Khideki"], "pl") is None                 # the cue names another country


def test_city_cues_from_geonames():
    from mtaudit.detectors.entities.foreign_names import _cities

    cities = _cities()
    assert cities["Leipzig"] == "de" and cities["Antwerp"] == "nl" and cities["Lausanne"] == "fr"
    # English words and first names are no cue ("Reading", "Florence"); Russian cities are none
    assert "Reading" not in cities and "Florence" not in cities and "Novosibirsk" not in cities


def test_italian_i_before_a_vowel_is_the_soft_route_too():
    # Piazzolla -> Пьяццолла -> "Pyatstsolla" (ь + iotated vowel), beside the older Пиаццолла route
    assert any(e[0] == "Piazzolla" and e[3] == "1" for e in _route_entries("Pyatstsolla"))
    assert any(e[0] == "Bianchi" for e in _route_entries("Byanki"))
    assert all(e[0] != "Mario" for e in _route_entries("Maryo"))  # a final -io stays "io"


def test_soft_sign_apostrophe_is_looked_up_without_it():
    assert _route_entries("Vol'fgang") == _route_entries("Volfgang") != ()
    assert _route_entries("Vol’fgang") == _route_entries("Volfgang")


def _mt113(text):
    from mtaudit.audit.context import AuditContext, AuditSpec
    from mtaudit.detectors.entities.foreign_names import DETECTOR
    from mtaudit.text.document import Document

    doc = Document(text, doc_id="t")
    return [(text[f.span.start:f.span.end], f.correction) for f in DETECTOR.detect(doc, AuditContext(AuditSpec()))]


def test_soft_sign_names_and_a_surname_after_an_unknown_first_name():
    assert _mt113("The German side is led by Vol'fgang Fidler of the institute.") == [
        ("Vol'fgang Fidler", "Wolfgang Fiedler")]
    assert _mt113("The band played a tango by Astor Pyatstsolla on Sunday.") == [
        ("Astor Pyatstsolla", "Astor Piazzolla")]
    # a possessive is no soft sign; a Russian adjective (a village) or an English noun is no first name
    assert _mt113("Fidler's book was read; Il'ya Petrov and Astor Piazzolla came.") == []
    assert _mt113("The worst case was in the village of Nizhnyaya Baygora.") == []
    assert _mt113("The trio played Renato Bianchi, and Composer Byanki was not there.") == []
