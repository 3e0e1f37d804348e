"""Dedupe, blocking: profiles -> blocks -> the pairs of each block that are one work.

A profile is filed under cheap keys (`blocking_keys`: `("title", "politics",
"machine", "concept")`, `("author", "weis", 2011)`, ...) that any two
citations of one work share at least one of, so only the profiles of a
block are compared; `block_edges` finds a block's pairs (`one_work`) by a
pure function of its members, so a block gives the same edges in this
process (`local_edges`) or on a Dask worker, and `clusters.cluster` joins
them in block order either way.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Iterable

from rapidfuzz import fuzz, process

from ..data.words import STOPWORDS
from .profiles import DEFAULT_SCORE_CUTOFF, Profile, candidate_cutoff, dates_conflict, one_work

BLOCK_TITLE_WORDS = 3
"""How many leading (and trailing) content words of a title make its blocking keys."""
MAX_BLOCK = 1000
"""Largest block compared pair by pair (the largest in `benchmarks/dedupe.py` at 100k citations: 482)."""
NEIGHBOURS = 20
"""How many sorted neighbours each title (and each citation of one title) is compared with in a larger block."""
LOOKUP_ONLY = "surname"
"""Blocking keys of this kind only serve short forms looking for their work."""

Edge = tuple[int, int]
Member = tuple[int, Profile]
EdgeFinder = Callable[[dict[tuple, list[int]], list[Profile], float, int, int], dict[tuple, list[Edge]]]
"""(blocks, profiles, score cutoff, block title words, fresh) -> the edges of
each compared block (`local_edges` here; `corpus.cluster.dask_edges` on Dask)."""


def blocking_keys(profile: Profile, words: int = BLOCK_TITLE_WORDS) -> list[tuple]:
    """Cheap keys that any two citations of one work share at least one of:
    the first and the last `words` content words of the title (a typo
    spoils one of them at most), the first author's family name and year,
    and for an untitled issue the periodical and the whole date. A short
    form has no year: it looks up its title's first words and its author."""
    if not profile.title:   # an issue cited by date: one key per periodical and day
        # an undated untitled work (an unparsed citation) is never the same as another: no key
        return [("issue", profile.container, *profile.date)] if profile.dated else []
    title = [w for w in profile.title.split() if w not in STOPWORDS]
    keys = [("title", *title[:words])]
    if not profile.short and len(title) > words:
        keys.append(("title-end", *title[-words:]))
    if profile.family:
        keys.append((LOOKUP_ONLY, profile.family, title[0] if title else "") if profile.short
                    else ("author", profile.family, profile.year))
    return keys


def filing_keys(profile: Profile, words: int = BLOCK_TITLE_WORDS) -> list[tuple]:
    """Every block a candidate is filed under: its `blocking_keys`, and for a
    full work with an author the key by which short forms look it up."""
    keys = blocking_keys(profile, words)
    if profile.family and profile.title and not profile.short:
        first_word = next((w for w in profile.title.split() if w not in STOPWORDS), "")
        keys.append((LOOKUP_ONLY, profile.family, first_word))
    return keys


def block_index(profiles: list[Profile], words: int) -> dict[tuple, list[int]]:
    """Filing keys -> indexes of the full citations' profiles filed under them
    (a short form looks up the blocks of full citations; it is never looked up)."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for n, profile in enumerate(profiles):
        if not profile.short:
            for key in filing_keys(profile, words):
                blocks[key].append(n)
    return blocks


def compared_blocks(blocks: dict[tuple, list[int]], fresh: int = 0) -> Iterable[tuple[tuple, list[int]]]:
    """The blocks whose citations are compared: not a lookup, more than one
    member, and one of them new (numbered `fresh` or more; those before are
    a library's settled works, never compared together)."""
    for key, members in blocks.items():
        if key[0] != LOOKUP_ONLY and len(members) > 1 and members[-1] >= fresh:
            yield key, members


def local_edges(blocks: dict[tuple, list[int]], profiles: list[Profile], score_cutoff: float,
                block_title_words: int, fresh: int = 0) -> dict[tuple, list[Edge]]:
    """`block_edges` of every compared block, one after another in this process
    (the blocks are made with `block_title_words` already)."""
    return {key: block_edges([(m, profiles[m]) for m in members], score_cutoff, fresh)
            for key, members in compared_blocks(blocks, fresh)}


def block_edges(members: list[Member], score_cutoff: float, fresh: int = 0) -> list[Edge]:
    """The pairs of one block's citations that are one work, in a fixed order
    (none between two settled ones, numbered below `fresh`).

    Two citations of one work have the same year or one has none, so the
    members are compared year by year, and the undated ones with all: a
    block of a thousand telegrams from one embassy costs its years' squares,
    not a million comparisons. A block of more than MAX_BLOCK citations
    (thousands of titles that open alike, or one title many works share)
    is compared by sorted neighbourhood instead (`_neighbour_edges`).
    """
    if len(members) > MAX_BLOCK:
        return _neighbour_edges(sorted(members), score_cutoff, fresh)
    by_year: dict[object, list[Member]] = defaultdict(list)
    for member in sorted(members):
        by_year[member[1].year].append(member)
    undated = by_year.pop(None, [])
    edges = _edges_within(undated, score_cutoff, fresh)
    for group in by_year.values():
        edges += _edges_within(group, score_cutoff, fresh) + _edges_across(undated, group, score_cutoff, fresh)
    return edges


def _edges_within(members: list[Member], score_cutoff: float, fresh: int) -> list[Edge]:
    """The pairs among `members` that are one work.

    Citations with one folded title are checked against each other; distinct
    titles are scored by rapidfuzz in C (`process.extract`), and only the
    pairs above the cutoff are checked further, so a block of a thousand
    titles costs a million C comparisons, not a million Python calls.
    """
    by_title = _by_title(members)
    new = [t for t, group in by_title.items() if group[-1][0] >= fresh]
    settled = [t for t, group in by_title.items() if group[-1][0] < fresh]
    edges = [edge for title in new for edge in _same_pairs(by_title[title], by_title[title], score_cutoff, fresh)]
    for i, title in enumerate(new):
        rest = new[i + 1:] + settled
        for _, _, j in process.extract(title, rest, scorer=fuzz.ratio, score_cutoff=candidate_cutoff(title, score_cutoff),
                                         limit=None):
            edges += _same_pairs(by_title[title], by_title[rest[j]], score_cutoff, fresh)
    return edges


def _neighbour_edges(members: list[Member], score_cutoff: float, fresh: int) -> list[Edge]:
    """The pairs of a large block found in bounded work: each title with the
    NEIGHBOURS titles after it in sorted order, and each citation of one
    title with the NEIGHBOURS before it when ordered by first author and year
    (two settled candidates never)."""
    by_title = _by_title(members)
    edges = []
    for group in by_title.values():
        group = sorted(group, key=lambda m: (m[1].family, str(m[1].year), m[0]))
        for k in range(1, len(group)):
            window = [m for m in group[max(0, k - NEIGHBOURS):k] if m[0] >= fresh or group[k][0] >= fresh]
            edges += _same_pairs(group[k:k + 1], window, score_cutoff, fresh)
    titles = sorted(by_title)
    for i, title in enumerate(titles[:-1]):
        new = by_title[title][-1][0] >= fresh
        window = [t for t in titles[i + 1:i + 1 + NEIGHBOURS] if new or by_title[t][-1][0] >= fresh]
        for _, _, j in process.extract(title, window, scorer=fuzz.ratio,
                                         score_cutoff=candidate_cutoff(title, score_cutoff), limit=None):
            edges += _same_pairs(by_title[title], by_title[window[j]], score_cutoff, fresh)
    return edges


def _edges_across(group_a: list[Member], group_b: list[Member], score_cutoff: float, fresh: int) -> list[Edge]:
    """The pairs (a from group_a, b from group_b) that are one work."""
    by_title_b = _by_title(group_b)
    titles_b = list(by_title_b)
    edges = []
    for title, members in _by_title(group_a).items():
        for _, _, j in process.extract(title, titles_b, scorer=fuzz.ratio,
                                         score_cutoff=candidate_cutoff(title, score_cutoff), limit=None):
            edges += _same_pairs(members, by_title_b[titles_b[j]], score_cutoff, fresh)
    return edges


def _by_title(members: list[Member]) -> dict[str, list[Member]]:
    by_title: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_title[member[1].title].append(member)
    return by_title


def _same_pairs(group_a: list[Member], group_b: list[Member], score_cutoff: float, fresh: int) -> list[Edge]:
    """Each pair (a from group_a, b from group_b) that is one work; within
    one group each pair once; never two settled ones."""
    return [(a, b) for a, pa in group_a for b, pb in group_b
            if (a < b or group_a is not group_b) and max(a, b) >= fresh and one_work(pa, pb, score_cutoff)]


def worth_comparing(key: tuple, title: str, date: list, new: list[tuple[str, bool, list]],
                    score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> bool:
    """Whether a settled candidate filed under `key` with folded `title` and
    date-parts `date` can join one of the new citations filed under it
    (folded title, short form, date-parts each): not when every new one's
    date conflicts with its, nor under a short-form lookup key when no new
    one is a short form; else any untitled issue or short-form lookup can, and otherwise only a title within the cutoff of a new one, as
    `block_edges` will require."""
    new = [n for n in new if not dates_conflict(date, n[2])]
    if not new or (key[0] == LOOKUP_ONLY and not any(short for _, short, _ in new)):
        return False                      # a lookup key serves short forms only
    if key[0] in ("issue", LOOKUP_ONLY) or not title or any(short for _, short, _ in new):
        return True
    return process.extractOne(title, [t for t, _, _ in new], scorer=fuzz.ratio,
                              score_cutoff=candidate_cutoff(title, score_cutoff)) is not None
