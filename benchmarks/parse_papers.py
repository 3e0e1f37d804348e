"""Benchmark: wall time of parsing both bundled papers (issue: well under a second).

    python benchmarks/parse_papers.py [--repeat 20]

Reports the best and median time of the full pipeline (read, notes, split,
parse, resolve, dedupe, ids) over both papers, excluding interpreter start.
"""
import argparse
import statistics
import time

from nkcite import bundled_papers, parse_files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    papers = bundled_papers()
    parse_files(papers)  # warm-up: imports and regex compilation
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        graph = parse_files(papers)
        times.append(time.perf_counter() - start)
    notes = sum(len(d.notes) for d in graph.documents)
    print(f"{len(papers)} papers, {notes} notes, {len(graph.references)} references")
    print(f"best {min(times) * 1000:.1f} ms, median {statistics.median(times) * 1000:.1f} ms over {args.repeat} runs")


if __name__ == "__main__":
    main()
