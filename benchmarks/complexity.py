"""The adversarial growth cases of issue 11: time at N and 4N, ratio <= 6.

    python benchmarks/complexity.py [--cases lt-note ibid-chain ...] [--scale 1]
                                    [--max-ratio 6] [--timeout 600]
    python benchmarks/complexity.py --issue     # issue 11's own cases, once each

Each case is a paper made to stress one stage: one note of 40 KB (`<`, `"`,
`;`-separated citations, URLs) or 10,000 notes (distinct books, distinct
unparsed citations, an ibid. chain, short forms, tiny notes). Each size runs
in a fresh process and is timed through the whole pipeline: parse, the
nkcite JSON graph and every fast export (BibLaTeX, BibTeX, CSL-JSON,
Zotero); the cases that stress the notes also render `chicago-notes`. The
script prints seconds and peak memory at N and 4N and their ratio, and exits
non-zero when a ratio exceeds `--max-ratio` (linear work gives 4) or a run
fails. `--scale 0.25` runs every case at a quarter of the sizes (quicker, but
start-up costs weigh more). Not part of the test suite: run it before
submitting a change to a stage.

`--issue` times issue 11's cases at the issue's sizes once each (parse and
the JSON graph; the longest ibid. chain also chicago-notes) and counts
citations left without a reference. To compare with older code, run it with
`PYTHONPATH=<an old checkout>/src`.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time

NOTES = 10_000
NOTE_BYTES = 40_000
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FAST_FORMATS = ("biblatex", "bibtex", "csl-json", "zotero")


def word(n: int, length: int = 5) -> str:
    """A distinct pronounceable-looking word for each n (`Bacad`, ...)."""
    consonants, vowels, out = "bcdfghklmnprstvz", "aeiou", []
    for i in range(length):
        if i % 2:
            out.append(vowels[n % 5])
            n //= 5
        else:
            out.append(consonants[n % 16])
            n //= 16
    return "".join(out).capitalize()


def paper(notes: list[str]) -> str:
    """A paper: one body line with every mark, then one paragraph per note."""
    marks = [str(n).translate(SUPERSCRIPT) for n in range(1, len(notes) + 1)]
    return "Body." + marks[0] + "\n\n" + "\n\n".join(f"{m} {t}" for m, t in zip(marks, notes)) + "\n"


def one_note(unit, size: int, sep: str = "") -> str:
    """One note of about `size` characters: `unit` (a string, or a function of
    a counter) repeated, joined by `sep`."""
    make = unit if callable(unit) else (lambda n: unit)
    parts, length = [], 0
    while length < size:
        parts.append(make(len(parts)))
        length += len(parts[-1]) + len(sep)
    return paper([sep.join(parts)])


def book(n: int) -> str:
    return f"{word(n)} {word(n + 7, 7)}, *The {word(n, 8)} of {word(n * 3 + 1, 6)}* (Seoul: {word(n, 4)} Press, 1990), 12."


CASES = {
    # one note of 40 KB
    "lt-note": lambda s: one_note("<", int(s * NOTE_BYTES)),
    "quote-note": lambda s: one_note('"', int(s * NOTE_BYTES)),
    "open-paren-note": lambda s: one_note("(", int(s * NOTE_BYTES)),
    "semicolon-note": lambda s: one_note(lambda n: f"{word(n)} {word(n + 3)}, *A {word(n, 6)}* (Seoul, 1990), 12", int(s * NOTE_BYTES), "; "),
    "url-note": lambda s: one_note(lambda n: f"<https://www.example.org/archive/item?id={n}>", int(s * NOTE_BYTES), " "),
    "long-url-note": lambda s: paper(["See https://example.org/" + "a" * (int(s * NOTE_BYTES)) + "."]),
    # 10,000 notes
    "distinct-books": lambda s: paper([book(n) for n in range(int(s * NOTES))]),
    "distinct-unparsed": lambda s: paper([f"{word(n, 6)} {word(n + 1, 5)} {word(n * 7, 7)}." for n in range(int(s * NOTES))]),
    "ibid-chain": lambda s: paper([book(0)] + ["Ibid., 3."] * int(s * NOTES) + [book(n) for n in range(1, 51)]),
    "short-forms": lambda s: paper([book(n) for n in range(int(s * NOTES) // 2)]
                                   + [f"{word(n + 7, 7)}, *The {word(n, 8)}*, 14." for n in range(int(s * NOTES) // 2)]),
    "same-title": lambda s: paper([f"{word(n)} {word(n + 7, 7)}, *Memoirs* (Seoul: {word(n, 4)} Press, {1900 + n % 100}), 12."
                                   for n in range(int(s * NOTES))]),
    "same-opening": lambda s: paper([f"\"Memorandum of Conversation between {word(n)} {word(n + 3, 7)} and {word(n, 6)},\" "
                                     f"{1 + n % 28} March 1967, Box {n}, RG 59, National Archives." for n in range(int(s * NOTES))]),
    "tiny-notes": lambda s: paper([f"{word(n, 3)}." for n in range(int(s * NOTES))]),
}
NOTE_CASES = {"ibid-chain"}   # also rendered as chicago-notes

ISSUE_CASES = {   # issue 11's figures: name -> (paper, also chicago-notes)
    "one note of 10 KB of <": (lambda: one_note("<", 10_000), False),
    "one note of 20 KB of <": (lambda: one_note("<", 20_000), False),
    'one note of 1 MB of "': (lambda: one_note('"', 1_000_000), False),
    "16,000 distinct books": (lambda: paper([book(n) for n in range(16_000)]), False),
    "8,000 distinct notes of made-up words": (lambda: CASES["distinct-unparsed"](0.8), False),
    "ibid. chain of 8,000 notes, 50 works": (lambda: paper([book(0)] + ["Ibid., 3."] * 8_000
                                                           + [book(n) for n in range(1, 51)]), False),
    "ibid. chain of 10,050 notes, 50 works": (lambda: paper([book(0)] + ["Ibid., 3."] * 10_050
                                                            + [book(n) for n in range(1, 51)]), True),
}


def run_case(name: str, scale: float) -> dict:
    """Build and process one case in this process; return seconds, peak KB and
    the error of any export that failed (its time still counts)."""
    from nkcite import parse_paper
    from nkcite.formats import render
    from nkcite.output import graph_json
    text = CASES[name](scale)
    start = time.perf_counter()
    graph = parse_paper(text, "bench")
    renderers = [("json", graph_json)] + [(f, lambda g, f=f: render(g, f)) for f in FAST_FORMATS]
    if name in NOTE_CASES:
        renderers.append(("chicago-notes", lambda g: render(g, "chicago-notes")))
    errors = {}
    for fmt, renderer in renderers:
        try:
            renderer(graph)
        except Exception as exc:          # reported, so that one broken export does not hide the timing
            errors[fmt] = f"{type(exc).__name__}: {exc}"[:120]
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            "bytes": len(text.encode("utf-8")), "notes": len(graph.documents[0].notes),
            "references": len(graph.references), "errors": errors}


def measure(name: str, scale: float, timeout: float) -> dict:
    """`run_case` in a fresh process (its own memory peak), or the failure."""
    cmd = [sys.executable, __file__, "--child", name, str(scale)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["exit %d" % done.returncode])[-1]}
    return json.loads(done.stdout)


def run_issue_case(name: str) -> dict:
    """One of ISSUE_CASES in this process: seconds to the graph, the JSON, chicago-notes."""
    from nkcite import parse_paper
    from nkcite.formats import render
    from nkcite.output import graph_json
    make, notes = ISSUE_CASES[name]
    text, start, out = make(), time.perf_counter(), {}
    graph = parse_paper(text, "bench")
    out["parse s"] = round(time.perf_counter() - start, 2)
    graph_json(graph)
    out["json s"] = round(time.perf_counter() - start, 2)
    if notes:
        try:
            render(graph, "chicago-notes")
            out["chicago-notes s"] = round(time.perf_counter() - start, 2)
        except Exception as exc:          # the figure is the failure
            out["chicago-notes"] = f"{type(exc).__name__}: {exc}"[:80]
    out["refs missing"] = sum(c.ref is None for d in graph.documents for _, _, c in d.citations())
    out["peak MB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return out


def issue(timeout: float) -> int:
    """Print each ISSUE_CASES figure, each in a fresh process."""
    for name in ISSUE_CASES:
        cmd = [sys.executable, __file__, "--issue-child", name]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
            result = done.stdout.strip() or (done.stderr.strip().splitlines() or ["?"])[-1]
        except subprocess.TimeoutExpired:
            result = f"over {timeout:.0f} s"
        print(f"{name:<40} {result}", flush=True)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", nargs="+", choices=sorted(CASES), default=list(CASES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply N (10,000 notes, 40 KB) by this")
    ap.add_argument("--max-ratio", type=float, default=6.0)
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds allowed for one run")
    ap.add_argument("--issue", action="store_true", help="time issue 11's own cases once each")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--issue-child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child[0], float(args.child[1]))))
        return 0
    if args.issue_child:
        print(json.dumps(run_issue_case(args.issue_child)))
        return 0
    if args.issue:
        return issue(args.timeout)
    return ratios(args.cases, args.scale, args.max_ratio, args.timeout)


def ratios(cases: list[str], scale: float, max_ratio: float, timeout: float) -> int:
    """Print N and 4N seconds, their ratio and memory per case; 1 when one is over `max_ratio` or failed."""
    failed = []
    print(f"{'case':<18} {'N s':>8} {'4N s':>8} {'ratio':>6} {'N MB':>7} {'4N MB':>7}")
    for name in cases:
        small = measure(name, scale, timeout)
        large = measure(name, 4 * scale, timeout) if "error" not in small else {"error": "skipped"}
        if "error" in small or "error" in large:
            failed.append(name)
            print(f"{name:<18} {small.get('error') or round(small['seconds'], 2)!s:>8} "
                  f"{large.get('error') or round(large['seconds'], 2)!s:>8}")
            continue
        ratio = large["seconds"] / max(small["seconds"], 1e-3)
        errors = {**small["errors"], **large["errors"]}
        if ratio > max_ratio or errors:
            failed.append(name)
        print(f"{name:<18} {small['seconds']:8.2f} {large['seconds']:8.2f} {ratio:6.2f} "
              f"{small['peak_kb'] / 1024:7.0f} {large['peak_kb'] / 1024:7.0f}", flush=True)
        for fmt, error in errors.items():
            print(f"{'':<18} {fmt} failed: {error}", flush=True)
    if failed:
        print(f"over the ratio {max_ratio} or failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
