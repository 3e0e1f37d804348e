"""Stage 1, notes: a paper's plain text -> its footnotes, in order.

A line that starts with superscript digits (`¹²`) starts a note; the lines
that follow it in the same paragraph continue it. Superscripts inside body
text are references and are left alone. Running page headers (a short line
repeated on several pages) are removed. A note cut by a page break is joined
with the paragraph that finishes it on the next page: the one, between it
and the next block of notes, that reads like the rest of a citation (an
unfinished URL, an `*...*` block, `(Accessed ...)`, `(Korean)`).
Numbering gaps, repeats and disorder become diagnostics, never crashes.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .model import Diagnostic, Note
from .scan import SUPERSCRIPT_DIGITS, superscript_number

NOTE_START = re.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s*(\S.*)$")
BODY_REFERENCE = re.compile(rf"[^\s{SUPERSCRIPT_DIGITS}][{SUPERSCRIPT_DIGITS}]+")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}\s*$", re.I)
HEADER_MAX_LENGTH = 150

# What the rest of a citation looks like when a page break cut it off.
CONTINUATION_MARKERS = [
    re.compile(r"\((?:Accessed|accessed|Retrieved)\b"),        # (Accessed on March 3, 2024)
    re.compile(r"\((?:Korean|Japanese|Vietnamese|Chinese|Russian|French|German|English)\)"),
    re.compile(r"<?https?://|\bwww\."),                          # a URL
    re.compile(r"\bpp?\.\s?\d"),                                  # p. 381, pp.27-36
    re.compile(r"\([^()]{2,60}:[^()]{2,80},\s*\d{4}\)"),         # (Tokyo: University of Tokyo Press, 2001)
    re.compile(r"\bibid\b", re.I),
]
# A note ending like this stops mid-citation: a comma, a bare word, a URL in
# brackets with no full stop after it (`<https://vnexpress.net/...-tap-the>`).
OPEN_ENDING = re.compile(r"""[,;:\-–/>]["”*]*$|[^\s.!?)\]"”*]$""")


@dataclass
class _Block:
    """A paragraph of the paper: body text, or a run of note lines."""

    kind: str  # "body" or "note"
    text: str
    number: int | None = None


def extract_notes(text: str, document: str | None = None) -> tuple[list[Note], list[Diagnostic]]:
    """Return the footnotes of a paper's text and the problems found.

    >>> notes, _ = extract_notes("Body.¹\\n\\n¹ Ann Smith, *A History* (1999).\\n")
    >>> [(n.number, n.text) for n in notes]
    [(1, 'Ann Smith, *A History* (1999).')]
    """
    paragraphs = _paragraphs(text)
    headers = _running_headers(paragraphs)
    kept = [[line for line in p if line.strip() not in headers] for p in paragraphs]
    blocks = _blocks([p for p in kept if p])
    notes = _join_continuations(blocks)
    return notes, _numbering_diagnostics(notes, document)


def _paragraphs(text: str) -> list[list[str]]:
    """Split text into paragraphs (lists of non-blank lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    paragraphs, current = [], []
    for line in text.split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def _running_headers(paragraphs: list[list[str]]) -> set[str]:
    """Lines that repeat on several pages and look like headers or page numbers."""
    counts = Counter(line.strip() for p in paragraphs for line in p)
    return {line for line, n in counts.items()
            if (n >= 2 and len(line) <= HEADER_MAX_LENGTH and not NOTE_START.match(line)
                and not line.endswith((".", ",", ";", ":")) and not BODY_REFERENCE.search(line))
            or PAGE_NUMBER.match(line)}


def _blocks(paragraphs: list[list[str]]) -> list[_Block]:
    """Turn paragraphs into body blocks and one note block per note."""
    blocks: list[_Block] = []
    for paragraph in paragraphs:
        current: _Block | None = None
        for line in paragraph:
            start = NOTE_START.match(line)
            if start:
                current = _Block("note", start.group(2).strip(), superscript_number(start.group(1)))
                blocks.append(current)
            elif current is None:
                current = _Block("body", line.strip())
                blocks.append(current)
            else:
                current.text = f"{current.text} {line.strip()}"
    return blocks


def _join_continuations(blocks: list[_Block]) -> list[Note]:
    """Build notes, joining an unfinished last note of a page with its rest."""
    notes: list[Note] = []
    used: set[int] = set()
    for i, block in enumerate(blocks):
        if block.kind != "note":
            continue
        text = block.text
        ends_block = i + 1 < len(blocks) and blocks[i + 1].kind == "body"
        if ends_block and is_unfinished(text):
            j = _continuation_for(blocks, i, text, used)
            if j is not None:
                used.add(j)
                text = f"{text} {blocks[j].text}"
        notes.append(Note(block.number or 0, text))
    return notes


def is_unfinished(text: str) -> bool:
    """True when a note's text stops mid-citation (a comma, an open `<`, no full stop).

    >>> is_unfinished('Trần Văn Minh,')
    True
    >>> is_unfinished('*Rodong Sinmun*, March 27, 1965.')
    False
    """
    return bool(OPEN_ENDING.search(text)) or text.count("<") > text.count(">")


def _continuation_for(blocks: list[_Block], i: int, text: str, used: set[int]) -> int | None:
    """Index of the body block that finishes note block `i`, if one reads like it."""
    inside_url = bool(re.search(r"https?://\S+$", text))
    for j in range(i + 1, len(blocks)):
        block = blocks[j]
        if block.kind == "note":
            return None
        if j in used or BODY_REFERENCE.search(block.text):
            continue
        if inside_url and re.match(r"[\w./%?=&#~-]+(?:\s|$|>)", block.text) and not re.match(r"[A-Z][a-z]+ ", block.text):
            return j
        if _continuation_score(block.text) >= 2:
            return j
    return None


def _continuation_score(text: str) -> int:
    """How strongly a paragraph reads like the rest of a citation."""
    score = sum(bool(p.search(text)) for p in CONTINUATION_MARKERS)
    if text.startswith("*") or text[:1].islower():
        score += 1
    return score


def _numbering_diagnostics(notes: list[Note], document: str | None) -> list[Diagnostic]:
    """Report gaps, repeats and disorder in the note numbers."""
    found: list[Diagnostic] = []
    seen: set[int] = set()
    previous = 0
    for note in notes:
        if note.number in seen:
            found.append(Diagnostic("note-repeated", f"note {note.number} appears again", document, note.number))
        elif note.number < previous:
            found.append(Diagnostic("note-out-of-order", f"note {note.number} follows note {previous}", document, note.number))
        elif note.number > previous + 1:
            missing = f"{previous + 1}" if note.number == previous + 2 else f"{previous + 1}-{note.number - 1}"
            found.append(Diagnostic("note-gap", f"no note {missing} before note {note.number}", document, note.number))
        seen.add(note.number)
        previous = max(previous, note.number)
    return found
