"""Reading, plain text: decoding with one diagnostic per bad byte, UTF-16/32 with or without BOM."""
from __future__ import annotations

import pytest

from nkcite import InputError
from nkcite.read.text import MAX_ENCODING_DIAGNOSTICS, decode

PAPER = "Body.¹\n\n¹ Nguyễn Văn Quyền, *Lịch sử* (Hà Nội: Quân đội, 1998), 12.\n"


@pytest.mark.parametrize("encoding", [
    pytest.param("utf-8", id="UTF-8"), pytest.param("utf-8-sig", id="UTF-8 with BOM"),
    pytest.param("utf-16", id="UTF-16 with BOM"), pytest.param("utf-16-le", id="UTF-16 LE without BOM"),
    pytest.param("utf-16-be", id="UTF-16 BE without BOM"), pytest.param("utf-32", id="UTF-32 with BOM"),
    pytest.param("utf-32-le", id="UTF-32 LE without BOM"), pytest.param("utf-32-be", id="UTF-32 BE without BOM"),
])
def test_unicode_encodings_read_the_same(encoding):
    assert decode(PAPER.encode(encoding), "p.txt") == (PAPER, [])


def test_astral_characters_survive_utf32():
    text = "Body.¹\n\n¹ 𠀋𡈁 (Beijing, 2001).\n"
    assert decode(text.encode("utf-32"), "p.txt")[0] == text


def test_one_stray_byte_costs_one_diagnostic_and_nothing_else():
    data = PAPER.encode("utf-8").replace(b"Body.", b"Caf\xe9 body.")
    text, diagnostics = decode(data, "p.txt")
    assert text == PAPER.replace("Body.", "Café body.")
    assert [d.message for d in diagnostics] == ["line 1: byte e9 is not UTF-8; read as Windows-1252 'é'"]


def test_a_file_without_utf8_is_windows_1252_throughout():
    text, diagnostics = decode("Café société, № 3.\n".encode("cp1252", errors="replace"), "p.txt")
    assert text.startswith("Café société") and [d.message for d in diagnostics] == [
        "not UTF-8; read as Windows-1252 (Latin-1)"]


def test_many_stray_bytes_are_counted_past_the_first_ones():
    data = ("¹ x\n" + "bad \xe9\n" * 50).encode("utf-8").replace("é".encode("utf-8"), b"\xe9")
    _, diagnostics = decode(data, "p.txt")
    assert len(diagnostics) == MAX_ENCODING_DIAGNOSTICS + 1
    assert diagnostics[-1].message == f"{50 - MAX_ENCODING_DIAGNOSTICS} more undecodable places"


def test_broken_utf16_is_one_diagnostic_per_place():
    text, diagnostics = decode(PAPER.encode("utf-16") + b"\x00\xd8", "p.txt")
    assert text == PAPER + "\ufffd" and len(diagnostics) == 1


@pytest.mark.parametrize("data, message", [
    pytest.param(b"", "is empty", id="empty"),
    pytest.param(b" \n\t", "is empty", id="white space"),
    pytest.param(b"\x7fELF\x02\x01\x01\x00\x00\x00", "is a binary file, not text", id="binary"),
])
def test_refused(data, message):
    with pytest.raises(InputError, match=message):
        decode(data, "p.txt")


def test_control_characters_go_and_form_feeds_stay():
    assert decode(b"a\x07b\x0cc\r\nd\re", "p.txt")[0] == "ab\x0cc\nd\ne"
