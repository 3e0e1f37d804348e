"""Reading the library: the whole of it as a `Graph`, one work as text.

library -> `Graph` (papers in the order added, notes and citations in
order, works in the order created, with the user's edits), which every
export format renders as it renders a run over papers; and an id ->
`show`'s text: the work's fields, then every note that cites it
(`young-2019, note 3 (full), at 381`).
"""
from __future__ import annotations

import sqlite3

from ..model import Citation, Diagnostic, Document, Graph, Note, Work
from ..normalize.dates import iso_date
from . import works
from .store import Store, loads


def library_graph(store: Store) -> Graph:
    """Every paper, note, citation and work of the library as one graph."""
    db = store.db
    references = [{"id": key, **fields} for key, fields in _views(db)]
    documents = _documents(db)
    diagnostics = [d for doc in documents for d in doc.diagnostics]
    aliases: dict[str, list[str]] = {}
    for key, current in db.execute("SELECT keys.key, works.key FROM keys JOIN works ON works.id = keys.work "
                                   "WHERE keys.key != works.key ORDER BY keys.key"):
        aliases.setdefault(current, []).append(key)
    return Graph(documents, references, diagnostics, aliases)


def _views(db: sqlite3.Connection) -> list[tuple[str, Work]]:
    """(id, fields with edits) of every work, in the order created."""
    edits: dict[int, list[tuple[str, str | None]]] = {}
    for work, field, value in db.execute("SELECT work, field, value FROM edits ORDER BY work, field"):
        edits.setdefault(work, []).append((field, value))
    out = []
    for row, key, csl in db.execute("SELECT id, key, csl FROM works ORDER BY id"):
        fields = loads(csl)
        for field, value in edits.get(row, ()):
            if value is None:
                fields.pop(field, None)
            else:
                fields[field] = loads(value)
        out.append((key, fields))
    return out


def _documents(db: sqlite3.Connection) -> list[Document]:
    """The papers with their notes and citations, each citation's `ref` its work's id."""
    documents: dict[int, Document] = {}
    for row, doc_id, source, diagnostics in db.execute(
            "SELECT id, doc_id, source, diagnostics FROM papers ORDER BY id"):
        documents[row] = Document(doc_id, source, [], [Diagnostic(**d) for d in loads(diagnostics)])
    for paper, number, text in db.execute("SELECT paper, number, text FROM notes ORDER BY paper, position"):
        documents[paper].notes.append(Note(number, text))
    for paper, note, raw, prefix, form, locator, label, parsed, key in db.execute(
            "SELECT c.paper, c.note, c.raw, c.prefix, c.form, c.locator, c.label, c.parsed, w.key "
            "FROM citations c LEFT JOIN works w ON w.id = c.work ORDER BY c.paper, c.note, c.position"):
        documents[paper].notes[note].citations.append(
            Citation(raw, prefix, loads(parsed), form, locator, label, ref=key))
    return list(documents.values())


def show(store: Store, key: str) -> str:
    """A work's fields and every note that cites it, as text for the terminal."""
    db = store.db
    work = works.work_id(db, key)
    current = works.key_of(db, work)
    lines = [current + (f"  (merged ids: {', '.join(works.aliases(db, work))})" if works.aliases(db, work) else "")]
    lines += [f"  {field}: {_shown(value)}" for field, value in works.view(db, work).items()]
    edited = [r[0] for r in db.execute("SELECT field FROM edits WHERE work = ? ORDER BY field", (work,))]
    if edited:
        lines.append(f"  edited by you: {', '.join(edited)}")
    lines.append("cited in:")
    for doc_id, number, page, form, locator, label in db.execute(
            "SELECT p.doc_id, n.number, n.page, c.form, c.locator, c.label FROM citations c "
            "JOIN papers p ON p.id = c.paper JOIN notes n ON n.paper = c.paper AND n.position = c.note "
            "WHERE c.work = ? ORDER BY p.id, c.note, c.position", (work,)):
        where = f"  {doc_id}, note {number}" + (f", PDF page {page}" if page is not None else "")
        pinpoint = f", at {locator}" + (f" ({label})" if label and label != "page" else "") if locator else ""
        lines.append(f"{where} ({form}){pinpoint}")
    return "\n".join(lines) + "\n"


def _shown(value) -> str:
    """A CSL value on one line: names `Family, Given; ...`, dates ISO 8601."""
    if isinstance(value, list):
        return "; ".join(n.get("literal") or ", ".join(p for p in (n.get("family"), n.get("given")) if p)
                         for n in value)
    if isinstance(value, dict):
        return iso_date(value)
    return " ".join(str(value).split())
