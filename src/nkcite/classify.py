"""Stage 3, classify: the fields a citation yielded -> its CSL type (CONVENTIONS §4).

The rules run in order; each names the footnote form it types. They also
settle what only the type can tell: a periodical printed as the title of a
bare issue becomes its container, a report's series and number, a film's
studio, and whether a citation is sparse enough to be a short form.
"""
from __future__ import annotations

import re

from .data.periodicals import lookup_periodical
from .data.publishers import KNOWN_PUBLISHERS
from .model import Citation, Work
from .normalize.dates import find_date
from .normalize.names import parse_names
from .scan import clean_value, split_top_level

SERIES = re.compile(r"\b(?:e-Dossier|E-DOSSIER|Working Paper|Occasional Paper|Policy Brief|Research Report)\b", re.I)
REPORT_TITLE = re.compile(r"^(?:Report|Final Report|Annual Report|Country Report)\b")
FILM = re.compile(r"Movie Studio|Film Studio|Film Literature|Pictures\b|youtube\.com|youtu\.be", re.I)
STUDIO = re.compile(r"Studio|Pictures|Productions?\b", re.I)
PUBLICATION_FIELDS = ("container-title", "publisher", "URL", "archive", "volume", "issue", "collection-title")
TITLE_DATE_KEPT_AFTER = {"for", "of", "on", "from", "in", "to", "since", "until", "by"}


def classify(work: Work, cit: Citation) -> None:
    """Set `work['type']` (and the fields that follow from it) in place."""
    if "type" not in work:
        work["type"] = _type_of(work, cit)
    if work["type"] in {"manuscript", "webpage", "report"} and "issued" not in work:
        _date_from_title(work)
    cit.looks_short = _looks_short(work)


def _type_of(work: Work, cit: Citation) -> str:
    """The CSL type of a non-archival citation."""
    kind = work.get("_kind")
    leftover = work.pop("_leftover", "")
    container = work.get("container-title")
    url = work.get("URL", "")
    if cit.label == "timestamp" or FILM.search(f"{leftover} {url}"):
        return _film(work, leftover)
    if SERIES.search(f"{container or ''} {leftover}"):
        return _report(work, leftover)
    if kind == "italic" and REPORT_TITLE.match(work.get("title", "")):
        _leftover_to("publisher", work, leftover)
        return "report"
    if "blog" in url.lower():
        return "post-weblog"
    if kind == "italic":
        return _italic_title_type(work, leftover)
    if container:
        return _contained_type(work, container)
    if kind == "plain" or "publisher-place" in work:
        _leftover_to("publisher", work, leftover)
        return "book" if kind != "quoted" else "report"
    if leftover:
        work.setdefault("_notes", []).append(leftover)
    return "article-journal" if kind == "quoted" else "book"


def _italic_title_type(work: Work, leftover: str) -> str:
    """`*Rodong Sinmun*, March 27, 1965` is an issue; other italic titles are books."""
    periodical = lookup_periodical(work["title"])
    issued = work.get("issued", {}).get("date-parts", [[]])[0]
    bare_issue = len(issued) == 3 and not (work.get("author") or work.get("publisher") or leftover)
    if periodical or bare_issue:
        work["container-title"] = work.pop("title")
        work.pop("original-title", None)
        if periodical and "language" not in work:
            work["language"] = periodical[1]
        _author_to_publisher(work)
        magazine = (periodical and periodical[0] == "magazine") or "issue" in work
        return "article-magazine" if magazine else "article-newspaper"
    _leftover_to("publisher", work, leftover)
    return "book"


def _contained_type(work: Work, container: str) -> str:
    """A quoted title inside an italic container: article, chapter or web page."""
    periodical = lookup_periodical(container)
    issued = work.get("issued", {}).get("date-parts", [[]])[0]
    authors = work.get("author", [])
    if work.pop("_excerpt", False) or "publisher-place" in work and not periodical:
        return "chapter"                                   # *The Complete Works of Kim Il Sung*, Vol. 37 (Pyongyang: ...)
    if periodical:
        if "language" not in work:
            work["language"] = periodical[1]
        return {"newspaper": "article-newspaper", "magazine": "article-magazine"}.get(periodical[0], "article-journal")
    if any(k in work for k in ("volume", "issue", "page")):
        return "article-journal"                           # *Journal of Cold War Studies*, Vol. 14, No. 4
    if authors and authors[0].get("literal") == container:
        return "webpage"                                   # a museum's page on its own site
    if len(issued) == 3:
        return "article-newspaper"                         # a news site's dated article
    return "webpage" if "URL" in work else "article-journal"


def _report(work: Work, leftover: str) -> str:
    """`Wilson Center NKIDP e-Dossier No. 2`, `*CWIHP e-Dossier* no. 77` -> series and number."""
    container = work.pop("container-title", None)
    series = leftover if SERIES.search(leftover or "") else container
    if container and series is not container:
        work.setdefault("publisher", container)
    for publisher in KNOWN_PUBLISHERS:
        if series and series.startswith(publisher + " "):
            work.setdefault("publisher", publisher)
            series = series[len(publisher):].strip()
    if series:
        work["collection-title"] = clean_value(series)
    number = work.pop("issue", None) or work.pop("volume", None)
    if number:
        work["number"] = number
    return "report"


def _film(work: Work, leftover: str) -> str:
    """`*A Film* (영화), PARK Min-ho, Film Literature, Pyongyang Art Movie Studio, 1999`."""
    for segment in split_top_level(leftover, ","):
        names, _ = parse_names(segment)
        if STUDIO.search(segment) and "publisher" not in work:
            work["publisher"] = clean_value(segment)
        elif "author" not in work and names and "literal" not in names[0]:
            work["author"] = names
        else:
            work["genre"] = clean_value(segment)
    return "motion_picture"


def _leftover_to(field: str, work: Work, leftover: str) -> None:
    """Keep what no rule read: as `field` when free, else in the note."""
    if not leftover:
        return
    if field not in work:
        work[field] = leftover
    else:
        work.setdefault("_notes", []).append(leftover)


def _author_to_publisher(work: Work) -> None:
    """`Radiopress, *North Korea Policy Trends*`: an agency before its bulletin publishes it."""
    authors = work.get("author", [])
    if len(authors) == 1:
        name = authors[0].get("literal") or authors[0].get("family", "")
        if name in KNOWN_PUBLISHERS or lookup_periodical(name):
            work.pop("author")
            work.setdefault("publisher", name)


def _date_from_title(work: Work) -> None:
    """An undated record dated in its title (`... Political Report, May 1967`)."""
    title = work.get("title", "")
    found = find_date(title)
    if not found:
        return
    work["issued"] = found[0]
    start, end = found[1]
    before = title[:start].rstrip()
    last_word = before.split()[-1].lower() if before.split() else ""
    if end >= len(title.rstrip(" .")) and len(found[0]["date-parts"][0]) == 3 \
            and not before.endswith(",") and last_word not in TITLE_DATE_KEPT_AFTER:
        work["title"] = clean_value(before)                # `... against North Vietnam September 30, 1966`


def _looks_short(work: Work) -> bool:
    """True when a citation gives too little to be a first, full citation."""
    if work.get("type") in {"manuscript", "article-newspaper", "article-magazine"} and "title" not in work:
        return False
    authors = work.get("author", [])
    surname_only = len(authors) == 1 and set(authors[0]) == {"family"}
    details = any(k in work for k in PUBLICATION_FIELDS)
    return bool(work.get("title")) and (surname_only or not details)
