"""Stage 0, finding the papers: the paths given -> the paper files, in a fixed order.

`nkcite export corpus/ extra.txt` -> `[corpus/kim-1998.pdf, corpus/b/lee-2003.txt,
extra.txt]`: a file (or `-`, standard input) is taken as given (reading
refuses what is not a paper); a directory is walked for the files of the
formats nkcite reads (`PAPER_SUFFIXES`; hidden ones left out), oldest first
by the year in the file name and then by path, so a corpus is read in the
same order on every machine and a work cited by several papers takes its
values from the earliest.
"""
from __future__ import annotations

import re
from pathlib import Path

from .errors import InputError

_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
PAPER_SUFFIXES = (".txt", ".md", ".markdown", ".tex", ".html", ".htm", ".xhtml", ".xml", ".pdf", ".docx", ".odt",
                  ".epub")
"""The files a walked directory gives: the formats `read` reads (it picks the reader by content)."""


def paper_order(path: Path) -> tuple[str, str]:
    """Sort key of a paper: the year in its file name (else last), then its name.

    >>> paper_order(Path("miyamoto-2024-nk-vietnam-war.txt"))
    ('2024', 'miyamoto-2024-nk-vietnam-war.txt')
    """
    m = _YEAR.search(path.stem)
    return (m.group() if m else "9999", path.name)


def find_papers(paths: list[str | Path]) -> list[Path]:
    """The paper files named by `paths`: files as given, directories walked."""
    found: list[Path] = []
    for given in map(Path, paths):
        found += _walk(given) if given.is_dir() else [given]
    return found


def _walk(directory: Path) -> list[Path]:
    """The paper files under `directory`, oldest first, then by path."""
    papers = [p for p in directory.rglob("*") if p.suffix.lower() in PAPER_SUFFIXES and p.is_file()
              and not any(part.startswith(".") for part in p.relative_to(directory).parts)]
    if not papers:
        raise InputError(f"{directory}: is a directory without papers (files ending {', '.join(PAPER_SUFFIXES)})")
    return sorted(papers, key=lambda p: (paper_order(p)[0], p.relative_to(directory).parts))
