"""Notes stage, step 2: a line -> the note mark it starts with, if any.

    "¹² Ann Smith, ..."  -> Mark(12, "superscript", "Ann Smith, ...")      strong
    "[12] Ann Smith, ..." -> Mark(12, "bracket", ...)                       strong
    "12. Ann Smith, ..."  -> Mark(12, "dot", ...);  "12) ..." "paren";  "(12) ..." "parens"
    "12 Ann Smith, ..."   -> Mark(12, "bare", ...) (never a date: `6 April, 1965`)
    "12" or "12." alone   -> Mark(12, "alone", "")

Superscript digits (also mixed with plain ones, as `1⁰` from a lost
superscript) and bracketed numbers are strong marks: a line that starts
with one is a note. The others are weak: lists, headings, page numbers and
wrapped lines start the same way, so numbering continuity decides
(`sequence.py`). Numbers longer than `MAX_DIGITS` are no marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..scan import SUPERSCRIPT_DIGITS

MAX_DIGITS = 5
_DIGITS = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_SUPERSCRIPT = re.compile(rf"^\s*(\d{{0,{MAX_DIGITS}}}[{SUPERSCRIPT_DIGITS}][\d{SUPERSCRIPT_DIGITS}]*)"
                          rf"(?![\d{SUPERSCRIPT_DIGITS}])[.)]?\s*(.*)$")
_WEAK = [
    ("bracket", re.compile(rf"^\s*\[(\d{{1,{MAX_DIGITS}}})\][.:]?(?:\s+(.*))?$")),
    ("parens", re.compile(rf"^\s*\((\d{{1,{MAX_DIGITS}}})\)(?:\s+(.*))?$")),
    ("dot", re.compile(rf"^\s*(\d{{1,{MAX_DIGITS}}})\.(?:\s+(.*)|(?=[A-Z\"“*])(.*))?$")),
    ("paren", re.compile(rf"^\s*(\d{{1,{MAX_DIGITS}}})\)(?:\s+(.*))?$")),
    ("bare", re.compile(rf"^\s*(\d{{1,{MAX_DIGITS}}})\s+(\S.*)$")),
    ("alone", re.compile(rf"^\s*(\d{{1,{MAX_DIGITS}}})\.?()$")),
]
STRONG = {"superscript", "bracket"}
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|,|$)", re.I)
TOO_LONG = re.compile(rf"^\s*[\d{SUPERSCRIPT_DIGITS}]{{{MAX_DIGITS + 1},}}(?:[.)\]]|\s|$)")


@dataclass
class Mark:
    """A note mark at the start of a line."""

    line: int
    number: int
    style: str
    rest: str

    @property
    def strong(self) -> bool:
        return self.style in STRONG

    @property
    def alone(self) -> bool:
        """The number stands alone on its line; the note's text is below."""
        return not self.rest


def line_mark(text: str, index: int) -> Mark | None:
    """The mark `text` starts with, or None.

    >>> line_mark("¹⁰ See Ann Smith.", 0).number, line_mark("1⁰ Ibid.", 0).number
    (10, 10)
    >>> [line_mark(t, 0).style for t in ("[3] Ibid.", "(3) Ibid.", "3. Ibid.", "3) Ibid.", "3 Ibid.", "3")]
    ['bracket', 'parens', 'dot', 'paren', 'bare', 'alone']
    >>> line_mark("1965, Pyongyang.", 0) is None
    True
    """
    m = _SUPERSCRIPT.match(text)
    if m:
        return Mark(index, int(m.group(1).translate(_DIGITS)), "superscript", m.group(2).strip())
    for style, pattern in _WEAK:
        m = pattern.match(text)
        rest = next((g for g in m.groups()[1:] if g), "") if m else ""
        if m and _plausible(style, rest):
            return Mark(index, int(m.group(1)), style, rest.strip())
    return None


def _plausible(style: str, rest: str) -> bool:
    """A weak mark's text must not read as the rest of a sentence (`12, 1965`, `3 km`)."""
    if not rest:
        return True
    if style == "bare":
        return bool(re.match(r"[A-Z\"“‘'*(\[«„]|[^\W\d_]", rest)) and not re.match(
            r"(?:[a-z]{1,3}\b|percent|per cent|and\b|or\b|to\b)", rest) and not _MONTH.match(rest)
    return not rest[0] in ",;:-–"
