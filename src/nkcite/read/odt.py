"""Reading, OpenDocument (.odt): `text:note` elements -> a Paper with every note, exact.

    <text:p>Body.<text:note text:id="ftn1" text:note-class="footnote">
      <text:note-citation>1</text:note-citation><text:note-body><text:p>Ann Smith,
      <text:span text:style-name="T1">A History</text:span></text:p></text:note-body></text:note></text:p>
    -> text "Body.¹", Note(1, "Ann Smith, *A History*", source_id="ftn1")

Footnotes and endnotes alike (`text:note-class`); the number is the one
shown (`text:note-citation`), else the note's place in its class. Italics
come from the span's or paragraph's style (automatic styles in the content,
named styles in `styles.xml`, following parents). Tracked deletions are
skipped; a Zotero citation kept in a reference mark (`ZOTERO_ITEM
CSL_CITATION {json}`) gives the note's citations exactly.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..errors import InputError
from ..model import Citation, Diagnostic, Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from .fields import field_citations, is_citation_field, link_given
from .runs import PARAGRAPH, emphasized, inherited, paragraphs_text
from .zipped import member, parse_xml

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
SKIPPED = {f"{TEXT}tracked-changes", f"{TEXT}note-citation", f"{OFFICE}annotation", f"{TEXT}sequence-decls"}
BREAKS = {f"{TEXT}tab", f"{TEXT}line-break"}
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


@dataclass
class _Text:
    """What one walk collects: (text, italic) runs and the citations of reference marks."""

    italic_styles: dict[str, bool]
    runs: list[tuple[str, bool]] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)        # open reference mark -> first run
    diagnostics: list[Diagnostic] = field(default_factory=list)
    where: str = ""


def read(archive: zipfile.ZipFile, name: str) -> Paper:
    """Read an .odt container into its body text and notes."""
    content = parse_xml(member(archive, "content.xml", name), name, "content.xml")
    styles = parse_xml(member(archive, "styles.xml", name), name, "styles.xml") \
        if "styles.xml" in archive.namelist() else None
    return read_document(content, styles, name)


def read_document(content: etree._Element, styles: etree._Element | None, name: str) -> Paper:
    """The body text and notes of an OpenDocument text."""
    italic = _italic_styles([root for root in (styles, content) if root is not None])
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise InputError(f"{name}: is an OpenDocument file without a text body")
    notes: list[Note] = []
    out = _Text(italic, where=name)
    _walk(body, out, notes, name)
    text = paragraphs_text(out.runs)
    if not text.strip() and not notes:
        raise InputError(f"{name}: is an empty OpenDocument text (no text)")
    link_given(notes)
    return Paper(text, notes or None, out.diagnostics, "odt")


def _walk(element: etree._Element, out: _Text, notes: list[Note], name: str, italic: bool = False) -> None:
    """Collect the runs of `element`; each `text:note` becomes a Note and a superscript number."""
    if element.text and element.tag != f"{TEXT}note":
        out.runs.append((element.text, italic))
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in SKIPPED:
            _element(child, out, notes, name, italic)
        if child.tail:
            out.runs.append((child.tail, italic))
    if element.tag in (f"{TEXT}p", f"{TEXT}h"):
        out.runs.append((PARAGRAPH, False))


def _element(child: etree._Element, out: _Text, notes: list[Note], name: str, italic: bool) -> None:
    tag = child.tag
    if tag == f"{TEXT}note":
        note = _note(child, out, len(notes), name)
        notes.append(note)
        out.runs.append((str(note.number).translate(TO_SUPERSCRIPT), False))
    elif tag == f"{TEXT}s":
        out.runs.append((" " * int(child.get(f"{TEXT}c", "1") or 1), italic))
    elif tag in BREAKS:
        out.runs.append((" ", italic))
    elif tag == f"{TEXT}reference-mark-start":
        out.marks[child.get(f"{TEXT}name", "")] = len(out.runs)
    elif tag == f"{TEXT}reference-mark-end":
        _end_mark(child.get(f"{TEXT}name", ""), out)
    else:
        style = child.get(f"{TEXT}style-name")
        _walk(child, out, notes, name, out.italic_styles.get(style, italic) if style else italic)


def _note(element: etree._Element, parent: _Text, index: int, name: str) -> Note:
    """One `text:note`: the number shown (else its place), its text and citations."""
    citation = (element.findtext(f"{TEXT}note-citation") or "").strip()
    note_id = element.get(f"{TEXT}id")
    out = _Text(parent.italic_styles, where=f"{name}: note {note_id or index + 1}")
    body = element.find(f"{TEXT}note-body")
    if body is not None:
        _walk(body, out, [], name)
    parent.diagnostics += out.diagnostics
    number = int(citation) if re.fullmatch(r"\d{1,6}", citation) else index + 1
    return Note(number, emphasized(out.runs), out.citations, source_id=note_id)


def _end_mark(mark: str, out: _Text) -> None:
    """Close a reference mark; a Zotero one's items become the note's citations."""
    start = out.marks.pop(mark, None)
    instruction = re.sub(r"\s+RND\w+\s*$", "", mark)
    if start is not None and is_citation_field(instruction):
        out.citations += field_citations(instruction, emphasized(out.runs[start:]), out.where, out.diagnostics)


def _italic_styles(roots: list[etree._Element]) -> dict[str, bool]:
    """Style name -> italic, for text and paragraph styles, following `style:parent-style-name`."""
    own, parent = {}, {}
    for root in roots:
        for style in root.iter(f"{STYLE}style"):
            sname = style.get(f"{STYLE}name")
            props = style.find(f"{STYLE}text-properties")
            if props is not None and props.get(f"{FO}font-style"):
                own[sname] = props.get(f"{FO}font-style") in ("italic", "oblique")
            if style.get(f"{STYLE}parent-style-name"):
                parent[sname] = style.get(f"{STYLE}parent-style-name")
    return inherited(own, parent)
