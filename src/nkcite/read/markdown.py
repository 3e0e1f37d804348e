"""Reading, pandoc Markdown: `[^1]` references and `[^1]:` definitions (and inline `^[...]`) -> notes.

    "Body.[^a]\\n\\n[^a]: Ann Smith, _A History_\\n    (1999)."
    -> text "Body.¹", Note(1, "Ann Smith, *A History* (1999).", source_id="a")

Notes are numbered in the order the body refers to them, as pandoc numbers
them; a definition nothing refers to follows. A definition runs on over
indented (or lazily unindented) lines and indented paragraphs. Inline
markup becomes nkcite's plain text: `_x_` and `*x*` are `*x*`, backslash
escapes are undone, an autolink `<https://...>` is its URL and a link
`[text](url)` is `text <url>`.
"""
from __future__ import annotations

import re

from ..model import Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from .runs import squeeze

DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?(.*)$")
REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
INLINE_START = "^["
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|www\.[^<>\s]+)>")
_LINK = re.compile(r"\[([^\[\]]*)\]\(([^()\s]+)(?:\s+\"[^\"]*\")?\)")


def has_notes(text: str) -> bool:
    """True when `text` holds pandoc note definitions or inline notes."""
    return bool(re.search(r"^ {0,3}\[\^[^\]\s]+\]:", text, re.M)) or bool(re.search(r"\^\[[^\]]+\]", text))


def read(text: str, name: str) -> Paper:
    """Read Markdown text into its body and notes."""
    body, definitions = _definitions(text.split("\n"))
    body_text, inline_notes, order = _inline_notes("\n".join(body))
    notes, numbers = [], {}
    for label in order + [label for label in definitions if label not in order]:
        if label in numbers or (label not in definitions and label not in inline_notes):
            continue
        numbers[label] = len(numbers) + 1
        raw = definitions.get(label, inline_notes.get(label, ""))
        notes.append(Note(numbers[label], inline(raw), source_id=None if label in inline_notes else label))
    def mark(m: re.Match) -> str:
        return str(numbers[m.group(1)]).translate(TO_SUPERSCRIPT) if m.group(1) in numbers else m.group()
    paragraphs = [inline(p) for p in re.split(r"\n\s*\n", REFERENCE.sub(mark, body_text))]
    return Paper("\n\n".join(p for p in paragraphs if p), notes or None, [], "markdown")


def _definitions(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """Split the lines into body lines and note definitions (label -> raw text)."""
    body: list[str] = []
    definitions: dict[str, list[str]] = {}
    current: list[str] | None = None
    blank = False
    for line in lines:
        start = DEFINITION.match(line)
        if start:
            current = definitions.setdefault(start.group(1), [])
            current.append(start.group(2))
            blank = False
        elif current is not None and line.strip() and (line.startswith(("    ", "\t")) or not blank):
            current.append(line.strip())
            blank = False
        elif current is not None and not line.strip():
            blank = True
        else:
            current = None
            body.append(line)
    return body, {label: " ".join(parts) for label, parts in definitions.items()}


def _inline_notes(text: str) -> tuple[str, dict[str, str], list[str]]:
    """Replace each `^[...]` by a reference; return the text, the inline notes, and every label in order."""
    out, notes, i = [], {}, 0
    while True:
        j = text.find(INLINE_START, i)
        end = _closing_bracket(text, j + 1) if j >= 0 else -1
        if end < 0:
            out.append(text[i:])
            break
        label = f"\x00inline{len(notes) + 1}"
        notes[label] = text[j + 2:end]
        out.append(text[i:j] + f"[^{label}]")
        i = end + 1
    joined = "".join(out)
    return joined, notes, [m.group(1) for m in REFERENCE.finditer(joined)]


def _closing_bracket(text: str, start: int) -> int:
    """Index of the `]` closing the `[` at `start`, or -1."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "\\":
            continue
        if text[k] == "[" and (k == 0 or text[k - 1] != "\\"):
            depth += 1
        elif text[k] == "]" and text[k - 1] != "\\":
            depth -= 1
            if depth == 0:
                return k
    return -1


def inline(text: str) -> str:
    """Markdown inline markup -> nkcite's plain text with `*...*` emphasis.

    >>> inline(r"Ann Smith, _A History_ \\(1999\\), <https://example.org/a>.")
    'Ann Smith, *A History* (1999), https://example.org/a.'
    """
    kept: list[str] = []
    def keep(m: re.Match) -> str:
        kept.append(m.group(1))
        return f"\x01{len(kept) - 1}\x01"
    text = _ESCAPED.sub(keep, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} <{m.group(2)}>", text)
    text = re.sub(r"__(?=\S)(.+?)(?<=\S)__", r"**\1**", text)
    text = _UNDERSCORE.sub(r"*\1*", text)
    text = re.sub("\x01(\\d+)\x01", lambda m: kept[int(m.group(1))], text)
    return squeeze(text)
