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

STOPWORDS = {"the", "a", "an", "on", "of", "in", "and", "to", "for", "from", "about"}


def assign_ids(works: list[Work]) -> list[str]:
    """Return one id per work, in the same order.

    >>> assign_ids([{"author": [{"family": "Pribbenow"}], "title": "North Korean Pilots", "issued": {"date-parts": [[2011]]}}])
    ['pribbenow2011north']
    """
    words = [_title_words(w) for w in works]
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


def _base(work: Work) -> str:
    """Name part and year of an id."""
    names = work.get("author") or work.get("editor") or []
    if names:
        name = names[0].get("family") or names[0].get("literal") or ""
    elif work.get("container-title") and work.get("type", "").startswith("article"):
        name = work["container-title"]
    else:
        name = ""
    year = ((work.get("issued") or {}).get("date-parts") or [[""]])[0][:1]
    return _slug(name, drop_the=True) + (str(year[0]) if year else "")


def _title_words(work: Work) -> list[str]:
    words = [_slug(w) for w in fold(work.get("title") or work.get("container-title") or "").split()]
    return [w for w in words if w and w not in STOPWORDS] or ["untitled"]


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
