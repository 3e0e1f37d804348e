"""The library at scale: ids kept over 1,000 papers, and `add` into 100k citations.

    python benchmarks/library.py [--papers 1000] [--notes 100] [--final-notes 120]

Adds papers made by varying the bundled corpus (`tests/varied_papers.py`:
notes drawn from both papers, half of them with other years and titles)
one by one to a new library, exporting after the first and at every tenth
of the run; every citation keeps the id it had at the first export (and at
every export since), and no id is given twice. Times `add` of a paper of
`--final-notes` notes when the library first holds 100k citations, and
again into the library so built.
Targets (issue 12): every id kept; the last `add` under 2 s with 100k citations.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nkcite.library import add_paper, library_graph, open_store  # noqa: E402
from tests.varied_papers import varied_paper  # noqa: E402

FINAL_PAPER = 10**6          # paper numbers no run reaches
SCALE = 100_000               # citations at which the 120-note add is timed


def citation_ids(store) -> dict[tuple[str, int, int], str]:
    """(paper, note, citation) -> id, from an export of the whole library."""
    graph = library_graph(store)
    return {(d.id, i, j): c.ref for d in graph.documents for i, j, c in d.citations()}


def write_paper(folder: Path, number: int, notes: int) -> Path:
    path = folder / f"varied-{number}.txt"
    path.write_text(varied_paper(number, size=notes), encoding="utf-8")
    return path


def run(papers: int, notes: int, final_notes: int, scale: int = SCALE) -> int:
    """Build the library, check the ids, time the last add; return the exit status."""
    folder = Path(tempfile.mkdtemp(prefix="nkcite-library-"))
    checkpoints = {max(1, papers * k // 10) for k in range(1, 11)}
    failures = 0
    with open_store(folder / "library.sqlite") as store:
        seen: dict[tuple[str, int, int], str] = {}
        times = []
        at_scale = None
        for number in range(papers):
            path = write_paper(folder, number, notes)
            start = time.perf_counter()
            add_paper(store, path)
            times.append(time.perf_counter() - start)
            if at_scale is None and store.db.execute("SELECT count(*) FROM citations").fetchone()[0] >= scale:
                at_scale = timed_add(store, write_paper(folder, FINAL_PAPER, final_notes))
            if number == 0 or number + 1 in checkpoints:
                now = citation_ids(store)
                changed = sum(now.get(where) != ref for where, ref in seen.items())
                failures += changed
                seen = now
                works = store.db.execute("SELECT count(*) FROM works").fetchone()[0]
                print(f"{number + 1:>5} papers  {len(now):>7} citations  {works:>7} works  "
                      f"add median {statistics.median(times):.3f} s, max {max(times):.3f} s  "
                      f"ids changed since last export: {changed}", flush=True)
        given = [r[0] for r in store.db.execute("SELECT key FROM keys")]
        final = timed_add(store, write_paper(folder, FINAL_PAPER + 1, final_notes))
    print(f"ids given: {len(given)}, distinct: {len(set(given))}; ids changed over the run: {failures}")
    for label, (elapsed, size) in ((f"first past {scale}", at_scale or (0.0, 0)), ("at the end", final)):
        print(f"add of a {final_notes}-note paper into {size} citations ({label}): {elapsed:.2f} s (target < 2 s)")
    return 0 if failures == 0 and len(given) == len(set(given)) and (at_scale or final)[0] < 2 else 1


def timed_add(store, path: Path) -> tuple[float, int]:
    """Seconds to add one paper, and the number of citations the library had before."""
    size = store.db.execute("SELECT count(*) FROM citations").fetchone()[0]
    start = time.perf_counter()
    add_paper(store, path)
    return time.perf_counter() - start, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100, help="notes per paper while building")
    parser.add_argument("--final-notes", type=int, default=120, help="notes of the paper timed")
    parser.add_argument("--scale", type=int, default=SCALE, help="citations at which the add is timed")
    args = parser.parse_args()
    return run(args.papers, args.notes, args.final_notes, args.scale)


if __name__ == "__main__":
    sys.exit(main())
