"""Stage 1, notes: a paper's plain text -> its notes, in order, whatever their layout.

    "Body.¹\\n\\n¹ Ann Smith, *A History* (1999).\\n" -> [Note(1, "Ann Smith, *A History* (1999).")]
    "...\\nNotes\\n1. Ann Smith, *A History*\\n(Paris: Seuil, 1999).\\n2. Ibid., 4.\\n"
        -> [Note(1, "Ann Smith, *A History* (Paris: Seuil, 1999)."), Note(2, "Ibid., 4.")]

The layout is read, not configured: `lines` normalises the lines and
marks running heads and page numbers; `markers` finds the mark each line
starts with (`¹`, `[1]`, `1.`, `1)`, `(1)`, `1 text`, a lone `1`);
`sequence` keeps the marks that start notes (strong marks, else the
longest chain of numbers going up one by one, per chapter where the
numbering starts again); `assemble` gives each note its lines (footnotes
among the body, or an endnote section); notes run together in one
paragraph are split at the next number (`split_run_together`). Numbering
gaps, repeats and disorder, marks read as text (`note-marker-ignored`) and
the layout assumed where it was a guess (`note-layout`) are diagnostics.
"""
from __future__ import annotations

import re
from collections import Counter

from ..model import Diagnostic, Note
from ..scan import SUPERSCRIPT_DIGITS
from ..wrap import Wrapping, is_unfinished
from .assemble import assemble, note_text
from .lines import mark_page_numbers, split_lines
from .markers import TOO_LONG, Mark, line_mark
from .sequence import choose

__all__ = ["extract_notes", "is_unfinished"]
NOTES_HEADING = re.compile(r"^\W*(?:(?:end\s*)?notes|notes and references|references and notes)"
                           r"(?:\s+(?:to|for)\s+.{1,60})?\W*$", re.I)
"""A heading that opens an endnote section: `Notes`, `Endnotes`, `Notes to Chapter 3`."""
IGNORED_STYLES = {"superscript", "bracket", "dot", "paren", "parens"}
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


def extract_notes(text: str, document: str | None = None) -> tuple[list[Note], list[Diagnostic]]:
    """Return the notes of a paper's text and the problems found.

    >>> notes, _ = extract_notes("Body.¹\\n\\n¹ Ann Smith, *A History* (1999).\\n")
    >>> [(n.number, n.text) for n in notes]
    [(1, 'Ann Smith, *A History* (1999).')]
    """
    lines = split_lines(text)
    marks = [m for i, line in enumerate(lines) if not line.running and (m := line_mark(line.text, i))]
    section = next((i for i, line in enumerate(lines) if not line.running and NOTES_HEADING.match(line.text)), None)
    chosen = choose(marks, section)
    mark_page_numbers(lines, chosen.marks)
    wrapping = Wrapping.of(text)
    drafts = assemble(lines, chosen.marks, wrapping)
    paged = bool(lines) and lines[-1].page > 1
    notes = []
    for k, draft in enumerate(drafts):
        page = lines[draft.mark.line].page if paged else None
        following = drafts[k + 1].mark.number if k + 1 < len(drafts) else None
        for number, body in split_run_together(draft.mark.number, note_text(draft, wrapping), following):
            notes.append(Note(number, body, page=page))
    diagnostics = _ignored(lines, marks, chosen.marks, drafts, document)
    diagnostics += _layout(chosen, marks, document)
    return notes, _numbering_diagnostics(notes, document, chosen.restarts > 0) + diagnostics


def split_run_together(number: int, text: str, following_note: int | None = None) -> list[tuple[int, str]]:
    """Split notes run together in one paragraph at each next number after a sentence's end.

    Only numbers the next note (`following_note`) leaves out are looked for,
    never after an abbreviation that takes a number (`no. 2`, `p. 3`).

    >>> split_run_together(4, "Ibid., 12. 5. Ann Smith, *A History* (1999). 6 Ibid.")
    [(4, 'Ibid., 12.'), (5, 'Ann Smith, *A History* (1999).'), (6, 'Ibid.')]
    >>> split_run_together(1, "Weis, *Journal* vol. 37, no. 2 (2011), 364.")
    [(1, 'Weis, *Journal* vol. 37, no. 2 (2011), 364.')]
    """
    out = []
    while following_note is None or number + 1 < following_note:
        at = _next_mark(text, number + 1)
        if at is None:
            break
        out.append((number, text[:at[0]].strip()))
        number, text = number + 1, text[at[1]:].strip()
    out.append((number, text))
    return out


def _next_mark(text: str, number: int) -> tuple[int, int] | None:
    """(start, end) of note `number`'s mark run into `text` after a sentence's end, or None."""
    sup = str(number).translate(TO_SUPERSCRIPT)
    pattern = rf"(?<=[.!?)\]\"”*])\s+(?:{number}[.)]?|\[{number}\]|{sup})\s+(?=[A-Z\"“‘*(\[«]|Ibid)"
    for m in re.finditer(pattern, text):
        if m.start() >= 4 and _reads_like_note(text[m.end():]) and not _NUMBERED.search(text[:m.start()]):
            return m.start(), m.end()
    return None


_NUMBERED = re.compile(r"\b(?:no|nos|vol|vols|p|pp|ch|chap|art|n|nn|fig|op|sec|para|book|part|tome|t|bd|s)\.$",
                       re.I)


def _reads_like_note(text: str) -> bool:
    return bool(re.search(r"\b(?:1[5-9]|20)\d\d\b|\bibid\b|\bp{1,2}\.\s?\d", text[:400], re.I))


def _ignored(lines, marks: list[Mark], chosen: list[Mark], drafts, document) -> list[Diagnostic]:
    """Lines that look like note marks but were read as the text of another note (or too long a number)."""
    chosen_lines = {m.line for m in chosen}
    owner = {j: d.mark.number for d in drafts for j in d.taken}
    found = []
    for mark in marks:
        if mark.line in chosen_lines or mark.style not in IGNORED_STYLES:
            continue
        if mark.line in owner or mark.strong:
            where = f"read as part of note {owner[mark.line]}" if mark.line in owner else "read as body text"
            found.append(Diagnostic("note-marker-ignored", f"{lines[mark.line].text[:80]!r} looks like the mark of "
                                    f"note {mark.number}; numbering continuity says it is not: {where}",
                                    document, mark.number))
    for line in lines:
        if TOO_LONG.match(line.text):
            found.append(Diagnostic("note-marker-ignored", f"{line.text[:40]!r}...: a note number this long "
                                    "is not read as one", document))
    return found


def _layout(chosen, marks: list[Mark], document) -> list[Diagnostic]:
    """Say which layout was assumed where the marks allowed another."""
    found = []
    if chosen.restarts:
        found.append(Diagnostic("note-layout", f"the note numbers start again at 1 {chosen.restarts} times: read as "
                                "notes numbered by chapter", document))
    chosen_lines = {m.line for m in chosen.marks}
    left = sum(m.strong and m.line not in chosen_lines for m in marks)
    if chosen.by_continuity and left:
        style = Counter(m.style for m in chosen.marks).most_common(1)[0][0]
        found.append(Diagnostic("note-layout", f"{left} lines start with a superscript or [n] number out of the "
                                f"numbering; the notes were read from the lines numbered in the {style} style",
                                document))
    return found


def _numbering_diagnostics(notes: list[Note], document: str | None, by_chapter: bool) -> list[Diagnostic]:
    """Report gaps, repeats and disorder in the note numbers (in each chapter's numbering)."""
    found: list[Diagnostic] = []
    seen: set[int] = set()
    previous = 0
    for note in notes:
        if by_chapter and note.number == 1 and previous:
            seen, previous = set(), 0
        if note.number in seen:
            found.append(Diagnostic("note-repeated", f"note {note.number} appears again", document, note.number))
        elif note.number < previous:
            found.append(Diagnostic("note-out-of-order", f"note {note.number} follows note {previous}", document,
                                    note.number))
        elif note.number > previous + 1:
            missing = f"{previous + 1}" if note.number == previous + 2 else f"{previous + 1}-{note.number - 1}"
            found.append(Diagnostic("note-gap", f"no note {missing} before note {note.number}", document, note.number))
        seen.add(note.number)
        previous = max(previous, note.number)
    return found
