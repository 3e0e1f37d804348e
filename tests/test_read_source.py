"""Reading, the source: bounded reads, standard input, and one-line errors for what a user can get wrong."""
from __future__ import annotations

import io
import os

import pytest

from nkcite import InputError
from nkcite.read import looks_binary
from nkcite.read.source import max_input_bytes, printable, read_source


def test_a_regular_file_is_read_whole(tmp_path):
    (tmp_path / "p.txt").write_bytes(b"x" * 200_000)
    assert read_source(tmp_path / "p.txt", looks_binary).data == b"x" * 200_000


def test_standard_input_is_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Body.\xc2\xb9")))
    source = read_source("-", looks_binary)
    assert (source.name, source.data) == ("<stdin>", "Body.¹".encode())


def test_a_stream_past_the_limit_stops_with_one_error(monkeypatch):
    monkeypatch.setenv("NKCITE_MAX_INPUT_MB", "0.5")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"a" * (max_input_bytes() + 10))))
    with pytest.raises(InputError, match=r"^<stdin>: is larger than the input limit of 0.5 MB"):
        read_source("-", looks_binary)


def test_a_binary_stream_stops_after_its_first_chunk():
    assert len(read_source("/dev/zero", looks_binary).data) == 1 << 16


@pytest.mark.parametrize("name, shown", [
    pytest.param("paper\x1b[2J.txt", "paper\\x1b[2J.txt", id="ANSI escape"),
    pytest.param(os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt", id="byte that is not UTF-8"),
    pytest.param("note\u202e.txt", "note\\u202e.txt", id="right-to-left override"),
    pytest.param("Café 2019.txt", "Café 2019.txt", id="plain name unchanged"),
])
def test_names_are_shown_printable(name, shown):
    assert printable(name) == shown


def test_the_limit_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("NKCITE_MAX_INPUT_MB", "3")
    assert max_input_bytes() == 3 * 2**20
    monkeypatch.setenv("NKCITE_MAX_INPUT_MB", "lots")
    assert max_input_bytes() == 200 * 2**20
