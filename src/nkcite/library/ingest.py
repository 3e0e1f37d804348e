"""`nkcite add`: papers -> the library, their citations joined to its works.

paper path -> `Added` (`young-2019: 36 notes, 58 citations, 41 new works,
3 joined`). A paper is read and parsed as `nkcite export` reads it; the
library then, in one transaction:

1. forgets the paper's old notes and citations when it was there before
   with another text (a paper whose text did not change is not re-read);
2. puts each citation the paper had before (the same raw text) back into
   the work it was in, so merges, splits and edits made since hold;
3. joins the other citations to the works already there by dedupe's
   blocked comparison (`dedupe.join_settled`, against the works sharing a
   blocking key) or to new works, whose ids no work ever had;
4. removes the works the paper's old citations were in that no citation
   cites any more (their ids are never reused).
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path

from ..dedupe import Cluster, date_parts, join_settled, merge_works
from ..model import Citation, Document
from ..pipeline import document_from_paper, document_id, paper_digest
from ..read import read_paper
from ..normalize.text import fold
from . import works
from .store import Store, dumps


@dataclass
class Added:
    """What `add` did with one paper."""

    doc_id: str
    status: str              # "added", "re-read", "unchanged"
    notes: int = 0
    citations: int = 0
    new_works: int = 0
    joined: int = 0
    same_as: str | None = None

    def summary(self) -> str:
        """One line for the terminal."""
        if self.status == "unchanged":
            return f"{self.doc_id}: unchanged" + (f" (same text as {self.same_as})" if self.same_as else "")
        return (f"{self.doc_id}: {self.status}, {self.notes} notes, {self.citations} citations, "
                f"{self.new_works} new works, {self.joined} joined to works already there")


def add_papers(store: Store, paths: list[str | Path]) -> list[Added]:
    """Add each paper in turn (one transaction each)."""
    return [add_paper(store, path) for path in paths]


def add_paper(store: Store, path: str | Path) -> Added:
    """Read, parse and store one paper; see the module docstring."""
    path = Path(path)
    paper = read_paper(path)
    digest = paper_digest(paper)
    db = store.db
    where = str(path.resolve())
    known = db.execute("SELECT id, doc_id, sha256 FROM papers WHERE path = ?", (where,)).fetchone()
    if known and known[2] == digest:
        return Added(known[1], "unchanged")
    twin = db.execute("SELECT doc_id FROM papers WHERE sha256 = ?", (digest,)).fetchone()
    if twin and not known:
        return Added(document_id(path.name), "unchanged", same_as=twin[0])
    doc = document_from_paper(paper, known[1] if known else _free_doc_id(db, document_id(path.name)), path.name)
    doc.diagnostics = paper.diagnostics + doc.diagnostics
    with store.transaction():
        paper, pins = _replace_paper(db, known, doc, where, digest)
        suspects = {work for placed in pins.values() for work in placed}
        clusters = _cluster(db, doc, pins)
        report = _store_clusters(db, clusters)
        _store_notes(db, paper, doc)
        works.remove_orphans(db, suspects)
    report.doc_id, report.status = doc.id, "re-read" if known else "added"
    report.notes, report.citations = len(doc.notes), sum(len(n.citations) for n in doc.notes)
    return report


def _free_doc_id(db: sqlite3.Connection, wanted: str) -> str:
    """`wanted`, or `wanted-2`, `wanted-3` ... when another paper has it."""
    name, n = wanted, 1
    while db.execute("SELECT 1 FROM papers WHERE doc_id = ?", (name,)).fetchone():
        n += 1
        name = f"{wanted}-{n}"
    return name


def _replace_paper(db: sqlite3.Connection, known, doc: Document, where: str, digest: str
                   ) -> tuple[int, dict[str, deque[int]]]:
    """The paper's row (new or emptied) and, for a paper read before, the work
    each of its introducing citations was in, by raw text, in order."""
    diagnostics = dumps([d.to_json() for d in doc.diagnostics])
    if not known:
        row = db.execute("INSERT INTO papers (doc_id, path, source, sha256, diagnostics) VALUES (?, ?, ?, ?, ?)",
                         (doc.id, where, doc.source, digest, diagnostics)).lastrowid
        return row, {}
    pins: dict[str, deque[int]] = defaultdict(deque)
    for raw, work in db.execute("SELECT raw, work FROM citations WHERE paper = ? AND introduces = 1 "
                                "AND work IS NOT NULL ORDER BY note, position", (known[0],)):
        pins[raw].append(work)
    db.execute("DELETE FROM citations WHERE paper = ?", (known[0],))
    db.execute("DELETE FROM notes WHERE paper = ?", (known[0],))
    db.execute("UPDATE papers SET sha256 = ?, source = ?, diagnostics = ? WHERE id = ?",
               (digest, doc.source, diagnostics, known[0]))
    return known[0], pins


def _cluster(db: sqlite3.Connection, doc: Document, pins: dict[str, deque[int]]) -> list[Cluster]:
    """The paper's citations clustered with the library's candidate works."""
    wanted: dict[str, list[tuple[str, bool, list]]] = defaultdict(list)
    for _, _, cit in doc.citations():
        if cit.antecedent is None and cit.work:
            for key in works.block_keys(cit.work, cit.looks_short):
                wanted[key].append((fold(cit.work.get("title")), cit.looks_short, date_parts(cit.work)))

    def pin(cit: Citation) -> int | None:
        placed = pins.get(cit.raw)
        return placed.popleft() if placed else None
    return join_settled([doc], works.candidates(db, wanted), pin)


def _store_clusters(db: sqlite3.Connection, clusters: list[Cluster]) -> Added:
    """Merge joined clusters into their works, create the new ones, and set
    every citation's `ref` to its work's id."""
    report = Added("", "")
    created = iter(works.create(db, [c.work for c in clusters if c.settled is None]))
    for cluster in clusters:
        if cluster.settled is not None:
            work = cluster.settled
            works.update(db, work, merge_works([works.stored(db, work), cluster.work]))
            report.joined += 1
        else:
            work = next(created)
            works.index(db, work)
            report.new_works += 1
        key = works.key_of(db, work)
        for cit in cluster.citations:
            cit.ref = key
    return report


def _store_notes(db: sqlite3.Connection, paper: int, doc: Document) -> None:
    """The paper's notes and citations, each citation with its work."""
    db.executemany("INSERT INTO notes (paper, position, number, text) VALUES (?, ?, ?, ?)",
                   [(paper, i, n.number, n.text) for i, n in enumerate(doc.notes)])
    rows: dict[tuple[int, int], int] = {}
    roots: dict[tuple[int, int], int | None] = {}
    for i, j, cit in doc.citations():
        work = works.work_id(db, cit.ref) if cit.ref else None
        # antecedents point to earlier citations, so the root of one is known by now
        root = None if cit.antecedent is None else roots[cit.antecedent] or rows[cit.antecedent]
        rows[i, j] = db.execute(
            "INSERT INTO citations (paper, note, position, raw, prefix, form, locator, label, parsed, "
            "introduces, root, work, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (paper, i, j, cit.raw, cit.prefix, cit.form, cit.locator, cit.label, dumps(cit.work),
             int(cit.antecedent is None), root, work, cit.ref)).lastrowid
        roots[i, j] = root
        if cit.antecedent is None and cit.work and work is not None and not cit.looks_short:
            works.file_citation(db, rows[i, j], work, cit.work)
