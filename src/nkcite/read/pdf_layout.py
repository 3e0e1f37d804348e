"""Reading, PDF layout: spans per page -> lines -> body text and footnotes (pure Python).

    page 3: "...to the war.³ Next..." (10.9 pt)  /  "³ Ann Smith, *A History* (Paris:" (8.8 pt, bottom)
    page 4: "Seuil, 1999), 12." (8.8 pt, top of the bottom zone)
    -> text "...to the war.³ Next...", Note(3, "Ann Smith, *A History* (Paris: Seuil, 1999), 12.", page=3)

Spans sharing a baseline (within half their size) make a line; a span
smaller than its line and raised above its baseline is a superscript, and
its digits become `¹²³`. The body size is the most common one. Running
heads and feet (the top and bottom lines of a page that repeat on several
pages with their numbers ignored) and page numbers are dropped. A page's
footnote zone is the block of single-spaced lines at its bottom (up to a
wide gap, where the rule is, or a larger line) that holds a marked line;
a zone line that starts with a
note mark (a superscript number, or where no zone has one, a number in
sequence) starts a note, the others continue it, and a zone that starts
without a mark continues the previous page's last note. Lines are joined
by `wrap.Wrapping` (hyphens, URLs, CJK). Without footnote zones (notes
at the end of chapters or of the paper) the text, one line per line, blank
lines at paragraph gaps and a form feed per page, goes to the notes stage.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from ..wrap import Wrapping, is_unfinished, unspaced
from .pdf import Span
from .runs import emphasized, joined_lines

SAME_LINE = 0.6          # spans whose baselines differ by less than this share of their size share a line
SMALLER = 0.85           # a superscript is at most this share of its line's size ...
RAISED = 0.12            # ... and its baseline at least this share above the line's
NOTE_SIZE = 0.93         # footnote lines are smaller than this share of the body size
ZONE_GAP = 1.5           # a baseline distance of this many line sizes ends the footnote zone (the rule)
PARAGRAPH_GAP = 1.6      # a baseline distance of this many sizes is a paragraph break
SPACE_GAP = 0.3          # a horizontal gap of this share of the size between spans is a space
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s+)?(\d{1,4})\W*$", re.I)
_PLAIN_MARK = re.compile(r"^\s*(\d{1,4})[.)]?\s+(?=\S)")


@dataclass
class Line:
    """One line of a page: its spans left to right, baseline and main size."""

    spans: list[Span]
    y: float = 0.0
    size: float = 0.0
    runs: list[tuple[str, bool]] = field(default_factory=list)    # text with superscripts, italics
    mark: int | None = None            # the superscript number it starts with

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.runs)


def paper_from_pages(pages: list[list[Span]], breaks_inside_words: bool = False) -> Paper:
    """The Paper of a PDF: notes from footnote zones where there are any, else its text for the notes stage.

    `breaks_inside_words`: the typesetter broke lines between Hangul syllables (TeX).
    """
    lines = [_lines(spans) for spans in pages]
    body_size = _body_size(lines)
    lines = _without_running_lines(lines)
    text = "\n".join(line.text for page in lines for line in page)
    wrapping = Wrapping.of(text, hangul_anywhere=True if breaks_inside_words else None)
    zones = [_zone(page, body_size) for page in lines]
    notes, body_ends = _zone_notes(lines, zones, wrapping)
    if notes:
        body = [page[:end] for page, end in zip(lines, body_ends)]
        return Paper(_text(body), notes, [], "pdf")
    return Paper(_text(lines), None, [], "pdf")


def _lines(spans: list[Span]) -> list[Line]:
    """Group a page's spans into lines, top to bottom, each left to right.

    A span joins the line being built when it shares its baseline (in any
    order: fallback fonts come late in the content stream) or, raised or
    lowered a little, follows it to the right (a superscript).
    """
    lines: list[Line] = []
    for span in spans:
        line = lines[-1] if lines else None
        if line is not None and _joins(line, span):
            line.spans.append(span)
            if span.size > line.size + 0.1 and span.text.strip():     # the text after a leading superscript
                line.y, line.size = span.y, span.size
        elif span.text.strip():
            lines.append(Line([span], span.y, span.size))
    for line in lines:
        _settle(line)
        line.spans.sort(key=lambda s: s.x0)
        _set_runs(line)
    return sorted(lines, key=lambda line: -line.y)


def _joins(line: Line, span: Span) -> bool:
    size = max(span.size, line.size)
    if abs(span.y - line.y) < 0.2 * size:
        return True
    return abs(span.y - line.y) < SAME_LINE * size and span.x0 >= line.spans[-1].x1 - 0.5 * span.size


def _settle(line: Line) -> None:
    """The line's size and baseline: those of most of its characters."""
    sizes, baselines = Counter(), Counter()
    for span in line.spans:
        sizes[round(span.size, 1)] += len(span.text.strip())
    size = sizes.most_common(1)[0][0]
    for span in line.spans:
        if round(span.size, 1) == size:
            baselines[round(span.y, 1)] += len(span.text.strip()) or 1
    line.size, line.y = size, baselines.most_common(1)[0][0]


def _set_runs(line: Line) -> None:
    """The line's (text, italic) runs, superscript digits as `¹²³`, spaces where spans are apart.

    `mark` is the number of the raised digits the line starts with.
    """
    previous, leading = None, ""
    for span in line.spans:
        text = span.text
        raised = span.size <= SMALLER * line.size and span.y >= line.y + RAISED * line.size
        if raised and text.strip().isdigit():
            if len(leading) == len(line.text):          # still at the start of the line
                leading += text.strip()
            text = text.strip().translate(TO_SUPERSCRIPT)
        gap = SPACE_GAP * (2 if _cjk_edge(previous, text) else 1) * line.size
        if previous is not None and span.x0 - previous.x1 > gap \
                and not previous.text.endswith(" ") and not text.startswith(" "):
            line.runs.append((" ", False))
        line.runs.append((text, span.italic and not raised))
        previous = span
    line.mark = int(leading) if leading and len(leading) <= 6 else None


def _cjk_edge(previous: Span | None, text: str) -> bool:
    """True between spans where either side is CJK or Hangul (full-width glyphs carry blank space)."""
    return previous is not None and bool(previous.text) and bool(text) and any(
        unspaced(c) or "\uac00" <= c <= "\ud7a3" for c in (previous.text[-1], text[0]))


def _body_size(pages: list[list[Line]]) -> float:
    sizes = Counter()
    for page in pages:
        for line in page:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _key(line: Line) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line.text)).strip().casefold()


def _without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers (numbers that go up with the pages) and top or bottom lines on several pages."""
    edges, offsets = Counter(), Counter()
    for index, page in enumerate(pages):
        edge = [line for line in page[:2] + page[-2:] if line.mark is None]
        edges.update({_key(line) for line in edge})
        offsets.update({_offset(line, index) for line in edge} - {None})
    needed = max(2, len(pages) // 4)
    numbering = {offset for offset, count in offsets.items() if count >= 2}
    kept = []
    for index, page in enumerate(pages):
        def running(line: Line) -> bool:
            return line.mark is None and (edges[_key(line)] >= needed or _offset(line, index) in numbering)
        start, end = 0, len(page)
        while start < min(2, end) and running(page[start]):
            start += 1
        while end > max(start, len(page) - 2) and running(page[end - 1]):
            end -= 1
        kept.append(page[start:end])
    return kept


def _offset(line: Line, index: int) -> int | None:
    """Printed page number minus the page's index, for a line that is only a number."""
    m = _PAGE_NUMBER.match(line.text)
    return int(m.group(1)) - index if m else None


@dataclass
class _Zone:
    """A page's footnote zone: `lead` lines above the first marked line, which starts `notes`."""

    lead: int
    first: int
    lead_is_small: bool


def _zone(page: list[Line], body_size: float) -> _Zone:
    """The page's footnote zone (`first == len(page)` when it has none).

    The zone starts at the first line that starts with a note mark and has
    no larger line below it. The lines just above it (single-spaced, not
    larger) are its lead: the rest of the previous page's last note when
    they are smaller than the body, or when that note is unfinished.
    """
    marked = [i for i, line in enumerate(page) if line.mark is not None
              or (_PLAIN_MARK.match(line.text) and line.size < NOTE_SIZE * body_size)]
    largest_below = [0.0] * (len(page) + 1)
    for i in range(len(page) - 1, -1, -1):
        largest_below[i] = max(largest_below[i + 1], page[i].size)
    first = next((i for i in marked if largest_below[i + 1] <= page[i].size + 0.5), len(page))
    if first == len(page):
        return _Zone(first, first, False)
    if all(line.size < NOTE_SIZE * body_size for line in page[:first]):
        return _Zone(0, first, True)                      # a page of notes (an endnote section)
    lead = first
    while lead > 0:
        above, below = page[lead - 1], page[lead]
        if above.y - below.y > ZONE_GAP * max(above.size, below.size) or above.size > page[first].size + 0.5:
            break
        lead -= 1
    return _Zone(lead, first, all(line.size < NOTE_SIZE * body_size for line in page[lead:first]))


def _zone_notes(pages: list[list[Line]], zones: list[_Zone], wrapping: Wrapping) -> tuple[list[Note], list[int]]:
    """The notes of every footnote zone, and where each page's body ends.

    A zone's lead continues the last note of the page before (see `_zone`).
    """
    superscripts = any(line.mark is not None for page, zone in zip(pages, zones) for line in page[zone.first:])
    notes: list[tuple[int, int, list[list[tuple[str, bool]]]]] = []      # number, page, lines
    body_ends = []
    for page_number, (page, zone) in enumerate(zip(pages, zones), start=1):
        start = zone.first
        if notes and zone.lead < zone.first and (zone.lead_is_small or _unfinished(notes[-1][2], wrapping)):
            start = zone.lead
        body_ends.append(start)
        for line in page[start:]:
            number, runs = _note_start(line, superscripts, notes[-1][0] + 1 if notes else 1)
            if number is not None:
                notes.append((number, page_number, [runs]))
            elif notes:
                notes[-1][2].append(line.runs)
    found = [Note(number, emphasized(joined_lines(lines, wrapping)), page=page) for number, page, lines in notes]
    return found, body_ends


def _unfinished(lines: list[list[tuple[str, bool]]], wrapping: Wrapping) -> bool:
    return is_unfinished(emphasized(joined_lines(lines, wrapping)))


def _note_start(line: Line, superscripts: bool, expected: int) -> tuple[int | None, list]:
    """The note number a zone line starts with and the rest of its runs, or (None, [])."""
    if superscripts:
        if line.mark is None:
            return None, []
        runs = list(line.runs)
        while runs and (not runs[0][0].strip() or all(c in SUPERSCRIPT_DIGITS for c in runs[0][0].strip())):
            runs.pop(0)
        return line.mark, runs
    m = _PLAIN_MARK.match(line.text)
    if not m or int(m.group(1)) not in (expected, 1):
        return None, []
    cut, runs = m.end(), []
    for text, italic in line.runs:
        runs.append((text[cut:], italic) if cut < len(text) else ("", italic))
        cut = max(0, cut - len(text))
    return int(m.group(1)), runs


def _text(pages: list[list[Line]]) -> str:
    """The pages as text: a line per line, blank lines at paragraph gaps, a form feed per page."""
    out = []
    for page in pages:
        rows, previous = [], None
        for line in page:
            if previous is not None and previous.y - line.y > PARAGRAPH_GAP * max(previous.size, line.size):
                rows.append("")
            rows.append(emphasized(line.runs))
            previous = line
        out.append("\n".join(rows))
    return "\n\f".join(out) + "\n"
