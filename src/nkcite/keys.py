"""Stage 6, keys: every reference gets a readable, stable, unique id.

`pribbenow2011north`: first author's family name (or the periodical for an
article without author, or the first title word), year, first significant
title word, ASCII-folded. On a clash more title words are added, then a
letter chosen by the works' content, so an id never depends on the order or
number of unrelated notes.
"""
from __future__ import annotations

import hashlib
import json
import re

from .model import Work
from .resolve import fold

MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"}
STOPWORDS = {"the", "a", "an", "on", "of", "in", "and", "to", "for", "from", "about"}


def assign_ids(works: list[Work]) -> list[str]:
    """Return one id per work, in the same order.

    >>> assign_ids([{"author": [{"family": "Smith"}], "title": "Rice and Rails", "issued": {"date-parts": [[2011]]}}])
    ['smith2011rice']
    """
    words = [_title_words(w) for w in works]
    words = [t if _name(w) else t[1:] or ["untitled"] for w, t in zip(works, words)]
    ids = [_base(w) + "".join(t[:1]) for w, t in zip(works, words)]
    for extra in range(2, 6):
        clashing = _clashes(ids)
        if not clashing:
            break
        for n in clashing:
            ids[n] = _base(works[n]) + "".join(words[n][:extra])
    for group in _clash_groups(ids):
        ordered = sorted(group, key=lambda n: _content_hash(works[n]))
        for letter, n in zip("abcdefghijklmnopqrstuvwxyz", ordered):
            ids[n] += letter
    return ids


def _name(work: Work) -> str:
    """Name part of an id: first author, else periodical, else '' (title word used)."""
    names = work.get("author") or work.get("editor") or []
    if names:
        literal = names[0].get("literal")
        if literal:                                       # at most three words of a body's name
            return "".join(w for w in (_slug(x) for x in fold(literal).split()) if w not in STOPWORDS)[:24]
        return _slug(names[0].get("family") or "")
    if work.get("container-title") and work.get("type", "").startswith("article"):
        return _slug(work["container-title"], drop_the=True)
    return ""


def _base(work: Work) -> str:
    """Name part and year of an id (`pribbenow2011`, `signing1966`)."""
    name = _name(work) or _title_words(work)[0]
    year = ((work.get("issued") or {}).get("date-parts") or [[""]])[0][:1]
    return name + (str(year[0]) if year else "")


def _title_words(work: Work) -> list[str]:
    """Significant title words; for an untitled issue its month and day (`0327`)."""
    if not work.get("title"):
        parts = ((work.get("issued") or {}).get("date-parts") or [[]])[0]
        return ["".join(f"{p:02d}" for p in parts[1:3])] if len(parts) > 1 else ["issue"]
    title = re.sub(r"['\u2019]", "", work["title"])     # Pyongyang’s -> pyongyangs
    words = [_slug(w) for w in fold(title).split()]
    return [w for w in words if w and w not in STOPWORDS and not w.isdigit() and w not in MONTHS] or ["untitled"]


def _slug(text: str, drop_the: bool = False) -> str:
    text = fold(text)
    if drop_the:
        text = re.sub(r"^the\s+", "", text)
    return re.sub(r"[^a-z0-9]", "", text)


def _clashes(ids: list[str]) -> list[int]:
    return [n for group in _clash_groups(ids) for n in group]


def _clash_groups(ids: list[str]) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for n, i in enumerate(ids):
        groups.setdefault(i, []).append(n)
    return [g for g in groups.values() if len(g) > 1]


def _content_hash(work: Work) -> str:
    return hashlib.sha256(json.dumps(work, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
