"""Render the corpus with nkcite (citeproc-py) and with citeproc-js; compare.

    npm install --prefix tools citeproc   # once; node must be on PATH
    python tools/compare_citeproc_js.py [--show N]

Both engines get the same CSL-JSON items, the same style file (nkcite's
fixed copy of chicago-notes-bibliography) and the same en-US locale. Reports
how many bibliography entries and notes are identical after whitespace
normalisation and whether the bibliography order agrees, and lists the
differing ones.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import citeproc

import nkcite
from nkcite.formats import chicago
from nkcite.formats.csljson import csl_items

TOOLS = Path(__file__).resolve().parent
LOCALE_FILE = Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"


def run_citeproc_js(request: dict) -> dict:
    """The citeproc-js results for one request (see citeproc_js_render.js)."""
    if not shutil.which("node"):
        sys.exit("compare_citeproc_js: node is not on PATH")
    env = {**os.environ, "NODE_PATH": str(TOOLS / "node_modules")}
    done = subprocess.run(["node", str(TOOLS / "citeproc_js_render.js")], input=json.dumps(request),
                          capture_output=True, text=True, env=env)
    if done.returncode:
        sys.exit(f"compare_citeproc_js: citeproc-js failed: {done.stderr.strip().splitlines()[-1]}")
    return json.loads(done.stdout)


def normal(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def compare(pairs: list[tuple[str, str, str]], what: str, show: int) -> tuple[int, int]:
    """Print the differing (label, nkcite, citeproc-js) triples; return (same, total)."""
    same = sum(normal(a) == normal(b) for _, a, b in pairs)
    print(f"{what}: {same}/{len(pairs)} identical ({same / max(len(pairs), 1):.1%})")
    shown = 0
    for label, a, b in pairs:
        if normal(a) != normal(b) and shown < show:
            shown += 1
            print(f"  [{label}]\n    nkcite:      {a}\n    citeproc-js: {b}")
    return same, len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=20, help="differences to list per kind")
    args = parser.parse_args()
    report(args.show)


def report(show: int) -> dict[str, tuple[int, int]]:
    """Compare the bundled corpus; print and return (identical, total) per kind."""
    graph = nkcite.parse_files()
    items, ids = chicago.engine_items(csl_items(graph))
    style = chicago.fixed_style_xml(chicago.style_path().read_bytes()).decode("utf-8")
    # citeproc-js numbers notes across the whole request; render each paper separately.
    js_notes: list[str] = []
    for document in graph.documents:
        cites = [[{"id": ids[c.ref], "locator": c.locator, "label": c.label} for c in note.citations]
                 for note in document.notes]
        js_notes += run_citeproc_js({"style": style, "locale": LOCALE_FILE.read_text(), "items": items,
                                     "notes": cites})["notes"]
    js = run_citeproc_js({"style": style, "locale": LOCALE_FILE.read_text(), "items": items,
                          "bibliography": True})
    js_bib = dict(zip(js["bibliography_ids"], js["bibliography"]))
    entries = chicago.bibliography_entries(graph.references)
    ours = {ids[nk_id]: entry for nk_id, entry in entries}
    results = {"bibliography": compare([(i, ours[i], js_bib.get(i, "")) for i in ours],
                                       "bibliography entries", show)}
    order = sum(ids[nk_id] == js_id for (nk_id, _), js_id in zip(entries, js["bibliography_ids"]))
    print(f"bibliography order: {order}/{len(entries)} positions agree")
    results["order"] = (order, len(entries))
    our_notes = []
    for document in graph.documents:
        our_notes += [chicago.cluster_text(rendered) if rendered else ""
                      for rendered in chicago.note_clusters(document, graph.references)]
    labels = [f"{d.id} n{n.number}" for d in graph.documents for n in d.notes]
    results["notes"] = compare([(label, a, b) for label, a, b in zip(labels, our_notes, js_notes) if a or b],
                               "notes", show)
    return results


if __name__ == "__main__":
    main()
