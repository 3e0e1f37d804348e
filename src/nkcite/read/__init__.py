"""Stage 0, reading: a file -> a `Paper` (its text, and its notes where the format has them).

    read_paper("paper.docx") -> Paper(text="Body.¹ ...", notes=[Note(1, "Ann Smith, *A History* (1999).",
                                      source_id="footnote 1")], format="docx")

One entry point picks the reader by content, not by name: magic bytes
(`%PDF`, a ZIP's members for Word, OpenDocument and EPUB), then the decoded
text's root element (TEI, HTML) or markup (LaTeX `\\documentclass` or
`\\footnote{`, pandoc `[^1]:` notes); anything else is plain text, whose notes
the notes stage finds. The extension only breaks a tie (`.md`, `.tex`). Word
97-2003 `.doc` and RTF files are refused with a one-line error (no
well-kept pure-Python reader keeps their notes).
"""
from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..model import Paper
from . import docx, html, latex, markdown, odt, pdf, tei
from .source import printable, read_source
from .text import decode, is_wide_text
from .zipped import open_zip, zip_kind

__all__ = ["read_paper", "read_bytes", "read_text", "printable"]

REFUSED = [
    (b"\xd0\xcf\x11\xe0", "a Word 97-2003 (.doc) file; save it as .docx or plain text first"),
    (b"{\\rtf", "an RTF file; save it as .docx or plain text first"),
]
ZIP_READERS = {"docx": docx.read, "odt": odt.read, "epub": html.read_epub}
_XML_ROOT = re.compile(r"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")


def read_paper(path: str | Path) -> Paper:
    """Read the file at `path` (`-`: standard input) into a Paper, or raise one clear InputError."""
    source = read_source(path, looks_binary)
    return read_bytes(source.data, source.name)


def looks_binary(data: bytes) -> bool:
    """True when the first bytes are neither a format nkcite reads nor text (a NUL byte)."""
    known = data.startswith((b"PK", b"\xd0\xcf\x11\xe0", b"{\\rtf")) or b"%PDF-" in data[:1024]
    return not known and b"\x00" in data[:4096] and not is_wide_text(data)


def read_bytes(data: bytes, name: str) -> Paper:
    """Read one file's bytes; `name` is used in messages and for the extension."""
    if b"%PDF-" in data[:1024]:
        return pdf.read(data, name)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        archive = open_zip(data, name)
        return ZIP_READERS[zip_kind(archive, name)](archive, name)
    for signature, what in REFUSED:
        if data.startswith(signature):
            raise InputError(f"{name}: is {what}")
    text, diagnostics = decode(data, name)
    paper = read_text(text, name)
    paper.diagnostics[:0] = diagnostics
    return paper


def read_text(text: str, name: str = "paper.txt") -> Paper:
    """Read decoded text: TEI, HTML, LaTeX or Markdown when it is one, else plain text."""
    kind = text_kind(text, Path(name).suffix.lower())
    if kind == "tei":
        return tei.read(text, name)
    if kind == "html":
        return html.read(text, name)
    if kind == "latex":
        return latex.read(text, name)
    if kind == "markdown":
        return markdown.read(text, name)
    return Paper(text)


def text_kind(text: str, suffix: str = "") -> str:
    """`tei`, `html`, `latex`, `markdown` or `text`, from the content (the suffix breaks ties)."""
    head = text[:4096].lstrip("\ufeff \t\n")
    root = _xml_root(head) if head.startswith("<") else None
    if root in ("TEI", "teiCorpus"):
        return "tei"
    if root == "html" or (root in ("body", "div", "p", "section", "article") and suffix in (".html", ".htm", ".xhtml")):
        return "html"
    if re.search(r"\\documentclass|\\begin\{document\}", head) or (
            suffix in (".tex", ".ltx") and "\\footnote" in text):
        return "latex"
    if markdown.has_notes(text) or suffix in (".md", ".markdown", ".mdown", ".mkd"):
        return "markdown"
    return "text"


def _xml_root(head: str) -> str | None:
    """The local name of the first element of XML or HTML text (`TEI`, `html`)."""
    head = re.sub(r"<!--.*?-->|<\?.*?\?>|<!DOCTYPE[^>]*>", "", head, flags=re.S).lstrip()
    m = _XML_ROOT.match(head)
    return m.group(1) if m and m.group(1) in ("TEI", "teiCorpus") else (m.group(1).lower() if m else None)
