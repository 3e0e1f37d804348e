"""The whole pipeline: papers -> citation graph.

read -> notes -> split -> parse -> resolve (per paper) -> dedupe -> keys
(across papers). Each stage works on the records of the one before; resolve and the id
stage fill in fields of the citations they are given (`antecedent`, `form`, `ref`).
A format that structures its notes (Word, PDF footnotes, ...) skips the
notes stage; citations a file gives exactly (Zotero fields) skip parsing.
In a batch, a file that cannot be read or has no notes becomes a
diagnostic (`FAILED_KINDS`) and the others go on.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from .dedupe import DEFAULT_SCORE_CUTOFF, assign_refs, candidates, cluster_works, profiles_of
from .errors import InputError, NoNotesError
from .keys import assign_ids
from .model import Diagnostic, Document, Graph, Paper
from .notes import extract_notes
from .parse.citation import cite_notes
from .read import printable, read_paper
from .resolve import resolve_document
from .sources import find_papers, paper_order

PAPERS_DIR = Path(__file__).parent / "papers"


def bundled_papers() -> list[Path]:
    """The papers shipped with nkcite, oldest first (the year in the file name)."""
    return sorted(PAPERS_DIR.glob("*.txt"), key=paper_order)


def document_id(source: str) -> str:
    """`young-2019-nkidp-wp7.txt` -> `young-2019` (name up to its year)."""
    stem = Path(source).stem
    m = re.match(r"^(.*?\b(?:1[5-9]|20)\d\d)\b", stem)
    return m.group(1) if m else stem


NO_NOTES = "no footnotes found (notes start with superscript numbers such as ¹)"
FAILED_KINDS = ("unreadable", "no-footnotes")
"""Diagnostic kinds of a file a batch could not use; the CLI exits with 6 when there are any."""


def build_paper(paper: Paper, doc_id: str, source: str) -> Document:
    """Split, parse and resolve the notes of a read paper (found in its text when it has none)."""
    if paper.notes is not None:
        notes, diagnostics = paper.notes, []
    else:
        notes, diagnostics = extract_notes(paper.text, doc_id)
    doc = Document(doc_id, source, notes, diagnostics)
    to_parse = [note for note in notes if not any(c.work_given for c in note.citations)]
    for note, citations in zip(to_parse, cite_notes([note.text for note in to_parse])):
        note.citations = citations
        for cit in citations:
            if cit.unparsed:
                doc.diagnostics.append(Diagnostic("unparsed", f"kept as raw text: {cit.raw}", doc_id, note.number))
    given = [(cit, cit.form, cit.antecedent) for _, _, cit in doc.citations() if cit.work_given]
    resolve_document(doc)
    for cit, form, antecedent in given:          # a citation field said exactly which item it cites
        cit.form, cit.antecedent = form, antecedent
    return doc


def build_graph(documents: list[Document], *, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> Graph:
    """Deduplicate the works of resolved documents and give them ids."""
    works, clusters = cluster_works((p for doc in documents for p in profiles_of(doc)),
                                    (c.work for doc in documents for c in candidates(doc)),
                                    score_cutoff=score_cutoff)
    ids = assign_ids(works)
    numbers = iter(clusters)
    for doc in documents:
        assign_refs(doc, numbers, ids)
    references = [{"id": ref_id, **work} for ref_id, work in zip(ids, works)]
    diagnostics = [d for doc in documents for d in doc.diagnostics]
    return Graph(documents, references, diagnostics)


def parse_paper(text: str, doc_id: str = "paper", source: str | None = None) -> Graph:
    """Parse one paper's plain text into a citation graph.

    Raises NoNotesError when the text has no footnotes.
    """
    return parse_texts([(text, doc_id, source or f"{doc_id}.txt")])


def parse_texts(papers: list[tuple[str, str, str]]) -> Graph:
    """Parse (text, doc id, source name) triples into one graph.

    A text given twice is read once, with a `duplicate-paper` diagnostic;
    documents whose ids clash are told apart by their sources (`distinct_ids`).
    """
    kept, diagnostics = _distinct_papers([(Paper(text), doc_id, source) for text, doc_id, source in papers])
    ids = distinct_ids([doc_id for _, doc_id, _ in kept], [source for _, _, source in kept])
    graph = build_graph([document_from_paper(paper, doc_id, source) for (paper, _, source), doc_id in zip(kept, ids)])
    graph.diagnostics = diagnostics + graph.diagnostics
    return graph


def distinct_ids(ids: list[str], sources: list[str]) -> list[str]:
    """Document ids made unique, each depending only on the documents it clashes with.

    Documents that share an id (`paper.txt` in two folders) take the nearest
    folders of their sources' absolute paths that tell them apart
    (`a/paper`, `b/paper`); any still alike are numbered in order (`paper-2`).

    >>> distinct_ids(["paper", "paper", "young-2019"], ["/x/a/paper.txt", "/x/b/paper.txt", "y.txt"])
    ['a/paper', 'b/paper', 'young-2019']
    """
    out = list(ids)
    for doc_id, members in _groups(ids).items():
        if len(members) > 1:
            labels = _folder_labels([sources[n] for n in members])
            for n, label in zip(members, labels):
                out[n] = f"{label}/{doc_id}" if label else doc_id
    for doc_id, members in _groups(out).items():
        for count, n in enumerate(members[1:], 2):
            out[n] = f"{doc_id}-{count}"
    return out


def _groups(ids: list[str]) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = {}
    for n, doc_id in enumerate(ids):
        groups.setdefault(doc_id, []).append(n)
    return groups


def _folder_labels(sources: list[str]) -> list[str]:
    """The fewest nearest folder names (`a`, `x/a`) that tell `sources` apart."""
    folders = [Path(os.path.abspath(source)).parent.parts[1:][::-1] for source in sources]   # nearest first
    labels = [""] * len(sources)
    for depth in range(1, max(map(len, folders), default=0) + 1):
        labels = ["/".join(reversed(f[:depth])) for f in folders]
        if len(set(labels)) == len(labels):
            break
    return labels


def document_from_paper(paper: Paper, doc_id: str, source: str) -> Document:
    """`build_paper`, refusing a paper without footnotes (NoNotesError).

    The error names the encoding problems met in reading, since a wrong
    encoding is a common reason for finding no notes.
    """
    doc = build_paper(paper, doc_id, source)
    if not doc.notes:
        encoding = [d.message for d in paper.diagnostics if d.kind == "encoding"]
        hint = f"; {len(encoding)} encoding diagnostics, the first: {encoding[0]}" if encoding else ""
        raise NoNotesError(f"{source}: {NO_NOTES}{hint}")
    return doc


def paper_digest(paper: Paper) -> str:
    """A digest of what a paper says (its text, and its notes where the file has them), to tell a change."""
    said = paper.text if paper.notes is None else paper.text + "\f" + "\n".join(
        f"{n.number}\t{n.text}" for n in paper.notes)
    return hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()


def parse_files(paths: list[str | Path] | None = None) -> Graph:
    """Parse papers on disk (default: the bundled papers; `-`: standard input;
    a directory: its .txt papers) into one graph.

    One file that cannot be read or has no notes raises its InputError; in a
    batch it becomes a diagnostic of a FAILED_KINDS kind and the rest go on
    (all of them failing raises the first failure). A paper's `source` is
    its path as given (a bundled paper's: its name, on any machine); a paper
    given twice is read once (`duplicate-paper`), and documents whose ids
    clash are told apart by their folders (`distinct_ids`).
    """
    paths = find_papers(paths) if paths else bundled_papers()
    papers, reading, failures = [], [], []
    for path in paths:
        try:
            papers.append((read_paper(path), source_name(path)))
        except InputError as exc:
            if len(paths) == 1:
                raise
            failures.append(exc)
            reading.append(failed_paper(exc))
    papers, repeats = _distinct_papers(papers)
    ids = distinct_ids([document_id(Path(source).name) for _, source in papers], [source for _, source in papers])
    documents = []
    for (paper, source), doc_id in zip(papers, ids):
        try:
            documents.append(document_from_paper(paper, doc_id, source))
        except NoNotesError as exc:
            if len(paths) == 1:
                raise
            failures.append(exc)
            reading.append(failed_paper(exc))
            continue
        reading += paper.diagnostics
    if not documents:
        raise failures[0]
    graph = build_graph(documents)
    graph.diagnostics = reading + repeats + graph.diagnostics
    return graph


def failed_paper(exc: InputError) -> Diagnostic:
    """The diagnostic of a file a batch could not use (a FAILED_KINDS kind)."""
    return Diagnostic("no-footnotes" if isinstance(exc, NoNotesError) else "unreadable", str(exc))


def source_name(path: str | Path) -> str:
    """What a document says it was read from: `stdin`, a bundled paper's file
    name, or the path as given (printable)."""
    if str(path) == "-":
        return "stdin"
    bundled = Path(os.path.realpath(path)).parent == Path(os.path.realpath(PAPERS_DIR))   # a link loop raises not
    return Path(path).name if bundled else printable(str(path))


def _distinct_papers(papers: list[tuple]) -> tuple[list[tuple], list[Diagnostic]]:
    """The papers (tuples of a Paper first and its source last) with each text
    once (the first source keeps it), and a `duplicate-paper` diagnostic for
    each repeat."""
    first: dict[str, str] = {}
    kept, diagnostics = [], []
    for item in papers:
        digest, source = paper_digest(item[0]), item[-1]
        if digest in first:
            diagnostics.append(Diagnostic("duplicate-paper", f"{source}: the same text as {first[digest]}; read once"))
            continue
        first[digest] = source
        kept.append(item)
    return kept, diagnostics


def read_document(path: str | Path, doc_id: str | None = None) -> tuple[Document, list[Diagnostic]]:
    """Read and build one file's Document (its id: `doc_id`, else from its name);
    raise NoNotesError when it has no notes."""
    paper = read_paper(path)
    source = source_name(path)
    return document_from_paper(paper, doc_id or document_id(Path(source).name), source), paper.diagnostics


def document_ids(paths: list[str | Path]) -> list[str]:
    """The document id of each paper of a batch (`distinct_ids` of their names)."""
    sources = [source_name(path) for path in paths]
    return distinct_ids([document_id(Path(source).name) for source in sources], sources)
