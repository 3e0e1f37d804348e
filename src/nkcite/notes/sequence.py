"""Notes stage, step 3: the marks of a text -> the ones that start notes, by numbering continuity.

    marks 1. 2. (list items)  ... 1. 2. 3. ... 36. (the notes)  436. (a page number)
    -> the notes' 1 ... 36: the longest run of numbers that go up one by one

Strong marks (superscripts, `[1]`) always start notes when they are the
text's main kind (`STRONG_LAYOUT` of them, or more than the best weak chain); weak marks (`1.`, `1)`, `(1)`, `1 text`, a lone `1`) then
only fill the numbers the strong ones miss. Otherwise one chain is chosen
over all marks: each mark extends the best chain ending at the number
before it (skipping up to `MAX_SKIP` numbers costs a little; keeping the
chain's style earns a little; ties go to the later mark, the one nearer to
the notes that follow), and a `1` may start a new chapter's numbering at
a cost, so a run of headings (`1. Introduction`) is never worth it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .markers import Mark

MAX_SKIP = 3
SKIP_COST = 1.0
STYLE_BONUS = 0.3
RESTART_COST = 2.5
LATE_START_COST = 2.0
STRONG_LAYOUT = 5
"""This many lines starting with a superscript (or `[n]`) make the layout: they are rare anywhere else."""
_CITATION_HINT = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\bibid\b|\bpp?\.\s?\d|\bop\. cit|\bvol\.|\bed(?:s|ited)?\.|\bno\.",
                            re.I)


@dataclass
class Chosen:
    """The marks that start notes, in text order, and where the numbering starts again at 1."""

    marks: list[Mark] = field(default_factory=list)
    restarts: int = 0
    by_continuity: bool = False
    """Weak marks decided by continuity (no strong marks carried the layout)."""


def choose(marks: list[Mark], section: int | None = None) -> Chosen:
    """The note-starting marks among `marks` (text order).

    `section`: the line of a `Notes` heading; weak marks before it (lists in
    the body) are left out when it has weak marks after it.
    """
    strong = [m for m in marks if m.strong]
    weak = [m for m in marks if not m.strong]
    if section is not None and sum(m.line > section for m in weak) >= 2:
        weak = [m for m in weak if m.line > section]
        marks = [m for m in marks if m.strong or m.line > section]
    if len(strong) >= STRONG_LAYOUT:
        return Chosen(_fill_gaps(strong, weak))
    weak_chain = _chain(weak)
    if strong and len(strong) >= len(weak_chain):
        return Chosen(_fill_gaps(strong, weak))
    chain = _chain(marks)
    return Chosen(chain, sum(1 for m in chain[1:] if m.number == 1), by_continuity=True)


def heading_like(text: str) -> bool:
    """A list item or heading rather than a note: short, unpunctuated, nothing of a citation."""
    text = text.strip().strip("*")
    return bool(text) and len(text) < 100 and text[-1] not in ".,;:)!?\"”'-–" and not _CITATION_HINT.search(text)


def _weight(mark: Mark) -> float:
    if mark.strong:
        return 1.5
    if mark.alone:
        return 0.8
    return 0.1 if heading_like(mark.rest) else 1.0


def _chain(marks: list[Mark]) -> list[Mark]:
    """The best chain of marks whose numbers go up one by one (see the module docstring)."""
    if not marks:
        return []
    score = [0.0] * len(marks)
    before: list[int | None] = [None] * len(marks)
    best_at: dict[int, dict[str, int]] = {}   # number -> style -> the best chain ending there (latest on ties)
    best = -1                             # index of the best chain so far
    for i, mark in enumerate(marks):
        options = [(-LATE_START_COST if mark.number != 1 else 0.0, None)]
        for skip in range(MAX_SKIP + 1):
            for style, j in best_at.get(mark.number - 1 - skip, {}).items():
                bonus = STYLE_BONUS if style == mark.style else 0.0
                options.append((score[j] - SKIP_COST * skip + bonus, j))
        if mark.number == 1 and best >= 0:
            options.append((score[best] - RESTART_COST, best))
        gain, before[i] = max(options, key=lambda o: (o[0], -1 if o[1] is None else o[1]))
        score[i] = gain + _weight(mark)
        styles = best_at.setdefault(mark.number, {})
        if mark.style not in styles or score[i] >= score[styles[mark.style]]:
            styles[mark.style] = i
        if best < 0 or score[i] >= score[best]:
            best = i
    chain, i = [], best
    while i is not None:
        chain.append(marks[i])
        i = before[i]
    return chain[::-1] if score[best] > 0 else []


def _fill_gaps(strong: list[Mark], weak: list[Mark]) -> list[Mark]:
    """Strong marks, plus weak ones whose numbers the strong ones miss, in their place."""
    numbers = {m.number for m in strong}
    chosen = sorted(strong, key=lambda m: m.line)
    lines = [m.line for m in chosen]
    for mark in weak:
        if mark.number in numbers or mark.alone or heading_like(mark.rest):
            continue
        at = bisect.bisect(lines, mark.line)
        previous = chosen[at - 1] if at else None
        following = chosen[at] if at < len(chosen) else None
        if previous is not None and previous.number < mark.number <= previous.number + MAX_SKIP and (
                following is None or mark.number < following.number):
            chosen.insert(at, mark)
            lines.insert(at, mark.line)
            numbers.add(mark.number)
    return chosen
