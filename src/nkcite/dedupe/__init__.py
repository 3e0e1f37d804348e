"""Stage 5, dedupe: the works cited across notes and papers -> one reference each.

Every citation that introduces a work (not an ibid. or a resolved short
form) is a candidate. Candidates are blocked by cheap keys (the first words
of the title; the first author and year; for a bare issue, the periodical and
date), compared inside a block with rapidfuzz, and merged only when no rule
forbids it: different dates, different numbers in the title (`(1)` and
`(2)`), different volumes, authors or languages. A merged work keeps the first
citation's values, fills gaps from the others and notes conflicting ones.

The stages can be spread over processes or a cluster (`nkcite.corpus`):
candidates -> `Profile`s, alike ones once (`profiles.py`) -> blocks ->
`block_edges`, the pairs of one block that are one work, by a pure
function (`blocks.py`) -> the edges joined in block order, short forms
attached (`clusters.py`) -> `merge_works` per cluster (`merge.py`). Running
a block anywhere gives the same edges, and the edges are always joined in
the same order, so the clusters never depend on where the work was done.
"""
from .blocks import (BLOCK_TITLE_WORDS, LOOKUP_ONLY, MAX_BLOCK, NEIGHBOURS, STOPWORDS, Edge, EdgeFinder, block_edges, block_index,
                     blocking_keys, compared_blocks, filing_keys, local_edges, worth_comparing)
from .clusters import (Cluster, assign_refs, cluster, cluster_numbers, cluster_works, dedupe, join_settled,
                       merge_clusters)
from .merge import NOTED_CONFLICTS, Merge, merge_works
from .profiles import (DEFAULT_SCORE_CUTOFF, Profile, Variants, candidates, conflict, date_parts, dates_conflict,
                       one_work, profiles_of, same_author, same_work)

__all__ = [
    "BLOCK_TITLE_WORDS", "DEFAULT_SCORE_CUTOFF", "LOOKUP_ONLY", "MAX_BLOCK", "NEIGHBOURS", "NOTED_CONFLICTS", "STOPWORDS",
    "Cluster", "Edge", "EdgeFinder", "Merge", "Profile", "Variants",
    "assign_refs", "block_edges", "block_index", "blocking_keys", "candidates", "cluster", "cluster_numbers", "cluster_works",
    "compared_blocks", "conflict", "date_parts", "dates_conflict", "dedupe", "filing_keys", "join_settled",
    "local_edges", "merge_clusters", "merge_works", "one_work", "profiles_of", "same_author", "same_work", "worth_comparing",
]
