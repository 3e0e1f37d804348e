"""The corpus store: each parsed paper kept on disk as it finishes (SQLite).

paper row in -> documents, profiles and works out, in paper order:
`put("kim-1998.txt|9f2c…", paper_row(doc, reading))` stores the
parsed document (nkcite's records as JSON), its candidates' profiles and
works for dedupe, its diagnostics and counts; `documents(keys)` and
`works(keys)` read them back one paper at a time, so a run holds one paper
in memory, not the corpus, and a run interrupted at paper 6,000 finds the
first 6,000 here (`keys()`) and parses only the rest. After dedupe,
`merged_works` merges the works cluster by cluster and `put_references`
keeps the references for `references()` (temporary tables: they are made
anew by each run).

Why SQLite (the standard library's sqlite3) rather than JSON lines or
Parquet: each finished paper is one committed transaction, so a run killed
mid-write loses that paper at most and never damages the store; rows are
read by key in paper order, whatever order the workers finished in; and it
needs no dependency (Parquet would need pyarrow, and its columns do not fit
nested notes). `PaperStore` is the whole interface, small enough for the
library of issue 12 to take its place.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import sqlite3
import uuid
import zlib
from pathlib import Path
from array import array
from typing import Iterable, Iterator

from ..about import VERSION
from ..dedupe import Merge, Profile, candidates, profiles_of
from ..model import Citation, Diagnostic, Document, Note, Work

FORMAT = 1
"""Bumped when rows change shape; a store of another format or nkcite version is emptied."""
COLUMNS = ("document", "profiles", "works", "reading", "diagnostics")


def paper_key(path: Path, doc_id: str | None = None) -> str:
    """What identifies a parsed paper: its document id (default: its file
    name) and the SHA-256 of its bytes, so an edited paper is parsed again and
    a moved corpus is not. Standard input, a device or a FIFO (read once,
    perhaps endless) and a file that cannot be read get a key no run finds
    again: they are read anew each time."""
    try:
        if str(path) != "-" and path.is_file():
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
            return f"{_text(doc_id) if doc_id else _name(path)}|{digest.hexdigest()}"
    except OSError:
        pass
    return f"{_text(doc_id) if doc_id else _name(path)}|once-{uuid.uuid4().hex}"


def key_digest(key: str) -> str | None:
    """The digest of a key's bytes, None for a file read once (never the same as another)."""
    digest = key.split("|", 1)[1]
    return None if digest.startswith("once-") else digest


def _text(doc_id: str) -> str:
    return doc_id.encode("utf-8", "backslashreplace").decode("utf-8")


def _name(path: Path) -> str:
    """A file name as text SQLite can hold (bytes that are not UTF-8 escaped)."""
    return os.fsencode(path.name).decode("utf-8", "backslashreplace")


def paper_row(doc: Document, reading: list[Diagnostic]) -> dict[str, bytes | int]:
    """One parsed paper as a store row (made in the worker that parsed it)."""
    columns = {
        "document": {"id": doc.id, "source": doc.source,
                     "notes": [{**_fields(n), "citations": [_fields(c) for c in n.citations]} for n in doc.notes]},
        "profiles": [list(p) for p in profiles_of(doc)],
        "works": [c.work for c in candidates(doc)],
        "reading": [_fields(d) for d in reading],
        "diagnostics": [_fields(d) for d in doc.diagnostics],
    }
    row: dict[str, bytes | int] = {name: _pack(value) for name, value in columns.items()}
    row["notes"] = len(doc.notes)
    row["citations"] = sum(len(n.citations) for n in doc.notes)
    row["found_diagnostics"] = len(reading) + len(doc.diagnostics)
    return row


def _fields(record) -> dict:
    """A record's fields by name, one level deep (the records have slots, no `__dict__`)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


def _pack(value) -> bytes:
    """JSON, compressed (a lone surrogate a text may hold is kept as it is)."""
    return zlib.compress(_json_bytes(value), 1)


def _unpack(blob: bytes):
    return _from_json_bytes(zlib.decompress(blob))


def _json_bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


def _from_json_bytes(blob: bytes):
    return json.loads(blob.decode("utf-8", "surrogatepass"))


class PaperStore:
    """Parsed papers by key, in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = sqlite3.connect(self.path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        with self.db:
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT)")
            self.db.execute("CREATE TABLE IF NOT EXISTS papers (key TEXT PRIMARY KEY, document BLOB, "
                            "profiles BLOB, works BLOB, reading BLOB, diagnostics BLOB, notes INTEGER, "
                            "citations INTEGER, found_diagnostics INTEGER)")
            made_by = f"{FORMAT} {VERSION}"
            if self.db.execute("SELECT value FROM meta WHERE name = 'made-by'").fetchone() != (made_by,):
                self.db.execute("DELETE FROM papers")
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('made-by', ?)", (made_by,))

    def close(self) -> None:
        self.db.close()

    def keys(self) -> set[str]:
        """The keys of the papers stored."""
        return {key for (key,) in self.db.execute("SELECT key FROM papers")}

    def put(self, key: str, row: dict[str, bytes | int]) -> None:
        """Store one parsed paper (committed at once)."""
        names = ("key", *row)
        with self.db:
            self.db.execute(f"INSERT OR REPLACE INTO papers ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                            (key, *row.values()))

    def _column(self, keys: list[str], name: str) -> Iterator:
        assert name in COLUMNS
        for key in keys:
            (blob,) = self.db.execute(f"SELECT {name} FROM papers WHERE key = ?", (key,)).fetchone()
            yield _unpack(blob)

    def profiles(self, keys: list[str]) -> Iterator[Profile]:
        """Every candidate's profile, paper after paper."""
        for rows in self._column(keys, "profiles"):
            for row in rows:
                profile = Profile._make(row)
                yield profile._replace(date=tuple(profile.date))

    def works(self, keys: list[str]) -> Iterator[Work]:
        """Every candidate's work, paper after paper."""
        for works in self._column(keys, "works"):
            yield from works

    def merged_works(self, keys: list[str], numbers: array) -> Iterator[Work]:
        """The merged work of each cluster, cluster by cluster (`numbers`: the
        cluster of each candidate of the papers, in order), merged on disk: the
        candidates' works are filed by cluster in a temporary table and read
        back in that order, so only one cluster's works are in memory."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS members "
                        "(cluster INTEGER, seq INTEGER, work BLOB, PRIMARY KEY (cluster, seq)) WITHOUT ROWID")
        with self.db:
            self.db.execute("DELETE FROM members")
            self.db.executemany("INSERT INTO members VALUES (?, ?, ?)",
                                ((n, seq, _json_bytes(work))
                                 for seq, (n, work) in enumerate(zip(numbers, self.works(keys), strict=True))))
        merge, current = None, None
        for n, blob in self.db.execute("SELECT cluster, work FROM members ORDER BY cluster, seq"):
            if n == current:
                merge.add(_from_json_bytes(blob))
                continue
            if merge is not None:
                yield merge.result()
            merge, current = Merge(_from_json_bytes(blob)), n
        if merge is not None:
            yield merge.result()

    def put_references(self, references: Iterable[tuple[str, Work]]) -> list[str]:
        """Keep the references (id, work) in order, for `references()`; their ids."""
        ids: list[str] = []

        def rows():
            for number, (ref_id, work) in enumerate(references):
                ids.append(ref_id)
                yield number, ref_id, _json_bytes(work)
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS refs (number INTEGER PRIMARY KEY, id TEXT, work BLOB)")
        with self.db:
            self.db.execute("DELETE FROM refs")
            self.db.executemany("INSERT INTO refs VALUES (?, ?, ?)", rows())
        self.db.execute("DELETE FROM members")
        return ids

    def references(self) -> Iterator[Work]:
        """The references kept by `put_references`, in order, each with its id first."""
        for ref_id, blob in self.db.execute("SELECT id, work FROM refs ORDER BY number"):
            yield {"id": ref_id, **_from_json_bytes(blob)}

    def diagnostics(self, keys: list[str], name: str) -> list[Diagnostic]:
        """The `reading` or the parsing (`diagnostics`) diagnostics of the papers, in order."""
        return [Diagnostic(**d) for found in self._column(keys, name) for d in found]

    def documents(self, keys: list[str]) -> Iterator[Document]:
        """The papers' documents, one at a time."""
        for data, diagnostics in zip(self._column(keys, "document"), self._column(keys, "diagnostics")):
            notes = [Note(**{**n, "citations": [_citation(c) for c in n["citations"]]}) for n in data["notes"]]
            yield Document(data["id"], data["source"], notes, [Diagnostic(**d) for d in diagnostics])

    def totals(self, keys: list[str]) -> tuple[int, int]:
        """(notes, citations) of the papers."""
        notes = citations = 0
        for key in keys:
            n, c = self.db.execute("SELECT notes, citations FROM papers WHERE key = ?", (key,)).fetchone()
            notes, citations = notes + n, citations + c
        return notes, citations


def _citation(fields: dict) -> Citation:
    citation = Citation(**fields)
    if citation.antecedent is not None:
        citation.antecedent = tuple(citation.antecedent)
    return citation
