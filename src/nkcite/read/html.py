"""Reading, HTML and EPUB: note references and the notes they point to -> a Paper.

    <p>Body.<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p>
    <ol class="footnotes"><li id="fn1">Ann Smith, <em>A History</em>. <a href="#fnref1">↩</a></li></ol>
    -> text "Body.¹", Note(1, "Ann Smith, *A History*.", source_id="fn1")

A note reference is a link whose text is a short mark (`1`, `[1]`, `*`)
pointing at an element of the same document (or, in an EPUB, of another
spine document); the note is that element, or the block around it when
the id sits on an inline anchor (`<p><a id="n1">1.</a> text</p>`). Notes
in a footnote container nothing refers to (`<section class="footnotes">`,
`<aside epub:type="footnote">`, `role="doc-endnotes"`) are read too. Back
links (`↩`, `[BACK]`, `Return to text`) and the note's own leading number
are dropped; `<em>`, `<i>`, `<cite>` are `*...*`. A page without any note
structure is plain text for the notes stage (`1. text` lists, superscripts;
an ordered list's items get the numbers a browser shows).
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote

import lxml.html
from lxml import etree

from ..errors import InputError
from ..model import Note, Paper
from ..scan import SUPERSCRIPT_DIGITS
from .runs import PARAGRAPH, emphasized, paragraphs_text
from .zipped import member, parse_xml

BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "aside",
          "tr", "dd", "dt", "pre", "table", "ul", "ol", "header", "footer", "figure", "figcaption", "hr", "main",
          "body", "dl", "td", "th"}
NOTE_BLOCKS = {"li", "aside", "div", "p", "dd", "section", "td", "footer"}
ITALIC = {"em", "i", "cite"}
SKIPPED = {"script", "style", "head", "noscript", "template", "nav", "title", "svg", "math"}
MARK = re.compile(r"^[\[(]?\s*(\d{1,5}|[*†‡§¶]{1,3}|[a-z]|[ivxlc]{1,6})\s*[\])]?\.?$")
BACK = re.compile(r"^\s*(?:↩\ufe0e?|↑|\^|\[?\s*(?:back|return|return to text|back to text|top)\s*\]?)\s*$", re.I)
CONTAINER = re.compile(r"\b(?:foot|end|rear)notes?\b|\bnotes\b", re.I)
TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
OPF = "{http://www.idpf.org/2007/opf}"
CONTAINER_NS = "{urn:oasis:names:tc:opendocument:xmlns:container}"


@dataclass
class _Reference:
    element: etree._Element
    target: etree._Element       # the note's block
    mark: str


@dataclass
class _Walk:
    """State of one text walk: the runs, the note blocks to skip, the references to number."""

    skip: set = field(default_factory=set)
    numbers: dict = field(default_factory=dict)     # reference element -> note number
    backlinks: set = field(default_factory=set)
    runs: list = field(default_factory=list)


def read(text: str, name: str) -> Paper:
    """Read an HTML page into its body text and notes."""
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        raise InputError(f"{name}: is an HTML file that cannot be parsed") from None
    return _read_documents([("", root)], name, "html")


def read_epub(archive: zipfile.ZipFile, name: str) -> Paper:
    """Read an EPUB: its spine documents, in order, as one paper."""
    documents = []
    for path in _spine(archive, name):
        data = member(archive, path, name)
        try:
            documents.append((path, lxml.html.document_fromstring(data)))
        except (etree.ParserError, ValueError):
            continue
    if not documents:
        raise InputError(f"{name}: is an EPUB without readable text")
    return _read_documents(documents, name, "epub")


def _spine(archive: zipfile.ZipFile, name: str) -> list[str]:
    """The paths of the spine documents, from `META-INF/container.xml` and the package file."""
    container = parse_xml(member(archive, "META-INF/container.xml", name), name, "META-INF/container.xml")
    rootfile = container.find(f".//{CONTAINER_NS}rootfile")
    if rootfile is None:
        raise InputError(f"{name}: is a damaged EPUB (no package file)")
    opf_path = rootfile.get("full-path", "")
    opf = parse_xml(member(archive, opf_path, name), name, opf_path)
    base = posixpath.dirname(opf_path)
    items = {item.get("id"): item.get("href") for item in opf.iter(f"{OPF}item")}
    hrefs = [items.get(ref.get("idref")) for ref in opf.iter(f"{OPF}itemref")]
    return [posixpath.normpath(posixpath.join(base, unquote(h))) for h in hrefs if h]


def _read_documents(documents: list[tuple[str, etree._Element]], name: str, fmt: str) -> Paper:
    """Body text and notes of one or more documents read as one paper."""
    references = _references(documents)
    walk = _Walk(skip={ref.target for ref in references})
    walk.skip |= set(_containers(documents))
    notes, targets = [], {}
    for ref in references:
        if ref.target not in targets:
            targets[ref.target] = len(targets) + 1
        walk.numbers[ref.element] = targets[ref.target]
    for target in _unreferenced_notes(documents, targets):
        targets[target] = len(targets) + 1
    walk.backlinks = {ref.element.get("id") for ref in references if ref.element.get("id")}
    for target, number in targets.items():
        notes.append(Note(number, _note_text(target, walk, number), source_id=target.get("id") or _inner_id(target)))
    for _, root in documents:
        _walk(root.find("body") if root.find("body") is not None else root, walk)
    text = paragraphs_text(walk.runs)
    if not text.strip() and not notes:
        raise InputError(f"{name}: has no text")
    return Paper(text, notes or None, [], fmt)


def _references(documents) -> list[_Reference]:
    """Every link that is a note reference, in document order."""
    ids = {}
    for path, root in documents:
        for element in root.iter():
            if isinstance(element.tag, str) and element.get("id"):
                ids.setdefault((path, element.get("id")), element)
    found = []
    for path, root in documents:
        for link in root.iter("a"):
            target = ids.get(_target(path, link.get("href") or ""))
            mark = (link.text_content() or "").strip()
            if target is not None and MARK.match(mark) and not _is_heading(target):
                block = _note_block(target)
                if block is not None and not _contains(block, link):
                    found.append(_Reference(link, block, mark))
    return found


def _target(path: str, href: str) -> tuple[str, str]:
    file, _, anchor = href.partition("#")
    if not anchor:
        return ("", "")
    file = posixpath.normpath(posixpath.join(posixpath.dirname(path), unquote(file))) if file else path
    return (file, unquote(anchor))


def _is_heading(element: etree._Element) -> bool:
    return element.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "body", "html")


def _note_block(target: etree._Element) -> etree._Element | None:
    """The block a note id names: itself, or the block around an inline anchor."""
    element = target
    while element is not None and element.tag not in NOTE_BLOCKS:
        element = element.getparent()
    return element if element is not None and element.tag != "body" else None


def _contains(block: etree._Element, element: etree._Element) -> bool:
    return any(ancestor is block for ancestor in element.iterancestors())


def _containers(documents) -> list[etree._Element]:
    """Footnote containers (`section.footnotes`, `role=doc-endnotes`, `epub:type=footnotes`)."""
    found = []
    for _, root in documents:
        for element in root.iter():
            if not isinstance(element.tag, str) or element.tag not in ("section", "div", "ol", "aside", "footer"):
                continue
            kinds = " ".join(element.get(a) or "" for a in ("class", "role", "{http://www.idpf.org/2007/ops}type",
                                                              "epub:type"))
            if CONTAINER.search(kinds.replace("doc-", "")):
                found.append(element)
    return found


def _unreferenced_notes(documents, targets) -> list[etree._Element]:
    """Note elements inside footnote containers that no link refers to."""
    out = []
    for container in _containers(documents):
        for item in container.iter("li", "aside"):
            if item not in targets and not any(_contains(t, item) or _contains(item, t) for t in targets):
                out.append(item)
    return out


def _inner_id(block: etree._Element) -> str | None:
    for element in block.iter():
        if isinstance(element.tag, str) and element.get("id"):
            return element.get("id")
    return None


def _note_text(block: etree._Element, walk: _Walk, number: int) -> str:
    """A note's text without its back links and its own leading number."""
    inner = _Walk(numbers=walk.numbers, backlinks=walk.backlinks)
    _walk(block, inner, note=True)
    text = emphasized(inner.runs)
    return re.sub(rf"^[\[(]?{number}[\])]?\.?\s+|^[\[(]?{number}[\])]?\.?$", "", text).strip()


def _walk(element: etree._Element, walk: _Walk, italic: bool = False, note: bool = False) -> None:
    """Collect the runs under `element` (its text, children and their tails)."""
    if element.text:
        walk.runs.append((element.text, italic))
    for child in element:
        if isinstance(child.tag, str) and child not in walk.skip and child.tag not in SKIPPED:
            _child(child, walk, italic, note)
        if child.tail:
            walk.runs.append((child.tail, italic))


def _child(child: etree._Element, walk: _Walk, italic: bool, note: bool) -> None:
    if child in walk.numbers:
        walk.runs.append((str(walk.numbers[child]).translate(TO_SUPERSCRIPT), False))
        return
    if child.tag == "a" and _is_backlink(child, walk):
        return
    if child.tag == "br":
        walk.runs.append((" ", italic))
        return
    if child.tag == "sup" and (child.text_content() or "").strip().isdigit() and len(child) == 0:
        walk.runs.append((child.text_content().strip().translate(TO_SUPERSCRIPT), False))
        return
    if child.tag == "li" and not note and child.getparent() is not None and child.getparent().tag == "ol":
        walk.runs.append((f"{_item_number(child)}. ", False))       # the number a browser shows
    style = (child.get("style") or "").replace(" ", "")
    _walk(child, walk, italic or child.tag in ITALIC or "font-style:italic" in style, note)
    if child.tag in BLOCKS and not note:
        walk.runs.append((PARAGRAPH, False))
    elif child.tag in BLOCKS:
        walk.runs.append((" ", False))


def _item_number(item: etree._Element) -> int:
    """The number an ordered list shows for an item (`start`, `value`)."""
    parent = item.getparent()
    number = int(parent.get("start")) if (parent.get("start") or "").isdecimal() else 1
    for sibling in parent:
        if sibling.tag != "li":
            continue
        if (sibling.get("value") or "").isdecimal():
            number = int(sibling.get("value"))
        if sibling is item:
            return number
        number += 1
    return number


def _is_backlink(link: etree._Element, walk: _Walk) -> bool:
    """A link back to the reference: to a reference's id, or reading `↩`/`[BACK]`."""
    target = (link.get("href") or "").partition("#")[2]
    return target in walk.backlinks or bool(BACK.match(link.text_content() or ""))
