"""RIS, for EndNote, Mendeley and Zotero users: graph -> `.ris` text.

One record per reference, in graph order: `TY  - JOUR` ... `ER  - `, one
tag per line (two spaces, a hyphen, a space), values on one line. Tags
follow the RIS specification as EndNote and Zotero read it: `AU` authors,
`A2` editors, `A4` translators, `TI`/`T2`/`T3` title, container, series,
`PY` year and `DA` full date (`1965/03/27`, `2002///Spring`), `Y2` access
date, `DB`/`AN` archive and shelf mark. A CSL variable with no RIS tag is
kept as a `variable: value` line in `N1` (as Zotero's Extra), so nothing is
lost. Written by hand: the format is lines of tag and value, and the
mapping table below is the whole of the work (a library would need it too).

    >>> print(ris_record({"id": "kim1965", "type": "book", "title": "Rice",
    ...                   "issued": {"date-parts": [[1965, 3]]}}), end="")
    TY  - BOOK
    ID  - kim1965
    TI  - Rice
    PY  - 1965
    DA  - 1965/03
    ER  - 
"""
from __future__ import annotations

from typing import Any, Iterator

from ..model import Graph
from ..normalize.dates import iso_date
from . import Format

Work = dict[str, Any]

RIS_TYPES = {
    "article-journal": "JOUR", "article-newspaper": "NEWS", "article-magazine": "MGZN", "book": "BOOK",
    "chapter": "CHAP", "manuscript": "MANSCPT", "report": "RPRT", "webpage": "ELEC", "post-weblog": "BLOG",
    "motion_picture": "MPCT", "thesis": "THES", "personal_communication": "PCOMM", "interview": "PCOMM",
    "paper-conference": "CPAPER", "map": "MAP", "dataset": "DATA", "entry-encyclopedia": "ENCYC",
    "entry-dictionary": "DICT", "review-book": "JOUR", "legal_case": "CASE", "legislation": "STAT",
    "hearing": "HEAR", "graphic": "ART", "speech": "CPAPER", "patent": "PAT", "song": "SOUND",
}
# CSL name variable -> RIS tag.
NAME_TAGS = {"author": "AU", "director": "AU", "editor": "A2", "container-author": "A2",
             "collection-editor": "A3", "translator": "A4"}
# CSL text variable -> RIS tag, in the order written.
TEXT_TAGS = {
    "title": "TI", "title-short": "ST", "container-title": "T2", "collection-title": "T3",
    "original-title": "OP", "volume": "VL", "issue": "IS", "number": "IS", "edition": "ET",
    "publisher": "PB", "publisher-place": "CY", "ISBN": "SN", "ISSN": "SN", "DOI": "DO", "URL": "UR",
    "language": "LA", "genre": "M3", "archive": "DB", "archive_location": "AN", "call-number": "CN",
    "section": "SE", "number-of-volumes": "NV", "abstract": "AB",
}
SEASONS = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}


def ris_record(work: Work) -> str:
    """One reference as an RIS record (every line ends in a newline)."""
    lines = [("TY", RIS_TYPES.get(work["type"], "GEN")), ("ID", work["id"])]
    extra: list[str] = []
    for variable, value in work.items():
        if variable in ("id", "type", "note"):
            continue
        if variable in NAME_TAGS:
            lines += [(NAME_TAGS[variable], _name(n)) for n in value]
        elif variable == "issued":
            lines += _issued(value)
        elif variable == "accessed":
            lines.append(("Y2", _ris_date(value)))
        elif variable == "page":
            lines += _pages(str(value))
        elif variable in TEXT_TAGS and TEXT_TAGS[variable] not in (tag for tag, _ in lines):
            lines.append((TEXT_TAGS[variable], _one_line(value)))
        else:
            extra.append(f"{variable}: {_shown(value)}")
    if work.get("note"):
        extra.append(_one_line(work["note"]))
    lines += [("N1", text) for text in extra]
    return "".join(f"{tag}  - {value}\n" for tag, value in lines) + "ER  - \n"


def ris(graph: Graph) -> str:
    """The graph's references as RIS text, records separated by a blank line."""
    return "".join(ris_pieces(graph))


def ris_pieces(graph: Graph) -> Iterator[str]:
    """`ris`, a record at a time."""
    for n, work in enumerate(graph.references):
        yield ("\n" if n else "") + ris_record(work)


def _issued(date: dict[str, Any]) -> list[tuple[str, str]]:
    """`PY` (the year) and `DA` (the whole date), or the literal date in `DA`."""
    if "date-parts" not in date:
        return [("DA", _one_line(iso_date(date)))]
    return [("PY", str(date["date-parts"][0][0])), ("DA", _ris_date(date))]


def _ris_date(date: dict[str, Any]) -> str:
    """A CSL date as RIS writes it: `1965/03/27`, `2002///Spring`; a range by its start."""
    if "date-parts" not in date:
        return _one_line(iso_date(date))
    parts = [int(p) for p in date["date-parts"][0]]
    text = "/".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    if len(parts) == 1 and date.get("season") in SEASONS:
        text += f"///{SEASONS[date['season']]}"
    return text


def _pages(page: str) -> list[tuple[str, str]]:
    """`SP` and `EP` from `58-67`; a single page or a list in `SP`."""
    first, dash, last = page.replace("–", "-").partition("-")
    return [("SP", first.strip()), ("EP", last.strip())] if dash and "," not in page else [("SP", page)]


def _name(name: dict[str, str]) -> str:
    """`Family, Given` or the literal."""
    if "literal" in name:
        return _one_line(name["literal"])
    return _one_line(", ".join(p for p in (name.get("family"), name.get("given")) if p))


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return iso_date(value)
    if isinstance(value, list):
        return "; ".join(_name(n) for n in value)
    return _one_line(value)


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


FORMATS = [Format("ris", "RIS for EndNote, Mendeley and Zotero (AU, TI, T2, PY, DA, DB/AN archive, N1)",
                  ris_pieces, (".ris",))]
