"""What a run shows on stderr: a progress bar while it works, one summary line at the end.

The bar (tqdm) counts papers, papers per second and diagnostics found, and is
drawn only when stderr is a terminal and `--quiet` is not given. tqdm rather
than rich: it is one small package with no dependencies of its own, and a
counting bar is all a run needs (rich brings pygments and markdown-it-py).

    >>> summary_line("refs.bib", "biblatex", papers=2, notes=155, citations=203, works=151, diagnostics=[])
    'nkcite: wrote refs.bib (biblatex): 2 papers, 155 notes, 203 citations, 151 works, no diagnostics'
"""
from __future__ import annotations

import sys
from collections import Counter

from tqdm import tqdm

from ..model import Diagnostic


def bar(description: str, total: int, *, initial: int = 0, shown: bool = False) -> tqdm:
    """A progress bar over `total` papers on stderr (a silent one unless `shown`)."""
    return tqdm(total=total, initial=initial, desc=description, unit=" papers", file=sys.stderr,
                disable=not shown, dynamic_ncols=True, leave=False)


def walk(items: list, description: str, *, shown: bool = False):
    """`items` with a progress bar over them."""
    return tqdm(items, desc=description, unit=" papers", file=sys.stderr, disable=not shown,
                dynamic_ncols=True, leave=False)


def summary_line(target: str, format_name: str, *, papers: int, notes: int, citations: int, works: int,
                 diagnostics: list[Diagnostic], resumed: int = 0) -> str:
    """One line saying what was written where, and what it holds (and how
    many papers came from the store of an interrupted run)."""
    counts = ", ".join(_count(n, what) for n, what in
                       ((papers, "paper"), (notes, "note"), (citations, "citation"), (works, "work")))
    if resumed:
        counts = counts.replace(",", f" ({resumed} resumed from the store),", 1)
    where = "stdout" if target in (None, "-") else target
    return f"nkcite: wrote {where} ({format_name}): {counts}, {diagnostics_phrase(diagnostics)}"


def diagnostics_phrase(diagnostics: list[Diagnostic]) -> str:
    """`3 diagnostics (1 note-gap, 2 unparsed)`, or `no diagnostics`."""
    if not diagnostics:
        return "no diagnostics"
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(Counter(d.kind for d in diagnostics).items()))
    return f"{_count(len(diagnostics), 'diagnostic')} ({kinds})"


def _count(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"
