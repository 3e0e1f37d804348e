"""AnyStyle's labelled references (XML) -> Examples.

    <sequence><author>Nichols, Bill.</author><title>Getting to Know You</title>
    <location>London:</location><publisher>Routledge,</publisher><date>1993.</date></sequence>

The child texts joined by one space are the reference; each child is one
span. AnyStyle's labels are mapped onto the parser's (`journal` and
`container-title` -> `container`, `location` -> `place`, `pages` ->
`pages`; AnyStyle's `volume` already holds volume and issue together, as
the parser's does).
"""
from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from .examples import Example

LABEL_MAP = {
    "author": "author", "editor": "editor", "translator": "translator", "director": "author",
    "producer": "note", "title": "title", "container-title": "container", "journal": "container",
    "collection-title": "collection", "volume": "volume", "pages": "pages", "date": "date",
    "edition": "edition", "publisher": "publisher", "location": "place", "genre": "genre",
    "note": "note", "url": "url", "doi": "identifier", "isbn": "identifier", "medium": "note",
    "source": "note", "citation-number": "citation-number",
}


def read_anystyle(path: str | Path, source: str | None = None) -> list[Example]:
    """Every `<sequence>` of an AnyStyle dataset file as an Example."""
    root = ET.parse(path).getroot()
    name = source or Path(path).stem
    return [ex for seq in root.iter("sequence") if (ex := _example(seq, name))]


def _example(sequence: ET.Element, source: str) -> Example | None:
    """One sequence -> its text and spans (None when it has no labelled text)."""
    text, spans = "", []
    for child in sequence:
        value = _clean(child.text or "")
        if not value:
            continue
        if text:
            text += " "
        start = len(text)
        text += value
        spans.append((start, len(text), LABEL_MAP.get(child.tag, "note")))
    return Example(text, tuple(spans), source) if spans else None


def _clean(value: str) -> str:
    """NFC, one space for every run of white space, no `*`."""
    value = unicodedata.normalize("NFC", value).replace("*", "")
    return re.sub(r"\s+", " ", value).strip()
