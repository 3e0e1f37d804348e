"""Notes stage, step 1: a paper's text -> numbered lines, with running heads and page numbers marked.

    "¹ Ann Smith, *A History*\\f12\\nThe Book Title\\n..." -> [Line("¹ Ann Smith, *A History*", page=1, ...),
                                                           Line("12", page=2, running=True), ...]

Each line is normalised for the marker scan: Chinese or Japanese spread
out by justification (`現 代 ラ オ ス`, from `pdftotext -layout`) closes up, a table row (`| 103. | text |`)
loses its cell bars, e-book back links (`[BACK]`, `↩`, `Return to text`)
are removed, and `<sup>3</sup>`, `^3` and pandoc's `[^3]` become `³`. A
form feed starts a page (pages count from 1) and a paragraph; blank lines
separate paragraphs. A running head is a short line repeated (its numbers
ignored) at the top or bottom of pages or as a paragraph of its own; a page
number is a lone number at a page's edge, or numbers that go up with the
pages. A line inside a paragraph is never a running head, so a journal
title wrapped onto a line of its own inside a note stays.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..scan import SUPERSCRIPT_DIGITS

HEAD_MAX_LENGTH = 150
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BACK = re.compile(r"\s*(?:\[\s*(?:back|return|return to text|back to text)\s*\]|↩\ufe0e?|"
                   r"\((?:back|return to text)\)|(?:(?<=^)|(?<=\d[.)] ))\^(?=\s))\s*", re.I)
_SUP = re.compile(r"<sup>\s*(\d{1,6})\s*</sup>", re.I)
_CARET = re.compile(r"(?:(?<=^)|(?<=[^\s\d^]))\^(\d{1,6})(?!\d)|^\s*\^(\d{1,6})(?=\s)")
_PANDOC = re.compile(r"\[\^(\d{1,6})\]:?")
_ANY_MARKUP = re.compile(r"[|↩^]|\[\s*(?:back|return|\^)|<sup>|\((?:back|return)", re.I)
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_SPACED_CJK = re.compile(rf"(?<![{_CJK}])[{_CJK}](?:\s+[{_CJK}]){{2,}}")
"""Chinese or Japanese characters one by one with spaces between: a justified line laid out as text."""
_NUMBERED_HEAD = re.compile(r"^\s*\d{1,4}\s+\D.{3,}\D\s*$|^\s*\D.{3,}\D\s+\d{1,4}\s*$")
_LONE_NUMBER = re.compile(r"^\s*[-–—]?\s*(?:page\s+)?(\d{1,4})\.?\s*[-–—]?\s*$", re.I)
BODY_REFERENCE = re.compile(rf"[^\s{SUPERSCRIPT_DIGITS}][{SUPERSCRIPT_DIGITS}]+")


@dataclass(slots=True)
class Line:
    """One line of the paper."""

    text: str
    page: int
    paragraph: int
    running: bool = False
    """A running head or page number: never part of a note."""


def split_lines(text: str) -> list[Line]:
    """The paper's lines, normalised, with page and paragraph numbers; blank lines dropped."""
    lines: list[Line] = []
    page, paragraph = 1, 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        pieces = raw.split("\f")
        for k, piece in enumerate(pieces):
            if k:
                page, paragraph = page + 1, paragraph + 1
            clean = normalise(piece)
            if clean.strip():
                lines.append(Line(clean, page, paragraph))
            elif lines and lines[-1].paragraph == paragraph:
                paragraph += 1
    mark_running(lines)
    return lines


def normalise(line: str) -> str:
    """One line made scannable: table bars, back links, HTML and caret superscripts.

    >>> normalise("| 103. | Ann Smith, *A History* (1999). [BACK] |")
    '103. Ann Smith, *A History* (1999).'
    >>> normalise("Body.<sup>12</sup> More.^3")
    'Body.¹² More.³'
    """
    line = line.rstrip()
    if _SPACED_CJK.search(line):
        line = _SPACED_CJK.sub(lambda m: re.sub(r"\s+", "", m.group()), line)
    if not _ANY_MARKUP.search(line):
        return line
    if _TABLE_RULE.match(line):
        return ""
    if line.lstrip().startswith("|"):
        line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip())
    line = _BACK.sub(" ", line).rstrip() if _BACK.search(line) else line
    line = _SUP.sub(lambda m: m.group(1).translate(TO_SUPERSCRIPT), line)
    line = _PANDOC.sub(lambda m: m.group(1).translate(TO_SUPERSCRIPT), line)
    if "^" in line:
        line = _CARET.sub(lambda m: (m.group(1) or m.group(2)).translate(TO_SUPERSCRIPT), line)
    return line


def mark_running(lines: list[Line]) -> None:
    """Mark running heads and page numbers (see the module docstring)."""
    edges = _page_edges(lines)
    paragraph_sizes = Counter(line.paragraph for line in lines)
    candidates = [i for i, line in enumerate(lines) if i in edges or paragraph_sizes[line.paragraph] == 1]
    keys = Counter(_key(lines[i].text) for i in candidates if _may_be_head(lines[i].text))
    keys.pop("#", None)                   # lone numbers: page numbers only by their progression
    numbering = _page_numbering(lines, edges)
    for i in candidates:
        text = lines[i].text
        if (_may_be_head(text) and keys[_key(text)] >= 2) or (i in edges and i in numbering):
            lines[i].running = True
    _numbered_heads(lines)


def _numbered_heads(lines: list[Line]) -> None:
    """Heads that carry the page number (`236 NOTES TO PAGES 45-67`), repeated, are running anywhere:
    text without form feeds has them inside paragraphs."""
    keys = Counter(_key(line.text) for line in lines if _NUMBERED_HEAD.match(line.text) and _may_be_head(line.text))
    for line in lines:
        if not line.running and _NUMBERED_HEAD.match(line.text) and keys[_key(line.text)] >= 3 \
                and _may_be_head(line.text):
            line.running = True


def mark_page_numbers(lines: list[Line], notes: list) -> None:
    """Lone numbers (`436`, `436.`) past the last note number that go up one by one through the text are
    page numbers, wherever they fall (text without form feeds puts them between a note's lines)."""
    note_lines = {mark.line for mark in notes}
    highest = max((mark.number for mark in notes), default=0)
    runs: dict[int, list[int]] = {}          # the number a run of lone numbers has reached -> its lines
    for i, line in enumerate(lines):
        m = _LONE_NUMBER.match(line.text)
        if not m or line.running or i in note_lines or int(m.group(1)) <= highest:
            continue
        value = int(m.group(1))
        runs[value] = runs.pop(value - 1, []) + [i]
    for run in runs.values():
        if len(run) >= 2:
            for i in run:
                lines[i].running = True


def _page_edges(lines: list[Line]) -> set[int]:
    """Indexes of the first two and last two lines of every page, when the text has pages."""
    if not lines or lines[-1].page == 1:
        return set()
    by_page: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        by_page.setdefault(line.page, []).append(i)
    return {i for indexes in by_page.values() for i in indexes[:2] + indexes[-2:]}


def _page_numbering(lines: list[Line], edges: set[int]) -> set[int]:
    """Edge lines that are page numbers: lone numbers that go up with the pages (or the only one)."""
    offsets: Counter = Counter()
    found = {}
    for i in edges:
        m = _LONE_NUMBER.match(lines[i].text)
        if m:
            found[i] = int(m.group(1)) - lines[i].page
            offsets[found[i]] += 1
    common = {offset for offset, n in offsets.items() if n >= 2}
    return {i for i, offset in found.items() if offset in common or len(found) == 1}


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().casefold()


def _may_be_head(text: str) -> bool:
    stripped = text.strip()
    return (len(stripped) <= HEAD_MAX_LENGTH and not stripped.endswith((".", ",", ";", ":"))
            and not BODY_REFERENCE.search(stripped) and not stripped[:1] in SUPERSCRIPT_DIGITS)
