"""CSL items -> footnotes rendered by a citation style, with every field's span.

Each string field (and each family name) is wrapped in private-use marker
characters before the item goes to citeproc-py; the style renders the
markers with the value wherever it puts it, so the rendered note says where
every field ended up. Values the style must compute from (dates,
editions, given names it may reduce to initials) are left unmarked and
found again in the unlabelled text afterwards.

    >>> marked = mark_item({"id": "a", "type": "book", "title": "The Port"})
    >>> decode(marked["title"] + ", 1999.", {"issued": {"date-parts": [[1999]]}}).spans
    ((0, 8, 'title'), (10, 14, 'date'))
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from ..data.citewords import EDITION_WORDS, IBID_WORDS
from ..normalize.dates import iter_dates
from .examples import Example

CLOSE = "\ue0ff"
FIELD_LABELS = {
    "title": "title", "container-title": "container", "collection-title": "collection",
    "publisher": "publisher", "publisher-place": "place", "event-place": "place", "archive": "archive", "archive-place": "archive",
    "archive_location": "shelfmark", "volume": "volume", "issue": "volume", "number": "volume",
    "page": "pages", "genre": "genre", "medium": "genre", "URL": "url", "DOI": "identifier",
    "note": "note", "event-title": "note", "section": "note", "original-title": "title",
    "title-short": "title", "container-title-short": "container",
}
NAME_LABELS = {"author": "author", "editor": "editor", "translator": "translator", "recipient": "recipient",
               "director": "author", "interviewer": "note", "container-author": "editor"}
LABEL_LIST = sorted(set(FIELD_LABELS.values()) | set(NAME_LABELS.values()) | {"locator"})
OPEN = {label: chr(0xE100 + i) for i, label in enumerate(LABEL_LIST)}
LABEL_OF = {ch: label for label, ch in OPEN.items()}
ET_AL = re.compile(r"\bet al\.?|\bu\. a\.|\be altri\b", re.I)
SHORT_FORMS = re.compile(r"\b(?:op\.\s*cit|loc\.\s*cit|art\.\s*cit|cit|citato|a\.\s*a\.\s*O)\.?", re.I)
ACCESS_BEFORE = re.compile(r"(?:accessed|retrieved|consulté|abgerufen|zugegriffen|consultato|consultado|"
                           r"visited|viewed|zuletzt|Zugriff|letzter Zugriff)\W{0,4}(?:on|le|am|il|el)?\s*$", re.I)


def mark(value: str, label: str) -> str:
    """`value` wrapped in the markers of `label`."""
    return f"{OPEN[label]}{value}{CLOSE}"


def mark_item(item: dict[str, Any]) -> dict[str, Any]:
    """A copy of a CSL item with its string fields and family names marked."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in FIELD_LABELS and isinstance(value, str):
            out[key] = mark(value, FIELD_LABELS[key])
        elif key in NAME_LABELS and isinstance(value, list):
            out[key] = [_mark_name(n, NAME_LABELS[key]) for n in value]
        else:
            out[key] = value
    return out


def _mark_name(name: dict, label: str) -> dict:
    if "literal" in name:
        return {"literal": mark(name["literal"], label)}
    return {**name, "family": mark(name.get("family", ""), label)}


def marked_locator(locator: str) -> str:
    return mark(locator, "locator")


def decode(rendered: str, item: dict[str, Any], *, emphasis: bool = False) -> Example:
    """A rendered, marked note -> its plain text and labelled spans.

    `item` is the unmarked item (dates, editions and given names are found
    in the text from it). With `emphasis`, italics become `*...*`.
    """
    text, spans = _strip_markers(unicodedata.normalize("NFC", _plain(rendered, emphasis)))
    taken = [False] * len(text)
    for start, end, _ in spans:
        for i in range(start, end):
            taken[i] = True
    spans += _found_dates(text, taken, item)
    spans += _found_words(text, taken)
    spans += _found_given_names(text, taken, spans, item)
    return Example(text, tuple(sorted(_et_al_to_names(spans))))


def _et_al_to_names(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`et al.` belongs to the name list before it."""
    spans = sorted(spans)
    out = []
    for start, end, label in spans:
        if label == "et-al":
            label = out[-1][2] if out and out[-1][2] in NAME_LABELS.values() else "note"
        out.append((start, end, label))
    return out


def _plain(rendered: str, emphasis: bool) -> str:
    """HTML from citeproc-py -> text: italics as `*` (or nothing), no other tags."""
    text = rendered.replace("<i>", "*" if emphasis else "").replace("</i>", "*" if emphasis else "")
    text = re.sub(r"<sup>(\d+)</sup>", lambda m: m.group(1).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")), text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r"\*(\s*)\*", r"\1", text)                     # adjacent italics merged
    text = re.sub(r"([”’])([.,])", r"\2\1", text)                # American punctuation inside quotes
    return re.sub(r"\s+", " ", text).strip()


def _strip_markers(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    out, spans, stack = [], [], []
    for ch in text:
        if ch in LABEL_OF:
            stack.append((LABEL_OF[ch], len(out)))
        elif ch == CLOSE:
            if stack:
                label, start = stack.pop()
                if len(out) > start:
                    spans.append((start, len(out), label))
        else:
            out.append(ch)
    plain = "".join(out)
    return plain, [(s, e, label) for s, e, label in spans if plain[s:e].strip(" *")]


def _masked(text: str, taken: list[bool]) -> str:
    return "".join("\x00" if t else ch for ch, t in zip(text, taken))


def _found_dates(text: str, taken: list[bool], item: dict) -> list[tuple[int, int, str]]:
    """Spans of the item's dates in the unlabelled text: issued, or accessed after `accessed`."""
    years = {str(p[0]) for key in ("issued", "accessed") for p in (item.get(key) or {}).get("date-parts", [])}
    spans = []
    for _, (start, end) in list(iter_dates(_masked(text, taken))):
        if not any(y in text[start:end] for y in years):
            continue
        access = ACCESS_BEFORE.search(text[max(0, start - 30):start])
        first = start - len(access.group()) if access else start
        spans.append((first, end, "accessed" if access else "date"))
        for i in range(first, end):
            taken[i] = True
    return spans


def _found_words(text: str, taken: list[bool]) -> list[tuple[int, int, str]]:
    """`Ibid.`, `op. cit.` and edition statements (`2nd ed.`, `2. Aufl.`) in the unlabelled text."""
    spans = []
    masked = _masked(text, taken)
    for m in re.finditer(r"[^\W\d_]+", masked):
        if m.group().lower() in IBID_WORDS:
            spans.append((m.start(), m.end() + (masked[m.end():m.end() + 1] == "."), "ibid"))
    for m in SHORT_FORMS.finditer(masked):
        spans.append((m.start(), m.end(), "short"))
    for m in ET_AL.finditer(masked):
        spans.append((m.start(), m.end(), "et-al"))
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th|d|e|a|\.)?\s*(?:[^\W\d_]+)\.?", masked):
        words = re.findall(r"[^\W\d_]+", m.group()[len(m.group(1)):])
        if words and words[-1].lower() in EDITION_WORDS:
            spans.append((m.start(), m.end(), "edition"))
    for start, end, _ in spans:
        for i in range(start, end):
            taken[i] = True
    return spans


def _found_given_names(text: str, taken: list[bool], spans, item: dict) -> list[tuple[int, int, str]]:
    """Given names (whole or as initials) printed next to a marked family name."""
    initials = {n.get("given", "")[:1] for role in NAME_LABELS for n in item.get(role, []) or [] if n.get("given")}
    found = []
    for start, end, label in list(spans):
        if label not in NAME_LABELS.values():
            continue
        before = re.search(r"((?:[A-ZÀ-Ý][\w'’.-]*\.?\s*)+)\s*$", _masked(text[:start], taken[:start]))
        if before and before.group(1).strip()[:1] in initials:
            found.append((before.start(1), before.start(1) + len(before.group(1).rstrip()), label))
        after = re.match(r"(,\s*)((?:[A-ZÀ-Ý][\w'’.-]*\.?\s?)+)", _masked(text[end:], taken[end:]))
        if after and after.group(2).strip()[:1] in initials:
            s = end + after.start(2)
            found.append((s, s + len(after.group(2).rstrip()), label))
    for start, end, _ in found:
        for i in range(start, end):
            taken[i] = True
    return found
