"""biblatex's data model, as far as nkcite's entries use it (data, no logic).

Which fields each entry type takes (biblatex's `blx-dm.def`, read by biber
as its default data model) and which biblatex-chicago documents for its
own types (`@video`: the biblatex-chicago manual, "video"). A field outside
these is ignored or warned about by biber, so the BibLaTeX export never
writes one: it goes to `addendum`, which every style prints.
"""
from __future__ import annotations

# Fields every entry type takes (the data model's global fields nkcite writes).
GLOBAL_FIELDS = frozenset({
    "abstract", "annotation", "entrysubtype", "ids", "keywords", "langid", "library", "nameaddon",
    "namea", "nameatype", "nameb", "namebtype", "namec", "namectype", "origlocation", "origpublisher", "origtitle", "shorttitle",
    "url", "urldate", "date", "origdate", "eventdate", "month", "year", "day", "doi",
})
TYPE_FIELDS = {
    "article": frozenset({
        "addendum", "author", "editor", "editortype", "eid", "issn", "issue", "issuetitle", "journaltitle",
        "journaltitleaddon", "language", "note", "number", "pages", "series", "title", "titleaddon",
        "translator", "version", "volume"}),
    "book": frozenset({
        "addendum", "author", "chapter", "edition", "editor", "editortype", "isbn", "language", "location",
        "maintitle", "note", "number", "pages", "pagetotal", "part", "publisher", "series", "title",
        "titleaddon", "translator", "volume", "volumes"}),
    "incollection": frozenset({
        "addendum", "author", "booktitle", "booktitleaddon", "chapter", "edition", "editor", "editortype",
        "isbn", "language", "location", "maintitle", "note", "number", "pages", "part", "publisher",
        "series", "title", "titleaddon", "translator", "volume", "volumes"}),
    "inreference": frozenset({                      # biblatex: an alias of incollection, for reference works
        "addendum", "author", "booktitle", "booktitleaddon", "chapter", "edition", "editor", "editortype",
        "isbn", "language", "location", "maintitle", "note", "number", "pages", "part", "publisher",
        "series", "title", "titleaddon", "translator", "volume", "volumes"}),
    "misc": frozenset({
        "addendum", "author", "editor", "editortype", "howpublished", "language", "location", "note",
        "organization", "title", "titleaddon", "type", "version"}),
    "online": frozenset({
        "addendum", "author", "editor", "editortype", "language", "note", "organization", "title",
        "titleaddon", "version"}),
    "report": frozenset({
        "addendum", "author", "chapter", "institution", "isrn", "language", "location", "note", "number",
        "pages", "pagetotal", "title", "titleaddon", "type", "version"}),
    "thesis": frozenset({
        "addendum", "author", "institution", "language", "location", "note", "pages", "pagetotal", "title",
        "titleaddon", "type"}),
    # biblatex-chicago's film type (its manual: director and producer as
    # editors with an editortype, the studio as publisher).
    "video": frozenset({
        "addendum", "author", "editor", "editortype", "editora", "editoratype", "howpublished", "location",
        "note", "publisher", "title", "titleaddon", "type", "version"}),
}
# Literal lists: an `and` inside one value splits it unless braced.
LIST_FIELDS = frozenset({"publisher", "location", "institution", "organization", "origlocation",
                         "origpublisher"})
# Fields styles case as titles: their proper nouns are braced as the title's are.
TITLE_FIELDS = frozenset({"title", "booktitle", "maintitle", "journaltitle", "issuetitle", "shorttitle",
                          "series", "eventtitle"})


def accepts(entry_type: str, field: str) -> bool:
    """Whether biber keeps `field` in an entry of `entry_type` without a warning."""
    return field in GLOBAL_FIELDS or field in TYPE_FIELDS.get(entry_type, TYPE_FIELDS["misc"])
