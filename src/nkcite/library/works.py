"""Works in the library: their rows, ids, edits and blocking keys.

work id (row) <-> CSL fields; an id (`pribbenow2011north`) -> its row;
new works -> rows with ids no work ever had (`keys.assign_ids`, the
library's `keys` table as the ids taken). `view` is what every export
and `show` see: the merged fields with the user's edits over them.
"""
from __future__ import annotations

import json
import sqlite3
from ..dedupe import LOOKUP_ONLY, Profile, date_parts, filing_keys, worth_comparing
from ..errors import LibraryError
from ..keys import assign_ids
from ..model import Work
from ..normalize.text import fold
from .store import dumps, loads


class TakenKeys:
    """The ids given so far, as `assign_ids` asks (`key in taken`)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __contains__(self, key: object) -> bool:
        return self.db.execute("SELECT 1 FROM keys WHERE key = ?", (key,)).fetchone() is not None


def work_id(db: sqlite3.Connection, key: str) -> int:
    """The row of the work holding `key` now (an id merged away leads to the
    work it was merged into). Raises LibraryError for an unknown id."""
    row = db.execute("SELECT work FROM keys WHERE key = ?", (key,)).fetchone()
    if row is None or row[0] is None:
        raise LibraryError(f"{key}: no work with this id in the library")
    return row[0]


def key_of(db: sqlite3.Connection, work: int) -> str:
    """The id of a work row."""
    return db.execute("SELECT key FROM works WHERE id = ?", (work,)).fetchone()[0]


def aliases(db: sqlite3.Connection, work: int) -> list[str]:
    """Older ids of a work: the ids of works merged into it."""
    rows = db.execute("SELECT key FROM keys WHERE work = ? AND key != (SELECT key FROM works WHERE id = ?) "
                      "ORDER BY key", (work, work))
    return [r[0] for r in rows]


def stored(db: sqlite3.Connection, work: int) -> Work:
    """The merged CSL fields of a work, without the user's edits."""
    return loads(db.execute("SELECT csl FROM works WHERE id = ?", (work,)).fetchone()[0])


def view(db: sqlite3.Connection, work: int) -> Work:
    """The work as exported: merged fields, then the user's edits (a removed
    field is an edit to None)."""
    fields = stored(db, work)
    for field, value in db.execute("SELECT field, value FROM edits WHERE work = ? ORDER BY field", (work,)):
        if value is None:
            fields.pop(field, None)
        else:
            fields[field] = loads(value)
    return fields


def create(db: sqlite3.Connection, works: list[Work]) -> list[int]:
    """Rows for new works, with new ids, in order; returns their row ids."""
    rows = []
    for key, work in zip(assign_ids(works, TakenKeys(db)), works):
        row = db.execute("INSERT INTO works (key, csl) VALUES (?, ?)", (key, dumps(work))).lastrowid
        db.execute("INSERT INTO keys (key, work) VALUES (?, ?)", (key, row))
        rows.append(row)
    return rows


def update(db: sqlite3.Connection, work: int, fields: Work) -> None:
    """Store a work's merged fields and file it again under its blocking keys."""
    db.execute("UPDATE works SET csl = ? WHERE id = ?", (dumps(fields), work))
    index(db, work)


def index(db: sqlite3.Connection, work: int) -> None:
    """File the work's view under its blocking keys (its citations are filed by `file_citation`)."""
    db.execute("DELETE FROM blocks WHERE work = ? AND citation IS NULL", (work,))
    fields = view(db, work)
    title, year = fold(fields.get("title")), _year(fields)
    db.executemany("INSERT INTO blocks (key, work, title, year) VALUES (?, ?, ?, ?)",
                   [(k, work, title, year) for k in block_keys(fields)])


def file_citation(db: sqlite3.Connection, citation: int, work: int, parsed: Work) -> None:
    """File one introducing citation's own fields under its blocking keys."""
    title, year = fold(parsed.get("title")), _year(parsed)
    db.executemany("INSERT INTO blocks (key, work, citation, title, year) VALUES (?, ?, ?, ?, ?)",
                   [(k, work, citation, title, year) for k in block_keys(parsed)])


def _year(fields: Work) -> int:
    """The year of a work's date, 0 when it has none (as `blocks.year` holds it)."""
    return int((date_parts(fields) or [0])[0])


def block_keys(work: Work, short: bool = False) -> list[str]:
    """The blocking keys (dedupe's `filing_keys`) of fields, as stored text."""
    return sorted({json.dumps(list(k), ensure_ascii=False) for k in filing_keys(Profile.of(work, short))})


def candidates(db: sqlite3.Connection, wanted: dict[str, list[tuple[str, bool, list]]]) -> list[tuple[int, Work]]:
    """(work row, fields) of the settled candidates filed under the keys of
    `wanted` (key -> the new citations under it: folded title, short form,
    date-parts) that dedupe could join to one of them: of a year one of
    them has (or of none), and `worth_comparing`. The works' views and
    their introducing citations' own fields, each distinct one once."""
    hits: set[tuple[int, int]] = set()
    for key in sorted(wanted):
        decoded = tuple(json.loads(key))
        if decoded[0] == LOOKUP_ONLY and not any(short for _, short, _ in wanted[key]):
            continue                                       # only short forms look works up by these keys
        years = {int(parts[0]) for _, _, parts in wanted[key] if parts}
        query = "SELECT work, coalesce(citation, 0), title, year FROM blocks WHERE key = ?"
        if all(parts for _, _, parts in wanted[key]):      # every new one dated: its years, or undated ones
            query += f" AND year IN (0, {', '.join('?' * len(years))})"
        for work, citation, title, year in db.execute(query, (key, *sorted(years)) if "IN" in query else (key,)):
            if (work, citation) not in hits and worth_comparing(decoded, title, [year] if year else [], wanted[key]):
                hits.add((work, citation))
    fields: dict[tuple[int, str], None] = {}
    for work, citation in sorted(hits):
        parsed = db.execute("SELECT parsed FROM citations WHERE id = ?", (citation,)).fetchone() if citation else None
        fields.setdefault((work, parsed[0] if parsed else ""), None)   # a work cited alike many times counts once
    return [(work, loads(text) if text else view(db, work)) for work, text in fields]


def remove_orphans(db: sqlite3.Connection, suspects: set[int]) -> None:
    """Delete the works among `suspects` (those a re-read paper's old
    citations were in) that no citation cites any more; their ids stay
    taken, pointing nowhere."""
    for work in sorted(suspects):
        if db.execute("SELECT 1 FROM citations WHERE work = ? LIMIT 1", (work,)).fetchone() is None:
            db.execute("DELETE FROM works WHERE id = ?", (work,))
