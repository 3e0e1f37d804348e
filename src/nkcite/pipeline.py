"""The whole pipeline: papers -> citation graph.

read -> notes -> split -> parse -> resolve (per paper) -> dedupe -> keys
(across papers). Each stage is a pure function of the records before it.
"""
from __future__ import annotations

import re
from pathlib import Path

from .dedupe import DEFAULT_SCORE_CUTOFF, dedupe
from .errors import NoNotesError
from .keys import assign_ids
from .model import Diagnostic, Document, Graph
from .notes import extract_notes
from .parse import parse_citation
from .reading import read_paper
from .resolve import resolve_document
from .split import split_note

PAPERS_DIR = Path(__file__).parent / "papers"


def bundled_papers() -> list[Path]:
    """The papers shipped with nkcite, oldest first (the year in the file name)."""
    def year(path: Path) -> tuple[str, str]:
        m = re.search(r"(?:1[5-9]|20)\d\d", path.stem)
        return (m.group() if m else "9999", path.name)
    return sorted(PAPERS_DIR.glob("*.txt"), key=year)


def document_id(source: str) -> str:
    """`young-2019-nkidp-wp7.txt` -> `young-2019` (name up to its year)."""
    stem = Path(source).stem
    m = re.match(r"^(.*?\b(?:1[5-9]|20)\d\d)\b", stem)
    return m.group(1) if m else stem


def build_document(text: str, doc_id: str, source: str) -> Document:
    """Extract, split, parse and resolve the notes of one paper's text."""
    notes, diagnostics = extract_notes(text, doc_id)
    doc = Document(doc_id, source, notes, diagnostics)
    for note in notes:
        note.citations = [parse_citation(c.raw, c.prefix) for c in split_note(note.text)]
        for cit in note.citations:
            if cit.work.get("note") == cit.raw:
                doc.diagnostics.append(Diagnostic("unparsed", f"kept as raw text: {cit.raw}", doc_id, note.number))
    return resolve_document(doc)


def build_graph(documents: list[Document], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> Graph:
    """Deduplicate the works of resolved documents and give them ids."""
    clusters = dedupe(documents, score_cutoff=score_cutoff)
    ids = assign_ids([work for work, _ in clusters])
    references = []
    for ref_id, (work, citations) in zip(ids, clusters):
        for cit in citations:
            cit.ref = ref_id
        references.append({"id": ref_id, **work})
    diagnostics = [d for doc in documents for d in doc.diagnostics]
    return Graph(documents, references, diagnostics)


def parse_paper(text: str, doc_id: str = "paper", source: str | None = None) -> Graph:
    """Parse one paper's plain text into a citation graph.

    Raises NoNotesError when the text has no footnotes.
    """
    return parse_texts([(text, doc_id, source or f"{doc_id}.txt")])


def parse_texts(papers: list[tuple[str, str, str]]) -> Graph:
    """Parse (text, doc id, source name) triples into one graph."""
    documents = []
    for text, doc_id, source in papers:
        doc = build_document(text, doc_id, source)
        if not doc.notes:
            raise NoNotesError(f"{source}: no footnotes found (notes start with superscript numbers such as ¹)")
        documents.append(doc)
    return build_graph(documents)


def parse_files(paths: list[str | Path] | None = None) -> Graph:
    """Parse papers on disk (default: the bundled papers) into one graph."""
    paths = [Path(p) for p in paths] if paths else bundled_papers()
    papers, reading = [], []
    for path in paths:
        text, diagnostics = read_paper(path)
        reading += diagnostics
        papers.append((text, document_id(path.name), path.name))
    graph = parse_texts(papers)
    graph.diagnostics = reading + graph.diagnostics
    return graph
