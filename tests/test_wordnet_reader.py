"""scripts/wordnet.py, the WordNet reader every list builder shares, on a small database in
WordNet's own format (data and index lines written here), so a parsing slip shows without the
Debian files."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "wordnet.py"

# three noun synsets: a root with a class hyponym and an instance hyponym; one verb with frames
DATA_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by
00000100 03 n 02 vessel 0 watercraft 0 002 ~ 00000200 n 0000 ~i 00000300 n 0000 | a craft for water  
00000200 06 n 01 ferry 0 001 @ 00000100 n 0000 | a boat that carries passengers  
00000300 15 n 01 Aurora 0 001 @i 00000100 n 0000 | a named ship  
"""
INDEX_NOUN = """\
  1 This software and database is being provided to you, the LICENSEE, by
aurora n 1 1 @i 1 0 00000300  
ferry n 1 1 @ 1 1 00000200  
vessel n 2 2 ~ ~i 2 1 00000100 00000200  
"""
DATA_VERB = """\
00000400 32 v 02 say 0 tell 1 000 02 + 26 00 + 09 02 | express in words  
"""
INDEX_VERB = """\
say v 1 0 1 1 00000400  
tell v 1 0 1 0 00000400  
"""


@pytest.fixture(scope="module")
def wordnet():
    spec = importlib.util.spec_from_file_location("mtaudit_build_wordnet", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def root(tmp_path):
    for name, text in (("data.noun", DATA_NOUN), ("index.noun", INDEX_NOUN),
                       ("data.verb", DATA_VERB), ("index.verb", INDEX_VERB)):
        (tmp_path / name).write_text(text, encoding="latin-1")
    return tmp_path


def test_a_data_line_gives_its_file_words_pointers_and_gloss(wordnet, root):
    nouns = wordnet.synsets(root, "noun")
    assert list(nouns) == ["00000100", "00000200", "00000300"]  # the licence header is skipped
    vessel = nouns["00000100"]
    assert vessel.lexfile == 3 and vessel.words == ["vessel", "watercraft"]
    assert vessel.pointers == [("~", "00000200", "n", "0000"), ("~i", "00000300", "n", "0000")]
    assert vessel.gloss.strip() == "a craft for water" and vessel.frames == []


def test_verb_frames_hold_for_every_word_or_one(wordnet, root):
    say = wordnet.synsets(root, "verb")["00000400"]
    assert say.frames == [(26, 0), (9, 2)]
    assert wordnet.frames_of(say, "say") == {26}
    assert wordnet.frames_of(say, "tell") == {26, 9}
    assert list(wordnet.verb_first_senses(root)) == [("say", 32, {26}), ("tell", 32, {26, 9})]


def test_index_lines_give_senses_most_frequent_first_and_tagged_counts(wordnet, root):
    assert wordnet.senses(root, "noun")["vessel"] == ["00000100", "00000200"]
    assert wordnet.tagged(root, "noun") == {"aurora": 0, "ferry": 1, "vessel": 1}
    assert wordnet.lexfiles(root, "noun") == {"00000100": 3, "00000200": 6, "00000300": 15}


def test_links_and_closure_follow_the_pointers_asked_for(wordnet, root):
    both = wordnet.links(root, "noun", ("~", "~i"))
    classes = wordnet.links(root, "noun", ("~",))
    assert wordnet.closure("00000100", both) == {"00000100", "00000200", "00000300"}
    assert wordnet.closure("00000100", classes) == {"00000100", "00000200"}
    assert wordnet.closure("00000100", both, skip=frozenset({"00000300"})) == {"00000100", "00000200"}
    assert wordnet.links(root, "noun", ("@", "@i"))["00000300"] == ["00000100"]
    assert wordnet.instances(root) == {"00000300"}  # Aurora, a named ship
    lemmas, lexfile, hyponyms = wordnet.noun_tree(root)
    assert lemmas["00000100"] == ["vessel", "watercraft"] and hyponyms["00000100"] == ["00000200", "00000300"]
