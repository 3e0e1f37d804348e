"""BibLaTeX and classic BibTeX via pybtex (CONVENTIONS §5).

graph -> `.bib` text. nkcite escapes every value itself (`_latex`), so that
pybtex, biber, bibtexparser and Zotero read back exactly the value
written; pybtex lays out the entries, checks the braces and writes the
names. Non-ASCII text stays UTF-8.

BibLaTeX entries keep to biber's data model (`_biblatex_model`) and put
each value where biblatex-chicago prints it: an archival record is a
`@misc` with `entrysubtype = {archival}`, its archive in `organization`,
its shelf mark in `howpublished`, the archive's city in `location`; a film
is biblatex-chicago's `@video`; nkcite's own notes become the fields they
describe (`nameaddon` for a name in its script, `titleaddon` for an
original title) or an `annotation` no style prints (`Also cited with
...`); a value the entry type has no field for goes to `addendum`.

    >>> print(escape_latex(r"50% of {x} \\input{y}"))
    50\\% of \\{x\\} \\textbackslash{}input\\{y\\}
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.output.bibtex import Writer

from ..model import Graph
from ..normalize.dates import iso_date
from . import Format
from ._bib_mapping import (BIBLATEX_FIELDS, BIBLATEX_ROLES, BIBLATEX_TYPE_FIELDS, BIBLATEX_TYPES,
                           BIBTEX_FIELDS, BIBTEX_TYPE_FIELDS, BIBTEX_TYPES, CONTAINER_ADDONS, LANGIDS,
                           MONTH_MACROS, NAME_ROLES, OWN_NOTE_FIELDS, OWN_NOTES, YEAR_EDITION)
from ._biblatex_model import LIST_FIELDS, TITLE_FIELDS, accepts
from ._latex import escape_latex, escape_title, verbatim_url  # noqa: F401  (escape_* used by tests)

Work = dict[str, Any]

class Dialect:
    """How CSL variables become fields in one BibTeX dialect (BibLaTeX here)."""

    spill = "addendum"
    """The field for a value the entry type has no field of its own for."""
    original_title_addon = True
    """Whether an original title is also printed as `titleaddon` (biblatex-chicago prints no `origtitle`)."""

    def __init__(self, name: str, types: dict[str, tuple[str, str | None]], fields: dict[str, str],
                 type_fields: dict[str, dict[str, str]]):
        self.name = name
        self.types = types
        self.fields = fields
        self.type_fields = type_fields

    def entry_type(self, work: Work) -> tuple[str, str | None]:
        """The entry type and subtype of a CSL work."""
        return self.types.get(work["type"], ("misc", None))

    def field_name(self, variable: str, entry_type: str) -> str:
        """The field a CSL variable goes to in an entry of `entry_type`."""
        by_type = self.type_fields.get(entry_type, {})
        return by_type.get(variable) or self.fields.get(variable, variable)

    def accepts(self, entry_type: str, field: str) -> bool:
        """Whether the consumer keeps this field in this entry type (biber's data model)."""
        return accepts(entry_type, field)

    def date_fields(self, variable: str, date: dict[str, Any]) -> list[tuple[str, str]]:
        """The fields of a date variable: BibLaTeX `date`/`urldate`/`origdate`."""
        names = {"issued": "date", "accessed": "urldate", "original-date": "origdate",
                 "event-date": "eventdate"}
        return [(names.get(variable, variable), iso_date(date))]

    def url_fields(self, url: str, entry_type: str) -> list[tuple[str, str]]:
        """The field holding a URL: BibLaTeX's verbatim `url`."""
        return [("url", verbatim_url(url))]

    def note_fields(self, work: Work, entry_type: str) -> list[tuple[str, str]]:
        """`note`, with nkcite's own notes moved to the fields that hold what they say."""
        if not work.get("note"):
            return []
        out, rest = [], work["note"]
        for label, value in OWN_NOTES.findall(work["note"]):
            rest = rest.replace(f"{label}: {value}.", "", 1)
            field = OWN_NOTE_FIELDS.get(label, "annotation")
            if field == "containeraddon":            # `[이화사학연구]` after the journal's title
                field, value = CONTAINER_ADDONS.get(entry_type, "addendum"), f"[{value}]"
            elif field == "annotation":               # kept, printed by no style
                value = f"{label}: {value}."
            out.append((field, escape_latex(value)))  # a nameaddon is bracketed by the style
        rest = " ".join(rest.split())
        return ([("note", escape_latex(rest))] if rest else []) + out

    def persons(self, work: Work, entry_type: str) -> tuple[dict[str, list[Person]], list[tuple[str, str]]]:
        """Name lists by field, and the `editortype`-like fields naming their roles."""
        persons: dict[str, list[Person]] = {}
        roles: list[tuple[str, str]] = []
        for role in NAME_ROLES:
            if not work.get(role):
                continue
            field = self.field_name(role, entry_type)
            if not self.accepts(entry_type, field):     # `editor` + `editortype = {translator}`, or `namea`
                free = [f for f in (BIBLATEX_ROLES.get(role, "namea"), "namea", "nameb", "namec")
                        if f not in persons and not work.get(f)]
                field = free[0]
                roles.append((f"{field}type", role))
            persons[field] = [person(n) for n in work[role]]
        return persons, roles


class ClassicDialect(Dialect):
    """Classic BibTeX: `year`/`month` (a macro: `apr`)/`day`, `journal`,
    `address`; the URL as `\\url{...}` in `howpublished` of a `@misc`, else
    in `note` (which every standard style prints), after the access date."""

    spill = "note"
    original_title_addon = False

    def accepts(self, entry_type: str, field: str) -> bool:
        return True                                    # BibTeX has no data model: styles skip what they do not know

    def date_fields(self, variable: str, date: dict[str, Any]) -> list[tuple[str, str]]:
        if variable == "accessed":
            return []
        parts = date.get("date-parts", [[]])[0]
        if variable != "issued" or not parts or len(date.get("date-parts", [])) > 1:
            return super().date_fields(variable, date)
        names = ("year", "month", "day")
        values = [str(parts[0]), *(MONTH_MACROS[int(parts[1]) - 1:int(parts[1])] if len(parts) > 1 else []),
                  *([str(parts[2])] if len(parts) > 2 else [])]
        return list(zip(names, values))

    def url_fields(self, url: str, entry_type: str) -> list[tuple[str, str]]:
        return [("howpublished", url_command(url))] if entry_type == "misc" else []

    def note_fields(self, work: Work, entry_type: str) -> list[tuple[str, str]]:
        parts = []
        if "accessed" in work:
            parts.append(f"Accessed {iso_date(work['accessed'])}.")
        if work.get("note"):
            parts.append(work["note"])
        text = escape_latex(" ".join(parts))
        if work.get("URL") and entry_type != "misc":
            text = f"{text} {url_command(work['URL'])}".strip()
        return [("note", text)] if text else []

    def persons(self, work: Work, entry_type: str) -> tuple[dict[str, list[Person]], list[tuple[str, str]]]:
        return {role: [person(n) for n in work[role]] for role in NAME_ROLES if work.get(role)}, []


def url_command(url: str) -> str:
    """`\\url{...}` as classic BibTeX styles print it: `%` and `#` as they
    are (`\\url` reads its argument verbatim; `\\%` would print a backslash)."""
    return rf"\url{{{verbatim_url(url)}}}"


BIBLATEX = Dialect("biblatex", BIBLATEX_TYPES, BIBLATEX_FIELDS, BIBLATEX_TYPE_FIELDS)
BIBTEX = ClassicDialect("bibtex", {t: (e, None) for t, e in BIBTEX_TYPES.items()}, BIBTEX_FIELDS,
                        BIBTEX_TYPE_FIELDS)


def entry_fields(work: Work, dialect: Dialect) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and (field, escaped value) pairs of one CSL work.

    Every variable of the work reaches a field: mapped ones by the dialect's
    tables, the rest under their CSL name where the consumer keeps them,
    else in `addendum` (`archive: AVPRF`), so nothing is lost or ignored.
    """
    entry_type, subtype = dialect.entry_type(work)
    fields: list[tuple[str, str]] = [("entrysubtype", subtype)] if subtype else []
    for variable, value in work.items():
        if variable in ("id", "type", "note") or variable in NAME_ROLES:
            continue
        fields.extend(value_fields(work, variable, value, entry_type, dialect))
    fields.extend(dialect.note_fields(work, entry_type))
    kept = [(name, text) for name, text in fields if dialect.accepts(entry_type, name)]
    kept += [(dialect.spill, labelled(name, text)) for name, text in fields if not dialect.accepts(entry_type, name)]
    return entry_type, _unique_fields(kept, dialect.spill)


def labelled(field: str, text: str) -> str:
    """A value in a field not its own, with its name: `Publisher: Kuchkovo pole`."""
    return f"{field.replace('_', ' ').replace('-', ' ').capitalize()}: {text}"


def value_fields(work: Work, variable: str, value: Any, entry_type: str, dialect: Dialect) -> list[tuple[str, str]]:
    """The field(s) one CSL variable becomes, escaped."""
    if isinstance(value, dict):
        return dialect.date_fields(variable, value)
    if variable == "URL":
        return dialect.url_fields(value, entry_type)
    field = dialect.field_name(variable, entry_type)
    if variable == "language":
        return [(field, LANGIDS.get(value, value))]
    if field in TITLE_FIELDS:
        return [(field, escape_title(value, _is_english(work), name_words(work)))]
    if variable == "original-title" and dialect.original_title_addon:
        return [(field, escape_latex(value)), ("titleaddon", escape_latex(f"[{value}]"))]
    text = escape_latex(f"{value} ed." if variable == "edition" and YEAR_EDITION.fullmatch(str(value)) else value)
    if field in LIST_FIELDS and re.search(r"\band\b", text, re.IGNORECASE):
        text = "{" + text + "}"                       # `{Seoul National University Press and Culture Center}`
    return [(field, text)]


def name_words(work: Work) -> frozenset[str]:
    """Lower-cased words of the work's names (`amembassy`, `paris`, `secstate`)."""
    return frozenset(w.strip(",.").lower() for role in NAME_ROLES for n in work.get(role, ())
                     for part in n.values() for w in str(part).split())


def _is_english(work: Work) -> bool:
    """Whether the work's `title` is English: marked so, unmarked, or a
    translation of its `original-title`."""
    return work.get("language", "en") == "en" or "original-title" in work


def _unique_fields(fields: list[tuple[str, str]], spill: str) -> list[tuple[str, str]]:
    """One field per name: repeated text fields (`addendum`, `titleaddon`,
    `note`) joined by a space, a second value of any other field labelled
    in the `spill` field (an article with an issue and a number)."""
    out: dict[str, str] = {}
    for name, value in fields:
        if name in out and name not in ("addendum", "titleaddon", "annotation", "note"):
            name, value = spill, labelled(name, value)
        joint = ". " if name in ("addendum", "note") and not out.get(name, "").endswith(".") else " "
        out[name] = f"{out[name]}{joint}{value}" if name in out else value
    return list(out.items())


def person(name: dict[str, str]) -> Person:
    """A CSL name as a pybtex Person: `Kim, Il-sung`; a literal braced whole."""
    if "literal" in name:
        return Person("{" + escape_latex(name["literal"]) + "}")
    return Person(last=_name_part(name.get("family", "")), first=_name_part(name.get("given", "")))


def _name_part(part: str) -> str:
    """A name part escaped, braced when a comma or `and` would split it."""
    text = escape_latex(part)
    return "{" + text + "}" if re.search(r",|\band\b", text, re.IGNORECASE) else text


class _Writer(Writer):
    """pybtex's BibTeX writer, taking values nkcite has already escaped and
    writing a classic month as the style's macro (`month = apr`)."""

    def _encode(self, text: str) -> str:
        return text

    def _write_field(self, stream, type, value):
        if type == "month" and value in MONTH_MACROS:
            stream.write(f",\n    {type} = {value}")
        else:
            super()._write_field(stream, type, value)


def bib_pieces(graph: Graph, dialect: Dialect) -> Iterator[str]:
    """The graph's references as a `.bib` text in `dialect`, graph order, an
    entry at a time; a merged work's older ids (`graph.aliases`) in BibLaTeX's `ids`."""
    writer = _Writer(encoding="UTF-8")
    for n, work in enumerate(graph.references):
        entry_type, fields = entry_fields(work, dialect)
        persons, roles = dialect.persons(work, entry_type)
        if dialect is BIBLATEX and graph.aliases.get(work["id"]):
            fields.append(("ids", ",".join(graph.aliases[work["id"]])))
        one = BibliographyData({work["id"]: Entry(entry_type, fields=fields + roles, persons=persons)})
        yield ("\n" if n else "") + writer.to_string(one)     # pybtex puts a blank line between entries


def biblatex(graph: Graph) -> str:
    """BibLaTeX text of the graph's references."""
    return "".join(bib_pieces(graph, BIBLATEX))


def bibtex(graph: Graph) -> str:
    """Classic BibTeX text of the graph's references."""
    return "".join(bib_pieces(graph, BIBTEX))


FORMATS = [
    Format("biblatex", "BibLaTeX for biber and biblatex-chicago (date, urldate, langid, archival @misc)",
           lambda graph: bib_pieces(graph, BIBLATEX), (".bib",)),
    Format("bibtex", "classic BibTeX (year, month macros, journal, address, \\url in howpublished/note)",
           lambda graph: bib_pieces(graph, BIBTEX)),
]
