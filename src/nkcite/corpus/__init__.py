"""Corpus runs: thousands of papers -> one citation graph, on all cores or on a Dask cluster.

paths -> paper files (`sources.find_papers`) -> the per-paper stage (read,
notes, split, parse, resolve) in worker processes (`workers`) or on Dask
(`cluster`), each paper stored as it finishes (`store`) -> dedupe across
the corpus streamed from the store (`dedupe.cluster_numbers`), the works
merged cluster by cluster on disk (`store.merged_works`) -> ids -> a `Graph`
whose documents and references are read back from the store as a format
walks them.

    >>> from nkcite.formats import render
    >>> with corpus_run(jobs=1) as run:
    ...     text = render(run.graph, "biblatex")
    >>> run.papers, run.notes, len(run.graph.references)
    (2, 155, 150)

The output is the same byte for byte whatever `jobs` is and wherever the
papers were parsed: rows are read back in paper order, and dedupe joins its
edges in block order. A store given by path is kept, so a run interrupted
at paper 6,000 and started again parses only the papers after it.
"""
from __future__ import annotations

import os
import tempfile
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterator

from ..dedupe import DEFAULT_SCORE_CUTOFF, EdgeFinder, assign_refs, cluster_numbers
from ..errors import InputError
from ..keys import with_ids
from ..model import Diagnostic, Document, Graph, Work
from ..pipeline import bundled_papers, document_ids, failed_paper, source_name
from ..sources import find_papers
from . import progress
from .store import PaperStore, key_digest, paper_key
from .workers import all_cores, parse_locally, parse_paper_file

__all__ = ["CorpusRun", "StoredDocuments", "StoredReferences", "corpus_run", "all_cores"]


@dataclass
class CorpusRun:
    """The graph of a corpus run and what it holds."""

    graph: Graph
    papers: int
    notes: int
    citations: int
    resumed: int = 0
    """Papers found in the store, not parsed again."""
    seconds: dict[str, float] = field(default_factory=dict)
    """Wall seconds of the stages: `parse` (the papers not stored yet) and `dedupe`."""

    @classmethod
    def of(cls, graph: Graph) -> "CorpusRun":
        """The counts of a graph held in memory (a library's)."""
        return cls(graph, len(graph.documents), sum(len(d.notes) for d in graph.documents),
                   sum(1 for d in graph.documents for _ in d.citations()))


@contextmanager
def corpus_run(paths: list[str | Path] | None = None, *, jobs: int | None = None, store: str | Path | None = None,
               keep_store: bool = True, dask: str | None = None, show_progress: bool = False,
               score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> Iterator[CorpusRun]:
    """Parse and deduplicate the papers at `paths` (default: the bundled papers).

    `jobs` worker processes (default: all cores; as with any use of
    multiprocessing, a script calling this needs `if __name__ == "__main__":`);
    `store`: the SQLite file parsed papers go to (default: a temporary one),
    kept for the next run unless `keep_store` is false and the run succeeded
    or stored nothing; `dask`: `"local"` for a local Dask cluster of `jobs`
    workers, or a scheduler address (`tcp://HOST:PORT`). The graph reads the
    store, so use it inside the `with`.
    """
    papers = find_papers(paths) if paths else bundled_papers()
    jobs = jobs or all_cores()
    path = Path(store) if store else _temporary_store()
    db = PaperStore(path)
    succeeded = False
    try:
        with _dask_client(dask, jobs) as client:
            parse = _dask_parse(client) if client else (lambda todo: parse_locally(todo, jobs))
            start = time.perf_counter()
            keys, left_out, resumed = _parse_missing(papers, db, parse, show_progress)
            parsed = time.perf_counter()
            run = _stored_run(db, keys, left_out, _dask_edges(client) if client else None, score_cutoff,
                              show_progress)
            run.resumed, run.seconds = resumed, {"parse": parsed - start, "dedupe": time.perf_counter() - parsed}
        yield run
        succeeded = True
    finally:
        useful = bool(db.keys())
        db.close()
        if not store or (not keep_store and (succeeded or not useful)):
            _remove_store(path)


def _dask_client(dask: str | None, workers: int):
    if dask is None:
        return nullcontext(None)
    from .cluster import dask_client
    return dask_client(None if dask == "local" else dask, workers)


def _dask_parse(client):
    from .cluster import parse_on_dask
    return lambda todo: parse_on_dask(client, todo)


def _dask_edges(client) -> EdgeFinder:
    from .cluster import dask_edges
    return dask_edges(client)


def _parse_missing(papers: list[Path], db: PaperStore, parse,
                   show_progress: bool) -> tuple[list[str], dict[int, Diagnostic], int]:
    """Parse the papers the store lacks, storing each as it finishes; the key
    of every paper, the papers left out (by number: refused, or the same
    bytes as an earlier one, `duplicate-paper`), and how many were in the
    store already.

    As in `pipeline.parse_files`, a refused paper of a batch is left out with
    a diagnostic and the others go on; a single paper, or a batch of which
    none is left, raises the (first) refusal; ids that clash are told apart
    by folder (`pipeline.document_ids`). Standard input is read here.
    """
    ids = document_ids(papers)
    keys = [paper_key(p, doc_id) for p, doc_id in zip(papers, ids)]
    left_out = _repeated_papers(papers, keys)
    stored = db.keys()
    todo = [n for n, key in enumerate(keys) if key not in stored and n not in left_out]
    resumed = len(papers) - len(todo) - len(left_out)
    here = [n for n in todo if str(papers[n]) == "-"]
    away = [n for n in todo if str(papers[n]) != "-"]
    outcomes = chain(((n, parse_paper_file(("-", ids[n]))) for n in here),
                     ((away[k], outcome) for k, outcome in parse([(str(papers[n]), ids[n]) for n in away])))
    refused: dict[int, InputError] = {}
    diagnostics = 0
    with progress.bar("parse", len(papers), initial=len(papers) - len(todo), shown=show_progress) as bar:
        for n, (kind, value) in outcomes:
            if kind == "error":
                refused[n] = value
            else:
                db.put(keys[n], value)
                diagnostics += value["found_diagnostics"]
            bar.set_postfix(diagnostics=diagnostics, refresh=False)
            bar.update()
    if refused and len(refused) + len(left_out) == len(papers):
        raise refused[min(refused)]
    left_out.update((n, failed_paper(exc)) for n, exc in refused.items())
    return keys, left_out, resumed


def _repeated_papers(papers: list[Path], keys: list[str]) -> dict[int, Diagnostic]:
    """A `duplicate-paper` diagnostic for each paper whose bytes an earlier one has (read once)."""
    first: dict[str, int] = {}
    repeats = {}
    for n, key in enumerate(keys):
        digest = key_digest(key)
        if digest is None:
            continue
        if digest in first:
            repeats[n] = Diagnostic("duplicate-paper", f"{source_name(papers[n])}: the same text as "
                                    f"{source_name(papers[first[digest]])}; read once")
        else:
            first[digest] = n
    return repeats


def _stored_run(db: PaperStore, keys: list[str], left_out: dict[int, Diagnostic], edges: EdgeFinder | None,
                score_cutoff: float, show_progress: bool) -> CorpusRun:
    """Deduplicate the stored papers and give the works ids (as `pipeline.build_graph`)."""
    kept = [key for n, key in enumerate(keys) if n not in left_out]
    clusters = cluster_numbers(db.profiles(progress.walk(kept, "dedupe", shown=show_progress)),
                               score_cutoff=score_cutoff, edges=edges)
    ids = db.put_references(with_ids(db.merged_works(progress.walk(kept, "merge", shown=show_progress), clusters)))
    reading = [d for n, key in enumerate(keys)
               for d in ([left_out[n]] if n in left_out else db.diagnostics([key], "reading"))]
    diagnostics = reading + db.diagnostics(kept, "diagnostics")
    notes, citations = db.totals(kept)
    graph = Graph(StoredDocuments(db, kept, clusters, ids), StoredReferences(db, len(ids)), diagnostics)
    return CorpusRun(graph, len(kept), notes, citations)


class StoredReferences:
    """The references of a corpus run: read back from the store, in order,
    each time they are walked."""

    def __init__(self, db: PaperStore, count: int):
        self.db, self.count = db, count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Work]:
        return self.db.references()


class StoredDocuments:
    """The documents of a corpus run: read back from the store, one at a
    time, with their citations' refs, each time they are walked."""

    def __init__(self, db: PaperStore, keys: list[str], clusters, ids: list[str]):
        self.db, self.keys, self.clusters, self.ids = db, keys, clusters, ids

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self) -> Iterator[Document]:
        numbers = iter(self.clusters)
        for doc in self.db.documents(self.keys):
            assign_refs(doc, numbers, self.ids)
            yield doc


def _temporary_store() -> Path:
    handle, name = tempfile.mkstemp(prefix="nkcite-", suffix=".sqlite")
    os.close(handle)
    return Path(name)


def _remove_store(path: Path) -> None:
    """Delete a store and SQLite's companion files."""
    for extra in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{extra}")
        except FileNotFoundError:
            pass
