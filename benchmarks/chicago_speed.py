"""Chicago bibliography entries per second: nkcite (citeproc-py) beside citeproc-js.

    python benchmarks/chicago_speed.py [--works 2000]

The corpus's works are varied (title, family names, dates) into N distinct
works, so that no two render alike and no cache of earlier output can help;
both engines render the same items with the same style and locale.
citeproc-js runs when node and `tools/node_modules/citeproc` are present
(`npm install --prefix tools citeproc`).
"""
from __future__ import annotations

import argparse
import copy
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import nkcite  # noqa: E402
from nkcite.formats import chicago  # noqa: E402
from nkcite.formats.csljson import csl_items  # noqa: E402

ORDINALS = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
            "Tenth"]


def varied_works(count: int) -> list[dict]:
    """`count` distinct works made from the corpus's references."""
    base = csl_items(nkcite.parse_files())
    works = []
    for n in range(count):
        work = copy.deepcopy(base[n % len(base)])
        round_ = n // len(base)
        work["id"] = f"w{n}"
        suffix = f"{ORDINALS[round_ % 10]} Series {round_ // 10 + 1}"
        work["title"] = f"{work.get('title', work.get('container-title', 'Untitled'))}, {suffix}"
        for name in work.get("author", []):
            if "family" in name:
                name["family"] = f"{name['family']}{'ab'[round_ % 2]}{round_}"
        if "issued" in work:
            parts = work["issued"]["date-parts"][0]
            work["issued"] = {"date-parts": [[parts[0] - round_ % 40, *parts[1:]]]}
        works.append(work)
    return works


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=2000)
    args = parser.parse_args()
    works = varied_works(args.works)
    chicago.load_style()
    start = time.perf_counter()
    entries = chicago.bibliography_entries(works)
    ours = len(entries) / (time.perf_counter() - start)
    print(f"nkcite (citeproc-py): {len(entries)} entries, {ours:.0f} entries/s")
    if not (shutil.which("node") and (Path(__file__).resolve().parents[1] / "tools/node_modules/citeproc").exists()):
        print("citeproc-js: skipped (node or tools/node_modules/citeproc missing)")
        return
    from compare_citeproc_js import LOCALE_FILE, run_citeproc_js
    items, _ = chicago.engine_items(works)
    style = chicago.fixed_style_xml(chicago.style_path().read_bytes()).decode("utf-8")
    js = run_citeproc_js({"style": style, "locale": LOCALE_FILE.read_text(), "items": items,
                          "bibliography": True})
    theirs = len(js["bibliography"]) / js["seconds"]["bibliography_without_style"]
    with_style = len(js["bibliography"]) / js["seconds"]["bibliography"]
    print(f"citeproc-js: {len(js['bibliography'])} entries, {theirs:.0f} entries/s "
          f"({with_style:.0f}/s counting its reading of the style)")
    print(f"ratio nkcite / citeproc-js: {ours / theirs:.2f} (style reading excluded on both sides)")
    by_id = dict(zip(js["bibliography_ids"], js["bibliography"]))
    engine_ids = dict(zip((w["id"] for w in works), (i["id"] for i in items)))
    same = sum(" ".join(text.split()) == " ".join(by_id[engine_ids[work_id]].split()) for work_id, text in entries)
    order = sum(engine_ids[work_id] == js_id for (work_id, _), js_id in zip(entries, js["bibliography_ids"]))
    print(f"identical entries: {same}/{len(entries)}; same position: {order}/{len(entries)}")


if __name__ == "__main__":
    main()
