"""Corpus runs at scale: papers/s, citations/s, peak memory, dedupe time, precision/recall.

    python benchmarks/corpus.py [--sizes 1000 10000] [--modes j1 j2 dask] [--keep DIR]

Builds corpora of N papers by varying the bundled papers' notes, with a
known truth: paper k is a copy of one bundled paper (they alternate) in
which every work gets one of N/4 variants, the same in every paper that
picks it. A variant rewrites all citations of its work in the paper (full,
short and ibid. alike, so the paper's own references still resolve): some
title words (of the periodical, for an issue cited by date) are replaced
by other words of the corpus, the first author's family name by another,
the year by an earlier one; variant 0 is the work as printed. In one paper
out of ten a work is also misspelled (a typo in a title word), as papers
cite a work in other words. Two citations are the same work exactly when
they come from one work and one variant.

Each mode runs in a fresh process: `j1` and `j2` are `nkcite export DIR
-j N` through the library (`nkcite.corpus.corpus_run`), `dask` the same on
a `dask.distributed.LocalCluster` of two worker processes. Reported: wall
seconds of the run up to the written `.bib` (reading the refs back for
scoring is not counted), CPU seconds of all the processes (the machine may be shared),
papers/s and citations/s over the whole run, the dedupe seconds,
peak memory (the largest resident set of the parent and of any worker),
pairwise precision/recall of the citations' references against the truth,
and whether the BibLaTeX output is identical across modes.
Targets (issue 13): `-j 2` >= 1.8x `-j 1`; 10,000 papers under 10 minutes;
peak memory under 1 GB; precision >= 0.99, recall >= 0.98.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

SEED = 20261201
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
TYPO_SHARE = 0.1
WORD = re.compile(r"[^\W\d_]{4,}")
NAME = re.compile(r"[^\W\d_]{2,}")
"""Words a variant may change (`BBC`, `Do`); replacements and typos use words of four letters or more."""
YEARS_BACK = 89


def suffix(k: int) -> str:
    """The k-th of "", "a", ..., "z", "aa", ...: endless and distinct, so no two variants share a name."""
    letters = ""
    while k:
        k, rest = divmod(k - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def base_papers() -> list[dict]:
    """The bundled papers as notes of (text, [(citation raw text, work id)]) and their works."""
    import nkcite
    graph = nkcite.parse_files()
    works = {r["id"]: r for r in graph.references}
    return [{"name": doc.source, "works": works,
             "notes": [(n.number, n.text, [(c.raw, c.ref) for c in n.citations]) for n in doc.notes]}
            for doc in graph.documents]


def vocabulary(papers: list[dict]) -> tuple[list[str], list[str]]:
    """Title words and family names of the bundled papers' works."""
    works = papers[0]["works"].values()
    words = sorted({w for work in works for w in WORD.findall(work.get("title", ""))})
    families = sorted({n["family"] for work in works for n in work.get("author", []) if WORD.fullmatch(n.get("family", ""))})
    return words, families


def variant_map(work: dict, variant: int, words: list[str], families: list[str]) -> dict[str, str]:
    """Word -> replacement for one variant of a work (variant 0: none).

    Variants of one work differ where dedupe must keep works apart: the year
    (one of 89 earlier ones) and, variant by variant, the first author's
    family name (however the paper prints it: `Kim`, `KIM`) or, for a work
    without one, the last word of its title (or of the periodical's name),
    never the same for two variants; other title words are replaced at random.
    """
    if variant == 0:
        return {}
    rng = random.Random(f"{SEED}:{work['id']}:{variant}")
    year = ((work.get("issued") or {}).get("date-parts") or [[None]])[0][0]
    back = (variant - 1) % YEARS_BACK if isinstance(year, int) else None
    step = variant - 1                    # the year may not be printed in every citation of the work
    title = work.get("title") or work.get("container-title") or ""
    long_words = WORD.findall(title)
    changes = {w: rng.choice(words) for w in rng.sample(long_words, min(len(long_words), max(2, len(long_words) // 3)))}
    family = next((n.get("family", "") for n in work.get("author", [])[:1]), "")
    if NAME.fullmatch(family):
        changes[family] = families[step % len(families)] + suffix(step // len(families))
        changes[family.upper()] = changes[family].upper()     # `KIM Hyok-mo` is the family name Kim too
    elif NAME.findall(title):
        changes[NAME.findall(title)[-1]] = words[step % len(words)] + suffix(step // len(words))
    if back is not None:
        changes[str(year)] = str(year - 1 - back)
    return changes


def typo(word: str, rng: random.Random) -> str:
    """One letter of a word doubled or swapped with the next."""
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i] + word[i:] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2:]


def rewrite(text: str, changes: dict[str, str]) -> str:
    """`text` with each whole word of `changes` replaced."""
    if not changes:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, sorted(changes, key=len, reverse=True))) + r")\b")
    return pattern.sub(lambda m: changes[m.group()], text)


def paper_text(base: dict, changes: dict[str, dict[str, str]]) -> str:
    """One paper: the base paper's notes with each work's citations rewritten."""
    body, notes = [], []
    for number, text, citations in base["notes"]:
        out, position = [], 0
        for raw, ref in citations:
            start = text.find(raw, position)
            out += [text[position:start], rewrite(raw, changes[ref])]
            position = start + len(raw)
        body.append(f"Text.{str(number).translate(SUPERSCRIPT)}")
        notes.append(f"{str(number).translate(SUPERSCRIPT)} {''.join(out) + text[position:]}")
    return " ".join(body) + "\n\n" + "\n\n".join(notes) + "\n"


def build_corpus(directory: Path, size: int, seed: int = SEED, choices: int | None = None) -> dict[str, list[list[str]]]:
    """Write `size` papers into `directory` (each work in one of `choices`
    variants, default a quarter of `size`); return the truth: paper -> notes
    -> work of each citation."""
    rng = random.Random(seed)
    bases = base_papers()
    words, families = vocabulary(bases)
    choices = choices or max(2, size // 4)
    truth = {}
    for k in range(size):
        base = bases[k % len(bases)]
        refs = sorted({ref for _, _, cits in base["notes"] for _, ref in cits})
        variants = {ref: rng.randrange(choices) for ref in refs}
        changes = {ref: variant_map(base["works"][ref], variants[ref], words, families) for ref in refs}
        for ref in refs:
            title = WORD.findall(base["works"][ref].get("title") or "")
            if title and rng.random() < TYPO_SHARE:
                word = rng.choice(title)
                changes[ref][word] = typo(changes[ref].get(word, word), rng)
        name = f"p{k:05d}-{base['name']}"
        (directory / name).write_text(paper_text(base, changes), encoding="utf-8")
        truth[name] = [[f"{ref}#{variants[ref]}" for _, ref in cits] for _, _, cits in base["notes"]]
    return truth


def pairwise(predicted: dict[str, list[list[str]]], truth: dict[str, list[list[str]]]) -> tuple[float, float, int]:
    """Pairwise precision and recall of the citations' references; citations not aligned with the truth."""
    together, cluster_sizes, work_sizes = Counter(), Counter(), Counter()
    unaligned = 0
    for paper, notes in truth.items():
        for true, found in zip(notes, predicted[paper], strict=True):
            if len(true) != len(found):
                unaligned += len(true)
                continue
            for work, ref in zip(true, found):
                together[work, ref] += 1
                cluster_sizes[ref] += 1
                work_sizes[work] += 1
    pairs = lambda counts: sum(n * (n - 1) // 2 for n in counts.values())
    correct = pairs(together)
    return correct / max(pairs(cluster_sizes), 1), correct / max(pairs(work_sizes), 1), unaligned


RUNNER = r"""
import json, resource, sys, time
from pathlib import Path
from nkcite.corpus import corpus_run
from nkcite.formats import format_for
from nkcite.output import write_text
directory, jobs, dask, out = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "dask", sys.argv[4]
start = time.perf_counter()
with corpus_run([directory], jobs=jobs, dask="local" if dask else None) as run:
    write_text(format_for("biblatex", None).pieces(run.graph), out)
    seconds = time.perf_counter() - start          # the run: parsed, deduplicated and written
    refs = {Path(doc.source).name: [[c.ref for c in n.citations] for n in doc.notes] for doc in run.graph.documents}
usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
peak = max(u.ru_maxrss for u in usage)
cpu = sum(u.ru_utime + u.ru_stime for u in usage)
print(json.dumps({"seconds": seconds, "cpu": cpu, "phases": run.seconds, "peak_mb": peak / 1024, "refs": refs,
                  "papers": run.papers, "citations": run.citations, "works": len(run.graph.references)}))
"""


def measure(directory: Path, mode: str) -> dict:
    """One corpus run in a fresh process."""
    jobs = 1 if mode == "j1" else 2
    out = directory.parent / f"{directory.name}-{mode}.bib"
    done = subprocess.run([sys.executable, "-c", RUNNER, str(directory), str(jobs), mode, str(out)],
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.splitlines()[-1])
    result["sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--modes", nargs="+", default=["j1", "j2", "dask"], choices=["j1", "j2", "dask"])
    parser.add_argument("--keep", type=Path, help="Build the corpora in this directory and keep them.")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="nkcite-corpus-"))
    print(f"{'papers':>6} {'mode':>4} {'seconds':>8} {'CPU s':>7} {'papers/s':>8} {'cit/s':>7} {'dedupe s':>8} {'peak MB':>7} "
          f"{'works':>7} {'precision':>9} {'recall':>7} output")
    for size in args.sizes:
        directory = root / f"corpus-{size}"
        directory.mkdir(parents=True, exist_ok=True)
        truth = build_corpus(directory, size)
        digests = {}
        for mode in args.modes:
            r = measure(directory, mode)
            precision, recall, unaligned = pairwise(r["refs"], truth)
            digests[mode] = r["sha256"]
            same = "same" if len(set(digests.values())) == 1 else "DIFFERENT"
            print(f"{size:>6} {mode:>4} {r['seconds']:>8.1f} {r['cpu']:>7.0f} {r['papers'] / r['seconds']:>8.1f} "
                  f"{r['citations'] / r['seconds']:>7.0f} {r['phases']['dedupe']:>8.1f} {r['peak_mb']:>7.0f} "
                  f"{r['works']:>7} {precision:>9.4f} {recall:>7.4f} {same}"
                  + (f" ({unaligned} citations not aligned)" if unaligned else ""), flush=True)


if __name__ == "__main__":
    main()
