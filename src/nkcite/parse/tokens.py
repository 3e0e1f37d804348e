"""Citation text -> tokens with offsets and the typography around them.

The tagger labels tokens, and every field value is a slice of the citation
text from its first token to its last, so offsets must be exact. Emphasis
markers (`*...*`) are taken out of the text before tokenizing; a token
records whether it stood inside them (a hint, never a requirement), and how
deep it stands inside quotes, parentheses and brackets.

    >>> [t.text for t in tokenize('Ann Smith, *A History* (Leiden: Brill, 1999), 12.').tokens]
    ['Ann', 'Smith', ',', 'A', 'History', '(', 'Leiden', ':', 'Brill', ',', '1999', ')', ',', '12', '.']
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

# One token: a URL or DOI, a run of letters and digits (apostrophes inside:
# `Mao's`, `p'ohamhan`, `dell’Archivio`), or a single other character.
TOKEN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"\u201d]+[^\s<>\"\u201d.,;:)\]]"
    r"|\b10\.\d{4,}/[^\s<>\"]+[^\s<>\".,;:)\]]"
    r"|[^\W_]+(?:['’][^\W_]+)*"
    r"|[^\w\s]|_", re.UNICODE)

OPEN_QUOTES = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u2018": "\u2019"}
PAIRS = {"(": ")", "[": "]"}


class Token(NamedTuple):
    """One token of a citation: its text, offsets and typographic context."""

    text: str
    start: int
    end: int
    space: bool        # white space before it
    emphasis: bool     # inside `*...*`
    quote: int         # depth inside quotes
    paren: int         # depth inside ( ) and [ ]


@dataclass(frozen=True, slots=True)
class Tokens:
    """A citation's text without emphasis markers, its tokens, and the text as given."""

    text: str
    tokens: tuple[Token, ...]
    raw: str = ""
    origin: tuple[int, ...] = ()
    """For each character of `text`, its offset in `raw`."""

    def slice(self, first: int, last: int) -> str:
        """The text from token `first` to token `last`, both included."""
        return self.text[self.tokens[first].start:self.tokens[last].end]

    def raw_slice(self, first: int, last: int) -> str:
        """The raw text (emphasis markers kept) from token `first` to `last`."""
        start = self.origin[self.tokens[first].start]
        end = self.origin[self.tokens[last].end - 1] + 1
        if start > 0 and self.raw[start - 1] == "*" and self.tokens[first].emphasis:
            start -= 1
        if end < len(self.raw) and self.raw[end] == "*" and self.tokens[last].emphasis:
            end += 1
        return self.raw[start:end]


_token = Token._make
"""A Token from its fields in order (the tuple made at once, without `Token`'s keyword handling)."""
OPENERS = set(PAIRS) | set(OPEN_QUOTES) | {"'", '"'}
"""The only tokens `_closer` finds a closer for."""


def tokenize(raw: str) -> Tokens:
    """Split citation text into tokens (NFC; emphasis markers removed, remembered)."""
    raw = unicodedata.normalize("NFC", raw)
    text, emphasized, origin = without_emphasis(raw)
    tokens = []
    stack: list[str] = []            # the closers expected, innermost last
    quote = paren = 0
    straight = text.count('"') % 2 == 0   # an unpaired `"` (a lost quote) groups nothing
    for m in TOKEN.finditer(text):
        tok, start = m.group(), m.start()
        space = start == 0 or text[start - 1].isspace()
        if stack and (tok == stack[-1] or tok in ")]" and tok in stack):
            while True:
                closer = stack.pop()
                quote, paren = (quote, paren - 1) if closer in ")]" else (quote - 1, paren)
                if closer == tok:
                    break
            tokens.append(_token((tok, start, m.end(), space, emphasized[start], quote, paren)))
            continue
        tokens.append(_token((tok, start, m.end(), space, emphasized[start], quote, paren)))
        closer = _closer(tok, text, start, straight) if tok in OPENERS else None
        if closer:
            stack.append(closer)
            quote, paren = (quote, paren + 1) if closer in ")]" else (quote + 1, paren)
    return Tokens(text, tuple(tokens), raw, tuple(origin))


def _closer(tok: str, text: str, start: int, straight: bool) -> str | None:
    """The character that closes `tok` when it opens a group, else None."""
    if tok in PAIRS:
        return PAIRS[tok]
    if tok in OPEN_QUOTES and (tok != "\u2018" or start == 0 or not text[start - 1].isalnum()):
        return OPEN_QUOTES[tok]
    if tok == "'":
        return "'" if opens_single_quote(text, start) else None
    return '"' if tok == '"' and straight else None


def opens_single_quote(text: str, start: int) -> bool:
    """A straight `'` at `start` opens a quotation (British plain text: `'The Weavers', Journal`)
    when a word follows it, no word precedes it, and a `'` after a word and before no letter closes it
    (an apostrophe inside a word, `Mao's`, is neither).

    >>> opens_single_quote("Ann Lee, 'Mills and Men', Past", 9), opens_single_quote("the workers' halls", 11)
    (True, False)
    """
    if start + 1 >= len(text) or not text[start + 1].isalnum() or (start and text[start - 1].isalnum()):
        return False
    return any(text[k] == "'" and not text[k - 1].isspace() and (k + 1 == len(text) or not text[k + 1].isalnum())
               for k in range(start + 2, len(text)))


def without_emphasis(text: str) -> tuple[str, list[bool], list[int]]:
    """Remove paired `*` markers: the text, whether each character stood inside
    a pair (one flag more, for the end), and each character's offset in `text`.

    >>> without_emphasis("a *b* c")[0]
    'a b c'
    """
    stars = [i for i, ch in enumerate(text) if ch == "*"] if "*" in text else []
    stars = stars[:len(stars) - len(stars) % 2]
    if not stars:
        return text, [False] * (len(text) + 1), list(range(len(text)))
    out, flags, origin = [], [], []
    bounds = [-1, *stars, len(text)]
    for k in range(len(bounds) - 1):
        lo, hi = bounds[k] + 1, bounds[k + 1]
        out.append(text[lo:hi])
        flags += [k % 2 == 1] * (hi - lo)
        origin += range(lo, hi)
    flags.append(False)
    return "".join(out), flags, origin
