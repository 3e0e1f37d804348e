"""Regenerate the whole-paper golden files: `python tools/regen_golden.py`.

Writes tests/fixtures/golden/<paper>.json, the nkcite graph of each bundled
paper parsed alone. Review the diff before committing.
"""
from pathlib import Path

from nkcite import bundled_papers, parse_files
from nkcite.output import graph_json

GOLDEN = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "golden"

if __name__ == "__main__":
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for paper in bundled_papers():
        (GOLDEN / f"{paper.stem}.json").write_text(graph_json(parse_files([paper])), encoding="utf-8")
        print("wrote", GOLDEN / f"{paper.stem}.json")
