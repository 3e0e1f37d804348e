"""LinkedBooks' annotated references (CoNLL) -> Examples.

Each line of a `clean_*.txt` file is `token tag type span`, lines end in CR,
a blank line ends a printed line. A reference runs from a `b-r` to an
`e-r` token. The text is rebuilt from the tokens (no space before closing
punctuation or after opening brackets, hyphens and slashes joined, a word
cut at a line end joined again), and the tags are mapped onto the
parser's labels with the reference's type deciding where it must:

    C . Agnoletti , Treviso e le sue pievi , Treviso 1898
    -> "C. Agnoletti, Treviso e le sue pievi, Treviso 1898"
       author ...... title .................. place . date

A contribution's second title run is its container (`in « Archivio
Veneto »`), an author run after a title its editors; in an archival
reference (`primary`) pagination, series and numbering belong to the shelf
mark; elsewhere folios and columns are the pinpoint.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from .examples import Example

CLOSING = set(".,;:!?)]}»”’")
OPENING = set("([{«“‘")
SHELF_TAGS = {"archivalreference", "box", "filza", "folder", "registry", "series", "numbered_ref",
              "attachment", "cartulation", "foliation", "pagination", "column"}
SIMPLE = {"publicationplace": "place", "publisher": "publisher", "year": "date", "date": "date",
          "volume": "volume", "tomo": "volume", "archive_lib": "archive", "ref": "note"}
SHORT_WORDS = {"cit", "op", "loc", "art", "cil", "dt"}
IBID_WORDS = {"ibid", "ibidem", "ivi", "ib", "id", "idem", "eid", "eadem"}
PREFIX_WORDS = {"cfr", "vedi", "cf", "see", "vgl", "si", "veda", "v", "voir"}
EDITION_WORDS = ("ed", "éd", "aufl", "edizione", "édition", "edition")

Token = tuple[str, str, str, int]   # text, tag, reference type, printed line


def read_linkedbooks(path: str | Path, source: str | None = None) -> list[Example]:
    """Every complete reference span of a LinkedBooks CoNLL file as an Example."""
    name = source or Path(path).stem
    return [_example(ref, name) for ref in _references(_lines(Path(path)))]


def _lines(path: Path) -> list[list[tuple[str, str, str, str]]]:
    """Printed lines: lists of (token, tag, type, span) rows."""
    raw = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\r").replace("\n", "\r")
    lines, current = [], []
    for row in raw.split("\r"):
        if not row.strip():
            if current:
                lines.append(current)
            current = []
            continue
        cols = row.split(" ")
        if cols[0] != "-DOCSTART-":
            current.append(tuple((cols + ["o"] * 4)[:4]))
    if current:
        lines.append(current)
    return lines


def _references(lines) -> list[list[Token]]:
    """Complete b-r ... e-r spans, each a list of tokens with their line number."""
    refs, current = [], None
    for number, line in enumerate(lines):
        for text, tag, kind, span in line:
            if span == "b-r":
                current = []
            text = unicodedata.normalize("NFC", text).replace("*", "")
            if current is None or not text:
                continue
            current.append((text, tag if span != "o" else "o",
                            kind.split("-", 1)[-1], number))
            if span == "e-r" and current is not None:
                if len(current) >= 2:
                    refs.append(current)
                current = None
    return refs


def _example(ref: list[Token], source: str) -> Example:
    """One reference -> its rebuilt text and labelled spans."""
    text, offsets = _rebuild(ref)
    labels = _labels(ref)
    spans = tuple((start, end, label) for (start, end), label in zip(offsets, labels)
                  if label is not None and end > start)
    return Example(text, spans, source)


def _rebuild(ref: list[Token]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens by the spacing rules of print; each token's (start, end)."""
    text, offsets = "", []
    for i, (tok, _, _, line) in enumerate(ref):
        prev = ref[i - 1][0] if i else ""
        if prev == "-" and i >= 2 and ref[i - 2][3] < line and ref[i - 2][0][-1:].isalpha() and tok[:1].islower():
            text = text[:-1]                               # `Repubbli -` | `ca` -> `Repubblica`
            offsets[-1] = (len(text), len(text))
            space = False
        else:
            space = bool(text) and _space_between(prev, tok, ref[i - 2][0] if i >= 2 else "")
        text += " " if space else ""
        offsets.append((len(text), len(text) + len(tok)))
        text += tok
    return text, offsets


def _space_between(prev: str, tok: str, before_prev: str) -> bool:
    """Whether print puts a space between two tokens."""
    if all(c in CLOSING for c in tok) or tok in ("-", "/") or prev in ("-", "/"):
        return False
    if prev and all(c in OPENING for c in prev):
        return False
    if prev in ("’", "'") and before_prev[-1:].isalpha() and tok[:1].isalpha():
        return False                                       # dell ’ Archivio -> dell’Archivio
    return True


def _labels(ref: list[Token]) -> list[str | None]:
    """The parser's label of each token (None: left to the gap rule)."""
    kind = ref[0][2]
    tags = [t[1] for t in ref]
    out: list[str | None] = [None] * len(ref)
    title_runs = _runs(tags, "title")
    first_title_start = title_runs[0][0] if title_runs else len(ref)
    for i, (tok, tag, _, _) in enumerate(ref):
        out[i] = _label(tok, tag, kind, i, first_title_start)
    _containers(ref, out, title_runs, kind)
    _pages(ref, out, kind)
    return out


def _label(tok: str, tag: str, kind: str, i: int, first_title: int) -> str | None:
    """Label of one token from its tag alone (titles and pages are settled after)."""
    if tag == "author":
        return "author" if i < first_title else "editor"
    if tag == "title":
        return "title"
    if tag in SIMPLE:
        return SIMPLE[tag]
    if kind == "primary" and tag in SHELF_TAGS:
        return "shelfmark"
    if tag in ("cartulation", "foliation", "column", "pagination"):
        return "locator"
    if tag == "series":
        return "collection"
    if tag == "publicationnumber-year":
        return "date" if _year(tok) else "volume"
    if tag == "publicationspecifications":
        return "edition" if tok.lower().strip(".") in EDITION_WORDS else "note"
    if tag == "abbreviation":
        return _abbreviation(tok)
    if tag in ("numbered_ref", "attachment"):
        return "note"
    return None                                            # conjunction, o


def _abbreviation(tok: str) -> str | None:
    word = tok.lower().strip(".")
    if word in SHORT_WORDS:
        return "short"
    if word in IBID_WORDS:
        return "ibid"
    if word in PREFIX_WORDS:
        return "prefix"
    return "note" if word.isalpha() else None


def _containers(ref: list[Token], out: list[str | None], runs: list[tuple[int, int]], kind: str) -> None:
    """A contribution's later title runs, and a closing «...» segment, are its container."""
    if kind != "meta-annotation" or not runs:
        return
    for start, end in runs[1:]:
        for i in range(start, end + 1):
            out[i] = "container"
    start, end = runs[0]
    quote = next((i for i in range(start + 1, end + 1) if ref[i][0] in ("«", "“")), None)
    if quote is not None and len(runs) == 1:
        for i in range(quote, end + 1):
            out[i] = "container"


def _pages(ref: list[Token], out: list[str | None], kind: str) -> None:
    """In a contribution the first pagination run, when a range, is its extent."""
    if kind != "meta-annotation":
        return
    runs = _runs([t[1] for t in ref], "pagination")
    if runs and any(ref[i][0] in ("-", "–") for i in range(runs[0][0], runs[0][1] + 1)):
        for i in range(runs[0][0], runs[0][1] + 1):
            out[i] = "pages"


def _runs(tags: list[str], tag: str) -> list[tuple[int, int]]:
    """Maximal runs (first, last) of tokens with `tag`, conjunction-free."""
    runs, start = [], None
    for i, t in enumerate(tags + ["<end>"]):
        if t == tag and start is None:
            start = i
        elif t != tag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


def _year(tok: str) -> bool:
    return tok.isdecimal() and len(tok) == 4 and 1000 <= int(tok) <= 2029
