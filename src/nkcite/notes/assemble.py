"""Notes stage, step 4: the chosen marks and the lines -> each note's text.

    ¹ Ann Smith, *A History*                 <- a note's own paragraph
    (Paris: Seuil, 1999), 12.                   (its mark line and the lines after it)
    Body text that cites the next note.²     <- body: the gap holds a reference mark
    ² Ibid., 14.

A note is its mark's line and the rest of that paragraph, up to a line of
body text (one with a reference mark), page numbers left out; for a lone
number, the paragraph below it too. What lies between it and the next note
decides the rest: a gap that holds body text (a reference mark: `²` in the
text, a number glued to a word, `system.2`, or a lone number line,
`pdftotext -layout`'s superscript) belongs to the body, and the note takes
from it only what finishes it when it stops mid-citation: the paragraph
that reads like the rest of a citation, or, where body and notes share a
paragraph (pdftotext), the note-wide lines just above the next mark. In a
paper whose gaps mostly hold no body text (an endnote section) such a gap
is the note's own, but for headings (`Chapter 2`) and page numbers. Lines
are joined as `wrap.Wrapping` says, paragraphs with one space.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..wrap import Wrapping, is_unfinished
from .lines import BODY_REFERENCE, Line
from .markers import Mark
from .sequence import heading_like

# What the rest of a citation looks like when a page break cut it off.
CONTINUATION_MARKERS = [
    re.compile(r"\((?:Accessed|accessed|Retrieved)\b"),        # (Accessed on March 3, 2024)
    re.compile(r"\((?:Korean|Japanese|Vietnamese|Chinese|Russian|French|German|English)\)"),
    re.compile(r"<?https?://|\bwww\."),                          # a URL
    re.compile(r"\bpp?\.\s?\d"),                                  # p. 381, pp.27-36
    re.compile(r"\([^()]{2,60}:[^()]{2,80},\s*\d{4}\)"),         # (Tokyo: University of Tokyo Press, 2001)
    re.compile(r"\bibid\b", re.I),
]
_GLUED = re.compile(r"(?:[a-z]{3}|[a-z]{3}[.,;:!?]|[\"”’)\]])(\d{1,4})(?=[\s,.;:)]|$)")
_LONE = re.compile(r"^\s*(\d{1,4})\s*$")


@dataclass
class Draft:
    """A note being put together: its mark, its paragraphs (lists of lines) and the lines it took."""

    mark: Mark
    paragraphs: list[list[str]]
    taken: list[int]


def assemble(lines: list[Line], chosen: list[Mark], wrapping: Wrapping) -> list[Draft]:
    """One Draft per chosen mark (see the module docstring)."""
    drafts: list[Draft] = []
    sectional = _sectional_gaps(lines, chosen)
    ends = [chosen[k + 1].line if k + 1 < len(chosen) else len(lines) for k in range(len(chosen))]
    owns = [_own_lines(lines, mark, end) for mark, end in zip(chosen, ends)]
    widths = _Widths.of(lines, owns)
    for k, (mark, end, own) in enumerate(zip(chosen, ends, owns)):
        rest = [j for j in range(own[-1] + 1, end) if not lines[j].running]
        draft = Draft(mark, [[mark.rest] + [lines[j].text for j in own[1:]]], list(own))
        if k + 1 < len(chosen) and sectional[k]:
            _take_section(lines, rest, draft)
        elif not _take_continuation(lines, rest, draft, wrapping) and k + 1 < len(chosen):
            _take_lines_before(lines, rest, draft, wrapping, widths)
        drafts.append(draft)
    return drafts


@dataclass
class _Widths:
    """Typical lengths of body lines and of note lines: small type fits more characters in a line."""

    body: float
    note: float

    @classmethod
    def of(cls, lines: list[Line], owns: list[list[int]]) -> "_Widths":
        in_notes = {j for own in owns for j in own}
        note = sorted(len(lines[j].text.strip()) for own in owns for j in own[1:-1])
        body = sorted(len(line.text.strip()) for j, line in enumerate(lines)
                      if j not in in_notes and not line.running and len(line.text.strip()) > 20)
        return cls(body[len(body) // 2] if body else 0.0, note[len(note) // 2] if note else 0.0)

    @property
    def telling(self) -> bool:
        """True when note lines are clearly longer than body lines."""
        return self.body > 0 and self.note >= 1.08 * self.body

    def is_note_line(self, text: str) -> bool:
        return len(text.strip()) > (self.body + self.note) / 2


def note_text(draft: Draft, wrapping: Wrapping) -> str:
    """The draft's paragraphs as one text: lines joined as wrapped, paragraphs by a space."""
    text = ""
    for paragraph in draft.paragraphs:
        joined = join_lines(paragraph, wrapping)
        if not joined:
            continue
        if text and text[-1] in "-\u00ad" and joined[:1].islower():
            drop, separator = wrapping.join_point(text, joined)
            text = text[:len(text) - drop] + separator + joined
        else:
            text = f"{text} {joined}" if text else joined
    return re.sub(r"\*\s+\*", " ", text).strip()


def join_lines(lines: list[str], wrapping: Wrapping) -> str:
    """Hard-wrapped lines as one line."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not text:
            text = line
            continue
        drop, separator = wrapping.join_point(text, line)
        text = text[:len(text) - drop] + separator + line
    return text


def _own_lines(lines: list[Line], mark: Mark, end: int) -> list[int]:
    """The mark's line and the rest of its paragraph (and, for a lone number, the paragraph below)."""
    own = [mark.line]
    paragraph = lines[mark.line].paragraph
    j = mark.line + 1
    while j < end and (lines[j].paragraph == paragraph or lines[j].running) and not (
            BODY_REFERENCE.search(lines[j].text) and not lines[j].running):
        if not lines[j].running and not _LONE.match(lines[j].text):      # a page number between its lines
            own.append(j)
        j += 1
    if mark.alone and len(own) == 1 and j < end:
        paragraph = lines[j].paragraph
        while j < end and (lines[j].paragraph == paragraph or lines[j].running):
            if not lines[j].running:
                own.append(j)
            j += 1
    return own


def _sectional_gaps(lines: list[Line], chosen: list[Mark]) -> list[bool]:
    """For each note but the last: does the gap before the next note belong to the note?

    It does when it holds no body text, in a paper whose gaps mostly hold
    none (an endnote section); in a paper of footnotes among the body, the
    gaps are body text.
    """
    out, body, other = [], 0, 0
    for k in range(len(chosen) - 1):
        low, high = chosen[k].number + 1, max(chosen[k + 1].number, chosen[k].number + 1) + 5
        gap = [j for j in range(chosen[k].line + 1, chosen[k + 1].line)
               if not lines[j].running and lines[j].paragraph != lines[chosen[k].line].paragraph]
        cites = any(_cites(lines[j].text, low, high) for j in gap)
        out.append(not cites)
        body += cites
        other += bool(gap) and not cites
    return out if other >= body else [False] * len(out)


def _cites(text: str, low: int, high: int) -> bool:
    """True when a line holds a body reference mark (superscript, glued number, lone number) for low..high."""
    if BODY_REFERENCE.search(text):
        return True
    lone = _LONE.match(text)
    if lone:
        return low <= int(lone.group(1)) <= high
    return any(low <= int(m.group(1)) <= high for m in _GLUED.finditer(text))


def _take_section(lines: list[Line], rest: list[int], draft: Draft) -> None:
    """In an endnote section the gap is the note's, but for headings and lone numbers (page numbers)."""
    for paragraph in _paragraphs(lines, rest):
        texts = [lines[j].text for j in paragraph]
        if len(texts) == 1 and (heading_like(texts[0]) and not texts[0][:1].islower() or _LONE.match(texts[0])):
            continue
        draft.paragraphs.append(texts)
        draft.taken += paragraph


def _take_continuation(lines: list[Line], rest: list[int], draft: Draft, wrapping: Wrapping) -> bool:
    """A note cut by a page break takes the paragraph of the gap that reads like its rest.

    Returns False when the note is unfinished and no paragraph fits.
    """
    text = note_text(draft, wrapping)
    if not is_unfinished(text):
        return True
    inside_url = bool(re.search(r"https?://\S+$", text))
    low, high = draft.mark.number + 1, draft.mark.number + 40
    for paragraph in _paragraphs(lines, rest):
        if any(_cites(lines[j].text, low, high) for j in paragraph):
            continue
        candidate = join_lines([lines[j].text for j in paragraph], wrapping)
        if (inside_url and re.match(r"[\w./%?=&#~-]+(?:\s|$|>)", candidate)
                and not re.match(r"[A-Z][a-z]+ ", candidate)) or continuation_score(candidate) >= 2:
            draft.paragraphs.append([lines[j].text for j in paragraph])
            draft.taken += paragraph
            return True
    return False


def _take_lines_before(lines: list[Line], rest: list[int], draft: Draft, wrapping: Wrapping,
                       widths: _Widths) -> None:
    """Where body and notes share one paragraph (pdftotext), the rest of a note cut by a page break
    is the run of note-wide lines just above the next note's mark."""
    if not rest or not widths.telling:
        return
    run = []
    for j in reversed(rest):
        text = lines[j].text
        if _cites(text, draft.mark.number + 1, draft.mark.number + 40) or not (
                widths.is_note_line(text) or (not run and re.search(r"[.)]$", text.strip()))):
            break
        run.append(j)
    run.reverse()
    candidate = join_lines([lines[j].text for j in run], wrapping)
    if run and (continuation_score(candidate) >= 1 or candidate[:1].islower()
                or re.search(r"\d[^\s]*[.)]$", candidate)):
        draft.paragraphs.append([lines[j].text for j in run])
        draft.taken += run


def continuation_score(text: str) -> int:
    """How strongly a paragraph reads like the rest of a citation."""
    score = sum(bool(p.search(text)) for p in CONTINUATION_MARKERS)
    if text.startswith("*") or text[:1].islower():
        score += 1
    return score


def _paragraphs(lines: list[Line], indexes: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for j in indexes:
        if out and lines[out[-1][-1]].paragraph == lines[j].paragraph:
            out[-1].append(j)
        else:
            out.append([j])
    return out

