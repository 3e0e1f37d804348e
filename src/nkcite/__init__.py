"""nkcite: footnotes of humanities papers -> a clean, deduplicated bibliography.

    >>> import nkcite
    >>> c = nkcite.parse_citation("*Rodong Sinmun*, March 27, 1965.")
    >>> c.work["type"], c.work["container-title"], c.work["issued"]
    ('article-newspaper', 'Rodong Sinmun', {'date-parts': [[1965, 3, 27]]})
"""
from .about import VERSION as __version__
from .errors import InputError, NkciteError, NoNotesError, OutputError
from .model import Citation, Diagnostic, Document, Graph, Note, Paper
from .notes import extract_notes
from .parse import parse_citation
from .pipeline import bundled_papers, parse_files, parse_paper, parse_texts
from .read import read_paper
from .split import split_note

__all__ = [
    "__version__", "Citation", "Diagnostic", "Document", "Graph", "Note", "Paper", "read_paper",
    "NkciteError", "InputError", "NoNotesError", "OutputError",
    "extract_notes", "split_note", "parse_citation",
    "parse_paper", "parse_texts", "parse_files", "bundled_papers",
]
