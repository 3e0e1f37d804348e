"""Benchmark: notes parsed a second, papers parsed in linear time, peak memory.

    python benchmarks/parse_speed.py [--notes 10000] [--sizes 1250 5000]

- parser speed: 10,000 notes (the bundled papers' notes, repeated with their
  numbers varied) split and parsed by `parse.citation.cite_notes` in one
  process on one core, after a warm-up (target: >= 2,000 notes a second);
- CRFsuite's own tagger on the same features, for comparison;
- whole-paper time: one paper of N notes through `parse_texts` (read,
  notes, split, parse, resolve, dedupe, ids) at each size: the time per
  note should stay flat (linear growth);
- peak memory of parsing both bundled papers, model included (target < 300 MB).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from nkcite import bundled_papers, extract_notes, parse_texts
from nkcite.parse.citation import cite_notes

ROOT = Path(__file__).resolve().parents[1]


def bundled_notes() -> list[str]:
    notes = []
    for paper in bundled_papers():
        notes += [n.text for n in extract_notes(paper.read_text(encoding="utf-8"))[0]]
    return notes


def notes_per_second(texts: list[str]) -> float:
    cite_notes(texts[:200])                                # warm-up: model, lexicon, caches
    start = time.perf_counter()
    for k in range(0, len(texts), 500):
        cite_notes(texts[k:k + 500])
    return len(texts) / (time.perf_counter() - start)


def crfsuite_per_second(texts: list[str], model: Path | None) -> float | None:
    """CRFsuite tagging the same notes' features (tagging only), when a .crfsuite model is given."""
    if model is None:
        return None
    import pycrfsuite
    from nkcite.parse.features import token_features
    from nkcite.parse.tokens import tokenize
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    features = [token_features(tokenize(t)) for t in texts]
    start = time.perf_counter()
    for f in features:
        tagger.tag(pycrfsuite.ItemSequence(f))
    return len(texts) / (time.perf_counter() - start)


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def paper_of(texts: list[str], size: int) -> str:
    """A paper of `size` notes, the bundled notes over and over."""
    notes = [f"{str(n + 1).translate(SUPERSCRIPT)} {texts[n % len(texts)]}" for n in range(size)]
    return "A long paper.\n\n" + "\n\n".join(notes) + "\n"


def peak_memory_mb() -> float:
    code = ("import resource, nkcite; nkcite.parse_files(); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=10000)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1250, 5000])
    ap.add_argument("--crfsuite-model", type=Path, help="a .crfsuite model to compare tagging speed with")
    args = ap.parse_args()
    base = bundled_notes()
    texts = [base[k % len(base)] for k in range(args.notes)]
    print(f"parser: {notes_per_second(texts):.0f} notes/s over {len(texts)} notes (one process, one core)")
    other = crfsuite_per_second(texts[:2000], args.crfsuite_model)
    if other:
        print(f"CRFsuite tagging alone: {other:.0f} notes/s")
    for size in args.sizes:
        paper = paper_of(base, size)
        start = time.perf_counter()
        parse_texts([(paper, "long", "long.txt")])
        elapsed = time.perf_counter() - start
        print(f"paper of {size} notes: {elapsed:.2f} s ({elapsed / size * 1000:.2f} ms a note)")
    print(f"peak memory, both bundled papers: {peak_memory_mb():.0f} MB")


if __name__ == "__main__":
    main()
