"""The records that flow through the pipeline.

A paper becomes a `Document` of `Note`s; each note holds the `Citation`s it
makes. A citation carries the parsed `work` (CSL-JSON fields, no id yet), how
it cites it (form, locator, label, prefix) and, once resolved, the index of
the citation it repeats. The deduplication stage gives every citation the id
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


@dataclass
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


@dataclass
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
    antecedent: tuple[int, int] | None = None
    """(note index, citation index) of the citation a short form or ibid repeats."""
    ref: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the citation as it appears in the nkcite graph."""
        return {"ref": self.ref, "form": self.form, "locator": self.locator,
                "label": self.label, "prefix": self.prefix}


@dataclass
class Note:
    """One footnote: its number, its whole text and what it cites."""

    number: int
    text: str
    citations: list[Citation] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Return the note as it appears in the nkcite graph."""
        return {"number": self.number, "text": self.text,
                "citations": [c.to_json() for c in self.citations]}


@dataclass
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


@dataclass
class Graph:
    """The citation graph of one run: documents, references, diagnostics."""

    documents: list[Document]
    references: list[Work]
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Return the graph as an "nkcite JSON" document (CONVENTIONS §1)."""
        return {"nkcite": 1,
                "documents": [d.to_json() for d in self.documents],
                "references": self.references,
                "diagnostics": [d.to_json() for d in self.diagnostics]}
