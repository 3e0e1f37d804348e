"""Dedupe, clustering: the edges of the blocks -> clusters -> one merged work each.

`cluster(profiles)` joins the edges block by block in block order (refusing
a join that contradicts a cluster's most specific values, so a year-only
citation cannot bridge two issues), then attaches each short form to the one
cluster whose title it begins (short forms of one author and title that no
full work fits, as in papers that cite a work only short, are one work); `cluster_works` does it for a corpus read
twice from disk (profiles, then works); `join_settled` for new papers among
a library's settled works; `dedupe` for documents in memory.
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from typing import Callable, Iterable, Iterator, NamedTuple

from ..model import Citation, Document, Work
from .blocks import BLOCK_TITLE_WORDS, EdgeFinder, block_index, blocking_keys, local_edges
from .merge import Merge, merge_works
from .profiles import DEFAULT_SCORE_CUTOFF, Profile, Variants, candidates, conflict, same_author


class Cluster(NamedTuple):
    """One work found among new citations: the settled work it joins (a
    library's work id) or None for a new work, the merged work of the new
    citations, and those citations with the repeats that follow them."""

    settled: int | None
    work: Work
    citations: list[Citation]


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
    return [(c.work, c.citations) for c in
            join_settled(documents, [], score_cutoff=score_cutoff, block_title_words=block_title_words)]


def join_settled(documents: list[Document], settled: list[tuple[int, Work]],
                 pin: Callable[[Citation], int | None] = lambda cit: None, *,
                 score_cutoff: float = DEFAULT_SCORE_CUTOFF,
                 block_title_words: int = BLOCK_TITLE_WORDS) -> list[Cluster]:
    """Cluster the works of new `documents` among themselves and with works
    already settled (a library's), by the same blocked comparison as `dedupe`.

    `settled` holds (work id, a citation's or the work's CSL fields) for the
    settled works that share a blocking key with a new citation. `pin` names
    the settled work a new citation must join (a citation the user placed).
    Two settled works are never joined: what a user split stays split.
    Returns one `Cluster` per group of new citations, in order of first citation.
    """
    variants = Variants()
    for work_id, work in settled:
        variants.add(Profile.of(work), work_id)
    fresh = len(variants.profiles)      # profiles from here on are new; settled ones are not compared together
    introducing = [c for doc in documents for c in candidates(doc)]
    for cit in introducing:
        variants.add(Profile.of(cit.work, cit.looks_short), pin(cit))
    numbers, anchors = cluster(variants.profiles, variants.anchors, fresh=fresh, score_cutoff=score_cutoff,
                               block_title_words=block_title_words)
    members: dict[int, list[list[Citation]]] = defaultdict(list)
    new = iter(numbers[v] for v in variants.of[len(settled):])
    for doc in documents:
        cited: dict[tuple[int, int], list[Citation]] = {}   # a work's citation and its repeats, by position
        for i, j, cit in doc.citations():
            if cit.antecedent is None and cit.work:
                cited[i, j] = [cit]
                members[next(new)].append(cited[i, j])
            elif cit.antecedent in cited:
                cited[i, j] = cited[cit.antecedent]
                cited[i, j].append(cit)
    return [Cluster(anchors.get(n), merge_works([m[0].work for m in members[n]]),
                    [c for member in members[n] for c in member]) for n in sorted(members)]


def cluster_works(profiles: Iterable[Profile], works: Iterable[Work], *,
                  score_cutoff: float = DEFAULT_SCORE_CUTOFF, block_title_words: int = BLOCK_TITLE_WORDS,
                  edges: EdgeFinder | None = None) -> tuple[list[Work], array]:
    """The merged work of each cluster, in order of first citation, and the
    cluster number of each candidate (`cluster_numbers`, then `merge_clusters`).

    `profiles` and `works` give each candidate's profile and work in corpus
    order; all profiles are read before the first work, so both may stream
    from disk. `edges` computes the edges of the compared blocks (default
    `local_edges`: here, one block after another).
    """
    numbers = cluster_numbers(profiles, score_cutoff=score_cutoff, block_title_words=block_title_words, edges=edges)
    return merge_clusters(numbers, works), numbers


def cluster_numbers(profiles: Iterable[Profile], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF,
                    block_title_words: int = BLOCK_TITLE_WORDS, edges: EdgeFinder | None = None) -> array:
    """The cluster number of each candidate, from their profiles in corpus
    order: 0, 1, ... in order of first citation, so a cluster's number is
    known before any later cluster's first citation."""
    variants = Variants()
    for profile in profiles:
        variants.add(profile)
    numbers, _ = cluster(variants.profiles, score_cutoff=score_cutoff, block_title_words=block_title_words,
                         edges=edges)
    return array("q", (numbers[v] for v in variants.of))


def merge_clusters(numbers: array, works: Iterable[Work]) -> list[Work]:
    """The merged work of each cluster (`numbers`: each candidate's cluster,
    `works`: each candidate's work, in corpus order)."""
    merged: list[Merge | None] = [None] * (max(numbers, default=-1) + 1)
    for n, work in zip(numbers, works, strict=True):
        if merged[n] is None:
            merged[n] = Merge(work)
        else:
            merged[n].add(work)
    return [m.result() for m in merged]


def assign_refs(document: Document, clusters: Iterator[int], ids: list[str]) -> None:
    """Give each citation of `document` its reference's id: a candidate the
    id of the next cluster number from `clusters`, a repeat its antecedent's."""
    for _, _, cit in document.citations():
        if cit.antecedent is None:
            cit.ref = ids[next(clusters)] if cit.work else None
        else:
            i, j = cit.antecedent
            cit.ref = document.notes[i].citations[j].ref


def cluster(profiles: list[Profile], anchors: list[int | None] | None = None, *, fresh: int = 0,
            score_cutoff: float = DEFAULT_SCORE_CUTOFF, block_title_words: int = BLOCK_TITLE_WORDS,
            edges: EdgeFinder | None = None) -> tuple[list[int], dict[int, int]]:
    """The cluster number of each profile (0, 1, ... in order of first
    profile), and the settled work of each cluster that has one."""
    blocks = block_index(profiles, block_title_words)
    found = (edges or local_edges)(blocks, profiles, score_cutoff, block_title_words, fresh)
    clusters = _Clusters(profiles, anchors)
    for key in blocks:
        for a, b in found.get(key, ()):
            clusters.join(a, b)
    alone: dict[tuple[str, str], int] = {}      # short forms no full work fits, by author and title
    for n, profile in enumerate(profiles):
        if profile.short and not _attach_short_form(n, profiles, blocks, clusters, block_title_words):
            first = alone.setdefault((profile.family, profile.title), n)
            if first != n:
                clusters.join(first, n)
    roots = [clusters.find(n) for n in range(len(profiles))]
    numbering = {r: k for k, r in enumerate(sorted(set(roots)))}
    return [numbering[r] for r in roots], {numbering[r]: work for r, work in clusters.anchor.items()}


class _Clusters:
    """Union-find over profiles, keeping for each cluster the most specific
    values seen (first author, longest date, volume, language, edition) so
    that a join that would contradict them is refused (a citation without
    an author cannot bridge two authors' works of one title), and the
    settled work it holds (two settled works are never joined)."""

    def __init__(self, profiles: list[Profile], anchors: list[int | None] | None = None):
        self.parent = array("q", range(len(profiles)))
        self.profiles = profiles
        self.rep: dict[int, Profile] = {}
        self.anchor: dict[int, int] = {}     # root -> the settled work its cluster belongs to
        first: dict[int, int] = {}
        for n, work_id in enumerate(anchors or ()):
            if work_id is None:
                continue
            if work_id in first:             # profiles of one settled work are one cluster
                self._link(first[work_id], n)
            else:
                first[work_id] = n
                self.anchor[n] = work_id

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(self, a: int, b: int) -> bool:
        """Join the clusters of a and b unless their values conflict or both are settled works."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        rep_a, rep_b = self._rep(ra), self._rep(rb)
        if conflict(rep_a, rep_b) or not same_author(rep_a, rep_b) or (ra in self.anchor and rb in self.anchor):
            return False
        self._link(min(ra, rb), max(ra, rb))
        return True

    def _rep(self, root: int) -> Profile:
        return self.rep.get(root, self.profiles[root])

    def _link(self, keep: int, gone: int) -> None:
        self.parent[gone] = keep
        self.rep[keep] = _most_specific(self._rep(keep), self._rep(gone))
        self.rep.pop(gone, None)
        if gone in self.anchor:
            self.anchor[keep] = self.anchor.pop(gone)


def _most_specific(a: Profile, b: Profile) -> Profile:
    """`a` with gaps filled from `b` (the first author's names together) and the longer of the two dates."""
    family, name = (a.family, a.name) if a.family else (b.family, b.name)
    return a._replace(family=family, name=name, date=b.date if len(b.date) > len(a.date) else a.date,
                      volume=a.volume or b.volume, language=a.language or b.language, edition=a.edition or b.edition)


def _attach_short_form(n: int, profiles: list[Profile], blocks: dict[tuple, list[int]],
                       clusters: _Clusters, words: int) -> int:
    """Join short form n to the single cluster of full works it can stand for;
    how many clusters it could stand for (0: none, the work is cited only short)."""
    short = profiles[n]
    roots = set()
    for key in blocking_keys(short, words):
        for m in blocks.get(key, ()):
            other = profiles[m]
            if _title_begins(short.title, other.title) and not conflict(short, other) and same_author(short, other):
                roots.add(clusters.find(m))
    if len(roots) == 1:
        clusters.join(n, next(iter(roots)))
    return len(roots)


def _title_begins(short: str, full: str) -> bool:
    """The words of a folded title begin another's."""
    return full == short or full.startswith(short + " ")
