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
from typing import NamedTuple

from rapidfuzz import fuzz, process

from .model import Citation, Document, Work
from .normalize.dates import iso_date
from .resolve import first_author, fold, root

DEFAULT_SCORE_CUTOFF = 90.0
"""Least rapidfuzz `ratio` of two folded titles for the same work.

Measured with `python benchmarks/dedupe.py --sizes 10000 --cutoffs 70 80 85
88 90 92 94 96 98`: precision is 1.000 from 85 to 98 and recall is highest
(0.9973) from 70 to 90; 90 sits inside the plateau where both are at their
best, with margin on each side (70 lets precision fall to 0.981, 98 lets
recall fall to 0.986). The Young gold's clusters are exact at 85-94 too."""
BLOCK_TITLE_WORDS = 3
"""How many leading (and trailing) content words of a title make its blocking keys."""
LOOKUP_ONLY = "surname"
"""Blocking keys of this kind only serve short forms looking for their work."""
STOPWORDS = {"the", "a", "an", "on", "of", "in", "and", "to", "for"}
NOTED_CONFLICTS = ("URL", "accessed", "publisher", "collection-title", "container-title")


class Profile(NamedTuple):
    """What comparing two works needs, folded once per citation."""

    work: Work
    title: str                 # folded title, '' for an untitled issue
    words: tuple[str, ...]     # its words
    numbers: tuple[str, ...]   # the numbers in the title: `(1)` vs `(2)`
    family: str                # folded family name of the first author
    name_words: frozenset[str]  # every folded word of the first author's name
    short: bool                # a short form (author + first title words)

    @classmethod
    def of(cls, work: Work, short: bool = False) -> "Profile":
        """The profile of one parsed work."""
        names = work.get("author") or work.get("editor") or [{}]
        whole = " ".join(names[0].get(k, "") for k in ("family", "given", "literal"))
        title = fold(work.get("title"))
        return cls(work, title, tuple(title.split()), tuple(_DIGITS.findall(title)), first_author(work),
                   frozenset(fold(whole).split()), short and bool(title))


_DIGITS = re.compile(r"\d+")


def dedupe(documents: list[Document], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF,
           block_title_words: int = BLOCK_TITLE_WORDS) -> list[tuple[Work, list[Citation]]]:
    """Cluster the works of `documents`; return (merged work, citations) per cluster.

    Full citations are compared inside their blocks and joined when
    `same_work` holds and the two clusters so far do not conflict (so that a
    year-only citation cannot bridge two newspaper issues). A short form
    (author + the first words of a title) left without an antecedent joins
    the one cluster whose title it begins, and stays alone when several fit.
    Clusters come in order of first citation; each citation appears once.
    """
    # every citation that is not a resolved repeat (an ibid. left unresolved keeps a work of its own)
    introducing = [c for doc in documents for _, _, c in doc.citations() if c.antecedent is None and c.work]
    profiles = [Profile.of(c.work, c.looks_short) for c in introducing]
    clusters = _Clusters(profiles)
    blocks = _blocks(profiles, block_title_words)
    for key, members in blocks.items():
        if key[0] != LOOKUP_ONLY:
            _compare_block([m for m in members if not profiles[m].short], profiles, clusters, score_cutoff)
    for n, profile in enumerate(profiles):
        if profile.short:
            _attach_short_form(n, profiles, blocks, clusters, block_title_words)
    grouped: dict[int, list[Citation]] = defaultdict(list)
    for n, cit in enumerate(introducing):
        grouped[clusters.find(n)].append(cit)
    followers = _followers(documents)
    out = []
    for key in sorted(grouped):
        members = grouped[key]
        cited = [c for m in members for c in [m] + followers.get(id(m), [])]
        out.append((merge_works([m.work for m in members]), cited))
    return out


def _compare_block(members: list[int], profiles: list[Profile], clusters: "_Clusters",
                   score_cutoff: float) -> None:
    """Join the same works among one block's full citations.

    Citations with one folded title are checked against each other; distinct
    titles are scored by rapidfuzz in C (`process.extract`), and only the
    pairs above the cutoff are checked further, so a block of a thousand
    titles costs a million C comparisons, not a million Python calls.
    """
    by_title: dict[str, list[int]] = defaultdict(list)
    for m in members:
        by_title[profiles[m].title].append(m)
    titles = list(by_title)
    for group in by_title.values():
        _join_same(group, group, profiles, clusters, score_cutoff)
    for i, title in enumerate(titles[:-1]):
        rest = titles[i + 1:]
        for _, _, j in process.extract(title, rest, scorer=fuzz.ratio, score_cutoff=score_cutoff, limit=None):
            _join_same(by_title[title], by_title[rest[j]], profiles, clusters, score_cutoff)


def _join_same(group_a: list[int], group_b: list[int], profiles: list[Profile], clusters: "_Clusters",
               score_cutoff: float) -> None:
    """Join each pair (a from group_a, b from group_b) that is one work."""
    for a in group_a:
        for b in group_b:
            if (a < b or group_a is not group_b) and not clusters.together(a, b) and _same(profiles[a], profiles[b], score_cutoff):
                clusters.join(a, b)


class _Clusters:
    """Union-find over candidates, keeping for each cluster the most specific
    values seen (longest date, volume, language, edition, first author) so
    that a join that would contradict them is refused."""

    def __init__(self, profiles: list[Profile]):
        self.parent = list(range(len(profiles)))
        self.rep = {n: p.work for n, p in enumerate(profiles)}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def together(self, a: int, b: int) -> bool:
        return self.find(a) == self.find(b)

    def join(self, a: int, b: int) -> bool:
        """Join the clusters of a and b unless their values conflict."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb or _conflict(self.rep[ra], self.rep[rb]):
            return ra == rb
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.rep[keep] = _most_specific(self.rep[keep], self.rep.pop(gone))
        return True


def _most_specific(a: Work, b: Work) -> Work:
    """`a` with gaps filled from `b` and the longer of the two dates."""
    out = {**b, **a}
    if len(_parts(b)) > len(_parts(a)):
        out["issued"] = b["issued"]
    return out


def _attach_short_form(n: int, profiles: list[Profile], blocks: dict[tuple, list[int]],
                       clusters: _Clusters, words: int) -> None:
    """Join short form n to the single cluster of full works it can stand for."""
    short = profiles[n]
    roots = set()
    for key in blocking_keys(short, words):
        for m in blocks.get(key, ()):
            other = profiles[m]
            if not other.short and other.words[:len(short.words)] == short.words \
                    and not _conflict(short.work, other.work) and _same_author(short, other):
                roots.add(clusters.find(m))
    if len(roots) == 1:
        clusters.join(n, roots.pop())


def _followers(documents: list[Document]) -> dict[int, list[Citation]]:
    """Map each introducing citation to the ibid. and short forms that repeat it."""
    out: dict[int, list[Citation]] = defaultdict(list)
    for doc in documents:
        for _, _, cit in doc.citations():
            if cit.antecedent is not None:
                out[id(root(doc, cit))].append(cit)
    return out


def _blocks(profiles: list[Profile], words: int) -> dict[tuple, list[int]]:
    """Blocking keys -> indexes of the candidates that share them."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for n, profile in enumerate(profiles):
        for key in blocking_keys(profile, words):
            blocks[key].append(n)
        if profile.family and profile.title and not profile.short:
            first_word = next((w for w in profile.words if w not in STOPWORDS), "")
            blocks[(LOOKUP_ONLY, profile.family, first_word)].append(n)
    return blocks


def blocking_keys(profile: Profile, words: int = BLOCK_TITLE_WORDS) -> list[tuple]:
    """Cheap keys that any two citations of one work share at least one of:
    the first and the last `words` content words of the title (a typo
    spoils one of them at most), the first author's family name and year,
    and for an untitled issue the periodical and the whole date. A short
    form has no year: it looks up its title's first words and its author."""
    work = profile.work
    if not profile.title:   # an issue cited by date: one key per periodical and day
        return [("issue", fold(work.get("container-title")), *_parts(work))]
    title = [w for w in profile.words if w not in STOPWORDS]
    keys = [("title", *title[:words])]
    if not profile.short and len(title) > words:
        keys.append(("title-end", *title[-words:]))
    if profile.family:
        keys.append((LOOKUP_ONLY, profile.family, title[0] if title else "") if profile.short
                    else ("author", profile.family, _year(work)))
    return keys


def same_work(a: Work, b: Work, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> bool:
    """True when two parsed works are one work as published (CONVENTIONS §1)."""
    return _same(Profile.of(a), Profile.of(b), score_cutoff)


def _same(a: Profile, b: Profile, score_cutoff: float) -> bool:
    """`same_work` on profiles."""
    if _conflict(a.work, b.work) or not _same_author(a, b):
        return False
    if not a.title or not b.title:
        return not a.title and not b.title and bool(a.work.get("issued")) \
            and fold(a.work.get("container-title")) == fold(b.work.get("container-title"))
    if a.numbers != b.numbers:
        return False
    return fuzz.ratio(a.title, b.title, score_cutoff=score_cutoff) >= score_cutoff


def _same_author(a: Profile, b: Profile) -> bool:
    """First authors agree: same family name, or one's family name is a word
    of the other's name (`Kim Il-sung` printed `Il-sung Kim`), or one has none."""
    if not a.family or not b.family or a.family == b.family:
        return True
    return a.family in b.name_words or b.family in a.name_words


def _conflict(a: Work, b: Work) -> bool:
    """A difference that two citations of one work cannot have (authors aside)."""
    pa, pb = _parts(a), _parts(b)
    if pa and pb and pa[:min(len(pa), len(pb))] != pb[:min(len(pa), len(pb))]:
        return True
    for key in ("volume", "language", "edition"):
        if a.get(key) and b.get(key) and str(a[key]) != str(b[key]):
            return True
    return False


def _parts(work: Work) -> list:
    """The first date-parts of a work's `issued`, or []."""
    return ((work.get("issued") or {}).get("date-parts") or [[]])[0]


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
    """A field value as text for a note (dates as ISO 8601)."""
    return iso_date(value) if isinstance(value, dict) else str(value)


def _year(work: Work):
    """The year of a work's `issued`, or None."""
    return (_parts(work) or [None])[0]
