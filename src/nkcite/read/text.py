"""Reading, plain text: bytes -> text, where one bad byte costs one diagnostic.

    b"Body.\\xc2\\xb9 Caf\\xe9" -> ("Body.¹ Café",
        [Diagnostic("encoding", "line 1: byte 0xe9 is not UTF-8; read as Windows-1252 'é'")])

Byte-order marks name UTF-8, UTF-16 and UTF-32 (either byte order); without
one, the pattern of zero bytes recognises UTF-16 and UTF-32 text. UTF-8 with
stray bytes keeps its UTF-8 and reads each stray byte as Windows-1252, one
diagnostic each (the first `MAX_ENCODING_DIAGNOSTICS`, then one for the
rest); a file with no UTF-8 sequence at all is Windows-1252 throughout, one
diagnostic. Line ends become `\\n`; control characters other than tab,
newline and form feed (a page break, kept for page numbers) are removed.
"""
from __future__ import annotations

import re

from ..errors import InputError
from ..model import Diagnostic

BOMS = [(b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
MAX_ENCODING_DIAGNOSTICS = 20
SAMPLE = 4096
_STRAY_BYTES = re.compile(r"[\udc80-\udcff]+")
_VALID_NON_ASCII = re.compile("[\x80-\udc7f\udd00-\U0010ffff]")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    """Decode a paper's bytes; raise InputError for binary or empty input."""
    encoding, body = _encoding(data)
    if encoding is None and b"\x00" in data[:SAMPLE]:
        raise InputError(f"{name}: is a binary file, not text")
    if encoding in (None, "utf-8"):
        text, diagnostics = _decode_utf8(body, name)
    elif encoding.startswith("utf-16"):
        text, diagnostics = _decode_utf16(body, encoding, name)
    else:
        text, diagnostics = _decode_utf32(body, encoding, name)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise InputError(f"{name}: is empty")
    return text, diagnostics


def is_wide_text(data: bytes) -> bool:
    """True when `data` starts like UTF-16 or UTF-32 text (a BOM or the pattern of its zero bytes)."""
    encoding, _ = _encoding(data)
    return encoding is not None and encoding != "utf-8"


def _encoding(data: bytes) -> tuple[str | None, bytes]:
    """The encoding a BOM or the zero-byte pattern names (None: undecided), and the bytes after any BOM."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, data[len(bom):]
    return _wide_without_bom(data[:SAMPLE]), data


def _wide_without_bom(sample: bytes) -> str | None:
    """UTF-16/UTF-32 recognised by where its zero bytes fall (Latin, Cyrillic, Greek text)."""
    usable = len(sample) // 4 * 4
    if usable < 8 or b"\x00" not in sample:
        return None
    zero = [sample[k:usable:4].count(0) / (usable // 4) for k in range(4)]
    if zero[2] > 0.95 and zero[3] > 0.95 and zero[0] < 0.5:
        return "utf-32-le"
    if zero[0] > 0.95 and zero[1] > 0.95 and zero[3] < 0.5:
        return "utf-32-be"
    odd, even = (zero[1] + zero[3]) / 2, (zero[0] + zero[2]) / 2
    if odd > 0.6 and even < 0.05:
        return "utf-16-le"
    if even > 0.6 and odd < 0.05:
        return "utf-16-be"
    return None


def _decode_utf8(data: bytes, name: str) -> tuple[str, list[Diagnostic]]:
    """UTF-8, each stray byte read as Windows-1252; no UTF-8 at all: the whole file is Windows-1252."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="surrogateescape")
    if not _VALID_NON_ASCII.search(text):
        return data.decode("cp1252", errors="replace"), [
            Diagnostic("encoding", "not UTF-8; read as Windows-1252 (Latin-1)", name)]
    report = _Report(name, text)
    def as_cp1252(match: re.Match) -> str:
        raw = match.group().encode("utf-8", errors="surrogateescape")
        read = raw.decode("cp1252", errors="replace")
        report.add(match.start(), f"byte{'s' if len(raw) > 1 else ''} {raw.hex(' ')} "
                                  f"{'are' if len(raw) > 1 else 'is'} not UTF-8; read as Windows-1252 {read!r}")
        return read
    return _STRAY_BYTES.sub(as_cp1252, text), report.done()


def _decode_utf16(data: bytes, encoding: str, name: str) -> tuple[str, list[Diagnostic]]:
    """UTF-16, each unpaired surrogate (and an odd last byte) replaced by U+FFFD with a diagnostic."""
    report = _Report(name, "")
    if len(data) % 2:
        data = data[:-1]
        report.add_at_end("an odd last byte dropped (invalid UTF-16)")
    text = data.decode(encoding, errors="surrogatepass")
    report.text = text
    def replace(match: re.Match) -> str:
        report.add(match.start(), "an unpaired UTF-16 surrogate replaced by \ufffd")
        return "\ufffd"
    return _LONE_SURROGATE.sub(replace, text), report.done()


def _decode_utf32(data: bytes, encoding: str, name: str) -> tuple[str, list[Diagnostic]]:
    """UTF-32; invalid code units replaced by U+FFFD with one diagnostic."""
    usable = data[:len(data) // 4 * 4]
    try:
        text = usable.decode(encoding)
        bad = len(usable) != len(data)
    except UnicodeDecodeError:
        text, bad = usable.decode(encoding, errors="replace"), True
    return text, [Diagnostic("encoding", "invalid UTF-32; undecodable bytes replaced by \ufffd", name)] if bad else []


class _Report:
    """Encoding diagnostics with line numbers, the first MAX_ENCODING_DIAGNOSTICS in full."""

    def __init__(self, name: str, text: str):
        self.name, self.text = name, text
        self.diagnostics: list[Diagnostic] = []
        self.more = 0
        self._line, self._scanned = 1, 0

    def add(self, position: int, message: str) -> None:
        if len(self.diagnostics) >= MAX_ENCODING_DIAGNOSTICS:
            self.more += 1
            return
        self._line += self.text.count("\n", self._scanned, position)
        self._scanned = position
        self.diagnostics.append(Diagnostic("encoding", f"line {self._line}: {message}", self.name))

    def add_at_end(self, message: str) -> None:
        self.diagnostics.append(Diagnostic("encoding", message, self.name))

    def done(self) -> list[Diagnostic]:
        if self.more:
            self.diagnostics.append(Diagnostic("encoding", f"{self.more} more undecodable places", self.name))
        return self.diagnostics
