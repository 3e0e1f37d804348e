"""Reading, Word (.docx): WordprocessingML -> a Paper with every footnote and endnote, exact.

    word/document.xml  "Body.<w:footnoteReference w:id="7"/>"      -> text "Body.¹"
    word/footnotes.xml <w:footnote w:id="7"> "Ann Smith, <i>A History</i>"
                       -> Note(1, "Ann Smith, *A History*", source_id="footnote 7")

Digits set as superscripts (`w:vertAlign`) read as `¹²`, so notes typed as
text find their marks. Notes are numbered in the order the body refers to them (footnotes and
endnotes each from 1, as Word shows them); a note nothing refers to follows,
numbered on. Italics come from the run (`w:i`), its character style or its
paragraph style. Deleted text (tracked changes) is skipped, field results
are read, and a Zotero or Mendeley citation field gives the note's
citations exactly (`fields.py`). lxml reads the parts (see the README on why
not docx2python).
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

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NOTE_PARTS = {"footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"}
SKIPPED = {f"{W}{t}" for t in ("del", "moveFrom", "rPr", "pPr", "sectPr", "instrText", "delText", "footnotePr",
                               "endnotePr", "tblPr", "trPr", "tcPr")}
SPECIAL_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


@dataclass
class _Field:
    instruction: str = ""
    result: bool = False          # past `separate`: the runs are the visible result
    start: int = 0                # index of the first result run


@dataclass
class _Text:
    """What one walk collects: (text, italic) runs, note references, citations from fields."""

    styles: dict[str, bool]
    runs: list[tuple[str, bool]] = field(default_factory=list)
    references: list[tuple[str, str]] = field(default_factory=list)   # (kind, w:id)
    citations: list[Citation] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    where: str = ""
    paragraph_italic: bool = False

    def add(self, text: str, italic: bool) -> None:
        if not any(f.result is False for f in self.fields):
            self.runs.append((text, italic))


def read(archive: zipfile.ZipFile, name: str) -> Paper:
    """Read a .docx container into its body text and notes."""
    styles = _italic_styles(archive, name)
    body = _Text(styles, where=name)
    _walk(parse_xml(member(archive, "word/document.xml", name), name, "word/document.xml"), body)
    notes_xml = {kind: _note_elements(archive, part, name) for kind, part in NOTE_PARTS.items()}
    notes, diagnostics = _notes(body.references, notes_xml, styles, name)
    text = _body_text(body, notes)
    if not text.strip() and not notes:
        raise InputError(f"{name}: is an empty Word document (no text)")
    link_given(notes)
    return Paper(text, notes or None, body.diagnostics + diagnostics, "docx")


def _note_elements(archive: zipfile.ZipFile, part: str, name: str) -> dict[str, etree._Element]:
    """The footnotes (or endnotes) of a part by `w:id`, without Word's separators."""
    if part not in archive.namelist():
        return {}
    root = parse_xml(member(archive, part, name), name, part)
    return {el.get(f"{W}id"): el for el in root if el.get(f"{W}type") not in SPECIAL_NOTES}


def _notes(references, notes_xml, styles, name) -> tuple[list[Note], list[Diagnostic]]:
    """One Note per reference in body order, then the notes nothing refers to."""
    order = list(dict.fromkeys(references))
    order += [(kind, note_id) for kind, elements in notes_xml.items() for note_id in elements
              if (kind, note_id) not in order]
    notes, diagnostics, counters = [], [], {kind: 0 for kind in notes_xml}
    for kind, note_id in order:
        element = notes_xml[kind].get(note_id)
        if element is None:
            continue
        counters[kind] += 1
        collected = _Text(styles, where=f"{name}: {kind} {note_id}")
        _walk(element, collected)
        notes.append(Note(counters[kind], emphasized(collected.runs), collected.citations,
                          source_id=f"{kind} {note_id}"))
        diagnostics += collected.diagnostics
    return notes, diagnostics


def _body_text(body: _Text, notes: list[Note]) -> str:
    """Body paragraphs, each note reference as its note's number in superscript digits."""
    numbers = {note.source_id: note.number for note in notes}
    marks = [str(numbers.get(f"{kind} {note_id}", "")).translate(TO_SUPERSCRIPT) for kind, note_id in body.references]
    return re.sub("\x00(\\d+)\x00", lambda m: marks[int(m.group(1)) - 1], paragraphs_text(body.runs))


def _walk(element: etree._Element, out: _Text) -> None:
    """Collect the runs of `element` in document order."""
    for child in element:
        tag = child.tag
        if tag in SKIPPED or not isinstance(tag, str):
            continue
        if tag == f"{W}r":
            _run(child, out)
        elif tag == f"{W}p":
            outer = out.paragraph_italic
            out.paragraph_italic = out.styles.get(_style(child, "pPr", "pStyle"), False)
            _walk(child, out)
            out.paragraph_italic = outer
            out.add(PARAGRAPH, False)
        elif tag == f"{W}fldSimple":
            out.fields.append(_Field(child.get(f"{W}instr", ""), True, len(out.runs)))
            _walk(child, out)
            _end_field(out)
        else:
            _walk(child, out)


def _run(run: etree._Element, out: _Text) -> None:
    """One `w:r`: its text, breaks, note reference or field characters."""
    italic = _italic(run, out)
    raised = _style(run, "rPr", "vertAlign") == "superscript"
    for child in run:
        tag = child.tag
        if tag == f"{W}t":
            text = child.text or ""
            out.add(text.translate(TO_SUPERSCRIPT) if raised and text.strip().isdigit() else text, italic)
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            out.add(" ", italic)
        elif tag == f"{W}noBreakHyphen":
            out.add("-", italic)
        elif tag == f"{W}sym":
            out.add(chr(int(child.get(f"{W}char", "20"), 16) & 0xFFFF or 0x20), italic)
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            out.references.append((tag[len(W):-len("Reference")], child.get(f"{W}id")))
            out.add(f"\x00{len(out.references)}\x00", False)
        elif tag == f"{W}instrText" and out.fields and not out.fields[-1].result:
            out.fields[-1].instruction += child.text or ""
        elif tag == f"{W}fldChar":
            _field_char(child.get(f"{W}fldCharType"), out)


def _field_char(kind: str | None, out: _Text) -> None:
    if kind == "begin":
        out.fields.append(_Field())
    elif kind == "separate" and out.fields:
        out.fields[-1].result, out.fields[-1].start = True, len(out.runs)
    elif kind == "end" and out.fields:
        _end_field(out)


def _end_field(out: _Text) -> None:
    """Close a field; a citation field's items become the note's citations."""
    done = out.fields.pop()
    if is_citation_field(done.instruction):
        visible = emphasized(out.runs[done.start:])
        out.citations += field_citations(done.instruction, visible, out.where, out.diagnostics)


def _italic(run: etree._Element, out: _Text) -> bool:
    """Italic from the run's own `w:i`, else its character style, else the paragraph's style."""
    props = run.find(f"{W}rPr")
    if props is not None:
        own = props.find(f"{W}i")
        if own is not None:
            return own.get(f"{W}val", "true") not in ("0", "false", "off")
        style = _style(run, "rPr", "rStyle")
        if style in out.styles:
            return out.styles[style]
    return out.paragraph_italic


def _style(element: etree._Element, props: str, kind: str) -> str | None:
    ref = element.find(f"{W}{props}/{W}{kind}")
    return ref.get(f"{W}val") if ref is not None else None


def _italic_styles(archive: zipfile.ZipFile, name: str) -> dict[str, bool]:
    """Style id -> italic, following `w:basedOn` (styles without an italic setting are absent)."""
    if "word/styles.xml" not in archive.namelist():
        return {}
    root = parse_xml(member(archive, "word/styles.xml", name), name, "word/styles.xml")
    own, parent = {}, {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId")
        flag = style.find(f"{W}rPr/{W}i")
        if flag is not None:
            own[sid] = flag.get(f"{W}val", "true") not in ("0", "false", "off")
        based = style.find(f"{W}basedOn")
        if based is not None:
            parent[sid] = based.get(f"{W}val")
    return inherited(own, parent)
