"""Reading, citation fields: a Zotero or Mendeley field's instruction -> the Citations it holds, exact.

    'ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [{"itemData": {"type": "book", "title": "A History"},
     "locator": "12", "label": "page"}], ...}'
    -> [Citation(raw=<the field's visible text>, work={"type": "book", "title": "A History"},
                 locator="12", label="page", work_given=True)]

Word (`w:instrText`) and LibreOffice (reference-mark names) carry the same
JSON: Zotero as `ZOTERO_ITEM CSL_CITATION {json}`, Mendeley as
`CSL_CITATION {json}`. Each item's `itemData` is the work, taken as it is
(only its `id` dropped); the parser never sees it. `link_given` then marks
later citations of the same item as `short`, or `ibid` where the visible
text says so, pointing at the first citation of that item.
"""
from __future__ import annotations

import json
import re

from ..model import Citation, Diagnostic, Note

FIELD = re.compile(r"^\s*(?:ADDIN\s+)?(?:ZOTERO_ITEM\s+)?CSL_CITATION\s*(?=\{)")
_IBID = re.compile(r"^\W*(?:ibid|ibidem|ebd)\b", re.I)


def is_citation_field(instruction: str) -> bool:
    """True for a Zotero (`ADDIN ZOTERO_ITEM CSL_CITATION {...}`) or Mendeley (`ADDIN CSL_CITATION {...}`) field."""
    return bool(FIELD.match(instruction))


def field_citations(instruction: str, visible: str, where: str,
                    diagnostics: list[Diagnostic]) -> list[Citation]:
    """The citations of one field; a field whose JSON cannot be read adds a diagnostic and gives none."""
    start = FIELD.match(instruction)
    try:
        data, _ = json.JSONDecoder().raw_decode(instruction[start.end():] if start else "")
        items = data["citationItems"]
        return [_citation(item, visible) for item in items]
    except (ValueError, KeyError, TypeError, AttributeError):
        diagnostics.append(Diagnostic("citation-field", f"{where}: a citation field whose CSL-JSON cannot be read; "
                                      "the note's text is parsed instead"))
        return []


def _citation(item: dict, visible: str) -> Citation:
    work = {k: v for k, v in item["itemData"].items() if k != "id"}
    locator = item.get("locator")
    return Citation(raw=visible, prefix=item.get("prefix") or None, work=work,
                    locator=str(locator) if locator not in (None, "") else None,
                    label=(item.get("label") or "page") if locator not in (None, "") else None,
                    form="ibid" if _IBID.match(visible) else "full", work_given=True)


def item_key(citation: Citation) -> str:
    """What identifies a cited item across notes: its CSL-JSON."""
    return json.dumps(citation.work, sort_keys=True, ensure_ascii=False)


def link_given(notes: list[Note]) -> None:
    """Point each later citation of an item at its first one (`short`, or `ibid` where the text says Ibid.)."""
    first: dict[str, tuple[int, int]] = {}
    for i, note in enumerate(notes):
        for j, cit in enumerate(note.citations):
            if not cit.work_given:
                continue
            key = item_key(cit)
            if key in first:
                cit.antecedent = first[key]
                cit.form = "ibid" if cit.form == "ibid" else "short"
            else:
                first[key] = (i, j)
                cit.form = "full"
