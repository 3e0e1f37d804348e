"""Deduplication at scale: time, peak memory, pairwise precision and recall.

    python benchmarks/dedupe.py [--sizes 1000 10000 100000 1000000] [--cutoffs 92] [--trace-up-to 100000]

Builds libraries of N citations with known truth from the corpus's real
references: first many distinct works (each real work varied in its title
words, author and year, so that near-neighbours are hard negatives), then
1-5 citations of each, perturbed as citations of one work differ in
practice: typos in the title, dropped diacritics, another date precision
(`1965` for `March 27, 1965`), swapped name order (`Il-sung Kim`), and
short forms (author + the first words of the title). Runs `dedupe` on them
and reports, per size, the seconds (untraced; wall and CPU, as the machine
may be shared), the growth of the resident
set while deduplicating, the peak memory traced by tracemalloc (in a second
run, up to --trace-up-to citations: tracing slows Python down) and the
pairwise precision/recall of the clusters against the truth. The library is
frozen out of the garbage collector before timing (`gc.freeze`), as a corpus
run's parent holds no documents, only what dedupe makes.
Targets: 100k citations in <= 10 s, precision >= 0.99, recall >= 0.98
(issue 3); growth near-linear up to 1 million citations (issue 13).
"""
from __future__ import annotations

import argparse
import copy
import gc
import json
import random
import resource
import time
import tracemalloc
import unicodedata
from collections import Counter

import nkcite
from nkcite.dedupe import DEFAULT_SCORE_CUTOFF, dedupe
from nkcite.model import Citation, Document, Note
from nkcite.normalize.text import fold

SEED = 20261123
STOPWORDS = {"the", "a", "an", "of", "in", "on", "and", "to", "for"}


def base_works() -> list[dict]:
    """The real references of the bundled papers, without ids."""
    return [{k: v for k, v in work.items() if k != "id"} for work in nkcite.parse_files().references]


def vocabulary(works: list[dict]) -> tuple[list[str], list[str]]:
    """Title words and family names that occur in the corpus."""
    words = sorted({w for work in works for w in (work.get("title") or "").split()
                    if w.isalpha() and len(w) > 3})
    families = sorted({n["family"] for work in works for n in work.get("author", []) if "family" in n})
    return words, families


def distinct_work(base: dict, variant: int, rng: random.Random, words: list[str], families: list[str]) -> dict:
    """A new work made from `base`: some title words, the author and the year changed."""
    work = copy.deepcopy(base)
    if variant == 0:
        return work
    if work.get("title"):
        title = work["title"].split()
        for _ in range(max(2, len(title) // 3)):
            title[rng.randrange(len(title))] = rng.choice(words)
        title.insert(0, rng.choice(words))
        work["title"] = " ".join(title)
    for name in work.get("author", [])[:1]:
        if "family" in name:
            name["family"] = rng.choice(families) + rng.choice(["", "a", "o", "er", "sen", "ov"])
    if not work.get("title"):   # a newspaper issue: another day
        work["issued"] = {"date-parts": [[rng.randrange(1900, 2025), rng.randrange(1, 13), rng.randrange(1, 29)]]}
    elif work.get("issued"):
        parts = work["issued"]["date-parts"][0]
        work["issued"] = {"date-parts": [[parts[0] - rng.randrange(0, 60), *parts[1:]]]}
    return work


def typo(text: str, rng: random.Random) -> str:
    """One character of a word deleted, doubled, swapped or replaced."""
    positions = [i for i, c in enumerate(text[:-1]) if c.isalpha() and text[i + 1].isalpha()]
    if not positions:
        return text
    i = rng.choice(positions)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1:]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text[:i] + rng.choice("aeiourstnl") + text[i + 1:]


def strip_diacritics(text: str) -> str:
    """`Nguyễn Văn Quyền` -> `Nguyen Van Quyen`."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def perturbed(work: dict, rng: random.Random) -> tuple[dict, bool]:
    """Another citation of `work`, and whether it is a short form."""
    cited = copy.deepcopy(work)
    kind = rng.choice(["typo", "diacritics", "date", "names", "short", "exact"])
    if kind == "typo" and cited.get("title"):
        cited["title"] = typo(cited["title"], rng)
    elif kind == "diacritics":
        for key in ("title", "container-title"):
            if cited.get(key):
                cited[key] = strip_diacritics(cited[key])
        for name in cited.get("author", []):
            for part in name:
                name[part] = strip_diacritics(name[part])
    elif kind == "date" and cited.get("issued") and cited.get("title"):
        cited["issued"] = {"date-parts": [cited["issued"]["date-parts"][0][:1]]}
    elif kind == "names" and cited.get("author") and "family" in cited["author"][0]:
        first = cited["author"][0]
        cited["author"][0] = {"family": first.get("given", ""), "given": first["family"]}
    elif kind == "short" and cited.get("title") and cited.get("author"):
        title = cited["title"].split()
        keep = next((n for n in range(3, len(title) + 1) if len([w for w in title[:n] if fold(w) not in STOPWORDS]) >= 3), len(title))
        short = {"type": cited["type"], "title": " ".join(title[:keep]),
                 "author": [{"family": n.get("family", n.get("literal", ""))} for n in cited["author"][:1]]}
        return short, True
    return cited, False


def library(size: int, seed: int = SEED) -> tuple[list[Document], dict[int, int]]:
    """`size` citations in documents of 500 notes, and citation id -> true work."""
    rng = random.Random(seed)
    bases = base_works()
    words, families = vocabulary(bases)
    truth: dict[int, int] = {}
    citations: list[Citation] = []
    works: dict[str, int] = {}   # a generated work equal to an earlier one is that work
    made = 0
    while len(citations) < size:
        work = distinct_work(bases[made % len(bases)], made // len(bases), rng, words, families)
        made += 1
        number = works.setdefault(json.dumps(work, sort_keys=True, ensure_ascii=False), len(works))
        for n in range(min(1 + int(rng.expovariate(0.6)), 5, size - len(citations))):
            cited, short = (copy.deepcopy(work), False) if n == 0 else perturbed(work, rng)
            citation = Citation(raw="", work=cited, form="short" if short else "full", looks_short=short)
            truth[id(citation)] = number
            citations.append(citation)
    rng.shuffle(citations)
    documents = []
    for start in range(0, len(citations), 500):
        notes = [Note(number=i + 1, text="", citations=[c]) for i, c in enumerate(citations[start:start + 500])]
        documents.append(Document(id=f"lib{start}", source="", notes=notes))
    return documents, truth


def pairwise(clusters: list[list[Citation]], truth: dict[int, int]) -> tuple[float, float]:
    """Pairwise precision and recall of predicted clusters against the truth."""
    def pairs(groups) -> int:
        return sum(n * (n - 1) // 2 for n in groups)

    true_pairs = pairs(Counter(truth.values()).values())
    predicted = pairs(len(c) for c in clusters)
    correct = 0
    for cluster in clusters:
        correct += pairs(Counter(truth[id(c)] for c in cluster).values())
    return correct / max(predicted, 1), correct / max(true_pairs, 1)


def run(size: int, cutoff: float, trace_up_to: int) -> dict:
    """One measured dedupe of a library of `size` citations."""
    documents, truth = library(size)
    gc.freeze()
    resident = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start, cpu = time.perf_counter(), time.process_time()
    clusters = dedupe(documents, score_cutoff=cutoff)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - resident
    peak = None
    if size <= trace_up_to:
        tracemalloc.start()           # a second run for memory: tracing slows Python down
        dedupe(documents, score_cutoff=cutoff)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    precision, recall = pairwise([cits for _, cits in clusters], truth)
    gc.unfreeze()
    return {"size": size, "cutoff": cutoff, "seconds": seconds, "cpu": cpu, "grown_mb": grown / 1024, "peak_mb": peak,
            "works": len(set(truth.values())), "clusters": len(clusters),
            "precision": precision, "recall": recall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--cutoffs", type=float, nargs="+", default=[DEFAULT_SCORE_CUTOFF])
    parser.add_argument("--trace-up-to", type=int, default=100000, help="Largest size traced for peak memory.")
    args = parser.parse_args()
    print(f"{'citations':>9} {'cutoff':>6} {'seconds':>8} {'CPU s':>8} {'RSS+ MB':>8} {'peak MB':>8} {'works':>7} {'clusters':>8} "
          f"{'precision':>9} {'recall':>7}")
    for cutoff in args.cutoffs:
        for size in args.sizes:
            r = run(size, cutoff, args.trace_up_to)
            peak = f"{r['peak_mb']:>8.1f}" if r["peak_mb"] is not None else f"{'-':>8}"
            print(f"{r['size']:>9} {r['cutoff']:>6.0f} {r['seconds']:>8.2f} {r['cpu']:>8.2f} {r['grown_mb']:>8.0f} {peak} {r['works']:>7} "
                  f"{r['clusters']:>8} {r['precision']:>9.4f} {r['recall']:>7.4f}", flush=True)


if __name__ == "__main__":
    main()
