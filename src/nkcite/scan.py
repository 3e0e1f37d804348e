"""Low-level scanning of citation text shared by every stage.

Footnote text nests: parentheses, brackets, `<URL>`s and double quotes
(straight or curly). Splitting a note on `;` or at sentence ends must only
happen at the top level. Straight single quotes are apostrophes in
romanized Korean (`p'ohamhan`), so they never nest.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

PAIRS = {"(": ")", "[": "]", "<": ">", "\u201c": "\u201d"}
CLOSERS = {v: k for k, v in PAIRS.items()}

URL_AHEAD = re.compile(r"<?\s*(?:https?:|www\.)", re.I)  # `<` opens a group only before a URL
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_INT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def depths(text: str, *, straight_quotes: bool = True) -> list[int]:
    """Return the nesting depth of each character of `text`.

    An opening character counts at the outer level, its closer at the inner.

    >>> depths('a (b) "c"')
    [0, 0, 0, 1, 1, 0, 0, 1, 1]
    """
    out: list[int] = []
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch == '"' and straight_quotes:
            if stack and stack[-1] == '"':
                stack.pop()
                out.append(len(stack) + 1)
                continue
            out.append(len(stack))
            stack.append('"')
            continue
        out.append(len(stack))
        if ch in PAIRS and (ch != "<" or URL_AHEAD.match(text, i + 1)):
            stack.append(ch)
        elif ch in CLOSERS and CLOSERS[ch] in stack:
            while stack and stack.pop() != CLOSERS[ch]:
                pass
    return out


def balanced_depths(text: str) -> list[int]:
    """Depths as `depths`, ignoring straight quotes when they do not pair up.

    A note that lost its opening quote (`Journal of ... 1957," AVPRF ...`)
    would otherwise hide everything after the stray quote.
    """
    return depths(text, straight_quotes=text.count('"') % 2 == 0)


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

    `end` is one past the closing character. Unclosed groups are skipped.
    """
    level = balanced_depths(text)
    closer = PAIRS.get(opener, opener)
    i = 0
    while i < len(text):
        if text[i] == opener and level[i] == 0:
            j = i + 1
            while j < len(text) and not (text[j] == closer and level[j] == 1):
                j += 1
            if j < len(text):
                yield i, j + 1
                i = j + 1
                continue
        i += 1


def strip_emphasis(text: str) -> str:
    """Remove `*` emphasis markers and collapse white space.

    >>> strip_emphasis('*Rodong  Sinmun*')
    'Rodong Sinmun'
    """
    return re.sub(r"\s+", " ", text.replace("*", "")).strip()


def clean_value(text: str) -> str:
    """Strip emphasis, surrounding quotes, brackets and trailing punctuation.

    >>> clean_value('"Rice and Rails, 1950-1960,"')
    'Rice and Rails, 1950-1960'
    """
    value = strip_emphasis(text).strip()
    previous = None
    while value != previous:
        previous = value
        value = value.strip(" ,;:")
        value = re.sub(r"^[\"\u201c\u201d]+|[\"\u201c\u201d]+$", "", value).strip()
        value = re.sub(r",(['\u2019])$", r"\1", value)  # 'Report on Meetings ...,' -> '...'
        if value.endswith(".") and not re.search(r"(\b[A-Z]|\b(?:No|Vol|Co|Inc|Ltd|Jr|ed|eds|D\.C))\.$", value):
            value = value[:-1]
    return value


def superscript_number(token: str) -> int:
    """Turn superscript digits into an int: `'¹²'` -> 12."""
    return int(token.translate(SUPERSCRIPT_TO_INT))
