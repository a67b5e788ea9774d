"""Import and export: YAML <-> TBX-Basic <-> TSV/CSV lose nothing; bad input names its line."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from lxml import etree

from mtaudit.cli import cli
from mtaudit.core.errors import UserError
from mtaudit.glossary import load_glossary, read_file

from conftest import FIXTURES

GLOSSARIES = FIXTURES / "glossary"
NS = {"t": "urn:iso:std:iso:30042:ed-2"}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_bundled_glossary_survives_yaml_tbx_yaml(tmp_path):
    tbx, back = tmp_path / "g.tbx", tmp_path / "g.yaml"
    assert run("glossary", "export", "--format", "tbx", "-o", tbx).exit_code == 0
    r = run("glossary", "import", tbx, "--format", "yaml", "-o", back)
    assert r.exit_code == 0, r.output
    bundled = load_glossary(())
    concepts, accept = read_file(back)
    assert concepts == bundled.concepts
    assert set(accept) == set(bundled.accept)
    assert load_glossary((back,), bundled=False).hash == bundled.hash


@pytest.mark.parametrize("fmt", ["tsv", "csv", "yaml"])
def test_bundled_glossary_survives_other_formats(tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    assert run("glossary", "export", "--format", fmt, "-o", out).exit_code == 0
    bundled = load_glossary(())
    concepts, accept = read_file(out)
    assert concepts == bundled.concepts and set(accept) == set(bundled.accept)


def test_fixture_round_trips_through_every_format(tmp_path):
    original = load_glossary((GLOSSARIES / "mini.yaml",), bundled=False)
    for fmt in ("tbx", "tsv", "csv"):
        out = tmp_path / f"m.{fmt}"
        assert run("glossary", "export", GLOSSARIES / "mini.yaml", "--format", fmt, "-o", out).exit_code == 0
        assert load_glossary((out,), bundled=False).hash == original.hash, fmt


def test_tbx_is_concept_oriented_tbx_basic(tmp_path):
    out = tmp_path / "m.tbx"
    run("glossary", "export", GLOSSARIES / "mini.yaml", "--format", "tbx", "-o", out)
    root = etree.parse(str(out)).getroot()
    assert root.get("type") == "TBX-Basic"
    entry = root.find(".//t:conceptEntry[@id='ivan-kotov']", NS)
    assert entry.findtext("t:descrip[@type='subjectField']", namespaces=NS) == "person"
    terms = {sec.findtext("t:term", namespaces=NS):
             sec.findtext("t:termNote[@type='administrativeStatus']", namespaces=NS)
             for sec in entry.iterfind(".//t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='en']/t:termSec",
                                       NS)}
    assert terms["Ivan Kotov"] == "preferredTerm-admn-sts"
    assert terms["Ivan I. Kotov"] == "admittedTerm-admn-sts"
    assert terms["cats"] == "deprecatedTerm-admn-sts"
    ru = entry.findall(".//t:langSec[@{http://www.w3.org/XML/1998/namespace}lang='ru']//t:term", NS)
    assert [t.text for t in ru] == ["Иван Котов", "Котов"]


def test_tsv_import_with_explicit_header():
    concepts, accept = read_file(GLOSSARIES / "mini.tsv")
    assert concepts[0].id == "petr-gusev" and concepts[0].ru == ("Пётр Гусев", "Гусев")
    assert concepts[0].wrong[0].text == "geese" and concepts[0].wrong[0].cue == "required"
    assert accept == ["Gusseff"]


def test_import_converts_tsv_to_yaml_on_stdout():
    r = run("glossary", "import", GLOSSARIES / "mini.tsv", "--format", "yaml")
    assert r.exit_code == 0 and "id: petr-gusev" in r.output and "Gusseff" in r.output


@pytest.mark.parametrize("name,text,line,message", [
    ("bad.tsv", "id\tcanonical\ttype\tcolour\n", 1, "unknown column 'colour'"),
    ("bad.tsv", "id\tcanonical\n", 1, "header has no 'type' column"),
    ("bad.tsv", "id\tcanonical\ttype\nx\tX\tperson\ny\tY\tplanet\n", 3, "type must be one of"),
    ("bad.csv", "id,canonical,type,wrong,wrong_cue\nx,X,person,a | b,none\n", 2, "wrong_cue has 1 values for 2"),
    ("bad.tsv", "id\tcanonical\ttype\tinflect\nx\tX\tperson\tperhaps\n", 2, "inflect must be true or false"),
    ("bad.tbx", "<tbx xmlns='urn:iso:std:iso:30042:ed-2'>\n<text><body>\n<conceptEntry id='x'>\n"
                "<descrip type='subjectField'>planet</descrip><langSec xml:lang='en'><termSec><term>X</term>"
                "</termSec></langSec></conceptEntry></body></text></tbx>", 3,
     "type must be one of"),
    ("bad.tbx", "<tbx>\n<text>\n<body>\n</text></tbx>", 4, "invalid TBX"),
    ("bad.tbx", "<html/>", 1, "not a TBX file"),
])
def test_import_errors_name_file_and_line(tmp_path, name, text, line, message):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError) as err:
        read_file(path)
    assert err.value.render().startswith(f"{path}:{line}: "), err.value.render()
    assert message in err.value.render()
    r = run("glossary", "import", path, "--format", "yaml")
    assert r.exit_code == 2 and f"{path}:{line}:" in r.output


def test_unknown_suffix_is_a_user_error(tmp_path):
    path = tmp_path / "g.docx"
    path.write_text("x", encoding="utf-8")
    r = run("glossary", "import", path)
    assert r.exit_code == 2 and "unknown glossary format" in r.output


def test_stats_json_counts_concepts_types_and_forms():
    r = run("glossary", "stats", GLOSSARIES / "mini.yaml", "--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data["concepts"] == 6
    assert data["types"] == {"person": 3, "organisation": 1, "place": 1, "outlet": 1, "title": 0, "term": 0}
    assert data["beats"] == {"mini": {"concepts": 6, "organisation": 1, "outlet": 1, "person": 3, "place": 1}}
    assert data["forms"]["wrong"] == 3 and data["forms"]["translit"] == 3 and data["forms"]["ru"] == 4
    assert data["forms"]["inflected"] > 0 and data["accept"] == 1


def test_stats_of_the_bundled_glossary():
    data = json.loads(run("glossary", "stats", "--format", "json").output)
    assert data["concepts"] == len(load_glossary(()).concepts) >= 9
