"""Reading, shared by the structured formats: runs of text -> one note's text with `*...*` emphasis.

    [("See ", False), ("A History", True), (" (1999).", False)] -> "See *A History* (1999)."

Adjacent italic runs merge into one `*...*` span; white space at the edges
of a span moves outside it; white space runs (newlines too) become one
space. `joined_lines` joins the runs of a PDF's lines as `wrap.Wrapping`
says, an italic span going on across a line end.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..wrap import Wrapping

_SPACES = re.compile(r"\s+")


def emphasized(runs: Iterable[tuple[str, bool]]) -> str:
    """Join (text, italic) runs into text with `*...*` around the italic spans."""
    merged: list[list] = []
    for text, italic in runs:
        if not text:
            continue
        if merged and merged[-1][1] == italic:
            merged[-1][0] += text
        else:
            merged.append([text, italic])
    out = []
    for text, italic in merged:
        core = text.strip()
        if italic and core and core != "*":
            lead, trail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{lead}*{core}*{trail}")
        else:
            out.append(text)
    return squeeze("".join(out))


def squeeze(text: str) -> str:
    """One space for every run of white space, none at the ends.

    >>> squeeze("  Ann\\n Smith ")
    'Ann Smith'
    """
    return _SPACES.sub(" ", text).strip()


PARAGRAPH = "\n\n"
"""The run that ends a paragraph."""


def paragraphs_text(runs: Iterable[tuple[str, bool]]) -> str:
    """Runs with PARAGRAPH breaks -> paragraphs separated by blank lines, each `emphasized`."""
    paragraphs: list[str] = []
    current: list[tuple[str, bool]] = []
    for text, italic in runs:
        if text == PARAGRAPH:
            paragraphs.append(emphasized(current))
            current = []
        else:
            current.append((text, italic))
    paragraphs.append(emphasized(current))
    return PARAGRAPH.join(p for p in paragraphs if p)


def inherited(own: dict[str, bool], parent: dict[str, str]) -> dict[str, bool]:
    """Resolve a style flag through parent styles: `{"Quote": True}`, `{"MyQuote": "Quote"}` -> both True."""
    resolved = {}
    for name in set(own) | set(parent):
        seen, current = set(), name
        while current not in own and current in parent and current not in seen:
            seen.add(current)
            current = parent[current]
        if current in own:
            resolved[name] = own[current]
    return resolved


def joined_lines(lines: list[list[tuple[str, bool]]], wrapping: Wrapping) -> list[tuple[str, bool]]:
    """The runs of several lines joined as `Wrapping.join_point` says; an italic span goes on across."""
    out: list[tuple[str, bool]] = []
    tail = ""                       # the end of the text so far: long enough to hold a URL
    for runs in lines:
        text = "".join(t for t, _ in runs).strip()
        if not text:
            continue
        if out:
            drop, separator = wrapping.join_point(tail, text)
            _drop_end(out, drop)
            first = _lstrip(runs)
            out.append((separator, bool(out) and out[-1][1] and bool(first) and first[0][1]))   # an italic span goes on
            tail = tail.rstrip()[:len(tail.rstrip()) - drop] + separator
        out.extend(_lstrip(runs))
        tail = (tail + text)[-300:]
    return out


def _drop_end(runs: list[tuple[str, bool]], count: int) -> None:
    while runs and count:
        text, italic = runs[-1]
        text = text.rstrip()
        if len(text) > count:
            runs[-1] = (text[:-count], italic)
            return
        count -= len(text)
        runs.pop()


def _lstrip(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    out = list(runs)
    while out and not out[0][0].strip():
        out.pop(0)
    if out:
        out[0] = (out[0][0].lstrip(), out[0][1])
    return out
