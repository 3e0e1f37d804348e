"""Shared fixtures: the bundled papers, their notes, the Young gold graph."""
from __future__ import annotations

import json
import signal
from pathlib import Path

import pytest

from nkcite import extract_notes
from nkcite.pipeline import bundled_papers

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"
YOUNG = ROOT / "references" / "papers" / "young-2019-nkidp-wp7.txt"
MIYAMOTO = ROOT / "references" / "papers" / "miyamoto-2024-nk-vietnam-war.txt"


@pytest.fixture(scope="session")
def young_text() -> str:
    return YOUNG.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def miyamoto_text() -> str:
    return MIYAMOTO.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def young_notes(young_text):
    return {n.number: n for n in extract_notes(young_text)[0]}


@pytest.fixture(scope="session")
def miyamoto_notes(miyamoto_text):
    return {n.number: n for n in extract_notes(miyamoto_text)[0]}


@pytest.fixture(scope="session")
def young_gold() -> dict:
    return json.loads((FIXTURES / "young-2019.gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def papers():
    return bundled_papers()


@pytest.fixture(scope="session")
def corpus_graph():
    """Both bundled papers parsed together (the exported corpus)."""
    from nkcite import parse_files
    return parse_files()


def default_signals() -> None:
    """`preexec_fn` for a child that a test interrupts: SIGINT and SIGHUP act on it as on a
    terminal's program even where the test run was started with them ignored (a shell starts
    a background job so, and ignored signals are inherited through exec)."""
    for signum in (signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, signal.SIG_DFL)


def resolved_document(notes: list[str]):
    """A paper of these note texts, parsed and resolved (ibid. and short forms pointed at their works)."""
    from nkcite.model import Document, Note
    from nkcite.parse.citation import cite_notes
    from nkcite.resolve import resolve_document
    doc = Document(id="d", source="d.md", notes=[Note(number=n + 1, text=t, citations=c)
                                                  for n, (t, c) in enumerate(zip(notes, cite_notes(notes)))])
    return resolve_document(doc)


def benchmark(name: str):
    """A script of `benchmarks/`, imported (its generators make test corpora)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def library_profiles(size: int) -> list:
    """The distinct profiles of the dedupe benchmark's library of `size` citations."""
    from nkcite.dedupe import Variants, profiles_of
    documents, _ = benchmark("dedupe").library(size)
    variants = Variants()
    for doc in documents:
        for profile in profiles_of(doc):
            variants.add(profile)
    return variants.profiles


@pytest.fixture(scope="session")
def corpus50(tmp_path_factory):
    """50 papers made from the bundled ones (benchmarks/corpus.py) and their truth."""
    directory = tmp_path_factory.mktemp("corpus50")
    return directory, benchmark("corpus").build_corpus(directory, 50)


@pytest.fixture(scope="session")
def dask_scheduler():
    """The address of a real dask.distributed.LocalCluster: 2 worker processes (skipped without dask)."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address
