"""Dates in footnotes -> CSL date objects.

`27 March, 1965`, `March 27, 1965`, `December 23 1966` and `1965/03/27` are
the same kind of date; `02/03/2019` is read day-first when the publication's
locale says so; `Spring 2002` -> season 1; `November 2016` -> [[2016, 11]].
"""
from __future__ import annotations

import functools
import re
from typing import Any

from ..data.citewords import SEASON_WORDS as SEASONS
from ..data.lexicon import lexicon

MONTHS: dict[str, int] = lexicon().months
"""Month names and abbreviations of many languages (Babel's CLDR data) -> number."""

_MONTH = r"(" + "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_SEASON = r"(" + "|".join(SEASONS) + r")"
YEAR = r"(1[0-9]\d\d|20[0-3]\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?"

# Patterns from most to least precise; each names the footnote form it reads.
DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("dmy", re.compile(rf"\b{_DAY}\s*(?:[-–]\s*(\d{{1,2}})\.?\s*)?(?:de\s+)?{_MONTH},?\s+(?:de\s+)?{YEAR}\b", re.I)),  # 27 March, 1965; 3. Mai 1961; 7–10 Oct. 1961
    ("mdy", re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{{1,2}}))?,?\s+{YEAR}\b", re.I)),  # March 27, 1965
    ("ymd", re.compile(rf"\b{YEAR}[/-](\d{{1,2}})[/-](\d{{1,2}})\b")),                  # 1965/03/27, 1965-03-27
    ("dmy-numeric", re.compile(rf"\b(\d{{1,2}})\.\s?(\d{{1,2}})\.\s?{YEAR}\b")),      # 3.5.1961
    ("dmy-numeric", re.compile(rf"\b(\d{{1,2}})\s+tháng\s+(\d{{1,2}}),?\s+năm\s+{YEAR}\b", re.I)),  # 20 tháng 9 năm 1964
    ("numeric", re.compile(rf"\b(\d{{1,2}})/(\d{{1,2}})/{YEAR}\b")),             # 02/03/2019
    ("mmy", re.compile(rf"\b{_MONTH}\s*[-–/]\s*{_MONTH},?\s+{YEAR}\b", re.I)),        # octobre-décembre 1986
    ("my", re.compile(rf"\b{_MONTH},?\s+{YEAR}\b", re.I)),                        # November 2016
    ("season", re.compile(rf"\b{_SEASON}(?:/[A-Za-z]+)?\s+{YEAR}\b", re.I)),      # Spring 2002, Spring/Summer 2019
    ("ym", re.compile(rf"\b{YEAR}/(\d{{1,2}})\b")),                               # 1966/09
    ("y", re.compile(rf"(?<![\d/.-]){YEAR}(?![\d/-])")),                          # 2001
    ("y-range", re.compile(rf"(?<![\d/.-]){YEAR}(?=[-–]((?:1[3-9]|[2-9]\d|\d{{4}}))(?![\d/-]))")),   # 1944-46: both years
]


def find_date(text: str, *, day_first: bool = False, kinds: tuple[str, ...] | None = None):
    """Return (CSL date, (start, end)) of the most precise date in `text`, or None.

    >>> find_date('28 June, 1965, SAPMO')[0]
    {'date-parts': [[1965, 6, 28]]}
    >>> find_date('*VnExpress*, 02/03/2019', day_first=True)[0]
    {'date-parts': [[2019, 3, 2]]}
    >>> find_date('Vol. 14, No. 1 (Spring 2002)')[0]
    {'date-parts': [[2002]], 'season': 1}
    >>> find_date('Báo cáo, ngày 20 tháng 9 năm 1964')[0]
    {'date-parts': [[1964, 9, 20]]}
    """
    found = _first_date_match(text, day_first, kinds)
    if found is None:
        return None
    kind, groups, span = found
    return _to_csl(kind, groups, day_first), span       # a new date each call: callers may change it


@functools.lru_cache(maxsize=1 << 14)
def _first_date_match(text: str, day_first: bool, kinds: tuple[str, ...] | None):
    """(kind, groups, span) of the first DATE_PATTERNS match in `text` that makes a date
    (`find_date`'s search, cached: the same words are asked about again and again)."""
    for kind, pattern in DATE_PATTERNS:
        if kinds is not None and kind not in kinds:
            continue
        for m in pattern.finditer(text):
            if _to_csl(kind, m.groups(), day_first) is not None:
                return kind, m.groups(), m.span()
    return None


def iter_dates(text: str, *, day_first: bool = False):
    """Yield (CSL date, (start, end)) of every date in `text`, left to right;
    where dates overlap, the most precise reading wins.

    >>> [d["date-parts"] for d, _ in iter_dates("2 May 1961; accessed 2024")]
    [[[1961, 5, 2]], [[2024]]]
    """
    found = []
    for rank, (kind, pattern) in enumerate(DATE_PATTERNS):
        for m in pattern.finditer(text):
            date = _to_csl(kind, m.groups(), day_first)
            if date is not None:
                found.append((m.start(), rank, m.end(), date))
    end = -1
    for start, _, stop, date in sorted(found, key=lambda f: (f[0], f[1])):
        if start >= end:
            yield date, (start, stop)
            end = stop


def parse_date(text: str, *, day_first: bool = False) -> dict[str, Any] | None:
    """Return the CSL date of the first date in `text`, or None.

    >>> parse_date('March 27, 1965')
    {'date-parts': [[1965, 3, 27]]}
    """
    found = find_date(text, day_first=day_first)
    return found[0] if found else None


def _to_csl(kind: str, groups: tuple[str, ...], day_first: bool) -> dict[str, Any] | None:
    """Build a CSL date from the groups of a DATE_PATTERNS match."""
    if kind == "dmy":
        parts = [int(groups[3]), MONTHS[groups[2].lower().rstrip(".")], int(groups[0])]
        return _range(parts, [*parts[:2], int(groups[1])] if groups[1] else None)     # 1–3 July 1916
    elif kind == "mdy":
        parts = [int(groups[3]), MONTHS[groups[0].lower().rstrip(".")], int(groups[1])]
        return _range(parts, [*parts[:2], int(groups[2])] if groups[2] else None)     # May 3–5, 1961
    elif kind == "mmy":
        year = int(groups[2])
        return _range([year, MONTHS[groups[0].lower().rstrip(".")]], [year, MONTHS[groups[1].lower().rstrip(".")]])
    elif kind == "y-range":
        first, end = groups[0], groups[1]
        last = int(end if len(end) == 4 else first[:4 - len(end)] + end)
        return _range([int(first)], [last])
    elif kind == "ymd":
        parts = [int(groups[0]), int(groups[1]), int(groups[2])]
    elif kind == "dmy-numeric":
        parts = [int(groups[2]), int(groups[1]), int(groups[0])]
    elif kind == "numeric":
        first, second = int(groups[0]), int(groups[1])
        day, month = (first, second) if day_first or second > 12 else (second, first)
        parts = [int(groups[2]), month, day]
    elif kind == "my":
        parts = [int(groups[1]), MONTHS[groups[0].lower().rstrip(".")]]
    elif kind == "season":
        return {"date-parts": [[int(groups[1])]], "season": SEASONS[groups[0].lower()]}
    elif kind == "ym":
        parts = [int(groups[0]), int(groups[1])]
    else:
        parts = [int(groups[0])]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return {"date-parts": [parts]}


def _range(first: list[int], last: list[int] | None) -> dict[str, Any] | None:
    """A CSL date of one or two parts (`1–3 July 1916` -> [[1916, 7, 1], [1916, 7, 3]]),
    a range only where its end comes after its start."""
    dates = [first] + ([last] if last and last > first else [])
    if any(len(p) > 1 and not 1 <= p[1] <= 12 or len(p) > 2 and not 1 <= p[2] <= 31 for p in dates):
        return None
    return {"date-parts": dates}


# Seasons as EDTF (level 1) month numbers: spring 21 ... winter 24.
SEASON_MONTHS = {1: 21, 2: 22, 3: 23, 4: 24}


def iso_date(date: dict[str, Any]) -> str:
    """A CSL date as an ISO 8601 / EDTF string: `1965-03-27`, `2002-21`
    (spring), `1965-03-27/1965-04-02`; a literal date as given."""
    if "date-parts" not in date:
        return str(date.get("literal") or date.get("raw") or "")
    ends = []
    for parts in date["date-parts"]:
        parts = [int(p) for p in parts]
        if len(parts) == 1 and date.get("season") in SEASON_MONTHS:
            parts.append(SEASON_MONTHS[date["season"]])
        ends.append("-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]]))
    return "/".join(ends)
