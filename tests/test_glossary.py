"""The glossary format: loading, validation with file:line, merging, accept lists, cache, hash."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from mtaudit.cli import cli
from mtaudit.core import privatecache
from mtaudit.core.errors import UserError
from mtaudit.glossary import Concept, Glossary, load_glossary, read_file
from mtaudit.glossary import loader
from mtaudit.glossary.inflect import case_forms

from conftest import FIXTURES

GLOSSARIES = FIXTURES / "glossary"
MINI = GLOSSARIES / "mini.yaml"
CORE_IDS = ("donald-trump", "vladimir-putin", "dmitry-peskov", "sergey-lavrov", "volodymyr-zelensky",
            "state-duma", "federation-council", "ministry-of-defence-russia", "national-security-agency")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_bundled_glossary_loads_with_the_core_concepts():
    g = load_glossary(())
    for concept_id in CORE_IDS:
        assert concept_id in g.by_id
    assert g.by_id["donald-trump"].wrong[0].text == "tramp"
    assert len(g.hash) == 12


def test_bundled_glossary_validates_on_the_command_line():
    r = run("glossary", "validate")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("ok: ")


def test_fixture_glossary_parses_every_field():
    concepts, accept = read_file(MINI)
    kotov = concepts[0]
    assert kotov.canonical == "Ivan Kotov" and kotov.short == "Kotov"
    assert kotov.ru == ("Иван Котов", "Котов") and kotov.translit == ("Kotoff", "Ivan Kotoff")
    assert kotov.wrong[0].cue == "required" and kotov.first_names == ("Ivan",)
    assert concepts[4].wrong[0].cased is True
    assert accept == ["Kotoff"]


BAD = [
    ("- id: x\n  canonical: X\n  type: person\n  nickname: Y\n", 4, "unknown key 'nickname'"),
    ("- id: x\n  canonical: X\n  type: persn\n", 3, "type must be one of"),
    ("- id: x\n  type: person\n", 1, "concept has no 'canonical'"),
    ("- id: Not_Kebab\n  canonical: X\n  type: person\n", 1, "not kebab-case"),
    ("- id: x\n  canonical: X\n  type: person\n- id: x\n  canonical: Y\n  type: place\n", 4,
     "duplicate id 'x' (first at line 1)"),
    ("- id: x\n  canonical: X\n  type: person\n  wrong:\n    - text: y\n      cue: sometimes\n", 6,
     "cue must be one of required, none"),
    ("- id: x\n  canonical: X\n  type: person\n  wrong: y\n", 4, "wrong must be a list"),
    ("- id: x\n  canonical: X\n  canonical: Y\n  type: person\n", 3, "key 'canonical' given twice"),
    ("- id: x\n  canonical: X\n  type: person\n  inflect: maybe\n", 4, "inflect must be true or false"),
    ("- id: x\n  canonical: 12\n  type: person\n", 2, "canonical must be a string, not int 12"),
    ("- id: x\n  canonical: ' X'\n  type: person\n", 2, "leading/trailing whitespace"),
    ("- id: x\n  canonical: X\n  type: person\n  applicability: maybe\n", 4, "applicability must be one of"),
    ("- id: x\n  canonical: [X\n", 3, "invalid YAML"),
    ("concepts: []\nextra: 1\n", 2, "unknown key 'extra' in the glossary"),
    ("- id: x\n  canonical: X\n  type: person\n  wrong:\n    - cue: none\n", 5, "wrong form has no 'text'"),
    ("just a string\n", 1, "a glossary is a list of concepts"),
]


@pytest.mark.parametrize("text,line,message", BAD, ids=[b[2][:30] for b in BAD])
def test_validation_errors_name_file_and_line(tmp_path, text, line, message):
    path = write(tmp_path, text)
    with pytest.raises(UserError) as err:
        read_file(path)
    assert err.value.render().startswith(f"{path}:{line}: "), err.value.render()
    assert message in err.value.render()


def test_validate_command_prints_one_line_and_exits_2():
    r = run("glossary", "validate", GLOSSARIES / "bad_unknown_key.yaml")
    assert r.exit_code == 2
    assert r.output.strip() == (f"{GLOSSARIES / 'bad_unknown_key.yaml'}:4: unknown key 'nickname' in a concept "
                                "(allowed: id, canonical, type, short, ru, inflect, variants, translit, wrong, "
                                "applicability, source, note)")


def test_check_with_an_invalid_user_glossary_exits_2(tmp_path):
    doc = write(tmp_path, "Some text.\n", "a.txt")
    r = run("check", doc, "--glossary", GLOSSARIES / "bad_unknown_key.yaml")
    assert r.exit_code == 2
    assert "bad_unknown_key.yaml:4: unknown key" in r.output


def test_yaml_is_read_with_safe_load_semantics(tmp_path):
    path = write(tmp_path, "- id: x\n  canonical: !!python/object:os.system ls\n  type: person\n")
    with pytest.raises(UserError) as err:
        read_file(path)
    assert ":2: " in err.value.render()


def test_duplicate_ids_across_bundled_files_are_an_error(tmp_path):
    a = write(tmp_path, "- id: x\n  canonical: X\n  type: person\n", "a.yaml")
    b = write(tmp_path, "- id: y\n  canonical: Y\n  type: place\n- id: x\n  canonical: X2\n  type: person\n",
              "b.yaml")
    with pytest.raises(UserError) as err:
        loader.merge_bundled([a, b])
    assert err.value.render().startswith(f"{b}:4: duplicate id 'x' (also at {a}:1)")


def test_a_user_file_overrides_bundled_concepts_by_id_and_adds_new_ones():
    g = load_glossary((GLOSSARIES / "override.yaml",))
    assert g.by_id["donald-trump"].canonical == "Donald J. Trump"
    assert g.by_id["donald-trump"].wrong == ()
    assert "anna-smirnova" in g.by_id and "vladimir-putin" in g.by_id
    assert "tramp" in g.accept
    assert g.hash != load_glossary(()).hash


def test_without_the_bundled_glossary_only_user_files_count():
    g = load_glossary((MINI,), bundled=False)
    assert [c.id for c in g.concepts][:2] == ["ivan-kotov", "maria-belova"]
    assert "donald-trump" not in g.by_id


def test_hash_depends_on_content_not_on_file_names(tmp_path):
    text = MINI.read_text(encoding="utf-8")
    a = load_glossary((write(tmp_path, text, "a.yaml"),), bundled=False)
    b = load_glossary((write(tmp_path, text, "b.yaml"),), bundled=False)
    c = load_glossary((write(tmp_path, text.replace("Ivan Kotov", "Ivan Kotoв"), "c.yaml"),), bundled=False)
    assert a.hash == b.hash != c.hash


def test_the_bundled_glossary_is_pickled_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path))
    loader._load_bundled.cache_clear()
    first = loader.load_bundled()
    cached = list(tmp_path.glob("glossary-*.pickle"))
    assert len(cached) == 1
    loader._load_bundled.cache_clear()
    second = loader.load_bundled()
    assert second is not first and second.concepts == first.concepts and second.hash == first.hash
    assert second.index.find("Donald Trump")[0].concept.id == "donald-trump"
    cached[0].write_bytes(b"torn")  # a damaged cache is rebuilt, not fatal
    loader._load_bundled.cache_clear()
    assert loader.load_bundled().concepts == first.concepts
    assert isinstance(privatecache.read(cached[0], Glossary), Glossary)  # rewritten, digest-checked
    loader._load_bundled.cache_clear()


@pytest.mark.parametrize("name,expected", [
    ("Putin", {"Putina", "Putinu", "Putinym", "Putine"}),
    ("Lavrov", {"Lavrova", "Lavrovym"}),
    ("Zelensky", {"Zelenskogo", "Zelenskomu", "Zelenskim"}),
    ("Zakharova", {"Zakharovoy", "Zakharovoi", "Zakharovu"}),
    ("Trump", {"Trumpa", "Trumpom", "Trumpe"}),
])
def test_case_forms_follow_the_declension_class(name, expected):
    assert expected <= set(case_forms(name))


def test_indeclinable_and_short_names_get_no_case_forms():
    assert case_forms("Shoigu") == [] and case_forms("Kim") == [] and case_forms("Two Words") == []


def test_concept_defaults():
    c = Concept(id="x", canonical="X Y", type="person", short="Y")
    assert c.inflects and c.name_form == "Y" and c.applicability == "unsafe"
    assert not Concept(id="o", canonical="O", type="organisation").inflects
