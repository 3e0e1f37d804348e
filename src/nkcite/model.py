"""The records that flow through the pipeline.

Reading makes a `Paper` (its text, and its notes where the format has
them); a paper becomes a `Document` of `Note`s; each note holds the
`Citation`s it makes. A citation carries the parsed `work` (CSL-JSON
fields, no id yet), how it cites it (form, locator, label, prefix) and,
once resolved, the index of the citation it repeats. The deduplication stage gives every citation the id
of a reference; `Graph` gathers documents, references and diagnostics.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Work = dict[str, Any]
"""CSL-JSON fields of one work (`title`, `author`, `issued`, ...), no `id`."""

# Fields that make a parsed work usable without its raw text: a work with
# none of them keeps the citation's raw text in `note` (`*.*.`), and the
# Chicago formats show that raw text instead of what the style makes of it.
SUBSTANTIVE_FIELDS = ("title", "container-title", "author", "editor", "translator", "issued", "archive",
                      "archive_location", "URL", "publisher", "collection-title", "genre")
FORMS = ("full", "short", "ibid")


@dataclass(slots=True)
class Diagnostic:
    """A problem found while reading or parsing, reported as data."""

    kind: str
    message: str
    document: str | None = None
    note: int | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the diagnostic as a JSON-ready dict."""
        out: dict[str, Any] = {"kind": self.kind, "message": self.message}
        if self.document is not None:
            out["document"] = self.document
        if self.note is not None:
            out["note"] = self.note
        return out


@dataclass(slots=True)
class Citation:
    """One cited source inside a note."""

    raw: str
    prefix: str | None = None
    work: Work = field(default_factory=dict)
    form: str = "full"
    locator: str | None = None
    label: str | None = None
    looks_short: bool = False
    """Set by parsing: too sparse to be a first citation (`Smith, "Rice and Rails," 12`)."""
    unparsed: bool = False
    """Set by parsing: no field of a work was found, so the raw text is kept in `note`."""
    antecedent: tuple[int, int] | None = None
    """(note index, citation index) of the citation a short form or ibid repeats."""
    ref: str | None = None
    work_given: bool = False
    """The work came whole from the file (a Zotero or Mendeley citation field), not from parsing."""
    same_author: bool = False
    """Set by parsing: the author is written `Idem`, `Ders.`, `Id.`: the one of the citation before."""
    in_the_work_before: bool = False
    """Set by parsing: `Harthaus, *Title*, ebd., S. 171–198`: ibid. after a title: a part of the work
    cited just before (resolve makes it a chapter of that book or an article of that journal issue)."""
    same_place: bool = False
    """Set by parsing: `Ebd., Schreiben ... vom 3. Mai 1950`: ibid. before a new document, kept where the
    document cited before is kept (resolve gives it that archive)."""

    def to_json(self) -> dict[str, Any]:
        """Return the citation as it appears in the nkcite graph."""
        return {"ref": self.ref, "form": self.form, "locator": self.locator,
                "label": self.label, "prefix": self.prefix}


@dataclass(slots=True)
class Note:
    """One footnote: its number, its whole text and what it cites."""

    number: int
    text: str
    citations: list[Citation] = field(default_factory=list)
    page: int | None = None
    """Where the note starts: the 1-based page of a PDF (or of text with form feeds)."""
    source_id: str | None = None
    """The note's own id in its file: `footnote 3` (Word), `ftn3` (ODT), `fn3` (HTML), a TEI `xml:id`."""

    def to_json(self) -> dict[str, Any]:
        """Return the note as it appears in the nkcite graph (provenance only where known)."""
        out: dict[str, Any] = {"number": self.number, "text": self.text}
        if self.page is not None:
            out["page"] = self.page
        if self.source_id is not None:
            out["source_id"] = self.source_id
        out["citations"] = [c.to_json() for c in self.citations]
        return out


@dataclass
class Paper:
    """What the reading stage makes of one file: its text and, where the format has them, its notes."""

    text: str
    notes: list[Note] | None = None
    """The notes as the file structures them (Word, ODT, HTML, TEI, Markdown, LaTeX, a PDF's footnote
    zones); None when the notes are to be found in `text`."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    format: str = "text"
    """The format read: text, markdown, latex, html, epub, tei, docx, odt, pdf."""


@dataclass(slots=True)
class Document:
    """One paper: an id, the file it came from, its notes."""

    id: str
    source: str
    notes: list[Note] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def citations(self):
        """Yield (note index, citation index, citation) over the whole paper."""
        for i, note in enumerate(self.notes):
            for j, cit in enumerate(note.citations):
                yield i, j, cit

    def to_json(self) -> dict[str, Any]:
        """Return the document as it appears in the nkcite graph."""
        return {"id": self.id, "source": self.source,
                "notes": [n.to_json() for n in self.notes]}


@dataclass(slots=True)
class Graph:
    """The citation graph of one run: documents, references, diagnostics."""

    documents: list[Document]
    references: list[Work]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    """Reference id -> older ids of the same work (merged into it in a library)."""

    def to_json(self) -> dict[str, Any]:
        """Return the graph as an "nkcite JSON" document (CONVENTIONS §1)."""
        return {"nkcite": 1,
                "documents": [d.to_json() for d in self.documents],
                "references": self.references,
                "diagnostics": [d.to_json() for d in self.diagnostics]}
