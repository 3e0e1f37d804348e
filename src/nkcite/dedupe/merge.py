"""Dedupe, merging: the works of one cluster -> one reference's CSL-JSON.

`merge_works([first, second])`: the first citation's values, gaps filled
from the later ones, and a conflicting URL, access date, publisher,
collection or container kept in `note` (`Also cited with URL: ...`).
`Merge` does it one work at a time, so a corpus is merged as it is read.
"""
from __future__ import annotations

from ..model import Work
from ..normalize.dates import iso_date

NOTED_CONFLICTS = ("URL", "accessed", "publisher", "collection-title", "container-title")


def merge_works(works: list[Work]) -> Work:
    """First work's values, gaps filled from the rest, conflicting values noted."""
    merged = Merge(works[0])
    for other in works[1:]:
        merged.add(other)
    return merged.result()


class Merge:
    """`merge_works`, one work at a time."""

    def __init__(self, first: Work):
        self.merged = dict(first)
        self.notes = [first["note"]] if first.get("note") else []

    def add(self, other: Work) -> None:
        merged, notes = self.merged, self.notes
        for key, value in other.items():
            if key not in merged:
                merged[key] = value
            elif key == "note" and value not in notes:
                notes.append(value)
            elif key in NOTED_CONFLICTS and value != merged[key]:
                line = f"Also cited with {key}: {_show(value)}."
                if line not in notes:
                    notes.append(line)

    def result(self) -> Work:
        if self.notes:
            self.merged["note"] = " ".join(self.notes)
        return self.merged


def _show(value) -> str:
    """A field value as text for a note (dates as ISO 8601)."""
    return iso_date(value) if isinstance(value, dict) else str(value)
