"""Reading, TEI XML: every `<note>` of the text -> a Note, with its page from the `<pb n>` before it.

    <p>Body.<note place="foot" n="1" xml:id="n1">Ann Smith, <title level="m">A History</title>.</note></p>
    -> text "Body.¹", Note(1, "Ann Smith, *A History*.", source_id="n1")

Notes in `<text>` (not the header), in document order, numbered by `@n`
where it is a number; marginal notes are skipped. Italic: `<hi rend="italic">` (or `rendition`, `style`),
`<emph>`, `<foreign>`, and monograph or journal `<title>`s. Of `<choice>`
the printed reading is kept (`sic`, `orig`, `abbr`); deletions and gaps are
skipped. GROBID's output is TEI too.
"""
from __future__ import annotations

import re

from lxml import etree

from ..errors import InputError
from ..model import Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from .runs import PARAGRAPH, emphasized, paragraphs_text

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
BLOCKS = {"p", "head", "ab", "l", "item", "div", "list", "quote", "lg", "table", "row", "cell", "bibl",
          "listBibl", "figure", "label"}
SKIPPED = {"del", "gap", "ptr", "figDesc", "corr", "reg", "expan", "teiHeader", "fw"}
ITALIC = {"emph", "foreign", "term"}
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                          remove_comments=True, remove_pis=True)


class _Walk:
    def __init__(self) -> None:
        self.runs: list[tuple[str, bool]] = []
        self.notes: list[Note] = []
        self.page: int | None = None


def read(text: str, name: str) -> Paper:
    """Read a TEI document into its body text and notes."""
    try:
        root = etree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text).encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: is TEI that is not well-formed XML ({exc.msg})") from None
    texts = [el for el in root.iter() if _local(el) == "text"] or [root]
    walk = _Walk()
    for element in texts:
        if not any(_local(a) == "text" for a in element.iterancestors()):
            _walk(element, walk, walk.runs, False)
    return Paper(paragraphs_text(walk.runs), walk.notes or None, [], "tei")


def _local(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _walk(element: etree._Element, walk: _Walk, runs: list, italic: bool) -> None:
    if element.text:
        runs.append((element.text, italic))
    for child in element:
        name = _local(child)
        if name and name not in SKIPPED:
            _child(child, name, walk, runs, italic)
        if child.tail:
            runs.append((child.tail, italic))


def _child(child: etree._Element, name: str, walk: _Walk, runs: list, italic: bool) -> None:
    if name == "note" and child.get("place") not in ("margin", "left", "right", "top"):
        _note(child, walk, runs)
    elif name == "pb":
        page = child.get("n") or ""
        walk.page = int(page) if re.fullmatch(r"\d{1,6}", page) else walk.page
    elif name == "lb":
        runs.append((" ", italic))
    elif name != "note":
        _walk(child, walk, runs, italic or _is_italic(child, name))
        if name in BLOCKS:
            runs.append((PARAGRAPH, False))


def _is_italic(element: etree._Element, name: str) -> bool:
    rend = " ".join(element.get(a) or "" for a in ("rend", "rendition", "style"))
    if re.search(r"ital|\bi\b", rend):
        return True
    return name in ITALIC or (name == "title" and element.get("level") in ("m", "j", "s", None)
                              and element.getparent() is not None and _local(element.getparent()) == "bibl")


def _note(element: etree._Element, walk: _Walk, runs: list) -> None:
    """A `<note>`: a Note, and its number in superscript in the body."""
    given = element.get("n") or ""
    number = int(given) if re.fullmatch(r"\d{1,6}", given) else len(walk.notes) + 1
    note_runs: list[tuple[str, bool]] = []
    _walk(element, walk, note_runs, False)
    text = emphasized(r for r in note_runs if r[0] != PARAGRAPH)
    walk.notes.append(Note(number, text, page=walk.page, source_id=element.get(XML_ID)))
    runs.append((str(number).translate(TO_SUPERSCRIPT), False))
