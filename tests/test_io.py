"""Reading exactly and writing atomically."""

from __future__ import annotations

import os
import stat

import pytest

from mtaudit.core.errors import InputError
from mtaudit.core.io import write_atomic
from mtaudit.text.document import read_document


def test_write_atomic_gives_normal_permissions_and_keeps_existing_ones(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "out.txt"
        write_atomic(target, "x")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        os.chmod(target, 0o600)
        write_atomic(target, "y")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600 and target.read_text() == "y"
    finally:
        os.umask(old)


def test_write_atomic_leaves_no_temporary_files(tmp_path):
    write_atomic(tmp_path / "a" / "b.txt", b"bytes")
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["b.txt"]


def test_read_keeps_bom_and_line_endings_exactly(tmp_path):
    raw = "\ufeffLine one\r\nline two\rthree\n".encode("utf-8")
    (tmp_path / "d.txt").write_bytes(raw)
    doc = read_document(tmp_path / "d.txt")
    assert doc.text.encode("utf-8") == raw and doc.doc_id == "d"


def test_size_limit(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"x" * 100)
    with pytest.raises(InputError, match="over the 50-byte limit"):
        read_document(tmp_path / "big.txt", max_bytes=50)


def test_invalid_utf8_names_the_byte_offset(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"abc\xffdef")
    with pytest.raises(InputError, match="byte offset 3"):
        read_document(tmp_path / "bad.txt")
