"""Stage 5, dedupe: the works cited across notes and papers -> one reference each.

Every citation that introduces a work (not an ibid. or a resolved short
form) is a candidate. Candidates are blocked by cheap keys (the first words
of the title; the first author and year; for a bare issue, the periodical and
date), compared inside a block with rapidfuzz, and merged only when no rule
forbids it: different dates, different numbers in the title (`(1)` and
`(2)`), different volumes, authors or languages. A merged work keeps the first
citation's values, fills gaps from the others and notes conflicting ones.
"""
from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from .model import Citation, Document, Work
from .resolve import first_author, fold, root

DEFAULT_SCORE_CUTOFF = 92.0
"""Least rapidfuzz `ratio` of two folded titles for the same work (see benchmarks/dedupe.py)."""
BLOCK_TITLE_WORDS = 2
"""How many leading title words make the title blocking key."""
STOPWORDS = {"the", "a", "an", "on", "of", "in", "and", "to", "for"}
NOTED_CONFLICTS = ("URL", "accessed", "publisher", "collection-title", "container-title")


def dedupe(documents: list[Document], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF,
           block_title_words: int = BLOCK_TITLE_WORDS) -> list[tuple[Work, list[Citation]]]:
    """Cluster the works of `documents`; return (merged work, citations) per cluster.

    Clusters come in order of first citation; each citation appears once.
    """
    introducing = [c for doc in documents for _, _, c in doc.citations() if c.antecedent is None and c.form != "ibid"]
    parent = list(range(len(introducing)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for members in _blocks(introducing, block_title_words).values():
        for pos, a in enumerate(members):
            for b in members[pos + 1:]:
                if find(a) != find(b) and same_work(introducing[a].work, introducing[b].work, score_cutoff):
                    parent[max(find(a), find(b))] = min(find(a), find(b))
    clusters: dict[int, list[Citation]] = defaultdict(list)
    for n, cit in enumerate(introducing):
        clusters[find(n)].append(cit)
    followers = _followers(documents)
    out = []
    for key in sorted(clusters):
        members = clusters[key]
        cited = [c for m in members for c in [m] + followers.get(id(m), [])]
        out.append((merge_works([m.work for m in members]), cited))
    return out


def _followers(documents: list[Document]) -> dict[int, list[Citation]]:
    """Map each introducing citation to the ibid. and short forms that repeat it."""
    out: dict[int, list[Citation]] = defaultdict(list)
    for doc in documents:
        for _, _, cit in doc.citations():
            if cit.antecedent is not None:
                out[id(root(doc, cit))].append(cit)
    return out


def _blocks(citations: list[Citation], words: int) -> dict[tuple, list[int]]:
    """Blocking keys -> indexes of the candidates that share them."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for n, cit in enumerate(citations):
        for key in blocking_keys(cit.work, words):
            blocks[key].append(n)
    return blocks


def blocking_keys(work: Work, words: int = BLOCK_TITLE_WORDS) -> list[tuple]:
    """Cheap keys that any two citations of one work share at least one of."""
    year = _year(work)
    if not work.get("title"):
        return [("issue", fold(work.get("container-title")), year)]
    title = [w for w in fold(work["title"]).split() if w not in STOPWORDS]
    keys = [("title", *title[:words])]
    if first_author(work):
        keys.append(("author", first_author(work), year))
    return keys


def same_work(a: Work, b: Work, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> bool:
    """True when two parsed works are one work as published (CONVENTIONS §1)."""
    if _conflict(a, b):
        return False
    if not a.get("title") or not b.get("title"):
        return not a.get("title") and not b.get("title") and bool(a.get("issued")) \
            and fold(a.get("container-title")) == fold(b.get("container-title"))
    ta, tb = fold(a["title"]), fold(b["title"])
    if re.findall(r"\d+", ta) != re.findall(r"\d+", tb):
        return False
    return fuzz.ratio(ta, tb) >= score_cutoff


def _conflict(a: Work, b: Work) -> bool:
    """A difference that two citations of one work cannot have."""
    if a.get("issued") and b.get("issued") and a["issued"] != b["issued"]:
        pa, pb = a["issued"]["date-parts"][0], b["issued"]["date-parts"][0]
        if pa[:min(len(pa), len(pb))] != pb[:min(len(pa), len(pb))]:
            return True
    for key in ("volume", "language", "edition"):
        if a.get(key) and b.get(key) and str(a[key]) != str(b[key]):
            return True
    fa, fb = first_author(a), first_author(b)
    return bool(fa and fb and fa != fb)


def merge_works(works: list[Work]) -> Work:
    """First work's values, gaps filled from the rest, conflicting values noted."""
    merged = dict(works[0])
    notes = [merged["note"]] if merged.get("note") else []
    for other in works[1:]:
        for key, value in other.items():
            if key not in merged:
                merged[key] = value
            elif key == "note" and value not in notes:
                notes.append(value)
            elif key in NOTED_CONFLICTS and value != merged[key]:
                line = f"Also cited with {key}: {_show(value)}."
                if line not in notes:
                    notes.append(line)
    if notes:
        merged["note"] = " ".join(notes)
    return merged


def _show(value) -> str:
    """A field value as text for a note."""
    if isinstance(value, dict) and "date-parts" in value:
        return "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(value["date-parts"][0]))
    return str(value)


def _year(work: Work):
    parts = (work.get("issued") or {}).get("date-parts") or [[None]]
    return parts[0][0] if parts[0] else None
