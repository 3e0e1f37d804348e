"""Stage 4, resolve: ibid. and short forms -> the citation they repeat.

Works inside one document, in note order, with the earlier citations passed
in explicitly. Ibid. repeats the source of the note before; when that note
cites several, the pinpoint decides where a page range does, else the first,
with an `ibid-ambiguous` diagnostic. A short form (`PARK Min-ho, *The Short
Title*, p.20`) points to the latest earlier citation by the same author
whose title it begins; a bare newspaper-and-date repeat to the same issue.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from .model import Citation, Diagnostic, Document

def resolve_document(doc: Document) -> Document:
    """Set `antecedent` and `form` of every ibid. and short form in `doc`; return it."""
    earlier: list[tuple[int, int, Citation]] = []
    for i, j, cit in doc.citations():
        if cit.form == "ibid":
            _resolve_ibid(doc, i, cit)
        else:
            _resolve_repeat(doc, i, cit, earlier)
        earlier.append((i, j, cit))
    return doc


def root(doc: Document, cit: Citation) -> Citation:
    """Follow antecedents to the citation that introduced the work."""
    seen = 0
    while cit.antecedent is not None and seen < 10_000:
        i, j = cit.antecedent
        cit = doc.notes[i].citations[j]
        seen += 1
    return cit


def _resolve_ibid(doc: Document, i: int, cit: Citation) -> None:
    """Point an ibid. at the single (or best) source of the previous citing note."""
    for k in range(i - 1, -1, -1):
        previous = doc.notes[k].citations
        if previous:
            break
    else:
        doc.diagnostics.append(Diagnostic("ibid-unresolved", "ibid. with no earlier citation",
                                          doc.id, doc.notes[i].number))
        cit.work = {"type": "document", "note": cit.raw}   # kept as its own work, never dropped
        return
    choice = _ibid_choice(doc, previous, cit)
    if len(previous) > 1 and choice is None:
        doc.diagnostics.append(Diagnostic("ibid-ambiguous", f"ibid. after a note citing {len(previous)} sources; "
                                          "the first was chosen", doc.id, doc.notes[i].number))
    cit.antecedent = (k, choice or 0)


def _ibid_choice(doc: Document, previous: list[Citation], cit: Citation) -> int | None:
    """Index of the one source whose page range holds the ibid.'s pinpoint."""
    if len(previous) == 1:
        return 0
    page = _first_page(cit.locator)
    if page is None:
        return None
    hits = [n for n, c in enumerate(previous)
            if _in_range(page, root(doc, c).work.get("page")) or _in_range(page, c.locator)]
    return hits[0] if len(hits) == 1 else None


def _first_page(locator: str | None) -> int | None:
    m = re.match(r"\d+", locator or "")
    return int(m.group()) if m else None


def _in_range(page: int, extent: str | None) -> bool:
    """True when `page` lies in a page range or equals a single page (`262` in `262-270`)."""
    m = re.fullmatch(r"(\d+)(?:-(\d+))?", extent or "")
    return bool(m) and int(m.group(1)) <= page <= int(m.group(2) or m.group(1))


def _resolve_repeat(doc: Document, i: int, cit: Citation, earlier: list[tuple[int, int, Citation]]) -> None:
    """Point a short form or a repeated issue at its first citation."""
    for k, j, other in reversed(earlier):
        target = root(doc, other)
        if target is cit or not is_repeat_of(cit, target):
            continue
        cit.antecedent = (k, j) if other is target else other.antecedent
        bare_issue = "title" not in cit.work          # `*Rodong Sinmun*, March 27, 1965` again
        cit.form = "short" if cit.looks_short or bare_issue else "full"
        return
    if cit.looks_short:
        doc.diagnostics.append(Diagnostic("short-form-unresolved", f"no earlier full citation for: {cit.raw}",
                                          doc.id, doc.notes[i].number))


def is_repeat_of(cit: Citation, target: Citation) -> bool:
    """True when `cit` cites the work `target` introduced (same author, title begun)."""
    a, b = cit.work, target.work
    if not a or not b or target.form == "ibid":
        return False
    if "title" not in a:
        return "title" not in b and fold(a.get("container-title")) == fold(b.get("container-title")) \
            and a.get("issued") == b.get("issued") and bool(a.get("issued"))
    if first_author(a) != first_author(b) or not title_begins(a.get("title"), b.get("title")):
        return False
    return not (a.get("issued") and b.get("issued") and a["issued"] != b["issued"]) or cit.looks_short


def first_author(work: dict) -> str:
    """Folded family name (or literal) of a work's first author, else ''."""
    names = work.get("author") or work.get("editor") or []
    if not names:
        return ""
    return fold(names[0].get("family") or names[0].get("literal") or "")


def title_begins(short: str | None, full: str | None) -> bool:
    """True when the words of `short` begin `full` (`The Short Title` / `The Short Title of a Long Book`)."""
    s, f = fold(short).split(), fold(full).split()
    return bool(s) and f[:len(s)] == s


# Combining marks (accents) to delete after NFKD decomposition, and the
# Vietnamese `đ`, which has no decomposition.
_UNACCENT = {cp: None for cp in range(0x30000) if unicodedata.combining(chr(cp))}
_UNACCENT.update({ord("đ"): "d", ord("Đ"): "D"})
_NOT_WORD = re.compile(r"[^\w\s]|\s+")


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-free form of a string for comparison.

    >>> fold("Nguyễn Văn Quyền, *Đảng*")
    'nguyen van quyen dang'
    """
    text = unicodedata.normalize("NFKD", text or "").translate(_UNACCENT).casefold()
    return " ".join(_NOT_WORD.sub(" ", text).split())

