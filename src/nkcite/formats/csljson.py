"""CSL-JSON exports: the references as they are, and a Zotero flavour.

`csl-json` writes the graph's references, valid against the official CSL
1.0.2 schema. `zotero` writes what Zotero's CSL-JSON import keeps: only item
types Zotero has, integer date-parts, `citation-key`, and every variable the
Zotero item type has no field for written as a `variable: value` line at the
top of `note`, which Zotero keeps in Extra and its citeproc reads back.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

from ..model import Graph
from ..output import json_list_pieces
from ..normalize.dates import iso_date
from . import Format

Work = dict[str, Any]

NAME_VARIABLES = (
    "author", "editor", "translator", "recipient", "director", "container-author",
    "collection-editor", "reviewed-author", "contributor", "producer", "script-writer",
    "original-author", "interviewer", "illustrator", "composer", "performer",
)

# What survives Zotero's CSL-JSON import, by CSL type: the variables its item
# type has a field for and the creator roles it accepts (Zotero 7 schema).
# Variables held by every Zotero item type:
ZOTERO_BASE = frozenset({"id", "type", "title", "title-short", "issued", "accessed", "URL",
                         "language", "note", "abstract", "citation-key"})
# Library fields (Archive, Loc. in Archive, Call Number, Library Catalog),
# held by every type except web pages and blog posts:
ZOTERO_LIBRARY = frozenset({"archive", "archive_location", "call-number", "source"})
ZOTERO_TYPES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # journal article: Publication, Volume, Issue, Pages, Series Title, DOI, ISSN
    "article-journal": (ZOTERO_LIBRARY | {"container-title", "container-title-short", "volume", "issue",
                                          "page", "collection-title", "DOI", "ISSN"},
                        frozenset({"author", "editor", "translator", "reviewed-author", "contributor"})),
    # magazine article: Publication, Volume, Issue, Pages, ISSN (no publisher, no place)
    "article-magazine": (ZOTERO_LIBRARY | {"container-title", "volume", "issue", "page", "ISSN"},
                         frozenset({"author", "translator", "reviewed-author", "contributor"})),
    # newspaper article: Publication, Place, Edition, Section, Pages, ISSN
    "article-newspaper": (ZOTERO_LIBRARY | {"container-title", "publisher-place", "edition", "section",
                                            "page", "ISSN"},
                          frozenset({"author", "translator", "reviewed-author", "contributor"})),
    # book: Series, Series Number, Volume, # of Volumes, Edition, Place, Publisher, # of Pages, ISBN
    "book": (ZOTERO_LIBRARY | {"collection-title", "collection-number", "volume", "number-of-volumes",
                               "edition", "publisher-place", "publisher", "number-of-pages", "ISBN"},
             frozenset({"author", "editor", "translator", "collection-editor", "contributor"})),
    # book section: Book Title plus the book's fields and Pages
    "chapter": (ZOTERO_LIBRARY | {"container-title", "collection-title", "collection-number", "volume",
                                  "number-of-volumes", "edition", "publisher-place", "publisher", "page",
                                  "ISBN"},
                frozenset({"author", "container-author", "editor", "translator", "collection-editor",
                           "contributor"})),
    # encyclopedia article, dictionary entry: Encyclopedia/Dictionary Title, Series, Series Number, Volume,
    # # of Volumes, Edition, Place, Publisher, Pages, ISBN
    **{kind: (ZOTERO_LIBRARY | {"container-title", "collection-title", "collection-number", "volume",
                                "number-of-volumes", "edition", "publisher-place", "publisher", "page", "ISBN"},
              frozenset({"author", "editor", "translator", "collection-editor", "contributor"}))
       for kind in ("entry-encyclopedia", "entry-dictionary")},
    # manuscript (archival records): Type, Place, # of Pages
    "manuscript": (ZOTERO_LIBRARY | {"genre", "publisher-place", "number-of-pages"},
                   frozenset({"author", "translator", "contributor"})),
    # report: Report Number, Report Type, Series Title, Place, Institution, Pages
    "report": (ZOTERO_LIBRARY | {"number", "genre", "collection-title", "publisher-place", "publisher",
                                 "page"},
               frozenset({"author", "translator", "collection-editor", "contributor"})),
    # web page: Website Title, Website Type
    "webpage": (frozenset({"container-title", "genre"}),
                frozenset({"author", "translator", "contributor"})),
    # blog post: Blog Title, Website Type
    "post-weblog": (frozenset({"container-title", "genre"}), frozenset({"author", "contributor"})),
    # film: Distributor, Genre, Format, Running Time
    "motion_picture": (ZOTERO_LIBRARY | {"publisher", "genre", "medium", "dimensions"},
                       frozenset({"director", "producer", "script-writer", "contributor"})),
    # audio recording: Format, Label, Place, Series Title, Volume, # of Volumes (the catalogue number goes to Extra)
    "song": (ZOTERO_LIBRARY | {"medium", "publisher", "publisher-place", "collection-title", "volume",
                               "number-of-volumes"},
             frozenset({"author", "composer", "performer", "contributor"})),
    # letter: Type
    "personal_communication": (ZOTERO_LIBRARY | {"genre"},
                               frozenset({"author", "recipient", "contributor"})),
    # presentation: Type, Meeting Name, Place
    "speech": (ZOTERO_LIBRARY | {"genre", "event-title", "event-place"}, frozenset({"author", "contributor"})),
    # patent: Place, Patent Number, Issuing Authority
    "patent": (ZOTERO_LIBRARY | {"number", "publisher-place", "authority"}, frozenset({"author", "contributor"})),
    # thesis: Type, University, Place, # of Pages
    "thesis": (ZOTERO_LIBRARY | {"genre", "publisher", "publisher-place", "number-of-pages"},
               frozenset({"author", "contributor"})),
}
# Any other CSL type becomes a Zotero Document, its own type kept in Extra.
ZOTERO_FALLBACK_TYPE = "document"
ZOTERO_FALLBACK = (ZOTERO_LIBRARY | {"publisher", "publisher-place"},
                   frozenset({"author", "editor", "translator", "reviewed-author", "contributor"}))


def csl_items(graph: Graph) -> list[Work]:
    """The graph's references as CSL-JSON items (copies, graph order)."""
    return [dict(work) for work in graph.references]


def csl_json(graph: Graph) -> str:
    """The references as CSL-JSON text (UTF-8, stable key order as built)."""
    return "".join(csl_json_pieces(graph))


def csl_json_pieces(graph: Graph) -> Iterator[str]:
    """`csl_json`, an item at a time."""
    return _dump_pieces(dict(work) for work in graph.references)


def zotero_item(work: Work) -> Work:
    """One reference as Zotero's CSL-JSON import keeps it.

    Variables the Zotero type has no field for move to `note` lines:

        >>> item = zotero_item({"id": "kim2009white", "type": "motion_picture", "title": "White Jade",
        ...     "original-title": "흰옥", "author": [{"family": "Kim", "given": "Moon-son"}]})
        >>> item["note"]
        'author: Kim || Moon-son\\noriginal-title: 흰옥'
        >>> item["citation-key"], "author" in item
        ('kim2009white', False)
    """
    fields, roles = ZOTERO_TYPES.get(work["type"], ZOTERO_FALLBACK)
    known = work["type"] in ZOTERO_TYPES
    kept: Work = {"id": work["id"], "type": work["type"] if known else ZOTERO_FALLBACK_TYPE,
                  "citation-key": work["id"]}
    lines: list[str] = [] if known else [f"type: {work['type']}"]
    for variable, value in work.items():
        if variable in ("id", "type", "note"):
            continue
        if variable in NAME_VARIABLES:
            if variable in roles:
                kept[variable] = value
            else:
                lines.extend(f"{variable}: {_name_line(name)}" for name in value)
        elif variable in fields or variable in ZOTERO_BASE:
            kept[variable] = _integer_dates(value)
        else:
            lines.append(f"{variable}: {_extra_value(value)}")
    lines.sort()
    if work.get("note"):
        lines.append(work["note"])
    if lines:
        kept["note"] = "\n".join(lines)
    return kept


def zotero_json(graph: Graph) -> str:
    """The references as Zotero-flavoured CSL-JSON text."""
    return "".join(zotero_json_pieces(graph))


def zotero_json_pieces(graph: Graph) -> Iterator[str]:
    """`zotero_json`, an item at a time."""
    return _dump_pieces(zotero_item(work) for work in graph.references)


def _name_line(name: dict[str, str]) -> str:
    """A CSL name as Zotero's Extra writes it: `Family || Given`, or the literal."""
    if "literal" in name:
        return name["literal"]
    return " || ".join(part for part in (name.get("family", ""), name.get("given", "")) if part)


def _extra_value(value: Any) -> str:
    """A variable's value as one Extra line: dates as ISO 8601, text on one line."""
    if isinstance(value, dict):
        return iso_date(value)
    return " ".join(str(value).split())


SEASON_NAMES = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}


def _integer_dates(value: Any) -> Any:
    """Date-parts as integers (Zotero drops string date-parts) and a season
    by name (Zotero writes `season year` as the date: `Spring 2002`, where
    the number would give `1 2002`, day 1); other values unchanged."""
    if isinstance(value, dict) and "date-parts" in value:
        date = {**value, "date-parts": [[int(p) for p in parts] for parts in value["date-parts"]]}
        if date.get("season") in SEASON_NAMES:
            date["season"] = SEASON_NAMES[date["season"]]
        return date
    return value


def _dump_pieces(items: Iterable[Work]) -> Iterator[str]:
    """JSON text of a list of items, an item at a time: UTF-8 kept, two-space indent, final newline."""
    yield from json_list_pieces(items)
    yield "\n"


FORMATS = [
    Format("csl-json", "CSL-JSON items, valid against the CSL 1.0.2 schema", csl_json_pieces, (".json",)),
    Format("zotero", "CSL-JSON for Zotero's import: its types, citation-key, other variables in Extra",
           zotero_json_pieces),
]
