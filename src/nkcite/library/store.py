"""The library file: one SQLite database (standard library `sqlite3`).

path -> an open `Store` (created on first use, its schema version checked),
and the rows it holds <-> nkcite's records. `~/refs.nkcite` holds:

- `papers`: each paper read (document id, resolved path, SHA-256 of its
  text, diagnostics), its `notes` and its `citations` (how each cites, its
  own parsed fields, the citation a repeat repeats: `root`, the work it
  belongs to, the id of the work it first joined: `origin`);
- `works`: one row per work, its id (`key`) and merged CSL fields; `edits`
  the fields a user set (`nkcite edit`), applied over them;
- `keys`: every id ever given, pointing at the work that holds it now
  (an id merged away points at the work it was merged into; the id of a
  work that is gone points nowhere and is never given again);
- `blocks`: the dedupe blocking keys of every settled candidate (a work's
  fields, or one of its citations'), with its folded title and year (0 for none), so that a new
  paper is compared only with the works it may be.

Every change runs in one transaction (`Store.transaction`): an interrupted
run leaves the library as it was.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ..errors import LibraryError

SCHEMA_VERSION = 1
"""`PRAGMA user_version` of the files this nkcite writes; a newer one is refused."""
APPLICATION_ID = 0x6E6B6369   # "nkci": `PRAGMA application_id` marks an nkcite library
DEFAULT_NAME = "library.sqlite"

SCHEMA = """
CREATE TABLE papers (
    id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, path TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL, sha256 TEXT NOT NULL, diagnostics TEXT NOT NULL);
CREATE TABLE notes (
    paper INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE, position INTEGER NOT NULL,
    number INTEGER NOT NULL, text TEXT NOT NULL, page INTEGER, PRIMARY KEY (paper, position));
CREATE TABLE works (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, csl TEXT NOT NULL);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY, paper INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    note INTEGER NOT NULL, position INTEGER NOT NULL, raw TEXT NOT NULL, prefix TEXT,
    form TEXT NOT NULL, locator TEXT, label TEXT, parsed TEXT NOT NULL,
    introduces INTEGER NOT NULL, root INTEGER, work INTEGER REFERENCES works(id), origin TEXT);
CREATE INDEX citations_work ON citations (work);
CREATE INDEX citations_paper ON citations (paper, note, position);
CREATE TABLE keys (key TEXT PRIMARY KEY, work INTEGER REFERENCES works(id) ON DELETE SET NULL);
CREATE INDEX keys_work ON keys (work);
CREATE TABLE edits (
    work INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE, field TEXT NOT NULL, value TEXT,
    PRIMARY KEY (work, field));
CREATE TABLE blocks (
    key TEXT NOT NULL, work INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    citation INTEGER REFERENCES citations(id) ON DELETE CASCADE, title TEXT NOT NULL, year INTEGER NOT NULL);
CREATE INDEX blocks_key ON blocks (key, year);
CREATE INDEX blocks_work ON blocks (work);
"""


def default_path() -> Path:
    """`$NKCITE_LIBRARY`, else `$XDG_DATA_HOME/nkcite/library.sqlite`
    (`~/.local/share/nkcite/library.sqlite`)."""
    if os.environ.get("NKCITE_LIBRARY"):
        return Path(os.environ["NKCITE_LIBRARY"])
    data = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data) / "nkcite" / DEFAULT_NAME


class Store:
    """An open library file."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.db = connection
        self.path = path

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed whole at the end, rolled back on any error."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open_store(path: str | Path, *, create: bool = True) -> Store:
    """Open the library at `path`, creating it (and its folder) when missing.

    Raises LibraryError (one line) for a file that is not an nkcite library
    or was written by a newer nkcite.
    """
    path = Path(path)
    if path.is_dir():
        raise LibraryError(f"{path}: is a directory, not a library file")
    fresh = not path.exists() or path.stat().st_size == 0
    if fresh and not create:
        raise LibraryError(f"{path}: no library there (nkcite add PAPER creates one)")
    if fresh:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA foreign_keys = ON")
        version, app = _header(db)
    except sqlite3.DatabaseError:
        raise LibraryError(f"{path}: is not an nkcite library (not an SQLite file)") from None
    if fresh:
        _create(db)
    elif app != APPLICATION_ID:
        db.close()
        raise LibraryError(f"{path}: is an SQLite file but not an nkcite library")
    elif version > SCHEMA_VERSION:
        db.close()
        raise LibraryError(f"{path}: library version {version} is newer than this nkcite "
                           f"(version {SCHEMA_VERSION}); upgrade nkcite")
    return Store(db, path)


def _header(db: sqlite3.Connection) -> tuple[int, int]:
    """(schema version, application id); reading them checks the file is SQLite."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    app = db.execute("PRAGMA application_id").fetchone()[0]
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return version, app


def _create(db: sqlite3.Connection) -> None:
    """Lay out a new library in one transaction."""
    db.executescript(f"BEGIN IMMEDIATE;\n{SCHEMA}\nPRAGMA application_id = {APPLICATION_ID};\n"
                     f"PRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")


def dumps(value: Any) -> str:
    """A value as the JSON text stored in a column (stable key order kept)."""
    return json.dumps(value, ensure_ascii=False)


def loads(text: str | None) -> Any:
    """The value of a JSON column."""
    return None if text is None else json.loads(text)
