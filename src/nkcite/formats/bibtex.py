"""BibLaTeX and classic BibTeX via pybtex (CONVENTIONS §5).

nkcite escapes every value itself, so that pybtex, biber, bibtexparser and
Zotero read back exactly the value written; pybtex lays out the entries,
checks the braces and writes the names. Non-ASCII text stays UTF-8.

    >>> print(escape_latex(r"50% of {x} \\input{y}"))
    50\\% of \\{x\\} \\textbackslash{}input\\{y\\}
    >>> escape_title("North Korean Pilots in the Skies over Vietnam", english=True)
    '{North Korean} Pilots in the Skies over {Vietnam}'
"""
from __future__ import annotations

import re
from typing import Any

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.output.bibtex import Writer

from ..data.languages import LANGUAGE_MARKERS
from ..data.propernouns import COMPASS_WORDS, PROPER_NOUNS
from ..normalize.dates import iso_date
from ..model import Graph
from . import Format

Work = dict[str, Any]

# Characters LaTeX or BibTeX would read as markup, and their text-mode commands.
LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "$": r"\$",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
# A brace without a partner cannot be `\{`: BibTeX counts every brace.
UNPAIRED_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
# TeX ligatures that would turn two characters into one (`--` -> en dash,
# two quotes -> a curly quote, Spanish `?``/`!``): break them with `{}`.
LIGATURES = re.compile(r"(?<=-)(?=-)|(?<=`)(?=`)|(?<=')(?=')|(?<=[?!])(?=`)")

# Characters a verbatim URL cannot hold inside a BibTeX field.
URL_UNSAFE = {"{": "%7B", "}": "%7D", " ": "%20", "\\": "%5C"}

# CSL name variables written as BibTeX name lists (`and`-separated).
NAME_ROLES = ("author", "editor", "translator", "director", "recipient", "container-author",
              "collection-editor", "reviewed-author", "contributor")

# CSL type -> (BibLaTeX entry type, entrysubtype).
BIBLATEX_TYPES = {
    "article-newspaper": ("article", "newspaper"),  # *Rodong Sinmun*, March 27, 1965
    "article-magazine": ("article", "magazine"),    # *Korea Today*, No. 33
    "article-journal": ("article", None),
    "book": ("book", None),
    "chapter": ("incollection", None),              # a speech in collected works
    "manuscript": ("unpublished", None),            # archival cables, memos, telegrams
    "report": ("report", None),                     # e-Dossiers, working papers
    "webpage": ("online", None),
    "post-weblog": ("online", "blog"),
    "motion_picture": ("movie", None),
    "thesis": ("thesis", None),
}
# CSL type -> classic BibTeX entry type.
BIBTEX_TYPES = {
    "article-newspaper": "article", "article-magazine": "article", "article-journal": "article",
    "book": "book", "chapter": "incollection", "report": "techreport", "thesis": "phdthesis",
}

# CSL variable -> BibLaTeX field, where the name differs; any other variable
# keeps its CSL name as field name, so nothing is lost.
BIBLATEX_FIELDS = {
    "original-title": "origtitle", "collection-title": "series", "page": "pages",
    "publisher-place": "location", "URL": "url", "genre": "type", "DOI": "doi",
    "ISBN": "isbn", "ISSN": "issn", "number-of-pages": "pagetotal", "title-short": "shorttitle",
    "language": "langid",
}
BIBTEX_FIELDS = {
    "collection-title": "series", "page": "pages", "publisher-place": "address", "genre": "type",
    "DOI": "doi", "ISBN": "isbn", "ISSN": "issn", "original-title": "origtitle",
}
# Where the container title goes, by entry type.
CONTAINER_FIELDS = {"article": "journaltitle", "incollection": "booktitle", "online": "organization"}
BIBTEX_CONTAINER_FIELDS = {"article": "journal", "incollection": "booktitle"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
# BCP 47 tag -> babel/polyglossia language name for `langid`.
LANGIDS = {tag: name for name, tag in LANGUAGE_MARKERS.items()}

WORD = re.compile(r"\S+")
# C0/C1 control characters: never meaningful in a bibliography field.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# Private-use marks bracketing a protected run until the title is escaped.
OPEN_MARK, CLOSE_MARK = "\ue000", "\ue001"
INNER_CAPITAL = re.compile(r"\w.*[A-Z]")       # DPRK, NKIDP, e-Dossier, McCarthy
GIVEN_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # Il-sung, Jong-un


def escape_latex(text: str) -> str:
    """`text` as the body of a BibTeX field: LaTeX specials escaped, whitespace
    runs (newlines too) made one space, ligatures broken, UTF-8 kept."""
    text = " ".join(CONTROL_CHARACTERS.sub(" ", str(text)).split())
    unpaired = _unpaired_braces(text)
    out = []
    for i, char in enumerate(text):
        if char in "{}":
            out.append(UNPAIRED_BRACES[char] if i in unpaired else "\\" + char)
        else:
            out.append(LATEX_SPECIALS.get(char, char))
    return LIGATURES.sub("{}", "".join(out))


def _unpaired_braces(text: str) -> set[int]:
    """Positions of braces in `text` that have no partner."""
    stack: list[int] = []
    unpaired: set[int] = set()
    for i, char in enumerate(text):
        if char == "{":
            stack.append(i)
        elif char == "}":
            if stack:
                stack.pop()
            else:
                unpaired.add(i)
    return unpaired | set(stack)


def _mark_proper_nouns(title: str) -> str:
    """The title with each run of proper nouns and acronyms between private-use
    marks, which `escape_title` turns into braces after escaping."""
    words = WORD.findall(title)
    keep = [_is_proper(w) for w in words]
    for i, word in enumerate(words[:-1]):
        if _bare(word) in COMPASS_WORDS and keep[i + 1]:
            keep[i] = True
    out: list[str] = []
    run: list[str] = []
    for word, proper in zip(words, keep):
        if proper:
            run.append(word)
            continue
        if run:
            out.append(_brace_run(run))
            run = []
        out.append(word)
    if run:
        out.append(_brace_run(run))
    return " ".join(out)


def _bare(word: str) -> str:
    """A word lower-cased without surrounding punctuation or possessive `'s`."""
    word = word.strip(".,:;!?()[]\"“”‘’*")
    return re.sub(r"['’]s$", "", word).lower()


def _is_proper(word: str) -> bool:
    """Whether a title word keeps its capitals: an acronym, a word with inner
    capitals, a Korean given name, or a known proper noun."""
    core = word.strip(".,:;!?()[]\"“”‘’*")
    if not core[:1].isupper():
        return False
    return bool(INNER_CAPITAL.match(core) or GIVEN_NAME_SHAPE.match(core) or _bare(core) in PROPER_NOUNS)


def _brace_run(words: list[str]) -> str:
    """`{North Korean}` from a run of proper words, punctuation left outside."""
    text = " ".join(words)
    lead = len(text) - len(text.lstrip("(\"“‘*"))
    trail = len(text) - len(text.rstrip(",:;!?)\"”’*"))
    end = len(text) - trail
    return f"{text[:lead]}{OPEN_MARK}{text[lead:end]}{CLOSE_MARK}{text[end:]}"


def escape_title(title: str, english: bool) -> str:
    """An escaped title, its proper nouns braced when the title is English."""
    title = title.replace(OPEN_MARK, "").replace(CLOSE_MARK, "")
    marked = _mark_proper_nouns(title) if english else title
    return escape_latex(marked).replace(OPEN_MARK, "{").replace(CLOSE_MARK, "}")


def _is_english(work: Work) -> bool:
    """Whether the work's `title` is English: marked so, unmarked, or a
    translation of its `original-title`."""
    return work.get("language", "en") == "en" or "original-title" in work


def verbatim_url(url: str) -> str:
    """A URL that can sit verbatim in a BibTeX field (braces, spaces and
    backslashes percent-encoded, as in the URL standard)."""
    return "".join(URL_UNSAFE.get(c, c) for c in url)


class Dialect:
    """How CSL variables become fields in one BibTeX dialect."""

    def __init__(self, name: str, types: dict[str, tuple[str, str | None]], fields: dict[str, str],
                 containers: dict[str, str]):
        self.name = name
        self.types = types
        self.fields = fields
        self.containers = containers

    def entry_type(self, work: Work) -> tuple[str, str | None]:
        """The entry type and subtype of a CSL work."""
        return self.types.get(work["type"], ("misc", None))

    def field_name(self, variable: str, entry_type: str) -> str:
        """The field a CSL variable goes to in an entry of `entry_type`."""
        if variable == "container-title":
            return self.containers.get(entry_type, variable)
        if variable == "publisher" and entry_type in ("report", "techreport", "thesis", "phdthesis"):
            return "institution"
        if variable == "issue" and entry_type == "article":
            return "number"
        return self.fields.get(variable, variable)

    def date_fields(self, variable: str, date: dict[str, Any]) -> list[tuple[str, str]]:
        """The fields of a date variable: BibLaTeX `date`/`urldate`/`origdate`."""
        names = {"issued": "date", "accessed": "urldate", "original-date": "origdate",
                 "event-date": "eventdate"}
        return [(names.get(variable, variable), iso_date(date))]

    def url_fields(self, url: str) -> list[tuple[str, str]]:
        """The field holding a URL: BibLaTeX's verbatim `url`."""
        return [("url", verbatim_url(url))]

    def note(self, work: Work) -> str | None:
        """The escaped `note` field."""
        return escape_latex(work["note"]) if work.get("note") else None


class ClassicDialect(Dialect):
    """Classic BibTeX: `year`/`month`/`day`, `journal`, `address`,
    `howpublished = {\\url{...}}`, the access date in `note`."""

    def date_fields(self, variable: str, date: dict[str, Any]) -> list[tuple[str, str]]:
        if variable == "accessed":
            return []
        parts = date.get("date-parts", [[]])[0]
        if variable != "issued" or not parts or len(date.get("date-parts", [])) > 1:
            return super().date_fields(variable, date)
        names = ("year", "month", "day")
        values = [str(parts[0]), *(MONTH_NAMES[int(parts[1]) - 1:int(parts[1])] if len(parts) > 1 else []),
                  *([str(parts[2])] if len(parts) > 2 else [])]
        return list(zip(names, values))

    def url_fields(self, url: str) -> list[tuple[str, str]]:
        escaped = verbatim_url(url).replace("%", r"\%").replace("#", r"\#")
        return [("howpublished", rf"\url{{{escaped}}}")]

    def note(self, work: Work) -> str | None:
        parts = []
        if "accessed" in work:
            parts.append(f"Accessed {iso_date(work['accessed'])}.")
        if work.get("note"):
            parts.append(work["note"])
        return escape_latex(" ".join(parts)) if parts else None


BIBLATEX = Dialect("biblatex", BIBLATEX_TYPES, BIBLATEX_FIELDS, CONTAINER_FIELDS)
BIBTEX = ClassicDialect("bibtex", {t: (e, None) for t, e in BIBTEX_TYPES.items()}, BIBTEX_FIELDS,
                        BIBTEX_CONTAINER_FIELDS)


def entry_fields(work: Work, dialect: Dialect) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and (field, escaped value) pairs of one CSL work.

    Every variable of the work reaches a field: mapped ones by the dialect's
    tables, the rest under their CSL name (`archive`, `archive_location`).
    """
    entry_type, subtype = dialect.entry_type(work)
    fields: list[tuple[str, str]] = [("entrysubtype", subtype)] if subtype else []
    for variable, value in work.items():
        if variable in ("id", "type", "note") or variable in NAME_ROLES:
            continue
        if isinstance(value, dict):
            fields.extend(dialect.date_fields(variable, value))
        elif variable == "URL":
            fields.extend(dialect.url_fields(value))
        elif variable == "language":
            fields.append((dialect.field_name(variable, entry_type), LANGIDS.get(value, value)))
        elif variable == "title":
            fields.append(("title", escape_title(value, _is_english(work))))
        else:
            fields.append((dialect.field_name(variable, entry_type), escape_latex(value)))
    note = dialect.note(work)
    if note:
        fields.append(("note", note))
    return entry_type, _unique_fields(fields)


def _unique_fields(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Fields with a repeated name kept under `name` + a number (`number2`)
    rather than lost (an article with both an issue and a number)."""
    seen: dict[str, int] = {}
    out = []
    for name, value in fields:
        seen[name] = seen.get(name, 0) + 1
        out.append((name if seen[name] == 1 else f"{name}{seen[name]}", value))
    return out


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
    """pybtex's BibTeX writer, taking values nkcite has already escaped."""

    def _encode(self, text: str) -> str:
        return text


def render_bib(graph: Graph, dialect: Dialect) -> str:
    """The graph's references as a `.bib` text in `dialect`, graph order."""
    data = BibliographyData()
    for work in graph.references:
        entry_type, fields = entry_fields(work, dialect)
        persons = {role: [person(n) for n in work[role]] for role in NAME_ROLES if work.get(role)}
        data.add_entry(work["id"], Entry(entry_type, fields=fields, persons=persons))
    return _Writer(encoding="UTF-8").to_string(data) if data.entries else ""


def biblatex(graph: Graph) -> str:
    """BibLaTeX text of the graph's references."""
    return render_bib(graph, BIBLATEX)


def bibtex(graph: Graph) -> str:
    """Classic BibTeX text of the graph's references."""
    return render_bib(graph, BIBTEX)


FORMATS = [
    Format("biblatex", "BibLaTeX (date, urldate, origtitle, langid, translator)", biblatex, (".bib",)),
    Format("bibtex", "classic BibTeX (year, month, journal, address, howpublished, note)", bibtex),
]
