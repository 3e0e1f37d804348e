"""Labelled examples: text with labelled character spans -> token labels.

Every training source (AnyStyle's XML, LinkedBooks' CoNLL, the gold and
synthetic footnotes) is brought to one shape, an `Example`: the citation
text and the labelled spans in it. `token_labels` tokenizes the text as the
parser does and gives each token the label of the span it falls in; a token
outside every span takes the label the parser's convention gives it
(punctuation closes the span before it, an opening bracket or quote or a
connective such as `in` opens the span after it, anything else is `note`).

    >>> ex = Example("Smith, The Port, 12.", ((0, 5, "author"), (7, 15, "title"), (17, 19, "locator")))
    >>> token_labels(ex)[1]
    ['author', 'author', 'title', 'title', 'title', 'locator', 'locator']
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..data.citewords import EDITOR_WORDS, TRANSLATOR_WORDS
from ..parse.tokens import Tokens, tokenize, without_emphasis

OPENERS = set("([{«“„‘<\"")


@dataclass(frozen=True)
class Example:
    """One labelled citation: its text (`*` marks emphasis) and (start, end, label) spans."""

    text: str
    spans: tuple[tuple[int, int, str], ...]
    source: str = ""


def token_labels(example: Example) -> tuple[Tokens, list[str]]:
    """Tokenize an example and label each token (see the module docstring)."""
    text = unicodedata.normalize("NFC", example.text)
    if text != example.text:
        raise ValueError("examples must be NFC text")
    tokens = tokenize(text)
    owner: list[str | None] = [None] * (len(text) + 1)
    for start, end, label in example.spans:
        for i in range(start, end):
            owner[i] = label
    origin = without_emphasis(text)[2]
    labels: list[str | None] = [owner[origin[t.start]] for t in tokens.tokens]
    return tokens, _fill_gaps(tokens, labels)


def _fill_gaps(tokens: Tokens, labels: list[str | None]) -> list[str]:
    """Give tokens outside every span the label of the span they belong with.

    A short gap between two spans of one label takes it (`Ann Smith and John
    Jones`); a word takes the label of the span its clause continues into
    (`ed.` before the editors, `(eds.)` after them, `p.` before a page);
    an opening bracket or quote (a straight `'` where it opens a quotation)
    goes with what follows, other punctuation
    with what precedes; a word that belongs to no span is `note`.
    """
    toks = tokens.tokens
    out = list(labels)
    for first, last in _gaps(labels):
        before = labels[first - 1] if first else None
        after = labels[last + 1] if last + 1 < len(labels) else None
        if before is not None and before == after and last - first < 4:
            out[first:last + 1] = [before] * (last - first + 1)
            continue
        for i in range(first, last + 1):
            if toks[i].text.isalnum() or toks[i].text[:1].isalnum():
                out[i] = _word_label(toks, i, first, last, before, after)
        for i in range(first, last + 1):
            closes = toks[i].text == '"' and i and toks[i - 1].quote > toks[i].quote
            opens_single = toks[i].text == "'" and i + 1 < len(toks) and toks[i + 1].quote > toks[i].quote
            if out[i] is None and (toks[i].text in OPENERS or opens_single) and not closes:
                out[i] = next((out[k] for k in range(i + 1, last + 1) if out[k]), after or before or "note")
        for i in range(first, last + 1):
            if out[i] is None:
                out[i] = out[i - 1] if i and out[i - 1] else after or "note"
    return out  # type: ignore[return-value]


def _gaps(labels: list[str | None]) -> list[tuple[int, int]]:
    """Maximal runs (first, last) of unlabelled tokens."""
    runs, start = [], None
    for i, label in enumerate([*labels, "<end>"]):
        if label is None and start is None:
            start = i
        elif label is not None and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


NAME_ROLES = {"author", "editor", "translator", "recipient"}
ROLE_WORDS = EDITOR_WORDS | TRANSLATOR_WORDS
LEADS = {"in", "en", "dans", "im", "nel", "nella", "nello", "negli", "aus", "from"}


def _word_label(toks, i: int, first: int, last: int, before: str | None, after: str | None) -> str:
    """The span an unlabelled word belongs with: the one its clause runs into."""
    word = toks[i].text.lower()
    if after and word in LEADS:
        return after                                   # `in:` before a container
    if before in NAME_ROLES and word in ROLE_WORDS:
        return before                                  # `Smith and Jones, eds.`
    if after and not any(_separates(toks, k) for k in range(i + 1, last + 1)):
        return after
    if before and not any(_separates(toks, k) for k in range(first, i)):
        return before
    return "note"


def _separates(toks, k: int) -> bool:
    """True when token k ends a clause: `,` `;` `:` or a full stop that ends no abbreviation."""
    text = toks[k].text
    if text in (",", ";", ":"):
        return True
    return text == "." and not (k and toks[k - 1].text.isalpha() and len(toks[k - 1].text) <= 5)
