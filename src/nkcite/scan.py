"""Low-level scanning of citation text shared by every stage.

Footnote text nests: parentheses, brackets, `<URL>`s and double quotes
(straight or curly). Splitting a note on `;` or at sentence ends must only
happen at the top level. Straight single quotes are apostrophes in
romanized Korean (`p'ohamhan`), so they never nest.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

PAIRS = {"(": ")", "[": "]", "<": ">", "\u201c": "\u201d"}
CLOSERS = {v: k for k, v in PAIRS.items()}

URL_AHEAD = re.compile(r"<?\s*(?:https?:|www\.)", re.I)  # `<` opens a group only before a URL
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_INT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


NESTING = re.compile('[()\\[\\]<>\u201c\u201d"]')
"""The characters that can open or close a group; the rest take the depth around them."""


def depths(text: str, *, straight_quotes: bool = True) -> list[int]:
    """Return the nesting depth of each character of `text`.

    An opening character counts at the outer level, its closer at the inner.
    A closer whose opener is open closes it and every group opened after it.
    Linear: only the nesting characters are visited, each group is pushed
    and popped once, and open groups are counted by opener, so a closer
    never searches the stack.

    >>> depths('a (b) "c"')
    [0, 0, 0, 1, 1, 0, 0, 1, 1]
    """
    out: list[int] = []
    stack: list[str] = []
    open_count = dict.fromkeys(PAIRS, 0)
    for m in NESTING.finditer(text):
        i, ch = m.start(), m.group()
        out += [len(stack)] * (i - len(out))
        if ch == '"':
            if straight_quotes and stack and stack[-1] == '"':
                stack.pop()
                out.append(len(stack) + 1)
            else:
                out.append(len(stack))
                if straight_quotes:
                    stack.append('"')
            continue
        out.append(len(stack))
        if ch in PAIRS and (ch != "<" or URL_AHEAD.match(text, i + 1)):
            stack.append(ch)
            open_count[ch] += 1
        elif ch in CLOSERS and open_count[CLOSERS[ch]]:
            while (popped := stack.pop()) != CLOSERS[ch]:
                if popped != '"':
                    open_count[popped] -= 1
            open_count[popped] -= 1
    out += [len(stack)] * (len(text) - len(out))
    return out


@functools.lru_cache(maxsize=16)
def balanced_depths(text: str) -> tuple[int, ...]:
    """Depths as `depths`, ignoring straight quotes when they do not pair up.

    A note that lost its opening quote (`Journal of ... 1957," AVPRF ...`)
    would otherwise hide everything after the stray quote. The stages ask
    for the depths of one note several times: the last few are kept.
    """
    return tuple(depths(text, straight_quotes=text.count('"') % 2 == 0))


def split_top_level(text: str, separator: str = ";") -> list[str]:
    """Split `text` at each top-level `separator`, stripping the parts.

    >>> split_top_level('*Rodong Sinmun*, July 9, 1957; *Rodong Sinmun*, July 13, 1957.')
    ['*Rodong Sinmun*, July 9, 1957', '*Rodong Sinmun*, July 13, 1957.']
    """
    level = balanced_depths(text)
    parts, start = [], 0
    for i, ch in enumerate(text):
        if ch == separator and level[i] == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def top_level_spans(text: str, opener: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each top-level group opened by `opener`.

    `end` is one past the closing character: the first `closer` after the
    opener at depth 1. Unclosed groups are skipped. Linear: the closers at
    depth 1 are listed once and each opener finds its own by bisection.
    """
    level = balanced_depths(text)
    closer = PAIRS.get(opener, opener)
    closers = [j for j in _positions(text, closer) if level[j] == 1]
    i = text.find(opener)
    while i >= 0:
        if level[i] == 0:
            k = bisect.bisect_right(closers, i)
            if k < len(closers):
                yield i, closers[k] + 1
                i = text.find(opener, closers[k] + 1)
                continue
        i = text.find(opener, i + 1)


def _positions(text: str, char: str) -> Iterator[int]:
    """Every index of `char` in `text`, in order."""
    i = text.find(char)
    while i >= 0:
        yield i
        i = text.find(char, i + 1)


def strip_emphasis(text: str) -> str:
    """Remove `*` emphasis markers and collapse white space.

    >>> strip_emphasis('*Rodong  Sinmun*')
    'Rodong Sinmun'
    """
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


QUOTES = "\"\u201c\u201d"
# A full stop that belongs to the value: an initial or an abbreviation (`Jr.`, `No.`).
KEPT_FULL_STOP = re.compile(r"(?:\b[A-Z]|\b(?:No|Vol|Co|Inc|Ltd|Jr|ed|eds|D\.C)|\b[a-z]\.\s[A-Z][a-z]{1,2})\.$")
"""The full stop of an initial, an abbreviation, or a town's `i. Br.` (`Freiburg i. Br.`), which stays."""
KEPT_FULL_STOP_WINDOW = 6
"""Characters at the end of a value that KEPT_FULL_STOP needs to see (`.D.C.` and one before)."""


@functools.lru_cache(maxsize=1 << 16)
def clean_value(text: str) -> str:
    """Strip emphasis, surrounding quotes, brackets and trailing punctuation
    (cached: the readers clean the same values again and again).

    Repeated until nothing changes (`"Title,".` -> `Title`); the value is
    narrowed as a span, so a long run of trailing punctuation costs linear time.

    >>> clean_value('"Rice and Rails, 1950-1960,"')
    'Rice and Rails, 1950-1960'
    """
    value = strip_emphasis(text)
    start, end = 0, len(value)
    previous = None
    while (start, end) != previous:
        previous = start, end
        start, end = _strip_span(value, start, end, " ,;:")
        start, end = _strip_span(value, start, end, QUOTES)
        start, end = _strip_span(value, start, end, None)
        if end - start >= 2 and value[end - 1] in "'\u2019" and value[end - 2] == ",":
            comma = end - 2      # 'Report on Meetings ...,' -> '...'
            while comma > start and value[comma - 1] == ",":
                comma -= 1
            value = value[start:comma] + value[end - 1]
            start, end, previous = 0, len(value), None
        if end - start >= 3 and value[end - 2:end] == "//" and value[end - 3].isspace():
            end -= 2             # `Земские учителя //`: the Russian mark before the journal
        if end > start and value[end - 1] == "." and not KEPT_FULL_STOP.search(
                value, max(start, end - KEPT_FULL_STOP_WINDOW), end):
            end -= 1
    return value[start:end]


def _strip_span(text: str, start: int, end: int, chars: str | None) -> tuple[int, int]:
    """Narrow text[start:end] past `chars` (None: white space) at both ends."""
    def strip(ch: str) -> bool:
        return ch.isspace() if chars is None else ch in chars
    while start < end and strip(text[start]):
        start += 1
    while end > start and strip(text[end - 1]):
        end -= 1
    return start, end


def superscript_number(token: str) -> int:
    """Turn superscript digits into an int: `'¹²'` -> 12."""
    return int(token.translate(SUPERSCRIPT_TO_INT))
