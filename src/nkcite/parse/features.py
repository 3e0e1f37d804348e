"""Tokens -> the features the tagger sees, one list of strings per token.

What a token is (its word, shape, affixes, and the classes the lexicon and
`data.citewords` put it in) is computed once per distinct word and cached;
where it stands is computed per citation: inside quotes, brackets or
emphasis, how many top-level separators come before it, whether its
parenthesis holds a colon or a year (an imprint: `(Leiden: Brill, 1999)`),
and what its neighbours are.

    >>> from nkcite.parse.tokens import tokenize
    >>> feats = token_features(tokenize("Ann Smith, The Port (Leiden: Brill, 1999), 12."))
    >>> "w:leiden" in feats[6], "lex:place" in feats[6], "grp:colon" in feats[6]
    (True, True, True)
"""
from __future__ import annotations

import functools
import re

from ..data.citewords import WORD_CLASSES
from ..data.lexicon import lexicon
from .tokens import Token, Tokens

ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$")
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th|d|a|e|er|ème|º|ª|°)$", re.I)
FOLIO = re.compile(r"^\d+[rv]$")
SEPARATORS = {",", ".", ":", ";"}
NEIGHBOURS = (-2, -1, 1, 2)


def token_features(tokens: Tokens) -> list[list[str]]:
    """Feature strings of every token of a citation."""
    return [[f for part in parts for f in part] for parts in feature_parts(tokens)]


def feature_parts(tokens: Tokens) -> list[list[tuple[str, ...]]]:
    """Every token's features in parts that repeat across citations (the
    word's, each neighbour's, its position's), so that the tagger can look
    each part up once, not each feature."""
    toks = tokens.tokens
    n = len(toks)
    words = [t.text for t in toks]
    places = _multiword_places(words)
    context = _context(toks)
    own = [_word_parts(word) for word in words]
    out = []
    for i, tok in enumerate(toks):
        tail = "last" if i == n - 1 else "last2" if i == n - 2 else ""
        parts = [own[i][0], _position(i * 5 // n, i == 0, tail, context[i], i in places,
                                      bool(tok.quote), bool(tok.paren), tok.emphasis, tok.space)]
        for offset in NEIGHBOURS:
            j = i + offset
            parts.append(own[j][1][offset] if 0 <= j < n else NONE[offset])
        out.append(parts)
    return out


@functools.lru_cache(maxsize=1 << 17)
def _word_parts(word: str) -> tuple[tuple[str, ...], dict[int, tuple[str, ...]]]:
    """A word's own features and its features as the neighbour at each offset
    (`word_features`, `neighbour_features`), looked up together: one look-up a token."""
    return word_features(word), {offset: neighbour_features(word, offset) for offset in NEIGHBOURS}


NONE = {offset: (f"{offset}:none",) for offset in NEIGHBOURS}


@functools.lru_cache(maxsize=1 << 17)
def word_features(word: str) -> tuple[str, ...]:
    """What a word is, wherever it stands (cached)."""
    low = word.lower()
    feats = [f"w:{low[:24]}", f"sh:{shape(word)}", *word_classes(word)]
    if len(word) >= 4 and word.isalpha():
        feats += [f"p3:{low[:3]}", f"s3:{low[-3:]}", f"s2:{low[-2:]}"]
    return tuple(feats)


@functools.lru_cache(maxsize=1 << 17)
def neighbour_features(word: str, offset: int) -> tuple[str, ...]:
    """What a neighbour at `offset` is: its word, shape and classes (cached)."""
    feats = [f"w:{word.lower()[:24]}", f"sh:{shape(word)}"]
    if abs(offset) == 1:
        feats += word_classes(word)
    return tuple(f"{offset}:{f}" for f in feats)


@functools.lru_cache(maxsize=1 << 17)
def word_classes(word: str) -> tuple[str, ...]:
    """Typographic kinds and lexicon classes of a word (`1999` -> year)."""
    low = word.lower()
    lex = lexicon()
    out = []
    if word.isdecimal():
        out.append("year" if len(word) == 4 and 1400 <= int(word) <= 2039 else f"num{min(len(word), 5)}")
    elif word[:1].isupper():
        out.append("allcap" if word.isupper() and len(word) > 1 else "cap")
        if len(word) == 1:
            out.append("initial")
    elif word[:1].islower():
        out.append("lower")
    if ROMAN.match(word):
        out.append("roman")
    if ORDINAL.match(word):
        out.append("ordinal")
    if FOLIO.match(word):
        out.append("folio")
    if word.startswith(("http", "www.")):
        out.append("url")
    elif word.startswith("10.") and "/" in word:
        out.append("doi")
    if lex.month(low):
        out.append("lex:month")
    if word[:1].isupper() and lex.is_place(low):
        out.append("lex:place")
    if word[:1].isupper() and lex.is_given_name(low):
        out.append("lex:given")
    if lex.language(low):
        out.append("lex:language")
    out += [f"cw:{name}" for name, words in WORD_CLASSES.items() if low in words]
    return tuple(out)


def shape(word: str) -> str:
    """`Smith` -> `Xx`, `1999` -> `dddd`, `J.` -> `X.`, `5065-3` -> `dddd-d`."""
    out = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if c in "Xx" and out and out[-1] == c:
            continue
        out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=1 << 16)
def _position(fifth: int, first: bool, tail: str, context: tuple[str, ...], in_place: bool, quote: bool,
              paren: bool, emphasis: bool, space: bool) -> tuple[str, ...]:
    """Where a token stands in its citation: its fifth of it, first, last or
    last but one, its context, and the typography around it (cached: few
    combinations recur)."""
    feats = [f"pos:{fifth}", *context]
    if in_place:
        feats.append("lex:place")
    if first:
        feats.append("first")
    if tail:
        feats.append(tail)
    if quote:
        feats.append("quote")
    if paren:
        feats.append("paren")
    if emphasis:
        feats.append("emph")
    if not space:
        feats.append("nospace")
    return tuple(feats)


def _context(toks: tuple[Token, ...]) -> list[tuple[str, ...]]:
    """Per token: separators before it, what came before, what its group holds."""
    groups = _group_contents(toks)
    out = []
    seps = 0
    seen_year = seen_quote = False
    for i, tok in enumerate(toks):
        out.append(_context_features(min(seps, 4), seen_year, seen_quote, groups[i]))
        top = not tok.quote and not tok.paren
        if top and tok.text in SEPARATORS:
            seps += 1
        if tok.text.isdigit() and len(tok.text) == 4:
            seen_year = True
        if tok.text in ("\u201d", "\u00bb") or (tok.text == '"' and not tok.quote and i and toks[i - 1].quote):
            seen_quote = True
    return out


@functools.lru_cache(maxsize=1 << 10)
def _context_features(seps: int, seen_year: bool, seen_quote: bool, group: tuple[str, ...]) -> tuple[str, ...]:
    """A token's context: separators before it, a year or a closing quote before it,
    what its group holds (cached: few combinations recur)."""
    feats = [f"seg:{seps}"]
    if seen_year:
        feats.append("after-year")
    if seen_quote:
        feats.append("after-quote")
    feats += group
    return tuple(feats)


def _group_contents(toks: tuple[Token, ...]) -> list[tuple[str, ...]]:
    """For tokens inside a parenthesis: whether it holds a colon or a year."""
    out: list[tuple[str, ...]] = [()] * len(toks)
    i = 0
    while i < len(toks):
        if toks[i].text in "([" and not toks[i].paren:
            j = i + 1
            while j < len(toks) and toks[j].paren:
                j += 1
            inner = [t.text for t in toks[i + 1:j]]
            feats = tuple(f for f, ok in (("grp:colon", ":" in inner),
                                          ("grp:year", any(w.isdigit() and len(w) == 4 for w in inner)))
                          if ok)
            for k in range(i, min(j + 1, len(toks))):
                out[k] = feats
            i = j
        i += 1
    return out


def _multiword_places(words: list[str]) -> set[int]:
    """Indexes of tokens in a two- or three-word place name (`Chapel Hill`)."""
    lex = lexicon()
    starts = _multiword_place_starts(lex)
    found: set[int] = set()
    for i, word in enumerate(words):
        if not word[:1].isupper() or word.lower().lower() not in starts:    # (`is_place` lowers the name again)
            continue
        for length in (2, 3):
            if i + length <= len(words) and lex.is_place(" ".join(words[i:i + length]).lower()):
                found.update(range(i, i + length))
    return found


_PLACE_STARTS: tuple = (None, frozenset())
"""A lexicon and the first words of its place names of several words."""


def _multiword_place_starts(lex) -> frozenset[str]:
    """The first words of the lexicon's place names of two words or more (`chapel` of
    `chapel hill`): no other word opens one (kept for the lexicon last asked about)."""
    global _PLACE_STARTS
    if _PLACE_STARTS[0] is not lex:
        _PLACE_STARTS = (lex, frozenset(place.split(" ", 1)[0] for place in lex.places if " " in place))
    return _PLACE_STARTS[1]
