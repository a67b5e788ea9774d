"""Every pattern table is built to the same text in every process, so its literal analysis is
cached once (detectors/pattern_table.py): with a set's iteration order among words of one
length, the key changed with the hash seed and each run analysed the tables again (seconds)
and left another copy in the cache."""

import json
import os
import subprocess
import sys

from mtaudit.core.ordering import longest_first

_TABLES = """
import json
from mtaudit.detectors import (calques_collocations, calques_frames_table, calques_slot_frames,
                               calques_terms, calques_word_senses, places_meaning)
tables = [calques_collocations.table(), calques_frames_table.table(), calques_slot_frames.table(),
          calques_terms.table(), calques_terms.compound_table(), calques_terms.quality_table(),
          calques_word_senses.word_table(), places_meaning.table()]
print(json.dumps({t.name: t.cache_key() for t in tables}))
"""


def _keys(seed: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", _TABLES], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_table_keys_do_not_depend_on_the_hash_seed():
    first, second = _keys("1"), _keys("2")
    assert len(first) == 8
    assert first == second


def test_longest_first_breaks_length_ties_by_text():
    assert longest_first({"ab", "ba", "c", "abc"}) == ["abc", "ab", "ba", "c"]
    assert longest_first(["zz", "aa"]) == longest_first(["aa", "zz"]) == ["aa", "zz"]
