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
