"""Stage 0, reading: a path -> the paper's text, or one clear InputError.

UTF-8 (with or without BOM) and UTF-16 with BOM are read as such; text that
is not UTF-8 is read as Latin-1 (Windows-1252) with a diagnostic naming it.
PDFs, Word files and other binaries are refused with a hint to convert them.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError
from .model import Diagnostic

BINARY_SIGNATURES = [
    (b"%PDF", "a PDF; convert it to text first (for example with pdftotext -layout)"),
    (b"PK\x03\x04", "a ZIP or Word (.docx) file; save it as plain text first"),
    (b"\xd0\xcf\x11\xe0", "a Word (.doc) file; save it as plain text first"),
    (b"{\\rtf", "an RTF file; save it as plain text first"),
]


def read_paper(path: str | Path) -> tuple[str, list[Diagnostic]]:
    """Return the text of the paper at `path` and any reading diagnostics."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a text file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    """Decode a paper's bytes, refusing binaries and empty input."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: is {what}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, diagnostics = data.decode("utf-16"), []
        except UnicodeDecodeError:
            text = data.decode("utf-16", errors="replace")
            diagnostics = [Diagnostic("encoding", "invalid UTF-16; undecodable bytes replaced by �", name)]
    elif b"\x00" in data[:4096]:
        raise InputError(f"{name}: is a binary file, not text")
    else:
        try:
            text, diagnostics = data.decode("utf-8-sig"), []
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            diagnostics = [Diagnostic("encoding", "not UTF-8; read as Windows-1252 (Latin-1)", name)]
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", text)
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text, diagnostics
