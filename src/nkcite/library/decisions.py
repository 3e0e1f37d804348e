"""A user's decisions about works: merge, split, edit. Each is one transaction.

- `merge(store, "kim1965a", "kim1965b")` -> `kim1965a`: the second work's
  citations, edits and ids move to the first; `kim1965b` stays valid as an
  older id of it (BibLaTeX `ids`).
- `split(store, "kim1965a")` -> `["kim1965a", "kim1965b"]`: undoes a wrong
  merge. Citations that came from different works (a user's merge) go back
  to those works under their old ids; citations that dedupe joined go to
  one work per distinct parsed form, the new ones with new ids. Repeats
  (ibid., short forms) follow the citation they repeat. Works once split
  are never joined again by a later `add`.
- `edit(store, "kim1965a", ["title=Rice", "issued=1965-03", "note="])`:
  fields set over the merged ones (an empty value removes the field), kept
  whatever later papers bring.
"""
from __future__ import annotations

import re
import sqlite3
from collections import defaultdict

from ..dedupe import merge_works
from ..errors import LibraryError
from ..model import Work
from . import works
from .store import Store, dumps, loads

NAME_VARIABLES = frozenset({
    "author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor",
    "curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer",
    "guest", "host", "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer",
    "producer", "recipient", "reviewed-author", "script-writer", "series-creator", "translator"})
DATE_VARIABLES = frozenset({"accessed", "available-date", "event-date", "issued", "original-date", "submitted"})
TEXT_VARIABLES = frozenset({
    "abstract", "annote", "archive", "archive_collection", "archive_location", "archive-place", "authority",
    "call-number", "chapter-number", "citation-label", "collection-number", "collection-title",
    "container-title", "container-title-short", "dimensions", "division", "DOI", "edition", "event-title",
    "event-place", "genre", "ISBN", "ISSN", "issue", "jurisdiction", "keyword", "language", "license",
    "medium", "note", "number", "number-of-pages", "number-of-volumes", "original-publisher",
    "original-publisher-place", "original-title", "page", "part-number", "part-title", "PMCID", "PMID",
    "printing-number", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title",
    "scale", "section", "source", "status", "supplement-number", "title", "title-short", "URL", "version",
    "volume", "volume-title", "volume-title-short"})
"""The CSL 1.0.2 variables a work may have (`nkcite edit` takes these and `type`)."""
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case", "legislation",
    "manuscript", "map", "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
    "performance", "periodical", "personal_communication", "post", "post-weblog", "regulation", "report",
    "review", "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage"})
ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def merge(store: Store, keep: str, other: str) -> str:
    """Merge work `other` into work `keep`; return the id kept."""
    db = store.db
    a, b = works.work_id(db, keep), works.work_id(db, other)
    if a == b:
        raise LibraryError(f"{other}: is already the same work as {keep}")
    with store.transaction():
        fields = merge_works([works.stored(db, a), works.stored(db, b)])
        db.execute("INSERT OR IGNORE INTO edits (work, field, value) SELECT ?, field, value FROM edits "
                   "WHERE work = ?", (a, b))
        db.execute("UPDATE citations SET work = ? WHERE work = ?", (a, b))
        db.execute("UPDATE blocks SET work = ? WHERE work = ? AND citation IS NOT NULL", (a, b))
        db.execute("UPDATE keys SET work = ? WHERE work = ?", (a, b))
        db.execute("DELETE FROM works WHERE id = ?", (b,))
        works.update(db, a, fields)
    return works.key_of(db, a)


def split(store: Store, key: str) -> list[str]:
    """Split a work into the works it was made of; return their ids, the kept one first."""
    db = store.db
    work = works.work_id(db, key)
    groups = _groups(db, work)
    if len(groups) < 2:
        raise LibraryError(f"{key}: nothing to split (its citations all give one work)")
    kept = works.key_of(db, work)
    with store.transaction():
        out = [kept]
        for n, (origin, rows) in enumerate(groups):
            fields = merge_works([loads(p) for _, p in rows if p is not None] or [works.stored(db, work)])
            target = work if n == 0 else _split_off(db, work, origin, fields)
            _move(db, [row for row, _ in rows], target)
            works.update(db, target, fields)
            if n:
                out.append(works.key_of(db, target))
    return out


def _groups(db: sqlite3.Connection, work: int) -> list[tuple[str | None, list[tuple[int, str | None]]]]:
    """The work's citations as (old id to restore or None, [(citation row,
    parsed fields of an introducing one)]); the group to keep the work first."""
    rows = db.execute("SELECT id, origin, introduces, parsed, root FROM citations WHERE work = ? "
                      "ORDER BY paper, note, position", (work,)).fetchall()
    current = works.key_of(db, work)
    by_origin = {origin for _, origin, *_ in rows}
    restoring = len(by_origin) > 1
    groups: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    group_of: dict[int, str] = {}
    for row, origin, introduces, parsed, root in rows:
        name = (origin if restoring else _form(parsed)) if introduces else group_of.get(root, "")
        group_of[row] = name
        groups[name].append((row, parsed if introduces else None))
    order = sorted(groups, key=lambda g: (restoring and g != current, min(r for r, _ in groups[g])))
    return [(name if restoring and name != current else None, groups[name]) for name in order]


def _form(parsed: str) -> str:
    """A parsed work's fields as one comparable text."""
    return dumps(dict(sorted(loads(parsed).items())))


def _split_off(db: sqlite3.Connection, work: int, origin: str | None, fields: Work) -> int:
    """A new work row: under its old id when that id was merged into `work`, else a new id."""
    if origin is None or db.execute("SELECT work FROM keys WHERE key = ?", (origin,)).fetchone()[0] != work:
        return works.create(db, [fields])[0]
    row = db.execute("INSERT INTO works (key, csl) VALUES (?, ?)", (origin, dumps(fields))).lastrowid
    db.execute("UPDATE keys SET work = ? WHERE key = ?", (row, origin))
    return row


def _move(db: sqlite3.Connection, citations: list[int], target: int) -> None:
    """Put citations (and their blocking keys) into the work `target`."""
    key = works.key_of(db, target)
    for row in citations:
        db.execute("UPDATE citations SET work = ?, origin = ? WHERE id = ?", (target, key, row))
        db.execute("UPDATE blocks SET work = ? WHERE citation = ?", (target, row))


def edit(store: Store, key: str, assignments: list[str]) -> Work:
    """Set fields of a work (`FIELD=VALUE`; `FIELD=` removes it); return the work as exported."""
    db = store.db
    work = works.work_id(db, key)
    changes = [_assignment(text) for text in assignments]
    with store.transaction():
        for field, value in changes:
            db.execute("INSERT OR REPLACE INTO edits (work, field, value) VALUES (?, ?, ?)",
                       (work, field, None if value is None else dumps(value)))
        works.index(db, work)
    return works.view(db, work)


def _assignment(text: str) -> tuple[str, object]:
    """`FIELD=VALUE` -> (CSL variable, CSL value or None to remove)."""
    field, sep, value = text.partition("=")
    field, value = field.strip(), value.strip()
    if not sep or not field:
        raise LibraryError(f"{text}: not FIELD=VALUE (for example title=Rice and Rails)")
    if field == "type":
        if value not in CSL_TYPES:
            raise LibraryError(f"{value}: not a CSL type (for example book, article-journal, manuscript)")
        return field, value
    if field not in NAME_VARIABLES | DATE_VARIABLES | TEXT_VARIABLES:
        raise LibraryError(f"{field}: not a CSL variable (for example title, issued, author, archive)")
    if not value:
        return field, None
    if field in NAME_VARIABLES:
        return field, [_name(n) for n in value.split(";") if n.strip()]
    if field in DATE_VARIABLES:
        m = ISO_DATE.fullmatch(value)
        return field, {"date-parts": [[int(p) for p in m.groups() if p]]} if m else {"literal": value}
    return field, value


def _name(text: str) -> dict[str, str]:
    """`Family, Given` -> a CSL name; a name without a comma is a literal (a body)."""
    family, comma, given = (part.strip() for part in text.partition(","))
    return {"family": family, "given": given} if comma else {"literal": family}
