"""Archival records: the text after a record's title and date -> archive fields.

`AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192` -> archive `AVPRF`,
archive_location `F. 0102, ...`; `State Central Archive, Prague` -> archive and
archive-place; `1234 – "Báo cáo ...," Phủ Thủ tướng, National Archives
Center 3 (Hanoi)` -> location `1234, Phủ Thủ tướng`, the quoted original title,
archive and place. Page numbers inside a signature stay in the location.
"""
from __future__ import annotations

import re
from typing import Any

from ..data.archives import ARCHIVE_NAME, ARCHIVE_WORDS
from ..scan import balanced_depths, clean_value
from .languages import script_language

BOUNDARY = re.compile(r"(?:^|[,.]\s+)")
PLACE = re.compile(r"^[A-Z][\w'’-]+(?:[ ,]+[A-Z][\w'’-]+){0,3}$")


def archive_fields(text: str, housed: str | None = None) -> dict[str, Any]:
    """Return archive, archive-place, archive_location (and original-title) from `text`.

    >>> archive_fields('AVPRF F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192')
    {'archive': 'AVPRF', 'archive_location': 'F. 0102, Op. 13, P. 72, Delo 5, Listy 165-192'}
    >>> archive_fields('State Central Archive, Prague')
    {'archive': 'State Central Archive', 'archive-place': 'Prague'}
    """
    found = _find_archive(text)
    fields: dict[str, Any] = {}
    if found is None:
        before, after = text, ""
        if housed:
            name, _, place = housed.partition(",")
            fields["archive"] = clean_value(name)
            if place.strip():
                fields["archive-place"] = clean_value(place)
    else:
        start, end, archive, rest = found
        before, after = text[:start], rest + text[end:]
        name, place = _name_and_place(archive)
        fields["archive"] = name
        if place is None:
            place, after = _leading_place(after)
        if place:
            fields["archive-place"] = place
        if housed:
            fields["note"] = f"Housed at {clean_value(housed)}."
    original, before = _take_quoted_original(before)
    location = ", ".join(p for p in (_clean_location(before), _clean_location(after)) if p)
    if location:
        fields["archive_location"] = location
    if original:
        fields["original-title"] = original
    return fields


def has_archive(text: str) -> bool:
    """True when a citation's text names an archive (outside italic titles)."""
    return _find_archive(text) is not None


def _find_archive(text: str) -> tuple[int, int, str, str] | None:
    """(segment start, segment end, archive name text, rest of its segment) or None."""
    level = balanced_depths(text)
    starts = [m.end() for m in BOUNDARY.finditer(text) if m.end() < len(text) and level[m.end()] == 0]
    for start in starts:
        m = ARCHIVE_NAME.match(text, start)
        if m:
            end = _segment_end(text, m.end(1), level)
            rest = text[m.end(1):m.end(2)] if m.end(2) <= end else text[m.end(1):end]
            return start, end, m.group(1), rest
    for start in starts:
        end = _segment_end(text, start, level)
        segment = text[start:end]
        if ARCHIVE_WORDS.search(segment) and not segment.lstrip().startswith("*"):
            return start, end, segment, ""
    return None


def _segment_end(text: str, start: int, level: list[int]) -> int:
    """End of the comma-separated segment that starts at `start`."""
    for i in range(start, len(text)):
        if text[i] == "," and level[i] == 0:
            return i
    return len(text)


def _name_and_place(archive: str) -> tuple[str, str | None]:
    """`Vietnam National Archives Center 3 (Hanoi)` -> name and place."""
    m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", archive)
    if m:
        return clean_value(m.group(1)), clean_value(m.group(2))
    return clean_value(archive), None


def _leading_place(after: str) -> tuple[str | None, str]:
    """A place printed right after the archive (`State Central Archive, Prague`)."""
    head, _, tail = after.lstrip(" ,").partition(",")
    if PLACE.match(head.strip()) and not tail.strip():
        return head.strip(), ""
    return None, after


def _take_quoted_original(text: str) -> tuple[str | None, str]:
    """A quoted title in another language inside the signature (`1234 – "Báo cáo ...,"`)."""
    m = re.search(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]", text)
    if m and script_language(m.group(1)):
        return clean_value(m.group(1)), text[:m.start()] + ", " + text[m.end():]
    return None, text


def _clean_location(text: str) -> str:
    """Tidy a piece of shelf mark: no emphasis, dangling dashes or commas."""
    text = text.replace("*", "")
    text = re.sub(r"\s*[–—-]\s*(?=,|$)", "", text)
    text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    text = re.sub(r"\s+", " ", text).strip(" ,;")
    return re.sub(r"\.$", "", text)
