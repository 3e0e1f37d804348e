#!/usr/bin/env python3
"""Speed of reading a PDF: a 30-page PDF through nkcite's reader, beside pdftotext.

    python benchmarks/read_pdf.py [--pages 30] [--runs 5] [--typesetter xelatex|libreoffice]

The PDF is made from the typeset fixtures (Miyamoto's pages, then Young's,
repeated to the page count, by pdfium's page import: XeLaTeX's by default,
LibreOffice's with `--typesetter libreoffice`, whose CJK pages are read
character by character), written
to a temporary file, and read whole by `nkcite.read.read_paper` (text
layer, lines, footnote zones, notes). Time is CPU time of this process (one
core), the median of the runs. pdftotext (poppler) is timed on the same
file where it is installed, as wall time of its process. Target: under 2 s.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from nkcite.read import read_paper  # noqa: E402

FORMATS = ROOT / "tests" / "fixtures" / "formats"
SOURCES = {"xelatex": [FORMATS / "miyamoto-2024.pdf", FORMATS / "young-2019.pdf"],
           "libreoffice": [FORMATS / "miyamoto-2024-libreoffice.pdf", FORMATS / "young-2019-libreoffice.pdf"]}
TARGET_SECONDS = 2.0


def make_pdf(pages: int, target: Path, typesetter: str) -> int:
    """Write a PDF of `pages` pages taken from the fixtures; return its page count."""
    out = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(str(p)) for p in SOURCES[typesetter]]
    while len(out) < pages:
        for source in sources:
            take = min(len(source), pages - len(out))
            if take > 0:
                out.import_pages(source, list(range(take)))
    out.save(str(target))
    return len(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--typesetter", choices=sorted(SOURCES), default="xelatex")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "book.pdf"
        pages = make_pdf(args.pages, path, args.typesetter)
        times, notes = [], 0
        for _ in range(args.runs):
            start = time.process_time()
            paper = read_paper(path)
            times.append(time.process_time() - start)
            notes = len(paper.notes or [])
        ours = statistics.median(times)
        print(f"nkcite ({args.typesetter} PDF): {pages} pages, {notes} notes in {ours:.2f} s CPU ({pages / ours:.0f} pages/s); "
              f"target < {TARGET_SECONDS} s: {'met' if ours < TARGET_SECONDS else 'NOT met'}")
        if shutil.which("pdftotext"):
            walls = []
            for _ in range(args.runs):
                start = time.perf_counter()
                subprocess.run(["pdftotext", "-layout", str(path), str(Path(tmp) / "out.txt")], check=True)
                walls.append(time.perf_counter() - start)
            theirs = statistics.median(walls)
            print(f"pdftotext -layout: {theirs:.2f} s ({pages / theirs:.0f} pages/s); "
                  f"nkcite / pdftotext: {ours / theirs:.1f}x")
        else:
            print("pdftotext is not installed (apt-get install poppler-utils)")


if __name__ == "__main__":
    main()
