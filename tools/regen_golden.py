"""Regenerate every checked-in output: `python tools/regen_golden.py`.

Writes
- tests/fixtures/golden/<paper>.json: the nkcite graph of each bundled paper
  parsed alone;
- references/nkcite.bib, nkcite.json, nkcite-chicago.txt: the exported
  corpus (both papers together) in BibLaTeX, CSL-JSON and Chicago.
Review the diff before committing.
"""
from pathlib import Path

from nkcite import bundled_papers, parse_files
from nkcite.formats import render
from nkcite.output import graph_json

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "fixtures" / "golden"
# Checked-in corpus exports: file name -> format.
CORPUS_EXPORTS = {"nkcite.bib": "biblatex", "nkcite.json": "csl-json", "nkcite-chicago.txt": "chicago"}


def write(path: Path, text: str) -> None:
    """Write `text` as UTF-8 with LF line ends and say so."""
    path.write_text(text, encoding="utf-8", newline="\n")
    print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for paper in bundled_papers():
        write(GOLDEN / f"{paper.stem}.json", graph_json(parse_files([paper])))
    corpus = parse_files()
    for name, fmt in CORPUS_EXPORTS.items():
        write(ROOT / "references" / name, render(corpus, fmt))
