"""The library: papers, works and a user's decisions kept in one SQLite file.

    >>> from nkcite.library import open_store, add_papers, library_graph
    >>> with open_store(path) as store:                       # doctest: +SKIP
    ...     add_papers(store, ["paper.txt"])
    ...     graph = library_graph(store)                      # export as from papers

`store` opens and checks the file; `ingest` adds papers; `decisions`
merges, splits and edits works; `view` reads the library back as a graph
and shows one work; `works` holds the work rows and their ids.
"""
from .decisions import edit, merge, split
from .ingest import Added, add_paper, add_papers
from .store import SCHEMA_VERSION, Store, default_path, open_store
from .view import library_graph, show

__all__ = ["Added", "SCHEMA_VERSION", "Store", "add_paper", "add_papers", "default_path", "edit",
           "library_graph", "merge", "open_store", "show", "split"]
