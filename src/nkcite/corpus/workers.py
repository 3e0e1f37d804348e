"""The per-paper stage of a corpus run, on all cores: paper files -> store rows.

`parse_paper_file(("corpus/kim-1998.txt", "kim-1998"))` -> `("row", {...})`: read, notes,
split, parse, resolve (`pipeline.read_document`), then the row for the
store (`store.paper_row`: the document, its candidates' profiles and works),
all in the worker, so the parent process only writes bytes. A paper nkcite
refuses comes back as `("error", InputError(...))`, never as a crash of the
pool. Worker processes live for the whole run, so whatever the parser loads
(its model) is loaded once per process, not once per paper.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Iterator

from ..errors import InputError
from ..pipeline import read_document
from .store import paper_row

Outcome = tuple[str, object]
"""("row", store row) or ("error", the InputError that refused the paper)."""
Job = tuple[str, str]
"""(paper path, its document id)."""


def parse_paper_file(job: Job) -> Outcome:
    """One paper file -> its store row, or the error that refused it."""
    try:
        return "row", paper_row(*read_document(*job))
    except InputError as exc:
        return "error", exc


def all_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:   # not on Linux
        return os.cpu_count() or 1


def parse_locally(papers: list[Job], jobs: int) -> Iterator[tuple[int, Outcome]]:
    """(index in `papers`, outcome) of every paper, as they finish, on `jobs` processes."""
    if jobs <= 1 or len(papers) <= 1:
        for n, paper in enumerate(papers):
            yield n, parse_paper_file(paper)
        return
    context = multiprocessing.get_context("spawn")   # no fork of a parent holding threads or a large heap
    with ProcessPoolExecutor(min(jobs, len(papers)), mp_context=context) as pool:
        futures = {pool.submit(parse_paper_file, paper): n for n, paper in enumerate(papers)}
        try:
            for future in as_completed(futures):
                yield futures.pop(future), future.result()
        finally:
            pool.shutdown(cancel_futures=True)
